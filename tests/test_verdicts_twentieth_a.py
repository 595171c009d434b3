"""Twentieth verdicts round (a): two figures of one day that one later figure restates, tried on
realistic sentences (invented figures, invented corpus; auditor/engine/revisions.py
rivals_restated_together, auditor/checks/tension.py, rules/checks/RV001-revision.yaml)."""

from verdict_cases import audit, claim, pack, revisions, source, tensions  # noqa: F401 (the pack fixture)

POLICE = "Kansas City Police Department"


MONTH = {"earliest": "2023-01-01", "latest": "2023-01-31"}   # an undated article of that January


def _rivals(first="79", second="81", later="80", second_day=MONTH):
    sources = [source("axios", "2023-01-03", publisher="Axios"), source("kare", second_day, publisher="KARE 11"),
               source("next", "2024-01-02", publisher="Axios Next Year")]
    claims = [claim("city-79", "axios", "homicides", "2022", first, speaker="City of Kansas City", attribution="paraphrase",
                    quote=f"City data said {first}, other media reports said 80 or 81."),
              claim("police-81", "kare", "homicides", "2022", second, speaker=POLICE, attribution="paraphrase",
                    quote=f"The year came to a close with {second} homicides, according to police crime statistics."),
              claim("city-80", "next", "homicides", "2022", later, speaker="City of Kansas City", attribution="paraphrase",
                    quote=f"That's down from {later} in 2022.")]
    return sources, claims


def test_two_rivals_of_one_day_restated_together_stay_a_tension(pack):
    report = audit(pack, *_rivals())
    assert sorted(revisions(report)) == [("city-79", "city-80"), ("police-81", "city-80")]
    assert {"city-79", "police-81"} in tensions(report)


def test_a_count_growing_to_its_restatement_is_no_tension(pack):
    """195 and 196 days apart, 201 a year on: a count moving on, each figure restated."""
    report = audit(pack, *_rivals(first="195", second="196", later="201"))
    assert ("city-79", "city-80") in revisions(report) and ("police-81", "city-80") in revisions(report)
    assert tensions(report) == []


def _own_tally(second_day):
    """The 81 in the station's own words."""
    sources, claims = _rivals(second_day=second_day)
    claims[1] = claim("police-81", "kare", "homicides", "2022", "81",
                      quote="The year came to a close with 81 homicides in the city.")
    return sources, claims


def test_an_outlets_own_tally_of_the_same_days_is_a_rival(pack):
    """The 81 in the station's own words, the same undated January: each restated by the
    city's 80 a year on, and the two kept apart as rivals of their day."""
    report = audit(pack, *_own_tally(MONTH))
    assert sorted(revisions(report)) == [("city-79", "city-80"), ("police-81", "city-80")]
    assert tensions(report) == [{"city-79", "police-81"}]


# --------------------------------------------------------------------------------------------
# Two counts so far of days not known (comparability.running_days_apart)

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


def test_two_counts_so_far_of_days_not_known_are_no_rivals(pack):
    assert tensions(audit(pack, *_so_far())) == []


def test_a_gap_beyond_the_counts_pace_still_conflicts(pack):
    """195 by late November grows by about 15 over 26 days; 240 is not a later day's count."""
    assert {"so-far", "a-year-before"} in tensions(audit(pack, *_so_far(this_year="240")))
