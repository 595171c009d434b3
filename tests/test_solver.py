"""The solver's small parts: reading z3's optima, when a floating-point verdict is taken, and
bounds proved from HiGHS's duals."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
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


# --- bounds proved from HiGHS's duals ----------------------------------------------------

def _lp(rows, columns):
    from auditor.engine.relaxation import Relaxation
    return Relaxation(rows, columns)


def test_a_proved_bound_is_the_exact_optimum_and_knows_strictness():
    """b >= 30 / 0.051 (a up 5.1% on b, and 30 more), and a + b < 7000: the proofs give
    the exact rational optima, and the upper one is strict (it uses the strict row)."""
    from auditor.engine.compile import Linear
    from auditor.engine.relaxation import proved_bound

    a, b = ("s", "a"), ("s", "b")
    one = Fraction(1)
    rows = [Linear(((a, one),), ">=", Fraction(0)), Linear(((b, one),), ">=", Fraction(0)),
            Linear(((a, one), (b, Fraction(-1051, 1000))), "==", Fraction(0)),
            Linear(((a, one), (b, one)), "<", Fraction(7000)),
            Linear(((a, one), (b, -one)), ">=", Fraction(30))]
    lp = _lp(rows, [a, b])
    assert proved_bound(lp, ((b, one),), "min") == (Fraction(10000, 17), False)
    assert proved_bound(lp, ((b, one),), "max") == (Fraction(1000000, 293), True)


def test_no_proof_for_an_unbounded_figure():
    from auditor.engine.compile import Linear
    from auditor.engine.relaxation import proved_bound

    x = ("s", "x")
    lp = _lp([Linear(((x, Fraction(1)),), ">=", Fraction(2))], [x])
    assert proved_bound(lp, ((x, Fraction(1)),), "max") is None
    assert proved_bound(lp, ((x, Fraction(1)),), "min") == (Fraction(2), False)


small = st.fractions(min_value=-5, max_value=5, max_denominator=4)


@pytest.mark.slow
@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(small, small, small, st.sampled_from(["<=", ">=", "==", "<", ">"]), small),
                min_size=1, max_size=5),
       small, small, st.sampled_from(["min", "max"]))
def test_a_proved_bound_holds_at_every_point(rows, cx, cy, sense):
    """Whatever HiGHS computes in floating point, a bound it proves is true: z3 finds no
    point of the rows beyond it (and, for a strict bound, none on it)."""
    from auditor.engine.compile import Linear
    from auditor.engine.relaxation import proved_bound

    x, y, z = ("s", "x"), ("s", "y"), ("s", "z")
    lins = [Linear(tuple((v, k) for v, k in ((x, a), (y, b), (z, c)) if k), op, rhs) for a, b, c, op, rhs in rows]
    lins += [Linear(((v, Fraction(1)),), ">=", Fraction(-10)) for v in (x, y, z)]
    objective = tuple((v, k) for v, k in ((x, cx), (y, cy)) if k)
    proof = proved_bound(_lp(lins, [x, y, z]), objective, sense)
    if proof is None or not objective:
        return
    bound, strict = proof
    X = {v: z3.Real(v[1]) for v in (x, y, z)}
    s = z3.Solver()
    ops = {"<=": lambda a, b: a <= b, ">=": lambda a, b: a >= b, "==": lambda a, b: a == b,
           "<": lambda a, b: a < b, ">": lambda a, b: a > b}
    for c in lins:
        s.add(ops[c.op](z3.Sum([X[v] * z3.RealVal(k) for v, k in c.terms]) if c.terms else z3.RealVal(0),
                        z3.RealVal(c.rhs)))
    value = z3.Sum([X[v] * z3.RealVal(k) for v, k in objective])
    beyond = {("min", False): value < z3.RealVal(bound), ("min", True): value <= z3.RealVal(bound),
              ("max", False): value > z3.RealVal(bound), ("max", True): value >= z3.RealVal(bound)}
    s.add(beyond[(sense, strict)])
    assert s.check() == z3.unsat


def test_whole_optima_are_attained_at_whole_points():
    """Over whole numbers 2x + 2y = 2k + 1 has no point; 3x >= 10 makes x at least 4."""
    from auditor.engine.compile import Linear
    from auditor.engine.relaxation import whole_optima

    x, y = ("s", "x"), ("s", "y")
    one = Fraction(1)
    rows = [Linear(((x, Fraction(3)),), ">=", Fraction(10)), Linear(((x, one), (y, one)), "<=", Fraction(9)),
            Linear(((y, one),), ">=", Fraction(0))]
    assert whole_optima(_lp(rows, [x, y]), {x: True, y: True}, ((x, one),)) == (4, 9)
    odd = [Linear(((x, Fraction(2)), (y, Fraction(2))), "==", Fraction(7))]
    assert whole_optima(_lp(odd, [x, y]), {x: True, y: True}, ((x, one),)) is None
