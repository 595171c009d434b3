"""The records the loading tests share (tests/test_loading_*.py): a source's JSON line, a claim
and the JSON line of it with other fields, JSON Lines files with problems, and what loading a
file gives."""

import json

from auditor import InputError, load_claims

SOURCE = '{"type": "source", "id": "s", "title": "T", "publisher": "P", "published": "2021-09-15"}'
CLAIM = {"id": "c", "source": "s", "metric": "guns_recovered", "place": "birmingham-al", "period": "last year",
         "value": "12", "quote": "q"}


def claim_line(**fields) -> str:
    """CLAIM as a JSON line, with `fields` set (new ones after its own)."""
    return json.dumps({**CLAIM, **fields})


BAD_JSON_LINES = {
    "unknown metric": [SOURCE, claim_line(metric="homicide")],
    "unknown field, nested error": [SOURCE, claim_line(valeu="12"), claim_line(id="d", change={"phrase": "sideways"})],
    "duplicate key": [SOURCE, '{"id": "c", "id": "d", "source": "s", "metric": "guns_recovered", '
                              '"place": "birmingham-al", "period": "last year", "value": "12", "quote": "q"}'],
    "duplicate key, one with a space before its colon": [
        SOURCE, '{"id" : "c", "id": "d", "source": "s", "metric": "guns_recovered", "place": "birmingham-al", '
                '"period": "last year", "value": "12", "quote": "q"}'],
    "syntax error": [SOURCE, '{"id": "c", "source": "s",, "metric": 1}'],
    "not an object": [SOURCE, '"a claim"', "[1, 2]", "17"],
    "comment and null lines": [SOURCE, "# a comment", "null", claim_line(place="nowhere")],
    "indented and spaced": [SOURCE, "   " + claim_line(value="twelve bananas"),
                            '{"id" : "d", "source": "s", "metric": "x", "place": "birmingham-al", '
                            '"period": "last year", "value": "1", "quote": "q"}'],
    "duplicate ids and a missing source": [SOURCE, claim_line(), claim_line(), claim_line(id="e", source="t")],
    "wrong types": [SOURCE, claim_line(value=True), claim_line(id="d", period=2018, quote=["q"]), claim_line(id="e", value=None)],
    "bad type of record": [SOURCE, json.dumps({"type": "sauce", **CLAIM})],
    "a string with a colon after a quote": [SOURCE, claim_line(quote='he said "12": twelve', metric="homicide")],
    "a NUL escape and a lone surrogate": [SOURCE, claim_line(quote="q\u0000"), '{"id": "d", "source": "s", "metric": '
                                          '"guns_recovered", "place": "birmingham-al", "period": "last year", '
                                          '"value": "12", "quote": "q\\ud800"}'],
    "phrases read before, then refused": [SOURCE, claim_line(), claim_line(id="d", metric="Guns recovered"),
                                          claim_line(id="e", metric="guns"), claim_line(id="f", value="12 bananas")],
}


def outcome(path):
    """The corpus (claims, sources, positions) or the problems loading `path` gives."""
    try:
        c = load_claims([path])
    except InputError as exc:
        return "problems", exc.problems
    return "corpus", (c.claims, c.sources, dict(c.positions), list(c.positions))
