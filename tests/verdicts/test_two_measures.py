"""Figures that are two measures (or two counts) of one metric, shown apart rather than as a
contradiction (NC001, NC004)."""

from pathlib import Path

import pytest
from ruamel.yaml import YAML

from auditor.checks.params import NamedCountWays
from auditor.engine.audit import audit_corpus
from auditor.engine.intervals import amount_interval
from auditor.errors import InputError
from auditor.loading.corpus import load_records
from auditor.models.statements import Amount
from auditor.pack import load_pack
from auditor.pack.load import _load_pack_files, _named_counted_ways, default_pack_path

from verdict_cases import audit, claim, measured, PHILADELPHIA, revisions, source, tensions, with_metrics
from verdict_cases import pack, staffing_pack  # noqa: F401  (fixtures)


RATE = "homicide_clearance_rate"


def _officers(staffing_pack, june_period):
    sources = [source("controller", "2024-07-01", publisher="City Controller"),
               source("tv", "2025-01-15", publisher="Channel 10")]
    claims = [claim("june", "controller", "police_officers", june_period, "4,915") | {"place": "philadelphia-pa"},
              claim("december", "tv", "police_officers", "2024-12-31", "5,021") | {"place": "philadelphia-pa"}]
    report = audit_corpus(load_records({"sources": sources, "claims": claims}, pack=staffing_pack), workers=1)
    return tensions(report)


def rate(text, level, counted=False, pack=None, unit="per 1,000"):
    return amount_interval(Amount(low=text, text=text), level, pack, unit, counted)


STORM = "2021-02-10/2021-02-20"


LATE_2017 = {"earliest": "2017-11-25", "latest": "2017-12-21"}


LATE_2018 = {"earliest": "2018-11-25", "latest": "2018-12-21"}


def _so_far(this_year="196", last_year="195"):
    sources = [source("report", LATE_2017, publisher="The Crime Report"), source("blog", LATE_2018, publisher="City Blog")]
    claims = [claim("so-far", "report", "homicides", "so far this year", this_year,
                    quote=f"With {this_year} homicides so far this year, the city is on track to pass 200."),
              claim("this-year", "blog", "homicides", "so far this year", "169",
                    quote="So far this year the city has had 169 homicides."),
              claim("a-year-before", "blog", "homicides", "same period last year", last_year,
                    quote=f"Last year, at this very time, the city had {last_year} recorded homicides.")]
    return sources, claims


def _clearance(words):
    sources = [source("weekly", "2025-02-01", publisher="The Weekly"), source("tv", "2025-01-10", publisher="Channel 2")]
    claims = [claim("weekly-70", "weekly", "homicide_clearance_rate", "2024", "70%", quote=words),
              claim("tv-68", "tv", "homicide_clearance_rate", "2024", "68%",
                    speaker="Kansas City Police Department", attribution="paraphrase",
                    quote="Police said they cleared 68% of homicides in 2024.")]
    return sources, claims


OFFICERS = {"police_officers": {"label": "sworn police officers", "definition": "sworn officers, at a date",
                                "stock": True, "additive_over_time": False}}


@pytest.fixture(scope="module")
def officers_pack():
    return with_metrics(OFFICERS)


def _gains(first, second):
    claims = []
    for cid, sid, (phrase, quote) in (("a", "tv", first), ("b", "radio", second)):
        c = {**claim(cid, sid, "police_officers", "2024-12-31", None, quote=quote),
             "change": {"phrase": phrase, "base": "2023-12-31"}}
        del c["value"]
        claims.append(c)
    return [source("tv", "2025-01-10"), source("radio", "2025-01-11")], claims


_RULE = """id: TN901
name: counted
check: tension
kind: tension
params:
  via: value
  counted_ways: {ways}
severity: error
summary: test rule.
why: test rule.
fix: test rule.
examples: []
"""


_FAMILIES = """counted_ways:
  vacancies:
    metric_words: ["vacancies"]
    ways:
      vacant-positions: ['\\bvacant\\b']
      officers-short: ['\\bshort\\b']
  recruits:
    metric_words: ["recruits"]
    ways:
      academy-entrants: ['\\benrolled\\b']
      officers-hired: ['\\bhired\\b']
"""


def _desk(tmp_path, ways, families=_FAMILIES):
    """A desk's pack over the bundled one: one more tension rule, and its own families."""
    (tmp_path / "checks").mkdir()
    (tmp_path / "checks" / "TN901-counted.yaml").write_text(_RULE.format(ways=ways), encoding="utf-8")
    if families is not None:
        (tmp_path / "counted_ways.yaml").write_text(families, encoding="utf-8")
    return _load_pack_files(tmp_path)


_TABLE = {"vacancies": NamedCountWays(id="vacancies", metric_words=["vacancies"],
                                      ways={"vacant": [r"\bvacant\b"], "short": [r"\bshort\b"]}),
          "recruits": NamedCountWays(id="recruits", metric_words=["recruits"],
                                     ways={"enrolled": [r"\benrolled\b"], "hired": [r"\bhired\b"]})}


def _named(ways):
    problems = []
    out = _named_counted_ways({"via": "value", "counted_ways": ways}, _TABLE, Path("TN901.yaml"),
                              lambda file, loc, **f: problems.append((loc, f)))
    return out, problems


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


def test_officers_at_two_dates_of_one_year_are_two_counts(staffing_pack):
    assert _officers(staffing_pack, "2024-06") == []


def test_officers_at_one_date_given_twice_still_conflict(staffing_pack):
    assert _officers(staffing_pack, "2024-12-31") == [{"june", "december"}]


def test_two_measurements_one_decimal_place_apart_never_round_one_value(pack):
    # "1.3" is 1.25 up to 1.35, which "1.4" takes: at the default reading they do not meet
    assert rate("1.3", "default", pack=pack).intersect(rate("1.4", "default", pack=pack)) is None
    assert rate("1.35", "default", pack=pack).intersect(rate("1.4", "default", pack=pack)) is not None
    # the generous reading still reconciles them (a soft tension, never a hard one)
    assert rate("1.3", "generous", pack=pack).intersect(rate("1.4", "generous", pack=pack)) is not None


def test_a_whole_figure_and_a_count_keep_their_closed_reading(pack):
    # "41" and "42" (a measurement in whole units, often cut rather than rounded) still meet at 41.5
    assert rate("41", "default", pack=pack).intersect(rate("42", "default", pack=pack)) is not None
    # a count of whole things keeps its reading ("1.5 thousand" is "1,500": tests/test_calibration.py)
    assert not rate("7.7", "default", True, pack).hi_open
    # and so does a change worked out from two figures (no unit of the metric): "up 3.4%" and
    # "up 3.5%" may be one change, cut and rounded
    assert rate("3.4", "default", pack=pack, unit=None).intersect(rate("3.5", "default", pack=pack, unit=None))


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


def test_two_counts_so_far_of_days_not_known_are_no_rivals(pack):
    assert tensions(audit(pack, *_so_far())) == []


def test_a_gap_beyond_the_counts_pace_still_conflicts(pack):
    """195 by late November grows by about 15 over 26 days; 240 is not a later day's count."""
    assert {"so-far", "a-year-before"} in tensions(audit(pack, *_so_far(this_year="240")))


def test_a_rate_up_from_previous_years_names_no_measure(pack):
    report = audit(pack, *_clearance("The department reported a 70% clearance rate for homicides in 2024, "
                                     "a significant increase from previous years."))
    assert tensions(report) == [{"weekly-70", "tv-68"}]


def test_clearances_of_cases_from_previous_years_still_name_the_fbis_measure(pack):
    report = audit(pack, *_clearance("The department reported a 70% clearance rate for homicides in 2024, "
                                     "counting cases from previous years closed in 2024."))
    assert tensions(report) == []
    assert measured(report) == [{"weekly-70", "tv-68"}]


def test_two_headcounts_of_sworn_officers_are_checked_whoever_gives_them():
    # the staffing-levels family is of budgeted positions: a roster's "sworn officers", told by a
    # budget office and by a staffing study, are one count
    officers = with_metrics({"police_officers": {"label": "sworn police officers", "definition": "sworn officers on the roster",
                                                 "additive_over_time": False, "stock": True}})
    r = audit(officers, [source("office", "2024-03-01"), source("study", "2024-03-01")], [
        claim("office", "office", "police_officers", "2024-03-01", "650",
              quote="The department has 650 sworn officers, the budget office said."),
        claim("study", "study", "police_officers", "2024-03-01", "700",
              quote="The department has 700 sworn officers, according to a staffing study released Tuesday."),
    ])
    assert tensions(r) == [{"office", "study"}]


def test_more_officers_on_the_streets_and_a_net_gain_in_sworn_positions_are_two_counts(officers_pack):
    r = audit(officers_pack, *_gains(("31 more", "The hiring means 31 additional police officers out on the streets."),
                                     ("34 more", "The net gain was 34 for sworn positions and still in their training.")))
    assert tensions(r) == []


def test_two_net_gains_in_sworn_officers_that_disagree_stay_a_tension(officers_pack):
    r = audit(officers_pack, *_gains(("31 more", "The department gained 31 sworn officers last year."),
                                     ("34 more", "The net gain was 34 for sworn positions.")))
    assert tensions(r) == [{"a", "b"}]


def test_the_four_checks_take_every_family_of_the_table(pack):
    """TN001, TN002, TN004 and NC001 hold the same families, those of rules/counted_ways.yaml, in its order."""
    table = YAML(typ="safe").load((default_pack_path() / "counted_ways.yaml").read_text(encoding="utf-8"))["counted_ways"]
    assert len(table) >= 4
    for rid in ("TN001", "TN002", "TN004", "NC001"):
        got = pack.rules[rid].params["counted_ways"]
        assert [list(f["metric_words"]) for f in got] == [f["metric_words"] for f in table.values()], rid
        assert [{k: list(v) for k, v in f["ways"].items()} for f in got] == [f["ways"] for f in table.values()], rid


def test_families_by_name():
    """`all` takes every family in the table's order; a list takes the ones it names, beside one written out."""
    out, _ = _named("all")
    assert [f["metric_words"] for f in out["counted_ways"]] == [("vacancies",), ("recruits",)]
    assert "id" not in out["counted_ways"][0]
    inline = {"metric_words": ["hires"], "ways": {"a": ["x"], "b": ["y"]}}
    out, _ = _named(["recruits", inline])
    assert out["counted_ways"] == [_TABLE["recruits"].model_dump(exclude={"id"}), inline]
    written = [inline]
    assert _named(written)[0]["counted_ways"] is written   # nothing named: as written


def test_an_unknown_family_is_a_located_pack_error():
    out, problems = _named(["recruits", "vacancy"])
    assert out is None
    assert problems[0][0] == ("params", "counted_ways", 1)
    assert "did you mean 'vacancies'" in problems[0][1]["hint"]


@pytest.mark.slow
def test_a_desks_pack_names_its_own_families(tmp_path):
    """A desk's rule names families by id; the desk's table replaces a bundled family by its id,
    and an unknown id stops the pack with the file it is in."""
    loaded = _desk(tmp_path, "[recruits, vacancies]")
    got = loaded.rules["TN901"].params["counted_ways"]
    assert [tuple(f["metric_words"]) for f in got] == [("recruits",), ("vacancies",)]
    assert dict(got[1]["ways"]) == {"vacant-positions": ("\\bvacant\\b",), "officers-short": ("\\bshort\\b",)}
    assert "counted_ways.drug-deaths" in loaded.origins
    (tmp_path / "checks" / "TN901-counted.yaml").write_text(_RULE.format(ways="[recruits, vacancy]"), encoding="utf-8")
    with pytest.raises(InputError) as err:
        _load_pack_files(tmp_path)
    text = err.value.render()
    assert "TN901-counted.yaml" in text and "vacancy" in text and "did you mean 'vacancies'" in text


# NIBRS's figures against a department's internal tracking (rules/counted_ways.yaml
# crime-data-systems; Albuquerque's auto thefts: 5,946 by NIBRS and 4,716 internally for 2023)

def test_nibrs_and_internal_tracking_are_two_counts(pack):
    from verdict_cases import counted
    r = audit(pack, [source("paper", "2025-01-10")], [
        claim("nibrs", "paper", "burglaries", "2023", "5,946", speaker="Police spokeswoman", attribution="paraphrase",
              quote="according to NIBRS, reported burglaries dropped 3%, from 5,946 in 2023 to 5,776 in 2024"),
        claim("internal", "paper", "burglaries", "2023", "4,716", speaker="Police Department", attribution="paraphrase",
              quote="Police released statistics from their internal tracking that reported burglaries dropped 7%, from 4,716 in 2023."),
    ])
    assert tensions(r) == []
    assert counted(r) == [{"nibrs", "internal"}]


def test_a_nibrs_figure_against_one_naming_no_system_is_checked(pack):
    r = audit(pack, [source("paper", "2025-01-10"), source("tv", "2025-01-12")], [
        claim("nibrs", "paper", "burglaries", "2023", "5,946", quote="according to NIBRS, there were 5,946 burglaries in 2023"),
        claim("plain", "tv", "burglaries", "2023", "4,716", quote="There were 4,716 burglaries in 2023."),
    ])
    assert tensions(r) == [{"nibrs", "plain"}]


# A figure naming no system in an article that gives the quantity by two (Albuquerque Journal,
# January 2025: NIBRS's 5,776 auto thefts of 2024 and the internal tracking's 4,401, then "the
# more than 5,000 vehicles reported stolen last year"): it is one of its article's counts, the
# one its reading takes in (comparability._way_of_its_article)

def _two_systems_and(figure, quote):
    return [
        claim("nibrs", "paper", "burglaries", "2024", "5,776", speaker="Police Department", attribution="paraphrase",
              quote="According to NIBRS, burglaries dropped 3%, from 5,946 in 2023 to 5,776 last year."),
        claim("internal", "paper", "burglaries", "2024", "4,401", speaker="Police Department", attribution="paraphrase",
              quote="Police released statistics from their internal tracking that reported burglaries dropped 7%, "
                    "from 4,716 in 2023 to 4,401 last year."),
        claim("plain", "paper", "burglaries", "2024", figure, speaker="Police officials", attribution="paraphrase",
              quote=quote),
    ]


def test_a_figure_naming_no_system_is_the_count_of_its_article_it_fits(pack):
    r = audit(pack, [source("paper", "2025-01-10")], _two_systems_and(
        "more than 5,000", "Of the more than 5,000 homes burgled last year, most were in the Northeast, officials said."))
    assert tensions(r) == []


def test_a_figure_naming_no_system_that_fits_neither_count_of_its_article_is_checked(pack):
    r = audit(pack, [source("paper", "2025-01-10")], _two_systems_and(
        "more than 7,000", "Of the more than 7,000 homes burgled last year, most were in the Northeast, officials said."))
    assert {"plain", "internal"} in tensions(r) and {"plain", "nibrs"} in tensions(r)


def test_a_figure_naming_no_system_beside_one_system_alone_is_checked(pack):
    claims = [c for c in _two_systems_and(
        "more than 5,000", "Of the more than 5,000 homes burgled last year, most were in the Northeast, officials said.")
        if c["id"] != "nibrs"]
    r = audit(pack, [source("paper", "2025-01-10")], claims)
    assert tensions(r) == [{"plain", "internal"}]
