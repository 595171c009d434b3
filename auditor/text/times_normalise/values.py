"""TIMEX3 values from the parts of a match: years, months, days, units, durations, mods.

>>> duration_value(2.0, "week"), duration_value(None, "year"), duration_value(1.5, "year")
('P2W', 'PXY', 'P1Y6M')
>>> edge_mod("early"), unit_name("Months"), granularity_for("fortnight")
('START', 'month', 'week')
"""

from __future__ import annotations

import re
from datetime import date

from auditor.text.folding import regex_lower
from auditor.text.times_calendar import date_value, value_interval
from auditor.text.times_lexicon import MONTHS, ORDINALS, UNITS, year_words_value
from auditor.text.times_normalise.anchor import Anchor, Reading


UNKNOWN = {
    "year": "XXXX",
    "month": "XXXX-XX",
    "day": "XXXX-XX-XX",
    "week": "XXXX-WXX",
    "weekend": "XXXX-WXX-WE",
    "quarter": "XXXX-QX",
    "half": "XXXX-HX",
    "season": "XXXX-XX",
    "decade": "XXX",
    "century": "XX",
}

EDGE_MODS = {
    "early": "START",
    "the beginning of": "START",
    "the start of": "START",
    "mid": "MID",
    "the middle of": "MID",
    "late": "END",
    "the end of": "END",
    "the close of": "END",
}
QUANTITY_MODS = {
    "more than": "MORE_THAN",
    "over": "MORE_THAN",
    "just over": "MORE_THAN",
    "less than": "LESS_THAN",
    "fewer than": "LESS_THAN",
    "under": "LESS_THAN",
    "just under": "LESS_THAN",
    "at least": "EQUAL_OR_MORE",
    "at most": "EQUAL_OR_LESS",
    "no more than": "EQUAL_OR_LESS",
    "up to": "EQUAL_OR_LESS",
    "nearly": "APPROX",
    "almost": "APPROX",
    "about": "APPROX",
    "approximately": "APPROX",
    "around": "APPROX",
    "roughly": "APPROX",
    "some": "APPROX",
    "close to": "APPROX",
}

def low(text: str | None) -> str:
    return " ".join(text.lower().split()) if text else ""


def edge_mod(edge: str | None) -> str | None:
    return EDGE_MODS.get(low(edge).replace("-", " ").strip()) if edge else None


def year_of(text: str, anchor: Anchor) -> int | None:
    """A year in digits, words or as '98 (two digits resolve to the century nearest the DCT)."""
    text = text.strip()
    if text[0] in "'’":
        short = int(text[1:3])
        base = (anchor.dct or date(2000, 1, 1)).year
        century = base // 100 * 100
        year = century + short
        return year - 100 if year > base + 10 else year
    if text.isdigit():
        return int(text)
    return year_words_value(text)


def relative_year(text: str, anchor: Anchor) -> int:
    words = low(text)
    dct = anchor.need_dct("year")
    if words.startswith("last") or "previous" in words:
        return dct.year - 1
    if words.startswith("next"):
        return dct.year + 1
    if "the year" in words or "the same year" in words:
        return anchor.reference_day("year").year
    return dct.year


def month_number(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")]


def day_number(text: str) -> int:
    text = text.lower()
    if text in ORDINALS:
        return ORDINALS[text]
    return int(re.match(r"\d+", text).group())


def period_reading(day: date, granularity: str, mod: str | None = None) -> Reading:
    value = date_value(day, granularity)
    return Reading("DATE", value, mod, value_interval(value), granularity=granularity)


def duration_value(number: float | None, unit: str) -> str:
    """A TIMEX3 duration such as P2Y, PT5H30M or PXM; fractions go to the next smaller unit."""
    letter, factor = UNITS[unit]
    time = "T" if unit in ("second", "minute", "hour") else ""
    if number is None:
        return f"P{time}X{letter if unit not in ('decade', 'century') else {'decade': 'DE', 'century': 'CE'}[unit]}"
    number *= factor
    whole = int(number)
    fraction = number - whole
    if not fraction:
        return f"P{time}{whole}{letter}"
    smaller = {"Y": ("M", 12), "Q": ("M", 3), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("M", 60), "S": ("S", 1)}
    if time:
        smaller["M"] = ("S", 60)
    next_letter, scale = smaller[letter]
    extra = round(fraction * scale)
    if letter == "D" or (letter == "H" and time):
        head = f"P{whole}D" if letter == "D" else f"PT{whole}H"
        tail = f"T{extra}H" if letter == "D" else f"{extra}M"
        return f"{head}{tail}"
    return f"P{time}{whole}{letter}{extra}{next_letter}" if whole else f"P{time}{extra}{next_letter}"


def unit_name(text: str) -> str:
    word = regex_lower(text)   # the rule matched "monthſ" case-blind: read it as "months"
    if word == "centuries":
        return "century"
    return word[:-1] if word.endswith("s") else word


def granularity_for(unit: str) -> str:
    return {"fortnight": "week", "night": "day", "weekend": "weekend"}.get(unit, unit)


# --- readers, one per grammar rule -------------------------------------------------
