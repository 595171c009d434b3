"""Draft-19a: what is claimed. A percentage or a sum of money that the metric read from the clause
cannot hold (a count's name said near it, or no name said whole) is of the metric in its unit most
of whose name's words the clause says."""
from datetime import date

import pytest

import auditor
import auditor.draft
from auditor.draft import draft


def _drafted(text: str, pack=None):
    return [x for x in draft(text, date(2024, 3, 12), pack=pack).drafted]


def test_a_percentage_is_of_the_percent_metric_whose_words_the_clause_says():
    # "homicides" is named whole, but a count holds no percentage; "clearance rate ... homicides"
    # says the words of the homicide clearance rate
    drafted = _drafted("The clearance rate for homicides in the city was 58 percent in 2023.")
    assert [x.record.get("metric") for x in drafted] == ["homicide_clearance_rate"], [x.record for x in drafted]
    assert any("most of whose name's words" in n for x in drafted for n in x.notes)


@pytest.mark.parametrize("sentence, metric", [
    # a change of a count in percent stays the count's
    ("Homicides were up 8 percent in 2023.", "homicides"),
    # a part of a count's whole stays a share of the count
    ("About 58 percent of the homicides involved guns in 2023.", "homicides"),
    # a count stays a count
    ("The city recorded 40 homicides in 2023.", "homicides"),
])
def test_a_figure_the_clause_metric_can_hold_keeps_it(sentence, metric):
    drafted = _drafted(sentence)
    assert drafted and all(x.record.get("metric") == metric for x in drafted), [x.record for x in drafted]


_METRICS = """metrics:
  homes_sold:
    label: homes sold
    definition: homes sold (a test metric)
    unit: count
    aliases: [home sales]
    integer: true
    non_negative: true
    additive_over_time: true
    additive_over_places: true
  average_home_price:
    label: average residential selling price
    definition: average residential selling price (a test metric)
    unit: dollar
    aliases: [average home price]
    integer: false
    non_negative: true
    additive_over_time: false
    additive_over_places: false
  median_home_price:
    label: median residential selling price
    definition: median residential selling price (a test metric)
    unit: dollar
    aliases: [median home price]
    integer: false
    non_negative: true
    additive_over_time: false
    additive_over_places: false
  pupils:
    label: pupils
    definition: pupils (a test metric)
    unit: count
    aliases: [pupils of compulsory school age]
    integer: true
    non_negative: true
    additive_over_time: false
    additive_over_places: true
  meals_share:
    label: share of pupils eligible for free school meals
    definition: share of pupils eligible for free school meals (a test metric)
    unit: percent
    integer: false
    non_negative: true
    additive_over_time: false
    additive_over_places: false
  lunch_share:
    label: share of pupils eligible for reduced-price lunches
    definition: share of pupils eligible for reduced-price lunches (a test metric)
    unit: percent
    integer: false
    non_negative: true
    additive_over_time: false
    additive_over_places: false
"""


@pytest.fixture(scope="module")
def desk(tmp_path_factory):
    folder = tmp_path_factory.mktemp("desk19a")
    (folder / "metrics.yaml").write_text(_METRICS, encoding="utf-8")
    (folder / "places.yaml").write_text("places: {}\n", encoding="utf-8")
    return auditor.load_pack(folder)


@pytest.mark.slow   # loads the bundled rules with a desk (about 0.5 s)
@pytest.mark.parametrize("sentence, metric", [
    # a sum of money of no count: the money metric whose alias the clause says word for word
    ("The average sales price of homes in the county was $312,000 in May.", "average_home_price"),
    ("The county's median home sales price was $298,500 in May.", "median_home_price"),
    # a percentage, no name said whole: the label's words, the share's own word said by the unit
    ("The percentage of pupils of compulsory school age known to be eligible for free school meals "
     "was 19.5 per cent in 2023.", "meals_share"),
    # the count keeps a count
    ("There were 412 home sales in the county in May.", "homes_sold"),
])
def test_the_metric_of_the_figure_unit_named_by_its_words(desk, sentence, metric):
    drafted = _drafted(sentence, desk)
    assert drafted and [x.record.get("metric") for x in drafted] == [metric], [x.record for x in drafted]


@pytest.mark.slow   # drafts with a desk (about 0.3 s)
def test_a_name_said_in_one_word_or_by_two_metrics_alike_is_not_taken(desk):
    # "price" only: one word of each price metric's name; "pupils eligible": as much of both shares
    for sentence in ("Prices in the county reached $312,000 in May.",
                     "The share of pupils eligible was 19.5 per cent in 2023."):
        drafted = _drafted(sentence, desk)
        assert all(x.record.get("metric") not in ("average_home_price", "median_home_price", "meals_share",
                                                  "lunch_share") for x in drafted), [x.record for x in drafted]


def _values(sentence):
    return [x.record.get("value") for x in _drafted(sentence) if "value" in x.record]


@pytest.mark.parametrize("sentence, values", [
    # a "range" that falls is two levels, the one before and the one after
    ("Homicides dropped in Caroline, from seven to three, in 2023.", ["seven", "three"]),
    # a bare "X to Y" alone in parentheses after a rise: each county's level before and after
    ("Several counties saw a rise in homicides in 2023: Franklin (140 to 155) and Clay (34 to 41).",
     ["140", "155", "34", "41"]),
    # "went from": a movement said by a verb of going
    ("Homicides in Franklin County went from 140 to 155 in 2023.", ["140", "155"]),
    # a movement, a few words of place, then "from X to Y"
    ("Homicides rose in Franklin County from 140 to 155 in 2023.", ["140", "155"]),
])
def test_levels_joined_by_to_are_two_figures(sentence, values):
    assert _values(sentence) == values


@pytest.mark.parametrize("sentence", [
    # a range of an estimate stays one figure
    "Officials expect 20 to 30 homicides in 2024.",
    # a tally of votes is no level
    "The motion to add 12 homicide detectives failed on a 7 to 2 vote in 2023.",
])
def test_a_range_or_a_tally_stays_one_figure(sentence):
    drafted = _drafted(sentence)
    assert not any(x.record.get("value") in ("7", "2", "20", "30") for x in drafted), [x.record for x in drafted]
