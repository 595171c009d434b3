"""`auditor tag times FILE --dct YYYY-MM-DD`: write a text as TimeML with TIMEX3 tags."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import typer

from auditor.text.times import tag_timeml
from auditor.text.times_timeml import TimeMLError, read_dct, tag_timeml_document

_TIMEML_SUFFIXES = (".tml", ".te3input")


def _fail(message: str) -> None:
    typer.echo(message, err=True)
    raise typer.Exit(2)


def tag_times(
    file: Path = typer.Argument(..., help="Plain text, or a TimeML .tml/.TE3input file (its DCT is used)."),
    dct: str | None = typer.Option(None, "--dct", help="Publication date YYYY-MM-DD, or EARLIEST..LATEST when only bounds are known."),
) -> None:
    """Tag the temporal expressions in FILE and print the TimeML to stdout."""
    document_time: date | tuple[date, date] | None = None
    if dct is not None:
        try:
            if ".." in dct:
                earliest, latest = (date.fromisoformat(part.strip()) for part in dct.split("..", 1))
                if latest < earliest:
                    raise ValueError
                document_time = (earliest, latest)
            else:
                document_time = date.fromisoformat(dct.strip())
        except ValueError:
            _fail(f"{file}: error: --dct {dct!r} is not a date; write YYYY-MM-DD (or EARLIEST..LATEST).")
    try:
        source = file.read_text(encoding="utf-8")
    except FileNotFoundError:
        _fail(f"{file}: error: no such file; give the path of a text or TimeML file.")
    except IsADirectoryError:
        _fail(f"{file}: error: is a folder; give the path of a text or TimeML file.")
    except UnicodeDecodeError:
        _fail(f"{file}: error: not UTF-8 text; convert it to UTF-8 first.")
    except OSError as problem:
        _fail(f"{file}: error: cannot be read ({problem.strerror}).")
    if file.suffix.lower() in _TIMEML_SUFFIXES:
        try:
            if document_time is None and read_dct(source) is None:
                _fail(f"{file}: error: no creation time (TIMEX3 functionInDocument=\"CREATION_TIME\"); pass --dct YYYY-MM-DD.")
            typer.echo(tag_timeml_document(source, document_time), nl=False)
        except TimeMLError as problem:
            _fail(f"{file}: error: {problem}; a TimeML file needs a <TEXT> element.")
        return
    typer.echo(tag_timeml(source, document_time), nl=False)
