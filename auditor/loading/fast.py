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

What a fast load keeps of a claim is its fields, a column each (the quote as its text, a
change or share written as a plain mapping as written), built into the very `Claim` the claim
builder makes only when the corpus's claims are first asked for (`LazyClaims`): `auditor
validate` never builds them, an audit builds them once. docs/loading.md tells the design. tests/test_loading_fast.py states the law: for any file, the fast path
declines, or gives the corpus (claims, sources, positions) the loader gives.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Sequence
from itertools import chain, compress, repeat
from operator import attrgetter, eq, is_, is_not, itemgetter, or_
from pathlib import Path
from typing import TYPE_CHECKING, Any

from auditor.loading.claim_builder import _TEMPLATE, _ATTRIBUTIONS, _QUOTE_GIVEN, _Shape, model_of, shared_set
from auditor.loading.documents import MAX_FILE_BYTES, Document, _json_loads, _keys
from auditor.models import Claim, Quote
from auditor.models.statements import Change, Comparison, Share

if TYPE_CHECKING:
    from auditor.pack import Pack

_FIELDS = tuple(Claim.model_fields)
_set = object.__setattr__


def _looked_up(names: list, table: dict, canonical, text_only: bool = False) -> list | None:
    """Each name's entry in `table`; a name not in it yet is answered by `canonical` once
    (which enters it, or raises for a name the pack refuses). `text_only`: None when a name
    not yet in the table is not text (a phrase written as a number: the builder looks at it)."""
    found = list(map(table.get, names))
    if _nones(found):
        for name in set(compress(names, map(is_, found, repeat(None)))):
            if text_only and type(name) is not str:
                return None
            canonical(name)
        found = list(map(table.__getitem__, names))
    return found


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
_ALL_WRITE = ("id", "source", "quote", "metric", "place", "period")   # claim_builder._REQUIRED, in this order
_WRITTEN_BY_ALL = itemgetter(*_ALL_WRITE)


class Declined(Exception):
    """The files are not plain: the loader reads them as always."""


def _types(column: list) -> set:
    return set(map(type, column))


def _nones(column: list) -> int:
    """How many of `column` are None (by identity: list.count compares with ==, which is
    Python code for a model)."""
    return sum(map(is_, column, repeat(None)))


class _Columns:
    """The claims of a load so far, a column per field of the model (in file order), and the
    line and file of each (as corpus._positions keeps them). A field no claim has written
    yet is no column at all (`None`: its default for every claim)."""

    OPTIONAL = {"speaker": None, "attribution": "reporter", "note": None, "supersedes": None, "projection": False}

    def __init__(self) -> None:
        self.n = 0
        self.givens: list[set] = []
        self.fields: dict[str, list | None] = {name: None if name in self.OPTIONAL else []
                                               for name in _FIELDS if name != "readings"}
        self.where: list[Any] = []   # each chunk's claims' lines and file, as corpus._positions keeps them
        self.builder: Any = None   # the claim builder, which builds the changes and shares kept as written
        self.interned: dict[str, dict] = {}   # a column kept as written -> its names' strings, the models' own

    def extend(self, given: list[set], written: dict[str, list | None]) -> None:
        for name, column in written.items():
            kept = self.fields[name]
            if column is None:
                if kept is not None:
                    kept.extend(repeat(self.OPTIONAL[name], len(given)))
                continue
            if kept is None:
                kept = self.fields[name] = [self.OPTIONAL[name]] * self.n
            kept.extend(column)
        self.givens.extend(given)
        self.n += len(given)

    def column(self, name: str) -> Any:
        found = self.fields[name]
        return repeat(self.OPTIONAL[name], self.n) if found is None else found


_PIECE = 1 << 18   # bytes of a JSON Lines file parsed at once (about a thousand lines)
_KEY_GAP = re.compile(rb'"[ \t]+:')   # a key's end with blanks before its colon (a plain file has no other)
_LINE_MARKS = tuple(mark.encode() for mark in ("\x85", "\u2028", "\u2029"))   # line breaks to str.splitlines


class _FastLoad:
    def __init__(self, pack: Pack) -> None:
        from auditor.loading.corpus import _builder
        self.pack = pack
        self.builder = _builder(pack)
        self.vocabulary = self.builder.vocabulary
        self.shapes: dict[tuple, set] = {}   # a claim's keys, in order -> the set of the fields given
        self.texts: dict[str, str] = {}   # one string for every claim naming a period alike
        self.source_names: set = set()   # the sources the claims name (each claim's kept as written)
        self.place_names: set = set()   # the places the claims name, each answered by the pack
        self.place_aliases = False   # whether a place was written otherwise than its id (then mapped to it)
        self.columns = _Columns()
        self.columns.builder = self.builder
        self.source_records: list[Any] = []
        self.files: list[str] = []   # the files that hold a claim, numbered as corpus._positions numbers them
        self.keys = 0   # the keys the records of the file being read hold, nested ones included
        self.made: dict[str, dict] = {}   # a statement's name -> its mappings of text (as items) -> the model

    # reading

    def read(self, path: Path) -> None:
        """One JSON Lines file, whose text must be plain: every line one JSON object opening
        with '{' and closing with '}' (no blank line, no line break but '\\n'), no key written
        twice, no NUL escaped: documents._plain_chunk's checks, over the whole file at once
        (see the comments below)."""
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                raise Declined
            raw = path.read_bytes()
        except OSError:
            raise Declined from None
        if raw[:3] == b"\xef\xbb\xbf":   # a byte-order mark (documents.read_text reads past it)
            raw = raw[3:]
        size = len(raw) - (raw[-1:] == b"\n")   # the last line's break is read past
        if raw[:1] != b"{" or raw[size - 1:size] != b"}" or b"\r" in raw:
            raise Declined
        if b"\\" in raw and b"\\u0000" in raw:   # a NUL, escaped
            raise Declined
        if not raw.isascii():
            try:
                raw.decode("utf-8")
            except UnicodeDecodeError:
                raise Declined from None
            if any(mark in raw for mark in _LINE_MARKS):
                raise Declined
        self.keys = 0
        name = str(path)
        number = None
        line, start = 1, 0
        while start < size:
            end = raw.find(b"\n", start + _PIECE, size)
            if end < 0:
                end = size
            elif raw[end - 1:end + 2] != b"}\n{":
                raise Declined
            piece = raw[start:end]
            # every line break between one line's closing '}' and the next line's '{' becomes
            # a comma (one byte more each): no other line break may be left
            joined = piece.replace(b"}\n{", b"}, {")
            if b"\n" in joined:
                raise Declined
            count = len(joined) - len(piece) + 1
            del piece
            try:
                records = _json_loads(b"[" + joined + b"]")
            except ValueError:
                raise Declined from None
            del joined
            if len(records) != count or _types(records) != {dict}:
                raise Declined
            self.keys += sum(map(len, records))
            lines = range(line, line + count)
            line += count
            start = end + 1
            types = list(map(dict.get, records, repeat("type")))
            if types.count(None) == len(types):
                claims = records
            else:
                claims, lines = [], list(lines)
                kept = []
                for at, record, kind in zip(lines, records, types):
                    if kind is None:
                        claims.append(record)
                        kept.append(at)
                    elif kind == "source":
                        del record["type"]   # the record is this load's own: the rest in their order
                        self.source_records.append(record)
                    elif kind == "claim":
                        del record["type"]
                        claims.append(record)
                        kept.append(at)
                    else:
                        raise Declined
                lines = kept
            del records
            if claims:
                if number is None:
                    number = len(self.files)
                    self.files.append(name)
                    if number >> _LINE_SHIFT:
                        raise Declined
                self._claims(claims)
                if type(lines) is range:   # the lines of a run of claims, each kept as corpus._positions keeps it
                    where: Any = range((lines.start << _LINE_SHIFT) | number, (lines.stop << _LINE_SHIFT) | number,
                                       1 << _LINE_SHIFT)
                else:
                    where = [(at << _LINE_SHIFT) | number for at in lines]
                self.columns.where.append(where)
        # every key written is followed by a colon: as many colons as keys kept, and no key was
        # merged. Else (a colon in a string: a time, an address) the key ends '":' and '" :'
        # (those in strings too) are at least the keys written: as many as the keys kept, and
        # none was merged
        if raw.count(b":") != self.keys:
            gaps = len(_KEY_GAP.findall(raw)) if b'" ' in raw or b'"\t' in raw else 0
            if raw.count(b'":') + gaps != self.keys:
                raise Declined

    def _claims(self, records: list[dict]) -> None:
        """One chunk's claims, checked and kept as columns (see the module's docstring): what
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
        # the fields every plain shape holds, taken in one call a record
        ids, sources, quotes, metrics, places, periods = zip(*map(_WRITTEN_BY_ALL, records))
        # a source, metric or place that is not text is no name the pack or the sources know
        # (a look-up below fails); an id or a quote must be text
        if not (_types(ids) == _types(quotes) == _STR):
            raise Declined
        kinds = _types(periods)
        if not kinds <= _PERIOD_TYPES:
            raise Declined
        if int in kinds:   # a year written as a number (models/base.py: period_text)
            periods = [str(p) if type(p) is int else p for p in periods]
        try:
            metrics = _looked_up(metrics, vocabulary.metrics, vocabulary.canonical_metric)
            places = self._places(places)
            self.source_names.update(sources)
        except Exception:   # a name the pack refuses (or answers elsewhere): the loader says why
            raise Declined from None
        periods = list(map(texts.setdefault, periods, periods))
        stated: Any = None   # which claims state a value, change, comparison or share so far (None: none)
        values = none
        if "value" in given:
            values = column("value")
            missing = _nones(values)
            try:
                found = list(map(vocabulary.amounts.get, values))   # None stays None; the phrases read before
                if _nones(found) != missing:
                    for phrase in set(compress(values, map(is_, found, repeat(None)))):
                        if type(phrase) is str:
                            vocabulary.amount_phrase(phrase)
                    found = list(map(vocabulary.amounts.get, values))
                if _nones(found) != missing:   # a figure written as a number
                    if not _types(values) <= _FIGURE_TYPES:
                        raise Declined
                    phrase_of = vocabulary.amount_phrase
                    found = [None if v is None else phrase_of(v) for v in values]
                values = found
            except Exception:
                raise Declined from None
            stated = list(map(is_not, values, repeat(None)))
        statements = {}
        statement = self.builder._statement
        for name, model in _STATEMENTS:
            if name not in given:
                statements[name] = none
                continue
            # the records that state it, a few of the chunk's: worked on alone, then put back in place
            written = column(name)
            at = list(map(is_not, written, repeat(None)))
            written = list(compress(written, at))
            nested = [v for v in written if type(v) is dict]
            inner = _types(list(chain.from_iterable(map(dict.values, nested))))
            self.keys += sum(map(_keys, nested)) if dict in inner or list in inner else sum(map(len, nested))
            pending = self._pending(name, nested) if nested and name != "comparison" else None
            if pending is not None:   # the dicts, checked and kept to be built later; the others now
                if len(pending) == len(written):
                    built = pending
                else:
                    after = iter(pending)
                    built = [next(after) if type(v) is dict else statement(name, model, v) for v in written]
            elif nested and len(nested) == len(written) and inner <= _STR_OR_NONE:
                # mappings of text alike (most comparisons are): each distinct one built once,
                # the very model the builder's memo gives every record that writes it alike
                # once a load: a mapping of text is built from its items alike
                items = list(map(tuple, map(dict.items, written)))
                made = self.made.setdefault(name, {})
                built = list(map(made.get, items))
                if _nones(built):
                    for key in set(compress(items, map(is_, built, repeat(None)))):
                        made[key] = statement(name, model, dict(key))
                    built = list(map(made.get, items))
            else:
                built = [statement(name, model, v) for v in written]
            if _nones(built):
                raise Declined
            statements[name] = list(map(dict(zip(compress(range(n), at), built)).get, range(n)))
            if stated is not None and any(compress(stated, at)):   # a claim stating two
                raise Declined
            stated = at if stated is None else list(map(or_, stated, at))
        if stated is None or not all(stated):   # exactly one of value, change, comparison or share
            raise Declined
        optional: dict[str, Any] = {}
        for name in ("speaker", "note", "supersedes"):
            optional[name] = None
            if name in given:
                optional[name] = column(name)
                if not _types(optional[name]) <= _STR_OR_NONE:
                    raise Declined
        optional["attribution"] = optional["projection"] = None
        if "attribution" in given:
            written = column("attribution", _ABSENT)
            try:
                optional["attribution"] = list(map(_ATTRIBUTION.__getitem__, written))
            except (KeyError, TypeError):
                raise Declined from None
        if "projection" in given:
            written = column("projection", _ABSENT)
            if not _types(written) <= _PROJECTION_TYPES:
                raise Declined
            optional["projection"] = [False if p is _ABSENT else p for p in written]
        self.columns.extend(list(map(shapes.__getitem__, keys)), {
            "value": values, "change": statements["change"], "comparison": statements["comparison"],
            "share": statements["share"], "id": ids, "source": sources, "metric": metrics, "place": places,
            "period": periods, "quote": quotes, **optional})

    def _places(self, places: Sequence) -> Sequence:
        """The places of a chunk's claims, checked a distinct name at a time (the pack answers
        each name once; one it refuses raises): kept as written while every name written is the
        id of its place (build_claims maps them to the pack's own strings), else each mapped to
        its id. A probe of the large table a claim (a cache miss each, with the list it fills)
        cost 0.4 CPU-s at 1,000,000 claims; a set of the names written, 0.1."""
        table = self.vocabulary.places
        unseen = set(places).difference(self.place_names)
        for name in unseen:
            if name not in table:
                self.vocabulary.canonical_place(name)
            if type(name) is not str or table[name] != name:
                self.place_aliases = True
        self.place_names.update(unseen)
        return list(map(table.__getitem__, places)) if self.place_aliases else places

    def _pending(self, name: str, written: list[dict]) -> list | None:
        """The changes or shares written as mappings, checked as ClaimBuilder._change and
        _share check them, a column at a time, and kept as _Pending (built when the claims
        are); None when any is not of the plain form checked here (the builder looks at
        each, as always)."""
        vocabulary = self.vocabulary
        get = dict.get
        try:
            if name == "change":
                if not all(map(_CHANGE_PLAIN.issuperset, written)):
                    return None
                found = _looked_up(list(map(get, written, repeat("phrase"))), vocabulary.changes,
                                   vocabulary.change_phrase, text_only=True)
                if found is None:
                    return None
                bases = list(map(get, written, repeat("base")))
                kinds = _types(bases)
                if not kinds <= _BASE_TYPES or not _types(list(map(itemgetter("text"), found))) <= _STR_OR_NONE:
                    return None
                if int in kinds:   # a year written as a number (models/base.py: period_text)
                    bases = [str(b) if type(b) is int else b for b in bases]
                return list(map(_Pending, zip(written, map(itemgetter("by"), found), map(itemgetter("measure"), found),
                                              bases)))
            if not all(map(_SHARE_PLAIN.issuperset, written)) or not all(map(_SHARE_NEEDS.issubset, written)):
                return None
            found = _looked_up(list(map(get, written, repeat("fraction"))), vocabulary.amounts,
                               vocabulary.amount_phrase, text_only=True)
            if found is None:
                return None
            of = list(map(get, written, repeat("of")))
            if _types(of) != _STR or not _types(list(map(get, written, repeat("text")))) <= _STR_OR_NONE:
                return None
            return list(map(_Pending, zip(written, found, repeat(None), of)))
        except Exception:   # a phrase the pack cannot read, a value no dict can hold: the builder looks
            return None

    # the checks across records (corpus._cross_check), on the distinct values they read

    def check(self) -> tuple[dict, dict]:
        """The sources, and the claims' positions by id, once every check across records
        that the loader makes has passed (else Declined)."""
        from auditor.loading.corpus import _check_statement_units, _Memo, iso_days
        pack = self.pack
        by_source: dict = {}
        built = self.builder.build_sources(self.source_records)   # all alike, built at once
        for src in built if built is not None else map(self.builder.build_source, self.source_records):
            if src is None or src.id in by_source or src.text is not None or src.text_path is not None or (
                    src.authority is not None and src.authority not in pack.suspicion.authority):
                raise Declined
            by_source[src.id] = src
        days = {sid: s.published.earliest for sid, s in by_source.items() if s.published.is_exact}
        c = self.columns
        n = c.n
        ids, sources, metrics, places, periods = (c.fields[name] for name in ("id", "source", "metric", "place",
                                                                               "period"))
        values, changes, comparisons, shares = (c.fields[name] for name in ("value", "change", "comparison",
                                                                             "share"))
        known = set(ids)
        if len(known) != n:
            raise Declined   # an id written twice
        if not self.source_names <= days.keys():   # a source not declared, or published within a range of days
            raise Declined
        day_of = _DayOf(days, sources)
        # the units: each distinct statement checked once, as _Memo.units remembers it. A
        # figure with no unit and not below zero passes whatever its metric (the checks of
        # a figure: its unit, and its sign against the metric's), so only the others are
        # checked with each metric that states them; every figure is one of the vocabulary's
        checks: dict = {}
        odd = {id(v) for v in self.vocabulary.amounts.values() if v.unit is not None or v.low_decimal < 0}
        if odd:
            has = list(map(odd.__contains__, map(id, values)))
            kept = list(compress(values, has))
            checks.update(zip(zip(repeat("value"), compress(metrics, has), map(id, kept)), kept))
        has = list(map(is_not, shares, repeat(None)))
        kept = stated_shares = list(compress(shares, has))
        checks.update(zip(zip(repeat("share"), compress(metrics, has), map(id, map(attrgetter("fraction"), kept))),
                          kept))
        has = list(map(is_not, changes, repeat(None)))
        kept = list(compress(changes, has))
        checks.update(zip(zip(repeat("change"), compress(metrics, has), map(id, map(attrgetter("by"), kept)),
                              map(attrgetter("measure"), kept)), kept))
        problems: list = []
        where = _Nowhere()
        for key, st in checks.items():
            claim = _Statement(key[1], key[0], st)
            try:
                _check_statement_units(claim, None, claim, where, problems, pack)
            except Exception:   # pragma: no cover - a problem's message reads more than the check
                raise Declined from None
            if problems:
                raise Declined
        # the periods: a phrase in ISO dates alone once per fiscal year (on the first claim's
        # day, as the loader's memo keeps it), the others claim by claim
        memo = _Memo(pack)
        # (the places are ids: see _places) a pack whose places have no fiscal year answers
        # None for every place (Pack.fiscal_year: a place's own, else its nearest container's)
        fiscal_of = ({place: memo.fiscal_year(place) for place in set(places)}
                     if any(p.fiscal_year is not None for p in pack.places.values()) else {})
        fixed = {phrase: memo.fixed.setdefault(phrase, _is_fixed(phrase)) for phrase in set(periods)}
        own_fixed: dict = {}
        if any(f is not None for f in fiscal_of.values()):
            fiscal: Any = list(map(fiscal_of.__getitem__, places))
            pairs = dict(zip(reversed(list(zip(periods, map(id, fiscal)))),
                             reversed(list(zip(map(days.__getitem__, sources), fiscal)))))
        else:   # a phrase in ISO dates alone that the loader reads itself needs no day (_Memo.period)
            fiscal = None
            pairs = {(phrase, id(None)): (None if iso_days(phrase) is not None else day_of[periods.index(phrase)],
                                          None) for phrase, f in fixed.items() if f}
        for (phrase, fid), (day, fy) in pairs.items():
            if fixed[phrase]:
                found = memo.period(phrase, day, None, fy)
                if found[1] is not None:
                    raise Declined
                own_fixed[phrase, fid] = found[0]
        moving = {phrase for phrase, f in fixed.items() if not f}
        yearly = {phrase for phrase in moving if is_yearly_period(phrase)}
        owns: dict[int, Any] = {}
        if yearly:
            # a phrase read alike on every day of a publication year whatever the claim before
            # it ('last year': auditor/periods.py), read by year (the memo's key) with none
            # once per phrase, source and fiscal year (a claim's own is read again, from the
            # memo, when a change or comparison names a period against it: _own below)
            at = list(map(yearly.__contains__, periods))
            fiscals = {id(f): f for f in fiscal_of.values()}
            fiscals[id(None)] = None
            for phrase, sid, fid in set(zip(compress(periods, at), compress(sources, at),
                                            repeat(id(None)) if fiscal is None else map(id, compress(fiscal, at)))):
                own, why = memo.period(phrase, days[sid], None, fiscals[fid])
                if why is not None:
                    raise Declined
        if moving - yearly:
            # a phrase read against the claim before it in its source ('the same period last
            # year' after '2019'): the claims of the sources that write one, in order
            at = list(map((moving - yearly).__contains__, periods))
            sel = list(map(set(compress(sources, at)).__contains__, sources))
            previous: dict = {}
            if fiscal is None:   # the period of a phrase in ISO dates alone, by the phrase
                own_of = {phrase: own for (phrase, _), own in own_fixed.items()}
                for i, sid, phrase in zip(compress(range(n), sel), compress(sources, sel), compress(periods, sel)):
                    own = own_of.get(phrase)
                    if own is None:
                        own, why = memo.period(phrase, day_of[i], previous.get(sid), None)
                        if why is not None:
                            raise Declined
                        owns[i] = own
                    previous[sid] = own
            else:
                for i, sid, phrase in zip(compress(range(n), sel), compress(sources, sel), compress(periods, sel)):
                    fy = fiscal[i]
                    if phrase in moving:
                        own, why = memo.period(phrase, day_of[i], previous.get(sid), fy)
                        if why is not None:
                            raise Declined
                        owns[i] = own
                    else:
                        own = own_fixed[phrase, id(fy)]
                    previous[sid] = own
        # the periods named by changes and comparisons, read against the claim's own: one in
        # ISO dates alone once per fiscal year, the others claim by claim
        has = list(map(is_not, changes, repeat(None)))
        named = [(has, list(map(attrgetter("base"), compress(changes, has))))]
        has = list(map(is_not, comparisons, repeat(None)))
        kept = list(compress(comparisons, has))
        named += [(has, list(map(attrgetter("than"), kept))), (has, list(map(attrgetter("window"), kept)))]
        for has, refs in named:
            at = list(compress(range(n), has))
            if fiscal is None:
                first = dict(zip(reversed(refs), reversed(at)))
                first.pop(None, None)
                first.pop("", None)
                moving_refs = set()
                for ref, i in first.items():
                    if not memo.fixed.setdefault(ref, _is_fixed(ref)):
                        moving_refs.add(ref)
                        continue
                    found = memo.period(ref, day_of[i], None, None)
                    if found[1] is not None:
                        raise Declined
                if not moving_refs:
                    continue
                sel = list(map(moving_refs.__contains__, refs))
                at, refs = compress(at, sel), compress(refs, sel)
            for i, ref in zip(at, refs):
                if not ref:
                    continue
                fy = fiscal[i] if fiscal is not None else None
                found = memo.periods.get((ref, id(fy))) if memo.fixed.get(ref) else None
                if found is None:
                    own = owns.get(i)
                    if own is None:
                        phrase = periods[i]
                        own = (memo.period(phrase, day_of[i], None, fy)[0] if phrase in yearly
                               else own_fixed[phrase, id(fy)])
                    found = memo.period(ref, day_of[i], own, fy)
                if found[1] is not None:
                    raise Declined
        # the claims named by others
        supersedes = c.fields["supersedes"]
        named = set(supersedes) if supersedes is not None else set()
        named.discard(None)
        named.update(map(attrgetter("of"), stated_shares))
        if not named <= known or (supersedes is not None and sum(map(eq, supersedes, ids))):
            raise Declined
        # the places and sources kept as written: each claim's the pack's or its source's own
        # string once the models are built (as many strings as places and sources, not claims)
        c.interned = {"source": {sid: sid for sid in by_source},
                      "place": {pid: pid for pid in set(self.vocabulary.places.values())}}
        return by_source, _PositionsOf(ids, c.where)


class _Pending(tuple):
    """A change or share checked and kept as written, built (ClaimBuilder._change or
    _share) with the claims; meanwhile what the checks across records read of it: a change's
    size, measure and base period, a share's fraction and the claim it is of. A tuple
    (written, by, measure, base), made by C code from zipped columns (a Python __init__ a
    claim cost 0.2 CPU-s at 1,000,000 claims)."""

    __slots__ = ()
    written = property(itemgetter(0))
    by = fraction = property(itemgetter(1))
    measure = property(itemgetter(2))
    base = of = property(itemgetter(3))
    text = None   # a change kept as written gives no text of its own (_CHANGE_PLAIN)


_CHANGE_PLAIN = frozenset(("phrase", "base"))   # no base place, no text of its own: as the phrase's
_SHARE_PLAIN = frozenset(("fraction", "of"))
_SHARE_NEEDS = _SHARE_PLAIN
_BASE_TYPES = frozenset((str, int, type(None)))


def _is_fixed(phrase: str) -> bool:
    from auditor.periods import is_fixed_period
    return is_fixed_period(phrase)


def is_yearly_period(phrase: str) -> bool:
    from auditor.periods import is_yearly_period as yearly
    return yearly(phrase)


class _PositionsOf:
    """The claims' positions by id (one int each, as corpus._positions keeps them), made when
    first asked for (corpus._Positions calls it): `auditor validate` never asks."""

    __slots__ = ("ids", "where")

    def __init__(self, ids: list, where: list) -> None:
        self.ids, self.where = ids, where

    def __call__(self) -> dict[str, int]:
        return dict(zip(self.ids, chain.from_iterable(self.where)))


class _DayOf:
    """The claims' publication days, by the claim's place in the load: each looked up when
    asked for (a few claims ask)."""

    __slots__ = ("days", "sources")

    def __init__(self, days: dict, sources: list) -> None:
        self.days, self.sources = days, sources

    def __getitem__(self, i: int) -> Any:
        return self.days[self.sources[i]]


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
        if not load.columns.n and not load.source_records:
            return None
        sources, positions = load.check()
    except Declined:
        return None
    return sources, LazyClaims(load.columns), positions, tuple(load.files)


def build_claims(columns: _Columns, builder: Any) -> tuple[Claim, ...]:
    """The claims of a fast load's columns, as ClaimBuilder.build makes them (`builder`
    builds their changes and shares kept as written)."""
    out = []
    append = out.append
    template = _TEMPLATE.copy
    built = {name: columns.column(name) for name in _FIELDS if name != "readings"}
    for name, build in (("change", builder._change), ("share", builder._share)):
        column = built[name]
        if any(type(x) is _Pending for x in column):
            built[name] = [build(x.written) if type(x) is _Pending else x for x in column]
    for name, table in columns.interned.items():   # one string for every claim naming it alike
        built[name] = list(map(table.__getitem__, built[name]))
    built["readings"] = repeat((), columns.n)
    rows = zip(*(built[name] for name in _FIELDS))
    for given, row in zip(columns.givens, rows):
        fields = template()
        fields.update(zip(_FIELDS, row))
        quote = model_of(Quote, {"text": fields["quote"], "start": None, "end": None}, _QUOTE_GIVEN)
        fields["quote"] = quote
        claim = model_of(Claim, fields, given)
        append(claim)
    return tuple(out)


class LazyClaims(Sequence):
    """A corpus's claims, validated, built into models when first asked for anything but
    their number: then built once, and the corpus holding them (`bind`) holds the tuple of
    models from there on. It behaves as that tuple (equality, hashing, `+`, pickling)."""

    __slots__ = ("_columns", "_built", "_owner", "__weakref__")

    def __init__(self, columns: _Columns) -> None:
        self._columns, self._built, self._owner = columns, None, None

    def bind(self, owner: Any) -> None:
        # a weak reference: the corpus holds these claims, and a strong one back would make a
        # cycle, a million claims freed only by the cycle collector (0.7 CPU-s at 1,000,000)
        self._owner = weakref.ref(owner)

    def models(self) -> tuple[Claim, ...]:
        built = self._built
        if built is None:
            from auditor import collector
            from auditor.loading.corpus import _to_the_oldest_generation
            with collector.paused():
                built = self._built = build_claims(self._columns, self._columns.builder)
                _to_the_oldest_generation()
            self._columns = None
            bound, self._owner = self._owner, None
            owner = bound() if bound is not None else None
            if owner is not None and owner.__dict__.get("claims") is self:
                _set(owner, "claims", built)
        return built

    def __len__(self) -> int:
        return self._columns.n if self._built is None else len(self._built)

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
