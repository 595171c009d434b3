"""Counties that several states have, cities named with another state (namesakes), roundups, and
the metrics of a home-sales story with a desk pack."""

from datetime import date

import pytest

import auditor.draft

from draft_helpers import _DAY, desk_pack, drafted, metric_yaml
from draft_helpers import pack  # noqa: F401  (a fixture)


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


def _places(text, pack, publisher=None):
    d = auditor.draft(text, published=date(2017, 1, 13), pack=pack, publisher=publisher)
    got = {}
    for x in d.drafted:     # by the figure's last word ("149" of "a total of 149")
        got.setdefault(text[x.anchor[0]:x.anchor[1]].split()[-1], x.record.get("place"))
    return got


_STORY = ("Fire deaths in Minnesota dropped to 36 in 2016, the second-lowest number on record. In 2015, "
          "Austin saw its first two fire-related deaths since 2004. The state recorded 57 fire deaths in 2015.")


_ROUNDUP = ("Tipperary and Donegal had the most road deaths in 2018, Garda figures show.\n\n"
            "The divisions with the most were Tipperary (11), Donegal (10), Limerick (9) and Mayo (9).\n\n"
            "Provisional statistics show a total of 149 fatalities in 2018, compared to 156 in 2017.")


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


def test_a_city_written_with_another_state_is_a_namesake(pack):
    # "Austin, Minn." is not the pack's Austin, Texas (but its Austin, Minnesota: round m38c reads the
    # bare name written with the namesake's state as the namesake)
    assert _places("Homicides in Austin, Minn., rose to 33 in 2022.", pack)["33"] == "austin-mn"


def test_the_publishers_namesake_leaves_the_article_to_its_state(pack):
    # "Austin Daily Herald (Austin, Minn.)": every "Austin" of its article is the namesake (which
    # the pack knows as "Austin, Minnesota": round 38), and "the state" is the one the article names
    got = _places(_STORY, pack, publisher="Austin Daily Herald (Austin, Minn.)")
    assert got["two"] == "austin-mn" and got["57"] == "minnesota"


def test_a_dateline_of_another_state_is_no_home(pack):
    got = _places("AUSTIN, Minn. (AP) — Fire deaths dropped to 36 in 2016, the state fire marshal said. "
                  "Minnesota recorded 57 in 2015.", pack)
    assert got["36"] == "minnesota"


def test_the_city_with_its_own_state_keeps_its_reading(pack):
    assert _places("Homicides in Austin, Texas, rose to 33 in 2022.", pack)["33"] == "austin-tx"
    assert _places("Homicides in Austin, Tex., rose to 33 in 2022.", pack)["33"] == "austin-tx"
    got = _places(_STORY, pack, publisher="Austin American-Statesman (Austin, Texas)")
    assert got["two"] == "austin-tx" and got["57"] == "texas"


def test_a_roundup_of_places_is_about_the_place_they_lie_in(pack):
    # four counties or more, none named more than twice: the country's total, not the first county's
    got = _places(_ROUNDUP, pack)
    assert got["149"] == "ireland" and got["156"] == "ireland"
    assert got["11"] == "tipperary-ie" and got["10"] == "donegal-ie"


def test_a_place_named_often_or_few_places_keep_the_place_named_most(pack):
    few = _ROUNDUP.replace(", Limerick (9) and Mayo (9)", " and Limerick (9)")
    assert _places(few, pack)["149"] == "tipperary-ie"
    often = _ROUNDUP + "\n\nIn Tipperary, deaths rose to 11 from 7."
    assert _places(often, pack)["149"] == "tipperary-ie"


def test_a_figure_said_of_the_state_or_the_nation_beside_the_county_is_theirs(pack):
    text = ("Oconee County's jobless rate was 3.8% in October. At 3.8%, Oconee County is lower than the "
            "state (at 3.9%) and the nation (at 4.1%).")
    got = _places(text, pack)
    assert got["3.9%"] == "south-carolina" and got["4.1%"] == "united-states"
    # the county's own figure in that clause stays the county's
    assert _places("Oconee County's jobless rate was 3.8% in October, the state said.", pack)["3.8%"] == "oconee-county-sc"
