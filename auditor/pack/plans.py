"""Which metrics of a pack are plans for a whole period (budgets), one reading for every check.

A plan (a budget or appropriation, proposed, adopted or amended, for a fiscal or calendar
year) is given for its whole period whenever it is given: "a $969.5 million budget for 2020"
in February 2020 is the year's, never a figure so far (engine/compile.py), and it is restated
only by its later versions (engine/revisions.py, budget_versions). A metric says so with
`plan_for_period` (rules/metrics.yaml); left out, a metric is a plan when it is not additive
over time, not a stock, and its label names one of the revision rule's `budget_metric_words`
(rules/checks/RV001-revision.yaml: "budget").
"""

from __future__ import annotations

import re
from functools import lru_cache

from auditor.pack.model import Metric, Pack


def names_any(text: str, words) -> bool:
    """Whether a text names any of these words or phrases, as whole words, whatever their case
    (the rule pack's word lists: "previously reported", "stood as high as", "proposed")."""
    words = tuple(words)
    return bool(words) and _alternation(words).search(text) is not None


@lru_cache(maxsize=256)
def _alternation(words: tuple[str, ...]) -> re.Pattern:
    """One compiled pattern for a word list, any of its words whole, whatever their case."""
    return re.compile(r"\b(?:" + "|".join(re.escape(w.lower()) for w in words) + r")\b", re.IGNORECASE)


def revision_param(pack: Pack, name: str, default):
    """A parameter of the pack's revision rule (rules/checks/RV001-revision.yaml), else `default`."""
    rule = next((r for r in pack.rules.values() if r.check == "revision"), None)
    return default if rule is None else rule.params.get(name, default)


def plan_words(pack: Pack) -> tuple[str, ...]:
    """The revision rule's `budget_metric_words`: a metric whose label names one is a plan,
    unless it says otherwise (none without the rule)."""
    return tuple(w.lower() for w in (revision_param(pack, "budget_metric_words", ()) or ()))


def is_plan(metric: Metric | None, words: tuple[str, ...]) -> bool:
    """Whether a metric is a plan for its whole period: its own `plan_for_period` when set,
    else a metric neither additive over time nor a stock whose label names one of `words`."""
    if metric is None:
        return False
    if metric.plan_for_period is not None:
        return metric.plan_for_period
    return bool(words) and not metric.additive_over_time and not metric.stock and names_any(metric.label, words)


def plan_metrics(pack: Pack) -> frozenset[str]:
    """The ids of the pack's metrics that are plans for their whole period (is_plan)."""
    words = plan_words(pack)
    return frozenset(m.id for m in pack.metrics.values() if is_plan(m, words))


def plan_ahead_days(pack: Pack) -> int:
    """The value-conflict rule's `plan_ahead_days` (rules/checks/TN001-value-conflict.yaml): a
    figure given further ahead of its period is a plan or a forecast (0 without it: every
    projection is a forecast)."""
    return max((int(r.params.get("plan_ahead_days", 0) or 0) for r in pack.rules.values()), default=0)


def forecast(c, corpus, publication: dict, plans: frozenset[str], ahead: int) -> bool:
    """Whether a compiled claim marked `projection` is a forecast, kept but never checked ("on
    pace for 300"). A plan's figure marked so and given at most `ahead` days before its period
    begins, as comparability.planned_ahead reads it (a budget proposed for the coming fiscal
    year: "FY2024 would allocate $180.5 million to CPD, a 6.7% budget increase", May 2023), is
    no forecast: it states the plan as given, a fact of its day, checked with its own
    article's figures and restated by the plan's later versions (engine/revisions.py,
    budget_versions). A plan's figure for years ahead (a deficit projected for a fiscal year
    three years off) stays a forecast. `plans`: plan_metrics; `ahead`: plan_ahead_days;
    `publication`: source id -> its publication dates."""
    claim = corpus.claim(c.claim_id)
    if not claim.projection:
        return False
    if claim.metric not in plans or not ahead or c.own is None or c.source not in publication:
        return True
    return (c.own.start - publication[c.source].latest).days > ahead


def forecasts(compiled, corpus, publication: dict) -> set[str]:
    """The ids of the compiled claims that are forecasts (forecast), under one choice of
    publication dates."""
    plans, ahead = plan_metrics(corpus.pack), plan_ahead_days(corpus.pack)
    return {c.claim_id for c in compiled if forecast(c, corpus, publication, plans, ahead)}
