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
    (t,) = tensions(audit({"homicides": whole, "homicides_ruled": whole + over}))
    assert t.rule == "TN008" and "ruled-within-police-count" in t.evidence["relations"]
    assert not tensions(audit({"homicides": whole + over, "homicides_ruled": whole}))


def test_related_metrics_at_different_places_are_not_tied():
    sources = [{"id": "a", "title": "a", "publisher": "A", "published": "2021-02-01"},
               {"id": "b", "title": "b", "publisher": "B", "published": "2021-02-01"}]
    claims = [{"id": "x", "source": "a", "metric": "homicides", "place": "birmingham-al", "period": "2020",
               "value": "10", "quote": "q"},
              {"id": "y", "source": "b", "metric": "homicides_ruled", "place": "kansas-city-mo", "period": "2020",
               "value": "100", "quote": "q"}]
    assert not tensions(audit_corpus(load_records({"sources": sources, "claims": claims}), workers=1))
