"""Bounds propagation's loop (propagate.propagate_rows) gives what the loop before it gave
(at 759ac6c, kept below verbatim as the reference): the same bounds, the same reasons for
each, the same conflict, on rows of whole-number and fractional constraints drawn at random.
The faster loop stops reading a row at its second unbounded atom and, with one unbounded,
derives that atom's bound alone; it visits the rows in the same order."""

from fractions import Fraction
from math import ceil, floor

from hypothesis import given, settings
from hypothesis import strategies as st
import pytest

from auditor.engine.compile import Linear
from auditor.engine.propagate import Propagated, _Row, propagate_rows, rows_of

ATOMS = ["a", "b", "c", "d", "e"]
STEPS_PER_ROW, MIN_STEPS = 8, 1_000


def reference_propagate_rows(rows: list[_Row], integer: dict, steps: int | None = None) -> Propagated:
    """propagate, on rows already made (rows_of: a caller that asks about many subsets of
    the same constraints makes each row once)."""
    if steps is None:
        steps = max(MIN_STEPS, STEPS_PER_ROW * len(rows))
    lo: dict = {}   # atom -> (bound, why: frozenset of owners)
    hi: dict = {}
    rows_of: dict = {}
    for i, r in enumerate(rows):
        for a, _ in r.terms:
            rows_of.setdefault(a, []).append(i)
    queue = list(range(len(rows)))
    queued = set(queue)
    head = 0
    while head < len(queue) and steps > 0:
        i = queue[head]
        head += 1
        queued.discard(i)
        steps -= 1
        r = rows[i]
        # the least value of each term, k * (lo if k > 0 else hi), and how many are unbounded
        # (the bounds as they are now: a bound this row tightens is not used again in it)
        least, missing, gone = 0, 0, None
        used = {}
        for a, k in r.terms:
            b = lo.get(a) if k > 0 else hi.get(a)
            if b is None:
                missing += 1
                gone = a
            else:
                least += k * b[0]
                used[a] = b
        if missing > 1:
            continue
        own = frozenset(() if r.owner is None else (r.owner,))
        for a, k in r.terms:
            if missing and a != gone:
                continue   # another atom is unbounded: nothing follows for this one
            rest = least if missing else least - k * used[a][0]
            # k * a <= rhs - rest (strictly when the row is strict)
            why = None
            if r.whole:   # in integers: floor or ceiling of (rhs - rest) / k
                value = (r.rhs - rest) // k if k > 0 else -((r.rhs - rest) // -k)
            else:
                value = Fraction(r.rhs - rest) / k
                if integer.get(a, False):
                    if k > 0:
                        value = ceil(value) - 1 if r.strict and value.denominator == 1 else floor(value)
                    else:
                        value = floor(value) + 1 if r.strict and value.denominator == 1 else ceil(value)
            if k > 0:   # an upper bound
                old = hi.get(a)
                if old is None or value < old[0]:
                    why = own.union(*(b[1] for x, b in used.items() if x != a))
                    hi[a] = (value, why)
            else:       # dividing by a negative k: a lower bound
                old = lo.get(a)
                if old is None or value > old[0]:
                    why = own.union(*(b[1] for x, b in used.items() if x != a))
                    lo[a] = (value, why)
            if why is not None:
                if a in lo and a in hi and lo[a][0] > hi[a][0]:
                    return Propagated(lo, hi, lo[a][1] | hi[a][1])
                for j in rows_of[a]:
                    if j != i and j not in queued:
                        queued.add(j)
                        queue.append(j)
    return Propagated(lo, hi, None)



coefficient = st.integers(-4, 4).filter(bool).map(Fraction) | st.fractions(-3, 3, max_denominator=7).filter(bool)


@st.composite
def constraints(draw):
    out = []
    for i in range(draw(st.integers(1, 12))):
        atoms = draw(st.lists(st.sampled_from(ATOMS), min_size=1, max_size=3, unique=True))
        terms = tuple((a, draw(coefficient)) for a in atoms)
        op = draw(st.sampled_from(["<=", "<", ">=", ">", "=="]))
        rhs = draw(st.fractions(-60, 60, max_denominator=5))
        out.append((Linear(terms, op, rhs), draw(st.sampled_from([None, f"claim{i % 4}"]))))
    return out


@pytest.mark.slow
@settings(max_examples=300, deadline=None)
@given(constraints(), st.sets(st.sampled_from(ATOMS)), st.none() | st.integers(1, 40))
def test_the_loop_gives_the_reference_loops_bounds_reasons_and_conflict(cons, whole, steps):
    integer = {a: a in whole for a in ATOMS}
    rows, false = rows_of(cons, integer)
    if false is not None:
        return
    assert propagate_rows(rows, integer, steps) == reference_propagate_rows(rows, integer, steps)


def test_a_chain_pins_its_months_alike():
    """A chain of whole-number links (each month between 1.04 and 1.06 times the last),
    the first month stated: both loops pin every month, with the same reasons."""
    integer = {f"m{i}": True for i in range(30)}
    cons = [(Linear((("m0", Fraction(1)),), "==", Fraction(100)), "first")]
    for i in range(1, 30):
        cons.append((Linear(((f"m{i}", Fraction(1)), (f"m{i-1}", Fraction(-104, 100))), ">=", Fraction(0)), f"c{i}"))
        cons.append((Linear(((f"m{i}", Fraction(1)), (f"m{i-1}", Fraction(-106, 100))), "<=", Fraction(0)), f"c{i}"))
    rows, _ = rows_of(cons, integer)
    found = propagate_rows(rows, integer)
    assert found == reference_propagate_rows(rows, integer)
    assert found.conflict is None and found.hi["m29"][0] - found.lo["m29"][0] < 400
