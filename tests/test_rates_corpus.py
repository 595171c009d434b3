"""The rates corpus (benchmarks/corpora/rates): rates per 100,000 printed beside the counts and
populations they come from, in real news, with the verdicts the sources document."""

import json
import shutil
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


@pytest.mark.slow
def test_several_corpora_give_one_line_each_and_totals_passing_over_folders_without_verdicts_and_blind_ones(tmp_path, capsys):
    from benchmarks.eval_corpus import main

    (tmp_path / "claims.yaml").write_text("sources: []\nclaims: []\n", encoding="utf-8")
    blind = tmp_path / "blind"
    shutil.copytree(RATES, blind)
    (blind / "BLIND").write_text("held out\n", encoding="utf-8")
    assert main([str(RATES), str(tmp_path), str(blind), "--workers", "1", "--json"]) == 0
    out = capsys.readouterr()
    rows = json.loads(out.out)
    assert list(rows) == ["rates"] and "passed over, blind: blind" in out.err
    assert main([str(RATES), str(tmp_path), "--workers", "1"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == ["corpus", "rates", "total"]
    assert lines[1].split()[1:3] == lines[2].split()[1:3] == [f"{rows['rates']['found']}/{rows['rates']['contradictions']}",
                                                            f"{rows['rates']['culprit_first']}/{rows['rates']['with_culprit']}"]
