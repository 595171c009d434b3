"""Finding candidate time expressions fast: at each word, only the rules that can start there.

The grammar (`times_grammar.SCANNER`) is one alternation of about thirty rules, tried in
order at every word; most cannot start with the word's first letter ("quarter" rules with
a "q" or a digit, month rules with a month's letters). `first_characters` works out from
each rule's parsed pattern the characters a match can start with, and `scan` tries at a
word only the rules, in grammar order, that can start with its first character. The
matches are those of `SCANNER.finditer`: the same rule wins at the same place, because a
rule left out could not have matched there. A rule whose start cannot be bounded is always
tried; at a character outside ASCII, where case folding is subtler, the whole pattern is.
Each rule is compiled once on its own (compiling a pattern per first character cost
0.4 s of start-up).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator, NamedTuple

from auditor.text.times_grammar import _GROUP_NAME, _RULE_SOURCES, SCANNER

try:   # the pattern parser of the standard library (private, stable since 3.11)
    from re import _constants as _ops
    from re import _parser
except ImportError:   # pragma: no cover - another Python: every rule is tried everywhere
    _parser = None

_DIGITS = frozenset("0123456789")
# What \w matches among ASCII characters (the others always meet the whole grammar).
_ASCII_WORD = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")


def _sequence(items) -> tuple[set[str], bool, bool]:
    """(first characters, any character, can match nothing) of a sequence of pattern items."""
    chars: set[str] = set()
    anything = False
    for op, argument in items:
        first, any_first, nullable = _item(op, argument)
        chars |= first
        anything |= any_first
        if not nullable:
            return chars, anything, False
    return chars, anything, True


def _charset(argument) -> tuple[set[str], bool]:
    chars: set[str] = set()
    for op, value in argument:
        if op is _ops.LITERAL:
            chars.add(chr(value).lower())
        elif op is _ops.RANGE:
            chars |= {chr(code).lower() for code in range(value[0], value[1] + 1)}
        elif op is _ops.CATEGORY and value is _ops.CATEGORY_DIGIT:
            chars |= _DIGITS
        elif op is _ops.CATEGORY and value is _ops.CATEGORY_WORD:
            chars |= _ASCII_WORD
        else:   # a negation, \w, \s, ...: anything may start here
            return set(), True
    return chars, False


def _item(op, argument) -> tuple[set[str], bool, bool]:
    if op is _ops.LITERAL:
        return {chr(argument).lower()}, False, False
    if op is _ops.IN:
        chars, anything = _charset(argument)
        return chars, anything, False
    if op is _ops.BRANCH:
        chars, anything, nullable = set(), False, False
        for branch in argument[1]:
            first, any_first, empty = _sequence(branch)
            chars |= first
            anything |= any_first
            nullable |= empty
        return chars, anything, nullable
    if op is _ops.SUBPATTERN:
        _, add_flags, del_flags, items = argument
        if add_flags or del_flags:
            return set(), True, True
        return _sequence(items)
    if op in (_ops.MAX_REPEAT, _ops.MIN_REPEAT, getattr(_ops, "POSSESSIVE_REPEAT", None)):
        minimum, _, items = argument
        chars, anything, nullable = _sequence(items)
        return chars, anything, nullable or minimum == 0
    if op in (_ops.AT, _ops.ASSERT, _ops.ASSERT_NOT):
        return set(), False, True      # zero width: what follows decides
    if op is getattr(_ops, "ATOMIC_GROUP", None):
        return _sequence(argument)
    return set(), True, True           # anything else: no bound


def first_characters(source: str) -> frozenset[str] | None:
    """The lower-case characters a match of `source` (case-insensitive) can start with,
    or None when it cannot be bounded.

    >>> sorted(first_characters(r"(?:q[1-4]|the\\s+\\d)"))
    ['q', 't']
    >>> first_characters(r"[^a]+") is None, first_characters(r"(?:next\\s+)?week") == frozenset("nw")
    (True, True)
    """
    if _parser is None:
        return None
    try:
        chars, anything, nullable = _sequence(list(_parser.parse(source, re.IGNORECASE)))
    except Exception:   # a pattern the walk does not know: no bound
        return None
    if anything or nullable:
        return None
    return frozenset(chars)


_FIRST = tuple((name, source, first_characters(source)) for name, source in _RULE_SOURCES)
# Where a match may start: a character some rule can start with (any, if one rule's start
# is unbounded), not after a word character; every character outside ASCII.
_STARTS = re.compile(
    r"(?<![\w'’-])(?:"
    + (r"." if any(first is None for _, _, first in _FIRST) else
       "[" + re.escape("".join(sorted(set().union(*(first for _, _, first in _FIRST))))) + "]")
    + r"|[^\x00-\x7f])",
    re.IGNORECASE | re.DOTALL,
)


# Each rule alone, as it stands in SCANNER: the same look-behind before it and the same
# "no word character after" (which the alternation backtracks into) after it.
_RULE_SCANNERS = tuple(
    (name, re.compile(rf"(?<![\w'’-])(?:{_GROUP_NAME.sub('(?:', source)})(?!\w)", re.IGNORECASE))
    for name, source, _ in _FIRST
)


class Candidate(NamedTuple):
    """Where a rule of the grammar matched: what `_scan` reads of a match of SCANNER."""

    start: int
    end: int
    rule: str


@lru_cache(maxsize=None)
def _rules_for(char: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The rules, in grammar order, that can start with `char` (lower case)."""
    return tuple((name, pattern) for (name, pattern), (_, _, first) in zip(_RULE_SCANNERS, _FIRST)
                 if first is None or char in first)


def scan(text: str) -> Iterator[Candidate]:
    """The matches of `SCANNER.finditer(text)`, trying at each word only the rules that can start there.

    An alternation takes its first alternative that matches, so trying the rules one by one,
    in order, each with the pattern's look-behind and look-ahead, finds the same match.

    >>> list(scan("In the third quarter of 2019, sales rose 5%."))
    [Candidate(start=3, end=28, rule='quarter')]
    """
    position = 0
    while True:
        start = _STARTS.search(text, position)
        if start is None:
            return
        at = start.start()
        char = text[at]
        if not char.isascii():
            hit = SCANNER.match(text, at)
            found = None if hit is None else Candidate(at, hit.end(), hit.lastgroup)
        else:
            found = None
            for name, pattern in _rules_for(char.lower()):
                hit = pattern.match(text, at)
                if hit is not None:
                    found = Candidate(at, hit.end(), name)
                    break
        if found is not None and found.end > at:
            yield found
            position = found.end
        else:
            position = at + 1
