"""Revisions: a body restating its own figure later is a revision, not a contradiction.

A claim supersedes an earlier one when it says so (`supersedes:`), or when both come from
the same body, disagree, and the later one was surely published after the earlier. The body
of a claim is the named body or official a figure is attributed to, else the outlet whose
own words it is (an official release's publisher, a newsroom's own count: see
`Source.voice`). Two figures of one body disagree when they state the same quantity with
intervals that do not meet, or, for a count that only grows over time, when a stretch from
the same start that is no longer has the higher figure ("149 so far" on 29 December, then
"151 as of 28 December"), and the later one moves it by a small share (the revision rule's
`max_change`, 10%: late rulings and late reports; a bigger change is more likely an error,
left to the tension checks). It is not a revision while the body still states the old figure
as late as the new one, or anything else the new one cannot hold with (a caption's
dropped digit beside the right figure). Claims of other
voices that repeated the old figure before the revision came out are superseded with it.
Superseded claims stay in the report and are left out of the audit, which uses the newer
figure.
"""

from __future__ import annotations

from fractions import Fraction
from typing import NamedTuple

from auditor.engine.compile import CompiledClaim


class Revision(NamedTuple):
    old: str                   # the superseded claim
    new: str                   # the claim that restates it
    body: str | None           # who restated it (None: declared with `supersedes:`)
    echoes: tuple[str, ...]    # other claims that repeated the old figure before the revision


def body_of(claim, source) -> str:
    """Whose figure a claim states: the named body or official it is attributed to, else
    the outlet whose own words it is."""
    if source.kind not in ("dataset", "official-statement") and claim.speaker \
            and claim.attribution in ("paraphrase", "document", "direct-quote"):
        return claim.speaker
    return source.voice


def _figure(c: CompiledClaim):
    """The stated quantity and the default interval of a plain value claim, else None."""
    if c.stated is None or c.statement_kind != "value" or len(c.readings) != 1 or c.readings[0].invalid:
        return None
    return c.stated, c.readings[0].subject["default"].interval


def _disagree(a, b, pack) -> bool:
    """Two figures of one body cannot both hold: the same quantity with intervals apart, or
    one count that only grows over time, from the same start, the shorter stretch higher."""
    (qa, ia), (qb, ib) = a, b
    if qa == qb:
        return ia.intersect(ib) is None
    if qa[:3] != qb[:3] or qa[4] is not None or qb[4] is not None:
        return False
    metric = pack.metrics.get(qa[0])
    if metric is None or not (metric.additive_over_time and metric.non_negative):
        return False
    (_, short), (_, long_) = (a, b) if qa[3] <= qb[3] else (b, a)
    return short.lo is not None and long_.hi is not None and short.lo > long_.hi


def max_change(pack) -> Fraction:
    """The largest share of a count an inferred restatement moves it by (the revision
    rule's `max_change`, rules/checks/RV001-revision.yaml)."""
    for rule in pack.rules.values():
        if rule.check == "revision":
            return Fraction(str(rule.params.get("max_change", 0.1)))
    return Fraction(1, 10)


def _relative_gap(a, b) -> Fraction:
    """How far apart two intervals are, as a share of the nearer end of the first."""
    if a.hi is not None and b.lo is not None and b.lo > a.hi:
        gap, base = b.lo - a.hi, a.hi
    elif b.hi is not None and a.lo is not None and a.lo > b.hi:
        gap, base = a.lo - b.hi, a.lo
    else:
        return Fraction(0)
    return gap / abs(base) if base else Fraction(10**9)


def find_revisions(compiled: list[CompiledClaim], corpus, publication: dict) -> list[Revision]:
    """Every revision among the claims, under one choice of publication dates."""
    by_id = {c.claim_id: c for c in compiled}
    figures = {c.claim_id: f for c in compiled if (f := _figure(c)) is not None}
    out: dict[str, Revision] = {}
    for c in compiled:
        claim = corpus.claim(c.claim_id)
        if claim.supersedes and claim.supersedes in by_id and claim.supersedes not in out:
            out[claim.supersedes] = Revision(claim.supersedes, c.claim_id, None, ())
    groups: dict[tuple, list[str]] = {}
    for cid, (q, _) in figures.items():
        claim = corpus.claim(cid)
        body = body_of(claim, corpus.sources[claim.source])
        groups.setdefault((body, q[:3]), []).append(cid)

    def when(cid: str):
        return publication[corpus.claim(cid).source]

    def disagree(a: str, b: str) -> bool:
        return _disagree(figures[a], figures[b], corpus.pack)

    limit = max_change(corpus.pack)

    def small(old: str, new: str) -> bool:
        return _relative_gap(figures[old][1], figures[new][1]) <= limit

    for (body, _), members in sorted(groups.items(), key=lambda kv: (kv[0][0], repr(kv[0][1]))):
        if len(members) < 2:
            continue
        members.sort(key=lambda cid: (when(cid).earliest, cid))
        for i, old in enumerate(members):
            if old in out:
                continue
            # the body restates it when it later says otherwise, and says nothing at the same
            # time or since that the new figure cannot hold with
            later = [n for n in members[i + 1:] if when(n).earliest > when(old).latest and disagree(old, n)
                     and small(old, n)
                     and not any(m != n and when(m).latest >= when(n).earliest and disagree(m, n) for m in members)]
            if later:
                out[old] = Revision(old, later[0], body, ())
    # one revision per restatement: the body's other claims of the same old figure are its echoes
    folded: dict[str, Revision] = {}
    for old, rev in sorted(out.items(), key=lambda kv: (when(kv[0]).earliest, kv[0])):
        same = next((r for r in folded.values() if r.new == rev.new and r.body is not None and rev.body is not None
                     and old in figures and r.old in figures
                     and figures[old][1].intersect(figures[r.old][1]) is not None), None)
        if same is not None:
            folded[same.old] = same._replace(echoes=same.echoes + (old,))
        else:
            folded[old] = rev
    # claims of other voices that repeated a superseded figure before the revision
    superseded = set(out)
    done = []
    for old, rev in sorted(folded.items()):
        if old not in figures or rev.new not in figures:
            done.append(rev)
            continue
        q, old_iv = figures[old]
        new_iv = figures[rev.new][1]
        echoes = tuple(sorted(
            cid for cid, (q2, iv) in figures.items()
            if q2 == q and cid not in superseded and cid != rev.new and when(cid).latest < when(rev.new).earliest
            and iv.intersect(old_iv) is not None and iv.intersect(new_iv) is None))
        done.append(rev._replace(echoes=tuple(sorted(set(rev.echoes) | set(echoes)))))
    return done
