"""relaxation.relaxed_infeasible: a program whose linear relaxation has no point is
answered at once (no whole-number point exists either), and a program that has one is left
as it was, so whole_point then finds the same model it finds without the check."""

from fractions import Fraction

from auditor.engine.compile import Linear
from auditor.engine.relaxation import Relaxation, relaxed_infeasible, whole_point

ATOMS = ["a", "b"]
INTEGER = {"a": True, "b": True}


def rows(top: int) -> list[Linear]:
    one = Fraction(1)
    return [Linear((("a", one), ("b", one)), ">=", Fraction(10)),
            Linear((("a", one),), "<=", Fraction(top)),
            Linear((("b", one),), "<=", Fraction(3)),
            Linear((("a", one),), ">=", Fraction(0)),
            Linear((("b", one),), ">=", Fraction(0))]


def test_no_relaxed_point_means_none():
    lp = Relaxation(rows(6), ATOMS)   # a + b >= 10 with a <= 6, b <= 3: no point at all
    assert relaxed_infeasible(lp)
    assert whole_point(Relaxation(rows(6), ATOMS), INTEGER) is None


def test_a_program_with_a_point_is_left_as_it_was():
    checked, plain = Relaxation(rows(8), ATOMS), Relaxation(rows(8), ATOMS)
    assert not relaxed_infeasible(checked)
    assert not checked.solved and not checked.whole
    found = whole_point(checked, INTEGER)
    assert found is not None and found["a"] + found["b"] >= 10
    assert found == whole_point(plain, INTEGER)


def test_only_whole_numbers_missing_is_not_infeasible():
    # 2a = 7 has a fractional point only: the relaxation has a point, branch and bound none
    lp = Relaxation([Linear((("a", Fraction(2)),), "==", Fraction(7))], ["a"])
    assert not relaxed_infeasible(lp)
    assert whole_point(lp, {"a": True}) is None
