"""JSON Lines claim files validated a column at a time, the models built when first asked for.

Most JSON Lines corpora are plain: every line a JSON object, every claim of the shape
loading/claim_builder.py builds (its fields of their types, its metric, place and figure
answered by the pack, one statement, no readings), every source published on one day with no
text to find quotes in, and no problem anywhere. Such a load is checked here over columns
(a chunk's ids, sources, metrics, ...) with a few C calls each, and the checks across records
over the distinct values they depend on (a metric and a figure, a period phrase and a fiscal
year, ...) rather than claim by claim. Nothing here reports a problem: at the first thing that
is not plain, or that the loader would report, `fast_load` declines (returns None) and the
loader reads the files again as before (auditor/loading/corpus.py), so every problem is
reported, located, exactly as always.

What a fast load keeps of a claim is one row, its 16 fields in the model's order (the quote
as its text), built into the very `Claim` the claim builder makes only when the corpus's
claims are first asked for (`LazyClaims`): `auditor validate` never builds them, an audit
builds them once. tests/test_loading_fast.py states the law: for any file, the fast path
declines, or gives the corpus (claims, sources, positions) the loader gives.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress, repeat
from operator import attrgetter, eq, is_not
from pathlib import Path
from typing import TYPE_CHECKING, Any

from auditor.loading.claim_builder import _TEMPLATE, _ATTRIBUTIONS, _QUOTE_GIVEN, _Shape, shared_set
from auditor.loading.documents import CHUNK, Document, _plain_chunk, read_text
from auditor.models import Claim, Quote
from auditor.models.statements import Change, Comparison, Share

if TYPE_CHECKING:
    from auditor.pack import Pack

_FIELDS = tuple(Claim.model_fields)
_new = object.__new__
_set = object.__setattr__


class _Absent:
    """A field not written (told apart from one written null)."""


_ABSENT = _Absent()
_ATTRIBUTION = {**{a: a for a in _ATTRIBUTIONS}, _ABSENT: "reporter"}
_PROJECTION_TYPES = frozenset((bool, _Absent))
_STR = frozenset((str,))
_STR_OR_NONE = frozenset((str, type(None)))
_PERIOD_TYPES = frozenset((str, int))
_FIGURE_TYPES = frozenset((str, int, float, type(None)))
_STATEMENTS = (("change", Change), ("comparison", Comparison), ("share", Share))
_LINE_SHIFT = 20   # as corpus._positions keeps a record opening its line


class Declined(Exception):
    """The files are not plain: the loader reads them as always."""


def _types(column: list) -> set:
    return set(map(type, column))


class _Columns:
    """The claims of a load so far, a column per field (in file order), and what the checks
    across records need: each claim's line and file."""

    def __init__(self) -> None:
        self.givens: list[set] = []
        self.rows: list[tuple] = []
        self.ids: list[str] = []
        self.sources: list[str] = []
        self.metrics: list[str] = []
        self.places: list[str] = []
        self.periods: list[str] = []
        self.values: list[Any] = []
        self.changes: list[Any] = []
        self.comparisons: list[Any] = []
        self.shares: list[Any] = []
        self.supersedes: list[Any] = []
        self.where: list[int] = []


class _FastLoad:
    def __init__(self, pack: Pack) -> None:
        from auditor.loading.corpus import _builder
        self.pack = pack
        self.builder = _builder(pack)
        self.vocabulary = self.builder.vocabulary
        self.shapes: dict[tuple, set] = {}   # a claim's keys, in order -> the set of the fields given
        self.texts: dict[str, str] = {}   # one string for every claim naming a source or period alike
        self.columns = _Columns()
        self.source_records: list[Any] = []
        self.files: list[str] = []   # the files that hold a claim, numbered as corpus._positions numbers them

    # reading

    def read(self, path: Path) -> None:
        scratch: list = []
        text = read_text(path, scratch)
        if text is None or scratch or not text or text.isspace():
            raise Declined
        texts = text.splitlines()
        del text
        name = str(path)
        number = None
        for start in range(0, len(texts), CHUNK):
            run = texts[start:start + CHUNK]
            records = _plain_chunk(run)
            if records is None or sum(map(str.startswith, run, repeat("{"))) != len(run):
                raise Declined
            types = list(map(dict.get, records, repeat("type")))
            if types.count(None) == len(types):
                claims, lines = records, range(start + 1, start + 1 + len(records))
            else:
                claims, lines = [], []
                for line, record, kind in zip(range(start + 1, start + 1 + len(records)), records, types):
                    if kind is None:
                        claims.append(record)
                        lines.append(line)
                    elif kind == "source":
                        self.source_records.append({k: v for k, v in record.items() if k != "type"})
                    elif kind == "claim":
                        claims.append({k: v for k, v in record.items() if k != "type"})
                        lines.append(line)
                    else:
                        raise Declined
            if claims:
                if number is None:
                    number = len(self.files)
                    self.files.append(name)
                    if number >> _LINE_SHIFT:
                        raise Declined
                self._claims(claims)
                self.columns.where.extend(map(int.__or__, map(int.__lshift__, lines, repeat(_LINE_SHIFT)),
                                              repeat(number)))
        if not self.source_records and not self.columns.rows:
            raise Declined

    def _claims(self, records: list[dict]) -> None:
        """One chunk's claims, checked and kept as rows (see the module's docstring): what
        ClaimBuilder.build checks of each record, a column at a time."""
        keys = list(map(tuple, records))
        shapes = self.shapes
        distinct = set(keys)
        for key in distinct.difference(shapes):
            shape = _Shape(key)
            if not shape.plain or not self.builder.enabled:
                raise Declined
            shapes[key] = shared_set(shape.given)
        given = set().union(*distinct)
        n = len(records)
        get = dict.get

        def column(name: str, default: Any = None) -> list:
            return list(map(get, records, repeat(name), repeat(default)))

        none = [None] * n
        vocabulary = self.vocabulary
        texts = self.texts
        ids, sources, quotes = column("id"), column("source"), column("quote")
        metrics, places, periods = column("metric"), column("place"), column("period")
        if not (_types(ids) == _types(sources) == _types(quotes) == _types(metrics) == _types(places) == _STR):
            raise Declined
        kinds = _types(periods)
        if not kinds <= _PERIOD_TYPES:
            raise Declined
        if int in kinds:   # a year written as a number (models/base.py: period_text)
            periods = [str(p) if type(p) is int else p for p in periods]
        try:
            known = vocabulary.metrics
            for name in set(metrics).difference(known):
                vocabulary.canonical_metric(name)
            metrics = list(map(known.__getitem__, metrics))
            known = vocabulary.places
            for name in set(places).difference(known):
                vocabulary.canonical_place(name)
            places = list(map(known.__getitem__, places))
        except Exception:   # a name the pack refuses (or answers elsewhere): the loader says why
            raise Declined from None
        sources = list(map(texts.setdefault, sources, sources))
        periods = list(map(texts.setdefault, periods, periods))
        stated: Any = repeat(0)
        values = none
        if "value" in given:
            values = column("value")
            kinds = _types(values)
            if not kinds <= _FIGURE_TYPES:
                raise Declined
            try:
                if kinds <= _STR_OR_NONE:
                    known = vocabulary.amounts
                    for phrase in set(values).difference(known):
                        if phrase is not None:
                            vocabulary.amount_phrase(phrase)
                    values = list(map(known.get, values))   # None stays None
                else:
                    phrase_of = vocabulary.amount_phrase
                    values = [None if v is None else phrase_of(v) for v in values]
            except Exception:
                raise Declined from None
            stated = map(is_not, values, repeat(None))
        statements = {}
        statement = self.builder._statement
        for name, model in _STATEMENTS:
            if name not in given:
                statements[name] = none
                continue
            written = column(name)
            built = [None if v is None else statement(name, model, v) for v in written]
            if built.count(None) != written.count(None):
                raise Declined
            statements[name] = built
            stated = map(int.__add__, stated, map(is_not, built, repeat(None)))
        if set(stated) != {1}:   # exactly one of value, change, comparison or share
            raise Declined
        optional = {}
        for name in ("speaker", "note", "supersedes"):
            if name in given:
                optional[name] = column(name)
                if not _types(optional[name]) <= _STR_OR_NONE:
                    raise Declined
            else:
                optional[name] = none
        attributions: Any = repeat("reporter")
        if "attribution" in given:
            written = column("attribution", _ABSENT)
            try:
                attributions = list(map(_ATTRIBUTION.__getitem__, written))
            except (KeyError, TypeError):
                raise Declined from None
            if not _types(written) <= {str, _Absent}:   # pragma: no cover - a key equal to a text is text
                raise Declined
        projections: Any = repeat(False)
        if "projection" in given:
            written = column("projection", _ABSENT)
            if not _types(written) <= _PROJECTION_TYPES:
                raise Declined
            projections = [False if p is _ABSENT else p for p in written]
        columns = self.columns
        columns.givens.extend(map(shapes.__getitem__, keys))
        columns.rows.extend(zip(values, statements["change"], statements["comparison"], statements["share"], ids,
                                sources, metrics, places, periods, repeat(()), optional["speaker"], attributions,
                                quotes, optional["note"], optional["supersedes"], projections))
        columns.ids.extend(ids)
        columns.sources.extend(sources)
        columns.metrics.extend(metrics)
        columns.places.extend(places)
        columns.periods.extend(periods)
        columns.values.extend(values)
        columns.changes.extend(statements["change"])
        columns.comparisons.extend(statements["comparison"])
        columns.shares.extend(statements["share"])
        columns.supersedes.extend(optional["supersedes"])

    # the checks across records (corpus._cross_check), on the distinct values they read

    def check(self) -> dict:
        from auditor.loading.corpus import _check_statement_units, _Memo
        pack = self.pack
        by_source: dict = {}
        for record in self.source_records:
            src = self.builder.build_source(record)
            if src is None or src.id in by_source or src.text is not None or src.text_path is not None or (
                    src.authority is not None and src.authority not in pack.suspicion.authority):
                raise Declined
            by_source[src.id] = src
        days = {sid: s.published.earliest for sid, s in by_source.items() if s.published.is_exact}
        c = self.columns
        ids = c.ids
        known = set(ids)
        if len(known) != len(ids):
            raise Declined   # an id written twice
        try:
            day_of = list(map(days.__getitem__, c.sources))
        except KeyError:   # a source not declared, or published within a range of days
            raise Declined from None
        # the units: each distinct statement checked once, as _Memo.units remembers it
        problems: list = []
        where = _Nowhere()
        checks: dict = {}
        metrics = c.metrics
        for name, column in (("value", c.values), ("share", c.shares)):
            has = list(map(is_not, column, repeat(None)))
            kept = list(compress(column, has))
            checks.update(dict(zip(zip(repeat(name), compress(metrics, has), map(id, kept)), kept)))
        has = list(map(is_not, c.changes, repeat(None)))
        changes = list(compress(c.changes, has))
        checks.update(dict(zip(zip(repeat("change"), compress(metrics, has), map(id, map(attrgetter("by"), changes)),
                                   map(attrgetter("measure"), changes)), changes)))
        for key, st in checks.items():
            _check_statement_units(_Statement(key[1], key[0], st), None, _Statement(key[1], key[0], st), where,
                                   problems, pack)
            if problems:
                raise Declined
        # the periods: a phrase in ISO dates alone once per fiscal year, the others claim by claim
        memo = _Memo(pack)
        fiscal_of = {place: memo.fiscal_year(place) for place in set(c.places)}
        fiscal = list(map(fiscal_of.__getitem__, c.places))
        fixed = {phrase: memo.fixed.setdefault(phrase, _is_fixed(phrase)) for phrase in set(c.periods)}
        own_fixed: dict = {}
        # the first claim's day of each, as the loader's memo keeps it
        pairs = dict(zip(reversed(list(zip(c.periods, map(id, fiscal)))), reversed(list(zip(day_of, fiscal)))))
        for (phrase, fid), (day, fy) in pairs.items():
            if fixed[phrase]:
                found = memo.period(phrase, day, None, fy)
                if found[1] is not None:
                    raise Declined
                own_fixed[phrase, fid] = found[0]
        moving = {sid for sid, phrase in zip(c.sources, c.periods) if not fixed[phrase]}
        owns: dict[int, Any] = {}
        if moving:
            previous: dict = {}
            for i, (sid, phrase, fy, day) in enumerate(zip(c.sources, c.periods, fiscal, day_of)):
                if sid not in moving:
                    continue
                if fixed[phrase]:
                    own = own_fixed[phrase, id(fy)]
                else:
                    own, why = memo.period(phrase, day, previous.get(sid), fy)
                    if why is not None:
                        raise Declined
                owns[i] = own
                previous[sid] = own
        for i, change, comparison in zip(range(len(ids)), c.changes, c.comparisons):
            if change is None and comparison is None:
                continue
            refs = [change.base] if change is not None else [comparison.than, comparison.window]
            fy = fiscal[i]
            for ref in refs:
                if not ref:
                    continue
                found = memo.periods.get((ref, id(fy))) if memo.fixed.get(ref) else None
                if found is None:
                    own = owns.get(i)
                    if own is None:
                        own = own_fixed[c.periods[i], id(fy)]
                    found = memo.period(ref, day_of[i], own, fy)
                if found[1] is not None:
                    raise Declined
        # the claims named by others
        named = set(c.supersedes)
        named.discard(None)
        named.update(s.of for s in c.shares if s is not None)
        if not named <= known or sum(map(eq, c.supersedes, ids)):
            raise Declined
        return by_source


def _is_fixed(phrase: str) -> bool:
    from auditor.periods import is_fixed_period
    return is_fixed_period(phrase)


class _Statement:
    """What a unit check reads of a claim and its statement (corpus._check_statement_units)."""

    __slots__ = ("metric", "value", "change", "share", "readings")

    def __init__(self, metric: str, name: str, st: Any) -> None:
        self.metric = metric
        self.value = st if name == "value" else None
        self.change = st if name == "change" else None
        self.share = st if name == "share" else None
        self.readings = ()


class _Nowhere:
    """Where a problem would be located: never asked, since a problem declines the fast path."""

    loc: tuple = ()
    doc = Document("<fast>", None)


def fast_load(files: list[Path], pack: Pack) -> tuple[dict, LazyClaims, dict, tuple[str, ...]] | None:
    """The sources, the claims (LazyClaims), the claims' positions (as corpus._positions keeps
    them: one int a claim) and the files numbered in them, of JSON Lines `files` that are
    plain (see the module's docstring); None when the loader must read them."""
    if not files or any(p.suffix != ".jsonl" for p in files):
        return None
    load = _FastLoad(pack)
    try:
        for path in files:
            load.read(path)
        sources = load.check()
    except Declined:
        return None
    c = load.columns
    positions = dict(zip(c.ids, c.where))
    return sources, LazyClaims(c.givens, c.rows), positions, tuple(load.files)


def build_claims(givens: list[set], rows: list[tuple]) -> tuple[Claim, ...]:
    """The claims of a fast load's rows, as ClaimBuilder.build makes them."""
    out = []
    append = out.append
    template = _TEMPLATE.copy
    for given, row in zip(givens, rows):
        fields = template()
        fields.update(zip(_FIELDS, row))
        quote = _new(Quote)
        _set(quote, "__dict__", {"text": fields["quote"], "start": None, "end": None})
        _set(quote, "__pydantic_fields_set__", _QUOTE_GIVEN)
        _set(quote, "__pydantic_extra__", None)
        _set(quote, "__pydantic_private__", None)
        fields["quote"] = quote
        claim = _new(Claim)
        _set(claim, "__dict__", fields)
        _set(claim, "__pydantic_fields_set__", given)
        _set(claim, "__pydantic_extra__", None)
        _set(claim, "__pydantic_private__", None)
        append(claim)
    return tuple(out)


class LazyClaims(Sequence):
    """A corpus's claims, validated, built into models when first asked for anything but
    their number: then built once, and the corpus holding them (`bind`) holds the tuple of
    models from there on. It behaves as that tuple (equality, hashing, `+`, pickling)."""

    __slots__ = ("_givens", "_rows", "_built", "_owner", "__weakref__")

    def __init__(self, givens: list[set], rows: list[tuple]) -> None:
        self._givens, self._rows, self._built, self._owner = givens, rows, None, None

    def bind(self, owner: Any) -> None:
        self._owner = owner

    def models(self) -> tuple[Claim, ...]:
        built = self._built
        if built is None:
            from auditor import collector
            from auditor.loading.corpus import _to_the_oldest_generation
            with collector.paused():
                built = self._built = build_claims(self._givens, self._rows)
                _to_the_oldest_generation()
            self._givens = self._rows = None
            owner, self._owner = self._owner, None
            if owner is not None and owner.__dict__.get("claims") is self:
                _set(owner, "claims", built)
        return built

    def __len__(self) -> int:
        return len(self._rows) if self._built is None else len(self._built)

    def __bool__(self) -> bool:
        return len(self) > 0

    def __getitem__(self, index: Any) -> Any:
        return self.models()[index]

    def __iter__(self):
        return iter(self.models())

    def __reversed__(self):
        return reversed(self.models())

    def __contains__(self, item: object) -> bool:
        return item in self.models()

    def index(self, *args: Any) -> int:
        return self.models().index(*args)

    def count(self, item: Any) -> int:
        return self.models().count(item)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, LazyClaims):
            other = other.models()
        return self.models() == other

    def __ne__(self, other: object) -> bool:
        return not self == other

    def __hash__(self) -> int:
        return hash(self.models())

    def __add__(self, other: Any) -> Any:
        return self.models() + (other.models() if isinstance(other, LazyClaims) else other)

    def __radd__(self, other: Any) -> Any:
        return other + self.models()

    def __reduce__(self):
        return tuple, (self.models(),)

    def __repr__(self) -> str:
        return repr(self.models())
