"""`auditor tag times FILE --dct YYYY-MM-DD`: write a text as TimeML with TIMEX3 tags."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import typer

from auditor.cli_files import fail as _fail, read_text
from auditor.text.times import tag_timeml
from auditor.text.times_timeml import TimeMLError, read_dct, tag_timeml_document

_TIMEML_SUFFIXES = (".tml", ".te3input")


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
    source = read_text(file, "a text or TimeML file")
    if file.suffix.lower() in _TIMEML_SUFFIXES:
        try:
            if document_time is None and read_dct(source) is None:
                _fail(f"{file}: error: no creation time (TIMEX3 functionInDocument=\"CREATION_TIME\"); pass --dct YYYY-MM-DD.")
            typer.echo(tag_timeml_document(source, document_time), nl=False)
        except TimeMLError as problem:
            _fail(f"{file}: error: {problem}; a TimeML file needs a <TEXT> element.")
        return
    typer.echo(tag_timeml(source, document_time), nl=False)
