"""The HTML reporter: one self-contained page (inline CSS, no scripts, no external assets)."""

from __future__ import annotations

from html import escape

from auditor import reporters
from auditor.models.findings import ClaimSummary, Report

CSS = """
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d232a; background: #fff;
       max-width: 62rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: .25rem; }
h2 { font-size: 1.25rem; border-bottom: 1px solid #d6dbe0; padding-bottom: .2rem; margin-top: 2rem; }
.muted { color: #5b6570; }
table { border-collapse: collapse; margin: .5rem 0; }
th, td { border: 1px solid #d6dbe0; padding: .2rem .6rem; text-align: left; vertical-align: top; }
th { background: #f3f5f7; }
table.tally td { text-align: right; font-weight: 600; }
code, pre { font: 13px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
ul.lines { list-style: none; padding-left: 0; margin: .25rem 0 .75rem; }
ul.lines li { background: #f6f8fa; padding: .1rem .5rem; border-left: 3px solid #d6dbe0; margin: .15rem 0;
              white-space: pre-wrap; word-break: break-word; }
article { border: 1px solid #d6dbe0; border-radius: 6px; padding: .6rem 1rem; margin: 1rem 0; }
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
footer { margin-top: 2rem; border-top: 1px solid #d6dbe0; padding-top: .5rem; font-weight: 600; }
"""


def e(value: object) -> str:
    return escape(str(value), quote=True)


def render(report: Report) -> str:
    """The report as a standalone HTML5 document."""
    out = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f"<title>Claims audit (report {e(report.version)})</title>", f"<style>{CSS}</style>", "</head>",
           "<body>", f"<h1>Claims audit <span class=\"muted\">(report {e(report.version)})</span></h1>",
           f'<p class="muted">{len(report.sources)} sources, {len(report.claims)} claims, '
           f"{len(report.findings)} findings</p>"]
    tally = reporters.counts(report)
    out += ['<table class="tally">', "<tr>" + "".join(f"<th>{e(label)}</th>" for label, _ in tally) + "</tr>",
            "<tr>" + "".join(f"<td>{n}</td>" for _, n in tally) + "</tr>", "</table>"]
    out += ['<section id="sources">', "<h2>Sources</h2>", "<table>",
            "<tr><th>source</th><th>publisher</th><th>title</th><th>published</th></tr>"]
    for s in report.sources:
        title = f'<a href="{e(s.url)}">{e(s.title)}</a>' if _web(s.url) else e(s.title)
        published = e(s.published) + (f" ({len(s.candidates)} candidate dates)" if s.candidates else "")
        out.append(f"<tr><td><code>{e(s.id)}</code></td><td>{e(s.publisher)}</td><td>{title}</td>"
                   f"<td>{published}</td></tr>")
    out += ["</table>", "</section>"]
    ambiguous = reporters.ambiguous_claims(report)
    if ambiguous:
        out += ['<section id="readings">', "<h2>Ambiguous claims: which readings hold</h2>", "<ul>",
                *(f"<li>{e(line)}</li>" for line in ambiguous), "</ul>", "</section>"]
    claims = reporters.claim_index(report)
    for section in reporters.sections(report):
        distinct = f", {len(section.groups)} distinct" if len(section.groups) != section.size else ""
        out += [f'<section id="{e(section.kind)}">', f"<h2>{e(section.heading)} ({section.size}{distinct})</h2>"]
        for group in section.groups:
            out += _group(group, claims)
        out.append("</section>")
    against = reporters.baseline_line(report)
    footer = e(reporters.summary(report)) + (f'<br><span class="muted">{e(against)}</span>' if against else "")
    out += [f"<footer>{footer}</footer>", "</body>", "</html>", ""]
    return "\n".join(out)


def _group(group: reporters.Group, claims: dict[str, ClaimSummary]) -> list[str]:
    f = group.lead
    out = [f'<article id="{e(f.id)}" class="{e(f.severity)}">',
           f'<p><span class="badge {e(f.severity)}">{e(reporters.badge(f))}</span>'
           f'<span class="rule">{e(f.rule)}</span>'
           f'<span class="muted">{", ".join(f"<code>{e(i)}</code>" for i in group.ids)}</span></p>',
           f"<p>{e(f.message)}</p>"]
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
    out.append("</article>")
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
    """Only web addresses become links (a `javascript:` URL in a source file must stay inert)."""
    return bool(url) and url.lower().startswith(("https://", "http://"))
