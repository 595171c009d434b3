"""Drafting errors found while scoring held-out sets blind (fresh14, 2026-12-05): the library raised
a ValueError where it should draft; each test fails without its mend."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import auditor
from auditor.draft.drafting import _month_before

from draft_helpers import pack  # noqa: F401  (the fixture)


def test_a_december_part_month_is_no_whole_month_and_no_error(pack):
    """A level over part of December (1 to 15) is no calendar month: no month before, and no
    error from looking for a thirteenth month (found scoring fresh14 blind, 2026-12-05)."""
    art = SimpleNamespace(pack=pack)
    part = (None, SimpleNamespace(start=date(2023, 12, 1), end=date(2023, 12, 15)))
    whole = (None, SimpleNamespace(start=date(2023, 12, 1), end=date(2023, 12, 31)))
    february = (None, SimpleNamespace(start=date(2024, 2, 1), end=date(2024, 2, 29)))
    assert _month_before(art, "unemployment_rate", part) is None
    assert _month_before(art, "unemployment_rate", whole) == ("2023-11", None)
    assert _month_before(art, "unemployment_rate", february) == ("2024-01", None)


def test_an_undated_article_naming_only_an_old_year_drafts(pack, tmp_path):
    """No date found and 1991 the only year named: the publication range 1991..today is longer
    than the time reader reads day by day; relative times stay unresolved instead of raising,
    and the claim file the draft writes validates."""
    text = ("Police chief says homicides fell\n\nHomicides in Tulsa fell to 40 last year, the fewest since 1991, "
            "police said. Shootings rose 10% this year.\n")
    got = auditor.draft(text, pack=pack)
    assert got.source.published.earliest == date(1991, 1, 1)
    assert not got.source.published.is_exact
    assert [c.record.get("period") for c in got.drafted if c.record.get("period")] == ["last year", "last year", "this year"]
    path = tmp_path / "draft.yaml"
    path.write_text(auditor.draft.claim_file(got), encoding="utf-8")
    corpus = auditor.load_claims([path], pack=pack)
    assert [c.id for c in corpus.claims] == [c.id for c in got.claims]
