"""Twentieth verdicts round (b): contradictions still missed, by the reading of a range's bounds
and of a whole percentage, with invented figures and an invented city (tests/verdict_cases.py)."""

from auditor.engine.intervals import amount_interval
from auditor.loading.phrases import parse_amount
from tests.verdict_cases import audit, claim, pack, source, tensions  # noqa: F401  (pack: a fixture)

LEVELS = ("default", "generous")


def read(text, level, pack, unit="count", counted=True):
    return amount_interval(parse_amount(text, pack), level, pack, unit, counted)


def test_between_two_round_counts_takes_in_nothing_beyond_them(pack):
    # "between 1,600 and 1,700": the writer's own bounds, at either reading; against "more
    # than 1,700" the two never meet
    for level in LEVELS:
        iv = read("between 1,600 and 1,700", level, pack)
        assert (iv.lo, iv.hi) == (1600, 1700)
        assert iv.intersect(read("more than 1,700", level, pack)) is None
    # "two to three hundred" is an estimate and still widens as "about" does (rules/calibration.md)
    assert read("two to three hundred", "default", pack).hi > 300
    # and so does a range a word hedges
    assert read("about 1,600 to 1,700", "default", pack).hi > 1700


def test_a_whole_percentage_covers_its_rounding_interval_no_wider(pack):
    # rounded to the unit, not to the ten: half of it by default, all of it at the generous reading
    for level, bounds in (("default", (69.5, 70.5)), ("generous", (69, 71))):
        iv = read("70%", level, pack, unit="percent", counted=False)
        assert (iv.lo, iv.hi) == bounds
    # "70%" and "68%" never meet by default, and at most at 69 when both are read generously
    assert read("70%", "default", pack, unit="percent", counted=False).intersect(
        read("68%", "default", pack, unit="percent", counted=False)) is None
    met = read("70%", "generous", pack, unit="percent", counted=False).intersect(
        read("68%", "generous", pack, unit="percent", counted=False))
    assert (met.lo, met.hi) == (69, 69)
    # a percentage with a decimal place keeps its reading (half up, by default)
    assert read("70.0%", "default", pack, unit="percent", counted=False).hi_open
    # a hedged one keeps its hedge
    assert read("about 70%", "default", pack, unit="percent", counted=False).lo < 69
    # and a change ("up 70%": no unit of the metric) keeps the round figure's reading
    assert read("70%", "default", pack, unit=None, counted=False).lo < 69


def test_a_range_and_a_floor_past_it_are_a_hard_tension(pack):
    sources = [source("tv", "2021-07-08", "Channel 5"), source("paper", "2021-07-08", "The Daily")]
    claims = [claim("tv-range", "tv", "guns_recovered", "2021-H1", "between 1,600 and 1,700"),
              claim("paper-floor", "paper", "guns_recovered", "2021-H1", "more than 1,700")]
    report = audit(pack, sources, claims)
    assert tensions(report) == [{"tv-range", "paper-floor"}]
    assert [f.strength for f in report.findings if f.kind == "tension"] == ["hard"]


def test_a_round_percentage_two_points_off_is_a_tension(pack):
    sources = [source("a", "2025-01-10", "The Daily"), source("b", "2025-02-10", "City Radio")]
    claims = [claim("a-70", "a", "homicide_clearance_rate", "2024", "70%"),
              claim("b-68", "b", "homicide_clearance_rate", "2024", "68%")]
    assert tensions(audit(pack, sources, claims)) == [{"a-70", "b-68"}]
