"""Thirtieth verdicts round (a): false tensions of a city scored blind (Pittsburgh). A whole whose
own sentence splits it into parts is no rival of one of them (comparability.counts_less,
`named_part_words`), but a change and its base are no parts (`named_part_breaks`); a count its own words set off one kind of road is a part (TN001's
`part_patterns`); a medical examiner's homicides are no part of the police's (rules/relations.yaml).
Invented corpus, figures in the form of the sources."""

from pathlib import Path

from ruamel.yaml import YAML

from auditor.engine.audit import audit_corpus
from auditor.loading.corpus import load_records
from auditor.pack import load_pack
from verdict_cases import audit, claim, pack, source, tensions, with_metrics  # noqa: F401 (the pack fixture)

BUDGET = {"city_budget": {"label": "city operating budget", "definition": "a city's operating budget for a year",
                          "unit": "dollar", "integer": False, "additive_over_time": False,
                          "additive_over_places": False}}


def _budgets(whole_quote):
    sources = [source("tv", "2024-10-01"), source("radio", "2024-12-11")]
    claims = [claim("total", "tv", "city_budget", "2025", "$774.3 million", quote=whole_quote),
              claim("spending", "radio", "city_budget", "2025", "$657 million",
                    quote="The $657 million spending plan does not contain a tax increase.")]
    return sources, claims


def test_a_budget_split_into_its_parts_is_no_rival_of_one():
    """KDKA's "$774.3 million budget with $657 million in operating and $117 million in capital"
    against WESA's "$657 million spending plan": the whole and its operating part."""
    report = audit(with_metrics(BUDGET), *_budgets(
        "Overall, the administration is proposing a $774.3 million budget with $657 million in operating "
        "and $117 million in capital."))
    assert tensions(report) == []


def test_parts_that_do_not_add_up_to_the_whole_name_no_part():
    """The same words with parts that do not make the whole ($657 million and $17 million): checked."""
    report = audit(with_metrics(BUDGET), *_budgets(
        "Overall, the administration is proposing a $774.3 million budget with $657 million in operating "
        "and $17 million in capital."))
    assert tensions(report) == [{"total", "spending"}]


def _two(period, first, second):
    """Two figures of one year from two sources: (id, metric, value, quote) each."""
    sources = [source("one", f"{int(period) + 1}-06-11"), source("two", f"{int(period) + 1}-06-12")]
    return sources, [claim(cid, sid, metric, period, value, quote=quote)
                     for sid, (cid, metric, value, quote) in zip(("one", "two"), (first, second))]


def test_a_count_off_the_interstates_is_a_part(pack):
    """The city's release: 21 fatal crashes on all its roads, 18 "non-interstate"; two sources so
    that no one article's own figures settle it."""
    every = ("all", "homicides", "21", "In 2024, the city recorded 21 across its interstate, state, and city-owned roads.")
    assert tensions(audit(pack, *_two("2024", every, (
        "nonint", "homicides", "18", "Of the 18 non-interstate ones in 2024, 7 involved pedestrians.")))) == []
    assert tensions(audit(pack, *_two("2024", every, (
        "nonint", "homicides", "18", "Of the 18 in 2024, 7 involved pedestrians.")))) == [{"all", "nonint"}]


def test_an_examiners_count_above_the_polices_is_shown_as_two_counts(pack):
    """The medical examiner's 79 killings in the city in 2008 against the police's 74: no tension,
    and shown as two counts under one name (NC001), not dropped."""
    report = audit(pack, *_two(
        "2008", ("examiner", "homicides_ruled", "79", "That's more than any year since 2008, when officials counted 79."),
        ("police", "homicides", "74", "the city's highest volume since officers investigated 74 homicides in 2008")))
    assert tensions(report) == []
    assert [set(f.claims) for f in report.findings if f.rule == "NC001"] == [{"examiner", "police"}]


def _dea(phrase):
    """The DEA's page: 648 overdose deaths in 2016 and a change over 2015; the county's 422 and the
    examiner's 424 for 2015 and, twice, 650 for 2016 (`shooting_deaths` stands in for overdose
    deaths, which the bundled pack does not define)."""
    sources = [source("dea", "2017-07-01"), source("county", "2016-07-15"), source("paper", "2018-05-22"),
               source("station", "2019-06-25"), source("examiner", "2017-04-06")]
    claims = [claim("dea-648", "dea", "shooting_deaths", "2016", "648", speaker="Drug Enforcement Administration",
                    attribution="document", quote="The county reported 648 deaths in 2016."),
              claim("dea-change", "dea", "shooting_deaths", "2016", None, speaker="Drug Enforcement Administration",
                    attribution="document", quote=f"This represents {phrase} over 2015"),
              claim("county-422", "county", "shooting_deaths", "2015", "422", quote="422 deaths last year"),
              claim("examiner-424", "examiner", "shooting_deaths", "2015", "424", quote="424 in 2015"),
              claim("paper-650", "paper", "shooting_deaths", "2016", "650", quote="650 in 2016"),
              claim("station-650", "station", "shooting_deaths", "2016", "650", quote="In 2016, 650 people died.")]
    del claims[1]["value"]
    claims[1]["change"] = {"phrase": phrase, "base": "2015"}
    return sources, claims


def test_a_change_worked_out_on_its_articles_doubted_figure_makes_no_tension_of_its_own():
    """Pittsburgh's overdose deaths of 2015 and 2016 (the corpus's claims): the DEA's "53.55 percent
    increase over 2015" beside its own 648 (422 in 2015 fits), and the examiner's "jumped by 45
    percent" beside the Post-Gazette's own 613: each doubted figure's tension with the county's
    650 is reported once, not again through the change worked out on it."""
    root = Path(__file__).parents[2] / "benchmarks" / "corpora" / "pittsburgh"
    data = YAML(typ="safe").load((root / "claims.yaml").read_text(encoding="utf-8"))
    claims = [c for c in data["claims"] if c["metric"] == "overdose_deaths" and c["place"] == "allegheny-county-pa"
              and str(c["period"]) in ("2015", "2016")]
    used = {c["source"] for c in claims}
    corpus = load_records({"sources": [s for s in data["sources"] if s["id"] in used], "claims": claims},
                          pack=load_pack(root / "pack"))
    found = tensions(audit_corpus(corpus, workers=1))
    assert {"gs-2016-648", "pg1805-ofpa-2016-650", "trib19-2016-650"} in found
    assert not any({"gs-up-53-55pct", "pg1704-up-45pct"} & t for t in found)


def test_a_change_worked_out_on_its_articles_figure_repeats_no_tension(pack):
    """The DEA's "53.55 percent increase" over 2015 fits its own 648 with the county's 422: the
    648's tension with the two 650s is reported, and not again through the change."""
    found = tensions(audit(pack, *_dea("a 53.55 percent increase")))
    assert {"dea-648", "paper-650", "station-650"} in found
    assert not any("dea-change" in t for t in found)


def test_a_change_that_fits_no_figure_with_its_articles_stays_in_tension(pack):
    """A 30 percent increase fits the page's 648 with no figure of 2015 that is given (422, 424):
    checked."""
    found = tensions(audit(pack, *_dea("a 30 percent increase")))
    assert any("dea-change" in t for t in found)


def test_a_change_that_fits_only_doubted_figures_stays_in_tension(pack):
    """An article's 120 homicides in 2024, "up 20% from 2023", against two outlets' 130; for 2023
    one outlet's 100 (outvoted) and two outlets' 90. The change holds only with the 120 and the
    doubted 100, so it is shown on its own against the 130s and the 90s (+44%, not +20%)."""
    sources = [source(s, f"2025-12-1{i}") for i, s in enumerate(("one", "two", "three", "four", "five", "six"))]
    claims = [claim("a-120", "one", "homicides", "2024", "120", quote="The city recorded 120 homicides in 2024."),
              claim("a-up", "one", "homicides", "2024", None, quote="That was up 20% from 2023."),
              claim("d-130", "four", "homicides", "2024", "130", quote="The city had 130 homicides in 2024."),
              claim("e-130", "five", "homicides", "2024", "130", quote="Police counted 130 homicides in 2024."),
              claim("b-100", "two", "homicides", "2023", "100", quote="There were 100 homicides in 2023."),
              claim("c-90", "three", "homicides", "2023", "90", quote="The city had 90 killings in 2023."),
              claim("f-90", "six", "homicides", "2023", "90", quote="Police counted 90 homicides in 2023.")]
    del claims[1]["value"]
    claims[1]["change"] = {"phrase": "up 20%", "base": "2023"}
    assert any("a-up" in t for t in tensions(audit(pack, sources, claims)))


def _rise_over_six_years(own):
    """A page's "increased by 2,631%" since 2015 with, when `own`, its own figure for 2021; another
    page's figure for 2021 (Sacramento: Families Against Fentanyl's 6,253 and 2,631%, Fentanyl
    Solution's 5,961; no page gives 2015). (id, value) of each 2021 figure: `own` first."""
    sources = [source("facts", "2023-03-30"), source("site", "2023-06-01")]
    claims = [claim("rise", "facts", "shooting_deaths", "2021", None,
                    quote="In the state the number of these deaths has increased by 2,631%."),
              claim("other", "site", "shooting_deaths", "2021", "5,961", attribution="document",
                    quote="5,961 deaths in 2021")]
    del claims[0]["value"]
    claims[0]["change"] = {"phrase": "increased by 2,631%", "base": "2015"}
    if own:
        claims.append(claim("own", "facts", "shooting_deaths", "2021", own, attribution="paraphrase",
                            quote=f"a total of {own} deaths in 2021"))
    return sources, claims


def test_a_rise_over_years_no_figure_pins_repeats_its_pages_figures_tension(pack):
    """2,631% allows 229 in 2015 with its page's 6,253 (a paraphrase, doubted before the document's
    5,961), and no whole 2015 with the 5,961: only the 6,253's tension with the 5,961 is reported,
    not again through the rise."""
    assert tensions(audit(pack, *_rise_over_six_years("6,253"))) == [{"own", "other"}]


def test_a_rise_over_years_that_fits_no_whole_base_with_its_page_stays_in_tension(pack):
    """The same rise beside its page's own 5,961 (no whole 2015 count gives 2,631%), or with no
    figure of its page: the rise is checked against the 5,961."""
    assert any("rise" in t for t in tensions(audit(pack, *_rise_over_six_years("5,962"))))
    assert any("rise" in t for t in tensions(audit(pack, *_rise_over_six_years(None))))
