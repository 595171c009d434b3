"""Implied figures: quantities no source states but the claims pin down.

A figure is reported when the claims pin it within a factor of `max_spread` (a rule
parameter): bounded above, and above zero by more than a strict comparison gives. Where claims have several
readings, the figure is also computed under each combination of readings, since "7000
fewer" and "down 29 to 32 percent" pin the 2018 total only when both are read alike.
"""

from __future__ import annotations

from itertools import product

from auditor.engine.describe import quantity_label, range_text, short_quantity
from auditor.models.findings import Finding, fingerprint

MAX_READING_COMBINATIONS = 16


def implied(rule, sa) -> list[Finding]:
    out = []
    max_quantities = int(rule.params.get("max_per_block", 40))
    spread = rule.params.get("max_spread", 10)
    for block in sa.blocks:
        if block.solver is None or not block.consistent:
            continue
        active = block.consistent
        stated = {sa.compiled[c].stated for c in active if sa.compiled[c].stated is not None}
        quantities = set()
        for cid in active:
            quantities |= sa.compiled[cid].quantities
        # a to-date period of an undated source ends on an unknown day: no figure to check it against
        targets = sorted((q for q in quantities if q not in stated and q[4] is None), key=repr)[:max_quantities]
        if not targets:
            continue
        found = {}
        for q in targets:
            rng = block.solver.range_of("default", active, ((q, 1),))
            if _bounded(rng, spread):
                found[q] = rng
                out.append(_finding(rule, sa, q, rng, _involving(q, active, sa), None))
        multi = [c for c in active if len(sa.compiled[c].readings) > 1]
        combos = list(product(*[range(len(sa.compiled[c].readings)) for c in multi])) if multi else []
        if len(combos) > MAX_READING_COMBINATIONS:
            combos = []
        for combo in combos:
            fixed = dict(zip(multi, combo))
            rest = [c for c in active if c not in fixed]
            extra = [x for c, i in fixed.items() for x in sa.compiled[c].readings[i].constraints["default"]]
            if any(sa.compiled[c].readings[i].invalid for c, i in fixed.items()):
                continue
            for q in targets:
                if q in found:
                    continue
                rng = block.solver.range_of("default", rest, ((q, 1),), extra)
                if rng is None:
                    break  # this combination of readings cannot hold together
                if _bounded(rng, spread):
                    labels = {c: sa.compiled[c].readings[i].label for c, i in fixed.items()}
                    out.append(_finding(rule, sa, q, rng, _involving(q, active, sa), labels))
    return out


def _bounded(rng, spread) -> bool:
    return rng is not None and rng.lo is not None and rng.hi is not None


def _finding(rule, sa, q, rng, involved, readings) -> Finding:
    pack = sa.pack
    integer = pack.metrics[q[0]].integer
    text = range_text(rng.lo, rng.hi, rng.lo_open, rng.hi_open, integer)
    what = f"exactly {text}" if "[" not in text and "(" not in text else f"in {text}"
    under = ""
    if readings:
        under = " if " + "; ".join(f"{c} means '{label}'" for c, label in sorted(readings.items()))
    message = f"No source states {quantity_label(q, pack)}, but the claims imply it is {what}{under}."
    evidence = {"quantity": short_quantity(q), "range": text,
                "min": str(rng.lo), "max": str(rng.hi), "from_claims": list(involved)}
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
