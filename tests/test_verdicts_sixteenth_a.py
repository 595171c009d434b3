"""Sixteenth verdicts round (a): which copy of a doubted figure is named first is data
(rules/suspicion.yaml `copies`: in_its_day and years_on), with invented figures and an invented
city."""

import pathlib

import pytest

from auditor.errors import InputError
from auditor.pack.model import CopiesNamed
from tests.verdict_cases import audit, claim, pack, source  # noqa: F401  (pack: a fixture)


def first_suspects(report):
    return [f.suspects[0].claim for f in report.findings if f.kind == "tension"]


def with_copies(pack, **window):
    return pack.model_copy(update={"suspicion": pack.suspicion.model_copy(update={"copies": CopiesNamed(**window)})})


# one station's 559 for 2021 on New Year's Day and again 20 months on; 562 everywhere else
SOURCES = [source("tv21", "2022-01-01", "Channel 10"), source("tv23", "2023-08-31", "Channel 10"),
           source("paper", "2022-01-02", "The Daily"), source("radio", "2022-03-11", "City Radio"),
           source("web", "2023-12-29", "The Web")]
CLAIMS = [claim("tv-2021", "tv21", "homicides", "2021", "559", quote="559 people were murdered in 2021."),
          claim("tv-2023", "tv23", "homicides", "2021", "559", quote="that figure climbed to 559 in 2021."),
          claim("paper", "paper", "homicides", "2021", "562"), claim("radio", "radio", "homicides", "2021", "562"),
          claim("web", "web", "homicides", "2021", "562")]


def test_the_bundled_pack_gives_the_copies_window_as_data(pack):
    assert (pack.suspicion.copies.in_its_day, pack.suspicion.copies.years_on) == (365, 730)


def test_a_copy_twenty_months_on_is_not_years_on_by_default(pack):
    # 607 days after the year's end: neither in its day nor more than two years on
    assert first_suspects(audit(pack, SOURCES, CLAIMS)) == ["tv-2021"]


def test_the_pack_decides_when_a_copy_is_given_years_on(pack):
    # the same corpus, with a pack that calls a copy given more than 18 months on a look back
    assert first_suspects(audit(with_copies(pack, in_its_day=365, years_on=540), SOURCES, CLAIMS)) == ["tv-2023"]


def test_a_pack_whose_in_its_day_is_shorter_than_the_first_copy_names_it(pack):
    # the first copy given a day after the year's end is not "in its day" when that is 0 days
    assert first_suspects(audit(with_copies(pack, in_its_day=0, years_on=540), SOURCES, CLAIMS)) == ["tv-2021"]


def test_years_on_before_in_its_day_is_refused():
    with pytest.raises(ValueError):
        CopiesNamed(in_its_day=800, years_on=730)


def test_a_pack_file_with_an_unknown_copies_key_is_refused(tmp_path):
    from auditor.pack import load_pack
    bundled = pathlib.Path(__file__).resolve().parents[1] / "rules" / "suspicion.yaml"
    text = bundled.read_text(encoding="utf-8")
    assert "copies: {in_its_day: 365, years_on: 730}" in text
    (tmp_path / "suspicion.yaml").write_text(
        text.replace("copies: {in_its_day: 365, years_on: 730}", "copies: {in_its_day: 365, years_after: 730}"),
        encoding="utf-8")
    with pytest.raises(InputError):
        load_pack(tmp_path)
