"""Claims that look alike but are not comparable: different definitions or different places."""

from __future__ import annotations

from itertools import combinations

from auditor.engine.describe import short_quantity
from auditor.models import Period
from auditor.models.findings import Finding, fingerprint


def _main(sa, cid):
    c = sa.resolved[cid]
    st = c.statements[0]
    return c.claim, st.period


def not_comparable(rule, sa) -> list[Finding]:
    pack = sa.pack
    what = rule.params.get("differ_in")
    out = []
    claims = sorted(sa.resolved)
    by_metric_family: dict = {}
    for cid in claims:
        claim, period = _main(sa, cid)
        metric = pack.metrics[claim.metric]
        key = metric.family or metric.id
        by_metric_family.setdefault(key, []).append((cid, claim, period))
    for members in by_metric_family.values():
        for (a, ca, pa), (b, cb, pb) in combinations(members, 2):
            if not _overlap(pa, pb):
                continue
            if what == "definition" and ca.metric != cb.metric and _same_or_related_place(pack, ca.place, cb.place):
                ma, mb = pack.metrics[ca.metric], pack.metrics[cb.metric]
                message = (f"{a} counts {ma.label} and {b} counts {mb.label}: same family, different definitions "
                           f"({ma.definition}; versus {mb.definition}). They are not checked against each other.")
                evidence = {"definitions": {ca.metric: ma.definition, cb.metric: mb.definition}}
            elif what == "place" and ca.metric == cb.metric and _confusable(pack, ca.place, cb.place):
                message = (f"{a} is about {pack.places[ca.place].name} and {b} about {pack.places[cb.place].name}: "
                           "the places look alike but are not the same area.")
                evidence = {"places": {ca.place: pack.places[ca.place].name, cb.place: pack.places[cb.place].name}}
            else:
                continue
            ids = (a, b)
            out.append(Finding(id=fingerprint(rule.id, ids, what), rule=rule.id, kind="not-comparable",
                               severity=rule.severity, claims=ids, message=message, evidence=evidence))
    return out


def _overlap(a: Period, b: Period) -> bool:
    return a.overlaps(b)


def _same_or_related_place(pack, a: str, b: str) -> bool:
    return a == b or a in pack.ancestors(b) or b in pack.ancestors(a)


def _confusable(pack, a: str, b: str) -> bool:
    return b in pack.places[a].confusable_with or a in pack.places[b].confusable_with


__all__ = ["not_comparable", "short_quantity"]
