"""Models of the rule pack's data files (rules/*.yaml)."""

from __future__ import annotations

import calendar
import difflib
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, field_validator, model_validator

from auditor.models.base import Frozen

Level = Literal["default", "generous"]


class Metric(Frozen):
    id: str
    label: str
    definition: str
    unit: str = "count"
    aliases: tuple[str, ...] = ()
    family: str | None = None
    integer: bool = True
    non_negative: bool = True
    additive_over_time: bool = True
    additive_over_places: bool = True
    # a stock (population, officers on the force): a value at a date or for a year, never
    # summed over time; a population a rate rests on (rules/rates.yaml) is read for the
    # calendar year of its date, any other stock (officers, vacancies) for its date or period
    # (engine/compile.py)
    stock: bool = False
    # a plan for its whole period (a budget or appropriation, proposed, adopted or amended, for
    # a fiscal or calendar year): its figure for a period still running when given is the whole
    # period's, never the part so far, and only its later versions restate it. Left out (None):
    # a metric neither additive over time nor a stock whose label names one of the revision
    # rule's `budget_metric_words` (pack/plans.py); never true with additive_over_time or stock
    # (pack/load.py)
    plan_for_period: bool | None = None
    # a figure of a US election counted on its day (turnout, ballots cast, registered voters): said of
    # a year or of November, it is of election day (draft/claim_period.py); left out, of its period
    counted_on: Literal["election_day"] | None = None
    # the counts this metric is one kind of ("aggravated assaults" of "violent crimes"), when no
    # relation (rules/relations.yaml) says so: no constraint, only which of two counts a figure
    # printed for both belongs to (Pack.is_part; suspects.another_counts_figure)
    part_of: tuple[str, ...] = ()

    @field_validator("part_of", mode="before")
    @classmethod
    def _one_whole(cls, v):
        """`part_of: violent_crimes` is `part_of: [violent_crimes]`."""
        return (v,) if isinstance(v, str) else v


class FiscalYear(Frozen):
    """When a body's fiscal year starts, and which calendar year names it: "FY2021" of a city
    whose year starts on 1 July is July 2020 to June 2021 (`named_by: end`, the US habit)."""

    start: str = Field(pattern=r"^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$",
                       description="month and day the fiscal year starts, MM-DD")
    named_by: Literal["end", "start"] = "end"

    @field_validator("start")
    @classmethod
    def _a_day_of_the_year(cls, start: str) -> str:
        month, day = (int(p) for p in start.split("-"))
        if day > calendar.monthrange(2001, month)[1]:   # a year without 29 February
            raise ValueError(f"{start} is no day of the year: {calendar.month_name[month]} has "
                             f"{calendar.monthrange(2001, month)[1]} days")
        return start

    @property
    def month_day(self) -> tuple[int, int]:
        month, day = self.start.split("-")
        return int(month), int(day)


class Place(Frozen):
    id: str
    name: str
    kind: str = "place"
    aliases: tuple[str, ...] = ()
    within: str | None = None
    confusable_with: tuple[str, ...] = ()
    fiscal_year: FiscalYear | None = None   # the place's government's, and its bodies' (police)


class Comparisons(Frozen):
    """How far "about the same" may stretch (rules/comparisons.yaml): the larger of two
    figures is at most this share above the smaller, at each reading."""

    about_same_default: Decimal = Field(Decimal("0.05"), ge=0, le=1)
    about_same_generous: Decimal = Field(Decimal("0.10"), ge=0, le=1)
    # "the most in recent memory": a record over this many years before the claim's year
    recent_memory_years: int = Field(10, ge=1, le=200)
    # a record of a closed year told years later, with no window, is over the whole years since
    # too, up to the last one ended before it was told (compile._record)
    records_hold_when_told: bool = False
    # ... and over the year just ended when told this many days or more after it ended, even
    # when no source of the corpus gave that year's count by then (None: only when one did)
    year_just_ended_out_after_days: int | None = Field(None, ge=1, le=366)
    # patterns (regular expressions, any case) by which a record's quote names the stretch of its
    # year it is a record of, after the record's own word ("the highest number ... between January
    # and March"): a record of a stretch shorter than a year so told beats the same stretch of
    # each year, not whole years (compile._record); empty: only a record set against "the same
    # period" (`than`) does
    same_stretch_patterns: tuple[str, ...] = ()
    # ... unless its quote matches one of these ("any full year since 2007"): then whole years
    whole_year_patterns: tuple[str, ...] = ()
    # patterns (regular expressions, any case) by which a record's own quote sets a later year it
    # names past the record ("followed by an even deadlier 70 homicides in 2021"): only then does
    # that later year end the record's reach (compile._years_its_sentence_names); a later year
    # named otherwise ("and 2021 was nearly as deadly") does not; empty: never
    past_record_patterns: tuple[str, ...] = ()
    # a change "so far this year" is set against its story's own figure for last year to date
    # when that ends up to this many days before the publication day's date last year
    # (scenarios._bases_on_its_own_day); 0: never
    own_base_days_before: int = Field(0, ge=0, le=31)

    def about_same(self, level: Level) -> Decimal:
        return self.about_same_default if level == "default" else self.about_same_generous


class Relation(Frozen):
    """How metrics of one family relate (rules/relations.yaml): the disjoint `parts` of a
    `whole`, for one place and period. Complete: the whole is exactly their sum (all
    homicides = criminal + justifiable + accidental); else their sum never exceeds it (a
    tracker's deaths ruled homicides within the police count that adds unruled deaths)."""

    id: str
    whole: str
    parts: tuple[str, ...] = Field(min_length=1)
    complete: bool = False
    # the parts are no kinds of the whole, only counts each never above it: every fatal crash
    # kills someone, so a place's fatal crashes never outnumber its road deaths of the period.
    # Each part is held below the whole on its own (not their sum), and Pack.is_part does not
    # follow the relation (a figure printed for both is no sign of a row misread)
    bound: bool = False
    why: str

    @model_validator(mode="after")
    def _a_bound_is_never_complete(self):
        if self.bound and self.complete:
            raise ValueError("a bound relation holds each part below the whole, never equal to their sum: "
                             "leave out `complete` or `bound`")
        return self


class Rate(Frozen):
    """A rate tied to its count and population (rules/rates.yaml): for one place and period,
    rate = count / population x the scale of the rate metric's unit ("per 100,000")."""

    id: str
    rate: str
    count: str
    population: str
    why: str


class QualifierReading(Frozen):
    """The interval a qualifier implies at one reading, as factors of the stated number.

    `rounding`: the figure's rounding may widen the interval (rules/rounding.yaml); a
    threshold ("over 2,000") is a floor, not a rounded figure. `hedged`: the words say the
    figure is approximate ("about 120"), so a figure round at its size is read as rounded
    whatever its size; unhedged, only a large round figure is (rules/calibration.md)."""

    low: Decimal | None
    high: Decimal | None
    low_open: bool = False
    high_open: bool = False
    rounding: bool = False
    hedged: bool = False
    # the true value is at most this many units of the figure's last significant digit below
    # it, where that is nearer than `low` ("close to 63%": 62% to 63%, not 56.7%)
    units_below: Decimal | None = None
    # with units_below, a count given to the unit (its last digit neither 0 nor 5: "nearly
    # 499" people) may be the true value itself: the bound is not open (percentages keep it)
    units_closed: bool = False
    # a percentage written as one digit ("nearly 3%") may be a decimal the writer rounded up to
    # it before hedging: its floor reaches at least this many units below (2.5% to 3%, where
    # 0.9 x 3 leaves out a 2.6% decline; from 5% up the factor reaches further, 0.9 x 8 = 7.2,
    # and stands); "nearly double" (a ratio) keeps the factor
    rounded_up_below: Decimal | None = None
    # a percentage's ceiling factor, where wider than `high` ("more than 30 percent" of a rise
    # of 44.8%): floors of percentages come in steps of ten points, coarser than a count's;
    # only for a change's or a share's floor on `percent_step` below 100 (10%, 20% ... 90%)
    percent_high: Decimal | None = None
    percent_step: Decimal | None = None
    # a change's or a share's percentage floor reaches at least this many units of its last
    # written digit above it, where `high` falls short: a percentage is a rounded figure, so a
    # value that rounds to the floor is "a little more than" it ("up a little more than 1
    # percent" of 79 to 80, +1.27%; 1.25 x 1% stops at 1.25%); only a floor of one unit ("1%",
    # "0.1%") reaches further than its factor
    percent_units_above: Decimal | None = None
    # a change's multiple whose floor is a whole number ("more than doubled", "more than twice")
    # reaches up to this many whole multiples above it, where `high` falls short: multiples are
    # named by whole steps (doubled, tripled), so "more than doubled" is said up to "nearly tripled"
    multiple_units_above: Decimal | None = None


class Qualifier(Frozen):
    id: str
    words: tuple[str, ...] = ()
    default: QualifierReading
    generous: QualifierReading

    def reading(self, level: Level) -> QualifierReading:
        return self.default if level == "default" else self.generous


class Rounding(Frozen):
    """When a stated figure is read as rounded, and how far rounding widens it
    (rules/rounding.yaml, rules/calibration.md)."""

    default_fraction_of_unit: Decimal = Field(Decimal("0.5"), ge=0)
    default_cap: Decimal = Field(Decimal("0.10"), ge=0)
    generous_fraction_of_unit: Decimal = Field(Decimal("1"), ge=0)
    generous_cap: Decimal = Field(Decimal("0.25"), ge=0)
    round_significant_digits: int = Field(2, ge=1)
    round_trailing_zeros: int = Field(3, ge=1)
    large: Decimal = Field(Decimal("1000"), ge=0)
    whole_multiples_capped: bool = True


class Doubt(Frozen):
    """The cost of doubting a claim of one kind, and how a reporter would name that kind."""

    cost: Decimal = Field(gt=0)
    label: str


class CopiesNamed(Frozen):
    """Of the copies of one doubted figure, which is named first (rules/suspicion.yaml
    `copies`, suspects.named_first): one given more than `years_on` days after its period's
    end before one given within `in_its_day` days of it."""

    in_its_day: int = Field(365, ge=0)
    years_on: int = Field(730, ge=0)

    @model_validator(mode="after")
    def _ordered(self):
        if self.years_on < self.in_its_day:
            raise ValueError("years_on must be at least in_its_day: a figure given years on is not given in its day")
        return self


class Suspicion(Frozen):
    """Which claim is most likely wrong (rules/suspicion.yaml): costs of doubting a claim by
    who says it (`authority`) and what kind of statement it is (`statement`), which of a
    doubted figure's copies is named first (`copies`), the words that set a figure aside
    (`set_aside_words`), and the speakers' titles of those who do not keep the count
    (`not_the_counter_words`)."""

    authority: dict[str, Doubt]
    statement: dict[str, Doubt]
    copies: CopiesNamed = CopiesNamed()
    # of a doubted figure's copies all given in their day, one of these authorities (a body's
    # release, which the others retell) is named first (suspects.named_first)
    released_first: tuple[str, ...] = ()
    # words a sentence sets a figure aside with ("contrary to the 850 that has been reported"):
    # at equal cost, that figure is doubted first (suspects.set_aside_in_words)
    set_aside_words: tuple[str, ...] = ()
    # a person's title ("Name, Title" up to its next comma, or "Title Name") with one of these
    # whole words ("Metro Council President", "Fraternal Order of Police president") is no counting body's: the
    # statement `not-the-counter` multiplies the cost of its figures (suspects.not_the_counter)
    not_the_counter_words: tuple[str, ...] = ()
    # copies of a change that two or more clearly distinct tellers (outlets in their own words,
    # or an outlet in its own words and a body in its own release; a retelling credited to a
    # body or a person is that body's, no teller of its own) each print beside their own
    # figures for what it relates are each teller's own statement: one tension per teller, not
    # one for all (suspects.tellers_apart)
    changes_told_apart: bool = False
    # wire services: one named in a trailing parenthesis of a publisher ("Star Tribune
    # (Associated Press)") is the teller of a change the paper runs (suspects.teller_name)
    wire_services: tuple[str, ...] = ()
    # a figure its own article gives for another count of the place and period is doubted first
    # (the statement table's `another-counts-figure`) from this figure up: two counts meet at a
    # small figure by chance (suspects.another_counts_figure)
    another_counts_from: Decimal = Field(Decimal(1000), ge=0)
    # a figure equal to another source's figure for the neighbouring period is told for the
    # wrong period (the statement table's `another-periods-figure`) from this figure up: two
    # years of a small count are often equal (suspects.told_for_a_neighbouring_period)
    another_periods_from: Decimal = Field(Decimal(1000), ge=0)
    # a figure for a stretch is stretched from a shorter one's (the statement table's
    # `stretched-from-a-shorter-stretch`) only when the longer adds at least these days: a year's
    # count is often the one given a few days before its end (suspects.stretched)
    stretched_by_days: int = Field(28, ge=1)
    # ... and only when the shorter stretch's daily pace adds at least this many over the added
    # days: a small count may well not grow in a month (suspects.stretched)
    stretched_grows_by: Decimal = Field(Decimal(3), ge=0)

    @model_validator(mode="after")
    def _released_are_authorities(self):
        unknown = [a for a in self.released_first if a not in self.authority]
        if unknown:
            raise ValueError(f"released_first names {', '.join(unknown)}, not an authority of this table: "
                             f"use one of {', '.join(sorted(self.authority))}")
        return self


class RuleExample(Frozen):
    """A rule's own test: a tiny corpus and the exact findings of that rule it must give."""

    name: str
    published: str | None = None
    sources: tuple[dict[str, Any], ...] = ()
    claims: tuple[dict[str, Any], ...]
    expect: tuple[tuple[str, ...], ...] = Field(
        description="claim-id sets of this rule's findings; empty: the rule stays silent"
    )
    first_suspects: tuple[str, ...] | None = Field(
        default=None, description="for a tension rule: the first suspect of each finding, in the order of `expect`")
    severity: str | None = None


class Rule(Frozen):
    id: str
    name: str
    check: str
    kind: Literal["tension", "corroboration", "implied", "not-comparable", "dating", "revision", "not-checkable"]
    severity: Literal["error", "warning", "info"]
    summary: str
    why: str
    fix: str
    params: dict[str, Any] = {}
    examples: tuple[RuleExample, ...] = ()
    path: str | None = None


# "did you mean" only for a close match: a typo or a plural, not any word with letters in common
_CLOSE = 0.8


class Pack(Frozen):
    metrics: dict[str, Metric]
    places: dict[str, Place]
    qualifiers: dict[str, Qualifier]
    rounding: Rounding
    suspicion: Suspicion
    rules: dict[str, Rule]
    root: str
    relations: dict[str, Relation] = {}
    rates: dict[str, Rate] = {}
    comparisons: Comparisons = Comparisons()
    layers: tuple[str, ...] = ()        # the folders read, bundled first (a desk's pack extends it)
    origins: dict[str, str] = {}        # "places.<id>", "metrics.<id>": the file that defined it

    def related(self, a: str, b: str) -> "Relation | Rate | None":
        """The relation that ties two metrics directly (one the whole, the other a part, or
        two parts of one whole; a rate, its count or its population), if any: such claims
        are checked, not 'not comparable'."""
        for r in self.relations.values():
            members = (r.whole, *r.parts)
            if a in members and b in members and a != b:
                return r
        for r in self.rates.values():
            members = (r.rate, r.count, r.population)
            if a in members and b in members and a != b:
                return r
        return None

    def is_part(self, part: str, whole: str) -> bool:
        """Whether `part` is one kind of `whole`, through metrics' `part_of` and relations'
        parts (aggravated assaults of violent crimes, of all reported crimes)."""
        seen, todo = set(), [part]
        while todo:
            m = todo.pop()
            up = [*(self.metrics[m].part_of if m in self.metrics else ()),
                  *(r.whole for r in self.relations.values() if m in r.parts and not r.bound)]
            if whole in up:
                return True
            todo += [u for u in up if u not in seen]
            seen.update(up)
        return False

    def rate_of(self, metric: str) -> "Rate | None":
        """The rate relation whose rate metric is `metric`."""
        return next((r for r in self.rates.values() if r.rate == metric), None)

    def file_of(self, table: str, key: str | None = None) -> str:
        """The file a vocabulary entry came from, or the files of its table, for hints."""
        if key is not None and f"{table}.{key}" in self.origins:
            return self.origins[f"{table}.{key}"]
        return " and ".join(str(Path(layer) / f"{table}.yaml") for layer in (self.layers or (self.root,))
                            if (Path(layer) / f"{table}.yaml").exists())

    # --- look-ups with suggestions -------------------------------------------------
    def find_metric(self, name: str) -> Metric | None:
        if name in self.metrics:
            return self.metrics[name]
        wanted = _norm(name)
        for metric in self.metrics.values():
            if wanted == _norm(metric.id) or wanted in (_norm(a) for a in metric.aliases):
                return metric
        return None

    def suggest_metric(self, name: str) -> str | None:
        names = {_norm(m.id): m.id for m in self.metrics.values()}
        for m in self.metrics.values():
            names.update({_norm(a): m.id for a in m.aliases})
        match = difflib.get_close_matches(_norm(name), list(names), n=1, cutoff=_CLOSE)
        return names[match[0]] if match else None

    def find_places(self, name: str) -> list[Place]:
        if name in self.places:
            return [self.places[name]]
        wanted = _norm(name)
        return [
            p for p in self.places.values()
            if wanted == _norm(p.name) or wanted in (_norm(a) for a in p.aliases)
        ]

    def suggest_place(self, name: str) -> str | None:
        names = list(self.places)
        for p in self.places.values():
            names.extend(p.aliases)
        match = difflib.get_close_matches(name, names, n=1, cutoff=_CLOSE)
        if not match:
            return None
        found = self.find_places(match[0])
        return found[0].id if len(found) == 1 else match[0]

    def ancestors(self, place_id: str) -> list[str]:
        """The places containing `place_id`, nearest first."""
        out: list[str] = []
        current = self.places[place_id].within
        while current is not None and current not in out:
            out.append(current)
            current = self.places[current].within
        return out

    def fiscal_year(self, place_id: str) -> FiscalYear | None:
        """The fiscal year of a place's bodies: its own, else the nearest containing place's."""
        for pid in (place_id, *self.ancestors(place_id)) if place_id in self.places else ():
            if self.places[pid].fiscal_year is not None:
                return self.places[pid].fiscal_year
        return None

    def root_place(self, place_id: str) -> str:
        chain = self.ancestors(place_id)
        return chain[-1] if chain else place_id

    def qualifier_words(self) -> list[tuple[str, str]]:
        """(word, qualifier id) pairs, longest words first, for phrase matching."""
        pairs = [(w, q.id) for q in self.qualifiers.values() for w in q.words]
        return sorted(pairs, key=lambda p: (-len(p[0]), p[0]))

    def rules_of_check(self, check: str) -> list[Rule]:
        return [r for r in self.rules.values() if r.check == check]


def _norm(text: str) -> str:
    return " ".join(text.lower().replace("_", " ").replace("-", " ").split())
