"""Draft-24: an article whose headline or lede speaks of the nation ("Bicycle thefts nationally
rose", "a national upward trend") and whose lede does not name the place it names most is about
the country: a figure with no place of its own is the country's, not that state's. A lede that
names the place holds the nation up as a yardstick, and the figure stays the place's."""
from datetime import date

import pytest

from draft_helpers import desk_pack, drafted

_DAY = date(2024, 3, 1)

_METRICS = """metrics:
  bicycle_thefts:
    label: bicycle thefts
    definition: bicycle thefts reported to police
    unit: count
    aliases: [bicycle thefts, bike thefts]
    integer: true
    non_negative: true
    additive_over_time: true
    additive_over_places: true
"""
_PLACES = """places:
  freedonia:
    name: Freedonia
    kind: country
    aliases: [Freedonia]
  north-province:
    name: North Province
    kind: state
    aliases: [North Province]
    within: freedonia
  south-province:
    name: South Province
    kind: state
    aliases: [South Province]
    within: freedonia
"""


@pytest.fixture(scope="module")
def desk(tmp_path_factory):
    return desk_pack(tmp_path_factory.mktemp("pack"), places=_PLACES, metrics=_METRICS)


_BODY = ("Bike thefts in 2023 reached 5,120, the interior ministry said on Monday.\n\n"
         "North Province reported more thefts than in any earlier year, and North Province police "
         "blamed e-bikes. South Province saw a small fall.\n\n")


def test_a_figure_with_no_place_in_a_national_article_is_the_countrys(desk):
    text = ("Bicycle thefts nationally rose for a third straight year in 2023, new figures released "
            "by the ministry show.\n\n" + _BODY)
    got = drafted(text, published=_DAY, pack=desk, title="Bike thefts up again, North Province worst")
    assert got["5,120"].get("place") == "freedonia", got["5,120"]


def test_a_lede_naming_the_place_keeps_the_nation_as_a_yardstick(desk):
    text = ("In keeping with a national upward trend, North Province recorded more bicycle thefts "
            "in 2023 than ever before, police said.\n\n" + _BODY)
    got = drafted(text, published=_DAY, pack=desk, title="Bike thefts up again, North Province worst")
    assert got["5,120"].get("place") == "north-province", got["5,120"]


def test_a_body_named_national_is_no_national_lede(desk):
    text = ("Thefts of bicycles rose again in 2023, according to the National Crime Statistics Office, "
            "which published its yearly report.\n\n" + _BODY)
    got = drafted(text, published=_DAY, pack=desk, title="Bike thefts up again, North Province worst")
    assert got["5,120"].get("place") == "north-province", got["5,120"]


def test_the_national_figures_in_the_clause_are_the_countrys(desk):
    text = ("North Province recorded more bicycle thefts in 2023 than ever before, police said.\n\n"
            "The national figures showed that bike thefts reached 5,120 in 2023.\n\n")
    got = drafted(text, published=_DAY, pack=desk, title="Bike thefts up again in North Province")
    assert got["5,120"].get("place") == "freedonia", got["5,120"]
