"""Defaults for `auditor audit` from a config file: `[tool.auditor]` in a pyproject.toml, or
the top level of an auditor.toml, in the current folder or the nearest parent that has one
(an auditor.toml before a pyproject.toml in the same folder). Options given on the command
line win. Paths in the file (`rules`, `baseline`) are relative to the file's folder.

    [tool.auditor]
    rules = "desk-pack"                 # a pack folder extending the bundled one
    fail-on = "tension"                 # tension, hard-tension or never
    select = ["TN"]                     # rule ids, id prefixes, rule names or finding kinds
    ignore = ["implied", "NC002"]
    baseline = "auditor-baseline.json"
    format = "github"
    cluster = "tcp://scheduler:8786"    # audit on a Dask cluster (docs/cluster.md); "off" for this machine
    budget = 50000000                   # z3 resource units per solver question (README, "Solver budget")
    deadline = 600                      # seconds the audit may take; past it, blocks are undetermined
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, NamedTuple

from auditor.baseline import FAIL_ON
from auditor.errors import InputError, Problem

FILES = ("auditor.toml", "pyproject.toml")
KEYS = ("rules", "fail-on", "select", "ignore", "baseline", "format", "cluster", "budget", "deadline")
_PATHS = ("rules", "baseline")
_LISTS = ("select", "ignore")


class Config(NamedTuple):
    """The checked settings of one config file; its paths as seen from the folder it was looked for from."""

    file: str
    values: Mapping[str, Any]


class Settings(NamedTuple):
    """What `auditor audit` runs with, and where each came from (an option, a config file, the default)."""

    format: str
    fail_on: str
    rules: str | None
    select: tuple[str, ...]
    ignore: tuple[str, ...]
    baseline: str | None
    origins: Mapping[str, str]
    cluster: str | None = None          # a Dask scheduler's address or local:N (auditor/cluster.py)
    budget: int | None = None           # z3 resource units per solver question (None: the default)
    deadline: float | None = None       # seconds the audit may take (None: no deadline)


DEFAULTS: Mapping[str, Any] = {"format": "terminal", "fail-on": "hard-tension", "rules": None, "select": (),
                               "ignore": (), "baseline": None, "cluster": None, "budget": None, "deadline": None}


def find_config(start: Path) -> Path | None:
    """The config file nearest to `start`: an auditor.toml, or a pyproject.toml that has a
    [tool.auditor] table (one without is passed over, as are unreadable ones that never mention it)."""
    start = start.resolve()
    for folder in (start, *start.parents):
        for name in FILES:
            path = folder / name
            if not path.is_file():
                continue
            if name == "auditor.toml" or "[tool.auditor]" in _text(path) or _has_table(path):
                return path
    return None


def load_config(start: Path, formats: Iterable[str] = ()) -> Config | None:
    """The checked settings of the config file nearest to `start`, or None when there is none.
    Raises InputError naming the file (and line, where it can be found) for a file that is not
    TOML, an unknown key or a bad value; `formats` are the report formats a `format` may name."""
    path = find_config(start)
    if path is None:
        return None
    text = _text(path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        where = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        raise InputError([Problem(file=str(path), line=int(where[1]) if where else 0,
                                  column=int(where[2]) if where else 0, code="config-invalid",
                                  message=f"not TOML: {str(exc).split(' (at line')[0]}",
                                  hint="see https://toml.io for the syntax")]) from None
    table = data if path.name == "auditor.toml" else data.get("tool", {}).get("auditor", {})
    prefix = "" if path.name == "auditor.toml" else "tool.auditor."
    formats = tuple(formats)
    problems: list[Problem] = []
    values: dict[str, Any] = {}

    def bad(key: str, message: str, hint: str, value: Any = None) -> None:
        line = _line_of(text, key)
        problems.append(Problem(file=str(path), line=line, column=1 if line else 0, code="config-invalid",
                                field=prefix + key, input=None if value is None else str(value),
                                message=message, hint=hint))

    if not isinstance(table, dict):
        bad("auditor", "[tool.auditor] must be a table", "write it as a [tool.auditor] section")
        raise InputError(problems)
    for key, value in table.items():
        if key not in KEYS:
            bad(key, f"'{key}' is not a setting of the auditor", f"settings: {', '.join(KEYS)}")
        elif key in _PATHS:
            if isinstance(value, str) and value:
                values[key] = _shown(path.parent / value, start.resolve())
            else:
                bad(key, f"{key} must be a path (a string)", f'e.g. {key} = "{_EXAMPLES[key]}"', value)
        elif key in _LISTS:
            items = [value] if isinstance(value, str) else value
            if isinstance(items, list) and all(isinstance(v, str) for v in items):
                values[key] = tuple(items)
            else:
                bad(key, f"{key} must be a list of strings", f'e.g. {key} = ["TN004", "not-comparable"]', value)
        elif key == "fail-on":
            if value in FAIL_ON:
                values[key] = value
            else:
                bad(key, f"'{value}' is not a level to fail on", f"use one of: {', '.join(FAIL_ON)}", value)
        elif key == "format":
            if isinstance(value, str) and (not formats or value in formats):
                values[key] = value
            else:
                bad(key, f"'{value}' is not a report format", f"use one of: {', '.join(formats)}", value)
        elif key == "cluster":
            if isinstance(value, str) and value:
                values[key] = value
            else:
                bad(key, "cluster must be a Dask scheduler's address or local:N (a string)",
                    'e.g. cluster = "tcp://scheduler:8786", or "off"', value)
        elif key == "budget":
            if isinstance(value, int) and not isinstance(value, bool) and value >= 1:
                values[key] = value
            else:
                bad(key, "budget must be a whole number of z3 resource units, at least 1",
                    "e.g. budget = 50000000 (the default); raise it when findings are undetermined", value)
        elif key == "deadline":
            if isinstance(value, (int, float)) and not isinstance(value, bool) and value >= 0:
                values[key] = float(value)
            else:
                bad(key, "deadline must be a number of seconds, at least 0",
                    "e.g. deadline = 600; leave it out for no deadline", value)
    if problems:
        raise InputError(problems)
    return Config(str(path), values)


def settings(given: Mapping[str, Any], config: Config | None) -> Settings:
    """Each setting from the command line (`given`: None or empty when not given), else the
    config file, else the default; `origins` names where each came from, for errors."""
    chosen: dict[str, Any] = {}
    origins: dict[str, str] = {}
    for key in KEYS:
        value = given.get(key)
        if value not in (None, (), []):
            chosen[key], origins[key] = (tuple(value) if key in _LISTS else value), f"--{key}"
        elif config is not None and key in config.values:
            chosen[key], origins[key] = config.values[key], config.file
        else:
            chosen[key], origins[key] = DEFAULTS[key], f"--{key}"
    return Settings(chosen["format"], chosen["fail-on"], chosen["rules"], chosen["select"], chosen["ignore"],
                    chosen["baseline"], origins, chosen["cluster"], chosen["budget"], chosen["deadline"])


_EXAMPLES = {"rules": "desk-pack", "baseline": "auditor-baseline.json"}


def _shown(path: Path, start: Path) -> str:
    """A path relative to `start` when it lies inside it (as a person would type it), else absolute."""
    try:
        return str(path.relative_to(start))
    except ValueError:
        return str(path)


def _text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ""


def _has_table(path: Path) -> bool:
    try:
        return isinstance(tomllib.loads(_text(path)).get("tool", {}).get("auditor"), dict)
    except tomllib.TOMLDecodeError:
        return False


def _line_of(text: str, key: str) -> int:
    """The line of `key = ...` (1-based), or 0: tomllib does not say where a value is."""
    pattern = re.compile(rf"""^\s*["']?{re.escape(key)}["']?\s*=""")
    for n, line in enumerate(text.splitlines(), 1):
        if pattern.match(line):
            return n
    return 0
