"""An article's text, title, publisher and publication date, from HTML or plain text.

HTML is read with trafilatura (main text, title, site name) and htmldate (publication
date), both offline: nothing is fetched. Plain text is kept verbatim; its date is taken
only from a labelled line ("date 2023-03-29", "Updated: Mar. 1, 2019 at 10:51 PM") and its
publisher only from the dateline's parenthesis ("BIRMINGHAM, Ala. (WBRC) -"). What is not
found is None, for the caller to note, never guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_HTML = re.compile(r"^\s*(?:<!doctype html|<html|<head|<body|<article|<p[\s>]|<div[\s>])", re.IGNORECASE)
_DATE_LINE = re.compile(
    r"(?:^|\n)[ \t]*(?:date|dated|published|posted|updated|last updated)\s*:?\s*(?P<date>[^\n]{6,40}?)"
    r"(?=\s+(?:at\s+\d|[A-Z]{2,}\b)|\s*$|\s*\n)", re.IGNORECASE)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
# "BIRMINGHAM, Ala. (WBRC) -": a city in capitals, its state, the outlet, a dash.
DATELINE = re.compile(
    r"(?P<city>[A-Z][A-Z.’' -]{2,40}),\s*(?P<state>[A-Z][A-Za-z.]{1,12}(?:\s[A-Z][a-z]+)?)\.?\s*"
    r"(?:\((?P<outlet>[^()\n]{2,30})\))?\s*[-—–]")
# A dateline without a state, as broadcasters write it: "CHICAGO (WGN) —", at a line's start
DATELINE_BARE = re.compile(r"(?:^|\n)(?:\s*date\s+\d{4}-\d{2}-\d{2})?\s*(?P<city>[A-Z][A-Z.’' ]{2,30}[A-Z])\s*"
                           # "REGINA —": without the outlet, an em or en dash and a space
                           r"(?:\((?P<outlet>[^()\n]{2,30})\)\s*[-—–]|[—–]\s)")


@dataclass(frozen=True)
class Article:
    """What an article holds before its claims are read. `text` is what claims quote."""

    text: str
    title: str | None = None
    publisher: str | None = None
    published: date | None = None
    url: str | None = None
    html: bool = False


def is_html(raw: str) -> bool:
    return bool(_HTML.match(raw[:2000]))


def read_article(raw: str) -> Article:
    """Plain text kept verbatim, or HTML reduced to its main text with its metadata."""
    if is_html(raw):
        return _read_html(raw)
    return Article(text=raw, publisher=dateline_outlet(raw), published=labelled_date(raw) or dated_in_dateline(raw),
                   title=_first_line(raw))


def _read_html(raw: str) -> Article:
    import trafilatura
    from htmldate import find_date

    document = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False)
    text = (document.text if document is not None else None) or ""
    found = find_date(raw, extensive_search=False, original_date=True, outputformat="%Y-%m-%d")
    published = date.fromisoformat(found) if found else None
    title = getattr(document, "title", None) if document is not None else None
    site = getattr(document, "sitename", None) if document is not None else None
    url = getattr(document, "url", None) if document is not None else None
    return Article(text=text, title=title, publisher=site or dateline_outlet(text), published=published,
                   url=url, html=True)


def labelled_date(text: str) -> date | None:
    """The date on a line labelled date/published/updated in the first lines of a text."""
    from auditor.text.times import find_times

    head = text[:1500]
    for hit in _DATE_LINE.finditer(head):
        phrase = hit.group("date")
        iso = _ISO.search(phrase)
        if iso:
            try:
                return date(int(iso[1]), int(iso[2]), int(iso[3]))
            except ValueError:
                continue
        for expression in find_times(phrase):
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", expression.value or ""):
                return date.fromisoformat(expression.value)
    return None


def dateline_outlet(text: str) -> str | None:
    """The outlet in the dateline's parenthesis ("(WBRC)"); not a date written there ("JACKSON,
    Miss. (Dec. 30, 2024) —")."""
    hit = DATELINE.search(text[:1500])
    if not hit or not hit.group("outlet"):
        return None
    outlet = hit.group("outlet").strip()
    return None if dateline_date(outlet) is not None or re.search(r"\d{4}", outlet) else outlet


def dateline_date(words: str) -> date | None:
    """A full date written in a dateline's parenthesis ("Dec. 30, 2024"), else None."""
    from auditor.text.times import find_times

    if not re.search(r"\d{4}", words):
        return None
    for expression in find_times(words):
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", expression.value or ""):
            return date.fromisoformat(expression.value)
    return None


def dated_in_dateline(text: str) -> date | None:
    hit = DATELINE.search(text[:1500])
    return dateline_date(hit.group("outlet")) if hit and hit.group("outlet") else None


def _first_line(text: str) -> str | None:
    for line in text.splitlines():
        line = _ISO.sub("", re.sub(r"^\s*date\b", "", line, flags=re.IGNORECASE)).strip()
        if line:
            words = line.split()
            return " ".join(words[:14]) + (" ..." if len(words) > 14 else "")
    return None
