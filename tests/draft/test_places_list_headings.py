"""Round 39 (places): a list's items take the one place the line leading the list names (ordinary
invented sentences, none about Birmingham, Alabama)."""

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
