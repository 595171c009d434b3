"""A report on part of a year, named in its lede: the years its figures name count that part."""

from datetime import date

import pytest

from draft_helpers import period_days
from draft_helpers import drafted
from draft_helpers import pack  # noqa: F401  (a fixture)

_DAY = date(2021, 9, 10)


_days = period_days


@pytest.mark.parametrize("lede, figure, days", [
    ("Philadelphia police are reporting fewer burglaries for the first half of 2021.", "235",
     (date(2019, 1, 1), date(2019, 6, 30))),
    ("Philadelphia police released their crime statistics for the first quarter of this year.", "235",
     (date(2019, 1, 1), date(2019, 3, 31))),
    ("From January to June of this year, Philadelphia police recorded 296 burglaries.", "235",
     (date(2019, 1, 1), date(2019, 6, 30))),
], ids=["first-half", "first-quarter", "january-to-june"])
def test_a_year_named_later_counts_the_part_the_lede_names(pack, lede, figure, days):
    text = lede + "\n\nIn 2019, police recorded 235 burglaries and 185 the year before."
    got = drafted(text, published=_DAY, pack=pack)
    assert _days(got[figure], _DAY) == days, got[figure]


@pytest.mark.parametrize("text", [
    # a whole year said to be one, and a lede naming two different parts, keep the year
    "Philadelphia police are reporting fewer burglaries for the first half of 2021.\n\n"
    "For all of 2019, police recorded 235 burglaries.",
    "Philadelphia burglaries fell in the first quarter of 2021 and rose in the first half of this year.\n\n"
    "In 2019, police recorded 235 burglaries.",
], ids=["all-of-the-year", "two-parts"])
def test_a_whole_year_keeps_its_year(pack, text):
    got = drafted(text, published=_DAY, pack=pack)
    assert _days(got["235"], _DAY) == (date(2019, 1, 1), date(2019, 12, 31)), got["235"]


def test_so_far_this_year_ends_with_the_months_the_lede_names(pack):
    # the figures are January to September's, published in November: not to the day of publication
    text = ("Philadelphia police reported 7,870 calls from January through the end of September.\n\n"
            "Reported burglaries so far total 100, compared to 142 last year.")
    day = date(2020, 11, 12)
    got = drafted(text, published=day, pack=pack)
    assert _days(got["100"], day) == (date(2020, 1, 1), date(2020, 9, 30)), got["100"]


def test_so_far_said_soon_after_the_part_runs_to_the_day(pack):
    # a week after the half ended, "so far in 2023" counts to the day of publication, not to June 30
    text = ("Shootings in Philadelphia fell in the first half of 2023, police said.\n\n"
            "So far in 2023, 200 fewer people have been shot.")
    day = date(2023, 7, 7)
    got = drafted(text, published=day, pack=pack)
    assert _days(got["200"], day) == (date(2023, 1, 1), day), got["200"]


@pytest.mark.parametrize("text, figure, published, days", [
    # a past year's figure on its own, not set against another year's, is that whole year's
    ("Homicides in Philadelphia fell in the first half of 2021, police said.\n\n"
     "Last year, 499 people were killed in the city.", "499", date(2021, 8, 20), (date(2020, 1, 1), date(2020, 12, 31))),
    ("Overdose deaths in Philadelphia climbed in the first six months of 2021.\n\n"
     "In 2020, the city recorded 1,214 overdose deaths.", "1,214", date(2021, 8, 20),
     (date(2020, 1, 1), date(2020, 12, 31))),
    # the day a figure names is its own, not the part's
    ("Shootings in Philadelphia dropped during the first half of 2021, police said.\n\n"
     "Police arrested 4 men on Tuesday in connection with a shooting.", "4", date(2021, 8, 10),
     (date(2021, 8, 10), date(2021, 8, 10))),
    # "so far this year" long after the part ended runs to the day of publication
    ("Philadelphia's homicides in the first half of 2021 outpaced last year's.\n\n"
     "So far this year, 430 people have been killed in the city.", "430", date(2021, 10, 20),
     (date(2021, 1, 1), date(2021, 10, 20))),
    # a projection for the whole year is the year's
    ("Homicides in Philadelphia rose in the first half of 2021.\n\n"
     "The city is on pace for 600 homicides in 2021, police said.", "600", date(2021, 8, 20),
     (date(2021, 1, 1), date(2021, 12, 31))),
], ids=["last-year-alone", "in-year-alone", "weekday", "so-far-in-october", "on-pace"])
def test_figures_not_of_the_part_keep_their_period(pack, text, figure, published, days):
    got = drafted(text, published=published, pack=pack)
    assert _days(got[figure], published) == days, got[figure]



_QUARTER_REPORT = ("Crime numbers fall in first quarter report: Philadelphia police\n\n"
                   "First quarter crime numbers are lower overall than a year ago, according to Insp. Jane Moreau, "
                   "who presented a report to council on Tuesday night.\n\n"
                   "Fraud offences are down by 26 per cent, with nine fewer files than the first quarter from last year.")


def test_a_part_named_without_its_year_is_of_the_publications_year(pack):
    # "first quarter report" in the headline of a story of May: a present-tense change later is January to
    # March of that year, not the year to date
    day = date(2021, 5, 3)
    got = drafted(_QUARTER_REPORT, published=day, pack=pack)
    assert _days(got["26 per cent"], day) == (date(2021, 1, 1), date(2021, 3, 31)), got["26 per cent"]


def test_a_part_named_without_its_year_not_over_decides_nothing(pack):
    # in February the first quarter is still under way: not the quarter
    day = date(2021, 2, 20)
    got = drafted(_QUARTER_REPORT, published=day, pack=pack)
    assert _days(got["26 per cent"], day) != (date(2021, 1, 1), date(2021, 3, 31)), got["26 per cent"]


@pytest.mark.parametrize("lede, part_end", [
    ("The new east-end station should open in the first quarter of next year, Chief Jane Moreau said.", (3, 31)),
    ("Break-ins fell in the first quarter of the fiscal year, Chief Jane Moreau told the board.", (3, 31)),
    ("Officers made 40 drug arrests in the first half of March, Chief Jane Moreau said.", (6, 30)),
    ("Calls to schools fell in the first half of the school year, Chief Jane Moreau said.", (6, 30)),
], ids=["of-next-year", "of-the-fiscal-year", "of-a-month", "of-the-school-year"])
def test_a_part_of_another_whole_is_no_part_of_the_year(pack, lede, part_end):
    # "the first quarter of next year" or "of the fiscal year" is not January to March of the publication's year:
    # the figures a year before keep their own period
    day = date(2021, 11, 15)
    text = ("Philadelphia police report fewer break-ins\n\n" + lede + "\n\n"
            "So far this year, police have recorded 1,412 break-ins, down from 1,650 at this time last year.")
    got = drafted(text, published=day, pack=pack)
    assert _days(got["1,650"], day) != (date(2020, 1, 1), date(2020, *part_end)), got["1,650"]
