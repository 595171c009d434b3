"""Value and change phrases of claim files as claim models: "over 2,000", "two to three hundred more".

The phrases are read by `auditor.text.quantities.parse_value_phrase` in its strict mode,
with the rule pack's qualifier words (rules/qualifiers.yaml), so a claim file and a
sentence read alike and a newsroom can add words without code. Nothing is parsed here:
this module turns the reader's `Quantity` into an `Amount` or a `Change` and says what
is wrong when it cannot.
"""

from __future__ import annotations

import re

from decimal import Decimal
from functools import lru_cache

from pydantic import ValidationError

from auditor.models.statements import Amount, Change
from auditor.pack.model import Pack
from auditor.text.quantities import NoNumber, Quantity, UnreadableValue, parse_value_phrase

# The reader's unit names for the units a claim's figure may carry. In a claim file
# "points" can only be percentage points.
_UNITS = {
    "percent": "percent",
    "percentage point": "percentage points", "percentage points": "percentage points",
    "point": "percentage points", "points": "percentage points", "pp": "percentage points",
    "times": "times", "x": "times", "fold": "times",
}
_MEASURES = {"percent": "percent", "percentage points": "percentage-points", "times": "ratio"}
# A fraction that has no short decimal ("a third") keeps two places, as written figures do.
_FRACTION_PLACES = Decimal("0.01")


class PhraseError(ValueError):
    """A value or change phrase that cannot be read."""


def parse_amount(text: str, pack: Pack) -> Amount:
    """Read "over 2,000", "29 to 32 percent", "two to three hundred", "half", "5.1%"."""
    original = str(text).strip()
    if not original:
        raise PhraseError("the value is empty; write a number such as '2,000' or 'over 2,000'")
    if _PLAIN_NUMBER.fullmatch(original) and "exact" in pack.qualifiers:
        # a whole number in digits ("75", "1,234"): what the reader gives, without reading
        # (tests/test_loading_speed.py states the law)
        return Amount(low=original.replace(",", ""), high=None, unit=None, qualifier="exact", text=original)
    rate = _rate_tail(original)
    if rate is not None:   # "5.7 per 10,000 residents": a figure and a rate's unit
        return parse_amount(rate[0], pack).model_copy(update={"unit": rate[1], "text": original})
    quantity = _read(original, pack)
    if quantity.direction is not None:
        raise PhraseError(f"{original!r} states a change ({quantity.direction}), not a value; "
                          f"write it as 'change: {original}' with the base period")
    return _amount(quantity, original, pack)


_PLAIN_NUMBER = re.compile(r"0|[1-9][0-9]{0,14}|[1-9][0-9]{0,2}(?:,[0-9]{3}){1,4}")   # ASCII digits, to 15
# a change by a plain figure (a whole number as above, or with one to six decimals): up or down
# by a percentage, or a count more or fewer
_FIGURE = r"(?:0|[1-9][0-9]{0,14}|[1-9][0-9]{0,2}(?:,[0-9]{3}){1,4})(?:\.[0-9]{1,6})?"
_PLAIN_CHANGE = re.compile(rf"(?:(up)|(down)) ({_FIGURE})(%| percent)|({_FIGURE} (?:more|fewer))")
_RATE_SPLIT = re.compile(r"\s+(?=(?:per|for\s+every)\s)", re.IGNORECASE)


def _rate_tail(text: str) -> tuple[str, str] | None:
    """("5.7", "per 10,000 residents") for a rate phrase, else None."""
    from auditor.units import rate_scale
    parts = _RATE_SPLIT.split(text, maxsplit=1)
    if len(parts) == 2 and parts[0] and rate_scale(parts[1]) is not None:
        return parts[0], parts[1]
    return None


def parse_change(text: str, pack: Pack) -> Change:
    """Read "down 24 percent", "up 5.1%", "7000 fewer", "almost two to three hundred more"."""
    original = str(text).strip()
    plain = _PLAIN_CHANGE.fullmatch(original)
    if plain is not None and "exact" in pack.qualifiers:
        # "up 5.1%", "down 24 percent", "7 more", "1,234 fewer": what the reader gives,
        # without reading (tests/test_loading_speed.py states the law)
        up, down, figure, unit, more = plain.groups()
        if figure is None:
            figure, more = more.split(" ")
        by = Amount(low=figure.replace(",", ""), high=None, unit=None, qualifier="exact",
                    text=figure + unit if unit is not None else figure)
        return Change(direction="up" if up or more == "more" else "down", by=by,
                      measure="percent" if unit is not None else "absolute", text=original)
    return _read_change(original, pack)


def _read_change(original: str, pack: Pack) -> Change:
    """parse_change without its shortcut: the reader's reading."""
    quantity = _read(original, pack)
    if quantity.direction is None:
        raise PhraseError(
            f"cannot tell the direction of {original!r}; start with 'up'/'down' ('down 24 percent') "
            "or end with 'more'/'fewer' ('7000 fewer')"
        )
    by = _amount(quantity, quantity.text, pack)
    measure = _MEASURES.get(by.unit or "", "absolute")
    if measure != "absolute":
        by = by.model_copy(update={"unit": None})
    elif (share := share_in_percent(by)) is not None:
        by, measure = share, "percent"
    return Change(direction=quantity.direction, by=by, measure=measure, text=original)


def share_in_percent(by: Amount) -> Amount | None:
    """A change's amount written as a fraction word, a share of its base ("dropped by nearly a
    quarter", "down by half", "slashed in half"), in percent (nearly 25, 50); None for any
    other amount. A claim file's `{by: "half", measure: percent}` means the same: 50 percent,
    not half of one percent. A fraction of a percent ("up a half percent", "down a quarter
    percent") is that fraction of one percent: no share of the base."""
    text = by.text or ""
    if by.unit is None and _FRACTION_WORD.search(text) and not _PERCENT_WORD.search(text) and Decimal(by.low) < 1:
        return by.model_copy(update={"low": _percent(by.low), "high": by.high and _percent(by.high)})
    return None


_DIGIT_RUN = re.compile(r"\d[\d,]*")
_PERCENT_WORD = re.compile(r"%|\bper\s?cent\b", re.IGNORECASE)
_FRACTION_WORD = re.compile(r"\b(half|halves|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b",
                            re.IGNORECASE)


def _percent(fraction: str) -> str:
    return format((Decimal(fraction) * 100).normalize(), "f")


MAX_PHRASE = 200      # characters: a value or change phrase is a few words
MAX_DIGITS = 18       # digits in one figure: beyond any count or sum of money in the news


def _read(text: str, pack: Pack) -> Quantity:
    if len(text) > MAX_PHRASE:
        raise PhraseError(f"the phrase is {len(text):,} characters long; a figure with its qualifier is a few "
                          "words ('over 2,000', 'up 5.1%'): put the rest in the quote or a note")
    longest = max((len(run.replace(",", "")) for run in _DIGIT_RUN.findall(text)), default=0)
    if longest > MAX_DIGITS:
        raise PhraseError(f"a figure of {longest} digits is beyond any count in the news (at most {MAX_DIGITS}); "
                          "check the figure")
    words = _qualifier_words(pack)
    try:
        return _parse(text, words)
    except NoNumber as exc:
        raise PhraseError(
            f"{exc}; write digits ('2,000', '5.1%') or number words ('eight', 'two to three "
            "hundred'), optionally after a qualifier ('over', 'nearly')"
        ) from None
    except UnreadableValue as exc:
        raise PhraseError(str(exc)) from None
    except (ArithmeticError, ValueError) as exc:   # decimal's InvalidOperation, an overflow: never a crash
        raise PhraseError(f"the figure cannot be read as a number ({type(exc).__name__})") from None


class _Words(tuple):
    """A pack's (word, qualifier id) pairs, hashed once: claim files repeat their phrases."""

    def __hash__(self) -> int:
        cached = self.__dict__.get("hash")
        if cached is None:
            cached = self.__dict__["hash"] = tuple.__hash__(self)
        return cached


_PACK_WORDS: dict[int, tuple[Pack, _Words]] = {}


def _qualifier_words(pack: Pack) -> _Words:
    entry = _PACK_WORDS.get(id(pack))
    if entry is None or entry[0] is not pack:
        if len(_PACK_WORDS) >= 8:
            _PACK_WORDS.clear()
        entry = _PACK_WORDS[id(pack)] = (pack, _Words(pack.qualifier_words()))
    return entry[1]


@lru_cache(maxsize=8192)
def _parse(text: str, qualifiers: _Words) -> Quantity:
    return parse_value_phrase(text, qualifiers=qualifiers, strict=True)


def _amount(quantity: Quantity, text: str, pack: Pack) -> Amount:
    if quantity.qualifier not in pack.qualifiers:
        raise PhraseError(f"{text!r} reads as qualifier '{quantity.qualifier}', which the rule pack does not define; "
                          f"write one of {', '.join(sorted(pack.qualifiers))}")
    unit = quantity.unit and _UNITS.get(quantity.unit.lower(), quantity.unit)
    try:
        return Amount(low=_figure(quantity.value), high=quantity.high and _figure(quantity.high), unit=unit,
                      qualifier=quantity.qualifier, text=text)
    except ValidationError as exc:   # "between 3,152 and 1,490": the model's own reason, as a phrase error
        raise PhraseError("; ".join(e["msg"].removeprefix("Value error, ") for e in exc.errors())) from None


def _figure(value: str) -> str:
    """The reader's decimal string, with a repeating fraction cut to two places ("0.33")."""
    exponent = Decimal(value).as_tuple().exponent
    if isinstance(exponent, int) and exponent < -6:
        return str(Decimal(value).quantize(_FRACTION_PLACES))
    return value
