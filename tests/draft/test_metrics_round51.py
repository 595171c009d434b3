"""Round 51 (dr51a): readings of the metric finder for a figure whose own words name only a generic noun
("14 fatalities", "the calls") or name its metric in another clause."""

from __future__ import annotations

from datetime import date

from auditor.draft import draft
from auditor.models import DateRange
from auditor.pack import load_pack

PACK = load_pack("benchmarks/corpora/articles/pack")
_DAY = DateRange(earliest=date(2024, 1, 9), latest=date(2024, 1, 9))


def metrics_of(text: str) -> dict[str, str | None]:
    return {text[x.anchor[0]:x.anchor[1]]: x.record.get("metric")
            for x in draft(text, published=_DAY, pack=PACK).drafted}


# --- the headline and lede narrow a generic noun only to a name most of whose words they say

def test_a_headline_saying_one_word_of_a_narrow_kind_keeps_the_broad_count():
    # "road" is one of four narrowing words of "alcohol- and drug-related road fatalities"
    text = ("Deaths on county roads climb in 2023\n\n"
            "More people died on the county's roads and highways in 2023 than the year before, the sheriff said.\n\n"
            "There were 14 fatalities in the northern townships during the year, up from 10 in 2022.\n")
    got = metrics_of(text)
    assert got["14"] == "traffic_deaths", got


def test_a_headline_saying_the_narrow_kind_whole_keeps_it():
    text = ("Alcohol- and drug-related road deaths climb in 2023\n\n"
            "More people died in crashes involving alcohol or drugs on the county's roads in 2023 than the year "
            "before, the sheriff said.\n\n"
            "There were 14 fatalities in the northern townships during the year, up from 10 in 2022.\n")
    got = metrics_of(text)
    assert got["14"] == "alcohol_drug_related_road_deaths", got


# --- a rate figure whose clause names no rate: the rate in its scale most of whose name's words are said

def test_a_rate_of_people_held_in_jail_is_the_jail_incarceration_rate():
    text = ("Jail populations edge up\n\n"
            "There were 230 people held in jail per 100,000 residents at the end of 2022, the report found.\n")
    got = metrics_of(text)
    assert got["230 people held in jail per 100,000 residents"] == "jail_incarceration_rate", got


def test_a_rate_of_nothing_said_stays_without_a_metric():
    got = metrics_of("Report released\n\nThe figure stood at 12.1 per 100,000 last year, the report said.\n")
    assert got["12.1 per 100,000"] is None, got


# --- a name before examples whose verb is "totaled", "stands", "reached"

def test_the_name_before_examples_totaled_is_the_figures():
    text = ("Crime falls\n\n"
            "Overall violent crimes, such as murder, robbery and assault, totaled about 4,200 last year, compared "
            "with more than 4,600 in 2021.\n")
    got = metrics_of(text)
    assert got["about 4,200"] == "violent_crimes" and got["more than 4,600"] == "violent_crimes", got


def test_an_example_after_the_verb_is_no_example_of_the_name():
    # the figure's own name follows the verb: not the name before "such as"
    text = ("Crime falls\n\n"
            "Violent crimes, such as murder and robbery, were down, but police made 45 more arrests than in 2021.\n")
    got = metrics_of(text)
    assert got.get("45") != "violent_crimes", got


# --- two kinds the headline names alike: a bare "fatalities" is the whole the article names most

_TWO_KINDS = ("{headline}\n\n"
              "Traffic deaths rose in 2022 across the region, and traffic fatalities in rural counties climbed "
              "fastest, state data show.\n\n"
              "Traffic deaths in the capital were flat.\n\n"
              "By percentage, the northern district saw the biggest jump. Fatalities there went from 21 to 30.\n")


def test_two_kinds_in_the_headline_leave_a_bare_noun_to_the_whole():
    got = metrics_of(_TWO_KINDS.format(headline="Motorcycle, Pedestrian Deaths Climb"))
    assert got["21"] == "traffic_deaths", got


def test_one_kind_in_the_headline_narrows_a_bare_noun():
    got = metrics_of(_TWO_KINDS.format(headline="Pedestrian Deaths Climb"))
    assert got["21"] == "pedestrian_deaths", got


# --- "bicycle" and "bike" said for a name's "cyclist"

def test_bicycle_fatalities_are_cyclist_deaths():
    got = metrics_of("Road deaths up\n\nPolice have also seen a 300% increase in bicycle fatalities so far in 2022.\n\n"
                     "Bike deaths rose to 14 last year from 9.\n")
    assert got["300%"] == "cyclist_deaths" and got["14"] == "cyclist_deaths", got


def test_bicycle_thefts_stay_thefts():
    got = metrics_of("Thefts up\n\nThe city recorded 40 bicycle thefts in 2022.\n")
    assert got["40"] == "bicycle_thefts", got


# --- people who "died across the state in 15 fires": the deaths of what they died of

def test_people_who_died_across_the_state_in_fires_are_fire_deaths():
    got = metrics_of("Fire deaths spike\n\nTwenty people died across the state in 15 fires in January, the fire "
                     "marshal said.\n\nNine people died statewide in 7 fires in February.\n")
    assert got["Twenty"] == "fire_deaths" and got["Nine"] == "fire_deaths", got
    assert got["15"] == "fires" and got["7"] == "fires", got


# --- a bare figure whose clause says a count and a rate's scale before it: that rate

def test_road_fatalities_per_100000_decreased_to_a_bare_figure():
    got = metrics_of("Road deaths fall\n\nThe most recent data is from 2020 when the number of road fatalities per "
                     "100,000 population decreased to 4.6, down from 4.7 in 2019.\n")
    assert got["4.6"] == "road_fatality_rate" and got["4.7"] == "road_fatality_rate", got


def test_a_count_of_road_fatalities_stays_a_count():
    got = metrics_of("Road deaths fall\n\nThe county recorded 41 road fatalities in 2022.\n")
    assert got["41"] != "road_fatality_rate", got


# --- (review rev51a) a death rate of another cause says only the rate's head ("death"), not its kind

def test_a_death_rate_of_another_cause_is_not_the_overdose_death_rate():
    for text in ("Heart disease deaths climb\n\nThe county's death rate from heart disease was 182 per 100,000 "
                 "residents in 2022, the health department said.\n",
                 "Cancer deaths fall\n\nCancer deaths fell to 141 per 100,000 people in 2022, state data show.\n",
                 "Suicides rise\n\nThere were 14 suicide deaths per 100,000 residents in 2022.\n"):
        got = metrics_of(text)
        assert "overdose_death_rate" not in got.values(), got


def test_a_rate_of_homicides_is_the_homicide_rate():
    # a one-word label ("homicide rate") narrows itself
    got = metrics_of("Road deaths fall\n\nThe number of homicides per 100,000 people fell to 4.6, police said.\n")
    assert got["4.6"] == "homicide_rate", got
