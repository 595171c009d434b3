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
    them; only cycles wait for the collector's return. Deciding blocks makes and drops z3's
    and HiGHS's objects by the thousand, but almost no cycles (a benchmark run leaves 131
    objects in cycles at 10,000 claims and at 100,000 alike, BENCHMARKS.md), so the
    collector stays off then too, in worker processes as well: forked, they inherit its
    state."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
