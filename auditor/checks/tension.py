"""Tensions: minimal sets of claims that cannot all be true, classified by what links them."""

from __future__ import annotations

from auditor.engine.describe import subject_text
from auditor.models.findings import Finding, fingerprint


def classify(core: list[str], sa) -> str:
    """Which family of arithmetic a tension runs through (a rule's `params.via`)."""
    compiled = [sa.compiled[c] for c in core]
    kinds = {c.statement_kind for c in compiled}
    if any(r.invalid for c in compiled for r in c.readings):
        return "self"
    quantities = set()
    for c in compiled:
        quantities |= c.quantities
    if kinds == {"value"} and len(quantities) == 1:
        return "value"
    if "share" in kinds:
        return "share"
    if "comparison" in kinds:
        return "ordering"
    if "change" in kinds:
        return "change"
    if len({q[1] for q in quantities}) > 1:
        return "place"
    return "period"


def tension(rule, sa) -> list[Finding]:
    out = []
    via = rule.params.get("via")
    pack = sa.pack
    for t in sa.tensions():
        if classify(t.core, sa) != via:
            continue
        lines = []
        for cid in t.core:
            c = sa.compiled[cid]
            for r in c.readings:
                label = f" ({r.label})" if r.label else ""
                lines.append(f"{cid}{label}: {subject_text(r.subject[t.level], r, pack)}")
        recon = {r.claim_id: r for r in t.reconciliations}
        fix = recon[t.culprit]
        change = "" if fix.relative_change in (0.0, float("inf")) else f" (a change of {fix.relative_change:.1%})"
        reading = "even at the most generous reading of every qualifier and rounding" if t.strength == "hard" \
            else "under the default reading of the qualifiers (a generous reading reconciles them)"
        message = (f"{len(t.core)} claim{'s' if len(t.core) > 1 else ''} cannot all be true {reading}. "
                   f"Smallest reconciling change: {t.culprit}: {fix.text}{change}.")
        evidence = {
            "reading": t.level,
            "arithmetic": lines,
            "reconcile": {"claim": t.culprit, "how": fix.text,
                          "relative_change": None if fix.relative_change == float("inf") else round(fix.relative_change, 6)},
            "alternatives": [{"claim": r.claim_id, "how": r.text} for r in t.reconciliations if r.claim_id != t.culprit],
        }
        severity = rule.severity if t.strength == "hard" else "warning"
        out.append(Finding(id=fingerprint(rule.id, tuple(t.core), t.strength + "|" + "|".join(lines)),
                           rule=rule.id, kind="tension", severity=severity, strength=t.strength,
                           claims=tuple(t.core), message=message, evidence=evidence))
    return out

