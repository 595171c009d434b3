"""Round 48 review mends (rev48c): a tax counted as collected keeps its days, a quarter counted "through" is
the year to its end only when the clause names no other part, and a time of day is no level held the same."""

from datetime import date

import pytest

from draft_helpers import drafted, stated
from draft_helpers import pack  # noqa: F401  (a fixture)

import auditor


@pytest.mark.parametrize("text, figure, period", [
    pytest.param("Lawrence has collected $4.2 million in sales tax revenue this year, up from $3.9 million last year.",
                 "$4.2 million", "this year", id="sales-tax-collected-this-year-is-to-date"),
    pytest.param("Lawrence has collected $4.2 million in sales tax revenue this year, up from $3.9 million last year.",
                 "$3.9 million", "2021-01-01/2021-05-24", id="its-base-the-same-days-a-year-before"),
    pytest.param("Bed tax collections in Walton County this year are $21 million, the tourism office said.",
                 "$21 million", "this year", id="bed-tax-collections-to-date"),
    pytest.param(  # a levy is still set for its year
        "The township millage this year is 4.5 mills, compared with 4.2 mills last year.",
        "4.5", "2022-01-01/2022-12-31", id="a-millage-is-the-year"),
])
def test_a_tax_counted_as_collected_keeps_its_days(pack, text, figure, period):
    assert drafted(text, published=date(2022, 5, 24), pack=pack)[figure]["period"] == period


@pytest.mark.parametrize("figure, period", [
    ("610", "in the third quarter of last year"),
    ("1,705", "through the third quarter"),
], ids=["the-quarter-alone", "the-through-one-left-as-said"])
def test_a_quarter_beside_one_counted_through_keeps_its_own_days(pack, figure, period):
    text = "Maryland recorded 610 overdose deaths in the third quarter of last year and 1,705 through the third quarter."
    assert drafted(text, published=date(2018, 1, 26), pack=pack)[figure]["period"] == period


@pytest.mark.parametrize("sentence", [
    "Two people were shot in Dayton on Sunday night; one was stable at 9 p.m., police said.",
    "Two people were shot in Dayton on Sunday night; one was stable at 10:30 pm, police said.",
], ids=["at-9-p-m", "at-10-30-pm"])
def test_a_time_of_day_is_no_level_held_the_same(pack, sentence):
    got = stated(sentence, auditor.draft(sentence, published=date(2022, 5, 24), pack=pack))
    assert not any(r.get("comparison", {}).get("relation") in ("tie", "about-same") for _, r in got), got


def test_a_level_held_steady_at_a_figure_is_still_a_tie(pack):
    sentence = "The unemployment rate in Dayton held steady at 4.1 percent in April."
    got = dict(stated(sentence, auditor.draft(sentence, published=date(2022, 5, 24), pack=pack)))
    assert got["held steady"]["comparison"]["relation"] == "tie", got
