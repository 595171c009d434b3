"""Claim-file period phrases as claim models: the time reader's answer as a `Period`.

The phrases are read by `auditor.text.times.resolve_period_phrase` in its strict mode
(a claim file's `period` field); nothing is parsed here. This module only turns the
reader's inclusive date intervals into `Period` models, keeps the uncertain end of a
year-to-date period from an undated source, and gives the loader and the engine one
error type. The phrases are listed in docs/claim-files.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
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


def resolve_period_phrase(phrase: str, published: date, previous: Period | None = None) -> ResolvedPeriod:
    """Resolve one phrase against a publication day; anaphora use `previous`. A period that
    would fall outside the calendar (years 1 to 9999) is a PeriodPhraseError, never a crash."""
    try:
        return _resolve(phrase, published, previous)
    except PeriodPhraseError:
        raise
    except (ValueError, OverflowError) as exc:
        raise PeriodPhraseError(f"{phrase!r} against {published.isoformat()} falls outside the calendar "
                                f"(years 1 to 9999): {exc}") from None


def _resolve(phrase: str, published: date, previous: Period | None = None) -> ResolvedPeriod:
    """Resolve one phrase against a publication day; anaphora use `previous`.

    A `previous` period with an uncertain end (a year-to-date figure of an undated
    source) is read at both of its ends; a phrase that refers to it keeps that
    uncertainty ("the same period last year").
    """
    if previous is None or previous.latest_end is None:
        return _resolved(_read(phrase, published, previous and (previous.start, previous.end)))
    shortest = _resolved(_read(phrase, published, (previous.start, previous.end)))
    longest = _resolved(_read(phrase, published, (previous.start, previous.latest_end)))
    if shortest == longest:
        return shortest
    a, b = shortest.period, longest.period
    if a.start != b.start or b.end <= a.end:
        raise PeriodPhraseError(f"{phrase!r} means different periods for the uncertain end of the period before it")
    return ResolvedPeriod(Period(start=a.start, end=a.end, latest_end=b.end), to_date=shortest.to_date)


@lru_cache(maxsize=1 << 18)
def _read(phrase: str, published: date, previous: Interval | None) -> PeriodResolution:
    try:
        return read_period_phrase(str(phrase), published, previous, strict=True)
    except UnreadablePeriod as exc:
        raise PeriodPhraseError(str(exc)) from None


def _period(interval: Interval) -> Period:
    return Period(start=interval[0], end=interval[1])


def _resolved(res: PeriodResolution) -> ResolvedPeriod:
    parts = tuple(_period(p) for p in res.parts) if res.qualifier == "range" and len(res.parts) == 2 else None
    since = _period(res.parts[0]) if res.qualifier == "since" and res.parts else None
    return ResolvedPeriod(_period(res.interval), to_date=res.to_date, parts=parts, since=since)
