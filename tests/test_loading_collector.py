"""What a load made joins the collector's oldest generation without a collection
(auditor/loading/corpus.py, _to_the_oldest_generation): nothing is left frozen, a cycle
made before or during the load is still freed by a collection, and what the process froze
itself stays frozen."""

import gc
import weakref

from auditor import load_claims

import pytest

pytestmark = pytest.mark.slow   # whole-corpus and cache round trips: CI runs them (`pytest -m slow`)


class _Node:
    pass


def _cycle():
    a, b = _Node(), _Node()
    a.other, b.other = b, a
    return weakref.ref(a)


def test_a_load_leaves_nothing_frozen_and_cycles_are_still_collected():
    was = gc.isenabled()
    gc.disable()   # so that the cycle is not collected before the load, by chance
    try:
        before = _cycle()
        corpus = load_claims()   # the seeds
        assert corpus.claims and gc.get_freeze_count() == 0
        assert before() is not None   # not collected during the load...
        gc.collect()
        assert before() is None       # ...and freed by the first full collection after it
    finally:
        if was:
            gc.enable()


def test_what_the_process_froze_stays_frozen():
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        assert frozen > 0
        load_claims()
        assert gc.get_freeze_count() >= frozen
    finally:
        gc.unfreeze()
