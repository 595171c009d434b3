"""Which metric the drafter gives a figure from a desk pack's own metrics and aliases."""

from __future__ import annotations

from datetime import date

import pytest

import auditor.draft

from draft_helpers import _DAY, desk_pack, drafted, metric_yaml


_DESK = """metrics:
  county_budget_total:
    label: county budget
    definition: a county's budget
    unit: dollar
    aliases: [county budget]
    additive_over_time: true
    additive_over_places: true
  million_dollar_sales:
    label: properties sold for a million dollars or more
    definition: home sales of a million dollars or more
    unit: count
    aliases: [million-dollar sales]
    integer: true
    non_negative: true
    additive_over_time: true
    additive_over_places: true
  dept_calls:
    label: fire department emergency calls
    definition: every call a fire department answered
    unit: count
    aliases: [emergency calls]
    integer: true
    non_negative: true
    additive_over_time: true
    additive_over_places: true
  dept_other_calls:
    label: other fire department calls
    definition: the calls a fire department lists as other
    unit: count
    aliases: [calls listed as other]
    integer: true
    non_negative: true
    additive_over_time: true
    additive_over_places: true
"""


_METRICS = "metrics:\n" + "".join([
    metric_yaml("emergency_visits", "emergency department visits", "count", ["emergency room visits", "ER visits"]),
    metric_yaml("park_visits", "state park visits", "count", ["park visits", "visits"]),
])


_PLACES = """places:
  ohio:
    name: Ohio
    kind: state
"""


@pytest.fixture(scope="module")
def desk(tmp_path_factory):
    return desk_pack(tmp_path_factory.mktemp("pack"), places=_PLACES, metrics=_METRICS)


def test_a_desks_new_metrics_do_not_take_a_sum_of_money_or_a_generic_noun(tmp_path):
    """A metric whose id holds 'dollar' does not own a sum of money's unit ("$155,693,582" counts
    no dollars sold), and "calls" alone is the department's calls, not its remainder ("other
    fire department calls"), whatever else a desk adds to its pack."""
    (tmp_path / "metrics.yaml").write_text(_DESK, encoding="utf-8")
    desk = auditor.load_pack(tmp_path)
    from auditor.draft import vocabulary
    assert vocabulary.metric_of_noun(desk, "dollar") is None
    text = ("The Springfield Fire Department has released its annual report.\n\n"
            "The department responded to 9,963 calls in 2022.\n")
    assert drafted(text, published=date(2023, 6, 8), pack=desk)["9,963"]["metric"] == "dept_calls"


def test_those_visits_points_back_to_the_emergency_room_visits_not_to_a_one_word_alias(desk):
    got = drafted("Ohio hospitals logged more emergency room visits in 2023 than ever. "
                  "Of those visits, 3,200 ended in an admission, the hospital association said.",
                  published=_DAY, pack=desk)
    assert got["3,200"].get("metric") != "park_visits", got["3,200"]


def test_a_bare_one_word_alias_still_names_its_metric(desk):
    got = drafted("Ohio's state parks drew 41,000 visits in 2023. Of those visits, 3,200 were "
                  "overnight stays, the parks office said.", published=_DAY, pack=desk)
    assert got["41,000"].get("metric") == "park_visits", got["41,000"]
    assert got["3,200"].get("metric") == "park_visits", got["3,200"]
