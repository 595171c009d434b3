"""A pattern tried only over a window that holds one of its words (`WindowGatedPattern`) finds what the
pattern finds (a law, over every `WindowGatedPattern` the drafter defines, texts written from its own
matches, its words in other cases, near misses and characters a case-blind pattern reads as letters,
and any window of them, as `re` reads `pos` and `endpos`)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from auditor.draft.sentences import sentences
from auditor.text.word_gate import WindowGatedPattern
from tests.drafting_modules import drafting_values, each_choice

_WINDOWED = drafting_values(WindowGatedPattern)
_SEEDS = Path(__file__).parents[2] / "seeds" / "sources"
# spaces and marks, a digit, "_", letters outside ASCII that a case-blind pattern reads as ASCII ones
# ("ſ" as s, "K" as k, "İ" and "ı" as i) and one it does not ("é"), words cut and joined
_FILLERS = [" ", ", ", ". ", "\n", "’s ", "“", "-", "5", "_", "é", "ſ", "\u212a", "İ", "ı", "\u2028", "The ", "the ",
            "year ", "years", "in the ", "of ", "to ", "than ", "from ", "s", "ed ", "ing "]


def _found(pattern, text: str, pos: int, endpos: int):
    """What `search`, `match` and `finditer` find over the window (spans and groups)."""
    def read(hit):
        return None if hit is None else (hit.span(), hit.groups())
    return (read(pattern.search(text, pos, endpos)), read(pattern.match(text, pos, endpos)),
            [read(hit) for hit in pattern.finditer(text, pos, endpos)])


def _agrees(gated: WindowGatedPattern, text: str, pos: int, endpos: int) -> None:
    assert _found(gated, text, pos, endpos) == _found(gated.pattern, text, pos, endpos), (gated.pattern.pattern[:60], text, pos, endpos)


def _pieces(gated: WindowGatedPattern):
    words = list(gated.words)
    return st.one_of(st.from_regex(gated.pattern, fullmatch=True), st.sampled_from(_FILLERS),
                     st.sampled_from(words), st.sampled_from([w.upper() for w in words]),
                     st.sampled_from([w[:-1] for w in words if len(w) > 1]))


def _window(data, text: str) -> tuple[int, int]:
    bounds = st.integers(min_value=-2, max_value=len(text) + 2)
    return data.draw(bounds), data.draw(bounds)


def _case(data, name: str) -> None:
    gated = _WINDOWED[name]
    text = "".join(data.draw(st.lists(_pieces(gated), max_size=6)))
    _agrees(gated, text, 0, len(text))
    _agrees(gated, text, *_window(data, text))


def test_the_drafter_has_window_gated_patterns():
    assert {"auditor.draft.claim_period._PROJECTED", "auditor.draft.claim_subject._STATEWIDE",
            "auditor.draft.statements._MULTIPLE"} <= set(_WINDOWED)


def test_a_window_is_searched_only_when_it_holds_a_word():
    fiscal = WindowGatedPattern(re.compile(r"\b(?:fiscal|financial)\s+year\b", re.IGNORECASE), ("fiscal", "financial"))
    text = "Spending rose in fiscal year 2023 and in the financial year before."
    assert fiscal.search(text).span() == (17, 28)
    assert fiscal.search(text, 20).span() == (45, 59)            # "fiscal" cut at the window's start: "cal"
    assert fiscal.search(text, 0, 22) is None                    # "fisc": not the word
    assert [m.span() for m in fiscal.finditer(text, 10, 200)] == [(17, 28), (45, 59)]
    assert fiscal.match(text, 17).span() == (17, 28)
    assert fiscal.holds("the FIſCAL year") and fiscal.search("the FIſCAL year") is not None   # a long s, read as s


def test_words_must_be_lower_case_ascii():
    with pytest.raises(ValueError, match="lower-case ASCII"):
        WindowGatedPattern(re.compile(r"\bFiscal\b"), ("Fiscal",))
    with pytest.raises(ValueError, match="at least one"):
        WindowGatedPattern(re.compile(r"\bfiscal\b"), ())


def test_a_gate_that_leaves_out_a_word_misses_its_matches():
    # the law can fail: "will" left out of _PROJECTED's words, a sentence holding only it is not searched
    projected = _WINDOWED["auditor.draft.claim_period._PROJECTED"]
    narrowed = WindowGatedPattern(projected.pattern, tuple(w for w in projected.words if w != "will"))
    text = "The county will hire 12 deputies."
    assert projected.search(text) is not None
    assert narrowed.search(text) is None


@pytest.mark.parametrize("name", sorted(_WINDOWED))
def test_a_window_gate_finds_what_its_pattern_finds_in_every_seed_sentence(name):
    gated = _WINDOWED[name]
    for path in sorted(_SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for span in sentences(text):
            _agrees(gated, text, span.start, span.end)
            _agrees(gated, text, span.start, (span.start + span.end) // 2)


# each top-level alternative cut at its first group of words (the words a gate is chosen from; every group's
# product is tens of thousands for the longest)
_EACH_CHOICE = [(name, choice) for name in sorted(_WINDOWED) for choice in each_choice(_WINDOWED[name].pattern, groups=1)]


@pytest.mark.slow   # about 500 alternatives, a hypothesis run each: the quick suite keeps the law below
@pytest.mark.parametrize("at", range(len(_EACH_CHOICE)), ids=[c.pattern[:30] for _, c in _EACH_CHOICE])
@settings(max_examples=5, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_every_choice_of_a_gated_pattern_holds_one_of_its_words(at, data):
    # each alternative's own matches, so that none is left to chance among many
    name, choice = _EACH_CHOICE[at]
    text = data.draw(st.from_regex(choice)) + data.draw(st.sampled_from(_FILLERS))   # (a look-ahead reads past the match)
    gated = _WINDOWED[name]
    _agrees(gated, text, 0, len(text))
    _agrees(gated, text, *_window(data, text))


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.data(), st.sampled_from(sorted(_WINDOWED)))
def test_a_window_gated_pattern_finds_what_its_pattern_finds(data, name):
    _case(data, name)


@pytest.mark.slow
@settings(max_examples=3000, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.data(), st.sampled_from(sorted(_WINDOWED)))
def test_a_window_gated_pattern_finds_what_its_pattern_finds_many_times(data, name):
    _case(data, name)
