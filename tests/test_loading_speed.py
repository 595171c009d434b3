"""The fast readers give what the line-aware reader gives: the same corpus, the same claim
positions, the same problems at the same file:line:col. JSON and JSON Lines are read by a
JSON parser; `line_aware` forces every record through the line-aware YAML reader, as all
of them were read before, so each case is compared both ways."""

import json
import os
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor import InputError, load_claims
from auditor.loading import documents
from auditor.seeds import seed_path

from loading_cases import BAD_JSON_LINES, CLAIM, SOURCE, claim_line as _line
from test_claim_builder import _builder, source_records


@pytest.fixture
def line_aware(monkeypatch):
    """Read every JSON record with the line-aware reader (the path taken before)."""
    def forced():
        monkeypatch.setattr(documents, "_json", lambda text: documents._NOT_JSON)
    return forced


def _seed_records(tmp_path: Path) -> tuple[dict, Path]:
    """The seed claims' records (as JSON would give them) and their folder, with the seeds'
    sources copied into `tmp_path` for a claims file written there."""
    from ruamel.yaml import YAML
    folder = Path(seed_path()).parent
    data = YAML(typ="safe", pure=True).load((folder / "claims.yaml").read_text(encoding="utf-8"))
    shutil.copytree(folder / "sources", tmp_path / "sources")
    return json.loads(json.dumps(data, default=str)), folder


def _seed_json_lines(data: dict, between: list[str], ensure_ascii: bool = True) -> str:
    """The seed records as JSON Lines: the sources, the lines `between`, then the claims."""
    lines = [json.dumps({"type": "source", **s}) for s in data["sources"]] + between
    return "\n".join(lines + [json.dumps(c, ensure_ascii=ensure_ascii) for c in data["claims"]]) + "\n"


def _load_both(path: Path, line_aware):
    fast = load_claims([path])
    fast_positions = dict(fast.positions)
    line_aware()
    slow = load_claims([path])
    return fast, fast_positions, slow, dict(slow.positions)


def _problems_both(path: Path, line_aware):
    with pytest.raises(InputError) as fast:
        load_claims([path])
    line_aware()
    with pytest.raises(InputError) as slow:
        load_claims([path])
    return fast.value.problems, slow.value.problems


def test_seeds_as_json_lines_load_the_same_both_ways(tmp_path, line_aware):
    data, folder = _seed_records(tmp_path)
    path = tmp_path / "claims.jsonl"
    path.write_text(_seed_json_lines(data, ["", "   "], ensure_ascii=False), encoding="utf-8")
    fast, fast_pos, slow, slow_pos = _load_both(path, line_aware)
    assert fast.claims == slow.claims and fast.sources == slow.sources
    assert fast_pos == slow_pos and len(fast_pos) == len(fast.claims)
    assert list(fast_pos) == list(slow_pos)


def test_seeds_as_json_load_the_same_both_ways(tmp_path, line_aware):
    data, folder = _seed_records(tmp_path)
    path = tmp_path / "claims.json"
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    fast, fast_pos, slow, slow_pos = _load_both(path, line_aware)
    assert fast.claims == slow.claims and fast.sources == slow.sources
    assert fast_pos == slow_pos and len(fast_pos) == len(fast.claims)


@pytest.mark.slow
def test_seed_audit_from_json_lines_is_the_same_report_both_ways(tmp_path, line_aware):
    from auditor import audit
    data, folder = _seed_records(tmp_path)
    path = tmp_path / "claims.jsonl"
    path.write_text(_seed_json_lines(data, []), encoding="utf-8")
    fast = audit([path], workers=1).model_dump_json()
    line_aware()
    assert audit([path], workers=1).model_dump_json() == fast


def test_the_library_reports_its_stages_to_a_callback_and_prints_nothing(tmp_path, capsys):
    from auditor import audit
    path = tmp_path / "claims.jsonl"
    path.write_text(SOURCE + "\n" + json.dumps(CLAIM) + "\n", encoding="utf-8")
    stages = []
    audit([path], workers=1, progress=stages.append)
    assert stages[0] == "loading claims" and stages[-1] == "building the report"
    assert any(s.startswith("deciding blocks of 1 claims") for s in stages)
    assert capsys.readouterr() == ("", "")


@pytest.mark.parametrize("name", list(BAD_JSON_LINES))
def test_json_lines_problems_are_the_same_both_ways(tmp_path, line_aware, name):
    path = tmp_path / "claims.jsonl"
    path.write_text("\n".join(BAD_JSON_LINES[name]) + "\n", encoding="utf-8")
    fast, slow = _problems_both(path, line_aware)
    assert fast == slow and fast


BAD_JSON_FILES = {
    "unknown metric": {"sources": [json.loads(SOURCE) | {"type": None}], "claims": [CLAIM | {"metric": "homicide"}]},
    "errors deep in a claim": {"sources": [{k: v for k, v in json.loads(SOURCE).items() if k != "type"}],
                               "claims": [CLAIM, CLAIM | {"change": {"phrase": "up 5%", "base": "the 12th of never"}},
                                          CLAIM | {"id": "x", "share": {"of": "nobody", "fraction": "half"},
                                                   "value": None}]},
    "not claims at all": {"claims": "none", "findings": []},
}


@pytest.mark.parametrize("name", list(BAD_JSON_FILES))
@pytest.mark.parametrize("indent", [None, 2])
def test_json_file_problems_are_the_same_both_ways(tmp_path, line_aware, name, indent):
    path = tmp_path / "claims.json"
    path.write_text(json.dumps(BAD_JSON_FILES[name], indent=indent), encoding="utf-8")
    fast, slow = _problems_both(path, line_aware)
    assert fast == slow and fast


def test_yaml_in_a_json_file_is_still_read(tmp_path):
    """A .json file the JSON parser refuses is read by the YAML reader, as before."""
    data, folder = _seed_records(tmp_path)
    path = tmp_path / "claims.json"
    shutil.copyfile(folder / "claims.yaml", path)
    assert len(load_claims([path]).claims) == len(data["claims"])


def _same_tree(fast, slow, path=()):
    """The same values, types and positions (of every mapping, key, value and item)."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq
    assert type(fast) is type(slow), path
    if isinstance(fast, CommentedMap):
        assert (fast.lc.line, fast.lc.col) == (slow.lc.line, slow.lc.col) and list(fast) == list(slow), path
        for k in fast:
            assert (fast.lc.key(k), fast.lc.value(k)) == (slow.lc.key(k), slow.lc.value(k)), path + (k,)
            _same_tree(fast[k], slow[k], path + (k,))
    elif isinstance(fast, CommentedSeq):
        assert len(fast) == len(slow), path
        for i, (a, b) in enumerate(zip(fast, slow)):
            assert fast.lc.item(i) == slow.lc.item(i), path + (i,)
            _same_tree(a, b, path + (i,))
    else:
        assert fast == slow and str(fast) == str(slow), path


REPO = Path(__file__).resolve().parent.parent


def _yaml_files(root: Path) -> list[str]:
    """Every .yaml file under root outside hidden folders, the folders pruned as they are met
    (a glob of **/*.yaml walked the whole of a checkout's .venv before dropping it)."""
    found = []
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
        found += [(Path(folder) / f).relative_to(root).as_posix() for f in files
                  if f.endswith(".yaml") and not f.startswith(".")]
    return sorted(found)


YAML_FILES = _yaml_files(REPO)


@pytest.mark.slow   # every committed YAML file parsed twice (about 150, growing with the corpora): CI runs it
@pytest.mark.skipif(documents._fast_yaml is None, reason="ruamel.yaml.clib is not installed")
@pytest.mark.parametrize("name", YAML_FILES)
def test_libyaml_reads_every_committed_yaml_file_as_the_pure_parser_does(name):
    import io
    text = (REPO / name).read_text(encoding="utf-8")
    _same_tree(documents._fast_yaml(text), documents._yaml().load(io.StringIO(text)))


@pytest.mark.parametrize("text", ["a: 1\na: 2\n", "claims:\n  - id: [unclosed\n", "x: !!binary AAAA\n",
                                  "%YAML 1.2\n---\nclaims: []\n", "a:\n\t- b\n", "{a: 1}\n"])
def test_yaml_that_libyaml_might_read_otherwise_gives_what_the_pure_parser_gives(text):
    """Whatever libyaml makes of odd YAML, the loader's answer is the pure parser's."""
    import io
    problems = []
    try:
        pure = documents._yaml().load(io.StringIO(text))
    except Exception:
        pure = None
    got = documents._parse(text, "f.yaml", problems)
    if pure is None:
        assert got is None and problems
    else:
        _same_tree(got, pure)


def test_unwritable_text_in_json_lines_is_located_at_its_line(tmp_path):
    """The JSON parser's records skip the walk for NUL bytes and lone surrogates only when
    their line cannot hold one: a NUL escape is still refused, at its line."""
    path = tmp_path / "claims.jsonl"
    path.write_text("\n".join([SOURCE, _line(), _line(id="d", note="a\u0000b")]) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as exc:
        load_claims([path])
    (p,) = exc.value.problems
    assert (p.code, p.line) == ("text-invalid", 3) and "NUL" in p.message


def test_repeated_phrases_read_from_memory_give_the_same_claims(tmp_path):
    """Metric and place names, value and change phrases are looked up once per pack: the
    claims that repeat them equal the ones read first, field for field."""
    path = tmp_path / "claims.jsonl"
    lines = [SOURCE] + [_line(id=f"c{i}", metric=m, value=v, quote=f"q{i}")
                        for i, (m, v) in enumerate([("guns_recovered", "over 2,000"), ("Guns recovered", "over 2,000"),
                                                    ("guns_recovered", "nearly 12")])]
    lines += [json.dumps({**CLAIM, "id": f"d{i}", "value": None, "change": {"phrase": "up 5%", "base": b}})
              for i, b in enumerate(["2019", "2018"])]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    claims = load_claims([path]).claims
    assert claims[0].metric == claims[1].metric == "guns_recovered"
    assert claims[0].value == claims[1].value and claims[2].value.low == "12"
    assert claims[3].change.by == claims[4].change.by and (claims[3].change.base, claims[4].change.base) == ("2019", "2018")
    assert load_claims([path]).claims == claims


ISO_PERIODS = st.one_of(
    st.integers(1, 9999).map(lambda y: f"{y:04d}"),
    st.tuples(st.integers(1, 9999), st.integers(0, 13)).map(lambda t: f"{t[0]:04d}-{t[1]:02d}"),
    st.tuples(st.integers(1900, 2100), st.integers(1, 12), st.integers(0, 32)).map(
        lambda t: f"{t[0]:04d}-{t[1]:02d}-{t[2]:02d}"),
    st.tuples(st.integers(1900, 2100), st.integers(1, 12), st.integers(1900, 2100), st.integers(1, 12)).map(
        lambda t: f"{t[0]:04d}-{t[1]:02d}/{t[2]:04d}-{t[3]:02d}"),
    st.tuples(st.integers(1, 9999), st.integers(1, 9999)).map(lambda t: f"{t[0]:04d}/{t[1]:04d}"),
)


def _an_iso_period_means_the_same_days_against_any_publication_date(phrase, published, other, previous):
    """The law of the two tests below (a few examples in the quick suite, many with -m slow)."""
    from datetime import timedelta
    from auditor.periods import PeriodPhraseError, _read
    from auditor.text.times import UnreadablePeriod  # noqa: F401 - the reader's own error, wrapped by _read
    before = None
    if previous is not None and previous[0].toordinal() + previous[1] <= 3652059:
        before = (previous[0], previous[0] + timedelta(days=previous[1]))

    def reading(day, prev):
        try:
            return _read.__wrapped__(phrase, day, prev)
        except (PeriodPhraseError, ValueError, OverflowError):
            return "refused"
    assert reading(published, before) == reading(other, None)


@given(phrase=ISO_PERIODS, published=st.dates(), other=st.dates(),
       previous=st.one_of(st.none(), st.tuples(st.dates(), st.integers(0, 400))))
@settings(max_examples=15, deadline=None)
def test_an_iso_period_means_the_same_days_against_any_publication_date(phrase, published, other, previous):
    """The law the loader's shortcut rests on: a period written in ISO dates alone reads the
    same (or is refused the same) whatever the publication date and the period before it.
    Compared with the time reader itself, which takes both into account."""
    _an_iso_period_means_the_same_days_against_any_publication_date(phrase, published, other, previous)


@pytest.mark.slow
@given(phrase=ISO_PERIODS, published=st.dates(), other=st.dates(),
       previous=st.one_of(st.none(), st.tuples(st.dates(), st.integers(0, 400))))
@settings(max_examples=50, deadline=None)
def test_an_iso_period_means_the_same_days_against_any_publication_date_many(phrase, published, other, previous):
    _an_iso_period_means_the_same_days_against_any_publication_date(phrase, published, other, previous)


def test_the_models_validate_pack_aware_fields_with_the_validators_in_their_context():
    """The models import nothing from the loading layer: a loader hands them its validators
    in the validation context (auditor/models/base.py), and those are the ones called."""
    from auditor.loading import vocabulary
    from auditor.models import Claim
    from auditor.pack import load_pack

    called = []

    class Recording:
        def __getattr__(self, name):
            def validator(value, info):
                called.append(name)
                return getattr(vocabulary, name)(value, info)
            return validator

    record = {**CLAIM, "change": {"phrase": "up 5%", "base": "2019"}, "value": None}
    claim = Claim.model_validate(record, context={"pack": load_pack(), "vocabulary": Recording()})
    assert claim.change.by.low == "5" and claim.metric == "guns_recovered"
    assert {"canonical_metric", "canonical_place", "change_phrase"} <= set(called)
    assert Claim.model_validate(record) == claim   # no context: the bundled pack's validators


def test_no_model_module_imports_the_loading_layer():
    """Layers point one way: models at the bottom, their pack-aware validators passed in the
    validation context (auditor/models/base.py)."""
    import ast
    folder = Path(__file__).resolve().parent.parent / "auditor" / "models"
    for path in sorted(folder.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                assert not (node.module or "").startswith("auditor.loading"), (path.name, node.module)
            elif isinstance(node, ast.Import):
                assert not any(a.name.startswith("auditor.loading") for a in node.names), path.name


def _a_whole_number_in_digits_is_read_as_the_reader_reads_it(number, grouped):
    """The law of the two tests below (a few examples in the quick suite, many with -m slow)."""
    from auditor.loading import phrases
    from auditor.pack import load_pack
    pack = load_pack()
    text = f"{number:,}" if grouped else str(number)
    assert phrases._PLAIN_NUMBER.fullmatch(text)
    quick = phrases.parse_amount(text, pack)
    read = phrases._amount(phrases._read(text, pack), text, pack)
    assert quick == read and quick.model_fields_set == read.model_fields_set


@given(st.integers(0, 10 ** 15 - 1), st.booleans())
@settings(max_examples=20, deadline=None)
def test_a_whole_number_in_digits_is_read_as_the_reader_reads_it(number, grouped):
    """parse_amount's shortcut for "75" and "1,234" gives the Amount the number reader gives."""
    _a_whole_number_in_digits_is_read_as_the_reader_reads_it(number, grouped)


@pytest.mark.slow
@given(st.integers(0, 10 ** 15 - 1), st.booleans())
@settings(max_examples=80, deadline=None)
def test_a_whole_number_in_digits_is_read_as_the_reader_reads_it_many(number, grouped):
    _a_whole_number_in_digits_is_read_as_the_reader_reads_it(number, grouped)


@pytest.mark.parametrize("text", ["007", "1,23", "12,3456", "1e3", "٣", "1,000,000,000,000,000", "12.0", "-3", " 12"])
def test_numbers_the_shortcut_leaves_to_the_reader(text):
    from auditor.loading import phrases
    assert not phrases._PLAIN_NUMBER.fullmatch(text)


# A period written in ISO dates alone is read by the loader's memo without the time reader
# (auditor/loading/corpus.py, iso_days): the same days the reader gives, or nothing.

def _iso_date(year, month, day):
    return f"{year:04d}" + (f"-{month:02d}" if month is not None else "") + (
        f"-{day:02d}" if month is not None and day is not None else "")


ISO_YEAR = st.one_of(st.integers(1490, 1510), st.integers(1950, 2030), st.integers(2090, 2110),
                     st.sampled_from([0, 999, 1000, 1499, 9999]))
ISO_DATE = st.builds(_iso_date, ISO_YEAR, st.one_of(st.none(), st.integers(0, 13)),
                     st.one_of(st.none(), st.integers(0, 32)))


# 1,500 examples, about 1.3 CPU-s: run with -m slow, and in CI; the quick run reads plain ISO
# periods both ways in test_plain_iso_periods_are_read_by_the_loader below
@pytest.mark.slow
@given(start=ISO_DATE, end=st.one_of(st.none(), ISO_DATE),
       published=st.dates(min_value=__import__("datetime").date(1990, 1, 1)))
@settings(max_examples=1500, deadline=None)
def test_a_period_in_iso_dates_is_read_as_the_time_reader_reads_it(start, end, published):
    from auditor.loading.corpus import iso_days
    from auditor.periods import PeriodPhraseError, resolve_period_phrase
    phrase = start if end is None else f"{start}/{end}"
    days = iso_days(phrase)
    if days is None:
        return
    try:
        read = resolve_period_phrase(phrase, published, None, None)
    except PeriodPhraseError as exc:
        raise AssertionError(f"{phrase!r}: the reader refuses it ({exc}), the loader read {days}") from None
    assert days == read.period
    assert days.model_fields_set == read.period.model_fields_set


@pytest.mark.parametrize("phrase", ["2008", "2008-06", "2008-06-14", "1998-01/1998-04", "2015-01-03/2015-02",
                                    "1500", "2099-12-31", "2016-02-29", "2015/2017", "1986-09/1986-09"])
def test_plain_iso_periods_are_read_by_the_loader(phrase):
    from datetime import date

    from auditor.loading.corpus import iso_days
    from auditor.periods import resolve_period_phrase
    days = iso_days(phrase)
    assert days is not None and days == resolve_period_phrase(phrase, date(2024, 5, 1)).period


@pytest.mark.parametrize("phrase", ["1499", "2100", "2015-02-29", "2015-13", "2015-05/2015-01", "2015-00",
                                    "2015-01-32", "2020-21", "last year", "FY2021", "2015-1"])
def test_other_periods_are_left_to_the_reader(phrase):
    from auditor.loading.corpus import iso_days
    assert iso_days(phrase) is None


# "last year" and its forms are read once per publication year (auditor/periods.py,
# _LAST_YEAR), by periods._resolve and by the loader's memo: the law is that the time reader
# reads such a phrase alike on every day of a year, whatever the period before it.

def _last_year_phrases():
    from auditor.periods import _LAST_YEAR
    return st.one_of(st.from_regex(_LAST_YEAR, fullmatch=True),
                     st.sampled_from(["last year", "Last year", "in last year", "over the last year",
                                      "during last year", "for the last year", "LAST  YEAR"]))


def _a_period_before(draw_from):
    from datetime import timedelta

    from auditor.models.periods import Period

    def made(t):
        start, length, uncertain = t
        if start.toordinal() + length + uncertain > 3652059:
            return None
        end = start + timedelta(days=length)
        return Period(start=start, end=end, latest_end=end + timedelta(days=uncertain) if uncertain else None)
    return st.one_of(st.none(), st.tuples(draw_from, st.integers(0, 400), st.integers(0, 200)).map(made))


# 400 examples, about 1 CPU-s: run with -m slow, and in CI; the quick run keeps the memo's reading
# against the reader (test_the_memo_reads_last_year_once_a_year_and_a_refusal_for_its_own_day
# below) and the loader's both ways (test_loading_fast.py's test_last_year_read_once_a_year_...)
@pytest.mark.slow
@given(phrase=_last_year_phrases(), published=st.dates(), other=st.integers(0, 365),
       previous=_a_period_before(st.dates()),
       fiscal=st.one_of(st.none(), st.sampled_from(["07-01", "10-01", "01-01"])))
@settings(max_examples=400, deadline=None)
def test_last_year_reads_alike_on_every_day_of_a_year_whatever_came_before(phrase, published, other,
                                                                            previous, fiscal):
    """The law periods._resolve's and the loader memo's shortcut rest on, against the time
    reader itself: the reading on one day with any period before is the reading on any other
    day of that year with none, or both are refused. And the public reader, with its shortcut,
    reads each day as the reader does."""
    from datetime import date, timedelta

    from auditor.pack.model import FiscalYear
    from auditor.periods import PeriodPhraseError, _read, _resolve_each, resolve_period_phrase

    day = date(published.year, 1, 1) + timedelta(days=other)
    if day.year != published.year:
        day = date(published.year, 12, 31)

    def reading(read, *args):
        try:
            return read(*args)
        except (PeriodPhraseError, ValueError, OverflowError):
            return "refused"
    each = reading(_resolve_each, phrase, published, previous)
    assert each == reading(_read.__wrapped__, phrase, day, None)
    year = FiscalYear(start=fiscal) if fiscal else None
    assert reading(resolve_period_phrase, phrase, published, previous, year) == each


def test_the_memo_reads_last_year_once_a_year_and_a_refusal_for_its_own_day():
    from datetime import date

    from auditor.loading.corpus import _Memo
    from auditor.models.periods import Period
    from auditor.pack import load_pack
    from auditor.periods import resolve_period_phrase

    memo = _Memo(load_pack())
    before = Period(start=date(2010, 1, 1), end=date(2010, 12, 31))
    first = memo.period("last year", date(2020, 3, 1), None, None)
    assert first == (resolve_period_phrase("last year", date(2020, 11, 30), before).period, None)
    assert memo.period("last year", date(2020, 11, 30), before, None) is first   # kept by year
    assert memo.period("last year", date(2021, 1, 1), None, None)[0].start == date(2020, 1, 1)
    refused = [memo.period("last year", date(1, month, 1), None, None)[1] for month in (3, 4)]
    assert "0001-03-01" in refused[0] and "0001-04-01" in refused[1]   # each names its own day


def _sources_alike_built_at_once_are_those_built_one_by_one(data):
    """The law of the two tests below (a few examples in the quick suite, many with -m slow)."""
    first = data.draw(source_records())
    # records with the first's keys, in its order (some values drawn anew), and now and then another
    records = [first] + [dict(zip(first, data.draw(source_records()).values())) if not data.draw(st.integers(0, 5))
                         else {k: v for k, v in first.items()} for _ in range(data.draw(st.integers(0, 4)))]
    builder = _builder()
    together = builder.build_sources([dict(r) for r in records])
    alone = [builder.build_source(dict(r)) for r in records]
    if together is None:
        return
    assert None not in alone and len(together) == len(alone)
    for a, b in zip(together, alone):
        assert type(a) is type(b) and list(a.__dict__) == list(b.__dict__) and a.__dict__ == b.__dict__
        assert a.model_fields_set == b.model_fields_set and a.published.model_fields_set == b.published.model_fields_set
        assert (a.__pydantic_extra__, a.__pydantic_private__) == (None, None)
        assert a.model_dump_json() == b.model_dump_json()


@given(st.data())
@settings(max_examples=20, deadline=None)
def test_sources_alike_built_at_once_are_those_built_one_by_one(data):
    """ClaimBuilder.build_sources (the fast path's sources, a field at a time) gives, for any
    records, None or what build_source gives each (the model, its fields in order, the fields
    given, its dates); it never builds a list where build_source would leave one to pydantic."""
    _sources_alike_built_at_once_are_those_built_one_by_one(data)


@pytest.mark.slow
@given(st.data())
@settings(max_examples=80, deadline=None)
def test_sources_alike_built_at_once_are_those_built_one_by_one_many(data):
    _sources_alike_built_at_once_are_those_built_one_by_one(data)


def test_sources_alike_are_built_at_once_and_others_are_not():
    builder = _builder()
    a = {"id": "a", "title": "T", "publisher": "P", "published": "2020-01-02"}
    b = {"id": "b", "title": "T", "publisher": "P", "published": "2020-01-02", "kind": "dataset"}
    assert [s.id for s in builder.build_sources([a, dict(a, id="c")])] == ["a", "c"]
    assert builder.build_sources([a, b]) is None   # not alike
    assert builder.build_sources([b, dict(b, kind="rumour")]) is None
    assert builder.build_sources([a, dict(a, published="yesterday")]) is None
    assert builder.build_sources([a, dict(a, title=3)]) is None


# "since 1994" on a day of a later year is read once and its end moved to the day
# (auditor/periods.py, _SINCE_YEAR): the law is that the reader reads it so, whatever came before.

def _since_a_year_reads_to_the_day_whatever_came_before(year, published, other, previous, blanks):
    """The law of the two tests below (a few examples in the quick suite, many with -m slow)."""
    from dataclasses import replace

    from auditor import periods
    from auditor.models.periods import Period
    from auditor.periods import PeriodPhraseError, _read, _resolve_each, resolve_period_phrase

    phrase = f"since{blanks}{year}"

    def reading(read, *args):
        try:
            return read(*args)
        except (PeriodPhraseError, ValueError, OverflowError):
            return "refused"
    periods._SINCE.clear()
    for day in (other, published):   # the second read from what the first kept, when both are later
        each = reading(_resolve_each, phrase, day, previous)
        assert reading(resolve_period_phrase, phrase, day, previous) == each
    if published.year > year and other.year > year:
        a, b = reading(_read.__wrapped__, phrase, published, None), reading(_read.__wrapped__, phrase, other, None)
        assert a != "refused" and b != "refused"
        assert a.period.end == published and b.period.end == other
        assert replace(a, period=Period(start=a.period.start, end=other)) == b


@given(year=st.integers(1500, 2099), published=st.dates(), other=st.dates(),
       previous=_a_period_before(st.dates()), blanks=st.sampled_from([" ", "  "]))
@settings(max_examples=40, deadline=None)
def test_since_a_year_reads_to_the_day_whatever_came_before(year, published, other, previous, blanks):
    """The law periods._resolve's shortcut rests on, against the time reader itself: on any
    two days of years after the base year, with any period before, the readings differ only
    in their end, each its own day. And the public reader, with its shortcut, reads each day
    as the reader does (a refusal where it refuses)."""
    _since_a_year_reads_to_the_day_whatever_came_before(year, published, other, previous, blanks)


@pytest.mark.slow
@given(year=st.integers(1500, 2099), published=st.dates(), other=st.dates(),
       previous=_a_period_before(st.dates()), blanks=st.sampled_from([" ", "  "]))
@settings(max_examples=150, deadline=None)
def test_since_a_year_reads_to_the_day_whatever_came_before_many(year, published, other, previous, blanks):
    _since_a_year_reads_to_the_day_whatever_came_before(year, published, other, previous, blanks)


def test_since_a_year_is_read_by_the_reader_within_or_before_its_year():
    from datetime import date

    from auditor import periods
    from auditor.periods import PeriodPhraseError, resolve_period_phrase
    periods._SINCE.clear()
    assert resolve_period_phrase("since 1994", date(2014, 2, 16)).period.end == date(2014, 2, 16)
    assert periods._SINCE["since 1994"].period.start == date(1994, 1, 1)
    assert resolve_period_phrase("since 1994", date(2015, 3, 1)).period.end == date(2015, 3, 1)
    assert resolve_period_phrase("since 2014", date(2014, 2, 16)).period.start == date(2014, 1, 1)
    assert "since 2014" not in periods._SINCE   # a day of the base year: read, not kept
    with pytest.raises(PeriodPhraseError):
        resolve_period_phrase("since 2015", date(2014, 2, 16))


def _a_change_by_a_plain_figure_is_read_as_the_reader_reads_it(number, grouped, decimals, form):
    """The law of the two tests below (a few examples in the quick suite, many with -m slow)."""
    from auditor.loading import phrases
    from auditor.pack import load_pack
    pack = load_pack()
    figure = (f"{number:,}" if grouped else str(number)) + (f".{decimals}" if decimals is not None else "")
    text = form.format(figure)
    assert phrases._PLAIN_CHANGE.fullmatch(text)
    quick = phrases.parse_change(text, pack)
    read = phrases._read_change(text, pack)
    assert quick == read and quick.model_dump_json() == read.model_dump_json()
    assert quick.model_fields_set == read.model_fields_set and quick.by.model_fields_set == read.by.model_fields_set


@given(number=st.integers(0, 10 ** 15 - 1), grouped=st.booleans(), decimals=st.one_of(st.none(), st.text("0123456789", min_size=1, max_size=6)),
       form=st.sampled_from(["up {}%", "down {}%", "up {} percent", "down {} percent", "{} more", "{} fewer"]))
@settings(max_examples=40, deadline=None)
def test_a_change_by_a_plain_figure_is_read_as_the_reader_reads_it(number, grouped, decimals, form):
    """parse_change's shortcut for "up 5.1%", "down 24 percent", "7 more" and "1,234 fewer"
    gives the Change the reader gives (the same fields, the same fields given, its figure's too)."""
    _a_change_by_a_plain_figure_is_read_as_the_reader_reads_it(number, grouped, decimals, form)


@pytest.mark.slow
@given(number=st.integers(0, 10 ** 15 - 1), grouped=st.booleans(), decimals=st.one_of(st.none(), st.text("0123456789", min_size=1, max_size=6)),
       form=st.sampled_from(["up {}%", "down {}%", "up {} percent", "down {} percent", "{} more", "{} fewer"]))
@settings(max_examples=150, deadline=None)
def test_a_change_by_a_plain_figure_is_read_as_the_reader_reads_it_many(number, grouped, decimals, form):
    _a_change_by_a_plain_figure_is_read_as_the_reader_reads_it(number, grouped, decimals, form)


@pytest.mark.parametrize("text", ["up 05%", "Up 5%", "up  5%", "up 5 %", "up 5.1234567%", "down 5 per cent", "7 More",
                                  "about 7 fewer", "up 1,23%", "up -5%", "up 5%.", "5 more than"])
def test_changes_the_shortcut_leaves_to_the_reader(text):
    from auditor.loading import phrases
    assert phrases._PLAIN_CHANGE.fullmatch(text) is None
