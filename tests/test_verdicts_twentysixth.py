"""Twenty-sixth verdicts round: a site's rewrite or excerpt of another newsroom's report, named in
brackets in its publisher ("timebet.info (a rewrite of The Columbus Dispatch's report)", "American
Renaissance (excerpts of WRTV, Jordan Fischer, 18 December 2017)"), is that newsroom's reporting
copied: one voice with it, not an independent source (models.claims.Source.voice). Invented
figures, invented corpus."""

import pytest

from auditor.models.claims import Source
from tests.verdict_cases import audit, claim, pack, source  # noqa: F401 - pack is a fixture


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


def test_the_unhedged_figures_are_built_once_per_audit(pack, monkeypatch):
    # three rules read them (named_for_another_count, carried_over, looked_back); each used to build its own
    from auditor.engine import suspects
    calls = []
    build = suspects._unhedged_figures
    monkeypatch.setattr(suspects, "_unhedged_figures", lambda *a: calls.append(1) or build(*a))
    audit(pack, [source("paper", "2021-01-05"), source("tv", "2021-01-06")],
          [claim("early", "paper", "homicides", "2020", "100"), claim("late", "tv", "homicides", "2020", "120")])
    assert len(calls) == 1
