"""What a matched time expression means: its TIMEX3 type and value against the DCT.

Each grammar rule has a reader here that turns the rule's parts into a `Reading`. Readers
that need the document creation time (DCT) ask the `Anchor`; when the DCT is unknown the
value keeps X for the parts that cannot be known (`XXXX` for "last year"). The anchor also
remembers the last period mentioned, for anaphora ("the year before that", "those two
months", "a year earlier" after a quarter).

An anchor made for a claim file's period field (`claim=True`) reads by that field's
conventions: the field holds nothing but a period that has been counted, so a date or
month without a year is the latest one on or before the DCT (no near-future reading),
"may" and "march" are months in any case, and "a year earlier" counts back from the
period before. Readers note when a phrase needs an earlier period (`wanted_reference`),
so that a claim with nothing before it can be refused instead of read against the DCT.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from dateutil.easter import easter

from auditor.text.times_calendar import (
    date_value,
    month_near,
    shift,
    value_interval,
    weekday_near,
)
from auditor.text.times_lexicon import (
    DAY_PARTS,
    DECADE_WORDS,
    MONTHS,
    ORDINALS,
    SEASONS,
    UNITS,
    WEEKDAYS,
    number_value,
    year_words_value,
)

_UNKNOWN = {
    "year": "XXXX",
    "month": "XXXX-XX",
    "day": "XXXX-XX-XX",
    "week": "XXXX-WXX",
    "weekend": "XXXX-WXX-WE",
    "quarter": "XXXX-QX",
    "half": "XXXX-HX",
    "season": "XXXX-XX",
    "decade": "XXX",
    "century": "XX",
}

_EDGE_MODS = {
    "early": "START",
    "the beginning of": "START",
    "the start of": "START",
    "mid": "MID",
    "the middle of": "MID",
    "late": "END",
    "the end of": "END",
    "the close of": "END",
}
_QUANTITY_MODS = {
    "more than": "MORE_THAN",
    "over": "MORE_THAN",
    "just over": "MORE_THAN",
    "less than": "LESS_THAN",
    "fewer than": "LESS_THAN",
    "under": "LESS_THAN",
    "just under": "LESS_THAN",
    "at least": "EQUAL_OR_MORE",
    "at most": "EQUAL_OR_LESS",
    "no more than": "EQUAL_OR_LESS",
    "up to": "EQUAL_OR_LESS",
    "nearly": "APPROX",
    "almost": "APPROX",
    "about": "APPROX",
    "approximately": "APPROX",
    "around": "APPROX",
    "roughly": "APPROX",
    "some": "APPROX",
    "close to": "APPROX",
}
_FUTURE_CUE = re.compile(
    r"\b(?:will|won['’]t|shall|['’]ll|going\s+to|is\s+to|are\s+to|scheduled|plans?\s+to|planned|expects?\s+to"
    r"|expected\s+to|set\s+to|due\s+to|until|as\s+(?:soon|early)\s+as|postponed|delayed|next)\b",
    re.IGNORECASE,
)
# Reporting verbs and clause breaks end the reach of a future cue ("they would appeal
# the decision, announced Wednesday": the announcement is past).
_CLAUSE_BREAK = re.compile(r"\b(?:said|says|told|announced|reported|predicted|added)\b|[,;:(\"“”]|``|''", re.IGNORECASE)
_SENTENCE_START = re.compile(r"[.!?\n][\"'”’)]*\s+(?=\S)")
_RATE_BEFORE = re.compile(r"(?:\d|%|\bpercent|\bcents?|\bdollars?|\btimes|\bonce|\btwice|\bper)\W*$", re.IGNORECASE)
_COUNT_NOUN_AFTER = re.compile(
    r"\s+(?:people|persons|men|women|children|troops|soldiers|shares|feet|foot|meters|metres|miles|kilometers"
    r"|tons|tonnes|pounds|barrels|cases|guns|units|jobs|votes|workers|employees|homes|cars|acres|students"
    r"|residents|officers|deaths|dollars|points|yards|words|pages|lines|calories|members|patients|plants"
    r"|vehicles|rounds|refugees|prisoners)\b",
    re.IGNORECASE,
)


# How far ahead of the DCT a date or month without a year may be and still be read as
# coming rather than past (news mostly reports what has happened; tuned on TBAQ).
NEAR_FUTURE_DAYS = 90
NEAR_FUTURE_MONTHS = (1, 2)


class MissingAnchor(Exception):
    """A relative expression met a document without a DCT; carries the granularity it needed."""

    def __init__(self, granularity: str):
        super().__init__(granularity)
        self.granularity = granularity


@dataclass
class Reading:
    """The meaning of one expression: TIMEX3 type, value and mod, and the days it covers."""

    type: str
    value: str
    mod: str | None = None
    interval: tuple[date, date] | None = None
    year_to_date: bool = False
    anaphoric: bool = False
    granularity: str | None = None


@dataclass
class Anchor:
    """The DCT and what the document has mentioned so far, against which values resolve."""

    dct: date | None
    text: str = ""
    reference: tuple[str, tuple[date, date]] | None = None
    reference_granularity: str | None = None
    last_quarter: str | None = None
    readings: list = field(default_factory=list)
    claim: bool = False
    wanted_reference: bool = False

    def need_dct(self, granularity: str) -> date:
        if self.dct is None:
            raise MissingAnchor(granularity)
        return self.dct

    def reference_day(self, granularity: str) -> date:
        """The day that anaphora points back to: the last period mentioned, else the DCT."""
        self.wanted_reference = True
        if self.reference is not None:
            return self.reference[1][0]
        return self.need_dct(granularity)

    def future_context(self, start: int) -> bool:
        """Whether the clause before position `start` speaks of the future (will, plans to, until)."""
        window = self.text[max(0, start - 80) : start]
        breaks = [m.end() for m in _SENTENCE_START.finditer(window)] + [m.end() for m in _CLAUSE_BREAK.finditer(window)]
        if breaks:
            window = window[max(breaks) :]
        return bool(_FUTURE_CUE.search(window))


def _low(text: str | None) -> str:
    return " ".join(text.lower().split()) if text else ""


def _edge_mod(edge: str | None) -> str | None:
    return _EDGE_MODS.get(_low(edge).replace("-", " ").strip()) if edge else None


def _year_of(text: str, anchor: Anchor) -> int | None:
    """A year in digits, words or as '98 (two digits resolve to the century nearest the DCT)."""
    text = text.strip()
    if text[0] in "'’":
        short = int(text[1:3])
        base = (anchor.dct or date(2000, 1, 1)).year
        century = base // 100 * 100
        year = century + short
        return year - 100 if year > base + 10 else year
    if text.isdigit():
        return int(text)
    return year_words_value(text)


def _relative_year(text: str, anchor: Anchor) -> int:
    words = _low(text)
    dct = anchor.need_dct("year")
    if words.startswith("last") or "previous" in words:
        return dct.year - 1
    if words.startswith("next"):
        return dct.year + 1
    if "the year" in words or "the same year" in words:
        return anchor.reference_day("year").year
    return dct.year


def _month_number(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")]


def _day_number(text: str) -> int:
    text = text.lower()
    if text in ORDINALS:
        return ORDINALS[text]
    return int(re.match(r"\d+", text).group())


def _period_reading(day: date, granularity: str, mod: str | None = None) -> Reading:
    value = date_value(day, granularity)
    return Reading("DATE", value, mod, value_interval(value), granularity=granularity)


def _duration_value(number: float | None, unit: str) -> str:
    """A TIMEX3 duration such as P2Y, PT5H30M or PXM; fractions go to the next smaller unit."""
    letter, factor = UNITS[unit]
    time = "T" if unit in ("second", "minute", "hour") else ""
    if number is None:
        return f"P{time}X{letter if unit not in ('decade', 'century') else {'decade': 'DE', 'century': 'CE'}[unit]}"
    number *= factor
    whole = int(number)
    fraction = number - whole
    if not fraction:
        return f"P{time}{whole}{letter}"
    smaller = {"Y": ("M", 12), "Q": ("M", 3), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("M", 60), "S": ("S", 1)}
    if time:
        smaller["M"] = ("S", 60)
    next_letter, scale = smaller[letter]
    extra = round(fraction * scale)
    if letter == "D" or (letter == "H" and time):
        head = f"P{whole}D" if letter == "D" else f"PT{whole}H"
        tail = f"T{extra}H" if letter == "D" else f"{extra}M"
        return f"{head}{tail}"
    return f"P{time}{whole}{letter}{extra}{next_letter}" if whole else f"P{time}{extra}{next_letter}"


def _unit_name(text: str) -> str:
    word = text.lower()
    if word == "centuries":
        return "century"
    return word[:-1] if word.endswith("s") else word


def _granularity_for(unit: str) -> str:
    return {"fortnight": "week", "night": "day", "weekend": "weekend"}.get(unit, unit)


# --- readers, one per grammar rule -------------------------------------------------


def read_iso(m: re.Match, anchor: Anchor, start: int) -> Reading | None:
    first_text = m["first"].upper()
    first = value_interval(first_text)
    if first is None:
        return None
    if m["last"]:
        last_text = m["last"].upper()
        last = value_interval(last_text)
        if last is None or last[1] < first[0]:
            return None
        return Reading("DATE", f"{first_text}/{last_text}", interval=(first[0], last[1]), granularity="day")
    granularity = "day" if len(first_text) == 10 else None
    return Reading("DATE", first_text, interval=first, granularity=granularity)


def read_numeric(m: re.Match, anchor: Anchor, start: int) -> Reading | None:
    year = int(m["y"])
    if len(m["y"]) == 2:
        base = (anchor.dct or date.today()).year
        year += base // 100 * 100
        if year > base + 10:
            year -= 100
    try:
        day = date(year, int(m["m"]), int(m["d"]))
    except ValueError:
        return None
    return _period_reading(day, "day")


def _clock(text: str) -> str | None:
    words = _low(text)
    if words in ("noon", "midday"):
        return "12:00"
    if words == "midnight":
        return "24:00"
    match = re.match(r"(\d{1,2})(?::(\d\d))?\s*(a\.?m|p\.?m|o['’]clock)?", words)
    if not match:
        return None
    hour, minute = int(match[1]), int(match[2] or 0)
    if match[3] and match[3].startswith("p") and hour < 12:
        hour += 12
    if match[3] and match[3].startswith("a") and hour == 12:
        hour = 0
    if hour > 24:
        return None
    return f"{hour:02d}:{minute:02d}"


def read_clock(m: re.Match, anchor: Anchor, start: int) -> Reading | None:
    clock = _clock(m["clock"])
    if clock is None:
        return None
    try:
        if m["month"]:
            month, number = _month_number(m["month"]), _day_number(m["day"])
            day = date(_nearest_year(month, number, anchor, start), month, number)
        elif m["wday"]:
            day = _weekday_day(m["wday"], None, anchor, start)
        elif m["dayword"]:
            day = _dayword_day(m["dayword"], None, anchor)
        else:
            day = anchor.need_dct("day")
    except MissingAnchor:
        return Reading("TIME", f"XXXX-XX-XXT{clock}")
    return Reading("TIME", f"{day.isoformat()}T{clock}", interval=(day, day))


def _nearest_year(month: int, day: int, anchor: Anchor, start: int) -> int:
    """The year of a month and day written without one: the latest on or before the DCT, unless
    the sentence speaks of the future or the day is only a few weeks ahead (news speaks of near dates)."""
    dct = anchor.need_dct("day")
    if anchor.claim:
        return dct.year if (month, day) <= (dct.month, dct.day) else dct.year - 1
    try:
        this_year = date(dct.year, month, day)
    except ValueError:
        this_year = None
    if this_year is not None:
        ahead = (this_year - dct).days
        if 0 <= ahead <= NEAR_FUTURE_DAYS or (ahead > 0 and anchor.future_context(start)):
            return dct.year
        if ahead > 0:
            return dct.year - 1
        if ahead < -300 and anchor.future_context(start):
            return dct.year + 1
        return dct.year
    best = None
    for year in (dct.year - 1, dct.year, dct.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        distance = abs((candidate - dct).days)
        if best is None or distance < best[0]:
            best = (distance, year)
    return best[1] if best else dct.year


def read_date(m: re.Match, anchor: Anchor, start: int) -> Reading | None:
    month_text = m["m1"] or m["m2"]
    day_text = m["d1"] or m["d2"]
    if month_text.lower() in ("may", "march", "mar") and not month_text[0].isupper() and not m["year"] \
            and not anchor.claim:
        return None
    if m["m2"] and re.fullmatch(r"\d+", day_text) and not m["year"] and month_text[0].islower() and not anchor.claim:
        return None
    month, day = _month_number(month_text), _day_number(day_text)
    if m["year"]:
        year = _year_of(m["year"], anchor)
        if year is None:
            return None
    else:
        try:
            year = _nearest_year(month, day, anchor, start)
        except MissingAnchor:
            return Reading("DATE", f"XXXX-{month:02d}-{day:02d}", granularity="day")
    try:
        value = date(year, month, day)
    except ValueError:
        return None
    return _period_reading(value, "day")


def read_month_year(m: re.Match, anchor: Anchor, start: int) -> Reading | None:
    month = _month_number(m["m1"] or m["m2"] or m["m3"])
    if m["rel"]:
        try:
            year = _relative_year(m["rel"], anchor)
        except MissingAnchor:
            return Reading("DATE", f"XXXX-{month:02d}", granularity="month")
        return _period_reading(date(year, month, 1), "month", _edge_mod(m["edge"]))
    year = _year_of(m["y1"] or m["y2"], anchor)
    if year is None:
        return None
    return _period_reading(date(year, month, 1), "month", _edge_mod(m["edge"]))


_QUARTER_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def _quarter_reading(year: int, quarter: int, anchor: Anchor, mod: str | None = None) -> Reading:
    while quarter < 1:
        quarter, year = quarter + 4, year - 1
    while quarter > 4:
        quarter, year = quarter - 4, year + 1
    value = f"{year:04d}-Q{quarter}"
    anchor.last_quarter = value
    return Reading("DATE", value, mod, value_interval(value), granularity="quarter")


def read_quarter(m: re.Match, anchor: Anchor, start: int) -> Reading | None:
    if m["qn"] or m["qn2"]:
        year = _year_of(m["qy"] or m["qy2"], anchor)
        return _quarter_reading(year, int(m["qn"] or m["qn2"]), anchor)
    which = _low(m["which"])
    qual = _low(m["qual"])
    owner = m["owner"] or m["of"] or m["pre"]
    if m["latest"]:
        if anchor.last_quarter:
            return Reading("DATE", anchor.last_quarter, interval=value_interval(anchor.last_quarter), granularity="quarter")
        base = _previous_quarter(anchor)
        return _quarter_reading(int(base[:4]), int(base[-1]), anchor)
    if m["bare"]:
        return _quarter_reading(int(m["bare"]), int(anchor.last_quarter[-1]) if anchor.last_quarter else 4, anchor)
    try:
        if which in _QUARTER_ORDINALS:
            number = _QUARTER_ORDINALS[which]
            if owner:
                owner_text = re.sub(r"^fiscal\s+", "", _low(owner))
                year = int(owner_text) if owner_text.isdigit() else _relative_year(owner_text, anchor)
            elif qual in ("year-ago", "year-earlier"):
                dct = anchor.need_dct("quarter")
                year = dct.year - 1
            else:
                dct = anchor.need_dct("quarter")
                current = (dct.month - 1) // 3 + 1
                year = dct.year if number <= current else dct.year - 1
            return _quarter_reading(year, number, anchor)
        if which in ("year-ago", "year-earlier") or qual in ("year-ago", "year-earlier", "comparable"):
            base = anchor.last_quarter or _previous_quarter(anchor)
            value = f"{int(base[:4]) - 1:04d}-Q{base[-1]}"
            return Reading("DATE", value, interval=value_interval(value), granularity="quarter")
        if not which and _low(m.group()).startswith("this"):
            dct = anchor.need_dct("quarter")
            return _quarter_reading(dct.year, (dct.month - 1) // 3 + 1, anchor)
        if not which or which in ("latest", "recent"):
            if not which and anchor.last_quarter:
                return Reading("DATE", anchor.last_quarter, interval=value_interval(anchor.last_quarter), granularity="quarter")
            base = _previous_quarter(anchor)
            return _quarter_reading(int(base[:4]), int(base[-1]), anchor)
        dct = anchor.need_dct("quarter")
        current = (dct.month - 1) // 3 + 1
        step = {"last": -1, "previous": -1, "past": -1, "final": 0, "current": 0, "next": 1, "coming": 1}.get(which, 0)
        if which == "final":
            return _quarter_reading(dct.year, 4, anchor)
        return _quarter_reading(dct.year, current + step, anchor)
    except MissingAnchor:
        return Reading("DATE", "XXXX-QX", granularity="quarter")


def _previous_quarter(anchor: Anchor) -> str:
    dct = anchor.need_dct("quarter")
    current = (dct.month - 1) // 3 + 1
    if current == 1:
        return f"{dct.year - 1:04d}-Q4"
    return f"{dct.year:04d}-Q{current - 1}"


def read_half(m: re.Match, anchor: Anchor, start: int) -> Reading | None:
    if m["hn"]:
        value = f"{int(m['hy']):04d}-H{m['hn']}"
        return Reading("DATE", value, interval=value_interval(value), granularity="half")
    which = _low(m["which"])
    number = 1 if which in ("first", "front") else 2
    of = _low(m["of"])
    if of and ("0s" in of or of in DECADE_WORDS or "decade" in of):
        return None
    try:
        if of and of[:4].isdigit():
            year = int(of[:4])
        elif of:
            year = _relative_year(of, anchor)
        else:
            year = anchor.reference_day("year").year if anchor.reference else anchor.need_dct("year").year
    except MissingAnchor:
        return Reading("DATE", f"XXXX-H{number}", granularity="half")
    value = f"{year:04d}-H{number}"
    return Reading("DATE", value, interval=value_interval(value), granularity="half")


def read_century(m: re.Match, anchor: Anchor, start: int) -> Reading | None:
    if m["ord"]:
        ordinal = _low(m["ord"])
        number = ORDINALS.get(ordinal) or int(re.match(r"\d+", ordinal).group())
        value = f"{number - 1:02d}"
    else:
        try:
            dct = anchor.need_dct("century")
        except MissingAnchor:
            return Reading("DATE", "XX", granularity="century")
        step = -1 if _low(m["rel"]) in ("last", "past", "previous") else 1 if _low(m["rel"]) == "next" else 0
        value = f"{dct.year // 100 + step:02d}"
    return Reading("DATE", value, interval=value_interval(value), granularity="century")


def read_decade(m: re.Match, anchor: Anchor, start: int) -> Reading | None:
    text = _low(m["decade"]).replace("’", "'").rstrip("s").rstrip("'")
    if text in (w.rstrip("s") for w in DECADE_WORDS):
        value = f"19{DECADE_WORDS[text + 's']}"
    elif text.startswith("'"):
        digit = int(text[1])
        base = (anchor.dct or date(2000, 1, 1)).year
        value = f"20{digit}" if 2000 + digit * 10 <= base else f"19{digit}"
    else:
        value = text[:3]
    return Reading("DATE", value, _edge_mod(m["edge"]), value_interval(value), granularity="decade")


def read_offset(m: re.Match, anchor: Anchor, start: int) -> Reading | None:
    unit = _unit_name(m["unit"])
    number = number_value(m["num"])
    direction = _low(m["dir"] or m["dir2"])
    sign = 1 if direction in ("later", "after", "from now", "hence") else -1
    relative_to_reference = direction in ("earlier", "later", "before", "after", "previously")
    mod = _QUANTITY_MODS.get(_low(m["mod"])) if m["mod"] else None
    if number is not None and number >= 1000:
        return None
    if unit in ("second", "minute", "hour"):
        return Reading("DURATION", _duration_value(number, unit), mod)
    if number is None:
        return Reading("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    try:
        if unit == "year" and number == 1 and anchor.last_quarter and relative_to_reference | (direction == "ago"):
            year, quarter = int(anchor.last_quarter[:4]), int(anchor.last_quarter[-1])
            value = f"{year - 1:04d}-Q{quarter}"
            return Reading("DATE", value, mod, value_interval(value), granularity="quarter")
        if relative_to_reference and anchor.claim:
            base = anchor.reference_day(_granularity_for(unit))
        elif relative_to_reference and anchor.reference is not None and anchor.reference_granularity in ("day", "month"):
            base = anchor.reference[1][0]
        else:
            base = anchor.need_dct(_granularity_for(unit))
    except MissingAnchor as missing:
        return Reading("DATE", _UNKNOWN.get(missing.granularity, "XXXX"), mod)
    whole = int(number)
    if number != whole:
        if unit == "year":
            unit, whole = "month", round(number * 12)
        elif unit == "month":
            unit, whole = "day", round(number * 30)
    granularity = _granularity_for(unit)
    if granularity == "decade":
        granularity = "year"
    day = shift(base, unit, sign * whole)
    return _period_reading(day, granularity, mod)


def read_year_ago_adj(m: re.Match, anchor: Anchor, start: int) -> Reading | None:
    what = _low(m["what"])
    try:
        if what == "quarter" or (not what and anchor.last_quarter) or (what == "period" and anchor.last_quarter):
            base = anchor.last_quarter or _previous_quarter(anchor)
            value = f"{int(base[:4]) - 1:04d}-Q{base[-1]}"
            return Reading("DATE", value, interval=value_interval(value), granularity="quarter")
        dct = anchor.need_dct("year")
    except MissingAnchor:
        return Reading("DATE", "XXXX")
    granularity = {"month": "month", "week": "week"}.get(what, "year")
    return _period_reading(shift(dct, "year", -1), granularity)


def read_same_period(m: re.Match, anchor: Anchor, start: int) -> Reading | None:
    """"the same period last year", "same months in 2018": the period mentioned before,
    moved back a year or to the year named. With nothing before it, the year itself."""
    years_back = m["year"] is None
    try:
        if anchor.reference is None:
            anchor.wanted_reference = True
            dct = anchor.need_dct("year")
            year = dct.year - 1 if years_back else int(m["year"])
            return _period_reading(date(year, 1, 1), "year")
    except MissingAnchor:
        return Reading("DATE", "XXXX" if years_back else m["year"])
    anchor.wanted_reference = True
    value, (first, last) = anchor.reference
    years = -1 if years_back else int(m["year"]) - first.year
    interval = (shift(first, "year", years), shift(last, "year", years))
    moved = re.sub(r"\d{4}", lambda y: f"{int(y.group()) + years:04d}", value)
    return Reading("DATE", moved, interval=interval, anaphoric=True, granularity=anchor.reference_granularity)


def read_anaphor(m: re.Match, anchor: Anchor, start: int) -> Reading | None:
    unit = _low(m["unit"] or m["unit2"])
    rel = _low(m["dir"] or m["rel"] or m["dem"])
    step = {"before": -1, "previous": -1, "preceding": -1, "prior": -1, "earlier": -1, "after": 1, "following": 1, "next": 1, "later": 1}.get(rel, 0)
    if unit == "period" or (anchor.claim and rel in ("that", "those")):
        # "that period"; in a claim file also "that year", "those months": the very
        # period the claim before spoke of, even when it was only part of a year
        anchor.wanted_reference = True
        if anchor.reference is None:
            return None
        value, interval = anchor.reference
        return Reading("DATE", value, interval=interval, anaphoric=True)
    if unit == "half":
        return None
    try:
        base = anchor.reference_day(unit)
    except MissingAnchor:
        return Reading("DATE", _UNKNOWN.get(unit, "XXXX"), anaphoric=True)
    reading = _period_reading(shift(base, unit, step), _granularity_for(unit))
    reading.anaphoric = True
    return reading


def read_stretch(m: re.Match, anchor: Anchor, start: int) -> Reading | None:
    unit = _unit_name(m["unit"])
    number = number_value(m["num"])
    if _low(m["num"]) in ("a", "an") and _low(m["det"]) not in ("",):
        return None
    if number is not None and number >= 1000:
        return None
    rel = _low(m["rel"])
    det = _low(m["det"] or m["dem"])
    mod = _QUANTITY_MODS.get(_low(m["mod"])) if m["mod"] else None
    value = _duration_value(number, unit)
    reading = Reading("DURATION", value, mod)
    if number is None or unit not in ("day", "week", "month", "quarter", "year", "decade", "century", "weekend", "fortnight", "night"):
        return reading
    count = int(number)
    if det in ("those", "these", "that"):
        anchor.wanted_reference = True
    if det in ("those", "these", "that", "this") and anchor.reference is not None:
        reading.interval = anchor.reference[1]
        reading.anaphoric = True
        return reading
    try:
        if rel in ("past", "last", "previous", "recent", "preceding", "prior"):
            dct = anchor.need_dct("day")
            reading.interval = (shift(dct, unit, -count) + timedelta(days=1), dct)
        elif rel in ("next", "coming", "following", "remaining", "ensuing"):
            dct = anchor.need_dct("day")
            reading.interval = (dct + timedelta(days=1), shift(dct, unit, count))
        elif rel in ("first", "initial", "opening", "early"):
            base = anchor.reference_day("year") if anchor.reference else anchor.need_dct("year")
            first = date(base.year, 1, 1)
            reading.interval = (first, shift(first, unit, count) - timedelta(days=1))
    except MissingAnchor:
        pass
    return reading


def read_relative(m: re.Match, anchor: Anchor, start: int) -> Reading | None:
    rel = _low(m["rel"])
    unit = _low(m["unit"])
    edge = _low(m["edge"])
    text = _low(m.group())
    if unit == "day" and rel not in ("same", "previous", "following"):
        return None
    step = {"last": -1, "previous": -1, "past": -1, "preceding": -1, "latest": -1, "recent": -1, "next": 1, "coming": 1, "following": 1}.get(rel, 0)
    granularity = _granularity_for(unit)
    if rel == "past" and unit in ("decade", "century") and not edge:
        return Reading("DURATION", _duration_value(1.0, unit))
    try:
        if rel in ("same", "following", "preceding") or (rel == "previous" and text.startswith("the")):
            base = anchor.reference_day(granularity)
        else:
            base = anchor.need_dct(granularity)
    except MissingAnchor:
        return Reading("DATE", _UNKNOWN.get(granularity, "XXXX"), _edge_mod(edge))
    day = shift(base, unit, step)
    reading = _period_reading(day, granularity, _edge_mod(edge) if edge not in ("earlier", "later") else None)
    if step == 0 and anchor.dct is not None and reading.interval and reading.interval[0] <= anchor.dct <= reading.interval[1]:
        reading.year_to_date = text.endswith(("so far", "to date")) or edge == "earlier"
    return reading


def read_season(m: re.Match, anchor: Anchor, start: int) -> Reading | None:
    season = SEASONS[_low(m["season"])]
    text = _low(m.group())
    mod = _edge_mod(m["edge"])
    if m["year"]:
        value = f"{int(m['year']):04d}-{season}"
        return Reading("DATE", value, mod, value_interval(value), granularity="season")
    if not (m["det"] or m["edge"] or m["season"][0].isupper()):
        before = anchor.text[max(0, start - 10) : start].lower()
        if not re.search(r"\b(?:in|during|through|until|by|since|this|last|next|of)\s+$", before):
            return None
    try:
        dct = anchor.need_dct("season")
    except MissingAnchor:
        return Reading("DATE", f"XXXX-{season}", mod)
    current = date_value(dct, "season")
    first_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[season]
    this_year_start = date(dct.year if not (season == "WI" and dct.month <= 2) else dct.year - 1, first_month, 1)
    if re.search(r"\b(?:last|past)\b", text):
        year = this_year_start.year - 1 if this_year_start >= dct or current.endswith(season) else this_year_start.year
    elif re.search(r"\b(?:next|coming)\b", text):
        year = this_year_start.year + 1 if this_year_start <= dct else this_year_start.year
    else:
        year = this_year_start.year
    value = f"{year:04d}-{season}"
    return Reading("DATE", value, mod, value_interval(value), granularity="season")


def _weekday_day(name: str, rel: str | None, anchor: Anchor, start: int) -> date:
    dct = anchor.need_dct("day")
    weekday = WEEKDAYS[name.lower().rstrip(".")[:3] if name.lower()[:3] in WEEKDAYS else name.lower()]
    rel = _low(rel)
    if rel in ("last", "past"):
        return weekday_near(dct - timedelta(days=1), weekday, -1)
    if rel in ("next", "coming"):
        return weekday_near(dct, weekday, 1)
    if rel == "this":
        candidate = weekday_near(dct, weekday, -1)
        return candidate if anchor.future_context(start) is False else weekday_near(dct - timedelta(days=1), weekday, 1)
    if anchor.future_context(start):
        return weekday_near(dct - timedelta(days=1), weekday, 1)
    return weekday_near(dct, weekday, -1)


def read_weekday(m: re.Match, anchor: Anchor, start: int) -> Reading | None:
    if not m["wday"][0].isupper() and anchor.text[start : start + 1].islower() and m["rel"] is None:
        return None
    rel = m["rel"] if _low(m["rel"]) not in ("early", "late") else None
    try:
        day = _weekday_day(m["wday"], rel, anchor, start)
    except MissingAnchor:
        return Reading("DATE", f"XXXX-WXX-{WEEKDAYS[m['wday'].lower()] + 1}")
    return _period_reading(day, "day")


def _dayword_day(word: str, beforeafter: str | None, anchor: Anchor) -> date:
    dct = anchor.need_dct("day")
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[word.lower()]
    if beforeafter:
        offset += -1 if beforeafter.lower() == "before" else 1
    return dct + timedelta(days=offset)


def read_dayword(m: re.Match, anchor: Anchor, start: int) -> Reading | None:
    try:
        if m["word"]:
            day = _dayword_day(m["word"], m["beforeafter"], anchor)
            part = m["part"]
        else:
            dct = anchor.need_dct("day")
            rel = _low(m["rel"])
            day = dct + timedelta(days={"last": -1, "yesterday": -1, "tomorrow": 1}.get(rel, 0))
            part = m["part2"]
    except MissingAnchor:
        return Reading("DATE", "XXXX-XX-XX")
    if part:
        return Reading("TIME", f"{day.isoformat()}T{DAY_PARTS.get(_low(part), 'NI')}", interval=(day, day))
    return _period_reading(day, "day")


_CLAUSE_WORDS = set(
    "and or but to in on at by for from with of the a an as than through since until while when if"
    " because after before during over under about into is are was were be been will would".split()
)


def read_year_end(m: re.Match, anchor: Anchor, start: int) -> Reading | None:
    try:
        dct = anchor.need_dct("year")
    except MissingAnchor:
        return Reading("DATE", "XXXX", "END")
    return _period_reading(dct, "year", "END")


_SET_ADVERBS = {
    "daily": "P1D",
    "nightly": "P1D",
    "weekly": "P1W",
    "biweekly": "P2W",
    "monthly": "P1M",
    "quarterly": "P3M",
    "semiannually": "P6M",
    "annually": "P1Y",
    "yearly": "P1Y",
    "hourly": "PT1H",
}


def read_set(m: re.Match, anchor: Anchor, start: int) -> Reading | None:
    if m["adverb"]:
        following = re.match(r"\s+([a-z]+)", anchor.text[start + len(m.group()) : start + len(m.group()) + 20])
        if following and following.group(1) not in _CLAUSE_WORDS:
            return None  # used as an adjective: "its quarterly dividend", "the daily Granma"
        return Reading("SET", _SET_ADVERBS[m["adverb"].lower()])
    if m["wday"]:
        return Reading("SET", f"XXXX-WXX-{WEEKDAYS[m['wday'].lower()] + 1}")
    unit = _unit_name(m["unit"] or m["unit2"])
    number = number_value(m["num"]) if m["num"] else 1.0
    if m["other"]:
        number = 2.0
    return Reading("SET", _duration_value(number, unit))


def read_duration(m: re.Match, anchor: Anchor, start: int) -> Reading | None:
    unit = _unit_name(m["unit"])
    num_text = _low(m["num"])
    text = _low(m.group())
    if num_text in ("a", "an") and unit in ("second", "quarter"):
        return None
    if text.startswith("the ") and num_text in ("a", "an", "one"):
        return None
    if num_text in ("dozens", "hundreds", "many") and unit in ("second", "minute"):
        return None
    number = number_value(m["num"])
    if number is not None and number >= 1000:
        return None
    if m["half"] and number is not None:
        number += 0.5
    if num_text in ("a", "an") and _RATE_BEFORE.search(anchor.text[max(0, start - 30) : start]):
        # "$1.76 a year", "700 seats a week": a rate's denominator, not a time expression.
        return None
    mod = _QUANTITY_MODS.get(_low(m["mod"])) if m["mod"] else None
    value = _duration_value(number, unit)
    if m["num2"] and m["unit2"]:
        second = _duration_value(number_value(m["num2"]), _unit_name(m["unit2"]))
        if "X" not in value and "X" not in second:
            if "T" in second and "T" not in value:
                value += second[1:]
            elif "T" in value and "T" in second:
                value += second[2:]
            else:
                value += second[1:]
    return Reading("DURATION", value, mod)


def read_reference(m: re.Match, anchor: Anchor, start: int) -> Reading | None:
    if m["present"] or m["current"]:
        return Reading("DATE", "PRESENT_REF")
    if m["recent"]:
        return Reading("DURATION", _duration_value(None, _unit_name(m["recent"].split()[-1])))
    if m["past"]:
        return Reading("DATE", "PAST_REF")
    return Reading("DATE", "FUTURE_REF")


def read_month(m: re.Match, anchor: Anchor, start: int) -> Reading | None:
    name = m["month"]
    if not name[0].isupper() and name.lower() in ("may", "march") and not anchor.claim:
        return None
    if name.lower() == "may" and not (m["edge"] or m["rel"]) and not anchor.claim:
        following = anchor.text[m.end() + start - m.start() : m.end() + start - m.start() + 20]
        preceding = anchor.text[max(0, start - 12) : start].lower()
        if not re.search(r"\b(?:in|of|since|until|by|through|from|to|and|during|before|after)\s+$", preceding) and not re.match(r"\s*[,.;)]", following):
            return None
    month = _month_number(name)
    rel = _low(m["rel"])
    mod = _edge_mod(m["edge"])
    try:
        dct = anchor.need_dct("month")
    except MissingAnchor:
        return Reading("DATE", f"XXXX-{month:02d}", mod, granularity="month")
    if rel in ("last", "past"):
        year = dct.year if month < dct.month else dct.year - 1
    elif rel in ("next", "coming"):
        year = dct.year if month > dct.month else dct.year + 1
    elif rel == "this":
        year = dct.year
    elif anchor.claim:
        year = month_near(dct, month, -1)
    elif anchor.future_context(start) or (month - dct.month) % 12 in NEAR_FUTURE_MONTHS:
        year = month_near(dct, month, 1)
    else:
        year = month_near(dct, month, -1)
    return _period_reading(date(year, month, 1), "month", mod)


def read_year(m: re.Match, anchor: Anchor, start: int) -> Reading | None:
    text = m["year"]
    year = _year_of(text, anchor)
    if year is None:
        return None
    if text.isdigit():
        before = anchor.text[max(0, start - 8) : start]
        if re.search(r"(?:[$#£€]|\bNo\.?|\bNos\.?|\bRoute|\bpage|\bflight|\bRoom)\s*$", before, re.IGNORECASE):
            return None
        end = start + len(m.group())
        if _COUNT_NOUN_AFTER.match(anchor.text, end):
            return None
        if not m["fiscal"] and not m["edge"] and re.match(r"\s*(?:-|to|and)\s*\d{4}\b", anchor.text[end : end + 10]) is None:
            if re.match(r"\s*[-–]\s*\d", anchor.text[end : end + 4]):
                return None
    fiscal = _low(m["fiscal"])
    mod = _edge_mod(m["edge"]) or {"post-": "AFTER", "pre-": "BEFORE"}.get(fiscal)
    value = f"{year:04d}"
    return Reading("DATE", value, mod, value_interval(value), granularity="year")


def read_vague_duration(m: re.Match, anchor: Anchor, start: int) -> Reading | None:
    before = anchor.text[max(0, start - 20) : start].lower()
    after = anchor.text[start + len(m.group()) : start + len(m.group()) + 12].lower()
    if not (re.search(r"\b(?:for|in|over|of|take|took|takes|within|after)\s+$", before) or after.startswith(("-long", " of ", " ago"))):
        return None
    if re.search(r"\b(?:of)\s+$", before) and not after.startswith((" of", "-")):
        return None
    return Reading("DURATION", _duration_value(None, _unit_name(m["unit"])))


def read_definite(m: re.Match, anchor: Anchor, start: int) -> Reading | None:
    unit = _low(m["unit"])
    before = anchor.text[max(0, start - 14) : start].lower()
    if unit in ("year", "fiscal year") and re.search(r"\b(?:for|over|during|throughout)\s+$", before):
        return Reading("DURATION", "P1Y")
    granularity = {"weekend": "weekend", "week": "week"}.get(unit, "year")
    try:
        if granularity == "weekend":
            dct = anchor.need_dct("weekend")
            future = anchor.future_context(start)
            saturday = weekday_near(dct - timedelta(days=1), 5, 1) if future else weekday_near(dct, 5, -1)
            return _period_reading(saturday, "weekend")
        return _period_reading(anchor.need_dct(granularity), granularity)
    except MissingAnchor as missing:
        return Reading("DATE", _UNKNOWN[missing.granularity])


def _holiday(name: str, year: int) -> date | None:
    fixed = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24), "new year's day": (1, 1),
             "new year's eve": (12, 31), "independence day": (7, 4), "the fourth of july": (7, 4), "halloween": (10, 31),
             "valentine's day": (2, 14), "veterans day": (11, 11)}
    if name in fixed:
        return date(year, *fixed[name])
    if name.startswith("thanksgiving"):
        return weekday_near(date(year, 11, 1) - timedelta(days=1), 3, 1) + timedelta(weeks=3)
    if name == "election day":
        return weekday_near(date(year, 11, 1), 0, -1) + timedelta(days=1) if date(year, 11, 1).weekday() == 0 else weekday_near(date(year, 11, 1), 0, 1) + timedelta(days=1)
    if name == "labor day":
        return weekday_near(date(year, 9, 1) - timedelta(days=1), 0, 1)
    if name == "memorial day":
        return weekday_near(date(year, 5, 31), 0, -1)
    if name.startswith("easter") or name == "good friday":
        sunday = easter(year)
        return sunday - timedelta(days=2) if name == "good friday" else sunday
    return None


def read_holiday(m: re.Match, anchor: Anchor, start: int) -> Reading | None:
    name = _low(m["name"]).replace("’", "'")
    if name[0] == name[0].lower() and not m["name"][0].isupper() and name not in ("christmas", "halloween"):
        pass
    rel = _low(m["rel"])
    try:
        dct = anchor.need_dct("day")
    except MissingAnchor:
        return Reading("DATE", "XXXX-XX-XX")
    this_year = _holiday(name, dct.year)
    if this_year is None:
        return None
    if rel == "last" or (rel != "next" and rel != "this" and this_year > dct and not anchor.future_context(start)):
        day = _holiday(name, dct.year - 1) if this_year >= dct or rel == "last" and this_year > dct else this_year
        if rel == "last" and this_year < dct:
            day = this_year
    elif rel == "next" and this_year <= dct:
        day = _holiday(name, dct.year + 1)
    else:
        day = this_year
    if name == "easter week":
        return _period_reading(day, "week")
    return _period_reading(day, "day")


def read_to_date(m: re.Match, anchor: Anchor, start: int) -> Reading | None:
    granularity = _low(m["unit"])
    try:
        reading = _period_reading(anchor.need_dct(granularity), granularity)
    except MissingAnchor:
        return Reading("DATE", _UNKNOWN[granularity], year_to_date=True)
    reading.year_to_date = True
    return reading


READERS = {
    "to_date": read_to_date,
    "year_end": read_year_end,
    "definite": read_definite,
    "holiday": read_holiday,
    "iso": read_iso,
    "numeric": read_numeric,
    "clock": read_clock,
    "date": read_date,
    "month_year": read_month_year,
    "quarter": read_quarter,
    "half": read_half,
    "century": read_century,
    "decade": read_decade,
    "offset": read_offset,
    "year_ago_adj": read_year_ago_adj,
    "same_period": read_same_period,
    "anaphor": read_anaphor,
    "stretch": read_stretch,
    "relative": read_relative,
    "season": read_season,
    "weekday": read_weekday,
    "dayword": read_dayword,
    "set": read_set,
    "duration": read_duration,
    "reference": read_reference,
    "month": read_month,
    "year": read_year,
    "vague_duration": read_vague_duration,
}


def read(rule: str, match: re.Match, anchor: Anchor, start: int) -> Reading | None:
    """The reading of one match (None rejects it), with X in place of what needs a missing DCT."""
    try:
        reading = READERS[rule](match, anchor, start)
    except MissingAnchor as missing:
        return Reading("DATE", _UNKNOWN.get(missing.granularity, "XXXX"))
    if reading is not None and reading.type == "DATE" and reading.interval is not None and not reading.anaphoric:
        anchor.reference = (reading.value, reading.interval)
        anchor.reference_granularity = reading.granularity
    elif reading is not None and reading.anaphoric and reading.interval is not None:
        anchor.reference = (reading.value, reading.interval)
    return reading
