"""A block's linear relaxation, solved by HiGHS: which figures the claims pin, and roughly where.

Implied figures are decided in two steps (auditor/engine/solver.py, `ranges`): is the
figure pinned in the linear relaxation (every count real), and if so, what are its exact
whole-number bounds. The first step is many small linear programs, one minimum and one
maximum per figure, which HiGHS solves faster than z3's optimiser: it keeps the model
between solves and only the objective changes. HiGHS computes in floating point, so
its answers are used only where they cannot mislead:

- a verdict (pinned or not) is taken only when it stays the same if every optimum moved by
  a relative margin of MARGIN (`pinned`); a figure closer than that to the line is decided
  by z3's exact optimiser;
- a bound of the relaxation counts only with a proof in exact arithmetic (`proved_bound`:
  HiGHS's duals choose the rows, FLINT solves for their multipliers exactly, and weak
  duality gives the bound); without one, its optima are starting points only;
- its whole-number models (`whole_point`) and the whole-number optima of its branch and
  bound (`whole_optima`) count only at models that pass an exact check in integer
  arithmetic. When those optima meet the proved bounds rounded inwards, they are the
  exact whole-number bounds; otherwise z3 proves that nothing lies beyond them.

z3 alone ever says that claims cannot hold together.

Only conjunctions of linear constraints are programs here: a block whose active claims
have several readings (a disjunction) is left to z3.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from fractions import Fraction
from math import ceil, floor, lcm
from typing import NamedTuple

import highspy
import numpy as np

from auditor.engine.compile import COMPARE, ZERO, Linear, satisfied

MARGIN = 1e-6
DUAL_SUPPORT = 1e-9     # a row whose dual is smaller than this is taken to have none
MIP_MAX_NODES = 200     # branch-and-bound nodes for a whole-number model: a count, not a time
MIP_OPTIMUM_NODES = 5000  # and for a proved whole-number optimum (a figure's bound)


@dataclass(frozen=True)
class Optimum:
    """A figure's minimum and maximum in the closed relaxation (None: unbounded, or for the
    maximum also not computed when the minimum alone settles the verdict), in
    floating point; `proved`, when known: bounds proved in exact arithmetic, as
    (lo, hi, lo_strict, hi_strict) (Relaxation.optimum with prove, proved_bound). With no
    maximum, `lo` may stand in for the minimum: a value the figure takes that is already
    low enough to show it is not pinned (analysis.settled)."""

    lo: float | None
    hi: float | None
    proved: tuple | None = None


def new_highs():
    """A silent HiGHS instance. highspy's `Highs` class adds a layer of Python callbacks,
    which the auditor does not use, and since highspy 1.16 setting them up writes HiGHS's
    banner to standard output once per process, before any option can turn output off;
    the library never prints. The binding underneath (`highspy._Highs`, exported by 1.15
    and 1.16 at least) has the same methods and writes nothing; where a release does not
    export it, the `Highs` class is used."""
    highs = getattr(highspy, "_Highs", highspy.Highs)()
    highs.setOptionValue("output_flag", False)
    return highs


class Relaxation:
    """The closed linear relaxation of some constraints over atoms (strict inequalities weak)."""

    def __init__(self, rows: list[Linear], columns: list) -> None:
        self.rows = [c for c in rows if c.terms]
        # a row without terms is a constant: "0 >= 700" (a change against itself) is false
        self.false = any(not c.terms and not _holds(c, {}) for c in rows)
        self.column = {a: i for i, a in enumerate(columns)}
        self.n = len(columns)
        inf = highspy.kHighsInf
        self.highs = new_highs()
        self.highs.setOptionValue("threads", 1)   # the audit runs one worker per CPU already
        # quicker on these small programs, where only the objective changes between solves:
        # the primal simplex, and no presolve (turned on for branch and bound, `_make_whole`)
        self.highs.setOptionValue("simplex_strategy", 4)
        self.highs.setOptionValue("presolve", "off")
        self.highs.addVars(self.n, np.full(self.n, -inf), np.full(self.n, inf))
        lower, upper, starts, index, value = [], [], [], [], []
        column = self.column
        for c in self.rows:
            starts.append(len(index))
            index.extend([column[atom] for atom, _ in c.terms])
            floats, lo, hi, _, _ = _row_numbers(c)
            value.extend(floats)
            lower.append(lo)
            upper.append(hi)
        self.bounds = list(zip(lower, upper))   # each row's own bounds (whole ones, `_make_whole`)
        self.off: frozenset = frozenset()        # rows left out (`switch`)
        if lower:
            self.highs.addRows(len(lower), np.array(lower), np.array(upper), len(index),
                               np.array(starts, dtype=np.int32), np.array(index, dtype=np.int32), np.array(value))
        self._all = np.arange(self.n, dtype=np.int32)
        self.solved = False   # whether HiGHS holds an optimal solution from the last run
        self.whole = False    # whether it has been made a whole-number program
        self._scaled: list | None = None
        self._arrays: _Rows | None | bool = False   # not built yet
        self.all_whole: bool | None = None   # whether every column is a whole-number atom (_rounded)

    def arrays(self) -> _Rows | None:
        """The scaled rows as arrays of machine integers, built once, for checking a point
        in one pass; None when a coefficient or right-hand side is too large for them."""
        if self._arrays is False:
            self._arrays = _Rows.of(self.scaled())
        return self._arrays

    def scaled(self) -> list:
        """Each row as (columns, whole coefficients, op, whole right-hand side), scaled once:
        exact checks of whole-number points in integer arithmetic."""
        if self._scaled is None:
            out = []
            column = self.column
            for c in self.rows:
                _, _, _, coefs, rhs = _row_numbers(c)
                out.append(([column[a] for a, _ in c.terms], list(coefs), c.op, rhs))
            self._scaled = out
        return self._scaled

    def switch(self, off) -> None:
        """Leave the rows in `off` out (free bounds) and put every other row back: one
        program answers for many subsets of its rows (a minimal set's deletion checks,
        solver.minimal_core) without being built again."""
        off = frozenset(off)
        inf = highspy.kHighsInf
        for i in off ^ self.off:
            lo, hi = (-inf, inf) if i in off else self.bounds[i]
            self.highs.changeRowBounds(i, lo, hi)
        self.off = off
        self.solved = False

    def objective(self, terms) -> None:
        """Make sum(terms) the objective (no terms: none, a feasibility program)."""
        cost = np.zeros(self.n)
        for atom, k in terms:
            cost[self.column[atom]] = float(k)
        self.highs.changeColsCost(self.n, self._all, cost)

    def point(self) -> list | None:
        """HiGHS's optimal solution from the last run, or None when it has none."""
        return list(self.highs.getSolution().col_value) if self.solved else None

    def value(self, terms, point: list) -> float:
        """sum(terms) at a point, in floating point."""
        return sum(float(k) * point[self.column[a]] for a, k in terms)

    def optimum(self, terms, below: float | None = None, prove: bool = False,
                spread: float | None = None) -> Optimum | None:
        """Min and max of sum(terms); None when HiGHS does not report an optimum or an
        unbounded objective (then ask z3). With `below`: when the minimum is under it (or
        unbounded), the maximum is not computed and is left None, since the minimum alone
        says the figure is not pinned (`pinned`, with below = 1/(2 spread)). With `prove`:
        each side is also proved from the duals of its own solve (`proved_bound`), and the
        optimum carries the proof when both sides have one; with `spread` too, only when
        `pinned` says the figure is pinned within it (the only optima whose proofs are read,
        solver.ranges: the same proofs, where they are read, from the same duals, kept from
        the minimum's solve until the maximum says whether they are wanted)."""
        if self.false:
            return None
        duals = []   # the minimum's row duals, then None for the maximum's (still HiGHS's)
        self.objective(terms)
        ends = []
        for sense in (highspy.ObjSense.kMinimize, highspy.ObjSense.kMaximize):
            self.highs.changeObjectiveSense(sense)
            self.highs.run()
            status = self.highs.getModelStatus()
            self.solved = status == highspy.HighsModelStatus.kOptimal
            if status == highspy.HighsModelStatus.kOptimal:
                ends.append(self.highs.getInfo().objective_function_value)
            elif status in (highspy.HighsModelStatus.kUnbounded, highspy.HighsModelStatus.kUnboundedOrInfeasible):
                ends.append(None)   # unbounded, or infeasible: optima are used only where the claims hold
            else:
                return None
            if below is not None and len(ends) == 1 and (ends[0] is None or ends[0] < below):
                return Optimum(ends[0], None)
            if prove and ends[-1] is not None and not self.whole:
                duals.append(self.highs.getSolution().row_dual if sense == highspy.ObjSense.kMinimize else None)
        if len(duals) == 2 and (spread is None or pinned(Optimum(*ends), spread)):
            proofs = (_proof(self, terms, "min", duals[0]), _proof(self, terms, "max"))
            if None not in proofs:
                (lo, lo_strict), (hi, hi_strict) = proofs
                return Optimum(ends[0], ends[1], (lo, hi, lo_strict, hi_strict))
        return Optimum(*ends)


def _row_numbers(c: Linear) -> tuple:
    """A row's numbers for every program it is in, worked out once and kept on the row
    (a claim's and an axiom's rows are in many of a block's programs): its coefficients as
    floats (float(k) of each Fraction, without its two layers of calls: the same floats),
    HiGHS's lower and upper bounds, and its coefficients and right-hand side scaled to
    whole numbers (`Relaxation.scaled`)."""
    found = c._numbers
    if found is None:
        inf = highspy.kHighsInf
        rhs = float(c.rhs)
        scale = lcm(*(k.denominator for _, k in c.terms), c.rhs.denominator)
        found = (tuple(k.numerator / k.denominator for _, k in c.terms),
                 -inf if c.op in ("<=", "<") else rhs, inf if c.op in (">=", ">") else rhs,
                 tuple(k.numerator * (scale // k.denominator) for _, k in c.terms),
                 c.rhs.numerator * (scale // c.rhs.denominator))
        object.__setattr__(c, "_numbers", found)   # a frozen dataclass: its cache slot (Linear._numbers)
    return found


def not_pinned_below(spread: float) -> float:
    """A whole-number figure whose relaxed minimum is under this is not pinned (`pinned`)."""
    return 1 / (2 * spread)


def low_at_point(lp: Relaxation, figures: dict, below: float) -> set:
    """The figures (key -> terms) under `below` at the point of the relaxation that HiGHS's
    last solve found: each takes a value that low, so its minimum is no higher, and
    `pinned` would say it is not pinned (its margin, a factor of two, covers HiGHS's
    tolerances), with no solve of its own (analysis.settled does the same)."""
    point = lp.point() if figures else None
    if point is None:
        return set()
    return {key for key, terms in figures.items() if lp.value(terms, point) < below}


def pinned(opt: Optimum, spread: float) -> bool | None:
    """Whether a whole-number figure is pinned (above zero, bounded above, top at most
    `spread` times the bottom), or None when the answer is within the margin of the line.

    A minimum below 1/(2 spread) is a safe no: a pinned whole-number figure has a minimum
    of at least 1/spread, since it takes some whole value of at least 1, which its maximum
    bounds, and that is at most spread times the minimum."""
    if opt.lo is None or opt.lo < not_pinned_below(spread) or opt.hi is None:
        return False
    line = spread * opt.lo
    if abs(opt.hi - line) <= MARGIN * max(1.0, abs(line)):
        return None
    return opt.hi < line


def whole_point(lp: Relaxation, integer: dict, skip: int | None = None, point: bool = True) -> dict | bool | None:
    """A model of the rows with every `integer` atom whole, checked exactly; None when HiGHS
    finds none within MIP_MAX_NODES nodes or its model fails the exact check. Changes `lp`
    into a whole-number program (once): ask it for optima first. `skip`: a row the caller
    checks itself (a probe's bound, changed between runs). `point=False`: True instead of
    the model, for a caller that only asks whether there is one (the same check, without
    making a Fraction of every value)."""
    if lp.false:
        return None
    if lp.solved and not lp.whole:   # the last optimum's vertex is often whole already
        found = _rounded(lp, integer, skip, point)
        if found is not None:
            return found
    _make_whole(lp, integer)
    lp.highs.run()
    if lp.highs.getModelStatus() != highspy.HighsModelStatus.kOptimal:
        return None
    return _rounded(lp, integer, skip, point)


def copied(lp: Relaxation) -> Relaxation:
    """A copy of a program not yet made whole, with a HiGHS instance of its own (the same
    rows, row bounds, rows switched off and columns; the rows' exact forms shared), to be
    made a whole-number program while `lp` stays a linear one (solver._deletion_point)."""
    if lp.whole:
        raise ValueError("a whole-number program is copied only before it is made whole")
    lp.scaled() if len(lp.rows) <= ARRAY_CHECK_ROWS else lp.arrays()   # built once, for both
    other = copy.copy(lp)
    other.highs = new_highs()
    other.highs.setOptionValue("threads", 1)
    other.highs.setOptionValue("simplex_strategy", 4)
    other.highs.setOptionValue("presolve", "off")
    other.highs.passModel(lp.highs.getModel())
    other.bounds = list(lp.bounds)
    other.solved = False
    return other


def relaxed_point(lp: Relaxation, integer: dict, point: bool = True) -> dict | bool | None:
    """The point HiGHS finds of the linear relaxation (the simplex, from its last basis:
    after a few rows are switched on or off, a few steps), whole atoms rounded, if it passes
    the exact check (`_rounded`); None otherwise (then ask branch and bound). A vertex of
    these programs is often whole already: a model at the price of a simplex warm start."""
    if lp.false:
        return None
    lp.highs.run()
    lp.solved = lp.highs.getModelStatus() == highspy.HighsModelStatus.kOptimal
    if not lp.solved:
        return None
    return _rounded(lp, integer, None, point)


def relaxed_infeasible(lp: Relaxation) -> bool:
    """Whether HiGHS finds no point of the closed relaxation (no objective): then no
    whole-number point exists either, and whole_point would find none. A program that was
    never solved or made whole is solved as it is (the primal simplex, no presolve: a few
    milliseconds where branch and bound's presolve and root took about 17 on Memphis's
    sets that cannot hold); it is left unsolved for whole_point, which then runs as it
    would have."""
    if lp.false:
        return True
    if lp.whole or lp.solved:
        return False   # not a fresh program: leave it to whole_point
    # with presolve (most of these programs it finds infeasible before any simplex step;
    # branch and bound turns it on anyway, `_make_whole`), off again afterwards
    lp.highs.setOptionValue("presolve", "on")
    lp.highs.run()
    infeasible = lp.highs.getModelStatus() == highspy.HighsModelStatus.kInfeasible
    lp.highs.setOptionValue("presolve", "off")
    lp.solved = False
    return infeasible


def proved_bound(lp: Relaxation, terms, sense: str) -> tuple[Fraction, bool] | None:
    """A bound on sum(terms) over the closed relaxation, proved in exact arithmetic:
    (L, strict) with sum(terms) >= L everywhere for sense "min" (<= L for "max"), strictly
    when strict. None when HiGHS finds no optimum or its duals do not give a proof.

    HiGHS's duals are floating point; they only say which rows the proof uses (those with
    a dual off zero). The multipliers y of those rows are then solved for exactly (FLINT's
    rational row reduction): the objective must equal sum(y_i * row_i) in every column, with
    y_i >= 0 on rows ">=" and y_i <= 0 on rows "<=". Then, at every point, the objective is
    at least sum(y_i * rhs_i) (weak duality); strictly, when a strict row has a multiplier.
    The proof depends on nothing HiGHS computed in floating point."""
    if lp.false or lp.whole:
        return None
    lp.objective(terms)
    highs = lp.highs
    highs.changeObjectiveSense(highspy.ObjSense.kMinimize if sense == "min" else highspy.ObjSense.kMaximize)
    highs.run()
    lp.solved = highs.getModelStatus() == highspy.HighsModelStatus.kOptimal
    if not lp.solved:
        return None
    return _proof(lp, terms, sense)


def _proof(lp: Relaxation, terms, sense: str, duals: list | None = None) -> tuple[Fraction, bool] | None:
    """proved_bound's proof from the duals of the optimal solution HiGHS holds now (or
    `duals`, those of an earlier solve of the same rows), which must be of sum(terms) in
    that sense (the rows with a dual are the same whichever way the objective is written)."""
    flip = 1 if sense == "min" else -1
    objective = {lp.column[a]: k * flip for a, k in terms}
    if duals is None:
        duals = lp.highs.getSolution().row_dual
    support = [i for i, d in enumerate(duals) if abs(d) > DUAL_SUPPORT]
    columns = sorted(set(objective) | {lp.column[a] for i in support for a, _ in lp.rows[i].terms})
    place = {j: r for r, j in enumerate(columns)}
    m = len(support)
    # one equation per column: sum_i y_i A_ij = c_j
    entries = {}
    for i_pos, i in enumerate(support):
        for a, k in lp.rows[i].terms:
            entries[place[lp.column[a]], i_pos] = k
    for j, k in objective.items():
        entries[place[j], m] = k
    y = [ZERO] * m
    for pivot, value in _reduced(entries, len(columns), m + 1):
        if pivot == m:
            return None   # no multipliers on these rows give the objective
        y[pivot] = value
    bound, strict = Fraction(0), False
    for i_pos, i in enumerate(support):
        row, yi = lp.rows[i], y[i_pos]
        if yi == 0:
            continue
        if (row.op in (">=", ">") and yi < 0) or (row.op in ("<=", "<") and yi > 0):
            return None
        bound += yi * row.rhs
        strict = strict or row.op in ("<", ">")
    return bound * flip, strict


# The first proofs of a process are reduced in Python's Fractions, and FLINT is imported
# only for a system of more than FRACTION_RREF_ENTRIES entries or once FRACTION_RREF_WORK
# entries have been reduced so: importing FLINT (about 30 ms) costs a small audit more than
# its few proofs do (the seeds' 83 take about 10 ms in Fractions), and FLINT reduces each
# system 3 to 9 times faster (BENCHMARKS.md, "Start-up, fourth round")
FRACTION_RREF_ENTRIES = 200
FRACTION_RREF_WORK = 5_000
_fraction_work = 0


def _reduced(entries: dict, height: int, width: int) -> list[tuple[int, Fraction]]:
    """The reduced row echelon form of a `height` x `width` matrix of rationals (`entries`:
    (row, column) -> its entry, the others zero), as each nonzero row's pivot column and its
    last entry. The form is unique, so the answer is the same whichever way it is computed."""
    global _fraction_work
    size = height * width
    if size > FRACTION_RREF_ENTRIES or _fraction_work + size > FRACTION_RREF_WORK:
        import flint
        matrix = flint.fmpq_mat(height, width)
        for (r, col), k in entries.items():
            if k:
                matrix[r, col] = flint.fmpq(k.numerator, k.denominator)
        reduced, rank = matrix.rref()
        out = []
        for r in range(rank):
            pivot = next(col for col in range(width) if reduced[r, col] != 0)
            value = reduced[r, width - 1]
            out.append((pivot, Fraction(int(value.p), int(value.q))))
        return out
    _fraction_work += size
    system = [[ZERO] * width for _ in range(height)]
    for (r, col), k in entries.items():
        system[r][col] = k
    rows = [row for row in system if any(row)]
    out_rows, col = [], 0
    while rows and col < width:
        found = next((row for row in rows if row[col]), None)
        if found is None:
            col += 1
            continue
        rows.remove(found)
        lead = found[col]
        if lead != 1:
            found = [k / lead if k else k for k in found]
        for other in (*rows, *out_rows):
            factor = other[col]
            if factor:
                for c in range(col, width):
                    if found[c]:
                        other[c] -= factor * found[c]
        out_rows.append(found)
        rows = [row for row in rows if any(row[col + 1:])]
        col += 1
    return [(next(c for c in range(width) if row[c]), row[width - 1]) for row in out_rows]


def whole_optima(lp: Relaxation, integer: dict, terms, models: list | None = None,
                 known: tuple = (None, None)) -> tuple[Fraction, Fraction] | None:
    """The least and the greatest value of sum(terms) at whole-number models, as HiGHS's
    branch and bound finds them (each proved optimal within MIP_OPTIMUM_NODES nodes, in
    floating point), at models checked exactly; None when it does not find both. They are
    attained, so they are candidates for the bounds; only a proof shows that nothing lies
    beyond them (the relaxation's proved bounds, when they meet, or z3). Changes `lp` into
    a whole-number program (once). `known`: an end already known (the least, the greatest)
    is not searched for; `models`: the checked models found are appended to it."""
    if lp.false:
        return None
    _make_whole(lp, integer)
    lp.objective(terms)
    highs = lp.highs
    highs.setOptionValue("mip_max_nodes", MIP_OPTIMUM_NODES)
    ends = []
    try:
        for sense, end in zip((highspy.ObjSense.kMinimize, highspy.ObjSense.kMaximize), known):
            if end is not None:
                ends.append(end)
                continue
            highs.changeObjectiveSense(sense)
            highs.run()
            if highs.getModelStatus() != highspy.HighsModelStatus.kOptimal:
                return None
            point = _rounded(lp, integer)
            if point is None:
                return None
            if models is not None:
                models.append(point)
            ends.append(sum(k * point[a] for a, k in terms))
    finally:   # back to a feasibility program: whole_point only wants a model
        highs.setOptionValue("mip_max_nodes", MIP_MAX_NODES)
        lp.objective(())
        highs.changeObjectiveSense(highspy.ObjSense.kMinimize)
        lp.solved = False
    return ends[0], ends[1]


def whole_model(lp: Relaxation, integer: dict, terms, sense: str) -> dict | None:
    """A whole-number model at which sum(terms) is least ("min") or greatest ("max"), as
    HiGHS's branch and bound finds it within MIP_MAX_NODES nodes, checked exactly; None when
    it finds none. Changes `lp` into a whole-number program (once)."""
    if lp.false:
        return None
    _make_whole(lp, integer)
    lp.objective(terms)
    highs = lp.highs
    try:
        highs.changeObjectiveSense(highspy.ObjSense.kMinimize if sense == "min" else highspy.ObjSense.kMaximize)
        highs.run()
        if highs.getModelStatus() != highspy.HighsModelStatus.kOptimal:
            return None
        return _rounded(lp, integer)
    finally:   # back to a feasibility program, as whole_optima leaves it
        lp.objective(())
        highs.changeObjectiveSense(highspy.ObjSense.kMinimize)
        lp.solved = False


def bound_row(lp: Relaxation, row: int, op: str, bound) -> None:
    """Set one row to `<= bound` or `>= bound` (a probe's bound, changed between runs)."""
    inf = highspy.kHighsInf
    lo, hi = (-inf, float(bound)) if op == "<=" else (float(bound), inf)
    lp.highs.changeRowBounds(row, lo, hi)
    lp.solved = False


def _make_whole(lp: Relaxation, integer: dict) -> None:
    """Turn the relaxation into a whole-number feasibility program, once."""
    if lp.whole:
        return
    lp.whole = True
    highs = lp.highs
    for i, c in enumerate(lp.rows):
        # a strict inequality over whole numbers is a weak one a step inside
        if c.op in ("<", ">") and all(integer.get(a, False) for a, _ in c.terms):
            scale = lcm(*(k.denominator for _, k in c.terms))   # whole coefficients after scaling
            rhs = c.rhs * scale
            if c.op == "<":
                lp.bounds[i] = (-highspy.kHighsInf, float(Fraction(ceil(rhs) - 1) / scale))
            else:
                lp.bounds[i] = (float(Fraction(floor(rhs) + 1) / scale), highspy.kHighsInf)
            if i not in lp.off:
                highs.changeRowBounds(i, *lp.bounds[i])
    whole = np.array([lp.column[a] for a in lp.column if integer.get(a, False)], dtype=np.int32)
    if len(whole):
        highs.changeColsIntegrality(len(whole), whole, np.full(len(whole), highspy.HighsVarType.kInteger))
    lp.objective(())
    highs.setOptionValue("mip_max_nodes", MIP_MAX_NODES)
    highs.setOptionValue("presolve", "on")   # branch and bound is slower without it
    # optimal means optimal (whole_optima): the default stops within a relative gap of 10^-4,
    # ten units on a figure of 100,000
    highs.setOptionValue("mip_rel_gap", 0.0)
    # the feasibility-jump heuristic costs more than these small programs take to solve
    highs.setOptionValue("mip_heuristic_run_feasibility_jump", False)


class _Rows(NamedTuple):
    """Rows scaled to whole coefficients (Relaxation.scaled), as arrays of 64-bit integers."""

    starts: np.ndarray     # where each row's entries begin
    columns: np.ndarray
    coefs: np.ndarray
    rhs: np.ndarray
    ops: tuple             # (op, the rows with it)
    reach: int             # the greatest sum of |coefficients| of a row

    @classmethod
    def of(cls, scaled: list) -> _Rows | None:
        if not scaled:
            return None
        coefs = [k for _, ks, _, _ in scaled for k in ks]
        rhs = [r for _, _, _, r in scaled]
        reach = max(sum(abs(k) for k in ks) for _, ks, _, _ in scaled)
        if reach >= EXACT_INT or max(abs(r) for r in rhs) >= EXACT_INT:
            return None
        starts = np.cumsum([0] + [len(ks) for _, ks, _, _ in scaled[:-1]])
        op = np.array([o for _, _, o, _ in scaled])
        return cls(starts, np.array([j for cols, _, _, _ in scaled for j in cols], dtype=np.int64),
                   np.array(coefs, dtype=np.int64), np.array(rhs, dtype=np.int64),
                   tuple((o, op == o) for o in ("<=", "<", ">=", ">", "==")), reach)

    def hold(self, whole: list, skip=()) -> bool | None:
        """Whether every row (but those in `skip`) holds at a whole point, in exact integer
        arithmetic; None when the point's values are too large for 64 bits."""
        top = max(map(abs, whole), default=0)
        if self.reach * top >= EXACT_INT * EXACT_INT:
            return None
        x = np.array(whole, dtype=np.int64)
        lhs = np.add.reduceat(self.coefs * x[self.columns], self.starts)
        ok = np.zeros(len(self.rhs), dtype=bool)
        for op, rows in self.ops:
            ok |= rows & COMPARE[op](lhs, self.rhs)
        if skip:
            ok[list(skip)] = True
        return bool(ok.all())


# |coefficient| sums of a row and right-hand sides under 2**31, and a point's values small
# enough that those sums times them stay under 2**62: every sum fits 64-bit integers (_Rows)
EXACT_INT = 2 ** 31


# a program of at most this many rows checks a whole point in Python's integers, one row at
# a time: building the arrays and one pass of numpy cost more than that on the small programs
# of most blocks (the synthetic 10,000 claims: 16 rows on average, about four times faster);
# the answer is the same exact check either way
ARRAY_CHECK_ROWS = 64


def _rounded(lp: Relaxation, integer: dict, skip: int | None = None, point: bool = True) -> dict | bool | None:
    """HiGHS's current solution, whole atoms rounded, if it passes the exact check of
    every row but `skip` and those switched off (`point=False`: True instead of it)."""
    skipped = lp.off if skip is None else lp.off | {skip}
    values = lp.highs.getSolution().col_value
    whole = [round(v) for v in values]
    if lp.all_whole is None:   # the same for every call: an lp's columns are one block's atoms
        lp.all_whole = all(integer.get(a, False) for a in lp.column)
    if lp.all_whole:   # all whole: integer arithmetic, rows scaled once
        scaled = lp.scaled()
        holds = None
        if len(scaled) > ARRAY_CHECK_ROWS:
            rows = lp.arrays()
            holds = rows.hold(whole, skipped) if rows is not None else None
        if holds is None:
            holds = all(i in skipped or satisfied(sum(k * whole[j] for j, k in zip(cols, coefs)), op, rhs)
                        for i, (cols, coefs, op, rhs) in enumerate(scaled))
        if not holds:
            return None
        return {a: Fraction(whole[i]) for a, i in lp.column.items()} if point else True
    found = {a: Fraction(whole[i]) if integer.get(a, False) else Fraction(values[i]).limit_denominator(10**9)
             for a, i in lp.column.items()}
    if not _all_hold(lp, found, skipped):
        return None
    return found if point else True


def _all_hold(lp: Relaxation, point: dict, skipped) -> bool:
    """Whether every row but those in `skipped` holds at a point of fractions, in exact
    integer arithmetic: each row scaled to whole coefficients (Relaxation.scaled) and both
    sides multiplied by the common denominator of its atoms' values, which is what `_holds`
    decides in Fractions (a positive factor keeps every comparison) at a fraction of the
    cost (a Fraction sum takes a gcd at every step)."""
    nums, dens = [0] * lp.n, [1] * lp.n
    for a, i in lp.column.items():
        v = point[a]
        nums[i], dens[i] = v.numerator, v.denominator
    for r, (cols, coefs, op, rhs) in enumerate(lp.scaled()):
        if r in skipped:
            continue
        d = lcm(*(dens[j] for j in cols))
        if not satisfied(sum(k * nums[j] * (d // dens[j]) for j, k in zip(cols, coefs)), op, rhs * d):
            return False
    return True


def _holds(c: Linear, point: dict) -> bool:
    """Whether a constraint holds at a point, in exact arithmetic."""
    return satisfied(sum(k * point[a] for a, k in c.terms), c.op, c.rhs)
