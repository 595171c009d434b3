"""Text cut into tokens (numbers with their separators, words, single signs), with offsets.

>>> [token.text for token in tokenize("up 5.1% to $1,500")]
['up', '5.1', '%', 'to', '$', '1,500']
"""

from __future__ import annotations

import re

from auditor.text.quantities_vocabulary import (
    FUNCTION_WORDS,
)


TOKEN_RE = re.compile(r"\d+(?:,\d{3}(?!\d))*(?:\.\d+)?|[^\W\d_]+|\S")
DASH_CHARS = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2212")
GROUP_SPACES = frozenset(" \u00a0\u202f\u2009")
SENTENCE_END = frozenset(".!?;:")


class Token:
    __slots__ = ("text", "lower", "start", "end", "kind", "spaced", "gap")

    def __init__(self, text: str, start: int, end: int, gap: str) -> None:
        self.text = text
        self.lower = text.lower()
        self.start = start
        self.end = end
        first = text[0]
        self.kind = "n" if first.isdigit() else ("w" if first.isalpha() else "s")
        self.spaced = start == 0 or bool(gap)  # whitespace (or start of text) before
        self.gap = gap  # the whitespace between this token and the one before


def tokenize(text: str) -> list[Token]:
    tokens = []
    previous_end = 0
    for match in TOKEN_RE.finditer(text):
        start = match.start()
        tokens.append(Token(match.group(), start, match.end(), text[previous_end:start]))
        previous_end = match.end()
    return tokens


def attached(tokens: list[Token], index: int) -> bool:
    """True when tokens[index] directly follows the token before it."""
    return 0 < index < len(tokens) and not tokens[index].spaced


def letter_follows(tokens: list[Token], index: int) -> bool:
    return index + 1 < len(tokens) and tokens[index + 1].kind in ("w", "n") \
        and attached(tokens, index + 1)


def word_follows(tokens: list[Token], index: int) -> bool:
    """True when a lower-case word follows (so "16 billion b" is not "b" = billion)."""
    return index + 1 < len(tokens) and tokens[index + 1].kind == "w" \
        and tokens[index + 1].text[0].islower() and tokens[index + 1].lower not in FUNCTION_WORDS


def is_capitalised_word(token: Token) -> bool:
    return token.kind == "w" and any(char.isupper() for char in token.text)


def sentence_start(tokens: list[Token], index: int) -> bool:
    return index == 0 or tokens[index - 1].text in SENTENCE_END or tokens[index - 1].text in ('"', "\u201c", "(")
