"""Which claim of a tension is doubted first (the culprit) and which copy is named."""

from types import SimpleNamespace

import pytest

from auditor.pack import load_pack
from benchmarks.eval_corpus import names_first

from verdict_cases import audit, claim, first_suspects, revisions, source, tensions, with_metrics
from verdict_cases import pack  # noqa: F401  (a fixture)


def detroit_news_rates():
    """The Detroit News, 26 December 2019 and 2 January 2020, the same sentence twice: "Detroit,
    which has about 670,000 residents ... translates to a rate of about 32 homicides per
    100,000 people" (271, then 272 homicides: 40.4 and 40.6); the police's 273 two weeks on and
    275 a year on (set here in a place of the bundled pack)."""
    sources = [source("dn-dec", "2019-12-26", "The Detroit News"), source("dn-jan", "2020-01-02", "The Detroit News"),
               source("kcpd-jan", "2020-01-16", "Kansas City Police Department"),
               source("kcpd-next", "2021-01-05", "Kansas City Police Department")]
    police = ("Kansas City Police Department", "paraphrase")
    claims = [claim("ytd-271", "dn-dec", "homicides", "2019-01-01/2019-12-26", "271", *police),
              claim("ytd-rate", "dn-dec", "homicide_rate", "2019-01-01/2019-12-26", "about 32 per 100,000"),
              claim("people-dec", "dn-dec", "population", "2019", "about 670,000"),
              claim("year-272", "dn-jan", "homicides", "2019", "272", *police),
              claim("year-rate", "dn-jan", "homicide_rate", "2019", "about 32 per 100,000"),
              claim("people-jan", "dn-jan", "population", "2019", "about 670,000"),
              claim("police-273", "kcpd-jan", "homicides", "2019", "273", *police),
              claim("police-275", "kcpd-next", "homicides", "2019", "275", *police)]
    return sources, claims


def _claim(cid, statement, metric="homicides", period=("2021-01-01", "2021-12-31")):
    return SimpleNamespace(id=cid, statement=statement, metric=metric, place="x",
                           period=SimpleNamespace(start=period[0], end=period[1]))


def _retold_release(pack, a_day="2026-01-02", r_day="2026-01-02"):
    """A police release's "48% fewer" beside its own 37 and 70 (-47.1%), retold the same day."""
    release = source("release", r_day, publisher="Kansas City Police Department")
    release["kind"] = "official-statement"
    sources = [release, source("a-paper", a_day), source("b-radio", "2026-01-12")]

    def fewer(cid, sid, attribution):
        c = claim(cid, sid, "homicides", "2025", None, None if attribution == "document" else
                  "Kansas City Police Department", attribution)
        c.pop("value")
        return c | {"change": {"phrase": "48% fewer", "base": "2024"}}
    return audit(pack, sources, [
        claim("r-2025", "release", "homicides", "2025", "37", attribution="document"),
        claim("r-2024", "release", "homicides", "2024", "70", attribution="document"),
        fewer("r-fewer", "release", "document"), fewer("a-fewer", "a-paper", "paraphrase"),
        fewer("b-fewer", "b-radio", "paraphrase"),
    ])


def _first_suspect(report):
    return [f.suspects[0].claim for f in report.findings if f.kind == "tension"]


def _finalized(pack, words="according to newly finalized data released by the police department"):
    """A paper's 95 for 2020, the police's 93 three years on, and the paper's 95 again after it."""
    return audit(pack, [source("jan", "2021-01-31", "Daily Paper"), source("mar", "2024-03-17", "Daily Paper"),
                        source("nov", "2024-11-20", "Daily Paper")], [
        claim("paper-95", "jan", "homicides", "2020", "95"),
        claim("final-93", "mar", "homicides", "2020", "93", "Kansas City Police Department", "paraphrase",
              quote=f"93 in 2020, {words}"),
        claim("again-95", "nov", "homicides", "2020", "95"),
    ])


@pytest.mark.parametrize("first_id, second_id", [("a-old", "b-new"), ("b-old", "a-new")])
def test_of_two_figures_one_sentence_gives_the_one_written_first_is_doubted(pack, first_id, second_id):
    """"reported 26,013 crimes in 2016, and 24,941 crimes in 2016 - a drop": one sentence, two
    figures for one quantity, nothing else to tell them apart. News gives such figures in time
    order, so the one written first is the one out of date (or under the wrong year), whichever
    id sorts first."""
    said = "Police reported 2,613 crimes in 2012, and 2,494 crimes in 2012 - a drop."
    sources = [source("paper")]
    claims = [claim(first_id, "paper", "reported_crimes", "2012", "2,613", quote=said),
              claim(second_id, "paper", "reported_crimes", "2012", "2,494", quote=said)]
    report = audit(pack, sources, claims)
    assert tensions(report) == [{first_id, second_id}]
    assert first_suspects(report) == [first_id]


def test_figures_of_two_sentences_keep_their_costs(pack):
    """The rule is about one sentence: two sentences of one article that give a quantity two
    figures are not ordered by it (the id decides the tie, as before)."""
    sources = [source("paper")]
    claims = [claim("b-old", "paper", "reported_crimes", "2012", "2,613", quote="Police reported 2,613 crimes in 2012."),
              claim("a-new", "paper", "reported_crimes", "2012", "2,494", quote="There were 2,494 crimes in 2012.")]
    report = audit(pack, sources, claims)
    assert first_suspects(report) == ["a-new"]


def test_an_outlets_rate_repeated_is_doubted_before_the_population_it_repeats(pack):
    """Both the population and the rate are the paper's own words, each printed twice: the
    rate, worked out from a count and the population, is the likelier misstatement, and its
    repeat for the whole year is one statement with it, as the population's repeat is."""
    report = audit(pack, *detroit_news_rates())
    firsts = {f.suspects[0].claim for f in report.findings if f.kind == "tension"}
    assert firsts == {"ytd-rate", "year-rate"}


def test_a_rate_is_set_against_its_own_articles_count_not_a_later_restatement(pack):
    report = audit(pack, *detroit_news_rates())
    year = next(f for f in report.findings if f.kind == "tension" and f.suspects[0].claim == "year-rate")
    assert "year-272" in year.claims and "police-275" not in year.claims
    assert "36.9" in year.message   # 272 over 670,000 at most 10% more: what would reconcile the rate


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


def test_a_figure_disputing_the_counters_in_its_article_is_doubted_first(pack):
    """One article: the department's leaders give 301 vacancies as of a day; the union's
    president, "reporting a gap of 322", says it is steeper. Both paraphrases: the union's figure
    is doubted first, whatever the ids."""
    sources = [source("paper", "2023-08-20")]
    for union_id, police_id in (("a-union", "b-police"), ("b-union", "a-police")):
        claims = [claim(police_id, "paper", "homicides", "2023-08-14", "301",
                        speaker="Kansas City Police Department", attribution="paraphrase",
                        quote="The ranks are still short 301 officers as of Aug. 14, according to department leaders."),
                  claim(union_id, "paper", "homicides", "2023-08-14", "322",
                        speaker="Pat Doe, Fraternal Order of Police president", attribution="paraphrase",
                        quote="The head of the police union says the shortage is even steeper, reporting a gap of "
                              "322 officers.")]
        report = audit(pack, sources, claims)
        assert tensions(report) == [{union_id, police_id}]
        assert first_suspects(report) == [union_id]


def _union_and_police_in_two_outlets():
    sources = [source("paper", "2023-08-20"), source("tv", "2023-08-20")]
    claims = [claim("a-police", "paper", "homicides", "2023-08-14", "301",
                    speaker="Kansas City Police Department", attribution="paraphrase",
                    quote="The ranks are still short 301 officers as of Aug. 14, according to department leaders."),
              claim("b-union", "tv", "homicides", "2023-08-14", "322",
                    speaker="Pat Doe, Fraternal Order of Police president", attribution="paraphrase",
                    quote="The union says the gap is 322 officers.")]
    return sources, claims


def test_two_outlets_figures_are_no_dispute_of_the_counter():
    """The union's 322 in one outlet, the department's 301 in another: no article gives both, so
    disputing_the_counter does not apply; without the not-the-counter cost the two tie and the
    tie goes, as before, to the id that sorts first."""
    base = load_pack()
    statement = {k: v for k, v in base.suspicion.statement.items() if k != "not-the-counter"}
    off = base.model_copy(update={"suspicion": base.suspicion.model_copy(update={"statement": statement})})
    report = audit(off, *_union_and_police_in_two_outlets())
    assert tensions(report) == [{"a-police", "b-union"}]
    assert first_suspects(report) == ["a-police"]


def test_a_unions_figure_in_another_outlet_costs_less_than_the_counters(pack):
    """The same two outlets with the pack's not-the-counter cost: the union's president does not
    keep the count, so the 322 is doubted first whatever the ids (Louisville's council president)."""
    report = audit(pack, *_union_and_police_in_two_outlets())
    assert tensions(report) == [{"a-police", "b-union"}]
    assert first_suspects(report) == ["b-union"]


def test_a_council_finance_chairs_budget_keeps_a_paraphrases_weight():
    """A council adopts its budget (a plan): its finance chair's figure is the counter's word, so
    the reporter's is doubted first (before: chair-budget, doubted as a side's word)."""
    desk = with_metrics({"police_budget": {"label": "police budget", "definition": "the police department's budget",
                                           "unit": "dollar", "additive_over_time": False}})
    report = audit(desk, [source("tv", "2021-01-10", "Channel 9"), source("paper", "2021-01-12", "Daily Paper")], [
        claim("chair-budget", "tv", "police_budget", "2021", "$250 million",
              "Jane Roe, City Council Finance Committee chair", "paraphrase",
              quote="Finance chair Jane Roe said the council approved a $250 million police budget."),
        claim("paper-budget", "paper", "police_budget", "2021", "$205 million", quote="the $205 million police budget")])
    assert tensions(report) == [{"chair-budget", "paper-budget"}]
    assert first_suspects(report) == ["paper-budget"]


def test_of_copies_given_in_their_day_the_release_is_named_before_its_retellings(pack):
    # before: a-fewer, the first copy by id
    assert _first_suspect(_retold_release(pack)) == ["r-fewer"]


def test_without_released_first_the_first_copy_by_id_is_named():
    base = load_pack()
    off = base.model_copy(update={"suspicion": base.suspicion.model_copy(update={"released_first": ()})})
    assert _first_suspect(_retold_release(off)) == ["a-fewer"]


def test_without_a_release_the_copy_given_first_is_named_before_a_later_retelling():
    # the outlets' copies given in their day, ten days apart, ids against the dates: the first
    # to print the figure is named (before: a-fewer, the first by id)
    base = load_pack()
    off = base.model_copy(update={"suspicion": base.suspicion.model_copy(update={"released_first": ()})})
    assert _first_suspect(_retold_release(off, a_day="2026-01-22")) == ["r-fewer"]
    assert _first_suspect(_retold_release(off, a_day="2026-01-22", r_day="2026-01-30")) == ["b-fewer"]


def test_a_count_called_final_restates_the_figure_before_it_and_a_look_back_after_it_is_named(pack):
    # before: one tension of the two 95s against the 93, the 93 named first, and no revision
    r = _finalized(pack)
    assert revisions(r) == [("paper-95", "final-93")]
    assert tensions(r) == [{"again-95", "final-93"}]
    assert _first_suspect(r) == ["again-95"]


def test_without_the_word_final_the_paper_s_first_figure_is_restated_by_nothing(pack):
    r = _finalized(pack, words="the police department said")
    assert revisions(r) == []
    assert tensions(r) == [{"paper-95", "final-93", "again-95"}]


def test_a_rule_example_fails_when_it_names_another_first_suspect():
    # `first_suspects` is checked, not only declared (auditor/pack/examples.py)
    from auditor.pack import load_pack
    from auditor.pack.examples import run_example
    pack = load_pack()
    rule = pack.rules["TN004"]
    example = next(e for e in rule.examples if e.name == "a-change-given-before-its-year-ended-is-doubted-first")
    assert run_example(rule, example, pack).passed
    wrong = example.model_copy(update={"first_suspects": ("y24",)})
    result = run_example(rule, wrong, pack)
    assert result.got == result.expected and not result.passed


def _change_beside_a_doubted_figure(pack, phrase, base="44", year="57", others="58"):
    """ABC10 (October 2022): a change "2020 ended with 44 homicides and 2021 ending with 57"
    beside the police's 58 for 2021 before and after it (Sacramento), with `phrase` for the change."""
    sources = [source("jun", "2022-06-01", "Channel 10"), source("jun2", "2022-06-02", "Channel 40"),
               source("oct", "2022-10-22", "Channel 10 (October)"), source("jan", "2023-01-08", "Daily Paper")]
    police = ("Kansas City Police Department", "paraphrase")
    rise = claim("oct-chg", "oct", "homicides", "2021", None, *police)
    rise.pop("value")
    claims = [claim("jun-a", "jun", "homicides", "2021", others, *police),
              claim("jun2-a", "jun2", "homicides", "2021", others, *police),
              claim("jun2-base", "jun2", "homicides", "2020", base, *police),
              claim("oct-base", "oct", "homicides", "2020", base, *police),
              claim("oct-b", "oct", "homicides", "2021", year, *police),
              rise | {"change": {"phrase": phrase, "base": "2020"}},
              claim("jan-a", "jan", "homicides", "2021", others)]
    return audit(pack, sources, claims)


def test_a_truncated_change_beside_its_articles_doubted_figure_is_named(pack):
    """"a 29% increase" for its own 44 and 57 (+29.5%, which rounds to 30%), the 57 doubted: the
    29% is no mere arithmetic of it, since it truncates even its own figures. It is named first
    in a tension of its own, and the 57 keeps its own."""
    report = _change_beside_a_doubted_figure(pack, "a 29% increase")
    assert sorted(first_suspects(report)) == ["oct-b", "oct-chg"]
    assert [len([t for t in tensions(report) if "oct-chg" in t])] == [1]


def test_a_hedged_change_beside_its_articles_doubted_figure_stands_with_it(pack):
    """"nearly a third more" ("almost a third more") for its own 170 and 220 (+29.4%), the 220
    doubted against three outlets' 230: a hedge that rounds, not a truncation; only the 220 is
    named, in one tension."""
    for phrase in ("nearly a third more", "almost a third more"):
        report = _change_beside_a_doubted_figure(pack, phrase, "170", "220", "230")
        assert first_suspects(report) == ["oct-b"], phrase
        assert not any("oct-chg" in t for t in tensions(report)), phrase


_LOOK_BACK = "In 2020 the city had 330 homicides, up 10% from the 300 of 2019."


def _magazines_look_back():
    """The magazine's 330 for 2020 and 300 for 2019 (2024), and its change worked out from them."""
    change = claim("mag-up-10pct", "mag", "homicides", "2020", None, quote=_LOOK_BACK)
    del change["value"]
    change["change"] = {"phrase": "up 10%", "base": "2019"}
    return [claim("mag-330", "mag", "homicides", "2020", "330", quote=_LOOK_BACK),
            claim("mag-2019-300", "mag", "homicides", "2019", "300", quote=_LOOK_BACK), change]


def _looked_back_years_on(pack):
    """A paper's 320 homicides for 2020 (January 2021), and a magazine's look back of 2024 that
    gives 2020 330, "up 10% from the 300 of 2019": its change is its own arithmetic."""
    return audit(pack, [source("paper", "2021-01-05", "Daily Paper"), source("mag", "2024-03-01", "Monthly")], [
        claim("paper-320", "paper", "homicides", "2020", "320", quote="The city had 320 homicides in 2020."),
        *_magazines_look_back()])


def test_a_figure_given_years_on_is_doubted_before_one_given_in_its_day(pack):
    """A look back years after its period against a figure given in its day (The Center Square's
    "from 888 to 750" of 2024 against the council's cap of 888 reported at the vote, Minneapolis):
    the late figure is doubted first, though the change its article works out from it must go
    with it (rules/suspicion.yaml `looked-back-years-on`)."""
    report = _looked_back_years_on(pack)
    assert {"paper-320", "mag-330"} in [t & {"paper-320", "mag-330"} for t in tensions(report)]
    assert "mag-330" in first_suspects(report) and "paper-320" not in first_suspects(report)


def test_a_late_copy_of_a_figure_given_in_its_day_keeps_its_cost(pack):
    """The magazine's 330 was also a blog's in its day: a late copy, not a look back alone (Memphis's
    186 murders for 2018, in January 2020 and again in 2023), so it costs what it did and the two
    papers' 320 (8) is doubted before the blog's and the magazine's 330 with its change (8.2)."""
    report = audit(pack, [source("paper", "2021-01-05", "Daily Paper"), source("tv", "2021-01-06", "Channel 4"),
                          source("blog", "2021-01-07", "A Blog"), source("mag", "2024-03-01", "Monthly")], [
        claim("paper-320", "paper", "homicides", "2020", "320"),
        claim("tv-320", "tv", "homicides", "2020", "320"),
        claim("blog-330", "blog", "homicides", "2020", "330"), *_magazines_look_back()])
    assert set(first_suspects(report)) & {"paper-320", "tv-320"}
    assert not set(first_suspects(report)) & {"blog-330", "mag-330"}


def _release_then_retold(later_attribution):
    """The police's release's "a 44% reduction" from 2022 to 2023 (out between 29 December and
    15 January), a station's "39 ... compared to 71 in 2022" and "a 45% reduction" in March credited
    to the police, and a blog's 70 for 2022 a year on."""
    police = "Kansas City Police Department"
    release = source("rel", {"earliest": "2023-12-29", "latest": "2024-01-15"}, publisher=police)
    release["kind"] = "official-statement"
    sources = [release, source("tv", "2024-03-13", "Channel 4"), source("blog", "2025-01-20", "A Blog")]

    def reduction(cid, sid, phrase, attribution):
        c = claim(cid, sid, "homicides", "2023", None, police, attribution, f"Police reported {phrase} in homicides.")
        c.pop("value")
        return c | {"change": {"phrase": phrase, "base": "2022"}}
    claims = [reduction("rel-44", "rel", "a 44% reduction", "document"),
              claim("tv-39", "tv", "homicides", "2023", "39", police, "paraphrase"),
              claim("tv-71", "tv", "homicides", "2022", "71", police, "paraphrase"),
              reduction("tv-45", "tv", "a 45% reduction", later_attribution),
              claim("blog-70", "blog", "homicides", "2022", "70")]
    return sources, claims


def test_a_station_retelling_a_release_change_so_far_does_not_restate_it(pack):
    """The station's "45%" is its retelling, not the police's later word: the release's 44% (39
    against 70) stands, and the station's 71 is doubted before the blog's 70."""
    report = audit(pack, *_release_then_retold("paraphrase"))
    assert revisions(report) == []
    assert first_suspects(report) == ["tv-71"]


def test_the_bodys_own_later_change_still_restates_its_release(pack):
    """The same 45% as the police's own document (its annual report): the 44% so far is restated,
    and the blog's 70 is doubted first (Buffalo's homicides-2022-70-or-71)."""
    report = audit(pack, *_release_then_retold("document"))
    assert revisions(report) == [("rel-44", "tv-45")]
    assert first_suspects(report) == ["blog-70"]
