"""The kind and figures of a figure by the words around it (round 48): a change told again in the
other measure ("an increase of 133, or 30 per cent"), a level reached after a change's own figure
("fell 37 per cent to 40"), a figure compared with after an owner's name ("than 2018's total of
564"), a streak with words between its verb and "for the third straight year", a record "in the
city in more than a decade" and a headline's "more than triple". The sentences are written for
these tests, in the shape of news wording met in several development sets."""

from __future__ import annotations

from datetime import date

import pytest

import auditor.draft


def _by_words(text: str) -> dict[str, dict]:
    d = auditor.draft(text, published=date(2023, 3, 1))
    return {text[x.anchor[0]:x.anchor[1]]: x.record for x in d.drafted}


def _kind(record: dict) -> str | None:
    return next((k for k in ("value", "change", "comparison", "share") if k in record), None)


# -- a change told again in the other measure ------------------------------------------------------

RESTATED = [
    ("Burglaries in the town reached 569 last year, up from 436 in 2020 – an increase of 133, or 30 per cent.",
     "30 per cent", "up 30 per cent", "or 30 per cent"),
    ("Enrolment is expected to climb to 50,887, an increase of 707 students, or 1.4 per cent.",
     "1.4 per cent", "up 1.4 per cent", "or 1.4 per cent"),
    ("Thefts were 412 versus 428 a year earlier, a decrease of 16 incidents, or 3.7 per cent.",
     "3.7 per cent", "down 3.7 per cent", "or 3.7 per cent"),
    ("Enrolment went up by 990 new students (3.7 per cent) this fall.",
     "3.7 per cent", "up 3.7 per cent", "3.7 per cent"),
    ("Overdose deaths increased from 95 in 2021 to 98 in 2022 — or by 3 percent.",
     "3 percent", "up 3 percent", "or by 3 percent"),
    ("Traffic deaths rose 12 percent, or 340 deaths, last year.", "340", "up 340", "or 340 deaths"),
    ("Crime dropped 8 per cent (or 120 incidents) in 2022.", "120", "down 120", "or 120 incidents"),
]


@pytest.mark.parametrize("text, words, phrase, quote", RESTATED, ids=[r[1] + "::" + r[2] for r in RESTATED])
def test_a_change_told_again_in_the_other_measure_is_the_same_change(text, words, phrase, quote):
    record = _by_words(text)[words]
    assert record.get("change", {}).get("phrase") == phrase
    assert record["quote"]["text"] == quote


NOT_RESTATED = [
    # a share of a whole after a count, no change before it
    ("Of the 1,386 calls, 832 were false alarms, or 60 percent.", "60 percent", "share"),
    # the level reached, then its share of a whole
    ("Homicides rose to 120, or 30 percent of all deaths.", "30 percent", "share"),
    ("Calls rose to 1,200 (15 percent of the total).", "15 percent", "share"),
]


@pytest.mark.parametrize("text, words, kind", NOT_RESTATED, ids=[r[0][:40] for r in NOT_RESTATED])
def test_a_share_after_a_count_or_a_level_stays_a_share(text, words, kind):
    assert _kind(_by_words(text)[words]) == kind


# -- a level reached, a figure compared with ------------------------------------------------------

LEVELS = [
    ("Thefts from vehicles decreased 59 per cent to 62 from 151.", "62"),
    ("Burglaries fell 37 per cent to 40 this year.", "40"),
    ("Business burglaries have jumped slightly this year to 19, from 12 in 2021.", "19"),
    ("The board cut the number of high schools to 13 from 18.", "13"),
    ("Police recorded 195 murders, a 27.5 percent decrease from the previous year's total of 269.", "269"),
    ("The city recorded 492 murders in 2019, about 13% lower than 2018's total of 564.", "564"),
    ("Police recorded 4,481,817 crimes, down on last year's 4,545,337.", "4,545,337"),
]


@pytest.mark.parametrize("text, words", LEVELS, ids=[r[1] for r in LEVELS])
def test_a_level_reached_or_compared_with_is_a_value(text, words):
    record = _by_words(text)[words]
    assert record.get("value") == words and "change" not in record


STILL_CHANGES = [
    ("Thefts rose by 14 in 2022.", "14", "up 14"),
    ("Crime fell 10 percent in the first three months to March.", "10 percent", "down 10 percent"),
    ("Deaths rose 5 percent over the 12 months to June.", "5 percent", "up 5 percent"),
]


@pytest.mark.parametrize("text, words, phrase", STILL_CHANGES, ids=[r[1] for r in STILL_CHANGES])
def test_a_change_with_no_level_after_stays_a_change(text, words, phrase):
    assert _by_words(text)[words].get("change", {}).get("phrase") == phrase


# -- streaks, records, a headline's multiple -------------------------------------------------------

COMPARISONS = [
    ("The number of homicides in the city declined in 2011 for the third straight year.",
     {"relation": "fall-streak", "years": 3}),
    ("The city also saw its murder rate drop for a third straight year in 2019.",
     {"relation": "fall-streak", "years": 3}),
    ("Thefts fell in the county for a second year in a row.", {"relation": "fall-streak", "years": 2}),
    ("Burglaries rose for the second consecutive year.", {"relation": "rise-streak", "years": 2}),
]


@pytest.mark.parametrize("text, comparison", COMPARISONS, ids=[r[0][:40] for r in COMPARISONS])
def test_a_streak_with_words_before_its_for(text, comparison):
    got = [r["comparison"] for r in _by_words(text).values() if "comparison" in r]
    assert any(all(c.get(k) == v for k, v in comparison.items()) for c in got), got


def test_a_record_in_the_city_over_a_decade():
    got = [r.get("comparison", {}).get("relation") for r in
           _by_words("Homicides reached 356. That is the highest count in the city in more than a decade.").values()]
    assert "record-high" in got


def test_a_higher_count_without_a_span_of_years_is_no_record():
    got = [r.get("comparison", {}).get("relation") for r in
           _by_words("Homicides reached 356, higher than in the city of Chester.").values()]
    assert "record-high" not in got


def test_a_headline_ending_with_more_than_triple_is_a_ratio():
    text = ("Aggressive driving deaths more than triple\n"
            "Salt Lake City - Deaths in crashes involving aggressive drivers rose in 2017.")
    change = _by_words(text)["triple"]["change"]
    assert (change["direction"], change["by"], change["measure"]) == ("up", "more than 3", "ratio")


def test_a_headline_word_triple_before_a_noun_is_no_change():
    text = "Council approves triple bypass for downtown traffic\nThe plan costs $4 million."
    assert "triple" not in _by_words(text)
