"""Draft-29c: periods read by conventions that recur across articles (none about Birmingham, Alabama)."""

from __future__ import annotations

from datetime import date

import pytest

import auditor
from auditor.models import DateRange
from auditor.pack import load_pack

PACK = load_pack("benchmarks/corpora/articles/pack")


def periods_of(text: str, earliest: date, latest: date | None = None) -> list[tuple]:
    published = DateRange(earliest=earliest, latest=latest or earliest)
    return [(r.get("value"), r.get("period")) for c in auditor.draft(text, published=published, pack=PACK).drafted
            if c.complete for r in [c.record] if r.get("value")]


MONTH_AGAINST_A_YEAR_AGO = ("In Franklin County, the unemployment rate was 4.1% in March, up from 3.5% a year ago, "
                            "state data show.\n")


def test_a_year_ago_beside_a_month_on_a_page_dated_by_a_range():
    """A page dated only within one year (late April 2021): "a year ago" beside "in March" is March
    a year before, as on a page with a day."""
    got = periods_of(MONTH_AGAINST_A_YEAR_AGO, date(2021, 4, 20), date(2021, 4, 30))
    assert ("3.5%", "2020-03-01/2020-03-31") in got
    assert got == periods_of(MONTH_AGAINST_A_YEAR_AGO, date(2021, 4, 30))


@pytest.mark.parametrize("text, earliest, latest", [
    # a part read differently on the range's first and last day: the year before is left whole
    ("Franklin County's unemployment rate was 4.1% this month, up from 3.5% a year ago.\n",
     date(2021, 4, 20), date(2021, 5, 10)),
    # a range over two years: which year "a year ago" is, is not known
    (MONTH_AGAINST_A_YEAR_AGO, date(2020, 12, 20), date(2021, 4, 30)),
])
def test_a_year_ago_on_an_uncertain_range_stays_the_year(text, earliest, latest):
    assert ("3.5%", "a year ago") in periods_of(text, earliest, latest)
