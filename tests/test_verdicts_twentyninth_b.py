"""Twenty-ninth verdicts round (b): misses and revisions of Nashville and Cincinnati, scored blind.
A budget proposed for a year not yet begun, marked `projection`, is the plan as given, not a
forecast: its figures are checked with each other (auditor/pack/plans.py, forecast). Invented
figures, invented corpus."""

from auditor.pack import load_pack
from auditor.pack.plans import plan_metrics
from tests.verdict_cases import audit, claim, pack, revisions, source, tensions, with_metrics  # noqa: F401 - pack is a fixture

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


def _recalled(pack, attribution="direct-quote"):
    """The police's 43 homicides for 2013 (January 2014; a station's too, a year on), then the
    chief's 41 for it in December 2017, "the 41 we had four years ago"."""
    body = "Kansas City Police Department"
    return audit(pack, [source("jan14", "2014-01-02", publisher="The Daily"), source("jan15", "2015-01-01"),
                        source("dec17", "2017-12-08", publisher="The Daily")],
                 [claim("release-43", "jan14", "homicides", "2013", "43", speaker=body, attribution="paraphrase"),
                  claim("station-43", "jan15", "homicides", "2013", "43"),
                  claim("chief-41", "dec17", "homicides", "2013", "41", speaker="Jane Doe, Kansas City Police Chief",
                        attribution=attribution, quote="Certainly up from the 41 we had four years ago")])


def test_an_officials_words_years_on_restate_nothing(pack):
    # before: a revision, 43 to 41
    report = _recalled(pack)
    assert revisions(report) == []
    assert tensions(report) == [{"release-43", "station-43", "chief-41"}]
    (t,) = [f for f in report.findings if f.kind == "tension"]
    assert t.suspects[0].claim == "chief-41"


def test_the_bodys_data_paraphrased_years_on_still_restates(pack):
    assert ("release-43", "chief-41") in revisions(_recalled(pack, attribution="paraphrase"))


def test_off_the_recollection_restates():
    base = load_pack()
    rule = base.rules["RV001"]
    off = base.model_copy(update={"rules": {**base.rules, "RV001": rule.model_copy(
        update={"params": {**rule.params, "recalled_years_on": False}})}})
    assert ("release-43", "chief-41") in revisions(_recalled(off))


def test_a_police_colonels_figure_is_the_departments_and_restated_by_it(pack):
    # before: a tension, 67 against 70 (the colonel was no voice of the department)
    report = audit(pack, [source("jan21", "2021-01-20", publisher="Radio"), source("jun23", "2023-06-10", publisher="Channel 5")],
                   [claim("colonel-67", "jan21", "homicide_clearance_rate", "2020", "67 percent",
                          speaker="Jane Doe, Kansas City Police Colonel", attribution="direct-quote",
                          quote="The closure rate, though, for our homicides is 67 percent"),
                    claim("dept-70", "jun23", "homicide_clearance_rate", "2020", "70 percent",
                          speaker="Kansas City Police Department", attribution="paraphrase",
                          quote="It solved 74% in 2021 and 70% in 2020.")])
    assert revisions(report) == [("colonel-67", "dept-70")]
    assert tensions(report) == []
