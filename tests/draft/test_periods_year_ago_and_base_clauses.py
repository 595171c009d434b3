"""Draft-29c: periods read by conventions that recur across articles (none about Birmingham, Alabama)."""

from __future__ import annotations

from datetime import date

import pytest

import auditor
from auditor.models import DateRange
from auditor.pack import load_pack

PACK = load_pack("benchmarks/corpora/articles/pack")


def periods_of(text: str, earliest: date, latest: date | None = None) -> list[tuple]:
    published = DateRange(earliest=earliest, latest=latest or earliest)
    return [(r.get("value"), r.get("period")) for c in auditor.draft(text, published=published, pack=PACK).drafted
            if c.complete for r in [c.record] if r.get("value")]


MONTH_AGAINST_A_YEAR_AGO = ("In Franklin County, the unemployment rate was 4.1% in March, up from 3.5% a year ago, "
                            "state data show.\n")


def test_a_year_ago_beside_a_month_on_a_page_dated_by_a_range():
    """A page dated only within one year (late April 2021): "a year ago" beside "in March" is March
    a year before, as on a page with a day."""
    got = periods_of(MONTH_AGAINST_A_YEAR_AGO, date(2021, 4, 20), date(2021, 4, 30))
    assert ("3.5%", "2020-03-01/2020-03-31") in got
    assert got == periods_of(MONTH_AGAINST_A_YEAR_AGO, date(2021, 4, 30))


@pytest.mark.parametrize("text, earliest, latest", [
    # a part read differently on the range's first and last day: the year before is left whole
    ("Franklin County's unemployment rate was 4.1% this month, up from 3.5% a year ago.\n",
     date(2021, 4, 20), date(2021, 5, 10)),
    # a range over two years: which year "a year ago" is, is not known
    (MONTH_AGAINST_A_YEAR_AGO, date(2020, 12, 20), date(2021, 4, 30)),
])
def test_a_year_ago_on_an_uncertain_range_stays_the_year(text, earliest, latest):
    assert ("3.5%", "a year ago") in periods_of(text, earliest, latest)


@pytest.mark.parametrize("text, base, year", [
    ("Franklin County recorded 232 overdose deaths in 2017, a 20.8 percent increase over 2016 which saw a total "
     "of 192 overdose deaths.\n", "a total of 192", "2016"),
    ("Narcotics cases in Franklin County increased to 459 in 2006, a 49.5% increase over 2005 when 307 cases were "
     "made.\n", "307", "2005"),
])
def test_the_figure_of_the_year_compared_with_in_a_when_clause(text, base, year):
    """ "over 2016 which saw a total of 192", "over 2005 when 307 cases were made": the year compared
    with and its figure, not the year of the change."""
    got = dict(periods_of(text, date(2018, 3, 1)))
    assert got[base] == year


def test_a_later_figure_keeps_the_year_of_the_change_not_the_year_compared_with():
    text = ("Narcotics cases in Franklin County increased to 459 in 2006, a 49.5% increase over 2005 when 307 cases "
            "were made. Felony narcotics cases decreased to 120.\n")
    assert dict(periods_of(text, date(2007, 2, 7)))["120"] == "in 2006"


def changes_of(text: str, published: date) -> list[tuple]:
    return [(r.get("value"), (r.get("change") or {}).get("phrase"), r.get("period"))
            for c in auditor.draft(text, published=published, pack=PACK).drafted for r in [c.record]]


def test_a_change_in_the_year_named_in_a_when_clause_is_no_base():
    """ "from 2014, when prices rose by 21%": a change of that year, read as before."""
    text = "House prices in Dublin rose 4% in 2015, down from 2014, when prices rose by 21% in the capital.\n"
    assert (None, "up 21%", "from 2014") in changes_of(text, date(2016, 1, 4))


@pytest.mark.parametrize("text, change", [
    # a change the clause says, by its verb or by "fewer" after the figure: no level of the year
    ("Milwaukee recorded 160 homicides in 2023, compared with 2022, which had 40 fewer officers on patrol.\n",
     "down 40"),
    ("Burglaries rose 8 percent over 2022, when the department cut 25 detective positions.\n", "down 25"),
    ("Robberies fell to 900 last year from 2021, when the city added 30 patrol officers.\n", "up 30"),
    ("Homicides fell 20 percent from 2021, when the department added 40 detectives to its homicide unit.\n",
     "up 40"),
])
def test_a_change_in_a_when_clause_stays_a_change(text, change):
    figure = change.split()[1]
    got = changes_of(text, date(2024, 6, 3))
    assert any(phrase == change for _, phrase, _ in got)
    assert all(value != figure for value, _, _ in got)


BUDGET = ("Franklin County commissioners approved their budget on Tuesday.\n\n{}\n\n"
          "The Franklin County budget includes $94.96 million of expenditures in all funds.\n")


@pytest.mark.parametrize("said, published, period", [
    # the fiscal year has begun: the budget is of the year under way
    ("The fiscal year began July 1.", date(2022, 9, 20), "2022-07-01/2023-06-30"),
    # kept: a year still to begin, and a year whose start the article only names
    ("The fiscal year begins July 1.", date(2022, 6, 20), "2022-07-01/2023-06-30"),
    ("The fiscal year starts July 1.", date(2022, 9, 20), "2023-07-01/2024-06-30"),
    # a June story: the year that began last July is ending, the budget is of the year to come
    ("The county expects to close out the fiscal year that began July 1 with a surplus.", date(2022, 6, 3),
     "2022-07-01/2023-06-30"),
    # another body's year, begun on another day: the county's year to come
    ("The fiscal year starts July 1, but grants are slow because the federal government's fiscal year began "
     "Oct. 1 without a budget.",
     date(2022, 11, 20), "2023-07-01/2024-06-30"),
])
def test_a_budget_adopted_after_its_fiscal_year_began(said, published, period):
    assert ("$94.96 million", period) in periods_of(BUDGET.format(said), published)


def test_a_budget_of_the_year_under_way_is_noted_so():
    text = BUDGET.format("The fiscal year began July 1.")
    notes = [n for c in auditor.draft(text, published=date(2022, 9, 20), pack=PACK).drafted for n in c.notes]
    assert any("the fiscal year under way, the article says it began" in n for n in notes)
    assert not any("the fiscal year to come" in n for n in notes)
