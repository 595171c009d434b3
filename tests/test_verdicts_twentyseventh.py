"""Twenty-seventh verdicts round: near figures for a closed year. A later, lower count to another
day of the year (a report's "same days of last year" given beside its own year) does not restate
an earlier count so far; the year's own count below it does (RV001 `fall_to_a_year_end`).
Invented figures, invented corpus."""

from tests.verdict_cases import audit, claim, pack, revisions, source, tensions  # noqa: F401 - pack is a fixture

POLICE = "Kansas City Police Department"


def _report(pack, period, value):
    return audit(pack, [source("weekly", "2023-12-27"), source("later", "2025-12-30")], [
        claim("to-dec-24", "weekly", "homicides", "2023-01-01/2023-12-24", "118", POLICE, "paraphrase"),
        claim("later", "later", "homicides", period, value, POLICE, "paraphrase"),
    ])


def test_a_later_count_to_another_day_below_stays_a_tension(pack):
    # before: "restated ... 118 ..., 117 ... (-1)", a revision and no tension
    r = _report(pack, "2023-01-01/2023-12-28", "117")
    assert revisions(r) == []
    assert tensions(r) == [{"to-dec-24", "later"}]


def test_the_years_count_below_its_count_so_far_still_restates_it(pack):
    r = _report(pack, "2023", "117")
    assert revisions(r) == [("to-dec-24", "later")]
    assert tensions(r) == []


def _so_far_then_year(pack, with_earlier_count: bool):
    sources = [source("tally", "2022-12-31"), source("rewrite", "2023-01-11"), source("review", "2024-01-03")]
    earlier = [claim("analyst", "tally", "homicides", "2022-01-01/2022-12-31", "266", "Jane Doe, crime analyst",
                     "paraphrase")]
    return audit(pack, sources, (earlier if with_earlier_count else []) + [
        claim("to-dec-28", "rewrite", "homicides", "2022-01-01/2022-12-28", "277", POLICE, "paraphrase"),
        claim("year", "review", "homicides", "2022", "266", POLICE, "paraphrase"),
    ])


def test_a_count_so_far_above_a_longer_count_already_out_is_restated_by_nothing(pack):
    # before: "restated ... 277 ..., 266 ... (-11)", and no tension
    r = _so_far_then_year(pack, with_earlier_count=True)
    assert revisions(r) == []
    assert any({"to-dec-28", "year"} <= t for t in tensions(r))


def test_without_a_longer_count_out_first_the_year_restates_the_count_so_far(pack):
    r = _so_far_then_year(pack, with_earlier_count=False)
    assert revisions(r) == [("to-dec-28", "year")]
