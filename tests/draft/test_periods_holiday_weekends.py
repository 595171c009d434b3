"""Periods of a holiday weekend's figures (a traffic enforcement story), from articles never tuned on."""

from datetime import date

import pytest

from draft_helpers import drafted
from draft_helpers import pack  # noqa: F401  (a fixture)


_MEMORIAL_DAY = ("Troopers report fewer crashes over Memorial Day weekend\n\n"
                 "State police reported fewer crashes over the Memorial Day weekend than a year ago.\n\n"
                 "Figures released by state police Wednesday showed 410 DUI arrests, compared to 455 arrests in 2022.\n\n"
                 "Troopers investigated 612 crashes over the holiday.")


@pytest.mark.parametrize(("figure", "expected"), [
    pytest.param("410", "2023-05-26/2023-05-29", id="released-wednesday-is-the-weekend's"),   # was the day of release
    pytest.param("455", "2022-05-27/2022-05-30", id="a-year-compared-with-is-its-weekend"),    # was the year 2022
    pytest.param("612", "2023-05-26/2023-05-29", id="over-the-holiday"),                     # was the publication day
])
def test_a_holiday_weekend_story_counts_friday_to_monday(pack, figure, expected):
    got = drafted(_MEMORIAL_DAY, published=date(2023, 5, 31), pack=pack)
    assert got[figure].get("period") == expected, got[figure]


def test_a_holiday_named_only_in_passing_is_not_the_period(pack):
    text = ("Homicides in Memphis rose to 302 in 2022, police said.\n\n"
            "A shooting over the Labor Day weekend left two people hurt.")
    got = drafted(text, published=date(2023, 1, 5), pack=pack)
    assert got["302"].get("period") == "in 2022", got["302"]
