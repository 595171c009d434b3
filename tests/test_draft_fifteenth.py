"""Draft-15: an article's places read over the whole article (common-word names, names that speak)."""
import pytest

from auditor.draft import vocabulary
from auditor.pack import load_pack

_PACK = load_pack()


def _named(text):
    return [(text[h.start:h.end], h.ids) for h in vocabulary.place_hits(_PACK, text)]


def test_a_place_named_in_common_words_needs_the_article_to_name_it():
    alone = "The jobless rate in the metro was 3.1 percent in June, down from 3.4 percent in May."
    assert _named(alone) == []
    both = "Kansas City, Mo. added 900 jobs. The jobless rate in the metro was 3.1 percent in June."
    assert ("the metro", ("kansas-city-metro",)) in _named(both)


def test_a_name_every_mention_of_which_says_something_is_a_persons():
    text = "Overdose deaths reached 140 last year, Birmingham said. Birmingham said the count may rise."
    assert _named(text) == []
    # one mention as a place keeps every mention a place's
    text = "Overdose deaths in Birmingham reached 140 last year. Birmingham said the count may rise."
    assert [n for n, _ in _named(text)] == ["Birmingham", "Birmingham"]


def _places(text):
    from pathlib import Path
    from auditor.draft import draft
    pack = load_pack(Path(__file__).resolve().parent.parent / "benchmarks/corpora/articles/pack")
    return [(c.record["quote"]["text"], c.record.get("place")) for c in draft(text, "2021-03-04", pack=pack).drafted]


@pytest.mark.slow   # loads the articles pack (about 1 s)
def test_a_clause_said_statewide_is_the_state_of_the_articles_place_not_the_cited_bodys():
    got = _places("TOLEDO, Ohio — Homicides in Toledo rose to 61 in 2020.\n\n"
                  "Last year, there were 79 fire deaths statewide, according to the U.S. Fire Administration.\n")
    assert [p for q, p in got if "79" in q] == ["ohio"]


@pytest.mark.slow   # loads the articles pack (about 1 s)
def test_a_place_named_after_the_claim_before_is_the_one_the_paragraph_goes_on_about():
    got = _places("WICHITA, Kan. — The jobless rate in Wichita rose to 6.4 percent in August.\n\n"
                  "Kansas's unemployment rate was unchanged at 4.5 percent. Wichita's rate had been hovering "
                  "at or around six percent for several months until August. It was 5.9 percent in May.\n")
    assert [p for q, p in got if "5.9" in q] == ["wichita-ks"]


@pytest.mark.slow   # loads the articles pack (about 1 s)
def test_a_figure_the_nation_only_ranks_is_the_citys():
    got = _places("WICHITA, Kan. — Homicides in Wichita fell to 40 in 2020.\n\n"
                  "Even so, the city's homicide rate stood at 10 per 100,000 residents, one of the highest in the nation.\n")
    assert [p for q, p in got if "10 per" in q] == ["wichita-ks"]
