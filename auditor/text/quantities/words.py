"""One number written in words: "two to three hundred", "a dozen", "half", "dozens of".

>>> from auditor.text.quantities.tokens import tokenize
>>> atom = read_word_atom(tokenize("two to three hundred"), 2)
>>> atom.value, atom.multiplier
(Decimal('300'), 100)
>>> atom = read_word_atom(tokenize("dozens of people"), 0)
>>> atom.value, atom.high, atom.vague
(Decimal('12'), Decimal('120'), True)
"""

from __future__ import annotations

from decimal import Decimal

from auditor.text.numbers import NUMBER_WORDS, SCALES, read_number_words
from auditor.text.quantities.atom import Atom
from auditor.text.quantities.signs_and_units import read_unit_symbol
from auditor.text.quantities.tokens import DASH_CHARS, Token, attached
from auditor.text.quantities_vocabulary import (
    CURRENCY_SYMBOLS,
    VAGUE_PLURALS,
)


def read_word_atom(tokens: list[Token], index: int) -> Atom | None:
    token = tokens[index]
    lower = token.lower
    if lower not in WORD_STARTS:
        return None
    # Collect the words ahead, joined by spaces or hyphens ("twenty-one", "fifty - two").
    words: list[str] = []
    positions: list[int] = []
    probe = index
    count = len(tokens)
    while probe < count and len(words) < 40:
        current = tokens[probe]
        if current.kind == "w":
            words.append(current.lower)
            positions.append(probe)
            probe += 1
        elif current.text in DASH_CHARS and words and probe + 1 < count \
                and tokens[probe + 1].kind == "w":
            probe += 1
        else:
            break

    if lower in VAGUE_PLURALS:
        return read_vague(tokens, index, words, positions)

    reading = read_number_words(words, 0)
    if reading is None:
        return None
    used = reading.length
    last = positions[used - 1] + 1
    atom = Atom(first=index, number_first=index, last=last, end=last, value=reading.value,
                 precision=reading.precision, decimals=reading.decimals, digits=False,
                 scaled=reading.scaled, fraction=reading.fraction)
    atom.words = tuple(words[:used])
    # The trailing scale ("three hundred" -> 100) lets a bare low end share it:
    # "two to three hundred" is 200-300.
    for word in reversed(words[:used]):
        if word in SCALES:
            atom.multiplier *= SCALES[word]
        elif word == "hundred":
            atom.multiplier *= 100
        else:
            break
    # "minus five", "minus-130", "$ five"
    probe = index - 1
    if probe >= 1 and tokens[probe].text in DASH_CHARS and attached(tokens, index) \
            and tokens[probe - 1].lower in ("minus", "negative"):
        probe -= 1
    if probe >= 0 and tokens[probe].lower in ("minus", "negative"):
        atom.value = -atom.value
        atom.first = atom.number_first = probe
        atom.negative = True
    elif probe == index - 1 and probe >= 0 and tokens[probe].text in CURRENCY_SYMBOLS:
        atom.currency = CURRENCY_SYMBOLS[tokens[probe].text]
        atom.first = atom.number_first = probe
    read_unit_symbol(tokens, atom)
    return atom


WORD_STARTS = frozenset(NUMBER_WORDS | {"a", "an", "half", "quarter", "dozen", "dozens", "point"}
                         | set(VAGUE_PLURALS))


def read_vague(tokens: list[Token], index: int, words: list[str], positions: list[int]
                ) -> Atom | None:
    """"dozens of", "hundreds of", "tens of thousands of", "hundreds of millions of"."""
    low = VAGUE_PLURALS[words[0]]
    used = 1
    if len(words) >= 3 and words[1] == "of" and words[0] in ("tens", "hundreds") \
            and words[2] in ("thousands", "millions", "billions", "trillions"):
        low *= VAGUE_PLURALS[words[2]]
        used = 3
    if used >= len(words) or words[used] != "of":
        return None
    if index > 0 and tokens[index - 1].kind in ("n", "w") and (
            tokens[index - 1].kind == "n" or tokens[index - 1].lower in NUMBER_WORDS):
        return None
    last = positions[used - 1] + 1
    low_value = Decimal(low)
    high = Decimal(low * 10)
    atom = Atom(first=index, number_first=index, last=last, end=last, value=low_value,
                 precision=low_value, digits=False, high=high, vague=True)
    return atom
