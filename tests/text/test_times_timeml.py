"""TimeML files: reading the DCT and gold tags, tagging the TEXT, and the `tag times` command."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from auditor.cli_tag_times import tag_times
from auditor.text.times_timeml import read_timeml, tag_timeml_document

TE3INPUT = """<?xml version="1.0" ?>
<TimeML>
<DOCID>TEST1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2019-03-01" temporalFunction="false" functionInDocument="CREATION_TIME">2019-03-01</TIMEX3></DCT>
<TEXT>
Burglaries fell 24% from December to January &amp; <TIMEX3 tid="t9" type="DATE" value="2018">last year</TIMEX3> was worse.
</TEXT>
</TimeML>
"""


def test_read_timeml_takes_the_dct_text_and_gold_spans():
    document = read_timeml(TE3INPUT)
    assert document.dct == date(2019, 3, 1)
    assert "& last year was worse" in document.text
    (gold,) = document.timexes
    assert document.text[gold.start : gold.end] == "last year"
    assert (gold.type, gold.value) == ("DATE", "2018")


def test_tag_timeml_document_retags_the_text_with_the_files_dct():
    tagged = tag_timeml_document(TE3INPUT)
    assert '<TIMEX3 tid="t1" type="DATE" value="2018-12">December</TIMEX3>' in tagged
    assert '<TIMEX3 tid="t2" type="DATE" value="2019-01">January</TIMEX3>' in tagged
    assert '<TIMEX3 tid="t3" type="DATE" value="2018">last year</TIMEX3>' in tagged
    assert "&amp;" in tagged and 'functionInDocument="CREATION_TIME"' in tagged
    assert read_timeml(tagged).text == read_timeml(TE3INPUT).text


def _runner_app() -> typer.Typer:
    app = typer.Typer()
    app.command()(tag_times)

    @app.command()
    def version() -> None:  # a second command keeps typer from collapsing the app
        pass

    return app


def test_tag_times_command_prints_timeml(tmp_path):
    source = tmp_path / "story.txt"
    source.write_text("Homicides rose last year.", encoding="utf-8")
    result = CliRunner().invoke(_runner_app(), ["tag-times", str(source), "--dct", "2023-03-29"])
    assert result.exit_code == 0
    assert result.stdout == 'Homicides rose <TIMEX3 tid="t1" type="DATE" value="2022">last year</TIMEX3>.'


def test_tag_times_command_reads_the_dct_of_a_te3input_file(tmp_path):
    source = tmp_path / "doc.TE3input"
    source.write_text(TE3INPUT, encoding="utf-8")
    result = CliRunner().invoke(_runner_app(), ["tag-times", str(source)])
    assert result.exit_code == 0
    assert 'value="2018-12">December</TIMEX3>' in result.stdout


@pytest.mark.parametrize(
    "arguments, message",
    [
        (["missing.txt", "--dct", "2023-03-29"], "missing.txt: error: no such file"),
        (["{story}", "--dct", "2023-13-29"], "is not a date; write YYYY-MM-DD"),
        (["{folder}"], "is a folder"),
    ],
)
def test_tag_times_command_reports_bad_input_in_one_line(tmp_path, arguments, message):
    story = tmp_path / "story.txt"
    story.write_text("today", encoding="utf-8")
    arguments = [a.format(story=story, folder=tmp_path) if "{" in a else str(tmp_path / a) if a.endswith(".txt") else a for a in arguments]
    result = CliRunner().invoke(_runner_app(), ["tag-times", *arguments])
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def _benchmarks() -> Path:
    override = os.environ.get("AUDITOR_BENCHMARKS")
    return Path(override) if override else Path(__file__).resolve().parents[2].parent / "shared" / "benchmarks"


def test_tbaq_documents_read_back_with_their_gold_tags():
    folder = _benchmarks() / "tempeval3-tbaq"
    if not folder.is_dir():
        pytest.skip(f"{folder} absent: the shared benchmarks are not beside this checkout")
    paths = sorted(folder.glob("*/*.tml"))[:20]
    assert paths
    for path in paths:
        document = read_timeml(path.read_text(encoding="utf-8"))
        assert document.dct is not None
        for gold in document.timexes:
            assert document.text[gold.start : gold.end] == gold.text
