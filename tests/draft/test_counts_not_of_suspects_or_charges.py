"""What the round-46 readings of missed claims must not draft (review of dr46a): "one" of a suspect or a
charge is no count of events ("one count of robbery and two counts of burglary", "including one homicide
suspect"); an age range is no pair of levels ("men aged from 18 to 24"); "not ... any" of a change is no
zero ("has not had any enrollment growth"); "expects an increasing number of calls" is a forecast; and "than
they did last year" names the period compared with, not the claim's own period."""

from __future__ import annotations

from datetime import date

import pytest

import auditor

from draft_helpers import pack  # noqa: F401  (a fixture)

_DAY = date(2015, 6, 1)


def _drafted(text: str, pack) -> list[tuple[str, dict]]:
    d = auditor.draft(text, published=_DAY, pack=pack)
    return [(text[x.anchor[0]:x.anchor[1]], x.record) for x in d.drafted]


@pytest.mark.parametrize("text", [
    "Smith was charged with one count of robbery and two counts of burglary, police said.",
    "Police arrested 12 people, including one homicide suspect, in the sweep.",
    "Deputies booked one burglary suspect and two theft suspects into the county jail.",
    "Officers saw one robbery suspect run from the store at 3:15 a.m.",
])
def test_one_suspect_or_one_charge_is_no_count(text, pack):
    assert [w for w, _ in _drafted(text, pack) if w == "one"] == []


@pytest.mark.parametrize("text, metric", [
    # the counts these guards must leave alone
    ("Green County sheriff Roderick said there has been one traffic fatality in Green County this year.", "traffic_deaths"),
    ("The county had one traffic death, one drowning and two homicides in 2015.", "traffic_deaths"),
    ("Clovis saw one homicide in 2014 and three in 2015.", "homicides"),
])
def test_one_of_events_is_still_counted(text, metric, pack):
    assert any(w == "one" and r.get("metric") == metric for w, r in _drafted(text, pack))


def test_not_any_growth_is_no_zero(pack):
    text = "The district has not had any enrollment growth since 2010."
    assert [w for w, _ in _drafted(text, pack) if w == "any"] == []


@pytest.mark.parametrize("text", [
    "Clovis police made more DUI arrests than they did last year.",
    "Firefighters responded to more calls than they did last year.",
])
def test_than_they_did_last_year_is_the_base_not_the_claims_period(text, pack):
    """The same reading as "... than last year": last year is the period compared with."""
    plain = text.replace(" they did", "")
    got = [(r.get("period"), r["comparison"]) for _, r in _drafted(text, pack) if "comparison" in r]
    assert got and got == [(r.get("period"), r["comparison"]) for _, r in _drafted(plain, pack) if "comparison" in r]


def test_an_age_range_after_a_pair_of_levels_is_no_pair(pack):
    text = "Clovis police said arrests rose from 120 to 180 in 2015, most of them men aged from 18 to 24."
    words = [w for w, _ in _drafted(text, pack)]
    assert "18" not in words and "24" not in words, words
    assert "120" in words and "180" in words, words


def test_an_increasing_number_expected_is_a_forecast(pack):
    text = "The Clovis police chief expects an increasing number of calls this summer, when the heat peaks."
    assert [r["comparison"] for _, r in _drafted(text, pack) if "comparison" in r] == []
