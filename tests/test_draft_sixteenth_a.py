"""Draft-16a: what is claimed, read over the whole article (the names news copy gives road deaths;
"the province" of a roundup that names several)."""
from datetime import date

import pytest

import auditor
from auditor.draft import draft, vocabulary

_METRICS = """metrics:
  traffic_deaths:
    label: traffic deaths
    definition: people killed in traffic crashes
    unit: count
    aliases: [traffic fatalities]
    integer: true
    non_negative: true
    additive_over_time: true
    additive_over_places: true
  pedestrian_deaths:
    label: pedestrian deaths
    definition: pedestrians killed in traffic crashes
    unit: count
    aliases: [pedestrian fatalities, pedestrians killed]
    integer: true
    non_negative: true
    additive_over_time: true
    additive_over_places: true
  road_and_bridge_budget:
    label: road and bridge budget
    definition: a county's road and bridge fund, in dollars
    unit: USD
    aliases: [road and bridge]
    non_negative: true
    additive_over_time: false
    additive_over_places: true
  homes_sold:
    label: homes sold
    definition: homes sold in a month
    unit: count
    aliases: [home sales, homes changed hands]
    integer: true
    non_negative: true
    additive_over_time: true
    additive_over_places: true
"""

_PLACES = """places:
  canada:
    name: Canada
    kind: country
    aliases: [Canada]
  manitoba:
    name: Manitoba
    kind: province
    aliases: [Manitoba]
    within: canada
  saskatchewan:
    name: Saskatchewan
    kind: province
    aliases: [Saskatchewan]
    within: canada
"""


def _desk(tmp_path):
    (tmp_path / "metrics.yaml").write_text(_METRICS, encoding="utf-8")
    (tmp_path / "places.yaml").write_text(_PLACES, encoding="utf-8")
    return auditor.load_pack(tmp_path)


def _metric(pack, text):
    hit = vocabulary.find_metric(pack, text, 0, len(text), 0)
    return None if hit is None else (hit.id, text[hit.start:hit.end])


@pytest.mark.slow   # loads the bundled rules with a desk (about 0.5 s)
def test_the_names_news_copy_gives_road_deaths_are_the_traffic_deaths(tmp_path):
    """"Road toll", "road deaths", "roadway fatalities", "crash deaths": the metric named "traffic
    deaths"; a longer name (pedestrians') still wins, and "road" in another name is not a death."""
    desk = _desk(tmp_path)
    assert _metric(desk, "The state's road toll now stands at 212.") == ("traffic_deaths", "road toll")
    assert _metric(desk, "Roadway fatalities fell to 41 in the county.") == ("traffic_deaths", "Roadway fatalities")
    assert _metric(desk, "There were 17 road deaths in March.") == ("traffic_deaths", "road deaths")
    assert _metric(desk, "Crash deaths rose by nine.")[0] == "traffic_deaths"
    assert _metric(desk, "Pedestrian fatalities rose to 12.")[0] == "pedestrian_deaths"
    assert _metric(desk, "The road and bridge fund grows by $2 million.")[0] == "road_and_bridge_budget"
    assert _metric(desk, "The toll road carried 4,000 cars a day.") is None


def _places(text, pack):
    return {c.record["quote"]["text"]: c.record.get("place")
            for c in draft(text, date(2024, 6, 12), pack=pack).drafted}


@pytest.mark.slow   # drafts with a desk pack (about 1 s)
def test_the_province_of_a_roundup_is_the_one_named_last_before_it(tmp_path):
    """A roundup that names several provinces, each under its own heading: "the province" is the
    province named last before the clause, not the country the article names most."""
    desk = _desk(tmp_path)
    text = ("Home sales across Canada diverged in May, Canada's realtors said.\n\n"
            "Manitoba\n\n"
            "A total of 1,120 homes changed hands in the province last month.\n\n"
            "Saskatchewan\n\n"
            "A total of 980 homes changed hands in the province last month.\n")
    got = _places(text, desk)
    assert [p for q, p in got.items() if "1,120" in q] == ["manitoba"]
    assert [p for q, p in got.items() if "980" in q] == ["saskatchewan"]
