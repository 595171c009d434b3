"""Mends of the twenty-seventh drafting round after review11b (sentences written for these tests,
read with the articles' pack)."""

from datetime import date

import pytest

import auditor.draft
from draft_helpers import drafted, pack  # noqa: F401  (the fixture)
from test_draft_twentyseventh_a import _AFTER_2013_14, _POLICE


def _notes(text, published, pack, figure):
    """The review notes of the claim drafted on `figure`."""
    d = auditor.draft.draft(text, published, pack=pack)
    return next(x.notes for x in d.drafted if text[x.anchor[0]:x.anchor[1]] == figure)


_DALLAS_FY = ("Dallas finished the 2022-23 fiscal year with sales tax revenue of $390 million, city officials said.\n\n"
              "Dallas police have recorded 210 homicides this year, down from 246 last year.")
_CITY_FY = ("The city ended the 2022-23 fiscal year with a $4.2 million surplus, the finance director said.\n\n"
            "This year, the city expects to collect $51 million in sales tax.")
_DURHAM_FY = ("Durham County Council overspent by £3 million in the 2022/23 financial year, a report shows.\n\n"
              "Durham police have recorded 18 burglaries this year.")


@pytest.mark.parametrize(("text", "published", "figure", "expected"), [
    # 1. a year still running ("have recorded", "expects") is no financial year that has ended
    pytest.param(_DALLAS_FY, date(2023, 11, 10), "210", "this year", id="have-recorded-this-year"),
    pytest.param(_DALLAS_FY, date(2023, 11, 10), "246", "2022-01-01/2022-11-10", id="its-last-year-stays-calendar"),
    pytest.param(_CITY_FY, date(2024, 3, 5), "$51 million", "this year", id="expects-this-year"),
    pytest.param(_DURHAM_FY, date(2024, 1, 15), "18", "this year", id="uk-have-recorded-this-year"),
    # 4. a season or school year named a word or two after the split year keeps July to June
    pytest.param("There were 1,381 football-related arrests in England and Wales during the 2018/19 football season, "
                 "Home Office figures show.", date(2019, 8, 1), "1,381", "2018-07-01/2019-06-30",
                 id="football-season-keeps-july"),
    # 7. the financial-year reading holds only from the year's end to a year after it
    pytest.param(_POLICE, date(2016, 3, 1), "2,091", "this year", id="two-years-on-this-year-is-calendar"),
    # ... and a lone year before the financial year ("the highest since 2010") does not stop it
    pytest.param(_POLICE + "\n\nRobberies were the highest since 2010.", _AFTER_2013_14, "2,091",
                 "2013-07-01/2014-06-30", id="an-earlier-lone-year-keeps-the-financial-year"),
    # 2. the article's own "so far this year" in a budget story is no year to date the drafter assumed
    pytest.param("The Raleigh City Council approved the 2025 budget on Monday.\n\n"
                 "Sales tax revenue so far this year totals $112 million, the budget director said.",
                 date(2024, 12, 10), "$112 million", "so far this year", id="budget-story-so-far-this-year"),
    # ... while "pay $113 more in property taxes this year" with a proposed budget is its whole year
    pytest.param("Mayor Jim Watson on Wednesday tabled the proposed 2019 municipal budget for Ottawa, recommending "
                 "that the average urban homeowner pay $113 more in property taxes this year.",
                 date(2019, 2, 6), "$113", "2019-01-01/2019-12-31", id="budget-story-this-year"),
])
def test_periods_mended(pack, text, published, figure, expected):
    assert drafted(text, published=published, pack=pack)[figure].get("period") == expected


def test_a_budget_year_taken_for_an_assumed_year_to_date_drops_its_note(pack):
    # 7. the note of the year to date assumed goes when the budget's year replaces it
    text = ("Mayor Jim Watson on Wednesday tabled the proposed 2019 municipal budget for Ottawa.\n\n"
            "The transit tax portion of the property tax bill is proposed to increase by 3.5 per cent.")
    notes = _notes(text, date(2019, 2, 6), pack, "3.5 per cent")
    assert not any(n.startswith("period: 'so far this year'") for n in notes), notes


def test_in_the_previous_fiscal_year_is_the_base_not_the_period(pack):
    # 7. "than in the previous fiscal year" is the base: the figure's period is the year named before it
    text = "Dallas collected $400 million in sales tax revenue in 2023, $12 million more than in the previous fiscal year."
    notes = _notes(text, date(2024, 2, 1), pack, "$400 million")
    assert any(n.startswith("period: FY2023") for n in notes), notes


def _quotes(text, pack):
    d = auditor.draft.draft(text, date(2024, 2, 1), pack=pack)
    return {text[x.anchor[0]:x.anchor[1]]: text[x.quote[0]:x.quote[1]] for x in d.drafted}


def test_a_run_in_list_quotes_each_entry_alone(pack):
    # 3. back to the dash before, but not over the list's previous entry
    got = _quotes("Homicides in Dallas: 2021 – 41, 2022 – 52, 2023 – 60.", pack)
    assert (got["52"], got["60"]) == ("2022 – 52", "2023 – 60"), got


def _voices(text, pack):
    d = auditor.draft.draft(text, date(2024, 2, 1), pack=pack)
    return {text[x.anchor[0]:x.anchor[1]]: (x.record.get("speaker"), x.record.get("attribution")) for x in d.drafted}


@pytest.mark.parametrize("sentence", [
    # 5. what a chief foresaw, stated by the reporter
    "Dallas homicides rose 5% in 2023, as Chief Eddie Garcia had predicted.",
    "Dallas homicides rose 5% in 2023, more than Chief Eddie Garcia projected.",
    # 6. a count that grew is no report
    "The Dallas Police Department had added 150 officers by the end of 2023.",
])
def test_the_reporters_own_figures(pack, sentence):
    got = _voices(sentence, pack)
    assert got and all(v == (None, "reporter") for v in got.values()), got
