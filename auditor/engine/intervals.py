"""From a stated figure and its qualifier to the interval of true values it allows.

The meaning of each qualifier and the rounding rule are data (rules/qualifiers.yaml,
rules/rounding.yaml); this module applies them with exact fractions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache

from auditor.models.statements import Amount
from auditor.pack.model import Level, Pack, Rounding
from auditor.units import conversion_factor


@dataclass(frozen=True, slots=True)
class Interval:
    """[lo, hi] with open ends where flagged; None is unbounded."""

    lo: Fraction | None
    hi: Fraction | None
    lo_open: bool = False
    hi_open: bool = False
    # its hash, worked out once: intervals are in many dict keys (suspects.figure_key), and a
    # Fraction's hash is slow. Not compared, and never pickled (__reduce__): hash(None) is not
    # the same in another process
    _hash: int | None = field(default=None, init=False, repr=False, compare=False)

    def __hash__(self) -> int:
        h = self._hash
        if h is None:   # the hash a frozen dataclass gives: of its compared fields' tuple
            h = hash((self.lo, self.hi, self.lo_open, self.hi_open))
            object.__setattr__(self, "_hash", h)
        return h

    def __reduce__(self):
        return (Interval, (self.lo, self.hi, self.lo_open, self.hi_open))

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


def _unrounded(written: str) -> bool:
    """Whether a figure's last significant digit is neither 0 nor 5: not a step a speaker
    rounds to ('63', '9.3', '1,537'; not '35', '2.5', '100', '2,500')."""
    digits = written.replace(",", "").lstrip("-").replace(".", "").rstrip("0")
    return bool(digits) and digits[-1] != "5"


_PERCENT = re.compile(r"%|\bper ?cent\b", re.IGNORECASE)


def _a_percentage(amount: Amount) -> bool:
    """Whether a figure is written as a percentage ("3%", "nearly 3 percent"; a change's "by"
    keeps the sign in its text only)."""
    return amount.unit in ("percent", "%") or bool(_PERCENT.search(amount.text or ""))


def _on_step(x: Decimal, step: Decimal | None) -> bool:
    """Whether a percentage's floor is one of the steps below 100 (with `step` 10: 10% to 90%)."""
    return step is not None and step <= x < 100 and x % step == 0


def _one_digit(written: str) -> bool:
    """Whether a figure is one digit in the units ('3', not '3.5', '30' or '0.3')."""
    return len(written) == 1 and written in "123456789"


@lru_cache(maxsize=1 << 16)
def _fraction(x: Decimal) -> Fraction:
    return Fraction(x)


@lru_cache(maxsize=1024)
def _factor(written: str | None, unit: str) -> Decimal:
    return conversion_factor(written, unit)


def amount_interval(amount: Amount, level: Level, pack: Pack, unit: str | None, counted: bool,
                    planned: bool = False, multiple: bool = False) -> Interval:
    """The true values `amount` allows at `level`, in `unit` (the metric's unit).

    `counted`: whether the figure counts whole things, by its own metric's `integer` (a
    percentage or ratio of a change, a share's fraction and an average are measurements);
    never guessed from the unit, which a desk's fractional "count" metric shares with the
    whole-number ones. `planned`: a count a plan sets (a metric's `plan_for_period`: budgeted
    positions), which a large round figure does not make rounded. `multiple`: the figure is a
    change's multiple ("doubled", "twice", "three times"), whose floor a whole number keeps
    as a round figure's at the default reading (rules/rounding.yaml). The calibration is rules/calibration.md."""
    factor = _factor(amount.unit, unit) if unit else Decimal(1)
    reading = pack.qualifiers[amount.qualifier].reading(level)
    a = _fraction(amount.low_decimal * factor)
    b = _fraction(amount.high_decimal * factor)
    lo = None if reading.low is None else _fraction(reading.low) * a
    hi = None if reading.high is None else _fraction(reading.high) * b
    if reading.units_below is not None and lo is not None and _unrounded(amount.low):
        # a figure no speaker rounds to says how near the true value is ("close to 63%": 61%
        # to 63%); one on a step of five or ten keeps the factor ("nearly 100": 90; "almost
        # 35": 31.5; "almost 2,500": 2,250)
        lo = max(lo, a - _fraction(reading.units_below * precision_unit(amount.low) * factor))
    if reading.rounded_up_below is not None and lo is not None and _one_digit(amount.low) and _a_percentage(amount):
        # "nearly 3%" said of a 2.6% decline: a one-digit percentage may be a decimal rounded up
        # to its unit before the hedge ("nearly double" is no rounded decimal: rules/qualifiers.yaml)
        lo = min(lo, a - _fraction(reading.rounded_up_below * factor))
    if reading.percent_high is not None and hi is not None and unit is None and _a_percentage(amount) \
            and _on_step(amount.low_decimal, reading.percent_step):
        # "rose more than 30 percent" of 67 to 97 (+44.8%): a change's or a share's floor from 10%
        # to 90% is named on a step of ten points, so it sits further below the true value than a
        # count's; a rate's own value ("more than 40%" of a 58% clearance rate) is no such floor
        # (rules/qualifiers.yaml)
        hi = max(hi, _fraction(reading.percent_high) * b)
    if reading.percent_units_above is not None and hi is not None and unit is None and _a_percentage(amount):
        # "went up a little more than 1 percent" of 79 to 80 (+1.27%): a percentage is a rounded
        # figure, so its floor takes in the values that round to it (rules/qualifiers.yaml)
        hi = max(hi, b + _fraction(reading.percent_units_above * written_precision(amount.high or amount.low)))
    if reading.multiple_units_above is not None and hi is not None and multiple and amount.low_decimal >= 2 \
            and amount.low_decimal % 1 == 0:
        # "the shooting rate has more than doubled", 19 to 48 (2.53 times): a multiple's floor is
        # named on whole steps, doubled, tripled, so it reaches to the next (rules/qualifiers.yaml)
        hi = max(hi, b + _fraction(reading.multiple_units_above))
    lo_open, hi_open = reading.low_open, reading.high_open
    if reading.units_closed and counted and reading.units_below is not None and _unrounded(amount.low) \
            and precision_unit(amount.low) == 1:
        # a count hedged to the unit ("nearly 499 people were killed", the paper's 499) may be
        # the count itself: the writer's hedge, not a figure rounded up (rules/qualifiers.yaml)
        hi_open = False
    if reading.rounding:
        # a range ("two to three hundred") is an estimate: it hedges like "about"
        hedged = reading.hedged or amount.high is not None
        if amount.high is not None and not reading.hedged and _BETWEEN.match(amount.text or ""):
            # "between 1,600 and 1,700" (a range no word hedges, written as two bounds): its
            # ends are the bounds the writer gives, so it takes in no value beyond them (against
            # "more than 1,700"); "two to three hundred" is an estimate and widens as above
            w_low = w_high = Fraction(0)
        elif not reading.hedged and _whole_percent(amount, unit):
            # a measured share written as a whole percentage ("a 70% clearance rate") is rounded
            # to the unit, not to the ten as a round count is: half of the unit (default, [69.5,
            # 70.5]) or all of it (generous, [69, 71]), by rules/rounding.yaml's fractions, so
            # "70%" meets no "68%". Changes ("up 20%") keep their reading: they are worked out
            # from two figures and often cut
            r = pack.rounding
            w_low = w_high = _fraction(r.default_fraction_of_unit if level == "default"
                                       else r.generous_fraction_of_unit) * _fraction(factor)
        else:
            w_low = _widening(amount.low, factor, level, pack, hedged, counted, planned, multiple)
            w_high = _widening(amount.high or amount.low, factor, level, pack, hedged, counted, planned)
        if lo is not None and a - w_low < lo:
            lo, lo_open = a - w_low, False
        if hi is not None and b + w_high > hi:
            # at the default reading a measured value (not a count of whole things, nor a
            # change) written to a decimal place is read as rounded half up: "1.3" officers per
            # 1,000 is 1.25 up to, not including, 1.35, which "1.4" takes (a writer who gives a
            # decimal place rounds to it, and two figures written to one place never round one
            # value). Whole units ("$323 million" for 323.6) and changes worked out from two
            # figures ("down 28%" for -28.9%) are often cut, not rounded, and a count's reading
            # does not depend on the unit it is written in ("1.5 thousand" is "1,500")
            hi, hi_open = b + w_high, (level == "default" and w_high > 0 and not counted
                                       and unit is not None and _decimal_place(amount))
    return Interval(lo, hi, lo_open, hi_open)


def _whole(written: str) -> bool:
    """Whether a figure is written as a whole number ("2", not "1.5")."""
    return Decimal(written).as_tuple().exponent >= 0


def _whole_percent(amount: Amount, unit: str | None) -> bool:
    """Whether a stated value (in its metric's unit: not a change, nor a share's fraction) is a
    percentage written without a decimal place ("70%", "68 percent")."""
    return (unit is not None and amount.high is None and amount.unit in ("percent", "%")
            and not _decimal_place(amount))


_DECIMAL_PLACE = re.compile(r"\d\.\d")
_BETWEEN = re.compile(r"\s*between\b", re.I)


def _decimal_place(amount: Amount) -> bool:
    """Whether a figure is written to a decimal place ("1.3", "$7.7 million", "12.5%"), as
    its words give it (its text, else its figures)."""
    return _DECIMAL_PLACE.search(amount.text or amount.high or amount.low) is not None


@lru_cache(maxsize=1 << 16)
def written_precision(written: str, factor: Decimal = Decimal(1)) -> Decimal:
    """The place of the last written digit, in the metric's unit: '5.1' -> 0.1, '61' -> 1,
    '2000' -> 1 (a trailing zero of a whole number is written, but may not be significant:
    see `is_round`), '1.5' thousand -> 100."""
    d = Decimal(written)
    exponent = d.as_tuple().exponent
    place = Decimal(1).scaleb(exponent) if isinstance(exponent, int) and exponent < 0 else Decimal(1)
    return place * factor


def significant_digits(x: Decimal, unit: Decimal) -> int:
    """How many digits `x` has down to the place `unit`: 2000 at 1000 -> 1, 120 at 10 -> 2."""
    return len(str(int(abs(x) / unit))) if x else 1


def is_round(written: str, factor: Decimal, rounding: Rounding) -> bool:
    """Round at its size (rules/rounding.yaml): a whole number in the metric's unit ending in
    zeros with at most `round_significant_digits` significant digits ("2,000", "1,500",
    "120", "7000"), or ending in at least `round_trailing_zeros` zeros ("1,230,000")."""
    p = precision_unit(written) * factor
    if p < 10:
        return False
    x = Decimal(written) * factor
    if x != x.to_integral_value():
        return False
    zeros = len(str(int(p))) - 1
    return (significant_digits(x, p) <= rounding.round_significant_digits
            or zeros >= rounding.round_trailing_zeros)


def rounding_unit(written: str, factor: Decimal, hedged: bool, counted: bool,
                  rounding: Rounding, planned: bool = False) -> tuple[Decimal, bool]:
    """The unit a figure is read as rounded to, in the metric's unit (0 for an exact count),
    and whether it is read as rounded above its last digit (so that the cap applies).

    - a figure round at its size is read as rounded to its last non-zero digit ("2,000":
      1000) when the sentence hedges it, when it is large (>= `large`) and not a count a plan
      sets (`planned`: "funding for 1,000 sworn police officers" is the number the budget
      sets, not a tally rounded), or when it is not a count (a percentage is always a rounded
      figure: "20%" -> 10);
    - otherwise a count of whole things is exact ("61", "120", "1,537": 0), and any other
      figure keeps the precision it was written with ("5.1%" -> 0.1, "11%" -> 1)."""
    if is_round(written, factor, rounding):
        x = abs(Decimal(written) * factor)
        if hedged or not counted or (x >= rounding.large and not planned):
            return precision_unit(written) * factor, True
    p = written_precision(written, factor)
    if counted and p >= 1:
        return Decimal(0), False
    return p, False


def _widening(written: str, factor: Decimal, level: Level, pack: Pack, hedged: bool,
              counted: bool, planned: bool = False, multiple: bool = False) -> Fraction:
    """Half (default) or all (generous) of the rounding unit; for a round figure read as
    rounded ("2,000"), and below a whole multiple by default ("doubled": 2), never more than
    the cap of the figure itself (rules/rounding.yaml)."""
    r = pack.rounding
    frac = r.default_fraction_of_unit if level == "default" else r.generous_fraction_of_unit
    cap = r.default_cap if level == "default" else r.generous_cap
    unit, round_figure = rounding_unit(written, factor, hedged, counted, r, planned)
    round_figure = round_figure or (multiple and level == "default" and r.whole_multiples_capped and not hedged
                                    and _whole(written))
    if not unit:
        return Fraction(0)
    w = _fraction(frac) * _fraction(unit)
    x = _fraction(Decimal(written) * factor)
    if round_figure and x:
        w = min(w, _fraction(cap) * abs(x))
    return w
