"""Thirtieth verdicts round (b), Pittsburgh's revisions: a body's name followed by the record its
figure was read from ("Pittsburgh Department of Public Safety data") is that body, and a city's
department of public safety is one of its bodies (RV001 `record_words`, `one_body`); a body's
figure that leaves a figure any outlet gave before, and that the body's later word returns to, is
a lapse (revisions.a_lapse). Invented figures on the bundled pack's Kansas City."""

import pytest

from verdict_cases import audit, claim, pack, revisions, source, tensions  # noqa: F401 (the pack fixture)


def _city_then_safety_data(speaker="Kansas City Department of Public Safety data"):
    sources = [source("jan19", "2019-01-14", publisher="City Hall"), source("jan20", "2020-01-30", publisher="Daily Paper")]
    claims = [claim("city-55", "jan19", "homicides", "2018", "55", speaker="City of Kansas City", attribution="document"),
              claim("safety-58", "jan20", "homicides", "2018", "58", speaker=speaker, attribution="paraphrase")]
    return sources, claims


def test_the_public_safety_departments_data_restate_the_citys_count(pack):
    report = audit(pack, *_city_then_safety_data())
    assert revisions(report) == [("city-55", "safety-58")]
    assert tensions(report) == []


def test_another_bodys_data_restate_nothing(pack):
    """The county's data are not the city's word: the two figures stay a tension."""
    report = audit(pack, *_city_then_safety_data("Jackson County data"))
    assert revisions(report) == []
    assert tensions(report) == [{"city-55", "safety-58"}]


def test_a_bodys_figure_between_two_equal_figures_is_a_lapse(pack):
    """A paper's 73, the city's data's 74, the police's data's 73 two years on: the count did not
    move back, the 74 is audited against the 73s."""
    sources = [source("sep20", "2020-09-17", publisher="Daily Paper"), source("dec20", "2020-12-28", publisher="Channel 5"),
               source("feb23", "2023-02-07", publisher="Channel 9")]
    claims = [claim("paper-73", "sep20", "homicides", "2019", "73"),
              claim("city-74", "dec20", "homicides", "2019", "74", speaker="City of Kansas City data", attribution="paraphrase"),
              claim("police-73", "feb23", "homicides", "2019", "73", speaker="Kansas City Police Department data",
                    attribution="paraphrase")]
    report = audit(pack, sources, claims)
    assert revisions(report) == []
    assert tensions(report) == [{"paper-73", "city-74", "police-73"}]


def _clearance(dept_day):
    sources = [source("dept", dept_day, publisher="Channel 2"),
               source("weekly", {"earliest": "2025-01-01", "latest": "2025-04-30"}, publisher="A Weekly"),
               source("jun", "2025-06-11", publisher="A Blog")]
    claims = [claim("dept-68", "dept", "nonfatal_shootings", "2024", "68", speaker="Kansas City Police Department",
                    attribution="paraphrase"),
              claim("chief-70", "weekly", "nonfatal_shootings", "2024", "70",
                    speaker="Jane Doe, Kansas City Police Commissioner", attribution="paraphrase"),
              claim("city-68", "jun", "nonfatal_shootings", "2024", "68", speaker="City of Kansas City officials",
                    attribution="paraphrase")]
    return sources, claims


def test_a_rival_of_its_day_is_not_restated(pack):
    """The department's 68 may be of the same days as the commissioner's 70: the city's later 68
    takes a side, it does not restate the 70."""
    report = audit(pack, *_clearance({"earliest": "2025-01-01", "latest": "2025-01-31"}))
    assert revisions(report) == []
    assert tensions(report) == [{"dept-68", "chief-70", "city-68"}]


def test_a_figure_surely_after_the_bodys_other_is_restated(pack):
    """The department's 68 surely out before the 70 (December): the 70 was the count of its day
    (the body's later word), and the city's 68 restates it."""
    report = audit(pack, *_clearance("2024-12-20"))
    assert ("chief-70", "city-68") in revisions(report)


@pytest.mark.parametrize("given, end, so_far, year", [("2022-06-15", "2022-06-14", "58", "54"),
                                                     ("2022-12-01", "2022-11-30", "70", "64")],
                         ids=["mid-june", "late-november"])
def test_a_count_so_far_above_the_years_count_by_more_than_its_pace_is_no_restatement(pack, given, end, so_far, year):
    """The chief's 58 "so far this year" on 14 June, the police's 54 for the year eighteen months
    on: half a year of killings cannot have been ruled away (Sacramento, 2022); 70 to 30
    November, then 64: the month lacking (9% of the days counted) and the fall (9%) together pass
    `max_change`. A tension, not a restatement. A count to 28 December above the year's is
    restated (RV001 examples)."""
    sources = [source("so-far", given, publisher="Channel 3"), source("jan", "2024-01-15", publisher="Channel 10")]
    claims = [claim("chief", "so-far", "homicides", f"2022-01-01/{end}", so_far,
                    speaker="Jane Doe, Kansas City Police Chief", attribution="paraphrase"),
              claim("police", "jan", "homicides", "2022", year, speaker="Kansas City Police Department",
                    attribution="paraphrase")]
    report = audit(pack, sources, claims)
    assert revisions(report) == []
    assert tensions(report) == [{"chief", "police"}]
