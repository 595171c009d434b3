"""Twenty-sixth drafting round (draft-26a): the vocabulary's misreadings a desk's additions
brought (sentences written for these tests, read with the articles' pack)."""

from datetime import date

import pytest

import auditor.draft
from draft_helpers import pack  # noqa: F401  (the fixture)


def _metrics(text, pack):
    d = auditor.draft(text, published=date(2023, 3, 16), pack=pack)
    return {text[x.anchor[0]:x.anchor[1]]: x.record.get("metric") for x in d.drafted}


def test_a_qualifier_of_a_name_is_no_generic_noun(pack):
    # "fire deaths of undetermined cause" counts deaths: "the cause of death" does not name it
    got = _metrics("In 100 of those cases, the coroner's report said the cause of death was the result of "
                   "multiple drugs.", pack)
    assert got["100"] != "undetermined_cause_fire_deaths"


def test_a_generic_noun_does_not_narrow_itself(pack):
    # "properties" is no word narrowing "property tax revenue from new property" to itself
    got = _metrics("Properties increased by 7%, worth £17,122, in the 12 months to May this year.", pack)
    assert got["7%"] != "new_property_tax_revenue" and got["£17,122"] != "new_property_tax_revenue"


def test_a_sum_in_another_currency_does_not_carry_a_money_metric_over(pack):
    got = _metrics("Revenue to be raised from new property rose to $4.1 million in 2024. In Leeds it was "
                   "£3.2 million.", pack)
    assert got["$4.1 million"] == "new_property_tax_revenue" and got["£3.2 million"] is None


@pytest.mark.parametrize("text", [
    "When we have a structure fire, we send 12 firefighters.",
    "A three-alarm fire would call for 36 firefighters and 12 trucks on scene.",
    "Twelve firefighters lost their homes in the wildfire in 2022.",
])
def test_people_on_duty_are_no_deaths(pack, text):
    assert "firefighter_deaths" not in _metrics(text, pack).values()


@pytest.mark.parametrize("text", [
    "Two firefighters died in the blaze in 2022.",
    "Two firefighters perished in the blaze in 2022.",
    "Two firefighters lost their lives in the blaze in 2022.",
])
def test_people_said_to_have_died_are_still_deaths(pack, text):
    assert _metrics(text, pack) == {"Two": "firefighter_deaths"}


def test_or_more_heads_no_generic_noun(pack):
    # "highs of 100 degrees or more": "more" ("more than double the five") stands for no metric
    from auditor.draft import vocabulary
    heads = vocabulary._build_heads(pack)
    assert "more" not in heads and "death" in heads


@pytest.mark.parametrize("text,place", [
    ("Columbia SC homicides rose 12 percent in 2022.", "columbia-sc-area"),
    ("In Columbia, SC, homicides rose 12 percent in 2022.", "columbia-sc-area"),
    ("In Columbia, S.C., homicides rose 12 percent in 2022.", "columbia-sc-area"),
])
def test_a_city_with_its_state_s_postal_abbreviation(pack, text, place):
    assert {x.record.get("place") for x in auditor.draft(text, pack=pack).drafted} == {place}
