"""The walk over a parsed pattern works out a match's first k characters from the items that can
give them, and no further: once every prefix is k long or meets a character that may be anything,
the items after it are not visited (a desk pack's names are long patterns whose first letters are
all a finder needs)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.text import regex_walk
from auditor.text.regex_walk import ANY, parser, prefixes, start_strings


def _prefixes(source: str, k: int = 4, most: int | None = 24) -> set[tuple[str, ...]]:
    return prefixes(list(parser.parse(source, re.IGNORECASE)), k, most)


def test_a_prefix_ends_at_the_first_character_that_may_be_anything():
    # a figure's digits and commas make more than 24 strings of two letters: its first digit is kept
    assert _prefixes(r"\d[\d,]*\s+shootings") == {(d, ANY) for d in "0123456789"}
    assert _prefixes(r"ab\s+cd", k=4) == {("a", "b", ANY)}
    assert _prefixes(r"ab(?:cd|\s)e") == {("a", "b", "c", "d"), ("a", "b", ANY)}
    assert _prefixes(r"ab?") == {("a",), ("a", "b")}    # the match may end after "a"


def test_the_walk_visits_no_item_after_the_first_k_letters(monkeypatch):
    visited = []
    item_prefixes = regex_walk._item_prefixes

    def counting(op, argument, k, most):
        visited.append(op)
        return item_prefixes(op, argument, k, most)

    monkeypatch.setattr(regex_walk, "_item_prefixes", counting)
    tail = r"[\s\-]+(?:(?:were|was|are|is|have|has|had|been)\s+){0,2}"
    assert start_strings(rf"\bsewer(?:s|es)?{tail}operations?{tail}budget(?:s|es)?\b", re.IGNORECASE) == {"sewe"}
    assert len(visited) == 5    # \b and the four letters s, e, w, e


_HEADS = st.sampled_from([r"\bburglar", r"\bhome\s", r"\d[\d,]*\s", r"ab?c", r"(?:sex|sexual)\s", r"\bk9"])
_TAILS = st.lists(st.sampled_from([r"\s+", r"(?:were|was)\s+", r"ies?", r"[a-z]+", r"(?!\s+of)", r"x{0,2}", r"\b"]),
                  max_size=5).map("".join)


@settings(max_examples=80, deadline=None)
@given(_HEADS, _TAILS)
def test_what_follows_a_known_start_leaves_it_as_it_is(head, tail):
    # (law) a tail changes no prefix the head closed; it may only lengthen the open ones
    closed = {t for t in _prefixes(head) if not regex_walk._open(t, 4)}
    assert closed <= _prefixes(head + tail)
