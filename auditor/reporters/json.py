"""The JSON reporter: the report itself, a stable contract for other tools (see `Report.version`)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from json.encoder import encode_basestring as _string   # ensure_ascii=False's (C)

from auditor.models.findings import Report

# Characters json.dumps leaves as they are but a terminal showing the file would obey (DEL, the
# C1 controls, U+009B among them a one-byte CSI) or that reorder text on screen (bidirectional
# overrides and isolates); they occur only inside strings, so their escapes are the same values.
_INVISIBLE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")

# the report's lists of records, written a record at a time
_RECORDS = ("sources", "claims", "findings")


def render(report: Report) -> str:
    """The whole report as indented JSON with keys sorted, so equal reports give equal text.

    Pydantic serialises first (so its rules hold, e.g. non-finite floats become null);
    the result is then re-emitted with sorted keys, which `model_dump_json` cannot do.
    The text is `chunks(report)` joined once."""
    return "".join(chunks(report))


def chunks(report: Report) -> Iterator[str]:
    """The text of `render(report)` in pieces, a record at a time, for writing to a file as it
    is made (the CLI's --output and --save): a million claims' report is about a gigabyte of
    text, which is then never held whole, nor encoded whole.

    The lists of records are serialised one record at a time and indented as
    `json.dumps(..., indent=2)` would indent them inside the report (the text is the same):
    the whole report is never held as Python objects beside its text, nor in the tens of
    millions of pieces json.dumps joins.
    """
    # `baseline` is there only when the audit was run against one: without, the report is as it always was
    head = json.loads(report.model_dump_json(exclude={*_RECORDS, *(("baseline",) if report.baseline is None else ())}))
    head.update(dict.fromkeys(_RECORDS))
    keys = sorted(head)
    parts = ["{"]
    for n, key in enumerate(keys):
        parts.append(f"\n  {_dumps(key, '')}: ")
        if key in _RECORDS:
            yield "".join(parts)
            parts.clear()
            yield from _records(getattr(report, key))
        else:
            parts.append(_dumps(head[key], "\n  "))
        parts.append("," if n < len(keys) - 1 else "")
    parts.append("\n}\n")
    yield "".join(parts)


def _dumps(value, indent: str) -> str:
    """`value` as json.dumps writes it at the depth whose lines begin with `indent`
    (`json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False)` with each line break
    followed by `indent`'s spaces)."""
    out: list[str] = []
    _encode(value, indent, out)
    return _INVISIBLE.sub(lambda m: f"\\u{ord(m.group()):04x}", "".join(out))


def _float(x: float) -> str:
    """A float as json.dumps writes it (allow_nan)."""
    if x != x:
        return "NaN"
    if x in (_INFINITY, -_INFINITY):
        return "Infinity" if x > 0 else "-Infinity"
    return float.__repr__(x)


_INFINITY = float("inf")


def _encode(value, indent: str, out: list[str]) -> None:
    """What json.dumps(indent=2, sort_keys=True, ensure_ascii=False) writes of a value that
    json.loads gives (dicts with string keys, lists, strings, numbers, booleans, None), its
    lines beginning with `indent`: the same text, without the pure-Python encoder's layers of
    generators (json's C encoder does not indent before Python 3.13)."""
    kind = type(value)
    if kind is str:
        out.append(_string(value))
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif kind is int:
        out.append(int.__repr__(value))
    elif kind is float:
        out.append(_float(value))
    elif kind is dict:
        if not value:
            out.append("{}")
            return
        inner = indent + "  "
        opening = "{"
        for key in sorted(value):
            out.append(f"{opening}{inner}{_string(key)}: ")
            opening = ","
            _encode(value[key], inner, out)
        out.append(indent + "}")
    elif kind is list:
        if not value:
            out.append("[]")
            return
        inner = indent + "  "
        opening = "["
        for item in value:
            out.append(opening + inner)
            opening = ","
            _encode(item, inner, out)
        out.append(indent + "]")
    else:   # not something json.loads gives: json.dumps's own text (and its errors)
        out.append(json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False).replace("\n", indent))


def _records(records) -> Iterator[str]:
    """A list of the report's records (pydantic models), as the report's own key holds it, a
    record at a time (with the comma and line break before it)."""
    if not records:
        yield "[]"
        return
    opening = "[\n    "
    for r in records:
        yield opening + _dumps(json.loads(r.model_dump_json()), "\n    ")
        opening = ",\n    "
    yield "\n  ]"
