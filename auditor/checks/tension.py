"""Tensions: minimal sets of claims that cannot all be true, classified by what links them,
with their suspects (most likely wrong first) and the reasons, in a reporter's words."""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction

from auditor.checks.comparability import (change_of_another_part, counts_less, counts_more, differing_counts,
                                          an_earlier_estimate, of_another_version,
                                          differing_estimates, differing_measures, names_the_gap, parts_of_other_reports,
                                          planned_ahead, running_days_apart, settled_since,
                                          told_as_some_of)
from auditor.engine.analysis import Reconciliation, Tension, _measure, ratio_words
from auditor.engine.describe import short_quantity, subject_text
from auditor.engine.intervals import describe_range
from auditor.engine.revisions import (_plain_figures, _span, figures_of_their_day, fits_a_standing_rival,
                                       given_for_a_shorter_stretch, misfits_of_their_day, plain_figure,
                                       rivals_restated_together)
from auditor.engine.solver import Range
from auditor.engine.suspects import claims_by_source, figure_key, follows_from_its_own_figures, own_arithmetic
from auditor.models.findings import Finding, Suspect, fingerprint
from auditor.pack.plans import revision_param


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
    if _relations_of(quantities, sa.pack):
        return "relation"
    if "share" in kinds:
        return "share"
    if "comparison" in kinds:
        return "ordering"
    if "change" in kinds:
        return "change"
    if len({q.place for q in quantities}) > 1:
        return "place"
    return "period"


def _relations_of(quantities, pack) -> list:
    """The pack's relations between the metrics of a set of quantities (rules/relations.yaml)."""
    metrics = sorted({q.metric for q in quantities})
    found = {r.id: r for i, a in enumerate(metrics) for b in metrics[i + 1:] if (r := pack.related(a, b))}
    return [found[k] for k in sorted(found)]


def _relation_words(rel, pack) -> str:
    if hasattr(rel, "rate"):   # rules/rates.yaml
        rate, unit = pack.metrics[rel.rate], pack.metrics[rel.rate].unit
        return (f"{rate.label.capitalize()} is {pack.metrics[rel.count].label} {unit} of "
                f"{pack.metrics[rel.population].label}")
    whole = pack.metrics[rel.whole].label
    parts = " + ".join(pack.metrics[m].label for m in rel.parts)
    if rel.complete:
        return f"{whole.capitalize()} are exactly {parts}"
    if len(rel.parts) == 1:
        return f"{parts.capitalize()} are never more than {whole}"
    return f"{whole.capitalize()} are never fewer than {parts}"


def _said(cid: str, sa) -> str:
    """A claim's words and where they come from: “…” (publisher, date)."""
    claim = sa.corpus.claim(cid)
    source = sa.corpus.sources[claim.source]
    who = f"{claim.speaker}, " if claim.speaker and claim.attribution != "reporter" else ""
    return f"“{claim.quote.text}” ({who}{source.publisher}, {sa.scenario.publication[claim.source].label()})"


def _publishers(cids: list[str], sa) -> list[str]:
    return sorted({sa.corpus.sources[sa.corpus.claim(c).source].voice for c in cids})


def _figure(cid: str, sa) -> str:
    from auditor.engine.report import statement_text
    return statement_text(sa.corpus.claim(cid))


def _who(cid: str, sa) -> str:
    voice = sa.compiled[cid].voice
    table = sa.pack.suspicion
    return f"{table.statement[voice.statement].label}, in {table.authority[voice.authority].label}"


def _support_words(cid: str, t, sa) -> str:
    copies = [cid] + t.support.get(cid, [])
    pubs = _publishers(copies, sa)
    if len(pubs) == 1:
        return f"stated only by {pubs[0]}" + (f" ({len(copies)} times)" if len(copies) > 1 else "")
    return f"stated by {len(pubs)} independent sources ({', '.join(pubs)})"


def suspects_of(t, sa) -> list[Suspect]:
    """Each suspect with its reason: what kind of claim it is and who says it, how many
    independent sources state the figures it conflicts with, and what would reconcile it."""
    out = []
    for i, cid in enumerate(t.suspects):
        parts = [_who(cid, sa)]
        if i == 0:
            # its own copies, doubted with it, are named before the figures it conflicts with, so
            # that they do not read as copies of the last of those
            if len(t.doubted) > 1:
                parts.append(f"doubted with its copies {', '.join(c for c in t.doubted if c != cid)}")
            others = [m for m in t.core if m != cid and sa.compiled[m].statement_kind == "value"]
            if others:
                backed = "; ".join(f"{_figure(m, sa)} for {_quantity(m, sa)} is {_support_words(m, t, sa)}"
                                   for m in others)
                parts.append(f"the figures it conflicts with: {backed}")
            parts.append(_fix_words(t.reconciliation.text, cid, sa))
        else:
            parts.append(_support_words(cid, t, sa) + (
                ", so doubting it means doubting all of them" if t.support.get(cid) else ""))
            if t.costs[i] <= t.costs[0]:
                parts.append("no costlier to doubt than the first")
        out.append(Suspect(claim=cid, reason="; ".join(p for p in parts if p)))
    return out


def _quantity(cid: str, sa) -> str:
    c = sa.compiled[cid]
    return short_quantity(c.stated) if c.stated is not None else cid


def _fix_words(fix: str, cid: str, sa) -> str:
    if fix.startswith("the other claims give"):
        return f"{fix}, not {_figure(cid, sa)}"
    return fix


def of_their_day(t, sa):
    """The tension as the doubted claim's day saw it (revisions.figures_of_their_day): where a
    figure it is set against has since been restated, the figure of its own article or of
    its day in its place, with that figure's copies, and the reconciliation worked out on
    them. The claims doubted are the same; only the figures shown beside them change. Off
    with the revision rule's `of_their_day`."""
    if not sa.revisions or not revision_param(sa.pack, "of_their_day", True):
        return t
    doubted = t.suspects[0]
    shown = figures_of_their_day(t.core, doubted, t.level, sa.compiled, sa.corpus,
                                 sa.scenario.publication, sa.revisions, sa.claims_by_source())
    if not shown or _a_shorter_stretch(doubted, sa):
        return t
    swap = {m: ids[0] for m, ids in shown.items()}
    suspects = [swap.get(m, m) for m in t.suspects]
    costs = [sa.compiled[m].cost if m in swap.values() else c for m, c in zip(suspects, t.costs)]
    support = {m: v for m, v in t.support.items() if m not in shown}
    support.update({ids[0]: ids[1:] for ids in shown.values() if ids[1:]})
    core = sorted(swap.get(m, m) for m in t.core)
    return replace(t, core=core, suspects=suspects, costs=costs, support=support,
                   reconciliation=_reconcile_on(doubted, core, t.level, sa) or t.reconciliation)


def _a_shorter_stretch(cid: str, sa) -> bool:
    """Whether the doubted claim is a shorter stretch's figure under its period's name
    (revisions.given_for_a_shorter_stretch): its fault is the stretch, not a count of its day
    that has since moved, so it is shown against the period's count as the audit keeps it.
    Chattanooga's "16 in 2018" (November 2019) against the paper's 20, not its 21 of the day.
    The rule reads every source's figures; its answer is made once per scenario."""
    if "shorter_stretch" not in sa.indexes:
        figures = {c.claim_id: f for c in sa.compiled.values() if (f := plain_figure(c)) is not None}
        sa.indexes["shorter_stretch"] = given_for_a_shorter_stretch(list(sa.compiled.values()), sa.corpus, figures)
    return cid in sa.indexes["shorter_stretch"]


def _reconcile_on(doubted: str, core: list[str], level: str, sa) -> Reconciliation | None:
    """What would reconcile the doubted claim with the other figures of a core that are all
    plain figures (interval arithmetic, as analysis._reconcile does with the solver): the
    figure the other one gives, or the change (a ratio or a difference) the two others
    give. None otherwise."""
    c = sa.compiled[doubted]
    subject = c.readings[0].subject[level]
    figures = {sa.compiled[m].stated: sa.compiled[m].readings[0].subject[level].interval for m in core if m != doubted}
    if subject is None or subject.interval is None:
        return None
    if c.statement_kind == "value" and len(figures) == 2:
        return _rate_on(doubted, subject, figures, sa)
    if c.statement_kind == "value":
        (iv,) = figures.values()
        metric = sa.pack.metrics.get(c.stated.metric)
        return _measure(doubted, subject, Range(iv.lo, iv.hi, iv.lo_open, iv.hi_open),
                        metric is not None and metric.integer)
    if subject.kind == "linear":
        if any(q not in figures or None in (figures[q].lo, figures[q].hi) for q, _ in subject.terms):
            return None
        lo, hi = _span(subject.terms, {q: (iv.lo, iv.hi) for q, iv in figures.items()})
        whole = all(k.denominator == 1 for _, k in subject.terms) and all(
            (m := sa.pack.metrics.get(q.metric)) is not None and m.integer for q, _ in subject.terms)
        return _measure(doubted, subject, Range(lo, hi), whole)
    if subject.kind != "ratio" or subject.numerator not in figures or subject.denominator not in figures:
        return None
    num, den = figures[subject.numerator], figures[subject.denominator]
    iv = subject.interval
    if None in (num.lo, num.hi, den.lo, den.hi, iv.lo, iv.hi) or den.lo <= 0:
        return None
    lo, hi = num.lo / den.hi, num.hi / den.lo
    gap = iv.lo - hi if hi < iv.lo else lo - iv.hi if lo > iv.hi else Fraction(0)
    said = ratio_words(lo, subject.unit) if lo == hi else \
        f"{ratio_words(lo, subject.unit)} to {ratio_words(hi, subject.unit)}"
    given = f"{describe_range(num.lo, num.hi, integer=True)} and {describe_range(den.lo, den.hi, integer=True)}"
    return Reconciliation(doubted, Range(lo, hi), float(gap / (abs((iv.lo + iv.hi) / 2) or 1)),
                          f"the other claims give {given}: {said}")


def _rate_reconciled(t, sa):
    """A tension whose doubted claim is a rate set against a count and a population, with the
    rate they give as what would reconcile it (the solver's range of the rate's own quantity,
    which only the rate ties to them, says nothing)."""
    first = t.suspects[0]
    c = sa.compiled[first]
    if c.statement_kind != "value" or c.stated is None or sa.pack.rate_of(c.stated.metric) is None \
            or len(t.core) != 3 or any(sa.compiled[m].stated is None or sa.compiled[m].statement_kind != "value"
                                       or len(sa.compiled[m].readings) != 1 for m in t.core):
        return t
    fix = _reconcile_on(first, t.core, t.level, sa)
    return t if fix is None else replace(t, reconciliation=fix)


def _rate_on(doubted: str, subject, figures: dict, sa) -> Reconciliation | None:
    """What would reconcile a rate with a count and a population (_reconcile_on): the rate
    they give. None when the claim is no rate, or they are not its count and population."""
    from auditor.engine.compile import rate_as_ratio
    from auditor.units import rate_scale

    c = sa.compiled[doubted]
    rate = sa.pack.rate_of(c.stated.metric)
    if rate is None:
        return None
    ratio = rate_as_ratio(rate, c.stated, subject.interval, sa.pack)
    num, den = figures.get(ratio.numerator), figures.get(ratio.denominator)
    if num is None or den is None or None in (num.lo, num.hi, den.lo, den.hi) or den.lo <= 0:
        return None
    scale = Fraction(rate_scale(sa.pack.metrics[rate.rate].unit))
    return _measure(doubted, subject, Range(num.lo / den.hi * scale, num.hi / den.lo * scale), False)


def _against_own_figures(sa, outvoted_by: int = 2) -> list:
    """Tensions of changes with their own article's figures, since restated or doubted, that do
    not give them (revisions.misfits_of_their_day), for changes in no other tension: the change
    is doubted, its article's figures beside it. Off with the revision rule's `of_their_day`."""
    if not revision_param(sa.pack, "of_their_day", True):
        return []
    named = {c for t in sa.tensions() for c in t.claims}
    doubted = sa.set_aside()
    out = []
    for cid, own, strength in misfits_of_their_day(sa.compiled, sa.corpus, sa.revisions, doubted, sa.scenario.publication):
        # a change in a tension already is reported there, and so is one beside a figure of its
        # article that other outlets contradict (that figure is what is wrong: the change was
        # worked out on the right one, and the figure's own tension names it)
        if cid in named or any(m in doubted and _outvoted(m, sa, doubted, outvoted_by) for m in own) \
                or (any(m in doubted for m in own) and _worked_out_elsewhere(cid, sa, doubted)):
            continue
        out.append(_misfit_tension(cid, own, strength, sa))
    return out


def _rivals_of_their_day(sa) -> list:
    """Tensions between two figures one later figure restates, which two outlets gave days
    apart and which disagree (revisions.rivals_restated_together): the restatement settles
    the count, not which report of its day was right. The cheaper to doubt comes first."""
    if not sa.revisions:
        return []
    out = []
    for a, b, strength in rivals_restated_together(sa.compiled, sa.corpus, sa.revisions, sa.scenario.publication):
        level = "generous" if strength == "hard" else "default"
        first, other = sorted((a, b), key=lambda m: (sa.compiled[m].cost, m))
        core = sorted((a, b))
        fix = _reconcile_on(first, core, level, sa) or Reconciliation(first, None, float("inf"), "drop this claim")
        out.append(Tension(core=core, strength=strength, level=level, suspects=[first, other],
                           costs=[sa.compiled[first].cost, sa.compiled[other].cost], doubted=[first],
                           support={}, reconciliation=fix))
    return out


def _worked_out_elsewhere(cid: str, sa, doubted: set) -> bool:
    """Whether another outlet gives the same change, worked out from figures its own article
    states (suspects.own_arithmetic), in claims the audit keeps: for a change whose article's
    figure the audit doubts (not one restated since), the change is then right, and that
    figure is what is wrong (its own tension names it).
    Example: a news conference's "18% drop" to 228, the Free Press with 276 (-17.4%), The
    Detroit News with 278 (-18.0%)."""
    key = figure_key(sa.compiled[cid])
    if key is None:
        return False
    voice = sa.corpus.sources[sa.corpus.claim(cid).source].voice
    for m in _by_figure(sa).get(key, ()):
        if m == cid or m in doubted or m not in sa.block_of:
            continue
        if sa.corpus.sources[sa.corpus.claim(m).source].voice == voice:
            continue
        figures = own_arithmetic(m, "default", sa.compiled, sa.corpus)
        if figures is not None and not any(f in doubted for f in figures):
            return True
    return False


def _misfit_tension(cid: str, own: list[str], strength: str, sa) -> Tension:
    """The tension of a change with its own article's figures (misfits_of_their_day)."""
    level = "generous" if strength == "hard" else "default"
    core = sorted([cid, *own])
    costs = [sa.compiled[m].cost for m in [cid, *own]]
    fix = _reconcile_on(cid, core, level, sa) or Reconciliation(cid, None, float("inf"), "drop this claim")
    return Tension(core=core, strength=strength, level=level, suspects=[cid, *own], costs=costs,
                   doubted=[cid], support={}, reconciliation=fix)


def _judged_by_its_day(sa) -> dict:
    """Rule: a change published before a figure it relates was restated is judged by its own
    article's figures: a tension that sets it against the restated figure becomes the tension
    with its article's figures (misfits_of_their_day), soft where only the default reading of
    its words fails on them. Example: The Detroit News's "The 302 homicides for 2016 represent
    a 2.3 percent jump from the 2015's total of 295" (2.37%), the 302 restated as 305 a year
    later: the tension is the 2.3% against 302 and 295 (soft: "2.3" read generously allows
    2.37), not against 305 (3.4%). Returns, by the doubted change, its tension of its day."""
    if not sa.revisions or not revision_param(sa.pack, "of_their_day", True):
        return {}
    superseded = {r.old for r in sa.revisions} | {e for r in sa.revisions for e in r.echoes}
    out = {}
    for cid, own, strength in misfits_of_their_day(sa.compiled, sa.corpus, sa.revisions, sa.set_aside(),
                                                  sa.scenario.publication):
        restated = {sa.compiled[m].stated for m in own if m in superseded}
        out[cid] = (restated, _misfit_tension(cid, own, strength, sa))
    return out


def _of_its_day(t, day: dict, sa):
    """The tension `t` as its doubted change's day saw it (_judged_by_its_day): when it sets
    the change against another figure of a quantity its article gave and which was restated
    since, and the figures of its day do not stand in it already (of_their_day: where the
    change still cannot hold with them at the tension's own reading)."""
    first = t.suspects[0]
    if first not in day or of_their_day(t, sa) is not t:
        return t   # shown beside the figures of its day already (figures_of_their_day)
    restated, theirs = day[first]
    against = [m for m in t.core if m != first]
    if any(sa.compiled[m].stated in restated and m not in theirs.core for m in against):
        return theirs
    return t


def _fits_a_rival(t, sa) -> bool:
    """Whether the tension sets one change, with plain figures alone, against figures of a
    quantity that has rival counts standing, when a pair of the stated figures gives the
    change at the default reading (revisions.fits_a_standing_rival): a hard tension with one
    rival that only the generous reading reconciles with another is still a tension."""
    changes = [m for m in t.core if sa.compiled[m].statement_kind == "change"]
    if len(changes) != 1 or any(sa.compiled[m].statement_kind != "value" for m in t.core if m not in changes):
        return False
    if "plain_figures" not in sa.indexes:
        sa.indexes["plain_figures"] = _plain_figures(sa.compiled, "default")
    if "source_of" not in sa.indexes:
        sa.indexes["source_of"] = {m: sa.corpus.claim(m).source for m in sa.compiled}
    return fits_a_standing_rival(changes[0], sa.compiled, sa.revisions, sa.indexes["source_of"],
                                 sa.scenario.publication, sa.indexes["plain_figures"])


def _outvoted(cid: str, sa, doubted: set, outvoted_by: int = 2) -> bool:
    """Whether at least `outvoted_by` (TN004's parameter) outlets give, in claims the audit keeps, another figure for
    the quantity a doubted plain figure states. Example: a paper's 77 for 2010 against CPD's
    75 in two outlets; not a station's 139 against the police's 141 alone."""
    c = sa.compiled[cid]
    if c.stated is None or c.statement_kind != "value":
        return False
    mine = c.readings[0].subject["default"].interval
    outlets = set()
    for m in _by_stated(sa).get(c.stated, ()):
        o = sa.compiled[m]
        if m not in doubted and o.statement_kind == "value" and len(o.readings) == 1 \
                and not o.readings[0].invalid and o.readings[0].subject["default"] is not None \
                and o.readings[0].subject["default"].interval != mine and m in sa.block_of:
            outlets.add(sa.corpus.sources[sa.corpus.claim(m).source].voice)
    return len(outlets) >= outvoted_by


def _by_figure(sa) -> dict:
    """The compiled claims' ids by figure_key, made once per scenario (a scan of every claim
    per change asked about was quadratic)."""
    if "by_figure" not in sa.indexes:
        out: dict = {}
        for m, o in sa.compiled.items():
            key = figure_key(o)
            if key is not None:
                out.setdefault(key, []).append(m)
        sa.indexes["by_figure"] = out
    return sa.indexes["by_figure"]


def _by_stated(sa) -> dict:
    """The compiled claims' ids by the quantity they state, made once per scenario."""
    if "by_stated" not in sa.indexes:
        out: dict = {}
        for m, o in sa.compiled.items():
            if o.stated is not None:
                out.setdefault(o.stated, []).append(m)
        sa.indexes["by_stated"] = out
    return sa.indexes["by_stated"]


def tension(rule, sa) -> list[Finding]:
    out = []
    via = rule.params.get("via")
    pack = sa.pack
    doubted = sa.set_aside()
    own = _against_own_figures(sa, rule.params.get("outvoted_by", 2)) if via == "change" else \
        _rivals_of_their_day(sa) if via == "value" else ()
    day = _judged_by_its_day(sa) if via == "change" else {}
    shown: set = set()
    in_source = None   # claim ids by source, once a tension asks (claims_by_source)
    for t in [*sa.tensions(), *own]:
        if classify(t.core, sa) != via:
            continue
        changes_alone = via == "change" and all(sa.compiled[cid].statement_kind == "change" for cid in t.core)
        if changes_alone and t.strength == "soft" and not rule.params.get("soft_changes_alone", True):
            continue   # two hedged wordings of one change, no figure pins them, the generous reading reconciles
        if via == "value" and len(t.core) == 2 and differing_estimates(
                [t.core[0], *t.support.get(t.core[0], ())], [t.core[1], *t.support.get(t.core[1], ())], sa,
                tuple(rule.params.get("estimate_words", ()))):
            continue   # two officials' estimates (their not-comparable finding shows them)
        if via == "value" and len(t.core) == 2 and an_earlier_estimate(
                [t.core[0], *t.support.get(t.core[0], ())], [t.core[1], *t.support.get(t.core[1], ())], sa,
                tuple(rule.params.get("estimate_words", ())), tuple(rule.params.get("earlier_estimate_patterns", ()))):
            continue   # an article's estimate of an earlier day beside its update
        if via == "value" and len(t.core) == 2 and differing_measures(
                [t.core[0], *t.support.get(t.core[0], ())], [t.core[1], *t.support.get(t.core[1], ())], sa,
                dict(rule.params.get("measures", {})), tuple(rule.params.get("measured_metric_words", ()))):
            continue   # one rate by two measures (their not-comparable finding shows them)
        # two counts under one name (a not-comparable finding shows those of one quantity; two changes
        # alone of them, "36 more officers on the streets" and "38 more sworn", are dropped)
        if (via in ("value", "period") or changes_alone) and len(t.core) == 2 and differing_counts(
                [t.core[0], *t.support.get(t.core[0], ())], [t.core[1], *t.support.get(t.core[1], ())], sa,
                tuple(rule.params.get("counted_ways", ()))):
            continue
        if via == "change" and change_of_another_part(t.core, sa, tuple(rule.params.get("part_patterns", ())),
                                                      t.support):
            continue   # a change of one part of a count set against figures of another, or of the whole
        if via == "change" and of_another_version(t.core, sa, tuple(rule.params.get("version_told_patterns", ()))):
            continue   # a change of one version of a budget set against figures of another
        if via == "period" and len(t.core) == 2 and settled_since(
                [t.core[0], *t.support.get(t.core[0], ())], [t.core[1], *t.support.get(t.core[1], ())], sa,
                tuple(rule.params.get("settling_metric_words", ())), int(rule.params.get("settled_days", 0) or 0),
                float(rule.params.get("settled_share", 0.85))):
            continue   # a count of its day and, long after, the settled count of a shorter stretch
        if via == "period" and rule.params.get("restated_parts_count") is not None and parts_of_other_reports(
                t.core, sa, float(rule.params.get("restated_parts_share", 0)), int(rule.params.get("restated_parts_count")),
                int(rule.params.get("restated_parts_days", 0)), t.support):
            continue   # parts and their whole told in different reports: the count moved between them
        if via == "relation" and names_the_gap(t.core, sa, tuple(rule.params.get("other_kind_patterns", ()))):
            continue   # a whole whose own sentence counts the cases its parts leave out
        if via == "value" and len(t.core) == 2 and counts_more(
                [t.core[0], *t.support.get(t.core[0], ())], [t.core[1], *t.support.get(t.core[1], ())], sa,
                tuple(rule.params.get("inclusion_words", ())), tuple(rule.params.get("inclusion_patterns", ())),
                tuple(rule.params.get("inclusion_scope_patterns", ()))):
            continue   # one figure takes in, by its own words, exactly the cases the other leaves out
        if via == "value" and len(t.core) == 2 and counts_less(
                [t.core[0], *t.support.get(t.core[0], ())], [t.core[1], *t.support.get(t.core[1], ())], sa,
                tuple(rule.params.get("exclusion_words", ())), tuple(rule.params.get("late_start_patterns", ())),
                tuple(rule.params.get("part_patterns", ())), tuple(rule.params.get("low_point_patterns", ())),
                tuple(rule.params.get("named_part_words", ())), tuple(rule.params.get("named_part_breaks", ())),
                tuple(rule.params.get("parts_of_wholes", ())), tuple(rule.params.get("defined_out", ())),
                tuple(rule.params.get("undecided_patterns", ())), tuple(rule.params.get("left_out_patterns", ()))):
            continue   # one figure leaves out, by its own words, exactly the cases the other takes in
        if via == "value" and len(t.core) == 2 and told_as_some_of(
                [t.core[0], *t.support.get(t.core[0], ())], [t.core[1], *t.support.get(t.core[1], ())], sa,
                tuple(rule.params.get("some_of_patterns", ())), tuple(rule.params.get("some_of_whole_before", ()))):
            continue   # a part its own sentence gives as some of the whole ("16 of the 43 ...")
        if via in ("value", "period") and len(t.core) == 2 and planned_ahead(
                [t.core[0], *t.support.get(t.core[0], ())], [t.core[1], *t.support.get(t.core[1], ())], sa,
                int(rule.params.get("plan_ahead_days", 0) or 0), tuple(rule.params.get("plan_patterns", ()))):
            continue   # a plan given long before its period, replaced by a figure given after it
        if via == "value" and len(t.core) == 2 and rule.params.get("running_days_apart", False) and running_days_apart(
                [t.core[0], *t.support.get(t.core[0], ())], [t.core[1], *t.support.get(t.core[1], ())], sa,
                tuple(rule.params.get("earlier_hour_patterns", ()))):
            continue   # two counts so far of days not known, the gap within the count's pace
        if via == "change" and rule.params.get("fits_a_rival", False) and _fits_a_rival(t, sa):
            continue   # a change worked out from one of its base's rival counts (their own finding)
        before, t = t, _of_its_day(t, day, sa)
        if t is not before:
            if tuple(t.core) in shown:
                continue   # two tensions of one change against restated figures: one of its day
            shown.add(tuple(t.core))
        if in_source is None:
            in_source = claims_by_source(sa.compiled, sa.corpus)
        if follows_from_its_own_figures(t.suspects[0], t.level, sa.compiled, sa.corpus, doubted, in_source,
                                        _by_stated(sa)):
            continue   # its article's figures are the ones in tension (their own findings)
        if not any(t is r for r in own) or via != "value":
            t = _rate_reconciled(of_their_day(t, sa), sa)   # rivals of one day: shown as given
        lines = []
        for cid in t.core:
            c = sa.compiled[cid]
            for r in c.readings:
                label = f" ({r.label})" if r.label else ""
                lines.append(f"{cid}{label}: {subject_text(r.subject[t.level], r, pack)}")
        suspects = suspects_of(t, sa)
        first = t.suspects[0]
        reading = "even at the most generous reading of every qualifier and rounding" if t.strength == "hard" \
            else "under the default reading of the qualifiers (a generous reading reconciles them)"
        message = (f"{len(t.core)} claims cannot all be true {reading}. " if len(t.core) > 1 else
                   f"This claim cannot be true {reading}. ") + (
                   f"Most likely wrong: {first}, {_said(first, sa)}: {suspects[0].reason}.")
        fix = t.reconciliation
        evidence = {
            "reading": t.level,
            "arithmetic": lines,
            "quotes": {cid: _said(cid, sa) for cid in t.claims},
            "reconcile": {"claim": first, "how": fix.text,
                          "relative_change": None if fix.relative_change == float("inf")
                          else round(fix.relative_change, 6)},
        }
        if t.support:
            evidence["same_figure"] = {cid: copies for cid, copies in sorted(t.support.items())}
        if via == "relation":
            quantities = set().union(*(sa.compiled[c].quantities for c in t.core))
            related = _relations_of(quantities, pack)
            evidence["relations"] = {r.id: _relation_words(r, pack) for r in related}
            message += " " + " ".join(f"{_relation_words(r, pack)} (relation {r.id})." for r in related)
        severity = rule.severity if t.strength == "hard" else "warning"
        claims = tuple(t.claims)
        out.append(Finding(id=fingerprint(rule.id, tuple(t.core), t.strength + "|" + "|".join(lines)),
                           rule=rule.id, kind="tension", severity=severity, strength=t.strength,
                           claims=claims, message=message, evidence=evidence, suspects=tuple(suspects)))
    return out


UNDETERMINED_RULE = "UD001"


def undetermined(sa) -> list[Finding]:
    """The questions about a scenario's blocks that ran out of their budget: each names its
    claims, what was asked, and how to give it more (never a guess either way)."""
    out = []
    for block in sa.blocks:
        for u in block.undetermined:
            if u.deadline:
                why = "the audit's deadline passed before it was answered"
                how = "give the audit more time (auditor audit --deadline SECONDS, or none at all)"
            else:
                why = f"z3 did not answer within {u.units:,} resource units"
                how = (f"raise the budget per question (auditor audit --budget {u.units * 10:,}; "
                       "audit(..., budget=...)), or split the claims")
            shown = ", ".join(u.claims[:8]) + (f" and {len(u.claims) - 8} more" if len(u.claims) > 8 else "")
            message = (f"Undetermined: {u.question} was not decided for {len(u.claims)} claim{'s' * (len(u.claims) != 1)} ({shown}): "
                       f"{why}. Nothing is reported about them either way; {how}.")
            evidence = {"question": u.question, "units": u.units, "deadline": u.deadline, "how": how}
            key = u.question + ("|deadline" if u.deadline else f"|{u.units}")
            out.append(Finding(id=fingerprint(UNDETERMINED_RULE, u.claims, key), rule=UNDETERMINED_RULE,
                               kind="undetermined", severity="warning", claims=u.claims, message=message,
                               evidence=evidence))
    return out
