"""Draft-29b: metric and place readings that recur across articles (ordinary invented sentences,
none about Birmingham, Alabama)."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

import auditor
from auditor.draft.drafting import _named_most
from auditor.pack import load_pack

PACK = load_pack("benchmarks/corpora/articles/pack")


def drafted(text: str, published: date = date(2022, 1, 2)) -> list[dict]:
    return [c.record for c in auditor.draft(text, published=published, pack=PACK).drafted]


def places(text: str, published: date = date(2022, 1, 2)) -> list[str | None]:
    return [r.get("place") for r in drafted(text, published)]


ROUNDUP = ("Police in Waikato said the crash closed the road. Earlier, a driver died in Northland.\n\n"
           "Last year, 319 people were killed in road crashes across New Zealand roads, officials said.\n\n"
           "Crews in Otago and Southland were busy over the weekend.\n\n"
           "Last year, 290 people were killed in road crashes, the agency said.\n")


def test_places_named_equally_often_give_the_one_that_holds_them():
    """No dateline, five places each named once: the country that holds the regions, not the first."""
    assert places(ROUNDUP)[-1] == "new-zealand"


def test_a_county_and_its_state_once_each_stay_the_county():
    """Two places only: the first named (a county paper's county), as before."""
    text = ("Greene County supervisors approved the budget on Monday, as the law of Iowa requires.\n\n"
            "The jail held an average of 11 inmates a day in March, up from four a year earlier.\n")
    assert places(text, date(2014, 4, 10))[0] == "greene-county-ia"


def test_places_named_equally_often_give_the_place_around_them_when_it_is_not_named():
    """Three regions each once and no place around them named: the pack's nearest place around all."""
    text = ("Police in Waikato said the crash closed the road. Earlier, a driver died in Northland.\n\n"
            "Crews in Otago were busy over the weekend.\n\n"
            "Last year, 319 people were killed in road crashes, the agency said.\n")
    assert places(text)[-1] == "new-zealand"


@pytest.mark.parametrize("text, place", [
    # the city whose police speak, though two other cities are named once each
    ("Seattle police said detectives worked with agencies in Tacoma and Bellingham on the case.\n\n"
     "Car thefts rose to 9,100 last year, up 12 percent, police said.\n", "seattle-wa"),
    # a county's city whose officials speak, beside two other towns of the county
    ("Salem officials said crews from East Liverpool and Wellsville helped clear roads on Monday.\n\n"
     "Police made 14 arrests for looting last week, officials said.\n", "salem-oh"),
])
def test_a_city_story_naming_other_places_once_keeps_its_place(text, place):
    assert set(places(text)) == {place}


def test_of_named_places_around_a_tie_the_nearest():
    """Ohio and the United States named once, three Ohio cities twice each: Ohio."""
    counted = Counter({"united-states": 1, "ohio": 1, "cleveland-oh": 2, "cincinnati-oh": 2, "toledo-oh": 2})
    assert _named_most(PACK, counted, list(counted)) == "ohio"
