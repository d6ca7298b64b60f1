"""Browsing factors and material mappings: the library side of `cfp factors` and
`cfp materials`.

Both go through the same loaders as `calculate`, so what a user browses is exactly what a
calculation would use (same precedence, same unit conversion, same grade map).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from ..api import Options
from ..errors import ProblemLog
from ..frame import factorize, fill
from ..read.factors import FactorRow, FactorTable, load_factors
from ..read.materials import PURCHASED_COMPONENTS, load_material_map
from ..read.textnorm import lookup_key
from ..read.workbook import open_workbook

FACTOR_FIELDS = ["key", "name", "name_ja", "factor", "unit", "unit_given", "factor_given",
                 "data_type", "source", "source_ref", "licence", "geography",
                 "reference_year", "origin", "aliases", "note"]
#: The fields `factor_records` searches, in their normalised form (`lookup_key`).
SEARCH_FIELDS = ("key", "name", "name_ja", "aliases", "source", "note")


def load_table(options: Options, bom: Path | None = None) -> tuple[FactorTable, ProblemLog]:
    """Built-in < --factors files < the factor sheet of `bom` (when given)."""
    log = ProblemLog(str(bom) if bom else "")
    book = open_workbook(bom, limits=options.limits) if bom else None
    table = load_factors(book, options.factor_files, log, (options.gwp or "AR6").upper(),
                         options.factor_columns, limits=options.limits)
    return table, log


def factor_records(table: FactorTable, term: str | None = None,
                   dimension: str | None = None) -> list[dict[str, object]]:
    """Rows sorted by key; `term` filters on key, names, aliases, source and note."""
    rows = list(table.records.values())
    if dimension == "component":  # the purchased-component categories (issue 15)
        rows = [r for r in rows if r.get("key") in PURCHASED_COMPONENTS]
    elif dimension:
        rows = [r for r in rows if r.get("dimension") == dimension]
    if term:
        needle = lookup_key(term)
        rows = [r for r in rows if any(needle in lookup_key(_text(r.get(f)))
                                       for f in SEARCH_FIELDS)]
    rows.sort(key=lambda r: str(r["key"]))
    return [_record(r) for r in rows]


def factor_record(table: FactorTable, name: str) -> dict[str, object] | None:
    row = table.find(name)
    return None if row is None else _record(row)


def _text(value: object) -> str:
    return "" if value is None or (isinstance(value, float) and value != value) else str(value)


def _record(row: FactorRow) -> dict[str, object]:
    record = {}
    for name in FACTOR_FIELDS:
        value = row.get(name)
        if isinstance(value, float) and value != value:
            value = None
        if name in ("factor", "factor_given") and value is not None:
            value = float(value)  # type: ignore[arg-type]
        record[name] = value
    record["builtin"] = bool(row.get("builtin"))
    return record


def category_records(table: FactorTable, lang: str) -> list[dict[str, object]]:
    """The built-in categories (`cfp materials` without a workbook): key, names, the
    spellings a 分類 cell may use, whether a purchased component, and its factor."""
    out = []
    for key, row in load_material_map().categories.items():
        factor = table.find(key)
        out.append({
            "category": key, "name": row["name_ja" if lang == "ja" else "name_en"],
            "aliases": [a for a in row["aliases"].split("|") if a],
            "component": key in PURCHASED_COMPONENTS,
            "factor_key": None if factor is None else factor["key"],
            "factor": None if factor is None else float(factor["factor"]),
            "unit": None if factor is None else factor["unit"],
            "data_type": None if factor is None else factor.get("data_type")})
    return out


def material_mapping(path: Path, options: Options | None = None,
                     lang: str = "en") -> list[dict[str, object]]:
    """How each grade/category of a BOM maps: category (its name in `lang`), factor,
    source, or none; one row per (grade, category, matched_by), sorted so.

    Reads and resolves the BOM with the calculation's own functions (`api.read_inputs`,
    `resolve.material_factors`), so the factor listed is the one `calculate` takes, but
    never fails on an unmapped material: that is what this listing is for. Other
    problems of the workbook are not reported here.
    """
    from ..api import read_inputs
    from ..resolve.precedence import material_factors

    inputs = read_inputs(path, options or Options(), ProblemLog(str(path)))
    parts, factors, materials = inputs.parts, inputs.factors, inputs.materials
    leaves = parts.take(~parts["is_assembly"])
    match = material_factors(leaves, factors, materials)
    mass = np.nan_to_num(fill(leaves["raw_kg"], leaves["net_kg"]).astype(float)
                         * leaves["total_quantity"])
    keys = [fill(leaves["grade"], "-"), fill(leaves["category_key"], "-"), match.matched_by]
    group, firsts = _groups(keys)
    count = np.bincount(group, minlength=len(firsts))
    mass_sum = np.bincount(group, weights=mass, minlength=len(firsts))
    out = []
    for g, first in enumerate(firsts):
        grade, category, matched = (k[first] for k in keys)
        found = match.key[group == g]
        fkey = next((k for k in found.tolist() if k is not None), None)
        out.append(_mapping(factors.records[fkey] if fkey is not None else None, grade,
                            category, matched, int(count[g]), float(mass_sum[g]), materials,
                            lang))
    order = sorted(range(len(out)), key=lambda i: _sort_key(out[i]))
    return [out[i] for i in order]


def _groups(keys: list[np.ndarray]) -> tuple[np.ndarray, list[int]]:
    """Group number per row for the combinations of `keys`, and each group's first row."""
    combined = np.zeros(len(keys[0]), dtype=np.int64)
    for values in keys:
        codes, uniques = factorize(values)
        combined = combined * (len(uniques) + 1) + codes + 1
    _, first, group = np.unique(combined, return_index=True, return_inverse=True)
    return group.ravel(), first.tolist()


def _sort_key(row: dict[str, object]) -> tuple[object, ...]:
    """The listing's order: by grade, category, then how it matched (none last)."""
    matched = row["matched_by"]
    return (str(row["grade"]), str(row["category"]), matched is None, str(matched or ""))


def _mapping(row: FactorRow | None, grade: object, category: object, matched: object,
             parts: int, mass_kg: float, materials: object, lang: str) -> dict[str, object]:
    return {
        "grade": grade, "category": category,
        "category_name": materials.category_name(category, lang)  # type: ignore[attr-defined]
        if category != "-" else None,
        "parts": parts, "mass_kg": mass_kg, "matched_by": matched or None,
        "factor_key": None if row is None else row["key"],
        "factor": None if row is None else float(row["factor"]),  # type: ignore[arg-type]
        "unit": None if row is None else row["unit"],
        "data_type": None if row is None else row["data_type"],
        "source": None if row is None else row["source"],
        "origin": None if row is None else row["origin"],
    }
