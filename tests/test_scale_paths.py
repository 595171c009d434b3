"""The audit's whole-corpus passes give what the plain scans they replace gave (issue 17,
goal 2: passes that stay linear at a million claims)."""

from __future__ import annotations

from collections import Counter
from itertools import combinations

import pytest

import auditor
from auditor.checks.comparability import _candidate_pairs, _main
from auditor.engine.audit import ScenarioAudit
from auditor.engine.scenarios import resolve_scenario, scenarios
from benchmarks.synthetic import generate

pytestmark = pytest.mark.slow   # whole-corpus and cache round trips: CI runs them (`pytest -m slow`)


def _resolved(corpus):
    scenario = scenarios(corpus)[0]
    resolved = {r.id: r for r in resolve_scenario(corpus, scenario)}
    return ScenarioAudit(scenario, corpus, resolved, {}, [], None)


def _every_pair(main, pack, what):
    """The pairs that share an index group and a year, by looking at every pair."""
    confusable = {p for p, place in pack.places.items() if place.confusable_with}
    confusable |= {o for p in list(confusable) for o in pack.places[p].confusable_with}

    def group(cid):
        claim, _ = main[cid]
        if what == "definition":
            family = pack.metrics[claim.metric].family
            return None if family is None else (family, pack.root_place(claim.place))
        return (claim.metric,) if claim.place in confusable else None
    out = set()
    for a, b in combinations(sorted(main), 2):
        (_, pa), (_, pb) = main[a], main[b]
        if group(a) is not None and group(a) == group(b) \
                and max(pa.start.year, pb.start.year) <= min(pa.final_end.year, pb.final_end.year):
            out.add((a, b))
    return out


@pytest.fixture(scope="module")
def synthetic_corpus(tmp_path_factory):
    """claims -> a generated corpus of that many claims, each made once for the module."""
    made = {}

    def get(claims: int):
        if claims not in made:
            synthetic = generate(claims, 3)
            made[claims] = auditor.load_records(synthetic.records, pack=synthetic.pack(tmp_path_factory.mktemp("pack")))
        return made[claims]
    return get


@pytest.fixture(scope="module")
def loaded():
    """name -> the benchmark corpus, each loaded once for the module's tests."""
    from pathlib import Path
    done = {}

    def get(name):
        if name not in done:
            folder = Path(__file__).resolve().parent.parent / "benchmarks" / "corpora" / name
            done[name] = auditor.load_claims([folder / "claims.yaml"], pack=auditor.load_pack(folder / "pack"))
        return done[name]
    return get


@pytest.fixture(scope="module")
def audited(loaded):
    """name -> (corpus, its scenarios' audits), each benchmark corpus audited once for the
    module's tests that only read the audits."""
    from auditor.engine.audit import audit_scenario
    done = {}

    def get(name):
        if name not in done:
            corpus = loaded(name)
            done[name] = corpus, [audit_scenario(corpus, s, None, workers=1) for s in scenarios(corpus)]
        return done[name]
    return get


def _candidate_pairs_are_every_pair(corpora, what):
    found = 0
    for corpus in corpora:
        sa = _resolved(corpus)
        main = {cid: _main(sa, cid) for cid in sa.resolved}
        given = Counter(_candidate_pairs(main, corpus.pack, what))
        assert all(n == 1 for n in given.values())
        assert set(given) == _every_pair(main, corpus.pack, what)
        found += len(given)
    assert found > 0


# 200 generated claims make 602 pairs of a definition group (every pair looked at: 0.03 CPU-s);
# 600 make 3,063 (0.2 CPU-s), with -m slow
@pytest.mark.parametrize("what", ["definition", "place"])
def test_candidate_pairs_are_every_pair_sharing_a_group_and_a_year_each_once(synthetic_corpus, what):
    # and the seeds, with look-alike places
    _candidate_pairs_are_every_pair((synthetic_corpus(200), auditor.load_claims(None)), what)


@pytest.mark.slow
@pytest.mark.parametrize("what", ["definition", "place"])
def test_candidate_pairs_are_every_pair_sharing_a_group_and_a_year_each_once_in_600_claims(synthetic_corpus, what):
    _candidate_pairs_are_every_pair((synthetic_corpus(600), auditor.load_claims(None)), what)


# St. Louis, loaded for this test alone, with -m slow; the other two are loaded for the module anyway
@pytest.mark.parametrize("name", ["louisville", pytest.param("st-louis", marks=pytest.mark.slow), "detroit"])
def test_a_lapse_looks_at_the_quantitys_figures_as_at_the_whole_corpus(name, monkeypatch, loaded):
    """restated_by_the_counter asks a_lapse about the figures of one quantity (it scanned the
    whole corpus's once per figure asked about: quadratic); the revisions are the same."""
    from auditor.engine import revisions
    from auditor.engine.audit import _outlets
    from auditor.engine.compile import compile_claims
    from auditor.engine.suspects import assign_costs

    corpus = loaded(name)

    def found():
        out = []
        for scenario in scenarios(corpus):
            compiled = compile_claims(resolve_scenario(corpus, scenario), corpus.pack, outlets=_outlets(corpus))
            assign_costs(compiled, corpus)
            out.append(revisions.find_revisions(compiled, corpus, scenario.publication))
        return out
    asked = []
    a_lapse = revisions.a_lapse

    def corpus_wide(ledger, old, members, same=None):
        asked.append(same is not None)
        return a_lapse(ledger, old, members, None)
    fast = found()
    monkeypatch.setattr(revisions, "a_lapse", corpus_wide)
    assert found() == fast
    assert any(asked) and any(r for rs in fast for r in rs)


def _whole(report) -> str:
    """The JSON report as json.dumps writes the whole report at once (the renderer's reference)."""
    import json

    from auditor.reporters.json import _INVISIBLE
    data = json.loads(report.model_dump_json(exclude={"baseline"} if report.baseline is None else None))
    text = json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False)
    return _INVISIBLE.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n"


def test_the_json_report_written_a_record_at_a_time_is_the_whole_report_dumped_at_once(seed_report):
    from auditor.models.findings import BaselineSummary
    from auditor.reporters.json import render

    report = seed_report   # auditor.audit(workers=1), made once for the run (conftest.py)
    assert report.claims and report.findings
    odd = report.model_copy(update={"sources": (), "findings": report.findings[:1],
                                    "claims": (report.claims[0].model_copy(update={"statement": "a\u202eb \x85 “c”"}),)})
    against = report.model_copy(update={"baseline": BaselineSummary(file="b.json", new=("x",), gone=())})
    for r in (report, odd, against):
        assert render(r) == _whole(r)
    assert "\\u202e" in render(odd) and '"sources": []' in render(odd)


def test_the_json_reporters_encoder_writes_what_json_dumps_writes():
    """The JSON reporter's own indenting encoder (`_dumps`) against json.dumps itself, on the
    kinds of value json.loads gives, at the top level and at a record's depth."""
    import json

    from auditor.reporters.json import _INVISIBLE, _dumps

    values = [None, True, False, 0, -7, 10**30, 0.1, -2.5e-300, 1e22, float("nan"), float("inf"),
              float("-inf"), "", 'a "q" \\ \n\t\x00 \u00e9 \u202e \x85 \U0001f600', [], {}, [[]], [{}],
              {"b": [1, {"z": {}, "a": [None, [2.0, "x"]]}], "a": {"k": True}, "": False, "\u00e9": 1},
              [1, [2, [3, []]], {"c": [], "b": {}}]]
    for value in values + [values]:
        for indent in ("\n", "\n    "):
            text = json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False).replace("\n", indent)
            assert _dumps(value, indent) == _INVISIBLE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def test_figures_of_their_day_from_the_article_and_the_restated_figures_as_from_every_claim(audited):
    """figures_of_their_day looks at the superseded claims and the doubted claim's article
    only (by_source), not at every claim once per tension: the same figures are shown. On the
    two corpora the look-ups' test below audits too; St. Louis as well with -m slow."""
    shown = 0
    for name in ("louisville", "detroit"):
        shown += _figures_of_their_day_agree(*audited(name))
    assert shown


@pytest.mark.slow
def test_figures_of_their_day_from_the_article_and_the_restated_figures_as_from_every_claim_in_st_louis(audited):
    assert _figures_of_their_day_agree(*audited("st-louis"))


def _figures_of_their_day_agree(corpus, audits) -> int:
    """How many tensions' figures of their day are shown otherwise; each asked with and without by_source."""
    from auditor.engine.revisions import figures_of_their_day

    asked = shown = 0
    for sa in audits:
        assert sa.revisions
        for t in sa.tensions():
            for doubted in t.suspects:
                for level in ("default", "generous"):
                    args = (t.core, doubted, level, sa.compiled, corpus, sa.scenario.publication, sa.revisions)
                    found = figures_of_their_day(*args, sa.claims_by_source())
                    assert found == figures_of_their_day(*args)
                    asked += 1
                    shown += bool(found)
    assert asked
    return shown


def test_the_tension_checks_look_ups_answer_as_a_scan_of_every_claim(audited):
    """_outvoted and _worked_out_elsewhere look claims up by quantity and by figure (made once
    per scenario) instead of scanning every claim per claim asked about: the same answers."""
    from auditor.checks import tension
    from auditor.engine.suspects import figure_key, own_arithmetic

    def outvoted(cid, sa, doubted, outvoted_by=2):   # the scan it replaces
        c = sa.compiled[cid]
        if c.stated is None or c.statement_kind != "value":
            return False
        mine = c.readings[0].subject["default"].interval
        return len({sa.corpus.sources[sa.corpus.claim(m).source].voice for m, o in sa.compiled.items()
                    if m not in doubted and o.stated == c.stated and o.statement_kind == "value"
                    and len(o.readings) == 1 and not o.readings[0].invalid
                    and o.readings[0].subject["default"] is not None
                    and o.readings[0].subject["default"].interval != mine and m in sa.block_of}) >= outvoted_by

    def elsewhere(cid, sa, doubted):
        key = figure_key(sa.compiled[cid])
        if key is None:
            return False
        voice = sa.corpus.sources[sa.corpus.claim(cid).source].voice
        return any(m != cid and m not in doubted and m in sa.block_of and figure_key(o) == key
                   and sa.corpus.sources[sa.corpus.claim(m).source].voice != voice
                   and (f := own_arithmetic(m, "default", sa.compiled, sa.corpus)) is not None
                   and not any(x in doubted for x in f)
                   for m, o in sa.compiled.items())
    answers = set()
    for name in ("detroit", "louisville"):
        for sa in audited(name)[1]:
            for doubted in (sa.set_aside(), set()):
                for cid in sa.compiled:
                    a = tension._outvoted(cid, sa, doubted)
                    b = tension._worked_out_elsewhere(cid, sa, doubted)
                    assert (a, b) == (outvoted(cid, sa, doubted), elsewhere(cid, sa, doubted))
                    answers |= {("outvoted", a), ("elsewhere", b)}
    assert len(answers) == 4   # each asked both ways
