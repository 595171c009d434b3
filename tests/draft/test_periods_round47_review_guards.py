"""Guards on round 47's period readings (review rev47b): the period the sentence before names is no present
tense figure's and no event's "ago"; "the previous year" after a percentage compared with (not a base figure)
stays that percentage's own; the year before publication is read only in a year's first months; a budget the
article names later, in a year over by publication, gives no budget figure its year."""

from datetime import date

import pytest

from draft_helpers import drafted, period_days
from draft_helpers import pack  # noqa: F401  (a fixture)


@pytest.mark.parametrize("text, figure, published", [
    ("Shootings rose in 2021.\n\nThe city's budget was adopted in June. The police department has 212 sworn officers.",
     "212", date(2022, 3, 3)),
    ("Homicides fell in 2021.\n\nThe shooting happened in 2019. Police have made 14 arrests in the case.", "14",
     date(2022, 3, 3)),
], ids=["has-officers-after-a-month", "have-made-arrests-after-an-events-year"])
def test_a_present_tense_figure_takes_no_period_from_the_sentence_before(pack, text, figure, published):
    got = drafted(text, published=published, pack=pack)
    assert got[figure].get("period") == published.isoformat(), got[figure]


@pytest.mark.parametrize("text, figure", [
    ("Homicides fell in 2021.\n\nThe city held a gun buyback about a month ago. Officers collected 212 firearms.", "212"),
    ("Shootings fell in 2021.\n\nThe unit was formed two years ago. Detectives made 14 arrests.", "14"),
], ids=["a-month-ago", "two-years-ago"])
def test_a_time_ago_the_sentence_before_names_is_an_events(pack, text, figure):
    got = drafted(text, published=date(2022, 3, 3), pack=pack)
    assert "ago" not in str(got[figure].get("period")), got[figure]


@pytest.mark.parametrize("text, figure, published, period", [
    ("The jobless rate fell to 5.1 percent in 2020 compared with 5.6 percent the previous year.", "5.6 percent",
     date(2021, 6, 15), "the previous year"),
    ("The jobless rate fell to 5.1 percent in May compared with 5.6 percent the previous month.", "5.6 percent",
     date(2021, 6, 15), "the previous month"),
], ids=["previous-year", "previous-month"])
def test_a_percentage_compared_with_keeps_the_year_before_named_after_it(pack, text, figure, published, period):
    got = drafted(text, published=published, pack=pack)
    assert got[figure].get("period") == period, got[figure]


@pytest.mark.parametrize("text, figure, published", [
    ("Home sales in Dayton totaled 812, down 4 percent from 846 a year earlier.", "812", date(2021, 8, 12)),
    ("The county's unemployment rate stands at 5.2 percent, up from 4.1 percent a year earlier.", "5.2 percent",
     date(2020, 6, 15)),
], ids=["a-months-sales-in-august", "a-rate-in-june"])
def test_after_a_years_first_months_a_figure_is_not_of_the_year_before_publication(pack, text, figure, published):
    got = drafted(text, published=published, pack=pack)
    assert got[figure].get("period") != str(published.year - 1), got[figure]


_ADOPTED = ("The Dallas City Council approved an operating budget of $4.3 billion.\n\n"
            "Council members voted 11-4 after a long debate.\n\n")


def test_an_old_budget_named_later_gives_no_year(pack):
    published = date(2021, 9, 22)
    got = drafted(_ADOPTED + "The 2019 budget had cut 100 police positions.\n", published=published, pack=pack)
    assert period_days(got["$4.3 billion"], published) == (date(2021, 10, 1), date(2022, 9, 30)), got["$4.3 billion"]


def test_a_budget_under_way_named_later_still_gives_its_year(pack):
    published = date(2021, 9, 22)
    got = drafted(_ADOPTED + "Other 2021-22 budget items included in the discussion follow.\n", published=published,
                  pack=pack)
    assert period_days(got["$4.3 billion"], published) == (date(2021, 10, 1), date(2022, 9, 30)), got["$4.3 billion"]


def test_a_figure_told_since_the_time_the_sentence_before_names_takes_it(pack):
    text = ("Traffic deaths fell in Minnesota in 2009.\n\nThe primary seat belt law went into effect last year. "
            "The seat-belt compliance rate has since climbed to 90 percent.")
    got = drafted(text, published=date(2010, 1, 6), pack=pack)
    assert got["90 percent"].get("period") != "2010-01-06", got["90 percent"]


def test_an_events_month_the_sentence_before_names_is_no_figures(pack):
    text = ("Council approved the 2020 budget on Monday.\n\nBudget meetings began in December 2019, and there were four "
            "in total. A special levy, which was projected at 3.58 per cent originally, ended up at 2.78 per cent.")
    got = drafted(text, published=date(2020, 2, 11), pack=pack)
    assert "December" not in str(got["3.58 per cent"].get("period")), got["3.58 per cent"]
