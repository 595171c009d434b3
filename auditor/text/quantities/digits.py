"""One number written in digits: codes passed over, digit groups, fractions and exponents.

`read_digit_atom` reads the digits at a token and what extends them ("1 234 567",
"2 1/4", "1.3e6", "1.99x10^-30"), then hands them to `signs_and_units` for the sign,
currency, multiplier and unit around them. Numbers that are codes (an IP address, a
clock time, a date, a phone number, "S22") are returned as atoms to skip.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import NamedTuple

from auditor.text.numbers import NumberReading, divide, read_digits
from auditor.text.quantities.atom import Atom, skipped
from auditor.text.quantities.signs_and_units import absorb_clock_suffix, finish_digit_atom
from auditor.text.quantities.tokens import DASH_CHARS, GROUP_SPACES, Token, attached, tokenize  # noqa: F401 (tokenize: the examples)
from auditor.text.quantities_vocabulary import (
    CURRENCY_CODES,
    CURRENCY_QUALIFIERS,
    CURRENCY_SYMBOLS,
)

_SLASHES = ("/", "\u2044")


class Extension(NamedTuple):
    """Digits extended by what follows them: the new reading (None: a code to skip) and end."""

    reading: NumberReading | None
    last: int                 # one past the last token read
    fraction: bool = False


def _is_glued_digits(tokens: list[Token], index: int) -> bool:
    """tokens[index] is digits glued to the token before it."""
    return index < len(tokens) and tokens[index].kind == "n" and attached(tokens, index)


def _chain_end(tokens: list[Token], index: int) -> int | None:
    """End of a dotted or slashed chain or a clock time: 192.168.1.2, 1.2.3, 5/17/2018, 10:27 pm."""
    count = len(tokens)
    following = tokens[index + 1] if index + 1 < count else None
    if following is None or following.spaced or following.text not in (".", ":", "/") \
            or not _is_glued_digits(tokens, index + 2):
        return None
    separator = following.text
    if separator == "/" and not (index + 3 < count and tokens[index + 3].text == "/" and attached(tokens, index + 3)):
        return None   # "1/16" is a fraction
    end = index + 3
    while end + 1 < count and tokens[end].text == separator and attached(tokens, end) \
            and _is_glued_digits(tokens, end + 1):
        end += 2
    return absorb_clock_suffix(tokens, end)


def _in_a_word(tokens: list[Token], index: int) -> bool:
    """Digits glued after letters that are no currency: "S22", "9AB8" (not "US55", "x10", "$US55")."""
    if not attached(tokens, index) or tokens[index - 1].kind != "w":
        return False
    word = tokens[index - 1]
    if word.lower in CURRENCY_CODES or word.text in ("x", "X"):
        return False
    return not (word.lower in CURRENCY_QUALIFIERS and index >= 2
                and tokens[index - 2].text in CURRENCY_SYMBOLS and attached(tokens, index - 1))


def _phone_end(tokens: list[Token], index: int) -> int | None:
    """End of three dash-joined groups of digits: 1-222-2222, 2-3-4."""
    count = len(tokens)
    following = tokens[index + 1] if index + 1 < count else None
    if following is not None and following.text in DASH_CHARS and not following.spaced \
            and index + 4 < count and _is_glued_digits(tokens, index + 2) \
            and tokens[index + 3].text in DASH_CHARS and attached(tokens, index + 3) \
            and _is_glued_digits(tokens, index + 4):
        return index + 5
    return None


def code_end(tokens: list[Token], index: int) -> int | None:
    """Where a code made of numbers ends, when the digits at tokens[index] start one.

    Dotted chains (192.168.1.2, 1.2.3), clock times (10:27 pm), dates and phone numbers
    (5/17/2018, 1-222-2222), digits inside words (S22, 9AB8).

    >>> code_end(tokenize("at 10:27 pm"), 1), code_end(tokenize("call 1-222-2222"), 1), code_end(tokenize("5 guns"), 0)
    (5, 6, None)
    >>> code_end(tokenize("the S22 phone"), 2), code_end(tokenize("1/16 inch"), 0)
    (3, None)
    """
    end = _chain_end(tokens, index)
    if end is not None:
        return end
    if _in_a_word(tokens, index):
        return index + 1
    return _phone_end(tokens, index)


def grouped_digits(tokens: list[Token], index: int, reading: NumberReading) -> tuple[NumberReading, int]:
    """Groups of three digits split by spaces: "1 234 567", "40\u202f000".

    >>> reading, last = grouped_digits(tokenize("1 234 567 people"), 0, read_digits("1"))
    >>> reading.value, last
    (Decimal('1234567'), 3)
    """
    token = tokens[index]
    last = index + 1
    if "," in token.text or "." in token.text or len(token.text) > 3:
        return reading, last
    count = len(tokens)
    text = token.text
    probe = last
    while probe < count and tokens[probe].kind == "n" and tokens[probe].spaced \
            and re.fullmatch(r"\d{3}(?:\.\d+)?", tokens[probe].text) \
            and tokens[probe].gap in GROUP_SPACES \
            and not (probe + 1 < count and tokens[probe + 1].text in _SLASHES):
        text += tokens[probe].text
        probe += 1
        if "." in tokens[probe - 1].text:
            break
    if probe > last:
        return read_digits(text), probe
    return reading, last


def fraction_after(tokens: list[Token], index: int, last: int, reading: NumberReading) -> Extension | None:
    """Fractions: "1/16", "1\u204432", "2 1/4" (a zero denominator is a code to skip).

    >>> fraction_after(tokenize("2 1/4 miles"), 0, 1, read_digits("2")).reading.value
    Decimal('2.25')
    """
    count = len(tokens)
    token = tokens[index]
    if last + 1 < count and tokens[last].text in _SLASHES and attached(tokens, last) \
            and tokens[last + 1].kind == "n" and attached(tokens, last + 1) \
            and "." not in token.text and "," not in token.text:
        denominator = Decimal(tokens[last + 1].text.replace(",", ""))
        if denominator == 0:
            return Extension(None, last + 2)
        value = divide(reading.value, denominator)
        return Extension(NumberReading(value=value, precision=divide(Decimal(1), denominator), fraction=True),
                         last + 2, fraction=True)
    if last + 2 < count and tokens[last].kind == "n" and tokens[last].spaced \
            and tokens[last + 1].text in _SLASHES and attached(tokens, last + 1) \
            and tokens[last + 2].kind == "n" and attached(tokens, last + 2) \
            and token.text.isdigit() and tokens[last].text.isdigit():
        numerator = Decimal(tokens[last].text)
        denominator = Decimal(tokens[last + 2].text)
        if 0 < numerator < denominator:
            value = reading.value + divide(numerator, denominator)
            return Extension(NumberReading(value=value, precision=divide(Decimal(1), denominator), fraction=True),
                             last + 3, fraction=True)
    return None


def scientific_after(tokens: list[Token], index: int, last: int, reading: NumberReading) -> Extension | None:
    """Scientific notation: "1.3e6", "-12e-1", "12.32e+14".

    >>> scientific_after(tokenize("1.3e6"), 0, 1, read_digits("1.3")).reading.value
    Decimal('1300000')
    """
    count = len(tokens)
    if not (last < count and tokens[last].lower.startswith("e") and attached(tokens, last)):
        return None
    exponent_text = tokens[last].lower[1:]
    probe = last + 1
    sign = ""
    if not exponent_text and probe < count and tokens[probe].text in ("+", "-") \
            and attached(tokens, probe):
        sign = tokens[probe].text
        probe += 1
    if not exponent_text and probe < count and tokens[probe].kind == "n" \
            and attached(tokens, probe) and tokens[probe].text.isdigit():
        exponent = int(sign + tokens[probe].text)
        if abs(exponent) <= 30:
            value = reading.value.scaleb(exponent)
            value = value.quantize(Decimal(1)) if value == value.to_integral_value() \
                else value.normalize()
            return Extension(NumberReading(value=value, precision=reading.precision.scaleb(exponent),
                                           decimals=reading.decimals, scaled=True), probe + 1)
    return None


def power_of_ten_after(tokens: list[Token], index: int, last: int, reading: NumberReading) -> Extension | None:
    """A power of ten written out: "1.99\u00d710\u221230", "1.3x10^6".

    >>> power_of_ten_after(tokenize("1.3x10^6"), 0, 1, read_digits("1.3")).reading.value
    Decimal('1.3E+6')
    """
    count = len(tokens)
    if not (last + 1 < count and tokens[last].text in ("\u00d7", "x") and tokens[last + 1].text == "10"
            and attached(tokens, last + 1)):
        return None
    probe = last + 2
    if probe < count and tokens[probe].text == "^" and attached(tokens, probe):
        probe += 1
    sign = ""
    if probe < count and tokens[probe].text in DASH_CHARS | {"+"} and attached(tokens, probe):
        sign = "-" if tokens[probe].text in DASH_CHARS else ""
        probe += 1
    if probe < count and tokens[probe].kind == "n" and tokens[probe].text.isdigit() \
            and attached(tokens, probe) and int(tokens[probe].text) <= 30:
        exponent = int(sign + tokens[probe].text)
        value = reading.value.scaleb(exponent)
        return Extension(NumberReading(value=value.normalize(), precision=reading.precision.scaleb(exponent),
                                       decimals=reading.decimals, scaled=True), probe + 1)
    return None


EXTENSIONS = (fraction_after, scientific_after, power_of_ten_after)


def read_digit_atom(tokens: list[Token], index: int) -> Atom | None:
    """The number in digits at tokens[index] with everything around it, or None.

    >>> atom = read_digit_atom(tokenize("$13.6M"), 1)
    >>> atom.value, atom.currency, atom.first
    (Decimal('13600000'), 'dollar', 0)
    >>> read_digit_atom(tokenize("at 10:27"), 1).skip
    True
    """
    end = code_end(tokens, index)
    if end is not None:
        return skipped(index, end)
    reading = read_digits(tokens[index].text)
    if reading is None:
        return None
    reading, last = grouped_digits(tokens, index, reading)
    for extend in EXTENSIONS:
        extension = extend(tokens, index, last, reading)
        if extension is None:
            continue
        if extension.reading is None:
            return skipped(index, extension.last)
        return finish_digit_atom(tokens, index, extension.last, extension.reading, fraction=extension.fraction)
    return finish_digit_atom(tokens, index, last, reading)
