"""Questions the solver answers a shorter way, and the answers of the longer way: probes of
a figure's whole-number bounds answered without z3, and checks of a block whose quick tries
ran out answered by z3's short try before propagation and HiGHS."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import auditor
from auditor.engine import solver as engine_solver
from auditor.engine.compile import Linear
from auditor.engine.solver import BlockSolver
from auditor.loading.corpus import load_records

from solver_cases import PLACE, blocks_of, thirty_more_records

pytestmark = pytest.mark.slow   # equivalences of the solver's shortcuts with the long way, at length: CI runs them (`pytest -m slow`)


def block(change: str, value: str = "150"):
    """2019's count and its change from 2018: the block of both, and 2018's quantity."""
    source = {"id": "s1", "title": "Homicides", "publisher": "Outlet", "published": "2020-01-15"}
    claims = [
        {"id": "count-2019", "source": "s1", "metric": "homicides", "place": PLACE, "period": "2019",
         "value": value, "quote": f"{value} homicides in 2019"},
        {"id": "change-2019", "source": "s1", "metric": "homicides", "place": PLACE, "period": "2019",
         "change": {"phrase": change, "base": "2018"}, "quote": change},
    ]
    corpus = load_records({"sources": [source], "claims": claims})
    [job] = blocks_of(corpus)
    base = next(q for c in job[0] for q in c.quantities if q.start.year == 2018)
    return job, base


def _without_highs_models(monkeypatch):
    """HiGHS finds no whole-number model of the figure (as on a block of hundreds of
    claims, where its branch and bound gives up): only z3's probes are left."""
    monkeypatch.setattr(engine_solver.relaxation, "whole_optima", lambda *a, **k: None)
    monkeypatch.setattr(BlockSolver, "_probe_model", lambda *a, **k: None)
    monkeypatch.setattr(BlockSolver, "_attained", lambda self, *a: (None, None))
    monkeypatch.setattr(BlockSolver, "_tightened", lambda self, *a: None)


# a range of several numbers, claims that cannot hold, and one number (80, spared)
@pytest.mark.parametrize("change, value", [("up 50%", "150"), ("up 5.3%", "150"), ("down 12.5%", "70")])
def test_a_figure_pinned_to_one_whole_number_is_bounded_without_a_probe(monkeypatch, change, value):
    job, base = block(change, value)
    ids = sorted(c.claim_id for c in job[0])
    _without_highs_models(monkeypatch)
    probed = []
    check = engine_solver._check
    monkeypatch.setattr(engine_solver, "_check", lambda *a, **k: probed.append(a) or check(*a, **k))
    fast = BlockSolver(*job).ranges("default", ids, [base], pinned_within=10)
    shortcut = len(probed)
    probed.clear()
    slow = BlockSolver(*job)
    monkeypatch.setattr(slow, "_known_to_hold", lambda *a: False)
    assert slow.ranges("default", ids, [base], pinned_within=10) == fast
    if fast and fast[base].lo == fast[base].hi:   # one whole number: z3's probes were spared
        assert shortcut < len(probed)
    else:
        assert shortcut == len(probed)


def test_the_shortcut_needs_claims_known_to_hold(monkeypatch):
    """Claims not yet known to have a whole-number model are probed as before: a relaxed
    range of one whole number says nothing when no whole-number model exists."""
    job, base = block("up 50%")
    ids = sorted(c.claim_id for c in job[0])
    solver = BlockSolver(*job)
    assert not solver._known_to_hold("default", ids, ())
    assert solver.check("default", ids)[0]
    assert solver._known_to_hold("default", ids, ())
    assert solver._known_to_hold("default", ids[:1], ())
    assert not solver._known_to_hold("generous", ids, ())


@pytest.fixture(scope="module")
def tension_block():
    """A block of the seeds' last candidate date whose claims cannot all hold together."""
    corpus = auditor.load_claims(None, pack=auditor.load_pack())
    for claims, axioms, atoms in blocks_of(corpus, -1):
        if not BlockSolver(claims, axioms, atoms).check("default", [c.claim_id for c in claims])[0]:
            return claims, axioms, atoms
    raise AssertionError("the seeds' last candidate date has a tension")


def _slow(job, monkeypatch, short_tries=True) -> tuple[BlockSolver, list]:
    """A solver whose quick tries have run out (`_z3_slow`), counting its propagations;
    `short_tries`: propagation has already answered a check of the search."""
    solver = BlockSolver(*job)
    solver._z3_slow = True
    solver._slow_quick = True if short_tries else None
    propagated = []
    original = solver._propagation
    monkeypatch.setattr(solver, "_propagation", lambda *a: propagated.append(a) or original(*a))
    return solver, propagated


def test_a_slow_blocks_checks_are_first_asked_of_z3_briefly(monkeypatch, tension_block):
    ids = sorted(c.claim_id for c in tension_block[0])
    solver, propagated = _slow(tension_block, monkeypatch)
    holds, core = solver._answer("default", ids)
    assert not holds and propagated == []   # z3 answered within its short try
    assert set(core) <= set(ids) and not BlockSolver(*tension_block)._answer("default", core)[0]
    assert solver._answer("default", ids[:1]) == (True, [])
    assert solver._slow_quick


def test_once_a_short_try_runs_out_propagation_and_highs_answer_first(monkeypatch, tension_block):
    ids = sorted(c.claim_id for c in tension_block[0])
    monkeypatch.setattr(engine_solver, "SLOW_QUICK_RLIMIT", 1)
    solver, propagated = _slow(tension_block, monkeypatch)
    holds, core = solver._answer("default", ids)
    assert not solver._slow_quick and propagated   # ran out: asked the longer way, as before
    assert (holds, set(core) <= set(ids)) == (False, True)
    assert not BlockSolver(*tension_block)._answer("default", core)[0]
    count = len(propagated)
    solver._answer("default", ids[1:])
    assert len(propagated) == count + 1   # and no short try again in this block


def test_short_tries_begin_once_propagation_answers_a_check(monkeypatch, tension_block):
    """Before propagation has answered a check of the search (a block whose checks mostly
    hold, where z3 is slow to find the model HiGHS finds), none is asked of z3 briefly."""
    ids = sorted(c.claim_id for c in tension_block[0])
    solver, propagated = _slow(tension_block, monkeypatch, short_tries=False)
    assert solver._answer("default", ids[:1]) == (True, [])
    assert len(propagated) == 1 and solver._slow_quick is None
    holds, core = solver._answer("default", ids)
    assert not holds and len(propagated) == 2
    assert solver._slow_quick is True   # propagation showed the claims cannot hold together


def rate_block():
    """Two rates that round to the same figure, one said to be higher than the other: a
    strict row over fractional atoms, met in the closed relaxation with the two equal."""
    source = {"id": "s1", "title": "Rates", "publisher": "Outlet", "published": "2021-01-15"}
    claims = [
        {"id": "rate-2019", "source": "s1", "metric": "homicide_rate", "place": PLACE, "period": "2019",
         "value": "40.7", "quote": "40.7 per 100,000 in 2019"},
        {"id": "rate-2020", "source": "s1", "metric": "homicide_rate", "place": PLACE, "period": "2020",
         "value": "40.7", "quote": "40.7 per 100,000 in 2020"},
        {"id": "higher-2020", "source": "s1", "metric": "homicide_rate", "place": PLACE, "period": "2020",
         "comparison": {"relation": "higher", "than": "2019"}, "quote": "higher than in 2019"},
    ]
    corpus = load_records({"sources": [source], "claims": claims})
    [job] = blocks_of(corpus)
    return job


def test_a_program_for_models_keeps_strict_rows_over_fractions_strict():
    job = rate_block()
    ids = sorted(c.claim_id for c in job[0])
    solver = BlockSolver(*job)
    assert any(x.op in ("<", ">") and not all(solver.integer[a] for a, _ in x.terms)
               for c in job[0] for x in solver.expanded(c, "default")[0])
    point = solver._whole_point("default", ids, [])
    assert point is not None   # a model, checked exactly against the claims' strict row
    assert solver._relaxation("default", ids, []) is not None
    closed = engine_solver.relaxation.whole_point(solver._relaxation("default", ids, []), solver.integer)
    assert closed is None   # the closed relaxation's point has the two rates equal: refused
    assert BlockSolver(*job).check("default", ids) == (True, [])


def two_readings(weeks_2020: int):
    """2019's count, its first ten weeks and 2020's, and "30 more" read either as 2019
    against 2018 or as 2020's weeks against 2019's (tests/solver_cases.py), with 2018 stated as 200."""
    corpus = load_records(thirty_more_records(weeks_2020, {
        "id": "no-2018", "source": "s1", "metric": "homicides", "place": PLACE, "period": "2018",
        "value": "200", "quote": "200 in 2018"}))
    [job] = [b for b in blocks_of(corpus) if any(len(c.readings) > 1 for c in b[0])]
    return job


@pytest.mark.parametrize("weeks_2020", [68, 50])
def test_claims_with_several_readings_get_a_model_of_one_choice(weeks_2020):
    """With 2018 at 200, "30 more" holds only as this year's weeks against last year's:
    when 2020's weeks are 68, a model of that choice of readings is one of the claims; when
    they are 50, no choice holds, and HiGHS finds none (z3 is asked, and says so)."""
    job = two_readings(weeks_2020)
    ids = sorted(c.claim_id for c in job[0])
    solver = BlockSolver(*job)
    assert not solver._relaxation_ok(ids)
    point = solver._whole_point("default", ids, [])
    holds = BlockSolver(*job).check("default", ids)[0]
    assert holds == (weeks_2020 == 68)
    if not holds:
        assert point is None
        return
    assert point is not None
    for c in job[0]:   # the point meets some reading of every claim, exactly
        assert any(all(engine_solver.satisfied(sum(k * point[a] for a, k in x.terms), x.op, x.rhs)
                       for x in reading)
                   for reading in solver.expanded(c, "default"))


def test_a_few_claims_get_the_answers_of_the_blocks_solver_from_one_of_their_own(tension_block):
    """Every set of up to three claims of a block with a tension: the answer of a solver of
    their own (`_local`, for a minimal set's deletion checks of a few claims) is the block
    solver's, and its core is a set of them that cannot hold together."""
    from itertools import combinations
    ids = sorted(c.claim_id for c in tension_block[0])
    solver = BlockSolver(*tension_block)
    asked, failed = 0, 0
    for n in (1, 2, 3):
        for some in combinations(ids, n):
            holds, core = solver._local("default", list(some))
            failed += not holds
            assert holds == BlockSolver(*tension_block)._answer("default", list(some))[0]
            if not holds:
                assert core and set(core) <= set(some)
                assert not BlockSolver(*tension_block)._answer("default", core)[0]
            asked += 1
    assert asked >= 10 and failed   # some of them cannot hold together


def _box(top_a: int, total: int, halves: bool = False):
    """a + b >= total (2a + 2b when `halves`), a <= top_a, b <= 3, both >= 0."""
    one = Fraction(1)
    k = Fraction(2) if halves else one
    return [Linear((("a", k), ("b", k)), ">=", Fraction(total)),
            Linear((("a", one),), "<=", Fraction(top_a)), Linear((("b", one),), "<=", Fraction(3)),
            Linear((("a", one),), ">=", Fraction(0)), Linear((("b", one),), ">=", Fraction(0))]


def test_a_relaxed_point_is_a_checked_model_or_none():
    """relaxation.relaxed_point: the linear program's point counts only when, rounded, it
    meets every row exactly; with a row switched off the same program answers again."""
    from auditor.engine.relaxation import Relaxation, relaxed_point
    integer = {"a": True, "b": True}
    lp = Relaxation(_box(8, 10), ["a", "b"])
    found = relaxed_point(lp, integer)
    assert found is not None and found["a"] + found["b"] >= 10 and found["a"] <= 8 and found["b"] <= 3
    assert relaxed_point(lp, integer, point=False) is True
    lp = Relaxation(_box(6, 10), ["a", "b"])   # a + b >= 10 with a <= 6, b <= 3: no point
    assert relaxed_point(lp, integer) is None
    lp.switch([1])                             # without a <= 6 there is one
    found = relaxed_point(lp, integer)
    assert found is not None and found["a"] + found["b"] >= 10 and found["b"] <= 3
    # 2a + 2b >= 13 with a <= 3, b <= 3: the relaxation's point (a or b fractional at 3.5
    # ... or 6.5 in sum) may round below the row; a point is returned only if it holds
    lp = Relaxation(_box(3, 13, halves=True), ["a", "b"])
    found = relaxed_point(lp, integer)
    assert found is None or 2 * found["a"] + 2 * found["b"] >= 13


def test_a_copied_program_is_made_whole_on_its_own():
    """relaxation.copied: the copy is made a whole-number program (branch and bound) while
    the original stays a linear one; both keep the rows switched off."""
    from auditor.engine.relaxation import Relaxation, copied, relaxed_point, whole_point
    integer = {"a": True, "b": True}
    lp = Relaxation(_box(6, 10), ["a", "b"])
    lp.switch([1])
    other = copied(lp)
    assert other.off == lp.off and other.highs is not lp.highs
    found = whole_point(other, integer)
    assert other.whole and not lp.whole
    assert found is not None and found["a"] + found["b"] >= 10 and found["b"] <= 3
    assert relaxed_point(lp, integer) is not None   # the original is still a linear program
    other.switch([])                                # a <= 6 back: no whole point
    assert whole_point(other, integer) is None
    with pytest.raises(ValueError):
        copied(other)


def rival_counts():
    """2019's homicides as three outlets give them (150, 150, 162) and a 2018 count with an
    "up 8%" that fits 162 only: one block with tensions at both readings."""
    sources = [{"id": f"s{i}", "title": "Homicides", "publisher": f"Outlet {i}", "published": "2020-01-15"}
               for i in range(1, 4)]
    claims = [
        {"id": "a-150", "source": "s1", "metric": "homicides", "place": PLACE, "period": "2019",
         "value": "150", "quote": "150 homicides in 2019"},
        {"id": "b-150", "source": "s2", "metric": "homicides", "place": PLACE, "period": "2019",
         "value": "150", "quote": "150 homicides in 2019"},
        {"id": "c-162", "source": "s3", "metric": "homicides", "place": PLACE, "period": "2019",
         "value": "162", "quote": "162 homicides in 2019"},
        {"id": "c-2018", "source": "s3", "metric": "homicides", "place": PLACE, "period": "2018",
         "value": "150", "quote": "150 in 2018"},
        {"id": "c-up", "source": "s3", "metric": "homicides", "place": PLACE, "period": "2019",
         "change": {"phrase": "up 8%", "base": "2018"}, "quote": "up 8%"},
    ]
    corpus = load_records({"sources": sources, "claims": claims})
    [job] = blocks_of(corpus)
    return job


@pytest.mark.parametrize("cheap", ["a-150", "c-162", "c-up"])
def test_a_block_decided_again_with_what_its_first_solver_learnt_is_decided_alike(cheap):
    """audit.audit_scenario decides a block again when some claims' costs change
    (suspects.beside_doubted): a solver given the first one's answers (BlockSolver.learnt)
    finds what a fresh solver finds, and asks fewer questions."""
    from auditor.engine.analysis import analyse_block
    claims, axioms, atoms = rival_counts()
    for c in claims:
        c.cost = Fraction(1)
    by_id = {c.claim_id: c for c in claims}
    first = BlockSolver(claims, axioms, atoms)
    before = analyse_block(first, by_id)
    assert before.tensions and before.learnt is not None and before.learnt["answers"]
    by_id[cheap].cost = Fraction(1, 4)   # another cost: another claim may be the one doubted
    fresh = analyse_block(BlockSolver(claims, axioms, atoms), by_id)
    seeded_solver = BlockSolver(claims, axioms, atoms, learnt=before.learnt)
    asked = []
    answer = seeded_solver._answer
    seeded_solver._answer = lambda level, active: asked.append(active) or answer(level, active)
    seeded = analyse_block(seeded_solver, by_id)
    assert [(t.core, t.suspects, t.strength) for t in seeded.tensions] == \
           [(t.core, t.suspects, t.strength) for t in fresh.tensions]
    assert (seeded.consistent, seeded.set_aside, seeded.readings) == (fresh.consistent, fresh.set_aside, fresh.readings)
    assert len(asked) < len(fresh.learnt["answers"])


def test_a_rows_numbers_are_worked_out_once_and_as_before():
    """relaxation._row_numbers: the floats HiGHS gets and the whole-number form of a row,
    kept on the row for every program it is in, are those worked out from its Fractions."""
    from math import lcm

    from auditor.engine.relaxation import Relaxation, _row_numbers
    row = Linear((("a", Fraction(-10533, 10000)), ("b", Fraction(3, 7)), ("c", Fraction(2))), "<", Fraction(5, 6))
    floats, lo, hi, coefs, rhs = _row_numbers(row)
    assert floats == tuple(float(k) for _, k in row.terms) and hi == float(Fraction(5, 6)) and lo < -1e300
    scale = lcm(10000, 7, 1, 6)
    assert coefs == tuple(int(k * scale) for _, k in row.terms) and rhs == Fraction(5, 6) * scale
    assert _row_numbers(row) is _row_numbers(row)   # kept, not worked out again
    assert row == Linear(row.terms, row.op, row.rhs) and hash(row) == hash(Linear(row.terms, row.op, row.rhs))
    first, second = Relaxation([row], ["a", "b", "c"]), Relaxation([row], ["c", "b", "a"])
    assert first.scaled() == [([0, 1, 2], list(coefs), "<", rhs)]
    assert second.scaled() == [([2, 1, 0], list(coefs), "<", rhs)]


def counts_and_rates(count: int, change: str, rate_2019: str, rate_2020: str, relation: str = "higher"):
    """2019's count and its change from 2018 (2018's count implied), and the two years'
    rates with 2020's said to be higher (or lower) than 2019's: a strict row over
    fractional atoms in the program of a block whose figures are whole numbers."""
    source = {"id": "s1", "title": "Homicides", "publisher": "Outlet", "published": "2021-01-15"}
    claims = [
        {"id": "count-2019", "source": "s1", "metric": "homicides", "place": PLACE, "period": "2019",
         "value": str(count), "quote": f"{count} homicides in 2019"},
        {"id": "change-2019", "source": "s1", "metric": "homicides", "place": PLACE, "period": "2019",
         "change": {"phrase": change, "base": "2018"}, "quote": change},
        {"id": "rate-2019", "source": "s1", "metric": "homicide_rate", "place": PLACE, "period": "2019",
         "value": rate_2019, "quote": f"{rate_2019} per 100,000 in 2019"},
        {"id": "rate-2020", "source": "s1", "metric": "homicide_rate", "place": PLACE, "period": "2020",
         "value": rate_2020, "quote": f"{rate_2020} per 100,000 in 2020"},
        {"id": "compared-2020", "source": "s1", "metric": "homicide_rate", "place": PLACE, "period": "2020",
         "comparison": {"relation": relation, "than": "2019"}, "quote": f"{relation} than in 2019"},
    ]
    corpus = load_records({"sources": [source], "claims": claims})
    [job] = blocks_of(corpus)
    return job


def test_branch_and_bound_keeps_strict_rows_over_fractions_strict():
    """The whole-number optima of a figure (relaxation.whole_optima) on the program of claims
    with a strict row over rates (2020's rate, 40.7, higher than 2019's, 40.7): on the closed
    program its optimum has the two rates equal, which the exact check refuses, and it gives
    none; on the program kept a margin inside that row (`_whole_program`) it gives both ends,
    at checked models, and they are the figure's exact bounds."""
    from auditor.engine.analysis import implied_targets
    job = counts_and_rates(150, "up 50%", "40.7", "40.7")
    ids = sorted(c.claim_id for c in job[0])
    base = next(q for q in implied_targets(job[0]) if q.metric == "homicides" and q.start.year == 2018)
    terms = engine_solver.expand(Linear(((base, Fraction(1)),), "==", Fraction(0)), job[2]).terms
    solver = BlockSolver(*job)
    closed = solver._program("default", ids, [], keep=[terms])
    assert engine_solver.relaxation.whole_optima(closed, solver.integer, terms) is None
    solver = BlockSolver(*job)
    models = []
    ends = engine_solver.relaxation.whole_optima(solver._whole_program("default", ids, [], [terms]), solver.integer,
                                                 terms, models)
    assert ends == (97, 103) and len(models) == 2   # "up 50%" to 150: from 97 to 103
    for m in models:   # each a model of every claim, exactly
        for c in job[0]:
            assert all(engine_solver.satisfied(sum(k * m[a] for a, k in x.terms), x.op, x.rhs)
                       for x in solver.expanded(c, "default")[0])
    assert BlockSolver(*job).ranges("default", ids, [base], pinned_within=10)[base] == engine_solver.Range(97, 103)


def _ranges_three_ways(job):
    """A block's pinned figures (ranges with pinned_within) as the solver finds them, with
    branch and bound on closed programs (before `_whole_program`), with every whole-number
    figure's relaxed optima solved for (no figure left out for being low at an earlier
    solve's point, relaxation.low_at_point), and with z3 alone."""
    from auditor.engine.analysis import implied_targets
    ids = sorted(c.claim_id for c in job[0])
    targets = implied_targets(job[0])
    found = BlockSolver(*job).ranges("default", ids, targets, pinned_within=10)
    closed = BlockSolver(*job)
    closed._whole_program = lambda level, active, extra, keep: closed._program(level, active, extra, keep=keep)
    before = closed.ranges("default", ids, targets, pinned_within=10)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(engine_solver.relaxation, "low_at_point", lambda *a: set())
        solved = BlockSolver(*job).ranges("default", ids, targets, pinned_within=10)
    assert solved == before
    with pytest.MonkeyPatch.context() as mp:
        _without_highs_models(mp)
        mp.setattr(engine_solver.relaxation, "whole_model", lambda *a, **k: None)
        alone = BlockSolver(*job).ranges("default", ids, targets, pinned_within=10)
    return found, before, alone


rate = st.integers(100, 600).map(lambda n: f"{n / 10:.1f}")
counts_rates = st.tuples(st.integers(40, 400), st.sampled_from(["up 50%", "down 12%", "up 8%", "up 5.3%", "down 2.5%", "up 20%"]),
                         rate, rate, st.sampled_from(["higher", "lower"]))


@settings(max_examples=4, deadline=None)
@given(counts_rates)
def test_pinned_figures_are_the_same_whichever_way_their_bounds_are_found(drawn):
    found, before, alone = _ranges_three_ways(counts_and_rates(*drawn))
    assert found == before == alone


@pytest.mark.slow
@settings(max_examples=150, deadline=None)
@given(counts_rates)
def test_pinned_figures_are_the_same_whichever_way_their_bounds_are_found_many(drawn):
    found, before, alone = _ranges_three_ways(counts_and_rates(*drawn))
    assert found == before == alone


def rivals_and_figures(a: int, b: int, up: str, later: str):
    """Two outlets' counts of 2019 (a, b), 2018's with a change to 2019 ("up"), and a
    change from 2019 to 2020 ("later"): a tension when the counts differ, a reconciliation
    for it, and 2020's count implied."""
    sources = [{"id": f"s{i}", "title": "Homicides", "publisher": f"Outlet {i}", "published": "2021-01-15"}
               for i in range(1, 3)]
    claims = [
        {"id": "a-2019", "source": "s1", "metric": "homicides", "place": PLACE, "period": "2019",
         "value": str(a), "quote": f"{a} homicides in 2019"},
        {"id": "b-2019", "source": "s2", "metric": "homicides", "place": PLACE, "period": "2019",
         "value": str(b), "quote": f"{b} homicides in 2019"},
        {"id": "a-2018", "source": "s1", "metric": "homicides", "place": PLACE, "period": "2018",
         "value": "150", "quote": "150 in 2018"},
        {"id": "a-up", "source": "s1", "metric": "homicides", "place": PLACE, "period": "2019",
         "change": {"phrase": up, "base": "2018"}, "quote": up},
        {"id": "b-later", "source": "s2", "metric": "homicides", "place": PLACE, "period": "2020",
         "change": {"phrase": later, "base": "2019"}, "quote": later},
    ]
    corpus = load_records({"sources": sources, "claims": claims})
    [job] = blocks_of(corpus)
    return job


def _decided_again(job, cheap: str):
    """A block decided (costs 1), then again with `cheap` at a quarter: by a fresh solver,
    and by one given what the first learnt; and the range questions the second one asked."""
    from auditor.engine.analysis import analyse_block
    claims, axioms, atoms = job
    for c in claims:
        c.cost = Fraction(1)
    by_id = {c.claim_id: c for c in claims}
    before = analyse_block(BlockSolver(claims, axioms, atoms), by_id, max_spread=10)
    by_id[cheap].cost = Fraction(1, 4)
    fresh = analyse_block(BlockSolver(claims, axioms, atoms), by_id, max_spread=10)
    seeded_solver = BlockSolver(claims, axioms, atoms, learnt=before.learnt)
    asked = []
    for name in ("_ranges_of", "_range_of", "_holds_over_reals"):
        method = getattr(seeded_solver, name)
        setattr(seeded_solver, name, lambda *a, method=method, name=name, **k: asked.append(name) or method(*a, **k))
    seeded = analyse_block(seeded_solver, by_id, max_spread=10)
    return before, fresh, seeded, asked


def _alike(fresh, seeded) -> None:
    assert seeded.tensions == fresh.tensions   # cores, suspects and reconciliations
    assert (seeded.consistent, seeded.set_aside, seeded.readings, seeded.implied) == \
           (fresh.consistent, fresh.set_aside, fresh.readings, fresh.implied)


def test_a_block_decided_again_asks_no_range_question_its_first_solver_answered():
    """The readings, implied figures and reconciliations of a block decided again with other
    costs (audit.audit_scenario) are those of a fresh solver; the range questions its first
    solver answered (BlockSolver._asked: kept in `learnt`, those asked after the tensions
    too) are not asked again."""
    before, fresh, seeded, asked = _decided_again(rivals_and_figures(150, 162, "up 8%", "up 10%"), "b-2019")
    assert before.tensions and before.implied and any(t.reconciliation.allowed for t in before.tensions)
    assert any(key[0] == "ranges" for key in before.learnt["facts"])   # asked after learnt() was called
    _alike(fresh, seeded)
    assert not asked   # the same claims set aside: every range question was answered before


changes = st.sampled_from(["up 8%", "up 10%", "down 5%", "up 7.5%", "down 12.5%", "up 20%"])
rivals = (st.integers(140, 175), st.integers(140, 175), changes, changes, st.sampled_from(["a-2019", "b-2019", "a-up"]))


def _decided_alike(a, b, up, later, cheap):
    """The law of the two tests below (a few examples in the quick suite, many with -m slow)."""
    before, fresh, seeded, asked = _decided_again(rivals_and_figures(a, b, up, later), cheap)
    _alike(fresh, seeded)
    if before.set_aside and before.set_aside == seeded.set_aside:   # (no learnt without a tension)
        assert not asked


@settings(max_examples=4, deadline=None)
@given(*rivals)
def test_a_block_decided_again_with_its_first_solvers_facts_is_decided_alike(a, b, up, later, cheap):
    _decided_alike(a, b, up, later, cheap)


@pytest.mark.slow
@settings(max_examples=120, deadline=None)
@given(*rivals)
def test_a_block_decided_again_with_its_first_solvers_facts_is_decided_alike_many(a, b, up, later, cheap):
    _decided_alike(a, b, up, later, cheap)


def test_a_figure_low_at_an_earlier_solves_point_is_not_solved_for():
    """ranges with pinned_within: a whole-number figure that the point of an earlier solve
    of the same program puts under 1/(2 spread) is not pinned (its minimum is no higher),
    and gets no solve of its own; the verdicts are those of solving for every figure."""
    from auditor.engine.analysis import implied_targets
    from auditor.engine.relaxation import Relaxation, not_pinned_below, pinned
    job = counts_and_rates(150, "up 50%", "40.7", "41.2")
    ids = sorted(c.claim_id for c in job[0])
    targets = implied_targets(job[0])
    solver = BlockSolver(*job)
    solves, every = [], []
    optimum = Relaxation.optimum
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(Relaxation, "optimum", lambda self, *a, **k: solves.append(tuple(a[0])) or optimum(self, *a, **k))
        found = solver.ranges("default", ids, targets, pinned_within=10)
        solves, every = every, solves
        mp.setattr(engine_solver.relaxation, "low_at_point", lambda *a: set())
        assert BlockSolver(*job).ranges("default", ids, targets, pinned_within=10) == found
    spared = set(solves) - set(every)
    assert spared and found   # some figure was low at an earlier point; another is pinned
    lp = solver._program("default", ids, [], linear=True)
    for terms in spared:      # and its own solve says it is not pinned
        assert pinned(lp.optimum(terms, not_pinned_below(10), prove=True), 10) is False


def _linear_before(text: engine_solver.BlockText, c: Linear, relaxed: bool = False) -> str:
    """BlockText._linear as it was before it took a whole-number row's scaled numbers from
    relaxation._row_numbers (the lcm of its denominators worked out here)."""
    from math import lcm
    if not c.terms:
        return "true" if engine_solver.satisfied(Fraction(0), c.op, c.rhs) else "false"
    real = relaxed or not all(text.integer[a] for a, _ in c.terms)
    scale = 1 if real else lcm(*(k.denominator for _, k in c.terms), c.rhs.denominator)
    parts = []
    for atom, k in c.terms:
        name = text.names[atom]
        if real and not relaxed and text.integer[atom]:
            name = f"(to_real {name})"
        coef = k * scale
        parts.append(name if coef == 1 else f"(* {engine_solver._num(coef, real)} {name})")
    lhs = parts[0] if len(parts) == 1 else f"(+ {' '.join(parts)})"
    return f"({engine_solver.SMT_OPS[c.op]} {lhs} {engine_solver._num(c.rhs * scale, real)})"


smt_atoms = ["a", "b", "c", "r"]   # r fractional, the others whole
smt_coefficient = st.fractions(-50, 50, max_denominator=2000).filter(bool)


@st.composite
def smt_rows(draw):
    atoms = draw(st.lists(st.sampled_from(smt_atoms), min_size=0, max_size=4, unique=True))
    terms = tuple((a, draw(smt_coefficient)) for a in atoms)
    return Linear(terms, draw(st.sampled_from(["<=", "<", ">=", ">", "=="])),
                  draw(st.fractions(-10**6, 10**6, max_denominator=10**5)))


def _smt_text():
    text = engine_solver.BlockText.__new__(engine_solver.BlockText)
    text.names = {a: f"x{i}" for i, a in enumerate(smt_atoms)}
    text.integer = {a: a != "r" for a in smt_atoms}
    return text


def _smt_text_alike(row, relaxed):
    """The law of the two tests below (a few examples in the quick suite, many with -m slow)."""
    text = _smt_text()
    assert text._linear(row, relaxed) == _linear_before(text, row, relaxed)


@settings(max_examples=40, deadline=None)
@given(smt_rows(), st.booleans())
def test_a_rows_smt_text_is_the_one_worked_out_from_its_fractions(row, relaxed):
    """z3 is given the same text for every row (the same text, the same search)."""
    _smt_text_alike(row, relaxed)


@pytest.mark.slow
@settings(max_examples=200, deadline=None)
@given(smt_rows(), st.booleans())
def test_a_rows_smt_text_is_the_one_worked_out_from_its_fractions_many(row, relaxed):
    _smt_text_alike(row, relaxed)


def _as_before_few_models(solver: BlockSolver) -> BlockSolver:
    """A solver whose few-claim deletion checks go to z3 first, as before HiGHS's model was
    asked for first: no model from HiGHS until z3's quick try has run out on the block."""
    whole_point = solver._whole_point
    solver._whole_point = lambda *a, **k: whole_point(*a, **k) if solver._z3_slow else None
    return solver


def test_a_few_claims_deletion_check_that_holds_is_answered_by_a_model(tension_block):
    """minimal_core's checks of a few claims: a checked model from HiGHS answers those that
    hold, before z3; the minimal set is the one z3 alone finds (deletion's answer depends on
    the claims and the order only)."""
    ids = sorted(c.claim_id for c in tension_block[0])
    asked = []
    check = engine_solver._check
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(engine_solver, "_check", lambda *a, **k: asked.append(len(a[1])) or check(*a, **k))
        found = BlockSolver(*tension_block).minimal_core("default", ids)
        now = list(asked)
        asked.clear()
        before = _as_before_few_models(BlockSolver(*tension_block)).minimal_core("default", ids)
    assert found == before
    few = engine_solver.LOCAL_CLAIMS
    assert sum(n <= few for n in now) < sum(n <= few for n in asked)


def _tensions_are_the_same_with_models_first_for_a_few_claims(a, b, up, later):
    """The law of the two tests below (a few examples in the quick suite, many with -m slow)."""
    from auditor.engine.analysis import analyse_block
    claims, axioms, atoms = rivals_and_figures(a, b, up, later)
    for c in claims:
        c.cost = Fraction(1)
    by_id = {c.claim_id: c for c in claims}
    now = analyse_block(BlockSolver(claims, axioms, atoms), by_id, max_spread=10)
    before = analyse_block(_as_before_few_models(BlockSolver(claims, axioms, atoms)), by_id, max_spread=10)
    _alike(before, now)


@settings(max_examples=4, deadline=None)
@given(st.integers(140, 175), st.integers(140, 175), changes, changes)
def test_tensions_are_the_same_with_models_first_for_a_few_claims(a, b, up, later):
    _tensions_are_the_same_with_models_first_for_a_few_claims(a, b, up, later)


@pytest.mark.slow
@settings(max_examples=40, deadline=None)
@given(st.integers(140, 175), st.integers(140, 175), changes, changes)
def test_tensions_are_the_same_with_models_first_for_a_few_claims_many(a, b, up, later):
    _tensions_are_the_same_with_models_first_for_a_few_claims(a, b, up, later)


# --- engine-6: the same work in cheaper Python -------------------------------------------

def _row_before(terms, rhs, strict, owner, integer):
    """propagate._row as it was (be11aeb): terms given with their sign, whole coefficients
    as int(k * scale) of Fractions."""
    from math import ceil, floor, lcm

    from auditor.engine.propagate import _Row
    if not all(integer.get(a, False) for a, _ in terms):
        return _Row(terms, rhs, strict, owner, False, tuple(k for _, k in terms))
    scale = lcm(*(k.denominator for _, k in terms))
    bound = rhs * scale
    whole_rhs = ceil(bound) - 1 if strict else floor(bound)
    ks = tuple(int(k * scale) for _, k in terms)
    return _Row(tuple((a, k) for (a, _), k in zip(terms, ks)), whole_rhs, False, owner, True, ks)


def _rows_before(constraints, integer):
    rows = []
    for c, owner in constraints:
        if not c.terms:
            continue
        if c.op in ("<=", "<", "=="):
            rows.append(_row_before(c.terms, c.rhs, c.op == "<", owner, integer))
        if c.op in (">=", ">", "=="):
            rows.append(_row_before(tuple((a, -k) for a, k in c.terms), -c.rhs, c.op == ">", owner, integer))
    return rows


@settings(max_examples=25, deadline=None)
@given(st.lists(smt_rows(), min_size=1, max_size=6))
def test_propagation_rows_are_the_ones_worked_out_from_fractions(rows):
    """rows_of scales a whole row's coefficients in integers (numerator times scale over
    denominator) and negates a ">=" row's coefficients without a Fraction per term: the same
    rows, field by field (coefficients of the same type), as before."""
    _propagation_rows_alike(rows)


@pytest.mark.slow
@settings(max_examples=100, deadline=None)
@given(st.lists(smt_rows(), min_size=1, max_size=6))
def test_propagation_rows_are_the_ones_worked_out_from_fractions_many(rows):
    _propagation_rows_alike(rows)


def _propagation_rows_alike(rows):
    """The law of the two tests above (a few examples in the quick suite, many with -m slow)."""
    from auditor.engine.propagate import rows_of
    integer = {a: a != "r" for a in smt_atoms}
    constraints = [(c, f"c{i}") for i, c in enumerate(rows)]
    now, false = rows_of(constraints, integer)
    if false is not None:
        return
    before = _rows_before(constraints, integer)
    assert now == before
    for r, b in zip(now, before):
        assert [type(k) for k in r.ks] == [type(k) for k in b.ks]
        assert type(r.rhs) is type(b.rhs)


def _minimal_core_before(solver: BlockSolver, level, active, known=None, near=None):
    """BlockSolver.minimal_core as it was (be11aeb): the rest of the claims made as a new
    list at every claim, checked or not."""
    current = sorted(active, key=lambda cid: (engine_solver.KEEP_ORDER.get(solver.by_id[cid].statement_kind, 0),
                                              solver._distance(cid, near), cid))
    unsat = set(known) if known is not None else None
    solver._deletion = (level, frozenset(current), None)
    try:
        for cid in list(current):
            trial = [c for c in current if c != cid]
            if unsat is not None and cid not in unsat:
                current = trial
                continue
            holds, core = solver.check(level, trial)
            if not holds:
                current, unsat = trial, set(core)
    finally:
        solver._deletion = None
    return sorted(current)


def _a_minimal_set_is_found_with_the_same_checks_as_before(a, b, up, later, with_core):
    """The law of the two tests below (a few examples in the quick suite, many with -m slow)."""
    claims, axioms, atoms = rivals_and_figures(a, b, up, later)
    ids = sorted(c.claim_id for c in claims)
    runs = []
    for find in (lambda s, *x: s.minimal_core(*x), _minimal_core_before):
        solver = BlockSolver(claims, axioms, atoms)
        holds, core = solver.check("default", ids)
        if holds:
            return
        asked = []
        check = solver.check
        solver.check = lambda level, trial, check=check: asked.append(list(trial)) or check(level, trial)
        runs.append((find(solver, "default", ids, core if with_core else None, ids[0]), asked))
    assert runs[0] == runs[1]


@settings(max_examples=4, deadline=None)
@given(st.integers(140, 175), st.integers(140, 175), changes, changes, st.booleans())
def test_a_minimal_set_is_found_with_the_same_checks_as_before(a, b, up, later, with_core):
    """minimal_core, which makes the list of the rest only for a claim it checks: the same
    minimal set, from the same checks in the same order (each the same list of claims), as
    the deletion that made it for every claim."""
    _a_minimal_set_is_found_with_the_same_checks_as_before(a, b, up, later, with_core)


@pytest.mark.slow
@settings(max_examples=40, deadline=None)
@given(st.integers(140, 175), st.integers(140, 175), changes, changes, st.booleans())
def test_a_minimal_set_is_found_with_the_same_checks_as_before_many(a, b, up, later, with_core):
    _a_minimal_set_is_found_with_the_same_checks_as_before(a, b, up, later, with_core)


def counts_compared(count: int, relation: str, change: str | None):
    """2019's count, 2020's said to be higher (or lower) than it, and maybe 2021's change
    from 2020: a block whose implied figures are unpinned (2020's, bounded on one side
    only) unless the change pins them."""
    source = {"id": "s1", "title": "Homicides", "publisher": "Outlet", "published": "2022-01-15"}
    claims = [
        {"id": "count-2019", "source": "s1", "metric": "homicides", "place": PLACE, "period": "2019",
         "value": str(count), "quote": f"{count} homicides in 2019"},
        {"id": "compared-2020", "source": "s1", "metric": "homicides", "place": PLACE, "period": "2020",
         "comparison": {"relation": relation, "than": "2019"}, "quote": f"{relation} than in 2019"},
    ]
    if change is not None:
        claims.append({"id": "count-2021", "source": "s1", "metric": "homicides", "place": PLACE, "period": "2021",
                       "value": str(count), "quote": f"{count} in 2021"})
        claims.append({"id": "change-2021", "source": "s1", "metric": "homicides", "place": PLACE, "period": "2021",
                       "change": {"phrase": change, "base": "2020"}, "quote": change})
    corpus = load_records({"sources": [source], "claims": claims})
    [job] = blocks_of(corpus)
    return job


def _a_settled_block_holds_and_nothing_in_it_is_pinned_by_the_full_solve(count, relation, change):
    """The law of the two tests below (a few examples in the quick suite, many with -m slow)."""
    from auditor.engine.analysis import analyse_block, settled
    claims, axioms, atoms = counts_compared(count, relation, change)
    shown = settled(claims, axioms, atoms, 10)
    again = settled(claims, axioms, atoms, 10)
    assert shown.done == again.done and shown.holds == again.holds
    if shown.done:
        assert shown.holds and shown.model is None
        for c in claims:
            c.cost = Fraction(1)
        full = analyse_block(BlockSolver(claims, axioms, atoms), {c.claim_id: c for c in claims}, max_spread=10)
        assert not full.tensions and all(not r.ranges for r in full.implied)
    elif shown.program is not None and shown.holds:
        assert shown.model is not None
        rows = shown.program.rows
        assert all(engine_solver.satisfied(sum(k * shown.model[a] for a, k in x.terms), x.op, x.rhs) for x in rows)


@settings(max_examples=6, deadline=None)
@given(st.integers(0, 400), st.sampled_from(["higher", "lower"]), st.none() | changes)
def test_a_settled_block_holds_and_nothing_in_it_is_pinned_by_the_full_solve(count, relation, change):
    """settled asks only whether a checked model exists (no Fraction per atom) for a block
    whose figures are all shown unpinned: when it says the block is done, the block's own
    solver finds it holding with no figure pinned; when not, it is as before (a model for
    the solver when one exists)."""
    _a_settled_block_holds_and_nothing_in_it_is_pinned_by_the_full_solve(count, relation, change)


@pytest.mark.slow
@settings(max_examples=40, deadline=None)
@given(st.integers(0, 400), st.sampled_from(["higher", "lower"]), st.none() | changes)
def test_a_settled_block_holds_and_nothing_in_it_is_pinned_by_the_full_solve_many(count, relation, change):
    _a_settled_block_holds_and_nothing_in_it_is_pinned_by_the_full_solve(count, relation, change)


def _always_proved(mp):
    """Relaxation.optimum as before: every side with an end proved, whatever the verdict."""
    from auditor.engine.relaxation import Relaxation
    optimum = Relaxation.optimum
    mp.setattr(Relaxation, "optimum", lambda self, terms, below=None, prove=False, spread=None:
               optimum(self, terms, below, prove))


def count_between(low: int, high: int):
    """2020's count said to be higher than 2018's (`low`) and lower than 2019's (`high`):
    bounded on both sides, pinned only when `high` is within the spread of `low`."""
    source = {"id": "s1", "title": "Homicides", "publisher": "Outlet", "published": "2021-01-15"}
    claims = [
        {"id": "count-2018", "source": "s1", "metric": "homicides", "place": PLACE, "period": "2018",
         "value": str(low), "quote": f"{low} in 2018"},
        {"id": "count-2019", "source": "s1", "metric": "homicides", "place": PLACE, "period": "2019",
         "value": str(high), "quote": f"{high} in 2019"},
        {"id": "above-2018", "source": "s1", "metric": "homicides", "place": PLACE, "period": "2020",
         "comparison": {"relation": "higher", "than": "2018"}, "quote": "higher than in 2018"},
        {"id": "below-2019", "source": "s1", "metric": "homicides", "place": PLACE, "period": "2020",
         "comparison": {"relation": "lower", "than": "2019"}, "quote": "lower than in 2019"},
    ]
    [job] = blocks_of(load_records({"sources": [source], "claims": claims}))
    return job


def _optima_proved_only_when_pinned_give_the_same_ranges(job):
    """The law of the two tests below (a few examples in the quick suite, many with -m slow)."""
    from auditor.engine.analysis import analyse_block, implied_targets, settled
    from auditor.engine.relaxation import pinned
    claims, axioms, atoms = job
    ids = sorted(c.claim_id for c in claims)
    targets = implied_targets(claims)
    for c in claims:
        c.cost = Fraction(1)
    by_id = {c.claim_id: c for c in claims}

    def decided():
        shown = settled(claims, axioms, atoms, 10)
        relaxed: dict = {}
        ranges = BlockSolver(claims, axioms, atoms).ranges("default", ids, targets, pinned_within=10,
                                                          relaxed_out=relaxed)
        full = analyse_block(BlockSolver(claims, axioms, atoms, program=shown.program, model=shown.model), by_id,
                             max_spread=10, optima=shown.optima, holds=shown.holds)
        return shown, ranges, relaxed, full

    now = decided()
    with pytest.MonkeyPatch.context() as mp:
        _always_proved(mp)
        before = decided()
    assert now[1:3] == before[1:3]
    assert now[3].implied == before[3].implied and now[3].tensions == before[3].tensions
    assert now[0].done == before[0].done and now[0].optima.keys() == before[0].optima.keys()
    for q, opt in now[0].optima.items():
        old = before[0].optima[q]
        assert (opt is None) == (old is None)
        if opt is not None:
            assert (opt.lo, opt.hi) == (old.lo, old.hi)
            if pinned(opt, 10.0):
                assert opt.proved == old.proved
            else:
                assert opt.proved is None


@settings(max_examples=6, deadline=None)
@given(st.one_of(counts_rates.map(lambda d: counts_and_rates(*d)),
                 st.tuples(st.integers(1, 60), st.integers(2, 900)).map(lambda d: count_between(*d))))
def test_optima_proved_only_when_pinned_give_the_same_ranges(job):
    """settled's and ranges' optima are proved only for figures pinned within the spread
    (the only proofs read): the same implied ranges, relaxed ranges and verdicts as with every
    optimum proved, and the same proof wherever a figure is pinned."""
    _optima_proved_only_when_pinned_give_the_same_ranges(job)


@pytest.mark.slow
@settings(max_examples=40, deadline=None)
@given(st.one_of(counts_rates.map(lambda d: counts_and_rates(*d)),
                 st.tuples(st.integers(1, 60), st.integers(2, 900)).map(lambda d: count_between(*d))))
def test_optima_proved_only_when_pinned_give_the_same_ranges_many(job):
    _optima_proved_only_when_pinned_give_the_same_ranges(job)


whole_rows = st.lists(st.builds(
    lambda atoms, ks, op, rhs: Linear(tuple(zip(atoms, ks)), op, rhs),
    st.lists(st.sampled_from(["a", "b", "c"]), min_size=1, max_size=3, unique=True),
    st.lists(st.fractions(-20, 20, max_denominator=4).filter(bool), min_size=3, max_size=3),
    st.sampled_from(["<=", "<", ">=", ">", "=="]),
    st.fractions(-100, 100, max_denominator=8)), min_size=1, max_size=12)


@settings(max_examples=6, deadline=None)
@given(whole_rows, st.sampled_from(["a", "b", "c"]), st.booleans())
def test_a_small_programs_point_is_checked_alike_in_python_and_in_arrays(rows, objective, maximise):
    """_rounded checks a whole point of a program of up to ARRAY_CHECK_ROWS rows in Python's
    integers, without building arrays: the same model (or none) as the check in arrays."""
    _points_alike(rows, objective, maximise)


@pytest.mark.slow
@settings(max_examples=60, deadline=None)
@given(whole_rows, st.sampled_from(["a", "b", "c"]), st.booleans())
def test_a_small_programs_point_is_checked_alike_in_python_and_in_arrays_many(rows, objective, maximise):
    _points_alike(rows, objective, maximise)


def _points_alike(rows, objective, maximise):
    """The law of the two tests above (a few examples in the quick suite, many with -m slow)."""
    import highspy

    from auditor.engine import relaxation
    integer = {"a": True, "b": True, "c": True}
    rows = [Linear(tuple((a, k) for a, k in zip(sorted({a for a, _ in r.terms}), (k for _, k in r.terms))), r.op, r.rhs)
            for r in rows]
    found = []
    for limit in (0, 10 ** 6):
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(relaxation, "ARRAY_CHECK_ROWS", limit)
            lp = relaxation.Relaxation(rows, ["a", "b", "c"])
            lp.objective(((objective, Fraction(1)),))
            lp.highs.changeObjectiveSense(highspy.ObjSense.kMaximize if maximise else highspy.ObjSense.kMinimize)
            found.append((relaxation.relaxed_point(lp, integer), relaxation.whole_point(lp, integer, point=False)))
            assert limit == 0 or lp._arrays is False   # no arrays built for a small program
    assert found[0] == found[1]
