"""What a user runs: the CLI, whole process, on claim files on disk.

    python -m benchmarks.bench_files                          # 10,000 and 100,000 claims, 3 runs each
    python -m benchmarks.bench_files --sizes 10000 --repeat 5
    python -m benchmarks.bench_files --big                    # and 1,000,000
    python -m benchmarks.bench_files --against ../other-checkout   # the same runs there, alternately

For each size a synthetic corpus (benchmarks/synthetic.py, seed 1) is written once as one
JSON Lines file (sources first, then claims) with its rule pack, under --dir (kept between
runs; delete it to regenerate). Then, each in a fresh process:

| column | what runs |
|---|---|
| validate s | `python -m auditor validate FILE --rules PACK` |
| audit s | `python -m auditor audit FILE --rules PACK --format json -o REPORT` |
| audit/validate | audit s / validate s |
| load s, engine s | in one process: `load_claims` (the files, read and validated), then `audit_corpus` |
| claims/s load | claims / load s |
| peak MB | the largest resident memory of the process and its workers (wait4's maxrss) |

Medians of --repeat runs. With --against, every run is made in each checkout in turn (the
checkout's folder first on PYTHONPATH), and the reports' hashes are compared: a change
meant to be faster must leave the report as it was. The report is written to a file, not
/dev/null (an older auditor renamed its temporary file onto /dev/null, replacing it).

    python -m benchmarks.bench_files --load-only --sizes 100000 --repeat 5 --against ../previous

times loading alone (issue 17 goal 1: load and validate claims/s from JSON Lines on one
core): a fresh process pinned to one CPU imports the auditor and loads the pack, then
`load_claims` reads and validates the file, timed in wall and CPU seconds, claims/s from
both; with --against, run alternately, with the ratio of the medians and a digest of the
loaded corpus (claims and sources dumped to JSON), which must be the same in both checkouts.
A plain JSON Lines load (loading/fast.py) builds the claims' models only when first asked for:
the time to build them then is timed apart ("models built after") and claims/s given with it.
With --stages, the current checkout's load is also split into its stages (reading and
parsing, validating: plain claims built directly by loading/claim_builder.py and the rest by
pydantic, the checks across records, positions) and timed again on the same records with
every phrase already read (what a claim costs once its phrases repeat), beside pydantic alone
building models of a claim's shape (the floor of any loader that has pydantic validate each
claim) and the claim builder alone on the parsed records. With --memory, each checkout loads the
file once more under tracemalloc: the bytes kept per claim once loaded, and at the peak (and
once the claims' models are built).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DIR = Path(tempfile.gettempdir()) / "auditor-bench-files"

ENGINE = """
import json, sys, time
t0 = time.perf_counter()
from auditor import audit_corpus, load_claims, load_pack
pack = load_pack(sys.argv[2])
t1 = time.perf_counter()
corpus = load_claims([sys.argv[1]], pack=pack)
t2 = time.perf_counter()
report = audit_corpus(corpus)
t3 = time.perf_counter()
print(json.dumps({"import_pack_s": t1 - t0, "load_s": t2 - t1, "engine_s": t3 - t2, "claims": len(corpus.claims)}))
"""


LOAD = """
import hashlib, json, os, resource, sys, time
def cpu():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime
cores = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
if cores:
    os.sched_setaffinity(0, {min(cores)})
from auditor import load_claims, load_pack
pack = load_pack(sys.argv[2])
w0, c0 = time.perf_counter(), cpu()
corpus = load_claims([sys.argv[1]], pack=pack)
w1, c1 = time.perf_counter(), cpu()
claims = corpus.claims[:1]   # the claims' models, built now if the load kept them to build when asked (fast.LazyClaims)
built = cpu() - c1
digest = hashlib.sha256()
for claim in corpus.claims:
    digest.update(claim.model_dump_json().encode())
for sid in sorted(corpus.sources):
    digest.update(corpus.sources[sid].model_dump_json().encode())
print(json.dumps({"wall_s": w1 - w0, "cpu_s": c1 - c0, "build_s": built, "claims": len(corpus.claims),
                  "pinned": bool(cores), "corpus": digest.hexdigest()[:16]}))
"""

MEMORY = """
import gc, json, sys, tracemalloc
from auditor import load_claims, load_pack
pack = load_pack(sys.argv[2])
gc.collect()
tracemalloc.start()
corpus = load_claims([sys.argv[1]], pack=pack)
gc.collect()
kept, peak = tracemalloc.get_traced_memory()
n = len(corpus.claims)
corpus.claims[:1]   # the models built, if the load kept them to build when asked (fast.LazyClaims)
gc.collect()
models, peak_models = tracemalloc.get_traced_memory()
print(json.dumps({"kept_b": kept / n, "peak_b": peak / n, "models_b": models / n, "models_peak_b": peak_models / n,
                  "claims": n}))
"""

STAGES = """
import gc, json, os, resource, sys
from pathlib import Path
def cpu():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime
if hasattr(os, "sched_setaffinity"):
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
from auditor import load_pack
from auditor.loading import corpus as C
try:   # JSON Lines read a chunk of lines at a time (documents.read_line_chunks), as load_claims reads them
    from auditor.loading.documents import read_line_chunks
    def read_documents(path, problems):
        return list(read_line_chunks(path, problems))
except ImportError:   # a checkout before chunks: its own reader
    from auditor.loading.documents import read_documents
pack = load_pack(sys.argv[2])
out = {}
gc.disable()
for run in ("first", "again"):   # again: every phrase, name and period already read once
    problems, sources, claims = [], [], []
    t0 = cpu()
    docs = read_documents(Path(sys.argv[1]), problems)
    t1 = cpu()
    C._collect_lines(docs, sources, claims, problems, pack)
    t2 = cpu()
    C._cross_check(sources, claims, problems, pack)
    t3 = cpu()
    C._positions(claims)
    t4 = cpu()
    out[run] = {"read_s": t1 - t0, "validate_s": t2 - t1, "cross_s": t3 - t2, "positions_s": t4 - t3}
    kept = [c.record for c in claims]
    del docs, sources, claims
# the floor: pydantic alone building models of a claim's shape (the same fields, defaults
# and nested quote, the figure passed as the Amount it is) with no validator of ours
from typing import Any
from pydantic import ConfigDict, TypeAdapter, create_model
from auditor.models import Claim
frozen = ConfigDict(frozen=True, extra="forbid")
PlainQuote = create_model("PlainQuote", __config__=frozen, text=(str, ...), start=(int | None, None), end=(int | None, None))
fields = {name: (Any, f.default) for name, f in Claim.model_fields.items() if not f.is_required()}
fields.update({name: (str, ...) for name in ("id", "source", "metric", "place", "period")})
fields["quote"] = (PlainQuote, ...)
Plain = create_model("PlainClaim", __config__=frozen, **fields)
records = [{**{k: getattr(c, k) for k in ("id", "source", "metric", "place", "period")}, "quote": {"text": c.quote.text},
            **{k: getattr(c, k) for k in ("value", "change", "comparison", "share") if getattr(c, k) is not None}}
           for c in kept]
t0 = cpu()
TypeAdapter(list[Plain]).validate_python(records)
out["pydantic floor"] = {"validate_s": cpu() - t0}
# the claim builder alone on the same records as parsed, a second time (every phrase, change,
# comparison and share already met): what building the models costs this loader once nothing
# is read or looked up for the first time, and nothing is checked across records
try:
    from orjson import loads
    bodies = [r for r in map(loads, open(sys.argv[1], "rb")) if "type" not in r]
    builder = C._builder(pack)
    built = [builder.build(r) for r in bodies]
    del built
    t0 = cpu()
    built = [builder.build(r) for r in bodies]
    out["claims built directly"] = {"validate_s": cpu() - t0}
except (ImportError, AttributeError):   # a checkout without the builder
    pass
print(json.dumps(out))
"""


def load_only(checkouts: list[Path], sizes: list[int], repeat: int, folder: Path, stages: bool,
              memory: bool = False) -> None:
    """--load-only: load_claims alone, in a fresh process pinned to one CPU, alternately."""
    print(f"load and validate from JSON Lines, one core; medians of {repeat} runs; {os.cpu_count()} CPUs; "
          f"Python {sys.version.split()[0]}; load average at the start {os.getloadavg()[0]:.1f}")
    print("| checkout | claims | wall s | CPU s | claims/s (wall) | claims/s (CPU) | models built after, CPU s "
          "(claims/s with them) | corpus |")
    print("|---|---:|---:|---:|---:|---:|---:|---|")
    for size in sizes:
        claims, pack = corpus_files(size, folder)
        runs: dict[Path, list[dict]] = {c: [] for c in checkouts}
        for i in range(repeat):
            for checkout in checkouts:
                _, _, out = run(checkout, ["-c", LOAD, str(claims), str(pack_of(checkout, pack))], ok=(0,))
                m = json.loads(out.strip().splitlines()[-1])
                runs[checkout].append(m)
                print(f"{size:>9,} claims, run {i + 1}, {checkout}: {m['wall_s']:.2f} s wall, {m['cpu_s']:.2f} s CPU",
                      file=sys.stderr, flush=True)
        medians = {}
        for checkout in checkouts:
            ms = runs[checkout]
            wall, cpu = statistics.median(m["wall_s"] for m in ms), statistics.median(m["cpu_s"] for m in ms)
            build = statistics.median(m.get("build_s", 0.0) for m in ms)
            medians[checkout] = (wall, cpu)
            digests = ", ".join(sorted({m["corpus"] for m in ms}))
            print(f"| {checkout.name} | {size:,} | {wall:.2f} | {cpu:.2f} | {size / wall:,.0f} | {size / cpu:,.0f} "
                  f"| {build:.2f} ({size / (cpu + build):,.0f}/s) | {digests} |")
        if len(checkouts) > 1:
            (w0, c0), (w1, c1) = medians[checkouts[0]], medians[checkouts[1]]
            same = len({m["corpus"] for c in checkouts for m in runs[c]}) == 1
            print(f"{size:,} claims: {checkouts[0].name} / {checkouts[1].name}: wall {w0 / w1:.2f}, CPU {c0 / c1:.2f}; "
                  f"loaded corpus {'the same' if same else 'DIFFERENT'}")
        if memory:
            for checkout in checkouts:
                _, _, out = run(checkout, ["-c", MEMORY, str(claims), str(pack_of(checkout, pack))], ok=(0,))
                m = json.loads(out.strip().splitlines()[-1])
                print(f"{size:,} claims, {checkout.name}: memory traced after loading (the pack's and the loader's "
                      f"memos included) {m['kept_b']:,.0f} B/claim, at its peak {m['peak_b']:,.0f} B/claim"
                      + (f"; with the claims' models built {m['models_b']:,.0f} B/claim, at the peak "
                         f"{m['models_peak_b']:,.0f}" if "models_b" in m else ""))
        if stages:
            _, _, out = run(checkouts[0], ["-c", STAGES, str(claims), str(pack_of(checkouts[0], pack))], ok=(0,))
            for name, m in json.loads(out.strip().splitlines()[-1]).items():
                total = sum(m.values())
                print(f"{size:,} claims, stages ({name}), CPU s: " + ", ".join(f"{k[:-2]} {v:.2f}" for k, v in m.items())
                      + f"; total {total:.2f} ({size / total:,.0f} claims/s)")


def corpus_files(size: int, folder: Path, seed: int = 1) -> tuple[Path, Path]:
    """The JSON Lines file and rule pack of a synthetic corpus of `size` claims, written once."""
    where = folder / f"claims-{size}-seed{seed}"
    claims, pack = where / "claims.jsonl", where / "pack"
    if claims.is_file() and (where / "done").is_file():
        return claims, pack
    sys.path.insert(0, str(ROOT))
    from benchmarks.synthetic import generate, write_pack

    print(f"writing {size:,} claims to {claims} ...", file=sys.stderr, flush=True)
    synthetic = generate(size, seed)
    where.mkdir(parents=True, exist_ok=True)
    write_pack(synthetic.places_yaml, pack)
    with open(claims, "w", encoding="utf-8") as fh:
        for source in synthetic.records["sources"]:
            fh.write(json.dumps({"type": "source", **source}, ensure_ascii=False) + "\n")
        for claim in synthetic.records["claims"]:
            fh.write(json.dumps(claim, ensure_ascii=False) + "\n")
    (where / "done").write_text("")
    return claims, pack


def pack_of(checkout: Path, pack: Path) -> Path:
    """The corpus's rule pack as `checkout` writes it: its own rules with the corpus's places
    (the pack stands alone, so a checkout whose rules take other parameters reads its own). This
    checkout's too: the corpus's own pack was written with the rules of whichever checkout first
    wrote the corpus, and would differ from today's in its metrics' wording."""
    own = pack.parent / f"pack-{hashlib.sha256(str(checkout.resolve()).encode()).hexdigest()[:8]}"
    if own not in _WRITTEN:   # once per run of this benchmark: the checkout's rules may have changed since
        from benchmarks.synthetic import write_pack
        shutil.rmtree(own, ignore_errors=True)
        write_pack((pack / "places.yaml").read_text(encoding="utf-8"), own, rules=checkout / "rules")
        _WRITTEN.add(own)
    return own


_WRITTEN: set[Path] = set()


def _env(checkout: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(checkout) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


def run(checkout: Path, args: list[str], ok: tuple[int, ...] = (0, 1)) -> tuple[float, float, str]:
    """Seconds, peak MB (the process and the workers it waited for) and stdout of one run."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen([sys.executable, *args], env=_env(checkout), cwd=checkout, stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if proc.returncode not in ok:
            raise SystemExit(f"{' '.join(args)} in {checkout} exited {proc.returncode}:\n"
                             f"{err.read().decode(errors='replace')[-3000:]}")
        return elapsed, usage.ru_maxrss / 1024, out.read().decode()


def measure(checkout: Path, claims: Path, pack: Path, scratch: Path) -> dict:
    pack = pack_of(checkout, pack)
    report = scratch / f"report-{abs(hash(str(checkout)))}.json"
    v_s, v_mb, _ = run(checkout, ["-m", "auditor", "validate", str(claims), "--rules", str(pack)], ok=(0,))
    a_s, a_mb, _ = run(checkout, ["-m", "auditor", "audit", str(claims), "--rules", str(pack), "--format", "json",
                                  "-o", str(report), "--fail-on", "never"], ok=(0,))
    digest = hashlib.sha256(report.read_bytes()).hexdigest()[:16]
    report.unlink()
    e_s, e_mb, out = run(checkout, ["-c", ENGINE, str(claims), str(pack)], ok=(0,))
    engine = json.loads(out.strip().splitlines()[-1])
    return {"validate_s": v_s, "validate_mb": v_mb, "audit_s": a_s, "audit_mb": a_mb, "load_s": engine["load_s"],
            "engine_s": engine["engine_s"], "engine_mb": e_mb, "claims": engine["claims"], "report": digest}


def summary(runs: list[dict]) -> dict:
    med = {k: statistics.median(r[k] for r in runs) for k in runs[0] if isinstance(runs[0][k], float)}
    med["claims"] = runs[0]["claims"]
    med["reports"] = sorted({r["report"] for r in runs})
    return med


def table(rows: list[tuple[str, int, dict]]) -> str:
    head = ("| checkout | claims | validate s | audit s | audit/validate | load s (in process) | claims/s load "
            "| engine s | peak MB validate / audit | report |")
    lines = [head, "|" + "---|" * 2 + "---:|" * 7 + "---|"]
    for name, size, m in rows:
        lines.append(f"| {name} | {size:,} | {m['validate_s']:.2f} | {m['audit_s']:.2f} | "
                     f"{m['audit_s'] / m['validate_s']:.1f} | {m['load_s']:.2f} | {m['claims'] / m['load_s']:,.0f} | "
                     f"{m['engine_s']:.2f} | {m['validate_mb']:,.0f} / {m['audit_mb']:,.0f} | "
                     f"{', '.join(m['reports'])} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--big", action="store_true", help="also 1,000,000 claims")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--against", type=Path, help="another checkout, run alternately with this one")
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR, help=f"where the corpora are kept ({DEFAULT_DIR})")
    parser.add_argument("--json", action="store_true", help="print every run as JSON too")
    parser.add_argument("--load-only", action="store_true", help="time load_claims alone, on one core")
    parser.add_argument("--stages", action="store_true", help="with --load-only: this checkout's stages")
    parser.add_argument("--memory", action="store_true",
                        help="with --load-only: the memory a load keeps and its peak per claim (tracemalloc), each checkout")
    args = parser.parse_args(argv)
    sizes = args.sizes + ([1_000_000] if args.big and 1_000_000 not in args.sizes else [])
    checkouts = [ROOT] + ([args.against.resolve()] if args.against else [])
    if args.load_only:
        load_only(checkouts, sizes, args.repeat, args.dir, args.stages, args.memory)
        return 0
    rows, everything = [], {}
    with tempfile.TemporaryDirectory(prefix="auditor-bench-files-") as scratch:
        for size in sizes:
            claims, pack = corpus_files(size, args.dir)
            runs: dict[Path, list[dict]] = {c: [] for c in checkouts}
            for i in range(args.repeat):
                for checkout in checkouts:
                    m = measure(checkout, claims, pack, Path(scratch))
                    runs[checkout].append(m)
                    print(f"{size:>9,} claims, run {i + 1}, {checkout}: validate {m['validate_s']:.2f} s, "
                          f"audit {m['audit_s']:.2f} s, load {m['load_s']:.2f} s, engine {m['engine_s']:.2f} s, "
                          f"peak {m['audit_mb']:,.0f} MB", file=sys.stderr, flush=True)
            for checkout in checkouts:
                rows.append((checkout.name or str(checkout), size, summary(runs[checkout])))
                everything[f"{checkout}:{size}"] = runs[checkout]
    print(f"medians of {args.repeat} runs; {os.cpu_count()} CPUs; Python {sys.version.split()[0]}")
    print(table(rows))
    print_agreement(rows, sizes, len(checkouts))
    if args.json:
        print(json.dumps(everything, indent=1))
    return 0


def print_agreement(rows: list, sizes, checkouts: int) -> None:
    """Whether every checkout gave the same reports at each size (rows: (checkout, size, medians)
    with the report hashes under "reports"); nothing to say with one checkout."""
    if checkouts < 2:
        return
    for size in sizes:
        reports = {tuple(m["reports"]) for _, s, m in rows if s == size}
        print(f"{size:,} claims: reports {'the same' if len(reports) == 1 else 'DIFFERENT'} in every checkout")


if __name__ == "__main__":
    sys.exit(main())
