"""Round 50 (dr50b): "accidents" said for a metric name's "crashes" ("fatal accidents" are fatal crashes,
not the sheriff's "accidents" worked); "the next worst" points back down a ranking; a figure whose clause names
nothing takes the name said just before it in its paragraph; a percentage of deaths whose clause names a part
is the pack's share of those deaths involving that part."""

from __future__ import annotations

from datetime import date

from auditor.draft import draft, vocabulary
from auditor.models import DateRange
from auditor.pack import load_pack

PACK = load_pack("benchmarks/corpora/articles/pack")
_DAY = DateRange(earliest=date(2023, 3, 1), latest=date(2023, 3, 1))


def metrics_of(text: str) -> list[tuple]:
    return [(text[x.anchor[0]:x.anchor[1]].split()[0], x.record.get("metric"))
            for x in draft(text, published=_DAY, pack=PACK).drafted]


def named(text: str) -> list[str]:
    return [m.id for m in vocabulary.metrics_in(PACK, text, 0, len(text))]


# --- "accidents" for a name's "crashes"

def test_fatal_accidents_are_fatal_crashes():
    got = metrics_of("The county has recorded 14 fatal accidents so far this year, up from 9 in 2021.\n")
    assert ("14", "fatal_crashes") in got, got


def test_car_accidents_are_car_crashes():
    assert "traffic_crashes" in named("Police reported 212 car accidents in the city last year.")


def test_accidents_alone_stay_the_accidents_worked():
    # the sheriff's "accidents" (motor vehicle accidents worked): no crash kind is said
    got = metrics_of("Deputies worked 655 accidents in 2022, the sheriff said.\n")
    assert ("655", "fatal_crashes") not in got and ("655", "injury_crashes") not in got, got


# --- not "crimes" for a name's "offences": a pack may tell them apart

def test_recorded_crime_is_no_recorded_offences():
    assert "recorded_offences" not in named("Total recorded crime rose by five per cent in the year to March.")



# --- "the next worst" points back to the figure before, as "the next highest" does

_RANKED = ("Most of the country's hospitals are missing their waiting-time targets, figures released on Friday show.\n\n"
           "Capital and Coast had only 64.9 per cent of patients visiting its emergency department seen "
           "within six hours.\n\n"
           "The next worse performing boards were Palmerston North (73.1 per cent) and Counties Manukau "
           "(79 per cent).\n")


def test_the_next_worse_takes_the_metric_of_the_paragraph_before():
    got = metrics_of(_RANKED)
    assert ("73.1", "ed_six_hour_share") in got and ("79", "ed_six_hour_share") in got, got


def test_the_next_meeting_points_back_to_nothing():
    got = metrics_of(_RANKED.replace("The next worse performing boards were", "The next meeting heard from"))
    assert ("73.1", "ed_six_hour_share") not in got, got


# --- a list item's figure whose clause names nothing: the name said before it in the item, not the
# list's lead-in

_ITEMS = ("Here is what the detachment's crime statistics show for the rural area:\n\n"
          "1. The number of assaults is worrying, but it is also going down. From a high of 61 in 2013, "
          "we had only 22 in 2016.\n\n"
          "2. Extortion remains rare, with two cases in 2016.\n")


def test_a_list_items_bare_figure_is_the_name_said_before_it_in_the_item():
    got = metrics_of(_ITEMS)
    assert ("only", "assaults") in got, got


def test_a_name_of_another_paragraph_is_not_taken():
    got = metrics_of(_ITEMS.replace("going down. From", "going down.\n\n2. From").replace("2. Extortion", "3. Extortion"))
    assert ("only", "assaults") not in got, got


# --- a percentage of a count of deaths, the part named in the clause: the pack's "share of ... deaths
# involving <part>"

def test_a_kinds_percent_of_all_overdose_deaths_is_that_kinds_share():
    got = metrics_of("Cocaine-related overdose deaths accounted for 31 percent of all overdose deaths in the "
                     "county last year, the coroner said.\n")
    assert ("31", "cocaine_share_of_drug_deaths") in got, got


def test_a_drug_associated_with_a_percent_of_deaths_is_its_share():
    got = metrics_of("In 2014, fentanyl was associated with 21 percent of overdose deaths in the province.\n")
    assert ("21", "fentanyl_share_of_drug_deaths") in got, got


def test_a_percent_of_deaths_naming_no_part_is_no_kinds_share():
    got = metrics_of("Overdose deaths accounted for 31 percent of all deaths of people under 40 in the county.\n")
    assert not any(m and m.endswith("_share_of_drug_deaths") for f, m in got), got



# --- review (rev50b): the name a bare figure takes from a figure-less sentence before it is that sentence's
# topic (its first name), never when the figure counts a noun of its own, its clause says the number of its own
# thing, or two names are said alike; "the next best option" is no ranking

_LEDE = "The county released its yearly report on Tuesday.\n\n"


def test_a_bare_figure_takes_the_topic_of_the_sentence_before():
    got = metrics_of(_LEDE + "Burglaries have been a worry for residents of the east side. Last year there were 412.\n")
    assert ("412", "burglaries") in got, got


def test_a_bare_figure_of_the_following_year_takes_the_name_before():
    got = metrics_of(_LEDE + "More worrying are the figures for burglaries. From 23 in 2012, they fell to 18 the following year.\n")
    assert ("18", "burglaries") in got, got


def test_a_figure_counting_its_own_noun_takes_no_name_before():
    got = metrics_of(_LEDE + "Overdoses have strained the county's ambulance crews. Crews went out 4,100 times last year.\n")
    assert ("4,100", "overdose_deaths") not in got, got
    got = metrics_of(_LEDE + "Burglaries have been a worry for residents of the east side. The department added 12 patrols "
                     "this year.\n")
    assert ("12", "population") not in got and ("12", "burglaries") not in got, got


def test_half_the_year_is_no_count_of_the_name_before():
    got = metrics_of(_LEDE + "More people have died of overdoses in the county this spring than in all of last year. "
                     "The county will likely pass 2016's record with half the year remaining.\n")
    assert ("half", "overdose_deaths") not in got, got


def test_two_names_said_alike_leave_the_figure_unnamed():
    got = metrics_of(_LEDE + "The biggest declines were in robberies and burglaries. They fell from 40 in 2016 to 22 in 2017.\n")
    assert ("40", "burglaries") not in got and ("40", "robberies") not in got, got


def test_a_clause_saying_the_number_of_its_own_thing_takes_no_name_before():
    got = metrics_of(_LEDE + "The steepest declines came in gambling cases and burglaries. The number of reported cases for "
                     "gambling/vice fell from 21 in 2016 to eight in 2017.\n")
    assert ("21", "burglaries") not in got, got


def test_the_next_best_option_points_back_to_no_ranking():
    text = "Burglaries rose to 412 in 2022, police said.\n\nThe next best option, the chief said, would add 12 officers.\n"
    assert ("12", "burglaries") not in metrics_of(text), metrics_of(text)
    ranked = "Westside had the most shootings in the city last year, with 41.\n\nThe next worst neighbourhood was Eastgate, with 29.\n"
    assert ("29", "shootings") in metrics_of(ranked), metrics_of(ranked)
