"""Reading YAML, JSON and JSON Lines claim files with the line and column of every node.

JSON and JSON Lines are read by a JSON parser (orjson), at the speed of the disk; the
line-aware YAML reader reads a record again only when a position in it is asked for (an
error to locate, or the record's place in a JSON file). A record the JSON parser refuses,
or whose keys it might have merged (a duplicate key), is read line-aware at once, so every
error is reported exactly as the YAML reader reports it. YAML is read line-aware by
libyaml's parser (ruamel.yaml.clib) where it is installed, and by ruamel's pure parser
when libyaml refuses a file, so that the pure parser's messages and positions are kept.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from collections.abc import Iterable, Iterator
from itertools import repeat
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from auditor.errors import Problem

try:
    from orjson import dumps as _json_dumps, loads as _json_loads
except ImportError:  # pragma: no cover - orjson is a dependency; pydantic's parser is the fallback
    from pydantic_core import from_json as _json_loads, to_json as _json_dumps

CLAIM_FILE_SUFFIXES = (".yaml", ".yml", ".json", ".jsonl", ".csv")   # .csv: a table (loading/tables.py)


@dataclass(slots=True)
class Document:
    """One record (a whole YAML/JSON file, or one JSON line) and how to locate its nodes.

    `text` is set when `data` came from the JSON parser, which keeps no positions: the
    text is then read again line-aware, once, the first time a position is asked for."""

    path: str
    data: Any
    line_offset: int = 0
    text: str | None = None
    located: Any = field(default=None, repr=False, compare=False)   # the line-aware reading, once read

    def _tree(self) -> Any:
        """The line-aware reading of the record (CommentedMap/CommentedSeq with positions)."""
        if self.text is None:
            return self.data
        tree = self.located
        if tree is None:
            tree = _parse(self.text, self.path, [])
            if tree is None:   # valid JSON that the YAML reader refuses: positions of the record only
                tree = self.data
            self.located = tree
        return tree

    def position(self, loc: tuple[Any, ...], at_key: bool = False) -> tuple[int, int]:
        """1-based (line, column) of the deepest node of `loc` present in the document
        (of the last key itself with `at_key`, for fields that should not be there)."""
        if not loc and self.text is not None and self.text[:1] == "{":
            return self.line_offset + 1, 1   # a record that opens its line (or file) with '{'
        node, line, col = self._tree(), 0, 0
        if isinstance(node, (CommentedMap, CommentedSeq)) and node.lc.line is not None:
            line, col = node.lc.line, node.lc.col
        for key in loc:
            try:
                if isinstance(node, CommentedMap) and key in node and at_key and key == loc[-1]:
                    line, col = node.lc.key(key)
                    break
                if isinstance(node, CommentedMap) and key in node:
                    line, col = node.lc.value(key) if not isinstance(node[key], (CommentedMap, CommentedSeq)) \
                        else node.lc.key(key)
                    if isinstance(node[key], (CommentedMap, CommentedSeq)) and node[key].lc.line is not None:
                        line, col = node[key].lc.line, node[key].lc.col
                    node = node[key]
                elif isinstance(node, CommentedSeq) and isinstance(key, int) and 0 <= key < len(node):
                    line, col = node.lc.item(key)
                    node = node[key]
                elif isinstance(node, CommentedMap) and isinstance(key, str):
                    # an unknown or missing field: point at the mapping itself
                    break
                else:
                    break
            except (KeyError, IndexError, TypeError, AttributeError):
                break
        return line + 1 + self.line_offset, col + 1

    def where(self, loc: tuple[Any, ...], field_name: str, at_key: bool = False) -> tuple[str, int, int, str]:
        """The file, line, column and field name a problem at `loc` is reported under: the
        field's path from the top of the file, naming its record (`claims[3].period`; in
        JSON Lines the record's line, `line 4.period`). A table's row answers with the cell
        or mapping entry the field came from."""
        if loc:
            field_name = field_path(loc)
        if self.path.endswith(".jsonl"):   # the record is the line
            field_name = f"line {self.line_offset + 1}" + (f".{field_name}" if loc else "")
        return (self.path, *self.position(loc, at_key), field_name)


def field_path(loc: tuple[Any, ...]) -> str:
    """`('claims', 3, 'change', 'base')` as `claims[3].change.base`."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


class _Constructor(RoundTripConstructor):
    """Round-trip YAML that keeps dates as text, so a bad date is a located field error."""


_Constructor.add_constructor("tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node))


def _yaml() -> YAML:
    y = YAML(typ="rt", pure=True)
    y.Constructor = _Constructor
    y.allow_duplicate_keys = False
    return y


try:  # libyaml's parser (ruamel.yaml.clib), building the same line-aware nodes as the pure one
    from ruamel.yaml.cyaml import CParser
    from ruamel.yaml.resolver import VersionedResolver

    class _CLoader(CParser, _Constructor, VersionedResolver):
        """The round-trip constructor on libyaml's parser: the same values and positions as
        the pure parser (tests/test_loading_speed.py compares them) several times faster.
        Any problem is left to the pure parser to report (see _parse)."""

        def __init__(self, stream: str) -> None:
            CParser.__init__(self, stream)
            self._parser = self._composer = self
            _Constructor.__init__(self, loader=self)
            VersionedResolver.__init__(self, loadumper=self)
            self.allow_duplicate_keys = False
            self.comment_handling = None
            self.preserve_quotes = None

    def _fast_yaml(text: str) -> Any:
        loader = _CLoader(text)
        try:
            return loader.get_single_data()
        finally:
            loader.dispose()
except ImportError:  # pragma: no cover - no C parser: the pure one reads everything
    _fast_yaml = None


MAX_FILE_BYTES = 256 * 1024 * 1024   # a claim file or table; a larger corpus is split over files in a folder


def read_text(path: Path, problems: list[Problem], hint: str = "save the file as UTF-8") -> str | None:
    """A claim file's or a table's text (UTF-8, a byte-order mark allowed), or None after
    saying why: unreadable, larger than MAX_FILE_BYTES, or not UTF-8 (located at the line and
    column of the bad byte)."""
    name = str(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            problems.append(Problem(file=name, code="file-too-large",
                                    message=f"the file is larger than {MAX_FILE_BYTES >> 20} MiB",
                                    hint="split the claims into several files in a folder and audit the folder"))
            return None
        raw = path.read_bytes()
    except OSError as exc:
        problems.append(Problem(file=name, code="file-unreadable", message=exc.strerror or str(exc),
                                hint="check the path and permissions"))
        return None
    try:
        return raw.decode("utf-8-sig")   # a spreadsheet's "CSV UTF-8" starts with a byte-order mark
    except UnicodeDecodeError as exc:
        before = raw[:exc.start]
        line = before.count(b"\n") + 1
        column = len(before[before.rfind(b"\n") + 1:].decode("utf-8", "replace")) + 1
        problems.append(Problem(file=name, line=line, column=column, code="file-encoding",
                                input=raw[exc.start:exc.start + 4].hex(" "),
                                message=f"not UTF-8 text: byte {exc.start} cannot start or continue a character "
                                        "(a file saved as Latin-1 or Windows-1252?)", hint=hint))
        return None


def read_documents(path: Path, problems: list[Problem]) -> list[Document]:
    """Parse one claim file; syntax problems go to `problems` with their position."""
    if path.suffix == ".jsonl":
        return list(read_lines(path, problems))
    name = str(path)
    text = read_text(path, problems)
    if text is None:
        return []
    if not text or text.isspace():
        problems.append(_empty(name))
        return []
    if path.suffix == ".json":
        data = _json(text)
        if data is not _NOT_JSON and data is not None:
            return [Document(name, data, text=text)]
    data = _parse(text, name, problems)
    if data is None:
        return []
    return [Document(name, data)]


def read_lines(path: Path, problems: list[Problem]) -> Iterator[Document]:
    """The records of a JSON Lines file, one at a time, as read_documents gives them: a
    loader that takes each record as it comes never holds every line's parsed mapping at
    once (a million of them are about half a gigabyte)."""
    return as_documents(read_line_chunks(path, problems))


class JsonLines:
    """A JSON Lines file's lines, kept while it is loaded: a record read in a chunk (see
    read_line_chunks) has no Document until a problem in it is to be located."""

    __slots__ = ("path", "texts")

    def __init__(self, path: str, texts: list[str]) -> None:
        self.path, self.texts = path, texts

    def document(self, index: int) -> Document:
        """The record on line `index` (0-based) as read_lines gives it."""
        text = self.texts[index]
        return Document(self.path, _json_loads(text), line_offset=index, text=text)


@dataclass(slots=True)
class Chunk:
    """Lines `start` to `start + len(records)` of a JSON Lines file, every one a JSON object
    read by the JSON parser, none with a key written twice or a NUL escaped in its text:
    the records read_lines would give as Documents (data, the line's text), without the
    Documents."""

    lines: JsonLines
    start: int
    records: list[dict]


CHUNK = 4096   # lines read and checked at once by read_line_chunks


def read_line_chunks(path: Path, problems: list[Problem]) -> Iterator[Document | Chunk]:
    """A JSON Lines file's records as read_lines gives them, but a few thousand lines at a
    time: a run of lines that are all JSON objects with no repeated key and no escaped NUL
    (nearly every file) is one Chunk of parsed records, checked by a few calls over the
    whole run (_plain_chunk); the lines of any other run are read one by one, each record a
    Document, exactly as read_lines reads them."""
    name = str(path)
    text = read_text(path, problems)
    if text is None:
        return
    if not text or text.isspace():
        problems.append(_empty(name))
        return
    texts = text.splitlines()
    del text
    lines = JsonLines(name, texts)
    found = False
    for start in range(0, len(texts), CHUNK):
        run = texts[start:start + CHUNK]
        records = _plain_chunk(run)
        if records is not None:
            found = True
            yield Chunk(lines, start, records)
            continue
        for i, line in enumerate(run, start):
            doc = _line_document(name, line, i, problems)
            if doc is not None:
                found = True
                yield doc
    if not found and not problems:
        problems.append(Problem(file=name, line=1, column=1, code="file-empty", message="no records",
                                hint="write one JSON object per line"))


def as_documents(items: Iterable[Document | Chunk]) -> Iterator[Document]:
    """read_line_chunks's records each as a Document, every line of a chunk read again on
    its own as read_lines reads it (the record-by-record path, which tests compare with)."""
    for item in items:
        if type(item) is Chunk:
            for i in range(item.start, item.start + len(item.records)):
                doc = _line_document(item.lines.path, item.lines.texts[i], i, [])
                if doc is not None:
                    yield doc
        else:
            yield item


def _line_document(name: str, line: str, i: int, problems: list[Problem]) -> Document | None:
    """Line `i` of a JSON Lines file as a Document, None when it is blank, 'null' (skipped as
    the YAML reader skips it), or unreadable (its problem said)."""
    if not line or line.isspace():
        return None
    data = _json(line)
    if data is not _NOT_JSON:
        return Document(name, data, line_offset=i, text=line) if data is not None else None
    data = _parse(line, name, problems, line_offset=i)
    return Document(name, data, line_offset=i) if data is not None else None


def _plain_chunk(texts: list[str]) -> list[dict] | None:
    """The records of `texts` (lines of a JSON Lines file) when _json reads every line as a
    JSON object and none escapes a NUL (`\\u0000`); else None, and the lines are read one by one.

    Checked for the whole run at once, by the JSON parser and a few counts: a line that is
    blank or not JSON stops the parser; the records written back as JSON hold a `":` for
    each key they keep and for nothing else when no string holds a double quote (an escaped
    `\\"` in the writing, which sends the run down the slow path). Every key written in a
    line is followed by a colon, so a line holds at least as many colons as the keys it
    keeps; when the lines hold as many colons as the records keep keys, each line holds as
    many as its record keeps: no key was merged, no string holds a colon, and _json reads
    every line to the same record."""
    try:
        records = list(map(_json_loads, texts))
    except ValueError:
        return None
    if not records or set(map(type, records)) != {dict}:
        return None
    if sum(map(str.count, texts, repeat("\\u0000"))):
        return None
    try:
        written = _json_dumps(records)
    except (TypeError, ValueError):   # pragma: no cover - what the parser read, it writes
        return None
    if b'\\"' in written or sum(map(str.count, texts, repeat(":"))) != written.count(b'":'):
        return None
    return records


def _empty(name: str) -> Problem:
    return Problem(file=name, line=1, column=1, code="file-empty", message="the file is empty",
                   hint="add 'sources:' and/or 'claims:' (see docs/claim-files.md), or remove the file")


_NOT_JSON = object()


def _json(text: str) -> Any:
    """`text` read by the JSON parser, or _NOT_JSON when the line-aware reader must read it:
    it is not JSON (YAML in a .json file, a comment line), or it may repeat a key, which
    the JSON parser would merge silently where the YAML reader reports it."""
    try:
        data = _json_loads(text)
    except ValueError:
        return _NOT_JSON
    # every key written is followed by a colon, and written `"key":` (or `"key" :`); such text
    # inside a string adds to a count. So when the text holds as many colons as the keys read
    # (most records: no colon in any string), or as many key ends, no key was merged.
    keys = _keys(data)
    if text.count(":") != keys and _written_keys(text) != keys:
        return _NOT_JSON
    return data


def _written_keys(text: str) -> int:
    """How many key ends `"...":` the text holds, with or without blanks before the colon
    (such text inside a string counts too)."""
    return text.count('":') + len(_KEY_GAP.findall(text))


_KEY_GAP = re.compile(r'"[ \t\r\n]+:')   # a key's end written with blanks before its colon


def _keys(value: Any) -> int:
    """How many keys the JSON parser's `value` holds, nested ones included."""
    if type(value) is dict:
        count, inner = len(value), value.values()
    elif type(value) is list:
        count, inner = 0, value
    else:
        return 0
    for v in inner:
        if type(v) is dict or type(v) is list:
            count += _keys(v)
    return count


MAX_EXPANSION = 100          # aliases may repeat a file's nodes this many times over, at most
_ANCHOR, _ALIAS = re.compile(r"&[^\s\[\]{},]"), re.compile(r"\*[^\s\[\]{},]")


def _alias_bomb(text: str, name: str, line_offset: int) -> Problem | None:
    """A file whose aliases expand to far more nodes than it holds ("billion laughs": a few
    lines, nine levels of aliases) is refused before it is built, which would take minutes
    and gigabytes. Counted from the parser's events, which never expand an alias; only files
    that seem to hold both an anchor and an alias are counted."""
    if not (_ANCHOR.search(text) and _ALIAS.search(text)):
        return None
    from ruamel.yaml.events import AliasEvent, CollectionEndEvent, CollectionStartEvent, NodeEvent
    sizes: dict[str, int] = {}
    stack: list[list] = []       # [anchor, size so far] of each open collection
    events = total = 0
    try:
        for event in YAML(typ="rt", pure=True).parse(io.StringIO(text)):
            events += 1
            if isinstance(event, CollectionStartEvent):
                stack.append([event.anchor, 1])
                continue
            if isinstance(event, CollectionEndEvent):
                anchor, size = stack.pop()
                if anchor:
                    sizes[anchor] = size
            elif isinstance(event, AliasEvent):
                size = sizes.get(event.anchor, 1)
            elif isinstance(event, NodeEvent):   # a scalar
                size = 1
                if event.anchor:
                    sizes[event.anchor] = 1
            else:
                continue
            if stack:
                stack[-1][1] += size
            else:
                total += size
            if max(total, stack[0][1] if stack else 0) > MAX_EXPANSION * (events + 1000):
                mark = getattr(event, "start_mark", None)
                return Problem(file=name, line=(mark.line + 1 + line_offset) if mark else 0,
                               column=(mark.column + 1) if mark else 0, code="syntax",
                               message="its aliases expand to more than a hundred times the nodes the file "
                                       "holds (an alias bomb), so it is not read",
                               hint="write the records out instead of repeating them through anchors and aliases")
    except Exception:   # a syntax error: the parser reports it, located, as always
        return None
    return None


def _parse(text: str, name: str, problems: list[Problem], line_offset: int = 0) -> Any:
    bomb = _alias_bomb(text, name, line_offset)
    if bomb is not None:
        problems.append(bomb)
        return None
    if _fast_yaml is not None:
        try:
            return _fast_yaml(text)
        except Exception:
            pass   # read again by the pure parser, which says what is wrong, and where, as always
    try:
        return _yaml().load(io.StringIO(text))
    except MarkedYAMLError as exc:
        problems.append(_syntax_problem(exc, name, line_offset))
    except YAMLError as exc:
        position = getattr(exc, "position", None)   # a character YAML does not allow (a control, a NUL)
        if isinstance(position, int) and 0 <= position <= len(text):
            before = text[:position]
            problems.append(Problem(file=name, line=before.count("\n") + 1 + line_offset,
                                    column=position - before.rfind("\n"), code="syntax",
                                    message=f"the file is not valid YAML/JSON: the character "
                                            f"{ascii(text[position:position + 1])} is not allowed ({getattr(exc, 'reason', '')})",
                                    hint="remove the character, or write it as an escape inside double quotes"))
        else:
            problems.append(Problem(file=name, code="syntax", message=f"the file is not valid YAML/JSON: {exc}",
                                    hint="fix the syntax"))
    except RecursionError:
        problems.append(Problem(file=name, line=1, column=1, code="syntax",
                                message="the file nests lists and mappings too deeply to read",
                                hint="a claim file is two levels deep: 'sources:'/'claims:' and their records"))
    except Exception as exc:  # ruamel raises a few non-YAMLError exceptions on odd input
        mark = _complex_key(text)
        if mark is not None:   # a list or mapping as a mapping's key: ruamel's TypeError says only "unhashable"
            problems.append(Problem(file=name, line=mark.line + 1 + line_offset, column=mark.column + 1,
                                    code="syntax", message="a mapping's key is a list or a mapping",
                                    hint="a key is a plain name such as 'claims' or 'value'; "
                                         "remove the '?', brackets or braces around it"))
        else:
            problems.append(Problem(file=name, code="syntax", message=f"the file cannot be parsed: {exc}",
                                    hint="fix the syntax"))
    return None


_OPENED = (("quoted scalar", "the quoted text"), ("flow mapping", "the '{'"), ("flow sequence", "the '['"),
           ("block mapping", "the mapping"), ("block collection", "the list"))


def _syntax_problem(exc: MarkedYAMLError, name: str, line_offset: int) -> Problem:
    """The parser's complaint, located and explained: a quote, bracket or brace left open is
    located where it opens (the parser notices only at the end of the file, or of the line),
    a key written twice at its second writing."""
    mark = exc.problem_mark or exc.context_mark
    what = (exc.problem or exc.context or "malformed").strip()
    lines = name.endswith(".jsonl")
    hint = ("write each record as one JSON object on one line: every quote, bracket and brace closed on it"
            if lines else "fix the syntax at this position (indentation, quotes, a missing ':')")
    message = f"the file is not valid YAML/JSON: {what}"
    code = "syntax"
    if ("end of stream" in what or "<stream end>" in what) and exc.context_mark is not None and exc.context:
        mark = exc.context_mark
        context = exc.context.strip()
        opened = next((text for words, text in _OPENED if words in context), "something")
        message = f"{'the line' if lines else 'the file'} ends before {opened} that opens here is closed"
        hint = "close it: a quote with its closing quote, a '[' with ']', a '{' with '}'"
    elif type(exc).__name__ == "DuplicateKeyError":
        found = re.search(r'duplicate key "([^"]*)" with value "([^"]*)" \(original value: "([^"]*)"\)', what)
        code = "key-duplicate"
        message = (f"the key '{found.group(1)}' is written twice in this mapping (first '{found.group(3)}', "
                   f"then '{found.group(2)}')") if found else f"a key is written twice in this mapping: {what}"
        hint = "keep one of them: a field has one value"
    return Problem(file=name, line=(mark.line + 1 + line_offset) if mark else 0, column=(mark.column + 1) if mark else 0,
                   code=code, message=message, hint=hint)


def _complex_key(text: str):
    """Where the first key that is a list or a mapping starts (a node's start mark), or None."""
    from ruamel.yaml.nodes import MappingNode, ScalarNode
    try:
        stack = list(YAML(typ="rt").compose_all(io.StringIO(text)))
    except Exception:
        return None
    while stack:
        node = stack.pop()
        if isinstance(node, MappingNode):
            for key, value in node.value:
                if not isinstance(key, ScalarNode):
                    return key.start_mark
                stack.append(value)
        elif node is not None and not isinstance(node, ScalarNode):
            stack.extend(node.value)
    return None


def table_of(path: Path) -> Path | None:
    """The table a mapping file beside it describes (`homicides.csv.yaml`), if it is there."""
    for suffix in (".yaml", ".yml"):
        if path.name.endswith(".csv" + suffix) and path.with_name(path.name[:-len(suffix)]).is_file():
            return path.with_name(path.name[:-len(suffix)])
    return None


def claim_files(paths: list[Path], problems: list[Problem]) -> list[Path]:
    """Expand folders into their claim files and tables, sorted; report paths that do not
    exist. A table's mapping file is read with its table, never as a claim file."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.suffix in CLAIM_FILE_SUFFIXES and f.is_file()
                              and not any(part.startswith(".") for part in f.relative_to(p).parts)
                              and table_of(f) is None))
        elif p.is_file():
            out.append(table_of(p) or p)
        else:
            problems.append(Problem(file=str(p), code="path-missing", message="no such file or folder",
                                    hint="check the path: a claim file, a table, or a folder holding them"))
    return list(dict.fromkeys(out))   # a table named with its mapping file is read once
