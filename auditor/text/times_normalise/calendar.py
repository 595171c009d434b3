"""Readers of calendar expressions: ISO and numeric dates, clock times, dates, months, years,
weekdays, "today"/"yesterday" and holidays.

>>> from datetime import date
>>> from auditor.text.times import find_times
>>> text = "on March 3, at 10:30 a.m. on Tuesday, in May 2019 and on Christmas, on 2021-08-01"
>>> [(e.text, e.value, e.rule) for e in find_times(text, date(2021, 9, 15))]  # doctest: +NORMALIZE_WHITESPACE
[('March 3', '2021-03-03', 'date'), ('10:30 a.m. on Tuesday', '2021-09-14T10:30', 'clock'),
 ('May 2019', '2019-05', 'month_year'), ('Christmas', '2020-12-25', 'holiday'), ('2021-08-01', '2021-08-01', 'iso')]
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from auditor.text.times_calendar import month_near, value_interval, weekday_near
from auditor.text.times_lexicon import DAY_PARTS, WEEKDAYS
from auditor.text.times_normalise.anchor import (
    Anchor,
    COUNT_NOUN_AFTER,
    MissingAnchor,
    NEAR_FUTURE_DAYS,
    NEAR_FUTURE_MONTHS,
    Reading,
)
from auditor.text.times_normalise.values import (
    day_number,
    edge_mod,
    low,
    month_number,
    period_reading,
    relative_year,
    year_of,
)
from dateutil.easter import easter


def read_iso(m: re.Match, anchor: Anchor, start: int) -> Reading | None:
    first_text = m["first"].upper()
    first = value_interval(first_text)
    if first is None:
        return None
    if m["last"]:
        last_text = m["last"].upper()
        last = value_interval(last_text)
        if last is None or last[1] < first[0]:
            return None
        return Reading("DATE", f"{first_text}/{last_text}", interval=(first[0], last[1]), granularity="day")
    granularity = "day" if len(first_text) == 10 else None
    return Reading("DATE", first_text, interval=first, granularity=granularity)


def read_numeric(m: re.Match, anchor: Anchor, start: int) -> Reading | None:
    year = int(m["y"])
    if len(m["y"]) == 2:
        base = (anchor.dct or date.today()).year
        year += base // 100 * 100
        if year > base + 10:
            year -= 100
    try:
        day = date(year, int(m["m"]), int(m["d"]))
    except ValueError:
        return None
    return period_reading(day, "day")


def clock_of(text: str) -> str | None:
    words = low(text)
    if words in ("noon", "midday"):
        return "12:00"
    if words == "midnight":
        return "24:00"
    match = re.match(r"(\d{1,2})(?::(\d\d))?\s*(a\.?m|p\.?m|o['’]clock)?", words)
    if not match:
        return None
    hour, minute = int(match[1]), int(match[2] or 0)
    if match[3] and match[3].startswith("p") and hour < 12:
        hour += 12
    if match[3] and match[3].startswith("a") and hour == 12:
        hour = 0
    if hour > 24:
        return None
    return f"{hour:02d}:{minute:02d}"


def read_clock(m: re.Match, anchor: Anchor, start: int) -> Reading | None:
    clock = clock_of(m["clock"])
    if clock is None:
        return None
    try:
        if m["month"]:
            month, number = month_number(m["month"]), day_number(m["day"])
            day = date(nearest_year(month, number, anchor, start), month, number)
        elif m["wday"]:
            day = weekday_day(m["wday"], None, anchor, start)
        elif m["dayword"]:
            day = dayword_day(m["dayword"], None, anchor)
        else:
            day = anchor.need_dct("day")
    except MissingAnchor:
        return Reading("TIME", f"XXXX-XX-XXT{clock}")
    return Reading("TIME", f"{day.isoformat()}T{clock}", interval=(day, day))


def nearest_year(month: int, day: int, anchor: Anchor, start: int) -> int:
    """The year of a month and day written without one: the latest on or before the DCT, unless
    the sentence speaks of the future or the day is only a few weeks ahead (news speaks of near dates)."""
    dct = anchor.need_dct("day")
    if anchor.claim:
        return dct.year if (month, day) <= (dct.month, dct.day) else dct.year - 1
    try:
        this_year = date(dct.year, month, day)
    except ValueError:
        this_year = None
    if this_year is not None:
        ahead = (this_year - dct).days
        if 0 <= ahead <= NEAR_FUTURE_DAYS or (ahead > 0 and anchor.future_context(start)):
            return dct.year
        if ahead > 0:
            return dct.year - 1
        if ahead < -300 and anchor.future_context(start):
            return dct.year + 1
        return dct.year
    best = None
    for year in (dct.year - 1, dct.year, dct.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        distance = abs((candidate - dct).days)
        if best is None or distance < best[0]:
            best = (distance, year)
    return best[1] if best else dct.year


def read_date(m: re.Match, anchor: Anchor, start: int) -> Reading | None:
    month_text = m["m1"] or m["m2"]
    day_text = m["d1"] or m["d2"]
    if month_text.lower() in ("may", "march", "mar") and not month_text[0].isupper() and not m["year"] \
            and not anchor.claim:
        return None
    if m["m2"] and re.fullmatch(r"\d+", day_text) and not m["year"] and month_text[0].islower() and not anchor.claim:
        return None
    month, day = month_number(month_text), day_number(day_text)
    if m["year"]:
        year = year_of(m["year"], anchor)
        if year is None:
            return None
    else:
        try:
            year = nearest_year(month, day, anchor, start)
        except MissingAnchor:
            return Reading("DATE", f"XXXX-{month:02d}-{day:02d}", granularity="day")
    try:
        value = date(year, month, day)
    except ValueError:
        return None
    return period_reading(value, "day")


def read_month_year(m: re.Match, anchor: Anchor, start: int) -> Reading | None:
    month = month_number(m["m1"] or m["m2"] or m["m3"])
    if m["rel"]:
        try:
            year = relative_year(m["rel"], anchor)
        except MissingAnchor:
            return Reading("DATE", f"XXXX-{month:02d}", granularity="month")
        return period_reading(date(year, month, 1), "month", edge_mod(m["edge"]))
    year = year_of(m["y1"] or m["y2"], anchor)
    if year is None:
        return None
    return period_reading(date(year, month, 1), "month", edge_mod(m["edge"]))


def weekday_day(name: str, rel: str | None, anchor: Anchor, start: int) -> date:
    dct = anchor.need_dct("day")
    weekday = WEEKDAYS[name.lower().rstrip(".")[:3] if name.lower()[:3] in WEEKDAYS else name.lower()]
    rel = low(rel)
    if rel in ("last", "past"):
        return weekday_near(dct - timedelta(days=1), weekday, -1)
    if rel in ("next", "coming"):
        return weekday_near(dct, weekday, 1)
    if rel == "this":
        candidate = weekday_near(dct, weekday, -1)
        return candidate if anchor.future_context(start) is False else weekday_near(dct - timedelta(days=1), weekday, 1)
    if anchor.future_context(start):
        return weekday_near(dct - timedelta(days=1), weekday, 1)
    return weekday_near(dct, weekday, -1)


def read_weekday(m: re.Match, anchor: Anchor, start: int) -> Reading | None:
    if not m["wday"][0].isupper() and anchor.text[start : start + 1].islower() and m["rel"] is None:
        return None
    rel = m["rel"] if low(m["rel"]) not in ("early", "late") else None
    try:
        day = weekday_day(m["wday"], rel, anchor, start)
    except MissingAnchor:
        return Reading("DATE", f"XXXX-WXX-{WEEKDAYS[m['wday'].lower()] + 1}")
    return period_reading(day, "day")


def dayword_day(word: str, beforeafter: str | None, anchor: Anchor) -> date:
    dct = anchor.need_dct("day")
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[word.lower()]
    if beforeafter:
        offset += -1 if beforeafter.lower() == "before" else 1
    return dct + timedelta(days=offset)


def read_dayword(m: re.Match, anchor: Anchor, start: int) -> Reading | None:
    try:
        if m["word"]:
            day = dayword_day(m["word"], m["beforeafter"], anchor)
            part = m["part"]
        else:
            dct = anchor.need_dct("day")
            rel = low(m["rel"])
            day = dct + timedelta(days={"last": -1, "yesterday": -1, "tomorrow": 1}.get(rel, 0))
            part = m["part2"]
    except MissingAnchor:
        return Reading("DATE", "XXXX-XX-XX")
    if part:
        return Reading("TIME", f"{day.isoformat()}T{DAY_PARTS.get(low(part), 'NI')}", interval=(day, day))
    return period_reading(day, "day")


def read_month(m: re.Match, anchor: Anchor, start: int) -> Reading | None:
    name = m["month"]
    if not name[0].isupper() and name.lower() in ("may", "march") and not anchor.claim:
        return None
    if name.lower() == "may" and not (m["edge"] or m["rel"]) and not anchor.claim:
        following = anchor.text[m.end() + start - m.start() : m.end() + start - m.start() + 20]
        preceding = anchor.text[max(0, start - 12) : start].lower()
        if not re.search(r"\b(?:in|of|since|until|by|through|from|to|and|during|before|after)\s+$", preceding) and not re.match(r"\s*[,.;)]", following):
            return None
    month = month_number(name)
    rel = low(m["rel"])
    mod = edge_mod(m["edge"])
    try:
        dct = anchor.need_dct("month")
    except MissingAnchor:
        return Reading("DATE", f"XXXX-{month:02d}", mod, granularity="month")
    if rel in ("last", "past"):
        year = dct.year if month < dct.month else dct.year - 1
    elif rel in ("next", "coming"):
        year = dct.year if month > dct.month else dct.year + 1
    elif rel == "this":
        year = dct.year
    elif anchor.claim:
        year = month_near(dct, month, -1)
    elif anchor.future_context(start) or (month - dct.month) % 12 in NEAR_FUTURE_MONTHS:
        year = month_near(dct, month, 1)
    else:
        year = month_near(dct, month, -1)
    return period_reading(date(year, month, 1), "month", mod)


def read_year(m: re.Match, anchor: Anchor, start: int) -> Reading | None:
    text = m["year"]
    year = year_of(text, anchor)
    if year is None:
        return None
    if text.isdigit():
        before = anchor.text[max(0, start - 8) : start]
        if re.search(r"(?:[$#£€]|\bNo\.?|\bNos\.?|\bRoute|\bpage|\bflight|\bRoom)\s*$", before, re.IGNORECASE):
            return None
        end = start + len(m.group())
        if COUNT_NOUN_AFTER.match(anchor.text, end):
            return None
        if not m["fiscal"] and not m["edge"] and re.match(r"\s*(?:-|to|and)\s*\d{4}\b", anchor.text[end : end + 10]) is None:
            if re.match(r"\s*[-–]\s*\d", anchor.text[end : end + 4]):
                return None
    fiscal = low(m["fiscal"])
    mod = edge_mod(m["edge"]) or {"post-": "AFTER", "pre-": "BEFORE"}.get(fiscal)
    value = f"{year:04d}"
    return Reading("DATE", value, mod, value_interval(value), granularity="year")


def holiday_of(name: str, year: int) -> date | None:
    fixed = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24), "new year's day": (1, 1),
             "new year's eve": (12, 31), "independence day": (7, 4), "the fourth of july": (7, 4), "halloween": (10, 31),
             "valentine's day": (2, 14), "veterans day": (11, 11)}
    if name in fixed:
        return date(year, *fixed[name])
    if name.startswith("thanksgiving"):
        return weekday_near(date(year, 11, 1) - timedelta(days=1), 3, 1) + timedelta(weeks=3)
    if name == "election day":
        return weekday_near(date(year, 11, 1), 0, -1) + timedelta(days=1) if date(year, 11, 1).weekday() == 0 else weekday_near(date(year, 11, 1), 0, 1) + timedelta(days=1)
    if name == "labor day":
        return weekday_near(date(year, 9, 1) - timedelta(days=1), 0, 1)
    if name == "memorial day":
        return weekday_near(date(year, 5, 31), 0, -1)
    if name.startswith("easter") or name == "good friday":
        sunday = easter(year)
        return sunday - timedelta(days=2) if name == "good friday" else sunday
    return None


def read_holiday(m: re.Match, anchor: Anchor, start: int) -> Reading | None:
    name = low(m["name"]).replace("’", "'")
    if name[0] == name[0].lower() and not m["name"][0].isupper() and name not in ("christmas", "halloween"):
        pass
    rel = low(m["rel"])
    try:
        dct = anchor.need_dct("day")
    except MissingAnchor:
        return Reading("DATE", "XXXX-XX-XX")
    this_year = holiday_of(name, dct.year)
    if this_year is None:
        return None
    if rel == "last" or (rel != "next" and rel != "this" and this_year > dct and not anchor.future_context(start)):
        day = holiday_of(name, dct.year - 1) if this_year >= dct or rel == "last" and this_year > dct else this_year
        if rel == "last" and this_year < dct:
            day = this_year
    elif rel == "next" and this_year <= dct:
        day = holiday_of(name, dct.year + 1)
    elif rel == "this" and (this_year - dct).days > 300 and (before := holiday_of(name, dct.year - 1)) is not None \
            and 0 < (dct - before).days <= 31:
        day = before    # "this Christmas" written on 2 January: the one just past, not next December's
    else:
        day = this_year
    if name == "easter week":
        return period_reading(day, "week")
    return period_reading(day, "day")
