"""The eleventh round (draft-11a): what a claim is about, for classes of first-draft errors on
unseen articles: a metric said by words of its name but no name whole, the generic noun the
headline narrows, a part of a count drafted before, counties named bare in a list, a scope said
in the sentence before, a national agency's figure, another figure's noun. Sentences written for
these tests (made-up figures), none about Birmingham, Alabama; the measure halves of `fresh6.yaml`
(k11-k20) and `fresh7.yaml` (m11-m20) are only measured by their summaries."""

from __future__ import annotations

from datetime import date

import pytest

import auditor
from auditor.draft import vocabulary
from auditor.text.quantities import find_quantities

from draft_helpers import pack  # noqa: F401  (the fixture)


def _by_figure(text: str, pack, title: str | None = None, published=date(2022, 3, 1), complete_only=False):
    d = auditor.draft(text, published=published, pack=pack, title=title)
    return {text[x.anchor[0]:x.anchor[1]]: x.record for x in d.drafted if x.complete or not complete_only}


# --- the number reader: a list item with its verb left out --------------------------------

@pytest.mark.parametrize("sentence, figure", [
    ("Hamilton had 63 deaths, Preble 10, Union seven and Greene six.", "10"),
    ("Butler reported 41 crashes, Warren 18 and Clinton 4.", "18"),
    ("Butler reported 41 crashes, Warren 18 and Clinton 4.", "4"),
])
def test_a_place_and_its_figure_after_a_figure_is_a_list_item_not_a_name(sentence, figure):
    assert figure in [q.text for q in find_quantities(sentence)]


@pytest.mark.parametrize("sentence, name", [
    ("The district moved 400 laptops to Windows 10 last year.", "10"),
    ("The company sold the iPhone 11 and the Galaxy S9.", "11"),
    ("Crews closed Highway 61, Route 9 and Interstate 40 for 3 days.", "9"),
])
def test_a_number_in_a_name_stays_a_name(sentence, name):
    assert name not in [q.text for q in find_quantities(sentence)]


# --- counties named bare in a list -------------------------------------------------------

def test_counties_named_bare_before_their_figures_are_those_counties(pack):
    text = ("COLUMBUS — Overdose deaths fell in most counties of the region last year.\n"
            "Franklin County had 112 overdose deaths in 2021, Ross 31, Columbiana nine and Montgomery 240.\n")
    got = _by_figure(text, pack)
    assert got["112"]["place"] == "franklin-county-oh"
    assert got["31"]["place"] == "ross-county-oh"
    assert got["nine"]["place"] == "columbiana-county-oh"
    assert got["240"]["place"] == "montgomery-county-oh"


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


# --- the metric --------------------------------------------------------------------------

def test_a_generic_noun_takes_the_metric_the_headline_says_whole(pack):
    # "deaths" heads traffic deaths, unbelted traffic deaths, speed-related traffic deaths...:
    # the headline's "traffic" says one of them whole
    text = "Ohio reported 1,203 highway deaths in 2021, the state patrol said.\n"
    got = _by_figure(text, pack, title="Traffic deaths fall across Ohio")
    assert got["1,203"]["metric"] == "traffic_deaths"


def test_a_count_of_places_that_moved_is_no_figure_of_the_metric(pack):
    text = ("Ohio counted 1,203 traffic deaths in 2021.\n"
            "County totals were down in 28, up in 17 and unchanged in one.\n")
    got = _by_figure(text, pack)      # not drafted at all, not even commented out
    assert "28" not in got and "17" not in got
    assert "1,203" in got


def test_a_part_of_a_count_before_is_of_its_metric(pack):
    text = ("The Ohio health department reported 12 more flu deaths on Friday.\n\n"
            "Just two of the 12 occurred last week. The remaining 10 occurred earlier in January.\n")
    got = _by_figure(text, pack)
    assert got["Just two"]["metric"] == "flu_deaths"
    assert got["10"]["metric"] == "flu_deaths"


def test_a_metric_said_by_the_words_of_its_name_not_its_name_whole(pack):
    # "confirmed" in the clause, "influenza" in the lede: confirmed influenza, whose name is said
    # nowhere whole; the percentage of the clause's other part is not this count's metric
    text = ("The county released its weekly influenza report on Wednesday, with seven more flu deaths.\n\n"
            "Flu activity, measured as the ratio of ER patients with flu symptoms, held at 8 percent, and the "
            "number of confirmed cases decreased, from 2,260 to 1,880.\n")
    got = _by_figure(text, pack, title="Flu season may have peaked")
    assert got["2,260"]["metric"] == "flu_cases"
    assert got["1,880"]["metric"] == "flu_cases"
    assert got["8 percent"]["metric"] == "flu_er_visit_share"


def test_a_movement_from_one_level_to_another_after_a_comma_is_two_figures(pack):
    text = "Flu cases reported in Ohio decreased, from 2,260 to 1,880, last week.\n"
    got = _by_figure(text, pack)
    assert "2,260" in got and "1,880" in got


def test_the_noun_after_another_figure_is_that_figures(pack):
    text = "Statewide, there were 640 fatalities from 581 fatal crashes in Ohio in 2021.\n"
    got = _by_figure(text, pack, title="Traffic deaths rise in Ohio")
    assert got["640"]["metric"] != "fatal_crashes"
    assert got["581"]["metric"] == "fatal_crashes"


# --- the place ---------------------------------------------------------------------------

def test_a_scope_said_in_the_sentence_before_is_the_place(pack):
    text = ("Spokane County recorded 50 traffic deaths in 2021.\n"
            "The rise matches statewide data. There were 640 traffic deaths in 2021, up from 560 in 2020.\n")
    got = _by_figure(text, pack)
    assert got["640"]["place"] == "washington-state"
    assert got["50"]["place"] == "spokane-county-wa"


def test_a_sentence_before_that_names_a_place_gives_no_scope(pack):
    text = ("Spokane County recorded 50 traffic deaths in 2021.\n"
            "Statewide data for Spokane County agree. There were 640 traffic deaths in 2021.\n")
    assert _by_figure(text, pack)["640"]["place"] != "washington-state"


def test_a_national_agency_named_by_its_acronym_gives_the_country(pack):
    text = ("Spokane County recorded 50 traffic deaths in 2021.\n\n"
            "Riskier driving has been a problem everywhere, according to the National Highway Traffic Safety "
            "Administration.\n\n"
            "An estimated 42,000 people died in traffic crashes in 2021, according to NHTSA.\n")
    assert _by_figure(text, pack)["An estimated 42,000"]["place"] == "united-states"


def test_a_local_speaker_gives_no_country(pack):
    text = ("Spokane County recorded 50 traffic deaths in 2021.\n\n"
            "Another 12 people died in crashes in January, according to SCSO.\n")
    assert _by_figure(text, pack)["12"].get("place") != "united-states"


def test_a_word_said_another_way_in_a_metric_name(pack):
    # "houses sold" for homes sold; a count of houses is no house price
    text = ("ROCHESTER, N.Y. — Home sales in Monroe County slowed in July.\n"
            "A total of 812 houses were sold in Monroe County in July, and the number of houses sold fell by 6% "
            "from a year earlier.\n")
    got = _by_figure(text, pack)
    assert got["A total of 812"]["metric"] == "homes_sold"
    assert got["6%"]["metric"] == "homes_sold"


def test_a_count_carried_over_is_no_value_of_a_percentage_metric(pack):
    text = ("Flu activity, measured as the ratio of ER patients with flu symptoms, held at 7 percent in Ohio last "
            "week, while 1,450 people were tested.\n")
    got = _by_figure(text, pack)
    assert got["7 percent"]["metric"] == "flu_er_visit_share"
    assert got["1,450"].get("metric") != "flu_er_visit_share"


# --- lists, ages, spans of time, places carried in a paragraph ----------------------------

def test_items_of_a_list_take_the_metric_its_opening_line_names(pack):
    text = ("DAYTON, Ohio — Montgomery County's coroner released her annual report on Monday.\n"
            "Here is how many overdose deaths the county counted each year:\n"
            "- 2019: 301\n- 2020: 322\n- 2021: 356\n")
    got = _by_figure(text, pack)
    assert [got[f]["metric"] for f in ("301", "322", "356")] == ["overdose_deaths"] * 3


def test_a_list_whose_opening_line_names_no_metric_takes_none_from_it(pack):
    text = ("DAYTON, Ohio — Montgomery County's coroner released her annual report on Monday.\n"
            "Here is what else the report found:\n"
            "- 2019: 301\n")
    assert _by_figure(text, pack)["301"].get("metric") in (None, "?")


def test_an_age_after_who_was_is_no_figure(pack):
    text = ("Ohio recorded 1,203 traffic deaths in 2021.\n\n"
            "The driver, Jones, who was 19 at the time, was sentenced in May.\n")
    assert "19" not in _by_figure(text, pack)


def test_a_span_of_time_said_across_two_numbers_is_no_figure(pack):
    text = "The Ohio health department reported 9 more flu deaths on Friday; most occurred two or even three weeks ago.\n"
    got = _by_figure(text, pack)
    assert "9" in got and "two" not in got


def test_a_county_carried_over_within_the_state_of_the_speakers_body(pack):
    text = ("In 2021, 31 people died in vehicle crashes in St. Clair County, according to data from the Southeast "
            "Michigan Council of Governments. That's an increase of six fatalities from the 25 recorded in 2020.\n")
    got = _by_figure(text, pack)
    assert got["25"]["place"] == "st-clair-county-mi"


def test_a_place_named_earlier_in_the_paragraph_is_the_place(pack):
    text = ("South Carolina's traffic report came out on Monday: South Carolina roads saw fewer deaths, and "
            "South Carolina troopers wrote more tickets.\n"
            "Nineteen people died on Sumter County roads, and the number held. The 2020 total was 27.\n")
    assert _by_figure(text, pack)["27"]["place"] == "sumter-county-sc"


def test_a_place_named_as_an_example_of_a_group_is_not_the_figures(pack):
    text = ("Nine states, including Ohio, recorded more traffic deaths, even though the 38,100 traffic deaths last "
            "year were down 2% from the year before, according to the National Highway Traffic Safety "
            "Administration.\n")
    got = _by_figure(text, pack)
    assert got["38,100"]["place"] == "united-states"
    # a figure inside the aside is its place's
    text = "Several states, including Ohio with 1,203 traffic deaths, reported more deaths in 2021.\n"
    assert _by_figure(text, pack)["1,203"]["place"] == "ohio"


def test_the_city_a_paragraph_names_without_city(pack):
    text = ("Where murders rose in the first quarter:\n"
            "Chicago -- Murders reached 98, up from 91 a year earlier.\n"
            "New York -- The city has recorded 131 murders, police said.\n")
    assert _by_figure(text, pack)["131"]["place"] == "new-york-city"


@pytest.mark.parametrize("sentence, figure", [
    ("AUGUSTA - 504 Mainers died from drug overdoses in 2020.", "504"),
    ("In 2021, 1,310 Ohioans died from drug overdoses.", "1,310"),
])
def test_people_of_a_place_are_counted(sentence, figure):
    assert figure in [q.text for q in find_quantities(sentence)]


def test_a_count_of_people_of_a_place_is_drafted_with_its_metric(pack):
    text = "COLUMBUS, Ohio — In 2021, 1,310 Ohioans died from drug overdoses, the state said.\n"
    assert _by_figure(text, pack)["1,310"]["metric"] == "overdose_deaths"


def test_a_level_moved_from_two_earlier_levels_is_higher_than_each(pack):
    text = "In Ohio, there were 1,203 traffic deaths in 2021, up from 1,154 in 2020 and up sharply from 1,041 in 2019.\n"
    d = auditor.draft(text, published=date(2022, 3, 1), pack=pack)
    compared = [x.record for x in d.drafted if x.complete and "comparison" in x.record]
    assert sorted(r["comparison"]["than"] for r in compared) == ["in 2019", "in 2020"]
    assert all(r["comparison"]["relation"] == "higher" for r in compared)
    assert len({r["id"] for r in compared}) == 2


def test_a_word_for_the_family_of_the_metric_before_is_that_metric(pack):
    # "killings" and "people killed" name killings including police shootings in the pack; after a
    # count of homicides they are the writer's other words for the homicides
    text = ("DAYTON, Ohio — Police reported 61 homicides in 2022, surpassing the previous record of 58 killings "
            "set in 1993, when 58 people were killed.\n")
    d = auditor.draft(text, published=date(2023, 1, 3), pack=pack)
    metrics = {x.record.get("metric") for x in d.drafted if x.record.get("value") == "58"}
    assert metrics == {"homicides"}
    text = "DAYTON, Ohio — There were 58 killings in 1993.\n"
    assert _by_figure(text, pack)["58"]["metric"] == "killings_incl_police"


def test_a_part_of_a_count_said_to_be_so_counts_the_things_so_named(pack):
    text = "DAYTON, Ohio — Police counted 41 shootings this year. Six of this year's shootings have been deadly.\n"
    assert _by_figure(text, pack)["Six"]["metric"] == "shooting_deaths"


def test_a_name_that_narrows_the_kind_is_not_a_word_for_the_family(pack):
    text = "DAYTON, Ohio — Police reported 61 homicides in 2022, including 44 fatal shootings.\n"
    assert _by_figure(text, pack)["44"]["metric"] == "shooting_deaths"


def test_the_second_count_of_a_pair_takes_the_first_counts_noun(pack):
    text = ("COLUMBUS, Ohio — In May 2021, an estimated 40 people died from drug overdoses in Ohio; 25 of these "
            "drug deaths are confirmed and 15 are suspected.\n")
    got = _by_figure(text, pack)
    assert got["25"]["metric"] == "confirmed_overdose_deaths"
    assert got["15"]["metric"] == "suspected_overdose_deaths"


def test_a_kind_named_with_an_adjective_after_were_due_to(pack):
    text = ("COLUMBUS, Ohio — 1,310 Ohioans died from drug overdoses in 2021. 902 of those deaths were due to "
            "illicit fentanyl.\n")
    assert _by_figure(text, pack)["902"]["metric"] == "fentanyl_deaths"


def test_a_name_said_as_its_verb_before_the_count(pack):
    # "guns seized" said "seized 1,204 guns"
    text = "DAYTON, Ohio — Officers have so far seized 1,204 guns through October of this year.\n"
    assert _by_figure(text, pack)["1,204"]["metric"] == "guns_recovered"


def test_dead_and_injured_in_a_shooting_are_its_deaths_and_its_wounded(pack):
    text = "DAYTON, Ohio — 3 dead, 5 injured in shooting on Third Street in 2021\n"
    got = _by_figure(text, pack)
    assert got["3"]["metric"] == "shooting_deaths"
    assert got["5"]["metric"] == "nonfatal_shootings"


def test_a_compass_word_in_a_street_name_is_no_region(pack):
    text = "DAYTON, Ohio — 5 people were injured in a shooting on West Third Street in 2021.\n"
    assert vocabulary.find_places(pack, text, 0, len(text)) == ["ohio"]
    text = "Housing starts in the West rose 11.2% in December.\n"
    assert vocabulary.find_places(pack, text, 0, len(text)) == ["us-west"]


def test_a_movement_with_words_of_time_before_from_is_two_figures(pack):
    text = "In Ross County, Ohio, the death toll on roads fell in the past year from 31 to 22.\n"
    got = _by_figure(text, pack)
    assert "31" in got and "22" in got


def test_not_a_single_death_is_none(pack):
    text = ("COLUMBIA, S.C. — Sumter County had 23 traffic deaths in 2019. Bamberg County did not experience a "
            "single highway death in 2019.\n")
    d = auditor.draft(text, published=date(2020, 1, 1), pack=pack, title="Traffic deaths fall across the state")
    zero = [x.record for x in d.drafted if x.record.get("value") == "0"]
    assert [(r["metric"], r["place"]) for r in zero] == [("traffic_deaths", "bamberg-county-sc")]


def test_no_with_a_noun_the_vocabulary_does_not_name_is_no_zero(pack):
    text = "COLUMBUS, Ohio — The city's 2022 budget totals $1.1 billion. The budgets contained no tax increases.\n"
    d = auditor.draft(text, published=date(2022, 3, 1), pack=pack, title="City budget adopted")
    assert not [x for x in d.drafted if x.record.get("value") == "0"]
