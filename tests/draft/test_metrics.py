"""Which metric the drafter gives a figure: the words of its clause, a generic noun, the headline's
metric, a share's whole."""

from __future__ import annotations

from datetime import date

import pytest

import auditor
import auditor.draft
from auditor.draft import draft
from auditor.draft.claim_period import _present

from draft_helpers import desk_pack, drafted, drafted_records
from draft_helpers import pack  # noqa: F401  (a fixture)


def _by_figure(text: str, pack, title: str | None = None, published=date(2022, 3, 1), complete_only=False):
    d = auditor.draft(text, published=published, pack=pack, title=title)
    return {text[x.anchor[0]:x.anchor[1]]: x.record for x in d.drafted if x.complete or not complete_only}


def _drafted(text: str, pack=None):
    return [x for x in draft(text, date(2024, 3, 12), pack=pack).drafted]


_METRICS = """metrics:
  homes_sold:
    label: homes sold
    definition: homes sold (a test metric)
    unit: count
    aliases: [home sales]
    integer: true
    non_negative: true
    additive_over_time: true
    additive_over_places: true
  average_home_price:
    label: average residential selling price
    definition: average residential selling price (a test metric)
    unit: dollar
    aliases: [average home price]
    integer: false
    non_negative: true
    additive_over_time: false
    additive_over_places: false
  median_home_price:
    label: median residential selling price
    definition: median residential selling price (a test metric)
    unit: dollar
    aliases: [median home price]
    integer: false
    non_negative: true
    additive_over_time: false
    additive_over_places: false
  pupils:
    label: pupils
    definition: pupils (a test metric)
    unit: count
    aliases: [pupils of compulsory school age]
    integer: true
    non_negative: true
    additive_over_time: false
    additive_over_places: true
  meals_share:
    label: share of pupils eligible for free school meals
    definition: share of pupils eligible for free school meals (a test metric)
    unit: percent
    integer: false
    non_negative: true
    additive_over_time: false
    additive_over_places: false
  lunch_share:
    label: share of pupils eligible for reduced-price lunches
    definition: share of pupils eligible for reduced-price lunches (a test metric)
    unit: percent
    integer: false
    non_negative: true
    additive_over_time: false
    additive_over_places: false
"""


@pytest.fixture(scope="module")
def desk(tmp_path_factory):
    return desk_pack(tmp_path_factory.mktemp("desk19a"), metrics=_METRICS, places="places: {}\n")


def _values(sentence):
    return [x.record.get("value") for x in _drafted(sentence) if "value" in x.record]


_DESK = """metrics:
  members:
    label: members
    definition: members of a club
    unit: count
    aliases: [membership]
    integer: true
    non_negative: true
    additive_over_time: false
    additive_over_places: true
  junior_members:
    label: juniors
    definition: members under 18
    unit: count
    aliases: [junior]
    integer: true
    non_negative: true
    additive_over_time: false
    additive_over_places: true
  junior_share:
    label: share of juniors
    definition: juniors as a share of members
    unit: percent
    aliases: [membership rate]
    non_negative: true
    additive_over_time: false
    additive_over_places: false
"""


def _quotes(text, pack):
    """Each drafted figure's quoted words, by the words of the figure."""
    d = auditor.draft(text, published=date(2022, 1, 13), pack=pack)
    return {text[x.anchor[0]:x.anchor[1]]: text[x.quote[0]:x.quote[1]] for x in d.drafted}


def _metrics(text, pack):
    d = auditor.draft(text, published=date(2023, 3, 16), pack=pack)
    return {text[x.anchor[0]:x.anchor[1]]: x.record.get("metric") for x in d.drafted}


def test_a_percentage_above_a_revised_estimate_is_measured_against_it(pack):
    """'5.8% above the revised November estimate', 'up 15.9% from the revised November estimate':
    November is the base, not the figure's period."""
    text = ("Housing starts in the United States rose to 1.669 million in December. The increase was 5.8% above "
            "the revised November estimate of 1.635 million.\n\n"
            "Housing completions in the United States were up 15.9% from the revised November estimate in December.\n")
    got = drafted(text, published=date(2021, 1, 21), pack=pack)
    assert got["5.8%"]["period"] == "in December" and got["5.8%"]["change"]["base"] == "November"
    assert got["15.9%"]["change"]["base"] == "November"


def test_counties_named_bare_before_their_figures_are_those_counties(pack):
    text = ("COLUMBUS — Overdose deaths fell in most counties of the region last year.\n"
            "Franklin County had 112 overdose deaths in 2021, Ross 31, Columbiana nine and Montgomery 240.\n")
    got = _by_figure(text, pack)
    assert got["112"]["place"] == "franklin-county-oh"
    assert got["31"]["place"] == "ross-county-oh"
    assert got["nine"]["place"] == "columbiana-county-oh"
    assert got["240"]["place"] == "montgomery-county-oh"


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


def test_a_count_of_people_of_a_place_is_drafted_with_its_metric(pack):
    text = "COLUMBUS, Ohio — In 2021, 1,310 Ohioans died from drug overdoses, the state said.\n"
    assert _by_figure(text, pack)["1,310"]["metric"] == "overdose_deaths"


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


def test_a_movement_with_words_of_time_before_from_is_two_figures(pack):
    text = "In Ross County, Ohio, the death toll on roads fell in the past year from 31 to 22.\n"
    got = _by_figure(text, pack)
    assert "31" in got and "22" in got


@pytest.mark.parametrize("clause, present", [
    ("the first time the state will have climbed past 1,000", False),
    ("deaths could have risen to 40", False),
    ("deaths are up 12 percent", True),
    ("the county has 40 deputies", True),
])
def test_a_modals_perfect_is_no_present_tense(clause, present):
    assert _present(clause) is present


def test_a_percentage_is_of_the_percent_metric_whose_words_the_clause_says():
    # "homicides" is named whole, but a count holds no percentage; "clearance rate ... homicides"
    # says the words of the homicide clearance rate
    drafted = _drafted("The clearance rate for homicides in the city was 58 percent in 2023.")
    assert [x.record.get("metric") for x in drafted] == ["homicide_clearance_rate"], [x.record for x in drafted]
    assert any("most of whose name's words" in n for x in drafted for n in x.notes)


@pytest.mark.parametrize("sentence, metric", [
    # a change of a count in percent stays the count's
    ("Homicides were up 8 percent in 2023.", "homicides"),
    # a part of a count's whole stays a share of the count
    ("About 58 percent of the homicides involved guns in 2023.", "homicides"),
    # a count stays a count
    ("The city recorded 40 homicides in 2023.", "homicides"),
])
def test_a_figure_the_clause_metric_can_hold_keeps_it(sentence, metric):
    drafted = _drafted(sentence)
    assert drafted and all(x.record.get("metric") == metric for x in drafted), [x.record for x in drafted]


@pytest.mark.slow   # loads the bundled rules with a desk (about 0.5 s)
@pytest.mark.parametrize("sentence, metric", [
    # a sum of money of no count: the money metric whose alias the clause says word for word
    ("The average sales price of homes in the county was $312,000 in May.", "average_home_price"),
    ("The county's median home sales price was $298,500 in May.", "median_home_price"),
    # a percentage, no name said whole: the label's words, the share's own word said by the unit
    ("The percentage of pupils of compulsory school age known to be eligible for free school meals "
     "was 19.5 per cent in 2023.", "meals_share"),
    # the count keeps a count
    ("There were 412 home sales in the county in May.", "homes_sold"),
])
def test_the_metric_of_the_figure_unit_named_by_its_words(desk, sentence, metric):
    drafted = _drafted(sentence, desk)
    assert drafted and [x.record.get("metric") for x in drafted] == [metric], [x.record for x in drafted]


@pytest.mark.slow   # drafts with a desk (about 0.3 s)
def test_a_name_said_in_one_word_or_by_two_metrics_alike_is_not_taken(desk):
    # "price" only: one word of each price metric's name; "pupils eligible": as much of both shares
    for sentence in ("Prices in the county reached $312,000 in May.",
                     "The share of pupils eligible was 19.5 per cent in 2023."):
        drafted = _drafted(sentence, desk)
        assert all(x.record.get("metric") not in ("average_home_price", "median_home_price", "meals_share",
                                                  "lunch_share") for x in drafted), [x.record for x in drafted]


@pytest.mark.parametrize("sentence, values", [
    # a "range" that falls is two levels, the one before and the one after
    ("Homicides dropped in Caroline, from seven to three, in 2023.", ["seven", "three"]),
    # a bare "X to Y" alone in parentheses after a rise: each county's level before and after
    ("Several counties saw a rise in homicides in 2023: Franklin (140 to 155) and Clay (34 to 41).",
     ["140", "155", "34", "41"]),
    # "went from": a movement said by a verb of going
    ("Homicides in Franklin County went from 140 to 155 in 2023.", ["140", "155"]),
    # a movement, a few words of place, then "from X to Y"
    ("Homicides rose in Franklin County from 140 to 155 in 2023.", ["140", "155"]),
])
def test_levels_joined_by_to_are_two_figures(sentence, values):
    assert _values(sentence) == values


@pytest.mark.parametrize("sentence", [
    # a range of an estimate stays one figure
    "Officials expect 20 to 30 homicides in 2024.",
    # a tally of votes is no level
    "The motion to add 12 homicide detectives failed on a 7 to 2 vote in 2023.",
])
def test_a_range_or_a_tally_stays_one_figure(sentence):
    drafted = _drafted(sentence)
    assert not any(x.record.get("value") in ("7", "2", "20", "30") for x in drafted), [x.record for x in drafted]


def test_an_estimated_figure_is_said_by_whoever_the_sentence_cites(pack):
    """'An estimated 380 people died ..., according to the state patrol': the article before
    'estimated' is no speaker."""
    text = "An estimated 380 people died in Ohio crashes in 2020, according to the Ohio State Highway Patrol.\n"
    speakers = {r.get("speaker") for r in drafted_records(text, published=date(2022, 1, 3), pack=pack)}
    assert speakers == {"Ohio State Highway Patrol"}


def test_a_percentage_after_a_count_and_or_is_its_share(pack):
    """'(316 or 31.9 per cent)', '192 calls or 18.96 per cent' give the count's share of a whole,
    with or without a comma before 'or'; '3 or 4 percent' is a range, no share."""
    text = ("Medical calls (316 or 31.9 per cent) made up the bulk of the calls for the Fort Erie fire department in 2019.\n\n"
            "Ohio's unemployment rate could rise 3 or 4 percent in 2022.\n")
    d = auditor.draft(text, published=date(2020, 3, 16), pack=pack)
    shares = [x.record["share"]["fraction"] for x in d.drafted if "share" in x.record]
    assert shares == ["31.9 per cent"]


def test_a_generic_noun_tied_by_the_headline_is_the_metric_the_article_names(pack):
    """'2 deaths' in an article headed 'traffic deaths': the headline's 'traffic' heads several
    metrics' names (traffic deaths, speed-related traffic deaths, ...); the one the article
    names by its full name is meant."""
    text = ("Denver traffic deaths hit 40-year high\n\n"
            "DENVER (KDVR) — A total of 82 people died on Denver streets in 2022.\n\n"
            "Pedestrian fatalities rose to 25, up from 19 the year before.\n\n"
            "The city has recorded 2 deaths so far in 2023.\n")
    assert drafted(text, published=date(2023, 1, 10), pack=pack)["2"]["metric"] == "traffic_deaths"


def test_one_of_a_metric_named_after_it(pack):
    """'one fire-related death was reported last year' is a value of 1 (the number reader leaves
    a lower-case 'one' alone); 'One of the fires' is no claim."""
    text = ("CLEVELAND — The report showed that one fire-related death was reported in Cleveland last year. "
            "One of the fires was arson.\n")
    d = auditor.draft(text, published=date(2017, 1, 26), pack=pack)
    values = [(x.record["metric"], x.record["value"]) for x in d.drafted if "value" in x.record]
    assert values == [("fire_deaths", "1")]


@pytest.mark.slow
def test_a_count_named_with_another_count_as_modifier_is_the_modifiers(tmp_path):
    import auditor
    from auditor.draft import vocabulary
    (tmp_path / "metrics.yaml").write_text(_DESK, encoding="utf-8")
    (tmp_path / "places.yaml").write_text("places: {}\n", encoding="utf-8")
    desk = auditor.load_pack(tmp_path)
    for text, expected in (("The junior membership stood at 412 in May", "junior_members"),
                           ("The club's membership stood at 1,412 in May", "members"),
                           ("The junior membership rate was 29 percent", "junior_share")):
        hit = vocabulary.find_metric(desk, text, 0, len(text), text.index(" at ") if " at " in text else len(text))
        assert hit is not None and hit.id == expected, (text, hit)


def test_a_percentage_of_a_whole_that_is_of_a_kind_is_a_share_of_that_kind(pack):
    """'N percent of the X were from Y' and 'Of the X, N percent were from Y' are shares with
    the metric of Y's kind of X; 'or about M people' after them counts that kind."""
    text = ("Of the drug overdose deaths in Ohio in 2019, 41 percent were from opioids, or about 1,700 people. "
            "About 60 percent of the illegal drug overdoses were from heroin, or around 900 people.\n")
    got = drafted(text, published=date(2020, 6, 1), pack=pack)
    assert "share" in got["41 percent"] and got["41 percent"]["metric"] == "opioid_deaths"
    assert got["about 1,700"]["metric"] == "opioid_deaths" and got["about 1,700"]["value"] == "about 1,700"
    assert "share" in got["About 60 percent"] and got["About 60 percent"]["metric"] == "heroin_deaths"
    assert got["around 900"]["metric"] == "heroin_deaths"


def test_a_word_before_a_hyphen_is_a_modifier_not_the_generic_head(pack):
    """'3,505 died in 2015 from a drug-related overdose': the generic noun is 'overdose' (drug
    overdose deaths, the metric the article names), not 'drug' (which heads 'multiple-drug')."""
    text = ("Coroner: Drug-related deaths down, heroin deaths up\n\n"
            "By the numbers: In Ohio, 3,505 died in 2015 from a drug-related overdose, according to the report.\n")
    assert drafted(text, published=date(2016, 8, 12), pack=pack)["3,505"]["metric"] == "overdose_deaths"


def test_a_count_of_a_whole_that_is_of_a_kind_counts_that_kind(pack):
    """'41 of the 120 drug-related deaths in 2019 were heroin overdoses': 41 heroin deaths; the
    120 stay drug overdose deaths."""
    text = "• 41 of the 120 drug-related deaths in 2019 were heroin overdoses.\n"
    got = drafted(text, published=date(2020, 8, 12), pack=pack)
    assert got["41"]["metric"] == "heroin_deaths"
    assert got["120"]["metric"] == "overdose_deaths"


def test_a_bare_rate_after_rates_keeps_their_metric(pack):
    text = ("Dayton jobs\n\nDayton's unemployment rate rose to 5.1 per cent in March.\n\n"
            "The city's rate had hovered near five per cent for months. It was 4.6 per cent in January, "
            "4.8 in February and five per cent in December.\n")
    records = drafted_records(text, published=date(2023, 4, 7), pack=pack)
    assert next(r.get("metric") for r in records if r.get("value") == "4.8") == "unemployment_rate"


def test_the_highest_at_a_bare_rate_keeps_the_rates_metric(pack):
    text = ("Dayton jobs\n\nDayton's unemployment rate rose to 5.1 per cent in March. Toledo had the lowest "
            "rate in the state at 4.1 per cent, while Akron had the highest at 6.3.\n")
    records = drafted_records(text, published=date(2023, 4, 7), pack=pack)
    assert next(r.get("metric") for r in records if r.get("value") == "6.3") == "unemployment_rate"


def test_a_bare_whole_number_after_a_rate_is_still_no_rate(pack):
    # a count after a rate keeps being refused a percentage metric
    text = ("Dayton jobs\n\nDayton's unemployment rate rose to 5.1 per cent in March, and 1,450 people "
            "filed claims.\n")
    records = drafted_records(text, published=date(2023, 4, 7), pack=pack)
    assert next(r.get("metric") for r in records if r.get("value", "").startswith("1,450")) != "unemployment_rate"


def test_a_figure_alone_after_a_dash_is_quoted_with_its_label(pack):
    got = _quotes("Below is a breakdown of the calls deputies answered in 2021:\n\n"
                  "Burglaries (including sheds, garages and homes)— 132\n\nHomicides— 4\n", pack)
    assert got == {"132": "Burglaries (including sheds, garages and homes)— 132", "4": "Homicides— 4"}


def test_the_label_goes_back_only_to_the_dash_before(pack):
    got = _quotes("Consider the length of the beach – 24 miles — and the number of homicides in 2021 — 12.", pack)
    assert got["12"] == "the number of homicides in 2021 — 12"


@pytest.mark.parametrize("text, figure, quote", [
    ("Police recorded 25 homicides in 2023 — up from 20 in 2022.", "20", "up from 20 in 2022"),
    ("Homicides rose to 25 in 2023 - from 20 in 2022.", "20", "from 20 in 2022"),
])
def test_a_figure_with_words_after_a_dash_keeps_its_own_part(pack, text, figure, quote):
    assert _quotes(text, pack)[figure] == quote


def test_a_qualifier_of_a_name_is_no_generic_noun(pack):
    # "fire deaths of undetermined cause" counts deaths: "the cause of death" does not name it
    got = _metrics("In 100 of those cases, the coroner's report said the cause of death was the result of "
                   "multiple drugs.", pack)
    assert got["100"] != "undetermined_cause_fire_deaths"


def test_a_generic_noun_does_not_narrow_itself(pack):
    # "properties" is no word narrowing "property tax revenue from new property" to itself
    got = _metrics("Properties increased by 7%, worth £17,122, in the 12 months to May this year.", pack)
    assert got["7%"] != "new_property_tax_revenue" and got["£17,122"] != "new_property_tax_revenue"


def test_a_sum_in_another_currency_does_not_carry_a_money_metric_over(pack):
    got = _metrics("Revenue to be raised from new property rose to $4.1 million in 2024. In Leeds it was "
                   "£3.2 million.", pack)
    assert got["$4.1 million"] == "new_property_tax_revenue" and got["£3.2 million"] is None


@pytest.mark.parametrize("text", [
    "When we have a structure fire, we send 12 firefighters.",
    "A three-alarm fire would call for 36 firefighters and 12 trucks on scene.",
    "Twelve firefighters lost their homes in the wildfire in 2022.",
])
def test_people_on_duty_are_no_deaths(pack, text):
    assert "firefighter_deaths" not in _metrics(text, pack).values()


@pytest.mark.parametrize("text", [
    "Two firefighters died in the blaze in 2022.",
    "Two firefighters perished in the blaze in 2022.",
    "Two firefighters lost their lives in the blaze in 2022.",
])
def test_people_said_to_have_died_are_still_deaths(pack, text):
    assert _metrics(text, pack) == {"Two": "firefighter_deaths"}


def test_or_more_heads_no_generic_noun(pack):
    # "highs of 100 degrees or more": "more" ("more than double the five") stands for no metric
    from auditor.draft import vocabulary
    heads = vocabulary._build_heads(pack)
    assert "more" not in heads and "death" in heads


def test_a_word_for_crimes_after_a_kind_describes_the_kind(pack):
    # a parenthesis, a "-related" compound and an aside after the kind: "crimes" is no total of all crimes
    text = ("Police figures for the county were published on Thursday. Burglary fell by 5.3% in the year to June "
            "(4,015 crimes in total, down 223 from 4,238). Police recorded 321 burglary-related crimes in 2010, a "
            "13 percent increase from 2009. Theft, one of the most common crimes, increased by 10% in 2010. "
            "Property crime, including burglary and theft, fell 7% to 9,100 crimes in 2011.")
    got = _metrics(text, pack)
    assert [got[x] for x in ("4,015", "223", "4,238", "13 percent")] == ["burglaries"] * 4
    assert got["10%"] == "thefts"
    assert got["9,100"] == "property_crimes"      # not one of its examples


def test_a_word_for_crimes_counting_its_own_figure_keeps_its_reading(pack):
    text = ("Officers recorded 400 burglaries among 4,000 crimes in 2021. Burglaries fell in 2022 as crimes rose "
            "5%. There were 73,429 crimes recorded in the area in 2022.")
    got = _metrics(text, pack)
    assert got["400"] == "burglaries"
    assert [got[x] for x in ("4,000", "5%", "73,429")] == ["reported_crimes"] * 3


def test_a_count_named_verb_first_and_a_part_of_a_whole(pack):
    # "cast ballots" is the pack's "ballots cast" said verb first; "N of M registered voters casting
    # ballots": the whole's name counts M, the words after it say what the N did
    text = ("Of the 100,163 registered voters in Rock Island County, 51,162 cast ballots on Tuesday. In the 2014 "
            "election, 45,527 of 93,478 registered voters were casting ballots. Deputies issued 2,030 tickets in 2012.")
    got = _metrics(text, pack)
    assert [got[x] for x in ("51,162", "45,527")] == ["ballots_cast"] * 2
    assert [got[x] for x in ("100,163", "93,478")] == ["registered_voters"] * 2
    assert got["2,030"] == "traffic_tickets"


@pytest.mark.parametrize("text, figures, metric", [
    # "cast ballots", "recovered guns" said as a verb phrase elsewhere in the clause name no figure
    pytest.param("Voters who cast ballots on Tuesday approved the school levy by 612 votes in Sangamon County. "
                 "Springfield police seized guns during 31 arrests in 2023. Springfield officers recovered guns "
                 "from 14 homes in 2023.", ("612", "31", "14"), None, id="verb-first-elsewhere"),
    # "14 of the 45 homicides were shootings": a part of the homicides, not a count of shootings
    pytest.param("Springfield recorded 45 homicides in 2023. Police said 14 of the 45 homicides were shootings.",
                 ("14",), "homicides", id="a-part-of-another-kind"),
    # a part of a whole with no words of its own keeps the whole's noun
    pytest.param("In one precinct of Scott County, 400 of 1,000 registered voters were under 30 in 2022.",
                 ("400", "1,000"), "registered_voters", id="a-part-with-no-words"),
    # "population 169.9 thousand": a whole count written with decimals, not the list's rate
    pytest.param("AREAS WITH THE HIGHEST CRIMINAL INCIDENT RATES IN 2020\n\n"
                 "1 - Melbourne (population 169.9 thousand, 24,570 criminal incidents)\n\n"
                 "2 - Latrobe (population 75.2 thousand, 10,020 criminal incidents)\n",
                 ("169.9 thousand", "75.2 thousand"), "population", id="thousands-under-a-rate"),
])
def test_a_figure_keeps_its_own_metric_where_the_rounds_readings_do_not_apply(pack, text, figures, metric):
    got = _metrics(text, pack)
    assert [got.get(x) for x in figures] == [metric] * len(figures)


def test_a_figure_with_decimals_in_a_list_under_a_rate_is_the_rate(pack):
    # a count has no decimals: the list's opening names the rate its items give
    text = ("AREAS WITH THE HIGHEST CRIMINAL INCIDENT RATES IN 2020\n\n"
            "1 - Melbourne (14,368.5 incidents, down 3.2 per cent)\n\n"
            "The areas with the highest criminal incident rates are:\n\n"
            "* Latrobe (13,193.5 incidents per 100,000 estimated resident population, up 5.1 per cent);\n\n"
            "Police in Latrobe recorded 12.5 burglaries a day in 2020 and 4,120 criminal incidents.")
    got = _metrics(text, pack)
    assert [got[x] for x in ("14,368.5", "13,193.5 incidents per 100,000")] == ["criminal_incident_rate"] * 2
    assert got["12.5 burglaries a day"] == "burglaries"       # a sentence, and an average per day
    assert got["4,120"] == "criminal_incidents"


def test_the_rate_of_a_list_reaches_its_later_items(pack):
    items = "\n\n".join(f"{i} - {name} ({rate} incidents, up 1.1 per cent)" for i, (name, rate) in enumerate(
        [("Melbourne", "14,368.5"), ("Latrobe", "13,303.8"), ("Yarra", "11,102.7"), ("Mildura", "10,640.2"),
         ("Shepparton", "9,972.4")], 1))
    text = f"AREAS WITH THE HIGHEST CRIMINAL INCIDENT RATES IN 2020\n\n{items}"
    got = _metrics(text, pack)
    assert [got[x] for x in ("14,368.5", "10,640.2", "9,972.4")] == ["criminal_incident_rate"] * 3


def test_the_metric_index_lists_every_pattern_under_its_key_in_order(pack):
    # find_metric tries only the patterns whose key is in the clause, by these positions: the
    # same patterns, in the same order, as a scan of all of them with the key test
    from auditor.draft.vocabulary import _metric_index
    patterns, keys = _metric_index(pack)
    having: dict[str, list[int]] = {}
    for i, p in enumerate(patterns):
        for key in set(p[3]):
            having.setdefault(key, []).append(i)
    assert {key: list(at) for key, at in keys} == having
    assert len(keys) == len(having)
    assert sorted({i for _, at in keys for i in at}) == list(range(len(patterns)))



def test_a_metric_found_again_is_the_answer_kept_and_the_same_as_read_afresh(pack):
    # find_metric keeps its answers in the dict a drafting passes it (one per article): asked
    # twice, or for a text equal to one asked before, it answers as the uncached reading does
    from auditor.draft import vocabulary
    text = ("Police recorded 41 homicides in 2022, and motor vehicle thefts rose 12% to 1,500. "
            "Burglaries fell. The city's fire department answered 3,000 calls.")
    spans = [(0, len(text), a) for a in (0, 20, 90)] + [(0, 36, 0), (37, 84, 50), (85, 101, 85), (102, len(text), 110)]
    kept: dict = {}
    for start, end, anchor in spans:
        fresh = vocabulary._find_metric(pack, text, start, end, anchor)
        assert vocabulary.find_metric(pack, text, start, end, anchor, kept) == fresh
        assert vocabulary.find_metric(pack, "".join(text), start, end, anchor, kept) == fresh
        assert vocabulary.find_metric(pack, text, start, end, anchor) == fresh
    assert len(kept) == len(spans)
    assert vocabulary.find_metric(pack, text, 0, 36, 0, kept) is not None
    assert vocabulary.find_metric(pack, text, 85, 101, 85, kept) != vocabulary.find_metric(pack, text, 0, 36, 0, kept)
    # each article drafted has its own: a draft does not depend on the packs drafted with before
    text = ("Halifax Regional Police crime stats\n\nHalifax Regional Police recorded 2,140 property offences in 2023, "
            "compared to 2,390 in 2022. Offences against the person rose 7% to 1,810.\n")
    def metrics(said, desk):
        return [(x.record.get("metric"), x.record.get("value")) for x in
                auditor.draft(said, published=date(2024, 1, 10), pack=desk).drafted]
    built_in = auditor.load_pack()
    # each pack's reading of a text no other pack read (one more line ending each) ...
    alone = {id(desk): metrics(text + "\n" * n, desk) for n, desk in enumerate((pack, built_in), 1)}
    assert alone[id(pack)] != alone[id(built_in)]
    for desk in (pack, built_in, pack, built_in):    # ... is its reading after the other's
        assert metrics(text, desk) == alone[id(desk)]
    auditor.draft.draft("Police recorded 41 homicides in 2022.", published=date(2023, 1, 5), pack=pack)
    from auditor.draft.quoting import _segment
    assert _segment.cache_info().currsize <= 2


_COUNTS_OF_PLACES = """metrics:
  reporting_units:
    label: precincts reporting
    definition: precincts whose results are in (a test metric)
    unit: count
    integer: true
    non_negative: true
    additive_over_time: false
    additive_over_places: true
  sprinkler_rooms:
    label: rooms with sprinklers
    definition: rooms fitted with sprinklers (a test metric)
    unit: count
    aliases: [rooms that had sprinkler systems]
    integer: true
    non_negative: true
    additive_over_time: false
    additive_over_places: true
"""


@pytest.mark.slow   # loads a desk (about 0.2 s)
def test_a_count_of_places_is_the_metrics_own_when_its_label_counts_them(tmp_path):
    # the label says what the metric counts, whatever its id; a noun after "that" is no counted noun
    (tmp_path / "metrics.yaml").write_text(_COUNTS_OF_PLACES, encoding="utf-8")
    (tmp_path / "places.yaml").write_text("places: {}\n", encoding="utf-8")
    desk = auditor.load_pack(tmp_path)
    text = "Precincts reporting reached 112 precincts by 10 p.m. Rooms with sprinklers covered 14 systems in 2023."
    found = {text[x.anchor[0]:x.anchor[1]]: x for x in _drafted(text, desk)}
    assert found["112"].record.get("metric") == "reporting_units" and "places counted" not in found["112"].missing
    assert found["14"].record.get("metric") == "sprinkler_rooms" and "places counted" in found["14"].missing


@pytest.mark.parametrize("text, expected", [
    # "department" is every body's word: a police department's calls for service are police calls
    ("Police Department releases annual report\n\nThe Middle Township Police Department released its report. "
     "The calls for service decreased from 48,620 to 43,874 last year.\n", "police_calls_for_service"),
    # the RCMP is a police force
    ("RCMP detachments share statistics for 2016\n\nThe city saw 15,802 calls for service in 2015.\n",
     "police_calls_for_service"),
    # a fire department's keep the fire department's metric
    ("Fire Department releases annual report\n\nThe fire department answered 4,100 calls for service in 2023.\n",
     "emergency_calls"),
    # ... and so does a fire chief's sentence in a police story; the Gardai (no fada) are police
    ("Police Department releases annual report\n\nThe township's fire company had a busy year too. Its crews "
     "answered 2,900 calls for service in 2023, Fire Chief Tom Kent said.\n", "emergency_calls"),
    ("Gardai busy in Limerick\n\nGardai in Limerick answered 22,000 calls for service in 2023.\n",
     "police_calls_for_service"),
])
def test_a_bodys_word_narrows_no_name(text, expected, pack):
    metrics = {r.get("metric") for r in _by_figure(text, pack, published=date(2024, 3, 1)).values()}
    assert metrics == {expected}


@pytest.mark.parametrize("text, expected", [
    # words news copy says for a name's word: offences for crimes, sex for sexual, break-ins for
    # burglaries, a house's for residential
    ("There were 70 property offences this quarter, compared to 123 a year before.\n", "property_crimes"),
    ("Sex offences went from 12 in 2015 to 7 in 2016.\n", "sexual_offences"),
    ("There were 818 household break-ins in the 12 months to September 2018.\n", "residential_burglaries"),
    ("In 2019, the jail had an average inmate population of 117.\n", "jail_average_daily_population"),
    # the one word alone keeps its own metric
    ("There were 300 offences in 2019.\n", "reported_crimes"),
    ("Police recorded 40 break-ins in 2019.\n", "burglaries"),
])
def test_a_names_word_said_another_way(text, expected, pack):
    assert {r.get("metric") for r in _by_figure(text, pack, published=date(2024, 3, 1)).values()} == {expected}


@pytest.mark.parametrize("text, expected", [
    # people who "have died" or "died in car accidents" are traffic deaths
    ("So far in 2019, a total of 10 people have died in fatal crashes in the county.\n", "traffic_deaths"),
    ("So far in 2019, 914 people died in car accidents, according to the patrol.\n", "traffic_deaths"),
])
def test_people_who_died_in_crashes(text, expected, pack):
    assert {r.get("metric") for r in _by_figure(text, pack, published=date(2019, 11, 1)).values()} == {expected}


@pytest.mark.parametrize("text, road", [
    # accidents of no car, crashes of planes (said before, or carried over) are no traffic deaths
    ("Three people died in accidents at work in 2019.\n", ()),
    ("So far this year, 41 people have died in crashes in Lee County, the Sheriff's Office said. Another 6 people "
     "have died in plane crashes at the county airport since 2010.\n", ("41",)),
    ("Since 2015, 19 people have died in helicopter crashes in Alaska, and 40 people have died in Cessna crashes.\n", ()),
])
def test_deaths_in_crashes_of_no_road_vehicle(text, road, pack):
    found = _by_figure(text, pack, published=date(2019, 11, 1))
    assert [f for f, r in found.items() if r.get("metric") == "traffic_deaths" and f != "2015"] == list(road)


@pytest.mark.parametrize("text, figure, expected", [
    # a kind of offence said by its first word alone, as the subject of a figure or a movement
    ("Fraud increased from 27 to 40 in 2019.\n", "40", "fraud_offences"),
    ("Fraud increased from 27 to 40 in 2019.\n", "27", "fraud_offences"),
    ("The increases in recorded crime are in the property damage category (15.3%) and dishonesty (7.8%).\n",
     "7.8%", "dishonesty_offences"),
    # a word another metric's name begins with keeps that metric; "fraud" not the subject names nothing
    ("Theft increased from 27 to 40 in 2019.\n", "40", "thefts"),
    ("The fraud squad made 12 arrests in 2019, up from 9.\n", "12", None),
    # brackets holding more than a figure or a movement name no offence
    ("Officers recovered a knife (6 inches long) and $400 in cash, police said.\n", "6", None),
    ("Officers recovered a knife (6 inches long) and $400 in cash, police said.\n", "$400", None),
    ("The status (3 of 5 positions filled) of the unit was reviewed in 2019.\n", "3", None),
])
def test_a_kind_of_offence_said_alone(text, figure, expected, pack):
    assert _by_figure(text, pack, published=date(2020, 3, 1))[figure].get("metric") == expected


@pytest.mark.parametrize("text, figure, expected", [
    # a percentage of registered voters, its part named by no kind: the pack's percentage defined as
    # the share of them who voted (voter turnout)
    ("That's about 88 percent of the county's 20,044 registered voters.\n", "about 88 percent", "voter_turnout"),
    ("About 5 percent of registered voters participated in the September 2011 election.\n", "About 5 percent",
     "voter_turnout"),
    # a kind of the part said keeps the share of the count
    ("About 40 percent of registered voters were women in 2011.\n", "About 40 percent", "registered_voters"),
    ("About 30 percent of fatal crashes in 2019 involved speeding.\n", "About 30 percent", "fatal_crashes"),
    # ... as does any deed but a vote, or a kind of the part said after a place or before the figure
    ("Paramedics treated 1,204 overdose patients in 2018. About 90 percent of overdose patients in 2018 survived, "
     "the fire chief said.\n", "About 90 percent", "overdose_patients"),
    ("About 60 percent of registered voters backed the levy on Tuesday, according to unofficial results from the Rock "
     "County clerk.\n", "About 60 percent", "registered_voters"),
    ("About 40 percent of registered voters in Rock County are women, the clerk said.\n", "About 40 percent",
     "registered_voters"),
    ("Democrats account for 45 percent of registered voters in the county, up from 41 percent in 2012.\n", "45 percent",
     "registered_voters"),
    # nothing after the whole but its place: turnout
    ("That's 61 percent of registered voters in Rock County.\n", "61 percent", "voter_turnout"),
])
def test_a_percentage_of_a_count_the_pack_defines(text, figure, expected, pack):
    assert _by_figure(text, pack, published=date(2017, 3, 1))[figure].get("metric") == expected


@pytest.mark.parametrize("text, figure, expected", [
    # a name of two words said the other way round with "of" (and "crimes" for "offences")
    ("The average population of the jail rose from 112 in 2018 to 120 in 2019.\n", "120",
     "jail_average_daily_population"),
    ("Crimes of dishonesty fell 4% to 3,210 in 2019.\n", "3,210", "dishonesty_offences"),
    # the one word alone keeps its own metric
    ("The population of the town grew to 12,400 in 2019.\n", "12,400", "population"),
    ("Reported crimes fell 4% to 3,210 in 2019.\n", "3,210", "reported_crimes"),
    # the word names people, not whose the noun is ("arrests of police officers")
    ("Arrests of police officers rose to 12 in 2019.\n", "12", None),
    ("Shootings of police officers fell to 3 in 2019.\n", "3", "shootings"),
])
def test_a_name_said_the_other_way_round(text, figure, expected, pack):
    assert _by_figure(text, pack, published=date(2020, 3, 1))[figure].get("metric") == expected


@pytest.mark.parametrize("text, figure, expected", [
    # the noun of a name "arrests by a police department" said alone as the subject of a movement
    ("Arrests increased 4 percent in 2019, going from 216 to 226, police said.\n", "226", "police_arrests"),
    ("In 2019, arrests rose to 1,200, the police chief said.\n", "1,200", "police_arrests"),
    # a word before it makes another name or is left alone
    ("DUI arrests fell to 40 in 2019.\n", "40", "dui_arrests"),
    ("Drug arrests rose to 1,200 in 2019.\n", "1,200", "drug_arrests"),
    # ... and so does the kind named just before it, in the paragraph before
    ("Police made 210 DUI arrests in 2019.\n\nArrests increased 4 percent, Chief Ann Cole said.\n", "4 percent",
     "dui_arrests"),
    # a story that names no police: not a police department's arrests
    ("Arrests rose to 85 in 2019, the protest's organizers said.\n", "85", None),
])
def test_the_noun_of_a_name_by_a_body_said_alone(text, figure, expected, pack):
    assert _by_figure(text, pack, published=date(2020, 3, 1))[figure].get("metric") == expected


@pytest.mark.parametrize("text, figure, expected", [
    # arrests said by their verb and the people arrested
    ("Police said deputies arrested 611 people in 2019, compared to 773 in 2018.\n", "611", "police_arrests"),
    ("Police said arrests fell from the year 2017, when 1,052 people were arrested.\n", "1,052", "police_arrests"),
    ("In December, local police arrested 157 people.\n", "157", "police_arrests"),
    # ... not where the people's offence follows: a kind of arrests
    ("Police arrested 125 people on suspicion of driving drunk in 2019.\n", "125", "not police_arrests"),
    ("Police said 29 people were arrested for shoplifting in 2019.\n", "29", "not police_arrests"),
    # ... past a time, and a charge, a suspicion, an event, an operation
    ("Police arrested 45 people in December for driving under the influence.\n", "45", "not police_arrests"),
    ("Police arrested 230 people on drug charges in 2019.\n", "230", "not police_arrests"),
    ("In 2019, 88 people were arrested and charged with drunken driving, police said.\n", "88", "not police_arrests"),
    ("Police said 19 people were arrested during the protests downtown in 2019.\n", "19", "not police_arrests"),
    ("Police arrested 50 men in the prostitution sting in 2019.\n", "50", "not police_arrests"),
    # the arrests are the figure's the words hold, not another's of the sentence; the figure compared with is
    ("Police arrested 9 people and seized 4 pounds of meth in 2019.\n", "4", "not police_arrests"),
    ("Officers stopped 9,000 drivers in 2019 and arrested 300 people, the department said.\n", "9,000", "not police_arrests"),
    ("Police said officers arrested 45 people in 2019, up from 30 in 2018.\n", "30", "police_arrests"),
])
def test_arrests_said_by_their_verb(text, figure, expected, pack):
    metric = _by_figure(text, pack, published=date(2020, 3, 1))[figure].get("metric")
    assert metric != "police_arrests" if expected == "not police_arrests" else metric == expected


@pytest.mark.parametrize("text", [
    "The inmate population of the state prison rose to 1,480 in 2019.\n",
    "The prison's inmate population rose to 1,480 in 2019.\n",
])
def test_a_prisons_inmates_are_no_jails(text, pack):
    # "inmate" stands for "jail" only where no prison is named beside it
    assert _by_figure(text, pack, published=date(2020, 3, 1))["1,480"].get("metric") != "jail_average_daily_population"
