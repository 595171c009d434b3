"""A block decided once for every candidate publication date that sees it the same way
(auditor.engine.audit.block_shape), and the exact dual proofs' row reduction in Python's
Fractions with FLINT only for large systems (relaxation._reduced): both must give what the
work they spare gives."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import auditor
from auditor.engine import audit as engine_audit
from auditor.engine import relaxation
from auditor.engine.compile import Linear, build_atoms, compile_claims
from auditor.engine.scenarios import resolve_scenario, scenarios
from auditor.engine.suspects import assign_costs

ROOT = Path(__file__).resolve().parents[1]

rationals = st.fractions(min_value=-5, max_value=5, max_denominator=4)


@pytest.mark.slow
@settings(max_examples=150, deadline=None)
@given(st.integers(1, 7).flatmap(lambda width: st.lists(st.lists(rationals, min_size=width, max_size=width),
                                                          min_size=1, max_size=7)),
       st.booleans())
def test_row_reduction_in_fractions_is_flints(system, dependent):
    if dependent and len(system) > 1:   # a row that is a multiple of another: rank below the rows
        system[1] = [2 * k for k in system[0]]
    height, width = len(system), len(system[0])
    entries = {(r, col): k for r, row in enumerate(system) for col, k in enumerate(row) if k}
    old = relaxation.FRACTION_RREF_ENTRIES, relaxation.FRACTION_RREF_WORK, relaxation._fraction_work
    try:
        relaxation.FRACTION_RREF_ENTRIES = relaxation.FRACTION_RREF_WORK = 10 ** 9
        fractions = relaxation._reduced(entries, height, width)
        relaxation.FRACTION_RREF_ENTRIES = 0   # every system through FLINT
        flint = relaxation._reduced(entries, height, width)
    finally:
        relaxation.FRACTION_RREF_ENTRIES, relaxation.FRACTION_RREF_WORK, relaxation._fraction_work = old
    assert fractions == flint
    assert all(type(value) is Fraction for _, value in fractions)


def _blocks_of_each_scenario(corpus):
    out = []
    for scenario in scenarios(corpus):
        compiled = compile_claims(resolve_scenario(corpus, scenario), corpus.pack)
        assign_costs(compiled, corpus)
        quantities = set().union(*(c.quantities for c in compiled))
        atoms = build_atoms(quantities, corpus.pack)
        out.append([(claims, axioms, atoms) for claims, axioms in engine_audit._blocks(compiled, atoms)])
    return out


@pytest.fixture(scope="module")
def seeds():
    pack = auditor.load_pack()
    return auditor.load_claims(None, pack=pack)


def test_the_same_block_under_another_publication_date_has_the_same_shape(seeds):
    # the undated source's guns block: "this year" and "last year" move with the candidate
    # date, and under some candidates nothing else changes
    shapes: dict[str, list] = {}
    for blocks in _blocks_of_each_scenario(seeds):
        for claims, axioms, atoms in blocks:
            if any(c.claim_id == "wiat-guns-this-year" for c in claims):
                shape = engine_audit.block_shape(claims, axioms, atoms)
                shapes.setdefault(shape.text, []).append(shape.quantities)
    renamed = [qs for qs in shapes.values() if len(qs) > 1 and len(set(qs)) > 1]
    assert renamed, "no block is seen the same way under two candidate dates with other periods"
    for quantities in renamed:
        assert all(len(q) == len(quantities[0]) for q in quantities)


def test_a_different_figure_is_a_different_shape(seeds):
    claims, axioms, atoms = next(b for b in _blocks_of_each_scenario(seeds)[0] if len(b[0]) > 1)
    shape = engine_audit.block_shape(claims, axioms, atoms)
    first = claims[0]
    reading = first.readings[0]
    level = next(level for level, cons in reading.constraints.items() if cons)
    cons = list(reading.constraints[level])
    cons[0] = Linear(cons[0].terms, cons[0].op, cons[0].rhs + 1)
    changed = replace(first, readings=[replace(reading, constraints={**reading.constraints, level: cons})]
                      + first.readings[1:])
    assert engine_audit.block_shape([changed] + claims[1:], axioms, atoms).text != shape.text
    # the claims' order and the axioms' order do not change the shape
    assert engine_audit.block_shape(list(reversed(claims)), list(reversed(axioms)), atoms) == shape


def _decided(result):
    """A block's result as plain data, its implied figures by quantity."""
    return (result.claim_ids, result.consistent, result.set_aside, result.readings, result.holds,
            [(t.core, t.strength, t.level, t.suspects, t.costs, t.doubted, t.support,
              (t.reconciliation.claim_id, t.reconciliation.allowed, t.reconciliation.relative_change,
               t.reconciliation.text)) for t in result.tensions],
            [(e.readings, sorted(e.ranges.items(), key=repr)) for e in result.implied])


@pytest.mark.slow
def test_a_block_reused_under_another_date_is_the_block_decided_there(seeds):
    # every scenario of the seeds decided on its own, against the audit's shared cache
    cache: dict = {}
    for scenario in scenarios(seeds):
        alone = engine_audit.audit_scenario(seeds, scenario, None)
        shared = engine_audit.audit_scenario(seeds, scenario, cache)
        assert [_decided(b) for b in shared.blocks] == [_decided(b) for b in alone.blocks]
    assert len(cache) < sum(len(engine_audit.audit_scenario(seeds, s, None).blocks) for s in scenarios(seeds))


@pytest.mark.slow
def test_the_seed_audit_imports_no_flint():
    script = ("import sys, auditor\nauditor.audit(None, workers=1)\n"
              "print('flint' in sys.modules, 'highspy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True"]
