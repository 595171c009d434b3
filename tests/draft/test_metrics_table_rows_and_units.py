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
    assert _metric_of(text, "599", pack) != "speeding_share_of_traffic_deaths"
