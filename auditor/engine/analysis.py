"""Deciding one block: its tensions (minimal unsatisfiable sets) and how to reconcile them.

Hard tensions are searched first, at the generous reading of every qualifier: the
cheapest set of claims to doubt (auditor/engine/suspects.py) is set aside, and each of
them gives a tension. Soft tensions are then searched at the default reading among the
claims that remain.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction
from itertools import product
from typing import NamedTuple

from auditor.engine.compile import CompiledClaim, Linear, Subject, expand, whole_figure
from auditor.engine.intervals import Interval, describe_range, fmt
from auditor.engine.relaxation import Optimum, Relaxation, not_pinned_below, pinned, whole_point
from auditor.engine.solver import BlockSolver, Range, Undetermined, within_spread
from auditor.engine.suspects import correction_set, figure_key, named_first, tied
from auditor.pack.model import Level

MAX_TENSIONS_PER_BLOCK = 50
MAX_IMPLIED_PER_BLOCK = 40
MAX_READING_COMBINATIONS = 16


@dataclass
class Reconciliation:
    claim_id: str
    allowed: Range | None          # what the other claims allow for this claim's subject
    relative_change: float         # how far the claim's figure must move, relative to itself
    text: str


@dataclass
class Tension:
    core: list[str]                # a minimal set of claims that cannot all be true
    strength: str                  # hard | soft
    level: Level
    suspects: list[str]            # the core's claims, most likely wrong first
    costs: list[Fraction]          # the cost of doubting each suspect, its copies included
    doubted: list[str]             # the claims of the block's correction set this tension is about
    support: dict[str, list[str]]  # core claim -> the other claims that state the same figure
    reconciliation: Reconciliation  # what would reconcile them, for the first suspect

    @property
    def culprit(self) -> str:
        return self.suspects[0]

    @property
    def claims(self) -> list[str]:
        """Every claim the tension concerns: its core and the copies of their figures."""
        out = set(self.core) | set(self.doubted)
        for copies in self.support.values():
            out.update(copies)
        return sorted(out)


@dataclass
class ImpliedRanges:
    """Ranges of the quantities no active claim states, under one choice of readings
    (`readings` maps multi-reading claims to the label chosen; empty: any reading)."""

    readings: dict[str, str | None]
    ranges: dict


class Unanswered(NamedTuple):
    """A question about a block that ran out of its budget (solver.Undetermined): what was
    asked, of which claims, within how many resource units, and whether the audit's
    deadline (not the units) stopped it."""

    question: str
    claims: tuple[str, ...]
    units: int
    deadline: bool = False

    @classmethod
    def of(cls, error: Undetermined) -> Unanswered:
        return cls(error.question, error.claims, error.units, error.deadline)


@dataclass
class BlockResult:
    claim_ids: list[str]
    tensions: list[Tension] = field(default_factory=list)
    consistent: list[str] = field(default_factory=list)   # claims left after setting suspects aside
    set_aside: list[str] = field(default_factory=list)    # the claims doubted to reach them
    readings: dict[str, list[str | None]] = field(default_factory=dict)
    implied: list[ImpliedRanges] = field(default_factory=list)
    holds: bool = False            # the consistent claims are known to hold together
    undetermined: list[Unanswered] = field(default_factory=list)   # questions that ran out of budget
    # what the solver learnt deciding a block with tensions (BlockSolver.learnt), for deciding
    # it again with other costs (audit.audit_scenario); not part of any finding
    learnt: dict | None = field(default=None, repr=False, compare=False)

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
        try:
            result = _tensions(solver, claims)
        except Undetermined as error:
            # nothing is said of these claims: neither a tension nor that they hold
            return BlockResult(sorted(claims), undetermined=[Unanswered.of(error)])
    if result.set_aside:
        result.learnt = solver.learnt()
    try:
        result.readings = _readings_that_can_hold(solver, claims, result.consistent)
        if max_spread is not None:
            known = optima if len(result.consistent) == len(claims) else None
            result.implied = _implied_ranges(solver, claims, result.consistent, max_spread, known, result.holds)
    except Undetermined as error:   # the tensions stand; the readings and figures are not given
        result.readings, result.implied = {}, []
        result.undetermined.append(Unanswered.of(error))
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


def implied_targets(claims: list[CompiledClaim], stating: list[CompiledClaim] | None = None) -> list:
    """The quantities of `claims` that no claim states (of `stating`, when given: the whole
    block, suspects included), whose ranges the block may imply."""
    stated = {c.stated for c in (claims if stating is None else stating) if c.stated is not None}
    quantities = set()
    for c in claims:
        quantities |= c.quantities
    # a to-date period of an undated source ends on an unknown day: no figure to check it against
    return sorted((q for q in quantities if q not in stated and q.latest_end is None), key=repr)[:MAX_IMPLIED_PER_BLOCK]


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
            optima[q] = lp.optimum(terms, below, prove=True, spread=float(spread))
            _below_at(lp, whole, below, optima)
    verdicts = {q: None if opt is None else pinned(opt, float(spread)) for q, opt in optima.items()}
    quiet = len(optima) == sum(1 for t in exprs.values() if t) and all(v is False for v in verdicts.values())
    if quiet:   # done when a model exists: the caller wants no more of it (point=False: no Fraction per atom)
        found = whole_point(lp, atoms.integer, point=False) is not None
        return Settled(found, optima, found, lp, None)
    model = whole_point(lp, atoms.integer)
    return Settled(False, optima, model is not None, lp, model)


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
    targets = implied_targets([claims[c] for c in active], list(claims.values()))
    if not targets:
        return []
    multi = [c for c in active if len(claims[c].readings) > 1]
    combos = list(product(*[range(len(claims[c].readings)) for c in multi])) if multi else []
    if len(combos) > MAX_READING_COMBINATIONS:
        combos = []
    choices = []   # (claim -> reading chosen, the other claims, the chosen readings' constraints)
    for combo in combos:
        fixed = dict(zip(multi, combo))
        if any(claims[c].readings[i].invalid for c, i in fixed.items()):
            continue
        rest = [c for c in active if c not in fixed]
        extra = [x for c, i in fixed.items() for x in claims[c].readings[i].constraints["default"]]
        choices.append((fixed, rest, extra))
    only = _only_choice(solver, choices)
    if only is not None:
        # the claims under any reading are the claims under this one (the others cannot
        # hold even with every count real): the same ranges, computed once, and as a
        # linear program, which HiGHS can sort where a disjunction needs z3's optimiser
        fixed, rest, extra = only
        ranges = solver.ranges("default", rest, targets, extra, pinned_within=spread)
        out = [ImpliedRanges({}, ranges or {})]
        if ranges is not None:
            out.append(ImpliedRanges({c: claims[c].readings[i].label for c, i in fixed.items()}, ranges))
        return out
    per_choice = []   # (choice, its ranges, their relaxed ranges)
    for fixed, rest, extra in choices:
        relaxed: dict = {}
        ranges = solver.ranges("default", rest, targets, extra, pinned_within=spread, relaxed_out=relaxed)
        per_choice.append((fixed, ranges, relaxed))
    # under any reading: the claims under some choice of readings, so each figure's range is
    # the hull of its ranges under the choices, told from them when they show it (`_hull`);
    # else asked of the disjunction of readings, as z3's optimiser can
    anyhow = _hull(per_choice, spread) if choices and HULL_OF_CHOICES else None
    if anyhow is None:
        anyhow = solver.ranges("default", active, targets, pinned_within=spread, optima=optima, holds=holds) or {}
    out = [ImpliedRanges({}, anyhow)]
    for fixed, ranges, _ in per_choice:
        if ranges is not None:
            out.append(ImpliedRanges({c: claims[c].readings[i].label for c, i in fixed.items()}, ranges))
    return out


# the figures under any reading told from their ranges under each choice of readings (off:
# asked of the disjunction of readings, the way it was done before; tests compare the two)
HULL_OF_CHOICES = True


def _hull(per_choice: list, spread) -> dict | None:
    """The ranges `BlockSolver.ranges` gives, with `pinned_within=spread`, for the claims
    under any reading, from its answers under every choice of readings that has no invalid
    reading (the claims under any reading are the claims under one of those choices: an
    invalid reading never holds). Their models are the union of the choices' models, so a
    figure's range (relaxed, or in whole numbers) is the hull of its ranges under the
    choices that hold. It is pinned when its relaxed hull is within the spread: never when
    a choice that holds leaves it unpinned (a wider range is no narrower), else told from
    the choices' relaxed ranges. None (ask the disjunction) when a choice's relaxed range
    is only HiGHS's floating-point figure, or one of its bounds is not exact (a probe ran
    out of its budget: the disjunction's own bound might be another)."""
    held = [(ranges, relaxed) for _, ranges, relaxed in per_choice if ranges is not None]
    if not held:
        return {}
    out = {}
    for key in held[0][0]:
        if not all(key in ranges for ranges, _ in held):
            continue   # not pinned under some choice that holds: nor under any reading
        if any(key not in relaxed or relaxed[key][1] or not ranges[key].exact
               or ranges[key].lo is None or ranges[key].hi is None for ranges, relaxed in held):
            return None
        if within_spread(_hull_of([relaxed[key][0] for _, relaxed in held]), spread):
            out[key] = _hull_of([ranges[key] for ranges, _ in held])
    return out


def _hull_of(ranges: list) -> Range:
    """The smallest range holding every one of `ranges` (each bounded: pinned figures are)."""
    lo = min(r.lo for r in ranges)
    hi = max(r.hi for r in ranges)
    return Range(lo, hi, all(r.lo_open for r in ranges if r.lo == lo), all(r.hi_open for r in ranges if r.hi == hi))


def _only_choice(solver: BlockSolver, choices: list) -> tuple | None:
    """The one choice of readings (of `choices`, with none invalid) under which the claims
    can hold, shown by the others failing even in the linear relaxation (z3, exactly:
    then they have no whole-number model either); None when more than one may hold."""
    if len(choices) == 1:
        return choices[0]   # the other choices have an invalid reading, which never holds
    possible = None
    for choice in choices:
        if solver.holds_over_reals(choice[1], choice[2]) is not False:
            if possible is not None:
                return None
            possible = choice
    return possible


def _tensions(solver: BlockSolver, claims: dict[str, CompiledClaim]) -> BlockResult:
    """Hard tensions first (at the generous reading), then soft ones among the claims left.

    At each level the claims to doubt are the cheapest correction set (suspects.py): the set
    of claims, least costly to doubt (rules/suspicion.yaml), without which the rest hold
    together. Each doubted claim gives one tension: a minimal set of claims that cannot all
    be true with it, its suspects (the doubted claim first, then the others, cheapest to
    doubt first) and the other claims that state the same figures."""
    ids = sorted(c.claim_id for c in solver.claims)
    result = BlockResult(ids)
    active = list(ids)
    # the default reading is the narrower one: if it holds, the generous one does too
    if solver.check("default", active)[0]:
        result.consistent = active
        result.holds = True
        return result
    cost = {cid: claims[cid].cost for cid in ids}
    copies = _copies(claims)
    # copies of a figure are one constraint: the solver sees one of them (the first by id),
    # and doubting it costs what doubting all of them does
    first = {cid: min([cid] + copies.get(cid, [])) for cid in ids}
    group_cost: dict[str, Fraction] = {}
    for cid in ids:
        group_cost[first[cid]] = group_cost.get(first[cid], Fraction(0)) + cost[cid]
    # of two figures one sentence gives for one quantity, the one written first is doubted
    # first among sets of equal cost (suspects.said_first)
    written_first = frozenset(first[c] for c in ids if claims[c].voice is not None and claims[c].voice.said_first)
    # and at the default reading, qualified figures before exact ones (suspects.hedged)
    qualified = frozenset(first[c] for c in ids if claims[c].voice is not None and claims[c].voice.hedged)
    # then a figure its sentence gives alone before figures its source's sentence gives together
    # (suspects.in_one_sentence): no copy of it in such a pair
    tied_together = {first[c] for c in ids if claims[c].voice is not None and claims[c].voice.alone is False}
    alone = frozenset(first[c] for c in ids if claims[c].voice is not None and claims[c].voice.alone) - tied_together
    for level, strength in (("generous", "hard"), ("default", "soft")):
        reps = sorted({first[c] for c in active})
        holds, core = solver.check(level, reps)
        if holds:
            continue
        found: list[frozenset] = []
        doubted_reps = correction_set(lambda some, level=level: solver.check(level, some), reps, group_cost, core,
                                      shrink=lambda some, level=level: solver.minimal_core(level, some, some),
                                      found=found, budget=solver.budget,
                                      prefer=(written_first | qualified if level == "default" else written_first, alone))
        if level == "generous" and tied(found, group_cost):
            # sets of equal cost explain the hard tensions: the one that also explains the soft ones
            prefer = _also_explains(solver, reps, group_cost, found, (written_first, alone))
            if prefer:
                doubted_reps = correction_set(lambda some: solver.check(level, some), reps, group_cost,
                                              shrink=lambda some: solver.minimal_core(level, some, some),
                                              found=found, budget=solver.budget, prefer=(prefer, alone))
        kept_reps = [c for c in reps if c not in doubted_reps]
        for rep in doubted_reps[:MAX_TENSIONS_PER_BLOCK]:
            # a set found in the search that cannot hold with the claims kept and this one
            # spares the minimal set's search some checks (not its answer, minimal_core)
            within = set(kept_reps) | {rep}
            known = min((c for c in found if rep in c and c <= within), key=lambda c: (len(c), sorted(c)), default=None)
            own = _own_figures(claims, rep, first, reps)
            if own and (solver.check(level, own + [rep])[0] or not solver.check(level, own)[0]):
                own = None   # its own figures fit it (or clash among themselves): the tension lies with others'
            t = _tension(solver, claims, level, strength, rep, kept_reps, group_cost, copies, known, own)
            # a soft tension that fractional counts reconcile rests only on an unstated count
            # being whole ("up 75%" to 82 needs 46.9 last year; 47 gives 74.5%): too fine a
            # point to call misleading. The claim is still set aside, so the rest hold.
            if strength == "hard" or not solver.holds_over_reals(kept_reps + [rep]):
                result.tensions.append(t)
        doubted = [c for c in active if first[c] in doubted_reps]
        result.set_aside.extend(doubted)
        active = [c for c in active if c not in doubted]
    result.consistent = active
    result.holds = True
    return result


def _own_figures(claims: dict[str, CompiledClaim], rep: str, first: dict, reps: list[str]) -> list[str] | None:
    """Rule: a change whose own story gives both of its figures ("dropping 43% in 2022. Those
    numbers were 83 homicides in 2021, and 43 homicides in 2022", KEEL; -48% by its own figures)
    is checked against those figures first: when they cannot hold with it, that is the tension
    to report, whatever other outlets' counts for the two periods also say (90 and 49 give
    -45.6%, another tension of the same claim, and one that rests on whose count is right). The
    figures (as the solver sees them, `first` of their copies among `reps`), or None."""
    change = claims[rep]
    if change.statement_kind != "change" or change.own is None:
        return None
    figures = [cid for cid, c in claims.items() if c.source == change.source and c.statement_kind == "value"
               and c.stated is not None and c.stated in change.quantities and first.get(cid) in reps]
    covered = {claims[cid].stated for cid in figures}
    if change.own not in covered or len(covered) < 2:
        return None
    return sorted({first[cid] for cid in figures})


def _also_explains(solver: BlockSolver, reps: list[str], cost: dict, hard: list[frozenset],
                   prefer: frozenset | tuple = frozenset()) -> frozenset:
    """The claims the cheapest correction set at the default reading doubts: where two sets
    of claims explain the hard tensions at one cost, the one that also explains the soft ones
    is doubted. The Free Press's 276 and The Detroit News's 278 for the same days of 2022
    cost the same to doubt; both papers' "18% drop" to 228 fits 278 (-18.0%), not 276
    (-17.4%), so the 276 is the one doubted. `hard`: sets of claims that cannot hold together
    at the generous reading, so at the default one neither (the search starts from them)."""
    return frozenset(correction_set(lambda some: solver.check("default", some), reps, cost,
                                    shrink=lambda some: solver.minimal_core("default", some, some),
                                    found=list(hard), budget=solver.budget, prefer=prefer))


def _copies(claims: dict[str, CompiledClaim]) -> dict[str, list[str]]:
    """For each claim, the other claims of the block that state the same figure."""
    by_figure: dict = {}
    for cid in sorted(claims):
        key = figure_key(claims[cid])
        voice = claims[cid].voice
        if key is not None and voice is not None and voice.teller:
            key = (*key, voice.teller)   # one teller's own change (suspects.tellers_apart)
        if key is not None:
            by_figure.setdefault(key, []).append(cid)
    out: dict[str, list[str]] = {}
    for members in by_figure.values():
        for cid in members:
            out[cid] = [m for m in members if m != cid]
    return out


def _tension(solver: BlockSolver, claims: dict[str, CompiledClaim], level: Level, strength: str,
             doubted_claim: str, kept: list[str], cost: dict, copies: dict, known=None,
             own: list[str] | None = None) -> Tension:
    """The tension of one doubted figure (`doubted_claim`, the first of its copies): a
    minimal set of the figures kept and it that cannot all be true; its suspects, most
    likely wrong first (the doubted one, then the cheapest to doubt, copies counted).
    `known`: some of those figures that cannot all be true, when known; `own`: a change's own
    story's figures that cannot hold with it (`_own_figures`): the set is drawn from them alone."""
    if own:
        known, kept = own + [doubted_claim], own
    core = solver.minimal_core(level, kept + [doubted_claim], None if known is None else sorted(known),
                               near=doubted_claim)
    # the copy named for the doubted figure (the same constraint): the one given years on
    # (suspects.named_first)
    named = named_first(doubted_claim, copies.get(doubted_claim, []), claims)
    if named != doubted_claim:
        core = [named if m == doubted_claim else m for m in core]
        cost = {**cost, named: cost[doubted_claim]}
        doubted_claim = named
    support = {m: copies.get(m, []) for m in core}
    rest = sorted((m for m in core if m != doubted_claim), key=lambda m: (cost[m], m))
    suspects = [doubted_claim] + rest
    # for the first suspect only: each reconciliation costs exact whole-number bounds
    return Tension(core=core, strength=strength, level=level, suspects=suspects,
                   costs=[cost[m] for m in suspects], doubted=[doubted_claim] + copies.get(doubted_claim, []),
                   support={m: v for m, v in support.items() if v},
                   reconciliation=_reconcile(solver, level, core, claims[doubted_claim]))


def _reconcile(solver: BlockSolver, level: Level, core: list[str], claim: CompiledClaim) -> Reconciliation:
    others = [c for c in core if c != claim.claim_id]
    if len(claim.readings) != 1:
        return Reconciliation(claim.claim_id, None, float("inf"), "drop this claim or choose another reading")
    reading = claim.readings[0]
    subject = reading.subject[level]
    if reading.invalid:
        return Reconciliation(claim.claim_id, None, 0.0, f"re-read the claim: {reading.invalid}")
    if subject is None:
        if reading.record is not None:
            return Reconciliation(claim.claim_id, None, float("inf"),
                                  "drop the record claim or name the window it holds over")
        return Reconciliation(claim.claim_id, None, float("inf"), "drop this claim")
    if subject.kind == "order":
        return Reconciliation(claim.claim_id, None, float("inf"), "reverse or drop the comparison")
    if subject.kind == "linear":
        allowed = solver.range_of(level, others, subject.terms)
        return _measure(claim.claim_id, subject, allowed, _whole(subject.terms, solver))
    return _reconcile_ratio(solver, level, others, claim.claim_id, subject)


def _whole(terms, solver: BlockSolver) -> bool:
    return all(k.denominator == 1 for _, k in terms) and all(
        solver.atoms.integer.get(a, False) for q, _ in terms for a, _ in solver.atoms.expansion[q])


def _center(iv: Interval) -> Fraction:
    if iv.lo is not None and iv.hi is not None:
        return (iv.lo + iv.hi) / 2
    return iv.lo if iv.lo is not None else (iv.hi if iv.hi is not None else Fraction(0))


def _measure(claim_id: str, subject: Subject, allowed: Range | None, integer: bool) -> Reconciliation:
    """How far a figure must move to fit what the other claims allow."""
    iv = subject.interval
    if allowed is None or iv is None:
        return Reconciliation(claim_id, allowed, float("inf"), "drop this claim")
    target = describe_range(allowed.lo, allowed.hi, allowed.lo_open, allowed.hi_open, integer)
    below = allowed.hi is not None and iv.lo is not None and (allowed.hi < iv.lo or (
        allowed.hi == iv.lo and (allowed.hi_open or iv.lo_open)))
    above = allowed.lo is not None and iv.hi is not None and (allowed.lo > iv.hi or (
        allowed.lo == iv.hi and (allowed.lo_open or iv.hi_open)))
    if not (below or above):
        # the figure's own range meets what the others allow: no other figure for this claim
        # alone would do (the conflict runs through whole numbers or through several claims)
        return Reconciliation(claim_id, allowed, float("inf"),
                              f"the other claims allow {target}, which this figure already meets: "
                              "changing it alone does not reconcile them")
    if below:
        nearest = allowed.hi if not integer else Fraction(_floor_open(allowed.hi, allowed.hi_open))
        gap = iv.lo - nearest
    else:
        nearest = allowed.lo if not integer else Fraction(_ceil_open(allowed.lo, allowed.lo_open))
        gap = nearest - iv.hi
    center = abs(_center(iv)) or Fraction(1)
    rel = float(gap / center)
    two = len(subject.terms) == 2
    figure = _signed(nearest) if two else fmt(nearest)
    what = "a difference of " if two else ""
    return Reconciliation(claim_id, allowed, rel,
                          f"the other claims allow {what}{target}; the nearest figure is {figure}")


def _signed(x: Fraction) -> str:
    return f"+{fmt(x)}" if x > 0 else fmt(x)


def _floor_open(x: Fraction, open_: bool) -> int:
    f = x.numerator // x.denominator
    return f - 1 if open_ and f == x else f


def _ceil_open(x: Fraction, open_: bool) -> int:
    c = -((-x.numerator) // x.denominator)
    return c + 1 if open_ and c == x else c


def _reconcile_ratio(solver: BlockSolver, level: Level, others: list[str], claim_id: str,
                     subject: Subject) -> Reconciliation:
    """The ratio the other claims give: each figure's range under them, divided."""
    one = Fraction(1)
    num = solver.range_of(level, others, ((subject.numerator, one),))
    den = solver.range_of(level, others, ((subject.denominator, one),))
    iv = subject.interval
    if (num is None or den is None or None in (num.lo, num.hi, den.lo, den.hi) or den.lo <= 0):
        return Reconciliation(claim_id, None, float("inf"),
                              "the other claims do not pin both figures it relates; drop it or check both")
    lo, hi = num.lo / den.hi, num.hi / den.lo
    gap = Fraction(0)
    if iv.lo is not None and hi < iv.lo:
        gap = iv.lo - hi
    elif iv.hi is not None and lo > iv.hi:
        gap = lo - iv.hi
    rel = float(gap / (abs(_center(iv)) or one))
    figures = (f"{describe_range(num.lo, num.hi, integer=True)} and "
               f"{describe_range(den.lo, den.hi, integer=True)}")
    said = ratio_words(lo, subject.unit) if lo == hi else \
        f"{ratio_words(lo, subject.unit)} to {ratio_words(hi, subject.unit)}"
    return Reconciliation(claim_id, Range(lo, hi), rel, f"the other claims give {figures}: {said}")


def ratio_words(r: Fraction, unit: str) -> str:
    """A ratio the way a reporter writes it: +15.1% for a change, 48.0% for a share, 2.5 times."""
    if unit == "change":
        pct = (r - 1) * 100
        return f"{'+' if pct >= 0 else ''}{float(pct):.1f}%"
    if unit == "share":
        return f"{float(r * 100):.1f}%"
    return f"{float(r):.2f} times"
