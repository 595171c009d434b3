"""Which claims are most likely wrong: the costs of doubting claims, and the cheapest set of
claims whose doubt lets the rest hold together (a minimum-weight correction set).

Costs come from the pack (rules/suspicion.yaml): who says a claim, what kind of statement
it is, and how many claims of the same voice repeat its figure. The correction set is found
exactly by implicit hitting sets: a set of claims that cannot hold together (a core z3
reports) must lose at least one member, so the cheapest set of claims that meets every core
found so far is doubted (z3's MaxSAT optimiser: exact); if the rest still cannot hold,
their core, made minimal, joins the list and the search goes on.
"""

from __future__ import annotations

from fractions import Fraction
from math import lcm
from typing import Callable, NamedTuple

from auditor.engine.compile import CompiledClaim


# z3's MaxSAT engine for the hitting sets: 'wmax' and the default 'maxres' are both exact
# (the same optimum); on the Kansas City corpus's hitting sets wmax took half the time
MAXSAT_ENGINE = "wmax"


class Voice(NamedTuple):
    """Who states a claim, as its cost sees it."""

    authority: str        # a key of the pack's suspicion.authority table
    statement: str        # a key of the pack's suspicion.statement table
    publisher: str        # copies by one voice (models.claims.Source.voice) count once


def statement_key(claim, pack=None) -> str:
    """The suspicion.statement key of a claim (its first reading for an ambiguous claim); a
    rate's figure is worked out from a count and a population (rules/rates.yaml), when the
    pack gives rates a cost of their own."""
    st = claim.statements()[0][2]
    if st.comparison is not None and st.comparison.relation.startswith("record"):
        return "record"
    if (st.value is not None and pack is not None and "rate" in pack.suspicion.statement
            and pack.rate_of(claim.metric) is not None):
        return "rate"
    return st.kind


def voice_of(claim, source, pack=None) -> Voice:
    if source.authority:
        authority = source.authority
    elif source.kind in ("dataset", "official-statement"):
        authority = source.kind
    else:
        authority = claim.attribution
    return Voice(authority, statement_key(claim, pack), source.voice)


def figure_key(c: CompiledClaim):
    """What a claim states, for telling copies apart: its subject and its intervals at both
    readings (None for claims with several readings or none to compare). Copies say the
    same thing to the solver: doubting some of them and not the others never helps."""
    if len(c.readings) != 1 or c.readings[0].invalid:
        return None
    s, g = c.readings[0].subject["default"], c.readings[0].subject["generous"]
    if s is None or s.kind == "order":
        return None
    return (s.kind, s.terms, s.numerator, s.denominator, s.interval, g.interval if g is not None else None)


def assign_costs(compiled: list[CompiledClaim], corpus) -> None:
    """Each claim's voice and cost of doubting it (rules/suspicion.yaml); a figure repeated
    by one publisher shares one cost among its copies."""
    table = corpus.pack.suspicion
    copies: dict[tuple, int] = {}
    keys = []
    for c in compiled:
        claim = corpus.claim(c.claim_id)
        c.voice = voice_of(claim, corpus.sources[claim.source], corpus.pack)
        key = figure_key(c)
        keys.append(key)
        if key is not None:
            copies[(c.voice.publisher, key)] = copies.get((c.voice.publisher, key), 0) + 1
    for c, key in zip(compiled, keys):
        base = Fraction(table.authority[c.voice.authority].cost) * Fraction(table.statement[c.voice.statement].cost)
        c.cost = base / copies[(c.voice.publisher, key)] if key is not None else base


def cheapest_hitting_set(cores: list[frozenset], cost: dict[str, Fraction], ctx=None) -> frozenset:
    """The cheapest set of claims meeting every core, by z3's MaxSAT optimiser over one
    Boolean per claim (exact, in whole multiples of the costs' common denominator). Ties
    go to fewer claims, then by the claims' ranks in id order, folded into the weights
    below the least difference in cost, so the answer depends on the claims, never on the
    order they came in. `ctx`: the z3 context to use (None: a new one); the hitting sets
    of one search share one (correction_set): making a context costs more than solving
    most of these problems."""
    disjoint = _disjoint_hitting_set(cores, cost)
    return disjoint if disjoint is not None else _maxsat_hitting_set(cores, cost, ctx)


def _disjoint_hitting_set(cores: list[frozenset], cost: dict[str, Fraction]) -> frozenset | None:
    """When no two cores share a claim, the one cheapest set: from each core its claim of
    least weight in `_maxsat_hitting_set` (least cost, then first id), which is what the
    optimiser returns, without asking it; None when some cores share a claim."""
    distinct = set(cores)
    if not all(distinct) or sum(map(len, distinct)) != len(frozenset().union(*distinct)):
        return None
    return frozenset(min(core, key=lambda c: (cost[c], c)) for core in distinct)


def _maxsat_hitting_set(cores: list[frozenset], cost: dict[str, Fraction], ctx=None, budget=None) -> frozenset:
    """cheapest_hitting_set by z3's MaxSAT optimiser, whatever the cores; within `budget`
    (solver.Budget: its resource units and deadline) when given, raising
    solver.Undetermined when the optimiser runs out."""
    import z3
    ctx = z3.Context() if ctx is None else ctx
    names = sorted({c for core in cores for c in core})
    doubt = {c: z3.Bool(f"d{i}", ctx) for i, c in enumerate(names)}
    scale = lcm(*(cost[c].denominator for c in names))
    # ties go to fewer claims, then to the claims' ranks: each tie-break step is worth more
    # than all the ones below it together, and less than the least difference in cost
    step = len(names) * (len(names) + 1) // 2 + 1
    big = (len(names) + 1) * step
    opt = z3.Optimize(ctx=ctx)
    opt.set("maxsat_engine", MAXSAT_ENGINE)
    for core in sorted(set(cores), key=lambda c: sorted(c)):
        opt.add(z3.Or([doubt[c] for c in sorted(core)]))
    for i, c in enumerate(names):
        opt.add_soft(z3.Not(doubt[c]), int(cost[c] * scale) * big + step + i + 1)
    if budget is not None:
        opt.set("rlimit", budget.units)
        if budget.timeout_ms() is not None:
            opt.set("timeout", budget.timeout_ms())
    result = opt.check()
    if result == z3.unknown:
        from auditor.engine.solver import Undetermined
        raise Undetermined("which claims are the cheapest to doubt", names,
                           budget.units if budget is not None else 0, budget is not None and budget.past())
    if result != z3.sat:   # pragma: no cover - a disjunction of fresh Booleans always holds
        raise RuntimeError("no set of claims meets every core")
    model = opt.model()
    return frozenset(c for c in names if z3.is_true(model.eval(doubt[c], model_completion=True)))


def correction_set(check: Callable[[list[str]], tuple[bool, list[str]]], active: list[str],
                   cost: dict[str, Fraction], first_core: list[str] | None = None,
                   shrink: Callable[[list[str]], list[str]] | None = None,
                   found: list | None = None, budget=None) -> list[str]:
    """The cheapest set of active claims to doubt so that the rest hold together.
    `check(claims)` says whether claims hold together and, when not, a set of them that
    cannot (any such set); `shrink(core)` makes such a set minimal (fewer rounds: a core
    with fewer claims rules out more candidate sets); `first_core`: one already known;
    `found`: a list the sets of claims that cannot hold together are added to; `budget`: what
    the optimiser may spend when the sets overlap (solver.Budget; solver.Undetermined when
    it runs out)."""
    cores: list[frozenset] = [] if found is None else found
    if first_core:
        cores.append(frozenset(shrink(first_core) if shrink else first_core))
    ctx = None   # the search's z3 context, made when a hitting set first needs the optimiser
    while True:
        doubted = _disjoint_hitting_set(cores, cost) if cores else frozenset()
        if doubted is None:
            if ctx is None:
                import z3
                ctx = z3.Context()
            doubted = _maxsat_hitting_set(cores, cost, ctx, budget)
        rest = [c for c in active if c not in doubted]
        holds, core = check(rest)
        if holds:
            return sorted(doubted)
        core = core or rest
        cores.append(frozenset(shrink(core) if shrink else core))
