"""A pattern searched only in a text whose words hold one of its words (`WordGatedPattern`) finds what
the pattern finds (a law, over every `WordGatedPattern` the drafter defines and texts written from its
own matches, its words, near misses of them and characters that join or split runs of letters), with
the text's words read as the drafter reads a sentence's (`statements.words_of`)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from auditor.draft.sentences import sentences
from auditor.draft.statements import words_of
from auditor.text.word_gate import WordGatedPattern
from tests.drafting_modules import drafting_values, each_choice


_GATED = drafting_values(WordGatedPattern)
_SEEDS = Path(__file__).parents[2] / "seeds" / "sources"
# around and between the pieces: spaces, marks, a digit or "_" or a letter outside ASCII that joins a run
# of letters or ends it, "İ" (lower-cased to two characters), near misses of the words
_FILLERS = [" ", ", ", ". ", "\n", "“", "”", "-", "—", "5", "_", "é", "İ", "ſ", "\u2028", "The ", "Police ",
            "said", "Said", "SAID", "saidé", "unsaid", "5said", "_said", " per ", ", per The", "according to",
            "Accordingly", "put out", "output", "is reporting", "went on to say", "points out", "states That"]


def _spans(hit: re.Match | None):
    return None if hit is None else (hit.span(), hit.groups())


def _held(text: str) -> frozenset[str]:
    return words_of(text, (0, len(text)))


def _text(data, pattern: re.Pattern) -> str:
    pieces = st.one_of(st.from_regex(pattern, fullmatch=True), st.sampled_from(_FILLERS))
    return "".join(data.draw(st.lists(pieces, max_size=6)))


def _case(data, name: str) -> None:
    gated = _GATED[name]
    text = _text(data, gated.pattern)
    assert _spans(gated.search(text, _held(text))) == _spans(gated.pattern.search(text)), (name, text)


def test_the_drafter_has_word_gated_patterns():
    assert {"auditor.draft.attribution._REPORTING", "auditor.draft.attribution._RELEASE_VERB",
            "auditor.draft.attribution._THEY_SAY"} <= set(_GATED)


def test_a_gate_searches_only_where_its_words_are():
    said = WordGatedPattern(re.compile(r"\b(?:said|told)\b"), ("said", "told"))
    assert said.search("Lee said so.", _held("Lee said so.")).span() == (4, 8)
    assert said.search("Lee said so.").span() == (4, 8)          # words not known: searched
    assert said.search("Lee said so.", frozenset({"lee"})) is None   # (the words given are trusted)


def test_a_case_blind_pattern_is_refused():
    # read case-blind, r"\bsaid\b" matches "ſaid" (a long s), whose run lower-cased is "ſaid", not "said"
    assert re.compile(r"\bsaid\b", re.IGNORECASE).search("Lee ſaid so.") is not None
    assert "said" not in _held("Lee ſaid so.")
    with pytest.raises(ValueError, match="case-blind"):
        WordGatedPattern(re.compile(r"\bsaid\b", re.IGNORECASE), ("said",))


def test_a_gate_that_leaves_out_a_word_misses_its_matches():
    # the law can fail: "according" left out of _REPORTING's words, a sentence holding only it is skipped
    reporting = _GATED["auditor.draft.attribution._REPORTING"]
    narrowed = WordGatedPattern(reporting.pattern, tuple(reporting.words - {"according"}))
    text = "The rate rose, according to police."
    assert reporting.search(text, _held(text)) is not None
    assert narrowed.search(text, _held(text)) is None


@pytest.mark.parametrize("name", sorted(_GATED))
def test_a_gate_finds_what_its_pattern_finds_in_every_seed_sentence(name):
    gated = _GATED[name]
    for path in sorted(_SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for span in sentences(text):
            said = text[span.start:span.end]
            assert _spans(gated.search(said, words_of(text, (span.start, span.end)))) == _spans(gated.pattern.search(said))


_EACH_WORD = [(name, word) for name in sorted(_GATED) for word in each_choice(_GATED[name].pattern)]


def test_each_word_of_a_gate_is_tried_alone():
    reporting = [word.pattern for name, word in _EACH_WORD if name.endswith("._REPORTING")]
    assert r"\b(?:tallied)\b" in reporting and r"\b(?:(?:go)\s+on\s+to\s+(?:explain))\b" in reporting


@pytest.mark.parametrize("at", range(len(_EACH_WORD)), ids=[w.pattern[:30] for _, w in _EACH_WORD])
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_every_word_of_a_gated_pattern_is_among_its_words(at, data):
    # each alternative's own matches, so that none is left to chance among many
    name, word = _EACH_WORD[at]
    text = data.draw(st.from_regex(word)) + data.draw(st.sampled_from(_FILLERS))   # (a look-ahead reads past the match)
    gated = _GATED[name]
    assert _spans(gated.search(text, _held(text))) == _spans(gated.pattern.search(text)), (name, text)


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.data(), st.sampled_from(sorted(_GATED)))
def test_a_word_gated_pattern_finds_what_its_pattern_finds(data, name):
    _case(data, name)


@pytest.mark.slow
@settings(max_examples=3000, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.data(), st.sampled_from(sorted(_GATED)))
def test_a_word_gated_pattern_finds_what_its_pattern_finds_many_times(data, name):
    _case(data, name)
