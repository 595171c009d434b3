"""`auditor tag quantities FILE`: the quantities of each sentence, as JSON lines."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from auditor.cli_files import read_text

from auditor.text.quantities import Quantity, find_quantities


def quantity_record(quantity: Quantity) -> dict:
    """One quantity as the tagger writes it (NewsQuant's value and change labels)."""
    return {
        "value": quantity.label,
        "change": quantity.change,
        "start": quantity.start,
        "end": quantity.end,
        "unit": quantity.unit,
    }


def sentence_record(sentence: str) -> dict:
    return {"text": sentence, "quantities": [quantity_record(q) for q in find_quantities(sentence)]}


def _read_lines(file: Path) -> list[str]:
    return read_text(file, "a text file with one sentence per line").splitlines()


def tag_quantities(
    file: Path = typer.Argument(..., help="UTF-8 text file, one sentence per line."),
) -> None:
    """Write one JSON object per input line: the sentence and the quantities found in it.

    Each quantity has its value ("2000", or "200-300" for a range), its NewsQuant
    change label (= ~ > < up down), its character span in the sentence, and its unit.
    """
    for line in _read_lines(file):
        typer.echo(json.dumps(sentence_record(line), ensure_ascii=False))
