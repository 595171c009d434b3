"""Resolving the period phrases of claim files against a publication date.

The phrases are the documented list in docs/claim-files.md: ISO forms ("2021",
"2019-01", "2019-Q1", "2021-01-01/2021-08-02"), "last year", "this year", "so far this
year", "the year before that", "as of August 2", "from December to January",
"since 2018", "last month", "in those two months", "same period last year", month names.
Anaphora ("the year before that", "in those two months") refer to the previous period.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from auditor.models.periods import Period

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
ORDINAL_DAYS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty-second": 22,
    "twenty-third": 23, "twenty-fourth": 24, "twenty-fifth": 25, "twenty-sixth": 26,
    "twenty-seventh": 27, "twenty-eighth": 28, "twenty-ninth": 29, "thirtieth": 30,
    "thirty-first": 31,
}

DOCUMENTED_PHRASES = (
    "YYYY", "YYYY-MM", "YYYY-MM-DD", "YYYY-Qn", "YYYY-Hn", "START/END (ISO)",
    "last year", "this year", "so far this year", "year to date", "the year before that",
    "the previous year", "last month", "this month", "so far this month", "<Month>",
    "<Month> YYYY", "as of <Month> <day>", "from <Month> to <Month>", "since YYYY",
    "in those two months", "that period", "same period last year", "same period in YYYY",
)


class PeriodPhraseError(ValueError):
    """A period phrase that is not in the documented list or names an impossible date."""


@dataclass(frozen=True)
class ResolvedPeriod:
    """A phrase resolved against one publication day.

    `to_date` marks periods ending on the publication day ("so far this year"); `parts`
    holds (earlier, later) for "from December to January"; `since` holds the base year
    of "since 2018".
    """

    period: Period
    to_date: bool = False
    parts: tuple[Period, Period] | None = None
    since: Period | None = None


def month_period(year: int, month: int) -> Period:
    return Period(start=date(year, month, 1), end=date(year, month, calendar.monthrange(year, month)[1]))


def year_period(year: int) -> Period:
    return Period(start=date(year, 1, 1), end=date(year, 12, 31))


def shift_years(p: Period, years: int) -> Period:
    def move(d: date) -> date:
        try:
            return d.replace(year=d.year + years)
        except ValueError:  # 29 February
            return d.replace(year=d.year + years, day=28)
    return Period(start=move(p.start), end=move(p.end),
                  latest_end=move(p.latest_end) if p.latest_end else None)


def _iso(text: str) -> Period | None:
    m = re.fullmatch(r"(\d{4})", text)
    if m:
        return year_period(int(m[1]))
    m = re.fullmatch(r"(\d{4})-(\d{2})", text)
    if m:
        return month_period(int(m[1]), _month_number(int(m[2]), text))
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        d = _date(int(m[1]), int(m[2]), int(m[3]), text)
        return Period(start=d, end=d)
    m = re.fullmatch(r"(\d{4})-q([1-4])", text)
    if m:
        y, q = int(m[1]), int(m[2])
        return Period(start=date(y, 3 * q - 2, 1), end=month_period(y, 3 * q).end)
    m = re.fullmatch(r"(\d{4})-h([12])", text)
    if m:
        y, h = int(m[1]), int(m[2])
        return Period(start=date(y, 6 * h - 5, 1), end=month_period(y, 6 * h).end)
    if "/" in text:
        a, _, b = text.partition("/")
        pa, pb = _iso(a.strip()), _iso(b.strip())
        if pa and pb:
            if pb.end < pa.start:
                raise PeriodPhraseError(f"{text!r} ends before it starts")
            return Period(start=pa.start, end=pb.end)
    return None


def _month_number(month: int, text: str) -> int:
    if not 1 <= month <= 12:
        raise PeriodPhraseError(f"{text!r}: there is no month {month}")
    return month


def _date(y: int, m: int, d: int, text: str) -> date:
    try:
        return date(y, m, d)
    except ValueError:
        raise PeriodPhraseError(f"{text!r} is not a calendar date") from None


def _month_day(text: str) -> tuple[int, int] | None:
    """'August 2', 'August second', 'Aug. 2', '8/2' -> (8, 2)."""
    text = text.strip().rstrip(",")
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})", text)
    if m:
        return int(m[1]), int(m[2])
    m = re.fullmatch(r"([a-z]+)\.?\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?", text)
    if m and m[1] in MONTHS:
        return MONTHS[m[1]], int(m[2])
    m = re.fullmatch(r"([a-z]+)\.?\s+(?:the\s+)?([a-z-]+)", text)
    if m and m[1] in MONTHS and m[2] in ORDINAL_DAYS:
        return MONTHS[m[1]], ORDINAL_DAYS[m[2]]
    m = re.fullmatch(r"(?:the\s+)?([a-z-]+|\d{1,2}(?:st|nd|rd|th)?)\s+of\s+([a-z]+)", text)
    if m and m[2] in MONTHS:
        day = ORDINAL_DAYS.get(m[1]) or (int(re.sub(r"\D", "", m[1])) if re.sub(r"\D", "", m[1]) else None)
        if day:
            return MONTHS[m[2]], day
    return None


def _latest_month_on_or_before(month: int, day: date) -> int:
    """Year of the most recent `month` that has started by `day`."""
    return day.year if month <= day.month else day.year - 1


def resolve_period_phrase(phrase: str, published: date, previous: Period | None = None) -> ResolvedPeriod:
    """Resolve one phrase against a publication day; anaphora use `previous`."""
    raw = phrase
    text = " ".join(str(phrase).lower().replace("’", "'").split())
    text = re.sub(r"^(in|during|for|over|of)\s+", "", text)
    if not text:
        raise PeriodPhraseError("the period is empty")
    iso = _iso(text)
    if iso is not None:
        return ResolvedPeriod(iso)
    y = published.year
    if text in ("last year", "the past year", "a year ago", "the previous calendar year"):
        return ResolvedPeriod(year_period(y - 1))
    if text in ("this year", "so far this year", "year to date", "this year so far", "the year so far", "ytd"):
        return ResolvedPeriod(Period(start=date(y, 1, 1), end=published), to_date=True)
    if text in ("the year before that", "the year before", "the previous year", "the prior year", "a year earlier"):
        if previous is None:
            raise PeriodPhraseError(f"{raw!r} refers to an earlier period, but no claim before it gives one")
        return ResolvedPeriod(year_period(previous.start.year - 1))
    if text in ("same period last year", "the same period last year", "the same period a year earlier",
                "same time last year", "the same time last year"):
        if previous is None:
            raise PeriodPhraseError(f"{raw!r} needs the period it is compared with")
        return ResolvedPeriod(shift_years(previous, -1))
    m = re.fullmatch(r"(?:the )?same (?:period|time|months?|days?) (?:in|of) (\d{4})", text)
    if m:
        if previous is None:
            raise PeriodPhraseError(f"{raw!r} needs the period it is compared with")
        return ResolvedPeriod(shift_years(previous, int(m[1]) - previous.start.year))
    if text in ("last month", "the past month"):
        first = published.replace(day=1) - timedelta(days=1)
        return ResolvedPeriod(month_period(first.year, first.month))
    if text in ("this month", "so far this month", "month to date"):
        return ResolvedPeriod(Period(start=published.replace(day=1), end=published), to_date=True)
    if text in ("those two months", "those months", "that period", "the same period", "that time",
                "those two years", "that year", "that month", "the same time"):
        if previous is None:
            raise PeriodPhraseError(f"{raw!r} refers to an earlier period, but no claim before it gives one")
        return ResolvedPeriod(previous)
    m = re.fullmatch(r"(?:as of|through|up to|until)\s+(.+?)(?:,?\s+(\d{4}))?", text)
    if m:
        md = _month_day(m[1])
        if md is None:
            raise PeriodPhraseError(f"{raw!r}: cannot read the date after 'as of'; write e.g. 'as of August 2'")
        month, day_of_month = md
        if m[2]:
            end = _date(int(m[2]), month, day_of_month, raw)
        else:
            end = _date(y, month, day_of_month, raw) if (month, day_of_month) <= (published.month, published.day) \
                else _date(y - 1, month, day_of_month, raw)
        if end > published:
            raise PeriodPhraseError(f"{raw!r} lies after the publication date {published}")
        return ResolvedPeriod(Period(start=date(end.year, 1, 1), end=end))
    m = re.fullmatch(r"since\s+(\d{4})", text)
    if m:
        base = year_period(int(m[1]))
        if base.start > published:
            raise PeriodPhraseError(f"{raw!r} lies after the publication date {published}")
        return ResolvedPeriod(Period(start=base.start, end=published), to_date=True, since=base)
    m = re.fullmatch(r"from\s+([a-z]+)\.?\s+to\s+([a-z]+)\.?", text)
    if m and m[1] in MONTHS and m[2] in MONTHS:
        later_month = MONTHS[m[2]]
        later_year = _latest_month_on_or_before(later_month, published)
        later = month_period(later_year, later_month)
        earlier_month = MONTHS[m[1]]
        earlier_year = later_year if earlier_month < later_month else later_year - 1
        earlier = month_period(earlier_year, earlier_month)
        return ResolvedPeriod(Period(start=earlier.start, end=later.end), parts=(earlier, later))
    m = re.fullmatch(r"([a-z]+)\.?(?:\s+(\d{4}))?", text)
    if m and m[1] in MONTHS:
        month = MONTHS[m[1]]
        year = int(m[2]) if m[2] else _latest_month_on_or_before(month, published)
        return ResolvedPeriod(month_period(year, month))
    raise PeriodPhraseError(
        f"{raw!r} is not a period phrase the auditor knows; write an ISO period such as '2021', "
        "'2021-08' or '2021-01-01/2021-08-02', or a documented phrase (docs/claim-files.md)"
    )
