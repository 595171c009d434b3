"""Period phrases of the seed corpus resolve against their article's date."""

from datetime import date

import pytest

from auditor.models import Period
from auditor.periods import PeriodPhraseError, resolve_period_phrase


def P(a, b):
    return Period(start=date.fromisoformat(a), end=date.fromisoformat(b))


@pytest.mark.parametrize("phrase,published,previous,expected", [
    ("last year", "2023-03-29", None, P("2022-01-01", "2022-12-31")),
    ("last year", "2019-03-01", None, P("2018-01-01", "2018-12-31")),
    ("so far this year", "2019-03-01", None, P("2019-01-01", "2019-03-01")),
    ("this year", "2021-09-15", None, P("2021-01-01", "2021-09-15")),
    ("from December to January", "2019-03-01", None, P("2018-12-01", "2019-01-31")),
    ("in those two months", "2019-03-01", P("2018-12-01", "2019-01-31"), P("2018-12-01", "2019-01-31")),
    ("as of August second", "2021-09-15", None, P("2021-01-01", "2021-08-02")),
    ("as of August 2", "2021-03-01", None, P("2020-01-01", "2020-08-02")),
    ("the year before that", "2021-09-15", P("2020-01-01", "2020-12-31"), P("2019-01-01", "2019-12-31")),
    ("since 2018", "2021-09-15", None, P("2018-01-01", "2021-09-15")),
    ("last month", "2019-03-01", None, P("2019-02-01", "2019-02-28")),
    ("same period last year", "2021-09-15", P("2021-01-01", "2021-08-02"), P("2020-01-01", "2020-08-02")),
    ("same period in 2018", "2021-09-15", P("2021-01-01", "2021-08-02"), P("2018-01-01", "2018-08-02")),
    ("2019-Q1", "2021-09-15", None, P("2019-01-01", "2019-03-31")),
    ("2021-01-01/2021-08-02", "2021-09-15", None, P("2021-01-01", "2021-08-02")),
])
def test_phrase(phrase, published, previous, expected):
    assert resolve_period_phrase(phrase, date.fromisoformat(published), previous).period == expected


def test_from_december_to_january_keeps_both_months():
    res = resolve_period_phrase("from December to January", date(2019, 3, 1))
    assert res.parts == (P("2018-12-01", "2018-12-31"), P("2019-01-01", "2019-01-31"))


@pytest.mark.parametrize("phrase", ["2021-02-30", "as of February 30", "the other day", "the year before that"])
def test_bad_phrases_are_refused_with_a_reason(phrase):
    with pytest.raises(PeriodPhraseError) as info:
        resolve_period_phrase(phrase, date(2021, 9, 15))
    assert phrase.split()[0] in str(info.value) or "calendar" in str(info.value)


def test_since_keeps_its_base_year_and_runs_to_date():
    res = resolve_period_phrase("since 2018", date(2021, 9, 15))
    assert res.since == P("2018-01-01", "2018-12-31") and res.to_date


def test_as_of_a_day_is_not_to_date():
    # a to-date period moves with an uncertain publication date; "as of August 2" does not
    assert not resolve_period_phrase("as of August 2", date(2021, 8, 2)).to_date
    assert resolve_period_phrase("so far this year", date(2021, 12, 31)).to_date


def test_a_period_before_with_an_uncertain_end_keeps_it():
    previous = Period(start=date(2021, 1, 1), end=date(2021, 3, 1), latest_end=date(2021, 12, 31))
    assert resolve_period_phrase("same period last year", date(2022, 3, 1), previous).period == Period(
        start=date(2020, 1, 1), end=date(2020, 3, 1), latest_end=date(2020, 12, 31))
    assert resolve_period_phrase("that period", date(2022, 3, 1), previous).period == previous
    assert resolve_period_phrase("the year before that", date(2022, 3, 1), previous).period == P("2020-01-01", "2020-12-31")


@pytest.mark.parametrize("phrase, reason", [
    ("next year", "after the publication date"),
    ("since 2030", "after the publication date"),
    ("same period in 2018", "earlier period"),
    ("2019 2020", "more than one period"),
])
def test_more_refusals(phrase, reason):
    with pytest.raises(PeriodPhraseError, match=reason):
        resolve_period_phrase(phrase, date(2021, 9, 15))


@pytest.mark.parametrize("phrase,expected", [
    ("the 12 months to March 2024", P("2023-04-01", "2024-03-31")),
    ("the year to March 2024", P("2023-04-01", "2024-03-31")),
    ("the twelve months ending March 31, 2024", P("2023-04-01", "2024-03-31")),
    ("in the 12 months ending in March 2024", P("2023-04-01", "2024-03-31")),
    ("the year ending June 30, 2023", P("2022-07-01", "2023-06-30")),
    ("the fiscal year from July 2020", P("2020-07-01", "2021-06-30")),
    ("the financial year starting April 2019", P("2019-04-01", "2020-03-31")),
    ("the fiscal year ending June 30, 2021", P("2020-07-01", "2021-06-30")),
    # not rolling years: ISO months and the year to date keep their meaning
    ("2021-08", P("2021-08-01", "2021-08-31")),
    ("2011-12", P("2011-12-01", "2011-12-31")),
    ("the year to date", P("2024-01-01", "2024-06-30")),
])
def test_rolling_and_fiscal_years(phrase, expected):
    assert resolve_period_phrase(phrase, date(2024, 6, 30)).period == expected


@pytest.mark.parametrize("phrase", ["fiscal 2021", "FY2021", "FY 21", "fiscal year 2021", "2020/21", "2020-21",
                                    "the 2020-21 school year"])
def test_a_fiscal_year_without_its_start_is_a_question_not_a_calendar_year(phrase):
    with pytest.raises(PeriodPhraseError, match="when it starts depends on the body"):
        resolve_period_phrase(phrase, date(2024, 6, 30))


def test_a_named_year_still_running_has_an_uncertain_end():
    """'in 2021' in an article of 30 June 2021: the year so far, or the whole year."""
    from auditor.periods import in_progress
    res = in_progress(resolve_period_phrase("in 2021", date(2021, 6, 30)), date(2021, 6, 30))
    assert res.period == Period(start=date(2021, 1, 1), end=date(2021, 6, 30), latest_end=date(2021, 12, 31))
    # a year that is over, and a period already to date, are kept as they are
    done = resolve_period_phrase("2020", date(2021, 6, 30))
    assert in_progress(done, date(2021, 6, 30)) == done
    so_far = resolve_period_phrase("so far this year", date(2021, 6, 30))
    assert in_progress(so_far, date(2021, 6, 30)) == so_far


def test_a_fiscal_year_named_by_its_year_is_read_by_the_place_s_fiscal_year(tmp_path):
    """A desk declares its city's fiscal year (places.yaml); 'FY2021' and '2020-21' are then
    July 2020 to June 2021 there, and still a question elsewhere."""
    from auditor.engine.audit import audit_corpus
    from auditor.errors import InputError
    from auditor.loading.corpus import load_records
    from auditor.pack import load_pack
    (tmp_path / "places.yaml").write_text(
        "places:\n  fiscal-city:\n    name: Fiscal City\n    fiscal_year: {start: '07-01'}\n"
        "  fiscal-ward:\n    name: Fiscal Ward\n    within: fiscal-city\n", encoding="utf-8")
    pack = load_pack(tmp_path)
    source = {"id": "s", "title": "Budget", "publisher": "Paper", "published": "2021-09-01"}

    def claims(place, *items):
        return {"sources": [source], "claims": [
            {"id": cid, "source": "s", "metric": "homicides", "place": place, "period": period, "value": value,
             "quote": value} for cid, period, value in items]}

    report = audit_corpus(load_records(claims("fiscal-ward", ("fy", "FY2021", "40"),
                                              ("dates", "2020-07-01/2021-06-30", "45")), pack), workers=1)
    (t,) = [f for f in report.findings if f.kind == "tension"]      # the same twelve months, in the ward too
    assert set(t.claims) == {"fy", "dates"}
    with pytest.raises(InputError) as info:
        load_records(claims("kansas-city-mo", ("fy", "FY2021", "40")), pack)
    assert "fiscal_year" in info.value.problems[0].message


def test_a_fiscal_year_start_that_is_no_date_is_a_pack_error(tmp_path):
    from auditor.errors import InputError
    from auditor.pack import load_pack
    (tmp_path / "places.yaml").write_text(
        "places:\n  fiscal-city:\n    name: Fiscal City\n    fiscal_year: {start: '13-01'}\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_pack(tmp_path)
    (p,) = info.value.problems
    assert p.field.startswith("places.fiscal-city.fiscal_year") and p.line == 4


@pytest.mark.parametrize("phrase,expected", [("FY99", P("1998-07-01", "1999-06-30")), ("FY21", P("2020-07-01", "2021-06-30")),
                                             ("1999-00", P("1999-07-01", "2000-06-30"))])
def test_two_digit_fiscal_years_take_the_nearer_century(phrase, expected):
    from auditor.pack.model import FiscalYear
    assert resolve_period_phrase(phrase, date(2024, 6, 30), None, FiscalYear(start="07-01")).period == expected
