"""Implied figures: quantities no source states but the claims pin down.

A figure is reported when the claims pin it within a factor of `max_spread` (a rule
parameter): bounded above, and above zero by more than a strict comparison gives. Where claims have several
readings, the figure is also computed under each combination of readings, since "7000
fewer" and "down 29 to 32 percent" pin the 2018 total only when both are read alike.
"""

from __future__ import annotations

from auditor.engine.describe import quantity_label, range_text, short_quantity
from auditor.engine.solver import within_spread
from auditor.models.findings import Finding, fingerprint


def implied(rule, sa) -> list[Finding]:
    """Findings from the ranges the engine computed for each block (auditor/engine/analysis.py)."""
    out = []
    spread = rule.params.get("max_spread", 10)
    for block in sa.blocks:
        if not block.implied:
            continue
        reported = set()
        for entry in block.implied:
            for q, rng in sorted(entry.ranges.items(), key=lambda kv: repr(kv[0])):
                if q in reported or not within_spread(rng, spread):
                    continue
                reported.add(q)
                out.append(_finding(rule, sa, q, rng, _involving(q, block.consistent, sa), entry.readings or None))
    return out


def _finding(rule, sa, q, rng, involved, readings) -> Finding:
    pack = sa.pack
    integer = pack.metrics[q[0]].integer
    text = range_text(rng.lo, rng.hi, rng.lo_open, rng.hi_open, integer)
    what = f"exactly {text}" if "[" not in text and "(" not in text else f"in {text}"
    under = ""
    if readings:
        under = " if " + "; ".join(f"{c} means '{label}'" for c, label in sorted(readings.items()))
    loose = "" if getattr(rng, "exact", True) else \
        " (the solver reached its limit tightening it to whole numbers: the true range may be narrower)"
    message = f"No source states {quantity_label(q, pack)}, but the claims imply it is {what}{under}{loose}."
    evidence = {"quantity": short_quantity(q), "range": text,
                "min": str(rng.lo), "max": str(rng.hi), "from_claims": list(involved)}
    if loose:
        evidence["exact"] = False
    if readings:
        evidence["readings"] = dict(sorted(readings.items()))
    key = short_quantity(q) + text + repr(sorted((readings or {}).items()))
    return Finding(id=fingerprint(rule.id, tuple(involved), key), rule=rule.id, kind="implied",
                   severity=rule.severity, claims=tuple(involved), message=message, evidence=evidence)


def _involving(q, active, sa) -> list[str]:
    """The claims that name q (or overlap it), and the claims that pin their other quantities."""
    def atoms_of(x):
        return {a for a, _ in sa.atoms.expansion[x]}

    target = atoms_of(q)
    direct = [c for c in sorted(active) if any(atoms_of(o) & target for o in sa.compiled[c].quantities)]
    reach = set()
    for c in direct:
        for o in sa.compiled[c].quantities:
            reach |= atoms_of(o)
    near = [c for c in sorted(active) if c not in direct
            and any(atoms_of(o) & reach for o in sa.compiled[c].quantities)]
    return sorted(direct + near) or sorted(active)
