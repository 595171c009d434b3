"""Score the time reader on public benchmarks, with each benchmark's own scoring rules.

    python -m benchmarks.eval_times [--json] [--errors N]

TempEval-3 TBAQ (tempeval3-tbaq/SOURCE.md): strict and relaxed span P/R/F1; value F1 over
relaxed matches (all TIMEX3, and DATE+DURATION only); type accuracy; the same on the tune and
held-out parts of TBAQ (`split_part`) and on news sentences never tuned on
(benchmarks/corpora/readers/news-sentences.jsonl, TIMEX3 values annotated by hand). Recognizers-Text
DateTimeModel (recognizers-text-specs/SOURCE.md): pass rate on the cases within the scope
printed with the result. Reads ../shared/benchmarks beside the repository (or the folder
named by AUDITOR_BENCHMARKS) and skips with a message when it is absent.
"""

from __future__ import annotations

import json
import os
import re
import sys
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from auditor.text.times import TimeExpression, find_times
from auditor.text.times_timeml import read_timeml


def benchmarks_folder() -> Path:
    """Where the shared benchmark data lives (AUDITOR_BENCHMARKS overrides)."""
    override = os.environ.get("AUDITOR_BENCHMARKS")
    if override:
        return Path(override)
    return Path(__file__).resolve().parents[1].parent / "shared" / "benchmarks"


# --- TempEval-3 -----------------------------------------------------------------------


@dataclass
class Counts:
    """Counts for precision/recall: hits on the system side, hits on the gold side, totals."""

    system_hits: int = 0
    gold_hits: int = 0
    system: int = 0
    gold: int = 0

    def scores(self) -> dict[str, float]:
        p = self.system_hits / self.system if self.system else 0.0
        r = self.gold_hits / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(100 * p, 2), "recall": round(100 * r, 2), "f1": round(100 * f, 2)}


@dataclass
class TempEvalScore:
    documents: int = 0
    strict: Counts = field(default_factory=Counts)
    relaxed: Counts = field(default_factory=Counts)
    value_all: Counts = field(default_factory=Counts)
    value_date_duration: Counts = field(default_factory=Counts)
    type_correct: int = 0
    matched: int = 0
    errors: list[dict] = field(default_factory=list)


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def _pair(gold, system) -> list[tuple[int, int]]:
    """One-to-one relaxed matches (any overlap), taken in text order."""
    pairs, used = [], set()
    for g_index, g in enumerate(gold):
        for s_index, s in enumerate(system):
            if s_index not in used and _overlaps(g.start, g.end, s.start, s.end):
                pairs.append((g_index, s_index))
                used.add(s_index)
                break
    return pairs


def _value_counts(counts: Counts, gold, system, pairs, keep) -> None:
    kept_gold = {i for i, g in enumerate(gold) if keep(g.type)}
    kept_system = {i for i, s in enumerate(system) if keep(s.type)}
    counts.gold += len(kept_gold)
    counts.system += len(kept_system)
    for g_index, s_index in pairs:
        if g_index in kept_gold and s_index in kept_system and gold[g_index].value == system[s_index].value:
            counts.gold_hits += 1
            counts.system_hits += 1


def score_tempeval(folder: Path, part: str | None = None) -> TempEvalScore:
    """TempEval-3 scores over the TimeML files, or over one part of them (`split_part` of the file name)."""
    from benchmarks.eval_numbers import split_part

    score = TempEvalScore()
    for path in sorted(folder.glob("*/*.tml")):
        if part is not None and split_part(path.name) != part:
            continue
        document = read_timeml(path.read_text(encoding="utf-8"))
        gold = list(document.timexes)
        system = find_times(document.text, document.dct)
        score.documents += 1
        for counts in (score.strict, score.relaxed):
            counts.gold += len(gold)
            counts.system += len(system)
        gold_spans = {(g.start, g.end) for g in gold}
        system_spans = {(s.start, s.end) for s in system}
        score.strict.system_hits += sum((s.start, s.end) in gold_spans for s in system)
        score.strict.gold_hits += sum((g.start, g.end) in system_spans for g in gold)
        score.relaxed.system_hits += sum(any(_overlaps(s.start, s.end, g.start, g.end) for g in gold) for s in system)
        score.relaxed.gold_hits += sum(any(_overlaps(s.start, s.end, g.start, g.end) for s in system) for g in gold)
        pairs = _pair(gold, system)
        _value_counts(score.value_all, gold, system, pairs, lambda t: True)
        _value_counts(score.value_date_duration, gold, system, pairs, lambda t: t in ("DATE", "DURATION"))
        score.matched += len(pairs)
        score.type_correct += sum(gold[g].type == system[s].type for g, s in pairs)
        paired_gold = {g for g, _ in pairs}
        paired_system = {s for _, s in pairs}
        for g, s in pairs:
            if gold[g].value != system[s].value or (gold[g].start, gold[g].end) != (system[s].start, system[s].end):
                score.errors.append(
                    {"kind": "value" if gold[g].value != system[s].value else "span", "doc": path.name, "dct": str(document.dct),
                     "gold": f"{gold[g].text} [{gold[g].type} {gold[g].value}]", "system": f"{system[s].text} [{system[s].type} {system[s].value}]"}
                )
        for g in set(range(len(gold))) - paired_gold:
            score.errors.append({"kind": "missed", "doc": path.name, "dct": str(document.dct), "gold": f"{gold[g].text} [{gold[g].type} {gold[g].value}]",
                                 "context": document.text[max(0, gold[g].start - 40) : gold[g].end + 30].replace("\n", " ")})
        for s in set(range(len(system))) - paired_system:
            score.errors.append({"kind": "spurious", "doc": path.name, "system": f"{system[s].text} [{system[s].type} {system[s].value}]",
                                 "context": document.text[max(0, system[s].start - 40) : system[s].end + 30].replace("\n", " ")})
    return score


# --- News sentences never tuned on ---------------------------------------------------------

UNSEEN_SENTENCES = Path(__file__).resolve().parent / "corpora" / "readers" / "news-sentences.jsonl"


@dataclass(frozen=True)
class GoldTime:
    start: int
    end: int
    text: str
    value: str
    type: str = ""


def score_unseen(path: Path = UNSEEN_SENTENCES, errors: list[dict] | None = None) -> dict:
    """Relaxed span and value P/R/F1 on the hand-annotated news sentences that have a DCT."""
    relaxed, value = Counts(), Counts()
    sentences = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        item = json.loads(line) if line.strip() else None
        if not item or item.get("times") is None or not item.get("dct"):
            continue
        sentences += 1
        text = item["text"]
        gold, cursor = [], 0
        for time in item["times"]:
            start = text.index(time["text"], cursor)
            gold.append(GoldTime(start, start + len(time["text"]), time["text"], time["value"]))
            cursor = start + len(time["text"])
        system = find_times(text, date.fromisoformat(item["dct"]))
        for counts in (relaxed, value):
            counts.gold += len(gold)
            counts.system += len(system)
        relaxed.system_hits += sum(any(_overlaps(s.start, s.end, g.start, g.end) for g in gold) for s in system)
        relaxed.gold_hits += sum(any(_overlaps(s.start, s.end, g.start, g.end) for s in system) for g in gold)
        pairs = _pair(gold, system)
        right = sum(gold[g].value == system[s].value for g, s in pairs)
        value.gold_hits += right
        value.system_hits += right
        if errors is not None:
            got = [(s.text, s.value) for s in system]
            want = [(g.text, g.value) for g in gold]
            if right != len(gold) or len(system) != len(gold):
                errors.append({"text": text, "dct": item["dct"], "gold": want, "system": got})
    return {"sentences": sentences, "relaxed_span": relaxed.scores(), "value_all": value.scores(),
            "gold_timex3": relaxed.gold, "system_timex3": relaxed.system}


# --- Recognizers-Text -----------------------------------------------------------------

# The cases in scope: every expected result is a date, a date range or a duration whose
# text is one of the phrase kinds claims use. Anything with a clock time, a weekday, a
# holiday, a "week N" or a value Recognizers leaves partly unknown (XXXX) is out.
_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY = r"(?:\d{1,2}(?:st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\w+(?:teenth|tieth|-first|-second|-third|-\w+th))"
_YEAR = r"(?:\d{4})"
_NUM = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)"
_UNIT = r"(?:days?|weeks?|months?|quarters?|years?|decades?)"
_SCOPE = re.compile(
    rf"(?:(?:since|as of|in|from|between|during|the)\s+)?(?:"
    rf"{_YEAR}|{_MONTH}(?:,?\s+(?:of\s+)?{_YEAR})?|{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?|{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?"
    rf"|(?:last|this|next|past|previous|coming|current)\s+(?:year|month|week|quarter|decade)"
    rf"|{_NUM}\s+{_UNIT}(?:\s+ago)?"
    rf"|(?:the\s+)?(?:last|past|next|previous|coming|following)\s+{_NUM}\s+{_UNIT}"
    rf"|(?:the\s+)?(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter(?:\s+of\s+{_YEAR})?|q[1-4]\s+{_YEAR}"
    rf"|(?:the\s+)?(?:\d{{4}}s|'\d0s)"
    rf"|{_MONTH}\s+(?:to|through|-|and)\s+{_MONTH}(?:,?\s+{_YEAR})?"
    rf"|{_YEAR}\s*(?:to|through|-|and)\s*{_YEAR}"
    rf")",
    re.IGNORECASE,
)
_IN_SCOPE_TYPES = {"datetimeV2.date", "datetimeV2.daterange", "datetimeV2.duration"}


def _in_scope(case: dict) -> bool:
    results = case.get("Results", [])
    if not results or not case.get("Context", {}).get("ReferenceDateTime"):
        return False
    for result in results:
        if result.get("TypeName") not in _IN_SCOPE_TYPES or not _SCOPE.fullmatch(result["Text"]):
            return False
        values = result.get("Resolution", {}).get("values", [])
        if not values or any("X" in v.get("timex", "X") or "Mod" in v and v["Mod"] not in ("since",) for v in values):
            return False
    return True


def _reader_range(expression: TimeExpression, dct: date) -> tuple[date, date] | None:
    """The reader's stretch in Recognizers' convention: end is the day after the last day."""
    period = expression.period or expression.interval
    if period is None:
        return None
    return period[0], period[1] + timedelta(days=1)


def _result_matches(result: dict, expressions: list[TimeExpression], start: int, end: int, dct: date) -> bool:
    near = [e for e in expressions if _overlaps(e.start, e.end, start, end)]
    for value in result["Resolution"]["values"]:
        kind = result["TypeName"]
        if kind == "datetimeV2.duration" and any(e.value == value["timex"] for e in near):
            return True
        if kind == "datetimeV2.date" and any(e.value == value["timex"] for e in near):
            return True
        if kind == "datetimeV2.daterange":
            for e in near:
                if e.value == value["timex"] and "start" not in value:
                    return True
                stretch = _reader_range(e, dct)
                if stretch is None:
                    continue
                wanted_start = value.get("start")
                wanted_end = value.get("end")
                if value.get("Mod") == "since":
                    if wanted_start == e.interval[0].isoformat() if e.interval else False:
                        return True
                    continue
                if wanted_start == stretch[0].isoformat() and wanted_end == stretch[1].isoformat():
                    return True
            # A range written as two expressions ("from December to January").
            if len(near) >= 2 and near[0].period and near[0].period == near[-1].period:
                stretch = _reader_range(near[0], dct)
                if value.get("start") == stretch[0].isoformat() and value.get("end") == stretch[1].isoformat():
                    return True
    return False


def score_recognizers(folder: Path) -> dict:
    cases = json.loads((folder / "Specs" / "DateTime" / "English" / "DateTimeModel.json").read_text(encoding="utf-8-sig"))
    passed, in_scope, failures = 0, 0, []
    for case in cases:
        if not _in_scope(case):
            continue
        in_scope += 1
        dct = datetime.fromisoformat(case["Context"]["ReferenceDateTime"]).date()
        expressions = find_times(case["Input"], dct)
        ok = all(
            _result_matches(r, expressions, r["Start"], r["End"] + 1, dct) for r in case["Results"]
        )
        covered = [e for e in expressions if any(_overlaps(e.start, e.end, r["Start"], r["End"] + 1) for r in case["Results"])]
        ok = ok and len(covered) == len(expressions)
        passed += ok
        if not ok:
            failures.append(
                {"input": case["Input"], "dct": str(dct), "expected": [(r["Text"], r["Resolution"]["values"]) for r in case["Results"]],
                 "got": [(e.text, e.value, str(e.period)) for e in expressions]}
            )
    return {
        "cases": len(cases),
        "in_scope": in_scope,
        "passed": passed,
        "pass_rate": round(100 * passed / in_scope, 2) if in_scope else 0.0,
        "scope": (
            "DateTimeModel cases whose every expected result is a date, date range or duration "
            "(no time of day, weekday, holiday, week number, or partly unknown XXXX value; Mod only 'since'), "
            "written as a year, month, month+day(+year), last/this/next year|month|week|quarter, "
            "N units (ago), the past/next N units, a quarter, a decade, or a month/year range. "
            "Pass = every expected result has an overlapping reader expression with the same value "
            "(or the same start and end for ranges; end exclusive as Recognizers writes it) and the reader "
            "finds nothing else."
        ),
        "failures": failures,
    }


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    as_json = "--json" in argv
    errors = 0
    if "--errors" in argv:
        errors = int(argv[argv.index("--errors") + 1])
    folder = benchmarks_folder()
    if not folder.is_dir():
        print(f"benchmarks folder {folder} not found; only the repository's own sentences are evaluated "
              "(set AUDITOR_BENCHMARKS to point at it).")
    report: dict = {"benchmarks": str(folder)}
    tbaq = folder / "tempeval3-tbaq"
    if tbaq.is_dir():
        score = score_tempeval(tbaq)
        report["tempeval3_tbaq"] = {
            "documents": score.documents,
            "gold_timex3": score.strict.gold,
            "system_timex3": score.strict.system,
            "strict_span": score.strict.scores(),
            "relaxed_span": score.relaxed.scores(),
            "value_all": score.value_all.scores(),
            "value_date_duration": score.value_date_duration.scores(),
            "type_accuracy": round(100 * score.type_correct / score.matched, 2) if score.matched else 0.0,
        }
        for part in ("tune", "held-out"):
            piece = score_tempeval(tbaq, part)
            report["tempeval3_tbaq"][part] = {
                "documents": piece.documents, "gold_timex3": piece.strict.gold,
                "relaxed_span": piece.relaxed.scores(), "value_all": piece.value_all.scores()}
        if errors:
            report["tempeval3_tbaq"]["errors"] = score.errors[:errors] if errors > 0 else score.errors
    else:
        report["tempeval3_tbaq"] = "absent"
    unseen_errors: list[dict] | None = [] if errors else None
    report["unseen_news"] = score_unseen(errors=unseen_errors)
    if unseen_errors:
        report["unseen_news"]["errors"] = unseen_errors
    specs = folder / "recognizers-text-specs"
    if specs.is_dir():
        recognizers = score_recognizers(specs)
        if not errors:
            recognizers.pop("failures")
        report["recognizers_datetime"] = recognizers
    else:
        report["recognizers_datetime"] = "absent"
    if as_json:
        print(json.dumps(report, indent=2, default=str))
        return 0
    _print_report(report)
    return 0


def _print_report(report: dict) -> None:
    tbaq = report["tempeval3_tbaq"]
    if isinstance(tbaq, dict):
        print(f"TempEval-3 TBAQ ({tbaq['documents']} documents, {tbaq['gold_timex3']} gold TIMEX3, {tbaq['system_timex3']} found)")
        for name, label in (("strict_span", "strict span"), ("relaxed_span", "relaxed span"), ("value_all", "value (all)"),
                            ("value_date_duration", "value (DATE+DURATION)")):
            s = tbaq[name]
            print(f"  {label:24s} P {s['precision']:6.2f}  R {s['recall']:6.2f}  F1 {s['f1']:6.2f}")
        print(f"  {'type accuracy':24s} {tbaq['type_accuracy']:6.2f} (over relaxed matches)")
        for part in ("tune", "held-out"):
            piece = tbaq[part]
            print(f"  {part} part (split_part): {piece['documents']} documents, {piece['gold_timex3']} gold: "
                  f"relaxed span F1 {piece['relaxed_span']['f1']:6.2f}, value F1 {piece['value_all']['f1']:6.2f}")
        for error in tbaq.get("errors", []):
            print("   ", error)
    else:
        print("TempEval-3 TBAQ: folder absent, skipped")
    unseen = report.get("unseen_news")
    if unseen:
        print(f"News sentences never tuned on (benchmarks/corpora/readers): {unseen['sentences']} sentences with a DCT, "
              f"{unseen['gold_timex3']} gold TIMEX3, {unseen['system_timex3']} found")
        for name, label in (("relaxed_span", "relaxed span"), ("value_all", "value (all)")):
            s = unseen[name]
            print(f"  {label:24s} P {s['precision']:6.2f}  R {s['recall']:6.2f}  F1 {s['f1']:6.2f}")
        for error in unseen.get("errors", []):
            print("   ", error)
    rec = report["recognizers_datetime"]
    if isinstance(rec, dict):
        print(f"Recognizers-Text DateTimeModel: {rec['passed']}/{rec['in_scope']} in scope pass ({rec['pass_rate']:.2f}%) of {rec['cases']} cases")
        print(f"  scope: {rec['scope']}")
        for failure in rec.get("failures", []):
            print("   ", failure)
    else:
        print("Recognizers-Text specs: folder absent, skipped")


if __name__ == "__main__":
    raise SystemExit(main())
