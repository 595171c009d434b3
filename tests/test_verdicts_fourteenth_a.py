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
