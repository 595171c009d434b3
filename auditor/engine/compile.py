"""Compiling resolved claims and the pack's axioms into linear constraints over true values.

A true value is the count of one metric in one place over one period. Periods add up
through elementary intervals (every period of a metric is cut at every other period's
ends, so a year-to-date count is a sum of parts of the year's); places add up through
containment (a precinct's count of a part never exceeds its city's); a relative change is
two linear inequalities in the two values; a record is an ordering over its window.
"""

from __future__ import annotations

import re

from dataclasses import dataclass, field
from datetime import date, timedelta
from fractions import Fraction
from typing import Callable, Iterable, NamedTuple

from auditor.engine.intervals import Interval, amount_interval
from auditor.engine.quotes import matches_any
from auditor.engine.scenarios import ResolvedClaim, ResolvedStatement
from auditor.loading.phrases import share_in_percent
from auditor.models import Period
from auditor.pack.model import Level, Pack
from auditor.pack.plans import plan_metrics
from auditor.units import per_time

LEVELS: tuple[Level, ...] = ("default", "generous")
ONE, MINUS_ONE, ZERO = Fraction(1), Fraction(-1), Fraction(0)   # shared: Fractions are immutable and slow to build

class Quantity(NamedTuple):
    """A true value: the count of one metric in one place over one period (its end uncertain
    up to `latest_end` for a year-to-date figure of an undated source). Atoms are what the
    solver sees (`Atoms`)."""

    metric: str
    place: str
    start: date
    end: date
    latest_end: date | None = None

    # written as the plain tuple it is, so that orders by repr and the findings' fingerprints
    # (which users keep in baselines) are the same as when quantities were plain tuples
    __repr__ = tuple.__repr__

    @property
    def period(self) -> Period:
        return Period(start=self.start, end=self.end, latest_end=self.latest_end)


Atom = tuple


def quantity(metric: str, place: str, p: Period) -> Quantity:
    return Quantity(metric, place, p.start, p.end, p.latest_end)



@dataclass(frozen=True, slots=True)
class Linear:
    """sum(coef * var) OP rhs, with OP one of <=, <, >=, >, ==."""

    terms: tuple[tuple[Quantity | Atom, Fraction], ...]
    op: str
    rhs: Fraction
    # the row's numbers for the solver, worked out once (auditor/engine/relaxation.py,
    # _row_numbers): a cache, not part of the constraint (no argument, not compared, not hashed)
    _numbers: tuple | None = field(default=None, init=False, repr=False, compare=False, hash=False)

    def variables(self) -> Iterable:
        return (v for v, _ in self.terms)


FALSE = Linear((), "<", ZERO)  # 0 < 0: a reading that cannot hold

COMPARE = {"<=": lambda a, b: a <= b, "<": lambda a, b: a < b, ">=": lambda a, b: a >= b,
           ">": lambda a, b: a > b, "==": lambda a, b: a == b}


def satisfied(lhs, op: str, rhs) -> bool:
    """Whether `lhs op rhs` (numbers) is true."""
    return COMPARE[op](lhs, rhs)


def whole_figure(terms, integer: dict) -> bool:
    """Whether sum(terms) is a whole number at every whole-number point: whole atoms, whole
    coefficients."""
    return all(k.denominator == 1 and integer.get(a, False) for a, k in terms)


@dataclass(frozen=True, slots=True)
class Subject:
    """What a reading says, in a form the reconciliation can measure.

    kind 'linear': sum(terms) lies in `interval` (values, absolute changes);
    kind 'ratio': numerator / denominator lies in `interval` (relative changes, shares);
    kind 'order': numerator - denominator > 0 (comparisons), no interval.
    """

    kind: str
    terms: tuple[tuple[Quantity, Fraction], ...] = ()
    numerator: Quantity | None = None
    denominator: Quantity | None = None
    interval: Interval | None = None
    unit: str = ""


@dataclass(slots=True)
class CompiledReading:
    label: str | None
    constraints: dict[Level, list[Linear]]
    subject: dict[Level, Subject | None]
    invalid: str | None = None
    record: str | None = None               # record-high | record-low, for a record claim
    window_years: tuple[int, ...] = ()      # the full years a record beats
    # a record of a stretch of whole months other than a calendar year ("the highest toll for
    # those two months since 1998", a fiscal year) beats the same months of each year: their label
    same_days: str | None = None


@dataclass(slots=True)
class CompiledClaim:
    claim_id: str
    source: str
    speaker: str | None
    statement_kind: str
    readings: list[CompiledReading]
    quantities: set[Quantity] = field(default_factory=set)
    stated: Quantity | None = None  # the quantity a value claim states directly
    own: Quantity | None = None     # the quantity of the claim's own period (its first reading)
    voice: object = None            # who states it (auditor/engine/suspects.py, assign_costs)
    cost: Fraction = ONE            # the cost of doubting it (rules/suspicion.yaml)


def _bounds(expr: tuple[tuple[Quantity, Fraction], ...], interval: Interval) -> list[Linear]:
    out = []
    if interval.lo is not None:
        out.append(Linear(expr, ">" if interval.lo_open else ">=", interval.lo))
    if interval.hi is not None:
        out.append(Linear(expr, "<" if interval.hi_open else "<=", interval.hi))
    return out


def _ratio(num: Quantity, den: Quantity, interval: Interval, integer: bool) -> list[Linear]:
    """num / den in interval, den > 0: linear because the interval's ends are constants."""
    out = [Linear(((den, ONE),), ">", ZERO)]
    if interval.lo is not None:
        out.append(Linear(((num, ONE), (den, -interval.lo)), ">" if interval.lo_open else ">=", ZERO))
    if interval.hi is not None:
        out.append(Linear(((num, ONE), (den, -interval.hi)), "<" if interval.hi_open else "<=", ZERO))
    return out


def _in_percent(by):
    """A change's amount of `measure: percent` written without its unit ("more than 10") as the
    percentage it is ("more than 10%"), so that it reads as one (engine/intervals.py)."""
    return by if by.unit is not None else by.model_copy(update={"unit": "percent"})


def _change_ratio_interval(by: Interval, direction: str, measure: str) -> Interval:
    one = ONE
    if measure == "percent":
        lo = None if by.lo is None else by.lo / 100
        hi = None if by.hi is None else by.hi / 100
        if direction == "up":
            return Interval(None if lo is None else one + lo, None if hi is None else one + hi, by.lo_open, by.hi_open)
        return Interval(ZERO if hi is None else max(ZERO, one - hi),
                        None if lo is None else one - lo, by.hi_open if hi is not None else False, by.lo_open)
    # ratio: "doubled" (up, 2), "halved" is written as down 2 times
    if direction == "up":
        return by
    return Interval(None if by.hi is None else one / by.hi, None if not by.lo else one / by.lo, by.hi_open, by.lo_open)


def _stock_period(p: Period) -> Period:
    """A stock's value for the calendar year its stated date or period lies in (a population
    "as of July 1, 2019" is 2019's; "about 670,000 residents" in 2019, in an article of 26
    December 2019, whose end is uncertain up to the year's end, is 2019's too); a period across
    years is kept as stated."""
    if p.start.year == (p.latest_end or p.end).year:
        return Period(start=date(p.start.year, 1, 1), end=date(p.start.year, 12, 31))
    return p


def _average_days(p: Period, unit: str) -> tuple[Fraction, Fraction]:
    """How many days, weeks or months the period holds, at its shortest and longest end:
    an average per `unit` times this is the period's total."""
    def length(end: date) -> Fraction:
        days = (end - p.start).days + 1
        if unit == "day":
            return Fraction(days)
        if unit == "week":
            return Fraction(days, 7)
        nxt = end + timedelta(days=1)
        if p.start.day == 1 and nxt.day == 1:   # whole months
            return Fraction((nxt.year - p.start.year) * 12 + nxt.month - p.start.month)
        return Fraction(days * 12) / Fraction("365.2425")
    return length(p.end), length(p.latest_end or p.end)


def _rate_link(rate, current: Quantity, iv: Interval, pack: Pack) -> tuple[list[Linear], set[Quantity]]:
    """A rate's figure as count / population over the same place and period (rules/rates.yaml):
    linear, because the interval's ends are constants."""
    subject = rate_as_ratio(rate, current, iv, pack)
    return _ratio(subject.numerator, subject.denominator, subject.interval, True), \
        {subject.numerator, subject.denominator}


def population_estimates(pack: Pack) -> Fraction:
    """How far a population estimate may lie from the year's population, as a share
    (`population_estimates` of the relation rule, rules/checks/TN008-metric-relation.yaml; 0
    without it)."""
    rule = next((r for r in pack.rules.values() if r.check == "tension" and r.params.get("via") == "relation"), None)
    return Fraction(str(rule.params.get("population_estimates", 0))) if rule is not None else ZERO


def stated_populations(resolved, stated_quantity: dict, pack: Pack, outlets: frozenset = frozenset()) -> frozenset:
    """The populations (place and year) the claims state, directly or through a rate a body
    publishes: a population claim ("387,053 residents"), or a rate credited to a speaker other
    than an outlet of the corpus (the FBI's, a statistics service's "60.94 per 100,000", not a
    paper's "97.6, CNN reported"), which rests on the population that body gives. A rate of
    such a year is held to that one population; a rate of a year no claim gives the population
    of rests on an estimate of its own (over_an_estimate). `outlets`: lower-case names."""
    out = set()
    for rc in resolved:
        metric = rc.claim.metric
        rate = pack.rate_of(metric)
        if rate is not None and rc.claim.speaker and rc.claim.speaker.strip().lower() not in outlets:
            q = stated_quantity[rc.id]
            out.add(quantity(rate.population, q.place, _stock_period(q.period)))
        elif any(r.population == metric for r in pack.rates.values()):
            out.add(stated_quantity[rc.id])
    return frozenset(out)


def over_an_estimate(iv: Interval, estimates: Fraction) -> Interval:
    """A rate's figure worked out over a population estimate within `estimates` of the year's
    population, as the rate over the year's population: the figure x (1 - estimates) to the
    figure x (1 + estimates). "53 per 100,000" over an estimate within 5% is 50.35 to 55.65
    over the year's population, so Crain's 53 and the Free Press's 54.6 for one year's 386
    homicides (about 728,000 and 707,000 residents) are two estimates, not a conflict."""
    if not estimates:
        return iv
    return Interval(None if iv.lo is None else iv.lo * (ONE - estimates),
                    None if iv.hi is None else iv.hi * (ONE + estimates), iv.lo_open, iv.hi_open)


def rate_as_ratio(rate, current: Quantity, iv: Interval, pack: Pack) -> Subject:
    """A rate's figure (`current` in `iv`) as the share count / population it states, over the
    same place and period (a population for its calendar year), unscaled."""
    from auditor.units import rate_scale
    scale = Fraction(rate_scale(pack.metrics[rate.rate].unit))
    p = current.period
    share = Interval(None if iv.lo is None else iv.lo / scale, None if iv.hi is None else iv.hi / scale,
                     iv.lo_open, iv.hi_open)
    return Subject("ratio", numerator=quantity(rate.count, current.place, p),
                   denominator=quantity(rate.population, current.place, _stock_period(p)), interval=share)


class Form(NamedTuple):
    """What one reading says at one level, compiled: its constraints over quantities, what a
    reconciliation can measure, the quantities it touches beside the claim's own, and for a
    record or a streak the relation and the full years it runs over."""

    constraints: list[Linear]
    subject: Subject | None = None
    quantities: tuple[Quantity, ...] = ()
    stated: bool = False                 # a value: the claim states its quantity directly
    record: str | None = None
    window_years: tuple[int, ...] = ()


@dataclass(frozen=True)
class _Context:
    """What every form's compiler needs: the pack, the claim, the reading's current quantity,
    and the corpus-wide look-ups (intervals read once, stocks by their year, shares' wholes)."""

    pack: Pack
    claim: object
    current: Quantity
    rs: ResolvedStatement
    interval_of: Callable
    quantity_of: Callable
    stated_quantity: dict
    stated_populations: frozenset = frozenset()   # populations the claims state (stated_populations)
    estimates: Fraction = ZERO                     # population_estimates(pack)


def form_of(st) -> str:
    """Which compiler a statement goes to: the one place compiling tells statement kinds and
    comparison relations apart. A record is compiled after every other claim (the years known)."""
    if st.value is not None:
        return "value"
    if st.change is not None:
        return "change"
    if st.share is not None:
        return "share"
    c = st.comparison
    if c.relation in ("higher", "lower"):
        return "order"
    if c.years is not None:
        return "streak"
    if c.threshold is not None:
        return "threshold"
    if c.relation in ("about-same", "tie"):
        return "alike"
    return "record"


def _value(x: _Context, level: Level) -> Form:
    st, pack = x.rs.statement, x.pack
    metric = pack.metrics[x.claim.metric]
    average = per_time(st.value.unit)
    iv = x.interval_of(st.value, level, None if average else metric.unit, not average and metric.integer, metric.id)
    if average:   # "seven a day": the period's total is the average times its days
        short, long_ = _average_days(x.rs.period, average)
        iv = Interval(None if iv.lo is None else iv.lo * short, None if iv.hi is None else iv.hi * long_,
                      iv.lo_open, iv.hi_open)
    linked: set[Quantity] = set()
    rate = pack.rate_of(x.claim.metric)
    held = iv   # what the solver holds the figure to; the subject keeps the figure as stated
    if rate is not None and quantity(rate.population, x.current.place, _stock_period(x.current.period)) \
            not in x.stated_populations:
        # no claim states the population the rate rests on: each rate of the year was worked
        # out over some estimate of it (a census, a later estimate, another year's)
        held = over_an_estimate(iv, x.estimates)
    expr = ((x.current, ONE),)
    cons = _bounds(expr, held)
    if rate is not None:
        link, linked = _rate_link(rate, x.current, held, pack)
        cons = cons + link
    return Form(cons, Subject("linear", expr, interval=iv, unit=metric.unit), tuple(linked), stated=True)


def _change(x: _Context, level: Level) -> Form:
    ch, claim = x.rs.statement.change, x.claim
    metric = x.pack.metrics[claim.metric]
    base = x.quantity_of(claim.metric, ch.base_place or claim.place, x.rs.base)
    if base == x.current:
        # a stock's change between two days of one year ("5,021 sworn officers, 500 fewer than
        # when [the mayor] came into office" that January): a stock is read by its year, so both
        # ends are one quantity and the change cannot be written over them; nothing to check
        return Form([])
    absolute = ch.measure == "absolute"
    # "slashed in half" written {by: half, measure: percent}: 50 percent of the base
    # and "by: more than 10, measure: percent" is a percentage, as "more than 10%" is (a floor on a
    # step of ten points: rules/qualifiers.yaml), whether or not its text says "percent"
    amount = (share_in_percent(ch.by) or _in_percent(ch.by)) if ch.measure == "percent" else ch.by
    by = x.interval_of(amount, level, metric.unit if absolute else None, absolute and metric.integer,
                       multiple=ch.measure == "ratio")
    if ch.measure in ("absolute", "percentage-points"):
        sign = ONE if ch.direction == "up" else MINUS_ONE
        expr = ((x.current, sign), (base, -sign))
        return Form(_bounds(expr, by), Subject("linear", expr, interval=by, unit=metric.unit), (base,))
    ratio = _change_ratio_interval(by, ch.direction, ch.measure)
    return Form(_ratio(x.current, base, ratio, metric.integer),
                Subject("ratio", numerator=x.current, denominator=base, interval=ratio,
                        unit="change" if ch.measure == "percent" else "times"), (base,))


def _share(x: _Context, level: Level) -> Form:
    share = x.rs.statement.share
    whole = x.stated_quantity[share.of]
    f = x.interval_of(share.fraction, level, None, False)
    if share.fraction.unit == "percent":
        f = Interval(None if f.lo is None else f.lo / 100, None if f.hi is None else f.hi / 100, f.lo_open, f.hi_open)
    f = Interval(f.lo if f.lo is not None else ZERO, f.hi, f.lo_open, f.hi_open)
    cons = [Linear(((x.current, ONE), (whole, -f.lo)), ">" if f.lo_open else ">=", ZERO)]
    if f.hi is not None:
        cons.append(Linear(((x.current, ONE), (whole, -f.hi)), "<" if f.hi_open else "<=", ZERO))
    return Form(cons, Subject("ratio", numerator=x.current, denominator=whole, interval=f, unit="share"), (whole,))


def _order(x: _Context, level: Level) -> Form:
    than = x.quantity_of(x.claim.metric, x.claim.place, x.rs.than)
    sign = ONE if x.rs.statement.comparison.relation == "higher" else MINUS_ONE
    return Form([Linear(((x.current, sign), (than, -sign)), ">", ZERO)],
                Subject("order", numerator=x.current if sign > 0 else than, denominator=than if sign > 0 else x.current),
                (than,))


def _streak_form(x: _Context, level: Level) -> Form:
    c, claim = x.rs.statement.comparison, x.claim
    cons, years = _streak(claim.metric, claim.place, x.rs.period.start.year, c)
    return Form(cons, None, tuple(_year(claim.metric, claim.place, y) for y in years), record=c.relation,
                window_years=years)


def _threshold(x: _Context, level: Level) -> Form:
    c, claim = x.rs.statement.comparison, x.claim
    cons, years = _last_time(claim.metric, claim.place, x.rs.than.start.year, x.rs.period.start.year, c)
    return Form(cons, None, tuple(_year(claim.metric, claim.place, y) for y in years), record=c.relation,
                window_years=years)


def _alike_form(x: _Context, level: Level) -> Form:
    than = x.quantity_of(x.claim.metric, x.claim.place, x.rs.than)
    cons, subject = _alike(x.current, than, x.rs.statement.comparison.relation, level, x.pack)
    return Form(cons, subject, (than,))


# A new statement form is one model field, one compiler here and one describer
# (auditor/engine/describe.py); records are compiled by _records, after every other claim.
COMPILERS: dict[str, Callable[[_Context, Level], Form]] = {
    "value": _value, "change": _change, "share": _share, "order": _order, "streak": _streak_form,
    "threshold": _threshold, "alike": _alike_form,
}


def compile_claims(resolved: list[ResolvedClaim], pack: Pack, outlets: frozenset = frozenset()) -> list[CompiledClaim]:
    """Constraints over quantities (not yet atoms) for every reading at both levels. `outlets`:
    the names of the corpus's outlets, lower case (a rate credited to one is no body's, for
    stated_populations)."""
    # a population stands for its calendar year (a rate's denominator: "as of July 1, 2019" is
    # 2019's); a stock no rate rests on (officers on the roster, vacancies) changes month to
    # month, and its figure is of the date or period it is stated for: 4,915 officers in June
    # and 5,021 at 31 December of one year are two counts, not one
    stocks = {m.id for m in pack.metrics.values() if m.stock} & {r.population for r in pack.rates.values()}
    # a budget is a plan for its whole period, whenever it is given: "a $969.5 million budget
    # for 2020" in February 2020 is the year's, not a figure so far (periods.in_progress): a
    # metric's `plan_for_period`, else its label's words (pack/plans.py)
    plans = plan_metrics(pack)

    def quantity_of(metric: str, place: str, p: Period) -> Quantity:   # a population's by its year
        if metric in plans and p.latest_end is not None:
            p = Period(start=p.start, end=p.latest_end)
        return quantity(metric, place, _stock_period(p) if metric in stocks else p)

    stated_quantity: dict[str, Quantity] = {}
    for rc in resolved:
        st = rc.statements[0]
        stated_quantity[rc.id] = quantity_of(rc.claim.metric, rc.claim.place, st.period)
    estimates = population_estimates(pack)
    populations = stated_populations(resolved, stated_quantity, pack, outlets) if estimates else frozenset()
    seen: dict = {}

    def interval_of(amount, level, unit, counted, metric=None, multiple=False):   # figures repeat: read each once
        planned = counted and metric in plans   # a count a plan sets: budgeted positions
        key = (amount, level, unit, counted, planned, multiple)
        found = seen.get(key)
        if found is None:
            found = seen[key] = amount_interval(amount, level, pack, unit, counted, planned, multiple)
        return found

    # first every reading but records, then records over the years the others made known
    drafts = []   # (rc, readings: list of CompiledReading or a record's (rs, current)), quantities, stated)
    for rc in resolved:
        claim = rc.claim
        readings: list = []
        quantities: set[Quantity] = set()
        stated = own = None
        for rs in rc.statements:
            current = quantity_of(claim.metric, claim.place, rs.period)
            own = own or current
            if rs.invalid:
                readings.append(CompiledReading(rs.label, {lv: [FALSE] for lv in LEVELS}, {lv: None for lv in LEVELS},
                                                rs.invalid))
                continue
            quantities.add(current)
            form = form_of(rs.statement)
            if form == "record":
                readings.append((rs, current))
                continue
            x = _Context(pack, claim, current, rs, interval_of, quantity_of, stated_quantity, populations, estimates)
            forms = {level: COMPILERS[form](x, level) for level in LEVELS}
            for f in forms.values():
                quantities.update(f.quantities)
                if f.stated:
                    stated = current
            first = forms[LEVELS[0]]
            readings.append(CompiledReading(rs.label, {lv: f.constraints for lv, f in forms.items()},
                                            {lv: f.subject for lv, f in forms.items()}, rs.invalid,
                                            first.record, first.window_years))
        drafts.append((rc, readings, quantities, stated, own))
    known = _known_years(q for _, _, quantities, _, _ in drafts for q in quantities)
    dated = _dated_stocks((q for _, _, quantities, _, _ in drafts for q in quantities), pack)
    counted = _counted_years(drafts)
    records, against = _records_by_source(drafts)
    compiled = []
    for rc, readings, quantities, stated, own in drafts:
        done = []
        for r in readings:
            if isinstance(r, tuple):
                rs, current = r
                r, beaten = _record(rs, current, known, pack.comparisons.recent_memory_years,
                                    counted if pack.comparisons.records_hold_when_told else None,
                                    {y for y, first in records.get(_record_key(rc, rs, current), ())
                                     if first <= rs.period.start.year}
                                    | {y for y, b in against.get(_record_key(rc, rs, current), ())
                                       if b == rs.period.start.year}
                                    | _years_its_sentence_names(rc.claim, pack.comparisons),
                                    pack.comparisons.year_just_ended_out_after_days,
                                    _names_its_stretch(rc.claim, pack.comparisons),
                                    dated.get((current.metric, current.place), ()))
                quantities.update(beaten)
            done.append(r)
        compiled.append(CompiledClaim(rc.claim.id, rc.claim.source, rc.claim.speaker,
                                      rc.claim.statements()[0][2].kind, done, quantities, stated, own))
    return compiled


def _year(metric: str, place: str, year: int) -> Quantity:
    return Quantity(metric, place, date(year, 1, 1), date(year, 12, 31), None)


def _streak(metric: str, place: str, last: int, comparison) -> tuple[list[Linear], tuple[int, ...]]:
    """A streak over `years` year-on-year changes ending with `last`: each change in the
    streak's direction (rise-streak, fall-streak), or this year's change in the direction
    and none of the changes before it in that direction (first-rise, first-fall: "the
    first drop in five years" is a fall this year after four changes that were not falls)."""
    years = tuple(range(last - comparison.years, last + 1))
    step = {"rise-streak": ONE, "first-rise": ONE, "fall-streak": MINUS_ONE, "first-fall": MINUS_ONE}
    sign = step[comparison.relation]
    cons = []
    for i, y in enumerate(years[1:], 1):
        now, before = _year(metric, place, y), _year(metric, place, years[i - 1])
        if comparison.relation.startswith("first") and y != last:
            # not a change in the direction: now - before has the other sign, or none
            cons.append(Linear(((now, sign), (before, -sign)), "<=", ZERO))
        else:
            cons.append(Linear(((now, sign), (before, -sign)), ">", ZERO))
    return cons, years


def _last_time(metric: str, place: str, than: int, last: int, comparison) -> tuple[list[Linear], tuple[int, ...]]:
    """"The last time it was below 100 was 2015": 2015 below the threshold, and every full
    year after it up to the claim's year at or above it (last-above: the other way round).
    The threshold is the figure as written, exact."""
    years = tuple(range(than, last + 1))
    t = Fraction(comparison.threshold.low)
    below = comparison.relation == "last-below"
    cons = [Linear(((_year(metric, place, than), ONE),), "<" if below else ">", t)]
    cons += [Linear(((_year(metric, place, y), ONE),), ">=" if below else "<=", t) for y in years[1:]]
    return cons, years


def _alike(current: Quantity, than: Quantity, relation: str, level: Level, pack: Pack):
    """A tie is the same figure; "about the same" keeps the larger at most the pack's share
    above the smaller (rules/comparisons.yaml), whichever is larger."""
    if relation == "tie":
        expr = ((current, ONE), (than, MINUS_ONE))
        iv = Interval(ZERO, ZERO)
        return _bounds(expr, iv), Subject("linear", expr, interval=iv, unit="change")
    k = ONE + Fraction(str(pack.comparisons.about_same(level)))
    cons = [Linear(((current, ONE), (than, -k)), "<=", ZERO), Linear(((than, ONE), (current, -k)), "<=", ZERO)]
    return cons, Subject("ratio", numerator=current, denominator=than, interval=Interval(1 / k, k), unit="times")


def _known_years(quantities) -> dict[tuple, set[int]]:
    """The years stated or referred to, by metric and place (full years), and by metric, place
    and stretch of months (the same months of other years) or of days known to their last
    (the same days of other years): a record's window when it names none."""
    known: dict[tuple, set[int]] = {}
    for q in quantities:
        p = q.period
        if p.is_full_year():
            known.setdefault((q.metric, q.place), set()).add(q.start.year)
        elif _months_of_a_year(q):
            known.setdefault((q.metric, q.place, _months_key(q)), set()).add(q.start.year)
        elif q.latest_end is None and (q.end - q.start).days < 366:
            known.setdefault((q.metric, q.place, _stretch_key(q)), set()).add(q.start.year)
    return known


def _dated_stocks(quantities, pack: Pack) -> dict[tuple, tuple[Quantity, ...]]:
    """A stock's figures for stretches that are not whole years (a strength at a date: "597
    sworn officers" on 29 September 2016, "545" on 9 January 2012), by metric and place: a
    stock's record beats them too (_record), as a count's beats whole years."""
    out: dict[tuple, set[Quantity]] = {}
    for q in quantities:
        metric = pack.metrics.get(q.metric)
        if metric is not None and metric.stock and not q.period.is_full_year():
            out.setdefault((q.metric, q.place), set()).add(q)
    # a total order (two figures may share a stretch and differ only in their uncertain end):
    # the same constraints in the same order whatever the set's iteration order
    return {key: tuple(sorted(qs, key=lambda q: (q.start, q.end, repr(q)))) for key, qs in out.items()}


def _stretch_key(q: Quantity) -> tuple:
    return "stretch", q.start.month, q.start.day, q.end.month, q.end.day


def _months_of_a_year(q: Quantity) -> bool:
    """A stretch of whole months, a year long at most, known to its last day or told in its
    last month ("Fourteen people were killed in Cincinnati in June", 28 June: June to the 28th
    or the 30th): "January and February", "the first half", a fiscal year. A year to date ends
    on its day, not a month's; a calendar year still running is a year, not its months."""
    last = q.end if q.latest_end is None else q.latest_end
    if q.start.day != 1 or (last + timedelta(days=1)).day != 1 or (last.year, last.month) != (q.end.year, q.end.month) \
            or (q.start.month, last.month, last.year) == (1, 12, q.start.year):
        return False
    return (q.end.year - q.start.year) * 12 + q.end.month - q.start.month < 12


def _months_key(q: Quantity) -> tuple[int, int, int]:
    return q.start.month, q.end.month, q.end.year - q.start.year


def _same_months(q: Quantity, year: int) -> Quantity:
    """The same months as `q` in the year `year` (of its start)."""
    start = date(year, q.start.month, 1)
    after = date(year + q.end.year - q.start.year + (q.end.month == 12), q.end.month % 12 + 1, 1)
    return Quantity(q.metric, q.place, start, after - timedelta(days=1), None)


def _counted_years(drafts) -> dict[tuple, dict[int, date]]:
    """The whole years some claim states a figure for, by metric and place, each with the
    earliest day a source stating it can be from: a record told later beats the years counted
    by then (_record)."""
    out: dict[tuple, dict[int, date]] = {}
    for rc, _, _, stated, _ in drafts:
        told = rc.statements[0].told
        if stated is None or told is None or not stated.period.is_full_year():
            continue
        years = out.setdefault((stated.metric, stated.place), {})
        y = stated.start.year
        years[y] = min(years.get(y, told.earliest), told.earliest)
    return out


def _same_stretch(q: Quantity, year: int) -> Quantity:
    """The same days as `q` (a year long at most) from the year `year` (of its start): one
    across New Year ends in the next; 29 February as the 28th."""
    def day(d: date, y: int) -> date:
        return date(y, d.month, min(d.day, 28 if d.month == 2 else 31))
    return Quantity(q.metric, q.place, day(q.start, year), day(q.end, year + q.end.year - q.start.year), None)


def _years_its_sentence_names(claim, comparisons) -> set[int]:
    """The years a claim's own quote names ("in 2021") when it sets a year past the record
    (rules/comparisons.yaml `past_record_patterns`): a record told in one sentence with a later
    year's higher figure is a record as of its own year, and the later year ends its reach
    (_record): "homicides jumped to a record 61, followed by an even deadlier 70 homicides in
    2021"; not "a record 61 in 2020, and 2021 was nearly as deadly"."""
    text = claim.quote.text if claim.quote is not None else ""
    if not matches_any(text, comparisons.past_record_patterns):
        return set()
    return {int(y) for y in _YEAR_NAMED.findall(text)}


_YEAR_NAMED = re.compile(r"\b((?:19|20)\d\d)\b")


def _record_key(rc, rs, current: Quantity) -> tuple:
    return rc.claim.source, current.metric, current.place, rs.statement.comparison.relation


def _records_by_source(drafts) -> tuple[dict[tuple, set[tuple[int, int]]], dict[tuple, set[tuple[int, int]]]]:
    """The whole years each source gives a record for, each with its window's first year (0: no
    window), by metric, place and direction: a record breaks an earlier one only when its window
    reaches back to the earlier one's year ("lowest since 1947" of 2013 breaks 2008's low; "most
    since 2009" breaks none before 2009); and the whole years it sets above (a record high's
    key) or below (a record low's) another whole year (a change or comparison), with that year:
    a later record ends an earlier one's reach, and so does a later year set past the record's
    own (_record). "2019, at that point, was our deadliest year on record" beside "more than 30%
    increase compared to 2019" for 2020 tells 2019's record as of its year; a plain later figure
    ("ranked below that is 2006, which saw 140"), a later year set below the record's ("2019 was
    down 15% from 2016") or a later year set against another ("peaked in 2021" beside 2023's
    "up 5.5%" over 2022) does not."""
    records: dict[tuple, set[tuple[int, int]]] = {}
    against: dict[tuple, set[tuple[int, int]]] = {}
    for rc, readings, _, _, own in drafts:
        for r in readings:
            if isinstance(r, tuple) and r[0].period.is_full_year() \
                    and r[0].statement.comparison.named_window != "recent-memory":
                records.setdefault(_record_key(rc, *r), set()).add(
                    (r[0].period.start.year, r[0].window.start.year if r[0].window else 0))
        rs = rc.statements[0]
        other = rs.base or rs.than
        up = _set_above(rs.statement)
        if own is not None and own.period.is_full_year() and other is not None and other.is_full_year() \
                and up is not None:
            key = (rc.claim.source, own.metric, own.place, "record-high" if up else "record-low")
            against.setdefault(key, set()).add((own.start.year, other.start.year))
    return records, against


def _set_above(st) -> bool | None:
    """Whether a statement sets its period above its base or `than` (None: neither way said)."""
    if st.change is not None:
        return st.change.direction == "up"
    if st.comparison is not None:
        return {"higher": True, "lower": False}.get(st.comparison.relation)
    return None


def _out_by_then(year: int, told: date, out_after_days: int | None) -> bool:
    """Whether a whole year's count was surely out by the day `told`: `out_after_days` after it ended."""
    return out_after_days is not None and (told - date(year, 12, 31)).days >= out_after_days


def _names_its_stretch(claim, comparisons) -> bool:
    """Whether a claim's quote names the stretch of its year it is a record of, right after the
    record's own word (rules/comparisons.yaml `same_stretch_patterns`: "the highest number of
    killings ... between January and March"), and says no full, whole or entire year
    (`whole_year_patterns`: "already top the total of any full year")."""
    text = claim.quote.text
    return matches_any(text, comparisons.same_stretch_patterns) and not matches_any(text, comparisons.whole_year_patterns)


def _record(rs: ResolvedStatement, current: Quantity, known: dict,
            memory_years: int, since: dict | None = None, own_records=(),
            out_after_days: int | None = None, named_stretch: bool = False,
            dated: tuple = ()) -> tuple[CompiledReading, list[Quantity]]:
    """A record beats every full year of its window: the stated window, else every year known
    ("in recent memory": the pack's span). With `since` (rules/comparisons.yaml's
    `records_hold_when_told`: the years some claim gives a figure for), a record of a whole year
    with no window, told after later years ended, beats those years too: "the record breaking
    number of homicides in 2016" said in 2020 is the most up to 2020, and 2017's 83 contradicts
    it (said in 2017, of 2016, it held), up to a later record its own source gives (one with a
    window only when the window reaches back to the record's year: "The previous low was 385 in
    2008" beside 2013's "lowest since 1947" is the fewest of 1947-2012), or a later
    year it sets against the record's ("a record with 82 homicides in 2016, a mark broken two
    years later", `own_records`: 2018; or a later year its own sentence names), and the year just ended only once some source gave its count by the
    telling ("Tennessee's deadliest year ever" of 2020, in March 2022, before 2021's count
    was out), or once `out_after_days` had passed since it ended (rules/comparisons.yaml:
    "ties a record set in 2008", said in October 2021, is above 2020 too). A year known
    only as a change's base ("broke 2019's number by 100") is not one: the record is not read
    past its year on a loose difference.
    A record of whole months that are not a calendar year beats those months of each year ("the
    highest toll for those two months since 1998" is above January and February of 1999 to
    2020, not above whole years). A record of a year
    to date still beats whole years ("a record number this year": already more than any year),
    unless its quote names the stretch it is a record of (`named_stretch`: "the highest number
    of killings the city has seen between January and March in at least a decade", told on 29
    March, is above 1 January to 29 March of 2007-2016, not above 2015's whole 31; Little Rock).
    A stock's record (officers on a day) also beats the stock's figures `dated` within its
    window before it, not only its whole years ("597 sworn officers, the lowest it's been in
    decades", 29 September 2016, against 545 on 9 January 2012; Toledo)."""
    metric, place = current.metric, current.place
    comparison = rs.statement.comparison
    first_year = rs.window.start.year if rs.window else None
    if comparison.named_window == "recent-memory":
        first_year = rs.period.start.year - memory_years
    months = not rs.period.is_full_year() and not rs.to_date and _months_of_a_year(current)
    # a stretch's record set against its stretch (`than`: "the same period last year"): "more
    # shooting victims within that time frame than any year in the past decade" (the Enquirer,
    # 27 May 2015, to 24 May) is above 1 January to 24 May of each year, not whole years
    stretch = not months and not rs.period.is_full_year() and (
        (rs.than is not None and (rs.than.start.month, rs.than.start.day, rs.than.end.month, rs.than.end.day)
         == (current.start.month, current.start.day, current.end.month, current.end.day))
        or (named_stretch and current.latest_end is None and (current.end - current.start).days < 365))
    years = set(known.get((metric, place), set()))
    if months:
        years |= known.get((metric, place, _months_key(current)), set())
    if stretch:
        years |= known.get((metric, place, _stretch_key(current)), set())
    if rs.window:
        years |= set(range(rs.window.start.year, rs.period.start.year))
    later = set()
    if since is not None and rs.told is not None and not rs.window and comparison.named_window != "recent-memory" \
            and rs.period.is_full_year():
        told = rs.told.earliest.year   # the year just ended counts once some source had it by then
        until = min([y for y in own_records if y > rs.period.end.year] + [told])
        later = {y for y, out in since.get((metric, place), {}).items()
                 if rs.period.end.year < y < until and (y < told - 1 or out <= rs.told.earliest
                                                        or _out_by_then(y, rs.told.earliest, out_after_days))}
    years = tuple(sorted({y for y in years if y < rs.period.start.year and (first_year is None or y >= first_year)}
                         | later))
    beaten = [_same_months(current, y) if months else _same_stretch(current, y) if stretch else _year(metric, place, y)
              for y in years]
    beaten += [q for q in dated if q.end < current.start and (first_year is None or q.start.year >= first_year)
               and q not in beaten]
    sign = ONE if comparison.relation == "record-high" else MINUS_ONE
    cons = [Linear(((current, sign), (q, -sign)), ">", ZERO) for q in beaten]
    same = f"{current.start:%-d %B} to {current.end:%-d %B}" if stretch else None
    if months:
        same = f"{current.start:%B}" if (current.start.year, current.start.month) == (current.end.year, current.end.month) \
            else f"{current.start:%B} to {current.end:%B}"
    return CompiledReading(rs.label, {lv: list(cons) for lv in LEVELS}, {lv: None for lv in LEVELS}, rs.invalid,
                           comparison.relation, years, same), beaten


# ---------------------------------------------------------------------------------------
# From quantities to atoms: elementary intervals and containment


@dataclass
class Atoms:
    """The solver's variables and the axioms that hold between them."""

    expansion: dict[Quantity, tuple[tuple[Atom, Fraction], ...]]
    axioms: list[Linear]
    integer: dict[Atom, bool]
    # every atom's place in the order of their reprs, computed once: constraints, columns and
    # names are sorted by it (sorting by repr each time cost seconds at 100,000 claims)
    rank: dict[Atom, int]


def build_atoms(quantities: set[Quantity], pack: Pack) -> Atoms:
    expansion: dict[Quantity, tuple[tuple[Atom, Fraction], ...]] = {}
    axioms: list[Linear] = []
    integer: dict[Atom, bool] = {}
    groups: dict[tuple[str, str], list[Quantity]] = {}
    for q in quantities:
        metric = pack.metrics[q.metric]
        if metric.additive_over_time:
            groups.setdefault((q.metric, pack.root_place(q.place)), []).append(q)
        else:
            expansion[q] = ((("q",) + q, ONE),)
            integer[("q",) + q] = metric.integer
    segments_of: dict[tuple[str, str], list[tuple[date, date]]] = {}
    for key, qs in groups.items():
        cuts = set()
        for q in qs:
            cuts.add(q.start)
            cuts.add(q.end + timedelta(days=1))
            if q.latest_end is not None:
                cuts.add(q.latest_end + timedelta(days=1))
        cuts_sorted = sorted(cuts)
        segs = [(a, b - timedelta(days=1)) for a, b in zip(cuts_sorted, cuts_sorted[1:])]
        segments_of[key] = segs
        starts = [s for s, _ in segs]
        metric = pack.metrics[key[0]]

        def span(place: str, start: date, end: date) -> tuple[tuple[Atom, Fraction], ...]:
            import bisect
            i = bisect.bisect_left(starts, start)
            out = []
            while i < len(segs) and segs[i][1] <= end:
                atom = ("s", key[0], place, segs[i][0], segs[i][1])
                integer[atom] = metric.integer
                out.append((atom, ONE))
                i += 1
            return tuple(out)

        for q in qs:
            if q.latest_end is None:
                expansion[q] = span(q.place, q.start, q.end)
            else:
                atom = ("u",) + q
                integer[atom] = metric.integer
                expansion[q] = ((atom, ONE),)
                shortest = span(q.place, q.start, q.end)
                longest = span(q.place, q.start, q.latest_end)
                axioms.append(Linear(((atom, ONE),) + tuple((a, -c) for a, c in shortest), ">=", ZERO))
                axioms.append(Linear(((atom, ONE),) + tuple((a, -c) for a, c in longest), "<=", ZERO))
    for atom, is_int in list(integer.items()):
        metric = pack.metrics[atom[1]]
        if metric.non_negative:
            axioms.append(Linear(((atom, ONE),), ">=", ZERO))
    order = sorted(integer, key=repr)
    # containment: a place's count of an elementary period never exceeds its parent's
    for atom in order:
        if atom[0] not in ("s", "q"):
            continue
        metric = pack.metrics[atom[1]]
        if not metric.additive_over_places or not metric.non_negative:
            continue
        for ancestor in pack.ancestors(atom[2]):
            parent = atom[:2] + (ancestor,) + atom[3:]
            if parent in integer:
                axioms.append(Linear(((atom, ONE), (parent, MINUS_ONE)), "<=", ZERO))
                break
    return Atoms(expansion, axioms, integer, {a: i for i, a in enumerate(order)})


def expand(c: Linear, atoms: Atoms) -> Linear:
    """Rewrite a constraint over quantities as one over atoms, its terms in atom order
    (`Atoms.rank`). Called for every constraint of every block, so it avoids Fraction
    arithmetic where it can: most expansions have coefficient one."""
    if not c.terms:
        return c
    acc: dict[Atom, Fraction] = {}
    expansion = atoms.expansion
    for q, coef in c.terms:
        for atom, k in expansion[q]:
            add = coef if k is ONE else coef * k
            old = acc.get(atom)
            acc[atom] = add if old is None else old + add
    rank = atoms.rank
    terms = tuple((a, acc[a]) for a in sorted(acc, key=rank.__getitem__) if acc[a])
    return Linear(terms, c.op, c.rhs)
