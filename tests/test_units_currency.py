"""A metric's unit is checked where the pack declares it; figures in euros and pounds sterling
are read in their own currency and never converted into another (no rate of exchange is fixed)."""

import subprocess
import sys
from pathlib import Path

import pytest

from auditor import InputError, load_claims
from auditor.pack.load import load_pack

pytestmark = pytest.mark.slow   # whole CLI runs of currency files: CI runs them (`pytest -m slow`)

CLAIMS = """sources:
  - id: s
    title: T
    publisher: P
    published: 2016-01-04
claims:
  - id: c
    source: s
    metric: {metric}
    place: kansas-city-mo
    period: 2015
    value: "{value}"
    quote: q
"""


def desk_pack(tmp_path: Path, unit: str) -> Path:
    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "metrics.yaml").write_text(
        "metrics:\n"
        "  asking_price:\n"
        "    label: average asking price\n"
        "    definition: the average asking price of homes for sale\n"
        f"    unit: {unit}\n"
        "    additive_over_time: false\n", encoding="utf-8")
    return pack


@pytest.fixture(scope="module")
def desk_pack_of(tmp_path_factory):
    """unit -> the loaded desk pack of a metric in that unit, each loaded once for the module
    (a desk pack's load reads the bundled pack's files too: about 0.1 CPU-s)."""
    made = {}

    def get(unit: str):
        if unit not in made:
            made[unit] = load_pack(desk_pack(tmp_path_factory.mktemp("desk"), unit))
        return made[unit]
    return get


def problems_of(tmp_path: Path, pack, value: str):
    path = tmp_path / "claims.yaml"
    path.write_text(CLAIMS.format(metric="asking_price", value=value), encoding="utf-8")
    try:
        load_claims([path], pack)
    except InputError as exc:
        return exc.problems
    return []


def test_a_metric_in_a_unit_no_registry_defines_is_a_located_pack_error(tmp_path):
    pack = desk_pack(tmp_path, "eruo")
    with pytest.raises(InputError) as info:
        load_pack(pack)
    (p,) = info.value.problems
    assert (p.file, p.code, p.field, p.input, p.line) == (
        str(pack / "metrics.yaml"), "pack-invalid", "metrics.asking_price.unit", "eruo", 5)
    assert "did you mean 'euro'" in p.hint


@pytest.mark.parametrize("unit,value", [("euro", "€228,000"), ("EUR", "228,000 euros"),
                                        ("pound_sterling", "£216,000"), ("GBP", "about £216,000")])
def test_a_figure_in_its_metric_s_currency_is_read(tmp_path, desk_pack_of, unit, value):
    assert problems_of(tmp_path, desk_pack_of(unit), value) == []


@pytest.mark.parametrize("unit,value", [("euro", "$228,000"), ("pound_sterling", "€216,000"),
                                        ("dollar", "£216,000")])
def test_a_figure_in_another_currency_is_a_located_unit_error_not_a_conversion(tmp_path, desk_pack_of, unit, value):
    (p,) = problems_of(tmp_path, desk_pack_of(unit), value)
    assert (p.code, p.field, p.line) == ("unit-unknown", "claims[0].value", 12)
    assert "cannot be converted" in p.message


@pytest.mark.slow   # a whole process, with pint's start-up
def test_the_cli_refuses_an_undefined_metric_unit_with_exit_2_and_no_traceback(tmp_path):
    pack = desk_pack(tmp_path, "euros_per_quid")
    path = tmp_path / "claims.yaml"
    path.write_text(CLAIMS.format(metric="asking_price", value="228,000"), encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "auditor", "validate", str(path), "--rules", str(pack)],
                         capture_output=True, text=True, env={"AUDITOR_CACHE_DIR": "", "PATH": ""})
    assert run.returncode == 2
    assert "metrics.yaml:5:11" in run.stderr and "Traceback" not in run.stderr
