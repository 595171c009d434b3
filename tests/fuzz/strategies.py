"""Hypothesis strategies for claim files, structure-aware (issue 16 item 5).

A case starts from a valid document (the seed corpus, or a small corpus made of one rule
example's claims: changes, shares, comparisons, streaks, undated sources) and is mutated field by
field: a value replaced by one of the wrong type, a huge or tiny or malformed figure, hostile
unicode, an out-of-calendar date, a path that leads out; a field dropped or added; a record
repeated. It is then written as YAML (plain, or with anchors and aliases, merge keys, tags,
several documents), JSON or JSON Lines, and the text may be damaged at the byte level last.
"""

from __future__ import annotations

import copy
import json
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"


class Case(NamedTuple):
    """One claim file: its name (the suffix picks the reader) and its bytes."""

    name: str
    data: bytes
    recipe: str   # how it was made, for the report of a crash


@lru_cache(maxsize=1)
def seed_documents() -> tuple[dict, ...]:
    """Valid documents: the seed corpus, and one small corpus per rule example."""
    from ruamel.yaml import YAML

    seeds = json.loads(json.dumps(YAML(typ="safe").load((SEEDS / "claims.yaml").read_text(encoding="utf-8")),
                                  default=str))
    docs = [seeds]
    from auditor.pack import load_pack
    for rule in load_pack().rules.values():
        for example in rule.examples:
            claims = [{"source": "s", "quote": "q", **json.loads(json.dumps(c, default=str))} for c in example.claims]
            ids = sorted({c["source"] for c in claims})
            published = example.published or "2023-06-01"
            sources = [{"id": i, "title": f"Title {i}", "publisher": f"Publisher {i}", "published": published}
                       for i in ids]
            for extra in example.sources:
                extra = json.loads(json.dumps(extra, default=str))
                sources = [s for s in sources if s["id"] != extra.get("id")] + [
                    {"title": "t", "publisher": "p", "published": published, **extra}]
            docs.append({"sources": sources, "claims": claims})
    return tuple(docs)


# --- values a field may be given --------------------------------------------------------------------

HOSTILE_TEXT = [
    "", " ", "\x00", "\ud800", "\udfff", "\u202e", "\x1b[2J", "\x85", "\ufeff", "\u2028", "𝟙𝟚", "١٢٣",
    "<script>alert(1)</script>", "=HYPERLINK(\"x\")", "::error::x", "../../etc/passwd", "/dev/zero",
    "a" * 5000, "🙂" * 300, "null", "~", "yes", "0x1F", "1_000", ".inf", "-.nan",
]
FIGURES = [
    "0", "-0", "12", "-12", "1e309", "1e-309", "9" * 19, "9" * 4400, "-" + "1" * 29, "0.000000000000000001",
    "1,2,3", "12.5.6", "1/0", "0/0", "NaN", "inf", "∞", "½", "twelve", "a dozen", "over 2,000", "nearly 100",
    "between 10 and 20", "20 to 10", "about 5%", "up 5%", "down 101%", "12 bananas", "$12", "12 per 100,000",
    "12 per 0", "100%", "1e3", "0x10", "٣", "²", "12 12", " ".join(["about"] * 60) + " 12",
]
PERIODS = [
    "last year", "this year", "next month", "so far this year", "the past 5 years", "the past 100000 years",
    "since 1", "2020", "0", "-1", "10000", "2021-02-30", "2020-13-01", "0001-01-01/9999-12-31",
    "9999-12-31", "Q5 2020", "week 54 of 2020", "the year before that", "fiscal 2020", "2014/2015", "",
]
DATES = ["2021-09-15", "9999-12-31", "0001-01-01", "2021-02-30", "04/02/2023", "2020", 20200101, "",
         {"earliest": "2019-01-01", "latest": "2022-12-31"}, {"earliest": "2022-12-31", "latest": "2019-01-01"},
         {"earliest": "0001-01-01", "latest": "9999-12-31"}]
CHANGES = ["up 5%", "down 5%", "up 1e309%", "up 5", "down 7000", "up " + "9" * 30 + "%", "sideways",
           {"phrase": "up 5%", "base": "2019"}, {"phrase": "up 5%", "base": "9999"},
           {"phrase": "down 11.0", "base": "last year"}, {"by": "5", "direction": "up"}]


def wrong_types() -> st.SearchStrategy:
    return st.one_of(st.none(), st.booleans(), st.integers(min_value=-(10 ** 30), max_value=10 ** 30),
                     st.floats(allow_nan=True, allow_infinity=True), st.just([]), st.just({}),
                     st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=3), st.integers(), max_size=2))


def any_value() -> st.SearchStrategy:
    return st.one_of(st.sampled_from(HOSTILE_TEXT), st.sampled_from(FIGURES), st.sampled_from(PERIODS),
                     st.sampled_from(DATES), st.sampled_from(CHANGES), wrong_types(), st.text(max_size=40))


def plausible(key: str) -> st.SearchStrategy | None:
    """Values a careful writer could give the field, so that mutated files still reach the audit
    with figures, periods and dates moved (tensions, revisions, undated sources)."""
    n = st.integers(min_value=0, max_value=10 ** 6).map(lambda v: f"{v:,}")
    small = st.integers(min_value=1, max_value=300)
    year = st.integers(min_value=1990, max_value=2030)
    if key == "value":
        return st.one_of(n, st.tuples(st.sampled_from(["over", "about", "nearly", "more than", "under"]), n).map(
            " ".join), st.tuples(n, n).map(lambda ab: f"between {ab[0]} and {ab[1]}"))
    if key == "change":
        return st.tuples(st.sampled_from(["up", "down"]), small, st.sampled_from(["%", " percent", ""])).map(
            lambda t: f"{t[0]} {t[1]}{t[2]}")
    if key == "period":
        return st.one_of(year.map(str), st.sampled_from(["last year", "so far this year", "this year", "last month",
                                                         "the past 5 years", "since 2018", "in 2019"]))
    if key == "published":
        return st.dates().filter(lambda d: 1990 <= d.year <= 2030).map(str)
    return None


def value_for(key: str) -> st.SearchStrategy:
    """Mostly values of the field's own kind (so later checks are reached), sometimes anything."""
    careful = plausible(key)
    if careful is not None:
        return st.one_of(careful, careful, careful, _own(key), any_value())
    return _own(key)


def _own(key: str) -> st.SearchStrategy:
    own = {"value": FIGURES, "period": PERIODS, "published": DATES, "change": CHANGES,
           "text_path": ["../x.txt", "/etc/passwd", "/dev/zero", "sources", "sources/../../claims.yaml", "a\x00b",
                         "sources/000_df6fdcc01052e146.txt", "missing.txt"]}.get(key)
    if own is None:
        return any_value()
    return st.one_of(st.sampled_from(own), st.sampled_from(own), any_value())


# --- mutations of a document --------------------------------------------------------------------------

FIELDS = ["id", "source", "metric", "place", "period", "value", "change", "quote", "speaker", "attribution",
          "comparison", "share", "readings", "supersedes", "projection", "title", "publisher", "published",
          "text", "text_path", "kind", "url", "authority", "colour"]


@st.composite
def mutated_document(draw) -> tuple[dict, list[str]]:
    doc = copy.deepcopy(draw(st.sampled_from(seed_documents())))
    steps = []
    for _ in range(draw(st.sampled_from([0, 0, 1, 1, 1, 2, 2, 3, 4]))):
        section = draw(st.sampled_from(["sources", "claims"]))
        records = doc.get(section)
        if not isinstance(records, list) or not records:
            continue
        i = draw(st.integers(min_value=0, max_value=len(records) - 1))
        record = records[i]
        if not isinstance(record, dict):
            continue
        action = draw(st.sampled_from(["set", "set", "set", "move", "move", "move", "drop", "repeat", "wrong-record",
                                       "nest"]))
        if action == "move":   # a plausible figure, period or date somewhere it fits
            key = draw(st.sampled_from(["published"] if section == "sources" else ["value", "change", "period"]))
            record[key] = draw(plausible(key))
            if key == "change":
                record.pop("value", None)
            steps.append(f"{section}[{i}].{key} = {record[key]!r:.60}")
        elif action == "set":
            key = draw(st.sampled_from(FIELDS + list(record)))
            record[key] = draw(value_for(key))
            steps.append(f"{section}[{i}].{key} = {record[key]!r:.60}")
        elif action == "drop" and record:
            key = draw(st.sampled_from(sorted(record)))
            del record[key]
            steps.append(f"del {section}[{i}].{key}")
        elif action == "repeat":
            records.append(copy.deepcopy(record))
            steps.append(f"repeat {section}[{i}]")
        elif action == "wrong-record":
            records[i] = draw(wrong_types())
            steps.append(f"{section}[{i}] = {records[i]!r:.60}")
        elif action == "nest":
            key = draw(st.sampled_from(sorted(record) or ["x"]))
            record[key] = {"value": record.get(key), "text": record.get(key), "start": draw(wrong_types())}
            steps.append(f"{section}[{i}].{key} nested")
    if draw(st.integers(min_value=0, max_value=20)) == 0:
        doc = draw(st.sampled_from([[], None, "claims", {"claims": None}, {"sources": {}}, {"findings": []}, doc]))
        steps.append(f"document = {str(doc)[:40]}")
    return doc, steps


# --- writing a document -------------------------------------------------------------------------------

def _yaml_text(doc: Any) -> str:
    import io

    from ruamel.yaml import YAML
    y = YAML(typ="safe", pure=True)
    y.allow_unicode = True
    y.default_flow_style = None
    out = io.StringIO()
    try:
        y.dump(doc, out)
    except Exception:   # a value the dumper cannot write (a lone surrogate): JSON is YAML too
        return json.dumps(doc, ensure_ascii=True)
    return out.getvalue()


YAML_FEATURES = ["anchors", "merge", "tags", "multi-doc", "bomb", "binary", "timestamp", "deep", "comment",
                 "dup-key", "tab", "bom", "crlf"]


def _with_yaml_feature(text: str, feature: str, doc: Any) -> str:
    if feature == "anchors":
        return text.replace("- id:", "- &r id:", 1).replace("claims:\n", "claims:\n- *r\n", 1)
    if feature == "merge" and isinstance(doc, dict) and doc.get("claims"):
        claim = json.dumps(doc["claims"][0], ensure_ascii=True)
        return text + f"\nextra: &base {claim}\n" if "claims" not in text else text.replace(
            "claims:\n", f"claims:\n- &base {claim}\n- {{<<: *base, id: merged}}\n", 1)
    if feature == "tags":
        return text.replace("metric: ", "metric: !!str ", 1).replace("value: ", "value: !custom ", 1)
    if feature == "binary":
        return text.replace("metric: ", "metric: !!binary aG9taWNpZGVz #", 1)
    if feature == "timestamp":
        return text.replace("published: ", "published: !!timestamp ", 1)
    if feature == "multi-doc":
        return "---\n" + text + "\n---\n" + text
    if feature == "bomb":
        lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
        lines += [f"{c}: &{c} [{','.join(['*' + p] * 9)}]" for p, c in zip("abcdefg", "bcdefgh")]
        return "\n".join(lines) + "\n" + text
    if feature == "deep":
        return text + "\nnested: " + "[" * 300 + "]" * 300 + "\n"
    if feature == "comment":
        return "# " + "\u202e" * 3 + "\n" + text
    if feature == "dup-key":
        return text.replace("claims:", "sources: []\nclaims:", 1)
    if feature == "tab":
        return text.replace("  ", "\t", 1)
    if feature == "bom":
        return "\ufeff" + text
    if feature == "crlf":
        return text.replace("\n", "\r\n")
    return text


@st.composite
def claim_files(draw) -> Case:
    doc, steps = draw(mutated_document())
    form = draw(st.sampled_from(["yaml", "yaml", "yaml-feature", "json", "jsonl"]))
    if form == "json":
        name, text = "claims.json", json.dumps(doc, ensure_ascii=draw(st.booleans()), default=str)
    elif form == "jsonl":
        lines = []
        if isinstance(doc, dict):
            for section, kind in (("sources", "source"), ("claims", "claim")):
                for r in doc.get(section) or []:
                    lines.append(json.dumps({"type": kind, **r} if isinstance(r, dict) else r, default=str))
        else:
            lines.append(json.dumps(doc, default=str))
        name, text = "claims.jsonl", "\n".join(lines) + "\n"
    else:
        name, text = "claims.yaml", _yaml_text(doc)
        if form == "yaml-feature":
            feature = draw(st.sampled_from(YAML_FEATURES))
            text = _with_yaml_feature(text, feature, doc)
            steps.append(f"yaml {feature}")
    data = text.encode("utf-8", "surrogatepass")
    damage = draw(st.integers(min_value=0, max_value=9))
    if damage == 0 and data:   # bytes: a cut, a stray byte (not UTF-8), a NUL
        at = draw(st.integers(min_value=0, max_value=len(data) - 1))
        what = draw(st.sampled_from([b"", b"\xff", b"\x00", b"\xe9", b"\x1b", b"'", b"\"", b"{", b"&"]))
        data = data[:at] + what + (data[at:] if what else b"")
        steps.append(f"bytes at {at}: {what!r}" if what else f"cut at {at}")
    return Case(name=name, data=data, recipe="; ".join(steps) or "unchanged")
