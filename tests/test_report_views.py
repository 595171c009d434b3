"""The views of a report people look at: the HTML page with its timelines and filter, the notebook
summary, the DataFrames, the CSV of findings and the ClaimReview export."""

from __future__ import annotations

import csv
import doctest
import io
import json
import re
import subprocess
import sys
from datetime import date
from pathlib import Path
from urllib.parse import urlparse

import pytest

from auditor.models.findings import ClaimSummary, Finding, PeriodSummary, Report, SourceSummary, Suspect
from auditor.reporters import REGISTRY, REPORTERS, claimreview, csvreport, render, timeline

pytestmark = pytest.mark.slow   # whole reports rendered as pages and frames: CI runs them (`pytest -m slow`)

ROOT = Path(__file__).resolve().parents[1]
KANSAS_CITY = ROOT / "benchmarks" / "corpora" / "kansas-city"
CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture(scope="module")
def seeds(seed_report_default_workers) -> Report:
    return seed_report_default_workers   # auditor.audit(), made once for the run (conftest.py)


def claim(cid, source, statement, quote, start="2022-01-01", end="2022-12-31", metric="guns_recovered",
          speaker=None):
    return ClaimSummary(id=cid, source=source, metric=metric, place="birmingham-al",
                        period=PeriodSummary(phrase="a year", start=start, end=end), statement=statement,
                        speaker=speaker, quote={"text": quote, "start": 0, "end": len(quote)})


def small_report() -> Report:
    """Two papers disagree on 2022 (a hard tension), two agree on 2021, one figure is restated,
    2020 is only implied and one claim is a change with no figure."""
    findings = (
        Finding(id="TN001-x", rule="TN001", kind="tension", severity="error", strength="hard",
                claims=("a-2022", "b-2022"), message="2 claims cannot all be true. Most likely wrong: a-2022.",
                evidence={"arithmetic": ["a-2022: guns_recovered[birmingham-al, 2022] in [2001, 2500]",
                                         "b-2022: guns_recovered[birmingham-al, 2022] in 1500"]},
                suspects=(Suspect(claim="a-2022", reason="a paraphrase"),
                          Suspect(claim="b-2022", reason="stated by 2 sources"))),
        Finding(id="CR001-y", rule="CR001", kind="corroboration", severity="info", claims=("a-2021", "b-2021"),
                message="2 independent claims agree on guns_recovered[birmingham-al, 2021]: jointly 1700.",
                evidence={"quantity": "guns_recovered[birmingham-al, 2021]",
                          "each": {"a-2021": "1700", "b-2021": "[1650, 1750]"}, "joint": "1700"}),
        Finding(id="IM001-z", rule="IM001", kind="implied", severity="info", claims=("b-change",),
                message="No source states guns recovered in 2020 but the claims imply [1200, 1300].",
                evidence={"metric": "guns_recovered", "place": "birmingham-al",
                          "quantity": "guns_recovered[birmingham-al, 2020]", "range": "[1200, 1300]"}),
    )
    return Report(
        sources=(SourceSummary(id="a", title="Paper A", publisher="Daily A", kind="news",
                               url="https://example.org/a", published="2023-02-01"),
                 SourceSummary(id="b", title="TV B", publisher="TV B", kind="news", url=None,
                               published="2023-03-01")),
        claims=(claim("a-2022", "a", "over 2,000", "We took over 2,000 guns off the street last year",
                      speaker="Pat Doe, Police Chief"),
                claim("b-2022", "b", "1500", "1,500 guns <b>seized</b>"),
                claim("a-2021", "a", "1700", "1,700 guns in 2021", start="2021-01-01", end="2021-12-31"),
                claim("b-2021", "b", "about 1700", "about 1,700 in 2021", start="2021-01-01", end="2021-12-31"),
                claim("b-change", "b", "up 20 percent (vs 2020)", "up 20 percent on 2020")),
        findings=findings)


# --- timelines -----------------------------------------------------------------------------------

def test_intervals_and_periods_are_read_as_the_engine_writes_them():
    assert timeline.interval("151") == (151, 151)
    assert timeline.interval("[2001, 2500]") == (2001, 2500)
    assert timeline.interval("(0.5, 0.75]") == (0.5, 0.75)
    assert timeline.interval("70 to 75") == (70, 75)
    assert timeline.interval("74 percent") == (74, 74)
    assert timeline.interval("2,000") == (2000, 2000)
    for words in ("over 2,000", "record-high", "down 24 percent", "eight", ""):
        assert timeline.interval(words) is None, words
    assert timeline.period("2019") == (date(2019, 1, 1), date(2019, 12, 31))
    assert timeline.period("2019-12") == (date(2019, 12, 1), date(2019, 12, 31))
    assert timeline.period("2023-01-01..2023-01-01~2023-03-29") == (date(2023, 1, 1), date(2023, 3, 29))
    assert timeline.period("last year") is None


def test_a_series_holds_each_claims_interval_its_role_and_the_implied_range():
    (s,) = timeline.series(small_report())
    assert (s.metric, s.place) == ("guns_recovered", "birmingham-al")
    marks = {m.claims: m for m in s.marks}
    assert marks[("a-2022",)][3:6] == (2001, 2500, "suspect")          # the engine's interval, not the words
    assert marks[("b-2022",)][3:6] == (1500, 1500, "tension")
    assert marks[("b-2021",)][3:6] == (1650, 1750, "corroborated")
    assert s.ranges[0][2:6] == (date(2020, 1, 1), date(2020, 12, 31), 1200, 1300)
    assert s.relative == ("b-change",)
    assert s.findings == ("TN001-x", "CR001-y", "IM001-z")              # most important first


def test_the_chart_is_svg_with_the_quote_on_hover_and_the_tension_on_top():
    report = small_report()
    (s,) = timeline.series(report)
    svg = timeline.svg(s, report)
    assert svg.startswith("<svg") and svg.endswith("</svg>")
    assert "“We took over 2,000 guns off the street last year” — Pat Doe, Police Chief, Daily A" in svg
    assert "&lt;b&gt;seized&lt;/b&gt;" in svg and "<b>" not in svg         # quotes are escaped
    assert 'class="implied"' in svg and 'class="mark relative"' in svg
    # the claims of a tension are drawn last, so nothing covers them
    assert svg.index('class="mark corroborated"') < svg.index('class="mark suspect"')
    assert svg.index('class="mark corroborated"') < svg.index('class="mark tension"')


def external_urls(page: str) -> list[str]:
    """What a browser would fetch or a reader could follow out of the page."""
    found = re.findall(r"""\b(?:src|href|xlink:href|action|poster|srcset)\s*=\s*["']?\s*(?:https?:)?//[^"'\s>]*""",
                       page, re.I)
    found += re.findall(r"<script\b[^>]*\bsrc\b", page, re.I)
    found += re.findall(r"""url\(\s*["']?\s*(?:https?:)?//""", page, re.I)
    found += re.findall(r"@import", page, re.I)
    return found


def test_the_seed_page_has_timelines_a_filter_and_no_external_url(seeds):
    page = render(seeds, "html")
    assert external_urls(page) == []
    assert re.findall(r"<script\b[^>]*>", page) == ["<script>"]
    assert page.count("<svg") - page.count('aria-hidden="true"') >= 2          # charts, not only the legend's
    assert 'id="series-guns_recovered--birmingham-al"' in page
    # the first suspect of the soft gun tension is highlighted, with its words on hover
    assert re.search(r'<g class="mark suspect" data-claims="wiat-guns-this-year"><title>[^<]*'
                     r"the more than 1500 guns police say they confiscated", page)
    # filterable by kind and by rule; every finding carries both
    assert '<option value="tension">' in page and '<option value="TN004">' in page
    assert len(re.findall(r'<article [^>]*data-kind="[^"]+" data-rule="[^"]+"', page)) == len(
        {f.message for f in seeds.findings})
    # most important first: the tension leads, context sections start collapsed
    assert page.index('data-rule="TN004"') < page.index('data-rule="NC001"') < page.index('data-rule="IM001"')
    assert '<details class="kind" id="implied" data-kind="implied">' in page


def test_the_page_shows_source_addresses_as_text_not_links():
    page = render(small_report(), "html")
    assert "https://example.org/a" in page and external_urls(page) == []


@pytest.mark.slow
def test_a_300_claim_page_stays_offline_and_draws_its_series():
    import auditor

    report = auditor.audit([str(KANSAS_CITY)])
    assert len(report.claims) >= 300
    page = render(report, "html")
    assert external_urls(page) == []
    drawn = [s for s in timeline.series(report) if s.drawable]
    assert len(drawn) >= 5
    assert all(f'id="{s.anchor}"' in page for s in drawn)
    assert page.count('class="mark suspect"') >= 5


@pytest.mark.slow
def test_chromium_renders_the_pages(tmp_path):
    """Screenshots of the seed page and the Kansas City page, as committed under docs/."""
    if not CHROMIUM.exists():
        pytest.skip("no /usr/bin/chromium (Debian's chromium package): the pages are not rendered here")
    import auditor

    for name, paths in (("seeds", None), ("kansas-city", [str(KANSAS_CITY)])):
        page = tmp_path / f"{name}.html"
        page.write_text(render(auditor.audit(paths), "html"), encoding="utf-8")
        shot = tmp_path / f"{name}.png"
        subprocess.run([str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", f"--screenshot={shot}",
                        "--window-size=1280,2000", page.as_uri()], check=True, capture_output=True, timeout=120)
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


# --- the notebook view and the frames --------------------------------------------------------------

def big_report(n: int = 5000) -> Report:
    base = small_report()
    claims = tuple(c.model_copy(update={"id": f"{c.id}-{i}"}) for i in range(n // 5) for c in base.claims)
    return base.model_copy(update={"claims": claims})


def test_a_notebook_shows_a_short_summary_and_the_top_findings():
    report = big_report()
    out = report._repr_html_()
    assert len(out) < 4000                                # 5,000 claims, a few lines
    assert "5000 claims" in out and "TN001-x" in out
    assert "<script" not in out
    assert out.index("TN001-x") < out.index("CR001-y")    # most important first


def test_a_page_of_5000_claims_merges_identical_marks_and_stays_small():
    report = big_report()
    page = render(report, "html")
    assert len(page) < 150_000
    assert page.count('<g class="mark') < 20          # one mark per figure and period, not per claim
    assert "... and 992 more claims" in page           # the hover names the first 8


def test_ipython_shows_a_few_lines_of_plain_text_too():
    class Printer:
        text_out = ""

        def text(self, value):
            self.text_out += value

    printer = Printer()
    big_report()._repr_pretty_(printer, cycle=False)
    lines = printer.text_out.splitlines()
    assert lines[0] == "<Report 1.0: 2 sources, 5000 claims, 3 findings; worst: hard-tension>"
    assert lines[1].startswith("  TN001-x tension (hard): ") and len(lines) == 4


def test_the_frames_have_a_row_per_claim_and_per_finding():
    pytest.importorskip("pandas")
    report = small_report()
    claims, findings = report.claims_frame(), report.findings_frame()
    assert list(claims["id"]) == [c.id for c in report.claims]
    assert list(findings["id"]) == ["TN001-x", "CR001-y", "IM001-z"]
    row = claims.set_index("id").loc["a-2022"]
    assert (row["publisher"], row["tensions"], row["first_suspect_in"]) == ("Daily A", 1, "TN001-x")
    assert bool(claims.set_index("id").loc["b-2021", "corroborated"]) is True


def test_without_pandas_the_frames_name_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)     # makes `import pandas` fail
    with pytest.raises(ImportError, match=r"claims-auditor\[frames\]"):
        small_report().claims_frame()
    with pytest.raises(ImportError, match=r"pip install"):
        small_report().findings_frame()


def test_the_notebook_page_runs_as_a_doctest():
    pytest.importorskip("pandas")
    result = doctest.testfile(str(ROOT / "docs" / "notebook.md"), module_relative=False,
                              optionflags=doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS)
    assert result.attempted > 5 and result.failed == 0


# --- CSV -------------------------------------------------------------------------------------------

def test_csv_is_registered_as_a_table_not_a_whole_report():
    assert REGISTRY["csv"].extension == "csv" and "csv" not in REPORTERS
    assert REGISTRY["claimreview"].extension == "jsonld" and "claimreview" not in REPORTERS


def test_csv_has_a_row_per_finding_most_important_first_and_no_formulas():
    hostile = Finding(id="IM009-f", rule="IM009", kind="implied", severity="info", claims=("a-2021",),
                      message="=HYPERLINK(\"x\")", evidence={})
    report = small_report()
    report = report.model_copy(update={"findings": (*report.findings, hostile)})
    rows = list(csv.DictReader(io.StringIO(render(report, "csv"))))
    assert [r["id"] for r in rows] == ["TN001-x", "CR001-y", "IM001-z", "IM009-f"]
    assert tuple(rows[0]) == csvreport.COLUMNS
    assert rows[0]["claims"] == "a-2022, b-2022" and rows[0]["first_suspect"] == "a-2022"
    assert rows[-1]["message"] == "'=HYPERLINK(\"x\")"


# --- ClaimReview -----------------------------------------------------------------------------------

def _is_date(value) -> bool:
    try:
        return isinstance(value, str) and date.fromisoformat(value).isoformat() == value
    except ValueError:
        return False


def _named(thing, types=("Person", "Organization")) -> bool:
    return isinstance(thing, dict) and thing.get("@type") in types and isinstance(thing.get("name"), str) \
        and thing["name"].strip() != ""


def claimreview_problems(review: dict) -> list[str]:
    """ClaimReview as Google's fact-check structured data documents it: required claimReviewed,
    reviewRating (a Rating with alternateName; a numeric ratingValue within worstRating..bestRating,
    both given), url, author (Person or Organization with a name); recommended itemReviewed (a Claim
    with an author, an ISO 8601 datePublished and an appearance), datePublished (ISO 8601)."""
    problems = []
    if review.get("@context") not in ("https://schema.org", "http://schema.org"):
        problems.append("@context is not schema.org")
    if review.get("@type") != "ClaimReview":
        problems.append("@type is not ClaimReview")
    if not isinstance(review.get("claimReviewed"), str) or not review["claimReviewed"].strip():
        problems.append("claimReviewed: required text")
    rating = review.get("reviewRating")
    if not isinstance(rating, dict) or rating.get("@type") != "Rating":
        problems.append("reviewRating: required Rating")
    else:
        if not isinstance(rating.get("alternateName"), str) or not rating["alternateName"].strip():
            problems.append("reviewRating.alternateName: required text")
        if "ratingValue" in rating:
            value, best, worst = rating.get("ratingValue"), rating.get("bestRating"), rating.get("worstRating")
            if not all(isinstance(x, (int, float)) for x in (value, best, worst)):
                problems.append("reviewRating: a numeric ratingValue needs numeric bestRating and worstRating")
            elif not worst <= value <= best:
                problems.append("reviewRating.ratingValue outside worstRating..bestRating")
    url = review.get("url")
    parsed = urlparse(url) if isinstance(url, str) else None
    if parsed is None or not (parsed.scheme in ("http", "https") and parsed.netloc
                              or not parsed.scheme and parsed.fragment):
        problems.append("url: required, an absolute http(s) URL or a reference to the hosting page")
    if not _named(review.get("author")):
        problems.append("author: required Person or Organization with a name")
    if "datePublished" in review and not _is_date(review["datePublished"]):
        problems.append("datePublished: not an ISO 8601 date")
    item = review.get("itemReviewed")
    if item is not None:
        if not isinstance(item, dict) or item.get("@type") != "Claim":
            problems.append("itemReviewed: a Claim")
        else:
            if not _named(item.get("author")):
                problems.append("itemReviewed.author: Person or Organization with a name")
            if "datePublished" in item and not _is_date(item["datePublished"]):
                problems.append("itemReviewed.datePublished: not an ISO 8601 date")
            appearance = item.get("appearance")
            if appearance is not None:
                if not isinstance(appearance, dict) or appearance.get("@type") != "CreativeWork":
                    problems.append("itemReviewed.appearance: a CreativeWork")
                elif "url" in appearance and urlparse(appearance["url"]).scheme not in ("http", "https"):
                    problems.append("itemReviewed.appearance.url: not a web address")
    return problems


def test_the_seed_claimreviews_meet_the_requirements(seeds):
    reviews = json.loads(render(seeds, "claimreview"))
    assert reviews, "the seeds' soft gun tension gives its suspects a verdict"
    for review in reviews:
        assert claimreview_problems(review) == [], review["@id"]
    first = reviews[0]
    assert first["claimReviewed"] == "the more than 1500 guns police say they confiscated"
    assert first["reviewRating"]["alternateName"] == "Doubtful"       # first suspect of a soft tension
    assert first["url"] == "#TN004-edd7a24637"
    chief = next(r for r in reviews if r["@id"] == "#claimreview-wbrc23-guns-last-year")
    assert chief["itemReviewed"]["author"] == {"@type": "Person", "name": "Scott Thurmond",
                                               "jobTitle": "Birmingham Police Chief"}
    assert chief["itemReviewed"]["datePublished"] == "2023-03-29"


def test_ratings_follow_the_documented_mapping():
    report = small_report()
    out = json.loads(claimreview.render(report, {}, None, today=date(2024, 5, 6)))
    ratings = {r["@id"].removeprefix("#claimreview-"): (r["reviewRating"]["ratingValue"],
                                                       r["reviewRating"]["alternateName"]) for r in out}
    assert ratings == {"a-2022": (1, "Contradicted"), "b-2022": (2, "Disputed"),
                       "a-2021": (5, "Corroborated"), "b-2021": (5, "Corroborated")}
    assert [r["@id"] for r in out][:2] == ["#claimreview-a-2022", "#claimreview-b-2022"]   # worst first
    assert all(claimreview_problems(r) == [] for r in out)
    assert all(r["datePublished"] == "2024-05-06" for r in out)
    a = out[0]["itemReviewed"]
    assert a["appearance"]["url"] == "https://example.org/a" and a["temporalCoverage"] == "2022-01-01/2022-12-31"
    assert "url" not in out[1]["itemReviewed"]["appearance"]           # no address, none invented


def test_claimreview_dates_come_from_source_date_epoch_when_set(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    out = json.loads(render(small_report(), "claimreview"))
    assert {r["datePublished"] for r in out} == {"2023-11-14"}


def test_the_checker_catches_what_google_requires():
    good = json.loads(claimreview.render(small_report(), {}, None, today=date(2024, 5, 6)))[0]
    for broken, expected in (({"claimReviewed": ""}, "claimReviewed"), ({"url": "ftp:x"}, "url"),
                             ({"author": {"@type": "Thing", "name": "x"}}, "author"),
                             ({"datePublished": "6 May 2024"}, "datePublished"),
                             ({"reviewRating": {"@type": "Rating", "ratingValue": 9, "bestRating": 5,
                                                "worstRating": 1, "alternateName": "x"}}, "outside")):
        assert any(expected in p for p in claimreview_problems({**good, **broken})), broken
    no_name = {**good, "reviewRating": {k: v for k, v in good["reviewRating"].items() if k != "alternateName"}}
    assert any("alternateName" in p for p in claimreview_problems(no_name))


@pytest.mark.slow
def test_the_cli_writes_csv_and_claimreview(tmp_path):
    from typer.testing import CliRunner

    from auditor.cli import app

    runner = CliRunner()
    result = runner.invoke(app, ["audit", "--format", "csv", "--save", f"claimreview:{tmp_path / 'r.jsonld'}"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0].startswith("id,rule,kind,severity")
    assert json.loads((tmp_path / "r.jsonld").read_text(encoding="utf-8"))[0]["@type"] == "ClaimReview"
