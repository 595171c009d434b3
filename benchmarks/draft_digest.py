"""A digest of the drafter's output, to show that a change (a speed-up) leaves every draft as it was.

    python -m benchmarks.draft_digest [--each] [--set articles|seeds]
    for h in 1 2 3 4; do PYTHONHASHSEED=$h python -m benchmarks.draft_digest --each > dd_$h.txt; done   # same in every process?

Drafts, in one process and through the library, every text of
benchmarks/corpora/articles/texts/ with the articles pack (`--rules
benchmarks/corpora/articles/pack`), and the three seed articles (seeds/sources/) with the
bundled rules, as `auditor draft FILE` would (no `--published`: the date is read from the
text), renders each draft as its claim file (YAML) and prints one SHA-256 digest per set of
inputs; `--each` also prints one per file (its name and digest, never its text or draft).

Texts only are read, never a hand claim, so the held-out texts may be included. A text
whose date the drafter cannot find gets a range ending today, so compare digests made on
the same day.
"""

from __future__ import annotations

import argparse
import hashlib
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent


class InputSet(NamedTuple):
    """Texts drafted with one pack (None: the bundled rules)."""
    name: str
    texts: Path
    pack: Path | None


SETS = (InputSet("articles", ROOT / "benchmarks/corpora/articles/texts", ROOT / "benchmarks/corpora/articles/pack"),
        InputSet("seeds", ROOT / "seeds/sources", None))


def drafted_yaml(path: Path, pack) -> str:
    """The claim file `auditor draft` would write for one text file."""
    import auditor.draft
    return auditor.draft.claim_file(auditor.draft(path.read_text(encoding="utf-8"), pack=pack))


def digests(inputs: InputSet) -> tuple[str, list[tuple[str, str]]]:
    """The set's digest (over every file's name and draft, in name order) and each file's."""
    from auditor.pack import load_pack

    pack = load_pack(inputs.pack)
    whole, each = hashlib.sha256(), []
    for path in sorted(inputs.texts.glob("*.txt")):
        text = drafted_yaml(path, pack).encode("utf-8")
        whole.update(path.name.encode("utf-8") + b"\0" + text + b"\0")
        each.append((path.name, hashlib.sha256(text).hexdigest()[:16]))
    return whole.hexdigest()[:16], each


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--each", action="store_true", help="also print one digest per file")
    parser.add_argument("--set", choices=[s.name for s in SETS], action="append",
                        help="draft only this set (repeatable; default: every set)")
    args = parser.parse_args(argv)
    for inputs in SETS:
        if args.set and inputs.name not in args.set:
            continue
        whole, each = digests(inputs)
        print(f"{inputs.name}: {whole} ({len(each)} texts)")
        if args.each:
            for name, digest in each:
                print(f"  {name} {digest}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
