"""Twenty-seventh drafting round (draft-27a): periods of financial years (sentences written for
these tests, read with the articles' pack)."""

from datetime import date

import pytest

from auditor.models import DateRange
from draft_helpers import drafted, pack  # noqa: F401  (the fixture)

# an undated page on a financial year's figures, published after the year ended on 30 June 2014
_AFTER_2013_14 = DateRange(earliest=date(2014, 7, 1), latest=date(2014, 12, 31))
_POLICE = ("Recorded crime in New Zealand dropped by 3.2 per cent in the past year, according to police statistics.\n\n"
           "There were almost 12,000 fewer crimes recorded nationwide in the 2013/14 financial year than in the previous "
           "financial year.\n\n"
           "There were 2,091 robberies recorded this year, up from 1,990 last year.\n\n"
           "Nationally, 20,206 vehicles were reported stolen in the 12-month period.")

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
    pytest.param(  # a season is no financial year
        "Attendance at Durham County Council's leisure centres rose 4% in the 2018/19 season.",
        date(2019, 7, 1), "4%", "2018-07-01/2019-06-30", id="a-season-keeps-july"),
]


@pytest.mark.parametrize(("text", "published", "figure", "expected"), _CASES)
def test_financial_year_periods(pack, text, published, figure, expected):
    got = drafted(text, published=published, pack=pack)
    assert got[figure].get("period") == expected, got[figure]


def test_a_calendar_year_named_keeps_last_year_a_calendar_year(pack):
    # an article that names a calendar year alone counts "last year" in calendar years, whatever
    # fiscal year it also names
    text = ("Homicides in Tulsa rose 12 percent last year, police said.\n\n"
            "The city's 2013-14 fiscal year budget was $4 million. In 2014 there were 40 homicides.")
    got = drafted(text, published=date(2015, 3, 1), pack=pack)
    assert got["12 percent"].get("period") == "last year", got["12 percent"]


def test_a_budgets_proposed_rise_is_no_year_to_date(pack):
    # "is proposed to increase by 3.5 per cent" in a story on the 2019 budget: the budget's year,
    # not 1 January to the day of publication
    text = ("Mayor Jim Watson on Wednesday tabled the proposed 2019 municipal budget for Ottawa.\n\n"
            "The transit tax portion of the property tax bill is proposed to increase by 3.5 per cent.")
    got = drafted(text, published=date(2019, 2, 6), pack=pack)
    assert got["3.5 per cent"].get("period") == "2019-01-01/2019-12-31", got["3.5 per cent"]
