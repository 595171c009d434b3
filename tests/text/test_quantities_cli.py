"""`auditor tag quantities FILE`: JSON lines out, one-line errors with exit code 2."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from typer.testing import CliRunner

from auditor.cli_tag_quantities import tag_quantities

app = typer.Typer()
app.command()(tag_quantities)
runner = CliRunner()


def test_writes_one_json_object_per_line(tmp_path: Path) -> None:
    source = tmp_path / "sentences.txt"
    source.write_text("Police recovered over 2,000 guns.\nArrests fell 5%.\n\n", encoding="utf-8")
    result = runner.invoke(app, [str(source)])
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [record["text"] for record in records] == [
        "Police recovered over 2,000 guns.", "Arrests fell 5%.", ""]
    first = records[0]["quantities"][0]
    assert first == {"value": "2000", "change": ">", "start": 17, "end": 27, "unit": "guns"}
    assert records[0]["text"][first["start"]:first["end"]] == "over 2,000"
    assert records[1]["quantities"][0]["change"] == "down"
    assert records[2]["quantities"] == []


def test_ranges_are_written_low_high(tmp_path: Path) -> None:
    source = tmp_path / "s.txt"
    source.write_text("almost two to three hundred more than last year\n", encoding="utf-8")
    result = runner.invoke(app, [str(source)])
    assert json.loads(result.stdout)["quantities"][0]["value"] == "200-300"


def test_missing_file_is_a_one_line_error(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    result = runner.invoke(app, [str(missing)])
    assert result.exit_code == 2
    assert result.stdout == ""
    message = result.stderr.strip()
    assert message.startswith(f"{missing}: error:")
    assert "\n" not in message and "Traceback" not in message


def test_undecodable_file_is_a_one_line_error(tmp_path: Path) -> None:
    source = tmp_path / "latin1.txt"
    source.write_bytes("caf\u00e9 sold 5 cakes\n".encode("latin-1"))
    result = runner.invoke(app, [str(source)])
    assert result.exit_code == 2
    assert "not UTF-8" in result.stderr and str(source) in result.stderr
    assert result.stdout == ""


def test_folder_is_a_one_line_error(tmp_path: Path) -> None:
    result = runner.invoke(app, [str(tmp_path)])
    assert result.exit_code == 2
    assert "folder" in result.stderr


def test_tagging_with_a_broken_bundled_pack_names_the_file_and_exits_2(tmp_path, monkeypatch, capsys):
    """The console entry point renders bad input met inside a command (here the bundled
    rule pack, which the reader's qualifier words come from): every problem, exit 2, no
    traceback."""
    import sys

    import pytest

    import auditor.pack.load as load
    from auditor.cli import run
    from auditor.errors import InputError, Problem
    from auditor.text import quantities

    text = tmp_path / "s.txt"
    text.write_text("nearly 2,000 guns\n", encoding="utf-8")

    def refuse(*args, **kwargs):
        raise InputError([Problem("rules/qualifiers.yaml", 3, 1, field="qualifiers", message="not a mapping")])

    monkeypatch.setattr(load, "load_pack", refuse)
    monkeypatch.setattr(sys, "argv", ["auditor", "tag", "quantities", str(text)])
    quantities.default_qualifier_tables.cache_clear()
    try:
        with pytest.raises(SystemExit) as caught:
            run()
    finally:
        monkeypatch.undo()
        quantities.default_qualifier_tables.cache_clear()
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert "rules/qualifiers.yaml:3:1" in err and "Traceback" not in err
