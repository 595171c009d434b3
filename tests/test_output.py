"""Reports written with --output: whole or not at all, with the mode any new file gets."""

import os
import stat
import subprocess
import sys

import pytest

# End to end: each test audits the seeds in a fresh interpreter; run with -m slow, and in CI.
pytestmark = pytest.mark.slow


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "auditor", *args], capture_output=True, text=True, cwd=cwd)


def test_a_report_written_with_output_is_readable_by_others_as_the_umask_allows(tmp_path):
    out = tmp_path / "report.md"
    proc = run("audit", "--format", "markdown", "--output", str(out), "--fail-on", "never")
    assert proc.returncode == 0, proc.stderr
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~mask
    assert out.read_text(encoding="utf-8").startswith("#")
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]   # no temporary file left


def test_an_existing_report_keeps_its_mode(tmp_path):
    out = tmp_path / "report.json"
    out.write_text("{}", encoding="utf-8")
    out.chmod(0o640)
    assert run("audit", "--format", "json", "--output", str(out), "--fail-on", "never").returncode == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o640
    assert out.read_text(encoding="utf-8") != "{}"


def test_an_unwritable_output_is_a_usage_error_naming_it(tmp_path):
    blocker = tmp_path / "afile"
    blocker.write_text("x", encoding="utf-8")
    for target in (blocker / "report.md", tmp_path):
        proc = run("audit", "--output", str(target), "--fail-on", "never")
        assert proc.returncode == 2 and str(target) in proc.stderr
        assert "Traceback" not in proc.stderr and "internal error" not in proc.stderr
