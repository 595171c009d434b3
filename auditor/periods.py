"""Claim-file period phrases as claim models: the time reader's answer as a `Period`.

The phrases are read by `auditor.text.times.resolve_period_phrase` in its strict mode
(a claim file's `period` field); nothing is parsed here. This module only turns the
reader's inclusive date intervals into `Period` models, keeps the uncertain end of a
year-to-date period from an undated source, and gives the loader and the engine one
error type. The phrases are listed in docs/claim-files.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from auditor.models.periods import Period
from auditor.text.times import Interval, PeriodResolution, UnreadablePeriod
from auditor.text.times import resolve_period_phrase as read_period_phrase


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


def resolve_period_phrase(phrase: str, published: date, previous: Period | None = None,
                          fiscal=None) -> ResolvedPeriod:
    """Resolve one phrase against a publication day; anaphora use `previous`; `fiscal` (a
    pack's FiscalYear, for the claim's place) reads "FY2021", "fiscal 2021" and "2020-21".
    A period that would fall outside the calendar (years 1 to 9999) is a PeriodPhraseError,
    never a crash."""
    try:
        if fiscal is not None:
            named = _fiscal_named(" ".join(str(phrase).split()), fiscal)
            if named is not None:
                return named
        return _resolve(phrase, published, previous)
    except PeriodPhraseError:
        raise
    except (ValueError, OverflowError) as exc:
        raise PeriodPhraseError(f"{phrase!r} against {published.isoformat()} falls outside the calendar "
                                f"(years 1 to 9999): {exc}") from None


# Rolling and fiscal years. "the 12 months to March 2024", "the year ending June 30, 2023",
# "the fiscal year from July 2020": twelve months ending on (or starting at) a date the time
# reader resolves. A fiscal year named without its start ("fiscal 2021", "FY21", "2020/21")
# depends on the body: it is refused with the question to answer, never read as a calendar year.
_TWELVE = r"(?:the\s+)?(?:(?:12|twelve)[\s-]+months?|year|fiscal\s+year|financial\s+year)"
_ROLLING = re.compile(rf"^(?:in|over|during|for)?\s*{_TWELVE}\s+(?:to|ending|ended|through|until|up\s+to)"
                      rf"\s+(?:in\s+)?(?!date\b)(?P<edge>.+)$", re.IGNORECASE)
_FROM = re.compile(r"^(?:in|over|during|for)?\s*(?:the\s+)?(?:fiscal|financial)\s+year\s+"
                   r"(?:from|starting(?:\s+in|\s+on)?|beginning(?:\s+in|\s+on)?)\s+(?P<edge>.+)$", re.IGNORECASE)
_FISCAL_NAME = re.compile(r"^(?:in\s+|for\s+)?(?:the\s+)?(?:(?:fiscal|financial)(?:\s+year)?\s*'?\d{2,4}(?:\s*[-/]\s*\d{2,4})?"
                          r"|fy\s*'?\d{2,4}(?:\s*[-/]\s*\d{2,4})?|\d{4}\s*/\s*\d{2}"
                          r"|\d{4}\s*[-/]\s*\d{2,4}\s+(?:fiscal|financial|school)\s+year)$", re.IGNORECASE)
# "2020-21": a fiscal year when the second part is the next year and cannot be a month (ISO
# "2021-08" is August 2021, and "2011-12" December 2011)
_SPLIT_YEAR = re.compile(r"^(?:in\s+|for\s+)?(?P<a>\d{4})\s*-\s*(?P<b>\d{2})$")


_FISCAL_YEARS = re.compile(r"^(?:in\s+|for\s+)?(?:the\s+)?(?:(?:fiscal|financial)(?:\s+year)?|fy)?\s*'?"
                           r"(?P<a>\d{2,4})(?:\s*[-/]\s*(?P<b>\d{2,4}))?(?:\s+(?:fiscal|financial)\s+year)?$",
                           re.IGNORECASE)


def _fiscal_named(text: str, fiscal) -> ResolvedPeriod | None:
    """A fiscal year named by its year ("FY2021", "fiscal 2021", "the 2020-21 fiscal year"),
    by the place's fiscal year; None if the phrase does not name one."""
    if not _names_fiscal_year(text) or text.lower().split()[-2:] == ["school", "year"]:
        return None
    m = _FISCAL_YEARS.match(text)
    if m is None:
        return None
    def year(digits: str, near: int | None = None) -> int:
        if len(digits) == 4:
            return int(digits)
        if near is not None:
            return near // 100 * 100 + int(digits) + (100 if int(digits) < near % 100 else 0)
        return (2000 if int(digits) < 50 else 1900) + int(digits)   # "FY99" is 1999, "FY21" 2021
    month, day = fiscal.month_day
    if m["b"] is not None:   # "2020-21": the year it starts in, then the next
        first = year(m["a"])
        if year(m["b"], first) != first + (0 if (month, day) == (1, 1) else 1):
            raise PeriodPhraseError(f"{text!r} names two years that are not one fiscal year apart")
    else:
        named = year(m["a"])
        first = named - 1 if fiscal.named_by == "end" and (month, day) != (1, 1) else named
    start = date(first, month, day)
    return ResolvedPeriod(Period(start=start, end=_add_months(start, 12) - timedelta(days=1)))


def _names_fiscal_year(text: str) -> bool:
    m = _SPLIT_YEAR.match(text)
    if m:
        return (int(m["b"]) > 12 or int(m["b"]) == 0) and int(m["b"]) == (int(m["a"]) + 1) % 100
    return _FISCAL_NAME.match(text) is not None


def _twelve_months(phrase: str, published: date, previous: Period | None) -> ResolvedPeriod | None:
    """A rolling or fiscal year, or None when the phrase is neither."""
    form = _twelve_months_form(phrase)
    if form is None:
        return None
    rolling, edge_phrase = form
    edge = _resolve(edge_phrase, published, previous).period
    if rolling:
        end = edge.end
        start = _add_months(end + timedelta(days=1), -12)
    else:
        start = edge.start
        end = _add_months(start, 12) - timedelta(days=1)
    return ResolvedPeriod(Period(start=start, end=end))


@lru_cache(maxsize=4096)
def _twelve_months_form(phrase: str) -> tuple[bool, str] | None:
    """(rolling, the phrase of the edge) of a rolling year ("the 12 months to March 2024") or a
    fiscal year from a date, None for any other phrase; a fiscal year named by its year alone is
    a PeriodPhraseError. Depends on the words alone, so it is worked out once per phrase."""
    text = " ".join(phrase.split())
    m = _ROLLING.match(text) or _FROM.match(text)
    if m is None:
        if _names_fiscal_year(text):
            raise PeriodPhraseError(
                f"{phrase!r} is a fiscal, financial or school year, and when it starts depends on the body: "
                "declare the place's fiscal year in the pack (places.yaml: `fiscal_year: {start: '07-01'}`), "
                "or write when it starts ('the fiscal year from July 2020') or its dates ('2020-07-01/2021-06-30')")
        return None
    return m.re is _ROLLING, m["edge"]


def _add_months(day: date, months: int) -> date:
    """The same day of the month `months` months on (clamped to the month's last day)."""
    total = day.year * 12 + day.month - 1 + months
    year, month = divmod(total, 12)
    month += 1
    last = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).day
    return date(year, month, min(day.day, last))


def _resolve(phrase: str, published: date, previous: Period | None = None) -> ResolvedPeriod:
    """Resolve one phrase against a publication day; anaphora use `previous`.

    A `previous` period with an uncertain end (a year-to-date figure of an undated
    source) is read at both of its ends; a phrase that refers to it keeps that
    uncertainty ("the same period last year").
    """
    if type(phrase) is str:
        if _ISO_PERIOD.fullmatch(phrase):
            found = _ISO_RESOLVED.get(phrase)
            if found is None:
                found = _read(phrase, published, None)
                if len(_ISO_RESOLVED) < _ISO_MAX:
                    _ISO_RESOLVED[phrase] = found
            return found
        if _LAST_YEAR.fullmatch(phrase) and type(published) is date:
            key = (phrase, published.year)
            found = _BY_YEAR.get(key)
            if found is None:
                found = _read(phrase, published, None)   # a refusal is raised for this day, never kept
                if len(_BY_YEAR) < _ISO_MAX:
                    _BY_YEAR[key] = found
            return found
        if type(published) is date and _SINCE_YEAR.fullmatch(phrase):
            found = _since(phrase, published)
            if found is not None:
                return found
    return _resolve_each(phrase, published, previous)


def _since(phrase: str, published: date) -> ResolvedPeriod | None:
    """'since 1994' on a day of a later year: the reading of that phrase on any other day of
    a later year, its end moved to this day (the law in _SINCE_YEAR's comment); None when it
    is to be read (the first time, or a day within or before the base year)."""
    year = int(phrase.split()[-1])
    if published.year <= year:
        return None
    kept = _SINCE.get(phrase)
    if kept is None:
        found = _read(phrase, published, None)   # a refusal is raised for this day, never kept
        p = found.period
        if p.end == published and p.latest_end is None and p.start == date(year, 1, 1) and len(_SINCE) < _ISO_MAX:
            _SINCE[phrase] = found
        return found
    return ResolvedPeriod(Period(start=kept.period.start, end=published), to_date=kept.to_date, parts=kept.parts,
                          since=kept.since)


def _resolve_each(phrase: str, published: date, previous: Period | None = None) -> ResolvedPeriod:
    """_resolve without its shortcuts: the time reader's reading for this day and period before."""
    rolling = _twelve_months(str(phrase), published, previous)
    if rolling is not None:
        return rolling
    if previous is None or previous.latest_end is None:
        return _read(phrase, published, previous and (previous.start, previous.end))
    shortest = _read(phrase, published, (previous.start, previous.end))
    longest = _read(phrase, published, (previous.start, previous.latest_end))
    if shortest == longest:
        return shortest
    a, b = shortest.period, longest.period
    if a.start != b.start or b.end <= a.end:
        raise PeriodPhraseError(f"{phrase!r} means different periods for the uncertain end of the period before it")
    return ResolvedPeriod(Period(start=a.start, end=a.end, latest_end=b.end), to_date=shortest.to_date)


# A period written as ISO dates only ("1988", "2021-08", "1998-01/1998-04") names the same
# days whatever the publication date and whatever came before: the reader checks an ISO
# period against the publication date only when it is relative to it, and an ISO year is
# never (tests/test_loading_speed.py checks the two readings agree). Such a phrase is read
# once, not once per publication date: most phrases of an archive are written so.
_ISO_DAY = r"\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?"   # "2020-21" is no month: a fiscal year
_ISO_PERIOD = re.compile(rf"{_ISO_DAY}(?:/{_ISO_DAY})?")


def is_fixed_period(phrase: str) -> bool:
    """Whether a period phrase is written as ISO dates only, and so names the same days
    whatever the publication date and the period before (a caller may read it once)."""
    return _ISO_PERIOD.fullmatch(phrase) is not None


_ISO_RESOLVED: dict[str, ResolvedPeriod] = {}
_ISO_MAX = 1 << 20

# The calendar year before the publication year ("last year", "in last year", "over the last
# year"): the time reader reads it from the publication day's year alone, and never from the
# period before (no anaphor), so it is read once per publication year rather than once per day
# and period before (tests/test_loading_speed.py checks the law against the reader, any day of
# a year against any other, with and without a period before). Only readings are kept: a
# refusal is the reader's for the very day.
_LAST_YEAR = re.compile(r"(?:(?:in|during|for|over) +)?(?:the +)?last +year", re.IGNORECASE | re.ASCII)
_BY_YEAR: dict[tuple[str, int], ResolvedPeriod] = {}


# "since 1994", read on a day of a later year: from the first day of the base year to the
# publication day, whatever the period before it (no anaphor); the reader's other fields (to
# date, the base year as `since`) are the same on every such day. So it is read once, and on
# another day of a later year its end is moved to that day (tests/test_loading_speed.py
# checks the law against the reader, with and without a period before). A day within or before
# the base year is read by the reader (it refuses one before).
_SINCE_YEAR = re.compile(r"since +\d{4}", re.ASCII)
_SINCE: dict[str, ResolvedPeriod] = {}


def is_yearly_period(phrase: str) -> bool:
    """Whether a period phrase names the calendar year before the publication year, and so
    reads the same on every day of a publication year whatever the period before (a caller
    may keep its reading by year; a refusal names the day, and is not to be kept)."""
    return _LAST_YEAR.fullmatch(phrase) is not None


@lru_cache(maxsize=1 << 18)
def _read(phrase: str, published: date, previous: Interval | None) -> ResolvedPeriod:
    """The time reader's answer as a ResolvedPeriod, kept: a corpus asks again for the same
    phrase, day and period before (every claim of a source, every candidate date)."""
    try:
        return _resolved(read_period_phrase(str(phrase), published, previous, strict=True))
    except UnreadablePeriod as exc:
        raise PeriodPhraseError(str(exc)) from None


def _period(interval: Interval) -> Period:
    return Period(start=interval[0], end=interval[1])


def _resolved(res: PeriodResolution) -> ResolvedPeriod:
    parts = tuple(_period(p) for p in res.parts) if res.qualifier == "range" and len(res.parts) == 2 else None
    since = _period(res.parts[0]) if res.qualifier == "since" and res.parts else None
    return ResolvedPeriod(_period(res.interval), to_date=res.to_date, parts=parts, since=since)


def in_progress(res: ResolvedPeriod, published: date) -> ResolvedPeriod:
    """A named period still running on the publication day ("in 2021", in an article of 30
    June 2021) has two honest readings, the part so far and the whole: its end is uncertain,
    from the publication day to the period's own end (the engine's uncertain end, as for a
    year-to-date figure of an undated source). Other periods are kept as they are."""
    p = res.period
    if res.to_date or res.parts or res.since or p.latest_end is not None or not (p.start <= published < p.end):
        return res
    return ResolvedPeriod(Period(start=p.start, end=published, latest_end=p.end))
