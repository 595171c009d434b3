"""Revisions: a body restating its own figure later is a revision, not a contradiction.

A claim supersedes an earlier one when it says so (`supersedes:`), or when both come from
the same official body (a release or dataset of one publisher, or figures attributed to one
named body or official), state the same quantity, disagree, and the later one was surely
published after the earlier. Claims of other voices that repeated the old figure before the
revision came out are superseded with it. Superseded claims stay in the report and are left
out of the audit, which uses the newer figure.
"""

from __future__ import annotations

from typing import NamedTuple

from auditor.engine.compile import CompiledClaim


class Revision(NamedTuple):
    old: str                   # the superseded claim
    new: str                   # the claim that restates it
    body: str | None           # who restated it (None: declared with `supersedes:`)
    echoes: tuple[str, ...]    # other claims that repeated the old figure before the revision


def body_of(claim, source) -> str | None:
    """The official body a claim speaks for, if any: an official source's publisher, or the
    named body or official a figure is attributed to. A reporter's own figure has none."""
    if source.kind in ("dataset", "official-statement"):
        return source.publisher
    if claim.attribution in ("paraphrase", "document", "direct-quote") and claim.speaker:
        return claim.speaker
    return None


def _figure(c: CompiledClaim):
    """The stated quantity and the default interval of a plain value claim, else None."""
    if c.stated is None or c.statement_kind != "value" or len(c.readings) != 1 or c.readings[0].invalid:
        return None
    return c.stated, c.readings[0].subject["default"].interval


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
        if body is not None:
            groups.setdefault((body, q), []).append(cid)

    def when(cid: str):
        return publication[corpus.claim(cid).source]

    for (body, q), members in sorted(groups.items(), key=lambda kv: (kv[0][0], repr(kv[0][1]))):
        members.sort(key=lambda cid: (when(cid).earliest, cid))
        for i, old in enumerate(members):
            if old in out:
                continue
            later = [n for n in members[i + 1:] if when(n).earliest > when(old).latest
                     and figures[n][1].intersect(figures[old][1]) is None]
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
