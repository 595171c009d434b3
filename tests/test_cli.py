"""The command line: thin over the library, exit codes 0/1/2, no half-written reports."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

# End to end: every test starts a fresh interpreter (about a second each, more with the seed
# audit), so the module is slow; run with -m slow, and in CI. The quick run keeps one CLI test
# (tests/test_bad_input.py, exit 2 on bad input).
pytestmark = pytest.mark.slow

SEEDS = Path(__file__).resolve().parents[1] / "seeds" / "claims.yaml"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "auditor", *args], capture_output=True, text=True)


CONFLICT = """sources:
  - {id: a, title: A, publisher: A, published: 2023-03-29}
  - {id: b, title: B, publisher: B, published: 2023-04-02}
claims:
  - {id: a1, source: a, metric: guns_recovered, place: birmingham-al, period: "2022", value: "over 2,000", quote: q}
  - {id: b1, source: b, metric: guns_recovered, place: birmingham-al, period: "2022", value: "1,200", quote: q}
"""


@pytest.fixture
def conflict(tmp_path):
    path = tmp_path / "conflict.yaml"
    path.write_text(CONFLICT, encoding="utf-8")
    return path


def test_audit_seeds_json_is_the_report_contract(tmp_path):
    out = tmp_path / "r.json"
    proc = run("audit", "--format", "json", "--output", str(out), "--fail-on", "never")
    assert proc.returncode == 0 and proc.stdout == ""
    report = json.loads(out.read_text())
    assert report["version"] == "1.0"
    claim = report["claims"][0]
    assert {"id", "source", "metric", "place", "period", "statement", "quote"} <= set(claim)
    assert {"start", "end"} <= set(claim["period"])
    finding = report["findings"][0]
    assert {"id", "kind", "severity", "rule", "claims", "message", "evidence"} <= set(finding)
    assert not list(tmp_path.glob(".r.json.*"))


@pytest.mark.parametrize("fail_on,code", [("tension", 1), ("hard-tension", 1), ("never", 0)])
def test_fail_on_hard_tension(conflict, fail_on, code):
    proc = run("audit", str(conflict), "--fail-on", fail_on)
    assert proc.returncode == code, proc.stderr
    assert "TN001" in proc.stdout


def test_soft_tensions_fail_only_on_tension():
    assert run("audit", "--fail-on", "tension").returncode == 1       # the seeds hold one soft tension
    assert run("audit", "--fail-on", "hard-tension").returncode == 0


@pytest.mark.parametrize("fmt,marker", [("markdown", "# "), ("html", "<html"), ("terminal", "TN001")])
def test_formats(conflict, fmt, marker):
    proc = run("audit", str(conflict), "--format", fmt, "--fail-on", "never")
    assert proc.returncode == 0 and marker in proc.stdout


def test_usage_errors_exit_2():
    assert run("audit", "--format", "pdf").returncode == 2
    assert run("audit", "no/such/path.yaml").returncode == 2
    proc = run("explain", "TN999")
    assert proc.returncode == 2 and "auditor rules" in proc.stderr


def test_rules_self_test_runs_every_example():
    proc = run("rules", "--self-test")
    assert proc.returncode == 0
    assert "TN002::ytd-exceeds-year" in proc.stdout and " 0 failed" in proc.stdout


def test_explain_prints_the_rule_and_its_examples():
    proc = run("explain", "period-sum")
    assert proc.returncode == 0
    assert "TN002" in proc.stdout and "Example ytd-exceeds-year" in proc.stdout


def test_schema_is_json_schema_for_claim_files():
    schema = json.loads(run("schema").stdout)
    assert set(schema["properties"]) == {"sources", "claims"}
    assert "Claim" in schema["$defs"]


def test_validate_reports_counts():
    proc = run("validate", str(SEEDS))
    assert proc.returncode == 0 and "17 claims from 3 sources" in proc.stdout


def test_json_claim_files_load(tmp_path):
    claim = {"source": "a", "metric": "guns_recovered", "place": "birmingham-al", "period": "2022", "quote": "q"}
    data = {"sources": [{"id": s, "title": s, "publisher": s, "published": "2023-03-29"} for s in "ab"],
            "claims": [dict(claim, id="a1", value="over 2,000"), dict(claim, id="b1", source="b", value="1,200")]}
    path = tmp_path / "c.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    proc = run("audit", str(path), "--format", "json", "--fail-on", "never")
    assert json.loads(proc.stdout)["findings"][0]["rule"] == "TN001"
