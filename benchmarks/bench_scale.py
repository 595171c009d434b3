"""How time and memory grow with the corpus: the CLI, whole process, from JSON Lines files on
disk at 10,000, 100,000 and 1,000,000 claims (issue 17, must-show 1 and 2).

    python -m benchmarks.bench_scale                               # 10,000 and 100,000 claims
    python -m benchmarks.bench_scale --sizes 1000000 --repeat 1 --no-engine
    python -m benchmarks.bench_scale --sizes 10000 --repeat 3 --against ../other-checkout

The corpora are bench_files' (benchmarks/synthetic.py, seed 1, one JSON Lines file with its
rule pack, written once under --dir). For each size, each run in a fresh process:

| column | what runs / what it is |
|---|---|
| validate s, CPU s | `python -m auditor validate FILE --rules PACK`: wall seconds, and user + system CPU seconds |
| audit s, CPU s | `python -m auditor audit FILE --rules PACK --format json -o REPORT --fail-on never --progress` |
| audit/validate | audit s / validate s (the target: at most 2) |
| to load, engine, write | inside that audit, from its --progress lines: start to the end of loading (imports, pack, claims), deciding blocks and building the report, writing it |
| load claims/s | claims / (validate s) |
| peak MB | the largest resident memory of the process and the workers it waited for (wait4's maxrss) |
| engine-only | in one process, `load_claims` then `audit_corpus` (bench_files' ENGINE), unless --no-engine |

Medians of --repeat runs; with --against the runs alternate between the checkouts (each one's
folder first on PYTHONPATH) and the reports' hashes are compared. The growth lines give, for
each step up in size, how many times longer each figure took per ten times the claims: 10.0
is time growing as fast as the corpus.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.bench_files import DEFAULT_DIR, ENGINE, _env, corpus_files, print_agreement

ROOT = Path(__file__).resolve().parent.parent
STAGE = re.compile(r"^auditor:\s+([\d.]+) s\s+(.*)$")


def run(checkout: Path, args: list[str]) -> dict:
    """Wall and CPU seconds, peak MB, stdout and stderr of one fresh process."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen([sys.executable, *args], env=_env(checkout), cwd=checkout, stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(errors="replace"), err.read().decode(errors="replace")
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        raise SystemExit(f"{' '.join(args)} in {checkout} exited {code}:\n{stderr[-3000:]}")
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "mb": usage.ru_maxrss / 1024,
            "stdout": stdout, "stderr": stderr}


def stages(stderr: str) -> dict[str, float]:
    """The audit's stages from its --progress lines: seconds from the start of the command
    to the end of loading, in deciding blocks and building the report, and in writing it."""
    marks = [(float(m[1]), m[2]) for m in map(STAGE.match, stderr.splitlines()) if m]
    at = {name.split(" of ")[0].split(",")[0]: t for t, name in marks}
    deciding = next((t for t, name in marks if name.startswith("deciding blocks")), None)
    writing, done = at.get("writing the report"), at.get("done")
    if deciding is None or writing is None or done is None:
        return {}
    return {"to_load_s": deciding, "engine_s": writing - deciding, "write_s": done - writing}


def measure(checkout: Path, claims: Path, pack: Path, scratch: Path, engine: bool, audit: bool = True) -> dict:
    report = scratch / f"report-{abs(hash(str(checkout)))}.json"
    v = run(checkout, ["-m", "auditor", "validate", str(claims), "--rules", str(pack)])
    found = re.match(r"(\d+) claims", v["stdout"])
    if not audit:
        return {"validate_s": v["wall"], "validate_cpu": v["cpu"], "validate_mb": v["mb"], "report": "-",
                "claims": int(found[1]) if found else None}
    a = run(checkout, ["-m", "auditor", "audit", str(claims), "--rules", str(pack), "--format", "json",
                       "-o", str(report), "--fail-on", "never", "--progress"])
    digest = hashlib.sha256(report.read_bytes()).hexdigest()[:16]
    report.unlink()
    out = {"validate_s": v["wall"], "validate_cpu": v["cpu"], "validate_mb": v["mb"], "audit_s": a["wall"],
           "audit_cpu": a["cpu"], "audit_mb": a["mb"], "report": digest, **stages(a["stderr"])}
    out["claims"] = int(found[1]) if found else None
    if engine:
        e = run(checkout, ["-c", ENGINE, str(claims), str(pack)])
        figures = json.loads(e["stdout"].strip().splitlines()[-1])
        out.update({"engine_only_load_s": figures["load_s"], "engine_only_s": figures["engine_s"],
                    "engine_only_mb": e["mb"]})
    return out


def summary(runs: list[dict]) -> dict:
    med = {k: statistics.median(r[k] for r in runs) for k in runs[0] if isinstance(runs[0][k], float)}
    med["claims"] = runs[0]["claims"]
    med["reports"] = sorted({r["report"] for r in runs})
    med["runs"] = len(runs)
    return med


def _f(m: dict, key: str, fmt: str = "{:.1f}") -> str:
    return fmt.format(m[key]) if key in m else "-"


def table(rows: list[tuple[str, int, dict]]) -> str:
    lines = ["| checkout | claims | validate s (CPU s) | audit s (CPU s) | audit/validate | in the audit: to load, "
             "engine, write s | load claims/s | peak MB validate / audit | engine-only: load s, engine s | report |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|"]
    for name, size, m in rows:
        if "audit_s" not in m:
            lines.append(f"| {name} | {size:,} | {m['validate_s']:.1f} ({m['validate_cpu']:.1f}) | - | - | - | "
                         f"{size / m['validate_s']:,.0f} | {m['validate_mb']:,.0f} / - | - | - |")
            continue
        engine = f"{_f(m, 'engine_only_load_s')}, {_f(m, 'engine_only_s')}" if "engine_only_s" in m else "-"
        lines.append(f"| {name} | {size:,} | {m['validate_s']:.1f} ({m['validate_cpu']:.1f}) | {m['audit_s']:.1f} "
                     f"({m['audit_cpu']:.1f}) | {m['audit_s'] / m['validate_s']:.1f} | {_f(m, 'to_load_s')}, "
                     f"{_f(m, 'engine_s')}, {_f(m, 'write_s')} | {size / m['validate_s']:,.0f} | "
                     f"{m['validate_mb']:,.0f} / {m['audit_mb']:,.0f} | {engine} | {', '.join(m['reports'])} |")
    return "\n".join(lines)


def growth(rows: list[tuple[str, int, dict]]) -> list[str]:
    """For each checkout and each step up in size: each figure's ratio, per ten times the claims."""
    out = []
    for name in dict.fromkeys(r[0] for r in rows):
        mine = sorted((size, m) for n, size, m in rows if n == name)
        for (small, a), (big, b) in zip(mine, mine[1:]):
            decades = math.log10(big / small)
            parts = [f"{key} x{(b[key] / a[key]) ** (1 / decades):.1f}" for key in
                     ("validate_s", "validate_cpu", "audit_s", "audit_cpu", "to_load_s", "engine_s", "audit_mb")
                     if a.get(key) and b.get(key)]
            out.append(f"{name}: {small:,} -> {big:,} claims, per ten times the claims: " + ", ".join(parts))
    return out


def _stage_line(m: dict) -> str:
    return ", ".join(f"{k.removesuffix('_s')} {m[k]:.1f} s" for k in ("to_load_s", "engine_s", "write_s",
                                                                     "engine_only_load_s", "engine_only_s") if k in m)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--against", type=Path, help="another checkout, run alternately with this one")
    parser.add_argument("--no-engine", action="store_true", help="skip the engine-only run (it doubles the time)")
    parser.add_argument("--validate-only", action="store_true", help="only `auditor validate` (loading)")
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR, help=f"where the corpora are kept ({DEFAULT_DIR})")
    parser.add_argument("--json", action="store_true", help="print every run as JSON too")
    args = parser.parse_args(argv)
    checkouts = [ROOT] + ([args.against.resolve()] if args.against else [])
    rows, everything = [], {}
    with tempfile.TemporaryDirectory(prefix="auditor-bench-scale-") as scratch:
        for size in args.sizes:
            claims, pack = corpus_files(size, args.dir)
            runs: dict[Path, list[dict]] = {c: [] for c in checkouts}
            for i in range(args.repeat):
                for checkout in checkouts:
                    m = measure(checkout, claims, pack, Path(scratch), engine=not (args.no_engine or args.validate_only),
                                audit=not args.validate_only)
                    runs[checkout].append(m)
                    print(f"{size:>9,} claims, run {i + 1}, {checkout}: validate {m['validate_s']:.1f} s "
                          f"({m['validate_cpu']:.1f} CPU, {m['validate_mb']:,.0f} MB)"
                          + (f", audit {m['audit_s']:.1f} s ({m['audit_cpu']:.1f} CPU), peak {m['audit_mb']:,.0f} MB, "
                             f"{_stage_line(m)}" if "audit_s" in m else ""),
                          file=sys.stderr, flush=True)
            for checkout in checkouts:
                rows.append((checkout.name or str(checkout), size, summary(runs[checkout])))
                everything[f"{checkout}:{size}"] = runs[checkout]
    load = os.getloadavg()
    print(f"medians of {args.repeat} runs; {os.cpu_count()} CPUs; Python {sys.version.split()[0]}; "
          f"load average at the end {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}")
    print(table(rows))
    for line in growth(rows):
        print(line)
    print_agreement(rows, args.sizes, len(checkouts))
    if args.json:
        print(json.dumps(everything, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
