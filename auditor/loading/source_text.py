"""Reading a source's text (`text_path`) without reading anything else.

A claim file comes from many hands, so the path it gives is confined: it is read relative
to the claim file's folder and must lead, symbolic links resolved, to a regular file inside
that folder (or inside a root the user names: `--text-root`, `load_claims(text_root=...)`),
of at most `MAX_TEXT_BYTES`. A path that leads elsewhere is refused before anything at its
end is looked at, so the error says nothing about what is outside (whether a file exists,
what it holds); a FIFO or a device is opened without blocking and refused unread. Only a
text that passed these checks is searched for quotes, so only the claim's own source text
is ever described in an error.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import NamedTuple

MAX_TEXT_BYTES = 16 * 1024 * 1024   # 16 MiB: a long article is ~50 KB; a book-length source still fits

_READ_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)


class TextRefusal(NamedTuple):
    """Why a source text was not read, as a problem's code, message and hint."""

    code: str
    message: str
    hint: str


class SourceText(NamedTuple):
    """A source text that was read, or why it was not (exactly one of the two is set)."""

    text: str | None
    refusal: TextRefusal | None


def read_source_text(text_path: str, claim_file: str | Path, text_root: str | Path | None = None,
                     max_bytes: int = MAX_TEXT_BYTES) -> SourceText:
    """The text at `text_path` (relative to `claim_file`'s folder), confined to `text_root`
    (default: that folder), or the reason it was refused. Never raises for what the path names."""
    folder = Path(claim_file).parent
    root = Path(text_root) if text_root is not None else folder
    root_name = "the claim file's folder" if text_root is None else f"the text root {root}"
    how = ("give a path inside the claim file's folder (or name a wider folder with --text-root)"
           if text_root is None else f"give a path that leads inside {root}")
    if "\0" in text_path or not text_path.strip():
        return SourceText(None, TextRefusal("text-invalid", "the path is empty or holds a NUL character", how))
    try:
        real_root = os.path.realpath(root)
        real = os.path.realpath(folder / text_path)
    except (OSError, ValueError) as exc:   # a symbolic-link loop, a name too long
        return SourceText(None, TextRefusal("text-missing", f"the path cannot be resolved ({_why(exc)})", how))
    if os.path.commonpath([real_root, real]) != real_root:
        # said before the far end is looked at: nothing is learnt about what lies outside
        return SourceText(None, TextRefusal("text-outside", f"the path leads outside {root_name}", how))
    try:
        fd = os.open(real, _READ_FLAGS)
    except OSError as exc:
        return SourceText(None, TextRefusal("text-missing", f"cannot read the source text: {_why(exc)}",
                                            "the path is relative to the claim file's folder"))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            return SourceText(None, TextRefusal("text-not-file", "the path names a folder, a device or a pipe, not "
                                                "a file", "point text_path at a UTF-8 text file"))
        if info.st_size > max_bytes:
            return SourceText(None, _too_large(max_bytes))
        raw = _read_at_most(fd, max_bytes + 1)
    except OSError as exc:
        return SourceText(None, TextRefusal("text-missing", f"cannot read the source text: {_why(exc)}",
                                            "check the file's permissions"))
    finally:
        os.close(fd)
    if len(raw) > max_bytes:   # a file that grew while read
        return SourceText(None, _too_large(max_bytes))
    try:
        return SourceText(raw.decode("utf-8-sig"), None)
    except UnicodeDecodeError as exc:
        return SourceText(None, TextRefusal("text-encoding", f"the source text is not UTF-8 (byte {exc.start} "
                                            "cannot start or continue a character)", "save the text as UTF-8"))


def _read_at_most(fd: int, limit: int) -> bytes:
    chunks, size = [], 0
    while size < limit:
        chunk = os.read(fd, min(1 << 20, limit - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def _too_large(max_bytes: int) -> TextRefusal:
    return TextRefusal("text-too-large", f"the source text is larger than {max_bytes // (1024 * 1024)} MiB",
                       "keep only the article's text in the file, or quote from a shorter excerpt")


def _why(exc: BaseException) -> str:
    return getattr(exc, "strerror", None) or type(exc).__name__
