"""The terminal reporter: a readable report for people, coloured only when asked."""

from __future__ import annotations

import re
from io import StringIO

from rich import box
from rich.console import Console
from rich.padding import Padding
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from auditor import reporters
from auditor.models.findings import Report

WIDTH = 100
BADGE_STYLE = {
    "error": "bold white on red",
    "warning": "bold black on yellow",
    "info": "bold white on blue",
}
# What a terminal would obey instead of show: C0 controls but tab and newline, DEL, C1 controls
# (ESC starts colour, cursor, screen-clearing and OSC 8 hyperlink sequences; U+009B is a one-byte
# CSI), and the bidirectional overrides and isolates that reorder text on screen (CVE-2021-42574).
CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable(s: object) -> str:
    """Text from the input made inert on a terminal: each control character is shown as its
    escape (`\\x1b`, `\\u202e`), so the reader sees it was there and nothing obeys it."""
    return CONTROLS.sub(lambda m: ascii(m.group())[1:-1], str(s))


def _text(s: object, style: str = "") -> Text:
    return Text(printable(s), style=style)


KIND_STYLE = {"tension": "red", "revision": "blue", "dating": "magenta", "not-comparable": "yellow", "corroboration": "green",
              "implied": "cyan", "undetermined": "red"}


def render(report: Report, *, color: bool = False, limit: int | None = None) -> str:
    """The report as terminal text; plain (no escape codes) unless `color`; with `limit`, at
    most that many findings of each kind, and how many more there are."""
    out = StringIO()
    # Everything is explicit so the output depends on the report alone, not on the
    # environment (COLUMNS, FORCE_COLOR, TTY detection). NO_COLOR is still honoured.
    console = Console(file=out, force_terminal=color, color_system="standard" if color else None,
                      width=WIDTH, highlight=False, emoji=False, markup=False, legacy_windows=False,
                      force_jupyter=False, force_interactive=False, soft_wrap=False)
    _header(console, report)
    first = reporters.check_first(report)
    if first:
        console.print()
        console.print(Rule(Text("Check first", style="bold red"), align="left", style="dim"))
        for i, line in enumerate(first, 1):
            console.print(_indent(_text(f"{i}. {line}")))
    for section in reporters.sections(report):
        _section(console, section, report, limit)
    ambiguous = reporters.ambiguous_claims(report)   # context for the findings: after them, as in HTML
    if ambiguous:
        console.print()
        console.print(Rule(Text("Ambiguous claims: which readings hold", style="bold"), align="left", style="dim"))
        for line in ambiguous:
            console.print(_indent(_text(line)))
    _sources(console, report)
    console.print()
    console.print(_text(reporters.summary(report), style="bold"))
    against = reporters.baseline_line(report)
    if against:
        console.print(_text(against))
    # rich pads wrapped text to the width of its block; trailing blanks are noise in a file.
    return "".join(line.rstrip() + "\n" for line in out.getvalue().splitlines())


def _header(console: Console, report: Report) -> None:
    console.print(_text(f"Claims audit (report {report.version})", style="bold"))
    console.print(_text(reporters.summary(report), style="bold"))
    against = reporters.baseline_line(report)   # in CI the new findings are what fail the run
    if against:
        console.print(_text(against, style="bold"))
    tally = Table(box=None, pad_edge=False, padding=(0, 2, 0, 0), header_style="dim")
    # the counts so far completed on a line of their own: one more column would not fit the width
    counts = [(label, n) for label, n in reporters.counts(report) if label != "completed"]
    for label, _ in counts:
        tally.add_column(printable(label), justify="right")
    tally.add_row(*(Text(str(n), style="bold" if n else "dim") for _, n in counts))
    console.print(tally)
    completed = dict(reporters.counts(report)).get("completed")
    if completed:
        console.print(_text(f"and {reporters.plural(completed, 'count')} so far completed by the year's figure "
                            "(listed after the revisions)", style="dim"))


def _sources(console: Console, report: Report) -> None:
    """The sources, after the findings: a reference for the ids the findings name, not
    something to read through before them."""
    if not report.sources:
        return
    console.print()
    console.print(Rule(Text(f"Sources ({len(report.sources)})", style="bold"), align="left", style="dim"))
    sources = Table.grid(padding=(0, 2))
    sources.add_column(no_wrap=True, style="bold")
    sources.add_column()
    for s in report.sources:
        n = len(s.candidates or ())
        when = f"published {s.published}" + (f" ({n} candidate date{'s' * (n != 1)})" if n else "")
        sources.add_row(printable(s.id), printable(f"{s.publisher}: {s.title}; {when}"))
    console.print(sources)


def _section(console: Console, section: reporters.Section, report: Report, limit: int | None = None) -> None:
    console.print()
    distinct = f", {len(section.groups)} distinct" if len(section.groups) != section.size else ""
    heading = f"{section.heading} ({section.size}{distinct})"
    # a kind without a colour of its own (one added later) is shown in the terminal's own colour
    console.print(Rule(_text(heading, style="bold " + KIND_STYLE.get(section.kind, "")), align="left", style="dim"))
    for group in section.groups[:limit]:
        if section.kind == reporters.COMPLETED[0]:   # one line each
            console.print(_indent(_text("- " + reporters.completion_line(group))))
        else:
            _group(console, group, reporters.baseline_tag(report, group))
    more = reporters.more_line(section, len(section.groups[:limit]))
    if more:
        console.print()
        console.print(_text(more, style="dim"))


def _indent(renderable, by: int = 2) -> Padding:
    return Padding(renderable, (0, 0, 0, by), expand=False)


def _group(console: Console, group: reporters.Group, tag: str | None = None) -> None:
    f = group.lead
    console.print()
    title = Text.assemble((printable(f" {reporters.badge(f).upper()} "), BADGE_STYLE[f.severity]), " ",
                          *(((f"{tag.upper()} ", "bold" if tag == "new" else "dim"),) if tag else ()),
                          (printable(f.rule), "bold"), "  ", (printable(", ".join(group.ids)), "dim"))
    console.print(title)
    console.print(_indent(Text.assemble(("claims: ", "dim"), printable(", ".join(group.claims)))))
    console.print(_indent(_text(f.message)))
    for item in reporters.evidence(f):
        console.print(_indent(_text(item.label + ":", style="dim")))
        if item.table:
            table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, header_style="bold")
            for name in item.table[0]:
                table.add_column(printable(name))
            for row in item.table[1:]:
                fits = row[1] == "yes"
                table.add_row(*(_text(cell, style=("green" if fits else "red") if j == 1 else "")
                                for j, cell in enumerate(row)))
            console.print(_indent(table, 4))
        for line in item.lines:
            console.print(_indent(_text(line), 4))
    if group.candidates is not None:
        console.print(_indent(_text(reporters.only_if(group.candidates), style="italic")))
