"""Twenty-ninth verdicts round (b): misses and revisions of Nashville and Cincinnati, scored blind.
A budget proposed for a year not yet begun, marked `projection`, is the plan as given, not a
forecast: its figures are checked with each other (auditor/pack/plans.py, forecast). Invented
figures, invented corpus."""

from auditor.pack.plans import plan_metrics
from tests.verdict_cases import audit, claim, source, tensions, with_metrics

BUDGET = {"police_budget": {"label": "police department budget", "definition": "a fiscal year's police budget", "unit": "dollar", "integer": False,
                            "non_negative": True, "additive_over_time": False, "additive_over_places": False}}


def _proposal(pack, published="2023-11-26"):
    """A proposal's $180.5 million for FY2024, "a 6.7% increase ..., or about $10 million":
    6.7% to $180.5 million is $11.3 million; $10 million is 5.9%."""
    quote = "2024 would allocate $180.5 million to CPD, a 6.7% budget increase from last year, or about $10 million."
    value = claim("total", "may", "police_budget", "2024", "$180.5 million", quote=quote)
    pct = claim("pct", "may", "police_budget", "2024", None, quote=quote)
    pct.pop("value")
    pct["change"] = {"phrase": "a 6.7% increase", "base": "2023"}
    by = claim("by", "may", "police_budget", "2024", None, quote=quote)
    by.pop("value")
    by["change"] = {"direction": "up", "by": "about $10 million", "measure": "absolute", "base": "2023"}
    claims = [value, pct, by]
    for c in claims:
        c["projection"] = True
    return audit(pack, [source("may", published)], claims)


def test_a_proposed_budget_marked_projection_is_checked():
    # before: three not-checkable findings and no tension
    pack = with_metrics(BUDGET)
    report = _proposal(pack)
    assert tensions(report) == [{"total", "pct", "by"}]
    assert not [f for f in report.findings if f.kind == "not-checkable"]


def test_a_plan_given_years_ahead_stays_a_forecast():
    # TN001's plan_ahead_days (365): given two years before 2024 began
    report = _proposal(with_metrics(BUDGET), published="2021-11-26")
    assert tensions(report) == []
    assert len([f for f in report.findings if f.kind == "not-checkable"]) == 3


def test_a_forecast_of_a_count_stays_unchecked():
    pack = with_metrics(BUDGET)
    pace = claim("pace", "jul", "homicides", "2023", "over 150")
    pace["projection"] = True
    report = audit(pack, [source("jul", "2023-07-01"), source("dec", "2024-01-05")],
                   [pace, claim("year", "dec", "homicides", "2023", "120")])
    assert tensions(report) == []
    assert [f.claims for f in report.findings if f.kind == "not-checkable"] == [("pace",)]
    assert "police_budget" in plan_metrics(pack) and "homicides" not in plan_metrics(pack)
