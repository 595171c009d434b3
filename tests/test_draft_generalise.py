"""How the drafter reads wordings it was not tuned on: generic words for a metric, places named
only by the paper or the body, records over a span of years, shares after counts, ages.

Sentences are quoted from the development articles (benchmarks/corpora/articles: claims,
heldout, fresh, fresh2) or written in their style; none is about Birmingham, Alabama.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import auditor
import auditor.draft
from auditor.draft import vocabulary

ARTICLES_PACK = Path(__file__).parents[1] / "benchmarks" / "corpora" / "articles" / "pack"


@pytest.fixture(scope="module")
def pack():
    return auditor.load_pack(ARTICLES_PACK)


def _by_anchor(text: str, d) -> dict[str, dict]:
    return {text[x.anchor[0]:x.anchor[1]]: x.record for x in d.drafted}


def test_the_budget_is_the_one_the_headline_names(pack):
    """The Daily Astorian, 2019-06-27: "the budget" alone, and a headline about county commissioners."""
    text = ("County commissioners on Wednesday night approved the budget for the fiscal year that starts in July.\n"
            "The budget is $84.4 million, up from $70.1 million this fiscal year.\n")
    d = auditor.draft(text, published=date(2019, 6, 27), pack=pack, title="County commissioners approve new budget")
    got = _by_anchor(text, d)
    assert got["$84.4 million"]["metric"] == "county_budget"
    assert got["$70.1 million"]["metric"] == "county_budget"
    notes = next(x.notes for x in d.drafted if x.record.get("value") == "$84.4 million")
    assert any("for 'budget'" in n for n in notes)


def test_a_board_of_commissioners_passes_a_county_budget(pack):
    """Barrow News-Journal, 2023-07-05: a board of commissioners is a county's."""
    text = "The Board of Commissioners passed the fiscal year 2024 budget totaling $155,693,582 during its June 27 meeting.\n"
    d = auditor.draft(text, published=date(2023, 7, 5), pack=pack, title="BOC approves budget")
    assert _by_anchor(text, d)["$155,693,582"]["metric"] == "county_budget"


def test_calls_are_the_ones_the_department_answers(pack):
    """KOLD, 2023-06-08: "calls" heads six metrics' names; the fire department's lede narrows it
    to all of its calls (not smoke calls or cardiac arrest calls)."""
    text = ("TUCSON, Ariz. (13 News) - The Tucson Fire Department has released its annual report.\n\n"
            "The department responded to 101,963 calls in 2022.\n\n"
            "Ward 3 was the busiest for TFD with 19,613 calls, but Ward 6 was close with 18,977 calls.\n")
    d = auditor.draft(text, published=date(2023, 6, 8), pack=pack)
    got = _by_anchor(text, d)
    assert got["101,963"]["metric"] == "emergency_calls"
    assert got["19,613"]["metric"] == "emergency_calls"


def test_a_generic_word_with_nothing_to_narrow_it_decides_nothing(pack):
    """Without a headline, lede or other figure saying which, "calls" is not guessed."""
    text = "There were 1,200 calls in 2022.\n"
    d = auditor.draft(text, published=date(2023, 1, 5), pack=pack, title="A look back")
    assert not any(x.record.get("value") == "1,200" for x in d.drafted)
    assert any("names no metric" in n for n in d.notes)


def test_generic_metric_keeps_a_dollar_figure_to_dollar_metrics(pack):
    text = "the budget of $105,930,629 is balanced"
    got = vocabulary.generic_metric(pack, text, (0, len(text)), (0, len(text)), 14, "dollar",
                                    vocabulary.context_words("County Administrator"), lambda: {})
    assert got is not None and got.metric == "county_budget" and got.by == "article"
    assert pack.metrics[got.metric].unit == "dollar"
