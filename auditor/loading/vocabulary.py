"""Field validators that need the rule pack: metric and place names, value phrases.

This module is the models' `Vocabulary` (auditor/models/base.py): the loader passes it in
pydantic's validation context with the pack, so the models stay plain data, import nothing
from here, and every problem in a file is collected in one validation pass.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationInfo

from auditor.errors import house_style, nearest
from auditor.loading.phrases import PhraseError, parse_amount, parse_change
from auditor.models.base import fail, period_text  # noqa: F401 - period_text: for code that imported it here
from auditor.pack import Pack, load_pack


def pack_of(info: ValidationInfo) -> Pack:
    ctx = info.context or {}
    return ctx.get("pack") or load_pack()


class PackVocabulary:
    """The validators bound to one pack, and what its vocabulary has already answered:
    claim files repeat their metrics, places and phrases, and a look-up or a phrase read
    once is a dict hit after that. Only answers are kept (a problem is worked out again,
    with its suggestion, each time); an Amount is frozen, so one instance can stand in every
    claim that wrote the phrase. A loader passes one in the validation context as the
    models' `vocabulary`; the module's functions below are the same validators for a
    context that names only the pack."""

    __slots__ = ("pack", "metrics", "places", "amounts", "changes")

    def __init__(self, pack: Pack) -> None:
        self.pack = pack
        self.metrics: dict[str, str] = {}
        self.places: dict[str, str] = {}
        self.amounts: dict[str, Any] = {}
        self.changes: dict[str, dict] = {}

    def canonical_metric(self, value: Any, info: ValidationInfo | None = None) -> Any:
        if type(value) is str:
            found = self.metrics.get(value)
            if found is not None:
                return found
        return _metric(value, self)

    def canonical_place(self, value: Any, info: ValidationInfo | None = None) -> Any:
        if type(value) is str:
            found = self.places.get(value)
            if found is not None:
                return found
        return _place(value, self)

    def amount_phrase(self, value: Any, info: ValidationInfo | None = None) -> Any:
        if type(value) is str:
            found = self.amounts.get(value)
            if found is not None:
                return found
        return _amount(value, self)

    def change_phrase(self, value: Any, info: ValidationInfo | None = None) -> Any:
        return _change(value, self)


_KNOWN: dict[int, PackVocabulary] = {}


def for_pack(pack: Pack) -> PackVocabulary:
    """The pack's validators (one per pack, kept while it is among the last few packs used)."""
    known = _KNOWN.get(id(pack))
    if known is None or known.pack is not pack:
        if len(_KNOWN) >= 8:
            _KNOWN.clear()
        known = _KNOWN[id(pack)] = PackVocabulary(pack)
    return known


# The same validators for a context that names only the pack, or none (a model built in
# code: the bundled pack). A value that needs no pack (a figure already an Amount, a change
# already a Change) is passed on without loading one.

def canonical_metric(value: Any, info: ValidationInfo) -> Any:
    return for_pack(pack_of(info)).canonical_metric(value, info) if isinstance(value, str) else _metric(value, None)


def canonical_place(value: Any, info: ValidationInfo) -> Any:
    return for_pack(pack_of(info)).canonical_place(value, info) if isinstance(value, str) else _place(value, None)


def amount_phrase(value: Any, info: ValidationInfo) -> Any:
    if (isinstance(value, (int, float, str)) and not isinstance(value, bool)) or (
            isinstance(value, dict) and "qualifier" in value):
        return for_pack(pack_of(info)).amount_phrase(value, info)
    return _amount(value, None)


def change_phrase(value: Any, info: ValidationInfo) -> Any:
    if isinstance(value, str) or (isinstance(value, dict) and "phrase" in value):
        return for_pack(pack_of(info)).change_phrase(value, info)
    return value


def _not_text(value: Any, what: str):
    return fail("type-invalid", f"the {what} must be text, not {type(value).__name__}",
                f"write the {what} id as plain text (`auditor vocab` lists them)")


def _metric(value: Any, vocabulary: PackVocabulary | None) -> Any:
    if isinstance(value, (bytes, bytearray)):   # a YAML !!binary node
        raise _not_text(value, "metric")
    if not isinstance(value, str):
        return value
    pack = vocabulary.pack
    known = vocabulary.metrics
    found = known.get(value)
    if found is not None:
        return found
    metric = pack.find_metric(value)
    if metric is not None:
        known[value] = metric.id
        return metric.id
    guess = pack.suggest_metric(value)
    hint = nearest(guess, "metric") if guess else (
        f"write a metric `auditor vocab metrics` lists, or add it to {pack.file_of('metrics')}")
    raise fail("metric-unknown", f"'{value}' is not in the metric vocabulary", hint)


def _place(value: Any, vocabulary: PackVocabulary | None) -> Any:
    if isinstance(value, (bytes, bytearray)):
        raise _not_text(value, "place")
    if not isinstance(value, str):
        return value
    pack = vocabulary.pack
    known = vocabulary.places
    place_id = known.get(value)
    if place_id is not None:
        return place_id
    found = pack.find_places(value)
    if len(found) == 1:
        known[value] = found[0].id
        return found[0].id
    if len(found) > 1:
        names = "; ".join(f"'{p.id}' ({p.name})" for p in found)
        raise fail("place-ambiguous", f"'{value}' names more than one place: {names}",
                   "write the place id, so that one Birmingham is never taken for another")
    guess = pack.suggest_place(value)
    hint = nearest(guess, "place") if guess else (
        f"write a place `auditor vocab places` lists, or add it to {pack.file_of('places')}")
    raise fail("place-unknown", f"'{value}' is not in the places list", hint)


def _amount(value: Any, vocabulary: PackVocabulary | None) -> Any:
    if isinstance(value, bool):
        raise fail("value-unreadable", f"{value!r} is not a number", "write a figure such as '2,000' or 'over 2,000'")
    if vocabulary is None:   # a value that needs no pack (see amount_phrase)
        return value
    pack = vocabulary.pack
    if isinstance(value, (int, float, str)):
        known = vocabulary.amounts
        text = str(value)
        amount = known.get(text)
        if amount is not None:
            return amount
        try:
            amount = known[text] = parse_amount(text, pack)
            return amount
        except PhraseError as exc:
            raise fail("value-unreadable", *house_style(str(exc), "write a figure such as '2,000', 'over 2,000' or 'nearly 100'")) from None
    if isinstance(value, dict) and "qualifier" in value:
        q = value["qualifier"]
        if isinstance(q, str) and q not in pack.qualifiers:
            ids = {w: qid for w, qid in pack.qualifier_words()}
            if q.lower() in ids:
                return {**value, "qualifier": ids[q.lower()]}
            raise fail("qualifier-unknown", f"'{q}' is not a qualifier of the rule pack",
                       f"write one of {', '.join(sorted(pack.qualifiers))}")
    return value


def _change(value: Any, vocabulary: PackVocabulary) -> Any:
    if isinstance(value, str):
        value = {"phrase": value}
    if isinstance(value, dict) and "phrase" in value:
        rest = {k: v for k, v in value.items() if k != "phrase"}
        given = [k for k in ("direction", "by", "measure") if k in rest]
        if given:
            # the phrase says them: a second say could only agree or silently win over it
            raise fail("change-unreadable", f"'{given[0]}' is given beside the change's phrase, which says it",
                       f"remove '{given[0]}' (the phrase '{value['phrase']}' gives the direction, the amount and its "
                       "measure), or write the change without a phrase: {direction, by, measure}")
        pack = vocabulary.pack
        known = vocabulary.changes
        text = str(value["phrase"])
        fields = known.get(text)
        if fields is None:
            try:
                parsed = parse_change(text, pack)
            except PhraseError as exc:
                raise fail("change-unreadable", *house_style(str(exc),
                           "write e.g. 'down 24 percent', 'up 5.1%' or '7000 fewer'")) from None
            # the change's fields, its amount kept as the (frozen) model it already is
            fields = known[text] = {**parsed.model_dump(exclude_none=True), "by": parsed.by}
        return {**fields, **rest}
    return value
