"""Figures that are no claim: a rank in a list, "#3"; an age bound, "younger than 24"; a height,
"4 feet 9 inches"; "a 10-month-old"; "no sign of a crime"; and "one" in "one of those was a 15-year-old" (a determiner:
no count of 1 of the metric before, which would contradict the count it is one of)."""

from __future__ import annotations

from datetime import date

import pytest

import auditor

from draft_helpers import pack  # noqa: F401  (a fixture)

_DAY = date(2019, 1, 9)


def _figures(text: str, pack) -> dict[str, str | None]:
    d = auditor.draft(text, published=_DAY, pack=pack)
    return {text[x.anchor[0]:x.anchor[1]]: x.record.get("metric") for x in d.drafted if "value" in x.record}


@pytest.mark.parametrize("text, figure", [
    ("Calls to police\n\nFAIRVIEW, Alta. - The top categories for calls in 2018 were: #1 – false alarms, "
     "#3 traffic, #4 – thefts.\n", "4"),
    ("Fatal crashes in Trumbull County\n\nWARREN, Ohio - There were 20 fatal crashes this year. Half of them "
     "involved drivers younger than 24 or older than 55.\n", "24"),
    ("Traffic deaths fell in 2018\n\nST. PAUL, Minn. - Traffic deaths fell in 2018. The law requires kids to "
     "use booster seats until they are 4 feet 9 inches tall.\n", "9"),
    ("Fire deaths in Ohio\n\nCOLUMBUS, Ohio - Fires killed 27 people in 2018, including a 10-month-old.\n", "10"),
    ("Traffic deaths in San Diego\n\nSAN DIEGO - Deadly crashes among children 14 and younger declined "
     "in 2018.\n", "14"),
])
def test_a_rank_an_age_or_a_height_is_no_claim(text, figure, pack):
    assert figure not in {k.split()[-1] for k in _figures(text, pack)}


@pytest.mark.parametrize("sentence", [
    "The county had 290 overdose deaths in 2018. One of those was a 15-year-old.",
    "Washoe County recorded 40 traffic deaths in 2018. Not one of those was a pedestrian.",
    "Washoe County recorded 40 traffic deaths in 2018. One of those was in Sparks.",
])
def test_one_of_those_is_no_count_of_one(sentence, pack):
    text = f"Deaths in Washoe County\n\nRENO, Nev. - {sentence}\n"
    assert [k for k in _figures(text, pack) if "one" in k.lower()] == []


def test_a_movement_before_one_of_those_keeps_its_comparison(pack):
    text = ("Road deaths\n\nMINDEN, Nev. - Douglas County fatalities fell to two in 2018 from 11 "
            "in 2017, but one of those was a pedestrian.\n")
    d = auditor.draft(text, published=_DAY, pack=pack)
    assert any(x.record.get("comparison", {}).get("relation") == "lower" and x.record.get("period") == "in 2018"
               for x in d.drafted)


def test_no_sign_of_a_crime_counts_no_crimes(pack):
    text = ("Calls to police\n\nFAIRVIEW, Alta. - By the time police respond, the person is gone and often "
            "there is no sign of a crime committed.\n")
    assert not [x.record for x in auditor.draft(text, published=_DAY, pack=pack).drafted]
