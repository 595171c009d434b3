"""Every rule's own examples, strict both ways, and a lint of the pack itself."""

import pytest

from auditor.checks import CHECK_KINDS
from auditor.pack import load_pack
from auditor.pack.examples import example_records, run_example

PACK = load_pack()
CASES = [(rule, ex) for rule in sorted(PACK.rules.values(), key=lambda r: r.id) for ex in rule.examples]


@pytest.mark.parametrize("rule,example", CASES, ids=[f"{r.id}::{e.name}" for r, e in CASES])
def test_rule_example(rule, example):
    result = run_example(rule, example, PACK)
    assert result.error is None, result.error
    assert result.got == result.expected
    assert result.got_first == result.expected_first   # an example's `first_suspects`, when it names them


@pytest.mark.slow   # every example a second time: about 3 s of the quick suite's 40
@pytest.mark.parametrize("rule,example", CASES, ids=[f"{r.id}::{e.name}" for r, e in CASES])
def test_rule_example_with_models_from_highs(rule, example, monkeypatch):
    """The same examples with z3's first try at every check cut to nothing, so that HiGHS's
    whole-number models answer every "yes": a model that breaks a claim (a false constant
    row, a strict inequality) would turn a tension into silence here."""
    import auditor.engine.solver as solver

    monkeypatch.setattr(solver, "QUICK_RLIMIT", 1)
    result = run_example(rule, example, PACK)
    assert result.error is None, result.error
    assert result.got == result.expected


def test_rule_ids_and_names_are_unique():
    names = [r.name for r in PACK.rules.values()]
    assert len(names) == len(set(names))
    for rid, rule in PACK.rules.items():
        assert rid == rule.id and rule.path.startswith(f"checks/{rid}-")


@pytest.mark.parametrize("rule", sorted(PACK.rules.values(), key=lambda r: r.id), ids=lambda r: r.id)
def test_every_rule_has_a_firing_and_a_silent_example(rule):
    assert any(ex.expect for ex in rule.examples), f"{rule.id} has no example that fires"
    assert any(not ex.expect for ex in rule.examples), f"{rule.id} has no example that stays silent"


@pytest.mark.parametrize("rule", sorted(PACK.rules.values(), key=lambda r: r.id), ids=lambda r: r.id)
def test_rules_name_registered_checks_and_known_vocabulary(rule):
    assert rule.check in CHECK_KINDS
    for ex in rule.examples:
        for claim in example_records(ex)["claims"]:
            assert PACK.find_metric(claim["metric"]) is not None
            assert len(PACK.find_places(claim["place"])) == 1


def test_tension_rules_cover_every_family_the_engine_distinguishes():
    from typing import get_args

    from auditor.checks.params import TensionParams
    vias = {r.params.get("via") for r in PACK.rules.values() if r.check == "tension"}
    assert vias == set(get_args(TensionParams.model_fields["via"].annotation))
    assert "relation" in vias


def test_places_never_contain_themselves():
    for pid in PACK.places:
        assert pid not in PACK.ancestors(pid)
