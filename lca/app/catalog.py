"""Browsing factors and material mappings: the library side of `cfp factors` and
`cfp materials`.

Both go through the same loaders as `calculate`, so what a user browses is exactly what a
calculation would use (same precedence, same unit conversion, same grade map).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..api import Options
from ..errors import ProblemLog
from ..read.factors import FactorTable, load_factors
from ..read.textnorm import lookup_key
from ..read.workbook import open_workbook

FACTOR_FIELDS = ["key", "name", "name_ja", "factor", "unit", "unit_given", "factor_given",
                 "data_type", "source", "source_ref", "licence", "geography",
                 "reference_year", "origin", "aliases", "note"]


def load_table(options: Options, bom: Path | None = None) -> tuple[FactorTable, ProblemLog]:
    """Built-in < --factors files < the factor sheet of `bom` (when given)."""
    log = ProblemLog(str(bom) if bom else "")
    book = open_workbook(bom, limits=options.limits) if bom else None
    table = load_factors(book, options.factor_files, log, (options.gwp or "AR6").upper(),
                         options.factor_columns)
    return table, log


def factor_records(table: FactorTable, term: str | None = None,
                   dimension: str | None = None) -> list[dict[str, object]]:
    """Rows sorted by key; `term` filters on key, names, aliases and source."""
    rows = table.rows
    if dimension:
        rows = rows[rows["dimension"] == dimension]
    if term:
        needle = lookup_key(term)
        text = rows[["key", "name", "name_ja", "aliases", "source", "note"]].fillna("").astype(
            str)
        hay = text.apply(lambda col: col.map(lookup_key))
        rows = rows[hay.apply(lambda col: col.str.contains(needle, regex=False)).any(axis=1)]
    rows = rows.sort_values("key")
    return [_record(r) for _, r in rows.iterrows()]


def factor_record(table: FactorTable, name: str) -> dict[str, object] | None:
    row = table.find(name)
    return None if row is None else _record(row)


def _record(row: pd.Series | dict[str, object]) -> dict[str, object]:
    record = {}
    for name in FACTOR_FIELDS:
        value = row.get(name)
        if isinstance(value, float) and pd.isna(value):
            value = None
        if name in ("factor", "factor_given") and value is not None:
            value = float(value)
        record[name] = value
    record["builtin"] = bool(row.get("builtin"))
    return record


def material_mapping(path: Path, options: Options | None = None) -> list[dict[str, object]]:
    """How each grade/category of a BOM maps: category, factor, source, or none.

    Reads and resolves the BOM with the calculation's own functions (`api.read_inputs`,
    `resolve.material_factors`), so the factor listed is the one `calculate` takes, but
    never fails on an unmapped material: that is what this listing is for. Other
    problems of the workbook are not reported here.
    """
    from ..api import read_inputs
    from ..resolve.precedence import material_factors

    inputs = read_inputs(path, options or Options(), ProblemLog(str(path)))
    parts, factors, materials = inputs.parts, inputs.factors, inputs.materials
    leaf_rows = parts.take(~parts["is_assembly"])
    match = material_factors(leaf_rows, factors, materials)
    leaves = leaf_rows.to_pandas()
    leaves["factor_key"], leaves["matched_by"] = match.key, match.matched_by
    leaves["mass_kg"] = leaves["raw_kg"].fillna(leaves["net_kg"]) * leaves["total_quantity"]
    leaves["grade"] = leaves["grade"].fillna("-")
    leaves["category_key"] = leaves["category_key"].fillna("-")
    groups = leaves.groupby(["grade", "category_key", "matched_by"], sort=True, dropna=False)
    out = []
    for (grade, category, matched), group in groups:
        fkey = group["factor_key"].dropna()
        row = factors.records[fkey.iloc[0]] if len(fkey) else None
        out.append({
            "grade": grade, "category": category,
            "category_name": materials.category_name(category, "en") if category != "-"
            else None,
            "parts": int(len(group)), "mass_kg": float(group["mass_kg"].sum()),
            "matched_by": matched or None,
            "factor_key": None if row is None else row["key"],
            "factor": None if row is None else float(row["factor"]),
            "unit": None if row is None else row["unit"],
            "data_type": None if row is None else row["data_type"],
            "source": None if row is None else row["source"],
            "origin": None if row is None else row["origin"],
        })
    return out
