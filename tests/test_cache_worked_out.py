"""A table worked out from a pack is kept in the cache folder for the next run
(`cache.worked_out`): under a digest of its inputs, read back only while they are the same,
never when the entry cannot be trusted, and not at all with the cache off."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from auditor.pack import cache


@pytest.fixture
def cache_dir(tmp_path, monkeypatch) -> Path:
    where = tmp_path / "cache"
    monkeypatch.setenv("AUDITOR_CACHE_DIR", str(where))
    return where


def _never():
    raise AssertionError("worked out again, not read from the cache")


def test_the_next_run_reads_the_table_kept_for_the_same_inputs(cache_dir):
    assert cache.worked_out("starts", b"a\0b", lambda: ("x", None)) == ("x", None)
    assert [p.name.split("-")[0] for p in cache_dir.glob("*.pickle")] == ["starts"]
    assert cache.worked_out("starts", b"a\0b", _never) == ("x", None)
    assert cache.worked_out("starts", b"a\0c", lambda: ("y",)) == ("y",)    # other inputs: worked out


def test_an_entry_open_to_others_or_spoilt_is_worked_out_again(cache_dir):
    cache.worked_out("starts", b"in", lambda: 1)
    (entry,) = cache_dir.glob("starts-*.pickle")
    os.chmod(entry, 0o666)
    assert cache.worked_out("starts", b"in", lambda: 2) == 2
    entry.write_bytes(b"not a pickle")
    os.chmod(entry, 0o600)
    assert cache.worked_out("starts", b"in", lambda: 3) == 3
    assert cache.worked_out("starts", b"in", _never) == 3


def test_with_the_cache_off_nothing_is_worked_out_or_kept(tmp_path, monkeypatch):
    monkeypatch.setenv("AUDITOR_CACHE_DIR", "")
    assert cache.worked_out("starts", b"in", _never) is None


def test_at_most_keep_tables_of_a_kind_are_kept_and_no_pack_is_pruned_for_them(cache_dir, monkeypatch):
    monkeypatch.setattr(cache, "KEEP", 2)
    cache_dir.mkdir()
    (cache_dir / "pack-0.pickle").write_bytes(b"")
    for n in range(4):
        cache.worked_out("starts", bytes([n]), lambda: n)
    assert len(list(cache_dir.glob("starts-*.pickle"))) == 2
    assert (cache_dir / "pack-0.pickle").exists()
