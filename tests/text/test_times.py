"""The time reader: seed period phrases, spellings of dates, and the laws it must keep."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.text.times import UnreadablePeriod, find_times, resolve_period_phrase, tag_timeml

YEAR_2022 = (date(2022, 1, 1), date(2022, 12, 31))


# --- the seed articles' period phrases ----------------------------------------------


def test_last_year_with_dct_2023_03_29_is_2022():
    resolution = resolve_period_phrase("last year", date(2023, 3, 29))
    assert resolution.value == "2022"
    assert resolution.interval == YEAR_2022
    assert not resolution.year_to_date


def test_last_year_with_dct_2019_03_01_is_2018():
    resolution = resolve_period_phrase("last year", date(2019, 3, 1))
    assert resolution.value == "2018"
    assert resolution.interval == (date(2018, 1, 1), date(2018, 12, 31))


@pytest.mark.parametrize("phrase", ["this year", "so far this year", "this year so far", "year to date"])
def test_this_year_runs_to_the_dct(phrase):
    resolution = resolve_period_phrase(phrase, date(2019, 3, 1))
    assert resolution.value == "2019"
    assert resolution.interval == (date(2019, 1, 1), date(2019, 3, 1))
    assert resolution.year_to_date


def test_from_december_to_january_crosses_the_year_boundary():
    resolution = resolve_period_phrase("from December to January", date(2019, 3, 1))
    assert resolution.parts == ((date(2018, 12, 1), date(2018, 12, 31)), (date(2019, 1, 1), date(2019, 1, 31)))
    assert resolution.interval == (date(2018, 12, 1), date(2019, 1, 31))
    assert resolution.value == "2018-12/2019-01"


def test_in_those_two_months_points_back_to_the_span_before():
    span = (date(2018, 12, 1), date(2019, 1, 31))
    resolution = resolve_period_phrase("in those two months", date(2019, 3, 1), previous=span)
    assert resolution.interval == span


@pytest.mark.parametrize("phrase", ["as of August second", "as of August 2", "as of Aug. 2"])
def test_as_of_a_day_is_year_to_date(phrase):
    resolution = resolve_period_phrase(phrase, date(2021, 9, 15))
    assert resolution.value == "2021-08-02"
    assert resolution.interval == (date(2021, 1, 1), date(2021, 8, 2))
    assert resolution.year_to_date


def test_since_2018_runs_from_2018_to_the_dct():
    resolution = resolve_period_phrase("since 2018", date(2021, 9, 15))
    assert resolution.value == "2018"
    assert resolution.interval == (date(2018, 1, 1), date(2021, 9, 15))
    assert resolution.qualifier == "since"


def test_the_year_before_that_counts_back_from_the_period_before():
    previous = (date(2020, 1, 1), date(2020, 12, 31))
    resolution = resolve_period_phrase("the year before that", date(2021, 9, 15), previous=previous)
    assert resolution.value == "2019"
    assert resolution.interval == (date(2019, 1, 1), date(2019, 12, 31))


@pytest.mark.parametrize(
    "phrase, value, interval",
    [
        ("2021", "2021", (date(2021, 1, 1), date(2021, 12, 31))),
        ("2019-08", "2019-08", (date(2019, 8, 1), date(2019, 8, 31))),
        ("August 2021", "2021-08", (date(2021, 8, 1), date(2021, 8, 31))),
        ("2021-01-01/2021-08-02", "2021-01-01/2021-08-02", (date(2021, 1, 1), date(2021, 8, 2))),
        ("last month", "2021-08", (date(2021, 8, 1), date(2021, 8, 31))),
        ("the first quarter of 2019", "2019-Q1", (date(2019, 1, 1), date(2019, 3, 31))),
        ("the summer of 2019", "2019-SU", (date(2019, 6, 1), date(2019, 8, 31))),
        ("the 1990s", "199", (date(1990, 1, 1), date(1999, 12, 31))),
        ("two years ago", "2019", (date(2019, 1, 1), date(2019, 12, 31))),
        ("the second half of 2020", "2020-H2", (date(2020, 7, 1), date(2020, 12, 31))),
    ],
)
def test_claim_phrases(phrase, value, interval):
    resolution = resolve_period_phrase(phrase, date(2021, 9, 15))
    assert (resolution.value, resolution.interval) == (value, interval)


def test_a_phrase_without_a_time_is_refused():
    with pytest.raises(UnreadablePeriod):
        resolve_period_phrase("the police department", date(2021, 9, 15))


def test_an_uncertain_dct_lists_candidates_instead_of_guessing():
    resolution = resolve_period_phrase("this year", (date(2018, 6, 1), date(2019, 12, 31)))
    assert resolution.uncertain
    assert resolution.interval is None
    assert [value for value, _ in resolution.candidates] == ["2018", "2019"]
    assert resolution.value == "201X"


def test_an_uncertain_dct_leaves_absolute_dates_certain():
    expressions = find_times("Crime is down 29 percent since 2018.", (date(2018, 6, 1), date(2019, 12, 31)))
    (year,) = expressions
    assert year.value == "2018"
    assert year.interval == (date(2018, 1, 1), date(2018, 12, 31))


# --- claim files: the strict reading (auditor/periods.py converts it to models) --------


def _strict(phrase, dct=date(2021, 9, 15), previous=None):
    return resolve_period_phrase(phrase, dct, previous, strict=True)


def test_strict_reads_a_day_without_a_year_as_the_latest_one_before_the_dct():
    # running text reads a date a few weeks ahead as coming; a claim file never does
    assert resolve_period_phrase("as of August 2", date(2021, 8, 1)).interval == (date(2021, 1, 1), date(2021, 8, 2))
    assert _strict("as of August 2", date(2021, 8, 1)).interval == (date(2020, 1, 1), date(2020, 8, 2))
    assert _strict("from December to January", date(2021, 12, 31)).parts == (
        (date(2020, 12, 1), date(2020, 12, 31)), (date(2021, 1, 1), date(2021, 1, 31)))
    assert _strict("may", date(2021, 3, 1)).interval == (date(2020, 5, 1), date(2020, 5, 31))


def test_to_date_means_ending_on_the_dct_not_on_a_named_day():
    assert _strict("so far this year").to_date
    assert _strict("since 2018").to_date
    assert _strict("this year", date(2021, 12, 31)).to_date
    as_of = _strict("as of August 2", date(2021, 8, 2))
    assert as_of.year_to_date and not as_of.to_date


@pytest.mark.parametrize(
    "phrase, previous, interval",
    [
        ("same period last year", (date(2021, 1, 1), date(2021, 8, 2)), (date(2020, 1, 1), date(2020, 8, 2))),
        ("the same period in 2018", (date(2021, 1, 1), date(2021, 8, 2)), (date(2018, 1, 1), date(2018, 8, 2))),
        ("same months in 2019", (date(2020, 2, 1), date(2020, 2, 29)), (date(2019, 2, 1), date(2019, 2, 28))),
        ("that year", (date(2021, 1, 1), date(2021, 8, 2)), (date(2021, 1, 1), date(2021, 8, 2))),
        ("a year earlier", (date(2018, 12, 1), date(2019, 1, 31)), (date(2017, 1, 1), date(2017, 12, 31))),
    ],
)
def test_strict_anaphora_use_the_period_before(phrase, previous, interval):
    assert _strict(phrase, previous=previous).interval == interval


def test_the_same_period_in_running_text_follows_the_period_mentioned_before():
    same = find_times("Sales rose in the third quarter from the same period last year.", date(2021, 11, 2))[-1]
    assert (same.text, same.value) == ("the same period last year", "2020-Q3")


@pytest.mark.parametrize(
    "phrase, reason",
    [
        ("the year before that", "earlier period"),
        ("same period in 2018", "earlier period"),
        ("that period", "earlier period"),
        ("the other day", "not a period phrase"),
        ("last year's police budget", "not a period phrase"),
        ("2019 2020", "more than one period"),
        ("five years", "length of time"),
        ("2021-02-30", "not a calendar date"),
        ("as of February 30", "not a calendar date"),
        ("from 2022 to 2021", "ends before it starts"),
        ("next year", "after the publication date"),
        ("since 2030", "after the publication date"),
        ("as of August 2, 2030", "after the publication date"),
        ("", "empty"),
    ],
)
def test_strict_refuses_with_a_reason(phrase, reason):
    with pytest.raises(UnreadablePeriod, match=reason):
        _strict(phrase)


def test_strict_keeps_explicit_future_periods_and_reads_iso_ranges():
    assert _strict("2030").interval == (date(2030, 1, 1), date(2030, 12, 31))
    assert _strict("2018/2019").interval == (date(2018, 1, 1), date(2019, 12, 31))
    assert _strict("2019-q1").value == "2019-Q1"


# --- finding expressions in text ----------------------------------------------------


def _values(text, dct=date(2021, 9, 15)):
    return [(e.text, e.type, e.value) for e in find_times(text, dct)]


@pytest.mark.parametrize(
    "text",
    ["on August second", "on Aug. 2", "on 8/2/2021", "on 2 August 2021", "on August 2, 2021", "on the second of August, 2021", "on 2021-08-02"],
)
def test_every_common_spelling_of_a_day(text):
    ((_, kind, value),) = _values(text)
    assert (kind, value) == ("DATE", "2021-08-02")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("over the past five years", [("the past five years", "DURATION", "P5Y")]),
        ("earlier this month", [("earlier this month", "DATE", "2021-09")]),
        ("last week", [("last week", "DATE", "2021-W36")]),
        ("next year", [("next year", "DATE", "2022")]),
        ("in 2019 Q1", [("2019 Q1", "DATE", "2019-Q1")]),
        ("The talks took five hours.", [("five hours", "DURATION", "PT5H")]),
        ("shootings are down now", [("now", "DATE", "PRESENT_REF")]),
        ("this summer", [("this summer", "DATE", "2021-SU")]),
        ("prices rose 5 percent a year", []),
        ("He met officials weekly.", [("weekly", "SET", "P1W")]),
        ("It happened yesterday.", [("yesterday", "DATE", "2021-09-14")]),
        ("in the third quarter", [("the third quarter", "DATE", "2021-Q3")]),
        ("a 6-year-old boy", []),
        ("2,000 guns off the street", []),
    ],
)
def test_expressions_in_sentences(text, expected):
    assert _values(text) == expected


def test_a_missing_dct_leaves_relative_values_unknown():
    assert _values("last year and in 1998", None) == [("last year", "DATE", "XXXX"), ("1998", "DATE", "1998")]


def test_durations_over_the_past_years_cover_the_years_before_the_dct():
    (stretch,) = find_times("over the past five years", date(2023, 3, 29))
    assert stretch.interval == (date(2018, 3, 30), date(2023, 3, 29))


def test_tag_timeml_wraps_expressions_and_keeps_the_text():
    tagged = tag_timeml("Homicides rose last year & this year.", date(2019, 3, 1))
    assert tagged == (
        'Homicides rose <TIMEX3 tid="t1" type="DATE" value="2018">last year</TIMEX3> &amp; '
        '<TIMEX3 tid="t2" type="DATE" value="2019">this year</TIMEX3>.'
    )


# --- laws ---------------------------------------------------------------------------

_MONTH_NAMES = "January February March April May June July August September October November December".split()
_ORDINAL_WORDS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twenty-first twenty-second twenty-third "
    "twenty-fourth twenty-fifth twenty-sixth twenty-seventh twenty-eighth twenty-ninth thirtieth thirty-first"
).split()
_AP_MONTHS = "Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec.".split()
_DAYS = st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31))
_SPELLINGS = [
    lambda d: f"the {_ORDINAL_WORDS[d.day - 1]} of {_MONTH_NAMES[d.month - 1]}, {d.year}",
    lambda d: f"{_MONTH_NAMES[d.month - 1]} {d.day}, {d.year}",
    lambda d: f"{d.day} {_MONTH_NAMES[d.month - 1]} {d.year}",
    lambda d: f"{_AP_MONTHS[d.month - 1]} {d.day}, {d.year}",
    lambda d: f"{d.month}/{d.day}/{d.year}",
]


def _a_day_written_out_in_words_reads_back_as_itself(day, spelling, dct):
    """The law of the two tests below (a few examples in the quick suite, many with -m slow)."""
    words = spelling(day)
    expressions = find_times(f"It happened on {words}.", dct)
    assert [(e.text, e.value) for e in expressions] == [(words, day.isoformat())]


@settings(max_examples=40, deadline=None)
@given(day=_DAYS, spelling=st.sampled_from(_SPELLINGS), dct=_DAYS)
def test_a_day_written_out_in_words_reads_back_as_itself(day, spelling, dct):
    _a_day_written_out_in_words_reads_back_as_itself(day, spelling, dct)


@pytest.mark.slow
@settings(max_examples=150, deadline=None)
@given(day=_DAYS, spelling=st.sampled_from(_SPELLINGS), dct=_DAYS)
def test_a_day_written_out_in_words_reads_back_as_itself_many(day, spelling, dct):
    _a_day_written_out_in_words_reads_back_as_itself(day, spelling, dct)


_NEWSY = st.text(
    alphabet=st.sampled_from(list("abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,;:'’-/$%()\n")),
    max_size=200,
)
_TIME_WORDS = st.sampled_from(
    ["last", "year", "years", "ago", "since", "from", "to", "as of", "May", "March", "the", "quarter", "2018", "two",
     "'98", "Friday", "week", "this", "so far", "those", "months", "earlier", "9 a.m.", "1990s", "a", "half", "-", "12/31/"]
)
_SENTENCES = st.one_of(_NEWSY, st.lists(st.one_of(_TIME_WORDS, _NEWSY), max_size=30).map(" ".join))
_ANY_DCT = st.one_of(st.none(), _DAYS, st.tuples(_DAYS, st.integers(0, 40)).map(lambda p: (p[0], p[0] + timedelta(days=p[1]))))


def _the_reader_never_raises_and_spans_point_at_the_text(text, dct):
    """The law of the two tests below (a few examples in the quick suite, many with -m slow)."""
    expressions = find_times(text, dct)
    previous_end = 0
    for expression in expressions:
        assert text[expression.start : expression.end] == expression.text
        assert expression.start >= previous_end
        assert expression.type in ("DATE", "TIME", "DURATION", "SET")
        assert expression.value
        previous_end = expression.end


@settings(max_examples=20, deadline=None)
@given(text=_SENTENCES, dct=_ANY_DCT)
def test_the_reader_never_raises_and_spans_point_at_the_text(text, dct):
    _the_reader_never_raises_and_spans_point_at_the_text(text, dct)


@pytest.mark.slow
@settings(max_examples=200, deadline=None)
@given(text=_SENTENCES, dct=_ANY_DCT)
def test_the_reader_never_raises_and_spans_point_at_the_text_many(text, dct):
    _the_reader_never_raises_and_spans_point_at_the_text(text, dct)


@pytest.mark.parametrize("text", ["Crime fell 5% over the past three monthſ.", "for two MONTHS", "for three yearſ"])
def test_a_unit_matched_case_blind_is_read_as_its_letters(text):
    # the rules match "ſ" and "ı" case-blind as "s" and "i": the unit is then looked up as such
    # (before: KeyError 'monthſ' from the duration's unit table)
    _the_reader_never_raises_and_spans_point_at_the_text(text, date(2023, 1, 15))
    assert any(e.type == "DURATION" for e in find_times(text, date(2023, 1, 15)))


def _tagging_leaves_the_text_unchanged(text, dct):
    """The law of the two tests below (a few examples in the quick suite, many with -m slow)."""
    import re
    from html import unescape

    tagged = tag_timeml(text, dct)
    assert unescape(re.sub(r"</?TIMEX3[^>]*>", "", tagged)) == text


@settings(max_examples=25, deadline=None)
@given(text=_SENTENCES, dct=_DAYS)
def test_tagging_leaves_the_text_unchanged(text, dct):
    _tagging_leaves_the_text_unchanged(text, dct)


@pytest.mark.slow
@settings(max_examples=100, deadline=None)
@given(text=_SENTENCES, dct=_DAYS)
def test_tagging_leaves_the_text_unchanged_many(text, dct):
    _tagging_leaves_the_text_unchanged(text, dct)


# A publication range is read as runs of days with the same readings (bisected, not read day by day).
_PHRASES = st.sampled_from(
    ["last year", "this year", "so far this year", "since 2018", "on Friday", "last week", "in March", "May 5",
     "the year before", "two years ago", "this month", "last quarter", "as of August 2", "from January to March",
     "this summer", "next year", "2019", "earlier this week", "yesterday", "that year", "the same period last year"]
)
_RANGES = st.tuples(_DAYS, st.integers(0, 800)).map(lambda p: (p[0], p[0] + timedelta(days=p[1])))


def _a_range_reads_as_every_day_merged(phrases, dct):
    """The law of the two tests below: reading a publication range gives what reading each
    of its days and merging the readings gives."""
    from auditor.text.times import _merge_outcomes, _resolve, _scan

    text = "Police said " + ", and ".join(phrases) + " there were 12 homicides."
    mentions = _scan(text)
    first, last = dct
    every_day = [_resolve(text, mentions, first + timedelta(days=n)) for n in range((last - first).days + 1)]
    expected = [e for e in _merge_outcomes(every_day, len(mentions)) if e is not None]
    assert find_times(text, dct) == expected


def test_a_publication_range_ending_before_it_starts_is_refused():
    with pytest.raises(ValueError, match="ends .* before it starts"):
        find_times("Police said last year there were 12 homicides.", (date(2020, 5, 1), date(2019, 4, 1)))


@settings(max_examples=6, deadline=None)
@given(phrases=st.lists(_PHRASES, min_size=1, max_size=3), dct=_RANGES)
def test_a_publication_range_reads_as_every_day_merged(phrases, dct):
    _a_range_reads_as_every_day_merged(phrases, dct)


@pytest.mark.slow
@settings(max_examples=200, deadline=None)
@given(phrases=st.lists(_PHRASES, min_size=1, max_size=4), dct=_RANGES)
def test_a_publication_range_reads_as_every_day_merged_many(phrases, dct):
    _a_range_reads_as_every_day_merged(phrases, dct)
