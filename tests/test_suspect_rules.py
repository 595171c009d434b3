"""suspects.follows_from_its_own_figures: a change that is only its own article's arithmetic
on figures that are themselves doubted makes no tension of its own."""

from auditor.engine.audit import compile_claims, resolve_scenario
from auditor.engine.scenarios import scenarios
from auditor.engine.suspects import follows_from_its_own_figures
from auditor.loading.corpus import load_records

PLACE = "birmingham-al"


def count(cid, sid, period, value):
    return {"id": cid, "source": sid, "metric": "homicides", "place": PLACE, "period": period,
            "value": value, "quote": value}


def compiled(change="a 14% increase", own19="92", own18="81"):
    sources = [{"id": "police", "title": "t", "publisher": "Police", "kind": "official-statement", "published": "2020-01-02"},
               {"id": "paper", "title": "t", "publisher": "Daily Paper", "published": "2020-01-03"}]
    claims = [count("y19", "police", "2019", "90"), count("y18", "police", "2018", "80"),
              count("own18", "paper", "2018", own18),
              {"id": "up", "source": "paper", "metric": "homicides", "place": PLACE, "period": "2019",
               "change": {"phrase": change, "base": "2018"}, "quote": change}]
    if own19 is not None:
        claims.append(count("own19", "paper", "2019", own19))
    corpus = load_records({"sources": sources, "claims": claims})
    (scenario,) = scenarios(corpus)
    return {c.claim_id: c for c in compile_claims(resolve_scenario(corpus, scenario), corpus.pack)}, corpus


def test_a_change_its_doubted_figures_give_follows_from_them():
    by_id, corpus = compiled()
    assert follows_from_its_own_figures("up", "generous", by_id, corpus, {"own19", "own18"})
    assert follows_from_its_own_figures("up", "generous", by_id, corpus, {"own19"})   # one is enough


def test_not_while_its_figures_stand():
    by_id, corpus = compiled()
    assert not follows_from_its_own_figures("up", "generous", by_id, corpus, {"y19", "y18"})


def test_not_when_its_own_figures_do_not_give_it():
    by_id, corpus = compiled(change="a 25% increase")   # 92 / 81 is +13.6%
    assert not follows_from_its_own_figures("up", "generous", by_id, corpus, {"own19", "own18"})


def test_not_when_the_article_states_only_one_of_the_figures():
    by_id, corpus = compiled(own19=None)
    assert not follows_from_its_own_figures("up", "generous", by_id, corpus, {"own18"})


def test_a_plain_figure_is_never_carried():
    by_id, corpus = compiled()
    assert not follows_from_its_own_figures("own19", "generous", by_id, corpus, {"own19", "own18"})


# own_arithmetic, and its cost (rules/suspicion.yaml `own-arithmetic`)

from auditor.engine.audit import audit_corpus  # noqa: E402
from auditor.engine.suspects import OWN_ARITHMETIC, own_arithmetic  # noqa: E402


def test_own_arithmetic_names_the_figures_a_change_is_worked_out_from():
    by_id, corpus = compiled()
    assert own_arithmetic("up", "default", by_id, corpus) == ["own18", "own19"]
    assert own_arithmetic("own19", "default", by_id, corpus) is None
    by_id, corpus = compiled(change="a 25% increase")
    assert own_arithmetic("up", "default", by_id, corpus) is None


def _blog_and_station(pack=None):
    """A blog's "2020: 332 (631k, 52.6 per 100k)" (the rate is 332 over 631,000) against a
    station's 290 for the year, police said, given in three of its stories (one voice)."""
    sources = [{"id": "blog", "title": "t", "publisher": "A Blog", "published": "2023-11-25"},
               *({"id": f"tv{i}", "title": "t", "publisher": "Channel 3", "published": f"202{i}-01-05"} for i in (1, 2, 3))]
    claims = [count("blog-332", "blog", "2020", "332"),
              {"id": "blog-pop", "source": "blog", "metric": "population", "place": PLACE, "period": "2020",
               "value": "631k", "quote": "631k"},
              {"id": "blog-rate", "source": "blog", "metric": "homicide_rate", "place": PLACE, "period": "2020",
               "value": "52.6 per 100,000", "quote": "52.6 per 100k"},
              *(count(f"tv{i}-290", f"tv{i}", "2020", "290") | {"speaker": "Police Department", "attribution": "paraphrase"}
                for i in (1, 2, 3))]
    return audit_corpus(load_records({"sources": sources, "claims": claims}, pack=pack), workers=1)


def test_a_rate_worked_out_from_its_own_count_does_not_make_the_count_costlier_to_doubt():
    report = _blog_and_station()
    tensions = [f for f in report.findings if f.kind == "tension"]
    assert [f.suspects[0].claim for f in tensions] == ["blog-332"]
    assert "blog-rate" not in {c for f in tensions for c in f.claims}


def test_without_the_own_arithmetic_cost_the_rate_weighs_as_a_second_statement(tmp_path):
    from auditor.pack import default_pack_path, load_pack
    text = (default_pack_path() / "suspicion.yaml").read_text(encoding="utf-8")
    assert OWN_ARITHMETIC in text
    kept = "\n".join(line for line in text.splitlines() if not line.strip().startswith(f"{OWN_ARITHMETIC}:"))
    (tmp_path / "suspicion.yaml").write_text(kept, encoding="utf-8")
    report = _blog_and_station(load_pack(tmp_path))
    firsts = sorted(f.suspects[0].claim for f in report.findings if f.kind == "tension")
    assert firsts and "blog-332" not in firsts   # the station's 290 is doubted instead


# own_sum: a total its own article adds up from the figures it states for every part

from auditor.engine.suspects import own_sum  # noqa: E402


def _four_years(total="651", ytd_period="2023-01-01/2023-12-30", total_period="2020-01-01/2023-12-30"):
    sources = [{"id": "tv", "title": "t", "publisher": "Channel 11", "published": "2023-12-30"}]
    claims = [count("y20", "tv", "2020", "166"), count("y21", "tv", "2021", "178"),
              count("y22", "tv", "2022", "157"), count("ytd", "tv", ytd_period, "150"),
              count("four", "tv", total_period, total)]
    corpus = load_records({"sources": sources, "claims": claims})
    (scenario,) = scenarios(corpus)
    return {c.claim_id: c for c in compile_claims(resolve_scenario(corpus, scenario), corpus.pack)}, corpus


def test_own_sum_names_the_parts_a_total_is_added_up_from():
    by_id, corpus = _four_years()
    assert own_sum("four", "default", by_id, corpus) == ["y20", "y21", "y22", "ytd"]
    assert follows_from_its_own_figures("four", "default", by_id, corpus, {"y20"})
    assert not follows_from_its_own_figures("four", "default", by_id, corpus, set())


def test_own_sum_not_when_the_parts_do_not_add_up_or_leave_days_out():
    by_id, corpus = _four_years(total="653")   # 166 + 178 + 157 + 150 = 651
    assert own_sum("four", "default", by_id, corpus) is None
    by_id, corpus = _four_years(ytd_period="2023-01-01/2023-11-30")   # December is no part's
    assert own_sum("four", "default", by_id, corpus) is None
    by_id, corpus = _four_years()
    assert own_sum("y20", "default", by_id, corpus) is None   # a part is no total


# own_arithmetic when an article gives two figures for one quantity (a count and its correction)

def _corrected(change="one less than", by="1"):
    """"boosted the year-to-date numbers from 78 to 102 ... now just one less than the 103
    that were being reported this time last year": the change is worked out from the 102."""
    sources = [{"id": "radio", "title": "t", "publisher": "Radio", "published": "2023-10-01"}]
    claims = [count("was-78", "radio", "2023-01-01/2023-09-30", "78"),
              count("now-102", "radio", "2023-01-01/2023-09-30", "102"),
              count("last-103", "radio", "2022-01-01/2022-09-30", "103"),
              {"id": "less", "source": "radio", "metric": "homicides", "place": PLACE, "period": "2023-01-01/2023-09-30",
               "change": {"direction": "down", "by": by, "measure": "absolute", "base": "2022-01-01/2022-09-30"},
               "quote": change}]
    corpus = load_records({"sources": sources, "claims": claims})
    (scenario,) = scenarios(corpus)
    return {c.claim_id: c for c in compile_claims(resolve_scenario(corpus, scenario), corpus.pack)}, corpus


def test_a_change_is_worked_out_from_the_one_of_its_articles_two_figures_that_gives_it():
    by_id, corpus = _corrected()
    assert own_arithmetic("less", "default", by_id, corpus) == ["last-103", "now-102"]
    assert follows_from_its_own_figures("less", "default", by_id, corpus, {"now-102"})
    assert not follows_from_its_own_figures("less", "default", by_id, corpus, {"was-78"})


def test_not_when_neither_figure_gives_it():
    by_id, corpus = _corrected(change="ten less than", by="10")   # 93 is neither 78 nor 102
    assert own_arithmetic("less", "default", by_id, corpus) is None


# another_counts_figure: a figure its own article gives for another count of the place and
# period is one printed in the other's row (rules/suspicion.yaml `another-counts-figure`)

def _a_row_of_the_table(all_crimes="2,960"):
    """THV11's table (Little Rock, October 2022): "Aggravated assault: -9% change. 2,656 cases in
    2021, 2,960 cases in 2022", beside all violent crime's 2,960 in the same story."""
    sources = [{"id": "tv", "title": "t", "publisher": "Channel 11", "published": "2023-01-05"}]
    said = {"speaker": "City of Birmingham", "attribution": "paraphrase"}
    claims = [{"id": "all-2022", "source": "tv", "metric": "reported_crimes", "place": PLACE, "period": "2022",
               "value": all_crimes, "quote": all_crimes} | said,
              {"id": "row-2021", "source": "tv", "metric": "robberies", "place": PLACE, "period": "2021",
               "value": "2,656", "quote": "2,656 cases in 2021"} | said,
              {"id": "row-2022", "source": "tv", "metric": "robberies", "place": PLACE, "period": "2022",
               "value": "2,960", "quote": "2,960 cases in 2022"} | said,
              {"id": "row-down", "source": "tv", "metric": "robberies", "place": PLACE, "period": "2022",
               "change": {"phrase": "down 9%", "base": "2021"}, "quote": "-9% change"} | said]
    report = audit_corpus(load_records({"sources": sources, "claims": claims}), workers=1)
    return [f.suspects[0].claim for f in report.findings if f.kind == "tension"]


def test_a_figure_of_another_counts_row_is_doubted_before_the_change():
    assert _a_row_of_the_table() == ["row-2022"]


def test_a_figure_of_its_own_is_not():
    assert _a_row_of_the_table(all_crimes="3,141") == ["row-down"]   # the change, as before


def test_the_wholes_own_figure_is_not_doubted_for_its_part_s_row():
    """The whole's 2,960, the part's row printing it too, against another outlet's 3,194 told
    earlier: only the part's claim is marked, so the whole's figure is not doubted first (it
    was when both claims were)."""
    sources = [{"id": "tv", "title": "t", "publisher": "Channel 11", "published": "2022-10-12"},
               {"id": "b", "title": "b", "publisher": "Paper B", "published": "2022-10-11"}]
    police = {"speaker": "City of Birmingham", "attribution": "paraphrase"}
    period = "2022-01-01/2022-10-10"
    claims = [{"id": "all", "source": "tv", "metric": "reported_crimes", "place": PLACE, "period": period,
               "value": "2,960", "quote": "2,960 cases so far this year."} | police,
              {"id": "row", "source": "tv", "metric": "robberies", "place": PLACE, "period": period,
               "value": "2,960", "quote": "Robbery: 2,960 cases in 2022."} | police,
              {"id": "other", "source": "b", "metric": "reported_crimes", "place": PLACE, "period": period,
               "value": "3,194", "attribution": "reporter", "quote": "Police have recorded 3,194 crimes so far this year."}]
    report = audit_corpus(load_records({"sources": sources, "claims": claims}), workers=1)
    assert [f.suspects[0].claim for f in report.findings if f.kind == "tension"] == ["other"]


# in_one_sentence: of claims equally cheap to doubt, a figure its sentence gives alone is
# doubted before figures one sentence gives together ("fell by 1,857, totaling 5,378")

def test_a_figure_alone_in_its_sentence_is_doubted_before_a_sentence_s_pair():
    """newsfirst.news (Jacksonville, 2025): "opioid-related deaths down 32%" in one sentence and
    "Opioid-related deaths fell by 1,857, totaling 5,378" in another: -25.7%. The two changes
    cost the same; the one whose id sorts first was doubted before."""
    sources = [{"id": "web", "title": "t", "publisher": "A Web Site", "published": "2025-10-24"}]
    said = {"speaker": "City of Birmingham", "attribution": "paraphrase", "metric": "homicides",
            "place": PLACE, "period": "2024", "source": "web"}
    pair = "Deaths fell by 1,857, totaling 5,378."
    claims = [{"id": "b-down-32pct", "change": {"phrase": "down 32%", "base": "2023"},
               "quote": "Statewide, deaths down 32%."} | said,
              {"id": "a-total", "value": "5,378", "quote": pair} | said,
              {"id": "a-down-1857", "change": {"phrase": "fell by 1,857", "base": "2023"}, "quote": pair} | said]
    report = audit_corpus(load_records({"sources": sources, "claims": claims}), workers=1)
    assert [f.suspects[0].claim for f in report.findings if f.kind == "tension"] == ["b-down-32pct"]


def test_another_outlet_s_lone_figure_is_not_doubted_before_a_pair():
    """Truth 125 -> 100 (-20%): one outlet's lone "Homicides fell 20% last year" is right, another
    outlet's "fell by 30, to 100" miscomputes its fall; the lone figure was doubted first."""
    sources = [{"id": "sa", "title": "t", "publisher": "Kansas City Star", "published": "2024-01-02"},
               {"id": "sb", "title": "t", "publisher": "KSHB", "published": "2024-01-03"}]
    said = {"metric": "homicides", "place": PLACE, "period": "2023", "attribution": "reporter"}
    pair = "Homicides fell by 30, to 100, in 2023."
    claims = [{"id": "a-fell-by-30", "source": "sb", "change": {"phrase": "fell by 30", "base": "2022"}, "quote": pair} | said,
              {"id": "a-2023-100", "source": "sb", "value": "100", "quote": pair} | said,
              {"id": "b-fell-20pct", "source": "sa", "change": {"phrase": "fell 20%", "base": "2022"},
               "quote": "Homicides fell 20% last year."} | said]
    report = audit_corpus(load_records({"sources": sources, "claims": claims}), workers=1)
    assert [f.suspects[0].claim for f in report.findings if f.kind == "tension"] == ["a-fell-by-30"]


# stretched: a count's figure for a stretch that an earlier article gave for a shorter stretch
# from the same day (rules/suspicion.yaml `stretched-from-a-shorter-stretch`)

def _stretched(times_figure="29"):
    """Little Rock: the police's 29 homicides by the end of April 2022 (the Arkansas Times, May
    2023), THV11's 29 for "the first five months of 2022" (June 2023), FOX16's 31 by 4 May 2022."""
    sources = [{"id": "fox", "title": "t", "publisher": "FOX16", "published": "2022-05-05"},
               {"id": "times", "title": "t", "publisher": "Arkansas Times", "published": "2023-05-05"},
               {"id": "thv", "title": "t", "publisher": "THV11", "published": "2023-06-15"}]
    police = {"speaker": "City of Birmingham", "attribution": "paraphrase"}
    claims = [{"id": "fox-31", "source": "fox", "metric": "homicides", "place": PLACE, "period": "2022-01-01/2022-05-04",
               "value": "31", "attribution": "reporter", "quote": "As of May 4, 2022, the city has seen 31 homicides."},
              {"id": "times-april", "source": "times", "metric": "homicides", "place": PLACE,
               "period": "2022-01-01/2022-04-30", "value": times_figure, "quote": times_figure} | police,
              {"id": "thv-may", "source": "thv", "metric": "homicides", "place": PLACE,
               "period": "2022-01-01/2022-05-31", "value": "29", "quote": "29"} | police]
    report = audit_corpus(load_records({"sources": sources, "claims": claims}), workers=1)
    return [f.suspects[0].claim for f in report.findings if f.kind == "tension"]


def test_a_figure_stretched_from_a_shorter_stretch_is_doubted_first():
    assert _stretched() == ["thv-may"]


def test_a_longer_stretch_s_own_figure_is_not():
    assert _stretched(times_figure="27") == ["fox-31"]   # the reporter's 31 costs least, as before


def test_a_small_count_that_stays_the_same_is_not_stretched():
    """Three homicides through April (3 May) and still three through May (3 June): at April's pace
    May adds about 0.8, so no case in May is ordinary; a reporter's four by 20 May is the miscount."""
    sources = [{"id": "early", "title": "t", "publisher": "Boise State Public Radio", "published": "2022-05-03"},
               {"id": "late", "title": "t", "publisher": "Idaho Statesman", "published": "2022-06-03"},
               {"id": "mid", "title": "t", "publisher": "KTVB", "published": "2022-05-21"}]
    police = {"metric": "homicides", "place": PLACE, "speaker": "City of Birmingham", "attribution": "paraphrase",
              "value": "3", "quote": "three"}
    claims = [{"id": "apr-3", "source": "early", "period": "2022-01-01/2022-04-30"} | police,
              {"id": "may-3", "source": "late", "period": "2022-01-01/2022-05-31"} | police,
              {"id": "mid-4", "source": "mid", "metric": "homicides", "place": PLACE, "period": "2022-01-01/2022-05-20",
               "value": "4", "attribution": "reporter", "quote": "four homicides so far"}]
    report = audit_corpus(load_records({"sources": sources, "claims": claims}), workers=1)
    assert [f.suspects[0].claim for f in report.findings if f.kind == "tension"] == ["mid-4"]
