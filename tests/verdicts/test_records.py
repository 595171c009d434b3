"""Records checked against the years since and before: what beats a record, what it is told of."""

from auditor.pack import load_pack

from verdict_cases import audit, claim, source, tensions
from verdict_cases import pack  # noqa: F401  (a fixture)


def _record_told(pack, told: str, since_kind: str = "value"):
    """A record of 2016 with its 82, told on `told`, and 2017's 83 (stated, or only a change's base)."""
    record = claim("record", "told", "homicides", "2016", None)
    record.pop("value")
    record["comparison"] = {"relation": "record-high"}
    later = claim("since", "review", "homicides", "2017", "83")
    if since_kind == "base":   # 2018's 80, "down 3 from 2017": 2017's 83 known only as a change's base
        later = claim("since", "review", "homicides", "2018", None)
        later.pop("value")
        later["change"] = {"direction": "down", "by": "3", "measure": "absolute", "base": "2017"}
        extra = [claim("2018", "review", "homicides", "2018", "80")]
    else:
        extra = []
    return audit(pack, [source("told", told), source("review", "2019-01-10")],
                 [record, claim("this", "told", "homicides", "2016", "82"), later, *extra])


def _told_later(count_out):
    """A record of 2016 told in July 2020, and 2017's higher count from a source out `count_out`."""
    sources = [source("told", "2020-07-15", publisher="Channel 23"), source("count", count_out, publisher="Gazette")]
    claims = [claim("this", "told", "homicides", "2016", "82"),
              claim("since", "count", "homicides", "2017", "83")]
    claims.append({**claim("record", "told", "homicides", "2016", None), "comparison": {"relation": "record-high"}})
    del claims[-1]["value"]
    return sources, claims


def _record(cid, sid, period, **comparison):
    out = {**claim(cid, sid, "homicides", period, None), "comparison": {"relation": "record-high", **comparison}}
    del out["value"]
    return out


def test_a_record_told_years_later_is_beaten_by_a_year_since(pack):
    # before: nothing (a record beat only the years before its own)
    assert tensions(_record_told(pack, "2020-07-15")) == [{"record", "this", "since"}]


def test_the_same_record_told_the_next_year_held(pack):
    assert tensions(_record_told(pack, "2017-07-15")) == []


def test_a_year_known_only_as_a_changes_base_does_not_beat_it(pack):
    assert tensions(_record_told(pack, "2020-07-15", since_kind="base")) == []


def test_off_a_record_beats_only_the_years_before_its_own():
    base = load_pack()
    off = base.model_copy(update={"comparisons": base.comparisons.model_copy(update={"records_hold_when_told": False})})
    assert tensions(_record_told(off, "2020-07-15")) == []


def test_a_year_closed_long_before_the_telling_beats_the_record_whenever_its_count_came_out(pack):
    """2017 ended two and a half years before the telling: counted by then, whichever source
    the corpus has it from (only the year just ended waits for a source that had it)."""
    assert tensions(audit(pack, *_told_later("2021-02-01"))) == [{"record", "since", "this"}]


def test_a_stretchs_record_is_described_over_its_stretch(pack):
    """The finding says which days of each year the record is above."""
    sources = [source("enq", "2015-05-27", publisher="Enquirer"), source("old", "2009-05-30", publisher="Gazette")]
    claims = [claim("this", "enq", "homicides", "2015-01-01/2015-05-24", "162"),
              claim("before", "old", "homicides", "2009-01-01/2009-05-24", "170")]
    claims.append({**claim("record", "enq", "homicides", "2015-01-01/2015-05-24", None),
                   "comparison": {"relation": "record-high", "window": "since 2005", "than": "same period last year"}})
    del claims[-1]["value"]
    report = audit(pack, sources, claims)
    assert tensions(report) == [{"record", "this", "before"}]
    text = str([f.evidence for f in report.findings if f.kind == "tension"])
    assert "above 1 January to 24 May of every known year (2005, 2006," in text, text


def test_a_later_year_set_below_the_record_leaves_its_reach(pack):
    # before: silent ("2019 was down 15% from 2016" ended 2016's record at 2019)
    sources = [source("told", "2025-03-10", publisher="Channel 2"), source("yr21", "2022-01-04", publisher="Daily Paper"),
               source("yr19", "2020-01-04", publisher="Radio 5")]
    drop = {**claim("drop", "told", "homicides", "2019", None), "change": {"phrase": "down 15%", "base": "2016"}}
    del drop["value"]
    claims = [_record("record", "told", "2016"), claim("this", "told", "homicides", "2016", "82"), drop,
              claim("y19", "yr19", "homicides", "2019", "70"), claim("y21", "yr21", "homicides", "2021", "95")]
    assert {"record", "this", "y21"} in tensions(audit(pack, sources, claims))


def test_a_record_so_far_this_year_of_an_undated_source_beats_whole_years(pack):
    # before: silent (read as a record of January to June)
    sources = [{**source("jun", None, publisher="Channel 2"), "published": {"earliest": "2021-06-01", "latest": "2021-06-30"}},
               source("y05", "2006-01-04", publisher="Daily Paper")]
    claims = [_record("record", "jun", "so far this year"), claim("this", "jun", "homicides", "so far this year", "120"),
              claim("y05", "y05", "homicides", "2005", "130")]
    assert tensions(audit(pack, sources, claims)) == [{"record", "this", "y05"}]


def test_a_stretchs_record_across_new_year_beats_that_stretch_of_each_winter(pack):
    # before: silent (the stretch of 2009 ran from 1 December 2009 to 15 February 2009)
    sources = [source("feb", "2015-02-16", publisher="Channel 2"), source("old", "2010-02-20", publisher="Daily Paper")]
    claims = [_record("record", "feb", "2014-12-01/2015-02-15", window="since 2005", than="same period last year"),
              claim("this", "feb", "homicides", "2014-12-01/2015-02-15", "40"),
              claim("before", "old", "homicides", "2009-12-01/2010-02-15", "45")]
    assert tensions(audit(pack, sources, claims)) == [{"record", "this", "before"}]


def test_a_record_told_on_an_unknown_day_holds_if_told_before_the_count_came_out(pack):
    # before: a tension (the telling's latest day, 1 May, was after the count, 1 April)
    sources = [{**source("told", None, publisher="Channel 2"), "published": {"earliest": "2024-02-01", "latest": "2024-05-01"}},
               source("count", "2024-04-01", publisher="Daily Paper")]
    claims = [_record("record", "told", "2022"), claim("this", "told", "homicides", "2022", "182"),
              claim("y23", "count", "homicides", "2023", "190")]
    assert tensions(audit(pack, sources, claims)) == []


def test_a_year_still_running_is_described_against_whole_years(pack):
    # before: "above January to December of every known year"
    sources = [source("dec", "2021-12-15", publisher="Channel 2"), source("y05", "2006-01-04", publisher="Daily Paper")]
    claims = [_record("record", "dec", "2021"), claim("this", "dec", "homicides", "2021", "120"),
              claim("y05", "y05", "homicides", "2005", "130")]
    report = audit(pack, sources, claims)
    assert tensions(report) == [{"record", "this", "y05"}]
    text = str([f.evidence for f in report.findings if f.kind == "tension"])
    assert "above every known full year (2005)" in text, text


def test_a_stretchs_record_with_no_window_beats_that_stretch_of_each_known_year(pack):
    # before: silent (only years with a whole-year figure were known)
    sources = [source("may", "2015-05-27", publisher="Channel 2"), source("old", "2009-05-26", publisher="Daily Paper")]
    claims = [_record("record", "may", "2015-01-01/2015-05-24", than="same period last year"),
              claim("this", "may", "homicides", "2015-01-01/2015-05-24", "162"),
              claim("before", "old", "homicides", "2009-01-01/2009-05-24", "170")]
    assert tensions(audit(pack, sources, claims)) == [{"record", "this", "before"}]


def test_the_year_just_ended_beats_a_record_told_nine_months_on_though_its_count_came_out_later(pack):
    # before: no tension in October (2017's count reached the corpus only from a 2019 source);
    # told in July, before every yearly count is surely out, the record still holds
    def told_on(day):
        sources = [source("told", day, publisher="Channel 23"), source("count", "2019-06-01", publisher="Gazette")]
        claims = [_record("record", "told", "2016"), claim("this", "told", "homicides", "2016", "82"),
                  claim("since", "count", "homicides", "2017", "83")]
        return tensions(audit(pack, sources, claims))
    assert told_on("2018-10-15") == [{"record", "since", "this"}]
    assert told_on("2018-07-25") == []
