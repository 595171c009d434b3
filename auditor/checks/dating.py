"""Undated sources: which candidate publication dates keep every claim consistent."""

from __future__ import annotations

from auditor.models.findings import Finding, fingerprint


def dating(rule, corpus, per_scenario) -> list[Finding]:
    out = []
    for sid, source in sorted(corpus.sources.items()):
        if not source.is_undated:
            continue
        own = {c.id for c in corpus.claims if c.source == sid}
        verdicts: dict[str, dict] = {}
        for sa, findings in per_scenario:
            label = sa.scenario.publication[sid].label()
            entry = verdicts.setdefault(label, {"published": label, "fits": False, "tensions": set()})
            hits = [f for f in findings if f.kind == "tension" and own & set(f.claims)]
            hard = [f for f in hits if f.strength == "hard"]
            if not hits:
                entry["fits"] = True
            entry["tensions"].update(f.id for f in (hard or hits))
            if "links" not in entry:   # the first scenario's, as before: the others' were made and dropped
                entry["links"] = _links(sa, own)
            entry.setdefault("hard", False)
            entry["hard"] = entry["hard"] or bool(hard)
        rows = []
        for label in sorted(verdicts):
            v = verdicts[label]
            rows.append({"published": label, "fits": v["fits"],
                         "tensions": [] if v["fits"] else sorted(v["tensions"]), "links": v["links"]})
        fitting = [r["published"] for r in rows if r["fits"]]
        if _within_a_month(source.published) and len({(r["fits"], tuple(r["tensions"])) for r in rows}) == 1:
            continue   # known to the month, and no candidate changes a verdict: nothing to say
        years = sorted({r["published"][:4] for r in rows})
        fit_years = sorted({r[:4] for r in fitting})
        message = (f"Source '{sid}' is undated ({source.published.label()}); its phrases give "
                   f"{len(rows)} candidate publication {'range' if len(rows) == 1 else 'ranges'} in {', '.join(years)}. "
                   + ((f"{len(fitting)} {'keeps' if len(fitting) == 1 else 'keep'} every claim consistent "
                       f"({'year' if len(fit_years) == 1 else 'years'} {', '.join(fit_years)}).")
                      if fitting else "None keeps every claim consistent."))
        severity = rule.severity if fitting else "warning"
        ids = tuple(sorted(own))
        out.append(Finding(id=fingerprint(rule.id, ids, sid), rule=rule.id, kind="dating", severity=severity,
                           claims=ids, message=message,
                           evidence={"source": sid, "candidates": rows, "fitting_years": fit_years}))
    return out


def _within_a_month(published) -> bool:
    return (published.earliest.year, published.earliest.month) == (published.latest.year, published.latest.month)


def _links(sa, own: set[str]) -> list[str]:
    """How the undated source's claims meet other sources' claims under one candidate."""
    from auditor.engine.describe import short_quantity
    out = []
    for block in sa.blocks:
        mine = sorted(c for c in block.claim_ids if c in own)
        others = sorted(c for c in block.claim_ids if c not in own)
        if not mine or not others:
            continue
        def stated(cid):
            c = sa.compiled[cid]
            if c.stated:
                return short_quantity(c.stated)
            # the first by repr (min keeps the first of equals, as sorting did)
            return short_quantity(min(c.quantities, key=repr)) if c.quantities else "?"
        out.append(f"{', '.join(mine)} meet {', '.join(f'{o} ({stated(o)})' for o in others)}")
    return out
