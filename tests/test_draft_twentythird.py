"""Draft-23: a desk's pack only grows. A one-word alias added for one story ("visits" for park
visits) does not take a figure whose "those visits" points back to another thing the article named
("emergency room visits")."""
from datetime import date

import pytest

from draft_helpers import desk_pack, drafted, metric_yaml

_DAY = date(2024, 3, 1)


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
