"""Readers of durations and sets: "three years", "several months", "each week", "annually".

>>> from datetime import date
>>> from auditor.text.times import find_times
>>> [(e.text, e.value, e.rule) for e in find_times("for three years, several months, each week", date(2021, 9, 15))]
[('three years', 'P3Y', 'duration'), ('several months', 'PXM', 'duration'), ('each week', 'P1W', 'set')]
"""

from __future__ import annotations

import re

from auditor.text.times_lexicon import WEEKDAYS, number_value
from auditor.text.times_normalise.anchor import Anchor, RATE_BEFORE, Reading
from auditor.text.times_normalise.periods import CLAUSE_WORDS
from auditor.text.times_normalise.values import QUANTITY_MODS, duration_value, low, unit_name


SET_ADVERBS = {
    "daily": "P1D",
    "nightly": "P1D",
    "weekly": "P1W",
    "biweekly": "P2W",
    "monthly": "P1M",
    "quarterly": "P3M",
    "semiannually": "P6M",
    "annually": "P1Y",
    "yearly": "P1Y",
    "hourly": "PT1H",
}


def read_set(m: re.Match, anchor: Anchor, start: int) -> Reading | None:
    if m["adverb"]:
        following = re.match(r"\s+([a-z]+)", anchor.text[start + len(m.group()) : start + len(m.group()) + 20])
        if following and following.group(1) not in CLAUSE_WORDS:
            return None  # used as an adjective: "its quarterly dividend", "the daily Granma"
        return Reading("SET", SET_ADVERBS[m["adverb"].lower()])
    if m["wday"]:
        return Reading("SET", f"XXXX-WXX-{WEEKDAYS[m['wday'].lower()] + 1}")
    unit = unit_name(m["unit"] or m["unit2"])
    number = number_value(m["num"]) if m["num"] else 1.0
    if m["other"]:
        number = 2.0
    return Reading("SET", duration_value(number, unit))


def read_duration(m: re.Match, anchor: Anchor, start: int) -> Reading | None:
    unit = unit_name(m["unit"])
    num_text = low(m["num"])
    text = low(m.group())
    if num_text in ("a", "an") and unit in ("second", "quarter"):
        return None
    if text.startswith("the ") and num_text in ("a", "an", "one"):
        return None
    if num_text in ("dozens", "hundreds", "many") and unit in ("second", "minute"):
        return None
    number = number_value(m["num"])
    if number is not None and number >= 1000:
        return None
    if m["half"] and number is not None:
        number += 0.5
    if num_text in ("a", "an") and RATE_BEFORE.search(anchor.text[max(0, start - 30) : start]):
        # "$1.76 a year", "700 seats a week": a rate's denominator, not a time expression.
        return None
    mod = QUANTITY_MODS.get(low(m["mod"])) if m["mod"] else None
    value = duration_value(number, unit)
    if m["num2"] and m["unit2"]:
        second = duration_value(number_value(m["num2"]), unit_name(m["unit2"]))
        if "X" not in value and "X" not in second:
            if "T" in second and "T" not in value:
                value += second[1:]
            elif "T" in value and "T" in second:
                value += second[2:]
            else:
                value += second[1:]
    return Reading("DURATION", value, mod)


def read_vague_duration(m: re.Match, anchor: Anchor, start: int) -> Reading | None:
    before = anchor.text[max(0, start - 20) : start].lower()
    after = anchor.text[start + len(m.group()) : start + len(m.group()) + 12].lower()
    if not (re.search(r"\b(?:for|in|over|of|take|took|takes|within|after)\s+$", before) or after.startswith(("-long", " of ", " ago"))):
        return None
    if re.search(r"\b(?:of)\s+$", before) and not after.startswith((" of", "-")):
        return None
    return Reading("DURATION", duration_value(None, unit_name(m["unit"])))
