"""The period of a claim: the clause's own time expression, else the context's (the claim
before, the sentence, the article's main period, the year to date, the day of publication),
then a budget's fiscal year, a level's day, a count to the day of publication; each taken
from the context with a note.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta

from auditor.draft import holidays, periods, quoting, sentences, statements, vocabulary
from auditor.draft.article import _PRESENT, _Article, _At, _State, _follows_in_paragraph, article_sentences, sentence_around
from auditor.draft.quoting import _SEGMENT_BREAK, _SEGMENT_DIGIT, line_column
from auditor.draft.states import local_fiscal_start, primary_day, school_fiscal_start
from auditor.models import DateRange, Period, Source
from auditor.pack.model import FiscalYear
from auditor.text.case_blind import LedPattern
from auditor.text.numbers import NUMBER_WORDS
from auditor.text.times_lexicon import MONTHS, WEEKDAYS
from auditor.text.word_gate import WindowGatedPattern


# "the first time the state will have climbed past 1,000", "could have risen": a modal's perfect
# is no present tense of the figure
_MODAL_PERFECT = re.compile(r"\b(?:will|would|could|should|might|may|must|to)\s+(?:not\s+|also\s+|still\s+)?$",
                            re.IGNORECASE)


def _days_resolved(start: date, end: date, published):
    """The days from `start` to `end` as a period phrase ("2023-07-01/2024-06-30") and what it
    resolves to on the day of publication (None when it does not)."""
    phrase = start.isoformat() if start == end else f"{start.isoformat()}/{end.isoformat()}"
    return phrase, periods.resolves(phrase, published, None)


def _present(text: str) -> bool:
    """Whether a clause says its figure in the present tense (not "will have climbed")."""
    return any(not _MODAL_PERFECT.search(text, max(0, m.start() - 14), m.start()) for m in _PRESENT.finditer(text))


# A fiscal year named by its years: "fiscal year 2014-15", "the 2021 fiscal year", "FY 2022", "FY2021-22"
_FISCAL_NAMED = re.compile(r"\b(?:(?:fiscal|financial)\s+(?:year\s+)?|FY\s*)'?(?P<a>\d{4}|\d{2})(?:\s*[-–/]\s*(?P<b>\d{2,4}))?\b"
                           r"|\b(?P<c>\d{4})(?:\s*[-–/]\s*(?P<d>\d{2,4}))?\s+(?:fiscal|financial)\s+year\b")


_FISCAL_BASE = re.compile(r"\b(?:from|than|compared\s+(?:with|to)|versus|vs\.?|over)\s+(?:in\s+)?(?:the\s+|last\s+year['’]s\s+)?$",
                          re.IGNORECASE)


_MONTH_WORD = (r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
               r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_MONTH_NUMBER = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                             "dec"), 1)}
# The article says when its fiscal year starts or ends: "The new fiscal year starts Oct. 1", "the
# budget for the fiscal year that starts in July", "The budget will take effect Oct. 1", "for the
# fiscal year ending June 30"
_FISCAL_STARTS = LedPattern(re.compile(rf"\b(?:(?:fiscal|financial|budget)\s+year|budget)\s+(?:that\s+|which\s+)?(?:(?P<ends>"
                                       rf"ends|ending|ended|will\s+end|runs\s+(?:through|to|until))|(?P<begun>started|began)|starts|begins|"
                                       rf"starting|beginning|will\s+(?:start|begin)|runs\s+from|(?:will\s+)?takes?\s+effect|"
                                       rf"goes\s+into\s+effect)\s+(?:on\s+|in\s+)?{_MONTH_WORD}(?:\s+(?P<day>\d{{1,2}})\b)?",
                                       re.IGNORECASE))
# another body's year: "The state's fiscal year starts July 1" in a story on a city's budget
_OTHER_BODY_BEFORE = re.compile(r"\b(?:state|federal|county|school|district|university|college)(?:\s+government)?(?:['’]s)?\s+"
                                r"(?:(?:new|current|next|own)\s+)?$", re.IGNORECASE)


def _declared_fiscal(art: _Article) -> FiscalYear | None:
    """The fiscal year the article itself says starts (or ends) on a day, when its words agree on
    one first day of a month: "The new fiscal year starts Oct. 1 and runs through Sept. 30" is a
    year from 1 October; none when the article says none, or two different days."""
    if "fiscal_year" in art.read_once:
        return art.read_once["fiscal_year"]
    starts = set()
    for m in _FISCAL_STARTS.finditer(art.text):
        if _OTHER_BODY_BEFORE.search(art.text, max(0, m.start() - 40), m.start()):
            continue
        month = _MONTH_NUMBER[m["month"][:3].lower()]
        day = int(m["day"]) if m["day"] else None
        if m["ends"]:
            # the day after its last day: "ending June 30" is a year from 1 July
            last = {2: 28, 4: 30, 6: 30, 9: 30, 11: 30}.get(month, 31)
            if day is not None and day not in (last, 29 if month == 2 else last):
                continue
            month, day = month % 12 + 1, 1
        if day not in (None, 1):
            continue
        starts.add(month)
    found = FiscalYear(start=f"{min(starts):02d}-01") if len(starts) == 1 and starts != {1} else None
    art.read_once["fiscal_year"] = found
    return found


def _fiscal_begun(art: _Article, month_day: tuple[int, int]) -> bool:
    """Whether the article says the place's fiscal year has begun ("The fiscal year began July 1"):
    a year of its own, begun on the place's first day (not "the federal government's fiscal year
    began Oct. 1" in a story on a city whose year starts in July)."""
    return any(m["begun"] and _MONTH_NUMBER[m["month"][:3].lower()] == month_day[0]
               and int(m["day"] or month_day[1]) == month_day[1]
               and not _OTHER_BODY_BEFORE.search(art.text, max(0, m.start() - 40), m.start())
               for m in _FISCAL_STARTS.finditer(art.text))


# the article speaks of a fiscal year: "Fiscal Year 2018-19", "the FY 2020-21 budget", "fiscal 2020"
_FISCAL_SAID = LedPattern(re.compile(r"\bfiscal\b|\bFY\s*'?\d", re.IGNORECASE))


def _fiscal_said(art: _Article) -> bool:
    """Whether the article speaks of a fiscal year at all (read once an article): a state's rule for its
    cities' fiscal years is taken only then ("The proposed tax rate for 2021" alone is the calendar year's)."""
    if "fiscal_said" not in art.read_once:
        art.read_once["fiscal_said"] = _FISCAL_SAID.search(art.text) is not None
    return art.read_once["fiscal_said"]


# the words of `_fiscal_year`'s note for a fiscal year taken from the state's rule for its school districts
_SCHOOL_RULE = "its state's school districts start on"
# a year written with the next one ("the 2017-18 proposed budget", "the 2017-2018 school year")
_YEAR_WITH_NEXT = re.compile(r"\b(?P<a>(?:19|20)\d\d)\s*[-–/]\s*(?P<b>(?:19|20)\d\d|\d\d)\b")


def _years_split(art: _Article) -> bool:
    """Whether the article speaks of a fiscal year, or names a year written with the next one ("the 2017-18
    proposed budget"): a school district's calendar year is then its fiscal year's (read once an article)."""
    if "years_split" not in art.read_once:
        art.read_once["years_split"] = _fiscal_said(art) or any(
            int(m["b"][-2:]) == (int(m["a"]) + 1) % 100 for m in _YEAR_WITH_NEXT.finditer(art.text))
    return art.read_once["years_split"]


# a budget named (not a tax rate alone: "the proposed tax rate for 2020" of a Texas city is its tax year's)
_A_BUDGET = re.compile(r"\bbudget(?:s|ed)?\b", re.IGNORECASE)


# the words a local fiscal year read without "fiscal" said adds to its note (a calendar year named stays one)
_FISCAL_UNSAID = "; the headline or lede names a budget"


def _budget_at_top(art: _Article) -> bool:
    """Whether the headline or the lede is about a budget ("this year's proposed $255 million budget", "a $1.9
    million increase in the upcoming budget"): its place's fiscal year is meant even when the article never
    says "fiscal"."""
    if "budget_at_top" not in art.read_once:
        lead = art.paragraphs[min(len(art.paragraphs), 2) - 1][1] if art.paragraphs else 0
        art.read_once["budget_at_top"] = _A_BUDGET.search(art.text, 0, lead) is not None \
            or _A_BUDGET.search(art.source.title or "") is not None
    return art.read_once["budget_at_top"]


def _fiscal_year(art: _Article, place: str | None) -> tuple[FiscalYear | None, str]:
    """The place's fiscal year as the pack declares it, else as the article says it starts; with
    the words a review note gives for it."""
    fiscal = art.pack.fiscal_year(place) if place else None
    if fiscal is not None:
        return fiscal, f"{place}'s fiscal year (from {fiscal.start})"
    fiscal = _declared_fiscal(art)
    if fiscal is not None:
        return fiscal, f"the fiscal year the article says starts on {fiscal.start} (no pack declaration)"
    said = _fiscal_said(art)
    local = local_fiscal_start(art.pack, place) if place and (said or _budget_at_top(art)) else None
    if local is not None:
        return FiscalYear(start=local), f"the fiscal year its state's cities and counties start on {local} (no pack declaration" \
            + (")" if said else f"{_FISCAL_UNSAID})")
    school = school_fiscal_start(art.pack, place) if place else None
    if school is not None:
        return FiscalYear(start=school), f"the fiscal year {_SCHOOL_RULE} {school} (no pack declaration)"
    return None, ""


def _fiscal(art: _Article, at: _At, metric: str, place: str, period, review: list[str], missing: list[str]):
    """A budget's period in the place's fiscal year (declared in the pack, else in the article's own
    words): the fiscal year the clause names ("fiscal year 2014-15", "the 2021 fiscal year"), else
    the one a calendar year names ("$501 million in 2020" of a city whose year starts in October is
    FY2020)."""
    definition = art.pack.metrics.get(metric)
    fiscal, whose = _fiscal_year(art, place)
    if definition is None or definition.unit != "dollar" or fiscal is None or fiscal.month_day == (1, 1):
        return period
    from auditor.periods import _fiscal_named
    text = art.text
    named = None
    for span in (at.clause, (at.sentence.start, at.sentence.end)):
        # "a $3.3 million increase from FY 2021-22", "than the 2021-22 fiscal year": what the figure is
        # measured against, not its own year
        hit = next((h for h in _FISCAL_NAMED.finditer(text, span[0], span[1])
                    if not _FISCAL_BASE.search(text, max(span[0], h.start() - 30), h.start())), None)
        if hit is not None:
            a, b = (hit["a"], hit["b"]) if hit["a"] else (hit["c"], hit["d"])
            named = f"FY{a}" + (f"-{b}" if b else "")
            break
    if named is None and period and (period[1].start.month, period[1].start.day, period[1].end.month,
                                     period[1].end.day) == (1, 1, 12, 31) and period[1].start.year == period[1].end.year \
            and not _TWELVE_MONTHS_TO.search(text, at.clause[0], at.clause[1]) \
            and (_SCHOOL_RULE not in whose or _years_split(art)) \
            and not (_FISCAL_UNSAID in whose and _LONE_YEAR.search(period[0])):
        # ("the year that ended Dec. 31, 2016"; a school district's "$4.1 million in federal relief funds in
        # 2020", in an article that names no fiscal or school year, is the calendar year's, as a city's by its
        # state's rule; so is "the proposed tax rate for 2021", or a sum carried from it, in a Texas city's budget
        # story that never says "fiscal")
        named = f"FY{period[1].start.year}"
    if named is None:
        return period
    try:
        resolved = _fiscal_named(named, fiscal)
    except Exception:
        return period
    if resolved is None:
        return period
    p = resolved.period
    return _days_taken(art, p.start, p.end, period, review, missing, f"period: {named} in {whose}, as {{phrase}}; check")


def _days_taken(art: _Article, start: date, end: date, period, review: list[str], missing: list[str], note: str):
    """The days from `start` to `end` as the claim's period, with the review `note` (its "{phrase}"
    filled in); `period` as it was when they cannot be written."""
    phrase, resolved = _days_resolved(start, end, art.source.published)
    if resolved is None:
        return period
    if "period" in missing:
        missing.remove("period")
    review.append(note.format(phrase=phrase))
    return phrase, resolved


# A budget being adopted: "approved the budget for the fiscal year that starts in July", "after
# board vote Tuesday", "the proposed budget"
# (a budget to come: "the upcoming budget", "a $1.8 million request", "budget requests")
_ADOPTING = re.compile(r"\b(?:approv\w*|adopt\w*|pass(?:ed|es)?|propos\w*|vot(?:e|es|ed|ing)|unveil\w*|"
                       r"present(?:s|ed)?|balanced|upcoming|request(?:s|ed|ing)?)\b", re.IGNORECASE)


_TAX_RATE_METRIC = WindowGatedPattern(re.compile(r"(?:^|[\s_])(?:tax(?:es)?|millage|mill|levy|fees?)(?:$|[\s_])", re.IGNORECASE),
                                      ("tax", "mill", "levy", "fee"))
# a tax told as collected ("has collected $4.2 million in sales tax this year", "bed tax collections this year
# are"): a sum to the day like any flow, not a rate or a levy set for its year
_COLLECTED = re.compile(r"\b(?:(?:has|have)\s+(?:been\s+)?(?:collected|brought\s+in|taken\s+in|received)|collections|receipts)\b",
                        re.IGNORECASE)


def _taxed(art: _Article, metric: str | None) -> bool:
    """Whether a metric is a tax, a levy, a millage or a fee (by its name or label): a sum or a rate set for
    a whole (fiscal) year."""
    definition = art.pack.metrics.get(metric) if metric else None
    return definition is not None and _TAX_RATE_METRIC.search(f"{metric} {definition.label or ''}") is not None


def _tax_year_under_way(art: _Article, at: _At, metric: str | None, place: str | None, period, review: list[str]):
    """A tax, a levy or a fee read as of the day of publication or as the year to it ("This year's
    municipal tax rate is 0.0100067", "ratepayers will see an increase of around 10 percent", "The total
    municipal levy this year is $1.6 million"): the whole fiscal year under way (the calendar year unless
    the pack or the article says otherwise), as a tax is set for its year, not counted to a day; and the
    figure it is compared with, read as the same days a year before ("compared to the $1.4 million raised
    last year"), the whole year before. A clause that says "so far" or "to date" itself keeps its days."""
    published = art.source.published
    if not period or not published.is_exact or not _taxed(art, metric) \
            or _SO_FAR.search(art.text, at.clause[0], at.clause[1]) \
            or _COLLECTED.search(art.text, at.clause[0], at.clause[1]):
        return period
    today, days = published.latest, period[1]
    fiscal = _fiscal_year(art, place)[0]
    month, day = fiscal.month_day if fiscal is not None else (1, 1)
    first = date(today.year - ((today.month, today.day) < (month, day)), month, day)
    own = days.end == today and days.start in (first, date(today.year, 1, 1), today)
    base = at.st.base_figure and days.start in (_shift_year(first, -1), date(today.year - 1, 1, 1)) \
        and days.end == _shift_year(today, -1)
    if not (own or base):
        return period
    start = _shift_year(first, -1) if base else first
    phrase, resolved = _days_resolved(start, _shift_year(start, 1) - timedelta(days=1), published)
    if resolved is None:
        return period
    review[:] = [n for n in review if not n.startswith("period:")]
    review.append(f"period: {phrase}, the whole {'year before the' if base else ''} fiscal year under way "
                  f"('{metric}' is set for a year, not counted to a day); check".replace("  ", " "))
    return phrase, resolved


def _budget_to_come(art: _Article, at: _At, metric: str, place: str | None, period, review: list[str],
                    missing: list[str]):
    """A budget adopted, proposed or voted on, whose year the sentence does not name ("the budget
    of $105,930,629 is balanced", after a board's vote in November): the place's next fiscal year
    (the calendar year unless the pack declares one), not the day of publication."""
    definition = art.pack.metrics.get(metric)
    published = art.source.published
    # a tax rate, a millage or a fee set with the budget ("reduced the City's property tax rate by 8
    # percent") is of the budget's year as its sums are
    if definition is None or (definition.unit != "dollar" and not _taxed(art, metric)):
        return period
    beside_day = _budget_beside_a_day(art, at, place, period)
    if beside_day is not None:
        review[:] = [n for n in review if not n.startswith("period:")]
        review.append(f"period: {beside_day[0]}, the fiscal year of the budget the sentence names, not the day of "
                      f"'{period[0]}' (a meeting's); check")
        return beside_day
    fiscal, whose = _fiscal_year(art, place)
    month, day = fiscal.month_day if fiscal is not None else (1, 1)
    if not published.is_exact and _article_budget_year(art, (month, day)) is None:
        return period       # (on an undated page, only a budget the article names by its year)
    relative = _budget_year_named(art, period)
    if relative is not None:
        review.append(f"period: {relative[0]}, '{period[0]}' read in the fiscal year the article is about; check")
        return relative
    if period is not None and not (period[1].start == period[1].end == published.latest) \
            and not _meeting_day(art, at, period) \
            and not (_to_publication(period[1], published) and (
                any(n.startswith("period: 'so far this year' (") for n in review) or not _SO_FAR.search(period[0]))):
        # a period of its own, or carried: kept (a budget's tax or fee is no year to date, unless the
        # article says "so far" itself; "pay $113 more ... this year" is the budget's year)
        return period
    if period is None and "period" not in missing:
        return period
    lede = art.paragraphs[0] if art.paragraphs else (0, 0)
    # ("The City Council approved the proposed budget on Tuesday. The $2.3 billion budget is ...": the
    # sentence before in the paragraph)
    paragraph = art.paragraphs[at.sentence.paragraph] if 0 <= at.sentence.paragraph < len(art.paragraphs) else (0, 0)
    before = art.text[paragraph[0]:at.sentence.start] if paragraph[0] <= at.sentence.start else ""
    if not any(_ADOPTING.search(t) for t in (art.text[at.sentence.start:at.sentence.end], art.text[lede[0]:lede[1]],
                                             art.source.title or "", before)):
        return period
    said = f", in {whose}" if fiscal is not None and "no pack declaration" in whose else ""
    today = published.latest
    year = today.year if (month, day) > (today.month, today.day) else today.year + 1
    begun = fiscal is not None and year == today.year + 1 and _fiscal_begun(art, (month, day))
    if begun:
        # "The fiscal year began July 1", in a story of September: the budget of the year under way
        # (in a story of June, the year that began last July is the one ending: its budget is old)
        year -= 1
    second = art.paragraphs[1] if len(art.paragraphs) > 1 else (0, 0)     # a headline, then the lede
    named = next((found for t in (art.text[at.sentence.start:at.sentence.end], before, art.text[lede[0]:lede[1]],
                                  art.text[second[0]:second[1]], art.source.title or "")
                  for found in [_budget_named(t, (month, day))] if found is not None), None) \
        or _article_budget_year(art, (month, day))
    if named is not None:
        # "passed a 2017 operating budget", "Fort Worth's 2023 fiscal budget", "Other 2019-2020 budget items": the
        # fiscal year named (ending in that year when it does not start in January)
        year = named[0] if (month, day) == (1, 1) else named[0] - 1
    start = date(year, month, day)
    end = date(year + 1, month, day).fromordinal(date(year + 1, month, day).toordinal() - 1)
    phrase, resolved = _days_resolved(start, end, published)
    if resolved is None:
        return period
    if "period" in missing:
        missing.remove("period")
    review[:] = [n for n in review if not n.startswith(("period: the publication day", "period: no period is named",
                                                        "period: 'so far this year'"))]
    if named is not None:
        review.append(f"period: {phrase}, the fiscal year of the {named[1]} budget the article names (adopted or proposed){said}; check")
    else:
        review.append(f"period: {phrase}, the fiscal year under way, the article says it began (a budget adopted or proposed, "
                      f"its year not named){said}; check" if begun else
                      f"period: {phrase}, the fiscal year to come (a budget adopted or proposed, its year not named){said}; check")
    return phrase, resolved


# "a 2017 operating budget", "the 2023 fiscal budget", "its 2024 general fund budget", "its proposed 2019-2020
# budget", "the 2019-20 school budget"
_BUDGET_OF_YEAR = re.compile(r"\b(?P<year>(?:19|20)\d\d)(?:\s*[-–/]\s*(?P<second>(?:19|20)?\d\d))?\s+(?:(?:fiscal|operating|capital|city|county|general[\s-]fund|annual|"
                             r"proposed|municipal|school(?:\s+year)?|district|draft)\s+){0,3}budgets?\b", re.IGNORECASE)


def _budget_year(hit: re.Match, month_day: tuple[int, int]) -> tuple[int, str] | None:
    """(the year the named budget's fiscal year ends in, its words): "2017 budget" 2017; "2019-2020 budget" or
    "2019-20 budget" 2020, of a place whose fiscal year starts after January 1; None for two years that are not
    one such fiscal year (a biennium's, or a calendar-year place's)."""
    year, second = int(hit["year"]), hit["second"]
    if second is None:
        return year, hit["year"]
    if month_day == (1, 1) or int(second[-2:]) != (year + 1) % 100:
        return None
    return year + 1, hit.group(0)[:hit.end("second") - hit.start()]


def _article_budget_year(art: _Article, month_day: tuple[int, int]) -> tuple[int, str] | None:
    """The first budget the article names by its year, anywhere in it ("Other 2019-2020 budget items and topics
    included in discussion:" after the levy's paragraph), by `_budget_year`, not one named as a base ("than the
    2021-22 budget"); read once an article."""
    key = ("budget_year", month_day)
    if key not in art.read_once:
        named = _budget_named(art.text, month_day) or _school_year_named(art.text, month_day)
        if named is not None and _fiscal_year_end(named[0], month_day) < art.source.published.earliest:
            named = None    # a year over by publication is an old budget's ("The 2020-21 budget had cut 100
            #                  positions." after "approved an operating budget of $4.3 billion"), not the one adopted
        art.read_once[key] = named
    return art.read_once[key]


# "for the 2014-15 school year", "the 2017-2018 school year"
_SCHOOL_YEAR_NAMED = re.compile(r"\b(?P<year>(?:19|20)\d\d)\s*[-–/]\s*(?P<second>(?:19|20)?\d\d)\s+school\s+year\b", re.IGNORECASE)


def _school_year_named(text: str, month_day: tuple[int, int]) -> tuple[int, str] | None:
    """The latest school year `text` names ("a 2-mill increase in the 2013-14 school year ... the treasurer for the
    2014-15 school year": 2015), of a place whose fiscal year is a school year (from July): the year a budget
    proposed in a school board's story is for, when it names no budget by its year."""
    if month_day == (1, 1):
        return None
    return max((found for hit in _SCHOOL_YEAR_NAMED.finditer(text) for found in [_budget_year(hit, month_day)]
                if found is not None), default=None)


def _fiscal_year_end(year: int, month_day: tuple[int, int]) -> date:
    """The last day of the fiscal year that ends in `year` (a year from `month_day`)."""
    month, day = month_day
    return date(year + ((month, day) == (1, 1)), month, day) - timedelta(days=1)


def _budget_named(text: str, month_day: tuple[int, int]) -> tuple[int, str] | None:
    """The first budget `text` names by its year (`_budget_year`), not one named as a base ("than the 2021-22
    budget")."""
    return next((found for hit in _BUDGET_OF_YEAR.finditer(text)
                 if not _BUDGET_BASE.search(text, max(0, hit.start() - 40), hit.start())
                 for found in [_budget_year(hit, month_day)] if found is not None), None)


# a budget named as what another is measured against: "more ... than [the 2021-22] budget", "an increase of more than
# $300,000 from the FY 2021-22 budget"
_BUDGET_BASE = re.compile(r"\b(?:from|than|compared\s+(?:with|to)|versus|vs\.?|over|above|below)\s+\[?(?:the\s+|last\s+year['’]s\s+)?"
                          r"(?:FY\s*|fiscal\s+(?:year\s+)?)?$", re.IGNORECASE)


# the sentence names a budget, a levy or a tax rate set for a year (not a fire's damage or a contract, whose day is theirs)
_BUDGET_SAID = re.compile(r"\b(?:budget(?:s|ed)?|levy|levies|millage|mill\s+rate|tax\s+rate)\b", re.IGNORECASE)


def _meeting_day(art: _Article, at: _At, period) -> bool:
    """Whether a budget figure's period is only the day, in the two weeks before publication, of the meeting that
    adopted or proposed it ("The school board adopted a $24.5 million budget at its meeting Monday night")."""
    published = art.source.published
    p = period[1]
    return published.is_exact and p.start == p.end and 0 < (published.latest - p.start).days <= 14 \
        and _ADOPTING.search(art.text, at.sentence.start, at.sentence.end) is not None \
        and _BUDGET_SAID.search(art.text, at.sentence.start, at.sentence.end) is not None


def _budget_beside_a_day(art: _Article, at: _At, place: str | None, period):
    """A budget's figure whose clause names only a day, in a sentence naming the budget's year ("set a
    Nov. 6 public hearing on a proposed 2020 budget that would increase the tax rate by 55 cents"): the
    day is the meeting's, the figure is of the budget's fiscal year (the calendar year unless the place's
    starts on another day: "2020" then the year ending in 2020, as "FY2020"). The budget is named before
    the figure, as the meeting's object; a figure before it keeps its day ("collected $4.2 million in sales
    tax on Dec. 2, a record day that will help the 2019 budget"). None otherwise."""
    if not period or period[1].start != period[1].end:
        return None
    figure_at = at.st.anchor[0] if at.st.anchor else at.sentence.end
    hit = _BUDGET_OF_YEAR.search(art.text, at.sentence.start, max(at.sentence.start, figure_at))
    if hit is None:
        return None
    fiscal, _ = _fiscal_year(art, place)
    month, day = fiscal.month_day if fiscal is not None else (1, 1)
    named = _budget_year(hit, (month, day))
    if named is None:
        return None
    year = named[0]
    start = date(year - ((month, day) != (1, 1)), month, day)
    end = date(start.year + 1, month, day) - timedelta(days=1)
    phrase, resolved = _days_resolved(start, end, art.source.published)
    return (phrase, resolved) if resolved is not None else None


_RELATIVE_YEAR = re.compile(r"^(?:in\s+)?(?P<which>this|last|next)\s+year(?:['’]s)?$", re.IGNORECASE)


def _budget_year_named(art: _Article, period):
    """ "this year's budget", "Last year's approved budget" in an article about a fiscal year
    ("the operating budget for fiscal year 2014-15"): that fiscal year, or the one before or after,
    not the calendar year or the year to date."""
    if period is None or art.state.main_period is None:
        return None
    hit = _RELATIVE_YEAR.match(period[0].strip())
    main = art.state.main_period[1]
    if hit is None or (main.start.month, main.start.day) == (1, 1) or main.start.day != 1:
        return None
    if (main.end - main.start).days not in (364, 365):
        return None
    shift = {"this": 0, "last": -1, "next": 1}[hit.group("which").lower()]
    start = main.start.replace(year=main.start.year + shift)
    end = main.end.replace(year=main.end.year + shift)
    phrase, resolved = _days_resolved(start, end, art.source.published)
    return (phrase, resolved) if resolved is not None else None


_PROJECTED = WindowGatedPattern(re.compile(r"\b(?:will|would|could|expects?|expected|projects?|projected|projections?|forecasts?|"
                                           r"forecasted|on\s+(?:pace|track)|likely|target|goal|budget(?:ed|s)?|plans?|hopes?|aims?|seeks?|"
                                           r"intends?|vows?|to\s+(?:cut|reduce))\b", re.IGNORECASE),
                                ("will", "would", "could", "expect", "project", "forecast", "pace", "track", "likely", "target", "goal", "budget", "plan", "hope", "aim", "seek", "intend", "vow", "cut", "reduce"))


def _to_date(art: _Article, at: _At, metric: str, period, review: list[str]):
    """A count of a period not over yet ("in January", "so far for 2024", written on the 27th) is
    the count to the day of publication (or to the day the top says its source gave it, `_said_day`),
    unless it is a target or a forecast."""
    published = art.source.published
    if not period or not published.is_exact:
        return period
    p, day = period[1], published.latest
    if not (p.start <= day < p.end) or _PROJECTED.search(art.text, at.sentence.start, at.sentence.end):
        return period
    definition = art.pack.metrics.get(metric)
    if definition is not None and (not definition.additive_over_time or definition.unit in ("dollar", "percent")):
        return period     # a level or a budget names its whole period
    said = _said_day(art)
    if said is not None and p.start <= said:
        phrase, resolved = _days_resolved(p.start, said, published)
        if resolved is not None:
            review.append(f"period: '{period[0]}' is not over: to {said.isoformat()}, the day the article's top says "
                          "its figures were given; check")
            return phrase, resolved
    phrase, resolved = _days_resolved(p.start, day, published)
    if resolved is None:
        return period
    review.append(f"period: '{period[0]}' is not over on the day of publication: to {day.isoformat()}; check")
    return phrase, resolved


# a source giving figures on a weekday: "took to Twitter on Tuesday", "said Monday", "released Wednesday"
_GAVE_ON = re.compile(r"\b(?:said|says|reported|released|announced|tweeted|posted|told|took\s+to\s+(?:Twitter|X|Facebook)|"
                      r"issued|published|updated)\b[^.;]{0,40}?\b(?:on\s+)?$", re.IGNORECASE)
_SAID_DAY_BEFORE = 6     # days before publication within which a weekday the top names is the figures' day


def _said_day(art: _Article) -> date | None:
    """The one day before publication, in the week before it, on which the article's top (its headline, lede
    and the paragraphs up to the fourth) says its source gave the figures ("The Ontario Provincial Police took to Twitter on Tuesday
    ... bringing the total number of deaths this year to 259"); None when it names none, or two. Read once."""
    if "said_day" in art.read_once:
        return art.read_once["said_day"]
    published, text = art.source.published, art.text
    top = art.paragraphs[:_PART_LEAD_PARAGRAPHS]
    days = set()
    for sentence in article_sentences(art):
        if not any(a <= sentence.start < b for a, b in top):
            continue
        if not _WEEKDAY.search(text, sentence.start, sentence.end):
            continue
        for m in periods.sentence_times(text, sentence.start, sentence.end, published):
            interval = m.expression.interval
            if _WEEKDAY_ONLY.fullmatch(text, m.start, m.end) and interval and interval[0] == interval[1] \
                    and 0 < (published.latest - interval[0]).days <= _SAID_DAY_BEFORE \
                    and _GAVE_ON.search(text, max(sentence.start, m.start - 60), m.start):
                days.add(interval[0])
    found = days.pop() if len(days) == 1 else None
    art.read_once["said_day"] = found
    return found


_THIS_TIME_A_YEAR_AGO = re.compile(r"\b(?:at|by)\s+this\s+time\s+(?:a\s+year\s+ago|last\s+year)\b", re.IGNORECASE)


_A_YEAR_AGO = re.compile(r"^(?:(?:for|at|in|during|by)\s+)?(?:the\s+same\s+(?:time|period|time\s+period)\s+)?a\s+year\s+ago$",
                         re.IGNORECASE)
_THIS_YEAR = re.compile(r"^(?:(?:for|in|during|so\s+far)\s+)?(?:this|the\s+current)\s+(?:school\s+)?year$", re.IGNORECASE)


def _stock_day(art: _Article, at: _At, metric: str, period, review: list[str]):
    """A level counted on a day (enrolment, a population: a metric not added up over time) is
    the figure of one day: "as of September 9th" is that day, not the year to it; "at this time
    a year ago" the same day a year before."""
    definition = art.pack.metrics.get(metric)
    published = art.source.published
    if period and definition is not None and not definition.additive_over_time and definition.unit == "count" \
            and not published.is_exact and (school := _undated_school_year(art, at, period, review)) is not None:
        return school
    if not period or definition is None or definition.additive_over_time or definition.unit in ("dollar", "percent") \
            or not published.is_exact:
        return _part_a_year_before(art, at, period, review) if period else period
    day = None
    p = published.latest
    if _THIS_TIME_A_YEAR_AGO.search(art.text, at.clause[0], at.clause[1]) or (
            _A_YEAR_AGO.match(period[0]) and period[1].start.year == p.year - 1):
        # "at this time a year ago", "for the same time period a year ago": the same day a year before
        day = p.replace(year=p.year - 1) if (p.month, p.day) != (2, 29) else p.replace(year=p.year - 1, day=28)
    elif _THIS_YEAR.match(period[0]) and period[1].start <= p <= period[1].end \
            and len({m for m in _months_named(art) if m[0] == p.year}) != 1:
        # "the student count for the second week of school this year totaled 20,429": a level of
        # the current year is counted on a day the text does not give: the day it reports it
        # (unless the article names the one month of the year it was counted in: that month's)
        day = p
    elif (period[0].lower().startswith("as of") or "as of" in " ".join(review)) and \
            (period[1].start.month, period[1].start.day) == (1, 1) and period[1].start != period[1].end:
        day = period[1].end
    elif period[1].start == period[1].end == p and not at.st.base_figure \
            and any(n.startswith("period: the publication day") for n in review):
        # "The total enrollment as of Sept. 9 is 3,430.5 ... W.A. Day school has 293 students": a level told
        # in the present tense, in an article that gives its figures as of one day, is that day's
        day = _one_as_of_day(art)
        if day is not None:
            review[:] = [n for n in review if not n.startswith("period: the publication day")]
    if day is None:
        return period
    resolved = periods.resolves(day.isoformat(), published, None)
    if resolved is None:
        return period
    review.append(f"period: {day.isoformat()}, the day '{metric}' was counted (a level, not a sum over the year); check")
    return day.isoformat(), resolved


def _one_as_of_day(art: _Article) -> date | None:
    """The one day, in the weeks before publication, that the article (or its headline) gives its figures "as
    of" ("The total enrollment as of Sept. 9 is 3,430.5"); None when it names none there, or two."""
    published = art.source.published.latest
    days = {day for _, day in art.as_of + _title_as_of(art) if day < published and (published - day).days <= 62}
    return days.pop() if len(days) == 1 else None


_THIS_OR_LAST_YEAR = re.compile(r"^(?:(?:for|in|during)\s+)?(?P<which>this|the\s+current|last|the\s+previous|the\s+prior)\s+"
                                r"(?:school\s+)?year$", re.IGNORECASE)
_SCHOOL_YEAR = re.compile(r"\bschool\s+year\b", re.IGNORECASE)
_FROM_LAST_YEAR_TO = re.compile(r"\blast\s+year\s+to\s+$", re.IGNORECASE)


def _undated_school_year(art: _Article, at: _At, period, review: list[str]):
    """A level said of "this year" or "last year" on an undated page that counts school years
    ("from 439 students last year to 417", beside "the 2011-12 school year"): the school year
    (July to June) the publication falls in, or the one before (the 417 "to" which it fell is this
    year's); none when the page's dates span two."""
    phrase, p = period
    hit = _THIS_OR_LAST_YEAR.match(phrase)
    if hit is None or (p.start.month, p.start.day, p.end.month, p.end.day) != (1, 1, 12, 31) \
            or not _SCHOOL_YEAR.search(art.text):
        return None
    published = art.source.published
    years = {d.year - (d.month < 7) for d in (published.earliest, published.latest)}
    if len(years) != 1:
        return None
    last = not hit["which"].lower().endswith(("this", "current")) \
        and not _FROM_LAST_YEAR_TO.search(art.text, max(0, at.st.anchor[0] - 40), at.st.anchor[0])
    year = years.pop() - last
    days, resolved = _days_resolved(date(year, 7, 1), date(year + 1, 6, 30), published)
    if resolved is None:
        return None
    review.append(f"period: {days}, the school year of '{phrase}' (an undated page counting school years); check")
    return days, resolved


# another vote than the general one: "the 2022 primary", "the April runoff", "a special election"
_OTHER_VOTE = re.compile(r"\b(?:primar(?:y|ies)|caucus(?:es)?|run-?offs?|special\s+elections?|recall|referend(?:um|a)"
                         r"|January|February|March|April|May(?=\s+\d)|(?<=in\s)May|June|July|August|September|October|December)\b",
                         re.IGNORECASE)
_UNITED_STATES = frozenset({"United States", "United States of America", "USA", "U.S."})


def _us_vote_day(year: int, month: int) -> date:
    """The Tuesday after the first Monday of a month, the day of a US vote (the first Tuesday after the 1st)."""
    second = date(year, month, 2)
    return date(year, month, 2 + (1 - second.weekday()) % 7)


def _state_primary(art: _Article, place: str | None, year: int, month: int) -> date | None:
    """The day of the primary a month names ("the August primary") in the state of a place, when its
    law fixes one (Washington's first Tuesday of August); else None."""
    if place not in art.pack.places:
        return None
    states = [art.pack.places[pid] for pid in (place, *art.pack.ancestors(place)) if art.pack.places[pid].kind == "state"]
    # (the state's name, or an alias: "Washington (state)" is also "Washington")
    return next((day for state in states for name in (state.name, *state.aliases)
                 if (day := primary_day(name, year, month)) is not None), None)


# "the August primary", "August's primary election"
_MONTHS_PRIMARY = re.compile(r"\b(?P<month>January|February|March|April|May|June|July|August|September|October|November"
                             r"|December)(?:['’]s)?\s+(?:[a-z]+\s+)?primary\b")


def _primary_of_month(art: _Article, at: _At, place: str | None, period, review: list[str]):
    """A figure of "the August primary" read as the month: the day of that primary, in a state whose
    law fixes it."""
    p = period[1]
    m = _MONTHS_PRIMARY.search(art.text, at.sentence.start, at.sentence.end)
    if m is None or p.start.day != 1 or p.start.month != p.end.month or p.start.month != MONTHS[m["month"].lower()] \
            or (p.end + timedelta(days=1)).day != 1 \
            or (day := _state_primary(art, place, p.start.year, p.start.month)) is None \
            or day > art.source.published.latest or (resolved := periods.resolves(day.isoformat(), art.source.published,
                                                                                   None)) is None:
        return period
    review.append(f"period: {day.isoformat()}, the day of the state's primary ('{m.group(0)}'); check")
    return day.isoformat(), resolved


def _election_day(art: _Article, at: _At, metric: str, place: str | None, period, review: list[str]):
    """A figure of a US election (turnout, ballots cast, voters registered: a metric the pack sets
    `counted_on: election_day`) said of a year or of November ("the 2014 midterm election", "in 2018",
    "November 2022") is of election day, the Tuesday after the first Monday of November; not a
    primary's, a runoff's or a vote the sentence puts in another month; one said of "the August
    primary" is of that primary's day where the state's law fixes it."""
    definition = art.pack.metrics.get(metric)
    if not period or definition is None or place not in art.pack.places:
        return period
    p = period[1]
    if definition.counted_on == "election_day" and (primary := _primary_of_month(art, at, place, period, review)) \
            is not period:
        return primary
    if p.start.year != p.end.year or p.start.day != 1 or (p.start.month, p.end.month, p.end.day) not in ((1, 12, 31), (11, 11, 30)) \
            or definition.counted_on != "election_day":
        return period
    if not any(art.pack.places[pid].name in _UNITED_STATES for pid in (place, *art.pack.ancestors(place))) \
            or _OTHER_VOTE.search(art.text, at.sentence.start, at.sentence.end) \
            or ((vote := _vote_day(art)) is not None and vote[0].month != 11 and p.start.month == 1
                and vote[0].year == p.start.year):
        return period       # (an article on a primary of August: its own year is no November's)
    day = _us_vote_day(p.start.year, 11)
    if day > art.source.published.latest:
        return period
    resolved = periods.resolves(day.isoformat(), art.source.published, None)
    if resolved is None:
        return period
    review.append(f"period: {day.isoformat()}, election day of {day.year} ('{period[0]}' of an election); check")
    return day.isoformat(), resolved


# the day of the vote an article reports, named once: "the Aug. 21 primary election", "Tuesday's primary"
_VOTE_NAMED = (r"(?:(?:general|municipal|primary|special|runoff|run-off|city|county|school|local)\s+)?"
               r"(?:primary|election|runoff|run-off|caucus(?:es)?|referendum|vote)\b")
_VOTE_DAY = re.compile(rf"\b(?P<day>(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{{1,2}}|(?:January|February|March"
                       rf"|April|May|June|July|August|September|October|November|December)\s+\d{{1,2}}"
                       rf"|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s)\s+{_VOTE_NAMED}")


# the day of a vote named by what voters did on it: "voters turned out Tuesday", "went to the polls on Tuesday"
_VOTED_ON = re.compile(r"\b(?:turned\s+out|(?<=voters\s)voted|went\s+to\s+the\s+polls|cast\s+(?:their\s+)?ballots)\s+(?:on\s+)?"
                       r"(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
# a vote named by its month alone, "the recent August primary", or "Election Day": only November's general
# election is fixed by law (the Tuesday after the first Monday); another month's vote is left to decide
# or by its year, "the 2018 election", "the 2018 midterm election" (of the year of publication: November's)
_VOTE_MONTH = re.compile(r"\b(?P<month>January|February|March|April|May|June|July|August|September|October|November"
                         rf"|December)\s+{_VOTE_NAMED}|\b(?i:Election\s+Day)\b"
                         r"|\bthe\s+(?P<year>(?:19|20)\d\d)\s+(?:general\s+|midterm\s+|presidential\s+)?elections?\b")
# a general election named by its weekday ("Tuesday's general election"): November's, fixed by law
_GENERAL_VOTE = re.compile(r"\bgeneral\s+election|\bmidterm", re.IGNORECASE)


# a vote still to come: "voters go to the polls in Tuesday's primary", "officials expect turnout of ..."
_VOTE_AHEAD = re.compile(r"\b(?:will|go(?:es)?\s+to\s+the\s+polls|expect(?:s|ed)?|is\s+set|are\s+set|ahead\s+of"
                         r"|upcoming|forecasts?)\b", re.IGNORECASE)


def _general_vote_day(day: date, words: str) -> date:
    """A general election named by its weekday ("Tuesday's general election") in a weekly published more than
    a week after it: the Tuesday after the first Monday of November, not the last Tuesday before publication."""
    law = _us_vote_day(day.year, 11)
    return law if _GENERAL_VOTE.search(words) and 0 < (day - law).days <= 14 and day.weekday() == law.weekday() else day


def _vote_day(art: _Article) -> tuple[date, str] | None:
    """(day, words) of the one vote whose day an article names ("the Aug. 21 primary election",
    "Tuesday's primary election", "voters turned out Tuesday": the publication day's weekday or the
    last one before, never in a sentence on a vote to come), else of the one vote it names by its
    month ("the November election", "Election Day": the Tuesday after the month's first Monday),
    over by the day of publication; None when it names none, or two."""
    if "vote_day" in art.read_once:
        return art.read_once["vote_day"]
    published, found, text = art.source.published, set(), art.text
    for m in [*_VOTE_DAY.finditer(text), *_VOTED_ON.finditer(text)]:
        words = m.group("day").replace("’", "'").removesuffix("'s")
        if words.endswith("day"):
            if not published.is_exact or _VOTE_AHEAD.search(text, *sentence_around(art, m.start())):
                continue
            if WEEKDAYS.get(words.lower()) == published.latest.weekday():
                words = published.latest.isoformat()
        day = periods.resolves(("last " if words.endswith("day") else "") + words, published, None)
        if day is not None and day.start == day.end and day.end <= published.earliest \
                and (published.earliest - day.end).days < 62:
            found.add((_general_vote_day(day.start, m.group(0)), m.group(0)))
    for m in _VOTE_MONTH.finditer(text) if not found else ():
        if m.group("year") and int(m.group("year")) != published.earliest.year:
            continue        # ("up from the 2016 election": a vote compared with)
        if m.group("month") not in (None, "November"):
            # primaries fall on other days (Wisconsin's second Tuesday of August, Hawaii's Saturday):
            # only a state's whose law fixes it
            day = _state_primary(art, art.home or art.fallback_place, published.earliest.year,
                                 MONTHS[m.group("month").lower()]) if "primary" in m.group(0).lower() else None
            if day is None:
                continue
        else:
            day = _us_vote_day(published.earliest.year, MONTHS[m.group("month").lower()] if m.group("month") else 11)
        if day <= published.earliest and (published.earliest - day).days < 62 \
                and not _VOTE_AHEAD.search(text, *sentence_around(art, m.start())):
            found.add((day, m.group(0)))
    # one day named in several words ("Tuesday's primary", "Tuesday's primary election"): the first of
    # them in order, not a set's pick (which varies with the interpreter's string hashing)
    art.read_once["vote_day"] = min(found) if len({d for d, _ in found}) == 1 else None
    return art.read_once["vote_day"]


# a figure over more than the one vote: the year so far, several elections
_SEVERAL_VOTES = re.compile(r"\b(?:so\s+far|this\s+year\b(?!['’]s)|to\s+date|year[-\s]to[-\s]date"
                            r"|(?:two|three|four|five|six|several|both|all|\d+)\s+(?:of\s+the\s+)?(?:[\w'’]+\s+)?"
                            r"(?:elections|primaries))\b", re.IGNORECASE)


# the note of a year read from the article's other sentences, not the figure's ("surpassing 2016 numbers", "In
# 2016, ..." in a story on this year's vote)
_YEAR_NAMED_MOST = "the whole year the article names most"


def _year_from_elsewhere(art: _Article, at: _At, p: Period, review: list[str]) -> bool:
    """Whether a figure's year was read from the article's other sentences (the year it names most) and its
    own sentence does not name it ("Turnout for this election stood at 76.3%" beside "In 2016, ...")."""
    return any(_YEAR_NAMED_MOST in n for n in review) \
        and str(p.start.year) not in art.text[at.sentence.start:at.sentence.end]


def _vote_day_named(art: _Article, at: _At, metric: str | None, period, review: list[str], missing: list[str]):
    """A figure counted on election day (turnout, ballots cast, voters registered) in an article on a
    vote whose day it names once ("the Aug. 21 primary election"), read with no period, the vote's
    year or the day of publication: the day of that vote."""
    definition = art.pack.metrics.get(metric) if metric else None
    if definition is None or definition.counted_on != "election_day" or at.st.base_figure \
            or (vote := _vote_day(art)) is None:
        return period
    day, words = vote
    if _SEVERAL_VOTES.search(art.text, at.sentence.start, at.sentence.end):
        return period       # ("This year, 212,000 ballots have been cast in the county's three elections")
    if period:
        p = period[1]
        published = art.source.published
        if not ((_whole_year(p) and p.start.year == day.year) or _year_from_elsewhere(art, at, p, review)
                or (p.start == p.end == published.earliest)
                or (p.start == p.end and _WEEKDAY_ONLY.fullmatch(period[0].removeprefix("in ").removeprefix("On ")
                                                                .removeprefix("on "))
                    and p.start.weekday() == day.weekday() and 0 <= (p.start - day).days <= 14)):
            # (a weekday alone is the vote's day written out: "turned out Tuesday", read "in Tuesday"; in a
            # weekly a week later, "On Tuesday" read as the last Tuesday is still the vote's)
            return period
    elif "period" not in missing:
        return period
    return _days_taken(art, day, day, period, review, missing,
                       f"period: {{phrase}}, the day of the vote the article reports ('{words}'); check")


_IN_DAYS = re.compile(r"\s+(?:in|of|during)\s+(?:the\s+)?")


_WEEKDAY_ONLY = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?")


_FIRST_OF_PAIR = re.compile(r"\s*(?:[a-z-]+\s+){0,3}?and\s+(?:about\s+|nearly\s+|roughly\s+)?[$£€]?\d")
_SECOND_OF_PAIR = re.compile(r"[$£€]?\d[\d,.]*(?:\s+(?:million|billion|percent|per\s*cent|%))?\s+and\s+(?:about\s+|nearly\s+|roughly\s+)?$")


def _paired_period(art: _Article, at: _At):
    """ "388 and 360 shootings in 2015 and 2017", "in 2015 and 2017, when there were 388 and 360
    ..., respectively": two figures joined by "and" take, in order, the two periods the sentence
    joins by "and"."""
    st, text = at.st, art.text
    if st.figure is None or st.base_figure:
        return None
    if _FIRST_OF_PAIR.match(text, st.anchor[1], at.sentence.end):
        index = 0
    elif _SECOND_OF_PAIR.search(text, max(at.sentence.start, st.anchor[0] - 30), st.anchor[0]):
        index = 1
    else:
        return None
    times = [m for m in at.times if not m.partial]
    pairs = [(a, b) for a, b in zip(times, times[1:]) if re.fullmatch(r",?\s+and\s+", text[a.end:b.start])]
    if len(pairs) != 1:
        return None
    return periods.phrase_of(text, [pairs[0][index]], art.source.published, art.state.previous_period)


_PASSING = re.compile(r"\b(?:exceed|surpass|outpace|top|eclipse|pass)(?:ed|es|s)?\s", re.IGNORECASE)


_BARE_ASIDE_BEFORE = re.compile(r"\d\s*\($")


def _in_year_aside(text: str, m) -> bool:
    """Whether a time expression closes a parenthesis holding a figure ("(up from 71 in 2018)")."""
    opened = text.rfind("(", max(0, m.start - 40), m.start)
    return opened >= 0 and ")" not in text[opened:m.start] and text.startswith(")", m.end) \
        and bool(re.search(r"\d", text[opened:m.start]))


def _in_aside_after(text: str, st, m) -> bool:
    """Whether a time expression lies in a parenthesis opened after the figure, with a figure of its
    own ("Charleston with 74 (65 in 2018)": 2018 is the 65's, not the 74's)."""
    if st.figure is None or m.start < st.anchor[1]:
        return False
    between = text[st.anchor[1]:m.start]
    opened = between.rfind("(")
    return opened >= 0 and ")" not in between[opened:] and bool(re.search(r"\d", between[opened:])) \
        and not re.search(r"[.;]", between[:opened])


def _passed(text: str, st, m) -> bool:
    """Whether a time expression names what a comparison's count passes ("has exceeded the number
    seen in each of the past two years", "on track to exceed last year's"): its base, not its period."""
    return st.kind == "comparison" and st.anchor[0] <= m.start and m.end <= st.anchor[1] \
        and _PASSING.search(text, st.anchor[0], m.start) is not None


_AFTER_THE_BASE_FIGURE = re.compile(r"(?:\s+[a-z][\w-]*){0,4}?\s+(?:compared\s+(?:to|with)|versus|vs\.?|against)\s+"
                                    r"(?:about\s+|nearly\s+|almost\s+|roughly\s+)?[$£€]?\d[\d,.]*(?:\s+(?:million|billion|"
                                    r"percent|per\s+cent))?%?\s+", re.IGNORECASE)


def _after_base_figure(text: str, st, m) -> bool:
    """Whether a time follows the figure compared with, after the claim's own ("611 cases compared to
    590 the year before")."""
    return not st.base_figure and st.figure is not None and m.start >= st.anchor[1] \
        and bool(_AFTER_THE_BASE_FIGURE.fullmatch(text, st.anchor[1], m.start))


def _own_times(art: _Article, at: _At) -> list:
    """The times in the clause that may name its figure's period: not a base, a rank's or a record's
    window, a count passed, an aside, another figure's, or when something else was done."""
    st, clause, text = at.st, at.clause, art.text
    own = [m for m in at.times if clause[0] <= m.start and m.end <= clause[1]
           and (not _is_base(text, m, st) or _of_the_value(text, m, st) or _right_after_figure(text, m, st))
           and not (m.since and _RANK_SINCE.search(text, max(clause[0], m.start - 40), m.start))
           # "the highest point since officials started tracking them in 2018": when the window opened
           and not _RANK_SINCE_EVENT.search(text, max(clause[0], m.start - 90), m.start)
           and not (m.since and st.kind in ("change", "comparison"))
           # "is on track to exceed last year's total": the period passed is the base
           and not _passed(text, st, m)
           and not _in_aside_after(text, st, m)
           # "the most since 23 in 2012": the year after a record's "since" bounds its window
           and not (st.kind == "comparison" and m.start >= st.anchor[1]
                    and text[st.anchor[0]:st.anchor[1]].lower().endswith("since"))
           and not _event_time(text, clause, m, st)
           # "They closed 611 cases compared to 590 the year before": the period after the figure compared with is its
           and not _after_base_figure(text, st, m)
           and not _other_figures_part(text, clause, m, st, at, art.label_end)]
    # "Conducted over two nights in February, the PIT count found 9,278": a length of time that
    # names no days ("over two nights"), followed by the days it was in, is how the count was
    # taken; its period is the days named after it
    own = [m for i, m in enumerate(own)
           if not (m.expression.type == "DURATION" and m.expression.interval is None and i + 1 < len(own)
                   and own[i + 1].expression.interval is not None
                   and _IN_DAYS.fullmatch(text, m.end, own[i + 1].start))]
    return own


def _carried_over(art: _Article, at: _At, review: list[str]):
    """(phrase, Period) of the claim before in the paragraph, carried over to a clause that names no
    period; None when it cannot be read again."""
    state, source = art.state, art.source
    before, before_period = state.previous, state.previous_period
    if state.previous_base and state.own is not None and state.own[2] >= at.sentence.paragraph - 1:
        # "33 civilians, compared with 30 in 2009, while injuries fell from 237 to 201": the
        # period of the claim, not of the figure it was compared with
        before, before_period = state.own[0], state.own[1]
    phrase = before["period"]
    inherited = periods.resolves(phrase, source.published, before_period)
    if inherited is None:
        # "that period" is read against the claim just before in the file: only for that one
        phrase = "that period" if before is state.previous else \
            f"{before_period.start.isoformat()}/{before_period.end.isoformat()}"
        inherited = periods.resolves(phrase, source.published, state.previous_period)
    if inherited is None:
        return None
    review.append(f"period: '{phrase}' carried over from the claim before (the clause names none); check")
    return phrase, inherited


# ("2007's 282", "last year's $1.2 million": the year's own figure right after it, even after "from")
_TIMES_OWN_FIGURE = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:total|count|tally|number|figure|mark)\s+(?:of\s+)?"
                               r"|['’]s\s+(?:(?:about|nearly|almost|roughly|some|only|just)\s+)?\$?")


def _period(art: _Article, at: _At, review: list[str], missing: list[str], metric: str | None = None):
    """(phrase, Period) of the clause, None when undecided, False when the figure is not drafted."""
    period = _period_read(art, at, review, missing, metric)
    if period:
        period = _relative_fiscal(art, at, period, review, missing)
    if period is not False:
        period = _in_reported_year(art, at, period, review, missing, metric)
    return period


# a split year named as the article's financial year: "in the 2013/14 financial year", "the 2008/2009
# fiscal year", "fiscal year 2013-14"
_FINANCIAL_SPLIT = WindowGatedPattern(re.compile(r"\b(?P<a>(?:19|20)\d\d)\s*[-–/]\s*(?P<b>(?:19|20)?\d\d)\s+(?:fiscal|financial)\s+year\b"
                                                 r"|\b(?:fiscal|financial)\s+year\s+(?P<c>(?:19|20)\d\d)\s*[-–/]\s*(?P<d>(?:19|20)?\d\d)\b",
                                                 re.IGNORECASE),
                                      ("fiscal", "financial"))
# a year written alone, not as part of a split year ("2013/14", "2008/2009")
_LONE_YEAR = re.compile(r"(?<![\d/–-])(?<![\d/–-]\s)\b(?:19|20)\d\d\b(?!\s*[-–/]\s*\d)")
# the words of a period an article on one financial year's figures uses for that year, and for the one before
_REPORTED_YEAR = re.compile(r"(?:(?:in|over|during)\s+)?(?:(?:the\s+)?(?:past|latest|most\s+recent)\s+(?:year|(?:12|twelve)[\s-]months?)"
                            r"|(?:the\s+)?last\s+(?:12|twelve)[\s-]months?|the\s+last\s+year"
                            r"|(?:the\s+)?(?:12|twelve)-month(?:\s+period)?|this\s+year)", re.IGNORECASE)
_LAST_YEAR = re.compile(r"(?:in\s+)?last\s+year", re.IGNORECASE)
# a year a figure is of ("the 1,303 recorded in 2017", "from 22,714 in 2017 to"), a day's or a month's
# ("September 26, 2018", "June 2017"): no calendar year named in an article naming its twelve months to a month
_OF_A_FIGURE_YEAR = re.compile(r"\b(?:in|from|to|than|since)\s+$|\b(?:January|February|March|April|May|June|July|August"
                               r"|September|October|November|December|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.)(?:\s+\d{1,2})?,?\s+$")
_IN_YEAR = re.compile(r"(?:in\s+)?(?P<year>(?:19|20)\d\d)", re.IGNORECASE)
_LAST_YEARS = re.compile(r"(?:(?:in|over|during)\s+)?the\s+(?:last|past)\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten)\s+years",
                         re.IGNORECASE)
_REPORTED_YEAR_BEFORE = re.compile(r"(?:in\s+|than\s+|from\s+|on\s+)?(?:last\s+year|(?:the\s+)?(?:previous|prior)\s+year)",
                                   re.IGNORECASE)


def _split_year_first_month(art: _Article, school: bool = False) -> tuple[int | None, str]:
    """The first month of a year written with the next one ("2014-15") and not named a season: July for
    a school year; else that of the place's fiscal year (the pack's, else the article's), else April in
    the United Kingdom; None when none of them is known."""
    if school:
        return 7, "the school year (from July)"
    place = art.home or art.fallback_place
    fiscal, whose = _fiscal_year(art, place)
    if fiscal is not None:
        return fiscal.month_day[0], whose
    if place in art.pack.places and any(art.pack.places[pid].name in _UNITED_KINGDOM
                                        for pid in (place, *art.pack.ancestors(place))):
        return 4, "the UK financial year (from April)"
    return None, ""


def _article_financial_year(art: _Article) -> tuple[date, date, str] | None:
    """(first day, last day, words) of the financial year an article reports on: the latest split year
    it names as a financial or fiscal year ("in the 2013/14 financial year"), over by the day of
    publication and ended less than a year before it, in an article that names none of its calendar
    years, nor a later one to publication, alone (whose "last year" would be a calendar year). Read once an article."""
    if "financial_year" in art.read_once:
        return art.read_once["financial_year"]
    found = None
    published = art.source.published
    named = []
    for m in _FINANCIAL_SPLIT.finditer(art.text):
        a, b = (m["a"], m["b"]) if m["a"] else (m["c"], m["d"])
        if int(b[-2:]) == (int(a) + 1) % 100:
            named.append((int(a), m.group(0)))
    year, words = max(named) if named else (None, "")
    first = _split_year_first_month(art)[0] or 7 if named else None
    if year is None and (twelve := _twelve_months_named(art)):
        # "In the 12 months to September, 2017, the most recent data available": the twelve months
        # the article reports, when they end in a month other than December
        month, last_year = max(twelve, key=lambda my: (my[1], my[0]))
        if month != 12:
            year, first = last_year - 1, month + 1
            words = f"the twelve months to {date(last_year, month, 1):%B %Y}"
    inside = [(m.start(), m.end()) for m in _TWELVE_MONTHS_TO.finditer(art.text)]
    if year is not None and not any(year <= int(m.group(0)) <= published.latest.year
                                    and not any(a <= m.start() < b for a, b in inside)
                                    and not (not named and _OF_A_FIGURE_YEAR.search(art.text, max(0, m.start() - 20), m.start()))
                                    for m in _LONE_YEAR.finditer(art.text, art.label_end)):
        start = date(year, first, 1)
        end = date(year + 1, first, 1) - timedelta(days=1)
        if end < published.earliest and published.latest <= _shift_year(end, 1):
            found = (start, end, words)
    art.read_once["financial_year"] = found
    return found


_RUNNING = re.compile(r"\b(?:has|have|will|expects?|so\s+far|to\s+date)\b", re.IGNORECASE)


def _of_the_year_reported(art: _Article, metric: str | None) -> bool:
    """Whether a metric is of the unit of a metric the sentences naming the article's twelve months
    report ("5.5 million crimes in the 12 months to September": knife crime's "last
    year" is theirs; "collected $2.1 billion in the 12 months to June": homicides' "last year" is a
    calendar year)."""
    if "year reported units" not in art.read_once:
        text, units = art.text, set()
        for hit in (*_TWELVE_MONTHS_TO.finditer(text), *_twelve_months_spans(text, art.source.published)):
            units.update(art.pack.metrics[named.id].unit
                         for named in vocabulary.metrics_in(art.pack, text, *sentence_around(art, hit.start()), art.metrics_found))
        art.read_once["year reported units"] = units
    return metric in art.pack.metrics and art.pack.metrics[metric].unit in art.read_once["year reported units"]


def _last_year_spanned(art: _Article, at: _At, year: tuple[date, date, str]) -> bool:
    """Whether a figure's own "last year" (not one compared with) is the twelve months the article names
    by their ends, over this calendar year ("3,000 crimes were committed last year" of "Between April 1
    2001 and March 31 2002", written in 2002)."""
    hit = _LAST_YEAR.search(art.text, at.clause[0], at.clause[1])
    return year[1].year == art.source.published.latest.year and bool(_twelve_months_spans(art.text, art.source.published)) and hit is not None \
        and not _COMPARED_WITH.search(art.text, max(at.clause[0], hit.start() - 12), hit.start()) \
        and not re.search(r"\b(?:with|since)\s+$", art.text[max(at.clause[0], hit.start() - 12):hit.start()])


# "from 27 to 40": the level moved from, before the level reached
_MOVED_TO = re.compile(r"\s+(?:to|to\s+a\s+total\s+of)\s+\$?\d")


def _no_time_said(art: _Article, at: _At) -> bool:
    """Whether the clause's sentence names no time at all (its figures are of the period the article reports)."""
    return not any(at.sentence.start <= m.start and m.end <= at.sentence.end for m in at.times) \
        and not _SAME_PERIOD_SAID.search(art.text, at.sentence.start, at.sentence.end)


_SAME_PERIOD_SAID = re.compile(r"\bsame\s+period\b|\ba\s+year\s+(?:earlier|before)\b", re.IGNORECASE)
_THE_NUMBER_OF = re.compile(r"\bthe\s+number\s+of\b", re.IGNORECASE)
# a carried-over period that is the twelve months themselves ("the 12 months from the end of March 2014 ...")
_TWELVE_MONTHS_SAID = re.compile(r"\b(?:12|twelve)[\s-]+months?\b|\bthe\s+end\s+of\b|\b(?:from|between)\s+[A-Z][a-z]+\.?\s+(?:19|20)\d\d",
                                 re.IGNORECASE)
# another period the headline or lede names beside the twelve months ("in the first three quarters of this year")
_OTHER_PERIOD = re.compile(r"\b(?:months?|quarters?|half|weeks?|year|(?:19|20)\d\d)\b", re.IGNORECASE)


def _of_the_twelve_months(period, year: tuple[date, date, str]) -> bool:
    """Whether a period carried over is the twelve months reported, or the twelve months before them, in
    the article's words or as drafted ("2013-04-01/2014-03-31"), not another period ("the first three quarters")."""
    before = (_shift_year(year[0], -1), _shift_year(year[1] + timedelta(days=1), -1) - timedelta(days=1))
    return _TWELVE_MONTHS_SAID.search(period[0]) is not None \
        or (period[1].start, period[1].end) in ((year[0], year[1]), before)


def _twelve_months_lead(art: _Article) -> bool:
    """Whether the article reports twelve months named from the end of a month ("from the end of March 2014
    to the end of March this year"), or named in its headline or lede with no other period named there
    (not "12 months to the end of September" deep in a story on "the first three quarters of this year");
    read once."""
    if "twelve months lead" not in art.read_once:
        published = art.source.published
        spans = _twelve_months_spans(art.text, published)
        found = any(m["endof"] for m in spans)
        if not found:
            for words in _headline_and_lede(art):
                hits = [*_TWELVE_MONTHS_TO.finditer(words), *_twelve_months_spans(words, published)]
                if hits:
                    rest = words
                    for m in sorted(hits, key=lambda m: -m.start()):
                        rest = rest[:m.start()] + " " + rest[m.end():]
                    found = _OTHER_PERIOD.search(re.sub(r"\b(?:12|twelve)[\s-]+months?\b", " ", rest, flags=re.IGNORECASE)) is None
                    break
        art.read_once["twelve months lead"] = found
    return art.read_once["twelve months lead"]


def _twelve_months_metrics(art: _Article) -> set[str]:
    """The metrics the sentences naming the article's twelve months name ("show increases in burglaries"); read once."""
    if "twelve months metrics" not in art.read_once:
        text, found = art.text, set()
        for hit in (*_TWELVE_MONTHS_TO.finditer(text), *_twelve_months_spans(text, art.source.published)):
            found.update(named.id for named in vocabulary.metrics_in(art.pack, text, *sentence_around(art, hit.start()),
                                                                       art.metrics_found))
        art.read_once["twelve months metrics"] = found
    return art.read_once["twelve months metrics"]


def _in_reported_year(art: _Article, at: _At, period, review: list[str], missing: list[str], metric: str | None = None):
    """ "Recorded crime dropped by 3.2 per cent in the past year", "up from 1990 last year", "in the
    12-month period" in an article on one financial year's figures: that financial year, and the one
    before it, not calendar years counted from the day of publication."""
    year = _article_financial_year(art)
    if year is None or _RUNNING.search(art.text, at.sentence.start, at.sentence.end) \
            or (year[2].startswith("the twelve months") and not _of_the_year_reported(art, metric)):
        return period
    if year[2].startswith("the twelve months") and _twelve_months_lead(art) and _no_time_said(art, at) \
            and not _PROJECTED.search(art.text, at.sentence.start, at.sentence.end) \
            and (metric in _twelve_months_metrics(art) or _THE_NUMBER_OF.search(art.text, at.sentence.start, at.sentence.end)
                 or _MOVED_FROM_TO.search(art.text, at.sentence.start, at.sentence.end)) \
            and ("period" in missing if period is None else _of_the_twelve_months(period, year)
                 and any(n.startswith("period:") and "carried over" in n for n in review)):
        # "The number of sex offences jumped from 27 to 40" after "The figures for the 12 months from the
        # end of March 2014 to the end of March this year show ...": the twelve months reported, and the
        # level moved from their year before
        if not at.st.base_figure:
            start, end = year[0], year[1]
        elif _MOVED_TO.match(art.text, at.st.anchor[1]):
            start, end = _shift_year(year[0], -1), _shift_year(year[1] + timedelta(days=1), -1) - timedelta(days=1)
        else:
            return period
        if period is not None and (period[1].start, period[1].end) == (start, end):
            return period       # carried over already, in the article's words
        review[:] = [n for n in review if not n.startswith("period:")]
        return _days_taken(art, start, end, period, review, missing,
                           f"period: {{phrase}}, {year[2]}, the twelve months the article reports (the clause names "
                           "no period); check")
    if period:
        words = period[0].strip()
    elif "period" in missing and (hit := _REPORTED_YEAR.search(art.text, at.clause[0], at.clause[1])) is not None:
        words = hit.group(0)
    else:
        return period
    published = art.source.published
    if _REPORTED_YEAR.fullmatch(words) or (_LAST_YEAR.fullmatch(words) and year[1].month != 12
                                           and (year[1].year == published.latest.year - 1 or _last_year_spanned(art, at, year))):
        # "saw an increase ... last year" in April 2018 of the twelve months to September 2017: that year
        start, end = year[0], year[1]
    elif (many := _LAST_YEARS.fullmatch(words)) is not None:
        # "over the last five years": the five years to the end of the one reported
        start, end = _shift_year(year[0], 1 - _SMALL.get(many["n"].lower(), 0)), year[1]
        if start > year[0]:
            return period
    elif year[2].startswith("the twelve months") and (lone := _IN_YEAR.fullmatch(words)) is not None \
            and year[1].year - 10 < int(lone["year"]) <= year[1].year:
        # "down from the 1,303 recorded in 2017" in an article on the year ending June 30, 2018: the twelve
        # months to June 2017
        end = _shift_year(year[1] + timedelta(days=1), int(lone["year"]) - year[1].year) - timedelta(days=1)
        start = _shift_year(year[0], int(lone["year"]) - year[1].year)
    elif _REPORTED_YEAR_BEFORE.fullmatch(words):
        start, end = _shift_year(year[0], -1), _shift_year(year[1] + timedelta(days=1), -1) - timedelta(days=1)
    else:
        return period
    # (a note naming a fiscal year: the period still counts as one the clause names)
    return _days_taken(art, start, end, period, review, missing,
                       f"period: '{words}', {{phrase}}, in the fiscal year the article reports ('{year[2]}'); check")


# "this fiscal year", "next fiscal year", "the current financial year", "last fiscal year's budget"
_RELATIVE_FISCAL = WindowGatedPattern(re.compile(r"\b(?P<which>this|current|last|next|previous|prior|coming|upcoming)\s+(?:fiscal|financial)\s+"
                                                 r"year\b", re.IGNORECASE),
                                      ("fiscal", "financial"))
_FISCAL_SHIFT = {"this": 0, "current": 0, "last": -1, "previous": -1, "prior": -1, "next": 1, "coming": 1, "upcoming": 1}


def _relative_fiscal(art: _Article, at: _At, period, review: list[str], missing: list[str]):
    """A fiscal year named relative to today ("next fiscal year", "up from $70.1 million this fiscal
    year") and read as a calendar year: the fiscal year of the place as the pack declares it, else as
    the article says it starts; left out, with a note, when neither says (not guessed as the calendar
    year). A fiscal year compared with ("compared to last fiscal year") is the base's, not the figure's."""
    p = period[1]
    if (p.start.month, p.start.day) != (1, 1) or p.start.year != p.end.year:
        return period
    clause = at.clause
    hit = next((h for h in _RELATIVE_FISCAL.finditer(art.text, clause[0], clause[1])
                if at.st.base_figure or not _FISCAL_BASE.search(art.text, max(clause[0], h.start() - 30), h.start())), None)
    if hit is None:
        # the article's main period carried as its words ("last fiscal year"): the same fiscal year
        hit = _RELATIVE_FISCAL.fullmatch(period[0])
        if hit is None:
            return period
    shift = _FISCAL_SHIFT[hit.group("which").lower()]
    today = art.source.published.latest
    if (p.start.year - today.year) != shift and not (shift == 0 and p.start.year == today.year):
        return period       # the calendar year read is not the one the words name relative to today
    fiscal, whose = _fiscal_year(art, art.home or art.fallback_place)
    words = hit.group(0)
    if fiscal is None:
        missing.append("period")
        review.append(f"period: '{words}' is a fiscal year, and neither the pack nor the article says when it starts; "
                      "write it")
        return None
    month, day = fiscal.month_day
    if (month, day) == (1, 1):
        return period
    first = today.year if (today.month, today.day) >= (month, day) else today.year - 1
    start = date(first + shift, month, day)
    end = date(first + shift + 1, month, day).fromordinal(date(first + shift + 1, month, day).toordinal() - 1)
    phrase, resolved = _days_resolved(start, end, art.source.published)
    if resolved is None:
        return period
    review.append(f"period: '{words}', {phrase} in {whose}; check")
    return phrase, resolved


def _period_read(art: _Article, at: _At, review: list[str], missing: list[str], metric: str | None = None):
    st, clause, text, source, state = at.st, at.clause, art.text, art.source, art.state
    own = _own_times(art, at)
    if st.base_figure:
        # the figure compared with counts the period named after it, and only that one
        after = [m for m in at.times if st.anchor[1] <= m.start and m.end <= clause[1]]
        if not after and (hit := statements.BASE_YEAR_WHEN.search(text, max(at.sentence.start, st.anchor[0] - 100),
                                                                   st.anchor[0])) is not None:
            # "a 49.5% increase over 2005 when 307 cases were made": the year compared with, before it
            after = [m for m in at.times if hit.start() <= m.start and m.end <= hit.end() and not m.partial][:1]
        between = text[st.anchor[1]:after[0].start] if after else ""
        if not after and (partner := _base_of_partner(art, at, review)) is not None:
            return partner
        if not after or (re.search(r"\bsame\b", between + text[after[0].start:after[0].end], re.IGNORECASE)
                         and (state.previous_period is None or not _follows_in_paragraph(art, at))):
            # "down from 106,840", "compared to 603 by this time last year" with no claim before: the
            # figure compared with is drafted, its period left to the editor (commented out)
            review.append("period: the figure compared with names no period of its own; write the period it counts")
            missing.append("period")
            return None
        own = after[:1]
    if st.figure is not None and _BARE_ASIDE_BEFORE.search(text, max(clause[0], st.anchor[0] - 4), st.anchor[0]) \
            and text.startswith(")", st.anchor[1]):
        # "continuing a downward trend since 2013 (400)", "from a low in 2013 (253)": a bare figure
        # in parentheses right after a year is that year's
        named = [m for m in at.times if not m.partial and re.fullmatch(r"\s*\(", text[m.end:st.anchor[0]])]
        if named:
            phrase = periods.phrase_of(text, named, source.published, state.previous_period, lead_words=False)
            if phrase is not None:
                review.append(f"period: '{phrase[0]}', the time named right before the figure in parentheses; check")
                return phrase
        # "York 48 (35)" in a list after "Horry with 77 (up from 71 in 2018)": the bare figure in
        # parentheses counts the earlier period the list's first aside names
        earlier = [m for m in at.times if at.sentence.start <= m.start and m.end <= st.anchor[0]
                   and _in_year_aside(text, m)]
        if earlier:
            phrase = periods.phrase_of(text, [earlier[-1]], source.published, state.previous_period)
            if phrase is not None:
                review.append(f"period: '{phrase[0]}', the earlier period an aside before in the list names; check")
                return phrase
        review.append("period: a figure in parentheses after another counts an earlier period; write it")
        missing.append("period")
        return None
    if (twelve := _year_to_month(art, at, review)) is not None:
        return twelve
    paired = _paired_period(art, at)
    if paired is not None:
        review.append(f"period: '{paired[0]}', paired in order with the figures ('A and B ... in X and Y'); check")
        return paired
    period: tuple[str, Period] | None = None
    when = _when_before(text, clause, st, at.times)
    if when is not None:
        own = when          # "a 19-percent decline from 2015, when there were 59 deaths": 2015's
    if st.figure is not None:
        # "homicides this year surpassed last year's total of 45": the figure is the named period's
        owned = [m for m in at.times if clause[0] <= m.start and m.end <= st.anchor[0]
                 and _TIMES_OWN_FIGURE.fullmatch(text, m.end, st.anchor[0])]
        if owned:
            own = owned[-1:]
        elif not st.base_figure and (contrasted := _contrasted_before(text, clause, st, at.times)) is not None:
            own = [contrasted]
    narrowed = _part_before_other_figure(text, st, own)
    # "from 31 in the first six months of last year to 52 in the same period this year": the part
    # the 52 leaves to the 31 is what "the same period" moves (the 31's claim may be incomplete)
    earlier = _period_of_part(art, [m for m in own if m not in narrowed]) if narrowed is not own else None
    paired, own = narrowed is not own, narrowed
    for m in own:
        if not m.partial and (whole := _year_of_part(text, at.times, m)) is not None:
            m = whole   # "26 in the first six months of last year": the year is read after the part
        months = _first_months(art, m) if m.partial else None
        if months is not None:
            # "in the first six months of 2022" (the time reader reads "the first six months" alone)
            review.append(f"period: {months[0]}, the first months of {months[1].start.year}; check")
            return months
    partial = bool(own) and own[0].partial
    if partial and _END_OF_THE_YEAR.search(text, max(0, own[0].start - 20), own[0].end) and \
            (ended := _year_just_ended(art, ("end of the year", Period(start=date(source.published.latest.year, 1, 1),
                                                                       end=source.published.latest)), review))[0] != "end of the year":
        return ended    # "by the end of the year" in a story of January 3: the year just ended
    if partial:
        words = text[own[0].start - 20:own[0].end].split(" of ")[0].split()[-2:]
        review.append(f"period: only part of '{text[own[0].start:own[0].end]}' is meant ('{' '.join(words)} of'); "
                      "write the period, e.g. as YYYY-MM-DD/YYYY-MM-DD")
        own = []
    if own and all(m.expression.type == "DURATION" and m.expression.interval is None and m.expression.period is None
                   and _LENGTH_OF_TIME.match(text, m.start, m.end)
                   and not _CHANGE_SPAN.search(text, max(0, m.start - 12), m.start) for m in own) \
            and st.kind in ("change", "comparison") and _present(text[clause[0]:clause[1]]):
        # "traffic fatalities are up nearly 20 percent from last year, the first increase after six years of
        # decline": a length of time with no days is no period; the change in the present tense is the year's so far
        own = []
    if len(own) > 1 and any(not _WEEKDAY_ONLY.fullmatch(text, m.start, m.end) for m in own) and \
            not any(_WEEKDAY_ONLY.fullmatch(text, m.start, m.end)
                    and re.search(r"\bas\s+of\s+$", text[max(0, m.start - 7):m.start], re.IGNORECASE) for m in own):
        # "gave an update Thursday on the homicides reported this year: 133": the day something was
        # said or done is not the figure's period when the clause names another
        own = [m for m in own if not _WEEKDAY_ONLY.fullmatch(text, m.start, m.end)]
    if own:
        chosen = _as_of(text, own) or _nearest_after(text, st.anchor, own) or periods.group(own, text)[0]
        through = next((m for m in own if m.expression.qualifier == "through" and m.start > chosen[-1].start
                        and re.fullmatch(r"\s+(?:through|thru|to|until)\s+", text[chosen[-1].end:m.start], re.IGNORECASE)), None)
        if through is not None and len(chosen) == 1 and (chosen[0].expression.interval is None
                                                         or chosen[0].expression.year_to_date):
            # "for the year through November", "so far this year through Nov. 30": the year to then
            chosen = [through]
        if len(chosen) == 1 and (month_of := _month_of_year_named(art, own, chosen[0])) is not None:
            review.append(f"period: {month_of[0]}, the month named with the year the clause names; check")
            return month_of
        if len(chosen) == 1 and (months := _months_joined(art, own, chosen[0])) is not None:
            review.append(f"period: {months[0]}, the two months joined by 'and'; check")
            return months
        counted = counted_over_time(art.pack, metric)
        ends = range_ends(text, chosen, counted)   # "from 2017 to 2018" in the clause, read once for the two rules below
        if st.kind in ("comparison", "change") and ends is not None \
                and (st.kind == "comparison" or (_of_years(ends, counted) and not _OWN_BASE_AFTER.search(text, st.anchor[1], clause[1]))) \
                and (end_period := end_of_range(ends[1], source)) is not None:
            # "a decrease in deaths from 2014 to 2015": of 2015, compared with 2014; a change too ("From 2017
            # to 2018, overdose deaths fell by 5.1%", "decreased by 27% between 2017 and 2018"): of 2018
            return end_period
        if st.kind == "value" and st.figure is not None and _TO_FIGURE.search(text, max(0, st.anchor[0] - 40), st.anchor[0]) \
                and ends is not None and _of_years(ends, counted) \
                and (end_period := end_of_range(ends[1], source)) is not None:
            # "From 2017 to 2018, deaths fell by 5.1%, from 72,224 to 68,557": the level reached is 2018's
            return end_period
        if st.kind in ("change", "comparison") and len(chosen) == 1 \
                and (split := _between_split(text, at.times, chosen[0])) is not None and _of_years(split, counted) \
                and not _OWN_BASE_AFTER.search(text, st.anchor[1], clause[1]) \
                and (end_period := end_of_range(split[1], source)) is not None:
            # "Auto theft decreased by 27% between 2017 and 2018, and ...": the clause keeps only 2017
            return end_period
        if st.kind in ("change", "comparison") and len(chosen) == 1 and _range_end_after_base(text, at.times, chosen[0]) \
                and (end_period := end_of_range(chosen[0], source)) is not None:
            # "a 24% increase in homicides from 2021 to 2022": of 2022, its base 2021
            return end_period
        period = _same_period(text, chosen, source, state, review, own, earlier[1] if earlier else None) \
            or _this_time_last_year(art, chosen, metric, review) or _later(art, at, chosen, review)
        if period is None and paired and chosen[0].expression.anaphoric:
            # the pair's "the same period" without the earlier figure's period: not the year before
            review.append(f"period: '{text[chosen[0].start:chosen[-1].end]}' is the period of the pair's earlier "
                          "figure in another year; write it")
            missing.append("period")
            return None
        if period is None:
            # "since 2013, when 40 people died": 2013, not the years since
            period = periods.phrase_of(text, chosen, source.published, state.previous_period,
                                       lead_words=not (when is not None and chosen[0].since
                                                       or _since_owned(text, chosen[-1], st)))
            period = _by_the_first(art, chosen, period, review)
            period = _in_the_years_named(art, at, chosen, period, review)
        period = _split_year(art, chosen, period, review)
        period = _part_in_year_said(art, at, chosen, period, review, when is not None)
        if period is None and st.base_figure:
            period = _base_of_partner(art, at, review)
        if period is None:
            review.append(f"period: '{text[own[0].start:own[0].end]}' could not be written as a claim-file period")
    elif not st.base_figure and not partial and (listed := _LISTED_YEAR.search(text, clause[0], st.anchor[0])) \
            and (period := periods.resolves(listed["year"], source.published, None)) is not None:
        # "Kindergarten: 2015 - 303, 2016 - 287": a list of years, each with its figure
        period = (listed["year"], period)
        review.append(f"period: '{listed['year']}', the year the list gives before the figure; check")
    elif not st.base_figure and not partial and (after_base := _main_after_base(art, at)) is not None:
        # "118 is a large decrease from 168 in 2021": compared with 2021, so of a later period:
        # the article's main one (2022), not the claim before's (2017)
        period = after_base
        review.append(f"period: '{period[0]}', the article's main period, after the base the clause names; check")
    elif not st.base_figure and not partial and _record_set_before(text, at) \
            and (elsewhere := _sentence_period(art, at)) is not None:
        # "81 homicide deaths by year's end, surpassing the previous record of 76 killings set in
        # 1993": the record is the 81's, of the period its sentence names, not the 76's year
        period = elsewhere
        review.append(f"period: '{period[0]}', named elsewhere in the sentence (the year named is the old record's); check")
    elif _follows_in_paragraph(art, at) and not st.base_figure and not partial:
        period = _carried_over(art, at, review)
    elif not st.base_figure and not partial and (elsewhere := _sentence_period(art, at)) is not None:
        period = elsewhere
        review.append(f"period: '{period[0]}', named elsewhere in the sentence; check")
    elif not st.base_figure and not partial and not _told_as_now(text[clause[0]:clause[1]]) \
            and (just_before := _named_just_before(art, at)) is not None:
        # "Starting with November's report, the department responded to 156 instances for the month. The
        # breakdown consisted of 112 calls received, ...": the month the sentence before names, not the claim
        # before's year in an earlier paragraph
        period = just_before
        review.append(f"period: '{period[0]}', named in the sentence before (no figure drafted since); check")
    elif (main := _latest_main(art)) is not None and not st.base_figure and not partial \
            and (not _present(text[clause[0]:clause[1]]) or _THIS_PERIOD.search(text, clause[0], clause[1])) \
            and (carried := periods.resolves(main[0], source.published, state.previous_period)):
        # "Fatal blazes claimed the lives of 33 civilians" after "the tally grew slightly in 2010":
        # a figure in the past tense that names no period is the article's main one (the period
        # its claims have named most, not that of a figure compared with), across paragraphs
        period = (main[0], carried)
        if carried != main[1]:   # a phrase read against the claim before ("that period"): its days
            days = main[1]
            phrase = f"{days.start.isoformat()}/{days.end.isoformat()}"
            period = (phrase, periods.resolves(phrase, source.published, None) or days)
        review.append(f"period: '{period[0]}' carried over from the claim before, in an earlier paragraph "
                      "(the sentence names none); check")
    elif (source.published.is_exact and not partial and (st.kind in ("change", "comparison")
                                                           and (_present(text[clause[0]:clause[1]])
                                                                or _same_base(text, at))
                                                           or _SO_FAR.search(text[clause[0]:clause[1]]))):
        # "shootings are up 40% compared to last year", "stand at 350 so far": the year to date,
        # to the day the article's figures are given "as of" when it names one; a change in the
        # present tense with no "so far" in a story whose words name one past whole year most (a
        # year-end report read in March) is of that year
        story_year = None if _SO_FAR.search(text[clause[0]:clause[1]]) or _SAME_TIME.search(text, clause[0], clause[1]) \
            else _article_year(art)
        if story_year is not None and (main := _part_after_year(art, story_year)) is not None:
            review.append(f"period: '{main[0]}', the article's main period (the year it names most, {story_year[0]}, "
                          "is the year before, compared with); check")
            return main
        if story_year is not None:
            review.append(f"period: '{story_year[0]}', the whole year the article names most (a change in the present "
                          "tense, no period named); check")
            return story_year
        period = _to_day_named(art, at, review) or (
            "so far this year", periods.resolves("so far this year", source.published, None))
        if period[0] == "so far this year":
            review.append("period: 'so far this year' (a change in the present tense, or 'so far', with no period "
                          "named); check")
    elif source.published.is_exact and not partial and _present(text[clause[0]:clause[1]]):
        day = source.published.earliest.isoformat()
        period = (day, Period(start=source.published.earliest, end=source.published.earliest))
        review.append(f"period: the publication day {day} (present tense, no period named); check")
    if period is not None and (_to_publication(period[1], source.published) or _year_under_way(period[1], source.published)) \
            and not any(n.startswith("period: the year to") for n in review):
        # "up for the year", "so far this year" in an article that gives its figures "as of Sunday"
        period = _to_day_named(art, at, review) or period
    if period is not None:
        period = _year_just_ended(art, period, review, at)
    if period is not None:
        period = _count_month_of_year(art, period, review, metric)
    if period is None and not source.published.is_exact and not partial and st.kind in ("change", "comparison") \
            and _present(text[clause[0]:clause[1]]):
        # "Traffic fatalities are up nearly 20 percent from last year" in an undated page that counts
        # "from Jan. 1 through June 25 this year": the year to that day, as on a page with a day
        period = _to_day_named(art, at, review)
    if period is None and all(m.expression.type == "DURATION" for m in own) and not partial and not st.base_figure \
            and not (st.kind == "value" and _TO_DATE_PERFECT.search(text, clause[0], clause[1])) \
            and not _SAME_TIME.search(text, clause[0], clause[1]) \
            and (year := _article_year(art)) is not None:
        # "Indianapolis sees dip in homicides" in a story whose figures are of 2019: the one whole
        # year, over, that the article names most, when no other is named as often (but the article's
        # main period when it is part of the year after, the one compared with it)
        main = _part_after_year(art, year)
        period = main or year
        review.append(f"period: '{main[0]}', the article's main period (the year it names most, {year[0]}, is the "
                      "year before, compared with); check" if main else
                      f"period: '{year[0]}', the period the article names most (the headline names none); check"
                      if at.sentence.paragraph == 0 else
                      f"period: '{year[0]}', the whole year the article names most (the sentence names none); check")
    if period is not None and _to_publication(period[1], source.published) \
            and not any(n.startswith("period: the year to") for n in review):
        period = _to_month_reported(art, at, period, review)
    if period is None and not partial and not st.base_figure and art.state.previous_period is None \
            and not _present(text[clause[0]:clause[1]]) and (year := _year_its_base_counts_back_from(art, at)) is not None:
        period = year
        review.append(f"period: '{year[0]}', the year before publication (the sentence names only the year before it, "
                      "of the figure compared with); check")
    if period is None:
        missing.append("period")
        if not partial:
            review.append("period: no period is named in the sentence; write the period the figure counts")
    return period


# "In 2015, they saw 15,802 calls while in 2016, they received 13,822": a time opening a contrasted part
_CONTRAST_IN = re.compile(r"\b(?:while|whereas|but)\s+(?:in|during|for)\s+$", re.IGNORECASE)


def _contrasted_before(text: str, clause: tuple[int, int], st, times: list):
    """The time that opens the part of the clause the figure is in after "while", "whereas" or "but" ("In
    2015, they saw 15,802 calls while in 2016, they received 13,822": 2016), when no time follows the figure;
    else None."""
    before = [m for m in times if clause[0] <= m.start and m.end <= st.anchor[0] and not m.base]
    if not before or any(st.anchor[1] <= m.start < clause[1] and not m.base for m in times) or not _CONTRAST_IN.search(text, max(clause[0], before[-1].start - 12), before[-1].start):
        return None
    return before[-1]


# ("2013's first-quarter" read as one time, then "total of 189")
_OWNED_AFTER = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:total|count|tally|number|figure|mark)\s+(?:of\s+)?")


def _since_owned(text: str, m, st) -> bool:
    """Whether a time after "since" owns the figure right after it ("since 2013's first-quarter total of
    189": 2013's first quarter, not the years since)."""
    return m.since and st.figure is not None and m.end <= st.anchor[0] \
        and _OWNED_AFTER.fullmatch(text, m.end, st.anchor[0]) is not None


# a bare length of time: "six years", "two decades" (not "the past five years", which end now)
_LENGTH_OF_TIME = re.compile(r"(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|many|a\s+few)\s+"
                             r"(?:years?|decades?|months?|weeks?)$", re.IGNORECASE)


# a length the change is over ("up 8 percent in 10 years", "over six years"): the change's own span, not a bare length
_CHANGE_SPAN = re.compile(r"\b(?:in|over|within|during)\s+(?:the\s+)?$", re.IGNORECASE)


# a year written in a time expression, or one counted from ("this year", "last year", "2019-20")
_YEAR_WRITTEN = re.compile(r"\b(?:19|20)?\d\d\b|\byears?\b", re.IGNORECASE)
# a part of a year named by its place in the year ("the third quarter", "the second half", "January to October"),
# not counted from another ("the previous quarter", "the last six months")
_PART_BY_NAME = re.compile(r"\b(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:quarter|half)\b|"
                           r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
                           r"December)\b", re.IGNORECASE)


def _whole_year_mention(m) -> bool:
    interval = m.expression.period or m.expression.interval
    return interval is not None and not m.partial and (interval[0].month, interval[0].day) == (1, 1) \
        and interval[1] == date(interval[0].year, 12, 31)


def _part_mention(text: str, m) -> bool:
    """A quarter, a half or months of one year written without their year ("the third quarter", "the second
    half", "from January to October"), not a day a count runs to ("as of mid-June")."""
    interval = m.expression.period or m.expression.interval
    return interval is not None and not m.partial and m.expression.qualifier != "as of" \
        and interval[0].year == interval[1].year \
        and interval[0].day == 1 and not _whole_year_mention(m) and (interval[1] - interval[0]).days >= 58 \
        and _PART_BY_NAME.search(text, m.start, m.end) is not None and not _YEAR_WRITTEN.search(text, m.start, m.end)


# what may stand before a year that opens a clause: "In 2019, ...", "During 2019, ...", "For all of 2019, ..."
_YEAR_OPENING = re.compile(r"\W*(?:(?:in|during|for|throughout)\s+(?:all\s+of\s+)?(?:the\s+year\s+)?)?", re.IGNORECASE)


def _opens_clause(text: str, clause: tuple[int, int], m) -> bool:
    """Whether the time `m` opens the clause ("In 2019, 87 people died in the third quarter"), not a year
    named in a part of its own before the figure ("Since the law passed in 2017, ...", "The county, which
    opened its clinic in 2018, saw ...", "After a record 2020, ..."); or the part after "while" or "but" ("but in
    2016 it had 50 overdose deaths in the first half")."""
    return _YEAR_OPENING.fullmatch(text, clause[0], m.start) is not None \
        or _CONTRAST_IN.search(text, max(clause[0], m.start - 16), m.start) is not None


def _figure_before(text: str, start: int, end: int, times: list) -> bool:
    """Whether a figure (digits or a number word, not a time's digits) stands in text[start:end] ("the four
    fatalities last year through July and nearly topped the 15 reported during 2021": July is the four's)."""
    chars = list(text[start:end])
    for t in times:
        for i in range(max(t.start, start), min(t.end, end)):
            chars[i - start] = " "
    words = "".join(chars)
    return re.search(r"\d", words) is not None \
        or any(w.lower() in NUMBER_WORDS for w in re.findall(r"[A-Za-z]+", words))


# a base said between a figure and a year after it ("up 19 per cent from the comparable period last year")
_BASE_BETWEEN = re.compile(r"\b(?:from|than|compared|over|against|versus|vs)\b", re.IGNORECASE)


def _part_in_year_said(art: _Article, at: _At, chosen: list, period, review: list[str], when: bool):
    """A part of a year the clause names without its year, after the year it names ("In 2019, 87 people
    died in the third quarter"; "That compares to 2016, when 87 deaths were reported in the third quarter"):
    that part of the year named, not of the publication's year."""
    if period is None or len(chosen) != 1 or at.st.figure is None:
        return period
    text, clause, anchor = art.text, at.clause, at.st.anchor
    if _part_mention(text, chosen[0]):
        part = chosen[0]
        years = [m for m in at.times if clause[0] <= m.start and m.end <= part.start and not m.base
                 and _whole_year_mention(m) and _opens_clause(text, clause, m)]
    elif when and _whole_year_mention(chosen[0]):
        years = chosen
        part = next((m for m in at.times if anchor[1] <= m.start and m.end <= clause[1] and _part_mention(text, m)), None)
    elif _whole_year_mention(chosen[0]) and chosen[0].start >= anchor[1] and not chosen[0].base \
            and not _BASE_BETWEEN.search(text, anchor[1], chosen[0].start):
        # "the average daily population from January through November was 1,649 in 2009": the months before the
        # figure, of the year after it
        years = chosen
        part = next((m for m in reversed(at.times) if clause[0] <= m.start and m.end <= anchor[0] and not m.base
                     and _part_mention(text, m) and not _figure_before(text, clause[0], m.start, at.times)), None)
    else:
        return period
    if not years or part is None:
        return period
    year = (years[-1].expression.period or years[-1].expression.interval)[0].year
    days = part.expression.period or part.expression.interval
    phrase, resolved = _days_resolved(days[0].replace(year=year), _shift_year(days[1], year - days[1].year),
                                      art.source.published)
    if resolved is None:
        return period
    review.append(f"period: {phrase}, '{text[part.start:part.end]}' of the year the clause names ({year}); check")
    return phrase, resolved


# "the year before", "the previous year", "a year earlier": a base counted back a year from the figure's own year
_YEAR_BEFORE = re.compile(r"the\s+year\s+(?:before|earlier)|(?:a|one)\s+year\s+(?:earlier|before)"
                          r"|the\s+(?:previous|prior|preceding)\s+year", re.IGNORECASE)


# the last month of a year's first months, when a figure naming no period is most often of the year just ended
_YEAR_END_REPORTS_UNTIL = 3


def _year_its_base_counts_back_from(art: _Article, at: _At):
    """ "In Memphis, the 180 homicides were 12 percent fewer than the 205 the year before", with no period told
    before it: the figure is of the year the base's words count back from, the year before publication (written
    as its number, so that the base's "the year before" is read from it), in the first months of a year, when a
    year just ended is what such figures tell; None otherwise (in August, "Home sales totaled 812, down 4 percent
    from 846 a year earlier" are a month's)."""
    published = art.source.published
    bases = [m for m in at.times if at.sentence.start <= m.start < at.sentence.end]
    if not published.is_exact or published.latest.month > _YEAR_END_REPORTS_UNTIL or len(bases) != 1 or not bases[0].base \
            or not _YEAR_BEFORE.fullmatch(art.text, bases[0].start, bases[0].end):
        return None
    phrase = str(published.latest.year - 1)
    days = periods.resolves(phrase, published, None)
    return (phrase, days) if days is not None else None


def _lead_months(art: _Article) -> list[tuple[int, int]]:
    """(year, month) of each month of the year of publication, over by then, that the headline or
    the first paragraphs name ("109 overdose deaths in May", "sales from January through October"):
    the months the article's figures are of, not a month an event of the story fell in."""
    if "lead_months" not in art.read_once:
        today = art.source.published.latest
        lead_end = art.paragraphs[min(len(art.paragraphs), _LEAD_PARAGRAPHS) - 1][1] if art.paragraphs else 0
        out = []
        for hit in _MONTH_NAMED.finditer(art.text, art.label_end, max(art.label_end, lead_end)):
            month = ("january february march april may june july august september october november "
                     "december").split().index(hit["month"].lower()) + 1
            year = int(hit["year"]) if hit["year"] else (today.year if month <= today.month else today.year - 1)
            if year == today.year and date(year, month, 1) <= today:
                out.append((year, month))
        # "murder is up through the first four months": this year's first months, to the end of the last
        for hit in _FIRST_MONTHS_OF_YEAR.finditer(art.text, art.label_end, max(art.label_end, lead_end)):
            n = _SMALL.get(hit["n"].lower()) or (int(hit["n"]) if hit["n"].isdigit() else 0)
            if 1 < n < today.month:
                out.append((today.year, n))
        art.read_once["lead_months"] = out
    return art.read_once["lead_months"]


_LEAD_PARAGRAPHS = 3
# "through the first four months", "in the first 9 months of this year" (not of another year or of anything
# else: "the first four months of last year", "of 2021", "of her tenure", "after it began")
_FIRST_MONTHS_OF_YEAR = re.compile(r"\b(?:through|in|during|over|for)\s+the\s+first\s+(?P<n>\w+)\s+months\b"
                                   r"(?=\s+of\s+(?:this|the)\s+year\b|\s*(?:[,.;:—–-]|$)|\s+(?!\s|of\b|after\b|since\b|following\b))",
                                   re.IGNORECASE)


def _to_month_reported(art: _Article, at: _At, period, review: list[str]):
    """A year to date ("so far this year", "this year", "year to date") in an article whose figures
    are of the month just over ("109 overdose deaths in May" published June 26; "sales in October"
    published November 4): the year to the end of that month, the day a monthly release's figures
    run to, not the day of publication. The month must be the latest the article names, of this
    year, and the month before the one of publication; a day or month the clause names itself wins."""
    today = art.source.published.latest
    named = _lead_months(art)
    if not named:
        return period
    latest = max(named)
    before = (today.year, today.month - 1)
    if latest != before or _MONTH_WORD.search(art.text, at.clause[0], at.clause[1]):
        return period
    end = _month_days(*latest)[1]
    phrase = f"{today.year}-01-01/{end.isoformat()}"
    resolved = periods.resolves(phrase, art.source.published, None)
    if resolved is None:
        return period
    review.append(f"period: the year to {end.isoformat()}, the end of the month the article's figures are of "
                  f"(not the day of publication); check")
    return phrase, resolved


def _to_month_of_figures(art: _Article, at: _At, period, review: list[str]):
    """A count read to the day of publication after the clause's own period was decided (a year not
    over yet; the same part of the year before, "up from 100 last year"), in an article whose figures
    are of the month just over: to the end of that month, as `_to_month_reported` (the year before's
    part to the same month's end)."""
    if not period or any(n.startswith("period: the year to") for n in review):
        return period
    published = art.source.published
    if _to_publication(period[1], published):
        return _to_month_reported(art, at, period, review)
    p, today = period[1], published.latest
    if not published.is_exact or (p.start.month, p.start.day) != (1, 1) or p.start.year != today.year - 1 \
            or p.end != _shift_year(today, -1):
        return period
    this_year = _to_month_reported(art, at, (period[0], Period(start=date(today.year, 1, 1), end=today)), [])
    if this_year[1].end == today:
        return period
    end = _shift_year(this_year[1].end, -1)
    phrase = f"{p.start.isoformat()}/{end.isoformat()}"
    resolved = periods.resolves(phrase, published, None)
    if resolved is None:
        return period
    review.append(f"period: the year before to {end.isoformat()}, the same part as the month the article's figures "
                  "are of; check")
    return phrase, resolved


# twelve months to a month: "in the year to March", "the year ending March 2017", "in the 12 months
# to June 2022", "the financial year to April", "the fiscal year that ended Sept. 30"; "compared to the same
# period ending June 2014" (the twelve months before the figure's)
_TWELVE_MONTHS_TO = LedPattern(re.compile(r"\b(?:(?:financial|fiscal)\s+)?(?:year|(?:12|twelve)[\s-]+months?|(?P<same>same\s+period))\s+(?:to|(?:that\s+|which\s+)?"
                                          r"(?:ending(?:\s+in)?|ended)|up\s+to)\s+(?:the\s+end\s+of\s+)?(?P<month>January|February|March"
                                          r"|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.)"
                                          r"(?:\s+(?:28|29|30|31)\b)?(?:,?\s+(?P<year>\d{4}|this\s+year|last\s+year))?\b"))


_TO_MONTH = WindowGatedPattern(re.compile(r"\b(?:up\s+to|to|through|until)\s+(?:the\s+end\s+of\s+)?(?P<month>January|February|March|April|May|June"
                                          r"|July|August|September|October|November|December)(?:\s+(?P<year>\d{4}|this\s+year|last\s+year))?\b"),
                               ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"))
# a part of the year said as one: "from January", "the first three months", "since January"
_MONTHS_FROM = re.compile(r"\b(?:from|since|between)\s+(?:January|Jan\.)|\bfirst\s+\w+\s+(?:months|quarter)\b|"
                          r"\b(?:quarter|year[\s-]to[\s-]date|so\s+far|this\s+year\s+(?:up\s+)?(?:to|through))\b", re.IGNORECASE)


# the words between a figure and the period it counts: "11 in the year to June 2021", "£4.2m for the"
_OF_THE_FIGURE_BEFORE = re.compile(r"\s*(?:[a-z-]+\s+){0,2}?(?:in|for|during|over)\s+the\s+(?:(?:financial|fiscal)\s+)?",
                                   re.IGNORECASE)
# a base figure before a period: "up from 11 in the", "compared with 9,800 in the"
_BASE_BEFORE = re.compile(r"\b(?:from|than|compared\s+(?:with|to)|versus|vs\.?|against)\s+(?:[$£€]?[\d,.]+\w*\s+(?:[a-z-]+\s+){0,2}?)?"
                          r"(?:in|for|during|over)\s+the\s+(?:(?:financial|fiscal)\s+)?$", re.IGNORECASE)
_COMPARED_OVER = re.compile(r"(?:\bcompared\s+(?:\w+\s+){0,2}|\b(?:from|than|versus|vs\.?|since)\s+)(?:the\s+)?$", re.IGNORECASE)


def _month_and_year(m: re.Match, published) -> tuple[int, int]:
    """(month, year) of "to March [2017 | this year | last year]": the year named, else the latest
    whose month is over on the day of publication."""
    month = _MONTH_NUMBER[m.group("month")[:3].lower()]
    day = published.latest
    said = (m.group("year") or "").lower()
    if said.isdigit():
        return month, int(said)
    if said.startswith("this"):
        return month, day.year
    if said.startswith("last"):
        return month, day.year - 1
    return month, day.year if _month_days(day.year, month)[1] < day else day.year - 1


def _year_readable(m: re.Match, published) -> bool:
    """Whether "to June [2015]" reads to one month: a year named in digits whose month is over on
    every possible day of publication, else the same month read from every possible day (an article
    of July-December 2015's "year to June" is to June 2015)."""
    if published.is_exact:
        return True
    if (m.group("year") or "").isdigit():
        month, year = _month_and_year(m, published)
        return _month_days(year, month)[1] < published.earliest
    first = DateRange(earliest=published.earliest, latest=published.earliest)
    return _month_and_year(m, first) == _month_and_year(m, published)


def _figures_twelve_months(m: re.Match, published) -> tuple[int, int]:
    """(month, year) of the twelve months a figure counts when the article names `m`: a year later
    than "the same period ending June 2014" it is compared with."""
    month, year = _month_and_year(m, published)
    return (month, year + 1) if m.group("same") else (month, year)


# twelve months named by their ends: "from October 2015 to September 2016", "Between April 1 2001 and
# March 31 2002"
_MONTH_NAME = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
               r"|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.)")
_TWELVE_MONTHS_SPAN = LedPattern(re.compile(rf"\b(?:from|between)\s+(?P<endof>the\s+end\s+of\s+(?:the\s+)?)?(?P<first>{_MONTH_NAME})(?:\s+1(?:st)?)?,?\s+"
                                            rf"(?P<a>(?:19|20)\d\d)\s+(?:to|through|until|and)\s+(?:the\s+end\s+of\s+)?(?P<month>{_MONTH_NAME})"
                                            r"(?:\s+(?:28|29|30|31)(?:st|th)?)?,?\s+(?P<year>(?:19|20)\d\d|this\s+year)\b", re.IGNORECASE))


def _span_last_year(m: re.Match, published) -> int | None:
    """The year a span of twelve months ends: named, or "this year" (None when no day of publication reads it)."""
    said = m["year"]
    if said[0].isdigit():
        return int(said)
    return published.latest.year if published is not None and published.earliest.year == published.latest.year else None


def _twelve_months_spans(text: str, published=None) -> list[re.Match]:
    """The spans of twelve months an article names by their first and last months, not a calendar year
    ("from October 2015 to September 2016"; "from the end of March 2014 to the end of March this year",
    the year to March 2015)."""
    found = []
    for m in _TWELVE_MONTHS_SPAN.finditer(text):
        first, last = (_MONTH_NUMBER[m.group(g)[:3].lower()] for g in ("first", "month"))
        if m["endof"]:
            first = first % 12 + 1       # from the end of March: from April
        year = _span_last_year(m, published)
        if year is not None and last != 12 and first == last + 1 and year == int(m["a"]) + 1:
            found.append(m)
    return found


def _twelve_months_named(art: _Article) -> set[tuple[int, int]]:
    """The (month, year) of every "year to March" (and "from April 2001 to March 2002") the article
    names. Read once an article."""
    if "twelve_months" not in art.read_once:
        art.read_once["twelve_months"] = {_figures_twelve_months(m, art.source.published)
                                          for m in _TWELVE_MONTHS_TO.finditer(art.text)
                                          if _year_readable(m, art.source.published)} \
            | {(_MONTH_NUMBER[m["month"][:3].lower()], _span_last_year(m, art.source.published))
               for m in _twelve_months_spans(art.text, art.source.published)}
    return art.read_once["twelve_months"]


def _year_to_month(art: _Article, at: _At, review: list[str]):
    """"nearly five million in the year to March" (written in July 2017): the twelve months to the
    end of March 2017, not the year to date; the month's year is the one named, else the latest
    whose month is over on the day of publication."""
    published = art.source.published
    found = [m for m in _TWELVE_MONTHS_TO.finditer(art.text, at.clause[0], at.clause[1])]
    if at.st.base_figure:
        # "up from 11 in the year to June 2021": the figure compared with counts the twelve months
        # named right after it
        found = [m for m in found if _OF_THE_FIGURE_BEFORE.fullmatch(art.text, at.st.anchor[1], m.start())][:1]
        if not found:
            return None
    elif len(found) > 1:
        # "16 ... in the 12 months to June 2022, up from 11 in the year to June 2021": the twelve
        # months not named for the figure compared with
        found = [m for m in found if not _BASE_BEFORE.search(art.text, max(at.clause[0], m.start() - 40), m.start())]
    if len(found) > 1 or _PROJECTED.search(art.text, at.sentence.start, at.sentence.end) or \
            (found and not at.st.base_figure
             and not found[0].group("same")
             and _COMPARED_OVER.search(art.text, max(at.clause[0], found[0].start() - 40), found[0].start())):
        return None     # "compared over the year to March 2021": the period compared with
    if not found:
        # "Cleveland Police recorded 50,901 offences up to the end of March this year" in an article
        # of the year to March: the same twelve months
        to = [m for m in _TO_MONTH.finditer(art.text, at.clause[0], at.clause[1])]
        if len(to) != 1 or not published.is_exact or _MONTHS_FROM.search(art.text, at.clause[0], at.clause[1]) \
                or _TWELVE_MONTHS_SPAN.search(art.text, at.clause[0], at.clause[1]) \
                or _month_and_year(to[0], published) not in _twelve_months_named(art):
            return None
        found = to
    m = found[0]
    if not _year_readable(m, published):
        return None
    month, year = _month_and_year(m, published) if at.st.base_figure or m.re is _TO_MONTH.pattern else _figures_twelve_months(m, published)
    first, last = _month_days(year, month)
    day = published.latest
    start = _month_days(year - 1, month % 12 + 1)[0] if month != 12 else date(year, 1, 1)
    if last >= day:
        return None     # a year not over: a forecast or a target
    phrase = f"{start.isoformat()}/{last.isoformat()}"
    resolved = periods.resolves(phrase, published, None)
    if resolved is None:
        return None
    if m.re is _TO_MONTH.pattern:
        # read from the article's other words, not the clause's own: for the editor to check
        review.append(f"period: {phrase}, the twelve months to {m.group('month')} {year} the article names "
                      f"('{' '.join(m.group(0).split())}'); check")
    return phrase, resolved


# a year before named alone: "last year", "a year ago", "the comparable period last year"
# a change to a point of the year: "compared to the same point in 2020", "last year at the same time"
_SAME_TIME = re.compile(r"\bsame\s+(?:time|point|period|stretch|date|day)\b|\bthis\s+(?:time|point)\s+(?:last\s+year|a\s+year\s+ago)\b",
                        re.IGNORECASE)
_BARE_YEAR_BEFORE = re.compile(r"^(?:(?:in|for|during|from|at|over|by)\s+)?(?:the\s+(?:same|comparable|corresponding)\s+"
                               r"(?:time|period|point|months?)\s+(?:of\s+|in\s+)?)?(?:last\s+year|a\s+year\s+(?:ago|earlier|before)"
                               r"|the\s+(?:previous|prior)\s+year)$", re.IGNORECASE)
# words after it that make it the whole year: "last year's total", "last year as a whole"
_WHOLE_YEAR_AFTER = re.compile(r"(?:['’]s\b|\s+(?:as\s+a\s+whole|in\s+all|overall|in\s+total|altogether)\b)", re.IGNORECASE)
_A_TOTAL = re.compile(r"\b(?:a|the|its|their)\s+(?:[\w-]+\s+)?total\b|\b(?:full|whole|entire)[\s-]year\b", re.IGNORECASE)
_COMPARED_WITH = re.compile(r"\b(?:from|compared|comparable|than|versus|vs\.?|against)\b", re.IGNORECASE)
_WHOLE_YEAR_BEFORE = re.compile(r"\b(?:all|whole|entire|full|total|of)\s+(?:of\s+)?$", re.IGNORECASE)


def _shift_year(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:      # 29 February
        return d.replace(year=d.year + years, day=28)


def _part_a_year_before(art: _Article, at: _At, period, review: list[str]):
    """"up from 100 last year to 103 so far this year", "compared to $563,000 last year" after
    "the average price in 2020 has been", "a year ago" beside "in October": a year before named
    alone, in a sentence whose own figures count a part of the current year (the year to date, a
    month), counts the same part of the year before, not the whole of it."""
    phrase, p = period
    published = art.source.published
    # (a page dated by a range within one year: its year is known)
    if published.earliest.year != published.latest.year or not _BARE_YEAR_BEFORE.match(phrase):
        return period
    year = published.latest.year
    if (p.start, p.end) != (date(year - 1, 1, 1), date(year - 1, 12, 31)):
        return period
    text = art.text
    mine = [m for m in at.times if at.clause[0] <= m.start and m.end <= at.clause[1]
            and _BARE_YEAR_BEFORE.match(" ".join(text[m.start:m.end].split()))]
    if len(mine) != 1 or _WHOLE_YEAR_AFTER.match(text, mine[0].end) \
            or _WHOLE_YEAR_BEFORE.search(text, max(0, mine[0].start - 12), mine[0].start) \
            or _A_TOTAL.search(text, at.clause[0], mine[0].start):
        return period     # "a total of 415 homicides last year": the whole year
    parts = []
    for m in at.times:
        if m is mine[0] or not (at.sentence.start <= m.start and m.end <= at.sentence.end) or m.since or m.partial:
            continue
        read = periods.phrase_of(text, [m], published, None)
        if read is None or (not published.is_exact and periods.resolves(
                read[0], DateRange(earliest=published.earliest, latest=published.earliest), None) != read[1]):
            continue    # (on a page dated by a range, a part read alike on its first and last day)
        q = read[1]
        if q.start.year == q.end.year == year and q.end <= published.latest and q.start != q.end \
                and (q.start == date(year, 1, 1) or _is_month(q)) and (q.start, q.end) != (date(year, 1, 1), date(year, 12, 31)):
            parts.append((q, read[0]))
    if len({(q.start, q.end) for q, _ in parts}) != 1:
        return period
    q, own_phrase = parts[0]
    if not _is_month(q) and not at.st.base_figure and at.st.kind not in ("change", "comparison") \
            and not _COMPARED_WITH.search(text, at.clause[0], mine[0].end):
        return period     # "There were 95 homicides last year and 30 so far this year": not compared, its whole
    if not at.st.base_figure and at.st.kind in ("change", "comparison"):
        # "are up 19 per cent from the comparable period last year": the change is of the part, measured
        # against the year before
        review.append(f"period: '{own_phrase}', the part of the year the sentence's figures count (measured against "
                      f"'{phrase}'); check")
        return own_phrase, q
    start, end = _shift_year(q.start, -1), _shift_year(q.end, -1)
    if _is_month(q):
        end = _month_days(start.year, start.month)[1]
    days = f"{start.isoformat()}/{end.isoformat()}"
    resolved = periods.resolves(days, published, None)
    if resolved is None:
        return period
    review.append(f"period: {days}, the part of the year before that the sentence's own figures count "
                  f"('{phrase}' beside {q.start.isoformat()}/{q.end.isoformat()}); check")
    return days, resolved


_NAMES_A_YEAR = WindowGatedPattern(re.compile(r"\b(?:1[89]|20)\d\d\b|\byear\b", re.IGNORECASE),
                                   ("18", "19", "20", "year"))


def _part_after_year(art: _Article, year: tuple):
    """(phrase, Period) of the article's main period when it is part of the year after the whole year
    the article names most, over by publication ("the second quarter of 2017 to the same period in
    2016" ... "Violent crime is up 16.14%": the quarter, not 2016, which is named as its base), else
    None."""
    main, published = art.state.main_period, art.source.published
    if main is None:
        return None
    days = main[1]
    if not (days.start.year == days.end.year == year[1].start.year + 1 and days.end < published.earliest
            and (days.end - days.start).days >= 27 and (days.start.month, days.end.month, days.end.day) != (1, 12, 31)):
        return None
    if periods.resolves(main[0], published, None) == days:
        return main
    phrase = f"{days.start.isoformat()}/{days.end.isoformat()}"
    resolved = periods.resolves(phrase, published, None)
    return (phrase, resolved) if resolved is not None else None


def _article_year(art: _Article):
    """(phrase, Period) of the whole calendar year, over by the day of publication, that the article's
    words name most often (not as a base, a "since" or a part), when it is named at least twice and
    more often than any other year, a split year too ("2016-17"); else None. Read once an article."""
    if "article_year" in art.read_once:
        return art.read_once["article_year"]
    found = None
    published = art.source.published
    if published.earliest.year == published.latest.year:     # (undated: every day it may be of in one year)
        counts: dict[int, int] = {}
        rivals: dict[str, int] = {}     # split years named, by their first year as written
        first: dict = {}
        # (only sentences that can name a year: a year's digits or the word)
        mentions = [m for sentence in article_sentences(art)
                    if _NAMES_A_YEAR.search(art.text, sentence.start, sentence.end)
                    for m in periods.sentence_times(art.text, sentence.start, sentence.end, published)
                    if m.start >= art.label_end]
        for m in mentions:
            iv = m.expression.interval
            if m.split and not (m.base or m.since or m.partial):
                # a split year ("for 2016-17") is no calendar year, but a year the story names: named as often
                # as a calendar year ("since 2008", "in 2008"), that year is not the article's
                written = art.text[m.start:m.end]
                rivals[written] = rivals.get(written, 0) + 1
                continue
            if m.base or m.since or m.partial or iv is None or m.expression.anaphoric:
                continue
            # a whole year, or a year to date ("so far this year"): a year the story's words name
            if (iv[0].month, iv[0].day) == (1, 1) and iv[0].year == iv[1].year \
                    and ((iv[1].month, iv[1].day) == (12, 31) or m.expression.year_to_date or m.expression.to_date):
                counts[iv[0].year] = counts.get(iv[0].year, 0) + 1
                if (iv[1].month, iv[1].day) == (12, 31):
                    first.setdefault(iv[0].year, m)
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) \
                and ranked[0][1] > max(rivals.values(), default=0) \
                and date(ranked[0][0], 12, 31) < published.earliest:     # the year named most is over
            year = ranked[0][0]
            # as the article first names it ("in 2018"), else the year's number
            written = periods.phrase_of(art.text, [first[year]], published, None) if year in first else None
            phrase, days = written if written is not None and written[1] is not None and \
                (written[1].start, written[1].end) == (date(year, 1, 1), date(year, 12, 31)) else \
                (str(year), periods.resolves(str(year), published, None))
            found = (phrase, days) if days is not None else None
    art.read_once["article_year"] = found
    return found


# "in 2010-2011", "the 1995-96 season": two years in a row written as one span
_SCHOOL_YEAR_AS_MONTH = re.compile(r"\b(?P<a>(?:19|20)\d\d)-(?P<b>\d\d)$")
_SCHOOL_YEAR_AFTER = re.compile(r"\s+(?:school|academic)\s+year\b", re.IGNORECASE)
_SPLIT_YEAR_AFTER = re.compile(r"\s*[-–/]\s*(?P<b>\d{4}|\d{2})(?![\d%]|[.,]\d)")


def _split_year(art: _Article, chosen: list, period, review: list[str]):
    """A year written with the next one ("the 2010-2011 season", "in 1995-96"): the span from July 1 of
    the first year to June 30 of the second, as a winter's season, a school year or a fiscal year in
    most of the United States runs, not the first calendar year alone. Left alone when the pack
    declares the place's fiscal year (_fiscal reads it), the sentence names it as a fiscal year, or a
    budget's (a biennium runs over two calendar years as often as not)."""
    if period is None or len(chosen) != 1:
        return period
    m, text = chosen[0], art.text
    p = period[1]
    quarter = _quarter_of(p)
    if quarter and (of := _QUARTER_OF_SPLIT.match(text, m.end)) is not None \
            and int(of["b"]) == (int(of["a"]) + 1) % 100:
        # "in the fourth quarter of 2014-15" (the time reader stops before the split year)
        after = text[of.end():of.end() + 20].lower()
        if re.match(r"\s+season", after):
            return period    # a season's quarters are no year's
        return _quarter_of_split_year(art, quarter, int(of["a"]), text[m.start:of.end()], period, review,
                                      school=bool(re.match(r"\s+(?:school|academic)\s+year", after)))
    if (school := _SCHOOL_YEAR_AS_MONTH.search(text, m.start, m.end)) is not None and p.start.month == p.end.month \
            and int(school["b"]) == (int(school["a"]) + 1) % 100 and _SCHOOL_YEAR_AFTER.match(text, m.end):
        # "in the 2011-12 school year" read as December 2011: the school year from July 2011
        year = int(school["a"])
        phrase, resolved = _days_resolved(date(year, 7, 1), date(year + 1, 6, 30), art.source.published)
        if resolved is None:
            return period
        review.append(f"period: {phrase}, the school year '{school.group()}' (July to June); check")
        return phrase, resolved
    if not ((p.start.month, p.start.day, p.end.month, p.end.day) == (1, 1, 12, 31)
            and p.start.year == p.end.year and text[m.start:m.end].strip()[-4:] == str(p.start.year)):
        return period
    hit = _SPLIT_YEAR_AFTER.match(text, m.end)
    if hit is None:
        return period
    second = hit.group("b")
    year = p.start.year
    if int(second) != (year + 1 if len(second) == 4 else (year + 1) % 100):
        return period
    # the twelve months the article names from that year or one beside it ("from July 2013 to June 2014"; "from
    # October 2015 to September 2016, compared to the same period in 2014/15"), else the fiscal year's
    twelve = next((p.start.month for p in art.state.periods_named if abs(p.start.year - year) <= 1 and p.start.day == 1
                   and p.start.month != 1 and p.end == date(p.start.year + 1, p.start.month, 1) - timedelta(days=1)),
                  None)
    first, whose = (twelve, "the twelve months the article names") if twelve else _split_year_first_month(art)
    if first not in (None, 1, 7) and not re.match(r"(?:\s+[\w-]+){0,2}?\s+(?:season|school|academic)\b", text[hit.end():hit.end() + 40],
                                                  re.IGNORECASE):
        # "a 2.99% increase in Council Tax for 2018/19": the place's financial year (in the UK, April to March)
        phrase, resolved = _days_resolved(date(year, first, 1), date(year + 1, first, 1) - timedelta(days=1),
                                          art.source.published)
        if resolved is not None:
            review.append(f"period: {phrase}, '{text[m.start:hit.end()]}' in {whose}; check")
            return phrase, resolved
    if first in (None, 1) and re.search(r"\b(?:budget\w*|bienni\w*|two-year)\b", text[max(0, m.start - 80):hit.end() + 40],
                                        re.IGNORECASE):
        # "budgeted for in 2023-2024": a budget's two years (its own year, not July to June); of a place whose
        # fiscal year starts in July, "its proposed 2019-2020 budget" is that fiscal year
        return period
    phrase, resolved = _days_resolved(date(year, 7, 1), date(year + 1, 6, 30), art.source.published)
    if resolved is None:
        return period
    review.append(f"period: {phrase}, the span of two years written '{text[m.start:hit.end()]}' (July to June); check")
    return phrase, resolved


_QUARTER_OF_SPLIT = re.compile(r"\s+of\s+(?:the\s+)?(?P<a>(?:19|20)\d\d)\s*[-–/]\s*(?:(?:19|20)(?=\d\d\b))?(?P<b>\d\d)\b")
_UNITED_KINGDOM = frozenset({"United Kingdom", "UK", "U.K."})


def _quarter_of(p: Period) -> int | None:
    """The calendar quarter a period is, if it is one."""
    if p.start.day == 1 and p.start.month % 3 == 1 and p.start.year == p.end.year and p.end.month == p.start.month + 2 \
            and (p.end + timedelta(days=1)).day == 1:
        return (p.start.month - 1) // 3 + 1
    return None


def _quarter_of_split_year(art: _Article, quarter: int, year: int, words: str, period, review: list[str],
                           school: bool = False):
    """ "the fourth quarter of 2014-15": the quarter of the fiscal year from `year` to the next, counted
    from the year's first month: the pack's or the article's fiscal year for its place, else, in the
    United Kingdom, the financial year from April; left as read when neither is known."""
    first, whose = _split_year_first_month(art, school)
    if first is None:
        return period
    month = first - 1 + 3 * (quarter - 1)           # months from January of `year`, from 0
    start = date(year + month // 12, month % 12 + 1, 1)
    end = date(year + (month + 3) // 12, (month + 3) % 12 + 1, 1) - timedelta(days=1)
    phrase, resolved = _days_resolved(start, end, art.source.published)
    if resolved is None:
        return period
    review.append(f"period: {phrase}, quarter {quarter} of '{words}' in {whose}; check")
    return phrase, resolved


# "The U.S. Department of Housing and Urban Development conducts its Point-in-Time Count on one
# specific day in January": an annual count taken in one month of each year
_POINT_IN_TIME = LedPattern(re.compile(r"\b(?:point[\s-]in[\s-]time|PIT)\s+(?:homeless\s+)?counts?\b", re.IGNORECASE))
_COUNT_MONTH = re.compile(r"\b(?:count\w*|conduct\w*|held|takes?\s+place|begins?|began|tally)\b[^.;]{0,80}?"
                          r"\b(?:in|during)\s+(?:late\s+|early\s+|mid-)?(?P<month>January|February|March|April|May|June|July|"
                          r"August|September|October|November|December)\b(?!\s*\d|\s+of\b|,?\s+(?:19|20)\d\d)")
# a count taken in one month each year, named by it: "The October enrollment reported for 2015", "October
# 2015 enrollment numbers", "the January census"
_MONTH_COUNT = LedPattern(re.compile(r"\b(?P<month>January|February|March|April|May|June|July|August|September|October|November|"
                                     r"December)(?:\s+(?:19|20)\d\d)?\s+(?:enroll?ments?|head\s*counts?|census)\b"))
_COUNT_MONTHS = {m: i + 1 for i, m in enumerate(("January", "February", "March", "April", "May", "June", "July", "August",
                                                 "September", "October", "November", "December"))}
_count_month_cache: dict[int, tuple[str, int | None]] = {}


def _count_month(text: str) -> int | None:
    """The month an article's point-in-time count is taken in each year, when it names one month for it
    with no year ("conducts its Point-in-Time Count on one specific day in January"); else None."""
    cached = _count_month_cache.get(id(text))
    if cached is not None and cached[0] is text:
        return cached[1]
    month = None
    months = {hit.group("month") for hit in _COUNT_MONTH.finditer(text)} if _POINT_IN_TIME.search(text) else \
        {hit.group("month") for hit in _MONTH_COUNT.finditer(text)}
    if len(months) == 1:
        month = _COUNT_MONTHS[months.pop()]
    if len(_count_month_cache) > 64:
        _count_month_cache.clear()
    _count_month_cache[id(text)] = (text, month)
    return month


# a metric a count named by its month counts ("The October enrollment", "the January census")
_COUNTED_IN_A_MONTH = re.compile(r"enrol|census|head[\s_]?count|student|pupil", re.IGNORECASE)


def _count_month_of_year(art: _Article, period, review: list[str], metric: str | None):
    """A whole calendar year of a figure in an article on a point-in-time count taken in one month
    each year ("In 2023, the count found a total of 1,810 individuals"), or of the count an article
    names by its month ("The October enrollment"; not the district's spending): that month of the
    year, the days the count was taken in, not the whole year."""
    p, published = period[1], art.source.published
    so_far = p.start == date(published.latest.year, 1, 1) and p.end in (published.latest, date(p.start.year, 12, 31))
    if not (_whole_year(p) or so_far) or (month := _count_month(art.text)) is None:
        return period
    if not _POINT_IN_TIME.search(art.text) and not (
            metric in art.pack.metrics
            and _COUNTED_IN_A_MONTH.search(f"{metric} {art.pack.metrics[metric].label or ''}")):
        return period
    start, end = _month_days(p.start.year, month)
    if (start if so_far else end) > published.earliest or (end >= published.earliest and not so_far) \
            or (published.is_exact and _month_days(published.latest.year, month)[1] >= published.latest
                and not _POINT_IN_TIME.search(art.text)):
        # (a year's count not taken yet; "this year's October enrollment" once October has begun; "Mid-August
        # enrollment figures" in August: of the day; a point-in-time count's years are its month's still)
        return period
    phrase, resolved = _days_resolved(start, end, art.source.published)
    if resolved is None:
        return period
    review.append(f"period: {phrase}, the month the article's point-in-time count is taken, of {p.start.year}; check")
    return phrase, resolved


def _latest_main(art: _Article):
    """The period a past-tense figure naming none is of: when the article's claims name whole calendar
    years, the latest year over that they have named so far, as news reports the latest year and names
    earlier ones as its context ("The 2018 total was 32. The 2017 total was 29." in a story of January
    2020 about 2019's deaths); else the period named most."""
    state = art.state
    main = state.main_period
    day = art.source.published.latest
    if main is None or not _whole_year(main[1]) or main[1].end >= day:
        return main
    years = [p for p in state.periods_named if _whole_year(p) and main[1].start < p.start and p.end < day]
    if not years:
        return main
    latest = max(years, key=lambda p: p.start)
    return state.phrases[latest], latest


def _whole_year(p: Period) -> bool:
    return (p.start.month, p.start.day, p.end.month, p.end.day) == (1, 1, 12, 31) and p.start.year == p.end.year


def _record_set_before(text: str, at: _At) -> bool:
    """Whether the clause is a record whose only time is when the old record was set."""
    st = at.st
    if st.kind != "comparison" or st.fields.get("comparison", {}).get("relation") not in _RECORD_RELATION:
        return False
    inside = [m for m in at.times if at.clause[0] <= m.start and m.end <= at.clause[1]]
    return bool(inside) and all(_event_time(text, at.clause, m, st) for m in inside)


# "by year's end", "at year-end", "at the end of the year", "for the year", said in a story published
# in the first weeks of January: the year just ended, not the few days of the new one
_YEAR_END = re.compile(r"^(?:(?:by|at|until|through|to|for)\s+)?(?:the\s+)?(?:year['’]s\s+end|year[\s-]end|end\s+of\s+"
                       r"(?:the\s+)?year|year)$", re.IGNORECASE)


# a present perfect ("has recorded", "have made"): a count to date
_TO_DATE_PERFECT = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+)?(?:been\s+)?\w+(?:ed|en|t)\b", re.IGNORECASE)


_END_OF_THE_YEAR = re.compile(r"\bend\s+of\s+the\s+year$", re.IGNORECASE)


def _year_just_ended(art: _Article, period, review: list[str], at: _At | None = None):
    published = art.source.published
    # (an undated article: every day it may be of is in one year, and the latest decides)
    if published.earliest.year != published.latest.year or not _YEAR_END.match(period[0].strip()):
        return period
    day = published.latest
    p = period[1]
    if p.start != date(day.year, 1, 1):
        return period
    # the period the claims before named most; with none before, the whole year the words name most
    main = art.state.main_period or _article_year(art)
    about_last_year = main is not None and main[1].start == date(day.year - 1, 1, 1) and main[1].end == date(day.year - 1, 12, 31)
    if not (day.month == 1 and day.day <= 21 and published.is_exact) and not (
            about_last_year and day.month <= 6 and at is not None
            and not _PROJECTED.search(art.text, at.sentence.start, at.sentence.end)
            and not _TO_DATE_PERFECT.search(art.text, at.clause[0], at.clause[1])):
        return period     # ("will start school throughout the year": the year to come, a forecast)
    phrase = str(day.year - 1)
    resolved = periods.resolves(phrase, published, None)
    if resolved is None:
        return period
    if day.month == 1 and day.day <= 21:
        review.append(f"period: {phrase}, the year just ended ('{period[0]}' in a story of {day.isoformat()}); check")
    else:
        # "Heavy rail climbed 1.4 percent for the year" in a story of March 2013 about 2012's ridership
        review.append(f"period: {phrase}, the year the article's figures are of ('{period[0]}' in a story of "
                      f"{day.isoformat()}); check")
    return phrase, resolved


def _by_the_first(art: _Article, chosen: list, period, review: list[str]):
    """ "By July 1, the city had logged 927 shootings": the count up to the first of a month is that
    of the months before it (to June 30), as the article's "the first half of 2008" compares it."""
    if period is None or not re.search(r"\bby\s+$", art.text[max(0, chosen[0].start - 4):chosen[0].start], re.IGNORECASE):
        return period
    p = period[1]
    if p.end.day != 1 or p.start >= p.end:
        return period
    from datetime import timedelta
    end = p.end - timedelta(days=1)
    phrase, resolved = _days_resolved(p.start, end, art.source.published)
    if resolved is None:
        return period
    review.append(f"period: to {end.isoformat()}, the day before '{art.text[chosen[0].start:chosen[-1].end]}'; check")
    return phrase, resolved


def _year_of_part(text: str, times: list, part):
    """The year named right after a part read alone ("the first six months" of "the first six months
    of last year"), else None."""
    return next((m for m in times if m.start >= part.end and m.partial
                 and re.fullmatch(r"\s+of\s+(?:the\s+)?", text[part.end:m.start])), None)


_FIRST_MONTHS = re.compile(r"\b(?:first|past)\s+(?P<n>\w+)\s+months\s+of\s+(?:the\s+year\s+)?$", re.IGNORECASE)


def _first_months(art: _Article, mention):
    """ "in the first six months of 2022": January to the end of June of that year."""
    hit = _FIRST_MONTHS.search(art.text, max(0, mention.start - 30), mention.start)
    interval = mention.expression.period or mention.expression.interval
    if hit is None or interval is None or interval[0].month != 1 or interval[0].day != 1:
        return None
    word = hit.group("n").lower()
    n = int(word) if word.isdigit() else _SMALL.get(word)
    if n is None or not 1 <= n <= 11:
        return None
    from datetime import timedelta
    year = interval[0].year
    end = date(year, n + 1, 1) - timedelta(days=1)
    phrase = f"{year}-01-01/{end.isoformat()}"
    resolved = periods.resolves(phrase, art.source.published, None)
    return (phrase, resolved) if resolved is not None else None


_LATER = re.compile(r"(?P<n>\w+)\s+(?P<unit>months?|weeks?)\s+later", re.IGNORECASE)
_SMALL = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10, "eleven": 11, "twelve": 12}


def _later(art: _Article, at: _At, chosen: list, review: list[str]):
    """ "By July 1, the city had logged 927 shootings ... Two months later, there had been a total of
    1,335": the count before, carried on that much longer (from the same start)."""
    text, state = art.text, art.state
    hit = _LATER.fullmatch(" ".join(text[chosen[0].start:chosen[-1].end].split()))
    before = state.previous_period
    if hit is None or before is None or state.previous_paragraph != at.sentence.paragraph:
        return None
    if state.previous["quote"]["start"] >= at.sentence.start:
        # a second figure of the sentence: "later" than the sentence before, as the first figure is
        review.append(f"period: '{state.previous['period']}', the figure before's in this sentence; check")
        return state.previous["period"], before
    word = hit.group("n").lower()
    n = int(word) if word.isdigit() else _SMALL.get(word)
    if n is None:
        return None
    from datetime import timedelta
    end = before.end
    if hit.group("unit").lower().startswith("week"):
        end = end + timedelta(weeks=n)
    else:
        month_end = (end + timedelta(days=1)).day == 1
        y, m = divmod(end.month - 1 + n, 12)
        year, month = end.year + y, m + 1
        last = (date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)).day
        end = date(year, month, last if month_end else min(end.day, last))
    phrase, resolved = _days_resolved(before.start, end, art.source.published)
    if resolved is None:
        return None
    review.append(f"period: '{hit.group(0)}', the period of the figure before carried on to {end.isoformat()}; check")
    return phrase, resolved


def _as_of_days(text: str, all_sentences, published, label_end: int, times: dict) -> list[tuple[int, date]]:
    """(offset, day) of each "as of <day>" in the article ("As of Sept. 26, 62 people ..."); the
    time expressions read are kept in `times` by sentence, for the sentence's own figures."""
    out = []
    at = [m.start() for m in _AS_OF_WORDS.finditer(text)]
    if not at:
        return out
    for sentence in all_sentences:
        if not any(sentence.start <= a < sentence.end for a in at):
            continue
        found = times[(sentence.start, sentence.end)] = periods.sentence_times(text, sentence.start, sentence.end,
                                                                               published)
        for m in found:
            interval = m.expression.interval or m.expression.period
            if m.start >= label_end and interval and interval[0] == interval[1] and (
                    m.expression.qualifier == "as of"
                    or (_AS_OF_BEFORE.search(text, max(0, m.start - 10), m.start)
                        # "through"/"until" ends the figures' year only in a clause with figures of its
                        # own, not "the contract ran through Sept. 30"
                        and _has_figure(text, sentence, found))
                    or _from_new_year(text, sentence, found, m.start)):
                out.append((m.start, interval[0]))
    return out


def _from_new_year(text: str, sentence, found, day_start: int) -> bool:
    """Whether "from Jan. 1 to <day>" counts the sentence's figures: the range opens the sentence
    ("From Jan. 1 to Oct. 6, police recorded ...") or follows a figure ("249 murders ... from Jan. 1
    to Oct. 6"), not "closed from Jan. 1 to Oct. 6 for the $2 million project"."""
    hit = _FROM_NEW_YEAR_BEFORE.search(text, max(sentence.start, day_start - 30), day_start)
    if hit is None:
        return False
    if not text[sentence.start:hit.start()].strip():
        return _has_figure(text, sentence, found)
    return _has_figure(text, sentences.Span(sentence.start, hit.start(), sentence.paragraph), found)


def _has_figure(text: str, sentence, found) -> bool:
    """Whether a sentence holds a figure outside its time expressions (dates and years read)."""
    words = list(text[sentence.start:sentence.end])
    for m in found:
        words[max(0, m.start - sentence.start):max(0, m.end - sentence.start)] = " " * (m.end - m.start)
    return quoting._has_figure("".join(words), 0, len(words))


def _title_as_of(art: _Article) -> list[tuple[int, date]]:
    """The day a headline gives the article's figures "as of" ("Crime Trends as of November 20,
    2022"), at offset -1 (before the text), read once an article."""
    if "title_as_of" not in art.read_once:
        title = art.source.title or ""
        found = []
        if _AS_OF_WORDS.search(title):
            found = [(-1, day) for _, day in _as_of_days(title, [sentences.Span(0, len(title), 0)],
                                                         art.source.published, 0, {})]
        art.read_once["title_as_of"] = found
    return art.read_once["title_as_of"]


def _to_day_named(art: _Article, at: _At, review: list[str]):
    """The year to the day the article names with "as of" nearest the clause (its own paragraph or
    the next one), for a year-to-date figure whose sentence names no period."""
    published = art.source.published
    if not published.is_exact and published.earliest.year != published.latest.year:
        return None
    paragraph = at.sentence.paragraph
    this_year = [(offset, day) for offset, day in art.as_of + _title_as_of(art)
                 if day.year == published.latest.year and day <= published.latest]
    near = _near_as_of(art, at, this_year) or _near_as_of(art, at, _same_day_a_year_on(art))
    if near:
        day = min(near)[1]
    elif len({day for _, day in this_year}) == 1:
        # the one day the whole article gives its figures "as of" ("As of Sept. 26, 62 people ..."
        # in the lede, "so far this year" paragraphs later): the data day of its year to date
        day = this_year[0][1]
    elif (said := _said_day(art)) is not None and said.year == published.latest.year:
        return _year_to(said, published, review, "the day the article's top says its figures were given")
    else:
        return None
    return _year_to(day, published, review, "the day the article gives its figures 'as of'")


def _year_to(day: date, published, review: list[str], why: str):
    """(phrase, Period) of the year to `day`, with a note saying `why` that day; None when unreadable."""
    phrase = f"{day.year}-01-01/{day.isoformat()}"
    period = periods.resolves(phrase, published, None)
    if period is None:
        return None
    review.append(f"period: the year to {day.isoformat()}, {why}; check")
    return phrase, period


def _near_as_of(art: _Article, at: _At, days: list[tuple[int, date]]) -> list[tuple[int, date]]:
    """(distance, day) of each "as of" day given in the clause's paragraph or the next one (any, in the headline)."""
    paragraph = at.sentence.paragraph
    return [(abs(offset - at.clause[0]), day) for offset, day in days
            if paragraph == 0 or paragraph <= _paragraph_of(art, offset) <= paragraph + 1]


_AS_OF_A_YEAR_ON = 31    # days before publication within which last year's "as of" day, a year on, ends this year's count


def _same_day_a_year_on(art: _Article) -> list[tuple[int, date]]:
    """Last year's "as of" days moved a year on, when that day is in the month before publication: a count
    so far set against last year's to a day ("So far in 2019, 914 people died ... As of Oct. 21, 2018, 893
    had died", published Oct. 27) runs to that day this year too."""
    latest = art.source.published.latest
    moved = [(offset, _shift_year(day, 1)) for offset, day in art.as_of if day.year == latest.year - 1]
    return [(offset, day) for offset, day in moved if 0 <= (latest - day).days <= _AS_OF_A_YEAR_ON]


def _to_publication(period: Period, published) -> bool:
    """A year to date ending on the day of publication."""
    return published.is_exact and period.end == published.latest and (period.start.month, period.start.day) == (1, 1) \
        and period.start.year == period.end.year


def _year_under_way(period: Period, published) -> bool:
    """The year an undated article is from, to its latest possible day or whole but not over by then
    ("this year", "in 2019" in a page of October 2019)."""
    year = published.latest.year
    return not published.is_exact and published.earliest.year == year and period.start == date(year, 1, 1) \
        and (period.end == published.latest or period.end == date(year, 12, 31) > published.latest)


def _paragraph_of(art: _Article, offset: int) -> int:
    return next((i for i, (a, b) in enumerate(art.paragraphs) if a <= offset < b), -1)


# "in this year-over-year period", "over that period": the period the article is about
_THIS_PERIOD = re.compile(r"\b(?:this|that|the\s+same|the)\s+(?:[\w-]+\s+)?period\b", re.IGNORECASE)


# the day figures run to: "as of Sept. 26", "Through Nov. 30, the NYPD recorded", "up until September 19th",
# "from Jan. 1 to Oct. 6"
_AS_OF_WORDS = re.compile(r"(?i:\bas\s+of\b)|\b(?:[Tt]hrough|[Uu]p\s+(?:un)?til|[Uu]ntil|(?<=\bJan\.\s1\s)(?:to|and)|(?<=\bJanuary\s1\s)(?:to|and))"
                          r"(?=\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)")
_FROM_NEW_YEAR_BEFORE = re.compile(r"\b(?:[Ff]rom|[Bb]etween)\s+(?:Jan\.|January)\s+1\s+(?:to|through|and)\s+$")
_AS_OF_BEFORE = re.compile(r"\b(?:as\s+of|through|up\s+(?:un)?til|until)\s+$", re.IGNORECASE)


_SO_FAR = re.compile(r"\b(?:so\s+far|to\s+date|year[\s-]to[\s-]date|thus\s+far"
                     # "the city's homicide count stands at 412": a running count, to the day
                     r"|(?:count|tally|toll|total)\s+(?:now\s+)?(?:stands|sits|is)\s+at)\b", re.IGNORECASE)


_BY_THIS_TIME = WindowGatedPattern(re.compile(r"(?:(?:\b(?:by|at|to)\s+)?\b(?:this|that)\s+(?:time|point)|(?:by|at|to|in|during|through|over|for)\s+the\s+same\s+"
                                              # "through the same time frame in 2019", "over the same stretch of 2019"
                                              r"(?:time|point|period|time\s*frame|timeframe|stretch|span|months|weeks|days)(?:\s+of\s+time)?)"
                                              r"\s+(?:in\s+|of\s+)?$", re.IGNORECASE),
                                   ("this", "that", "same"))


# ("the same quarter of 2016", "the same half last year", "the same three-month span": a part of a year named before)
_SAME_PERIOD = re.compile(r"^(?:the\s+)?same\s+(?:(?:\w+-)?(?:month|week)\s+(?:period|span|stretch)|time|point|period|week|"
                          r"month|day|time\s*frame|timeframe|stretch|span|quarter|half)\s+(?:in|of)?\s*",
                          re.IGNORECASE)


def _main_after_base(art: _Article, at: _At):
    """The article's main period, for a change or value compared with an earlier period the clause
    names, when the claim before's period is not after that base."""
    main = art.state.main_period
    bases = [m for m in at.times if at.clause[0] <= m.start and m.end <= at.clause[1] and m.base]
    if main is None or not bases:
        return None
    interval = bases[0].expression.period or bases[0].expression.interval
    if interval is None or main[1].start <= interval[1]:
        return None
    previous = art.state.previous_period
    if previous is not None and previous.start > interval[1] and _follows_in_paragraph(art, at):
        return None        # the claim before is already after the base: carried as usual
    return main


_WHEN_AFTER_TIME = re.compile(r"(?<=year|onth|week|\d{4})\s+(?=when\s)", re.IGNORECASE)


def _when_before(text: str, clause: tuple[int, int], st, times: list) -> list | None:
    """The time expression that a part opening with "when" refers to: the last one before it."""
    if st.figure is None:
        return None
    cut = None
    for x in _SEGMENT_BREAK.finditer(text, clause[0], clause[1]):
        if x.end() <= st.anchor[0]:
            cut = x
    if cut is None or not re.match(r"when\b", text[cut.end():cut.end() + 5], re.IGNORECASE):
        # "from the previous year when just over 3,000 deaths were reported": no comma
        cut = None
        for x in _WHEN_AFTER_TIME.finditer(text, clause[0], st.anchor[0]):
            cut = x
        if cut is None:
            return None
    before = [m for m in times if clause[0] <= m.start and m.end <= cut.start()]
    return before[-1:] or None


# "a levy approved by the voters back in 2014", "the city's record set in 1993": when something else
# was done, not the figure's period (unless the figure is that thing's: "the record of 6 days set in 2020")
_EVENT_IN = re.compile(r"\b(?:approved|passed|adopted|enacted|signed|founded|established|built|opened|launched|"
                       r"introduced|elected|set|created|implemented)\s+(?:by\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?)?"
                       r"(?:back\s+)?(?:in|during)\s+$"
                       # "FBI data going back to 1960", "records dating back to 1895": how far the records reach
                       r"|\b(?:going|go|goes|dating|date|dates|reaching|reach|reaches)\s+back\s+to\s+$", re.IGNORECASE)


# "final data released in August showed", "figures published Monday", "the report issued last week":
# when a document came out, not the period of the figures it gives
_RELEASED_ON = re.compile(r"\b(?:released|published|issued|unveiled|posted|updated|made\s+public)\s+"
                          r"(?:(?:on|in|during|early|late|earlier|this|last)\s+)?$", re.IGNORECASE)


# a record said of the claim's period ("surpass death toll record set in 1993", "breaking the previous
# record of 76 set in 1993"): the year named is the old record's
_RECORD_RELATION = ("record-high", "record-low")


def _event_time(text: str, clause: tuple[int, int], m, st) -> bool:
    if _RELEASED_ON.search(text, max(clause[0], m.start - 40), m.start):
        return True
    hit = _EVENT_IN.search(text, max(clause[0], m.start - 50), m.start)
    if hit is not None and st.kind == "comparison" and st.fields.get("comparison", {}).get("relation") in _RECORD_RELATION \
            and re.search(r"\brecords?\b", text[max(clause[0], hit.start() - 60):hit.start()], re.IGNORECASE):
        return True
    if hit is None or st.figure is None:
        return False
    # the figure's own thing when the figure stands just before its verb ("6 days set in 2020")
    return not (st.anchor[1] <= hit.start()
                and re.fullmatch(r"[\s,°]*(?:(?!of\b)[\w$%°-]+[\s,]+){0,2}", text[st.anchor[1]:hit.start()]))


# the words of a rank ("the fourth highest", "the deadliest")
_RANK_WORDS = "highest|lowest|most|fewest|worst|deadliest|busiest|largest|smallest|biggest"


# "$2.7 million, the fourth highest since 2006": a rank's window, not the figure's period
_RANK_SINCE = re.compile(rf"\b(?:{_RANK_WORDS})"
                         r"(?:\s+[\w-]+){0,2}\s+since\s+$", re.IGNORECASE)


# "the highest since officials started tracking them in 2018", "the most since records began in 1895",
# "the lowest since the state began keeping records in 1990": the year the records' window opens
_RANK_SINCE_EVENT = re.compile(rf"\b(?:{_RANK_WORDS}|record)"
                               r"(?:\s+[\w-]+){0,3}\s+since\s+(?:the\s+)?(?:[\w'’-]+\s+){1,7}?"
                               r"(?:began|begun|started|starting|first|opened|took\s+over|came)\b(?:\s+[\w'’-]+){0,4}?\s+"
                               r"(?:(?:in|during|back\s+in)\s+)?$", re.IGNORECASE)


# "over the 2020 adopted budget of $104,387,833": the period compared with is the value's own
_OF_THE_VALUE = re.compile(r"^(?:\s+[a-z][\w-]*){0,3}\s+(?:of|at|totaling|totalling|was|were)\s+"
                           r"(?:about\s+|nearly\s+|roughly\s+|some\s+)?$", re.IGNORECASE)


def _of_the_value(text: str, m, st) -> bool:
    """Whether a base names the period of the value right after it ("over the 2020 adopted budget
    of $104,387,833": the 2020 budget's period)."""
    return st.kind == "value" and st.figure is not None and m.end <= st.anchor[0] \
        and bool(_OF_THE_VALUE.match(text[m.end:st.anchor[0]]))


def _right_after_figure(text: str, m, st) -> bool:
    """Whether a time said right after the claim's own figure names its period even after "since"
    ("the most since 23 in 2012": 2012 is the 23's)."""
    if st.figure is None or st.anchor[1] > m.start or not re.fullmatch(
            r"(?:\s+(?!(?:than|from|over|since|compared|with|versus|above|below|against|to)\b)[a-z][\w-]*){0,3}\s+(?:in|during|for)\s+",
            text[st.anchor[1]:m.start]):
        return False
    if re.search(r"\bsince\s+(?:about\s+|nearly\s+)?$", text[max(0, st.anchor[0] - 20):st.anchor[0]], re.IGNORECASE):
        return True
    # "a 20-percent jump over the 212 fatalities recorded in 2020": the year is the base of the
    # jump but the period of the 212 itself
    return bool(re.search(r"(?:(?:\b(?:than|compared\s+(?:with|to)|versus|vs\.?)\s+(?:the\s+|a\s+)?|\b(?:over|above|below)\s+the\s+)"
                          r"(?:(?:previous|prior|old|former)\s+)?"
                          r"(?:(?:record(?:\s+(?:high|low))?|high|low|peak|total|mark)\s+of\s+)?"
                          r"|\b(?:previous|prior|old|former)\s+(?:record(?:\s+(?:high|low))?|high|low|peak)\s+of\s+)"
                          r"(?:about\s+|nearly\s+|almost\s+|roughly\s+)?\$?$",
                          text[max(0, st.anchor[0] - 60):st.anchor[0]], re.IGNORECASE))


def _is_base(text: str, m, st) -> bool:
    """A time expression a change or comparison is measured against: after "than", "compared
    with", "from"; for a comparison also "the same week last year" ("the same number of victims
    during the same week last year")."""
    if m.base:
        return True
    return st.kind == "comparison" and st.figure is None and bool(
        _SAME_PERIOD.match(text[m.start:m.end]) or re.search(r"\bsame\s+(?:week|month|day|period|time|point)\s+$",
                                                       text[max(0, m.start - 25):m.start], re.IGNORECASE))


_WITH_BOTH_ENDS = re.compile(r"\s*with\s+(?:about\s+|nearly\s+|some\s+|almost\s+)?\d", re.IGNORECASE)


def _other_figures_part(text: str, clause: tuple[int, int], m, st, at: _At, label_end: int = 0) -> bool:
    """Whether a time expression lies in another comma part of the clause that holds a figure of
    its own ("Of the 74 homicide cases, 11 of them happened in October": October is the 11's)."""
    if st.figure is None:
        return False
    cuts = [clause[0]] + [x.end() for x in _SEGMENT_BREAK.finditer(text, clause[0], clause[1])] + [clause[1]]
    parts = list(zip(cuts, cuts[1:]))
    mine = next((p for p in parts if p[0] <= st.anchor[0] < p[1]), None)
    theirs = next((p for p in parts if p[0] <= m.start < p[1]), None)
    if mine is None or theirs is None or mine == theirs:
        return False
    if theirs[0] > mine[0] and _WITH_BOTH_ENDS.match(text, theirs[0]) \
            and any(t.base and theirs[0] <= t.start < theirs[1] for t in at.times):
        # "a 2.8 percent increase ..., with 1,574 harvested in 2016 compared to 1,529 in 2015": the
        # change's two ends, after it: their later period is the change's
        return False
    # a figure of that part's own, not the digits of a time expression ("In 1970, 310 people died")
    # or of a stored page's date label ("date 2023-01-25 Last year, 252 people died")
    a = max(theirs[0], label_end)
    part = list(text[a:theirs[1]])
    for t in at.times:
        for i in range(max(t.start, a), min(t.end, theirs[1])):
            part[i - a] = " "
    return bool(_SEGMENT_DIGIT.search("".join(part)))


def _same_base(text: str, at: _At) -> bool:
    """A base "the same time last year" / "this time last year" / "the same point in 2020"."""
    return any(m.base or _BY_THIS_TIME.search(text[max(0, m.start - 40):m.start]) or _SAME_PERIOD.match(text[m.start:m.end])
               for m in at.times if at.clause[0] <= m.start < at.clause[1]) and bool(
        re.search(r"\bsame\s+(?:time|point|period)\b|\bthis\s+time\b", text[at.clause[0]:at.clause[1]], re.IGNORECASE))


def _as_of(text: str, own: list) -> list | None:
    """ "As of Sunday, shootings ... were up 91% for the year": the year to that day."""
    for mentions in periods.group(own, text):
        if re.search(r"\bas\s+of\s+$", text[max(0, mentions[0].start - 8):mentions[0].start], re.IGNORECASE):
            return mentions
    return None


# "from 72,224 to 68,557": the figure is the level a change reached
_TO_FIGURE = re.compile(r"\bfrom\s+[$£€]?\d[\d,.]*%?\s+to\s+$", re.IGNORECASE)


def _of_years(ends, counted: bool = True) -> bool:
    """Whether a range's ends are one part of two years ("from 2017 to 2018", "from September 2016 to
    September 2017"); a change "from December to January" keeps the two months (the seeds' hand)."""
    (a, a_end), (b, _) = (m.expression.interval or m.expression.period for m in ends)
    # (two days a year apart, "between July 1, 2017 and July 1, 2018", are for a count the year between them, not its
    # last day; a level's later day is its own)
    return a.year != b.year and (a.month, a.day) == (b.month, b.day) and (a_end > a or not counted)


# "up 20% from the previous five years", "higher than from 2008 to 2012": the change names its own base, so the
# range before it is the span the change is of, not a base and its later end
_OWN_BASE_AFTER = re.compile(r"\b(?:than|from|over|compared\s+(?:with|to))\s+(?:(?:the|a|its)\s+)?(?:previous|prior|preceding)\b"
                             r"|\bthan\s+(?:from|between|in)\s+\d{4}\s+(?:to|through|and)\s+\d{4}", re.IGNORECASE)


def _between_split(text: str, times: list, mention):
    """(from, to) of "between 2017 and 2018" when the clause kept only its first end."""
    later = [m for m in times if m.start >= mention.end][:1]
    return range_ends(text, [mention] + later) if later else None


def _range_end_after_base(text: str, times: list, mention) -> bool:
    """Whether `mention` ends a range whose first end is a change's base ("from 2021 to 2022")."""
    before = [m for m in times if m.end <= mention.start]
    return bool(before) and before[-1].base and bool(
        re.fullmatch(r"\s+(?:to|through|thru|until)\s+", text[before[-1].end:mention.start], re.IGNORECASE))


def counted_over_time(pack, metric: str | None) -> bool:
    """Whether the metric is counted over time (fires, dollars collected), not a level (a rate, a price)."""
    definition = pack.metrics.get(metric) if metric else None
    return definition is None or definition.additive_over_time


def range_ends(text: str, mentions: list, counted: bool = True):
    """(from, to) of a range of two periods of one size ("from 2014 to 2015", "between May and
    June"), else None. Twelve months across two years of a count ("from July 2013 to June 2014")
    are one period, not a change between two months."""
    if len(mentions) != 2:
        return None
    a, b = mentions
    if not (re.fullmatch(r"\s+(?:to|and)\s+", text[a.end:b.start])
            and re.search(r"\b(?:from|between)\s+$", text[max(0, a.start - 10):a.start], re.IGNORECASE)):
        return None
    ia, ib = a.expression.interval or a.expression.period, b.expression.interval or b.expression.period
    if ia is None or ib is None or (ia[1] - ia[0]).days // 27 != (ib[1] - ib[0]).days // 27 or ia[0] >= ib[0]:
        return None
    if counted and (ia[1] - ia[0]).days < 31 and ia[0].day == 1 and ia[0].year < ib[0].year \
            and (ib[0].year - ia[0].year) * 12 + ib[0].month - ia[0].month == 11:
        return None     # "from July 2013 to June 2014": twelve months, one period, not a change between two months
    return a, b


def end_of_range(mention, source: Source):
    """(phrase, Period) of one end of a range ("2015" of "from 2014 to 2015"), by its own days; None
    when the end has no days (a duration: "from 15 days in 2022 to 17.2 days")."""
    days = mention.expression.interval or mention.expression.period
    if days is None:
        return None
    a, b = days
    if (a.month, a.day, b.month, b.day) == (1, 1, 12, 31) and a.year == b.year:
        phrase = str(a.year)
    elif a.day == 1 and a.year == b.year and a.month == b.month and (b.month == 12 or date(b.year, b.month + 1, 1).toordinal() - 1 == b.toordinal()):
        phrase = f"{a.year}-{a.month:02d}"
    else:
        phrase = f"{a.isoformat()}/{b.isoformat()}"
    period = periods.resolves(phrase, source.published, None)
    return (phrase, period) if period is not None else None


_DEICTIC = re.compile(r"(?:last|this|so\s+far\s+this|earlier\s+this|the\s+(?:previous|prior|past))\s+(?:year|month|week|quarter)\b",
                      re.IGNORECASE)


def _part_before_other_figure(text: str, st, own: list) -> list:
    """ "from 26 in the first six months of last year to 47 in the same period this year": for the
    47, the part of a year named before it is the 26's; the time right after it is its own (not
    for the figure compared with, nor when the time after is a base)."""
    part = next((m for m in own if m.partial and m.end <= st.anchor[0]), None) \
        if st.figure is not None and not st.base_figure else None
    if part is None or not re.search(r"\d", text[max(0, part.start - 40):part.start]):
        return own      # (a part named before the only figure is its own: "in the first half of 2021, 40")
    later = [m for m in own if m.start >= st.anchor[1]]
    after = _nearest_after(text, st.anchor, later)
    return own if not after or any(m.base or m.partial for m in after) else later


def _period_of_part(art: _Article, part: list):
    """(phrase, Period) of the part of a year named for the earlier figure of a pair ("31 in the
    first six months of last year", "48 in the first quarter of last year"), else None."""
    for m in part:
        if m.partial and (months := _first_months(art, m)) is not None:
            return months       # "the first six months of last year"
        if not m.partial and _year_of_part(art.text, part, m) is not None:
            return None         # "the first half" read alone, "of the fiscal year": no days to move
    return periods.phrase_of(art.text, part, art.source.published, None, lead_words=False) if part else None


# between a figure and the year in parentheses after it ("3 (2016)", "0 incidents (2016)")
_YEAR_IN_PARENTHESES = re.compile(r"(?:\s+[a-z][\w-]*)?\s*\(\s*")


def _nearest_after(text: str, anchor: tuple[int, int], own: list) -> list | None:
    """The time expression right after the figure ("33 in 2019 to 37 in 2020", "eight in 2023"),
    when one follows it closely; else None (the clause's first is taken)."""
    for mentions in periods.group(own, text):
        gap = text[anchor[1]:mentions[0].start]
        if mentions[0].start >= anchor[1] and _YEAR_IN_PARENTHESES.fullmatch(gap) \
                and text.startswith(")", mentions[-1].end):
            # "Robbery went from 5 (2015) to 3 (2016)": the year in parentheses right after a figure is its
            return mentions
        if 0 <= len(gap) <= 40 and mentions[0].start >= anchor[1] and re.fullmatch(
                r"[\s\w’'$%-]{0,30}?\s(?:in|for|during|as\s+of|so\s+far\s+in|through)\s+(?:all\s+of\s+)?", gap, re.IGNORECASE) \
                and "," not in gap and not _CONTRAST_IN.search(gap) and not (re.search(r"all\s+of\s+$", gap, re.IGNORECASE) and (
                    re.search(r"\d", gap) or re.search(r"\bthan\b", text[max(0, anchor[0] - 12):anchor[1]] + gap,
                                                       re.IGNORECASE))):
            # "31 ... compared with 28 in all of 2023", "more than in all of 2019": the other figure's year
            return mentions
        # "decreased again to 810 last year", "124 naloxone saves so far this year": a time said
        # without a preposition
        if 0 <= len(gap) <= 40 and mentions[0].start >= anchor[1] and "," not in gap \
                and re.fullmatch(r"(?:[\s\w’'$%-]{0,30}?\s)?", gap) \
                and _DEICTIC.match(text, mentions[0].start, mentions[-1].end):
            return mentions
    return None


def _same_period(text: str, mentions: list, source: Source, state: _State, review: list[str], own: list = (),
                 earlier: Period | None = None):
    """ "603 by this time last year", "54 in the same period last year", "377 at the same point in
    2020": the claim before's period moved to that year (read as the claim file reads 'same period
    in 2020'), else None."""
    first = mentions[0]
    words = text[first.start:first.end]
    before = text[max(0, first.start - 40):first.start]
    # "in the same period this year": the time reader reads "the same period" alone (as the year
    # before's); its year is the one said right after it
    year_after = next((m for m in own if m.start >= first.end and not m.partial
                       and re.fullmatch(r"\s*(?:in\s+|of\s+)?", text[first.end:m.start])
                       and (m.expression.period or m.expression.interval)), None) \
        if first.expression.anaphoric and _SAME_PERIOD.match(words + " ") else None
    # the pair's earlier figure's part, named in the same sentence, else the claim before's period
    base = earlier or state.previous_period
    if base is None or not (_BY_THIS_TIME.search(before) or _SAME_PERIOD.match(words) or year_after is not None):
        return None
    interval = (year_after or first).expression.period or (year_after or first).expression.interval
    if interval is None:
        return None
    phrase = f"same period in {interval[0].year}"
    period = periods.resolves(phrase, source.published, base)
    if period is None:
        return None
    if earlier is not None and earlier != state.previous_period:
        # the claim file reads "same period" against the claim before's period: write the days
        phrase = f"{period.start.isoformat()}/{period.end.isoformat()}"
        review.append(f"period: {phrase}, the days of the pair's earlier figure in {interval[0].year}; check")
        return phrase, period
    review.append(f"period: '{phrase}', the claim before's period in that year; check")
    return phrase, period


# "This time last year, there were 10 homicides", "by this time last year": the days to this one a year ago
_THIS_TIME = re.compile(r"(?:\b(?:by|at|to)\s+)?\b(?:this|that)\s+(?:time|point)\s*$", re.IGNORECASE)
# "Since this time last year, 48 people have been killed": the twelve months to now
_SINCE_THIS_TIME = re.compile(r"\b(?:since|from)\s+(?:this|that)\s+(?:time|point)\s*$", re.IGNORECASE)


def _this_time_last_year(art: _Article, mentions: list, metric: str | None, review: list[str]):
    """ "This time last year we had four homicides" (when the claim before's days are not taken, as
    they are "by this time last year"): a count from the first of last year to the publication day
    a year before (the year to date, a year earlier), not the whole of last year. None for a level,
    or without an exact date."""
    first, published = mentions[0], art.source.published
    interval = first.expression.interval or first.expression.period
    # a claim before gives the days ("12 in February, compared with 9 this time last year": _same_period);
    # a level ("the lake was 3 feet higher") or a metric not known has no year to date
    if len(mentions) != 1 or interval is None or not published.is_exact or art.state.previous_period is not None \
            or metric is None or not counted_over_time(art.pack, metric) \
            or not _THIS_TIME.search(art.text, max(0, first.start - 20), first.start) \
            or _SINCE_THIS_TIME.search(art.text, max(0, first.start - 20), first.start) \
            or re.match(r"['’]s\b", art.text[first.end:]):
        return None
    day = published.latest
    # a few days into the year, "this time last year" is hardly a year to date
    if (interval[0], interval[1]) != (date(day.year - 1, 1, 1), date(day.year - 1, 12, 31)) \
            or (day - date(day.year, 1, 1)).days < 14:
        return None
    end = date(day.year - 1, day.month, min(day.day, 28 if day.month == 2 else day.day))
    phrase, period = _days_resolved(interval[0], end, published)
    if period is None:
        return None
    review.append(f"period: '{phrase}', last year to this day ('this time last year'); check")
    return phrase, period


# when something happened, not what a figure counts: "Ad hoc budget meetings began in December 2019", "The shooting
# happened in 2019" (the sentence before a figure that names no period)
_EVENT_BEFORE = re.compile(r"\b(?:began|begun|started|held|met|happened|occurred|took\s+place)\s+(?:on\s+|in\s+|during\s+)?$",
                           re.IGNORECASE)


# an event's time in a lede: a verb and its plain object before the time ("released the report in January", "hired a
# new fire marshal in March"), not the object's own period ("released early estimates of driving fatalities in 2019")
_LEDE_EVENT = re.compile(r"\b(?:released|published|issued|hired|named|appointed|announced|unveiled|presented|held|"
                         r"opened|closed|elected|retired|resigned|began|started|met|happened|occurred)"
                         r"(?:\s+(?!of\b|for\b)[\w'’-]+){0,4}?\s+(?:in|on|during)\s+$", re.IGNORECASE)


def _told_as_now(clause: str) -> bool:
    """Whether a clause tells its figure as now ("The department has 212 officers", "Police have made 14 arrests"),
    not since the time the sentence before names ("The law took effect last year. The compliance rate has since
    climbed to 90 percent.")."""
    return _present(clause) and re.search(r"\bsince\b", clause, re.IGNORECASE) is None


def _named_just_before(art: _Article, at: _At):
    """(phrase, Period) of the one period, a month long or longer and over by publication, that the sentence
    before in the clause's paragraph (or, for the article's first claim, in the paragraph before) names, when no figure has been drafted since it began (its own figure, if
    any, was not drafted); None otherwise. A day named there is an event's ("On Tuesday the board met."), not the figures'."""
    if art.state.previous is not None and _follows_in_paragraph(art, at):
        return None
    found = article_sentences(art)
    index = next((i for i, s in enumerate(found) if s.start == at.sentence.start), 0)
    if index == 0 or art.state.last_anchor >= found[index - 1].start or found[index - 1].paragraph != at.sentence.paragraph \
            and not (art.state.previous is None and found[index - 1].paragraph == at.sentence.paragraph - 1):
        # (or the lede's last sentence, before the article's first figure drafted: "January of this year was the
        # state's third deadliest month for fire fatalities. || Twenty people died across the state in 15 fires.")
        return None
    before = found[index - 1]
    named = [m for m in periods.sentence_times(art.text, before.start, before.end, art.source.published)
             if not m.base and not m.since and not m.partial and not m.expression.anaphoric and m.start >= art.label_end]
    if len(named) != 1 or named[0].expression.type == "DURATION" \
            or re.match(r"(?:the\s+)?past\b", art.text[named[0].start:named[0].end], re.IGNORECASE) \
            or re.search(r"\bago\b", art.text[named[0].start:named[0].end], re.IGNORECASE) \
            or _EVENT_BEFORE.search(art.text, max(before.start, named[0].start - 50), named[0].start) \
            or _EVENT_IN.search(art.text, max(before.start, named[0].start - 50), named[0].start):
        # a span back from now is the story's ("a spike in shootings over the past month. Of the 74 homicide
        # cases ..."), not the figures' period
        return None
    if before.paragraph != at.sentence.paragraph \
            and _LEDE_EVENT.search(art.text, max(before.start, named[0].start - 60), named[0].start):
        # the lede's period is the figures' ("March of this year was the state's second deadliest month", "released
        # early estimates of driving fatalities in 2019"), not an event's time ("The fire marshal released the
        # report in January.", "The state hired a new fire marshal in March.")
        return None
    period = periods.phrase_of(art.text, named, art.source.published, art.state.previous_period)
    if period is None or period[1] is None or (period[1].end - period[1].start).days < 27 \
            or period[1].end >= art.source.published.earliest:
        return None     # (a period not over by publication: "Voters will go to the polls in the November election.")
    return period


def _sentence_period(art: _Article, at: _At):
    """The sentence's one period, named in another clause ("... in 2023, while homicides reached a record")."""
    named = [m for m in at.times if not m.base and not m.since and not m.partial and not _passed(art.text, at.st, m)
             and not _event_time(art.text, (at.sentence.start, at.sentence.end), m, at.st)
             and not _RANK_SINCE_EVENT.search(art.text, max(at.sentence.start, m.start - 90), m.start)
             and not _after_base_figure(art.text, at.st, m)
             and not _other_figures_part(art.text, at.clause, m, at.st, at, art.label_end)]
    if len(named) != 1:
        return None
    return periods.phrase_of(art.text, named, art.source.published, art.state.previous_period)


# The month a monthly release's figures are of: "in the 12 months to May this year", "the year to
# March 2024", "in the twelve months through August"
_MONTH_NAMES = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)"
_YEAR_TO_MONTH = LedPattern(re.compile(r"\b(?:(?:12|twelve)[\s-]+months?|year)\s+(?:to|through|ending(?:\s+in)?|until)\s+"
                                       + _MONTH_NAMES + r"(?:\s+(?P<year>this\s+year|\d{4}))?\b"))
# a period reaching back a year from now: the year a monthly release measures its change over
_LAST_YEAR_SPAN = re.compile(r"\b(?:last|past|previous)\s+(?:12|twelve)[\s-]+months\b|\b(?:last|past)\s+year\b"
                             r"|\b(?:annual|year[\s-]on[\s-]year|year[\s-]over[\s-]year|12[\s-]+months\s+to)\b"
                             r"|\bmonth[\s-]on[\s-]month\b|\bmonthly\b", re.IGNORECASE)
# "during the month": the month named before
_THE_MONTH = re.compile(r"\b(?:during|in|for|over|across|that)\s+(?:the|that|this)?\s*month\b(?!s)", re.IGNORECASE)


def _month_days(year: int, month: int) -> tuple[date, date]:
    from datetime import timedelta
    end = date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
    return date(year, month, 1), end


def _months_joined(art: _Article, own: list, chosen):
    """ "11 deadly fires in January and February", "32 of them during January and February": one
    figure of two months joined by "and" counts both, the first day of the one to the last of the
    other (not the first month alone)."""
    text, published = art.text, art.source.published
    at = next((i for i, m in enumerate(own) if m is chosen), None)
    if at is None:
        return None
    for first, second in ((own[at - 1], chosen) if at > 0 else (None, None), (chosen, own[at + 1]) if at + 1 < len(own) else (None, None)):
        if first is None or not re.fullmatch(r"\s+and\s+", text[first.end:second.start]):
            continue
        a = periods.phrase_of(text, [first], published, art.state.previous_period)
        b = periods.phrase_of(text, [second], published, art.state.previous_period)
        if a is None or b is None or not _is_month(a[1]) or not _is_month(b[1]) \
                or b[1].start.toordinal() != a[1].end.toordinal() + 1 or b[1].end > published.latest:
            continue
        phrase = f"{a[1].start.isoformat()}/{b[1].end.isoformat()}"
        return phrase, Period(start=a[1].start, end=b[1].end)
    return None


# a figure listed after its year: "Pre-K: 2015 - 60, 2016 - 60", "2021: 41"
_LISTED_YEAR = re.compile(r"(?:^|[:,;]\s*)(?P<year>(?:19|20)\d\d)\s*(?:[-–—:]\s*)$")
_MONTH_ALONE = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|December)")
_YEAR_ALONE = re.compile(r"(?:19|20)\d\d")
_MONTH_TO_YEAR = re.compile(r"\s+(?:[a-z-]+\s+){1,3}?(?:for|of|in)\s+")


def _month_of_year_named(art: _Article, own: list, chosen):
    """ "The October enrollment reported for 2015": a month named with no year, and a year named alone
    a few words after it ("for", "of" or "in" it; the clause names no other time), is that month of that year."""
    text = art.text
    if len(own) != 2 or not _MONTH_ALONE.fullmatch(text, chosen.start, chosen.end):
        return None
    other = own[1] if own[0] is chosen else own[0]
    if not _YEAR_ALONE.fullmatch(text, other.start, other.end) or not _MONTH_TO_YEAR.fullmatch(text, chosen.end, other.start):
        return None
    phrase = f"{text[other.start:other.end]}-{_COUNT_MONTHS[text[chosen.start:chosen.end]]:02d}"
    resolved = periods.resolves(phrase, art.source.published, None)
    return (phrase, resolved) if resolved is not None else None


def _is_month(p: Period) -> bool:
    return p.start.day == 1 and (p.start, p.end) == _month_days(p.start.year, p.start.month)


def _reference_month(art: _Article):
    """The month a monthly release's figures are of, when the article names it ("in the 12 months
    to May this year"): (year, month), else None. Read once an article."""
    if "reference_month" not in art.read_once:
        found = None
        published = art.source.published
        if published.is_exact:
            today = published.latest
            for hit in _YEAR_TO_MONTH.finditer(art.text, art.label_end):
                if re.search(r"\bcompared\s+(?:[\w-]+\s+){0,2}$", art.text[max(0, hit.start() - 30):hit.start()], re.IGNORECASE):
                    continue        # "compared over the year to March 2016": the month compared with
                month = ("january february march april may june july august september october november "
                         "december").split().index(hit["month"].lower()) + 1
                year = hit["year"]
                if year and year[0].isdigit():
                    y = int(year)
                else:
                    y = today.year if (month <= today.month or year) else today.year - 1
                if date(y, month, 1) <= today:
                    found = (y, month)
                    break
        art.read_once["reference_month"] = found
    return art.read_once["reference_month"]


def _series_month(art: _Article, at: _At, period, level: bool, text: str):
    """(year, month) of a monthly series' figure and why, for `_data_month`; None when no month is
    meant. `level`: the metric is a level, not a count added up over time; `text`: the clause."""
    published = art.source.published
    if (period is None or period[1].start == period[1].end == published.latest) and _THE_MONTH.search(text):
        before = art.state.previous_period
        main = art.state.main_period
        for p in (before, main[1] if main else None):
            if p is not None and _is_month(p) and p.end < published.latest:
                return (p.start.year, p.start.month), "'the month' is the month named before"
    if level:
        ref = _reference_month(art)
        sentence = art.text[at.sentence.start:at.sentence.end]
        recent = period is None or period[1].end >= published.latest.fromordinal(published.latest.toordinal() - 7) \
            or bool(_LAST_YEAR_SPAN.search(period[0])) or bool(_LAST_YEAR_SPAN.search(sentence))
        if ref is not None and recent:
            return ref, "the month the article's figures are of ('... months to')"
        elif ref is None and period is not None and period[1].start == period[1].end == published.latest:
            named = art.state.months_named
            if named and len(set(named)) == 1 and named[0].end < published.latest \
                    and (published.latest - named[0].end).days <= 92:
                return (named[0].start.year, named[0].start.month), "the month the article's figures are of"
    if level and period is not None and (period[1].start.month, period[1].start.day) == (1, 1) \
            and period[1].end.year == period[1].start.year \
            and (period[1].end == date(period[1].start.year, 12, 31) or period[1].end == published.latest):
        # "a count in March 2023 ... Burnaby (209 in 2023)": a level counted once a year, in the
        # one month of that year the article names
        months = {m for m in _months_named(art) if m[0] == period[1].start.year}
        if len(months) == 1 and not _MONTH_WORD.search(text):
            month = months.pop()
            return month, f"the one month of {month[0]} the article names (a level counted then)"
    return None


def _data_month(art: _Article, at: _At, metric: str, period, review: list[str], missing: list[str]):
    """The month of a monthly series (a level such as a rate, an average price or a count of jobs,
    published some weeks after its month):
    - "Tulsa did add 2,100 new jobs during the month": the month named before ("in August");
    - an article that names the month its figures are of ("in the 12 months to May this year"):
      a level's figure or change given "over the last 12 months", "annual", "month-on-month",
      "now" or with no period is that month's (its change is measured to that month);
    - a level said in the present tense ("Oklahoma City is lower at 4.6%") in an article whose
      main period is a month already over: that month, not the day of publication."""
    published = art.source.published
    if not published.is_exact:
        return period
    definition = art.pack.metrics.get(metric)
    level = definition is not None and not definition.additive_over_time and definition.unit != "dollar"
    text = art.text[at.clause[0]:at.clause[1]]
    named = _series_month(art, at, period, level, text)
    if named is None:
        return period
    month, why = named
    start, end = _month_days(*month)
    phrase = start.isoformat()[:7]
    resolved = periods.resolves(phrase, published, None)
    if resolved is None or (period is not None and period[1] == resolved):
        return period
    if "period" in missing:
        missing.remove("period")
    review[:] = [n for n in review if not n.startswith("period:")]
    review.append(f"period: {phrase}, {why}; check")
    return phrase, resolved


_MONTH_WORD = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b")
_MONTH_NAMED = re.compile(r"\b(?:in|during|of|since|from|over|through)\s+(?:[a-z]+\s+){0,3}?" + _MONTH_NAMES
                          + r"(?:\s+(?P<year>\d{4}))?\b(?![,\s]+\d{1,2}\b)")


def _months_named(art: _Article) -> list[tuple[int, int]]:
    """(year, month) of each whole month the article names after "in", "during", "of" ("a count in
    March 2023", "two nights in February"), a month without its year the latest one by the day of
    publication; not a day of a month ("in March 3")."""
    if "months_named" not in art.read_once:
        out = []
        today = art.source.published.latest
        for hit in _MONTH_NAMED.finditer(art.text, art.label_end):
            month = ("january february march april may june july august september october november "
                     "december").split().index(hit["month"].lower()) + 1
            year = int(hit["year"]) if hit["year"] else (today.year if month <= today.month else today.year - 1)
            if date(year, month, 1) <= today:
                out.append((year, month))
        art.read_once["months_named"] = out
    return art.read_once["months_named"]


# "so far this year compared with the same period last year", "down from 106,840" a year on: the
# comparisons of the paragraph are with a year before
_YEAR_BEFORE = re.compile(r"\blast\s+year\b|\ba\s+year\s+(?:ago|earlier|before)\b|\bthe\s+(?:year|period)\s+before\b"
                          r"|\bsame\s+(?:period|time|point)\s+(?:last|a)\s+year\b|\bprevious\s+year\b", re.IGNORECASE)


# not two levels but the two ends of a range: "ranged from 20 down to 5 a month", "varied from 60 to 25"
RANGE_OPEN = re.compile(r"\b(?:range[sd]?|ranging|var(?:y|ies|ied|ying))\s+(?:[\w'’-]+\s+){0,2}?from\s+"
                        r"(?:less\s+than\s+|more\s+than\s+|fewer\s+than\s+|under\s+|over\s+)?$", re.IGNORECASE)


def year_on_year(period: Period) -> bool:
    """Whether a figure of `period` is compared with the same days a year before when the words name
    no other: a year (a calendar or fiscal year, twelve months "to March 31"), as news compares counts
    of a year. Not a month, a quarter or a year to date, compared with the one before as often as with
    the year before (the earlier rounds' tests keep "the first six months" undecided)."""
    return _shift_year(period.start, 1) == period.end + timedelta(days=1)


def _compared_in_sentence(art: _Article, at: _At, partner: Period) -> bool:
    """Whether the figure compared with follows, in its sentence, a figure of a year
    ("364 deaths in the 12 months to March 31, an increase of 33.3 per cent from 273"): not the low end
    of a range ("ranging from 20 to 5 a month"), nor a level left when the level reached comes after it
    ("plan to cut burglaries from 233 to 150": the pair's own reading decides it), nor a figure whose
    clause says more of it ("compared with 30 in Springfield", "up from 30 before the pandemic",
    "compared with 30 nationally": another place, or a time the readers do not date)."""
    return year_on_year(partner) and art.state.previous["quote"]["start"] >= at.sentence.start \
        and (_ENDS_ITS_CLAUSE.match(art.text, at.st.anchor[1]) or _PREVIOUS_IN_CLAUSE.match(art.text, at.st.anchor[1])) \
        and not RANGE_OPEN.search(art.text, max(at.sentence.start, at.st.anchor[0] - 40), at.st.anchor[0])


# "an increase of 3.6 per cent from 280.", "down from 106,840 students,", "(44 from 17)": the figure
# compared with ends its clause, its noun at most after it (not "nationally", "statewide")
_ENDS_ITS_CLAUSE = re.compile(r"(?:\s+(?![a-z]+(?:ly|wide)\b)[a-z]+)?[ \t]*(?:[.,;:)!?\n]|$)")
# "from the 72 burglaries reported during the previous 12-month period", "the $4.47 million included on the
# previous budget": the clause names the period before in words the period readers do not date
_PREVIOUS_IN_CLAUSE = re.compile(r"[^.,;:()\n]{0,80}?\b(?:previous|prior|preceding)\b", re.IGNORECASE)


def _base_of_partner(art: _Article, at: _At, review: list[str]):
    """The period of a figure compared with that names none ("rose to 890 from 844", "Delta (44
    from 17)", "103,655 students registered, down from 106,840"), from the claim it is compared with
    (the claim just before, in the same sentence): the period compared with last time the article
    compared a figure of that period ("Burnaby (209 in 2023, compared to 124 in 2020)"), else, when
    the paragraph compares with a year before ("compared with the same period last year") or the
    partner counts a year in its sentence (`year_on_year`: "364 deaths in the 12 months to March
    31, an increase of 33.3 per cent from 273"), the same days a year earlier; each noted. None when
    undecided."""
    state, published = art.state, art.source.published
    if state.previous is None or state.previous_period is None or state.previous_base \
            or state.previous["quote"]["start"] < at.sentence.start - 200 \
            or state.previous_paragraph != at.sentence.paragraph:
        return None
    partner = state.previous_period
    if state.last_base is not None and state.last_base[0] == partner and state.last_base[1].end < partner.start:
        days = state.last_base[1]
        why = "the period the article compared a figure of the same period with before"
    else:
        paragraph = art.paragraphs[at.sentence.paragraph]
        before = art.paragraphs[at.sentence.paragraph - 1] if at.sentence.paragraph > 0 else paragraph
        if not (_YEAR_BEFORE.search(art.text, paragraph[0], paragraph[1])
                or _YEAR_BEFORE.search(art.text, before[0], before[1]) or _compared_in_sentence(art, at, partner)):
            return None
        try:
            days = Period(start=partner.start.replace(year=partner.start.year - 1),
                          end=partner.end.replace(year=partner.end.year - 1,
                                                  day=28 if (partner.end.month, partner.end.day) == (2, 29) else partner.end.day))
        except ValueError:
            return None
        why = "the same days a year before those of the figure it is compared with"
    if (days.start.month, days.start.day, days.end.month, days.end.day) == (1, 1, 12, 31) and days.start.year == days.end.year:
        phrase = str(days.start.year)
    elif _is_month(days):
        phrase = days.start.isoformat()[:7]
    else:
        phrase = f"{days.start.isoformat()}/{days.end.isoformat()}"
    resolved = periods.resolves(phrase, published, None)
    if resolved is None:
        return None
    review.append(f"period: {phrase}, {why}; check")
    return phrase, resolved


_YEAR_DIGITS = re.compile(r"\b(?:1[89]|20)\d\d\b")
# a period told from the day of publication ("this year", "so far", "to date", "the current season"): never
# another year's, whatever year the sentence opens with
_NOW_SAID = re.compile(r"\b(?:this|so\s+far|to\s+date|current(?:ly)?|now)\b", re.IGNORECASE)


def _in_the_years_named(art: _Article, at: _At, chosen: list, period, review: list[str]):
    """A month or day named without its year in a sentence about another year ("Last year, Cleveland
    had 118 homicides through Nov. 16", "Twenty people were killed in September that year", after
    "In 2019, ..."): that year's, not the one the publication day gives."""
    if period is None or _YEAR_DIGITS.search(art.text, chosen[0].start, chosen[-1].end) \
            or _NOW_SAID.search(art.text, chosen[0].start, chosen[-1].end):
        return period       # ("In 2016, 2,256 voted absentee, while this year 3,378 did": this year's)
    p = period[1]
    if p.start.year != p.end.year or (p.start.month, p.start.day, p.end.month, p.end.day) == (1, 1, 12, 31):
        return period
    years = set()
    for m in at.times:
        if m in chosen or m.base or m.since:
            continue
        interval = m.expression.interval or m.expression.period
        if interval is None:
            continue
        if m.expression.anaphoric and re.fullmatch(r"that\s+year", art.text[m.start:m.end], re.IGNORECASE):
            paragraph = art.paragraphs[at.sentence.paragraph]
            named = _YEAR_DIGITS.findall(art.text, paragraph[0], at.sentence.start)
            if named:
                years.add(int(named[-1]))
        elif (interval[0].month, interval[0].day, interval[1].month, interval[1].day) == (1, 1, 12, 31) \
                and interval[0].year == interval[1].year and m.start < chosen[0].start \
                and re.fullmatch(r"\W*(?:in\s+)?", art.text[at.sentence.start:m.start], re.IGNORECASE) \
                and re.match(r"\s*,", art.text[m.end:m.end + 3]):
            years.add(interval[0].year)     # "Last year, ...", "In 2019, ..." opening the sentence
    if len(years) != 1:
        return period
    year = years.pop()
    if year == p.start.year or year >= art.source.published.latest.year + 1:
        return period
    try:
        start, end = p.start.replace(year=year), p.end.replace(year=year)
    except ValueError:
        return period
    phrase = start.isoformat()[:7] if _is_month(Period(start=start, end=end)) else f"{start.isoformat()}/{end.isoformat()}"
    resolved = periods.resolves(phrase, art.source.published, None)
    if resolved is None:
        return period
    review.append(f"period: {phrase}, '{art.text[chosen[0].start:chosen[-1].end]}' in the year the sentence names; check")
    return phrase, resolved


_LAST_YEAR_SAID = re.compile(r"\blast\s+year\b|\bthe\s+(?:year|weekend)\s+before\b", re.IGNORECASE)


# where the words of the figure compared with begin ("9,905 tickets, up from the 9,624 ... in 2021")
_BASE_WORDS = re.compile(r"\b(?:up|down)\s+from\b|\bcompared\s+(?:to|with)\b|\bthan\b|\bfrom\b|\bversus\b",
                         re.IGNORECASE)


def _own_words(text: str, at: _At) -> str:
    """The clause's words about its figure: a figure compared with's from itself on, another's without
    the words of the figure it is compared with."""
    if at.st.base_figure or at.st.anchor is None:
        return text[(at.st.anchor or at.clause)[0]:at.clause[1]]
    cut = _BASE_WORDS.search(text, at.st.anchor[1], at.clause[1])
    return text[at.clause[0]:cut.start() if cut else at.clause[1]]


# a count of the year so far, never of the weekend ("so far this year", "45 deaths this year, up from 38 at this
# point last year", "since January", "through May")
_YEAR_TO_DATE = re.compile(r"\bso\s+far\b|\bto\s+date\b|\bsince\s+(?:January|Jan\.)|\bthrough\b|\bat\s+this\s+(?:point|time)\b"
                           r"|\bthus\s+far\b", re.IGNORECASE)
_MOVED_FROM_TO = re.compile(r"\bfrom\s+\$?\d[\d,.]*\s+to\s+\$?\d")
_THIS_YEAR_SAID = re.compile(r"\bthis\s+year\b", re.IGNORECASE)
_PAST_YEAR = re.compile(r"\blast\s+year\b|\b(?:19|20)\d\d\b", re.IGNORECASE)
# the clause ties a year's figure to the holiday ("over the holiday, compared to 2,980 in 2022")
_OF_THE_HOLIDAY = re.compile(r"\bweekend\b|\bholiday\b|\bsame\s+period\b", re.IGNORECASE)
# "last Memorial Day", "last year's Labor Day weekend": the weekend a year before
_LAST_HOLIDAY = re.compile(r"\b(?i:last)\s+(?:year['’]s\s+)?(?:[A-Z][\w.'’]*\s+){1,4}Day\b")
# a day of release or attribution ("said Tuesday", "released by state police Wednesday"), not the clause's own day
_WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
_RELEASE_BEFORE = re.compile(r"\b(?:said|says|reported|released|announced|showed|shows|told|according)\b[^.;]{0,60}$", re.IGNORECASE)


_ON_DAY = re.compile(r"(?:\b[Oo]n|^)\s*$")


def _own_day(art: _Article, at: _At) -> bool:
    """Whether the sentence names a weekday of its own ("A crash on Saturday", "On Sunday, troopers"), not
    only a day of release ("said Tuesday") or the weekend's days ("Friday through Monday")."""
    text = art.text
    return any(_ON_DAY.search(text[at.sentence.start:m.start()]) and not _RELEASE_BEFORE.search(text, at.sentence.start, m.start())
               for m in _WEEKDAY.finditer(text, at.sentence.start, at.sentence.end))


def _headline_and_lede(art: _Article) -> list[str]:
    """The article's title, headline and lede (the first paragraph but the headline of eight words or more)."""
    text = art.text
    headline = text[art.label_end:text.find("\n", art.label_end)] if "\n" in text[art.label_end:] else ""
    lede = next(((a, b) for a, b in art.paragraphs[:4] if len(text[max(a, art.label_end):b].split()) >= 8
                 and text[max(a, art.label_end):b].strip() != headline.strip()), None)
    return [art.source.title or "", headline, text[max(lede[0], art.label_end):lede[1]] if lede else ""]


def _article_holiday(art: _Article) -> tuple[holidays.MondayHoliday, int, bool] | None:
    """The Monday holiday's weekend the article is about, its year, and whether its headline or lede
    counts figures over it ("State police reported fewer DUI arrests over the Memorial Day weekend"; not
    "Students return after Labor Day weekend"): named in its headline or its lede, in a story published
    within 30 days after it; read once."""
    if "holiday" in art.read_once:
        return art.read_once["holiday"]
    found = None
    published = art.source.published
    lead = _headline_and_lede(art)
    for words in lead:
        hit = holidays.HOLIDAY_WEEKEND.search(words)
        if hit is None:
            continue
        holiday = holidays.holiday_of(hit["name"])
        year = int(hit["year"]) if hit["year"] else holidays.latest_year(holiday, published.earliest)
        if 0 <= (published.earliest - holidays.monday(holiday, year)).days <= 30:
            found = holiday, year, any(holidays.COUNTED_OVER.search(w) for w in lead)
        break
    art.read_once["holiday"] = found
    return found


def _holiday_weekend(art: _Article, at: _At, metric: str | None, period, review: list[str], missing: list[str]):
    """In a story about a holiday weekend's figures ("over the Memorial Day weekend"), a count said "over
    the holiday", with no period, or on the day the figures were released ("Data released by state police
    Wednesday"), and a year's figure the clause ties to the holiday ("over the holiday, compared to 2,980
    in 2022"; "this year, up from 455 last year"), counts that year's holiday weekend, Friday to Monday
    (the hands of fresh17 and fresh25 alike). A whole year's figure ("1,275 traffic deaths in 2022"), a
    year to date ("so far this year"), a weekday the clause names ("A crash on Saturday") and a standing
    level ("The district enrolls 24,500 students") keep their own periods."""
    found = _article_holiday(art)
    if found is None or period is False:
        return period
    holiday, year, counted = found
    friday, monday = holidays.weekend_days(holiday, year)
    published, text = art.source.published, art.text
    definition = art.pack.metrics.get(metric) if metric else None
    clause = _own_words(text, at)
    # a count that adds up over the weekend, or one the clause says is of it ("612 crashes over the holiday")
    summed = definition is not None and definition.additive_over_time and definition.unit != "dollar" \
        or definition is None and _OF_THE_HOLIDAY.search(clause) is not None
    sentence = text[at.sentence.start:at.sentence.end]
    days = period[1] if period is not None else None
    target = year
    moved_from = at.st.base_figure and at.st.anchor is not None and _MOVED_TO.match(text, at.st.anchor[1]) is not None \
        and _THIS_YEAR_SAID.search(sentence) is not None and not _YEAR_TO_DATE.search(sentence)
    if days is None:
        if "period" not in missing or not (counted and summed):
            return period
        if at.st.base_figure and not moved_from:
            return period
    elif days.start == days.end and friday <= days.start <= published.latest:     # the day of release
        if not (counted and summed) or _own_day(art, at):
            return period
    elif days.is_full_year() and year - 30 <= days.start.year <= year:
        # the year the clause itself names ("compared to the 596 arrests made in 2021", "last year")
        if _PAST_YEAR.search(sentence) and not (      # a year the sentence names, not one taken from the next
                at.st.base_figure or _BASE_WORDS.search(text, at.clause[0], at.clause[1])     # compared
                or _OF_THE_HOLIDAY.search(sentence) or holiday.name.split()[0] in sentence):
            return period
        if days.start.year != year and (str(days.start.year) in clause or (
                days.start.year == year - 1 and _LAST_YEAR_SAID.search(clause))):
            target = days.start.year
    elif days.start == date(year, 1, 1) and monday <= days.end <= published.latest:   # "this year"
        if _YEAR_TO_DATE.search(sentence) or not _THIS_YEAR_SAID.search(sentence) \
                or not (_PAST_YEAR.search(sentence) or _MOVED_FROM_TO.search(sentence)):
            return period
    elif (days.start, days.end) != holidays.weekend_days(holiday, days.start.year):  # carried over
        return period
    if moved_from and target == year:
        target = year - 1             # "jumped this year from 31 to 218": 31 of the weekend a year before
    if target == year and _LAST_HOLIDAY.search(text, at.sentence.start, (at.st.anchor or at.clause)[0]):
        target = year - 1             # "Last Memorial Day weekend, 2 people died"
    start, end = holidays.weekend_days(holiday, target)
    phrase = f"{start.isoformat()}/{end.isoformat()}"
    resolved = periods.resolves(phrase, published, None)
    if resolved is None:
        return period
    if "period" in missing:
        missing.remove("period")
    review[:] = [n for n in review if not n.startswith("period:")]
    review.append(f"period: {phrase}, the {holiday.name} weekend of {target} (Friday to Monday) the article is "
                  "about; check")
    return phrase, resolved


# a part of a year named in the headline or lede: "for the first half of 2020", "the first quarter of this year",
# "in the first six months of 2019", "From January to June of this year"
_PART_LEAD_PARAGRAPHS = 4     # the headline, a photo's caption, the lede and the paragraph after it
_PART_REPORTED_AFTER = 14    # days after the part ends within which a story's figures still run to the day of publication
_PART_STILL_LATEST = 92      # days after the part ends beyond which a year to date runs to publication again
_ORDINAL_PART = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_PART_YEAR = r"(?:of\s+)?(?:(?P<year>(?:19|20)\d\d)\b|(?P<which>this|the|last)\s+year\b)"
_PART_NAMED = LedPattern(re.compile(
    # (without its year, not "of" another whole: "the first quarter of next year", "of the fiscal year", "of March")
    # ("through the third quarter": the year to its end; a headline's "through third quarter" drops the "the")
    r"(?:\b(?P<through>through|thru|(?:by|to)\s+the\s+end\s+of)\s+(?:the\s+)?)?"
    r"\b(?P<ord>first|second|third|fourth)\s+(?P<part>half|quarter)\b(?:\s+" + _PART_YEAR + r"|(?![-\w]|\s+of\b))"
    + r"|\b(?P<year2>(?:19|20)\d\d)\s+(?P<ord2>first|second|third|fourth)[\s-]+(?P<part2>half|quarter)\b"
    + r"|\bfirst\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months\s+" + _PART_YEAR.replace("year>", "year3>").replace("which>", "which3>")
    + r"|\b(?:from|between)\s+Jan(?:uary|\.)?\s+(?:1\s+)?(?:to|through|thru|until|and)\s+(?:the\s+end\s+of\s+)?"
      r"(?P<month>February|March|April|May|June|July|August|September|October|November)\b(?:\s+3[01])?(?:\s+"
    + _PART_YEAR.replace("year>", "year4>").replace("which>", "which4>") + ")?"
    # "this year through October", "2021 through the end of September"
    + r"|\b(?:(?P<year5>(?:19|20)\d\d)|(?P<which5>this)\s+year)\s+(?:through|thru|to)\s+(?:the\s+end\s+of\s+)?"
      r"(?P<month5>February|March|April|May|June|July|August|September|October|November)\b(?!\s+\d)",
    re.IGNORECASE))
# a clause that says its figure is a whole year's ("for the year", "annual", "all of 2019"; "today", a weekday, "on pace for")
_WHOLE_YEAR_SAID = re.compile(r"\b(?:annual(?:ly)?|overall|all\s+of|for\s+the\s+(?:whole\s+|full\s+|entire\s+)?year|"
                              r"year[\s-]end|(?:full|whole|entire)[\s-]year|in\s+a\s+year|per\s+year)\b|"
                              r"\b(?:half|quarter|months?|weeks?)\b|(?-i:" + _MONTH_WORD.pattern + ")|"
                              r"\b(?:today|tonight|yesterday|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b|"
                              r"\b(?:on\s+(?:pace|track)|projected|expected|forecast)\b",
                              re.IGNORECASE)
# a year's figure set against another's, as a report on part of a year gives its earlier years ("compared to 69 in
# 2019", "185 the year before", "18 in 2017, 13 in 2018 ... and 12 in 2020")
_SET_AGAINST = re.compile(r"\b(?:compared|than|from|versus|vs\.?|the\s+(?:year|period)\s+before|the\s+previous\s+year|"
                          r"same\s+period)\b", re.IGNORECASE)


# "73 Marylanders died in 62 fatal fires during 2009", "homicides in 2019": a whole year the figures are of
_WHOLE_YEAR_OF = r"\b(?:in|during|for|throughout)\s+(?:all\s+of\s+)?{year}\b(?!\s*[-–/]\s*\d)"


def _whole_year_told_first(art: _Article, year: int, part_at: int) -> bool:
    """Whether a paragraph before the part's tells figures of the part's whole year ("announced 73 Marylanders
    died in 62 fatal fires during 2009", then "The majority (48) of the fire deaths occurred during the first
    half of 2009"): the report is of the year, the part one of its details."""
    paragraph = next((a for a, b in art.paragraphs if a <= part_at < b), art.label_end)
    return re.search(_WHOLE_YEAR_OF.format(year=year), art.text[art.label_end:paragraph], re.IGNORECASE) is not None


def _months_of_part(g: dict) -> tuple[int, int] | None:
    """(first month, last month) of a part of a year `_PART_NAMED` read; None for no part ("the third half")."""
    if g["ord"] or g["ord2"]:
        n, half = _ORDINAL_PART[(g["ord"] or g["ord2"]).lower()], (g["part"] or g["part2"]).lower() == "half"
        if half and n > 2:
            return None
        first = (n - 1) * (6 if half else 3) + 1
        # "through the third quarter": the year to that part's end
        return (1 if g.get("through") else first), first + (5 if half else 2)
    if g["n"]:
        n = _SMALL.get(g["n"].lower()) or int(g["n"])
        return (1, n) if 1 < n < 12 else None
    return 1, _MONTH_NUMBER[(g["month"] or g["month5"])[:3].lower()]


def _part_named_at_top(art: _Article):
    """(first month, last month, year) of the one part of a year the headline and the first paragraphs
    name, over by publication ("Lake Country RCMP is reporting fewer calls ... for the first half of
    2020"; "From January to June of this year"), else None. Two different parts named ("the first
    quarter" and "the first half") decide nothing, unless one is named more often. Read once an article."""
    if "part_at_top" in art.read_once:
        return art.read_once["part_at_top"]
    found = None
    published = art.source.published
    # (a page dated by a range across a new year: only a part whose year is written is read)
    one_year = published.earliest.year == published.latest.year
    if art.paragraphs:
        lead_end = art.paragraphs[min(len(art.paragraphs), _PART_LEAD_PARAGRAPHS) - 1][1]
        parts, years, the_years, first_at = Counter(), set(), set(), None
        for hit in _PART_NAMED.finditer(art.text, art.label_end, max(art.label_end, lead_end)):
            g = hit.groupdict()
            months = _months_of_part(g)
            year = next((g[k] for k in ("year", "year2", "year3", "year4", "year5") if g.get(k)), None)
            which = next((g[k] for k in ("which", "which3", "which4", "which5") if g.get(k)), None)
            if months is None or not (one_year or year):
                continue
            first_at = hit.start() if first_at is None else first_at
            parts[months] += 1
            # ("the first nine months of the year" after "in 2017" is 2017's, and a headline's "through third
            # quarter" beside "through the third quarter of 2019" is 2019's: "the year", or none, wants a year named)
            unnamed = not year and (not which or which.lower() == "the")
            year = int(year) if year else published.latest.year - (1 if which and which.lower() == "last" else 0)
            (the_years if unnamed else years).add(year)
        ranked = parts.most_common(2)
        years = years or the_years
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) and years:
            # one part, or one named more often than any other ("the first nine months" twice, "the first
            # six months" of an earlier report once)
            (first, last), year = ranked[0][0], max(years)
            end = (date(year + (last == 12), last % 12 + 1, 1) - timedelta(days=1))
            # ("through the first five months of the year" beside "as of June 11": the figures run to that day)
            if end < published.earliest and not _whole_year_told_first(art, year, first_at) \
                    and not any(end < day <= published.latest for _, day in art.as_of):
                found = (first, last, year)
    art.read_once["part_at_top"] = found
    return found


# "through the third quarter of last year", "through the end of the second quarter", "by the end of the first half"
_THROUGH_PART = WindowGatedPattern(re.compile(r"\b(?:through|thru|up\s+to|by\s+the\s+end\s+of|to\s+the\s+end\s+of)\s+(?:the\s+end\s+of\s+)?(?:the\s+)?"
                                              r"(?:first|second|third|1st|2nd|3rd)\s+(?P<part>quarter|half)\b", re.IGNORECASE),
                                   ("quarter", "half"))
_PART_IN_CLAUSE = re.compile(r"\b(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:quarter|half)\b", re.IGNORECASE)


def _through_part(art: _Article, at: _At, period, review: list[str]):
    """A quarter or a half-year that a clause counts "through" ("1,705 people died ... through the third
    quarter of last year"): the year to that part's end, from January 1, not the part alone."""
    if not period:
        return period
    p = period[1]
    hit = _THROUGH_PART.search(art.text, at.clause[0], at.clause[1])
    # "610 deaths in the third quarter and 1,705 through the third quarter": with another part named in the
    # clause, which figure is counted through is not known; each keeps its own
    if hit is None or len(_PART_IN_CLAUSE.findall(art.text, at.clause[0], at.clause[1])) > 1 \
            or p.start.month == 1 or p.start.day != 1 or p.start.year != p.end.year or (p.end + timedelta(days=1)).day != 1:
        return period
    months = p.end.month - p.start.month + 1
    if months != (3 if hit["part"].lower() == "quarter" else 6):
        return period
    phrase, resolved = _days_resolved(date(p.start.year, 1, 1), p.end, art.source.published)
    if resolved is None:
        return period
    review.append(f"period: {phrase}, the year to the end of the {hit['part'].lower()} counted through; check")
    return phrase, resolved


# the words of the note `_part_of_year_reported` leaves: a period the article names at its top, carried on
# like one the clause names
PART_AT_TOP = "the report at the top is of"


# a year set against as a whole, right after its word: "up 7.2 percent from 2014", "higher than 2014"
_YEAR_AGAINST = re.compile(r"\b(?:from|than|over|compared\s+(?:to|with))\s+(?P<year>(?:19|20)\d\d)\b(?!\s*[-–/]\s*\d)",
                           re.IGNORECASE)


# a quarter or a half named by its place, as a noun or before one ("the first quarter", "first-quarter deaths")
_ORDINAL_PART_SAID = re.compile(r"\b(?P<ord>first|second|third|fourth)[\s-]+(?P<part>half|quarter)\b", re.IGNORECASE)


def _without_the_part(words: str, first: int, last: int) -> str:
    """A clause's words without the quarter or half they name when it is the months of the part at the top
    ("the total first-quarter overdose deaths dropped from 19 in 2015 to 12 in 2016", in a report on the
    first quarter: its years' first quarters, no part of the clause's own)."""
    def same(hit: re.Match) -> str:
        n, size = _ORDINAL_PART[hit["ord"].lower()], 6 if hit["part"].lower() == "half" else 3
        return " " if (n - 1) * size + 1 == first and n * size == last and n * size <= 12 else hit.group(0)
    return _ORDINAL_PART_SAID.sub(same, words)


def _older_year_against(said: str, target: int) -> bool:
    """Whether the words set the figure against a whole year before `target` ("the rise seen in 2015 of deaths
    up 7.2 percent from 2014"), not against a figure of a year ("compared to 69 in 2019")."""
    return any(int(m["year"]) < target for m in _YEAR_AGAINST.finditer(said))


def _part_of_year_reported(art: _Article, at: _At, metric: str | None, period, review: list[str]):
    """In a report on part of a year ("for the first half of 2020", named in the headline or lede), a
    count given a whole year ("In 2018, police recorded 235 calls", "down from 242 the year before"),
    the year to date or the day of publication counts that part of its year, as the report's
    tables do (the hands of fresh30's Lake Country RCMP report alike). A clause that says its figure
    is a whole year's ("annual", "for the year", "all of 2019") or names a part of its own keeps its
    period; a level (a rate, a price) keeps its own."""
    if not period or metric is None or not counted_over_time(art.pack, metric):
        return period
    part = _part_named_at_top(art)
    if part is None:
        return period
    first, last, year = part
    days, published = period[1], art.source.published
    y = days.start.year
    part_end = date(year + (last == 12), last % 12 + 1, 1) - timedelta(days=1)
    if (published.latest - part_end).days <= _PART_REPORTED_AFTER:
        # "So far in 2023" said a week after the half ended: news to the day, not the half's report (a page
        # dated by a range is known to be so only when its range's last day is that close)
        return period
    if days.start == date(y, 1, 1) and days.end.year == y and year - 5 <= y <= year \
            and days.end >= date(y + (last == 12), last % 12 + 1, 1) - timedelta(days=1):
        # a whole year named (or carried), or a year to date: that year's part; the whole year the article
        # names most, taken for want of any named, is the report's own part
        target = year if any(n.startswith("period:") and "the article names most" in n for n in review) else y
    elif days.start == days.end == published.earliest and days.start.year == year:
        target = year                   # the day of publication
    else:
        return period
    if _WHOLE_YEAR_SAID.search(_without_the_part(_own_words(art.text, at), first, last)):
        return period
    said = art.text[at.sentence.start:at.sentence.end]
    # (the figure's own words are no comparison: "Last year, more than 107,000 Americans died")
    around = art.text[at.sentence.start:at.st.anchor[0]] + " " + art.text[at.st.anchor[1]:at.sentence.end]
    if target < published.earliest.year and not _SET_AGAINST.search(around) and (target == year or str(year) not in said):
        return period   # a past year's figure on its own ("Last year, 769 people were killed"): the whole year
    if target < year and str(year) not in said and _older_year_against(said, target):
        return period   # "the rise seen in 2015 of deaths up 7.2 percent from 2014": set against a year before it, not the part's
    if days.end == published.earliest and (published.earliest - part_end).days > _PART_STILL_LATEST:
        return period   # "so far this year" in October after a first half: to the day, the half is no longer the news
    start, end = date(target, first, 1), date(target + (last == 12), last % 12 + 1, 1) - timedelta(days=1)
    phrase = f"{start.isoformat()}/{end.isoformat()}"
    resolved = periods.resolves(phrase, published, None)
    if resolved is None:
        return period
    review[:] = [n for n in review if not n.startswith("period:")]
    review.append(f"period: {phrase}, the part of {target} {PART_AT_TOP} (its headline or lede names "
                  "that part); check")
    return phrase, resolved
