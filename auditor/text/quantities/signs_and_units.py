"""What stands around a number in digits: sign, currency, multiplier and unit.

"-5", "$US55,931,000", "Y=100", "10k", "$13.6M", "1.5 million", "5pc", "50mph",
"12%", "20 per cent", "5 C". Letters glued to digits that are none of these make a
code ("9AB8"); ordinals, clock times and plurals ("21st", "5am", "1990s") are skipped.
"""

from __future__ import annotations

from typing import NamedTuple

from auditor.text.numbers import DOZEN_WORDS, SCALES, NumberReading, read_digits, scale_value  # noqa: F401 (read_digits: the examples)
from auditor.text.quantities.atom import Atom, skipped
from auditor.text.quantities.tokens import DASH_CHARS, Token, attached, letter_follows, tokenize, word_follows  # noqa: F401 (tokenize: the examples)
from auditor.text.quantities_vocabulary import (
    CURRENCY_CODES,
    CURRENCY_ONLY_MULTIPLIERS,
    CURRENCY_QUALIFIERS,
    CURRENCY_SYMBOLS,
    PERCENT_WORDS,
    SPACED_MULTIPLIERS,
    SUFFIX_MULTIPLIERS,
    UNIT_SYMBOLS,
)


def absorb_clock_suffix(tokens: list[Token], end: int) -> int:
    """Pass over "am"/"pm"/"a.m." and a time zone after a clock time."""
    if end < len(tokens) and tokens[end].lower in ("am", "pm"):
        end += 1
    elif end + 3 < len(tokens) and tokens[end].lower in ("a", "p") and tokens[end + 1].text == "." \
            and tokens[end + 2].lower == "m":
        end += 3
        if end < len(tokens) and tokens[end].text == "." and attached(tokens, end):
            end += 1
    return end


class Prefix(NamedTuple):
    """What stands before digits: where the number starts, its currency and sign."""

    number_first: int
    currency: str | None
    negative: bool
    plus_sign: bool


def suffix_code_end(tokens: list[Token], first: int, last: int, written_plain: bool, fraction: bool) -> int | None:
    """Where digits with letters glued on end when they are no amount, else None.

    Ordinals (21st), clock times (5am, 10.45 p.m.), plural numbers (1990s, 3s, the '90s
    written 1990's).

    >>> suffix_code_end(tokenize("the 21st"), 1, 2, True, False), suffix_code_end(tokenize("5 guns"), 0, 1, True, False)
    (3, None)
    """
    count = len(tokens)
    attached_word = tokens[last] if last < count and tokens[last].kind == "w" and attached(tokens, last) else None
    if attached_word is not None:
        if attached_word.lower in ("st", "nd", "rd", "th", "am", "pm") or attached_word.text in ("s", "S"):
            return last + 1
        if attached_word.lower in ("a", "p") and last + 2 < count and tokens[last + 1].text == "." \
                and tokens[last + 2].lower == "m" and not fraction:
            return absorb_clock_suffix(tokens, last)
    if last < count and tokens[last].text in ("\u2019", "'", "\u2032") and attached(tokens, last) \
            and last + 1 < count and tokens[last + 1].lower == "s" and written_plain \
            and len(tokens[first].text) == 4:
        return last + 2
    return None


def _sign_before(tokens: list[Token], first: int) -> tuple[bool, bool, int]:
    """A minus or plus sign glued to the digits: (negative, plus sign, first token read).

    A dash is a minus only when spaced before it or after "(", "$", "=", a currency or
    "minus"; "10-5" is a range and "COVID-19" a name (see `exclusions`).
    """
    probe = first - 1
    if probe < 0 or tokens[first].spaced:
        return False, False, first
    if tokens[probe].text in DASH_CHARS:
        before = tokens[probe - 1] if probe >= 1 else None
        if tokens[probe].spaced or before is None or before.text in ("(", "$", "=", "[", "<", ">", "~") \
                or before.text in CURRENCY_SYMBOLS or before.lower in ("minus", "negative") \
                or (before.kind == "w" and before.lower in CURRENCY_CODES):
            return True, False, probe
    elif tokens[probe].text == "+" and (tokens[probe].spaced or probe == 0):
        return False, True, probe
    return False, False, first


def _code_before(tokens: list[Token], probe: int) -> tuple[str | None, int, int]:
    """A currency qualifier or code glued before the digits: "$US55" (the US of it), "USD5".

    Returns (currency, first token read, next token to look at).
    """
    token = tokens[probe] if probe >= 0 else None
    if token is None or token.kind != "w" or tokens[probe + 1].spaced:
        return None, probe + 1, probe
    if probe >= 1 and token.lower in CURRENCY_QUALIFIERS and tokens[probe - 1].text in CURRENCY_SYMBOLS \
            and attached(tokens, probe):
        return None, probe, probe - 1
    if token.lower in CURRENCY_CODES and token.text != token.lower:
        return CURRENCY_CODES[token.lower], probe, probe - 1
    return None, probe + 1, probe


def _symbol_before(tokens: list[Token], probe: int, currency: str | None) -> tuple[str | None, int | None, int]:
    """A currency symbol or spaced code before the number: "$5", "US$ 5", "Y=100", "USD 5".

    Returns (currency, first token read or None, next token to look at).
    """
    number_first = None
    if probe >= 1 and tokens[probe].text == "=" and not tokens[probe + 1].spaced \
            and tokens[probe - 1].text == "Y" and attached(tokens, probe):
        currency, number_first, probe = "yen", probe - 1, probe - 2
    if probe >= 0 and tokens[probe].text in CURRENCY_SYMBOLS:
        currency, number_first, probe = CURRENCY_SYMBOLS[tokens[probe].text], probe, probe - 1
        if probe >= 0 and tokens[probe].kind == "w" and tokens[probe].lower in CURRENCY_QUALIFIERS \
                and tokens[probe].text.isupper():
            number_first, probe = probe, probe - 1
    elif probe >= 0 and tokens[probe].kind == "w" and tokens[probe].text.isupper() \
            and tokens[probe].lower in CURRENCY_CODES and tokens[probe].lower != "ps" and currency is None:
        currency, number_first, probe = CURRENCY_CODES[tokens[probe].lower], probe, probe - 1
    return currency, number_first, probe


def sign_and_currency(tokens: list[Token], first: int) -> Prefix:
    """Sign and currency before the digits at tokens[first]: "-5", "+3", "$US55", "Y=100", "minus 4".

    >>> sign_and_currency(tokenize("US$ -5"), 3)
    Prefix(number_first=0, currency='dollar', negative=True, plus_sign=False)
    >>> sign_and_currency(tokenize("minus 4"), 1)
    Prefix(number_first=0, currency=None, negative=True, plus_sign=False)
    """
    negative, plus_sign, number_first = _sign_before(tokens, first)
    probe = number_first - 1
    code, code_first, probe = _code_before(tokens, probe)
    number_first = min(number_first, code_first)
    currency, symbol_first, probe = _symbol_before(tokens, probe, code)
    if symbol_first is not None:
        number_first = symbol_first
    if probe >= 0 and tokens[probe].lower in ("minus", "negative") and not negative:
        negative = True
        number_first = probe
    return Prefix(number_first, currency, negative, plus_sign)


def multiplier_after(tokens: list[Token], last: int, attached_word: Token | None, currency: str | None
                     ) -> tuple[int, int, Token | None]:
    """Multipliers: attached ("10k", "$13.6M", "PS8.1bn") or spaced ("10 bln", "1.5 million").

    Returns (multiplier, one past it, the attached word still unread).

    >>> multiplier_after(tokenize("1.5 million"), 1, None, None)
    (1000000, 2, None)
    """
    count = len(tokens)
    multiplier = 1
    if attached_word is not None:
        suffix = attached_word.text
        if suffix in SUFFIX_MULTIPLIERS and not letter_follows(tokens, last):
            if suffix not in ("b", "B") or currency is not None or not word_follows(tokens, last):
                multiplier = SUFFIX_MULTIPLIERS[suffix]
        elif suffix.lower() in CURRENCY_ONLY_MULTIPLIERS and currency is not None:
            multiplier = CURRENCY_ONLY_MULTIPLIERS[suffix.lower()]
        if multiplier != 1:
            return multiplier, last + 1, None
    elif last < count and tokens[last].kind == "w" and tokens[last].lower in SPACED_MULTIPLIERS \
            and tokens[last].text == tokens[last].lower and not word_follows(tokens, last):
        return SPACED_MULTIPLIERS[tokens[last].lower], last + 1, attached_word
    probe = last
    while probe < count:
        word = tokens[probe]
        if word.kind == "s" and word.text in DASH_CHARS and probe > last and attached(tokens, probe):
            break
        if word.kind != "w":
            break
        if word.lower in SCALES:
            multiplier *= SCALES[word.lower]
        elif word.lower == "hundred":
            multiplier *= 100
        elif word.lower in DOZEN_WORDS:
            multiplier *= 12
        else:
            break
        probe += 1
    return multiplier, probe, attached_word


def read_attached_unit(tokens: list[Token], atom: Atom, attached_word: Token) -> None:
    """Letters glued to the digits: percent (5pc), a unit symbol (50mph, 3km/h), a currency
    code (100USD); any other letters make the digits part of a code (9AB8)."""
    count = len(tokens)
    last = atom.last
    if attached_word.lower == "pc":
        atom.unit = "percent"
        atom.end = last + 1
    elif attached_word.text in UNIT_SYMBOLS or attached_word.lower in UNIT_SYMBOLS:
        atom.unit = attached_word.text
        atom.end = last + 1
        if atom.end + 1 < count and tokens[atom.end].text == "/" and attached(tokens, atom.end) \
                and tokens[atom.end + 1].kind == "w" and attached(tokens, atom.end + 1):
            atom.unit += "/" + tokens[atom.end + 1].text
            atom.end += 2
    elif attached_word.text.isupper() and len(attached_word.text) <= 3 \
            and attached_word.lower in CURRENCY_CODES:
        atom.unit = CURRENCY_CODES[attached_word.lower]
        atom.end = last + 1
    else:
        atom.code = True


def finish_digit_atom(tokens: list[Token], first: int, last: int, reading: NumberReading,
                      fraction: bool = False) -> Atom | None:
    """Add sign, currency, multiplier and unit around a digit reading.

    >>> atom = finish_digit_atom(tokenize("up $1.5bn"), 2, 3, read_digits("1.5"))
    >>> atom.value, atom.currency, atom.first, atom.last
    (Decimal('1500000000'), 'dollar', 1, 4)
    """
    count = len(tokens)
    written_plain = (not fraction and not reading.scaled and tokens[first].kind == "n"
                     and tokens[first].text.isdigit() and last == first + 1)
    end = suffix_code_end(tokens, first, last, written_plain, fraction)
    if end is not None:
        return skipped(first, end)
    attached_word = tokens[last] if last < count and tokens[last].kind == "w" and attached(tokens, last) else None
    prefix = sign_and_currency(tokens, first)
    value = -reading.value if prefix.negative else reading.value
    precision = reading.precision
    multiplier, last, attached_word = multiplier_after(tokens, last, attached_word, prefix.currency)
    if multiplier != 1:
        value = scale_value(value, multiplier)
        precision = precision * multiplier
    atom = Atom(first=prefix.number_first, number_first=prefix.number_first, last=last, end=last,
                value=value, precision=precision, decimals=reading.decimals,
                plain=written_plain and multiplier == 1 and prefix.currency is None and not prefix.negative,
                scaled=multiplier != 1 or reading.scaled, multiplier=multiplier,
                currency=prefix.currency, fraction=fraction, plus_sign=prefix.plus_sign,
                negative=prefix.negative)
    if attached_word is not None:
        read_attached_unit(tokens, atom, attached_word)
    read_unit_symbol(tokens, atom)
    return atom


def read_unit_symbol(tokens: list[Token], atom: Atom) -> None:
    """Percent signs and words, currency after the number, and unit symbols."""
    count = len(tokens)
    index = atom.end
    if atom.unit is not None or index >= count:
        return
    token = tokens[index]
    if token.text == "%":
        atom.unit = "percent"
        atom.end = index + 1
        return
    if token.text in CURRENCY_SYMBOLS and atom.currency is None:
        atom.currency = CURRENCY_SYMBOLS[token.text]
        atom.end = index + 1
        return
    for length in (3, 2, 1):
        phrase = tuple(tokens[probe].lower for probe in range(index, min(index + length, count)))
        if phrase in PERCENT_WORDS and len(phrase) == length:
            atom.unit = PERCENT_WORDS[phrase]
            atom.end = index + length
            return
    if token.kind == "w" and token.spaced and (token.text in UNIT_SYMBOLS) \
            and token.text not in ("x", "X", "p", "in", "s", "t", "l", "h", "g", "m", "A", "B", "C", "F", "K", "V", "W", "J", "N", "st", "bar", "sq", "min") \
            and atom.currency is None:
        atom.unit = token.text
        atom.end = index + 1
    elif token.kind == "w" and token.spaced and token.text in ("C", "F", "K", "W", "V", "A", "J", "N") \
            and atom.currency is None and (index + 1 >= count or tokens[index + 1].kind != "w"
                                           or tokens[index + 1].text[0].islower()):
        atom.unit = token.text
        atom.end = index + 1
