"""Patterns that find English temporal expressions, one named rule per kind of expression.

All rules are joined into one alternation (`scanner()`; `times_scanner` finds the same
matches faster); a hit is then matched again against its own rule to read the parts
(`RULES[name]`). Order matters: at a given position the first rule that matches wins, so
longer constructions come before their pieces ("August 2, 2021" before "August", "two
years ago" before "two years"). Patterns are compiled when first used, not at import.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import lru_cache

from auditor.text.times_lexicon import (
    CARDINAL_TENS,
    CARDINAL_UNITS,
    DAY_PARTS,
    DECADE_WORDS,
    ORDINALS,
    SEASONS,
    TIME_ZONES,
)


def _words(names) -> str:
    """An alternation of words, longest first so that a prefix never wins over the full word."""
    return "|".join(sorted((re.escape(n).replace(r"\ ", r"\s+") for n in names), key=len, reverse=True))


MONTH_FULL = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
)
MONTH_ABBR = r"(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?:\.|\b)"
MONTH = rf"(?:(?:{MONTH_FULL})\b|{MONTH_ABBR})"
WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
WEEKDAY_ANY = rf"(?:{WEEKDAY}|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.)"
ORDINAL_WORD = _words(ORDINALS)
DAY = rf"(?:(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d/%]|:\d|\.\d|,\d)|(?:{ORDINAL_WORD})\b)"
YEAR_WORDS = (
    r"(?:(?:nineteen|eighteen)[\s-]+(?:hundred|(?:%s)(?:[\s-]+(?:%s))?|(?:%s))"
    r"|two\s+thousand(?:\s+(?:and\s+)?(?:%s|(?:%s)(?:[\s-]+(?:%s))?))?)"
) % (
    "|".join(CARDINAL_TENS),
    "|".join(CARDINAL_UNITS[:9]),
    "|".join(CARDINAL_UNITS[9:]),
    "|".join(CARDINAL_UNITS),
    "|".join(CARDINAL_TENS),
    "|".join(CARDINAL_UNITS[:9]),
)
YEAR_DIGITS = r"(?:1[5-9]\d\d|20\d\d)(?![\d%]|\.\d|,\d|-\d(?!\d{3}\b)|\s*(?:percent|per\s+cent)\b)"
YEAR = rf"(?:{YEAR_DIGITS}|['’]\d\d\b|{YEAR_WORDS})"
NUMBER_WORD = (
    rf"(?:(?:{'|'.join(CARDINAL_TENS)})(?:[\s-](?:{'|'.join(CARDINAL_UNITS[:9])}))?"
    rf"|{'|'.join(CARDINAL_UNITS)}|a\s+hundred|one\s+hundred|hundreds|dozens|a\s+dozen)\b"
)
NUMBER = (
    rf"(?:\d+(?:\.\d+)?(?:\s+1/2|\s*½)?(?![\d,])|{NUMBER_WORD}|several\b|a\s+few\b|few\b|many\b"
    rf"|a\s+couple(?:\s+of)?\b|an?\b|couple\s+of\b)(?:\s+and\s+a\s+half\b)?"
)
UNIT = r"(?:seconds?|minutes?|hours?|days?|nights?|weekends?|weeks?|fortnights?|months?|quarters?|years?|decades?|centur(?:y|ies))\b"
UNIT_ADJ = r"(?:second|minute|hour|day|night|week|month|quarter|year|decade|century)\b"
PERIOD_UNIT = r"(?:year|month|week|weekend|quarter|decade|century|season|half)\b"
SEASON = rf"(?:{_words(SEASONS)})\b"
DAY_PART = rf"(?:{_words(DAY_PARTS)})\b"
MODIFIER = (
    r"(?:more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|no\s+more\s+than|nearly|almost"
    r"|about|approximately|around|roughly|some|up\s+to|just\s+over|just\s+under|over|under"
    r"|only|barely|close\s+to|as\s+many\s+as|as\s+long\s+as)"
)
ZONE = rf"(?:{'|'.join(TIME_ZONES)})\b"
CLOCK = (
    r"(?:(?:[01]?\d|2[0-3])(?::[0-5]\d)?\s*(?:a\.m\.?|p\.m\.?|am\b|pm\b)"
    r"|(?:[01]?\d|2[0-3]):[0-5]\d(?!\d)(?=\s*(?:a\.m|p\.m|am\b|pm\b|hours?\b|gmt|utc|local|[a-z]{1,2}t\b))"
    r"|noon|midnight|midday|(?:[01]?\d)\s+o['’]clock)"
)
DECADE = (
    rf"(?:(?:1[0-9]|20)\d0['’]?s\b|['’]\d0['’]?s\b|(?:{_words(DECADE_WORDS)})\b)"
)
EARLY_LATE = r"(?:early|late|mid|the\s+middle\s+of|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+close\s+of)"
RELATIVE = r"(?:last|this|next|coming|current|previous|past|present|following|preceding|same|latest|recent)"

_RULE_SOURCES: list[tuple[str, str]] = [
    # ISO values as written in claim files and data: 2021-08-02, 2021-01-01/2021-08-02, 2019-Q1,
    # 2018/2019.
    (
        "iso",
        r"(?P<first>\d{4}-(?:\d\d-\d\d|Q[1-4]|H[12]|W\d\d|\d\d)|\d{4}(?=/\d{4}))"
        r"(?:/(?P<last>\d{4}(?:-(?:\d\d-\d\d|Q[1-4]|H[12]|\d\d))?))?(?![\d-])",
    ),
    # The period mentioned before, in another year: "the same period last year",
    # "same months in 2018", "the same time a year earlier".
    (
        "same_period",
        rf"(?:the\s+)?same\s+(?:period|time|stretch|months?|weeks?|days?|quarter)\s+"
        rf"(?:last\s+year|a\s+year\s+(?:earlier|ago|before)|the\s+(?:year\s+before|previous\s+year|prior\s+year)"
        rf"|(?:in|of)\s+(?P<year>{YEAR_DIGITS}))\b",
    ),
    # Numeric dates, US order: 8/2/2021, 08/02/21.
    ("numeric", r"(?P<m>1[0-2]|0?[1-9])/(?P<d>[12]\d|3[01]|0?[1-9])/(?P<y>\d{4}|\d\d)(?![\d/])"),
    # Period to date: "year to date", "year-to-date", "month to date".
    ("to_date", r"(?:the\s+)?(?P<unit>year|month|quarter|week)[\s-]+to[\s-]+date\b"),
    # Clock times, with an optional zone and day: "10:35 a.m.", "9 a.m. EST Tuesday".
    (
        "clock",
        rf"(?P<clock>{CLOCK})(?:\s+(?P<zone>{ZONE}))?(?:\s*,?\s*(?:on\s+)?(?P<wday>{WEEKDAY})\b"
        rf"|\s+(?P<dayword>today|yesterday|tomorrow|tonight)\b|\s*,?\s*(?:on\s+)?(?P<month>{MONTH})\s*(?P<day>{DAY}))?",
    ),
    # Calendar dates: "Aug. 2", "August 2, 2021", "2 August 2021", "the second of August",
    # "Monday, Oct. 26".
    (
        "date",
        rf"(?:(?P<wday>{WEEKDAY_ANY}),?\s+(?:the\s+)?)?"
        rf"(?:(?P<m1>{MONTH})\s*(?:the\s+)?(?P<d1>{DAY})|(?:the\s+)?(?P<d2>{DAY})\s*(?:of\s+|day\s+of\s+)?(?P<m2>{MONTH}))"
        rf"(?:,?\s*(?:of\s+|in\s+)?(?P<year>{YEAR}))?",
    ),
    # Month with year: "August 2021", "Aug. of 2021", "2021 August", "late November 1998".
    (
        "month_year",
        rf"(?:(?P<edge>{EARLY_LATE})[\s-]+(?:of\s+)?)?(?:(?P<m1>{MONTH}),?\s*(?:of\s+)?(?P<y1>{YEAR})"
        rf"|(?P<y2>{YEAR_DIGITS})\s+(?P<m2>(?:{MONTH_FULL})\b)"
        rf"|(?P<m3>{MONTH}),?\s+(?:of\s+)?(?P<rel>last|this|next|the\s+previous|the\s+following)\s+year\b)",
    ),
    # Quarters: "the third quarter of 1989", "this year's third quarter", "third-quarter", "Q1 2019".
    (
        "quarter",
        rf"(?:(?P<owner>(?:fiscal\s+)?{YEAR_DIGITS}|this\s+year|last\s+year|next\s+year)['’]s\s+|(?:the|its|their|a|that|this)\s+)?"
        rf"(?:(?P<qual>fiscal|calendar|flat|year-ago|year-earlier|same|comparable)[\s-]+)?(?:(?P<pre>{YEAR_DIGITS})\s+(?:fiscal\s+)?)?"
        rf"(?P<which>first|second|third|fourth|1st|2nd|3rd|4th|last|final|latest|current|previous|past|recent|next|coming|year-ago|year-earlier)"
        rf"[\s-]+(?:fiscal[\s-]+)?quarter\b(?!s)"
        rf"(?:\s+of\s+(?:the\s+)?(?:fiscal\s+|calendar\s+)?(?P<of>{YEAR_DIGITS}|this\s+year|last\s+year|next\s+year|the\s+year|the\s+previous\s+year|the\s+same\s+year)\b)?"
        rf"|(?:Q(?P<qn>[1-4])\s*(?P<qy>{YEAR_DIGITS}|['’]\d\d\b)|(?P<qy2>{YEAR_DIGITS})\s*Q(?P<qn2>[1-4])\b)"
        rf"|(?:the|that|this)\s+(?:(?P<bare>{YEAR_DIGITS})\s+)?(?:fiscal\s+)?quarter\b(?!s)"
        rf"|the\s+(?P<latest>latest|most\s+recent)\s+(?:fiscal\s+)?period\b",
    ),
    # Halves: "the first half of 2019", "the second half", "H1 2019".
    (
        "half",
        rf"(?:the\s+|its\s+)?(?P<which>first|second|last|latter|back|front)[\s-]+half\b"
        rf"(?:\s+of\s+(?:the\s+)?(?:fiscal\s+)?(?P<of>{YEAR_DIGITS}|{DECADE}|this\s+year|last\s+year|next\s+year|the\s+year|the\s+decade)\b)?"
        rf"|H(?P<hn>[12])\s*(?P<hy>{YEAR_DIGITS})",
    ),
    # Centuries: "the 20th century", "this century".
    (
        "century",
        rf"(?:the\s+)?(?:(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|{ORDINAL_WORD})|(?P<rel>this|last|next|past|previous|current))[\s-]+century\b",
    ),
    # Decades: "the 1990s", "the '80s", "the mid-1990s", "the eighties", "the last half of the '80s".
    ("decade", rf"(?:the\s+)?(?:(?P<edge>early|late|mid)[\s-]+)?(?P<decade>{DECADE})"),
    # Offsets: "two years ago", "a year earlier", "three days later", "nearly four years ago".
    (
        "offset",
        rf"(?:(?P<mod>{MODIFIER})\s+)?(?P<num>{NUMBER})[\s-]+(?:more\s+)?(?P<unit>{UNIT})\s+"
        rf"(?:(?P<dir>ago|earlier|later|from\s+now|hence|previously)\b|(?P<dir2>before|after)\b(?=\s*(?:[.,;:)\]]|$)))",
    ),
    # "year-earlier", "the year-ago quarter".
    (
        "year_ago_adj",
        r"(?:the\s+)?year[\s-](?:ago|earlier)(?:\s+(?P<what>quarter|period|month|week)\b)?",
    ),
    # Anaphora to the last period mentioned: "the year before that", "the previous year", "that year".
    (
        "anaphor",
        rf"the\s+(?P<unit>{PERIOD_UNIT}|day)\s+(?P<dir>before|after)(?:\s+that)?\b(?!\s+(?:last|yesterday|tomorrow)\b)"
        rf"|(?:the\s+(?P<rel>previous|preceding|following|next|prior|same|earlier|later)|(?P<dem>that|those))\s+(?P<unit2>{PERIOD_UNIT}|day|period)\b"
        rf"(?!\s*['’]s\b)",
    ),
    # Stretches: "the past five years", "those two months", "the first nine months", "the next several days".
    (
        "stretch",
        rf"(?:(?P<mod>{MODIFIER})\s+)?(?:(?:(?P<det>the|these|those|its|their|his|her|our|that|this|a)\s+)?"
        rf"(?:(?P<rel>past|last|previous|next|coming|following|first|final|latest|recent|remaining|ensuing|same|preceding|prior|initial|early|closing|opening)\s+)"
        rf"|(?P<dem>those|these)\s+)"
        rf"(?P<num>{NUMBER})\s+(?:full\s+)?(?P<unit>{UNIT})(?![\s-]+old\b|-)",
    ),
    # Calendar periods relative to now: "last year", "this month", "earlier this year", "next week".
    (
        "relative",
        rf"(?:(?P<edge>early|late|mid|earlier|later|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+rest\s+of|the\s+remainder\s+of)[\s-]+(?:in\s+)?)?"
        rf"(?:the\s+)?(?P<rel>{RELATIVE})\s+(?:fiscal\s+|calendar\s+|financial\s+|school\s+)?(?P<unit>{PERIOD_UNIT}|day)(?!s)"
        rf"(?:\s+(?:so\s+far|to\s+date))?",
    ),
    # Holidays: "Thanksgiving Day", "Christmas", "Election Day".
    (
        "holiday",
        r"(?:(?P<rel>last|this|next)\s+)?(?P<name>thanksgiving(?:\s+day)?|christmas(?:\s+day|\s+eve)?|new\s+year['’]s(?:\s+day|\s+eve)"
        r"|independence\s+day|the\s+fourth\s+of\s+july|election\s+day|easter(?:\s+sunday|\s+week)?|labor\s+day|memorial\s+day"
        r"|halloween|valentine['’]s\s+day|veterans\s+day|good\s+friday)\b",
    ),
    # Seasons: "last fall", "this summer", "the winter of 2019", "spring 2019".
    (
        "season",
        rf"(?:(?P<edge>early|late|mid)[\s-]+)?(?:(?P<det>the|this|last|next|past|coming)\s+)?(?P<season>{SEASON})"
        rf"(?:\s+(?:of\s+)?(?P<year>{YEAR_DIGITS}))?",
    ),
    # Weekdays: "Friday", "last Tuesday", "Wednesday night".
    (
        "weekday",
        rf"(?:(?P<rel>last|this|next|coming|past|early|late)\s+)?(?P<wday>{WEEKDAY})\b(?!['’]s\s+(?:edition|issue|paper))"
        rf"(?:\s+(?P<part>{DAY_PART}))?",
    ),
    # Day words: "today", "yesterday", "the day before yesterday", "last night", "this morning".
    (
        "dayword",
        rf"(?:(?P<edge>early|late|earlier|later)\s+)?(?:the\s+day\s+(?P<beforeafter>before|after)\s+)?"
        rf"(?P<word>today|yesterday|tomorrow|tonight)\b(?:\s+(?P<part>{DAY_PART}))?"
        rf"|(?P<rel>this|last|tomorrow|yesterday)\s+(?P<part2>{DAY_PART}|night)",
    ),
    # Sets: "daily", "every year", "each month", "twice a week", "every Friday".
    (
        "set",
        rf"(?P<adverb>daily|weekly|monthly|annually|yearly|quarterly|hourly|nightly|biweekly|semiannually)\b"
        rf"|(?:(?P<times>once|twice|\w+\s+times)\s+(?:a|an|per|each|every)\s+(?P<unit>{UNIT_ADJ}))"
        rf"|(?:every|each)\s+(?:(?P<other>other)\s+)?(?:(?P<num>{NUMBER_WORD}|\d+)\s+)?(?:(?P<unit2>{UNIT})|(?P<wday>{WEEKDAY})\b)",
    ),
    # Durations: "two days", "five-year", "5 1/2 hours", "a decade", "at least 72 hours".
    (
        "duration",
        rf"(?:(?P<mod>{MODIFIER})\s+)?(?:the\s+)?(?P<num>{NUMBER})(?:\s+|-)(?:more\s+|full\s+|straight\s+|consecutive\s+)?(?P<unit>{UNIT})(?![\s-]+old\b|-)"
        rf"(?:[\s-]long\b|\s+and\s+(?P<num2>{NUMBER})\s+(?P<unit2>{UNIT})|\s+and\s+a\s+(?P<half>half)\b)?",
    ),
    # Vague reference points: "now", "recently", "the future", "in recent years".
    (
        "reference",
        r"(?P<present>now|currently|nowadays|presently|at\s+present|at\s+the\s+moment|these\s+days|the\s+present)\b"
        r"|(?P<recent>(?:the\s+)?recent\s+(?:years|months|weeks|days|decades))\b"
        r"|(?P<past>recently|lately|formerly|the\s+past|recent\s+times|recent(?=\s+[a-z]))\b"
        r"|(?P<future>the\s+(?:near\s+|distant\s+)?future|the\s+coming\s+(?:years|months|weeks|days)|as\s+soon\s+as\s+possible)\b"
        r"|(?P<current>current)\b(?=\s+[a-z])",
    ),
    # Bare and edged months: "December", "last November", "early September", "mid-November".
    (
        "month",
        rf"(?:(?P<edge>{EARLY_LATE})[\s-]+(?:of\s+)?|(?P<rel>last|this|next|coming|past)\s+)?(?P<month>(?:{MONTH_FULL})\b|(?:jan|feb|aug|sept|oct|nov|dec)\.)",
    ),
    # Years: "1990", "fiscal 1989", "the year 2000", "the end of 1990", "nineteen ninety-six".
    (
        "year",
        rf"(?:(?P<edge>{EARLY_LATE})[\s-]+(?:of\s+)?)?(?:(?P<fiscal>fiscal|calendar|the\s+year|model\s+year|post-|pre-|mid-)\s*)?(?P<year>{YEAR_DIGITS}|{YEAR_WORDS})\b",
    ),
    # The end of the year: "year-end", "by year's end".
    ("year_end", r"(?:around\s+)?(?:the\s+)?year(?:['’]s)?[\s-]end\b(?!\s+(?:bonus|report|results))"),
    # Periods named by "the" alone: "the weekend", "the year", "the week".
    ("definite", r"the\s+(?P<unit>weekend|week|year|full\s+year|fiscal\s+year)\b(?!['’]s|\s+(?:ago|earlier|before|after|of|in)\b)"),
    # Bare plural units that stand for an unspecified stretch: "for years", "decades".
    ("vague_duration", r"(?P<unit>years|months|weeks|decades|centuries)\b(?!\s+(?:old|of\s+age)\b)"),
]


class _Rules(Mapping[str, "re.Pattern[str]"]):
    """Each rule's own pattern, compiled the first time it is asked for: compiling the whole
    grammar took most of a short audit's start-up, and a claim file's phrases use a few rules."""

    def __init__(self, sources: list[tuple[str, str]]) -> None:
        self._sources = dict(sources)
        self._compiled: dict[str, re.Pattern[str]] = {}

    def __getitem__(self, name: str) -> re.Pattern[str]:
        pattern = self._compiled.get(name)
        if pattern is None:
            pattern = self._compiled[name] = re.compile(self._sources[name], re.IGNORECASE)
        return pattern

    def __iter__(self) -> Iterator[str]:
        return iter(self._sources)

    def __len__(self) -> int:
        return len(self._sources)


RULES: Mapping[str, re.Pattern[str]] = _Rules(_RULE_SOURCES)
_GROUP_NAME = re.compile(r"\(\?P<\w+>")


@lru_cache(maxsize=None)
def scanner() -> re.Pattern[str]:
    """All rules as one alternation, each a named group, in grammar order (compiled on first
    use: the fast scanner needs it only at a character outside ASCII)."""
    return re.compile(
        r"(?<![\w'’-])(?:"
        + "|".join(f"(?P<{name}>{_GROUP_NAME.sub('(?:', source)})" for name, source in _RULE_SOURCES)
        + r")(?!\w)",
        re.IGNORECASE,
    )


def __getattr__(name: str):
    if name == "SCANNER":   # the one pattern, as the module named it before it was compiled lazily
        return scanner()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
