"""Hand claims the drafter drafted nothing for (round 50): "one" as a count where the drafter read a
determiner: a part of the count before whose kind its clause says ("One of those was a pedestrian"), a
change of one ("an increase of one"), a count said had by a place ("suffered one in 2018") or worked by a
force ("troopers worked one fatal crash"), its metric the plural of its noun; the direction of "X in 2016,
down from Y in 2007" when a level is drafted commented out; a value given to each of the years named
together ("2013 and 2014 each saw 28"). And what stays undrafted: "one" of a kind the count has none of,
"one" of a person's record, "one" as a determiner; a level moved from of a later period; years together
without "each" or "both"."""

from __future__ import annotations

from datetime import date

import pytest

import auditor

from draft_helpers import pack  # noqa: F401  (a fixture)

_DAY = date(2019, 2, 10)


def _drafted(text: str, pack) -> list[tuple[str, str | None, dict | str | None]]:
    """(the words drafted from, metric, statement) of every drafted claim, complete or not."""
    d = auditor.draft(text, published=_DAY, pack=pack)
    return [(text[x.anchor[0]:x.anchor[1]], x.record.get("metric"),
             next((x.record[k] for k in ("value", "change", "comparison", "share") if k in x.record), None))
            for x in d.drafted]


@pytest.mark.parametrize("text, words, metric, statement", [
    # a part of the count before, its kind said after "of those were"
    ("Douglas County saw traffic deaths fall from 11 in 2017 to 2 in 2018. One of those was a pedestrian.",
     "One", "pedestrian_deaths", "One"),
    ("Elko County had nine traffic deaths in 2018. Just one of them was a pedestrian, the patrol said.",
     "Just one", "pedestrian_deaths", "Just one"),
    # a change of one
    ("Pedestrian deaths in Washoe County rose to 13 in 2018, an increase of one.",
     "one", "pedestrian_deaths", {"phrase": "up one", "base": "2017"}),
    # a count a place suffered, its metric named before it in the sentence
    ("Storey County, which had no traffic deaths in 2017, suffered one in 2018.", "one", "traffic_deaths", "one"),
    # "one" before a singular noun whose plural names a metric
    ("Over the holiday weekend, troopers worked one fatal crash, made 28 DUI arrests and helped 1,100 motorists.",
     "one", "fatal_crashes", "one"),
    ("Only one fatal crash was reported in the county in 2018.", "Only one", "fatal_crashes", "Only one"),
])
def test_one_as_a_count(pack, text, words, metric, statement):
    assert (words, metric, statement) in _drafted(text, pack)


@pytest.mark.parametrize("text", [
    # "one" of no kind the count has
    "Traffic deaths fell to 12 in 2018. One of those was a tragedy.",
    # a change of one kind, not of one
    "Homicides rose to 13 in 2018, an increase of one kind of crime.",
    # a person's
    "Police recorded 12 homicides in 2018. The chief said he had one in mind.",
    "The woman had one child, and the county had 12 traffic deaths in 2018.",
    # a determiner
    "In one section of the city, homicides rose to 13 in 2018.",
    # (review rev50a) a titled person's own work, not a place's or a force's count
    "Officer Smith worked one homicide in 2018 before retiring.",
    "Detective Jones investigated one murder in 2018.",
    "Sgt. Mike Jones investigated one fatal crash in 2018, the patrol said.",
])
def test_one_that_counts_nothing_stays_undrafted(pack, text):
    assert not [d for d in _drafted(text, pack) if d[0].lower().endswith("one")]


def _comparisons(text: str, pack) -> list[tuple[str, dict]]:
    return [(words, st) for words, _, st in _drafted(text, pack) if isinstance(st, dict) and "relation" in st]


@pytest.mark.parametrize("text, relation, than", [
    # a level drafted commented out (a share whose whole is not read; no metric or place read): the
    # direction of "down from" too, against the level moved from
    ("This is good news: 80 percent of jail beds were occupied in 2016, down from 95 percent in 2007.", "lower", "in 2007"),
    ("The jail held 80 inmates in 2016, down from 95 in 2007.", "lower", "in 2007"),
    ("The shelter counted 310 residents in 2018, up from 250 in 2016.", "higher", "in 2016"),
    # (review rev50a) a clause pointing back to the paragraph's level before
    ("Traffic deaths fell to 80 in 2016. That's down from 95 in 2007.", "lower", "in 2007"),
])
def test_a_movement_from_a_level_drafted_commented_out(pack, text, relation, than):
    assert [st for _, st in _comparisons(text, pack)] == [{"relation": relation, "than": than}]


@pytest.mark.parametrize("text", [
    # the level moved from is of a later period: no direction in time
    "The jail held 80 inmates in 2016, down from 95 in 2018.",
    # no movement said
    "The jail held 80 inmates in 2016, and 95 in 2007.",
])
def test_no_movement_without_its_words_or_order(pack, text):
    assert _comparisons(text, pack) == []


def _periods_of(text: str, pack, words: str) -> list[str]:
    d = auditor.draft(text, published=_DAY, pack=pack)
    return [x.record.get("period") for x in d.drafted if text[x.anchor[0]:x.anchor[1]] == words]


@pytest.mark.parametrize("text, words, years", [
    # years named together, then "each" or "both": the figure of each year
    ("Troop H recorded 36 traffic deaths in 2016, while 2013 and 2014 each saw 28 vehicle fatalities.", "28",
     ["2013", "2014"]),
    ("Homicides in 2016 and 2017 both totaled 41 in Winnipeg.", "41", ["2016", "2017"]),
    ("Homicides in 2016 and 2017 were both 41, police said.", "41", ["2016", "2017"]),
    ("The years 2013, 2014 and 2015 each saw about 28 traffic deaths.", "about 28", ["2013", "2014", "2015"]),
])
def test_a_value_given_to_each_of_the_years(pack, text, words, years):
    assert _periods_of(text, pack, words) == years


@pytest.mark.parametrize("text, words", [
    # a span, or a figure of the years together
    ("Homicides between 2016 and 2017 totaled 41 in Winnipeg, each of them a tragedy.", "41"),
    ("Winnipeg recorded 41 homicides in 2016 and 2017.", "41"),
    # (review rev50a) a span said with a capital, and "each" of a noun, not of the years
    ("Between 2016 and 2017 each district saw 41 burglaries.", "41"),
    ("From 2013 and 2014, each officer made 28 DUI arrests.", "28"),
])
def test_years_together_without_each_stay_one_claim(pack, text, words):
    assert len(_periods_of(text, pack, words)) == 1
