"""Verdicts, ninth round: how news states a disaster's toll as it is counted, and an estimate
that "had been" one figure and has "shrunk to" another (the forms seen in the Houston corpus,
with invented places and figures)."""

from verdict_cases import audit, claim, revisions, source, tensions
from verdict_cases import pack  # noqa: F401  (the fixture)

STORM = "2021-02-10/2021-02-20"


def test_a_toll_counted_for_months_is_restated_by_each_higher_count(pack):
    """A storm's toll, given by three outlets over months as deaths are confirmed (57, 111,
    246: far more than a restated count moves): each later, higher figure is the later count,
    not a rival; the floor "at least 151" between them holds nothing back."""
    sources = [source("mar", "2021-03-15"), source("apr", "2021-04-21"), source("may", "2021-04-30"),
               source("jan", "2022-01-03")]
    claims = [claim("mar-57", "mar", "shooting_deaths", STORM, "57"),
              claim("apr-111", "apr", "shooting_deaths", STORM, "111"),
              claim("may-151", "may", "shooting_deaths", STORM, "at least 151"),
              claim("jan-246", "jan", "shooting_deaths", STORM, "246")]
    report = audit(pack, sources, claims)
    assert tensions(report) == []
    assert sorted(revisions(report)) == [("apr-111", "jan-246"), ("mar-57", "apr-111"), ("may-151", "jan-246")]


def test_a_lower_later_toll_is_still_a_contradiction(pack):
    """A toll does not fall as it is counted: a later, lower figure is another counter's
    narrower count or a misprint, and is audited."""
    sources = [source("oct", "2017-10-13"), source("jan", "2018-01-25")]
    claims = [claim("oct-62", "oct", "shooting_deaths", "2017-08-25/2017-08-31", "62"),
              claim("jan-36", "jan", "shooting_deaths", "2017-08-25/2017-08-31", "36")]
    report = audit(pack, sources, claims)
    assert tensions(report) == [{"oct-62", "jan-36"}]
    assert revisions(report) == []


def test_a_years_count_is_no_event_toll(pack):
    """The rule is about an event's few days: a year's count that rises by a third is no
    restatement (more than a count moves when it is restated), and stays a contradiction."""
    sources = [source("jan", "2021-01-05"), source("dec", "2021-12-05")]
    claims = [claim("jan-90", "jan", "shooting_deaths", "2020", "90"),
              claim("dec-120", "dec", "shooting_deaths", "2020", "120")]
    report = audit(pack, sources, claims)
    assert tensions(report) == [{"jan-90", "dec-120"}]


def test_the_count_before_this_report_is_restated_by_it(pack):
    """"which was previously reported as 210 deaths in July": the article gives the old
    count beside its new one; the old is restated by it, not a rival of it."""
    sources = [source("jan", "2022-01-03")]
    said = "The report added 36 more deaths to the total, which was previously reported as 210 deaths in July."
    claims = [claim("new-246", "jan", "shooting_deaths", STORM, "246"),
              claim("was-210", "jan", "shooting_deaths", STORM, "210", quote=said)]
    report = audit(pack, sources, claims)
    assert tensions(report) == []
    assert revisions(report) == [("was-210", "new-246")]


def test_had_been_then_shrunk_to_declares_a_restatement(pack):
    """"what recently had been an estimated 144 ... has shrunk to about 63": one sentence, both
    figures, and which replaced which."""
    said = "What recently had been an estimated 144 shootings for the year has shrunk to about 63 after a review."
    sources = [source("paper", "2014-08-01")]
    claims = [claim("was-144", "paper", "nonfatal_shootings", "2013", "144", quote=said),
              claim("now-63", "paper", "nonfatal_shootings", "2013", "about 63", quote=said)]
    report = audit(pack, sources, claims)
    assert tensions(report) == []
    assert revisions(report) == [("was-144", "now-63")]
