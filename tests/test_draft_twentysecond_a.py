"""Draft-22a: what is claimed. A county's name without its state ("Carroll County" for "Carroll
County, Iowa") names it too, and a name several places may have is read as the one within the
state the article names."""
from datetime import date

import pytest

from draft_helpers import desk_pack, drafted, metric_yaml

_DAY = date(2024, 3, 1)
_PLACES = """places:
  ohio:
    name: Ohio
    kind: state
  iowa:
    name: Iowa
    kind: state
  carroll-county-oh:
    name: Carroll County, Ohio
    kind: county
    aliases: [Carroll County]
  carroll-county-ia:
    name: Carroll County, Iowa
    kind: county
    within: iowa
  benton-county-ia:
    name: Benton Co., Iowa
    kind: county
    within: iowa
"""


@pytest.fixture(scope="module")
def desk(tmp_path_factory):
    """One small desk pack for every test of the file (a pack's names are compiled once)."""
    return desk_pack(tmp_path_factory.mktemp("pack"), places=_PLACES, metrics=_METRICS)


def test_a_county_name_several_places_have_is_the_one_in_the_state_the_article_names(desk):
    got = drafted("Carroll County had 41 homicides in 2023, up from 30 in 2022, according to the Iowa "
                  "Division of Criminal Investigation.", published=_DAY, pack=desk)
    assert got["41"].get("place") == "carroll-county-ia", got["41"]


def test_a_county_name_no_state_settles_keeps_the_place_that_has_it_as_its_own(desk):
    got = drafted("Carroll County had 41 homicides in 2023, up from 30 in 2022.", published=_DAY, pack=desk)
    assert got["41"].get("place") == "carroll-county-oh", got["41"]


def test_a_county_known_by_its_name_with_its_state_is_named_without_it(desk):
    got = drafted("Benton County had 12 homicides in 2023, police said.", published=_DAY, pack=desk)
    assert got["12"].get("place") == "benton-county-ia", got["12"]


_METRICS = "metrics:\n" + "".join([
    metric_yaml("homes_sold", "homes sold", "count", ["home sales"]),
    metric_yaml("median_home_price", "median home price", "dollar", ["median sales price"]),
    metric_yaml("average_home_price", "average residential selling price", "dollar", ["average home price"]),
    metric_yaml("average_condo_price", "average condominium selling price", "dollar", ["average condo price"]),
    metric_yaml("bus_trips", "bus trips", "count", ["bus trips"]),
    metric_yaml("transit_trips", "public transport trips", "count", ["public transport trips"]),
])


@pytest.fixture(scope="module")
def sales(desk):
    return desk


def test_the_average_price_in_a_story_on_home_sales_is_the_average_home_price(sales):
    got = drafted("Home sales in Carroll County were flat in May, as home prices climbed.\n\n"
                  "But the average price in Carroll County rose 4.9% to $220,992 in May.", published=_DAY, pack=sales)
    assert got["$220,992"].get("metric") == "average_home_price", got["$220,992"]


def test_a_clause_that_says_average_is_not_the_median_of_the_clause_before(sales):
    got = drafted("Home sales in Carroll County were flat in May, as home prices climbed.\n\n"
                  "The median price was $208,500 in May. The average price was $220,992 in May.",
                  published=_DAY, pack=sales)
    assert got["$208,500"].get("metric") == "median_home_price", got["$208,500"]
    assert got["$220,992"].get("metric") == "average_home_price", got["$220,992"]


def test_a_figure_named_in_other_words_is_of_the_one_metric_of_the_lede(sales):
    got = drafted("Riders in Carroll County took 16 million more trips on public transport in 2023.\n\n"
                  "Ridership grew 7% in the county's towns in 2023.", published=_DAY, pack=sales)
    assert got["7%"].get("metric") == "transit_trips", got["7%"]


@pytest.mark.parametrize("sentence, figure, direction", [
    ("Carroll County had 80 homicides in 2023, with 16 fewer homicides than the 96 recorded in 2022.", "16", "down"),
    ("Carroll County saw nearly 12 additional homicides in 2023.", "nearly 12", "up"),
    ("Homicides in Carroll County fell to 61 in 2023, a 2.4 percent slide.", "2.4 percent", "down"),
    ("Homicides in Carroll County rose to 61 in 2023, a growth of 6.7 percent.", "6.7 percent", "up"),
    ("Carroll County recorded 61 homicides in 2023, a fall of 14 from 2022.", "14", "down"),
])
def test_a_change_said_by_the_words_around_its_figure(desk, sentence, figure, direction):
    got = drafted(sentence, published=_DAY, pack=desk)
    assert "change" in got[figure] and got[figure]["change"]["phrase"].startswith(direction), got[figure]


def test_a_move_whose_size_is_said_first_still_has_its_two_levels(desk):
    got = drafted("The average price in Carroll County rose 4.9%, from $210,711 to $220,992 in May.",
                  published=_DAY, pack=desk)
    assert got["$210,711"].get("value") == "$210,711" and got["$220,992"].get("value") == "$220,992", got


def test_a_range_said_without_a_move_stays_one_figure(desk):
    got = drafted("Prices in Carroll County range from $210,711 to $220,992.", published=_DAY, pack=desk)
    assert "$210,711" not in got and "from $210,711 to $220,992" in got, got
