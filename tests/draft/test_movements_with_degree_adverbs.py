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
