"""How the drafter reads a record since an earlier figure, a comparison with the years before and a
count passing another period's."""

from __future__ import annotations

from datetime import date

import pytest

from draft_helpers import drafted_records
from draft_helpers import pack  # noqa: F401  (a fixture)


def _records(text: str, pack, published=date(2022, 4, 1)) -> list[dict]:
    return [r for r in drafted_records(text, published=published, pack=pack)
            if "comparison" in r and r["comparison"]["relation"].startswith("record")]


def _comparisons(text: str, pack, published=date(2022, 4, 1)) -> list[dict]:
    return [r for r in drafted_records(text, published=published, pack=pack)
            if "comparison" in r and not r["comparison"]["relation"].startswith("record")]


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


@pytest.mark.parametrize("sentence, relation", [
    # "than" the years before, said without a year
    ("Ohio had fewer fire deaths in 2021 than in the two previous years.", "lower"),
    ("More people were shot in Ohio in 2021 than in each of the past three years.", "higher"),
])
def test_a_comparison_with_the_years_before_is_drafted_for_the_named_year(pack, sentence, relation):
    records = _comparisons("State report\n\n" + sentence + "\n", pack)
    assert [r["comparison"]["relation"] for r in records] == [relation]
    assert "2021" in str(records[0]["period"])


@pytest.mark.parametrize("sentence, relation", [
    # a count passing another's, said by a verb
    ("Ohio has already exceeded the number of homicides seen in each of the past two years.", "higher"),
    ("Traffic deaths in Ohio are on track to surpass the number recorded last year.", "higher"),
    ("The number of overdose deaths in Ohio is not on track to exceed last year.", "lower"),
])
def test_a_count_passing_another_periods_is_a_comparison_of_this_year(pack, sentence, relation):
    records = _comparisons("State report\n\n" + sentence + "\n", pack)
    assert [r["comparison"]["relation"] for r in records] == [relation]
    # the period passed is the base, not the claim's period
    assert "last year" != records[0]["period"] and "past two years" not in str(records[0]["period"])


@pytest.mark.parametrize("headline, relation", [
    ("Ohio fire deaths down slightly in 2021", "lower"),
    ("Ohio traffic deaths up sharply in 2021", "higher"),
])
def test_a_headline_direction_may_carry_an_adverb_of_degree(pack, headline, relation):
    records = _comparisons(headline + "\n\nThe state fire marshal released the figures on Monday.\n", pack)
    assert [r["comparison"]["relation"] for r in records] == [relation]


@pytest.mark.parametrize("sentence, relation, value", [
    ("Chicago had 500 homicides in 2017. The city's all-time low was 333 in 2014.", "record-low", "333"),
    ("Nevada had 300 traffic deaths in 2017. The state's all-time high was in 2006 with 432 traffic deaths.",
     "record-high", "432"),
])
def test_a_record_named_as_the_subject_with_its_level_and_year(pack, sentence, relation, value):
    records = drafted_records(sentence, published=date(2018, 3, 1), pack=pack)
    assert [r["comparison"]["relation"] for r in records if "comparison" in r] == [relation], records
    assert [r["value"] for r in records if "value" in r][-1] == value
