"""The reader against public benchmark data in ../shared/benchmarks (skipped when absent).

Quality floors only (no timing): they catch a change that breaks reading, not a
change that moves a figure by a point. Scoring follows each SOURCE.md, through the
same code as `python -m benchmarks.eval_numbers`.
"""

from __future__ import annotations

import pytest

from benchmarks.eval_numbers import (
    as_newsquant,
    benchmarks_root,
    evaluate_newsquant,
    evaluate_number_parser,
    evaluate_recognizers,
)
from auditor.text.quantities import find_quantities

ROOT = benchmarks_root()


def _require(path):
    if not path.exists():
        pytest.skip(f"benchmark data not found at {path}")
    return path


def test_newsquant_value_and_change_f1() -> None:
    path = _require(ROOT / "newsquant-dev" / "NewsQuant-dev.json")
    scores = evaluate_newsquant(path, lambda text: [as_newsquant(q) for q in find_quantities(text)],
                                None)
    assert scores["value"]["F1"] >= 92.0
    assert scores["value+change"]["F1"] >= 88.0


def test_number_parser_tables() -> None:
    folder = _require(ROOT / "number-parser")
    scores = evaluate_number_parser(folder, None)
    assert scores["rows"] > 0
    assert scores["accuracy"] >= 99.0


def test_recognizers_number_specs_in_scope() -> None:
    folder = _require(ROOT / "recognizers-text-specs")
    scores = evaluate_recognizers(folder, None)
    assert scores["all"]["in_scope"] > 0
    assert scores["all"]["pass_rate"] >= 80.0
