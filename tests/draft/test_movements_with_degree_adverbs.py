"""A movement from a level with an adverb of degree between it and its "from" ("down somewhat from", "up
noticeably from", "down a bit from") states a comparison besides its two levels, as "down from" does."""

from datetime import date

import pytest

from draft_helpers import stated
from draft_helpers import pack  # noqa: F401  (a fixture)

import auditor

_DAY = date(2014, 2, 1)


@pytest.mark.parametrize("sentence, word, relation", [
    ("Incident reports in Salisbury Township were 6,038 last year, down somewhat from 6,105 in 2012.", "down", "lower"),
    ("County fines paid in Salisbury Township were $12,913 last year, up noticeably from $9,224 in 2012.", "up", "higher"),
    ("Overtime in Salisbury Township was 3,192 hours last year, down a bit from 3,205 in 2012.", "down", "lower"),
    ("Ambulance calls in Salisbury Township rose modestly from 842 in 2012 to 885 last year.", "rose", "higher"),
], ids=["somewhat", "noticeably", "a-bit", "modestly"])
def test_a_movement_with_a_degree_adverb_is_a_comparison(pack, sentence, word, relation):
    got = dict(stated(sentence, auditor.draft(sentence, published=_DAY, pack=pack)))
    assert got[word]["comparison"]["relation"] == relation, got


@pytest.mark.parametrize("sentence", [
    # no level moved from: the figures alone, no comparison read
    "Ambulance calls in Salisbury Township were 842 last year and 885 in 2012.",
], ids=["two-levels-no-movement"])
def test_no_movement_no_comparison(pack, sentence):
    got = stated(sentence, auditor.draft(sentence, published=_DAY, pack=pack))
    assert not any("comparison" in record for _, record in got), got


@pytest.mark.parametrize("sentence, word, relation", [
    ("The average daily inmate count at the Smith County jail remained the same at 137 in the second half.",
     "remained the same", "tie"),
    ("Burglaries in Canmore were unchanged at 45 last year.", "were unchanged", "tie"),
    ("Burglaries in Canmore held roughly steady at 45 last year.", "held roughly steady", "about-same"),
], ids=["remained-the-same-at", "unchanged-at", "roughly-steady-at"])
def test_a_level_held_the_same_at_its_figure_is_also_a_tie(pack, sentence, word, relation):
    got = dict(stated(sentence, auditor.draft(sentence, published=_DAY, pack=pack)))
    assert got[word]["comparison"]["relation"] == relation, got


@pytest.mark.parametrize("sentence", [
    # the same day, the same as a figure compared with: no tie of the level read here
    "Burglaries in Canmore rose to 45 last year and the same day police arrested 3.",
    "Property crime in Canmore was 570 incidents in 2016, practically the same as the 568 incidents in 2015.",
], ids=["the-same-day", "the-same-as-a-figure"])
def test_no_tie_without_held_at(pack, sentence):
    got = stated(sentence, auditor.draft(sentence, published=_DAY, pack=pack))
    assert not any(r.get("comparison", {}).get("relation") in ("tie", "about-same") for _, r in got), got
