"""Python's cycle collector paused while a large corpus is loaded or audited."""

from __future__ import annotations

import gc
from contextlib import contextmanager


@contextmanager
def paused():
    """The cycle collector off inside the block, and back as it was after.

    Loading and auditing build millions of small acyclic objects (models, tuples,
    fractions, constraints). With the collector on, every full collection walks all of them
    again: at 100,000 claims that was half of the audit's main-process time and a third of
    loading (BENCHMARKS.md). Reference counting still frees them; only cycles wait for the
    collector's return."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
