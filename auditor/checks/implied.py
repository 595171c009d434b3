"""Implied figures: quantities no source states but the claims pin down.

A figure is reported when the claims pin it within a factor of `max_spread` (a rule
parameter): bounded above, and above zero by more than a strict comparison gives. Where claims have several
readings, the figure is also computed under each combination of readings, since "7000
fewer" and "down 29 to 32 percent" pin the 2018 total only when both are read alike.
"""

from __future__ import annotations

from auditor.engine.describe import quantity_label, range_text, short_quantity
from auditor.engine.solver import within_spread
from auditor.models.findings import Finding, fingerprint, joined_candidates


def implied(rule, sa) -> list[Finding]:
    """Findings from the ranges the engine computed for each block (auditor/engine/analysis.py)."""
    out = []
    spread = rule.params.get("max_spread", 10)
    seen: dict = {}   # each quantity's atoms (_involving)
    for block in sa.blocks:
        if not block.implied:
            continue
        reported = set()
        for entry in block.implied:
            for q, rng in sorted(entry.ranges.items(), key=lambda kv: repr(kv[0])):
                if q in reported or not within_spread(rng, spread):
                    continue
                reported.add(q)
                involved = _involving(q, block.consistent, sa, seen)
                out.append(_finding(rule, sa, q, rng, involved, entry.readings or None,
                                    _set_aside(involved, block, sa)))
    return out


def _set_aside(involved: list[str], block, sa) -> tuple[str, ...]:
    """The block's doubted claims that share a quantity with the claims a figure comes from:
    the figure was worked out without them."""
    if not block.set_aside:
        return ()
    touched = {q for c in involved for q in sa.compiled[c].quantities}
    return tuple(sorted(c for c in block.set_aside if sa.compiled[c].quantities & touched))


def _finding(rule, sa, q, rng, involved, readings, set_aside=()) -> Finding:
    pack = sa.pack
    integer = pack.metrics[q.metric].integer
    text = range_text(rng.lo, rng.hi, rng.lo_open, rng.hi_open, integer)
    what = f"exactly {text}" if "[" not in text and "(" not in text else f"in {text}"
    under = ""
    if readings:
        under = " if " + "; ".join(f"{c} means '{label}'" for c, label in sorted(readings.items()))
    loose = "" if getattr(rng, "exact", True) else \
        " (the solver reached its limit tightening it to whole numbers: the true range may be narrower)"
    aside = f" (worked out without {', '.join(set_aside)}, doubted in a tension)" if set_aside else ""
    message = f"No source states {quantity_label(q, pack)}, but the claims imply it is {what}{under}{loose}{aside}."
    evidence = {"quantity": short_quantity(q), "metric": q.metric, "place": q.place, "range": text,
                "min": str(rng.lo), "max": str(rng.hi), "from_claims": list(involved)}
    if loose:
        evidence["exact"] = False
    if readings:
        evidence["readings"] = dict(sorted(readings.items()))
    key = short_quantity(q) + text + repr(sorted((readings or {}).items()))
    return Finding(id=fingerprint(rule.id, tuple(involved), key), rule=rule.id, kind="implied",
                   severity=rule.severity, claims=tuple(involved), message=message, evidence=evidence,
                   set_aside=tuple(set_aside))


def fold_candidates(rule_id: str, per_candidate: list[tuple[tuple[str, ...], Finding]], pack) -> Finding:
    """One finding for a figure the same claims imply under several candidate publication
    dates (a different period under each: "last year" moves with the date), with its value
    under each candidate."""
    first = per_candidate[0][1]
    ev = first.evidence
    metric, place = pack.metrics[ev["metric"]], pack.places[ev["place"]]
    rows = [{"published": joined_candidates(candidates), "quantity": f.evidence["quantity"], "range": f.evidence["range"]}
            for candidates, f in per_candidate]
    values = "; ".join(f"{r['quantity']} in {r['range']} if {r['published']}" for r in rows)
    under = ""
    if ev.get("readings"):
        under = " if " + "; ".join(f"{c} means '{label}'" for c, label in sorted(ev["readings"].items()))
    message = (f"No source states {metric.label} in {place.name} for the period the claims name, but under each "
               f"candidate publication date they imply it{under}: {values}.")
    evidence = {"metric": ev["metric"], "place": ev["place"], "by_candidate": rows,
                "from_claims": list(first.claims)}
    if ev.get("readings"):
        evidence["readings"] = ev["readings"]
    key = ev["metric"] + ev["place"] + repr(rows) + repr(sorted((ev.get("readings") or {}).items()))
    return Finding(id=fingerprint(rule_id, first.claims, key), rule=rule_id, kind="implied",
                   severity=first.severity, claims=first.claims, message=message, evidence=evidence,
                   set_aside=tuple(sorted({c for _, f in per_candidate for c in f.set_aside})))


def _involving(q, active, sa, seen: dict | None = None) -> list[str]:
    """The claims that name q (or overlap it), and the claims that pin their other quantities.
    `seen`: each quantity's atoms, kept across the calls of one check."""
    seen = {} if seen is None else seen

    def atoms_of(x):
        found = seen.get(x)
        if found is None:
            found = seen[x] = {a for a, _ in sa.atoms.expansion[x]}
        return found

    target = atoms_of(q)
    direct = [c for c in sorted(active) if any(atoms_of(o) & target for o in sa.compiled[c].quantities)]
    reach = set()
    for c in direct:
        for o in sa.compiled[c].quantities:
            reach |= atoms_of(o)
    near = [c for c in sorted(active) if c not in direct
            and any(atoms_of(o) & reach for o in sa.compiled[c].quantities)]
    return sorted(direct + near) or sorted(active)
