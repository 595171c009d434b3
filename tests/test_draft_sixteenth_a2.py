"""Drafting, round 16a2: hypothetical figures are commented out; forecasts are drafted.

Sentences written for these tests (not from any benchmark set)."""
from __future__ import annotations

import pytest

from auditor.draft import draft

pytestmark = pytest.mark.slow

_HEAD = "Homicides fall in Springfield\n\nSPRINGFIELD, Ill. — "


def _by_figure(text: str):
    out = {}
    for d in draft(text, published="2025-01-06").drafted:
        out[text[d.anchor[0]:d.anchor[1]]] = d
    return out


def test_a_conditional_consequence_is_commented_out_with_a_note():
    text = _HEAD + ("Springfield recorded 41 homicides in 2024, police said. "
                    "If the trend of the last decade had held, homicides would be closer to 25, the chief said.\n")
    found = _by_figure(text)
    assert "hypothetical" not in found["41"].missing
    hypo = next(d for f, d in found.items() if "25" in f)
    assert not hypo.complete and "hypothetical" in hypo.missing
    assert any(n.startswith("hypothetical:") for n in hypo.notes)


def test_a_figure_inside_the_condition_and_a_counterfactual_are_hypothetical():
    text = _HEAD + ("Springfield recorded 41 homicides in 2024, police said. "
                    "Even if 6 homicides were left out, the year was the worst since 2009. "
                    "In an ordinary year the city would have seen about 30 homicides.\n")
    found = _by_figure(text)
    assert "hypothetical" not in found["41"].missing
    for figure in ("6", "30"):
        hit = next((d for f, d in found.items() if figure in f.split()), None)
        assert hit is None or "hypothetical" in hit.missing


def test_a_forecast_is_not_taken_for_a_hypothetical():
    text = _HEAD + ("Springfield recorded 41 homicides in 2024, police said. "
                    "Homicides are expected to fall to 35 in 2025, the chief said.\n")
    found = _by_figure(text)
    hit = next(d for f, d in found.items() if "35" in f)
    assert "hypothetical" not in hit.missing
