"""A year's count retold twice in one week a year on is a tension; weeks apart, or soon after the
year, it still restates."""

from verdict_cases import audit, claim, released_by, revisions, source, tensions
from verdict_cases import pack  # noqa: F401  (a fixture)


def _retold(first_day="2022-01-24", second_day="2022-01-28", publisher="The Daily"):
    """One newsroom's homicides for 2020, given twice in a week, thirteen months on."""
    sources = [source("jan24", first_day, publisher="The Daily"), source("jan28", second_day, publisher=publisher)]
    claims = [claim("daily-202", "jan24", "homicides", "2020", "202", speaker="Kansas City Police Department",
                    attribution="paraphrase",
                    quote="There were 210 homicides in 2021 and 202 in 2020, according to the "
                          "department's data."),
              claim("daily-204", "jan28", "homicides", "2020", "204",
                    quote="That is up from 2020, when the city recorded 204 homicides.")]
    return sources, claims


def test_one_newsrooms_two_figures_a_year_on_in_one_week_are_a_tension(pack):
    """Thirteen months after 2020, four days apart: a year-old count does not move in a week."""
    report = audit(pack, *_retold())
    assert revisions(report) == []
    assert tensions(report) == [{"daily-202", "daily-204"}]


def test_two_outlets_a_year_on_in_one_week_are_a_tension(pack):
    """The same with the second figure another outlet's, credited to the police too (under
    `retold_years_on`'s two years)."""
    sources, claims = _retold(publisher="Channel 4")
    claims[1].update(speaker="Kansas City Police Department", attribution="paraphrase")
    report = audit(pack, sources, claims)
    assert revisions(report) == []
    assert tensions(report) == [{"daily-202", "daily-204"}]


def test_a_year_on_but_weeks_apart_still_restates(pack):
    """The second figure five weeks after the first: outside `retold_in_a_week_days` (7)."""
    report = audit(pack, *_retold(second_day="2022-03-01"))
    assert revisions(report) == [("daily-202", "daily-204")]
    assert tensions(report) == []


def test_an_update_dated_only_to_within_months_still_restates(pack):
    """The second figure from an update of the article known only to be out between the next day
    and four months on: not surely within the week, so it may be the newsroom's word months on."""
    report = audit(pack, *_retold(second_day={"earliest": "2022-01-25", "latest": "2022-05-12"}))
    assert revisions(report) == [("daily-202", "daily-204")]


def test_in_a_week_soon_after_the_year_still_restates(pack):
    """Both figures in the weeks after 2020 ended: the count of its day, still settling."""
    report = audit(pack, *_retold(first_day="2021-01-24", second_day="2021-01-28"))
    assert revisions(report) == [("daily-202", "daily-204")]


def test_a_bodys_own_releases_in_a_week_still_restate(pack):
    """The police department's own two releases a year on: its word again."""
    report = audit(pack, *released_by("Kansas City Police Department", *_retold()))
    assert revisions(report) == [("daily-202", "daily-204")]
    assert tensions(report) == []
