"""What a claim says about its quantity: a value, a change, a comparison or a share.

Figures are kept as decimal strings exactly as precise as they were written, so "1,500"
and "1500.0" stay different claims; the rule pack's qualifier and rounding tables turn
them into intervals when the engine compiles them (auditor/engine/intervals.py).
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Literal

from pydantic import BeforeValidator, Field, field_validator, model_validator
from typing import Annotated

from auditor.models.base import Frozen, period_text, vocabulary

Measure = Literal["absolute", "percent", "percentage-points", "ratio"]
Relation = Literal["higher", "lower", "record-high", "record-low", "about-same", "tie",
                   "rise-streak", "fall-streak", "first-rise", "first-fall", "last-below", "last-above"]
STREAKS = ("rise-streak", "fall-streak", "first-rise", "first-fall")   # over `years` year-on-year changes
PAIRWISE = ("higher", "lower", "about-same", "tie")   # relations to one other period (`than`)
THRESHOLD = ("last-below", "last-above")   # the last year below (above) `threshold` was `than`


class Amount(Frozen):
    """A stated figure or range with its qualifier: "over 2,000", "almost 200 to 300"."""

    low: str
    high: str | None = None
    unit: str | None = None
    qualifier: str = "exact"
    text: str | None = None

    @field_validator("low", "high")
    @classmethod
    def _decimal(cls, v: str | None) -> str | None:
        if v is None:
            return v
        try:
            d = Decimal(v)
        except InvalidOperation:
            raise ValueError(f"{v!r} is not a number") from None
        if not d.is_finite():
            raise ValueError(f"{v!r} is not a finite number")
        return v

    @model_validator(mode="after")
    def _range_order(self) -> "Amount":
        if self.high is not None and Decimal(self.high) < Decimal(self.low):
            raise ValueError(f"range {self.low} to {self.high} runs backwards; write the smaller number first")
        return self

    @property
    def low_decimal(self) -> Decimal:
        return Decimal(self.low)

    @property
    def high_decimal(self) -> Decimal:
        return Decimal(self.high if self.high is not None else self.low)

    def describe(self) -> str:
        if self.text:
            return self.text
        core = self.low if self.high is None else f"{self.low} to {self.high}"
        q = "" if self.qualifier == "exact" else f"{self.qualifier} "
        return f"{q}{core}{' ' + self.unit if self.unit else ''}"


PeriodPhrase = Annotated[str, BeforeValidator(period_text, json_schema_input_type=str | int)]


class Change(Frozen):
    """A change against a base period: "up 5.1%", "7000 fewer", "down 24 percent".

    `measure` keeps percent (relative), percentage points (absolute change of a rate) and
    ratio ("doubled") apart; pint has no percentage-point unit, so it is modelled here.
    """

    direction: Literal["up", "down"]
    by: Amount
    measure: Measure = "absolute"
    base: PeriodPhrase | None = None
    base_place: str | None = None
    text: str | None = None

    @field_validator("by", mode="before", json_schema_input_type=str | float | Amount)
    @classmethod
    def _by_phrase(cls, v, info):
        return vocabulary(info).amount_phrase(v, info)

    @field_validator("base_place", mode="before")
    @classmethod
    def _place(cls, v, info):
        return vocabulary(info).canonical_place(v, info)


class ChangePhrase(Frozen):
    """A change as written in a claim file: its words, read by the number reader, and the
    base it is measured against ("up 5.1%" against "the same period last year")."""

    phrase: str
    base: str | int | None = None
    base_place: str | None = None
    text: str | None = None


# a record's window in words: "the highest ever", "an all-time high", "the most in recent memory"
NAMED_WINDOWS = {w: "all-time" for w in ("all-time", "all time", "ever", "on record", "in history", "of all time")}
NAMED_WINDOWS.update({w: "recent-memory" for w in ("recent memory", "in recent memory", "memory", "in memory",
                                                   "living memory", "in living memory")})


class Comparison(Frozen):
    """Higher or lower than another period, about the same as it ("about the same as last
    year", within the pack's tolerance), tied with it ("tying the 1993 record"), a record
    within a window, or a streak over `years` year-on-year changes ending with the claim's
    year: "increased every year over the past four years" (rise-streak, 4), "the first drop
    in five years" (first-fall, 5: down this year, and no fall in the four changes before);
    or the last year on one side of a threshold: "the last time it was below 100 was 2015"
    (last-below, than 2015, threshold 100: 2015 below it, every year since at or above)."""

    relation: Relation
    than: PeriodPhrase | None = None
    window: PeriodPhrase | None = None
    years: int | None = Field(None, ge=1, le=50)
    text: str | None = None
    # a record's window named in words, not as a period: "all-time" (every year known: the
    # same as no window) or "recent-memory" (the pack's span, rules/comparisons.yaml)
    named_window: Literal["all-time", "recent-memory"] | None = None
    threshold: Amount | None = None

    @field_validator("threshold", mode="before", json_schema_input_type=str | float | Amount | None)
    @classmethod
    def _threshold_phrase(cls, v, info):
        if v is None:
            return v
        return vocabulary(info).amount_phrase(v, info)

    @model_validator(mode="before")
    @classmethod
    def _named_window(cls, data):
        if isinstance(data, dict) and isinstance(data.get("window"), str):
            named = NAMED_WINDOWS.get(" ".join(data["window"].lower().split()))
            if named is not None:
                data = {**data, "window": None, "named_window": named}
        return data

    @model_validator(mode="after")
    def _needs_than(self) -> "Comparison":
        if (self.relation in THRESHOLD) != (self.threshold is not None) or (self.relation in THRESHOLD and not self.than):
            raise ValueError(f"'{self.relation}' needs 'than' (the last year below or above) and 'threshold' (the "
                             "figure): 'the last time it was below 100 was 2015' is {relation: last-below, than: "
                             "'2015', threshold: '100'}" if self.relation in THRESHOLD
                             else f"'threshold' is for last-below and last-above, not for '{self.relation}'")
        if self.relation in PAIRWISE and not self.than:
            raise ValueError(f"a '{self.relation}' comparison needs 'than': the period compared with")
        if (self.relation in STREAKS) != (self.years is not None):
            raise ValueError(f"'years' goes with a streak ({', '.join(STREAKS)}), and a streak needs it: "
                             "how many year-on-year changes it spans" if self.relation in STREAKS
                             else f"'years' is for streaks, not for '{self.relation}'")
        return self


class Share(Frozen):
    """A fraction of another claim's quantity: "half of those deaths were on the west side"."""

    fraction: Amount

    @field_validator("fraction", mode="before", json_schema_input_type=str | float | Amount)
    @classmethod
    def _fraction_phrase(cls, v, info):
        return vocabulary(info).amount_phrase(v, info)

    of: str
    text: str | None = None
