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


def test_a_station_written_with_its_network_keeps_its_own_line_with_outlet(tmp_path):
    """review11a finding 8: "KSHB 41 (NBC News)" reads as a station running NBC's story (its 145 then
    restates NBC's 150); `outlet: KSHB 41` says the station wrote it, and the two figures conflict."""
    import auditor
    rows = ('  - {id: nbc-150, source: nbc, metric: homicides, place: kansas-city-mo, period: "2022", value: "150", '
            'attribution: reporter, quote: {text: "Kansas City had 150 homicides in 2022."}}\n'
            '  - {id: kshb-145, source: kshb, metric: homicides, place: kansas-city-mo, period: "2022", value: "145", '
            'attribution: reporter, quote: {text: "Kansas City had 145 homicides in 2022."}}\n')
    rules = {}
    for name, extra in (("ran", ""), ("own", ", outlet: KSHB 41")):
        path = tmp_path / f"{name}.yaml"
        path.write_text("sources:\n"
                        '  - {id: nbc, title: Homicides, publisher: NBC News, published: "2023-02-01"}\n'
                        f'  - {{id: kshb, title: Homicides, publisher: KSHB 41 (NBC News){extra}, published: "2023-04-01"}}\n'
                        "claims:\n" + rows, encoding="utf-8")
        rules[name] = sorted({f.rule for f in auditor.audit([path], workers=1).findings})
    assert "RV001" in rules["ran"] and "TN001" not in rules["ran"]
    assert "TN001" in rules["own"] and "RV001" not in rules["own"]
