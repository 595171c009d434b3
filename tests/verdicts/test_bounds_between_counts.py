"""Forty-sixth verdicts round (a): a bound between two counts that are no parts of one another
(rules/relations.yaml, `bound`). Every fatal crash kills at least one person, so a place's road
deaths of a period are never fewer than its fatal crashes. Invented corpus, figures in the form of
Dayton's sources (WDTN's "19 people killed" of 2020 against the police's 29 fatal crashes)."""

import pytest
from pydantic import ValidationError

from auditor.pack.model import Relation
from verdict_cases import audit, claim, pack, source, tensions  # noqa: F401 (the pack fixture)


def _crashes_and_deaths(crashes, deaths):
    sources = [source("tv", "2021-01-15"), source("paper", "2021-08-01")]
    claims = [claim("deaths", "tv", "traffic_deaths", "2020", deaths, speaker="Police Department",
                    attribution="document", quote=f"Fatal car crashes were also up in 2020, with {deaths} people killed."),
              claim("crashes", "paper", "fatal_crashes", "2020", crashes,
                    quote=f"In the city there were {crashes} fatal crashes in 2020.")]
    return sources, claims


def test_fewer_road_deaths_than_fatal_crashes_conflict(pack):
    report = audit(pack, *_crashes_and_deaths("29", "19"))
    assert tensions(report) == [{"deaths", "crashes"}]
    assert [f.rule for f in report.findings if f.kind == "tension"] == ["TN008"]


@pytest.mark.parametrize("deaths", ["29", "33"])
def test_as_many_road_deaths_as_fatal_crashes_or_more_do_not(pack, deaths):
    assert tensions(audit(pack, *_crashes_and_deaths("29", deaths))) == []


def test_fatal_crashes_are_no_kind_of_death(pack):
    """The bound holds the counts apart, nothing more: a figure printed for both is no row misread."""
    assert pack.related("fatal_crashes", "traffic_deaths") is not None
    assert not pack.is_part("fatal_crashes", "traffic_deaths")


def test_a_bound_is_never_complete():
    with pytest.raises(ValidationError, match="bound"):
        Relation(id="x", whole="traffic_deaths", parts=("fatal_crashes",), bound=True, complete=True, why="-")
