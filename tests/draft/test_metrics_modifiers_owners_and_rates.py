"""Round 45 (dr45a): a metric's name said as part of another noun phrase (a modifier, an
organisation's name, a thing's population) names no figure; a rate said with the words of what it
counts before its "per" is one figure, of the rate a desk defines for that count."""

from __future__ import annotations

from datetime import date

import pytest

from auditor.draft import draft
from auditor.models import DateRange
from auditor.pack import load_pack
from tests.draft_helpers import desk_pack, metric_yaml

PACK = load_pack("benchmarks/corpora/articles/pack")
_DAY = DateRange(earliest=date(2021, 6, 1), latest=date(2021, 6, 1))


def metrics_of(text: str, pack=PACK) -> list[tuple]:
    return [(text[x.anchor[0]:x.anchor[1]], x.record.get("metric"))
            for x in draft(text, published=_DAY, pack=pack).drafted]


def test_a_name_modifying_a_noun_counts_the_noun():
    got = metrics_of("Among the 140 fire-related injuries reported in 2020, most were burns.\n")
    assert got[0] == ("140", "fire_injuries"), got


def test_a_metric_word_ending_an_agencys_name_is_the_agencys():
    got = metrics_of("The National Highway Traffic Safety Administration says 412 people died in motor vehicle "
                     "crashes in the state in 2020.\n")
    assert got[0] == ("412", "traffic_deaths"), got


def test_a_things_population_is_no_places():
    got = metrics_of("The jail's daily average population was 388 in the week of May 2-8.\n")
    assert got[0] == ("388", "jail_average_daily_population"), got


@pytest.mark.parametrize("text", [
    "The city's population grew to 45,000 in 2020.\n",
    "The county's population grew to 45,000 in 2020.\n",
])
def test_a_places_population_stays(text):
    assert metrics_of(text)[0] == ("45,000", "population")


def test_words_of_what_a_rate_counts_before_its_per(tmp_path):
    rate = metric_yaml("burglary_rate_x", "residential intrusion index", "per 100,000", [])
    rate = rate.replace("definition: residential intrusion index",
                        "definition: burglaries recorded by police per 100,000 residents")
    pack = desk_pack(tmp_path, metrics="metrics:\n" + rate)
    got = metrics_of("Police in the city logged 642 burglary incidents per 100,000 people in 2020.\n", pack)
    assert got == [("642 burglary incidents per 100,000 people", "burglary_rate_x")], got


def test_a_count_with_no_rate_after_it_stays_a_count():
    got = metrics_of("Police in the city logged 642 burglary incidents in 2020, per the annual report.\n")
    assert got[0] == ("642", "burglaries"), got


def test_a_name_after_another_figures_change_is_that_figures():
    got = metrics_of("The 9% rise in fatalities tracked a 6.5% increase in vehicle miles traveled.\n")
    assert got[0][0] == "9%" and got[0][1] != "vehicle_miles_traveled", got
    assert got[1] == ("6.5%", "vehicle_miles_traveled"), got


def test_a_heading_line_names_the_metric_of_the_sentence_under_it():
    # the name after the 12% with its own change ("with Burglaries decreasing by 20%") is the 20%'s, so
    # the 12% (and its parenthesis) take the heading's
    got = metrics_of("Property Crime\nPolice recorded a decline of 12% (410 to 361) in the category, with "
                     "Burglaries decreasing by 20% (100 to 80).\n")
    assert [m for _, m in got] == ["property_crimes"] * 3 + ["burglaries"] * 3, got


def test_a_heading_line_names_nothing_for_a_sentence_that_names_its_metric():
    got = metrics_of("Property Crime\nHomicides rose 12% (41 to 46) last year.\n")
    assert [m for _, m in got] == ["homicides"] * 3, got


# review (rev45a): the name right after its figure is that figure's, though its own change follows;
# a heading names no figure that says its own noun


@pytest.mark.parametrize("text, figure, metric", [
    ("The county saw 1,234 traffic crashes increase 5% last year.\n", "1,234", "traffic_crashes"),
    ("The state recorded 3,100 overdose deaths increasing 9% from a year earlier.\n", "3,100", "overdose_deaths"),
])
def test_a_name_right_after_its_figure_is_its_own_though_its_change_follows(text, figure, metric):
    got = dict(metrics_of(text))
    assert got[figure] == metric, got


def test_a_name_after_a_conjunction_is_the_next_figures_with_its_own_change():
    # guard: "and revenue increased 2.8%" is the 2.8%'s, not the 5%'s
    got = dict(metrics_of("Expenses grew almost 5% and revenue increased 2.8% from last year, city documents show.\n"))
    assert got["almost 5%"] != "city_revenue" and got["2.8%"] == "city_revenue", got


def test_a_heading_names_nothing_for_a_figure_of_its_own_noun():
    got = metrics_of("Traffic Deaths Rise Again\nOfficers wrote 4,120 tickets last year, the police said.\n")
    assert ("4,120", "traffic_tickets") in got, got
