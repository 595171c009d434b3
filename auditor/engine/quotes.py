"""The part of a claim's quote that holds its own figure: its sentence, or its clause. Checks and
the revision rules read a claim's words there, so that a quote shared by several claims ("678
budgeted positions, a decrease from the 696 the city was originally planning") lends each claim
only its own words."""

from __future__ import annotations

import re
from fractions import Fraction
from typing import NamedTuple

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"“‘'])")
_CLAUSE = re.compile(r"[,;:]\s+|\s+[—–-]+\s+")   # a comma before a space: "1,040" stays whole
_SEMICOLON = re.compile(r";\s+")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def _holding(parts: list[str], claim) -> list[str]:
    """The parts that hold the claim's figure (its value's numbers, thousands separators aside)."""
    amount = claim.value
    numbers = {n.replace(",", "") for n in _NUMBER.findall(amount.text or "")} or {amount.low}
    return [s for s in parts
            if any(re.search(rf"(?<![\d.]){re.escape(n)}(?![\d])", s.replace(",", "")) for n in numbers)]


def matches_any(text: str, patterns) -> bool:
    """Whether a text matches any of `patterns` (the rule pack's regular expressions, any case)."""
    return any(re.search(p, text, re.IGNORECASE) for p in patterns)


def own_sentence(claim) -> str:
    """The sentences of a claim's quote that hold its figure (the whole quote when none does, or
    when the claim gives no value): "The average ... was nearly 58%, according to the most recent
    FBI data. Baltimore's was less than 43% that year." gives only the second sentence for the 43%."""
    text = claim.quote.text
    if claim.value is None:
        return text
    own = _holding(_SENTENCE.split(text), claim)
    return " ".join(own) if own else text


def own_clause(claim, at_commas: bool = True) -> str:
    """The clauses of a claim's own sentence that hold its figure, split at a comma, semicolon or
    colon before a space and at a dash between spaces (the sentence when none does): "The city
    will have money for 678 budgeted sworn police positions, a decrease from the 696 the city was
    originally planning." gives "a decrease from the 696 the city was originally planning." for the 696.
    `at_commas=False`: split at a semicolon only ("Police counted 95 homicides in 2022, though
    final figures will not be released until June" stays whole; "Final figures for 2021 showed
    120; the department counted 92 in 2022" gives the second part for the 92)."""
    sentence = own_sentence(claim)
    if claim.value is None:
        return sentence
    own = _holding((_CLAUSE if at_commas else _SEMICOLON).split(sentence), claim)
    return " ".join(own) if own else sentence


# a number written in digits, with an optional scale word: "1,040", "$512.4 million"
WRITTEN_AMOUNT = r"\d(?:,?\d)*(?:\.\d+)?(?: (?:thousand|million|billion)\b)?"
_AMOUNT = re.compile(WRITTEN_AMOUNT, re.IGNORECASE)
_SCALES = {"": 1, "thousand": 10**3, "million": 10**6, "billion": 10**9}


class Amount(NamedTuple):
    """A written number: its value, half its last written unit (its precision), and its span."""
    value: Fraction
    half: Fraction
    start: int
    end: int


def written_amounts(text: str):
    """The numbers written in digits in a text, in order ("$62.4 million" is 62,400,000 within 50,000)."""
    for m in _AMOUNT.finditer(text):
        number, _, scale = m.group().replace(",", "").partition(" ")
        scale = _SCALES[scale.lower()]
        yield Amount(Fraction(number) * scale, Fraction(scale, 2 * 10 ** len(number.partition(".")[2])),
                     m.start(), m.end())
