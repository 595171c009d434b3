"""Round 48 (dr48a): a rate figure that names no rate of its own ("a rate of 764 recorded incidents per
100,000 residents") is the last rate drafted in its scale; a bare figure in a ranking after a rate
figure ("..., followed by Regina with 733", "while Barrie has 143") is that rate; a table's row label
that says a name's words otherwise ("|Speed Citations", "|DUI Related Fatalities") names that metric,
before the headline's metric."""

from __future__ import annotations

from datetime import date

from auditor.draft import draft
from auditor.models import DateRange
from auditor.pack import load_pack

PACK = load_pack("benchmarks/corpora/articles/pack")
_DAY = DateRange(earliest=date(2023, 3, 1), latest=date(2023, 3, 1))


def metrics_of(text: str, title: str | None = None) -> list[tuple]:
    return [(text[x.anchor[0]:x.anchor[1]].split()[0], x.record.get("metric"))
            for x in draft(text, published=_DAY, pack=PACK, title=title).drafted]


_RANKING = ("Brandon topped the list in 2022 with 812 burglary incidents per 100,000 people. "
            "Red Deer came second, with a rate of 765 recorded incidents per 100,000 residents.\n")


def test_a_rate_naming_no_rate_is_the_rate_drafted_before_in_its_scale():
    got = metrics_of(_RANKING)
    assert ("765", "break_in_rate") in got, got


def test_a_rate_naming_no_rate_in_another_scale_is_not_the_rate_before():
    got = metrics_of("Brandon topped the list in 2022 with 812 burglary incidents per 100,000 people. "
                     "Red Deer came second, with 7.6 recorded incidents per 1,000 residents.\n")
    assert ("7.6", "break_in_rate") not in got, got


def test_a_bare_figure_after_a_rate_in_a_ranking_is_that_rate():
    got = metrics_of("In 2022 Brandon recorded 812 burglary incidents per 100,000 people, while Dauphin has 143.\n")
    assert ("143", "break_in_rate") in got, got


def test_a_bare_figure_following_a_rate_with_a_place_is_that_rate():
    got = metrics_of("In 2022 Brandon recorded 812 burglary incidents per 100,000 people, "
                     "followed by Dauphin with 733.\n")
    assert ("733", "break_in_rate") in got, got


def test_a_bare_figure_after_a_count_stays_a_count():
    got = metrics_of("In 2022 Brandon recorded 812 burglaries, followed by Dauphin with 733.\n")
    assert ("733", "break_in_rate") not in got, got


# --- a table's row label of a name's words said otherwise

_TABLE = ("State troopers released their Memorial Day weekend report on traffic violations.\n"
          "|Enforcement\n|2021\n|2022\n|2023\n"
          "|Speed Citations\n|1210\n|644\n|803\n"
          "|Child Restraint – Citations\n|19\n|14\n|27\n"
          "|DUI Related Fatalities\n|1\n|0\n|2\n"
          "|Fatal DUI Related Crashes\n|1\n|0\n|2\n")


def test_a_row_label_of_a_names_words_said_otherwise_names_the_metric():
    got = metrics_of(_TABLE, title="Troopers see more traffic violations over holiday weekend")
    assert ("644", "speeding_citations") in got and ("27", "child_restraint_citations") in got, got


def test_a_row_label_saying_dui_and_fatalities_names_impaired_driving_deaths():
    got = metrics_of(_TABLE, title="Troopers see more traffic violations over holiday weekend")
    assert [m for _, m in got].count("impaired_driving_deaths") == 3, got


def test_a_row_label_with_a_word_no_name_has_names_no_metric_by_its_words():
    from auditor.draft import vocabulary
    assert vocabulary.metric_of_label(PACK, "Fatal DUI Related Crashes") is None
    assert vocabulary.metric_of_label(PACK, "Citations") is None
    assert vocabulary.metric_of_label(PACK, "Speed Citations") == "speeding_citations"


# --- "fatalities" said for a name's "deaths", "bicyclist" for its "cyclist"

def test_fatalities_of_a_kind_name_that_kinds_deaths():
    from auditor.draft import vocabulary
    text = "Heroin fatalities rose to 31 last year."
    assert [m.id for m in vocabulary.metrics_in(PACK, text, 0, len(text))] == ["heroin_deaths"]


def test_bicyclist_fatalities_are_cyclist_deaths_not_the_pedestrian_deaths_before():
    got = metrics_of("The number of pedestrian fatalities fell 18 percent from 98 to 80 in 2022, "
                     "and the number of bicyclist fatalities was down from nine to eight.\n")
    assert ("eight", "cyclist_deaths") in got and ("80", "pedestrian_deaths") in got, got


def test_fatalities_alone_name_no_kinds_deaths():
    from auditor.draft import vocabulary
    text = "Fatalities rose to 31 last year."
    assert "fire_deaths" not in [m.id for m in vocabulary.metrics_in(PACK, text, 0, len(text))]


# --- a noun said with "and" parts no clause

def _clause_texts(text: str) -> list[str]:
    from auditor.draft.sentences import Span, clauses
    return [text[c.start:c.end] for c in clauses(text, Span(0, len(text), 0))]


def test_break_and_enters_before_a_verb_are_one_name_of_one_clause():
    text = "Commercial break and enters have risen this year to 23, from 15 in 2021."
    assert _clause_texts(text) == [text], _clause_texts(text)


def test_an_and_before_another_subject_and_its_verb_still_parts_two_clauses():
    text = "Break and enters fell to 40 and thefts were up to 62."
    assert _clause_texts(text) == ["Break and enters fell to 40", "thefts were up to 62."], _clause_texts(text)


def test_business_break_and_enters_are_the_businesses_kind():
    got = metrics_of("Business break and enters have jumped slightly this year to 19, from 12 in 2021.\n")
    assert ("19", "business_break_and_enters") in got, got


# --- review (rev48a): a rate figure that names a thing or a rate of its own is not the rate before

_ROAD_RATE = "Montana's road fatality rate was 19 per 100,000 people last year. "


def test_a_rate_of_a_count_named_for_itself_is_not_the_rate_drafted_before():
    got = metrics_of("Brandon topped the list in 2022 with 812 burglary incidents per 100,000 people. "
                     "Vehicle thefts ran at 430 per 100,000 residents.\n")
    assert ("430", "break_in_rate") not in got, got


def test_a_rate_of_a_count_said_with_its_figure_is_not_the_rate_drafted_before():
    got = metrics_of("Winnipeg's violent crime rate was 1,650 per 100,000 residents in 2022. "
                     "Police also logged 120 auto thefts per 100,000 residents.\n")
    assert ("120", "violent_crime_rate") not in got, got


def test_a_rate_named_by_words_of_its_own_is_not_the_rate_drafted_before():
    got = metrics_of(_ROAD_RATE + "The pedestrian death rate was 2.1 per 100,000 people.\n")
    assert ("2.1", "road_fatality_rate") not in got, got


def test_a_rate_said_only_as_a_places_rate_is_still_the_rate_drafted_before():
    got = metrics_of(_ROAD_RATE + "Wyoming's rate was 17 per 100,000 people.\n")
    assert ("17", "road_fatality_rate") in got, got


def test_a_rate_named_by_a_word_the_vocabulary_lacks_is_not_the_rate_drafted_before():
    got = metrics_of(_ROAD_RATE + "Its incarceration rate was 410 per 100,000 people.\n")
    assert ("410", "road_fatality_rate") not in got, got


def test_a_bare_figure_said_to_be_a_whole_count_after_a_rate_is_not_that_rate():
    got = metrics_of("Montana's road fatality rate was 19 per 100,000 people last year, 213 in all.\n")
    assert ("213", "road_fatality_rate") not in got, got


def test_a_bare_figure_compared_after_a_rate_is_still_that_rate():
    got = metrics_of("Winnipeg's violent crime rate was 1,650 per 100,000 residents in 2022, "
                     "up from 1,480 the year before.\n")
    assert ("1,480", "violent_crime_rate") in got, got


def test_fatalities_per_people_are_not_said_for_a_rate_named_deaths_per_people():
    got = metrics_of("The state's road toll worked out to 11.3 fatalities per 100,000 population in 2022, "
                     "up from 10.9.\n")
    assert ("11.3", "overdose_death_rate") not in got, got


def test_a_rate_after_another_figures_count_is_still_the_rate_drafted_before():
    got = metrics_of("Detroit, with about 630,000 residents, had 309 homicides this year, for a rate of about 49 "
                     "per 100,000. Memphis, which has about 630,000 residents, has had 289 killings this year, "
                     "for a rate of about 46 per 100,000.\n")
    assert ("about", "homicide_rate") in got, got


def test_a_rate_of_a_thing_named_after_a_year_is_not_the_rate_drafted_before():
    got = metrics_of("The road fatality rate was 5.2 per 100,000 people in 2022. Drownings stood at 1.1 per "
                     "100,000 people.\n")
    assert ("1.1", "road_fatality_rate") not in got, got
