"""Periods of figures from articles never tuned on, with a desk pack: what is read and what is not."""

from datetime import date

import pytest

from auditor.models import DateRange

from draft_helpers import desk_pack, drafted


_METRICS = """metrics:
  house_sales:
    label: house sales
    definition: residential property sales registered
    unit: count
    aliases: [house sales, sales]
    integer: true
    non_negative: true
    additive_over_time: true
    additive_over_places: true
  school_enrolment:
    label: school enrolment
    definition: students enrolled in a school district
    unit: count
    aliases: [enrollment, enrolment]
    integer: true
    non_negative: true
    additive_over_time: false
    additive_over_places: true
  jobless_rate:
    label: jobless rate
    definition: share of the labour force out of work
    unit: percent
    aliases: [jobless rate]
    integer: false
    non_negative: true
    additive_over_time: false
    additive_over_places: false
  bed_tax_collections:
    label: bed tax collections
    definition: tourist development tax collected by a county
    unit: dollar
    aliases: [bed tax collections]
    integer: false
    non_negative: true
    additive_over_time: true
    additive_over_places: true
"""


_PLACES = """places:
  united-kingdom:
    name: United Kingdom
    kind: country
    aliases: [United Kingdom]
  fife:
    name: Fife
    kind: region
    aliases: [Fife]
    within: united-kingdom
  graustark:
    name: Graustark
    kind: country
    aliases: [Graustark]
  edelweiss:
    name: Edelweiss
    kind: city
    aliases: [Edelweiss]
    within: graustark
  zenda:
    name: Zenda
    kind: city
    aliases: [Zenda]
    within: graustark
    fiscal_year: {start: "07-01"}
"""


@pytest.fixture(scope="module")
def desk(tmp_path_factory):
    return desk_pack(tmp_path_factory.mktemp("pack"), places=_PLACES, metrics=_METRICS)


# (text, day of publication, the figure's words, field, what is drafted)
_CASES = [
    pytest.param(  # the UK financial year 2014-15 runs from April: its fourth quarter is January to March 2015
        "House sales in Fife rose 13.3 per cent in the fourth quarter of 2014-15, official statistics show.",
        date(2015, 4, 27), "13.3 per cent", "period", "2015-01-01/2015-03-31", id="uk-quarter-of-a-split-year"),
    pytest.param(  # a fiscal year from July: the second quarter of 2014-15 is October to December 2014
        "House sales in Zenda rose 4 per cent in the second quarter of 2014-15, the city said.",
        date(2015, 4, 27), "4 per cent", "period", "2014-10-01/2014-12-31", id="pack-fiscal-quarter"),
    pytest.param(
        "In Edelweiss, bed tax collections for the fiscal year that ended Sept. 30 are 6 percent above last year, "
        "the county said.", date(2017, 11, 29), "6 percent", "period", "2016-10-01/2017-09-30",
        id="fiscal-year-that-ended"),
    pytest.param(  # "2011-12" before "school year" is no month (December 2011): July 2011 to June 2012
        "Total enrollment in Edelweiss dropped from 6,275 in the 2011-12 school year to 6,124.",
        date(2012, 10, 1), "6,275", "period", "2011-07-01/2012-06-30", id="school-year-not-a-month"),
    pytest.param(  # an undated page (autumn 2012) counting school years: "last year" is 2011-12
        "Enrollment at Edelweiss schools fell from 439 students last year to 417, the district said. "
        "Total enrollment peaked in the 1998-99 school year.",
        DateRange(earliest=date(2012, 9, 15), latest=date(2012, 11, 30)), "439", "period", "2011-07-01/2012-06-30",
        id="undated-school-year"),
    pytest.param(  # ... and the 417 it fell to is this school year's
        "Enrollment at Edelweiss schools fell from 439 students last year to 417, the district said. "
        "Total enrollment peaked in the 1998-99 school year.",
        DateRange(earliest=date(2012, 9, 15), latest=date(2012, 11, 30)), "417", "period", "2012-07-01/2013-06-30",
        id="undated-school-year-fell-to"),
    pytest.param(  # a quarter of a school year counts from July, whatever the place's financial year
        "House sales in Fife rose 2 per cent in the third quarter of the 2014-15 school year, the council said.",
        date(2015, 6, 1), "2 per cent", "period", "2015-01-01/2015-03-31", id="quarter-of-a-school-year"),
]


# (text, day of publication, the figure's words, a period it must not be drafted with)
_NOT = [
    pytest.param(  # a rate on an undated page that names a school year elsewhere is no school year's level
        "The jobless rate in Edelweiss was 5.2 percent last year, the state said.\n\n"
        "Enrollment fell this school year.",
        DateRange(earliest=date(2012, 9, 15), latest=date(2012, 11, 30)), "5.2 percent", "2011-07-01/2012-06-30",
        id="a-rate-is-no-school-year"),
    pytest.param(  # the calendar year a clause says ended Dec. 31 is no fiscal year of the city
        "In Zenda, bed tax collections for the year that ended Dec. 31, 2016 were $4.1 million, the city said.",
        date(2017, 3, 1), "$4.1 million", "2015-07-01/2016-06-30", id="a-calendar-year-said-to-end-is-no-fiscal-year"),
    pytest.param(  # a season's quarter is no quarter of the UK financial year
        "House sales in Fife rose 3 per cent in the first quarter of the 2014-15 season, the club said.",
        date(2015, 6, 1), "3 per cent", "2014-04-01/2014-06-30", id="a-seasons-quarter"),
]


@pytest.mark.parametrize(("text", "published", "figure", "wrong"), _NOT)
def test_not_when(desk, text, published, figure, wrong):
    got = drafted(text, published=published, pack=desk)
    assert got[figure].get("period") != wrong, got[figure]


@pytest.mark.parametrize(("text", "published", "figure", "field", "expected"), _CASES)
def test_when(desk, text, published, figure, field, expected):
    got = drafted(text, published=published, pack=desk)
    assert got[figure].get(field) == expected, got[figure]
