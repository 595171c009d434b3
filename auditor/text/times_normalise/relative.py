"""Readers of periods relative to the DCT or to the period before: "last year", "two weeks ago",
"a year-ago", "the same period", "the year before that", "the past three months".

>>> from datetime import date
>>> from auditor.text.times import find_times
>>> text = "last year, two weeks ago, the same period a year earlier, the past three months"
>>> [(e.text, e.value, e.rule) for e in find_times(text, date(2021, 9, 15))]  # doctest: +NORMALIZE_WHITESPACE
[('last year', '2020', 'relative'), ('two weeks ago', '2021-W35', 'offset'),
 ('the same period a year earlier', '2020-W35', 'same_period'), ('the past three months', 'P3M', 'stretch')]
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from auditor.text.times_calendar import shift, value_interval
from auditor.text.times_lexicon import number_value
from auditor.text.times_normalise.anchor import Anchor, MissingAnchor, Reading
from auditor.text.times_normalise.periods import previous_quarter
from auditor.text.times_normalise.values import (
    QUANTITY_MODS,
    UNKNOWN,
    duration_value,
    edge_mod,
    granularity_for,
    low,
    period_reading,
    unit_name,
)


def read_offset(m: re.Match, anchor: Anchor, start: int) -> Reading | None:
    unit = unit_name(m["unit"])
    number = number_value(m["num"])
    direction = low(m["dir"] or m["dir2"])
    sign = 1 if direction in ("later", "after", "from now", "hence") else -1
    relative_to_reference = direction in ("earlier", "later", "before", "after", "previously")
    mod = QUANTITY_MODS.get(low(m["mod"])) if m["mod"] else None
    if number is not None and number >= 1000:
        return None
    if unit in ("second", "minute", "hour"):
        return Reading("DURATION", duration_value(number, unit), mod)
    if number is None:
        return Reading("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    try:
        if unit == "year" and number == 1 and anchor.last_quarter and relative_to_reference | (direction == "ago"):
            year, quarter = int(anchor.last_quarter[:4]), int(anchor.last_quarter[-1])
            value = f"{year - 1:04d}-Q{quarter}"
            return Reading("DATE", value, mod, value_interval(value), granularity="quarter")
        if relative_to_reference and anchor.claim:
            base = anchor.reference_day(granularity_for(unit))
        elif relative_to_reference and anchor.reference is not None and anchor.reference_granularity in ("day", "month"):
            base = anchor.reference[1][0]
        else:
            base = anchor.need_dct(granularity_for(unit))
    except MissingAnchor as missing:
        return Reading("DATE", UNKNOWN.get(missing.granularity, "XXXX"), mod)
    whole = int(number)
    if number != whole:
        if unit == "year":
            unit, whole = "month", round(number * 12)
        elif unit == "month":
            unit, whole = "day", round(number * 30)
    granularity = granularity_for(unit)
    if granularity == "decade":
        granularity = "year"
    day = shift(base, unit, sign * whole)
    return period_reading(day, granularity, mod)


def read_year_ago_adj(m: re.Match, anchor: Anchor, start: int) -> Reading | None:
    what = low(m["what"])
    try:
        if what == "quarter" or (not what and anchor.last_quarter) or (what == "period" and anchor.last_quarter):
            base = anchor.last_quarter or previous_quarter(anchor)
            value = f"{int(base[:4]) - 1:04d}-Q{base[-1]}"
            return Reading("DATE", value, interval=value_interval(value), granularity="quarter")
        dct = anchor.need_dct("year")
    except MissingAnchor:
        return Reading("DATE", "XXXX")
    granularity = {"month": "month", "week": "week"}.get(what, "year")
    return period_reading(shift(dct, "year", -1), granularity)


def read_same_period(m: re.Match, anchor: Anchor, start: int) -> Reading | None:
    """"the same period last year", "same months in 2018": the period mentioned before,
    moved back a year or to the year named. With nothing before it, the year itself."""
    years_back = m["year"] is None
    try:
        if anchor.reference is None:
            anchor.wanted_reference = True
            dct = anchor.need_dct("year")
            year = dct.year - 1 if years_back else int(m["year"])
            return period_reading(date(year, 1, 1), "year")
    except MissingAnchor:
        return Reading("DATE", "XXXX" if years_back else m["year"])
    anchor.wanted_reference = True
    value, (first, last) = anchor.reference
    years = -1 if years_back else int(m["year"]) - first.year
    interval = (shift(first, "year", years), shift(last, "year", years))
    moved = re.sub(r"\d{4}", lambda y: f"{int(y.group()) + years:04d}", value)
    return Reading("DATE", moved, interval=interval, anaphoric=True, granularity=anchor.reference_granularity)


def read_anaphor(m: re.Match, anchor: Anchor, start: int) -> Reading | None:
    unit = low(m["unit"] or m["unit2"])
    rel = low(m["dir"] or m["rel"] or m["dem"])
    step = {"before": -1, "previous": -1, "preceding": -1, "prior": -1, "earlier": -1, "after": 1, "following": 1, "next": 1, "later": 1}.get(rel, 0)
    if unit == "period" or (anchor.claim and rel in ("that", "those")):
        # "that period"; in a claim file also "that year", "those months": the very
        # period the claim before spoke of, even when it was only part of a year
        anchor.wanted_reference = True
        if anchor.reference is None:
            return None
        value, interval = anchor.reference
        return Reading("DATE", value, interval=interval, anaphoric=True)
    if unit == "half":
        return None
    try:
        base = anchor.reference_day(unit)
    except MissingAnchor:
        return Reading("DATE", UNKNOWN.get(unit, "XXXX"), anaphoric=True)
    reading = period_reading(shift(base, unit, step), granularity_for(unit))
    reading.anaphoric = True
    return reading


def read_stretch(m: re.Match, anchor: Anchor, start: int) -> Reading | None:
    unit = unit_name(m["unit"])
    number = number_value(m["num"])
    if low(m["num"]) in ("a", "an") and low(m["det"]) not in ("",):
        return None
    if number is not None and number >= 1000:
        return None
    rel = low(m["rel"])
    det = low(m["det"] or m["dem"])
    mod = QUANTITY_MODS.get(low(m["mod"])) if m["mod"] else None
    value = duration_value(number, unit)
    reading = Reading("DURATION", value, mod)
    if number is None or unit not in ("day", "week", "month", "quarter", "year", "decade", "century", "weekend", "fortnight", "night"):
        return reading
    count = int(number)
    if det in ("those", "these", "that"):
        anchor.wanted_reference = True
    if det in ("those", "these", "that", "this") and anchor.reference is not None:
        reading.interval = anchor.reference[1]
        reading.anaphoric = True
        return reading
    try:
        if rel in ("past", "last", "previous", "recent", "preceding", "prior"):
            dct = anchor.need_dct("day")
            reading.interval = (shift(dct, unit, -count) + timedelta(days=1), dct)
        elif rel in ("next", "coming", "following", "remaining", "ensuing"):
            dct = anchor.need_dct("day")
            reading.interval = (dct + timedelta(days=1), shift(dct, unit, count))
        elif rel in ("first", "initial", "opening", "early"):
            base = anchor.reference_day("year") if anchor.reference else anchor.need_dct("year")
            first = date(base.year, 1, 1)
            reading.interval = (first, shift(first, unit, count) - timedelta(days=1))
    except MissingAnchor:
        pass
    return reading


def read_relative(m: re.Match, anchor: Anchor, start: int) -> Reading | None:
    rel = low(m["rel"])
    unit = low(m["unit"])
    edge = low(m["edge"])
    text = low(m.group())
    if unit == "day" and rel not in ("same", "previous", "following"):
        return None
    step = {"last": -1, "previous": -1, "past": -1, "preceding": -1, "latest": -1, "recent": -1, "next": 1, "coming": 1, "following": 1}.get(rel, 0)
    granularity = granularity_for(unit)
    if rel == "past" and unit in ("decade", "century") and not edge:
        return Reading("DURATION", duration_value(1.0, unit))
    try:
        if rel in ("same", "following", "preceding") or (rel == "previous" and text.startswith("the")):
            base = anchor.reference_day(granularity)
        else:
            base = anchor.need_dct(granularity)
    except MissingAnchor:
        return Reading("DATE", UNKNOWN.get(granularity, "XXXX"), edge_mod(edge))
    day = shift(base, unit, step)
    reading = period_reading(day, granularity, edge_mod(edge) if edge not in ("earlier", "later") else None)
    if step == 0 and anchor.dct is not None and reading.interval and reading.interval[0] <= anchor.dct <= reading.interval[1]:
        reading.year_to_date = text.endswith(("so far", "to date")) or edge == "earlier"
    return reading


def read_reference(m: re.Match, anchor: Anchor, start: int) -> Reading | None:
    if m["present"] or m["current"]:
        return Reading("DATE", "PRESENT_REF")
    if m["recent"]:
        return Reading("DURATION", duration_value(None, unit_name(m["recent"].split()[-1])))
    if m["past"]:
        return Reading("DATE", "PAST_REF")
    return Reading("DATE", "FUTURE_REF")
