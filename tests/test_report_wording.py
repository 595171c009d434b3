"""What the human reports say at the top: counts in good English, the verdict first, and, in a
CI run against a baseline, the new findings (the ones that fail the run) before the accepted ones."""

import html
import re

import pytest

from auditor.models.findings import BaselineSummary, Finding, Report, Suspect
from auditor.reporters import check_first, render, summary
from tests.test_reporters import flat, make_report

HUMAN = ("terminal", "markdown", "html")


def tension(fid, suspect, strength="hard", change=0.5):
    return Finding(id=fid, rule=fid.split("-")[0], kind="tension", severity="error" if strength == "hard" else "warning",
                   strength=strength, claims=("paper-guns", "tv-guns"), message=f"Claims of {fid} cannot all be true",
                   evidence={"reconcile": {"claim": suspect, "how": "-", "relative_change": change}},
                   suspects=(Suspect(claim=suspect, reason=f"why {suspect}"),))


def one_of_each() -> Report:
    report = make_report()
    return report.model_copy(update={"sources": report.sources[:1], "claims": report.claims[:1],
                                     "findings": report.findings[:1]})


def plain(text: str) -> str:
    """A rendering's words: tags dropped, entities and Markdown escapes undone, spaces normalised."""
    return flat(html.unescape(re.sub(r"<[^>]+>", " ", text)).replace("\\", "").replace("**", ""))


@pytest.mark.parametrize("fmt", HUMAN)
def test_one_source_one_claim_one_finding_are_counted_in_the_singular(fmt):
    out = plain(render(one_of_each(), fmt))
    assert "1 finding from 1 claim in 1 source." in out
    assert not re.search(r"\b1 (sources|claims|findings)\b", out), out
    assert summary(make_report()).endswith("8 findings from 2 claims in 2 sources.")


def test_one_tension_past_the_limit_is_one_more_tension():
    report = make_report().model_copy(update={"findings": tuple(tension(f"TN001-t{i}", f"c{i}") for i in range(6))})
    assert check_first(report)[-1] == "... and 1 more tension below"
    report = make_report().model_copy(update={"findings": tuple(tension(f"TN001-t{i}", f"c{i}") for i in range(7))})
    assert check_first(report)[-1] == "... and 2 more tensions below"


def against_baseline() -> Report:
    """An accepted hard tension and a new soft one: the soft one is what fails a CI run."""
    report = make_report()
    return report.model_copy(update={
        "findings": (tension("TN001-accepted", "old-claim"), tension("TN004-fresh", "new-claim", strength="soft")),
        "baseline": BaselineSummary(file="auditor-baseline.json", new=("TN004-fresh",))})


def test_against_a_baseline_the_new_tensions_are_checked_first_and_say_so():
    assert check_first(against_baseline()) == ["[soft, new] new-claim (TN004): why new-claim",
                                               "[hard, accepted] old-claim (TN001): why old-claim"]
    # without a baseline: hard before soft, and no tag
    report = against_baseline().model_copy(update={"baseline": None})
    assert [line.split("]")[0] for line in check_first(report)] == ["[hard", "[soft"]


@pytest.mark.parametrize("fmt", HUMAN)
def test_the_baseline_line_and_the_verdict_come_before_the_findings(fmt):
    out = plain(render(against_baseline(), fmt))
    line = "Against baseline auditor-baseline.json: 1 new finding (TN004-fresh); 0 accepted findings gone."
    verdict = "Hard tensions: some claims cannot all be true under any reading."
    assert out.index(line) < out.index("Check first") < out.index("TN001-accepted")
    assert out.index(verdict) < out.index("Check first")



@pytest.mark.parametrize("fmt,new,accepted", [
    ("terminal", "NEW TN004", "ACCEPTED TN001"),
    ("markdown", "### TN004 · warning soft · new", "### TN001 · error hard · accepted"),
    ("html", '<span class="rule">new</span><span class="rule">TN004</span>',
     '<span class="rule">accepted</span><span class="rule">TN001</span>'),
])
def test_against_a_baseline_each_finding_says_whether_it_is_new(fmt, new, accepted):
    out = render(against_baseline(), fmt)
    assert new in out and accepted in out
    plain_report = render(against_baseline().model_copy(update={"baseline": None}), fmt)
    assert new not in plain_report and accepted not in plain_report


@pytest.mark.parametrize("fmt", HUMAN)
def test_the_readings_of_ambiguous_claims_come_after_the_findings(fmt):
    """Which readings of an ambiguous claim can hold is context for the findings: the tensions
    come first (the HTML report always put it after them)."""
    report = make_report()
    ambiguous = report.claims[1].model_copy(update={"readings": (
        {"label": "last full year", "can_hold": True, "candidates": None},
        {"label": "year to date", "can_hold": False, "candidates": None})})
    report = report.model_copy(update={"claims": (report.claims[0], ambiguous)})
    out = plain(render(report, fmt))
    assert "tv-guns: 'year to date' cannot hold with the other claims" in out
    assert out.index("Tensions (") < out.index("TN001-hard") < out.index("Ambiguous claims: which readings hold")
    assert out.index("Implied figures (") < out.index("Ambiguous claims: which readings hold")
