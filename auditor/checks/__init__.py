"""Check kinds: the code behind the rules in rules/checks/*.yaml, registered by name.

A rule file names its check kind and parameters; a scenario check receives the rule and
one scenario's audit and returns findings, a cross-scenario check sees every scenario.

The kinds and their parameters (`auditor.checks.params`) are known without the checks'
code, so that loading a pack imports no engine (z3, HiGHS): the check functions, which use
the engine, are imported when an audit first asks for `SCENARIO_CHECKS` or
`CROSS_SCENARIO_CHECKS`.
"""

from __future__ import annotations

from typing import Callable

from auditor.checks.params import PARAMS

CHECK_KINDS: tuple[str, ...] = tuple(sorted(PARAMS))
# scenario checks that read no decided block (only the scenario's resolved claims): the
# audit runs them while worker processes decide the blocks
BLOCK_FREE_CHECKS = frozenset({"not-comparable", "not-checkable"})


def _registries() -> tuple[dict[str, Callable], dict[str, Callable]]:
    """(scenario checks, cross-scenario checks) by kind: every kind of CHECK_KINDS, once."""
    from auditor.checks.comparability import not_comparable
    from auditor.checks.corroboration import corroboration
    from auditor.checks.dating import dating
    from auditor.checks.implied import implied
    from auditor.checks.projection import not_checkable
    from auditor.checks.revision import revision
    from auditor.checks.tension import tension

    scenario = {
        "tension": tension,
        "corroboration": corroboration,
        "implied": implied,
        "not-comparable": not_comparable,
        "revision": revision,
        "not-checkable": not_checkable,
    }
    return scenario, {"dating": dating}


def __getattr__(name: str):
    if name in ("SCENARIO_CHECKS", "CROSS_SCENARIO_CHECKS"):
        scenario, cross = _registries()
        # kept as module attributes: later lookups (and a benchmark's timing wrappers) see one dict
        globals().setdefault("SCENARIO_CHECKS", scenario)
        globals().setdefault("CROSS_SCENARIO_CHECKS", cross)
        return globals()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
