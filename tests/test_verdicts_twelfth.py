"""Verdicts, twelfth round: a clearance rate cleared in its year against one counted since the
year's end (rule NC004's measures), and an outlet's line read through the aggregator that ran
its copy (revisions.outlet_of), in the forms seen in the Indianapolis corpus, with invented
figures in an invented corpus."""

from verdict_cases import audit, claim, measured, pack, revisions, source, tensions  # noqa: F401 (the pack fixture)

RATE = "homicide_clearance_rate"


def test_cleared_in_the_year_and_counted_since_the_years_end_are_two_measures(pack):
    """Police data: detectives cleared 35% of last year's killings "in the year that they were
    committed"; a captain, the same day: counting the clearances "since the end of the year", just
    under 44%. Not a contradiction."""
    sources = [source("tv", "2021-01-20")]
    claims = [claim("in-year", "tv", RATE, "2020", "35%", speaker="Kansas City Police Department",
                    attribution="paraphrase",
                    quote="Police data shows homicide detectives cleared 35% of last year's killings in the year "
                          "that they were committed."),
              claim("since", "tv", RATE, "2020", "just under 44%", speaker="Sam Doe, homicide captain",
                    attribution="direct-quote",
                    quote="So, because of the clearances that have happened since the end of the year, it's "
                          "actually just under 44% for 2020.")]
    report = audit(pack, sources, claims)
    assert tensions(report) == []
    assert measured(report) == [{"in-year", "since"}]


def test_a_share_of_the_years_own_homicides_written_with_the_year(pack):
    """"cleared 78 of 2020's 216 homicides, or 36%" names the share of the year's own cases, the
    measure of "Of the 216 homicides last year, 45% were cleared": one measure, so checked."""
    sources = [source("tv", "2021-01-02"), source("paper", "2021-01-05")]
    claims = [claim("tv", "tv", RATE, "2020", "36%", speaker="Kansas City Police Department",
                    attribution="paraphrase",
                    quote="According to police records, detectives cleared 78 of 2020's 216 homicides, or 36% of "
                          "cases."),
              claim("paper", "paper", RATE, "2020", "45%",
                    quote="Of the 216 homicides last year, 45% were cleared.")]
    report = audit(pack, sources, claims)
    assert tensions(report) == [{"tv", "paper"}]
    assert measured(report) == []


def test_two_in_year_shares_that_differ_are_still_a_contradiction(pack):
    """Two outlets, each the share cleared "in the year that they were committed": one measure,
    so 35% against 45% is checked."""
    sources = [source("tv", "2021-01-20"), source("paper", "2021-01-25")]
    claims = [claim("tv", "tv", RATE, "2020", "35%",
                    quote="Detectives cleared 35% of last year's killings in the year that they were committed."),
              claim("paper", "paper", RATE, "2020", "45%",
                    quote="Detectives cleared 45% of last year's killings in the year that they were committed.")]
    report = audit(pack, sources, claims)
    assert tensions(report) == [{"tv", "paper"}]
    assert measured(report) == []


def test_the_papers_later_figure_read_via_an_aggregator_restates_its_own(pack):
    """The Daily gives the police's 171 for the year on 31 December; six months later the same
    paper, read via an aggregator, gives 174. One outlet's line: a restatement, not a
    contradiction."""
    sources = [source("paper", "2021-12-31", publisher="The Daily"),
               source("copy", "2022-06-30", publisher="The Daily, via NewsAggregator")]
    claims = [claim("dec", "paper", "homicides", "2021", "171", speaker="Kansas City Police Department",
                    attribution="paraphrase", quote="As of Dec. 31, the city had 171 homicides."),
              claim("june", "copy", "homicides", "2021", "174", quote="The city ended 2021 with 174 homicides.")]
    report = audit(pack, sources, claims)
    assert tensions(report) == []
    assert revisions(report) == [("dec", "june")]


def test_another_outlets_later_figure_is_no_restatement_of_the_paper(pack):
    """The same figures, the later one in another outlet's own words: still a contradiction."""
    sources = [source("paper", "2021-12-31", publisher="The Daily"),
               source("other", "2022-06-30", publisher="Channel 2, via NewsAggregator")]
    claims = [claim("dec", "paper", "homicides", "2021", "171", speaker="Kansas City Police Department",
                    attribution="paraphrase", quote="As of Dec. 31, the city had 171 homicides."),
              claim("june", "other", "homicides", "2021", "174", quote="The city ended 2021 with 174 homicides.")]
    report = audit(pack, sources, claims)
    assert tensions(report) == [{"dec", "june"}]
    assert revisions(report) == []


def test_from_x_to_y_between_two_years_restates_no_year_to_date_count(pack):
    """"Homicides increased from 153 to 214 in 2020", with the article's 153 for 2019: a change
    between years. A paper's 153 for 2020 to 9 October is a count to a date, which the year's 214
    does not restate (+40%)."""
    sources = [source("paper", "2020-10-13"), source("tv", "2021-01-28")]
    claims = [claim("ytd", "paper", "homicides", "2020-01-01/2020-10-09", "153",
                    quote="Of the 153 homicides recorded before the weekend, 36 victims were under 21."),
              claim("y2019", "tv", "homicides", "2019", "153", speaker="Kansas City Police Department",
                    attribution="paraphrase", quote="Homicides increased from 153 to 214 in 2020."),
              claim("y2020", "tv", "homicides", "2020", "214", speaker="Kansas City Police Department",
                    attribution="paraphrase", quote="Homicides increased from 153 to 214 in 2020.")]
    report = audit(pack, sources, claims)
    assert revisions(report) == []
    assert tensions(report) == []


def test_from_x_to_y_of_one_years_count_still_restates_it(pack):
    """"changing the number of homicides in 2022 from 301 to 299", beside an earlier 301 for the
    year: the article names no other period for the 301, so it restates it."""
    sources = [source("paper", "2022-11-20"), source("sun", "2023-01-10")]
    claims = [claim("tracker", "paper", "homicides", "2022", "301", quote="The city recorded 301 homicides in 2022."),
              claim("police", "sun", "homicides", "2022", "299",
                    quote="Police removed two homicides from their database, changing the number of homicides in "
                          "2022 from 301 to 299.")]
    report = audit(pack, sources, claims)
    assert revisions(report) == [("tracker", "police")]


def first_suspects(report):
    return [f.suspects[0].claim for f in report.findings if f.kind == "tension"]


def test_a_figure_disputing_the_counters_in_its_article_is_doubted_first(pack):
    """One article: the department's leaders give 301 vacancies as of a day; the union's
    president, "reporting a gap of 322", says it is steeper. Both paraphrases: the union's figure
    is doubted first, whatever the ids."""
    sources = [source("paper", "2023-08-20")]
    for union_id, police_id in (("a-union", "b-police"), ("b-union", "a-police")):
        claims = [claim(police_id, "paper", "homicides", "2023-08-14", "301",
                        speaker="Kansas City Police Department", attribution="paraphrase",
                        quote="The ranks are still short 301 officers as of Aug. 14, according to department leaders."),
                  claim(union_id, "paper", "homicides", "2023-08-14", "322",
                        speaker="Pat Doe, Fraternal Order of Police president", attribution="paraphrase",
                        quote="The head of the police union says the shortage is even steeper, reporting a gap of "
                              "322 officers.")]
        report = audit(pack, sources, claims)
        assert tensions(report) == [{union_id, police_id}]
        assert first_suspects(report) == [union_id]


def test_two_outlets_figures_are_no_dispute_of_the_counter(pack):
    """The union's 322 in one outlet, the department's 301 in another: no article gives both, so
    the rule does not apply and the tie goes, as before, to the id that sorts first."""
    sources = [source("paper", "2023-08-20"), source("tv", "2023-08-20")]
    claims = [claim("a-police", "paper", "homicides", "2023-08-14", "301",
                    speaker="Kansas City Police Department", attribution="paraphrase",
                    quote="The ranks are still short 301 officers as of Aug. 14, according to department leaders."),
              claim("b-union", "tv", "homicides", "2023-08-14", "322",
                    speaker="Pat Doe, Fraternal Order of Police president", attribution="paraphrase",
                    quote="The union says the gap is 322 officers.")]
    report = audit(pack, sources, claims)
    assert tensions(report) == [{"a-police", "b-union"}]
    assert first_suspects(report) == ["a-police"]
