"""Draft-40b: periods counted from this day a year ago, and from the story's own time."""

from __future__ import annotations

from datetime import date

import pytest

import auditor
from auditor.models import DateRange
from auditor.pack import load_pack
from auditor.periods import resolve_period_phrase

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
    assert ("139", "2021") in got


def test_a_figure_for_all_of_a_year_is_that_years():
    """ "33 lives this year compared to 34 lives for all of 2014": 34 is 2014's."""
    got = periods_of("There have been 13 fatal fires this year that claimed 33 lives compared to 15 fires and "
                     "34 lives for all of 2014.\n", date(2015, 5, 16))
    assert ("34", "2014") in got


@pytest.mark.parametrize("text, value, wrong", [
    # the year after "all of" is the other figure's, not the year to date's
    ("So far in 2024, there have been 31 homicides compared with 28 in all of 2023.\n", "31", "2023"),
    # the claim before gives the days: February 2023, not the year to March 22
    ("There were 12 homicides in February, compared with 9 this time last year.\n", "9", "2023-01-01/2023-03-22"),
    # a price has no year to date
    ("This time last year, a gallon of milk cost $3.89 at the county's grocery stores.\n", "$3.89",
     "2023-01-01/2023-03-22"),
    # "since this time last year" is the twelve months to now
    ("Since this time last year, 48 people have been killed on county roads.\n", "48", "2023-01-01/2023-03-22"),
    # "a year earlier" than twelve months to June 2023 is the twelve months before, not calendar 2021
    ("In the 12 months ending in June 2023, 40 people died in crashes in the county; a year earlier, 48 did.\n",
     "48", "2021"),
    # "two years later" than 2016 (no claim), not than the claim before's 2023
    ("The county recorded 98 overdose deaths in 2023.\n\nThe sheriff took office in 2016. Two years later, the jail "
     "recorded 14 deaths.\n", "14", "2025"),
])
def test_misread_periods_after_review(text, value, wrong):
    """Review m40b's misfires of the three constructions: each figure keeps the period it had before."""
    day = date(2024, 3, 22)
    got, previous = [], None
    for value_, phrase in periods_of(text, day):
        # the period as a claim file reads the phrase, after the claim before
        period = resolve_period_phrase(phrase, day, previous).period if phrase else None
        got.append((value_, period and f"{period.start}/{period.end}"))
        previous = period or previous
    wrong = resolve_period_phrase(wrong, day, None).period
    assert any(v == value for v, _ in got)
    assert (value, f"{wrong.start}/{wrong.end}") not in got
