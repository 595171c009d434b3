"""The vocabulary's patterns are compiled when first tried: a draft compiles those its words reach,
and drafts as it would with every pattern compiled up front."""

from __future__ import annotations

from datetime import date

import auditor
from auditor.draft import vocabulary

from draft_helpers import desk_pack

_METRICS = """metrics:
  library_visits:
    label: library visits
    definition: visits to the city's libraries (a test metric)
    unit: count
    integer: true
    non_negative: true
    additive_over_time: true
    additive_over_places: true
"""
_TEXT = ("Overdose deaths in Columbiana County nearly doubled in 2021 to 44, the coroner said.\n\n"
         "Library visits fell 12% to 30,100 last year, the city said.\n")


def _records(pack):
    d = auditor.draft(_TEXT, published=date(2022, 3, 1), pack=pack)
    return [(x.anchor, x.record, x.complete) for x in d.drafted]


def test_a_draft_compiles_only_the_patterns_its_words_reach_and_drafts_as_if_all_were_compiled(tmp_path):
    (tmp_path / "lazy").mkdir()
    (tmp_path / "eager").mkdir()
    lazy = desk_pack(tmp_path / "lazy", metrics=_METRICS)
    eager = desk_pack(tmp_path / "eager", metrics=_METRICS)
    for pattern, *_ in vocabulary._metric_patterns(eager):
        pattern.compiled()
    got = _records(lazy)
    patterns = [p for p, *_ in vocabulary._metric_patterns(lazy)]
    compiled = sum(p._compiled is not None for p in patterns)
    assert 0 < compiled < len(patterns) / 2, (compiled, len(patterns))
    assert got == _records(eager)
    assert any(r.get("metric") == "library_visits" for _, r, _ in got)


def test_a_run_takes_its_patterns_start_strings_from_the_table_the_last_run_kept(tmp_path, monkeypatch):
    # the first run works out every pattern's start strings and keeps them; the next parses none
    monkeypatch.setenv("AUDITOR_CACHE_DIR", str(tmp_path / "cache"))
    pack = desk_pack(tmp_path, metrics=_METRICS)
    first = vocabulary._build_metric_index(pack)[0]
    expected = [vocabulary.start_strings(p.regex.source, p.regex.flags) for p in first]
    assert list(tmp_path.glob("cache/starts-*.pickle"))

    def refuse(source, flags=0):
        raise AssertionError(f"{source} was walked again")

    monkeypatch.setattr(vocabulary, "start_strings", refuse)
    again = vocabulary._build_metric_index(pack)[0]
    assert [p.regex.starts() for p in again] == expected
    assert any(strings is not None for strings in expected)


def test_with_the_cache_off_a_pattern_s_start_strings_are_worked_out_when_it_is_tried(tmp_path, monkeypatch):
    monkeypatch.setenv("AUDITOR_CACHE_DIR", "")
    patterns = vocabulary._build_metric_index(desk_pack(tmp_path, metrics=_METRICS))[0]
    assert all(p.regex._starts is vocabulary._UNREAD for p in patterns)
