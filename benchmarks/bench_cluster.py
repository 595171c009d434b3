"""The audit on a Dask cluster against the one-machine engine, on generated corpora.

    python -m benchmarks.bench_cluster --sizes 10000 100000 --repeat 3 [--workers 2] [--ways engine local running] [--json]

For each size the corpus (benchmarks/synthetic.py, the seed of bench_audit) is generated
and loaded once, then three ways of auditing it run alternately, `--repeat` times each:

- engine s: `audit_corpus(corpus, workers=W)`, the one-machine engine with W processes;
- local s: `audit_corpus(corpus, cluster="local:W")`, as `auditor audit --cluster local:W`
  runs it: starting a LocalCluster of W worker processes, auditing, closing it;
- running s: the same on a LocalCluster of W workers started before the runs (a Client
  is passed), as on a real cluster whose workers are up already (they import the engine
  before the first run).

Every run's JSON report is compared with the engine's, byte for byte ("same": must be
yes). Medians over the repeats; ratios are against the engine. On this 2-core machine W
workers of either kind share the same two cores, so the cluster cannot be faster: what is
measured is its cost (sending the parts, merging the reports, starting workers), not a
speed-up. Loading the corpus is the same for all three and is not timed here
(bench_files.py times it).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = 20240601


def _warm() -> None:
    import auditor.engine.audit  # noqa: F401


WAYS = ("engine", "local", "running")


def run(sizes: list[int], repeat: int, workers: int, say, ways: tuple[str, ...] = WAYS) -> list[dict]:
    sys.path.insert(0, str(ROOT))
    from distributed import Client, LocalCluster

    import auditor
    from auditor.reporters import render
    from benchmarks.bench_audit import machine
    from benchmarks.synthetic import generate

    rows = []
    for size in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            synthetic = generate(size, SEED)
            corpus = auditor.load_records(synthetic.records, pack=synthetic.pack(Path(tmp) / "pack"))
            times: dict[str, list[float]] = {way: [] for way in ways}
            same = True
            reference = None
            local = client = None
            if "running" in ways:
                local = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                                     host="127.0.0.1", silence_logs=50)
                client = Client(local, set_as_default=False)
            try:
                if client is not None:
                    t = time.perf_counter()
                    client.run(_warm)   # the workers import the engine once, as a long-running cluster's have
                    say(f"{size:,}: warming the running cluster took {time.perf_counter() - t:.1f} s")
                for n in range(repeat):
                    for way in ways:
                        t = time.perf_counter()
                        if way == "engine":
                            report = auditor.audit_corpus(corpus, workers=workers)
                        elif way == "local":
                            report = auditor.audit_corpus(corpus, cluster=f"local:{workers}")
                        else:
                            report = auditor.audit_corpus(corpus, cluster=client)
                        took = time.perf_counter() - t
                        text = render(report, "json")
                        reference = text if reference is None else reference
                        same = same and text == reference
                        times[way].append(took)
                        say(f"{size:,} run {n + 1}: {way} {took:.1f} s")
            finally:
                if client is not None:
                    client.close()
                    local.close()
            med = {way: statistics.median(ts) for way, ts in times.items()}
            row = {"claims": size, "workers": workers, "repeat": repeat, "same": same}
            for way in ways:
                row[f"{way}_s"] = round(med[way], 2)
                if way != "engine" and "engine" in med:
                    row[f"{way}_ratio"] = round(med[way] / med["engine"], 2)
            rows.append({**row, "runs": {way: [round(x, 2) for x in ts] for way, ts in times.items()},
                         "findings": reference.count('"rule":') if reference else 0})
    return [{"machine": machine()}, *rows]


def table(rows: list[dict]) -> str:
    head = ("| claims | workers | engine s | local:W s (ratio) | running cluster s (ratio) | same report |\n"
            "|---:|---:|---:|---:|---:|---|")
    lines = [head]

    def cell(r: dict, way: str) -> str:
        if f"{way}_s" not in r:
            return "-"
        ratio = r.get(f"{way}_ratio")
        return f"{r[f'{way}_s']:.1f}" + (f" ({ratio:.2f}x)" if ratio is not None else "")

    for r in rows:
        lines.append(f"| {r['claims']:,} | {r['workers']} | {cell(r, 'engine')} | {cell(r, 'local')} | "
                     f"{cell(r, 'running')} | {'yes' if r['same'] else 'NO'} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000], help="claims per corpus")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each way per size (medians are reported)")
    parser.add_argument("--workers", type=int, default=2, help="engine processes, and cluster workers")
    parser.add_argument("--ways", nargs="+", choices=WAYS, default=list(WAYS),
                        help="which ways to time, alternately in this order (default: all three)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args(argv)
    out = run(args.sizes, args.repeat, args.workers, lambda s: print(s, file=sys.stderr, flush=True),
              tuple(args.ways))
    if args.json:
        print(json.dumps(out, indent=2))
    else:
        print(json.dumps(out[0]))
        print(table(out[1:]))
    return 0 if all(r["same"] for r in out[1:]) else 1


if __name__ == "__main__":
    sys.exit(main())
