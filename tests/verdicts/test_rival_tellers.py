"""Fiftieth verdicts round (a), Rochester's missed contradictions: outlets print one year's count one
to five apart, and a later figure restates an earlier one only when the sources show one count
moving (benchmarks/README.md, "Late figures"). The body's later word does not restate an outlet's
own figure when the body had given the later figure already (revisions.said_already); an outlet's
own later figure does not restate the body's figure its line gave when it retells another counter's
figure against the body's (revisions.told_against_the_body), nor a study's figure its line gave
(revisions.a_studys_figure_in_the_line). Invented figures on the bundled pack's Kansas City."""

from verdict_cases import audit, claim, pack, revisions, source, tensions  # noqa: F401 (the pack fixture)


def test_the_bodys_word_already_out_restates_no_outlets_figure(pack):
    """A paper's own 43 (early in the year), the police's 42 that March, the chief's 42 a year on:
    the chief's word did not move, and the paper's 43 stays a rival of the police's 42."""
    sources = [source("paper", {"earliest": "2017-01-01", "latest": "2017-03-31"}, publisher="Daily Paper"),
               source("weekly", "2017-03-17", publisher="A Weekly"),
               source("station", "2018-01-02", publisher="Channel 9")]
    claims = [claim("paper-43", "paper", "homicides", "2016", "43"),
              claim("police-42", "weekly", "homicides", "2016", "42", speaker="Kansas City Police Department",
                    attribution="document"),
              claim("chief-42", "station", "homicides", "2016", "42", speaker="Jane Doe, Kansas City Police Chief",
                    attribution="paraphrase")]
    report = audit(pack, sources, claims)
    assert revisions(report) == []
    assert tensions(report) == [{"paper-43", "police-42", "chief-42"}]


def test_the_bodys_first_word_still_restates_an_outlets_figure(pack):
    """Without the police's 42 of March, the chief's 42 a year on restates the paper's 43."""
    sources = [source("paper", {"earliest": "2017-01-01", "latest": "2017-03-31"}, publisher="Daily Paper"),
               source("station", "2018-01-02", publisher="Channel 9")]
    claims = [claim("paper-43", "paper", "homicides", "2016", "43"),
              claim("chief-42", "station", "homicides", "2016", "42", speaker="Jane Doe, Kansas City Police Chief",
                    attribution="paraphrase")]
    assert revisions(audit(pack, sources, claims)) == [("paper-43", "chief-42")]


def _station_retells_the_study(study_quote="52 homicides in 2020, the study states"):
    sources = [source("jan", "2021-01-05", publisher="Channel 8"), source("feb", "2021-02-26", publisher="Daily Paper"),
               source("jun", "2021-06-15", publisher="Channel 8")]
    claims = [claim("police-51", "jan", "homicides", "2020", "51", speaker="Kansas City Police Department",
                    attribution="paraphrase"),
              claim("study-52", "feb", "homicides", "2020", "52", speaker="University Center for Public Safety",
                    attribution="document", quote=study_quote),
              claim("station-52", "jun", "homicides", "2020", "52")]
    return sources, claims


def test_an_outlets_own_retelling_of_another_counter_restates_no_bodys_figure(pack):
    """The station's police 51, a study's 52, then the station's own 52: two counts, a tension."""
    report = audit(pack, *_station_retells_the_study())
    assert revisions(report) == []
    assert tensions(report) == [{"police-51", "study-52", "station-52"}]


def test_an_outlets_own_later_figure_no_other_counter_gave_is_the_count_grown(pack):
    """Without the study, the station's own 52 restates the police's 51 it gave (grows on)."""
    sources, claims = _station_retells_the_study()
    report = audit(pack, [s for s in sources if s["id"] != "feb"], [c for c in claims if c["id"] != "study-52"])
    assert revisions(report) == [("police-51", "station-52")]


def test_an_outlets_own_later_figure_restates_no_study_its_line_gave(pack):
    """A paper's "52 ..., the study states", then its own 50 two years on: rivals."""
    sources = [source("feb", "2021-02-26", publisher="Daily Paper"), source("dec", "2022-12-29", publisher="Daily Paper")]
    claims = [claim("study-52", "feb", "homicides", "2020", "52", speaker="University Center for Public Safety",
                    attribution="document", quote="The 52 homicides were the most in ten years, the study states."),
              claim("paper-50", "dec", "homicides", "2020", "50")]
    report = audit(pack, sources, claims)
    assert revisions(report) == []
    assert tensions(report) == [{"study-52", "paper-50"}]


def test_a_change_is_judged_by_the_figures_of_its_day_not_by_a_later_one_it_happens_to_fit(pack):
    """The city's 76 for 2022 (January), its "up 130% from 2019" (March: 76 against 32 is +137.5%),
    the police's 73 for 2022 (December: +128%) and 31 for 2019 (two years on): the change is
    no figure of the 73's, and stays a tension with the 76 and the 32 of its day."""
    sources = [source("dec20", "2020-12-01", publisher="Channel 8"), source("jan23", "2023-01-25", publisher="City Hall"),
               source("mar23", "2023-03-08", publisher="Radio One"), source("dec23", "2023-12-28", publisher="Channel 8"),
               source("jan25", "2025-01-02", publisher="Radio One")]
    police = {"speaker": "Kansas City Police Department", "attribution": "paraphrase"}
    claims = [claim("police-32", "dec20", "homicides", "2019", "32", **police),
              claim("city-76", "jan23", "homicides", "2022", "76", speaker="City of Kansas City", attribution="document"),
              dict(claim("city-up-130", "mar23", "homicides", "2022", None, speaker="City of Kansas City",
                         attribution="paraphrase", quote="Homicides are up 130% from 2019."),
                   change={"direction": "up", "by": "130", "measure": "percent", "base": "2019"}),
              claim("police-73", "dec23", "homicides", "2022", "73", **police),
              claim("police-31", "jan25", "homicides", "2019", "31", **police)]
    del claims[2]["value"]
    report = audit(pack, sources, claims)
    assert any({"city-up-130", "city-76", "police-32"} <= t for t in tensions(report))


def test_a_bound_the_body_gave_is_no_rival_of_an_outlets_figure(pack):
    """The police's "more than 90" (January), the paper's own 97 (later that month), the police's
    102 a year on as late rulings came in: the bound fits the 97 as well as the 102, so the
    police's count moved, and the 102 restates the paper's 97 (revisions.said_already)."""
    sources = [source("tv", "2020-01-03", publisher="Channel 9"), source("paper", "2020-01-20", publisher="Daily Paper"),
               source("radio", "2021-01-05", publisher="Radio One")]
    police = {"speaker": "Kansas City Police Department", "attribution": "paraphrase"}
    claims = [claim("police-over-90", "tv", "homicides", "2019", "more than 90", **police,
                    quote="There were more than 90 homicides in 2019, police said."),
              claim("paper-97", "paper", "homicides", "2019", "97"),
              claim("police-102", "radio", "homicides", "2019", "102", **police)]
    report = audit(pack, sources, claims)
    assert revisions(report) == [("paper-97", "police-102")]
    assert tensions(report) == []
