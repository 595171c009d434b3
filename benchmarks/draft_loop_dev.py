"""Draft 20 development texts (t01-t20 of benchmarks/corpora/articles/texts/, the articles pack) N
times after one warm-up pass, timing nothing: the second load for an instruction counter beside
`benchmarks.draft_loop` (its difference between two N cancels start-up).

    valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null python -m benchmarks.draft_loop_dev 1
    valgrind ... python -m benchmarks.draft_loop_dev 2
    instructions a text = (I(2) - I(1)) / 20
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import auditor
from auditor.pack import load_pack

PUBLISHED = date(2019, 3, 1)
ARTICLES = Path(__file__).parent / "corpora" / "articles"


def main(times: int) -> None:
    pack = load_pack(ARTICLES / "pack")
    texts = [p.read_text(encoding="utf-8") for p in sorted((ARTICLES / "texts").glob("t[0-9][0-9]-*.txt"))[:20]]
    for text in texts:
        auditor.draft(text, published=PUBLISHED, pack=pack)
    for _ in range(times):
        for text in texts:
            auditor.draft(text, published=PUBLISHED, pack=pack)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
