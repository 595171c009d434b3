"""A plan for its whole period (a budget): a metric's `plan_for_period`, else its label's words
(auditor/pack/plans.py, read by engine/compile.py and engine/revisions.py; refused by
pack/load.py with a count that adds up over time or a stock). Invented figures and corpus."""

import pytest

from auditor.errors import InputError
from auditor.pack.model import Metric
from auditor.pack.plans import is_plan, plan_metrics, plan_words
from verdict_cases import audit, claim, pack, source, tensions  # noqa: F401 (the pack fixture)


def with_metric(pack, label, **fields):
    """The pack with one more metric, `spending`, of dollars, not additive over time."""
    spending = Metric(id="spending", label=label, unit="dollar", integer=False,
                      definition="the city's general fund spending for a calendar year, in dollars",
                      additive_over_time=False, additive_over_places=False, **fields)
    return pack.model_copy(update={"metrics": {**pack.metrics, "spending": spending}})


# a figure for 2020 given in February 2020 by a paper, and another for 2020 by a radio in 2021:
# for a plan both are the whole year's and they conflict; else February's may be the year so far
SOURCES = [source("feb", "2020-02-05", "The Daily"), source("later", "2021-06-01", "City Radio")]
CLAIMS = [claim("feb-2020", "feb", "spending", "2020", "$969.5 million"),
          claim("later-2020", "later", "spending", "2020", "$1.03 billion")]


def test_an_explicit_plan_is_read_for_its_whole_period_whatever_its_label(pack):
    planned = with_metric(pack, "general fund appropriation", plan_for_period=True)
    assert "spending" in plan_metrics(planned)
    assert "spending" not in plan_metrics(with_metric(pack, "general fund appropriation"))
    assert tensions(audit(planned, SOURCES, CLAIMS)) == [{"feb-2020", "later-2020"}]


def test_an_explicit_false_overrides_the_label_words(pack):
    labelled = with_metric(pack, "general fund budget")
    assert "spending" in plan_metrics(labelled)   # the words alone make it a plan
    unplanned = with_metric(pack, "general fund budget", plan_for_period=False)
    assert "spending" not in plan_metrics(unplanned)
    assert tensions(audit(unplanned, SOURCES, CLAIMS)) == []


def test_left_out_a_metric_is_a_plan_by_its_label_words(pack):
    assert "budget" in plan_words(pack)   # RV001's budget_metric_words
    assert tensions(audit(with_metric(pack, "general fund budget"), SOURCES, CLAIMS)) == [{"feb-2020", "later-2020"}]
    words = plan_words(pack)
    # whole words only, and never a count that adds up over time or a stock
    assert not is_plan(Metric(id="x", label="budgeted officers", definition="x", additive_over_time=False), words)
    assert not is_plan(Metric(id="x", label="budget cuts", definition="x"), words)
    assert not is_plan(Metric(id="x", label="budget positions", definition="x", additive_over_time=False,
                              stock=True), words)
    assert is_plan(Metric(id="x", label="Police Budget", definition="x", additive_over_time=False), words)
    assert not is_plan(None, words)
    assert not is_plan(Metric(id="x", label="city budget", definition="x", additive_over_time=False), ())


DESK = """\
metrics:
  police_budget:
    label: police budget
    definition: the police department's budget for a fiscal year, in dollars
    unit: dollar
    integer: false
{fields}    plan_for_period: true
"""


@pytest.mark.parametrize("fields, refused", [
    ("", "additive_over_time"),                                  # additive over time by default
    ("    additive_over_time: false\n    stock: true\n", "a stock"),
])
def test_a_plan_that_adds_up_over_time_or_is_a_stock_is_refused_at_its_line(tmp_path, fields, refused):
    from auditor.pack import load_pack
    (tmp_path / "metrics.yaml").write_text(DESK.format(fields=fields), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_pack(tmp_path)
    [problem] = [p for p in caught.value.problems if p.field == "metrics.police_budget.plan_for_period"]
    assert problem.file == str(tmp_path / "metrics.yaml") and problem.code == "pack-invalid"
    assert problem.line == DESK.format(fields=fields).splitlines().index("    plan_for_period: true") + 1
    assert refused in problem.message and problem.input == "true"


def test_a_plan_not_adding_up_over_time_loads(tmp_path):
    from auditor.pack import load_pack
    (tmp_path / "metrics.yaml").write_text(DESK.format(fields="    additive_over_time: false\n"), encoding="utf-8")
    assert "police_budget" in plan_metrics(load_pack(tmp_path))
