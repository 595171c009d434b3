"""The twelfth round, WHEN: periods of classes of sentences common across unseen articles (the year
of a figure compared with taken for the period of the change; two years in a row written as one
span, "2010-11"; the figures of an annual point-in-time count taken in one month). Sentences written
for these tests, none about Birmingham, Alabama; the measure half (fresh8 n11-n20) is only measured
by its summary."""

from __future__ import annotations

from datetime import date

import pytest

import auditor.draft  # noqa: F401  (auditor.draft, used by drafted_records)

from draft_helpers import pack  # noqa: F401  (the fixture)
from draft_helpers import drafted_records


def _period_of(records: list[dict], key: str, value: str) -> str:
    return next(str(r.get("period")) for r in records if key in r and str(r[key]).startswith(value))


def _change_period(records: list[dict], phrase: str) -> str:
    return next(str(r.get("period")) for r in records if "change" in r and phrase in r["change"]["phrase"])


_LEDE = "Dayton roads\n\nThe county said 311 people died in traffic crashes last year, the most on record.\n\n"


# --- the year of a figure compared with ----------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "That marks a 14-percent jump over the 273 fatalities recorded in 2021.",
    "Deaths rose 14 percent compared with the 273 fatalities counted in 2021.",
    "The toll was 14 percent above the previous high of 273 deaths in 2021.",
])
def test_the_year_after_a_figure_compared_with_is_its_own_not_the_changes(pack, sentence):
    records = drafted_records(_LEDE + sentence + "\n", published=date(2023, 2, 14), pack=pack)
    assert "2021" not in _change_period(records, "14 percent")
    # the figure compared with keeps the year said right after it
    assert _period_of(records, "value", "273").endswith("2021")


def test_a_year_after_over_with_no_the_is_the_figures_own(pack):
    # "over 300 deaths in 2021": "over" qualifies the figure, the year is its period
    records = drafted_records("Dayton roads\n\nThe county recorded over 300 traffic deaths in 2021.\n",
                              published=date(2023, 2, 14), pack=pack)
    assert _period_of(records, "value", "over 300").endswith("2021")


# --- two years in a row written as one span ------------------------------------------------------

# ("2014-15", "2014–2015" and "2014/2015" are read otherwise by the time reader: left as before)
@pytest.mark.parametrize("words", ["in 2014-2015", "during the 2014-2015 winter"])
def test_two_years_in_a_row_are_july_to_june(pack, words):
    records = drafted_records(f"Snowy winter\n\nBuffalo measured 96.3 inches of snow {words}.\n",
                              published=date(2023, 3, 2), pack=pack)
    assert _period_of(records, "value", "96.3") == "2014-07-01/2015-06-30"


@pytest.mark.parametrize("sentence, kept", [
    # a budget's two years: a biennium as often as not, not July to June
    ("Nine new positions are budgeted for in 2024-2025.", "2024"),
    # years not in a row are no season
    ("The county recorded 96 deaths in 2014-2016.", "2014"),
])
def test_other_spans_of_years_are_not_read_as_july_to_june(pack, sentence, kept):
    records = drafted_records("County news\n\n" + sentence + "\n", published=date(2023, 3, 2), pack=pack)
    period = str(next(r.get("period") for r in records if "value" in r))
    assert "07-01" not in period and kept in period


# --- an annual point-in-time count ---------------------------------------------------------------

_PIT = ("Homeless count\n\nVolunteers fanned out across Ohio on Tuesday for the annual Point-in-Time Count, "
        "which is held each year on one night in January.\n\n")


def test_a_year_of_a_point_in_time_count_is_the_month_it_is_taken(pack):
    records = drafted_records(_PIT + "In 2022, the count found 2,417 people experiencing homelessness.\n",
                              published=date(2023, 1, 24), pack=pack)
    assert _period_of(records, "value", "2,417") == "2022-01-01/2022-01-31"


def test_without_a_point_in_time_count_a_year_stays_whole(pack):
    text = ("Shelter use\n\nVolunteers served meals each night in January.\n\n"
            "In 2022, the shelters counted 2,417 people experiencing homelessness.\n")
    records = drafted_records(text, published=date(2023, 1, 24), pack=pack)
    assert _period_of(records, "value", "2,417").endswith("2022")


def test_a_count_taken_in_two_months_names_no_one_month(pack):
    text = ("Homeless count\n\nThe Point-in-Time Count was held in January in some counties and in February "
            "in others.\n\nIn 2022, the count found 2,417 people experiencing homelessness.\n")
    records = drafted_records(text, published=date(2023, 3, 24), pack=pack)
    assert _period_of(records, "value", "2,417").endswith("2022")


# --- a bare rate in a list of rates --------------------------------------------------------------

def test_a_bare_rate_after_rates_keeps_their_metric(pack):
    text = ("Dayton jobs\n\nDayton's unemployment rate rose to 5.1 per cent in March.\n\n"
            "The city's rate had hovered near five per cent for months. It was 4.6 per cent in January, "
            "4.8 in February and five per cent in December.\n")
    records = drafted_records(text, published=date(2023, 4, 7), pack=pack)
    assert next(r.get("metric") for r in records if r.get("value") == "4.8") == "unemployment_rate"


def test_the_highest_at_a_bare_rate_keeps_the_rates_metric(pack):
    text = ("Dayton jobs\n\nDayton's unemployment rate rose to 5.1 per cent in March. Toledo had the lowest "
            "rate in the state at 4.1 per cent, while Akron had the highest at 6.3.\n")
    records = drafted_records(text, published=date(2023, 4, 7), pack=pack)
    assert next(r.get("metric") for r in records if r.get("value") == "6.3") == "unemployment_rate"


def test_a_bare_whole_number_after_a_rate_is_still_no_rate(pack):
    # a count after a rate keeps being refused a percentage metric
    text = ("Dayton jobs\n\nDayton's unemployment rate rose to 5.1 per cent in March, and 1,450 people "
            "filed claims.\n")
    records = drafted_records(text, published=date(2023, 4, 7), pack=pack)
    assert next(r.get("metric") for r in records if r.get("value", "").startswith("1,450")) != "unemployment_rate"


# --- a tax rate set with a budget ----------------------------------------------------------------

def test_a_tax_rate_cut_with_a_budget_is_of_the_budgets_year(pack):
    text = ("City adopts budget\n\nThe City Council adopted a $210 million budget on Thursday.\n\n"
            "Council on Thursday also reduced the City’s property tax rate by 6 percent, to 9.9 mills.\n")
    # a release of the day of the vote (Thursday, December 16, 2021): the rate is of the year to come
    records = drafted_records(text, published=date(2021, 12, 16), pack=pack)
    period = next(str(r.get("period")) for r in records if "change" in r and "6 percent" in r["change"]["phrase"])
    assert "2022" in period and "Thursday" not in period
