"""Review of round 51 (rev51c): the dr51c period readings kept to their wording. A year named in a part of its own
before the figure ("Since the law passed in 2017, ...", "which opened its clinic in 2018") does not move a quarter
named without its year; months named after an earlier figure of the clause are that figure's, not moved to the year
after a later one; a lede's period is the first figure's only when it opens its sentence, not an event's time ("The
fire marshal released the report in January."); a length a change is over ("up 8 percent in 10 years") is no bare
length of time beside a present-tense change."""

from datetime import date

import pytest

from draft_helpers import drafted_days as _days, pack, published_on as _on  # noqa: F401  (pack: a fixture)

_PUBLISHED = _on(date(2021, 10, 27))
_THIRD_QUARTER = (date(2021, 7, 1), date(2021, 9, 30))


@pytest.mark.parametrize("opening", [
    "Since the state's law passed in 2017, 87 people died of overdoses in the third quarter, the report said.",
    "The county, which opened its clinic in 2018, saw 87 overdose deaths in the third quarter, the report said.",
    "After a record 2020, the county saw 87 overdose deaths in the third quarter, the report said.",
])
def test_a_year_in_a_part_of_its_own_does_not_move_the_quarter(pack, opening):
    text = f"Overdose deaths in the county\n\n{opening}\n"
    assert _days(pack, text, "87", _PUBLISHED) == _THIRD_QUARTER


def test_a_year_opening_the_clause_still_moves_the_quarter(pack):
    text = "Overdose deaths in the county\n\nIn 2019, 87 people died of overdoses in the third quarter, the report said.\n"
    assert _days(pack, text, "87", _PUBLISHED) == (date(2019, 7, 1), date(2019, 9, 30))


_MONTHS_OF_EARLIER_FIGURE = ("Road deaths rise in the region\n\nThe county has the most crash deaths in the region "
                             "through July with 13. That figure easily passed the four deaths last year through July "
                             "and nearly topped the 15 reported in the county during 2020.\n")


def test_months_after_an_earlier_figure_are_not_moved_to_a_later_figures_year(pack):
    assert _days(pack, _MONTHS_OF_EARLIER_FIGURE, "15", _on(date(2021, 8, 19))) == (date(2020, 1, 1), date(2020, 12, 31))


@pytest.mark.parametrize("lede", [
    "The state fire marshal released the report in January.",
    "The state hired a new fire marshal in March.",
])
def test_a_lede_naming_an_events_time_gives_no_period(pack, lede):
    text = f"Fire deaths in the state\n\n{lede}\n\nTwenty-two people died in house fires across the state.\n"
    assert _days(pack, text, "Twenty-two", _PUBLISHED) is None


def test_a_change_over_a_length_of_time_is_not_the_year_so_far(pack):
    text = "Population grows\n\nThe county's population is up 8 percent in 10 years, census figures show.\n"
    assert _days(pack, text, "8 percent", _PUBLISHED) is None
