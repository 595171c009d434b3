"""Revisions by one body, and corroborations beside a disputed figure (issue 12).

A later figure from the same body (the official or body a figure is attributed to, or the
outlet whose own words it is) supersedes an earlier one it cannot hold with; the rest is
audited with the newer figure. Cases modelled on the Kansas City corpus
(benchmarks/corpora/kansas-city)."""

from auditor.engine.audit import audit_corpus
from auditor.loading.corpus import load_records

PLACE = "birmingham-al"


def source(sid, publisher, published, **more):
    return {"id": sid, "title": sid, "publisher": publisher, "published": published, **more}


def count(cid, sid, period, value, **more):
    return {"id": cid, "source": sid, "metric": "homicides", "place": PLACE, "period": period,
            "value": value, "quote": f"{value} homicides", **more}


def audit(sources, claims):
    return audit_corpus(load_records({"sources": sources, "claims": claims}), workers=1)


def kinds(report, kind):
    return [f for f in report.findings if f.kind == kind]


def test_an_outlet_restating_its_own_count_is_a_revision_not_a_tension():
    """A station's tracker says 174 on 31 December and 176 two weeks later (KSHB, 2020)."""
    report = audit([source("a", "Channel 4", "2021-01-01"), source("b", "Channel 4 (via NewsBreak)", "2021-01-13")],
                   [count("early", "a", "2020", "174"), count("late", "b", "2020", "176")])
    (rev,) = kinds(report, "revision")
    assert (rev.evidence["old"], rev.evidence["new"]) == ("early", "late")
    assert not kinds(report, "tension")


def test_two_outlets_disagreeing_is_still_a_tension():
    report = audit([source("a", "Channel 4", "2021-01-01"), source("b", "Channel 5", "2021-01-13")],
                   [count("four", "a", "2020", "174"), count("five", "b", "2020", "176")])
    assert not kinds(report, "revision")
    assert len(kinds(report, "tension")) == 1


def test_a_dropped_digit_beside_the_right_figure_is_not_a_revision():
    """An article's caption says 79 where its body, and the outlet's earlier article, say 179."""
    sources = [source("old", "Telegraph", "2022-01-12"), source("new", "Telegraph", "2024-01-08")]
    claims = [count("then", "old", "2020", "179"), count("body", "new", "2020", "179"),
              count("caption", "new", "2020", "79", attribution="headline")]
    report = audit(sources, claims)
    assert not kinds(report, "revision")
    (t,) = kinds(report, "tension")
    assert t.suspects[0].claim == "caption"


def test_a_higher_count_for_a_shorter_stretch_restates_the_earlier_one():
    """'149 so far this year' on 29 December, then, a year later, '151 at the same time a
    year ago' (to 28 December) from the same paper: its own restated count."""
    sources = [source("wire", "Wire Service", "2017-12-29"), source("paper", "The Daily", "2018-12-31")]
    claims = [count("so-far", "wire", "so far this year", "149", speaker="The Daily", attribution="paraphrase"),
              count("year-ago", "paper", "2017-01-01/2017-12-28", "151")]
    report = audit(sources, claims)
    (rev,) = kinds(report, "revision")
    assert (rev.evidence["old"], rev.evidence["new"]) == ("so-far", "year-ago")
    assert not kinds(report, "tension")


def test_the_agreeing_copies_of_a_disputed_figure_are_still_corroborated():
    sources = [source(f"s{k}", f"Outlet {k}", "2021-02-01") for k in range(4)]
    claims = [count(f"c{k}", f"s{k}", "2020", "179") for k in range(3)] + [count("odd", "s3", "2020", "176")]
    report = audit(sources, claims)
    (cor,) = kinds(report, "corroboration")
    assert set(cor.claims) == {"c0", "c1", "c2"}
    (t,) = kinds(report, "tension")
    assert t.suspects[0].claim == "odd"


def test_copies_hosted_elsewhere_are_one_voice():
    from auditor.models.claims import Source
    s = Source.model_validate(source("x", "The Star (via Yahoo News)", "2021-01-01"))
    assert s.voice == "The Star"
    assert Source.model_validate(source("y", "KY3 (Associated Press)", "2021-01-01", outlet="Associated Press")
                                 ).voice == "Associated Press"


def _first_halves(pack=None):
    sources = [source("jul22", "Police Department", "2022-07-05", kind="official-statement"),
               source("jul23", "Police Department", "2023-07-20", kind="official-statement")]
    claims = [count("h1-2021", "jul22", "2021-01-01/2021-06-30", "80"),
              count("h1-2022", "jul22", "2022-01-01/2022-06-30", "110"),
              {"id": "up-38", "source": "jul22", "metric": "homicides", "place": PLACE,
               "period": "2022-01-01/2022-06-30", "change": {"phrase": "up 38%", "base": "2021-01-01/2021-06-30"},
               "quote": "up 38%"},
              count("h1-2022-restated", "jul23", "2022-01-01/2022-06-30", "105")]
    return audit_corpus(load_records({"sources": sources, "claims": claims}, pack=pack), workers=1)


def test_a_change_of_its_day_is_reported_with_the_revision_not_as_a_tension():
    report = _first_halves()
    (rev,) = kinds(report, "revision")
    assert "up-38" in rev.claims and "up-38" in rev.evidence["derived"]
    assert not kinds(report, "tension")


def test_a_desk_can_judge_changes_against_the_restated_figure(tmp_path):
    from auditor.pack import default_pack_path, load_pack
    (tmp_path / "checks").mkdir()
    rule = (default_pack_path() / "checks" / "RV001-revision.yaml").read_text(encoding="utf-8")
    (tmp_path / "checks" / "RV001-revision.yaml").write_text(
        rule.replace("of_their_day: true", "of_their_day: false"), encoding="utf-8")
    report = _first_halves(load_pack(tmp_path))
    (rev,) = kinds(report, "revision")
    assert "up-38" not in rev.claims
    (t,) = kinds(report, "tension")
    assert "up-38" in t.claims and "h1-2022-restated" in t.claims


def test_an_outlet_restates_its_own_earlier_figure_whoever_it_credited():
    """WREG: "the record-setting 347 homicides" from the police's release (January 2023), then
    "the record of 346 homicides set in 2021" in its own words (November 2023)."""
    sources = [source("jan", "WREG", "2023-01-11"), source("nov", "WREG", "2023-11-20")]
    claims = [count("police-347", "jan", "2021", "347", speaker="Police Department", attribution="paraphrase"),
              count("own-346", "nov", "2021", "346", attribution="reporter")]
    report = audit(sources, claims)
    (rev,) = kinds(report, "revision")
    assert rev.evidence["old"] == "police-347" and rev.evidence["new"] == "own-346"
    assert not kinds(report, "tension")


def test_a_projection_restates_nothing():
    sources = [source("jun", "Channel 5", "2020-06-01"), source("jan", "Channel 5", "2021-01-05"),
               source("dec", "Local Paper", "2021-12-31")]
    claims = [count("pace-300", "jun", "2020", "300", projection=True),
              count("final-332", "jan", "2020", "332"),
              count("later-325", "dec", "2020", "325")]
    report = audit(sources, claims)
    assert not any("pace-300" in f.claims for f in kinds(report, "revision"))
    (t,) = kinds(report, "tension")
    assert set(t.claims) == {"final-332", "later-325"}


def _restated_2020(with_error: bool = False):
    """Modelled on St. Louis (benchmarks/corpora/st-louis): a wire story of January 2021 gives
    262 homicides for 2020, a rate of 87 per 100,000 (262 of 301,578 is 86.9) and "five
    less than the record of 267 set in 1993"; the police later restate 2020 as 264 (87.5 per
    100,000, three less than the record). With `with_error`, a blog's 267 for 2020 too."""
    sources = [source("ap", "Wire", "2021-01-03"),
               source("police", "Police Department", "2025-01-14", kind="official-statement"),
               source("blog", "A Blog", "2021-06-01")]
    claims = [count("ap-262", "ap", "2020", "262", speaker="Police Department", attribution="paraphrase"),
              count("ap-1993", "ap", "1993", "267"),
              {"id": "ap-rate", "source": "ap", "metric": "homicide_rate", "place": PLACE, "period": "2020",
               "value": "87 per 100,000", "quote": "87 per 100,000"},
              {"id": "ap-pop", "source": "ap", "metric": "population", "place": PLACE, "period": "2020",
               "value": "301,578", "quote": "301,578"},
              {"id": "ap-five-less", "source": "ap", "metric": "homicides", "place": PLACE, "period": "2020",
               "change": {"direction": "down", "by": "5", "measure": "absolute", "base": "1993"},
               "quote": "five less than the record"},
              count("police-264", "police", "2020", "264")]
    if with_error:
        claims.append(count("blog-267", "blog", "2020", "267"))
    return audit(sources, claims)


def test_a_rate_and_a_difference_of_their_day_go_with_the_revision():
    report = _restated_2020()
    (rev,) = kinds(report, "revision")
    assert (rev.evidence["old"], rev.evidence["new"]) == ("ap-262", "police-264")
    assert {"ap-rate", "ap-five-less"} <= set(rev.evidence["derived"])
    assert not kinds(report, "tension")


def test_a_wrong_figure_beside_the_restated_one_does_not_stop_the_others_being_of_their_day():
    report = _restated_2020(with_error=True)
    (rev,) = kinds(report, "revision")
    assert {"ap-rate", "ap-five-less"} <= set(rev.evidence["derived"])
    # the blog's 267 still conflicts with the police's 264, and nothing else does
    (t,) = kinds(report, "tension")
    assert set(t.claims) == {"blog-267", "police-264"}


def test_a_record_of_its_day_goes_with_the_revision():
    """St. Louis: "158 killings in 2023, marking its fewest in a decade" (2014: 159); the
    police later give 160 for 2023, above 2014's 159."""
    sources = [source("jan24", "Post-Dispatch", "2024-01-02"),
               source("police", "Police Department", "2025-01-14", kind="official-statement"),
               source("y15", "Public Radio", "2015-01-12")]
    claims = [count("y2014", "y15", "2014", "159"),
              count("y2023", "jan24", "2023", "158", speaker="Police Department", attribution="paraphrase"),
              {"id": "fewest", "source": "jan24", "metric": "homicides", "place": PLACE, "period": "2023",
               "comparison": {"relation": "record-low", "window": "since 2014"}, "quote": "fewest in a decade"},
              count("y2023-restated", "police", "2023", "160")]
    report = audit(sources, claims)
    (rev,) = kinds(report, "revision")
    assert "fewest" in rev.evidence["derived"]
    assert not kinds(report, "tension")


def test_a_misreported_word_is_not_restated_by_its_outlets_later_figure():
    """Memphis: the police's year-end briefing as 247 murders for 2022 in one paper (10 January
    2023) and as "200 murders last year" on a station the next day; the station's 215 for the
    same year to 20 November, ten months on, does not restate its 200: one of the two reports
    of the briefing misreports it, whichever line (the body's or the outlet's) it is read in."""
    police = {"speaker": "Police Department", "attribution": "paraphrase"}
    report = audit([source("paper", "Daily Paper", "2023-01-10"), source("jan", "Channel 3", "2023-01-11"),
                    source("nov", "Channel 3", "2023-11-20")],
                   [count("paper-247", "paper", "2022", "247", **police), count("station-200", "jan", "2022", "200", **police),
                    count("station-215", "nov", "2022-01-01/2022-11-20", "215")])
    assert not kinds(report, "revision")
    assert any("station-200" in t.claims for t in kinds(report, "tension"))


def test_an_outlets_own_figure_is_no_body_word_to_outvote():
    """St. Louis: the police's 195 homicides for 2021, in two stations some day of January 2022;
    the AP's own "dropped to 196" of 14 January; the police's 201 two years on. The AP's 196
    was the count of its day, not a word of the police's others outvoted: 201 restates it."""
    police = {"speaker": "Kansas City Police Department", "attribution": "paraphrase"}
    january = {"earliest": "2022-01-01", "latest": "2022-01-31"}
    sources = [source("s1", "Channel 2", january), source("s2", "Channel 5", january),
               source("wire", "Wire Service", "2022-01-14"), source("pd24", "Daily Paper", "2024-01-02")]
    claims = [{**count(c, s, "2021", v, **more), "place": "kansas-city-mo"} for c, s, v, more in [
        ("s1-195", "s1", "195", police), ("s2-195", "s2", "195", police), ("wire-196", "wire", "196", {}),
        ("police-201", "pd24", "201", police)]]
    report = audit(sources, claims)
    assert "wire-196" in {c for f in kinds(report, "revision") for c in f.claims}
    assert not kinds(report, "tension")


def test_a_change_of_the_day_a_repeat_of_the_old_figure_began():
    """St. Louis: a station's "the reported 195 homicides in 2021 dropped more than 25% from
    ... 262 in 2020" (January 2022), the Post-Dispatch's 195 (February 2022), then its "201
    ... according to department data" for 2021 (2024) and the police's 264 for 2020 (2025). The
    revision shown is the paper's own 195, but the figure's day began with the station's: its
    percentage (-25.6%) goes with the revision, not against 201."""
    police = {"speaker": "Police Department", "attribution": "paraphrase"}
    sources = [source("st", "Channel 2", "2022-01-05"), source("paper", "Daily Paper", "2022-02-10"),
               source("paper24", "Daily Paper", "2024-01-02"),
               source("pd25", "Police Department", "2025-01-14", kind="official-statement")]
    claims = [count("st-195", "st", "2021", "195", **police), count("st-262", "st", "2020", "262", **police),
              {"id": "st-down", "source": "st", "metric": "homicides", "place": PLACE, "period": "2021",
               "change": {"phrase": "down more than 25%", "base": "2020"}, "quote": "dropped more than 25%"},
              count("paper-195", "paper", "2021", "195", **police),
              count("paper-201", "paper24", "2021", "201", **police), count("pd-264", "pd25", "2020", "264")]
    report = audit(sources, claims)
    assert any("st-down" in f.evidence.get("derived", ()) for f in kinds(report, "revision"))
    assert not any("st-down" in t.claims for t in kinds(report, "tension"))
