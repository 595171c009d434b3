"""Round 38 (places): a city's bare name shared with a namesake of another state, read as the namesake
only on strong evidence (round m38c), and a county named only in its commissioners' name (ordinary
invented sentences, none about Birmingham, Alabama)."""

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


def test_a_passing_mention_of_the_namesakes_state_keeps_the_home_town():
    """Round m38c: "a Minnesota study", "a conference in New Hampshire" are no evidence that the bare
    "Austin" or "Rochester" is the namesake of that state; the pack's own town stays."""
    text = ("Austin had 62 traffic deaths in 2021, a record. A Minnesota study cited by the city found that "
            "30 percent of crashes involved speeding.\n\nThe Austin City Council approved $4 million for safety upgrades.\n")
    assert ("Austin had 62 traffic deaths in 2021", "austin-tx") in places(text, date(2022, 5, 10))
    text = ("Rochester recorded 81 homicides in 2021, a record for the city. The mayor, who spoke Tuesday at a "
            "conference in New Hampshire, said 40 percent involved guns.\n")
    assert ("Rochester recorded 81 homicides in 2021", "rochester-ny") in places(text, date(2022, 5, 10))


def test_the_publishers_state_however_written_keeps_its_town():
    """ "(Austin, Tex.)", "(Wilmington, Del.)": the paper's state, as its line writes it, settles the bare name."""
    text = ("Austin police reported 88 homicides in 2021, the most in the city's history.\n\n"
            "The chief spoke at a Minnesota conference on policing last week.\n")
    assert ("Austin police reported 88 homicides in 2021", "austin-tx") in \
        places(text, date(2022, 5, 10), publisher="Austin American-Statesman (Austin, Tex.)")
    text = ("Wilmington firefighters responded to 1,204 fires in 2021.\n\n"
            "Crews were sent to North Carolina after the hurricane.\n")
    assert ("Wilmington firefighters responded to 1,204 fires in 2021", "wilmington-de") in \
        places(text, date(2022, 5, 10), publisher="The News Journal (Wilmington, Del.)")


def test_a_namesake_does_not_make_the_articles_place():
    """The Austin Daily Herald's statewide story: its "Austin" is Minnesota's, but a figure naming no
    place is the state's, which the story names, not the town's (fresh13's loss at round 38)."""
    text = ("Minnesota recorded 488 traffic deaths in 2021, the most since 2007, the Department of Public Safety said.\n\n"
            "In Austin, police cited 40 drivers in a seat belt campaign. Austin officers will patrol again in June.\n\n"
            "Speed was a factor in 162 of the deaths.\n")
    got = places(text, date(2022, 5, 10), publisher="Austin Daily Herald (Austin, Minn.)")
    assert ("In Austin, police cited 40 drivers in a seat belt campaign", "austin-mn") in got
    assert ("Speed was a factor in 162 of the deaths", "minnesota") in got


def test_a_state_agency_named_before_gives_no_state_scope():
    """ "The sheriff filed a report with the state health department. It found 14 violations at the
    jail.": the county's figure (round 38's state-agency rule, removed in m38c, made it the state's)."""
    text = ("Green County recorded a rise in overdoses this year, Green County officials said.\n\n"
            "The sheriff filed a report with the state health department. It found 14 violations at the jail.\n")
    assert ("14 violations at the jail", "green-county-wi") in \
        places(text, date(2022, 5, 10), publisher="The Monroe Times (Monroe, Wis.)")
