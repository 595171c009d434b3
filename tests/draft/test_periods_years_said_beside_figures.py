"""Round 51 (dr51c): periods read from how a year stands beside a figure or a part of a year. "The same quarter of
2016" is the quarter named before, in 2016; a quarter or a half named without its year after a year the clause
names is of that year ("In 2019, 87 people died in the third quarter"; "That compares to 2016, when 87 deaths were
reported in the third quarter"); a year in parentheses right after a figure is its ("went from 5 (2015) to 3
(2016)"), as is a year's possessive right before it ("from 2007's 282 to 2008's 234"); a time that opens a part
after "while" or "but" is the period of the figure in that part ("In 2015, they saw 15,802 calls while in 2016,
they received 13,822"); a count so far this year set against last year's count "as of" a day runs to that day
this year ("So far in 2019, 914 people died ... As of Oct. 21, 2018, 893 had died"); a school district's budget
on an undated page is of the latest school year the article names."""

from datetime import date

import auditor
import pytest
from auditor.draft import periods
from auditor.models import DateRange

from draft_helpers import drafted_days as _days, pack, published_on as _on  # noqa: F401  (pack: a fixture)


_SAME_QUARTER = ("Fatal crashes down in Lake County\n\nThere were six fatal crashes in Lake County during the second "
                 "quarter of 2018, the sheriff's office said.\n\nThere were 11 fatal crashes for the same quarter of "
                 "2017.\n")
_PART_AFTER_YEAR = ("Overdose deaths in Erie County\n\nThe county health department released its quarterly report on "
                    "Monday.\n\nIn 2019, 87 people died of overdoses in the third quarter, the report said.\n")
_PART_AFTER_WHEN = ("Overdose deaths rise\n\nAnother 140 people died of overdoses in the second half of this year, "
                    "according to a state report.\n\nThat compares to 2019, when 96 overdose deaths were reported in the "
                    "second half.\n")
_YEARS_IN_PARENTHESES = ("Rural crime falls\n\nThe detachment gave its year-end report to the council.\n\nRobbery went "
                         "from 9 (2018) to 4 (2019)\n\nShoplifting went from 3 (2018) to 0 incidents (2019)\n")
_POSSESSIVE_YEARS = ("Homicides fall in Oakdale\n\nOakdale saw homicides drop 15 percent, from 2011's 120 to 2012's "
                     "102, police said.\n")
_WHILE_IN = ("Calls to police fall\n\nThe city saw fewer calls for service last year. In 2017, officers answered "
             "18,400 calls while in 2018, they answered 16,950 calls for service.\n")
_AS_OF_LAST_YEAR = ("Traffic deaths rise\n\nTraffic deaths across the state are up. So far in 2021, 812 people have "
                    "died in crashes, according to the state patrol. As of Sept. 14, 2020, 760 people had died in "
                    "crashes.\n")
_SCHOOL_BUDGET = ("Fayette school board approves proposed budget\n\nThe Fayette County School System board approved a "
                  "proposed budget that would raise school taxes.\n\nThe district's tentative budget of $24,300,500 "
                  "includes a millage increase of 1.9 mills.\n\nThe hike would follow a 1-mill increase in the 2016-17 "
                  "school year.\n\nThe board also named a new business manager for the 2017-18 school year.\n")


def test_the_same_quarter_of_a_year_is_the_quarter_named_before(pack):
    published = _on(date(2018, 7, 20))
    d = auditor.draft(_SAME_QUARTER, published=published, pack=pack)
    records = {_SAME_QUARTER[x.anchor[0]:x.anchor[1]]: x.record for x in d.drafted}
    before = periods.resolves(records["six"]["period"], published, None)
    # (the claim file reads "same period in 2017" against the claim before's period)
    days = periods.resolves(records["11"]["period"], published, before)
    assert (days.start, days.end) == (date(2017, 4, 1), date(2017, 6, 30))


def test_a_half_named_after_a_year_and_when_is_of_that_year(pack):
    assert _days(pack, _PART_AFTER_WHEN, "96", _on(date(2020, 12, 28))) == (date(2019, 7, 1), date(2019, 12, 31))


@pytest.mark.parametrize("figure, year", [("9", 2018), ("4", 2019), ("3", 2018), ("0", 2019)])
def test_a_year_in_parentheses_after_a_figure_is_its(pack, figure, year):
    assert _days(pack, _YEARS_IN_PARENTHESES, figure, _on(date(2020, 3, 20))) == (date(year, 1, 1), date(year, 12, 31))


@pytest.mark.parametrize("figure, year", [("120", 2011), ("102", 2012)])
def test_a_years_possessive_before_a_figure_is_its(pack, figure, year):
    assert _days(pack, _POSSESSIVE_YEARS, figure, _on(date(2013, 1, 2))) == (date(year, 1, 1), date(year, 12, 31))


@pytest.mark.parametrize("figure, year", [("18,400", 2017), ("16,950", 2018)])
def test_a_time_opening_a_part_after_while_is_its_figures(pack, figure, year):
    assert _days(pack, _WHILE_IN, figure, _on(date(2019, 3, 20))) == (date(year, 1, 1), date(year, 12, 31))


def test_a_count_so_far_runs_to_the_day_last_years_is_given_as_of(pack):
    assert _days(pack, _AS_OF_LAST_YEAR, "812", _on(date(2021, 9, 19))) == (date(2021, 1, 1), date(2021, 9, 14))


def test_a_school_budget_on_an_undated_page_is_of_the_latest_school_year_named(pack):
    published = DateRange(earliest=date(2017, 4, 1), latest=date(2017, 6, 15))
    assert _days(pack, _SCHOOL_BUDGET, "$24,300,500", published) == (date(2017, 7, 1), date(2018, 6, 30))


def test_a_part_named_after_a_contrasted_year_is_of_that_year(pack):
    text = ("Overdose deaths\n\nIn 2015, the county had 45 overdose deaths, but in 2016 it had 50 overdose deaths in the "
            "first half.\n")
    assert _days(pack, text, "50", _on(date(2016, 8, 1))) == (date(2016, 1, 1), date(2016, 6, 30))


# the sentences that keep their periods (or were read so already)


def test_a_quarter_named_after_the_clause_year_is_of_that_year(pack):
    assert _days(pack, _PART_AFTER_YEAR, "87", _on(date(2020, 11, 16))) == (date(2019, 7, 1), date(2019, 9, 30))


def test_the_previous_quarter_is_not_moved_to_the_clause_year(pack):
    text = ("Carfentanil deaths rise\n\nCarfentanil deaths spiked in the region last year, with 52 deaths in the fourth "
            "quarter of 2017 and 25 in the previous quarter.\n")
    assert _days(pack, text, "25", _on(date(2018, 5, 29))) != (date(2017, 1, 1), date(2017, 3, 31))


def test_a_so_far_count_with_no_day_given_runs_to_publication(pack):
    text = ("Traffic deaths rise\n\nTraffic deaths across the state are up. So far in 2021, 812 people have died in "
            "crashes, according to the state patrol. Last year, 1,020 people died.\n")
    assert _days(pack, text, "812", _on(date(2021, 9, 19))) == (date(2021, 1, 1), date(2021, 9, 19))


def test_a_year_in_parentheses_not_right_after_the_figure_is_not_taken(pack):
    text = "Homicides rise\n\nThe city had 45 homicides in 2016 (a record), police said.\n"
    assert _days(pack, text, "45", _on(date(2017, 1, 5))) == (date(2016, 1, 1), date(2016, 12, 31))


_FIRST_QUARTER = ("Report: First-quarter overdose deaths fall in Marion County\n\nAs overdose deaths in the state keep "
                  "rising, Marion County saw a decrease in the first quarter of 2019 compared with the same time last year, "
                  "according to statistics released Wednesday.\n\nThe state reports 402 overdose deaths from January to "
                  "March, up each year since 2015's first-quarter total of 211.\n\nIn Marion County, the total "
                  "first-quarter overdose deaths dropped from 22 in 2018 to 15 in 2019, the report shows.\n\nIn the "
                  "first half of 2018, 41 people died of overdoses in the county.\n")


@pytest.mark.parametrize("figure, days", [("15", (date(2019, 1, 1), date(2019, 3, 31))),
                                          ("211", (date(2015, 1, 1), date(2015, 3, 31)))])
def test_a_first_quarter_report_reads_its_clauses_first_quarter_figures(pack, figure, days):
    assert _days(pack, _FIRST_QUARTER, figure, _on(date(2019, 6, 28))) == days


def test_a_first_quarter_report_keeps_a_half_the_clause_names(pack):
    assert _days(pack, _FIRST_QUARTER, "41", _on(date(2019, 6, 28))) == (date(2018, 1, 1), date(2018, 6, 30))


_TWEETED_TUESDAY = ("Police say 212 killed on roads this year\n\nThe state police took to Twitter on Tuesday to warn drivers "
                    "about a rise in crash deaths.\n\nTroopers reported that 212 people have been killed on the state's "
                    "roads so far this year.\n")
_CRASH_SATURDAY = ("Police say 212 killed on roads this year\n\nA crash on Saturday killed two people on Route 9.\n\n"
                   "Troopers reported that 212 people have been killed on the state's roads so far this year.\n")


def test_a_count_so_far_runs_to_the_day_the_top_says_it_was_given(pack):
    # (published on Wednesday, 24 August 2022: "on Tuesday" is the 23rd)
    assert _days(pack, _TWEETED_TUESDAY, "212", _on(date(2022, 8, 24))) == (date(2022, 1, 1), date(2022, 8, 23))


def test_a_weekday_of_an_event_is_not_the_day_a_count_was_given(pack):
    assert _days(pack, _CRASH_SATURDAY, "212", _on(date(2022, 8, 24))) == (date(2022, 1, 1), date(2022, 8, 24))


def test_a_change_now_beside_a_bare_length_of_time_is_the_year_so_far(pack):
    text = ("Traffic deaths up\n\nThe patrol says traffic deaths are up 20 percent from last year, the first increase "
            "after six years of decline.\n")
    assert _days(pack, text, "20 percent", _on(date(2012, 6, 27))) == (date(2012, 1, 1), date(2012, 6, 27))


def test_a_change_over_a_length_of_time_in_the_past_keeps_no_period(pack):
    assert _days(pack, "Homicides up\n\nHomicides rose 20 percent over six years, police said.\n", "20 percent",
                 _on(date(2012, 6, 27))) is None


_LEDE_MONTH = ("Fire deaths in Ohio\n\nCOLUMBUS, Ohio (WXYZ) – March of this year was the state's second deadliest month "
               "for fires since 2012.\n\nEighteen people died across the state in 14 fires.\n")


def test_the_first_figure_after_a_lede_naming_one_month_is_of_that_month(pack):
    assert _days(pack, _LEDE_MONTH, "Eighteen", _on(date(2019, 4, 3))) == (date(2019, 3, 1), date(2019, 3, 31))


def test_a_later_figure_after_a_paragraph_naming_a_month_keeps_its_reading(pack):
    text = ("Fire deaths in Ohio\n\nThe state recorded 120 fire deaths in 2018, the fire marshal said.\n\nMarch of this "
            "year was the state's second deadliest month for fires.\n\nEighteen people died across the state in 14 "
            "fires.\n")
    assert _days(pack, text, "Eighteen", _on(date(2019, 4, 3))) != (date(2019, 3, 1), date(2019, 3, 31))


_MONTHS_BEFORE_YEAR = ("Jail's daily population falls\n\nThe county manager gave commissioners his monthly update "
                       "Wednesday. His report said the average daily population from January through October was 1,410 in "
                       "2014.\n")


def test_the_months_before_a_figure_are_of_the_year_after_it(pack):
    published = DateRange(earliest=date(2015, 11, 1), latest=date(2015, 11, 30))
    assert _days(pack, _MONTHS_BEFORE_YEAR, "1,410", published) == (date(2014, 1, 1), date(2014, 10, 31))


def test_a_day_a_count_runs_to_is_no_part_of_the_year_after_the_figure(pack):
    text = ("Overdose deaths\n\nStatistics show 24 of the 149 people who overdosed as of mid-June have died, just three "
            "short of the 27 people who died in 2015.\n")
    assert _days(pack, text, "27", _on(date(2016, 6, 30))) == (date(2015, 1, 1), date(2015, 12, 31))
