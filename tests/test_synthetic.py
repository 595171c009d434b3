"""The engine's laws on generated corpora (benchmarks/synthetic.py).

A corpus of claims true in one consistent world never yields a tension; a claim planted
far outside tolerance always appears in one. Small corpora only: timing lives in
benchmarks/bench_audit.py.
"""

from __future__ import annotations

import pytest

import auditor
from benchmarks.synthetic import generate

SIZE = 300

# Each test below but the first audits or re-solves generated corpora (tens of seconds in
# all): marked slow, run with -m slow and in CI.


@pytest.fixture(scope="module")
def audited(tmp_path_factory):
    """Generate a corpus, load it with its own rule pack and audit it; one per (seed, rate)."""
    done = {}

    def run(seed: int, rate: float):
        if (seed, rate) not in done:
            synthetic = generate(SIZE, seed, rate)
            pack = synthetic.pack(tmp_path_factory.mktemp(f"pack-{seed}"))
            corpus = auditor.load_records(synthetic.records, pack=pack)
            done[(seed, rate)] = synthetic, corpus, auditor.audit_corpus(corpus)
        return done[(seed, rate)]

    return run


def test_generation_is_deterministic():
    assert generate(SIZE, 7, 0.02) == generate(SIZE, 7, 0.02)
    assert generate(SIZE, 7, 0.02) != generate(SIZE, 8, 0.02)


@pytest.mark.slow
def test_generated_corpus_loads_with_its_own_places(audited):
    synthetic, corpus, _ = audited(3, 0.01)
    assert len(corpus.claims) == SIZE
    places = {c["place"] for c in synthetic.records["claims"]}
    assert all(p.startswith(("city-", "county-")) for p in places)
    assert any("/precinct-" in p for p in places)
    assert all(corpus.pack.root_place(p).startswith("county-") for p in places)


@pytest.mark.slow
def test_consistent_world_yields_no_tension(audited):
    synthetic, _, report = audited(11, 0)
    assert synthetic.planted == frozenset()
    tensions = [f for f in report.findings if f.kind == "tension"]
    assert tensions == [], [f.message for f in tensions]


@pytest.mark.slow
def test_every_planted_contradiction_is_found(audited):
    synthetic, _, report = audited(5, 0.02)
    assert synthetic.planted
    tensions = [f for f in report.findings if f.kind == "tension"]
    in_tension = {cid for f in tensions for cid in f.claims}
    assert synthetic.planted <= in_tension
    assert all(set(f.claims) & synthetic.planted for f in tensions), "a tension among claims true in the world"


@pytest.mark.slow
def test_an_implied_range_does_not_depend_on_the_other_figures_asked_for(audited):
    """Each figure's range is optimised on its own: asking for many figures at once gives
    the same ranges as asking for each alone. (z3's 'box' mode, which optimises many
    objectives together, broke this law: it returned a lower bound of 3 for a figure that
    could be 1.)"""
    from auditor.engine.audit import _blocks
    from auditor.engine.solver import BlockSolver

    _, corpus, _ = audited(3, 0.0)
    compiled, atoms = _compiled(corpus)
    compared = 0
    for claims, axioms in _blocks(compiled, atoms):
        stated = {c.stated for c in claims}
        targets = sorted({q for c in claims for q in c.quantities if q not in stated and q[4] is None}, key=repr)
        if len(targets) < 2:
            continue
        def fresh():   # a solver of its own for each question: the probe budget is per solver
            return BlockSolver(claims, axioms, atoms)

        active = [c.claim_id for c in claims]
        if not fresh().check("default", active)[0]:
            continue
        together = fresh().ranges("default", active, targets)
        for q in targets:
            alone = fresh().ranges("default", active, [q])[q]
            if together[q].exact and alone.exact:
                assert alone == together[q], q
                compared += 1
    assert compared >= 20


@pytest.mark.slow
def test_blocks_decided_together_agree_with_blocks_decided_alone(audited):
    """consistent_blocks puts many blocks in one solver; every block it says holds must
    hold on its own, and no block with a tension may pass. (A block it sets aside is
    decided on its own by the audit, so setting aside a consistent one costs time only.)"""
    from auditor.engine.audit import _blocks
    from auditor.engine.solver import BlockSolver, consistent_blocks

    _, corpus, _ = audited(5, 0.05)
    compiled, atoms = _compiled(corpus)
    jobs = [(claims, axioms, atoms) for claims, axioms in _blocks(compiled, atoms)]
    alone = [BlockSolver(*job).check("default", [c.claim_id for c in job[0]])[0] for job in jobs]
    assert not all(alone) and any(alone)
    together = consistent_blocks(jobs)
    assert all(alone[i] for i, ok in enumerate(together) if ok)
    assert sum(together) >= sum(alone) - sum(1 for ok in alone if not ok)  # few set aside needlessly


@pytest.mark.slow
def test_floating_point_relaxation_gives_the_exact_ranges(audited, monkeypatch):
    """Implied figures sorted by HiGHS (floating point, auditor/engine/relaxation.py) and
    bounded from its starting points come out exactly as when z3 alone decides them."""
    from auditor.engine.audit import _blocks
    from auditor.engine.solver import BlockSolver

    _, corpus, _ = audited(4, 0.0)
    compiled, atoms = _compiled(corpus)
    compared = pinned = 0
    for claims, axioms in _blocks(compiled, atoms):
        targets = implied(claims)
        if not targets:
            continue
        active = [c.claim_id for c in claims]
        job = (claims, axioms, atoms)
        with_highs = BlockSolver(*job).ranges("default", active, targets, pinned_within=10)
        z3_alone = BlockSolver(*job)
        monkeypatch.setattr(z3_alone, "_relaxation", lambda *args, **kwargs: None)
        monkeypatch.setattr(z3_alone, "_choice_point", lambda *args, **kwargs: None)
        exact = z3_alone.ranges("default", active, targets, pinned_within=10)
        assert with_highs == exact
        compared += 1
        pinned += len(exact or {})
    assert compared >= 30 and pinned >= 10


@pytest.mark.slow
def test_tensions_and_reconciliations_are_the_same_without_highs(audited, monkeypatch):
    """Whole blocks with planted contradictions decided as the audit does (HiGHS's models,
    proofs from its duals, and its whole-number optima for the reconciliations) and by z3
    alone give the same tensions, cores, reconciliations and implied ranges."""
    from auditor.engine.analysis import analyse_block
    from auditor.engine.audit import _blocks
    from auditor.engine.solver import BlockSolver

    _, corpus, _ = audited(5, 0.05)
    compiled, atoms = _compiled(corpus)
    compared = 0
    for claims, axioms in _blocks(compiled, atoms):
        if len(claims) < 2:
            continue
        job = (claims, axioms, atoms)
        by_id = {c.claim_id: c for c in claims}
        with_highs = analyse_block(BlockSolver(*job), by_id, 10)
        z3_alone = BlockSolver(*job)
        monkeypatch.setattr(z3_alone, "_relaxation", lambda *args, **kwargs: None)
        monkeypatch.setattr(z3_alone, "_choice_point", lambda *args, **kwargs: None)
        assert with_highs == analyse_block(z3_alone, by_id, 10)
        compared += bool(with_highs.tensions)
    assert compared >= 5


@pytest.mark.slow
def test_minimal_sets_are_the_same_with_and_without_z3s_cores(audited):
    """minimal_core skips the check of a claim outside the last core z3 reported; the set it
    returns is the one plain deletion (a check for every claim) returns, at both levels."""
    from auditor.engine.audit import _blocks
    from auditor.engine.solver import KEEP_ORDER, BlockSolver

    def plain_deletion(solver, level, active):
        current = sorted(active, key=lambda cid: (KEEP_ORDER.get(solver.by_id[cid].statement_kind, 0), cid))
        for cid in list(current):
            trial = [c for c in current if c != cid]
            if not solver.check(level, trial)[0]:
                current = trial
        return sorted(current)

    _, corpus, _ = audited(5, 0.05)
    compiled, atoms = _compiled(corpus)
    compared = checks_plain = checks_cores = 0
    for claims, axioms in _blocks(compiled, atoms):
        solver = BlockSolver(claims, axioms, atoms)
        active = [c.claim_id for c in claims]
        for level in ("default", "generous"):
            holds, core = solver.check(level, active)
            if holds:
                continue
            counted = []
            original = solver.check
            solver.check = lambda lv, trial: counted.append(trial) or original(lv, trial)
            expected = plain_deletion(solver, level, active)
            checks_plain += len(counted)
            counted.clear()
            assert solver.minimal_core(level, active, known=core) == expected
            checks_cores += len(counted)
            assert solver.minimal_core(level, active) == expected
            solver.check = original
            compared += 1
    assert compared >= 5 and checks_cores < checks_plain


@pytest.mark.slow
def test_figures_shown_unpinned_at_another_solve_get_the_verdict_of_their_own(audited, monkeypatch):
    """settled skips a figure's own solve when an earlier solve's point already shows it
    under the line; the verdicts are those of a solve for every figure."""
    from fractions import Fraction

    from auditor.engine.analysis import settled
    from auditor.engine.audit import _blocks
    from auditor.engine.compile import Linear, expand
    from auditor.engine.relaxation import Relaxation, not_pinned_below, pinned

    _, corpus, _ = audited(4, 0.0)
    compiled, atoms = _compiled(corpus)
    solved = []
    original = Relaxation.optimum
    monkeypatch.setattr(Relaxation, "optimum", lambda self, *a, **k: solved.append(1) or original(self, *a, **k))
    compared = own_solves = 0
    for claims, axioms in _blocks(compiled, atoms):
        solved.clear()
        shown = settled(claims, axioms, atoms, 10)
        own_solves += len(solved)
        if not shown.optima:
            continue
        alone = Relaxation(shown.program.rows, list(shown.program.column))
        for q, opt in shown.optima.items():
            terms = expand(Linear(((q, Fraction(1)),), "==", Fraction(0)), atoms).terms
            own = original(alone, terms, not_pinned_below(10.0), prove=True)
            assert (None if opt is None else pinned(opt, 10.0)) == (None if own is None else pinned(own, 10.0))
            compared += 1
    assert compared >= 30 and own_solves < compared


def _compiled(corpus):
    """The claims of the corpus's first scenario, compiled, and their atoms."""
    from auditor.engine.compile import build_atoms, compile_claims
    from auditor.engine.scenarios import resolve_scenario, scenarios

    compiled = compile_claims(resolve_scenario(corpus, scenarios(corpus)[0]), corpus.pack)
    return compiled, build_atoms(set().union(*(c.quantities for c in compiled)), corpus.pack)


def implied(claims):
    from auditor.engine.analysis import implied_targets
    return implied_targets(claims)


@pytest.mark.slow
def test_findings_do_not_depend_on_how_many_processes_decide_blocks(audited):
    """Each block gets a z3 context of its own, so what the solver finishes within its
    resource limits does not depend on which process decided the block, or after which."""
    from auditor.reporters import render

    _, corpus, _ = audited(6, 0.02)
    one = render(auditor.audit_corpus(corpus, workers=1), "json")
    two = render(auditor.audit_corpus(corpus, workers=2), "json")
    assert one == two


@pytest.mark.slow
def test_probes_give_the_same_ranges_whichever_solver_answers(audited, monkeypatch):
    """Whole-number probes go first to a z3 solver with the older arithmetic, and to the
    block's own solver when that one runs out (auditor/engine/solver.py, FAST_ARITH_SOLVER):
    the ranges are the same when every probe falls through to the block's own solver."""
    from auditor.engine import solver as solver_module
    from auditor.engine.audit import _blocks
    from auditor.engine.solver import BlockSolver

    asked = []
    original = BlockSolver._fast_assume
    monkeypatch.setattr(BlockSolver, "_fast_assume", lambda self, *a: asked.append(1) or original(self, *a))
    # bounds propagation settles most of these figures without a probe (tests/test_budget.py
    # shows it gives the same ranges): off here, so that the probes are asked
    monkeypatch.setattr(BlockSolver, "_tightened", lambda self, *a: None)
    questions = []
    for seed in (3, 4, 5):
        _, corpus, _ = audited(seed, 0.0)
        compiled, atoms = _compiled(corpus)
        for claims, axioms in _blocks(compiled, atoms):
            if implied(claims):
                questions.append(((claims, axioms, atoms), [c.claim_id for c in claims], implied(claims)))
    fast = [BlockSolver(*job).ranges("default", active, targets, pinned_within=10) for job, active, targets in questions]
    probes = len(asked)
    monkeypatch.setattr(solver_module, "FAST_PROBE_RLIMIT", 1)   # every probe runs out at once
    slow = [BlockSolver(*job).ranges("default", active, targets, pinned_within=10) for job, active, targets in questions]
    assert probes >= 2   # exact counts pin more figures at once: fewer probes than before the calibration
    assert fast == slow


@pytest.mark.slow
def test_each_solver_of_a_block_holds_the_guards_it_is_asked_for(audited):
    """The probe solver and the block's own solver share the claims' Booleans but not their
    guards: asking the probe solver about a level first must not leave the block's solver
    without that level's claims (a tension would then go unseen)."""
    from auditor.engine.audit import _blocks
    from auditor.engine.solver import BlockSolver

    _, corpus, _ = audited(5, 0.05)
    compiled, atoms = _compiled(corpus)
    compared = 0
    for claims, axioms in _blocks(compiled, atoms):
        active = [c.claim_id for c in claims]
        for level in ("generous", "default"):
            expected = BlockSolver(claims, axioms, atoms).check(level, active)
            if expected[0]:
                continue
            probed_first = BlockSolver(claims, axioms, atoms)
            probed_first._fast_assume(level, active)
            assert probed_first.check(level, active) == expected
            compared += 1
    assert compared >= 5
