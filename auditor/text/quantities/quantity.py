"""`Quantity`: one figure found in text, with its qualifier, direction, unit and written precision."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Quantity:
    """A quantity found in text.

    `start`/`end` are character offsets (text[start:end] == `text`) covering the
    qualifier, the number and its unit symbol ("more than 1,500", "29 to 32 percent").
    `value` and `high` are Decimal strings at written precision ("1,500" -> "1500",
    "5.10" -> "5.10"); `high` is set for ranges. `precision` is the unit of the last
    written digit or word ("2,000" -> "1", "1.5 million" -> "100000", "two hundred" ->
    "100"), `decimals` the decimal places written, `written` the number as written.
    """

    start: int
    end: int
    text: str
    value: str
    high: str | None = None
    qualifier: str = "exact"
    direction: str | None = None
    change: str = "="
    unit: str | None = None
    precision: str = "1"
    decimals: int = 0
    written: str = ""
    vague: bool = False

    @property
    def label(self) -> str:
        """The value as NewsQuant writes it: "2000", or "200-300" for a range."""
        return self.value if self.high is None else f"{self.value}-{self.high}"
