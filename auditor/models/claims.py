"""Sources and claims: what one source says about one quantity."""

from __future__ import annotations

import re
from datetime import date
from typing import Literal

from pydantic import field_validator, model_validator


from auditor.models.base import Frozen, fail, period_text, vocabulary
from auditor.models.periods import DateRange
from auditor.models.statements import Amount, Change, ChangePhrase, Comparison, Share

# where a copy was read: "X (via Y)", or "X, as republished by Y" (also excerpted, copied,
# reprinted, syndicated): X's reporting either way
_VIA = re.compile(r"\s*(\(via [^()]*\)|,\s*as (republished|excerpted|copied|reprinted|syndicated) (by|on|in) [^,()]*)\s*$",
                  re.IGNORECASE)
# a rewrite or excerpt of another newsroom's report, named in brackets: "Y (a rewrite of X's
# report)", "Y (machine rewrite of X, 23 December 2021)", "Y (excerpts of X, Jordan Fischer, ...)":
# X's reporting, copied
_COPY_OF = re.compile(r"\((?:an? )?(?:machine )?(?:rewrite|excerpts?) of (?:an? )?(?P<x>[^,()]+?)"
                      r"(?:['’]s)?(?: (?:report|article|item))?(?: of \d[^,()]*)?(?:,[^()]*)?\)\s*$", re.IGNORECASE)

SourceKind = Literal["news", "official-statement", "dataset"]
Attribution = Literal["direct-quote", "paraphrase", "reporter", "document", "headline"]
StatementKind = Literal["value", "change", "comparison", "share"]


_SLASHED = re.compile(r"^\s*(\d{1,2})[/.](\d{1,2})[/.](\d{4})\s*$")


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        pass
    m = _SLASHED.match(text)
    if m:
        a, b, year = (int(g) for g in m.groups())
        readings = []
        for month, day, how in ((a, b, "month first, as in the US"), (b, a, "day first")):
            try:
                readings.append(f"{date(year, month, day).isoformat()} ({how})")
            except ValueError:
                continue
        if len(readings) == 1:
            raise fail("date-invalid", f"'{text}' is not written YYYY-MM-DD",
                       f"write {readings[0].split(' ')[0]}, the only date it can be")
        raise fail("date-invalid", f"'{text}' is not written YYYY-MM-DD, and it can be read two ways: "
                   + " or ".join(readings), "write the date the source gives as YYYY-MM-DD")
    raise fail("date-invalid", f"'{text}' is not a calendar date written YYYY-MM-DD",
               "write the publication day as YYYY-MM-DD, or a range as {earliest: ..., latest: ...}")


_UNWRITABLE = re.compile("[\ud800-\udfff\x00]")


def _writable_text(data, info=None):
    """A record whose text holds a lone surrogate or a NUL byte is refused at once, naming
    the field: such text cannot be written to a report, a file name or a terminal. A loader
    that has checked the record's text already says so in the validation context."""
    if not isinstance(data, dict) or (info is not None and info.context and info.context.get("text_writable")):
        return data
    if _plainly_writable(data):
        return data
    stack = [((), data)]
    while stack:
        where, node = stack.pop()
        items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
        for key, value in items:
            # a field's name is text too ('{"\\uD800": ...}'): named with the character escaped
            for text, what_holds in ((key, "the name of field"), (value, None)):
                bad = _UNWRITABLE.search(text) if isinstance(text, str) else None
                if bad:
                    what = "a NUL byte" if bad.group() == "\x00" else f"a lone surrogate (U+{ord(bad.group()):04X})"
                    path = ".".join(_escaped(str(k)) for k in (*where, key))
                    raise fail("text-invalid", f"{what_holds + ' ' if what_holds else ''}{path} holds {what}, "
                               "which no report or file can hold", "remove it, or write the character it stood for")
            if isinstance(value, (dict, list)):
                stack.append(((*where, key), value))
    return data


def _escaped(text: str) -> str:
    """Text with each character a report cannot hold written as its escape ("\\ud800")."""
    return _UNWRITABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def _plainly_writable(data: dict) -> bool:
    """A record of text fields and small mappings that holds no NUL and no surrogate: most
    records, found without walking them in Python (JSON text escapes a NUL as \\u0000 and
    cannot hold a lone surrogate; anything else goes the long way)."""
    try:
        blob = _dumps(data)
    except Exception:   # a lone surrogate, a value JSON cannot hold: look field by field
        return False
    return b"\\u0000" not in blob


try:
    from orjson import dumps as _dumps
except ImportError:  # pragma: no cover - orjson is a dependency
    def _dumps(data: dict) -> bytes:
        raise TypeError


class Source(Frozen):
    """A document claims are taken from; its publication date may be exact or a range."""

    @model_validator(mode="before")
    @classmethod
    def _text_is_writable(cls, data, info):
        return _writable_text(data, info)

    id: str
    title: str
    publisher: str
    kind: SourceKind = "news"
    url: str | None = None
    published: DateRange
    authority: str | None = None   # overrides who the source counts as (a key of rules/suspicion.yaml)
    outlet: str | None = None      # the newsroom that wrote it, when the publisher only hosts or syndicates it

    @field_validator("published", mode="before", json_schema_input_type=date | DateRange)
    @classmethod
    def _published(cls, v):
        """A date, or a range written {earliest: ..., latest: ...}. A date that is not
        YYYY-MM-DD is one error here, not one per end of the range it stands for."""
        if isinstance(v, str):
            return {"earliest": _iso_date(v), "latest": _iso_date(v)}
        if hasattr(v, "isoformat"):
            return {"earliest": v, "latest": v}
        return v
    published_note: str | None = None
    text: str | None = None
    text_path: str | None = None

    @property
    def is_undated(self) -> bool:
        return not self.published.is_exact

    @property
    def voice(self) -> str:
        """Whose reporting this is: `outlet`, else the publisher without a trailing
        "(via ...)" or ", as republished by ..." naming where the copy was read. Copies by one voice are not independent."""
        if self.outlet:
            return self.outlet
        copy = _COPY_OF.search(self.publisher)
        if copy:
            return copy.group("x").strip()
        return _VIA.sub("", self.publisher).strip() or self.publisher


class Quote(Frozen):
    """The verbatim words, with character offsets into the source text (end exclusive)."""

    text: str
    start: int | None = None
    end: int | None = None


class Statement(Frozen):
    """Exactly one of value, change, comparison or share."""

    value: Amount | None = None
    change: Change | None = None
    comparison: Comparison | None = None
    share: Share | None = None

    @field_validator("value", mode="before", json_schema_input_type=str | float | Amount | None)
    @classmethod
    def _value_phrase(cls, v, info):
        return vocabulary(info).amount_phrase(v, info)

    @field_validator("change", mode="before", json_schema_input_type=str | ChangePhrase | Change | None)
    @classmethod
    def _change_phrase(cls, v, info):
        return vocabulary(info).change_phrase(v, info)

    @model_validator(mode="after")
    def _exactly_one(self) -> "Statement":
        if (self.value is not None) + (self.change is not None) + (self.comparison is not None) \
                + (self.share is not None) == 1:
            return self
        given = [k for k in ("value", "change", "comparison", "share") if getattr(self, k) is not None]
        if len(given) != 1:
            raise ValueError(
                "say exactly one of value, change, comparison or share"
                + (f" (got {', '.join(given)})" if given else "")
            )
        return self

    @property
    def kind(self) -> StatementKind:
        for k in ("value", "change", "comparison", "share"):
            if getattr(self, k) is not None:
                return k  # type: ignore[return-value]
        raise AssertionError("unreachable")


class Reading(Statement):
    """One honest reading of an ambiguous sentence; the claim holds if any reading holds."""

    label: str
    period: str | None = None

    @field_validator("period", mode="before", json_schema_input_type=str | int)
    @classmethod
    def _period(cls, v):
        return period_text(v)


class Claim(Statement):
    """What one source says about one quantity (metric, place, period)."""

    @model_validator(mode="before")
    @classmethod
    def _text_is_writable(cls, data, info):
        return _writable_text(data, info)

    id: str
    source: str
    metric: str
    place: str
    period: str
    readings: tuple[Reading, ...] = ()
    speaker: str | None = None
    attribution: Attribution = "reporter"
    quote: Quote
    note: str | None = None
    supersedes: str | None = None   # the id of an earlier claim this one revises (same quantity, newer figure)
    projection: bool = False        # "on pace to match 2018", "on track for 400": kept, reported, never checked

    @field_validator("metric", mode="before")
    @classmethod
    def _metric(cls, v, info):
        return vocabulary(info).canonical_metric(v, info)

    @field_validator("place", mode="before")
    @classmethod
    def _place(cls, v, info):
        return vocabulary(info).canonical_place(v, info)

    @field_validator("period", mode="before", json_schema_input_type=str | int)
    @classmethod
    def _period(cls, v):
        return period_text(v)

    @field_validator("quote", mode="before", json_schema_input_type=str | Quote)
    @classmethod
    def _quote(cls, v):
        return {"text": v} if isinstance(v, str) else v

    @model_validator(mode="after")
    def _exactly_one(self) -> "Claim":  # type: ignore[override]
        if self.readings:
            given = [k for k in ("value", "change", "comparison", "share") if getattr(self, k) is not None]
            if given:
                raise ValueError("a claim with readings states its value/change/comparison/share inside each reading")
            if len(self.readings) < 2:
                raise ValueError("give at least two readings, or state the claim directly")
            return self
        return Statement._exactly_one(self)  # type: ignore[return-value]

    def statements(self) -> tuple[tuple[str | None, str, Statement], ...]:
        """(reading label, period phrase, statement) for each reading; one for a plain claim."""
        if self.readings:
            return tuple((r.label, r.period or self.period, r) for r in self.readings)
        return ((None, self.period, self),)
