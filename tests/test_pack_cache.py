"""The rule pack kept between runs (auditor/pack/cache.py): an entry is used only while
every file the load read is unchanged, never for a pack with problems, and never when it
cannot be trusted; the pack from the cache is the pack from the files."""

from __future__ import annotations

import os
import pickle
import shutil
from pathlib import Path

import pytest

from auditor import InputError
from auditor.pack import cache, load
from auditor.pack.load import default_pack_path

from pack_cases import SWORN_OFFICERS as METRIC

pytestmark = pytest.mark.slow   # whole-corpus and cache round trips: CI runs them (`pytest -m slow`)


@pytest.fixture
def cache_dir(tmp_path, monkeypatch) -> Path:
    where = tmp_path / "cache"
    monkeypatch.setenv("AUDITOR_CACHE_DIR", str(where))
    return where


@pytest.fixture(scope="module")
def bundled_from_files():
    """The bundled pack read from its files, once for the module's tests that only need such a
    pack to keep (a read costs about 0.1 CPU-s)."""
    return load._load_pack_files(default_pack_path().resolve())


def fresh_run(root: Path):
    """What a new process's load_pack does (the in-process memo left out)."""
    return load._load_pack_cached.__wrapped__(str(root.resolve()))


def from_files_only(monkeypatch):
    def refuse(root):
        raise AssertionError(f"{root} was read from its files, not the cache")
    monkeypatch.setattr(load, "_load_pack_files", refuse)


def test_the_second_run_takes_the_same_pack_from_the_cache(cache_dir, monkeypatch):
    first = fresh_run(default_pack_path())
    assert len(list(cache_dir.glob("pack-*.pickle"))) == 1
    from_files_only(monkeypatch)
    again = fresh_run(default_pack_path())
    assert again == first and again is not first
    assert again.rules.keys() == first.rules.keys() and again.metrics == first.metrics


def test_an_edited_file_is_read_again(tmp_path, cache_dir):
    desk = tmp_path / "desk"
    desk.mkdir()
    (desk / "metrics.yaml").write_text(METRIC, encoding="utf-8")
    assert fresh_run(desk).metrics["sworn_officers"].label == "sworn officers"
    (desk / "metrics.yaml").write_text(METRIC.replace("label: sworn officers", "label: officers"), encoding="utf-8")
    assert fresh_run(desk).metrics["sworn_officers"].label == "officers"
    (desk / "metrics.yaml").unlink()   # a file gone is a change too
    assert "sworn_officers" not in fresh_run(desk).metrics


def test_a_rule_file_added_to_checks_is_seen(tmp_path, cache_dir):
    pack = tmp_path / "rules"
    shutil.copytree(default_pack_path(), pack)
    before = fresh_run(pack)
    rule = next(iter(sorted((pack / "checks").glob("*.yaml"))))
    text = rule.read_text(encoding="utf-8")
    old_id = next(r.id for r in before.rules.values() if r.path == f"checks/{rule.name}")
    (pack / "checks" / "zz-copy.yaml").write_text(text.replace(old_id, "ZZ999", 1), encoding="utf-8")
    assert "ZZ999" in fresh_run(pack).rules and "ZZ999" not in before.rules


def test_a_pack_with_a_problem_is_never_kept_and_is_reported_each_run(tmp_path, cache_dir):
    desk = tmp_path / "desk"
    desk.mkdir()
    (desk / "metrics.yaml").write_text(METRIC.replace("unit: count", "unit: [count]"), encoding="utf-8")
    for _ in range(2):
        with pytest.raises(InputError) as exc:
            fresh_run(desk)
        assert exc.value.problems[0].file == str(desk / "metrics.yaml") and exc.value.problems[0].line
    assert not list(cache_dir.glob("pack-*.pickle"))


@pytest.mark.parametrize("spoil", ["truncated", "open to others", "another key"])
def test_an_entry_that_cannot_be_trusted_is_passed_over(cache_dir, spoil, bundled_from_files):
    root = default_pack_path().resolve()
    first = bundled_from_files
    cache.write(root, [root], first)   # the entry a first run keeps (test_the_second_run_...)
    (entry,) = cache_dir.glob("pack-*.pickle")
    assert cache.read(root, [root]) == first
    if spoil == "truncated":
        entry.write_bytes(entry.read_bytes()[:100])
    elif spoil == "open to others":
        os.chmod(entry, 0o666)
    else:
        key, pack = pickle.loads(entry.read_bytes())
        entry.write_bytes(pickle.dumps(("0" * len(key), pack)))
    assert cache.read(root, [root]) is None
    assert fresh_run(root) == first   # from the files, and kept again
    assert cache.read(root, [root]) == first


def test_the_cache_can_be_turned_off_and_an_unwritable_folder_is_no_error(tmp_path, monkeypatch):
    monkeypatch.setenv("AUDITOR_CACHE_DIR", "")
    assert cache.folder() is None
    assert fresh_run(default_pack_path()).rules
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("AUDITOR_CACHE_DIR", str(blocked / "cache"))
    assert fresh_run(default_pack_path()).rules


def test_the_folder_follows_xdg_and_home_and_is_none_without_a_home(tmp_path, monkeypatch):
    monkeypatch.delenv("AUDITOR_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.folder() == tmp_path / "xdg" / "auditor"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache.folder() == tmp_path / "home" / ".cache" / "auditor"
    monkeypatch.setattr(os.path, "expanduser", lambda path: path)   # no HOME, no password entry
    assert cache.folder() is None


def test_at_most_keep_entries_are_kept(tmp_path, cache_dir, bundled_from_files):
    root = default_pack_path().resolve()
    pack = bundled_from_files
    for i in range(cache.KEEP + 3):
        desk = tmp_path / f"desk{i}"
        desk.mkdir()
        cache.write(desk, [root, desk], pack)
    assert len(list(cache_dir.glob("pack-*.pickle"))) == cache.KEEP
