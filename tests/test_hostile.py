"""Hostile input (issue 16): source texts confined to the claims' folder, reports that cannot be
turned against their readers (Markdown, terminal, HTML, CSV, GitHub annotations, JSON, SARIF),
and the reproducers of the issue that tests/test_bad_input.py does not already hold.

Each reproducer gets a located error or an escaped report, in well under a second."""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import json
import os
import re
import signal
import subprocess
import sys
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

import auditor
from auditor import InputError, load_claims
from auditor.cli import app
from auditor.loading.source_text import MAX_TEXT_BYTES, read_source_text
from auditor.models.findings import ClaimLocation, ClaimSummary, Finding, PeriodSummary, Report, SourceSummary, Suspect
from auditor.reporters import render

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
SOURCE = "sources:\n  - {{id: s, title: t, publisher: p, published: 2021-09-15, text_path: {path}}}\n"
CLAIM = ("claims:\n  - {{id: c, source: s, metric: homicides, place: birmingham-al, period: '2020', value: '12', "
         "quote: {quote}{extra}}}\n")


def claims_in(folder: Path, path: str, quote: str = "'12 homicides'", extra: str = "") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    file = folder / "claims.yaml"
    file.write_text(SOURCE.format(path=json.dumps(path)) + CLAIM.format(quote=quote, extra=extra), encoding="utf-8")
    return file


def problems(file: Path, **options) -> list:
    with pytest.raises(InputError) as exc:
        load_claims(file, **options)
    return exc.value.problems


# --- source texts stay inside the claims' folder ---------------------------------------------------

@pytest.fixture
def outside(tmp_path) -> Path:
    secret = tmp_path / "private" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text("the password is 12 homicides long", encoding="utf-8")
    return secret


@pytest.mark.parametrize("path", ["../private/secret.txt", "{secret}", "sub/../../private/secret.txt", "/etc/passwd",
                                  "/dev/zero", "link.txt"])
def test_a_text_path_leading_outside_the_folder_is_refused_unread(tmp_path, outside, path):
    folder = tmp_path / "claims"
    folder.mkdir()
    (folder / "link.txt").symlink_to(outside)
    file = claims_in(folder, path.format(secret=outside), quote="{text: '12 homicides', start: 3}")
    (p,) = problems(file)
    assert (p.code, p.field, p.line) == ("text-outside", "sources[0].text_path", 2)
    # nothing about the file at the far end: not its words, not where the quote would be
    rendered = p.render()
    assert "password" not in rendered and "offset" not in rendered and "found" not in rendered
    assert "--text-root" in p.hint


def test_a_wrong_offset_in_the_claims_own_text_still_says_where_the_quote_is(tmp_path):
    folder = tmp_path / "claims"
    folder.mkdir()
    (folder / "t.txt").write_text("Police counted 12 homicides in 2020.", encoding="utf-8")
    (p,) = problems(claims_in(folder, "t.txt", quote="{text: '12 homicides', start: 3}"))
    assert p.code == "quote-offset" and "offset 15" in p.hint


def test_a_named_text_root_lets_a_sibling_folder_in_and_nothing_past_it(tmp_path, outside):
    folder = tmp_path / "claims"
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "a.txt").write_text("Police counted 12 homicides in 2020.", encoding="utf-8")
    file = claims_in(folder, "../texts/a.txt")
    assert problems(file)[0].code == "text-outside"
    corpus = load_claims(file, text_root=tmp_path)
    assert corpus.claims[0].quote.start == 15
    claims_in(folder, "../private/secret.txt")
    (p,) = problems(file, text_root=texts)
    assert p.code == "text-outside" and str(texts) in p.message
    runner = CliRunner()
    claims_in(folder, "../texts/a.txt")
    assert runner.invoke(app, ["validate", str(file)]).exit_code == 2
    result = runner.invoke(app, ["validate", "--text-root", str(tmp_path), str(file)])
    assert result.exit_code == 0, result.output
    # the library's one-call audit takes the same root
    with pytest.raises(InputError):
        auditor.audit(file)
    assert auditor.audit(file, text_root=tmp_path).claims


def test_a_fifo_is_refused_without_blocking(tmp_path):
    folder = tmp_path / "claims"
    folder.mkdir()
    os.mkfifo(folder / "pipe.txt")   # no writer: a blocking open would wait for ever
    start = time.monotonic()
    (p,) = problems(claims_in(folder, "pipe.txt"))
    assert p.code == "text-not-file" and time.monotonic() - start < 5


def test_a_folder_and_a_missing_file_are_located_errors(tmp_path):
    folder = tmp_path / "claims"
    (folder / "sub").mkdir(parents=True)
    assert problems(claims_in(folder, "sub"))[0].code == "text-not-file"
    assert problems(claims_in(folder, "nothere.txt"))[0].code == "text-missing"
    assert problems(claims_in(folder, ""))[0].code in ("text-invalid", "text-not-file")


def test_a_text_larger_than_the_limit_is_refused_without_being_read(tmp_path):
    folder = tmp_path / "claims"
    folder.mkdir()
    with open(folder / "huge.txt", "wb") as fh:   # sparse: no 16 MiB written
        fh.truncate(MAX_TEXT_BYTES + 1)
    (p,) = problems(claims_in(folder, "huge.txt"))
    assert p.code == "text-too-large" and "16 MiB" in p.message
    # the limit is the reader's parameter; just under it reads
    (folder / "t.txt").write_text("x" * 100, encoding="utf-8")
    assert read_source_text("t.txt", folder / "claims.yaml", max_bytes=100).text == "x" * 100
    assert read_source_text("t.txt", folder / "claims.yaml", max_bytes=99).refusal.code == "text-too-large"


def test_a_text_that_is_not_utf8_is_located_without_its_bytes(tmp_path):
    folder = tmp_path / "claims"
    folder.mkdir()
    (folder / "t.txt").write_bytes(b"12 homicides \xff\xfe")
    (p,) = problems(claims_in(folder, "t.txt"))
    assert p.code == "text-encoding" and p.line == 2


# --- reports cannot be turned against their readers ----------------------------------------------

SCRIPTS = ('<img src=x onerror="document.title=\'PWNED\'">'
           '<script>document.title="PWNED";document.body.append("PWNED")</script>'
           '<svg onload="document.title=\'PWNED\'"></svg>')
TERMINAL = "\x1b[2J\x1b[H\x1b]8;;https://evil.example/\x1b\\click\x1b]8;;\x1b\\ \x9b31m\u202etxt.exe\x07"
MARKDOWN = "](javascript:alert(1)) [x](javascript:alert(1)) <a href=\"javascript:alert(1)\">x</a> `x` | cell"
FORMULA = '=HYPERLINK("https://evil.example/","click")'
WORKFLOW = "x\n::set-output name=a::b\r\n::error file=x::fake\n::add-mask::"
EVERYTHING = " ".join((SCRIPTS, TERMINAL, MARKDOWN, WORKFLOW))
URL = 'https://example.org/"><img src=x onerror="document.title=\'PWNED\'">)<script>document.title="PWNED"</script>'


def hostile_report() -> Report:
    """Every text a claim file can put in a report, carrying a payload for each medium."""
    period = PeriodSummary(phrase=EVERYTHING, start="2020-01-01", end="2020-12-31")
    claims = tuple(ClaimSummary(id=cid, source=f"s{k}", metric="homicides", place="birmingham-al", period=period,
                                statement=EVERYTHING, speaker=EVERYTHING, quote={"text": EVERYTHING, "start": 0},
                                where=ClaimLocation(file=f"claims/{SCRIPTS}.yaml", line=3, column=5))
                   for k, cid in enumerate((FORMULA, "c2" + TERMINAL)))
    sources = tuple(SourceSummary(id=f"s{k}", title=EVERYTHING, publisher=FORMULA + TERMINAL, kind="news",
                                  url=URL, published="2021-01-01") for k in range(2))
    ids = tuple(c.id for c in claims)
    findings = (
        Finding(id="TN001-" + FORMULA, rule="TN001", kind="tension", severity="error", strength="hard", claims=ids,
                message=FORMULA + " " + EVERYTHING, suspects=(Suspect(claim=ids[0], reason=EVERYTHING),),
                evidence={"arithmetic": [EVERYTHING, f"{ids[1]}: homicides in 12"]}),
        Finding(id="CR001-" + TERMINAL, rule="CR001", kind="corroboration", severity="warning", claims=ids,
                message="-" + EVERYTHING, evidence={"quantity": EVERYTHING, "each": {i: EVERYTHING for i in ids},
                                                    "joint": "12"}),
    )
    return Report(sources=sources, claims=claims, findings=findings)


def rules_meta():
    from auditor.pack import load_pack
    from auditor.reporters import rule_info
    return rule_info(load_pack())


class Elements(HTMLParser):
    """Every element and attribute in an HTML text."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts.append(data)


def elements(html: str) -> Elements:
    parser = Elements()
    parser.feed(html)
    return parser


def no_live_html(html: str, allowed: set[str]) -> None:
    """No element outside `allowed`, no event handler, no link that is not a web address."""
    found = elements(html)
    assert {tag for tag, _ in found.tags} <= allowed, {tag for tag, _ in found.tags} - allowed
    for tag, attrs in found.tags:
        assert not [a for a in attrs if a.startswith("on")], (tag, attrs)
        for name in ("href", "src", "action", "formaction"):
            if name in attrs and not attrs[name].startswith("#"):
                assert attrs[name].startswith(("https://", "http://")) and not re.search(r"[<>\"' ]", attrs[name])


def test_markdown_rendered_by_a_commonmark_renderer_has_no_live_html():
    markdown_it = pytest.importorskip("markdown_it", reason="markdown-it-py is in the test extra")
    md = render(hostile_report(), "markdown")
    renderer = markdown_it.MarkdownIt("commonmark", {"html": True}).enable("table")
    tokens = renderer.parse(md)
    raw = [t for t in tokens if t.type == "html_block"] + [c for t in tokens for c in (t.children or [])
                                                           if c.type == "html_inline"]
    assert not raw, raw[:3]
    html = renderer.render(md)
    no_live_html(html, {"h1", "h2", "h3", "p", "table", "thead", "tbody", "tr", "th", "td", "a", "code", "strong",
                        "em", "blockquote", "ul", "ol", "li", "hr", "br"})
    links = [attrs["href"] for tag, attrs in elements(html).tags if tag == "a"]
    assert links and all(h.startswith("https://example.org/") for h in links)
    # every payload is still there to read, as text
    assert "PWNED" in html and "javascript:alert(1)" in html and FORMULA.replace('"', "&quot;") in html
    assert "\x1b" not in md and "\u202e" not in md and "\x9b" not in md and "\\x1b" in md


def test_the_terminal_report_obeys_no_escape_sequence_from_the_input():
    report = hostile_report()
    plain = render(report, "terminal")
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", plain)
    assert "\\x1b[2J" in plain and "\\u202e" in plain   # shown, so the reader sees it was there
    colored = render(report, "terminal", color=True)
    without_colour = re.sub(r"\x1b\[[0-9;]*m", "", colored)   # the reporter's own styles are SGR only
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", without_colour)


def test_a_bad_input_message_obeys_no_escape_sequence_either(tmp_path):
    file = tmp_path / "claims.yaml"
    file.write_text('sources:\n  - {id: s, title: t, publisher: p, published: 2021-09-15, authority: "\\e[2J\\u202e"}\n'
                    'claims: []\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["validate", str(file)])
    assert result.exit_code == 2 and "error[" in result.output
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e]", result.output)


def test_the_html_report_escapes_everything_and_runs_only_its_own_script():
    page = render(hostile_report(), "html")
    found = elements(page)
    assert not [tag for tag, _ in found.tags if tag in ("img", "iframe", "object", "embed")]
    assert [tag for tag, _ in found.tags].count("script") == 1
    assert all(not a.startswith("on") for _, attrs in found.tags for a in attrs)
    # the page's policy allows exactly its own script, by hash
    (policy,) = [attrs["content"] for tag, attrs in found.tags if attrs.get("http-equiv") == "Content-Security-Policy"]
    digest = base64.b64encode(hashlib.sha256(found.scripts[0].encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in policy and "default-src 'none'" in policy


def dump_dom(page: Path) -> tuple[str, str]:
    proc = subprocess.run([str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--enable-logging=stderr",
                           "--virtual-time-budget=2000", "--dump-dom", page.as_uri()],
                          capture_output=True, text=True, timeout=120)
    return proc.stdout, proc.stderr


@pytest.mark.slow
def test_chromium_runs_no_script_from_the_input(tmp_path):
    if not CHROMIUM.exists():
        pytest.skip("no /usr/bin/chromium (Debian's chromium package, `apt-get install chromium`): not rendered here")
    page = tmp_path / "report.html"
    page.write_text(render(hostile_report(), "html"), encoding="utf-8")
    dom, log = dump_dom(page)
    assert "<title>Claims audit" in dom and "PWNED</title>" not in dom
    tags = elements(dom).tags
    assert not [t for t, _ in tags if t in ("img", "iframe")] and [t for t, _ in tags].count("script") == 1
    assert "Content Security Policy" not in log   # the page's own script is allowed by its policy
    # were a payload ever to get past the escaping, the page's policy would still refuse to run it
    raw = render(hostile_report(), "html").replace("<footer>", SCRIPTS + "<footer>")
    page.write_text(raw, encoding="utf-8")
    dom, log = dump_dom(page)
    assert "PWNED</title>" not in dom and "Executing inline script violates" in log


def test_csv_cells_cannot_start_a_formula():
    rows = list(csv.reader(io.StringIO(render(hostile_report(), "csv"))))
    cells = [cell for row in rows[1:] for cell in row]
    assert cells and not [c for c in cells if c.lstrip()[:1] in ("=", "+", "-", "@", "\uff1d")]
    assert any(c == "'" + FORMULA for c in cells)   # kept, quoted with an apostrophe


def test_github_annotations_cannot_issue_workflow_commands():
    text = render(hostile_report(), "github", rules=rules_meta(), root=".")
    lines = text.splitlines()
    commands = [line for line in lines if line.startswith("::")]
    assert len(commands) == 2 and all(re.match(r"::(error|warning) file=", line) for line in commands)
    assert len(lines) == 3 and not lines[-1].startswith("::")   # the two findings, then the summary
    assert "\r" not in text and "%0A::set-output" in commands[0]


def test_json_and_sarif_keep_every_text_exactly():
    report = hostile_report()
    data = json.loads(render(report, "json"))
    assert data["sources"][0]["url"] == URL and data["claims"][0]["quote"]["text"] == EVERYTHING
    assert not re.search("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e]", render(report, "json"))   # escaped, same values
    sarif = json.loads(render(report, "sarif", rules=rules_meta()))
    assert sarif["runs"][0]["results"][0]["message"]["text"].startswith(FORMULA)


# --- output and signals -----------------------------------------------------------------------------

@pytest.mark.slow
def test_an_output_under_proc_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(app, ["audit", "--output", "/proc/version/report.md", "--fail-on", "never"])
    assert result.exit_code == 2 and "/proc/version/report.md" in result.output
    assert "internal error" not in result.output and "Traceback" not in result.output


def _descendants(pid: int) -> set[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(entry.name))
    out, todo = set(), [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            out.add(child)
            todo.append(child)
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


@pytest.mark.slow
def test_ctrl_c_leaves_no_report_no_temporary_file_and_no_worker(tmp_path):
    if not Path("/proc/self/stat").exists():
        pytest.skip("reads the process tree from /proc (Linux)")
    from benchmarks.synthetic import generate
    synthetic = generate(3000, seed=16)   # enough independent blocks for the worker pool
    pack = tmp_path / "pack"
    synthetic.pack(pack)
    claims = tmp_path / "claims.json"
    claims.write_text(json.dumps(synthetic.records, default=str), encoding="utf-8")
    out = tmp_path / "out" / "report.json"
    out.parent.mkdir()
    proc = subprocess.Popen([sys.executable, "-m", "auditor", "audit", str(claims), "--rules", str(pack),
                             "--workers", "2", "--format", "json", "-o", str(out),
                             "--progress", "--fail-on", "never"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=tmp_path,
                            # as from a terminal: a job started in the background by a shell (a CI
                            # runner's, say) inherits SIGINT ignored, and Python then never sees it
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    seen = []
    for line in proc.stderr:   # wait until the audit is deciding blocks in its workers
        seen.append(line)
        if "deciding" in line:
            break
    workers: set[int] = set()
    deadline = time.monotonic() + 30
    while not workers and proc.poll() is None and time.monotonic() < deadline:   # the pool is forked
        time.sleep(0.05)
        workers = _descendants(proc.pid)
    assert workers, "the audit had no worker processes to leave behind"
    time.sleep(0.2)
    assert proc.poll() is None, "the audit ended before the signal could be sent: " + "".join(seen)
    proc.send_signal(signal.SIGINT)
    start = time.monotonic()
    _, err = proc.communicate(timeout=30)
    stopped = time.monotonic() - start
    assert proc.returncode == 130, "".join(seen) + err
    assert "Traceback" not in err and "Exception ignored" not in err
    assert list(out.parent.iterdir()) == []   # no report, no temporary file
    deadline = time.monotonic() + 30          # a loaded machine reaps slowly: wait, do not time
    while [pid for pid in workers if _alive(pid)] and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [pid for pid in workers if _alive(pid)]
    # how fast it stops is a figure for BENCHMARKS.md, not a threshold here (communicate's
    # 30 s timeout above only keeps a hung audit from hanging the suite)
    print(f"stopped {stopped:.2f} s after SIGINT")


# --- found by the fuzz suite, and the suite itself ---------------------------------------------------

def test_every_kind_of_finding_renders_in_every_format():
    """The fuzz suite's first crash: a projection's 'not-checkable' finding had no colour in the
    terminal report (KeyError), so `auditor audit` failed after the audit."""
    from auditor.models.findings import FindingKind
    from typing import get_args

    base = hostile_report()
    findings = tuple(base.findings[1].model_copy(update={"id": f"X-{kind}", "kind": kind, "strength": None})
                     for kind in get_args(FindingKind))
    report = base.model_copy(update={"findings": findings})
    for fmt in ("terminal", "markdown", "html", "json", "csv", "sarif", "github", "claimreview"):
        assert render(report, fmt, rules=rules_meta(), root=".")


def test_a_character_yaml_does_not_allow_is_located(tmp_path):
    """Issue 16: 'unacceptable character' came without a line and column."""
    file = tmp_path / "claims.yaml"
    file.write_bytes(b'sources:\n  - {id: s, title: "a\x07b", publisher: p, published: 2020-01-01}\n')
    (p,) = problems(file)
    assert (p.code, p.line, p.column) == ("syntax", 2, 22) and "'\\x07'" in p.message


def _fuzz_cases_give_only_input_errors_or_reports(tmp_path, cases: int) -> None:
    from hypothesis import HealthCheck, given, settings

    from tests.fuzz.runner import FORMATS, Workspace, run_case
    from tests.fuzz.strategies import claim_files

    space = Workspace(tmp_path / "fuzz")
    seen = []

    @settings(max_examples=cases, database=None, deadline=None, suppress_health_check=list(HealthCheck))
    @given(claim_files())
    def law(case):
        outcome = run_case(case, space, fmt=FORMATS[len(seen) % len(FORMATS)])
        seen.append(outcome)
        assert not outcome.failures, (case.recipe, outcome.details)

    law()
    assert seen


def test_a_few_fuzz_cases_give_only_input_errors_or_reports(tmp_path):
    """The fuzz suite's law, on a handful of cases (the long run: python -m tests.fuzz --cases 10000):
    a mutated claim file is refused with located input errors or audited and rendered in every
    format; the CLI exits 0, 1 or 2 with no traceback, and leaves no report after an error.
    Three cases here (a case the seeds' size that is audited takes two audits and eight
    renderings: up to 0.7 s each), thirty with -m slow."""
    _fuzz_cases_give_only_input_errors_or_reports(tmp_path, 3)


@pytest.mark.slow
def test_a_few_fuzz_cases_give_only_input_errors_or_reports_many(tmp_path):
    _fuzz_cases_give_only_input_errors_or_reports(tmp_path, 30)


def test_a_claim_file_larger_than_the_limit_is_refused_unread(tmp_path):
    from auditor.loading.documents import MAX_FILE_BYTES
    file = tmp_path / "claims.yaml"
    with open(file, "wb") as fh:   # sparse: nothing written
        fh.truncate(MAX_FILE_BYTES + 1)
    (p,) = problems(file)
    assert p.code == "file-too-large" and "256 MiB" in p.message and p.hint


@pytest.mark.parametrize("value,change", [
    ("between 3,152 and 1,490", None),            # a range written backwards: a pydantic error escaped the loader
    ("12", "up 10 to 5%"),
    ("1" + "0" * 309, "up 5%"),                   # 10^309 with 'up 5%': OverflowError in the relaxation
    (" ".join(["about"] * 3200) + " 12", None),   # a 19 KB phrase: half a minute in the number reader
    ("12", "up " + "9" * 400 + "%"),
])
def test_an_enormous_figure_or_phrase_is_a_located_error_at_once(tmp_path, value, change):
    """Issue 16's reproducers: refused at the door, located, before any arithmetic."""
    file = tmp_path / "claims.yaml"
    rows = [{"id": "a", "source": "s", "metric": "homicides", "place": "birmingham-al", "period": "2019",
             "value": value, "quote": "q"}]
    if change:
        rows.append({"id": "b", "source": "s", "metric": "homicides", "place": "birmingham-al", "period": "2020",
                     "change": change, "quote": "q2"})
    file.write_text(json.dumps({"sources": [{"id": "s", "title": "t", "publisher": "p", "published": "2021-01-01"}],
                                "claims": rows}), encoding="utf-8")
    found = problems(file)
    assert found and all(p.line > 0 and p.code.endswith("-unreadable") for p in found), [p.render() for p in found]


def test_claimreview_json_ld_cannot_close_the_script_it_is_pasted_into():
    text = render(hostile_report(), "claimreview", rules=rules_meta())
    assert "<" not in text and ">" not in text
    data = json.loads(text)
    assert data and any("<script>" in json.dumps(item, ensure_ascii=False) for item in data)
