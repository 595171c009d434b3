"""Value and change phrases of claim files: "over 2,000", "almost two to three hundred more".

Only the short phrases a claim file holds are read here; qualifier words come from the
rule pack (rules/qualifiers.yaml), so a newsroom can add its own without code.
"""

from __future__ import annotations

import re
from decimal import Decimal

from auditor.models.statements import Amount, Change
from auditor.pack.model import Pack

SMALL = {
    "zero": 0, "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9}
FRACTIONS = {"half": "0.5", "a half": "0.5", "one half": "0.5", "a third": "0.33", "one third": "0.33",
             "two thirds": "0.67", "two-thirds": "0.67", "a quarter": "0.25", "one quarter": "0.25",
             "three quarters": "0.75", "a fifth": "0.2", "a tenth": "0.1"}
UP_WORDS = ("up", "rose", "rise", "risen", "increased", "increase", "climbed", "grew", "jumped", "higher", "more")
DOWN_WORDS = ("down", "fell", "fallen", "fall", "dropped", "drop", "decreased", "decrease", "declined",
              "decline", "lower", "fewer", "less", "cut", "reduced")
PERCENT_UNITS = ("percent", "per cent", "%", "pct")
POINT_UNITS = ("percentage points", "percentage point", "points", "point", "pp")
RATIO_UNITS = ("times", "fold", "x")
NUMBER = r"-?\d[\d,]*(?:\.\d+)?|-?\.\d+"


class PhraseError(ValueError):
    """A value or change phrase that cannot be read."""


def _words_to_decimal(words: str) -> str | None:
    """'two hundred' -> '200', 'eight' -> '8', '1.5 million' -> '1500000'."""
    words = words.strip().lower().replace("-", " ")
    if not words:
        return None
    if words in FRACTIONS:
        return FRACTIONS[words]
    total, current, seen = Decimal(0), None, False
    for token in words.replace(" and ", " ").split():
        if re.fullmatch(NUMBER, token):
            current = (current or Decimal(0)) + Decimal(token.replace(",", ""))
        elif token in SMALL:
            current = (current or Decimal(0)) + SMALL[token]
        elif token == "dozen":
            current = (Decimal(1) if current is None else current) * 12
        elif token == "hundred":
            current = (Decimal(1) if current is None else current) * 100
        elif token in SCALES:
            total += (Decimal(1) if current is None else current) * SCALES[token]
            current = None
        else:
            return None
        seen = True
    if not seen:
        return None
    current = current or Decimal(0)
    value = total + current
    return format(value.normalize(), "f") if value == value.to_integral() else str(value)


def _scale_of(words: str) -> int:
    last = words.strip().lower().split()[-1] if words.strip() else ""
    return SCALES.get(last, 1)


def split_qualifier(text: str, pack: Pack) -> tuple[str, str]:
    """Strip leading qualifier words; with several ("approximately about") keep the widest."""
    found: list[str] = []
    rest = text.strip()
    changed = True
    while changed:
        changed = False
        low = rest.lower()
        for word, qid in pack.qualifier_words():
            if low.startswith(word + " ") or low == word:
                found.append(qid)
                rest = rest[len(word):].strip()
                changed = True
                break
    trailing = {"or more": "at-least", "or so": "about", "or fewer": "at-most", "or less": "at-most"}
    for word, qid in trailing.items():
        if rest.lower().endswith(" " + word):
            found.append(qid)
            rest = rest[: -len(word)].strip()
    if not found:
        return "exact", rest
    widest = max(found, key=lambda q: _width(pack, q))
    return widest, rest


def _width(pack: Pack, qid: str) -> Decimal:
    r = pack.qualifiers[qid].generous
    lo = r.low if r.low is not None else Decimal(0)
    hi = r.high if r.high is not None else Decimal(10)
    return hi - lo


def parse_amount(text: str, pack: Pack) -> Amount:
    """Read "over 2,000", "29 to 32 percent", "two to three hundred", "half", "5.1%"."""
    original = str(text).strip()
    if not original:
        raise PhraseError("the value is empty; write a number such as '2,000' or 'over 2,000'")
    qualifier, rest = split_qualifier(original, pack)
    rest = rest.strip()
    unit = None
    low_rest = rest.lower()
    for u in (*PERCENT_UNITS, *POINT_UNITS, *RATIO_UNITS):
        if low_rest.endswith(u) and (u == "%" or low_rest[: -len(u)].endswith((" ", *"0123456789"))):
            unit = {"per cent": "percent", "%": "percent", "pct": "percent", "percentage point": "percentage points",
                    "points": "percentage points", "point": "percentage points", "pp": "percentage points",
                    "fold": "times", "x": "times"}.get(u, u)
            rest = rest[: -len(u)].strip()
            break
    low, high = _number_or_range(rest)
    if low is None:
        m = re.fullmatch(rf"({NUMBER})\s*([A-Za-z$€£][\w $/.-]*)", rest)
        if m:
            low, high, unit = m[1].replace(",", ""), None, m[2].strip()
    if low is None:
        raise PhraseError(
            f"cannot read a number in {original!r}; write digits ('2,000', '5.1%') or number words "
            "('eight', 'two to three hundred'), optionally after a qualifier ('over', 'nearly')"
        )
    return Amount(low=low, high=high, unit=unit, qualifier=qualifier, text=original)


def _number_or_range(text: str) -> tuple[str | None, str | None]:
    text = text.strip()
    m = re.fullmatch(r"(?:between\s+)?(.+?)\s*(?:to|and|-|–|or)\s*(.+)", text)
    if m and not re.fullmatch(NUMBER, text):
        a_words, b_words = m[1], m[2]
        b = _single(b_words)
        a = _single(a_words)
        if a is not None and b is not None:
            # "two to three hundred": the scale of the second number carries to the first
            scale = _scale_of(b_words)
            if scale > 1 and _scale_of(a_words) == 1 and Decimal(a) * scale <= Decimal(b):
                a = format((Decimal(a) * scale).normalize(), "f")
            return a, b
    single = _single(text)
    return single, None


def _single(text: str) -> str | None:
    text = text.strip()
    if re.fullmatch(NUMBER, text):
        if "," in text and not re.fullmatch(r"-?\d{1,3}(,\d{3})+(\.\d+)?", text):
            return None
        return text.replace(",", "")
    return _words_to_decimal(text)


def parse_change(text: str, pack: Pack) -> Change:
    """Read "down 24 percent", "up 5.1%", "7000 fewer", "almost two to three hundred more"."""
    original = str(text).strip()
    low = original.lower()
    direction = None
    body = original
    m = re.match(r"(?P<w>[a-z]+)(?:\s+by)?\s+", low)
    if m and m["w"] in (*UP_WORDS, *DOWN_WORDS) and m["w"] not in ("more", "fewer", "less", "higher", "lower"):
        direction = "up" if m["w"] in UP_WORDS else "down"
        body = original[m.end():]
    else:
        m = re.search(r"\s+(?P<w>more|fewer|less|higher|lower)(?:\s+than.*)?$", low)
        if m:
            direction = "up" if m["w"] in ("more", "higher") else "down"
            body = original[: m.start()]
    if direction is None:
        raise PhraseError(
            f"cannot tell the direction of {original!r}; start with 'up'/'down' ('down 24 percent') "
            "or end with 'more'/'fewer' ('7000 fewer')"
        )
    by = parse_amount(body, pack)
    measure = {"percent": "percent", "percentage points": "percentage-points", "times": "ratio"}.get(by.unit or "", "absolute")
    if measure != "absolute":
        by = by.model_copy(update={"unit": None})
    return Change(direction=direction, by=by, measure=measure, text=original)
