"""Finding candidate time expressions fast: at each word, only the rules that can start there.

The grammar (`times_grammar.scanner()`) is one alternation of about thirty rules, tried in
order at every word; most cannot start with the word's first letter ("quarter" rules with
a "q" or a digit, month rules with a month's letters). `first_characters` works out from
each rule's parsed pattern the characters a match can start with, and `scan` tries at a
word only the rules, in grammar order, that can start with its first character and go on
with its second (`second_characters`, parsed when a first character is first met). The
matches are those of `SCANNER.finditer`: the same rule wins at the same place, because a
rule left out could not have matched there. A rule whose start cannot be bounded is always
tried; at a character outside ASCII, where case folding is subtler, the whole pattern is.
Before the words, a rule is left out of the whole text when the text holds none of the strings
one of which every match of it holds (`needed_strings`: "quarter", "q1" ... for the quarters;
the month names' first letters for a date), as most rules are in most sentences.
A rule is tried as the reader's own pattern for it (`times_grammar.RULES`, compiled when
first used), with the scanner's look-behind and look-ahead (compiled on its own) only when a
word follows its match (compiling a pattern per first character cost 0.4 s of start-up,
and compiling every rule twice at import most of a short audit's).
"""

from __future__ import annotations

import re
import zlib
from functools import lru_cache
from typing import Iterator, NamedTuple

from auditor.text.folding import regex_lower
from auditor.text.regex_walk import ANY as _ANY
from auditor.text.regex_walk import charset as _charset
from auditor.text.regex_walk import ops as _ops
from auditor.text.regex_walk import parser as _parser
from auditor.text.regex_walk import prefixes as _prefixes
from auditor.text.times_grammar import _GROUP_NAME, _RULE_SOURCES, RULES, scanner


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


# What first_characters makes of each rule, with the checksum (zlib.crc32) of the source it
# was worked out from: parsing every rule again took 20 to 30 ms of each start-up. A rule whose
# source has another checksum is parsed again, so the table can make a start-up slower, never
# a scan wrong; tests/text/test_times_scanner.py says when it is out of date, with the new one.
KNOWN_FIRST_CHARACTERS: dict[str, tuple[int, str | None]] = {
    'iso': (1352565980, '0123456789'),
    'same_period': (1225352924, 'st'),
    'numeric': (3933771340, '0123456789'),
    'to_date': (2047627574, 'mqtwy'),
    'clock': (1716497034, '0123456789mn'),
    'date': (2924480170, '0123456789adefjmnostw'),
    'month_year': (4054286700, '12adefjlmnost'),
    'quarter': (356730202, '1234acfilnpqrsty'),
    'half': (2605841401, 'bfhilst'),
    'century': (1550667641, '0123456789ceflnpst'),
    'decade': (2292242888, "'12eflmnst’"),
    'offset': (4001764472, '0123456789abcdefhjlmnorstu'),
    'year_ago_adj': (2763625543, 'ty'),
    'anaphor': (2813675536, 't'),
    'stretch': (171674069, 'abcefhijlmnoprstu'),
    'relative': (805743115, 'ceflmnprst'),
    'holiday': (3863526405, 'ceghilmntv'),
    'season': (2145964797, 'aceflmnpstw'),
    'weekday': (2184606346, 'ceflmnpstw'),
    'dayword': (1585537916, 'elty'),
    'set': (366608431, '0123456789_abcdefghijklmnopqrstuvwxyz'),
    'duration': (3720388929, '0123456789abcdefhjlmnorstu'),
    'reference': (1942436457, 'acflnprt'),
    'month': (2450374603, 'acdefjlmnopst'),
    'year': (1066298345, '12ceflmnpt'),
    'year_end': (2336674286, 'aty'),
    'definite': (1813687725, 't'),
    'vague_duration': (1064747035, 'cdmwy'),
}


def second_characters(source: str) -> dict[str, frozenset[str] | None] | None:
    """{first character: the lower-case characters the match's second one can be (None: any,
    or the end of the match)} of `source` (case-insensitive), or None when it cannot be bounded."""
    if _parser is None:
        return None
    try:
        prefixes = _prefixes(list(_parser.parse(source, re.IGNORECASE)))
    except Exception:   # a pattern the walk does not know: no bound
        return None
    seconds: dict[str, set[str] | None] = {}
    for prefix in prefixes:
        if not prefix or prefix[0] == _ANY:
            return None
        first = prefix[0]
        if len(prefix) < 2 or prefix[1] == _ANY:
            seconds[first] = None
        elif seconds.get(first, set()) is not None:
            seconds.setdefault(first, set()).add(prefix[1])
    return {c: None if chars is None else frozenset(chars) for c, chars in seconds.items()}


def known_first_characters(name: str, source: str) -> frozenset[str] | None:
    """first_characters(source), from KNOWN_FIRST_CHARACTERS when it holds the rule as written."""
    known = KNOWN_FIRST_CHARACTERS.get(name)
    if known is None or known[0] != zlib.crc32(source.encode()):
        return first_characters(source)
    return None if known[1] is None else frozenset(known[1])


# An exact set of strings is worked out for a part of a pattern up to this many (a sequence's
# strings multiply: "q[1-4]" is four)
_MOST_STRINGS = 64


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """Of two sets of strings each of which every match holds one of, the more telling: the longer
    shortest string, then fewer strings (None, or a set holding "", tells nothing)."""
    if b is None or not b or "" in b:
        return a
    if a is None:
        return b
    return a if (min(map(len, a)), -len(a)) >= (min(map(len, b)), -len(b)) else b


def _literal_sequence(items) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    """(exact, needed) of a sequence of pattern items: the strings (lower case) it can match, when
    few, else None; strings of which every match holds one, else None."""
    exact: frozenset[str] | None = frozenset({""})   # the whole sequence's, so far
    run = frozenset({""})                            # the strings of the items since the last unknown one
    needed = None
    for op, argument in items:
        item_exact, item_needed = _literal_item(op, argument)
        needed = _better(needed, item_needed)
        if item_exact is None:
            needed, run, exact = _better(needed, run), frozenset({""}), None
            continue
        if len(run) * len(item_exact) > _MOST_STRINGS:
            needed, run = _better(needed, run), item_exact
        else:
            run = frozenset(a + b for a in run for b in item_exact)
        if exact is not None:
            exact = frozenset(a + b for a in exact for b in item_exact) \
                if len(exact) * len(item_exact) <= _MOST_STRINGS else None
    return exact, _better(needed, run)


def _literal_item(op, argument) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    if op is _ops.LITERAL:
        char = chr(argument).lower()
        return (frozenset({char}),) * 2 if char.isascii() else (None, None)
    if op is _ops.IN:
        chars, anything = _charset(argument)
        if anything or len(chars) > 10 or not all(c.isascii() for c in chars) \
                or any(item is _ops.CATEGORY for item, _ in argument):
            return None, None    # (\d: `scan` tries every rule in a text of digits other than ASCII)
        return (frozenset(chars),) * 2
    if op is _ops.BRANCH:
        branches = [_literal_sequence(branch) for branch in argument[1]]
        exacts = [e for e, _ in branches]
        exact = None if None in exacts else frozenset().union(*exacts)
        needs = [n for _, n in branches]
        needed = None if any(n is None or "" in n for n in needs) else frozenset().union(*needs)
        return (exact if exact is not None and len(exact) <= _MOST_STRINGS else None), needed
    if op is _ops.SUBPATTERN:
        return _literal_sequence(argument[3])
    if op in (_ops.MAX_REPEAT, _ops.MIN_REPEAT, getattr(_ops, "POSSESSIVE_REPEAT", None)):
        minimum, maximum, items = argument
        exact, needed = _literal_sequence(items)
        if minimum == 0:
            return (exact | {""} if exact is not None and maximum == 1 else None), None
        return (exact if minimum == maximum == 1 else None), needed
    if op in (_ops.AT, _ops.ASSERT, _ops.ASSERT_NOT):
        return frozenset({""}), None    # zero width: nothing matched
    if op is getattr(_ops, "ATOMIC_GROUP", None):
        return _literal_sequence(argument)
    return None, None                   # anything else: unknown


def needed_strings(source: str) -> frozenset[str] | None:
    """Strings (lower case) of which every match of `source` (case-insensitive) holds one, or None
    when none are known: a text holding none of them, lower-cased, holds no match.

    >>> sorted(needed_strings(r"(?:the\\s+)?(?:first|last)\\s+quarter|q[1-4]"))
    ['q1', 'q2', 'q3', 'q4', 'quarter']
    >>> needed_strings(r"\\w+\\s+times"), needed_strings(r"[0-9]{4}|\\d\\d") is None
    (frozenset({'times'}), True)
    """
    if _parser is None:
        return None
    try:
        _, needed = _literal_sequence(list(_parser.parse(source, re.IGNORECASE)))
    except Exception:   # a pattern the walk does not know: nothing known
        return None
    # (a string holding another of them adds nothing: a text holding "january" holds "jan")
    return None if needed is None else frozenset(a for a in needed if not any(b != a and b in a for b in needed))


# What needed_strings makes of each rule, with the checksum of its source (as KNOWN_FIRST_CHARACTERS;
# tests/text/test_times_scanner.py says when it is out of date)
KNOWN_NEEDED_STRINGS: dict[str, tuple[int, tuple[str, ...] | None]] = {
    'iso': (1352565980, None),
    'same_period': (1225352924, ('same',)),
    'numeric': (3933771340, ('1/', '10/', '2/', '3/', '4/', '5/', '6/', '7/', '8/', '9/')),
    'to_date': (2047627574, ('date',)),
    'clock': (1716497034, (':0', ':1', ':2', ':3', ':4', ':5', 'a.m', 'am', 'clock', 'midday', 'midnight', 'noon', 'p.m', 'pm')),
    'date': (2924480170, ('apr', 'aug', 'dec', 'feb', 'jan', 'jul', 'jun', 'mar', 'may', 'nov', 'oct', 'sep')),
    'month_year': (4054286700, ('apr', 'aug', 'dec', 'feb', 'jan', 'jul', 'jun', 'mar', 'may', 'nov', 'oct', 'sep', 'year')),
    'quarter': (356730202, ('period', 'q1', 'q2', 'q3', 'q4', 'quarter')),
    'half': (2605841401, ('h1', 'h2', 'half')),
    'century': (1550667641, ('century',)),
    'decade': (2292242888, ('0', '11', '12', '13', '14', '15', '16', '17', '18', '19', 'eighties', 'fifties', 'forties', 'nineties',
        'seventies', 'sixties', 'thirties', 'twenties')),
    'offset': (4001764472, ('after', 'ago', 'before', 'earlier', 'from', 'hence', 'later', 'previously')),
    'year_ago_adj': (2763625543, ('year',)),
    'anaphor': (2813675536, ('after', 'before', 'earlier', 'following', 'later', 'next', 'preceding', 'previous', 'prior', 'same',
        'that', 'those')),
    'stretch': (171674069, ('closing', 'coming', 'early', 'ensuing', 'final', 'first', 'following', 'initial', 'last', 'latest', 'next',
        'opening', 'past', 'preceding', 'previous', 'prior', 'recent', 'remaining', 'same', 'these', 'those')),
    'relative': (805743115, ('coming', 'current', 'following', 'last', 'latest', 'next', 'past', 'preceding', 'present', 'previous',
        'recent', 'same', 'this')),
    'holiday': (3863526405, ('christmas', 'easter', 'election', 'fourth', 'friday', 'halloween', 'independence', 'labor', 'memorial',
        'thanksgiving', 'valentine', 'veterans', 'year')),
    'season': (2145964797, ('autumn', 'fall', 'spring', 'summer', 'winter')),
    'weekday': (2184606346, ('friday', 'monday', 'saturday', 'sunday', 'thursday', 'tuesday', 'wednesday')),
    'dayword': (1585537916, ('afternoon', 'evening', 'morning', 'night', 'today', 'tomorrow', 'yesterday')),
    'set': (366608431, ('annually', 'daily', 'each', 'every', 'hourly', 'monthly', 'nightly', 'once', 'quarterly', 'times', 'twice',
        'weekly', 'yearly')),
    'duration': (3720388929, ('centuries', 'century', 'day', 'decade', 'hour', 'minute', 'month', 'night', 'quarter', 'second', 'week',
        'year')),
    'reference': (1942436457, ('coming', 'current', 'formerly', 'future', 'lately', 'moment', 'now', 'past', 'possible', 'present',
        'recent', 'these')),
    'month': (2450374603, ('april', 'aug.', 'august', 'dec.', 'december', 'feb.', 'february', 'jan.', 'january', 'july', 'june',
        'march', 'may', 'nov.', 'november', 'oct.', 'october', 'sept.', 'september')),
    'year': (1066298345, ('15', '16', '17', '18', '19', '20', 'eighteen', 'nineteen', 'thousand')),
    'year_end': (2336674286, ('year',)),
    'definite': (1813687725, ('fiscal', 'full', 'week', 'year')),
    'vague_duration': (1064747035, ('centuries', 'decades', 'months', 'weeks', 'years')),
}


def known_needed_strings(name: str, source: str) -> frozenset[str] | None:
    """needed_strings(source), from KNOWN_NEEDED_STRINGS when it holds the rule as written."""
    known = KNOWN_NEEDED_STRINGS.get(name)
    if known is None or known[0] != zlib.crc32(source.encode()):
        return needed_strings(source)
    return None if known[1] is None else frozenset(known[1])


def _table(name: str, kind: str, work_out, written) -> str:
    """A checksummed table of one thing worked out from each rule, as Python source to paste in."""
    rows = [f"    {rule!r}: ({zlib.crc32(source.encode())}, {written(work_out(source))!r}),"
            for rule, source in _RULE_SOURCES]
    return f"{name}: dict[str, tuple[int, {kind} | None]] = {{\n" + "\n".join(rows) + "\n}"


def needed_strings_table() -> str:
    """KNOWN_NEEDED_STRINGS as it should read for the grammar as it stands (Python source)."""
    return _table("KNOWN_NEEDED_STRINGS", "tuple[str, ...]", needed_strings,
                  lambda needed: None if needed is None else tuple(sorted(needed)))


def first_characters_table() -> str:
    """KNOWN_FIRST_CHARACTERS as it should read for the grammar as it stands (Python source)."""
    return _table("KNOWN_FIRST_CHARACTERS", "str", first_characters,
                  lambda first: None if first is None else "".join(sorted(first)))


class _Rule:
    """A rule as the scanner tries it: the characters it can start with (None: any), its
    pattern (the reader's own, `RULES[name]`) and the pattern with the scanner's look-behind
    and look-ahead, each compiled when first needed."""

    __slots__ = ("name", "source", "first", "needed", "pattern", "bounded")

    def __init__(self, name: str, source: str) -> None:
        self.name, self.source, self.first = name, source, known_first_characters(name, source)
        self.needed = known_needed_strings(name, source)
        self.pattern: re.Pattern[str] | None = None
        self.bounded: re.Pattern[str] | None = None

    def compile(self) -> re.Pattern[str]:
        self.pattern = RULES[self.name]
        return self.pattern

    def compile_bounded(self) -> re.Pattern[str]:
        """The rule alone as it stands in the whole grammar: the same look-behind before it and
        the same "no word character after" (which the alternation backtracks into) after it."""
        self.bounded = re.compile(rf"(?<![\w'’-])(?:{_GROUP_NAME.sub('(?:', self.source)})(?!\w)", re.IGNORECASE)
        return self.bounded


@lru_cache(maxsize=None)
def _first() -> tuple[_Rule, ...]:
    """Every rule, in grammar order, with the characters it can start with."""
    return tuple(_Rule(name, source) for name, source in _RULE_SOURCES)


@lru_cache(maxsize=None)
def _starts() -> re.Pattern[str]:
    """Where a match may start: a character some rule can start with (any, if one rule's start
    is unbounded), not after a word character; every character outside ASCII."""
    first = [rule.first for rule in _first()]
    return re.compile(
        r"(?<![\w'’-])(?:"
        + (r"." if any(chars is None for chars in first) else
           "[" + re.escape("".join(sorted(set().union(*first)))) + "]")
        + r"|[^\x00-\x7f])",
        re.IGNORECASE | re.DOTALL,
    )


_WORD = re.compile(r"\w")
# A digit other than ASCII's, which \d matches: in a text holding one, every rule is tried
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")


def absent_rules(text: str) -> frozenset[str]:
    """The rules that cannot match in `text`: it holds, lower-cased, none of their needed strings
    (`needed_strings`). Looked for once a text, it spares `scan` trying them at every word.

    >>> sorted(absent_rules("Sales rose 5% in the third quarter."))[:4]
    ['anaphor', 'century', 'clock', 'date']
    """
    lower = regex_lower(text)   # ı, ſ and İ's dot read as the letters a case-blind rule matches
    if not lower.isascii() and _OTHER_DIGIT.search(lower):
        return frozenset()
    strings, needing = _needed_index()
    held = {needed for needed in strings if needed in lower}   # each string looked for once, not once a rule
    return frozenset(name for name, needed in needing if needed.isdisjoint(held))


@lru_cache(maxsize=None)
def _needed_index() -> tuple[tuple[str, ...], tuple[tuple[str, frozenset[str]], ...]]:
    """Every rule's needed strings, each once (rules share many: the months' letters), and the rules
    that have them, with theirs."""
    needing = tuple((rule.name, rule.needed) for rule in _first() if rule.needed is not None)
    return tuple(sorted(set().union(*(needed for _, needed in needing)))), needing


class Candidate(NamedTuple):
    """Where a rule of the grammar matched: what `_scan` reads of a match of SCANNER."""

    start: int
    end: int
    rule: str


@lru_cache(maxsize=None)
def _seconds(name: str) -> dict[str, frozenset[str] | None] | None:
    return second_characters(dict(_RULE_SOURCES)[name])


@lru_cache(maxsize=4096)
def _present_rules_for(char: str, after: str | None, absent: frozenset[str]) -> tuple[_Rule, ...]:
    """`_rules_for(char, after)` but the rules in `absent` (a text's `absent_rules`: few sets recur)."""
    return tuple(rule for rule in _rules_for(char, after) if rule.name not in absent)


@lru_cache(maxsize=256)
def _present_starts(absent: frozenset[str]) -> re.Pattern[str]:
    """`_starts()` for a text whose absent rules are `absent`: where a rule not absent may start (a
    character only absent rules start with starts nothing the scanner would find)."""
    first = [rule.first for rule in _first() if rule.name not in absent]
    return _starts() if any(chars is None for chars in first) else _starts_with(frozenset().union(*first))


@lru_cache(maxsize=256)
def _starts_with(chars: frozenset[str]) -> re.Pattern[str]:
    """`_starts()` for rules that start with `chars` only (a few sets recur: compiled once each)."""
    return re.compile(r"(?<![\w'’-])(?:" + ("[" + re.escape("".join(sorted(chars))) + "]|" if chars else "")
                      + r"[^\x00-\x7f])", re.IGNORECASE | re.DOTALL)


@lru_cache(maxsize=None)
def _rules_for(char: str, after: str | None) -> tuple[_Rule, ...]:
    """The rules, in grammar order, that can start with `char` and go on with `after` (both lower
    case; after None: any character, "": the end of the text)."""
    out = []
    for rule in _first():
        if rule.first is not None and char not in rule.first:
            continue
        seconds = (_seconds(rule.name) or {}).get(char)
        if after is not None and seconds is not None and after not in seconds:
            continue
        out.append(rule)
    return tuple(out)


def scan(text: str) -> Iterator[Candidate]:
    """The matches of `SCANNER.finditer(text)`, trying at each word only the rules that can start there.

    An alternation takes its first alternative that matches, so trying the rules one by one,
    in order, each with the pattern's look-behind and look-ahead, finds the same match. The
    look-behind holds wherever a match may start; a rule is tried first as it stands (the
    pattern the reader reads the parts with): no match means none with the look-ahead either,
    and a match that no word character follows is the one the look-ahead accepts first.

    >>> list(scan("In the third quarter of 2019, sales rose 5%."))
    [Candidate(start=3, end=28, rule='quarter')]
    """
    absent = absent_rules(text)
    position, starts = 0, _present_starts(absent)
    while True:
        start = starts.search(text, position)
        if start is None:
            return
        at = start.start()
        char = text[at]
        if not char.isascii():
            hit = scanner().match(text, at)
            found = None if hit is None else Candidate(at, hit.end(), hit.lastgroup)
        else:
            found, after = None, text[at + 1:at + 2]
            for rule in _present_rules_for(char.lower(), after.lower() if after.isascii() else None, absent):
                hit = (rule.pattern or rule.compile()).match(text, at)
                if hit is None:   # the rule cannot match here at all
                    continue
                if _WORD.match(text, hit.end()):   # a word goes on: as in the grammar, try shorter readings
                    hit = (rule.bounded or rule.compile_bounded()).match(text, at)
                    if hit is None:
                        continue
                found = Candidate(at, hit.end(), rule.name)
                break
        if found is not None and found.end > at:
            yield found
            position = found.end
        else:
            position = at + 1
