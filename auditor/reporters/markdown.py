"""The Markdown reporter: GitHub-flavoured Markdown for issues, pull requests and newsroom wikis."""

from __future__ import annotations

import re
from urllib.parse import quote as percent_encode

from auditor import reporters
from auditor.models.findings import ClaimSummary, Report

# Characters that would otherwise start emphasis, code, links, raw HTML, entities or table cells.
_SPECIAL = re.compile(r"([\\`*<>\[\]|&])")
# What would start a block where a line begins: a heading, a list item, a quote, a rule.
_BLOCK_START = re.compile(r"^([#+=~-])")
_LIST_NUMBER = re.compile(r"^(\d{1,9})([.)])")
# Controls a reader's terminal or editor would obey (ESC sequences, bidirectional overrides);
# each is shown as its escape instead.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# Kept as they are in a link's address; everything else (<, >, spaces, quotes, apostrophes, backslashes,
# backticks, parentheses, controls, non-ASCII) is percent-encoded, so the address can never
# close its link or open raw HTML.
_URL_SAFE = ":/?#@!$&*+,;=%~-._[]"

# An underscore emphasises only at a word boundary; inside `guns_recovered` it is literal.
_EDGE_UNDERSCORE = re.compile(r"(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])")


def text(s: str) -> str:
    """Free text made literal in Markdown, kept on one line."""
    s = _CONTROLS.sub(lambda m: ascii(m.group())[1:-1], " ".join(str(s).split()))
    s = _BLOCK_START.sub(r"\\\1", _SPECIAL.sub(r"\\\1", s))
    s = _LIST_NUMBER.sub(r"\1\\\2", s)
    return _EDGE_UNDERSCORE.sub(r"\\_", s)


def code(s: str) -> str:
    """An inline code span; the fence outgrows any backtick run inside, and `|` is escaped for tables."""
    s = _CONTROLS.sub(lambda m: ascii(m.group())[1:-1], " ".join(str(s).split())).replace("|", "\\|")
    longest = max((len(m) for m in re.findall(r"`+", s)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if s.startswith("`") or s.endswith("`") else ""
    return f"{fence}{pad}{s}{pad}{fence}"


def link(url: str) -> str:
    """A web address as a link destination (written between < and >): percent-encoded but for
    the characters an address needs, so nothing in it is read as Markdown or HTML."""
    return percent_encode(url, safe=_URL_SAFE)


def render(report: Report, limit: int | None = None) -> str:
    """The report as GitHub-flavoured Markdown; with `limit`, at most that many findings of
    each kind, and how many more there are."""
    out: list[str] = [f"# Claims audit (report {text(report.version)})", "",
                      f"**{text(reporters.VERDICTS[report.worst()])}** {text(reporters.sizes(report))}.", ""]
    against = reporters.baseline_line(report)   # in CI the new findings are what fail the run
    if against:
        out += [f"**{text(against)}**", ""]
    tally = reporters.counts(report)
    out += ["| " + " | ".join(label for label, _ in tally) + " |",
            "|" + "---:|" * len(tally),
            "| " + " | ".join(str(n) for _, n in tally) + " |", ""]
    first = reporters.check_first(report)
    if first:
        out += ["## Check first", ""] + [f"{i}. {text(line)}" for i, line in enumerate(first, 1)] + [""]
    claims = reporters.claim_index(report)
    for section in reporters.sections(report):
        heading = f"## {section.heading} ({section.size}"
        heading += f", {len(section.groups)} distinct)" if len(section.groups) != section.size else ")"
        out += [heading, ""]
        for group in section.groups[:limit]:
            if section.kind == reporters.COMPLETED[0]:   # one line each
                out.append(f"- {text(reporters.completion_line(group))}")
            else:
                out += _group(group, claims, reporters.baseline_tag(report, group))
        if section.kind == reporters.COMPLETED[0]:
            out.append("")
        more = reporters.more_line(section, len(section.groups[:limit]))
        if more:
            out += [f"*{text(more)}*", ""]
    ambiguous = reporters.ambiguous_claims(report)   # context for the findings: after them, as in HTML
    if ambiguous:
        out += ["## Ambiguous claims: which readings hold", ""] + [f"- {text(line)}" for line in ambiguous] + [""]
    if report.sources:   # a reference for the ids the findings name, after them
        out += [f"## Sources ({len(report.sources)})", "", "| source | publisher | title | published |",
                "|---|---|---|---|"]
        for s in report.sources:
            n = len(s.candidates or ())
            published = text(s.published) + (f" ({n} candidate date{'s' * (n != 1)})" if n else "")
            title = f"[{text(s.title)}](<{link(s.url)}>)" if _web(s.url) else text(s.title)
            out.append(f"| {code(s.id)} | {text(s.publisher)} | {title} | {published} |")
        out.append("")
    out += ["---", "", f"**{text(reporters.summary(report))}**", ""]
    against = reporters.baseline_line(report)
    if against:
        out += [text(against), ""]
    return "\n".join(out)


def _group(group: reporters.Group, claims: dict[str, ClaimSummary], tag: str | None = None) -> list[str]:
    f = group.lead
    out = [f"### {f.rule} · {text(reporters.badge(f))}" + (f" · {tag}" if tag else ""), "",
           "Finding " + ", ".join(code(i) for i in group.ids), "", text(f.message), ""]
    for cid in group.claims:
        out += _quote(cid, claims.get(cid))
    for item in reporters.evidence(f):
        out += [f"**{text(item.label)}**", ""]
        if item.table:
            head, *rows = item.table
            out += ["| " + " | ".join(text(h) for h in head) + " |", "|" + "---|" * len(head)]
            out += ["| " + " | ".join(text(c) if j == 1 or c == "-" else code(c) for j, c in enumerate(row)) + " |"
                    for row in rows]
        else:
            out += [f"- {code(line)}" for line in item.lines]
        out.append("")
    if group.candidates is not None:
        out += [f"*{text(reporters.only_if(group.candidates))}*", ""]
    return out


def _quote(cid: str, claim: ClaimSummary | None) -> list[str]:
    """A claim as a blockquote of its words, attributed to speaker and source."""
    if claim is None:
        return [f"> {code(cid)}", ""]
    who = [text(claim.speaker)] if claim.speaker else []
    who.append(code(claim.source))
    quote = claim.quote.get("text")
    lines = [f"> “{text(quote)}”", ">"] if quote else []
    lines.append(f"> — {', '.join(who)}; claim {code(cid)}: {text(claim.statement)}, "
                 f"{text(claim.period.phrase)} ({text(claim.period.start)} to {text(claim.period.end)})")
    return lines + [""]


def _web(url: str | None) -> bool:
    """Only web addresses become links (a `javascript:` URL in a source file must stay inert)."""
    return bool(url) and url.lower().startswith(("https://", "http://"))
