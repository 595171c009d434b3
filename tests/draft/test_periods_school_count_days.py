"""A province's school enrolment is counted on one day of the school year (Saskatchewan's, Manitoba's,
Alberta's and B.C.'s September 30): a year, a school year or the day of publication given to it is
that count day's."""

from datetime import date

import pytest

from auditor.draft import school_counts

from draft_helpers import period_days
from draft_helpers import drafted, drafted_records
from draft_helpers import pack  # noqa: F401  (a fixture)

_AUTUMN = date(2021, 11, 15)


_days = period_days


@pytest.mark.parametrize("text, figure, count", [
    ("Enrolment at Regina's public high schools grew to 6,412 students in 2021, the board heard.", "6,412",
     date(2021, 9, 30)),
    ("Enrolment at Regina's public high schools fell to 6,120 students last year, the board heard.", "6,120",
     date(2020, 9, 30)),
    ("Regina's public school enrolment is 24,905 students, trustees were told on Monday.", "24,905",
     date(2021, 9, 30)),
    ("Regina Public Schools has 24,905 students enrolled this fall, the board said.", "24,905", date(2021, 9, 30)),
    ("Saskatoon's public school enrolment reached 26,300 students for the 2021-22 school year.", "26,300",
     date(2021, 9, 30)),
], ids=["year-named", "last-year", "present-tense-in-the-autumn", "this-fall", "school-year"])
def test_a_provinces_enrolment_is_of_its_count_day(pack, text, figure, count):
    got = drafted(text, published=_AUTUMN, pack=pack)
    assert _days(got[figure], _AUTUMN) == (count, count), got[figure]


@pytest.mark.parametrize("text, figure, published, span", [
    # a Kansas district: no count day known, the year stays
    ("Enrolment in Wichita's public schools grew to 48,400 students in 2021, the board heard.", "48,400", _AUTUMN,
     (date(2021, 1, 1), date(2021, 12, 31))),
    # a day the text names keeps its day
    ("Regina's public schools had 24,905 students enrolled as of Sept. 9, trustees were told.", "24,905", _AUTUMN,
     (date(2021, 9, 9), date(2021, 9, 9))),
    # before the count day of a new school year: the day of publication stays
    ("Regina's public school enrolment is 24,905 students, trustees were told on Monday.", "24,905",
     date(2021, 9, 13), (date(2021, 9, 13), date(2021, 9, 13))),
    # not an enrolment: the year stays
    ("Regina police recorded 412 break-ins in 2020, the board heard.", "412", _AUTUMN,
     (date(2020, 1, 1), date(2020, 12, 31))),
], ids=["no-count-day", "day-named", "before-the-count-day", "not-enrolment"])
def test_other_periods_keep_their_reading(pack, text, figure, published, span):
    got = drafted(text, published=published, pack=pack)
    assert _days(got[figure], published) == span, got[figure]


def test_a_spring_story_gives_the_count_of_the_school_year_under_way(pack):
    spring = date(2022, 3, 14)
    got = drafted("Regina's public school enrolment is 24,905 students, trustees were told on Monday.",
                  published=spring, pack=pack)
    assert _days(got["24,905"], spring) == (date(2021, 9, 30), date(2021, 9, 30)), got["24,905"]


def test_the_count_day_is_found_through_the_containing_places(pack):
    assert school_counts.count_day_of(pack, "regina-sk") == (9, 30)
    assert school_counts.count_day_of(pack, "wichita-ks") is None


def test_a_year_before_set_against_the_count_under_way_is_the_school_year_before(pack):
    # in March 2022 the count under way is 2021's: "up from 24,100 last year" is 2020's, not calendar 2021's
    spring = date(2022, 3, 14)
    got = drafted("Regina's public school enrolment this year is 24,905 students, up from 24,100 last year, "
                  "trustees heard on Monday.", published=spring, pack=pack)
    assert _days(got["24,905"], spring) == (date(2021, 9, 30), date(2021, 9, 30)), got["24,905"]
    assert _days(got["24,100"], spring) == (date(2020, 9, 30), date(2020, 9, 30)), got["24,100"]


def test_a_count_moved_to_is_compared_with_the_count_a_year_before(pack):
    # "fell to 74,200 students last year": lower than the count of the October 31 before, besides the level
    day = date(2022, 1, 10)
    records = drafted_records("Enrolment in Ottawa's public schools fell to 74,200 students last year, the board said.",
                              published=day, pack=pack)
    assert [r["comparison"] for r in records if "comparison" in r] == [{"relation": "lower", "than": "2020-10-31"}], \
        records
