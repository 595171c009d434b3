"""Cases solved, budgeted and recommended police strength, plans revised and general funds, with a
desk's own metrics."""

import pytest

from verdict_cases import audit, claim, revisions, source, tensions, with_metrics


METRICS = {
    "homicide_cases_solved": {"label": "homicide cases solved", "definition": "homicide cases the police solved"},
    "police_budget": {"label": "police department budget", "definition": "the police budget for a year",
                      "unit": "dollar", "integer": False, "additive_over_time": False},
    "authorized_police_positions": {"label": "budgeted sworn police positions",
                                    "definition": "sworn positions the budget funds", "additive_over_time": False,
                                    "plan_for_period": True},
}


@pytest.fixture(scope="module")
def pack():
    return with_metrics(METRICS)


def _solved(pack, first_quote):
    """61 cases solved in 2024 (`first_quote`) against "79 cases" solved in the year."""
    return tensions(audit(pack, [source("tv", "2025-01-16"), source("paper", "2025-01-20")], [
        claim("first", "tv", "homicide_cases_solved", "2024", "61", quote=first_quote),
        claim("all", "paper", "homicide_cases_solved", "2024", "79", quote="Detectives solved 79 cases in 2024."),
    ]))


def _strength(pack, recommended_quote):
    return audit(pack, [source("tv", "2025-04-16"), source("union", "2025-07-01")], [
        claim("budget", "union", "authorized_police_positions", "2026", "678",
              quote="The current budget authorizes just 678 officers for the next two years."),
        claim("study", "tv", "authorized_police_positions", "2026", "877", quote=recommended_quote),
    ])


def _one_article(pack, other_quote):
    """The midcycle budget's 678 beside a 696 (`other_quote`) in one article, before the year."""
    return audit(pack, [source("news", "2023-12-20")], [
        claim("now", "news", "authorized_police_positions", "2024", "678",
              quote="The city will have money for 678 budgeted sworn police positions."),
        claim("other", "news", "authorized_police_positions", "2024", "696", quote=other_quote),
    ])


def _budgets(pack, lower_quote, lower_note=None, higher_quote="Next year's police budget is $364 million."):
    lower = claim("gpf", "blog", "police_budget", "2025", "$343 million", quote=lower_quote)
    if lower_note:
        lower["note"] = lower_note
    return audit(pack, [source("tv", "2024-04-10"), source("blog", "2024-05-01")], [
        claim("all", "tv", "police_budget", "2025", "$364 million", quote=higher_quote), lower])


def test_cases_solved_of_the_years_own_and_of_any_year_are_two_measures(pack):
    # Albuquerque: "police solved 69%, or 61 cases" of the year's 89, against "79 cases" solved in the year
    assert _solved(pack, "Police solved 61 of the year's 89 homicide cases.") == []


def test_two_counts_of_cases_solved_naming_no_measure_are_checked(pack):
    assert _solved(pack, "Detectives solved 61 cases in 2024.") == [{"first", "all"}]


def test_a_studys_recommended_strength_is_not_the_budgets(pack):
    # Oakland: PFM's "should have 877" against the budget's 678
    r = _strength(pack, "A study found that the department should have 877 sworn officers, based on workload data.")
    assert tensions(r) == []
    r = _strength(pack, "A city-commissioned study concluded that the city needs at least 877 sworn officers.")
    assert tensions(r) == []


def test_a_strength_naming_no_way_is_checked_against_the_budgets(pack):
    r = _strength(pack, "The department has 877 sworn officers.")
    assert tensions(r) == [{"budget", "study"}]


def test_the_budgeted_strength_of_the_proposal_is_restated_by_the_budget(pack):
    # Oakland: the proposal's 710 for FY2024 (May 2023), "the city's budget allowed for 712" (April 2025)
    r = audit(pack, [source("book", "2023-05-15"), source("tv", "2025-04-16")], [
        claim("proposal", "book", "authorized_police_positions", "2024", "711",
              quote="The 711 sworn police positions funded in 2024 are 15 fewer than last year."),
        claim("budget", "tv", "authorized_police_positions", "2024", "713", quote="The city's budget allowed for 713."),
    ])
    assert tensions(r) == []
    assert revisions(r) == [("proposal", "budget")]


def test_the_original_plan_is_restated_by_its_articles_revised_budget(pack):
    # Oakland: the midcycle budget's 678, "a decrease from the 696 the city was originally planning"
    r = _one_article(pack, "This is a decrease from the 696 the city was originally planning.")
    assert tensions(r) == []
    assert revisions(r) == [("other", "now")]


def test_the_original_plan_in_a_quote_both_figures_share_is_the_one_its_clause_names(pack):
    # one sentence quoted for both claims: only the 696's own clause calls it the original plan
    shared = ("The city will have money for 678 budgeted sworn police positions, a decrease from the 696 "
              "the city was originally planning.")
    r = audit(pack, [source("news", "2023-12-20")], [
        claim("now", "news", "authorized_police_positions", "2024", "678", quote=shared),
        claim("other", "news", "authorized_police_positions", "2024", "696", quote=shared),
    ])
    assert tensions(r) == []
    assert revisions(r) == [("other", "now")]


def test_two_budgeted_strengths_of_one_article_naming_no_version_are_a_tension(pack):
    assert tensions(_one_article(pack, "The budget funds 696 positions.")) == [{"now", "other"}]


def test_a_difference_of_its_day_goes_with_the_revision_beside_a_vague_figure(pack):
    # Oakland: the mayor's "72 ... 13 fewer than in 2016" (January 2018), her 71 and 85 a year on;
    # 2016's "at most 85" of January 2017 holds the 85 and says nothing more
    mayor = "Jane Doe, Kansas City Mayor"
    change = claim("fewer", "jan18", "homicides", "2017", None, speaker=mayor, attribution="paraphrase",
                   quote="72 homicides in 2017, 13 fewer than in 2016")
    change.pop("value")
    change["change"] = {"phrase": "13 fewer", "base": "2016"}
    r = audit(pack, [source("jan17", "2017-01-15"), source("jan18", "2018-01-10"), source("jan19", "2019-01-03")], [
        claim("vague", "jan17", "homicides", "2016", "at most 85", quote="at most 85 homicides in 2016"),
        claim("old", "jan18", "homicides", "2017", "72", speaker=mayor, attribution="paraphrase",
              quote="72 homicides in 2017, 13 fewer than in 2016"),
        change,
        claim("new", "jan19", "homicides", "2017", "71", speaker=mayor, attribution="paraphrase",
              quote="There were 71 homicides in 2017 and 85 in 2016."),
        claim("base", "jan19", "homicides", "2016", "85", speaker=mayor, attribution="paraphrase",
              quote="There were 71 homicides in 2017 and 85 in 2016."),
    ])
    assert revisions(r) == [("old", "new")]
    assert tensions(r) == []


def test_a_general_fund_below_a_budget_naming_no_fund_counts_less(pack):
    # Oakland: the Observer's General Purpose Fund $343 million (its note) against KTVU's $364 million
    assert tensions(_budgets(pack, "The police budget grows from $343 million.", "General Purpose Fund only")) == []
    assert tensions(_budgets(pack, "The police general fund budget is $343 million.")) == []


def test_two_general_fund_budgets_that_differ_are_checked(pack):
    r = _budgets(pack, "The police general fund budget is $343 million.",
                 higher_quote="The police general fund budget is $364 million.")
    assert tensions(r) == [{"all", "gpf"}]


def test_a_proposal_told_beside_the_passed_budget_is_restated_with_it(pack):
    # Anchorage: the mayor's proposed $583.6 million (10 November), then "passed the $587 million city
    # budget", "adding about $3.6 million to Mayor Dave Bronson's $583.6 million spending plan" (23 November)
    r = audit(pack, [source("early", "2024-11-10"), source("late", "2024-11-23")], [
        claim("proposal", "early", "police_budget", "2025", "$583.6 million",
              quote="The mayor has proposed a $583.6 million police budget."),
        claim("passed", "late", "police_budget", "2025", "$587 million",
              quote="Assembly members passed the $587 million police budget."),
        claim("beside", "late", "police_budget", "2025", "$583.6 million",
              quote="adding about $3.6 million to the mayor's $583.6 million spending plan"),
    ])
    assert tensions(r) == []
    assert [new for _, new in revisions(r)] == ["passed"]   # (the proposal's two tellings, one restated)
