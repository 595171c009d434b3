"""Official tables: a CSV file of figures read as claims, every problem located at its cell.

A table in the long shape has the columns source, metric, place, period and value (and may
have id, note and quote): one figure a row. A table of another shape is read through a
mapping file beside it, `<table>.csv.yaml`, which gives a field for every row
(`source: kcpd-2024`), names the column a field is read from (`period: {column: year}`),
or reads one figure per column (`wide: {columns: [2019, 2020], as: period}`). Each figure
is a claim of its source with the attribution `document`, said by the source's publisher;
the rest of the pipeline sees ordinary Claim records. A problem is located at the cell it
is in (the CSV line, the 1-based column, the column's header as the field), or at the
mapping entry that gave the field.

Read with the standard library's csv module: a loader needs no dataframe library, and
every cell is read as the text it is (a figure keeps its written precision).
"""

from __future__ import annotations

import csv
import difflib
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping, NamedTuple

from pydantic import ValidationError

from auditor.errors import Problem, house_style, nearest
from auditor.loading import vocabulary
from auditor.loading.documents import Document, read_documents, read_text
from auditor.models import Claim, Source
from auditor.pack import Pack
from auditor.periods import PeriodPhraseError, resolve_period_phrase

REQUIRED = ("source", "metric", "place", "period", "value")
OPTIONAL = ("id", "note", "quote")
FIELDS = REQUIRED + OPTIONAL
PER_ROW = ("id", "value")                 # never the same for every row: read from a column
WIDE_FIELDS = ("period", "metric", "place")   # what the header of a figure-per-column table may give
MAPPING_SUFFIXES = (".yaml", ".yml")
DOCS = "see docs/claim-files.md, 'Official tables (CSV)'"


class Cell(NamedTuple):
    """Where a claim field's text comes from: a table cell (CSV line, 1-based column, the
    column's header) or a mapping file's entry (line, column, the key)."""

    file: str
    line: int
    column: int
    name: str

    def named(self, cell: "Cell") -> str:
        """The field name of a problem in `cell`, this being its row: the row and the column's
        header (`row 3.period`, `row 3` for the row itself); a mapping file's entry by its key."""
        if cell.file != self.file:
            return cell.name
        return f"row {self.line}" + ("" if cell.name == "row" and cell.column == self.column else f".{cell.name}")


class Given(NamedTuple):
    """The text of a claim field and where it was given."""

    text: str
    cell: Cell


class Wide(NamedTuple):
    """A table with one figure per column: the claim field each column's header gives, and
    for each such column its index and the text it stands for."""

    field: str
    columns: tuple[tuple[int, Given], ...]


@dataclass(frozen=True)
class Layout:
    """How a table's rows give a claim's fields: the same text for every row (from the
    mapping file), or the 0-based index of the column it is read from."""

    fixed: dict[str, Given]
    columns: dict[str, int]
    wide: Wide | None = None


@dataclass
class TableRow(Document):
    """One figure of a table, as the loader's cross-file checks see it: each claim field is
    located at the cell or mapping entry it came from; anything else at the row."""

    cells: dict[str, Cell] = field(default_factory=dict)
    row: Cell = Cell("", 0, 0, "row")

    def where(self, loc: tuple[Any, ...], field_name: str, at_key: bool = False) -> tuple[str, int, int, str]:
        cell = self.cells.get(loc[0], self.row) if loc else self.row
        return cell.file, cell.line, cell.column, self.row.named(cell)

    def position(self, loc: tuple[Any, ...], at_key: bool = False) -> tuple[int, int]:
        _, line, column, _ = self.where(loc, "")
        return line, column


def read_table(path: Path, sources: Mapping[str, Any], problems: list[Problem],
               pack: Pack) -> list[tuple[Claim, TableRow]]:
    """The claims of one table, each with the row that locates its fields; problems go to
    `problems`. `sources`: the source ids the claim files declare, each with its Source
    (any other record when the source has errors of its own: its rows are checked, not kept)."""
    read = _read_csv(path, problems)
    if read is None:
        return []
    header_line, header, rows = read
    layout = _layout(path, header_line, header, problems)
    if layout is None:
        return []
    out = []
    for line, cells in rows:
        for row in _figures(path, line, cells, header, layout, problems):
            claim = _claim(row, sources, problems, pack)
            if claim is not None:
                out.append((claim, row))
    return out


# --- the CSV file -------------------------------------------------------------------------

def _read_csv(path: Path, problems: list[Problem]) -> tuple[int, list[str], list[tuple[int, list[str]]]] | None:
    """(header line, header, [(line, cells)]) with cells stripped and blank lines left out."""
    name = str(path)
    text = read_text(path, problems, hint="save the table as UTF-8 (\"CSV UTF-8\" in a spreadsheet's 'Save as')")
    if text is None:
        return None
    rows: list[tuple[int, list[str]]] = []
    line = 1
    try:
        reader = csv.reader(io.StringIO(text, newline=""), strict=True)
        for cells in reader:
            if any(c.strip() for c in cells):
                rows.append((line, [c.strip() for c in cells]))
            line = reader.line_num + 1
    except csv.Error as exc:
        problems.append(Problem(file=name, line=line, column=1, code="syntax",
                                message=f"the file is not valid CSV: {exc}",
                                hint='put a cell holding a comma, a quote or a line break in double quotes ("1,234")'))
        return None
    if not rows:
        problems.append(Problem(file=name, line=1, column=1, code="file-empty", message="the table is empty",
                                hint=f"write a header ({','.join(REQUIRED)}) and one row per figure, "
                                     "or remove the file"))
        return None
    (header_line, header), *body = rows
    if not body:
        problems.append(Problem(file=name, line=header_line, column=1, code="file-empty",
                                message="the table has a header but no rows",
                                hint="add one row per figure, or remove the file"))
        return None
    return header_line, header, body


def _layout(path: Path, header_line: int, header: list[str], problems: list[Problem]) -> Layout | None:
    """How the table is read: its own header, and its mapping file if it has one. None when
    either is wrong (every row would repeat the error)."""
    name = str(path)
    before = len(problems)
    index: dict[str, int] = {}
    for i, title in enumerate(header):
        if not title:
            continue
        if title in index:
            problems.append(Problem(file=name, line=header_line, column=i + 1, code="column-duplicate",
                                    field=title, message=f"column '{title}' is also column {index[title] + 1}",
                                    hint="give every column a distinct name"))
        else:
            index[title] = i
    mapping = _mapping_file(path)
    fixed: dict[str, Given] = {}
    columns: dict[str, int] = {}
    wide = None
    if mapping is not None:
        docs = read_documents(mapping, problems)
        if not docs:
            return None
        read = _read_mapping(docs[0], name, header_line, index, problems)
        if read is None:
            return None
        fixed, columns, wide = read
    from_wide = {wide.field, "value"} if wide else set()
    for key in FIELDS:
        if key in fixed or key in columns or key in from_wide:
            continue
        if key in index:
            columns[key] = index[key]
        elif key in REQUIRED:
            problems.append(_column_missing(name, header_line, key, index, mapping))
    return Layout(fixed, columns, wide) if len(problems) == before else None


def _mapping_file(path: Path) -> Path | None:
    for suffix in MAPPING_SUFFIXES:
        candidate = path.with_name(path.name + suffix)
        if candidate.is_file():
            return candidate
    return None


def _column_missing(name: str, header_line: int, key: str, index: dict[str, int], mapping: Path | None) -> Problem:
    guess = difflib.get_close_matches(key, list(index), n=1)
    mapping_name = mapping.name if mapping else f"{Path(name).name}.yaml"
    hint = f"rename the column '{guess[0]}' to '{key}' if that is the one meant, or " if guess else "add the column, or "
    hint += (f"say where '{key}' is in {mapping_name}: '{key}: {{column: NAME}}'"
             + (", or a value for every row" if key not in PER_ROW else "") + f" ({DOCS})")
    return Problem(file=name, line=header_line, column=1, code="column-missing", field=key,
                   message=f"the table has no column '{key}' (its columns: {', '.join(index) or 'none'})",
                   hint=hint)


# --- the mapping file ---------------------------------------------------------------------

def _read_mapping(doc: Document, table: str, header_line: int, index: dict[str, int],
                  problems: list[Problem]) -> tuple[dict[str, Given], dict[str, int], Wide | None] | None:
    """A table's mapping file: each claim field a value for every row or `{column: NAME}`,
    and `wide`; every problem located in the mapping file. None when it has problems."""
    before = len(problems)

    def problem(loc: tuple[Any, ...], code: str, message: str, hint: str, value: Any = None,
                at_key: bool = False) -> None:
        line, column = doc.position(loc, at_key)
        problems.append(Problem(file=doc.path, line=line, column=column, code=code, field=_dotted(loc),
                                input=None if value is None else _show(value), message=message, hint=hint))

    data = doc.data
    if not isinstance(data, dict):
        problem((), "mapping-invalid", "a table's mapping file is a mapping from claim fields to columns",
                f"write e.g. 'source: kcpd-2024' and 'period: {{column: year}}' ({DOCS})")
        return None
    fixed: dict[str, Given] = {}
    columns: dict[str, int] = {}
    for key, value in data.items():
        if key == "wide":
            continue
        if key not in FIELDS:
            guess = difflib.get_close_matches(str(key), [*FIELDS, "wide"], n=1)
            problem((key,), "field-unknown", f"unknown key '{key}'",
                    nearest(guess[0], "key") + ", or remove it" if guess else
                    f"remove it; the keys are {', '.join(FIELDS)} and wide",
                    at_key=True)
        elif isinstance(value, dict) and list(value) == ["column"] and _scalar(value["column"]):
            title = _text(value["column"])
            if title in index:
                columns[key] = index[title]
            else:
                problem((key, "column"), "column-missing", f"the table has no column '{title}'",
                        _header_hint(title, index), value=title)
        elif _scalar(value) and key not in PER_ROW:
            line, column = doc.position((key,))
            fixed[key] = Given(_text(value), Cell(doc.path, line, column, key))
        else:
            problem((key,), "mapping-invalid",
                    f"'{key}' must name the column it is read from" + ("" if key in PER_ROW else
                                                                      ", or be one value for every row"),
                    f"write '{key}: {{column: NAME}}'" + ("" if key in PER_ROW else ", or the value itself"),
                    value=value)
    wide = None
    if "wide" in data:
        wide = _read_wide(doc, data["wide"], table, header_line, index, problem)
        as_field = data["wide"].get("as") if isinstance(data["wide"], dict) else None
        for key in (as_field, "value") if as_field in WIDE_FIELDS else ():
            if key in data:
                problem((key,), "mapping-invalid", f"'{key}' is given by wide.columns",
                        f"remove '{key}' here: with 'wide: {{as: {as_field}}}' each column's header gives "
                        f"the {as_field} and its cells the values", at_key=True)
    return (fixed, columns, wide) if len(problems) == before else None


def _read_wide(doc: Document, value: Any, table: str, header_line: int, index: dict[str, int],
               problem) -> Wide | None:
    shape_hint = "write e.g. 'wide: {columns: [2019, 2020, 2021], as: period}'"
    if not isinstance(value, dict):
        problem(("wide",), "mapping-invalid", "'wide' says which columns hold one figure each, and what their "
                "headers are", shape_hint, value=value)
        return None
    for key in value:
        if key not in ("columns", "as"):
            problem(("wide", key), "field-unknown", f"unknown key '{key}'", "remove it; the keys of 'wide' are columns and as",
                    at_key=True)
    as_field = value.get("as")
    if as_field not in WIDE_FIELDS:
        problem(("wide", "as") if "as" in value else ("wide",), "choice-invalid",
                "'as' says what each column's header is" + ("" if "as" in value else ", and it is missing"),
                f"write one of {', '.join(WIDE_FIELDS)}", value=as_field)
    given = value.get("columns")
    entries: list[tuple[int, Given]] = []
    if isinstance(given, list) and given and all(_scalar(c) for c in given):
        for i, title in enumerate(given):
            title = _text(title)
            if title not in index:
                problem(("wide", "columns", i), "column-missing", f"the table has no column '{title}'",
                        _header_hint(title, index), value=title)
            else:
                entries.append((index[title], Given(title, Cell(table, header_line, index[title] + 1, title))))
    elif isinstance(given, dict) and given and all(_scalar(k) and _scalar(v) for k, v in given.items()):
        for key, text in given.items():
            title = _text(key)
            if title not in index:
                problem(("wide", "columns", key), "column-missing", f"the table has no column '{title}'",
                        _header_hint(title, index), value=title, at_key=True)
            else:
                line, column = doc.position(("wide", "columns", key))
                entries.append((index[title], Given(_text(text), Cell(doc.path, line, column,
                                                                      f"wide.columns.{title}"))))
    else:
        problem(("wide", "columns") if "columns" in value else ("wide",), "mapping-invalid",
                "'columns' lists the table's columns that hold one figure each",
                shape_hint + ", or {Homicides: homicides, Shootings: nonfatal_shootings} to say what "
                             "each header stands for", value=given)
        return None
    if as_field not in WIDE_FIELDS or len(entries) < len(given):
        return None
    return Wide(as_field, tuple(entries))


def _header_hint(title: str, index: dict[str, int]) -> str:
    guess = difflib.get_close_matches(title, list(index), n=1)
    return nearest(guess[0], "column") if guess else \
        f"write one of the table's columns: {', '.join(index) or 'none'}"


# --- rows into claims ---------------------------------------------------------------------

def _figures(path: Path, line: int, cells: list[str], header: list[str], layout: Layout,
             problems: list[Problem]) -> list[TableRow]:
    """The figures of one row, each as the record of a claim and where its fields are."""
    name = str(path)
    row = Cell(name, line, 1, "row")
    if any(cells[len(header):]):   # a trailing empty cell (a comma at the end) is harmless
        problems.append(Problem(file=name, line=line, column=len(header) + 1, code="row-invalid", field=f"row {line}",
                                message=f"the row has {len(cells)} cells, the header {len(header)} columns",
                                hint='put a cell holding a comma in double quotes ("1,234"), '
                                     "or name the extra column in the header"))
        return []
    base = dict(layout.fixed)
    for key, i in layout.columns.items():
        base[key] = Given(cells[i] if i < len(cells) else "", Cell(name, line, i + 1, header[i]))
    if layout.wide is None:
        figures: list[dict[str, Given]] = [base]
    else:
        figures = [{**base, layout.wide.field: label, "value": Given(cells[i], Cell(name, line, i + 1, header[i]))}
                   for i, label in layout.wide.columns if i < len(cells) and cells[i]]   # an empty cell: no figure
    out = []
    for given in figures:
        empty = [key for key in REQUIRED if not given[key].text]
        for key in empty:
            cell = given[key].cell
            problems.append(Problem(file=cell.file, line=cell.line, column=cell.column, code="cell-empty",
                                    field=row.named(cell), message=f"the cell is empty: each figure needs its {key}",
                                    hint=f"write the {key} of this row's figure, or remove the row"))
        if empty:
            continue
        text = {key: g.text for key, g in given.items() if g.text}
        claim_id = text.get("id") or f"{path.stem}:{line}"
        if layout.wide is not None:
            claim_id += f":{header[given['value'].cell.column - 1]}"
        record = {
            "id": claim_id, "source": text["source"], "metric": text["metric"], "place": text["place"],
            "period": text["period"], "value": text["value"], "attribution": "document",
            "quote": text.get("quote") or f"{text['metric']}, {text['place']}, {text['period']}: {text['value']}",
        }
        if "note" in text:
            record["note"] = text["note"]
        located = {key: g.cell for key, g in given.items()}
        if "id" not in located:
            located["id"] = row
        out.append(TableRow(path=name, data=record, cells=located, row=row))
    return out


def _claim(row: TableRow, sources: Mapping[str, Any], problems: list[Problem], pack: Pack) -> Claim | None:
    """The row's claim, said by its source's publisher; None when it has problems, which go to
    `problems` (every one of them: its source and each field)."""
    record = dict(row.data)
    sid = record["source"]
    source = sources.get(sid)
    if sid not in sources:
        guess = difflib.get_close_matches(sid, list(sources), n=1)
        problems.append(_problem(row, ("source",), "source-missing", f"no source has the id '{sid}'",
                                 nearest(guess[0], "source") if guess else
                                 "declare the source under 'sources:' in a claim file (kind: dataset)", sid))
    if isinstance(source, Source):
        record["speaker"] = source.publisher
    try:
        claim = Claim.model_validate(record, context={"pack": pack, "vocabulary": vocabulary.for_pack(pack)})
    except ValidationError as exc:
        for err in exc.errors():
            ctx = err.get("ctx") or {}
            code = err["type"] if "-" in err["type"] else "invalid"
            message = ctx.get("message") or err["msg"].removeprefix("Value error, ")
            problems.append(_problem(row, tuple(err["loc"]), code, message, ctx.get("hint") or DOCS,
                                     err.get("input")))
        _check_period(row, record["period"], sid in sources and source, None, problems, pack)
        return None
    if not isinstance(source, Source):   # its period is checked as far as what is known of its source allows
        _check_period(row, claim.period, sid in sources and source, pack.fiscal_year(claim.place), problems, pack)
        return None
    if source.kind == "dataset" and claim.value is not None and claim.value.qualifier == "exact" \
            and "exactly" in pack.qualifiers:
        # an official table's figure is the count itself, never a rounded one (rules/qualifiers.yaml)
        claim = claim.model_copy(update={"value": claim.value.model_copy(update={"qualifier": "exactly"})})
    for day in sorted({source.published.earliest, source.published.latest}):
        try:
            resolve_period_phrase(claim.period, day, None, pack.fiscal_year(claim.place))
        except PeriodPhraseError as exc:
            problems.append(_period_problem(row, str(exc), claim.period))
            return None
    return claim


def _period_problem(row: TableRow, why: str, period: str) -> Problem:
    # a row stands on its own: "that year" would depend on the order of the rows
    return _problem(row, ("period",), "period-invalid", why,
                    "a row's period stands on its own: write e.g. '2022', '2022-08' or '2022-01-01/2022-06-30'",
                    period)


def _check_period(row: TableRow, period: str, source: Any, fiscal: Any, problems: list[Problem], pack: Pack) -> None:
    """The period of a row that is not kept (it, or its source, has errors of its own), checked
    on its source's publication days when they can be read, else only for what no day can change
    (the source missing, or its date unreadable); `fiscal` None when the row's place is not known."""
    from auditor.loading.corpus import _fiscals, _read_dayless, _read_on, publication_days
    days = publication_days(source) if source else None
    fiscals = _fiscals(pack, row.data.get("place")) if fiscal is None else (fiscal,)
    for day in days or (None,):
        if day is None:
            why = _read_dayless(period, fiscals, alone=True)
        else:
            why = _read_on(period, day, None, fiscals)[1]
        if why is not None:
            problems.append(_period_problem(row, why, period))
            return


def _problem(row: TableRow, loc: tuple[Any, ...], code: str, message: str, hint: str, value: Any = None) -> Problem:
    file, line, column, name = row.where(loc, "")
    message, hint = house_style(message, hint)
    return Problem(file=file, line=line, column=column, code=code, field=name,
                   input=_show(value) if isinstance(value, (str, int, float)) else None, message=message, hint=hint)


def _scalar(value: Any) -> bool:
    return isinstance(value, (str, int, float)) and not isinstance(value, bool) and str(value).strip() != ""


def _text(value: Any) -> str:
    return str(value).strip()


def _show(value: Any) -> str:
    text = str(value) if not isinstance(value, (dict, list)) else ("{...}" if isinstance(value, dict) else "[...]")
    return text if len(text) <= 80 else text[:77] + "..."


def _dotted(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out
