"""Thirtieth verdicts round (b), Pittsburgh's revisions: a body's name followed by the record its
figure was read from ("Pittsburgh Department of Public Safety data") is that body, and a city's
department of public safety is one of its bodies (RV001 `record_words`, `one_body`); a body's
figure that leaves a figure any outlet gave before, and that the body's later word returns to, is
a lapse (revisions.a_lapse). Invented figures on the bundled pack's Kansas City."""

import pytest

from draft_helpers import desk_pack
from verdict_cases import audit, claim, pack, revisions, source, tensions  # noqa: F401 (the pack fixture)


def _city_then_safety_data(speaker="Kansas City Department of Public Safety data"):
    sources = [source("jan19", "2019-01-14", publisher="City Hall"), source("jan20", "2020-01-30", publisher="Daily Paper")]
    claims = [claim("city-55", "jan19", "homicides", "2018", "55", speaker="City of Kansas City", attribution="document"),
              claim("safety-58", "jan20", "homicides", "2018", "58", speaker=speaker, attribution="paraphrase")]
    return sources, claims


def test_the_public_safety_departments_data_restate_the_citys_count(pack):
    report = audit(pack, *_city_then_safety_data())
    assert revisions(report) == [("city-55", "safety-58")]
    assert tensions(report) == []


def test_another_bodys_data_restate_nothing(pack):
    """The county's data are not the city's word: the two figures stay a tension."""
    report = audit(pack, *_city_then_safety_data("Jackson County data"))
    assert revisions(report) == []
    assert tensions(report) == [{"city-55", "safety-58"}]


def test_a_bodys_figure_between_two_equal_figures_is_a_lapse(pack):
    """A paper's 73, the city's data's 74, the police's data's 73 two years on: the count did not
    move back, the 74 is audited against the 73s."""
    sources = [source("sep20", "2020-09-17", publisher="Daily Paper"), source("dec20", "2020-12-28", publisher="Channel 5"),
               source("feb23", "2023-02-07", publisher="Channel 9")]
    claims = [claim("paper-73", "sep20", "homicides", "2019", "73"),
              claim("city-74", "dec20", "homicides", "2019", "74", speaker="City of Kansas City data", attribution="paraphrase"),
              claim("police-73", "feb23", "homicides", "2019", "73", speaker="Kansas City Police Department data",
                    attribution="paraphrase")]
    report = audit(pack, sources, claims)
    assert revisions(report) == []
    assert tensions(report) == [{"paper-73", "city-74", "police-73"}]


def _clearance(dept_day):
    sources = [source("dept", dept_day, publisher="Channel 2"),
               source("weekly", {"earliest": "2025-01-01", "latest": "2025-04-30"}, publisher="A Weekly"),
               source("jun", "2025-06-11", publisher="A Blog")]
    claims = [claim("dept-68", "dept", "nonfatal_shootings", "2024", "68", speaker="Kansas City Police Department",
                    attribution="paraphrase"),
              claim("chief-70", "weekly", "nonfatal_shootings", "2024", "70",
                    speaker="Jane Doe, Kansas City Police Commissioner", attribution="paraphrase"),
              claim("city-68", "jun", "nonfatal_shootings", "2024", "68", speaker="City of Kansas City officials",
                    attribution="paraphrase")]
    return sources, claims


def test_a_rival_of_its_day_is_not_restated(pack):
    """The department's 68 may be of the same days as the commissioner's 70: the city's later 68
    takes a side, it does not restate the 70."""
    report = audit(pack, *_clearance({"earliest": "2025-01-01", "latest": "2025-01-31"}))
    assert revisions(report) == []
    assert tensions(report) == [{"dept-68", "chief-70", "city-68"}]


def test_a_figure_surely_after_the_bodys_other_is_restated(pack):
    """The department's 68 surely out before the 70 (December): the 70 was the count of its day
    (the body's later word), and the city's 68 restates it."""
    report = audit(pack, *_clearance("2024-12-20"))
    assert ("chief-70", "city-68") in revisions(report)


@pytest.mark.parametrize("given, end, so_far, year", [("2022-06-15", "2022-06-14", "58", "54"),
                                                     ("2022-12-01", "2022-11-30", "70", "64")],
                         ids=["mid-june", "late-november"])
def test_a_count_so_far_above_the_years_count_by_more_than_its_pace_is_no_restatement(pack, given, end, so_far, year):
    """The chief's 58 "so far this year" on 14 June, the police's 54 for the year eighteen months
    on: half a year of killings cannot have been ruled away (Sacramento, 2022); 70 to 30
    November, then 64: the month lacking (9% of the days counted) and the fall (9%) together pass
    `max_change`. A tension, not a restatement. A count to 28 December above the year's is
    restated (RV001 examples)."""
    sources = [source("so-far", given, publisher="Channel 3"), source("jan", "2024-01-15", publisher="Channel 10")]
    claims = [claim("chief", "so-far", "homicides", f"2022-01-01/{end}", so_far,
                    speaker="Jane Doe, Kansas City Police Chief", attribution="paraphrase"),
              claim("police", "jan", "homicides", "2022", year, speaker="Kansas City Police Department",
                    attribution="paraphrase")]
    report = audit(pack, sources, claims)
    assert revisions(report) == []
    assert tensions(report) == [{"chief", "police"}]


# A state's transportation department and its divisions keep one crash count (RV001 `one_body`):
# Raleigh's desk pack, North Carolina's 2021 traffic deaths, 1,755 from the Governor's Highway
# Safety Program (February 2022) and 1,783 in the DMV's Crash Facts (September 2023). Invented
# figures beside the real ones.
STATES = """\
places:
  north-carolina: {name: State of North Carolina, kind: state, aliases: [North Carolina, NC, N.C.]}
  raleigh-nc: {name: "Raleigh, North Carolina (city)", kind: city, aliases: [Raleigh], within: north-carolina}
  new-york-state: {name: State of New York, kind: state, aliases: [New York, N.Y.]}
  new-york-city: {name: New York City, kind: city, aliases: [New York, NYC], within: new-york-state}
  durham-county-nc: {name: Durham County, kind: county, within: north-carolina}
"""
TRAFFIC = """\
metrics:
  traffic_deaths:
    label: traffic deaths
    definition: people killed in traffic crashes
    unit: count
    integer: true
    non_negative: true
    additive_over_time: true
    additive_over_places: true
"""


@pytest.fixture(scope="module")
def raleigh_pack(tmp_path_factory):
    """Two states and a city in each; New York's city and state share the name "New York"."""
    return desk_pack(tmp_path_factory.mktemp("states"), places=STATES, metrics=TRAFFIC)


WIRE = "North Carolina reported a record 1,755 traffic deaths in 2021, topping the previous mark set in 2007."
COPY = "North Carolina saw a record 1,755 traffic deaths in 2021, topping the previous mark set in 2007."


def _state_traffic(later_speaker, later_figure="1,783", city_page=None, first_speaker="N.C. Governor's Highway Safety Program data",
                   place="north-carolina", city_quote=COPY):
    sources = [source("feb22", "2022-02-10", publisher="Wire"), source("sep23", "2023-09-14", publisher="Channel 9")]
    claims = [claim("ghsp-1755", "feb22", "traffic_deaths", "2021", "1,755", speaker=first_speaker, attribution="paraphrase",
                    quote=WIRE),
              claim("dmv", "sep23", "traffic_deaths", "2021", later_figure, speaker=later_speaker, attribution="paraphrase")]
    if city_page:
        sources.append(source("city", city_page, publisher="City Hall"))
        claims.append(claim("city-1755", "city", "traffic_deaths", "2021", "1,755", quote=city_quote))
    for c in claims:
        c["place"] = place
    return sources, claims


@pytest.mark.parametrize("later_speaker", ["N.C. Division of Motor Vehicles data",
                                           "North Carolina Department of Transportation data",   # the state by another name
                                           "NCDOT",   # ... by its initials
                                           # ... named in a parenthesis (Wichita: "(KDOT, TRIP)")
                                           "State and federal transportation reports (NCDOT, TRIP)",
                                           "State and federal transportation reports (NCDOT data, TRIP)"])
def test_the_states_motor_vehicles_division_restates_its_highway_safety_programs_count(raleigh_pack, later_speaker):
    report = audit(raleigh_pack, *_state_traffic(later_speaker))
    assert revisions(report) == [("ghsp-1755", "dmv")]
    assert tensions(report) == []


@pytest.mark.parametrize("first_speaker, later_speaker, place", [
    ("Raleigh Department of Transportation", "Raleigh Police Department", "raleigh-nc"),   # a city's DOT: not its police
    ("New York Police Department", "New York Department of Motor Vehicles data", "new-york-city")])   # the state's DMV
def test_a_transportation_department_is_one_body_with_the_police_of_no_city(raleigh_pack, first_speaker, later_speaker,
                                                                             place):
    """Transportation departments and motor vehicle divisions are a state's bodies: a city's
    counts traffic deaths its own way, and the NYPD and the state's DMV are two counters though
    both go by "New York"."""
    report = audit(raleigh_pack, *_state_traffic(later_speaker, first_speaker=first_speaker, place=place))
    assert revisions(report) == []
    assert tensions(report) == [{"ghsp-1755", "dmv"}]


@pytest.mark.parametrize("first_speaker, later_speaker, place", [
    ("Durham County officials", "CDC", "durham-county-nc"),   # no "City of Durham County"
    ("Raleigh Police Department", "City of Raleigh, Department of Transportation", "raleigh-nc"),   # not the city's office
    ("North Carolina Department of Transportation", "State of North Carolina, Department of Health and Human Services",
     "north-carolina")])
def test_initials_or_an_office_after_a_comma_name_another_counter(raleigh_pack, first_speaker, later_speaker, place):
    """Only a body's own name goes by its initials ("NCDOT"), not the initials "City of {place}"
    would make up; after a comma only the body's own office ("Mayor's Office") is the body."""
    report = audit(raleigh_pack, *_state_traffic(later_speaker, first_speaker=first_speaker, place=place))
    assert revisions(report) == []
    assert tensions(report) == [{"ghsp-1755", "dmv"}]


@pytest.mark.parametrize("speaker, figure", [("National Safety Council", "1,783"),   # another counter
                                             ("Patch (North Carolina)", "1,783"),   # an outlet's place, not a body
                                             ("N.C. Division of Motor Vehicles data", "2,110")])   # +20%: no restatement
def test_another_counter_or_a_far_figure_is_still_a_contradiction(raleigh_pack, speaker, figure):
    report = audit(raleigh_pack, *_state_traffic(speaker, figure))
    assert revisions(report) == []
    assert tensions(report) == [{"ghsp-1755", "dmv"}]


def test_a_page_that_may_be_older_than_the_restatement_goes_with_the_old_figure(raleigh_pack):
    """A city page dated only to between July 2023 and 2025 repeats the old 1,755 (the wire's
    sentence, copied): it may be of before the DMV's 1,783, and goes with the 1,755; a page surely
    out after the restatement that repeats the old figure is still audited against the new one,
    and so is one dated only "2023" whose own words do not copy the old figure's."""
    report = audit(raleigh_pack, *_state_traffic("N.C. Division of Motor Vehicles data",
                                                 city_page={"earliest": "2023-07-25", "latest": "2025-12-31"}))
    assert tensions(report) == []
    report = audit(raleigh_pack, *_state_traffic("N.C. Division of Motor Vehicles data", city_page="2024-03-01"))
    assert tensions(report) == [{"city-1755", "dmv"}]
    report = audit(raleigh_pack, *_state_traffic("N.C. Division of Motor Vehicles data", city_quote="1,755 deaths in 2021",
                                                 city_page={"earliest": "2023-01-01", "latest": "2023-12-31"}))
    assert tensions(report) == [{"city-1755", "dmv"}]



def _strayed(police_day="2021-02-18"):
    """The police's 44 for 2020 (February 2021); a station's own "43" in May and a paper's 43
    credited to the police's data; the station's 44 credited to the police in 2022
    (revisions.strayed_from_the_body; Sacramento)."""
    police = {"speaker": "Kansas City Police Department", "attribution": "paraphrase"}
    sources = [source("feb21", police_day, publisher="Channel 9"), source("may21", "2021-05-25", publisher="Channel 10"),
               source("jun21", "2021-06-20", publisher="Daily Paper"), source("oct22", "2022-10-22", publisher="Channel 10")]
    claims = [claim("police-44", "feb21", "homicides", "2020", "44", speaker="Kansas City Police Department 2020 statistics",
                    attribution="paraphrase"),
              claim("station-43", "may21", "homicides", "2020", "43"),
              claim("paper-43", "jun21", "homicides", "2020", "43", speaker="Kansas City Police Department data",
                    attribution="paraphrase"),
              claim("station-44", "oct22", "homicides", "2020", "44", **police)]
    return sources, claims


def test_an_outlets_figure_after_the_bodys_word_strayed_from_it(pack):
    """The station's 43 came after the police's 44 was out: its later 44 does not restate it, and
    the 43 is named first against the 44s. The paper's 43, credited to the police, is their word
    (like the police's 347 between their 346 and 346, Memphis), and restated. The outcome is
    mixed: one figure, 43, is blamed in the station's words and restated in the paper's.
    Sending the paper's copy into the tension too (Sacramento's expected reading of FOX40's 43)
    lost Sacramento's 2021 percent changes, judged against the unrestated 43s (m33v)."""
    report = audit(pack, *_strayed())
    assert ("station-43", "station-44") not in revisions(report) and ("paper-43", "station-44") in revisions(report)
    (t,) = [f for f in report.findings if f.kind == "tension" and "station-43" in f.claims]
    assert t.suspects[0].claim == "station-43" and set(t.claims) == {"police-44", "station-43", "station-44"}


def test_a_figure_not_surely_after_the_bodys_word_is_restated(pack):
    """The police's word of some day that May may be later than the station's 43: restated."""
    report = audit(pack, *_strayed(police_day={"earliest": "2021-05-01", "latest": "2021-05-31"}))
    assert ("station-43", "station-44") in revisions(report)
    assert not any("station-43" in f.claims for f in report.findings if f.kind == "tension")


def test_a_strayed_copy_is_named_before_an_earlier_one(pack):
    """A radio's own 43 two days after the year (before the police's 44) and the station's 43
    after it: of the two copies, the stray is named first (suspects.named_first, Voice.strayed;
    Baltimore: The Washington Times's 262 of May 2025 before WMAR's of January 2024)."""
    sources, claims = _strayed()
    sources = [source("jan21", "2021-01-02", publisher="Radio 5"), *sources]
    claims = [claim("early-43", "jan21", "homicides", "2020", "43"), *(c for c in claims if c["id"] != "paper-43")]
    report = audit(pack, sources, claims)
    (t,) = [f for f in report.findings if f.kind == "tension" and "station-43" in f.claims]
    assert t.suspects[0].claim == "station-43"


def _team_then_its_release(short_name="Homicide Review Commission", release="Kansas City Homicide Review Commission"):
    # Dayton: a paper's paraphrase of the county's "Community Overdose Action Team" (289 overdose
    # deaths of 2018, April 2019), then the "Montgomery County Community Overdose Action Team"'s own
    # release (291, January 2024): one team under its short and its full name (RV001
    # `bare_names_of_the_place`); invented here as a city's homicide review commission
    sources = [source("apr19", "2019-04-10", publisher="Daily Paper"),
               {**source("jan24", "2024-01-20", publisher=release), "kind": "official-statement"}]
    claims = [claim("team-289", "apr19", "homicides", "2018", "289", speaker=short_name, attribution="paraphrase"),
              claim("team-291", "jan24", "homicides", "2018", "291", speaker=release, attribution="document")]
    return sources, claims


def test_a_body_named_without_its_place_is_the_places_body_of_that_name(pack):
    report = audit(pack, *_team_then_its_release())
    assert revisions(report) == [("team-289", "team-291")]
    assert tensions(report) == []


@pytest.mark.parametrize("short_name", ["Review Commission", "Jackson County Homicide Review Commission",
                                        "Jane Doe, Homicide Review Commission"])
def test_another_name_or_another_places_body_stays_itself(pack, short_name):
    report = audit(pack, *_team_then_its_release(short_name))
    assert revisions(report) == []
    assert tensions(report) == [{"team-289", "team-291"}]


def _police_then_a_report_of_its_months():
    # Dayton: WDTN's "In 2020 there were 47 homicides" from the police's data (January 2021), then the
    # Dayton Daily News (March 2023), crediting the police only with counts of January and February
    # ("according to homicide data from the Dayton Police Department"), in its own words: "In 2018
    # and 2020, Dayton had 37 and 48 homicides". Two tellings, no restatement (homicides-2020-47-or-48)
    sources = [source("jan21", "2021-01-15", publisher="Channel 2"), source("mar23", "2023-03-01", publisher="Daily Paper")]
    claims = [claim("police-47", "jan21", "homicides", "2020", "47", speaker="Kansas City Police Department",
                    attribution="document"),
              claim("months-11", "mar23", "homicides", "2023-01-01/2023-02-28", "11", speaker="Kansas City Police Department",
                    attribution="document"),
              claim("months-2020-6", "mar23", "homicides", "2020-01-01/2020-02-29", "6",
                    speaker="Kansas City Police Department", attribution="document"),
              claim("own-48", "mar23", "homicides", "2020", "48")]
    return sources, claims


def test_a_years_figure_beside_the_bodys_counts_of_its_first_months_is_not_the_release(pack):
    report = audit(pack, *_police_then_a_report_of_its_months())
    assert revisions(report) == []
    assert {"police-47", "own-48"} in tensions(report)


def _state_paper_and_city(state=True):
    # a city's traffic deaths: the state's "North Carolina Department of Transportation" (270), a
    # paper's "Department of Transportation" (270, the state's figure) and the city's own "Raleigh
    # Department of Transportation" (276): the short name may be either body's
    bodies = [("state-270", "2022-02-10", "270", "North Carolina Department of Transportation", "document"),
              ("paper-270", "2022-03-01", "270", "Department of Transportation", "paraphrase"),
              ("city-276", "2023-01-20", "276", "Raleigh Department of Transportation", "document")][0 if state else 1:]
    sources = [{**source(cid, day, publisher=body if how == "document" else "Daily Paper"),
                **({"kind": "official-statement"} if how == "document" else {})} for cid, day, _, body, how in bodies]
    claims = [{**claim(cid, cid, "traffic_deaths", "2021", value, speaker=body, attribution=how), "place": "raleigh-nc"}
              for cid, _, value, body, how in bodies]
    return sources, claims


def test_a_short_name_a_body_of_the_state_goes_by_too_stays_itself(raleigh_pack):
    report = audit(raleigh_pack, *_state_paper_and_city())
    assert revisions(report) == []
    assert tensions(report) == [{"state-270", "paper-270", "city-276"}]


def test_a_short_name_only_the_citys_body_goes_by_is_the_citys(raleigh_pack):
    assert revisions(audit(raleigh_pack, *_state_paper_and_city(state=False))) == [("paper-270", "city-276")]
