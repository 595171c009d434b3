"""Problems with input, collected and reported all at once, each locatable and actionable."""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with the input: where, which field, what was given, why, how to fix."""

    file: str
    line: int = 0          # 1-based; 0 when unknown
    column: int = 0        # 1-based; 0 when unknown
    code: str = "invalid"
    field: str = ""
    input: str | None = None
    message: str = ""
    hint: str = ""

    def location(self) -> str:
        if self.line:
            return f"{self.file}:{self.line}:{self.column or 1}"
        return self.file

    def render(self) -> str:
        head = f"{self.location()}: error[{self.code}]"
        if self.field:
            head += f" {self.field}"
        lines = [head]
        detail = self.message
        if self.input is not None and self.input not in detail:
            detail = f"{self.input!r}: {detail}"
        lines.append(f"  {detail}")
        if self.hint:
            lines.append(f"  {self.hint}")
        return "\n".join(lines)


# The house style of a problem (docs/claim-files.md, "Errors"): the message says what is wrong,
# once; the hint says how to fix it. Both start in lower case (unless with a name or a quote)
# and end without a full stop; a hint is an instruction ("write ...", "add ...", "remove ...").
_FIX = re.compile(r"; (?=(?:write|use|give|add|remove|declare|put|name|split|save|pick|check|fix|rename|copy)\b)")
_ASKED = re.compile(r"^Did you mean '([^']*)'\?\s*")


def nearest(guess: str, what: str) -> str:
    """The hint for a name that is nearly one of the known names: `write 'homicides' if
    that is the metric meant`."""
    return f"write '{guess}' if that is the {what} meant"


def house_style(message: str, hint: str = "") -> tuple[str, str]:
    """(message, hint) in the house style: a fix written into the message after '; ' ("... is
    not a period phrase the auditor knows; write an ISO period ...") becomes the hint (it is
    the fix for this very input, more exact than a general one), "Did you mean 'x'?" becomes
    an instruction, and the leading capital and closing full stop go."""
    parts = _FIX.split(message.strip(), maxsplit=1)
    if len(parts) == 2:
        message, hint = parts
    hint = hint.strip()
    asked = _ASKED.match(hint)
    if asked:
        rest = hint[asked.end():].strip()
        hint = f"write '{asked.group(1)}' if that is what was meant" + (f"; {_no_stop(_lower(rest))}" if rest else "")
    return _no_stop(_lower(message.strip())), _no_stop(_lower(hint))


def _no_stop(text: str) -> str:
    return text[:-1] if text.endswith(".") and not text.endswith("..") else text


def _lower(text: str) -> str:
    """`text` with its first letter in lower case, unless the first word is a name in
    capitals ('UTF-8', 'CSV') or a quote."""
    word = text.split(" ", 1)[0]
    if word[:1].isupper() and (word[1:].islower() if len(word) > 1 else word != "I"):
        return text[0].lower() + text[1:]
    return text


@dataclass
class InputError(Exception):
    """Raised by the library when input is bad; carries every problem found, sorted."""

    problems: list[Problem] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.problems = sorted(set(self.problems))
        super().__init__(self.summary())

    def summary(self) -> str:
        files = len({p.file for p in self.problems})
        n = len(self.problems)
        return f"{n} error{'s' if n != 1 else ''} in {files} file{'s' if files != 1 else ''}; nothing was audited."

    def render(self) -> str:
        return "\n".join([*(p.render() for p in self.problems), self.summary()])
