"""A Texas or Florida city's or county's budget is of a fiscal year from October 1 when the pack
declares none for the place and the article speaks of a fiscal year (Fla. Stat. 218.33; Texas's
cities and counties alike)."""

from datetime import date

import pytest

from auditor.draft import states

from draft_helpers import period_days
from draft_helpers import drafted
from draft_helpers import pack  # noqa: F401  (a fixture)


_days = period_days


@pytest.mark.parametrize("text, figure, published, span", [
    ("The McKinney City Council approved a $180 million general fund budget for the new fiscal year on Tuesday.",
     "$180 million",
     date(2019, 9, 10), (date(2019, 10, 1), date(2020, 9, 30))),
    ("McKinney will spend $12.4 million on parks in the FY 2019-20 budget, the council decided.", "$12.4 million",
     date(2019, 9, 10), (date(2019, 10, 1), date(2020, 9, 30))),
    ("Bay County commissioners adopted a $250 million budget for the fiscal year, officials said.", "$250 million",
     date(2019, 9, 18), (date(2019, 10, 1), date(2020, 9, 30))),
], ids=["texas-city-budget-to-come", "texas-city-fy-named", "florida-county"])
def test_a_local_budget_in_texas_or_florida_runs_from_october(pack, text, figure, published, span):
    got = drafted(text, published=published, pack=pack)
    assert _days(got[figure], published) == span, got[figure]


def test_a_texas_city_keeps_the_calendar_year_when_no_fiscal_year_is_said(pack):
    published = date(2019, 9, 10)
    got = drafted("The proposed tax rate for 2020 is $0.52 per $100 of valuation, McKinney's finance director said.",
                  published=published, pack=pack)
    assert _days(got["$0.52"], published) == (date(2020, 1, 1), date(2020, 12, 31)), got["$0.52"]


def test_a_city_of_another_state_keeps_the_calendar_year(pack):
    published = date(2019, 8, 13)
    got = drafted("The Wichita City Council approved a $600 million budget on Tuesday.", published=published, pack=pack)
    assert _days(got["$600 million"], published) == (date(2020, 1, 1), date(2020, 12, 31)), got["$600 million"]


def test_only_local_governments_take_the_states_rule(pack):
    assert states.local_fiscal_start(pack, "mckinney-tx") == "10-01"
    assert states.local_fiscal_start(pack, "bay-county-fl") == "10-01"
    assert states.local_fiscal_start(pack, "texas") is None          # the state's own year is another
    assert states.local_fiscal_start(pack, "wichita-ks") is None


@pytest.mark.parametrize("text, figure, published, span", [
    ("The Wichita City Council voted Tuesday to hold an Oct. 22 hearing on a proposed 2020 budget of $612 million.",
     "$612 million", date(2019, 10, 3), (date(2020, 1, 1), date(2020, 12, 31))),
    ("McKinney council members set a Sept. 3 hearing on the proposed fiscal year 2020 budget, which would spend "
     "$180 million.", "$180 million", date(2019, 8, 14), (date(2019, 10, 1), date(2020, 9, 30))),
], ids=["calendar-year-budget", "fiscal-year-budget"])
def test_a_budgets_year_named_beside_a_meetings_day_is_the_figures(pack, text, figure, published, span):
    got = drafted(text, published=published, pack=pack)
    assert _days(got[figure], published) == span, got[figure]


def test_a_figure_of_its_own_day_before_the_budget_named_keeps_its_day(pack):
    # the day is the figure's own (a day's collections), the budget named after it only what it helps
    published = date(2019, 12, 10)
    got = drafted("Wichita collected $4.2 million in sales tax on Dec. 2, a record day that will help the 2019 budget, "
                  "the finance director said.", published=published, pack=pack)
    assert _days(got["$4.2 million"], published) == (date(2019, 12, 2), date(2019, 12, 2)), got["$4.2 million"]
