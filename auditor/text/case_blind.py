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
