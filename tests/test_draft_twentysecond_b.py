"""Draft-22b: who and when. A budget's fiscal year as the article itself says it starts (or ends)
when the pack declares none; a day opening a sentence is no part of the body that released a
document."""
from datetime import date

import auditor.draft  # noqa: F401  (auditor.draft, used by drafted_records)


from draft_helpers import drafted_records, record_with
from draft_helpers import pack  # noqa: F401  (the fixture)

_DAY = date(2021, 8, 20)
_BUDGET = "FARGO — The City Commission met on Tuesday. The commission adopted a $48.2 million city budget."


def _budget(text: str, pack) -> dict:
    return record_with(drafted_records(text, published=_DAY, pack=pack), "value", "48.2")


def test_the_fiscal_year_the_article_says_starts_in_october(pack):
    got = _budget(_BUDGET + " The new fiscal year starts Oct. 1 and runs through Sept. 30, 2022.", pack)
    assert got.get("period") == "2021-10-01/2022-09-30", got


def test_a_fiscal_year_ending_june_30_starts_in_july(pack):
    got = _budget(_BUDGET + " Its fiscal year ends June 30.", pack)
    assert got.get("period") == "2022-07-01/2023-06-30", got


def test_without_a_fiscal_year_said_the_budget_keeps_the_calendar_year(pack):
    assert _budget(_BUDGET, pack).get("period") == "2022-01-01/2022-12-31"


def test_two_different_fiscal_years_said_leave_the_calendar_year(pack):
    got = _budget(_BUDGET + " Its fiscal year ends June 30. The budget takes effect Oct. 1.", pack)
    assert got.get("period") == "2022-01-01/2022-12-31", got


def test_the_state_fiscal_year_beside_the_citys_is_not_the_budgets(pack):
    # (review9: another body's year is no declaration of the budget's; was the test above's case)
    got = _budget(_BUDGET + " The city's fiscal year ends June 30 and the state fiscal year starts Oct. 1.", pack)
    assert got.get("period") == "2022-07-01/2023-06-30", got


def test_a_day_opening_the_sentence_is_not_the_body_that_released_the_document(pack):
    text = ("FARGO — Crime fell in 2020, according to a new report from the Fargo Police Department. "
            "Friday the department released its annual crime summary. The summary showed 14 homicides in 2020.")
    got = record_with(drafted_records(text, published=_DAY, pack=pack), "value", "14")
    assert got.get("speaker") == "Fargo Police Department" and got.get("attribution") == "document", got


def _quotes(text: str, pack) -> list[str]:
    return [x.record["quote"]["text"] for x in auditor.draft.draft(text, _DAY, pack=pack).drafted]


def test_a_figure_in_parentheses_after_a_name_is_quoted_with_the_name(pack):
    got = _quotes("Crime rose in several council areas in 2020: Fargo (1,368.5 incidents, down 3.2 per cent) "
                  "and Moorhead (903 incidents, up 1.1 per cent).", pack)
    assert got == ["Fargo (1,368.5 incidents, down 3.2 per cent)"] * 2 + ["Moorhead (903 incidents, up 1.1 per cent)"] * 2, got
    got = _quotes("Of the five largest cities, only Bismarck (2.7%) saw unemployment rise in July. "
                  "Unemployment was rising in the West (4.2%) in July.", pack)
    assert got == ["Bismarck (2.7%)", "the West (4.2%)"], got


def test_parentheses_after_a_movement_or_a_month_are_no_name(pack):
    got = _quotes("Homicides rose 5% (from 100 to 105) in Fargo in 2020. "
                  "Fargo recorded 12 homicides in March (4 more than in 2020).", pack)
    assert "Homicides rose 5% (from 100" in got and "Fargo recorded 12 homicides in March (4 more than in 2020)" in got, got


def test_results_from_a_body_are_its_document(pack):
    text = ("FARGO — Turnout was 31 percent in Tuesday's primary election, according to unofficial results from "
            "the Cass County Elections Office.")
    got = record_with(drafted_records(text, published=_DAY, pack=pack), "value", "31")
    assert got.get("attribution") == "document" and got.get("speaker") == "Cass County Elections Office", got


def test_this_fiscal_year_is_the_one_the_article_says_starts_in_july(pack):
    text = (_BUDGET + " The city budget was $3.1 million this fiscal year. "
            "The fiscal year starts July 1.")
    got = record_with(drafted_records(text, published=_DAY, pack=pack), "value", "3.1")
    assert got.get("period") == "2021-07-01/2022-06-30", got


def test_next_fiscal_year_without_a_start_said_is_left_out_with_a_note(pack):
    import auditor.draft as d
    text = "FARGO — The city budget will be $3.1 million next fiscal year."
    got = next(x for x in d.draft(text, _DAY, pack=pack).drafted if "3.1" in str(x.record.get("value")))
    assert not got.record.get("period") and any("fiscal year" in n and "write it" in n for n in got.notes), got


_LAST_YEAR = "FARGO — Fargo recorded 20 homicides in 2020, up from 15 in 2019. Robberies in Fargo fell 4 percent for the year."


def test_for_the_year_in_a_spring_story_about_last_years_figures_is_that_year(pack):
    got = record_with(drafted_records(_LAST_YEAR, published=date(2021, 3, 10), pack=pack), "change", "4")
    assert got.get("period") == "2020", got


def test_for_the_year_of_a_forecast_stays_the_year_to_come(pack):
    text = _LAST_YEAR.replace("fell 4 percent", "will fall 4 percent")
    got = record_with(drafted_records(text, published=date(2021, 3, 10), pack=pack), "change", "4")
    # the year of publication, read from its own words, and a projection (not last year, 2020)
    assert got.get("period") == "the year" and got.get("projection") is True, got
