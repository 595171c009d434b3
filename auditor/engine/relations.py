"""Relations between metrics (rules/relations.yaml) as linear constraints.

A relation ties a whole to its disjoint parts for one place and period: the parts never sum
to more than the whole, and a complete relation makes the whole exactly their sum. The
constraints are added only where they can bite: at a place where the whole and at least one
part are both stated, for every period some member is stated for, and only over the members
stated at that place (a complete relation with a part nobody states is no stronger than
"never less than the others"). So related metrics that never meet cost nothing.
"""

from __future__ import annotations

from auditor.engine.compile import MINUS_ONE, ONE, ZERO, Atoms, Linear, Quantity, expand
from auditor.pack.model import Pack, Relation


def _members_by_place(quantities: set[Quantity], rel: Relation) -> dict[str, set[str]]:
    members = {rel.whole, *rel.parts}
    out: dict[str, set[str]] = {}
    for q in quantities:
        if q.metric in members:
            out.setdefault(q.place, set()).add(q.metric)
    return {place: ms for place, ms in out.items() if rel.whole in ms and len(ms) > 1}


def related_quantities(quantities: set[Quantity], pack: Pack) -> set[Quantity]:
    """The quantities the relations need besides the stated ones: each member stated at a
    place, for every period another member of its relation is stated for there. Repeated
    until nothing is added, since a metric may be a part in one relation and a whole in
    another."""
    out = set(quantities)
    while True:
        added = set()
        for rel in pack.relations.values():
            for place, present in _members_by_place(out, rel).items():
                periods = {q[2:] for q in out if q.place == place and q.metric in present}
                added |= {Quantity(m, place, *p) for m in present for p in periods} - out
        if not added:
            return out
        out |= added


def relation_axioms(quantities: set[Quantity], atoms: Atoms, pack: Pack) -> list[tuple[Linear, str]]:
    """Each relation's constraint for every place and period it bites on, over atoms, with
    the relation's id: whole - sum(parts) >= 0, or == 0 when complete and every part is
    stated at that place; a bound relation's whole - part >= 0 for each part on its own."""
    out = []
    for rel in sorted(pack.relations.values(), key=lambda r: r.id):
        for place, present in sorted(_members_by_place(quantities, rel).items()):
            parts = [m for m in rel.parts if m in present]
            exact = rel.complete and len(parts) == len(rel.parts)
            periods = sorted({q[2:] for q in quantities if q.place == place and q.metric in present}, key=repr)
            for p in periods:
                for below in _held_below(rel, parts):
                    terms = ((Quantity(rel.whole, place, *p), ONE),) + tuple((Quantity(m, place, *p), MINUS_ONE) for m in below)
                    if all(t in atoms.expansion for t, _ in terms):
                        out.append((expand(Linear(terms, "==" if exact else ">=", ZERO), atoms), rel.id))
    return out


def _held_below(rel: Relation, parts: list[str]) -> list[list[str]]:
    """The sums a relation holds at or below its whole: all its parts together, or each part
    on its own for a bound (fatal crashes below their deaths, not added to anything)."""
    return [[m] for m in parts] if rel.bound else [parts]
