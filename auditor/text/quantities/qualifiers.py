"""The words around a number that change its meaning: qualifiers and verbs of change.

Qualifier phrases ("more than", "nearly", "or more") come from the rule pack
(rules/qualifiers.yaml) over the reader's own spellings; a caller passes them in as a
`QualifierWords` record, never through a global, so one process can read claim files of
two packs at once.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from auditor.text.quantities.tokens import DASH_CHARS, Token, tokenize
from auditor.text.quantities_vocabulary import (
    CHANGE_LABELS,
    DIRECTION_AFTER,
    DIRECTION_BEFORE,
    DIRECTION_LINKS,
    PARTICLE_VERBS,
    QUALIFIERS_AFTER,
    QUALIFIERS_BEFORE,
)


class QualifierWords(NamedTuple):
    """Qualifier phrases (lower-case token tuples) -> qualifier id, before and after a number."""

    before: dict[tuple[str, ...], str]
    after: dict[tuple[str, ...], str]
    longest: int    # tokens in the longest phrase before
    # the words the phrases before end on: most tokens end none, and are passed over without
    # looking up a phrase of each length (read with the tables, so that they agree)
    last_before: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def default_qualifier_tables() -> QualifierWords:
    """Qualifier phrases before and after a number: the rule pack's words over ours.

    rules/qualifiers.yaml is the audit core's word list (a newsroom may extend it);
    the reader adds the spellings and symbols of running text it does not list. Where
    both name a phrase, the pack decides, so a claim and a sentence read alike. A bundled
    pack that does not load is an error (auditor.InputError, naming the file and line),
    not a quiet fall-back to the reader's own words, which would read text differently.
    """
    from auditor.pack.load import load_pack
    pack = load_pack()
    return qualifier_tables_with(tuple((word, q.id) for q in pack.qualifiers.values() if q.id in CHANGE_LABELS
                              for word in q.words))


@lru_cache(maxsize=16)
def qualifier_tables_with(words: tuple[tuple[str, str], ...]) -> QualifierWords:
    """The reader's qualifier phrases with a rule pack's (word, qualifier id) pairs over them.

    >>> words = qualifier_tables_with((("give or take", "about"), ("or thereabouts", "about")))
    >>> words.before[("give", "or", "take")], words.after[("or", "thereabouts")]
    ('about', 'about')
    """
    before = dict(QUALIFIERS_BEFORE)
    after = dict(QUALIFIERS_AFTER)
    for word, qualifier in words:
        phrase = tuple(token.lower for token in tokenize(word))
        if not phrase:
            continue
        if phrase[0] in ("or", "and") and len(phrase) > 1:
            after[phrase] = qualifier
        else:
            before[phrase] = qualifier
    return QualifierWords(before, after, max(len(phrase) for phrase in before),
                          frozenset(phrase[-1] for phrase in before))


def qualifier_before(tokens: list[Token], end: int, words: QualifierWords) -> tuple[str | None, int]:
    """The qualifier phrase ending just before tokens[end]: (name, first token).

    >>> qualifier_before(tokenize("just under 20"), 2, qualifier_tables_with(()))
    ('under', 0)
    """
    table, longest = words.before, words.longest
    if end and words.last_before and tokens[end - 1].lower not in words.last_before:
        longest = 0     # no phrase ends on the word before
    for length in range(min(longest, end), 0, -1):
        phrase = tuple(tokens[probe].lower for probe in range(end - length, end))
        name = table.get(phrase)
        if name is not None:
            return name, end - length
    # "sub-7": a prefix written with a hyphen
    if end >= 2 and tokens[end - 1].text in DASH_CHARS and tokens[end - 2].lower == "sub":
        return "under", end - 2
    return None, end


def context_before(tokens: list[Token], first: int, words: QualifierWords) -> tuple[str, int, str | None]:
    """Qualifier and verb of change before a number: (qualifier, first token, direction).

    >>> context_before(tokenize("rose just under 20"), 3, qualifier_tables_with(()))
    ('under', 1, 'up')
    """
    qualifier = "exact"
    start = first
    names: list[str] = []
    while True:
        name, probe = qualifier_before(tokens, start, words)
        if name is None:
            break
        names.append(name)
        start = probe
    if names:
        # The qualifier nearest the number wins, except a bare "just"/"only" before
        # another ("just under 20" is under).
        meaningful = [name for name in names if name != "exact"]
        qualifier = meaningful[0] if meaningful else "exact"
    return qualifier, start, direction_before(tokens, start)


def direction_before(tokens: list[Token], start: int) -> str | None:
    """The verb of change governing the number that starts at tokens[start].

    "rose 5%", "were down 2.3%", "fell a further 2%", "increased by 2 percent",
    "grow sales by 35 per cent", "revised upward by 40 billion". Not "gave up 517"
    (a particle) and not "up to"/"down to" (a level).

    >>> direction_before(tokenize("sales fell a further 2%"), 4), direction_before(tokenize("gave up 517"), 2)
    ('down', None)
    """
    probe = start - 1
    saw_by = False
    while probe >= 0 and start - probe <= 3 and (
            tokens[probe].lower in DIRECTION_LINKS
            or (tokens[probe].lower in ("a", "an") and probe + 1 < start
                and tokens[probe + 1].lower in DIRECTION_LINKS)):
        saw_by = saw_by or tokens[probe].lower == "by"
        probe -= 1
    while probe >= 0 and tokens[probe].kind == "w" and tokens[probe].lower.endswith("ly") \
            and start - probe <= 4 and tokens[probe].lower not in ("only", "early", "nearly"):
        probe -= 1
    if probe < 0 or tokens[probe].kind != "w":
        return None
    word = tokens[probe].lower
    if word in DIRECTION_BEFORE:
        next_word = tokens[probe + 1].lower if probe + 1 < len(tokens) else ""
        if word in ("up", "down"):
            if next_word in ("to", "from", "at"):
                return None
            if probe > 0 and tokens[probe - 1].lower in PARTICLE_VERBS:
                return None
        return DIRECTION_BEFORE[word]
    if saw_by:
        # "grow sales by 35 per cent": the verb may stand two words before "by"
        for back in range(probe - 1, max(probe - 3, -1), -1):
            token = tokens[back]
            if token.kind != "w":
                break
            if token.lower in DIRECTION_BEFORE and token.lower not in ("up", "down", "lower", "higher"):
                return DIRECTION_BEFORE[token.lower]
    return None


def context_after(tokens: list[Token], atom_end: int, words: QualifierWords) -> tuple[str | None, int, str | None]:
    """Qualifier ("or more") and comparative ("fewer") after a number: (qualifier, end, direction).

    >>> context_after(tokenize("500 or more fewer"), 1, qualifier_tables_with(()))
    ('at-least', 3, 'down')
    """
    count = len(tokens)
    qualifier = None
    end = atom_end
    after_table = words.after
    for length in (3, 2, 1):
        if atom_end + length > count:
            continue
        phrase = tuple(tokens[probe].lower for probe in range(atom_end, atom_end + length))
        if phrase in after_table:
            if phrase == ("+",) and tokens[atom_end].spaced:
                continue
            if phrase in (("plus",), ("odd",)) and atom_end + 1 < count \
                    and tokens[atom_end + 1].kind in ("n",):
                continue
            qualifier = after_table[phrase]
            end = atom_end + length
            break
    direction = None
    if end < count and tokens[end].lower in DIRECTION_AFTER and tokens[end].kind == "w":
        word = tokens[end].lower
        # "more than 1000 more" is fine; "2 more than 3" compares; "or more" was read.
        direction = DIRECTION_AFTER[word]
    return qualifier, end, direction
