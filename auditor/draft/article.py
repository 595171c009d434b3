"""What each clause of an article is read against (the article, its people and places, the
clause's statement and sentence), and what the clauses before it decided.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from auditor.draft import attribution, periods, quoting, sentences, statements
from auditor.models import Period, Source
from auditor.pack import Pack


# present tense, not a present perfect that reports a period over ("has reached a 28-year high")
_PRESENT = re.compile(r"\b(?:is|are|has|have)\b(?!\s+(?:been|had|seen|taken|recorded|reported|reached|hit|set)\b)",
                      re.IGNORECASE)


_ANAPHOR = re.compile(r"\b(?:those|these|them|that|it|this|the\s+(?:same\s+)?(?:tally|total|count|number|toll))\b",
                      re.IGNORECASE)


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
    # the voice is a body releasing a document in a paragraph of its own ("The agency released its
    # annual report on Tuesday."): the paragraphs after it give that document's figures
    voice_announced: bool = False
    quote_speaker: str | None = None
    quote_paragraph: int = -1
    ids: Counter = field(default_factory=Counter)
    # how often each period was a complete claim's own (not a figure compared with): the
    # article's main period is the one most named so far
    periods_named: Counter = field(default_factory=Counter)
    counted: set = field(default_factory=set)

    phrases: dict = field(default_factory=dict)          # Period -> the first phrase that named it
    # (paragraph, claim id, metric, figure) of each complete value claim, for the whole a share is of
    values: list = field(default_factory=list)

    @property
    def main_period(self) -> tuple | None:
        if not self.periods_named:
            return None
        top = max(self.periods_named.values())
        days = next(p for p in self.periods_named if self.periods_named[p] == top)   # a tie: the lede's
        return self.phrases[days], days
    last_metric: str | None = None       # the metric of the last figure drafted, complete or not
    last_paragraph: int = -1
    last_anchor: int = -1                # where that figure stands in the text
    # the calendar months claims named in their own words ("takes a dip in August"), complete or not
    months_named: list = field(default_factory=list)
    # (period of the claim compared with, period of the figure it was compared with) of the last
    # complete figure compared with that named its own period ("209 in 2023, compared to 124 in 2020")
    last_base: tuple | None = None
    metrics_seen: list = field(default_factory=list)     # the metric of each figure drafted, in order


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
    read_once: dict = field(default_factory=dict)   # what is read of the whole article only when asked
    metrics_found: dict = field(default_factory=dict)   # find_metric's answers, kept while drafted

    def __post_init__(self) -> None:
        # each drafting reads its article's sentences' times and quoted parts afresh (kept
        # only while it is drafted)
        periods.forget_times()
        quoting.forget_segments()


@dataclass(frozen=True)
class _At:
    """One statement of one clause, with the sentence around it."""

    st: statements.Stated
    sentence: sentences.Span
    clause: tuple[int, int]
    times: list[periods.TimeMention]
    voice_here: attribution.Voice | None
    metric: str | None = None     # one metric of a list the statement is about ("drops in murders, shootings")
    place: str | None = None      # one place of a list the statement is about ("gains in both Auckland and Canterbury")


def article_sentences(art: _Article) -> list[sentences.Span]:
    """The article's sentences, read once an article."""
    if "sentences" not in art.read_once:
        art.read_once["sentences"] = sentences.sentences(art.text)
    return art.read_once["sentences"]


def sentence_around(art: _Article, offset: int) -> tuple[int, int]:
    """(start, end) of the sentence of the article holding an offset."""
    return next(((s.start, s.end) for s in article_sentences(art) if s.start <= offset < s.end), (offset, offset))


def _follows_in_paragraph(art: _Article, at: _At) -> bool:
    """Whether the last complete claim is in this clause's paragraph (so its fields may carry over),
    or in the paragraph before when the clause opens by pointing back to it ("That amounts to a
    drop of about 25 percent")."""
    state = art.state
    if state.previous is None:
        return False
    return state.previous_paragraph == at.sentence.paragraph or (
        state.previous_paragraph == at.sentence.paragraph - 1 and points_back(art.text, at.clause))


# A clause that opens by pointing back at the figure before: "That amounts to", "This is", "It's at",
# "So far, it's at", "The total stays at"; or goes on down a ranking it tops ("The next-biggest increases
# came in Ohio (106)", "The next highest was ...", "The next worse performing DHBs were ... (73.1 per cent)"; not a choice's
# "The next best option would add 12 officers")
_POINTS_BACK = re.compile(r"\s*(?:[A-Z][\w ]{0,20},\s*)?(?:that|this|it|it's|it’s|those|these|the\s+(?:same\s+)?"
                          r"(?:total|figure|tally|count|number|toll)|the\s+next(?=[\s-]+(?:biggest|largest|highest|"
                          r"lowest|smallest|most|greatest|steepest|worst|worse|best|better|fewest|least)\b"
                          r"(?![\s-]+(?:thing|option|plan|choice|step|bet|alternative|solution|way|move|priority|idea|"
                          r"outcome|likely|expensive|costly)s?\b)))\b"
                          r"(?!\s+(?:of|is\s+why)\b)", re.IGNORECASE)


# An item of a bulleted list ("Findings for other cities were:" then "• Delta (44 from 17)") goes
# on from the item or the lead-in before it, as a clause pointing back does
_BULLET = re.compile(r"[ \t]*[•·▪◦●][ \t]*")


# "Oklahoma City is lower at 4.6%": a level compared with the figure before, of the same kind
_COMPARED_AT = re.compile(r"\b(?:is|was|are|were|stands?|stood)\s+(?:also\s+|slightly\s+|even\s+|much\s+)?"
                          r"(?:lower|higher|better|worse)\s+at\s+(?=[\d$£€])", re.IGNORECASE)


def points_back(text: str, clause: tuple[int, int]) -> bool:
    if _POINTS_BACK.match(text, clause[0], clause[1]) or _COMPARED_AT.search(text, clause[0], clause[1]):
        return True
    line = text.rfind("\n", 0, clause[0]) + 1
    return bool(_BULLET.match(text, line, clause[1]))
