"""Loading claim files into a validated corpus, every problem reported at once.

Phase one validates each source and claim on its own (pydantic, with the rule pack in the
validation context); phase two checks what crosses records and files: ids, references,
quotes against the source text, period phrases against publication dates, units.
"""

from __future__ import annotations

import gc
import re
from calendar import monthrange
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from auditor import collector
from auditor.errors import InputError, Problem, house_style, nearest
from auditor.loading.claim_builder import share_fields
from auditor.loading.fast import fast_load
from auditor.loading.documents import (Chunk, Document, JsonLines, claim_files, field_path, read_documents,
                                       read_line_chunks)
from auditor.models import Claim, Quote, Source
from auditor.models.periods import Period
from auditor.periods import PeriodPhraseError, is_fixed_period, is_yearly_period, resolve_period_phrase
from auditor.units import UnitError, conversion_factor

if TYPE_CHECKING:   # the pack's loader imports the checks, which import the engine, which imports this module
    from auditor.pack import Metric, Pack

TOP_LEVEL_KEYS = ("sources", "claims")
PYDANTIC_CODES = {
    "missing": "field-missing", "extra_forbidden": "field-unknown", "date_from_datetime_parsing": "date-invalid",
    "date_parsing": "date-invalid", "date_from_datetime_inexact": "date-invalid", "date_type": "date-invalid",
    "literal_error": "choice-invalid", "string_type": "type-invalid", "model_type": "type-invalid",
    "dict_type": "type-invalid", "tuple_type": "type-invalid", "list_type": "type-invalid",
}


@dataclass(frozen=True)
class Corpus:
    """Validated sources and claims, in file order, with the rule pack they were read with."""

    sources: dict[str, Source]
    claims: tuple[Claim, ...]
    pack: Pack
    files: tuple[str, ...] = field(default=())
    skipped: tuple[str, ...] = field(default=())   # files in a folder that are not claim files (a report, say)
    # claim id -> (file, line, column) of the claim's record, for reports that point at it (SARIF)
    positions: Mapping[str, tuple[str, int, int]] = field(default_factory=dict)

    def claim(self, claim_id: str) -> Claim:
        return self._by_id()[claim_id]

    def _by_id(self) -> dict[str, Claim]:
        cache = self.__dict__.get("_index")
        if cache is None:
            cache = {c.id: c for c in self.claims}
            object.__setattr__(self, "_index", cache)
        return cache


@dataclass(frozen=True)
class _Broken:
    """A record that failed validation (its problems are already reported)."""

    data: dict

    def text(self, key: str) -> str | None:
        value = self.data.get(key)
        return value if isinstance(value, str) else None


@dataclass(slots=True)
class _Located:
    record: Any
    doc: Document
    loc: tuple[Any, ...]

    def at(self, *more: Any) -> tuple[int, int]:
        return self.doc.position(self.loc + more)


class _OnLine:
    """A record of a JSON Lines file read in a chunk (documents.read_line_chunks), located as
    _Located locates it: its Document is made only when a problem in it is to be located."""

    __slots__ = ("record", "lines", "index", "_doc")
    loc: tuple[Any, ...] = ()

    def __init__(self, record: Any, lines: JsonLines, index: int) -> None:
        self.record, self.lines, self.index, self._doc = record, lines, index, None

    @property
    def doc(self) -> Document:
        doc = self._doc
        if doc is None:
            doc = self._doc = self.lines.document(self.index)
        return doc

    def at(self, *more: Any) -> tuple[int, int]:
        return self.doc.position(more)


def load_claims(paths: list[str | Path] | str | Path | None = None, pack: Pack | None = None, *,
                text_root: str | Path | None = None) -> Corpus:
    """Load claim files or folders (YAML, JSON, JSON Lines) into a Corpus.

    A source's `text_path` must lead inside its claim file's folder, or inside `text_root`
    when given (auditor/loading/source_text.py).

    Raises InputError listing every problem, sorted by file, line and column.
    With no paths, loads the bundled seed corpus.
    """
    from auditor.loading.tables import read_table
    from auditor.pack import load_pack
    from auditor.seeds import seed_path

    pack = pack or load_pack()
    if paths is None:
        paths = [seed_path()]
    elif isinstance(paths, (str, Path)):
        paths = [paths]
    problems: list[Problem] = []
    files = claim_files([Path(p) for p in paths], problems)
    if not files and not problems:
        problems.append(Problem(file=", ".join(str(p) for p in paths), code="no-claim-files",
                                message="no .yaml, .yml, .json, .jsonl or .csv files found",
                                hint="point at claim files or a folder holding them"))
    named = {Path(p) for p in paths if Path(p).is_file()}
    sources: list[_Located] = []
    claims: list[_Located] = []
    read, skipped, tables = [], [], []
    with collector.paused():
        fast = None if problems else fast_load(files, pack)
        if fast is not None:   # plain JSON Lines, checked a column at a time (loading/fast.py)
            by_source, lazy, known, numbered = fast
            _to_the_oldest_generation()
            loaded = Corpus(sources=by_source, claims=lazy, pack=pack, files=tuple(map(str, files)),
                            positions=_Positions(known, [], numbered))
            lazy.bind(loaded)
            return loaded
        for path in files:
            if path.suffix == ".csv":
                tables.append(path)   # read once the claim files' sources are known
                continue
            if path.suffix == ".jsonl":   # each record validated as it is read (documents.read_line_chunks)
                read.append(str(path))
                _collect_lines(read_line_chunks(path, problems), sources, claims, problems, pack)
                continue
            docs = read_documents(path, problems)
            if path not in named and _not_claims(docs):
                skipped.append(str(path))   # found in a folder: an audit report, expected verdicts, ...
                continue
            read.append(str(path))
            for doc in docs:
                _collect(doc, sources, claims, problems, pack)
        declared = {s.record.id if isinstance(s.record, Source) else s.record.text("id"): s.record
                    for s in sources}   # a _Broken record: the source is declared, with errors of its own
        for path in tables:
            read.append(str(path))
            claims.extend(_Located(claim, row, ()) for claim, row in read_table(path, declared, problems, pack))
        corpus = _cross_check(sources, claims, problems, pack, text_root)
        positions = _positions(claims) if not problems else {}   # with the collector paused: 100,000s of objects
        # what only loading needed (every record's line, its place in the file) is freed now,
        # by reference counting: left for the collector's return, its first pass would walk it all
        docs = declared = None
        sources.clear()
        claims.clear()
        _to_the_oldest_generation()
    if not read and not problems:
        problems.append(Problem(file=", ".join(str(p) for p in paths), code="no-claim-files",
                                message=f"no claim files found (skipped {len(skipped)} that hold no sources or claims)",
                                hint="point at claim files or a folder holding them"))
    if problems:
        raise InputError(problems)
    return Corpus(sources=corpus[0], claims=corpus[1], pack=pack, files=tuple(read), skipped=tuple(skipped),
                  positions=positions)


def _to_the_oldest_generation() -> None:
    """What the load made and keeps (the corpus: hundreds of thousands of acyclic, long-lived
    objects) joins the collector's oldest generation at once, as it would after surviving
    two collections, without the collections: on its return, the collector's first pass
    would walk every one of them (a tenth of a 100,000-claim load) to find nothing. Nothing
    is frozen for good: the oldest generation is collected as always, so a cycle made
    meanwhile is still freed. Left alone when anything is frozen already (gc.freeze() by the
    process, before forking workers say), which unfreezing would undo."""
    if gc.get_freeze_count() == 0:
        gc.freeze()     # every tracked object to the permanent generation (no traversal)...
        gc.unfreeze()   # ...and back into the oldest one


_LINE_SHIFT = 20   # a record opening its line is kept as (line << 20) | its file's number: one int, no tuple


def _positions(claims: list[_Located]) -> Mapping[str, tuple[str, int, int]]:
    """Where each claim's record is. A record read by the JSON parser on a line of its own
    is located at once (kept as one int: a million of them are a tenth of the corpus's
    objects); the others (a claim in a JSON or YAML file read fast) when a report first asks,
    since that reads their file again line-aware."""
    known: dict[str, Any] = {}
    files: dict[str, int] = {}
    later = []
    for c in claims:
        record = c.record
        if type(record) is _Broken:
            continue
        if type(c) is _OnLine:
            lines = c.lines
            if lines.texts[c.index][:1] == "{":   # as below, with no Document made
                number = files.get(lines.path)
                if number is None:
                    number = files[lines.path] = len(files)
                known[record.id] = ((c.index + 1) << _LINE_SHIFT) | number if number >> _LINE_SHIFT == 0 \
                    else (lines.path, c.index + 1, 1)
                continue
            c = _Located(record, c.doc, ())   # located when a report asks, its line kept, not its file's
        doc = c.doc
        text = doc.text
        if text is not None and not c.loc and text[:1] == "{":   # a record opening its line
            number = files.get(doc.path)
            if number is None:
                number = files[doc.path] = len(files)
            known[record.id] = ((doc.line_offset + 1) << _LINE_SHIFT) | number if number >> _LINE_SHIFT == 0 \
                else (doc.path, doc.line_offset + 1, 1)
        elif text is None:
            known[record.id] = (doc.path, *c.at())   # no reading again needed
        else:
            later.append(c)
    return _Positions(known, later, tuple(files))


class _Positions(Mapping):
    """Claim positions (file, line, column), some kept as one int, some found only when
    first asked for (see _positions)."""

    def __init__(self, known: dict[str, Any] | Callable[[], dict[str, Any]], later: list[_Located],
                 files: tuple[str, ...]) -> None:
        self._known, self._later, self._files = known, later, files   # known: or what makes it when first asked

    def _all(self) -> dict[str, Any]:
        if type(self._known) is not dict:
            self._known = self._known()
        if self._later:
            for c in self._later:
                self._known[c.record.id] = (c.doc.path, *c.at())
            self._later = []
        return self._known

    def __getitem__(self, claim_id: str) -> tuple[str, int, int]:
        found = self._all()[claim_id]
        if type(found) is int:
            return self._files[found & ((1 << _LINE_SHIFT) - 1)], found >> _LINE_SHIFT, 1
        return found

    def __contains__(self, claim_id: object) -> bool:
        return claim_id in self._all()

    def __iter__(self) -> Iterator[str]:
        return iter(self._all())

    def __len__(self) -> int:
        return len(self._all())

    def __reduce__(self):
        return dict, (dict(self.items()),)


def _not_claims(docs: list[Document]) -> bool:
    """A YAML or JSON file whose top level is an audit report (it has `findings`) or a mapping
    with neither `sources` nor `claims` (expected verdicts, say): in a folder, that is some
    other file, not a claim file with mistakes. Named on the command line, it is read and
    its errors reported."""
    if len(docs) != 1 or docs[0].path.endswith(".jsonl") or not isinstance(docs[0].data, dict) or not docs[0].data:
        return False
    keys = set(docs[0].data)
    return "findings" in keys or not ({"sources", "claims"} & keys)


def _problem(doc: Document, loc: tuple[Any, ...], code: str, field_name: str, message: str,
             hint: str = "", value: Any = None, at_key: bool = False) -> Problem:
    path, line, col, field_name = doc.where(loc, field_name, at_key)
    message, hint = house_style(message, hint)
    return Problem(file=path, line=line, column=col, code=code, field=field_name,
                   input=None if value is None else _show(value), message=message, hint=hint)


def _show(value: Any) -> str:
    if isinstance(value, (CommentedMap, dict)):
        return "{...}"
    if isinstance(value, (CommentedSeq, list)):
        return "[...]"
    text = str(value)
    return text if len(text) <= 80 else text[:77] + "..."


_field_name = field_path


def _collect(doc: Document, sources: list[_Located], claims: list[_Located], problems: list[Problem],
             pack: Pack) -> None:
    data = doc.data
    if doc.path.endswith(".jsonl"):
        if not isinstance(data, dict):
            problems.append(_problem(doc, (), "record-invalid", "line",
                                     f"the line holds {_type_name(data)}, not a JSON object",
                                     "write one source or claim object per line: {\"id\": ..., ...}"))
            return
        body = {k: v for k, v in data.items() if k != "type"} if "type" in data else data
        kind = data.get("type", "claim")
        if kind not in ("claim", "source"):
            problems.append(_problem(doc, ("type",), "choice-invalid", "type",
                                     f"{_show(kind)!r} is not a record type" if isinstance(kind, str)
                                     else f"{_show(kind)} is not a record type",
                                     "write \"type\": \"source\" for a source; a claim needs no 'type' "
                                     "(or \"type\": \"claim\")", value=kind))
            return
        sink = sources if kind == "source" else claims
        _validate(Source if kind == "source" else Claim, body, doc, (), sink, problems, pack)
        if doc.text is not None and not isinstance(sink[-1].record, _Broken):
            doc.data = None   # the line's text locates a later problem; its parsed dict is not kept (memory)
        return
    if not isinstance(data, dict):
        problems.append(_problem(doc, (), "file-malformed", "(top level)",
                                 "the file must be a mapping with 'sources:' and/or 'claims:'",
                                 "see docs/claim-files.md for the layout"))
        return
    for key in data:
        if key not in TOP_LEVEL_KEYS:
            problems.append(_problem(doc, (key,), "field-unknown", str(key),
                                     f"unknown top-level key '{key}'", "use 'sources:' and 'claims:'"))
    for key, model, sink in (("sources", Source, sources), ("claims", Claim, claims)):
        items = data.get(key)
        if items is None:
            continue
        if not isinstance(items, list):
            problems.append(_problem(doc, (key,), "type-invalid", key, f"'{key}' must be a list",
                                     "write each entry on a line starting with '- '", value=items))
            continue
        for i, item in enumerate(items):
            _validate(model, item, doc, (key, i), sink, problems, pack)


BATCH = 5000   # JSON Lines records validated in one call; a batch with an error is validated again record by record


def _collect_lines(items: Iterable[Document | Chunk], sources: list[Any], claims: list[Any],
                   problems: list[Problem], pack: Pack) -> None:
    """A JSON Lines file's records (documents.read_line_chunks: runs of plain lines as
    chunks of parsed records, the other lines as Documents). A plain claim is built directly
    (loading/claim_builder.py: what pydantic would build, with no pydantic call); the other
    records are validated a batch at a time (one pydantic call over a list of records, not
    one per record). A batch that holds any error is validated again record by record by
    _collect, exactly as a record is read on its own, so that every problem is reported,
    located, as before; a clean batch pays nothing for locations, and a record of a chunk
    gets no Document unless a problem in it is to be located (_OnLine). A record the JSON
    parser did not read, that is not an object, not of a known type, or whose text escapes a
    NUL, takes _collect's path at once."""
    pending: dict[str, list[tuple[dict, Any, Any]]] = {"claim": [], "source": []}
    builder = _builder(pack)

    def flush() -> None:
        for kind, model, sink in (("source", Source, sources), ("claim", Claim, claims)):
            batch = pending[kind]
            if not batch:
                continue
            pending[kind] = []
            validated: Any = ()
            todo = [body for body, _, built in batch if built is None]
            if todo:
                try:
                    validated = iter(_batch_validator(model).validate_python(todo, context=_contexts(pack)[1]))
                except ValidationError:
                    validated = None
            for _, located, built in batch:
                if built is None:
                    if validated is None:
                        _collect(located.doc, sources, claims, problems, pack)
                        continue
                    built = share_fields(next(validated))
                located.record = built
                sink.append(located)
                if type(located) is _Located:
                    located.doc.data = None   # as in _collect: the line's text locates a later problem

    build, build_source = builder.build, builder.build_source
    for item in items:
        if type(item) is Chunk:
            lines, index = item.lines, item.start
            for data in item.records:
                if "type" in data:
                    kind = data["type"]
                    if kind != "claim" and kind != "source":
                        flush()
                        _collect(lines.document(index), sources, claims, problems, pack)
                        index += 1
                        continue
                    body = {k: v for k, v in data.items() if k != "type"}
                    built = build(body) if kind == "claim" else build_source(body)
                else:
                    kind, body = "claim", data
                    built = build(data)
                if built is not None and not pending[kind]:
                    (claims if kind == "claim" else sources).append(_OnLine(built, lines, index))
                else:
                    batch = pending[kind]
                    batch.append((body, _OnLine(None, lines, index), built))
                    if len(batch) >= BATCH:
                        flush()
                index += 1
            continue
        doc = item
        data = doc.data
        kind = data.get("type", "claim") if type(data) is dict else None
        if kind not in ("claim", "source") or doc.text is None or "\\u0000" in doc.text:
            flush()
            _collect(doc, sources, claims, problems, pack)
            continue
        body = {k: v for k, v in data.items() if k != "type"} if "type" in data else data
        built = build(body) if kind == "claim" else build_source(body)
        if built is not None and not pending[kind]:
            (claims if kind == "claim" else sources).append(_Located(built, doc, ()))
            doc.data = None
            continue
        batch = pending[kind]
        batch.append((body, _Located(None, doc, ()), built))
        if len(batch) >= BATCH:
            flush()
    flush()


def _builder(pack: Pack) -> Any:
    """The claim builder of `pack` (its validators' memo and its validation context)."""
    from auditor.loading.claim_builder import ClaimBuilder
    context = _contexts(pack)[1]
    return ClaimBuilder(context["vocabulary"], context)


_BATCH_VALIDATORS: dict[type, Any] = {}


def _batch_validator(model: type) -> Any:
    """pydantic's validator of a list of `model` records (the model's own schema, so each
    record is validated exactly as model.__pydantic_validator__ validates it)."""
    found = _BATCH_VALIDATORS.get(model)
    if found is None:
        from pydantic import TypeAdapter
        found = _BATCH_VALIDATORS[model] = TypeAdapter(list[model])
    return found


def _validate(model: type, item: Any, doc: Document, loc: tuple[Any, ...], sink: list[_Located],
              problems: list[Problem], pack: Pack) -> None:
    contexts = _contexts(pack)
    try:
        if doc.text is not None:
            # the JSON parser's records are plain already (string keys, dicts and lists), and
            # their text holds no lone surrogate (the parser refuses one) and a NUL only as an escape
            context = contexts[1] if "\\u0000" not in doc.text else contexts[0]
            record = model.__pydantic_validator__.validate_python(item, context=context)
        else:
            record = model.__pydantic_validator__.validate_python(_plain(item), context=contexts[0])
    except ValidationError as exc:
        # kept, so that the checks across records can still run on what it says (its id,
        # its source) instead of reporting a second, false error in a later round
        sink.append(_Located(_Broken(_plain(item) if isinstance(item, dict) else {}), doc, loc))
        for err in exc.errors():
            full = loc + tuple(err["loc"])
            ctx = err.get("ctx") or {}
            code = err["type"] if "-" in err["type"] else PYDANTIC_CODES.get(err["type"], "invalid")
            message, hint = ctx.get("message"), ctx.get("hint")
            if message is None:
                message, hint = _explained(err, model, loc)
            problems.append(_problem(doc, full, code, _field_name(full), message, hint,
                                     value=None if err["type"] in ("missing", "extra_forbidden")
                                     or (not err["loc"] and isinstance(err.get("input"), dict)) else err.get("input"),
                                     at_key=err["type"] == "extra_forbidden"))
        return
    sink.append(_Located(share_fields(record), doc, loc))


_CONTEXTS: list = []


def _contexts(pack: Pack) -> tuple[dict, dict]:
    """The validation contexts of records read with `pack` (auditor/models/base.py): the pack
    and its validators, and the same for a record whose text is known to be writable."""
    if not _CONTEXTS or _CONTEXTS[0] is not pack:
        from auditor.loading import vocabulary   # the pack's loader imports this module (see Pack above)
        plain = {"pack": pack, "vocabulary": vocabulary.for_pack(pack)}
        _CONTEXTS[:] = [pack, (plain, {**plain, "text_writable": True})]
    return _CONTEXTS[1]


# what a field's choices are called in a message: "'datset' is not a source kind"
_CHOICES = {"kind": "source kind", "attribution": "attribution", "direction": "direction of a change",
            "measure": "measure of a change", "relation": "comparison relation", "named_window": "named window",
            "type": "record type"}
# what pydantic's type errors ask for, in words
_TYPES = {"string_type": "text", "int_type": "a whole number", "int_parsing": "a whole number",
          "bool_type": "true or false", "bool_parsing": "true or false", "dict_type": "a mapping",
          "model_type": "a mapping", "list_type": "a list", "tuple_type": "a list", "float_type": "a number",
          "float_parsing": "a number", "date_type": "a date"}


def _explained(err: dict, model: type, loc: tuple[Any, ...]) -> tuple[str, str]:
    """The message and hint of one of pydantic's own errors (those the models raise carry
    theirs): what is wrong with the input, once, and how to fix it."""
    import difflib
    kind = "source" if model is Source else "claim"
    name = next((str(part) for part in reversed(err["loc"]) if isinstance(part, str)), kind)
    where = ".".join(str(part) for part in err["loc"][:-1] if isinstance(part, str))
    owner = f"'{where}'" if where else f"a {kind}"
    value = err.get("input")
    if err["type"] == "extra_forbidden":
        known = list(_fields_at(model, err["loc"][:-1]))
        guess = difflib.get_close_matches(name, known, n=1)
        return (f"'{name}' is not a field of {owner}",
                nearest(guess[0], "field") + ", or remove it" if guess else
                f"remove it; the fields of {owner} are {', '.join(known)}")
    if err["type"] == "missing":
        return f"{owner} needs '{name}', and it is not given", f"add '{name}:' (see docs/claim-files.md)"
    if err["type"] == "literal_error":
        expected = err.get("ctx", {}).get("expected", "")
        choices = re.findall(r"'([^']*)'", expected)
        guess = difflib.get_close_matches(str(value), choices, n=1)
        what = _CHOICES.get(name, f"choice for '{name}'")
        return (f"{value!r} is not {_a(what)}" if isinstance(value, str) else f"{_show(value)} is not {_a(what)}",
                nearest(guess[0], what) + f" (the choices: {expected})" if guess else f"write one of {expected}")
    if err["type"] in _TYPES:
        return (f"'{name}' must be {_TYPES[err['type']]}, not {_type_name(value)}",
                f"write '{name}' as {_TYPES[err['type']]} (see docs/claim-files.md)")
    if err["type"].startswith("date"):
        return err["msg"], "write a calendar date as YYYY-MM-DD"
    said = _SAID.match(err["msg"])
    if said:   # a statement that says none, or more than one, of the four things a claim may say
        given = said.group(1) or ""
        both = "both " if given.count(",") == 1 else ""
        return (f"the claim states {both}{' and '.join(given.split(', '))}; a claim states one of value, change, "
                "comparison and share" if given else "the claim states none of value, change, comparison and share",
                "keep the one the quote states, and make the others separate claims" if given else
                "add the value, change, comparison or share the quote states (docs/claim-files.md, 'What is said')")
    return err["msg"].removeprefix("Value error, "), "see docs/claim-files.md"


_SAID = re.compile(r"Value error, say exactly one of value, change, comparison or share(?: \(got (.*)\))?$")


def _a(what: str) -> str:
    return f"{'an' if what[:1] in 'aeiou' else 'a'} {what}"


def _fields_at(model: type, loc: tuple[Any, ...]) -> list[str]:
    """The fields of the model at `loc` inside `model` (a claim's change, a reading, ...)."""
    for part in loc:
        if not isinstance(part, str):
            continue
        field = getattr(model, "model_fields", {}).get(part)
        inner = None
        for candidate in _models_in(field.annotation if field is not None else None):
            inner = candidate
            break
        if inner is None:
            return []
        model = inner
    return list(getattr(model, "model_fields", {}))


def _models_in(annotation: Any) -> Iterator[type]:
    from typing import get_args
    if isinstance(annotation, type) and hasattr(annotation, "model_fields"):
        yield annotation
        return
    for arg in get_args(annotation):
        yield from _models_in(arg)


def _type_name(value: Any) -> str:
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, (dict, CommentedMap)):
        return "a mapping"
    if isinstance(value, (list, CommentedSeq)):
        return "a list"
    if value is None:
        return "null"
    if isinstance(value, str):
        return "text"
    return type(value).__name__


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _cross_check(sources: list[_Located], claims: list[_Located], problems: list[Problem],
                 pack: Pack, text_root: str | Path | None = None) -> tuple[dict[str, Source], tuple[Claim, ...]]:
    by_source: dict[str, Source] = {}
    source_where: dict[str, _Located] = {}
    broken_sources = {b.text("id") for b in (s.record for s in sources) if isinstance(b, _Broken)}
    # the publication days of a source with errors of its own, when its `published` is readable
    broken_days = {b.text("id"): publication_days(b) for b in (s.record for s in sources) if isinstance(b, _Broken)}
    for located in sources:
        if isinstance(located.record, _Broken):
            continue
        src: Source = located.record
        if src.id in by_source:
            problems.append(_duplicate("source", src.id, located, source_where[src.id]))
            continue
        if src.authority is not None and src.authority not in pack.suspicion.authority:
            problems.append(_problem(located.doc, located.loc + ("authority",), "choice-invalid", "authority",
                                     f"'{src.authority}' is not an authority of the rule pack",
                                     f"write one of {', '.join(pack.suspicion.authority)}", value=src.authority))
        by_source[src.id] = _with_text(located, problems, text_root)
        source_where[src.id] = located

    out: list[Claim] = []
    claim_where: dict[str, _Located] = {}
    previous: dict[str, Any] = {}
    memo = _Memo(pack)
    units, fiscal_year, fiscals, fixed, periods = memo.units, memo.fiscal_year, memo.places, memo.fixed, memo.periods
    # a source published on one known day, without a text to find quotes in (nearly all)
    days = {sid: s.published.earliest for sid, s in by_source.items()
            if s.text is None and s.published.earliest == s.published.latest}
    metrics = pack.metrics
    for located in claims:
        claim: Claim = located.record
        if type(claim) is _Broken:   # its own problems are reported; is its source there?
            sid = claim.text("source")
            if sid is not None and sid not in by_source and sid not in broken_sources:
                problems.append(_missing_source(sid, located, by_source))
            # its periods are checked all the same, as far as what is known of its source allows
            source = by_source.get(sid) if sid is not None else None
            on = publication_days(source) if source is not None else broken_days.get(sid)
            after = _check_raw_periods(claim.data, located, problems, on,
                                       previous.get(sid) if on is not None else _UNSURE, pack)
            if sid is not None and on is not None:
                previous[sid] = after
            continue
        cid = claim.id
        if cid in claim_where:
            problems.append(_duplicate("claim", cid, located, claim_where[cid]))
            continue
        claim_where[cid] = located
        sid = claim.source
        day = days.get(sid)
        if day is not None and not claim.readings:
            # one statement of one source's day: what the general path below does, with the
            # memo's answers looked up here (the same keys as _Memo.period's; for the units,
            # the figure, fraction or change's size, one Amount alive as long as the claims,
            # stands for its fields, as in _check_units)
            value, change, share = claim.value, claim.change, claim.share
            if value is not None:
                # a figure with no unit is checked against its metric's sign only
                key: tuple = (claim.metric, id(value)) if value.unit is not None else (
                    "figure", _sign(metrics.get(claim.metric)), id(value))
            elif share is not None:   # a fraction is checked against nothing of its metric's
                key = ("share", id(share.fraction))
            elif change is not None:   # a change's size, against its metric's unit and counting
                key = ("change", _counting(metrics.get(claim.metric)), id(change.by), change.measure)
            else:   # a comparison: nothing of it is a unit check's
                key = ("comparison",)
            if key not in units:
                before = len(problems)
                _check_units(claim, located, problems, pack, memo)
                if len(problems) == before:
                    units.add(key)
            place, phrase = claim.place, claim.period
            fiscal = fiscals.get(place, _UNKNOWN)
            if fiscal is _UNKNOWN:
                fiscal = fiscal_year(place)
            found = periods.get((phrase, id(fiscal))) if fixed.get(phrase) else None
            if found is None:
                last = previous.get(sid)
                found = memo.period(phrase, day, last, fiscal) if last is not _UNSURE else \
                    _read_unsure(memo.period, phrase, day, fiscal)
            own = previous[sid] = found[0] if found[1] is None else _UNSURE
            if found[1] is not None:   # what a later "the year before" refers to is not known
                problems.append(_period_problem(located, ("period",), found[1], phrase))
            if change is not None or claim.comparison is not None:
                for sub, ref in _referenced_periods(claim):
                    found = periods.get((ref, id(fiscal))) if fixed.get(ref) else None
                    if found is None:
                        found = memo.period(ref, day, own, fiscal) if own is not _UNSURE else \
                            _read_unsure(memo.period, ref, day, fiscal)
                    if found[1] is not None:
                        problems.append(_period_problem(located, sub, found[1], ref))
            out.append(claim)
            continue
        source = by_source.get(sid)
        if source is None:
            # the source has errors of its own, or is missing: check what needs none of it
            if sid not in broken_sources:
                problems.append(_missing_source(sid, located, by_source))
            _check_units(claim, located, problems, pack, memo)
            on = broken_days.get(sid)   # no publication day: only what no day and no period before can change
            after = _check_raw_periods(claim.model_dump(include={"period", "readings", "change", "comparison"}),
                                       located, problems, on, previous.get(sid) if on is not None else _UNSURE,
                                       pack, fiscal_year(claim.place))
            if on is not None:
                previous[sid] = after
            continue
        if source.text is not None:
            claim = _locate_quote(claim, source, located, problems)
        value = claim.value
        if value is None or claim.readings or (claim.metric, id(value)) not in units:   # see _check_units
            _check_units(claim, located, problems, pack, memo)
        previous[sid] = _check_periods(claim, source, located, problems, previous.get(sid),
                                       fiscal_year(claim.place), memo)
        out.append(claim)
    known: Mapping[str, Any] | None = None
    for claim in out:
        if claim.supersedes is None and claim.share is None and not claim.readings:
            continue   # nothing that names another claim
        if known is None:   # the ids of the claims kept: every claim seen, unless one lost its source
            known = claim_where if len(claim_where) == len(out) else {c.id: c for c in out}
        located = claim_where[claim.id]
        for label, _, st in claim.statements():
            where = ("readings", _reading_index(claim, label)) if label else ()
            if st.share is not None and st.share.of not in known:
                problems.append(_problem(located.doc, located.loc + where + ("share", "of"), "claim-missing",
                                         "share.of", f"no claim has the id '{st.share.of}'",
                                         "name the claim whose quantity this is a share of", value=st.share.of))
        if claim.supersedes is not None and (claim.supersedes not in known or claim.supersedes == claim.id):
            problems.append(_problem(located.doc, located.loc + ("supersedes",), "claim-missing", "supersedes",
                                     f"no other claim has the id '{claim.supersedes}'",
                                     "name the earlier claim whose figure this one restates", value=claim.supersedes))
    return by_source, tuple(out)


def _missing_source(sid: str, located: _Located, by_source: dict) -> Problem:
    import difflib
    guess = difflib.get_close_matches(sid, list(by_source), n=1)
    return _problem(located.doc, located.loc + ("source",), "source-missing", "source",
                    f"no source has the id '{sid}'",
                    nearest(guess[0], "source") if guess else
                    "declare the source on a line of its own: {\"type\": \"source\", \"id\": ...}"
                    if located.doc.path.endswith(".jsonl") else "declare the source under 'sources:'", value=sid)


def _duplicate(kind: str, record_id: str, located: _Located, first: _Located) -> Problem:
    return _problem(located.doc, located.loc + ("id",), "id-duplicate", "id",
                    f"{kind} id '{record_id}' is already used at {first.doc.path}:{first.at('id')[0]}",
                    f"give every {kind} a unique id", value=record_id)


def _reading_index(claim: Claim, label: str | None) -> int:
    return next(i for i, r in enumerate(claim.readings) if r.label == label)


def _with_text(located: _Located, problems: list[Problem], text_root: str | Path | None = None) -> Source:
    from auditor.loading.source_text import read_source_text
    src: Source = located.record
    if src.text is not None or src.text_path is None:
        return src
    text, refusal = read_source_text(src.text_path, located.doc.path, text_root)
    if refusal is not None:
        problems.append(_problem(located.doc, located.loc + ("text_path",), refusal.code, "text_path",
                                 refusal.message, refusal.hint, value=src.text_path))
        return src
    return src.model_copy(update={"text": text})


def _locate_quote(claim: Claim, source: Source, located: _Located, problems: list[Problem]) -> Claim:
    if source.text is None:
        return claim
    q = claim.quote
    if q.start is not None:
        if source.text[q.start:q.start + len(q.text)] == q.text:
            return claim.model_copy(update={"quote": Quote(text=q.text, start=q.start, end=q.start + len(q.text))})
        found = source.text.find(q.text)
        hint = f"the quote is found at offset {found}" if found >= 0 else "copy the quote verbatim from the source text"
        problems.append(_problem(located.doc, located.loc + ("quote", "start"), "quote-offset", "quote.start",
                                 f"the source text at offset {q.start} does not read {q.text!r}", hint, value=q.start))
        return claim
    found = source.text.find(q.text)
    if found < 0:
        problems.append(_problem(located.doc, located.loc + ("quote",), "quote-missing", "quote",
                                 f"the quote is not in the text of source '{source.id}'",
                                 "copy the words verbatim (curly quotes and apostrophes included)", value=q.text))
        return claim
    return claim.model_copy(update={"quote": Quote(text=q.text, start=found, end=found + len(q.text))})


_UNKNOWN = object()


# What the unit checks of a claim read of its metric (_check_statement_units), besides its name
# and words, which only a problem's message or a figure's unit reads (None: no such metric); looked
# up a claim, not made into tables of a desk pack's thousand metrics a load
def _sign(metric: Metric | None) -> bool | None:
    return None if metric is None else metric.non_negative


def _counting(metric: Metric | None) -> tuple[bool, bool] | None:
    return None if metric is None else (metric.unit == "percent", metric.integer)


class _Memo:
    """What the checks across records have answered, for the claims that ask again: an
    archive repeats its metrics, figures, places and period phrases. Keyed by everything an
    answer depends on, so a claim read from the memo gets the answer it would have got."""

    __slots__ = ("pack", "places", "units", "periods", "fixed", "yearly")

    def __init__(self, pack: Pack) -> None:
        self.pack = pack
        self.places: dict[str, Any] = {}
        self.units: set[tuple] = set()   # (metric, statement's figures) that raised no problem
        self.periods: dict[tuple, tuple[Any, str | None]] = {}   # -> (period, None) or (None, why not)
        self.fixed: dict[str, bool] = {}   # phrase -> written in ISO dates alone
        self.yearly: dict[str, bool] = {}   # phrase -> read alike on every day of a year (periods.is_yearly_period)

    def fiscal_year(self, place: str) -> Any:
        try:
            return self.places[place]
        except KeyError:
            found = self.places[place] = self.pack.fiscal_year(place)
            return found

    def period(self, phrase: str, day: Any, previous: Any, fiscal: Any) -> tuple[Any, str | None]:
        """resolve_period_phrase(...).period, or the PeriodPhraseError's message. A period
        written in ISO dates alone ("2008", "1998-01/1998-04") means the same days whatever
        the publication day and the period before it (the law auditor/periods.py's shortcut
        rests on, tested in tests/test_loading_speed.py): it is resolved once per fiscal year."""
        fixed = self.fixed.get(phrase)
        if fixed is None:
            fixed = self.fixed[phrase] = is_fixed_period(phrase)
        yearly = False
        if fixed:
            key: tuple = (phrase, id(fiscal))
        elif type(day) is date and (self.yearly.get(phrase) or self.yearly.setdefault(phrase, is_yearly_period(phrase))):
            yearly = True   # read the same on every day of the year, whatever the period before
            key = (phrase, day.year, id(fiscal))
        else:
            key = (phrase, day, previous and (previous.start, previous.end, previous.latest_end), id(fiscal))
        found = self.periods.get(key)
        if found is None:
            days = iso_days(phrase) if fixed and fiscal is None else None
            if days is not None:
                found = (days, None)
            else:
                try:
                    found = (resolve_period_phrase(phrase, day, previous, fiscal).period, None)
                except PeriodPhraseError as exc:
                    found = (None, str(exc))
            if not yearly or found[1] is None:   # a refusal names its day: kept for that day alone
                self.periods[key] = found
        return found


_ISO_PARTS = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?:/(\d{4})(?:-(\d\d)(?:-(\d\d))?)?)?")
ISO_YEARS = (1500, 2099)   # the years the time reader reads in a year written alone


def iso_days(phrase: str) -> Period | None:
    """The days of a period written in ISO dates alone ("2008", "2008-06", "2008-06-14",
    "1998-01/1998-04"), as the time reader reads it with no fiscal year (from the first day
    of the first date to the last day of the last), without reading it; None for any other
    phrase, and for any the reader might read otherwise or refuse (a day or month that does
    not exist, a range that ends before it starts, a year outside ISO_YEARS): the reader reads
    those. tests/test_loading_speed.py states the law against resolve_period_phrase."""
    found = _ISO_PARTS.fullmatch(phrase)
    if found is None:
        return None
    y1, m1, d1, y2, m2, d2 = found.groups()
    if y2 is None:
        y2, m2, d2 = y1, m1, d1
    low, high = ISO_YEARS
    try:
        first, last = int(y1), int(y2)
        if not (low <= first <= high and low <= last <= high):
            return None
        start = date(first, int(m1 or 1), int(d1 or 1))
        if d2 is not None:
            end = date(last, int(m2), int(d2))
        elif m2 is not None:
            month = int(m2)
            end = date(last, month, monthrange(last, month)[1])
        else:
            end = date(last, 12, 31)
    except ValueError:   # no such month or day
        return None
    if end < start:
        return None
    return Period(start=start, end=end)


def _units_key(metric: str, st: Any) -> tuple:
    """What the unit checks of one statement depend on, besides the pack."""
    v, c, s = st.value, st.change, st.share
    return (metric,
            v and (v.low, v.high, v.unit),
            c and (c.measure, c.by.low, c.by.high, c.by.unit),
            s and (s.fraction.low, s.fraction.high, s.fraction.unit))


def _check_units(claim: Claim, located: _Located, problems: list[Problem], pack: Pack,
                 memo: _Memo | None = None) -> None:
    if memo is not None and claim.value is not None and not claim.readings:
        # a figure read from a phrase is one Amount shared by every claim that wrote the
        # phrase (loading/vocabulary.py), alive as long as the claims: its id stands for it
        key = (claim.metric, id(claim.value))
        if key in memo.units:
            return
        before = len(problems)
        _check_statement_units(claim, None, claim, located, problems, pack)
        if len(problems) == before:
            memo.units.add(key)
        return
    for label, _, st in claim.statements():
        key = _units_key(claim.metric, st) if memo is not None else None
        if key is not None and key in memo.units:
            continue
        before = len(problems)
        _check_statement_units(claim, label, st, located, problems, pack)
        if key is not None and len(problems) == before:
            memo.units.add(key)


def _check_statement_units(claim: Claim, label: str | None, st: Any, located: _Located, problems: list[Problem],
                           pack: Pack) -> None:
    metric = pack.metrics[claim.metric]
    where = ("readings", _reading_index(claim, label)) if label else ()
    if st.value is not None:
        try:
            factor = 1 if st.value.unit is None else conversion_factor(st.value.unit, metric.unit, _nouns(metric))
        except UnitError as exc:
            problems.append(_problem(located.doc, located.loc + where + ("value",), "unit-unknown", "value",
                                     f"{st.value.describe()!r} uses unit '{st.value.unit}': {exc}", exc.hint))
            return
        if metric.non_negative and st.value.low_decimal * factor < 0:
            problems.append(_problem(located.doc, located.loc + where + ("value",), "value-negative", "value",
                                     f"'{metric.id}' counts {metric.label}, which cannot be negative",
                                     "a fall is a change: write 'change: down 5' instead", value=st.value.low))
    if st.change is not None:
        if st.change.measure == "percentage-points" and metric.unit != "percent":
            problems.append(_problem(located.doc, located.loc + where + ("change",), "unit-mismatch", "change",
                                     f"percentage points apply to rates, but '{metric.id}' is measured in "
                                     f"'{metric.unit}'", "write the change in percent ('up 5%') or as a count"))
        if st.change.by.low_decimal < 0:
            problems.append(_problem(located.doc, located.loc + where + ("change", "by"), "value-negative",
                                     "change.by", "the size of a change is never negative",
                                     "give the direction with 'up' or 'down'", value=st.change.by.low))
        by = st.change.by
        if st.change.measure == "absolute" and metric.integer and by.unit is None and any(
                "." in x for x in (by.low, by.high or "")):
            # "an 11.0 decrease" of a count: a count falls by whole numbers, so a written
            # decimal is most likely a percentage with its sign dropped; ask, never guess
            problems.append(_problem(located.doc, located.loc + where + ("change",), "change-ambiguous",
                                     "change", f"'{by.describe()}' has decimals, but {metric.label} are counted "
                                     "in whole numbers: is it a percentage or a count?",
                                     f"write 'down {by.low}%' for a percentage, or the whole number the count "
                                     "changed by", value=st.change.text or by.describe()))
    if st.share is not None:
        f = st.share.fraction
        scale = Decimal("0.01") if f.unit == "percent" else Decimal(1)
        if not (0 <= f.low_decimal * scale <= 1 and f.high_decimal * scale <= 1):
            problems.append(_problem(located.doc, located.loc + where + ("share", "fraction"), "share-invalid",
                                     "share.fraction", "a share lies between 0 and 1 (0% and 100%)",
                                     "write e.g. 'half', '0.4' or '40%'", value=f.describe()))


def _nouns(metric) -> set[str]:
    """Words that may follow a count of this metric: "2,000 guns", "99 homicides"."""
    words = set()
    for name in (metric.id.replace("_", " "), metric.label, *metric.aliases):
        words.add(name.lower())
        words.update(w for w in name.lower().split() if len(w) > 3)
    return words


def _check_periods(claim: Claim, source: Source, located: _Located, problems: list[Problem], previous: Any,
                   fiscal=None, memo: _Memo | None = None) -> Any:
    """Resolve every period phrase at the earliest and latest publication date; report failures.
    The period the next claim's "the year before" refers to is returned (_UNSURE after a
    failure, or after a claim whose own period was not known)."""
    plain = memo.period if memo is not None else _period_once

    def resolve(phrase: str, day: Any, before: Any, fiscal: Any) -> tuple[Any, str | None]:
        return plain(phrase, day, before, fiscal) if before is not _UNSURE else _read_unsure(plain, phrase, day, fiscal)

    published = source.published
    if not claim.readings and published.earliest == published.latest:   # one statement, one day
        phrase = claim.period
        own, why = resolve(phrase, published.earliest, previous, fiscal)
        if why is not None:
            problems.append(_period_problem(located, ("period",), why, phrase))
            own = _UNSURE   # its base is still checked, for what no period of its own can change
        if claim.change is not None or claim.comparison is not None:
            for sub, ref in _referenced_periods(claim):
                _, why = resolve(ref, published.earliest, own, fiscal)
                if why is not None:
                    problems.append(_period_problem(located, sub, why, ref))
        return own
    result, unsure = previous, False
    for day in (published.earliest,) if published.is_exact else (published.earliest, published.latest):
        for label, phrase, st in claim.statements():
            own, why = resolve(phrase, day, previous, fiscal)
            if why is not None:
                where = ("readings", _reading_index(claim, label)) if label else ()
                field_loc = where + ("period",) if (label and _reading_has_period(claim, label)) else ("period",)
                problems.append(_period_problem(located, field_loc, why, phrase))
                own = _UNSURE
            for sub, ref in _referenced_periods(st):
                _, why = resolve(ref, day, own, fiscal)
                if why is not None:
                    where = ("readings", _reading_index(claim, label)) if label else ()
                    problems.append(_period_problem(located, where + sub, why, ref))
            result = own
            unsure = unsure or own is _UNSURE
        if unsure:   # each phrase is reported once, on the first day it fails
            return _UNSURE
    return result


PERIOD_HINT = "see the documented phrases in docs/claim-files.md"


def _period_problem(located: Any, sub: tuple[Any, ...], why: str, phrase: Any) -> Problem:
    return _problem(located.doc, located.loc + sub, "period-invalid", _field_name(sub), why, PERIOD_HINT,
                    value=phrase)


class _Unsure:
    """The period a claim spoke of, when it is not known (its phrase, or its source's
    publication day, has an error of its own): a later claim's "the year before" is then
    checked only for what no period before it could change."""

    def __repr__(self) -> str:
        return "_UNSURE"


_UNSURE = _Unsure()

# Stand-ins for what is not known when a phrase is checked without it: publication days far
# apart, and periods before of each length a phrase may refer back to. A phrase is reported
# only when it fails with every stand-in (and not for a reason that names one): an error that
# the real day or period before could undo is never invented.
_PROBE_DAYS = (date(2099, 12, 31), date(2000, 7, 15))
_DEPENDS_ON_DAY = re.compile(r"publication date|outside the calendar|earlier period|uncertain end")


def _probe_previous(day: date) -> tuple[Period, ...]:
    year = day.year - 1
    return (Period(start=date(year, 1, 1), end=date(year, 12, 31)),
            Period(start=date(year, 6, 1), end=date(year, 6, 30)),
            Period(start=date(year, 5, 1), end=date(year, 6, 30)),
            Period(start=date(year, 6, 15), end=date(year, 6, 15)))


def _read_unsure(resolve: Any, phrase: str, day: Any, fiscal: Any) -> tuple[Any, str | None]:
    """A phrase read on a known day when the period before it is not known: its period when
    it needs none (else _UNSURE when some period before makes it readable), or why no
    period before can make it readable."""
    own, why = resolve(phrase, day, None, fiscal)
    if why is None:
        return own, None
    first = None
    for before in _probe_previous(day):
        _, why = resolve(phrase, day, before, fiscal)
        if why is None:
            return _UNSURE, None
        first = first or why
    return None, first


def _read_dayless(phrase: str, fiscals: tuple[Any, ...], alone: bool = False) -> str | None:
    """Why `phrase` can be no period on any publication day, after any period before it and
    (for a place not known) with any fiscal year; None when some day, period or year could
    make it readable. `alone`: the phrase refers to no period before it (a table's row)."""
    first = None
    for day in _PROBE_DAYS:
        for before in (None,) if alone else (None, *_probe_previous(day)):
            for fiscal in fiscals:
                _, why = _period_once(phrase, day, before, fiscal)
                if why is None:
                    return None
                if before is not None or alone:
                    first = first or why
    if first is None or (_DEPENDS_ON_DAY.search(first) and not (alone and _REFERS_BACK.search(first))):
        return None
    return first


_REFERS_BACK = re.compile(r"refers to an earlier period")


_SOME_FISCAL_YEARS: tuple[Any, ...] = ()


def _fiscals(pack: Pack, place: Any, known: Any = _UNSURE) -> tuple[Any, ...]:
    """The fiscal years a claim's phrases are read with: its place's, or any when its place is not known."""
    global _SOME_FISCAL_YEARS
    if known is not _UNSURE:
        return (known,)
    if isinstance(place, str):
        found = pack.find_places(place)
        if len(found) == 1:
            return (pack.fiscal_year(found[0].id),)
    if not _SOME_FISCAL_YEARS:
        from auditor.pack.model import FiscalYear
        _SOME_FISCAL_YEARS = (None, FiscalYear(start="07-01"), FiscalYear(start="10-01", named_by="start"))
    return _SOME_FISCAL_YEARS


def publication_days(record: Any) -> tuple[date, ...] | None:
    """The first and last day a source may have been published (one when it is known), also
    of a source with errors of its own when its `published` is readable; else None."""
    if isinstance(record, Source):
        published = record.published
    else:
        data = getattr(record, "data", None)
        if not isinstance(data, dict) or "published" not in data:
            return None
        try:
            published = Source.model_validate({"id": "-", "title": "-", "publisher": "-",
                                               "published": data["published"]}).published
        except ValidationError:
            return None
    return (published.earliest,) if published.is_exact else (published.earliest, published.latest)


def _raw_statements(data: dict) -> list[tuple[tuple[Any, ...], Any, list[tuple[tuple[Any, ...], Any]]]]:
    """(where, period phrase, [(where, phrase) of the periods it refers to]) of each statement
    of a claim's record as written (a record that failed validation: what can be read of it)."""
    from auditor.models.base import period_text
    from auditor.models.statements import NAMED_WINDOWS

    def refs(st: Any, where: tuple[Any, ...]) -> list[tuple[tuple[Any, ...], Any]]:
        out = []
        change, comparison = st.get("change"), st.get("comparison")
        if isinstance(change, dict) and change.get("base") is not None:
            out.append((where + ("change", "base"), period_text(change["base"])))
        if isinstance(comparison, dict):
            if comparison.get("than") is not None:
                out.append((where + ("comparison", "than"), period_text(comparison["than"])))
            window = comparison.get("window")
            if window is not None and not (isinstance(window, str)
                                           and " ".join(window.lower().split()) in NAMED_WINDOWS):
                out.append((where + ("comparison", "window"), period_text(window)))
        return out

    main = period_text(data.get("period"))
    readings = data.get("readings")
    if isinstance(readings, list) and readings:
        out = []
        for i, reading in enumerate(readings):
            if not isinstance(reading, dict):
                continue
            own = reading.get("period")
            out.append((("readings", i, "period") if own else ("period",), period_text(own) if own else main,
                        refs(reading, ("readings", i))))
        return out
    return [(("period",), main, refs(data, ()))]


def _check_raw_periods(data: dict, located: Any, problems: list[Problem], days: tuple[date, ...] | None,
                       previous: Any, pack: Pack, fiscal: Any = _UNSURE) -> Any:
    """Check the period phrases of a claim that cannot be checked as usual (it failed
    validation, or its source did): on its source's days when they are known, else only for
    what no day can change. A phrase that is not text is left to validation, which reported
    it. Returns the period a later claim's "the year before" refers to (_UNSURE if not known)."""
    fiscals = _fiscals(pack, data.get("place"), fiscal)
    reported: set[tuple[Any, ...]] = set()
    result, unsure = previous, days is None
    for day in days or (None,):
        for where, phrase, refs in _raw_statements(data):
            if not isinstance(phrase, str) or where in reported:
                unsure = True
                continue
            own, why = _read_on(phrase, day, previous, fiscals)
            if why is not None:
                reported.add(where)
                problems.append(_period_problem(located, where, why, phrase))
                own, unsure = _UNSURE, True   # what its base refers to is not known
            for sub, ref in refs:
                if isinstance(ref, str) and sub not in reported:
                    _, why = _read_on(ref, day, own, fiscals)
                    if why is not None:
                        reported.add(sub)
                        problems.append(_period_problem(located, sub, why, ref))
            if own is not _UNSURE:
                result = own
    return _UNSURE if unsure else result


def _read_on(phrase: str, day: date | None, previous: Any, fiscals: tuple[Any, ...]) -> tuple[Any, str | None]:
    """A phrase's period on `day` after `previous` (either may be unknown: None, _UNSURE), or why not."""
    if day is None:
        return _UNSURE, _read_dayless(phrase, fiscals)
    if len(fiscals) > 1:   # the claim's place is not known: what its fiscal year cannot change
        why = None
        for fiscal in fiscals:
            _, why = _read_on(phrase, day, previous, (fiscal,))
            if why is None:
                return _UNSURE, None
        return None, why
    if previous is _UNSURE:
        return _read_unsure(_period_once, phrase, day, fiscals[0])
    return _period_once(phrase, day, previous, fiscals[0])


def _period_once(phrase: str, day: Any, previous: Any, fiscal: Any) -> tuple[Any, str | None]:
    try:
        return resolve_period_phrase(phrase, day, previous, fiscal).period, None
    except PeriodPhraseError as exc:
        return None, str(exc)


def _reading_has_period(claim: Claim, label: str) -> bool:
    return any(r.label == label and r.period for r in claim.readings)


def _referenced_periods(st: Any) -> list[tuple[tuple[str, ...], str]]:
    refs = []
    if st.change is not None and st.change.base:
        refs.append((("change", "base"), st.change.base))
    if st.comparison is not None:
        if st.comparison.than:
            refs.append((("comparison", "than"), st.comparison.than))
        if st.comparison.window:
            refs.append((("comparison", "window"), st.comparison.window))
    return refs


def load_records(data: dict, pack: Pack | None = None, name: str = "<records>") -> Corpus:
    """Validate in-memory records ({'sources': [...], 'claims': [...]}) like a claim file."""
    from auditor.pack import load_pack

    pack = pack or load_pack()
    problems: list[Problem] = []
    sources: list[_Located] = []
    claims: list[_Located] = []
    with collector.paused():
        _collect(Document(name, data), sources, claims, problems, pack)
        result = _cross_check(sources, claims, problems, pack)
        _to_the_oldest_generation()
    if problems:
        raise InputError(problems)
    return Corpus(sources=result[0], claims=result[1], pack=pack, files=(name,), positions=_positions(claims))
