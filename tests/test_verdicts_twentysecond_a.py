"""Twenty-second verdicts round (a): look-alikes reported as tensions. A coroner's drug deaths
counted as the drug's doing ("died of a fentanyl overdose", "attributed one death to the drug")
and as the drug found in the body ("tested positive for", "in their system") are two counts under
one name (`counted_ways` of rules TN001, TN002 and NC001), in the forms seen in the New Orleans
corpus, with invented figures and an invented city."""

import pytest

from auditor.pack import load_pack
from tests.verdict_cases import audit, claim, source, tensions, with_metrics

DRUGS = {
    "fentanyl_deaths": {"label": "fentanyl deaths", "definition": "deaths the coroner ties to fentanyl"},
    "overdose_deaths": {"label": "overdose deaths", "definition": "accidental drug deaths"},
    "drug_arrests": {"label": "drug arrests", "definition": "arrests on drug charges"},
}


@pytest.fixture(scope="module")
def pack():
    return with_metrics(DRUGS)


def counted(report):
    """The claims of each pair shown as two counts under one name (NC001's counted ways)."""
    return [set(f.claims) for f in report.findings if f.rule == "NC001" and "ways" in f.evidence]


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


# --------------------------------------------------------------------------------------------
# "Nearly 3%": a one-digit percentage may be a decimal rounded up before the hedge
# (rules/qualifiers.yaml `rounded_up_below`)

def _nearly(now, before, change):
    change = {"phrase": change} if isinstance(change, str) else change
    claims = [claim("now", "release", "homicides", "2022", now), claim("before", "release", "homicides", "2021", before),
              {**claim("change", "release", "homicides", "2022", None, quote="The change."),
               "change": {**change, "base": "2021"}}]
    del claims[2]["value"]
    return tensions(audit(load_pack(), [source("release", "2022-06-01")], claims))


def test_nearly_3_percent_holds_a_fall_of_2_6_percent():
    assert _nearly("187", "192", "down nearly 3%") == []   # -2.6%


def test_nearly_3_percent_is_no_fall_of_2_percent():
    assert _nearly("147", "150", "down nearly 3%") != []   # -2.0%


def test_nearly_double_keeps_its_factor():
    # a ratio is no decimal rounded up: "nearly double" of 150 to 270 (1.8x) holds, 150 to 255 (1.7x) does not
    double = {"direction": "up", "by": "nearly 2", "measure": "ratio"}
    assert _nearly("270", "150", double) == []
    assert _nearly("255", "150", double) != []


# --------------------------------------------------------------------------------------------
# Officers on the street against sworn officers with recruits in training: two counts, also as two
# changes alone (counted_ways of TN004)

OFFICERS = {"police_officers": {"label": "sworn police officers", "definition": "sworn officers, at a date",
                                "stock": True, "additive_over_time": False}}


@pytest.fixture(scope="module")
def officers_pack():
    return with_metrics(OFFICERS)


def _gains(first, second):
    claims = []
    for cid, sid, (phrase, quote) in (("a", "tv", first), ("b", "radio", second)):
        c = {**claim(cid, sid, "police_officers", "2024-12-31", None, quote=quote),
             "change": {"phrase": phrase, "base": "2023-12-31"}}
        del c["value"]
        claims.append(c)
    return [source("tv", "2025-01-10"), source("radio", "2025-01-11")], claims


def test_more_officers_on_the_streets_and_a_net_gain_in_sworn_positions_are_two_counts(officers_pack):
    r = audit(officers_pack, *_gains(("31 more", "The hiring means 31 additional police officers out on the streets."),
                                     ("34 more", "The net gain was 34 for sworn positions and still in their training.")))
    assert tensions(r) == []


def test_two_net_gains_in_sworn_officers_that_disagree_stay_a_tension(officers_pack):
    r = audit(officers_pack, *_gains(("31 more", "The department gained 31 sworn officers last year."),
                                     ("34 more", "The net gain was 34 for sworn positions.")))
    assert tensions(r) == [{"a", "b"}]
