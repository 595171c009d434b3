"""Check kinds: the code behind the rules in rules/checks/*.yaml, registered by name.

A rule file names its check kind and parameters; a scenario check receives the rule and
one scenario's audit and returns findings, a cross-scenario check sees every scenario.
"""

from __future__ import annotations

from typing import Callable

from auditor.checks.comparability import not_comparable
from auditor.checks.corroboration import corroboration
from auditor.checks.dating import dating
from auditor.checks.implied import implied
from auditor.checks.projection import not_checkable
from auditor.checks.params import PARAMS  # noqa: F401  (each kind's parameter model)
from auditor.checks.revision import revision
from auditor.checks.tension import tension

SCENARIO_CHECKS: dict[str, Callable] = {
    "tension": tension,
    "corroboration": corroboration,
    "implied": implied,
    "not-comparable": not_comparable,
    "revision": revision,
    "not-checkable": not_checkable,
}
# scenario checks that read no decided block (only the scenario's resolved claims): the
# audit runs them while worker processes decide the blocks
BLOCK_FREE_CHECKS = frozenset({"not-comparable", "not-checkable"})
CROSS_SCENARIO_CHECKS: dict[str, Callable] = {
    "dating": dating,
}
CHECK_KINDS = tuple(sorted([*SCENARIO_CHECKS, *CROSS_SCENARIO_CHECKS]))
