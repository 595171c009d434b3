"""Round 47 (dr47a): metric readings. A plain word for a family ("killings", "slayings") with no metric of
the family just before takes the family's metric the headline names; a figure of people killed counts the
deaths of the things its metric counts; a word for a thing right before a name of deaths names that
thing's deaths; percentages in a sentence of "percent decreases in ..." stay with the count named."""

from __future__ import annotations

from datetime import date

from auditor.draft import draft
from auditor.models import DateRange
from auditor.pack import load_pack

PACK = load_pack("benchmarks/corpora/articles/pack")
_DAY = DateRange(earliest=date(2021, 6, 1), latest=date(2021, 6, 1))


def metrics_of(text: str, title: str | None = None) -> list[tuple]:
    return [(text[x.anchor[0]:x.anchor[1]], x.record.get("metric"))
            for x in draft(text, published=_DAY, pack=PACK, title=title).drafted]


# --- a family word under a headline naming the family's metric

def test_a_family_word_in_the_lede_takes_the_family_metric_the_headline_names():
    got = metrics_of("Slayings fell by 14 percent in Springfield last year, police said.\n",
                     title="Homicides down across the region")
    assert ("14 percent", "homicides") in got, got


def test_a_family_word_later_takes_the_headlines_family_metric_after_another_metric():
    got = metrics_of("Shootings fell to 998 last year, police said.\n\nThe city recorded 335 killings last year, "
                     "down from 352 the year before.\n", title="City homicide numbers lowest in decades")
    assert ("335", "homicides") in got, got


def test_a_family_word_keeps_its_own_metric_when_the_headline_names_no_family_metric():
    got = metrics_of("The city recorded 335 killings last year, down from 352.\n", title="A quieter year downtown")
    assert ("335", "killings_incl_police") in got, got


def test_a_family_word_keeps_its_own_metric_when_the_clause_says_its_own_narrowing_words():
    got = metrics_of("Seven people were killed over the weekend, including a man shot by a police officer.\n",
                     title="Homicides rise in Cleveland")
    assert ("Seven", "killings_incl_police") in got, got


def test_people_killed_under_a_headline_on_fatal_crashes_are_traffic_deaths():
    got = metrics_of("There have been 10 fatal crashes in the county so far this year, down from 2012, "
                     "when there were 33 people killed in the county.\n",
                     title="Fatal crashes in the county at record-low numbers")
    assert ("33", "traffic_deaths") in got, got


# --- a figure said to be people killed

def test_a_figure_of_people_killed_beside_fatal_crashes_counts_traffic_deaths():
    got = metrics_of("Fatal crashes by year:\n\n2014: 12 crashes (13 killed)\n",
                     title="Fatal crashes in the county at record-low numbers")
    assert ("12", "fatal_crashes") in got and ("13", "traffic_deaths") in got, got


def test_a_figure_of_people_killed_in_homicides_stays_homicides():
    got = metrics_of("Police reported 61 homicides last year; 40 were killed by gunfire.\n")
    assert ("40", "traffic_deaths") not in got, got


# --- a thing's word before a name of deaths

def test_a_drug_before_overdose_deaths_names_its_own_deaths():
    got = metrics_of("Fentanyl overdose deaths increased 16 percent from 2019, the coroner said.\n")
    assert ("16 percent", "fentanyl_deaths") in got, got


def test_a_word_before_drug_fatalities_names_the_deaths_said_in_its_words():
    got = metrics_of("The coroner said illicit drug fatalities were down 32 per cent from January through March.\n")
    assert ("32 per cent", "illicit_drug_deaths") in got, got


def test_a_participle_before_overdose_deaths_narrows_nothing():
    got = metrics_of("Deaths dropped from 34 confirmed drug overdose deaths in 2015 to 24 in 2016.\n")
    assert ("34", "overdose_deaths") in got, got


def test_a_place_before_overdose_deaths_narrows_nothing():
    got = metrics_of("Ohio overdose deaths fell by 22 percent in 2018.\n")
    assert ("22 percent", "overdose_deaths") in got, got


# --- percentages of a sentence of percent changes

def test_percent_decreases_of_a_count_stay_with_the_count():
    got = metrics_of("Overdose deaths fell 5 percent nationwide in 2018. The states with the largest percent "
                     "decreases in drug overdose deaths were Alaska (−26.1%), South Dakota (−25.0%) and Ohio "
                     "(−22.4%).\n")
    assert ("−25.0%", "overdose_deaths") in got, got


# --- a name inside an organisation's name

def test_a_name_ending_a_schools_proper_name_is_no_metric():
    got = metrics_of("School enrolment rose across the district this fall. The principal said the numbers are "
                     "347 at Dr. Bernard Brosseau Middle School, up from 330.\n", title="School enrolment up")
    assert ("347", "middle_school_enrolment") not in got, got


def test_a_name_said_in_prose_stays_its_metric():
    got = metrics_of("Enrolment in the district's middle schools rose to 1,347 this fall.\n")
    assert ("1,347", "middle_school_enrolment") in got, got


def test_an_adjective_before_overdose_deaths_narrows_nothing():
    got = metrics_of("The number of accidental overdose deaths nearly doubled in 2016 to 37, the coroner said.\n")
    assert ("37", "overdose_deaths") in got, got


# --- a name narrowed by a body's kind said before the body's noun

def test_a_school_boards_mill_levy_is_the_school_district_mill_levy():
    got = metrics_of("The Springfield School Board approved a budget on Monday that cuts the mill levy by 4 percent.\n",
                     title="School budget on target")
    assert ("4 percent", "school_district_mill_levy") in got, got


def test_a_mill_levy_with_no_school_body_named_stays_the_county_levy():
    got = metrics_of("Commissioners approved a budget on Monday that cuts the mill levy by 4 percent.\n",
                     title="County budget on target")
    assert ("4 percent", "county_mill_levy") in got, got


# --- a clause going on down a ranking

def test_the_next_biggest_in_a_new_paragraph_goes_on_with_the_metric_before():
    got = metrics_of("Shootings fell to 300 across the country in 2020.\n\nTexas saw the largest jump, with an "
                     "increase of 344 traffic deaths over the previous year.\n\n"
                     "The next-biggest increases came in Ohio (106) and Tennessee (77).\n")
    assert ("106", "traffic_deaths") in got, got


def test_a_new_paragraph_naming_nothing_and_pointing_nowhere_takes_no_metric_before():
    got = metrics_of("Shootings fell to 300 across the country in 2020.\n\nTexas saw the largest jump, with an "
                     "increase of 344 traffic deaths over the previous year.\n\n"
                     "Increases came in Ohio (106) and Tennessee (77).\n")
    assert ("106", "traffic_deaths") not in got, got


# --- a change after a share is of the share's subject

def test_a_change_after_a_share_is_of_what_the_share_counts():
    got = metrics_of("Opioid-related deaths accounted for almost 88% of overdose deaths in 2020, a 12% increase "
                     "over 2019, the coroner said.\n")
    assert ("12%", "opioid_deaths") in got, got


def test_a_change_of_the_whole_said_in_its_own_clause_stays_the_wholes():
    got = metrics_of("Opioid-related deaths accounted for almost 88% of overdose deaths in 2020. Overdose deaths "
                     "rose 12% over 2019, the coroner said.\n")
    assert ("12%", "overdose_deaths") in got, got


# --- a number word is no name's first word

def test_a_number_word_and_deaths_are_no_shorthand_of_a_name_opening_with_it():
    got = metrics_of("Two deaths, 471 crashes and 280 DWIs have been reported so far on county roads.\n")
    assert not any(metric == "two_family_home_fire_deaths" for _, metric in got), got


def test_a_word_and_deaths_stay_a_shorthand_of_a_longer_name():
    got = metrics_of("Drug deaths rose to 412 in 2020, the coroner said.\n")
    assert ("412", "overdose_deaths") in got, got


# --- people of a kind after deaths said

def test_people_of_a_kind_listed_after_deaths_count_that_kinds_deaths():
    got = metrics_of("Last year's 380 traffic deaths include 270 motorists, 48 motorcyclists and 33 pedestrians.\n")
    assert ("48", "motorcyclist_deaths") in got and ("33", "pedestrian_deaths") in got, got


def test_people_of_a_kind_said_hurt_after_deaths_count_no_deaths():
    got = metrics_of("Fire deaths fell to 12 last year, and 40 firefighters were injured.\n")
    assert ("40", "firefighter_deaths") not in got, got


def test_things_after_people_killed_count_no_deaths():
    got = metrics_of("By the end of the year 26 people had been killed in 255 shootings.\n")
    assert ("255", "shooting_deaths") not in got, got


# --- review (rev47a): people of a kind said in another statement after deaths; people killed in
# another thing the sentence names than the headline's

def test_people_of_a_kind_in_another_statement_after_deaths_count_no_deaths():
    got = metrics_of("Traffic deaths rose to 30 last year as police ticketed 4,000 drivers for speeding.\n")
    assert ("4,000", "driver_deaths") not in got, got


def test_people_of_a_kind_said_to_be_the_dead_after_deaths_count_that_kinds_deaths():
    got = metrics_of("Of the 52 traffic deaths, 21 were drivers and 14 were pedestrians.\n")
    assert ("21", "driver_deaths") in got and ("14", "pedestrian_deaths") in got, got


def test_people_killed_in_another_thing_the_sentence_names_are_not_the_headlines_deaths():
    got = metrics_of("The county also had 12 fires last year, in which 3 people were killed.\n",
                     title="Fatal crashes in the county at record-low numbers")
    assert ("3", "traffic_deaths") not in got, got


def test_a_word_before_deaths_names_no_deaths_of_another_thing():
    got = metrics_of("Child overdose deaths rose to 12 in 2020, the coroner said.\n")
    assert ("12", "child_fire_deaths") not in got, got


def test_the_last_of_things_listed_before_deaths_names_not_its_own_deaths():
    got = metrics_of("Heroin and fentanyl overdose deaths rose to 300 in 2020, the coroner said.\n")
    assert ("300", "fentanyl_deaths") not in got, got


def test_a_year_between_deaths_and_the_list_keeps_the_kinds_deaths():
    got = metrics_of("Traffic deaths in 2020 included 21 drivers and 14 pedestrians.\n")
    assert ("21", "driver_deaths") in got and ("14", "pedestrian_deaths") in got, got
