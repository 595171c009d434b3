"""Readers of named periods: quarters, halves, centuries, decades, seasons, year ends, "to date"
and definite references ("the year", "the quarter").

>>> from datetime import date
>>> from auditor.text.times import find_times
>>> text = "in the third quarter, the first half of 2020, the 1990s, last summer, at year-end"
>>> [(e.text, e.value, e.rule) for e in find_times(text, date(2021, 9, 15))]  # doctest: +NORMALIZE_WHITESPACE
[('the third quarter', '2021-Q3', 'quarter'), ('the first half of 2020', '2020-H1', 'half'),
 ('the 1990s', '199', 'decade'), ('last summer', '2021-SU', 'season'), ('year-end', '2021', 'year_end')]
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from auditor.text.times_calendar import date_value, value_interval, weekday_near
from auditor.text.times_lexicon import DECADE_WORDS, ORDINALS, SEASONS
from auditor.text.times_normalise.anchor import Anchor, MissingAnchor, Reading
from auditor.text.times_normalise.values import UNKNOWN, edge_mod, low, period_reading, relative_year, year_of


QUARTER_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def quarter_reading(year: int, quarter: int, anchor: Anchor, mod: str | None = None) -> Reading:
    while quarter < 1:
        quarter, year = quarter + 4, year - 1
    while quarter > 4:
        quarter, year = quarter - 4, year + 1
    value = f"{year:04d}-Q{quarter}"
    anchor.last_quarter = value
    return Reading("DATE", value, mod, value_interval(value), granularity="quarter")


def read_quarter(m: re.Match, anchor: Anchor, start: int) -> Reading | None:
    if m["qn"] or m["qn2"]:
        year = year_of(m["qy"] or m["qy2"], anchor)
        return quarter_reading(year, int(m["qn"] or m["qn2"]), anchor)
    which = low(m["which"])
    qual = low(m["qual"])
    owner = m["owner"] or m["of"] or m["pre"]
    if m["latest"]:
        if anchor.last_quarter:
            return Reading("DATE", anchor.last_quarter, interval=value_interval(anchor.last_quarter), granularity="quarter")
        base = previous_quarter(anchor)
        return quarter_reading(int(base[:4]), int(base[-1]), anchor)
    if m["bare"]:
        return quarter_reading(int(m["bare"]), int(anchor.last_quarter[-1]) if anchor.last_quarter else 4, anchor)
    try:
        if which in QUARTER_ORDINALS or (which in ("last", "final") and owner):
            # "the last quarter of 2015", "the final quarter of last year": the year's fourth
            number = QUARTER_ORDINALS.get(which, 4)
            if owner:
                owner_text = re.sub(r"^fiscal\s+", "", low(owner))
                year = int(owner_text) if owner_text.isdigit() else relative_year(owner_text, anchor)
            elif qual in ("year-ago", "year-earlier"):
                dct = anchor.need_dct("quarter")
                year = dct.year - 1
            else:
                dct = anchor.need_dct("quarter")
                current = (dct.month - 1) // 3 + 1
                year = dct.year if number <= current else dct.year - 1
            return quarter_reading(year, number, anchor)
        if which in ("year-ago", "year-earlier") or qual in ("year-ago", "year-earlier", "comparable"):
            base = anchor.last_quarter or previous_quarter(anchor)
            value = f"{int(base[:4]) - 1:04d}-Q{base[-1]}"
            return Reading("DATE", value, interval=value_interval(value), granularity="quarter")
        if not which and low(m.group()).startswith("this"):
            dct = anchor.need_dct("quarter")
            return quarter_reading(dct.year, (dct.month - 1) // 3 + 1, anchor)
        if not which or which in ("latest", "recent"):
            if not which and anchor.last_quarter:
                return Reading("DATE", anchor.last_quarter, interval=value_interval(anchor.last_quarter), granularity="quarter")
            base = previous_quarter(anchor)
            return quarter_reading(int(base[:4]), int(base[-1]), anchor)
        dct = anchor.need_dct("quarter")
        current = (dct.month - 1) // 3 + 1
        step = {"last": -1, "previous": -1, "past": -1, "final": 0, "current": 0, "next": 1, "coming": 1}.get(which, 0)
        if which == "final":
            return quarter_reading(dct.year, 4, anchor)
        return quarter_reading(dct.year, current + step, anchor)
    except MissingAnchor:
        return Reading("DATE", "XXXX-QX", granularity="quarter")


def previous_quarter(anchor: Anchor) -> str:
    dct = anchor.need_dct("quarter")
    current = (dct.month - 1) // 3 + 1
    if current == 1:
        return f"{dct.year - 1:04d}-Q4"
    return f"{dct.year:04d}-Q{current - 1}"


def read_half(m: re.Match, anchor: Anchor, start: int) -> Reading | None:
    if m["hn"]:
        value = f"{int(m['hy']):04d}-H{m['hn']}"
        return Reading("DATE", value, interval=value_interval(value), granularity="half")
    which = low(m["which"])
    number = 1 if which in ("first", "front") else 2
    of = low(m["of"])
    if of and ("0s" in of or of in DECADE_WORDS or "decade" in of):
        return None
    try:
        if of and of[:4].isdigit():
            year = int(of[:4])
        elif of:
            year = relative_year(of, anchor)
        else:
            year = anchor.reference_day("year").year if anchor.reference else anchor.need_dct("year").year
    except MissingAnchor:
        return Reading("DATE", f"XXXX-H{number}", granularity="half")
    value = f"{year:04d}-H{number}"
    return Reading("DATE", value, interval=value_interval(value), granularity="half")


def read_century(m: re.Match, anchor: Anchor, start: int) -> Reading | None:
    if m["ord"]:
        ordinal = low(m["ord"])
        number = ORDINALS.get(ordinal) or int(re.match(r"\d+", ordinal).group())
        value = f"{number - 1:02d}"
    else:
        try:
            dct = anchor.need_dct("century")
        except MissingAnchor:
            return Reading("DATE", "XX", granularity="century")
        step = -1 if low(m["rel"]) in ("last", "past", "previous") else 1 if low(m["rel"]) == "next" else 0
        value = f"{dct.year // 100 + step:02d}"
    return Reading("DATE", value, interval=value_interval(value), granularity="century")


def read_decade(m: re.Match, anchor: Anchor, start: int) -> Reading | None:
    text = low(m["decade"]).replace("’", "'").rstrip("s").rstrip("'")
    if text in (w.rstrip("s") for w in DECADE_WORDS):
        value = f"19{DECADE_WORDS[text + 's']}"
    elif text.startswith("'"):
        digit = int(text[1])
        base = (anchor.dct or date(2000, 1, 1)).year
        value = f"20{digit}" if 2000 + digit * 10 <= base else f"19{digit}"
    else:
        value = text[:3]
    return Reading("DATE", value, edge_mod(m["edge"]), value_interval(value), granularity="decade")


def read_season(m: re.Match, anchor: Anchor, start: int) -> Reading | None:
    season = SEASONS[low(m["season"])]
    text = low(m.group())
    mod = edge_mod(m["edge"])
    if m["year"]:
        value = f"{int(m['year']):04d}-{season}"
        return Reading("DATE", value, mod, value_interval(value), granularity="season")
    if not (m["det"] or m["edge"] or m["season"][0].isupper()):
        before = anchor.text[max(0, start - 10) : start].lower()
        if not re.search(r"\b(?:in|during|through|until|by|since|this|last|next|of)\s+$", before):
            return None
    try:
        dct = anchor.need_dct("season")
    except MissingAnchor:
        return Reading("DATE", f"XXXX-{season}", mod)
    current = date_value(dct, "season")
    first_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[season]
    this_year_start = date(dct.year if not (season == "WI" and dct.month <= 2) else dct.year - 1, first_month, 1)
    if re.search(r"\b(?:last|past)\b", text):
        year = this_year_start.year - 1 if this_year_start >= dct or current.endswith(season) else this_year_start.year
    elif re.search(r"\b(?:next|coming)\b", text):
        year = this_year_start.year + 1 if this_year_start <= dct else this_year_start.year
    else:
        year = this_year_start.year
    value = f"{year:04d}-{season}"
    return Reading("DATE", value, mod, value_interval(value), granularity="season")


CLAUSE_WORDS = set(
    "and or but to in on at by for from with of the a an as than through since until while when if"
    " because after before during over under about into is are was were be been will would".split()
)


def read_year_end(m: re.Match, anchor: Anchor, start: int) -> Reading | None:
    try:
        dct = anchor.need_dct("year")
    except MissingAnchor:
        return Reading("DATE", "XXXX", "END")
    return period_reading(dct, "year", "END")


def read_definite(m: re.Match, anchor: Anchor, start: int) -> Reading | None:
    unit = low(m["unit"])
    before = anchor.text[max(0, start - 14) : start].lower()
    if unit in ("year", "fiscal year") and re.search(r"\b(?:for|over|during|throughout)\s+$", before):
        return Reading("DURATION", "P1Y")
    granularity = {"weekend": "weekend", "week": "week"}.get(unit, "year")
    try:
        if granularity == "weekend":
            dct = anchor.need_dct("weekend")
            future = anchor.future_context(start)
            saturday = weekday_near(dct - timedelta(days=1), 5, 1) if future else weekday_near(dct, 5, -1)
            return period_reading(saturday, "weekend")
        return period_reading(anchor.need_dct(granularity), granularity)
    except MissingAnchor as missing:
        return Reading("DATE", UNKNOWN[missing.granularity])


def read_to_date(m: re.Match, anchor: Anchor, start: int) -> Reading | None:
    granularity = low(m["unit"])
    try:
        reading = period_reading(anchor.need_dct(granularity), granularity)
    except MissingAnchor:
        return Reading("DATE", UNKNOWN[granularity], year_to_date=True)
    reading.year_to_date = True
    return reading
