"""Which claims are most likely wrong: the costs of doubting claims, and the cheapest set of
claims whose doubt lets the rest hold together (a minimum-weight correction set).

Costs come from the pack (rules/suspicion.yaml): who says a claim, what kind of statement
it is, and how many claims of the same voice repeat its figure. The correction set is found
exactly by implicit hitting sets: a set of claims that cannot hold together (a core z3
reports) must lose at least one member, so the cheapest set of claims that meets every core
found so far is doubted; if the rest still cannot hold, their core joins the list and the
search goes on. A branch and bound over the cores finds each cheapest meeting set; ties go
to the set of claims with the smallest ids, so the answer depends on the claims alone.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Callable, NamedTuple

from auditor.engine.compile import CompiledClaim

MAX_HITTING_NODES = 200_000    # a branch and bound this large means cores of unusual size


class Voice(NamedTuple):
    """Who states a claim, as its cost sees it."""

    authority: str        # a key of the pack's suspicion.authority table
    statement: str        # a key of the pack's suspicion.statement table
    publisher: str        # copies by one publisher count once


def statement_key(claim) -> str:
    """The suspicion.statement key of a claim (its first reading for an ambiguous claim)."""
    st = claim.statements()[0][2]
    if st.comparison is not None and st.comparison.relation.startswith("record"):
        return "record"
    return st.kind


def voice_of(claim, source) -> Voice:
    if getattr(source, "authority", None):
        authority = source.authority
    elif source.kind in ("dataset", "official-statement"):
        authority = source.kind
    else:
        authority = claim.attribution
    return Voice(authority, statement_key(claim), source.publisher)


def figure_key(c: CompiledClaim):
    """What a claim states, for telling copies apart: its subject and interval at the
    default reading (None for claims with several readings or none to compare)."""
    if len(c.readings) != 1 or c.readings[0].invalid:
        return None
    s = c.readings[0].subject["default"]
    if s is None or s.kind == "order":
        return None
    return (s.kind, s.terms, s.numerator, s.denominator, s.interval)


def assign_costs(compiled: list[CompiledClaim], corpus) -> None:
    """Each claim's voice and cost of doubting it (rules/suspicion.yaml); a figure repeated
    by one publisher shares one cost among its copies."""
    table = corpus.pack.suspicion
    copies: dict[tuple, int] = {}
    for c in compiled:
        claim = corpus.claim(c.claim_id)
        c.voice = voice_of(claim, corpus.sources[claim.source])
        key = figure_key(c)
        if key is not None:
            copies[(c.voice.publisher, key)] = copies.get((c.voice.publisher, key), 0) + 1
    for c in compiled:
        base = Fraction(table.authority[c.voice.authority].cost) * Fraction(table.statement[c.voice.statement].cost)
        key = figure_key(c)
        c.cost = base / copies[(c.voice.publisher, key)] if key is not None else base


def cheapest_hitting_set(cores: list[frozenset], cost: dict[str, Fraction]) -> frozenset:
    """The cheapest set of claims meeting every core; among equally cheap sets, the one
    whose sorted ids come first."""
    best: list = [None, None]   # (total, sorted ids), set
    nodes = 0

    def better(total, chosen) -> bool:
        return best[0] is None or (total, sorted(chosen)) < best[0]

    def search(chosen: frozenset, total: Fraction) -> None:
        nonlocal nodes
        nodes += 1
        if nodes > MAX_HITTING_NODES:
            raise RuntimeError("the cores are too many to search for the cheapest claims to doubt")
        if best[0] is not None and total > best[0][0]:
            return
        open_core = next((core for core in cores if not core & chosen), None)
        if open_core is None:
            if better(total, chosen):
                best[0], best[1] = (total, sorted(chosen)), chosen
            return
        for cid in sorted(open_core, key=lambda x: (cost[x], x)):
            search(chosen | {cid}, total + cost[cid])

    # smallest cores first: fewer branches near the root
    cores = sorted(set(cores), key=lambda c: (len(c), sorted(c)))
    search(frozenset(), Fraction(0))
    return best[1]


def correction_set(check: Callable[[list[str]], tuple[bool, list[str]]], active: list[str],
                   cost: dict[str, Fraction], first_core: list[str] | None = None) -> list[str]:
    """The cheapest set of active claims to doubt so that the rest hold together.
    `check(claims)` says whether claims hold together and, when not, a set of them that
    cannot (any such set, not necessarily minimal); `first_core`: one already known."""
    cores: list[frozenset] = []
    if first_core:
        cores.append(frozenset(first_core))
    while True:
        doubted = cheapest_hitting_set(cores, cost) if cores else frozenset()
        rest = [c for c in active if c not in doubted]
        holds, core = check(rest)
        if holds:
            return sorted(doubted)
        core = frozenset(core) if core else frozenset(rest)
        cores.append(core)
