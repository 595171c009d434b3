"""Round 48 periods: a tax, a levy or a fee is of the (fiscal) year under way, not of the day of publication
or the year to it; a part of the year a report names at its top holds on a page dated by a range."""

from datetime import date

import pytest

from auditor.models import DateRange

from draft_helpers import drafted
from draft_helpers import pack  # noqa: F401  (a fixture)

_TAX_DAY = date(2022, 5, 24)
_RATES = ("Township tax rate rises less than 1%\n\n"
          "This year's municipal tax rate is 0.0100067, an increase of less than 1 per cent over last year's rate.\n\n"
          "The total municipal levy this year is $1,601,948 compared to the $1,445,116 raised last year.")
_FACING = ("Township taxes up 10 per cent\n\n"
           "Ratepayers in the township are facing an increase of around 10 percent on their property taxes.")


@pytest.mark.parametrize("text, figure, period", [
    pytest.param(_RATES, "0.0100067", "2022-01-01/2022-12-31", id="this-year-s-tax-rate-is-the-year"),
    pytest.param(_RATES, "less than 1 per cent", "2022-01-01/2022-12-31", id="its-rise-too"),
    pytest.param(_RATES, "$1,601,948", "2022-01-01/2022-12-31", id="the-levy-this-year-is-the-whole-year"),
    pytest.param(_RATES, "$1,445,116", "last year", id="the-levy-compared-with-is-the-whole-year-before"),
    pytest.param(_FACING, "around 10 percent", "2022-01-01/2022-12-31", id="a-rise-in-the-present-tense"),
])
def test_a_tax_is_of_the_year_under_way(pack, text, figure, period):
    assert drafted(text, published=_TAX_DAY, pack=pack)[figure]["period"] == period


@pytest.mark.parametrize("text, figure, period", [
    pytest.param(  # a tax collected "so far this year" is a year to date, as the clause says
        "Sales tax revenue so far this year is $4.2 million, the county said.", "$4.2 million", "so far this year",
        id="so-far-keeps-its-days"),
    pytest.param(  # a count that is no tax keeps the same days a year before
        "Police made 300 arrests this year, compared to 250 last year.", "250", "2021-01-01/2021-05-24",
        id="no-tax-keeps-the-year-to-date"),
])
def test_what_is_no_tax_year(pack, text, figure, period):
    assert drafted(text, published=_TAX_DAY, pack=pack)[figure]["period"] == period


_PART = ("Burglaries in Kelowna fell 46 per cent this year, police said.\n\n"
         "There were 159 burglaries from January to September, compared to 297 over the same period last year.\n\n"
         "Thefts from vehicles fell 59 per cent this year.")
_NO_PLACE = ("Property crimes have dropped about 46 per cent this year, according to police.\n\n"
             "There were 159 incidents from January to September, compared to 297 over the same period last year.\n\n"
             "Auto thefts are down 52 per cent this year. Residential break and enters fell 37 per cent to 40.")
_AUTUMN = DateRange(earliest=date(2012, 10, 1), latest=date(2012, 12, 31))


@pytest.mark.parametrize("text, published, figure, period", [
    pytest.param(_PART, _AUTUMN, "59 per cent", "2012-01-01/2012-09-30", id="ranged-page-this-year-is-the-part"),
    pytest.param(_PART, _AUTUMN, "297", "2011-01-01/2011-09-30", id="ranged-page-the-part-a-year-before"),
    pytest.param(  # an incomplete claim (no place) of the part passes it on to the next
        _NO_PLACE, _AUTUMN, "40", "2012-01-01/2012-09-30", id="carried-by-a-claim-without-a-place"),
    pytest.param(  # a page known to be from within two weeks of the part's end: news to the day
        _PART, DateRange(earliest=date(2012, 10, 1), latest=date(2012, 10, 10)), "59 per cent", "this year",
        id="ranged-page-close-to-the-part-s-end"),
])
def test_a_part_named_at_the_top_on_a_page_dated_by_a_range(pack, text, published, figure, period):
    assert drafted(text, published=published, pack=pack)[figure]["period"] == period


_WINTER = date(2018, 1, 26)


@pytest.mark.parametrize("sentence, figure, period", [
    pytest.param("Statewide, 1,705 people in Maryland died from an overdose through the third quarter of last year.",
                 "1,705", "2017-01-01/2017-09-30", id="through-the-third-quarter"),
    pytest.param("Maryland recorded 1,029 overdose deaths through the second quarter of 2017, the state said.",
                 "1,029", "2017-01-01/2017-06-30", id="through-the-second-quarter"),
    pytest.param(  # a quarter counted "in" is that quarter alone
        "Statewide, 1,705 people in Maryland died from an overdose in the third quarter of last year.",
        "1,705", "in the third quarter of last year", id="in-the-third-quarter-alone"),
])
def test_a_quarter_counted_through_is_the_year_to_its_end(pack, sentence, figure, period):
    assert drafted(sentence, published=_WINTER, pack=pack)[figure]["period"] == period
