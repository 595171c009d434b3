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


CLAIM_FILE = """\
sources:
  - id: s1
    title: "Homicides"
    publisher: The Gazette
    kind: news
    published: 2024-03-01
    text: "The city is on track to reach 120 homicides this year, police said. The city recorded 98 homicides in 2023."
claims:
  - id: c1
    source: s1
    metric: homicides
    place: birmingham-al
    period: "2024"
    value: "120"
    projection: {first}
    attribution: paraphrase
    speaker: police
    quote: {{text: "on track to reach 120 homicides this year", start: 12}}
  - id: c2
    source: s1
    metric: homicides
    place: birmingham-al
    period: "2023"
    value: "98"
    projection: {second}
    attribution: reporter
    quote: {{text: "The city recorded 98 homicides in 2023", start: 68}}
"""


@pytest.mark.parametrize("first, second, expected", [
    ("true", "false", {"hand": 1, "drafted_as_projection": 1, "drafted_not_hand": 0}),
    ("false", "false", {"hand": 0, "drafted_as_projection": 0, "drafted_not_hand": 1}),
    ("true", "true", {"hand": 2, "drafted_as_projection": 1, "drafted_not_hand": 0}),
])
def test_projections_are_counted_apart_from_the_fields(tmp_path, first, second, expected):
    """A forecast ("on track to reach 120") is drafted `projection: true`; the benchmark counts the
    hand projections drafted as such and the drafted projections the hand does not mark."""
    from benchmarks.bench_draft import compare
    path = tmp_path / "claims.yaml"
    path.write_text(CLAIM_FILE.format(first=first, second=second))
    assert compare(path)["projections"] == expected


@pytest.mark.slow
def test_the_summary_prints_counts_and_fields_of_each_set_and_no_claim(capsys):
    from benchmarks.bench_draft import main

    main(["--runs", "0"])
    full = capsys.readouterr().out
    main(["--runs", "0", "--summary"])
    summary = capsys.readouterr().out
    assert "overall" in summary and summary.splitlines()[0] == full.splitlines()[0]
    assert any(line.startswith(("  wrong", "  missed", "  invented", "  date")) for line in full.splitlines())
    assert not any(line.startswith(("  wrong", "  missed", "  invented", "  date")) for line in summary.splitlines())


@pytest.mark.slow
def test_the_summary_as_json_holds_no_claim(capsys):
    import json

    from benchmarks.bench_draft import main

    main(["--runs", "0", "--summary", "--json"])
    out = capsys.readouterr().out
    s = json.loads(out)["sets"][0]
    assert "dates" not in s and not {"wrong", "missed", "invented"} & set(s["fields"])
    assert "overall_all" in s["fields"] and "wiat" not in out
