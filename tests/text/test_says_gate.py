"""`attribution.says_hits`: `_SAYS`' hits, the sentence not searched when it holds none of the pieces every
match holds (`_SAYS_NEEDS`, ", per"). Law: it finds what `_SAYS.finditer` finds, on texts written from
the pattern itself and on sentences of news words, with and without a verb (the cases the gate skips)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from auditor.draft import attribution
from auditor.draft.attribution import _SAYS, says_hits

_WORDS = ["Police", "Chief", "John", "Smith", "Mayor", "Lee", "the", "department", "officials", "county", "County",
          "homicides", "rose", "fell", "5%", "percent", "in", "2020", "said", "says", "Said", "told", "reporters",
          "reported", "reports", "is", "reporting", "according", "According", "to", "per", "data", "went", "on", "say",
          "noted", "recorded", "estimated", "has", "a", "spokesman", "and", "but", "that", "account", "address", "St.",
          "Dr.", "(CSO)", "revealed", "warned", "points", "out", "counts", "SAID"]
_SEPARATORS = st.sampled_from([" ", " ", ", ", ". ", "\n", ": "])
_SENTENCES = st.lists(st.tuples(st.sampled_from(_WORDS), _SEPARATORS), max_size=14).map(
    lambda parts: "".join(word + separator for word, separator in parts))


def _same(text: str) -> None:
    assert [hit.span() for hit in says_hits(text)] == [hit.span() for hit in _SAYS.finditer(text)], text


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.from_regex(_SAYS), _SENTENCES, _SENTENCES)
def test_a_text_that_says_is_searched(said, before, after):
    _same(said)
    _same(before + said + after)


@settings(max_examples=150, deadline=None)
@given(_SENTENCES)
def test_a_sentence_of_news_words_gets_what_the_search_gets(sentence):
    _same(sentence)


@pytest.mark.slow
@settings(max_examples=1500, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.from_regex(_SAYS), _SENTENCES, _SENTENCES)
def test_a_text_that_says_is_searched_many_times(said, before, after):
    _same(said)
    _same(before + said + after)
    _same(before + after)


class _Unsearched:
    def finditer(self, text):
        raise AssertionError(f"searched {text!r}")


@pytest.mark.parametrize("sentence", ["Homicides rose 5% in 2020, the most since 1995.",
                                      "The city saw 12 killings, down from 15."])
def test_a_sentence_without_a_verb_of_saying_is_not_searched(monkeypatch, sentence):
    monkeypatch.setattr(attribution, "_SAYS", _Unsearched())
    assert list(says_hits(sentence)) == []


@pytest.mark.parametrize("sentence", ["Crime fell 5%, per the FBI.", "According to Smith, crime fell.",
                                      "Police Chief John Smith has noted a drop.", "The mayor went on to add that"])
def test_every_way_of_saying_passes_the_gate(sentence):
    assert list(says_hits(sentence)) and [h.span() for h in says_hits(sentence)] == [h.span() for h in _SAYS.finditer(sentence)]
