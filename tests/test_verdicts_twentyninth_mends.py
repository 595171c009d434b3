"""Mends of the twenty-ninth verdicts rounds (review12a): readings found too broad. Pending
words are of deaths; a record's reach ends at a later year its source sets past it, not below;
a record so far this year beats whole years; a stretch's record may cross New Year; a
projection is replaced by its period's later figure; a pending count is completed from its
figure or its floor; only a named person's words recall. Invented figures."""

from tests.verdict_cases import audit, claim, pack, revisions, source, tensions, with_metrics  # noqa: F401 - pack is a fixture


def _record(cid, sid, period, **comparison):
    out = {**claim(cid, sid, "homicides", period, None), "comparison": {"relation": "record-high", **comparison}}
    del out["value"]
    return out


def test_a_review_of_something_else_leaves_a_count_settled(pack):
    # before: a revision 150 -> 178 ("are under review" was a pending word)
    sources = [source("jan", "2024-01-03", publisher="Daily Paper"), source("next", "2025-01-05", publisher="Channel 9")]
    claims = [claim("p150", "jan", "homicides", "2023", "150",
                    quote="The city recorded 150 homicides in 2023. Three shootings are under review by prosecutors."),
              claim("c178", "next", "homicides", "2023", "178")]
    report = audit(pack, sources, claims)
    assert revisions(report) == []
    assert tensions(report) == [{"p150", "c178"}]


def test_a_later_year_set_below_the_record_leaves_its_reach(pack):
    # before: silent ("2019 was down 15% from 2016" ended 2016's record at 2019)
    sources = [source("told", "2025-03-10", publisher="Channel 2"), source("yr21", "2022-01-04", publisher="Daily Paper"),
               source("yr19", "2020-01-04", publisher="Radio 5")]
    drop = {**claim("drop", "told", "homicides", "2019", None), "change": {"phrase": "down 15%", "base": "2016"}}
    del drop["value"]
    claims = [_record("record", "told", "2016"), claim("this", "told", "homicides", "2016", "82"), drop,
              claim("y19", "yr19", "homicides", "2019", "70"), claim("y21", "yr21", "homicides", "2021", "95")]
    assert {"record", "this", "y21"} in tensions(audit(pack, sources, claims))


def test_a_record_so_far_this_year_of_an_undated_source_beats_whole_years(pack):
    # before: silent (read as a record of January to June)
    sources = [{**source("jun", None, publisher="Channel 2"), "published": {"earliest": "2021-06-01", "latest": "2021-06-30"}},
               source("y05", "2006-01-04", publisher="Daily Paper")]
    claims = [_record("record", "jun", "so far this year"), claim("this", "jun", "homicides", "so far this year", "120"),
              claim("y05", "y05", "homicides", "2005", "130")]
    assert tensions(audit(pack, sources, claims)) == [{"record", "this", "y05"}]


def test_a_stretchs_record_across_new_year_beats_that_stretch_of_each_winter(pack):
    # before: silent (the stretch of 2009 ran from 1 December 2009 to 15 February 2009)
    sources = [source("feb", "2015-02-16", publisher="Channel 2"), source("old", "2010-02-20", publisher="Daily Paper")]
    claims = [_record("record", "feb", "2014-12-01/2015-02-15", window="since 2005", than="same period last year"),
              claim("this", "feb", "homicides", "2014-12-01/2015-02-15", "40"),
              claim("before", "old", "homicides", "2009-12-01/2010-02-15", "45")]
    assert tensions(audit(pack, sources, claims)) == [{"record", "this", "before"}]


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


def test_a_pending_count_below_a_bound_is_completed_from_its_figure(pack):
    # before: a tension (110 measured from the floor, 0, of "fewer than 100")
    sources = [source("jan", "2024-01-03", publisher="Daily Paper"), source("next", "2024-09-05", publisher="Channel 9")]
    claims = [claim("under", "jan", "homicides", "2023", "fewer than 100",
                    quote="Fewer than 100 people died in 2023, with cases still pending toxicology."),
              claim("c110", "next", "homicides", "2023", "110")]
    assert revisions(audit(pack, sources, claims)) == [("under", "c110")]


def _years_on(pack, speaker, quote):
    sources = [source("jan20", "2020-01-02", publisher="Daily Paper"), source("mar23", "2023-03-01", publisher="Daily Paper")]
    body = "Kansas City Police Department"
    return audit(pack, sources, [claim("pd", "jan20", "homicides", "2019", "150", speaker=body, attribution="paraphrase"),
                                      claim("pd2", "mar23", "homicides", "2019", "152", speaker=speaker,
                                            attribution="direct-quote", quote=quote)])


def test_a_bodys_quoted_statement_years_on_still_restates(pack):
    # before: a tension naming the January figure most likely wrong
    report = _years_on(pack, "Kansas City Police Department",
                       '"The department lists 152 homicides for 2019," the department said.')
    assert revisions(report) == [("pd", "pd2")]


def test_a_chief_reading_a_report_years_on_still_restates(pack):
    report = _years_on(pack, "Jane Doe, Kansas City Police Chief", '"Our final count for 2019, in this report, is 152," Doe said.')
    assert revisions(report) == [("pd", "pd2")]


def test_a_record_told_on_an_unknown_day_holds_if_told_before_the_count_came_out(pack):
    # before: a tension (the telling's latest day, 1 May, was after the count, 1 April)
    sources = [{**source("told", None, publisher="Channel 2"), "published": {"earliest": "2024-02-01", "latest": "2024-05-01"}},
               source("count", "2024-04-01", publisher="Daily Paper")]
    claims = [_record("record", "told", "2022"), claim("this", "told", "homicides", "2022", "182"),
              claim("y23", "count", "homicides", "2023", "190")]
    assert tensions(audit(pack, sources, claims)) == []


def test_a_year_still_running_is_described_against_whole_years(pack):
    # before: "above January to December of every known year"
    sources = [source("dec", "2021-12-15", publisher="Channel 2"), source("y05", "2006-01-04", publisher="Daily Paper")]
    claims = [_record("record", "dec", "2021"), claim("this", "dec", "homicides", "2021", "120"),
              claim("y05", "y05", "homicides", "2005", "130")]
    report = audit(pack, sources, claims)
    assert tensions(report) == [{"record", "this", "y05"}]
    text = str([f.evidence for f in report.findings if f.kind == "tension"])
    assert "above every known full year (2005)" in text, text


def test_a_stretchs_record_with_no_window_beats_that_stretch_of_each_known_year(pack):
    # before: silent (only years with a whole-year figure were known)
    sources = [source("may", "2015-05-27", publisher="Channel 2"), source("old", "2009-05-26", publisher="Daily Paper")]
    claims = [_record("record", "may", "2015-01-01/2015-05-24", than="same period last year"),
              claim("this", "may", "homicides", "2015-01-01/2015-05-24", "162"),
              claim("before", "old", "homicides", "2009-01-01/2009-05-24", "170")]
    assert tensions(audit(pack, sources, claims)) == [{"record", "this", "before"}]


def test_a_plan_given_a_year_ahead_to_the_day_is_checked():
    # TN001's plan_ahead_days (365): 365 days before 2024 began is a plan; 366 is a forecast
    from tests.test_verdicts_twentyninth_b import BUDGET, _proposal
    assert tensions(_proposal(with_metrics(BUDGET), published="2023-01-01")) == [{"total", "pct", "by"}]
    assert tensions(_proposal(with_metrics(BUDGET), published="2022-12-31")) == []
