"""Readings a review of the twenty-second drafting round found misfiring on ordinary news text
(sentences written for these tests): a change read from "additional" words away from the figure,
from "a fall of 20 feet" and from "a 20-slide presentation"; a county's bare name placed in another
state than the one the article names; another body's fiscal year taken as the budget's."""

from datetime import date

import pytest

import auditor.draft
from draft_helpers import desk_pack

PLACES = """places:
  united-states:
    name: United States
    kind: country
  oregon:
    name: Oregon
    kind: state
    within: united-states
  arkansas:
    name: Arkansas
    kind: state
    aliases: [Ark.]
    within: united-states
  washington-county-or:
    name: Washington County, Oregon
    kind: county
    within: oregon
"""


def _statements(text, pack=None):
    d = auditor.draft(text, published=date(2021, 1, 5), pack=pack)
    return [(c.record.get("value"), c.record.get("change")) for c in d.drafted]


@pytest.mark.parametrize("text", [
    "Police recorded 12 homicides and additional shootings in January, police said.",
    "A worker survived a fall of 12 feet on Monday, police said.",
    "The chief gave a 12-slide presentation on homicides on Monday.",
])
def test_a_figure_with_a_direction_word_nearby_that_is_not_its_change_stays_a_value(text):
    assert _statements(text) == [("12", None)]


def test_a_slide_of_a_percentage_is_still_a_change():
    ((value, change),) = _statements("Homicides saw a 2.4 percent slide in 2020, police said.")
    assert value is None and change["phrase"] == "down 2.4 percent"


@pytest.fixture(scope="module")
def county_pack(tmp_path_factory):
    return desk_pack(tmp_path_factory.mktemp("desk"), places=PLACES)


@pytest.mark.parametrize("text,place", [
    ("FAYETTEVILLE, Ark. — Washington County had 12 homicides in 2023, the sheriff said.", "arkansas"),
    ("Washington County, Arkansas, had 12 homicides in 2023, the sheriff said.", "arkansas"),
    ("Washington County had 12 homicides in 2023, the sheriff said.", "washington-county-or"),
])
def test_a_bare_county_name_is_the_packs_county_only_where_no_other_state_is_named(county_pack, text, place):
    d = auditor.draft(text, published=date(2024, 1, 5), pack=county_pack)
    assert [c.record.get("place") for c in d.drafted] == [place]
