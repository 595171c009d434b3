"""Twenty-seventh drafting round (draft-27c): metric and place on articles never tuned on
(sentences written for these tests, read with the articles' pack, which knows Austin, Texas and
Minnesota but no Austin, Minnesota)."""

from datetime import date

import auditor.draft
from draft_helpers import pack  # noqa: F401  (the fixture)


def _places(text, pack, publisher=None):
    d = auditor.draft(text, published=date(2017, 1, 13), pack=pack, publisher=publisher)
    got = {}
    for x in d.drafted:     # by the figure's last word ("149" of "a total of 149")
        got.setdefault(text[x.anchor[0]:x.anchor[1]].split()[-1], x.record.get("place"))
    return got


_STORY = ("Fire deaths in Minnesota dropped to 36 in 2016, the second-lowest number on record. In 2015, "
          "Austin saw its first two fire-related deaths since 2004. The state recorded 57 fire deaths in 2015.")


def test_a_city_written_with_another_state_is_a_namesake(pack):
    # "Austin, Minn." is not the pack's Austin, Texas
    assert _places("Homicides in Austin, Minn., rose to 33 in 2022.", pack)["33"] is None


def test_the_publishers_namesake_leaves_the_article_to_its_state(pack):
    # "Austin Daily Herald (Austin, Minn.)": every "Austin" of its article is the namesake, and
    # "the state" is the one the article names
    got = _places(_STORY, pack, publisher="Austin Daily Herald (Austin, Minn.)")
    assert got["two"] == "minnesota" and got["57"] == "minnesota"


def test_a_dateline_of_another_state_is_no_home(pack):
    got = _places("AUSTIN, Minn. (AP) — Fire deaths dropped to 36 in 2016, the state fire marshal said. "
                  "Minnesota recorded 57 in 2015.", pack)
    assert got["36"] == "minnesota"


def test_the_city_with_its_own_state_keeps_its_reading(pack):
    assert _places("Homicides in Austin, Texas, rose to 33 in 2022.", pack)["33"] == "austin-tx"
    assert _places("Homicides in Austin, Tex., rose to 33 in 2022.", pack)["33"] == "austin-tx"
    got = _places(_STORY, pack, publisher="Austin American-Statesman (Austin, Texas)")
    assert got["two"] == "austin-tx" and got["57"] == "texas"


_ROUNDUP = ("Tipperary and Donegal had the most road deaths in 2018, Garda figures show.\n\n"
            "The divisions with the most were Tipperary (11), Donegal (10), Limerick (9) and Mayo (9).\n\n"
            "Provisional statistics show a total of 149 fatalities in 2018, compared to 156 in 2017.")


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
