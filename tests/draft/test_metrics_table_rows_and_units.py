"""A table's row label names the metric of the figures in its row ("|DUI Arrests" then "|25",
"|34", as a page's table reads as text), and a generic noun's metric is none of a count when it is
a percentage ("cited for speeding" is no share of traffic deaths)."""

from __future__ import annotations

from datetime import date

import pytest

import auditor

from draft_helpers import pack  # noqa: F401  (a fixture)


def _metric_of(text: str, figure: str, pack) -> str | None:
    d = auditor.draft(text, published=date(2022, 9, 7), pack=pack)
    return next(x.record for x in d.drafted if text[x.anchor[0]:x.anchor[1]].endswith(figure)).get("metric")


_TABLE = ("Holiday weekend report from the patrol\nThe full report is below:\n"
          "|Enforcement Data\n|2021\n|2022\n|DUI Arrests\n|25\n|34\n|Motorist Assists\n|692\n|646\n")


@pytest.mark.parametrize("figure, expected", [
    ("25", "dui_arrests"), ("34", "dui_arrests"),     # the row's first figure and its last
    ("692", "motorist_assists"), ("646", "motorist_assists"),
])
def test_a_table_rows_label_names_its_figures_metric(figure, expected, pack):
    assert _metric_of(_TABLE, figure, pack) == expected


def test_a_generic_nouns_percentage_metric_is_no_counts(pack):
    text = ("Troopers see more traffic deaths over holiday weekend\n"
            "TOPEKA, Kan. - The patrol released its holiday report.\n"
            "Seven hundred ninety-six people were cited for speeding compared to 599 in 2021.\n")
    assert _metric_of(text, "599", pack) is None     # left for the editor: no name of the pack is said whole


@pytest.mark.parametrize("text, figure", [
    ("Crime in Topeka, 2022\nTOPEKA, Kan. - Police released the city's crime figures.\n"      # a percentage cell
     "|Offense\n|2021\n|2022\n|Change\n|DUI Arrests\n|25\n|34\n|36%\n|Robberies\n|45\n|51\n|13.3%\n", "36%"),
    ("Topeka police figures, 2022\nTOPEKA, Kan. - Police released the year's figures.\n"      # a rate cell
     "|Offense\n|Count\n|Rate per 100,000\n|Homicides\n|24\n|19.1\n|Robberies\n|180\n|143.2\n", "19.1"),
    ("Wichita crime by year\nWICHITA, Kan. - Police released five years of figures.\n"      # a header row's last cell
     "|Year\n|Homicides\n|Shootings\n|2020\n|41\n|150\n|2021\n|39\n|162\n", "41"),
    ("Sheriff's office releases monthly activity report\nSALINA, Kan. - The sheriff's office released "
     "its report for May.\n|Activity\n|April\n|May\n|Investigations\n|45\n|52\n|Administration\n|12\n|9\n", "12"),
])
def test_a_cell_takes_no_row_label_its_figure_cannot_be_of(text, figure, pack):
    """A "Change" column's percentage, a "Rate per 100,000" column's rate, a header row's last cell
    over figures by year, a one-word label that is only another name of a metric ("Administration"
    for a city's administration budget): none names the figure's metric."""
    assert _metric_of(text, figure, pack) is None


@pytest.mark.parametrize("text, figure, expected", [
    ("Philadelphia's homicide rate falls\nPHILADELPHIA - The city's homicide rate fell last year, police said.\n"
     "The rate was 21.4 last year, down from 28.7 in 2021.\n", "21.4", "homicide_rate"),
    ("Homicides down in Baltimore\nBALTIMORE - Baltimore recorded fewer homicides last year, and its homicide "
     "rate fell, police said.\nThat rate is now 45.2, compared with 58.3 two years ago.\n", "45.2", "homicide_rate"),
    ("Topeka approves budget\nTOPEKA, Kan. - The city council approved the operating budget Tuesday.\n"
     "The budget is $212.4 million, up from 205 million last year.\n", "205 million", "city_budget"),
])
def test_a_generic_nouns_rate_or_sum_said_without_its_unit(text, figure, expected, pack):
    """ "The rate was 21.4": a bare figure with decimals may be a rate; "205 million" a sum of money."""
    assert _metric_of(text, figure, pack) == expected
