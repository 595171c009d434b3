"""The cheap literal tests run before three slow regexes of the statement reader (`_TO_LEVEL`,
`_BASE_FIGURE_OWNED`, `_RESTATED_TAIL`) must never turn away a text the regex would match: each is a
necessary condition of its regex (review of round 48). Checked at every figure of sentences in the
shape of the wording those regexes read, and of sentences they must not read."""

from __future__ import annotations

import re

import pytest

from auditor.draft import statements

SENTENCES = [
    "Thefts from vehicles decreased 59 per cent to 62 from 151.",
    "Business burglaries have jumped slightly this year to 19, from 12 in 2021.",
    "The board cut the number of high schools to 13 from 18.",
    "Overdose deaths rose from 33 in 2019 to 37 in 2020.",
    "Shootings fell in Clay County from seven to 3 (down 4 To 2).",
    "Police recorded 195 murders, a 27.5 percent decrease from the previous year's total of 269.",
    "The city recorded 492 murders in 2019, about 13% lower than 2018’s total of 564.",
    "Police recorded 4,481,817 crimes, down on last year's 4,545,337.",
    "Deaths were up compared with the same month's count of about 40, and up versus the 38 before.",
    "Burglaries reached 569, up from 436 – an increase of 133, or 30 per cent.",
    "Enrolment went up by 990 new students (3.7 per cent) this fall, a rise ( or by close to 4 percent).",
    "Deaths increased from 95 in 2021 to 98 in 2022 — or by 3 percent, or by just over 3 percent.",
    "Crime dropped 8 per cent (or 120 incidents), or roughly 2 a week, or nearly 10 percent, or about 5.",
    "Thefts rose 4 per cent, or almost 30, or just under 5 percent; and they rose over the prior year's 120.",
    "Homicides rose to 120, or 30 percent of all deaths, in the city's 12 wards.",
    "The victims ranged in age from 17 to 45; the budget rose to $4 million.",
]
_FIGURE = re.compile(r"(?<!\d)\d")


def _tails() -> list[str]:
    return [s[:m.start()] for s in SENTENCES for m in _FIGURE.finditer(s)]


@pytest.mark.parametrize("tail", _tails())
def test_the_cheap_tests_turn_away_no_text_their_regex_matches(tail):
    assert statements._reaches_level(tail[-60:]) == (statements._TO_LEVEL.search(tail[-60:]) is not None)
    if statements._BASE_FIGURE_OWNED.search(tail[-100:]):
        assert statements._may_be_owned(tail[-100:])
    if statements._RESTATED_TAIL.search(tail):
        assert tail.rstrip()[-8:].lower().endswith(statements._RESTATED_ENDS)


def test_the_sentences_reach_each_regex():
    tails = _tails()
    assert any(statements._TO_LEVEL.search(t[-60:]) for t in tails)
    assert sum(bool(statements._BASE_FIGURE_OWNED.search(t[-100:])) for t in tails) >= 4
    assert sum(bool(statements._RESTATED_TAIL.search(t)) for t in tails) >= 6
