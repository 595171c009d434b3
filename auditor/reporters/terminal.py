"""The terminal reporter: a readable report for people, coloured only when asked."""

from __future__ import annotations

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
KIND_STYLE = {"tension": "red", "revision": "blue", "dating": "magenta", "not-comparable": "yellow", "corroboration": "green",
              "implied": "cyan"}


def render(report: Report, *, color: bool = False) -> str:
    """The report as terminal text; plain (no escape codes) unless `color`."""
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
            console.print(_indent(Text(f"{i}. {line}")))
    ambiguous = reporters.ambiguous_claims(report)
    if ambiguous:
        console.print()
        console.print(Rule(Text("Ambiguous claims: which readings hold", style="bold"), align="left", style="dim"))
        for line in ambiguous:
            console.print(_indent(Text(line)))
    for section in reporters.sections(report):
        _section(console, section, report)
    console.print()
    console.print(Text(reporters.summary(report), style="bold"))
    against = reporters.baseline_line(report)
    if against:
        console.print(Text(against))
    # rich pads wrapped text to the width of its block; trailing blanks are noise in a file.
    return "".join(line.rstrip() + "\n" for line in out.getvalue().splitlines())


def _header(console: Console, report: Report) -> None:
    console.print(Text(f"Claims audit (report {report.version})", style="bold"))
    console.print(Text(reporters.summary(report), style="bold"))
    tally = Table(box=None, pad_edge=False, padding=(0, 2, 0, 0), header_style="dim")
    for label, _ in reporters.counts(report):
        tally.add_column(label, justify="right")
    tally.add_row(*(Text(str(n), style="bold" if n else "dim") for _, n in reporters.counts(report)))
    console.print(tally)
    sources = Table.grid(padding=(0, 2))
    sources.add_column(no_wrap=True, style="bold")
    sources.add_column()
    for s in report.sources:
        when = f"published {s.published}" + (f" ({len(s.candidates)} candidate dates)" if s.candidates else "")
        sources.add_row(s.id, f"{s.publisher}: {s.title}; {when}")
    console.print()
    console.print(sources)


def _section(console: Console, section: reporters.Section, report: Report) -> None:
    console.print()
    distinct = f", {len(section.groups)} distinct" if len(section.groups) != section.size else ""
    heading = f"{section.heading} ({section.size}{distinct})"
    console.print(Rule(Text(heading, style="bold " + KIND_STYLE[section.kind]), align="left", style="dim"))
    for group in section.groups:
        _group(console, group)


def _indent(renderable, by: int = 2) -> Padding:
    return Padding(renderable, (0, 0, 0, by), expand=False)


def _group(console: Console, group: reporters.Group) -> None:
    f = group.lead
    console.print()
    title = Text.assemble((f" {reporters.badge(f).upper()} ", BADGE_STYLE[f.severity]), " ",
                          (f.rule, "bold"), "  ", (", ".join(group.ids), "dim"))
    console.print(title)
    console.print(_indent(Text.assemble(("claims: ", "dim"), ", ".join(group.claims))))
    console.print(_indent(Text(f.message)))
    for item in reporters.evidence(f):
        console.print(_indent(Text(item.label + ":", style="dim")))
        if item.table:
            table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, header_style="bold")
            for name in item.table[0]:
                table.add_column(name)
            for row in item.table[1:]:
                fits = row[1] == "yes"
                table.add_row(*(Text(cell, style=("green" if fits else "red") if j == 1 else "")
                                for j, cell in enumerate(row)))
            console.print(_indent(table, 4))
        for line in item.lines:
            console.print(_indent(Text(line), 4))
    if group.candidates is not None:
        console.print(_indent(Text(reporters.only_if(group.candidates), style="italic")))
