"""Verdicts, eleventh round: a clearance rate's measures (comparability.differing_measures, rule
NC004), in the forms seen in the Baltimore, Cleveland, Detroit and Houston corpora, with invented
figures in an invented corpus."""

from verdict_cases import audit, claim, measured, pack, source, tensions  # noqa: F401 (the pack fixture)

RATE = "homicide_clearance_rate"


def test_the_fbi_count_and_the_share_of_the_years_cases_are_two_measures(pack):
    """One station gives both: a closure rate that "includes murders from past years" and the
    share of the year's own homicides closed. Not a contradiction; shown side by side."""
    sources = [source("tv", "2015-01-06")]
    claims = [claim("closure", "tv", RATE, "2014", "63 percent", speaker="Kansas City Police Department",
                    attribution="paraphrase",
                    quote="police say they achieved a homicide closure rate of 63 percent last year, but that "
                          "includes murders from past years that were finally solved in 2014."),
              claim("own", "tv", RATE, "2014", "about 48 percent",
                    quote="Of the 100 homicides last year about 48 percent were closed.")]
    report = audit(pack, sources, claims)
    assert tensions(report) == []
    assert measured(report) == [{"closure", "own"}]


def test_an_analysis_of_fbi_data_is_another_measure_than_the_papers(pack):
    """A paper's 39% for a year, a station's analysis of FBI data 47% for the same year."""
    sources = [source("paper", "2022-01-01"), source("tv", "2023-06-30")]
    claims = [claim("paper", "paper", RATE, "2020", "39%",
                    quote="The homicide clearance rate has inched up in the last three years: 32%, 39%, 42%."),
              claim("fbi", "tv", RATE, "2020", "47%", speaker="CBS News analysis of FBI homicide data",
                    attribution="paraphrase", quote="The clearance rate in 2020 improved to 47%.")]
    report = audit(pack, sources, claims)
    assert tensions(report) == []
    assert measured(report) == [{"paper", "fbi"}]


def test_the_share_taken_later_is_not_the_year_end_figure(pack):
    """One article: the unit solved "64% of their cases last year", a rate "which in the last
    month has increased to 67%"."""
    sources = [source("paper", "2022-02-10")]
    claims = [claim("year-end", "paper", RATE, "2021", "64%", speaker="Kansas City Police homicide unit",
                    attribution="paraphrase", quote="changes made to the unit helped detectives solve 64% of their "
                                                    "cases last year"),
              claim("later", "paper", RATE, "2021", "67%", speaker="Kansas City Police homicide unit",
                    attribution="paraphrase", quote="Last year's solve rate, which in the last month has increased "
                                                    "to 67%")]
    report = audit(pack, sources, claims)
    assert tensions(report) == []
    assert measured(report) == [{"year-end", "later"}]


def test_two_rates_naming_no_measure_are_still_a_contradiction(pack):
    """A paper's 42% and a station's 47% for one year, neither naming a measure: checked."""
    sources = [source("paper", "2022-01-01"), source("tv", "2022-07-01")]
    claims = [claim("paper", "paper", RATE, "2021", "42%",
                    quote="The homicide clearance rate has inched up in the last three years: 32%, 39%, 42%."),
              claim("tv", "tv", RATE, "2021", "47%",
                    quote="The city saw 140 homicides in 2021, and less than half, 47%, were solved.")]
    report = audit(pack, sources, claims)
    assert tensions(report) == [{"paper", "tv"}]
    assert measured(report) == []


def test_a_measure_named_in_another_sentence_is_not_the_figures(pack):
    """"according to the most recent FBI data" is said of other cities' average; the city's
    "less than 43%" in the next sentence names no measure and is checked against the city's 43.4%."""
    sources = [source("city", "2019-01-02"), source("paper", "2020-03-01")]
    claims = [claim("city", "city", RATE, "2018", "43.4%", speaker="City of Kansas City", attribution="document",
                    quote="Homicide clearance rate: 43.4%"),
              claim("paper", "paper", RATE, "2018", "less than 43%",
                    quote="The average clearance rate for similarly sized cities in 2018 was nearly 58%, according "
                          "to the most recent FBI data. Kansas City's was less than 43% that year.")]
    report = audit(pack, sources, claims)
    assert tensions(report) == [{"city", "paper"}]


def test_a_count_is_not_a_measured_rate(pack):
    """The measures are read only for clearance rates: two counts of a year, one "of the
    homicides" in FBI data, are still checked."""
    sources = [source("paper", "2014-01-02"), source("tv", "2015-09-28")]
    claims = [claim("paper", "paper", "homicides", "2013", "332", quote="332 homicides in 2013"),
              claim("fbi", "tv", "homicides", "2013", "316", speaker="FBI", attribution="paraphrase",
                    quote="the FBI's count of the homicides of 2013, 316")]
    report = audit(pack, sources, claims)
    assert tensions(report) == [{"paper", "fbi"}]


def _dip(phrase):
    """A first quarter's count (129) with its change against the same quarter two years
    before, whose figure (174) the police gave a year earlier; the 129 restated as 130 a year on."""
    police = "Kansas City Police Department"
    q22, q24 = "2022-01-01/2022-03-31", "2024-01-01/2024-03-31"
    sources = [source("a", "2023-04-18"), source("b", "2024-04-16"), source("c", "2025-04-15")]
    claims = [claim("q22-174", "a", "homicides", q22, "174", speaker=police, attribution="paraphrase",
                    quote="the first quarter total in 2022 was 174"),
              claim("q24-129", "b", "homicides", q24, "129", speaker=police, attribution="paraphrase",
                    quote="from 176 last year to 129 this year"),
              {"id": "dip", "source": "b", "metric": "homicides", "place": "kansas-city-mo", "period": q24,
               "change": {"phrase": phrase, "base": q22}, "speaker": police, "attribution": "paraphrase",
               "quote": {"text": f"Compared to the same time frame in 2022, it's a {phrase}."}},
              claim("q24-130", "c", "homicides", q24, "130", speaker=police, attribution="paraphrase",
                    quote="down to 110 from 130")]
    return sources, claims


def test_a_change_is_judged_by_the_other_figure_of_its_day(pack):
    """"a 25% dip" to the article's 129 against the 174 of a year before is -25.9%: wrong by the
    figures of its day, although the police's later 130 would give -25.3%."""
    report = audit(pack, *_dip("25% dip"))
    assert {"dip", "q24-129", "q22-174"} in tensions(report)


def test_a_change_right_by_the_figures_of_its_day_stands(pack):
    """"a 26% dip" fits 129 against 174: no tension."""
    report = audit(pack, *_dip("26% dip"))
    assert not any("dip" in t for t in tensions(report))


def test_a_contested_figure_is_no_figure_of_its_day(pack):
    """When another outlet gave 180 for the base quarter before the change came out, the
    figure of its day is not known: the change is not judged against the 174."""
    sources, claims = _dip("25% dip")
    sources.append(source("d", "2023-05-01", publisher="Channel 9"))
    claims.append(claim("q22-180", "d", "homicides", "2022-01-01/2022-03-31", "180", quote="180 in early 2022"))
    report = audit(pack, sources, claims)
    assert not any({"dip", "q24-129"} <= t for t in tensions(report))


def _peak(quote):
    """The city's count of a quarter, 330, declared restated as 220; an outlet later gives the
    figure before the restatement in its own words."""
    q = "2025-01-01/2025-03-31"
    sources = [source("city-a", "2025-04-02"), source("city-b", "2025-05-06"), source("wire", "2025-05-20", publisher="Wire")]
    new = claim("new", "city-b", "homicides", q, "220", speaker="City of Kansas City", attribution="document",
                quote="220 homicides in the first quarter")
    new["supersedes"] = "old"
    claims = [claim("old", "city-a", "homicides", q, "330", speaker="City of Kansas City", attribution="document",
                    quote="330 homicides in the first quarter"),
              new,
              claim("peak", "wire", "homicides", q, "as high as 330", quote=quote)]
    return sources, claims


def test_a_past_peak_goes_with_the_figure_before_the_restatement(pack):
    """"which stood as high as 330" after the city restated 330 as 220: the figure of the old
    line, in its own words a past one; no contradiction with the 220."""
    report = audit(pack, *_peak("the count, which stood as high as 330 before the review"))
    assert not any("peak" in t for t in tensions(report))
    assert any(f.kind == "revision" and "peak" in f.claims for f in report.findings)


def test_a_figure_not_given_as_a_past_peak_is_checked(pack):
    """The same figure in words that do not make it a past one is set against the 220."""
    report = audit(pack, *_peak("the count is as high as 330"))
    assert any({"peak", "new"} <= t for t in tensions(report))
