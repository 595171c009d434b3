"""Round 49 (dr49c): a US school district's budget is of its state's school fiscal year (July 1 in most
states) when the pack declares none; a period told from the day of publication ("this year", "so far this
year") keeps its own year; a level in the present is of the one day the article gives its figures "as of";
an election figure is of the vote the article reports, a weekly's "Tuesday" a week late included."""

from datetime import date

import pytest

from auditor.draft import states

from draft_helpers import drafted_span
from draft_helpers import pack  # noqa: F401  (a fixture)


@pytest.mark.parametrize("text, figure, published, span", [
    # a school year's budget named by its split year: July to June, not the calendar year 2017 alone
    ("The USD 383 board of education approved its 2017-18 budget on Monday, which includes a total levy of "
     "56.270 mills.", "56.270", date(2017, 8, 24), (date(2017, 7, 1), date(2018, 6, 30))),
    # a budget to come, its year not named: the school fiscal year that starts next July
    ("The Centerville School Board adopted a $24.5 million general fund budget on Wednesday.", "$24.5 million",
     date(2019, 4, 10), (date(2019, 7, 1), date(2020, 6, 30))),
    # "last year" of a district's levy is the school fiscal year before, not calendar 2016
    ("The Fairfield Community School District approved its 2017-18 budget on Monday. The budget uses 13.5 mills, a "
     "decrease from the 14.1 mills budgeted for last year.", "14.1", date(2017, 8, 24), (date(2016, 7, 1), date(2017, 6, 30))),
], ids=["split-year-named", "budget-to-come", "last-years-levy"])
def test_a_us_school_districts_budget_runs_from_july(pack, text, figure, published, span):
    assert drafted_span(pack, text, figure, published) == span


def test_the_school_rule_is_the_states_and_the_packs_comes_first(pack):
    assert states.school_fiscal_start(pack, "usd-383-ks") == "07-01"
    assert states.school_fiscal_start(pack, "toppenish-school-district-wa") == "09-01"
    assert states.school_fiscal_start(pack, "edmonton-public-schools-ab") is None    # not a US state's
    assert states.school_fiscal_start(pack, "kansas") is None                        # not a school district
    assert states.school_fiscal_start(pack, "wichita-ks") is None


def test_a_city_budget_in_the_same_state_keeps_the_calendar_year(pack):
    assert drafted_span(pack, "The Wichita City Council approved a $600 million budget on Tuesday.", "$600 million",
                 date(2019, 8, 13)) == (date(2020, 1, 1), date(2020, 12, 31))


@pytest.mark.parametrize("text, figure, published, span", [
    ("In 2016, 2,256 people in the county voted absentee, while this year the number of absentee voters went up "
     "to 3,378.", "up to 3,378", date(2020, 11, 12), (date(2020, 1, 1), date(2020, 11, 12))),
    ("In 2022, the county recorded 40 overdose deaths; so far this year, 18 people have died of overdoses "
     "in the county.", "18", date(2023, 6, 1), (date(2023, 1, 1), date(2023, 6, 1))),
    ("Last year, 30 people were killed in the city, while this year 25 people have been killed.", "25",
     date(2021, 10, 1), (date(2021, 1, 1), date(2021, 10, 1))),
], ids=["this-year-after-in-2016", "so-far-after-in-2022", "this-year-after-last-year"])
def test_this_year_after_a_sentence_opening_with_another_year_is_this_years(pack, text, figure, published, span):
    assert drafted_span(pack, text, figure, published) == span


def test_a_month_in_the_year_the_sentence_opens_with_still_takes_it(pack):
    # (the guard: a month with no year after "Last year," is last year's month, as before)
    assert drafted_span(pack, "Last year, the city had 118 homicides through Nov. 16, police said.", "118", date(2023, 6, 1)) \
        == (date(2022, 1, 1), date(2022, 11, 16))


@pytest.mark.parametrize("text, figure, published, span", [
    # the schools' counts after the district's total "as of Sept. 9": that day's, not the publication day's
    ("The Fairfield Community School District's total enrollment as of Sept. 9 is 1,830 students.\n\n"
     "The high school has 520 students, and the middle school has 410 students.", "520", date(2016, 9, 28),
     (date(2016, 9, 9), date(2016, 9, 9))),
], ids=["enrolment-as-of-a-day"])
def test_a_level_in_the_present_is_of_the_day_the_article_gives_its_figures_as_of(pack, text, figure, published, span):
    assert drafted_span(pack, text, figure, published) == span


@pytest.mark.parametrize("text, figure, published, span", [
    # two "as of" days: no one data day, the publication day as before
    ("The district's enrollment as of Sept. 9 was 1,830 students; as of Sept. 16 it was 1,845.\n\n"
     "The high school has 520 students.", "520", date(2016, 9, 28), (date(2016, 9, 28), date(2016, 9, 28))),
    # an "as of" day months before publication is no data day of this story's figures
    ("As of Jan. 5, the Fairfield Community School District had 1,790 students.\n\n"
     "The high school has 520 students.", "520", date(2016, 9, 28), (date(2016, 9, 28), date(2016, 9, 28))),
], ids=["two-days", "long-before"])
def test_a_level_in_the_present_keeps_the_publication_day_without_one_recent_as_of_day(pack, text, figure, published,
                                                                                        span):
    assert drafted_span(pack, text, figure, published) == span


_WRIGHT = "Wright County"


@pytest.mark.parametrize("text, figure, published, day", [
    # a weekly a week and more after the vote: "Tuesday's general election" is November's, fixed by law
    (f"As the count ended after Tuesday's general election, {_WRIGHT} Auditor Jane Doe said turnout stood at about "
     f"74.1%, with 6,100 of the county's 8,230 registered voters casting ballots.", "6,100", date(2020, 11, 12),
     date(2020, 11, 3)),
    # the vote named by its year, in the year of publication
    (f"Voter turnout in {_WRIGHT} in the 2018 election was the highest in a decade.\n\nFigures from the county "
     "auditor's office show 6,400 ballots were cast.", "6,400", date(2018, 11, 8), date(2018, 11, 6)),
    # "On Tuesday", read as the last Tuesday before a Wednesday's paper, is the vote's Tuesday
    (f"{_WRIGHT} had 6,412 ballots counted on general election day, the county auditor said.\n\nOn Tuesday, 3,134 "
     f"ballots were cast in person throughout {_WRIGHT}.", "3,134", date(2020, 11, 11), date(2020, 11, 3)),
    # "this election" beside a year the article names more often (the one compared with): the vote's day
    (f"Turnout tops 74% in {_WRIGHT}, surpassing 2016 numbers\n\nAfter Tuesday's general election, {_WRIGHT} "
     "Auditor Jane Doe was pleased. Turnout for this election stood at about 74.1%, she said. This is up from the "
     "2016 election with 69.2% turnout.\n\nIn 2016, 2,100 people in the county voted absentee.", "at about 74.1%",
     date(2020, 11, 12), date(2020, 11, 3)),
], ids=["tuesdays-general-election", "the-2018-election", "on-tuesday-in-a-weekly", "this-election"])
def test_an_election_figure_is_of_the_vote_the_article_reports(pack, text, figure, published, day):
    assert drafted_span(pack, text, figure, published) == (day, day)


@pytest.mark.parametrize("text, figure, published, day", [
    # a primary's Tuesday is not November's
    (f"{_WRIGHT} voters turned out Tuesday for the primary; 2,100 ballots were cast, the auditor said.", "2,100",
     date(2020, 6, 4), date(2020, 6, 2)),
    # the year's figure the sentence names keeps it
    (f"After Tuesday's general election, {_WRIGHT} Auditor Jane Doe was pleased.\n\nIn 2016, turnout in "
     f"{_WRIGHT} was 70.2%.", "70.2%", date(2020, 11, 12), date(2016, 11, 8)),
], ids=["primary", "a-year-named"])
def test_an_election_figure_keeps_another_votes_day(pack, text, figure, published, day):
    assert drafted_span(pack, text, figure, published) == (day, day)


def test_a_budget_adopted_at_a_meeting_days_before_is_of_the_year_to_come(pack):
    # the weekday is the meeting's, not the budget's: the school fiscal year to come
    assert drafted_span(pack, "The Centerville School Board adopted a $24.5 million general fund budget at its meeting Monday "
                 "night.", "$24.5 million", date(2019, 4, 10)) == (date(2019, 7, 1), date(2020, 6, 30))


def test_a_sum_of_its_own_day_keeps_it(pack):
    # no budget adopted in the sentence: the day is the figure's own
    assert drafted_span(pack, "Wichita collected $4.2 million in sales tax on Dec. 2, the finance director said.", "$4.2 million",
                 date(2019, 12, 10)) == (date(2019, 12, 2), date(2019, 12, 2))


@pytest.mark.parametrize("text, figure, published, span", [
    # a fire's damage, in a report presented to the council: the fire's day, no budget's year
    ("The fire Monday caused about $200,000 in damage to the Wichita home, the fire marshal said in a report "
     "presented to the city council.", "about $200,000", date(2019, 8, 15), (date(2019, 8, 12), date(2019, 8, 12))),
    # a contract approved at a meeting is no budget: the meeting's day, as before
    ("The Wichita City Council on Tuesday approved a $1.2 million contract with a paving company.", "$1.2 million",
     date(2019, 8, 15), (date(2019, 8, 13), date(2019, 8, 13))),
], ids=["fire-damage", "contract"])
def test_a_dollar_figure_of_a_meeting_day_that_names_no_budget_keeps_its_day(pack, text, figure, published, span):
    assert drafted_span(pack, text, figure, published) == span


def test_a_level_said_of_today_keeps_the_publication_day_beside_an_as_of_day(pack):
    assert drafted_span(pack, "The Toppenish School District's enrollment as of Oct. 1 was 3,900 students.\n\nToday, the "
                 "district has 3,950 students, the superintendent said.", "3,950", date(2019, 10, 20)) \
        == (date(2019, 10, 20), date(2019, 10, 20))


_RELIEF = "The district received $4.1 million in federal relief funds in 2020, the superintendent said."


@pytest.mark.parametrize("text, span", [
    # (the state's rule turns a named calendar year into a fiscal year only where the article speaks of one,
    # as for a city's by its state's rule)
    (f"Toppenish School District officials spoke Monday. {_RELIEF}", (date(2020, 1, 1), date(2020, 12, 31))),
    # the guard: an article that names a school year by its split year counts in fiscal years (Sept. 1 in Washington)
    (f"The Toppenish School District's 2020-21 budget is still being written.\n\n{_RELIEF}",
     (date(2019, 9, 1), date(2020, 8, 31))),
], ids=["no-fiscal-year-said", "a-split-year-named"])
def test_a_school_districts_calendar_year_is_its_fiscal_years_only_where_the_article_counts_in_them(pack, text, span):
    assert drafted_span(pack, text, "$4.1 million", date(2021, 2, 10)) == span
