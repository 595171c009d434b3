"""A text as a case-blind pattern reads it, to try a pattern only where a match can start.

A desk pack's vocabulary is thousands of case-blind patterns led by `\\b`, for which `re` finds no
prefix to skip by: each `finditer` tries the matcher at every character of the text. A
`CaseBlindText` is the text lower-cased once, each character where it stands (`folded`); a pattern
whose every match starts with one of a few strings (`regex_walk.start_strings`) is tried only where
the folded text holds one (`str.find`, fast), and finds there what `finditer` finds: a match found
by `finditer` from `pos` is the one at the first place at or after `pos` where the pattern matches,
and `Pattern.match(text, at, endpos)` tries the pattern at `at` as `finditer` does (look-behinds and
`\\b` see the text before `at`).

Folding keeps every character where it stands: an ASCII letter lower-cased; a character outside
ASCII that a case-blind pattern reads as an ASCII letter ("K", "ſ", "ı", "İ") as that letter;
another digit as "0" and another word character as "_" (what `\\d` and `\\w` are read as in
`start_strings`' character sets); any other character as it is (no ASCII start string holds it).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.text.regex_walk import start_strings

_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyz"


class _Folding(dict):
    """str.translate's table: each character outside ASCII folded when first met."""

    def __missing__(self, code: int) -> int:
        char = chr(code)
        letters = [a for a in _ASCII_LETTERS if re.fullmatch(a, char, re.IGNORECASE)]
        if char.isascii():
            folded = char.lower()
        elif len(letters) == 1:
            folded = letters[0]
        elif re.fullmatch(r"\d", char):
            folded = "0"
        elif re.fullmatch(r"\w", char):
            folded = "_"
        else:
            folded = char
        self[code] = ord(folded)
        return self[code]


_FOLDING = _Folding({ord(c.upper()): ord(c) for c in _ASCII_LETTERS})


def fold(text: str) -> str:
    """`text` with each character where it stands, as a case-blind pattern's start reads it.

    >>> fold("Three MONTHſ, \u212a 5 \u0663 é’")
    'three months, k 5 0 _’'
    """
    return text.lower() if text.isascii() else text.translate(_FOLDING)


class CaseBlindText:
    """A text and its folding, made once and searched by many patterns."""

    __slots__ = ("text", "folded")

    def __init__(self, text: str) -> None:
        self.text, self.folded = text, fold(text)

    def starts(self, strings: frozenset[str], pos: int, endpos: int) -> list[int]:
        """Where, in order, one of `strings` stands in text[pos:endpos] (folded)."""
        folded, out = self.folded, []
        for s in strings:
            at = folded.find(s, pos, endpos)
            while at >= 0:
                out.append(at)
                at = folded.find(s, at + 1, endpos)
        if len(strings) > 1:
            out.sort()
        return out

    def finditer(self, pattern: re.Pattern, strings: frozenset[str] | None, pos: int = 0,
                 endpos: int | None = None) -> Iterator[re.Match]:
        """`pattern.finditer(self.text, pos, endpos)`, every match of which starts with one of
        `strings` (folded; None: tried everywhere)."""
        endpos = len(self.text) if endpos is None else endpos
        if strings is None:
            yield from pattern.finditer(self.text, pos, endpos)
            return
        text, after = self.text, pos
        for at in self.starts(strings, pos, endpos):
            if at < after:
                continue
            hit = pattern.match(text, at, endpos)
            if hit is not None:
                yield hit
                after = hit.end()


# How many texts' foldings are kept (`case_blind`): an article, its clauses, its sentences and its
# headline are read by many patterns; emptied when full
_KEPT = 64
_BLIND: dict[str, CaseBlindText] = {}


def case_blind(text: str) -> CaseBlindText:
    """The text folded (`CaseBlindText`), made once a text and shared by every pattern that reads it."""
    blind = _BLIND.get(text)
    if blind is None:
        if len(_BLIND) >= _KEPT:
            _BLIND.clear()
        blind = _BLIND[text] = CaseBlindText(text)
    return blind


_UNREAD = object()


class LedPattern:
    """A compiled pattern whose `search` and `finditer` try it only where a match can start: at one
    of its start strings (`regex_walk.start_strings`, worked out when first searched) in the text
    folded once (`case_blind`). They find what the pattern's own find. For a pattern `re` finds no
    prefix to skip by (led by `\\b`, an alternation of words) and a text that seldom holds its words,
    read as a whole article or sentence at a time: there `re` runs its matcher at every character.

    >>> LedPattern(re.compile(r"\\b(?:fiscal|FY)\\b")).search("The FY 2020 budget").span()
    (4, 6)
    """

    __slots__ = ("pattern", "_strings")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self._strings = pattern, _UNREAD

    def strings(self) -> frozenset[str] | None:
        """The strings, folded, one of which starts every match (None: none known, tried everywhere)."""
        if self._strings is _UNREAD:
            self._strings = start_strings(self.pattern.pattern, self.pattern.flags)
        return self._strings

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        """`self.pattern.finditer(text, pos, endpos)`."""
        strings = self.strings()
        if strings is None:
            return self.pattern.finditer(text, pos, len(text) if endpos is None else endpos)
        # as `re` reads them: a negative bound as 0, an end past the text as its end
        pos, endpos = max(pos, 0), len(text) if endpos is None else max(min(endpos, len(text)), 0)
        return case_blind(text).finditer(self.pattern, strings, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """`self.pattern.search(text, pos, endpos)`: the first match `finditer` finds."""
        return next(self.finditer(text, pos, endpos), None)
