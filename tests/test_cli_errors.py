"""Errors on the terminal quote the input, and the input may hold control characters (a
rule pack's entry, a path, an option's value): they are shown as escapes, never obeyed.
In process, through the console entry point `run()` (exit 2, no traceback)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from auditor import cli
from auditor.errors import InputError, Problem

CLEAR = "\x1b[2J"              # clears the screen when a terminal obeys it
LINK = "\x1b]8;;https://evil.example/\x07"
RTL = "\u202e"                 # reverses the text after it on screen


def _run(monkeypatch, capsys, *args: str) -> str:
    monkeypatch.setattr(sys, "argv", ["auditor", *args])
    with pytest.raises(SystemExit) as ended:
        cli.run()
    assert ended.value.code == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return err


def _inert(err: str) -> None:
    assert "\x1b" not in err and "\x07" not in err and RTL not in err
    assert "\\x1b[2J" in err and "\\u202e" in err    # shown, so the reader sees it was there


def test_a_pack_error_reaching_the_entry_point_is_escaped(monkeypatch, capsys):
    # what run() prints for an InputError no command handled (a broken bundled pack)
    problem = Problem(file=f"rules/metrics{RTL}.yaml", line=3, column=5, code="pack-invalid",
                      field=f"metrics.evil{CLEAR}", input=f"x{LINK}", message="Field required")

    def broken_pack() -> None:
        raise InputError([problem])

    monkeypatch.setattr(cli, "app", broken_pack)
    err = _run(monkeypatch, capsys, "rules")
    _inert(err)
    assert "rules/metrics\\u202e.yaml:3:5: error[pack-invalid] metrics.evil\\x1b[2J" in err
    assert "\\x1b]8;;https://evil.example/\\x07" in err


def test_an_internal_error_quoting_the_input_is_escaped(monkeypatch, capsys):
    def crash() -> None:
        raise ValueError(f"cannot read evil{CLEAR}{RTL}")

    monkeypatch.setattr(cli, "app", crash)
    err = _run(monkeypatch, capsys, "audit")
    _inert(err)
    assert err.startswith("internal error: ValueError: cannot read evil\\x1b[2J\\u202e")


def test_a_desk_pack_with_control_characters_in_its_entries_is_reported_escaped(tmp_path, monkeypatch, capsys):
    # YAML's own escapes put the characters in the values: the loader's error quotes them
    (tmp_path / "metrics.yaml").write_text('metrics:\n  "evil\\e[2J\\u202e":\n    label: x\n    unit: count\n',
                                           encoding="utf-8")
    err = _run(monkeypatch, capsys, "rules", "--rules", str(tmp_path))
    _inert(err)
    assert "error[pack-invalid] metrics.evil\\x1b[2J\\u202e" in err


def test_a_path_quoted_by_a_tag_command_is_escaped(tmp_path, monkeypatch, capsys):
    missing = tmp_path / f"story{CLEAR}{RTL}.txt"
    err = _run(monkeypatch, capsys, "tag", "times", str(missing), "--dct", "2021-09-15")
    _inert(err)
    assert "story\\x1b[2J\\u202e.txt: error: no such file" in err


@pytest.mark.parametrize("command", [["draft", "seeds/README.md"], ["check", "seeds/README.md", "--against", "seeds/"]])
def test_the_drafting_commands_report_a_desk_pack_escaped(tmp_path, monkeypatch, capsys, command):
    (tmp_path / "metrics.yaml").write_text('metrics:\n  "evil\\e[2J\\u202e":\n    label: x\n    unit: count\n',
                                           encoding="utf-8")
    monkeypatch.chdir(Path(__file__).resolve().parents[1])
    err = _run(monkeypatch, capsys, *command, "--rules", str(tmp_path))
    _inert(err)
    assert "error[pack-invalid] metrics.evil\\x1b[2J\\u202e" in err
