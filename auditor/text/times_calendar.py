"""Calendar arithmetic on TimeML values: the days a value covers, and shifting by units.

A TimeML DATE value names a stretch of the calendar at some granularity (`2021` a year,
`2021-08` a month, `2021-W31` an ISO week, `2021-Q3` a quarter, `2021-SU` a season,
`202` a decade). `value_interval` turns it into inclusive first and last days; the
other functions build values from dates at a chosen granularity.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import lru_cache
from typing import Callable, TypeVar

from dateutil.relativedelta import relativedelta

T = TypeVar("T")

GRANULARITIES = ("century", "decade", "year", "half", "quarter", "season", "month", "week", "day")

# Months that open each season (a winter starts in December and runs into the next year).
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}

_DATE_VALUE = re.compile(
    r"(?P<year>\d{4})(?:-(?:(?P<month>\d\d)(?:-(?P<day>\d\d))?|Q(?P<quarter>[1-4])|H(?P<half>[12])"
    r"|W(?P<week>\d\d)(?P<weekend>-WE)?|(?P<season>SP|SU|FA|WI)))?(?:T.*)?"
)


def month_end(year: int, month: int) -> date:
    """The last day of a month."""
    return date(year, month, calendar.monthrange(year, month)[1])


@lru_cache(maxsize=8192)
def value_interval(value: str) -> tuple[date, date] | None:
    """The inclusive first and last day that a TimeML DATE value covers, or None.

    `2021-08` -> (2021-08-01, 2021-08-31); `2019-Q1` -> (2019-01-01, 2019-03-31);
    `199` -> the 1990s; `19` -> 1900-1999 (TimeML's century digits). Values with X,
    PRESENT_REF and durations have no interval of their own.
    """
    if re.fullmatch(r"\d{3}", value):
        decade = int(value) * 10
        return date(decade, 1, 1), date(decade + 9, 12, 31)
    if re.fullmatch(r"\d{2}", value):
        century = int(value) * 100
        return date(max(century, 1), 1, 1), date(century + 99, 12, 31)
    match = _DATE_VALUE.fullmatch(value)
    if not match:
        return None
    year = int(match["year"])
    try:
        if match["day"]:
            day = date(year, int(match["month"]), int(match["day"]))
            return day, day
        if match["month"]:
            return date(year, int(match["month"]), 1), month_end(year, int(match["month"]))
        if match["quarter"]:
            first = 3 * int(match["quarter"]) - 2
            return date(year, first, 1), month_end(year, first + 2)
        if match["half"]:
            first = 6 * int(match["half"]) - 5
            return date(year, first, 1), month_end(year, first + 5)
        if match["week"]:
            monday = date.fromisocalendar(year, int(match["week"]), 1)
            if match["weekend"]:
                return monday + timedelta(days=5), monday + timedelta(days=6)
            return monday, monday + timedelta(days=6)
        if match["season"]:
            first, last = _SEASON_MONTHS[match["season"]]
            return date(year, first, 1), month_end(year + (last < first), last)
    except ValueError:
        return None
    return date(year, 1, 1), date(year, 12, 31)


def date_value(day: date, granularity: str) -> str:
    """The TimeML value of the period of the given granularity that contains `day`."""
    if granularity == "day":
        return day.isoformat()
    if granularity == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if granularity == "year":
        return f"{day.year:04d}"
    if granularity == "quarter":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if granularity == "half":
        return f"{day.year:04d}-H{(day.month - 1) // 6 + 1}"
    if granularity == "week":
        iso_year, week, _ = day.isocalendar()
        return f"{iso_year:04d}-W{week:02d}"
    if granularity == "weekend":
        iso_year, week, _ = day.isocalendar()
        return f"{iso_year:04d}-W{week:02d}-WE"
    if granularity == "decade":
        return f"{day.year // 10:03d}"
    if granularity == "century":
        return f"{day.year // 100:02d}"
    if granularity == "season":
        season = {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP"}.get(day.month)
        season = season or ("SU" if day.month <= 8 else "FA")
        year = day.year - 1 if day.month <= 2 else day.year
        return f"{year:04d}-{season}"
    raise ValueError(f"unknown granularity {granularity!r}")


def shift(day: date, unit: str, count: int) -> date:
    """`day` moved by `count` calendar units (negative moves back); months clamp to month end."""
    if unit == "day":
        return day + timedelta(days=count)
    if unit in ("week", "weekend"):
        return day + timedelta(weeks=count)
    if unit == "fortnight":
        return day + timedelta(weeks=2 * count)
    if unit == "month":
        return _add_months(day, count)
    if unit in ("quarter", "season"):
        return _add_months(day, 3 * count)
    if unit == "half":
        return _add_months(day, 6 * count)
    if unit == "year":
        return _add_months(day, 12 * count)
    if unit == "decade":
        return day + relativedelta(years=10 * count)
    if unit == "century":
        return day + relativedelta(years=100 * count)
    return day


def _add_months(day: date, count: int) -> date:
    """`day` moved by whole months, clamped to the end of a shorter month (as relativedelta does)."""
    year, month = divmod(day.month - 1 + count, 12)
    year += day.year
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def weekday_near(dct: date, weekday: int, direction: int) -> date:
    """The given weekday (0 = Monday) nearest the DCT: -1 the latest on or before, +1 the next after."""
    if direction < 0:
        return dct - timedelta(days=(dct.weekday() - weekday) % 7)
    return dct + timedelta(days=(weekday - dct.weekday()) % 7 or 7)


def month_near(dct: date, month: int, direction: int) -> int:
    """The year of the given month nearest the DCT: -1 latest on or before, +1 next on or after."""
    if direction < 0:
        return dct.year if month <= dct.month else dct.year - 1
    return dct.year if month >= dct.month else dct.year + 1


def day_runs(read: Callable[[date], T], earliest: date, latest: date) -> list[tuple[date, date, T]]:
    """Split `earliest`..`latest` into runs of days on which `read` gives equal results, in order.

    A reading against a day only moves forward as the day does ("last year" steps from one
    year to the next, never back), so a result left is never met again: each run's last day
    is found by galloping and bisection instead of reading every day. Returns (first day,
    last day, result) per run.
    """
    cache: dict[date, T] = {}

    def at(day: date) -> T:
        if day not in cache:
            cache[day] = read(day)
        return cache[day]

    runs: list[tuple[date, date, T]] = []
    start, length = earliest, 1         # runs tend to be as long as the one before (weeks, months)
    while True:
        current = at(start)
        if at(latest) == current:
            runs.append((start, latest, current))
            return runs
        same, step = start, 1          # `same` gives the current result; `other` does not
        guess = min(start + timedelta(days=length - 1), latest)
        if guess > start and at(guess) == current:
            same = guess
        while True:
            probe = min(same + timedelta(days=step), latest)
            if at(probe) != current:
                other = probe
                break
            same, step = probe, step * 2
        while (other - same).days > 1:
            mid = same + timedelta(days=(other - same).days // 2)
            if at(mid) == current:
                same = mid
            else:
                other = mid
        runs.append((start, same, current))
        start, length = other, (same - start).days + 1
