"""JSON Lines read a chunk of lines at a time (auditor/loading/documents.py, read_line_chunks):
a run of plain lines is parsed and checked at once, and must give exactly the records that
reading each line on its own gives (documents._json); any other run is read line by line.
Loading through chunks gives the same corpus, positions and located problems as record by
record, wherever the odd lines fall."""

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.loading import corpus, documents

from loading_cases import CLAIM, SOURCE, claim_line as _line, outcome as _outcome

# lines of every kind the reader meets: plain records, and each thing the chunk's checks
# must catch (a key written twice, colons and quotes in strings, escapes of a colon, a
# quote or a NUL, blanks around colons, lines that are not objects or not JSON)
ODD_LINES = [
    '{"id": "c", "id": "d"}', '{"a": {"b": 1, "b": 2}}', '{"q": "10:30 a.m."}', '{"q": "a \\"quoted\\" word"}',
    '{"q": "x\\u003ay", "q": "z"}', '{"q": "x\\u003Ay"}', '{"q": "a\\u0000b"}', '{"q" : "spaced"}',
    '{"q": "ends in a backslash \\\\"}', '{"a\\\\": 1, "a\\\\": 2}', '{"q": "\\":"}', '{"k": "v", "k": "v:"}',
    "null", "[1, 2]", "12", '"text"', "", "   ", "{not json}", "# a comment", '{"a": 1} {"b": 2}',
    '{"n": 1e400}', '{"n": 123456789012345678901234567890}', '{"q": "\\ud800"}', '{"a": [{"b": 1, "b": 2}]}',
    '{"a": [{"b": 1}, {"c": 2}]}', '{"q": "caf\\u00e9"}', '{"q": "café"}', "{}", '{"": ""}',
]
PLAIN_LINES = [SOURCE, _line(), _line(id="d", value="about 40"), json.dumps({"x": {"y": [1, {"z": None}]}})]


# 300 examples, about 0.6 CPU-s: run with -m slow, and in CI; the quick run keeps each odd line
# refused (test_a_run_with_an_odd_line_is_read_line_by_line) and loading through chunks against
# record by record (test_loading_through_chunks_is_loading_record_by_record), both below
@pytest.mark.slow
@given(st.lists(st.one_of(st.sampled_from(PLAIN_LINES), st.sampled_from(ODD_LINES)), min_size=1, max_size=8))
@settings(max_examples=300, deadline=None)
def test_a_chunk_holds_what_each_line_read_on_its_own_holds(lines):
    records = documents._plain_chunk(lines)
    one_by_one = [documents._json(line) if line and not line.isspace() else documents._NOT_JSON for line in lines]
    if records is None:
        return
    assert all(type(r) is dict for r in one_by_one)
    assert records == one_by_one
    assert [list(r) for r in records] == [list(r) for r in one_by_one]   # the same keys, in the same order
    assert not any("\\u0000" in line for line in lines)


REFUSED = [line for line in ODD_LINES if line not in (
    '{"q": "x\\u003Ay"}', '{"q" : "spaced"}', '{"a": [{"b": 1}, {"c": 2}]}', '{"q": "caf\\u00e9"}',
    '{"q": "café"}', "{}", '{"": ""}', '{"n": 123456789012345678901234567890}')]   # read alike either way


@pytest.mark.parametrize("odd", REFUSED)
def test_a_run_with_an_odd_line_is_read_line_by_line(odd):
    """A key written twice, a colon or a double quote in a string, a NUL escaped, a line that
    is blank, not JSON or not an object: the run is read line by line."""
    assert documents._plain_chunk(PLAIN_LINES) is not None
    assert documents._plain_chunk([*PLAIN_LINES, odd]) is None


def _one_by_one(docs, sources, claims, problems, pack):
    for doc in documents.as_documents(docs):
        corpus._collect(doc, sources, claims, problems, pack)


FILE_LINES = [_line(id=f"c{i}", value=str(10 + i)) for i in range(12)]
ODD_CLAIMS = [_line(id="q1", quote="at 10:30 p.m."), _line(id="q2", quote='a "quoted" figure'),
              '{"id": "dup", "id": "dup2", "source": "s", "metric": "guns_recovered", "place": "birmingham-al", '
              '"period": "last year", "value": "12", "quote": "q"}', _line(id="nul", quote="a\u0000b"),
              "", "null", "{not json", _line(id="esc", quote="x").replace('"x"', '"x\\u003ay"'), "  " + _line(id="indented"),
              _line(id="c3"), json.dumps({"type": "sauce", "id": "t"}), _line(id="bad", metric="homicide")]


def _loading_through_chunks_is_loading_record_by_record(tmp_path_factory, odd, chunk, batch):
    """The law of the two tests below (a few examples in the quick suite, many with -m slow)."""
    lines = list(FILE_LINES)
    for at, line in sorted(odd, reverse=True):
        lines.insert(at, line)
    path = tmp_path_factory.mktemp("chunks") / "claims.jsonl"
    path.write_text("\n".join([SOURCE, *lines]) + "\n", encoding="utf-8")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(documents, "CHUNK", chunk)
        mp.setattr(corpus, "BATCH", batch)
        fast = _outcome(path)
        mp.setattr(corpus, "_collect_lines", _one_by_one)
        slow = _outcome(path)
    assert fast == slow
    assert fast[0] == "corpus" or odd


@given(odd=st.lists(st.tuples(st.integers(0, 12), st.sampled_from(ODD_CLAIMS)), max_size=4),
       chunk=st.sampled_from([1, 2, 5, 4096]), batch=st.sampled_from([1, 3, 5000]))
@settings(max_examples=12, deadline=None)
def test_loading_through_chunks_is_loading_record_by_record(tmp_path_factory, odd, chunk, batch):
    _loading_through_chunks_is_loading_record_by_record(tmp_path_factory, odd, chunk, batch)


@pytest.mark.slow
@given(odd=st.lists(st.tuples(st.integers(0, 12), st.sampled_from(ODD_CLAIMS)), max_size=4),
       chunk=st.sampled_from([1, 2, 5, 4096]), batch=st.sampled_from([1, 3, 5000]))
@settings(max_examples=40, deadline=None)
def test_loading_through_chunks_is_loading_record_by_record_many(tmp_path_factory, odd, chunk, batch):
    _loading_through_chunks_is_loading_record_by_record(tmp_path_factory, odd, chunk, batch)


def test_odd_lines_among_plain_ones_load_as_record_by_record(tmp_path, monkeypatch):
    """Lines the chunk's checks send down the slow path that are nonetheless right (a colon
    or a quote in a quote, an escaped colon, a blank line, 'null', an indented record) load
    as plain lines do, at the same positions."""
    harmless = [ODD_CLAIMS[i] for i in (0, 1, 4, 5, 7, 8)]
    path = tmp_path / "claims.jsonl"
    path.write_text("\n".join([SOURCE, *FILE_LINES[:5], *harmless, *FILE_LINES[5:]]) + "\n", encoding="utf-8")
    monkeypatch.setattr(documents, "CHUNK", 4)
    fast = _outcome(path)
    monkeypatch.setattr(corpus, "_collect_lines", _one_by_one)
    assert fast == _outcome(path)
    claims, _, positions, _ = fast[1]
    assert fast[0] == "corpus" and len(claims) == len(FILE_LINES) + 4
    assert positions["esc"] == (str(path), 11, 1) and positions["indented"] == (str(path), 12, 3)
