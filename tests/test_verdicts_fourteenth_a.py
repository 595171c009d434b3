"""Fourteenth verdicts round (a): a year's count restated, and one misstated, with invented
figures in an invented corpus (auditor/engine/revisions.py)."""

from verdict_cases import audit, claim, pack, revisions, source, tensions  # noqa: F401 (the pack fixture)


# --------------------------------------------------------------------------------------------
# An outlet's lone lower figure after the count settled (revisions.settled_elsewhere)

def _settled_then(later_value, others_later=()):
    sources = [source("blog", "2021-07-18", publisher="A Blog"), source("tv21", "2021-12-31", publisher="Channel 10"),
               source("tv24", "2024-12-31", publisher="Channel 10")]
    claims = [claim("blog-356", "blog", "homicides", "2019", "356"),
              claim("tv-356", "tv21", "homicides", "2019", "356"),
              claim("tv-later", "tv24", "homicides", "2019", later_value)]
    for n, (sid, when) in enumerate(others_later):
        sources.append(source(sid, when, publisher=sid))
        claims.append(claim(f"other-{n}", sid, "homicides", "2019", later_value))
    return sources, claims


def test_an_outlets_lone_lower_figure_after_the_count_settled_is_a_tension(pack):
    """356 for 2019 from a blog and the station in 2021, then the station's own 353 in 2024 that
    no one else gives: not the station's revision but its slip, doubted first."""
    report = audit(pack, *_settled_then("353"))
    assert revisions(report) == []
    (found,) = [f for f in report.findings if f.kind == "tension"]
    assert set(found.claims) == {"blog-356", "tv-356", "tv-later"}
    assert found.suspects[0].claim == "tv-later"


def test_a_lower_figure_others_give_too_still_restates(pack):
    """The same, but two other outlets give 353 after the station: the count's revision."""
    report = audit(pack, *_settled_then("353", [("paper", "2025-01-02"), ("radio", "2025-01-03")]))
    assert revisions(report) == [("tv-356", "tv-later")]
    assert tensions(report) == []


def test_a_higher_later_figure_still_restates_the_outlets_own(pack):
    """A count grows for years as the injured die: the station's own 357 restates its 356."""
    report = audit(pack, *_settled_then("357"))
    assert revisions(report) == [("tv-356", "tv-later")]


def test_a_lower_figure_while_the_count_settled_still_restates(pack):
    """The blog's 356 came out within `fall_settles_days` of the year's end: rulings were not in,
    and the station's 353 (a fall of under 1%) restates its own 356."""
    sources, claims = _settled_then("353")
    sources[0]["published"] = "2020-02-01"
    report = audit(pack, sources, claims)
    assert revisions(report) == [("tv-356", "tv-later")]


# --------------------------------------------------------------------------------------------
# A reporter's look back in a report of the release (revisions.reading_the_release)

def _look_back(period_of_the_look_back, value="247"):
    sources = [source("mag", "2015-11-23", publisher="City Magazine"), source("tv", "2024-12-31", publisher="Channel 10")]
    claims = [claim("police-2015", "mag", "homicides", "2015-01-01/2015-11-23", "247", attribution="paraphrase",
                    speaker="Kansas City Police Department"),
              claim("mag-248", "mag", "homicides", "2014", "248"),
              claim("police-2024", "tv", "homicides", "2024-01-01/2024-12-30", "266", attribution="paraphrase",
                    speaker="Kansas City Police Department"),
              claim("tv-look-back", "tv", "homicides", period_of_the_look_back, value)]
    return sources, claims


def test_a_look_back_a_decade_on_is_not_the_releases_word(pack):
    """"since 247 people were killed in 2014" in a report of 2024's count restates nothing: a
    tension with the magazine's 248, the look back doubted first."""
    report = audit(pack, *_look_back("2014"))
    assert revisions(report) == []
    (found,) = [f for f in report.findings if f.kind == "tension"]
    assert set(found.claims) == {"mag-248", "tv-look-back"}


def test_a_recent_year_in_a_report_of_the_release_is_still_the_releases_word(pack):
    """The same report's figure for 2022 (two years back), against the magazine's 248 for 2022
    given early in 2023: the police's later word, which restates it."""
    sources, claims = _look_back("2022")
    sources[0]["published"] = "2023-01-05"
    claims[0]["period"] = "2023-01-01/2023-01-04"
    claims[1]["period"] = "2022"
    report = audit(pack, sources, claims)
    assert revisions(report) == [("mag-248", "tv-look-back")]


# --------------------------------------------------------------------------------------------
# The count so far: a figure for a period published on its last day, or repeating the count to
# one of its last days (revisions.counted_so_far)

def test_a_figure_published_on_the_periods_last_day_is_completed_by_the_next_higher_one(pack):
    sources = [source("dec31", "2021-12-31", publisher="Channel 10"), source("jan01", "2022-01-01", publisher="A Blog"),
               source("later", "2024-12-31", publisher="Channel 10")]
    claims = [claim("so-far", "dec31", "homicides", "2021", "559"), claim("year", "jan01", "homicides", "2021", "562"),
              claim("three-years-on", "later", "homicides", "2021", "559")]
    report = audit(pack, sources, claims)
    assert revisions(report) == [("so-far", "year")]
    # the station's own 559 three years on is no count so far: a tension with the year's 562
    (found,) = [f for f in report.findings if f.kind == "tension"]
    assert set(found.claims) == {"year", "three-years-on"} and found.suspects[0].claim == "three-years-on"


def test_a_figure_published_after_the_period_is_no_count_so_far(pack):
    """The same 559, published the day after the year ended: two outlets' figures for the year."""
    sources = [source("jan01", "2022-01-01", publisher="Channel 10"), source("jan02", "2022-01-02", publisher="A Blog")]
    claims = [claim("first", "jan01", "homicides", "2021", "559"), claim("second", "jan02", "homicides", "2021", "562")]
    report = audit(pack, sources, claims)
    assert revisions(report) == []
    assert tensions(report) == [{"first", "second"}]


def test_a_figure_the_count_had_passed_is_a_misreport(pack):
    sources = [source("wire", "2014-12-31", publisher="A Wire"), source("paper", "2014-12-31", publisher="Daily Paper"),
               source("radio", "2015-01-12", publisher="Public Radio")]
    claims = [claim("wire-158", "wire", "homicides", "2014", "158"),
              claim("to-dec30", "paper", "homicides", "2014-01-01/2014-12-30", "159"),
              claim("year-159", "radio", "homicides", "2014", "159")]
    report = audit(pack, sources, claims)
    assert revisions(report) == []
    assert any("wire-158" in t for t in tensions(report))


def test_a_years_figure_repeating_the_count_to_its_last_days_is_completed_later(pack):
    sources = [source("dec31", "2018-12-31", publisher="Daily Paper"), source("jan02", "2019-01-02", publisher="Channel 29"),
               source("jan20", "2020-01-01", publisher="Daily Paper")]
    claims = [claim("to-dec30", "dec31", "homicides", "2018-01-01/2018-12-30", "351"),
              claim("by-year-end", "jan02", "homicides", "2018", "351"),
              claim("final", "jan20", "homicides", "2018", "353")]
    report = audit(pack, sources, claims)
    assert revisions(report) == [("by-year-end", "final")]
    # without the count to 30 December before it, the 351 is the year's figure, and 353 a rival
    report = audit(pack, sources, claims[1:])
    assert revisions(report) == []


def test_a_count_its_article_says_will_grow_is_completed_by_the_later_figure(pack):
    """355 on New Year's Day, its article saying a death of the night was "likely to be counted as
    356": the 356 given from the next year on completes it; without those words, two rivals."""
    note = 'a death of the night "appeared likely to be counted as 356"'
    sources = [source("jan01", "2020-01-01", publisher="Daily Paper"), source("jul21", "2021-07-18", publisher="A Blog")]
    claims = [claim("first", "jan01", "homicides", "2019", "355"), claim("later", "jul21", "homicides", "2019", "356")]
    report = audit(pack, sources, [claims[0] | {"note": note}, claims[1]])
    assert revisions(report) == [("first", "later")]
    report = audit(pack, sources, claims)
    assert revisions(report) == [] and tensions(report) == [{"first", "later"}]


# --------------------------------------------------------------------------------------------
# A change of its day judged with its own article's figure of the other year (_of_their_day)

def test_a_change_fitting_its_own_articles_figures_goes_with_the_revision(pack):
    """"351, up 12 percent" beside the article's own 313 for the year before (+12.1%), where
    another outlet gave that year as 315; the 351 restated as 353 a year on (+12.8% on 313)."""
    sources = [source("jan19", "2019-01-02", publisher="Channel 29"), source("dec18", "2018-12-15", publisher="City Paper"),
               source("jan20", "2020-01-02", publisher="Daily Paper")]
    police = {"speaker": "Kansas City Police Department", "attribution": "paraphrase"}
    claims = [claim("y2018", "jan19", "homicides", "2018", "351", **police),
              claim("y2017-own", "jan19", "homicides", "2017", "313"),
              claim("y2017-other", "dec18", "homicides", "2017", "315"),
              claim("y2018-later", "jan20", "homicides", "2018", "353", **police),
              {"id": "up-12", "source": "jan19", "metric": "homicides", "place": "kansas-city-mo", "period": "2018",
               "change": {"phrase": "up 12 percent", "base": "2017"}, "attribution": "paraphrase",
               "speaker": "Kansas City Police Department", "quote": {"text": "351, up 12 percent"}}]
    report = audit(pack, sources, claims)
    (rev,) = [f for f in report.findings if f.kind == "revision"]
    assert (rev.evidence["old"], rev.evidence["new"]) == ("y2018", "y2018-later")
    assert "up-12" in rev.evidence.get("derived", {})
    assert not any("up-12" in t for t in tensions(report))


# --------------------------------------------------------------------------------------------
# A stock no rate rests on is of its stated date (compile.compile_claims): officers on the roster
# in June and in December of one year are two counts; a population still stands for its year.

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from auditor.engine.audit import audit_corpus  # noqa: E402
from auditor.loading.corpus import load_records  # noqa: E402
from auditor.pack import load_pack  # noqa: E402

PHILADELPHIA = Path(__file__).resolve().parent.parent / "benchmarks" / "corpora" / "philadelphia" / "pack"


@pytest.fixture(scope="module")
def staffing_pack():
    return load_pack(PHILADELPHIA)


def _officers(staffing_pack, june_period):
    sources = [source("controller", "2024-07-01", publisher="City Controller"),
               source("tv", "2025-01-15", publisher="Channel 10")]
    claims = [claim("june", "controller", "police_officers", june_period, "4,915") | {"place": "philadelphia-pa"},
              claim("december", "tv", "police_officers", "2024-12-31", "5,021") | {"place": "philadelphia-pa"}]
    report = audit_corpus(load_records({"sources": sources, "claims": claims}, pack=staffing_pack), workers=1)
    return tensions(report)


def test_officers_at_two_dates_of_one_year_are_two_counts(staffing_pack):
    assert _officers(staffing_pack, "2024-06") == []


def test_officers_at_one_date_given_twice_still_conflict(staffing_pack):
    assert _officers(staffing_pack, "2024-12-31") == [{"june", "december"}]


# --------------------------------------------------------------------------------------------
# A count the body gave and another outlet restated upward grows on (revisions.grows_on)

def _growing(first_speaker=None, rival_before=False):
    sources = [source("jan20", "2020-01-01", publisher="Channel 8"), source("sep20", "2020-09-14", publisher="Channel 8"),
               source("jan22", "2022-01-10", publisher="Radio Station"), source("jan23", "2023-01-01", publisher="Daily Paper")]
    body = {"speaker": first_speaker, "attribution": "paraphrase"} if first_speaker else {}
    claims = [claim("first-171", "jan20", "homicides", "2019", "171", **body),
              claim("station-172", "sep20", "homicides", "2019", "172"),
              claim("radio-172", "jan22", "homicides", "2019", "172"),
              claim("paper-173", "jan23", "homicides", "2019", "173")]
    if rival_before:
        sources.append(source("jan20b", "2020-01-08", publisher="Daily Paper"))
        claims.append(claim("paper-173-early", "jan20b", "homicides", "2019", "173"))
    return sources, claims


def test_the_bodys_count_restated_upward_grows_on(pack):
    report = audit(pack, *_growing("Kansas City Police Department"))
    assert ("radio-172", "paper-173") in revisions(report)
    assert tensions(report) == []


def test_an_outlets_own_count_restated_upward_keeps_its_rivals(pack):
    """The 171 in the station's own words (its tracker): 172 restates it in its line, and the
    paper's later 173 is a rival."""
    report = audit(pack, *_growing())
    assert ("radio-172", "paper-173") not in revisions(report)
    assert any({"paper-173"} < t for t in tensions(report))


def test_a_higher_figure_out_before_the_restated_one_is_its_rival(pack):
    report = audit(pack, *_growing("Kansas City Police Department", rival_before=True))
    assert not any(new.startswith("paper-173") for _, new in revisions(report) if _ != "first-171")


# --------------------------------------------------------------------------------------------
# The body's later word restates only a figure on the count's way from its word of the figure's
# first possible day (restated_by_the_counter, of_its_way)

def _radio_225(radio_from):
    sources = [source("star", "2023-01-01", publisher="Daily Paper"),
               source("radio", {"earliest": radio_from, "latest": "2023-01-15"}, publisher="Radio Station"),
               source("tv", "2023-12-31", publisher="Channel 59")]
    police = {"speaker": "Kansas City Police Department", "attribution": "paraphrase"}
    claims = [claim("police-at-least-226", "star", "homicides", "2022", "at least 226", **police),
              claim("radio-225", "radio", "homicides", "2022", "225"),
              claim("police-226", "tv", "homicides", "2022", "226", **police)]
    return sources, claims


def test_a_figure_below_the_bodys_word_of_its_day_is_a_tension(pack):
    report = audit(pack, *_radio_225("2023-01-01"))
    assert revisions(report) == []
    (found,) = [f for f in report.findings if f.kind == "tension"]
    assert "radio-225" in found.claims and found.suspects[0].claim == "radio-225"


def test_a_figure_given_before_the_bodys_word_is_still_restated(pack):
    """The radio's 225 surely out on 1 January, days before the police's "at least 226"."""
    sources, claims = _radio_225("2023-01-01")
    sources[1]["published"] = "2023-01-01"
    sources[0]["published"] = "2023-01-10"
    report = audit(pack, sources, claims)
    assert ("radio-225", "police-226") in revisions(report)


# --------------------------------------------------------------------------------------------
# A lower figure the count returns from (revisions.returned_from), and one below the body's own
# earlier count of the period (revisions.passed_by_the_body)

def _returning(later_values):
    police = {"speaker": "Kansas City Police Department", "attribution": "paraphrase"}
    sources = [source("dec18", "2018-12-17", publisher="Channel 8"), source("jan20", "2020-01-01", publisher="Channel 59")]
    claims = [claim("police-to-dec17", "dec18", "homicides", "2018-01-01/2018-12-17", "159", **police),
              claim("station-158", "jan20", "homicides", "2018", "158", **police)]
    for n, (when, value) in enumerate(later_values):
        sources.append(source(f"later{n}", when, publisher=f"Outlet {n}"))
        claims.append(claim(f"later-{n}-{value}", f"later{n}", "homicides", "2018", value))
    return sources, claims


def test_a_lower_figure_every_later_figure_returns_from_is_a_tension(pack):
    report = audit(pack, *_returning([("2020-01-08", "159"), ("2021-11-08", "159")]))
    assert revisions(report) == []
    (found,) = [f for f in report.findings if f.kind == "tension"]
    assert found.suspects[0].claim == "station-158"


def test_a_count_that_went_on_falling_was_restated(pack):
    """After the 158, another outlet's 157: the count went on falling; the 158 restates the
    police's 159 to 17 December (deaths ruled), and the 157 restates nothing of the police's."""
    report = audit(pack, *_returning([("2020-01-08", "157"), ("2021-11-08", "159")]))
    assert ("police-to-dec17", "station-158") in revisions(report)
