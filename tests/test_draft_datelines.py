"""A dated dateline is no claim's period, and "more than 185 ... in 2023" is the figure's own
period, not a base (found walking the journalist's path: a story filed as
"KANSAS CITY, Mo. (Jan. 5, 2024) - ...")."""

from __future__ import annotations

from datetime import date

import auditor
import auditor.draft

from draft_helpers import by_anchor as _by_anchor
from draft_helpers import drafted
from draft_helpers import pack  # noqa: F401  (the fixture)


def test_the_date_in_a_dateline_is_the_publication_day_and_no_period(pack):
    text = ("TOLEDO, Ohio (Jan. 5, 2024) - Shootings in Toledo were down 8% from the year before, police said.\n")
    d = auditor.draft(text, pack=pack)
    assert d.source.published.earliest == date(2024, 1, 5)
    got = _by_anchor(text, d)
    assert "jan" not in str(got["8%"].get("period", "")).lower()
    assert "Jan" not in (d.source.publisher or "")


def test_a_dateline_without_a_date_still_gives_no_period(pack):
    text = "TOLEDO, Ohio (WTOL) - There were 61 homicides in Toledo last year, police said.\n"
    assert drafted(text, published=date(2024, 1, 5), pack=pack)["61"].get("period") == "last year"


def test_more_than_a_figure_then_a_year_is_the_figures_period(pack):
    """'more than 185 homicides in 2023' is 2023's count; '12 fewer than 185 in 2021' still
    compares with 2021, and 'two more than the 84 counted in 2021' too."""
    text = "Toledo police said there were more than 185 homicides in 2023.\n"
    got = drafted(text, published=date(2024, 1, 5), pack=pack)
    assert got["more than 185"].get("period") == "in 2023"
    text = "Toledo had 12 fewer homicides than 185 in 2021, police said.\n"
    assert drafted(text, published=date(2024, 1, 5), pack=pack)["12"].get("period") != "in 2021"
