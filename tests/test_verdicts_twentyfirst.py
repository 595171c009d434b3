"""Twenty-first verdicts round: two outlets retelling a settled release years on, and a clearance
rate "up from previous years", tried on realistic sentences (invented figures, invented corpus;
auditor/engine/revisions.py retold_years_on, rules/checks/RV001-revision.yaml,
rules/checks/{NC004-clearance-measures,TN001-value-conflict}.yaml)."""

from verdict_cases import audit, claim, measured, pack, released_by, revisions, source, tensions  # noqa: F401 (the pack fixture)


def _retold(first_day="2012-12-03", second_day="2013-01-04"):
    """The FBI's 2007 murders, in one outlet's table and another outlet's sentence, years on."""
    sources = [source("table", first_day, publisher="The Herald"), source("paper", second_day, publisher="The Star")]
    claims = [claim("table-394", "table", "homicides", "2007", "394", speaker="FBI", attribution="document",
                    quote="2007: 394"),
              claim("paper-392", "paper", "homicides", "2007", "392", speaker="FBI", attribution="paraphrase",
                    quote="This is the highest number since 2007, when the city logged 392 homicides, "
                          "according to FBI crime statistics.")]
    return sources, claims


def test_two_retellings_of_a_settled_release_years_on_are_a_tension(pack):
    """Five years after 2007, a month apart: the count did not move, one outlet is wrong."""
    report = audit(pack, *_retold())
    assert revisions(report) == []
    assert tensions(report) == [{"table-394", "paper-392"}]


def test_a_retelling_more_than_the_window_later_still_restates(pack):
    """The second figure two years after the first: outside `retold_years_on_days` (365)."""
    report = audit(pack, *_retold(second_day="2014-12-20"))
    assert revisions(report) == [("table-394", "paper-392")]
    assert tensions(report) == []


def test_a_figure_given_soon_after_its_year_is_still_restated(pack):
    """The first figure given in its year's January: no retelling years on, the later one restates it."""
    report = audit(pack, *_retold(first_day="2008-01-05", second_day="2008-09-20"))
    assert revisions(report) == [("table-394", "paper-392")]


def test_a_bodys_own_releases_years_on_still_restate(pack):
    """The police department's own two releases, five years after the year: its word again."""
    report = audit(pack, *released_by("Metro Police Department", *_retold()))
    assert revisions(report) == [("table-394", "paper-392")]
    assert tensions(report) == []


def _clearance(words):
    sources = [source("weekly", "2025-02-01", publisher="The Weekly"), source("tv", "2025-01-10", publisher="Channel 2")]
    claims = [claim("weekly-70", "weekly", "homicide_clearance_rate", "2024", "70%", quote=words),
              claim("tv-68", "tv", "homicide_clearance_rate", "2024", "68%",
                    speaker="Kansas City Police Department", attribution="paraphrase",
                    quote="Police said they cleared 68% of homicides in 2024.")]
    return sources, claims


def test_a_rate_up_from_previous_years_names_no_measure(pack):
    report = audit(pack, *_clearance("The department reported a 70% clearance rate for homicides in 2024, "
                                     "a significant increase from previous years."))
    assert tensions(report) == [{"weekly-70", "tv-68"}]


def test_clearances_of_cases_from_previous_years_still_name_the_fbis_measure(pack):
    report = audit(pack, *_clearance("The department reported a 70% clearance rate for homicides in 2024, "
                                     "counting cases from previous years closed in 2024."))
    assert tensions(report) == []
    assert measured(report) == [{"weekly-70", "tv-68"}]
