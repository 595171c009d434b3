"""Which findings count in CI: --select/--ignore, baselines, --fail-on against a baseline,
`auditor diff`, and defaults from [tool.auditor]; bad input is exit 2 naming the file or option."""

import json

import pytest
from typer.testing import CliRunner

from auditor import InputError
from auditor.baseline import (Accepted, Baseline, against_baseline, baseline_text, describe_diff, diff_reports,
                              fails, read_baseline, read_report, select_findings, selection, verdicts)
from auditor.cli import app
from auditor.config import load_config, settings
from auditor.models.findings import ClaimSummary, Finding, PeriodSummary, Report, Suspect

RULES = {"TN001": "value-conflict", "TN004": "change-arithmetic", "NC001": "definition-variant",
         "CR001": "corroboration"}

DESK = """sources:
  - {id: a, title: A, publisher: Daily A, published: 2023-03-29}
  - {id: b, title: B, publisher: Weekly B, published: 2023-04-02}
claims:
  - {id: a1, source: a, metric: guns_recovered, place: birmingham-al, period: "2022", value: "over 2,000", quote: q}
  - {id: b1, source: b, metric: guns_recovered, place: birmingham-al, period: "2022", value: "VALUE", quote: q}
  - {id: c1, source: a, metric: homicides, place: birmingham-al, period: "2022", value: "99", quote: q}
"""


def claim(cid):
    return ClaimSummary(id=cid, source="s", metric="m", place="p",
                        period=PeriodSummary(phrase="2022", start="2022-01-01", end="2022-12-31"),
                        statement="1", quote={"text": "q", "start": 0, "end": 1})


def finding(fid, kind="tension", claims=("a1", "b1"), strength=None, suspect=None, severity="warning"):
    if kind == "tension" and strength is None:
        strength = "soft"
    return Finding(id=fid, rule=fid.split("-")[0], kind=kind, severity=severity, strength=strength, claims=claims,
                   message=f"{fid} says", suspects=(Suspect(claim=suspect, reason="r"),) if suspect else ())


def report(*findings, claims=("a1", "b1", "c1")):
    return Report(sources=(), claims=tuple(claim(c) for c in claims), findings=findings)


# --- selection ------------------------------------------------------------------------------

def test_select_and_ignore_by_id_prefix_name_and_kind():
    r = report(finding("TN001-x", severity="error", strength="hard"), finding("TN004-y"),
               finding("NC001-z", kind="not-comparable"), finding("CR001-w", kind="corroboration", severity="info"))

    def kept(select=(), ignore=()):
        return [f.id for f in select_findings(r, selection(select, ignore, RULES)).findings]

    assert kept() == ["TN001-x", "TN004-y", "NC001-z", "CR001-w"]
    assert kept(select=["TN004"]) == ["TN004-y"]
    assert kept(select=["tn"]) == ["TN001-x", "TN004-y"]
    assert kept(select=["TN001,not-comparable"]) == ["TN001-x", "NC001-z"]
    assert kept(ignore=["not-comparable", "corroboration"]) == ["TN001-x", "TN004-y"]
    assert kept(select=["tension"], ignore=["change-arithmetic"]) == ["TN001-x"]


def test_an_unknown_entry_names_the_option_or_the_config_file():
    with pytest.raises(InputError) as err:
        selection(["TN001", "XX9"], ["nope"], RULES, {"ignore": "pyproject.toml"})
    text = err.value.render()
    assert "--select: error[select-unknown]" in text and "'XX9'" in text
    assert "pyproject.toml: error[ignore-unknown]" in text and "'nope'" in text
    assert "not-comparable" in text and "TN004" in text   # says what would do


# --- baselines ------------------------------------------------------------------------------

def test_a_baseline_records_sorted_ids_with_rules_and_claims_and_reads_back(tmp_path):
    r = report(finding("TN004-b"), finding("NC001-a", kind="not-comparable", claims=("c1", "a1")))
    text = baseline_text(r)
    data = json.loads(text)
    assert [f["id"] for f in data["findings"]] == ["NC001-a", "TN004-b"]
    assert data["findings"][0]["rule"] == "NC001" and data["findings"][0]["claims"] == ["c1", "a1"]
    path = tmp_path / "base.json"
    path.write_text(text)
    base = read_baseline(path)
    assert set(base.findings) == {"NC001-a", "TN004-b"}
    assert base.findings["TN004-b"] == Accepted("TN004-b", "TN004", "tension", "soft", ("a1", "b1"))


def test_against_a_baseline_only_new_findings_fail_and_gone_ones_are_named():
    base = Baseline("base.json", {"TN004-old": Accepted("TN004-old", "TN004", "tension", "soft", ("a1", "b1")),
                                  "TN001-gone": Accepted("TN001-gone", "TN001", "tension", "hard", ("a1",)),
                                  "NC001-gone": Accepted("NC001-gone", "NC001", "not-comparable", None, ())})
    r = report(finding("TN004-old"), finding("CR001-new", kind="corroboration", severity="info"))
    checked = against_baseline(r, base)
    assert checked.baseline.new == ("CR001-new",)
    assert checked.baseline.gone == ("NC001-gone", "TN001-gone")
    assert fails(r, "tension") and not fails(checked, "tension")
    fresh = against_baseline(report(finding("TN004-old"), finding("TN001-new", strength="hard")), base)
    assert fresh.baseline.new == ("TN001-new",) and fails(fresh, "hard-tension") and not fails(fresh, "never")
    # what the selection leaves out is not said to be gone
    only_tensions = against_baseline(r, base, selection(["tension"], [], RULES))
    assert only_tensions.baseline.gone == ("TN001-gone",)


def test_a_soft_tension_that_turned_hard_is_new():
    base = Baseline("b", {"TN004-x": Accepted("TN004-x", "TN004", "tension", "soft", ("a1",))})
    checked = against_baseline(report(finding("TN004-x", strength="hard")), base)
    assert checked.baseline.new == ("TN004-x",)


@pytest.mark.parametrize("content,code,where", [
    (None, "baseline-missing", ""),
    ('{"findings": [1, 2', "baseline-invalid", ":1:"),
    ('{"findings": {"a": 1}}', "baseline-invalid", ""),
    ('{"findings": [{"rule": "TN001"}]}', "baseline-invalid", ""),
])
def test_a_bad_baseline_is_an_error_naming_the_file(tmp_path, content, code, where):
    path = tmp_path / "base.json"
    if content is not None:
        path.write_text(content)
    with pytest.raises(InputError) as err:
        read_baseline(path)
    text = err.value.render()
    assert f"{path}{where}" in text and f"error[{code}]" in text


# --- diffs ----------------------------------------------------------------------------------

def test_diff_names_what_appeared_disappeared_changed_strength_and_changed_verdicts():
    old = report(finding("CR001-c", kind="corroboration", severity="info"),
                 finding("TN004-soft", claims=("b1", "c1"), suspect="c1"),
                 finding("NC001-n", kind="not-comparable", claims=("a1", "c1")))
    new = report(finding("TN001-new", claims=("a1", "b1"), strength="hard", suspect="a1", severity="error"),
                 finding("TN004-hard", claims=("c1", "b1"), strength="hard", suspect="c1", severity="error"),
                 finding("NC001-n", kind="not-comparable", claims=("a1", "c1")))
    d = diff_reports(old, new)
    assert [f.id for f in d.appeared] == ["TN001-new"]
    assert [f.id for f in d.disappeared] == ["CR001-c"]
    assert [(c.old.id, c.new.id) for c in d.changed] == [("TN004-soft", "TN004-hard")] and d.changed[0].stronger
    assert {v.claim: (v.old, v.new) for v in d.verdicts} == {
        "a1": ("corroborated", "in a hard tension, most likely wrong"),
        "b1": ("in a soft tension", "in a hard tension"),
        "c1": ("in a soft tension, most likely wrong", "in a hard tension, most likely wrong")}
    assert d.worse
    lines = describe_diff(d)
    assert "Appeared (1):" in lines and lines[-1] == "1 appeared, 1 disappeared, 1 changed strength; 3 claims changed verdict."


def test_diff_of_equal_reports_is_empty_and_new_quiet_claims_are_not_verdicts():
    r = report(finding("TN004-x"))
    d = diff_reports(r, report(finding("TN004-x"), claims=("a1", "b1", "c1", "d1")))
    assert d == ((), (), (), ()) and not d.worse
    assert verdicts(r) == {"a1": "in a soft tension", "b1": "in a soft tension", "c1": "no conflict"}


def test_read_report_refuses_what_is_not_a_report(tmp_path):
    path = tmp_path / "r.json"
    path.write_text('{"claims": []}')
    with pytest.raises(InputError) as err:
        read_report(path)
    assert f"{path}: error[report-invalid]" in err.value.render()


# --- config ---------------------------------------------------------------------------------

def test_config_from_a_parent_pyproject_with_paths_from_its_folder(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "desk"\n\n[tool.auditor]\nfail-on = "tension"\n'
                                             'select = "TN"\nbaseline = "ci/base.json"\nformat = "github"\n')
    inner = tmp_path / "claims" / "2023"
    inner.mkdir(parents=True)
    config = load_config(inner, formats=["terminal", "github"])
    assert config.file == str((tmp_path / "pyproject.toml").resolve())
    assert config.values == {"fail-on": "tension", "select": ("TN",), "format": "github",
                             "baseline": str((tmp_path / "ci" / "base.json").resolve())}
    chosen = settings({"fail-on": "never", "select": None, "ignore": ["implied"]}, config)
    assert (chosen.fail_on, chosen.select, chosen.ignore, chosen.format) == ("never", ("TN",), ("implied",), "github")
    assert chosen.origins["fail-on"] == "--fail-on" and chosen.origins["select"] == config.file
    assert settings({}, None).fail_on == "hard-tension" and settings({}, None).format == "terminal"


def test_an_auditor_toml_comes_before_a_pyproject_and_a_pyproject_without_the_table_is_passed_over(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "desk"\n')
    assert load_config(tmp_path) is None
    (tmp_path / "auditor.toml").write_text('ignore = ["implied"]\nrules = "pack"\n')
    config = load_config(tmp_path)
    assert config.values == {"ignore": ("implied",), "rules": "pack"}


@pytest.mark.parametrize("text,expected", [
    ('[tool.auditor]\nfail_on = "tension"\n', ":2:1: error[config-invalid] tool.auditor.fail_on"),
    ('[tool.auditor]\nfail-on = "sometimes"\n', ":2:1: error[config-invalid] tool.auditor.fail-on"),
    ('[tool.auditor]\nselect = [1]\n', ":2:1: error[config-invalid] tool.auditor.select"),
    ('[tool.auditor]\nformat = "pdf"\n', ":2:1: error[config-invalid] tool.auditor.format"),
    ('[tool.auditor]\nselect = = 1\n', ":2:10: error[config-invalid]"),
    ('[tool.auditor]\nbudget = 0\n', ":2:1: error[config-invalid] tool.auditor.budget"),
    ('[tool.auditor]\nbudget = "lots"\n', ":2:1: error[config-invalid] tool.auditor.budget"),
    ('[tool.auditor]\nbudget = true\n', ":2:1: error[config-invalid] tool.auditor.budget"),
    ('[tool.auditor]\ndeadline = -1\n', ":2:1: error[config-invalid] tool.auditor.deadline"),
])
def test_a_bad_config_is_an_error_naming_file_and_line(tmp_path, text, expected):
    (tmp_path / "pyproject.toml").write_text(text)
    with pytest.raises(InputError) as err:
        load_config(tmp_path, formats=["terminal"])
    assert f"{(tmp_path / 'pyproject.toml').resolve()}{expected}" in err.value.render()


def test_the_solver_budget_and_deadline_come_from_the_config_unless_given(tmp_path):
    (tmp_path / "auditor.toml").write_text("budget = 1\ndeadline = 30\n")
    config = load_config(tmp_path)
    chosen = settings({}, config)
    assert (chosen.budget, chosen.deadline) == (1, 30.0)
    assert chosen.origins["budget"] == config.file
    chosen = settings({"budget": 500, "deadline": 0}, config)
    assert (chosen.budget, chosen.deadline) == (500, 0)
    assert settings({}, None)[-2:] == (None, None)


# --- the command line, in-process -----------------------------------------------------------

@pytest.fixture
def desk(tmp_path, monkeypatch):
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "desk.yaml").write_text(DESK.replace("VALUE", "2,100"))
    monkeypatch.chdir(tmp_path)
    return tmp_path


def cli(*args):
    result = CliRunner().invoke(app, list(args))
    assert "Traceback" not in result.output
    return result


def test_cli_baseline_select_and_config(desk):
    assert cli("audit", "claims/", "--workers", "1", "--write-baseline", "base.json").exit_code == 0
    (desk / "claims" / "desk.yaml").write_text(DESK.replace("VALUE", "1,200"))
    failed = cli("audit", "claims/", "--workers", "1", "--baseline", "base.json", "--fail-on", "tension")
    assert failed.exit_code == 1
    said = " ".join(failed.output.split())   # the terminal wraps at 100 columns
    assert "Against baseline base.json: 1 new finding (TN001-" in said
    assert "1 accepted finding gone (CR001-" in said
    assert cli("audit", "claims/", "--workers", "1", "--ignore", "TN001", "--fail-on", "tension").exit_code == 0
    (desk / "auditor.toml").write_text('fail-on = "tension"\nbaseline = "base.json"\nformat = "json"\n')
    configured = cli("audit", "claims/", "--workers", "1")
    assert configured.exit_code == 1
    data = json.loads(configured.output)
    assert data["baseline"]["file"] == "base.json" and len(data["baseline"]["new"]) == 1
    assert cli("audit", "claims/", "--workers", "1", "--fail-on", "never").exit_code == 0   # the option wins


@pytest.mark.parametrize("args,says", [
    (["--select", "XX9"], "--select: error[select-unknown]"),
    (["--baseline", "missing.json"], "missing.json: error[baseline-missing]"),
    (["--baseline", "claims/desk.yaml"], "claims/desk.yaml:1:1: error[baseline-invalid]"),
    (["--save", "pdf:out.pdf"], "--save"),
])
def test_cli_bad_input_is_exit_2_naming_the_option_or_file_and_writes_nothing(desk, args, says):
    result = cli("audit", "claims/", "--workers", "1", "--write-baseline", "new.json", "-o", "out.txt",
                 "--save", "sarif:out.sarif", *args)
    assert result.exit_code == 2
    assert says in result.output
    assert not [p.name for p in desk.iterdir() if p.name != "claims"]


def test_a_baseline_about_to_be_written_need_not_exist(desk):
    assert cli("audit", "claims/", "--workers", "1", "--baseline", "base.json", "--write-baseline",
               "base.json").exit_code == 0
    assert json.loads((desk / "base.json").read_text())["findings"][0]["rule"] == "CR001"


def test_cli_bad_config_is_exit_2(desk):
    (desk / "auditor.toml").write_text('select = ["nope"]\n')
    result = cli("audit", "claims/", "--workers", "1")
    assert result.exit_code == 2 and "auditor.toml: error[select-unknown]" in result.output


def test_cli_diff_exits_1_only_when_something_appeared(desk):
    assert cli("audit", "claims/", "--workers", "1", "-f", "json", "-o", "old.json").exit_code == 0
    (desk / "claims" / "desk.yaml").write_text(DESK.replace("VALUE", "1,200"))
    assert cli("audit", "claims/", "--workers", "1", "-f", "json", "-o", "new.json").exit_code == 1
    worse = cli("diff", "old.json", "new.json")
    assert worse.exit_code == 1 and "Verdicts changed (2):" in worse.output
    back = cli("diff", "new.json", "old.json")     # the corroboration appears again
    assert back.exit_code == 1 and "Disappeared (1):" in back.output and "Appeared (1):" in back.output
    same = cli("diff", "new.json", "new.json")
    assert same.exit_code == 0 and same.output.strip() == "0 appeared, 0 disappeared, 0 changed strength; 0 claims changed verdict."
    bad = cli("diff", "old.json", "claims/desk.yaml")
    assert bad.exit_code == 2 and "claims/desk.yaml:1:1: error[report-invalid]" in bad.output
