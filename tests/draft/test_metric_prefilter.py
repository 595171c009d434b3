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
