"""`quote_spans` reads a paragraph's quotation marks only, not each of its characters: it finds the
quotations that reading every character finds (a law over paragraphs of marks, words, spaces and the
characters that open a quotation)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.draft.attribution import _quotations, quote_spans

_PIECES = st.sampled_from(["“", "”", '"', "‘", "’", " ", "\n", "(", "—", ":", ".", ",", "he said", "Crime fell 5%",
                           "in 2019", "x", "-"])


@settings(max_examples=300, deadline=None)
@given(st.data(), st.lists(_PIECES, max_size=30).map("".join))
def test_the_marks_alone_give_the_quotations_each_character_gives(data, text):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert quote_spans(text, (start, end)) == _quotations(text, start, end, range(start, end))


def test_a_quotation_and_one_left_open():
    text = 'Lee said, "Crime fell." Then “it rose'
    assert quote_spans(text, (0, len(text))) == [(11, 22), (30, len(text))]
