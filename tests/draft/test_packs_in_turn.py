"""Drafting with several packs in turn (a desk's and the bundled one, or the tests' score of desk
packs) keeps what each pack's vocabulary was read into, the pack in use above all."""

from collections import OrderedDict

from auditor.draft import vocabulary
from auditor.pack import load_pack

KINDS = [f"kind-{i}" for i in range(10)]   # about as many as drafting reads of a pack


def test_the_pack_in_use_keeps_its_vocabulary_while_other_packs_are_drafted_with(monkeypatch):
    monkeypatch.setattr(vocabulary, "_CACHE", OrderedDict())
    base = load_pack()
    in_use, *others = [base.model_copy() for _ in range(4)]
    built = []

    def build(pack):
        built.append(pack)
        return (len(built),)

    first = [vocabulary._cached(kind, in_use, build) for kind in KINDS]
    for other in others:
        for kind in KINDS:
            vocabulary._cached(kind, other, build)
        assert [vocabulary._cached(kind, in_use, build) for kind in KINDS] == first
    assert len(built) == len(KINDS) * 4   # each pack's each kind built once

    for _ in range(vocabulary._PACKS_KEPT - 3):   # more packs than are kept: the least recently used goes
        vocabulary._cached(KINDS[0], base.model_copy(), build)
    assert vocabulary._cached(KINDS[0], others[0], build) == (len(built),)
    assert vocabulary._cached(KINDS[0], in_use, build) == first[0]
