"""TimeML files (TempEval-3 `.tml` and `.TE3input`): their DCT, their text, their TIMEX3 tags.

`read_timeml` gives the plain text of the TEXT element with the character spans of the
TIMEX3 tags it carries (the gold standard, for evaluation); `tag_timeml_document` puts the
reader's own TIMEX3 tags in place of whatever inline tags the TEXT had.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date

from auditor.text.times import DocumentTime, tag_timeml

_DCT = re.compile(
    r"<TIMEX3\b[^>]*\bfunctionInDocument=\"CREATION_TIME\"[^>]*>", re.IGNORECASE
)
_VALUE = re.compile(r"\bvalue=\"(\d{4}-\d\d-\d\d)")
_TEXT = re.compile(r"(<TEXT>)(.*?)(</TEXT>)", re.DOTALL)
_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTRIBUTE = re.compile(r"(\w+)=\"([^\"]*)\"")


class TimeMLError(ValueError):
    """A file that is not TimeML as TempEval-3 writes it (no TEXT element, no readable DCT)."""


@dataclass(frozen=True)
class GoldTimex:
    """A TIMEX3 tag found in a TimeML TEXT: its span in the plain text and its attributes."""

    start: int
    end: int
    text: str
    type: str
    value: str
    tid: str


@dataclass(frozen=True)
class TimeMLDocument:
    """The parts of a TimeML file the time reader uses."""

    dct: date | None
    text: str
    timexes: tuple[GoldTimex, ...]


def read_dct(source: str) -> date | None:
    """The creation time of a TimeML file (the TIMEX3 with functionInDocument="CREATION_TIME")."""
    tag = _DCT.search(source)
    if tag is None:
        return None
    value = _VALUE.search(tag.group())
    if value is None:
        return None
    try:
        return date.fromisoformat(value.group(1))
    except ValueError:
        return None


def read_timeml(source: str) -> TimeMLDocument:
    """The DCT, the plain text of TEXT (tags removed, entities decoded) and its TIMEX3 spans."""
    body = _TEXT.search(source)
    if body is None:
        raise TimeMLError("no <TEXT> element")
    pieces: list[str] = []
    length = 0
    timexes: list[GoldTimex] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    position = 0
    content = body.group(2)
    for tag in _TAG.finditer(content):
        chunk = html.unescape(content[position : tag.start()])
        pieces.append(chunk)
        length += len(chunk)
        position = tag.end()
        if tag.group(2) != "TIMEX3":
            continue
        if tag.group(1) == "":
            open_timex = (length, dict(_ATTRIBUTE.findall(tag.group(3))))
        elif open_timex is not None:
            start, attributes = open_timex
            text = "".join(pieces)
            timexes.append(
                GoldTimex(
                    start,
                    length,
                    text[start:length],
                    attributes.get("type", ""),
                    attributes.get("value", ""),
                    attributes.get("tid", ""),
                )
            )
            open_timex = None
    pieces.append(html.unescape(content[position:]))
    return TimeMLDocument(read_dct(source), "".join(pieces), tuple(timexes))


def tag_timeml_document(source: str, dct: DocumentTime = None) -> str:
    """The TimeML file with its TEXT re-tagged by the time reader, DCT taken from the file.

    Inline tags the TEXT had (EVENT, SIGNAL, TIMEX3) are replaced by the reader's TIMEX3
    tags; everything outside TEXT is kept as it was.
    """
    document = read_timeml(source)
    dct = dct if dct is not None else document.dct
    body = _TEXT.search(source)
    tagged = tag_timeml(document.text, dct)
    return source[: body.start(2)] + tagged + source[body.end(2) :]
