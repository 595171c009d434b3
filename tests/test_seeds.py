"""The audit of the bundled seed corpus: committed, checked, and explained in seeds/README.md."""

import json
from pathlib import Path

import pytest

import auditor
from auditor.reporters import render

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture(scope="module")
def report(seed_report_default_workers):
    return seed_report_default_workers   # auditor.audit(), made once for the run (conftest.py)


def test_every_claim_quote_sits_at_its_offset():
    corpus = auditor.load_claims()
    assert len(corpus.claims) == 17
    for claim in corpus.claims:
        text = corpus.sources[claim.source].text
        assert text[claim.quote.start:claim.quote.end] == claim.quote.text


def test_the_seed_audit_matches_the_committed_one(report):
    expected = json.loads((SEEDS / "expected-audit.json").read_text(encoding="utf-8"))
    assert json.loads(render(report, "json")) == expected


def test_undated_article_candidates_and_which_fit(report):
    (dating,) = [f for f in report.findings if f.kind == "dating"]
    rows = {r["published"]: r["fits"] for r in dating.evidence["candidates"]}
    assert sorted({k[:4] for k in rows}) == ["2019", "2020", "2021", "2022", "2023"]
    assert dating.evidence["fitting_years"] == ["2019", "2020", "2021", "2022"]
    assert rows["2023-01-01..2023-03-29"] is False


def test_over_2000_last_year_and_more_than_1500_this_year_are_consistent_except_in_early_2023(report):
    """Published in 2022, the WIAT year-to-date count sits inside WBRC's 2022 total; published
    in 2019-2021 the claims are about different years; only an early-2023 date makes them clash,
    and then only softly (a generous reading of "more than 1500" reconciles them)."""
    pair = {"wbrc23-guns-last-year", "wiat-guns-this-year"}
    clashes = [f for f in report.findings if f.kind == "tension" and pair <= set(f.claims)]
    assert len(clashes) == 1
    assert clashes[0].strength == "soft"
    assert clashes[0].candidates == ("wiat-undated published 2023-01-01..2023-03-29",)
    (implied,) = [f for f in report.findings if f.kind == "implied" and f.evidence.get("metric") == "guns_recovered"]
    by_candidate = {row["quantity"]: row["range"] for row in implied.evidence["by_candidate"]}
    assert by_candidate["guns_recovered[birmingham-al, 2021]"] == "[1202, 1695]"


def test_what_the_claims_imply_under_several_candidate_dates_is_one_finding_with_a_value_per_candidate(report):
    """"Last year" moves with the undated article's date: one finding per figure, with its value
    under each candidate, not one finding per candidate year."""
    implied = [f for f in report.findings if f.kind == "implied"]
    keys = [(f.evidence.get("metric"), f.evidence.get("place"), f.claims,
             repr(sorted((f.evidence.get("readings") or {}).items()))) for f in implied]
    folded = [f for f in implied if "by_candidate" in f.evidence]
    assert folded and all(len(f.evidence["by_candidate"]) >= 4 for f in folded)
    # a figure that stays on its own is a different quantity under the same candidates (2018)
    for f in implied:
        if keys.count((f.evidence.get("metric"), f.evidence.get("place"), f.claims,
                       repr(sorted((f.evidence.get("readings") or {}).items())))) > 1:
            assert "by_candidate" in f.evidence or f.evidence["quantity"].endswith("2018]")


def test_the_early_2023_gun_tension_names_its_suspects_with_reasons(report):
    """One finding for the early-2023 conflict (doubting one figure settles both the change
    and the record), its suspects ranked, each with who says it and why."""
    (clash,) = [f for f in report.findings if f.kind == "tension"]
    assert {s.claim for s in clash.suspects} == set(clash.claims) >= {"wbrc23-guns-last-year", "wiat-guns-this-year"}
    for s in clash.suspects:
        assert ", in " in s.reason                   # the kind of statement and who says it
        assert s.claim in clash.evidence["quotes"]  # with the claim's own words
    assert "the other claims allow" in clash.suspects[0].reason


def test_west_side_share_of_eight_shooting_deaths_is_implied_as_four(report):
    (west,) = [f for f in report.findings if f.kind == "implied"
               and f.evidence.get("quantity", "").startswith("shooting_deaths[birmingham-al/west-side")]
    assert west.evidence["range"] == "4"
    assert west.candidates is None
    assert set(west.claims) == {"wbrc19-shooting-deaths-ytd", "wbrc19-shooting-deaths-west-side"}


def test_2018_crime_total_implied_by_7000_fewer_and_29_to_32_percent(report):
    hits = [f for f in report.findings if f.kind == "implied"
            and f.evidence.get("quantity") == "reported_crimes[birmingham-al, 2018]"]
    assert hits and hits[0].evidence["range"] == "[18466, 28735]"
    assert set(hits[0].evidence["readings"].values()) == {"last full year against 2018"}


def test_murders_and_homicides_are_not_compared(report):
    assert any(f.kind == "not-comparable" and set(f.claims) == {"wiat-homicides-up", "wiat-murders-up"}
               for f in report.findings)


@pytest.mark.slow   # a whole CLI or engine run: CI runs it (`pytest -m slow`)
def test_candidate_dates_split_exactly_where_a_day_by_day_reading_does():
    """publication_candidates bisects for the days where a phrase changes meaning; reading
    every day of the undated article's range must give the same runs."""
    from datetime import timedelta

    from auditor.engine.scenarios import _signature, publication_candidates

    corpus = auditor.load_claims()
    source = corpus.sources["wiat-undated"]
    claims = [c for c in corpus.claims if c.source == source.id]
    runs, day = [], source.published.earliest
    while day <= source.published.latest:
        sig = _signature(claims, day)
        if runs and runs[-1][1] == sig:
            runs[-1][0][1] = day
        else:
            runs.append(([day, day], sig))
        day += timedelta(days=1)
    found = publication_candidates(source, claims)
    assert [(c.earliest, c.latest) for c in found] == [tuple(r[0]) for r in runs]
    assert len(found) == 9
