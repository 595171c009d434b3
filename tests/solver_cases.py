"""Small invented corpora the solver tests share (tests/test_speed_equivalence.py,
tests/test_solver_shortcuts.py), and the blocks the audit would solve of them."""

from __future__ import annotations

from auditor.engine.audit import _blocks
from auditor.engine.compile import build_atoms, compile_claims
from auditor.engine.scenarios import resolve_scenario, scenarios

PLACE = "birmingham-al"


def thirty_more_records(weeks_2020: int, *extra_claims: dict) -> dict:
    """2019's count, the first ten weeks of 2019 (38) and of 2020 (`weeks_2020`), and "30 more"
    read either as 2019 against 2018 or as 2020's weeks against 2019's; `extra_claims` are
    appended after these four. The records, for load_records."""
    source = {"id": "s1", "title": "Homicides so far", "publisher": "Outlet", "published": "2020-03-15"}
    claims = [
        {"id": "full-2019", "source": "s1", "metric": "homicides", "place": PLACE, "period": "2019",
         "value": "150", "quote": "150 homicides in 2019"},
        {"id": "weeks-2019", "source": "s1", "metric": "homicides", "place": PLACE,
         "period": "2019-01-01/2019-03-15", "value": "38", "quote": "38 by this time last year"},
        {"id": "weeks-2020", "source": "s1", "metric": "homicides", "place": PLACE,
         "period": "2020-01-01/2020-03-15", "value": str(weeks_2020), "quote": "and so far this year"},
        {"id": "thirty-more", "source": "s1", "metric": "homicides", "place": PLACE, "period": "2019",
         "readings": [
             {"label": "2019 against 2018", "change": {"phrase": "30 more", "base": "2018"}},
             {"label": "this year's weeks against last year's", "period": "2020-01-01/2020-03-15",
              "change": {"phrase": "30 more", "base": "2019-01-01/2019-03-15"}}],
         "quote": "30 more"},
        *extra_claims,
    ]
    return {"sources": [source], "claims": claims}


def blocks_of(corpus, scenario: int = 0):
    """The blocks of the corpus's first scenario (or the one of that index), each as (claims,
    axioms, atoms)."""
    compiled = compile_claims(resolve_scenario(corpus, scenarios(corpus)[scenario]), corpus.pack)
    atoms = build_atoms(set().union(*(c.quantities for c in compiled)), corpus.pack)
    return [(claims, axioms, atoms) for claims, axioms in _blocks(compiled, atoms)]
