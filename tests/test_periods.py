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
