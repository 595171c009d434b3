"""Mends of draft-27c's namesakes and roundups (a read-only review, review11c, 2026-12-05): each
test fails without its mend; invented local-news sentences, none about Birmingham, Alabama."""

from __future__ import annotations

from datetime import date

import pytest

import auditor
from auditor.pack import load_pack

PACK = load_pack("benchmarks/corpora/articles/pack")


def places(text: str) -> list[str | None]:
    d = auditor.draft(text, published=date(2024, 1, 10), pack=PACK)
    return [c.record.get("place") for c in d.drafted]


@pytest.mark.parametrize("text, place", [
    # a city written with its own state, the pack naming the state "Washington (state)" / "New York State"
    ("Seattle, Wash., police recorded 71 homicides in 2023, up from 52 in 2022.\n\nIn Seattle, officers made 1,200 arrests.\n",
     "seattle-wa"),
    ("Buffalo, N.Y., police recorded 71 homicides in 2023, up from 52 in 2022.\n\nIn Buffalo, officers made 1,200 arrests.\n",
     "buffalo-ny"),
    # one namesake in the text leaves the dateline's own city alone
    ("AUSTIN, Texas (AP) — Austin police recorded 98 homicides last year, up from 71 in 2022.\n\n"
     "A smaller city, Austin, Minn., recorded two.\n\nPolice made 1,200 arrests, the department said.\n", "austin-tx"),
    # an abbreviation only with its period: "Austin, Del Valle" names no Delaware
    ("Enrollment fell again this fall in Austin, Del Valle and Pflugerville schools.\n\n"
     "Austin police said there were 98 homicides in Austin last year, up from 71.\n", "austin-tx"),
    # a city's own police story naming the neighbouring forces that helped is no roundup
    ("Salem police recorded 214 thefts last year, up from 180 in 2022, Chief J.T. Ward said.\n\n"
     "Officers from Salem, Lisbon and Leetonia worked the cases together, and East Palestine police shared "
     "records.\n\nThere were 31 burglaries, down from 40.\n", "salem-oh"),
])
def test_a_city_keeps_its_place(text, place):
    got = places(text)
    assert got and set(got) == {place}, got


def test_a_namesake_still_names_no_place_of_the_pack():
    """The round's own reading stands: "Austin, Minn." is not the pack's Austin, Texas."""
    got = places("Austin, Minn., firefighters answered 1,200 calls in 2023.\n")
    assert got == [None]


def test_one_table_of_state_abbreviations_for_sentences_and_namesakes():
    """review11c item 7: the splitter and the namesake reading share one table; "Kans." (in the
    namesakes' table) no longer ends a sentence where "Kan." does not."""
    from auditor.draft import sentences
    spans = sentences.sentences("Topeka, Kans. Police said 12 people died. Topeka, Kan. Police said 9 more.")
    assert len(spans) == 2



@pytest.mark.parametrize("text, namesake", [
    # a state in a list after the city closes no "City, State" phrase (review11d)
    ("Thefts rose in cities such as Seattle, New York and Chicago.", False),
    ("Seattle, Oregon and Idaho all reported declines.", False),
    ("Seattle, New York, and Chicago reported declines.", False),
    ("Austin, Minn., firefighters answered 1,200 calls.", True),
])
def test_a_namesake_is_a_city_and_a_state_closing_the_phrase(text, namesake):
    from auditor.draft import vocabulary
    [first, *_] = [h for h in vocabulary.place_hits(PACK, text) if h.ids and text[h.start:h.end] in ("Seattle", "Austin")]
    assert vocabulary._namesake(PACK, text, first) is namesake
