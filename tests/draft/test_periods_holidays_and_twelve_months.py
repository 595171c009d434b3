"""Periods of a holiday weekend's figures, and of twelve months named from the end of a month, from articles never tuned on."""

from datetime import date

import pytest

from draft_helpers import drafted
from draft_helpers import pack  # noqa: F401  (a fixture)


_MEMORIAL_DAY = ("Troopers report fewer crashes over Memorial Day weekend\n\n"
                 "State police reported fewer crashes over the Memorial Day weekend than a year ago.\n\n"
                 "Figures released by state police Wednesday showed 410 DUI arrests, compared to 455 arrests in 2022.\n\n"
                 "Troopers investigated 612 crashes over the holiday.")


@pytest.mark.parametrize(("figure", "expected"), [
    pytest.param("410", "2023-05-26/2023-05-29", id="released-wednesday-is-the-weekend's"),   # was the day of release
    pytest.param("455", "2022-05-27/2022-05-30", id="a-year-compared-with-is-its-weekend"),    # was the year 2022
    pytest.param("612", "2023-05-26/2023-05-29", id="over-the-holiday"),                     # was the publication day
])
def test_a_holiday_weekend_story_counts_friday_to_monday(pack, figure, expected):
    got = drafted(_MEMORIAL_DAY, published=date(2023, 5, 31), pack=pack)
    assert got[figure].get("period") == expected, got[figure]


def test_a_holiday_named_only_in_passing_is_not_the_period(pack):
    text = ("Homicides in Memphis rose to 302 in 2022, police said.\n\n"
            "A shooting over the Labor Day weekend left two people hurt.")
    got = drafted(text, published=date(2023, 1, 5), pack=pack)
    assert got["302"].get("period") == "in 2022", got["302"]


_TWELVE_MONTHS_FROM_THE_END = (
    "The figures for the 12 months from the end of March 2014 to the end of March this year show increases in "
    "burglaries.\n\nThe number of burglaries rose from 314 to 365.")


@pytest.mark.parametrize(("figure", "expected"), [
    pytest.param("365", "2014-04-01/2015-03-31", id="the-twelve-months-reported"),       # was no period
    pytest.param("314", "2013-04-01/2014-03-31", id="moved-from-the-year-before"),       # was no period
])
def test_twelve_months_from_the_end_of_a_month_to_the_end_of_it_this_year(pack, figure, expected):
    got = drafted(_TWELVE_MONTHS_FROM_THE_END, published=date(2015, 7, 9), pack=pack)
    assert got[figure].get("period") == expected, got[figure]


def test_a_holiday_named_with_jr_is_read(pack):
    text = ("Troopers make 52 DUI arrests over Martin Luther King Jr. Day weekend\n\n"
            "State troopers made 52 DUI arrests over the Martin Luther King Jr. Day weekend, police said.")
    got = drafted(text, published=date(2024, 1, 17), pack=pack)     # was KeyError 'jr'
    assert got["52"].get("period") == "2024-01-12/2024-01-15", got["52"]


_LABOR_DAY = ("Deadly Labor Day weekend on county roads\n\n"
              "Three people died in crashes over the Labor Day weekend, the sheriff's office said Tuesday.\n\n"
              "The state recorded 1,275 traffic deaths in 2022, the most since 2005.\n\n"
              "The county has now recorded 45 traffic deaths so far this year.\n\n"
              "A crash on Saturday injured 4 people on Interstate 80.\n\n"
              "Last Labor Day weekend, 2 people died in crashes in the county.\n\n"
              "The number of under-21 liquor law citations jumped this year from 31 to 218.")


@pytest.mark.parametrize(("figure", "expected"), [
    pytest.param("1,275", "in 2022", id="a-whole-year-stays-the-year"),                 # was 2022's weekend
    pytest.param("45", "so far this year", id="a-year-to-date-stays"),                  # was the weekend
    pytest.param("4", "in Saturday", id="the-clause's-own-weekday-stays"),              # was the weekend
    pytest.param("2", "2022-09-02/2022-09-05", id="last-labor-day-is-the-year-before"),  # was 2023's weekend
    pytest.param("31", "2022-09-02/2022-09-05", id="this-year-from-the-weekend-before"),  # was no period
])
def test_a_holiday_weekend_story_keeps_the_periods_its_clauses_name(pack, figure, expected):
    got = drafted(_LABOR_DAY, published=date(2023, 9, 6), pack=pack)
    assert got[figure].get("period") == expected, got[figure]


def test_standing_levels_in_a_story_naming_the_holiday_keep_no_period(pack):
    text = ("Students return after Labor Day weekend\n\n"
            "Students in the county district return to class after the Labor Day weekend, officials said.\n\n"
            "The district enrolls 24,500 students.")
    got = drafted(text, published=date(2023, 9, 5), pack=pack)
    assert got["24,500"].get("period") is None, got["24,500"]     # was the weekend


def test_twelve_months_named_late_do_not_replace_the_period_carried_over(pack):
    text = ("Burglaries in Tulsa rose 12% in the first nine months of this year, police said Thursday.\n\n"
            "Officers took 2,410 burglary reports, compared with 2,150 in the same period last year.\n\n"
            "Robberies rose from 310 to 344, while auto thefts fell from 3,020 to 2,870.\n\n"
            "Violent crime was down 4% in the 12 months to the end of September, the department's report said.")
    got = drafted(text, published=date(2023, 10, 20), pack=pack)
    assert got["344"].get("period") == "2023-01-01/2023-09-30", got["344"]    # was the twelve months to September


def test_a_plan_in_a_twelve_months_article_is_not_of_the_twelve_months(pack):
    text = ("The figures for the 12 months from the end of March 2014 to the end of March this year show increases in "
            "burglaries.\n\nGardai hope to cut burglaries from 365 to 250.")
    got = drafted(text, published=date(2015, 7, 9), pack=pack)
    assert got["250"].get("period") is None, got["250"]      # was the twelve months to March 2015
