"""Fifty-first verdicts round (b): counts in progress and figures worked out from their article's
own. Invented corpora, figures in the form of Fort Wayne's sources (WANE's homicides "As of
Wednesday", the police captain's overdose deaths "Through November" with tests pending, the
city's 2021 statistics "with 95 pending toxicology results", the state's fire deaths "declined by
more than 10 percent", a clearance rate "nearly 81%" beside its 33 of 41)."""

from verdict_cases import DRUGS, audit, claim, pack, revisions, source, tensions, with_metrics  # noqa: F401


def _so_far_and_year(period, told, quote):
    sources = [source("tv", told), source("paper", "2017-01-01")]
    claims = [claim("ytd", "tv", "homicides", period, "46", quote=quote),
              claim("year", "paper", "homicides", "2016", "48", quote="A record 48 homicides were committed.")]
    return sources, claims


def test_a_count_so_far_to_the_month_end_it_was_told_on_is_completed(pack):
    """"As of Wednesday, 46 people have been killed", told on Wednesday 30 November: a running
    count to its day, not a report of whole months; the outlet's 48 for the year completes it."""
    report = audit(pack, *_so_far_and_year("so far this year", "2016-11-30", "As of Wednesday, 46 people have been killed."))
    assert revisions(report) == [("ytd", "year")]


def test_a_report_of_whole_months_told_after_them_is_not_completed(pack):
    """The same figure for January to November told on 5 December (a report of whole months)."""
    report = audit(pack, *_so_far_and_year("2016-01-01/2016-11-30", "2016-12-05",
                                           "Through November, 46 people were killed."))
    assert revisions(report) == []


def test_a_report_of_whole_months_with_cases_pending_is_completed():
    """"Through November, ... 103 overdose deaths, but 92 pending toxicology tests could
    significantly increase the total": a count in progress, completed by the captain's 173."""
    captain = "Jane Doe, Kansas City Police Captain"
    sources = [source("tv", "2021-12-10"), source("paper", "2022-10-15")]
    claims = [claim("nov", "tv", "overdose_deaths", "2021-01-01/2021-11-30", "103", speaker=captain, attribution="paraphrase",
                    quote="Through November, the city is at 103 overdose deaths, but 92 pending toxicology tests could "
                          "significantly increase the total."),
              claim("year", "paper", "overdose_deaths", "2021", "173", speaker=captain, attribution="paraphrase",
                    quote="Last year, that number reached 173, said the captain.")]
    assert revisions(audit(with_metrics(DRUGS), sources, claims)) == [("nov", "year")]


def _pending(pending, later):
    sources = [source("tv", "2022-01-15"), source("paper", "2022-10-15")]
    claims = [claim("prelim", "tv", "overdose_deaths", "2021", "115", speaker="City of Kansas City", attribution="document",
                    quote=f"There were 115 overdose deaths, with {pending} pending toxicology results."),
              claim("later", "paper", "overdose_deaths", "2021", later, speaker="John Roe, narcotics unit",
                    attribution="paraphrase", quote=f"Last year, that number reached {later}.")]
    return sources, claims


def test_a_count_naming_its_pending_cases_is_completed_within_them():
    """115 "with 95 pending toxicology results", then another's 173 (+50%, beyond
    `pending_max_rise`): within the 95 named, the count completed."""
    report = audit(with_metrics(DRUGS), *_pending("95", "173"))
    assert revisions(report) == [("prelim", "later")] and tensions(report) == []


def test_a_count_naming_its_pending_cases_is_not_completed_beyond_them():
    report = audit(with_metrics(DRUGS), *_pending("50", "173"))
    assert revisions(report) == [] and tensions(report) == [{"prelim", "later"}]


def _fire_deaths(by):
    sources = [source("wire", "2016-01-09")]
    change = claim("down", "wire", "fire_deaths", "2015", None,
                   quote=f"The number of deaths caused by fire declined by {by} percent last year, officials said.")
    del change["value"]
    change["change"] = {"direction": "down", "by": by, "measure": "percent", "base": "2014"}
    claims = [claim("y2015", "wire", "fire_deaths", "2015", "73", quote="73 fire deaths in 2015, down from 84 in 2014."),
              claim("y2014", "wire", "fire_deaths", "2014", "84", quote="73 fire deaths in 2015, down from 84 in 2014."),
              change]
    return sources, claims


def test_a_percent_changes_floor_written_without_its_unit_reads_as_a_percentage():
    """{by: "more than 10", measure: percent} is "more than 10%", a floor on a step of ten points
    (rules/qualifiers.yaml percent_high): 84 to 73 (-13.1%) fits it, as "more than 10%" does."""
    metrics = {"fire_deaths": {"label": "fire deaths", "definition": "people killed in fires"}}
    assert tensions(audit(with_metrics(metrics), *_fire_deaths("more than 10"))) == []


def test_a_percent_changes_floor_far_below_its_figures_still_conflicts():
    metrics = {"fire_deaths": {"label": "fire deaths", "definition": "people killed in fires"}}
    assert tensions(audit(with_metrics(metrics), *_fire_deaths("more than 20"))) != []


def _clearance(fraction):
    metrics = {"homicide_clearance_count": {"label": "homicides cleared", "definition": "homicides cleared"}}
    sources = [source("paper", "2021-01-10"), source("tv", "2021-01-02"), source("tv2", "2021-03-19")]
    sentence = "Cold data show 41 people killed in 2020 and 33 of those cases believed cleared."
    share = claim("rate", "paper", "homicide_clearance_count", "2020", None,
                  quote=f"The city's homicide clearance rate is {fraction}.")
    del share["value"]
    share["share"] = {"fraction": fraction, "of": "p41"}
    claims = [claim("p41", "paper", "homicides", "2020", "41", quote=sentence),
              claim("p33", "paper", "homicide_clearance_count", "2020", "33", quote=sentence), share,
              claim("t42a", "tv", "homicides", "2020", "42", quote="42 homicides in 2020."),
              claim("t42", "tv2", "homicides", "2020", "42", quote="42 homicides in 2020.")]
    return with_metrics(metrics), sources, claims


def test_a_share_worked_out_from_its_articles_doubted_whole_makes_no_tension_of_its_own():
    """"nearly 81%" beside its 33 of 41 (80.5%), where two others give 42 for the whole:
    the rival counts are the tension; the share is its article's arithmetic on them."""
    found = tensions(audit(*_clearance("nearly 81%")))
    assert found and not any("rate" in t for t in found)


def test_a_share_its_articles_figures_do_not_give_still_conflicts():
    found = tensions(audit(*_clearance("nearly 90%")))
    assert any("rate" in t for t in found)


def test_a_report_of_whole_months_with_cases_pending_trial_is_not_completed(pack):
    """"with 30 cases pending trial" are cases in court, not deaths not yet counted
    (RV001 `pending_other_senses`): a report of whole months, not a count in progress."""
    report = audit(pack, *_so_far_and_year("2016-01-01/2016-11-30", "2016-12-05",
                                           "Through November, 46 people were killed, with 30 cases pending trial."))
    assert revisions(report) == []


def test_a_count_naming_cases_pending_trial_is_not_completed_within_them():
    """"with 95 pending trial" names no cases to count: the rise is audited (`pending_max_rise`)."""
    sources, claims = _pending("95", "173")
    claims[0]["quote"]["text"] = ("There were 115 overdose deaths, with 95 pending trial and "
                                  "other cases pending toxicology results.")
    report = audit(with_metrics(DRUGS), sources, claims)
    assert revisions(report) == [] and tensions(report) == [{"prelim", "later"}]
