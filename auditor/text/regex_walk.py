"""What a pattern's matches begin with, worked out from the parsed pattern.

The walk over the standard library's parse of a pattern that the time scanner uses for its rules'
first characters (`times_scanner.first_characters`, `second_characters`), and that `start_strings`
uses for a vocabulary pattern's first letters: a finder can then try the pattern only where the
text holds one of them (`case_blind.CaseBlindText`). Characters are read lower-cased, as a
case-blind pattern reads letters; a bound that cannot be worked out is none (the pattern is tried
everywhere), never a wrong one.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

try:   # the pattern parser of the standard library (private, stable since 3.11)
    from re import _constants as ops
    from re import _parser as parser
except ImportError:   # pragma: no cover - another Python: every pattern is tried everywhere
    ops = parser = None

_DIGITS = frozenset("0123456789")
# What \w matches among ASCII characters (the others always meet the whole grammar).
_ASCII_WORD = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")


def charset(argument) -> tuple[set[str], bool]:
    """(the lower-case characters, any character) a character set of a parsed pattern matches;
    \\d and \\w as their ASCII characters (a caller reads other characters apart)."""
    chars: set[str] = set()
    for op, value in argument:
        if op is ops.LITERAL:
            chars.add(chr(value).lower())
        elif op is ops.RANGE:
            chars |= {chr(code).lower() for code in range(value[0], value[1] + 1)}
        elif op is ops.CATEGORY and value is ops.CATEGORY_DIGIT:
            chars |= _DIGITS
        elif op is ops.CATEGORY and value is ops.CATEGORY_WORD:
            chars |= _ASCII_WORD
        else:   # a negation, \w, \s, ...: anything may start here
            return set(), True
    return chars, False


ANY = ""   # in a prefix: any character, and then anything (a prefix's last item only)
_ANY_ONLY = (ANY,)


def prefixes(items, k: int = 2, most: int | None = None) -> set[tuple[str, ...]]:
    """The first k characters (lower case) a match of a sequence of pattern items can start with:
    a tuple ending with ANY where the next character may be any (and what follows it is not
    worked out), a tuple shorter than k where the match may end (what follows is then anything).
    With `most`, a set of more tuples than that is made coarser (its last characters read as ANY)
    as it is worked out, so that a name's words after a wide character set cannot multiply it."""
    out: set[tuple[str, ...]] = {()}
    for op, argument in items:
        if not any(_open(t, k) for t in out):
            break   # every prefix is k long or ends with ANY: the items after add nothing to them
        out = _coarse(_then(out, _item_prefixes(op, argument, k, most), k), most)
    return out


def _open(prefix: tuple[str, ...], k: int) -> bool:
    """Whether the items after a prefix can add to it: it is shorter than k and ends with no ANY."""
    return len(prefix) < k and prefix[-1:] != _ANY_ONLY


def _coarse(found: set[tuple[str, ...]], most: int | None) -> set[tuple[str, ...]]:
    """`found` with its characters from the last one some tuple knows on read as ANY, until its
    tuples know no more than `most` strings (`_known`)."""
    while most is not None and len({_known(t) for t in found}) > most:
        known = max(0, max(len(_known(t)) for t in found) - 1)
        found = {t[:known] + _ANY_ONLY if len(t) > known else t for t in found}
    return found


def _known(prefix: tuple[str, ...]) -> tuple[str, ...]:
    """The characters a prefix knows: those before its ANY (only ever its last item)."""
    return prefix[:-1] if prefix[-1:] == _ANY_ONLY else prefix


def _then(prefixes: set[tuple[str, ...]], step: set[tuple[str, ...]], k: int) -> set[tuple[str, ...]]:
    """The prefixes of a match of what `prefixes` describe followed by what `step` does (cut to k);
    a prefix that is k long or ends with ANY is not extended (what follows it is unknown anyway)."""
    return {(t + p)[:k] for t in prefixes for p in (step if _open(t, k) else [()])}


def _item_prefixes(op, argument, k: int, most: int | None) -> set[tuple[str, ...]]:
    unbounded = {(), _ANY_ONLY}
    if op is ops.LITERAL:
        return {(chr(argument).lower(),)}
    if op is ops.IN:
        chars, anything = charset(argument)
        return {(ANY,)} if anything or (most is not None and len(chars) > most) else {(c,) for c in chars}
    if op is ops.BRANCH:
        return _coarse(set().union(*(prefixes(branch, k, most) for branch in argument[1])), most)
    if op is ops.SUBPATTERN:
        _, add_flags, del_flags, items = argument
        return unbounded if add_flags or del_flags else prefixes(items, k, most)
    if op in (ops.MAX_REPEAT, ops.MIN_REPEAT, getattr(ops, "POSSESSIVE_REPEAT", None)):
        minimum, maximum, items = argument
        once = prefixes(items, k, most)
        # past k copies (or the minimum) a copy adds no character the first k can show
        upper = min(maximum, max(minimum, k + 1))
        out, now = set(), {()}
        for count in range(upper + 1):
            if count >= minimum:
                out |= now
            now = _coarse(_then(now, once, k), most)
        return out
    if op in (ops.AT, ops.ASSERT, ops.ASSERT_NOT):
        return {()}
    if op is getattr(ops, "ATOMIC_GROUP", None):
        return prefixes(argument, k, most)
    return unbounded


# How many letters `start_strings` asks of a match's start at most, and how many strings it gives
# at most (a name said several ways has a string for each; past this many, fewer letters are asked)
START_LETTERS = 4
_MOST_START_STRINGS = 24


def start_strings(source: str, flags: int = 0) -> frozenset[str] | None:
    """Strings of ASCII characters, all of one length, one of which starts every match of `source`
    in a text read lower-cased (a case-blind pattern's letters either way); None when no such
    strings can be worked out (a match may start with anything, or with no character, or with a
    character outside ASCII: those fold in subtler ways).

    >>> sorted(start_strings(r"\\b(?:household|home)\\s+burglar(?:ies|y)\\b", re.IGNORECASE))
    ['home', 'hous']
    >>> start_strings(r"(?<!the\\s)\\b[a-z]+", re.IGNORECASE) is None, start_strings(r"x?y*") is None
    (True, True)
    """
    if parser is None:
        return None
    try:
        found = prefixes(list(parser.parse(source, flags | re.IGNORECASE)), START_LETTERS, _MOST_START_STRINGS)
    except Exception:   # a pattern the walk does not know: no bound
        return None
    # as many letters as every match has, before any that may be anything
    length = min(len(_known(t)) for t in found)
    while length > 0:
        strings = frozenset("".join(t[:length]) for t in found)
        if len(strings) <= _MOST_START_STRINGS:
            return strings if all(s.isascii() for s in strings) else None
        length -= 1
    return None


def walk_inputs() -> bytes:
    """What `start_strings`' answers depend on besides the pattern: this module's code and the
    Python whose parser it walks (for a table of them kept between runs)."""
    return f"{sys.version_info[:3]}".encode() + b"\0" + Path(__file__).read_bytes()
