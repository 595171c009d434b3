"""The law behind the place-name prefilters (`vocabulary.bare_county_hits`,
`claim_subject._short_name_of_kind`): a name's pattern is compiled and searched only in a text that
holds the name as written, so the test `name in text` first never changes a draft: a pattern finds
nothing in a text without its name (it is case-sensitive and spells the name literally)."""
import pytest
from hypothesis import given, settings, strategies as st

from auditor.draft import claim_subject, vocabulary

_NAMES = st.sampled_from(["York", "San Diego", "Prince George's", "O’Brien", "New York", "St. Louis"])


def _clauses(name: str):
    # clauses of a few parts, each the name in some case (or spacing), what the patterns look for
    # after it, and a figure: "in york with 12", "New YORK County seven"
    said = st.sampled_from([name, name.lower(), name.upper(), name.swapcase(), name.replace(" ", "  ")])
    after = st.sampled_from(["", " ", "  ", " with ", " had ", "-", "’", " County", " City", ",", " Lakes"])
    figure = st.sampled_from(["", "12", "seven", "Seven", "x", " (35)"])
    before = st.sampled_from(["", " ", " in ", "in ", ", ", "New ", "(", "-"])
    part = st.tuples(before, said, after, figure).map("".join)
    return st.lists(part, min_size=1, max_size=4).map("".join)


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_a_bare_county_pattern_finds_nothing_in_a_text_without_the_name(data):
    _bare_county_law(data)


@pytest.mark.slow
@settings(max_examples=400, deadline=None)
@given(st.data())
def test_a_bare_county_pattern_finds_nothing_in_a_text_without_the_name_many(data):
    _bare_county_law(data)


def _bare_county_law(data):
    name, after_in = data.draw(_NAMES), data.draw(st.booleans())
    text = data.draw(_clauses(name))
    if vocabulary._bare_county_pattern(name, after_in).search(text):
        assert name in text


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_a_short_name_pattern_finds_nothing_in_a_text_without_the_name(data):
    _short_name_law(data)


@pytest.mark.slow
@settings(max_examples=400, deadline=None)
@given(st.data())
def test_a_short_name_pattern_finds_nothing_in_a_text_without_the_name_many(data):
    _short_name_law(data)


def _short_name_law(data):
    name, suffix = data.draw(_NAMES), data.draw(st.sampled_from(["City", "County"]))
    text = data.draw(_clauses(name))
    if claim_subject._short_name_pattern(name, suffix).search(text):
        assert name in text


def test_the_patterns_find_the_names_they_are_for():
    # (so that the laws above are not kept by patterns that find nothing)
    assert vocabulary._bare_county_pattern("York", False).search("York 48 (35)")
    assert vocabulary._bare_county_pattern("Portage", True).search("died in Portage.")
    assert not vocabulary._bare_county_pattern("Portage", False).search("died in Portage.")
    assert claim_subject._short_name_pattern("New York", "City").search("New York -- The city has")
    assert not claim_subject._short_name_pattern("New York", "City").search("New York City has")
