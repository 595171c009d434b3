"""The solver's small parts: reading z3's optima, and when a floating-point verdict is taken."""

from __future__ import annotations

from fractions import Fraction

import pytest
import z3

from auditor.engine.relaxation import MARGIN, Optimum, pinned
from auditor.engine.solver import _value


def optimum(constraints, objective, sense):
    opt = z3.Optimize()
    opt.add(*constraints)
    handle = opt.minimize(objective) if sense == "min" else opt.maximize(objective)
    assert opt.check() == z3.sat
    return _value(handle.value())


def test_an_attained_optimum_is_closed():
    x = z3.Real("x")
    assert optimum([x >= 3, x <= 5], x, "min") == (Fraction(3), False)


@pytest.mark.parametrize("bound", [Fraction(3), Fraction(-7, 2), Fraction(0)])
def test_an_approached_optimum_is_its_standard_part(bound):
    """z3 writes "3 + epsilon" or "-1 * epsilon"; the bound is the part without epsilon."""
    x = z3.Real("x")
    assert optimum([x > z3.RealVal(bound), x < 100], x, "min") == (bound, True)
    assert optimum([x < z3.RealVal(bound), x > -100], x, "max") == (bound, True)


def test_a_coefficient_of_epsilon_is_not_the_bound():
    """x8 >= 1.0555 * x7 with x7 > 0 approaches 0; z3 answers "2111/2000 * epsilon"."""
    x7, x8 = z3.Reals("x7 x8")
    assert optimum([x7 > 0, x7 <= 5, x8 >= z3.RealVal("2111/2000") * x7], x8, "min") == (Fraction(0), True)


def test_unbounded_has_no_bound():
    x = z3.Real("x")
    assert optimum([x >= 0], x, "max") == (None, False)


@pytest.mark.parametrize("lo, hi, expected", [
    (10.0, 99.0, True),
    (10.0, 101.0, False),
    (10.0, None, False),                          # unbounded above
    (None, 5.0, False),                           # unbounded below
    (0.0, 5.0, False),                            # can be zero
    (0.04, 0.3, False),                           # a whole number's minimum under 1/(2*spread): no
    (10.0, 100.0, None),                          # on the line: z3 decides
    (10.0, 100.0 * (1 + MARGIN / 2), None),
    (10.0, 100.0 * (1 + 10 * MARGIN), False),
])
def test_a_floating_point_verdict_is_taken_only_off_the_line(lo, hi, expected):
    assert pinned(Optimum(lo, hi), 10.0) is expected


def test_a_false_constant_row_leaves_no_model():
    """A constraint whose terms cancel ("0 >= 700": a change against itself) is false;
    HiGHS never sees it, so the relaxation must remember it and offer no model."""
    from auditor.engine.compile import Linear
    from auditor.engine.relaxation import Relaxation, whole_point

    x = ("s", "m", "p")
    rows = [Linear(((x, Fraction(1)),), ">=", Fraction(0)), Linear((), ">=", Fraction(700))]
    lp = Relaxation(rows, [x])
    assert whole_point(lp, {x: True}) is None
    assert lp.optimum(((x, Fraction(1)),)) is None
    assert whole_point(Relaxation(rows[:1], [x]), {x: True}) is not None


def test_a_whole_point_satisfies_strict_inequalities_exactly():
    from auditor.engine.compile import Linear
    from auditor.engine.relaxation import Relaxation, whole_point

    x, y = ("s", "x"), ("s", "y")
    rows = [Linear(((x, Fraction(1)), (y, Fraction(-1))), ">", Fraction(0)),     # x > y
            Linear(((y, Fraction(1)),), ">=", Fraction(3)), Linear(((x, Fraction(1)),), "<=", Fraction(4))]
    point = whole_point(Relaxation(rows, [x, y]), {x: True, y: True})
    assert point == {x: 4, y: 3}
