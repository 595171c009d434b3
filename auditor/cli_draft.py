"""`auditor draft ARTICLE...` and `auditor check STORY --against PATHS`: claims drafted from text."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import List, Optional

import typer

from auditor.cli_files import fail, read_text


def _date(value: str | None, option: str = "--published") -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        fail(f"error: {option} {value!r} is not a date; write YYYY-MM-DD.")


def _pack(rules: Path | None):
    from auditor import InputError, load_pack
    try:
        return load_pack(rules)
    except InputError as error:
        fail(error.render())   # control characters from the pack shown as escapes, exit 2


def draft_command(
    articles: List[Path] = typer.Argument(..., help="Articles: plain text (kept verbatim) or HTML."),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date YYYY-MM-DD (overrides the article's)."),
    rules: Optional[Path] = typer.Option(None, "--rules", help="A rule pack folder (extends the bundled one)."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Write the claim file here (default: stdout)."),
) -> None:
    """Draft a claim file from articles: one claim per numeric or temporal statement.

    Claims whose required fields could not be decided are written commented out, with a
    `# review:` note saying what to fill in; every other claim validates as written.
    """
    from auditor.draft import claim_file, draft

    day = _date(published)
    pack = _pack(rules)
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
    against: List[Path] = typer.Option(..., "--against", help="Claim files or folders on file (repeatable)."),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date YYYY-MM-DD (default: today)."),
    rules: Optional[Path] = typer.Option(None, "--rules", help="A rule pack folder (extends the bundled one)."),
    format: str = typer.Option("terminal", "--format", help="terminal, json or sarif (regions of the story's words)."),
    text_root: Optional[Path] = typer.Option(None, "--text-root", help="A folder every source's text_path must "
                                             "lead inside (default: each claim file's own folder)."),
) -> None:
    """Check a story before it runs: draft its claims, audit them with the claims on file,
    and report the findings that involve the story at its line:column. Exit 1 on a tension."""
    from auditor import InputError, load_claims
    from auditor.draft import check

    if format not in ("terminal", "json", "sarif"):
        fail(f"error: --format {format!r}: choose terminal, json or sarif.")
    day = _date(published) or date.today()
    pack = _pack(rules)
    text = read_text(story, "a story (text or HTML)")
    try:
        corpus = load_claims(list(against), pack=pack, text_root=text_root)
        result = check(text, corpus, published=day)
    except InputError as error:
        fail(error.render())
    if format == "json":
        typer.echo(json.dumps(result.as_json(), indent=2, ensure_ascii=False))
    elif format == "sarif":
        from auditor.reporters import rule_info
        from auditor.reporters.sarif import render_story

        typer.echo(render_story([(item.finding, item.spans) for item in result.findings], rule_info(pack),
                                str(story)), nl=False)
    else:
        for item in result.findings:
            f = item.finding
            for span in item.spans:
                strength = f" {f.strength}" if f.strength else ""
                typer.echo(f"{story}:{span.line}:{span.column}: {f.kind}{strength} [{f.rule}] \"{span.text}\"")
            typer.echo(f"  {f.message}")
        skipped = [d for d in result.draft.drafted if not d.complete]
        typer.echo(f"{len(result.findings)} finding(s) involve the story's {len(result.draft.claims)} claim(s)"
                   + (f"; {len(skipped)} figure(s) not checked (a field could not be read)" if skipped else "") + ".")
    if any(item.finding.kind == "tension" for item in result.findings):
        raise typer.Exit(1)
