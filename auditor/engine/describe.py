"""Plain-language names for quantities and constraints, used in messages and evidence."""

from __future__ import annotations

from functools import lru_cache

from auditor.engine.compile import CompiledReading, Quantity, Subject
from auditor.engine.intervals import describe_range
from auditor.pack.model import Pack


def quantity_label(q: Quantity, pack: Pack) -> str:
    metric = pack.metrics[q.metric]
    place = pack.places[q.place].name
    return f"{metric.label} in {place}, {q.period.label()}"


@lru_cache(maxsize=1 << 16)
def short_quantity(q: Quantity) -> str:
    # cached: q.period builds a validated Period each time, and the dating check names the
    # same quantities under every candidate date of an undated source
    return f"{q.metric}[{q.place}, {q.period.label()}]"


def is_integer(q: Quantity, pack: Pack) -> bool:
    return pack.metrics[q.metric].integer


def subject_text(subject: Subject | None, reading: CompiledReading, pack: Pack) -> str:
    if reading.invalid:
        return f"cannot hold: {reading.invalid}"
    if subject is None:
        if reading.record in ("last-below", "last-above"):
            years = reading.window_years
            side, other = ("below", "at or above") if reading.record == "last-below" else ("above", "at or below")
            return f"{years[0]} {side} the figure, every year {years[1]} to {years[-1]} {other} it" if len(years) > 1 \
                else f"{years[0]} {side} the figure"
        if reading.record is not None and reading.record.endswith(("streak", "rise", "fall")):
            years = reading.window_years
            moves = {"rise-streak": "up every year", "fall-streak": "down every year",
                     "first-rise": "up this year and not up in any year before",
                     "first-fall": "down this year and not down in any year before"}[reading.record]
            return f"a streak: {moves}, {years[0]} to {years[-1]}"
        if reading.record is not None:
            side = "above" if reading.record == "record-high" else "below"
            years = ", ".join(map(str, reading.window_years)) or "none known"
            if reading.same_days:
                return f"a record: {side} {reading.same_days} of every known year ({years})"
            return f"a record: {side} every known full year ({years})"
        return "(no figure)"
    if subject.kind == "linear":
        terms = subject.terms
        integer = all(is_integer(q, pack) for q, _ in terms)
        rng = subject.interval.describe(integer) if subject.interval else "?"
        if len(terms) == 1:
            return f"{short_quantity(terms[0][0])} in {rng}"
        (a, ka), (b, _) = terms
        first, second = (a, b) if ka > 0 else (b, a)
        return f"{short_quantity(first)} - {short_quantity(second)} in {rng}"
    if subject.kind == "ratio":
        iv = subject.interval
        return (f"{short_quantity(subject.numerator)} / {short_quantity(subject.denominator)} in "
                f"{iv.describe() if iv else '?'}")
    return f"{short_quantity(subject.numerator)} > {short_quantity(subject.denominator)}"



def range_text(lo, hi, lo_open=False, hi_open=False, integer=False) -> str:
    return describe_range(lo, hi, lo_open, hi_open, integer)

