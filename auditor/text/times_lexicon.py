"""Words of English time expressions: month, weekday, season and unit names, number words.

This is vocabulary only (data); the patterns that use it live in `times_grammar` and the
meaning of each match in `times_normalise`.
"""

from __future__ import annotations

from functools import lru_cache

from auditor.text.numbers import parse_number

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    [
        ("january", "jan"),
        ("february", "feb"),
        ("march", "mar"),
        ("april", "apr"),
        ("may",),
        ("june", "jun"),
        ("july", "jul"),
        ("august", "aug"),
        ("september", "sept", "sep"),
        ("october", "oct"),
        ("november", "nov"),
        ("december", "dec"),
    ],
    start=1,
):
    for _name in _names:
        MONTHS[_name] = _number

WEEKDAYS: dict[str, int] = {}
for _number, _names in enumerate(
    [
        ("monday", "mon"),
        ("tuesday", "tue", "tues"),
        ("wednesday", "wed"),
        ("thursday", "thu", "thur", "thurs"),
        ("friday", "fri"),
        ("saturday", "sat"),
        ("sunday", "sun"),
    ]
):
    for _name in _names:
        WEEKDAYS[_name] = _number

# TimeML season codes; a winter is filed under the year in which it starts.
SEASONS: dict[str, str] = {
    "spring": "SP",
    "summer": "SU",
    "fall": "FA",
    "autumn": "FA",
    "winter": "WI",
}

# Parts of the day and their TimeML codes.
DAY_PARTS: dict[str, str] = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "overnight": "NI",
}

# Calendar units: canonical name -> TimeML duration letter and how many of that letter.
UNITS: dict[str, tuple[str, int]] = {
    "second": ("S", 1),
    "minute": ("M", 1),
    "hour": ("H", 1),
    "day": ("D", 1),
    "night": ("D", 1),
    "weekend": ("D", 2),
    "week": ("W", 1),
    "fortnight": ("W", 2),
    "month": ("M", 1),
    "quarter": ("Q", 1),
    "year": ("Y", 1),
    "decade": ("Y", 10),
    "century": ("Y", 100),
}
TIME_UNITS = {"second", "minute", "hour"}

ORDINALS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
}
_ORDINAL_UNITS = [w for w, n in ORDINALS.items() if n < 10]
for _tens, _base in (("twenty", 20), ("thirty", 30)):
    for _unit in _ORDINAL_UNITS:
        if _base + ORDINALS[_unit] <= 31:
            for _joiner in ("-", " "):
                ORDINALS[f"{_tens}{_joiner}{_unit}"] = _base + ORDINALS[_unit]

CARDINAL_UNITS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
CARDINAL_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()

# Quantity words that stand for an unspecified number ("several years" -> PXY).
VAGUE_QUANTITIES = {"several", "a few", "few", "many", "some", "a couple of", "a couple", "couple of",
                    "hundreds", "dozens"}

DECADE_WORDS: dict[str, int] = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}

# Time-zone abbreviations that may follow a clock time; they are kept inside the span.
TIME_ZONES = "est edt cst cdt mst mdt pst pdt gmt utc bst cet".split()


@lru_cache(maxsize=4096)
def number_value(words: str) -> float | None:
    """The value of a number written in digits or words ("14", "twenty-five", "a", "1 1/2").

    None for a vague quantity ("several", "hundreds"). Word numbers go through the number
    reader's own word grammar (`auditor.text.numbers.parse_number`), which handles compounds
    ("one hundred and ten") that a table would not.

    >>> number_value("twenty-five"), number_value("a dozen"), number_value("1 1/2"), number_value("several")
    (25.0, 12.0, 1.5, None)
    """
    text = " ".join(words.lower().replace("-", " ").split())
    if text in ("a", "an", "one", "a single", "single"):
        return 1.0
    if text in ("a couple", "a couple of", "couple of", "a pair of"):
        return 2.0
    if text in VAGUE_QUANTITIES:
        return None
    half = 0.0
    for suffix in (" and a half", " and one half", " 1/2", " ½"):
        if text.endswith(suffix):
            half, text = 0.5, text[: -len(suffix)].strip()
            break
    if text in ("a", "an"):
        return 1.0 + half
    try:
        return float(text.replace(",", "")) + half
    except ValueError:
        pass
    parsed = parse_number(text)
    if parsed is None:
        return None
    return float(parsed) + half


@lru_cache(maxsize=1024)
def year_words_value(words: str) -> int | None:
    """A year written in words: "nineteen ninety-six" -> 1996, "two thousand" -> 2000."""
    text = " ".join(words.lower().replace("-", " ").split())
    parts = text.split(" ", 1)
    if parts[0] in ("nineteen", "eighteen", "twenty") and len(parts) == 2 and "thousand" not in text:
        head = {"eighteen": 18, "nineteen": 19, "twenty": 20}[parts[0]]
        tail = parse_number(parts[1].replace("hundred", "").strip() or "zero")
        if parts[1] == "hundred":
            return head * 100
        if tail is not None and 0 <= tail < 100:
            return head * 100 + int(tail)
        return None
    value = parse_number(text)
    if value is not None and 1000 <= value <= 2999:
        return int(value)
    return None
