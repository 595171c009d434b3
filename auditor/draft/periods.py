"""The period of a clause as a claim-file phrase, from the time reader.

The time reader (`auditor.text.times.find_times`) finds and resolves the expressions of
the sentence against the publication date. A clause's period is its first expression that
is not the base of a comparison ("more than last year", "down 29 percent since 2018"); the
phrase written is the expression as the article words it ("last year", "from December to
January", "in those two months", "as of August second") when the claim-file reader
(`auditor.periods.resolve_period_phrase`) reads it to the same days, else its ISO form
("2021", "2021-01-01/2021-08-02").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from auditor.models.periods import DateRange, Period
from auditor.periods import PeriodPhraseError, resolve_period_phrase
from auditor.text.times import MAX_DOCUMENT_DAYS, TimeExpression, find_times
from auditor.text.word_gate import WindowGatedPattern

# "more DUI arrests than they did last year", "fewer fires than there were in 2014": who did the counting
# of the period compared with, between "than" and its time (also read by the comparisons, statements.py)
THAN_THEY_DID = (r"(?:they|it|we|there|police|officers|troopers|deputies)\s+"
                 r"(?:did|had|were|was|saw|recorded|reported)")
_BASE_BEFORE = WindowGatedPattern(re.compile(rf"(?:than(?:\s+{THAN_THEY_DID})?"
                                             r"|compared\s+(?:(?!with\b|to\b)[\w-]+\s+){0,3}?(?:with|to)|versus|vs\.?|over|against|(?<=%\s)above|(?<=%\s)below|percent\s+above"
                                             r"|percent\s+below)\s+(?:in\s+|during\s+|by\s+|at\s+|the\s+)?"
                                             # "5.8% above the revised November estimate"
                                             r"(?:(?:revised|preliminary|previous|prior|final)\s+)?"
                                             r"(?:this\s+time\s+|the\s+same\s+\w+\s+(?:of|in)\s+"
                                             # "than in the first month of 2013"
                                             r"|the\s+(?:first|last|second|third|final)\s+(?:\w+\s+){1,2}of\s+)?$", re.IGNORECASE),
                                  ("than", "compared", "versus", "vs", "over", "against", "above", "below"))
# "a 19-percent decline from 2015", "grew by 14% from 2021": the base, unless a range follows
# ("from December to January")
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:this\s+time\s+|the\s+same\s+(?:time|point|period)\s+(?:of\s+|in\s+)?"
                          # "up 15.9% from the revised November estimate"
                          r"|the\s+(?:revised\s+|preliminary\s+|previous\s+|prior\s+|final\s+)?)?$",
                          re.IGNORECASE)
# a dash joins a range only before a time ("2014 - 2015", "May – June"), not before words ("from
# October 2014 - pushing the district ...": an aside's closing dash)
_RANGE_AFTER = re.compile(r"^\s*(?:(?:to|through|until|till)\s|[-–]\s*(?=\d|(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May"
                          r"|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Mon(?:day)?"
                          r"|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:r(?:s(?:day)?)?)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?)\b"
                          r"|[Tt]he\s+(?:end|start|beginning|first|last)))", re.IGNORECASE)
_PART_OF = re.compile(r"\b(?:first|last|second|third|fourth|final|early|late|end|start|beginning|middle|half|part|"
                      r"week|weeks|weekend|day|days|month|months)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_SINCE_BEFORE = re.compile(r"since\s+(?:at\s+least\s+|before\s+|about\s+|around\s+)?$", re.IGNORECASE)
# ("the most since 23 in 2012": the year of the figure a record is measured from)
_AFTER_BASE_FIGURE = re.compile(r"\b(?:than|from|since|compared\s+(?:with|to))\s+(?:the\s+|a\s+)?(?:(?:previous|prior|last)\s+)?"
                                r"(?:(?:record\s+(?:high|low)|high|low|total)\s+of\s+)?(?:about\s+|nearly\s+)?(?:\$?[\d][\d,.]*"
                                # "down from three in 2024": a figure in words
                                r"|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen)\b)"
                                r"(?:\s+[a-z-]+){0,2}\s+(?:in|during|for)\s+$", re.IGNORECASE)
# "a 20-percent jump over the 212 fatalities recorded in 2020", "compared with the 65 deaths reported
# in 2021", "13 percent above the previous high of 226 deaths in 2016": the year of the figure compared
# with (its base), read over a longer stretch than _AFTER_BASE_FIGURE; "over", "above" and "below" only
# before "the" ("over 200 deaths in 2020" is a figure's own period)
_AFTER_BASE_FIGURE_FAR = WindowGatedPattern(re.compile(r"(?:\b(?:than|from|compared\s+(?:with|to)|versus|vs\.?)\s+(?:the\s+|a\s+)?|\b(?:over|above|below|surpass(?:es|ed|ing)?|exceed(?:s|ed|ing)?|tops?|topped|beat|beats|eclips(?:es|ed|ing))\s+the\s+)"
                                                       r"(?:(?:previous|prior|old|former|last\s+year['’]s)\s+)?"
                                                       r"(?:(?:record\s+(?:high|low)?|high|low|peak|total|mark)\s+of\s+)?"
                                                       r"(?:about\s+|nearly\s+|almost\s+|roughly\s+)?\$?\d[\d,.]*(?:\s+(?:million|billion|percent))?"
                                                       r"(?:\s+[a-z-]+){0,3}\s+(?:in|during|for)\s+$", re.IGNORECASE),
                                            ("than", "from", "compared", "versus", "vs", "over", "above", "below", "surpass", "exceed", "top", "beat", "eclips"))
_PREVIOUS_RECORD_OF = WindowGatedPattern(re.compile(r"\b(?:previous|prior|old|former)\s+(?:record(?:\s+(?:high|low))?|high|low|peak)\s+of\s+"
                                                    r"(?:about\s+|nearly\s+|almost\s+)?\$?\d[\d,.]*(?:\s+[a-z-]+){0,3}\s+(?:in|during|for)\s+$",
                                                    re.IGNORECASE),
                                         ("previous", "prior", "old", "former"))
# "12 fewer homicides than we did at this time in 2008", "18 more than at this time in 2006"
_THAN_AT_THIS_TIME = re.compile(r"\bthan\s+(?:[a-z]+\s+){0,3}?(?:at|by)\s+this\s+(?:time|point)\s+(?:in|of)\s+$",
                                re.IGNORECASE)
# "six more killings than the city saw in 2014", "fewer than we had in 2019": the period compared with
_THAN_SAW_IN = re.compile(r"\bthan\s+(?:[\w'’-]+\s+){1,4}?(?:saw|had|recorded|reported|counted|did|was|were|logged|"
                          r"tallied|experienced|posted)\s+(?:in|during|for|by|at)\s+(?:the\s+)?$", re.IGNORECASE)
# "nearly double the number in 2019", "twice what it was in 2015": the period compared with
_MULTIPLE_OF = re.compile(r"\b(?:double|twice|triple|half)\s+(?:the\s+(?:number|total|count|figure|level|rate)\s+"
                          # "double the number there were a decade ago"
                          r"(?:(?:there\s+)?(?:was|were)\s+)?|what\s+it\s+was\s+"
                          r"|that\s+of\s+)(?:in\s+|of\s+|for\s+|during\s+)?$", re.IGNORECASE)
# "the same as in 2017", "the same as last year": the period compared with
_SAME_AS = re.compile(r"\bthe\s+same\s+as\s+(?:in\s+|during\s+|for\s+)?$", re.IGNORECASE)
_LEAD = re.compile(r"(?:(?:so\s+far|thus\s+far)\s+(?:in\s+)?|as\s+of\s+|from\s+|since\s+|in\s+|during\s+|through\s+)$",
                   re.IGNORECASE)


# "increased over the past three years": a movement over a span (its end the period, its start the base); a
# change's noun as its verb ("a 9.2 percent rise over the previous year", "an increase of 344 traffic deaths over
# the previous year")
_MOVED_OVER = re.compile(r"\b(?:increased|decreased|rose|risen|fell|fallen|grew|grown|declined|dropped|climbed|jumped|"
                         r"doubled|tripled|halved|up|down|more|fewer|higher|lower|"
                         r"(?:increase|decrease|rise|drop|decline|jump|gain|growth|spike|surge|dip)s?)"
                         r"\s+(?:[\w%]+\s+){0,4}?over\s+$", re.IGNORECASE)
# "17 percent less than the 392 the year before", "to 522 from 496 the year before":
# the year before named right after the figure compared with (no "in" between) is that figure's
_AFTER_BASE_FIGURE_BARE = re.compile(r"\b(?:than|from)\s+(?:the\s+|a\s+)?(?:about\s+|nearly\s+)?"
                                     r"\$?\d[\d,.]*(?:\s+[a-z-]+){0,2}\s+$", re.IGNORECASE)
# (counted back from the claim before: "last year", read from publication, is left to the pairs' readers)
_YEAR_BEFORE_WORDS = re.compile(r"the\s+(?:year|month|week)\s+(?:before|earlier)|(?:a|one)\s+(?:year|month|week)\s+"
                                r"(?:earlier|before)|the\s+(?:previous|prior|preceding)\s+(?:year|month|week)", re.IGNORECASE)


# the words of a change: its nouns ("a 33% increase") and its verbs ("rose 12 percent")
_CHANGE_NOUNS = r"increase|decrease|rise|drop|decline|jump|gain|fall|growth|spike|surge|dip"
_CHANGE_VERBS = r"increased|decreased|rose|risen|fell|fallen|dropped|declined|grew|grown|jumped|climbed|up|down"
# "a 33% increase over 380 in 2019", "rose 12 percent over the 41 deaths in 2020": a change measured
# over a figure, whose year is the figure's (the change's base); not "over 200 deaths in 2020" alone
_CHANGE_OVER_FIGURE = WindowGatedPattern(re.compile(rf"(?:\b(?:{_CHANGE_NOUNS})s?|"
                                                    rf"\b(?:{_CHANGE_VERBS})\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|roughly\s+)?"
                                                    r"\d[\d,.]*\s*(?:%|percent|per\s+cent))"
                                                    r"\s+over\s+(?:the\s+)?(?:about\s+|nearly\s+|almost\s+|roughly\s+)?\$?\d[\d,.]*"
                                                    r"(?:\s+(?:million|billion))?(?:\s+[a-z-]+){0,3}\s+(?:in|during|for)\s+$", re.IGNORECASE),
                                         ("over",))
# "a decrease of 30.09 percent on 2017", "up 4% on last year": a change measured on a period (its base)
_CHANGE_ON = re.compile(r"(?:\d\s*%|\bper\s*cent|\bpercent|\b(?:increase|decrease|rise|drop|decline|fall|up|down))\s+on\s+"
                        r"(?:the\s+(?:same\s+\w+\s+(?:of|in)\s+)?)?$", re.IGNORECASE)
_RANGE_BETWEEN = re.compile(r"\s+(?:to|through|thru|until)\s+", re.IGNORECASE)
# a change word before "from" in the words before a range ("a 24% increase in homicides from")
_CHANGED_FROM = re.compile(rf"\b(?:{_CHANGE_NOUNS}|{_CHANGE_VERBS})\b[^.;:]{{0,70}}?\bfrom\s+$", re.IGNORECASE)


@dataclass(frozen=True)
class TimeMention:
    """A time expression of a sentence, at offsets of the article."""

    start: int
    end: int
    expression: TimeExpression
    base: bool          # the period a change or comparison is measured against
    since: bool
    partial: bool = False   # part of the period named ("the first week of December"): not its whole
    split: bool = False     # the first year of a split year ("2015" of "2015-16"): not that calendar year


_RELEASED = re.compile(r"\s+(?:released|published|issued|compiled|updated|announced)\b")


_QUALIFIER_BEFORE = re.compile(r"\b(?:more|fewer|less)\s+$", re.IGNORECASE)
_COUNTED_BEFORE = re.compile(r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|few|many|far|much))\s+"
                             r"(?:more|fewer|less)\s+$", re.IGNORECASE)


def _qualifier_than(text: str, than_at: int, start: int) -> bool:
    """Whether the "than" at `than_at` qualifies the figure after it ("more than 185 homicides in
    2023", "fewer than 40") rather than introducing a figure compared with ("12 fewer than 185 in
    2021", "more than the 84 counted in 2021")."""
    if re.match(r"than\s+the\b", text[than_at:than_at + 9], re.IGNORECASE):
        return False
    before = text[max(start, than_at - 30):than_at]
    return bool(_QUALIFIER_BEFORE.search(before)) and not _COUNTED_BEFORE.search(before)


_TIMES_CACHE: dict = {}


def forget_times() -> None:
    """Drop the sentences' times read so far (a new article is being drafted)."""
    _TIMES_CACHE.clear()


def sentence_times(text: str, start: int, end: int, published: DateRange) -> list[TimeMention]:
    """The time expressions of text[start:end] (a sentence), read once a sentence (a sentence read
    for the article's year is not read again for its figures)."""
    key = (id(text), len(text), start, end, published.earliest, published.latest)
    hit = _TIMES_CACHE.get(key)
    if hit is not None and hit[0] is text:
        return list(hit[1])
    found = _sentence_times(text, start, end, published)
    if len(_TIMES_CACHE) > 2048:
        _TIMES_CACHE.clear()
    _TIMES_CACHE[key] = (text, tuple(found))
    return found


# a year written with the next one: "2015-16", "2014/15", "2010-2011" (not "2008-2010", "1,2015-16")
_SPLIT_YEAR = re.compile(r"(?<![\w$£€.,/–-])(?P<a>(?:19|20)\d\d)(?P<tail>\s?[-–/]\s?(?P<b>(?:19|20)?\d\d))"
                         r"(?![\w%/]|[.,]\d|\s?[-–/]\s?\d)")


# a split year named as a fiscal year ("FY 2023-24", "fiscal year 2014-15", "the 2020-21 fiscal year") or
# a quarter's ("the fourth quarter of 2014-15"): the fiscal and quarter readers' (`claim_period._fiscal`,
# `claim_period._split_year`), left as the time reader reads it
_FISCAL_BEFORE = re.compile(r"\b(?:FY|fiscal|financial)(?:\s+year)?\s*'?$|\bquarter\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_FISCAL_AFTER = re.compile(r"\s+(?:fiscal|financial)\s+year\b", re.IGNORECASE)


# "from 2021 – 2022 actually saw": a dash between two clauses, each with its year, not one span (a split year
# spaced that way is written with its second year short, "2015 - 16")
_SPACED_DASH = re.compile(r"\s[-–/]\s")


def split_years(sentence: str) -> list[re.Match]:
    """The split years of a sentence: "2015-16", "2014/15", "2010-2011", the second year the first's next,
    not named as a fiscal year, nor two years either side of a spaced dash ("2021 – 2022")."""
    if "-" not in sentence and "/" not in sentence and "–" not in sentence:
        return []
    return [m for m in _SPLIT_YEAR.finditer(sentence)
            if int(m["b"]) == (int(m["a"]) + 1 if len(m["b"]) == 4 else (int(m["a"]) + 1) % 100)
            and not (len(m["b"]) == 4 and _SPACED_DASH.match(m["tail"]))
            and not _FISCAL_BEFORE.search(sentence, max(0, m.start() - 20), m.start())
            and not _FISCAL_AFTER.match(sentence, m.end())]


def split_years_masked(sentence: str, split: list[re.Match]) -> str:
    """The sentence with the second year of each split year blanked ("in 2015-16" -> "in 2015   "), so
    that the time reader reads its first year, whichever way it would read the pair ("2015-16" not
    at all, "2008-09" as September 2008); the drafter reads the pair from the text after it
    (`claim_period._split_year`: the place's fiscal year, a school year, July to June)."""
    for m in split:
        sentence = sentence[:m.start("tail")] + " " * len(m["tail"]) + sentence[m.end("tail"):]
    return sentence


def _sentence_times(text: str, start: int, end: int, published: DateRange) -> list[TimeMention]:
    dct = published.earliest if published.is_exact else (published.earliest, published.latest)
    if not published.is_exact and (published.latest - published.earliest).days > MAX_DOCUMENT_DAYS:
        dct = None          # "since 1991" the only year, no date: relative times keep X, not one reading a day
    out = []
    split = split_years(text[start:end])
    firsts = {start + m.end("a") for m in split}
    for e in find_times(split_years_masked(text[start:end], split), dct):
        if e.type in ("SET",) or e.rule == "clock":
            continue
        if e.value in ("PAST_REF", "FUTURE_REF") and _RELEASED.match(text, start + e.end, end):
            continue        # "the recently released report": when a document came out, no period of a figure
        a, b = start + e.start, start + e.end
        if a > 0 and re.match(r"[\d.,$£€]\d", text[a - 1:a + 1]):
            continue        # "a rate of $0.1900", "$1,2015": digits of a figure, no year
        if text.startswith("-over-", b):
            continue        # "year-over-year": a comparison's kind, not a time
        before = text[max(start, a - 40):a]
        base = bool(_BASE_BEFORE.search(before)) or (
            bool(_FROM_BEFORE.search(before)) and not _RANGE_AFTER.match(text[b:min(end, b + 12)])
            and not _range_of_dates_after(text, b, end))
        if base and re.search(r"\bover\s+$", before, re.IGNORECASE) and not _MOVED_OVER.search(before) and \
                re.fullmatch(r"the\s+(?:past|last|previous)\s+(?:[\w-]+\s+)?(?:years?|months?|weeks?|days?)", text[a:b],
                             re.IGNORECASE):
            base = False    # "1,200 homicides over the past five years": the span counted, not a base
        after_figure = _AFTER_BASE_FIGURE.search(before)
        if after_figure and _qualifier_than(text, max(start, a - 40) + after_figure.start(), start):
            after_figure = None     # "more than 185 homicides in 2023": 2023 is the figure's own period
        if not after_figure and _YEAR_BEFORE_WORDS.fullmatch(text, a, b):
            after_figure = _AFTER_BASE_FIGURE_BARE.search(before)
            if after_figure and _qualifier_than(text, max(start, a - 40) + after_figure.start(), start):
                after_figure = None
        if not after_figure:
            far = text[max(start, a - 100):a]
            after_figure = _AFTER_BASE_FIGURE_FAR.search(far) or _PREVIOUS_RECORD_OF.search(far)
            if after_figure and re.match(r"than\b", after_figure.group(0), re.IGNORECASE) and \
                    _qualifier_than(text, max(start, a - 100) + after_figure.start(), start):
                after_figure = None
        if after_figure or _THAN_AT_THIS_TIME.search(before) or _MULTIPLE_OF.search(before) or _THAN_SAW_IN.search(before) \
                or _SAME_AS.search(before):
            base = True     # "two fewer than the 84 counted in 2021": the period of the figure compared with
        if not base and (_CHANGE_OVER_FIGURE.search(text[max(start, a - 100):a]) or _CHANGE_ON.search(before)):
            base = True     # "a 33% increase over 380 in 2019", "a decrease of 30 percent on 2017": the base
        if out and out[-1].base and re.fullmatch(r",\s*", text[out[-1].end:a]) and text[a:b].lower().startswith("the "):
            base = True     # "than in 2019, the last year before Covid disruptions": the base, restated
        out.append(TimeMention(a, b, e, base, bool(_SINCE_BEFORE.search(before)), bool(_PART_OF.search(before)),
                               b in firsts))
    return _change_from_to(text, start, out)


def _calendar_year(interval) -> bool:
    a, b = interval
    return (a.month, a.day, b.month, b.day) == (1, 1, 12, 31) and a.year == b.year


def _change_from_to(text: str, start: int, out: list[TimeMention]) -> list[TimeMention]:
    """ "a 24% increase in homicides from 2021 to 2022", "rose 33% from 2020 through 2022": a change
    over a range of two periods of one size is of the later one, measured against the earlier (the
    earlier is its base)."""
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.base or b.base or not _RANGE_BETWEEN.fullmatch(text, a.end, b.start):
            continue
        sentence_before = text[max(start, a.start - 120):a.start]
        hit = _CHANGED_FROM.search(sentence_before)
        if hit is None or re.search(r"[;:]|,\s", sentence_before[hit.end():]):
            continue
        ia = a.expression.interval or a.expression.period
        ib = b.expression.interval or b.expression.period
        if ia is None or ib is None or ia[0] >= ib[0] or not (_calendar_year(ia) and _calendar_year(ib)):
            continue        # (a change over months keeps its range: "down 24% from December to January")
        # each end its own days: the base the earlier, the change's period the later
        out[i] = replace(a, base=True, expression=replace(a.expression, period=ia))
        out[i + 1] = replace(b, expression=replace(b.expression, period=ib))
    return out


def resolves(phrase: str, published: DateRange, previous: Period | None) -> Period | None:
    """The period a claim file would read `phrase` as (at the latest publication day), or None."""
    try:
        resolved = None
        for day in sorted({published.earliest, published.latest}):
            resolved = resolve_period_phrase(phrase, day, previous).period
        return resolved
    except (PeriodPhraseError, ValueError):
        return None


def phrase_of(text: str, mentions: list[TimeMention], published: DateRange,
              previous: Period | None, lead_words: bool = True) -> tuple[str, Period] | None:
    """The claim-file phrase for the period named by `mentions` (one expression, or a range's two);
    without the words that lead it ("since") when `lead_words` is false."""
    first, last = mentions[0], mentions[-1]
    lead = _LEAD.search(text[max(0, first.start - 20):first.start]) if lead_words else None
    if lead and first.base and lead.group(0).lower().startswith("from") and _RANGE_BETWEEN.match(text, last.end):
        lead = None     # "from 2014 to 2015": the base is 2014 ("from" belongs to the range)
    lead_start = first.start - len(lead.group(0)) if lead else first.start
    candidates = []
    for a in (lead_start, first.start):
        candidates.append(" ".join(text[a:last.end].split()))
    if not lead:
        candidates.append("in " + " ".join(text[first.start:last.end].split()))
    for phrase in candidates:
        phrase = phrase[0].lower() + phrase[1:] if phrase[:1].isupper() and not phrase.split()[0].istitle() else phrase
        phrase = _uncapitalise(phrase)
        period = resolves(phrase, published, previous)
        if period is not None and lead_words and _narrative_offset(mentions) and previous is not None \
                and _whole_years(previous) and previous.start.year == previous.end.year and _whole_years(period) \
                and _last_year_named(text[:first.start]) in (None, previous.start.year):
            # "a year later" after a figure of 2020: 2021, written as the year (the comparison code
            # reads the phrase without the claim before); else read from publication as before
            return _year_phrase(period), period
        if period is not None and (not lead_words or _agrees(period, mentions, published)):
            return phrase, period
    return _iso(mentions, published, previous)


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")


def _uncapitalise(phrase: str) -> str:
    words = phrase.split()
    if words and words[0].lower() not in _MONTHS and words[0][:1].isupper():
        words[0] = words[0].lower()
    return " ".join(words)


# "a year later", "two years earlier": counted from the time the story tells of (the claim
# before's period, as the claim file reads it), not from the day of publication; only in years or
# decades ("a week earlier", "three days earlier" are not taken)
_NARRATIVE_OFFSET = re.compile(r"\b(?:years?|decades?)\s+(?:later|earlier)$", re.IGNORECASE)


def _narrative_offset(mentions: list[TimeMention]) -> bool:
    return any(_NARRATIVE_OFFSET.search(m.expression.text) for m in mentions)


def _whole_years(period: Period) -> bool:
    """A period of whole calendar years (2020, 2010-2019), not a fiscal year or a year to date."""
    return (period.start.month, period.start.day, period.end.month, period.end.day) == (1, 1, 12, 31)


def _last_year_named(text: str) -> int | None:
    """The last year written before a phrase ("The sheriff took office in 2016. Two years later":
    2016, not the claim before's 2023), or None."""
    years = re.findall(r"\b(?:19|20)\d\d\b", text)
    return int(years[-1]) if years else None


def _year_phrase(period: Period) -> str:
    a, b = period.start.year, period.end.year
    return str(a) if a == b else f"{a}-01-01/{b}-12-31"


def _agrees(period: Period, mentions: list[TimeMention], published: DateRange) -> bool:
    """The phrase read as a claim-file period covers the days the time reader found (or no days were
    found)."""
    interval = _interval(mentions)
    if interval is None or not published.is_exact or any(m.expression.anaphoric for m in mentions):
        return True
    return (period.start, period.end) == interval


def _interval(mentions: list[TimeMention]) -> tuple[date, date] | None:
    first, last = mentions[0].expression, mentions[-1].expression
    a = first.period or first.interval
    b = last.period or last.interval
    if a is None or b is None:
        return None
    return (a[0], b[1]) if len(mentions) > 1 else a


def _iso(mentions: list[TimeMention], published: DateRange, previous: Period | None) -> tuple[str, Period] | None:
    interval = _interval(mentions)
    if interval is None:
        return None
    a, b = interval
    if a.month == 1 and a.day == 1 and b == date(a.year, 12, 31):
        phrase = str(a.year)
    elif a == b:
        phrase = a.isoformat()
    else:
        phrase = f"{a.isoformat()}/{b.isoformat()}"
    period = resolves(phrase, published, previous)
    return (phrase, period) if period is not None else None


# Between a range's two dates written with weekdays or commas: "from Sat., Oct. 1, 2022-Sat., Sept. 30,
# 2023", "from July 1, 2023, through June 30, 2024"
_DATES_BETWEEN = re.compile(r",?\s*(?:[-–—]|to|through|thru|until)\s*(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)"
                            r"(?:day|nesday|urday|sday)?\.?,?\s*)?", re.IGNORECASE)


def _range_of_dates_after(text: str, b: int, end: int) -> bool:
    """ "from Sat., Oct. 1, 2022-Sat., Sept. 30, 2023": a date range's first end, not a base."""
    between = _DATES_BETWEEN.match(text, b, end)
    return between is not None and between.end() > b and re.match(r"[A-Z0-9]", text[between.end():between.end() + 1]) is not None


def group(mentions: list[TimeMention], text: str | None = None) -> list[list[TimeMention]]:
    """Mentions grouped so that a range's two ends ("from December to January") are one; given the
    text, also two dates of a range written with weekdays or commas."""
    out: list[list[TimeMention]] = []
    for m in mentions:
        if out and m.expression.qualifier == "range" and out[-1][-1].expression.qualifier in ("from", "between"):
            out[-1].append(m)
        elif text is not None and out and len(out[-1]) == 1 and out[-1][0].expression.qualifier == "from" \
                and out[-1][0].expression.type == m.expression.type == "DATE" \
                and _DATES_BETWEEN.fullmatch(text, out[-1][0].end, m.start) \
                and (a := out[-1][0].expression.interval) is not None and (b := m.expression.period) is not None \
                and a[0] < b[1]:
            out[-1].append(m)
        else:
            out.append([m])
    return out
