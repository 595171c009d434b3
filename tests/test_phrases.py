"""Change phrases read as a reporter means them (issue 13: silent misreadings)."""

import pytest

import auditor
from auditor.loading.phrases import parse_change
from auditor.pack.load import load_pack


@pytest.mark.parametrize("phrase,low,qualifier", [
    ("down nearly a quarter", "25", "nearly"), ("dropped by half", "50", "exact"),
    ("up a third", "33", "exact"), ("two-thirds more", "67", "exact"), ("down by a fifth", "20", "exact"),
])
def test_a_fraction_of_the_base_is_a_percentage_not_a_count(phrase, low, qualifier):
    change = parse_change(phrase, load_pack())
    assert (change.measure, change.by.low, change.by.qualifier) == ("percent", low, qualifier)


def test_a_count_stays_a_count():
    change = parse_change("7000 fewer", load_pack())
    assert (change.measure, change.by.low) == ("absolute", "7000")


def test_dropped_by_nearly_a_quarter_agrees_with_its_counts():
    sources = [{"id": "s", "title": "Year end", "publisher": "Paper", "published": "2025-01-02"}]
    h = {"source": "s", "metric": "homicides", "place": "birmingham-al", "quote": "q"}
    claims = [{**h, "id": "then", "period": "2023", "value": "200"},
              {**h, "id": "now", "period": "2024", "value": "152"},
              {**h, "id": "fall", "period": "2024", "change": {"phrase": "dropped by nearly a quarter", "base": "2023"}}]
    report = auditor.audit_corpus(auditor.load_records({"sources": sources, "claims": claims}), workers=1)
    assert not [f for f in report.findings if f.kind == "tension"]
    claims[1]["value"] = "100"   # halved: not "nearly a quarter"
    report = auditor.audit_corpus(auditor.load_records({"sources": sources, "claims": claims}), workers=1)
    (t,) = [f for f in report.findings if f.kind == "tension"]
    assert t.suspects[0].claim == "fall"


def test_an_11_0_decrease_of_a_count_is_asked_about_not_guessed(tmp_path):
    """Issue 13: 'an 11.0 decrease' in a sentence about percentages was read as a fall of 11."""
    path = tmp_path / "claims.yaml"
    path.write_text("sources:\n  - {id: s, title: t, publisher: p, published: 2020-01-01}\nclaims:\n"
                    "  - {id: c, source: s, metric: homicides, place: birmingham-al, period: '2019',"
                    " change: {phrase: an 11.0 decrease, base: '2018'}, quote: q}\n", encoding="utf-8")
    with pytest.raises(auditor.InputError) as exc:
        auditor.load_claims(path)
    (p,) = exc.value.problems
    assert p.code == "change-ambiguous" and p.line == 4 and "percentage" in p.message
    path.write_text(path.read_text(encoding="utf-8").replace("an 11.0 decrease", "down 11"), encoding="utf-8")
    assert auditor.load_claims(path).claims[0].change.by.low == "11"
