"""Problems with input, collected and reported all at once, each locatable and actionable."""

from __future__ import annotations

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
