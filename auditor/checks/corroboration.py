"""Corroborations: independent sources that state the same quantity and agree."""

from __future__ import annotations

from auditor.engine.describe import short_quantity
from auditor.engine.intervals import Interval
from auditor.models.findings import Finding, fingerprint


def _voice(c) -> tuple[str, str]:
    """Who states a claim: two claims are independent when they come from different
    documents, or from different speakers in one document."""
    return c.source, c.speaker or ""


def corroboration(rule, sa) -> list[Finding]:
    pack = sa.pack
    # suspects of tensions count too: a figure stays corroborated while a claim built on it is
    # doubted; so do figures later restated (a revision's old figure and the claims that
    # repeated it): several outlets agreeing on the count of its day is worth saying, and
    # they are set apart from the new figure, which they disagree with
    audited = set(sa.block_of) | {c for r in sa.revisions for c in (r.old, *r.echoes)}
    # so do counts of parts of the period published before it was restated, which go with the
    # revision (engine/revisions.py, _parts_of_their_day): plain figures, not rates
    audited |= {d for r in sa.revisions for d in r.parts}
    groups: dict[tuple, list] = {}
    for cid, c in sa.compiled.items():
        if cid not in audited or len(c.readings) != 1 or c.readings[0].invalid:
            continue
        subject = c.readings[0].subject["default"]
        if subject is None or subject.kind not in ("linear", "ratio"):
            continue
        key = (subject.kind, subject.terms, subject.numerator, subject.denominator)
        groups.setdefault(key, []).append(c)
    out = []
    for key, group in groups.items():
        for members, joint in _agreeing(sorted(group, key=lambda c: c.claim_id)):
            out.append(_finding(rule, pack, key, members, joint))
    return out


def _interval(c) -> Interval:
    return c.readings[0].subject["default"].interval


def _joint(members) -> Interval | None:
    joint: Interval | None = Interval(None, None)
    for c in members:
        joint = joint.intersect(_interval(c)) if joint else None
    return joint


def _agreeing(members: list) -> list[tuple[list, Interval]]:
    """The sets of claims on one quantity that agree, each from independent voices: all of
    them when they agree; when some disagree (the tension check's business), each figure
    stated with every claim that allows it ("179" five times beside one "176"), so the
    copies of a figure stay corroborated while another source disputes it."""
    def independent(ms) -> bool:   # some two differ in (source, speaker)
        return len(ms) >= 2 and len({_voice(c) for c in ms}) >= 2
    joint = _joint(members)
    if joint is not None:
        return [(members, joint)] if independent(members) else []
    clusters: list[list] = []
    for figure in {_interval(c) for c in members}:
        cluster = [c for c in members if _interval(c).intersect(figure) == figure]
        if independent(cluster) and cluster not in clusters:
            clusters.append(cluster)
    ids = [{c.claim_id for c in cl} for cl in clusters]
    kept = [cl for cl, s in zip(clusters, ids) if not any(s < t for t in ids)]
    return sorted(((cl, _joint(cl)) for cl in kept), key=lambda x: [c.claim_id for c in x[0]])


def _finding(rule, pack, key, members, joint) -> Finding:
    kind, terms, num, den = key
    what = short_quantity(terms[0][0]) if kind == "linear" and len(terms) == 1 else (
        f"{short_quantity(num)} / {short_quantity(den)}" if kind == "ratio" else
        " - ".join(short_quantity(q) for q, _ in terms))
    integer = kind == "linear" and all(pack.metrics[q.metric].integer for q, _ in terms)
    each = {c.claim_id: c.readings[0].subject["default"].interval.describe(integer) for c in members}
    width = None
    if joint.lo is not None and joint.hi is not None:
        mid = (joint.lo + joint.hi) / 2
        width = float((joint.hi - joint.lo) / mid) if mid else None
    sources = sorted({c.source for c in members})
    tight = f"; together they pin it within {width:.1%} of its middle" if width is not None else ""
    message = (f"{len(members)} independent claims ({', '.join(sources)}) agree on {what}: "
               f"jointly {joint.describe(integer)}{tight}.")
    evidence = {"quantity": what, "each": each, "joint": joint.describe(integer),
                "relative_width": None if width is None else round(width, 6)}
    ids = tuple(c.claim_id for c in members)
    return Finding(id=fingerprint(rule.id, ids, what + joint.describe(integer)), rule=rule.id,
                   kind="corroboration", severity=rule.severity, claims=ids, message=message,
                   evidence=evidence)

