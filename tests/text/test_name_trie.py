"""Names written as a trie find what their alternation, longest first, finds (a law, over names
of the characters a place name's regex writes specially and texts made of them)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.draft.vocabulary import _place_name_piece
from auditor.text.name_trie import trie_alternation

_NAMES = st.lists(st.text(alphabet="aAb '-.", min_size=1, max_size=6).map(lambda n: " ".join(n.split()))
                  .filter(bool), min_size=1, max_size=12, unique=True)
_TEXTS = st.lists(st.sampled_from(["a", "A", "b", " ", "  ", "\n", "'", "’", "-", ".", "ab", "A b"]), max_size=30).map("".join)


def _spans(alternation: str, text: str) -> list[tuple[int, int]]:
    # as the place names are found: not inside a longer word or hyphenated name
    return [m.span() for m in re.finditer(rf"(?<![\w-])(?:{alternation})(?![\w-])", text)]


def _same_spans(names, data) -> None:
    longest_first = sorted(names, key=len, reverse=True)
    # (the place names' regex as it was written before the trie)
    flat = "|".join(re.escape(n).replace(r"\ ", r"\s+").replace("'", "['’]") for n in longest_first)
    text = data.draw(st.one_of(_TEXTS, st.lists(st.sampled_from(names + [" ", "-", "x"]), max_size=8).map("".join)))
    assert _spans(trie_alternation(names, _place_name_piece), text) == _spans(flat, text)


@settings(max_examples=60, deadline=None)
@given(_NAMES, st.data())
def test_a_trie_of_names_finds_what_their_alternation_longest_first_finds(names, data):
    _same_spans(names, data)


@pytest.mark.slow
@settings(max_examples=1000, deadline=None)
@given(_NAMES, st.data())
def test_a_trie_of_names_finds_what_their_alternation_longest_first_finds_many_times(names, data):
    _same_spans(names, data)


def test_names_share_their_first_characters_and_the_longer_go_first():
    assert trie_alternation(["York", "New York", "New York City", "Newark"]) == \
        r"(?:York|New(?:\ York(?:\ City)?|ark))"
    assert trie_alternation(["A", "A"]) == "A"
