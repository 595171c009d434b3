"""Deciding one block: its tensions (minimal unsatisfiable sets) and how to reconcile them.

Hard tensions are searched first, at the generous reading of every qualifier; each time
one is found, the claim that needs the smallest change to reconcile it is set aside and
the search goes on. Soft tensions are then searched at the default reading among the
claims that remain.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction
from itertools import product
from typing import NamedTuple

from auditor.engine.compile import CompiledClaim, Linear, Subject, expand, whole_figure
from auditor.engine.intervals import Interval
from auditor.engine.relaxation import Optimum, Relaxation, not_pinned_below, pinned, whole_point
from auditor.engine.solver import BlockSolver, Range
from auditor.pack.model import Level

MAX_TENSIONS_PER_BLOCK = 50
MAX_IMPLIED_PER_BLOCK = 40
MAX_READING_COMBINATIONS = 16
RATIO_SEARCH_STEPS = 16


@dataclass
class Reconciliation:
    claim_id: str
    allowed: Range | None          # what the other claims allow for this claim's subject
    relative_change: float         # how far the claim's figure must move, relative to itself
    text: str


@dataclass
class Tension:
    core: list[str]
    strength: str                  # hard | soft
    level: Level
    reconciliations: list[Reconciliation]
    culprit: str


@dataclass
class ImpliedRanges:
    """Ranges of the quantities no active claim states, under one choice of readings
    (`readings` maps multi-reading claims to the label chosen; empty: any reading)."""

    readings: dict[str, str | None]
    ranges: dict


@dataclass
class BlockResult:
    claim_ids: list[str]
    tensions: list[Tension] = field(default_factory=list)
    consistent: list[str] = field(default_factory=list)   # claims left after setting culprits aside
    readings: dict[str, list[str | None]] = field(default_factory=dict)
    implied: list[ImpliedRanges] = field(default_factory=list)
    holds: bool = False            # the consistent claims are known to hold together

    @classmethod
    def holding(cls, claim_ids, implied: list[ImpliedRanges] | None = None) -> BlockResult:
        """A block whose claims are known to hold together, all of them."""
        ids = sorted(claim_ids)
        return cls(ids, consistent=ids, implied=implied or [], holds=True)


def analyse_block(solver: BlockSolver, claims: dict[str, CompiledClaim],
                  max_spread: Fraction | int | None = None, optima: dict | None = None,
                  holds: bool = False) -> BlockResult:
    """Tensions, the readings that hold, and the ranges of unstated quantities the claims pin
    within a factor of `max_spread` (None: no implied figures are wanted); `optima`: the
    figures' optima in the relaxation of all the claims, when known (`settled`); `holds`:
    the claims are known to hold together (a checked whole-number model). The solver is not
    kept, so a large corpus does not hold every block's z3 state in memory."""
    if holds:
        result = BlockResult.holding(claims)
    else:
        result = _tensions(solver, claims)
    result.readings = _readings_that_can_hold(solver, claims, result.consistent)
    if max_spread is not None:
        known = optima if len(result.consistent) == len(claims) else None
        result.implied = _implied_ranges(solver, claims, result.consistent, max_spread, known, result.holds)
    return result


def _readings_that_can_hold(solver: BlockSolver, claims: dict[str, CompiledClaim], active: list[str]) -> dict:
    """For each claim with several readings, the readings consistent with every other claim."""
    out = {}
    for cid in active:
        c = claims[cid]
        if len(c.readings) < 2:
            continue
        others = [x for x in active if x != cid]
        out[cid] = [r.label for r in c.readings
                    if not r.invalid and solver.satisfiable("default", others, r.constraints["default"])]
    return out


def implied_targets(claims: list[CompiledClaim]) -> list:
    """The quantities no claim states, whose ranges the block may imply."""
    stated = {c.stated for c in claims if c.stated is not None}
    quantities = set()
    for c in claims:
        quantities |= c.quantities
    # a to-date period of an undated source ends on an unknown day: no figure to check it against
    return sorted((q for q in quantities if q not in stated and q[4] is None), key=repr)[:MAX_IMPLIED_PER_BLOCK]


class Settled(NamedTuple):
    """What HiGHS showed of a block before it gets a solver of its own (`settled`)."""

    done: bool                      # nothing more to show: it holds, and nothing is pinned
    optima: dict | None = None      # the figures' optima in the relaxation of all its claims
    holds: bool = False             # its claims have a checked whole-number model
    program: Relaxation | None = None   # the program of all its claims, for the solver to reuse
    model: dict | None = None       # the checked whole-number model that shows they hold


def settled(claims: list[CompiledClaim], axioms: list[Linear], atoms, spread) -> Settled:
    """Whether a block is shown, without z3, to hold together with nothing more to show:
    one reading per claim, no figure pinned within `spread` (None: no implied figures
    wanted), and a whole-number model of all its claims. HiGHS sorts the unstated figures
    in the linear relaxation and proposes the model, which is checked exactly
    (auditor/engine/relaxation.py); only a clear "not pinned" for every figure counts. Most
    blocks of a large corpus are settled so, far faster than z3 could decide them; every
    other block gets a solver of its own.

    Also returns, for that solver to reuse, the figures' optima in the relaxation of all the
    block's claims (None where HiGHS gave none; None when they were not computed; where
    both sides could be, with its bounds proved exactly: Relaxation.optimum with prove), and
    whether the claims have a checked whole-number model (they hold together: z3 need not
    search for one, which on some blocks takes it seconds), and the program itself (its
    whole-number optima are asked of it next)."""
    if any(len(c.readings) != 1 or c.readings[0].invalid for c in claims):
        return Settled(False)
    rows = list(axioms) + [expand(x, atoms) for c in claims for x in c.readings[0].constraints["default"]]
    targets = implied_targets(claims) if spread is not None else []
    exprs = {q: expand(Linear(((q, Fraction(1)),), "==", Fraction(0)), atoms).terms for q in targets}
    columns = sorted({a for r in rows for a, _ in r.terms} | {a for t in exprs.values() for a, _ in t},
                     key=atoms.rank.__getitem__)
    lp = Relaxation(rows, columns)
    below = not_pinned_below(float(spread)) if spread is not None else None
    # verdicts for whole-number figures only; a figure that may be pinned has its bounds
    # proved from the same solves, for the block's own solver to start from; every solve's
    # point also settles the figures that are low there (fewer solves: BENCHMARKS.md)
    whole = {q: terms for q, terms in exprs.items() if terms and whole_figure(terms, atoms.integer)}
    optima: dict = {}
    for q, terms in whole.items():
        if q not in optima:
            optima[q] = lp.optimum(terms, below, prove=True)
            _below_at(lp, whole, below, optima)
    verdicts = {q: None if opt is None else pinned(opt, float(spread)) for q, opt in optima.items()}
    quiet = len(optima) == sum(1 for t in exprs.values() if t) and all(v is False for v in verdicts.values())
    model = whole_point(lp, atoms.integer)
    return Settled(quiet and model is not None, optima, model is not None, lp, model)


def _below_at(lp: Relaxation, figures: dict, below: float, optima: dict) -> None:
    """Figures not yet looked at that are under `below` at the point of the relaxation that
    HiGHS's last solve found: each takes a value that low, so its minimum is no higher and
    it is not pinned (`pinned`, whose margin covers HiGHS's tolerances), with no solve of
    its own. Their optima record that value as the minimum's stand-in, and no maximum."""
    rest = [q for q in figures if q not in optima]
    point = lp.point() if rest else None   # most blocks have no figure left by now
    if point is None:
        return
    for q in rest:
        value = lp.value(figures[q], point)
        if value < below:
            optima[q] = Optimum(value, None)


def _implied_ranges(solver: BlockSolver, claims: dict[str, CompiledClaim], active: list[str],
                    spread: Fraction | int, optima: dict | None = None, holds: bool = False) -> list[ImpliedRanges]:
    if not active:
        return []
    targets = implied_targets([claims[c] for c in active])
    if not targets:
        return []
    out = [ImpliedRanges({}, solver.ranges("default", active, targets, pinned_within=spread, optima=optima, holds=holds) or {})]
    multi = [c for c in active if len(claims[c].readings) > 1]
    combos = list(product(*[range(len(claims[c].readings)) for c in multi])) if multi else []
    if len(combos) > MAX_READING_COMBINATIONS:
        combos = []
    for combo in combos:
        fixed = dict(zip(multi, combo))
        if any(claims[c].readings[i].invalid for c, i in fixed.items()):
            continue
        rest = [c for c in active if c not in fixed]
        extra = [x for c, i in fixed.items() for x in claims[c].readings[i].constraints["default"]]
        ranges = solver.ranges("default", rest, targets, extra, pinned_within=spread)
        if ranges is not None:
            out.append(ImpliedRanges({c: claims[c].readings[i].label for c, i in fixed.items()}, ranges))
    return out


def _tensions(solver: BlockSolver, claims: dict[str, CompiledClaim]) -> BlockResult:
    ids = sorted(c.claim_id for c in solver.claims)
    result = BlockResult(ids)
    active = list(ids)
    # the default reading is the narrower one: if it holds, the generous one does too
    if solver.check("default", active)[0]:
        result.consistent = active
        result.holds = True
        return result
    for level, strength in (("generous", "hard"), ("default", "soft")):
        for _ in range(MAX_TENSIONS_PER_BLOCK):
            holds, known = solver.check(level, active)
            if holds:
                result.holds = level == "default"
                break
            core = solver.minimal_core(level, active, known)
            recs = [_reconcile(solver, level, core, claims[cid]) for cid in core]
            culprit = min(recs, key=lambda r: (r.relative_change, r.claim_id)).claim_id
            result.tensions.append(Tension(core, strength, level, recs, culprit))
            active.remove(culprit)
    result.consistent = active
    return result


def _reconcile(solver: BlockSolver, level: Level, core: list[str], claim: CompiledClaim) -> Reconciliation:
    others = [c for c in core if c != claim.claim_id]
    if len(claim.readings) != 1:
        return Reconciliation(claim.claim_id, None, float("inf"), "drop this claim or choose another reading")
    reading = claim.readings[0]
    subject = reading.subject[level]
    if reading.invalid:
        return Reconciliation(claim.claim_id, None, 0.0, f"re-read the claim: {reading.invalid}")
    if subject is None:
        return Reconciliation(claim.claim_id, None, float("inf"), "drop the record claim or widen its window")
    if subject.kind == "order":
        return Reconciliation(claim.claim_id, None, float("inf"), "reverse or drop the comparison")
    if subject.kind == "linear":
        allowed = solver.range_of(level, others, subject.terms)
        return _measure(claim.claim_id, subject, allowed)
    return _reconcile_ratio(solver, level, others, claim.claim_id, subject)


def _center(iv: Interval) -> Fraction:
    if iv.lo is not None and iv.hi is not None:
        return (iv.lo + iv.hi) / 2
    return iv.lo if iv.lo is not None else (iv.hi if iv.hi is not None else Fraction(0))


def _measure(claim_id: str, subject: Subject, allowed: Range | None) -> Reconciliation:
    iv = subject.interval
    if allowed is None or iv is None:
        return Reconciliation(claim_id, allowed, float("inf"), "drop this claim")
    from auditor.engine.intervals import describe_range
    target = describe_range(allowed.lo, allowed.hi, allowed.lo_open, allowed.hi_open)
    gap = Fraction(0)
    if allowed.hi is not None and iv.lo is not None and allowed.hi <= iv.lo:
        gap = iv.lo - allowed.hi
        nearest = allowed.hi
    elif allowed.lo is not None and iv.hi is not None and allowed.lo >= iv.hi:
        gap = allowed.lo - iv.hi
        nearest = allowed.lo
    else:
        nearest = _center(iv)
    center = abs(_center(iv)) or Fraction(1)
    rel = float(gap / center)
    from auditor.engine.intervals import fmt
    return Reconciliation(claim_id, allowed, rel,
                          f"the other claims allow {target}; the figure would have to be {fmt(nearest)}")


def _reconcile_ratio(solver: BlockSolver, level: Level, others: list[str], claim_id: str,
                     subject: Subject) -> Reconciliation:
    """Binary-search the ratio nearest the claimed interval that the other claims allow."""
    iv = subject.interval
    num, den = subject.numerator, subject.denominator
    one = Fraction(1)

    def feasible(op: str, r: Fraction) -> bool:
        extra = [Linear(((num, one), (den, -r)), op, Fraction(0)), Linear(((den, one),), ">", Fraction(0))]
        return solver.satisfiable(level, others, extra)

    lo = iv.lo if iv.lo is not None else Fraction(0)
    hi = iv.hi
    candidates = []
    if lo > 0 and feasible("<=", lo):
        a = _highest_feasible(feasible, Fraction(0), lo)   # the best ratio below the interval
        candidates.append((float((lo - a) / lo), a))
    if hi is not None and feasible(">=", hi):
        a, b = hi, hi * 2
        steps = 0
        while feasible(">=", b) and steps < 20:
            a, b = b, b * 2
            steps += 1
        a = _highest_feasible(feasible, a, b)
        candidates.append((float((a - hi) / hi), a))
    from auditor.engine.intervals import fmt
    if not candidates:
        return Reconciliation(claim_id, None, float("inf"), "no ratio is allowed by the other claims")
    rel, best = min(candidates)
    return Reconciliation(claim_id, Range(best, best), rel,
                          f"the other claims allow a ratio of about {fmt(best)} (claimed {iv.describe()})")


def _highest_feasible(feasible, a: Fraction, b: Fraction) -> Fraction:
    """Bisect for the highest ratio in [a, b] the other claims allow (a is allowed)."""
    for _ in range(RATIO_SEARCH_STEPS):
        mid = (a + b) / 2
        if feasible(">=", mid):
            a = mid
        else:
            b = mid
    return a
