"""The hand-annotated news sentences of benchmarks/corpora/readers are well formed, and the
deterministic split of the development data is stable (issue 15 item 4)."""

from __future__ import annotations

import json
import re
from datetime import date

from benchmarks.eval_numbers import UNSEEN_SENTENCES, newsquant_value, split_part

CHANGES = {"=", "~", ">", "<", "up", "down"}
TIMEX_VALUE = re.compile(r"\d{4}(-\d\d(-\d\d)?|-Q[1-4]|-W\d\d|-(SP|SU|FA|WI)|-H[12])?(T\w+)?|P\d+[YMWDQ]|PRESENT_REF|PAST_REF|FUTURE_REF")


def _rows() -> list[dict]:
    return [json.loads(line) for line in UNSEEN_SENTENCES.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_every_sentence_has_a_source_labels_and_findable_times():
    rows = _rows()
    assert len(rows) >= 100
    for row in rows:
        assert row["source"].startswith("http"), row
        assert "birmingham" not in (row["source"] + row["text"]).lower()
        for quantity in row["quantities"]:
            assert quantity["change"] in CHANGES, row["text"]
            newsquant_value(quantity["value"])            # a number or a range "lo-hi"
        if row["times"] is None:
            continue
        date.fromisoformat(row["dct"])
        cursor = 0
        for time in row["times"]:
            cursor = row["text"].index(time["text"], cursor) + len(time["text"])
            assert TIMEX_VALUE.fullmatch(time["value"]), time


def test_the_split_is_deterministic_and_holds_out_about_three_in_ten():
    keys = [f"sentence {n}" for n in range(2000)]
    parts = [split_part(key) for key in keys]
    assert parts == [split_part(key) for key in keys]
    assert set(parts) == {"tune", "held-out"}
    assert 0.25 < parts.count("held-out") / len(parts) < 0.35
    assert split_part("") == split_part("")
