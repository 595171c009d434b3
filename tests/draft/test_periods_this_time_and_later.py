"""Draft-40b: periods counted from this day a year ago, and from the story's own time."""

from __future__ import annotations

from datetime import date

import auditor
from auditor.models import DateRange
from auditor.pack import load_pack

PACK = load_pack("benchmarks/corpora/articles/pack")


def periods_of(text: str, published: date) -> list[tuple]:
    day = DateRange(earliest=published, latest=published)
    return [(r.get("value"), r.get("period")) for c in auditor.draft(text, published=day, pack=PACK).drafted
            for r in [c.record] if r.get("value")]


def test_this_time_last_year_is_last_year_to_this_day():
    """ "This time last year, there were 10 homicides": the count to this day a year ago, not all
    of last year (as "by this time last year" after a claim of this year's days)."""
    got = periods_of("This time last year, there were 10 homicides in the city, police said.\n", date(2024, 3, 22))
    assert got == [("10", "2023-01-01/2023-03-22")]


def test_a_year_later_counts_from_the_year_before_not_from_publication():
    """ "a year later" after a figure of 2020 is 2021, not the year after the story was published."""
    got = periods_of("In 2020, there were 203 overdose deaths in the county. A year later, there were 139 "
                     "overdose deaths.\n", date(2023, 5, 19))
    assert ("139", "a year later") in got or ("139", "2021") in got


def test_a_figure_for_all_of_a_year_is_that_years():
    """ "33 lives this year compared to 34 lives for all of 2014": 34 is 2014's."""
    got = periods_of("There have been 13 fatal fires this year that claimed 33 lives compared to 15 fires and "
                     "34 lives for all of 2014.\n", date(2015, 5, 16))
    assert ("34", "2014") in got
