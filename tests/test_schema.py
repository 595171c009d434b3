"""`auditor schema` describes claim files as people write them (phrases, ISO periods, every
statement form): the committed claim files validate against it and broken ones do not."""

import datetime
import json
from pathlib import Path

import jsonschema
import pytest
from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parents[1]
CLAIM_FILES = [ROOT / "seeds" / "claims.yaml", *sorted((ROOT / "benchmarks" / "corpora").glob("*/*.yaml"))]
CLAIM_FILES = [p for p in CLAIM_FILES if not p.name.startswith("expected")]
# the seeds and the smallest corpora in the quick run; each corpus over 20 kB (0.1 to 0.8 s
# each: the pure parser reads it) in the slow one
CLAIM_FILES = [p if p.stat().st_size < 20_000 else pytest.param(p, marks=pytest.mark.slow) for p in CLAIM_FILES]


def as_json(value):
    """What the file says, as JSON would carry it (YAML reads an unquoted date as a date)."""
    if isinstance(value, dict):
        return {str(k): as_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [as_json(v) for v in value]
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return value


@pytest.fixture(scope="module")
def validator():
    from typer.testing import CliRunner

    from auditor.cli import app
    run = CliRunner().invoke(app, ["schema"])    # the command's output, in this process
    assert run.exit_code == 0, run.output
    schema = json.loads(run.stdout)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


@pytest.mark.parametrize("path", CLAIM_FILES, ids=lambda p: str(Path(p).relative_to(ROOT)))
def test_every_committed_claim_file_validates_against_the_schema(validator, path):
    data = as_json(YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8")))
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(data)]
    assert not errors, errors[:5]


@pytest.mark.parametrize("broken", [
    {"claims": [{"id": "c", "source": "s", "metric": "homicides", "place": "x", "period": "2020", "quote": "q",
                 "value": "12", "colour": "red"}]},                                   # an unknown field
    {"claims": [{"id": "c", "source": "s", "metric": "homicides", "place": "x", "period": "2020",
                 "value": "12"}]},                                                    # no quote
    {"sources": [{"id": "s", "title": "t", "publisher": "p", "published": "04/02/2023"}]},   # not a date
    {"claims": [{"id": "c", "source": "s", "metric": "homicides", "place": "x", "period": "2020", "quote": "q",
                 "value": "12", "attribution": "rumour"}]},                           # not an attribution
    {"claimz": []},
])
def test_broken_claim_files_are_refused(validator, broken):
    assert list(validator.iter_errors(broken))


def test_the_forms_people_write_are_accepted(validator):
    record = {"sources": [{"id": "s", "title": "t", "publisher": "p", "published": {"earliest": "2023-01-01",
                                                                                  "latest": "2023-03-31"}}],
              "claims": [
                  {"id": "a", "source": "s", "metric": "homicides", "place": "x", "period": "last year",
                   "value": "over 2,000", "quote": "over 2,000"},
                  {"id": "b", "source": "s", "metric": "homicides", "place": "x", "period": "2023-01-01/2023-06-30",
                   "change": "up 5.1% from the same period last year", "quote": {"text": "up 5.1%", "start": 0}},
                  {"id": "c", "source": "s", "metric": "homicides", "place": "x", "period": "2022", "value": 120,
                   "quote": "120"},
                  {"id": "d", "source": "s", "metric": "homicides", "place": "x", "period": "2022",
                   "share": {"fraction": "half", "of": "c"}, "quote": "half"},
              ]}
    assert not list(validator.iter_errors(record))
