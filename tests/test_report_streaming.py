"""Reports written to a file a piece at a time (issue 17, goal 2: a million claims' JSON report,
about a gigabyte of text, is never held whole): the same bytes as the report rendered at once."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from auditor.cli import _write_through_temporary, app
from auditor.models.findings import BaselineSummary
from auditor.reporters import REGISTRY, chunks, render


@pytest.fixture(scope="module")
def report(seed_report):
    return seed_report   # auditor.audit(workers=1), made once for the run (conftest.py)


def test_the_pieces_of_every_format_join_to_its_whole_text(report):
    assert report.claims and report.findings
    against = report.model_copy(update={"baseline": BaselineSummary(file="b.json", new=("x",), gone=())})
    empty = report.model_copy(update={"sources": (), "claims": (), "findings": ()})
    rules = {}
    for r in (report, against, empty):
        for name in REGISTRY:
            pieces = list(chunks(r, name, rules=rules, root="/"))
            assert "".join(pieces) == render(r, name, rules=rules, root="/")
    # the JSON report comes in many pieces, a record at a time: never one string of it all
    assert len(list(chunks(report, "json"))) > len(report.claims) + len(report.findings)


def test_chunks_checks_the_format_as_render_does(report):
    with pytest.raises(ValueError, match="unknown report format"):
        chunks(report, "no-such-format")
    with pytest.raises(ValueError, match="needs the rule pack"):
        chunks(report, "sarif")


@pytest.mark.slow   # a whole CLI or engine run: CI runs it (`pytest -m slow`)
def test_the_cli_writes_the_same_bytes_to_a_file_as_to_stdout(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    shown = runner.invoke(app, ["audit", "--format", "json", "--workers", "1", "--fail-on", "never"])
    assert shown.exit_code == 0, shown.output
    written = runner.invoke(app, ["audit", "--format", "json", "--workers", "1", "--fail-on", "never",
                                  "-o", str(tmp_path / "out" / "r.json"), "--save", f"json:{tmp_path / 's.json'}",
                                  "--save", f"markdown:{tmp_path / 's.md'}"])
    assert written.exit_code == 0, written.output
    assert (tmp_path / "out" / "r.json").read_text(encoding="utf-8") == shown.stdout
    assert (tmp_path / "s.json").read_text(encoding="utf-8") == shown.stdout
    md = runner.invoke(app, ["audit", "--format", "markdown", "--workers", "1", "--fail-on", "never"])
    assert (tmp_path / "s.md").read_text(encoding="utf-8") == md.stdout
    assert not list(tmp_path.rglob("*.tmp"))


def test_a_report_that_fails_half_written_leaves_neither_it_nor_its_temporary_file(tmp_path):
    def pieces():
        yield "{\n"
        raise OSError(28, "No space left on device")

    target = tmp_path / "r.json"
    with pytest.raises(OSError, match="No space"):
        _write_through_temporary(target, pieces())
    assert not target.exists() and not list(tmp_path.iterdir())
    target.write_text("old", encoding="utf-8")   # an existing report stays as it was
    with pytest.raises(OSError):
        _write_through_temporary(target, pieces())
    assert target.read_text(encoding="utf-8") == "old" and [p.name for p in tmp_path.iterdir()] == ["r.json"]
    _write_through_temporary(target, iter(["a", "", "b\n"]))
    assert target.read_text(encoding="utf-8") == "a" + "b\n"


def test_report_records_given_the_same_fields_share_one_set_of_their_names(report):
    """A record's set of given field names (pydantic's, a set in every record) is shared by the
    records given the same fields; copying one with changes never changes the others'."""
    from auditor.models.findings import ClaimSummary

    summaries = [c for c in report.claims if c.readings is None and c.speaker is not None]
    assert len(summaries) > 2
    first, second = summaries[0], summaries[1]
    assert first.model_fields_set is second.model_fields_set
    assert first.model_fields_set == {"id", "source", "metric", "place", "period", "statement", "speaker", "quote",
                                      "where"}
    copied = first.model_copy(update={"readings": ({"label": "x", "can_hold": True, "candidates": None},)})
    assert "readings" in copied.model_fields_set and "readings" not in second.model_fields_set
    fresh = ClaimSummary(**{k: getattr(first, k) for k in ("id", "source", "metric", "place", "period",
                                                            "statement", "quote")})
    assert fresh.model_fields_set == {"id", "source", "metric", "place", "period", "statement", "quote"}
    assert fresh.model_dump() == first.model_copy(update={"speaker": None, "where": None}).model_dump()
    # (a record made by model_copy keeps a copy of its own: pydantic's copy)
    assert len({id(s.model_fields_set) for s in report.sources}) < len(report.sources)
