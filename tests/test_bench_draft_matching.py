"""The drafting benchmark's pairing of hand claims with drafted claims (benchmarks/bench_draft.py).

`best` is an assignment: no pairing matches more hand claims, and none with as many has more
fields right; `greedy` is the first rounds' scorer, kept to compare with their figures."""

from itertools import permutations

import pytest

from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.bench_draft import FIELDS, _max_weight_assignment, _pairs


class Draft:   # a drafted claim stands for itself: the pairing looks only at identity
    pass


def candidates_from(table, drafts):
    """table[i]: {draft index: fields right} for hand claim i."""
    return [[(drafts[j], {f: n < right for n, f in enumerate(FIELDS)}) for j, right in sorted(row.items())]
            for row in table]


def score(candidates, pairs):
    return len(pairs), sum(sum(candidates[i][k][1].values()) for i, k in pairs.items())


def brute(candidates, drafts):
    best = (0, 0)
    for order in permutations(range(len(drafts)), len(candidates)) if len(drafts) >= len(candidates) else [()]:
        pairs = {}
        for i, j in enumerate(order):
            k = next((k for k, (x, _) in enumerate(candidates[i]) if x is drafts[j]), None)
            if k is not None:
                pairs[i] = k
        best = max(best, score(candidates, pairs))
    return best


tables = st.integers(1, 4).flatmap(lambda drafts: st.tuples(
    st.just(drafts),
    st.lists(st.dictionaries(st.integers(0, drafts - 1), st.integers(0, len(FIELDS)), max_size=drafts),
             min_size=1, max_size=drafts)))


def _the_best_pairing_matches_most_then_gets_most_fields_right(drawn):
    """The law of the two tests below (a few examples in the quick suite, many with -m slow)."""
    n_drafts, table = drawn
    drafts = [Draft() for _ in range(n_drafts)]
    candidates = candidates_from(table, drafts)
    best = _pairs(candidates, "best")
    greedy = _pairs(candidates, "greedy")
    for pairs in (best, greedy):   # each draft goes to one hand claim at most, and lies in its quote
        taken = [id(candidates[i][k][0]) for i, k in pairs.items()]
        assert len(taken) == len(set(taken))
    assert score(candidates, best) == brute(candidates, drafts)
    assert score(candidates, best) >= score(candidates, greedy)


@settings(max_examples=50, deadline=None)
@given(tables)
def test_the_best_pairing_matches_most_then_gets_most_fields_right(drawn):
    _the_best_pairing_matches_most_then_gets_most_fields_right(drawn)


@pytest.mark.slow
@settings(max_examples=200, deadline=None)
@given(tables)
def test_the_best_pairing_matches_most_then_gets_most_fields_right_many(drawn):
    _the_best_pairing_matches_most_then_gets_most_fields_right(drawn)


def test_a_value_and_a_share_of_one_quote_are_not_paired_crosswise():
    value, share = Draft(), Draft()
    everything = {f: True for f in FIELDS}
    wrong_kind = dict(everything, kind=False, figures=False)
    # both drafts lie in both hand claims' quote ("192 calls or 18.96 per cent"), the share drafted first
    candidates = [[(share, wrong_kind), (value, everything)],     # the hand value
                  [(share, everything), (value, wrong_kind)]]     # the hand share
    assert _pairs(candidates, "greedy") == {0: 0, 1: 1}           # crosswise: four fields lost
    assert _pairs(candidates, "best") == {0: 1, 1: 0}


def test_an_assignment_of_nothing_is_empty():
    assert _max_weight_assignment([]) == {}
    assert _pairs([[], []], "best") == {}
