"""Financial-year periods of figures from articles never tuned on."""

from datetime import date

import pytest

from auditor.models import DateRange

from draft_helpers import _AFTER_2013_14, _POLICE, drafted
from draft_helpers import pack  # noqa: F401  (a fixture)


# (text, day of publication, the figure's words, the period drafted)
_CASES = [
    pytest.param(_POLICE, _AFTER_2013_14, "3.2 per cent", "2013-07-01/2014-06-30", id="past-year-is-the-financial-year"),
    pytest.param(_POLICE, _AFTER_2013_14, "2,091", "2013-07-01/2014-06-30", id="this-year-is-the-financial-year"),
    pytest.param(_POLICE, _AFTER_2013_14, "1,990", "2012-07-01/2013-06-30", id="last-year-is-the-one-before"),
    pytest.param(_POLICE, _AFTER_2013_14, "20,206", "2013-07-01/2014-06-30", id="the-12-month-period"),
    pytest.param(  # "than in the previous financial year" is the base, not the figure's year
        _POLICE, _AFTER_2013_14, "almost 12,000", "2013-07-01/2014-06-30", id="than-in-the-previous-financial-year"),
    pytest.param(  # a UK council's split year is its financial year, April to March
        "Durham County Council's cabinet is recommended to agree a 2.99% increase in Council Tax for 2018/19.",
        date(2018, 1, 31), "2.99%", "2018-04-01/2019-03-31", id="uk-council-split-year"),
    pytest.param(  # ... unless the article names the twelve months it counts from another month
        "Overseas visits to Scotland increased from July 2013 to June 2014, according to official figures.\n\n"
        "Visitors from the US and Canada rose by 125,000, to a total of 510,000 in 2013/14.",
        date(2014, 10, 9), "a total of 510,000", "2013-07-01/2014-06-30", id="split-year-of-the-twelve-months-named"),
    pytest.param(  # a split year written "2015-16" alone (no time the time reader reads) is the UK's financial year
        "Recorded burglaries in Scotland fell by 6% from 21,400 in 2014-15 to 20,100 in 2015-16.",
        date(2016, 9, 27), "20,100", "2015-04-01/2016-03-31", id="uk-split-year-with-two-digits"),
    pytest.param(  # ... and the level moved from, its own year before
        "Recorded burglaries in Scotland fell by 6% from 21,400 in 2014-15 to 20,100 in 2015-16.",
        date(2016, 9, 27), "21,400", "2014-04-01/2015-03-31", id="uk-split-year-moved-from"),
    pytest.param(  # "2008-09" is a split year, not September 2008; the record's window is not the figure's period
        "Sexual crimes in Scotland rose to 10,273 in 2015-16, continuing the upward trend seen since 2008-09.",
        date(2016, 9, 27), "10,273", "2015-04-01/2016-03-31", id="a-later-split-year-is-no-month"),
    pytest.param(  # a split year the year before the twelve months named is counted from their month
        "Recorded crime in Scotland went up 9 per cent, with 51,000 offences from October 2015 to September 2016.\n\n"
        "Shoplifting went up from 3,100 in 2014/2015 to 3,420.",
        date(2017, 1, 20), "3,100", "2014-10-01/2015-09-30", id="split-year-before-the-twelve-months-named"),
    pytest.param(  # two years either side of a spaced dash are two clauses' years, not a split year
        "Rather than a slight decline from 2021 – 2022 actually saw a record number of fentanyl deaths in Kern "
        "County, 252.", date(2023, 4, 3), "252", "2022", id="a-spaced-dash-between-years-is-no-split-year"),
    pytest.param(  # a season is no financial year
        "Attendance at Durham County Council's leisure centres rose 4% in the 2018/19 season.",
        date(2019, 7, 1), "4%", "2018-07-01/2019-06-30", id="a-season-keeps-july"),
]


# an article on a twelve-month statistics year ending in June
_YEAR_TO_JUNE = ("Police released the recorded crime statistics for the year ending June 30.\n\n"
                 "There were 1,128 recorded offences in the shire, down from the 1,303 recorded in 2017.\n\n"
                 "The station reopened on May 3, 2017.")
_TWELVE_MONTH_CASES = [
    pytest.param(  # "the same period ending June 2014" is the base: the figure's twelve months end a year later
        "Crime in North Yorkshire rose 1.6% in comparison to the same period ending June 2014.",
        date(2015, 10, 15), "1.6%", "2014-07-01/2015-06-30", id="the-same-period-ending-is-the-year-before"),
    pytest.param(  # "in 2017" of a figure is the twelve months to June 2017 (a day's year does not stop it)
        _YEAR_TO_JUNE, date(2018, 9, 26), "1,303", "2016-07-01/2017-06-30", id="a-figure-s-year-is-the-twelve-months"),
    pytest.param(  # twelve months named by their ends: "last year" written after them is theirs
        "Police dealt with an extra 85 offences per week last year.\n\n"
        "There were 51,638 offences from October 2015 to September 2016.",
        date(2017, 1, 19), "85 offences per week", "2015-10-01/2016-09-30", id="last-year-of-a-span-of-twelve-months"),
    pytest.param(  # ... also when they ended this calendar year
        "More than 3,000 crimes were committed last year in Craven.\n\n"
        "Between April 1 2001 and March 31 2002, a total of 3,147 crimes were recorded.",
        date(2002, 6, 1), "More than 3,000", "2001-04-01/2002-03-31", id="last-year-of-twelve-months-ended-this-year"),
    pytest.param(  # ... while a year of an article on calendar years stays the calendar year
        "There were 1,128 recorded offences in the shire, down from the 1,303 recorded in 2017.",
        date(2018, 9, 26), "1,303", "in 2017", id="a-figure-s-year-without-twelve-months"),
    pytest.param(  # an undated page: the twelve months to a month of a year named are still those
        "Burglary offences in Ireland rose by 8.4 per cent in the twelve months to June 2015.",
        DateRange(earliest=date(2015, 7, 1), latest=date(2016, 3, 31)), "8.4 per cent", "2014-07-01/2015-06-30", id="undated-twelve-months-to-a-month-named"),
    pytest.param(  # ... not when the page may be from before that month's end (a forecast or a target)
        "Burglary offences in Ireland rose by 8.4 per cent in the twelve months to June 2015.",
        DateRange(earliest=date(2015, 5, 1), latest=date(2015, 12, 31)), "8.4 per cent", None, id="undated-twelve-months-maybe-not-over"),
    pytest.param(  # ... and "the year to June" with no year, when every day the page may be from reads one June
        "Burglary offences in Ireland rose by 8.4 per cent in the year to June.",
        _AFTER_2013_14, "8.4 per cent", "2013-07-01/2014-06-30", id="undated-year-to-june-one-reading"),
]


@pytest.mark.parametrize(("text", "published", "figure", "expected"), _CASES + _TWELVE_MONTH_CASES)
def test_financial_year_periods(pack, text, published, figure, expected):
    got = drafted(text, published=published, pack=pack)
    assert got[figure].get("period") == expected, got[figure]



def test_a_split_year_named_as_often_as_a_calendar_year_keeps_that_year_from_the_article(pack):
    # "for 2016-17" twice, "in 2008" twice (as the cap's year): the budget without a time of its own is not 2008's
    text = ("FARMINGTON — Franklin County commissioners voted 2-1 Wednesday to approve a proposed $2.3 million "
            "spending plan for the county jail for 2016-17.\n\n"
            "It was the first time commissioners have reviewed a jail budget since 2008.\n\n"
            "The sheriff said his office agonized over reducing the jail budget to $2.3 million.\n\n"
            "The county can only tax based on the cap put in place by the state in 2008, he said. The cap was $2.1 million.\n\n"
            "The state capped the amount counties can raise at the 2008 level.\n\n"
            "The cap is $2.2 million for 2016-17.")
    got = drafted(text, published=date(2016, 4, 20), pack=pack)
    assert "2008" not in (got["$2.3 million"].get("period") or ""), got["$2.3 million"]
