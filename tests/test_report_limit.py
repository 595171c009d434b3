"""--limit: the terminal and Markdown reports of a large corpus show at most N findings of each
kind and say how many more there are; the summary and the counts still cover every finding."""

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from auditor import reporters
from auditor.cli import app


@pytest.fixture(scope="module")
def report():
    """The seeds' report as committed (seeds/expected-audit.json; tests/test_seeds.py keeps it current)."""
    from auditor.models.findings import Report
    from auditor.seeds import seed_path
    return Report.model_validate_json((Path(seed_path()).parent / "expected-audit.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("fmt", ["terminal", "markdown"])
def test_each_kind_is_cut_to_the_limit_and_the_rest_is_counted(report, fmt):
    full = reporters.render(report, fmt)
    cut = reporters.render(report, fmt, limit=1)
    assert reporters.render(report, fmt, limit=10_000) == full
    for section in reporters.sections(report):
        more = len(section.groups) - 1
        line = f"... and {more:,} more in {section.heading} "
        assert (line in cut) == (more > 0), section.heading
        assert line not in full
    assert f"{len(report.findings)} findings from {len(report.claims)} claims" in cut and len(cut) < len(full)
    for group in (s.groups[0] for s in reporters.sections(report)):   # the first of each kind is still there
        assert group.ids[0] in cut


@pytest.mark.slow
def test_the_cli_passes_the_limit_to_the_report_and_its_saved_copies(tmp_path):
    saved = tmp_path / "report.md"
    result = CliRunner().invoke(app, ["audit", "--limit", "1", "--workers", "1", "--save", f"markdown:{saved}"])
    assert result.exit_code in (0, 1), result.output
    assert re.search(r"\.\.\. and [\d,]+ more in ", result.output)
    assert re.search(r"\.\.\. and [\d,]+ more in ", saved.read_text(encoding="utf-8"))
    assert CliRunner().invoke(app, ["audit", "--limit", "0"]).exit_code == 2
