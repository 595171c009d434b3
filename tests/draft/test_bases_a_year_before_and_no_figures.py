"""Round 47 (dr47c): drafts that were written commented out for want of a period, and figures drafted
that no hand encodes.

- A figure compared with that names no period ("an increase of 3.6 per cent from 280") is of the same
  days a year before when its partner, in the same sentence, counts a year (a calendar year, twelve
  months "to March 31"), as news compares such counts, even when no "last year" is said near it; not
  when the partner counts a month, a quarter or a year to date, nor the low end of a range.
- Clock times with a spaced "a.m."/"p.m." are no quantities; "between the ages of 35 and 54" are two
  ages; "for each/every N" is the base of a rate or a sum, no count; "911" before "calls", "dispatch",
  "records" is the line's name."""

from __future__ import annotations

from datetime import date

import pytest

import auditor
from auditor.text.quantities import find_quantities

from draft_helpers import pack  # noqa: F401  (a fixture)

_DAY = date(2024, 5, 20)


def _drafted(text: str, pack) -> list[tuple[str, dict, tuple]]:
    d = auditor.draft(text, published=_DAY, pack=pack)
    return [(text[x.anchor[0]:x.anchor[1]], x.record, x.missing) for x in d.drafted]


def _base(text: str, figure: str, pack) -> tuple[str | None, tuple]:
    found = [(r.get("period"), missing) for w, r, missing in _drafted(text, pack) if w == figure and "value" in r]
    assert found, f"{figure!r} not drafted"
    return found[0]


@pytest.mark.parametrize("text, figure, period", [
    # twelve months to a day: the twelve months before
    ("Road deaths by state in the 12 months to March 31:\n\n"
     "* Queensland: 290 deaths in the 12 months to March 31, an increase of 3.6 per cent from 280.",
     "280", "2022-04-01/2023-03-31"),
    # a whole year named once, its base after a change
    ("Queensland recorded 290 road deaths in 2023, an increase of 3.6 per cent from 280.", "280", "2022"),
])
def test_a_base_of_a_year_or_a_year_to_date_is_the_same_days_a_year_before(text, figure, period, pack):
    assert _base(text, figure, pack) == (period, ())


@pytest.mark.parametrize("text, figure", [
    # a month: compared with the month before as often as with the same month a year before
    ("Road deaths by month:\n\n* Queensland: 29 deaths in March 2024, an increase of 3.6 per cent from 28.", "28"),
    # a quarter that is no year to date
    ("Road deaths by quarter:\n\n* Queensland: 90 deaths in the third quarter of 2023, an increase of 3.4 per cent "
     "from 87.", "87"),
    # a year to date: the earlier rounds' reading (nothing before "the first six months") is kept
    ("Road deaths so far:\n\n* Queensland: 210 deaths in the first nine months of 2023, an increase of 3.4 per cent "
     "from 203.", "203"),
])
def test_a_base_of_a_month_or_a_quarter_is_left_to_write(text, figure, pack):
    period, missing = _base(text, figure, pack)
    assert period is None and "period" in missing


@pytest.mark.parametrize("text", [
    "CHP officers made 1,992 arrests between 6 p.m. Friday and 6 a.m. Monday.",
    "As of 4 p.m., the clerk's office reported that 27.2 percent of voters had cast ballots.",
    "At 11 a.m. with all wards reporting, turnout stood at 13 percent.",
    "Polls close at 8 pm on Tuesday.",
])
def test_a_clock_time_is_no_quantity(text):
    assert not any(q.text.strip() in ("4", "6", "8", "11") for q in find_quantities(text))


@pytest.mark.parametrize("text, figure", [
    ("There were 6 arrests in Maricopa on Friday.", "6"),
    ("Officers made 12 arrests and 4 people were cited.", "4"),
    ("The rate rose 3 p.c. in a year.", "3"),       # not a clock: "p.c." is no "p.m."
])
def test_an_hour_needs_its_a_m_or_p_m(text, figure):
    assert any(q.text.strip().startswith(figure) for q in find_quantities(text))


@pytest.mark.parametrize("text, ages", [
    ("In Santa Barbara County, people between the ages of 35 and 54 made up 30.2 percent of overdose deaths "
     "in 2021.", ("35", "54")),
    ("In Milwaukee, the number of black men between the ages of 15 and 29 killed dropped from 54 in 2007 to "
     "19 last year.", ("15", "29")),
])
def test_both_ages_of_between_the_ages_of_are_no_figures(text, ages, pack):
    assert not [w for w, _, _ in _drafted(text, pack) if w in ages]


def test_figures_beside_ages_are_still_drafted(pack):
    text = "In Milwaukee, the number of black men between the ages of 15 and 29 killed dropped from 54 in 2007 to 19 last year."
    assert {"54", "19"} <= {w for w, _, _ in _drafted(text, pack)}


@pytest.mark.parametrize("text, base, figure", [
    ("In London, for every 100,000 people, there were 169 knife offences in 2018.", "100,000", "169"),
    ("In Westport, for each 1 percent increase in the mill rate, taxes on that home would rise $108.42.",
     "1 percent", "$108.42"),
])
def test_for_each_or_every_n_is_a_base_not_a_figure(text, base, figure, pack):
    words = [w for w, _, _ in _drafted(text, pack)]
    assert base not in words and figure in words


def test_every_n_without_for_is_still_read(pack):
    """Only "for each/every" marks a base: "one every five days" and plain counts are as before."""
    text = "In London, police recorded 100,000 offences in 2018, and 169 knife offences."
    assert {"100,000", "169"} <= {w for w, _, _ in _drafted(text, pack)}


@pytest.mark.parametrize("text", [
    "Oconee County dispatchers handled 213,869 non-emergency calls in 2014 and met the national standard for 911 "
    "calls answered within ten seconds.",
    "Quincy firefighters answered 1,288 calls in 2019. His average response time was 12 minutes, according to 911 "
    "dispatch records.",
])
def test_the_emergency_line_911_is_no_figure(text, pack):
    words = [w for w, _, _ in _drafted(text, pack)]
    assert "911" not in words and any(w in ("213,869", "1,288") for w in words)


def test_a_count_of_911_thousand_calls_is_still_a_figure(pack):
    text = "Oconee County dispatchers handled 911,000 non-emergency calls in 2014."
    assert "911,000" in [w for w, _, _ in _drafted(text, pack)]


# rev47c: the guards the readings above lacked

@pytest.mark.parametrize("text, figure", [
    ("In the county, 4,500 children under age 5 and 1,200 adults got flu shots last year.", "1,200"),
    ("In Toronto, residents over the age of 65 and 20 percent of children lived in poverty in 2022.", "20 percent"),
])
def test_a_count_after_an_age_and_is_still_a_figure(text, figure, pack):
    assert figure in [w for w, _, _ in _drafted(text, pack)]


def test_a_particle_size_is_no_clock():
    assert any(q.text.strip() == "12" for q in find_quantities("Toronto recorded 12 PM2.5 exceedance days in 2023."))
    assert not any(q.text.strip() == "8" for q in find_quantities("Polls close at 8 PM."))


@pytest.mark.parametrize("text", [
    "Toronto recorded 45 homicides in 2023, compared with 30 in Springfield.",
    "Toronto recorded 45 homicides in 2023, compared with 30 nationally.",
    "Toronto recorded 45 homicides in 2023, up from 30 before the pandemic.",
    "Toronto recorded 45 homicides in 2023, compared with 30 when the program began.",
])
def test_a_figure_whose_clause_says_more_is_not_a_year_before(text, pack):
    assert _base(text, "30", pack)[0] != "2022"


def test_a_figure_that_ends_its_clause_is_a_year_before(pack):
    assert _base("Toronto recorded 45 homicides in 2023, up from 30 homicides.", "30", pack) == ("2022", ())


def test_a_figure_whose_clause_names_the_period_before_is_a_year_before(pack):
    text = ("In 2023, Toronto police received 20 reports of burglaries, a steep decline from the 72 burglaries "
            "reported during the previous 12-month period.")
    assert _base(text, "72", pack)[0] == "2022"
