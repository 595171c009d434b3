"""The long fuzz run: claim files from tests/fuzz/strategies.py through the library and the CLI.

    python -m tests.fuzz --cases 10000 [--seed 16] [--jobs 3] [--subprocess-every 100] [--limit 10] [--save DIR]

Prints the cases tried and, for each kind of failure (crash, hang over the limit, CLI traceback,
partial report file), how many cases showed it; saves each failing case with its recipe and
what happened under --save; exits 1 when any case failed. Each case is loaded, audited and
rendered in every format by the library, audited by the CLI in-process (typer's CliRunner,
-o to a file, the format rotating), and every Nth also by `python -m auditor` in a subprocess.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, seed, settings

from tests.fuzz.runner import FORMATS, Outcome, Workspace, environment, run_case
from tests.fuzz.strategies import claim_files

KINDS = ("crash", "hang", "traceback", "partial-output")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.fuzz", description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--subprocess-every", type=int, default=100, help="also run every Nth case in a subprocess")
    parser.add_argument("--limit", type=float, default=10.0, help="seconds of processor time a case may take (a hang "
                        "past it; blocked: past 12 times as long of wall-clock time)")
    parser.add_argument("--save", type=Path, default=Path(tempfile.gettempdir()) / "auditor-fuzz")
    parser.add_argument("--json", type=Path, help="write the figures here as JSON too")
    parser.add_argument("--jobs", type=int, default=1, help="split the cases over this many processes "
                        "(seeds SEED, SEED+1, ...), and add up their figures")
    args = parser.parse_args(argv)
    if args.jobs > 1:
        return in_parallel(args)
    environment()
    space = Workspace(Path(tempfile.mkdtemp(prefix="auditor-fuzz-")))
    args.save.mkdir(parents=True, exist_ok=True)
    outcomes: list[Outcome] = []
    started = time.monotonic()

    @seed(args.seed)
    @settings(max_examples=args.cases, database=None, deadline=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(claim_files())
    def fuzz(case):
        n = len(outcomes)
        outcome = run_case(case, space, fmt=FORMATS[n % len(FORMATS)],
                           subprocess_too=args.subprocess_every > 0 and n % args.subprocess_every == 0,
                           limit=args.limit)
        outcomes.append(outcome)
        if outcome.failures:
            stem = args.save / f"case-{n:05d}"
            (stem.with_suffix(Path(case.name).suffix)).write_bytes(case.data)
            stem.with_suffix(".txt").write_text(f"{case.recipe}\n{sorted(set(outcome.failures))}\n\n"
                                                + "\n\n".join(outcome.details), encoding="utf-8")
        if len(outcomes) % 500 == 0:
            print(f"  {len(outcomes)} cases, {time.monotonic() - started:.0f} s, "
                  f"{sum(1 for o in outcomes if o.failures)} failing", file=sys.stderr, flush=True)

    fuzz()
    wall = time.monotonic() - started
    figures = summarise(outcomes, wall, args)
    for line in describe(figures):
        print(line)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 1 if any(figures["failures"][k] for k in KINDS) else 0


def in_parallel(args) -> int:
    """The run split over `args.jobs` processes, each with its own seed and share of the cases."""
    import subprocess

    folder = Path(tempfile.mkdtemp(prefix="auditor-fuzz-jobs-"))
    shares = [args.cases // args.jobs + (k < args.cases % args.jobs) for k in range(args.jobs)]
    started = time.monotonic()
    procs = [subprocess.Popen([sys.executable, "-m", "tests.fuzz", "--cases", str(n), "--seed", str(args.seed + k),
                               "--subprocess-every", str(args.subprocess_every), "--limit", str(args.limit),
                               "--save", str(args.save / f"job-{k}"), "--json", str(folder / f"{k}.json")],
                              stdout=subprocess.DEVNULL)
             for k, n in enumerate(shares)]
    for proc in procs:
        proc.wait()
    parts = [json.loads((folder / f"{k}.json").read_text(encoding="utf-8")) for k in range(args.jobs)]
    figures = {
        "command": f"python -m tests.fuzz --cases {args.cases} --seed {args.seed} --jobs {args.jobs} "
                   f"--subprocess-every {args.subprocess_every} --limit {args.limit:g}",
        **{key: sum(p[key] for p in parts) for key in ("cases", "audited", "input_errors", "subprocess_cases",
                                                      "unlocated_problems", "cases_with_unlocated_problems",
                                                      "cli_library_disagreements")},
        "failures": {k: sum(p["failures"][k] for p in parts) for k in KINDS},
        "unlocated_kinds": dict(sum((Counter(p["unlocated_kinds"]) for p in parts), Counter()).most_common(8)),
        "cpu_seconds": {k: max(p["cpu_seconds"][k] for p in parts) if k != "median_case"
                        else round(statistics.median(p["cpu_seconds"][k] for p in parts), 3)
                        for k in ("median_case", "p99_case", "max_case", "max_subprocess")},
        "seconds": {"wall": round(time.monotonic() - started, 1),
                    "median_case": round(statistics.median(p["seconds"]["median_case"] for p in parts), 3),
                    "p99_case": max(p["seconds"]["p99_case"] for p in parts),
                    "max_case": max(p["seconds"]["max_case"] for p in parts)},
        "saved": str(args.save),
    }
    for line in describe(figures):
        print(line)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 1 if any(figures["failures"][k] for k in KINDS) or any(p.returncode not in (0, 1) for p in procs) else 0


def summarise(outcomes: list[Outcome], wall: float, args) -> dict:
    times = sorted(o.seconds for o in outcomes)
    cpu = sorted(o.cpu for o in outcomes)
    spawned = sorted(o.subprocess_cpu for o in outcomes if o.subprocess_cpu)
    by_kind = Counter(k for o in outcomes for k in set(o.failures))
    return {
        "command": f"python -m tests.fuzz --cases {args.cases} --seed {args.seed} "
                   f"--subprocess-every {args.subprocess_every} --limit {args.limit:g}",
        "cases": len(outcomes),
        "audited": sum(1 for o in outcomes if o.ended == "audited"),
        "input_errors": sum(1 for o in outcomes if o.ended == "input-error"),
        "subprocess_cases": sum(1 for n in range(len(outcomes)) if args.subprocess_every and n % args.subprocess_every == 0),
        "failures": {k: by_kind.get(k, 0) for k in KINDS},
        "unlocated_problems": sum(o.unlocated for o in outcomes),
        "cases_with_unlocated_problems": sum(1 for o in outcomes if o.unlocated),
        "unlocated_kinds": dict(Counter(c for o in outcomes for c in o.unlocated_codes).most_common(8)),
        "cli_library_disagreements": sum(o.disagreements for o in outcomes),
        "seconds": {"wall": round(wall, 1), "median_case": round(statistics.median(times), 3) if times else 0,
                    "p99_case": round(times[int(len(times) * 0.99)], 3) if times else 0,
                    "max_case": round(times[-1], 2) if times else 0},
        "cpu_seconds": {"median_case": round(statistics.median(cpu), 3) if cpu else 0,
                        "p99_case": round(cpu[int(len(cpu) * 0.99)], 3) if cpu else 0,
                        "max_case": round(cpu[-1], 2) if cpu else 0,
                        "max_subprocess": round(spawned[-1], 2) if spawned else 0},
        "saved": str(args.save),
    }


def describe(f: dict) -> list[str]:
    fails = f["failures"]
    return [
        f"{f['cases']} cases ({f['audited']} audited, {f['input_errors']} refused with input errors; "
        f"{f['subprocess_cases']} also in a subprocess) in {f['seconds']['wall']} s",
        f"crashes {fails['crash']}, hangs over the limit {fails['hang']}, CLI tracebacks {fails['traceback']}, "
        f"partial report files {fails['partial-output']}",
        f"per case (wall-clock): median {f['seconds']['median_case']} s, 99th percentile {f['seconds']['p99_case']} s, "
        f"longest {f['seconds']['max_case']} s",
        f"per case (CPU): median {f['cpu_seconds']['median_case']} s, 99th percentile "
        f"{f['cpu_seconds']['p99_case']} s, longest {f['cpu_seconds']['max_case']} s; longest subprocess "
        f"{f['cpu_seconds']['max_subprocess']} s",
        f"input errors without a line: {f['unlocated_problems']} in {f['cases_with_unlocated_problems']} cases; "
        f"CLI and library disagreeing: {f['cli_library_disagreements']}",
        *(f"  unlocated {n}x {kind}" for kind, n in f["unlocated_kinds"].items()),
        f"failing cases saved under {f['saved']}" if any(fails.values()) else "no failing case",
    ]


if __name__ == "__main__":
    sys.exit(main())
