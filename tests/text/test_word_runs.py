"""A pattern tried only over the runs of its characters that hold one of its words (`RunPattern`) finds
what the pattern finds (a law, over every `RunPattern` the drafter defines and texts written from its
own matches, characters outside its runs and its words alone)."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from auditor.text.word_runs import RunPattern
from tests.drafting_modules import drafting_values


_RUN = drafting_values(RunPattern)
# outside every run ("“", ";", "$", "(", "ő" is a word character, "\u2028" a space), and inside
_FILLERS = ["“", "”", ";", "$", "(", ":", "ő", "\u2028", ",", ".", "’s ", "\n", "\n\n", " ", "1", "_", "&", "-"]
_WORDS = ["said", " said ", "says", " told ", "The ", "A spokesman for the city", "Ann Lee", " of ", "Department",
          "Police", "Jr.", "said Kirby", "Kirby said", " Smith"]


def _text(data, pattern: re.Pattern) -> str:
    """Pieces of matches of the pattern, with fillers and words between them: matches back to back,
    cut by a character outside the run, or whose look-ahead reads past the run."""
    pieces = st.one_of(st.from_regex(pattern, fullmatch=True), st.sampled_from(_FILLERS), st.sampled_from(_WORDS))
    return "".join(data.draw(st.lists(pieces, max_size=7)))


def _spans(hits) -> list[tuple[tuple[int, int], dict]]:
    return [(hit.span(), hit.groupdict()) for hit in hits]


def _case(data, name: str) -> None:
    found = _RUN[name]
    text = _text(data, found.pattern)
    assert _spans(found.finditer(text)) == _spans(found.pattern.finditer(text)), (found.pattern.pattern, text)


def test_the_drafter_has_run_patterns():
    assert {"auditor.draft.attribution._BARE_SPEAKER", "auditor.draft.attribution._BODY_S_NAME",
            "auditor.draft.attribution._POST_COMMA_NAME"} <= set(_RUN)


def test_the_windows_are_the_runs_that_hold_a_word():
    said = RunPattern(re.compile(r"[A-Z][a-z]+ said"), ("said",), r"[\w\s]")
    assert said.windows("") == []
    assert said.windows("Ann Lee said; Bo said; (said) none") == [(0, 12), (13, 21), (24, 28)]
    assert said.windows("no verb; here") == []


def test_a_run_that_leaves_out_a_character_of_a_match_misses_it():
    # the law can fail: a comma inside the match, left out of the run, cuts the match
    post = RunPattern(re.compile(r"The [a-z]+, [A-Z][a-z]+ said"), ("said",), r"[\w\s]")
    text = "The spokesman, Ron said"
    assert [hit.group() for hit in post.pattern.finditer(text)] == [text]
    assert list(post.finditer(text)) == []


@pytest.mark.parametrize("text, names", [
    ("“We are ready,” Chief Tom Lee said. Lee said more.", ["Tom Lee", "Lee"]),
    ("said Kirby, and said Ann Lee of the board", ["Kirby"]),
    ("The spokesman for the State Fire Marshal’s office, Ron Humphrey says", ["Ron Humphrey"]),
])
def test_the_bare_speaker_reads_as_its_pattern(text, names):
    found = _RUN["auditor.draft.attribution._BARE_SPEAKER"]
    assert [hit.group("name") or hit.group("name1") for hit in found.finditer(text)] == names
    assert _spans(found.finditer(text)) == _spans(found.pattern.finditer(text))


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.data(), st.sampled_from(sorted(_RUN)))
def test_a_run_pattern_finds_what_its_pattern_finds(data, name):
    _case(data, name)


@pytest.mark.slow
@settings(max_examples=2000, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.data(), st.sampled_from(sorted(_RUN)))
def test_a_run_pattern_finds_what_its_pattern_finds_many_times(data, name):
    _case(data, name)
