"""A name ending on a participle of record-keeping ("crashes investigated", "tickets issued") said
by its noun alone, and "<people> deaths" said with the people and their death ("41 pedestrians
died", "Deaths among drivers")."""

from __future__ import annotations

from datetime import date

import pytest

import auditor

from draft_helpers import pack  # noqa: F401  (a fixture)


def _metric_of(text: str, figure: str, pack) -> str | None:
    d = auditor.draft(text, published=date(2020, 3, 1), pack=pack)
    # (the figure's anchor may hold its words: "A total of 1,912")
    return next(x.record for x in d.drafted if text[x.anchor[0]:x.anchor[1]].endswith(figure)).get("metric")


@pytest.mark.parametrize("text, figure, expected", [
    # the plural noun before a participle of record-keeping is what such a name counts
    ("Traffic crashes rose but DUI arrests fell in 2019, the highway patrol said.\n\n"
     "A total of 1,912 crashes were investigated by the patrol in 2019.\n", "1,912", "traffic_crashes_investigated"),
    ("Traffic crashes rose but DUI arrests fell in 2019, the highway patrol said.\n\n"
     "Total tickets fell to 20,118 in 2019.\n", "20,118", "traffic_tickets"),
    # the people a "<people> deaths" name counts, said with their death right after the figure
    ("In 2019, 41 city pedestrians died after being hit by cars.\n", "41", "pedestrian_deaths"),
    ("In 2019, 12 cyclists were killed, up from 9 in 2018.\n", "12", "cyclist_deaths"),
    ("In 2019, 12 cyclists were killed, up from 9 in 2018.\n", "9", "cyclist_deaths"),
    # ... or said as deaths among them (not the metric of the deaths before)
    ("Cyclist deaths fell to 5 in 2019. Deaths among drivers fell from 40 to 28.\n", "28", "driver_deaths"),
])
def test_a_name_said_by_its_noun_or_its_people(text, figure, expected, pack):
    assert _metric_of(text, figure, pack) == expected


@pytest.mark.parametrize("text, figure, unexpected", [
    # people a death befell are no count of the people alone; an active "killed" counts its subject
    ("Officers stopped 74 drivers at the checkpoint in 2019.\n", "74", "driver_deaths"),
    ("In 2019, 12 fires killed 3 people in the county.\n", "12", "fire_deaths"),
])
def test_the_people_alone_or_the_killers_are_no_deaths(text, figure, unexpected, pack):
    assert _metric_of(text, figure, pack) != unexpected


@pytest.mark.parametrize("text, figure, unexpected", [
    # the people's deaths are their own figure's metric, not the clause's other figures'
    # (under a headline: a text of one line is its own headline, which names the article's metric)
    ("Road safety report\n\nIn 2019, 18 teenage drivers died and 2,100 were cited for speeding.\n", "2,100",
     "driver_deaths"),
    ("Road safety report\n\nIn 2019, 12 cyclists were killed and 40 were seriously injured.\n", "40",
     "cyclist_deaths"),
    # a participle of record-keeping alone narrows no noun to a name with other words
    ("Police report\n\nOfficers attended 14,000 incidents in 2019, the force said.\n", "14,000",
     "domestic_violence_incidents"),
    ("Police report\n\nDetectives investigated 1,200 offenses in 2019, the chief said.\n", "1,200",
     "sex_offenses_investigated"),
    ("Police report\n\nPolice conducted 300 patrols in the downtown area in 2019.\n", "300", "extra_patrols_conducted"),
    # the things said to be of a narrower kind carry no metric over ("fatal crashes")
    ("Traffic report\n\nThe patrol investigated 2,485 crashes in 2019. Of those, 41 were fatal.\n", "41",
     "traffic_crashes_investigated"),
])
def test_no_metric_lent_to_another_figure_or_by_a_participle_alone(text, figure, unexpected, pack):
    assert _metric_of(text, figure, pack) != unexpected
