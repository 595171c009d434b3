"""Holiday weekends: the days of a Monday holiday's long weekend ("the Memorial Day weekend").

Traffic enforcement stories count arrests, crashes and deaths "over the Memorial Day weekend",
then "over the holiday" and "in 2021" for the same weekend a year before. Police count such a
weekend from Friday to Monday ("over the four-day period Friday through Monday"). Only
holidays fixed to a Monday are read: their weekend is always the same four days, unlike the
Fourth of July's, Christmas's or New Year's, whose days depend on the weekday they fall on.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import NamedTuple

from auditor.text.word_gate import WindowGatedPattern


class MondayHoliday(NamedTuple):
    """A holiday held on the `nth` Monday of `month` (`nth` -1: the last)."""

    name: str
    month: int
    nth: int


_HOLIDAYS = {
    "memorial": MondayHoliday("Memorial Day", 5, -1),
    "labor": MondayHoliday("Labor Day", 9, 1),
    "labour": MondayHoliday("Labour Day", 9, 1),
    "presidents": MondayHoliday("Presidents Day", 2, 3),
    "columbus": MondayHoliday("Columbus Day", 10, 2),
    "king": MondayHoliday("Martin Luther King Jr. Day", 1, 3),
}

# "the Memorial Day weekend", "Labor Day holiday weekend", "the 2021 Memorial Day weekend"
HOLIDAY_WEEKEND = WindowGatedPattern(re.compile(
                       r"\b(?:(?P<year>(?:19|20)\d\d)\s+)?(?P<name>Memorial|Labou?r|Presidents['’]?|President['’]s|Columbus"
                       r"|(?:Martin\s+Luther\s+)?King(?:\s+Jr\.?)?)\s+Day(?:['’]s)?\s+(?:holiday\s+)?weekend\b", re.IGNORECASE),
                                     ("weekend",))


# the weekend's figures are the story ("over the Memorial Day weekend", "during the holiday weekend"), not
# the holiday named as an adjective ("Memorial Day weekend fireworks", "after Labor Day weekend")
COUNTED_OVER = re.compile(r"\b(?:over|during|for|through(?:out)?|on)\s+(?:the\s+|this\s+)?(?:(?:19|20)\d\d\s+)?(?:[A-Z][\w.'’]*\s+){1,6}"
                          r"(?:holiday\s+)?weekend\b|\bholiday\s+weekend\b"
                          # the weekend as the subject ("The Labor Day weekend kept law enforcement busy"), or the
                          # holiday's counts ("Labor Day Alcohol Arrests Up From Last Year")
                          r"|^\s*(?:The\s+)?(?:(?:19|20)\d\d\s+)?(?:[A-Z][\w.'’]*\s+){1,6}(?:holiday\s+)?weekend\s+[a-z]+"
                          r"|\bDay\s+(?:[A-Z]\w*\s+){0,2}(?i:arrests|deaths|crashes|fatalities|citations|tickets|DUIs?)\b")


def holiday_of(name: str) -> MondayHoliday:
    """The holiday a name of `HOLIDAY_WEEKEND` names ("Labor" -> Labor Day)."""
    words = re.sub(r"[^a-z ]", "", name.lower()).split()
    key = "king" if "king" in words else words[0]     # "Martin Luther King Jr.": King's day
    return _HOLIDAYS["presidents" if key.startswith("president") else key]


def monday(holiday: MondayHoliday, year: int) -> date:
    """The day of `holiday` in `year`."""
    if holiday.nth > 0:
        first = date(year, holiday.month, 1)
        return first + timedelta(days=(7 - first.weekday()) % 7 + 7 * (holiday.nth - 1))
    last = date(year, holiday.month + 1, 1) - timedelta(days=1)
    return last - timedelta(days=last.weekday())


def weekend_days(holiday: MondayHoliday, year: int) -> tuple[date, date]:
    """Friday to Monday of `holiday`'s long weekend in `year`."""
    day = monday(holiday, year)
    return day - timedelta(days=3), day


def latest_year(holiday: MondayHoliday, published: date) -> int:
    """The year of the last such weekend begun by `published` (a story of that weekend)."""
    return published.year if weekend_days(holiday, published.year)[0] <= published else published.year - 1
