"""Round 39 (places): a list's items take the one place the line leading the list names; a foreign province's
name a town of the paper's state shares is the town; a provincial police force's figures are of its jurisdiction
when the pack holds one (ordinary invented sentences, none about Birmingham, Alabama)."""

from __future__ import annotations

from datetime import date

import auditor
from auditor.pack import load_pack

PACK = load_pack("benchmarks/corpora/articles/pack")


def places(text: str, published: date = date(2012, 3, 4), **source) -> dict[str, str | None]:
    return {c.record["quote"]["text"]: c.record.get("place")
            for c in auditor.draft(text, published=published, pack=PACK, **source).drafted}


def test_items_under_a_lead_in_naming_a_place_are_that_places():
    """ "In Lake County, the numbers:" then bullet items naming no place: Lake County's, not the county
    the article names most (Sonoma) nor the claim before's."""
    text = ("Sonoma County deputies made 1,770 arrests last year, and Sonoma County recorded 16 traffic deaths.\n\n"
            "In Lake County, the numbers were these:\n\n"
            "• 13 traffic deaths last year.\n\n"
            "• 294 DUI arrests last year.\n")
    found = places(text)
    assert found["• 13 traffic deaths last year"] == "lake-county-ca"
    assert found["• 294 DUI arrests last year"] == "lake-county-ca"
    # a lead-in naming two places decides nothing
    text = ("Sonoma County deputies made 1,770 arrests last year.\n\n"
            "Lake County and Mendocino County together reported these figures:\n\n"
            "• 21 traffic deaths last year.\n")
    assert places(text)["• 21 traffic deaths last year"] != "lake-county-ca"


def test_a_provinces_name_a_town_of_the_papers_state_shares_is_the_town():
    """ "Ontario" in an Oregon paper is the town of Ontario, Oregon (the pack's "Ontario" is Canada's province),
    in the text and in a speaker's post; in a Canadian paper it stays the province."""
    text = ("Burglaries in Ontario fell 20 percent in 2020, police said.\n\n"
            "Ontario City Police Chief Mark Alder said the city saw fewer thefts.\n\n"
            "\"We had 23 gang cases in 2020,\" Alder said.\n")
    found = places(text, date(2021, 2, 1), publisher="The Valley Weekly (Vale, Ore.)")
    assert found["Burglaries in Ontario fell 20 percent in 2020"] == "ontario-or"
    assert found["We had 23 gang cases in 2020"] == "ontario-or"
    found = places(text, date(2021, 2, 1), publisher="The Hamilton Spectator (Hamilton, Ont.)")
    assert found["Burglaries in Ontario fell 20 percent in 2020"] == "ontario"


def test_a_provincial_police_forces_figures_are_of_its_jurisdiction():
    """The pack holds the Manitoba RCMP's jurisdiction as a place of kind "police jurisdiction" within Manitoba:
    a figure the sentence has the RCMP report is of it; the province's own figure stays Manitoba's."""
    text = ("Manitoba RCMP reported 412 impaired driving charges in 2022.\n\n"
            "Manitoba recorded 90 homicides in 2022, according to Statistics Canada.\n")
    found = places(text, date(2023, 2, 1))
    assert found["Manitoba RCMP reported 412 impaired driving charges in 2022"] == "manitoba-rcmp-districts"
    assert found["Manitoba recorded 90 homicides in 2022"] == "manitoba"
