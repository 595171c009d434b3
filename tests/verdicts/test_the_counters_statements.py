"""Round 51 (vd51a): one outlet's reports of the counting body's word under two speakers' names
are two statements of the counter's (suspects._the_counters_words), and a doubted figure's own
copies are named as its copies, before the figures it conflicts with (checks.tension). Invented
corpus, figures in the form of the sources (Fort Wayne, Buffalo)."""

from verdict_cases import CITY, audit, first_suspects, pack, source  # noqa: F401 (the pack fixture)

POLICE = "Kansas City Police Department"


def _count(cid, sid, value, speaker=None, quote=None):
    out = {"id": cid, "source": sid, "metric": "homicides", "place": CITY, "period": "2019", "value": value,
           "attribution": "paraphrase" if speaker else "reporter", "quote": {"text": quote or value}}
    return out | ({"speaker": speaker} if speaker else {})


def _twenty_nine(pack, later_speaker):
    """WANE (September 2020), from the police: "all of 2019 in total when there were 29", and three
    sentences later "30 in 2019"; WANE (March 2021), the department's spokeswoman: "from 29 to 42"."""
    sources = [source("tv-sep", "2020-09-25", "Channel 15"), source("tv-mar", "2021-03-19", "Channel 15")]
    claims = [_count("a-29", "tv-sep", "29", POLICE, "That's more than all of 2019 in total when there were 29."),
              _count("b-30", "tv-sep", "30", POLICE, "The number of homicides fluctuated with 45 in 2018 and 30 in 2019."),
              _count("c-29", "tv-mar", "29", later_speaker, "The city saw more homicides than the year before, from 29.")]
    return audit(pack, sources, claims)


def test_the_counters_figure_given_in_two_statements_stands_against_one(pack):
    report = _twenty_nine(pack, later_speaker=f"Jane Roe, {POLICE} spokesperson")
    assert first_suspects(report) == ["b-30"]


def test_an_outlets_own_retelling_of_the_counters_word_is_one_statement(pack):
    """The outlet's own words repeat the figure it had credited to the police: one statement, and
    the figure the first article gives first is doubted as before."""
    report = _twenty_nine(pack, later_speaker=None)
    assert first_suspects(report) == ["a-29"]


def test_a_doubted_figures_copies_are_named_before_the_figures_it_conflicts_with(pack):
    report = _twenty_nine(pack, later_speaker=None)
    (finding,) = [f for f in report.findings if f.kind == "tension"]
    reason = finding.suspects[0].reason
    assert "doubted with its copies c-29" in reason
    assert reason.index("c-29") < reason.index("the figures it conflicts with")


# so_far_above_the_whole: an approximate count so far above a later exact figure for the whole
# period is doubted first (rules/suspicion.yaml `so-far-above-the-whole`)

def _close_to(pack, so_far):
    """WANE (16 November 2022), a treatment provider: "This year, he says the number is already
    close to hitting 200"; WBOI (April 2024): "down from 154 in 2022"."""
    sources = [source("tv", "2022-11-16", "Channel 15"), source("radio", "2024-04-24", "Public Radio")]
    claims = [{"id": "a-so-far", "source": "tv", "metric": "homicides", "place": CITY,
               "period": "2022-01-01/2022-11-16", "value": so_far, "speaker": "John Roe, treatment provider",
               "attribution": "paraphrase", "quote": {"text": f"This year, he says the number is already {so_far}."}},
              {"id": "b-year", "source": "radio", "metric": "homicides", "place": CITY, "period": "2022",
               "value": "154", "attribution": "reporter", "quote": {"text": "Down from 154 in 2022."}}]
    return audit(pack, sources, claims)


def test_an_approximate_count_so_far_above_the_years_count_is_doubted(pack):
    assert first_suspects(_close_to(pack, "close to 200")) == ["a-so-far"]


def test_not_a_floor(pack):
    """"at least 180" by mid-November may be a count the year's end moved down: the year's
    figure, a reporter's sentence, costs less to doubt, as before."""
    assert first_suspects(_close_to(pack, "at least 180")) == ["b-year"]


def test_one_days_release_under_two_names_is_one_statement(pack):
    """rev51v: the police and their spokeswoman relaying one release through one outlet on one day
    are one statement of the counter's: the first article's first figure is doubted as before."""
    sources = [source("tv-a", "2020-09-25", "Channel 15"), source("tv-b", "2020-09-25", "Channel 15")]
    claims = [_count("a-29", "tv-a", "29", POLICE, "That's more than all of 2019 in total when there were 29."),
              _count("b-30", "tv-a", "30", POLICE, "The number of homicides fluctuated with 45 in 2018 and 30 in 2019."),
              _count("c-29", "tv-b", "29", f"Jane Roe, {POLICE} spokesperson", "Police said there were 29 in 2019.")]
    assert first_suspects(audit(pack, sources, claims)) == ["a-29"]
