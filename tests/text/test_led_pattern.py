"""A module pattern searched only at its start strings (`LedPattern`) finds what the pattern finds (a
law, over every `LedPattern` the drafter defines and texts written from its own matches, letters that
fold oddly and anything, in windows that start before the text or end past it)."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from auditor.text.case_blind import LedPattern
from tests.drafting_modules import drafting_values


_LED = drafting_values(LedPattern)
_CHARS = "aAsSkK \n-,.’'1\u212a\u017f\u0131\u0130\u00e9"


def _text(data, pattern: re.Pattern) -> str:
    """Pieces of matches of the pattern, with filler between them: matches that overlap, come back to
    back, or are cut by a window."""
    pieces = st.one_of(st.from_regex(pattern, fullmatch=True), st.text(alphabet=_CHARS, max_size=4),
                       st.sampled_from(["the ", "The ", " said ", "FY", " 2019", "in ", "K", "ſ"]))
    return "".join(data.draw(st.lists(pieces, max_size=6)))


def _same(led: LedPattern, text: str, pos: int, endpos: int | None) -> None:
    bound = len(text) if endpos is None else endpos
    expected = [hit.span() for hit in led.pattern.finditer(text, pos, bound)]
    assert [hit.span() for hit in led.finditer(text, pos, endpos)] == expected, (led.pattern.pattern, text, pos, endpos)
    first = led.pattern.search(text, pos, bound)
    found = led.search(text, pos, endpos)
    assert (found and found.span()) == (first and first.span())


def _case(data, name: str) -> None:
    led = _LED[name]
    text = _text(data, led.pattern)
    pos = data.draw(st.integers(-3, len(text) + 2))
    endpos = data.draw(st.one_of(st.none(), st.integers(-3, len(text) + 3)))
    _same(led, text, pos, endpos)


def test_the_drafter_has_led_patterns_and_each_has_start_strings():
    # a LedPattern without start strings is searched as it is: no gain, a reason to write it plainly
    assert _LED
    assert all(led.strings() for led in _LED.values()), [n for n, led in _LED.items() if not led.strings()]


def test_a_patterns_start_strings_are_worked_out_when_first_asked():
    assert LedPattern(re.compile(r"\bhomicides?\b", re.IGNORECASE)).strings() == {"homi"}


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.data(), st.sampled_from(sorted(_LED)))
def test_a_led_pattern_finds_what_its_pattern_finds(data, name):
    _case(data, name)


@pytest.mark.slow
@settings(max_examples=2000, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.data(), st.sampled_from(sorted(_LED)))
def test_a_led_pattern_finds_what_its_pattern_finds_many_times(data, name):
    _case(data, name)


@pytest.mark.parametrize(("source", "flags", "text", "pos", "endpos"), [
    (r"\bfiscal\b|\bFY\s*'?\d", re.IGNORECASE, "fiscal 2020 and FY21", -4, None),     # a start before the text: 0
    (r"\bfiscal\b|\bFY\s*'?\d", re.IGNORECASE, "fiscal 2020 and FY21", 0, 99),        # an end past it: its end
    (r"\bfiscal\b", re.IGNORECASE, "fiscal fiscal", 3, -1),                           # an end before the start: nothing
    (r"\b(?:county|parish)\b", re.IGNORECASE, "Kent \u212aounty, ſt. Parish", 0, None),   # odd letters fold
    (r"\b(?:said|told)\b", re.IGNORECASE, "\u0130 ſaid, \u0130 told", 0, None),          # where they stand
    (r"(?<!the\s)\bdata\b", 0, "the data, new data", 0, None),                        # look-behinds see before a start
    (r"[A-Z]\w+ said", 0, "Smith said", 0, None),                                     # no start strings: as it is
])
def test_bounds_and_folding_are_read_as_re_reads_them(source, flags, text, pos, endpos):
    _same(LedPattern(re.compile(source, flags)), text, pos, endpos)
