"""A figure's range under any reading, told from its ranges under each choice of readings.

The claims under any reading are the claims under one choice of readings, so a figure's
range (relaxed, or in whole numbers) under any reading is the hull of its ranges under the
choices that hold (analysis._hull). The audit used to ask z3's optimiser of the disjunction
of readings instead, and still does when the choices' ranges cannot tell (a bound that ran
out of its budget). Each test compares the two ways: the whole JSON report must be the same.
"""

from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.engine import analysis
from auditor.engine.audit import audit_corpus
from auditor.loading.corpus import load_records
from auditor.reporters import render

import pytest

PLACE = "kansas-city-mo"


def two_readings(total: int, weeks_before: int, weeks_now: int, more: int, percent: int | None = None):
    """A year's count, the first ten weeks of that year and of the next, and "N more" read
    either as the year against the year before or as this year's weeks against last
    year's; with `percent`, "up P%" read either as the year or as the weeks."""
    source = {"id": "s1", "title": "Homicides so far", "publisher": "Outlet", "published": "2020-03-15"}
    claims = [
        {"id": "full-2019", "source": "s1", "metric": "homicides", "place": PLACE, "period": "2019",
         "value": str(total), "quote": f"{total} homicides in 2019"},
        {"id": "weeks-2019", "source": "s1", "metric": "homicides", "place": PLACE,
         "period": "2019-01-01/2019-03-15", "value": str(weeks_before), "quote": "by this time last year"},
        {"id": "weeks-2020", "source": "s1", "metric": "homicides", "place": PLACE,
         "period": "2020-01-01/2020-03-15", "value": str(weeks_now), "quote": "and so far this year"},
        {"id": "n-more", "source": "s1", "metric": "homicides", "place": PLACE, "period": "2019",
         "readings": [
             {"label": "2019 against 2018", "change": {"phrase": f"{more} more", "base": "2018"}},
             {"label": "this year's weeks against last year's", "period": "2020-01-01/2020-03-15",
              "change": {"phrase": f"{more} more", "base": "2019-01-01/2019-03-15"}}],
         "quote": f"{more} more"},
    ]
    if percent is not None:
        claims.append(
            {"id": "up-percent", "source": "s1", "metric": "homicides", "place": PLACE, "period": "2019",
             "readings": [
                 {"label": "the year", "change": {"phrase": f"up {percent}%", "base": "2018"}},
                 {"label": "the weeks", "period": "2020-01-01/2020-03-15",
                  "change": {"phrase": f"up {percent}%", "base": "2019-01-01/2019-03-15"}}],
             "quote": f"up {percent}%"})
    return load_records({"sources": [source], "claims": claims})


def both_ways(corpus, monkeypatch) -> tuple[str, str, list]:
    """The report with the hull of the choices, the report asking the disjunction, and what
    `_hull` answered in the first."""
    answers = []
    original = analysis._hull
    with monkeypatch.context() as m:
        m.setattr(analysis, "_hull", lambda *a: answers.append(original(*a)) or answers[-1])
        hull = render(audit_corpus(corpus, workers=1), "json")
    with monkeypatch.context() as m:
        m.setattr(analysis, "HULL_OF_CHOICES", False)
        disjunction = render(audit_corpus(corpus, workers=1), "json")
    return hull, disjunction, answers


def test_two_choices_that_hold_give_the_disjunctions_figures(monkeypatch):
    """Both readings of "30 more" can hold (the weeks differ by 30, and 2018 may be 120):
    the figures under any reading come from the two choices, and are the disjunction's."""
    hull, disjunction, answers = both_ways(two_readings(150, 38, 68, 30), monkeypatch)
    assert any(a is not None for a in answers)   # the hull answered, not the disjunction
    assert hull == disjunction


@st.composite
def figures(draw):
    """Figures under which both readings of "N more" can often hold (this year's weeks N
    above last year's, give or take), and an "up P%" near what one reading gives."""
    total, weeks_before, more = draw(st.integers(60, 400)), draw(st.integers(5, 60)), draw(st.integers(1, 50))
    weeks_now = weeks_before + more + draw(st.sampled_from([0, 0, 0, 1, -1, 2]))
    percent = draw(st.none() | st.sampled_from([round(100 * more / (total - more)), round(100 * more / weeks_before)])
                   .map(lambda p: max(1, p)) | st.integers(1, 80))
    return total, weeks_before, weeks_now, more, percent


@pytest.mark.slow
@settings(max_examples=40, deadline=None)
@given(figures())
def test_the_hull_of_the_choices_is_the_disjunction(figures):
    """Whatever the figures (choices that hold or not, figures pinned or not), the report
    is the one the disjunction of readings gives."""
    with pytest.MonkeyPatch.context() as monkeypatch:
        hull, disjunction, _ = both_ways(two_readings(*figures), monkeypatch)
    assert hull == disjunction


@pytest.mark.slow
def test_milwaukee_is_audited_alike_both_ways(monkeypatch):
    """Milwaukee's block with several readings (where the disjunction cost three quarters of
    its audit): the same report both ways, the hull answering."""
    from benchmarks.eval_corpus import Path, claim_files, desk_pack
    import auditor

    folder = Path(__file__).resolve().parent.parent / "benchmarks" / "corpora" / "milwaukee"
    pack = auditor.load_pack(desk_pack(folder))
    files = [str(p) for p in claim_files(folder)]
    answers = []
    original = analysis._hull
    with monkeypatch.context() as m:
        m.setattr(analysis, "_hull", lambda *a: answers.append(original(*a)) or answers[-1])
        hull = render(auditor.audit(files, workers=1, pack=pack), "json")
    assert any(answers)   # some figure told from the choices
    with monkeypatch.context() as m:
        m.setattr(analysis, "HULL_OF_CHOICES", False)
        assert render(auditor.audit(files, workers=1, pack=pack), "json") == hull
