"""Round 49 (dr49a): a levy's or a budget's name said without its owner ("mills", "mill levy", the
county's aliases) is the name of the owner the figure's sentence, else its paragraph, else the headline
and lede name ("the district using 45.158 mills": a school district's mill levy); a name "<X> deaths" is
also said "<X> overdose deaths" and "<X> overdoses" ("illicit drug overdose deaths", "accidental fentanyl
overdoses"), but not of a name whose words say only that drugs killed or how sure the count is."""

from __future__ import annotations

from datetime import date

from auditor.draft import draft
from auditor.models import DateRange
from auditor.pack import load_pack

PACK = load_pack("benchmarks/corpora/articles/pack")
_DAY = DateRange(earliest=date(2023, 3, 1), latest=date(2023, 3, 1))


def metrics_of(text: str, title: str | None = None) -> list[tuple]:
    return [(text[x.anchor[0]:x.anchor[1]].split()[0], x.record.get("metric"))
            for x in draft(text, published=_DAY, pack=PACK, title=title).drafted]


# --- a levy said without its owner

def test_mills_in_a_sentence_on_the_district_are_the_school_district_levy():
    got = metrics_of("The school board approved its budget on Monday night.\n"
                     "The plan funds the district using 52.4 mills, down from last year.\n")
    assert ("52.4", "school_district_mill_levy") in got, got


def test_mills_in_a_school_boards_story_are_the_school_district_levy():
    got = metrics_of("The Board of Education unanimously approved next year's budget on Monday.\n"
                     "The new budget calls for 48.2 mills, officials said.\n")
    assert ("48.2", "school_district_mill_levy") in got, got


def test_mills_in_a_county_story_stay_the_county_levy():
    got = metrics_of("The county commissioners approved next year's budget on Monday.\n"
                     "The new budget calls for 31.6 mills, officials said.\n")
    assert ("31.6", "county_mill_levy") in got, got


def test_mills_of_both_owners_named_stay_the_levy_found():
    got = metrics_of("The county commissioners and the school district set their budgets on Monday.\n"
                     "The new budget calls for 31.6 mills, officials said.\n")
    assert ("31.6", "county_mill_levy") in got, got


def test_the_county_mill_levy_said_whole_in_a_school_story_stays_the_countys():
    got = metrics_of("The school district approved its budget on Monday.\n"
                     "The county mill levy will stay at 31.6 mills, the district said.\n")
    assert ("31.6", "county_mill_levy") in got, got


# --- "<X> deaths" said of the overdoses

def test_illicit_drug_overdoses_are_illicit_drug_deaths():
    got = metrics_of("Illicit drug overdoses have caused 412 deaths in the province this year, the coroner said.\n")
    assert ("412", "illicit_drug_deaths") in got, got


def test_illicit_drug_overdose_deaths_are_illicit_drug_deaths():
    got = metrics_of("There were 388 illicit drug overdose deaths in the province last year, the coroner said.\n")
    assert ("388", "illicit_drug_deaths") in got, got


def test_deaths_due_to_accidental_fentanyl_overdoses_are_fentanyl_deaths():
    got = metrics_of("In all, 144 deaths due to accidental fentanyl overdoses were recorded in the province "
                     "in the first quarter.\n")
    assert ("144", "fentanyl_deaths") in got, got


def test_accidental_overdose_deaths_are_not_accidental_deaths():
    got = metrics_of("There were 61 accidental overdose deaths in the province in the second quarter.\n")
    assert ("61", "accidental_deaths") not in got, got


def test_drug_overdoses_stay_overdose_deaths():
    got = metrics_of("The medical examiner has already tallied 131 drug overdoses this year.\n")
    assert ("131", "overdose_deaths") in got, got


# --- an average's alias said of one day

def test_the_jail_population_on_a_bare_weekday_is_the_count_on_that_day():
    got = metrics_of("The jail population reached 1,214 Tuesday, the sheriff said.\n")
    assert ("1,214", "jail_population") in got, got


def test_the_jail_population_said_an_average_stays_the_average():
    got = metrics_of("The jail population averaged 1,214 a day Tuesday, the sheriff said.\n")
    assert ("1,214", "jail_population") not in got, got


def test_the_jail_population_over_a_month_stays_the_average():
    got = metrics_of("The jail population reached 1,214 in June, the sheriff said.\n")
    assert ("1,214", "jail_population") not in got, got


# --- people killed under a lede naming one count of deaths

def test_people_killed_under_a_lede_on_traffic_deaths_are_traffic_deaths():
    got = metrics_of("Traffic deaths on state highways rose last year, the patrol said.\n"
                     "The worst year was 2003, when 59 people were killed.\n")
    assert ("59", "traffic_deaths") in got, got


def test_people_killed_in_fires_under_a_lede_on_traffic_deaths_are_not_traffic_deaths():
    got = metrics_of("Traffic deaths on state highways rose last year, the patrol said.\n"
                     "The county also had 12 house fires, in which 3 people were killed.\n")
    assert ("3", "traffic_deaths") not in got, got


# --- a rate's scale after its figure

def test_the_miles_a_rate_is_per_are_not_its_metric():
    got = metrics_of("Traffic deaths rose in New York, with a fatality rate that rose from 0.97 in 2021 to 1.04 "
                     "per 100 million miles traveled.\n")
    assert ("1.04", "patrol_miles") not in got, got


def test_miles_traveled_counted_alone_stay_miles():
    got = metrics_of("Deputies logged 1.2 million miles traveled on patrol last year.\n")
    assert ("1.2", "patrol_miles") in got, got


def test_a_share_in_per_cent_is_no_rate_scale():
    got = metrics_of("Motorcyclists make up 4 per cent of registered vehicles, yet they account for "
                     "26 per cent of the road toll.\n")
    assert ("26", "traffic_death_rate_vmt") not in got, got


# --- a word of how a death came about is no cause before one

def test_died_from_an_accidental_fentanyl_related_overdose_are_fentanyl_deaths():
    got = metrics_of("Another 118 Albertans died from an accidental fentanyl-related overdose in the second quarter.\n")
    assert ("118", "fentanyl_deaths") in got, got


def test_died_from_accidental_causes_stay_accidental_deaths():
    got = metrics_of("In all, 52 people died from accidental causes last year, the coroner said.\n")
    assert ("52", "accidental_deaths") in got, got


def test_fire_related_injuries_stay_no_fires():
    got = metrics_of("Crews responded to 182 fire-related injuries last year.\n")
    assert ("182", "fires") not in got, got


def test_drug_and_alcohol_overdoses_stay_overdose_deaths():
    got = metrics_of("Drug and alcohol overdoses in the county reached a high of 171 in 2019.\n")
    assert ("171", "overdose_deaths") in got, got


def test_a_towns_budget_beside_its_schools_stays_the_towns():
    got = metrics_of("Selectmen last night approved the town's budget.\n"
                     "The fiscal 2024 budget stands at roughly $61.2 million. The increase for the schools was "
                     "offset by cuts the Town Manager made.\n")
    assert ("$61.2", "school_division_budget") not in got, got


# --- "district" alone names no school (review rev49a)

def test_a_fire_districts_levy_is_no_school_districts():
    got = metrics_of("The fire district asked voters to renew a tax levy raising $3 million a year.\n")
    assert ("$3", "school_district_tax_levy") not in got, got


def test_a_park_districts_levy_is_no_school_districts():
    got = metrics_of("The park district is asking voters for a tax levy of $2.5 million.\n")
    assert ("$2.5", "school_district_tax_levy") not in got, got


def test_the_district_in_a_school_boards_story_stays_the_school_districts_levy():
    got = metrics_of("The school board set next year's tax rate on Monday.\n"
                     "The district will collect a tax levy of $54 million, the treasurer said.\n")
    assert ("$54", "school_district_tax_levy") in got, got
