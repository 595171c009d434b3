"""The newsroom rules of auditor/engine/revisions.py one at a time, each with the example its
docstring gives: a ledger of the claims' figures and publication dates, as find_revisions
builds it, and the rule's answer on it (both ways where the rule has two sides)."""

import pytest

from auditor.engine import revisions as rv
from auditor.engine.audit import compile_claims, resolve_scenario
from auditor.engine.scenarios import scenarios
from auditor.loading.corpus import load_records

PLACE = "birmingham-al"


def source(sid, publisher, published, **more):
    return {"id": sid, "title": sid, "publisher": publisher, "published": published, **more}


def count(cid, sid, value, period="2022", **more):
    return {"id": cid, "source": sid, "metric": "homicides", "place": PLACE, "period": period,
            "value": value, "quote": f"{value} homicides", **more}


def ledger(sources, claims):
    """The rules' view of a corpus (its only scenario), its compiled claims and corpus."""
    corpus = load_records({"sources": sources, "claims": claims})
    (scenario,) = scenarios(corpus)
    compiled = compile_claims(resolve_scenario(corpus, scenario), corpus.pack)
    figures = {c.claim_id: f for c in compiled if (f := rv.plain_figure(c)) is not None}
    return rv.Ledger(corpus, figures, scenario.publication, rv._counting_bodies(corpus)), compiled, corpus


def test_declared_a_claim_that_says_it_replaces_another_restates_it():
    _, compiled, corpus = ledger([source("jan", "Police", "2023-01-03"), source("mar", "Paper", "2023-03-15")],
                                 [count("jan", "jan", "134"), count("mar", "mar", "135", supersedes="jan")])
    assert {k: (r.old, r.new, r.body) for k, r in rv.declared(compiled, corpus).items()} == {"jan": ("jan", "mar", None)}


def test_voice_groups_a_figure_is_in_its_bodys_line_and_its_outlets():
    led, _, corpus = ledger([source("a", "Channel 4", "2023-01-11")],
                            [count("credited", "a", "347", speaker="Police Department", attribution="paraphrase"),
                             count("own", "a", "346")])
    groups = rv.voice_groups(led, rv._counting_bodies(corpus))
    assert sorted(voice for voice, _ in groups) == ["Channel 4", "Police Department"]
    assert {v: sorted(m) for (v, _), m in groups.items()} == {"Channel 4": ["credited", "own"],
                                                               "Police Department": ["credited"]}


@pytest.mark.parametrize("old_date, old, new_date, new, restates", [
    ("2023-01-10", "205", "2023-02-01", "195", True),    # 4.9% down within weeks: a reclassified death
    ("2022-01-05", "188", "2022-12-30", "174", True),    # 7.4% down eleven months on: rulings have had time
    ("2022-01-05", "188", "2022-01-30", "174", False),   # 7.4% down within weeks: more likely an error
    ("2022-01-05", "174", "2022-02-01", "190", True),    # 9.2% up: late reports
    ("2022-01-05", "174", "2022-02-01", "195", False),   # 12% up: beyond max_change
])
def test_moves_little_a_restatement_moves_a_count_by_a_small_share(old_date, old, new_date, new, restates):
    period = "2022" if old_date.startswith("2023") else "2021"
    led, _, _ = ledger([source("o", "Police", old_date), source("n", "Police", new_date)],
                       [count("old", "o", old, period), count("new", "n", new, period)])
    assert rv.moves_little(led, "old", "new") is restates


CHIEF, AREA = "Jane Doe, Kansas City Police Chief", "Kansas City area officials"


@pytest.mark.parametrize("old_date, old, old_by, new_date, new, new_by, restates", [
    ("2019-08-15", "nine", CHIEF, "2019-12-20", "eight", CHIEF, True),          # months apart: a death ruled
    ("2019-08-15", "nine", CHIEF, "2019-08-19", "eight", CHIEF, False),         # days apart: one word misreported
    ("2019-01-10", "one", CHIEF, "2020-01-09", "two", CHIEF, False),            # a rise keeps max_change
    ("2019-08-15", "nine", AREA, "2019-12-20", "eight", CHIEF, False),          # the metro area's count, then the city's
    ("2019-08-15", "at least 9", CHIEF, "2019-12-20", "eight", CHIEF, False),   # not an exact count
])
def test_moves_little_the_body_moves_a_small_count_down_by_one(old_date, old, old_by, new_date, new, new_by,
                                                                 restates):
    def said(cid, value, by):
        return {**count(cid, cid, value, "2018", speaker=by, attribution="paraphrase"), "place": "kansas-city-mo"}
    led, _, _ = ledger([source("old", "Channel 12", old_date), source("new", "Channel 3", new_date)],
                       [said("old", old, old_by), said("new", new, new_by)])
    assert rv.moves_little(led, "old", "new") is restates


def test_outvoted_when_given_a_figure_fewer_outlets_carried_that_day():
    led, _, _ = ledger([source("r", "Report", "2023-01-02"), source("p1", "Paper One", "2023-01-02"),
                        source("p2", "Paper Two", "2023-01-02")],
                       [count("r175", "r", "175", speaker="Police", attribution="paraphrase"),
                        count("p177", "p1", "177", speaker="Police", attribution="paraphrase"),
                        count("q177", "p2", "177", speaker="Police", attribution="paraphrase")])
    members = ["r175", "p177", "q177"]
    assert rv.outvoted_when_given(led, "r175", members)
    assert not rv.outvoted_when_given(led, "p177", members)


def test_contradicted_by_the_body_a_figure_beside_one_it_cannot_hold_with():
    led, _, _ = ledger([source("old", "Telegraph", "2022-01-12"), source("new", "Telegraph", "2024-01-08")],
                       [count("then", "old", "179"), count("body", "new", "179"), count("caption", "new", "79")])
    members = ["then", "body", "caption"]
    assert rv.contradicted_by_the_body(led, "then", "caption", members)
    led2, _, _ = ledger([source("old", "Telegraph", "2022-01-12"), source("new", "Telegraph", "2024-01-08")],
                        [count("then", "old", "179"), count("later", "new", "180")])
    assert not rv.contradicted_by_the_body(led2, "then", "later", ["then", "later"])


def test_skips_a_word_a_restatement_follows_the_bodys_last_word():
    led, _, _ = ledger([source("jan", "Channel 3", "2022-01-05"), source("aug", "Channel 3", "2022-08-28"),
                        source("nov", "Channel 3", "2022-11-20")],
                       [count("jan", "jan", "304", "2021"), count("aug", "aug", "303", "2021"),
                        count("nov", "nov", "305", "2021")])
    line = {"jan", "aug", "nov"}
    assert rv.skips_a_word(led, "jan", "nov", line)      # August's 303 came in between
    assert not rv.skips_a_word(led, "aug", "nov", line)
    assert rv.restatements(led, "jan", ["jan", "aug", "nov"], {c: line for c in line}) == ["aug"]


def _counter_ledger(claims, sources):
    led, _, corpus = ledger(sources, claims)
    counted = rv._counting_bodies(corpus)
    return led, counted, lambda cid: counted(cid) == "Police"


@pytest.mark.parametrize("paper_date, paper, police_date, police, restates", [
    ("2020-01-03", "92", "2023-12-27", "89", True),     # a paper's count of its day, the police's word years on
    ("2020-01-03", "92", "2020-03-01", "89", False),    # within weeks: a misstatement, not a count settling
    ("2020-01-03", "92", "2023-12-27", "80", False),    # 13% down: beyond a restatement's move
    ("2019-06-01", "92", "2020-01-20", "91", False),    # under nine months on: no time to settle
])
def test_restated_by_the_counter_the_police_later_word_restates_a_papers_lone_figure(
        paper_date, paper, police_date, police, restates):
    led, counted, official = _counter_ledger(
        [count("paper", "paper", paper, "2019"), count("police", "police", police, "2019", speaker="Police",
                                                          attribution="paraphrase")],
        [source("paper", "Daily Paper", paper_date), source("police", "Channel 3", police_date)])
    found = rv.restated_by_the_counter(led, counted, {}, official)
    assert ({k: (r.old, r.new) for k, r in found.items()} == {"paper": ("paper", "police")}) is restates


def test_restated_by_the_counter_not_a_settled_count_a_look_back_or_a_figure_off_its_way():
    # several outlets gave 228 for years: the police's 230 later restates neither
    led, counted, official = _counter_ledger(
        [count("a", "a", "228", "2016"), count("b", "b", "228", "2016"),
         count("police", "police", "230", "2016", speaker="Police", attribution="paraphrase")],
        [source("a", "Daily Paper", "2017-01-02"), source("b", "Channel 5", "2020-10-10"),
         source("police", "Channel 3", "2021-12-21")])
    assert rv.restated_by_the_counter(led, counted, {}, official) == {}
    # a look back decades on states a settled count (counts_settle_days)
    led, counted, official = _counter_ledger(
        [count("paper", "paper", "160", "1993"), count("police", "police", "157", "1993", speaker="Police",
                                                          attribution="paraphrase")],
        [source("paper", "Daily Paper", "2016-04-19"), source("police", "A Blog", "2024-01-10")])
    assert rv.restated_by_the_counter(led, counted, {}, official) == {}
    # a blog's 267 five months after the police's 262, restated as 264: not the count's way
    led, counted, official = _counter_ledger(
        [count("then", "wire", "262", "2020", speaker="Police", attribution="paraphrase"),
         count("blog", "blog", "267", "2020"),
         count("police", "police", "264", "2020", speaker="Police", attribution="paraphrase")],
        [source("wire", "Wire", "2021-01-03"), source("blog", "A Blog", "2021-06-01"),
         source("police", "Channel 3", "2025-01-14")])
    assert "blog" not in rv.restated_by_the_counter(led, counted, {}, official)


def test_first_out_the_figure_surely_out_first_restates():
    led, _, _ = ledger([source("dated", "Police", "2023-03-03"),
                        source("quarter", "Police", {"earliest": "2023-01-01", "latest": "2023-03-31"})],
                       [count("dated", "dated", "135"), count("quarter", "quarter", "136")])
    assert rv.first_out(led, ["quarter", "dated"]) == "dated"


def _release_and_echo():
    sources = [source("pd-jan", "Police", "2023-01-03"), source("paper", "Daily Paper", "2023-01-05"),
               source("pd-mar", "Police", "2023-03-15"), source("blog", "A Blog", "2023-02-01")]
    claims = [count("jan", "pd-jan", "134"), count("echo", "paper", "134", speaker="Police", attribution="paraphrase"),
              count("mar", "pd-mar", "135"), count("blog", "blog", "134")]
    return ledger(sources, claims)


def test_fold_echoes_one_revision_per_restatement():
    led, _, _ = _release_and_echo()
    out = {"jan": rv.Revision("jan", "mar", "Police", ()), "echo": rv.Revision("echo", "mar", "Police", ())}
    folded = rv.fold_echoes(led, out)
    assert list(folded) == ["jan"] and folded["jan"].echoes == ("echo",)


def test_show_own_old_shows_the_new_figures_own_outlets_old_figure():
    led, _, _ = _release_and_echo()
    folded = {"echo": rv.Revision("echo", "mar", "Police", ("jan",))}
    shown = rv.show_own_old(led, folded)
    assert list(shown) == ["jan"] and shown["jan"].echoes == ("echo",)


def test_with_repeats_other_voices_repeating_the_old_figure_go_with_it():
    led, _, _ = _release_and_echo()
    (rev,) = rv.with_repeats(led, {"jan": rv.Revision("jan", "mar", "Police", ("echo",))}, {"jan", "echo"})
    assert rev.echoes == ("blog", "echo")


def test_find_revisions_applies_the_rules_in_turn():
    led, compiled, corpus = _release_and_echo()
    found = rv.find_revisions(compiled, corpus, led.publication)
    assert [(r.old, r.new, r.echoes) for r in found] == [("jan", "mar", ("blog", "echo"))]


# figures_of_their_day: a tension shows the figures of the doubted claim's day

def _blog_352(extra=()):
    sources = [source("police23", "Police Department", "2023-01-10", kind="official-statement"),
               source("blog", "A Blog", "2023-11-25"),
               source("police24", "Police Department", "2024-01-02", kind="official-statement")]
    claims = [count("then", "police23", "302"), count("blog", "blog", "352"),
              count("restated", "police24", "301"), *extra]
    return sources, claims


def _audit(sources, claims, pack=None):
    from auditor.engine.audit import audit_corpus
    return audit_corpus(load_records({"sources": sources, "claims": claims}, pack=pack), workers=1)


def test_figures_of_their_day_shows_the_figure_the_claim_could_have_checked():
    _, compiled, corpus = ledger(*_blog_352())
    revisions = [rv.Revision("then", "restated", "Police Department", ())]
    (scenario,) = scenarios(corpus)
    by_id = {c.claim_id: c for c in compiled}
    shown = rv.figures_of_their_day(["blog", "restated"], "blog", "generous", by_id, corpus,
                                    scenario.publication, revisions)
    assert shown == {"restated": ["then"]}
    # a claim published after the restatement is judged by it
    assert rv.figures_of_their_day(["restated", "then"], "then", "generous", by_id, corpus,
                                   scenario.publication, revisions) == {}
    # and nothing changes without a restatement
    assert rv.figures_of_their_day(["blog", "restated"], "blog", "generous", by_id, corpus,
                                   scenario.publication, []) == {}


def test_figures_of_their_day_only_when_the_claim_still_conflicts_with_them():
    """A figure the claim agrees with is never shown as the one it conflicts with: the blog's
    302 beside the police's 302 of its day, restated as 330, stays against the 330."""
    sources, _ = _blog_352()
    claims = [count("then", "police23", "302"), count("blog", "blog", "302"), count("restated", "police24", "330")]
    _, compiled, corpus = ledger(sources, claims)
    (scenario,) = scenarios(corpus)
    shown = rv.figures_of_their_day(["blog", "restated"], "blog", "generous", {c.claim_id: c for c in compiled},
                                    corpus, scenario.publication, [rv.Revision("then", "restated", "Police", ())])
    assert shown == {}


def test_the_tension_names_the_figure_of_its_day_and_the_doubted_claim_first():
    report = _audit(*_blog_352())
    (t,) = [f for f in report.findings if f.kind == "tension"]
    assert set(t.claims) == {"blog", "then"} and t.suspects[0].claim == "blog"
    assert t.evidence["reconcile"]["how"].startswith("the other claims allow 302")


def test_a_desk_can_show_tensions_against_the_restated_figures(tmp_path):
    from auditor.pack import default_pack_path, load_pack
    (tmp_path / "checks").mkdir()
    rule = (default_pack_path() / "checks" / "RV001-revision.yaml").read_text(encoding="utf-8")
    (tmp_path / "checks" / "RV001-revision.yaml").write_text(
        rule.replace("of_their_day: true", "of_their_day: false"), encoding="utf-8")
    report = _audit(*_blog_352(), pack=load_pack(tmp_path))
    (t,) = [f for f in report.findings if f.kind == "tension"]
    assert set(t.claims) == {"blog", "restated"}


# misfits_of_their_day: a change judged by its own article's figures, since restated

def _nearly_25(change="down nearly 25%"):
    sources = [source("mar22", "Channel 5", "2022-03-01"),
               source("jan25", "Police Department", "2025-01-14", kind="official-statement")]
    police = {"speaker": "Police Department", "attribution": "paraphrase"}
    claims = [count("y20", "mar22", "263", "2020", **police), count("y21", "mar22", "195", "2021", **police),
              {"id": "down", "source": "mar22", "metric": "homicides", "place": PLACE, "period": "2021",
               "change": {"phrase": change, "base": "2020"}, "quote": change, **police},
              count("y20-later", "jan25", "264", "2020"), count("y21-later", "jan25", "201", "2021")]
    led, compiled, corpus = ledger(sources, claims)
    by_id = {c.claim_id: c for c in compiled}
    return rv.find_revisions(compiled, corpus, led.publication), by_id, corpus


def test_misfits_of_their_day_a_change_its_own_restated_figures_do_not_give():
    revisions, by_id, corpus = _nearly_25()
    assert {r.old for r in revisions} == {"y20", "y21"}
    assert rv.misfits_of_their_day(by_id, corpus, revisions) == [("down", ["y20", "y21"], "hard")]


def test_misfits_of_their_day_not_a_change_its_figures_give():
    revisions, by_id, corpus = _nearly_25("down about 26%")   # 195 / 263 is -25.9%
    assert rv.misfits_of_their_day(by_id, corpus, revisions) == []


def test_misfits_of_their_day_nothing_without_a_restatement():
    _, by_id, corpus = _nearly_25()
    assert rv.misfits_of_their_day(by_id, corpus, []) == []


def test_a_lapse_a_lone_figure_the_line_leaves_and_returns_from_is_restated_by_nothing():
    dates = [("p21", "2021-01-11"), ("p23", "2023-01-09"), ("p24", "2024-02-04")]

    def line(middle, second_outlet=False):
        sources = [source(sid, "Daily Paper", day) for sid, day in dates]
        claims = [count("p21", "p21", "130", "2020"), count("p23", "p23", middle, "2020"),
                  count("p24", "p24", "130", "2020")]
        if second_outlet:
            sources.append(source("tv", "Channel 3", "2023-01-10"))
            claims.append(count("tv23", "tv", middle, "2020"))
        return ledger(sources, claims)[0]

    members = ["p21", "p23", "p24"]
    assert rv.a_lapse(line("128"), "p23", members)             # 130, 128, back to 130
    assert not rv.a_lapse(line("128", second_outlet=True), "p23", members)   # two outlets carried it
    assert not rv.a_lapse(line("128"), "p21", members)         # nothing before the first
    led = ledger([source(sid, "Daily Paper", day) for sid, day in dates],
                 [count("p21", "p21", "126", "2020"), count("p23", "p23", "128", "2020"),
                  count("p24", "p24", "130", "2020")])[0]
    assert not rv.a_lapse(led, "p23", members)                 # a count that moves on is restated
    assert rv.restatements(led, "p23", members, {c: set(members) for c in members}) == ["p24"]


def test_a_lapse_stays_in_the_audit_as_a_tension_with_its_line():
    from auditor.engine.audit import audit_corpus
    sources = [source("p21", "Daily Paper", "2021-01-11"), source("p23", "Daily Paper", "2023-01-09"),
               source("p24", "Daily Paper", "2024-02-04"), source("tv", "Channel 3", "2021-12-28")]
    claims = [count("p21", "p21", "130", "2020"), count("p23", "p23", "128", "2020"),
              count("p24", "p24", "130", "2020"), count("tv", "tv", "130", "2020")]
    report = audit_corpus(load_records({"sources": sources, "claims": claims}), workers=1)
    assert not [f for f in report.findings if f.kind == "revision"]
    (t,) = [f for f in report.findings if f.kind == "tension"]
    assert t.suspects[0].claim == "p23"


def test_misreported_when_given_two_outlets_reporting_one_word_days_apart_restate_nothing():
    def led(first_day, second_day, second_publisher="Daily News"):
        return ledger([source("ca", "Appeal", first_day), source("dn", second_publisher, second_day)],
                      [count("ca194", "ca", "194", "2016", speaker="Police Director", attribution="paraphrase"),
                       count("dn195", "dn", "195", "2016", speaker="Police Director", attribution="paraphrase")])[0]

    members = ["ca194", "dn195"]
    assert rv.misreported_when_given(led("2017-01-10", "2017-01-11"), "ca194", members)   # one talk, next day's paper
    assert rv.misreported_when_given(led("2017-01-10", "2017-01-11"), "dn195", members)
    assert not rv.misreported_when_given(led("2017-01-10", "2017-02-01"), "ca194", members)   # weeks on: the body's later word
    assert not rv.misreported_when_given(led("2017-01-10", "2017-01-11", "Appeal"), "ca194", members)   # one outlet's own line
    assert rv.restatements(led("2017-01-10", "2017-02-01"), "ca194", members, {c: set(members) for c in members}) == ["dn195"]


def test_a_word_misreported_when_given_is_a_tension_not_a_revision():
    from auditor.engine.audit import audit_corpus
    sources = [source("ca", "Appeal", "2017-01-10"), source("dn1", "Daily News", "2017-01-11"),
               source("dn2", "Daily News", "2017-01-12"), source("ap", "Wire", "2017-04-15")]
    said = {"speaker": "Police Director", "attribution": "paraphrase"}
    claims = [count("ca194", "ca", "194", "2016", **said), count("dn1", "dn1", "195", "2016", **said),
              count("dn2", "dn2", "195", "2016", **said), count("ap", "ap", "195", "2016", **said)]
    report = audit_corpus(load_records({"sources": sources, "claims": claims}), workers=1)
    assert not [f for f in report.findings if f.kind == "revision"]
    (t,) = [f for f in report.findings if f.kind == "tension"]
    assert t.suspects[0].claim == "ca194"


def test_misfits_of_their_day_a_change_beside_its_own_doubted_figure():
    _, by_id, corpus = _nearly_25()
    assert rv.misfits_of_their_day(by_id, corpus, [], doubted={"y21"}) == [("down", ["y20", "y21"], "hard")]
    assert rv.misfits_of_their_day(by_id, corpus, [], doubted={"y21-later"}) == []   # not its own figure


def _seven_percent(police_outlets=1):
    """A radio's "down 7%, from 151 in 2024 to 139" (-7.9%) beside the police's 141 for 2025 in
    `police_outlets` outlets (141 against 151 is -6.6%: the 7% fits the police's figure)."""
    sources = [source("radio", "Public Radio", "2026-01-05")] + [
        source(f"p{i}", f"Outlet {i}", "2026-01-02") for i in range(police_outlets)]
    police = {"speaker": "Police Department", "attribution": "paraphrase"}
    claims = [count("r24", "radio", "151", "2024"), count("r25", "radio", "139", "2025"),
              {"id": "r-down", "source": "radio", "metric": "homicides", "place": PLACE, "period": "2025",
               "change": {"phrase": "down 7%", "base": "2024"}, "quote": "decreased by 7%"}]
    claims += [count(f"p{i}-141", f"p{i}", "141", "2025", **police) for i in range(police_outlets)]
    from auditor.engine.audit import audit_corpus
    return audit_corpus(load_records({"sources": sources, "claims": claims}), workers=1)


def test_a_change_its_own_figures_do_not_give_is_a_tension_beside_a_figure_one_outlet_contradicts():
    tensions = [f for f in _seven_percent(1).findings if f.kind == "tension"]
    own = [f for f in tensions if "r-down" in f.claims]
    assert [(sorted(f.claims), f.suspects[0].claim) for f in own] == [(["r-down", "r24", "r25"], "r-down")]


def test_not_when_other_outlets_contradict_its_figure():
    tensions = [f for f in _seven_percent(2).findings if f.kind == "tension"]
    assert not [f for f in tensions if "r-down" in f.claims]   # the 139 is what is wrong: its own tension
    assert [f.suspects[0].claim for f in tensions] == ["r25"]


def test_a_desk_sets_how_many_days_apart_two_reports_are_of_one_word(tmp_path):
    """RV001 `same_word_days`: the police director's talk as 194 in one paper and 195 in another
    two days later are reports of one word (3 days, the bundled figure), so neither restates
    the other; with 1 day the later paper's 195 is the count's next word, a restatement."""
    from auditor.pack import default_pack_path, load_pack
    sources = [source("appeal", "The Appeal", "2017-01-10"), source("news", "Daily News", "2017-01-12")]
    police = {"speaker": "Police Director", "attribution": "paraphrase"}
    claims = [count("appeal-194", "appeal", "194", "2016", **police), count("news-195", "news", "195", "2016", **police)]
    assert not [f for f in _audit(sources, claims).findings if f.kind == "revision"]
    (tmp_path / "checks").mkdir()
    rule = (default_pack_path() / "checks" / "RV001-revision.yaml").read_text(encoding="utf-8")
    (tmp_path / "checks" / "RV001-revision.yaml").write_text(
        rule.replace("same_word_days: 3", "same_word_days: 1"), encoding="utf-8")
    (rev,) = [f for f in _audit(sources, claims, pack=load_pack(tmp_path)).findings if f.kind == "revision"]
    assert (rev.evidence["old"], rev.evidence["new"]) == ("appeal-194", "news-195")


@pytest.mark.parametrize("speaker, city", [
    ("Birmingham Police Department", True),
    ("Jane Doe, Birmingham Police Chief", True),
    ("Jane Doe, Birmingham Mayor", True),
    ("Jane Doe, Mayor of Birmingham", True),
    ("Jane Doe, Mayor of Montgomery", False),         # another place's mayor
    ("Jane Doe, Montgomery Police Chief", False),      # another place's chief
    ("Jane Doe, Birmingham Police Chief, and John Roe, Birmingham Mayor", False),   # not one name
    ("Jane Doe, Birmingham Pastor", False),
])
def test_counting_body_a_citys_police_chief_and_mayor_speak_for_its_count(speaker, city):
    _, _, corpus = ledger([source("a", "Paper", "2023-01-05")],
                          [count("c", "a", "134", speaker=speaker, attribution="paraphrase")])
    got = rv.counting_body(speaker, corpus.claim("c"), corpus.pack)
    assert (got == "government of birmingham-al") is city


def test_a_chiefs_figure_is_restated_by_the_departments_later_release():
    """The chief's 1,173 of January, the department's 1,170 a year later: a revision."""
    led, compiled, corpus = ledger(
        [source("jan", "Paper", "2021-01-06"), source("next", "Station", "2022-01-06")],
        [count("chief", "jan", "1173", "2020", speaker="Jane Doe, Birmingham Police Chief", attribution="paraphrase"),
         count("dept", "next", "1170", "2020", speaker="Birmingham Police Department", attribution="paraphrase")])
    (scenario,) = scenarios(corpus)
    found = rv.find_revisions(compiled, corpus, scenario.publication)
    assert [(r.old, r.new) for r in found] == [("chief", "dept")]


@pytest.mark.parametrize("blog, restated, against", [
    ("304", "299", "then"),       # lowered since, the blog above the figure of its day: set against it
    ("304", "301", "restated"),   # raised since (a count still growing): against the current figure
    ("298", "299", "restated"),   # below the figure of its day: against the current figure
])
def test_figures_of_their_day_a_figure_above_one_the_body_lowered_since(blog, restated, against):
    """The Metro Times's 304 of June beside the police's 300 of January, restated as 299 two
    years on: a count falls only by deaths reclassified, so 304 was no count of any day and
    is set against the 300 it could have checked."""
    sources = [source("police23", "Police Department", "2023-01-10", kind="official-statement"),
               source("blog", "A Blog", "2023-06-15"),
               source("police25", "Police Department", "2025-01-04", kind="official-statement")]
    claims = [count("then", "police23", "300"), count("blog", "blog", blog), count("restated", "police25", restated)]
    _, compiled, corpus = ledger(sources, claims)
    (scenario,) = scenarios(corpus)
    shown = rv.figures_of_their_day(["blog", "restated"], "blog", "generous", {c.claim_id: c for c in compiled},
                                    corpus, scenario.publication, [rv.Revision("then", "restated", "Police", ())])
    assert shown == ({"restated": ["then"]} if against == "then" else {})


def _report_of_the_release(own_quote_speaker=None):
    """A paper's report of the police's release two years on: "302 in 2016, according to crime
    statistics released Wednesday", and in its own words "2014's total of 299"."""
    sources = [source("jan15", "Free Press", "2015-01-06"), source("dn17", "News", "2017-01-04")]
    claims = [count("fp-300", "jan15", "300", "2014", speaker="Birmingham Police Department", attribution="paraphrase"),
              count("dn-302", "dn17", "302", "2016", speaker="Birmingham Police Department", attribution="paraphrase"),
              count("dn-299", "dn17", "299", "2014", attribution="reporter",
                    **({"speaker": own_quote_speaker} if own_quote_speaker else {}))]
    return sources, claims


def test_reading_the_release_an_uncredited_figure_in_a_report_of_the_release_is_its_word():
    led, compiled, corpus = ledger(*_report_of_the_release())
    counted = rv._counting_bodies(corpus)
    official = {c for c in led.figures if counted(c).startswith("government of ")}
    assert rv.reading_the_release(led, counted, official.__contains__) == {"dn-299": "government of birmingham-al"}
    (scenario,) = scenarios(corpus)
    found = rv.find_revisions(compiled, corpus, scenario.publication)
    assert [(r.old, r.new) for r in found] == [("fp-300", "dn-299")]


def test_reading_the_release_restates_the_bodys_word_only():
    """A magazine's own 122 for a year, and a paper's uncredited 120 in its report of the
    police's figures years on: no restatement (either may be an outlet's own count)."""
    sources = [source("mag", "Magazine", "2010-12-06"), source("cle", "Paper", "2014-10-01")]
    claims = [count("mag-122", "mag", "122", "2009", attribution="reporter"),
              count("cle-102", "cle", "102", "2013", speaker="Birmingham Police Department", attribution="paraphrase"),
              count("cle-120", "cle", "120", "2009", attribution="reporter")]
    _, compiled, corpus = ledger(sources, claims)
    (scenario,) = scenarios(corpus)
    assert rv.find_revisions(compiled, corpus, scenario.publication) == []


def test_called_preliminary_a_figure_the_release_of_the_next_day_restates():
    """The paper's 272 "according to preliminary statistics" on 2 January, the police's
    release of 273 on the 3rd: a restatement; the same figure without the word is a word
    misreported (misreported_when_given), and the later figure is no restatement of itself."""
    def led(quote):
        return ledger([source("dn", "News", "2020-01-02"), source("pd", "Police Blog", "2020-01-03")],
                      [count("dn272", "dn", "272", "2019", speaker="Police Department", attribution="paraphrase",
                             quote=quote),
                       count("pd273", "pd", "273", "2019", speaker="Police Department", attribution="document")])[0]

    members = ["dn272", "pd273"]
    early = led("272 homicides, according to preliminary statistics")
    assert rv.called_preliminary(early.corpus.claim("dn272"), early.corpus.pack)
    assert not rv.misreported_when_given(early, "dn272", members)
    assert rv.misreported_when_given(early, "pd273", members)   # only the earlier figure is preliminary
    plain = led("272 homicides, according to police")
    assert not rv.called_preliminary(plain.corpus.claim("dn272"), plain.corpus.pack)
    assert rv.misreported_when_given(plain, "dn272", members)
    assert not rv.called_preliminary(plain.corpus.claim("pd273"), plain.corpus.pack)


def test_a_change_against_a_restated_figure_is_judged_by_its_own_articles_figures():
    """The Detroit News's "302 homicides for 2016 ... a 2.3 percent jump from 2015's 295"
    (2.37%), the 302 restated as 305 a year later (3.4%): the tension is the 2.3% against its
    own 302 and 295, soft (2.3 read generously allows 2.37), not against the 305."""
    sources = [source("jan17", "Police Department", "2017-01-04", kind="official-statement"),
               source("jan18", "Police Department", "2018-01-03", kind="official-statement")]
    claims = [count("y15", "jan17", "295", "2015"), count("y16", "jan17", "302", "2016"),
              {"id": "up", "source": "jan17", "metric": "homicides", "place": PLACE, "period": "2016",
               "change": {"phrase": "up 2.3%", "base": "2015"}, "quote": "a 2.3 percent jump"},
              count("y16-restated", "jan18", "305", "2016")]
    report = _audit(sources, claims)
    assert [(f.rule, f.evidence["old"], f.evidence["new"]) for f in report.findings if f.kind == "revision"] \
        == [("RV001", "y16", "y16-restated")]
    tensions = [f for f in report.findings if f.kind == "tension"]
    assert [(set(t.claims), t.strength, t.suspects[0].claim) for t in tensions] == [({"up", "y15", "y16"}, "soft", "up")]


def _preview_and_conference():
    """The police's 273 (their blog and a paper, 3 January 2020); a paper's preview of their
    next statistics, "274", on 5 January 2021; the chief's 275 at the news conference the
    next day, in two outlets."""
    sources = [source("blog", "Police Blog", "2020-01-03", kind="official-statement"),
               source("news", "News", "2020-01-03"),
               source("preview", "Deadline", "2021-01-05"),
               source("fp", "Free Press", "2021-01-06"), source("ap", "AP", "2021-01-07")]
    police = {"speaker": "Birmingham Police Department", "attribution": "paraphrase"}
    chief = {"speaker": "Jane Doe, Birmingham Police Chief", "attribution": "paraphrase"}
    claims = [count("blog273", "blog", "273", "2019", speaker="Birmingham Police Department", attribution="document"),
              count("news273", "news", "273", "2019", **police),
              count("preview274", "preview", "274", "2019", speaker="News", attribution="paraphrase"),
              count("fp275", "fp", "275", "2019", **chief), count("ap275", "ap", "275", "2019", **chief)]
    return sources, claims


def test_outvoted_days_apart_a_preview_two_outlets_contradict_the_next_day_restates_nothing():
    led, compiled, corpus = ledger(*_preview_and_conference())
    same = sorted(led.figures)
    assert rv.outvoted_days_apart(led, "preview274", same)
    assert not rv.outvoted_days_apart(led, "fp275", same)
    assert not rv.outvoted_days_apart(led, "blog273", same)
    (scenario,) = scenarios(corpus)
    found = rv.find_revisions(compiled, corpus, scenario.publication)
    # the 273 restated by the chief's 275, shown as the police's own release of the day
    assert [(r.old, r.new) for r in found] == [("blog273", "fp275")]


def test_first_out_the_bodys_own_release_before_a_report_of_it_the_same_day():
    led, _, _ = ledger(*_preview_and_conference())
    assert rv.first_out(led, ["news273", "blog273"]) == "blog273"
    assert rv.first_out(led, ["fp275", "ap275"]) == "fp275"


def test_reading_the_release_a_report_out_before_the_bodys_later_word_restates_first():
    """The police's 300 (2015), a paper's report of their 2016 release giving 299 in its own
    words (2017), the city's 299 (2019): the report restates the 300 first."""
    sources, claims = _report_of_the_release()
    sources = [*sources, source("city19", "City of Birmingham", "2019-01-05", kind="official-statement")]
    claims = [*claims, count("city-299", "city19", "299", "2014", speaker="City of Birmingham", attribution="document")]
    _, compiled, corpus = ledger(sources, claims)
    (scenario,) = scenarios(corpus)
    found = rv.find_revisions(compiled, corpus, scenario.publication)
    assert [(r.old, r.new) for r in found] == [("fp-300", "dn-299")]


def test_of_two_lines_restatements_the_bodys_own_release_of_the_day():
    """A paper's 272 "according to preliminary statistics" (2 January), then on the 3rd its
    own "273, police said" and the police's blog post of 273: the blog post restates it."""
    police = {"speaker": "Birmingham Police Department", "attribution": "paraphrase"}
    sources = [source("dn2", "News", "2020-01-02"), source("dn3", "News", "2020-01-03"),
               source("blog", "Birmingham Police Department (blog)", "2020-01-03", kind="official-statement")]
    claims = [count("dn272", "dn2", "272", "2019", quote="272, according to preliminary statistics", **police),
              count("dn273", "dn3", "273", "2019", **police),
              count("blog273", "blog", "273", "2019", speaker="Birmingham Police Department", attribution="document")]
    _, compiled, corpus = ledger(sources, claims)
    (scenario,) = scenarios(corpus)
    found = rv.find_revisions(compiled, corpus, scenario.publication)
    assert [(r.old, r.new) for r in found] == [("dn272", "blog273")]


def test_counting_body_a_states_police_is_the_states_body(tmp_path):
    # Little Rock: the Arkansas State Police's 611 road deaths for 2020, then the Department of
    # Public Safety's 619 (its department): one counter (RV001 one_body_of_the_state_itself); a
    # county's sheriff and another state's police stay themselves, and so does the State Police
    # for a county's figure (its crime statistics: another counter), where the state's
    # transportation department is still the state's (one_body_of_a_state)
    from draft_helpers import desk_pack
    pack = desk_pack(tmp_path, places="places:\n  arkansas:\n    name: Arkansas\n    kind: state\n"
                                      "  pulaski-county-ar:\n    name: Pulaski County\n    kind: county\n"
                                      "    within: arkansas\n")
    records = load_records({"sources": [source("s", "Paper", "2022-05-30")],
                            "claims": [{**count("c", "s", "619"), "place": "arkansas"},
                                       {**count("k", "s", "40"), "place": "pulaski-county-ar"}]}, pack=pack)
    forms: dict = {}   # one cache for both places, as a corpus's audit keeps it
    names = ("Arkansas State Police", "Arkansas Department of Public Safety", "Arkansas Department of Transportation",
             "Missouri State Police", "Pulaski County Sheriff's Office")
    body = {(cid, name): rv.counting_body(name, records.claim(cid), pack, forms) for cid in ("c", "k") for name in names}
    assert body == {("c", "Arkansas State Police"): "government of arkansas",
                    ("c", "Arkansas Department of Public Safety"): "government of arkansas",
                    ("c", "Arkansas Department of Transportation"): "government of arkansas",
                    ("c", "Missouri State Police"): "Missouri State Police",
                    ("c", "Pulaski County Sheriff's Office"): "Pulaski County Sheriff's Office",
                    ("k", "Arkansas State Police"): "Arkansas State Police",
                    ("k", "Arkansas Department of Public Safety"): "government of arkansas",
                    ("k", "Arkansas Department of Transportation"): "government of arkansas",
                    ("k", "Missouri State Police"): "Missouri State Police",
                    ("k", "Pulaski County Sheriff's Office"): "Pulaski County Sheriff's Office"}


def test_counting_body_an_office_named_under_its_parent_body_is_the_places_office(tmp_path):
    # Denver: the health department's summary "Denver Department of Public Health & Environment, Office
    # of the Medical Examiner" (209 overdose deaths of 2018), then "Denver Office of the Medical
    # Examiner" (207): one office (RV001 office_titles). The place comes from the parent's name only:
    # another place's department, or an office of no place, stays itself
    from draft_helpers import desk_pack
    pack = desk_pack(tmp_path, places="places:\n  pima-county-az:\n    name: Pima County, Arizona\n    kind: county\n")
    records = load_records({"sources": [source("s", "Paper", "2022-05-30")],
                            "claims": [{**count("c", "s", "207"), "place": "pima-county-az"}]}, pack=pack)
    names = ("Pima County Health Department, Office of the Medical Examiner", "Pima County Office of the Medical Examiner",
             "Maricopa County Health Department, Office of the Medical Examiner", "Office of the Medical Examiner")
    body = {name: rv.counting_body(name, records.claim("c"), pack) for name in names}
    assert body == {"Pima County Health Department, Office of the Medical Examiner": "Pima County Medical Examiner's Office",
                    "Pima County Office of the Medical Examiner": "Pima County Medical Examiner's Office",
                    "Maricopa County Health Department, Office of the Medical Examiner":
                        "Maricopa County Health Department, Office of the Medical Examiner",
                    "Office of the Medical Examiner": "Office of the Medical Examiner"}


def test_counting_body_a_states_office_of_highway_safety_named_with_its_police(tmp_path):
    # Lexington: "Kentucky Office of Highway Safety and Kentucky State Police" (638 road deaths for
    # 2013) keeps the count the State Police's 628 "by last week" was of (one_body_of_a_state)
    from draft_helpers import desk_pack
    pack = desk_pack(tmp_path, places="places:\n  arkansas:\n    name: Arkansas\n    kind: state\n")
    records = load_records({"sources": [source("s", "Paper", "2022-05-30")],
                            "claims": [{**count("c", "s", "619"), "place": "arkansas"}]}, pack=pack)
    joint = "Arkansas Office of Highway Safety and Arkansas State Police"
    assert rv.counting_body(joint, records.claim("c"), pack) == "government of arkansas"
