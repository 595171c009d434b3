"""The HTML reporter: one self-contained page (inline CSS, inline SVG timelines, a few lines of inline
script for the filter; no external asset, no network)."""

from __future__ import annotations

import base64
import hashlib
from html import escape

from auditor import reporters
from auditor.models.findings import ClaimSummary, Report
from auditor.reporters import timeline

CSS = """
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d232a; background: #fff;
       max-width: 62rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: .25rem; }
h2 { font-size: 1.2rem; border-bottom: 1px solid #d6dbe0; padding-bottom: .2rem; margin: 1.2rem 0 .4rem; }
summary h2 { display: inline-block; border: 0; margin: .8rem 0 .2rem; }
summary { cursor: pointer; }
.muted { color: #5b6570; }
table { border-collapse: collapse; margin: .5rem 0; }
th, td { border: 1px solid #d6dbe0; padding: .2rem .6rem; text-align: left; vertical-align: top; }
th { background: #f3f5f7; }
table.tally td { text-align: right; font-weight: 600; }
code, pre { font: 13px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
ul.lines { list-style: none; padding-left: 0; margin: .25rem 0 .75rem; }
ul.lines li { background: #f6f8fa; padding: .1rem .5rem; border-left: 3px solid #d6dbe0; margin: .15rem 0;
              white-space: pre-wrap; word-break: break-word; }
article { border: 1px solid #d6dbe0; border-radius: 6px; padding: .25rem .8rem; margin: .35rem 0; }
article > details > summary { padding: .1rem 0; }
article p { margin: .35rem 0; }
article.error { border-left: 6px solid #c62828; }
article.warning { border-left: 6px solid #e0a800; }
article.info { border-left: 6px solid #1e6fd9; }
.badge { display: inline-block; font-size: .75rem; font-weight: 700; text-transform: uppercase;
         padding: .05rem .45rem; border-radius: 4px; color: #fff; }
.badge.error { background: #c62828; }
.badge.warning { background: #e0a800; color: #1d232a; }
.badge.info { background: #1e6fd9; }
.rule { font-weight: 700; margin: 0 .4rem; }
blockquote { margin: .4rem 0; padding: .2rem .8rem; border-left: 3px solid #b8c0c8; color: #333; }
blockquote p { margin: .1rem 0; }
.label { font-weight: 600; margin: .5rem 0 0; }
.fits-yes { color: #1b7f3b; font-weight: 600; }
.fits-no { color: #c62828; font-weight: 600; }
.candidates { font-style: italic; }
.verdict { font-weight: 600; margin: .4rem 0; }
ol.first { margin: .2rem 0 .6rem; padding-left: 1.6rem; }
nav.filter { position: sticky; top: 0; background: #fff; padding: .4rem 0; border-bottom: 1px solid #d6dbe0;
             z-index: 1; margin-top: 1rem; }
details.chart { margin: .3rem 0; }
details.chart > summary { padding: .15rem 0; }
.plot { overflow-x: auto; }
svg.timeline { max-width: 100%; height: auto; display: block; }
.legend { font-size: .8rem; color: #5b6570; margin: .2rem 0 .4rem; }
.legend .key { white-space: nowrap; margin-right: .8rem; }
details[open] > summary .cut { display: none; }
g.mark.hl > circle, g.mark.hl > rect, g.mark.hl > path { stroke: #000; stroke-width: 3; }
code.url { font-size: 11px; color: #5b6570; word-break: break-all; user-select: all; }
footer { margin-top: 2rem; border-top: 1px solid #d6dbe0; padding-top: .5rem; font-weight: 600; }
"""


HEADLINE = 150   # characters of a finding's message shown on its collapsed line

# The filter: show the findings of one kind and/or one rule; a section with none left is hidden.
# Pointing at a finding outlines its claims' marks in the timelines; a link to a timeline opens it.
SCRIPT = """
const kind = document.getElementById("f-kind"), rule = document.getElementById("f-rule");
function filter() {
  let shown = 0;
  for (const a of document.querySelectorAll("article[data-kind]")) {
    a.hidden = (kind.value && a.dataset.kind !== kind.value) || (rule.value && a.dataset.rule !== rule.value);
    shown += !a.hidden;
  }
  for (const s of document.querySelectorAll("details.kind")) {
    s.hidden = !s.querySelector("article:not([hidden])");
    if (kind.value || rule.value) s.open = true;
  }
  document.getElementById("f-count").textContent = (kind.value || rule.value) ? shown + " shown" : "";
}
if (kind) { kind.onchange = filter; rule.onchange = filter; }
// pointing at a finding outlines its claims in the timelines
for (const a of document.querySelectorAll("article[data-claims]")) {
  const ids = new Set(a.dataset.claims.split(" "));
  const marks = [...document.querySelectorAll("g.mark")].filter(g => g.dataset.claims.split(" ").some(c => ids.has(c)));
  a.onmouseenter = () => marks.forEach(g => g.classList.add("hl"));
  a.onmouseleave = () => marks.forEach(g => g.classList.remove("hl"));
}
// a link to a collapsed timeline opens it
for (const l of document.querySelectorAll('a[href^="#series-"]')) {
  l.onclick = () => { const d = document.getElementById(l.getAttribute("href").slice(1)); if (d) d.open = true; };
}
"""


# The page may run its own script and nothing else: should anything from the input ever get
# past the escaping, a browser still refuses to run it, load from elsewhere or send anything.
CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'; "
       f"script-src 'sha256-{base64.b64encode(hashlib.sha256(SCRIPT.encode()).digest()).decode()}'")


def e(value: object) -> str:
    return escape(str(value), quote=True)


def render(report: Report) -> str:
    """The report as a standalone HTML5 document: the verdict, the tensions to check first, a filter,
    the timelines, then the findings most important first, each collapsed to one line."""
    out = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f'<meta http-equiv="Content-Security-Policy" content="{e(CSP)}">',
           f"<title>Claims audit (report {e(report.version)})</title>", f"<style>{CSS}</style>", "</head>",
           "<body>", f"<h1>Claims audit <span class=\"muted\">(report {e(report.version)})</span></h1>",
           f'<p class="muted">{e(reporters.sizes(report))}</p>']
    tally = reporters.counts(report)
    out += ['<table class="tally">', "<tr>" + "".join(f"<th>{e(label)}</th>" for label, _ in tally) + "</tr>",
            "<tr>" + "".join(f"<td>{n}</td>" for _, n in tally) + "</tr>", "</table>",
            f'<p class="verdict">{e(reporters.VERDICTS[report.worst()])}</p>']
    against = reporters.baseline_line(report)   # in CI the new findings are what fail the run
    if against:
        out.append(f'<p class="verdict">{e(against)}</p>')
    first = reporters.check_first(report)
    if first:
        out += ['<p class="label">Check first</p>', '<ol class="first">', *(f"<li>{e(line)}</li>" for line in first),
                "</ol>"]
    charts = timeline.series(report)
    out += _timelines(charts, report)
    out += _filter(report)
    claims = reporters.claim_index(report)
    links: dict[str, list[timeline.Series]] = {}
    for s in charts:
        if s.drawable:
            for fid in s.findings:
                links.setdefault(fid, []).append(s)
    out.append('<section id="findings">')
    opened = False
    for section in reporters.sections(report):
        distinct = f", {len(section.groups)} distinct" if len(section.groups) != section.size else ""
        is_open = " open" if section.kind in OPEN_SECTIONS else ""
        out += [f'<details class="kind" id="{e(section.kind)}" data-kind="{e(section.kind)}"{is_open}>',
                f"<summary><h2>{e(section.heading)} ({section.size}{distinct})</h2></summary>"]
        for group in section.groups:
            if section.kind == reporters.COMPLETED[0]:   # one line each
                f = group.lead
                out.append(f'<article class="{e(f.severity)}" data-kind="{e(f.kind)}" data-rule="{e(f.rule)}" '
                           f'data-claims="{e(" ".join(group.claims))}"><p>{e(reporters.completion_line(group))}</p></article>')
                continue
            out += _group(group, claims, links, open_=not opened, tag=reporters.baseline_tag(report, group))
            opened = True
        out.append("</details>")
    out.append("</section>")
    out += _sources(report)
    ambiguous = reporters.ambiguous_claims(report)
    if ambiguous:
        out += ['<details id="readings"><summary><h2>Ambiguous claims: which readings hold '
                f"({len(ambiguous)})</h2></summary>", "<ul>", *(f"<li>{e(line)}</li>" for line in ambiguous),
                "</ul>", "</details>"]
    against = reporters.baseline_line(report)
    footer = e(reporters.summary(report)) + (f'<br><span class="muted">{e(against)}</span>' if against else "")
    out += [f"<footer>{footer}</footer>", f"<script>{SCRIPT}</script>", "</body>", "</html>", ""]
    return "\n".join(out)


OPEN_SECTIONS = {"tension", "revision"}   # the others start collapsed: they are context, and can be long
CHARTS_OPEN = 2                           # timelines drawn open; the rest one click away


def _timelines(charts: tuple[timeline.Series, ...], report: Report) -> list[str]:
    drawn = [s for s in charts if s.drawable]
    if not charts:
        return []
    rule_of = {f.id: f.rule for f in report.findings}
    out = ['<section id="timelines">', f"<h2>Timelines ({len(drawn)})</h2>"] + ([timeline.legend()] if drawn else [])
    for i, s in enumerate(drawn):
        is_open = " open" if i < CHARTS_OPEN else ""
        rules = ", ".join(dict.fromkeys(rule_of[f] for f in s.findings))
        n = sum(len(m.claims) for m in s.marks)
        out += [f'<details class="chart" id="{e(s.anchor)}"{is_open}><summary><b>{e(s.metric)}</b> in '
                f'<b>{e(s.place)}</b> <span class="muted">{reporters.plural(n, "figure")}'
                + (f", {len(s.relative)} without a figure" if s.relative else "")
                + (f", {reporters.plural(len(s.ranges), 'implied range')}" if s.ranges else "")
                + f"; findings: {e(rules)}</span></summary>",
                f'<div class="plot">{timeline.svg(s, report)}</div>', "</details>"]
    bare = [s for s in charts if not s.drawable]
    if bare:
        names = "; ".join(f"{s.metric} in {s.place} ({reporters.plural(len(s.relative), 'claim')})" for s in bare)
        out.append(f'<p class="muted">No figure to draw (changes and records only): {e(names)}.</p>')
    out.append("</section>")
    return out


def _filter(report: Report) -> list[str]:
    if not report.findings:
        return []
    kinds = [k for k, _ in reporters.SECTIONS if report.count(k)]
    rules = sorted({f.rule for f in report.findings})
    return ['<nav class="filter">Show <select id="f-kind" aria-label="kind"><option value="">every kind</option>'
            + "".join(f'<option value="{e(k)}">{e(k)}</option>' for k in kinds)
            + '</select> <select id="f-rule" aria-label="rule"><option value="">every rule</option>'
            + "".join(f'<option value="{e(r)}">{e(r)}</option>' for r in rules)
            + '</select> <span id="f-count" class="muted"></span></nav>']


def _sources(report: Report) -> list[str]:
    out = ['<details id="sources"><summary><h2>Sources (' + str(len(report.sources)) + ")</h2></summary>", "<table>",
           "<tr><th>source</th><th>publisher</th><th>title</th><th>published</th></tr>"]
    for s in report.sources:
        # the address as text to copy, not a link: the page refers to nothing outside itself
        title = e(s.title) + (f'<br><code class="url">{e(s.url)}</code>' if _web(s.url) else "")
        published = e(s.published) + (f" ({len(s.candidates)} candidate dates)" if s.candidates else "")
        out.append(f"<tr><td><code>{e(s.id)}</code></td><td>{e(s.publisher)}</td><td>{title}</td>"
                   f"<td>{published}</td></tr>")
    out += ["</table>", "</details>"]
    return out


def _group(group: reporters.Group, claims: dict[str, ClaimSummary], links: dict[str, list[timeline.Series]],
           open_: bool = False, tag: str | None = None) -> list[str]:
    f = group.lead
    cut = len(f.message) > HEADLINE
    headline = f.message[:HEADLINE].rsplit(" ", 1)[0] + " …" if cut else f.message
    out = [f'<article id="{e(f.id)}" class="{e(f.severity)}" data-kind="{e(f.kind)}" data-rule="{e(f.rule)}" '
           f'data-claims="{e(" ".join(group.claims))}">',
           f'<details{" open" if open_ else ""}><summary><span class="badge {e(f.severity)}">'
           f'{e(reporters.badge(f))}</span>' + (f'<span class="rule">{e(tag)}</span>' if tag else "")
           + f'<span class="rule">{e(f.rule)}</span>'
           f'<span class="{"headline cut" if cut else "headline"}">{e(headline)}</span></summary>',
           f'<p class="muted">{", ".join(f"<code>{e(i)}</code>" for i in group.ids)}</p>']
    if cut:
        out.append(f"<p>{e(f.message)}</p>")
    charts = list(dict.fromkeys(s for i in group.ids for s in links.get(i, ())))
    if charts:
        out.append('<p class="muted">timeline: ' + ", ".join(
            f'<a href="#{e(s.anchor)}">{e(s.metric)} in {e(s.place)}</a>' for s in charts) + "</p>")
    for cid in group.claims:
        out.append(_quote(cid, claims.get(cid)))
    for item in reporters.evidence(f):
        out.append(f'<p class="label">{e(item.label)}</p>')
        if item.table:
            head, *rows = item.table
            out += ["<table>", "<tr>" + "".join(f"<th>{e(h)}</th>" for h in head) + "</tr>"]
            for row in rows:
                cells = [f"<td><code>{e(row[0])}</code></td>", f'<td class="fits-{e(row[1])}">{e(row[1])}</td>']
                cells += [f"<td>{e(c)}</td>" for c in row[2:]]
                out.append("<tr>" + "".join(cells) + "</tr>")
            out.append("</table>")
        else:
            out += ['<ul class="lines">', *(f"<li><code>{e(line)}</code></li>" for line in item.lines), "</ul>"]
    if group.candidates is not None:
        out.append(f'<p class="candidates">{e(reporters.only_if(group.candidates))}</p>')
    out += ["</details>", "</article>"]
    return out


def _quote(cid: str, claim: ClaimSummary | None) -> str:
    """A claim as a blockquote of its words, attributed to speaker and source."""
    if claim is None:
        return f"<blockquote><p><code>{e(cid)}</code></p></blockquote>"
    quote = claim.quote.get("text")
    words = f"<p>“{e(quote)}”</p>" if quote else ""
    who = (f"{e(claim.speaker)}, " if claim.speaker else "") + f"<code>{e(claim.source)}</code>"
    return (f"<blockquote>{words}<p class=\"muted\">— {who}; claim <code>{e(cid)}</code>: {e(claim.statement)}, "
            f"{e(claim.period.phrase)} ({e(claim.period.start)} to {e(claim.period.end)})</p></blockquote>")


def _web(url: str | None) -> bool:
    """Only web addresses are shown (a `javascript:` URL in a source file must stay out of the page)."""
    return bool(url) and url.lower().startswith(("https://", "http://"))
