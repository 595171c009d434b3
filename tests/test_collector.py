"""The audit pauses Python's cycle collector and leaves it as it found it."""

from __future__ import annotations

import gc

import pytest

import auditor


@pytest.mark.parametrize("enabled", [True, False])
def test_the_audit_leaves_the_collector_as_it_was(enabled):
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        auditor.audit(workers=1)
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()


def test_the_collector_is_back_after_bad_input(tmp_path):
    (tmp_path / "bad.yaml").write_text("claims: [", encoding="utf-8")
    assert gc.isenabled()
    with pytest.raises(auditor.InputError):
        auditor.load_claims([tmp_path])
    assert gc.isenabled()
