"""Units of stated figures, through pint: "2 thousand" guns, "5.1 percent", "$3 million".

Counts are dimensionless in pint; `count` is their unit here. Percentage points are not a
pint unit (pint would treat "5 points" as 5 percent of something); they are modelled as a
change measure in auditor/models/statements.py instead.
"""

from __future__ import annotations

import difflib
import re
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:   # pint is imported when a figure with a unit is first converted (it takes ~0.5 s)
    import pint


class UnitError(ValueError):
    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.hint = hint


@lru_cache(maxsize=1)
def registry() -> pint.UnitRegistry:
    import pint
    ureg = pint.UnitRegistry(non_int_type=Decimal, autoconvert_offset_to_baseunit=True)
    for line in (
        "count = [] = counts",
        "hundred = 100 * count",
        "thousand = 1000 * count",
        "million = 1000000 * count",
        "billion = 1000000000 * count",
        "dozen = 12 * count = dozens",
        "score_ = 20 * count",
        "dollar = [currency] = USD = $ = dollars",
        # other currencies, each its own dimension: no rate of exchange is fixed, so a figure
        # in one is never converted to another. "pound" stays pint's pound of mass ("50 pounds
        # of fentanyl"); the currency is pound_sterling, and a figure written "£" in a metric
        # measured in it is read as sterling (conversion_factor)
        "euro = [currency_eur] = EUR = euros",
        "pound_sterling = [currency_gbp] = GBP = pounds_sterling = sterling",
        "yen = [currency_jpy] = JPY",
        "rupee = [currency_inr] = INR = rupees",
    ):
        try:
            ureg.define(line)
        except pint.errors.RedefinitionError:  # pragma: no cover - pint version differences
            pass
    return ureg


# "per 100,000", "per 10,000 residents", "for every 1,000 people": a rate's scale. pint has
# dimensionless ratios but no unit that is "per so many people", so the scale is read here.
_RATE = re.compile(r"^(?:per|for\s+every|every)\s+(?P<n>\d{1,3}(?:,\d{3})+|\d+|(?:one\s+|a\s+)?"
                   r"(?:hundred\s+thousand|hundred|thousand|million))(?:\s+[a-z][a-z -]*)?$", re.IGNORECASE)
_SCALE_WORDS = {"hundred": 100, "thousand": 1000, "hundred thousand": 100000, "million": 1000000}
# "seven a day", "48 a week": an average over the claim's period, in these units of time
PER_TIME = r"(?:a|an|per|each|every)\s+(?P<unit>day|week|month)"   # the drafter finds it in text too
_PER_TIME = re.compile(rf"^(?:[a-z]+\s+)?{PER_TIME}$", re.IGNORECASE)


def rate_scale(unit: str | None) -> Decimal | None:
    """The population a rate is per: 'per 100,000 residents' -> 100000; None if `unit` is
    not a rate's unit."""
    m = _RATE.match(unit.strip()) if unit else None
    if m is None:
        return None
    n = re.sub(r"^(?:one|a)\s+", "", re.sub(r"\s+", " ", m["n"].lower()))
    return Decimal(_SCALE_WORDS[n]) if n in _SCALE_WORDS else Decimal(n.replace(",", ""))


def per_time(unit: str | None) -> str | None:
    """'day', 'week' or 'month' for an average's unit ('a day', 'per week'), else None."""
    m = _PER_TIME.match(unit.strip()) if unit else None
    return m["unit"].lower() if m else None


def conversion_factor(written: str | None, metric_unit: str, nouns: set[str] | None = None) -> Decimal:
    """How many of `metric_unit` one `written` unit is; a counted noun of the metric
    ("2,000 guns" for guns recovered, given in `nouns`) counts as 1. A rate converts
    between scales ("5.7 per 10,000" is 57 per 100,000); an average per day, week or
    month of a count is 1 here: the engine multiplies it by its period's length."""
    if written is None:
        return Decimal(1)
    target_scale, written_scale = rate_scale(metric_unit), rate_scale(written)
    if target_scale is not None or written_scale is not None:
        if target_scale is None or written_scale is None or written_scale == 0:
            raise UnitError(f"'{written}' cannot be converted to the metric's unit '{metric_unit}'.",
                            f"a rate is written per a number of people ('5.7 per 10,000'); the metric is "
                            f"measured in '{metric_unit}'")
        return target_scale / written_scale
    if per_time(written) is not None:
        if metric_unit != "count":
            raise UnitError(f"'{written}' is an average over time, but the metric is measured in '{metric_unit}'.",
                            "averages per day, week or month are for counts ('seven a day')")
        return Decimal(1)
    ureg = registry()
    import pint
    problem = metric_unit_problem(metric_unit)
    if problem is not None:
        raise UnitError(*problem)
    target = ureg.Unit(metric_unit)
    if written.lower() in ("pound", "pounds") and target.dimensionality == ureg.Unit("GBP").dimensionality:
        return Decimal(1)   # "£1,200" (the reader's "pound") in a metric measured in sterling
    try:
        unit = ureg.Unit(written)
    except (pint.errors.UndefinedUnitError, AttributeError, ValueError, TypeError):
        # a counted noun ("guns", "homicides") in a count metric is not a unit
        if metric_unit == "count" and (nouns is None or written.lower() in nouns
                                       or any(w in nouns for w in written.lower().split())):
            return Decimal(1)
        raise UnitError(f"'{written}' is not a unit the unit registry defines.",
                        _suggest(written, metric_unit)) from None
    try:
        factor = ureg.Quantity(Decimal(1), unit).to(target).magnitude
    except pint.errors.DimensionalityError:
        raise UnitError(f"'{written}' cannot be converted to the metric's unit '{metric_unit}'.",
                        _suggest(written, metric_unit)) from None
    factor = Decimal(factor)
    if metric_unit == "count" and factor < 1:
        # percent, permille, ppm: dimensionless in pint, but a share is not a count
        raise UnitError(f"'{written}' is a share, not a count.",
                        "A count metric takes whole things: write e.g. '12', or state a share "
                        "with 'share: {fraction: ..., of: CLAIM}'.")
    return factor


# a metric's units that need no unit registry to check (pint takes ~0.5 s to start)
_PLAIN_UNITS = frozenset({"count", "percent", "dollar", "dollars", "USD"})
_NAMED_UNITS = ("count", "percent", "dollar", "euro", "pound_sterling", "yen", "rupee", "per 100,000",
                "inch", "millimeter", "mile", "degF", "degC", "pound", "kilogram", "acre", "hour")


@lru_cache(maxsize=256)
def metric_unit_problem(unit: str) -> tuple[str, str] | None:
    """Why a metric cannot be measured in `unit` (message, hint), or None when it can: a count,
    a percent, a rate per so many people, an average per day, week or month, or a unit the
    unit registry defines ("dollar", "euro", "inch", "degF")."""
    if unit in _PLAIN_UNITS or rate_scale(unit) is not None or per_time(unit) is not None:
        return None
    import pint
    try:
        registry().Unit(unit)
        return None
    except (pint.errors.UndefinedUnitError, pint.errors.DefinitionSyntaxError, AttributeError, ValueError,
            TypeError, AssertionError):
        guess = difflib.get_close_matches(unit, _NAMED_UNITS, n=1, cutoff=0.5)
        return (f"'{unit}' is not a unit the unit registry defines",
                (f"did you mean '{guess[0]}'? " if guess else "")
                + "write count, percent, a rate ('per 100,000'), or a unit such as dollar, euro, "
                  "pound_sterling, inch or degF")


def _suggest(written: str, metric_unit: str) -> str:
    ureg = registry()
    names = [n for n in ("count", "thousand", "hundred", "million", "dozen", "percent", "dollar", "euro",
                         "pound_sterling") if n in ureg]
    guess = difflib.get_close_matches(written, names, n=1)
    if guess:
        return f"Did you mean '{guess[0]}'? The metric is measured in '{metric_unit}'."
    return f"The metric is measured in '{metric_unit}'; write the figure in that unit."
