"""Claims that cannot be checked: projections ("on pace to match 2018", "on track for
400"). They are kept and reported, never refused and never set against the counts: what
they speak of has not happened yet."""

from __future__ import annotations

from auditor.models.findings import Finding, fingerprint
from auditor.pack.plans import forecasts


def not_checkable(rule, sa) -> list[Finding]:
    from auditor.engine.report import statement_text
    out = []
    ahead = forecasts(sa.compiled.values(), sa.corpus, sa.scenario.publication)
    for cid in sorted(sa.resolved):
        claim = sa.corpus.claim(cid)
        if not claim.projection or (cid in sa.compiled and cid not in ahead):
            continue
        message = (f"{cid} is a projection ({statement_text(claim)} for {claim.metric} in {claim.place}, "
                   f"{claim.period}): “{claim.quote.text}”. It is kept in the report but not checked: what it "
                   "speaks of has not happened yet.")
        out.append(Finding(id=fingerprint(rule.id, (cid,), message), rule=rule.id, kind="not-checkable",
                           severity=rule.severity, claims=(cid,), message=message,
                           evidence={"projection": statement_text(claim)}))
    return out
