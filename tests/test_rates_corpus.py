"""The rates corpus (benchmarks/corpora/rates): rates per 100,000 printed beside the counts and
populations they come from, in real news, with the verdicts the sources document."""

from pathlib import Path

import pytest

from benchmarks.eval_corpus import evaluate

RATES = Path(__file__).resolve().parents[1] / "benchmarks" / "corpora" / "rates"


@pytest.mark.slow
def test_the_stale_rate_and_count_are_found_and_blamed_with_no_false_tension():
    score, _ = evaluate(RATES, workers=1)
    assert score.contradictions == 2 and not score.missed
    assert len(score.culprit_first) == score.with_culprit == 2
    assert not score.false_tensions
    assert not score.lookalikes_broken
