"""Finding quantities in English news text, with the words that change their meaning.

`find_quantities` reads digits ("1,500", "5.1%", "$13.6M"), number words ("eight",
"two to three hundred", "a dozen", "half"), ranges ("29 to 32 percent", "between 20
and 30"), vague plurals ("dozens of", "tens of thousands of"), and the qualifier
("more than", "nearly", "up to") and direction ("rose", "down", "fewer") around
them. Dates, clock times, years, ordinals and numbers inside names ("iPhone 11",
"S&P 500") are not quantities and are skipped.

`parse_value_phrase` reads the short value and change phrases of claim files ("over
2,000", "down 24 percent"); strictly, with the rule pack's qualifier words, for a claim
file's field (auditor/loading/phrases.py).

Each quantity carries two readings of its context: `qualifier` and `direction`, the
claim semantics of the audit core, and `change`, NewsQuant's label (`=`, `~`, `>`,
`<`, `up`, `down`). They differ on purpose: NewsQuant labels a change only where a
verb of change governs the number ("rose 5%"), not for "a 5% rise" or "7000 fewer".
"""

from __future__ import annotations

import re
from contextvars import ContextVar
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache

from auditor.text.numbers import (
    DOZEN_WORDS,
    NUMBER_WORDS,
    SCALES,
    NumberReading,
    decimal_text,
    divide,
    read_digits,
    read_number_phrase,
    read_number_words,
    scale_value,
)
from auditor.text.quantities_vocabulary import (
    CHANGE_LABELS,
    CURRENCY_CODES,
    CURRENCY_ONLY_MULTIPLIERS,
    CURRENCY_QUALIFIERS,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    DIRECTION_AFTER,
    DIRECTION_BEFORE,
    DIRECTION_LINKS,
    FUNCTION_WORDS,
    HALF_NOT_AFTER,
    LABEL_NOUNS,
    MEASURE_WORDS,
    MONTHS,
    NOT_A_UNIT,
    ONE_COMPOUNDS_AFTER,
    ONE_PRONOUN_BEFORE,
    PARTICLE_VERBS,
    PERCENT_WORDS,
    QUALIFIERS_AFTER,
    QUALIFIERS_BEFORE,
    RANK_PREFIXES,
    SPACED_MULTIPLIERS,
    SUFFIX_MULTIPLIERS,
    TERM_WORDS,
    UNIT_SYMBOLS,
    UNIT_WORDS_TITLE,
    VAGUE_PLURALS,
    YEAR_PREPOSITIONS,
)

__all__ = ["Quantity", "UnreadableValue", "find_quantities", "parse_value_phrase"]


@dataclass(frozen=True)
class Quantity:
    """A quantity found in text.

    `start`/`end` are character offsets (text[start:end] == `text`) covering the
    qualifier, the number and its unit symbol ("more than 1,500", "29 to 32 percent").
    `value` and `high` are Decimal strings at written precision ("1,500" -> "1500",
    "5.10" -> "5.10"); `high` is set for ranges. `precision` is the unit of the last
    written digit or word ("2,000" -> "1", "1.5 million" -> "100000", "two hundred" ->
    "100"), `decimals` the decimal places written, `written` the number as written.
    """

    start: int
    end: int
    text: str
    value: str
    high: str | None = None
    qualifier: str = "exact"
    direction: str | None = None
    change: str = "="
    unit: str | None = None
    precision: str = "1"
    decimals: int = 0
    written: str = ""
    vague: bool = False

    @property
    def label(self) -> str:
        """The value as NewsQuant writes it: "2000", or "200-300" for a range."""
        return self.value if self.high is None else f"{self.value}-{self.high}"


# --------------------------------------------------------------------------------------
# Tokens
# --------------------------------------------------------------------------------------

_TOKEN_RE = re.compile(r"\d+(?:,\d{3}(?!\d))*(?:\.\d+)?|[^\W\d_]+|\S")
_DASH_CHARS = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2212")
_GROUP_SPACES = frozenset(" \u00a0\u202f\u2009")
_SENTENCE_END = frozenset(".!?;:")


class _Token:
    __slots__ = ("text", "lower", "start", "end", "kind", "spaced", "gap")

    def __init__(self, text: str, start: int, end: int, gap: str) -> None:
        self.text = text
        self.lower = text.lower()
        self.start = start
        self.end = end
        first = text[0]
        self.kind = "n" if first.isdigit() else ("w" if first.isalpha() else "s")
        self.spaced = start == 0 or bool(gap)  # whitespace (or start of text) before
        self.gap = gap  # the whitespace between this token and the one before


def _tokenize(text: str) -> list[_Token]:
    tokens = []
    previous_end = 0
    for match in _TOKEN_RE.finditer(text):
        start = match.start()
        tokens.append(_Token(match.group(), start, match.end(), text[previous_end:start]))
        previous_end = match.end()
    return tokens


def _attached(tokens: list[_Token], index: int) -> bool:
    """True when tokens[index] directly follows the token before it."""
    return 0 < index < len(tokens) and not tokens[index].spaced


# --------------------------------------------------------------------------------------
# Atoms: one number with its currency, multiplier and unit symbol
# --------------------------------------------------------------------------------------

@dataclass
class _Atom:
    first: int                 # first token (currency or sign included)
    number_first: int          # first token of the number itself
    last: int                  # one past the number (multiplier included)
    end: int                   # one past the unit symbol / percent word
    value: Decimal
    precision: Decimal
    decimals: int = 0
    digits: bool = True
    plain: bool = False        # bare integer written without separator, decimals or scale
    scaled: bool = False
    multiplier: int = 1
    currency: str | None = None
    unit: str | None = None    # percent, currency word or unit symbol read with the number
    high: Decimal | None = None
    vague: bool = False
    fraction: bool = False
    plus_sign: bool = False
    negative: bool = False
    code: bool = False         # digits glued to letters that are no unit ("9AB8")
    words: tuple[str, ...] = ()  # the number words read, for word atoms
    skip: bool = False         # read only to be passed over (a date, a time, a code)


def _skip(first: int, last: int) -> _Atom:
    return _Atom(first=first, number_first=first, last=last, end=last, value=Decimal(0),
                 precision=Decimal(1), skip=True)


def _read_atom(tokens: list[_Token], index: int) -> _Atom | None:
    token = tokens[index]
    if token.kind == "n":
        return _read_digit_atom(tokens, index)
    if token.kind == "w":
        return _read_word_atom(tokens, index)
    if token.text == "." and index + 1 < len(tokens) and tokens[index + 1].kind == "n" \
            and _attached(tokens, index + 1) and "," not in tokens[index + 1].text \
            and (token.spaced or tokens[index - 1].kind == "s") \
            and not (index > 0 and tokens[index - 1].kind == "n" and not token.spaced):
        reading = read_digits("." + tokens[index + 1].text)
        if reading is not None:
            return _finish_digit_atom(tokens, index, index + 2, reading)
    return None


def _read_digit_atom(tokens: list[_Token], index: int) -> _Atom | None:
    count = len(tokens)
    token = tokens[index]
    following = tokens[index + 1] if index + 1 < count else None

    # Codes made of numbers: dotted chains (192.168.1.2, 1.2.3), clock times (10:27),
    # dates and phone numbers (5/17/2018, 1-222-2222), digits inside words (S22, 9AB8).
    if following is not None and not following.spaced and following.text in (".", ":", "/") \
            and index + 2 < count and tokens[index + 2].kind == "n" and _attached(tokens, index + 2):
        if following.text == ":" or (index + 3 < count and tokens[index + 3].text == following.text
                                     and _attached(tokens, index + 3)) or following.text == ".":
            end = index + 3
            while end + 1 < count and tokens[end].text == following.text and _attached(tokens, end) \
                    and tokens[end + 1].kind == "n" and _attached(tokens, end + 1):
                end += 2
            end = _absorb_clock_suffix(tokens, end)
            return _skip(index, end)
    if _attached(tokens, index) and tokens[index - 1].kind == "w" \
            and tokens[index - 1].lower not in CURRENCY_CODES and tokens[index - 1].text not in ("x", "X") \
            and not (tokens[index - 1].lower in CURRENCY_QUALIFIERS and index >= 2
                     and tokens[index - 2].text in CURRENCY_SYMBOLS and _attached(tokens, index - 1)):
        return _skip(index, index + 1)
    if following is not None and following.text in _DASH_CHARS and not following.spaced \
            and index + 4 < count and tokens[index + 2].kind == "n" and _attached(tokens, index + 2) \
            and tokens[index + 3].text in _DASH_CHARS and _attached(tokens, index + 3) \
            and tokens[index + 4].kind == "n" and _attached(tokens, index + 4):
        end = index + 5
        return _skip(index, end)

    reading = read_digits(token.text)
    if reading is None:
        return None
    last = index + 1

    # Groups of three digits split by spaces: "1 234 567", "40\u202f000".
    if "," not in token.text and "." not in token.text and len(token.text) <= 3:
        text = token.text
        probe = last
        while probe < count and tokens[probe].kind == "n" and tokens[probe].spaced \
                and re.fullmatch(r"\d{3}(?:\.\d+)?", tokens[probe].text) \
                and tokens[probe].gap in _GROUP_SPACES \
                and not (probe + 1 < count and tokens[probe + 1].text in ("/", "\u2044")):
            text += tokens[probe].text
            probe += 1
            if "." in tokens[probe - 1].text:
                break
        if probe > last:
            reading = read_digits(text)
            last = probe

    # Fractions: "1/16", "1\u204432", "2 1/4"
    if last + 1 < count and tokens[last].text in ("/", "\u2044") and _attached(tokens, last) \
            and tokens[last + 1].kind == "n" and _attached(tokens, last + 1) \
            and "." not in token.text and "," not in token.text:
        denominator = Decimal(tokens[last + 1].text.replace(",", ""))
        if denominator == 0:
            return _skip(index, last + 2)
        value = divide(reading.value, denominator)
        reading = NumberReading(value=value, precision=divide(Decimal(1), denominator),
                                fraction=True)
        return _finish_digit_atom(tokens, index, last + 2, reading, fraction=True)
    if last + 2 < count and tokens[last].kind == "n" and tokens[last].spaced \
            and tokens[last + 1].text in ("/", "\u2044") and _attached(tokens, last + 1) \
            and tokens[last + 2].kind == "n" and _attached(tokens, last + 2) \
            and token.text.isdigit() and tokens[last].text.isdigit():
        numerator = Decimal(tokens[last].text)
        denominator = Decimal(tokens[last + 2].text)
        if 0 < numerator < denominator:
            value = reading.value + divide(numerator, denominator)
            reading = NumberReading(value=value, precision=divide(Decimal(1), denominator),
                                    fraction=True)
            return _finish_digit_atom(tokens, index, last + 3, reading, fraction=True)

    # Scientific notation: "1.3e6", "-12e-1", "12.32e+14"
    if last < count and tokens[last].lower.startswith("e") and _attached(tokens, last):
        exponent_text = tokens[last].lower[1:]
        probe = last + 1
        sign = ""
        if not exponent_text and probe < count and tokens[probe].text in ("+", "-") \
                and _attached(tokens, probe):
            sign = tokens[probe].text
            probe += 1
        if not exponent_text and probe < count and tokens[probe].kind == "n" \
                and _attached(tokens, probe) and tokens[probe].text.isdigit():
            exponent = int(sign + tokens[probe].text)
            if abs(exponent) <= 30:
                value = reading.value.scaleb(exponent)
                value = value.quantize(Decimal(1)) if value == value.to_integral_value() \
                    else value.normalize()
                reading = NumberReading(value=value, precision=reading.precision.scaleb(exponent),
                                        decimals=reading.decimals, scaled=True)
                return _finish_digit_atom(tokens, index, probe + 1, reading)

    # "1.99\u00d710\u221230", "1.3x10^6": a power of ten written out
    if last + 1 < count and tokens[last].text in ("\u00d7", "x") and tokens[last + 1].text == "10" \
            and _attached(tokens, last + 1):
        probe = last + 2
        if probe < count and tokens[probe].text == "^" and _attached(tokens, probe):
            probe += 1
        sign = ""
        if probe < count and tokens[probe].text in _DASH_CHARS | {"+"} and _attached(tokens, probe):
            sign = "-" if tokens[probe].text in _DASH_CHARS else ""
            probe += 1
        if probe < count and tokens[probe].kind == "n" and tokens[probe].text.isdigit() \
                and _attached(tokens, probe) and int(tokens[probe].text) <= 30:
            exponent = int(sign + tokens[probe].text)
            value = reading.value.scaleb(exponent)
            reading = NumberReading(value=value.normalize(), precision=reading.precision.scaleb(exponent),
                                    decimals=reading.decimals, scaled=True)
            return _finish_digit_atom(tokens, index, probe + 1, reading)

    return _finish_digit_atom(tokens, index, last, reading)


def _absorb_clock_suffix(tokens: list[_Token], end: int) -> int:
    """Pass over "am"/"pm"/"a.m." and a time zone after a clock time."""
    if end < len(tokens) and tokens[end].lower in ("am", "pm"):
        end += 1
    elif end + 3 < len(tokens) and tokens[end].lower in ("a", "p") and tokens[end + 1].text == "." \
            and tokens[end + 2].lower == "m":
        end += 3
        if end < len(tokens) and tokens[end].text == "." and _attached(tokens, end):
            end += 1
    return end


def _finish_digit_atom(tokens: list[_Token], first: int, last: int, reading: NumberReading,
                       fraction: bool = False) -> _Atom | None:
    """Add sign, currency, multiplier and unit around a digit reading."""
    count = len(tokens)
    number_first = first
    value = reading.value
    precision = reading.precision
    written_plain = (not fraction and not reading.scaled and tokens[first].kind == "n"
                     and tokens[first].text.isdigit() and last == first + 1)

    # Attached letters: ordinals (21st), plural numbers (1990s, 3s), clock (5am, 10.45pm),
    # multipliers (10k, 13.6M), percent (5pc) and unit symbols (50mph) stay; other
    # letters make the digits part of a code (9AB8).
    attached_word = tokens[last] if last < count and tokens[last].kind == "w" \
        and _attached(tokens, last) else None
    if attached_word is not None and attached_word.lower in ("st", "nd", "rd", "th"):
        return _skip(first, last + 1)
    if attached_word is not None and attached_word.lower in ("am", "pm"):
        return _skip(first, last + 1)
    if attached_word is not None and attached_word.lower in ("a", "p") and last + 2 < count \
            and tokens[last + 1].text == "." and tokens[last + 2].lower == "m" and not fraction:
        return _skip(first, _absorb_clock_suffix(tokens, last))
    if attached_word is not None and attached_word.text in ("s", "S"):
        return _skip(first, last + 1)
    if last < count and tokens[last].text in ("\u2019", "'", "\u2032") and _attached(tokens, last) \
            and last + 1 < count and tokens[last + 1].lower == "s" and written_plain:
        if len(tokens[first].text) == 4:
            return _skip(first, last + 2)

    # Sign and currency before the number.
    currency = None
    negative = False
    plus_sign = False
    probe = first - 1
    if probe >= 0 and tokens[probe].text in _DASH_CHARS and not tokens[first].spaced:
        before = tokens[probe - 1] if probe >= 1 else None
        if tokens[probe].spaced or before is None or before.text in ("(", "$", "=", "[", "<", ">", "~") \
                or before.text in CURRENCY_SYMBOLS or before.lower in ("minus", "negative") \
                or (before.kind == "w" and before.lower in CURRENCY_CODES):
            negative = True
            number_first = probe
            probe -= 1
    elif probe >= 0 and tokens[probe].text == "+" and not tokens[first].spaced \
            and (tokens[probe].spaced or probe == 0):
        plus_sign = True
        number_first = probe
        probe -= 1
    if probe >= 1 and tokens[probe].kind == "w" and tokens[probe].lower in CURRENCY_QUALIFIERS \
            and not tokens[probe + 1].spaced and tokens[probe - 1].text in CURRENCY_SYMBOLS \
            and _attached(tokens, probe):
        # "$US55,931,000", "$A82,615,680"
        number_first = probe
        probe -= 1
    elif probe >= 0 and tokens[probe].kind == "w" and tokens[probe].lower in CURRENCY_CODES \
            and not tokens[probe + 1].spaced and tokens[probe].text != tokens[probe].lower:
        currency = CURRENCY_CODES[tokens[probe].lower]
        number_first = probe
        probe -= 1
    if probe >= 0 and tokens[probe].text == "=" and not tokens[probe + 1].spaced and probe >= 1 \
            and tokens[probe - 1].text == "Y" and _attached(tokens, probe):
        currency = "yen"
        number_first = probe - 1
        probe -= 2
    if probe >= 0 and tokens[probe].text in CURRENCY_SYMBOLS:
        currency = CURRENCY_SYMBOLS[tokens[probe].text]
        number_first = probe
        probe -= 1
        if probe >= 0 and tokens[probe].kind == "w" and tokens[probe].lower in CURRENCY_QUALIFIERS \
                and tokens[probe].text.isupper():
            number_first = probe
            probe -= 1
    elif probe >= 0 and tokens[probe].kind == "w" and tokens[probe].text.isupper() \
            and tokens[probe].lower in CURRENCY_CODES and tokens[probe].lower != "ps" \
            and currency is None:
        currency = CURRENCY_CODES[tokens[probe].lower]
        number_first = probe
        probe -= 1
    if probe >= 0 and tokens[probe].lower in ("minus", "negative") and not negative:
        negative = True
        number_first = probe
    if negative:
        value = -value

    # Multipliers: attached ("10k", "$13.6M", "PS8.1bn") or spaced ("10 bln", "1.5 million").
    multiplier = 1
    if attached_word is not None:
        suffix = attached_word.text
        if suffix in SUFFIX_MULTIPLIERS and not _letter_follows(tokens, last):
            if suffix not in ("b", "B") or currency is not None or not _word_follows(tokens, last):
                multiplier = SUFFIX_MULTIPLIERS[suffix]
        elif suffix.lower() in CURRENCY_ONLY_MULTIPLIERS and currency is not None:
            multiplier = CURRENCY_ONLY_MULTIPLIERS[suffix.lower()]
        if multiplier != 1:
            last += 1
            attached_word = None
    elif last < count and tokens[last].kind == "w" and tokens[last].lower in SPACED_MULTIPLIERS \
            and tokens[last].text == tokens[last].lower and not _word_follows(tokens, last):
        multiplier = SPACED_MULTIPLIERS[tokens[last].lower]
        last += 1
    if multiplier == 1:
        probe = last
        while probe < count:
            word = tokens[probe]
            if word.kind == "s" and word.text in _DASH_CHARS and probe > last \
                    and _attached(tokens, probe):
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
        last = probe
    if multiplier != 1:
        value = scale_value(value, multiplier)
        precision = precision * multiplier

    atom = _Atom(first=number_first, number_first=number_first, last=last, end=last,
                 value=value, precision=precision, decimals=reading.decimals,
                 plain=written_plain and multiplier == 1 and currency is None and not negative,
                 scaled=multiplier != 1 or reading.scaled, multiplier=multiplier,
                 currency=currency, fraction=fraction, plus_sign=plus_sign)
    atom.negative = negative
    if attached_word is not None:
        if attached_word.lower == "pc":
            atom.unit = "percent"
            atom.end = last + 1
        elif attached_word.text in UNIT_SYMBOLS or attached_word.lower in UNIT_SYMBOLS:
            atom.unit = attached_word.text
            atom.end = last + 1
            if atom.end + 1 < count and tokens[atom.end].text == "/" and _attached(tokens, atom.end) \
                    and tokens[atom.end + 1].kind == "w" and _attached(tokens, atom.end + 1):
                atom.unit += "/" + tokens[atom.end + 1].text
                atom.end += 2
        elif attached_word.text.isupper() and len(attached_word.text) <= 3 \
                and attached_word.lower in CURRENCY_CODES:
            atom.unit = CURRENCY_CODES[attached_word.lower]
            atom.end = last + 1
        else:
            atom.code = True
    _read_unit_symbol(tokens, atom)
    return atom


def _letter_follows(tokens: list[_Token], index: int) -> bool:
    return index + 1 < len(tokens) and tokens[index + 1].kind in ("w", "n") \
        and _attached(tokens, index + 1)


def _word_follows(tokens: list[_Token], index: int) -> bool:
    """True when a lower-case word follows (so "16 billion b" is not "b" = billion)."""
    return index + 1 < len(tokens) and tokens[index + 1].kind == "w" \
        and tokens[index + 1].text[0].islower() and tokens[index + 1].lower not in FUNCTION_WORDS


def _read_unit_symbol(tokens: list[_Token], atom: _Atom) -> None:
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


def _read_word_atom(tokens: list[_Token], index: int) -> _Atom | None:
    token = tokens[index]
    lower = token.lower
    if lower not in _WORD_STARTS:
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
        elif current.text in _DASH_CHARS and words and probe + 1 < count \
                and tokens[probe + 1].kind == "w":
            probe += 1
        else:
            break

    if lower in VAGUE_PLURALS:
        return _read_vague(tokens, index, words, positions)

    reading = read_number_words(words, 0)
    if reading is None:
        return None
    used = reading.length
    last = positions[used - 1] + 1
    atom = _Atom(first=index, number_first=index, last=last, end=last, value=reading.value,
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
    if probe >= 1 and tokens[probe].text in _DASH_CHARS and _attached(tokens, index) \
            and tokens[probe - 1].lower in ("minus", "negative"):
        probe -= 1
    if probe >= 0 and tokens[probe].lower in ("minus", "negative"):
        atom.value = -atom.value
        atom.first = atom.number_first = probe
        atom.negative = True
    elif probe == index - 1 and probe >= 0 and tokens[probe].text in CURRENCY_SYMBOLS:
        atom.currency = CURRENCY_SYMBOLS[tokens[probe].text]
        atom.first = atom.number_first = probe
    _read_unit_symbol(tokens, atom)
    return atom


_WORD_STARTS = frozenset(NUMBER_WORDS | {"a", "an", "half", "quarter", "dozen", "dozens", "point"}
                         | set(VAGUE_PLURALS))


def _read_vague(tokens: list[_Token], index: int, words: list[str], positions: list[int]
                ) -> _Atom | None:
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
    atom = _Atom(first=index, number_first=index, last=last, end=last, value=low_value,
                 precision=low_value, digits=False, high=high, vague=True)
    return atom


# --------------------------------------------------------------------------------------
# Which atoms are not quantities
# --------------------------------------------------------------------------------------

def _is_capitalised_word(token: _Token) -> bool:
    return token.kind == "w" and any(char.isupper() for char in token.text)


def _not_a_quantity(tokens: list[_Token], atom: _Atom, qualifier_before: bool) -> bool:
    """Years, dates, numbers in names and pronoun "one" are not quantities."""
    count = len(tokens)
    first = tokens[atom.number_first]
    before = tokens[atom.number_first - 1] if atom.number_first > 0 else None
    after = tokens[atom.last] if atom.last < count else None
    if atom.code:
        return True
    if atom.digits:
        plain = atom.plain and atom.unit is None and atom.currency is None
        integer = plain and first.text.isdigit()
        value = atom.value
        # Years: "in 2019", "since 1985", "between 1600 and 1900".
        if integer and len(first.text) == 4 and not qualifier_before:
            if 1900 <= value <= 2099:
                return True
            if 1000 <= value < 1900 and before is not None and before.lower in YEAR_PREPOSITIONS:
                return True
        # Dates: "March 29", "Feb. 21", "8 July".
        if integer and 1 <= value <= 31:
            month_before = before
            if month_before is not None and month_before.text == "." and atom.number_first >= 2:
                month_before = tokens[atom.number_first - 2]
            if month_before is not None and month_before.lower in MONTHS \
                    and month_before.text[0].isupper():
                return True
            if after is not None and after.lower in MONTHS and after.text[0].isupper():
                return True
        # Seasons and spans of years: "the 2020-21 season"
        if integer and before is not None and before.text in _DASH_CHARS \
                and _attached(tokens, atom.number_first) and atom.number_first >= 2 \
                and _attached(tokens, atom.number_first - 1) \
                and tokens[atom.number_first - 2].kind == "n" \
                and re.fullmatch(r"(1[89]|20)\d\d", tokens[atom.number_first - 2].text):
            return True
        # Labels and ranks: "category 4", "Game 7", "last-32", "top-10".
        if integer and before is not None and before.lower in LABEL_NOUNS \
                and not qualifier_before and (after is None or after.lower not in MEASURE_WORDS):
            return True
        if integer and before is not None and before.text in _DASH_CHARS and atom.number_first >= 1 \
                and _attached(tokens, atom.number_first) and atom.number_first >= 2 \
                and tokens[atom.number_first - 2].lower in RANK_PREFIXES:
            return True
        # Numbers in names: "iPhone 11", "S&P 500", "Game 7", "787 Dreamliner", "Unit 3".
        if after is not None and after.text in _DASH_CHARS and not after.spaced \
                and atom.last + 2 < count and tokens[atom.last + 1].kind == "n" \
                and _attached(tokens, atom.last + 1):
            after = tokens[atom.last + 2]   # "16-18 Industrial Avenue": look past the range
        if integer and not qualifier_before and (after is None or after.lower not in MEASURE_WORDS):
            if before is not None and _is_capitalised_word(before) \
                    and before.lower not in FUNCTION_WORDS and before.lower not in MONTHS:
                return True
            if before is not None and before.text in _DASH_CHARS and _attached(tokens, atom.number_first) \
                    and atom.number_first >= 2 and _attached(tokens, atom.number_first - 1) \
                    and tokens[atom.number_first - 2].kind == "w" \
                    and tokens[atom.number_first - 2].text.isupper():
                return True
            if after is not None and after.kind == "w" and after.spaced and after.text[0].isupper() \
                    and any(char.islower() for char in after.text) \
                    and after.lower not in UNIT_WORDS_TITLE and after.lower not in MONTHS \
                    and after.lower not in FUNCTION_WORDS:
                return True
        # "COVID -19": a name, not minus nineteen
        if atom.negative and before is not None and before.kind == "w" \
                and before.text.isupper() and len(before.text) > 1:
            return True
        return False
    words = list(atom.words)
    # Pronoun "one": "the same one", "each one", "one another", "one-time".
    if words == ["one"]:
        if before is not None and before.lower in ONE_PRONOUN_BEFORE:
            return True
        if after is not None and after.lower in ("another", "'s", "\u2019s"):
            return True
        if after is not None and after.text in _DASH_CHARS and atom.last + 1 < count \
                and tokens[atom.last + 1].lower in ONE_COMPOUNDS_AFTER:
            return True
        if after is not None and after.kind == "n" and not qualifier_before:
            return True   # "one 52,000 barrel-a-day refinery": "one" is "a"
    # "a five-year plan", "a two-month contract": a term that describes a noun
    if after is not None and after.text in _DASH_CHARS and not after.spaced \
            and atom.last + 1 < count and tokens[atom.last + 1].lower in TERM_WORDS \
            and _attached(tokens, atom.last + 1) and not qualifier_before and not atom.fraction:
        return True
    # Number words in names: "Formula One", "Big Ten".
    if first.text[0].isupper() and before is not None and _is_capitalised_word(before) \
            and before.lower not in FUNCTION_WORDS and not _sentence_start(tokens, atom.number_first):
        return True
    if words and words[0] == "half" and len(words) == 1 and not qualifier_before:
        if before is not None and before.lower in HALF_NOT_AFTER:
            return True
        if after is None or after.lower not in ("of", "a", "an", "the", "its", "their", "his", "her"):
            return True
    # "a third of", "a quarter of": a bare "a third" or "two quarters" is rather an
    # ordinal or a period ("a third-party", "the last two quarters").
    if atom.fraction and words and atom.value < 1 and not atom.scaled \
            and (words[0] in ("a", "an") or words[-1] in ("quarters", "quarter")) \
            and after is not None and after.lower != "of":
        return True
    return False


def _sentence_start(tokens: list[_Token], index: int) -> bool:
    return index == 0 or tokens[index - 1].text in _SENTENCE_END or tokens[index - 1].text in ('"', "\u201c", "(")


# --------------------------------------------------------------------------------------
# Qualifiers, directions, ranges
# --------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _qualifier_tables() -> tuple[dict[tuple[str, ...], str], dict[tuple[str, ...], str], int]:
    """Qualifier phrases before and after a number: the rule pack's words over ours.

    rules/qualifiers.yaml is the audit core's word list (a newsroom may extend it);
    the reader adds the spellings and symbols of running text it does not list. Where
    both name a phrase, the pack decides, so a claim and a sentence read alike. A bundled
    pack that does not load is an error (auditor.InputError, naming the file and line),
    not a quiet fall-back to the reader's own words, which would read text differently.
    """
    from auditor.pack.load import load_pack
    pack = load_pack()
    return _tables_with(tuple((word, q.id) for q in pack.qualifiers.values() if q.id in CHANGE_LABELS
                              for word in q.words))


# Qualifier tables for the value phrase being read, when its caller brings its own
# rule pack's words (parse_value_phrase(..., qualifiers=...)); else the default ones.
_CALLER_TABLES: ContextVar[tuple | None] = ContextVar("auditor_qualifier_tables", default=None)
# Set while a claim file's field is read strictly: every number there is a figure, so
# "1900 more" or "2018" is not taken for a year, nor "12" after a name for a label.
_FIELD_PHRASE: ContextVar[bool] = ContextVar("auditor_field_phrase", default=False)


def _tables() -> tuple[dict[tuple[str, ...], str], dict[tuple[str, ...], str], int]:
    return _CALLER_TABLES.get() or _qualifier_tables()


@lru_cache(maxsize=16)
def _tables_with(words: tuple[tuple[str, str], ...]) -> tuple[dict[tuple[str, ...], str], dict[tuple[str, ...], str], int]:
    """The reader's qualifier phrases with a rule pack's (word, qualifier id) pairs over them."""
    before = dict(QUALIFIERS_BEFORE)
    after = dict(QUALIFIERS_AFTER)
    for word, qualifier in words:
        phrase = tuple(token.lower for token in _tokenize(word))
        if not phrase:
            continue
        if phrase[0] in ("or", "and") and len(phrase) > 1:
            after[phrase] = qualifier
        else:
            before[phrase] = qualifier
    return before, after, max(len(phrase) for phrase in before)


def _qualifier_before(tokens: list[_Token], end: int) -> tuple[str | None, int]:
    """The qualifier phrase ending just before tokens[end]: (name, first token)."""
    table, _, longest = _tables()
    for length in range(min(longest, end), 0, -1):
        phrase = tuple(tokens[probe].lower for probe in range(end - length, end))
        name = table.get(phrase)
        if name is not None:
            return name, end - length
    # "sub-7": a prefix written with a hyphen
    if end >= 2 and tokens[end - 1].text in _DASH_CHARS and tokens[end - 2].lower == "sub":
        return "under", end - 2
    return None, end


def _context_before(tokens: list[_Token], first: int) -> tuple[str, int, str | None]:
    """Qualifier and verb of change before a number: (qualifier, first token, direction)."""
    qualifier = "exact"
    start = first
    names: list[str] = []
    while True:
        name, probe = _qualifier_before(tokens, start)
        if name is None:
            break
        names.append(name)
        start = probe
    if names:
        # The qualifier nearest the number wins, except a bare "just"/"only" before
        # another ("just under 20" is under).
        meaningful = [name for name in names if name != "exact"]
        qualifier = meaningful[0] if meaningful else "exact"
    return qualifier, start, _direction_before(tokens, start)


def _direction_before(tokens: list[_Token], start: int) -> str | None:
    """The verb of change governing the number that starts at tokens[start].

    "rose 5%", "were down 2.3%", "fell a further 2%", "increased by 2 percent",
    "grow sales by 35 per cent", "revised upward by 40 billion". Not "gave up 517"
    (a particle) and not "up to"/"down to" (a level).
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




def _context_after(tokens: list[_Token], atom_end: int) -> tuple[str | None, int, str | None]:
    """Qualifier ("or more") and comparative ("fewer") after a number."""
    count = len(tokens)
    qualifier = None
    end = atom_end
    after_table = _tables()[1]
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


_RANGE_WORDS = {("to",), ("-",), ("\u2013",), ("\u2014",), ("through",), ("thru",),
                ("to", "-"), ("-", "to"), ("~",), ("and",), ("or",), ("out", "of")}
_FROM_TO_BREAKS = frozenset({",", ";", "(", ")", "and", "or", "but", "while"})


def _range_link(tokens: list[_Token], left: _Atom, right: _Atom, opener: str) -> str | None:
    """How two neighbouring atoms form a range, or None.

    "29 to 32", "15-22", "5 \u2013 10", "between 20 and 30", "from 5 to 7 per cent",
    "three or four", "one out of three". Words between the ends may repeat the unit
    ("1 per cent to 1.5 per cent" is read with the unit inside the atoms).
    """
    between = tokens[left.end:right.first]
    if not between:
        return None
    words = tuple("-" if token.text in _DASH_CHARS else token.lower for token in between)
    if words in (("out", "of"), ("in",)):
        return "out-of"
    if words in _RANGE_WORDS:
        return words[0] if words[0] != "-" or len(words) == 1 else words[1]
    # "from 20 miles per gallon in 2008 to 29 mpg", "from $36,040 at 10.45pm to $34,935"
    if opener == "from" and words[-1] == "to" and len(words) <= 7 \
            and not any(word in _FROM_TO_BREAKS for word in words[:-1]):
        return "from-to"
    return None


def _combine(tokens: list[_Token], atoms: list[_Atom]) -> list[tuple[_Atom, _Atom | None, str | None]]:
    """Pair atoms into ranges where the words between them say so."""
    result: list[tuple[_Atom, _Atom | None, str | None]] = []
    index = 0
    while index < len(atoms):
        left = atoms[index]
        right = atoms[index + 1] if index + 1 < len(atoms) else None
        opener_index = _opener(tokens, left)
        opener = tokens[opener_index].lower if opener_index is not None else ""
        link = None
        if right is not None and not left.vague and not right.vague:
            link = _range_link(tokens, left, right, opener)
        ok = link is not None
        if link == "and":
            ok = opener == "between"
        elif link == "out-of":
            # "one out of three Germans", "one in five residents"; not "2 in 5 minutes"
            following = tokens[right.end].lower if right.end < len(tokens) else ""
            ok = 0 < left.value < right.value and not left.unit and not left.currency \
                and not right.unit and not right.currency and not left.fraction \
                and left.value == left.value.to_integral_value() \
                and following not in MEASURE_WORDS
        elif link == "or":
            ok = (not left.digits and not right.digits and left.value < right.value
                  and left.value == left.value.to_integral_value()) \
                or (left.digits and right.digits and left.plain and right.plain
                    and left.value < right.value and right.value <= 100)
        elif link == "-":
            spaced = tokens[left.end].spaced or tokens[right.first].spaced
            if not spaced and right.value <= left.value and not opener:
                # "2-0", "89-89": scores, not ranges
                if left.plain and right.plain and left.value <= 200:
                    index += 2
                    continue
                ok = False
            if left.negative or right.negative:
                ok = False
        elif link in ("to", "from-to", "through", "thru"):
            ok = not (left.unit and right.unit and left.unit != right.unit) \
                and not (left.currency and right.currency and left.currency != right.currency) \
                and not (left.unit and right.currency) and not (left.currency and right.unit)
            if ok and not opener and (left.unit or left.currency):
                _, _, direction = _context_before(tokens, left.first)
                if direction is not None:
                    ok = False   # "up 9.4 per cent to $84": a change, then a level
        if ok:
            result.append((left, right, link))
            index += 2
            continue
        result.append((left, None, None))
        index += 1
    return result


# --------------------------------------------------------------------------------------
# Units and assembly
# --------------------------------------------------------------------------------------

def _counted_noun(tokens: list[_Token], index: int) -> str | None:
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


def _unit_of(tokens: list[_Token], left: _Atom, right: _Atom | None, end: int) -> str | None:
    for atom in (right, left):
        if atom is None:
            continue
        if atom.unit is not None and atom.unit not in ("percent",) and atom.unit in CURRENCY_WORDS:
            return CURRENCY_WORDS[atom.unit]
        if atom.unit is not None:
            return atom.unit
        if atom.currency is not None:
            return atom.currency
    noun = _counted_noun(tokens, end)
    if noun is not None and noun in CURRENCY_WORDS:
        return CURRENCY_WORDS[noun]
    return noun


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in `text`, in order of appearance. Never raises on a str."""
    if not isinstance(text, str) or not text:
        return []
    tokens = _tokenize(text)
    count = len(tokens)
    atoms: list[_Atom] = []
    index = 0
    floor = 0
    while index < count:
        atom = _read_atom(tokens, index)
        if atom is None:
            index += 1
            continue
        if atom.first < floor:
            # a currency sign already read as the unit of the number before ("5$ 6")
            atom.first = atom.number_first = index
            atom.currency = None
        if not atom.skip:
            atoms.append(atom)
        index = max(atom.end, index + 1)
        floor = index

    kept: list[_Atom] = []
    field = _FIELD_PHRASE.get()
    for atom in atoms:
        qualifier, _, _ = _context_before(tokens, atom.first)
        if field or not _not_a_quantity(tokens, atom, qualifier != "exact"):
            kept.append(atom)

    assembled = []
    floor = 0
    for left, right, link in _combine(tokens, kept):
        if link == "score":
            continue
        quantity, first, last = _assemble(text, tokens, left, right, link, floor)
        assembled.append((quantity, first, last))
        floor = last
    return _inherit_in_parentheses(tokens, assembled)


def _inherit_in_parentheses(tokens: list[_Token], assembled: list[tuple[Quantity, int, int]]
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


def _opener(tokens: list[_Token], atom: _Atom) -> int | None:
    """Index of "from"/"between" opening a range, over a qualifier ("from up to 252")."""
    index = atom.first
    name, probe = _qualifier_before(tokens, index)
    if name is not None:
        index = probe
    if index > 0 and tokens[index - 1].lower in ("from", "between"):
        return index - 1
    return None


def _percent_before(tokens: list[_Token], start: int) -> tuple[int, str] | None:
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


def _assemble(text: str, tokens: list[_Token], left: _Atom, right: _Atom | None,
              link: str | None, floor: int = 0) -> tuple[Quantity, int, int]:
    """Build the Quantity for an atom or a range; also return its token span."""
    qualifier, start_token, direction = _context_before(tokens, left.first)
    verbal_direction = direction
    if left.plus_sign and direction is None:
        verbal_direction = direction = "up"
    opener = _opener(tokens, left) if right is not None else None
    if opener is not None:
        # "jumped from 240 to 273", "increase between 5% and 6%": the verb gives the
        # claim a direction, but the numbers are levels, not the size of the change.
        # A qualifier inside ("from up to 252 miles to 287") bounds one end only.
        outer_qualifier, outer_start, outer_direction = _context_before(tokens, opener)
        qualifier = outer_qualifier
        verbal_direction = None if left.plus_sign else verbal_direction
        start_token = outer_start
        direction = direction or outer_direction

    last_atom = right or left
    after_qualifier, end_token, after_direction = _context_after(tokens, last_atom.end)
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
    unit_before = _percent_before(tokens, start_token) if left.unit is None else None
    if unit_before is not None:
        start_token, percent = unit_before
        left.unit = percent
    start = tokens[start_token].start
    number_start = tokens[left.first].start
    end = tokens[max(end_token, last_atom.end) - 1].end
    written = text[number_start:tokens[last_atom.last - 1].end]
    unit = _unit_of(tokens, left, right, last_atom.end)
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


# --------------------------------------------------------------------------------------
# Value phrases from claim files
# --------------------------------------------------------------------------------------

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
    """
    if qualifiers is not None and not isinstance(qualifiers, tuple):
        qualifiers = tuple(qualifiers)
    token = _CALLER_TABLES.set(_tables_with(qualifiers)) if qualifiers is not None else None
    field = _FIELD_PHRASE.set(strict)
    try:
        return _value_phrase(phrase, strict)
    finally:
        _FIELD_PHRASE.reset(field)
        if token is not None:
            _CALLER_TABLES.reset(token)


def _value_phrase(phrase: str, strict: bool) -> Quantity | None:
    if not isinstance(phrase, str) or not phrase.strip():
        if strict:
            raise UnreadableValue("the phrase is empty")
        return None
    quantities = find_quantities(phrase)
    if strict and len(quantities) > 1:
        raise UnreadableValue(
            f"{phrase!r} holds more than one figure ({', '.join(repr(q.text) for q in quantities)}); "
            "write one figure, or a range such as '29 to 32'")
    quantity = quantities[0] if quantities else _bare_value(phrase)
    if quantity is None:
        if strict:
            raise NoNumber(f"cannot read a number in {phrase!r}")
        return None
    if quantity.direction is None:
        quantity = _phrase_direction(phrase, quantity)
    return _whole_phrase(phrase, quantity) if strict else quantity


def _phrase_direction(phrase: str, quantity: Quantity) -> Quantity:
    tokens = _tokenize(phrase)
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
    tokens = _tokenize(phrase)
    for token in tokens:
        if token.end <= quantity.start and token.lower not in DIRECTION_BEFORE \
                and token.lower not in DIRECTION_LINKS and token.lower not in ("a", "an"):
            raise UnreadableValue(f"{phrase!r}: {token.text!r} before the figure is neither a qualifier "
                                  "nor a direction such as 'up' or 'dropped by'")
    nouns: list[str] = []
    directions = 0
    for token in (t for t in tokens if t.start >= quantity.end):
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


def _bare_value(phrase: str) -> Quantity | None:
    """A value phrase that is a number on its own, after an optional qualifier."""
    stripped = phrase.strip()
    offset = phrase.index(stripped)
    tokens = _tokenize(stripped)
    for index in range(len(tokens)):
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
        qualifier, start_token, _ = _context_before(tokens, index)
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


# --------------------------------------------------------------------------------------
# Ordinals
# --------------------------------------------------------------------------------------

def find_ordinals(text: str) -> list[int]:
    """Ordinal numbers in text, in order: "the 21st", "twenty-first", "two hundredth"."""
    from auditor.text.numbers import ORDINAL_SCALES, ORDINAL_SMALL, ORDINAL_TENS, read_ordinal_words

    if not isinstance(text, str):
        return []
    tokens = _tokenize(text)
    found: list[int] = []
    index = 0
    ordinal_words = set(ORDINAL_SMALL) | set(ORDINAL_TENS) | set(ORDINAL_SCALES)
    while index < len(tokens):
        token = tokens[index]
        if token.kind == "n" and index + 1 < len(tokens) and _attached(tokens, index + 1) \
                and tokens[index + 1].lower in ("st", "nd", "rd", "th"):
            found.append(int(token.text.replace(",", "").split(".")[0]))
            index += 2
            continue
        if token.kind == "w" and (token.lower in NUMBER_WORDS or token.lower in ordinal_words
                                  or token.lower == "a"):
            words: list[str] = []
            positions: list[int] = []
            probe = index
            while probe < len(tokens) and len(words) < 16:
                if tokens[probe].kind == "w":
                    words.append(tokens[probe].lower)
                    positions.append(probe)
                    probe += 1
                elif tokens[probe].text in _DASH_CHARS and words:
                    probe += 1
                else:
                    break
            # the longest prefix that ends in an ordinal word
            for end in range(len(words), 0, -1):
                if words[end - 1] not in ordinal_words:
                    continue
                reading = read_ordinal_words(words[:end], 0)
                if reading is not None and reading[1] == end:
                    found.append(reading[0])
                    index = positions[end - 1] + 1
                    break
            else:
                index += 1
            continue
        index += 1
    return found
