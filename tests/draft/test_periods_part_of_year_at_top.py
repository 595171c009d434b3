"""Round 50 (dr50c): the part of a year an article's top names ("the first nine months of 2019") is read when it
is named twice in two wordings ("through the third quarter of last year": January to September, not July to
September), when one part is named more often than another ("the first six months" of an earlier report), when
"this year through October" names it, and on a page dated across a new year when the part's year is written;
"the first nine months of the year" after "in 2017" is 2017's. A level moved from ("dropped from 48 to 41") in
such a report is of the same months a year before. A year set against its own earlier year ("a rise in 2015 ...
up 7 percent from 2014") keeps its whole year."""

from datetime import date

import auditor
import pytest
from auditor.models import DateRange

from draft_helpers import drafted_days as _days, pack, published_on as _on  # noqa: F401  (pack: a fixture)


_THIRD_QUARTER = ("Overdose deaths fall in Jefferson County\n\nJefferson County recorded fewer overdose deaths over the "
                  "first nine months of 2019, according to figures released Friday.\n\nStatewide, 1,410 people died of "
                  "overdoses through the third quarter of last year, the health department said.\n\nIn Jefferson "
                  "County, 52 people died of overdoses in 2019, down from 60 in 2018.\n")
_NAMED_MORE = ("Fatal crashes rise in Marion County\n\nMarion County saw 41 traffic deaths in the first nine months of "
               "2018, up from 33 in the first nine months of 2017.\n\nAn earlier report had counted 25 deaths in the "
               "first six months of 2018.\n\nOf the 41 deaths in 2018, 12 involved drivers who had been drinking.\n")
_ACROSS_NEW_YEAR = ("Traffic deaths continue to climb\n\nTraffic deaths through the first nine months of 2016 rose 8 "
                    "percent from the same period in 2015, federal data show.\n\nBy region, traffic deaths in New "
                    "England rose 20 percent from the same period in 2015.\n\nThe toll extends a rise in 2015 of "
                    "traffic deaths up 7 percent from 2014 to 35,100.\n")
_THROUGH_OCTOBER = ("Overdose deaths rise in Greene County\n\nAt least 250 people have died of overdoses in Greene "
                    "County this year through October, the coroner said.\n\nIn 2020, 231 people died of overdoses in "
                    "the county during the same period.\n")
_OF_THE_YEAR = ("Overdose deaths down in Frederick County\n\nOverdose deaths in Maryland continued to rise in 2017, but "
                "Frederick County saw a decline over the first nine months of the year, according to state figures "
                "released Friday.\n\nStatewide, 1,705 people died of overdoses through the third quarter of last year, "
                "the health department said.\n\nIn Frederick County, overdose deaths dropped from 48 to 41.\n")
_HEADLINE_THROUGH = ("Traffic deaths fall through third quarter\n\nTraffic deaths in Tennessee fell through the third "
                     "quarter of 2019, state data show.\n\nTennessee recorded 790 traffic deaths, compared with 820 in "
                     "2018.\n")
_NINE_MONTHS_IN_VIRGINIA = ("Overdose deaths dip in Virginia\n\nOverdose deaths in Virginia fell 3% in the first nine "
                            "months of this year, state health officials said Tuesday.\n\nThe state recorded 1,850 "
                            "overdose deaths in the first nine months of 2022")
_MORE_THAN_LAST_YEAR = (_NINE_MONTHS_IN_VIRGINIA + ", and 1,100 in the first six months.\n\nLast year, more than "
                        "2,600 Virginians died of drug overdoses.\n")
_FEWER_THAN_LAST_YEARS = _NINE_MONTHS_IN_VIRGINIA + ", fewer than the 1,900 of last year.\n"
_ACROSS = DateRange(earliest=date(2016, 12, 1), latest=date(2017, 2, 28))


@pytest.mark.parametrize("text, figure, published, span", [
    (_THIRD_QUARTER, "52", _on(date(2020, 1, 24)), (date(2019, 1, 1), date(2019, 9, 30))),
    (_THIRD_QUARTER, "60", _on(date(2020, 1, 24)), (date(2018, 1, 1), date(2018, 9, 30))),
    (_NAMED_MORE, "12", _on(date(2018, 12, 20)), (date(2018, 1, 1), date(2018, 9, 30))),
    (_ACROSS_NEW_YEAR, "climb", _ACROSS, (date(2016, 1, 1), date(2016, 9, 30))),
    (_THROUGH_OCTOBER, "231", _on(date(2021, 11, 15)), (date(2020, 1, 1), date(2020, 10, 31))),
    (_OF_THE_YEAR, "41", _on(date(2018, 1, 26)), (date(2017, 1, 1), date(2017, 9, 30))),
    (_OF_THE_YEAR, "48", _on(date(2018, 1, 26)), (date(2016, 1, 1), date(2016, 9, 30))),
    # a headline's "through third quarter" (no "the") is the lede's "through the third quarter": January on
    (_HEADLINE_THROUGH, "820", _on(date(2020, 1, 15)), (date(2018, 1, 1), date(2018, 9, 30))),
], ids=["through-the-third-quarter", "its-year-before", "named-more-often", "page-across-a-new-year",
        "this-year-through-october", "first-months-of-the-year", "moved-from-a-year-before",
        "through-third-quarter-in-a-headline"])
def test_a_figure_of_a_report_on_part_of_a_year_counts_that_part(pack, text, figure, published, span):
    assert _days(pack, text, figure, published) == span


@pytest.mark.parametrize("text, figure, published, span", [
    # a year set against its own year before keeps its whole year
    (_ACROSS_NEW_YEAR, "35,100", _ACROSS, (date(2015, 1, 1), date(2015, 12, 31))),
    # the part named first is the one its clause names
    (_NAMED_MORE, "25", _on(date(2018, 12, 20)), (date(2018, 1, 1), date(2018, 6, 30))),
    # a level of the year just ended, in a report of a whole year, keeps it
    ("Homicides fall in Lake City\n\nLake City recorded 52 homicides in 2019, down from 60 in 2018, police said.\n",
     "52", _on(date(2020, 1, 24)), (date(2019, 1, 1), date(2019, 12, 31))),
    # a past year's figure on its own, its "more than" no comparison, in a report named more often by its part
    (_MORE_THAN_LAST_YEAR, "more than 2,600", _on(date(2022, 11, 15)), (date(2021, 1, 1), date(2021, 12, 31))),
    # ... but "fewer than" another figure is one: the same months a year before
    (_FEWER_THAN_LAST_YEARS, "1,900", _on(date(2022, 11, 15)), (date(2021, 1, 1), date(2021, 9, 30))),
], ids=["set-against-its-own-year", "another-part-named-in-the-clause", "no-part-named", "more-than-a-past-year",
        "fewer-than-last-years"])
def test_a_figure_told_of_another_period_keeps_it(pack, text, figure, published, span):
    assert _days(pack, text, figure, published) == span


def test_a_part_of_the_year_beside_a_later_as_of_day_is_not_the_figures_period(pack):
    # "through the first five months" in the lede, the figures "as of June 11": to that day, not to May 31
    text = ("One more homicide than this time last year\n\nChattanooga is seeing a slight increase in the number of "
            "people killed through the first five months of the year.\n\nEleven people have been killed this year in "
            "Chattanooga as of June 11, according to police data.\n\nBy that time last year, there had been 10 homicides "
            "in the city, compared to 13 in 2021.\n")
    assert _days(pack, text, "13", _on(date(2023, 6, 17))) == (date(2021, 1, 1), date(2021, 6, 11))
