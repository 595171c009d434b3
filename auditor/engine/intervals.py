"""From a stated figure and its qualifier to the interval of true values it allows.

The meaning of each qualifier and the rounding rule are data (rules/qualifiers.yaml,
rules/rounding.yaml); this module applies them with exact fractions.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache

from auditor.models.statements import Amount
from auditor.pack.model import Level, Pack
from auditor.units import conversion_factor


@dataclass(frozen=True)
class Interval:
    """[lo, hi] with open ends where flagged; None is unbounded."""

    lo: Fraction | None
    hi: Fraction | None
    lo_open: bool = False
    hi_open: bool = False

    def intersect(self, other: "Interval") -> "Interval | None":
        lo, lo_open = _max_bound(self.lo, self.lo_open, other.lo, other.lo_open)
        hi, hi_open = _min_bound(self.hi, self.hi_open, other.hi, other.hi_open)
        if lo is not None and hi is not None and (lo > hi or (lo == hi and (lo_open or hi_open))):
            return None
        return Interval(lo, hi, lo_open, hi_open)

    def contains(self, x: Fraction) -> bool:
        if self.lo is not None and (x < self.lo or (self.lo_open and x == self.lo)):
            return False
        if self.hi is not None and (x > self.hi or (self.hi_open and x == self.hi)):
            return False
        return True

    def distance(self, x: Fraction) -> Fraction:
        if self.lo is not None and x < self.lo:
            return self.lo - x
        if self.hi is not None and x > self.hi:
            return x - self.hi
        return Fraction(0)

    def describe(self, integer: bool = False) -> str:
        return describe_range(self.lo, self.hi, self.lo_open, self.hi_open, integer)


def describe_range(lo, hi, lo_open=False, hi_open=False, integer=False) -> str:
    if integer:
        if lo is not None:
            lo = _ceil(lo) + (1 if lo_open and lo == _ceil(lo) else 0)
            lo_open = False
        if hi is not None:
            hi = _floor(hi) - (1 if hi_open and hi == _floor(hi) else 0)
            hi_open = False
    if lo is not None and hi is not None and lo == hi:
        return fmt(lo)
    left = "(" if lo_open or lo is None else "["
    right = ")" if hi_open or hi is None else "]"
    return f"{left}{fmt(lo) if lo is not None else '-inf'}, {fmt(hi) if hi is not None else 'inf'}{right}"


def _ceil(x: Fraction) -> int:
    return -((-x.numerator) // x.denominator)


def _floor(x: Fraction) -> int:
    return x.numerator // x.denominator


def fmt(x: Fraction | int | None) -> str:
    """A fraction as a short decimal: 2000, 5.05, 0.333."""
    if x is None:
        return "?"
    x = Fraction(x)
    if x.denominator == 1:
        return str(x.numerator)
    text = f"{float(x):.4f}".rstrip("0").rstrip(".")
    return text


def _max_bound(a, a_open, b, b_open):
    if a is None:
        return b, b_open
    if b is None:
        return a, a_open
    if a > b:
        return a, a_open
    if b > a:
        return b, b_open
    return a, a_open or b_open


def _min_bound(a, a_open, b, b_open):
    if a is None:
        return b, b_open
    if b is None:
        return a, a_open
    if a < b:
        return a, a_open
    if b < a:
        return b, b_open
    return a, a_open or b_open


@lru_cache(maxsize=1 << 16)
def precision_unit(written: str) -> Decimal:
    """The place of the last significant digit: '5.1' -> 0.1, '2000' -> 1000, '99' -> 1."""
    d = Decimal(written)
    exponent = d.as_tuple().exponent
    if isinstance(exponent, int) and exponent < 0:
        return Decimal(1).scaleb(exponent)
    digits = written.lstrip("-").split(".")[0]
    stripped = digits.rstrip("0")
    trailing = len(digits) - len(stripped) if stripped else 0
    return Decimal(1).scaleb(trailing)


@lru_cache(maxsize=1 << 16)
def _fraction(x: Decimal) -> Fraction:
    return Fraction(x)


@lru_cache(maxsize=1024)
def _factor(written: str | None, unit: str) -> Decimal:
    return conversion_factor(written, unit)


def amount_interval(amount: Amount, level: Level, pack: Pack, unit: str | None = None) -> Interval:
    """The true values `amount` allows at `level`, in `unit` (the metric's unit)."""
    factor = _factor(amount.unit, unit) if unit else Decimal(1)
    reading = pack.qualifiers[amount.qualifier].reading(level)
    a = _fraction(amount.low_decimal * factor)
    b = _fraction(amount.high_decimal * factor)
    lo = None if reading.low is None else _fraction(reading.low) * a
    hi = None if reading.high is None else _fraction(reading.high) * b
    lo_open, hi_open = reading.low_open, reading.high_open
    if reading.rounding:
        r = pack.rounding
        frac = r.default_fraction_of_unit if level == "default" else r.generous_fraction_of_unit
        cap = r.default_cap if level == "default" else r.generous_cap
        p_low = _fraction(precision_unit(amount.low) * factor)
        p_high = _fraction(precision_unit(amount.high or amount.low) * factor)
        w_low = _widening(amount.low, a, p_low, frac, cap)
        w_high = _widening(amount.high or amount.low, b, p_high, frac, cap)
        if lo is not None and a - w_low < lo:
            lo, lo_open = a - w_low, False
        if hi is not None and b + w_high > hi:
            hi, hi_open = b + w_high, False
    return Interval(lo, hi, lo_open, hi_open)


def _widening(written: str, x: Fraction, p: Fraction, frac: Decimal, cap: Decimal) -> Fraction:
    """Half (or all) of a precision unit; for a round figure ending in zeros ("2,000"),
    never more than `cap` of the figure itself (see rules/rounding.yaml)."""
    w = _fraction(frac) * p
    digits = written.lstrip("-")
    is_round = "." not in digits and digits.endswith("0") and digits.strip("0") != ""
    if is_round and x:
        w = min(w, _fraction(cap) * abs(x))
    return w
