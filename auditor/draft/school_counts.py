"""School enrolment counted on a province's count day.

A province's schools report their enrolment as of one day of the school year, fixed by its
ministry of education for funding: the figure a story gives "this year", "in 2021" or "last
year" is the count of that day, not a sum over the year ("The division's enrolment is 8,969",
"up from 276 students in 2020"). Only provinces whose count day is fixed for all their schools
are listed, by the name the pack gives the place (or one of its aliases).
"""

from __future__ import annotations

import re
from datetime import date

from auditor.draft.article import _Article, _At
from auditor.draft.claim_period import _BARE_YEAR_BEFORE, _days_resolved
from auditor.models import Period

# (month, day) of the count: Saskatchewan's, Manitoba's, Alberta's and British Columbia's ministries
# count the students enrolled on September 30 (B.C.'s Form 1701 collection, Alberta's count date,
# the Saskatchewan and Manitoba September 30 enrolment reports); Ontario's boards on October 31
COUNT_DAYS = {"Saskatchewan": (9, 30), "Manitoba": (9, 30), "Alberta": (9, 30), "British Columbia": (9, 30),
              "Ontario": (10, 31)}

# a metric of students enrolled: "school enrolment", "enrollment", "private school enrolment"
_ENROLMENT = re.compile(r"enrol", re.IGNORECASE)
_SCHOOL_YEAR_START = 7      # a school year runs from July to June
# the words of the review note, by which the drafter still counts the school year as one the clause names
COUNTED_ON = "counts its school enrolment"


def _enrolment(pack, metric: str | None) -> bool:
    definition = pack.metrics.get(metric) if metric else None
    return definition is not None and not definition.additive_over_time and definition.unit == "count" \
        and bool(_ENROLMENT.search(f"{metric} {definition.label or ''}"))


def count_day_of(pack, place: str) -> tuple[int, int] | None:
    """The (month, day) the place's province counts its enrolment on: the place's own or its
    nearest containing place's, by name or alias; None when no place of its chain has one."""
    for pid in (place, *pack.ancestors(place)) if place in pack.places else ():
        where = pack.places[pid]
        for name in (where.name, *where.aliases):
            if name in COUNT_DAYS:
                return COUNT_DAYS[name]
    return None


def _under_way(on: date, day: tuple[int, int]) -> int | None:
    """The school year (by the calendar year it starts in) whose count stands on `on`: this year's once
    its count day has passed, the year before's until July, none from July to the count day."""
    if on >= date(on.year, *day):
        return on.year
    return on.year - 1 if on.month < _SCHOOL_YEAR_START else None


def _counted_year(p: Period, published, day: tuple[int, int]) -> int | None:
    """The school year (by the calendar year it starts in) whose count a drafted period stands for:
    the one count day a period holds (a whole calendar year, a school year, "this fall", the year to
    date once the count day has passed), or, for the day of publication, the count of the school year
    under way (none from July to the count day: a new year's count not taken yet); None otherwise."""
    y = p.start.year
    if p.start == p.end:
        if not published.earliest <= p.start <= published.latest:
            return None     # a day the text names
        return _under_way(p.start, day)
    held = [year for year in range(y, p.end.year + 1) if p.start <= date(year, *day) <= p.end]
    return held[0] if len(held) == 1 else None


def _year_before(art: _Article, at: _At, period, day: tuple[int, int]) -> int | None:
    """The count a figure set against the one under way says a year before of ("up from 24,100 last
    year", "compared with 24,300 at this time last year"): the school year before the one under way at
    publication (in March 2022, 2020's count, not calendar 2021's, which is the count under way)."""
    if not at.st.base_figure or not _BARE_YEAR_BEFORE.match(" ".join(period[0].split())):
        return None
    under_way = _under_way(art.source.published.latest, day)
    return under_way - 1 if under_way is not None else None


def school_count_day(art: _Article, at: _At, metric: str | None, place: str | None, period,
                     review: list[str]):
    """A school enrolment of a province that counts it on a fixed day (Saskatchewan's September 30),
    drafted as a whole year, a school year, the year to date or the day of publication: the count
    day of that school year, once it has passed by publication ("The division's enrolment is 8,969"
    in October 2021: 2021-09-30; "276 students in 2020": 2020-09-30). A day the text names keeps its
    day; a year whose count is still to come ("expects 3,900 students next year") its year."""
    if not period or place is None or not _enrolment(art.pack, metric):
        return period
    day = count_day_of(art.pack, place)
    if day is None:
        return period
    published = art.source.published
    year = _year_before(art, at, period, day) or _counted_year(period[1], published, day)
    if year is None or date(year, *day) > published.latest:
        return period
    count = date(year, *day)
    phrase, resolved = _days_resolved(count, count, published)
    if resolved is None or phrase == period[0]:
        return period
    review[:] = [n for n in review if not n.startswith("period:")]
    review.append(f"period: {phrase}, the day {art.pack.places[place].name}'s province {COUNTED_ON} "
                  f"(the school year of '{period[0]}'); check")
    return phrase, resolved
