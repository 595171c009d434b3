"""Paragraphs, sentences and clauses of an article, as character spans of its text.

A sentence ends at . ! ? or an ellipsis followed by space and a capital, a digit or a
quotation mark, unless the word before is a known abbreviation ("Ala.", "Mar.", "Dr.").
A clause is a stretch of a sentence between ", and", ", but", ";" or an "and" that opens
a new subject and verb ("... than last year and last year was higher"): claims are read
one clause at a time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from auditor.draft.states import WITH_PERIOD

_ABBREVIATIONS = frozenset("""
mr mrs ms dr st jr sr prof gen gov sen rep lt sgt capt col maj cmdr det ofc supt no vs etc inc co corp ltd
jan feb mar apr jun jul aug sep sept oct nov dec
u.s a.m p.m e.g i.e
""".split()) | WITH_PERIOD     # and the states' ("Minn.", "Kans.")
_END = re.compile(r"(?:\.\.\.|…|[.!?])[\"”’')\]]*(?=\s+[\"“‘'(]?[A-Z0-9])")
_LAST_WORD = re.compile(r"([\w.]+)\W*$")
_INITIAL = re.compile(r"(?:^|\W)[A-Z]\.$")
_PARAGRAPH = re.compile(r"\n\s*\n|\n(?=\s*\S)")
_CLAUSE_BREAK = re.compile(
    r",\s+(?:and|while)\s+|;\s+|\s+and\s+(?=(?:\S+\s+){0,3}?(?:was|were|is|are|has|have|had|will)\b)"
    # (not "burglary and weapons offences have both decreased by 16%": one subject of two names; but "fell 12%
    # in 2021 and thefts and assaults were both down 5%" breaks at the "and" before the two names)
    r"(?!(?:(?!and\b)\S+\s+){0,3}?(?:were|are|have|had)\s+both\b)"
    # (not "burglaries and robberies in Boise and Nampa were both up": names of a place are no new subject)
    r"|\s+and\s+(?=(?:(?!(?:in|of|at|for)\b)\S+\s+){1,3}?and\s+(?:\S+\s+){1,3}?(?:were|are|have|had)\s+both\b)"
    r"|,\s+(?=with the exception of\b)"
    # "... a year ago and Secretary-Treasurer Bettina Ketcham confirms that ...": a new speaker
    r"|(?P<speaker>\s+and\s+)(?=(?:[A-Z][\w’'.-]*\s+){1,5}(?:confirms|confirmed|says|said|told|added|noted|announced)\b)",
    re.IGNORECASE)


# a number written in words goes on over its "and": "one hundred and fifty-four", "two thousand and six"
_NUMBER_AND = re.compile(r"\b(?:hundred|thousand)$", re.IGNORECASE)
_NUMBER_AFTER = re.compile(r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
                           r"|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b",
                           re.IGNORECASE)


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    paragraph: int


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line block; a line break ends a paragraph."""
    out, start = [], 0
    for brk in _PARAGRAPH.finditer(text):
        if text[start:brk.start()].strip():
            out.append(_trim(text, start, brk.start()))
        start = brk.end()
    if text[start:].strip():
        out.append(_trim(text, start, len(text)))
    return out


def sentences(text: str) -> list[Span]:
    """Sentences of every paragraph, in order, trimmed of surrounding space."""
    out: list[Span] = []
    for index, (p_start, p_end) in enumerate(paragraphs(text)):
        start = p_start
        for end in _END.finditer(text, p_start, p_end):
            tail = text[max(start, end.start() - 30):end.start() + 1]
            word = _LAST_WORD.search(tail)
            if text[end.start()] == "." and word and word.group(1).rstrip(".").lower() in _ABBREVIATIONS:
                continue
            if text[end.start()] == "." and _INITIAL.search(tail):
                continue   # an initial: "J. Smith"
            out.append(Span(*_trim(text, start, end.end()), index))
            start = end.end()
        if text[start:p_end].strip():
            out.append(Span(*_trim(text, start, p_end), index))
    return out


def clauses(text: str, sentence: Span) -> list[Span]:
    """The clauses of one sentence (see the module docstring)."""
    out, start = [], sentence.start
    for brk in _CLAUSE_BREAK.finditer(text, sentence.start, sentence.end):
        if brk.group("speaker") and re.search(r"\b[A-Z][\w’'.-]*$", text[sentence.start:brk.start()]):
            continue      # "Mayor de Blasio and Fire Commissioner Daniel A. Nigro announced": two speakers
        if _NUMBER_AND.search(text, max(sentence.start, brk.start() - 12), brk.start()) and \
                _NUMBER_AFTER.match(text, brk.end()):
            continue      # "One hundred and fifty-four people have died": one number, not two clauses
        if in_aside(text, start, brk.start(), sentence.end):
            continue      # "666 crimes against persons (murder, rape, robbery, and aggravated assault) last year": a list in an aside
        if brk.group().strip().lower() == "and" and _serial_list_before(text, start, brk.start()):
            continue      # "rapes, robberies, thefts and auto thefts have decreased": the list's last name, one subject
        if _in_a_compound(text, brk.start(), brk.end()):
            continue      # "Business break and enters have jumped": one name, not two clauses
        if text[start:brk.start()].strip():
            out.append(Span(*_trim(text, start, brk.start()), sentence.paragraph))
        start = brk.end()
    if text[start:sentence.end].strip():
        out.append(Span(*_trim(text, start, sentence.end), sentence.paragraph))
    return out


# "rapes, robberies, thefts and auto thefts have decreased": names of a list, two or more set apart by commas
# right before its "and", each of one to three words without a figure
_SERIAL_ITEMS = re.compile(r"(?:[^\W\d][\w'’-]*(?:\s+[^\W\d][\w'’-]*){0,2},\s+){2,}[^\W\d][\w'’-]*(?:\s+[^\W\d][\w'’-]*){0,2}$")
# (not clauses of their own: "Murders fell, robberies rose and burglaries were flat")
_ITEM_VERB = re.compile(r"\b(?:fell|rose|grew|dropped|declined|decreased|increased|climbed|jumped|were|was|are|is|had|has|have"
                        r"|went|said|saw|remained|stayed|doubled)\b", re.IGNORECASE)


# nouns of two words joined by "and" (the "and" parts nothing): "break and enters", "breaking and
# entering", "hit and runs", "search and rescue", "assault and battery", "drunk and disorderly"
_AND_COMPOUND = re.compile(r"\b(?:break(?:ing)?\s+and\s+enter|hit\s+and\s+run|search\s+and\s+rescue|assault\s+and\s+batter"
                           r"|drunk\s+and\s+disorderly)", re.IGNORECASE)


def _in_a_compound(text: str, start: int, end: int) -> bool:
    """Whether the "and" between `start` and `end` joins the two words of a noun said with "and"."""
    return any(hit.start() < start and hit.end() > end
               for hit in _AND_COMPOUND.finditer(text, max(0, start - 12), min(len(text), end + 12)))


def _serial_list_before(text: str, start: int, at: int) -> bool:
    """Whether the "and" at `at` ends a serial list of names (no clause of its own begins after it)."""
    hit = _SERIAL_ITEMS.search(text, start, at)
    return hit is not None and _ITEM_VERB.search(text, hit.start(), at) is None


def in_aside(text: str, start: int, at: int, end: int) -> bool:
    """Whether offset `at` is inside a parenthesis opened after `start` and closed before `end` (the
    clause's or sentence's end), right after a word, that holds a list and no figure: a gloss of the
    words before it ("crimes against persons (murder, rape, robbery, and aggravated assault)"), whose
    commas and "and"s part nothing. One term or acronym ("(Highway Traffic Act) charges", "(OWI)
    arrests", "(homicides)") is no gloss; a parenthesis with a figure ("(4,015 crimes in total, down
    223)") or after one ("2,708 (To include Unsafe Lane Change, ...)") is read as usual."""
    opened = text.rfind("(", start, at)
    if opened < 0 or text.find(")", opened, at) >= 0 or not text[start:opened].rstrip()[-1:].isalpha():
        return False
    closed = text.find(")", at, end)
    if closed < 0:
        return False
    inside = text[opened + 1:closed]
    return not any(c.isdigit() for c in inside) and _A_LIST.search(inside) is not None


# a list's joints inside a parenthesis: "murder, rape", "including", "such as", "burglary and arson"
_A_LIST = re.compile(r",|\b(?:including|such\s+as|and|or)\b", re.IGNORECASE)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
