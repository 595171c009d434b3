"""Round 48 (dr48a): a rate figure that names no rate of its own ("a rate of 764 recorded incidents per
100,000 residents") is the last rate drafted in its scale; a bare figure in a ranking after a rate
figure ("..., followed by Regina with 733", "while Barrie has 143") is that rate."""

from __future__ import annotations

from datetime import date

from auditor.draft import draft
from auditor.models import DateRange
from auditor.pack import load_pack

PACK = load_pack("benchmarks/corpora/articles/pack")
_DAY = DateRange(earliest=date(2023, 3, 1), latest=date(2023, 3, 1))


def metrics_of(text: str, title: str | None = None) -> list[tuple]:
    return [(text[x.anchor[0]:x.anchor[1]].split()[0], x.record.get("metric"))
            for x in draft(text, published=_DAY, pack=PACK, title=title).drafted]


_RANKING = ("Brandon topped the list in 2022 with 812 burglary incidents per 100,000 people. "
            "Red Deer came second, with a rate of 765 recorded incidents per 100,000 residents.\n")


def test_a_rate_naming_no_rate_is_the_rate_drafted_before_in_its_scale():
    got = metrics_of(_RANKING)
    assert ("765", "break_in_rate") in got, got


def test_a_rate_naming_no_rate_in_another_scale_is_not_the_rate_before():
    got = metrics_of("Brandon topped the list in 2022 with 812 burglary incidents per 100,000 people. "
                     "Red Deer came second, with 7.6 recorded incidents per 1,000 residents.\n")
    assert ("7.6", "break_in_rate") not in got, got


def test_a_bare_figure_after_a_rate_in_a_ranking_is_that_rate():
    got = metrics_of("In 2022 Brandon recorded 812 burglary incidents per 100,000 people, while Dauphin has 143.\n")
    assert ("143", "break_in_rate") in got, got


def test_a_bare_figure_following_a_rate_with_a_place_is_that_rate():
    got = metrics_of("In 2022 Brandon recorded 812 burglary incidents per 100,000 people, "
                     "followed by Dauphin with 733.\n")
    assert ("733", "break_in_rate") in got, got


def test_a_bare_figure_after_a_count_stays_a_count():
    got = metrics_of("In 2022 Brandon recorded 812 burglaries, followed by Dauphin with 733.\n")
    assert ("733", "break_in_rate") not in got, got
