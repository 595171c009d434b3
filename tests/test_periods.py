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
