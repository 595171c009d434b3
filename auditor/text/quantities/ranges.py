"""Two numbers that form one range: "29 to 32", "between 20 and 30", "three or four".

`range_link` names the words between two neighbouring atoms; a test per link decides
whether they form a range, stand apart, or are a score ("2-0") to drop.
"""

from __future__ import annotations

from typing import Callable, NamedTuple

from auditor.text.quantities.atom import Atom
from auditor.text.quantities.qualifiers import QualifierWords, context_before, qualifier_before
from auditor.text.quantities.tokens import DASH_CHARS, Token, tokenize  # noqa: F401 (tokenize: the examples)
from auditor.text.quantities_vocabulary import (
    MEASURE_WORDS,
)


RANGE_WORDS = {("to",), ("-",), ("\u2013",), ("\u2014",), ("through",), ("thru",),
                ("to", "-"), ("-", "to"), ("~",), ("and",), ("or",), ("out", "of")}
FROM_TO_BREAKS = frozenset({",", ";", "(", ")", "and", "or", "but", "while"})


def range_link(tokens: list[Token], left: Atom, right: Atom, opener: str) -> str | None:
    """How two neighbouring atoms form a range, or None.

    "29 to 32", "15-22", "5 \u2013 10", "between 20 and 30", "from 5 to 7 per cent",
    "three or four", "one out of three". Words between the ends may repeat the unit
    ("1 per cent to 1.5 per cent" is read with the unit inside the atoms).
    """
    between = tokens[left.end:right.first]
    if not between:
        return None
    words = tuple("-" if token.text in DASH_CHARS else token.lower for token in between)
    if words in (("out", "of"), ("in",)):
        return "out-of"
    if words in RANGE_WORDS:
        return words[0] if words[0] != "-" or len(words) == 1 else words[1]
    # "from 20 miles per gallon in 2008 to 29 mpg", "from $36,040 at 10.45pm to $34,935"
    if opener == "from" and words[-1] == "to" and len(words) <= 7 \
            and not any(word in FROM_TO_BREAKS for word in words[:-1]):
        return "from-to"
    return None


class Neighbours(NamedTuple):
    """Two atoms next to each other, the word opening them ("from", "between" or "") and
    the qualifier words in use: what each link's test looks at."""

    tokens: list[Token]
    left: Atom
    right: Atom
    opener: str
    words: QualifierWords


# What a link's test says of two neighbouring atoms.
RANGE, APART, SCORE = "range", "apart", "score"


def _between_and(n: Neighbours) -> str:
    """"between 20 and 30" is a range; "20 and 30" two figures."""
    return RANGE if n.opener == "between" else APART


def _out_of(n: Neighbours) -> str:
    """"one out of three Germans", "one in five residents"; not "2 in 5 minutes"."""
    left, right, tokens = n.left, n.right, n.tokens
    following = tokens[right.end].lower if right.end < len(tokens) else ""
    ok = 0 < left.value < right.value and not left.unit and not left.currency \
        and not right.unit and not right.currency and not left.fraction \
        and left.value == left.value.to_integral_value() \
        and following not in MEASURE_WORDS
    return RANGE if ok else APART


def _either_or(n: Neighbours) -> str:
    """"three or four" and "5 or 6" are ranges; "2019 or 400" is not."""
    left, right = n.left, n.right
    ok = (not left.digits and not right.digits and left.value < right.value
          and left.value == left.value.to_integral_value()) \
        or (left.digits and right.digits and left.plain and right.plain
            and left.value < right.value and right.value <= 100)
    return RANGE if ok else APART


def _dash(n: Neighbours) -> str:
    """"15-22" is a range; "2-0" and "89-89" are scores, dropped; "-5 - -3" is not a range.

    >>> from auditor.text.quantities.digits import read_digit_atom
    >>> from auditor.text.quantities.qualifiers import qualifier_tables_with
    >>> tokens = tokenize("won 2-0")
    >>> _dash(Neighbours(tokens, read_digit_atom(tokens, 1), read_digit_atom(tokens, 3), "", qualifier_tables_with(())))
    'score'
    """
    left, right, tokens = n.left, n.right, n.tokens
    ok = True
    spaced = tokens[left.end].spaced or tokens[right.first].spaced
    if not spaced and right.value <= left.value and not n.opener:
        if left.plain and right.plain and left.value <= 200:
            return SCORE
        ok = False
    if left.negative or right.negative:
        ok = False
    return RANGE if ok else APART


def _to(n: Neighbours) -> str:
    """"29 to 32", "from $5 to $7": ends in the same unit; not "up 9.4 per cent to $84",
    a change and then a level."""
    left, right = n.left, n.right
    ok = not (left.unit and right.unit and left.unit != right.unit) \
        and not (left.currency and right.currency and left.currency != right.currency) \
        and not (left.unit and right.currency) and not (left.currency and right.unit)
    if ok and not n.opener and (left.unit or left.currency):
        _, _, direction = context_before(n.tokens, left.first, n.words)
        if direction is not None:
            ok = False
    return RANGE if ok else APART


LINK_TESTS: dict[str, Callable[[Neighbours], str]] = {
    "and": _between_and, "out-of": _out_of, "or": _either_or, "-": _dash,
    "to": _to, "from-to": _to, "through": _to, "thru": _to,
}


def combine(tokens: list[Token], atoms: list[Atom], words: QualifierWords) -> list[tuple[Atom, Atom | None, str | None]]:
    """Pair atoms into ranges where the words between them say so: (left, right, link) or (atom, None, None).

    >>> from auditor.text.quantities.digits import read_digit_atom
    >>> from auditor.text.quantities.qualifiers import qualifier_tables_with
    >>> tokens = tokenize("between 20 and 30 or 40")
    >>> atoms = [read_digit_atom(tokens, i) for i in (1, 3, 5)]
    >>> [(left.value, right and right.value, link) for left, right, link in combine(tokens, atoms, qualifier_tables_with(()))]
    [(Decimal('20'), Decimal('30'), 'and'), (Decimal('40'), None, None)]
    """
    result: list[tuple[Atom, Atom | None, str | None]] = []
    index = 0
    while index < len(atoms):
        left = atoms[index]
        right = atoms[index + 1] if index + 1 < len(atoms) else None
        opener_index = range_opener(tokens, left, words)
        opener = tokens[opener_index].lower if opener_index is not None else ""
        link = None
        if right is not None and not left.vague and not right.vague:
            link = range_link(tokens, left, right, opener)
        verdict = APART
        if link is not None:
            test = LINK_TESTS.get(link)
            verdict = RANGE if test is None else test(Neighbours(tokens, left, right, opener, words))
        if verdict == SCORE:
            index += 2
        elif verdict == RANGE:
            result.append((left, right, link))
            index += 2
        else:
            result.append((left, None, None))
            index += 1
    return result


def range_opener(tokens: list[Token], atom: Atom, words: QualifierWords) -> int | None:
    """Index of "from"/"between" opening a range, over a qualifier ("from up to 252")."""
    index = atom.first
    name, probe = qualifier_before(tokens, index, words)
    if name is not None:
        index = probe
    if index > 0 and tokens[index - 1].lower in ("from", "between"):
        return index - 1
    return None

