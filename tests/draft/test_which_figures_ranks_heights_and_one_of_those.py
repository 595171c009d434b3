"""Figures that are no claim (a rank in a list, "#3"; an age bound, "younger than 24"; a height,
"4 feet 9 inches"; "a 10-month-old"; "no sign of a crime") and one that is ("Just one of those was a pedestrian": one of
the count before, of the kind named after it)."""

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


def test_one_of_those_is_a_count_of_the_kind_named(pack):
    text = ("Road deaths fell in Nevada\n\nCARSON CITY, Nev. - In Carson City, the number of fatalities fell "
            "from three in 2017 to two in 2018 but one of those was a pedestrian.\n\nLyon County had 12 "
            "fatalities for the year. Just one of those was a pedestrian.\n")
    figures = _figures(text, pack)
    assert figures["one"] == figures["Just one"] == "pedestrian_deaths"
    assert figures["two"] == "traffic_deaths"      # the kind narrows the one, not the count
    d = auditor.draft(text, published=_DAY, pack=pack)
    assert any(x.record.get("comparison", {}).get("relation") == "lower" and x.record.get("period") == "in 2018"
               and x.record.get("metric") == "traffic_deaths" for x in d.drafted)


def test_no_sign_of_a_crime_counts_no_crimes(pack):
    text = ("Calls to police\n\nFAIRVIEW, Alta. - By the time police respond, the person is gone and often "
            "there is no sign of a crime committed.\n")
    assert not [x.record for x in auditor.draft(text, published=_DAY, pack=pack).drafted]
