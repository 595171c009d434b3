"""`Atom`: one number as read, with its currency, multiplier and unit, before its context is read."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass
class Atom:
    first: int                 # first token (currency or sign included)
    number_first: int          # first token of the number itself
    last: int                  # one past the number (multiplier included)
    end: int                   # one past the unit symbol / percent word
    value: Decimal
    precision: Decimal
    decimals: int = 0
    digits: bool = True
    plain: bool = False        # bare integer written without separator, decimals or scale
    scaled: bool = False
    multiplier: int = 1
    currency: str | None = None
    unit: str | None = None    # percent, currency word or unit symbol read with the number
    high: Decimal | None = None
    vague: bool = False
    fraction: bool = False
    plus_sign: bool = False
    negative: bool = False
    code: bool = False         # digits glued to letters that are no unit ("9AB8")
    words: tuple[str, ...] = ()  # the number words read, for word atoms
    skip: bool = False         # read only to be passed over (a date, a time, a code)


def skipped(first: int, last: int) -> Atom:
    return Atom(first=first, number_first=first, last=last, end=last, value=Decimal(0),
                 precision=Decimal(1), skip=True)
