"""Evaluate the number reader on public benchmark data, scored as each SOURCE.md says.

    python -m benchmarks.eval_numbers [--json] [--errors newsquant|number-parser|recognizers]

Reads ../shared/benchmarks/ beside the checkout (or $AUDITOR_BENCHMARKS) and prints:
- NewsQuant (development half): value P/R/F1 and value+change F1, matched as in the
  CQE paper (values equal within relative tolerance 1e-5, range ends in order, each
  gold quantity matched at most once), on the whole half and on its tune and held-out
  parts (`split_part`);
- news sentences never tuned on (benchmarks/corpora/readers/news-sentences.jsonl, in
  the repository, annotated by hand with NewsQuant's labels): the same scores;
- number-parser's English tables: exact-match accuracy per table and overall
  (cardinal tables through `parse_number`, ordinal tables through `parse_ordinal`);
- Recognizers-Text Number specs: pass rate on the cases within the reader's scope,
  with the scope stated and the out-of-scope count.
Exits 0 with a message when the benchmark folder is absent.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import math
import os
import sys
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Callable, Iterable

from auditor.text.numbers import parse_number, parse_ordinal
from auditor.text.quantities import Quantity, find_ordinals, find_quantities


def benchmarks_root() -> Path:
    override = os.environ.get("AUDITOR_BENCHMARKS")
    if override:
        return Path(override)
    return Path(__file__).resolve().parents[1].parent / "shared" / "benchmarks"


# --------------------------------------------------------------------------------------
# NewsQuant
# --------------------------------------------------------------------------------------

def newsquant_value(text: str) -> float | tuple[float, float]:
    """A gold or predicted value: "2000", "-5.0", "1.99E-29", or a range "4000-5000"."""
    text = str(text).strip()
    if "E" not in text.upper() and not text.startswith("-") and "-" in text:
        low, high = text.split("-", 1)
        return float(low), float(high)
    return float(text)


def values_match(gold: float | tuple, predicted: float | tuple) -> bool:
    if isinstance(gold, tuple) != isinstance(predicted, tuple):
        return False
    if isinstance(gold, tuple):
        return all(math.isclose(g, p, rel_tol=1e-5, abs_tol=1e-8) for g, p in zip(gold, predicted))
    return math.isclose(gold, predicted, rel_tol=1e-5, abs_tol=1e-8)


def match_count(gold: list[dict], predicted: list[dict], with_change: bool) -> int:
    """One-to-one matches; each gold quantity and each prediction is used once."""
    free = list(predicted)
    matched = 0
    for quantity in gold:
        gold_value = newsquant_value(quantity["value"])
        for candidate in free:
            if values_match(gold_value, newsquant_value(candidate["value"])) and (
                    not with_change or candidate["change"] == quantity["change"]):
                free.remove(candidate)
                matched += 1
                break
    return matched


def prf(matched: int, gold: int, predicted: int) -> dict[str, float]:
    precision = matched / predicted if predicted else 0.0
    recall = matched / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"P": round(100 * precision, 1), "R": round(100 * recall, 1), "F1": round(100 * f1, 1)}


def as_newsquant(quantity: Quantity) -> dict:
    return {"value": quantity.label, "change": quantity.change}


def split_part(key: str) -> str:
    """The deterministic part of a development item (issue 15 item 4): "held-out" for about 3
    in 10, by the SHA-1 of its key (a NewsQuant sentence's text, a TimeML file's name), else
    "tune". Rules may be tuned on the tuning part only; the held-out part is only measured."""
    return "held-out" if int(hashlib.sha1(key.encode("utf-8")).hexdigest(), 16) % 10 < 3 else "tune"


UNSEEN_SENTENCES = Path(__file__).resolve().parent / "corpora" / "readers" / "news-sentences.jsonl"


def evaluate_newsquant(path: Path, reader: Callable[[str], list[dict]], errors: list[str] | None,
                       part: str | None = None) -> dict:
    """NewsQuant scores of a JSON list, or of JSON lines (the unseen news sentences)."""
    text = path.read_text(encoding="utf-8")
    data = [json.loads(line) for line in text.splitlines() if line.strip()] if path.suffix == ".jsonl" \
        else json.loads(text)
    if part is not None:
        data = [item for item in data if split_part(item["text"]) == part]
    gold_total = predicted_total = value_matches = change_matches = 0
    for item in data:
        gold = item["quantities"]
        predicted = reader(item["text"])
        gold_total += len(gold)
        predicted_total += len(predicted)
        value_hits = match_count(gold, predicted, with_change=False)
        change_hits = match_count(gold, predicted, with_change=True)
        value_matches += value_hits
        change_matches += change_hits
        if errors is not None and (value_hits != len(gold) or value_hits != len(predicted)
                                   or change_hits != value_hits):
            errors.append(item["text"])
            errors.append("   gold: " + "  ".join(f"{q['change']} {q['value']}" for q in gold))
            errors.append("   read: " + "  ".join(f"{q['change']} {q['value']}" for q in predicted))
    return {
        "sentences": len(data), "gold": gold_total, "predicted": predicted_total,
        "value": prf(value_matches, gold_total, predicted_total),
        "value+change": prf(change_matches, gold_total, predicted_total),
    }


# --------------------------------------------------------------------------------------
# number-parser tables
# --------------------------------------------------------------------------------------

def evaluate_number_parser(folder: Path, errors: list[str] | None,
                           cardinal: Callable[[str], Decimal | int | None] = parse_number,
                           ordinal: Callable[[str], int | None] = parse_ordinal) -> dict:
    tables = {}
    total = correct = 0
    for path in sorted(folder.glob("tests/data/*/en_*.csv")):
        reader = ordinal if "ordinal" in path.parent.name else cardinal
        rows = list(csv.DictReader(path.open(encoding="utf-8")))
        hits = 0
        for row in rows:
            try:
                got = reader(row["text"])
            except Exception as error:  # a library under comparison may raise
                got = None
                if errors is not None:
                    errors.append(f"{path.name}: {row['text']!r} raised {error!r}")
            if got is not None and Decimal(got) == Decimal(row["number"]):
                hits += 1
            elif errors is not None:
                errors.append(f"{path.name}: {row['text']!r} -> {got} (want {row['number']})")
        tables[f"{path.parent.name}/{path.name}"] = {"rows": len(rows), "correct": hits,
                                                     "accuracy": round(100 * hits / len(rows), 1)}
        total += len(rows)
        correct += hits
    return {"tables": tables, "rows": total, "correct": correct,
            "accuracy": round(100 * correct / total, 2) if total else 0.0}


# --------------------------------------------------------------------------------------
# Recognizers-Text Number specs
# --------------------------------------------------------------------------------------

RECOGNIZERS_SCOPE = (
    "all English NumberModel, NumberRangeModel, OrdinalModel and PercentModel cases, "
    "whatever their NotSupported flags, except cases that need: powers and exponent "
    "arithmetic (subtype 'power', '^'); spoken-math fractions with 'over'/'out of'/'in' "
    "('one over three', 'two out of five hundred', '1 in 21'); non-English digit "
    "conventions (decimal comma '1,3', '1.111,11', Indian grouping '12,34,567'); "
    "relative ordinals ('last', 'next', 'penultimate'); percentages without a number "
    "('a small percent'); '%' inside URLs; and range forms that join two comparisons "
    "('larger than 10 and smaller than 20', 'at most 100 and at least 20') or compare "
    "with 'equal'. Kept: integers, decimals, separators, number words, dozens, simple "
    "fractions, suffixes (10k, 1.2b), scales, negatives, single comparisons ('more than "
    "half', 'up to 700', 'no less than thirty'), two-number ranges ('between 20 and 30', "
    "'from X to Y', '1000-5000'), numeric and word ordinals, and percentages."
)

_OUT_OF_SCOPE_MARKS = ("^", " over ", " out of ", " in twenty", " in 5", " in five", "1,3.", "1.111,11",
                       "12,34,567", "http", "\u2153", "\u2154", "\u00bd", "\u00be", "\u2159")


@dataclass
class SpecTally:
    in_scope: int = 0
    passed: int = 0
    out_of_scope: int = 0
    failures: list[str] = field(default_factory=list)


def _range_interval(quantity: Quantity) -> str | None:
    """Recognizers' interval notation for a quantity: (20,) [20,30) (,100]."""
    low = quantity.value
    if quantity.high is not None:
        return f"[{low},{quantity.high})"
    return {
        "over": f"({low},)", "at-least": f"[{low},)", "under": f"(,{low})",
        "up-to": f"(,{low}]", "at-most": f"(,{low}]",
    }.get(quantity.qualifier)


def _number_text(value: str) -> str:
    number = Decimal(value)
    if number == number.to_integral_value():
        return str(int(number))
    return format(number.normalize(), "f")


def _close(expected: str, got: str) -> bool:
    try:
        return math.isclose(float(expected), float(got), rel_tol=1e-9, abs_tol=1e-15)
    except ValueError:
        return expected == got


def _in_scope(model: str, case: dict) -> bool:
    text = " " + case["Input"] + " "
    results = case.get("Results", [])
    if any(mark in text for mark in _OUT_OF_SCOPE_MARKS):
        return False
    if any(result.get("Resolution", {}).get("subtype") == "power" for result in results):
        return False
    if model == "OrdinalModel":
        return all(result.get("Resolution", {}).get("relativeTo") == "start" for result in results) \
            and not any(word in text.lower() for word in (" last ", " next ", " previous ", " current "))
    if model == "PercentModel":
        return all(result.get("Resolution", {}).get("value") not in (None, "null") for result in results)
    if model == "NumberRangeModel":
        lowered = text.lower()
        if " equal" in lowered or "=" in lowered:
            return False
        for result in results:
            value = result["Resolution"]["value"]
            low, _, high = value.strip("[]()").partition(",")
            if low and high and not any(word in result["Text"].lower()
                                        for word in ("between", "from", "-", "\u2013", "to", "~", "through")):
                return False
        return True
    return True


def _check_number_model(case: dict, quantities: list[Quantity]) -> bool:
    expected = [result["Resolution"]["value"] for result in case["Results"]]
    # Ranges split back into their ends: the Number model reports each number.
    flat: list[str] = []
    for quantity in quantities:
        flat.append(quantity.value)
        if quantity.high is not None:
            flat.append(quantity.high)
    return len(flat) == len(expected) and all(_close(e, g) for e, g in zip(expected, flat))


def _check_range_model(case: dict, quantities: list[Quantity]) -> bool:
    expected = [result["Resolution"]["value"] for result in case["Results"]]
    got = [interval for interval in (_range_interval(q) for q in quantities) if interval]
    if len(got) != len(expected):
        return False
    for want, have in zip(expected, got):
        if want[0] != have[0] or want[-1] != have[-1]:
            return False
        want_low, _, want_high = want[1:-1].partition(",")
        have_low, _, have_high = have[1:-1].partition(",")
        for a, b in ((want_low, have_low), (want_high, have_high)):
            if (a == "") != (b == "") or (a and not _close(a, b)):
                return False
    return True


def _check_percent_model(case: dict, quantities: list[Quantity]) -> bool:
    expected = [result["Resolution"]["value"].rstrip("%") for result in case["Results"]]
    got = [q.value for q in quantities if q.unit == "percent"]
    return len(got) == len(expected) and all(_close(e, g) for e, g in zip(expected, got))


def _check_ordinal_model(case: dict) -> bool:
    expected = [result["Resolution"]["value"] for result in case["Results"]]
    got = [str(value) for value in find_ordinals(case["Input"])]
    return got == expected


def evaluate_recognizers(folder: Path, errors: list[str] | None) -> dict:
    checks: dict[str, Callable] = {
        "NumberModel": _check_number_model, "NumberRangeModel": _check_range_model,
        "PercentModel": _check_percent_model, "OrdinalModel": None,
    }
    report = {}
    total = SpecTally()
    for model, check in checks.items():
        path = folder / "Specs" / "Number" / "English" / f"{model}.json"
        if not path.exists():
            continue
        tally = SpecTally()
        for case in json.loads(path.read_text(encoding="utf-8-sig")):
            if not _in_scope(model, case):
                tally.out_of_scope += 1
                continue
            tally.in_scope += 1
            if check is None:
                ok = _check_ordinal_model(case)
            else:
                ok = check(case, find_quantities(case["Input"]))
            if ok:
                tally.passed += 1
            elif errors is not None:
                got = ([str(v) for v in find_ordinals(case["Input"])]
                       if check is None else
                       [f"{q.qualifier}:{q.label}:{q.unit}" for q in find_quantities(case["Input"])])
                want = [r["Resolution"].get("value") for r in case["Results"]]
                errors.append(f"{model}: {case['Input']!r} want {want} got {got}")
        report[model] = {"in_scope": tally.in_scope, "passed": tally.passed,
                         "out_of_scope": tally.out_of_scope,
                         "pass_rate": round(100 * tally.passed / tally.in_scope, 1) if tally.in_scope else None}
        total.in_scope += tally.in_scope
        total.passed += tally.passed
        total.out_of_scope += tally.out_of_scope
    report["all"] = {"in_scope": total.in_scope, "passed": total.passed,
                     "out_of_scope": total.out_of_scope,
                     "pass_rate": round(100 * total.passed / total.in_scope, 1) if total.in_scope else None}
    report["scope"] = RECOGNIZERS_SCOPE
    return report


# --------------------------------------------------------------------------------------
# Command
# --------------------------------------------------------------------------------------

def quantulum3_newsquant_reader() -> Callable[[str], list[dict]] | None:
    """quantulum3 read as a NewsQuant tagger (values only; it has no change labels)."""
    import warnings
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser
    except ImportError:
        return None

    def read(text: str) -> list[dict]:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return [{"value": repr(float(q.value)), "change": "="} for q in parser.parse(text)]
    return read


def run(root: Path, show_errors: Iterable[str] = (), compare: bool = False) -> tuple[dict, list[str]]:
    show = set(show_errors)
    errors: list[str] = []
    results: dict = {"benchmarks": str(root)}
    newsquant = root / "newsquant-dev" / "NewsQuant-dev.json"
    if newsquant.exists():
        results["newsquant"] = evaluate_newsquant(
            newsquant, lambda text: [as_newsquant(q) for q in find_quantities(text)],
            errors if "newsquant" in show else None)
        for part in ("tune", "held-out"):
            results[f"newsquant_{part}"] = evaluate_newsquant(
                newsquant, lambda text: [as_newsquant(q) for q in find_quantities(text)], None, part)
        alternative = quantulum3_newsquant_reader() if compare else None
        if alternative is not None:
            results["newsquant_quantulum3"] = evaluate_newsquant(newsquant, alternative, None)
    if UNSEEN_SENTENCES.exists():
        results["unseen_news"] = evaluate_newsquant(
            UNSEEN_SENTENCES, lambda text: [as_newsquant(q) for q in find_quantities(text)],
            errors if "unseen" in show else None)
    number_parser = root / "number-parser"
    if number_parser.exists():
        results["number_parser"] = evaluate_number_parser(
            number_parser, errors if "number-parser" in show else None)
    recognizers = root / "recognizers-text-specs"
    if recognizers.exists():
        results["recognizers_number"] = evaluate_recognizers(
            recognizers, errors if "recognizers" in show else None)
    return results, errors


def render(results: dict) -> str:
    lines = [f"benchmarks: {results['benchmarks']}"]
    if "newsquant" in results:
        nq = results["newsquant"]
        lines.append(f"NewsQuant dev half: {nq['sentences']} sentences, {nq['gold']} gold, "
                     f"{nq['predicted']} predicted")
        for kind in ("value", "value+change"):
            score = nq[kind]
            lines.append(f"  {kind:<13} P {score['P']:5.1f}  R {score['R']:5.1f}  F1 {score['F1']:5.1f}")
    for part in ("tune", "held-out"):
        if f"newsquant_{part}" in results:
            nq = results[f"newsquant_{part}"]
            lines.append(f"  {part} part (split_part): {nq['sentences']} sentences, {nq['gold']} gold: "
                         f"value F1 {nq['value']['F1']:5.1f}, value+change F1 {nq['value+change']['F1']:5.1f}")
    if "unseen_news" in results:
        nq = results["unseen_news"]
        lines.append(f"News sentences never tuned on (benchmarks/corpora/readers): {nq['sentences']} sentences, "
                     f"{nq['gold']} gold, {nq['predicted']} predicted")
        for kind in ("value", "value+change"):
            score = nq[kind]
            lines.append(f"  {kind:<13} P {score['P']:5.1f}  R {score['R']:5.1f}  F1 {score['F1']:5.1f}")
    if "newsquant_quantulum3" in results:
        score = results["newsquant_quantulum3"]["value"]
        lines.append(f"  quantulum3 (comparison, same scorer): value P {score['P']:5.1f}  "
                     f"R {score['R']:5.1f}  F1 {score['F1']:5.1f}")
    if "number_parser" in results:
        np_ = results["number_parser"]
        lines.append(f"number-parser English tables: {np_['correct']}/{np_['rows']} exact "
                     f"({np_['accuracy']:.2f}%)")
        for name, table in np_["tables"].items():
            lines.append(f"  {name:<60} {table['correct']:>4}/{table['rows']:<4} {table['accuracy']:5.1f}%")
    if "recognizers_number" in results:
        rec = results["recognizers_number"]
        lines.append("Recognizers-Text Number specs (in scope):")
        for model, tally in rec.items():
            if model == "scope":
                continue
            rate = "-" if tally["pass_rate"] is None else f"{tally['pass_rate']:5.1f}%"
            lines.append(f"  {model:<17} {tally['passed']:>4}/{tally['in_scope']:<4} {rate}"
                         f"   ({tally['out_of_scope']} out of scope)")
        lines.append("  scope: " + rec["scope"])
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.eval_numbers", description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--errors", action="append", default=[],
                        choices=["newsquant", "unseen", "number-parser", "recognizers"],
                        help="also list the cases that were not read right")
    parser.add_argument("--compare", action="store_true",
                        help="also score quantulum3 on NewsQuant, when it is installed")
    args = parser.parse_args(argv)
    root = benchmarks_root()
    if not root.is_dir():
        print(f"benchmark data not found at {root}; only the repository's own sentences are evaluated "
              "(set AUDITOR_BENCHMARKS to the shared/benchmarks folder).")
    results, errors = run(root, args.errors, compare=args.compare)
    print(json.dumps(results, indent=2) if args.json else render(results))
    for line in errors:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
