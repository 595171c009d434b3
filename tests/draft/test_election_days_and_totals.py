"""Election days and years' totals of articles never tuned on: a vote's day, a count named by its
month, twelve months to June, a kind named elsewhere, 'such' after a list, a report released by officials."""

from __future__ import annotations

from datetime import date

import pytest

import auditor
from auditor.pack import load_pack

from draft_helpers import PACK


def drafted(text: str, published: date = date(2018, 4, 10)) -> list[dict]:
    return [c.record for c in auditor.draft(text, published=published, pack=PACK).drafted]


def metrics(text: str, published: date = date(2018, 4, 10)) -> list[str | None]:
    return [r.get("metric") for r in drafted(text, published)]


def periods_of(text: str, published: date) -> list[tuple]:
    return [(r.get("metric"), r.get("value"), r.get("period")) for r in drafted(text, published)]


@pytest.mark.parametrize("text, count", [
    ("Ohio recorded 1.2 traffic deaths per 100 million vehicle miles traveled in 2017, the state said.\n\n"
     "The state had 1,179 traffic deaths in 2017.\n", "traffic_deaths"),
    ("Dayton's crime rate fell to 45 crimes per 1,000 residents in 2017.\n\n"
     "Police recorded 6,400 crimes in 2017.\n", "reported_crimes"),
])
def test_a_count_after_a_rate_named_in_full_stays_a_count(text, count):
    """#1: a count's name is no rate's without its scale."""
    assert metrics(text)[-1] == count


@pytest.mark.parametrize("text, total", [
    ("Violent crime falls in Dayton\n\nViolent crime in Dayton fell 10 percent last year, police said Monday.\n\n"
     "In all, Dayton police recorded 14,200 crimes in 2017.\n", "reported_crimes"),
    ("Opioid deaths climb in Franklin County\n\nOpioid deaths in Franklin County rose again last year.\n\n"
     "The county recorded 520 overdose deaths in 2017.\n", "overdose_deaths"),
    ("The coroner released the report on Monday.\n\n"
     "The county recorded 520 overdose deaths in 2017, including 410 involving opioids.\n", "overdose_deaths"),
])
def test_a_kind_named_elsewhere_narrows_no_total(text, total):
    """#2: a metric the headline or lede names, or another comma part's word, narrows no later total."""
    assert total in metrics(text)


def test_a_may_primary_leaves_november_election_days():
    """#4: a vote of another month vetoes November's day only for its own whole year."""
    text = ("Runoff turnout low in Franklin County\n\n"
            "Turnout in Franklin County was 14 percent in the May 15 primary election, the county elections office said.\n\n"
            "In November's general election, turnout in Franklin County was 61 percent. In 2016, turnout in Franklin "
            "County was 68 percent.\n")
    got = periods_of(text, date(2018, 5, 20))
    assert [p for _, _, p in got] == ["May 15", "2017-11-07", "2016-11-08"]


@pytest.mark.parametrize("text, published, period", [
    # a results story on the evening of the vote: that day, not a week before
    ("Levy passes in Franklin County\n\nVoters in Franklin County approved the library levy in Tuesday's special "
     "election. Turnout in Franklin County was 18 percent.\n", date(2018, 5, 8), "2018-05-08"),
    ("Levy passes in Franklin County\n\nVoters in Franklin County approved the library levy in Tuesday's special "
     "election. Turnout in Franklin County was 18 percent.\n", date(2018, 5, 10), "2018-05-08"),
    # a preview: the vote is still to come, its forecast no claim of last week's vote
    ("Erie County voters head to the polls\n\nVoters in Erie County go to the polls in Tuesday's primary election. "
     "Turnout in Erie County was 20 percent.\n", date(2018, 5, 14), None),
])
def test_a_weekday_vote_on_or_before_publication(text, published, period):
    """#5"""
    assert [p for m, _, p in periods_of(text, published) if m == "voter_turnout"] == [period]


def test_a_years_total_over_several_votes_is_no_vote_day():
    """#6: "this year ... the county's three elections" is not the one primary's day."""
    text = ("Clerk tallies a busy year\n\nCounty voters cast ballots in the Aug. 7 primary election. This year, "
            "212,000 ballots have been cast in the county's three elections, the clerk said.\n")
    assert "2018-08-07" not in [p for _, _, p in periods_of(text, date(2018, 8, 20))]
    # a count of votes is no several elections
    text = ("Voters in Franklin County, Ohio, cast ballots in the Aug. 21 primary election.\n\n"
            "Turnout in Franklin County was 59 percent, with 4,017 votes counted.\n")
    assert [p for m, _, p in periods_of(text, date(2012, 8, 29)) if m == "voter_turnout"] == ["2012-08-21"]


def test_a_count_named_by_its_month_gives_only_that_count_its_month():
    """#3: "The October enrollment" puts no other metric's years in October."""
    text = ("The district's October enrollment was 11,300, the district said.\n\n"
            "The district hired 85 full-time equivalent qualified teachers in 2016.\n")
    got = periods_of(text, date(2018, 11, 20))
    assert [p for m, _, p in got if m == "qualified_teachers_fte"] == ["in 2016"]


def test_twelve_months_to_june_take_no_calendar_last_year_of_other_figures():
    """#7: the state's fiscal "12 months to June" is not the homicides' "last year"."""
    text = ("State revenue up\n\nThe state collected $2.1 billion in the 12 months to June 2017, its fiscal year.\n\n"
            "Last year, the state's homicides rose to 402, according to the Bureau of Investigation.\n")
    assert [p for m, _, p in periods_of(text, date(2018, 4, 10)) if m == "homicides"] == ["last year"]


@pytest.mark.parametrize("text, expected", [
    # "such crimes" after a list of several: all of them, not the last named
    ("Police recorded 41 burglaries, 30 robberies and 12 arson fires downtown in 2018. In 2017 there were 34 such "
     "crimes.\n", "reported_crimes"),
    # two names of one thing, no counts of several: still the thing named last
    ("The year with the most serious assaults, also known as aggravated assaults, was 2004, when ten such crimes "
     "were reported.\n", "aggravated_assaults"),
    # a noun of another thing after "such" does not point back to the paragraph before
    ("Officers logged 205 vehicle thefts last year.\n\nThe city has 120 such officers on patrol, the chief said.\n",
     None),
])
def test_such_after_a_list_or_before_another_noun(text, expected):
    """#9"""
    assert metrics(text, date(2019, 2, 10))[-1] == expected


def test_a_report_released_last_week_by_state_officials_is_theirs():
    """#12: "released last week by state fire officials" is read like "... by the state fire department"."""
    text = ("Fires in Ohio rose in 2019, according to the annual report released last week by state fire officials. "
            "The report said firefighters answered 6,289 calls for service last year.\n")
    speakers = [c.record.get("speaker") for c in auditor.draft(text, published=date(2020, 3, 2), pack=PACK).drafted]
    assert speakers[-1] == "state fire officials"
