"""A loaded rule pack kept between runs, under the user's cache folder.

Parsing the bundled pack's YAML and validating it took about 50 of the seed audit's 900
CPU-ms; unpickling the same Pack takes under 2. An entry is used only when everything the
load read is unchanged: its key is a digest of the pack's folder (and the bundled pack's, which
a desk's pack extends), every YAML file name and byte in them and their checks/ folders, the
source of the code that validates them, and the Python and pydantic versions. Only packs that
loaded without a problem are kept, so every error is found and reported by the loader itself.

Where: $AUDITOR_CACHE_DIR, else $XDG_CACHE_HOME/auditor, else ~/.cache/auditor; an empty
AUDITOR_CACHE_DIR turns the cache off. A folder that cannot be written, an entry that cannot be
read, or one written by another user or open to others' writes, is passed over silently (the
pack is then loaded from its files, as without a cache). At most KEEP entries are kept.

A table worked out from a pack that a run would otherwise work out again (`worked_out`) is kept
beside the packs under a digest of what it depends on.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
KEEP = 16
FORMAT = b"auditor-pack-cache 1"
# the code whose answer a cached pack stands for: what validates and assembles the pack
_CODE = ("pack/load.py", "pack/model.py", "pack/cache.py", "checks/params.py", "units.py", "models/base.py",
         "errors.py")


def folder() -> Path | None:
    """The cache folder, or None when the user turned the cache off."""
    chosen = os.environ.get("AUDITOR_CACHE_DIR")
    if chosen is not None:
        return Path(chosen) if chosen else None
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        home = os.path.expanduser("~")
        if home == "~":   # no home to find: no cache, rather than a folder named ~ here
            return None
        base = os.path.join(home, ".cache")
    return Path(base) / "auditor"


def key(layers: list[Path]) -> str | None:
    """The digest of everything a load of these pack folders reads, or None when a file
    cannot be read (the loader then reports it)."""
    import pydantic

    digest = hashlib.blake2b(FORMAT, digest_size=20)
    code_root = Path(__file__).resolve().parents[1]
    try:
        for part in _CODE:
            digest.update(part.encode() + b"\0" + (code_root / part).read_bytes() + b"\0")
        digest.update(f"{sys.version_info[:3]} {pydantic.VERSION}".encode())
        for layer in layers:
            digest.update(b"\1" + str(layer).encode() + b"\0")
            for file in sorted([*layer.glob("*.yaml"), *layer.glob("checks/*.yaml")]):
                digest.update(str(file.relative_to(layer)).encode() + b"\0" + file.read_bytes() + b"\2")
    except OSError:
        return None
    return digest.hexdigest()


def _entry(root: Path) -> Path | None:
    where = folder()
    if where is None:
        return None
    return where / f"pack-{hashlib.blake2b(str(root).encode(), digest_size=10).hexdigest()}.pickle"


def read(root: Path, layers: list[Path]):
    """The pack cached for this folder with these contents, or None."""
    entry = _entry(root)
    if entry is None:
        return None
    stored = _load(entry)
    if stored is None:
        return None
    stored_key, pack = stored
    wanted = key(layers)
    return pack if wanted is not None and stored_key == wanted else None


def _load(entry: Path) -> tuple | None:
    """The (key, value) an entry holds, or None when it is missing or cannot be trusted or read
    (written by another user, open to others' writes, truncated, from another version)."""
    try:
        with open(entry, "rb") as fh:
            st = os.fstat(fh.fileno())
            if st.st_uid != os.getuid() or st.st_mode & 0o022:
                return None
            stored = pickle.load(fh)
    except Exception:
        return None
    return stored if isinstance(stored, tuple) and len(stored) == 2 else None


def write(root: Path, layers: list[Path], pack) -> None:
    """Keep the pack for the next run; any failure leaves the cache as it was."""
    entry, wanted = _entry(root), key(layers)
    if entry is None or wanted is None:
        return
    _store(entry, (wanted, pack), "pack")


def _store(entry: Path, value, kind: str) -> None:
    """Write an entry whole (or not at all) and keep the KEEP newest of its kind; any failure leaves
    the cache as it was."""
    tmp = None
    try:
        entry.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(dir=entry.parent, prefix=f".{kind}-", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, entry)
        tmp = None
        _prune(entry.parent, kind)
    except Exception:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)


def _prune(where: Path, kind: str = "pack") -> None:
    """Keep the KEEP most recently written entries of a kind (each pack folder has one pack entry)."""
    entries = sorted(where.glob(f"{kind}-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in entries[KEEP:]:
        old.unlink(missing_ok=True)


def worked_out(kind: str, inputs: bytes, build: Callable[[], T]) -> T | None:
    """`build()`, a value that depends on nothing but what `inputs` (bytes) says, kept in the cache
    folder for the next run under a digest of them (`kind`-DIGEST.pickle, the KEEP newest of a kind
    kept): a table a run works out from a pack, such as the start letters of its vocabulary's
    patterns. Worked out afresh when the entry cannot be used (and kept when it can be written);
    None when the cache is off (the caller works out what it needs as it needs it)."""
    where = folder()
    if where is None:
        return None
    digest = hashlib.blake2b(FORMAT + b"\0" + inputs, digest_size=20).hexdigest()
    entry = where / f"{kind}-{digest}.pickle"
    stored = _load(entry)
    if stored is not None and stored[0] == digest:
        return stored[1]
    value = build()
    _store(entry, (digest, value), kind)
    return value
