"""Claims built from plain JSON records without a pydantic call per claim.

A claim read from JSON Lines is most often plain: its fields are text of the right type,
its metric, place and figure are names and phrases the pack has already answered, and it
states exactly one of value, change, comparison or share. Such a record is built here
directly, as the `Claim` pydantic would build from it: the same field values (the figure
the very Amount the pack's vocabulary gives, as in pydantic's path), the same fields in the
same order, the same set of the fields given; so is a change whose phrase has been read. Every other record
(anything unknown, misspelt, of another type, with readings, with a problem of any kind) is
declined, and the loader validates it with pydantic as before, so every problem is still
found and located there. tests/test_claim_builder.py states the law: for any record, the
builder declines or gives exactly what pydantic gives.

It knows the models it builds: `CLAIM_SHAPE` and `CHANGE_SHAPE` list the fields and
validators of `Claim` and `Change`, and the builder declines everything when a model no
longer has that shape (a new field or validator is then validated by pydantic until the
builder learns it).
"""

from __future__ import annotations

from collections import deque
from itertools import repeat
from typing import Any, get_args

from pydantic import BaseModel, ValidationError
from pydantic_core import PydanticCustomError

from auditor.models import Claim, Quote, Source
from auditor.models.claims import Attribution, SourceKind, _iso_date
from auditor.models.periods import DateRange
from auditor.models.statements import Change, Comparison, Share

# The fields in order and the validators (by function name) of Change and Claim, as the
# builder below reproduces them.
CHANGE_SHAPE = (("direction", "by", "measure", "base", "base_place", "text"), ("_by_phrase", "_place"))
SHARE_SHAPE = (("fraction", "of", "text"), ("_fraction_phrase",))
SOURCE_SHAPE = (("id", "title", "publisher", "kind", "url", "published", "authority", "outlet", "published_note",
                 "text", "text_path"), ("_published", "_text_is_writable"))
DATES_SHAPE = (("earliest", "latest"), ("_ordered",))
CLAIM_SHAPE = (
    ("value", "change", "comparison", "share", "id", "source", "metric", "place", "period", "readings",
     "speaker", "attribution", "quote", "note", "supersedes", "projection"),
    ("_change_phrase", "_exactly_one", "_metric", "_period", "_place", "_quote", "_text_is_writable",
     "_value_phrase"),
)


def claim_shape(model: type = Claim) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The fields (in order) and the names of the validators of `model`."""
    decorators = model.__pydantic_decorators__
    names = {*decorators.field_validators, *decorators.model_validators, *decorators.validators,
             *decorators.root_validators, *decorators.field_serializers, *decorators.model_serializers}
    return tuple(model.model_fields), tuple(sorted(names))


_REQUIRED = frozenset(n for n, f in Claim.model_fields.items() if f.is_required())
_FIELDS = frozenset(Claim.model_fields)
def _shared_keys(values: dict) -> dict:
    """A dict equal to `values`, in the same order, whose copies share one table of keys (a
    split table, as an instance's attributes keep): a claim's 16 fields then take 296 bytes,
    not 464. Any other dict where the interpreter does not make one so (the copies are then
    plain dicts, as before)."""
    holder = type("_Fields", (), {})()
    for name, value in values.items():
        setattr(holder, name, value)
    made = holder.__dict__
    if type(made) is not dict or list(made) != list(values) or made != values:   # pragma: no cover
        return dict(values)
    return made


_TEMPLATE = _shared_keys({n: (None if f.is_required() else f.default) for n, f in Claim.model_fields.items()})
_ATTRIBUTIONS = frozenset(get_args(Attribution))
_OPTIONAL_TEXT = ("speaker", "note", "supersedes")
_STATEMENTS = (("change", Change), ("comparison", Comparison), ("share", Share))
_QUOTE_GIVEN = {"text"}
_CHANGE_KEYS = frozenset(("phrase", "base", "base_place", "text"))
_SHARE_KEYS = frozenset(SHARE_SHAPE[0])
_SOURCE_FIELDS = frozenset(SOURCE_SHAPE[0])
_SOURCE_REQUIRED = frozenset(("id", "title", "publisher", "published"))
_SOURCE_TEMPLATE = _shared_keys({n: (None if f.is_required() else f.default) for n, f in Source.model_fields.items()})
_SOURCE_TEXT = ("id", "title", "publisher")
_SOURCE_OPTIONAL = ("url", "authority", "outlet", "published_note", "text", "text_path")
_SOURCE_KINDS = frozenset(get_args(SourceKind))
_STR = frozenset((str,))
_STR_OR_NONE = frozenset((str, type(None)))
_DATES_GIVEN = {"earliest", "latest"}
_KEYABLE = frozenset((str, int, bool, type(None)))   # values told apart by (type, value); a float is not (0.0, -0.0)

# pydantic's validator leaves a model so: its fields in `__dict__` (in the model's order),
# the names of the fields given, no extras, no private attributes
_new = object.__new__
_set = object.__setattr__


def model_of(cls, fields: dict, given: set):
    """A model of `cls` with `fields`, as pydantic makes it (no extra, no private attributes),
    without a pydantic call: what every builder here makes once its fields are checked."""
    model = _new(cls)
    _set(model, "__dict__", fields)
    _set(model, "__pydantic_fields_set__", given)
    _set(model, "__pydantic_extra__", None)
    _set(model, "__pydantic_private__", None)
    return model


_SETS: dict[frozenset, set] = {}


def shared_set(given: set) -> set:
    """One set of field names for every model that gave the same ones: pydantic keeps a set per
    model (216 to 472 bytes, about a third of a claim's objects), and a frozen model never
    changes it (a copy gets a set of its own)."""
    key = frozenset(given)
    found = _SETS.get(key)
    if found is None:
        if len(_SETS) >= 4096:
            return given
        found = _SETS[key] = given
    return found


def share_fields(model: Any) -> Any:
    """`model` and the models it holds (a claim's quote, figure, change, comparison, share,
    readings; a source's dates) holding shared sets of the names of their fields given."""
    fields = getattr(model, "__pydantic_fields_set__", None)
    if fields is None:
        return model
    shared = shared_set(fields)
    if shared is not fields:
        _set(model, "__pydantic_fields_set__", shared)
    for value in model.__dict__.values():
        if isinstance(value, BaseModel):
            share_fields(value)
        elif type(value) is tuple:
            for item in value:
                share_fields(item)
    return model


class _Shape:
    """What the builder needs to know of a record's keys (written in that order), once per
    such list of keys: whether it may be a plain claim, the fields to look at, and the set of
    the fields given that every claim of this shape shares (a frozen model never changes it)."""

    __slots__ = ("plain", "given", "value", "statements", "optional", "attribution", "projection")

    def __init__(self, keys: tuple[str, ...]) -> None:
        names = set(keys)
        self.plain = names >= _REQUIRED and names <= _FIELDS and "readings" not in names and len(names) == len(keys)
        self.given = names
        self.value = "value" in names
        self.statements = tuple((name, model) for name, model in _STATEMENTS if name in names)
        self.optional = tuple(name for name in _OPTIONAL_TEXT if name in names)
        self.attribution = "attribution" in names
        self.projection = "projection" in names


class ClaimBuilder:
    """Builds the plain claims of one pack (see the module's docstring); `build` returns the
    claim or None, never raises."""

    __slots__ = ("vocabulary", "context", "enabled", "sources_enabled", "shapes", "statements", "texts", "published")

    def __init__(self, vocabulary: Any, context: dict) -> None:
        self.vocabulary = vocabulary   # the pack's validators (auditor/loading/vocabulary.py)
        self.context = context         # the validation context of a record whose text is writable
        self.enabled = (claim_shape() == CLAIM_SHAPE and claim_shape(Change) == CHANGE_SHAPE
                        and claim_shape(Share) == SHARE_SHAPE)
        self.sources_enabled = claim_shape(Source) == SOURCE_SHAPE and claim_shape(DateRange) == DATES_SHAPE
        self.shapes: dict[tuple, _Shape] = {}
        self.statements: dict[tuple, Any] = {}   # a change, comparison or share already built
        self.texts: dict[str, str] = {}   # one string for every claim that names a source or period alike
        self.published: dict[str, DateRange] = {}   # a day written as a date -> its range (one model each)

    def build(self, record: dict) -> Claim | None:
        """The claim pydantic would make of `record` (a dict from the JSON parser, its text
        free of NUL bytes), or None when pydantic must look at it."""
        keys = tuple(record)
        shape = self.shapes.get(keys)
        if shape is None:
            if len(self.shapes) >= 1024:
                self.shapes.clear()
            shape = self.shapes[keys] = _Shape(keys)
        if not shape.plain or not self.enabled:
            return None
        cid, source, quote, period, metric, place = (record["id"], record["source"], record["quote"],
                                                     record["period"], record["metric"], record["place"])
        if type(cid) is not str or type(source) is not str or type(quote) is not str:
            return None
        if type(period) is not str:
            if type(period) is not int:
                return None
            period = str(period)   # a year written as a number (models/base.py: period_text)
        vocabulary = self.vocabulary
        if type(metric) is not str or type(place) is not str:
            return None
        metric_id = vocabulary.metrics.get(metric)
        place_id = vocabulary.places.get(place)
        try:
            if metric_id is None:
                metric_id = vocabulary.canonical_metric(metric)
            if place_id is None:
                place_id = vocabulary.canonical_place(place)
        except PydanticCustomError:
            return None
        texts = self.texts
        if len(texts) >= 1 << 20:
            texts.clear()
        fields = _TEMPLATE.copy()
        fields.update(record)
        fields["metric"], fields["place"] = metric_id, place_id
        fields["source"] = texts.setdefault(source, source)
        fields["period"] = texts.setdefault(period, period)
        stated = 0
        if shape.value:
            value = record["value"]
            if value is not None:
                kind = type(value)
                if kind is not str and kind is not int and kind is not float:
                    return None
                amount = vocabulary.amounts.get(value) if kind is str else None
                if amount is None:
                    try:
                        amount = vocabulary.amount_phrase(value)
                    except PydanticCustomError:
                        return None
                fields["value"] = amount
                stated = 1
        for name, model in shape.statements:
            if record[name] is not None:
                built = self._statement(name, model, record[name])
                if built is None:
                    return None
                fields[name] = built
                stated += 1
        if stated != 1:
            return None
        for name in shape.optional:
            if record[name] is not None and type(record[name]) is not str:
                return None
        if shape.attribution and (type(record["attribution"]) is not str
                                  or record["attribution"] not in _ATTRIBUTIONS):
            return None
        if shape.projection and type(record["projection"]) is not bool:
            return None
        made = model_of(Quote, {"text": quote, "start": None, "end": None}, _QUOTE_GIVEN)
        fields["quote"] = made
        made = model_of(Claim, fields, shape.given)
        return made

    def _statement(self, name: str, model: type, value: Any) -> Any:
        """A change, comparison or share: a change or share written plainly built directly
        (_change, _share: they name their base or the claim they are of, so they are seldom
        alike as a whole); any other validated by its own model (with the pack's validators,
        as a claim's field is) and kept for the next record that writes it alike."""
        if type(value) is dict and self.enabled:
            built = self._change(value) if name == "change" else self._share(value) if name == "share" else None
            if built is not None:
                return built
        if name == "change" and type(value) is str:
            key: tuple | None = (name, value)
        elif type(value) is dict:
            types = tuple(map(type, value.values()))   # 1, 1.0 and True are equal keys, not equal fields
            key = (name, tuple(value.items()), types) if _KEYABLE.issuperset(types) else None
        else:
            key = None
        if key is not None:
            found = self.statements.get(key)
            if found is not None:
                return found
        try:
            if name == "change":
                value = self.vocabulary.change_phrase(value)
            built = share_fields(model.__pydantic_validator__.validate_python(value, context=self.context))
        except (ValidationError, PydanticCustomError):
            return None
        if key is not None:
            self.statements[key] = built
        return built

    def _change(self, value: dict) -> Change | None:
        """A change written {phrase, base, base_place, text} whose phrase has been read: built
        as pydantic builds it from the phrase's fields and the rest (vocabulary.py's
        change_phrase), or None to let pydantic build it. Most changes differ only in their
        base period, so they are seldom alike as a whole."""
        if not value.keys() <= _CHANGE_KEYS:
            return None
        phrase = value.get("phrase")
        parsed = self.vocabulary.changes.get(phrase) if type(phrase) is str else None
        if parsed is None:
            return None
        base, place, text = value.get("base"), value.get("base_place"), value.get("text", parsed["text"])
        if type(base) is int:
            base = str(base)   # a year written as a number (models/base.py: period_text)
        elif base is not None and type(base) is not str:
            return None
        if place is not None:
            if type(place) is not str:
                return None
            found = self.vocabulary.places.get(place)
            if found is None:
                try:
                    found = self.vocabulary.canonical_place(place)
                except PydanticCustomError:
                    return None
            place = found
        if text is not None and type(text) is not str:
            return None
        given = {*parsed, *value}
        given.discard("phrase")
        given = shared_set(given)
        made = model_of(Change, {"direction": parsed["direction"], "by": parsed["by"], "measure": parsed["measure"],
                             "base": base, "base_place": place, "text": text}, given)
        return made

    def _share(self, value: dict) -> Share | None:
        """A share written {fraction, of, text} whose fraction is text or a number the
        vocabulary reads: built as pydantic builds it (the fraction the very Amount the
        vocabulary gives), or None to let pydantic build it. Shares name the claim they
        are of, so they are seldom alike as a whole."""
        if not value.keys() <= _SHARE_KEYS or "fraction" not in value or "of" not in value:
            return None
        fraction, of, text = value["fraction"], value["of"], value.get("text")
        if type(of) is not str or (text is not None and type(text) is not str):
            return None
        kind = type(fraction)
        if kind is not str and kind is not int and kind is not float:
            return None
        amount = self.vocabulary.amounts.get(fraction) if kind is str else None
        if amount is None:
            try:
                amount = self.vocabulary.amount_phrase(fraction)
            except PydanticCustomError:
                return None
        made = model_of(Share, {"fraction": amount, "of": of, "text": text}, shared_set(set(value)))
        return made

    def build_sources(self, records: list[dict]) -> list[Source] | None:
        """The sources build_source makes of `records`, when all are plain and alike (the
        same keys, in the same order): checked a field at a time over all of them and built
        by C code, about 1 us a source, not 7; None when any is not, or not alike (then each is
        built by build_source, or validated by pydantic)."""
        if not records or not self.sources_enabled:
            return None
        keys = tuple(records[0])
        given = set(keys)
        if not given <= _SOURCE_FIELDS or not given >= _SOURCE_REQUIRED or any(map(keys.__ne__, map(tuple, records))):
            return None
        n = len(records)
        for name in keys:
            column = list(map(dict.__getitem__, records, repeat(name)))
            types = set(map(type, column))
            if name in _SOURCE_TEXT or name == "published":
                if types != _STR:
                    return None
            elif name == "kind":
                if types != _STR or not set(column) <= _SOURCE_KINDS:
                    return None
            elif not types <= _STR_OR_NONE:   # _SOURCE_OPTIONAL
                return None
            if name == "published":
                published = self.published
                for written in set(column).difference(published):
                    try:
                        day = _iso_date(written)
                    except PydanticCustomError:
                        return None
                    published[written] = model_of(DateRange, {"earliest": day, "latest": day}, _DATES_GIVEN)
                dates = list(map(published.__getitem__, column))
        fields = list(map(dict.copy, repeat(_SOURCE_TEMPLATE, n)))
        deque(map(dict.update, fields, records), 0)
        deque(map(dict.__setitem__, fields, repeat("published"), dates), 0)
        made = list(map(_new, repeat(Source, n)))
        for name, values in (("__dict__", fields), ("__pydantic_fields_set__", repeat(shared_set(given))),
                             ("__pydantic_extra__", repeat(None)), ("__pydantic_private__", repeat(None))):
            deque(map(_set, made, repeat(name), values), 0)
        return made

    def build_source(self, record: dict) -> Source | None:
        """The source pydantic would make of `record` (a dict from the JSON parser, its text
        free of NUL bytes) when it is plain: its fields of their types, its kind one of the
        kinds, published on one day written as a date (read by the model's own reader,
        models/claims.py's _iso_date); else None, and pydantic validates it."""
        if not self.sources_enabled or not record.keys() <= _SOURCE_FIELDS or not record.keys() >= _SOURCE_REQUIRED:
            return None
        for name in _SOURCE_TEXT:
            if type(record[name]) is not str:
                return None
        for name in _SOURCE_OPTIONAL:
            value = record.get(name)
            if value is not None and type(value) is not str:
                return None
        kind = record.get("kind", "news")
        if type(kind) is not str or kind not in _SOURCE_KINDS:
            return None
        published = record["published"]
        if type(published) is not str:
            return None
        dates = self.published.get(published)
        if dates is None:
            try:
                day = _iso_date(published)
            except PydanticCustomError:
                return None
            dates = self.published[published] = model_of(DateRange, {"earliest": day, "latest": day}, _DATES_GIVEN)
        fields = _SOURCE_TEMPLATE.copy()
        fields.update(record)
        fields["published"] = dates
        made = model_of(Source, fields, shared_set(set(record)))
        return made
