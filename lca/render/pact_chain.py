"""The PACT version chain: a new footprint replaces the earlier one in the output folder.

    pact_files(result, created, lang, out_dir, "bom-pact.json")
    # -> [("bom-<old id>-pact.json", old footprint, Deprecated), ("bom-pact.json", new)]

PACT v3 footprints are immutable: a changed calculation is a new footprint with a new
id, listing the ids it replaces in `precedingPfIds`, and the old one becomes
`Deprecated`. When `--out` already holds an Active footprint of the same product (a
`*pact*.json` sharing one of its productIds) that says something else (`pact.identity`:
any figure, the input's hash, the cfp version...), the new footprint lists the old id
and the old one's own precedingPfIds, and the old footprint is written back with status
Deprecated: in place, or, when the new file takes its name, beside it as
`<stem>-<old id>-pact.json`. Unchanged inputs give the same footprint: same id, same
precedingPfIds, no deprecation (byte-identical with a pinned --timestamp).

Every file is written by `write_reports` as one set (`output.atomic_set`: all renamed
into place only when all are written, the deprecated copies first, the new footprint
last): an interrupted run leaves the old footprint Active where it was. Files that are
inputs of the run (e.g. a folder given to --supplier-pcf) are never rewritten; folders
other than `out_dir` are not searched.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..aggregate.result import Result
from .pact import footprint_bytes, identity, to_pact

#: larger files in the output folder are not footprints cfp wrote (one is ~10 kB)
MAX_BYTES = 4 << 20
PATTERN = "*pact*.json"
SUFFIX = "-pact.json"


@dataclass
class Earlier:
    """An Active footprint of the same product found in the output folder."""

    path: Path
    footprint: dict[str, object]


def pact_files(result: Result, created: datetime, lang: str, out_dir: Path | None,
               name: str) -> list[tuple[str, bytes]]:
    """(file name in `out_dir`, bytes) of the new footprint and of each deprecated one."""
    fresh = to_pact(result, created=created, lang=lang)
    earlier = active_footprints(out_dir, fresh) if out_dir is not None else []
    preceding: list[str] = []
    replaced: list[Earlier] = []
    for old in earlier:
        ids = _uuids(old.footprint.get("precedingPfIds"))
        if identity(old.footprint) == identity(fresh) or old.footprint["id"] == fresh["id"]:
            # (the same id: Settings PACT id pins it, the user says it is the same)
            preceding += ids  # the same footprint again: its chain stays
        else:
            preceding += [*ids, *_uuids([old.footprint["id"]])]
            replaced.append(old)
    preceding = [i for i in dict.fromkeys(preceding) if i != fresh["id"]]
    final = to_pact(result, created=created, lang=lang, preceding=preceding) \
        if preceding else fresh
    files = [(_deprecated_name(old, name), footprint_bytes(deprecated(old.footprint)))
             for old in replaced if old.footprint["id"] != final["id"]]
    return [*files, (name, footprint_bytes(final))]


def deprecated(footprint: dict[str, object]) -> dict[str, object]:
    """The footprint as it was, with status Deprecated (its key order kept)."""
    return {**footprint, "status": "Deprecated"}


def active_footprints(out_dir: Path, fresh: dict[str, object]) -> list[Earlier]:
    """The Active PACT v3 footprints in `out_dir` sharing a productId with `fresh`, by
    file name; files that are not footprints (or inputs of this run) are skipped."""
    import orjson

    from ..output import _is_protected

    products = set(fresh["productIds"])  # type: ignore[call-overload]
    found = []
    folder = Path(out_dir)
    if not folder.is_dir():
        return []
    for path in sorted(folder.glob(PATTERN)):
        try:
            if not path.is_file() or path.stat().st_size > MAX_BYTES or _is_protected(path):
                continue
            data = orjson.loads(path.read_bytes())
        except (OSError, orjson.JSONDecodeError):
            continue
        if _same_product(data, products):
            found.append(Earlier(path, data))
    return found


def _same_product(data: object, products: set[object]) -> bool:
    if not isinstance(data, dict) or data.get("status") != "Active":
        return False
    if not str(data.get("specVersion", "")).startswith("3.") or not _uuids([data.get("id")]):
        return False
    ids = data.get("productIds")
    return isinstance(ids, list) and bool(products.intersection(map(str, ids)))


def _uuids(values: object) -> list[str]:
    """The UUIDs of a list as written (a hand-edited file may hold anything else)."""
    import uuid

    found = []
    for value in values if isinstance(values, list) else []:
        try:
            found.append(str(uuid.UUID(value)) if isinstance(value, str) else None)
        except ValueError:
            continue
    return [v for v in found if v is not None]


def _deprecated_name(old: Earlier, name: str) -> str:
    """In place, unless the new footprint takes the old one's file name: then
    `<stem>-<old id>-pact.json`, which `cfp serve` serves as well (a buyer may still
    ask for the old version by its id)."""
    if old.path.name != name:
        return old.path.name
    base = name[:-len(SUFFIX)] if name.endswith(SUFFIX) else Path(name).stem
    return f"{base}-{old.footprint['id']}{SUFFIX}"
