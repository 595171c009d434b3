"""Where the bundled seed corpus lives."""

from pathlib import Path


def seed_path() -> Path:
    """The seed corpus: installed beside the package as auditor/_seeds, or the repo's seeds/."""
    bundled = Path(__file__).resolve().parent / "_seeds"
    if bundled.is_dir():
        return bundled
    return Path(__file__).resolve().parents[1] / "seeds"
