"""Hand claims the drafter drafted nothing for (round 46): a movement said once of a list of names ("Crimes
like rapes, robberies, thefts and auto thefts have decreased", "The figures show increases in sex offences,
assaults and robberies", "crimes showing decreases were murder, rape and shoplifting"); a pair of levels
after a noun, a gloss, a verb that moves it or a list that leaves the verb out; "one" as a count ("there has
been one traffic fatality", "four false calls, including one malicious call", "one injury and one death");
a record said after a figure ("24 fire deaths as the lowest annual total in recorded history"). And what
stays undrafted: clauses of their own, a plan, a range, "one" of a person or a determiner, a rank, and the
figures that are no claim (ages, addresses, times of day, case and phone numbers)."""

from __future__ import annotations

from datetime import date

import pytest

import auditor
from auditor.draft import sentences

from draft_helpers import pack  # noqa: F401  (a fixture)

_DAY = date(2015, 6, 1)


def _drafted(text: str, pack) -> list[tuple[str, str | None, dict]]:
    """(the words drafted from, metric, statement) of every drafted claim, complete or not."""
    d = auditor.draft(text, published=_DAY, pack=pack)
    return [(text[x.anchor[0]:x.anchor[1]], x.record.get("metric"),
             next((x.record[k] for k in ("value", "change", "comparison", "share") if k in x.record), None))
            for x in d.drafted]


def _comparisons(text: str, pack) -> list[tuple[str | None, str]]:
    return [(metric, st["relation"]) for _, metric, st in _drafted(text, pack) if isinstance(st, dict) and "relation" in st]


def _clause_texts(text: str) -> list[str]:
    return [text[c.start:c.end] for s in sentences.sentences(text) for c in sentences.clauses(text, s)]


def test_a_serial_list_before_its_verb_is_one_clause():
    text = "Crimes like rapes, robberies, thefts and auto thefts have decreased sharply, he said."
    assert _clause_texts(text) == ["Crimes like rapes, robberies, thefts and auto thefts have decreased sharply, he said."]


@pytest.mark.parametrize("text", [
    # clauses of their own, each with its verb
    "Murders fell, robberies rose and burglaries were flat.",
    "Arrests, citations, warnings were up and burglaries were down.",
])
def test_clauses_with_their_own_verbs_still_break(text):
    assert len(_clause_texts(text)) == 2


@pytest.mark.parametrize("sentence, expected", [
    ("Crimes like rapes, robberies, thefts and auto thefts have decreased sharply in Clovis this year, police said.",
     [("rapes", "lower"), ("robberies", "lower"), ("thefts", "lower"), ("auto_thefts", "lower")]),
    ("Garda figures for Sligo in 2015 show increases in sex offences, assaults and robberies.",
     [("sexual_offences", "higher"), ("assaults", "higher"), ("robberies", "higher")]),
    ("Other types of reported crimes in Clovis showing decreases were murder, rape and shoplifting, police said in 2015.",
     [("murders", "lower"), ("rapes", "lower"), ("shoplifting_offences", "lower")]),
])
def test_a_movement_said_once_of_a_list_is_each_names(sentence, expected, pack):
    assert _comparisons(sentence, pack) == expected


@pytest.mark.parametrize("sentence", [
    "The sheriff in Clovis asked for increases in patrols and overtime in 2015.",
    "Clovis police hope for decreases in robberies and burglaries in 2016.",
])
def test_a_plural_movement_asked_or_hoped_for_is_no_claim(sentence, pack):
    assert _comparisons(sentence, pack) == []


@pytest.mark.parametrize("sentence, first, second, relation", [
    ("Garda figures for Sligo in 2015 show an increase in burglaries (break-ins) from 314 to 365.", "314", "365", "higher"),
    ("Clovis police counted a jump from 497 to 555 burglaries in 2015.", "497", "555", "higher"),
    ("Police in New Zealand solved more cases in 2015, taking the resolution rate from 44.2% to 44.7%.", "44.2%", "44.7%",
     "higher"),
    ("Garda figures for Sligo show sex offences jumped from 27 to 40 in 2015, assaults causing harm from 39 to 59 and "
     "robberies rose from 8 to 15.", "39", "59", "higher"),
])
def test_a_pair_of_levels_is_two_levels_and_a_direction(sentence, first, second, relation, pack):
    got = _drafted(sentence, pack)
    words = [w for w, _, _ in got]
    assert first in words and second in words, got
    assert any(w == f"{first} to {second}" and st == {"relation": relation, **({"than": st["than"]} if "than" in st else {})}
               for w, _, st in got if isinstance(st, dict) and "relation" in st) or any(
        isinstance(st, dict) and st.get("relation") == relation for w, _, st in got if w in ("a jump", "jumped")), got


@pytest.mark.parametrize("sentence, kept", [
    # a plan, a range of a forecast, a score: one figure
    ("Clovis police expect homicides will be from 20 to 30 in 2016.", "from 20 to 30"),
    ("The Clovis council voted to take the budget from $20 million to $21 million in 2016.", None),
])
def test_a_range_or_a_plan_is_not_split_into_levels(sentence, kept, pack):
    got = _drafted(sentence, pack)
    assert not any(isinstance(st, dict) and st.get("relation") for _, _, st in got), got
    if kept is not None:
        assert kept in [w for w, _, _ in got]


@pytest.mark.parametrize("text, metric", [
    ("Green County sheriff Roderick said there has been one traffic fatality in Green County this year.", "traffic_deaths"),
    ("The Kenney Fire Protection District received four false calls in 2018, including one malicious call and three "
     "other false calls.", "malicious_false_calls"),
    ("The Kenney Fire Protection District's calls in 2018 resulted in one civilian non-fire injury and one civilian "
     "non-fire death.", "civilian_non_fire_injuries"),
])
def test_one_counted_is_a_value_of_one(text, metric, pack):
    assert ("one", metric, "one") in _drafted(text, pack)


@pytest.mark.parametrize("text", [
    "Green County sheriff Roderick said he had one brother in the department in 2015.",
    "One homicide suspect was arrested in Green County this year, the sheriff said.",
    "Officers searched one section of Green County for the suspect in 2015.",
    # figures that are no claim: an age, an address, a time of day, a case number, a phone number
    "A 22-year-old man was shot at 1200 Main St. in Green County at 3:15 a.m. Sunday, the sheriff said.",
    "Green County sheriff's case number 15-1234 is open; call 608-555-0101 with information.",
])
def test_one_of_a_person_or_a_determiner_and_figures_of_no_claim_stay_undrafted(text, pack):
    d = auditor.draft(text, published=_DAY, pack=pack)
    assert [text[x.anchor[0]:x.anchor[1]] for x in d.drafted if x.complete] == []


@pytest.mark.parametrize("text, words, relation", [
    ("The department identified Philadelphia's 24 fire deaths in 2013 as the lowest annual total in recorded history.",
     "the lowest annual total in recorded history", "record-low"),
    ("Annapolis police said the 1,224 Part One crimes reported in the City in 2009 were the lowest recorded since "
     "Uniform Crime Reporting began in 1975.", "the lowest recorded since", "record-low"),
    ("Chicago police said homicides fell 7 percent to 298 in 2014, 22 fewer killings than a year earlier and the lowest "
     "numbers since 1965.", "the lowest numbers since", "record-low"),
])
def test_a_record_said_after_a_figure_is_drafted(text, words, relation, pack):
    assert any(w == words and isinstance(st, dict) and st.get("relation") == relation for w, _, st in _drafted(text, pack))


@pytest.mark.parametrize("text", [
    "Chicago police said 24 homicides were recorded in 2014 and the highest number was in May.",
    "Chicago police said 24 homicides were recorded in 2014, the third highest among big cities.",
])
def test_a_rank_or_a_month_is_no_record(text, pack):
    assert not any(isinstance(st, dict) and str(st.get("relation", "")).startswith("record")
                   for _, _, st in _drafted(text, pack))


@pytest.mark.parametrize("text, metric", [
    ("Lafayette County has not had any traffic fatalities in 2008, the sheriff said.", "traffic_deaths"),
    ("There have not been any homicides in Lafayette County this year, police said.", "homicides"),
])
def test_not_any_of_a_count_is_none(text, metric, pack):
    assert ("any", metric, "0") in _drafted(text, pack)


@pytest.mark.parametrize("text", [
    "Lafayette County police did not find any evidence of homicides in 2008.",
    "Lafayette County police would not release any homicide figures for 2008.",
    "Lafayette County has not seen any increase in homicides in 2008.",
    "The suspect has not had any contact with homicide detectives since 2008.",
])
def test_not_any_of_something_else_is_no_count(text, pack):
    assert not any(w == "any" for w, _, _ in _drafted(text, pack))


@pytest.mark.parametrize("text, relation", [
    ("Pennsylvania State Police reported fewer DUI arrests over the Memorial Day weekend than they did during the same "
     "time last year.", "lower"),
    ("Pennsylvania troopers made more DUI arrests over the holiday weekend than they did in 2021.", "higher"),
])
def test_fewer_or_more_of_a_count_than_they_did_is_a_comparison(text, relation, pack):
    assert ("dui_arrests", relation) in _comparisons(text, pack)


def test_more_than_they_did_elsewhere_is_no_comparison(pack):
    text = "Pennsylvania troopers made more DUI arrests at the festival than they did at any other event in 2021."
    assert _comparisons(text, pack) == []


@pytest.mark.parametrize("text, places", [
    ("Preliminary data shows a reduction in traffic fatalities for the year in Illinois and Wisconsin.",
     ["illinois", "wisconsin"]),
    ("State data show traffic deaths falling in Illinois and Wisconsin in 2015.", ["illinois", "wisconsin"]),
])
def test_a_movement_of_a_count_in_a_list_of_places_is_each_places(text, places, pack):
    d = auditor.draft(text, published=_DAY, pack=pack)
    assert [x.record.get("place") for x in d.drafted if x.record.get("comparison", {}).get("relation") == "lower"] == places


def test_a_movement_away_from_a_list_of_places_is_not_theirs(pack):
    text = "Officers moved from Illinois and Wisconsin after a reduction in traffic fatalities in 2015."
    d = auditor.draft(text, published=_DAY, pack=pack)
    # (one claim, whose place the usual reading gives; not one claim for each place of the list)
    assert len([x for x in d.drafted if "comparison" in x.record]) <= 1


@pytest.mark.parametrize("text, expected", [
    ("Although burglaries in Clovis rose in 2015, robberies fell.", [("burglaries", "higher"), ("robberies", "lower")]),
    ("Though year-to-date figures show an increase in burglaries, the Clovis police chief said overall crime in the "
     "city is down.", [("burglaries", "higher"), ("reported_crimes", "lower")]),
    ("And while the Philadelphia Fire Department responded to an increasing number of emergency calls in 2015, the "
     "number of fire emergencies declined.", [("emergency_calls", "higher"), ("fires", "lower")]),
])
def test_a_concession_and_its_main_clause_are_each_a_movement(text, expected, pack):
    assert _comparisons(text, pack) == expected


@pytest.mark.parametrize("text", [
    "While officers in Clovis were on patrol, burglaries rose in 2015.",
    "Although Clovis hired more officers, burglaries rose in 2015.",
])
def test_a_concession_that_moves_nothing_adds_no_claim(text, pack):
    assert _comparisons(text, pack) == [("burglaries", "higher")]


@pytest.mark.parametrize("text, expected", [
    ("In 2015 the Philadelphia Fire Department responded to an increasing number of emergency calls.",
     [("emergency_calls", "higher")]),
    ("Philadelphia saw a growing number of overdose deaths in 2015.", [("overdose_deaths", "higher")]),
    ("The reduced number of DUI arrests in Washington in 2015 shows the campaign worked.", [("dui_arrests", "lower")]),
])
def test_a_number_said_to_move_by_its_adjective_is_a_comparison(text, expected, pack):
    assert _comparisons(text, pack) == expected


def test_a_number_without_a_movement_is_no_comparison(pack):
    assert _comparisons("The number of overdose deaths in Philadelphia was counted in 2015.", pack) == []
