"""A metric's name heads the noun it counts, not a verb's form ("drug overdoses were reported") nor
the noun after "per" ("daily cost per inmate housed out of county"); and an article whose headline or
lede speaks of the state, with no dateline, is about the state, not the county its body names most."""

from __future__ import annotations

from datetime import date

import auditor

from draft_helpers import pack  # noqa: F401  (a fixture)


def _drafted(text, pack, figure, published):
    d = auditor.draft(text, published=published, pack=pack)
    return [(x.record.get("metric"), x.record.get("place")) for x in d.drafted
            if text[x.anchor[0]:x.anchor[1]].endswith(figure)]


def test_a_verb_ending_a_name_heads_nothing(pack):
    """ "when 356 were reported" in a story on traffic deaths: not the "drug overdoses were reported"
    that "reported" ends (was drug_overdoses_reported)."""
    text = ("Statewide traffic deaths could be fewest in decades\nState officials expect last year's traffic deaths "
            "to be the fewest since 1950.\nThe final tally is expected to be about 420. That would be the lowest "
            "total since 1950, when 356 were reported.\n")
    assert [m for m, _ in _drafted(text, pack, "356", date(2010, 1, 6))] == ["traffic_deaths"]


def test_the_noun_after_per_heads_nothing(pack):
    """ "the number of fatal crashes per county" in the lede makes no later "Portage County is up six" the
    "daily cost per inmate housed out of county" (its noun is "cost")."""
    text = ("CANTON, Ohio (WKBN) – The Ohio State Highway Patrol website updates daily with the number of fatal "
            "crashes per county.\n\nLooking at Stark and Portage counties, we’ve seen an increase from this time "
            "last year.\n\nLt. Sam Holt said crashes are up all over the state. Stark County is up three crashes "
            "compared to this time last year and Portage County is up six.\n")
    assert _drafted(text, pack, "six", date(2021, 8, 20)) == [("fatal_crashes", "portage-county-oh")]


def test_a_statewide_headline_makes_the_article_the_states(pack):
    """No dateline, "Statewide" in the headline, the county named in the body only: the state's figures
    (was Mower County, the place named most); a lede naming the county keeps it."""
    state = ("Statewide traffic deaths could be fewest since 1944\n\nState authorities anticipate 2009's traffic "
             "deaths to be the fewest since 1944, officials said on Tuesday.\n\nA preliminary count of 403 is an "
             "eight percent drop from 455 in 2008, according to the Department of Public Safety.\n\nTwo deaths and "
             "471 crashes have been reported so far in Mower County.\n\nMower County has been involved with the "
             "program since 2005, and Mower County deputies are busy.\n")
    assert [p for _, p in _drafted(state, pack, "403", date(2010, 1, 6))] == ["minnesota"]
    county = ("Mower County traffic deaths fall as the statewide toll rises\n\nMower County recorded fewer traffic "
              "deaths last year than the year before, the sheriff said on Tuesday.\n\nA preliminary count of 12 is "
              "down from 15 in 2008, and Mower County deputies are busy.\n")
    assert [p for _, p in _drafted(county, pack, "12", date(2010, 1, 6))] == ["mower-county-mn"]


def test_per_and_a_place_a_name_ends_on_narrow_nothing(pack):
    """ "a 6.1 per cent increase" narrows "deaths" to no rate "per 100,000" (was traffic deaths for the
    drivers' line), and "out of 563" makes no "Ferry County" the "inmates housed out of county" (a name
    that ends on a place after "of" or "in" heads no "county")."""
    text = ("National road toll rises\nThe national road toll has continued to increase, figures released on "
            "Monday show.\nROAD USERS\n* Drivers: 412 deaths in 12 months to March 31, a 6.1 per cent increase "
            "from 388\n* Pedestrians: 120 deaths in 12 months to March 31, a 4.3 per cent increase from 115\n")
    assert [m for m, _ in _drafted(text, pack, "412", date(2024, 4, 23))] == ["driver_deaths"]
    votes = ("Turnout low in primary\nOLYMPIA, Wash. — Turnout in Tuesday's primary was low across the state, "
             "election officials said on Wednesday.\nThird-highest was Ferry County with about 43% percent with "
             "240 votes returned out of 563 registered voters.\n")
    assert "inmates_housed_out_of_county" not in [m for m, _ in _drafted(votes, pack, "240", date(2019, 8, 8))]
