"""The nineteenth round, WHO and WHEN (draft-19b). A year to date ends on the day the article gives its
figures "as of" when the article names one such day only, even paragraphs away from the figure (or
in its headline); two different days leave each figure to the day nearest it, or to publication.
Sentences written for these tests (figures made up), none about Birmingham, Alabama."""

from __future__ import annotations

from datetime import date

import auditor.draft  # noqa: F401  (auditor.draft, used by drafted_records)

from draft_helpers import pack  # noqa: F401  (the fixture)
from draft_helpers import drafted_records, record_with


_FAR = ("Shootings in Tucson\n\nAs of Sunday, Tucson police had recorded 41 homicides, the department said.\n\n"
        "The mayor held a news conference downtown.\n\nShe thanked the officers who attended.\n\n"
        "Several residents spoke about the neighborhood watch program.\n\n"
        "There have been 212 shootings in Tucson so far this year.\n")


def test_the_one_as_of_day_of_the_article_ends_a_year_to_date_far_from_it(pack):
    records = drafted_records(_FAR, published=date(2024, 9, 24), pack=pack)
    assert str(record_with(records, "value", "212")["period"]) == "2024-01-01/2024-09-22"


def test_two_as_of_days_leave_a_far_year_to_date_at_publication(pack):
    text = _FAR.replace("The mayor held", "As of Aug. 31, 38 homicides had been recorded. The mayor held")
    records = drafted_records(text, published=date(2024, 9, 24), pack=pack)
    assert str(record_with(records, "value", "212")["period"]) == "so far this year"


def test_the_headlines_as_of_day_ends_the_year_to_date(pack):
    text = "There have been 212 shootings in Tucson so far this year, police said.\n"
    records = drafted_records(text, published=date(2024, 9, 24), pack=pack,
                              title="Tucson crime trends as of September 20, 2024")
    assert str(record_with(records, "value", "212")["period"]) == "2024-01-01/2024-09-20"


def test_without_an_as_of_day_the_year_to_date_runs_to_publication(pack):
    text = _FAR.replace("As of Sunday, ", "")
    records = drafted_records(text, published=date(2024, 9, 24), pack=pack)
    assert str(record_with(records, "value", "212")["period"]) == "so far this year"


_TWELVE = ("Burglaries in Cork\n\n412 burglaries were recorded in Cork in the 12 months to June 2023, up from 388 in the "
           "year to June 2022, figures show.\n")


def test_a_figure_and_its_base_each_count_their_own_twelve_months_to_a_month(pack):
    records = drafted_records(_TWELVE, published=date(2023, 9, 28), pack=pack)
    assert str(record_with(records, "value", "412")["period"]) == "2022-07-01/2023-06-30"
    assert str(record_with(records, "value", "388")["period"]) == "2021-07-01/2022-06-30"


def test_twelve_months_compared_over_are_not_the_figures_own(pack):
    text = "Burglaries in Cork\n\nBurglaries in Cork rose 6% compared over the year to June 2022, police said.\n"
    records = drafted_records(text, published=date(2023, 9, 28), pack=pack)
    assert all(str(r.get("period")) != "2021-07-01/2022-06-30" for r in records)


def _voice(text: str) -> tuple:
    records = drafted_records("Jobs in Tucson\n\n" + text + "\n", published=date(2024, 5, 2))
    return records[0].get("attribution"), records[0].get("speaker")


def test_a_report_released_by_a_body_that_indicated_figures_is_the_bodys_document():
    assert _voice("A report released Tuesday by the Pima Workforce Board indicated that 2,310 people in Tucson "
                  "were unemployed in March.") == ("document", "Pima Workforce Board")


def test_a_bodys_report_that_finds_figures_is_its_document():
    assert _voice("The monthly Arizona Office of Economic Opportunity report finds Tucson with an unemployment "
                  "rate of 3.9 percent in March.") == ("document", "Arizona Office of Economic Opportunity")


def test_a_person_who_said_early_numbers_indicated_a_figure_is_its_speaker():
    kind, speaker = _voice("Last month, Superintendent Ana Ruiz said early numbers indicated the district would have "
                           "about 40 more students than in 2023.")
    assert kind == "paraphrase" and "Ana Ruiz" in speaker


def test_the_final_quarter_of_a_named_year_is_that_years_fourth():
    from auditor.text.times import find_times
    found = {e.text: e.value for e in find_times("Prices rose in the final quarter of 2015 and in the last quarter of "
                                                  "2013.", date(2016, 5, 4))}
    assert found == {"the final quarter of 2015": "2015-Q4", "the last quarter of 2013": "2013-Q4"}


def test_this_christmas_written_in_early_january_is_the_one_just_past():
    from auditor.text.times import find_times
    assert [e.value for e in find_times("Nine people died on the roads this Christmas.", date(2022, 1, 3))] == ["2021-12-25"]
    assert [e.value for e in find_times("Stores expect record sales this Christmas.", date(2022, 11, 3))] == ["2022-12-25"]
