"""The fast path of plain JSON Lines (auditor/loading/fast.py) gives what the loader gives
without it: for any file, it declines (and the loader reads the file as always, every problem
reported and located as before), or it gives the same corpus: the same claims, in the same
order, equal in every field, in the fields given and in their JSON; the same sources; the
same positions. The claims it keeps are built into models only when first asked for."""

import json
import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor import InputError, load_claims
from auditor.loading import corpus, fast
from auditor.models import Claim

from loading_cases import CLAIM, SOURCE, claim_line as _line

pytestmark = pytest.mark.slow   # the fast path's equivalence with the loader, property-tested: CI runs it (`pytest -m slow`)


def _outcome(path, pack=None):
    """The corpus (claims as JSON with their fields given, sources, positions) or the problems."""
    try:
        c = load_claims([path], pack=pack)
    except InputError as exc:
        return "problems", exc.problems
    claims = [(type(x), x.model_dump_json(), sorted(x.model_fields_set), x.quote.model_fields_set) for x in c.claims]
    return "corpus", (claims, c.claims, c.sources, dict(c.positions), list(c.positions), c.files)


def _both(path, pack=None):
    """(with the fast path, without it, whether the fast path took the file)."""
    taken = []
    real = fast.fast_load

    def watched(files, pack):
        found = real(files, pack)
        taken.append(found is not None)
        return found

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(corpus, "fast_load", watched)
        first = _outcome(path, pack)
        mp.setattr(corpus, "fast_load", lambda files, pack: None)
        second = _outcome(path, pack)
    return first, second, any(taken)


def _instead(**statement) -> str:
    """A claim line (its id "{id}") stating `statement` instead of a value."""
    return _line(id="{id}", value=None, **statement)


def _stating(kind: str, base: str, than: str, **fields) -> str:
    """A claim line stating a value (kind "value"), or instead a change "up 5%" from `base`, a
    comparison "higher" than `than`, or a record since 1994."""
    statement = {"value": {},
                 "change": {"value": None, "change": {"phrase": "up 5%", "base": base}},
                 "comparison": {"value": None, "comparison": {"relation": "higher", "than": than}},
                 "record": {"value": None, "comparison": {"relation": "record-high", "window": "since 1994"}}}
    return _line(**fields, **statement[kind])


def _jsonl(folder, lines: list[str] | str):
    """folder/claims.jsonl holding `lines` (one a line) or the text given."""
    path = folder / "claims.jsonl"
    path.write_text(lines if isinstance(lines, str) else "\n".join(lines) + "\n", encoding="utf-8")
    return path


SOURCES = [SOURCE, '{"type": "source", "id": "t", "title": "T2", "publisher": "Q", "published": "2019-02-01", '
                   '"kind": "dataset", "url": "https://example.org/a"}']

# one claim line each: plain ones and every kind of thing the fast path must decline
LINES = {
    "value": _line(id="{id}"),
    "value, a number": _line(id="{id}", value=12),
    "value, a float": _line(id="{id}", value=12.5),
    "value, a phrase": _line(id="{id}", value="about 1,200"),
    "value, true": _line(id="{id}", value=True),
    "place, by another name": _line(id="{id}", place="West Precinct"),
    "place, a number": _line(id="{id}", place=7),
    "place, unhashable": _line(id="{id}", place=["birmingham-al"]),
    "source, unhashable": _line(id="{id}", source=["s"]),
    "value, a list": _line(id="{id}", value=["12"]),
    "value, unreadable": _line(id="{id}", value="twelve bananas"),
    "value, negative": _line(id="{id}", value="-3"),
    "value, in a unit": _line(id="{id}", value="12 bananas"),
    "period, a year as a number": _line(id="{id}", period=2019),
    "period, ISO": _line(id="{id}", period="2019-03"),
    "period, after the claim before": _line(id="{id}", period="the same period last year"),
    "period, unreadable": _line(id="{id}", period="the 12th of never"),
    "change": _instead(change={"phrase": "up 5%", "base": "2018"}),
    "change, its own text": _instead(change={"phrase": "up 5%", "base": 2018, "text": "5%"}),
    "change, a base place": _instead(change={"phrase": "up 5%", "base": "2018", "base_place": "birmingham-al"}),
    "change, a base of another type": _instead(change={"phrase": "up 5%", "base": 2.5}),
    "change, unreadable": _instead(change={"phrase": "sideways", "base": "2018"}),
    "share, its own text": _instead(share={"fraction": 0.4, "of": "c0", "text": "40%"}),
    "change, in words": _instead(change="down 3"),
    "change, no value key": json.dumps({k: v for k, v in {**CLAIM, "id": "{id}",
                                                          "change": {"phrase": "down 24 percent"}}.items()
                                        if k != "value"}),
    "change, base after the claim": _instead(change={"phrase": "up 5%", "base": "the year before"}),
    "change, bad base": _instead(change={"phrase": "up 5%", "base": "someday"}),
    "change, decimals of a count": _instead(change="down 11.0"),
    "comparison": _instead(comparison={"relation": "higher", "than": "2018"}),
    "comparison, record": _instead(comparison={"relation": "record-high", "window": "since 1994"}),
    "comparison, no than": _instead(comparison={"relation": "higher"}),
    "share": _instead(share={"fraction": "40%", "of": "c0"}),
    "share, of nothing": _instead(share={"fraction": "half", "of": "nowhere"}),
    "share, too large": _instead(share={"fraction": "140%", "of": "c0"}),
    "two statements": _line(id="{id}", change="up 5%"),
    "no statement": _line(id="{id}", value=None),
    "readings": _instead(readings=[{"label": "a", "value": "1"}, {"label": "b", "value": "2"}]),
    "speaker, note, attribution": _line(id="{id}", speaker="Chief", note="n", attribution="direct-quote"),
    "attribution, unknown": _line(id="{id}", attribution="rumour"),
    "attribution, null": _line(id="{id}", attribution=None),
    "projection": _line(id="{id}", projection=True),
    "projection, a number": _line(id="{id}", projection=1),
    "supersedes": _line(id="{id}", supersedes="c0"),
    "supersedes, itself": _line(id="{id}", supersedes="{id}"),
    "supersedes, nothing": _line(id="{id}", supersedes="c999"),
    "type claim": json.dumps({"type": "claim", **CLAIM, "id": "{id}"}),
    "type other": json.dumps({"type": "table", **CLAIM, "id": "{id}"}),
    "unknown field": _line(id="{id}", valeu="12"),
    "missing field": json.dumps({k: v for k, v in {**CLAIM, "id": "{id}"}.items() if k != "quote"}),
    "metric, unknown": _line(id="{id}", metric="homicide"),
    "metric, a number": _line(id="{id}", metric=5),
    "place, unknown": _line(id="{id}", place="atlantis"),
    "source, missing": _line(id="{id}", source="nowhere"),
    "source, other": _line(id="{id}", source="t"),
    "quote, not text": _line(id="{id}", quote=5),
    "quote, a colon": _line(id="{id}", quote="at 3:15 p.m., 12 guns"),
    "quote, escaped quotes": _line(id="{id}", quote='he said "12"'),
    "quote, not ASCII": _line(id="{id}", quote="12 armes à feu"),
    "quote, a line separator": json.dumps({**CLAIM, "id": "{id}", "quote": "a\u2028b"}, ensure_ascii=False),
    "quote, a NUL": _line(id="{id}", quote="a\u0000b"),
    "id, repeated": _line(id="c0"),
    "id, a number": _line(id=7),
    "a repeated key": '{"id": "{id}", "id": "x{id}", "source": "s", "metric": "guns_recovered", '
                      '"place": "birmingham-al", "period": "2019", "value": "1", "quote": "q"}',
    "a repeated key, a blank before its colon": '{"id": "{id}", "id" : "x{id}", "source": "s", '
                                                '"metric": "guns_recovered", "place": "birmingham-al", '
                                                '"period": "2019", "value": "1", "quote": "q:"}',
    "blank line": "",
    "leading blank": " " + _line(id="{id}"),
    "trailing blank": _line(id="{id}") + " ",
    "null": "null",
    "two records on a line": _line(id="{id}") + ", " + _line(id="x{id}"),
    "not JSON": "{id: 1}",
    "a source": '{"type": "source", "id": "u{id}", "title": "T", "publisher": "P", "published": "2020-01-02"}',
    "a source, a range of days": '{"type": "source", "id": "u{id}", "title": "T", "publisher": "P", '
                                 '"published": {"earliest": "2020-01-02", "latest": "2020-01-09"}}',
    "a source, repeated": SOURCE,
    "a source, with text": '{"type": "source", "id": "u{id}", "title": "T", "publisher": "P", '
                           '"published": "2020-01-02", "text": "12 guns"}',
}
PLAIN = ["value", "value, a number", "value, a float", "value, a phrase", "period, a year as a number",
         "period, ISO", "change", "change, in words", "change, its own text", "change, a base place",
         "share, its own text", "change, base after the claim", "period, after the claim before", "change, no value key", "comparison", "comparison, record",
         "share", "speaker, note, attribution", "projection", "supersedes", "type claim", "quote, a colon",
         "quote, escaped quotes", "quote, not ASCII", "source, other", "a source",
         "place, by another name"]


def _file(names: list[str], ending: str = "\n", bom: bool = False) -> str:
    lines = list(SOURCES) + [_line(id="c0")] + [LINES[name].replace("{id}", f"c{i + 1}") for i, name in
                                                enumerate(names)]
    return ("\ufeff" if bom else "") + ending.join(lines) + ending


def test_a_plain_file_takes_the_fast_path_and_gives_the_same_corpus(tmp_path):
    path = _jsonl(tmp_path, _file(PLAIN * 3))
    with_fast, without, taken = _both(path)
    assert taken and with_fast[0] == "corpus"
    assert with_fast == without


@pytest.mark.parametrize("name", sorted(set(LINES) - set(PLAIN)))
def test_anything_else_is_declined_or_the_same(tmp_path, name):
    path = _jsonl(tmp_path, _file(PLAIN[:3] + [name] + PLAIN[3:6]))
    with_fast, without, taken = _both(path)
    assert with_fast == without


@pytest.mark.parametrize("ending, bom", [("\r\n", False), ("\n", True), ("", False)])
def test_line_ends_and_a_byte_order_mark(tmp_path, ending, bom):
    path = tmp_path / "claims.jsonl"
    text = _file(PLAIN[:5], ending="\n", bom=bom)
    if ending != "\n":
        text = text.rstrip("\n").replace("\n", ending) if ending else text.rstrip("\n")
    path.write_text(text, encoding="utf-8", newline="")
    with_fast, without, _ = _both(path)
    assert with_fast == without and with_fast[0] == "corpus"


def _any_mix_of_lines_is_declined_or_the_same(tmp_path_factory, names):
    """The law of the two tests below (a few examples in the quick suite, many with -m slow)."""
    path = tmp_path_factory.mktemp("fast") / "claims.jsonl"
    path.write_text(_file(names), encoding="utf-8")
    with_fast, without, taken = _both(path)
    assert with_fast == without
    if set(names) <= set(PLAIN):
        assert taken


@given(st.lists(st.sampled_from(sorted(LINES)), min_size=1, max_size=12))
@settings(max_examples=15, deadline=None)
def test_any_mix_of_lines_is_declined_or_the_same(tmp_path_factory, names):
    _any_mix_of_lines_is_declined_or_the_same(tmp_path_factory, names)


@pytest.mark.slow
@given(st.lists(st.sampled_from(sorted(LINES)), min_size=1, max_size=12))
@settings(max_examples=60, deadline=None)
def test_any_mix_of_lines_is_declined_or_the_same_many(tmp_path_factory, names):
    _any_mix_of_lines_is_declined_or_the_same(tmp_path_factory, names)


def test_files_in_a_folder_and_several_chunks(tmp_path, monkeypatch):
    """Claims in two files (numbered in the positions as the loader numbers them), read a
    few lines at a time, a source in one file named by claims in the other."""
    monkeypatch.setattr(fast, "_PIECE", 200)
    (tmp_path / "a.jsonl").write_text(_file(PLAIN * 2), encoding="utf-8")
    (tmp_path / "b.jsonl").write_text("\n".join(_line(id=f"b{i}", period="2017") for i in range(30)) + "\n",
                                      encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(SOURCES[1].replace('"t"', '"v"') + "\n", encoding="utf-8")
    with_fast, without, taken = _both(tmp_path)
    assert taken and with_fast == without and len(with_fast[1][0]) == 2 * (len(PLAIN) - 1) + 31   # "a source" is no claim


def test_the_claims_are_built_when_first_asked_for(tmp_path):
    path = _jsonl(tmp_path, _file(PLAIN))
    loaded = load_claims([path])
    lazy = loaded.__dict__["claims"]
    assert type(lazy) is fast.LazyClaims and len(loaded.claims) == len(PLAIN)   # c0 and the claims of PLAIN but "a source"
    assert type(loaded.__dict__["claims"]) is fast.LazyClaims   # counting builds nothing
    first = loaded.claims[0]
    assert type(first) is Claim and type(loaded.__dict__["claims"]) is tuple   # built once, kept as a tuple
    assert lazy == loaded.claims and loaded.claims == lazy and list(lazy) == list(loaded.claims)
    assert lazy + () == loaded.claims and () + lazy == loaded.claims
    assert pickle.loads(pickle.dumps(lazy)) == loaded.claims
    again = load_claims([path])
    assert pickle.loads(pickle.dumps(again)).claims == loaded.claims   # pickled as the tuple it stands for
    assert hash(load_claims([path]).__dict__["claims"]) == hash(loaded.claims)
    assert again == loaded and type(again.__dict__["claims"]) is tuple


def test_places_and_sources_kept_as_written_are_built_as_one_string_each(tmp_path, monkeypatch):
    """The places and sources a fast load keeps as each claim wrote them (checked a distinct
    name at a time) are built into the pack's and the source's own strings: one string for
    every claim naming it alike, as the loader's look-ups give. A place written by another
    name, in a later chunk than the places written as ids, is its id in every claim."""
    monkeypatch.setattr(fast, "_PIECE", 200)
    lines = list(SOURCES) + [_line(id=f"c{i}", place="birmingham-al/west-precinct", source="st"[i % 2])
                             for i in range(12)] + [_line(id="d", place="West Precinct")]
    path = _jsonl(tmp_path, lines)
    with_fast, without, taken = _both(path)
    assert taken and with_fast == without
    claims = load_claims([path]).claims
    assert {c.place for c in claims} == {"birmingham-al/west-precinct"}
    assert len({id(c.place) for c in claims[:12]}) == 1 and len({id(c.source) for c in claims[:12]}) == 2


def test_an_audit_of_a_fast_load_is_the_audit_of_the_loader(tmp_path, monkeypatch):
    from auditor import audit_corpus
    from auditor.reporters.json import render
    path = _jsonl(tmp_path, _file(PLAIN * 2))
    reports = []
    for forced in (False, True):
        if forced:
            monkeypatch.setattr(corpus, "fast_load", lambda files, pack: None)
        loaded = load_claims([path])
        assert (type(loaded.__dict__["claims"]) is fast.LazyClaims) is not forced
        report = audit_corpus(loaded, workers=1)
        reports.append(render(report))
    assert reports[0] == reports[1]


FISCAL = ["fiscal-city", "fiscal-ward", "birmingham-al"]
FISCAL_PERIODS = ["FY2021", "2020-21", "2019", "2020-07", "last year", "the same period last year", "FY2030"]


# about 2 CPU-s (two loads per example): run with -m slow, and in CI; the quick run reads fiscal
# years both ways in test_a_plain_file_with_fiscal_years_takes_the_fast_path below
@pytest.mark.slow
@given(st.lists(st.tuples(st.sampled_from(FISCAL), st.sampled_from(FISCAL_PERIODS),
                          st.sampled_from(["value", "change", "comparison"]), st.sampled_from(["s", "t"])),
                min_size=1, max_size=10))
@settings(max_examples=40, deadline=None)
def test_fiscal_years_are_read_as_the_loader_reads_them(tmp_path_factory, claims):
    """A pack whose places have fiscal years: 'FY2021' and '2020-21' are read by the place's
    fiscal year, per place, whatever the fast path reads once."""
    from auditor.pack import load_pack
    folder = tmp_path_factory.mktemp("fiscal")
    (folder / "places.yaml").write_text(
        "places:\n  fiscal-city:\n    name: Fiscal City\n    fiscal_year: {start: '07-01'}\n"
        "  fiscal-ward:\n    name: Fiscal Ward\n    within: fiscal-city\n"
        "  birmingham-al:\n    name: Birmingham, Alabama\n", encoding="utf-8")
    pack = load_pack(folder)
    lines = list(SOURCES)
    for i, (place, period, kind, source) in enumerate(claims):
        lines.append(_stating(kind, "FY2020" if i % 2 else "the year before", "2020-21" if i % 2 else "2018",
                              id=f"c{i}", place=place, period=period, source=source, metric="homicides"))
    with_fast, without, _ = _both(_jsonl(folder, lines), pack)
    assert with_fast == without


def test_a_plain_file_with_fiscal_years_takes_the_fast_path(tmp_path):
    from auditor.pack import load_pack
    (tmp_path / "places.yaml").write_text(
        "places:\n  fiscal-city:\n    name: Fiscal City\n    fiscal_year: {start: '07-01'}\n"
        "  birmingham-al:\n    name: Birmingham, Alabama\n", encoding="utf-8")
    pack = load_pack(tmp_path)
    lines = list(SOURCES) + [_line(id=f"c{i}", metric="homicides", place=place, period=period)
                             for i, (place, period) in enumerate([("fiscal-city", "FY2021"), ("birmingham-al", "2019"),
                                                                  ("fiscal-city", "2020-21"), ("fiscal-city", "last year"),
                                                                  ("birmingham-al", "last year"), ("fiscal-city", "2019")])]
    lines.append(_line(id="d", metric="homicides", place="fiscal-city", period="FY2021", value=None,
                       change={"phrase": "up 5%", "base": "FY2020"}))
    with_fast, without, taken = _both(_jsonl(tmp_path, lines), pack)
    assert taken and with_fast == without and with_fast[0] == "corpus"


YEAR_SOURCES = ['{"type": "source", "id": "u", "title": "U", "publisher": "P", "published": "2021-01-01"}',
                '{"type": "source", "id": "v", "title": "V", "publisher": "P", "published": "2021-12-31"}']
PERIODS = ["last year", "Last year", "in last year", "over the last year", "the same period last year", "2019",
           "so far this year", "the year before", "2020-03"]


def _last_year_read_once_a_year_gives_what_the_loader_gives(tmp_path_factory, claims):
    """The law of the two tests below (a few examples in the quick suite, many with -m slow)."""
    lines = list(SOURCES) + YEAR_SOURCES
    for i, (period, source, kind) in enumerate(claims):
        lines.append(_stating(kind, "the year before" if i % 2 else "2018", "the year before",
                              id=f"c{i}", period=period, source=source))
    with_fast, without, taken = _both(_jsonl(tmp_path_factory.mktemp("yearly"), lines))
    assert with_fast == without
    if {p for p, _, _ in claims} <= {"last year", "Last year", "in last year", "over the last year", "2019", "2020-03"}:
        assert taken and with_fast[0] == "corpus"


@given(st.lists(st.tuples(st.sampled_from(PERIODS), st.sampled_from(["s", "t", "u", "v"]),
                          st.sampled_from(["value", "change", "comparison", "record"])), min_size=1, max_size=14))
@settings(max_examples=15, deadline=None)
def test_last_year_read_once_a_year_gives_what_the_loader_gives(tmp_path_factory, claims):
    """'last year' is read once per publication year with no claim before it (the law of
    auditor/periods.py): beside anaphoric phrases in the same source and others, on days of
    one year and of another, with bases and windows read against each claim's own period."""
    _last_year_read_once_a_year_gives_what_the_loader_gives(tmp_path_factory, claims)


@pytest.mark.slow
@given(st.lists(st.tuples(st.sampled_from(PERIODS), st.sampled_from(["s", "t", "u", "v"]),
                          st.sampled_from(["value", "change", "comparison", "record"])), min_size=1, max_size=14))
@settings(max_examples=60, deadline=None)
def test_last_year_read_once_a_year_gives_what_the_loader_gives_many(tmp_path_factory, claims):
    _last_year_read_once_a_year_gives_what_the_loader_gives(tmp_path_factory, claims)


def test_the_fields_taken_from_every_record_are_those_every_plain_claim_writes():
    from auditor.loading.claim_builder import _REQUIRED
    assert set(fast._ALL_WRITE) == _REQUIRED and len(fast._ALL_WRITE) == len(_REQUIRED)


COMPARISONS = [{"relation": "higher", "than": "2018"}, {"relation": "lower", "than": "2018"},
               {"than": "2018", "relation": "higher"}, {"relation": "higher", "than": "2018", "window": None},
               {"relation": "record-high", "window": "since 1994"}, {"relation": "higher", "than": 2018},
               {"relation": "higher", "than": "2018", "text": "higher than in 2018"}]


def _comparisons_written_alike_are_built_once_and_alike(tmp_path_factory, picked):
    """The law of the two tests below (a few examples in the quick suite, many with -m slow)."""
    lines = list(SOURCES) + [_line(id=f"c{i}", value=None, comparison=COMPARISONS[k]) for i, k in enumerate(picked)]
    path = _jsonl(tmp_path_factory.mktemp("comparisons"), lines)
    with_fast, without, taken = _both(path)
    assert with_fast == without and with_fast[0] == "corpus"
    built = load_claims([path]).claims
    for a, b in zip(picked, built):
        for c, d in zip(picked, built):
            if list(COMPARISONS[a].items()) == list(COMPARISONS[c].items()) and type(COMPARISONS[a].get("than")) is str:
                assert b.comparison is d.comparison


@given(st.lists(st.sampled_from(range(len(COMPARISONS))), min_size=1, max_size=10))
@settings(max_examples=10, deadline=None)
def test_comparisons_written_alike_are_built_once_and_alike(tmp_path_factory, picked):
    """Comparisons of text are built once per distinct mapping (its keys in their order):
    the same claims, equal in every field and in the fields given, as the loader's."""
    _comparisons_written_alike_are_built_once_and_alike(tmp_path_factory, picked)


@pytest.mark.slow
@given(st.lists(st.sampled_from(range(len(COMPARISONS))), min_size=1, max_size=10))
@settings(max_examples=40, deadline=None)
def test_comparisons_written_alike_are_built_once_and_alike_many(tmp_path_factory, picked):
    _comparisons_written_alike_are_built_once_and_alike(tmp_path_factory, picked)


def test_the_positions_are_made_when_first_asked_for(tmp_path):
    path = _jsonl(tmp_path, _file(PLAIN))
    loaded = load_claims([path])
    assert type(loaded.positions._known) is fast._PositionsOf   # a load that is only counted makes none
    assert loaded.positions["c1"] == (str(path), len(SOURCES) + 2, 1) and type(loaded.positions._known) is dict
    assert pickle.loads(pickle.dumps(load_claims([path]).positions)) == dict(loaded.positions)


def test_a_fast_corpus_is_freed_by_reference_counting(tmp_path):
    """No cycle between the corpus and its lazy claims: dropped, it is freed at once, not
    left for the cycle collector (which a million claims keep busy)."""
    import gc
    import weakref
    path = _jsonl(tmp_path, _file(PLAIN))
    was = gc.isenabled()
    gc.disable()
    try:
        loaded = load_claims([path])
        assert type(loaded.__dict__["claims"]) is fast.LazyClaims
        gone = weakref.ref(loaded)
        del loaded
        assert gone() is None
    finally:
        if was:
            gc.enable()
    kept = load_claims([path])
    lazy = kept.__dict__["claims"]
    assert lazy[0] is kept.claims[0] and type(kept.__dict__["claims"]) is tuple   # still bound while alive
