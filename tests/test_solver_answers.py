"""BlockSolver.check answers each question once per block: a question asked again gets the
first answer without being decided again, and a set of claims within one that holds
together is answered "holds" without a decision; both are the answers a solver of its own
gives."""

from __future__ import annotations

from itertools import combinations

import pytest

import auditor
from auditor.engine import audit as engine_audit
from auditor.engine.compile import build_atoms, compile_claims
from auditor.engine.scenarios import resolve_scenario, scenarios
from auditor.engine.solver import BlockSolver
from auditor.engine.suspects import assign_costs


@pytest.fixture(scope="module")
def block():
    """A block of the seeds' last candidate date whose claims cannot all hold together."""
    pack = auditor.load_pack()
    corpus = auditor.load_claims(None, pack=pack)
    compiled = compile_claims(resolve_scenario(corpus, scenarios(corpus)[-1]), pack)
    assign_costs(compiled, corpus)
    atoms = build_atoms(set().union(*(c.quantities for c in compiled)), pack)
    for claims, axioms in engine_audit._blocks(compiled, atoms):
        ids = [c.claim_id for c in claims]
        if not BlockSolver(claims, axioms, atoms).check("default", ids)[0]:
            return claims, axioms, atoms
    raise AssertionError("the seeds' last candidate date has a tension")


def _counting(solver: BlockSolver) -> list:
    asked = []
    decide = solver._answer

    def answer(level, active):
        asked.append((level, frozenset(active)))
        return decide(level, active)

    solver._answer = answer
    return asked


def test_a_question_asked_again_is_not_decided_again(block):
    solver = BlockSolver(*block)
    asked = _counting(solver)
    ids = sorted(c.claim_id for c in solver.claims)
    first = solver.check("default", ids)
    assert solver.check("default", list(reversed(ids))) == first
    assert asked == [("default", frozenset(ids))]
    assert not first[0] and first[1]


def test_every_answer_is_what_a_solver_of_its_own_gives(block):
    solver = BlockSolver(*block)
    asked = _counting(solver)
    ids = sorted(c.claim_id for c in solver.claims)
    questions = [list(s) for n in (len(ids), len(ids) - 1, 2) for s in combinations(ids, n)]
    answers = [solver.check("default", q) for q in questions]
    for question, answer in zip(questions, answers):
        alone = BlockSolver(*block)._answer("default", question)
        assert answer[0] == alone[0]
        if not answer[0]:   # a core is a set of the claims asked about that cannot hold together
            assert set(answer[1]) <= set(question)
            assert not BlockSolver(*block)._answer("default", answer[1])[0]
    # sets within one that holds were answered without a decision
    held = [frozenset(q) for q, a in zip(questions, answers) if a[0]]
    spared = [frozenset(q) for q in questions if frozenset(q) not in {s for _, s in asked}]
    assert all(any(s <= h for h in held) for s in spared)
    assert spared, "some pair lies within a set that holds"
