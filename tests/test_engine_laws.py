"""The laws of the engine, stated as hypothesis properties.

A hidden consistent world (true counts for a city and one of its precincts over a few
years) yields claims with qualifiers and rounding; the laws: such claims never yield a
tension; one claim moved beyond tolerance always yields a tension whose minimal set
contains it; findings do not depend on claim order or on the unit a figure is written in.
"""

import json
import random
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor import InputError, audit_corpus, load_claims, load_records

# A long property suite (a full audit per example): run with -m slow, and in CI.
pytestmark = pytest.mark.slow

CITY, PRECINCT = "birmingham-al", "birmingham-al/west-precinct"


@st.composite
def worlds(draw):
    years = list(range(2015, 2015 + draw(st.integers(2, 4))))
    city = {y: draw(st.integers(200, 5000)) for y in years}
    precinct = {y: draw(st.integers(0, city[y])) for y in years}
    return years, city, precinct, draw(st.randoms(use_true_random=False))


def round_down(x: int) -> int:
    """A round figure a speaker would say 'over': at most x - 1, within 20% below x."""
    for step in (1000, 500, 100, 50, 10, 5, 1):
        r = (x - 1) // step * step
        if r >= 1 and r * 5 >= x * 4 and r < x:
            return r
    return x - 1


def stated(x: int, rnd: random.Random) -> str:
    choice = rnd.choice(["exact", "over", "nearly", "about", "comma"])
    if choice == "over" and x > 5:
        return f"over {round_down(x)}"
    if choice == "nearly":
        target = next((t for t in range(x + 1, x + x // 10 + 2) if t % 10 == 0 and x >= 0.9 * t), None)
        if target:
            return f"nearly {target}"
    if choice == "about":
        return f"about {x}"
    if choice == "comma" and x >= 1000:
        return f"{x:,}"
    return str(x)


def claims_of_world(world, rnd: random.Random):
    years, city, precinct, _ = world
    claims = []
    n = 0

    def add(**c):
        nonlocal n
        n += 1
        c.setdefault("source", f"s{n % 3}")
        c.setdefault("speaker", f"speaker {n}")
        claims.append({"id": f"c{n:03d}", "metric": "guns_recovered", "quote": "q", **c})

    for y in years:
        add(place=CITY, period=str(y), value=stated(city[y], rnd))
        add(place=PRECINCT, period=str(y), value=stated(precinct[y], rnd))
    for a, b in zip(years, years[1:]):
        if city[a] > 0:
            pct = (Decimal(city[b] - city[a]) * 100 / city[a]).quantize(Decimal("0.1"))
            direction = "up" if pct >= 0 else "down"
            add(place=CITY, period=str(b), change={"phrase": f"{direction} {abs(pct)}%", "base": str(a)})
        if city[b] != city[a]:
            add(place=CITY, period=str(b), comparison={"relation": "higher" if city[b] > city[a] else "lower",
                                                        "than": str(a)})
        diff = precinct[b] - precinct[a]
        if diff:
            add(place=PRECINCT, period=str(b),
                change={"phrase": f"{abs(diff)} {'more' if diff > 0 else 'fewer'}", "base": str(a)})
    # the anchor: an exact figure stated twice, so that moving one contradicts the other
    y = years[0]
    add(place=CITY, period=str(y), value=str(city[y]), source="anchor-a")
    add(place=CITY, period=str(y), value=str(city[y]), source="anchor-b")
    return claims


def corpus_of(claims):
    sources = sorted({c["source"] for c in claims})
    return load_records({"sources": [{"id": s, "title": s, "publisher": s, "published": "2024-06-01"} for s in sources],
                         "claims": claims})


def tensions(report):
    return [f for f in report.findings if f.kind == "tension"]


@settings(max_examples=30)
@given(worlds())
def test_a_consistent_world_never_yields_a_tension(world):
    claims = claims_of_world(world, world[3])
    report = audit_corpus(corpus_of(claims))
    assert tensions(report) == [], [t.message for t in tensions(report)]


@settings(max_examples=30)
@given(worlds(), st.sampled_from([Decimal("0.5"), Decimal("1.6"), Decimal("3")]))
def test_one_claim_moved_beyond_tolerance_always_yields_a_tension_containing_it(world, factor):
    claims = claims_of_world(world, world[3])
    moved = claims[-1]
    truth = int(moved["value"])
    moved["value"] = str(int(truth * factor) if int(truth * factor) != truth else truth * 2)
    report = audit_corpus(corpus_of(claims))
    found = tensions(report)
    assert found, "no tension found"
    assert all(moved["id"] in t.claims for t in found)
    assert any(t.strength == "hard" for t in found)


def comparable(report):
    return sorted((f.id, f.kind, f.claims, f.message) for f in report.findings)


def verdicts(report) -> list:
    """What each finding decides: its kind, claims, suspects in order and arithmetic."""
    return sorted((f.id, f.kind, f.claims, tuple(s.claim for s in f.suspects), str(f.evidence.get("arithmetic")))
                  for f in report.findings)


@settings(max_examples=20)
@given(worlds(), st.booleans())
def test_findings_do_not_depend_on_claim_order(world, perturb):
    claims = claims_of_world(world, world[3])
    if perturb:
        claims[-1]["value"] = str(int(claims[-1]["value"]) * 2 + 1)
    shuffled = list(claims)
    random.Random(7).shuffle(shuffled)
    assert comparable(audit_corpus(corpus_of(claims))) == comparable(audit_corpus(corpus_of(shuffled)))


def in_thousands(value: str) -> str:
    text = value.replace(",", "")
    words = text.split(" ")
    number = words[-1]
    if not number.isdigit():
        return value
    scaled = (Decimal(number) / 1000).normalize()
    return " ".join(words[:-1] + [f"{scaled:f} thousand"])


@settings(max_examples=20)
@given(worlds(), st.booleans())
def test_findings_do_not_depend_on_the_unit_a_figure_is_written_in(world, perturb):
    claims = claims_of_world(world, world[3])
    if perturb:
        claims[-1]["value"] = str(int(claims[-1]["value"]) * 3)
    rewritten = [dict(c, value=in_thousands(c["value"])) if "value" in c else c for c in claims]
    assert rewritten != claims or all("value" not in c for c in claims)
    # messages quote each claim's own words ("0.2 thousand"), so the verdicts are compared
    assert verdicts(audit_corpus(corpus_of(claims))) == verdicts(audit_corpus(corpus_of(rewritten)))


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from(["id", "source", "metric", "place", "period", "value", "change", "share", "quote",
                         "sources", "claims", "published", "title", "publisher", "readings", "comparison"])
        | st.text(max_size=8), inner, max_size=6),
    max_leaves=25)


@settings(max_examples=150)
@given(st.one_of(st.text(max_size=300), json_values.map(lambda v: json.dumps(v))))
def test_arbitrary_input_never_crashes_the_loader(tmp_path_factory, text):
    path = tmp_path_factory.mktemp("fuzz") / "claims.yaml"
    path.write_text(text, encoding="utf-8")
    try:
        load_claims([path])
    except InputError as exc:
        assert exc.problems and all(p.file == str(path) for p in exc.problems)
