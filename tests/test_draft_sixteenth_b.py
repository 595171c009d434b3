"""The sixteenth round, WHEN (draft-16b): period classes counted over every development set.
A year before named alone ("last year", "a year ago", "the comparable period last year") in a
sentence whose own figures count a part of the current year (the year to date, a month) counts the
same part of the year before, and a change measured against it is of the part; "in the year to
March", "the year ending March 2017", "the 12 months to June 2022" are twelve months to the end of
that month, not the year to date. Sentences written for these tests (figures made up), none about
Birmingham, Alabama."""

from __future__ import annotations

from datetime import date

import pytest

import auditor.draft  # noqa: F401  (auditor.draft, used by drafted_records)

from draft_helpers import pack  # noqa: F401  (the fixture)
from draft_helpers import drafted_records, record_with


# --- a year before beside a part of the current year ------------------------------------------------

def test_last_year_beside_the_year_to_date_is_the_same_part_of_last_year(pack):
    text = ("Tucson homicides\n\nHomicides in Tucson are up slightly, from 61 last year to 64 so far this year, "
            "police said.\n")
    records = drafted_records(text, published=date(2024, 5, 10), pack=pack)
    base = record_with(records, "value", "61")
    assert str(base["period"]) == "2023-01-01/2023-05-10"


def test_a_change_against_the_comparable_period_last_year_is_of_the_part(pack):
    text = ("Tucson home sales\n\nHome sales in Tucson from January through April are up 19 per cent from the "
            "comparable period last year, the board says.\n")
    change = record_with(drafted_records(text, published=date(2024, 5, 10), pack=pack), "change", "19 per cent")
    assert str(change["period"]) == "2024-01-01/2024-04-30"


def test_a_year_ago_beside_a_month_is_that_month_a_year_before(pack):
    text = ("Tucson jobs\n\nThe unemployment rate in Tucson was 4.1% in March, up from 3.8% a year ago.\n")
    base = record_with(drafted_records(text, published=date(2024, 5, 10), pack=pack), "value", "3.8%")
    assert str(base["period"]) == "2023-03-01/2023-03-31"


@pytest.mark.parametrize("sentence", [
    "After Tucson recorded a total of 95 homicides last year, it has 30 so far this year.",
    "Tucson recorded 95 homicides last year as a whole, and 30 so far this year.",
])
def test_a_whole_year_said_as_one_stays_the_whole_year(pack, sentence):
    records = drafted_records("Tucson homicides\n\n" + sentence + "\n", published=date(2024, 5, 10), pack=pack)
    assert str(record_with(records, "value", "95")["period"]) == "last year"


def test_last_year_with_no_part_named_stays_the_whole_year(pack):
    text = "Tucson homicides\n\nTucson recorded 95 homicides last year, up from 80 in 2022.\n"
    records = drafted_records(text, published=date(2024, 5, 10), pack=pack)
    assert str(record_with(records, "value", "95")["period"]) == "last year"


# --- twelve months to a month ------------------------------------------------------------------------

@pytest.mark.parametrize("words, published, period", [
    ("in the year to March", date(2017, 7, 20), "2016-04-01/2017-03-31"),
    ("in the year ending March 2016", date(2017, 7, 20), "2015-04-01/2016-03-31"),
    ("in the 12 months to June 2022", date(2023, 1, 10), "2021-07-01/2022-06-30"),
    ("in the year to September", date(2017, 2, 1), "2015-10-01/2016-09-30"),
])
def test_the_year_to_a_month_is_twelve_months(pack, words, published, period):
    text = f"Tucson burglaries\n\nPolice in Tucson recorded 4,120 burglaries {words}, the figures show.\n"
    record = record_with(drafted_records(text, published=published, pack=pack), "value", "4,120")
    assert str(record["period"]) == period


@pytest.mark.parametrize("sentence", [
    "Police in Tucson expect 4,120 burglaries in the year to March.",
    "Police in Tucson recorded 4,120 burglaries in the year to March 2018.",
])
def test_a_year_to_a_month_to_come_is_not_twelve_months_over(pack, sentence):
    # a forecast, or a month not over on the day of publication
    record = record_with(drafted_records("Tucson burglaries\n\n" + sentence + "\n", published=date(2017, 7, 20), pack=pack),
                   "value", "4,120")
    assert "-03-31" not in str(record.get("period"))


# --- a change in the present tense in a story about a year gone by -------------------------------------

def test_a_present_change_in_a_story_of_last_year_is_of_that_year(pack):
    text = ("Tucson overdoses\n\nOverdose deaths in Tucson reached 300 in 2023, the county said. In 2023 the "
            "county also recorded 41 fire deaths.\n\nOverdose deaths are up 12% compared with the year before, "
            "the report shows.\n")
    change = record_with(drafted_records(text, published=date(2024, 3, 10), pack=pack), "change", "12%")
    assert "2023" in str(change["period"])


def test_a_present_change_said_so_far_stays_the_year_to_date(pack):
    text = ("Tucson overdoses\n\nOverdose deaths in Tucson reached 300 in 2023, the county said. In 2023 the "
            "county also recorded 41 fire deaths.\n\nSo far, overdose deaths are up 12% compared with the same "
            "time last year, the report shows.\n")
    change = record_with(drafted_records(text, published=date(2024, 3, 10), pack=pack), "change", "12%")
    assert "2023" not in str(change.get("period"))


# --- "to March" in an article of the year to March ---------------------------------------------------------

_YEAR_TO_MARCH = ("Crime in Tucson\n\nThe number of crimes recorded by Tucson police was 41,200 in the year to March, "
                  "according to the city.\n\n")


def test_to_the_end_of_the_articles_month_is_the_same_twelve_months(pack):
    text = _YEAR_TO_MARCH + "Pima County deputies recorded 9,150 offences up to the end of March this year.\n"
    record = record_with(drafted_records(text, published=date(2017, 7, 20), pack=pack), "value", "9,150")
    assert str(record["period"]) == "2016-04-01/2017-03-31"


@pytest.mark.parametrize("sentence", [
    "Pima County deputies recorded 9,150 offences from January to March this year.",
    "Pima County deputies recorded 9,150 offences up to the end of March this year.",
])
def test_to_march_without_the_articles_twelve_months_stays_a_part_of_the_year(pack, sentence):
    opening = "" if "up to" in sentence else _YEAR_TO_MARCH
    text = (opening or "Crime in Tucson\n\n") + sentence + "\n"
    record = record_with(drafted_records(text, published=date(2017, 7, 20), pack=pack), "value", "9,150")
    assert not str(record.get("period")).startswith("2016")


def test_a_present_change_to_the_same_point_last_year_stays_the_year_to_date(pack):
    text = ("Tucson murders\n\nMurders in Tucson are up 15% compared to the same point in 2023, police said.\n\n"
            "As of March 3, 62 people had been killed. That compares to 54 in the same period in 2023.\n\n"
            "Shootings in Tucson so far this year are running 19% below what the city saw to the same point in "
            "2023.\n")
    change = record_with(drafted_records(text, published=date(2024, 3, 10), pack=pack), "change", "15%")
    assert "2023" not in str(change.get("period"))


def test_last_year_beside_the_year_to_date_not_compared_stays_the_whole_year(pack):
    records = drafted_records("Tucson homicides\n\nThere were 95 homicides in Tucson last year and 30 so far this year.\n",
                              published=date(2024, 5, 10), pack=pack)
    assert str(record_with(records, "value", "95")["period"]) == "last year"
