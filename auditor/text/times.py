"""The time reader: temporal expressions in English news text, as TimeML TIMEX3 values.

`find_times` finds expressions and normalises them against the document creation time
(DCT); `resolve_period_phrase` reads the short period phrases of claim files ("last year",
"so far this year", "from December to January") into inclusive date intervals, strictly
for a claim file's field (`strict=True`, used by auditor/periods.py); `tag_timeml`
writes TimeML. A DCT known only as a range (earliest, latest) gives every
expression whose value depends on it a list of candidates instead of a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from auditor.text.times_calendar import day_runs, value_interval
from auditor.text.times_grammar import RULES
from auditor.text.times_scanner import scan
from auditor.text.times_normalise import Anchor, Reading, read

Interval = tuple[date, date]
DocumentTime = date | tuple[date, date] | None

# Span edges TimeML leaves out: "over the past five years" is tagged "the past five years".
_LEADING_PREPOSITION = re.compile(r"(?:over|under)\s+(?=(?:the|those|these|this|that)\b)", re.IGNORECASE)
_QUALIFIER_BEFORE = re.compile(
    r"(?P<q>since|as\s+of|through|thru|until|till|up\s+to|by|from|between|before|after"
    r"|so\s+far(?:\s+in)?|thus\s+far(?:\s+in)?|to\s+date\s+in|year[\s-]+to[\s-]+date(?:\s+in)?)\s+$",
    re.IGNORECASE,
)
_RANGE_JOINER = re.compile(r"\s*(?:to|through|thru|until|till|and|-|–|—)\s*", re.IGNORECASE)
_EXPLICIT_YEAR = re.compile(r"\d{4}|['’]\d\d\b|nineteen|thousand", re.IGNORECASE)
MAX_DOCUMENT_DAYS = _MAX_CANDIDATE_DAYS = 366 * 30   # the longest publication range read day by day
# Rules for periods named relative to the DCT ("this year"): a claim about them can only
# speak of the days up to the DCT. An explicit "2021" keeps its whole calendar year.
_TO_DATE_RULES = {"relative", "to_date", "definite"}
# Rules whose expressions can be the ends of a calendar range ("from December to January").
_RANGE_RULES = {"month", "date", "month_year", "year", "numeric", "iso", "quarter", "season"}


@dataclass(frozen=True)
class TimeExpression:
    """One temporal expression: where it is, its TIMEX3 type and value, and the days it covers.

    `interval` is the stretch of calendar the value names (`2019` -> the whole year).
    `period` is the stretch the phrase speaks of once its setting is read: "since 2018"
    runs to the DCT, "as of August 2" from January 1 to August 2, "this year" stops at
    the DCT (`to_date`). `candidates` lists (value, interval) alternatives when the DCT
    is a range and the value depends on it; `value` then keeps X where they differ.
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None
    interval: Interval | None = None
    period: Interval | None = None
    year_to_date: bool = False
    to_date: bool = False
    qualifier: str | None = None
    anaphoric: bool = False
    uncertain: bool = False
    candidates: tuple[tuple[str, Interval | None], ...] = ()
    rule: str = ""


@dataclass(frozen=True)
class PeriodResolution:
    """A claim's period phrase read into dates.

    `interval` is the inclusive stretch the phrase covers (None when an uncertain DCT
    leaves it open; see `candidates`); `parts` the periods it names one by one ("from
    December to January": both months).
    """

    phrase: str
    value: str | None
    interval: Interval | None
    parts: tuple[Interval, ...] = ()
    year_to_date: bool = False
    to_date: bool = False
    qualifier: str | None = None
    uncertain: bool = False
    candidates: tuple[tuple[str | None, Interval | None], ...] = ()


class UnreadablePeriod(ValueError):
    """A period phrase in which no time expression could be read."""


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    rule: str
    match: re.Match


def _scan(text: str) -> list[_Mention]:
    """Every candidate expression in the text, left to right, before normalisation."""
    mentions: list[_Mention] = []
    for hit in scan(text):
        rule, start, end = hit.rule, hit.start, hit.end
        if mentions and start < mentions[-1].end:
            continue  # inside the one before, which its rule read further than the scanner ("MAY 1 1500S")
        trim = _LEADING_PREPOSITION.match(text, start, end)
        if trim and rule in ("stretch", "duration"):
            start = trim.end()
        # Matched again without an end bound, so that look-aheads see the text after the span.
        match = RULES[rule].match(text, start)
        if match is None:
            continue
        end = match.end()
        mentions.append(_Mention(start, end, rule, match))
    return mentions


def _qualify(text: str, mention: _Mention, reading: Reading, dct: date | None) -> tuple[str | None, Interval | None, bool, bool]:
    """The preposition governing an expression and the period it makes of it.

    Returns (qualifier, period, year_to_date, to_date): `to_date` when the period runs to
    the DCT ("this year", "so far this year", "since 2018"), not when it ends on a day
    the phrase names ("as of August 2" is year to date, but ends on August 2).
    """
    interval = reading.interval
    before = _QUALIFIER_BEFORE.search(text, max(0, mention.start - 24), mention.start)
    qualifier = " ".join(before["q"].lower().replace("-", " ").split()) if before else None
    if interval is None:
        return qualifier, None, False, False
    period, ytd, to_date = interval, reading.year_to_date, False
    if qualifier is not None and qualifier.startswith(("so far", "thus far", "to date", "year to date")):
        ytd = True
    if qualifier == "since" and dct is not None and interval[0] <= dct:
        period, to_date = (interval[0], dct), True
    elif qualifier in _AS_OF and reading.granularity in ("day", "month"):
        period, ytd = (date(interval[1].year, 1, 1), interval[1]), True
    if dct is not None and period[0] <= dct <= period[1] and reading.type == "DATE" and mention.rule in _TO_DATE_RULES:
        period, to_date = (period[0], dct), True
        ytd = ytd or reading.granularity == "year"
    if ytd and reading.granularity == "year" and dct is not None and period[0] <= dct:
        period = (period[0], min(period[1], dct))
        to_date = period[1] == dct
    return qualifier, period, ytd, to_date


def _join_ranges(text: str, mentions: list[_Mention], readings: list[Reading | None], dct: date | None,
                 claim: bool = False) -> dict[int, Interval]:
    """Resolve "from December to January" as one stretch: a start month after the end month is in the year before.

    Returns the joint period for each mention index that belongs to a range. In a claim
    file (`claim`) a range from a month to the same month ("from March to March") runs
    from that month of the year before.
    """
    joint: dict[int, Interval] = {}
    for i in range(len(mentions) - 1):
        first, second = mentions[i], mentions[i + 1]
        a, b = readings[i], readings[i + 1]
        if a is None or b is None or a.interval is None or b.interval is None:
            continue
        if first.rule not in _RANGE_RULES or second.rule not in _RANGE_RULES:
            continue
        if not _RANGE_JOINER.fullmatch(text, first.end, second.start):
            continue
        before = _QUALIFIER_BEFORE.search(text, max(0, first.start - 24), first.start)
        joiner = text[first.end : second.start].strip().lower()
        if not ((before and before["q"].lower() in ("from", "between")) or joiner in ("-", "–", "—", "through")):
            continue
        a_text, b_text = text[first.start : first.end], text[second.start : second.end]
        if not _EXPLICIT_YEAR.search(a_text) and a.granularity in ("month", "day"):
            start, end = a.interval
            year = b.interval[1].year
            later = (start.month, start.day) > (b.interval[0].month, b.interval[0].day)
            if later or (claim and a.granularity == b.granularity == "month" and start.month == b.interval[0].month):
                year -= 1
            try:
                moved = (start.replace(year=year), end.replace(year=year) if end.month >= start.month else end.replace(year=year + 1))
            except ValueError:
                continue
            shift = year - start.year
            if shift:
                readings[i] = replace(a, value=_shift_value(a.value, shift), interval=moved)
                a = readings[i]
        elif _EXPLICIT_YEAR.search(a_text) and not _EXPLICIT_YEAR.search(b_text) and b.granularity in ("month", "day"):
            year = a.interval[0].year if b.interval[0].month >= a.interval[0].month else a.interval[0].year + 1
            shift = year - b.interval[0].year
            if shift:
                try:
                    moved = (b.interval[0].replace(year=year), b.interval[1].replace(year=year))
                except ValueError:
                    continue
                readings[i + 1] = replace(b, value=_shift_value(b.value, shift), interval=moved)
                b = readings[i + 1]
        if a.interval[0] <= b.interval[1]:
            joint[i] = joint[i + 1] = (a.interval[0], b.interval[1])
    return joint


def _shift_value(value: str, years: int) -> str:
    return f"{int(value[:4]) + years:04d}{value[4:]}"


def _resolve(text: str, mentions: list[_Mention], dct: date | None, previous: tuple[str, Interval] | None = None,
             anchor: Anchor | None = None) -> list[TimeExpression | None]:
    anchor = anchor or Anchor(dct, text)
    if previous is not None:
        anchor.reference = previous
        anchor.reference_granularity = "year"
    readings = [read(m.rule, m.match, anchor, m.start) for m in mentions]
    joint = _join_ranges(text, mentions, readings, dct, anchor.claim)
    expressions: list[TimeExpression | None] = []
    for index, (mention, reading) in enumerate(zip(mentions, readings)):
        if reading is None:
            expressions.append(None)
            continue
        qualifier, period, ytd, to_date = _qualify(text, mention, reading, dct)
        if index in joint:
            period, to_date = joint[index], False
            qualifier = qualifier or "range"
        elif reading.type == "DURATION" and reading.interval is not None:
            period = reading.interval
        expressions.append(
            TimeExpression(
                start=mention.start,
                end=mention.end,
                text=text[mention.start : mention.end],
                type=reading.type,
                value=reading.value,
                mod=reading.mod,
                interval=reading.interval,
                period=period,
                year_to_date=ytd,
                to_date=to_date,
                qualifier=qualifier,
                anaphoric=reading.anaphoric,
                rule=mention.rule,
            )
        )
    return expressions


def _merged_value(values: list[str]) -> str:
    """One value standing for several: characters on which they differ become X."""
    if len({len(v) for v in values}) != 1:
        return values[0] if len(set(values)) == 1 else "X"
    return "".join(chars[0] if len(set(chars)) == 1 else "X" for chars in zip(*values))


def _document_days(dct: tuple[date, date]) -> list[date]:
    earliest, latest = dct
    if latest < earliest:
        raise ValueError(f"DCT range ends ({latest}) before it starts ({earliest})")
    days = (latest - earliest).days
    if days > _MAX_CANDIDATE_DAYS:
        raise ValueError(f"DCT range {earliest}..{latest} is longer than 30 years")
    return [earliest + timedelta(days=n) for n in range(days + 1)]


def _run_key(expressions: list[TimeExpression | None], day: date) -> tuple:
    """What a day's readings are compared by: a period running to the day itself ("so far
    this year", "since 2018") moves with it and is keyed by its start alone."""
    return tuple(
        replace(e, period=(e.period[0], None)) if e is not None and e.to_date and e.period and e.period[1] == day else e
        for e in expressions
    )


def _resolve_uncertain(text: str, mentions: list[_Mention], dct: tuple[date, date], previous=None) -> list[TimeExpression | None]:
    """Resolve for every possible DCT and keep, for each expression, every distinct outcome.

    The days fall into runs with the same readings (`day_runs`); the first and last day of
    each run stand for it, since within a run only a period running to the day moves.
    """
    earliest, latest = dct
    if latest < earliest or (latest - earliest).days > _MAX_CANDIDATE_DAYS:
        _document_days(dct)   # raises: a range ending before it starts, or too long
    cache: dict[date, list[TimeExpression | None]] = {}

    def at(day: date) -> list[TimeExpression | None]:
        if day not in cache:
            cache[day] = _resolve(text, mentions, day, previous)
        return cache[day]

    runs = [at(day) for first, last, _ in day_runs(lambda day: _run_key(at(day), day), earliest, latest)
            for day in dict.fromkeys((first, last))]
    return _merge_outcomes(runs, len(mentions))


def _merge_outcomes(runs: list[list[TimeExpression | None]], count: int) -> list[TimeExpression | None]:
    """One expression per mention from its readings on several days, in day order: the
    first if they all agree, else one marked uncertain with a candidate per value."""
    merged: list[TimeExpression | None] = []
    for index in range(count):
        outcomes = [run[index] for run in runs if run[index] is not None]
        if not outcomes:
            merged.append(None)
            continue
        by_value: dict[str, list[TimeExpression]] = {}
        for outcome in outcomes:
            by_value.setdefault(outcome.value, []).append(outcome)
        first = outcomes[0]
        if len(by_value) == 1 and len({o.period for o in outcomes}) == 1:
            merged.append(first)
            continue
        candidates = tuple((value, _hull([o.period or o.interval for o in group])) for value, group in by_value.items())
        merged.append(
            replace(
                first,
                value=_merged_value(list(by_value)),
                interval=_hull([o.interval for o in outcomes]) if len(by_value) == 1 else None,
                period=None,
                uncertain=True,
                candidates=candidates,
            )
        )
    return merged


def _hull(intervals: list[Interval | None]) -> Interval | None:
    """The smallest stretch holding all the given ones (None if any is unknown)."""
    if not intervals or any(i is None for i in intervals):
        return None
    return min(i[0] for i in intervals), max(i[1] for i in intervals)


def _as_document_time(dct: DocumentTime) -> DocumentTime:
    if isinstance(dct, tuple):
        earliest, latest = dct
        return (earliest, latest) if earliest != latest else earliest
    return dct


def find_times(text: str, dct: DocumentTime = None) -> list[TimeExpression]:
    """Temporal expressions in `text`, in order, with TIMEX3 values resolved against `dct`.

    `dct` is the publication date, a (earliest, latest) range when only bounds are known,
    or None (relative values then keep X: "last year" -> XXXX).
    """
    mentions = _scan(text)
    dct = _as_document_time(dct)
    if isinstance(dct, tuple):
        expressions = _resolve_uncertain(text, mentions, dct)
    else:
        expressions = _resolve(text, mentions, dct)
    return [e for e in expressions if e is not None]


@lru_cache(maxsize=4096)
def _previous_reference(previous: Interval | None) -> tuple[str, Interval] | None:
    if previous is None:
        return None
    first, last = previous
    for value in (f"{first.year:04d}", f"{first.year:04d}-{first.month:02d}", first.isoformat()):
        if value_interval(value) == (first, last):
            return value, previous
    return f"{first.isoformat()}/{last.isoformat()}", previous


def _period_of(expressions: list[TimeExpression], phrase: str) -> PeriodResolution:
    if not expressions:
        raise UnreadablePeriod(f"no date or period found in {phrase!r}")
    dated = [e for e in expressions if e.period is not None or e.interval is not None]
    if len(dated) >= 2 and dated[0].qualifier in ("range", "from", "between") or (
        len(dated) >= 2 and dated[0].period == dated[1].period and dated[0].period is not None
    ):
        first, last = dated[0], dated[-1]
        parts = tuple(e.interval for e in dated if e.interval is not None)
        return PeriodResolution(
            phrase,
            f"{first.value}/{last.value}",
            (first.period or first.interval)[:1] + (last.period or last.interval)[1:],
            parts=parts,
            qualifier="range",
        )
    main = dated[0] if dated else expressions[0]
    interval = main.period or main.interval
    return PeriodResolution(
        phrase,
        main.value,
        interval,
        parts=(main.interval,) if main.interval else (),
        year_to_date=main.year_to_date,
        to_date=main.to_date,
        qualifier=main.qualifier,
    )


def resolve_period_phrase(phrase: str, dct: DocumentTime, previous: Interval | None = None, *,
                          strict: bool = False) -> PeriodResolution:
    """Read a claim's period phrase ("last year", "as of August 2", "in those two months") into dates.

    `previous` is the period the claim before it spoke of, for anaphora ("the year before
    that", "those two months", "the same period in 2018"). With an uncertain DCT the
    answer lists its candidates. Raises UnreadablePeriod when the phrase names no time.

    `strict` reads a claim file's `period` field, where the phrase is nothing but a
    period that has been counted: the whole phrase must be read (no words left over), a
    date or month without a year is the latest on or before the DCT, an anaphor needs
    `previous`, and a period the DCT has not reached ("next year", "as of August 2, 2030",
    "since 2030") is refused; UnreadablePeriod then says why.
    """
    if strict:
        phrase = _CLAIM_ALIASES.get(" ".join(str(phrase).lower().replace("’", "'").split()), phrase)
    mentions = _scan_phrase(phrase)
    dct = _as_document_time(dct)
    reference = _previous_reference(previous)
    if not isinstance(dct, tuple):
        if strict:
            return _claim_period(phrase, mentions, dct, reference)
        expressions = [e for e in _resolve(phrase, mentions, dct, reference) if e is not None]
        return _period_of(expressions, phrase)
    by_value: dict[str | None, list[PeriodResolution]] = {}
    for day in _document_days(dct):
        if strict:
            resolution = _claim_period(phrase, mentions, day, reference)
        else:
            expressions = [e for e in _resolve(phrase, mentions, day, reference) if e is not None]
            resolution = _period_of(expressions, phrase)
        by_value.setdefault(resolution.value, []).append(resolution)
    first = next(iter(by_value.values()))[0]
    intervals = {r.interval for group in by_value.values() for r in group}
    if len(by_value) == 1 and len(intervals) == 1:
        return first
    candidates = tuple((value, _hull([r.interval for r in group])) for value, group in by_value.items())
    values = [v for v in by_value if v]
    return replace(
        first,
        value=_merged_value(values) if values else None,
        interval=None,
        parts=(),
        uncertain=True,
        candidates=candidates,
    )


@lru_cache(maxsize=4096)
def _scan_phrase(phrase: str) -> list[_Mention]:
    """`_scan` for short phrases, which claim files repeat ("last year", "2021")."""
    return _scan(phrase)


# Phrases a claim's period field may hold that are no time expression in running text
# ("at the same time" is not annotated in TimeML): each stands for one the grammar reads.
_CLAIM_ALIASES = {
    "that time": "that period",
    "the same time": "that period",
    "those months": "that period",
    "in those months": "that period",
    "ytd": "year to date",
}
# Words that may stand around the expressions of a claim's period phrase: the
# prepositions that govern them ("in", "as of", "so far") and range joiners.
_CLAIM_GLUE = re.compile(
    r"(?:[\s,/–—-]|\b(?:in|during|for|over|of|on|at|since|as\s+of|through|thru|until|till|up\s+to|by|from"
    r"|between|to|and|so\s+far|thus\s+far|year[\s-]+to[\s-]+date|to\s+date)\b)*",
    re.IGNORECASE,
)
_AS_OF = {"as of", "through", "thru", "until", "till", "up to", "by"}
_CALENDAR_RULES = {"iso", "date", "numeric", "month_year"}
_KNOWN_PHRASES = (
    "write an ISO period such as '2021', '2021-08' or '2021-01-01/2021-08-02', or a documented "
    "phrase such as 'last year', 'so far this year' or 'as of August 2' (docs/claim-files.md)"
)


@lru_cache(maxsize=4096)
def _wholly_read(phrase: str, spans: tuple[tuple[int, int], ...]) -> bool:
    """Whether nothing but governing words stands between and around the expressions."""
    position, gaps = 0, []
    for start, end in spans:
        gaps.append(phrase[position:start])
        position = max(position, end)
    gaps.append(phrase[position:])
    return all(_CLAIM_GLUE.fullmatch(gap) for gap in gaps)


def _claim_period(phrase: str, mentions: list[_Mention], dct: date | None,
                  reference: tuple[str, Interval] | None) -> PeriodResolution:
    """A claim file's period phrase against one publication day, or UnreadablePeriod with the reason."""
    if not phrase.strip():
        raise UnreadablePeriod("the period is empty")
    if dct is None:
        raise UnreadablePeriod(f"{phrase!r} needs the publication date of its source")
    anchor = Anchor(dct, phrase, claim=True)
    read_all = _resolve(phrase, mentions, dct, reference, anchor)
    for mention, expression in zip(mentions, read_all):
        if expression is None and mention.rule in _CALENDAR_RULES:
            written = phrase[mention.start:mention.end]
            where = repr(phrase) if written == phrase.strip() else f"{phrase!r}: {written!r}"
            raise UnreadablePeriod(f"{where} is not a calendar date or period "
                                   "(no such day or month, or a range that ends before it starts)")
    if reference is None and anchor.wanted_reference:
        raise UnreadablePeriod(f"{phrase!r} refers to an earlier period, but no claim before it gives one")
    expressions = [e for e in read_all if e is not None]
    if not expressions or not _wholly_read(phrase, tuple((e.start, e.end) for e in expressions)):
        raise UnreadablePeriod(f"{phrase!r} is not a period phrase the auditor knows; {_KNOWN_PHRASES}")
    resolution = _period_of(expressions, phrase)
    dated = [e for e in expressions if e.period is not None or e.interval is not None]
    if resolution.interval is None:
        raise UnreadablePeriod(f"{phrase!r} names a length of time, not a stretch of the calendar; {_KNOWN_PHRASES}")
    if len(dated) > 1 and resolution.qualifier != "range":
        raise UnreadablePeriod(f"{phrase!r} names more than one period; write one period, or a range 'from X to Y'")
    first, last = resolution.interval
    if last < first:
        raise UnreadablePeriod(f"{phrase!r} ends before it starts")
    main = dated[0]
    named = main.interval or resolution.interval
    relative_to_dct = not anchor.wanted_reference and not _EXPLICIT_YEAR.search(phrase)
    if (resolution.qualifier in _AS_OF and named[1] > dct) or (resolution.qualifier == "since" and named[0] > dct) \
            or (first > dct and relative_to_dct):
        raise UnreadablePeriod(f"{phrase!r} lies after the publication date {dct}")
    return resolution


def timex3_tag(expression: TimeExpression, tid: str) -> str:
    """The opening TIMEX3 tag for an expression."""
    from xml.sax.saxutils import quoteattr   # imported here: it imports urllib (25 ms), and claim files never tag

    attributes = f'tid="{tid}" type="{expression.type}" value={quoteattr(expression.value)}'
    if expression.mod:
        attributes += f' mod="{expression.mod}"'
    return f"<TIMEX3 {attributes}>"


def tag_timeml(text: str, dct: DocumentTime, *, escape_text: bool = True, first_tid: int = 1) -> str:
    """`text` with every expression wrapped in an inline TIMEX3 tag; nothing else changes.

    The text between tags is XML-escaped (& < >) unless `escape_text` is False (for text
    that is already XML, such as the TEXT of a TimeML file).
    """
    from xml.sax.saxutils import escape

    protect = escape if escape_text else (lambda s: s)
    pieces, position = [], 0
    for number, expression in enumerate(find_times(text, dct), start=first_tid):
        pieces.append(protect(text[position : expression.start]))
        pieces.append(timex3_tag(expression, f"t{number}"))
        pieces.append(protect(expression.text))
        pieces.append("</TIMEX3>")
        position = expression.end
    pieces.append(protect(text[position:]))
    return "".join(pieces)
