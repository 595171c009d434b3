"""The anchor of a document's time expressions: its DCT, what it has mentioned, and the mode.

`Anchor(dct, claim=True)` reads a claim file's period field (no near-future reading, an
anaphor needs a period before it); `Reading` is what one expression means.

>>> anchor = Anchor(date(2021, 9, 15), text="They will meet in May")
>>> anchor.future_context(17), Anchor(date(2021, 9, 15), text="They met in May").future_context(13)
(True, False)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date


FUTURE_CUE = re.compile(
    r"\b(?:will|won['’]t|shall|['’]ll|going\s+to|is\s+to|are\s+to|scheduled|plans?\s+to|planned|expects?\s+to"
    r"|expected\s+to|set\s+to|due\s+to|until|as\s+(?:soon|early)\s+as|postponed|delayed|next)\b",
    re.IGNORECASE,
)
# Reporting verbs and clause breaks end the reach of a future cue ("they would appeal
# the decision, announced Wednesday": the announcement is past).
CLAUSE_BREAK = re.compile(r"\b(?:said|says|told|announced|reported|predicted|added)\b|[,;:(\"“”]|``|''", re.IGNORECASE)
SENTENCE_START = re.compile(r"[.!?\n][\"'”’)]*\s+(?=\S)")
RATE_BEFORE = re.compile(r"(?:\d|%|\bpercent|\bcents?|\bdollars?|\btimes|\bonce|\btwice|\bper)\W*$", re.IGNORECASE)
COUNT_NOUN_AFTER = re.compile(
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
        breaks = [m.end() for m in SENTENCE_START.finditer(window)] + [m.end() for m in CLAUSE_BREAK.finditer(window)]
        if breaks:
            window = window[max(breaks) :]
        return bool(FUTURE_CUE.search(window))
