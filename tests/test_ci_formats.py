"""CI formats: the reporters' registry, SARIF 2.1.0 (validated against the official schema),
GitHub workflow annotations, and where each claim is written."""

import json
from pathlib import Path

import pytest

import auditor
from auditor.models.findings import BaselineSummary, ClaimLocation, Report
from auditor.reporters import REGISTRY, REPORTERS, Options, Reporter, register, render, rule_info
from auditor.reporters.github import escape_data, escape_property

SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"


def sarif_errors(log: dict) -> list[str]:
    """Every way `log` breaks the official SARIF 2.1.0 schema (tests/data, see its NOTICE)."""
    if not SCHEMA.exists():
        pytest.skip(f"the SARIF 2.1.0 schema is not at {SCHEMA}: nothing to validate against")
    import jsonschema

    validator = jsonschema.Draft4Validator(json.loads(SCHEMA.read_text(encoding="utf-8")),
                                           format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(log)]


def relative(file: str, root: str) -> str:
    return Path(file).relative_to(root).as_posix()


@pytest.fixture(scope="module")
def pack():
    return auditor.load_pack()


@pytest.fixture(scope="module")
def seeds(pack, seed_report):
    assert pack is auditor.load_pack()   # the bundled pack, which auditor.audit(workers=1) audits with
    return seed_report                   # made once for the run (conftest.py)


def test_the_registry_holds_every_format_and_the_cli_offers_them():
    from auditor.cli import Format

    assert list(REGISTRY)[:4] == ["terminal", "markdown", "json", "html"]
    assert {"sarif", "github"} <= set(REGISTRY)
    assert [f.value for f in Format] == list(REGISTRY)
    assert set(REPORTERS) == {"terminal", "markdown", "json", "html"}     # the whole-report formats
    assert all(REGISTRY[name].extension for name in REGISTRY)


def test_a_registered_format_is_rendered_by_name_and_names_are_unique():
    def count(report, rules, options):
        return f"{len(report.findings)} findings, {len(rules)} rules\n"

    register(Reporter("count-test", "txt", count, document=False))
    try:
        report = Report(sources=(), claims=(), findings=())
        assert render(report, "count-test", rules={}) == "0 findings, 0 rules\n"
        with pytest.raises(ValueError, match="already"):
            register(Reporter("count-test", "txt", count))
    finally:
        del REGISTRY["count-test"]


def test_sarif_needs_the_rules_and_says_so():
    with pytest.raises(ValueError, match="rule pack"):
        render(Report(sources=(), claims=(), findings=()), "sarif")


def test_every_seed_claim_knows_its_file_and_line(seeds):
    for claim in seeds.claims:
        assert claim.where is not None
        line = Path(claim.where.file).read_text(encoding="utf-8").splitlines()[claim.where.line - 1]
        assert f"id: {claim.id}" in line
        assert line.index("id:") + 1 == claim.where.column


def test_the_json_report_is_unchanged_by_where_and_gains_baseline_only_with_one(seeds):
    data = json.loads(render(seeds, "json"))
    assert "baseline" not in data
    assert all("where" not in c for c in data["claims"])
    against = seeds.model_copy(update={"baseline": BaselineSummary(file="b.json", new=("X",), gone=("Y", "Z"))})
    data = json.loads(render(against, "json"))
    assert data["baseline"] == {"file": "b.json", "new": ["X"], "gone": ["Y", "Z"]}
    assert Report.model_validate(data).baseline == against.baseline


def test_seed_sarif_validates_and_locates_each_result_at_its_claim(seeds, pack):
    root = str(Path(seeds.claims[0].where.file).parents[1])
    log = json.loads(render(seeds, "sarif", rules=rule_info(pack), root=root))
    assert sarif_errors(log) == []
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules][:len(pack.rules)] == sorted(pack.rules)
    tn004 = next(r for r in rules if r["id"] == "TN004")
    assert tn004["shortDescription"]["text"] == pack.rules["TN004"].summary.strip()
    assert pack.rules["TN004"].fix.strip() in tn004["help"]["text"]
    assert pack.rules["TN004"].why.strip() in tn004["help"]["text"]
    by_id = {c.id: c for c in seeds.claims}
    assert len(run["results"]) == len(seeds.findings)
    for result, finding in zip(run["results"], seeds.findings):
        assert result["ruleId"] == finding.rule and rules[result["ruleIndex"]]["id"] == finding.rule
        assert result["level"] == {"error": "error", "warning": "warning", "info": "note"}[finding.severity]
        assert result["partialFingerprints"] == {"auditorFindingId/v1": finding.id}
        first = finding.suspects[0].claim if finding.suspects else finding.claims[0]
        physical = result["locations"][0]["physicalLocation"]
        assert physical["artifactLocation"] == {"uri": relative(by_id[first].where.file, root), "uriBaseId": "%SRCROOT%"}
        assert physical["region"]["startLine"] == by_id[first].where.line
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"].endswith("/")


def test_sarif_marks_results_against_a_baseline_and_handles_unlocated_claims(seeds, pack):
    tension = next(f for f in seeds.findings if f.kind == "tension")
    unlocated = tuple(c.model_copy(update={"where": None}) for c in seeds.claims)
    report = seeds.model_copy(update={"claims": unlocated,
                                      "baseline": BaselineSummary(file="b.json", new=(tension.id,))})
    log = json.loads(render(report, "sarif", rules=rule_info(pack)))
    assert sarif_errors(log) == []
    states = {r["partialFingerprints"]["auditorFindingId/v1"]: r["baselineState"] for r in log["runs"][0]["results"]}
    assert states[tension.id] == "new" and set(states.values()) == {"new", "unchanged"}
    assert all("locations" not in r for r in log["runs"][0]["results"])


def test_github_escapes_as_the_toolkit_does():
    assert escape_data("50% up\r\nnext") == "50%25 up%0D%0Anext"
    assert escape_property("a: b, c%") == "a%3A b%2C c%25"


def test_github_annotates_warnings_and_errors_at_their_claims(seeds, pack):
    root = str(Path(seeds.claims[0].where.file).parents[1])
    out = render(seeds, "github", rules=rule_info(pack), root=root)
    lines = out.splitlines()
    annotations = [line for line in lines if line.startswith("::")]
    shown = [f for f in seeds.findings if f.severity in ("error", "warning")]
    assert len(annotations) == len(shown)
    tension = next(f for f in seeds.findings if f.kind == "tension")
    where = next(c.where for c in seeds.claims if c.id == tension.suspects[0].claim)
    assert annotations[0].startswith(f"::warning file={relative(where.file, root)},line={where.line},col={where.column},"
                                     f"title=TN004 change-arithmetic::")
    assert all("\n" not in a and "%0A" in a for a in annotations)
    assert lines[-1] == auditor.reporters.summary(seeds)
    assert not any(f.id in out for f in seeds.findings if f.severity == "info")


def test_github_against_a_baseline_annotates_only_new_findings(seeds, pack):
    tension = next(f for f in seeds.findings if f.kind == "tension")
    accepted = seeds.model_copy(update={"baseline": BaselineSummary(file="b.json", new=(), gone=("TN001-x",))})
    out = render(accepted, "github", rules=rule_info(pack))
    assert not any(line.startswith("::") for line in out.splitlines())
    assert out.splitlines()[-1] == "Against baseline b.json: 0 new findings; 1 accepted finding gone (TN001-x)."
    fresh = seeds.model_copy(update={"baseline": BaselineSummary(file="b.json", new=(tension.id,))})
    annotations = [line for line in render(fresh, "github", rules=rule_info(pack)).splitlines()
                   if line.startswith("::")]
    assert len(annotations) == 1 and tension.id in annotations[0]


def test_paths_outside_the_root_stay_absolute(seeds, pack):
    claims = tuple(c.model_copy(update={"where": ClaimLocation(file="/elsewhere/claims 1.yaml", line=3, column=5)})
                   for c in seeds.claims)
    report = seeds.model_copy(update={"claims": claims})
    log = json.loads(render(report, "sarif", rules=rule_info(pack), root="/work/desk"))
    assert sarif_errors(log) == []
    location = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location == {"uri": "file:///elsewhere/claims%201.yaml"}
    out = render(report, "github", rules=rule_info(pack), root="/work/desk")
    assert "file=/elsewhere/claims 1.yaml,line=3,col=5," in out


@pytest.mark.parametrize("fmt", ["terminal", "markdown", "html"])
def test_reports_for_people_say_what_the_baseline_found(seeds, fmt):
    plain = render(seeds, fmt)
    against = seeds.model_copy(update={"baseline": BaselineSummary(file="b.json", new=("N1",), gone=("G1",))})
    out = render(against, fmt)
    assert "Against baseline b.json: 1 new finding (N1); 1 accepted finding gone (G1)." in out
    assert "Against baseline" not in plain


def test_options_default_to_plain_text_and_no_root():
    assert Options() == Options(color=False, root=None)
