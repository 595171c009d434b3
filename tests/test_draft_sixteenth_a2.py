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


_DESK = """metrics:
  members:
    label: members
    definition: members of a club
    unit: count
    aliases: [membership]
    integer: true
    non_negative: true
    additive_over_time: false
    additive_over_places: true
  junior_members:
    label: juniors
    definition: members under 18
    unit: count
    aliases: [junior]
    integer: true
    non_negative: true
    additive_over_time: false
    additive_over_places: true
  junior_share:
    label: share of juniors
    definition: juniors as a share of members
    unit: percent
    aliases: [membership rate]
    non_negative: true
    additive_over_time: false
    additive_over_places: false
"""


def test_a_count_named_with_another_count_as_modifier_is_the_modifiers(tmp_path):
    import auditor
    from auditor.draft import vocabulary
    (tmp_path / "metrics.yaml").write_text(_DESK, encoding="utf-8")
    (tmp_path / "places.yaml").write_text("places: {}\n", encoding="utf-8")
    desk = auditor.load_pack(tmp_path)
    for text, expected in (("The junior membership stood at 412 in May", "junior_members"),
                           ("The club's membership stood at 1,412 in May", "members"),
                           ("The junior membership rate was 29 percent", "junior_share")):
        hit = vocabulary.find_metric(desk, text, 0, len(text), text.index(" at ") if " at " in text else len(text))
        assert hit is not None and hit.id == expected, (text, hit)
