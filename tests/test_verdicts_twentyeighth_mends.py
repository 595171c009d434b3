"""Mends of the twenty-eighth verdict rounds (review11a): readings bounded to how news is written.
The rule examples of RV001, TN001, TN004 and TN005 hold the other cases. Invented figures,
invented corpus."""

from pathlib import Path

import yaml

from verdict_cases import audit, claim, source, tensions, with_metrics

DRUGS = {"overdose_deaths": {"label": "drug overdose deaths", "definition": "drug overdose deaths"}}
RULES = Path(__file__).resolve().parents[1] / "rules" / "checks"


def _year_and_part(part_period, part_value):
    """300 overdose deaths in 2022 (given in March 2023), and a part of 2022 given in 2024."""
    sources = [source("star", "2023-03-15", publisher="The Star"), source("tv", "2024-01-20", publisher="Channel 5")]
    claims = [claim("star-300", "star", "overdose_deaths", "2022", "300"),
              claim("tv-part", "tv", "overdose_deaths", part_period, part_value)]
    return tensions(audit(with_metrics(DRUGS), sources, claims))


def test_a_half_year_above_its_year_is_no_settled_count():
    """A half year 33% above its whole year, ten months on: not the settled count (`settled_share`)."""
    assert _year_and_part("2022-01-01/2022-06-30", "400") == [{"star-300", "tv-part"}]


def test_most_of_a_year_above_its_year_given_long_after_is_the_settled_count():
    """The same start and 334 of 365 days (92%), given ten months on: the settled count."""
    assert _year_and_part("2022-01-01/2022-11-30", "320") == []


def test_tn001_and_tn004_read_an_exclusion_alike():
    """The "excluding" part pattern is one reading: TN004's copy is TN001's, word for word."""
    def excluding(rule):
        params = yaml.safe_load((RULES / rule).read_text())["params"]
        return [p for p in params["part_patterns"] if "excluding" in p]
    assert excluding("TN001-value-conflict.yaml") == excluding("TN004-change-arithmetic.yaml") != []
