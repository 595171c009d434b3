"""The shared base of every model: validated, frozen, no unknown fields; and the hook through
which the fields that need a rule pack are validated.

A claim's metric and place are names from the pack's vocabulary, and its value and change
are phrases read with the pack's qualifier words. The models do not import the layer that
knows the pack: a loader passes its validators in pydantic's validation context, as
`{"pack": pack, "vocabulary": validators}` (auditor/loading/vocabulary.py is one), and every
problem in a file is still collected in one validation pass.
"""

from __future__ import annotations

from typing import Any, Protocol

from pydantic import BaseModel, ConfigDict, ValidationInfo
from pydantic_core import PydanticCustomError


class Frozen(BaseModel):
    """A validated, immutable record that rejects fields it does not know."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Vocabulary(Protocol):
    """The pack-aware field validators a loader passes in the validation context."""

    def canonical_metric(self, value: Any, info: ValidationInfo) -> Any: ...
    def canonical_place(self, value: Any, info: ValidationInfo) -> Any: ...
    def amount_phrase(self, value: Any, info: ValidationInfo) -> Any: ...
    def change_phrase(self, value: Any, info: ValidationInfo) -> Any: ...


# A model validated with no vocabulary in its context (built directly, or a report read back)
# is read with the bundled pack's validators: this module names them, and imports them only
# then, so that importing the models imports nothing above them.
DEFAULT_VOCABULARY = "auditor.loading.vocabulary"
_default: list[Vocabulary] = []


def vocabulary(info: ValidationInfo) -> Vocabulary:
    """The validators of the pack a record is read with (see the module's docstring)."""
    context = info.context
    if context:
        found = context.get("vocabulary")
        if found is not None:
            return found
    if not _default:
        import importlib
        _default.append(importlib.import_module(DEFAULT_VOCABULARY))
    return _default[0]


def fail(code: str, message: str, hint: str = "") -> PydanticCustomError:
    """A validation error with our code, message and hint (the loader reports all three)."""
    return PydanticCustomError(code, "{message}", {"message": message, "hint": hint})


def period_text(value: Any) -> Any:
    """YAML reads 2018 as a number and 2021-08-02 as a date; periods are phrases."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return str(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value
