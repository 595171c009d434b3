"""--format jsonl: the JSON report one record per line (its head, then each source, claim and
finding), for a large report read a line at a time."""

import json
from pathlib import Path

from auditor import reporters
from auditor.models.findings import Report
from auditor.seeds import seed_path


def _report() -> Report:
    return Report.model_validate_json((Path(seed_path()).parent / "expected-audit.json").read_text(encoding="utf-8"))


def test_each_line_is_one_record_of_the_json_report():
    report = _report()
    whole = json.loads(reporters.render(report, "json"))
    text = reporters.render(report, "jsonl")
    lines = [json.loads(line) for line in text.splitlines()]
    head, rest = lines[0], lines[1:]
    assert head["type"] == "report" and head["version"] == whole["version"] and head["worst"] == report.worst()
    assert head["counts"] == dict(reporters.counts(report))
    assert (head["sources"], head["claims"], head["findings"]) == (len(whole["sources"]), len(whole["claims"]),
                                                                  len(whole["findings"]))
    for kind, key in (("source", "sources"), ("claim", "claims"), ("finding", "findings")):
        assert [{k: v for k, v in r.items() if k != "type"} for r in rest if r["type"] == kind] == whole[key]
    assert len(rest) == len(whole["sources"]) + len(whole["claims"]) + len(whole["findings"])
    assert all(list(r) == sorted(r) for r in lines) and text.endswith("\n") and "\n\n" not in text


def test_text_a_terminal_would_obey_is_escaped_as_in_the_json_report():
    report = _report()
    quote = report.claims[0].quote
    claim = report.claims[0].model_copy(update={"quote": {**quote, "text": quote["text"] + "\u202e\x9b"}})
    odd = report.model_copy(update={"claims": (claim, *report.claims[1:])})
    text = reporters.render(odd, "jsonl")
    assert "\u202e" not in text and "\x9b" not in text and "\\u202e" in text
    assert json.loads(text.splitlines()[1 + len(odd.sources)])["quote"]["text"].endswith("\u202e\x9b")
