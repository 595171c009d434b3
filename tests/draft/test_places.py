"""Which place the drafter gives a figure: datelines, counties, the nation, a paragraph's place."""

from __future__ import annotations

from datetime import date

import pytest

import auditor
import auditor.draft
from auditor.draft import vocabulary
from auditor.pack import load_pack
from auditor.text.quantities import find_quantities

from draft_helpers import _DAY, desk_pack, drafted, drafted_records, PACK
from draft_helpers import pack  # noqa: F401  (a fixture)


_PACK = load_pack()


def _named(text):
    return [(text[h.start:h.end], h.ids) for h in vocabulary.place_hits(_PACK, text)]


def _places(text):
    from pathlib import Path
    from auditor.draft import draft
    pack = load_pack(Path(__file__).resolve().parents[2] / "benchmarks/corpora/articles/pack")
    return [(c.record["quote"]["text"], c.record.get("place")) for c in draft(text, "2021-03-04", pack=pack).drafted]


NATIONAL_THEN = ("Drug deaths up in Dublin\n\nDrug deaths have risen in Dublin, in contrast to the rest of the country, "
                 "figures published by the health board show.\n\nThe national figures showed that drug deaths reached 736 in "
                 "2016.\n\nDrug deaths have risen from 431 in 2004.\n\n{next}")


_METRICS = """metrics:
  bicycle_thefts:
    label: bicycle thefts
    definition: bicycle thefts reported to police
    unit: count
    aliases: [bicycle thefts, bike thefts]
    integer: true
    non_negative: true
    additive_over_time: true
    additive_over_places: true
"""


_PLACES = """places:
  freedonia:
    name: Freedonia
    kind: country
    aliases: [Freedonia]
  north-province:
    name: North Province
    kind: state
    aliases: [North Province]
    within: freedonia
  south-province:
    name: South Province
    kind: state
    aliases: [South Province]
    within: freedonia
"""


@pytest.fixture(scope="module")
def desk(tmp_path_factory):
    return desk_pack(tmp_path_factory.mktemp("pack"), places=_PLACES, metrics=_METRICS)


_BODY = ("Bike thefts in 2023 reached 5,120, the interior ministry said on Monday.\n\n"
         "North Province reported more thefts than in any earlier year, and North Province police "
         "blamed e-bikes. South Province saw a small fall.\n\n")


def places(text: str) -> list[str | None]:
    d = auditor.draft(text, published=date(2024, 1, 10), pack=PACK)
    return [c.record.get("place") for c in d.drafted]


def test_the_dateline_paragraph_names_the_county_around_the_city(pack):
    """'LISBON — The Columbiana County coroner's report ...' then 'Lisbon at three': the story is the
    county's, the city only one of its parts."""
    text = ("LISBON — The Columbiana County coroner's report for 2021 came out this week.\n\n"
            "There were 44 overdose deaths in 2021.\n\n"
            "Of those, East Liverpool had 12 and Lisbon had three.\n")
    got = drafted(text, published=date(2022, 3, 1), pack=pack)
    assert got["44"]["place"] == "columbiana-county-oh"


def test_a_county_word_inside_a_longer_name_is_no_county(pack):
    text = "Franklin County had 112 overdose deaths in 2021, New Ross 31 and Ross-Smith 4.\n"
    hits = vocabulary.place_hits(pack, text)
    assert vocabulary.bare_county_hits(pack, text, hits) == []
    # an article that names no county of the pack names no county bare
    text = "Ohio had 112 overdose deaths in March, Ross 31 and Montgomery 40.\n"
    assert vocabulary.bare_county_hits(pack, text, vocabulary.place_hits(pack, text)) == []


def test_a_paper_named_for_a_city_names_its_county_not_a_word_of_its_name(pack):
    found = vocabulary.counties_named_by_word(pack, "The San Diego Union-Tribune \n Flu deaths reported in San Diego")
    assert found == ["san-diego-county-ca"]
    # "Union-Tribune" joins "Union" to the next word: no Union County
    assert vocabulary.counties_named_by_word(pack, "The Union-Tribune \n Flu deaths reported") == []


@pytest.mark.parametrize("sentence, figure", [
    ("AUGUSTA - 504 Mainers died from drug overdoses in 2020.", "504"),
    ("In 2021, 1,310 Ohioans died from drug overdoses.", "1,310"),
])
def test_people_of_a_place_are_counted(sentence, figure):
    assert figure in [q.text for q in find_quantities(sentence)]


def test_a_compass_word_in_a_street_name_is_no_region(pack):
    text = "DAYTON, Ohio — 5 people were injured in a shooting on West Third Street in 2021.\n"
    assert vocabulary.find_places(pack, text, 0, len(text)) == ["ohio"]
    text = "Housing starts in the West rose 11.2% in December.\n"
    assert vocabulary.find_places(pack, text, 0, len(text)) == ["us-west"]


def test_a_place_named_in_common_words_needs_the_article_to_name_it():
    alone = "The jobless rate in the metro was 3.1 percent in June, down from 3.4 percent in May."
    assert _named(alone) == []
    both = "Kansas City, Mo. added 900 jobs. The jobless rate in the metro was 3.1 percent in June."
    assert ("the metro", ("kansas-city-metro",)) in _named(both)


def test_a_name_every_mention_of_which_says_something_is_a_persons():
    text = "Overdose deaths reached 140 last year, Birmingham said. Birmingham said the count may rise."
    assert _named(text) == []
    # one mention as a place keeps every mention a place's
    text = "Overdose deaths in Birmingham reached 140 last year. Birmingham said the count may rise."
    assert [n for n, _ in _named(text)] == ["Birmingham", "Birmingham"]


@pytest.mark.slow   # loads the articles pack (about 1 s)
def test_a_clause_said_statewide_is_the_state_of_the_articles_place_not_the_cited_bodys():
    got = _places("TOLEDO, Ohio — Homicides in Toledo rose to 61 in 2020.\n\n"
                  "Last year, there were 79 fire deaths statewide, according to the U.S. Fire Administration.\n")
    assert [p for q, p in got if "79" in q] == ["ohio"]


@pytest.mark.slow   # loads the articles pack (about 1 s)
def test_a_place_named_after_the_claim_before_is_the_one_the_paragraph_goes_on_about():
    got = _places("WICHITA, Kan. — The jobless rate in Wichita rose to 6.4 percent in August.\n\n"
                  "Kansas's unemployment rate was unchanged at 4.5 percent. Wichita's rate had been hovering "
                  "at or around six percent for several months until August. It was 5.9 percent in May.\n")
    assert [p for q, p in got if "5.9" in q] == ["wichita-ks"]


@pytest.mark.slow   # loads the articles pack (about 1 s)
def test_a_figure_the_nation_only_ranks_is_the_citys():
    got = _places("WICHITA, Kan. — Homicides in Wichita fell to 40 in 2020.\n\n"
                  "Even so, the city's homicide rate stood at 10 per 100,000 residents, one of the highest in the nation.\n")
    assert [p for q, p in got if "10 per" in q] == ["wichita-ks"]


def test_than_what_a_place_saw_in_a_year_is_the_base(pack):
    """'six more than the state saw in 2014': 2014 is compared with, the period is the year's."""
    text = "Ohio has had 44 overdose deaths this year, six more than the state saw in 2014.\n"
    change = next(r for r in drafted_records(text, published=date(2022, 4, 1), pack=pack) if "change" in r)
    assert change["period"] == "this year" and change["change"]["base"] == "in 2014"


def test_people_who_died_in_a_places_crashes_are_traffic_deaths(pack):
    """'Fifty people died in Spokane County crashes' counts traffic deaths; 'people killed in
    distraction-affected crashes' stays the narrower metric its name holds."""
    text = "Fifty people died in Spokane County crashes in 2021, the state said.\n"
    assert [r.get("metric") for r in drafted_records(text, published=date(2022, 1, 3), pack=pack)] == ["traffic_deaths"]
    text = "The number of people killed in distraction-affected crashes in the U.S. rose to 3,331 in 2021.\n"
    d = auditor.draft(text, published=date(2022, 4, 1), pack=pack)
    assert "distraction_deaths" in [x.record.get("metric") for x in d.drafted]


def test_a_nationwide_figure_is_the_countrys(pack):
    """'nationwide' with no place of its own is the country of the article's place."""
    text = ("CLEVELAND (WKYC) — Homicides in Cleveland rose to 170 in 2022.\n\n"
            "Homicides rose 10 percent nationwide in 2022.\n")
    got = drafted(text, published=date(2023, 3, 1), pack=pack)
    assert got["10 percent"]["place"] == "united-states"
    assert got["170"]["place"] != "united-states"


def test_an_article_without_dateline_is_about_the_place_its_lede_names(pack):
    """With no dateline, a figure naming no place is of the place the headline and lede name
    (the one of them named most), not of a place named more often further down."""
    text = ("U.S. traffic deaths fall\n\n"
            "Traffic deaths in the U.S. fell to 36,000 in 2022.\n\n"
            "Texas had the most. Texas counted 4,400 deaths and Texas officials said so.\n\n"
            "Deaths of motorcyclists rose to 6,000 in 2022.\n")
    got = drafted(text, published=date(2023, 5, 1), pack=pack)
    assert got["6,000"]["place"] == "united-states"


def test_a_date_in_the_datelines_parenthesis_is_no_publisher():
    """'JACKSON, Miss. (Dec. 30, 2024) —': no publisher 'Dec. 30, 2024'; the date is read as the
    publication date (noted); an outlet there is still the publisher."""
    d = auditor.draft("JACKSON, Miss. (Dec. 30, 2024) — Homicides in Jackson fell to 90 in 2024, police said.\n")
    assert d.source.publisher != "Dec. 30, 2024"
    assert d.source.published.earliest == date(2024, 12, 30) == d.source.published.latest
    d = auditor.draft("BIRMINGHAM, Ala. (WBRC) - Homicides fell to 90 in 2024, police said.\n", published="2025-01-02")
    assert d.source.publisher == "WBRC"


def test_a_dateline_of_a_city_alone_with_a_dash(pack):
    """'CLEVELAND — Homicides fell ...': the dateline's city is the place, and the quote leaves the
    dateline out; also after a headline line."""
    text = "Homicides down in 2022\n\nCLEVELAND — Homicides fell to 150 in 2022, police said.\n"
    record = drafted(text, published=date(2023, 3, 1), pack=pack)["150"]
    assert record["place"] == "cleveland-oh"
    assert record["quote"]["text"].startswith("Homicides fell")


def test_a_rate_falling_to_a_level_from_another_and_the_national_rate(pack):
    """'fell to 3.9 percent in July from 4.0 percent in June': 4.0 percent is June's level, July's is
    lower than June's; 'The national unemployment rate' is the country's."""
    text = ("Ohio's unemployment rate fell to 3.9 percent in July from 4.0 percent in June, the Ohio Department "
            "of Job and Family Services said Thursday.\n\nThe national unemployment rate was 3.5 percent in July.\n")
    got = drafted(text, published=date(2022, 9, 1), pack=pack)
    assert got["4.0 percent"]["period"] == "in June"
    assert got["fell"]["comparison"] == {"relation": "lower", "than": "in June"}
    assert got["3.5 percent"]["place"] == "united-states"


def test_a_claim_missing_only_its_place_still_gives_its_period(pack):
    """'Toledo recorded 45 homicides in 2022. That is a 30% drop from 2021.' with no Toledo in the
    pack: both lack a place, but the drop is of 2022 (carried), not of the year to date."""
    text = "Toledo recorded 45 homicides in 2022. That is a 30% drop from 2021.\n"
    record = drafted(text, published=date(2023, 3, 1), pack=pack)["30%"]
    assert record["period"] == "in 2022"
    assert "place" not in record


@pytest.mark.parametrize("text,value", [
    ("The county recorded 14 overdose deaths in rural areas in 2022.", "14"),
    ("There were 12 homicides in the two cities in 2022, police said.", "12"),
])
def test_a_count_in_places_is_still_a_figure(pack, text, value):
    assert [x.record.get("value") for x in auditor.draft(text, published=date(2023, 1, 9), pack=pack).drafted] == [value]


def test_a_paragraph_naming_no_place_goes_on_with_the_national_figures_before_it(pack):
    text = NATIONAL_THEN.format(next="In Dublin, drug deaths rose to 140 in 2016.")
    places = {text[x.anchor[0]:x.anchor[1]]: x.record.get("place") for x in auditor.draft(text, published=date(2018, 1, 5), pack=pack).drafted}
    assert (places["736"], places["431"], places["140"]) == ("ireland", "ireland", "dublin-ie")


def test_a_city_s_own_paragraph_after_national_figures_is_the_city_s(pack):
    text = ("Seattle homicides rise as national numbers fall\n\nSeattle recorded 52 homicides in 2022, police said "
            "Tuesday.\n\nNationwide, homicides fell 6 percent in 2022, according to the FBI.\n\n"
            "The city's homicides rose from 40 in 2021, and shootings climbed to 300.")
    places = {text[x.anchor[0]:x.anchor[1]]: x.record.get("place") for x in auditor.draft(text, published=date(2023, 3, 1), pack=pack).drafted}
    assert (places["40"], places["300"]) == ("seattle-wa", "seattle-wa"), places


def test_a_country_named_in_the_paragraph_before_is_not_carried(pack):
    text = ("UK house prices\n\nThe average UK home is now worth £269,000 following a 3.9% rise over the year.\n\n"
            "House prices in England saw an annual rise of 3.4%, while Wales had a 5.1% increase.\n\n"
            "North of the border in Scotland house prices rose 6.4% in the year to May 2025.\n\n"
            "The report revealed more than 80,000 properties were sold in March 2025.")
    places = [x.record.get("place") for x in auditor.draft(text, published=date(2025, 7, 17), pack=pack).drafted]
    assert places[-2:] == ["scotland", "united-kingdom"]


def test_a_figure_with_no_place_in_a_national_article_is_the_countrys(desk):
    text = ("Bicycle thefts nationally rose for a third straight year in 2023, new figures released "
            "by the ministry show.\n\n" + _BODY)
    got = drafted(text, published=_DAY, pack=desk, title="Bike thefts up again, North Province worst")
    assert got["5,120"].get("place") == "freedonia", got["5,120"]


def test_a_lede_naming_the_place_keeps_the_nation_as_a_yardstick(desk):
    text = ("In keeping with a national upward trend, North Province recorded more bicycle thefts "
            "in 2023 than ever before, police said.\n\n" + _BODY)
    got = drafted(text, published=_DAY, pack=desk, title="Bike thefts up again, North Province worst")
    assert got["5,120"].get("place") == "north-province", got["5,120"]


def test_a_body_named_national_is_no_national_lede(desk):
    text = ("Thefts of bicycles rose again in 2023, according to the National Crime Statistics Office, "
            "which published its yearly report.\n\n" + _BODY)
    got = drafted(text, published=_DAY, pack=desk, title="Bike thefts up again, North Province worst")
    assert got["5,120"].get("place") == "north-province", got["5,120"]


def test_the_national_figures_in_the_clause_are_the_countrys(desk):
    text = ("North Province recorded more bicycle thefts in 2023 than ever before, police said.\n\n"
            "The national figures showed that bike thefts reached 5,120 in 2023.\n\n")
    got = drafted(text, published=_DAY, pack=desk, title="Bike thefts up again in North Province")
    assert got["5,120"].get("place") == "freedonia", got["5,120"]


@pytest.mark.parametrize("text, place", [
    # a city written with its own state, the pack naming the state "Washington (state)" / "New York State"
    ("Seattle, Wash., police recorded 71 homicides in 2023, up from 52 in 2022.\n\nIn Seattle, officers made 1,200 arrests.\n",
     "seattle-wa"),
    ("Buffalo, N.Y., police recorded 71 homicides in 2023, up from 52 in 2022.\n\nIn Buffalo, officers made 1,200 arrests.\n",
     "buffalo-ny"),
    # one namesake in the text leaves the dateline's own city alone
    ("AUSTIN, Texas (AP) — Austin police recorded 98 homicides last year, up from 71 in 2022.\n\n"
     "A smaller city, Austin, Minn., recorded two.\n\nPolice made 1,200 arrests, the department said.\n", "austin-tx"),
    # an abbreviation only with its period: "Austin, Del Valle" names no Delaware
    ("Enrollment fell again this fall in Austin, Del Valle and Pflugerville schools.\n\n"
     "Austin police said there were 98 homicides in Austin last year, up from 71.\n", "austin-tx"),
    # a city's own police story naming the neighbouring forces that helped is no roundup
    ("Salem police recorded 214 thefts last year, up from 180 in 2022, Chief J.T. Ward said.\n\n"
     "Officers from Salem, Lisbon and Leetonia worked the cases together, and East Palestine police shared "
     "records.\n\nThere were 31 burglaries, down from 40.\n", "salem-oh"),
])
def test_a_city_keeps_its_place(text, place):
    got = places(text)
    assert got and set(got) == {place}, got


def test_a_namesake_still_names_no_place_of_the_pack():
    """The round's own reading stands: "Austin, Minn." is not the pack's Austin, Texas (it is the pack's
    Austin, Minnesota, which the bare name written with its state names since round m38c)."""
    got = places("Austin, Minn., firefighters answered 1,200 calls in 2023.\n")
    assert got == ["austin-mn"]


@pytest.mark.parametrize("text, namesake", [
    # a state in a list after the city closes no "City, State" phrase (review11d)
    ("Thefts rose in cities such as Seattle, New York and Chicago.", False),
    ("Seattle, Oregon and Idaho all reported declines.", False),
    ("Seattle, New York, and Chicago reported declines.", False),
    ("Austin, Minn., firefighters answered 1,200 calls.", True),
])
def test_a_namesake_is_a_city_and_a_state_closing_the_phrase(text, namesake):
    from auditor.draft import vocabulary
    [first, *_] = [h for h in vocabulary.place_hits(PACK, text) if h.ids and text[h.start:h.end] in ("Seattle", "Austin")]
    assert vocabulary._namesake(PACK, text, first) is namesake


def test_one_table_of_state_abbreviations_for_sentences_and_namesakes():
    """review11c item 7: the splitter and the namesake reading share one table; "Kans." (in the
    namesakes' table) no longer ends a sentence where "Kan." does not."""
    from auditor.draft import sentences
    spans = sentences.sentences("Topeka, Kans. Police said 12 people died. Topeka, Kan. Police said 9 more.")
    assert len(spans) == 2


@pytest.mark.parametrize("text, name, namesake", [
    # any place of the pack within a state, and a state itself before an abbreviation, has namesakes
    ("Burlington, Iowa, firefighters answered 5,388 calls.", "Burlington", True),    # a Wyoming precinct's name
    ("Washington, Mo., police made 98 arrests.", "Washington", True),
    # a state before a state written out is a list
    ("Washington, Oregon and Idaho reported declines.", "Washington", False),
    ("Washington, Oregon, and Idaho reported declines.", "Washington", False),
    # ... and before abbreviations listed, as AP writes them
    ("Washington, Ore. and Idaho reported declines.", "Washington", False),
    ("Traffic deaths in Michigan, Ind. and Ohio fell last year.", "Michigan", False),
    ("Shoppers came from Ohio, Ky., Ind. and Ill. last year.", "Ohio", False),
    # a dateline's dash closes the phrase; a city the pack puts in no state has the state of its name
    ("New Philadelphia, Ohio – Crashes are deadlier this year.", "Philadelphia", True),
    ("Philadelphia, Ohio – Crashes are deadlier this year.", "Philadelphia", True),
    ("Burlington, Iowa — Fire calls rose.", "Burlington", True),
    ("Philadelphia, Pennsylvania – Crashes are deadlier this year.", "Philadelphia, Pennsylvania", False),
])
def test_a_namesake_of_any_place_within_a_state(text, name, namesake):
    [first, *_] = [h for h in vocabulary.place_hits(PACK, text) if h.ids and text[h.start:h.end] == name]
    assert vocabulary._namesake(PACK, text, first) is namesake


def test_the_publishers_namesake_names_no_place_in_the_article():
    d = auditor.draft("Washington police made 98 arrests in 2012, down from 136 in 2011.\n", published=_DAY,
                      pack=PACK, publisher="The Missourian (emissourian.com, Washington, Mo.)")
    assert d.drafted and all(x.record.get("place") != "washington-state" for x in d.drafted), \
        [x.record.get("place") for x in d.drafted]


@pytest.mark.parametrize("text, place", [
    # a lede of the county's bodies filed from its seat, naming no place: the county's
    ("LISBON – A sharp drop in property crimes handled by the sheriff's office is attributed to a county task "
     "force.\n\nBreak-ins dropped last year by 43 percent, from 133 to 76.\n", "columbiana-county-oh"),
    # a lede naming the city, or none of the county's words, keeps the city
    ("LISBON – A sharp drop in property crimes in Lisbon is attributed to the sheriff's office.\n\nBreak-ins "
     "dropped last year by 43 percent, from 133 to 76.\n", "lisbon-oh"),
    ("LISBON – A sharp drop in property crimes is attributed to a new police task force.\n\nBreak-ins dropped "
     "last year by 43 percent, from 133 to 76.\n", "lisbon-oh"),
    # a county word in a city's story is no county body: "Sheriff's deputies", "the county jail"
    ("LISBON, Ohio — Sheriff's deputies arrested a man Tuesday after a chase that ended on Market Street.\n\n"
     "The city's police department recorded 112 burglaries in 2023, down from 130 in 2022.\n", "lisbon-oh"),
    ("LISBON – A man was booked into the county jail Tuesday after officers said he fled a traffic stop.\n\n"
     "The department made 410 arrests last year.\n", "lisbon-oh"),
])
def test_a_lede_of_the_countys_bodies_from_its_seat(text, place):
    got = places(text)
    assert got and set(got) == {place}, got


def _settled(pack, text):
    hits = vocabulary.settle_places(pack, vocabulary.place_hits(pack, text))
    return [(text[h.start:h.end], h.ids) for h in hits]


def test_a_name_several_counties_share_is_the_one_beside_the_other_places_named(pack):
    """A county name of several states ("Jefferson County": Washington's, Tennessee's, Wisconsin's
    ...) in a story that names no state is the one of the state the story's other places lie in."""
    text = ("Jefferson County commissioners approved a $12 million budget on Monday, while Clallam County "
            "approved $30 million.\n")
    assert _settled(pack, text)[0] == ("Jefferson County", ("jefferson-county-wa",))
    assert drafted(text, published=date(2024, 3, 1), pack=pack)["$12 million"]["place"] == "jefferson-county-wa"
    # a county's own name settles one written without its state ("Franklin County", named also by Ohio's)
    text = ("Franklin County commissioners approved a $1.9 million jail budget. The Franklin County Detention "
            "Center reopened in April.\n")
    assert _settled(pack, text)[0] == ("Franklin County", ("franklin-county-me",))
    # settled so, with no state named, the place is a guess the editor checks
    text = ("Jefferson County deer harvest drops\n\nJefferson County hunters registered 3,382 deer in 2023.\n\n"
            "The county's new biologist, who moved from Seattle last year, said the drop was expected.\n")
    got = next(c for c in auditor.draft(text, published=date(2024, 3, 1), pack=pack).drafted if c.record.get("value") == "3,382")
    assert got.record["place"] == "jefferson-county-wa" and any("other places" in n for n in got.notes)
    # the claim's own mention names the state: no note, though a bare mention elsewhere has none
    text = ("Hunting season\n\nHunters in Seattle, Washington, bought 4,000 licenses in 2023.\n\n"
            "In Jefferson County, Washington, hunters took 312 elk in 2023.\n\nJefferson County hunters took 290 elk in 2022.\n")
    got = {c.record.get("value"): c for c in auditor.draft(text, published=date(2024, 3, 1), pack=pack).drafted}
    assert got["312"].record["place"] == "jefferson-county-wa" and not any("other places" in n for n in got["312"].notes)


def test_a_state_named_still_settles_a_shared_name_before_the_places_beside_it(pack):
    text = "Wisconsin's Jefferson County had 12 traffic deaths in 2021 and Clallam County had 9.\n"
    assert _settled(pack, text)[1] == ("Jefferson County", ("jefferson-county-wi",))
    # nothing beside it: the name stays unsettled
    text = "Jefferson County had 12 traffic deaths in 2021.\n"
    assert len(_settled(pack, text)[0][1]) > 1


def test_a_stations_city_named_only_in_its_dateline_leaves_the_story_to_the_county_its_lede_names(pack):
    """'CINCINNATI, OH (FOX19) - The Butler County Coroner's Office says ...': the city is where the
    station is; the story, which names Butler County again and Cincinnati never, is the county's."""
    text = ("CINCINNATI, OH (FOX19) - The Butler County Coroner's Office says overdose deaths rose again.\n\n"
            "The coroner said 232 people died of overdoses in 2017.\n\n"
            "That is up from 192 overdose deaths in Butler County in 2016.\n")
    got = auditor.draft(text, published=date(2018, 2, 1), pack=pack)
    assert [c.record["place"] for c in got.drafted if text[c.anchor[0]:c.anchor[1]] == "232"] == ["butler-county-oh"]
    assert any("'butler-county-oh'" in n and "'cincinnati-oh'" in n for n in got.notes)
    for keep in (
            # the city named again, in another sentence than the claim's
            text.replace("rose again.", "rose again, Cincinnati police said."),
            # the county named once only
            text.replace(" in Butler County in 2016", " in 2016"),
            # a person of the county ("A Butler County man"), not its body
            text.replace("The Butler County Coroner's Office says", "A Butler County man says")):
        assert drafted(keep, published=date(2018, 2, 1), pack=pack)["232"]["place"] == "cincinnati-oh", keep


def test_a_stations_city_keeps_its_story_from_a_county_of_another_state(pack):
    """'Hamilton County', which the pack knows only in New York and Tennessee, is no county of the
    Cincinnati station's Ohio."""
    text = ("CINCINNATI, OH (FOX19) – The Hamilton County Sheriff's Office says deputies helped police arrest "
            "two men after a chase downtown.\n\nPolice have made 212 drug arrests this year, up from 180 at "
            "this point last year.\n\nThe men were booked into the Hamilton County Justice Center.\n")
    assert drafted(text, published=date(2024, 3, 1), pack=pack)["212"]["place"] == "cincinnati-oh"


def test_a_county_named_in_full_then_bare_after_in(pack):
    """'... in Portage County.' then 'In 2016, 12 people died in fatal crashes in Portage': the
    county's bare name, after the article named it in full, names it (not the state named most)."""
    text = ("Traffic deaths in both Portage County and Ohio have risen, according to the Ohio State Highway "
            "Patrol.\n\nSo far in 2019, 10 people have died in fatal crashes in Portage County.\n\n"
            "However, 2016 was also a bad year. In 2016, 12 people died in fatal crashes in Portage.\n\n"
            "Across Ohio, traffic deaths are also up. The patrol tracks all fatal crashes within Ohio.\n")
    assert drafted(text, published=date(2019, 10, 27), pack=pack)["12"]["place"] == "portage-county-oh"

    def bare(edited):
        return [edited[h.start:h.end] for h in vocabulary.bare_county_hits(pack, edited, vocabulary.place_hits(pack, edited))]
    assert bare(text) == ["Portage"]
    # a longer name goes on ("in Portage Lakes"); a county the article never names in full ("Stark
    # County" only); another state written after it ("in Portage, Wisconsin"): no county
    assert not bare(text.replace("in Portage.", "in Portage Lakes."))
    assert not bare(text.replace("Portage County", "Stark County"))
    assert not bare(text.replace("in Portage.", "in Portage, Wisconsin."))


def test_a_shared_name_nothing_else_settles_is_the_one_of_the_publishers_state(pack):
    """A county name of several states in a story that names no state and no other place is the
    one of the state the publisher's line names ("Daily Journal (Park Hills, Mo.)")."""
    text = ("Staffing down, calls up\n\nThe number of homicides in Jefferson County remained at two in 2008. "
            "Burglary increased by 55 reports, or 15 percent, to 431 cases.\n")
    got = drafted(text, published=date(2009, 2, 28), pack=pack, publisher="Daily Journal (Park Hills, Mo.)")
    assert [got["two"]["place"], got["431"]["place"]] == ["jefferson-county-mo"] * 2
    # a publisher's line naming no state (or another name, or the city of Washington, D.C.) leaves the
    # name as it was read
    for publisher in ("Land Line (on tsp2.org)", "The Washington Post", "WUSA9, Washington, D.C.",
                      "Observer-Reporter, Washington, Pa."):
        records = drafted_records(text, published=date(2009, 2, 28), pack=pack, publisher=publisher)
        assert records and all(r.get("place") not in ("jefferson-county-mo", "jefferson-county-wa") for r in records)
    # a state the article names still comes first, whether it holds a candidate or none
    text = "Wisconsin's Jefferson County had 12 traffic deaths in 2021.\n"
    got = drafted(text, published=date(2022, 2, 1), pack=pack, publisher="Daily Journal (Park Hills, Mo.)")
    assert got["12"]["place"] == "jefferson-county-wi"
    text = "Colorado prosecutors in Jefferson County filed 1,250 felony cases last year.\n"
    got = drafted(text, published=date(2024, 3, 1), pack=pack, publisher="Daily Journal (Park Hills, Mo.)")
    assert got["1,250"]["place"] == "colorado"
    # the shared name's own word ("Washington" beside "Washington County") speaks for no other state
    text = "In Washington, Washington County recorded 18 traffic deaths in 2023, the sheriff said.\n"
    got = drafted(text, published=date(2024, 3, 1), pack=pack, publisher="Observer-Reporter (Washington, Pa.)")
    assert got["18"]["place"] == "washington-county-pa"
    # a dateline's state, of a city the pack lacks, outranks the paper that reprints the story
    text = "STILLWATER, Minn. — Washington County recorded 18 traffic deaths in 2023, the sheriff's office said.\n"
    got = drafted(text, published=date(2024, 3, 1), pack=pack, publisher="Watertown Daily Times (Watertown, Wis.)")
    assert got["18"].get("place") != "washington-county-wi"


def test_a_speakers_quotation_goes_on_about_the_place_of_the_paragraph_before(pack):
    """A quotation naming no place, of the speaker of the claim just before, is of that claim's
    place; another speaker's paraphrase keeps the place the article names most."""
    text = ("Sea turtles nested in record numbers across Florida this year.\n\n"
            "Volusia County counted 952 nests in 2019, said Jennifer Winters, the county's habitat coordinator.\n\n"
            "\"We could break 1,000 nests this year,\" Winters said.\n\n"
            "Kristen Kneifl, a biologist, said 400 nests were lost to storms this year.\n\n"
            "Florida's beaches had 105,000 nests in 2018.\n")
    got = drafted(text, published=date(2019, 8, 26), pack=pack)
    assert got["1,000"]["place"] == "volusia-county-fl"
    assert got["400"]["place"] == "florida"
    # not the state around the article's place: the speaker's own city
    text = ("Seattle homicides rise\n\nWashington had 394 homicides in 2023, said Mayor Bruce Harrell.\n\n"
            "\"Our officers made 3,100 arrests in 2023,\" Harrell said.\n")
    assert drafted(text, published=date(2024, 3, 1), pack=pack)["3,100"]["place"] == "seattle-wa"


def test_the_state_totals_in_a_county_story_are_the_states(pack):
    text = ("Waushara County deer kills drop\n\nThe county saw 3,382 deer killed in 2016.\n\n"
            "The preliminary state totals showed 196,785 deer harvested in 2016.\n\n"
            "The county and state numbers are expected to climb, with 1,574 bucks taken in 2016.\n")
    got = drafted(text, published=date(2016, 12, 1), pack=pack)
    assert got["196,785"]["place"] == "wisconsin"
    assert got["1,574"]["place"] == "waushara-county-wi"
    # state data as the source, or beside "the county's": the county's figures
    text = ("Waushara County deer kills drop\n\nAccording to state data, hunters killed 3,382 deer in 2016.\n\n"
            "State statistics released Monday show the county's harvest fell. Hunters took 1,574 bucks in 2016.\n")
    got = drafted(text, published=date(2016, 12, 1), pack=pack)
    assert [got["3,382"]["place"], got["1,574"]["place"]] == ["waushara-county-wi"] * 2
    # "the city's" after the state's figure: only the figures after it are the city's
    text = ("Overdoses in Cleveland\n\nOverdose deaths in Cleveland, Ohio, fell in 2023.\n\n"
            "State data show 4,500 overdose deaths in 2023, well above the city's 210.\n")
    got = drafted(text, published=date(2024, 2, 1), pack=pack)
    assert [got["4,500"]["place"], got["210"]["place"]] == ["ohio", "cleveland-oh"]
    # ... and the city's figure with the state's data named after it, the attribution last
    text = ("Overdoses in Cleveland\n\nOverdose deaths in Cleveland, Ohio, fell in 2023.\n\n"
            "The city's overdose deaths numbered 210 in 2023, state data show.\n")
    assert drafted(text, published=date(2024, 2, 1), pack=pack)["210"]["place"] == "cleveland-oh"


def test_a_scope_word_in_an_aside_is_not_the_figures_scope(pack):
    text = ("Walpole police report more calls\n\nWalpole police reported 412 arrests in 2023.\n\n"
            "Crimes under the FBI's Uniform Crime Report – an index of eight crimes that the Bureau uses to gauge "
            "crime nationwide – continue to decrease, seeing 322 in 2023.\n\nCitations rose to 2,528 in 2023.\n")
    got = drafted(text, published=date(2024, 3, 1), pack=pack)
    assert [got["322"]["place"], got["2,528"]["place"]] == ["walpole-ma"] * 2
    # the scope word outside the aside is the figure's
    text = ("Walpole police report more calls\n\nWalpole police reported 412 arrests in 2023.\n\n"
            "Crimes fell nationwide – the FBI's index counts eight crimes – to 9,100,000 in 2023.\n")
    assert drafted(text, published=date(2024, 3, 1), pack=pack)["9,100,000"]["place"] == "united-states"
    # a wire dateline's dash opens no aside: the lede's "nationwide" is the article's scope
    text = ("Traffic deaths fall\n\nWASHINGTON (AP) — Traffic deaths fell 3.6 percent nationwide in 2023 — the first "
            "drop since 2019 — the National Highway Traffic Safety Administration said Monday.\n\n"
            "Pedestrian deaths numbered 7,318 in 2023.\n")
    assert drafted(text, published=date(2024, 3, 5), pack=pack)["7,318"]["place"] == "united-states"


def test_a_place_named_only_in_its_bodys_name_is_the_articles(pack):
    text = ("Budget adopted\n\nThe Dundee Village Board has adopted a budget for 2019.\n\n"
            "The budget includes $3,600 for the historical society.\n")
    assert drafted(text, published=date(2018, 4, 17), pack=pack)["$3,600"]["place"] == "dundee-ny"
    # a place named outside a name still comes first
    text = ("Budget adopted\n\nThe Dundee Village Board met in Walpole on Monday.\n\n"
            "The budget includes $3,600 for the historical society.\n")
    assert drafted(text, published=date(2018, 4, 17), pack=pack)["$3,600"]["place"] == "walpole-ma"
    # a state's body is no evidence of the article's place: the publisher's city
    text = ("Fire deaths rose\n\nThe city asked the Pennsylvania Intergovernmental Cooperation Authority for a study.\n\n"
            "The Fire Department responded to 271,010 calls in 2010.\n")
    got = drafted(text, published=date(2011, 1, 5), pack=pack, publisher="The Philadelphia Inquirer")
    assert got["271,010"]["place"] == "philadelphia-pa"
    # a name that only borrows a place's (a church's, a school's) is not its body: the publisher's city
    text = ("Church food drive\n\nVolunteers at Zion Lutheran Church collected 4,200 pounds of food in 2023.\n\n"
            "The congregation gave $3,100 to the pantry in 2023, the Rev. Ann Ruiz said.\n")
    got = drafted(text, published=date(2024, 3, 5), pack=pack, publisher="Omaha World-Herald")
    assert got["$3,100"]["place"] == "omaha-ne"
    # nor is a namesake's body when the dateline names another state
    text = ("Budget adopted\n\nWEST DUNDEE, Ill. — The Dundee Village Board has adopted a budget for 2024.\n\n"
            "The budget includes $3,600 for the historical society.\n")
    assert drafted(text, published=date(2024, 3, 5), pack=pack)["$3,600"].get("place") is None

