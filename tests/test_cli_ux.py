"""The command line as a new user meets it: counts in good English, one wording and one metavar
for the same option in every command, help that names every format, `explain` of a desk's own
rule, and `auditor check` that points at the story's words most likely wrong first.

In process (typer's CliRunner), so these run in the quick suite."""

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from auditor.cli import app

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()

ONE_SOURCE = """sources:
  - {id: kcpd, title: Year-end figures, publisher: Kansas City Police Department, kind: dataset, published: 2024-01-02}
claims:
  - {id: kc-2023, source: kcpd, metric: homicides, place: kansas-city-mo, period: "2023", value: "182",
     attribution: document, quote: "2023: 182 homicides"}
"""

ON_FILE = ONE_SOURCE + """  - {id: kc-2022, source: kcpd, metric: homicides, place: kansas-city-mo, period: "2022", value: "171",
     attribution: document, quote: "2022: 171 homicides"}
"""

STORY = """Kansas City closes a deadly year

Kansas City, Missouri recorded 182 homicides in 2023, police said on Tuesday.
That is up 12 percent from 2022, when the city counted 171 homicides.
"""


def invoke(*args: str):
    return runner.invoke(app, list(args))


def test_validate_counts_one_claim_and_one_source_in_the_singular(tmp_path):
    path = tmp_path / "one.yaml"
    path.write_text(ONE_SOURCE, encoding="utf-8")
    result = invoke("validate", str(path))
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "1 claim from 1 source in 1 file: valid."


def helps() -> dict[str, str]:
    return {name: invoke(*name.split(), "--help").output
            for name in ("audit", "validate", "rules", "vocab", "explain", "draft", "check", "tag times")}


def test_every_option_that_takes_a_value_names_it_plainly():
    """No Python types in the help (`<path>`, `<str>`, `<list[str]>`, `<int range>`): each option
    that takes a value shows what to give (FILE, DIR, DATE, N, FORMAT, RULE|KIND)."""
    for name, text in helps().items():
        options = text[text.index("Options:"):]
        assert not re.search(r"<(path|str|int|float|list|text)", options), (name, options)


def test_rules_is_one_option_with_one_wording_in_every_command():
    """--rules extends the bundled pack in every command (README, 'Another city'); `explain` takes
    it too, so a desk can read its own rules."""
    wordings = set()
    for name, text in helps().items():
        if name == "tag times":
            continue
        flat = " ".join(text.split())
        assert "--rules DIR" in flat, name
        wordings.add(re.split(r" -{1,2}[a-z]", flat[flat.index("--rules DIR"):])[0])
    assert len(wordings) == 1, wordings


def test_audit_help_names_every_report_format():
    from auditor.reporters import REGISTRY

    text = " ".join(helps()["audit"].split())
    for name in REGISTRY:
        assert re.search(rf"\b{name}\b", text[text.index("--format"):text.index("--output")]), name


def test_check_takes_f_for_format_as_audit_does(tmp_path):
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "kc.yaml").write_text(ON_FILE, encoding="utf-8")
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    result = invoke("check", str(tmp_path / "story.txt"), "--against", str(tmp_path / "claims"),
                    "--published", "2024-01-03", "-f", "json")
    assert result.exit_code == 1, result.output
    assert result.output.lstrip().startswith("{")


def test_explain_reads_a_desks_own_rule_with_rules(tmp_path):
    desk = tmp_path / "desk"
    (desk / "checks").mkdir(parents=True)
    bundled = (ROOT / "rules" / "checks" / "TN001-value-conflict.yaml").read_text(encoding="utf-8")
    ours = "Two figures for one count that our desk cannot both publish."
    (desk / "checks" / "TN001-value-conflict.yaml").write_text(
        re.sub(r"(?m)^summary: .*$", f"summary: {ours}", bundled), encoding="utf-8")
    result = invoke("explain", "TN001", "--rules", str(desk))
    assert result.exit_code == 0, result.output
    assert f"What it finds: {ours}" in result.output
    assert ours not in invoke("explain", "TN001").output


@pytest.fixture
def story_check(tmp_path):
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "kc.yaml").write_text(ON_FILE, encoding="utf-8")
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    return tmp_path


def test_check_points_at_the_words_most_likely_wrong_first(story_check):
    """A story misstating a change (up 12 percent, where 171 -> 182 is +6.4%): its tension's
    first line is the change's words, marked; the counts the story got right follow."""
    story = story_check / "story.txt"
    result = invoke("check", str(story), "--against", str(story_check / "claims"), "--published", "2024-01-03")
    assert result.exit_code == 1, result.output
    lines = [line for line in result.output.splitlines() if "tension" in line and line.startswith(str(story))]
    assert len(lines) == 3, result.output
    assert lines[0] == f'{story}:4:1: tension hard [TN004] "That is up 12 percent from 2022" (most likely wrong)'
    assert not any("most likely wrong" in line for line in lines[1:])
    assert [line.split(":")[1:3] for line in lines[1:]] == [["3", "1"], ["4", "34"]]   # the rest in story order


def test_check_counts_in_plain_english(story_check):
    result = invoke("check", str(story_check / "story.txt"), "--against", str(story_check / "claims"),
                    "--published", "2024-01-03")
    last = result.output.strip().splitlines()[-1]
    assert "(s)" not in result.output
    assert re.fullmatch(r"\d+ findings? (involves|involve) the story's \d+ claims?\.", last), last
    n = int(last.split()[0])
    assert ("involves" in last) == (n == 1) and ("findings" in last) == (n != 1)


def test_check_says_when_the_claim_most_likely_wrong_is_on_file(tmp_path):
    """The story is right and the file is wrong: no span of the story is marked, and the report
    names the claim on file."""
    (tmp_path / "claims").mkdir()
    blog = "  - {id: blog, title: Crime blog, publisher: A crime blog, kind: news, published: 2023-02-01}\n"
    wrong = ON_FILE.replace("claims:\n", blog + "claims:\n") + """\
  - {id: kc-up, source: kcpd, metric: homicides, place: kansas-city-mo, period: "2023",
     change: {phrase: "up 6.4%", base: "2022"}, attribution: document, quote: "up 6.4%"}
  - {id: blog-2022, source: blog, metric: homicides, place: kansas-city-mo, period: "2022", value: "150",
     attribution: reporter, quote: "150 homicides in 2022"}
"""
    (tmp_path / "claims" / "kc.yaml").write_text(wrong, encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text("Kansas City, Missouri recorded 171 homicides in 2022, police said.\n", encoding="utf-8")
    result = invoke("check", str(story), "--against", str(tmp_path / "claims"), "--published", "2024-01-03")
    tensions = [line for line in result.output.splitlines() if ": tension" in line]
    assert tensions, result.output
    culprit = re.search(r"Most likely wrong: ([\w-]+)", result.output).group(1)
    assert culprit == "blog-2022", result.output   # a reporter's own figure, against a dataset and the story
    assert not any("(most likely wrong)" in line for line in tensions)
    assert f"most likely wrong: {culprit}, a claim on file, not the story's" in result.output



@pytest.mark.parametrize("typed", ["tn4", "TN04", "tn004", "Change-Arithmetic"])
def test_explain_takes_a_rule_id_as_people_type_it(typed):
    result = invoke("explain", typed)
    assert result.exit_code == 0, result.output
    assert result.output.startswith("TN004 change-arithmetic")


def test_an_option_in_error_is_not_counted_as_a_file(tmp_path):
    path = tmp_path / "one.yaml"
    path.write_text(ONE_SOURCE, encoding="utf-8")
    result = invoke("audit", str(path), "--select", "XX999")
    assert result.exit_code == 2
    assert result.output.strip().splitlines()[-1] == "1 error in --select; nothing was audited."



def test_a_folder_without_claim_files_is_counted_as_a_folder(tmp_path):
    folder = tmp_path / "claims"
    folder.mkdir()
    result = invoke("validate", str(folder))
    assert result.exit_code == 2
    assert result.output.strip().splitlines()[-1] == "1 error in 1 folder."

def test_each_command_says_what_bad_input_stopped(tmp_path):
    """validate audits nothing either way; diff compares reports; check checks a story."""
    bad = tmp_path / "bad.yaml"
    bad.write_text(ONE_SOURCE.replace("homicides, place", "homicidez, place"), encoding="utf-8")
    result = invoke("validate", str(bad))
    assert result.exit_code == 2 and result.output.strip().splitlines()[-1] == "1 error in 1 file."
    result = invoke("diff", str(tmp_path / "old.json"), str(tmp_path / "new.json"))
    assert result.exit_code == 2 and result.output.strip().splitlines()[-1] == "2 errors in 2 files; nothing was compared."
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    result = invoke("check", str(story), "--against", str(bad))
    assert result.exit_code == 2 and result.output.strip().splitlines()[-1] == "1 error in 1 file; nothing was checked."


def test_writing_a_baseline_says_so_on_stderr_and_leaves_stdout_the_report(tmp_path):
    path = tmp_path / "kc.yaml"
    path.write_text(ON_FILE, encoding="utf-8")
    base = tmp_path / "base.json"
    result = invoke("audit", str(path), "--workers", "1", "--write-baseline", str(base), "-f", "json")
    assert result.exit_code == 0, result.output
    import json
    accepted = len(json.loads(base.read_text(encoding="utf-8"))["findings"])
    assert len(json.loads(result.stdout)["findings"]) == accepted
    assert f"auditor: wrote the baseline {base}, accepting {accepted} finding" in result.stderr


@pytest.mark.parametrize("fail_on,code", [(None, 1), ("tension", 1), ("hard-tension", 1), ("never", 0)])
def test_check_takes_fail_on_as_audit_does(story_check, fail_on, code):
    args = ["check", str(story_check / "story.txt"), "--against", str(story_check / "claims"),
            "--published", "2024-01-03"] + (["--fail-on", fail_on] if fail_on else [])
    result = invoke(*args)
    assert result.exit_code == code, result.output
    assert "tension hard [TN004]" in result.output


def test_check_refuses_an_unknown_fail_on(story_check):
    result = invoke("check", str(story_check / "story.txt"), "--against", str(story_check / "claims"),
                    "--fail-on", "sometimes")
    assert result.exit_code == 2 and "choose tension, hard-tension or never" in result.output


def test_debug_is_taken_after_the_command_too(monkeypatch, tmp_path, capsys):
    """The messages say 'rerun with --debug': `auditor audit FILE --debug` is how people rerun."""
    from auditor import cli

    path = tmp_path / "one.yaml"
    path.write_text(ONE_SOURCE, encoding="utf-8")
    monkeypatch.setattr(cli, "state", {"debug": False})
    monkeypatch.setattr("sys.argv", ["auditor", "validate", str(path), "--debug"])
    with pytest.raises(SystemExit) as exit_:
        cli._run_app()
    assert exit_.value.code in (0, None), capsys.readouterr()
    assert cli.state["debug"] is True
    assert "1 claim from 1 source" in capsys.readouterr().out
    assert cli._debug_first(["check", "s.txt", "--", "--debug"]) == ["check", "s.txt", "--", "--debug"]


@pytest.mark.parametrize("command", [["validate"], ["audit"], ["check", "STORY", "--against"]])
def test_a_missing_path_gets_a_hint_that_fits_every_command(tmp_path, command):
    """A path that does not exist is named with a hint that holds for the command at hand (it
    once told `validate` and `check` that `auditor audit` with no path audits the seeds)."""
    story = tmp_path / "story.txt"
    story.write_text("Homicides in Kansas City rose 12 percent in 2023, police said.\n", encoding="utf-8")
    args = [str(story) if a == "STORY" else a for a in command] + [str(tmp_path / "nope.yaml")]
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    assert "nope.yaml" in result.output and "no such file or folder" in result.output
    assert "check the path" in result.output and "auditor audit" not in result.output
