"""The two figures of "from A in the first six months of last year to B in the same period this year"."""

from datetime import date

import pytest

from auditor.draft import periods
from auditor.models import DateRange

from draft_helpers import drafted
from draft_helpers import pack  # noqa: F401  (a fixture)

_DAY = date(2021, 7, 15)
_TEXT = ("In Philadelphia, burglaries rose from 31 in the first six months of last year to 52 in the same period this year, "
         "and assaults increased from 40 to 61, the chief said.")


def _days(record: dict, published: date, before=None):
    got = periods.resolves(record["period"], DateRange(earliest=published, latest=published), before)
    return (got.start, got.end) if got is not None else None


def test_the_earlier_figure_is_the_first_six_months_of_last_year(pack):
    got = drafted(_TEXT, published=_DAY, pack=pack)
    assert _days(got["31"], _DAY) == (date(2020, 1, 1), date(2020, 6, 30)), got["31"]


@pytest.mark.parametrize("figure", ["52", "61"])
def test_the_later_figures_are_the_same_months_this_year(pack, figure):
    # "the same period this year" is the first six months of 2021 (not 2020's, from "of last year"
    # named before the figure), and the next pair's later figure carries it
    got = drafted(_TEXT, published=_DAY, pack=pack)
    first_half_2020 = periods.resolves("2020-01-01/2020-06-30", DateRange(earliest=_DAY, latest=_DAY), None)
    assert _days(got[figure], _DAY, first_half_2020) == (date(2021, 1, 1), date(2021, 6, 30)), got[figure]


def test_a_quarter_compared_with_the_year_before_is_the_period_of_the_changes_after_it(pack):
    # "2016" is named three times, each as the base; the changes said in the present tense in the next
    # paragraph are of the quarter the article reports, not of 2016
    text = ("Philadelphia police released the 2019 second quarter crime statistics. Overall, crime is up by 2.5% "
            "when comparing the second quarter of 2019 to the same period in 2018.\n\n"
            "Robberies are up 12.4%.\n\n"
            "Homicides remained the same at three in the second quarter in comparison to 2018 and assaults "
            "increased, 40 in the second quarter in comparison to 35 in 2018.")
    day = date(2019, 8, 1)
    got = drafted(text, published=day, pack=pack)
    assert _days(got["12.4%"], day) == (date(2019, 4, 1), date(2019, 6, 30)), got["12.4%"]


@pytest.mark.parametrize("text, figure, days", [
    # a place the pack does not know, the subject first: the 31's claim is incomplete, so there is no
    # claim before for "the same period" to move
    ("Burglaries in Dayton rose from 31 in the first six months of last year to 52 in the same period this year, "
     "and assaults increased from 40 to 61, police said.", "52", (date(2024, 1, 1), date(2024, 6, 30))),
    ("Traffic deaths rose from 19 in the first five months of last year to 27 in the same time this year.",
     "27", (date(2024, 1, 1), date(2024, 5, 31))),
    ("In Dayton, arrests rose from 120 in the month of June last year to 150 in the same month this year.",
     "150", (date(2024, 6, 1), date(2024, 6, 30))),
], ids=["subject-first-place-unknown", "same-time", "same-month"])
def test_the_same_period_is_the_earlier_figures_part_when_its_claim_is_incomplete(pack, text, figure, days):
    day = date(2024, 7, 20)
    got = drafted(text, published=day, pack=pack)
    assert _days(got[figure], day) == days, got[figure]


def test_the_next_pair_after_an_incomplete_pair_is_not_given_a_whole_year(pack):
    text = ("Burglaries in Dayton rose from 31 in the first six months of last year to 52 in the same period this year, "
            "and assaults increased from 40 to 61, police said.")
    got = drafted(text, published=date(2024, 7, 20), pack=pack)
    assert "period" not in got["40"] and "period" not in got["61"], (got["40"], got["61"])
    assert got["increased"]["comparison"]["relation"] == "higher", got   # the comparison is kept


def test_a_part_not_read_is_not_moved_to_another_year(pack):
    # "the first half of the fiscal year": its days are not read, so "the same period of 2023" is left
    # to the reader (not 2023, nor 2023 to the day of publication)
    text = "The council approved $4.2 million for the first half of the fiscal year and $3.9 million in the same period of 2023."
    got = drafted(text, published=date(2024, 7, 20), pack=pack)
    assert "period" not in got["$3.9 million"], got["$3.9 million"]
