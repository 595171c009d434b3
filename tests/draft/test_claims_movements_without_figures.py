"""Rises and falls said without a figure that were not drafted at all: the progressive ("auto thefts
are on the rise", "the jail population is going down"), "there were fewer arrests" with no "than",
"shrank", and a noun of change before a year ("a slight decline in 2011"); and what stays no claim
("police are increasing patrols", "there were fewer than 10 homicides"), nor is a comparison with other
places ("lower than any of our surrounding cities": a comparison is with another period)."""

from __future__ import annotations

from datetime import date

import pytest

import auditor

from draft_helpers import pack  # noqa: F401  (a fixture)

_DAY = date(2012, 1, 20)


def _comparisons(sentence: str, pack) -> list[tuple[str, str]]:
    text = f"Crime in Monroe County\n\nMONROE, Mich. - {sentence}\n"
    d = auditor.draft(text, published=_DAY, pack=pack)
    return [(x.record.get("metric"), x.record["comparison"]["relation"]) for x in d.drafted if "comparison" in x.record]


@pytest.mark.parametrize("sentence, relation", [
    ("Homicides in Monroe County are on the rise, police said.", "higher"),
    ("Homicides in Monroe County are going down.", "lower"),
    ("Homicides in Monroe County have been steadily increasing this year.", "higher"),
    ("There were fewer homicides in Monroe County in 2011.", "lower"),
    ("Homicides in Monroe County shrank in 2011.", "lower"),
    ("Homicides in Monroe County showed a slight decline in 2011.", "lower"),
    # a movement said to go on
    ("Homicides in Monroe County continued to increase in 2011.", "higher"),
    ("Homicides in Monroe County continue to fall this year.", "lower"),
])
def test_a_movement_said_without_a_figure_is_drafted(sentence, relation, pack):
    assert _comparisons(sentence, pack) == [("homicides", relation)]


@pytest.mark.parametrize("sentence", [
    "Police in Monroe County are increasing patrols after two homicides in 2011.",
    "There were fewer than 10 homicides in Monroe County in 2011.",
    # other places, not another period: a comparison holds only the latter
    "Homicides in Monroe County are lower than any of our surrounding cities, the sheriff said.",
    "The homicide rate in Monroe County is higher than the state average.",
    # scene narration in the past progressive, a subject that is not the metric's words, a trend elsewhere
    "The crowd was growing at the scene of the shooting Saturday night.",
    "Tensions were rising in the neighborhood after the homicide, residents said.",
    "Frustration is growing in the neighborhood after another shooting on Elm Street.",
    "Homicides are rising across the nation, but Monroe County saw fewer this year.",
    # "more" meaning additional ones, or no count
    "There were more officers on patrol Saturday night after the shooting, police said.",
    "Police said there were more victims inside the home.",
    "If there were more deputies, homicides would fall, the sheriff said.",
    # a forecast; a verb with an object
    "The sheriff expects a decline in 2012, he said of homicides.",
    "The sheriff shrank the number of road patrols in 2011.",
    "Deputies in Monroe County continue to increase patrols after two homicides in 2011.",
    # a condition, a modal, a hope, a forecast, a negation or a question before "continue to"
    "If homicides in Monroe County continue to rise in 2011, the sheriff will add deputies.",
    "Homicides in Monroe County could continue to fall in 2011.",
    "Homicides in Monroe County are expected to continue to fall in 2011.",
    "The sheriff hopes homicides in Monroe County continue to fall in 2011.",
    "Homicides in Monroe County did not continue to fall in 2011.",
    "Will homicides in Monroe County continue to climb in 2011?",
])
def test_a_verb_with_an_object_or_a_figure_states_no_movement(sentence, pack):
    assert _comparisons(sentence, pack) == []


@pytest.mark.parametrize("headline, first", [
    ("Homicides down, shootings up in Chicago", ("homicides", "lower")),
    ("Shootings up; homicides down in Chicago", ("shootings", "higher")),
])
def test_two_movements_set_side_by_side_are_each_drafted(headline, first, pack):
    text = f"{headline}\n\nChicago recorded 500 homicides and 2,100 shootings in 2018, police said.\n"
    got = [(x.record.get("metric"), x.record["comparison"]["relation"])
           for x in auditor.draft(text, published=date(2019, 1, 5), pack=pack).drafted if "comparison" in x.record]
    assert got[0] == first and len(got) == 2, got


@pytest.mark.parametrize("text, relation", [
    ("Chicago had 30 fire deaths in 2018, the lowest annual total in recorded history.", "record-low"),
    ("Chicago recorded 300 homicides in 2018. That is the lowest number of homicides in recorded city history.",
     "record-low"),
    ("The deadliest year in recorded history was 1963, when Chicago had 200 fire deaths.", "record-high"),
])
def test_a_superlative_in_recorded_history_is_a_record(text, relation, pack):
    got = [x.record["comparison"]["relation"] for x in auditor.draft(text, published=date(2019, 1, 5), pack=pack).drafted
           if "comparison" in x.record]
    assert got == [relation], got


def test_fewer_compared_to_the_year_before_is_a_comparison(pack):
    text = "The Chicago Police Department responded to slightly fewer domestic calls in 2016 compared to the year before."
    got = [(x.record["comparison"], x.complete) for x in auditor.draft(text, published=date(2017, 2, 6), pack=pack).drafted
           if "comparison" in x.record]
    assert got == [({"relation": "lower", "than": "the year before"}, True)], got


@pytest.mark.parametrize("text", [
    # (review rev45d) not the year or month just before: no base is read from these
    "Chicago saw fewer homicides in 2018 than the year before last.",
    "Chicago recorded more thefts in December than the month before Christmas.",
    "Chicago police made fewer arrests in 2018 compared to the year prior to the new policy.",
])
def test_the_year_before_something_else_is_no_base(text, pack):
    got = [x.record["comparison"] for x in auditor.draft(text, published=date(2019, 1, 5), pack=pack).drafted
           if "comparison" in x.record]
    assert got == [], got
