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
from typing import Iterable, Optional

import typer

from auditor.cluster import ClusterError
from auditor.errors import InputError

# Help and usage errors in click's plain layout: typer's rich layout imports rich's Markdown
# renderer and markdown-it first, which took most of `auditor --help` (0.8 s of 1.2 s).
app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False, rich_markup_mode=None,
                  help="Cross-check the numbers in news claims: corroborations, tensions, implied figures.")
state = {"debug": False}
TEXT_ROOT_HELP = ("A folder every source's text_path must lead inside (default: each claim file's own folder); "
                  "see docs/claim-files.md, Limits.")
# One wording for --rules in every command: a desk's folder extends the bundled pack (README, "Another city").
RULES_HELP = ("A desk's rule pack folder: what it adds to or changes in the bundled rules/ (its pack.yaml may say "
              "standalone: true).")


def _formats() -> dict[str, str]:
    from auditor.reporters import REGISTRY
    return {name: name for name in REGISTRY}


def __getattr__(name: str):
    """`Format`: the report formats as an Enum, built on first use (the reporters are not
    imported for `auditor --help`)."""
    if name == "Format":
        globals()["Format"] = Enum("Format", _formats(), type=str)
        return globals()["Format"]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _format_choice(name: str | None) -> str | None:
    """--format: one of the reporters' registry (auditor/reporters/__init__.py): a plug-in's
    format is a choice as soon as it is registered. Anything else is a usage error (exit 2)."""
    if name is None:
        return None
    formats = _formats()
    if name not in formats:
        raise typer.BadParameter(f"'{name}' is not one of {', '.join(formats)}", param_hint="'--format' / '-f'")
    return name


class FailOn(str, Enum):
    tension = "tension"
    hard_tension = "hard-tension"
    never = "never"


@app.callback()
def main(debug: bool = typer.Option(False, "--debug", help="Show tracebacks for unexpected errors.")) -> None:
    state["debug"] = debug


def _say(text: str) -> None:
    """An error on stderr. It may quote the input (a file's field, a pack's entry, a
    cluster's address): control characters are shown as escapes (`\\x1b`), never obeyed."""
    from auditor.reporters.terminal import printable
    typer.echo(printable(text), err=True)


def _bad_input(exc: InputError, outcome: str | None = "nothing was audited") -> None:
    from auditor.cli_files import problems_text
    _say(problems_text(exc, outcome))
    raise typer.Exit(2)


def _run(fn, outcome: str | None = "nothing was audited"):
    """Run a library call; bad input -> exit 2 with every problem (and `outcome`, what was not
    done); crashes -> exit 2 unless --debug."""
    try:
        return fn()
    except InputError as exc:
        _bad_input(exc, outcome)
    except (ValueError, ClusterError) as exc:   # a cluster that cannot audit: auditor/cluster.py
        if state["debug"]:
            raise
        _say(f"error: {exc}")
        raise typer.Exit(2)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _write_atomically(path: Path, text: str | Iterable[str]) -> None:
    """Write through a temporary file and rename, so a failure never leaves half a report;
    a path that cannot be written is a usage error naming it (exit 2), not a crash."""
    failed = _write_reports([(path, text)])
    if failed is not None:
        _cannot_write(*failed)


def _write_reports(files: list[tuple[Path, str | Iterable[str]]]) -> tuple[Path, OSError] | None:
    """Write each report (its text, or its text's pieces, written as they are made: a large
    report is never held whole) through a temporary file, in order; the first that cannot be
    written, and why, stops the writing and is returned."""
    for path, text in files:
        try:
            _write_through_temporary(path, text)
        except OSError as exc:
            return path, exc
    return None


def _cannot_write(path: Path, exc: OSError) -> None:
    typer.echo(f"error: cannot write the report to {path}: {exc.strerror or exc}; "
               "give --output a path in a folder you can write to", err=True)
    raise typer.Exit(2) from None


def _write_through_temporary(path: Path, text: str | Iterable[str]) -> None:
    pieces = (text,) if isinstance(text, str) else text
    if path.is_dir():
        raise IsADirectoryError(21, "it is a folder", str(path))
    if path.exists() and not path.is_file():   # /dev/null, a pipe: renaming onto it would replace it
        with open(path, "w", encoding="utf-8") as fh:
            for piece in pieces:
                fh.write(piece)
        return
    blocking = next((p for p in path.parents if p.exists() and not p.is_dir()), None)
    if blocking is not None:
        raise NotADirectoryError(20, f"{blocking} is a file, not a folder", str(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            for piece in pieces:
                fh.write(piece)
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
    fmt: Optional[str] = typer.Option(None, "--format", "-f", show_default=False, metavar="FORMAT",
                                      help="Report format: terminal, markdown, json, html, sarif, github, csv, "
                                           "claimreview, jsonl, or a registered plug-in's (default: terminal)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", metavar="FILE",
                                          help="Write the report here instead of stdout."),
    fail_on: Optional[FailOn] = typer.Option(None, "--fail-on", show_default=False,
                                             help="Exit 1 when findings reach this level (default: hard-tension); "
                                                  "with --baseline only findings not in it count."),
    rules: Optional[Path] = typer.Option(None, "--rules", metavar="DIR", help=RULES_HELP),
    workers: Optional[int] = typer.Option(None, "--workers", min=1, metavar="N",
                                          help="Processes deciding independent blocks (default: all CPUs)."),
    cluster: Optional[str] = typer.Option(None, "--cluster", metavar="ADDRESS|local:N",
                                          help="Audit on a Dask cluster: a scheduler's address, or local:N worker "
                                               "processes here (the 'cluster' extra; docs/cluster.md)."),
    select: Optional[list[str]] = typer.Option(None, "--select", metavar="RULE|KIND", help="Report only findings of this rule id (TN004), "
                                               "id prefix (TN), rule name or finding kind (tension); repeatable."),
    ignore: Optional[list[str]] = typer.Option(None, "--ignore", metavar="RULE|KIND", help="Leave out findings of this rule id, prefix, "
                                               "name or kind (not-comparable); repeatable."),
    baseline: Optional[Path] = typer.Option(None, "--baseline", metavar="FILE", help="A baseline of accepted findings: --fail-on "
                                            "counts only others, and the report says which accepted ones are gone."),
    write_baseline: Optional[Path] = typer.Option(None, "--write-baseline", metavar="FILE", help="Write the current findings here "
                                                  "as the baseline (accepting them: the exit code is 0)."),
    save: Optional[list[str]] = typer.Option(None, "--save", metavar="FORMAT:FILE", help="Also write the report in "
                                             "FORMAT to FILE, e.g. sarif:auditor.sarif; repeatable."),
    progress: Optional[bool] = typer.Option(None, "--progress/--no-progress", show_default=False,
                                            help="Show the audit's stages on stderr (default: when stderr is a "
                                                 "terminal)."),
    text_root: Optional[Path] = typer.Option(None, "--text-root", metavar="DIR", help=TEXT_ROOT_HELP),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, metavar="N",
                                        help="Show at most N findings of each kind in the terminal and Markdown "
                                             "reports, with how many more there are (the JSON report holds all)."),
    budget: Optional[int] = typer.Option(None, "--budget", min=1, metavar="UNITS",
                                         help="z3 resource units each solver question may spend (default 50,000,000; "
                                              "deterministic): one that runs out is reported as undetermined."),
    deadline: Optional[float] = typer.Option(None, "--deadline", min=0, metavar="SECONDS",
                                             help="Stop asking the solver after this many seconds: claims not "
                                                  "decided by then are reported as undetermined (default: none)."),
) -> None:
    """Audit claim files: corroborations, tensions, implied figures, not-comparable claims.

    Defaults come from the tool.auditor table of a pyproject.toml, or an auditor.toml, in this
    folder or a parent (rules, fail-on, select, ignore, baseline, format, cluster); options given here win."""
    from auditor import audit as run_audit
    from auditor import baseline as gate
    from auditor import load_claims, load_pack
    from auditor.config import load_config, settings
    from auditor.reporters import REGISTRY, chunks, render, rule_info

    config = _run(lambda: load_config(Path.cwd(), formats=REGISTRY))
    given = {"format": _format_choice(fmt), "fail-on": fail_on.value if fail_on else None,
             "rules": str(rules) if rules else None, "select": select, "ignore": ignore,
             "baseline": str(baseline) if baseline else None, "cluster": cluster, "budget": budget,
             "deadline": deadline}
    chosen = settings(given, config)
    on_cluster = _cluster_choice(chosen, workers)
    saves = [_save_target(item) for item in save or []]
    pack = _run(lambda: load_pack(chosen.rules))
    selection = _run(lambda: gate.selection(chosen.select, chosen.ignore, {r.id: r.name for r in pack.rules.values()},
                                            chosen.origins))
    accepted = None   # the baseline about to be written need not exist yet
    if chosen.baseline and not (write_baseline and Path(chosen.baseline).resolve() == write_baseline.resolve()
                                and not write_baseline.exists()):
        accepted = _run(lambda: gate.read_baseline(chosen.baseline, chosen.origins["baseline"]))
    with _Stages(sys.stderr.isatty() if progress is None else progress) as stages:
        stages("loading claims")
        corpus = _run(lambda: load_claims(paths or None, pack=pack, text_root=text_root))
        report = gate.select_findings(_run(lambda: run_audit(corpus=corpus, pack=pack, workers=workers,
                                                             progress=stages, cluster=on_cluster,
                                                             budget=chosen.budget, deadline=chosen.deadline)),
                                             selection)
        if accepted is not None:
            report = gate.against_baseline(report, accepted, selection)

        stages("writing the report")
        meta, root = rule_info(pack), str(Path.cwd())
        color = chosen.format == "terminal" and output is None and sys.stdout.isatty()
        # the engine's claims are not needed any more: their memory goes to the report's text
        del corpus
        # a file's report is made a piece at a time as it is written (reporters.chunks: the
        # JSON report is never held whole, nor encoded whole), each through a temporary file
        text = render(report, chosen.format, color=color, rules=meta, root=root, limit=limit) if output is None else None
        files = [(path, chunks(report, name, rules=meta, root=root, limit=limit)) for name, path in saves]
        if write_baseline is not None:
            files.append((write_baseline, gate.baseline_text(report)))
        if output is not None:
            files.append((output, chunks(report, chosen.format, color=color, rules=meta, root=root, limit=limit)))
        failed = _write_reports(files)
        del files
    if failed is not None:
        _cannot_write(*failed)
    if write_baseline is not None:   # said on stderr: stdout is the report, perhaps piped
        from auditor.reporters import plural
        typer.echo(f"auditor: wrote the baseline {write_baseline}, accepting "
                   f"{plural(len(report.findings), 'finding')}; commit it, and give it to --baseline", err=True)
    if output is None:
        typer.echo(text, nl=not text.endswith("\n"))
    if write_baseline is None and gate.fails(report, chosen.fail_on):
        raise typer.Exit(1)


def _cluster_choice(chosen, workers: int | None):
    """--cluster (or `cluster` of the config file), checked before anything is loaded: a usage
    error (exit 2) for an address that is not one, or without the 'cluster' extra."""
    from auditor.cluster import parse_cluster

    try:
        spec = parse_cluster(chosen.cluster)
    except ClusterError as exc:
        where = chosen.origins.get("cluster", "--cluster")
        _say(f"error: {exc}" + ("" if where == "--cluster" else f" (cluster = {chosen.cluster!r} in {where})"))
        raise typer.Exit(2) from None
    if spec is not None and workers is not None:
        typer.echo("error: --workers is for an audit on this machine; on a cluster, its workers decide the blocks "
                   "(local:N, or `dask worker --nworkers`): drop --workers, or give --cluster off", err=True)
        raise typer.Exit(2)
    return spec


class _Stages:
    """The stages of an audit on stderr, as the library reports them: on a terminal a
    spinner with the stage and the time so far (gone when the audit ends), elsewhere
    (--progress) a line per stage. Off: nothing at all."""

    def __init__(self, on: bool) -> None:
        self.on, self.status, self.stage = on, None, ""

    def __enter__(self) -> "_Stages":
        import time
        self.start = time.monotonic()
        if self.on and sys.stderr.isatty():
            from rich.console import Console
            self.status = Console(stderr=True).status("starting", spinner="dots")
            self.status.start()
        return self

    def __call__(self, stage: str) -> None:
        import time
        if not self.on:
            return
        self.stage = stage
        elapsed = time.monotonic() - self.start
        if self.status is not None:
            self.status.update(f"{stage} (started at {elapsed:.1f} s)")
        else:
            print(f"auditor: {elapsed:6.1f} s  {stage}", file=sys.stderr, flush=True)

    def __exit__(self, *exc) -> None:
        import time
        if self.status is not None:
            self.status.stop()
        elapsed = time.monotonic() - self.start
        if self.on and exc[0] is None and (self.status is None or elapsed > 1):
            print(f"auditor: {elapsed:6.1f} s  done", file=sys.stderr, flush=True)


def _save_target(item: str) -> tuple[str, Path]:
    """--save FORMAT:FILE -> (format, path); a usage error (exit 2) names the known formats."""
    from auditor.reporters import REGISTRY

    name, sep, file = item.partition(":")
    if not sep or not file or name not in REGISTRY:
        raise typer.BadParameter(f"'{item}' is not FORMAT:FILE with FORMAT one of {', '.join(REGISTRY)}",
                                 param_hint="--save")
    return name, Path(file)


@app.command()
def diff(
    old: Path = typer.Argument(..., metavar="OLD.json", help="The earlier JSON report (auditor audit --format json)."),
    new: Path = typer.Argument(..., metavar="NEW.json", help="The later JSON report."),
) -> None:
    """Compare two JSON reports: findings that appeared, disappeared or changed strength, and the
    claims whose verdict changed. Exit 1 when a finding appeared (or a tension turned hard), else 0."""
    from auditor import baseline as gate

    before, after = _run(lambda: gate.read_reports([old, new]), "nothing was compared")
    changes = gate.diff_reports(before, after)
    for line in gate.describe_diff(changes):
        typer.echo(line)
    if changes.worse:
        raise typer.Exit(1)


@app.command()
def validate(
    paths: list[Path] = typer.Argument(..., help="Claim files or folders."),
    rules: Optional[Path] = typer.Option(None, "--rules", metavar="DIR", help=RULES_HELP),
    text_root: Optional[Path] = typer.Option(None, "--text-root", metavar="DIR", help=TEXT_ROOT_HELP),
) -> None:
    """Check claim files without auditing them: every problem at once, with file:line:col.
    The pack is --rules, else `rules` of the config file (tool.auditor in pyproject.toml, or auditor.toml)."""
    from auditor import load_claims, load_pack
    from auditor.config import load_config

    if rules is None:
        config = _run(lambda: load_config(Path.cwd()), None)
        rules = config.values.get("rules") if config is not None else None
    corpus = _run(lambda: load_claims(paths, pack=load_pack(rules), text_root=text_root), None)
    from auditor.reporters import plural
    typer.echo(f"{plural(len(corpus.claims), 'claim')} from {plural(len(corpus.sources), 'source')} in "
               f"{plural(len(corpus.files), 'file')}: valid.")
    if corpus.skipped:
        typer.echo(f"Skipped {len(corpus.skipped)} file{'s' if len(corpus.skipped) != 1 else ''} that hold no "
                   f"sources or claims (an audit report, expected verdicts): {', '.join(corpus.skipped)}")


@app.command("rules")
def rules_cmd(
    self_test: bool = typer.Option(False, "--self-test", help="Run every rule's examples."),
    rules: Optional[Path] = typer.Option(None, "--rules", metavar="DIR", help=RULES_HELP),
) -> None:
    """List the rules of the pack, or run their examples with --self-test."""
    from auditor import load_pack
    from auditor.pack.examples import run_all

    pack = _run(lambda: load_pack(rules), None)
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
            if r.expected_first != r.got_first:
                typer.echo(f"     first suspects expected {list(r.expected_first or ())}, got {list(r.got_first or ())}")
            if r.error:
                typer.echo("     " + r.error.replace("\n", "\n     "))
    typer.echo(f"{len(results) - len(failed)} passed, {len(failed)} failed")
    if failed:
        raise typer.Exit(1)


@app.command("vocab")
def vocab(
    table: str = typer.Argument("all", help="metrics, places or all"),
    rules: Optional[Path] = typer.Option(None, "--rules", metavar="DIR", help=RULES_HELP),
) -> None:
    """List the pack's metrics and places with their aliases, and the file each comes from."""
    from auditor import load_pack

    if table not in ("all", "metrics", "places"):
        _say(f"error: '{table}' is not a table; use metrics, places or all.")
        raise typer.Exit(2)
    pack = _run(lambda: load_pack(rules), None)
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
def explain(
    rule_id: str = typer.Argument(..., metavar="RULE", help="A rule id (TN001) or name (value-conflict)."),
    rules: Optional[Path] = typer.Option(None, "--rules", metavar="DIR", help=RULES_HELP),
) -> None:
    """Print a rule: what it checks, why, how to fix, and its examples (a desk's own rule with --rules)."""
    import difflib

    from auditor import load_pack

    pack = _run(lambda: load_pack(rules), None)
    rule = pack.rules.get(_rule_id(rule_id)) or next((r for r in pack.rules.values()
                                                      if r.name == rule_id.lower()), None)
    if rule is None:
        names = [*pack.rules, *(r.name for r in pack.rules.values())]
        guess = difflib.get_close_matches(rule_id, names, n=1)
        _say(f"error: no rule '{rule_id}'." + (f" Did you mean '{guess[0]}'?" if guess else "")
             + " `auditor rules` lists them.")
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


def _rule_id(given: str) -> str:
    """A rule id as people type it: 'tn4' and 'TN04' are TN004 (ids are letters and three digits)."""
    import re

    m = re.fullmatch(r"([A-Za-z]+)(\d{1,3})", given.strip())
    return f"{m[1].upper()}{int(m[2]):03d}" if m else given.upper()


@app.command()
def schema() -> None:
    """Print the JSON Schema of claim files, for editors."""
    from auditor.models.files import claim_file_schema

    typer.echo(json.dumps(claim_file_schema(), indent=2))


tag_app = typer.Typer(help="Read times or quantities in text.", no_args_is_help=True, rich_markup_mode=None)
app.add_typer(tag_app, name="tag")


# The text readers load their grammars when a tag command runs, not for every command:
# these stand in for auditor/cli_tag_times.py and cli_tag_quantities.py, with their options.
@tag_app.command("times")
def tag_times(
    file: Path = typer.Argument(..., help="Plain text, or a TimeML .tml/.TE3input file (its DCT is used)."),
    dct: Optional[str] = typer.Option(None, "--dct", metavar="DATE", help="Publication date YYYY-MM-DD, or EARLIEST..LATEST when "
                                                          "only bounds are known."),
) -> None:
    """Tag the temporal expressions in FILE and print the TimeML to stdout."""
    from auditor.cli_tag_times import tag_times as command
    command(file, dct)


@tag_app.command("quantities")
def tag_quantities(file: Path = typer.Argument(..., help="UTF-8 text file, one sentence per line.")) -> None:
    """Write one JSON object per input line: the sentence and the quantities found in it.

    Each quantity has its value ("2000", or "200-300" for a range), its NewsQuant
    change label (= ~ > < up down), its character span in the sentence, and its unit.
    """
    from auditor.cli_tag_quantities import tag_quantities as command
    command(file)


# drafting claims from articles, and checking a story (auditor/cli_draft.py; cheap to import:
# the drafting code is imported when a command runs)
from auditor.cli_draft import check_command, draft_command  # noqa: E402

app.command("draft")(draft_command)
app.command("check")(check_command)


def _process_environment() -> None:
    """What the command-line process asks of its libraries before a command imports them,
    each unless the user already chose (their environment variable wins):
    - OpenBLAS (numpy's, which HiGHS's bindings import) on one thread: starting its pool of
      threads took about a third of numpy's import in CPU (0.18 CPU-s against 0.13 for
      `python -c 'import numpy'` on the project's 2-CPU machine), and the engine hands numpy
      arrays to HiGHS without asking OpenBLAS for any product. Too late once numpy is
      imported, so then left alone;
    - no pydantic plug-ins: looking for them reads every installed distribution's entry
      points (importlib.metadata, about 30 CPU-ms) when the first model is built, and the
      models here are the auditor's own (PYDANTIC_DISABLE_PLUGINS= with no value looks again)."""
    if "numpy" not in sys.modules:
        os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")


def run() -> None:
    """Console entry point: usage errors exit 2 (click's convention), never a traceback.

    The cycle collector is off for the whole command: the loading and the audit already
    run with it paused (auditor/collector.py), and what is left, the imports (z3's and
    pydantic's above all), drafting and rendering, make containers by the hundred thousand
    and almost no cycles (`gc.collect()` at exit finds none after the seed audit, the Cleveland
    corpus's audit or `auditor draft` of the 53 articles of benchmarks/corpora/articles), which
    reference counting frees without it. The seed audit took 0.09 CPU-s less with both."""
    import atexit
    import gc

    from auditor import collector

    _process_environment()
    # At exit the interpreter collects once more, collector off or not, walking every object
    # the command made and imported (about 60 of the seed audit's 740 CPU-ms); frozen, they are
    # left to the process's end. Registered here, it runs after the handlers of what the
    # command imports (multiprocessing's, Dask's), which register later and run first.
    atexit.unregister(gc.freeze)
    atexit.register(gc.freeze)
    with collector.paused():
        _run_app()


def _debug_first(args: list[str]) -> list[str]:
    """`--debug` wherever it is given (`auditor audit claims/ --debug`, as the error messages'
    'rerun with --debug' invites), moved before the command, where the group's option is read;
    nothing after a `--` is touched."""
    end = args.index("--") if "--" in args else len(args)
    if "--debug" not in args[:end]:
        return args
    return ["--debug", *(a for a in args[:end] if a != "--debug"), *args[end:]]


def _run_app() -> None:
    sys.argv[1:] = _debug_first(sys.argv[1:])
    try:
        app()
    except SystemExit:
        raise
    except KeyboardInterrupt:   # Ctrl-C: stop quietly, nothing half-written (reports are written whole)
        typer.echo("interrupted", err=True)
        raise SystemExit(130) from None
    except InputError as exc:  # bad input met outside a command's own handling (a broken bundled pack)
        if "--debug" in sys.argv:
            raise
        _say(exc.render())
        raise SystemExit(2) from None
    except Exception as exc:  # a bug, not bad input: say so briefly unless --debug
        if "--debug" in sys.argv:
            raise
        _say(f"internal error: {type(exc).__name__}: {exc} (rerun with --debug for the traceback, "
             "and please report it)")
        raise SystemExit(2) from None


if __name__ == "__main__":  # pragma: no cover
    run()
