"""Timelines: each quantity series a finding touches (a metric in a place over time) as an inline SVG chart.

A chart reads only the finished report. A claim's mark is the interval the engine wrote in a
finding's evidence (a tension's arithmetic, a corroboration's `each`, a revision's figures),
else its statement when that is a bare figure ("182", "70 to 75", "74 percent"); a claim
with no figure (a change, a record) is a triangle on the strip above the plot. Implied ranges
are grey boxes. A mark spans its period on the time axis and its interval on the value axis;
its colour says its role: the most likely wrong claim of a tension, another claim of a
tension, corroborated, revised, or none of these. Hovering shows the quote (SVG <title>).
Drawn here, by hand: a chart needs no charting library, no script and no network.
"""

from __future__ import annotations

import math
import re
from datetime import date, timedelta
from fractions import Fraction
from html import escape
from typing import NamedTuple

from auditor.models.findings import KIND_ORDER, SEVERITY_ORDER, ClaimSummary, Report, SourceSummary
from auditor import reporters

# role -> (fill, stroke, label), in the order of precedence (a claim takes its first role)
ROLES: dict[str, tuple[str, str, str]] = {
    "suspect": ("#c62828", "#4a0a0a", "most likely wrong in a tension"),
    "tension": ("#f08a80", "#c62828", "other claim of a tension"),
    "revised": ("#e0a800", "#7a5c00", "restated by its source"),
    "corroborated": ("#1b7f3b", "#0d4420", "corroborated"),
    "plain": ("#1e6fd9", "#0b3c7a", "no finding on its figure"),
}
IMPLIED = ("#8a949e", "implied range (no source states it)")

_NUM = r"-?\d[\d,]*(?:\.\d+)?(?:/\d+)?"
_BRACKETED = re.compile(rf"[\[(]\s*({_NUM})\s*,\s*({_NUM})\s*[\])]")
_BARE = re.compile(rf"({_NUM})(?:\s*(?:to|–)\s*({_NUM}))?\s*(?:percent|%)?")
_QUANTITY = re.compile(r"(?P<metric>[\w.-]+)\[(?P<place>[^,\[\]]+), (?P<period>[^\[\]]+)\]")
_ARITHMETIC = re.compile(rf"(?P<claim>[^:\s]+): (?P<quantity>{_QUANTITY.pattern}) in (?P<range>.+)")
_FIGURE = re.compile(r"(?P<figure>.+?) \([^()]*\)$")   # a revision's "149 (2017-12-29)"


class Mark(NamedTuple):
    """Claims that give one interval for one period (identical figures of several sources are one mark)."""

    claims: tuple[str, ...]
    start: date
    end: date
    lo: float
    hi: float
    role: str
    origin: str          # "engine" (a finding's evidence) or "stated" (a bare figure)


class Range(NamedTuple):
    """An implied range: what the claims together say of a quantity no source states."""

    finding: str
    quantity: str
    start: date
    end: date
    lo: float
    hi: float
    note: str


class Series(NamedTuple):
    metric: str
    place: str
    marks: tuple[Mark, ...]
    ranges: tuple[Range, ...]
    relative: tuple[str, ...]      # claims of the series with no figure to draw
    findings: tuple[str, ...]      # the findings that touch it, most important first

    @property
    def anchor(self) -> str:
        return "series-" + re.sub(r"[^A-Za-z0-9_-]+", "-", f"{self.metric}--{self.place}")

    @property
    def drawable(self) -> bool:
        return bool(self.marks or self.ranges)


def interval(text: object) -> tuple[float, float] | None:
    """'151', '[2001, 2500]', '(0.5, 0.75]', '70 to 75', '74 percent' -> (lo, hi); None for anything else."""
    t = str(text).strip()
    m = _BRACKETED.fullmatch(t) or _BARE.fullmatch(t)
    if not m:
        return None
    lo = _number(m[1])
    hi = _number(m[2]) if m[2] else lo
    return (min(lo, hi), max(lo, hi))


def _number(text: str) -> float:
    return float(Fraction(text.replace(",", "")))


def period(text: str) -> tuple[date, date] | None:
    """A period as the engine writes it: '2019', '2019-03', 'a..b', or 'a..b~c' (an end known only to lie
    between b and c: drawn to c)."""
    t = text.strip()
    try:
        if re.fullmatch(r"\d{4}", t):
            return date(int(t), 1, 1), date(int(t), 12, 31)
        if re.fullmatch(r"\d{4}-\d{2}", t):
            y, mo = map(int, t.split("-"))
            return date(y, mo, 1), date(y + mo // 12, mo % 12 + 1, 1) - timedelta(days=1)
        m = re.fullmatch(r"(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})(?:~(\d{4}-\d{2}-\d{2}))?", t)
        if m:
            return date.fromisoformat(m[1]), date.fromisoformat(m[3] or m[2])
    except ValueError:
        return None
    return None


def _claim_period(c: ClaimSummary) -> tuple[date, date] | None:
    try:
        return date.fromisoformat(c.period.start), date.fromisoformat(c.period.end)
    except ValueError:
        return None


def roles(report: Report) -> dict[str, str]:
    """Each claim's role in the findings, the strongest first (see ROLES)."""
    order = list(ROLES)
    found: dict[str, str] = {}

    def give(cid: str, role: str) -> None:
        if cid not in found or order.index(role) < order.index(found[cid]):
            found[cid] = role

    for f in report.findings:
        if f.kind == "tension":
            for c in f.claims:
                give(c, "tension")
            if f.suspects:
                give(f.suspects[0].claim, "suspect")
        elif f.kind == "revision" and isinstance(f.evidence.get("old"), str):
            give(f.evidence["old"], "revised")
        elif f.kind == "corroboration":
            for c in f.claims:
                give(c, "corroborated")
    return found


def _engine_figures(report: Report) -> dict[str, tuple[str, str, tuple[date, date] | None, tuple[float, float]]]:
    """claim -> (metric, place, period, interval) as the engine wrote them, the most important finding first."""
    out: dict[str, tuple[str, str, tuple[date, date] | None, tuple[float, float]]] = {}
    for f in report.ranked_findings():
        ev = f.evidence
        if f.kind == "tension":
            for line in ev.get("arithmetic") or ():
                m = _ARITHMETIC.fullmatch(str(line))
                if m and m["claim"] not in out and (iv := interval(m["range"])):
                    out[m["claim"]] = (m["metric"], m["place"].strip(), period(m["period"]), iv)
        elif f.kind == "corroboration" and isinstance(ev.get("each"), dict):
            q = _QUANTITY.fullmatch(str(ev.get("quantity", "")))
            if q:
                for cid, value in ev["each"].items():
                    if cid not in out and (iv := interval(value)):
                        out[cid] = (q["metric"], q["place"].strip(), period(q["period"]), iv)
        elif f.kind == "revision" and isinstance(ev.get("figures"), dict):
            for cid, text in ev["figures"].items():
                m = _FIGURE.fullmatch(str(text))
                if cid not in out and m and (iv := interval(m["figure"])):
                    out[cid] = ("", "", None, iv)    # the claim's own series and period
    return out


def series(report: Report) -> tuple[Series, ...]:
    """Every series (metric, place) a finding touches, those with the most important findings first."""
    claims = {c.id: c for c in report.claims}
    touched: dict[tuple[str, str], list[str]] = {}
    for f in report.ranked_findings():
        keys = {(claims[c].metric, claims[c].place) for c in f.claims if c in claims}
        ev = f.evidence
        if f.kind == "implied" and isinstance(ev.get("metric"), str) and isinstance(ev.get("place"), str):
            keys.add((ev["metric"], ev["place"]))
        for key in sorted(keys):
            touched.setdefault(key, []).append(f.id)
    role = roles(report)
    figures = _engine_figures(report)
    by_series: dict[tuple[str, str], list[ClaimSummary]] = {}
    for c in report.claims:
        by_series.setdefault((c.metric, c.place), []).append(c)
    out = []
    for key, fids in touched.items():
        metric, place = key
        raw: dict[tuple, list[str]] = {}
        origin: dict[tuple, str] = {}
        relative = []
        for c in by_series.get(key, []):
            got = figures.get(c.id)
            if got and got[0] in ("", metric) and got[1] in ("", place):
                span, iv, how = got[2] or _claim_period(c), got[3], "engine"
            else:
                span, iv, how = _claim_period(c), interval(c.statement), "stated"
            if span is None or iv is None:
                relative.append(c.id)
                continue
            k = (span[0], span[1], iv[0], iv[1])
            raw.setdefault(k, []).append(c.id)
            origin.setdefault(k, how)
        marks = []
        for k, ids in raw.items():
            best = min((role.get(i, "plain") for i in ids), key=list(ROLES).index)
            marks.append(Mark(tuple(ids), k[0], k[1], k[2], k[3], best, origin[k]))
        marks.sort(key=lambda m: (m.start, m.end, m.lo, m.claims))
        out.append(Series(metric, place, tuple(marks), tuple(_ranges(report, key, fids)), tuple(relative),
                          tuple(fids)))
    weight = {f.id: (SEVERITY_ORDER[f.severity], KIND_ORDER[f.kind], f.strength != "hard") for f in report.findings}
    out.sort(key=lambda s: (min(weight[i] for i in s.findings), -len(s.marks), s.metric, s.place))
    return tuple(out)


def _ranges(report: Report, key: tuple[str, str], fids: list[str]) -> list[Range]:
    """The implied ranges of a series, from the implied findings' evidence."""
    out = []
    by_id = {f.id: f for f in report.findings}
    for fid in fids:
        f = by_id[fid]
        ev = f.evidence
        if f.kind != "implied" or (ev.get("metric"), ev.get("place")) != key:
            continue
        items = [(ev.get("quantity"), ev.get("range"), "")]
        items += [(b.get("quantity"), b.get("range"), str(b.get("published", "")))
                  for b in ev.get("by_candidate") or () if isinstance(b, dict)]
        for quantity, value, note in items:
            q = _QUANTITY.fullmatch(str(quantity or ""))
            span = period(q["period"]) if q else None
            iv = interval(value) if value is not None else None
            if span and iv:
                out.append(Range(f.id, str(quantity), span[0], span[1], iv[0], iv[1], note))
    return out


# --- drawing --------------------------------------------------------------------------------

WIDTH, PLOT_HEIGHT = 900, 150
LEFT, RIGHT, TOP, BOTTOM = 58, 14, 22, 22


def _a(value: object) -> str:
    return escape(str(value), quote=True)


def _fmt(v: float) -> str:
    if float(v).is_integer():
        return f"{int(v):,}"
    return f"{v:,.2f}".rstrip("0").rstrip(".")


def _ticks(lo: float, hi: float, count: int = 4) -> list[float]:
    span = hi - lo or abs(hi) or 1.0
    raw = span / count
    step = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 2.5, 5, 10):
        if raw <= m * step:
            step *= m
            break
    first = math.ceil(lo / step) * step
    return [first + i * step for i in range(int((hi - first) / step + 1e-9) + 1)]


def svg(s: Series, report: Report) -> str:
    """One series as a self-contained SVG element: time across, value up."""
    claims = {c.id: c for c in report.claims}
    sources = {x.id: x for x in report.sources}
    role = roles(report)
    relative = [(c, span) for c in (claims[i] for i in s.relative if i in claims)
                if (span := _claim_period(c)) is not None]
    starts = [m.start for m in s.marks] + [r.start for r in s.ranges] + [span[0] for _, span in relative]
    ends = [m.end for m in s.marks] + [r.end for r in s.ranges] + [span[1] for _, span in relative]
    t0, t1 = min(starts), max(ends) + timedelta(days=1)
    t0, t1 = date(t0.year, 1, 1), date(t1.year + (t1 != date(t1.year, 1, 1)), 1, 1)
    days = (t1 - t0).days or 1
    lows = [m.lo for m in s.marks] + [r.lo for r in s.ranges]
    highs = [m.hi for m in s.marks] + [r.hi for r in s.ranges]
    lo, hi = min(lows), max(highs)
    if lo >= 0 and lo <= hi * 0.5:
        lo = 0.0
    pad = (hi - lo) * 0.08 or max(abs(hi) * 0.1, 1.0)
    y0, y1 = (lo if lo == 0 else lo - pad), hi + pad
    height = TOP + PLOT_HEIGHT + BOTTOM
    right = WIDTH - RIGHT

    def x(d: date) -> float:
        return LEFT + (right - LEFT) * (d - t0).days / days

    def y(v: float) -> float:
        return TOP + PLOT_HEIGHT * (1 - (v - y0) / (y1 - y0))

    label = f"{s.metric} in {s.place}"
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline" role="img" viewBox="0 0 {WIDTH} {height}" '
           f'width="{WIDTH}" height="{height}" font-family="system-ui, sans-serif" font-size="11">',
           f"<title>{_a(label)}</title>",
           f'<rect x="{LEFT}" y="{TOP}" width="{right - LEFT}" height="{PLOT_HEIGHT}" fill="#fbfcfd" '
           'stroke="#d6dbe0"/>']
    for v in _ticks(y0, y1):
        yy = y(v)
        out.append(f'<line x1="{LEFT}" x2="{right}" y1="{yy:.1f}" y2="{yy:.1f}" stroke="#e6e9ec"/>'
                   f'<text x="{LEFT - 5}" y="{yy + 4:.1f}" text-anchor="end" fill="#5b6570">{_fmt(v)}</text>')
    years = t1.year - t0.year
    every = next((n for n in (1, 2, 5, 10, 20, 50) if years / n <= 14), 100)
    for year in range(t0.year, t1.year + 1):
        xx = x(date(year, 1, 1))
        out.append(f'<line x1="{xx:.1f}" x2="{xx:.1f}" y1="{TOP}" y2="{TOP + PLOT_HEIGHT}" stroke="#eef0f2"/>')
        if year % every == 0 and year < t1.year:
            mid = x(date(year, 7, 1)) if every == 1 else xx
            out.append(f'<text x="{mid:.1f}" y="{height - 6}" text-anchor="middle" fill="#5b6570">{year}</text>')
    for r in s.ranges:
        x0, x1 = x(r.start), x(r.end + timedelta(days=1))
        top, bottom = y(r.hi), y(r.lo)
        tip = f"implied: {r.quantity} in {_fmt(r.lo)}..{_fmt(r.hi)}" + (f" if {r.note}" if r.note else "")
        out.append(f'<rect class="implied" x="{x0:.1f}" y="{top:.1f}" width="{max(x1 - x0, 2):.1f}" '
                   f'height="{max(bottom - top, 2):.1f}" fill="{IMPLIED[0]}" fill-opacity=".22" stroke="{IMPLIED[0]}" '
                   f'stroke-dasharray="3 2"><title>{_a(tip)} ({_a(r.finding)})</title></rect>')
    slots: dict[tuple[date, date], list[Mark]] = {}
    for m in s.marks:
        slots.setdefault((m.start, m.end), []).append(m)
    draw_last = []
    for (start, end), group in slots.items():
        x0, x1 = x(start), x(end + timedelta(days=1))
        for i, m in enumerate(group):
            fill, stroke, _ = ROLES[m.role]
            cx = x0 + (x1 - x0) * (i + 1) / (len(group) + 1)
            top, bottom = y(m.hi), y(m.lo)
            tip = _a(_tip(m, claims, sources))
            parts = [f'<g class="mark {m.role}" data-claims="{_a(" ".join(m.claims))}"><title>{tip}</title>',
                     f'<line x1="{x0:.1f}" x2="{x1:.1f}" y1="{(top + bottom) / 2:.1f}" y2="{(top + bottom) / 2:.1f}" '
                     f'stroke="{fill}" stroke-opacity=".45" stroke-width="2"/>']
            if bottom - top < 3:
                r = 3.5 + min(3.0, len(m.claims) - 1)
                parts.append(f'<circle cx="{cx:.1f}" cy="{(top + bottom) / 2:.1f}" r="{r:.1f}" fill="{fill}" '
                             f'stroke="{stroke}" stroke-width="{1.6 if m.role == "suspect" else 1}"/>')
            else:
                parts.append(f'<rect x="{cx - 3.5:.1f}" y="{top:.1f}" width="7" height="{bottom - top:.1f}" rx="2" '
                             f'fill="{fill}" stroke="{stroke}" stroke-width="{1.6 if m.role == "suspect" else 1}"/>')
            parts.append("</g>")
            (draw_last if m.role in ("suspect", "tension") else out).append("".join(parts))
    out += draw_last   # highlighted marks on top
    # claims with no figure: one triangle per period and role (the hover lists them), side by side
    groups: dict[tuple[date, date, str], list[ClaimSummary]] = {}
    for c, span in relative:
        groups.setdefault((span[0], span[1], role.get(c.id, "plain")), []).append(c)
    placed: list[float] = []
    for (start, end, kind), members in sorted(groups.items(), key=lambda g: (g[0][0] + (g[0][1] - g[0][0]) / 2,
                                                                             list(ROLES).index(g[0][2]))):
        xx = min(max(x(start + (end - start) / 2), LEFT + 5), right - 5)
        if placed and xx - placed[-1] < 10:
            xx = min(placed[-1] + 10, right - 5)
        placed.append(xx)
        fill, stroke, _ = ROLES[kind]
        lines = [f"{start.isoformat()}..{end.isoformat()}, no figure to draw: {ROLES[kind][2]}"]
        lines += [_quote_line(c, sources) + f" [{c.statement}]" for c in members[:8]]
        if len(members) > 8:
            lines.append(f"... and {len(members) - 8} more claims")
        ids = " ".join(c.id for c in members)
        out.append(f'<g class="mark relative" data-claims="{_a(ids)}"><title>{_a(chr(10).join(lines))}</title>'
                   f'<path d="M{xx - 4.5:.1f},{TOP - 14} L{xx + 4.5:.1f},{TOP - 14} L{xx:.1f},{TOP - 5} Z" '
                   f'fill="{fill}" stroke="{stroke}" stroke-width=".8"/></g>')
    out.append("</svg>")
    return "".join(out)


def _quote_line(c: ClaimSummary, sources: dict[str, SourceSummary]) -> str:
    src = sources.get(c.source)
    who = ", ".join(x for x in (c.speaker, src.publisher if src else c.source, src.published if src else None) if x)
    quote = c.quote.get("text")
    return (f"“{quote}” — " if quote else "") + f"{who} ({c.id})"


def _tip(m: Mark, claims: dict[str, ClaimSummary], sources: dict[str, SourceSummary]) -> str:
    """The hover text: the figure, its period and role, then each claim's words and who said them."""
    figure = _fmt(m.lo) if m.lo == m.hi else f"{_fmt(m.lo)} to {_fmt(m.hi)}"
    head = (f"{figure} ({'as stated' if m.origin == 'stated' else 'as the audit reads it'}), "
            f"{m.start.isoformat()}..{m.end.isoformat()}: {ROLES[m.role][2]}")
    lines = [head]
    shown = m.claims[:8]
    lines += [_quote_line(claims[c], sources) for c in shown if c in claims]
    if len(m.claims) > len(shown):
        lines.append(f"... and {reporters.plural(len(m.claims) - len(shown), 'more claim')}")
    return "\n".join(lines)


def legend() -> str:
    """The colours, once per page, as HTML."""
    items = [f'<span class="key"><svg width="12" height="12" aria-hidden="true"><circle cx="6" cy="6" r="5" '
             f'fill="{fill}" stroke="{stroke}"/></svg> {escape(text)}</span>' for fill, stroke, text in ROLES.values()]
    items.append(f'<span class="key"><svg width="14" height="12" aria-hidden="true"><rect x="1" y="1" width="12" '
                 f'height="10" fill="{IMPLIED[0]}" fill-opacity=".22" stroke="{IMPLIED[0]}" stroke-dasharray="3 2"/>'
                 f'</svg> {escape(IMPLIED[1])}</span>')
    items.append('<span class="key"><svg width="12" height="12" aria-hidden="true"><path d="M1,2 L11,2 L6,11 Z" '
                 'fill="#5b6570"/></svg> a claim with no figure (a change, a record)</span>')
    return '<p class="legend">' + " ".join(items) + "</p>"
