"""The law behind the metric patterns' prefilter (`vocabulary._tried`): a pattern is passed over only
in a text it finds nothing in, so testing the letters first never changes a draft. Slow (CI runs it):
drawing clauses from ~1,500 patterns' regexes takes seconds."""
import re

import pytest

from hypothesis import assume, given, settings, strategies as st

from auditor.draft import vocabulary

from draft_helpers import PACK

_PATTERNS = vocabulary._metric_patterns(PACK)


@pytest.mark.slow
@settings(max_examples=80, deadline=None)
@given(st.data())
def test_a_pattern_the_prefilter_passes_over_finds_nothing_in_the_text(data):
    # a clause holding what one of the articles pack's patterns (a name or a verb phrase) finds
    at = data.draw(st.integers(0, len(_PATTERNS) - 1))
    regex = _PATTERNS[at].regex
    said = data.draw(st.from_regex(re.compile(regex.source, regex.flags), fullmatch=True))
    text = f"Officials said {said} in 2022."
    assume(regex.search(text) is not None)
    assert at in vocabulary._tried(PACK, text), (regex.source[:80], said)


def test_the_text_is_cut_into_pieces_or_searched_for_each_of_the_letters_alike():
    # `_tried` finds the letters a text holds by cutting it into pieces (a desk pack's many letters)
    # or by looking each up (a pack of fewer letters than the text has pieces): the same patterns
    from auditor.pack import load_pack
    bundled = load_pack()
    long = "Officials said the county's sexual offences and home burglaries rose 12% in 2022. " * 8
    cut = set()
    for pack in (PACK, bundled):
        for text in ("burglaries", "DUI", "Home burglaries rose", "sexual offences", long):
            letters = vocabulary._cached("metric prefilter", pack, vocabulary._build_prefilter).by_letters
            cut.add(len(letters) >= sum(len(text) - n + 1 for n in vocabulary._PIECE_LENGTHS))
            tried = vocabulary._tried(pack, text)
            lower = text.lower()
            patterns, keys = vocabulary._metric_index(pack)
            found = sorted({i for key, at in keys if key in lower for i in at
                            if all(any(x in lower for x in group) for group in patterns[i].needs)})
            assert set(found) <= set(tried), (text[:40], sorted(set(found) - set(tried))[:5])
            assert text != long or any(patterns[i].regex.search(text) for i in tried)
    assert cut == {True, False}     # both ways were taken
