"""Numbers as written in English news: number words and digit forms -> Decimal.

Values keep their written precision: "1,500" reads as Decimal("1500"), "5.10" as
Decimal("5.10"), and a scaled form such as "1.5 million" as Decimal("1500000") with
a precision of 100000 (the unit of its last written digit). The word grammar is
hand-written here because it must report how many words it consumed, so that the
quantity finder can read numbers inside running text ("almost two to three hundred
more than last year").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, localcontext
from typing import Sequence

__all__ = [
    "NumberReading",
    "decimal_text",
    "parse_number",
    "parse_ordinal",
    "read_digits",
    "read_number_words",
    "read_ordinal_words",
    "split_words",
]

SMALL_NUMBERS = {
    "zero": 0, "nought": 0, "naught": 0, "one": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES = {
    "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12,
    "quadrillion": 10**15, "quintillion": 10**18, "sextillion": 10**21,
    "lakh": 10**5, "crore": 10**7,
}
# Plural scale words ("two millions") read like the singular after a number; on
# their own ("millions of") they are vague amounts, handled by the quantity finder.
PLURAL_SCALES = {word + "s": value for word, value in SCALES.items()}
PLURAL_SCALES["hundreds"] = 100

ORDINAL_SMALL = {
    "zeroth": 0, "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
    "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "nineth": 9, "tenth": 10,
    "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19,
}
ORDINAL_TENS = {
    "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
}
ORDINAL_SCALES = {"hundredth": 100, **{word + "th": value for word, value in SCALES.items()}}

# Denominators of spoken fractions ("two thirds", "a quarter"). "second" and "first"
# are left out on purpose: "two seconds" is a duration, "a first" is not a fraction.
FRACTION_DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    **{word: value for word, value in ORDINAL_SMALL.items() if value >= 4},
    **{word + "s": value for word, value in ORDINAL_SMALL.items() if value >= 4},
    **{word: value for word, value in ORDINAL_TENS.items()},
    **{word + "s": value for word, value in ORDINAL_TENS.items()},
    **{word: value for word, value in ORDINAL_SCALES.items()},
    **{word + "s": value for word, value in ORDINAL_SCALES.items()},
}

DIGIT_WORDS = {"oh": "0", "o": "0"}
DOZEN_WORDS = frozenset({"dozen", "dozens", "doz", "dozs", "dz", "dzs"})
NUMBER_WORDS = frozenset(SMALL_NUMBERS) | frozenset(TENS) | frozenset(SCALES) | {"hundred"}
DECIMAL_PLACES = 28  # significant digits kept when a fraction does not terminate

_DIGITS_RE = re.compile(
    r"""^(?P<sign>[-+\u2212])?\s*
    (?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)$""",
    re.VERBOSE,
)
_SUFFIX_MULTIPLIERS = {
    "k": 10**3, "thousand": 10**3, "m": 10**6, "mn": 10**6, "mln": 10**6,
    "mil": 10**6, "mm": 10**6, "million": 10**6, "b": 10**9, "bn": 10**9,
    "bln": 10**9, "billion": 10**9, "t": 10**12, "tn": 10**12, "trn": 10**12,
    "tln": 10**12, "trillion": 10**12,
}
_ORDINAL_DIGITS_RE = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)\s*(st|nd|rd|th)$", re.IGNORECASE)
_WORD_SPLIT_RE = re.compile(r"[a-z]+|\d+(?:\.\d+)?|\.\d+")
_DASHES = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-",
                         "\u2014": "-", "\u2212": "-", "\u00a0": " ", "\u202f": " "})


@dataclass(frozen=True)
class NumberReading:
    """A number read from text: its value, how precisely it was written, and its size.

    `precision` is the unit of the last written digit or word ("1,500" -> 1, "5.10"
    -> 0.01, "1.5 million" -> 100000, "two hundred" -> 100); `decimals` counts the
    written decimal places of the digits; `length` is how many words (or tokens)
    the reading consumed.
    """

    value: Decimal
    precision: Decimal
    decimals: int = 0
    length: int = 1
    scaled: bool = False
    fraction: bool = False


def decimal_text(value: Decimal) -> str:
    """Write a Decimal without exponent, keeping its written trailing zeros."""
    if value == value.to_integral_value() and value.as_tuple().exponent > 0:
        value = value.quantize(Decimal(1))
    text = format(value, "f")
    return "0" if text in ("-0", "-0.0") else text


def scale_value(mantissa: Decimal, multiplier: int | Decimal) -> Decimal:
    """Multiply a written mantissa by a scale; drop a fractional part that became zero."""
    value = mantissa * Decimal(multiplier)
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize() if value.as_tuple().exponent < 0 else value


def divide(numerator: Decimal, denominator: Decimal) -> Decimal:
    """Exact where the quotient terminates; otherwise 28 significant digits."""
    with localcontext() as context:
        context.prec = DECIMAL_PLACES
        quotient = numerator / denominator
    return quotient.normalize() if quotient != 0 else Decimal(0)


def read_digits(text: str) -> NumberReading | None:
    """Read a digit form such as "1,500", "-9.25" or ".5" (no words, no suffix)."""
    match = _DIGITS_RE.match(text.strip())
    if match is None:
        return None
    number = match["number"].replace(",", "")
    if number.startswith("."):
        number = "0" + number
    value = Decimal(number)
    decimals = len(number.partition(".")[2])
    if match["sign"] in ("-", "\u2212"):
        value = -value
    return NumberReading(value=value, precision=Decimal(1).scaleb(-decimals), decimals=decimals)


def split_words(text: str) -> list[str]:
    """Lower-case words of a number phrase; hyphens and commas only separate."""
    return _WORD_SPLIT_RE.findall(text.translate(_DASHES).lower())


# --------------------------------------------------------------------------------------
# Cardinal words
# --------------------------------------------------------------------------------------

def _read_cardinal(words: Sequence[str], start: int, bare_scale: bool = False
                   ) -> tuple[int, int, int] | None:
    """Longest cardinal at words[start:]: (value, words consumed, precision).

    A small state machine: units may follow tens ("twenty one"), "hundred" multiplies
    the group before it, a scale word closes a group, "and" may join groups ("one
    hundred and six"), "dozen" multiplies the last small number. Two units in a row
    ("one two") end the number, so running text splits into separate numbers.
    """
    total = 0
    group = 0
    small = 0          # last small number added to the group (for "dozen")
    last = None        # kind of the last word: unit, teen, tens, hundred, scale, dozen
    last_scale = None
    precision = 1
    group_precision = 1
    best: tuple[int, int, int] | None = None
    index = start
    count = len(words)
    while index < count:
        word = words[index]
        if word in ("a", "an") and index == start:
            following = words[index + 1] if index + 1 < count else ""
            if following in ("hundred", "dozen") or following in SCALES:
                group, small, last, group_precision = 1, 1, "unit", 1
                index += 1
                continue
            return None
        if word == "and":
            if last in ("hundred", "scale", "dozen") and index + 1 < count:
                index += 1
                continue
            break
        if word in SMALL_NUMBERS:
            value = SMALL_NUMBERS[word]
            if value < 10:
                if last == "tens" and group % 10 == 0:
                    group_precision = 1
                elif last in (None, "hundred", "scale", "dozen"):
                    group_precision = 1
                else:
                    break
                last = "unit"
            else:
                if last not in (None, "hundred", "scale", "dozen"):
                    break
                last = "teen"
                group_precision = 1
            if last_scale is None and words[start] in ("zero", "nought", "naught") and index > start:
                break
            group += value
            small = value if last == "teen" or words[index - 1] not in TENS else small + value
        elif word in TENS:
            if last not in (None, "hundred", "scale", "dozen"):
                break
            group += TENS[word]
            small = TENS[word]
            last = "tens"
            group_precision = 10
        elif word in ("hundred", "hundreds"):
            if last in ("unit", "teen", "tens") and group % 100 == group and group > 0:
                group *= 100
                group_precision = 100
            elif last is None and bare_scale:
                group = 100
                group_precision = 100
            else:
                break
            small = 0
            last = "hundred"
        elif word in SCALES or (word in PLURAL_SCALES and last is not None):
            scale = SCALES.get(word) or PLURAL_SCALES[word]
            if group == 0 and last is None:
                if not bare_scale:
                    break
                group = 1
                group_precision = 1
            if group == 0:
                # "three lakh crore": a larger scale multiplies what came before
                if last == "scale" and last_scale is not None and scale > last_scale:
                    total *= scale
                    precision *= scale
                    last_scale = scale
                    best = (total, index + 1 - start, precision)
                    index += 1
                    continue
                break
            if last_scale is not None and scale >= last_scale:
                if last == "scale" or total >= scale:
                    break
                total = (total + group) * scale
                precision = group_precision * scale
            else:
                total += group * scale
                precision = group_precision * scale
            last_scale = scale
            group = 0
            small = 0
            last = "scale"
            best = (total, index + 1 - start, precision)
            index += 1
            continue
        elif word in DOZEN_WORDS:
            if last not in ("unit", "teen", "tens") or small == 0:
                break
            group += small * 11
            group_precision = 1
            small = 0
            last = "dozen"
        else:
            break
        precision = group_precision
        best = (total + group, index + 1 - start, precision)
        index += 1
    return best


def _read_point_digits(words: Sequence[str], start: int) -> tuple[str, int]:
    """Digits spoken after "point": "zero three" -> "03", "seventy-one" -> "71"."""
    digits = ""
    index = start
    while index < len(words):
        word = words[index]
        if word in SMALL_NUMBERS:
            digits += str(SMALL_NUMBERS[word])
            index += 1
        elif word in DIGIT_WORDS and digits:
            digits += DIGIT_WORDS[word]
            index += 1
        elif word in TENS:
            tens = TENS[word]
            if index + 1 < len(words) and words[index + 1] in SMALL_NUMBERS \
                    and 0 < SMALL_NUMBERS[words[index + 1]] < 10:
                digits += str(tens + SMALL_NUMBERS[words[index + 1]])
                index += 2
            else:
                digits += str(tens)
                index += 1
        else:
            break
    return digits, index - start


def _read_denominator(words: Sequence[str], start: int) -> tuple[int, int] | None:
    """A fraction's denominator: "third", "quarters", "twenty-firsts" -> (21, 2)."""
    if start >= len(words):
        return None
    word = words[start]
    if word in FRACTION_DENOMINATORS:
        return FRACTION_DENOMINATORS[word], 1
    if word in TENS and start + 1 < len(words):
        unit = words[start + 1].removesuffix("s")
        if unit in ORDINAL_SMALL and 0 < ORDINAL_SMALL[unit] < 10:
            return TENS[word] + ORDINAL_SMALL[unit], 2
    return None


def read_number_words(words: Sequence[str], start: int = 0, *, bare_scale: bool = False,
                      scale_fractions: bool = True) -> NumberReading | None:
    """Longest number written in words at words[start:].

    Reads cardinals ("two hundred and five"), "a dozen", decimals ("two point five"),
    spoken fractions ("a third", "two-thirds", "one and a half", "half a million")
    and scaled fractions ("one and a half million"). Returns None when no number
    starts there. `bare_scale` lets a scale stand alone ("hundred thousand"), which
    is right for a whole phrase but not inside running text.
    """
    count = len(words)
    if start >= count:
        return None
    first = words[start]

    # "half", "half a dozen", "half a million", "quarter million"
    if first == "quarter" and start + 1 < count and words[start + 1] in SCALES:
        scale = SCALES[words[start + 1]]
        return NumberReading(value=scale_value(Decimal("0.25"), scale),
                             precision=Decimal(scale) / 4, length=2, scaled=True, fraction=True)
    if first == "half":
        index = start + 1
        if index < count and words[index] in ("a", "an"):
            index += 1
        if index < count and (words[index] in SCALES or words[index] in ("hundred", "dozen")):
            scale = 12 if words[index] == "dozen" else (SCALES.get(words[index]) or 100)
            value = scale_value(Decimal("0.5"), scale)
            return NumberReading(value=value, precision=Decimal(scale) / 2,
                                 length=index + 1 - start, scaled=True, fraction=True)
        return NumberReading(value=Decimal("0.5"), precision=Decimal("0.5"), length=1, fraction=True)

    # "a third", "a half", "a quarter" (numerator "a")
    if first in ("a", "an"):
        denominator = _read_denominator(words, start + 1)
        if denominator is not None:
            value = divide(Decimal(1), Decimal(denominator[0]))
            reading = NumberReading(value=value, precision=value, length=1 + denominator[1],
                                    fraction=True)
            return _scaled_fraction(words, start, reading) if scale_fractions else reading

    cardinal = _read_cardinal(words, start, bare_scale=bare_scale)
    if cardinal is None:
        if first == "point":
            digits, used = _read_point_digits(words, start + 1)
            if digits:
                return NumberReading(value=Decimal("0." + digits),
                                     precision=Decimal(1).scaleb(-len(digits)),
                                     decimals=len(digits), length=1 + used)
        return None
    value, used, precision = cardinal
    index = start + used
    reading = NumberReading(value=Decimal(value), precision=Decimal(precision), length=used)

    # decimals: "two hundred point zero three", "five point five million"
    if index < count and words[index] == "point":
        digits, digit_count = _read_point_digits(words, index + 1)
        if digits:
            mantissa = Decimal(f"{value}.{digits}")
            index += 1 + digit_count
            precision_value = Decimal(1).scaleb(-len(digits))
            reading = NumberReading(value=mantissa, precision=precision_value,
                                    decimals=len(digits), length=index - start)
            if index < count and words[index] in SCALES and value < 1000:
                scale = SCALES[words[index]]
                reading = NumberReading(value=scale_value(mantissa, scale),
                                        precision=precision_value * scale,
                                        decimals=len(digits), length=index + 1 - start,
                                        scaled=True)
            return reading

    # fractions: "two thirds", "three quarters", "one hundred and three quarters"
    denominator = _read_denominator(words, index)
    if denominator is not None:
        whole, numerator, unit = _split_whole(words, start, used, value, denominator[0])
        fraction = divide(Decimal(numerator), Decimal(denominator[0]))
        length = used + denominator[1]
        following = words[start + length] if start + length < count else ""
        if unit > 1 and following in SCALES and SCALES[following] < unit:
            unit = SCALES[following]   # "one billion and three quarters million"
            length += 1
        elif unit > 1 and following in SCALES:
            return NumberReading(value=Decimal(whole), precision=Decimal(unit), length=index - start)
        reading = NumberReading(value=_tidy(Decimal(whole) + fraction * unit),
                                precision=divide(Decimal(unit), Decimal(denominator[0])),
                                length=length, fraction=True, scaled=unit > 1)
        return _scaled_fraction(words, start, reading) if unit == 1 else reading

    # "one and a half", "twenty and three fifths", "five and a quarter"; after a scale
    # the fraction is of that scale: "one million and a half", "six million and two thirds"
    if index + 1 < count and words[index] == "and":
        tail = read_number_words(words, index + 1, scale_fractions=False)
        if tail is not None and tail.fraction and tail.value < 1 and not tail.scaled:
            last_word = words[index - 1]
            unit = SCALES.get(last_word, 1)
            tail_length = tail.length
            tail_value = tail.value * unit
            following = words[index + 1 + tail_length] if index + 1 + tail_length < count else ""
            if following in SCALES and SCALES[following] < unit:
                # "one billion and a half million"
                tail_value = tail.value * SCALES[following]
                tail_length += 1
            elif unit > 1 and following in SCALES:
                return reading
            reading = NumberReading(value=_tidy(Decimal(value) + tail_value),
                                    precision=tail.precision * unit,
                                    length=used + 1 + tail_length, fraction=True,
                                    scaled=unit > 1)
            return _scaled_fraction(words, start, reading) if unit == 1 else reading
    return reading


def _split_whole(words: Sequence[str], start: int, used: int, value: int, denominator: int
                 ) -> tuple[int, int, int]:
    """Split "one hundred and three" before "quarters" into whole 100 and numerator 3.

    Returns (whole, numerator, unit): after a scale word the fraction is of that
    scale ("six million and two thirds"). Only a proper fraction splits off: "one
    hundred and thirty-two fifths" is 132/5.
    """
    for index in range(start + used - 1, start, -1):
        if words[index] == "and":
            head = _read_cardinal(words[:index], start)
            tail = _read_cardinal(words[:start + used], index + 1)
            if head is not None and tail is not None and head[1] == index - start \
                    and index + 1 + tail[1] == start + used and tail[0] < denominator:
                return head[0], tail[0], SCALES.get(words[index - 1], 1)
            break
    return 0, value, 1


def _scaled_fraction(words: Sequence[str], start: int, reading: NumberReading) -> NumberReading:
    """"one and a half million", "two thirds of a million": scale a spoken fraction."""
    index = start + reading.length
    step = 0
    if index + 2 < len(words) and words[index] == "of" and words[index + 1] in ("a", "an"):
        step = 2
    if index + step < len(words) and words[index + step] in SCALES and reading.value < 1000:
        scale = SCALES[words[index + step]]
        return NumberReading(value=scale_value(reading.value, scale),
                             precision=reading.precision * scale,
                             length=reading.length + step + 1, scaled=True, fraction=True)
    return reading


def _tidy(value: Decimal) -> Decimal:
    return value.normalize() if value != value.to_integral_value() else value.quantize(Decimal(1))


# --------------------------------------------------------------------------------------
# Whole phrases
# --------------------------------------------------------------------------------------

def parse_number(text: str) -> Decimal | None:
    """Value of a whole number expression, or None when the text is not one number.

    >>> parse_number("two hundred and five"), parse_number("1,500"), parse_number("5.10")
    (Decimal('205'), Decimal('1500'), Decimal('5.10'))
    >>> parse_number("3.5 million"), parse_number("a dozen"), parse_number("half")
    (Decimal('3500000'), Decimal('12'), Decimal('0.5'))
    """
    reading = read_number_phrase(text)
    return None if reading is None else reading.value


def read_number_phrase(text: str) -> NumberReading | None:
    """Like parse_number, with the written precision."""
    if not isinstance(text, str):
        return None
    cleaned = text.translate(_DASHES).strip().lower()
    if not cleaned:
        return None
    negative = False
    for prefix in ("minus ", "negative ", "minus-"):
        if cleaned.startswith(prefix):
            negative = True
            cleaned = cleaned[len(prefix):].strip()
            break
    reading = _read_digit_phrase(cleaned)
    if reading is None:
        words = split_words(cleaned)
        if not words or any(not word.isalpha() for word in words):
            return None
        if re.search(r"[^a-z\s,-]", cleaned):
            return None
        reading = read_number_words(words, 0, bare_scale=True)
        if reading is None or reading.length != len(words):
            return None
    if negative:
        reading = NumberReading(value=-reading.value, precision=reading.precision,
                                decimals=reading.decimals, length=reading.length,
                                scaled=reading.scaled, fraction=reading.fraction)
    return reading


def _read_digit_phrase(cleaned: str) -> NumberReading | None:
    """Digits with an optional multiplier: "1.5 million", "10k", "3 dozen", "2 1/4"."""
    match = re.match(r"^([-+]?\s*(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+))\s*(.*)$",
                     cleaned)
    if match is None:
        return None
    reading = read_digits(match[1].replace(" ", ""))
    rest = match[2].strip()
    if reading is None:
        return None
    if not rest:
        return reading
    fraction = re.match(r"^(\d+)\s*[/\u2044]\s*(\d+)$", rest)
    if fraction and match[1].strip().lstrip("+-").isdigit():
        if "/" in match[1] or int(fraction[2]) == 0:
            return None
        part = divide(Decimal(fraction[1]), Decimal(fraction[2]))
        whole = reading.value
        value = whole - part if whole < 0 else whole + part
        return NumberReading(value=_tidy(value), precision=part, fraction=True)
    if re.match(r"^[/\u2044]\s*\d+$", rest):
        denominator = Decimal(rest.lstrip("/\u2044 "))
        if denominator == 0:
            return None
        return NumberReading(value=_tidy(divide(reading.value, denominator)),
                             precision=Decimal(1), fraction=True)
    words = split_words(rest)
    if rest.replace("-", " ").split() != words:
        return None
    multiplier = Decimal(1)
    used = 0
    for word in words:
        if word in _SUFFIX_MULTIPLIERS and used == 0 and len(words) == 1:
            multiplier *= _SUFFIX_MULTIPLIERS[word]
        elif word in SCALES or word in PLURAL_SCALES:
            multiplier *= SCALES.get(word) or PLURAL_SCALES[word]
        elif word == "hundred":
            multiplier *= 100
        elif word in DOZEN_WORDS:
            multiplier *= 12
        else:
            return None
        used += 1
    return NumberReading(value=scale_value(reading.value, multiplier),
                         precision=reading.precision * multiplier,
                         decimals=reading.decimals, length=1 + used, scaled=True)


def read_ordinal_words(words: Sequence[str], start: int = 0) -> tuple[int, int] | None:
    """Longest ordinal at words[start:]: (value, words consumed).

    The last word is an ordinal ("first", "twentieth", "hundredth"); written as its
    cardinal ("one", "twenty", "hundred"), the whole must read as one cardinal.
    """
    for end in range(len(words), start, -1):
        cardinal_word = _ORDINAL_AS_CARDINAL.get(words[end - 1])
        if cardinal_word is None:
            continue
        as_cardinal = list(words[start:end - 1]) + [cardinal_word]
        reading = _read_cardinal(as_cardinal, 0, bare_scale=True)
        if reading is not None and reading[1] == len(as_cardinal):
            return reading[0], end - start
    return None


_ORDINAL_AS_CARDINAL = {
    **{ordinal: next(word for word, number in SMALL_NUMBERS.items() if number == value)
       for ordinal, value in ORDINAL_SMALL.items()},
    **{ordinal: next(word for word, number in TENS.items() if number == value)
       for ordinal, value in ORDINAL_TENS.items()},
    "hundredth": "hundred",
    **{word + "th": word for word in SCALES},
}


def parse_ordinal(text: str) -> int | None:
    """Value of an ordinal: "twenty-first" -> 21, "21st" -> 21, "two hundredth" -> 200."""
    if not isinstance(text, str):
        return None
    cleaned = text.translate(_DASHES).strip().lower()
    match = _ORDINAL_DIGITS_RE.match(cleaned)
    if match:
        return int(match[1].replace(",", ""))
    words = split_words(cleaned)
    if not words or not all(word.isalpha() for word in words) or re.search(r"[^a-z\s,-]", cleaned):
        return None
    reading = read_ordinal_words(words, 0)
    if reading is None or reading[1] != len(words):
        return None
    return reading[0]
