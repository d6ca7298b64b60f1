"""Rule profiles (issue 14): the calculation rules of a PCR, as a TOML file.

    profile = load_profile("pact")              # a built-in: lca/data/rules/pact.toml
    profile = load_profile("customer-a.toml")   # a user's file (one per customer PCR)

A profile fixes the stages in the boundary, the cut-off rules (mass cut-off for parts
without a factor; emission cut-off per stage or of the total), the scrap allocation
(cut-off or end-of-life recycling), the GWP set, data-quality requirements and the
declared unit. Precedence (README "Rule profiles"): command line (`--gwp`, `--cutoff`)
> Settings sheet > profile > built-in defaults. The profile in force is named in every
output with the SHA-256 of its file.

The file is read strictly: at most `MAX_BYTES`, valid TOML (stdlib `tomllib`), every key
known, every value of its type and range. All problems are reported at once (exit 2),
each naming the file, the key and the fix.
"""

from __future__ import annotations

import errno
import hashlib
import math
from dataclasses import asdict
from pathlib import Path

from ..details import os_reason, technical
from ..errors import ProblemLog
from ..records import frozen
from .names import one_piece

STAGES = ("materials", "transport", "processing", "waste")
BUILTIN = ("default", "pact")
DEFAULT_NAME = "default"
MAX_BYTES = 64 * 1024  # a profile is a page of text; anything larger is refused unread
SCRAP_CHOICES = ("cut_off", "eol_recycling")
BASIS_CHOICES = ("stage", "total")
GWP_CHOICES = ("AR5", "AR6")
DEFAULT_EMISSION_PCT = 5.0

#: table -> key -> (type, low, high, choices): the whole format. `None` bounds are open.
SCHEMA: dict[str, dict[str, tuple[str, float | None, float | None, tuple[str, ...]]]] = {
    "": {"name": ("str", None, None, ()), "description": ("str", None, None, ()),
         "guideline": ("str", None, None, ())},
    "boundary": {"stages": ("stages", None, None, STAGES),
                 "declared_unit": ("str", None, None, ())},
    "cutoff": {"mass_pct": ("number", 0, 100, ()), "emission_pct": ("number", 0, 100, ()),
               "basis": ("choice", None, None, BASIS_CHOICES),
               "proxy_kg_co2e_per_kg": ("number", 0, 1e6, ())},
    "allocation": {"scrap": ("choice", None, None, SCRAP_CHOICES),
                   "recycling_rate_pct": ("number", 0, 100, ())},
    "impact": {"gwp": ("choice", None, None, GWP_CHOICES)},
    "quality": {"min_primary_data_pct": ("number", 0, 100, ()),
                "max_proxy_pct": ("number", 0, 100, ())},
}


@frozen
class RuleProfile:
    """The rules in force for one calculation (defaults: the built-in `default`)."""

    name: str = DEFAULT_NAME
    description: str = ""
    guideline: str = ""
    file: str = "built-in:default"  # `built-in:<name>` or the path as given
    sha256: str = ""
    origin: str = "default"  # command_line | settings | default
    stages: tuple[str, ...] = STAGES
    declared_unit: str | None = None
    mass_cutoff_pct: float | None = None
    emission_cutoff_pct: float = DEFAULT_EMISSION_PCT
    cutoff_basis: str = "stage"
    proxy_kg_co2e_per_kg: float | None = None  # a stated conservative value, else derived
    scrap_allocation: str = "cut_off"
    recycling_rate_pct: float = 100.0
    gwp: str | None = None
    min_primary_data_pct: float | None = None
    max_proxy_pct: float | None = None

    def to_dict(self) -> dict[str, object]:
        data = asdict(self)
        data["stages"] = list(self.stages)
        return data


def builtin_file(name: str) -> Path:
    from ..read.factors import builtin_path

    return builtin_path(f"rules/{name}.toml")


def is_file_spec(spec: str) -> bool:
    """`pact` names a built-in; `my.toml`, `rules/pact.toml`, `./x` are files."""
    return spec not in BUILTIN


def load_profile(spec: str | None, origin: str = "command_line",
                 base: Path | None = None) -> RuleProfile:
    """The profile `spec` names (a built-in name or a TOML file; a relative file from the
    Settings sheet is taken relative to the workbook's folder `base`). None: `default`.
    Bad files raise `InputError` listing every problem."""
    if spec is None or not str(spec).strip():
        return _load(builtin_file(DEFAULT_NAME), "built-in:default", "default")
    spec = str(spec).strip()
    if not is_file_spec(spec):
        return _load(builtin_file(spec), f"built-in:{spec}", origin)
    path = Path(spec).expanduser()
    if base is not None and not path.is_absolute():
        path = base / path
    return _load(path, spec, origin)


_LOADED: dict[tuple[object, ...], RuleProfile] = {}  # a batch reads one profile per BOM


def _load(path: Path, label: str, origin: str) -> RuleProfile:
    """The profile in `path`, parsed once per process while the file is unchanged (same
    size and modification time): a batch worker asks for it for every BOM."""
    try:
        info = path.stat()
        key: tuple[object, ...] | None = (str(path), label, origin, info.st_size,
                                          info.st_mtime_ns, info.st_ino)
    except OSError:
        key = None  # not there or unreadable: `_read` says which
    if key is not None and key in _LOADED:
        return _LOADED[key]
    profile = _parse(path, label, origin)
    if key is not None:
        _LOADED[key] = profile
    return profile


def _parse(path: Path, label: str, origin: str) -> RuleProfile:
    log = ProblemLog(label)
    data, raw = _read(path, label, log)
    log.raise_if_any()
    values = _validate(data, log)
    log.raise_if_any()
    return _profile(values, label, hashlib.sha256(raw).hexdigest(), origin)


def _read(path: Path, label: str, log: ProblemLog) -> tuple[dict[str, object] | None, bytes]:
    """The parsed file and its bytes (for the hash); None where it cannot be used. Read
    bounded by `small.read_small` (a folder, a FIFO, a device is never read; a file read
    is never replaced by an output: a profile the Settings sheet names)."""
    from .small import SmallFileError, read_small

    try:
        raw = read_small(path, MAX_BYTES)
    except SmallFileError as exc:
        if exc.errno == errno.ENOENT:
            log.add("rules.not_found", value=label, names=", ".join(BUILTIN))
        elif exc.errno == errno.EFBIG:
            log.add("rules.too_large", value=label, limit=f"{MAX_BYTES // 1024} KiB")
        else:
            log.add("rules.unreadable", value=label, reason=exc.reason)
        return None, b""
    except FileNotFoundError:  # (gone between the check and the open)
        log.add("rules.not_found", value=label, names=", ".join(BUILTIN))
        return None, b""
    except OSError as exc:
        log.add("rules.unreadable", value=label, reason=os_reason(exc))
        return None, b""
    import tomllib  # (on first use, ~3 ms: not paid by a command that reads no profile)

    try:
        return tomllib.loads(raw.decode("utf-8")), raw
    except UnicodeDecodeError:
        log.add("rules.not_utf8", value=label)
    except tomllib.TOMLDecodeError as exc:
        log.add("rules.syntax", value=label, detail=technical(exc))
    except (RecursionError, ValueError, MemoryError) as exc:
        # nesting deeper than the parser's stack, an integer of thousands of digits
        log.add("rules.syntax", value=label, detail=technical(type(exc).__name__))
    return None, raw


def _validate(data: dict[str, object] | None, log: ProblemLog) -> dict[str, object]:
    """`table.key` -> value, each checked against `SCHEMA`; problems to `log`."""
    values: dict[str, object] = {}
    if data is None:
        return values
    for name, value in data.items():
        if name in SCHEMA[""]:
            _check("", name, value, values, log)
        elif name in SCHEMA and name:
            if not isinstance(value, dict):
                log.add("rules.not_table", value=_show(value), key=name)
                continue
            for key, item in value.items():
                if key in SCHEMA[name]:
                    _check(name, key, item, values, log)
                else:
                    log.add("rules.unknown_key", value=_show(item), key=f"{name}.{key}",
                            known=", ".join(f"{name}.{k}" for k in SCHEMA[name]))
        else:
            log.add("rules.unknown_key", value=_show(value), key=name,
                    known=", ".join([*SCHEMA[""], *(f"[{t}]" for t in SCHEMA if t)]))
    return values


def _check(table: str, key: str, value: object, values: dict[str, object],
           log: ProblemLog) -> None:
    kind, low, high, choices = SCHEMA[table][key]
    dotted = f"{table}.{key}" if table else key
    if kind == "str":
        if not isinstance(value, str) or len(value) > 2000:
            log.add("rules.bad_type", value=_show(value), key=dotted, hint="rules.expect_text")
            return
        if key == "declared_unit" and not one_piece(value):
            log.add("rules.declared_unit", value=_show(value), key=dotted)
            return
    elif kind == "number":
        if isinstance(value, bool) or not isinstance(value, int | float):
            log.add("rules.bad_type", value=_show(value), key=dotted, hint="rules.expect_number")
            return
        if not math.isfinite(value) or not low <= value <= high:  # type: ignore[operator]
            log.add("rules.range", value=_show(value), key=dotted, low=f"{low:g}",
                    high=f"{high:g}")
            return
        if key == "proxy_kg_co2e_per_kg" and value == 0:
            # every excluded material estimated at 0: the emission rule would always hold
            log.add("rules.proxy_zero", value=_show(value), key=dotted)
            return
        value = float(value)
    elif kind == "choice":
        if not isinstance(value, str) or value not in choices:
            log.add("rules.bad_choice", value=_show(value), key=dotted,
                    choices=", ".join(f'"{c}"' for c in choices))
            return
    elif kind == "stages":
        if not isinstance(value, list) or not value:
            log.add("rules.bad_type", value=_show(value), key=dotted,
                    hint="rules.expect_stages")
            return
        bad = [v for v in value if not isinstance(v, str) or v not in choices]
        if bad or len(set(value)) != len(value):
            log.add("rules.bad_choice", value=_show(bad or value), key=dotted,
                    choices=", ".join(f'"{c}"' for c in choices))
            return
        value = tuple(s for s in STAGES if s in value)  # in the pipeline's order
    values[dotted] = value


def _show(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _profile(values: dict[str, object], label: str, sha256: str, origin: str) -> RuleProfile:
    default = RuleProfile()
    name = str(values.get("name") or Path(label.removeprefix("built-in:")).stem)
    return RuleProfile(
        name=name, description=str(values.get("description", "")),
        guideline=str(values.get("guideline", "")), file=label, sha256=sha256,
        origin=origin,
        stages=values.get("boundary.stages", default.stages),  # type: ignore[arg-type]
        declared_unit=values.get("boundary.declared_unit"),  # type: ignore[arg-type]
        mass_cutoff_pct=values.get("cutoff.mass_pct"),  # type: ignore[arg-type]
        emission_cutoff_pct=values.get("cutoff.emission_pct",  # type: ignore[arg-type]
                                       default.emission_cutoff_pct),
        cutoff_basis=values.get("cutoff.basis", default.cutoff_basis),  # type: ignore[arg-type]
        proxy_kg_co2e_per_kg=values.get("cutoff.proxy_kg_co2e_per_kg"),  # type: ignore[arg-type]
        scrap_allocation=values.get("allocation.scrap",  # type: ignore[arg-type]
                                    default.scrap_allocation),
        recycling_rate_pct=values.get("allocation.recycling_rate_pct",  # type: ignore[arg-type]
                                      default.recycling_rate_pct),
        gwp=values.get("impact.gwp"),  # type: ignore[arg-type]
        min_primary_data_pct=values.get("quality.min_primary_data_pct"),  # type: ignore[arg-type]
        max_proxy_pct=values.get("quality.max_proxy_pct"),  # type: ignore[arg-type]
    )
