"""The value and change phrases of claim files: "over 2,000", "down 24 percent".

Read with the same reader as running text, in its `field` mode and with the caller's
qualifier words, both passed explicitly.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from auditor.text.numbers import decimal_text, read_number_phrase
from auditor.text.quantities.qualifiers import (
    QualifierWords,
    context_before,
    default_qualifier_tables,
    qualifier_tables_with,
)
from auditor.text.quantities.quantity import Quantity
from auditor.text.quantities.reader import find_quantities
from auditor.text.quantities.tokens import tokenize
from auditor.text.quantities_vocabulary import (
    CHANGE_LABELS,
    CURRENCY_WORDS,
    DIRECTION_AFTER,
    DIRECTION_BEFORE,
    DIRECTION_LINKS,
    VAGUE_PLURALS,
)


class UnreadableValue(ValueError):
    """A claim's value phrase that is not one figure (`parse_value_phrase(..., strict=True)`)."""


class NoNumber(UnreadableValue):
    """A claim's value phrase in which no number can be read at all."""


def parse_value_phrase(phrase: str, *, qualifiers=None, strict: bool = False) -> Quantity | None:
    """The one quantity a short claim value phrase states, or None.

    "over 2,000" -> over 2000; "almost two to three hundred" -> nearly 200-300;
    "approximately about 29 to 32 percent" -> about 29-32 percent; "7000 fewer" ->
    7000, direction down; "up, but only at a rate of 5.1%" -> 5.1 percent, up.
    A direction word anywhere in the phrase applies, since the phrase is about one
    number. Bare "half", "a third" or "dozens" read as numbers here, where in a
    sentence they would need context ("half of", "dozens of").

    `qualifiers` is a rule pack's (word, qualifier id) pairs (`Pack.qualifier_words()`),
    read over the reader's own qualifier words. `strict` reads a claim file's field: the
    phrase must be one figure, with nothing around it but its qualifier, a direction
    ("up", "dropped by", "more", "fewer than last year") and the words it counts, which
    become its unit and part of its span ("12 guns recovered" -> unit "guns recovered");
    instead of None it raises UnreadableValue saying what could not be read.

    >>> q = parse_value_phrase("almost two to three hundred")
    >>> q.qualifier, q.label
    ('nearly', '200-300')
    >>> q = parse_value_phrase("12 guns recovered", strict=True)
    >>> q.label, q.unit
    ('12', 'guns recovered')
    >>> parse_value_phrase("give or take 40", qualifiers=[("give or take", "about")]).qualifier
    'about'
    """
    if qualifiers is not None and not isinstance(qualifiers, tuple):
        qualifiers = tuple(qualifiers)
    words = default_qualifier_tables() if qualifiers is None else qualifier_tables_with(qualifiers)
    return _value_phrase(phrase, strict, words)


def _value_phrase(phrase: str, strict: bool, words: QualifierWords) -> Quantity | None:
    if not isinstance(phrase, str) or not phrase.strip():
        if strict:
            raise UnreadableValue("the phrase is empty")
        return None
    quantities = find_quantities(phrase, qualifiers=words, field=strict)
    if strict and len(quantities) > 1:
        raise UnreadableValue(
            f"{phrase!r} holds more than one figure ({', '.join(repr(q.text) for q in quantities)}); "
            "write one figure, or a range such as '29 to 32'")
    quantity = quantities[0] if quantities else _bare_value(phrase, words)
    if quantity is None:
        if strict:
            raise NoNumber(f"cannot read a number in {phrase!r}")
        return None
    if quantity.direction is None:
        quantity = _phrase_direction(phrase, quantity)
    return _whole_phrase(phrase, quantity) if strict else quantity


def _phrase_direction(phrase: str, quantity: Quantity) -> Quantity:
    tokens = tokenize(phrase)
    for position, token in enumerate(tokens):
        if token.kind != "w":
            continue
        if token.end <= quantity.start and token.lower in DIRECTION_BEFORE:
            following = tokens[position + 1].lower if position + 1 < len(tokens) else ""
            if token.lower in ("up", "down") and following == "to":
                continue
            return _with_direction(quantity, DIRECTION_BEFORE[token.lower])
        if token.start >= quantity.end and token.lower in DIRECTION_AFTER:
            return _with_direction(quantity, DIRECTION_AFTER[token.lower])
    return quantity


def _whole_phrase(phrase: str, quantity: Quantity) -> Quantity:
    """A strict reading: every word around the figure accounted for; trailing nouns are its unit."""
    tokens = tokenize(phrase)
    for token in tokens:
        if token.end <= quantity.start and token.lower not in DIRECTION_BEFORE \
                and token.lower not in DIRECTION_LINKS and token.lower not in ("a", "an"):
            raise UnreadableValue(f"{phrase!r}: {token.text!r} before the figure is neither a qualifier "
                                  "nor a direction such as 'up' or 'dropped by'")
    nouns: list[str] = []
    directions = 0
    after = [t for t in tokens if t.start >= quantity.end]
    for position, token in enumerate(after):
        if _compound_hyphen(after, position, quantity.end):
            continue   # "13-percent", "a 12-gun": the hyphen of a compound, not a word of its own
        if token.lower == "than" and directions:
            break   # "200 more than last year": the rest names the base
        if token.kind == "w" and token.lower in DIRECTION_AFTER and directions == 0:
            directions += 1
        elif token.kind == "w" and not directions:
            nouns.append(token.text)
        else:
            raise UnreadableValue(f"{phrase!r}: {token.text!r} after the figure is not part of it")
    if not nouns:
        return quantity
    first = nouns[0].lower()
    named_after = quantity.unit is not None and quantity.unit in (first, CURRENCY_WORDS.get(first))
    if quantity.unit is not None and not named_after:
        raise UnreadableValue(f"{phrase!r}: {' '.join(nouns)!r} follows a figure that already has its unit "
                              f"('{quantity.unit}')")
    last = [t for t in tokens if t.start >= quantity.end and t.kind == "w"][len(nouns) - 1]
    unit = quantity.unit if named_after and len(nouns) == 1 else " ".join(nouns)
    return replace(quantity, unit=unit, end=last.end, text=phrase[quantity.start:last.end])


def _compound_hyphen(after: list, position: int, figure_end: int) -> bool:
    """A hyphen glued to the figure before and to a word after it ("13-percent")."""
    token = after[position]
    return position == 0 and token.text in ("-", "\u2010", "\u2011") and token.start == figure_end \
        and len(after) > 1 and after[1].kind == "w" and after[1].start == token.end


# No number phrase is longer than this many tokens ("one million two hundred thousand and
# five" is 8); starting the search for the number there keeps a long phrase linear.
LONGEST_NUMBER_TOKENS = 64


def _bare_value(phrase: str, words: QualifierWords) -> Quantity | None:
    """A value phrase that is a number on its own, after an optional qualifier.

    >>> _bare_value("about a dozen", default_qualifier_tables()).label
    '12'
    """
    stripped = phrase.strip()
    offset = phrase.index(stripped)
    tokens = tokenize(stripped)
    for index in range(max(0, len(tokens) - LONGEST_NUMBER_TOKENS), len(tokens)):
        rest = stripped[tokens[index].start:]
        lowered = rest.lower()
        if lowered in VAGUE_PLURALS:
            low = VAGUE_PLURALS[lowered]
            value, high, precision, vague = Decimal(low), Decimal(low * 10), Decimal(low), True
        else:
            reading = read_number_phrase(rest)
            if reading is None:
                continue
            value, high, precision, vague = reading.value, None, reading.precision, False
        qualifier, start_token, _ = context_before(tokens, index, words)
        if start_token != 0:
            return None   # words before the number that are not a qualifier
        change = CHANGE_LABELS.get(qualifier, "~")
        return Quantity(start=offset, end=offset + len(stripped), text=stripped,
                        value=decimal_text(value), high=None if high is None else decimal_text(high),
                        qualifier=qualifier, change=change,
                        precision=decimal_text(precision.normalize()), written=rest, vague=vague)
    return None


def _with_direction(quantity: Quantity, direction: str | None) -> Quantity:
    change = quantity.change
    if change == "=" and direction is not None:
        change = direction
    return replace(quantity, direction=direction, change=change)
