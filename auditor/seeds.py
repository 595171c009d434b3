"""Where the bundled seed corpus lives."""

from pathlib import Path


def seed_path() -> Path:
    """The seed claims file: installed beside the package as auditor/_seeds, or the repo's seeds/."""
    bundled = Path(__file__).resolve().parent / "_seeds"
    folder = bundled if bundled.is_dir() else Path(__file__).resolve().parents[1] / "seeds"
    return folder / "claims.yaml"
