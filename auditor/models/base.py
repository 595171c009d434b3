"""The shared base of every model: validated, frozen, no unknown fields."""

from pydantic import BaseModel, ConfigDict


class Frozen(BaseModel):
    """A validated, immutable record that rejects fields it does not know."""

    model_config = ConfigDict(frozen=True, extra="forbid")
