"""An atom or a range, with the words around it, becomes a `Quantity`.

The qualifier and the verb of change before it, a qualifier or comparative after it
("or more", "fewer"), its unit (a symbol, a currency or the counted noun: "2,000 guns")
and NewsQuant's change label; a conversion in parentheses shares its quantity's qualifier.

>>> from auditor.text.quantities.tokens import tokenize
>>> counted_noun(tokenize("2,000 guns were recovered"), 1)
'guns'
"""

from __future__ import annotations

from dataclasses import replace

from auditor.text.numbers import NUMBER_WORDS, decimal_text, divide, scale_value
from auditor.text.quantities.atom import Atom
from auditor.text.quantities.qualifiers import QualifierWords, context_after, context_before
from auditor.text.quantities.quantity import Quantity
from auditor.text.quantities.ranges import range_opener
from auditor.text.quantities.tokens import Token
from auditor.text.quantities_vocabulary import (
    CHANGE_LABELS,
    CURRENCY_WORDS,
    DIRECTION_AFTER,
    NOT_A_UNIT,
    PERCENT_WORDS,
)


def counted_noun(tokens: list[Token], index: int) -> str | None:
    """The noun a bare count refers to: "2,000 guns" -> "guns"."""
    count = len(tokens)
    probe = index
    while probe < count and tokens[probe].kind == "w" and tokens[probe].lower in DIRECTION_AFTER \
            and probe - index < 2:
        probe += 1
    if probe < count and tokens[probe].kind == "w" and tokens[probe].lower not in NOT_A_UNIT \
            and tokens[probe].lower not in NUMBER_WORDS:
        return tokens[probe].lower
    return None


def unit_of(tokens: list[Token], left: Atom, right: Atom | None, end: int) -> str | None:
    for atom in (right, left):
        if atom is None:
            continue
        if atom.unit is not None and atom.unit not in ("percent",) and atom.unit in CURRENCY_WORDS:
            return CURRENCY_WORDS[atom.unit]
        if atom.unit is not None:
            return atom.unit
        if atom.currency is not None:
            return atom.currency
    noun = counted_noun(tokens, end)
    if noun is not None and noun in CURRENCY_WORDS:
        return CURRENCY_WORDS[noun]
    return noun


def inherit_in_parentheses(tokens: list[Token], assembled: list[tuple[Quantity, int, int]]
                            ) -> list[Quantity]:
    """A conversion in parentheses shares its quantity's qualifier and direction.

    "more than 7.5 million Danish crowns (US $1.1 million)", "just under 296 hp (224
    kW / 300 PS)": the bracketed amounts restate the first one in other units.
    """
    quantities: list[Quantity] = []
    source: Quantity | None = None
    previous_end = -1
    for quantity, first, last in assembled:
        # "up 150 points, or 0.4%": the restatement shares the direction of change
        if quantities and quantity.direction is None and quantity.qualifier == "exact" \
                and 2 <= first - previous_end <= 3 and tokens[first - 1].lower == "or" \
                and all(token.kind == "w" for token in tokens[previous_end:first - 2]) \
                and tokens[first - 2].text == "," and quantities[-1].direction is not None:
            before = quantities[-1]
            change = before.change if before.change in ("up", "down") else quantity.change
            quantity = replace(quantity, direction=before.direction, change=change)
        opens = first > 0 and tokens[first - 1].text == "("
        continues = source is not None and first > 0 and tokens[first - 1].text in ("/", ",") \
            and first - 1 == previous_end
        if opens and quantities:
            before, before_end = quantities[-1], previous_end
            gap = tokens[before_end:first - 1]
            if len(gap) <= 3 and all(token.kind == "w" for token in gap):
                source = before
            else:
                source = None
        elif not continues:
            source = None
        if source is not None and quantity.qualifier == "exact" and quantity.direction is None:
            quantity = replace(quantity, qualifier=source.qualifier, direction=source.direction,
                               change=source.change)
        quantities.append(quantity)
        previous_end = last
    return quantities


def percent_before(tokens: list[Token], start: int) -> tuple[int, str] | None:
    """"percent of 10", "per cent of twenty-two": a percentage named before its number."""
    if start < 2 or tokens[start - 1].lower != "of":
        return None
    for length in (2, 1):
        first = start - 1 - length
        if first < 0:
            continue
        phrase = tuple(token.lower for token in tokens[first:start - 1])
        if PERCENT_WORDS.get(phrase) == "percent" and (
                first == 0 or tokens[first - 1].kind not in ("n",)
                and tokens[first - 1].lower not in NUMBER_WORDS):
            return first, "percent"
    return None


def assemble(text: str, tokens: list[Token], left: Atom, right: Atom | None,
              link: str | None, words: QualifierWords, floor: int = 0) -> tuple[Quantity, int, int]:
    """Build the Quantity for an atom or a range; also return its token span."""
    qualifier, start_token, direction = context_before(tokens, left.first, words)
    verbal_direction = direction
    if left.plus_sign and direction is None:
        verbal_direction = direction = "up"
    opener = range_opener(tokens, left, words) if right is not None else None
    if opener is not None:
        # "jumped from 240 to 273", "increase between 5% and 6%": the verb gives the
        # claim a direction, but the numbers are levels, not the size of the change.
        # A qualifier inside ("from up to 252 miles to 287") bounds one end only.
        outer_qualifier, outer_start, outer_direction = context_before(tokens, opener, words)
        qualifier = outer_qualifier
        verbal_direction = None if left.plus_sign else verbal_direction
        start_token = outer_start
        direction = direction or outer_direction

    last_atom = right or left
    after_qualifier, end_token, after_direction = context_after(tokens, last_atom.end, words)
    if after_qualifier is not None and qualifier in ("exact", "about", "nearly"):
        qualifier = after_qualifier   # "about five hundred or more" is at least 500
    if direction is None and after_direction is not None:
        direction = after_direction

    value = left.value
    high = left.high
    precision = left.precision
    decimals = left.decimals
    if link == "out-of":
        value = divide(left.value, right.value)
        precision = value
        right = None
        high = None
    elif right is not None:
        high = right.value
        # "two to three hundred", "$89 to $93 billion", "1 to 2 thousand": the
        # multiplier of the high end applies to a low end written without one, unless
        # that would put the low end above the high one ("$200 to $4 million").
        if right.multiplier != 1 and left.multiplier == 1 and not left.vague \
                and not left.fraction and left.value == left.value.to_integral_value():
            scaled = scale_value(left.value, right.multiplier)
            if scaled <= right.value:
                value = scaled
                precision = left.precision * right.multiplier
        precision = min(precision, right.precision)
        decimals = max(decimals, right.decimals)

    start_token = max(start_token, floor)   # never reach into the quantity before
    unit_before = percent_before(tokens, start_token) if left.unit is None else None
    if unit_before is not None:
        start_token, percent = unit_before
        left.unit = percent
    start = tokens[start_token].start
    number_start = tokens[left.first].start
    end = tokens[max(end_token, last_atom.end) - 1].end
    written = text[number_start:tokens[last_atom.last - 1].end]
    unit = unit_of(tokens, left, right, last_atom.end)
    if qualifier != "exact":
        change = CHANGE_LABELS.get(qualifier, "~")
    elif verbal_direction is not None:
        change = verbal_direction
    else:
        change = "="
    quantity = Quantity(
        start=start, end=end, text=text[start:end], value=decimal_text(value),
        high=None if high is None else decimal_text(high), qualifier=qualifier,
        direction=direction, change=change, unit=unit,
        precision=decimal_text(precision.normalize()) if precision else "1",
        decimals=decimals, written=written, vague=left.vague,
    )
    return quantity, start_token, max(end_token, last_atom.end)
