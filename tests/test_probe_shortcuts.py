"""Probes of a figure's whole-number bounds that the engine answers without z3, and the
answers z3 gives to the same probes."""

from __future__ import annotations

import pytest

from auditor.engine import solver as engine_solver
from auditor.engine.audit import _blocks
from auditor.engine.compile import build_atoms, compile_claims
from auditor.engine.scenarios import resolve_scenario, scenarios
from auditor.engine.solver import BlockSolver
from auditor.loading.corpus import load_records

PLACE = "birmingham-al"


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
    compiled = compile_claims(resolve_scenario(corpus, scenarios(corpus)[0]), corpus.pack)
    atoms = build_atoms(set().union(*(c.quantities for c in compiled)), corpus.pack)
    [(claims, axioms)] = _blocks(compiled, atoms)
    base = next(q for c in claims for q in c.quantities if q.start.year == 2018)
    return (claims, axioms, atoms), base


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
