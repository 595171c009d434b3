"""Reporters: pure functions that render a finished `Report` as text, registered by name.

    from auditor.reporters import render, rule_info
    print(render(report, "terminal", color=True))   # or "markdown", "json", "html", "github"
    print(render(report, "sarif", rules=rule_info(pack)))   # SARIF describes the pack's rules

Formats are registered (`register(Reporter(...))`): a name, a file extension and a pure
function (report, the pack's rule metadata, options) -> text; the CLI's `--format`
choices are the registry's names.

Every reporter shows the same view of a report, defined here once: the counts, the
sections in a fixed order, findings that say the same thing grouped together, and one
closing line. They format what the engine found; none of them computes a finding.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import PurePath
from typing import NamedTuple

from auditor.models.findings import ClaimSummary, Finding, Report, joined_candidates

# (kind, heading), in the order a reader should meet them: conflicts first, context last.
SECTIONS: tuple[tuple[str, str], ...] = (
    ("tension", "Tensions"),
    ("undetermined", "Undetermined (out of solver budget)"),
    ("revision", "Revisions"),
    ("dating", "Dating"),
    ("not-comparable", "Not comparable"),
    ("corroboration", "Corroborations"),
    ("implied", "Implied figures"),
    ("not-checkable", "Not checkable"),
)

# counts so far completed by the year's figure (revisions the engine marks `completed`): after
# the revisions, one line per year figure, apart from them so they do not swell the revisions
COMPLETED = ("completed", "Counts so far, completed")

VERDICTS = {
    "hard-tension": "Hard tensions: some claims cannot all be true under any reading.",
    "tension": "Soft tensions only: some claims conflict under the default reading; a generous one reconciles them.",
    "none": "No tensions: every set of claims can hold together.",
}


@dataclass(frozen=True)
class Group:
    """Findings with identical messages (typically one per publication-date candidate), shown once."""

    findings: tuple[Finding, ...]

    @property
    def lead(self) -> Finding:
        return self.findings[0]

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(f.id for f in self.findings)

    @property
    def claims(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c for f in self.findings for c in f.claims))

    @property
    def candidates(self) -> tuple[str, ...] | None:
        """The candidates under which the message holds; None when one member holds under all."""
        if any(f.candidates is None for f in self.findings):
            return None
        return tuple(sorted({c for f in self.findings for c in f.candidates or ()}))


@dataclass(frozen=True)
class Section:
    kind: str
    heading: str
    groups: tuple[Group, ...]

    @property
    def size(self) -> int:
        return sum(len(g.findings) for g in self.groups)


def completion(f: Finding) -> bool:
    """Whether a finding is a count so far completed by its counter's figure for the year (a
    revision the engine marks `completed`: neither figure set aside)."""
    return f.kind == "revision" and f.evidence.get("completed") is True


def sections(report: Report) -> tuple[Section, ...]:
    """The non-empty sections in reading order; tensions list hard before soft; the counts so far
    completed follow the revisions in a section of their own, grouped by the year's figure that
    completed them."""
    out = []
    for kind, heading in SECTIONS:
        found = [f for f in report.findings if f.kind == kind and not completion(f)]
        if kind == "tension":
            found.sort(key=lambda f: f.strength != "hard")  # stable: keeps the engine's order otherwise
        groups: dict[str, list[Finding]] = {}
        for f in found:
            groups.setdefault(f.message, []).append(f)
        if groups:
            out.append(Section(kind, heading, tuple(Group(tuple(g)) for g in groups.values())))
        if kind == "revision":
            by_year: dict[tuple, list[Finding]] = {}   # one year's figure, whoever gave it when
            for f in report.findings:
                if completion(f):
                    by_year.setdefault((f.evidence.get("whole"), f.evidence.get("whole_figure")), []).append(f)
            if by_year:
                out.append(Section(COMPLETED[0], COMPLETED[1], tuple(Group(tuple(g)) for g in by_year.values())))
    return tuple(out)


def completion_line(group: Group) -> str:
    """One line for the counts so far that one year's figure completed: 'homicides in Little
    Rock, 2020: Little Rock police's 56 (2021-01-26) completed KARK's count so far to 2020-12-22:
    50 (2020-12-23)'; when several claims gave the year's figure, each count so far names the one
    that completed it."""
    lead = group.lead.evidence
    one = len({f.evidence.get("new") for f in group.findings}) == 1

    def said(ev: dict, cid) -> str:
        return (ev.get("figures") or {}).get(cid, str(cid))

    parts = []
    for f in group.findings:
        ev = f.evidence
        more = len(ev.get("echoes") or ())
        parts.append(f"{ev.get('counter')}'s count so far to {ev.get('to')}: {said(ev, ev.get('old'))}"
                     + (f" (and {plural(more, 'other report')} of it)" if more else "")
                     + ("" if one else f", completed by {ev.get('body')}'s {said(ev, ev.get('new'))}"))
    whole = lead.get("whole") or "the whole period"
    if one:
        return f"{whole}: {lead.get('body')}'s {said(lead, lead.get('new'))} completed " + "; ".join(parts)
    return f"{whole}, {lead.get('whole_figure')}: " + "; ".join(parts)


PAIRS_SHOWN = 3     # not-comparable pairs listed in text reports; the JSON report has all


def more_line(section: Section, shown: int) -> str | None:
    """'... and 1,234 more tensions (...)' under a section cut to its first `shown` findings (--limit)."""
    more = len(section.groups) - shown
    if more <= 0:
        return None
    return f"... and {more:,} more in {section.heading} (the JSON report holds every finding; a higher --limit shows more)"


def check_first(report: Report, limit: int = 5) -> list[str]:
    """The tensions to check first, ranked: against a baseline, the new ones before those it
    accepts (the ones a CI run fails on); then hard before soft; then those where moving the most
    likely wrong figure reconciles the rest, the furthest it must move (relative to itself)
    first: a county's 8 against 37 before a count one off a restated total; then those no
    such move reconciles (a change whose two figures are not both pinned); then the engine's
    order. One line each naming the most likely wrong claim and why; against a baseline, each
    says whether it is new or accepted."""
    lines = []
    new = set(report.baseline.new) if report.baseline is not None else None
    tensions = [f for f in report.findings if f.kind == "tension"]
    tensions.sort(key=lambda f: (new is not None and f.id not in new, *_rank(f)))
    for f in tensions[:limit]:
        if f.suspects:
            first = f.suspects[0]
            tag = f.strength if new is None else f"{f.strength}, {'new' if f.id in new else 'accepted'}"
            lines.append(f"[{tag}] {first.claim} ({f.rule}): {first.reason}")
    if len(tensions) > limit:
        lines.append(f"... and {plural(len(tensions) - limit, 'more tension')} below")
    return lines


def _rank(f: Finding) -> tuple:
    """check_first's order: hard first; then a tension whose most likely wrong figure, moved
    alone, reconciles the rest, the further it must move (relative to itself) the sooner;
    then the others (no such move, or none known)."""
    fix = f.evidence.get("reconcile")
    change = fix.get("relative_change") if isinstance(fix, dict) else None
    return (f.strength != "hard", change is None, -(change or 0))


def ambiguous_claims(report: Report) -> list[str]:
    """One line per reading of an ambiguous claim: can it hold, and under which candidates."""
    lines = []
    for c in report.claims:
        for r in c.readings or ():
            if not r["can_hold"]:
                verdict = "cannot hold with the other claims"
            elif r["candidates"] is None:
                verdict = "can hold"
            else:
                verdict = "can hold " + only_if(tuple(r["candidates"]))
            lines.append(f"{c.id}: '{r['label']}' {verdict}")
    return lines


def counts(report: Report) -> tuple[tuple[str, int], ...]:
    """The header line's counts, by the engine's own tally; counts so far completed apart from
    the revisions (and only when there are some)."""
    completed = sum(completion(f) for f in report.findings)
    return (
        ("hard tensions", report.count("tension", "hard")),
        ("soft tensions", report.count("tension", "soft")),
        ("revisions", report.count("revision") - completed),
        ("corroborations", report.count("corroboration")),
        ("implied figures", report.count("implied")),
        ("not comparable", report.count("not-comparable")),
        ("dating", report.count("dating")),
    ) + ((("completed", completed),) if completed else ()) \
      + ((("undetermined", report.count("undetermined")),) if report.count("undetermined") else ())


def plural(n: int, noun: str, nouns: str | None = None) -> str:
    """'1 claim', '2 claims', '0 claims' ('1 more tension'; `nouns` for an irregular plural)."""
    return f"{n} {noun if n == 1 else (nouns or noun + 's')}"


def sizes(report: Report) -> str:
    """'4 sources, 20 claims, 10 findings': what the report covers."""
    return (f"{plural(len(report.sources), 'source')}, {plural(len(report.claims), 'claim')}, "
            f"{plural(len(report.findings), 'finding')}")


def summary(report: Report) -> str:
    """The closing line: the verdict and the size of what was audited."""
    n = len(report.findings)
    open_ = report.count("undetermined")
    caveat = (f" {plural(open_, 'question')} about some claims ran out of the solver's budget: "
              "those claims are undetermined, neither in tension nor shown to hold." if open_ else "")
    return (f"{VERDICTS[report.worst()]}{caveat} {plural(n, 'finding')} from {plural(len(report.claims), 'claim')} "
            f"in {plural(len(report.sources), 'source')}.")


def only_if(candidates: tuple[str, ...]) -> str:
    """'only if wiat-undated published 2020-01-01..2023-03-29' (candidates that follow
    each other joined: joined_candidates)."""
    return "only if " + joined_candidates(candidates)


def badge(f: Finding) -> str:
    return f"{f.severity} {f.strength}" if f.strength else f.severity


def claim_index(report: Report) -> dict[str, ClaimSummary]:
    return {c.id: c for c in report.claims}


@dataclass(frozen=True)
class Evidence:
    """One labelled piece of a finding's evidence: verbatim lines, or a table (header row first)."""

    label: str
    lines: tuple[str, ...] = ()
    table: tuple[tuple[str, ...], ...] = ()


def evidence(f: Finding) -> tuple[Evidence, ...]:
    """The key evidence of a finding, picked by kind; keys the engine did not write are skipped."""
    ev = f.evidence
    out: list[Evidence] = []

    def add(label: str, lines) -> None:
        lines = tuple(str(x) for x in lines if x not in (None, ""))
        if lines:
            out.append(Evidence(label, lines=lines))

    if f.kind == "tension":
        add("suspects, most likely wrong first", [f"{i}. {s.claim}: {s.reason}" for i, s in enumerate(f.suspects, 1)])
        add("what each claim says", _pairs(ev.get("quotes")))
        add("arithmetic", _items(ev.get("arithmetic")))
    elif f.kind == "undetermined":
        add("question", [ev.get("question")])
        add("to decide it", [ev.get("how")])
    elif f.kind == "revision":
        add("figures", _pairs(ev.get("figures")))
        add("earlier reports of the old figure", _pairs(ev.get("echoes")))
    elif f.kind == "dating":
        rows = [r for r in _items(ev.get("candidates")) if isinstance(r, dict)]
        if rows:
            table = [("published", "fits", "tensions")]
            table += [(str(r.get("published", "")), "yes" if r.get("fits") else "no",
                       ", ".join(map(str, _items(r.get("tensions")))) or "-") for r in rows]
            out.append(Evidence("candidate publication dates", table=tuple(table)))
        add("links", _pairs(ev.get("links")))
    elif f.kind == "corroboration":
        add("each claim", _pairs(ev.get("each")))
        add("jointly", [ev.get("joint")])
    elif f.kind == "implied":
        quantity = ev.get("quantity")
        add("range", [f"{quantity}: {ev.get('range')}" if quantity else ev.get("range")])
        add("under the readings", [f"{c} means '{label}'" for c, label in _pairs_raw(ev.get("readings"))])
    elif f.kind == "not-comparable":
        add("definitions", _pairs(ev.get("definitions")))
        add("places", _pairs(ev.get("places")))
        pairs = _items(ev.get("pairs"))
        if pairs:
            shown = [" and ".join(map(str, p)) if isinstance(p, (list, tuple)) else str(p) for p in pairs[:PAIRS_SHOWN]]
            more = len(pairs) - len(shown)
            add("pairs", shown + ([f"... and {more} more (all of them in the JSON report)"] if more > 0 else []))
    return tuple(out)


def _items(value) -> list:
    if value is None:
        return []
    return list(value) if isinstance(value, (list, tuple)) else [value]


def _pairs_raw(value) -> list[tuple[str, object]]:
    return [(str(k), v) for k, v in value.items()] if isinstance(value, dict) else []


def _pairs(value) -> list[str]:
    """A dict as 'key: value' lines; a list as its items."""
    if isinstance(value, dict):
        return [f"{k}: {v}" for k, v in _pairs_raw(value)]
    return [str(x) for x in _items(value)]


class RuleInfo(NamedTuple):
    """What reporters know of a rule of the pack: SARIF's rule descriptors, annotation titles."""

    id: str
    name: str
    kind: str
    severity: str
    summary: str
    why: str
    fix: str


def rule_info(pack) -> dict[str, RuleInfo]:
    """The pack's rules as reporters see them, by id."""
    return {r.id: RuleInfo(r.id, r.name, r.kind, r.severity, r.summary.strip(), r.why.strip(), r.fix.strip())
            for r in sorted(pack.rules.values(), key=lambda r: r.id)}


@dataclass(frozen=True)
class Options:
    """How to render: `color` for the terminal; `root`, the folder that file paths in CI formats are
    made relative to (a repository's root: GitHub resolves annotations and SARIF locations from it)."""

    color: bool = False
    root: str | None = None
    limit: int | None = None   # findings shown of each kind in the terminal and Markdown reports (--limit)


RenderFunction = Callable[[Report, Mapping[str, RuleInfo], Options], str]
StreamFunction = Callable[[Report, Mapping[str, RuleInfo], Options], Iterable[str]]


@dataclass(frozen=True)
class Reporter:
    """A report format: its name (`--format NAME`), the file extension of its reports, its pure
    function (report, the pack's rule metadata, options) -> text, and what it needs.
    `document`: it renders a whole report; otherwise it annotates findings for CI.
    `stream`: the same text as `render` in pieces, made as they are written (`chunks`), for a
    format whose reports can be large; None: the whole text at once."""

    name: str
    extension: str
    render: RenderFunction
    needs_rules: bool = False
    document: bool = True
    description: str = ""
    stream: StreamFunction | None = None


REGISTRY: dict[str, Reporter] = {}


def register(reporter: Reporter) -> Reporter:
    """Add a format; the CLI's `--format` choices are the registry's names."""
    if reporter.name in REGISTRY:
        raise ValueError(f"a report format named {reporter.name!r} is registered already")
    REGISTRY[reporter.name] = reporter
    return reporter


class _Documents(Mapping[str, Reporter]):
    """The registry's whole-report formats (terminal, Markdown, JSON, HTML), read live."""

    def __getitem__(self, name: str) -> Reporter:
        reporter = REGISTRY[name]
        if not reporter.document:
            raise KeyError(name)
        return reporter

    def __iter__(self) -> Iterator[str]:
        return (name for name, r in REGISTRY.items() if r.document)

    def __len__(self) -> int:
        return sum(1 for _ in self)


REPORTERS: Mapping[str, Reporter] = _Documents()


def render(report: Report, fmt: str, *, color: bool = False, rules: Mapping[str, RuleInfo] | None = None,
           root: str | None = None, limit: int | None = None) -> str:
    """Render `report` in format `fmt`; `color` applies to the terminal only; `rules`
    (rule_info(pack)) is needed by the formats that describe the rules (SARIF)."""
    reporter = REGISTRY.get(fmt)
    if reporter is None:
        raise ValueError(f"unknown report format {fmt!r}; known formats: {', '.join(sorted(REGISTRY))}")
    if reporter.needs_rules and rules is None:
        plain = ", ".join(sorted(name for name, r in REGISTRY.items() if not r.needs_rules))
        raise ValueError(f"the {fmt!r} format needs the rule pack's metadata (rules=rule_info(pack)); "
                         f"formats that need none: {plain}")
    return reporter.render(report, rules or {}, Options(color=color, root=root, limit=limit))


def chunks(report: Report, fmt: str, *, color: bool = False, rules: Mapping[str, RuleInfo] | None = None,
           root: str | None = None, limit: int | None = None) -> Iterator[str]:
    """`render(report, fmt, ...)`'s text in pieces that join to it, made one at a time as they
    are taken (a format without a `stream` gives its whole text as one piece): a large report
    written to a file piece by piece is never held whole. The format is checked at once."""
    reporter = REGISTRY.get(fmt)
    if reporter is None or reporter.stream is None:
        return iter((render(report, fmt, color=color, rules=rules, root=root, limit=limit),))
    if reporter.needs_rules and rules is None:
        render(report, fmt, rules=rules)   # its error
    return iter(reporter.stream(report, rules or {}, Options(color=color, root=root, limit=limit)))


# --- what CI formats share ----------------------------------------------------------------

def baseline_line(report: Report) -> str | None:
    """One line on the report against its baseline, when it has one."""
    b = report.baseline
    if b is None:
        return None
    new = plural(len(b.new), "new finding") + (f" ({', '.join(b.new)})" if b.new else "")
    gone = plural(len(b.gone), "accepted finding") + " gone" + (f" ({', '.join(b.gone)})" if b.gone else "")
    return f"Against baseline {b.file}: {new}; {gone}."


def baseline_tag(report: Report, group: Group) -> str | None:
    """Against a baseline, 'new' for a group with a finding the baseline does not accept (what
    fails a CI run), else 'accepted'; None without a baseline."""
    if report.baseline is None:
        return None
    new = set(report.baseline.new)
    return "new" if any(i in new for i in group.ids) else "accepted"


def located_claims(f: Finding, claims: Mapping[str, ClaimSummary]) -> list[ClaimSummary]:
    """The finding's claims that know where they are written, the most likely wrong first
    (a tension's first suspect), then in the finding's order."""
    order = [s.claim for s in f.suspects[:1]] + list(f.claims)
    seen = dict.fromkeys(order)
    return [claims[c] for c in seen if c in claims and claims[c].where is not None]


def relative_path(file: str, root: str | None) -> str:
    """A claim file's path as CI tools want it: relative to `root` (with '/') when it lies inside."""
    path = PurePath(file)
    if root is not None and path.is_absolute():
        try:
            path = path.relative_to(PurePath(root))
        except ValueError:
            return path.as_posix()
    return path.as_posix()


def _format(module: str):
    """A format's module, imported when a report is first rendered in it (the terminal's
    imports rich, and an audit renders one format or two)."""
    import importlib
    return importlib.import_module(f"auditor.reporters.{module}")


def _render_with(module: str) -> RenderFunction:
    """The `render(report, rules, options)` of a format module, imported on first use."""
    def render_in_format(report: Report, rules: Mapping[str, RuleInfo], options: Options) -> str:
        return _format(module).render(report, rules, options)
    return render_in_format


register(Reporter("terminal", "txt", lambda report, rules, options: _format("terminal").render(
                      report, color=options.color, limit=options.limit),
                  description="a readable report for people, coloured on a terminal"))
register(Reporter("markdown", "md", lambda report, rules, options: _format("markdown").render(report, limit=options.limit),
                  description="GitHub-flavoured Markdown for issues, pull requests and wikis"))
register(Reporter("json", "json", lambda report, rules, options: _format("json").render(report),
                  description="the report itself: the stable contract for other tools",
                  stream=lambda report, rules, options: _format("json").chunks(report)))
register(Reporter("html", "html", lambda report, rules, options: _format("html").render(report),
                  description="a standalone HTML page"))
register(Reporter("sarif", "sarif", _render_with("sarif"), needs_rules=True, document=False,
                  description="SARIF 2.1.0 for code scanning: the pack's rules, each finding at its claim's line"))
register(Reporter("github", "txt", _render_with("github"), document=False,
                  description="GitHub Actions workflow annotations, one per warning or error"))
# Tables and exports of part of a report, not whole-report documents (so not in REPORTERS):
register(Reporter("csv", "csv", _render_with("csvreport"), document=False,
                  description="the findings as CSV, one row each, most important first, for a spreadsheet"))
register(Reporter("claimreview", "jsonld", _render_with("claimreview"), document=False,
                  description="schema.org ClaimReview JSON-LD for each claim with a verdict, for publishing"))
# The JSON report one record per line, for a large corpus read a line at a time:
register(Reporter("jsonl", "jsonl", lambda report, rules, options: _format("jsonl").render(report), document=False,
                  description="the JSON report one record per line: its head, then each source, claim and finding"))


__all__ = ["REGISTRY", "REPORTERS", "SECTIONS", "Evidence", "Group", "Options", "Reporter", "RuleInfo", "Section",
           "baseline_line", "baseline_tag", "check_first", "chunks", "counts", "evidence", "plural", "register", "render", "rule_info", "sections",
           "sizes", "summary"]
