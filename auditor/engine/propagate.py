"""Bounds propagation in exact arithmetic: bounds on every atom that hold at every model,
whole-number atoms rounded inwards, and, when the bounds cross, the claims whose
constraints made them cross (a set that cannot hold together).

Why: a chain of monthly percentage changes ("up 5.3%", read as 5.25% to 5.35%, from the
month before) pins each month to one whole number once the first month is stated, but
the linear relaxation's range widens with every link, and z3 proves the whole-number
bound only by branching over numbers whose digits grow with the chain (50 links took it
30 seconds). Each link, propagated with rounding, narrows the next month to the whole
numbers in an interval: one pass along the chain gives the exact answer.

Every bound is derived in exact rational arithmetic from one constraint and the bounds
of the other atoms in it: a bound it gives is true of every model (over whole numbers
for whole-number atoms), so crossing bounds prove that no model exists. It decides
nothing else: bounds that do not cross say nothing about whether a model exists, and a
bound it gives need not be the tightest. Its work is counted in steps (one constraint
looked at) and stops at a fixed number, so the answer is the same on any machine.
"""

from __future__ import annotations

from fractions import Fraction
from math import ceil, floor, lcm
from collections.abc import Mapping
from typing import NamedTuple

from auditor.engine.compile import Linear

# steps per constraint: a chain needs about two (one pass each way)
STEPS_PER_ROW = 8
MIN_STEPS = 1_000


class Propagated(NamedTuple):
    """Bounds that hold at every model (absent: none known), and why each holds (the
    owners of the constraints it was derived from); `conflict`: when the bounds crossed,
    the owners whose constraints cannot all hold, else None."""

    lo: dict
    hi: dict
    conflict: frozenset | None

    def range_of(self, terms, whole: bool) -> tuple[Fraction | None, Fraction | None]:
        """Bounds of sum(terms) at every model (interval arithmetic), rounded inwards when
        the sum is a whole number at every whole-number model (`whole`)."""
        lo = hi = Fraction(0)
        for atom, k in terms:
            a_lo, a_hi = self.lo.get(atom), self.hi.get(atom)
            low, high = (a_lo, a_hi) if k > 0 else (a_hi, a_lo)
            lo = None if lo is None or low is None else lo + k * low[0]
            hi = None if hi is None or high is None else hi + k * high[0]
        if whole:
            lo = None if lo is None else Fraction(ceil(lo))
            hi = None if hi is None else Fraction(floor(hi))
        return lo, hi


class _Row(NamedTuple):
    """sum(terms) <= rhs (< when strict), and whose constraint it is. A row over whole-number
    atoms only is scaled to whole coefficients and a whole right-hand side, and is never
    strict (`whole`): its bounds are found in integer arithmetic."""

    terms: tuple
    rhs: object
    strict: bool
    owner: object
    whole: bool
    ks: tuple = ()   # the coefficients alone, in the terms' order (made with the row: `_row`)


def _row(terms, rhs: Fraction, strict: bool, owner, integer: dict, sign: int = 1) -> _Row:
    """The row sign * sum(terms) <= rhs (strictly when `strict`); `rhs` is given with the
    sign applied already."""
    if not all(integer.get(a, False) for a, _ in terms):
        if sign < 0:
            terms = tuple((a, -k) for a, k in terms)
        return _Row(terms, rhs, strict, owner, False, tuple(k for _, k in terms))
    scale = lcm(*(k.denominator for _, k in terms))
    bound = rhs * scale
    # over whole numbers, sum < b is sum <= ceil(b) - 1, and sum <= b is sum <= floor(b)
    whole_rhs = ceil(bound) - 1 if strict else floor(bound)
    # k * scale is whole (scale is a multiple of k's denominator): worked out in integers,
    # the same numbers as int(sign * k * scale) without a Fraction product per term
    ks = tuple(sign * k.numerator * (scale // k.denominator) for _, k in terms)
    return _Row(tuple((a, k) for (a, _), k in zip(terms, ks)), whole_rhs, False, owner, True, ks)


def rows_of(constraints: list[tuple[Linear, object]], integer: dict) -> tuple[list[_Row], frozenset | None]:
    """Each constraint as one or two rows "<=", and the owner of a constant constraint
    that is false (a reading that cannot hold), if any."""
    rows = []
    for c, owner in constraints:
        if not c.terms:
            holds = {"<=": 0 <= c.rhs, "<": 0 < c.rhs, ">=": 0 >= c.rhs, ">": 0 > c.rhs, "==": c.rhs == 0}[c.op]
            if not holds:
                return rows, frozenset(() if owner is None else (owner,))
            continue
        if c.op in ("<=", "<", "=="):
            rows.append(_row(c.terms, c.rhs, c.op == "<", owner, integer))
        if c.op in (">=", ">", "=="):
            rows.append(_row(c.terms, -c.rhs, c.op == ">", owner, integer, -1))
    return rows, None


def propagate(constraints: list[tuple[Linear, object]], integer: dict,
              steps: int | None = None) -> Propagated:
    """Bounds of every atom of `constraints` (each a Linear and its owner: a claim id, or
    None for an axiom) at every model in which `integer` atoms are whole; stops after
    `steps` constraints looked at (default: STEPS_PER_ROW per constraint, at least
    MIN_STEPS)."""
    rows, false = rows_of(constraints, integer)
    if false is not None:
        return Propagated({}, {}, false)
    return propagate_rows(rows, integer, steps)


def propagate_rows(rows: list[_Row], integer: dict, steps: int | None = None) -> Propagated:
    """propagate, on rows already made (rows_of: a caller that asks about many subsets of
    the same constraints makes each row once).

    While the loop runs, each atom is a number (its place in the order the rows first name
    it) and its bounds sit in lists: an atom is a tuple of names and dates, hashed again at
    each look-up in a dict, which cost more than the arithmetic. The reasons are bit masks
    over the rows' owners (a union is one `|`), made frozensets of owners at the end. The
    rows are visited in the same order as before, so the bounds, their reasons and the
    conflict are the same (tests/test_propagate_loop.py compares the loop with its earlier
    form)."""
    if steps is None:
        steps = max(MIN_STEPS, STEPS_PER_ROW * len(rows))
    place: dict = {}   # atom -> its number
    atoms: list = []
    rows_of: list = []   # atom's number -> the rows that name it
    bit_of: dict = {None: 0}
    owners: list = []
    table = []   # each row as (numbers, coefficients, rhs, strict, whole, owner's bit)
    for i, r in enumerate(rows):
        numbers = []
        for a, _ in r.terms:
            n = place.get(a)
            if n is None:
                n = place[a] = len(atoms)
                atoms.append(a)
                rows_of.append([i])
            else:
                rows_of[n].append(i)
            numbers.append(n)
        m = bit_of.get(r.owner)
        if m is None:
            m = bit_of[r.owner] = 1 << len(owners)
            owners.append(r.owner)
        table.append((numbers, r.ks or tuple(k for _, k in r.terms), r.rhs, r.strict, r.whole, m))
    whole_atom = [bool(integer.get(a, False)) for a in atoms]
    lo_v: list = [None] * len(atoms)   # bound
    hi_v: list = [None] * len(atoms)
    lo_w: list = [0] * len(atoms)      # why: a mask over `owners` (bit j: owners[j]; None has no bit)
    hi_w: list = [0] * len(atoms)
    queue = list(range(len(rows)))
    queued = [True] * len(rows)
    head = 0
    conflict = None
    while head < len(queue) and steps > 0:
        i = queue[head]
        head += 1
        queued[i] = False
        steps -= 1
        numbers, ks, rhs, strict, whole, mask = table[i]
        # the least value of each term, k * (lo if k > 0 else hi), and which one is unbounded
        # (the bounds as they are now: a bound this row tightens is not used again in it);
        # with two unbounded, nothing follows from the row
        least, gone, two = 0, -1, False
        used = []   # (atom, its bound, why) of each bounded term, in the row's order
        for t, a in enumerate(numbers):
            k = ks[t]
            if k > 0:
                b = lo_v[a]
                w = lo_w[a]
            else:
                b = hi_v[a]
                w = hi_w[a]
            if b is None:
                if gone >= 0:
                    two = True
                    break
                gone = t
            else:
                least += k * b
                used.append((a, b, w))
        if two:
            continue
        # with one unbounded atom, only its bound follows (from the others' least values)
        slack = rhs - least
        for t in (gone,) if gone >= 0 else range(len(numbers)):
            a, k = numbers[t], ks[t]
            mine = None if gone >= 0 else used[t][1]
            # k * a <= rhs - rest, rest the others' least values (strictly when the row is strict)
            if whole:
                # in integers: floor or ceiling of (rhs - rest) / k, where rest = least - k * mine,
                # and floor((slack + k * mine) / k) = mine + floor(slack / k) for whole numbers
                if mine is None:
                    value = slack // k if k > 0 else -(slack // -k)
                elif k > 0:
                    value = mine + slack // k
                else:
                    value = mine - slack // -k
            else:
                value = Fraction(slack if mine is None else slack + k * mine) / k
                if whole_atom[a]:
                    if k > 0:
                        value = ceil(value) - 1 if strict and value.denominator == 1 else floor(value)
                    else:
                        value = floor(value) + 1 if strict and value.denominator == 1 else ceil(value)
            why = mask
            if k > 0:   # an upper bound
                old = hi_v[a]
                if old is not None and not value < old:
                    continue
                for x, _, w in used:
                    if x != a:
                        why |= w
                hi_v[a], hi_w[a] = value, why
            else:       # dividing by a negative k: a lower bound
                old = lo_v[a]
                if old is not None and not value > old:
                    continue
                for x, _, w in used:
                    if x != a:
                        why |= w
                lo_v[a], lo_w[a] = value, why
            low, high = lo_v[a], hi_v[a]
            if low is not None and high is not None and low > high:
                conflict = lo_w[a] | hi_w[a]
                break
            for j in rows_of[a]:
                if j != i and not queued[j]:
                    queued[j] = True
                    queue.append(j)
        if conflict is not None:
            break
    whys = _Owners(owners)
    lo, hi = _Bounds(place, lo_v, lo_w, whys), _Bounds(place, hi_v, hi_w, whys)
    return Propagated(lo, hi, None if conflict is None else whys.owned(conflict))


class _Owners:
    """The owners of a propagation's rows, and each reason (a bit mask over them) as a
    frozenset of owners, made once per mask and only when asked for."""

    __slots__ = ("owners", "made")

    def __init__(self, owners: list) -> None:
        self.owners, self.made = owners, {}

    def owned(self, mask: int) -> frozenset:
        found = self.made.get(mask)
        if found is None:
            out, rest = [], mask
            while rest:   # each set bit, lowest first
                low = rest & -rest
                out.append(self.owners[low.bit_length() - 1])
                rest ^= low
            found = self.made[mask] = frozenset(out)
        return found


class _Bounds(Mapping):
    """A propagation's bounds on one side: atom -> (bound, why: frozenset of owners), read
    from the loop's lists when asked for (the solver reads a few atoms' bounds of a
    propagation over hundreds: making every entry cost a few percent of an audit). Equal
    to the dict of the same entries (Mapping's equality)."""

    __slots__ = ("_place", "_values", "_whys", "_owners")

    def __init__(self, place: dict, values: list, whys: list, owners: _Owners) -> None:
        self._place, self._values, self._whys, self._owners = place, values, whys, owners

    def __getitem__(self, atom):
        n = self._place[atom]
        value = self._values[n]
        if value is None:
            raise KeyError(atom)
        return value, self._owners.owned(self._whys[n])

    def get(self, atom, default=None):
        n = self._place.get(atom)
        if n is None:
            return default
        value = self._values[n]
        return default if value is None else (value, self._owners.owned(self._whys[n]))

    def __iter__(self):
        return (a for a, n in self._place.items() if self._values[n] is not None)

    def __len__(self) -> int:
        return sum(v is not None for v in self._values)

    def __repr__(self) -> str:
        return repr(dict(self))
