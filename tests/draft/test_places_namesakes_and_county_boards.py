"""Round 38 (places): a city's bare name shared with a namesake of another state, and a county named
only in its commissioners' name (ordinary invented sentences, none about Birmingham, Alabama)."""

from __future__ import annotations

from datetime import date

import auditor
from auditor.pack import load_pack

PACK = load_pack("benchmarks/corpora/articles/pack")


def places(text: str, published: date = date(2021, 3, 4), **source) -> list[tuple[str, str | None]]:
    return [(c.record["quote"]["text"], c.record.get("place"))
            for c in auditor.draft(text, published=published, pack=PACK, **source).drafted]


def test_a_bare_name_is_the_namesake_of_the_state_the_article_names():
    """The pack's "Rochester" is New York's; "Rochester, New Hampshire" is named so only with its
    state. A story filed "ROCHESTER —" by a New Hampshire paper is New Hampshire's city, in its
    dateline and in its later bare mentions; a New York story's "Rochester" stays New York's."""
    text = ("ROCHESTER — Burglaries fell 25 percent in the first half of 2021, police said.\n\n"
            "Police logged 65 burglaries in Rochester from January to June.\n")
    assert {p for _, p in places(text, date(2021, 7, 2), publisher="Foster's Daily Democrat (Dover, N.H.)")} == \
        {"rochester-nh"}
    assert {p for _, p in places(text, date(2021, 7, 2), publisher="Democrat and Chronicle (Rochester, N.Y.)")} == \
        {"rochester-ny"}
    text = "Police in Rochester logged 65 burglaries in 2020, and burglaries across New Hampshire fell 3 percent.\n"
    assert ("Police in Rochester logged 65 burglaries in 2020", "rochester-nh") in places(text, date(2021, 3, 1))


def test_a_county_named_only_in_its_commissioners_court_is_the_story_place():
    """ "allocated $60,000 by Williamson County Commissioners Court": the county's government names the
    county the article is about, not the city of the paper's edition."""
    text = ("Despite being allocated an additional $60,000 by Williamson County Commissioners Court on Tuesday, "
            "the county sheriff's office was unsure it could cover overtime.\n\n"
            "Last week, the sheriff's office asked for $211,000 to cover overtime through September.\n")
    found = places(text, date(2017, 7, 25), publisher="Community Impact Newspaper (Austin edition)")
    assert ("Last week, the sheriff's office asked for $211,000 to cover overtime through September",
            "williamson-county-tx") in found


def test_a_state_agencys_voice_introduced_just_before_gives_the_state():
    """ "Dennis Hughes conducts analyses for the state DOT. He says there have been 248 fatalities in
    2008": the state's figure, not the county the local paper names most."""
    text = ("Traffic deaths fell in Green County this year, and Green County had one death by July.\n\n"
            "Dennis Hughes conducts analyses for the state DOT. He says there have been 248 fatalities in 2008.\n")
    found = places(text, date(2008, 7, 4), publisher="The Monroe Times (Monroe, Wis.)")
    assert ("He says there have been 248 fatalities in 2008", "wisconsin") in found
