"""Chains of monthly percentage changes: how long the audit takes, and whether it finds the conflict.

    python -m benchmarks.bench_chains [--lengths 8 10 50 200] [--repeat 3] [--json] [--against PATH]

A chain is one city's count for consecutive months: the first month's figure, then each
month "up (or down) x%" from the month before, x written to one decimal as a reporter
rounds it (so each change is an interval, not a point), all true of a hidden series. The
consistent corpus is that alone; the conflicting one adds the last month's figure, stated
far from what the chain allows (issue 16: 50 consistent changes took 32 s, 200 over a
minute; 8 changes with one conflicting figure 8 s, 10 took 34 to 43 s).

Each run audits in this process (one worker: a chain is one block) and reports, per
length, the median seconds over the repeats of load + audit, the verdict (tensions found,
the first suspect), and whether any solver question ran out of its budget (`undetermined`
findings). `--against PATH` runs the same corpora with the auditor package found at PATH
(a checkout of another commit), alternating with this one, and prints both medians.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import time
from datetime import date
from fractions import Fraction

CITY = "kansas-city-mo"
METRIC = "homicides"
FIRST = date(2003, 1, 1)
SEED = 16


def _month(i: int) -> date:
    year, month = divmod(FIRST.month - 1 + i, 12)
    return date(FIRST.year + year, month + 1, 1)


def _label(d: date) -> str:
    return f"{d.year}-{d.month:02d}"


def series(length: int, seed: int = SEED) -> list[int]:
    """length + 1 true monthly counts, each within a quarter of the one before."""
    rng = random.Random(seed)
    out = [rng.randint(200, 400)]
    for _ in range(length):
        step = rng.uniform(-0.25, 0.25)
        nxt = max(50, round(out[-1] * (1 + step)))
        out.append(nxt if nxt != out[-1] else nxt + 1)   # every month changes: a change of 0.0% reads oddly
    return out


def chain(length: int, conflict: bool = False, seed: int = SEED) -> dict:
    """Records for auditor.load_records: the first month's figure and `length` monthly
    percentage changes, true of one series, from a police dataset; with `conflict`, the last
    month's figure as well, at three times its true value, in a news story (claim id
    'conflict': a reporter's figure costs less to doubt than any of the dataset's changes,
    rules/suspicion.yaml, so it is the culprit)."""
    counts = series(length, seed)
    published = _month(length + 1).isoformat()
    source = {"id": "kcpd-monthly", "title": "Homicides by month", "publisher": "Kansas City Police Department",
              "kind": "dataset", "published": published}
    news = {"id": "chain-news", "title": "Homicides last month", "publisher": "The Chain Gazette",
            "published": published}
    claims = [{"id": "m000", "source": source["id"], "metric": METRIC, "place": CITY,
               "period": _label(_month(0)), "value": str(counts[0]), "attribution": "reporter",
               "quote": f"{counts[0]} homicides in {_label(_month(0))}"}]
    for i in range(1, length + 1):
        now, then = counts[i], counts[i - 1]
        pct = Fraction(abs(now - then) * 100, then)
        shown = f"{float(pct):.1f}"
        phrase = f"{'up' if now > then else 'down'} {shown}%"
        claims.append({"id": f"m{i:03d}", "source": source["id"], "metric": METRIC, "place": CITY,
                       "period": _label(_month(i)), "change": {"phrase": phrase, "base": _label(_month(i - 1))},
                       "attribution": "reporter",
                       "quote": f"homicides {phrase} in {_label(_month(i))} from {_label(_month(i - 1))}"})
    if conflict:
        wrong = counts[-1] * 3
        claims.append({"id": "conflict", "source": news["id"], "metric": METRIC, "place": CITY,
                       "period": _label(_month(length)), "value": str(wrong), "attribution": "reporter",
                       "quote": f"{wrong} homicides in {_label(_month(length))}"})
    return {"sources": [source, news] if conflict else [source], "claims": claims}


def run_once(length: int, conflict: bool) -> dict:
    """Load and audit one chain in this process: seconds and the verdict."""
    import auditor
    from auditor.engine.audit import audit_corpus

    pack = auditor.load_pack()
    records = chain(length, conflict)
    started = time.perf_counter()
    corpus = auditor.load_records(records, pack=pack)
    report = audit_corpus(corpus, workers=1)
    seconds = time.perf_counter() - started
    tensions = [f for f in report.findings if f.kind == "tension"]
    return {"length": length, "conflict": conflict, "seconds": round(seconds, 3),
            "tensions": len(tensions),
            "first_suspects": sorted({f.suspects[0].claim for f in tensions if f.suspects}),
            "undetermined": sum(1 for f in report.findings if f.kind == "undetermined")}


def _child(path: str, length: int, conflict: bool) -> dict:
    """run_once in a fresh interpreter with the auditor of `path` first on its path."""
    # this file's generator and runner, the other checkout's auditor
    code = ("import sys, json, importlib.util; sys.path.insert(0, sys.argv[1]);"
            "spec = importlib.util.spec_from_file_location('bench_chains', sys.argv[2]);"
            "m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m);"
            "print(json.dumps(m.run_once(int(sys.argv[3]), sys.argv[4] == '1')))")
    out = subprocess.run([sys.executable, "-c", code, path, __file__, str(length), "1" if conflict else "0"],
                         capture_output=True, text=True, check=True, timeout=900)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lengths", type=int, nargs="+", default=[8, 10, 50, 200])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--against", help="a checkout of another commit, run alternately in fresh processes")
    args = parser.parse_args(argv)
    here = str(__import__("pathlib").Path(__file__).resolve().parents[1])
    rows = []
    for length in args.lengths:
        for conflict in (False, True):
            runs, base = [], []
            for _ in range(args.repeat):
                runs.append(_child(here, length, conflict) if args.against else run_once(length, conflict))
                if args.against:
                    base.append(_child(args.against, length, conflict))
            row = dict(runs[-1], seconds=statistics.median(r["seconds"] for r in runs), repeat=args.repeat)
            if base:
                row["against_seconds"] = statistics.median(r["seconds"] for r in base)
                row["against_tensions"] = base[-1]["tensions"]
            rows.append(row)
            if not args.json:
                line = (f"{length:>5} changes {'+ conflict' if conflict else 'consistent':<10} "
                        f"{row['seconds']:>8.3f} s  tensions {row['tensions']}  "
                        f"first suspects {','.join(row['first_suspects']) or '-'}  "
                        f"undetermined {row['undetermined']}")
                if base:
                    line += f"   against: {row['against_seconds']:.3f} s ({row['against_tensions']} tensions)"
                print(line, flush=True)
    if args.json:
        print(json.dumps(rows, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
