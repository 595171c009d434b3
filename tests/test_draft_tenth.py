"""The tenth round: readings of classes of statements the first drafts of unseen articles missed
(records that carry an earlier year's own figure), with sentences written for these tests, none
about Birmingham, Alabama; the second half of `fresh7.yaml` (m11-m20) is only measured by its
summary."""

from __future__ import annotations

from datetime import date

import pytest

import auditor
import auditor.draft

from draft_helpers import drafted_records
from draft_helpers import pack  # noqa: F401  (the fixture)


def _records(text: str, pack, published=date(2022, 4, 1)) -> list[dict]:
    return [r for r in drafted_records(text, published=published, pack=pack)
            if "comparison" in r and r["comparison"]["relation"].startswith("record")]


@pytest.mark.parametrize("sentence, relation, window, period", [
    ("Ohio recorded 41 traffic deaths in 2021, the most since 44 in 2009.", "record-high", "since 2010", "2021"),
    ("Ohio counted 1,312 fire deaths in 2021 — the most since 1,350 fire deaths in 2003.",
     "record-high", "since 2004", "2021"),
    ("Overdose deaths in Ohio fell to 2,101 in 2021, the fewest since 1,980 in 2011.", "record-low", "since 2012", "2021"),
])
def test_a_record_since_an_earlier_figure_is_a_record_of_the_claim_period(pack, sentence, relation, window, period):
    records = _records(sentence + "\n", pack)
    assert [r["comparison"]["relation"] for r in records] == [relation]
    assert records[0]["comparison"]["window"] == window
    assert period in str(records[0]["period"])
    # the earlier year's figure stays a value of that year
    values = [r for r in drafted_records(sentence + "\n", published=date(2022, 4, 1), pack=pack) if "value" in r]
    assert any(window[-4:] != str(r["period"])[-4:] and str(int(window[-4:]) - 1) in str(r["period"]) for r in values)


def test_a_figure_after_since_without_a_year_is_no_record(pack):
    # "since 44 were counted" names no year: nothing bounds a window
    assert _records("Ohio recorded 41 traffic deaths in 2021, more than twice the number since 44 were counted.\n",
                    pack) == []
