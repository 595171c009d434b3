"""The engine's laws on generated corpora (benchmarks/synthetic.py).

A corpus of claims true in one consistent world never yields a tension; a claim planted
far outside tolerance always appears in one. Small corpora only: timing lives in
benchmarks/bench_audit.py.
"""

from __future__ import annotations

import pytest

import auditor
from benchmarks.synthetic import generate

SIZE = 300


@pytest.fixture(scope="module")
def audited(tmp_path_factory):
    """Generate a corpus, load it with its own rule pack and audit it; one per (seed, rate)."""
    done = {}

    def run(seed: int, rate: float):
        if (seed, rate) not in done:
            synthetic = generate(SIZE, seed, rate)
            pack = synthetic.pack(tmp_path_factory.mktemp(f"pack-{seed}"))
            corpus = auditor.load_records(synthetic.records, pack=pack)
            done[(seed, rate)] = synthetic, corpus, auditor.audit_corpus(corpus)
        return done[(seed, rate)]

    return run


def test_generation_is_deterministic():
    assert generate(SIZE, 7, 0.02) == generate(SIZE, 7, 0.02)
    assert generate(SIZE, 7, 0.02) != generate(SIZE, 8, 0.02)


def test_generated_corpus_loads_with_its_own_places(audited):
    synthetic, corpus, _ = audited(3, 0.01)
    assert len(corpus.claims) == SIZE
    places = {c["place"] for c in synthetic.records["claims"]}
    assert all(p.startswith(("city-", "county-")) for p in places)
    assert any("/precinct-" in p for p in places)
    assert all(corpus.pack.root_place(p).startswith("county-") for p in places)


def test_consistent_world_yields_no_tension(audited):
    synthetic, _, report = audited(11, 0)
    assert synthetic.planted == frozenset()
    tensions = [f for f in report.findings if f.kind == "tension"]
    assert tensions == [], [f.message for f in tensions]


def test_every_planted_contradiction_is_found(audited):
    synthetic, _, report = audited(5, 0.02)
    assert synthetic.planted
    tensions = [f for f in report.findings if f.kind == "tension"]
    in_tension = {cid for f in tensions for cid in f.claims}
    assert synthetic.planted <= in_tension
    assert all(set(f.claims) & synthetic.planted for f in tensions), "a tension among claims true in the world"
