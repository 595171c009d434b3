"""A change or a level reached over a range of two years ("from 2017 to 2018") counts the later year."""

from datetime import date

import pytest

from auditor.draft import periods
from auditor.models import DateRange

from draft_helpers import drafted
from draft_helpers import pack  # noqa: F401  (a fixture)

_DAY = date(2019, 7, 23)


def _days(record: dict):
    got = periods.resolves(record["period"], DateRange(earliest=_DAY, latest=_DAY), None)
    return (got.start, got.end) if got is not None else None


@pytest.mark.parametrize("text, figure", [
    ("From 2017 to 2018, the number of overdose deaths in Ohio fell by 5.1%, from 4,854 to 4,606.", "5.1%"),
    ("From 2017 to 2018, the number of overdose deaths in Ohio fell by 5.1%, from 4,854 to 4,606.", "4,606"),
    ("Police said auto theft in Albuquerque decreased by 27% between 2017 and 2018, and it is down again.", "27%"),
], ids=["change-after-range", "level-reached", "between-split-by-and"])
def test_a_range_of_two_years_gives_the_later_one(pack, text, figure):
    got = drafted(text, published=_DAY, pack=pack)
    assert _days(got[figure]) == (date(2018, 1, 1), date(2018, 12, 31)), got[figure]


@pytest.mark.parametrize("text, figure, span", [
    ("From 2015 to 2018, the city recorded 412 homicides, up 20% from the previous four years.", "20%",
     (date(2015, 1, 1), date(2018, 12, 31))),
    ("Overdose deaths in Ohio from 2013 to 2017 were 45% higher than from 2008 to 2012.", "45%",
     (date(2013, 1, 1), date(2017, 12, 31))),
    ("Between July 1, 2017 and July 1, 2018, overdose deaths in the county rose 12%.", "12%",
     (date(2017, 7, 1), date(2018, 7, 1))),
], ids=["span-with-its-own-base", "span-than-span", "two-days-a-year-apart"])
def test_a_span_with_its_own_base_or_of_days_keeps_the_span(pack, text, figure, span):
    got = drafted(text, published=_DAY, pack=pack)
    assert _days(got[figure]) == span, got[figure]
