"""Reading a user's text file for a CLI command: the text, or one line saying what to do (exit 2)."""

from __future__ import annotations

from pathlib import Path
from typing import NoReturn

import typer


def fail(message: str) -> NoReturn:
    """Print one actionable line to stderr and exit with code 2 (bad input). The line may
    quote the input (a path, a --dct value): its control characters are shown as escapes."""
    from auditor.reporters.terminal import printable

    typer.echo(printable(message), err=True)
    raise typer.Exit(2)


def problems_text(error, outcome: str | None = "nothing was audited") -> str:
    """An InputError's problems for the terminal, with a closing line in this command's terms:
    '2 errors in 1 file and --select; nothing was audited.' (an option is not counted as a file;
    `outcome` None for a command that audits nothing, such as validate)."""
    from auditor.reporters import plural

    places = sorted({p.file for p in error.problems})
    options = [place for place in places if place.startswith("-")]
    folders = [place for place in places if place not in options and Path(place).is_dir()]
    files = len(places) - len(options) - len(folders)
    where = ([plural(files, "file")] if files else []) + ([plural(len(folders), "folder")] if folders else []) + options
    tail = f"{plural(len(error.problems), 'error')} in {' and '.join(where) or 'the input'}"
    return "\n".join([*(p.render() for p in error.problems), tail + (f"; {outcome}." if outcome else ".")])


def read_text(file: Path, expected: str) -> str:
    """The UTF-8 text of `file` (a byte-order mark is dropped); `expected` names what it should be."""
    try:
        return file.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        fail(f"{file}: error: no such file; give the path of {expected}.")
    except IsADirectoryError:
        fail(f"{file}: error: is a folder; give the path of {expected}.")
    except UnicodeDecodeError as error:
        fail(f"{file}: error: not UTF-8 text (byte {error.start}); save it as UTF-8 and try again.")
    except OSError as error:
        fail(f"{file}: error: cannot be read ({error.strerror}); check the path and its permissions.")
