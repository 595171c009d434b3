"""Reporters render a finished report: every finding shows, nothing leaks, the same input gives the same text.

The report is built by hand so these tests do not depend on the engine.
"""

import html
import json
import re

import pytest

from auditor.models.findings import ClaimSummary, Finding, PeriodSummary, Report, SourceSummary, Suspect
from auditor.reporters import REPORTERS, check_first, render

UNDATED = ("undated-tv published 2019-01-01..2019-08-01", "undated-tv published 2020-01-01..2020-08-01")
HUMAN = ("terminal", "markdown", "html")


def claim(cid, source, quote, speaker=None):
    return ClaimSummary(id=cid, source=source, metric="guns_recovered", place="birmingham-al",
                        period=PeriodSummary(phrase="last year", start="2022-01-01", end="2022-12-31"),
                        statement="over 2,000", speaker=speaker, quote={"text": quote, "start": 0, "end": len(quote)})


def finding(fid, kind, message, claims=("paper-guns", "tv-guns"), severity="info", **kw):
    return Finding(id=fid, rule=fid.split("-")[0], kind=kind, severity=severity, claims=claims, message=message, **kw)


def make_report(*extra: Finding, url: str | None = "https://example.org/story") -> Report:
    findings = (
        finding("TN001-hard", "tension", "Three claims cannot all be true even at the most generous reading",
                severity="error", strength="hard",
                evidence={"reading": "generous", "arithmetic": ["paper-guns: guns_recovered 2022 in 2001 to 2500"],
                          "quotes": {"tv-guns": "“the more than 1500 guns” (TV 42)"},
                          "reconcile": {"claim": "tv-guns", "how": "the figure would have to be 1695",
                                        "relative_change": 0.135556}},
                suspects=(Suspect(claim="tv-guns", reason="a paraphrase; the nearest figure is 1695"),
                          Suspect(claim="paper-guns", reason="stated by 2 independent sources"))),
        finding("TN004-soft", "tension", "Two claims conflict under the default reading only", severity="warning",
                strength="soft", candidates=UNDATED[:1],
                evidence={"arithmetic": ["tv-guns: guns_recovered 2023 in 1501 to 1875"],
                          "reconcile": {"claim": "tv-guns", "how": "read generously", "relative_change": None}}),
        finding("DT001-dating", "dating", "Source undated-tv fits 1 of 2 candidate publication ranges",
                claims=("tv-guns",),
                evidence={"source": "undated-tv", "fitting_years": ["2019"],
                          "candidates": [{"published": "2019-01-01..2019-08-01", "fits": True, "tensions": []},
                                         {"published": "2020-01-01..2020-08-01", "fits": False,
                                          "tensions": ["TN004-soft"]}],
                          "links": ["tv-guns follows paper-guns"]}),
        finding("NC001-apart", "not-comparable", "Shooting deaths and homicides are counted differently",
                severity="warning", evidence={"definitions": {"homicides": "deaths caused by another person"}}),
        finding("CR001-agree", "corroboration", "Two independent claims agree on guns recovered in 2022",
                evidence={"quantity": "guns_recovered 2022", "each": {"paper-guns": "2001 to 2500",
                                                                     "tv-guns": "2100 to 2200"},
                          "joint": "2100 to 2200"}),
        finding("IM001-first", "implied", "No source states guns recovered in 2021 but the claims imply 1700",
                candidates=UNDATED[:1], evidence={"quantity": "guns_recovered 2021", "range": "1700"}),
        finding("IM001-second", "implied", "No source states guns recovered in 2021 but the claims imply 1700",
                candidates=UNDATED[1:], evidence={"quantity": "guns_recovered 2021", "range": "1700"}),
        finding("IM001-readings", "implied", "No source states crimes in 2018 but the claims imply 24000",
                evidence={"quantity": "crimes 2018", "range": "24000", "readings": {"tv-crimes": "last full year"}}),
        *extra,
    )
    return Report(
        sources=(SourceSummary(id="paper", title="Police recover guns", publisher="Daily Paper", kind="news",
                               url=url, published="2023-03-29"),
                 SourceSummary(id="undated-tv", title="Chief on guns", publisher="TV 42", kind="news", url=None,
                               published="2019-01-01..2020-08-01", candidates=UNDATED)),
        claims=(claim("paper-guns", "paper", "We took over 2,000 guns off the street last year", "The Chief"),
                claim("tv-guns", "undated-tv", "the more than 1500 guns police say they confiscated")),
        findings=findings)


def flat(text: str) -> str:
    """Whitespace-normalised, since the terminal wraps long lines."""
    return " ".join(text.split())


def test_registry_names_the_four_formats():
    assert set(REPORTERS) == {"terminal", "markdown", "json", "html"}


@pytest.mark.parametrize("fmt", HUMAN)
def test_every_finding_id_and_message_appears(fmt):
    report = make_report()
    out = flat(render(report, fmt))
    for f in report.findings:
        assert f.id in out
        assert flat(f.message) in out


@pytest.mark.parametrize("fmt", HUMAN)
def test_key_evidence_appears(fmt):
    out = flat(render(make_report(), fmt))
    for shown in ("paper-guns: guns_recovered 2022 in 2001 to 2500",      # tension arithmetic
                  "1. tv-guns: a paraphrase; the nearest figure is 1695",  # suspects, in order
                  "2. paper-guns: stated by 2 independent sources",
                  "tv-guns: “the more than 1500 guns” (TV 42)",           # each claim's words
                  "2020-01-01..2020-08-01", "TN004-soft",                 # dating candidates table
                  "tv-guns follows paper-guns",                           # dating links
                  "tv-guns: 2100 to 2200",                                # corroboration each
                  "guns_recovered 2021: 1700",                            # implied range
                  "tv-crimes means 'last full year'" if fmt != "html" else "tv-crimes means &#x27;last full year&#x27;",
                  ):
        assert shown in out, shown


@pytest.mark.parametrize("fmt", HUMAN)
def test_findings_with_one_message_are_shown_once_with_all_their_candidates(fmt):
    out = flat(render(make_report(), fmt))
    message = "No source states guns recovered in 2021 but the claims imply 1700"
    assert out.count(message) == 1
    assert f"only if {UNDATED[0]} or {UNDATED[1]}" in out


def test_sections_come_in_reading_order_with_hard_tensions_first():
    # The soft tension is listed first in the report; the terminal still leads with the hard one.
    report = make_report()
    report = report.model_copy(update={"findings": tuple(sorted(report.findings, key=lambda f: f.strength != "soft"))})
    out = render(report, "terminal")
    order = [out.index(i) for i in ("TN001-hard", "TN004-soft", "DT001-dating", "NC001-apart", "CR001-agree",
                                    "IM001-first")]
    assert order == sorted(order)


def test_terminal_header_counts_and_summary_line():
    lines = render(make_report(), "terminal").splitlines()
    assert lines[1].startswith("Hard tensions:")      # the verdict opens the report
    at = next(i for i, line in enumerate(lines) if line.startswith("hard tensions"))
    labels, numbers = lines[at], lines[at + 1]
    assert labels.split("  ") == ["hard tensions", "soft tensions", "revisions", "corroborations",
                                  "implied figures", "not comparable", "dating"]
    assert numbers.split() == ["1", "1", "0", "1", "3", "1", "1"]
    assert flat(" ".join(lines[-2:])).startswith("Hard tensions:")
    assert flat(" ".join(lines[-2:])).endswith("8 findings from 2 claims in 2 sources.")


def test_terminal_lists_the_tensions_to_check_first_before_the_sections():
    out = render(make_report(), "terminal")
    first = out.index("Check first")
    assert first < out.index("Tensions (")
    assert "1. [hard] tv-guns (TN001): a paraphrase; the nearest figure is 1695" in flat(out[first:])


def test_the_tensions_to_check_first_put_the_furthest_figures_first():
    """Hard before soft; among hard tensions, the figure that must move furthest to fit first,
    those no single move reconciles after the rest."""
    def hard(fid, suspect, change):
        return finding(fid, "tension", "Claims cannot all be true", severity="error", strength="hard",
                       evidence={"reconcile": {"claim": suspect, "how": "-", "relative_change": change}},
                       suspects=(Suspect(claim=suspect, reason="why"),))
    report = make_report(hard("TN001-near", "near-claim", 0.006), hard("TN001-far", "far-claim", 3.6),
                         hard("TN004-unpinned", "unpinned-claim", None))
    order = [line.split()[1] for line in check_first(report, limit=10) if line.startswith("[")]
    assert order == ["far-claim", "tv-guns", "near-claim", "unpinned-claim"]


def test_terminal_without_color_is_plain_text():
    assert "\x1b[" not in render(make_report(), "terminal")
    assert "\x1b[" not in render(make_report(), "terminal", color=False)


def test_terminal_with_color_uses_ansi(monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert "\x1b[" in render(make_report(), "terminal", color=True)


def test_terminal_does_not_depend_on_the_environment(monkeypatch):
    plain = render(make_report(), "terminal")
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.setenv("TTY_COMPATIBLE", "1")
    monkeypatch.setenv("COLUMNS", "40")
    assert render(make_report(), "terminal") == plain


def test_json_round_trips_to_an_equal_report():
    report = make_report()
    out = render(report, "json")
    assert Report.model_validate_json(out) == report


def test_json_sorts_keys_so_evidence_order_does_not_matter():
    a = finding("X001-a", "implied", "m", evidence={"range": "1", "quantity": "q"})
    b = finding("X001-a", "implied", "m", evidence={"quantity": "q", "range": "1"})
    out_a, out_b = render(make_report(a), "json"), render(make_report(b), "json")
    assert out_a == out_b
    data = json.loads(out_a)
    assert list(data) == sorted(data)


def test_html_escapes_every_text():
    hostile = '<script>alert("x")</script>'
    report = make_report(finding("TN009-hostile", "tension", f"claims say {hostile}", severity="error",
                                 strength="hard", evidence={"arithmetic": [hostile]}),
                         url="javascript:alert(1)")
    out = render(report, "html")
    assert out.lower().count("<script") == 1 and "<script>" in out    # only the page's own filter
    assert hostile not in out
    assert "&lt;script&gt;" in out
    assert "javascript:" not in out


def test_html_is_self_contained():
    out = render(make_report(), "html")
    assert out.startswith("<!DOCTYPE html>") and "<style>" in out
    assert not re.search(r"<(link|img|iframe)\b", out, re.I)
    assert re.findall(r"<script\b[^>]*>", out, re.I) == ["<script>"]     # one inline script: the filter
    assert "src=" not in out


def test_markdown_keeps_hostile_text_literal():
    report = make_report(finding("TN009-hostile", "tension", "a <script> | b", severity="error", strength="hard",
                                 evidence={"arithmetic": ["x | y"]}))
    out = render(report, "markdown")
    assert "<script>" not in out
    assert "a \\<script\\> \\| b" in out


def test_markdown_quotes_the_claims_and_tabulates_dating():
    out = render(make_report(), "markdown")
    assert "> “We took over 2,000 guns off the street last year”" in out
    assert "| `2020-01-01..2020-08-01` | no | `TN004-soft` |" in out


def test_unknown_format_names_the_known_ones():
    with pytest.raises(ValueError) as err:
        render(make_report(), "sarif")
    assert "sarif" in str(err.value)
    for name in REPORTERS:
        assert name in str(err.value)


@pytest.mark.parametrize("fmt", sorted(REPORTERS))
def test_rendering_is_deterministic(fmt):
    report = make_report()
    copy = Report.model_validate_json(report.model_dump_json())
    assert render(report, fmt) == render(report, fmt) == render(copy, fmt)


def test_candidates_that_follow_each_other_read_as_one_range():
    from auditor.reporters import only_if
    joined = only_if(("wiat published 2020-08-02..2020-12-31", "wiat published 2020-01-01..2020-08-01",
                      "wiat published 2022-01-01..2022-03-01"))
    assert joined == "only if wiat published 2020-01-01..2020-12-31 or wiat published 2022-01-01..2022-03-01"
    # several undated sources: labels are combinations, shown as they are
    combo = ("a published 2020-01-01..2020-02-01, b published 2021-01-01..2021-02-01",)
    assert only_if(combo) == "only if " + combo[0]


def _completed(fid, old, counter, figure, to):
    """A count so far completed by the police's 56 for 2020 (checks/revision.py's evidence)."""
    return finding(fid, "revision", f"{counter}'s count so far ... completed by the police's figure for the year",
                   claims=(old, "police-56"),
                   evidence={"old": old, "new": "police-56", "body": "the police", "counter": counter,
                             "completed": True, "whole": "homicides 2020", "whole_figure": "56", "to": to,
                             "figures": {old: figure, "police-56": "56 (2021-01-26)"}})


@pytest.mark.parametrize("fmt", HUMAN)
def test_counts_so_far_completed_are_one_line_each_apart_from_the_revisions(fmt):
    from auditor.reporters import counts
    restated = finding("RV001-restated", "revision", "The police restated guns recovered in 2022: 2001, then 2100",
                       evidence={"old": "paper-guns", "new": "tv-guns"})
    report = make_report(restated, _completed("RV001-a", "tv-50", "Channel 4", "50 (2020-12-23)", "2020-12-22"),
                         _completed("RV001-b", "radio-52", "Radio 9", "52 (2020-12-28)", "2020-12-27"))
    out = flat(html.unescape(render(report, fmt)) if fmt == "html" else render(report, fmt))
    assert dict(counts(report))["revisions"] == 1 and dict(counts(report))["completed"] == 2
    assert "Revisions (1)" in out and "Counts so far, completed (2, 1 distinct)" in out
    assert out.index("Revisions (1)") < out.index("Counts so far, completed")
    # one line for the year's figure, naming both counts so far; not the findings' long messages
    assert out.count("the police's 56 (2021-01-26) completed") == 1
    assert "Channel 4's count so far to 2020-12-22: 50 (2020-12-23)" in out and "Radio 9's count so far" in out
    assert "completed by the police's figure for the year" not in out
