"""Independent families: a corpus split into parts that can be audited apart, and their
reports merged into the report of the whole, byte for byte.

A family is the claims about one metric family (or one metric outside any family) in the
places under one root place: the engine's atoms never cross it (periods are cut per
metric and root place, places add up within their tree), and neither do the checks
that compare claims (revisions, corroborations, not-comparable pairs). Families are then
joined wherever the audit of one could see another:

- metrics tied by the pack (rules/relations.yaml, rules/rates.yaml: `Pack.related`);
- root places that look alike (`confusable_with`: the not-comparable check pairs them);
- a claim naming another (`share.of`, `supersedes`);
- a claim whose period phrase refers to the claim before it in its source ("the same
  period a year earlier"): the engine resolves it against that claim's period;
- every claim of an undated source, and every undated source: their candidate
  publication dates are combined across sources, and the labels of those combinations
  name them all.

A part is a set of whole families (`Part`): its own sources and claims, in the corpus's
order, with their positions in the claim files. `audit_parts` audits parts one after
another in this process and `merge_reports` puts their reports together; the cluster
(auditor/cluster.py) audits them on Dask workers. The laws (tests/test_cluster.py): any
grouping of families into parts gives the report of the one-machine audit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import NamedTuple

from auditor.loading.corpus import Corpus
from auditor.models import Claim, Period, Source
from auditor.models.findings import Report


class Part(NamedTuple):
    """Whole families of a corpus, to be audited apart from the rest."""

    sources: dict[str, Source]
    claims: tuple[Claim, ...]
    positions: dict[str, tuple[str, int, int]]
    families: int                  # how many independent families it holds

    def corpus(self, pack, files: tuple[str, ...] = ()) -> Corpus:
        """The part as a corpus the engine audits (the pack travels separately: one copy per worker)."""
        return Corpus(sources=self.sources, claims=self.claims, pack=pack, files=files, positions=self.positions)


class _Joins:
    """Union-find over hashable keys."""

    def __init__(self) -> None:
        self.parent: dict = {}

    def find(self, x):
        parent = self.parent
        root = parent.setdefault(x, x)
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:   # path compression
            parent[x], x = root, parent[x]
        return root

    def union(self, a, b) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # the smaller key wins, so the roots do not depend on the order of the joins
            lo, hi = (ra, rb) if repr(ra) < repr(rb) else (rb, ra)
            self.parent[hi] = lo


def metric_groups(pack) -> dict[str, str]:
    """Each metric's group: its family (or itself), joined with the families of the metrics
    the pack ties it to (relations, rates)."""
    joins = _Joins()
    ids = sorted(pack.metrics)
    for m in ids:
        joins.union(("metric", m), ("family", pack.metrics[m].family or m))
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            if pack.related(a, b):
                joins.union(("metric", a), ("metric", b))
    return {m: repr(joins.find(("metric", m))) for m in ids}


def place_groups(pack) -> dict[str, str]:
    """Each place's group: its root place, joined with the roots of places it is confusable with."""
    joins = _Joins()
    for p, place in sorted(pack.places.items()):
        joins.union(p, pack.root_place(p))
        for other in place.confusable_with:
            if other in pack.places:
                joins.union(pack.root_place(p), pack.root_place(other))
    return {p: joins.find(p) for p in pack.places}


# Two periods a claim's phrase is read against in place of the claim before it: a phrase
# whose meaning changes with them refers to that claim (see _refers_back).
_PROBES = (Period(start=date(1901, 1, 1), end=date(1901, 12, 31)),
           Period(start=date(1903, 7, 1), end=date(1903, 7, 31)))


def _refers_back(claim: Claim, source: Source, known: dict[str, bool]) -> bool:
    """Whether a claim's period phrase means something that depends on the claim before it.
    Whether a phrase refers back does not depend on the day it is read on: `known` keeps the
    answer for each phrase (a corpus has a few hundred phrases, and the reader is slow)."""
    from auditor.periods import PeriodPhraseError, resolve_period_phrase

    def meaning(phrase: str, day: date, previous: Period | None):
        try:
            return resolve_period_phrase(phrase, day, previous)
        except PeriodPhraseError as exc:
            return str(exc)

    for _, phrase, _ in claim.statements():
        if phrase not in known:
            day = source.published.latest
            known[phrase] = len({repr(meaning(phrase, day, previous)) for previous in (None, *_PROBES)}) > 1
        if known[phrase]:
            return True
    return False


def families(corpus: Corpus) -> list[list[int]]:
    """The corpus's independent families, each as the indices of its claims in corpus order;
    families in the order of their first claim."""
    pack = corpus.pack
    metric_group, place_group = metric_groups(pack), place_groups(pack)
    joins = _Joins()
    by_id = {c.id: i for i, c in enumerate(corpus.claims)}
    keys = []
    last_of_source: dict[str, int] = {}
    phrases: dict[str, bool] = {}
    undated = ("undated",)
    for i, claim in enumerate(corpus.claims):
        key = (metric_group[claim.metric], place_group[claim.place])
        keys.append(key)
        joins.find(key)
        source = corpus.sources[claim.source]
        named = [st.share.of for _, _, st in claim.statements() if st.share is not None]
        if claim.supersedes is not None:
            named.append(claim.supersedes)
        for other in named:
            if other in by_id:
                j = by_id[other]
                # the key of a claim named later is not known yet: its metric and place are
                joins.union(key, (metric_group[corpus.claims[j].metric], place_group[corpus.claims[j].place]))
        if source.is_undated:
            joins.union(key, undated)
        before = last_of_source.get(claim.source)
        if before is not None and _refers_back(claim, source, phrases):
            joins.union(key, keys[before])
        last_of_source[claim.source] = i
    members: dict = {}
    for i, key in enumerate(keys):
        members.setdefault(joins.find(key), []).append(i)
    return list(members.values())


def partition(corpus: Corpus, parts: int) -> list[Part]:
    """The corpus in at most `parts` parts of whole families, balanced by claims (the largest
    family first, to the part with the fewest claims so far). The sources without claims go
    with the first part, every undated source with the part holding the undated claims (or a
    part of its own when no claim is theirs). Parts in order of their first claim."""
    found = families(corpus)
    count = max(1, min(parts, len(found)))
    bins: list[list[int]] = [[] for _ in range(count)]
    sizes = [0] * count
    groups = [0] * count
    for members in sorted(found, key=lambda m: (-len(m), m[0])):
        k = min(range(count), key=lambda b: (sizes[b], b))
        bins[k].extend(members)
        sizes[k] += len(members)
        groups[k] += 1
    positions: Mapping = corpus.positions
    undated = {sid for sid, s in corpus.sources.items() if s.is_undated}
    out = []
    for members, n in sorted(zip(bins, groups), key=lambda b: min(b[0], default=len(corpus.claims))):
        if not members:
            continue
        members.sort()
        claims = tuple(corpus.claims[i] for i in members)
        wanted = {c.source for c in claims}
        if wanted & undated:
            wanted |= undated
        out.append(Part({sid: s for sid, s in corpus.sources.items() if sid in wanted}, claims,
                        {c.id: positions[c.id] for c in claims if c.id in positions}, n))
    # sources without claims: every undated one is with the undated claims already; the rest
    # go with the first part (a source's summary needs nothing else)
    held = {sid for p in out for sid in p.sources}
    rest = {sid: s for sid, s in corpus.sources.items() if sid not in held}
    lone_undated = {sid: s for sid, s in rest.items() if sid in undated}
    if lone_undated:
        out.append(Part(lone_undated, (), {}, 0))
    dated = {sid: s for sid, s in rest.items() if sid not in undated}
    if dated:
        if out:
            out[0] = out[0]._replace(sources={**out[0].sources, **dated})
        else:
            out.append(Part(dated, (), {}, 0))
    return out


def merge_reports(corpus: Corpus, reports: list[Report]) -> Report:
    """The report of the whole corpus from the reports of its parts: sources by id, claims in
    the corpus's order, findings sorted as the engine sorts them (`Finding.sort_key`)."""
    sources = {s.id: s for r in reports for s in r.sources}
    claims = {c.id: c for r in reports for c in r.claims}
    findings = [f for r in reports for f in r.findings]
    missing = [sid for sid in corpus.sources if sid not in sources] + [c.id for c in corpus.claims if c.id not in claims]
    if missing:
        raise ValueError(f"the parts' reports leave out {len(missing)} sources and claims, e.g. {missing[:3]}")
    return Report(sources=tuple(sources[sid] for sid in sorted(corpus.sources)),
                  claims=tuple(claims[c.id] for c in corpus.claims),
                  findings=tuple(sorted(findings, key=lambda f: f.sort_key())))


def audit_parts(corpus: Corpus, parts: int, progress: Callable[[str], None] | None = None) -> Report:
    """The audit of `corpus` as `parts` parts, one after another in this process, merged: the
    same report as `audit_corpus(corpus)` (what a cluster does, without one)."""
    from auditor.engine.audit import audit_corpus
    reports = []
    split = partition(corpus, parts)
    for n, part in enumerate(split, 1):
        if progress is not None:
            progress(f"auditing part {n} of {len(split)} ({len(part.claims):,} claims)")
        reports.append(audit_corpus(part.corpus(corpus.pack, corpus.files), workers=1))
    return merge_reports(corpus, reports)
