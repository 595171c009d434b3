"""Field validators that need the rule pack: metric and place names, value phrases.

They read the pack from pydantic's validation context, so the models stay plain data and
every problem in a file is collected in one validation pass.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationInfo
from pydantic_core import PydanticCustomError

from auditor.loading.phrases import PhraseError, parse_amount, parse_change
from auditor.pack import Pack, load_pack


def pack_of(info: ValidationInfo) -> Pack:
    ctx = info.context or {}
    return ctx.get("pack") or load_pack()


def fail(code: str, message: str, hint: str = "") -> PydanticCustomError:
    return PydanticCustomError(code, "{message}", {"message": message, "hint": hint})


def _not_text(value: Any, what: str):
    return fail("type-invalid", f"the {what} must be text, not {type(value).__name__}",
                f"write the {what} id as plain text (`auditor vocab` lists them)")


def canonical_metric(value: Any, info: ValidationInfo) -> Any:
    if isinstance(value, (bytes, bytearray)):   # a YAML !!binary node
        raise _not_text(value, "metric")
    if not isinstance(value, str):
        return value
    pack = pack_of(info)
    metric = pack.find_metric(value)
    if metric is not None:
        return metric.id
    guess = pack.suggest_metric(value)
    hint = f"Did you mean '{guess}'?" if guess else (
        f"`auditor vocab metrics` lists the metrics ({pack.file_of('metrics')}).")
    raise fail("metric-unknown", f"'{value}' is not in the metric vocabulary.", hint)


def canonical_place(value: Any, info: ValidationInfo) -> Any:
    if isinstance(value, (bytes, bytearray)):
        raise _not_text(value, "place")
    if not isinstance(value, str):
        return value
    pack = pack_of(info)
    found = pack.find_places(value)
    if len(found) == 1:
        return found[0].id
    if len(found) > 1:
        names = "; ".join(f"'{p.id}' ({p.name})" for p in found)
        raise fail("place-ambiguous", f"'{value}' names more than one place: {names}.",
                   "Write the place id, so that one Birmingham is never taken for another.")
    guess = pack.suggest_place(value)
    hint = f"Did you mean '{guess}'?" if guess else (
        f"`auditor vocab places` lists the places ({pack.file_of('places')}); add a place there.")
    raise fail("place-unknown", f"'{value}' is not in the places list.", hint)


def amount_phrase(value: Any, info: ValidationInfo) -> Any:
    if isinstance(value, bool):
        raise fail("value-unreadable", f"{value!r} is not a number.", "Write a figure such as '2,000' or 'over 2,000'.")
    if isinstance(value, (int, float, str)):
        try:
            return parse_amount(str(value), pack_of(info))
        except PhraseError as exc:
            raise fail("value-unreadable", str(exc), "Write a figure such as '2,000', 'over 2,000' or 'nearly 100'.") from None
    if isinstance(value, dict) and "qualifier" in value:
        pack = pack_of(info)
        q = value["qualifier"]
        if isinstance(q, str) and q not in pack.qualifiers:
            ids = {w: qid for w, qid in pack.qualifier_words()}
            if q.lower() in ids:
                return {**value, "qualifier": ids[q.lower()]}
            raise fail("qualifier-unknown", f"'{q}' is not a qualifier of the rule pack.",
                       f"Use one of: {', '.join(sorted(pack.qualifiers))}.")
    return value


def change_phrase(value: Any, info: ValidationInfo) -> Any:
    if isinstance(value, str):
        value = {"phrase": value}
    if isinstance(value, dict) and "phrase" in value:
        rest = {k: v for k, v in value.items() if k != "phrase"}
        try:
            parsed = parse_change(str(value["phrase"]), pack_of(info))
        except PhraseError as exc:
            raise fail("change-unreadable", str(exc), "Write e.g. 'down 24 percent', 'up 5.1%' or '7000 fewer'.") from None
        return {**parsed.model_dump(exclude_none=True), **rest}
    return value


def period_text(value: Any) -> Any:
    """YAML reads 2018 as a number and 2021-08-02 as a date; periods are phrases."""
    if isinstance(value, bool):
        return value
    if isinstance(value, (int,)):
        return str(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value
