"""Places and metrics in roundups of several places, with a desk pack (slow)."""

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
  fire_deaths:
    label: fire deaths
    definition: people killed in fires
    unit: count
    integer: true
    non_negative: true
    additive_over_time: true
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
  red-river-metro:
    name: Red River metro area
    kind: metro area
    aliases: [Red River metro area]
    within: manitoba
  prairie-sd:
    name: Prairie School District
    kind: school district
    aliases: [Prairie School District]
    within: manitoba
"""


def _desk(tmp_path):
    (tmp_path / "metrics.yaml").write_text(_METRICS, encoding="utf-8")
    (tmp_path / "places.yaml").write_text(_PLACES, encoding="utf-8")
    return auditor.load_pack(tmp_path)


def _metric(pack, text):
    hit = vocabulary.find_metric(pack, text, 0, len(text), 0)
    return None if hit is None else (hit.id, text[hit.start:hit.end])


def _places(text, pack):
    return {c.record["quote"]["text"]: c.record.get("place")
            for c in draft(text, date(2024, 6, 12), pack=pack).drafted}


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


@pytest.mark.slow   # drafts with a desk pack (about 1 s)
def test_the_number_of_a_clause_is_the_thing_named_just_before(tmp_path):
    """"The number of road deaths this year is expected to top 2023's. The minister says the number
    will end up near 90": the clause's "the number" is the metric named in the sentence before, not a
    word of a body's name; a figure between them keeps its own reading."""
    desk = _desk(tmp_path)
    text = ("Pedestrian fatalities in Manitoba fell to 12 in 2023, the province said.\n\n"
            "The number of road deaths in Manitoba for 2024 is expected to top last year's total. The "
            "spokesman for the Manitoba Road Safety Office says the number will end up near 90.\n")
    got = {c.record["quote"]["text"]: c.record.get("metric") for c in draft(text, date(2024, 12, 2), pack=desk).drafted}
    assert [m for q, m in got.items() if "90" in q] == ["traffic_deaths"]
    assert vocabulary.find_metric(desk, "the Road Safety Office", 0, 22, 0) is None


@pytest.mark.slow   # loads the bundled rules with a desk (about 0.5 s)
def test_a_word_may_say_what_kind_of_fire_people_died_in(tmp_path):
    """"have died in house fires", "killed in residential fires": the deaths the cause names, one word
    between; "killed in the line of fire" is no fire death."""
    desk = _desk(tmp_path)
    assert _metric(desk, "Since January, 40 people have died in house fires in the state.")[0] == "fire_deaths"
    assert _metric(desk, "Three were killed in residential fires.")[0] == "fire_deaths"
    assert (_metric(desk, "Two officers were killed in the line of fire.") or (None,))[0] != "fire_deaths"


@pytest.mark.slow   # drafts with a desk pack (about 1 s)
def test_the_region_and_the_district_are_the_ones_the_article_names(tmp_path):
    """"The region's home sales" after a paragraph on a metro area is that metro area's, not the
    province the article names most; "the district's" the school district named."""
    desk = _desk(tmp_path)
    text = ("Home sales in Manitoba rose to 2,000 in May, Manitoba's realtors said. Manitoba's sales were a record.\n\n"
            "The Red River metro area had a busy spring.\n\n"
            "The region's home sales were up 3% from a year earlier.\n")
    got = _places(text, desk)
    assert [p for q, p in got.items() if "3%" in q] == ["red-river-metro"]
    text = ("Manitoba's schools grew this fall. The Prairie School District opened two schools.\n\n"
            "The district's home sales rose by 40 in May.\n")
    got = _places(text, desk)
    assert [p for q, p in got.items() if "40" in q] == ["prairie-sd"]


@pytest.mark.slow   # drafts with a desk pack (about 1 s)
def test_a_figure_under_a_places_heading_is_that_places(tmp_path):
    """A roundup in sections headed by places: a figure whose sentence names no place is the place
    of the heading it stands under, not the country the article names most; one heading alone is no
    section (a title, a dateline)."""
    desk = _desk(tmp_path)
    text = ("Home sales across Canada were mixed in May, Canada's realtors said.\n"
            "Manitoba\n"
            "Sales rose 4% to 1,120 homes.\n"
            "Saskatchewan\n"
            "Sales fell 2% to 980 homes.\n")
    got = _places(text, desk)
    assert [p for q, p in got.items() if "1,120" in q] == ["manitoba"]
    assert [p for q, p in got.items() if "980" in q] == ["saskatchewan"]
    one = ("Home sales across Canada were mixed in May, Canada's realtors said.\n"
           "Manitoba\n"
           "Sales rose 4% to 1,120 homes.\n")
    assert [p for q, p in _places(one, desk).items() if "1,120" in q] == ["canada"]


@pytest.mark.slow   # drafts with a desk pack (about 1 s)
def test_paragraphs_naming_no_place_go_on_about_the_place_that_opened_the_last_one_naming_one(tmp_path):
    """"Saskatchewan saw 980 sales ... / Sales of condos were 210 ...": paragraphs that name no place
    after one opened by a place (not the article's own) are that place's; a paragraph opened by
    another word keeps the article's place."""
    desk = _desk(tmp_path)
    text = ("Home sales in Manitoba rose to 1,120 in May, Manitoba's realtors said. Manitoba had a record spring.\n\n"
            "Saskatchewan saw 980 home sales in May, down from 1,010 in April.\n\n"
            "Condo sales totaled 210 in May.\n\n"
            "Home sales totaled 640 in June.\n")
    got = _places(text, desk)
    assert [p for q, p in got.items() if "210" in q] == ["saskatchewan"]
    assert [p for q, p in got.items() if "640" in q] == ["saskatchewan"]
    opened_by_another = text.replace("Saskatchewan saw 980 home sales", "Last month saw 980 home sales in Saskatchewan")
    got = _places(opened_by_another, desk)
    assert [p for q, p in got.items() if "210" in q] == ["manitoba"]


@pytest.mark.slow   # drafts with a desk pack (about 1 s)
def test_for_more_than_a_span_is_a_duration_not_a_comparison(tmp_path):
    """"crash data for just more than the first half of the year is bleak" compares nothing; "road
    deaths were higher than in 2022" does."""
    desk = _desk(tmp_path)
    text = ("Road deaths in Manitoba rose to 50 in 2023.\n\n"
            "The province's crash data for just more than the first half of the year is bleak.\n\n"
            "Road deaths in Saskatchewan were higher than in 2022.\n")
    got = [c.record for c in draft(text, date(2023, 8, 19), pack=desk).drafted]
    compared = [r["quote"]["text"] for r in got if "comparison" in r]
    assert not any("first half" in q for q in compared)
    assert any("higher than in 2022" in q for q in compared)
