"""The drafter reads any news sentence without an exception: a change with a multiple beside it
("up 12% last year, having nearly doubled since 2019") once raised KeyError, found by the sixth
held-out article set. Law: drafting a text made of news-like parts returns a Draft, whatever the
parts and their order."""

import pytest
from hypothesis import given, settings, strategies as st

import auditor.draft
from auditor.pack import load_pack

PACK = load_pack()

CRASHED = [
    "Overdose deaths were up 12% last year, having nearly doubled since 2019.",
    "Homicides rose 12% in 2023, nearly tripled since 2015.",
    "Homicides were the most on record, nearly doubled since 2015.",
]

PARTS = ["Homicides rose 12% in 2023", "nearly doubled since 2019", "the most on record",
         "down from 106 the year before", "a new high of 140", "police said", "tripled since 2015",
         "shootings fell", "the highest in the past decade", "up 5.1% from the same period last year",
         "both rose", "with the exception of murders", "reaching 1,200 by August", "a 17% jump over 2021",
         "and the most in four decades", "according to the department", "half of them", "no deaths"]


def test_a_change_beside_a_multiple_is_drafted_without_an_exception():
    for sentence in CRASHED:
        d = auditor.draft("KANSAS CITY, Mo. - " + sentence, published="2024-01-05", pack=PACK)
        assert d.drafted, sentence


def _drafting_news_like_parts_never_raises(parts, joint):
    """The law of the two tests below (a few examples in the quick suite, many with -m slow)."""
    text = "KANSAS CITY, Mo. - " + joint.join(parts) + "."
    d = auditor.draft(text, published="2024-01-05", pack=PACK)
    assert d.source.text is not None


@settings(max_examples=15, deadline=None)
@given(st.lists(st.sampled_from(PARTS), min_size=1, max_size=5), st.sampled_from([", ", "; ", " and ", ". "]))
def test_drafting_news_like_parts_never_raises(parts, joint):
    _drafting_news_like_parts_never_raises(parts, joint)


@pytest.mark.slow
@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(PARTS), min_size=1, max_size=5), st.sampled_from([", ", "; ", " and ", ". "]))
def test_drafting_news_like_parts_never_raises_many(parts, joint):
    _drafting_news_like_parts_never_raises(parts, joint)
