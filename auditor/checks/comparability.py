"""Claims that look alike but are not comparable: different definitions or different places."""

from __future__ import annotations

import re
from datetime import timedelta
from fractions import Fraction
from itertools import combinations

from auditor.engine.quotes import matches_any, own_clause
from auditor.engine.quotes import own_sentence as _own_sentence
from auditor.engine.quotes import written_amounts
from auditor.engine.revisions import body_of, counting_body, outlet_of, own_release, plain_figure
from auditor.models import Period
from auditor.models.findings import Finding, fingerprint
from auditor.pack.plans import names_any, plan_metrics
from auditor.pack.versions import version_near, version_told, version_words
from auditor.text.numbers import parse_number


def _main(sa, cid):
    c = sa.resolved[cid]
    return c.claim, c.statements[0].period


def _officials(cids, sa) -> set[str]:
    """The named people who give these figures in their own words (a quote, a paraphrase,
    a document), not a reporter's."""
    out = set()
    for cid in cids:
        claim = sa.corpus.claim(cid)
        if claim.speaker and claim.attribution != "reporter":
            out.add(claim.speaker)
    return out


def _an_estimate(cids, sa, words) -> bool:
    """Whether one of these claims, or their metric's definition, says the figure is an estimate."""
    for cid in cids:
        claim = sa.corpus.claim(cid)
        metric = sa.pack.metrics.get(claim.metric)
        if names_any(claim.quote.text, words) or (metric is not None and names_any(metric.definition, words)):
            return True
    return False


def differing_estimates(one, other, sa, words) -> bool:
    """Rule: two figures of one quantity (each with its copies, `one` and `other`), each an
    estimate (`estimate_words`: "a projected $160 million gap", "a projected $230 - $280
    million budget shortfall") that named officials give, none of whom gives both, are two
    officials' estimates on their own assumptions (the mayor's and the controller's): shown as
    differing estimates, not as a contradiction that blames one. A figure a reporter gives
    alone, or one official's figure as two outlets report it differently (a misquote), is
    still checked."""
    if not words:
        return False
    a, b = _officials(one, sa), _officials(other, sa)
    return bool(a) and bool(b) and not (a & b) and _an_estimate(one, sa, words) and _an_estimate(other, sa, words)


def an_earlier_estimate(one, other, sa, words, patterns) -> bool:
    """Rule: an article that gives an estimate (`estimate_words`) as it stood on an earlier day,
    by its own sentence's words (`patterns`: "His department projected a $24 million deficit
    back in April"), beside an estimate of the same quantity its sentence gives as current
    ("Sacramento is now facing a $66 million budget deficit"), tells the estimate and its
    update, not a contradiction (Sacramento, FY2025). Figures each with its copies (`one`,
    `other`). The dated estimate against another article's figure, or two figures of one
    article neither so dated, are checked."""
    if not words or not patterns or not (_an_estimate(one, sa, words) and _an_estimate(other, sa, words)):
        return False

    def dated(cid):   # in the figure's own clause: "up from a surplus it last saw back in 2019" dates the surplus
        return any(re.search(p, own_clause(sa.corpus.claim(cid)), re.IGNORECASE) for p in patterns)

    return any(sa.corpus.claim(a).source == sa.corpus.claim(b).source and dated(a) != dated(b)
               for a in one for b in other)


def _measures(cids, sa, measures: dict) -> set[str]:
    """The measures these claims name (by `measures`' patterns in a claim's speaker, note or own
    sentence), "" for a claim that names none."""
    out: set[str] = set()
    for cid in cids:
        claim = sa.corpus.claim(cid)
        text = " ".join((claim.speaker or "", claim.note or "", _own_sentence(claim)))
        named = {m for m, patterns in measures.items() if any(re.search(p, text, re.I) for p in patterns)}
        out |= named or {""}
    return out


def _measured(cids, sa, metric_words) -> bool:
    metric = sa.pack.metrics.get(sa.corpus.claim(cids[0]).metric)
    return metric is not None and names_any(metric.label, metric_words)


def differing_measures(one, other, sa, measures: dict, metric_words) -> bool:
    """Rule: a clearance rate is a measure taken some way on some day. The FBI's (the year's
    clearances, of cases of any year, over the year's offences: "police get credit for the
    clearance in the year they solve the murder", "includes murders from past years") is not the
    share of the year's own cases solved ("Of the 300 homicides last year about 48 percent were
    closed"), and that share rises as cases are solved ("which in the last month has increased to
    67%"). Two figures of one quantity (each with its copies, `one` and `other`) of a metric
    whose label names one of `metric_words` are compared only when they name a measure in common
    or neither names one (`measures`: each measure's patterns, found in a claim's speaker, note
    or own sentence); otherwise they are two measures, shown side by side."""
    if not measures or not metric_words or not _measured(one, sa, metric_words):
        return False
    return not (_measures(one, sa, measures) & _measures(other, sa, measures))


def _ways_named(cids, sa, ways: dict, speaker_names: bool = False) -> set[str]:
    """The ways of counting these claims name: by `ways`' patterns in a claim's own sentence of
    the quote, or in its note when the sentence names none (a table's row: "Police | 6,109 |
    4,915 |", noted as uniformed positions filled), or, with `speaker_names`, in the rest of
    its quote, then the speaker it is credited to, when neither does ("Of those, 140 people
    died", credited to the law enforcement reports); empty when none names one."""
    out: set[str] = set()
    for cid in cids:
        claim = sa.corpus.claim(cid)
        for text in (_own_sentence(claim), claim.note or "", *_credited(claim, speaker_names)):
            named = {w for w, patterns in ways.items() if any(re.search(p, text, re.I) for p in patterns)}
            if named:
                out |= named
                break
    return out


def _credited(claim, speaker_names: bool) -> tuple[str, ...]:
    """With `speaker_names`, the rest of the claim's quote, then its credited speaker: a counter
    the quote names ("The Medical Examiner released its report. It counted 250 ...") before the
    speaker who tells it ("Capt. Jane Doe, law enforcement spokeswoman")."""
    return (claim.quote.text, claim.speaker or "") if speaker_names else ()


def differing_counts(one, other, sa, families) -> bool:
    """Rule: some counts share a metric's name but are counted in different ways: officers
    "short of its full complement" (vacant positions, and officers out injured or leaving)
    against "existing officer vacancies"; the Controller's uniformed positions filled against
    the department's sworn officers; "new enrollees in the Police Academy" (recruits and
    transfers) against officers hired. Two figures of one quantity, or of a part and its whole
    (each with its copies, `one` and `other`), of a metric whose label names one of a family's
    `metric_words`, are two counts when each names a way of that family's `ways` and they name
    none in common: shown side by side, not a contradiction. A figure that names no way is
    checked against every other (unlike a clearance rate's measures: differing_measures)."""
    for family in families or ():
        words, ways = tuple(family["metric_words"]), dict(family["ways"])
        if not (_measured(one, sa, words) and _measured(other, sa, words)):
            continue
        by_speaker = bool(family.get("speaker_names", False))
        a = _ways_named(one, sa, ways, by_speaker) or _way_of_its_article(one, sa, ways)
        b = _ways_named(other, sa, ways, by_speaker) or _way_of_its_article(other, sa, ways)
        if a and b and not (a & b):
            return True
    return False


def _way_of_its_article(cids, sa, ways: dict) -> set[str]:
    """Rule: an article that gives one quantity by two ways of counting ("the department gave
    two different data sets": NIBRS's 5,776 auto thefts of 2024 and the internal tracking's
    4,401) counts a figure of it that names no way one of those ways: the ways of the figures
    of its own article naming one, and of the same quantity, that its reading takes in ("the
    more than 5,000 vehicles reported stolen last year" is NIBRS's 5,776, not a rival of the
    4,401). Empty unless the article names two ways of the family for the quantity."""
    by_source = sa.claims_by_source()
    out: set[str] = set()
    for cid in cids:
        mine = plain_figure(sa.compiled[cid])
        if mine is None:
            continue
        named: dict[str, set[str]] = {}
        for o in by_source.get(sa.corpus.claim(cid).source, ()):
            theirs = plain_figure(sa.compiled[o]) if o != cid else None
            if theirs is not None and theirs[0] == mine[0]:
                for way in _ways_named([o], sa, ways):
                    named.setdefault(way, set()).add(o)
        if len(named) < 2:
            continue
        out |= {way for way, holders in named.items()
                if any(plain_figure(sa.compiled[o])[1].intersect(mine[1]) is not None for o in holders)}
    return out


def _disjoint_figures(sa, keep=lambda cid: True):
    """Each pair of figures of one quantity whose readings cannot both hold, each figure with
    its copies (the claims giving the same reading), in a stable order: the pairs the rules
    that show two figures side by side (differing measures, differing estimates) look at.
    `keep` chooses the claims looked at."""
    by_quantity: dict = {}
    for cid in sorted(sa.compiled):
        f = plain_figure(sa.compiled[cid])
        if f is not None and keep(cid):
            by_quantity.setdefault(f[0], []).append((cid, f[1]))
    for _, members in sorted(by_quantity.items(), key=lambda kv: repr(kv[0])):
        figures: dict = {}
        for cid, iv in members:
            figures.setdefault(iv, []).append(cid)
        groups = sorted(figures.items(), key=lambda kv: kv[1])
        for i, (iv_a, one) in enumerate(groups):
            for iv_b, other in groups[i + 1:]:
                if iv_a.intersect(iv_b) is None:
                    yield one, other


def _side_by_side(rule, one, other, tag: str, key: str, a: list, b: list, why: str) -> Finding:
    """A finding showing two figures (each with its copies) side by side: `why` says how they
    differ, `key` names the two sides (`a`, `b`) in the evidence."""
    ids = tuple(sorted(one + other))
    message = f"{', '.join(one)} and {', '.join(other)} {why}, not reported as a contradiction of each other."
    evidence = {key: {"one": a, "other": b}, "pairs": [list(one), list(other)]}
    return Finding(id=fingerprint(rule.id, ids, tag), rule=rule.id, kind="not-comparable",
                   severity=rule.severity, claims=ids, message=message, evidence=evidence)


def _measurers(rule, sa) -> list[Finding]:
    """Two figures of one quantity taken by different measures, one finding per pair of figures."""
    measures = dict(rule.params.get("measures", {}))
    words = tuple(rule.params.get("measured_metric_words", ()))
    if not measures or not words:
        return []
    out = []
    for one, other in _disjoint_figures(sa, lambda cid: _measured([cid], sa, words)):
        if not differing_measures(one, other, sa, measures, words):
            continue
        ma = sorted(m or "unnamed" for m in _measures(one, sa, measures))
        mb = sorted(m or "unnamed" for m in _measures(other, sa, measures))
        out.append(_side_by_side(rule, one, other, "measure", "measures", ma, mb,
                                 f"give one rate by different measures ({', '.join(ma)} against {', '.join(mb)}): "
                                 "shown side by side"))
    return out


def _counters(rule, sa) -> list[Finding]:
    """Two figures of one quantity counted in different ways (`counted_ways`: differing_counts),
    one finding per pair of figures."""
    families = tuple(rule.params.get("counted_ways", ()))
    if not families:
        return []
    words = tuple(w for f in families for w in f["metric_words"])
    out = []
    for one, other in _disjoint_figures(sa, lambda cid: _measured([cid], sa, words)):
        if not differing_counts(one, other, sa, families):
            continue
        family = next(f for f in families if _measured(one, sa, tuple(f["metric_words"])))
        wa = sorted(_ways_named(one, sa, dict(family["ways"])))
        wb = sorted(_ways_named(other, sa, dict(family["ways"])))
        out.append(_side_by_side(rule, one, other, "count", "ways", wa, wb,
                                 f"count different things under one name ({', '.join(wa)} against {', '.join(wb)}): "
                                 "shown side by side"))
    return out


def _estimators(rule, sa) -> list[Finding]:
    """Two officials' differing estimates of one quantity, one finding per pair of figures."""
    words = tuple(rule.params.get("estimate_words", ()))
    out = []
    for one, other in _disjoint_figures(sa):
        if not differing_estimates(one, other, sa, words):
            continue
        who_a, who_b = sorted(_officials(one, sa)), sorted(_officials(other, sa))
        out.append(_side_by_side(rule, one, other, "estimator", "estimators", who_a, who_b,
                                 f"are estimates of one quantity by different officials ({'; '.join(who_a)} against "
                                 f"{'; '.join(who_b)}): differing estimates on their own assumptions"))
    return out


def not_comparable(rule, sa) -> list[Finding]:
    """One finding per metric pair and place pair (definitions) or place pair (places),
    with the count of claim pairs and every pair in its evidence; or per pair of two
    officials' differing estimates (estimator)."""
    pack = sa.pack
    what = rule.params.get("differ_in")
    if what == "estimator":
        return _estimators(rule, sa)
    if what == "measure":
        return _measurers(rule, sa)
    main = {cid: _main(sa, cid) for cid in sa.resolved}
    groups: dict[tuple, list[tuple[str, str]]] = {}
    for a, b in _candidate_pairs(main, pack, what):
        (ca, pa), (cb, pb) = main[a], main[b]
        # the cheap tests first: most candidate pairs share a metric (definitions) or not a place
        if (ca.metric == cb.metric) == (what == "definition") or not _overlap(pa, pb):
            continue
        if what == "definition" and pack.related(ca.metric, cb.metric):
            continue   # a relation ties them (rules/relations.yaml): the tension checks compare them
        if what == "definition" and _same_or_related_place(pack, ca.place, cb.place):
            key = (tuple(sorted((ca.metric, cb.metric))), tuple(sorted((pack.root_place(ca.place),))))
        elif what == "place" and _confusable(pack, ca.place, cb.place):
            key = (ca.metric, tuple(sorted((ca.place, cb.place))))
        else:
            continue
        groups.setdefault(key, []).append((a, b) if a < b else (b, a))
    out = []
    for key, pairs in sorted(groups.items()):
        pairs.sort()
        ids = tuple(sorted({c for p in pairs for c in p}))
        n = len(pairs)
        if what == "definition":
            (m1, m2), (root,) = key
            ma, mb = pack.metrics[m1], pack.metrics[m2]
            first = f"{pairs[0][0]} and {pairs[0][1]}" if n == 1 else f"{n} pairs of claims"
            message = (f"{first} count {ma.label} and {mb.label} in {pack.places[root].name}: they look alike "
                       "but are defined differently, so they are not checked against each other.")
            evidence = {"definitions": {m1: ma.definition, m2: mb.definition}}
        else:
            metric, (p1, p2) = key
            first = f"{pairs[0][0]} and {pairs[0][1]}" if n == 1 else f"{n} pairs of claims"
            message = (f"{first} are about {pack.places[p1].name} and {pack.places[p2].name}: "
                       "the places look alike but are not the same area.")
            evidence = {"places": {p1: pack.places[p1].name, p2: pack.places[p2].name}}
        evidence["count"] = n
        evidence["pairs"] = [list(p) for p in pairs]
        out.append(Finding(id=fingerprint(rule.id, ids, what + repr(key)), rule=rule.id, kind="not-comparable",
                           severity=rule.severity, claims=ids, message=message, evidence=evidence))
    if what == "definition":
        out.extend(_counters(rule, sa))   # one metric's figures counted in different ways
    return out


def _candidate_pairs(main: dict, pack, what):
    """Pairs that could look alike, found through an index rather than every pair:
    by metric family and place tree (definitions) or by metric and look-alike place
    (places), and by the years the periods touch; each pair once. `main`: each claim and
    its period."""
    buckets: dict[tuple, list[str]] = {}
    first_year: dict[str, int] = {}
    confusable = {p for p, place in pack.places.items() if place.confusable_with}
    confusable |= {o for p in list(confusable) for o in pack.places[p].confusable_with}
    for cid in sorted(main):
        claim, period = main[cid]
        first_year[cid] = period.start.year
        metric = pack.metrics[claim.metric]
        if what == "definition":
            if metric.family is None:
                continue
            group = (metric.family, pack.root_place(claim.place))
        else:
            if claim.place not in confusable:
                continue
            group = (claim.metric,)
        for year in range(period.start.year, period.final_end.year + 1):
            buckets.setdefault(group + (year,), []).append(cid)
    # a pair shares a run of years: it is given once, from the bucket of the first year both
    # periods touch (no set of every pair seen: millions at a million claims)
    for key, members in buckets.items():
        year = key[-1]
        for a, b in combinations(members, 2):
            if max(first_year[a], first_year[b]) == year:
                yield a, b


def _overlap(a: Period, b: Period) -> bool:
    return a.overlaps(b)


def _same_or_related_place(pack, a: str, b: str) -> bool:
    return a == b or a in pack.ancestors(b) or b in pack.ancestors(a)


def _confusable(pack, a: str, b: str) -> bool:
    return b in pack.places[a].confusable_with or a in pack.places[b].confusable_with



def _included(text: str, words) -> set[int]:
    """The counts a sentence says its figure takes in besides ("including nine deaths involved
    in the investigation", "which includes 12 ruled justified"): the whole number (digits or a
    number word, read by the number reader) straight after one of `words`."""
    return _counted_in(text, [rf"\b{re.escape(w)}\s+(?P<count>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\b" for w in words])


def _counted_in(text: str, patterns) -> set[int]:
    """The counts a sentence says are of another kind among its figure's cases ("six of those
    were ... found to be justifiable"): the whole number (digits or a number word, commas
    dropped) in the group `count` of one of `patterns` (regular expressions, any case)."""
    out: set[int] = set()
    for p in patterns:
        for m in re.finditer(p, text, re.IGNORECASE):
            n = parse_number(m.group("count").replace(",", "").lower())
            if n is not None and n == n.to_integral_value():
                out.add(int(n))
    return out


def counts_more(one, other, sa, words, patterns=(), scope_patterns=()) -> bool:
    """Rule: a figure whose own sentence says it takes in a number of cases of another kind
    ("a record-high 152 in 2017 (including nine deaths involved in the Mount Carmel
    investigation)": hospital deaths the police's 143 leaves out; `patterns`: "reported 76
    homicides in 1993, but six of those were reviewed ... and found to be justifiable", beside
    the 70 criminal homicides reported to the FBI), that number being exactly its gap to the
    other figure, counts more than the other: two definitions under one name, not a
    contradiction. Two exact figures of one quantity (each with its copies, `one` and
    `other`); any other gap is audited (a figure "including 10 children" is no other count).
    `patterns` say nothing when the smaller figure takes in that kind too: its own sentence or
    note, or its metric's label, matches one of `scope_patterns` ("70 homicides in 2023,
    including six justifiable homicides"; homicides including justifiable)."""
    if not words and not patterns:
        return False
    a, b = _point(sa, one), _point(sa, other)
    if a is None or b is None or a == b:
        return False
    (larger, smaller), gap = ((one, other), a - b) if a > b else ((other, one), b - a)
    if gap.denominator != 1:
        return False
    if patterns and scope_patterns and any(_names(p, smaller, sa) or _label_names(p, smaller, sa)
                                           for p in scope_patterns):
        patterns = ()
    return any(int(gap) in _included(_own_sentence(sa.corpus.claim(cid)), words)
               | _counted_in(_own_sentence(sa.corpus.claim(cid)), patterns) for cid in larger)


def _label_names(pattern: str, cids, sa) -> bool:
    """Whether the label of one of these claims' metrics matches `pattern` (any case)."""
    metrics = sa.corpus.pack.metrics
    return any(re.search(pattern, metrics[m].label, re.IGNORECASE)
               for m in {sa.corpus.claim(c).metric for c in cids} if m in metrics)


def _point(sa, cids):
    """The exact figure a claim (the first of a figure with its copies) gives, or None."""
    f = plain_figure(sa.compiled[cids[0]])
    iv = f[1] if f is not None else None
    return iv.lo if iv is not None and iv.lo is not None and iv.lo == iv.hi else None


def counts_less(one, other, sa, words, patterns, part_patterns=(), low_point_patterns=(), named_part_words=(),
                named_part_breaks=(), parts_of_wholes=(), defined_out=(), undecided=(), left_out=()) -> bool:
    """Rule: the other way round from counts_more, a figure whose own sentence says it leaves
    out a number of the cases the other counts ("This number drops to 571 if you subtract 33
    officers who are on continuous leave", of 604 sworn officers), that number being exactly its
    gap to the other figure, counts less than the other: two definitions under one name. So does
    a lower figure whose quote says its count began partway through its period (`patterns`:
    "police didn't start tracking carjackings as a separate statistic until fall 2020. They
    reported 170 incidents that year", against the year's 388): a part of the period, not a
    rival of the whole; and a lower figure whose own sentence gives it as a part of a total or
    the period's low point (`part_patterns`: "Of the record-matching total, 79 homicides were
    investigated by the Albuquerque Police Department", against the 81 in all; "reaching a low
    point of 821 officers in 2016", against 833 in 2016; a budget's General Purpose Fund, in the
    sentence or its note, against a budget that names no fund), where the higher figure is not
    given so too (any two figures, the part wholly below); and, of a stock only, a lower figure
    given as the period's low point (`low_point_patterns`: "reaching a low point of 821 officers
    in 2016", against 833 in 2016; a count over the period that "fell to a low of 50" is the
    period's count). Otherwise two exact figures of one
    quantity (each with its copies, `one` and `other`); any other gap, or a higher figure so
    counted, is audited. A lower figure the higher figure's own sentence names as one of its
    parts counts less too (`named_part_words`: "a $774.3 million budget with $657 million in operating and
    $117 million in capital", against the $657 million operating budget; not a change and its base,
    `named_part_breaks`: "with a $62.4 million increase over last year's $450 million"); and so
    does a lower figure whose own sentence names one kind of a whole that the higher figure's
    names with another (`parts_of_wholes`: 38 fatal crashes "on city streets" against 55 "on
    freeways and streets within the city"; with no whole named, a deficit the council "reduced
    ... to $58.6 million" against the $66 million before, in the same article: `one_source`). So
    does a lower figure whose own sentence names the cases not yet decided beside it, that many
    being exactly the gap (`undecided`: "confirmed 51 ... deaths with another 94 probable cases -
    an unofficial total of 145": the confirmed part of the total); and a lower figure whose own
    sentence says that many of the cases did not happen in its period (`left_out`: "Although
    three of those deaths did not actually happen in 2016, 34 homicides", beside the 37)."""
    if named_part_words and (_named_part(one, other, sa, named_part_words, named_part_breaks)
                             or _named_part(other, one, sa, named_part_words, named_part_breaks)):
        return True
    def a_part(smaller, larger) -> bool:
        return _a_part_below(smaller, larger, sa, part_patterns) and not (
            _one_voice(smaller, larger, sa) and _only_defined_out(smaller, sa, part_patterns, defined_out))
    if part_patterns and (a_part(one, other) or a_part(other, one)):
        return True
    for p in parts_of_wholes:
        pw = ((p["part"],), (p["whole"],) if p.get("whole") else (), bool(p.get("one_source")))
        if _a_part_below(one, other, sa, *pw) or _a_part_below(other, one, sa, *pw):
            return True
    if low_point_patterns and _a_stock(one, sa) and (_a_part_below(one, other, sa, low_point_patterns)
                                                     or _a_part_below(other, one, sa, low_point_patterns)):
        return True
    if not words and not patterns and not undecided and not left_out:
        return False
    a, b = _point(sa, one), _point(sa, other)
    if a is None or b is None or a == b:
        return False
    smaller, gap = (one, b - a) if a < b else (other, a - b)
    for cid in smaller:
        claim = sa.corpus.claim(cid)
        if gap.denominator == 1 and int(gap) in (_included(_own_sentence(claim), words)
                                                 | _undecided_beside(claim, min(a, b), max(a, b), undecided)
                                                 | _counted_in(_own_sentence(claim), left_out)):
            return True
        if matches_any(claim.quote.text, patterns):
            return True
    return False


def _undecided_beside(claim, figure, other, patterns) -> set[int]:
    """The counts of cases not yet decided (`patterns`, group `count`) a claim's own sentence names
    after its own figure, before the other figure is written ("confirmed 51 deaths with another 94
    probable cases - an unofficial total of 145": 94 for the 51; "Police counted 40, while the
    medical examiner confirmed 50, with another 10 pending": none for the 40, the 10 are the 50's);
    the whole sentence when its figure is not written in digits."""
    if not patterns:
        return set()
    sentence = _own_sentence(claim)
    marks = [x for x in written_amounts(sentence) if x.value in (figure, other)]
    if not any(x.value == figure for x in marks):
        return _counted_in(sentence, patterns)
    out: set[int] = set()
    for i, x in enumerate(marks):
        if x.value == figure:
            stop = next((y.start for y in marks[i + 1:] if y.value == other), len(sentence))
            out |= _counted_in(sentence[x.end:stop], patterns)
    return out


_LIST_JOIN = re.compile(r",|\band\b", re.IGNORECASE)


def _named_part(smaller, larger, sa, words, breaks=()) -> bool:
    """Whether the figure `smaller` (with its copies) lies wholly below `larger` and the own sentence
    of `larger` splits it into parts after one of `words`: the numbers listed after them (joined
    by a comma or "and", and by none of `breaks`, which make "20 more than the 100" a change and
    its base) add up to it within their written precision, one of them within `smaller` (counts_less)."""
    a, b = (plain_figure(sa.compiled[cids[0]]) for cids in (smaller, larger))
    if a is None or b is None or None in (a[1].lo, a[1].hi, b[1].lo, b[1].hi) or a[1].hi > b[1].lo:
        return False
    after = re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in words)})\s", re.IGNORECASE)
    breaking = re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in breaks)})\b", re.IGNORECASE) if breaks else None
    for cid in larger:
        sentence = _own_sentence(sa.corpus.claim(cid))
        for w in after.finditer(sentence):
            lo = hi = Fraction(0)
            inside = False
            rest, at = sentence[w.end():], 0
            for n, (value, half, start, end) in enumerate(written_amounts(rest), 1):
                between = rest[at:start]
                if n >= 2 and (not _LIST_JOIN.search(between) or (breaking and breaking.search(between))):
                    break   # not a list of parts
                at = end
                lo, hi = lo + value - half, hi + value + half
                inside = inside or a[1].lo <= value <= a[1].hi
                if n >= 2 and inside and lo <= b[1].hi and hi >= b[1].lo:
                    return True
    return False


def _a_part_below(smaller, larger, sa, patterns, wholes=(), one_source=False) -> bool:
    """Whether the figure `smaller` (with its copies) lies wholly below `larger` and names one of
    `patterns` that `larger` does not (counts_less); with `wholes`, one that `larger` names and
    `smaller` does not, too; with `one_source`, `larger` has a copy in a source of `smaller`'s."""
    a, b = (plain_figure(sa.compiled[cids[0]]) for cids in (smaller, larger))
    if a is None or b is None or a[1].hi is None or b[1].lo is None or a[1].hi > b[1].lo:
        return False
    if wholes and not any(_names(w, larger, sa) and not _names(w, smaller, sa) for w in wholes):
        return False
    if one_source and not ({sa.corpus.claim(c).source for c in smaller} & {sa.corpus.claim(c).source for c in larger}):
        return False
    return any(_names(p, smaller, sa) and not _names(p, larger, sa)
               and not _says_its_part(p, smaller, larger, sa) for p in patterns)


def _says_its_part(pattern: str, smaller, larger, sa) -> bool:
    """Whether `larger` says, in its own sentence of the quote, the word that `pattern`'s group
    `part` matched in `smaller` ("Counting just Kentucky residents, 1,247 died" against "1,333
    Kentucky residents died": two counts of residents, so the lower is no part). Not its note:
    Lexington's 1,333 of "deaths of Kentucky residents and people from elsewhere" is the whole."""
    words = {m.group("part").lower() for cid in smaller
             for text in (_own_sentence(sa.corpus.claim(cid)), sa.corpus.claim(cid).note or "")
             for m in re.finditer(pattern, text, re.IGNORECASE)
             if "part" in m.re.groupindex and m.group("part")}
    return any(re.search(rf"\b{re.escape(w)}\b", _own_sentence(sa.corpus.claim(cid)), re.IGNORECASE)
               for w in words for cid in larger)


def change_of_another_part(core, sa, patterns, support=None) -> bool:
    """Rule: a change is a change of the count its own words name. A change whose own sentence
    or note names a part of the count (`patterns`: the department's "spending power", a budget's
    general fund, deaths counted as unintentional) that none of the figures set against it
    names, or figures that all name one the change does not, are of two counts: "The police
    department would lose $6 million, or 2.4 percent of its spending power" against the whole
    budget's $254.2 million and $229.5 million (Denver); the narcotics bureau's "nearly 152
    percent increase" in fentanyl deaths against the health department's unintentional deaths
    (Tulsa). Figures naming a part against a change naming none count only when every change
    has a speaker none of the figures has (Tulsa's bureau against the health department): else
    the change is of the count its figures name ("paid for from the general fund"). `core`: a
    tension's claims (the changes and the figures), each with its copies in `support`. A change
    and figures that name the same part, or none, are checked."""
    support = support or {}
    changes = [c for c in core if sa.compiled[c].statement_kind == "change"]
    figures = [c for c in core if sa.compiled[c].statement_kind == "value"]
    if not changes or not figures or len(changes) + len(figures) != len(core):
        return False

    def named(p, cid):
        return _names(p, [cid, *support.get(cid, ())], sa)

    for p in patterns:
        in_changes, in_figures = [named(p, c) for c in changes], [named(p, f) for f in figures]
        if (all(in_changes) and not any(in_figures)) or (all(in_figures) and not any(in_changes)
                                                             and _other_voices(changes, figures, sa)):
            return True
    return False


def of_another_version(core, sa, patterns) -> bool:
    """Rule: a budget is given in versions (proposed, adopted, amended: the revision rule's
    `budget_versions`). A change whose own sentence tells the version it is of ("an about $9
    million increase compared to the year before when approved") against figures of its own
    year that each name another version beside their figure ("the $207 million amended
    budget") is a change of that version, not of theirs: two versions of one budget, not a
    contradiction (Sacramento, FY2022's police budget). `core`: a tension's claims; `patterns`:
    the words before a version's that tell it (`version_told_patterns`). A figure of the year
    that names no version, or the change's own, is checked with it."""
    words = version_words(sa.pack)
    changes = [c for c in core if sa.compiled[c].statement_kind == "change"]
    if not words or not patterns or not changes or any(sa.compiled[c].own is None or sa.compiled[c].own.metric
                                       not in plan_metrics(sa.pack) for c in changes):
        return False
    told = {version_told(_own_sentence(sa.corpus.claim(c)), words, patterns) for c in changes}
    if len(told) != 1 or None in told:
        return False
    own = {sa.compiled[c].own for c in changes}
    figures = [f for f in core if sa.compiled[f].statement_kind == "value" and sa.compiled[f].stated in own]
    return bool(figures) and all(_version_beside(f, sa, words) not in (None, *told) for f in figures)


def _version_beside(cid, sa, words) -> int | None:
    """The version a figure's quote names next to the figure ("the $207 million amended budget",
    "the adopted $166 million": pack/versions.py; of_another_version)."""
    f = plain_figure(sa.compiled[cid])
    text = sa.corpus.claim(cid).quote.text
    at = next(((start, end) for value, _, start, end in written_amounts(text)
               if f is not None and f[1].contains(value)), None)
    return None if at is None else version_near(text, at, words)


def _other_voices(changes, figures, sa) -> bool:
    """Whether every change has a speaker that none of the figures has (change_of_another_part)."""
    def speaker(cid):
        return (sa.corpus.claim(cid).speaker or "").casefold()
    theirs = {speaker(f) for f in figures}
    return all(speaker(c) and speaker(c) not in theirs for c in changes)


def _a_stock(cids, sa) -> bool:
    """Whether the figure's metric is a stock, a level on a day (counts_less)."""
    metric = sa.corpus.pack.metrics.get(sa.corpus.claim(cids[0]).metric)
    return bool(metric is not None and metric.stock)


def _one_voice(one, other, sa) -> bool:
    """Whether two figures (each with its copies) have an outlet's line in common
    (revisions.outlet_of): one paper's counts are of one definition, two outlets' may not be."""
    def lines(cids):
        return {outlet_of(sa.corpus.sources[sa.corpus.claim(c).source]) for c in cids}
    return bool(lines(one) & lines(other))


def _only_defined_out(cids, sa, patterns, defined_out) -> bool:
    """Rule (for counts_less): a figure whose own words leave out only what its metric's
    definition leaves out already is the metric's count, no part of another figure of the same
    outlet: the Times Free Press's homicides "excluding justified killings" (Chattanooga, 2019)
    against the paper's homicides that say nothing of them, where homicides are defined without
    justifiable ones. (Another outlet's figure that says nothing of them may well hold them: a
    police department's criminal homicides against a station's total.) True when, with its
    metric's `defined_out` words taken from its sentence and note, none of the figure's claims
    names one of `patterns`."""
    if not defined_out:
        return False
    for cid in cids:
        claim = sa.corpus.claim(cid)
        words = [d["pattern"] for d in defined_out if claim.metric in d.get("metrics", ())]
        if not words:
            return False
        for text in (_own_sentence(claim), claim.note or ""):
            for w in words:
                text = re.sub(w, " ", text, flags=re.IGNORECASE)
            if any(re.search(p, text, re.IGNORECASE) for p in patterns):
                return False
    return True


def _names(pattern: str, cids, sa) -> bool:
    """Whether one of these claims names `pattern` in its own sentence of the quote or its note."""
    return any(re.search(pattern, text, re.IGNORECASE) for cid in cids
               for text in (_own_sentence(sa.corpus.claim(cid)), sa.corpus.claim(cid).note or ""))


def planned_ahead(one, other, sa, days: int, plan_patterns=()) -> bool:
    """Rule: a figure given more than `days` before its period began is a plan or a forecast,
    not a count of what happened (the second year of a biennial budget: "the 2024 budget will
    cost a little more than $1.7 billion", December 2022; "enough to fund an average of ... 835
    [officers] in 2024", September 2022): a figure of that period given surely after it (the
    2024 budget as proposed and adopted in 2023, $1.8 billion) replaces it, and the two are not
    a contradiction. Two figures of one quantity, each with its copies (`one`, `other`); two
    plans given as far ahead that disagree, or a plan and a figure given as early, are audited.
    A figure marked `projection` is planned ahead however near its period ("expects the city
    to end the fiscal year with a $50 million deficit"): the period's figure given surely
    after it replaces it too; so is a figure given before its period began whose own sentence
    or note names it a proposal or plan (`plan_patterns`: the mayor's proposed "police class of
    40 cadets", November 2023, against "a new police class of 45 officers" in the budget passed,
    February 2024, a figure read as the year's so far). The two figures start on one day."""
    if not days:
        return False
    f = plain_figure(sa.compiled[one[0]])
    if f is None:
        return False
    start = f[0].start
    g = plain_figure(sa.compiled[other[0]])
    if g is None or g[0].start != start:
        return False   # figures of one period, or of its part from the same day (a count so far)
    publication = sa.scenario.publication

    def when(cid):
        return publication[sa.corpus.claim(cid).source]

    def ahead(cids) -> bool:   # or marked a projection: a forecast the year's figure replaces
        return all(when(c).latest + timedelta(days=days) < start or sa.corpus.claim(c).projection
                   or (when(c).latest < start and _names_a_plan(sa.corpus.claim(c), plan_patterns)) for c in cids)

    def after(cids, plan) -> bool:   # surely later, and no plan as far ahead itself
        last = max(when(c).latest for c in plan)
        return all(when(c).earliest > last and when(c).earliest + timedelta(days=days) >= start for c in cids)

    return (ahead(one) and after(other, one)) or (ahead(other) and after(one, other))


def told_as_some_of(one, other, sa, patterns, whole_before=()) -> bool:
    """Rule: a figure whose own sentence gives it as some of a whole (`patterns`, right after the
    figure: "16 of the 43 fatal traffic accidents in 2017 were the result of OVIs"; "Eighteen of
    the crashes, or 52 percent, involved a drunk or high driver") counts a part of that whole,
    whatever metric it is filed under: below a figure of its quantity that its own story tells
    or that its sentence names as the whole ("of the 43"), it is no rival of it. Two figures
    each with its copies (`one`, `other`); any other pair, or a part above the whole, is audited,
    and so is a figure its sentence gives as all of the whole (`whole_before`, right before the
    figure: "All 45 of the city's homicides this year were committed with guns")."""
    return bool(patterns) and (_some_of(one, other, sa, patterns, whole_before)
                               or _some_of(other, one, sa, patterns, whole_before))


def _some_of(smaller, larger, sa, patterns, whole_before=()) -> bool:
    a, b = (plain_figure(sa.compiled[cids[0]]) for cids in (smaller, larger))
    if a is None or b is None or a[1].hi is None or b[1].lo is None or a[1].hi > b[1].lo:
        return False
    told = {sa.corpus.claim(c).source for c in larger}
    for cid in smaller:
        claim = sa.corpus.claim(cid)
        if claim.value is None or not claim.value.text:
            continue
        sentence = _own_sentence(claim)
        figure = re.escape(claim.value.text.strip())
        for p in patterns:
            for m in re.finditer(rf"(?<![\w,.]){figure}(?:{p})", sentence, re.IGNORECASE):
                if any(re.search(rf"(?:{w})\s*$", sentence[:m.start()], re.IGNORECASE) for w in whole_before):
                    continue   # "all 45 of the ...": the whole itself
                whole = next(iter(written_amounts(sentence[m.end():m.end() + 12])), None)
                if (claim.source in told or (whole is not None and b[1].lo <= whole.value <= b[1].hi)) \
                        and _names_its_whole(sentence[m.end():], larger, sa):
                    return True
    return False


_WORD = re.compile(r"[a-z]{4,}")


def _names_its_whole(after: str, larger, sa) -> bool:
    """Whether the words naming the whole after "N of the" (the first four) name what the larger
    figure's own sentence counts: "16 of the 43 fatal traffic accidents" of "fatal car accidents
    ... 43"; not "124 of the murders in the city involved a firearm" of 389 "shot dead"."""
    def stems(text):
        return {w.rstrip("s") for w in _WORD.findall(text.lower())}
    named = stems(" ".join(re.findall(r"[A-Za-z’'-]+", after)[:4]))
    return any(named & stems(_own_sentence(sa.corpus.claim(c))) for c in larger)


def _names_a_plan(claim, patterns) -> bool:
    """Whether a claim's own sentence or its note names it a proposal or a plan (`plan_patterns`)."""
    return bool(patterns) and any(matches_any(text, patterns) for text in (_own_sentence(claim), claim.note or ""))


def running_days_apart(one, other, sa, earlier_hour: tuple[str, ...] = ()) -> bool:
    """Rule: two counts so far of one quantity whose end is not known to the day (an undated
    article's "so far this year", "at this very time last year": the stretch ends on a day
    within its source's dates) may be counts of two different days, and a count that only grows
    may have grown from the lower to the higher figure in between: not a contradiction, when
    the gap is no more than the count grows at its own pace over those days (the lower figure
    over the days from the start to the earliest end, times the days the end may move).
    Example: "196 homicides so far this year" (an undated article of late 2017) against "Last
    year, at this very time, St. Louis City had 195" (an undated post of late 2018): the two
    stretches end somewhere between 25 November and 21 December 2017, and 195 by then is about
    15 more over those 26 days. Two figures of one quantity from different sources (each with
    its copies, `one` and `other`); a gap beyond that pace, or one source's two figures, is
    audited."""
    a, b = _point(sa, one), _point(sa, other)
    f = plain_figure(sa.compiled[one[0]])
    if a is None or b is None or a == b or f is None:
        return False
    q = f[0]
    metric = sa.pack.metrics.get(q.metric)
    if metric is None or not (metric.additive_over_time and metric.non_negative):
        return False
    if {sa.corpus.claim(c).source for c in one} & {sa.corpus.claim(c).source for c in other}:
        return False
    elapsed = (q.end - q.start).days + 1
    low, high = min(a, b), max(a, b)
    if q.latest_end is None:
        lower = one if a < b else other
        return elapsed > 0 and _to_the_hour(one, other, q, sa) and (high - low) * elapsed <= max(low, elapsed) \
            and any(matches_any(_own_sentence(sa.corpus.claim(c)), earlier_hour) for c in lower)
    if q.latest_end <= q.end:
        return False
    moves = (q.latest_end - q.end).days
    return elapsed > 0 and (high - low) * elapsed <= low * moves


def _to_the_hour(one, other, q, sa) -> bool:
    """Whether two counts so far end on the day every story of both may have come out first (a
    story dated to that day or the next, as a late story's page may be): the lower, told at an
    early hour of it (`earlier_hour_patterns`), is the count at that hour, and the later may hold one more event of the day at the count's
    own pace, or one at least (a count of whole events moves by one): Rochester on 11 November
    2021, AP's "brings the total ... to 70" after the early shooting, WROC's 71 after the third
    killing "Later Thursday"."""
    out = [sa.scenario.publication[sa.corpus.claim(c).source] for c in (*one, *other)]
    return all(d.earliest == q.end and (d.latest - q.end).days <= 1 for d in out)


def settled_since(one, other, sa, metric_words, days: int, share: float = 0.85) -> bool:
    """Rule: a count of drug deaths grows for months after its days as deaths wait on toxicology
    ("there are still 136 such death cases waiting for final toxicology testing"). A count from
    one start to a day, given within `days` of that day, and a higher count of a shorter stretch
    from the same start given `days` or more after the first was out, are the count of its day
    and the settled count, not a part above its whole: Denver's 303 overdose deaths to 18 August
    2023 (that day) and 313 to 31 July 2023 (November 2024). Two figures of one quantity's
    stretches (each with its copies, `one` and `other`), of a metric whose label names one of
    `metric_words`, the shorter stretch covering at least `share` of the longer one's days
    (Denver's: 212 of 230 days); a shorter stretch's higher count given sooner, of another
    start, or of a much shorter stretch (a half year above its year), is audited."""
    if not days or not metric_words:
        return False
    fa, fb = plain_figure(sa.compiled[one[0]]), plain_figure(sa.compiled[other[0]])
    if fa is None or fb is None or not _measured(one, sa, tuple(metric_words)):
        return False
    (qa, _), (qb, _) = fa, fb
    if qa.start != qb.start or qa.end == qb.end or qa.latest_end is not None or qb.latest_end is not None:
        return False
    (whole, qw), (part, qp) = ((one, qa), (other, qb)) if qa.end > qb.end else ((other, qb), (one, qa))
    if (qp.end - qp.start).days + 1 < share * ((qw.end - qw.start).days + 1):
        return False
    low, high = _point(sa, whole), _point(sa, part)
    if low is None or high is None or high <= low:
        return False
    publication = sa.scenario.publication

    def when(cid):
        return publication[sa.corpus.claim(cid).source]

    given = max(when(c).latest for c in whole)
    return given <= qw.end + timedelta(days=days) and all(when(c).earliest >= given + timedelta(days=days) for c in part)


def _figures_of(core, sa) -> dict | None:
    """Each quantity of a tension's claims with its one exact figure, or None when a claim has
    no exact plain figure or two of them give one quantity two figures."""
    out: dict = {}
    for cid in core:
        f, point = plain_figure(sa.compiled[cid]), _point(sa, [cid])
        if f is None or point is None or f[0].latest_end is not None or out.get(f[0], point) != point:
            return None
        out[f[0]] = point
    return out


def _disputed(figures: dict, sa) -> bool:
    """Whether any claim gives one of these quantities another exact figure."""
    for c in sa.compiled.values():
        f = plain_figure(c)
        if f is not None and f[0] in figures and f[1].lo is not None and f[1].lo == f[1].hi \
                and f[1].lo != figures[f[0]]:
            return True
    return False


def _told_on_one_day(core, support, sa) -> bool:
    """Whether every figure of a tension was told on one day: by its core claim or by one of its
    copies (`support`), so that one day's reports hold the whole sum."""
    publication = sa.scenario.publication

    def days(cid):
        told = (publication[sa.corpus.claim(c).source] for c in (cid, *support.get(cid, ())))
        return {(w.earliest, w.latest) for w in told}
    return bool(set.intersection(*(days(cid) for cid in core)))


def _one_bodys_reports(core, support, sa, days: int) -> bool:
    """Whether a tension's claims were told on more than one day (no one day's reports, copies
    included, holding them all), all within `days`, and those credited to a body (not an
    outlet's own words; a body's own release is its body's) to one counting body, at least one so."""
    publication, pack = sa.scenario.publication, sa.corpus.pack
    told = [publication[sa.corpus.claim(c).source] for c in core]
    if _told_on_one_day(core, support, sa) or \
            (max(w.latest for w in told) - min(w.earliest for w in told)).days > days:
        return False
    bodies = set()
    for c in core:
        claim = sa.corpus.claim(c)
        source = sa.corpus.sources[claim.source]
        body = body_of(claim, source, pack)
        if body != source.voice or own_release(source):
            bodies.add(counting_body(body, claim, pack))
    return len(bodies) == 1


def parts_of_other_reports(core, sa, gap_share: float, gap_count: int, days: int, support=None) -> bool:
    """Rule: a body's monthly and part-year counts move from report to report as killings are
    ruled justified or moved between months, so the parts of a stretch told in its reports of
    different days need not add up to a whole told in another: the police's 22 homicides to
    March 2021 (their March report), five in April and 28 to April (their April report), 27
    against 28. A sum of parts (a whole and at least two parts of it, all of one metric and
    place, the parts apart and inside the whole), its claims told on more than one day within
    `days` (the following months' reports), those credited to a body all to one counting body
    (outlets' own words beside them), missing the whole by at most `gap_count` or `gap_share` of
    it, is a count restated between reports, not a conflict. A sum that fails in one day's
    reports (the copies of its figures included: a report's 22 to March, told in the report
    before too), outlets' own tallies alone (an outlet's 56 to September and 28 since, against
    its 85), two bodies' figures (a body's own release is its body's), figures told years apart,
    a figure another claim disputes (two figures for one half), or a larger gap, is audited."""
    figures = _figures_of(core, sa)
    if figures is None or len(figures) < 3 or len({(q.metric, q.place) for q in figures}) != 1 or \
            not _one_bodys_reports(core, support or {}, sa, days) or _disputed(figures, sa):
        return False
    whole = max(figures, key=lambda q: (q.end - q.start, q.end))
    parts = sorted((q for q in figures if q != whole), key=lambda q: q.start)
    if any(q.start < whole.start or q.end > whole.end for q in parts) or \
            any(a.end >= b.start for a, b in zip(parts, parts[1:])):
        return False
    gap = abs(sum(figures[q] for q in parts) - figures[whole])
    return gap <= max(gap_count, Fraction(str(gap_share)) * figures[whole])


def names_the_gap(core, sa, patterns) -> bool:
    """Rule: a whole of a complete relation (all homicides, the criminal and the justifiable)
    whose own sentence counts a number of cases of a kind none of its parts takes in (`patterns`:
    "two manslaughter cases"), that number being exactly the whole less its parts' sum, counts
    those cases too: "28 homicides, two manslaughter cases and three justified homicides for 33
    total" (the Shreveport police). Every claim an exact figure of one place and period; any other
    gap, or parts above the whole, is audited."""
    if not patterns:
        return False
    figures = _figures_of(core, sa)
    if figures is None or len({(q.place, q.start, q.end) for q in figures}) != 1:
        return False
    metrics = {q.metric: v for q, v in figures.items()}
    for rel in sa.pack.relations.values():
        if not rel.complete or rel.whole not in metrics or not set(metrics) - {rel.whole} <= set(rel.parts):
            continue
        gap = metrics[rel.whole] - sum(v for m, v in metrics.items() if m != rel.whole)
        wholes = [c for c in core if sa.corpus.claim(c).metric == rel.whole]
        if gap > 0 and gap.denominator == 1 and any(
                int(gap) in _counted_in(_own_sentence(sa.corpus.claim(c)), patterns) for c in wholes):
            return True
    return False
