"""Periods of calendar time and publication dates."""

from __future__ import annotations

from datetime import date

from pydantic import model_validator

from auditor.models.base import Frozen


class DateRange(Frozen):
    """Inclusive range of days; a publication date known only as a range, or exactly."""

    earliest: date
    latest: date

    @model_validator(mode="after")
    def _ordered(self) -> "DateRange":
        if self.latest < self.earliest:
            raise ValueError(f"latest {self.latest} is before earliest {self.earliest}")
        return self

    @property
    def is_exact(self) -> bool:
        return self.earliest == self.latest

    def label(self) -> str:
        if self.is_exact:
            return self.earliest.isoformat()
        return f"{self.earliest.isoformat()}..{self.latest.isoformat()}"


class Period(Frozen):
    """A stretch of days, first and last day inclusive.

    A year-to-date figure from a source whose publication date is uncertain ends on an
    unknown day between `end` and `latest_end`; the engine bounds its value between the
    counts of the shortest and the longest such period.
    """

    start: date
    end: date
    latest_end: date | None = None

    @model_validator(mode="after")
    def _ordered(self) -> "Period":
        if self.end < self.start:
            raise ValueError(f"period ends ({self.end}) before it starts ({self.start})")
        if self.latest_end is not None and self.latest_end <= self.end:
            raise ValueError("latest_end must be after end")
        return self

    @property
    def is_uncertain(self) -> bool:
        return self.latest_end is not None

    @property
    def final_end(self) -> date:
        return self.latest_end or self.end

    def overlaps(self, other: "Period") -> bool:
        return self.start <= other.final_end and other.start <= self.final_end

    def is_full_year(self) -> bool:
        return (
            self.latest_end is None
            and self.start.month == 1 and self.start.day == 1
            and self.end == date(self.start.year, 12, 31)
        )

    def label(self) -> str:
        if self.is_full_year():
            return str(self.start.year)
        end = self.end.isoformat()
        if self.latest_end is not None:
            end = f"{end}~{self.latest_end.isoformat()}"
        return f"{self.start.isoformat()}..{end}"
