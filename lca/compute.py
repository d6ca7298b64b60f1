"""Inventory analysis: one row per flow (activity amount x factor), for the whole BOM.

Named stages, each pure and vectorised over the BOM:
`material_flows`, `transport_flows`, `processing_flows`, `waste_flows`. Each returns a
frame in the `FLOW_COLUMNS` shape, so the inventory is their concatenation and every
result figure is a sum over it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .bom import Bom
from .errors import ProblemLog
from .factors import FactorTable
from .masters import Masters
from .materials import MaterialMap
from .textnorm import cell_ref, header_key, map_unique

FLOW_COLUMNS = ["row", "part_number", "stage", "flow", "process", "amount", "unit", "factor",
                "factor_unit", "factor_key", "factor_source", "factor_ref", "factor_origin",
                "data_type",
                "energy_basis", "kg_co2e"]
STAGES = ["materials", "transport", "processing", "waste"]


@dataclass
class Notes:
    """Warnings (message key + params) and excluded items gathered while computing."""

    warnings: list[tuple[str, dict[str, object]]] = field(default_factory=list)
    excluded: list[dict[str, object]] = field(default_factory=list)

    def warn(self, key: str, **params: object) -> None:
        self.warnings.append((key, params))


def _frame(columns: dict[str, object], index: pd.Index) -> pd.DataFrame:
    """A flow frame whose text columns are plain object arrays.

    pandas 3 stores inferred text as Arrow strings; the inventory is concatenated,
    reindexed and turned into Python lists, and every such step then converts between
    Arrow and objects (measured: ~1.5 s of a 100,000-row BOM). Numbers stay float/int."""
    out = {}
    for name, values in columns.items():
        if values is None or isinstance(values, str):
            text = np.full(len(index), values, dtype=object)
        elif isinstance(values, np.ndarray) and values.dtype.kind in "USO":
            text = values.astype(object)
        elif isinstance(values, pd.Series) and values.dtype.kind not in "biufcmM":
            text = values.to_numpy(dtype=object)
        else:
            out[name] = values.to_numpy() if isinstance(values, (pd.Series, pd.Index)) \
                else values
            continue
        out[name] = pd.Series(text, index=index, dtype=object)
    return pd.DataFrame(out, index=index)


def _factor_columns(table: FactorTable, keys: pd.Series) -> pd.DataFrame:
    """Factor value, unit, source... for a Series of canonical keys (None -> NaN row)."""
    rows = table.rows.reindex(keys.fillna("\0").to_numpy())
    rows.index = keys.index
    return _frame({
        "factor": rows["factor"].astype(float),
        "factor_unit": rows["unit"],
        "dimension": rows["dimension"],
        "factor_key": rows["key"],
        "factor_source": rows["source"],
        "factor_ref": rows["source_ref"],
        "factor_origin": rows["origin"],
        "factor_type": rows["data_type"],
        "builtin": rows["builtin"].astype(object),
    }, keys.index)


def assign_categories(parts: pd.DataFrame, materials: MaterialMap) -> pd.Series:
    """Category key per row: the 分類 column (known spelling or as written), else the
    grade map."""
    explicit = map_unique(parts["category"], lambda c: materials.category_key(c) or c)
    from_grade = map_unique(parts["grade"], materials.category_of_grade)
    return explicit.fillna(from_grade)


def material_factor_keys(leaves: pd.DataFrame, factors: FactorTable,
                         materials: MaterialMap) -> tuple[pd.Series, np.ndarray]:
    """Factor key per part and how it was found: part number > grade > category."""
    by_part = factors.lookup(leaves["part_number"])
    by_grade = factors.lookup(map_unique(
        leaves["grade"], lambda g: _grade_factor_name(g, factors, materials)))
    by_category = factors.lookup(leaves["category_key"])
    key = by_part.fillna(by_grade).fillna(by_category)
    matched_by = np.select([by_part.notna(), by_grade.notna(), by_category.notna()],
                           ["part_number", "grade", "category"], default="")
    return key, matched_by


def material_flows(bom: Bom, parts: pd.DataFrame, factors: FactorTable,
                   materials: MaterialMap, log: ProblemLog, notes: Notes,
                   allow_missing: bool, cutoff_pct: float | None = None) -> pd.DataFrame:
    """Leaf parts: total qty x mass x factor (per kg), or total qty x factor (per piece).

    Parts with no factor are an error, unless `allow_missing`, or unless together they
    weigh at most `cutoff_pct` % of the product (the mass cut-off rule of many PCRs):
    then they are excluded and listed as cut off."""
    leaves = parts[~parts["is_assembly"]]
    key, matched_by = material_factor_keys(leaves, factors, materials)
    fc = _factor_columns(factors, key)
    mass = leaves["raw_kg"].fillna(leaves["net_kg"])
    per_piece = fc["dimension"] == "count"
    per_mass = fc["dimension"] == "mass"
    missing = key.isna()
    product_mass = (leaves["total_quantity"] * leaves["net_kg"].fillna(mass)).sum()
    missing_mass = (leaves["total_quantity"] * leaves["net_kg"].fillna(mass))[missing].sum()
    share = float(missing_mass / product_mass) if product_mass > 0 else float("nan")
    cut_off = (cutoff_pct is not None and bool(missing.any())
               and share * 100 <= cutoff_pct + 1e-12)
    if cut_off:
        notes.warn("warn.cut_off", count=int(missing.sum()), share=f"{share:.2%}",
                   limit=f"{cutoff_pct:g}%")
    for row in missing[missing].index:
        part = leaves.at[row, "part_number"]
        grade = _text_or_dash(leaves.at[row, "grade"])
        category = _text_or_dash(leaves.at[row, "category_key"])
        if allow_missing or cut_off:
            part_mass = leaves.at[row, "total_quantity"] * mass[row]
            if not cut_off:
                notes.warn("warn.excluded_no_factor", part=part, grade=grade)
            notes.excluded.append({
                "part_number": part, "grade": grade, "category": category,
                "reason": "cut_off" if cut_off else "no_factor",
                "mass_kg": None if pd.isna(part_mass) else float(part_mass)})
            continue
        column = "grade" if "grade" in bom.columns else "part_number"
        log.add("material.no_factor", bom.sheet, bom.cell(row, column),
                leaves.at[row, column if column != "part_number" else "part_number"],
                part=part, grade=grade, category=category,
                key=grade if grade != "-" else part)
    wrong = key.notna() & ~per_piece & ~per_mass
    for row in wrong[wrong].index:
        log.add("material.unit_mismatch", bom.sheet, bom.cell(row, "part_number"),
                leaves.at[row, "part_number"], key=fc.at[row, "factor_key"],
                unit=fc.at[row, "factor_unit"])
    no_mass = per_mass & mass.isna() & ~leaves["weight_problem"]
    for row in no_mass[no_mass].index:
        log.add("cell.no_mass", bom.sheet, bom.cell(row, "part_number"),
                leaves.at[row, "part_number"], part=leaves.at[row, "part_number"])
    use = (per_piece | (per_mass & mass.notna()))
    amount = np.where(per_piece, leaves["total_quantity"], leaves["total_quantity"] * mass)
    flows = _frame({
        "row": leaves.index,
        "part_number": leaves["part_number"],
        "stage": "materials",
        "flow": np.where(per_piece, leaves["part_number"].astype(str),
                         leaves["grade"].fillna(leaves["category_key"]).fillna("").astype(str)),
        "process": None,
        "amount": amount,
        "unit": np.where(per_piece, "piece", "kg"),
        "energy_basis": None,
        "matched_by": matched_by,
    }, leaves.index)
    flows = pd.concat([flows, fc], axis=1)[use]
    flows["data_type"] = _data_type(flows, flows["matched_by"] == "part_number")
    return _finish(flows)


def _text_or_dash(value: object) -> str:
    return value if isinstance(value, str) and value else "-"


def _grade_factor_name(grade: object, factors: FactorTable,
                       materials: MaterialMap) -> str | None:
    """The factor name for a grade: the grade itself if a factor has that key, else the
    grade map's specific factor key (PP -> pp)."""
    if not isinstance(grade, str):
        return None
    from .materials import grade_candidates

    for candidate in [grade, *grade_candidates(grade)]:
        if factors.canon(candidate) in factors.rows.index:
            return candidate
    return materials.factor_key_of_grade(grade)


def _data_type(flows: pd.DataFrame, supplier_specific: pd.Series) -> pd.Series:
    """primary/secondary/proxy per flow: the factor row's own type if given, else primary
    for a user factor keyed by part number (supplier-specific), else secondary."""
    given = flows["factor_type"]
    default = np.where(supplier_specific & (flows["builtin"] != True), "primary",  # noqa: E712
                       "secondary")
    return given.where(given.notna(), pd.Series(default, index=flows.index))


def _finish(flows: pd.DataFrame) -> pd.DataFrame:
    flows = flows.copy()
    flows["kg_co2e"] = flows["amount"].astype(float) * flows["factor"].astype(float)
    return flows.reindex(columns=FLOW_COLUMNS)


def transport_flows(bom: Bom, parts: pd.DataFrame, masters: Masters, factors: FactorTable,
                    log: ProblemLog, notes: Notes) -> pd.DataFrame:
    """Bought material and parts: total qty x mass / 1000 x distance x mode factor."""
    leaves = parts[~parts["is_assembly"] & parts["supplier"].notna()]
    if leaves.empty:
        return pd.DataFrame(columns=FLOW_COLUMNS)
    if not masters.has_suppliers:
        notes.warn("warn.no_supplier_sheet")
        return pd.DataFrame(columns=FLOW_COLUMNS)
    suppliers = masters.suppliers.set_index("supplier_key")
    skey = leaves["supplier"].map(header_key)
    known = skey.isin(suppliers.index)
    for supplier, count in leaves["supplier"][~known].value_counts(sort=False).items():
        notes.warn("warn.supplier_unknown", supplier=supplier, count=int(count))
    leaves, skey = leaves[known], skey[known]
    mode = skey.map(suppliers["mode"])
    distance = skey.map(suppliers["distance_km"]).astype(float)
    key = factors.lookup(mode)
    fc = _factor_columns(factors, key)
    bad_modes = mode[key.isna() | (fc["dimension"] != "transport")].dropna()
    for sk in skey[bad_modes.index].unique():
        log.add("supplier.no_factor", None, None, suppliers.at[sk, "mode"],
                mode=suppliers.at[sk, "mode"], supplier=suppliers.at[sk, "supplier"])
    mass = leaves["raw_kg"].fillna(leaves["net_kg"])
    flows = _frame({
        "row": leaves.index, "part_number": leaves["part_number"], "stage": "transport",
        "flow": mode.astype(str) + " " + distance.map("{:g} km".format),
        "process": None,
        "amount": leaves["total_quantity"] * mass / 1000.0 * distance,
        "unit": "t-km", "energy_basis": None,
    }, leaves.index)
    flows = pd.concat([flows, fc], axis=1)
    flows = flows[key.notna() & (fc["dimension"] == "transport") & flows["amount"].notna()]
    flows["data_type"] = _data_type(flows, pd.Series(False, index=flows.index))
    return _finish(flows)


def electricity_factor(masters: Masters, factors: FactorTable) -> dict[str, object] | None:
    """The grid factor: Settings 電力排出係数 > factor key `electricity` (by precedence)."""
    settings = masters.settings
    if settings.electricity_factor is not None:
        return {"factor": settings.electricity_factor, "factor_unit": "kWh",
                "factor_key": "電力排出係数", "factor_source": "設定/Settings",
                "factor_ref": None,
                "factor_origin": settings.cells.get("electricity_factor", ""),
                "factor_type": "secondary", "builtin": False, "dimension": "energy"}
    row = factors.find("electricity")
    if row is None or row["dimension"] != "energy":
        return None
    return {"factor": float(row["factor"]), "factor_unit": row["unit"],
            "factor_key": row["key"], "factor_source": row["source"],
            "factor_ref": row["source_ref"],
            "factor_origin": row["origin"], "factor_type": row["data_type"],
            "builtin": row["builtin"], "dimension": "energy"}


def processing_flows(bom: Bom, parts: pd.DataFrame, masters: Masters, factors: FactorTable,
                     log: ProblemLog, notes: Notes) -> pd.DataFrame:
    """Per part and process: cycle kWh (measured, else rated kW x h x utilisation) and
    set-up kWh (rated kW x set-up h / lot x utilisation), x the grid factor."""
    times = _times_with_measurements(bom, parts, masters, log)
    if times.empty:
        return pd.DataFrame(columns=FLOW_COLUMNS)
    procs = masters.processes.set_index("process_key")
    times["rated_kw"] = times["process_key"].map(procs["rated_kw"]).astype(float)
    times["utilisation"] = times["process_key"].map(procs["utilisation"]).astype(float)
    row_part = parts["part_number"]
    times["part_number"] = times["row"].map(row_part)
    meas = masters.measurements.set_index(["part_number", "process_key"])["kwh_per_piece"]
    pairs = pd.MultiIndex.from_arrays([times["part_number"], times["process_key"]])
    times["measured_kwh"] = meas.reindex(pairs).to_numpy(dtype=float)
    measured = times["measured_kwh"].notna()
    no_power = times["rated_kw"].isna() & (((times["cycle_h"] > 0) & ~measured)
                                           | (times["setup_h"] > 0))
    for _, item in times[no_power].iterrows():
        log.add("process.no_power", bom.sheet,
                _time_cell(bom, item), item["process"], process=item["process"],
                part=item["part_number"])
    for process in times["process"][~times["rated_kw"].isna()].unique():
        pk = header_key(process)
        if pk in procs.index and not bool(procs.at[pk, "utilisation_given"]):
            notes.warn("warn.utilisation_default", process=process)
    lot = times["row"].map(parts["lot_size"]).fillna(
        masters.settings.lot_size if masters.settings.lot_size else np.nan)
    no_lot = (times["setup_h"] > 0) & lot.isna()
    for part in times["part_number"][no_lot].unique():
        notes.warn("warn.no_lot_size", part=part)
    lot = lot.fillna(1.0)
    est_cycle = times["rated_kw"] * times["cycle_h"] * times["utilisation"]
    times["cycle_kwh"] = times["measured_kwh"].where(measured, est_cycle)
    times["setup_kwh"] = times["rated_kw"] * times["setup_h"] / lot * times["utilisation"]
    grid = electricity_factor(masters, factors)
    if grid is None:
        log.add("factor.no_electricity", None, None, None)
        return pd.DataFrame(columns=FLOW_COLUMNS)
    total_qty = times["row"].map(parts["total_quantity"])
    cycle = _energy_frame(times, total_qty, "cycle", np.where(measured, "measured", "estimated"))
    setup = _energy_frame(times, total_qty, "setup", "estimated")
    flows = pd.concat([cycle, setup], ignore_index=True)
    flows = flows[flows["amount"].notna() & (flows["amount"] > 0)]
    for name, value in grid.items():
        flows[name] = value
    flows["data_type"] = np.where(flows["energy_basis"] == "measured", "primary", "secondary")
    estimated = int((flows["energy_basis"] == "estimated").sum())
    if estimated:
        notes.warn("warn.estimated_energy", count=estimated)
    return _finish(flows)


def _times_with_measurements(bom: Bom, parts: pd.DataFrame, masters: Masters,
                             log: ProblemLog) -> pd.DataFrame:
    """BOM process times, plus a row for each metered part/process that has no time in
    the BOM (a meter reading is data on its own and must not be dropped)."""
    times = bom.times[bom.times["row"].isin(parts.index)].copy()
    times = times[(times["cycle_h"] > 0) | (times["setup_h"] > 0)]
    times["process_key"] = times["process"].map(header_key)
    meas = masters.measurements
    if meas.empty:
        return times
    rows_of = pd.Series(parts.index, index=parts.index).groupby(parts["part_number"]).agg(list)
    unknown = ~meas["part_number"].isin(rows_of.index)
    for _, item in meas[unknown].iterrows():
        sheet, _, cell = str(item["ref"]).partition("!")
        log.add("measurement.unknown_part", sheet, cell, item["part_number"],
                part=item["part_number"])
    have = set(zip(times["row"].map(parts["part_number"]), times["process_key"], strict=True))
    extra = [{"row": row, "process": m.process, "cycle_h": 0.0, "setup_h": 0.0,
              "cycle_col": np.nan, "process_key": m.process_key}
             for m in meas[~unknown].itertuples(index=False)
             if (m.part_number, m.process_key) not in have
             for row in rows_of[m.part_number]]
    return pd.concat([times, pd.DataFrame(extra)], ignore_index=True) if extra else times


def _energy_frame(times: pd.DataFrame, total_qty: pd.Series, kind: str,
                  basis: object) -> pd.DataFrame:
    return _frame({
        "row": times["row"], "part_number": times["part_number"], "stage": "processing",
        "flow": f"electricity ({kind})", "process": times["process"],
        "amount": total_qty * times[f"{kind}_kwh"], "unit": "kWh", "energy_basis": basis,
        "kwh_per_piece": times[f"{kind}_kwh"],
    }, times.index)


def _time_cell(bom: Bom, item: pd.Series) -> str | None:
    col = item.get("cycle_col")
    if col is None or (isinstance(col, float) and np.isnan(col)):
        return None
    return cell_ref(int(item["row"]), int(col))


def waste_flows(bom: Bom, parts: pd.DataFrame, factors: FactorTable, materials: MaterialMap,
                log: ProblemLog) -> pd.DataFrame:
    """Chips and scrap: total qty x (raw - net) x scrap factor.

    Factor: `scrap:<category>` from any source > a user's `scrap` > the category's
    built-in scrap key > built-in `scrap`.
    """
    leaves = parts[~parts["is_assembly"] & parts["raw_kg"].notna() & parts["net_kg"].notna()]
    leaves = leaves[leaves["raw_kg"] > leaves["net_kg"]]
    if leaves.empty:
        return pd.DataFrame(columns=FLOW_COLUMNS)
    category = leaves["category_key"]
    specific = factors.lookup(map_unique(category, lambda c: f"scrap:{c}"))
    generic = factors.find("scrap")
    user_generic = generic["canon"] if generic is not None and not generic["builtin"] else None
    cat_default = map_unique(category, lambda c: _scrap_key(materials, c))
    key = specific.fillna(user_generic if user_generic else np.nan)
    key = key.fillna(factors.lookup(cat_default)).fillna(
        generic["canon"] if generic is not None else np.nan)
    fc = _factor_columns(factors, key)
    flows = _frame({
        "row": leaves.index, "part_number": leaves["part_number"], "stage": "waste",
        "flow": "scrap " + category.fillna("").astype(str),
        "process": None,
        "amount": leaves["total_quantity"] * (leaves["raw_kg"] - leaves["net_kg"]),
        "unit": "kg", "energy_basis": None,
    }, leaves.index)
    flows = pd.concat([flows, fc], axis=1)
    flows = flows[key.notna() & (fc["dimension"] == "mass")]
    flows["data_type"] = _data_type(flows, pd.Series(False, index=flows.index))
    return _finish(flows)


def _scrap_key(materials: MaterialMap, category: object) -> str | None:
    if isinstance(category, str) and category in materials.categories.index:
        return str(materials.categories.at[category, "scrap_key"]) or None
    return None
