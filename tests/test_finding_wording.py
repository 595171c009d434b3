"""Findings' messages in good English: two exact figures that agree are not "pinned within
0.0%", a lone candidate publication range is a range, and one claim alone in a tension is
"this claim"."""

from pathlib import Path

import auditor
import auditor.draft

CLAIMS = """sources:
  - {id: star, title: Year in review, publisher: The Kansas City Star, published: 2023-01-03}
  - {id: kcpd, title: Annual report, publisher: Kansas City Police Department, kind: official-statement, published: 2023-02-01}
  - {id: tv, title: Homicides, publisher: KSHB, published: {earliest: 2023-01-01, latest: 2023-03-31}}
claims:
  - {id: s, source: star, metric: homicides, place: kansas-city-mo, period: "2022", value: "171", quote: "171 homicides"}
  - {id: p, source: kcpd, metric: homicides, place: kansas-city-mo, period: "2022", value: "171", quote: "171 homicides"}
  - {id: t, source: tv, metric: homicides, place: kansas-city-mo, period: last year, value: "171", quote: "171 homicides last year"}
"""


def _report(tmp_path: Path):
    (tmp_path / "claims.yaml").write_text(CLAIMS, encoding="utf-8")
    return auditor.audit([tmp_path / "claims.yaml"])


def test_exact_figures_that_agree_are_not_pinned_within_zero_percent(tmp_path):
    report = _report(tmp_path)
    agree = [f for f in report.findings if f.kind == "corroboration"]
    assert agree, [f.message for f in report.findings]
    assert all("0.0%" not in f.message and "jointly 171" in f.message for f in agree), [f.message for f in agree]


def test_counts_in_dating_messages_agree_with_their_nouns(tmp_path):
    for f in _report(tmp_path).findings:
        assert "1 candidate publication ranges" not in f.message, f.message
        assert ". 1 keep " not in f.message, f.message
        assert "(years 2023)" not in f.message, f.message
        assert not f.message.startswith("1 claims"), f.message


STORY = ("KANSAS CITY, Mo. - Homicides in Kansas City rose to 182 in 2023. That is up 12 percent "
         "from 2022, police said.\n")


def test_a_story_check_names_the_newsroom_once_and_its_base_as_written(tmp_path):
    (tmp_path / "claims.yaml").write_text(CLAIMS, encoding="utf-8")
    check = auditor.draft.check(STORY, [tmp_path / "claims.yaml"], published="2024-01-03")
    messages = [f.finding.message for f in check.findings]
    assert any("this newsroom" in m for m in messages), messages
    assert all("((" not in m and "vs from" not in m for m in messages), messages
