"""Draft-29a: a state body or a county post that an article names by "the state" or "county" alone is
written with the name of the claim's state or county, as the hand encodes speakers in their fullest form
(invented ordinary sentences; none about Birmingham, Alabama)."""

from __future__ import annotations

from datetime import date

import pytest

import auditor
from auditor.pack import load_pack

PACK = load_pack("benchmarks/corpora/articles/pack")


def speakers(text: str) -> list[str | None]:
    return [c.record.get("speaker") for c in auditor.draft(text, published=date(2021, 4, 20), pack=PACK).drafted]


@pytest.mark.parametrize("text, speaker", [
    ("Price County's unemployment rate fell to 5.1 percent in March, according to the state’s Department of "
     "Workforce Development.\n", "Wisconsin Department of Workforce Development"),
    ("Franklin County's unemployment rate fell to 5.1 percent in March, according to the state Bureau of Labor "
     "Market Information.\n", "Ohio Bureau of Labor Market Information"),
    # a state whose pack name holds a parenthesis: the name, not "Washington (state)"
    ("Seattle police recorded 9,100 car thefts in 2020, according to the state's Department of Licensing.\n",
     "Washington Department of Licensing"),
])
def test_a_state_body_takes_the_claims_state(text, speaker):
    assert set(speakers(text)) == {speaker}


@pytest.mark.parametrize("text, speaker", [
    ("Franklin County's general fund budget totals $45 million, said Mary Ellis, county budget officer.\n",
     "Mary Ellis, Franklin County budget officer"),
    ("Overdose deaths in Franklin County rose to 52 in 2020, County coroner Jeff Adams said.\n",
     "Jeff Adams, Franklin County coroner"),
    # a coroner named by the post alone: the claim's county's (round 44; was "Jeff Adams, coroner")
    ("Overdose deaths in Franklin County rose to 52 in 2020, coroner Jeff Adams said.\n",
     "Jeff Adams, Franklin County Coroner"),
    # a city's police chief named by the post alone: the claim's city's
    ("Seattle recorded 9,100 car thefts in 2020, police chief Ann Ruiz said.\n", "Ann Ruiz, Seattle Police Chief"),
    ("Franklin County recorded 52 overdose deaths in 2020, Medical Examiner Dr. Tom Gale said.\n",
     "Dr. Tom Gale, Franklin County Medical Examiner"),
    # a county whose pack name joins two: the county as the article writes it
    ("Davidson County recorded 610 overdose deaths in 2020, said Jane Cole, county commissioner.\n",
     "Jane Cole, Davidson County commissioner"),
    ("Franklin County recorded 52 overdose deaths in 2020, said Jane Cole, the county's health commissioner.\n",
     "Jane Cole, Franklin County's health commissioner"),
])
def test_a_county_post_takes_the_claims_county(text, speaker):
    assert set(speakers(text)) == {speaker}


@pytest.mark.parametrize("text, speaker", [
    # a title, a post with no "county", "the state" alone, and a place that is no county: as written
    ("Franklin County's general fund budget totals $45 million, County Clerk Mary Ellis said.\n",
     "Mary Ellis, County Clerk"),
    ("Franklin County's unemployment rate fell to 5.1 percent in March, the state said.\n", "state"),
    # another force's chief, whose qualifier the reading drops: not the claim's city's (review round 44)
    ("Seattle recorded 9,100 car thefts in 2020, state police chief Ann Ruiz said.\n", "Ann Ruiz, police chief"),
    ("Seattle recorded 9,100 car thefts in 2020, transit police chief Ann Ruiz said.\n", "Ann Ruiz, police chief"),
    ("Dayton's general fund budget totals $45 million, said Mary Ellis, county budget officer.\n",
     "Mary Ellis, county budget officer"),
    # a post of another county, and two bodies: as written
    ("Dane County recorded 120 overdose deaths in 2020, said Jane Moore, county commissioner of neighboring Rock "
     "County.\n", "Jane Moore, county commissioner of neighboring Rock County"),
    ("Seattle police recorded 9,100 car thefts in 2020, according to the state's Department of Licensing and the "
     "King County Sheriff's Office.\n", "the state's Department of Licensing and the King County Sheriff's Office"),
])
def test_other_speakers_keep_their_reading(text, speaker):
    assert set(speakers(text)) == {speaker}


def attributions(text: str) -> list[str | None]:
    return [c.record.get("attribution") for c in auditor.draft(text, published=date(2021, 4, 20), pack=PACK).drafted]


@pytest.mark.parametrize("text, attribution", [
    # documents and a summary are documents, as statistics and reports are
    ("The Sheriff's Office has a proposed budget of $12.4 million, according to county documents.\n", "document"),
    ("Franklin County's general fund budget totals $45 million, according to the county's budget summary.\n",
     "document"),
    # a person or a body that says it stays a paraphrase
    ("Franklin County's general fund budget totals $45 million, according to the county auditor.\n", "paraphrase"),
])
def test_documents_and_a_summary_are_documents(text, attribution):
    assert set(attributions(text)) == {attribution}


@pytest.mark.parametrize("text, speaker", [
    # the people who read the documents, and the person whose summary it is, are who speaks
    ("Dane County paid $2 million to settle the lawsuit, according to lawyers who reviewed the documents.\n",
     "lawyers who reviewed the documents"),
    ("Dane County paid $400,000 in 2020, according to Sheriff Kalvin Barrett's summary.\n",
     "Sheriff Kalvin Barrett's summary"),
])
def test_the_people_behind_documents_stay_the_speaker(text, speaker):
    drafted = auditor.draft(text, published=date(2021, 4, 20), pack=PACK).drafted
    assert {(c.record.get("speaker"), c.record.get("attribution")) for c in drafted} == {(speaker, "paraphrase")}


def test_a_quotation_after_a_placed_county_post_keeps_its_place():
    # the speaker drafted before is "Volusia County's ...", this one "county's ...": the same speaker
    text = ("Sea turtles\n\nFlorida beaches saw 12,699 nests this summer.\n\nThe total is 952 nests in Volusia County, "
            "said Jennifer Winters, the county's habitat management plan coordinator.\n\n"
            "\"We are optimistic that we could break 1,000 nests,\" Winters said.\n")
    places = [c.record.get("place") for c in auditor.draft(text, published=date(2019, 8, 26), pack=PACK).drafted]
    assert places == ["florida", "volusia-county-fl", "volusia-county-fl"]


def test_the_countys_post_beside_another_county_is_not_the_claims_countys():
    text = ("Jail crowding in Franklin County\n\nFranklin County's jail held 412 inmates in 2023, Sheriff Tom Baker "
            "said.\n\nSome of the inmates are held for Washington County, which paid $1.2 million for the beds in 2023, "
            "said Ann Ruiz, the county's attorney.\n")
    speakers = {c.record.get("speaker") for c in auditor.draft(text, published=date(2024, 3, 5), pack=PACK).drafted}
    assert "Ann Ruiz, county's attorney" in speakers and not any("Franklin County's attorney" in (s or "") for s in speakers)
