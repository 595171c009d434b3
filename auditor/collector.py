"""Python's cycle collector paused while a large corpus is loaded or audited."""

from __future__ import annotations

import gc
from contextlib import contextmanager


@contextmanager
def paused():
    """The cycle collector off inside the block, and back as it was after.

    Loading and auditing build millions of small acyclic objects (models, tuples,
    fractions, constraints). With the collector on, every full collection walks all of them
    again (BENCHMARKS.md measures what the pause saves). Reference counting still frees
    them; only cycles wait for the collector's return."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


@contextmanager
def solving():
    """The collector on while blocks are decided in this process: z3's and HiGHS's Python
    objects are made and dropped by the thousand. What the audit built before is frozen
    first (set aside from collection), so collections walk only what solving makes."""
    was = gc.isenabled()
    gc.freeze()
    gc.enable()
    try:
        yield
    finally:
        if not was:
            gc.disable()
        gc.unfreeze()


def solving_in_worker() -> None:
    """The same in a worker process forked from the audit: what it inherits is frozen."""
    gc.freeze()
    gc.enable()
