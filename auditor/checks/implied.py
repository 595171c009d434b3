"""Implied figures: quantities no source states but the claims pin down."""

from __future__ import annotations

from auditor.engine.describe import quantity_label, range_text, short_quantity
from auditor.models.findings import Finding, fingerprint


def implied(rule, sa) -> list[Finding]:
    pack = sa.pack
    out = []
    max_quantities = int(rule.params.get("max_per_block", 40))
    for block in sa.blocks:
        if block.solver is None or not block.consistent:
            continue
        active = block.consistent
        stated = {sa.compiled[c].stated for c in active if sa.compiled[c].stated is not None}
        quantities = set()
        for cid in active:
            quantities |= sa.compiled[cid].quantities
        targets = sorted((q for q in quantities if q not in stated), key=repr)[:max_quantities]
        for q in targets:
            rng = block.solver.range_of("default", active, ((q, 1),))
            if rng is None:
                continue
            integer = pack.metrics[q[0]].integer
            trivial_low = rng.lo is None or (pack.metrics[q[0]].non_negative and rng.lo <= 0)
            if rng.hi is None and trivial_low:
                continue
            involved = _involving(q, active, sa)
            text = range_text(rng.lo, rng.hi, rng.lo_open, rng.hi_open, integer)
            label = quantity_label(q, pack)
            if rng.lo is not None and rng.hi is not None and rng.lo == rng.hi:
                what = f"exactly {text}"
            elif rng.hi is None:
                what = f"at least {range_text(rng.lo, rng.lo, integer=integer)}" if not rng.lo_open else f"more than {text}"
            else:
                what = f"in {text}"
            message = f"No source states {label}, but the claims imply it is {what}."
            evidence = {"quantity": short_quantity(q), "range": text,
                        "min": None if rng.lo is None else str(rng.lo), "max": None if rng.hi is None else str(rng.hi),
                        "from_claims": list(involved)}
            readings = {c: r for c, r in block.readings.items() if c in involved}
            if readings:
                evidence["readings_that_hold"] = readings
            out.append(Finding(id=fingerprint(rule.id, tuple(involved), short_quantity(q) + text), rule=rule.id,
                               kind="implied", severity=rule.severity, claims=tuple(involved), message=message,
                               evidence=evidence))
    return out


def _involving(q, active, sa) -> list[str]:
    """The claims connected to quantity q: those naming it or sharing atoms with it."""
    atoms = {a for a, _ in sa.atoms.expansion[q]}
    out = []
    for cid in sorted(active):
        c = sa.compiled[cid]
        for other in c.quantities:
            other_atoms = {a for a, _ in sa.atoms.expansion[other]}
            if other == q or atoms & other_atoms:
                out.append(cid)
                break
    return out or sorted(active)
