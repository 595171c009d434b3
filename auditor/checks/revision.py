"""Revisions: a body restating its own figure (auditor/engine/revisions.py), reported once
with the old and the new figure instead of as a tension."""

from __future__ import annotations

from auditor.engine.describe import quantity_label
from auditor.models.findings import Finding, fingerprint


def revision(rule, sa) -> list[Finding]:
    from auditor.engine.report import statement_text
    corpus = sa.corpus
    out = []
    for rev in sa.revisions:
        old, new = corpus.claim(rev.old), corpus.claim(rev.new)
        when = {cid: sa.scenario.publication[corpus.claim(cid).source].label() for cid in (rev.old, rev.new, *rev.echoes, *rev.derived)}
        c_old, c_new = sa.compiled[rev.old], sa.compiled[rev.new]
        what = quantity_label(c_new.stated, sa.pack) if c_new.stated is not None else new.metric
        change = ""
        iv_old = c_old.readings[0].subject["default"].interval if c_old.stated is not None else None
        iv_new = c_new.readings[0].subject["default"].interval if c_new.stated is not None else None
        if iv_old is not None and iv_new is not None and None not in (iv_old.lo, iv_old.hi, iv_new.lo, iv_new.hi) \
                and iv_old.lo == iv_old.hi and iv_new.lo == iv_new.hi:
            diff = iv_new.lo - iv_old.lo
            change = f" ({'+' if diff > 0 else ''}{diff})"
        who = rev.body or f"{new.id} (declared: supersedes {old.id})"
        message = (f"{who} restated {what}: {statement_text(old)} on {when[rev.old]}, "
                   f"{statement_text(new)} on {when[rev.new]}{change}. The audit uses the newer figure; "
                   "the earlier one is kept in the report, not treated as a contradiction.")
        if rev.echoes:
            message += f" {len(rev.echoes)} other claim(s) repeated the earlier figure before it was restated."
        if rev.derived:
            message += (f" {len(rev.derived)} claim(s) worked out from the earlier figure before it was restated "
                        "(a change, a comparison, a rate or a record) fit it, and are judged by the figures of their day.")
        evidence = {"old": rev.old, "new": rev.new, "body": rev.body, "declared": rev.body is None,
                    "figures": {rev.old: f"{statement_text(old)} ({when[rev.old]})",
                                rev.new: f"{statement_text(new)} ({when[rev.new]})"},
                    "change": change.strip(" ()") or None}
        if rev.echoes:
            evidence["echoes"] = {cid: f"{statement_text(corpus.claim(cid))} ({when[cid]})" for cid in rev.echoes}
        if rev.derived:
            evidence["derived"] = {cid: f"{statement_text(corpus.claim(cid))} ({when[cid]})" for cid in rev.derived}
        claims = (rev.old, rev.new, *rev.echoes, *rev.derived)
        out.append(Finding(id=fingerprint(rule.id, (rev.old, rev.new), "revision"), rule=rule.id, kind="revision",
                           severity=rule.severity, claims=claims, message=message, evidence=evidence))
    return out
