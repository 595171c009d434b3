"""Metrics named in full or in part: 'such' pointing back, names narrowed by the words around them,
places in parentheses, DUI and DUII, a rate named without its scale."""

from __future__ import annotations

from datetime import date

import pytest

import auditor
from auditor.pack import load_pack

from draft_helpers import PACK


def drafted(text: str) -> list[tuple]:
    """(metric, place) of each claim drafted."""
    return [(c.record.get("metric"), c.record.get("place"))
            for c in auditor.draft(text, published=date(2020, 6, 18), pack=PACK).drafted]


def metrics(text: str) -> list[str | None]:
    return [m for m, _ in drafted(text)]


@pytest.mark.parametrize("text, expected", [
    # "such crimes", "such incidents": the thing named just before, not every crime
    ("Police recorded 41 burglaries in 2023, and in 2022 there were 34 such crimes recorded.\n",
     ["burglaries", "burglaries"]),
    ("Police report that five car thefts occurred in 2023, compared to eight such crimes in 2022.\n",
     ["auto_thefts", "auto_thefts"]),
    ("The year with the most aggravated assaults over the decade was 2014, when ten such crimes were reported.\n",
     ["aggravated_assaults"]),
    # without "such" the general noun keeps its own metric
    ("Police recorded 41 burglaries in 2023 and 340 crimes in all.\n", ["burglaries", "reported_crimes"]),
])
def test_such_points_back(text, expected):
    assert metrics(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "calls for service" of a sheriff's office: the pack's "sheriff's calls for service"
    ("Calls for service to the county Sheriff's Office increased to 63,289 in 2023, the annual report says.\n",
     ["police_calls_for_service"]),
    ("Sheriff's report details yearly activity\n\nThe dispatch center received 63,289 calls for service last year.\n",
     ["police_calls_for_service"]),
    # a fire department's calls keep the fire department's metric
    ("The fire department answered 4,100 calls for service in 2023.\n", ["emergency_calls"]),
    ("Firefighters answered 4,100 calls for service in 2023.\n", ["emergency_calls"]),
])
def test_a_name_narrowed_by_the_words_around_it(text, expected):
    assert metrics(text) == expected


def test_places_in_parentheses_describe_the_place_before():
    """A troop's counties, listed in parentheses after it, are not the figure's place; "counties"
    in that aside does not make the clause a county's."""
    text = ("HARRISBURG, Pa. — State police released the report on Thursday.\n\n"
            "In Troop H (Adams, Cumberland, Dauphin, Franklin, and Perry counties), troopers made 2,442 arrests "
            "in 2019, according to the report.\n")
    assert [p for _, p in drafted(text)] == ["pennsylvania-state-police/troop-h"]
    # a place in parentheses after no place is still the figure's
    assert [p for _, p in drafted("Deputies made 1,200 arrests in 2019 (most of them in Cumberland County).\n")] \
        == ["cumberland-county-nc"]


def test_dui_and_duii_are_one_word():
    """Oregon's "DUII arrests" (the pack's name) are the "DUI arrests" of a headline: the arrests the
    clause counts are those, not the DUI arrests "for driving with minors" the same words begin."""
    text = "DUI arrests rose in 2019.\n\nTroopers made 2,442 arrests in 2019, up from 2,418 in 2018, the report says.\n"
    # (round 50, dr50a: four: "up from 2,418 in 2018" also drafts its direction, commented out with the levels)
    assert [m for m, _ in drafted(text)] == ["dui_arrests"] * 4
    assert [m for m, _ in drafted("State police made 2,442 DUI arrests in 2019.\n")] == ["dui_arrests"]


def test_a_rate_named_in_full_then_without_its_scale():
    """ "the recorded crime rate per 10,000 population", then "the recorded crime rate": the same rate,
    not the pack's other (per 1,000) metric that the short name is a name of; said alone it stays that one."""
    text = ("The recorded crime rate per 10,000 population rose 6.9% in the year to June.\n\n"
            "This comes after an 8.1% drop in the recorded crime rate the year before.\n")
    assert metrics(text)[-1] == "recorded_crime_rate_10k"
    assert metrics("The recorded crime rate fell 8.1% last year.\n") == ["recorded_crime_rate"]


@pytest.mark.parametrize("text, expected", [
    # "household" and "home" said for a name's "residential", "building" for its "structure"
    ("Household burglaries increased by one to 201 last year.\n", ["residential_burglaries"]),
    ("Firefighters answered 24 building fires in 2019.\n", ["structural_fires"]),
    # the whole keeps its name
    ("Burglaries increased by one to 201 last year.\n", ["burglaries"]),
    # "home" is "residential" only before what happens at a dwelling: no residential property tax
    ("The home tax credit rose to $500 last year.\n", [None]),
    # ... what happens, wherever it stands in the name ("residential loss fires")
    ("Seattle had 41 home loss fires in 2023.\n", ["residential_loss_fires"]),
])
def test_a_kinds_word_said_another_way(text, expected):
    assert metrics(text) == expected
