"""Claims that look alike but are not comparable: different definitions or different places."""

from __future__ import annotations

from itertools import combinations

from auditor.models import Period
from auditor.models.findings import Finding, fingerprint


def _main(sa, cid):
    c = sa.resolved[cid]
    return c.claim, c.statements[0].period


def not_comparable(rule, sa) -> list[Finding]:
    pack = sa.pack
    what = rule.params.get("differ_in")
    main = {cid: _main(sa, cid) for cid in sa.resolved}
    out = []
    for a, b in _candidate_pairs(main, pack, what):
        (ca, pa), (cb, pb) = main[a], main[b]
        # the cheap tests first: most candidate pairs share a metric (definitions) or not a place
        if (ca.metric == cb.metric) == (what == "definition") or not _overlap(pa, pb):
            continue
        if what == "definition" and _same_or_related_place(pack, ca.place, cb.place):
            ma, mb = pack.metrics[ca.metric], pack.metrics[cb.metric]
            message = (f"{a} counts {ma.label} and {b} counts {mb.label}: they look alike but are defined "
                       "differently, so they are not checked against each other.")
            evidence = {"definitions": {ca.metric: ma.definition, cb.metric: mb.definition}}
        elif what == "place" and _confusable(pack, ca.place, cb.place):
            message = (f"{a} is about {pack.places[ca.place].name} and {b} about {pack.places[cb.place].name}: "
                       "the places look alike but are not the same area.")
            evidence = {"places": {ca.place: pack.places[ca.place].name, cb.place: pack.places[cb.place].name}}
        else:
            continue
        ids = (a, b)
        out.append(Finding(id=fingerprint(rule.id, ids, what), rule=rule.id, kind="not-comparable",
                           severity=rule.severity, claims=ids, message=message, evidence=evidence))
    return out


def _candidate_pairs(main: dict, pack, what):
    """Pairs that could look alike, found through an index rather than every pair:
    by metric family and place tree (definitions) or by metric and look-alike place
    (places), and by the years the periods touch. `main`: each claim and its period."""
    buckets: dict[tuple, list[str]] = {}
    confusable = {p for p, place in pack.places.items() if place.confusable_with}
    confusable |= {o for p in list(confusable) for o in pack.places[p].confusable_with}
    for cid in sorted(main):
        claim, period = main[cid]
        metric = pack.metrics[claim.metric]
        if what == "definition":
            if metric.family is None:
                continue
            group = (metric.family, pack.root_place(claim.place))
        else:
            if claim.place not in confusable:
                continue
            group = (claim.metric,)
        for year in range(period.start.year, period.final_end.year + 1):
            buckets.setdefault(group + (year,), []).append(cid)
    seen = set()
    for members in buckets.values():
        for a, b in combinations(members, 2):
            if (a, b) not in seen:
                seen.add((a, b))
                yield a, b


def _overlap(a: Period, b: Period) -> bool:
    return a.overlaps(b)


def _same_or_related_place(pack, a: str, b: str) -> bool:
    return a == b or a in pack.ancestors(b) or b in pack.ancestors(a)


def _confusable(pack, a: str, b: str) -> bool:
    return b in pack.places[a].confusable_with or a in pack.places[b].confusable_with

