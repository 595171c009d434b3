"""Round 50 (dr50c): a city's or county's budget is of its state's local fiscal year (October 1 in Texas and
Florida, July 1 in North Carolina, Virginia, Massachusetts, Oregon, Maryland and Tennessee) when the headline
or lede names a budget, even if the article never says "fiscal" (a tax rate alone keeps its calendar year:
test_periods_local_fiscal_years.py); "the upcoming budget" and a budget request are a budget to come."""

from datetime import date

import pytest

from auditor.draft import states

from draft_helpers import drafted, drafted_span, period_days
from draft_helpers import pack  # noqa: F401  (a fixture)


@pytest.mark.parametrize("text, figure, published, span", [
    # a Texas city's budget told in the lede, "fiscal" never said: October to September
    ("Baytown council set to adopt budget\n\nA lower tax rate is the highlight of this year's proposed $310 million "
     "budget in Baytown, which the city council is set to approve tonight.\n", "$310 million", date(2022, 9, 21),
     (date(2022, 10, 1), date(2023, 9, 30))),
    # a North Carolina city's budget: July to June by state law
    ("Wilmington, N.C. council weighs tax increase\n\nThe Wilmington, N.C. city council approved a $240 million "
     "budget on Monday night.\n", "$240 million", date(2022, 6, 9), (date(2022, 7, 1), date(2023, 6, 30))),
    # "the upcoming budget": the fiscal year to come, not the year to date
    ("Sheriff seeks more money\n\nThe sheriff's office at the jail at Silverdale is asking for a $2.3 million "
     "increase in the upcoming budget, officials told Hamilton County commissioners.\n", "$2.3 million",
     date(2024, 5, 8), (date(2024, 7, 1), date(2025, 6, 30))),
], ids=["texas-city-budget-in-the-lede", "north-carolina-city-budget", "upcoming-budget"])
def test_a_local_budget_is_of_its_states_local_fiscal_year(pack, text, figure, published, span):
    assert drafted_span(pack, text, figure, published) == span


def test_the_local_rule_is_the_states(pack):
    assert states.local_fiscal_start(pack, "wilmington-nc") == "07-01"
    assert states.local_fiscal_start(pack, "baytown-tx") == "10-01"
    assert states.local_fiscal_start(pack, "wilmington-de") is None


def test_a_count_beside_no_budget_keeps_its_calendar_year(pack):
    text = "Austin police\n\nAustin police made 1,200 arrests in 2023, up from 1,100 in 2022.\n"
    records = drafted(text, published=date(2024, 2, 1), pack=pack)
    assert period_days(records["1,200"], date(2024, 2, 1)) == (date(2023, 1, 1), date(2023, 12, 31))


def test_a_calendar_year_named_in_a_budget_story_that_never_says_fiscal_stays_one(pack):
    # the budget at the top lets "this year's proposed budget" be the fiscal year; a year named is the calendar's
    text = ("New Braunfels council reviews proposed budget\n\nThe city council reviewed the proposed budget on "
            "Tuesday.\n\nThe proposed tax rate for 2021 is $0.48 per $100 of valuation, the finance director said.\n")
    records = drafted(text, published=date(2020, 9, 10), pack=pack)
    assert period_days(records["$0.48"], date(2020, 9, 10)) == (date(2021, 1, 1), date(2021, 12, 31))
