"""Counts said "one" that were not drafted at all: an item of a list of counts ("two thefts, one
burglary and one towed vehicle"), "while there was one in 2019" and "no homicides, robberies and
arsons" (none of each); what stays no claim (an item whose
words name no metric, "one code"; a determiner, "in one section of the city"); and a change only hoped
for or supposed ("hopes to see a downturn", "it's not unusual to see a drop")."""

from __future__ import annotations

from datetime import date

import pytest

import auditor

from draft_helpers import pack  # noqa: F401  (a fixture)

_DAY = date(2012, 1, 20)


def _drafted(sentence: str, pack) -> list[tuple]:
    text = f"Crime in Monroe County\n\nMONROE, Mich. - {sentence}\n"
    d = auditor.draft(text, published=_DAY, pack=pack)
    return [(x.record.get("metric"), x.record.get("value"), (x.record.get("comparison") or {}).get("relation"))
            for x in d.drafted]


def test_one_in_a_list_of_counts_is_a_count(pack):
    got = _drafted("In 2011 deputies in Monroe County handled two robberies, one burglary, one code and one "
                   "homicide.", pack)
    assert ("burglaries", "one", None) in got and ("homicides", "one", None) in got
    assert len(got) == 3      # "one code" names no metric


def test_no_before_a_list_is_none_of_each(pack):
    got = _drafted("In 2011 Monroe County had no homicides, robberies and arsons, the sheriff said.", pack)
    assert sorted(got) == [("arsons", "0", None), ("homicides", "0", None), ("robberies", "0", None)]


def test_a_change_seen_is_drafted(pack):
    got = _drafted("Monroe County was the only county in the region to see a drop in homicides in 2011.", pack)
    assert ("homicides", None, "lower") in got


def test_one_after_there_was_is_a_count(pack):
    got = _drafted("There were two homicides in Monroe County in 2011, while there was one in 2010.", pack)
    assert ("homicides", "one", None) in got


@pytest.mark.parametrize("sentence", [
    "Deputies said one section of the city saw two homicides in 2011.",
    "The sheriff hopes to see a downturn in homicides in 2012.",
    "The sheriff said it is not unusual to see a drop in homicides after arrests.",
    "For a while, you're going to see a significant drop in homicides, the sheriff said.",
])
def test_a_determiner_or_a_hoped_for_change_is_no_count(sentence, pack):
    assert all(value != "one" for _, value, _ in _drafted(sentence, pack))
    assert all(relation is None for _, _, relation in _drafted(sentence, pack))


@pytest.mark.parametrize("sentence", [
    "In 2011 two teens were charged with robbery, one with burglary.",
    "In 2011 deputies made 12 arrests, one for burglary and 11 for drug possession.",
    "The fire in 2011 injured two firefighters and one resident.",
    "There was one in 2011 that nobody reported, the resident said.",
])
def test_one_of_people_or_of_nothing_named_is_no_count(sentence, pack):
    # "one" of a list whose item is a preposition's object ("one with burglary"), a stock ("one
    # resident"), or after "there was" with no metric named before it in the sentence
    assert all(value != "one" for _, value, _ in _drafted(sentence, pack))


def test_no_before_items_of_their_own_count_is_none_of_the_first_only(pack):
    got = _drafted("In 2011 Monroe County had no homicides, a robbery and several burglaries.", pack)
    assert ("robberies", "0", None) not in got and ("burglaries", "0", None) not in got


@pytest.mark.parametrize("sentence", [
    "Despite hopes of a turnaround, Monroe County saw an increase in homicides in 2011.",
    "Hope Township saw an increase in homicides in 2011.",
    "It was unusual to see an increase in homicides in 2011, the sheriff said.",
])
def test_a_hope_of_something_else_leaves_the_change(sentence, pack):
    assert ("homicides", None, "higher") in _drafted(sentence, pack)
