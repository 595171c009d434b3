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


def test_a_lead_in_that_compares_cites_or_footnotes_gives_its_items_no_place():
    """Review m39c: a lead-in naming a place only to compare ("compare with California's", "Unlike Sonoma
    County") gives its items none of it; a footnote's "*Figures ..." is no item."""
    text = ("Lake County recorded 16 traffic deaths last year, the sheriff's office said.\n\n"
            "How the county's numbers compare with California's:\n\n"
            "• 294 DUI arrests last year.\n")
    assert places(text)["• 294 DUI arrests last year"] == "lake-county-ca"
    text = ("Lake County recorded 16 traffic deaths last year.\n\n"
            "Unlike Sonoma County, the county did not see an increase in:\n\n"
            "• car thefts, at 95.\n")
    assert places(text)["• car thefts, at 95"] == "lake-county-ca"
    text = ("Franklin County's coroner counted 1,200 overdose deaths in 2022.\n\n"
            "Sources: Ohio Department of Health:\n\n"
            "*Figures for 2022 are preliminary; 45 cases are pending.\n")
    assert places(text, date(2023, 3, 1))["45 cases are pending"] == "franklin-county-oh"


def test_a_force_named_outside_the_figures_clause_or_beside_another_source_moves_nothing():
    """Review m39c: the RCMP in another clause of the sentence ("..., and RCMP investigated 20 of them"), or a
    clause citing another source ("according to the chief medical examiner, as Mounties ..."), leaves the
    province's figure the province's."""
    found = places("Manitoba recorded 52 homicides in 2022, the highest rate among the provinces, "
                   "and RCMP investigated 20 of them.\n", date(2023, 3, 1))
    assert found["Manitoba recorded 52 homicides in 2022"] == "manitoba"
    found = places("Overdose deaths in Manitoba climbed to 417 in 2022, according to the chief medical examiner, "
                   "as Mounties and city police reported more seizures.\n", date(2023, 3, 1))
    assert set(found.values()) == {"manitoba"}


def test_a_province_the_article_writes_as_one_is_not_the_oregon_town():
    """Review m39c: "Ontario, Canada", "the province of Ontario", "British Columbia and Ontario" in an Oregon
    paper are the province; the town chosen over the province carries a review note."""
    oregon = {"publisher": "The Oregonian (Portland, Ore.)"}
    found = places("Oregon recorded 1,100 overdose deaths in 2022. "
                   "In Ontario, Canada, overdose deaths reached 2,500 in 2022.\n", date(2023, 3, 1), **oregon)
    assert found["overdose deaths reached 2,500 in 2022"] == "ontario"
    found = places("The province of Ontario reported 2,500 opioid deaths in 2022, Canadian officials said.\n",
                   date(2023, 3, 1), **oregon)
    assert found["The province of Ontario reported 2,500 opioid deaths in 2022"] == "ontario"
    drafted = auditor.draft("Ontario police reported 23 burglaries in 2022.\n", published=date(2023, 3, 1), pack=PACK,
                            publisher="Malheur Enterprise (Vale, Ore.)").drafted
    assert drafted[0].record["place"] == "ontario-or"
    assert any("a town read for the name" in str(note) for note in drafted[0].notes)
