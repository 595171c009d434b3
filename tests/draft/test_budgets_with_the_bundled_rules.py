"""The bundled rules name a city's whole budget and its General Fund (rules/metrics.yaml, for the
relation between them): with no desk pack, a bare "budget" is the whole budget, and only a
"general fund budget" said in full is the General Fund's."""

from __future__ import annotations

from datetime import date

from draft_helpers import drafted


def test_a_bare_budget_is_the_whole_budget_and_a_general_fund_is_said_in_full():
    text = ("City approves budget\n\nThe Springfield City Council on Tuesday approved a $1.7 billion budget "
            "for the fiscal year. Separately, the school board adopted a $2.6 billion general fund budget.\n")
    claims = drafted(text, published=date(2024, 5, 2))
    # before: the bundled city budget's label ended "(all funds)", so "budget" narrowed to the
    # General Fund's name alone and a city's whole budget was drafted as its General Fund
    assert claims["$1.7 billion"]["metric"] == "city_budget"
    assert claims["$2.6 billion"]["metric"] == "general_fund_budget"
