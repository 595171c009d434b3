"""`auditor draft ARTICLE...` and `auditor check STORY --against PATHS`: claims drafted from text."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import List, Optional

import typer

from auditor.cli_files import fail, problems_text, read_text

RULES_HELP = ("A desk's rule pack folder: what it adds to or changes in the bundled rules/ (its pack.yaml may say "
              "standalone: true).")
TEXT_ROOT_HELP = ("A folder every source's text_path must lead inside (default: each claim file's own folder); "
                  "see docs/claim-files.md, Limits.")


def _date(value: str | None, option: str = "--published") -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        fail(f"error: {option} {value!r} is not a date; write YYYY-MM-DD.")


def _pack(rules: Path | None, outcome: str):
    from auditor import InputError, load_pack
    try:
        return load_pack(rules)
    except InputError as error:
        fail(problems_text(error, outcome))   # control characters from the pack shown as escapes, exit 2


def draft_command(
    articles: List[Path] = typer.Argument(..., help="Articles: plain text (kept verbatim) or HTML."),
    published: Optional[str] = typer.Option(None, "--published", metavar="DATE",
                                            help="Publication date YYYY-MM-DD (overrides the article's)."),
    rules: Optional[Path] = typer.Option(None, "--rules", metavar="DIR", help=RULES_HELP),
    output: Optional[Path] = typer.Option(None, "-o", "--output", metavar="FILE",
                                          help="Write the claim file here (default: stdout)."),
) -> None:
    """Draft a claim file from articles: one claim per numeric or temporal statement.

    Claims whose required fields could not be decided are written commented out, with a
    `# review:` note saying what to fill in; every other claim validates as written.
    """
    from auditor.draft import claim_file, draft

    day = _date(published)
    pack = _pack(rules, "nothing was drafted")
    drafts, seen = [], set()
    for path in articles:
        d = draft(read_text(path, "an article (text or HTML)"), published=day, pack=pack)
        if d.source.id in seen:   # two articles of one outlet and day: ids must differ
            d = draft(read_text(path, "an article"), published=day, pack=pack,
                      source_id=f"{d.source.id}-{path.stem}")
        seen.add(d.source.id)
        drafts.append(d)
    text = claim_file(drafts)
    if output is None:
        typer.echo(text, nl=False)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as error:
        fail(f"{output}: error: cannot be written ({error.strerror}).")


def check_command(
    story: Path = typer.Argument(..., help="The story: plain text or HTML."),
    against: List[Path] = typer.Option(..., "--against", metavar="PATH", help="Claim files or folders on file "
                                       "(repeatable: --against claims/ --against more.yaml)."),
    published: Optional[str] = typer.Option(None, "--published", metavar="DATE",
                                            help="Publication date YYYY-MM-DD (default: today)."),
    rules: Optional[Path] = typer.Option(None, "--rules", metavar="DIR", help=RULES_HELP),
    format: str = typer.Option("terminal", "--format", "-f", metavar="FORMAT",
                               help="terminal, json or sarif (regions of the story's words)."),
    text_root: Optional[Path] = typer.Option(None, "--text-root", metavar="DIR", help=TEXT_ROOT_HELP),
    fail_on: str = typer.Option("tension", "--fail-on", metavar="tension|hard-tension|never",
                                help="Exit 1 when a finding that involves the story reaches this level "
                                     "(default: tension, soft or hard; `auditor audit` defaults to hard-tension)."),
) -> None:
    """Check a story before it runs: draft its claims, audit them with the claims on file,
    and report the findings that involve the story at its line:column. Exit 1 on a tension
    (see --fail-on), 2 on bad input."""
    from auditor import InputError, load_claims
    from auditor.draft import check

    if format not in ("terminal", "json", "sarif"):
        fail(f"error: --format {format!r}: choose terminal, json or sarif.")
    if fail_on not in ("tension", "hard-tension", "never"):
        fail(f"error: --fail-on {fail_on!r}: choose tension, hard-tension or never.")
    day = _date(published) or date.today()
    pack = _pack(rules, "nothing was checked")
    text = read_text(story, "a story (text or HTML)")
    try:
        corpus = load_claims(list(against), pack=pack, text_root=text_root)
        result = check(text, corpus, published=day)
    except InputError as error:
        fail(problems_text(error, "nothing was checked"))
    if format == "json":
        typer.echo(json.dumps(result.as_json(), indent=2, ensure_ascii=False))
    elif format == "sarif":
        from auditor.reporters import rule_info
        from auditor.reporters.sarif import render_story

        typer.echo(render_story([(item.finding, item.spans) for item in result.findings], rule_info(pack),
                                str(story)), nl=False)
    else:
        _story_lines(story, result)
    if any(item.finding.kind == "tension" and (fail_on == "tension" or
                                               (fail_on == "hard-tension" and item.finding.strength == "hard"))
           for item in result.findings):
        raise typer.Exit(1)


def _story_lines(story: Path, result) -> None:
    """The terminal report of `auditor check`: one `file:line:col:` line per story span of each
    finding, the span of the claim most likely wrong first and marked, then the finding's message;
    a tension whose most likely wrong claim is on file, not in the story, says so."""
    from auditor.reporters import plural

    for item in result.findings:
        f = item.finding
        culprit = f.suspects[0].claim if f.suspects else None
        strength = f" {f.strength}" if f.strength else ""
        for span in sorted(item.spans, key=lambda s: (s.claim != culprit, s.line, s.column)):
            mark = " (most likely wrong)" if span.claim == culprit else ""
            typer.echo(f"{story}:{span.line}:{span.column}: {f.kind}{strength} [{f.rule}] \"{span.text}\"{mark}")
        if culprit is not None and all(span.claim != culprit for span in item.spans):
            typer.echo(f"  most likely wrong: {culprit}, a claim on file, not the story's")
        typer.echo(f"  {f.message}")
    skipped = [d for d in result.draft.drafted if not d.complete]
    n = len(result.findings)
    typer.echo(f"{plural(n, 'finding')} {'involves' if n == 1 else 'involve'} the story's "
               f"{plural(len(result.draft.claims), 'claim')}"
               + (f"; {plural(len(skipped), 'figure')} not checked (a field could not be read)" if skipped else "")
               + ".")
