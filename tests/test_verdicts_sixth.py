"""Verdicts, sixth round: small hand-written cases of how a counting body restates its count
release by release and how outlets copy different releases (the forms seen in the development
corpora, with invented places and figures)."""

from verdict_cases import CITY, audit, claim, revisions, source, tensions  # noqa: F401
from verdict_cases import pack  # noqa: F401  (the fixture)


# ---------------------------------------------------------------- a paper's own count, updated

def test_a_papers_own_count_reported_updated_next_day_is_its_restatement(pack):
    """The Star's own tally, "at least 149 homicides, according to data compiled by The Star"
    on 1 January, then a digest the next day: "148 homicides, according to data compiled by
    the Star". The paper updated its count; the digest reports the new word, not a misreport
    of the old one."""
    sources = [source("star", "2013-01-01", "The Star"), source("digest", "2013-01-02", "The Digest")]
    claims = [claim("star-149", "star", "homicides", "2012", "149"),
              claim("digest-148", "digest", "homicides", "2012", "148", "The Star", "paraphrase")]
    report = audit(pack, sources, claims)
    assert tensions(report) == []
    assert ("star-149", "digest-148") in revisions(report)


def test_two_reports_of_a_bodys_word_days_apart_still_disagree(pack):
    """The police's word as "149" in one paper and "148" in another the next day: one of them
    misreports it (the police did not publish either in their own words)."""
    sources = [source("star", "2013-01-01", "The Star"), source("digest", "2013-01-02", "The Digest")]
    claims = [claim("star-149", "star", "homicides", "2012", "149", "Police Department", "paraphrase"),
              claim("digest-148", "digest", "homicides", "2012", "148", "Police Department", "paraphrase")]
    report = audit(pack, sources, claims)
    assert tensions(report) == [{"star-149", "digest-148"}]


# ---------------------------------------------------------------- an outlet read on a copying site

def test_an_outlets_copy_on_another_site_is_in_the_outlets_line(pack):
    """The Times' "Last year, the city recorded 197 homicides", read on a site that copied it
    (publisher "The Times (copied by right2024.com)"), then The Times' own "194" eight months
    later, after the police's recount: The Times restated its figure."""
    sources = [source("copy", "2013-05-10", "The Times (copied by right2024.com)"),
               source("times", "2014-01-01", "The Times")]
    claims = [claim("times-197", "copy", "homicides", "2012", "197"),
              claim("times-194", "times", "homicides", "2012", "194")]
    report = audit(pack, sources, claims)
    assert tensions(report) == []
    assert ("times-197", "times-194") in revisions(report)


def test_two_outlets_figures_months_apart_are_not_one_line(pack):
    """A blog's "197" and The Times' "194" eight months later: two outlets' own figures, no
    restatement."""
    sources = [source("blog", "2013-05-10", "A Blog"), source("times", "2014-01-01", "The Times")]
    claims = [claim("blog-197", "blog", "homicides", "2012", "197"),
              claim("times-194", "times", "homicides", "2012", "194")]
    report = audit(pack, sources, claims)
    assert tensions(report) == [{"blog-197", "times-194"}]


# ---------------------------------------------------------------- figures of their day beside a vague one

def test_a_change_of_its_day_stays_with_the_old_figure_beside_a_vague_one(pack):
    """The police's 144 for 2012, then in January 2014 "26 fewer" for 2013's 118 (144 - 118),
    then 142 in December 2014 after two killings were ruled justified; a wire's "more than 140"
    for 2012 fits both. The change was worked out from the figure of its day: no tension."""
    sources = [source("jan13", "2013-01-02", "The Star"), source("wire", "2013-06-01", "The Wire"),
               source("jan14", "2014-01-03", "The Star"), source("dec14", "2014-12-29", "The Star")]
    claims = [claim("y12-144", "jan13", "homicides", "2012", "144", "Police Department", "paraphrase"),
              claim("y12-over-140", "wire", "homicides", "2012", "more than 140"),
              claim("y13-118", "jan14", "homicides", "2013", "118", "Police Department", "paraphrase"),
              {"id": "fewer-26", "source": "jan14", "metric": "homicides", "place": CITY, "period": "2013",
               "change": {"phrase": "26 fewer", "base": "2012"}, "attribution": "reporter",
               "quote": {"text": "That total was 26 fewer than 2012"}},
              claim("y12-142", "dec14", "homicides", "2012", "142", "Police Department", "paraphrase")]
    report = audit(pack, sources, claims)
    assert tensions(report) == []
    rev = [f for f in report.findings if f.kind == "revision" and f.evidence.get("old") == "y12-144"]
    assert rev and "fewer-26" in rev[0].claims


# ---------------------------------------------------------------- a running count, then the year's

def running_then_year(extra):
    """2010 and 2011 as the police gave them; 2012's count "stood at 143 on Friday" (29
    December), then 142 for the year in June 2013."""
    sources = [source("old", "2012-06-01", "The Star"), source("dec", "2012-12-29", "The Star"),
               source("jun", "2013-06-21", "The Star")]
    claims = [claim("y10-150", "old", "homicides", "2010", "150", "Police Department", "paraphrase"),
              claim("y11-142", "old", "homicides", "2011", "142", "Police Department", "paraphrase"),
              claim("ytd-143", "dec", "homicides", "so far this year", "143", quote="The 2012 count stood at 143 on Friday."),
              claim("y12-142", "jun", "homicides", "2012", "142")]
    return sources, claims + extra


def test_a_sum_of_years_of_the_running_counts_day_goes_with_its_restatement(pack):
    """"The 435 homicides of the past three years" on 29 December = 150 + 142 + 143: worked out
    on the count of its day, not a contradiction of the year's 142 given later."""
    sources, claims = running_then_year(
        [claim("sum-435", "dec", "homicides", "2010/2012", "435", quote="The 435 homicides of the past three years")])
    report = audit(pack, sources, claims)
    assert tensions(report) == []
    rev = [f for f in report.findings if f.kind == "revision" and f.evidence.get("old") == "ytd-143"]
    assert rev and "sum-435" in rev[0].claims


def test_a_sum_of_years_that_fits_neither_figure_is_a_tension(pack):
    """"The 445 homicides of the past three years": neither 150 + 142 + 143 nor + 142."""
    sources, claims = running_then_year(
        [claim("sum-445", "dec", "homicides", "2010/2012", "445", quote="The 445 homicides of the past three years")])
    found = tensions(audit(pack, sources, claims))
    assert found and all("sum-445" in t for t in found)


def test_a_record_of_the_running_counts_day_goes_with_its_restatement(pack):
    """"2012 is now the deadliest year since 2009" on 29 December with 143 (2011: 142): true of
    its day; the year's 142 in June ties 2011 and does not make the record a contradiction."""
    record = {"id": "record", "source": "dec", "metric": "homicides", "place": CITY, "period": "2012",
              "comparison": {"relation": "record-high", "window": "since 2011"}, "attribution": "reporter",
              "quote": {"text": "2012 is now the city's deadliest year since 2010"}}
    sources, claims = running_then_year([record])
    claims = [c for c in claims if c["id"] != "y10-150"]
    report = audit(pack, sources, claims)
    assert tensions(report) == []
    rev = [f for f in report.findings if f.kind == "revision" and f.evidence.get("old") == "ytd-143"]
    assert rev and "record" in rev[0].claims


# ---------------------------------------------------------------- one counting body, named several ways

def test_the_place_and_its_police_named_with_another_body_are_one_counter(pack):
    """"50, according to county police and FBI statistics" (January 2013), then 49 in "the
    county's crime dashboard" two years later: the county restated its count."""
    sources = [source("jan13", "2013-01-03", "The Star"), source("jan15", "2015-01-25", "The Eagle")]
    claims = [claim("c50", "jan13", "homicides", "2012", "50",
                    "Kansas City Police Department and FBI statistics", "paraphrase"),
              claim("c49", "jan15", "homicides", "2012", "49", "Kansas City (crime dashboard)", "paraphrase")]
    report = audit(pack, sources, claims)
    assert tensions(report) == []
    assert ("c50", "c49") in revisions(report)


def test_another_body_named_first_is_not_the_place(pack):
    """"50, according to FBI statistics and county police", then the county's 49: the FBI's
    count against the county's, no restatement."""
    sources = [source("jan13", "2013-01-03", "The Star"), source("jan15", "2015-01-25", "The Eagle")]
    claims = [claim("c50", "jan13", "homicides", "2012", "50",
                    "FBI statistics and Kansas City Police Department", "paraphrase"),
              claim("c49", "jan15", "homicides", "2012", "49", "Kansas City (crime dashboard)", "paraphrase")]
    report = audit(pack, sources, claims)
    assert ("c50", "c49") not in revisions(report)


# ---------------------------------------------------------------- a running count counted on the old basis

def test_a_running_count_above_the_restated_year_goes_with_the_restatement(pack):
    """"200 people have been killed this year, the police say" on 30 December, "down 23%" from
    the 259 of the year before to date; the Star's 201 for the year in January, its 194 a year
    later after the police's recount. The 200 and its change were counted on the old basis."""
    sources = [source("dec", "2012-12-30", "The Digest"), source("jan", "2013-01-02", "The Star"),
               source("later", "2014-01-01", "The Star")]
    claims = [claim("ytd-200", "dec", "homicides", "2012-01-01/2012-12-29", "200", "Police Department", "paraphrase"),
              claim("ytd-259", "dec", "homicides", "2011-01-01/2011-12-29", "259", "Police Department", "paraphrase"),
              {"id": "down-23", "source": "dec", "metric": "homicides", "place": CITY, "period": "2012-01-01/2012-12-29",
               "change": {"phrase": "down 23%", "base": "2011-01-01/2011-12-29"}, "attribution": "reporter",
               "quote": {"text": "a 23% decline from the same time last year"}},
              claim("y12-201", "jan", "homicides", "2012", "201"),
              claim("y12-194", "later", "homicides", "2012", "194")]
    report = audit(pack, sources, claims)
    assert tensions(report) == []
    rev = [f for f in report.findings if f.kind == "revision" and f.evidence.get("old") == "y12-201"]
    assert rev and {"ytd-200", "down-23"} <= set(rev[0].claims)


def test_a_running_count_above_the_old_year_figure_is_still_a_tension(pack):
    """A running count of 205 on 30 December beside the year's 201 and, later, 194: above the
    year's own figure of its day, it was never counted on either basis."""
    sources = [source("dec", "2012-12-30", "The Digest"), source("jan", "2013-01-02", "The Star"),
               source("later", "2014-01-01", "The Star")]
    claims = [claim("ytd-205", "dec", "homicides", "2012-01-01/2012-12-29", "205", "Police Department", "paraphrase"),
              claim("y12-201", "jan", "homicides", "2012", "201"),
              claim("y12-194", "later", "homicides", "2012", "194")]
    found = tensions(audit(pack, sources, claims))
    assert found and all("ytd-205" in t for t in found)
