"""The fast paths of loading give what the record-by-record path gives: JSON Lines records
validated a batch at a time (auditor/loading/corpus.py, _collect_lines), the answers of the
checks across records kept for the claims that ask again (_Memo), and the JSON reader's
count of written keys. The same corpus, the same positions, the same located problems."""

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor import InputError, load_claims
from auditor.loading import corpus, documents

from loading_cases import BAD_JSON_LINES, CLAIM, SOURCE, claim_line as _line, outcome as _outcome


@pytest.fixture
def record_by_record(monkeypatch):
    """Validate every JSON Lines record on its own (the path taken before batches and chunks)."""
    def forced():
        def one_by_one(docs, sources, claims, problems, pack):
            for doc in documents.as_documents(docs):   # every line read on its own, as read_lines reads it
                corpus._collect(doc, sources, claims, problems, pack)
        monkeypatch.setattr(corpus, "_collect_lines", one_by_one)
    return forced


class _Forgetful(corpus._Memo):
    """A memo that answers every question afresh (the checks as they ran before it)."""

    def __init__(self, pack):
        super().__init__(pack)
        self.units = _NeverKept()

    def period(self, phrase, day, previous, fiscal):
        return corpus._period_once(phrase, day, previous, fiscal)

    def fiscal_year(self, place):
        return self.pack.fiscal_year(place)


class _NeverKept(set):
    def add(self, item):
        pass


@pytest.fixture
def no_memo(monkeypatch):
    def forced():
        monkeypatch.setattr(corpus, "_Memo", _Forgetful)
    return forced


def _both(path, force):
    first = _outcome(path)
    force()
    return first, _outcome(path)


@pytest.mark.parametrize("name", list(BAD_JSON_LINES))
@pytest.mark.parametrize("batch", [1, 2, 5000])
def test_batches_report_what_record_by_record_reports(tmp_path, record_by_record, monkeypatch, name, batch):
    monkeypatch.setattr(corpus, "BATCH", batch)
    path = tmp_path / "claims.jsonl"
    path.write_text("\n".join(BAD_JSON_LINES[name]) + "\n", encoding="utf-8")
    fast, slow = _both(path, record_by_record)
    assert fast == slow and fast[0] == "problems" and fast[1]


def _many(errors: dict[int, dict], n: int = 40) -> list[str]:
    """A source and `n` claims, claim i changed by errors[i]; sources of their own among them."""
    lines = [SOURCE]
    for i in range(n):
        if i % 7 == 3:
            lines.append(json.dumps({"type": "source", "id": f"s{i}", "title": "T", "publisher": "P",
                                     "published": f"2021-0{1 + i % 9}-1{i % 10}"}))
        fields = {"id": f"c{i}", "source": f"s{i}" if i % 7 == 3 else "s", "quote": f"q{i}", "value": str(10 + i)}
        lines.append(_line(**{**fields, **errors.get(i, {})}))
    return lines


MISTAKES = [{"metric": "homicide"}, {"valeu": "12"}, {"period": "the 12th of never"}, {"value": "12 bananas"},
            {"source": "nowhere"}, {"id": "c0"}, {"change": {"phrase": "up 5%", "base": "someday"}, "value": None},
            {"place": "atlantis"}, {"value": True}, {"supersedes": "c999"}]


def _errors_anywhere_in_any_batch_are_reported_as_record_by_record(tmp_path_factory, where, batch):
    """The law of the two tests below (a few examples in the quick suite, many with -m slow)."""
    path = tmp_path_factory.mktemp("batches") / "claims.jsonl"
    path.write_text("\n".join(_many(where)) + "\n", encoding="utf-8")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(corpus, "BATCH", batch)
        fast = _outcome(path)

        def one_by_one(docs, sources, claims, problems, pack):
            for doc in documents.as_documents(docs):   # every line read on its own, as read_lines reads it
                corpus._collect(doc, sources, claims, problems, pack)
        mp.setattr(corpus, "_collect_lines", one_by_one)
        slow = _outcome(path)
    assert fast == slow
    assert (fast[0] == "problems") == bool(where)


@given(where=st.dictionaries(st.integers(1, 39), st.sampled_from(MISTAKES), max_size=5),   # 1: "c0" is a duplicate
       batch=st.sampled_from([1, 3, 16, 5000]))
@settings(max_examples=15, deadline=None)
def test_errors_anywhere_in_any_batch_are_reported_as_record_by_record(tmp_path_factory, where, batch):
    """Any mistakes in any records, whatever the batch size: the same problems, at the same
    file:line:col, as when each record is validated on its own; no mistakes, the same corpus."""
    _errors_anywhere_in_any_batch_are_reported_as_record_by_record(tmp_path_factory, where, batch)


@pytest.mark.slow
@given(where=st.dictionaries(st.integers(1, 39), st.sampled_from(MISTAKES), max_size=5),   # 1: "c0" is a duplicate
       batch=st.sampled_from([1, 3, 16, 5000]))
@settings(max_examples=30, deadline=None)
def test_errors_anywhere_in_any_batch_are_reported_as_record_by_record_many(tmp_path_factory, where, batch):
    _errors_anywhere_in_any_batch_are_reported_as_record_by_record(tmp_path_factory, where, batch)


def test_a_clean_file_in_batches_is_the_corpus_record_by_record(tmp_path, record_by_record, monkeypatch):
    monkeypatch.setattr(corpus, "BATCH", 4)
    path = tmp_path / "claims.jsonl"
    path.write_text("\n".join(_many({}) + ["", json.dumps({"type": "claim", **CLAIM, "id": "z"})]) + "\n",
                    encoding="utf-8")
    fast, slow = _both(path, record_by_record)
    assert fast == slow and fast[0] == "corpus" and len(fast[1][0]) == 41


REPEATED = {
    "one bad unit, many claims": [SOURCE] + [_line(id=f"c{i}", value="12 bananas") for i in range(3)],
    "a negative count, twice": [SOURCE] + [_line(id=f"c{i}", value="-3") for i in range(2)],
    "a count changed by decimals, twice": [SOURCE] + [_line(id=f"c{i}", value=None, change="down 11.0")
                                                     for i in range(2)],
    "the same change of a rate and of a count: points refused for the count": [
        SOURCE, _line(id="a", metric="homicide_clearance_rate", value=None, change="up 3 points"),
        _line(id="b", value=None, change="up 3 points"), _line(id="c", metric="homicide_rate", value=None,
                                                              change="up 3 points"),
        _line(id="d", value=None, change="up 3 points")],
    "the same decimal change of a rate and of a count: the count asked": [
        SOURCE, _line(id="a", metric="homicide_rate", value=None, change="down 11.0"),
        _line(id="b", value=None, change="down 11.0"), _line(id="c", value=None, change="down 11.0")],
    "the same share of two metrics, one of them out of range": [
        SOURCE, _line(id="a", value=None, share={"fraction": "40%", "of": "b"}),
        _line(id="b", metric="homicide_rate", value=None, share={"fraction": "140%", "of": "a"}),
        _line(id="c", value=None, share={"fraction": "140%", "of": "a"})],
    "a bad period phrase, twice, and good ones between": [SOURCE, _line(id="a", period="the 12th of never"),
                                                          _line(id="b", period="2019"),
                                                          _line(id="c", period="the 12th of never")],
    "a bad base, repeated across sources": [
        SOURCE, SOURCE.replace('"s"', '"t"').replace("2021-09-15", "2019-02-01"),
        _line(id="a", value=None, change={"phrase": "up 5%", "base": "the year before the flood"}),
        _line(id="b", source="t", value=None, change={"phrase": "up 5%", "base": "the year before the flood"})],
}


@pytest.mark.parametrize("name", list(REPEATED))
def test_repeated_mistakes_are_each_reported_with_the_memo(tmp_path, no_memo, name):
    path = tmp_path / "claims.jsonl"
    path.write_text("\n".join(REPEATED[name]) + "\n", encoding="utf-8")
    with_memo, without = _both(path, no_memo)
    assert with_memo == without and with_memo[0] == "problems"
    lines = {p.line for p in with_memo[1]}
    assert len(lines) >= 2, "every claim that repeats the mistake is named"


def test_phrases_read_against_their_day_and_the_claim_before_are_not_shared_wrongly(tmp_path, no_memo):
    """'the same period last year' is refused with no claim before it in its source and read
    after one; 'last year' means another year in another year's source: the memo keys a
    phrase by its day and the period before it, so each claim gets its own answer."""
    sources = [json.dumps({"type": "source", "id": sid, "title": "T", "publisher": "P", "published": day})
               for sid, day in (("s", "2021-09-15"), ("t", "2017-03-02"), ("u", "2021-09-15"))]
    claims = [_line(id="a", period="the same period last year"), _line(id="b", source="t", period="last year"),
              _line(id="c", period="2019-03"), _line(id="d", period="the same period last year"),
              _line(id="e", source="u", period="that year"), _line(id="f", source="u", period="2020-05"),
              _line(id="g", source="u", period="the same period last year"), _line(id="h", source="t", period="2016"),
              _line(id="i", source="t", period="the same period last year"), _line(id="j", period="last year")]
    path = tmp_path / "claims.jsonl"
    path.write_text("\n".join(sources + claims) + "\n", encoding="utf-8")
    with_memo, without = _both(path, no_memo)
    assert with_memo == without and with_memo[0] == "problems"
    assert sorted(p.line for p in with_memo[1]) == [4, 8]   # claims a and e: nothing before them


def _the_count_of_written_keys_is_the_count_of_key_ends(text):
    """The law of the two tests below (a few examples in the quick suite, many with -m slow)."""
    assert documents._written_keys(text) == len(re.findall(r'"[ \t\r\n]*:', text))


@given(st.text(alphabet='"{}: \t\r\nab,\\', max_size=60))
@settings(max_examples=75)
def test_the_count_of_written_keys_is_the_count_of_key_ends(text):
    """The JSON reader counts key ends `"...":` as `":` plus those with blanks before the
    colon: the same count as the pattern `"[ \\t\\r\\n]*:` finds."""
    _the_count_of_written_keys_is_the_count_of_key_ends(text)


@pytest.mark.slow
@given(st.text(alphabet='"{}: \t\r\nab,\\', max_size=60))
@settings(max_examples=300)
def test_the_count_of_written_keys_is_the_count_of_key_ends_many(text):
    _the_count_of_written_keys_is_the_count_of_key_ends(text)


def test_a_repeated_key_is_still_found_and_located(tmp_path):
    path = tmp_path / "claims.jsonl"
    path.write_text("\n".join([SOURCE, _line(), '{"id": "d", "id" :"e", "source": "s", "metric": "guns_recovered", '
                               '"place": "birmingham-al", "period": "2019", "value": "1", "quote": "q"}']) + "\n",
                    encoding="utf-8")
    with pytest.raises(InputError) as exc:
        load_claims([path])
    assert [(p.line, p.code) for p in exc.value.problems] == [(3, "key-duplicate")]


def test_a_model_built_in_code_from_built_parts_loads_no_pack(monkeypatch):
    """The vocabulary's module validators pass on a figure that is already an Amount (the
    phrase reader builds each Change so) without loading the bundled pack to do it."""
    from auditor.loading import vocabulary
    from auditor.models import Amount, Change

    def refused(*a, **k):
        raise AssertionError("a pack was loaded")
    monkeypatch.setattr(vocabulary, "load_pack", refused)
    by = Amount(low="5", unit=None)
    assert Change(direction="up", by=by, measure="percent").by == by


KEYS = st.sampled_from(["a", "b", "id", "a:", "a\\\":", "x\\\" :"])   # the last two: a:" and x" : escaped
SCALARS = st.one_of(st.integers(0, 9), st.sampled_from(['"t"', '"10:30"', '":"', '" :"', '"\\" :"', "null"]))


@st.composite
def _objects(draw, depth=0):
    """JSON object text, keys possibly repeated, blanks anywhere a blank may be; and whether a key repeats."""
    pairs, repeated = [], False
    keys = draw(st.lists(KEYS, max_size=4))
    for key in keys:
        if depth < 2 and draw(st.booleans()):
            value, inner = draw(_objects(depth + 1))
            repeated |= inner
        else:
            value = draw(SCALARS)
        blank = draw(st.sampled_from(["", " ", "\t", " \n "]))
        pairs.append(f'"{key}"{blank}:{draw(st.sampled_from(["", " "]))}{value}')
    repeated |= len(set(keys)) != len(keys)
    return "{" + ", ".join(pairs) + "}", repeated


def _the_json_reader_never_merges_a_repeated_key(case):
    """The law of the two tests below (a few examples in the quick suite, many with -m slow)."""
    text, repeated = case
    data = documents._json(text)
    if repeated:
        assert data is documents._NOT_JSON
    elif data is not documents._NOT_JSON:
        assert data == json.loads(text)


@given(_objects())
@settings(max_examples=15, deadline=None)
def test_the_json_reader_never_merges_a_repeated_key(case):
    """A record that repeats a key in any object is left to the line-aware reader (which
    reports it); what the JSON parser keeps is what the text says."""
    _the_json_reader_never_merges_a_repeated_key(case)


@pytest.mark.slow
@given(_objects())
@settings(max_examples=60, deadline=None)
def test_the_json_reader_never_merges_a_repeated_key_many(case):
    _the_json_reader_never_merges_a_repeated_key(case)
