"""Laws of the relations between metrics (rules/relations.yaml), on generated worlds: figures
that keep a relation never conflict; a part made larger than its whole, or parts that no
longer add up to a complete whole, always yield a tension that names the relation."""

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from auditor.engine.audit import audit_corpus
from auditor.loading.corpus import load_records

PLACE = "birmingham-al"


def audit(figures: dict[str, int], year: int = 2020):
    sources = [{"id": f"s-{m}", "title": m, "publisher": f"Outlet {i}", "published": f"{year + 1}-02-01"}
               for i, m in enumerate(figures)]
    claims = [{"id": m, "source": f"s-{m}", "metric": m, "place": PLACE, "period": str(year), "value": str(v),
               "quote": f"{v}"} for m, v in figures.items()]
    return audit_corpus(load_records({"sources": sources, "claims": claims}), workers=1)


def tensions(report):
    return [f for f in report.findings if f.kind == "tension"]


@pytest.mark.slow
@settings(max_examples=25, deadline=None)
@given(st.integers(0, 300), st.integers(0, 40))
def test_a_consistent_breakdown_never_conflicts(criminal, justified):
    report = audit({"homicides_incl_justifiable": criminal + justified, "homicides": criminal,
                    "justifiable_homicides": justified})
    assert not tensions(report)
    assert not [f for f in report.findings if f.kind == "not-comparable"]   # related, so compared


@pytest.mark.slow
@settings(max_examples=25, deadline=None)
@given(st.integers(0, 300), st.integers(0, 40), st.integers(1, 30), st.booleans())
def test_parts_that_do_not_add_up_always_conflict_and_name_the_relation(criminal, justified, off, up):
    total = criminal + justified + off if up else criminal + justified - off
    assume(total >= 0)
    (t,) = tensions(audit({"homicides_incl_justifiable": total, "homicides": criminal,
                           "justifiable_homicides": justified}))
    assert t.rule == "TN008" and "all-homicides" in t.evidence["relations"]
    # the whole always takes part; a part of 0 may not be needed to show the conflict
    assert "homicides_incl_justifiable" in t.claims
    assert set(t.claims) <= {"homicides_incl_justifiable", "homicides", "justifiable_homicides"}


@pytest.mark.slow
@settings(max_examples=25, deadline=None)
@given(st.integers(0, 300), st.integers(1, 50))
def test_a_part_larger_than_its_whole_always_conflicts(whole, over):
    (t,) = tensions(audit({"homicides_incl_justifiable": whole, "homicides": whole + over}))
    assert t.rule == "TN008" and "all-homicides" in t.evidence["relations"]
    assert not tensions(audit({"homicides_incl_justifiable": whole + over, "homicides": whole}))


def test_related_metrics_at_different_places_are_not_tied():
    sources = [{"id": "a", "title": "a", "publisher": "A", "published": "2021-02-01"},
               {"id": "b", "title": "b", "publisher": "B", "published": "2021-02-01"}]
    claims = [{"id": "x", "source": "a", "metric": "homicides", "place": "birmingham-al", "period": "2020",
               "value": "10", "quote": "q"},
              {"id": "y", "source": "b", "metric": "homicides_ruled", "place": "kansas-city-mo", "period": "2020",
               "value": "100", "quote": "q"}]
    assert not tensions(audit_corpus(load_records({"sources": sources, "claims": claims}), workers=1))


def rate_world(count: int, people: int, rate: str, year: int = 2020):
    """A homicide count, a population and a rate per 100,000 for one place and year."""
    sources = [{"id": f"s{i}", "title": t, "publisher": f"Outlet {i}", "published": f"{year + 1}-02-01"}
               for i, t in enumerate(("count", "people", "rate"))]
    claims = [{"id": "count", "source": "s0", "metric": "homicides", "place": PLACE, "period": str(year),
               "value": str(count), "quote": str(count)},
              {"id": "people", "source": "s1", "metric": "population", "place": PLACE, "period": f"{year}-07-01",
               "value": str(people), "quote": str(people)},
              {"id": "rate", "source": "s2", "metric": "homicide_rate", "place": PLACE, "period": str(year),
               "value": f"{rate} per 100,000", "quote": rate}]
    return audit_corpus(load_records({"sources": sources, "claims": claims}), workers=1)


# populations that are not round at their size, so they are read as exact counts
populations = st.integers(5_000, 200_000).map(lambda n: n * 10 + 7)


@pytest.mark.slow
@settings(max_examples=25, deadline=None)
@given(st.integers(1, 600), populations)
def test_a_rate_rounded_from_its_count_and_population_never_conflicts(count, people):
    from decimal import ROUND_HALF_EVEN, Decimal
    rate = (Decimal(count) * 100_000 / Decimal(people)).quantize(Decimal("0.1"), ROUND_HALF_EVEN)
    report = rate_world(count, people, str(rate))
    assert not tensions(report)
    assert not [f for f in report.findings if f.kind == "not-comparable"]


@pytest.mark.slow
@settings(max_examples=25, deadline=None)
@given(st.integers(1, 600), populations, st.integers(2, 40), st.booleans())
def test_a_rate_moved_past_its_rounding_always_conflicts_and_names_the_relation(count, people, tenths, up):
    from decimal import Decimal
    true = Decimal(count) * 100_000 / Decimal(people)
    moved = true.quantize(Decimal("0.1")) + (Decimal(tenths) / 10 if up else -Decimal(tenths) / 10)
    assume(moved > 0)
    (t,) = tensions(rate_world(count, people, str(moved)))
    assert t.rule == "TN008" and "homicide-rate" in t.evidence["relations"]
    # the rate always takes part; with few killings, a rate and a population alone may
    # already imply a count that is not a whole number
    assert "rate" in t.claims and set(t.claims) <= {"count", "people", "rate"}


def test_a_rate_checks_against_its_count_and_population():
    """KSHB's "5.7 per 10,000" against 148 homicides and 269,000 residents (5.5 per 10,000)."""
    (t,) = tensions(rate_world(148, 269_000, "57"))
    assert t.rule == "TN008" and set(t.claims) == {"count", "people", "rate"}
    assert not tensions(rate_world(148, 269_000, "55"))
