"""Budgets, plans and forecasts: which version a figure is of, and when a plan is checked."""

import pytest

from auditor.pack.plans import plan_metrics

from draft_helpers import desk_pack
from verdict_cases import audit, claim, revisions, source, tensions, with_metrics
from verdict_cases import pack  # noqa: F401  (a fixture)


def two_papers():
    return [source("crains"), source("freep"), source("police", "2013-01-02")]


BUDGETS = """\
metrics:
  general_fund_budget:
    label: general fund budget
    definition: a city's general fund budget for a calendar year, in dollars
    unit: dollar
    integer: false
    non_negative: true
    additive_over_time: false
    additive_over_places: false
"""


@pytest.fixture(scope="module")
def budget_pack(tmp_path_factory):
    return desk_pack(tmp_path_factory.mktemp("desk"), metrics=BUDGETS)


def _budget(later_quote, later_figure="$1.03 billion"):
    """The paper's budget for 2020 of February 2020, then its "budget for 2020" two years on."""
    sources = [source("feb20", "2020-02-05", publisher="Daily Paper"), source("jan22", "2022-01-31", publisher="Daily Paper")]
    claims = [claim("feb20-budget", "feb20", "general_fund_budget", "2020", "$969.5 million",
                    quote="That spending increase, to $969.5 million, is well above last year's growth."),
              claim("jan22-budget", "jan22", "general_fund_budget", "2020", later_figure, quote=later_quote)]
    return sources, claims


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


def test_two_reporters_rates_of_one_year_over_two_estimates_are_no_tension(pack):
    """Crain's "the murder rate up to 53 per 100,000 residents" and the Free Press's "54.6
    homicides per 100,000 residents", both on the year's 386 homicides and neither with a
    population: about 728,000 and 707,000 residents, two estimates of one city's population."""
    claims = [claim("rate-53", "crains", "homicide_rate", "2012", "53 per 100,000"),
              claim("rate-54-6", "freep", "homicide_rate", "2012", "54.6 per 100,000"),
              claim("count", "police", "homicides", "2012", "386", "Police Department", "paraphrase")]
    report = audit(pack, two_papers(), claims)
    assert tensions(report) == []
    # two figures, each as stated: reconciled by two estimates, not corroborating each other
    assert not [f for f in report.findings if f.kind == "corroboration" and {"rate-53", "rate-54-6"} <= set(f.claims)]


def test_rates_further_apart_than_estimates_are_a_tension(pack):
    """The same two rates, one misprinted as 45.6: 386 over 846,000 residents against 707,000
    is no pair of estimates of one year's population."""
    claims = [claim("rate-45-6", "crains", "homicide_rate", "2012", "45.6 per 100,000"),
              claim("rate-54-6", "freep", "homicide_rate", "2012", "54.6 per 100,000")]
    assert tensions(audit(pack, two_papers(), claims)) == [{"rate-45-6", "rate-54-6"}]


def test_a_stated_population_holds_every_rate_of_its_year(pack):
    """A census population for the year in the record: a reporter's rate that does not follow
    from it and the count is set against it (the population is in the tension)."""
    sources = two_papers() + [source("census", "2013-03-01")]
    claims = [claim("rate-53", "crains", "homicide_rate", "2012", "53 per 100,000"),
              claim("count", "police", "homicides", "2012", "386", "Police Department", "paraphrase"),
              claim("people", "census", "population", "2012", "707,000", "U.S. Census Bureau", "paraphrase")]
    found = tensions(audit(pack, sources, claims))
    assert found == [{"rate-53", "count", "people"}]


def test_a_year_to_date_rate_and_the_years_rate_over_two_estimates(pack):
    """"39.5 per 100,000" for the year to 28 December beside 267 homicides so far, then "39.7"
    for the year's 267 a few days on: two estimates (about 676,000 and 672,800), no tension."""
    sources = [source("dn", "2017-12-29"), source("fp", "2018-01-02")]
    claims = [claim("ytd-267", "dn", "homicides", "2017-01-01/2017-12-28", "267"),
              claim("ytd-rate", "dn", "homicide_rate", "2017-01-01/2017-12-28", "39.5 per 100,000"),
              claim("year-267", "fp", "homicides", "2017", "267"),
              claim("year-rate", "fp", "homicide_rate", "2017", "39.7 per 100,000")]
    assert tensions(audit(pack, sources, claims)) == []


def test_a_rate_credited_to_another_outlet_is_that_outlets_estimate(pack):
    """The New York Post's "97.6 per 100,000", credited to CNN (an outlet of the corpus), and
    WLBT's own 99.5 for the same year, neither with a population: two outlets' estimates, not a
    body's published rate that holds the other (a statistics service's would)."""
    sources = [source("cnn", "2022-01-02", "CNN"), source("nyp", "2022-01-03", "New York Post"),
               source("wlbt", "2022-01-04", "WLBT")]
    claims = [claim("cnn-rate", "cnn", "homicide_rate", "2021", "97.6 per 100,000"),
              claim("nyp-rate", "nyp", "homicide_rate", "2021", "97.6 per 100,000", "CNN", "paraphrase"),
              claim("wlbt-rate", "wlbt", "homicide_rate", "2021", "99.5 per 100,000")]
    assert tensions(audit(pack, sources, claims)) == []
    # credited to a body that is no outlet of the corpus, the 97.6 rests on that body's population
    claims[1] = claim("nyp-rate", "nyp", "homicide_rate", "2021", "97.6 per 100,000", "FBI", "paraphrase")
    found = tensions(audit(pack, sources, claims))
    assert len(found) == 1 and {"nyp-rate", "wlbt-rate"} <= found[0]


@pytest.mark.slow   # loading a desk pack takes about a second
def test_a_budget_given_during_its_year_is_the_years_and_a_later_other_figure_conflicts(budget_pack):
    report = audit(budget_pack, *_budget("The council is set to vote Monday on a $1.03 billion general "
                                                     "fund budget for 2020."))
    assert revisions(report) == []
    assert tensions(report) == [{"feb20-budget", "jan22-budget"}]


@pytest.mark.slow
def test_the_same_budget_given_again_corroborates(budget_pack):
    report = audit(budget_pack, *_budget("the $969.5 million budget of 2020", later_figure="$969.5 million"))
    assert tensions(report) == [] and revisions(report) == []
    assert any(f.kind == "corroboration" for f in report.findings)


def test_a_large_round_count_a_plan_sets_is_exact():
    # "funding for 1,000 sworn police officers" and "1,100" (a budget's positions, Albuquerque)
    # are the numbers a budget sets; a tally of 1,000 is read as rounded (rules/rounding.yaml)
    from decimal import Decimal
    from auditor.engine.intervals import rounding_unit
    from auditor.pack import load_pack
    r = load_pack().rounding
    assert rounding_unit("1000", Decimal(1), False, True, r) == (Decimal(1000), True)
    assert rounding_unit("1000", Decimal(1), False, True, r, planned=True) == (Decimal(0), False)
    assert rounding_unit("1000", Decimal(1), True, True, r, planned=True)[0] == Decimal(1000)   # "about 1,000"


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


def test_a_forecast_months_ahead_is_replaced_by_the_years_figure():
    # before: a tension naming the adopted $190 million most likely wrong
    budget = {"police_budget": {"label": "police department budget", "definition": "a year's police budget", "unit": "dollar",
                                "integer": False, "non_negative": True, "additive_over_time": False,
                                "additive_over_places": False}}
    fc = claim("fc", "aug", "police_budget", "2025", "$231 million",
               quote="The city's five-year forecast projects police spending will reach $231 million in 2025.")
    fc["projection"] = True
    report = audit(with_metrics(budget), [source("aug", "2024-03-15", publisher="Daily Paper"),
                                          source("dec", "2024-12-20", publisher="Channel 9")],
                   [fc, claim("adopted", "dec", "police_budget", "2025", "$190 million")])
    assert tensions(report) == []


def test_a_plan_given_a_year_ahead_to_the_day_is_checked():
    # TN001's plan_ahead_days (365): 365 days before 2024 began is a plan; 366 is a forecast
    assert tensions(_proposal(with_metrics(BUDGET), published="2023-01-01")) == [{"total", "pct", "by"}]
    assert tensions(_proposal(with_metrics(BUDGET), published="2022-12-31")) == []
