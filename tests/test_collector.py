"""The audit pauses Python's cycle collector and leaves it as it found it."""

from __future__ import annotations

import gc

import pytest

import auditor


# Two outlets' counts of one year that differ by one: loaded, decided by the solver (a
# tension), reported; the smallest audit that goes through every stage the seeds' audit does.
TWO_COUNTS = """sources:
  - {id: star, title: Year in review, publisher: The Kansas City Star, published: 2023-01-03}
  - {id: kcpd, title: Annual report, publisher: Kansas City Police Department, kind: official-statement, published: 2023-02-01}
claims:
  - {id: s, source: star, metric: homicides, place: kansas-city-mo, period: "2022", value: "170", quote: "170 homicides"}
  - {id: p, source: kcpd, metric: homicides, place: kansas-city-mo, period: "2022", value: "171", quote: "171 homicides"}
"""


def _leaves_the_collector_as_it_was(enabled, paths):
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        report = auditor.audit(paths, workers=1)
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()
    return report


@pytest.mark.parametrize("enabled", [True, False])
def test_the_audit_leaves_the_collector_as_it_was(enabled, tmp_path):
    (tmp_path / "claims.yaml").write_text(TWO_COUNTS, encoding="utf-8")
    report = _leaves_the_collector_as_it_was(enabled, [tmp_path / "claims.yaml"])
    assert [f.kind for f in report.findings if f.kind == "tension"] == ["tension"]   # the solver ran


@pytest.mark.slow   # the seeds' whole audit
@pytest.mark.parametrize("enabled", [True, False])
def test_the_seed_audit_leaves_the_collector_as_it_was(enabled):
    _leaves_the_collector_as_it_was(enabled, None)


def test_the_collector_is_back_after_bad_input(tmp_path):
    (tmp_path / "bad.yaml").write_text("claims: [", encoding="utf-8")
    assert gc.isenabled()
    with pytest.raises(auditor.InputError):
        auditor.load_claims([tmp_path])
    assert gc.isenabled()
