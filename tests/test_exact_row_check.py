"""relaxation._all_hold (each row checked in integer arithmetic, scaled by its atoms' common
denominator) decides what relaxation._holds decides in Fractions, row by row, at points of
whole and fractional values, on and off each row's boundary."""

from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st
import pytest

from auditor.engine.compile import Linear
from auditor.engine.relaxation import Relaxation, _all_hold, _holds

ATOMS = ["a", "b", "c"]
value = st.integers(-50, 50).map(Fraction) | st.fractions(-50, 50, max_denominator=10**9)
coefficient = st.fractions(-5, 5, max_denominator=9).filter(bool)


@st.composite
def rows_and_point(draw):
    point = {a: draw(value) for a in ATOMS}
    rows = []
    for _ in range(draw(st.integers(1, 6))):
        atoms = draw(st.lists(st.sampled_from(ATOMS), min_size=1, max_size=3, unique=True))
        terms = tuple((a, draw(coefficient)) for a in atoms)
        at = sum(k * point[a] for a, k in terms)
        # right-hand sides on the boundary, just inside and just outside it
        rhs = at + draw(st.sampled_from([Fraction(0), Fraction(1, 10**9), Fraction(-1, 10**9), Fraction(7, 3)]))
        rows.append(Linear(terms, draw(st.sampled_from(["<=", "<", ">=", ">", "=="])), rhs))
    return rows, point


def decides_as_fractions_do(drawn, skipped):
    rows, point = drawn
    lp = Relaxation(rows, ATOMS)
    want = all(_holds(c, point) for i, c in enumerate(lp.rows) if i not in skipped)
    assert _all_hold(lp, point, frozenset(skipped)) == want


@settings(max_examples=15, deadline=None)
@given(rows_and_point(), st.sets(st.integers(0, 5)))
def test_the_integer_check_decides_as_fractions_do(drawn, skipped):
    decides_as_fractions_do(drawn, skipped)


@pytest.mark.slow
@settings(max_examples=400, deadline=None)
@given(rows_and_point(), st.sets(st.integers(0, 5)))
def test_the_integer_check_decides_as_fractions_do_many(drawn, skipped):
    decides_as_fractions_do(drawn, skipped)


def test_a_row_just_outside_fails():
    lp = Relaxation([Linear((("a", Fraction(1, 3)), ("b", Fraction(1))), "<=", Fraction(1))], ATOMS)
    point = {"a": Fraction(3, 1), "b": Fraction(1, 10**9), "c": Fraction(0)}
    assert not _all_hold(lp, point, frozenset())
    assert _all_hold(lp, point, frozenset({0}))
    point["b"] = Fraction(0)
    assert _all_hold(lp, point, frozenset())
