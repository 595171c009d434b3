"""Two levels joined by "to" ("thefts (from 41 to 29)", "a rise in burglaries from four to 11"): each
level a figure, and the direction between them a comparison of the later period with the earlier."""

from __future__ import annotations

from datetime import date

import pytest

import auditor

from draft_helpers import pack  # noqa: F401  (a fixture)

_DAY = date(2019, 3, 12)
# a month compared with the same month a year before, then a list of categories with their two levels
_LIST = ("Calls for service to Chicago police in February fell to 2,310, compared to 2,650 in February 2018. "
         "Offences were down in several categories, including thefts (from 41 to 29), robberies (from nine to four) "
         "and burglaries (from 12 down to seven).")


def _directions(text: str, pack) -> list[tuple[str, str, str | None]]:
    """(metric, relation, than) of each comparison drafted, complete or not, in order."""
    return [(x.record.get("metric"), x.record["comparison"]["relation"], x.record["comparison"].get("than"))
            for x in auditor.draft(text, published=_DAY, pack=pack).drafted if "comparison" in x.record]


def _values(text: str, pack) -> dict[str, str | None]:
    return {x.record["value"]: x.record.get("period")
            for x in auditor.draft(text, published=_DAY, pack=pack).drafted if "value" in x.record}


def test_each_pair_of_a_list_states_its_direction_against_the_earlier_month(pack):
    # a "were down" over the whole list does not say each category's direction; a level in words
    # ("from nine to four") and "from 12 down to seven" are pairs too
    got = _directions(_LIST, pack)
    assert ("thefts", "lower", "2018-02") in got, got
    assert ("robberies", "lower", "2018-02") in got, got
    assert ("burglaries", "lower", "2018-02") in got, got


def test_a_rise_in_a_name_from_a_level_in_words_states_its_direction(pack):
    text = ("Calls for service to Chicago police in February fell to 2,310, compared to 2,650 in February 2018. "
            "In February, there was a rise in Chicago burglaries from four to 11.")
    assert ("burglaries", "higher", "2018-02") in _directions(text, pack)


def test_a_bound_as_the_first_level_in_parentheses_is_a_level_of_its_own(pack):
    text = ("There were 354 overdose deaths in Ireland in 2016, compared to 365 in 2015. A number of counties saw "
            "a rise in overdose deaths: Cork (34 to 41) and Cavan (less than 5 to 9).")
    values = _values(text, pack)
    assert values.get("less than 5") == "2015" and "9" in values, values
    assert [d for d in _directions(text, pack) if d[1] == "higher"] == [("overdose_deaths", "higher", "2015")] * 2


def test_a_span_of_years_after_the_levels_gives_each_its_year(pack):
    # "rose from 41 to 56 between 2016 and 2018": 41 in 2016 (not 2016 to 2018), 56 in 2018
    text = "Chicago homicides rose from 41 to 56 between 2016 and 2018."
    assert _values(text, pack) == {"41": "2016", "56": "2018"}
    assert _directions(text, pack) == [("homicides", "higher", "2016")]


@pytest.mark.parametrize("text", [
    # the change said before the levels says their direction: no second comparison
    "Homicides in Chicago in January rose by 20 per cent (10 to 12) year over year.",
    # an estimate's range is no pair
    "Officials in Chicago expect 20 to 30 homicides in 2019.",
])
def test_no_direction_of_levels_when_said_or_no_pair(text, pack):
    assert [d for d in _directions(text, pack) if d[2] in ("2018-01", "2018")] == []


def test_each_movement_of_a_list_of_moves_states_its_own_direction(pack):
    # the movement drafted from the last "were down from" does not stand for the levels before it
    text = ("Chicago arrests for driving under the influence were down from 70 to 37 in 2018, traffic offences "
            "were down from 716 to 608 and insurance violations were down from 308 to 199.")
    got = [d[0] for d in _directions(text, pack) if d[1:] == ("lower", "2017")]
    assert got == ["dui_arrests", "traffic_offenses", "insurance_violations"], got


@pytest.mark.parametrize("text, metric, relation", [
    ("The Chicago property tax rate was raised from $10.56 to $10.62 for 2019.", "county_urban_tax_rate", "higher"),
    ("Aggravated assaults in Chicago were lowered from seven to three in 2018.", "aggravated_assaults", "lower"),
])
def test_a_level_raised_or_lowered_states_its_direction(text, metric, relation, pack):
    assert (metric, relation, "2018" if "2019" in text else "2017") in _directions(text, pack)


def test_a_sum_raised_from_donors_is_no_movement(pack):
    assert _directions("Chicago raised $5 million from 12 donors in 2018.", pack) == []


def test_levels_down_to_compared_with_the_same_month_a_year_before(pack):
    # "were down to", and the level compared with read after the first ("for the same month in 2018")
    text = ("Calls for service to Chicago police in February were down to 2,310, compared to 2,650 for the same "
            "month in 2018.")
    d = [x for x in auditor.draft(text, published=_DAY, pack=pack).drafted if "comparison" in x.record]
    assert [(x.record["comparison"]["relation"], x.complete) for x in d] == [("lower", True)], [x.record for x in d]


@pytest.mark.parametrize("text, split", [
    # after a movement's noun and "in", a name of several words, then the two levels
    ("In February, Chicago saw a slight increase in impaired operation of a motor vehicle from 29 to 31.", True),
    # a verb of movement far before a range said of something else stays one figure
    ("Burglaries rose in Chicago last year at shops that employ from 9 to 15 workers.", False),
])
def test_a_movement_before_a_long_name_splits_its_levels(text, split, pack):
    values = [x.record["value"] for x in auditor.draft(text, published=_DAY, pack=pack).drafted if "value" in x.record]
    assert values == (["29", "31"] if split else []), values


@pytest.mark.parametrize("text, directions", [
    ("Chicago homicides in 2018 ranged from 20 down to 5 a month.", []),
    ("Monthly homicide counts in Chicago varied from 60 down to 25 in 2018.", []),
    ("Chicago homicides fell in 2018, ranging from 20 to 5 a month.", [("homicides", "lower", "2017")]),
])
def test_the_two_ends_of_a_range_are_no_pair_of_levels(text, directions, pack):
    # (review rev45d) a range's ends are of the same period and say no direction between them
    # (the one drafted is the verb's: "fell in 2018")
    assert set(_values(text, pack).values()) == {"in 2018"}
    assert _directions(text, pack) == directions
