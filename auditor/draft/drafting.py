"""An article drafted into a source and claim records, with review notes.

Each clause holding a figure (or a record or comparison without one) is one candidate
claim. Its fields come from the readers: metric and place from the pack's vocabulary,
period from the time reader, the statement from the number reader, attribution and
speaker from quotation marks and reporting verbs. A field taken from the context rather
than from the clause itself (the period of the sentence before, the publication day for a
present-tense figure) is filled in and noted; a field that cannot be decided is left out
and noted, and the claim is then incomplete: it is not among the draft's claims, and the
claim file carries it commented out.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from auditor.units import rate_scale
from auditor.draft import attribution, periods, sentences, statements, vocabulary
from auditor.draft.extract import DATELINE, read_article
from auditor.models import Claim, DateRange, Period, Source
from auditor.pack import Pack, load_pack

_PRESENT = re.compile(r"\b(?:is|are|has|have)\b(?!\s+(?:been|had|seen|taken|recorded|reported))", re.IGNORECASE)
_ANAPHOR = re.compile(r"\b(?:those|these|them|that|it|this|the\s+(?:same\s+)?(?:tally|total|count|number|toll))\b",
                      re.IGNORECASE)
_TRIM_LEFT = "“”\"‘’' ,;:—–-"
_TRIM_RIGHT = "“”\"‘’' ,;:—–-.…!?"
_DETERMINERS = {"one", "a", "an"}
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
# A stored page's date label that opens the text ("date 2021-11-05 Toronto has reported ..."):
# metadata, not the article's words; no period or quote is taken from it.
_DATE_LABEL = re.compile(r"^\s*(?:date|dated|published|posted|updated)\s*:?\s*\d{4}-\d{2}-\d{2}\b\s*", re.IGNORECASE)


@dataclass(frozen=True)
class DraftedClaim:
    """One candidate claim: the claim-file fields decided, what to check, where it is.

    `record` holds the claim-file keys in file order; `missing` the required fields that
    could not be decided; `claim` the validated model when nothing is missing. `anchor` is
    the figure's span (or the words that state a figureless claim), `quote` the clause's.
    """

    record: dict[str, Any]
    notes: tuple[str, ...]
    anchor: tuple[int, int]
    quote: tuple[int, int]
    missing: tuple[str, ...] = ()
    claim: Claim | None = None

    @property
    def complete(self) -> bool:
        return self.claim is not None


@dataclass(frozen=True)
class Draft:
    """The drafted source, its claims (complete ones validated) and review notes."""

    source: Source
    drafted: tuple[DraftedClaim, ...]
    notes: tuple[str, ...] = ()
    text: str = ""

    @property
    def claims(self) -> tuple[Claim, ...]:
        return tuple(d.claim for d in self.drafted if d.claim is not None)

    def source_record(self) -> dict[str, Any]:
        return _source_record(self.source)

    def records(self) -> dict[str, Any]:
        """The claim file's data: the source (text inline) and the complete claims."""
        return {"sources": [self.source_record()], "claims": [d.record for d in self.drafted if d.complete]}


@dataclass
class _State:
    """What earlier clauses decided, for the clauses after them."""

    previous: dict | None = None         # the last claim record with a period (emitted in file order)
    previous_period: Period | None = None
    previous_base: bool = False          # the last complete claim is a figure compared with ("up from 171 in 2022")
    own: tuple | None = None             # (record, Period, paragraph) of the last complete claim that is not
    previous_paragraph: int = -1
    voice: attribution.Voice | None = None
    voice_paragraph: int = -1
    quote_speaker: str | None = None
    quote_paragraph: int = -1
    ids: Counter = field(default_factory=Counter)
    # how often each period was a complete claim's own (not a figure compared with): the
    # article's main period is the one most named so far
    periods_named: Counter = field(default_factory=Counter)
    counted: set = field(default_factory=set)

    phrases: dict = field(default_factory=dict)          # Period -> the first phrase that named it

    @property
    def main_period(self) -> tuple | None:
        if not self.periods_named:
            return None
        top = max(self.periods_named.values())
        days = next(p for p in self.periods_named if self.periods_named[p] == top)   # a tie: the lede's
        return self.phrases[days], days
    last_metric: str | None = None       # the metric of the last figure drafted, complete or not
    last_paragraph: int = -1


def draft(text: str, published: date | DateRange | str | None = None, pack: Pack | None = None,
          title: str | None = None, publisher: str | None = None, url: str | None = None,
          source_id: str | None = None) -> Draft:
    """Draft the claims of an article (plain text or HTML); never prints.

    `published` overrides the date found in the article; without either, the source gets a
    range (January 1 of the latest year the text names, to today) and a note.
    """
    pack = pack or load_pack()
    article = read_article(text)
    notes: list[str] = []
    when = _published(published, article.published, article.text, notes)
    title = title or article.title
    if title is None or (not article.html and title == article.title):
        notes.append("source.title: taken from the article's first line; check it")
    title = title or "(untitled)"
    publisher = publisher or article.publisher
    if publisher is None:
        notes.append("source.publisher: not found in the article; write who published it")
        publisher = "(unknown publisher)"
    source_id = source_id or _slug(f"{publisher}-{when.label() if when.is_exact else 'undated'}")
    source = Source(id=source_id, title=title, publisher=publisher, kind="news", published=when,
                    text=article.text, url=url or article.url)
    drafted = _draft_claims(article.text, source, pack, notes)
    drafted = _validated(drafted, source, pack)
    return Draft(source=source, drafted=tuple(drafted), notes=tuple(notes), text=article.text)


def _published(given, found: date | None, text: str, notes: list[str]) -> DateRange:
    if isinstance(given, DateRange):
        return given
    if isinstance(given, str):
        given = date.fromisoformat(given.strip())
    if isinstance(given, date):
        return DateRange(earliest=given, latest=given)
    if found is not None:
        notes.append(f"source.published: {found.isoformat()} read from the article; check it")
        return DateRange(earliest=found, latest=found)
    today = date.today()
    years = [int(y) for y in _YEAR.findall(text) if int(y) <= today.year]
    earliest = date(max(years), 1, 1) if years else date(today.year - 10, 1, 1)
    notes.append(f"source.published: no date found; written as the range {earliest.isoformat()}..{today.isoformat()}"
                 " (the latest year the text names, to today): narrow it, or pass --published")
    return DateRange(earliest=earliest, latest=today)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60] or "article"


def _draft_claims(text: str, source: Source, pack: Pack, notes: list[str]) -> list[DraftedClaim]:
    cast = attribution.people(text)
    home = vocabulary.dateline_place(pack, text)
    hits = vocabulary.place_hits(pack, text)
    if home is not None:
        # "ROCHESTER, N.Y. (WROC) — A new report from the Monroe County Medical Examiner ...": the
        # story is filed from the city, and is about the county around it, which the body names
        counted = Counter(vocabulary.places_in(hits, 0, len(text)))
        around = [p for p, n in counted.most_common() if n >= 2 and p != home and p in pack.ancestors(home)]
        if around and counted.get(home, 0) <= 1:
            home = around[0]
    paragraph_spans = sentences.paragraphs(text)
    quotes = [attribution.quote_spans(text, p) for p in paragraph_spans]
    fallback_place = None
    if home is None:
        counted = Counter(vocabulary.places_in(hits, 0, len(text)))
        counted = Counter({p: n for p, n in counted.items() if _part_taken(pack, p, set(counted))})
        if not counted:
            # an article that names no place ("the city"): the place its publisher or title names
            # ("The Philadelphia Inquirer")
            named = f"{source.publisher or ''} \n {source.title or ''}"
            counted = Counter(vocabulary.find_places(pack, named, 0, len(named)))
        if counted:
            fallback_place = counted.most_common(1)[0][0]
    label = _DATE_LABEL.match(text)
    art = _Article(text, source, pack, cast, home, fallback_place, paragraph_spans, quotes,
                   attribution.paragraph_speakers(text, paragraph_spans, quotes, cast), notes, _State(),
                   label.end() if label else 0)
    art.place_hits.extend(hits)
    state = art.state
    out: list[DraftedClaim] = []

    def names_metric(at: tuple[int, int]) -> bool:
        return vocabulary.find_metric(pack, text, at[0], at[1], at[0]) is not None

    all_sentences = sentences.sentences(text)
    read_times: dict[tuple[int, int], list] = {}
    art.as_of.extend(_as_of_days(text, all_sentences, source.published, art.label_end, read_times))
    for sentence in all_sentences:
        span = (sentence.start, sentence.end)
        words = statements.words_of(text, span)
        found = statements.joined_rates(text, statements.sentence_quantities(text, span, names_metric, words))
        voice_here = attribution.reported(text, span, span, cast)
        if found or statements.has_figureless(text, span, words):
            times = read_times.get(span)
            if times is None:
                times = periods.sentence_times(text, sentence.start, sentence.end, source.published)
            times = [m for m in times if m.start >= art.label_end]
            time_spans = [(m.start, m.end) for m in times]
            before = None
            parts = sentences.clauses(text, sentence)
            for clause in parts:
                c = (clause.start, clause.end)
                # "There were 2,956 students a year ago and Secretary-Treasurer Bettina Ketcham
                # confirms that ...": a speaker who opens a later clause speaks for that one only
                voice = voice_here
                if len(parts) > 1 and voice_here is not None and voice_here.leads_clause and \
                        attribution.reported(text, c, c, cast) is None:
                    voice = None
                figures = statements.clause_quantities(text, found, c, time_spans)
                stated = [statements.read_statement(text, c, q) for q in figures]
                if stated:
                    parts = statements.figureless_parts(text, c, figures) + statements.records_beside(text, c, figures)
                    if any(s.kind == "change" for s in stated):
                        # "homicides are up, but only at a rate of 5.1%": the change says it
                        parts = [p for p in parts if p.fields["comparison"]["relation"] not in ("higher", "lower")]
                    stated += parts
                else:
                    # "Homicides fell ..., but the number of people shot climbed": each part its own
                    parted = statements.figureless_parts(text, c, []) if _BUT.search(text, c[0], c[1]) else []
                    stated = (parted if len(parted) > 1 else statements.figureless(text, c, before)) or \
                        statements.none_of(text, c, names_metric)
                stated.sort(key=lambda s: s.anchor[0])
                listed = vocabulary.metric_list(pack, text, c[0], c[1]) if stated and (
                    any(_about_list(x) for x in stated) or _RESPECTIVELY.search(text, c[0], c[1])) else []
                if listed:
                    stated = _respectively(text, c, stated)
                for st in stated:
                    before = st
                    for metric in _listed_metrics(pack, text, c, st, stated, listed):
                        item = _claim(art, _At(st, sentence, c, times, voice, metric))
                        if item is not None:
                            out.append(item)
        if voice_here is not None:
            state.voice, state.voice_paragraph = voice_here, sentence.paragraph
    return out


@dataclass(frozen=True)
class _Article:
    """What every clause of one article is read against."""

    text: str
    source: Source
    pack: Pack
    cast: attribution.People
    home: str | None                 # the dateline's place
    fallback_place: str | None       # the place the article names most, when there is no dateline
    paragraphs: list[tuple[int, int]]
    quotes: list[list[tuple[int, int]]]
    speakers: list[str | None]       # the speaker a quotation of each paragraph names
    notes: list[str]
    state: _State
    label_end: int = 0               # the end of a date label opening the text ("date 2021-11-05 ")
    places: dict = field(default_factory=dict)   # (start, end) -> the places named there
    place_hits: list = field(default_factory=list)   # the article's place names, read once
    as_of: list = field(default_factory=list)    # (offset, day) of each "as of <day>" the article names


@dataclass(frozen=True)
class _At:
    """One statement of one clause, with the sentence around it."""

    st: statements.Stated
    sentence: sentences.Span
    clause: tuple[int, int]
    times: list[periods.TimeMention]
    voice_here: attribution.Voice | None
    metric: str | None = None     # one metric of a list the statement is about ("drops in murders, shootings")


def _claim(art: _Article, at: _At) -> DraftedClaim | None:
    review: list[str] = []
    missing: list[str] = []
    state = art.state
    metric = _metric(art, at, review)
    if metric is None:
        return None
    speaker, kind, voice_note = _voice(art.text, at.st, at.sentence, at.clause, art.quotes[at.sentence.paragraph],
                                       art.paragraphs[at.sentence.paragraph], art.cast, at.voice_here, state,
                                       art.speakers)
    if voice_note:
        review.append(voice_note)
    place = _place(art, at, speaker, review, missing)
    period = _period(art, at, review, missing)
    if period is False:
        return None
    if place is not None:
        period = _fiscal(art, at, metric, place, period, review, missing)
    period = _stock_day(art, at, metric, period, review)
    period = _to_date(art, at, metric, period, review)
    statement = _statement(art, at, period, review, missing)
    quote = _quote_span(art.text, (max(at.clause[0], art.label_end), at.clause[1]), at.st.anchor,
                        art.quotes[at.sentence.paragraph] if kind == "direct-quote" else [])
    state.ids[metric] += 1
    source = art.source
    claim_id = f"{source.id}-{metric.replace('_', '-')}" + (f"-{state.ids[metric]}" if state.ids[metric] > 1 else "")
    record: dict[str, Any] = {"id": claim_id, "source": source.id, "metric": metric}
    if place is not None:
        record["place"] = place
    if period is not None:
        record["period"] = period[0]
    record.update(statement)
    if speaker:
        record["speaker"] = speaker
    record["attribution"] = kind
    record["quote"] = {"text": art.text[quote[0]:quote[1]], "start": quote[0]}
    state.last_metric, state.last_paragraph = metric, at.sentence.paragraph
    if not missing:
        state.previous, state.previous_period, state.previous_paragraph = record, period[1], at.sentence.paragraph
        state.previous_base = at.st.base_figure
        if not at.st.base_figure:
            state.own = (record, period[1], at.sentence.paragraph)
        if not at.st.base_figure and not any(n.startswith("period:") and "fiscal year" not in n for n in review) \
                and (at.sentence.start, period[1]) not in state.counted:
            state.periods_named[period[1]] += 1    # a period the clause names itself, once a sentence
            state.phrases.setdefault(period[1], period[0])
            state.counted.add((at.sentence.start, period[1]))
    return DraftedClaim(record=record, notes=tuple(review), anchor=at.st.anchor, quote=quote, missing=tuple(missing))


# A fiscal year named by its years: "fiscal year 2014-15", "the 2021 fiscal year", "FY 2022", "FY2021-22"
_FISCAL_NAMED = re.compile(r"\b(?:(?:fiscal|financial)\s+(?:year\s+)?|FY\s*)'?(?P<a>\d{4}|\d{2})(?:\s*[-–/]\s*(?P<b>\d{2,4}))?\b"
                           r"|\b(?P<c>\d{4})(?:\s*[-–/]\s*(?P<d>\d{2,4}))?\s+(?:fiscal|financial)\s+year\b")


def _fiscal(art: _Article, at: _At, metric: str, place: str, period, review: list[str], missing: list[str]):
    """A budget's period in the place's fiscal year (declared in the pack): the fiscal year the
    clause names ("fiscal year 2014-15", "the 2021 fiscal year"), else the one a calendar year
    names ("$501 million in 2020" of a city whose year starts in October is FY2020)."""
    definition = art.pack.metrics.get(metric)
    fiscal = art.pack.fiscal_year(place)
    if definition is None or definition.unit != "dollar" or fiscal is None or fiscal.month_day == (1, 1):
        return period
    from auditor.periods import _fiscal_named
    text = art.text
    named = None
    for span in (at.clause, (at.sentence.start, at.sentence.end)):
        hit = _FISCAL_NAMED.search(text, span[0], span[1])
        if hit is not None:
            a, b = (hit["a"], hit["b"]) if hit["a"] else (hit["c"], hit["d"])
            named = f"FY{a}" + (f"-{b}" if b else "")
            break
    if named is None and period and (period[1].start.month, period[1].start.day, period[1].end.month,
                                     period[1].end.day) == (1, 1, 12, 31) and period[1].start.year == period[1].end.year:
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
    phrase = f"{p.start.isoformat()}/{p.end.isoformat()}"
    checked = periods.resolves(phrase, art.source.published, None)
    if checked is None:
        return period
    if "period" in missing:
        missing.remove("period")
    review.append(f"period: {named} in {place}'s fiscal year (from {fiscal.start}), as {phrase}; check")
    return phrase, checked


_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)


def _listed_metrics(pack: Pack, text: str, clause: tuple[int, int], st, stated, listed: list[str]) -> list[str | None]:
    """The metrics of a list a statement is about: each in turn for "murders and rapes are down by
    9.5 percent and 10.3 percent, respectively"; all of them for "significant drops in murders,
    shootings and overall crime"; else [None] (the statement's own metric is looked for)."""
    if not listed:
        return [None]
    respectively = _RESPECTIVELY.search(text, clause[0], clause[1])
    figures = [x for x in stated if (x.figure is not None or (x.kind == "change" and "by" in x.fields["change"]))
               and respectively is not None and x.anchor[0] < respectively.start()]
    if respectively is not None and len(figures) == len(listed) and st in figures:
        return [listed[figures.index(st)]]
    if not _about_list(st):
        return [None]
    if st.figure is not None:
        own = vocabulary.find_metric(pack, text, clause[0], clause[1], st.anchor[0])
        if own is None or own.id not in listed:
            return [None]
    return list(listed)


def _respectively(text: str, clause: tuple[int, int], stated: list) -> list:
    """ "down by 9.5 percent and 10.3 percent, respectively": the direction of the first figure is
    each figure's before "respectively"."""
    respectively = _RESPECTIVELY.search(text, clause[0], clause[1])
    if respectively is None:
        return stated
    before = [x for x in stated if x.figure is not None and x.anchor[0] < respectively.start()]
    changes = [x for x in before if x.kind == "change" and "phrase" in x.fields["change"]]
    if not changes:
        return stated
    direction = changes[0].fields["change"]["phrase"].split()[0]
    from dataclasses import replace
    return [replace(x, kind="change", fields={"change": {"phrase": f"{direction} {x.figure.text}"}})
            if x in before and x.kind == "value" else x for x in stated]


def _about_list(st: statements.Stated) -> bool:
    """Whether a statement may be about each metric of a list its clause names: a comparison, a
    record or a change by a percentage, not a count (which counts one thing)."""
    if st.kind == "comparison":
        return True
    if st.kind == "change":
        change = st.fields["change"]
        return change.get("measure") in ("percent", "ratio") or "percent" in change.get("phrase", "") \
            or "%" in change.get("phrase", "")
    return False


_PROJECTED = re.compile(r"\b(?:will|would|could|expects?|expected|projects?|projected|projections?|forecasts?|"
                        r"forecasted|on\s+(?:pace|track)|likely|target|goal|budget(?:ed|s)?|plans?)\b", re.IGNORECASE)


def _to_date(art: _Article, at: _At, metric: str, period, review: list[str]):
    """A count of a period not over yet ("in January", "so far for 2024", written on the 27th) is
    the count to the day of publication, unless it is a target or a forecast."""
    published = art.source.published
    if not period or not published.is_exact:
        return period
    p, day = period[1], published.latest
    if not (p.start <= day < p.end) or _PROJECTED.search(art.text, at.sentence.start, at.sentence.end):
        return period
    definition = art.pack.metrics.get(metric)
    if definition is not None and (not definition.additive_over_time or definition.unit in ("dollar", "percent")):
        return period     # a level or a budget names its whole period
    phrase = f"{p.start.isoformat()}/{day.isoformat()}"
    resolved = periods.resolves(phrase, published, None)
    if resolved is None:
        return period
    review.append(f"period: '{period[0]}' is not over on the day of publication: to {day.isoformat()}; check")
    return phrase, resolved


_THIS_TIME_A_YEAR_AGO = re.compile(r"\b(?:at|by)\s+this\s+time\s+(?:a\s+year\s+ago|last\s+year)\b", re.IGNORECASE)


def _stock_day(art: _Article, at: _At, metric: str, period, review: list[str]):
    """A level counted on a day (enrolment, a population: a metric not added up over time) is
    the figure of one day: "as of September 9th" is that day, not the year to it; "at this time
    a year ago" the same day a year before."""
    definition = art.pack.metrics.get(metric)
    published = art.source.published
    if not period or definition is None or definition.additive_over_time or definition.unit in ("dollar", "percent") \
            or not published.is_exact:
        return period
    day = None
    if _THIS_TIME_A_YEAR_AGO.search(art.text, at.clause[0], at.clause[1]):
        p = published.latest
        day = p.replace(year=p.year - 1) if (p.month, p.day) != (2, 29) else p.replace(year=p.year - 1, day=28)
    elif (period[0].lower().startswith("as of") or "as of" in " ".join(review)) and \
            (period[1].start.month, period[1].start.day) == (1, 1) and period[1].start != period[1].end:
        day = period[1].end
    if day is None:
        return period
    resolved = periods.resolves(day.isoformat(), published, None)
    if resolved is None:
        return period
    review.append(f"period: {day.isoformat()}, the day '{metric}' was counted (a level, not a sum over the year); check")
    return day.isoformat(), resolved


def _follows_in_paragraph(art: _Article, at: _At) -> bool:
    """Whether the last complete claim is in this clause's paragraph (so its fields may carry over)."""
    return art.state.previous is not None and art.state.previous_paragraph == at.sentence.paragraph


_PARTED = re.compile(r",\s|\s[—–]\s|—|;\s|\sand\s|\sto\s")


def _metric(art: _Article, at: _At, review: list[str]) -> str | None:
    """The clause's metric: a name of the vocabulary, the figure's counted noun, or the figure before's."""
    st, clause, state, text = at.st, at.clause, art.state, art.text
    if at.metric is not None:
        review.append(f"metric: '{at.metric}', one of the metrics the clause lists; check")
        return at.metric
    # the metric named in the figure's own part of the clause first ("opioid-related deaths grew by
    # 14% from 2021 and cocaine-related deaths went up by 34%"), else anywhere in the clause
    part = _segment(text, clause[0], clause[1], st.anchor) if _PARTED.search(text, clause[0], clause[1]) else clause
    for but in _BUT.finditer(text, part[0], part[1]):     # "... fell ..., but robberies climbed": two parts
        part = (part[0], but.start()) if st.anchor[0] < but.start() else (but.end(), part[1])
        break
    match = vocabulary.find_metric(art.pack, text, part[0], part[1], st.anchor[0]) if part != clause else None
    match = match or vocabulary.find_metric(art.pack, text, clause[0], clause[1], st.anchor[0])
    if match is not None and st.figure is not None and st.figure.unit and \
            st.figure.unit.lower().split()[0] in ("deaths", "fatalities"):
        # "32 shootings, which have resulted in four deaths": shooting deaths, if the vocabulary has them
        name = text[match.start:match.end].lower()
        deaths = vocabulary.find_metric(art.pack, f"{re.sub(r's$', '', name)} deaths", 0, len(name) + 7, 0)
        if deaths is not None:
            match = deaths
    if st.figure is not None and rate_scale(st.figure.unit) is not None:
        # a rate: the rate metric named ("homicide rate"), or the rate of the count named
        # ("18 homicides per 100,000"); the population's name ("residents") is the scale's
        rate = vocabulary.rate_named(art.pack, text, clause[0], clause[1])
        if rate is None:
            line, col = line_column(text, st.anchor[0])
            art.notes.append(f"{line}:{col}: '{st.figure.text}' is a rate of no rate metric of the vocabulary; "
                             "not drafted")
            return None
        return rate.rate
    by_noun = vocabulary.metric_of_noun(art.pack, st.figure.unit) if st.figure is not None else None
    if st.figure is not None and st.figure.text.lower() in _DETERMINERS and by_noun is None:
        return None       # "in one section of the city": a determiner, not a figure
    if st.figure is not None and vocabulary.foreign_noun(art.pack, st.figure.unit):
        # "12 hours of meetings", "20 cities": counts of something no metric names
        line, col = line_column(text, st.anchor[0])
        art.notes.append(f"{line}:{col}: '{st.figure.text} {st.figure.unit}' counts what no metric of the "
                         "vocabulary names; not drafted")
        return None
    if by_noun is not None and (match is None or match.id != by_noun):
        return by_noun
    if match is not None:
        return match.id
    if state.last_metric and state.last_paragraph == at.sentence.paragraph and (
            st.kind in ("share", "change") or st.figure is not None or _ANAPHOR.search(text[clause[0]:clause[1]])):
        review.append(f"metric: '{state.last_metric}' carried over from the figure before (the clause names none); check")
        return state.last_metric
    if st.figure is not None:
        line, col = line_column(text, st.anchor[0])
        art.notes.append(f"{line}:{col}: '{st.figure.text}' names no metric of the vocabulary; not drafted")
    return None


def _place(art: _Article, at: _At, speaker: str | None, review: list[str], missing: list[str]) -> str | None:
    """The clause's place, else the sentence's, the speaker's post's, the claim before's, the dateline's."""
    pack = art.pack
    place = vocabulary.most_specific(pack, _places(art, at.clause[0], at.clause[1]))
    if place is None:
        place = vocabulary.most_specific(pack, _places(art, at.sentence.start, at.sentence.end))
    if place is None and _STATEWIDE.search(art.text, at.sentence.start, at.sentence.end):
        # "Statewide, 85 deaths were reported": the state of the article's place
        home = art.home or art.fallback_place
        state = next((p for p in ([home] if home else []) + (pack.ancestors(home) if home else [])
                      if pack.places[p].kind == "state"), None)
        if state is not None:
            review.append(f"place: '{state}', the state ('statewide'); check")
            return state
    if place is None and speaker:
        place = vocabulary.most_specific(pack, vocabulary.find_places(pack, speaker, 0, len(speaker)))
        if place:
            review.append(f"place: '{place}' taken from the speaker's post; check")
    if place is None and _follows_in_paragraph(art, at):
        place = art.state.previous["place"]
        review.append(f"place: '{place}' carried over from the claim before; check")
    if place is None and art.home is not None:
        place = art.home
    if place is None and art.fallback_place is not None:
        place = art.fallback_place
        review.append(f"place: '{place}', the place the article names most; check")
    if place is None:
        missing.append("place")
        review.append("place: no place of the vocabulary is named; add it to the pack or write its id")
    return place


def _part_taken(pack: Pack, place: str, named: set) -> bool:
    """A place within a city or county (a ward, a precinct) is taken only where that city or
    county (or a place around it) is named too."""
    within = pack.places[place].within
    if within is None or pack.places[within].kind != "city":
        return True
    return any(a in named for a in pack.ancestors(place))


_BUT = re.compile(r",?\s+but\s+", re.IGNORECASE)
_STATEWIDE = re.compile(r"\b(?:statewide|state-wide|across\s+the\s+state|the\s+state's)\b", re.IGNORECASE)


def _places(art: _Article, start: int, end: int) -> list[str]:
    """The places named in text[start:end], read once per span (a sentence's figures share it).
    A part of a place ("Ward 6") is taken only in an article that names the place it lies in (or
    whose dateline's place it is): "Ward 6 Ald. Jenn Carrillo" of Bloomington is not Tucson's."""
    key = (start, end)
    if key not in art.places:
        named = set(vocabulary.places_in(art.place_hits, 0, len(art.text))) | {art.home}
        art.places[key] = [p for p in vocabulary.places_in(art.place_hits, start, end)
                           if p == art.home or _part_taken(art.pack, p, named)]
    return art.places[key]


def _period(art: _Article, at: _At, review: list[str], missing: list[str]):
    """(phrase, Period) of the clause, None when undecided, False when the figure is not drafted."""
    st, clause, text, source, state = at.st, at.clause, art.text, art.source, art.state
    own = [m for m in at.times if clause[0] <= m.start and m.end <= clause[1] and not _is_base(text, m, st)
           and not (m.since and st.kind in ("change", "comparison"))
           and not _other_figures_part(text, clause, m, st, at, art.label_end)]
    if st.base_figure:
        # the figure compared with counts the period named after it, and only that one
        after = [m for m in at.times if st.anchor[1] <= m.start and m.end <= clause[1]]
        between = text[st.anchor[1]:after[0].start] if after else ""
        if not after or re.search(r"\bsame\b", between + text[after[0].start:after[0].end], re.IGNORECASE):
            line, col = line_column(text, st.anchor[0])
            art.notes.append(f"{line}:{col}: '{st.figure.text}', the figure compared with, names no period of its "
                             "own; not drafted")
            return False
        own = after[:1]
    period: tuple[str, Period] | None = None
    when = _when_before(text, clause, st, at.times)
    if when is not None:
        own = when          # "a 19-percent decline from 2015, when there were 59 deaths": 2015's
    partial = bool(own) and own[0].partial
    if partial:
        words = text[own[0].start - 20:own[0].end].split(" of ")[0].split()[-2:]
        review.append(f"period: only part of '{text[own[0].start:own[0].end]}' is meant ('{' '.join(words)} of'); "
                      "write the period, e.g. as YYYY-MM-DD/YYYY-MM-DD")
        own = []
    if own:
        chosen = _as_of(text, own) or _nearest_after(text, st.anchor, own) or periods.group(own)[0]
        period = _same_period(text, chosen, source, state, review)
        if period is None:
            period = periods.phrase_of(text, chosen, source.published, state.previous_period)
        if period is None:
            review.append(f"period: '{text[own[0].start:own[0].end]}' could not be written as a claim-file period")
    elif not st.base_figure and not partial and (after_base := _main_after_base(art, at)) is not None:
        # "118 is a large decrease from 168 in 2021": compared with 2021, so of a later period:
        # the article's main one (2022), not the claim before's (2017)
        period = after_base
        review.append(f"period: '{period[0]}', the article's main period, after the base the clause names; check")
    elif _follows_in_paragraph(art, at) and not st.base_figure and not partial:
        before, before_period = state.previous, state.previous_period
        if state.previous_base and state.own is not None and state.own[2] == at.sentence.paragraph:
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
        if inherited is not None:
            period = (phrase, inherited)
            review.append(f"period: '{phrase}' carried over from the claim before (the clause names none); check")
    elif not st.base_figure and not partial and (elsewhere := _sentence_period(art, at)) is not None:
        period = elsewhere
        review.append(f"period: '{period[0]}', named elsewhere in the sentence; check")
    elif state.main_period is not None and not st.base_figure and not partial \
            and (not _PRESENT.search(text[clause[0]:clause[1]]) or _THIS_PERIOD.search(text, clause[0], clause[1])) \
            and (carried := periods.resolves(state.main_period[0], source.published, state.previous_period)):
        # "Fatal blazes claimed the lives of 33 civilians" after "the tally grew slightly in 2010":
        # a figure in the past tense that names no period is the article's main one (the period
        # its claims have named most, not that of a figure compared with), across paragraphs
        period = (state.main_period[0], carried)
        if carried != state.main_period[1]:   # a phrase read against the claim before ("that period"): its days
            days = state.main_period[1]
            phrase = f"{days.start.isoformat()}/{days.end.isoformat()}"
            period = (phrase, periods.resolves(phrase, source.published, None) or days)
        review.append(f"period: '{period[0]}' carried over from the claim before, in an earlier paragraph "
                      "(the sentence names none); check")
    elif (source.published.is_exact and not partial and (st.kind in ("change", "comparison")
                                                           and (_PRESENT.search(text[clause[0]:clause[1]])
                                                                or _same_base(text, at))
                                                           or _SO_FAR.search(text[clause[0]:clause[1]]))):
        # "shootings are up 40% compared to last year", "stand at 350 so far": the year to date,
        # to the day the article's figures are given "as of" when it names one
        period = _to_day_named(art, at, review) or (
            "so far this year", periods.resolves("so far this year", source.published, None))
        if period[0] == "so far this year":
            review.append("period: 'so far this year' (a change in the present tense, or 'so far', with no period "
                          "named); check")
    elif source.published.is_exact and not partial and _PRESENT.search(text[clause[0]:clause[1]]):
        day = source.published.earliest.isoformat()
        period = (day, Period(start=source.published.earliest, end=source.published.earliest))
        review.append(f"period: the publication day {day} (present tense, no period named); check")
    if period is not None and period[0] != "so far this year" and _to_publication(period[1], source.published):
        # "up for the year", "so far this year" in an article that gives its figures "as of Sunday"
        period = _to_day_named(art, at, review) or period
    if period is None:
        missing.append("period")
        if not partial:
            review.append("period: no period is named in the sentence; write the period the figure counts")
    return period


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
                    or re.search(r"\bas\s+of\s+$", text[max(0, m.start - 8):m.start], re.IGNORECASE)):
                out.append((m.start, interval[0]))
    return out


def _to_day_named(art: _Article, at: _At, review: list[str]):
    """The year to the day the article names with "as of" nearest the clause (its own paragraph or
    the next one), for a year-to-date figure whose sentence names no period."""
    published = art.source.published
    if not published.is_exact:
        return None
    paragraph = at.sentence.paragraph
    near = [(abs(offset - at.clause[0]), day) for offset, day in art.as_of
            if day.year == published.latest.year and day <= published.latest
            and (paragraph == 0 or paragraph <= _paragraph_of(art, offset) <= paragraph + 1)]
    if not near:
        return None
    day = min(near)[1]
    phrase = f"{day.year}-01-01/{day.isoformat()}"
    period = periods.resolves(phrase, published, None)
    if period is None:
        return None
    review.append(f"period: the year to {day.isoformat()}, the day the article gives its figures 'as of'; check")
    return phrase, period


def _to_publication(period: Period, published) -> bool:
    """A year to date ending on the day of publication."""
    return published.is_exact and period.end == published.latest and (period.start.month, period.start.day) == (1, 1) \
        and period.start.year == period.end.year


def _paragraph_of(art: _Article, offset: int) -> int:
    return next((i for i, (a, b) in enumerate(art.paragraphs) if a <= offset < b), -1)


# "in this year-over-year period", "over that period": the period the article is about
_THIS_PERIOD = re.compile(r"\b(?:this|that|the\s+same|the)\s+(?:[\w-]+\s+)?period\b", re.IGNORECASE)
_AS_OF_WORDS = re.compile(r"\bas\s+of\b", re.IGNORECASE)
_SO_FAR = re.compile(r"\b(?:so\s+far|to\s+date|year[\s-]to[\s-]date|thus\s+far)\b", re.IGNORECASE)
_BY_THIS_TIME = re.compile(r"(?:(?:by|at|to)\s+(?:this|that)\s+(?:time|point)|(?:by|at|to|in|during)\s+the\s+same\s+"
                           r"(?:time|point|period)(?:\s+of\s+time)?)\s+(?:in\s+|of\s+)?$", re.IGNORECASE)
_SAME_PERIOD = re.compile(r"^(?:the\s+)?same\s+(?:time|point|period|week|month|day)\s+(?:in|of)?\s*", re.IGNORECASE)


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


def _when_before(text: str, clause: tuple[int, int], st, times: list) -> list | None:
    """The time expression that a part opening with "when" refers to: the last one before it."""
    if st.figure is None:
        return None
    cut = None
    for x in _SEGMENT_BREAK.finditer(text, clause[0], clause[1]):
        if x.end() <= st.anchor[0]:
            cut = x
    if cut is None or not re.match(r"when\b", text[cut.end():cut.end() + 5], re.IGNORECASE):
        return None
    before = [m for m in times if clause[0] <= m.start and m.end <= cut.start()]
    return before[-1:] or None


def _is_base(text: str, m, st) -> bool:
    """A time expression a change or comparison is measured against: after "than", "compared
    with", "from"; for a comparison also "the same week last year" ("the same number of victims
    during the same week last year")."""
    if m.base:
        return True
    return st.kind == "comparison" and st.figure is None and bool(
        _SAME_PERIOD.match(text[m.start:m.end]) or re.search(r"\bsame\s+(?:week|month|day|period|time|point)\s+$",
                                                       text[max(0, m.start - 25):m.start], re.IGNORECASE))


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
    for mentions in periods.group(own):
        if re.search(r"\bas\s+of\s+$", text[max(0, mentions[0].start - 8):mentions[0].start], re.IGNORECASE):
            return mentions
    return None


def _nearest_after(text: str, anchor: tuple[int, int], own: list) -> list | None:
    """The time expression right after the figure ("33 in 2019 to 37 in 2020", "eight in 2023"),
    when one follows it closely; else None (the clause's first is taken)."""
    for mentions in periods.group(own):
        gap = text[anchor[1]:mentions[0].start]
        if 0 <= len(gap) <= 40 and mentions[0].start >= anchor[1] and re.fullmatch(
                r"[\s\w’'$%-]{0,30}?\s(?:in|for|during|as\s+of|so\s+far\s+in|through)\s+", gap, re.IGNORECASE) \
                and "," not in gap:
            return mentions
    return None


def _same_period(text: str, mentions: list, source: Source, state: _State, review: list[str]):
    """ "603 by this time last year", "54 in the same period last year", "377 at the same point in
    2020": the claim before's period moved to that year (read as the claim file reads 'same period
    in 2020'), else None."""
    first = mentions[0]
    words = text[first.start:first.end]
    before = text[max(0, first.start - 40):first.start]
    if state.previous_period is None or not (_BY_THIS_TIME.search(before) or _SAME_PERIOD.match(words)):
        return None
    interval = first.expression.period or first.expression.interval
    if interval is None:
        return None
    phrase = f"same period in {interval[0].year}"
    period = periods.resolves(phrase, source.published, state.previous_period)
    if period is None:
        return None
    review.append(f"period: '{phrase}', the claim before's period in that year; check")
    return phrase, period


def _sentence_period(art: _Article, at: _At):
    """The sentence's one period, named in another clause ("... in 2023, while homicides reached a record")."""
    named = [m for m in at.times if not m.base and not m.since and not m.partial
             and not _other_figures_part(art.text, at.clause, m, at.st, at, art.label_end)]
    if len(named) != 1:
        return None
    return periods.phrase_of(art.text, named, art.source.published, art.state.previous_period)


def _statement(art: _Article, at: _At, period, review: list[str], missing: list[str]) -> dict[str, Any]:
    """The statement's claim-file fields, with the base, `than` or `of` it refers to."""
    st, clause, state = at.st, at.clause, art.state
    statement = {k: (dict(v) if isinstance(v, dict) else v) for k, v in st.fields.items()}
    bases = [m for m in at.times if clause[0] <= m.start and m.end <= clause[1]
             and (_is_base(art.text, m, st) or (m.since and st.kind == "change"))]
    if st.kind == "change":
        statement["change"] = _change(art.text, statement["change"], bases, art.source, period, review, st.anchor)
    elif st.kind == "comparison":
        if statement["comparison"]["relation"] not in ("record-high", "record-low"):
            than = periods.phrase_of(art.text, [bases[0]], art.source.published, period[1]) if bases and period else None
            if than is None and period is not None:
                than = _implied_base(period)
                if than is not None:
                    review.append(f"comparison.than: '{than[0]}' assumed (no period compared with is named); check")
            if than is None:
                missing.append("comparison.than")
                review.append("comparison.than: the period compared with is not said; write it")
            else:
                statement["comparison"]["than"] = than[0]
    elif st.kind == "share":
        if _follows_in_paragraph(art, at):
            statement["share"]["of"] = state.previous["id"]
            review.append(f"share.of: '{state.previous['id']}', the claim before; check")
        else:
            missing.append("share.of")
            review.append("share.of: the claim this is a share of is not drafted; write its id")
    return statement


def _implied_base(period):
    """What "rose in 2022" / "have declined this year" is compared with: the year before a
    calendar year; the same days a year before for a year to date."""
    p = period[1]
    if p.start.month == 1 and p.start.day == 1 and p.start.year == p.end.year:
        if p.end.month == 12 and p.end.day == 31:
            return str(p.start.year - 1), None
        return "same period last year", None
    return None


def _change(text, change: dict, bases, source: Source, period, review: list[str],
            anchor: tuple[int, int] = (0, 0)) -> dict:
    if bases and period is not None:
        # "a drop of about 7 percent from 2021 and 15 percent from 2013": each figure's own base,
        # the first named after it
        grouped = periods.group(bases)
        after = [g for g in grouped if g[0].start >= anchor[1]]
        base = periods.phrase_of(text, (after or grouped)[0], source.published, period[1])
        if base is not None:
            return {**change, "base": base[0]}
    if period is None:
        return change
    phrase = period[0]
    from auditor.periods import resolve_period_phrase
    try:
        resolved = resolve_period_phrase(phrase, source.published.latest, None)
    except Exception:
        resolved = None
    if resolved is not None and resolved.parts is not None:
        return change          # "from December to January": measured against December
    if resolved is not None and (resolved.to_date or phrase.startswith("as of")):
        review.append("change.base: 'same period last year' assumed for a year-to-date change; check")
        return {**change, "base": "same period last year"}
    review.append("change.base: the period the change is measured against is not said; add `base:` if the article gives it")
    return change


def _voice(text, st, sentence, clause, quotes, paragraph, cast, voice_here, state: _State, speakers):
    """(speaker, attribution, note) of a statement."""
    at = st.anchor[0]
    inside = next((q for q in quotes if q[0] <= at < q[1]), None)
    if inside is not None:
        speaker = attribution.quote_speaker(text, inside, sentence.end, paragraph, cast) or speakers[sentence.paragraph]
        note = None
        if speaker is None:
            for back in (1, 2):     # a quotation that names no one continues the voice quoted just before
                if sentence.paragraph - back >= 0 and speakers[sentence.paragraph - back]:
                    speaker = speakers[sentence.paragraph - back]
                    note = f"speaker: '{speaker}', who was quoted just before (this quotation names no one); check"
                    break
        if speaker is None and state.voice is not None and state.voice.kind == "paraphrase" \
                and 0 <= sentence.paragraph - state.voice_paragraph <= 2:
            # "Secretary-Treasurer Bettina Ketcham confirms that ..." then a quotation: hers
            speaker = state.voice.speaker
            note = f"speaker: '{speaker}', paraphrased just before (this quotation names no one); check"
        if speaker is None:
            note = "speaker: the quotation names no speaker; write who said it"
        return speaker, "direct-quote", note
    if voice_here is not None:
        return voice_here.speaker, voice_here.kind, None
    if state.voice is not None and state.voice_paragraph == sentence.paragraph and state.voice.kind == "paraphrase" \
            and state.voice.leads:
        return (state.voice.speaker, "paraphrase",
                f"attribution: read as {state.voice.speaker}'s paraphrase, continued from the sentence before; check")
    if state.voice is not None and state.voice_paragraph == sentence.paragraph and state.voice.kind == "document" \
            and state.voice.sourcing and state.voice.leads:
        return (state.voice.speaker, "document",
                "attribution: read as the document cited in the sentence before, continued; check")
    return None, "reporter", None


def _quote_span(text: str, clause: tuple[int, int], anchor: tuple[int, int], quotes) -> tuple[int, int]:
    a, b = clause
    dateline = DATELINE.match(text, a)
    if dateline and dateline.end() <= anchor[0]:
        a = dateline.end()
    for q in quotes:
        if q[0] <= anchor[0] < q[1]:
            a, b = max(a, q[0]), min(b, q[1])
    a, b = _segment(text, a, b, anchor)
    while a < b and text[a] in _TRIM_LEFT:
        a += 1
    while b > a and text[b - 1] in _TRIM_RIGHT:
        b -= 1
    for lead in ("and ", "but ", "And ", "But "):
        if text.startswith(lead, a):
            a += len(lead)
    return a, b


# Where a clause's comma-separated parts meet (", " and dashes; "1,153" is one figure).
_SEGMENT_BREAK = re.compile(r",\s+(?!but\b|only\b)|\s+[—–]\s+|—|;\s+")
_SEGMENT_DIGIT = re.compile(r"\d")
_LEADING_LINK = re.compile(r"(?:with|by|to|at|and|or|of)\s", re.IGNORECASE)
_COMPARED_WITH = re.compile(r"\s+(?:compared\s+(?:to|with)|versus|vs\.?)\s+", re.IGNORECASE)


def _segment(text: str, a: int, b: int, anchor: tuple[int, int]) -> tuple[int, int]:
    """The part of the clause between commas (or dashes) that holds the figure: "Detectives
    investigated 337 homicides as of Sunday" of "..., 96 more than by this time last year,
    officials said". A short opening part without a figure ("As of Sunday,", "Last week,") and
    a part with no words but the figure's own are kept with it."""
    cuts = [(m.start(), m.end()) for m in _SEGMENT_BREAK.finditer(text, a, b)]
    if not cuts:
        return _and_split(text, a, b, anchor)
    bounds = [a] + [e for _, e in cuts]
    ends = [s for s, _ in cuts] + [b]
    parts = list(zip(bounds, ends))
    i = next((k for k, (s, e) in enumerate(parts) if s <= anchor[0] < e), None)
    if i is None:
        return a, b
    s, e = parts[i]
    if i == 1 and len(text[parts[0][0]:parts[0][1]].split()) <= 4 and not _SEGMENT_DIGIT.search(
            text[parts[0][0]:parts[0][1]]):
        s = parts[0][0]
    compared = _COMPARED_WITH.search(text, s, e)
    if compared and _SEGMENT_DIGIT.match(text, compared.end()) and _SEGMENT_DIGIT.search(text, s, compared.start()):
        # "1,153 incidents compared to 603 by this time last year": each figure with its own words
        if anchor[0] < compared.start():
            e = compared.start()
        else:
            s = compared.end()
    s, e = _and_split(text, s, e, anchor)
    if len(text[s:e].split()) <= 3 and _LEADING_LINK.match(text, s):
        # a part that is little more than the figure belongs with the words before it ("declined
        # in 2022, with 88"), else after it
        if i > 0:
            s = parts[i - 1][0]
        elif i + 1 < len(parts):
            e = parts[i + 1][1]
    return s, e


# A figure's word, for splitting "16 deaths in 2022 and eight in 2023" (a year is no figure here)
_FIGURE_TOKEN = re.compile(r"\b(?!(?:19|20)\d\d\b)\d[\d,.]*\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven"
                           r"|twelve|twenty|thirty|forty|fifty|hundred|dozen|none)\b", re.IGNORECASE)
_AND = re.compile(r"\s+(?:and|to)\s+")


_MONTH_BEFORE = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+$", re.IGNORECASE)


def _has_figure(text: str, a: int, b: int) -> bool:
    """A figure's word in text[a:b], not a year or a day of a month ("as of Sept. 26")."""
    return any(not _MONTH_BEFORE.search(text[max(a, m.start() - 12):m.start()])
               for m in _FIGURE_TOKEN.finditer(text, a, b))


def _and_split(text: str, s: int, e: int, anchor: tuple[int, int]) -> tuple[int, int]:
    """Two figures joined by "and" are two statements, each quoted with its own words ("a drop of
    about 7 percent from 2021 and 15 percent from 2013"); "between 10 and 20" is one range; so
    are the two levels of "from two in 2015 to six in 2016"."""
    for m in _AND.finditer(text, s, e):
        left, right = (s, m.start()), (m.end(), e)
        if m.group(0).strip() == "to" and not re.search(r"\bfrom\b", text[s:m.start()], re.IGNORECASE):
            continue
        if re.search(r"\bbetween\s+\S+\s*$", text[max(s, m.start() - 30):m.start()], re.IGNORECASE):
            continue
        if not (_has_figure(text, *left) and _has_figure(text, *right)):
            continue
        if anchor[0] < m.start():
            return s, m.start()
        s = m.end()
    return s, e


def line_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _source_record(source: Source) -> dict[str, Any]:
    record: dict[str, Any] = {"id": source.id, "title": source.title, "publisher": source.publisher, "kind": source.kind}
    if source.url:
        record["url"] = source.url
    p = source.published
    record["published"] = p.earliest.isoformat() if p.is_exact else {"earliest": p.earliest.isoformat(),
                                                                   "latest": p.latest.isoformat()}
    record["text"] = source.text
    return record


def _validated(drafted: list[DraftedClaim], source: Source, pack: Pack) -> list[DraftedClaim]:
    """Validate the complete claims as a claim file would be; a claim that fails is noted and left incomplete."""
    from auditor.errors import InputError
    from auditor.loading.corpus import load_records

    for _ in range(4):
        complete = [i for i, d in enumerate(drafted) if not d.missing]
        records = {"sources": [_source_record(source)], "claims": [drafted[i].record for i in complete]}
        try:
            corpus = load_records(records, pack=pack, name="<draft>")
        except InputError as error:
            failed: dict[int, list[str]] = {}
            for problem in error.problems:
                hit = re.match(r"claims\[(\d+)\]", problem.field or "")
                if hit is None:
                    # a problem the loader does not locate at a claim (a statement checked against
                    # the metric's unit): find the claims that fail by validating each alone
                    failed = _failing_alone(drafted, complete, source, pack)
                    if not failed:
                        raise
                    break
                failed.setdefault(complete[int(hit.group(1))], []).append(f"{problem.field}: {problem.message}")
            for index, messages in failed.items():
                d = drafted[index]
                drafted[index] = DraftedClaim(d.record, d.notes + tuple(messages), d.anchor, d.quote,
                                              d.missing + ("valid",), None)
            continue
        by_id = {c.id: c for c in corpus.claims}
        return [DraftedClaim(d.record, d.notes, d.anchor, d.quote, d.missing,
                             None if d.missing else by_id.get(d.record["id"])) for d in drafted]
    return drafted


def _failing_alone(drafted: list[DraftedClaim], complete: list[int], source: Source, pack: Pack) -> dict[int, list[str]]:
    """{index: problems} of the complete claims that fail validation, each checked after the
    claims before it that pass (so a claim referring back still has what it refers to)."""
    from auditor.errors import InputError
    from auditor.loading.corpus import load_records

    failed: dict[int, list[str]] = {}
    accepted: list[dict] = []
    for index in complete:
        try:
            load_records({"sources": [_source_record(source)], "claims": accepted + [drafted[index].record]},
                         pack=pack, name="<draft>")
        except InputError as error:
            failed[index] = [f"{p.field}: {p.message}" for p in error.problems]
            continue
        accepted.append(drafted[index].record)
    return failed
