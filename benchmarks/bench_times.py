"""Speed of the time reader: sentences per second on one core, beside dateparser's search_dates.

    python -m benchmarks.bench_times [--runs 5] [--json] [--no-alternative] [--cpu]

The sentences are those of the TempEval-3 TBAQ texts (../shared/benchmarks, or the folder
named by AUDITOR_BENCHMARKS), each read with its document's DCT. Reports the median of
several timed runs. The alternative, dateparser (an optional benchmark extra), does a
comparable job: find dates in text and resolve them against a base date. `--cpu` times with
the process's CPU time instead of the wall clock (for a machine loaded by other work).
"""

from __future__ import annotations

import json
import os
import re
import statistics
import sys
import time
from datetime import datetime

from auditor.text.times import find_times
from auditor.text.times_timeml import read_timeml
from benchmarks.eval_times import benchmarks_folder

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[A-Z\"“`(])|\n\s*\n")


def load_sentences() -> list[tuple[str, object]]:
    folder = benchmarks_folder() / "tempeval3-tbaq"
    sentences = []
    for path in sorted(folder.glob("*/*.tml")):
        document = read_timeml(path.read_text(encoding="utf-8"))
        for sentence in _SENTENCE_END.split(document.text):
            sentence = " ".join(sentence.split())
            if sentence:
                sentences.append((sentence, document.dct))
    return sentences


def _rate(read, sentences, runs: int, clock=time.perf_counter) -> tuple[float, list[float]]:
    timings = []
    for _ in range(runs):
        started = clock()
        for sentence, dct in sentences:
            read(sentence, dct)
        timings.append(clock() - started)
    median = statistics.median(timings)
    return len(sentences) / median, timings


def _dateparser_reader():
    try:
        from dateparser.search import search_dates
    except ImportError:
        return None

    def read(sentence, dct):
        base = datetime(dct.year, dct.month, dct.day)
        return search_dates(sentence, languages=["en"], settings={"RELATIVE_BASE": base})

    return read


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv else 5
    if not (benchmarks_folder() / "tempeval3-tbaq").is_dir():
        print(f"benchmarks folder {benchmarks_folder()} has no tempeval3-tbaq; skipping the speed benchmark.")
        return 0
    sentences = load_sentences()
    find_times(sentences[0][0], sentences[0][1])  # compile patterns before timing
    report = {
        "sentences": len(sentences),
        "characters": sum(len(s) for s, _ in sentences),
        "runs": runs,
        "cpu_count": os.cpu_count(),
        "python": sys.version.split()[0],
    }
    clock = time.process_time if "--cpu" in argv else time.perf_counter
    report["clock"] = "process CPU time" if "--cpu" in argv else "wall clock"
    rate, timings = _rate(find_times, sentences, runs, clock)
    report["auditor_find_times"] = {"sentences_per_second": round(rate), "run_seconds": [round(t, 3) for t in timings]}
    alternative = None if "--no-alternative" in argv else _dateparser_reader()
    if alternative is not None:
        import dateparser

        alt_runs = max(1, min(runs, 3))
        rate, timings = _rate(alternative, sentences, alt_runs, clock)
        report["dateparser_search_dates"] = {
            "version": dateparser.__version__,
            "sentences_per_second": round(rate),
            "run_seconds": [round(t, 3) for t in timings],
        }
    if "--json" in argv:
        print(json.dumps(report, indent=2))
        return 0
    print(f"{report['sentences']} TBAQ sentences, median of {runs} runs, one process, {report['clock']} (python {report['python']}, {report['cpu_count']} cores on the machine)")
    print(f"  auditor find_times         {report['auditor_find_times']['sentences_per_second']:8d} sentences/s")
    if "dateparser_search_dates" in report:
        alt = report["dateparser_search_dates"]
        print(f"  dateparser {alt['version']} search_dates {alt['sentences_per_second']:8d} sentences/s (median of {len(alt['run_seconds'])} runs)")
    else:
        print("  dateparser not installed (pip install dateparser) or skipped: no comparison")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
