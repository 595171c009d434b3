"""Overdose deaths counted two ways (died of, tested positive) are two counts; disagreeing counts of
one way stay a tension."""

import pytest

from verdict_cases import audit, claim, counted, source, tensions, with_metrics


DRUGS = {
    "fentanyl_deaths": {"label": "fentanyl deaths", "definition": "deaths the coroner ties to fentanyl"},
    "overdose_deaths": {"label": "overdose deaths", "definition": "accidental drug deaths"},
    "drug_arrests": {"label": "drug arrests", "definition": "arrests on drug charges"},
}


@pytest.fixture(scope="module")
def pack():
    return with_metrics(DRUGS)


def test_died_of_an_overdose_and_tested_positive_are_two_counts(pack):
    r = audit(pack, [source("paper", "2016-01-20"), source("report", "2019-03-01")], [
        claim("cause", "paper", "fentanyl_deaths", "2015", "9", speaker="the coroner", attribution="paraphrase",
              quote="The coroner said 9 people died of a fentanyl overdose in 2015."),
        claim("found", "report", "fentanyl_deaths", "2015", "14", speaker="the coroner's office", attribution="document",
              quote="Of the accidental drug deaths, (14) tested positive for fentanyl in 2015."),
    ])
    assert tensions(r) == []
    assert counted(r) == [{"cause", "found"}]


def test_attributed_to_the_drug_and_in_their_system_are_two_counts(pack):
    r = audit(pack, [source("paper", "2016-01-20"), source("tv", "2016-04-02")], [
        claim("cause", "paper", "fentanyl_deaths", "2014", "3", quote="His office attributed three deaths to the drug in 2014."),
        claim("found", "tv", "fentanyl_deaths", "2014", "5", attribution="direct-quote",
              quote="In 2014, we only had five people who died with fentanyl in their system."),
    ])
    assert tensions(r) == []
    assert counted(r) == [{"cause", "found"}]


def test_two_overdose_counts_that_disagree_stay_a_tension(pack):
    # both name the drug's doing (and a third names no way): checked, as before
    r = audit(pack, [source("paper", "2016-01-20"), source("tv", "2016-04-02")], [
        claim("one", "paper", "fentanyl_deaths", "2015", "9", quote="9 people died of a fentanyl overdose in 2015."),
        claim("two", "tv", "fentanyl_deaths", "2015", "14", quote="14 fentanyl overdoses were recorded in 2015."),
    ])
    assert tensions(r) == [{"one", "two"}]
    assert counted(r) == []


def test_a_figure_naming_no_way_is_checked_against_either(pack):
    r = audit(pack, [source("paper", "2016-01-20"), source("tv", "2016-04-02")], [
        claim("plain", "paper", "overdose_deaths", "2015", "90", quote="There were 90 such deaths in 2015."),
        claim("found", "tv", "overdose_deaths", "2015", "120", quote="120 tested positive for opioids in 2015."),
    ])
    assert tensions(r) == [{"plain", "found"}]


def test_the_drug_death_family_leaves_other_drug_counts_alone(pack):
    # "caused by" and "were present" are ordinary words said of arrests: the family of
    # rules/counted_ways.yaml is for deaths, so two arrest counts that disagree stay a tension
    r = audit(pack, [source("paper", "2016-01-20"), source("tv", "2016-04-02")], [
        claim("one", "paper", "drug_arrests", "2015", "380", quote="Officers were present at 30 schools; 380 drug arrests in 2015."),
        claim("two", "tv", "drug_arrests", "2015", "412", quote="412 drug arrests in 2015, most of them caused by a task force."),
    ])
    assert tensions(r) == [{"one", "two"}]
    assert counted(r) == []


def test_a_states_residents_and_a_forensic_centers_cases_are_two_counts(pack):
    # Knoxville: the Department of Health's 153 Knox County residents against the forensic
    # center's 170 drug-related deaths it handled in the county (residence against occurrence)
    r = audit(pack, [source("paper", "2016-11-15"), source("site", "2017-10-08")], [
        claim("residents", "paper", "overdose_deaths", "2015", "153", speaker="the state", attribution="paraphrase",
              quote="In Knox County, the state confirmed 153 residents died of drug overdoses in 2015."),
        claim("handled", "site", "overdose_deaths", "2015", "170", speaker="the forensic center", attribution="paraphrase",
              quote="The drug-related deaths the center handled jumped from 170 in 2015 to 224 in 2016."),
    ])
    assert tensions(r) == []
    assert counted(r) == [{"residents", "handled"}]


def test_two_counts_of_residents_that_disagree_stay_a_tension(pack):
    r = audit(pack, [source("paper", "2016-11-15"), source("site", "2017-10-08")], [
        claim("one", "paper", "overdose_deaths", "2015", "153", quote="The state confirmed 153 residents died of drug overdoses in 2015."),
        claim("two", "site", "overdose_deaths", "2015", "170", quote="170 county residents died of drug overdoses in 2015."),
    ])
    assert tensions(r) == [{"one", "two"}]


def test_the_states_residents_and_everyone_who_died_in_the_county_are_two_counts(pack):
    # Dayton (the Dayton Daily News, August 2018): the state's 521 accidental overdose deaths of the
    # county's residents in 2017 "while the county previously reported the annual total as 566", the
    # article explaining that "the county's number includes everyone who died in the county"
    r = audit(pack, [source("paper", "2018-08-15"), source("tv", "2024-01-15")], [
        claim("state", "paper", "overdose_deaths", "2017", "521", speaker="the state health department",
              attribution="document", quote="The state reports the county had 521 accidental overdose deaths in 2017.")
        | {"note": "residents of the county only"},
        claim("county", "paper", "overdose_deaths", "2017", "566", speaker="the coroner's office",
              attribution="document", quote="while the county previously reported the annual total as 566.")
        | {"note": "everyone who died in the county"},
        claim("again", "tv", "overdose_deaths", "2017", "566", speaker="the coroner's office", attribution="document",
              quote="Overdose deaths peaked at 566 in 2017."),
    ])
    assert tensions(r) == []
    assert counted(r) == [{"state", "county", "again"}]


def test_a_count_of_deaths_in_the_county_against_another_of_them_stays_a_tension(pack):
    r = audit(pack, [source("paper", "2018-08-15"), source("tv", "2024-01-15")], [
        claim("one", "paper", "overdose_deaths", "2017", "521", quote="The office counted 521 accidental overdose deaths in 2017.")
        | {"note": "everyone who died in the county"},
        claim("two", "tv", "overdose_deaths", "2017", "566", quote="Overdose deaths peaked at 566 in 2017.")
        | {"note": "everyone who died in the county"},
    ])
    assert tensions(r) == [{"one", "two"}]


def test_everyone_who_died_in_the_county_jail_names_no_way_of_counting(pack):
    # the deaths of a place within the county (its jail), not the county's cases: two figures of
    # the county's residents that disagree stay a tension
    r = audit(pack, [source("paper", "2018-08-15"), source("tv", "2018-09-15")], [
        claim("one", "paper", "overdose_deaths", "2017", "12", quote="Twelve county residents died of overdoses in 2017 while in custody."),
        claim("two", "tv", "overdose_deaths", "2017", "14",
              quote="The sheriff said 14 people died of overdoses in 2017; an autopsy is done for everyone who died in the county jail."),
    ])
    assert tensions(r) == [{"one", "two"}]
    assert counted(r) == []


def _two_counters(speaker):
    return [claim("police", "paper", "overdose_deaths", "2017", "140", speaker=speaker, attribution="document",
                  quote="According to the data for 2017, 753 people overdosed. Of those, 140 people died."),
            claim("me", "paper", "overdose_deaths", "2017", "220", speaker="the County Medical Examiner",
                  attribution="document", quote="The county saw 220 overdose deaths in 2017, according to the report.")]


def test_law_enforcements_count_and_the_examiners_are_two_counters(pack):
    """Rochester (the Democrat and Chronicle, July 2018): law enforcement's 140 deaths of 2017
    against the Medical Examiner's 220; the 140's sentence names no counter, its speaker does."""
    r = audit(pack, [source("paper", "2018-07-03")], _two_counters("Crime Analysis Center (law enforcement reports)"))
    assert tensions(r) == []
    assert counted(r) == [{"police", "me"}]


def test_one_counter_credited_twice_stays_a_tension(pack):
    """The same 140 and 220 both credited to examiners are one counter's figures: a tension."""
    r = audit(pack, [source("paper", "2018-07-03")], _two_counters("the County Medical Examiner's office"))
    assert tensions(r) == [{"police", "me"}]


def test_a_counter_the_quote_names_comes_before_the_speaker_who_tells_it(pack):
    """A law-enforcement spokeswoman retelling the Medical Examiner's report ("It counted 250"):
    the examiner's count, against the examiner's own 140 a tension (review rev50w)."""
    r = audit(pack, [source("paper", "2018-07-03")], [
        claim("me", "paper", "overdose_deaths", "2017", "140", speaker="the County Medical Examiner",
              attribution="document", quote="The Medical Examiner counted 140 overdose deaths in 2017."),
        claim("told", "paper", "overdose_deaths", "2017", "250", speaker="Capt. Jane Doe, law enforcement spokeswoman",
              attribution="paraphrase", quote="The Medical Examiner released its report Tuesday. It counted 250 "
                                              "overdose deaths in 2017, she said.")])
    assert tensions(r) == [{"me", "told"}]
