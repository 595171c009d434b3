"""The CI workflow end to end, through the real console commands (a fresh interpreter each,
so the module is slow): a desk's git repository with a baseline, the README's "Use it in
CI" commands, the composite action's script and the pre-commit hooks."""

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from ruamel.yaml import YAML

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"

DESK = """# the desk's claims: two outlets on guns recovered in 2022, one on homicides
sources:
  - {id: a, title: A, publisher: Daily A, published: 2023-03-29}
  - {id: b, title: B, publisher: Weekly B, published: 2023-04-02}
claims:
  - {id: a1, source: a, metric: guns_recovered, place: birmingham-al, period: "2022", value: "over 2,000", quote: q}
  - {id: b1, source: b, metric: guns_recovered, place: birmingham-al, period: "2022", value: "2,100", quote: q}
  - {id: c1, source: a, metric: homicides, place: birmingham-al, period: "2022", value: "99", quote: q}
"""
CI = ["--baseline", "auditor-baseline.json", "--fail-on", "tension", "--format", "github",
      "--save", "sarif:auditor.sarif", "--save", "json:after.json"]


def auditor(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "auditor", *args], cwd=cwd, capture_output=True, text=True)


def assert_valid_sarif(path: Path) -> dict:
    if not SCHEMA.exists():
        pytest.skip(f"the SARIF 2.1.0 schema is not at {SCHEMA}: nothing to validate against")
    import jsonschema

    log = json.loads(path.read_text(encoding="utf-8"))
    validator = jsonschema.Draft4Validator(json.loads(SCHEMA.read_text(encoding="utf-8")),
                                           format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)
    assert [e.message for e in validator.iter_errors(log)] == []
    return log


def git(*args: str, cwd: Path) -> None:
    env = {**os.environ, "GIT_AUTHOR_NAME": "desk", "GIT_AUTHOR_EMAIL": "desk@example.org",
           "GIT_COMMITTER_NAME": "desk", "GIT_COMMITTER_EMAIL": "desk@example.org"}
    subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True)


def seeds_as_claims(folder: Path) -> None:
    shutil.copytree(SEEDS, folder / "claims", ignore=shutil.ignore_patterns("expected-audit.json", "README.md"))


def test_a_new_tension_in_a_desk_repository_fails_ci_until_the_baseline_accepts_it(tmp_path):
    repo = tmp_path / "desk"
    (repo / "claims").mkdir(parents=True)
    claims = repo / "claims" / "desk.yaml"
    claims.write_text(DESK, encoding="utf-8")
    git("init", "-q", cwd=repo)
    git("add", ".", cwd=repo)
    git("commit", "-q", "-m", "claims", cwd=repo)

    first = auditor("audit", "claims/", "--write-baseline", "auditor-baseline.json", "--save", "json:before.json",
                    cwd=repo)
    assert first.returncode == 0, first.stderr
    accepted = json.loads((repo / "auditor-baseline.json").read_text())
    assert [(f["rule"], f["claims"]) for f in accepted["findings"]] == [("CR001", ["a1", "b1"])]
    git("add", "auditor-baseline.json", cwd=repo)
    git("commit", "-q", "-m", "baseline", cwd=repo)
    assert auditor("audit", "claims/", *CI, cwd=repo).returncode == 0      # nothing new yet

    # Weekly B revises its figure: 1,200 cannot be "over 2,000"
    claims.write_text(DESK.replace('"2,100"', '"1,200"'), encoding="utf-8")
    git("commit", "-q", "-am", "Weekly B's revised figure", cwd=repo)
    ci = auditor("audit", "claims/", *CI, cwd=repo)
    assert ci.returncode == 1, ci.stderr
    line = next(n for n, text in enumerate(DESK.splitlines(), 1) if "id: a1" in text)   # the most likely wrong
    (annotation,) = [a for a in ci.stdout.splitlines() if a.startswith("::")]
    assert annotation.startswith(f"::error file=claims/desk.yaml,line={line},col=5,title=TN001 value-conflict::")
    assert "1 accepted finding gone (CR001-" in ci.stdout
    log = assert_valid_sarif(repo / "auditor.sarif")
    (result,) = [r for r in log["runs"][0]["results"] if r["ruleId"] == "TN001"]
    assert result["baselineState"] == "new"
    assert result["locations"][0]["physicalLocation"]["region"]["startLine"] == line
    assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "claims/desk.yaml"

    # the desk accepts the tension: CI passes again
    assert auditor("audit", "claims/", "--write-baseline", "auditor-baseline.json", cwd=repo).returncode == 0
    git("commit", "-q", "-am", "accept the tension", cwd=repo)
    again = auditor("audit", "claims/", *CI, cwd=repo)
    assert again.returncode == 0, again.stdout + again.stderr
    assert not [a for a in again.stdout.splitlines() if a.startswith("::")]

    changed = auditor("diff", "before.json", "after.json", cwd=repo)
    assert changed.returncode == 1
    verdicts = changed.stdout.split("Verdicts changed (2):\n")[1].splitlines()[:2]
    assert verdicts == ["  a1: corroborated -> in a hard tension, most likely wrong",
                        "  b1: corroborated -> in a hard tension"]
    assert "c1" not in changed.stdout


def readme_section() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return text.split("## Use it in CI\n", 1)[1].split("\n## ", 1)[0]


def blocks(section: str, lang: str) -> list[str]:
    return re.findall(rf"```{lang}\n(.*?)```", section, re.S)


def test_the_readme_ci_commands_run_on_the_seeds(tmp_path):
    section = readme_section()
    seeds_as_claims(tmp_path)
    (tmp_path / "pyproject.toml").write_text(blocks(section, "toml")[0], encoding="utf-8")
    commands = [line for line in blocks(section, "sh")[0].splitlines() if line.startswith("auditor ")]
    assert len(commands) == 3
    for command in commands:
        proc = auditor(*shlex.split(command)[1:], cwd=tmp_path)
        assert proc.returncode == 0, (command, proc.stdout, proc.stderr)
    assert_valid_sarif(tmp_path / "auditor.sarif")
    report = json.loads((tmp_path / "audit.json").read_text())
    assert report["baseline"]["new"] == [] and report["baseline"]["file"] == "auditor-baseline.json"
    assert not [f for f in report["findings"] if f["kind"] == "implied"]     # the config's ignore
    # the workflow is YAML and gives the action only inputs it has
    workflow = YAML(typ="safe").load(blocks(section, "yaml")[0])
    action = YAML(typ="safe").load((ROOT / "action.yml").read_text())
    (step,) = [s for s in workflow["jobs"]["audit"]["steps"] if "claims-auditor" in s.get("uses", "")]
    assert set(step["with"]) <= set(action["inputs"])


def test_the_action_script_annotates_and_writes_sarif(tmp_path):
    console = Path(sys.executable).parent / "auditor"
    if not console.exists():
        pytest.skip("the auditor console script is not installed beside this interpreter")
    seeds_as_claims(tmp_path)
    action = YAML(typ="safe").load((ROOT / "action.yml").read_text())
    assert action["runs"]["using"] == "composite"
    (step,) = [s for s in action["runs"]["steps"] if s.get("name") == "Audit the claims"]
    env = {**os.environ, "PATH": f"{console.parent}{os.pathsep}{os.environ.get('PATH', '')}",
           "AUDITOR_PATHS": "claims/", "AUDITOR_FAIL_ON": "tension", "AUDITOR_BASELINE": "",
           "AUDITOR_SARIF": "out/auditor.sarif"}
    proc = subprocess.run(["bash", "-c", step["run"]], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert proc.returncode == 1, proc.stderr              # the seeds' soft tension, with fail-on tension
    assert proc.stdout.startswith("::warning file=claims/claims.yaml,line=")
    assert_valid_sarif(tmp_path / "out" / "auditor.sarif")


def test_the_pre_commit_hooks_run_on_the_seeds(tmp_path):
    seeds_as_claims(tmp_path)
    hooks = {h["id"]: h for h in YAML(typ="safe").load((ROOT / ".pre-commit-hooks.yaml").read_text())}
    assert set(hooks) == {"auditor-validate", "auditor-audit"}
    for hook in hooks.values():
        assert hook["language"] == "python" and hook["pass_filenames"] is False
        assert re.search(hook["files"], "claims/desk.yaml")
        command = shlex.split(hook["entry"]) + hook["args"]
        assert command[0] == "auditor"
        proc = auditor(*command[1:], cwd=tmp_path)
        assert proc.returncode == 0, proc.stdout + proc.stderr
