"""Running one fuzz case through the library and the CLI, and judging what came out.

A case is a crash when the library raises anything but InputError (loading, auditing, or
rendering the report in any format), when the CLI in-process ends on an exception, or exits
with a code other than 0, 1 or 2; a traceback when the CLI prints one or says "internal error";
a hang when it takes more than the limit of processor time (or blocks); a partial output when `-o FILE` exists after an
error (or is missing after success). An input error without a line number is counted too,
as unlocated (a quality figure, not a crash).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import traceback
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from tests.fuzz.strategies import SEEDS, Case

FORMATS = ("json", "markdown", "html", "terminal", "csv", "sarif", "github", "claimreview")


class Hang(Exception):
    """A case ran past its time limit."""


WALL_FACTOR = 12   # a case blocked without using the processor (a FIFO, a lock) is stopped after this many limits


@contextmanager
def time_limit(seconds: float):
    """Stop a case after `seconds` of processor time (SIGPROF: the same on a loaded machine as
    on an idle one, where wall-clock time is not), or after WALL_FACTOR times that of wall-clock
    time should it block without computing. A case inside z3's C code is stopped when it
    returns to Python."""
    def stop(signum, frame):
        raise Hang(f"over {seconds} s of CPU" if signum == signal.SIGPROF else f"blocked {seconds * WALL_FACTOR} s")
    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGPROF, signal.SIGALRM)}
    signal.setitimer(signal.ITIMER_PROF, seconds)
    signal.setitimer(signal.ITIMER_REAL, seconds * WALL_FACTOR)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.setitimer(signal.ITIMER_REAL, 0)
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def cpu_seconds() -> float:
    """Processor time of this process and of its finished children."""
    import resource
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


@dataclass
class Outcome:
    """What one case did: the kinds of failure it showed (empty: none) and how it ended."""

    case: Case
    ended: str = ""                 # "audited", "input-error"
    failures: list[str] = field(default_factory=list)   # crash, hang, traceback, partial-output
    details: list[str] = field(default_factory=list)
    unlocated: int = 0
    unlocated_codes: list[str] = field(default_factory=list)
    disagreements: int = 0          # the CLI refused what the library audited, or the other way
    seconds: float = 0.0            # wall-clock
    cpu: float = 0.0                # processor time, the subprocess's included
    subprocess_cpu: float = 0.0


class Workspace:
    """A folder for the cases: the seeds' source texts beside the claim file, so a seed's
    text_path resolves, and an output folder that must stay empty after an error."""

    def __init__(self, root: Path) -> None:
        self.root = root
        root.mkdir(parents=True, exist_ok=True)
        if not (root / "sources").exists():
            shutil.copytree(SEEDS / "sources", root / "sources")
        self.out = root / "out"

    def write(self, case: Case) -> Path:
        for old in self.root.glob("claims.*"):
            old.unlink()
        if self.out.exists():
            shutil.rmtree(self.out)
        self.out.mkdir()
        path = self.root / case.name
        path.write_bytes(case.data)
        return path


def library(path: Path, outcome: Outcome) -> bool:
    """Load, audit and render every format; True when the claims were audited."""
    from auditor import InputError, audit_corpus, load_claims
    from auditor.reporters import render, rule_info
    try:
        corpus = load_claims(path)
    except InputError as exc:
        outcome.ended = "input-error"
        outcome.unlocated += sum(1 for p in exc.problems if not p.line)
        outcome.unlocated_codes += [f"{p.code}: {p.message[:70]}" for p in exc.problems if not p.line]
        bad = [p for p in exc.problems if not (p.file and p.code and p.message)]
        if bad:
            outcome.failures.append("crash")
            outcome.details.append(f"library: a problem without file, code or message: {bad[0]!r}")
        return False
    try:
        report = audit_corpus(corpus, workers=1)
    except InputError as exc:
        outcome.ended = "input-error"
        outcome.unlocated += sum(1 for p in exc.problems if not p.line)
        outcome.unlocated_codes += [f"{p.code}: {p.message[:70]}" for p in exc.problems if not p.line]
        return False
    meta = rule_info(corpus.pack)
    for fmt in FORMATS:
        text = render(report, fmt, rules=meta, root=str(path.parent))
        text.encode("utf-8")   # a report that cannot be written out is a crash too
    outcome.ended = "audited"
    return True


def cli_in_process(path: Path, out: Path, fmt: str, audited: bool, outcome: Outcome) -> None:
    from typer.testing import CliRunner

    from auditor.cli import app
    target = out / f"report.{fmt}"
    result = CliRunner().invoke(app, ["audit", str(path), "--format", fmt, "--output", str(target),
                                      "--fail-on", "never", "--workers", "1"])
    _judge_cli(result.exit_code, result.output, target, audited, outcome, "cli")
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        outcome.failures.append("crash")
        outcome.details.append("cli: " + "".join(traceback.format_exception(result.exception))[-1500:])


def cli_subprocess(path: Path, out: Path, audited: bool, outcome: Outcome, limit: float) -> None:
    import resource
    target = out / "report.md"
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    try:
        proc = subprocess.run([sys.executable, "-m", "auditor", "audit", str(path), "--format", "markdown",
                               "--output", str(target), "--fail-on", "never", "--workers", "1"],
                              capture_output=True, text=True, timeout=limit * WALL_FACTOR, cwd=path.parent)
    except subprocess.TimeoutExpired:
        outcome.failures.append("hang")
        outcome.details.append(f"subprocess: over {limit * WALL_FACTOR:.0f} s of wall-clock time")
        return
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    outcome.subprocess_cpu = cpu
    if cpu > limit + 2:   # start-up (about a second of imports) allowed for
        outcome.failures.append("hang")
        outcome.details.append(f"subprocess: {cpu:.1f} s of CPU")
    _judge_cli(proc.returncode, proc.stdout + proc.stderr, target, audited, outcome, "subprocess")


def _judge_cli(code: int, output: str, target: Path, audited: bool, outcome: Outcome, how: str) -> None:
    if code not in (0, 1, 2):
        outcome.failures.append("crash")
        outcome.details.append(f"{how}: exit {code}: {output[-800:]}")
    if "Traceback" in output or "internal error" in output:
        outcome.failures.append("traceback")
        outcome.details.append(f"{how}: {output[-1500:]}")
    if code == 2 and (target.exists() or list(target.parent.glob(".*.tmp"))):
        outcome.failures.append("partial-output")
        outcome.details.append(f"{how}: {target.name} written after exit 2")
    if code in (0, 1) and not target.exists():
        outcome.failures.append("partial-output")
        outcome.details.append(f"{how}: exit {code} but no {target.name}")
    if (code == 2) == audited and code in (0, 1, 2):
        outcome.disagreements += 1
        outcome.details.append(f"{how}: exit {code} where the library {'audited' if audited else 'refused'}")


def run_case(case: Case, space: Workspace, fmt: str = "json", subprocess_too: bool = False,
             limit: float = 10.0) -> Outcome:
    outcome = Outcome(case)
    path = space.write(case)
    start, cpu = time.monotonic(), cpu_seconds()
    audited = False
    try:
        with time_limit(limit):
            audited = library(path, outcome)
    except Hang:
        outcome.failures.append("hang")
        outcome.details.append(f"library: over {limit} s of CPU (or blocked)")
    except Exception as exc:   # noqa: BLE001 - a crash is what is looked for
        outcome.failures.append("crash")
        outcome.details.append("library: " + "".join(traceback.format_exception(exc))[-1500:])
    if "hang" not in outcome.failures:
        try:
            with time_limit(limit):
                cli_in_process(path, space.out, fmt, audited, outcome)
        except Hang:
            outcome.failures.append("hang")
            outcome.details.append(f"cli: over {limit} s of CPU (or blocked)")
    if subprocess_too:
        space.write(case)
        cli_subprocess(path, space.out, audited, outcome, limit)
    outcome.seconds = time.monotonic() - start
    outcome.cpu = cpu_seconds() - cpu
    return outcome


def environment() -> None:
    """Reports independent of the machine (no colour, a fixed width)."""
    os.environ.setdefault("NO_COLOR", "1")
    os.environ.setdefault("COLUMNS", "100")
