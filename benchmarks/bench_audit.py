"""How fast the audit runs on large synthetic corpora, and whether it is still right.

    python -m benchmarks.bench_audit --sizes 1000 10000 --repeat 3 [--json] [--timeout 900]
                                     [--blocks] [--profile] [--stages] [--collector-on] [--workers 1]

Each run (one size, one repeat) happens in a fresh process started with `spawn`, so its
peak resident memory (getrusage maxrss) is its own: interpreter, generator, corpus and
audit together. The corpus describes an invented region (one city per 200 claims), so the
run writes its own rule pack to a temporary folder: the repository's metrics, qualifiers,
rounding and checks with the generated places.yaml. Reported per size, as medians over
the repeats:

- gen s: benchmarks.synthetic.generate (not part of the audit)
- pack s: writing and loading the run's rule pack (not part of the audit)
- load s: auditor.load_records (validation of every record, as for a claim file)
- audit s: auditor.audit_corpus
- cpu s: the run's own processor seconds for the audit (the whole audit's with `--workers 1`,
  which decides every block in the run's process: claims per CPU second comparable with
  `python -m benchmarks.eval_corpus CORPUS --workers 1` on real claims)
- claims/s: claims / (load s + audit s)
- peak MB: the run's maxrss; wkr MB: the largest maxrss of its worker processes
- audit/load: how many times longer the audit takes than loading
- planted found: planted contradictions that appear in some tension (x/y; must be y/y)
- false tensions: tensions whose minimal set holds no planted claim (must be 0)
- planted suspected / first (in --json): planted claims among some tension's suspects, and
  named first

The generator is benchmarks/synthetic.py; see benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing
import os
import platform
import statistics
import sys
import tempfile
import time
from collections import Counter

SEED = 20240601


def machine() -> dict:
    """Where the figures were measured."""
    model = "unknown"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count()
    try:
        import z3
        z3_version = z3.get_version_string()
    except ImportError:
        z3_version = None
    try:
        from auditor.engine.relaxation import new_highs
        highs_version = new_highs().version()
    except ImportError:
        highs_version = None
    return {"nproc": usable, "cpu": model, "python": platform.python_version(),
            "implementation": platform.python_implementation(), "z3": z3_version,
            "highs": highs_version, "platform": platform.platform()}


def block_sizes(corpus) -> list[int] | None:
    """Claims per independent solver block (first scenario), from engine internals; None if they moved."""
    try:
        from auditor.engine.audit import _blocks
        from auditor.engine.compile import build_atoms, compile_claims
        from auditor.engine.scenarios import resolve_scenario, scenarios
        scenario = scenarios(corpus)[0]
        compiled = compile_claims(resolve_scenario(corpus, scenario), corpus.pack)
        quantities = set()
        for c in compiled:
            quantities |= c.quantities
        return sorted((len(claims) for claims, _ in _blocks(compiled, build_atoms(quantities, corpus.pack))),
                      reverse=True)
    except Exception:  # noqa: BLE001 - a diagnostic only; the engine's internals may change
        return None


STAGES = {   # module: functions whose time --stages reports (the audit's own names for its steps)
    "auditor.engine.audit": ["resolve_scenario", "compile_claims", "build_atoms", "_blocks",
                             "consistent_blocks", "settled", "_analyse_one"],
    "auditor.engine.report": ["build_report"],
}


def _time_stages() -> dict:
    """Wrap the audit's steps to add up their time; returns the running totals."""
    import importlib

    import auditor.checks as checks

    totals: dict[str, list] = {}

    def timed(name, f):
        def run(*args, **kwargs):
            t = time.perf_counter()
            try:
                return f(*args, **kwargs)
            finally:
                entry = totals.setdefault(name, [0.0, 0])
                entry[0] += time.perf_counter() - t
                entry[1] += 1
        return run

    for module, names in STAGES.items():
        mod = importlib.import_module(module)
        for name in names:
            setattr(mod, name, timed(name, getattr(mod, name)))
    for kind, f in list(checks.SCENARIO_CHECKS.items()):
        checks.SCENARIO_CHECKS[kind] = timed(f"check {kind}", f)
    _time_highs(totals)
    return totals


def _time_highs(totals: dict) -> None:
    """Add up the time of every HiGHS solve (spent inside the steps above), linear and
    whole-number apart, keep the slowest (one pathological program can cost more than
    thousands of ordinary ones), and count z3's checks. Works on the engine of earlier
    commits too, so that counts can be compared across them."""
    import highspy

    import auditor.engine.solver as solver
    try:
        from auditor.engine.relaxation import new_highs
        highs = type(new_highs())
    except ImportError:   # before 2026-11-29 programs were made from highspy.Highs
        highs = highspy.Highs
    original = highs.run

    def add(name: str, took: float) -> None:
        entry = totals.setdefault(name, [0.0, 0])
        entry[0] += took
        entry[1] += 1

    def run(self):
        t = time.perf_counter()
        try:
            return original(self)
        finally:
            took = time.perf_counter() - t
            whole = self.getInfo().mip_node_count >= 0   # a linear program has no nodes
            add("HiGHS whole-number solves" if whole else "HiGHS linear solves", took)
            slowest = totals.setdefault("the slowest HiGHS solve", [0.0, 1])
            slowest[0] = max(slowest[0], took)

    highs.run = run
    check = solver._check

    def counted(*args, **kwargs):
        t = time.perf_counter()
        try:
            return check(*args, **kwargs)
        finally:
            add("z3 checks", time.perf_counter() - t)

    solver._check = counted


def run_once(size: int, seed: int, rate: float, profile: bool, blocks: bool, collector_on: bool = False,
             stages: bool = False, one_worker: bool = False) -> dict:
    """Generate, load and audit one corpus; runs in its own process. `collector_on`: keep
    Python's cycle collector running while loading and auditing (which pause it), to
    measure what the pause saves."""
    import resource

    import auditor
    from benchmarks.synthetic import generate

    if collector_on:
        import contextlib

        import auditor.collector
        auditor.collector.paused = contextlib.nullcontext

    t0 = time.perf_counter()
    synthetic = generate(size, seed, rate)
    planted = set(synthetic.planted)
    t1 = time.perf_counter()
    folder = tempfile.TemporaryDirectory(prefix="auditor-bench-")   # the run's own pack: its places
    pack = synthetic.pack(folder.name)
    t2 = time.perf_counter()
    corpus = auditor.load_records(synthetic.records, pack=pack)
    t3 = time.perf_counter()
    cpu3 = time.process_time()
    totals = _time_stages() if stages else None
    profiler = None
    if profile:
        import cProfile
        profiler = cProfile.Profile()
        profiler.enable()
    # profiled runs decide every block in this process, so the profile sees the solver's work
    report = auditor.audit_corpus(corpus, workers=1 if profile or stages or one_worker else None)
    if profiler is not None:
        profiler.disable()
    t4 = time.perf_counter()
    cpu4 = time.process_time()
    import gc
    # the audit pauses the collector throughout: what it left for the collector, in cycles
    # (loading included), is all that running the collector would have freed sooner
    cycles_left = gc.collect()
    tensions = [f for f in report.findings if f.kind == "tension"]
    in_tension = {cid for f in tensions for cid in f.claims}
    false = [f for f in tensions if not set(f.claims) & planted]
    out = {
        "size": size, "seed": seed, "generate_s": t1 - t0, "pack_s": t2 - t1, "load_s": t3 - t2, "audit_s": t4 - t3,
        # this process's processor time for the audit: all of its work with --workers 1
        "audit_cpu_s": cpu4 - cpu3,
        # the run's own peak plus the largest peak of the worker processes deciding blocks
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "workers_peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        "planted": len(planted), "planted_found": len(planted & in_tension),
        "planted_missed": sorted(planted - in_tension)[:20],
        # planted claims named among the suspects of a tension (every tension's suspects, in order)
        "planted_suspected": len(planted & {s.claim for f in tensions for s in getattr(f, "suspects", ())}),
        "planted_first": len(planted & {f.suspects[0].claim for f in tensions if getattr(f, "suspects", ())}),
        "false_tensions": len(false),
        "false_examples": [{"claims": list(f.claims), "strength": f.strength, "message": f.message} for f in false[:5]],
        "findings": dict(sorted(Counter(f.kind + (f"/{f.strength}" if f.strength else "") for f in report.findings).items())),
        # implied ranges whose whole-number tightening ran out of its time budget (true, maybe loose)
        "implied_inexact": sum(1 for f in report.findings if f.kind == "implied" and f.evidence.get("exact") is False),
        "cycles_left": cycles_left,
        # the whole JSON report, hashed: a change that should not move any finding must not move this
        "report_sha256": hashlib.sha256(report.model_dump_json().encode()).hexdigest()[:16],
    }
    if blocks:
        sizes = block_sizes(corpus)
        if sizes is not None:
            out["blocks"] = {"count": len(sizes), "largest": sizes[:5], "median": statistics.median(sizes),
                             "mean": round(statistics.fmean(sizes), 1),
                             "p90": sizes[len(sizes) // 10], "single": sum(1 for n in sizes if n == 1)}
    if profiler is not None:
        import io
        import pstats
        text = io.StringIO()
        stats = pstats.Stats(profiler, stream=text)
        stats.sort_stats("tottime").print_stats(25)
        stats.sort_stats("cumulative").print_stats(40)
        out["profile"] = text.getvalue()
    if totals is not None:
        out["stages"] = {name: {"s": round(sec, 2), "calls": n} for name, (sec, n) in
                         sorted(totals.items(), key=lambda kv: -kv[1][0])}
    folder.cleanup()
    return out


def _child(conn, *args) -> None:
    try:
        conn.send(run_once(*args))
    except BaseException as exc:  # noqa: BLE001 - reported to the parent, which decides
        conn.send({"error": f"{type(exc).__name__}: {exc}"})
    finally:
        conn.close()


def run_isolated(size: int, seed: int, rate: float, timeout: float, profile: bool, blocks: bool,
                 collector_on: bool = False, stages: bool = False, one_worker: bool = False) -> dict:
    """run_once in a fresh spawned process; a run past `timeout` seconds is stopped and marked."""
    ctx = multiprocessing.get_context("spawn")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(child, size, seed, rate, profile, blocks, collector_on, stages, one_worker))
    proc.start()
    child.close()
    result = {"error": f"timed out after {timeout:g} s"}
    if parent.poll(timeout):
        try:
            result = parent.recv()
        except EOFError:
            result = {"error": f"the run died (exit code {proc.exitcode})"}
    proc.join(5)
    if proc.is_alive():
        proc.terminate()
        proc.join()
    if "error" in result:
        result.update(size=size, seed=seed)
    return result


def summarise(runs: list[dict]) -> dict:
    ok = [r for r in runs if "error" not in r]
    size = runs[0]["size"]
    if not ok:
        return {"size": size, "runs": len(runs), "error": runs[0]["error"]}

    def med(key: str) -> float:
        return statistics.median(r[key] for r in ok)

    load, audit = med("load_s"), med("audit_s")
    summary = {
        "size": size, "runs": len(ok), "generate_s": med("generate_s"), "pack_s": med("pack_s"), "load_s": load, "audit_s": audit,
        "audit_cpu_s": med("audit_cpu_s"),
        "claims_per_cpu_s": size / med("audit_cpu_s") if med("audit_cpu_s") else None,
        "claims_per_s": size / (load + audit) if load + audit else None,
        "peak_mb": med("peak_mb"), "workers_peak_mb": med("workers_peak_mb"), "audit_load_ratio": audit / load if load else None,
        "planted": min(r["planted"] for r in ok), "planted_found": min(r["planted_found"] for r in ok),
        "false_tensions": max(r["false_tensions"] for r in ok), "findings": ok[0]["findings"],
        "planted_suspected": min(r.get("planted_suspected", 0) for r in ok),
        "planted_first": min(r.get("planted_first", 0) for r in ok),
        "implied_inexact": ok[0].get("implied_inexact"), "cycles_left": ok[0].get("cycles_left"),
        "report_sha256": ok[0].get("report_sha256"),
    }
    for key in ("blocks", "planted_missed", "false_examples"):
        if ok[0].get(key):
            summary[key] = ok[0][key]
    if len(ok) < len(runs):
        summary["failed_runs"] = [r["error"] for r in runs if "error" in r]
    return summary


def table(summaries: list[dict]) -> str:
    head = f"{'claims':>8} {'gen s':>7} {'pack s':>7} {'load s':>8} {'audit s':>9} {'cpu s':>7} {'claims/s':>9} {'peak MB':>8} {'wkr MB':>7} " \
           f"{'audit/load':>10} {'planted found':>13} {'false':>6}"
    lines = [head, "-" * len(head)]
    for s in summaries:
        if "error" in s:
            lines.append(f"{s['size']:>8} {s['error']}")
            continue
        lines.append(f"{s['size']:>8} {s['generate_s']:>7.2f} {s['pack_s']:>7.2f} {s['load_s']:>8.2f} {s['audit_s']:>9.2f} {s['audit_cpu_s']:>7.2f} "
                     f"{s['claims_per_s']:>9.0f} {s['peak_mb']:>8.0f} {s['workers_peak_mb']:>7.0f} {s['audit_load_ratio']:>10.1f} "
                     f"{s['planted_found']:>6}/{s['planted']:<6} {s['false_tensions']:>6}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_audit", description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000], help="claims per corpus")
    parser.add_argument("--repeat", type=int, default=1, help="runs per size (medians are reported)")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--rate", type=float, default=0.01, help="share of claims planted as contradictions")
    parser.add_argument("--timeout", type=float, default=1800, help="seconds before a run is stopped")
    parser.add_argument("--profile", action="store_true", help="cProfile the audit in one more run per size (on one process)")
    parser.add_argument("--stages", action="store_true",
                        help="time the audit's steps in one more run per size (on one process)")
    parser.add_argument("--blocks", action="store_true", help="report the sizes of the solver's blocks")
    parser.add_argument("--collector-on", action="store_true",
                        help="keep Python's cycle collector on (the audit pauses it): what the pause saves")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--workers", type=int, choices=[1], default=None,
                        help="1: audit in the run's own process, so that its CPU seconds (audit cpu s) are the "
                             "whole audit's, comparable with eval_corpus --workers 1 on real claims")
    args = parser.parse_args(argv)

    info = machine()
    if not args.json:
        print(f"machine: {info['nproc']} CPUs, {info['cpu']}; {info['implementation']} {info['python']}; "
              f"z3 {info['z3']}, HiGHS {info['highs']}")
        print(f"medians over {args.repeat} run(s) per size, seed {args.seed}, contradiction rate {args.rate}")
        print(table([]), flush=True)
    summaries = []
    for size in args.sizes:
        runs = [run_isolated(size, args.seed + i, args.rate, args.timeout, False, args.blocks and i == 0,
                             args.collector_on, one_worker=args.workers == 1)
                for i in range(args.repeat)]
        summary = summarise(runs)
        if args.profile:   # a separate run: the profiler's overhead stays out of the timings
            profiled = run_isolated(size, args.seed, args.rate, args.timeout, True, False)
            summary["profile"] = profiled.get("profile") or profiled.get("error")
        if args.stages:   # a separate run on one process, so that the steps in workers are seen
            staged = run_isolated(size, args.seed, args.rate, args.timeout, False, False, args.collector_on, True)
            summary["stages"] = staged.get("stages") or staged.get("error")
            summary["stages_audit_s"] = staged.get("audit_s")
            summary["stages_cycles_left"] = staged.get("cycles_left")
        summaries.append(summary)
        if args.json:   # progress, so that a stopped benchmark still leaves its figures
            print(json.dumps({k: v for k, v in summary.items() if k != "profile"}, default=str), file=sys.stderr,
                  flush=True)
        else:
            print(table([summary]).splitlines()[-1], flush=True)
    correct = all("error" not in s and s["planted_found"] == s["planted"] and s["false_tensions"] == 0
                  for s in summaries)
    if args.json:
        print(json.dumps({"machine": info, "results": summaries, "correct": correct}, indent=2, default=str))
    else:
        for s in summaries:
            if "blocks" in s:
                b = s["blocks"]
                print(f"{s['size']} claims: {b['count']} blocks of claims, largest {b['largest']}, "
                      f"90th percentile {b['p90']}, median {b['median']}, mean {b['mean']}, "
                      f"{b['single']} of a single claim")
            if s.get("findings"):
                print(f"{s['size']} claims: findings {s['findings']}; implied ranges not tightened within the limits: "
                      f"{s.get('implied_inexact')}; objects in cycles left for the collector: {s.get('cycles_left')}; "
                      f"report sha256 {s.get('report_sha256')} (the first run's)")
            for ex in s.get("false_examples", []):
                print(f"  false tension ({ex['strength']}): {', '.join(ex['claims'])}: {ex['message']}")
            if s.get("planted_missed"):
                print(f"  planted but not found: {', '.join(s['planted_missed'])}")
            if "profile" in s:
                print(f"\nprofile of the audit, {s['size']} claims:\n{s['profile']}")
            if isinstance(s.get("stages"), dict):
                print(f"\nsteps of the audit on one process, {s['size']} claims ({s['stages_audit_s']:.1f} s in all; "
                      f"objects in cycles left for the collector: {s.get('stages_cycles_left')}):")
                for name, v in s["stages"].items():
                    print(f"  {name:<32} {v['s']:>8.2f} s  {v['calls']:>7} calls")
        print("correct" if correct else "NOT CORRECT: see above")
    return 0 if correct else 1


if __name__ == "__main__":
    sys.exit(main())
