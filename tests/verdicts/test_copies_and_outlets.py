"""Copies, rewrites and outlets: whose word a figure is, and how a copy counts."""

import pathlib
from types import SimpleNamespace

import pytest

from auditor.errors import InputError
from auditor.models.claims import Source
from benchmarks.eval_corpus import plain_statement, score, with_copies

from verdict_cases import audit, claim, first_suspects, revisions, source, tensions
from verdict_cases import pack  # noqa: F401  (a fixture)


def _claim(id, statement, metric="homicides", place="indy", start="2015-01-01", end="2015-12-31", source="s"):
    return SimpleNamespace(id=id, metric=metric, place=place, statement=statement, source=source,
                           period=SimpleNamespace(start=start, end=end))


def _report(claims, findings=()):
    return SimpleNamespace(claims=claims, sources=[], findings=list(findings))


def _tension(id, claims, first):
    return SimpleNamespace(id=id, kind="tension", claims=claims, suspects=[SimpleNamespace(claim=first)],
                           evidence={})


def test_a_copy_sites_credit_line_is_the_outlets_line(pack):
    """WLBT's year-end story as a copy site credits it ("WLBT (C.J. LeMaster), excerpted by
    American Renaissance", 6 January: 133) and as WLBT's own site keeps it, updated (138): one
    outlet's line, so the 138 restates the 133."""
    sources = [source("copy", "2023-01-06", "Channel 3 (Jane Roe), excerpted by Some Site"),
               {"id": "own", "title": "own", "publisher": "Channel 3",
                "published": {"earliest": "2023-01-07", "latest": "2023-05-12"}}]
    claims = [claim("copy-2022", "copy", "homicides", "2022", "133"),
              claim("own-2022", "own", "homicides", "2022", "138")]
    report = audit(pack, sources, claims)
    assert tensions(report) == []
    assert revisions(report) == [("copy-2022", "own-2022")]


def test_the_bundled_pack_gives_the_copies_window_as_data(pack):
    assert (pack.suspicion.copies.in_its_day, pack.suspicion.copies.years_on) == (365, 730)


def test_a_pack_file_with_an_unknown_copies_key_is_refused(tmp_path):
    from auditor.pack import load_pack
    bundled = pathlib.Path(__file__).resolve().parents[2] / "rules" / "suspicion.yaml"
    text = bundled.read_text(encoding="utf-8")
    assert "copies: {in_its_day: 365, years_on: 730}" in text
    (tmp_path / "suspicion.yaml").write_text(
        text.replace("copies: {in_its_day: 365, years_on: 730}", "copies: {in_its_day: 365, years_after: 730}"),
        encoding="utf-8")
    with pytest.raises(InputError):
        load_pack(tmp_path)


def test_an_outlets_copy_on_another_site_is_in_the_outlets_line(pack):
    """The Times' "Last year, the city recorded 197 homicides", read on a site that copied it
    (publisher "The Times (copied by right2024.com)"), then The Times' own "194" eight months
    later, after the police's recount: The Times restated its figure."""
    sources = [source("copy", "2013-05-10", "The Times (copied by right2024.com)"),
               source("times", "2014-01-01", "The Times")]
    claims = [claim("times-197", "copy", "homicides", "2012", "197"),
              claim("times-194", "times", "homicides", "2012", "194")]
    report = audit(pack, sources, claims)
    assert tensions(report) == []
    assert ("times-197", "times-194") in revisions(report)


def test_two_outlets_figures_months_apart_are_not_one_line(pack):
    """A blog's "197" and The Times' "194" eight months later: two outlets' own figures, no
    restatement."""
    sources = [source("blog", "2013-05-10", "A Blog"), source("times", "2014-01-01", "The Times")]
    claims = [claim("blog-197", "blog", "homicides", "2012", "197"),
              claim("times-194", "times", "homicides", "2012", "194")]
    report = audit(pack, sources, claims)
    assert tensions(report) == [{"blog-197", "times-194"}]


def test_a_change_brings_in_its_copies_with_the_same_base():
    claims = [_claim("a", "up 10.77 percent (vs 2014)"), _claim("b", "up 10.77 percent (vs 2014)"),
              _claim("other-base", "up 10.77 percent (vs 2013)"), _claim("other-figure", "up 10.7 percent (vs 2014)"),
              _claim("other-year", "up 10.77 percent (vs 2014)", start="2016-01-01", end="2016-12-31"),
              _claim("n", "12 more (vs 2014)"), _claim("m", "12 more (vs 2014)")]
    assert with_copies({"a"}, _report(claims)) == {"a", "b"}
    assert with_copies({"n"}, _report(claims)) == {"n", "m"}


def test_a_hedged_change_or_a_statement_without_a_figure_brings_in_nothing():
    claims = [_claim("a", "down about 5% (vs 2014)"), _claim("b", "down about 5% (vs 2014)"),
              _claim("r", "record-high"), _claim("s", "record-high"),
              _claim("v", "nearly 190"), _claim("w", "nearly 190"),
              _claim("x", "up 3% (vs 2014) | [b] up 4% (vs 2014)"), _claim("y", "up 3% (vs 2014) | [b] up 4% (vs 2014)")]
    for c in ("a", "r", "v", "x"):
        assert with_copies({c}, _report(claims)) == {c}


def test_a_finding_holding_two_copies_of_a_listed_change_matches_and_names_its_culprit():
    claims = [_claim("rtv-up", "up 10.77 percent (vs 2014)"), _claim("wrtv-up", "up 10.77 percent (vs 2014)"),
              _claim("c2014", "135", start="2014-01-01", end="2014-12-31"), _claim("c2015", "144")]
    finding = _tension("TN-1", ["rtv-up", "c2014", "wrtv-up"], first="rtv-up")
    want = {"tensions": [{"id": "t", "claims": ["rtv-up", "c2014", "c2015"], "culprit": "rtv-up"}],
            "revisions": [], "corroborations": [], "not_tensions": []}
    s = score(_report(claims, [finding]), want)
    assert s.found == ["t"] and s.culprit_first == ["t"] and s.false_tensions == []


def test_one_finding_merging_two_tellers_copies_is_not_credited_with_both_verdicts():
    """review m38vb: the police's and an outlet's own "up 14%" beside 52 and 45 are documented as
    one contradiction each, culprit each one's 14%; a finding holding both copies matched both
    (each takes the other's 14% in as a copy) and named both culprits first. Another
    contradiction's culprit is no copy: the merged finding matches neither; one per teller does."""
    claims = [_claim("pd14", "up 14% (vs 2023)"), _claim("pd52", "52"), _claim("pd45", "45", start="2023-01-01", end="2023-12-31"),
              _claim("site14", "up 14% (vs 2023)"), _claim("site52", "52"),
              _claim("site45", "45", start="2023-01-01", end="2023-12-31")]
    want = {"tensions": [{"id": "pd", "claims": ["pd14", "pd52", "pd45"], "culprit": "pd14"},
                         {"id": "site", "claims": ["site14", "site52", "site45"], "culprit": "site14"}],
            "revisions": [], "corroborations": [], "not_tensions": []}
    merged = _tension("TN-1", ["pd14", "pd45", "pd52", "site14", "site45", "site52"], first="pd14")
    s = score(_report(claims, [merged]), want)
    assert s.found == [] and s.culprit_first == [] and len(s.false_tensions) == 1
    apart = [_tension("TN-1", ["pd14", "pd45", "pd52", "site45", "site52"], first="pd14"),
             _tension("TN-2", ["pd45", "pd52", "site14", "site45", "site52"], first="site14")]
    s = score(_report(claims, apart), want)
    assert s.found == ["pd", "site"] and s.culprit_first == ["pd", "site"] and s.false_tensions == []


def test_a_retold_change_without_its_own_figures_is_a_copy_of_the_telling_it_repeats():
    """Toledo: the city's table "Persons Shot 145 103 -28%" (-29.0%) and WTOL's "28% fewer
    shootings ... city officials said", with no figures of its own, are documented one
    contradiction each. The audit doubts the two copies together, the table's first (a retelling
    without figures goes with the teller who prints them: suspects.tellers_apart): the one finding
    stands for both, and names the culprit of each first (its first suspect or a copy of it)."""
    claims = [_claim("city28", "down 28% (vs 2022)", source="city"), _claim("city103", "103", source="city"),
              _claim("city145", "145", start="2022-01-01", end="2022-12-31", source="city"),
              _claim("tv28", "down 28% (vs 2022)", source="tv")]
    want = {"tensions": [{"id": "city", "claims": ["city28", "city103", "city145"], "culprit": "city28"},
                         {"id": "tv", "claims": ["tv28", "city103", "city145"], "culprit": "tv28"}],
            "revisions": [], "corroborations": [], "not_tensions": []}
    one = _tension("TN-1", ["city28", "city103", "city145", "tv28"], first="city28")
    s = score(_report(claims, [one]), want)
    assert s.found == ["city", "tv"] and s.culprit_first == ["city", "tv"] and s.false_tensions == []


@pytest.mark.parametrize("statement, plain", [
    ("Fifty-two", "52"), ("One hundred and seventy", "170"), ("two million", "2000000"),
    ("hundreds", None), ("thousand", None), ("Millions", None), ("two hundreds", None)])
def test_a_figure_in_words_is_its_digits_but_a_scale_word_alone_is_no_figure(statement, plain):
    assert plain_statement(statement) == plain


def test_a_station_written_with_its_network_keeps_its_own_line_with_outlet(tmp_path):
    """review11a finding 8: "KSHB 41 (NBC News)" reads as a station running NBC's story (its 145 then
    restates NBC's 150); `outlet: KSHB 41` says the station wrote it, and the two figures conflict."""
    import auditor
    rows = ('  - {id: nbc-150, source: nbc, metric: homicides, place: kansas-city-mo, period: "2022", value: "150", '
            'attribution: reporter, quote: {text: "Kansas City had 150 homicides in 2022."}}\n'
            '  - {id: kshb-145, source: kshb, metric: homicides, place: kansas-city-mo, period: "2022", value: "145", '
            'attribution: reporter, quote: {text: "Kansas City had 145 homicides in 2022."}}\n')
    rules = {}
    for name, extra in (("ran", ""), ("own", ", outlet: KSHB 41")):
        path = tmp_path / f"{name}.yaml"
        path.write_text("sources:\n"
                        '  - {id: nbc, title: Homicides, publisher: NBC News, published: "2023-02-01"}\n'
                        f'  - {{id: kshb, title: Homicides, publisher: KSHB 41 (NBC News){extra}, published: "2023-04-01"}}\n'
                        "claims:\n" + rows, encoding="utf-8")
        rules[name] = sorted({f.rule for f in auditor.audit([path], workers=1).findings})
    assert "RV001" in rules["ran"] and "TN001" not in rules["ran"]
    assert "TN001" in rules["own"] and "RV001" not in rules["own"]


@pytest.mark.parametrize("publisher, voice", [
    ("timebet.info (a rewrite of The Columbus Dispatch's report)", "The Columbus Dispatch"),
    ("timebet.info (a rewrite of The Columbus Dispatch’s report)", "The Columbus Dispatch"),   # curly apostrophe
    ("namiaz.org (machine rewrite of The Oaklandside, 23 December 2021)", "The Oaklandside"),
    ("American Renaissance (excerpts of WRTV, Jordan Fischer, 18 December 2017)", "WRTV"),
    ("MDMH Bloomington (a rewrite of WISH-TV of 2 January 2024)", "WISH-TV"),
    ("BOL News (rewrite)", "BOL News (rewrite)"),                 # no newsroom named: its own voice
    ("The Indianapolis Star, via NewsBreak", "The Indianapolis Star, via NewsBreak"),
])
def test_a_rewrite_speaks_with_the_voice_it_copies(publisher, voice):
    assert Source(id="s", title="t", publisher=publisher, published="2022-01-31").voice == voice


def test_a_figure_and_its_rewrite_are_one_source_not_two(pack):
    # before: "stated by 2 independent sources (site.info (a rewrite of tv's report), tv)", and the
    # 120 cost twice as much to doubt as the 100
    r = audit(pack, [source("paper", "2021-01-05"), source("tv", "2021-01-06"),
                     source("site", "2021-01-08", publisher="site.info (a rewrite of tv's report)")], [
        claim("early", "paper", "homicides", "2020", "100"),
        claim("late", "tv", "homicides", "2020", "120"),
        claim("late-copy", "site", "homicides", "2020", "120"),
    ])
    [t] = [f for f in r.findings if f.kind == "tension"]
    words = " ".join(s.reason for s in t.suspects)
    assert "2 independent sources" not in words
    assert "stated only by tv (2 times)" in words
    assert t.suspects[1].reason.endswith("no costlier to doubt than the first")



def _an_officials_figure_then_the_outlets_own(*later: tuple[str, str, str]):
    """The governor's 402 on Channel 13 (January), its own 404 (May), then `later` figures of
    other outlets: (claim id, source published, value)."""
    sources = [source("jan", "2017-01-20", "Channel 13"), source("may", "2017-05-16", "Channel 13")]
    claims = [claim("gov-402", "jan", "homicides", "2016", "402", speaker="Gov. Jane Roe", attribution="direct-quote"),
              claim("tv-404", "may", "homicides", "2016", "404")]
    for cid, day, value in later:
        sources.append(source(cid, day, f"Outlet {cid}"))
        claims.append(claim(cid, cid, "homicides", "2016", value))
    return sources, claims


def test_an_officials_figure_given_again_after_the_outlets_own_is_not_restated_by_it(pack):
    """Des Moines: the governor's 402 road deaths of 2016 on WHO-TV (January 2017), WHO-TV's own
    404 (May 2017), then The Gazette's "the 402 reported in 2016" (2020): the credited figure
    outlived the outlet's own retelling, so no revision, and the 404 is in tension with the 402s,
    named first."""
    report = audit(pack, *_an_officials_figure_then_the_outlets_own(("gaz-402", "2020-01-07", "402")))
    assert revisions(report) == []
    assert tensions(report) == [{"gov-402", "tv-404", "gaz-402"}]
    assert first_suspects(report) == ["tv-404"]


@pytest.mark.parametrize("later", [
    (),                                                          # the official's figure not given again
    (("gaz-404", "2018-01-07", "404"), ("gaz-402", "2020-01-07", "402")),   # another outlet gives the 404 too
    (("gaz-405", "2018-01-07", "405"), ("gaz-402", "2020-01-07", "402")),   # the count went on rising
])
def test_an_outlets_own_later_figure_still_restates_the_official_one_it_carried(pack, later):
    """... but with no later word for the official's figure, or with another outlet's figure
    agreeing with the outlet's own or moving past the official's the same way (Baltimore: WMAR's
    333 from the police, its own 330, the Banner's 329, a newsletter's stale 333), the outlet's
    later figure restates the one it carried."""
    report = audit(pack, *_an_officials_figure_then_the_outlets_own(*later))
    assert ("gov-402", "tv-404") in revisions(report)
