"""The US states' names and their abbreviations as papers write them (AP style and postal): one
table for the sentence splitter ("Topeka, Kan. Police said" is one sentence) and the namesake
reading ("Austin, Minn." is not the pack's Austin, Texas)."""

from __future__ import annotations

from datetime import date

STATE_ABBREVIATIONS = {
    "Alabama": "Ala. AL", "Alaska": "AK", "Arizona": "Ariz. AZ", "Arkansas": "Ark. AR", "California": "Calif. CA",
    "Colorado": "Colo. CO", "Connecticut": "Conn. CT", "Delaware": "Del. DE", "Florida": "Fla. FL",
    "Georgia": "Ga. GA", "Hawaii": "HI", "Idaho": "ID", "Illinois": "Ill. IL", "Indiana": "Ind. IN", "Iowa": "IA",
    "Kansas": "Kan. Kans. KS", "Kentucky": "Ky. KY", "Louisiana": "La. LA", "Maine": "ME", "Maryland": "Md. MD",
    "Massachusetts": "Mass. MA", "Michigan": "Mich. MI", "Minnesota": "Minn. MN", "Mississippi": "Miss. MS",
    "Missouri": "Mo. MO", "Montana": "Mont. MT", "Nebraska": "Neb. Nebr. NE", "Nevada": "Nev. NV",
    "New Hampshire": "N.H. NH", "New Jersey": "N.J. NJ", "New Mexico": "N.M. NM", "New York": "N.Y. NY",
    "North Carolina": "N.C. NC", "North Dakota": "N.D. ND", "Ohio": "OH", "Oklahoma": "Okla. OK",
    "Oregon": "Ore. Oreg. OR", "Pennsylvania": "Pa. PA", "Rhode Island": "R.I. RI", "South Carolina": "S.C. SC",
    "South Dakota": "S.D. SD", "Tennessee": "Tenn. TN", "Texas": "Tex. TX", "Utah": "UT", "Vermont": "Vt. VT",
    "Virginia": "Va. VA", "Washington": "Wash. WA", "West Virginia": "W.Va. W.V. WV", "Wisconsin": "Wis. Wisc. WI",
    "Wyoming": "Wyo. WY"}
STATE_OF = {a: name for name, words in STATE_ABBREVIATIONS.items() for a in [name, *words.split()]}
# the abbreviations written with a period, lower case without their last period, as the splitter
# compares a sentence's last word ("minn", "n.y")
WITH_PERIOD = frozenset(a.lower()[:-1] for words in STATE_ABBREVIATIONS.values() for a in words.split() if a.endswith("."))

# the states whose primary falls on a day fixed by law in a month ("the August primary"): (month, rule),
# "first" the month's first Tuesday, "after" the Tuesday after its first Monday (RCW 29A.04.311,
# K.S.A. 25-203, MCL 168.534, RSMo 115.121)
PRIMARY_DAYS = {"Washington": (8, "first"), "Kansas": (8, "first"), "Michigan": (8, "after"),
                "Missouri": (8, "after")}


def primary_day(state: str, year: int, month: int) -> date | None:
    """The day of a state's primary held in `month` of `year`, when the law fixes one; else None."""
    held = PRIMARY_DAYS.get(state)
    if held is None or held[0] != month:
        return None
    first = 1 if held[1] == "first" else 2      # the first Tuesday on or after the 1st, or after the 1st
    start = date(year, month, first)
    return date(year, month, first + (1 - start.weekday()) % 7)


# the states whose cities and counties start their fiscal year on one day, by law or near-universal
# practice, when the pack declares none for the place: Florida's local governments on October 1 (Fla. Stat.
# 218.33(1)); most of Texas's cities and counties on October 1 (Dallas, Fort Worth, McKinney, Oak Ridge North,
# Taylor County; not all: Houston's year starts on July 1, so a pack's own declaration comes first); July 1 by
# law in North Carolina (G.S. 159-8(b), every county and city), Virginia (Code 15.2-2500, every locality and
# school division, notwithstanding a charter), Massachusetts (M.G.L. c. 44 ss. 56 and 56A for towns and cities,
# c. 35 s. 16 for counties, c. 41 s. 120 for districts), Oregon (ORS 294.095: a county's, city's or school
# district's budget or levy) and Maryland (Local Government Article 16-101: each county, municipality and special
# taxing district); Tennessee's counties by law (T.C.A. 5-12-105), its cities by the Municipal Budget Law of 1982
# and near-universal practice (a charter may set another: Collierville's "unless otherwise provided by ordinance")
LOCAL_FISCAL_STARTS = {"Florida": "10-01", "Texas": "10-01", "North Carolina": "07-01", "Virginia": "07-01",
                       "Massachusetts": "07-01", "Oregon": "07-01", "Maryland": "07-01", "Tennessee": "07-01"}
LOCAL_KINDS = frozenset({"city", "town", "village", "township", "county"})


# the states whose school districts start their fiscal year on one day by state law (a district's budget for
# "the 2017-18 school year", its mill levy): July 1 in most; September 1 in Nebraska and Washington, October 1
# in Alabama; Texas's districts choose July 1 or September 1 and Indiana's run with the calendar year, so
# neither is listed (the pack's own declaration for a district comes first)
_SCHOOL_JULY = ("Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
                "Georgia", "Hawaii", "Idaho", "Illinois", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
                "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nevada",
                "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
                "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee",
                "Utah", "Vermont", "Virginia", "West Virginia", "Wisconsin", "Wyoming")
SCHOOL_FISCAL_STARTS = {**dict.fromkeys(_SCHOOL_JULY, "07-01"), "Nebraska": "09-01", "Washington": "09-01", "Alabama": "10-01"}


def school_fiscal_start(pack, place: str) -> str | None:
    """The MM-DD a US school district's fiscal year starts on by its state's law (`SCHOOL_FISCAL_STARTS`), when
    the place is a school district within such a state; else None."""
    if place not in pack.places or pack.places[place].kind != "school district":
        return None
    return _state_rule(pack, place, SCHOOL_FISCAL_STARTS)


def _state_rule(pack, place: str, table: dict[str, str]) -> str | None:
    """The value `table` gives for the state a place is within (by the state's name or an alias), else None."""
    for pid in pack.ancestors(place):
        where = pack.places[pid]
        if where.kind == "state":
            return next((table[n] for n in (where.name, *where.aliases) if n in table), None)
    return None


def local_fiscal_start(pack, place: str) -> str | None:
    """The MM-DD a city's or county's fiscal year starts on by its state's rule (`LOCAL_FISCAL_STARTS`),
    when the place is a local government within such a state; else None."""
    if place not in pack.places or pack.places[place].kind not in LOCAL_KINDS:
        return None
    return _state_rule(pack, place, LOCAL_FISCAL_STARTS)
