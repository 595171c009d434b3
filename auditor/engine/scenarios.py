"""Resolving claims against publication dates, and the candidate dates of undated sources.

A source dated only as a range ("2019-01-01..2023-03-29") is split into candidate
publication ranges within which every one of its period phrases means the same thing;
the audit is run once per combination of candidates and the findings say under which
candidates they hold.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import product

from auditor.loading.corpus import Corpus
from auditor.models import Claim, DateRange, Period, Source
from auditor.models.claims import Statement
from auditor.periods import ResolvedPeriod, in_progress, resolve_period_phrase
from auditor.text.times_calendar import day_runs

MAX_SCENARIOS = 512


@dataclass(frozen=True, slots=True)
class ResolvedStatement:
    """One reading of a claim with every period phrase turned into dates."""

    label: str | None
    statement: Statement
    period: Period
    base: Period | None = None
    than: Period | None = None
    window: Period | None = None
    invalid: str | None = None  # why the reading cannot hold (e.g. a change from a period to itself)
    told: DateRange | None = None   # when its source can be from (a record's years since, and the figures out by then: _record)
    to_date: bool = False   # the period ends on the publication day ("so far this year"): no month's record (_record)


@dataclass(frozen=True, slots=True)
class ResolvedClaim:
    claim: Claim
    statements: tuple[ResolvedStatement, ...]

    @property
    def id(self) -> str:
        return self.claim.id


@dataclass(frozen=True)
class Scenario:
    """A choice of publication range for every source; `label` names the undated choices."""

    publication: dict[str, DateRange]
    label: str | None

    def key(self) -> tuple:
        return tuple(sorted((k, v.label()) for k, v in self.publication.items()))


def _merge(a: ResolvedPeriod, b: ResolvedPeriod) -> Period:
    """The period a phrase means across a publication range: fixed, or a to-date span."""
    if a.period == b.period:
        return a.period
    if a.to_date and b.to_date and a.period.start == b.period.start:
        return Period(start=a.period.start, end=a.period.end, latest_end=b.period.end)
    raise ValueError("phrase changes meaning within one candidate range")  # the partition prevents this


def _resolve(phrase: str, pub: DateRange, previous: Period | None, own: bool = False,
             fiscal=None) -> tuple[ResolvedPeriod, Period]:
    first = resolve_period_phrase(phrase, pub.earliest, previous, fiscal)
    if pub.is_exact:
        if own:   # a claim's own period still running when it was published: so far, or the whole
            first = in_progress(first, pub.earliest)
        return first, first.period
    last = resolve_period_phrase(phrase, pub.latest, previous, fiscal)
    return first, _merge(first, last)


def resolve_claims(claims: list[Claim], pub: DateRange, fiscal_of=None, own_base_days: int = 0) -> list[ResolvedClaim]:
    """Resolve one source's claims, in file order, against a publication range; `fiscal_of`
    gives a place's fiscal year (the pack's `fiscal_year`), for "FY2021"; `own_base_days`: the
    pack's `comparisons.own_base_days_before` (_bases_on_its_own_day)."""
    out: list[ResolvedClaim] = []
    previous: Period | None = None
    for claim in claims:
        statements = []
        own_period = previous
        for label, phrase, st in claim.statements():
            streak = st.comparison is not None and (st.comparison.years is not None   # over whole years
                                                    or st.comparison.threshold is not None)
            fiscal = fiscal_of(claim.place) if fiscal_of else None
            res, period = _resolve(phrase, pub, previous, own=not streak, fiscal=fiscal)
            base = than = window = None
            invalid = None
            current = period
            if st.change is not None:
                if st.change.base:
                    base = _resolve(st.change.base, pub, period, fiscal=fiscal)[1]
                elif res.parts:
                    base, current = res.parts
                elif res.since:
                    base = res.since
                else:
                    invalid = "the change names no base period"
                if base is not None and base == current:
                    invalid = f"the change compares {current.label()} with itself"
                elif base is not None and base.overlaps(current):
                    invalid = f"the change compares {current.label()} with an overlapping period {base.label()}"
            if st.comparison is not None:
                if st.comparison.than:
                    than = _resolve(st.comparison.than, pub, period, fiscal=fiscal)[1]
                    if than.overlaps(current):
                        invalid = f"the comparison sets {current.label()} against an overlapping period"
                if st.comparison.window:
                    window = _resolve(st.comparison.window, pub, period, fiscal=fiscal)[1]
                if st.comparison.threshold is not None and not (current.is_full_year() and than is not None
                                                                 and than.is_full_year()):
                    invalid = (f"the last year below or above a figure is a whole year, and so is the claim's: "
                               f"give years ({current.label()} against {st.comparison.than})")
                if st.comparison.years is not None and not current.is_full_year():
                    invalid = (f"a streak runs over whole years, and {current.label()} is not one: "
                               "give the streak's last full year as the period")
            statements.append(ResolvedStatement(label, st, current, base, than, window, invalid,
                                                told=pub, to_date=res.to_date))
            own_period = period
        previous = own_period
        out.append(ResolvedClaim(claim, tuple(statements)))
    return _bases_on_its_own_day(out, own_base_days) if own_base_days else out


def _bases_on_its_own_day(resolved: list[ResolvedClaim], days: int) -> list[ResolvedClaim]:
    """Rule: a story's change "so far this year" against "the same period last year" is set
    against the story's own figure for last year to date when the story gives one that ends a
    few days (up to `days`: rules/comparisons.yaml `own_base_days_before`) before the publication
    day's date last year: the figures were
    given at a briefing before the story ran. KTAL (20 August 2020): "this year the city has had
    255 shootings, compared to 199 last year" (the chief's briefing of 18 August) and "shooting
    have also increased this year, by 25 percent": the 25% relates the 255 to the 199 (+28.1%),
    not to a count to 20 August 2019 that no one gave. Only when the story also gives its own
    figure for the change's stretch so far (the 255): without it, nothing says its "so far" is
    the briefing's day, and the 25% set against a base a week short of another outlet's count
    to the day would be a tension of two stretches of unequal length."""
    stretches: dict[tuple, set[Period]] = {}
    so_far: dict[tuple, set[Period]] = {}
    for rc in resolved:
        for st in rc.statements:
            if st.statement.value is not None and st.invalid is None:
                (so_far if st.to_date else stretches).setdefault((rc.claim.metric, rc.claim.place), set()).add(st.period)
    out = []
    for rc in resolved:
        key = (rc.claim.metric, rc.claim.place)
        statements = tuple(_on_its_own_day(st, stretches.get(key, set()), so_far.get(key, set()), days)
                           for st in rc.statements)
        out.append(rc if statements == rc.statements else ResolvedClaim(rc.claim, statements))
    return out


def _on_its_own_day(st: ResolvedStatement, stretches: set[Period], so_far: set[Period], days: int) -> ResolvedStatement:
    base = st.base
    if st.statement.change is None or base is None or not st.to_date or st.statement.change.base_place \
            or st.invalid is not None or base.latest_end is not None or st.period not in so_far:
        return st
    own = [p for p in stretches if p.start == base.start and p.latest_end is None
           and base.end - timedelta(days=days) <= p.end < base.end]
    return replace(st, base=own[0]) if len(own) == 1 else st


def _key(res: ResolvedPeriod) -> tuple:
    """What a resolution depends on: a period ending on the publication day moves with it
    and is keyed by its start alone."""
    p = res.period
    return ("to-date", p.start) if res.to_date else (p.start, p.end)


def _signature(claims: list[Claim], day: date) -> tuple:
    sig = []
    previous = None
    for claim in claims:
        own = previous
        for _, phrase, st in claim.statements():
            try:
                res = resolve_period_phrase(phrase, day, previous)
            except ValueError:
                sig.append(("invalid",))
                continue
            p = res.period
            sig.append(_key(res))
            if res.to_date:
                # phrases anchored on a to-date period ("same period last year") move with it too
                p = Period(start=p.start, end=p.start)
            refs = []
            if st.change is not None and st.change.base:
                refs.append(st.change.base)
            if st.comparison is not None:
                refs.extend(x for x in (st.comparison.than, st.comparison.window) if x)
            for ref in refs:
                try:
                    r = resolve_period_phrase(ref, day, p)
                    sig.append(_key(r))
                except ValueError:
                    sig.append(("invalid",))
            own = p
        previous = own
    return tuple(sig)


def publication_candidates(source: Source, claims: list[Claim]) -> list[DateRange]:
    """Split an uncertain publication range where any of the source's phrases changes meaning.

    A phrase's meaning only moves forward as the publication day does ("last year" steps
    from one year to the next, never back), so days with the same meanings form one run
    (`day_runs` finds each run's end by galloping and bisection).
    """
    pub = source.published
    if pub.is_exact:
        return [pub]
    runs = day_runs(lambda day: _signature(claims, day), pub.earliest, pub.latest)
    return [DateRange(earliest=first, latest=last) for first, last, _ in runs]


def scenarios(corpus: Corpus) -> list[Scenario]:
    """Every combination of candidate publication ranges of the undated sources."""
    by_source: dict[str, list[Claim]] = {}
    for c in corpus.claims:
        by_source.setdefault(c.source, []).append(c)
    fixed = {sid: s.published for sid, s in corpus.sources.items() if not s.is_undated}
    undated = sorted(sid for sid, s in corpus.sources.items() if s.is_undated)
    options = [publication_candidates(corpus.sources[sid], by_source.get(sid, [])) for sid in undated]
    total = 1
    for o in options:
        total *= len(o)
    if total > MAX_SCENARIOS:
        from auditor.errors import InputError, Problem
        counts = sorted(((len(o), sid) for sid, o in zip(undated, options)), key=lambda x: (-x[0], x[1]))
        worst = ", ".join(f"{sid} ({n})" for n, sid in counts[:5])
        raise InputError([Problem(
            file=", ".join(corpus.files) or "<records>", code="too-many-candidates", field="published",
            input=f"{total} combinations",
            message=(f"the undated sources give {total} combinations of candidate publication dates, and at most "
                     f"{MAX_SCENARIOS} are audited (each is a whole audit); candidates per source: {worst}"),
            hint="narrow the 'published' range of the sources with the most candidates (a month or a day the "
                 "text or the page gives), or split the corpus")])
    out = []
    for combo in product(*options) if undated else [()]:
        pub = dict(fixed)
        pub.update(dict(zip(undated, combo)))
        label = ", ".join(f"{sid} published {dr.label()}" for sid, dr in zip(undated, combo)) or None
        out.append(Scenario(pub, label))
    return out


def resolve_scenario(corpus: Corpus, scenario: Scenario) -> list[ResolvedClaim]:
    by_source: dict[str, list[Claim]] = {}
    for c in corpus.claims:
        by_source.setdefault(c.source, []).append(c)
    out: list[ResolvedClaim] = []
    for sid in sorted(by_source):
        out.extend(resolve_claims(by_source[sid], scenario.publication[sid], corpus.pack.fiscal_year,
                                  corpus.pack.comparisons.own_base_days_before))
    return out
