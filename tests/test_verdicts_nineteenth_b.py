"""Nineteenth verdicts round (b): the culprit named first and the contradictions missed, with
invented figures and an invented city (tests/verdict_cases.py)."""

from types import SimpleNamespace

from auditor.engine.intervals import amount_interval
from auditor.models.statements import Amount
from benchmarks.eval_corpus import names_first
from tests.verdict_cases import audit, claim, pack, source, tensions  # noqa: F401  (pack: a fixture)


def first_suspects(report):
    return [f.suspects[0].claim for f in report.findings if f.kind == "tension"]


def without(pack, key):
    statement = {k: v for k, v in pack.suspicion.statement.items() if k != key}
    return pack.model_copy(update={"suspicion": pack.suspicion.model_copy(update={"statement": statement})})


# a paper's report gives the clearance rate as 41.5% ("compared to 38.5% in the county"); a
# columnist's summary, crediting the paper, gives the county's 38.5% as the city's
PAPER = source("paper", "2023-09-17", "The Daily")
SUMMARY = source("column", "2023-09-20", "The Daily (a columnist's summary)")
REPORT = claim("paper-41-5", "paper", "homicide_clearance_rate", "2022", "41.5",
               quote="compared to 38.5% in the county, 41.5% in the city")
RETOLD = claim("column-38-5", "column", "homicide_clearance_rate", "2022", "38.5", speaker="The Daily",
               attribution="paraphrase", quote="the city now clears just 38.5% of its killings")


def test_a_retelling_its_teller_gives_otherwise_is_named_first(pack):
    # a paraphrase (4.5) costs more than the paper's own sentence (4); the paper's own words,
    # out before the summary, give another figure: the summary misread them
    assert first_suspects(audit(pack, [PAPER, SUMMARY], [REPORT, RETOLD])) == ["column-38-5"]


def test_without_the_cost_the_retelling_outweighs_the_report(pack):
    report = audit(without(pack, "retold-against-its-teller"), [PAPER, SUMMARY], [REPORT, RETOLD])
    assert first_suspects(report) == ["paper-41-5"]


def test_a_retelling_of_another_body_is_not_checked_against_an_outlet(pack):
    # credited to the police, not to the paper: the rule does not apply
    police = claim("column-38-5", "column", "homicide_clearance_rate", "2022", "38.5", speaker="City Police",
                   attribution="paraphrase")
    assert first_suspects(audit(pack, [PAPER, SUMMARY], [REPORT, police])) == ["paper-41-5"]


def rate(text, level, counted=False, pack=None, unit="per 1,000"):
    return amount_interval(Amount(low=text, text=text), level, pack, unit, counted)


def test_two_measurements_one_decimal_place_apart_never_round_one_value(pack):
    # "1.3" is 1.25 up to 1.35, which "1.4" takes: at the default reading they do not meet
    assert rate("1.3", "default", pack=pack).intersect(rate("1.4", "default", pack=pack)) is None
    assert rate("1.35", "default", pack=pack).intersect(rate("1.4", "default", pack=pack)) is not None
    # the generous reading still reconciles them (a soft tension, never a hard one)
    assert rate("1.3", "generous", pack=pack).intersect(rate("1.4", "generous", pack=pack)) is not None


def test_a_whole_figure_and_a_count_keep_their_closed_reading(pack):
    # "41" and "42" (a measurement in whole units, often cut rather than rounded) still meet at 41.5
    assert rate("41", "default", pack=pack).intersect(rate("42", "default", pack=pack)) is not None
    # a count of whole things keeps its reading ("1.5 thousand" is "1,500": tests/test_calibration.py)
    assert not rate("7.7", "default", True, pack).hi_open
    # and so does a change worked out from two figures (no unit of the metric): "up 3.4%" and
    # "up 3.5%" may be one change, cut and rounded
    assert rate("3.4", "default", pack=pack, unit=None).intersect(rate("3.5", "default", pack=pack, unit=None))


def test_the_decimal_reading_finds_two_rates_a_tenth_apart(pack):
    sources = [source("a", "2023-01-10", "The Daily"), source("b", "2023-01-10", "City Radio")]
    claims = [claim("a-rate", "a", "homicide_clearance_rate", "2022", "41.3"),
              claim("b-rate", "b", "homicide_clearance_rate", "2022", "41.4")]
    assert tensions(audit(pack, sources, claims)) == [{"a-rate", "b-rate"}]


def _claim(cid, statement, metric="homicides", period=("2021-01-01", "2021-12-31")):
    return SimpleNamespace(id=cid, statement=statement, metric=metric, place="x",
                           period=SimpleNamespace(start=period[0], end=period[1]))


def test_the_scorer_takes_a_copy_of_the_culprit_named_first_as_the_culprit():
    by_id = {c.id: c for c in (_claim("a", "230"), _claim("b", "230"), _claim("c", "228"),
                               _claim("d", "about 230"))}

    def finding(first, claims):
        return SimpleNamespace(suspects=(SimpleNamespace(claim=first),), claims=tuple(claims))
    assert names_first(finding("a", "abc"), "b", by_id)          # b's copy named, b in the finding
    assert not names_first(finding("a", "ac"), "b", by_id)       # b not in the finding
    assert not names_first(finding("c", "abc"), "b", by_id)      # another figure named
    assert not names_first(finding("d", "bcd"), "b", by_id)      # a hedged figure is no copy


def test_the_scorer_finds_a_revision_named_through_copies_and_counts_one_finding():
    from benchmarks.eval_corpus import score
    claims = [_claim("old-a", "262"), _claim("old-b", "262"), _claim("new-a", "263"), _claim("new-b", "263"),
              _claim("other", "264")]

    def revision(fid, old, new):
        return SimpleNamespace(id=fid, kind="revision", claims=(old, new), suspects=(),
                               evidence={"old": old, "new": new})
    report = SimpleNamespace(claims=claims, sources=[], findings=[revision("RV1", "old-b", "new-b"),
                                                                  revision("RV2", "old-a", "new-b")])
    want = {"tensions": [], "corroborations": [], "not_tensions": [],
            "revisions": [{"id": "r", "old": "old-a", "new": "new-a"}, {"id": "s", "old": "old-a", "new": "other"}]}
    s = score(report, want)
    assert s.revisions_found == ["r"] and s.matched_findings == 1
