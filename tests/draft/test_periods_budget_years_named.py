"""A budget's year named as a split year ("its proposed 2021-2022 budget", "the 2022-23 school year", "Other
2021-2022 budget items") is the place's fiscal year when the place's year starts after January 1 (the pack
declares July 1 for these school districts); on a page dated to a range of days, the budget year the article
names still gives a budget's figure its year."""

from datetime import date

import pytest

from auditor.models import DateRange

from draft_helpers import drafted, period_days
from draft_helpers import pack  # noqa: F401  (a fixture)


@pytest.mark.parametrize("text, figure, published, span", [
    ("The USD 415 school board will finalize its proposed 2021-2022 budget on Monday, which calls for a mill levy "
     "of 48.2 mills.", "48.2", date(2021, 8, 2), (date(2021, 7, 1), date(2022, 6, 30))),
    ("The Hempfield School Board approved a preliminary general fund budget of $140 million for the 2022-23 "
     "school year.", "$140 million", date(2022, 1, 20), (date(2022, 7, 1), date(2023, 6, 30))),
], ids=["proposed-split-year-budget", "budget-for-a-school-year"])
def test_a_split_year_beside_a_budget_is_the_places_fiscal_year(pack, text, figure, published, span):
    got = drafted(text, published=published, pack=pack)
    assert period_days(got[figure], published) == span, got[figure]


_RIVER_FALLS = ("The River Falls School District board approved salaries for board members at $3,200 a year.\n\n"
                "A tax levy of $21.3 million passed, which is a 3.1% change from last school year.\n\n"
                "Other 2021-2022 budget items included in discussion:\n\n"
                "Local sources of revenue are budgeted to decrease by 0.5%.\n")


@pytest.mark.parametrize("figure", ["$21.3 million", "0.5%"])
def test_a_budget_named_by_its_split_year_later_in_the_article_gives_the_year(pack, figure):
    published = date(2021, 9, 28)
    got = drafted(_RIVER_FALLS, published=published, pack=pack)
    assert period_days(got[figure], published) == (date(2021, 7, 1), date(2022, 6, 30)), got[figure]


def test_a_calendar_year_citys_two_year_budget_keeps_its_first_year(pack):
    published = date(2020, 8, 12)
    got = drafted("The Wichita City Council approved its 2021-2022 budget of $600 million on Tuesday.",
                  published=published, pack=pack)
    assert period_days(got["$600 million"], published) == (date(2021, 1, 1), date(2021, 12, 31)), got["$600 million"]


def test_a_budget_year_named_on_a_page_dated_to_a_range_of_days(pack):
    text = ("The Barnstable town council is continuing its FY 2016 budget deliberations through June 18. So far, "
            "the council approved the Police Department budget at $13.1 million.")
    published = DateRange(earliest=date(2015, 6, 1), latest=date(2015, 6, 18))
    got = drafted(text, published=published, pack=pack)
    assert got["$13.1 million"].get("period") == "2015-07-01/2016-06-30", got["$13.1 million"]


def test_a_budget_on_a_page_dated_to_a_range_naming_no_year_stays_undecided(pack):
    text = "So far, the Barnstable town council approved the Police Department budget at $13.1 million."
    published = DateRange(earliest=date(2015, 6, 1), latest=date(2015, 6, 18))
    got = drafted(text, published=published, pack=pack)
    assert "period" not in got["$13.1 million"], got["$13.1 million"]


def test_a_budget_named_as_the_base_gives_no_year(pack):
    # the only budget year named is the one the new budget is measured against: the fiscal year to come
    text = ("The Dripping Springs City Council held a hearing on its proposed budget on Tuesday.\n\n"
            "The proposed general fund budget is $12.8 million, an increase of $300,000 from the FY 2021-22 budget.\n")
    published = date(2022, 9, 20)
    got = drafted(text, published=published, pack=pack)
    assert period_days(got["$12.8 million"], published) == (date(2022, 10, 1), date(2023, 9, 30)), got["$12.8 million"]
