"""Draft-21: a past year compared with a figure "by that time last year" counts the same days: the
figure it is compared with is read as a claim file reads it, in order ('same period in 2017' is
the period of the claim before it moved to 2017)."""
from datetime import date

from auditor.draft import draft
from auditor.draft.periods import resolves
from auditor.models import DateRange

_DAY = date(2018, 6, 17)


def _periods(text: str) -> dict[str, tuple[date, date] | None]:
    out, previous = {}, None
    published = DateRange(earliest=_DAY, latest=_DAY)
    for x in draft(text, _DAY).drafted:
        p = resolves(x.record["period"], published, previous) if x.record.get("period") else None
        previous = p or previous
        if "value" in x.record:
            out[x.record["value"]] = (p.start, p.end) if p else None
    return out


def _drafted_ten(text: str) -> dict:
    """The record drafted for the figure 10 (the one "by that time last year")."""
    return next(x.record for x in draft(text, _DAY).drafted if x.record.get("value") == "10")


def test_past_years_compared_with_that_time_last_year_count_the_same_days():
    got = _periods("Eleven people have been killed this year in Chicago as of June 11, according to police data. "
                   "By that time last year, there had been 10 homicides in the city, compared to 13 in 2016 "
                   "and 14 in 2015.")
    assert got.get("10") == (date(2017, 1, 1), date(2017, 6, 11)), got
    assert got.get("13") == (date(2016, 1, 1), date(2016, 6, 11)), got
    assert got.get("14") == (date(2015, 1, 1), date(2015, 6, 11)), got


def test_a_past_year_compared_with_a_whole_past_year_stays_whole():
    got = _periods("There were 10 homicides in Chicago in 2017, compared to 13 in 2016.")
    assert got.get("13") == (date(2016, 1, 1), date(2016, 12, 31)), got


def test_a_paragraph_opening_by_that_time_last_year_goes_on_with_the_document():
    ten = _drafted_ten(
        "Eleven people have been killed this year in Chicago as of June 11, according to Chicago Police "
        "Department data.\n\nBy that time last year, there had been 10 homicides in the city.")
    assert ten.get("attribution") == "document" and ten.get("speaker") == "Chicago Police Department", ten


def test_a_paragraph_opening_by_that_time_last_year_without_a_document_before_is_the_reporters():
    ten = _drafted_ten(
        "Eleven people have been killed this year in Chicago as of June 11.\n\n"
        "By that time last year, there had been 10 homicides in the city.")
    assert ten.get("attribution") == "reporter" and not ten.get("speaker"), ten


def test_a_sentence_opening_at_the_same_time_last_year_goes_on_with_the_document_in_its_paragraph():
    ten = _drafted_ten(
        "Eleven people have been killed this year in Chicago as of June 11, according to Chicago Police "
        "Department data. At the same time last year, there had been 10 homicides in the city.")
    assert ten.get("attribution") == "document" and ten.get("speaker") == "Chicago Police Department", ten
