"""A percentage told beside both of its figures, by a body's report and by outlets retelling it,
and a stock's record against the stock's dated figures (Toledo's blind scoring, round 49)."""

import pytest

from verdict_cases import audit, claim, first_suspects, source, tensions, with_metrics
from verdict_cases import pack  # noqa: F401  (a fixture)

NINE_MONTHS_2024, NINE_MONTHS_2023 = "2024-01-01/2024-09-30", "2023-01-01/2023-09-30"
REPORT = "Additionally, the number of persons shot slightly decreased by 1 percent, totaling 154 incidents in 2024, " \
         "down from 158 in 2023."
BLOG = "the number of people shot has decreased slightly by 1% totaling 154 incidents this year, compared to 158 " \
       "last year."


def change(cid, sid, quote, speaker=None, attribution="reporter"):
    c = claim(cid, sid, "homicides", NINE_MONTHS_2024, None, speaker=speaker, attribution=attribution, quote=quote)
    c.pop("value")
    return c | {"change": {"direction": "down", "by": "1", "measure": "percent", "base": NINE_MONTHS_2023}}


def reported(cid, sid, quote, **how):
    """The report's sentence as an outlet quotes it: 154, 158 and the 1% (-2.5% by its figures)."""
    return [claim(f"{cid}-154", sid, "homicides", NINE_MONTHS_2024, "154", quote=quote, **how),
            claim(f"{cid}-158", sid, "homicides", NINE_MONTHS_2023, "158", quote=quote, **how),
            change(f"{cid}-1pct", sid, quote, **how)]


CITY = {"speaker": "City of Toledo (third-quarter report)", "attribution": "document"}
# a station's retelling of the city's 1%, without figures: a copy of the city's
STATION = change("station-1pct", "station", "According to the city, there has been a 1% drop in persons shot",
                 speaker="City of Toledo", attribution="paraphrase")


def test_a_figure_its_sentences_change_relates_is_not_made_cheaper_by_another_doubt():
    """The city's 2024 report: "154 incidents in 2024, down from 158 in 2023" and a 1% fall
    (-2.5%). Doubting the 1% (against its own figures) makes neither figure of its sentence
    cheaper to doubt, and neither does doubting the 158 (against the 2023 release's 137, counted
    before a definition changed) make the 154 cheaper while the 1% that relates them is doubted:
    the sentence's error is its arithmetic, which the 1%'s own tension names
    (suspects.beside_doubted; Toledo). Beside a doubted figure alone, a figure still is."""
    from fractions import Fraction
    from types import SimpleNamespace

    from auditor.engine.suspects import Voice, beside_doubted

    said = ("paper", REPORT, "homicides")
    q2024, q2023 = ("homicides", "2024"), ("homicides", "2023")

    def compiled(kind, stated, quantities=()):
        voice = Voice("document", kind, "paper", sentence=said,
                      beside_doubted=Fraction(1, 2) if kind == "value" else None)
        return SimpleNamespace(statement_kind=kind, stated=stated, quantities=set(quantities), voice=voice)
    by_id = {"paper-154": compiled("value", q2024), "paper-158": compiled("value", q2023),
             "paper-1pct": compiled("change", q2024, (q2024, q2023))}
    assert beside_doubted(by_id, {"paper-1pct"}) == {}
    assert beside_doubted(by_id, {"paper-158", "paper-1pct"}) == {}
    assert beside_doubted(by_id, {"paper-158"}) == {"paper-154": Fraction(1, 2)}


def test_the_report_s_percentage_is_named_first_though_its_base_is_doubted_elsewhere(pack):
    """The same through the audit: the paper's quote of the report (154, 158, 1%) and the year
    before's report, 137 for the same nine months of 2023 (counted before a definition changed).
    The 158 is doubted against the 137; the 1%'s tension with its own 154 and 158 still names the
    1% first, not the 154 (which the 1% and the 137 would otherwise make the cheaper doubt): the
    change carries its sentence (suspects.assign_costs), so beside_doubted spares its figures."""
    before = claim("rep23-137", "rep23", "homicides", NINE_MONTHS_2023, "137", quote="Persons shot: 137", **CITY)
    report = audit(pack, [source("paper", "2024-10-20"), source("rep23", "2023-10-20")],
                   reported("paper", "paper", REPORT, **CITY) + [before])
    own = next(f for f in report.findings if f.kind == "tension" and "paper-1pct" in f.claims)
    assert own.suspects[0].claim == "paper-1pct"


def test_a_retold_report_beside_its_figures_and_a_blogs_own_are_two_tellers(pack):
    """The report's sentence quoted by a paper (credited to the city, with its figures) and a blog's
    own "decreased slightly by 1% totaling 154 ... compared to 158": two tellers' arithmetic, one
    tension each, each naming its teller's 1% first (suspects.tellers_apart). A station's "1% drop
    ... according to the city", without figures, goes with the city's."""
    report = audit(pack, [source("paper", "2024-10-20"), source("blog", "2024-10-25"), source("station", "2024-10-17")],
                   reported("paper", "paper", REPORT, **CITY) + reported("blog", "blog", BLOG) + [STATION])
    assert len(tensions(report)) == 2
    city = next(t for t in tensions(report) if "paper-1pct" in t)
    assert "station-1pct" in city and "blog-1pct" not in city
    # the city's copies are one doubt: either may be named for it (suspects.named_first)
    assert {f for f in first_suspects(report) if f != "blog-1pct"} <= {"paper-1pct", "station-1pct"}
    assert "blog-1pct" in first_suspects(report)


@pytest.fixture(scope="module")
def officers_pack():
    return with_metrics({"police_officers": {
        "label": "sworn police officers", "definition": "sworn officers on the roster at a date", "unit": "count",
        "integer": True, "non_negative": True, "stock": True, "additive_over_time": False}})


def record_low(cid, sid, period, quote):
    c = claim(cid, sid, "police_officers", period, None, quote=quote)
    c.pop("value")
    return c | {"comparison": {"relation": "record-low"}}


def test_a_stocks_record_beats_its_figures_at_earlier_dates(officers_pack):
    """"TPD had 597 sworn officers, the lowest it's been in decades" (29 September 2016) against
    The Blade's 545 on 9 January 2012: a strength at a date is a stock's figure like a year's, and
    a record of the stock beats the figures of earlier dates in its window (compile._record)."""
    said = "Chief Kral says as of Thursday morning, TPD had 597 sworn officers, the lowest it's been in decades."
    report = audit(officers_pack, [source("tv", "2016-09-30"), source("paper", "2012-01-10")], [
        claim("tv-597", "tv", "police_officers", "2016-09-29", "597", quote=said),
        record_low("tv-lowest", "tv", "2016-09-29", said),
        claim("paper-545", "paper", "police_officers", "2012-01-09", "545")])
    assert tensions(report) == [{"tv-597", "tv-lowest", "paper-545"}]
    assert first_suspects(report) == ["tv-lowest"]


def test_a_stocks_record_holds_over_higher_figures_at_earlier_dates(officers_pack):
    """The same record against 639 in December 2008 and 690 in August 2004: all higher, no tension."""
    said = "TPD had 597 sworn officers, the lowest it's been in decades."
    report = audit(officers_pack, [source("tv", "2016-09-30"), source("paper", "2008-12-05")], [
        claim("tv-597", "tv", "police_officers", "2016-09-29", "597", quote=said),
        record_low("tv-lowest", "tv", "2016-09-29", said),
        claim("paper-639", "paper", "police_officers", "2008-12", "639"),
        claim("paper-690", "paper", "police_officers", "2004-08", "690")])
    assert tensions(report) == []


def test_a_mayors_and_the_polices_retellings_beside_their_figures_are_one_teller(pack):
    """The report's 1% retold beside its figures by one paper as the mayor's ("Jane Doe, Mayor of
    Kansas City") and by a station as the police's, and a blog's own: the mayor and the police
    are one body (rules/checks/RV001-revision.yaml `one_body`, "{name}, Mayor of {place}" as
    "{name}, {place} Mayor"), so two tellers, two tensions, not three."""
    mayor = {"speaker": "Jane Doe, Mayor of Kansas City", "attribution": "paraphrase"}
    police = {"speaker": "Kansas City Police Department", "attribution": "paraphrase"}
    said = "Police data show the number of persons shot fell 1 percent, to 154 from 158."
    report = audit(pack, [source("paper", "2024-10-20"), source("station", "2024-10-18"), source("blog", "2024-10-25")],
                   reported("paper", "paper", REPORT, **mayor) + reported("station", "station", said, **police)
                   + reported("blog", "blog", BLOG))
    assert len(tensions(report)) == 2
    assert "blog-1pct" in first_suspects(report)
