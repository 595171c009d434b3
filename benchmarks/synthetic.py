"""Synthetic corpora for benchmarks and property tests: true claims about a hidden world,
plus a few planted contradictions, and the places that world is made of.

The world is a made-up region of counties, each holding one to three cities, each city
split into two to four police precincts and holding up to two neighbourhoods. Its size
grows with the corpus (one city per CLAIMS_PER_CITY claims), as a real archive that
covers more papers covers more places. Each county is covered by its papers for a run of
COVERAGE_EPOCHS epochs somewhere in 1950-2025. For every whole-number metric of the rule
pack that adds up over time and places, the world holds true monthly counts in every
place and covered year. Counts are consistent by construction: a year is the sum of its
months, and a place never counts more than the place that contains it.

Since the places are invented, the run needs its own rule pack: the repository's metrics,
qualifiers, rounding and checks with a places.yaml describing this world
(`Synthetic.places_yaml`, written next to copies of the rest by `write_pack`).

Claims are then written about that world the way a newsroom would: exact figures,
"over X" with X a round number below the truth, "nearly X" and "about X" with X a round
number near it, changes in percent or in counts, comparisons, records and shares. Every
one of them is true under the default reading of rules/qualifiers.yaml.

Claims that compare two periods (changes, comparisons, records) stay within one *epoch*
of EPOCH_YEARS years, so the corpus splits into independent blocks of (metric, county,
epoch): the engine's solver sees many small problems, as it would for a real archive,
rather than one problem per metric spanning 75 years. Block sizes stay about the same
at every corpus size.

A contradiction is planted by rewriting a value claim whose quantity another two-sided
claim (exact, about, nearly) pins down, as an exact figure 0.5 or 1.6 times the truth,
written without trailing zeros so that no rounding rule can reach back to the truth.

Everything is deterministic from the seed.
"""

from __future__ import annotations

import bisect
import calendar
import itertools
import random
import shutil
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction
from math import ceil, exp, floor, log
from pathlib import Path

from auditor.pack import Pack, default_pack_path, load_pack

FIRST_YEAR = 1950
LAST_YEAR = 2025
EPOCH_YEARS = 2
COVERAGE_EPOCHS = 6         # a county's papers are in the archive for 12 years
CLAIMS_PER_CITY = 200       # keeps (metric, county, epoch) blocks at a few to ~30 claims
CLAIMS_PER_SOURCE = 20
PLANT_MIN_TRUTH = 20        # below this, x0.5 and x1.6 are too close to the truth to be "clearly" wrong
PLANT_FACTORS = (Fraction(1, 2), Fraction(8, 5))

# A city's yearly count around 2000 for a city of Birmingham's size, by metric; other
# metrics of the pack get 500. Each city is scaled by a size drawn between CITY_SIZES.
CITY_LEVEL = {
    "guns_recovered": 2000, "homicides": 100, "homicides_incl_justifiable": 112, "murders": 95,
    "shooting_deaths": 90, "nonfatal_shootings": 420, "burglaries": 5200, "vehicle_break_ins": 3100,
    "reported_crimes": 41000, "robberies": 1250,
}
CITY_SIZES = (0.15, 3.0)
# How often the news reports each metric, relative to the others (default 1).
METRIC_WEIGHT = {"homicides": 3, "guns_recovered": 2, "nonfatal_shootings": 1.5, "homicides_incl_justifiable": 0.5}
WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight",
         9: "nine", 10: "ten", 11: "eleven", 12: "twelve"}

# What the claims say, by share of the corpus (the rest are value claims).
MIX = {"change": 0.16, "comparison": 0.08, "record": 0.02, "share": 0.08}
QUALIFIER_MIX = (("exact", 0.45), ("over", 0.2), ("nearly", 0.15), ("about", 0.2))
REPEAT_VALUE = 0.35         # a value claim restates a quantity already claimed (corroboration)
PUBLISHERS = ("{county} Courier", "{county} Herald", "{city} Police Department", "WKRP News", "Regional Public Radio")


# ---------------------------------------------------------------------------------------
# The places

@dataclass(frozen=True)
class City:
    id: str
    name: str
    size: float                         # counts relative to CITY_LEVEL
    precincts: tuple[str, ...]
    areas: tuple[tuple[str, float], ...]  # neighbourhood id, its rough share of the city

    @property
    def parts(self) -> tuple[str, ...]:
        """Places a share of the city may be stated for."""
        return self.precincts + tuple(a for a, _ in self.areas)


@dataclass(frozen=True)
class County:
    id: str
    name: str
    cities: tuple[City, ...]
    years: tuple[int, ...]              # the years its papers cover: whole epochs


def build_places(rng: random.Random, n_cities: int) -> tuple[County, ...]:
    """Counties of one to three cities until there are `n_cities`, each covered for a run of epochs."""
    width = max(4, len(str(n_cities)))
    epochs = (LAST_YEAR - FIRST_YEAR) // EPOCH_YEARS + 1
    counties, made = [], 0
    while made < n_cities:
        cid = f"county-{len(counties) + 1:0{width}d}"
        cities = []
        for _ in range(min(rng.choice((1, 1, 2, 2, 3)), n_cities - made)):
            made += 1
            tid = f"city-{made:0{width}d}"
            precincts = tuple(f"{tid}/precinct-{i}" for i in range(1, rng.randint(2, 4) + 1))
            areas = tuple((f"{tid}/area-{i}", rng.uniform(0.05, 0.4)) for i in range(1, rng.randint(0, 2) + 1))
            size = rng.uniform(log(CITY_SIZES[0]), log(CITY_SIZES[1]))
            cities.append(City(tid, f"City {made}", exp(size), precincts, areas))
        first_epoch = rng.randrange(epochs - COVERAGE_EPOCHS + 1)
        first = FIRST_YEAR + first_epoch * EPOCH_YEARS
        years = tuple(range(first, min(LAST_YEAR, first + COVERAGE_EPOCHS * EPOCH_YEARS - 1) + 1))
        counties.append(County(cid, f"County {len(counties) + 1}", tuple(cities), years))
    return tuple(counties)


def places_yaml(counties: tuple[County, ...]) -> str:
    """rules/places.yaml for the invented region: counties > cities > precincts and neighbourhoods."""
    lines = ["# Generated by benchmarks/synthetic.py: an invented region, one city per "
             f"{CLAIMS_PER_CITY} claims.", "places:"]

    def place(pid: str, name: str, kind: str, within: str | None) -> None:
        lines.extend((f"  {pid}:", f"    name: {name}", f"    kind: {kind}"))
        if within:
            lines.append(f"    within: {within}")

    for county in counties:
        place(county.id, county.name, "county", None)
        for city in county.cities:
            place(city.id, city.name, "city", county.id)
            for p in city.precincts:
                place(p, f"{city.name} Police Department Precinct {p.rsplit('-', 1)[1]}", "police precinct", city.id)
            for a, _ in city.areas:
                place(a, f"Neighbourhood {a.rsplit('-', 1)[1]} of {city.name}", "neighbourhood", city.id)
    return "\n".join(lines) + "\n"


def write_pack(places: str, folder: str | Path, rules: str | Path | None = None) -> Path:
    """A rule pack in `folder` that stands alone: the metrics, qualifiers, rounding and
    checks of `rules` (the repository's pack by default) with `places` as its places.yaml,
    and no relations between metrics (the hidden world draws each metric on its own).
    Returns the folder."""
    source = Path(rules) if rules is not None else default_pack_path()
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("metrics.yaml", "qualifiers.yaml", "rounding.yaml"):
        shutil.copyfile(source / name, folder / name)
    shutil.copytree(source / "checks", folder / "checks", dirs_exist_ok=True)
    (folder / "places.yaml").write_text(places, encoding="utf-8")
    (folder / "pack.yaml").write_text("standalone: true\n", encoding="utf-8")
    return folder


# ---------------------------------------------------------------------------------------
# The hidden world

Quantity = tuple[str, str, int, int, int]   # metric, place, year, first month, last month


@dataclass
class World:
    """True monthly counts: months[(metric, place, year)] is a list of 12 counts."""

    metrics: tuple[str, ...]
    counties: tuple[County, ...]
    months: dict[tuple[str, str, int], list[int]]

    def value(self, q: Quantity) -> int:
        metric, place, year, first, last = q
        return sum(self.months[(metric, place, year)][first - 1:last])


def additive_metrics(pack: Pack) -> tuple[str, ...]:
    """Metrics whose counts add up over time and places: whole, non-negative numbers."""
    return tuple(sorted(m.id for m in pack.metrics.values()
                        if m.integer and m.non_negative and m.additive_over_time and m.additive_over_places))


def build_world(rng: random.Random, metrics: tuple[str, ...], counties: tuple[County, ...]) -> World:
    """Monthly counts for every metric, place and covered year; a county adds some
    unincorporated area to the sum of its cities."""
    months: dict[tuple[str, str, int], list[int]] = {}
    for metric, county in itertools.product(metrics, counties):
        totals = [[0] * 12 for _ in county.years]
        for city in county.cities:
            level = CITY_LEVEL.get(metric, 500) * city.size / 12
            split = [rng.uniform(0.15, 0.3) for _ in city.precincts]
            total = sum(split) / rng.uniform(0.9, 0.98)   # a few incidents are in no precinct
            split = [s / total for s in split]
            season = [1 + 0.15 * rng.uniform(-1, 1) for _ in range(12)]
            trend = rng.uniform(0.5, 2)
            for i, year in enumerate(county.years):
                trend = min(2.5, max(0.4, trend * rng.uniform(0.88, 1.13)))
                counts = [max(0, round(rng.gauss(level * trend * s, (level * trend * s) ** 0.5 + 0.5))) for s in season]
                months[(metric, city.id, year)] = counts
                totals[i] = [t + c for t, c in zip(totals[i], counts)]
                for place, share in zip(city.precincts, split):
                    months[(metric, place, year)] = [min(c, floor(c * share * rng.uniform(0.85, 1.1))) for c in counts]
                for place, share in city.areas:
                    months[(metric, place, year)] = [min(c, floor(c * share * rng.uniform(0.8, 1.2))) for c in counts]
        for i, year in enumerate(county.years):
            months[(metric, county.id, year)] = [t + round(t * rng.uniform(0.1, 0.5)) for t in totals[i]]
    return World(metrics, counties, months)


# ---------------------------------------------------------------------------------------
# Writing figures the way people say them

def _with_commas(n: int) -> str:
    return f"{n:,}"


def _steps(truth: int) -> list[int]:
    """Round steps from the roundest down: 1000, 500, 100, 50, 10, 5, 1 for a figure in the thousands."""
    out = []
    power = 10 ** max(0, len(str(truth)) - 1)
    while power >= 1:
        out.extend((power, power // 2) if power >= 10 else (power,))
        power //= 10
    return out


def _round_steps(truth: int) -> list[int]:
    """Steps a speaker rounds to before saying "over" or "nearly": never 1 once past ten."""
    steps = _steps(truth)
    return steps if truth < 10 else [s for s in steps if s >= 5]


def over_figure(truth: int) -> int | None:
    """The roundest X with X < truth <= 1.25 X (the default reading of 'over X')."""
    for step in _round_steps(truth):
        x = (truth - 1) // step * step
        if x > 0 and truth <= Fraction(5, 4) * x:
            return x
    return None


def nearly_figure(truth: int) -> int | None:
    """The roundest X with 0.9 X <= truth < X (the default reading of 'nearly X')."""
    for step in _round_steps(truth):
        x = (truth // step + 1) * step
        if Fraction(9, 10) * x <= truth < x:
            return x
    return None


def about_figure(truth: int) -> int | None:
    """The roundest X within 10% of the truth (the default reading of 'about X')."""
    for step in _steps(truth):
        x = floor(Fraction(truth, step) + Fraction(1, 2)) * step
        if x > 0 and abs(truth - x) <= Fraction(x, 10):
            return x
    return None


def round_half_up(x: Fraction, places: int) -> Fraction:
    scale = 10 ** places
    return Fraction(floor(x * scale + Fraction(1, 2)), scale)


def decimal_text(x: Fraction, places: int) -> str:
    return f"{float(x):.{places}f}"


def percent_text(x: Fraction, min_places: int = 0) -> str | None:
    """x (a non-negative percentage) written with the fewest decimals the default reading allows.

    rules/rounding.yaml widens "28" to 27.5..28.5 but caps the widening at 10% of the figure
    for every figure, so "3" means 2.7..3.3 and a true 3.4% must be written "3.4".
    """
    for places in range(min_places, 4):
        shown = round_half_up(x, places)
        half_unit = Fraction(1, 2 * 10 ** places)
        if abs(x - shown) <= (min(half_unit, shown / 10) if shown else half_unit):
            return decimal_text(shown, places)
    return None


# ---------------------------------------------------------------------------------------
# The corpus

@dataclass
class _Draft:
    """A claim before it is given a source: what it says, where, and which epoch it belongs to."""

    record: dict
    county: County
    city: City
    epoch: int
    quantity: Quantity
    kind: str
    qualifier: str | None = None


@dataclass
class _State:
    rng: random.Random
    world: World
    pack: Pack
    drafts: list[_Draft] = field(default_factory=list)
    values_of: dict[Quantity, list[int]] = field(default_factory=dict)   # quantity -> draft indices
    claimed: list[Quantity] = field(default_factory=list)                # quantities with a value claim
    where: dict[Quantity, tuple[County, City]] = field(default_factory=dict)


def _period_text(q: Quantity) -> str:
    _, _, year, first, last = q
    if first == 1 and last == 12:
        return str(year)
    if first == last:
        return f"{year}-{first:02d}"
    return f"{year}-{first:02d}/{year}-{last:02d}"


def _label(st: _State, metric: str) -> str:
    return st.pack.metrics[metric].label


def _random_quantity(st: _State, county: County, city: City, metric: str, year: int) -> Quantity:
    rng = st.rng
    r = rng.random()
    if r < 0.3:
        first, last = 1, 12
    elif r < 0.85:
        first = last = rng.randint(1, 12)
    else:
        first, last = 1, rng.randint(2, 11)   # year to date, through a month's end
    # Mostly the city; its precincts together about as often; the county and neighbourhoods less.
    places = (county.id, city.id) + city.precincts + tuple(a for a, _ in city.areas)
    weights = (1, 3.5) + (3 / len(city.precincts),) * len(city.precincts) + (0.8,) * len(city.areas)
    return (metric, rng.choices(places, weights=weights)[0], year, first, last)


def _value_text(rng: random.Random, truth: int) -> tuple[str, str]:
    """(qualifier id, value phrase) true of `truth` under the default reading."""
    qualifier = rng.choices([q for q, _ in QUALIFIER_MIX], weights=[w for _, w in QUALIFIER_MIX])[0]
    if qualifier == "over" and (x := over_figure(truth)) is not None:
        return "over", f"{rng.choice(('over', 'more than'))} {_with_commas(x)}"
    if qualifier == "nearly" and (x := nearly_figure(truth)) is not None:
        return "nearly", f"{rng.choice(('nearly', 'almost'))} {_with_commas(x)}"
    if qualifier == "about" and (x := about_figure(truth)) is not None:
        return "about", f"{rng.choice(('about', 'roughly', 'around'))} {_with_commas(x)}"
    if truth in WORDS and rng.random() < 0.5:
        return "exact", WORDS[truth]
    return "exact", _with_commas(truth)


def _epoch(year: int) -> int:
    return (year - FIRST_YEAR) // EPOCH_YEARS


def _epoch_years(epoch: int) -> list[int]:
    start = FIRST_YEAR + epoch * EPOCH_YEARS
    return [y for y in range(start, start + EPOCH_YEARS) if y <= LAST_YEAR]


def _add(st: _State, record: dict, q: Quantity, kind: str, county: County, city: City,
         qualifier: str | None = None) -> None:
    st.drafts.append(_Draft(record, county, city, _epoch(q[2]), q, kind, qualifier))
    if kind == "value":
        if q not in st.values_of:
            st.claimed.append(q)
            st.where[q] = (county, city)
        st.values_of.setdefault(q, []).append(len(st.drafts) - 1)


def _value_claim(st: _State, county: County, city: City, q: Quantity) -> None:
    truth = st.world.value(q)
    qualifier, text = _value_text(st.rng, truth)
    record = {"metric": q[0], "place": q[1], "period": _period_text(q), "value": text,
              "quote": f"{text} {_label(st, q[0])} in {_period_text(q)}"}
    _add(st, record, q, "value", county, city, qualifier)


def _base_of(st: _State, q: Quantity) -> Quantity | None:
    """An earlier period of the same epoch to compare `q` with: the year before, or the month before."""
    metric, place, year, first, last = q
    years = _epoch_years(_epoch(year))
    if first == 1 and last == 12 or first != last or st.rng.random() < 0.4:
        if year == years[0]:
            return None
        return (metric, place, year - 1, first, last)   # same period of the year before
    if first == 1:
        return None
    return (metric, place, year, first - 1, first - 1)


def _change_claim(st: _State, county: County, city: City, q: Quantity) -> bool:
    base = _base_of(st, q)
    if base is None:
        return False
    now, then = st.world.value(q), st.world.value(base)
    if now == then:
        return False
    rng = st.rng
    if then > 0 and now > 0 and rng.random() < 0.6:
        pct = Fraction(abs(now - then) * 100, then)
        shown = percent_text(pct, 1 if rng.random() < 0.6 else 0)
        if shown is None or Fraction(shown) == 0:
            return False
        phrase = f"{'up' if now > then else 'down'} {shown}{rng.choice(('%', ' percent'))}"
    else:
        diff = abs(now - then)
        x = about_figure(diff) if rng.random() < 0.3 else None
        figure = f"about {_with_commas(x)}" if x else _with_commas(diff)
        phrase = f"{figure} {'more' if now > then else 'fewer'}"
    record = {"metric": q[0], "place": q[1], "period": _period_text(q),
              "change": {"phrase": phrase, "base": _period_text(base)},
              "quote": f"{_label(st, q[0])} {phrase} in {_period_text(q)} than in {_period_text(base)}"}
    _add(st, record, q, "change", county, city)
    return True


def _comparison_claim(st: _State, county: County, city: City, q: Quantity) -> bool:
    base = _base_of(st, q)
    if base is None:
        return False
    now, then = st.world.value(q), st.world.value(base)
    if now == then:
        return False
    relation = "higher" if now > then else "lower"
    record = {"metric": q[0], "place": q[1], "period": _period_text(q),
              "comparison": {"relation": relation, "than": _period_text(base)},
              "quote": f"{_label(st, q[0])} were {relation} in {_period_text(q)} than in {_period_text(base)}"}
    _add(st, record, q, "comparison", county, city)
    return True


def _record_claim(st: _State, county: County, city: City, metric: str, epoch: int) -> bool:
    """'The most since <epoch start>': true only if the year beats every earlier year of the window."""
    years = _epoch_years(epoch)
    if len(years) < 2:
        return False
    year = st.rng.choice(years[1:])
    place = st.rng.choice((city.id, city.id, county.id) + city.precincts)
    q = (metric, place, year, 1, 12)
    now = st.world.value(q)
    if any(st.world.value((metric, place, y, 1, 12)) >= now for y in range(years[0], year)):
        return False
    record = {"metric": metric, "place": place, "period": str(year),
              "comparison": {"relation": "record-high", "window": f"since {years[0]}"},
              "quote": f"the most {_label(st, metric)} since {years[0]}"}
    _add(st, record, q, "record", county, city)
    return True


def _share_claim(st: _State, whole_index: int) -> bool:
    whole = st.drafts[whole_index]
    metric, place, year, first, last = whole.quantity
    city = whole.city
    if place != city.id:
        return False
    part = (metric, st.rng.choice(city.parts), year, first, last)
    total, piece = st.world.value(whole.quantity), st.world.value(part)
    if total == 0:
        return False
    ratio = Fraction(piece, total)
    if abs(ratio - Fraction(1, 2)) <= Fraction(4, 100):
        fraction = "half"
    else:
        shown = percent_text(ratio * 100)
        if shown is None:
            return False
        fraction = f"{shown}%"
    record = {"metric": metric, "place": part[1], "period": _period_text(part),
              "share": {"fraction": fraction, "of": whole.record["id"]},
              "quote": f"{fraction} of those {_label(st, metric)} were in {part[1]}"}
    _add(st, record, part, "share", whole.county, city)
    return True


def _plant(st: _State, count: int) -> set[str]:
    """Rewrite `count` value claims as exact figures 0.5 or 1.6 times the truth."""
    two_sided = ("exact", "about", "nearly")
    candidates = []
    for q, indices in st.values_of.items():
        if len(indices) < 2 or st.world.value(q) < PLANT_MIN_TRUTH:
            continue
        if sum(1 for i in indices if st.drafts[i].qualifier in two_sided) >= 1:
            candidates.append(q)
    st.rng.shuffle(candidates)
    planted: set[str] = set()
    for q in candidates[:count]:
        indices = st.values_of[q]
        pins = [i for i in indices if st.drafts[i].qualifier in two_sided]
        pin = st.rng.choice(pins)
        victim = st.rng.choice([i for i in indices if i != pin])
        truth = st.world.value(q)
        wrong = floor(truth * st.rng.choice(PLANT_FACTORS))
        if wrong % 10 == 0:
            wrong += 1    # no trailing zero: the rounding rule must not widen the planted figure
        draft = st.drafts[victim]
        draft.record["value"] = _with_commas(wrong)
        draft.record["quote"] = f"{_with_commas(wrong)} {draft.record['quote'].split(' ', 1)[1]}"
        draft.qualifier = "exact"
        planted.add(draft.record["id"])
    return planted


@dataclass(frozen=True)
class Synthetic:
    """A generated corpus: records for auditor.load_records, the ids of the planted
    contradictions, and the places.yaml of the world they describe (see write_pack)."""

    records: dict
    planted: frozenset[str]
    places_yaml: str

    def pack(self, folder: str | Path) -> Pack:
        """Write this corpus's rule pack into `folder` (which must be new or empty) and load it."""
        return load_pack(write_pack(self.places_yaml, folder))


def generate(n_claims: int, seed: int, contradiction_rate: float = 0.01) -> Synthetic:
    """`n_claims` claims true in a hidden consistent world, then round(n_claims *
    contradiction_rate) value claims (fewer if too few quantities are claimed twice)
    rewritten far outside tolerance.

    Metrics come from the repository's rule pack; places are invented, one city per
    CLAIMS_PER_CITY claims, so the records load only with the pack of `places_yaml`.
    """
    base = load_pack()
    rng = random.Random(seed)
    metrics = additive_metrics(base)
    counties = build_places(rng, max(1, ceil(n_claims / CLAIMS_PER_CITY)))
    world = build_world(rng, metrics, counties)
    st = _State(rng, world, base)
    # A county is written about in proportion to its cities; metrics by how newsworthy they are.
    county_weights = list(itertools.accumulate(len(c.cities) for c in counties))
    metric_weights = list(itertools.accumulate(METRIC_WEIGHT.get(m, 1) for m in metrics))
    kinds = list(MIX) + ["value"]
    weights = list(MIX.values()) + [1 - sum(MIX.values())]
    city_values: list[int] = []
    while len(st.drafts) < n_claims:
        county = counties[bisect.bisect_right(county_weights, rng.random() * county_weights[-1])]
        city = rng.choice(county.cities)
        metric = metrics[bisect.bisect_right(metric_weights, rng.random() * metric_weights[-1])]
        year = rng.choice(county.years)
        kind = rng.choices(kinds, weights=weights)[0]
        n = len(st.drafts)
        if kind == "change":
            _change_claim(st, county, city, _random_quantity(st, county, city, metric, year))
        elif kind == "comparison":
            _comparison_claim(st, county, city, _random_quantity(st, county, city, metric, year))
        elif kind == "record":
            _record_claim(st, county, city, metric, _epoch(year))
        elif kind == "share" and city_values:
            _share_claim(st, rng.choice(city_values))
        elif kind == "value":
            if st.claimed and rng.random() < REPEAT_VALUE:
                q = rng.choice(st.claimed)
                _value_claim(st, *st.where[q], q)
            else:
                _value_claim(st, county, city, _random_quantity(st, county, city, metric, year))
        if len(st.drafts) > n:
            draft = st.drafts[-1]
            draft.record["id"] = f"c{n:06d}"
            if draft.kind == "value" and draft.quantity[1] == draft.city.id:
                city_values.append(n)
    planted = _plant(st, round(n_claims * contradiction_rate))
    return Synthetic(_with_sources(st), frozenset(planted), places_yaml(counties))


def _with_sources(st: _State) -> dict:
    """Group the claims about each county in each epoch into articles of about
    CLAIMS_PER_SOURCE claims, published in the year after the epoch (so every period is
    in the past)."""
    rng = st.rng
    by_desk: dict[tuple[str, int], list[_Draft]] = {}
    for d in st.drafts:
        by_desk.setdefault((d.county.id, d.epoch), []).append(d)
    sources, claims = [], []
    for county_id, epoch in sorted(by_desk):
        drafts = by_desk[(county_id, epoch)]
        rng.shuffle(drafts)
        pub_year = max(_epoch_years(epoch)) + 1
        for start in range(0, len(drafts), CLAIMS_PER_SOURCE):
            article = drafts[start:start + CLAIMS_PER_SOURCE]
            sid = f"s{len(sources):06d}"
            month = rng.randint(1, 12)
            published = date(pub_year, month, rng.randint(1, calendar.monthrange(pub_year, month)[1]))
            publisher = rng.choice(PUBLISHERS).format(county=article[0].county.name, city=article[0].city.name)
            sources.append({"id": sid, "title": f"Crime figures, article {len(sources)}",
                            "publisher": publisher, "published": published.isoformat()})
            for d in article:
                record = dict(d.record, source=sid)
                if d.kind in ("value", "change") and record["period"] == str(pub_year - 1) and rng.random() < 0.3:
                    record["period"] = "last year"
                claims.append(record)
    claims.sort(key=lambda r: r["id"])
    return {"sources": sources, "claims": claims}
