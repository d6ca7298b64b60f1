"""The fast path of `cfp calc`: the common command line parsed without typer.

Importing typer (and the pydantic that typer 0.2x imports) costs about as much as
computing a small BOM. `parse_calc` reads `cfp calc FILE... [options]` the way typer's
parser does (options anywhere between the files, `--opt value`, `--opt=value`, `-o
value`, `-ovalue`, `--` ending the options, the last of a repeated option winning,
`--factors` repeatable) and gives the same `CalcArgs`, which `calc_core.execute` runs as
for the typer command. Anything else returns None and goes to typer: --help, an unknown
option, a value typer would have to convert or refuse (`--top x`, `--format xml`, an
empty value...), a missing file argument. So every error message of the parser is
typer's (in the user's language, `cli/usage.py`), and an argv taken here means the same
as it would there; tests/test_cli.py runs both paths on the same command lines.
"""

from __future__ import annotations

import re
from pathlib import Path

from .calc_core import CalcArgs, Format

#: option -> (CalcArgs field, kind of value); the same names as cli/calc.py
OPTIONS: dict[str, tuple[str, str]] = {
    "--format": ("output_format", "format"), "-f": ("output_format", "format"),
    "--output": ("output", "path"), "-o": ("output", "path"),
    "--out": ("out_dir", "path"),
    "--report": ("report", "text"),
    "--factors": ("factors", "paths"),
    "--factor-columns": ("factor_columns", "text"),
    "--supplier-pcf": ("supplier_pcf", "paths"),
    "--meter-log": ("meter_log", "paths"),
    "--scenarios": ("scenarios", "path"),
    "--pact-extension": ("pact_extension", "text"),
    "--processes": ("processes", "path"),
    "--measurements": ("measurements", "path"),
    "--suppliers": ("suppliers", "path"),
    "--settings": ("settings", "path"),
    "--materials": ("materials", "path"),
    "--gwp": ("gwp", "text"),
    "--allow-missing": ("allow_missing", "flag"),
    "--cutoff": ("cutoff", "float"),
    "--rules": ("rules", "text"),
    "--strict": ("strict", "flag"),
    "--jobs": ("jobs", "int"), "-j": ("jobs", "int"),
    "--fail-above": ("fail_above", "float"),
    "--budgets": ("budgets", "path"),
    "--junit": ("junit", "path"),
    "--baseline": ("baseline", "path"),
    "--timestamp": ("timestamp", "text"),
    "--top": ("top", "int"),
    "--uncertainty": ("uncertainty", "int"),
    "--seed": ("seed", "int"),
    "--sensitivity": ("sensitivity", "float"),
    "--uncertainty-defaults": ("uncertainty_defaults", "path"),
    "--max-cells": ("max_cells", "positive"),
    "--max-unzipped-mb": ("max_unzipped_mb", "positive"),
    "--lang": ("lang", "lang"),
    "--debug": ("debug", "flag"),
}
#: numbers in the one spelling every parser reads alike; any other goes to typer
_INTEGER = re.compile(r"-?[0-9]{1,18}\Z")
_DECIMAL = re.compile(r"-?[0-9]{1,15}(\.[0-9]{1,15})?\Z")
_NOT_TAKEN = object()


def parse_calc(argv: list[str]) -> CalcArgs | None:
    """The options of `cfp calc` (the words after `calc`), or None for typer to parse."""
    if "--help" in argv:
        return None
    values: dict[str, object] = {}
    boms: list[Path] = []
    options_end = False
    at = 0
    while at < len(argv):
        token = argv[at]
        at += 1
        if options_end or not token.startswith("-"):
            if not token:
                return None
            boms.append(Path(token))
            continue
        if token == "--":
            options_end = True
            continue
        if token.startswith("--"):
            name, equals, inline = token.partition("=")
            given = inline if equals else None
        else:  # a short option: `-o FILE` or `-oFILE`
            name, given = token[:2], token[2:] or None
        spec = OPTIONS.get(name)
        if spec is None:
            return None
        field, kind = spec
        if kind == "flag":
            if given is not None:
                return None  # `--debug=1`: typer says it takes no value
            values[field] = True
            continue
        if given is None:
            if at >= len(argv):
                return None  # typer says the option needs a value
            given = argv[at]
            at += 1
        value = _convert(kind, given)
        if value is _NOT_TAKEN:
            return None
        if kind == "paths":
            values.setdefault(field, []).append(value)  # type: ignore[union-attr]
        else:
            values[field] = value
    if not boms:
        return None
    return CalcArgs(boms=boms, **values)  # type: ignore[arg-type]


def _convert(kind: str, text: str) -> object:
    if not text:
        return _NOT_TAKEN
    if kind in ("path", "paths"):
        return Path(text)
    if kind == "text":
        return text
    if kind in ("int", "positive"):
        if not _INTEGER.match(text) or (kind == "positive" and int(text) < 1):
            return _NOT_TAKEN
        return int(text)
    if kind == "float":
        return float(text) if _DECIMAL.match(text) else _NOT_TAKEN
    if kind == "format":
        return Format(text) if text in Format.__members__ else _NOT_TAKEN
    if kind == "lang":
        return text if text in ("ja", "en") else _NOT_TAKEN
    raise ValueError(kind)  # pragma: no cover - a kind missing above
