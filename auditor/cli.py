"""The command line: parse options, call the library, render, pick the exit code.

Exit codes: 0 clean, 1 findings at or above --fail-on, 2 bad input or usage.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from auditor.errors import InputError

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Cross-check the numbers in news claims: corroborations, tensions, implied figures.")
state = {"debug": False}


class Format(str, Enum):
    terminal = "terminal"
    markdown = "markdown"
    json = "json"
    html = "html"


class FailOn(str, Enum):
    tension = "tension"
    hard_tension = "hard-tension"
    never = "never"


@app.callback()
def main(debug: bool = typer.Option(False, "--debug", help="Show tracebacks for unexpected errors.")) -> None:
    state["debug"] = debug


def _bad_input(exc: InputError) -> None:
    typer.echo(exc.render(), err=True)
    raise typer.Exit(2)


def _run(fn):
    """Run a library call; bad input -> exit 2 with every problem; crashes -> exit 2 unless --debug."""
    try:
        return fn()
    except InputError as exc:
        _bad_input(exc)
    except ValueError as exc:
        if state["debug"]:
            raise
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _write_atomically(path: Path, text: str) -> None:
    """Write through a temporary file and rename, so a failure never leaves half a report."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        # mkstemp makes the file readable by its owner only; a report gets the mode any new
        # file would (an existing report keeps its own)
        os.chmod(tmp, (path.stat().st_mode & 0o7777) if path.exists() else 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@app.command()
def audit(
    paths: Optional[list[Path]] = typer.Argument(None, help="Claim files or folders (default: the bundled seeds)."),
    fmt: Format = typer.Option(Format.terminal, "--format", "-f", help="Report format."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the report here instead of stdout."),
    fail_on: FailOn = typer.Option(FailOn.hard_tension, "--fail-on",
                                   help="Exit 1 when findings reach this level."),
    rules: Optional[Path] = typer.Option(None, "--rules", help="A rule pack folder (default: the bundled rules/)."),
    workers: Optional[int] = typer.Option(None, "--workers", min=1,
                                          help="Processes deciding independent blocks (default: all CPUs)."),
) -> None:
    """Audit claim files: corroborations, tensions, implied figures, not-comparable claims."""
    from auditor import audit as run_audit

    report = _run(lambda: run_audit(paths or None, pack=rules, workers=workers))
    from auditor.reporters import render

    color = fmt == Format.terminal and output is None and sys.stdout.isatty()
    text = render(report, fmt.value, color=color)
    if output is not None:
        _write_atomically(output, text)
    else:
        typer.echo(text, nl=not text.endswith("\n"))
    worst = report.worst()
    if (fail_on == FailOn.tension and worst != "none") or (fail_on == FailOn.hard_tension and worst == "hard-tension"):
        raise typer.Exit(1)


@app.command()
def validate(
    paths: list[Path] = typer.Argument(..., help="Claim files or folders."),
    rules: Optional[Path] = typer.Option(None, "--rules", help="A rule pack folder."),
) -> None:
    """Check claim files without auditing them: every problem at once, with file:line:col."""
    from auditor import load_claims, load_pack

    corpus = _run(lambda: load_claims(paths, pack=load_pack(rules)))
    typer.echo(f"{len(corpus.claims)} claims from {len(corpus.sources)} sources in "
               f"{len(corpus.files)} file{'s' if len(corpus.files) != 1 else ''}: valid.")
    if corpus.skipped:
        typer.echo(f"Skipped {len(corpus.skipped)} file{'s' if len(corpus.skipped) != 1 else ''} that hold no "
                   f"sources or claims (an audit report, expected verdicts): {', '.join(corpus.skipped)}")


@app.command("rules")
def rules_cmd(
    self_test: bool = typer.Option(False, "--self-test", help="Run every rule's examples."),
    rules: Optional[Path] = typer.Option(None, "--rules", help="A rule pack folder."),
) -> None:
    """List the rules of the pack, or run their examples with --self-test."""
    from auditor import load_pack
    from auditor.pack.examples import run_all

    pack = _run(lambda: load_pack(rules))
    if not self_test:
        for rule in sorted(pack.rules.values(), key=lambda r: r.id):
            typer.echo(f"{rule.id}  {rule.name:<20} {rule.kind:<15} {rule.severity:<8} {rule.summary}")
        return
    results = run_all(pack)
    failed = [r for r in results if not r.passed]
    for r in results:
        typer.echo(f"{'ok  ' if r.passed else 'FAIL'} {r.test_id}")
        if not r.passed:
            typer.echo(f"     expected {list(map(list, r.expected))}, got {list(map(list, r.got))}")
            if r.error:
                typer.echo("     " + r.error.replace("\n", "\n     "))
    typer.echo(f"{len(results) - len(failed)} passed, {len(failed)} failed")
    if failed:
        raise typer.Exit(1)


@app.command("vocab")
def vocab(
    table: str = typer.Argument("all", help="metrics, places or all"),
    rules: Optional[Path] = typer.Option(None, "--rules", help="A rule pack folder (extends the bundled one)."),
) -> None:
    """List the pack's metrics and places with their aliases, and the file each comes from."""
    from auditor import load_pack

    if table not in ("all", "metrics", "places"):
        typer.echo(f"error: '{table}' is not a table; use metrics, places or all.", err=True)
        raise typer.Exit(2)
    pack = _run(lambda: load_pack(rules))
    if table in ("all", "metrics"):
        typer.echo("Metrics")
        for m in sorted(pack.metrics.values(), key=lambda m: m.id):
            aliases = f" (also: {', '.join(m.aliases)})" if m.aliases else ""
            family = f", family {m.family}" if m.family else ""
            typer.echo(f"  {m.id:<28} {m.label}, {m.unit}{family}{aliases}  [{pack.file_of('metrics', m.id)}]")
    if table in ("all", "places"):
        typer.echo("Places")
        for p in sorted(pack.places.values(), key=lambda p: p.id):
            within = f", within {p.within}" if p.within else ""
            aliases = f" (also: {', '.join(p.aliases)})" if p.aliases else ""
            typer.echo(f"  {p.id:<36} {p.name}{within}{aliases}  [{pack.file_of('places', p.id)}]")


@app.command()
def explain(rule_id: str = typer.Argument(..., metavar="RULE", help="A rule id (TN001) or name (value-conflict).")) -> None:
    """Print a rule: what it checks, why, how to fix, and its examples."""
    import difflib

    from auditor import load_pack

    pack = _run(lambda: load_pack())
    rule = pack.rules.get(rule_id.upper()) or next((r for r in pack.rules.values() if r.name == rule_id), None)
    if rule is None:
        names = [*pack.rules, *(r.name for r in pack.rules.values())]
        guess = difflib.get_close_matches(rule_id, names, n=1)
        typer.echo(f"error: no rule '{rule_id}'." + (f" Did you mean '{guess[0]}'?" if guess else "")
                   + " `auditor rules` lists them.", err=True)
        raise typer.Exit(2)
    typer.echo(f"{rule.id} {rule.name} ({rule.kind}, {rule.severity}; check '{rule.check}')\n")
    typer.echo(f"What it finds: {rule.summary}\n\nWhy: {rule.why.strip()}\n\nFix: {rule.fix.strip()}\n")
    if rule.params:
        typer.echo(f"Parameters: {json.dumps(rule.params)}\n")
    for ex in rule.examples:
        verdict = "fires on " + "; ".join(", ".join(s) for s in ex.expect) if ex.expect else "stays silent"
        typer.echo(f"Example {ex.name}: {verdict}")
        for c in ex.claims:
            typer.echo("  - " + json.dumps(c, ensure_ascii=False))


@app.command()
def schema() -> None:
    """Print the JSON Schema of claim files, for editors."""
    from auditor.models.files import claim_file_schema

    typer.echo(json.dumps(claim_file_schema(), indent=2))


tag_app = typer.Typer(help="Read times or quantities in text.", no_args_is_help=True)
try:  # the text readers register their commands when present
    from auditor.cli_tag_times import tag_times
    tag_app.command("times")(tag_times)
except ImportError:  # pragma: no cover
    pass
try:
    from auditor.cli_tag_quantities import tag_quantities
    tag_app.command("quantities")(tag_quantities)
except ImportError:  # pragma: no cover
    pass
if tag_app.registered_commands:
    app.add_typer(tag_app, name="tag")


def run() -> None:
    """Console entry point: usage errors exit 2 (click's convention), never a traceback."""
    try:
        app()
    except SystemExit:
        raise
    except InputError as exc:  # bad input met outside a command's own handling (a broken bundled pack)
        if "--debug" in sys.argv:
            raise
        typer.echo(exc.render(), err=True)
        raise SystemExit(2) from None
    except Exception as exc:  # a bug, not bad input: say so briefly unless --debug
        if "--debug" in sys.argv:
            raise
        typer.echo(f"internal error: {type(exc).__name__}: {exc} (rerun with --debug for the traceback, "
                   "and please report it)", err=True)
        raise SystemExit(2) from None


if __name__ == "__main__":  # pragma: no cover
    run()
