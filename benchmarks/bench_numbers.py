"""Speed of the number reader: sentences per second on one core, median of several runs.

    python -m benchmarks.bench_numbers [--runs 7] [--repeat 10] [--json]
    python -m benchmarks.bench_numbers --long-phrases   # seconds to read 1 KB and 10 KB value phrases

Reads the NewsQuant development sentences from ../shared/benchmarks (or
$AUDITOR_BENCHMARKS) when present, otherwise a small set of sentences written
here. Times `find_quantities` and, when it is installed (a benchmark extra, not a
dependency), quantulum3's `parser.parse` doing the same job on the same sentences.
The process is pinned to one CPU where the platform allows it. `--cpu` times with the
process's CPU time instead of the wall clock: on a machine loaded by other work the wall
clock counts the time spent waiting for the core, the CPU time only the reading.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
import warnings
from pathlib import Path
from typing import Callable

from auditor.text.quantities import find_quantities
from benchmarks.eval_numbers import benchmarks_root

FALLBACK_SENTENCES = [
    "Police recovered over 2,000 guns this year, up 24 percent from 2019.",
    "There were 99 homicides and almost two to three hundred more shootings than last year.",
    "Half of those deaths involved handguns, the department said on March 29.",
    "Violent crime dropped by 22 percent, to 7000 fewer crimes than in 2018.",
    "The budget rose to $13.6 million from $12.1 million, an increase of about 12%.",
    "Dozens of officers were hired, bringing the force to nearly 1,500.",
    "Arrests were down approximately about 29 to 32 percent in the first quarter.",
    "The mayor said the city would hire between 20 and 30 detectives by 2021.",
]


def load_sentences(root: Path) -> tuple[list[str], str]:
    path = root / "newsquant-dev" / "NewsQuant-dev.json"
    if path.exists():
        data = json.loads(path.read_text(encoding="utf-8"))
        return [item["text"] for item in data], f"NewsQuant dev half ({path})"
    return FALLBACK_SENTENCES, "built-in sentences (benchmark data not found)"


def pin_to_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        try:
            cpu = min(os.sched_getaffinity(0))
            os.sched_setaffinity(0, {cpu})
            return f"pinned to CPU {cpu}"
        except OSError:
            pass
    return "not pinned (platform does not allow it)"


CLOCK = time.perf_counter


def sentences_per_second(reader: Callable[[str], object], sentences: list[str], runs: int,
                         repeat: int) -> dict:
    for sentence in sentences:   # warm caches and imports
        reader(sentence)
    rates = []
    for _ in range(runs):
        started = CLOCK()
        for _ in range(repeat):
            for sentence in sentences:
                reader(sentence)
        elapsed = CLOCK() - started
        rates.append(len(sentences) * repeat / elapsed)
    return {"median": round(statistics.median(rates)), "min": round(min(rates)),
            "max": round(max(rates)), "runs": runs}


def quantulum3_reader() -> Callable[[str], object] | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser
    except ImportError:
        return None

    def read(sentence: str) -> object:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return parser.parse(sentence)
    return read


LONG_PHRASE_UNITS = ("a ", "1.", "of ", "the city said that ")


def long_phrases(runs: int = 3) -> list[tuple[str, int, float]]:
    """Seconds (median of `runs`) to read one long value phrase leniently and strictly (issue 16)."""
    from auditor.text.quantities import UnreadableValue, parse_value_phrase

    parse_value_phrase("1")
    rows = []
    for unit in LONG_PHRASE_UNITS:
        for size in (1000, 10000):
            phrase = (unit * (size // len(unit) + 1))[:size]
            timings = []
            for _ in range(runs):
                started = time.perf_counter()
                for strict in (False, True):
                    try:
                        parse_value_phrase(phrase, strict=strict)
                    except UnreadableValue:
                        pass
                timings.append(time.perf_counter() - started)
            rows.append((unit, size, statistics.median(timings)))
    return rows


def main(argv: list[str] | None = None) -> int:
    arguments = argparse.ArgumentParser(prog="python -m benchmarks.bench_numbers",
                                        description=__doc__.split("\n")[0])
    arguments.add_argument("--runs", type=int, default=7, help="timed runs (median reported)")
    arguments.add_argument("--repeat", type=int, default=10, help="passes over the sentences per run")
    arguments.add_argument("--json", action="store_true", help="print the figures as JSON")
    arguments.add_argument("--cpu", action="store_true",
                           help="time with the process's CPU time (for a machine loaded by other work)")
    arguments.add_argument("--long-phrases", action="store_true",
                           help="time 1 KB and 10 KB value phrases instead (issue 16)")
    args = arguments.parse_args(argv)
    global CLOCK
    CLOCK = time.process_time if args.cpu else time.perf_counter
    if args.long_phrases:
        for unit, size, seconds in long_phrases():
            print(f"  {unit!r:<24} {size:>6} characters  {seconds:8.3f} s (lenient + strict, median of 3)")
        return 0

    pinning = pin_to_one_core()
    sentences, source = load_sentences(benchmarks_root())
    results = {
        "sentences": len(sentences), "source": source, "cpu": pinning,
        "clock": "process CPU time" if args.cpu else "wall clock",
        "python": platform.python_version(), "machine": platform.machine(),
        "readers": {"auditor find_quantities": sentences_per_second(
            find_quantities, sentences, args.runs, args.repeat)},
    }
    alternative = quantulum3_reader()
    if alternative is not None:
        import quantulum3
        name = f"quantulum3 {getattr(quantulum3, '__version__', '')} parser.parse".replace("  ", " ")
        # quantulum3 is far slower; fewer passes keep the run short
        results["readers"][name] = sentences_per_second(
            alternative, sentences, args.runs, max(1, args.repeat // 5))
    else:
        results["readers"]["quantulum3"] = "not installed (pip install quantulum3 to compare)"

    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print(f"{results['sentences']} sentences from {source}; {pinning}; {results['clock']}; Python {results['python']}")
    for name, figures in results["readers"].items():
        if isinstance(figures, str):
            print(f"  {name:<40} {figures}")
        else:
            print(f"  {name:<40} {figures['median']:>8} sentences/s (median of {figures['runs']}; "
                  f"min {figures['min']}, max {figures['max']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
