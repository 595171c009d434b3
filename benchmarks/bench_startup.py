"""Start-up: how long the whole process takes for `auditor --help`, `import auditor`, the
seeds' `auditor validate`, the seed audit and one article's draft, each run many times in fresh processes
(medians; the machine is shared).

    python -m benchmarks.bench_startup                    # this checkout, 11 runs of each
    python -m benchmarks.bench_startup --repeat 21 --against ../other-checkout
    python -m benchmarks.bench_startup --importtime       # + the slowest imports of --help and the audit
    python -m benchmarks.bench_startup --stages           # + the seed audit's steps, CPU ms, in process

Each checkout is put first on PYTHONPATH and run as `python -m auditor`, so two checkouts
are timed with the same interpreter and packages; with --against the runs alternate, one
of each in turn, so that a slow spell of the machine falls on both.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The report goes to a file: an older auditor renames its temporary file onto the output,
# which replaced /dev/null itself with a regular file.
REPORT = Path(tempfile.gettempdir()) / f"auditor-bench-startup-{os.getpid()}.json"
COMMANDS = {
    "import auditor": ["-c", "import auditor"],
    "auditor --help": ["-m", "auditor", "--help"],
    "auditor validate (seeds)": ["-m", "auditor", "validate", "seeds"],
    "auditor audit (seeds, json)": ["-m", "auditor", "audit", "--format", "json", "-o", str(REPORT)],
    # one article drafted with a desk's large pack (4,365 metric patterns): what `auditor draft` and
    # `auditor check` cost a reporter for a single story
    "auditor draft (an article, the articles pack)": [
        "-m", "auditor", "draft", "benchmarks/corpora/articles/texts/01-nydn-nyc-shootings-2020-09-29.txt",
        "--rules", "benchmarks/corpora/articles/pack"],
}


def _env(checkout: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(checkout) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


def time_once(checkout: Path, args: list[str]) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + system, the process and the workers it waited
    for) of one run: on a shared machine the CPU figure moves less with the load."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen([sys.executable, *args], env=_env(checkout), cwd=checkout,
                                stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
        code = os.waitstatus_to_exitcode(status)
        if code not in (0, 1):
            err.seek(0)
            raise SystemExit(f"{' '.join(args)} in {checkout} exited {code}:\n"
                             f"{err.read().decode(errors='replace')[-2000:]}")
    return elapsed, usage.ru_utime + usage.ru_stime


# The seed audit's steps in one fresh process, each timed in CPU seconds as it first runs
# (imports in the order the audit needs them; what a step imports is charged to it), with the
# cycle collector and the libraries' settings as the CLI's run() gives them. load_pack reads
# the pack from the cache of earlier runs where the checkout keeps one (auditor/pack/cache.py):
# the timed runs come after a first one, as a user's do.
STAGES = r"""
import json, sys, time
from pathlib import Path
times, last = {}, time.process_time()
def step(name):
    global last
    now = time.process_time(); times[name] = now - last; last = now
import typer, auditor.cli; step("typer and the CLI")
# what the CLI's run() sets for its process (a checkout without these runs without them)
if hasattr(auditor.cli, "_process_environment"):
    import gc; gc.disable(); auditor.cli._process_environment()
import pydantic, typer._adapters, auditor.models; step("pydantic, typer's adapters, the models")
import ruamel.yaml, auditor.pack.model; step("ruamel.yaml and the pack's models")
import z3, numpy, highspy; step("z3, numpy, highspy")
import auditor.engine.audit, auditor.reporters; step("the engine, checks, loading, time reader")
from auditor import audit, load_claims, load_pack
from auditor.reporters import render, rule_info
pack = load_pack(None); step("load_pack")
corpus = load_claims(None, pack=pack); step("load_claims (seeds)")
report = audit(corpus=corpus, pack=pack); step("audit")
render(report, "json", rules=rule_info(pack), root="."); step("render json")
print(json.dumps(times))
"""


def stages(checkout: Path) -> dict[str, float]:
    proc = subprocess.run([sys.executable, "-c", STAGES], env=_env(checkout), cwd=checkout,
                          capture_output=True, text=True, check=True)
    return json.loads(proc.stdout.splitlines()[-1])


def slowest_imports(checkout: Path, args: list[str], top: int = 12) -> list[str]:
    """The modules whose own import (children excluded) took longest, grouped by top-level
    package outside auditor: `-X importtime`'s self times (which it inflates somewhat)."""
    proc = subprocess.run([sys.executable, "-X", "importtime", *args], env=_env(checkout), cwd=checkout,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    own: dict[str, int] = {}
    for line in proc.stderr.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            name = parts[2].strip()
            key = name if name.startswith("auditor") else name.split(".")[0]
            own[key] = own.get(key, 0) + int(parts[0].split(":")[1])
    total = sum(own.values())
    rows = sorted(own.items(), key=lambda item: -item[1])[:top]
    return [f"{us / 1000:8.1f} ms {name}" for name, us in rows] + [f"{total / 1000:8.1f} ms in all"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=11)
    parser.add_argument("--against", type=Path, help="another checkout, timed alternately with this one")
    parser.add_argument("--stages", action="store_true",
                        help="also time the seed audit's steps in process (CPU ms, medians of --repeat runs)")
    parser.add_argument("--importtime", action="store_true",
                        help="print the slowest imports of `auditor --help` and of the seed audit")
    args = parser.parse_args(argv)
    checkouts = [ROOT] + ([args.against.resolve()] if args.against else [])
    for checkout in checkouts:   # compile once, so that no timed run pays for it
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(checkout / "auditor")],
                       stdout=subprocess.DEVNULL, env=_env(checkout))
        for cmd in COMMANDS.values():
            time_once(checkout, cmd)
    times = {(c, name): [] for c in checkouts for name in COMMANDS}
    for _ in range(args.repeat):
        for name, cmd in COMMANDS.items():
            for checkout in checkouts:
                times[(checkout, name)].append(time_once(checkout, cmd))
    load = os.getloadavg()
    print(f"whole process, seconds: median (min-max) of {args.repeat} runs, wall and CPU (user + system); "
          f"load average at the end {load[0]:.1f}")
    header = f"{'command':<30}" + "".join(f"{(c.name or str(c))[:14] + ' wall':>24}{'CPU':>24}" for c in checkouts)
    print(header)
    for name in COMMANDS:
        row = f"{name:<30}"
        for checkout in checkouts:
            for ts in ([t[0] for t in times[(checkout, name)]], [t[1] for t in times[(checkout, name)]]):
                row += f"{statistics.median(ts):.3f} ({min(ts):.2f}-{max(ts):.2f})".rjust(24)
        print(row)
    REPORT.unlink(missing_ok=True)
    if args.stages:
        runs = {c: [] for c in checkouts}
        for _ in range(args.repeat):
            for checkout in checkouts:
                runs[checkout].append(stages(checkout))
        print(f"\nthe seed audit's steps in one process, CPU ms, median of {args.repeat} (alternating)")
        print(f"{'step':<45}" + "".join(f"{(c.name or str(c))[:14]:>16}" for c in checkouts))
        for name in runs[checkouts[0]][0]:
            print(f"{name:<45}" + "".join(f"{1000 * statistics.median(r.get(name, 0) for r in runs[c]):16.0f}"
                                          for c in checkouts))
        print(f"{'in all':<45}" + "".join(f"{1000 * statistics.median(sum(r.values()) for r in runs[c]):16.0f}"
                                          for c in checkouts))
    if args.importtime:
        for checkout in checkouts:
            for name in ("auditor --help", "auditor audit (seeds, json)"):
                print(f"\nslowest imports of `{name}` in {checkout} (own time, by package):")
                print("\n".join(slowest_imports(checkout, COMMANDS[name])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
