"""Official tables: CSV files of figures read as claims (auditor/loading/tables.py), in the
long shape or through a mapping file, with every problem located at its cell."""

import shutil
from pathlib import Path

import pytest

import auditor
from auditor import InputError, load_claims
from auditor.engine.suspects import voice_of

DESK = Path(__file__).parent / "data" / "tables" / "desk"
HEADER = "source,metric,place,period,value\n"
SOURCES = """sources:
  - {id: bpd-annual-2023, title: T, publisher: Birmingham Police Department, kind: dataset, published: 2023-02-01}
  - {id: kcpd-2024, title: T, publisher: KCPD, kind: dataset, published: 2024-01-15}
"""


@pytest.fixture
def desk(tmp_path):
    """A folder with the claims file of the desk fixture, to add tables to."""
    (tmp_path / "claims.yaml").write_text(SOURCES, encoding="utf-8")
    return tmp_path


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def problems_of(*paths) -> list:
    with pytest.raises(InputError) as info:
        load_claims([str(p) for p in paths])
    return info.value.problems


def only(problems, code):
    found = [p for p in problems if p.code == code]
    assert len(found) == 1, [p.render() for p in problems]
    return found[0]


# --- good tables ------------------------------------------------------------------------------

def test_a_folder_with_a_long_table_a_wide_table_and_its_mapping_loads():
    corpus = load_claims([DESK])
    assert {Path(f).name for f in corpus.files} == {"claims.yaml", "birmingham.csv", "kansas-city.csv"}
    assert not corpus.skipped                       # the mapping file is read with its table, not skipped
    row = corpus.claim("bpd-homicides-2022")
    assert (row.metric, row.place, row.period, row.value.low) == ("homicides", "birmingham-al", "2022", "134")
    assert row.value.qualifier == "exactly" and row.attribution == "document"   # a dataset's figure
    assert row.speaker == "Birmingham Police Department" and row.note == "provisional"
    assert row.quote.text == "homicides, birmingham-al, 2022: 134"
    assert corpus.claim("bpd-guns-2022").value.low == "2107"
    # one figure per cell of the wide table; its empty cell is no figure
    wide = sorted(c.id for c in corpus.claims if c.source == "kcpd-2024")
    assert wide == ["kansas-city:2:2021", "kansas-city:2:2022", "kansas-city:2:2023",
                    "kansas-city:3:2021", "kansas-city:3:2022"]
    shootings = corpus.claim("kansas-city:3:2022")
    assert (shootings.metric, shootings.place, shootings.period, shootings.value.low) == \
        ("nonfatal_shootings", "kansas-city-mo", "2022", "490")
    # rows of a dataset carry the dataset's authority when suspects are ranked
    assert voice_of(row, corpus.sources[row.source]).authority == "dataset"


def test_a_news_claim_that_contradicts_a_row_is_the_first_suspect_and_the_row_is_not():
    report = auditor.audit([str(DESK)])
    tensions = [f for f in report.findings if f.kind == "tension"]
    assert len(tensions) == 1, [f.message for f in report.findings]
    tension = tensions[0]
    assert set(tension.claims) == {"news-bham-homicides-2022", "bpd-homicides-2022"}
    assert tension.strength == "hard"
    assert tension.suspects[0].claim == "news-bham-homicides-2022"
    assert [s.claim for s in tension.suspects].index("bpd-homicides-2022") > 0


def test_naming_the_mapping_file_stands_for_its_table():
    by_folder = load_claims([DESK])
    named = load_claims([DESK / "claims.yaml", DESK / "birmingham.csv", DESK / "kansas-city.csv.yaml",
                         DESK / "kansas-city.csv"])
    assert sorted(c.id for c in named.claims) == sorted(c.id for c in by_folder.claims)


def test_a_metric_per_column_with_renamed_headers(desk):
    write(desk, "by-year.csv", "Year,Homicides,Non-fatal shootings\n2021,157,523\n\n2022,171,490\n")
    write(desk, "by-year.csv.yaml", "source: kcpd-2024\nplace: kansas-city-mo\nperiod: {column: Year}\n"
                                    "wide:\n  columns: {Homicides: homicides, Non-fatal shootings: nonfatal_shootings}\n"
                                    "  as: metric\n")
    corpus = load_claims([desk])
    got = {(c.id, c.metric, c.period, c.value.low) for c in corpus.claims}
    assert got == {("by-year:2:Homicides", "homicides", "2021", "157"),
                   ("by-year:2:Non-fatal shootings", "nonfatal_shootings", "2021", "523"),
                   ("by-year:4:Homicides", "homicides", "2022", "171"),           # line 4: a blank line before
                   ("by-year:4:Non-fatal shootings", "nonfatal_shootings", "2022", "490")}


def test_renamed_columns_a_fixed_source_and_a_byte_order_mark(desk):
    (desk / "counts.csv").write_bytes("\ufeffyear,count,crime,where\r\n2022,134,homicides,\"Birmingham, AL\"\r\n"
                                      .encode("utf-8"))
    write(desk, "counts.csv.yaml", "source: bpd-annual-2023\nperiod: {column: year}\nvalue: {column: count}\n"
                                   "metric: {column: crime}\nplace: {column: where}\n")
    corpus = load_claims([desk])
    (claim,) = corpus.claims
    assert (claim.id, claim.metric, claim.place, claim.period, claim.value.low) == \
        ("counts:2", "homicides", "birmingham-al", "2022", "134")


# --- located errors ---------------------------------------------------------------------------

def test_each_mistake_in_a_row_is_located_at_its_cell_all_at_once(desk):
    table = write(desk, "bad.csv", HEADER
                  + "bpd-annual-2023,homicide,birmingham-al,2022,134\n"           # line 2: metric
                  + "bpd-annual-2023,homicides,west precint,2022,lots\n"         # line 3: place and value
                  + "bpd-annual-2023,homicides,birmingham-al,,12\n"              # line 4: empty period
                  + "bpd-annual-2023,homicides,birmingham-al,2021,1,2\n"         # line 5: a cell too many
                  + "bpd-annual-2023,homicides,birmingham-al,2021,-5\n"          # line 6: negative count
                  + "bpd-annual-2023,homicides,birmingham-al,that year,5\n")     # line 7: refers to a row
    problems = problems_of(desk)
    located = {(p.code, p.line, p.column, p.field) for p in problems}
    assert located == {("metric-unknown", 2, 2, "row 2.metric"), ("place-unknown", 3, 3, "row 3.place"),
                       ("value-unreadable", 3, 5, "row 3.value"), ("cell-empty", 4, 4, "row 4.period"),
                       ("row-invalid", 5, 6, "row 5"), ("value-negative", 6, 5, "row 6.value"),
                       ("period-invalid", 7, 4, "row 7.period")}
    assert all(p.file == str(table) and p.message and p.hint for p in problems)
    assert "homicides" in only(problems, "metric-unknown").hint
    assert "west-precinct" in only(problems, "place-unknown").hint


def test_a_cell_of_a_mapped_table_is_named_by_its_column(desk):
    write(desk, "kc.csv", "metric,2021,2022\nhomicides,157,lots\n")
    write(desk, "kc.csv.yaml", "source: kcpd-2024\nplace: kansas-city-mo\nwide: {columns: [2021, 2022], as: period}\n")
    p = only(problems_of(desk), "value-unreadable")
    assert (Path(p.file).name, p.line, p.column, p.field, p.input) == ("kc.csv", 2, 3, "row 2.2022", "lots")


def test_a_missing_column_is_named_in_the_header_error(desk):
    write(desk, "t.csv", "source,metric,place,year,count\nbpd-annual-2023,homicides,birmingham-al,2022,134\n")
    problems = problems_of(desk)
    assert {(p.code, p.line, p.field) for p in problems} == {("column-missing", 1, "period"),
                                                             ("column-missing", 1, "value")}
    p = [p for p in problems if p.field == "period"][0]
    assert "'period'" in p.message and "year" in p.message and "t.csv.yaml" in p.hint


def test_a_duplicated_column_is_located_in_the_header(desk):
    write(desk, "t.csv", HEADER.strip() + ",value\nbpd-annual-2023,homicides,birmingham-al,2022,134,135\n")
    p = only(problems_of(desk), "column-duplicate")
    assert (p.line, p.column, p.field) == (1, 6, "value")


def test_an_unknown_source_in_a_cell_is_located_there_with_a_suggestion(desk):
    table = write(desk, "t.csv", "metric,source,place,period,value\nhomicides,bpd-anual-2023,birmingham-al,2022,1\n")
    p = only(problems_of(desk), "source-missing")
    assert (p.file, p.line, p.column, p.field) == (str(table), 2, 2, "row 2.source")
    assert "bpd-annual-2023" in p.hint


def test_an_unknown_source_of_a_mapping_is_located_in_the_mapping_once(desk):
    write(desk, "kc.csv", "metric,2021,2022\nhomicides,157,171\nnonfatal_shootings,523,490\n")
    mapping = write(desk, "kc.csv.yaml", "place: kansas-city-mo\nsource: kcpd-2042\n"
                                         "wide: {columns: [2021, 2022], as: period}\n")
    p = only(problems_of(desk), "source-missing")                 # four rows, one mistake
    assert (p.file, p.line, p.column, p.field) == (str(mapping), 2, 9, "source")
    assert "kcpd-2024" in p.hint


def test_a_table_alone_names_the_claim_file_its_sources_belong_in(tmp_path):
    table = write(tmp_path, "t.csv", HEADER + "bpd-annual-2023,homicides,birmingham-al,2022,134\n")
    p = only(problems_of(table), "source-missing")
    assert "sources:" in p.hint


def test_mistakes_in_a_mapping_file_are_located_in_it(desk):
    write(desk, "kc.csv", "metric,2021,2022\nhomicides,157,171\n")
    mapping = write(desk, "kc.csv.yaml", "source: kcpd-2024\n"
                                         "plase: kansas-city-mo\n"                           # line 2: a typo
                                         "period: 2021\n"                                    # line 3: given by wide
                                         "id: same\n"                                        # line 4: id per row
                                         "wide: {columns: [2021, 2023], as: period}\n"       # line 5: no column 2023
                                         "note: {column: remarks}\n")                        # line 6: no such column
    problems = problems_of(desk)
    assert all(p.file == str(mapping) for p in problems)
    located = {(p.code, p.line, p.field) for p in problems}
    assert located == {("field-unknown", 2, "plase"), ("mapping-invalid", 3, "period"),
                       ("mapping-invalid", 4, "id"), ("column-missing", 5, "wide.columns[1]"),
                       ("column-missing", 6, "note.column")}
    assert "'place'" in only(problems, "field-unknown").hint
    assert "2022" in [p for p in problems if p.line == 5][0].hint


def test_a_wrong_value_given_by_the_mapping_is_located_in_the_mapping(desk):
    write(desk, "kc.csv", "metric,2021\nhomicides,157\nnonfatal_shootings,523\n")
    mapping = write(desk, "kc.csv.yaml", "source: kcpd-2024\nplace: kansas city\nwide: {columns: [2021], as: period}\n")
    p = only(problems_of(desk), "place-unknown")
    assert (p.file, p.line, p.column, p.field) == (str(mapping), 2, 8, "place")
    write(desk, "kc.csv.yaml", "source: kcpd-2024\nplace: kansas-city-mo\nwide: {columns: [2021], as: year}\n")
    p = only(problems_of(desk), "choice-invalid")
    assert (p.line, p.field) == (3, "wide.as") and "period" in p.hint


@pytest.mark.parametrize("content,code,line", [
    (b"", "file-empty", 1),
    (HEADER.encode(), "file-empty", 1),
    (HEADER.encode() + b"bpd-annual-2023,homicides,birmingham-al,2022,\xff1\n", "file-encoding", 2),
    (HEADER.encode() + b'bpd-annual-2023,homicides,birmingham-al,2022,"1\n', "syntax", 2),
])
def test_a_table_that_cannot_be_read_says_where(desk, content, code, line):
    (desk / "t.csv").write_bytes(content)
    p = only(problems_of(desk), code)
    assert (Path(p.file).name, p.line) == ("t.csv", line)


def test_row_ids_and_table_ids_must_not_collide(desk):
    shutil.copy(DESK / "birmingham.csv", desk / "birmingham.csv")
    shutil.copy(DESK / "birmingham.csv", desk / "again.csv")
    problems = problems_of(desk)
    assert {(Path(p.file).name, p.code, p.line, p.field) for p in problems} == \
        {("birmingham.csv", "id-duplicate", line, f"row {line}.id") for line in (2, 3, 4)}


def test_a_round_figure_in_a_dataset_row_is_not_read_as_rounded(tmp_path):
    """A dataset's 2,000 is 2,000: a news '2,150' conflicts with it (a round news figure
    alone would be read as rounded to the hundred)."""
    (tmp_path / "claims.yaml").write_text(
        "sources:\n"
        "  - {id: pd, title: Annual table, publisher: Metro Police Department, kind: dataset, published: 2023-02-01}\n"
        "  - {id: news, title: Story, publisher: Paper, published: 2023-02-03}\n"
        "claims:\n"
        "  - {id: story, source: news, metric: guns_recovered, place: birmingham-al, period: '2022', value: '2,150',"
        " quote: q}\n", encoding="utf-8")
    (tmp_path / "table.csv").write_text("source,metric,place,period,value\npd,guns_recovered,birmingham-al,2022,2000\n",
                                        encoding="utf-8")
    from auditor import audit
    tensions = [f for f in audit([str(tmp_path)]).findings if f.kind == "tension"]
    assert len(tensions) == 1 and tensions[0].suspects[0].claim == "story"
