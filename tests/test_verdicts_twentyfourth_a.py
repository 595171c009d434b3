"""Twenty-fourth verdicts round (a): false tensions of the Oakland and Albuquerque corpora. A count
of homicide cases solved is measured the ways a clearance rate is (TN001 `measured_metric_words`);
a staffing study's recommended strength and the strength a budget funds are two counts under one
name (rules/counted_ways.yaml `staffing-levels`). Invented figures, invented corpus."""

import pytest

from auditor.pack import load_pack
from auditor.pack.model import Metric
from tests.verdict_cases import audit, claim, source, tensions

METRICS = {
    "homicide_cases_solved": {"label": "homicide cases solved", "definition": "homicide cases the police solved"},
    "authorized_police_positions": {"label": "budgeted sworn police positions",
                                    "definition": "sworn positions the budget funds", "additive_over_time": False},
}


@pytest.fixture(scope="module")
def pack():
    base = load_pack()
    return base.model_copy(update={"metrics": {**base.metrics, **{k: Metric(id=k, **v) for k, v in METRICS.items()}}})


def test_cases_solved_of_the_years_own_and_of_any_year_are_two_measures(pack):
    # Albuquerque: "police solved 69%, or 61 cases" of the year's 89, against "79 cases" solved in the year
    r = audit(pack, [source("tv", "2025-01-16"), source("paper", "2025-01-20")], [
        claim("own", "tv", "homicide_cases_solved", "2024", "61", quote="Police solved 61 of the year's 89 homicide cases."),
        claim("all", "paper", "homicide_cases_solved", "2024", "79", quote="Detectives solved 79 cases in 2024."),
    ])
    assert tensions(r) == []


def test_two_counts_of_cases_solved_naming_no_measure_are_checked(pack):
    r = audit(pack, [source("tv", "2025-01-16"), source("paper", "2025-01-20")], [
        claim("one", "tv", "homicide_cases_solved", "2024", "61", quote="Detectives solved 61 cases in 2024."),
        claim("two", "paper", "homicide_cases_solved", "2024", "79", quote="Detectives solved 79 cases in 2024."),
    ])
    assert tensions(r) == [{"one", "two"}]


def _strength(pack, recommended_quote):
    return audit(pack, [source("tv", "2025-04-16"), source("union", "2025-07-01")], [
        claim("budget", "union", "authorized_police_positions", "2026", "678",
              quote="The current budget authorizes just 678 officers for the next two years."),
        claim("study", "tv", "authorized_police_positions", "2026", "877", quote=recommended_quote),
    ])


def test_a_studys_recommended_strength_is_not_the_budgets(pack):
    # Oakland: PFM's "should have 877" against the budget's 678
    r = _strength(pack, "A study found that the department should have 877 sworn officers, based on workload data.")
    assert tensions(r) == []
    r = _strength(pack, "A city-commissioned study concluded that the city needs at least 877 sworn officers.")
    assert tensions(r) == []


def test_a_strength_naming_no_way_is_checked_against_the_budgets(pack):
    r = _strength(pack, "The department has 877 sworn officers.")
    assert tensions(r) == [{"budget", "study"}]
