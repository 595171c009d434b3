"""Draft-20: two levels of one figure split apart ("Cork (34 to 41)", "from 2,139 to 2,165") are of
two periods: the first is of the period before the second's, not of the same one."""
from datetime import date

import pytest

from auditor.draft import draft
from auditor.draft.periods import resolves
from auditor.models import DateRange

_DAY = date(2018, 3, 12)


def _periods(text: str) -> dict[str, tuple[date, date] | None]:
    out = {}
    for x in draft(text, _DAY).drafted:
        if "value" in x.record:
            p = resolves(x.record["period"], DateRange(earliest=_DAY, latest=_DAY), None) if x.record.get("period") else None
            out[x.record["value"]] = (p.start, p.end) if p else None
    return out


@pytest.mark.parametrize("text, first, second", [
    # a whole year: the year before
    ("There were 354 homicides in Chicago in 2016, compared to 365 in 2015. Several districts saw a rise "
     "in homicides in 2016: the 7th (34 to 41) and the 11th (9 to 12).", "34", "41"),
    # a month, "year over year" in the paragraph: the same month a year before
    ("Homicides in Chicago in January rose by 20 per cent (10 to 12) year over year.", "10", "12"),
    # a month, no year said: the month before
    ("Homicides in Chicago in January increased slightly, from 10 to 12.", "10", "12"),
])
def test_the_first_of_two_split_levels_is_of_the_period_before(text, first, second):
    got = _periods(text)
    assert got.get(first) and got.get(second), got
    (s1, e1), (s2, e2) = got[first], got[second]
    if "year over year" in text or s2.month == 1 and e2.month == 12:
        assert (s1, e1) == (s2.replace(year=s2.year - 1), e2.replace(year=e2.year - 1)), got
    else:
        assert (s1, e1) == (date(2017, 12, 1), date(2017, 12, 31)) and (s2, e2) == (date(2018, 1, 1), date(2018, 1, 31)), got


def test_the_later_periods_first_level_in_a_list():
    got = _periods("There were 354 homicides in Chicago in 2016, compared to 365 in 2015. Several districts saw "
                   "a rise in 2016: the 7th (34 to 41) and the 11th (9 to 12).")
    assert got.get("9") == (date(2015, 1, 1), date(2015, 12, 31)) and got.get("12") == (date(2016, 1, 1), date(2016, 12, 31)), got


def test_levels_that_name_their_own_periods_keep_them():
    got = _periods("Homicides in Chicago increased from 64 in 2014 to 65 in 2016.")
    assert got == {"64": (date(2014, 1, 1), date(2014, 12, 31)), "65": (date(2016, 1, 1), date(2016, 12, 31))}, got


def test_a_range_of_an_estimate_is_no_pair():
    drafted = [x for x in draft("Officials expect 20 to 30 homicides in Chicago in 2018.", _DAY).drafted]
    assert not any("the level it moved to" in n for x in drafted for n in x.notes), [x.notes for x in drafted]


def _comparisons(text: str):
    return [x.record for x in draft(text, _DAY).drafted if "comparison" in x.record]


def test_a_split_pair_also_states_its_direction():
    # "X (a to b)" is three claims: a, b and the direction (higher or lower than the earlier period)
    found = _comparisons("There were 354 homicides in Chicago in 2016, compared to 365 in 2015. Several districts "
                         "saw a rise in 2016: the 7th (34 to 41) and the 11th (17 to 12).")
    assert sorted(r["comparison"]["relation"] for r in found) == ["higher", "lower"], found
    assert all(r["comparison"]["than"] == "2015" for r in found), found


def test_no_second_direction_when_the_clause_states_a_change():
    # the change "by 20 per cent" already says which way the levels moved
    found = _comparisons("Homicides in Chicago in January rose by 20 per cent (10 to 12) year over year.")
    assert not any(r["comparison"].get("than") == "2017-01" for r in found), found


def test_a_past_year_compared_with_part_of_a_year_counts_the_same_days():
    got = _periods("In the first eight months of 2017 there were 28 homicides in Chicago, compared to 57 in 2016.")
    assert got.get("28") == (date(2017, 1, 1), date(2017, 8, 31)), got
    assert got.get("57") == (date(2016, 1, 1), date(2016, 8, 31)), got


def test_a_past_year_a_count_rose_from_stays_whole():
    # "up from four in 2020": a base the conventions read as the whole year
    got = _periods("There are 13 homicides in Chicago so far this year, up from four in 2017.")
    assert got.get("four") in (None, (date(2017, 1, 1), date(2017, 12, 31))), got


def test_a_bare_figure_in_parentheses_right_after_a_year_is_that_years():
    got = _periods("There were 354 homicides in Chicago in 2016, continuing a downward trend since 2013 (400).")
    assert got.get("400") == (date(2013, 1, 1), date(2013, 12, 31)), got


def test_one_figure_of_two_months_joined_by_and_counts_both():
    day = date(2021, 3, 30)
    got = {x.record["value"]: x.record.get("period") for x in draft(
        "There were 11 deadly fires in Chicago in January and February. There were 3 in January and 4 in March.",
        day).drafted if "value" in x.record}
    assert got.get("11") == "2021-01-01/2021-02-28", got
    assert got.get("3") != "2021-01-01/2021-02-28", got     # "in January and 4 in March": not joined
