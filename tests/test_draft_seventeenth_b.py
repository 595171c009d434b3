"""The seventeenth round, WHEN (draft-17b): a year to date in an article whose figures are of the
month just over. A monthly release ("412 overdose deaths in May", read in June) reports the year to
the end of that month, not to the day of publication, so "so far this year" there runs to the end of
the month the headline or the first paragraphs name. A month named only further down (an event "in
May") leaves the year to date to the day of publication. Sentences written for these tests (figures
made up), none about Birmingham, Alabama."""

from __future__ import annotations

from datetime import date

import auditor.draft  # noqa: F401  (auditor.draft, used by drafted_records)

from draft_helpers import pack  # noqa: F401  (the fixture)
from draft_helpers import drafted_records, record_with


def test_the_year_to_date_of_a_monthly_release_ends_with_its_month(pack):
    text = ("Overdose deaths in Tucson\n\n41 suspected overdose deaths in May, the county said.\n\n"
            "There have been 212 overdose deaths in Tucson so far this year, according to the county's figures.\n")
    records = drafted_records(text, published=date(2024, 6, 20), pack=pack)
    assert str(record_with(records, "value", "212")["period"]) == "2024-01-01/2024-05-31"


def test_a_month_named_only_further_down_leaves_the_day_of_publication(pack):
    text = ("Overdose deaths in Tucson\n\nThere have been 212 overdose deaths in Tucson so far this year, "
            "according to the county's figures.\n\nThe county opened a new clinic downtown.\n\n"
            "Its staff said the clinic was busy.\n\nIn May, 41 of the deaths happened on the south side.\n")
    records = drafted_records(text, published=date(2024, 6, 20), pack=pack)
    assert str(record_with(records, "value", "212")["period"]) == "so far this year"


def test_a_month_two_months_back_leaves_the_day_of_publication(pack):
    text = ("Overdose deaths in Tucson\n\n41 suspected overdose deaths in April, the county said.\n\n"
            "There have been 212 overdose deaths in Tucson so far this year, according to the county's figures.\n")
    records = drafted_records(text, published=date(2024, 6, 20), pack=pack)
    assert str(record_with(records, "value", "212")["period"]) == "so far this year"
