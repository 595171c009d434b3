"""Bad input, as a user meets it: every independent problem in one round, no invented ones,
each named by the claim or row it is in, with a why that says what is wrong once and a hint,
in one style, that says how to fix it (docs/claim-files.md; the UX walk's items 1-3)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from auditor import InputError, load_claims

SOURCE = "  - {id: s1, title: A story, publisher: The Paper, kind: KIND, published: DAY}\n"


def claim_line(cid: str, period: str, source: str = "s1", metric: str = "homicides", extra: str = "") -> str:
    return (f"  - {{id: {cid}, source: {source}, metric: {metric}, place: kansas-city-mo, period: '{period}', "
            f"value: '12', quote: q{extra}}}\n")


def problems_of(*paths) -> list:
    with pytest.raises(InputError) as info:
        load_claims([str(p) for p in paths])
    return info.value.problems


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def claims_file(tmp_path: Path, *claims: str, kind: str = "news", day: str = "2024-01-03") -> Path:
    return write(tmp_path, "claims.yaml", "sources:\n" + SOURCE.replace("KIND", kind).replace("DAY", day)
                 + "claims:\n" + "".join(claims))


def codes(problems) -> list[tuple[int, str]]:
    return sorted((p.line, p.code) for p in problems)


# --- 1. every independent problem at once -------------------------------------------------------

def test_the_repro_reports_the_period_with_the_source_errors(tmp_path):
    """The walk's bad.yaml: a source with a bad kind and an impossible date, a claim with
    'last yaer'; the period came only after the source was fixed."""
    path = claims_file(tmp_path, claim_line("c1", "last yaer"), claim_line("c2", "2023", metric="homicidez"),
                       kind="datset", day="2024-13-02")
    assert codes(problems_of(path)) == [(2, "choice-invalid"), (2, "date-invalid"), (4, "period-invalid"),
                                        (5, "metric-unknown")]


def test_a_missing_source_does_not_hide_an_unreadable_period_or_base(tmp_path):
    path = claims_file(tmp_path, claim_line("c1", "lsat year", source="s9",
                                            extra=", change: {direction: up, by: 5, base: 'the yaer before'}")
                       .replace("value: '12', ", ""))
    got = {(p.code, p.field) for p in problems_of(path)}
    assert ("source-missing", "claims[0].source") in got
    assert ("period-invalid", "claims[0].period") in got and ("period-invalid", "claims[0].change.base") in got


def test_a_claim_with_errors_of_its_own_still_has_its_period_checked(tmp_path):
    path = claims_file(tmp_path, claim_line("c1", "lsat year", metric="homicidez"))
    assert codes(problems_of(path)) == [(4, "metric-unknown"), (4, "period-invalid")]


@pytest.mark.parametrize("period", ["next year", "the year before that", "so far this year", "2023"])
def test_nothing_that_depends_on_an_unknown_day_is_invented(tmp_path, period):
    """With the source's date unreadable (or the source missing), a phrase that some day or
    some period before it could make readable is not reported."""
    path = claims_file(tmp_path, claim_line("c1", period), claim_line("c2", period, source="s9"), day="2024-13-02")
    assert codes(problems_of(path)) == [(2, "date-invalid"), (5, "source-missing")]


def test_a_readable_date_of_a_broken_source_is_used(tmp_path):
    """Only the kind is wrong: the day is known, so 'next year' is an error now, not later."""
    path = claims_file(tmp_path, claim_line("c1", "next year"), kind="datset")
    (period,) = [p for p in problems_of(path) if p.code == "period-invalid"]
    assert "2024-01-03" in period.message and period.field == "claims[0].period"


@pytest.mark.parametrize("before", [
    claim_line("c0", "2023", metric="homicidez"),    # a claim with an error of its own
    claim_line("c0", "last yaer"),                   # a claim whose period is unreadable
])
def test_the_year_before_a_broken_claim_is_not_a_second_error(tmp_path, before):
    """'the year before that' after a claim that failed: main said 'no claim before it gives
    one', an error that went away once the claim before was fixed."""
    path = claims_file(tmp_path, before, claim_line("c1", "the year before that"),
                       claim_line("c2", "the year before that"))
    assert [p.line for p in problems_of(path)] == [4]


def test_json_lines_report_the_period_with_the_source_errors(tmp_path):
    rows = [{"type": "source", "id": "s1", "title": "A", "publisher": "P", "kind": "datset", "published": "2024-13-02"},
            {"id": "c1", "source": "s1", "metric": "homicides", "place": "kansas-city-mo", "period": "last yaer",
             "value": "171", "quote": "q"},
            {"id": "c2", "source": "s1", "metric": "homicides", "place": "kansas-city-mo",
             "period": "the year before that", "value": "171", "quote": "q"}]
    path = write(tmp_path, "c.jsonl", "\n".join(json.dumps(r) for r in rows) + "\n")
    assert codes(problems_of(path)) == [(1, "choice-invalid"), (1, "date-invalid"), (2, "period-invalid")]


TABLE_SOURCES = """sources:
  - {id: kcpd, title: Annual, publisher: KCPD, kind: dataset, published: 2024-01-03}
  - {id: bad, title: Annual, publisher: KCPD, kind: datset, published: 2024-01-03}
  - {id: worse, title: Annual, publisher: KCPD, kind: datset, published: 2024-31-03}
"""


def test_a_table_row_reports_its_period_with_its_other_errors(tmp_path):
    write(tmp_path, "claims.yaml", TABLE_SOURCES)
    table = write(tmp_path, "t.csv", "source,metric,place,period,value\n"
                  "kcpd,homicidez,kansas-city-mo,lsat year,12\n"       # 2: metric and period
                  "bad,homicides,kansas-city-mo,next year,12\n"        # 3: its source's day is readable
                  "worse,homicides,kansas-city-mo,next year,12\n"      # 4: its source's day is not
                  "worse,homicides,kansas-city-mo,lsat year,12\n"      # 5: no day reads it
                  "nosuch,homicides,kansas-city-mo,that year,12\n")    # 6: a row refers to no row before
    got = sorted((p.line, p.code) for p in problems_of(tmp_path) if p.file == str(table))
    assert got == [(2, "metric-unknown"), (2, "period-invalid"), (3, "period-invalid"), (5, "period-invalid"),
                   (6, "period-invalid"), (6, "source-missing")]


# --- 2. every claim error names its claim, every row error its row ----------------------------

def test_every_claim_problem_names_its_claim(tmp_path):
    """main named some by the claim (`claims[0].metric`), others not (`source`, `period`,
    `value`, `supersedes`): a file with many claims left the reader to count lines."""
    path = claims_file(tmp_path, claim_line("ok", "2023"), claim_line("ok", "2023"),                  # 1: id
                       claim_line("c2", "lsat year", source="s9"),                                     # 2: source, period
                       claim_line("c3", "2023", extra=", supersedes: nowhere"),                        # 3: supersedes
                       claim_line("c4", "2023").replace("'12'", "'-5'"),                               # 4: value
                       claim_line("c5", "2023", metric="homicidez"))                                   # 5: metric
    got = {(p.code, p.field) for p in problems_of(path)}
    assert got == {("id-duplicate", "claims[1].id"), ("source-missing", "claims[2].source"),
                   ("period-invalid", "claims[2].period"), ("claim-missing", "claims[3].supersedes"),
                   ("value-negative", "claims[4].value"), ("metric-unknown", "claims[5].metric")}


def test_json_lines_name_the_line_and_tables_the_row(tmp_path):
    rows = [{"type": "source", "id": "s1", "title": "A", "publisher": "P", "published": "2024-01-03"},
            {"id": "c1", "source": "s2", "metric": "homicides", "place": "kansas-city-mo", "period": "2023",
             "value": "171", "quote": "q"}]
    write(tmp_path, "c.jsonl", "\n".join(json.dumps(r) for r in rows) + "\n")
    write(tmp_path, "t.csv", "source,metric,place,period,value\ns1,homicides,kansas-city-mo,2022,lots\n"
                             "s1,homicides,kansas-city-mo,2022,1,2\n")
    got = {(Path(p.file).name, p.field) for p in problems_of(tmp_path)}
    assert got == {("c.jsonl", "line 2.source"), ("t.csv", "row 2.value"), ("t.csv", "row 3")}


# --- 3. the why says what is wrong, once; the hint how to fix it, in one style ------------------

def test_a_bad_choice_is_named_once_and_its_fix_lists_the_choices(tmp_path):
    """main: "'datset': Input should be 'news', 'official-statement' or 'dataset'" and then
    "use one of: 'news', 'official-statement' or 'dataset'"."""
    (p,) = [p for p in problems_of(claims_file(tmp_path, claim_line("c1", "2023"), kind="datset"))]
    assert p.render().splitlines()[1:] == [
        "  'datset' is not a source kind",
        "  write 'dataset' if that is the source kind meant (the choices: 'news', 'official-statement' or 'dataset')"]


def test_an_unknown_field_names_the_field_not_its_value(tmp_path):
    """main: "'red': Extra inputs are not permitted" / "Did you mean 'place'?"."""
    (p,) = problems_of(claims_file(tmp_path, claim_line("c1", "2023", extra=", plase: red")))
    assert (p.field, p.message, p.hint) == ("claims[0].plase", "'plase' is not a field of a claim",
                                            "write 'place' if that is the field meant, or remove it")
    assert "red" not in p.render()


def test_a_period_message_says_why_and_its_hint_how(tmp_path):
    """main put the fix in the message and 'see the documented phrases' under it."""
    (p,) = problems_of(claims_file(tmp_path, claim_line("c1", "last yaer")))
    assert p.message == "'last yaer' is not a period phrase the auditor knows"
    assert p.hint.startswith("write an ISO period such as '2021'")


MANY_MISTAKES = (
    claim_line("c1", "2023", metric="homicidez"), claim_line("c2", "2023").replace("kansas-city-mo", "west precint"),
    claim_line("c3", "2023").replace("'12'", "'lots'"), claim_line("c4", "2023", extra=", colour: red"),
    claim_line("c5", "2023").replace("'12'", "'12 bananas'"), claim_line("c6", "2023", source="s2"),
    claim_line("c7", "2023").replace("value: '12'", "change: 'up by a lot'"),
    claim_line("c8", "2023", extra=", attribution: rumour"), claim_line("c9", "2023").replace("value: '12', ", ""),
    claim_line("c10", "2023").replace("'12'", "'12%'"),
)


def test_every_hint_is_an_instruction_in_one_style(tmp_path):
    problems = problems_of(claims_file(tmp_path, *MANY_MISTAKES, kind="datset"))
    assert len(problems) >= len(MANY_MISTAKES)
    for p in problems:
        assert p.hint and not p.hint[0].isupper() and not p.hint.endswith("."), p.render()
        assert not p.message.endswith(".") and not p.message[0].isupper(), p.render()
        assert "Did you mean" not in p.render() and "Input should be" not in p.render(), p.render()


# --- the walk's other bad inputs ----------------------------------------------------------------

@pytest.mark.parametrize("name,text,where,message", [
    # main: 5:1 "found unexpected end of stream", at the end of the file, far from the quote
    ("c.yaml", 'sources:\n  - id: s1\n    title: "unclosed\n    publisher: P\n', (3, 12),
     "the file ends before the quoted text that opens here is closed"),
    ("c.yaml", "claims:\n  - [1, 2\n", (2, 5), "the file ends before the '[' that opens here is closed"),
    # main: 1:125 "expected ',' or '}', but got '<stream end>'" with a hint about indentation
    ("c.jsonl", '{"id": "c1", "source": "s1", "metric": "homicides"\n', (1, 1),
     "the line ends before the '{' that opens here is closed"),
])
def test_something_left_open_is_located_where_it_opens(tmp_path, name, text, where, message):
    (p,) = problems_of(write(tmp_path, name, text))
    assert (p.code, (p.line, p.column), p.message) == ("syntax", where, message)
    assert p.hint.startswith("close it")


def test_a_key_written_twice_says_so_and_how_to_fix_it(tmp_path):
    """main: 'the file is not valid YAML/JSON: found duplicate key "title" with value "B"
    (original value: "A")' / 'fix the syntax at this position (indentation, quotes, ...)'."""
    (p,) = problems_of(write(tmp_path, "c.yaml", "sources:\n  - {id: s1, title: A, title: B, publisher: P, "
                                                 "published: 2024-01-03}\n"))
    assert (p.code, p.line, p.message, p.hint) == (
        "key-duplicate", 2, "the key 'title' is written twice in this mapping (first 'A', then 'B')",
        "keep one of them: a field has one value")


def test_a_json_lines_line_that_is_no_record_says_what_it_is_and_what_to_write(tmp_path):
    """main: field 'line' / 'each line must be a JSON object', and a bad type with no hint at all."""
    path = write(tmp_path, "c.jsonl", '{"type": "source", "id": "s1", "title": "A", "publisher": "P", '
                                      '"published": "2024-01-03"}\n[1, 2]\n{"type": "sauce", "id": "x"}\n')
    first, second = problems_of(path)
    assert (first.field, first.message) == ("line 2", "the line holds a list, not a JSON object")
    assert (second.field, second.message) == ("line 3.type", "'sauce' is not a record type")
    assert first.hint and second.hint.startswith('write "type": "source"')
