"""A body's change carried by two outlets is one statement; two outlets' own changes count twice."""

from verdict_cases import audit, CITY, source
from verdict_cases import pack  # noqa: F401  (a fixture)


def value(cid, sid, period, figure, speaker=None, attribution="reporter", quote=None):
    out = {"id": cid, "source": sid, "metric": "nonfatal_shootings", "place": CITY, "period": period,
           "value": figure, "attribution": attribution, "quote": {"text": quote or figure}}
    return out | ({"speaker": speaker} if speaker else {})


def change(cid, sid, phrase, speaker=None, attribution="reporter", quote=None):
    out = {"id": cid, "source": sid, "metric": "nonfatal_shootings", "place": CITY, "period": "2012",
           "change": {"phrase": phrase, "base": "2011"}, "attribution": attribution,
           "quote": {"text": quote or phrase}}
    return out | ({"speaker": speaker} if speaker else {})


def tensions(report):
    return [f for f in report.findings if f.kind == "tension"]


SENTENCE = "Non-fatal shootings dropped by 20%, with a total of 300 compared to 400 in the previous year."


SHORT = "Homicides decreased by 9% and non-fatal shootings dropped by 20%."


def test_a_bodys_change_carried_by_two_outlets_is_one_statement(pack):
    """The police's year-end report as two stations retell it: one gives "dropped by 20%, with
    a total of 300 compared to 400" (-25%), the other only "dropped by 20%". The 20% is the
    police's one worked-out figure, carried twice; it is what is misstated, not the 300 beside
    it, and naming the count first because the percentage was printed twice blames the wrong
    claim."""
    sources = [source("cbs", "2013-01-02", "Station One"), source("wmar", "2013-01-01", "Station Two")]
    police = "Police Department"
    claims = [value("cbs-2012", "cbs", "2012", "300", police, "paraphrase", SENTENCE),
              value("cbs-2011", "cbs", "2011", "400", police, "paraphrase", SENTENCE),
              change("cbs-down", "cbs", "down 20%", police, "paraphrase", SENTENCE),
              change("wmar-down", "wmar", "down 20%", police, "paraphrase", SHORT)]
    found = tensions(audit(pack, sources, claims))
    assert len(found) == 1
    assert found[0].suspects[0].claim in ("cbs-down", "wmar-down"), found[0].suspects


def test_two_outlets_own_changes_still_count_twice(pack):
    """The same figures where each station works out "dropped by 20%" in its own sentence (no
    speaker named): two outlets' own statements, each doubted at its own cost; the pair costs
    more to doubt than the one station's count of 300 beside it."""
    sources = [source("cbs", "2013-01-02", "Station One"), source("wmar", "2013-01-01", "Station Two")]
    claims = [value("cbs-2012", "cbs", "2012", "300", quote=SENTENCE),
              value("cbs-2011", "cbs", "2011", "400", quote=SENTENCE),
              change("cbs-down", "cbs", "down 20%", quote=SENTENCE),
              change("wmar-down", "wmar", "down 20%", quote=SHORT)]
    found = tensions(audit(pack, sources, claims))
    assert len(found) == 1
    assert found[0].suspects[0].claim not in ("cbs-down", "wmar-down"), found[0].suspects
