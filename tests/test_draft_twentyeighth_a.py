"""Twenty-eighth drafting round (draft-27a): periods on articles never tuned on (sentences written for
these tests, read with the articles' pack)."""

from datetime import date

import pytest

from auditor.models import DateRange
from draft_helpers import drafted, pack  # noqa: F401  (the fixture)

_FIRES = ("Fire services in Oxfordshire and Warwickshire saw an increase in the number of arson attacks on homes last year, "
          "figures from the Home Office show.\n\n"
          "In the 12 months to September 2017, the most recent data available, Oxfordshire Fire and Rescue Service attended "
          "29 deliberately started house fires.\n\n"
          "Warwickshire Fire and Rescue Service attended 18 arson attacks.\n\n"
          "In Oxfordshire, 20 people lost their lives in fires over the last five years.")
_SCHOOLS = ("The October enrollment reported for 2015 was 4,042 students. This year's October enrollment jumped to "
            "4,112 students.\n\n"
            "Kindergarten: 2015 - 303, 2016 - 287")
_TURNOUT = ("Preliminary data suggests that the turnout for the Aug. 21 primary election lagged far behind the turnout "
            "for the primary two years before.\n\n"
            "The 2012 primary was a midterm, of sorts, and the 59 percent turnout was a reflection of that.\n\n"
            "Burlington had the top turnout, with 69 percent of registered voters going to the polls.\n\n"
            "In the 2010 primary, turnout was 72 percent.")
_NOVEMBER = DateRange(earliest=date(2016, 10, 1), latest=date(2016, 11, 30))

# (text, day of publication, the figure's words, the period drafted)
_CASES = [
    # the twelve months an article reports, to a month other than December: its "last year"
    pytest.param(_FIRES, date(2018, 4, 20), "an increase", "2016-10-01/2017-09-30", id="last-year-is-the-twelve-months"),
    pytest.param(_FIRES, date(2018, 4, 20), "18", "2016-10-01/2017-09-30", id="carried-twelve-months"),
    pytest.param(_FIRES, date(2018, 4, 20), "20", "2012-10-01/2017-09-30", id="last-five-years-to-its-end"),
    pytest.param(  # twelve months to December are the calendar year: "last year" unchanged
        _FIRES.replace("September", "December"), date(2018, 4, 20), "an increase", "last year", id="to-december-is-a-year"),
    # a count taken in one month each year ("the October enrollment")
    pytest.param(_SCHOOLS, _NOVEMBER, "4,042", "2015-10", id="month-for-a-year"),
    pytest.param(_SCHOOLS, _NOVEMBER, "4,112", "2016-10-01/2016-10-31", id="this-years-count-month"),
    pytest.param(_SCHOOLS, _NOVEMBER, "303", "2015-10-01/2015-10-31", id="listed-year-count-month"),
    pytest.param(_SCHOOLS, _NOVEMBER, "287", "2016-10-01/2016-10-31", id="listed-this-year-count-month"),
    pytest.param(  # a list of years with no count month: the year
        "Homicides: 2015 - 41, 2016 - 52", date(2017, 2, 1), "41", "2015", id="listed-year"),
    # the day of the vote the article reports
    pytest.param(_TURNOUT, date(2012, 8, 29), "59 percent", "2012-08-21", id="vote-day-named"),
    pytest.param(_TURNOUT, date(2012, 8, 29), "69 percent", "2012-08-21", id="vote-day-carried"),
    pytest.param(_TURNOUT, date(2012, 8, 29), "72 percent", "2010", id="another-years-vote-kept"),
]


@pytest.mark.parametrize(("text", "published", "figure", "expected"), _CASES)
def test_periods_of_articles_never_tuned_on(pack, text, published, figure, expected):
    got = drafted(text, published=published, pack=pack)
    assert got[figure].get("period") == expected, got[figure]


def test_a_calendar_year_named_keeps_last_year_a_calendar_year(pack):
    # an article that also names a calendar year alone counts "last year" in calendar years
    text = _FIRES + "\n\nIn 2017 the service attended 300 fires."
    got = drafted(text, published=date(2018, 4, 20), pack=pack)
    assert got["an increase"].get("period") == "last year", got["an increase"]


@pytest.mark.parametrize(("text", "figure", "expected"), [
    pytest.param(  # the period after the figure compared with is its own, not the claim's
        "The sheriff's office made 1,132 arrests in 2016. They closed 611 cases with an arrest compared "
        "to 590 the year before.", "611", "in 2016", id="after-the-figure-compared-with"),
    pytest.param(
        "The agency extradited 190 people in 2016 compared with 179 the year before.", "179", "the year before",
        id="the-base-keeps-its-period"),
    pytest.param(  # a period of the claim's own before the base keeps its reading
        "The sheriff's office arrested 53 impaired motorists last year compared to 44 the year before.", "53",
        "last year", id="own-period-before-the-base"),
])
def test_the_period_of_the_figure_compared_with(pack, text, figure, expected):
    got = drafted(text, published=date(2017, 2, 6), pack=pack)
    assert got[figure].get("period") == expected, got[figure]
