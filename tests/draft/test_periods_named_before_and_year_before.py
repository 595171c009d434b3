"""Two readings of periods told outside the figure's clause: the one period (a month or longer) the sentence
before names, when no figure was drafted since ("The department's November report covered a busy month. The
breakdown consisted of 112 calls ..."); and "the year before" named right after a figure compared with, which is
that figure's, not the claim's ("the 180 homicides were 12 percent fewer than the 205 the year before"; "a 4
percent rise over the previous year")."""

from datetime import date

import pytest

from draft_helpers import drafted, period_days
from draft_helpers import pack  # noqa: F401  (a fixture)


def _days(text: str, figure: str, published: date, pack):
    got = drafted(text, published=published, pack=pack)
    return period_days(got[figure], published)


_BREAKDOWN = "The breakdown consisted of 112 calls received, 16 incidents and eight traffic citations."


def test_the_month_the_sentence_before_names(pack):
    text = f"Police activity in Liverpool Township rose in 2021.\n\nThe department's November report covered a busy month. {_BREAKDOWN}"
    assert _days(text, "112", date(2022, 2, 10), pack) == (date(2021, 11, 1), date(2021, 11, 30))


def test_a_day_the_sentence_before_names_is_an_events(pack):
    text = f"Police activity in Liverpool Township rose in 2021.\n\nThe township trustees met on Tuesday. {_BREAKDOWN}"
    assert _days(text, "112", date(2022, 2, 10), pack) == (date(2021, 1, 1), date(2021, 12, 31))


@pytest.mark.parametrize("text, figure, published, span", [
    ("Homicides fell in several big cities last year. In Memphis, the 180 homicides were 12 percent fewer than the "
     "205 the year before.", "180", date(2020, 1, 5), (date(2019, 1, 1), date(2019, 12, 31))),
    ("Ohio recorded 1,230 traffic deaths in 2019, a 4 percent rise over the previous year.", "4 percent",
     date(2020, 3, 5), (date(2019, 1, 1), date(2019, 12, 31))),
    ("In Memphis, the 180 homicides were 12 percent fewer than the 205 the year before.", "12 percent",
     date(2020, 1, 5), (date(2019, 1, 1), date(2019, 12, 31))),
], ids=["than-the-figure-the-year-before", "rise-over-the-previous-year", "no-period-before"])
def test_the_year_before_after_a_figure_compared_with_is_its(pack, text, figure, published, span):
    assert _days(text, figure, published, pack) == span


@pytest.mark.parametrize("text, figure, published, span", [
    ("Homicides in Memphis fell to 180 from 205 the year before, police said.", "180", date(2020, 1, 5),
     (date(2019, 1, 1), date(2019, 12, 31))),
    ("Statewide, 1,100 people died on Ohio roads over the previous year, officials said.", "1,100", date(2020, 3, 5),
     (date(2019, 1, 1), date(2019, 12, 31))),
    ("Homicides in Memphis rose to 180 in 2019 from 160 the year before, up 12 percent.", "180", date(2020, 3, 5),
     (date(2019, 1, 1), date(2019, 12, 31))),
], ids=["pair-told-alone", "a-span-counted-over-the-year", "own-year-named"])
def test_figures_of_their_own_year_keep_it(pack, text, figure, published, span):
    assert _days(text, figure, published, pack) == span


_YEAR_THEN_HALF = ("ANNAPOLIS, Md. (March 5, 2020) - The State Fire Marshal announced 70 Marylanders died in 58 fatal fires "
                   "during 2019. Those fire deaths represent a 12 percent increase from the 62 fire deaths in 2018.\n\n"
                   "The majority (40) of the fire deaths occurred during the first half of 2019.\n")


@pytest.mark.parametrize("figure, span", [
    ("62", (date(2018, 1, 1), date(2018, 12, 31))),
    ("12 percent", (date(2019, 1, 1), date(2019, 12, 31))),
    ("40", (date(2019, 1, 1), date(2019, 6, 30))),
], ids=["year-compared-with", "the-years-change", "the-part-itself"])
def test_a_part_named_after_the_whole_year_was_told_cuts_no_year(pack, figure, span):
    # the lede tells the whole year's figures; the first half is a detail of it, not the report's period
    assert _days(_YEAR_THEN_HALF, figure, date(2020, 3, 5), pack) == span



def test_a_span_back_from_now_the_sentence_before_names_is_the_storys(pack):
    text = ("Homicides in Toronto reached 80 in 2021.\n\nPolice have seen a spike in shootings over the past month. "
            "Of the 74 homicide cases, 50 have been solved.")
    got = drafted(text, published=date(2021, 11, 5), pack=pack)
    assert got["74"].get("period") != "the past month", got["74"]
