"""The audit's shortcuts give the answers of the longer ways round.

Each shortcut in the engine saves solver work without changing what is found: a choice of
readings that alone can hold stands for all of them; cores that share no claim need no
optimiser; the hitting sets of one search share a z3 context; a program leaves out the
axioms its claims and figures do not reach; whole-number points are checked in machine
integers when they fit. Each test compares a shortcut with the way it replaces.
"""

from fractions import Fraction
from itertools import combinations

from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.engine import analysis
from auditor.engine.audit import audit_corpus
from auditor.engine.relaxation import _Rows
from auditor.engine.solver import BlockSolver
from auditor.engine import suspects
from auditor.engine.suspects import _disjoint_hitting_set, _maxsat_hitting_set, _unique_hitting_set, correction_set
from auditor.loading.corpus import load_records
from auditor.reporters import render

import pytest

from solver_cases import blocks_of, thirty_more_records

# property checks of each shortcut against the path it replaces (seconds each): run with -m slow, and in CI
pytestmark = pytest.mark.slow


def ambiguous_corpus(ytd_more: int):
    """2019's count, the first ten weeks of 2019 and of 2020, and "30 more" read either as
    2019 against 2018 (which pins 2018 at 120) or as 2020's weeks against 2019's (which
    the stated weeks allow only when they differ by 30)."""
    return load_records(thirty_more_records(38 + ytd_more))


def test_a_reading_that_alone_can_hold_gives_the_ranges_of_all_readings(monkeypatch):
    """When every other choice of readings fails even with fractional counts, the ranges
    under any reading are computed once, under that choice: the report is the one the
    disjunction of readings gives (and where two choices can hold, nothing is skipped)."""
    taken = []
    original = analysis._only_choice
    monkeypatch.setattr(analysis, "_only_choice", lambda *a: taken.append(original(*a)) or taken[-1])
    for ytd_more in (2, 30):
        corpus = ambiguous_corpus(ytd_more)
        taken.clear()
        shortcut = render(audit_corpus(corpus, workers=1), "json")
        assert any(choice is not None for choice in taken) == (ytd_more == 2)
        with monkeypatch.context() as m:
            m.setattr(analysis, "_only_choice", lambda *a: None)
            assert render(audit_corpus(corpus, workers=1), "json") == shortcut
        if ytd_more == 2:
            assert '"range": "120"' in shortcut   # 2018, pinned by the one reading that can hold


def test_programs_without_the_axioms_their_claims_do_not_reach_give_the_same_ranges(monkeypatch):
    """A program (and an optimisation) of a few of a block's claims leaves out the axioms
    linked to none of their atoms; the ranges are those of the whole block's axioms."""
    corpus = ambiguous_corpus(2)
    compared = 0
    for claims, axioms, atoms in blocks_of(corpus):
        single = [c for c in claims if len(c.readings) == 1]
        for some in [[c] for c in single] + [list(p) for p in combinations(single, 2)]:
            active = [c.claim_id for c in some]
            for c in claims:
                terms = c.readings[0].subject["default"].terms if c.readings[0].subject["default"] else ()
                if not terms:
                    continue
                reduced = BlockSolver(claims, axioms, atoms).range_of("default", active, terms)
                whole = BlockSolver(claims, axioms, atoms)
                monkeypatch.setattr(whole, "_linked", lambda reached, s=whole: (list(s.axioms), set(s.names)))
                assert reduced == whole.range_of("default", active, terms)
                compared += 1
    assert compared >= 20


@settings(max_examples=50)
@given(st.lists(st.integers(1, 4), min_size=1, max_size=4),
       st.dictionaries(st.sampled_from("abcdefghijklmnop"), st.integers(1, 9), min_size=16, max_size=16))
def test_cores_sharing_no_claim_get_the_optimisers_hitting_set(sizes, weights):
    names = iter(sorted(weights))
    cores = [frozenset(next(names) for _ in range(n)) for n in sizes if n]
    cost = {k: Fraction(v, 3) for k, v in weights.items()}
    assert _disjoint_hitting_set(cores, cost) == _maxsat_hitting_set(cores, cost)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.frozensets(st.sampled_from("abcdefghij"), min_size=1, max_size=4), min_size=1, max_size=9),
       st.dictionaries(st.sampled_from("abcdefghij"), st.integers(1, 4), min_size=10, max_size=10))
def test_an_only_cheapest_set_is_the_optimisers(cores, weights):
    # small costs, so that ties (two sets of the same weight, where the search leaves the
    # choice to the optimiser) come up as well as single answers
    cost = {k: Fraction(v, 2) for k, v in weights.items()}
    found = _unique_hitting_set(cores, cost)
    if found is not None:
        assert found == _maxsat_hitting_set(cores, cost)
        assert all(core & found for core in cores)


def test_the_search_leaves_a_tie_to_the_optimiser(monkeypatch):
    # a and b weigh the same but for their ranks, which break the tie in the weights; c and
    # d together cost what a and b do: {a, b} and {c, d} tie when ranks are folded so
    cost = {"a": Fraction(1), "b": Fraction(1), "c": Fraction(1), "d": Fraction(1)}
    assert _unique_hitting_set([frozenset("ac"), frozenset("bd")], cost) == frozenset("ab")
    # 'a' + 'd' and 'b' + 'c' have the same ranks' sum (1 + 4 = 2 + 3): a tie the weights keep
    cores = [frozenset("ab"), frozenset("ac"), frozenset("bd"), frozenset("cd")]
    assert _unique_hitting_set(cores, cost) is None
    monkeypatch.setattr(suspects, "UNIQUE_SEARCH_NODES", 1)
    assert _unique_hitting_set([frozenset("ab"), frozenset("bc")], cost) is None


@settings(max_examples=40)
@given(st.lists(st.frozensets(st.sampled_from("abcdefg"), min_size=1, max_size=3), min_size=1, max_size=6),
       st.dictionaries(st.sampled_from("abcdefg"), st.integers(1, 9), min_size=7, max_size=7))
def test_a_search_sharing_one_context_finds_the_cheapest_correction_set(conflicts, weights):
    """Claims in conflict sets (any of which cannot hold together): the correction set the
    search returns, its hitting sets asked in one z3 context, costs the least of any set
    whose removal leaves no conflict (brute force)."""
    cost = {k: Fraction(v) for k, v in weights.items()}
    names = sorted(cost)

    def check(claims):
        bad = [c for c in conflicts if c <= set(claims)]
        return (not bad, sorted(bad[0]) if bad else [])

    got = correction_set(check, names, cost)
    assert check([c for c in names if c not in got])[0]
    best = min(sum(cost[c] for c in subset) for n in range(len(names) + 1) for subset in combinations(names, n)
               if check([c for c in names if c not in subset])[0])
    assert sum(cost[c] for c in got) == best


@settings(max_examples=200)
@given(st.lists(st.tuples(st.lists(st.tuples(st.integers(0, 5), st.integers(-9, 9)), min_size=1, max_size=4),
                          st.sampled_from(["<=", "<", ">=", ">", "=="]), st.integers(-30, 30)), min_size=1, max_size=8),
       st.lists(st.integers(-5, 5), min_size=6, max_size=6), st.integers(0, 10 ** 12))
def test_whole_points_are_checked_alike_in_machine_integers(rows, point, scale):
    """_Rows.hold against the row-by-row check in Python integers, on small points and on
    points too large for 64 bits (then it declines)."""
    from auditor.engine.compile import satisfied
    scaled = [([j for j, _ in terms], [k for _, k in terms], op, rhs) for terms, op, rhs in rows]
    for x in (point, [v * scale for v in point]):
        expected = all(satisfied(sum(k * x[j] for j, k in zip(cols, ks)), op, rhs) for cols, ks, op, rhs in scaled)
        got = _Rows.of(scaled).hold(x)
        assert got is None or got == expected
        if max(map(abs, x)) < 2 ** 20:
            assert got == expected
