"""The values of one type at the top of every drafting module, by module and name: the patterns the
fast-path laws (`tests/text/test_led_pattern.py`, `tests/text/test_word_runs.py`) hold over."""

from __future__ import annotations

import importlib
import pkgutil
from typing import TypeVar

import auditor.draft

T = TypeVar("T")


def drafting_values(kind: type[T]) -> dict[str, T]:
    """Every value of type `kind` at the top of a drafting module, named "module.name"."""
    found = {}
    for info in pkgutil.iter_modules(auditor.draft.__path__, "auditor.draft."):
        module = importlib.import_module(info.name)
        found.update({f"{info.name}.{name}": value for name, value in vars(module).items() if isinstance(value, kind)})
    return found
