"""`auditor tag quantities FILE`: the quantities of each sentence, as JSON lines."""

from __future__ import annotations

import json
from pathlib import Path

import typer

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
    """The file's lines, or a one-line error (exit code 2) a person can act on."""
    try:
        text = file.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        _fail(f"{file}: error: no such file; give the path of a text file with one sentence per line.")
    except IsADirectoryError:
        _fail(f"{file}: error: is a folder; give the path of a text file with one sentence per line.")
    except UnicodeDecodeError as error:
        _fail(f"{file}: error: not UTF-8 text (byte {error.start}); save it as UTF-8 and try again.")
    except OSError as error:
        _fail(f"{file}: error: cannot be read ({error.strerror}); check the path and its permissions.")
    return text.splitlines()


def _fail(message: str) -> None:
    typer.echo(message, err=True)
    raise typer.Exit(2)


def tag_quantities(
    file: Path = typer.Argument(..., help="UTF-8 text file, one sentence per line."),
) -> None:
    """Write one JSON object per input line: the sentence and the quantities found in it.

    Each quantity has its value ("2000", or "200-300" for a range), its NewsQuant
    change label (= ~ > < up down), its character span in the sentence, and its unit.
    """
    for line in _read_lines(file):
        typer.echo(json.dumps(sentence_record(line), ensure_ascii=False))
