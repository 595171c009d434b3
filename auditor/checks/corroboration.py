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
    if rule.params.get("of") == "arithmetic":
        return arithmetic(rule, sa)
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
    # two exact figures that agree pin it to one value, which "jointly 171" says already
    tight = f"; together they pin it within {width:.1%} of its middle" if width else ""
    message = (f"{len(members)} independent claims ({', '.join(sources)}) agree on {what}: "
               f"jointly {joint.describe(integer)}{tight}.")
    evidence = {"quantity": what, "each": each, "joint": joint.describe(integer),
                "relative_width": None if width is None else round(width, 6)}
    ids = tuple(c.claim_id for c in members)
    return Finding(id=fingerprint(rule.id, ids, what + joint.describe(integer)), rule=rule.id,
                   kind="corroboration", severity=rule.severity, claims=ids, message=message,
                   evidence=evidence)



# how many choices of figures (one per quantity a claim relates) are tried for one claim
MAX_CHOICES = 64


def _kept_figures(sa, of_their_day: bool) -> dict:
    """The plain figures the audit keeps, by quantity: value claims of one reading not doubted
    in a tension; `of_their_day`: with the figures later restated too (a revision's old figure
    and the claims that repeated it, and the parts that go with it)."""
    doubted = sa.set_aside()
    audited = set(sa.block_of)
    if of_their_day:
        audited |= {c for r in sa.revisions for c in (r.old, *r.echoes, *r.parts)}
    audited -= doubted
    out: dict = {}
    for cid in sorted(audited):
        c = sa.compiled.get(cid)
        if c is None or c.stated is None or c.statement_kind != "value" or len(c.readings) != 1 \
                or c.readings[0].invalid or c.readings[0].subject["default"] is None:
            continue
        iv = c.readings[0].subject["default"].interval
        if iv is None or iv.lo is None or iv.hi is None:
            continue
        out.setdefault(c.stated, {}).setdefault(iv, []).append(cid)
    return out


def arithmetic(rule, sa) -> list[Finding]:
    """Changes, shares, rates and comparisons that agree with the figures they are worked out from: a
    claim the audit keeps (not doubted) whose every quantity it relates is stated by plain
    figures the audit keeps, which give it at the default reading ("down 31 percent" beside
    135 and 93, -31.1%; "29.7 per 100,000" beside 195 and 655,770). It names the claim and
    the figures that give it (every copy of each); where a quantity has several figures, the
    first choice that gives it: its own article's figure first, then the one most claims
    state. A figure since restated counts only for a claim published after it came out (the
    figures of the claim's day: a "32%" of January 2024 on its own 398, restated later). A
    comparison ("higher than 2016") agrees when every figure allowed bears it out."""
    from itertools import product

    from auditor.engine.revisions import _subject

    pack = sa.pack
    doubted = sa.set_aside()
    figures_then = _kept_figures(sa, True)
    restated = {c for r in sa.revisions for c in (r.old, *r.echoes, *r.parts)}
    publication = sa.scenario.publication

    def when(cid: str):
        return publication[sa.corpus.claim(cid).source]

    def of_its_day(cid: str, quantities: list) -> dict:
        """The figures of `quantities` a claim can be checked on: the current ones, and those
        since restated that were out by its day."""
        out: dict = {}
        for q in quantities:
            for iv, ms in figures_then[q].items():
                kept = [m for m in ms if m not in restated or when(m).earliest <= when(cid).latest]
                if kept:
                    out.setdefault(q, {})[iv] = kept
        return out
    # the claims the audit keeps, and those of a revision's day
    candidates = (set(sa.block_of) | {d for r in sa.revisions for d in r.derived}) - doubted
    out = []
    for cid in sorted(candidates):
        c = sa.compiled.get(cid)
        if c is None or len(c.readings) != 1 or c.readings[0].invalid or c.readings[0].subject["default"] is None:
            continue
        if c.statement_kind == "value" and (c.stated is None or pack.rate_of(c.stated.metric) is None):
            continue
        subject = _subject(c, pack)
        if subject is None or subject.kind not in ("ratio", "linear", "order") \
                or (subject.interval is None and subject.kind != "order"):
            continue
        involved = [subject.numerator, subject.denominator] if subject.kind in ("ratio", "order") \
            else [t for t, _ in subject.terms]
        if len(set(involved)) != len(involved) or any(q not in figures_then for q in involved):
            continue
        figures = of_its_day(cid, involved)
        if any(q not in figures for q in involved):
            continue
        source = sa.corpus.claim(cid).source

        def rank(kv, source=source):
            """Its own article's figure first, then the one most claims state."""
            iv, ms = kv
            return (all(sa.corpus.claim(m).source != source for m in ms), -len(ms), iv.lo, iv.hi)
        options = [sorted(figures[q].items(), key=rank) for q in involved]
        for n, pick in enumerate(product(*options)):
            if n >= MAX_CHOICES:
                break
            ivs = [iv for iv, _ in pick]
            if subject.kind == "order":
                # a comparison ("higher than 2016") agrees when every figure allowed bears it out
                if ivs[0].lo > ivs[1].hi:
                    out.append(_arithmetic_finding(rule, sa, c, involved, pick, None))
                    break
                continue
            given = _worked_out(subject, involved, ivs)
            if given is not None and subject.interval.intersect(given) is not None:
                out.append(_arithmetic_finding(rule, sa, c, involved, pick, given))
                break
    return out


def _worked_out(subject, involved, ivs) -> Interval | None:
    """What a ratio's or a linear combination's figures give, as an interval."""
    if subject.kind == "ratio":
        num, den = ivs
        if den.lo <= 0 or num.lo < 0:
            return None
        return Interval(num.lo / den.hi, num.hi / den.lo)
    lo = hi = 0
    for (_, k), iv in zip(subject.terms, ivs):
        a, b = k * iv.lo, k * iv.hi
        lo, hi = lo + min(a, b), hi + max(a, b)
    return Interval(lo, hi)


def _arithmetic_finding(rule, sa, c, involved, pick, given) -> Finding:
    pack = sa.pack
    claim_ids = tuple(sorted({c.claim_id, *(m for _, ms in pick for m in ms)}))
    each = {short_quantity(q): iv.describe(pack.metrics[q.metric].integer) for q, (iv, _) in zip(involved, pick)}
    figures = ", ".join(f"{v} for {k}" for k, v in each.items())
    said = sa.corpus.claim(c.claim_id)
    what = said.quote.text if said.quote is not None else c.claim_id
    message = (f"{c.claim_id} (\u201c{what}\u201d) agrees with the figures it is worked out from: {figures} "
               f"({len(claim_ids) - 1} claim{'s' * (len(claim_ids) != 2)}).")
    evidence = {"claim": c.claim_id, "figures": each, "gives": None if given is None else given.describe(False)}
    return Finding(id=fingerprint(rule.id, claim_ids, c.claim_id + "|" + figures), rule=rule.id,
                   kind="corroboration", severity=rule.severity, claims=claim_ids, message=message,
                   evidence=evidence)
