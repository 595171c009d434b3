"""Twenty-ninth verdicts round (a): false tensions of the two cities scored blind (Nashville,
Cincinnati). Records told later reach only the years counted by their telling and end at a later
year their own source sets against another; a stretch's record set against its own stretch
beats that stretch of each year (auditor/engine/compile.py, _record). Invented figures."""

from verdict_cases import audit, claim, pack, source, tensions  # noqa: F401 (the pack fixture)


def _told_later(count_out):
    """A record of 2016 told in July 2020, and 2017's higher count from a source out `count_out`."""
    sources = [source("told", "2020-07-15", publisher="Channel 23"), source("count", count_out, publisher="Gazette")]
    claims = [claim("this", "told", "homicides", "2016", "82"),
              claim("since", "count", "homicides", "2017", "83")]
    claims.append({**claim("record", "told", "homicides", "2016", None), "comparison": {"relation": "record-high"}})
    del claims[-1]["value"]
    return sources, claims


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
