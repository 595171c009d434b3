"""A change set against one of its base's rival counts (TN004 `fits_a_rival`,
revisions.fits_a_standing_rival): Rochester's blind scoring (round 50), where 2021 was given as
85, 81 and 80 by different outlets and the changes that fit one of them were each a tension."""

from verdict_cases import audit, claim, first_suspects, source, tensions
from verdict_cases import pack  # noqa: F401  (a fixture)


def change(cid, sid, period, base, quote, **how):
    c = claim(cid, sid, "homicides", period, None, quote=quote)
    c.pop("value")
    return c | {"change": {**how, "base": base}}


def _rivals():
    """2021 as two outlets' 85 and another's 80, all out before the station's story."""
    return [source("a", "2023-12-28"), source("y", "2024-01-08"), source("b", "2022-12-29"),
            source("tv", "2025-01-02")], [
        claim("a-85", "a", "homicides", "2021", "85"),
        claim("y-85", "y", "homicides", "2021", "85"),
        claim("b-80", "b", "homicides", "2021", "80")]


def test_a_difference_that_fits_a_rival_count_is_no_tension_of_its_own(pack):
    """WXXI: 45 in 2024, "35 less than in 2021": 80, the Beacon's figure, not the station's 85.
    The 85 and 80 stay a tension of their own; the difference is not a second one."""
    sources, claims = _rivals()
    report = audit(pack, sources, [*claims, claim("tv-45", "tv", "homicides", "2024", "45"),
                                   change("tv-35-less", "tv", "2024", "2021", "35 less than in 2021",
                                          direction="down", by="35", measure="absolute")])
    assert tensions(report) == [{"a-85", "y-85", "b-80"}]


def test_a_difference_that_fits_no_rival_is_still_a_tension(pack):
    """"30 less than in 2021" beside 45 needs 75: neither 85 nor 80 gives it."""
    sources, claims = _rivals()
    report = audit(pack, sources, [*claims, claim("tv-45", "tv", "homicides", "2024", "45"),
                                   change("tv-30-less", "tv", "2024", "2021", "30 less than in 2021",
                                          direction="down", by="30", measure="absolute")])
    assert any("tv-30-less" in t for t in tensions(report))
    assert "tv-30-less" in first_suspects(report)


def test_a_change_against_its_own_articles_figure_is_judged_by_it(pack):
    """A change whose own article gives the base year's figure is that article's arithmetic: 45
    and "35 less than in 2021" beside the article's own 85 is a tension whatever a rival says."""
    sources, claims = _rivals()
    report = audit(pack, sources, [*claims, claim("tv-45", "tv", "homicides", "2024", "45"),
                                   claim("tv-85", "tv", "homicides", "2021", "85"),
                                   change("tv-35-less", "tv", "2024", "2021", "35 less than in 2021",
                                          direction="down", by="35", measure="absolute")])
    assert any("tv-35-less" in t for t in tensions(report))
