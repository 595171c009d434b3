"""Draft the bench's 10 articles (seeds/claims.yaml's texts, the bundled rules) N times after one
warm-up draft, timing nothing: a steady load for an instruction counter, whose difference between two
N cancels start-up (imports, the rule pack, the first draft's lazy patterns).

    valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null python -m benchmarks.draft_loop 1
    valgrind ... python -m benchmarks.draft_loop 4
    instructions an article = (I(4) - I(1)) / 30

Run it with the rule-pack cache warm (one `auditor` run before) and PYTHONHASHSEED fixed.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import auditor
from auditor.pack import load_pack
from benchmarks.bench_draft import articles

PUBLISHED = date(2019, 3, 1)


def main(times: int) -> None:
    pack = load_pack()
    texts = articles(Path(__file__).parents[1] / "seeds" / "claims.yaml", pack=pack)
    auditor.draft(texts[0], published=PUBLISHED, pack=pack)
    for _ in range(times):
        for text in texts:
            auditor.draft(text, published=PUBLISHED, pack=pack)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
