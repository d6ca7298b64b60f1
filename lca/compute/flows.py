"""Inventory analysis: one row per flow (activity amount x factor), for the whole BOM.

Named stages, each pure and vectorised over the BOM (numpy, see `frame.py`):
`material_flows`, `transport_flows`, `processing_flows`, `waste_flows`. Each returns a
`Frame` in the `FLOW_COLUMNS` shape, so the inventory is their concatenation and every
result figure is a sum over it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import repeat

import numpy as np

from ..errors import ProblemLog
from ..frame import (
    Frame,
    Text,
    choose,
    factorize,
    fill,
    is_in,
    isnull,
    positions,
    text_fill,
    text_where,
)
from ..read import tonkm
from ..read.bom import Bom
from ..read.factors import FactorTable
from ..read.masters import Masters
from ..read.materials import MaterialMap
from ..read.textnorm import map_unique, name_key
from ..resolve.precedence import MaterialMatch, material_factors
from ..resolve.structure import input_mass_each
from . import cutoff

#: `part` is the position of the part in the parts table, `row` its 0-based sheet row.
#: `matched_by` says how the factor was found (resolve.LEVELS for materials; mode,
#: electricity, scrap), `master_origin` which master rows gave the line its data
#: (grade map, supplier, process, measurement: `bom.xlsx!工程:3`, `; `-separated).
#: `energy_carrier` (processing only): electricity, compressed_air, or a fuel's factor key.
FLOW_COLUMNS = ["part", "row", "part_number", "stage", "flow", "process", "amount", "unit",
                "mass_basis", "distance_km", "factor", "factor_unit", "factor_given",
                "factor_unit_given", "factor_gases", "factor_key", "factor_source",
                "factor_ref", "factor_origin", "matched_by", "master_origin", "data_type",
                "energy_basis", "energy_carrier", "kg_co2e"]
STAGES = ["materials", "transport", "processing", "waste"]
#: factor-row fields copied to each flow, and their flow column names
FACTOR_COLUMNS = {"factor": "factor", "unit": "factor_unit", "factor_given": "factor_given",
                  "unit_given": "factor_unit_given", "gases": "factor_gases",
                  "key": "factor_key",
                  "source": "factor_source", "source_ref": "factor_ref",
                  "origin": "factor_origin", "data_type": "factor_type",
                  "builtin": "builtin", "dimension": "dimension"}


@dataclass(eq=False, repr=False)
class Notes:
    """Warnings (message key + params) and excluded items gathered while computing."""

    warnings: list[tuple[str, dict[str, object]]] = field(default_factory=list)
    excluded: list[dict[str, object]] = field(default_factory=list)
    #: processes whose 地域/Country is another country than the site's, by the process
    #: name the inventory's lines carry: their grid's country (compute/grid.py)
    process_countries: dict[str, str] = field(default_factory=dict)
    #: the cells (`bom.xlsx!工程!D4`, a factor's origin) whose `中国` was read as China
    #: where it picked a grid (compute/grid.py), warned with Settings 地域 (resolve/checks.py)
    read_as_china: list[str] = field(default_factory=list)

    def warn(self, key: str, **params: object) -> None:
        self.warnings.append((key, params))

    def warn_each(self, key: str, items: list[dict[str, object]]) -> None:
        """One warning per item (a part...), or, for more than PER_ITEM_LIMIT of them, one
        warning `key + ".many"` naming the first few: a 100,000-line BOM must not print
        2,000 lines of the same warning. Params of the summary: count, first, more."""
        if len(items) <= PER_ITEM_LIMIT:
            for item in items:
                self.warn(key, **item)
            return
        labels = [f"{i['part']} ({i['grade']})" if "grade" in i else str(i["part"])
                  for i in items[:PER_ITEM_LIMIT]]
        self.warn(f"{key}.many", count=f"{len(items):,}", first=", ".join(labels),
                  more=f"{len(items) - PER_ITEM_LIMIT:,}")


#: Up to this many warnings of one kind are given one by one (see `Notes.warn_each`).
PER_ITEM_LIMIT = 5


def _factor_columns(table: FactorTable, keys: np.ndarray) -> dict[str, np.ndarray]:
    """Factor value, unit, source... per element of `keys` (canonical keys or None)."""
    found = table.columns(keys, list(FACTOR_COLUMNS))
    return {FACTOR_COLUMNS[name]: values for name, values in found.items()}


def _empty() -> Frame:
    return Frame.concat([], FLOW_COLUMNS)


def assign_categories(parts: Frame, materials: MaterialMap) -> None:
    """Category key per row (`category_key`): the 分類 column (known spelling or as
    written), else the grade map; `category_origin` names the grade map row used."""
    explicit = map_unique(parts.text("category"), lambda c: materials.category_key(c) or c)
    from_grade = map_unique(parts.text("grade"), materials.category_of_grade)
    parts["category_key"] = Text.of(fill(explicit, from_grade))
    parts["category_origin"] = Text.of(np.where(
        isnull(explicit), map_unique(parts.text("grade"), materials.origin_of_grade), None))


def material_flows(bom: Bom, parts: Frame, factors: FactorTable,
                   materials: MaterialMap, log: ProblemLog, notes: Notes,
                   allow_missing: bool, cutoff_pct: float | None = None,
                   skip: np.ndarray | None = None) -> Frame:
    """Leaf parts: total qty x mass x factor (per kg), or total qty x factor (per piece).

    Parts with no factor are an error, unless `allow_missing`, or unless together they
    weigh at most `cutoff_pct` % of the product (the mass cut-off rule of many PCRs):
    then they are excluded and listed as cut off. `skip`: parts whose materials a
    supplier footprint gives (compute/supplier.py), left out here."""
    leaf = positions(~parts["is_assembly"] & (True if skip is None else ~skip))
    leaves = parts.take(leaf)
    match = material_factors(leaves, factors, materials)
    fc = _factor_columns(factors, match.key)
    mass = fill(leaves["raw_kg"], leaves["net_kg"])
    qty = leaves["total_quantity"]
    per_piece = fc["dimension"] == "count"
    per_mass = fc["dimension"] == "mass"
    missing = isnull(match.key)
    if missing.any():
        _missing_factors(bom, leaves, missing, mass, log, notes, allow_missing, cutoff_pct,
                         parts, materials)
    _refuse_unusable(bom, leaves, fc, ~missing & ~per_piece & ~per_mass,
                     per_mass & np.isnan(mass) & ~leaves["weight_problem"], log)
    use = per_piece | (per_mass & ~np.isnan(mass))
    _warn_category_rows(leaves, match, fc, use, notes)
    matched_by = Text.of(match.matched_by)
    material = text_fill(text_fill(leaves.text("grade"), leaves.text("category_key")), "")
    flows = Frame({
        "part": leaf, "row": leaves["row"], "part_number": leaves.column("part_number"),
        "stage": "materials",
        "flow": text_where(per_piece, leaves.text("part_number"), material),
        "process": None,
        "amount": np.where(per_piece, qty, qty * mass),
        "unit": choose(per_piece, "piece", "kg"),
        "mass_basis": _mass_basis(leaves, per_piece),
        "energy_basis": None,
        "matched_by": matched_by,
        "master_origin": text_where(is_in(match.matched_by, ("grade_map", "category")),
                                    leaves.text("category_origin"), None),
        **fc,
    }, len(leaves))
    flows = flows.take(use)
    flows["data_type"] = _data_type(flows, np.asarray(flows.column("matched_by") == "part_number",
                                                      dtype=bool))
    return _finish(flows)


def _refuse_unusable(bom: Bom, leaves: Frame, fc: dict[str, np.ndarray],
                     wrong_unit: np.ndarray, no_mass: np.ndarray, log: ProblemLog) -> None:
    """Lines whose factor is per neither piece nor kg, and lines per kg without a mass."""
    number = leaves["part_number"]
    for i in positions(wrong_unit):
        log.add("material.unit_mismatch", bom.sheet, bom.cell(leaves["row"][i], "part_number"),
                number[i], key=fc["factor_key"][i], unit=fc["factor_unit"][i])
    for i in positions(no_mass):
        log.add("cell.no_mass", bom.sheet, bom.cell(leaves["row"][i], "part_number"),
                number[i], part=number[i])


def _warn_category_rows(leaves: Frame, match: MaterialMatch, fc: dict[str, np.ndarray],
                        use: np.ndarray, notes: Notes) -> None:
    """Lines of one material category that take different rows of yours at the category
    level (`ステンレス` 5.0 and `stainless steel` 6.0, two spellings of one category: each
    line takes the one its 分類 spells) with different values: warned, naming the rows.
    Only rows the lines use: a row no line takes changes no figure."""
    at = positions(use & match.user & (match.matched_by == "category"))
    if not len(at):
        return
    first: dict[tuple[object, object], int] = {}  # (category, factor key): its first line
    for line, pair in zip(at.tolist(), zip(leaves["category_key"][at].tolist(),
                                           fc["factor_key"][at].tolist(), strict=True),
                          strict=True):
        first.setdefault(pair, line)
    lines: dict[object, list[int]] = {}
    for (category, _key), line in first.items():
        lines.setdefault(category, []).append(line)
    for category, found in lines.items():
        if len({float(fc["factor"][i]) for i in found}) > 1:
            notes.warn("warn.category_rows_differ", category=category, rows="; ".join(
                f"{fc['factor_key'][i]} ({fc['factor_origin'][i]}): "
                f"{float(fc['factor'][i]):g} kg-CO2e/{fc['factor_unit'][i]}" for i in found))


def _missing_factors(bom: Bom, leaves: Frame, missing: np.ndarray, mass: np.ndarray,
                     log: ProblemLog, notes: Notes, allow_missing: bool,
                     cutoff_pct: float | None, parts: Frame,
                     materials: MaterialMap | None = None) -> None:
    """Leaf parts without a factor: cut off (within the mass rule), left out
    (`--allow-missing`, listed), or an error naming the cell."""
    qty = leaves["total_quantity"]
    cut_off, refused = _mass_cutoff(bom, parts, leaves, missing, mass, log, notes,
                                    allow_missing, cutoff_pct)
    left_out: list[dict[str, object]] = []
    for i in positions(missing & (refused | allow_missing | cut_off)):
        part = leaves["part_number"][i]
        grade = _text_or_dash(leaves["grade"][i])
        category = _text_or_dash(leaves["category_key"][i])
        if allow_missing or cut_off:
            part_mass = qty[i] * mass[i]
            if not cut_off:
                left_out.append({"part": part, "grade": grade})
            notes.excluded.append({
                "part_number": part, "grade": grade, "category": category,
                "reason": "cut_off" if cut_off else "no_factor",
                "mass_kg": None if np.isnan(part_mass) else float(part_mass)})
            continue
        if materials is not None and category != "-" and not materials.known_category(category):
            unknown_category(bom, leaves, i, category, materials, log)  # issue 15
            continue
        column = "grade" if "grade" in bom.columns else "part_number"
        log.add("material.no_factor" if cutoff_pct is None else "material.no_factor_cut_off",
                bom.sheet, bom.cell(leaves["row"][i], column),
                leaves[column][i] if column == "grade" else part,
                part=part, grade=grade, category=category,
                key=grade if grade != "-" else part)
    notes.warn_each("warn.excluded_no_factor", left_out)


def _mass_cutoff(bom: Bom, parts: Frame, leaves: Frame, missing: np.ndarray,
                 mass: np.ndarray, log: ProblemLog, notes: Notes, allow_missing: bool,
                 cutoff_pct: float | None) -> tuple[bool, np.ndarray]:
    """(whether the parts without a factor are cut off, the ones refused one by one).

    A part without a weight has no share of the product mass to weigh against the
    limit (and no estimate against the emission cut-off): it is never cut off, however
    light the rest; refused, it is named with the other parts only when they are over
    the limit too."""
    share = _mass_share(parts, leaves, missing)
    unweighed = missing & np.isnan(mass)
    within = cutoff_pct is not None and share * 100 <= cutoff_pct + 1e-12
    if within and not unweighed.any():
        notes.warn("warn.cut_off", count=int(missing.sum()), share=f"{share:.2%}",
                   limit=f"{cutoff_pct:g}%")
        return True, np.zeros(len(missing), dtype=bool)
    if cutoff_pct is None or allow_missing:
        return False, missing
    if unweighed.any():  # refused: say why, once
        log.add("material.cutoff_no_weight", bom.sheet, count=int(unweighed.sum()),
                limit=f"{cutoff_pct:g}%")
    if not within and not (share != share and unweighed.any()):  # no mass: said above
        log.add("material.cutoff_exceeded" if share == share else "material.cutoff_no_mass",
                bom.sheet, count=int(missing.sum()), share=f"{share:.2%}",
                limit=f"{cutoff_pct:g}%")
    return False, missing if not within else unweighed


def unknown_category(bom: Bom, leaves: Frame, i: int, category: str, materials: MaterialMap,
                     log: ProblemLog) -> None:
    """A 分類 (or 材質-sheet category) that names no known category and no factor: the
    cell, the known categories and the closest spelling (difflib)."""
    written = "category" in leaves and isinstance(leaves["category"][i], str)
    column = "category" if written and "category" in bom.columns else (
        "grade" if "grade" in bom.columns else "part_number")
    origin = leaves["category_origin"][i] if "category_origin" in leaves else None
    near = materials.closest_category(category)
    params = {"part": leaves["part_number"][i], "category": category,
              "known": materials.category_list(),
              "origin": origin if isinstance(origin, str) else f"{bom.sheet}"}
    if near:
        params.update(closest=near[0], closest_key=near[1])
    log.add("material.unknown_category_near" if near else "material.unknown_category",
            bom.sheet, bom.cell(leaves["row"][i], column), category, **params)


def _mass_share(parts: Frame, leaves: Frame, missing: np.ndarray) -> float:
    """Share of the material bought (`structure.input_mass_each`: raw weights, else net)
    in the `missing` leaves: the mass their left-out material flows would have had."""
    each = input_mass_each(leaves)
    total = float(np.sum(input_mass_each(parts)))
    return float(np.sum(each[missing]) / total) if total > 0 else float("nan")


def _mass_basis(parts: Frame, per_piece: np.ndarray | None = None) -> Text:
    """`raw` where the raw-material weight is the basis of an amount, else `net`; none
    for an amount counted per piece."""
    codes = np.isnan(parts["raw_kg"].astype(float)).astype(np.intp)  # 0 raw, 1 net
    if per_piece is not None:
        codes[per_piece] = -1
    return Text(codes, ["raw", "net"])


def with_structure(inventory: Frame, parts: Frame) -> None:
    """The BOM tree on every line: the parent's Excel row (0 for a direct child of the
    product) and the quantity per parent, from the part each flow belongs to."""
    at = inventory["part"].astype(np.intp)
    parent = parts["parent_row"][at].astype(np.int64)
    inventory["parent_row"] = np.where(parent >= 0, parent + 1, 0)
    inventory["quantity_per_parent"] = parts["quantity"][at].astype(float)


def _text_or_dash(value: object) -> str:
    return value if isinstance(value, str) and value else "-"


def _data_type(flows: Frame, supplier_specific: np.ndarray | bool) -> np.ndarray:
    """primary/secondary/proxy per flow: the factor row's own type if given, else primary
    for a user factor keyed by part number (supplier-specific), else secondary."""
    default = choose(supplier_specific & np.asarray(flows.column("builtin") != True,  # noqa: E712
                                                    dtype=bool),
                     "primary", "secondary")
    return text_fill(flows.text("factor_type"), default)


def _finish(flows: Frame) -> Frame:
    if not len(flows):
        return _empty()
    flows["kg_co2e"] = flows["amount"].astype(float) * flows["factor"].astype(float)
    return Frame({name: flows.cols.get(name) for name in FLOW_COLUMNS}, len(flows))


def _first_match(keys: np.ndarray, table: Frame, key: str) -> np.ndarray:
    """Position in `table` of each of `keys` by its column `key` (-1 if absent)."""
    where = {k: i for i, k in enumerate(table[key])}
    return np.fromiter(map(where.get, keys, repeat(-1)), dtype=np.intp, count=len(keys))


def _pick(values: np.ndarray, at: np.ndarray) -> np.ndarray:
    """`values[at]` as floats, NaN where `at` is -1 (not found)."""
    if not len(values):
        return np.full(len(at), np.nan)
    return np.where(at >= 0, values[at].astype(float), np.nan)


def _known_suppliers(parts: Frame, leaf: np.ndarray, suppliers: Frame,
                     notes: Notes) -> tuple[np.ndarray, np.ndarray]:
    """The `leaf` parts whose supplier is in the supplier master with a mode and a
    distance, and its position there; the others (unknown supplier, or its row without a
    mode or a distance) are warned about and their transport listed as excluded."""
    skey = map_unique(parts.text("supplier").take(leaf), name_key)
    at = _first_match(skey, suppliers, "supplier_key")
    known = at >= 0
    if not known.all():
        codes, names = factorize(parts["supplier"][leaf][~known])
        for code, name in enumerate(names):
            notes.warn("warn.supplier_unknown", supplier=name,
                       count=int((codes == code).sum()))
        # their transport is excluded: listed, estimated by the emission cut-off rule
        notes.excluded.extend(cutoff.transport_exclusions(parts, leaf[~known]))
    leaf, at = leaf[known], at[known]
    complete = _complete_routes(parts, leaf, at, suppliers, notes)
    return leaf[complete], at[complete]


#: the supplier columns a route needs, as a message names them (header and cell column)
ROUTE_FIELDS = (("mode", "輸送手段/Mode", "mode_cell"),
                ("distance_km", "距離(km)/Distance (km)", "distance_cell"))


def _complete_routes(parts: Frame, leaf: np.ndarray, at: np.ndarray, suppliers: Frame,
                     notes: Notes) -> np.ndarray:
    """Which `leaf` parts (supplier row `at`) have a supplier row with a mode and a
    distance. A blank (or "-") one would give 0 t-km: like an unknown supplier's, their
    transport is warned about (naming the row and its blank cells) and excluded, so the
    emission cut-off estimates it with the worst route."""
    blank = {name: np.asarray(isnull(suppliers[name]) if name == "mode" else
                              np.isnan(suppliers[name].astype(float)), dtype=bool)
             for name, _label, _cell in ROUTE_FIELDS}
    broken = (blank["mode"] | blank["distance_km"])[at]
    for s in dict.fromkeys(at[broken].tolist()):
        missing = [f"{label} ({suppliers[cell][s]})" for name, label, cell in ROUTE_FIELDS
                   if blank[name][s]]
        notes.warn("warn.supplier_incomplete", supplier=suppliers["supplier"][s],
                   row=suppliers["origin"][s], missing=", ".join(missing),
                   count=int((at[broken] == s).sum()))
    notes.excluded.extend(cutoff.transport_exclusions(parts, leaf[broken],
                                                      "incomplete_supplier"))
    zero = (suppliers["distance_km"].astype(float) == 0.0)[at] & ~broken
    for s in dict.fromkeys(at[zero].tolist()):  # right for a neighbour, else a slip
        notes.warn("warn.supplier_zero_distance", supplier=suppliers["supplier"][s],
                   cell=suppliers["distance_cell"][s], count=int((at[zero] == s).sum()))
    return ~broken


def transport_flows(bom: Bom, parts: Frame, masters: Masters, factors: FactorTable,
                    log: ProblemLog, notes: Notes) -> Frame:
    """Bought material and parts: total qty x mass / 1000 x distance x mode factor."""
    leaf = positions(~parts["is_assembly"] & ~isnull(parts["supplier"]))
    if not len(leaf):
        return _empty()
    if not masters.has_suppliers:
        notes.warn("warn.no_supplier_sheet")
        return _empty()
    suppliers = masters.suppliers
    leaf, at = _known_suppliers(parts, leaf, suppliers, notes)
    leaves = parts.take(leaf)
    mode = suppliers["mode"][at]
    distance = suppliers["distance_km"][at].astype(float)
    key = factors.lookup(mode)
    fc = _factor_columns(factors, key)
    transport = fc["dimension"] == "transport"
    for s in dict.fromkeys(at[~isnull(mode) & ~transport]):
        sheet, _, cell = str(suppliers["mode_cell"][s]).partition("!")
        written = suppliers["mode"][s]
        code, params = tonkm.spec_problem(written) if tonkm.looks_like_spec(written) else (
            "supplier.no_factor", {})
        log.add(code, sheet, cell, written, file=str(suppliers["file"][s]), mode=written,
                supplier=suppliers["supplier"][s], **params)
    mass = fill(leaves["raw_kg"], leaves["net_kg"])
    _unweighed_transport(parts, leaf, transport & np.isnan(mass), notes)
    amount = leaves["total_quantity"] * mass / 1000.0 * distance
    # one label per supplier ("truck 120 km"), not per part
    labels = [f"{m} {d:g} km" for m, d in zip(suppliers["mode"],
                                              suppliers["distance_km"].astype(float),
                                              strict=True)]
    flow = Text.mapped(at, labels)
    flows = Frame({
        "part": leaf, "row": leaves["row"], "part_number": leaves.column("part_number"),
        "stage": "transport", "flow": flow, "process": None, "amount": amount,
        "unit": "t-km", "mass_basis": _mass_basis(leaves), "distance_km": distance,
        "energy_basis": None, "matched_by": "mode",
        "master_origin": Text.mapped(at, suppliers["origin"].tolist()), **fc,
    }, len(leaf))
    flows = flows.take(transport & ~np.isnan(amount))
    flows["data_type"] = _data_type(flows, False)
    return _finish(flows)


def _unweighed_transport(parts: Frame, leaf: np.ndarray, unweighed: np.ndarray,
                         notes: Notes) -> None:
    """Parts with a supplier but no weight (bought parts counted per piece) have no
    t-km: one warning naming them, and their transport listed as excluded (reason
    `no_weight`), as an unknown supplier's is; never a silent 0."""
    if not unweighed.any():
        return
    at = leaf[unweighed]
    numbers = list(dict.fromkeys(parts["part_number"][at].tolist()))
    more = len(numbers) - PER_ITEM_LIMIT
    notes.warn("warn.transport_no_weight", count=len(numbers),
               parts=", ".join(map(str, numbers[:PER_ITEM_LIMIT])) + (
                   f" (+{more:,})" if more > 0 else ""))
    notes.excluded.extend(cutoff.transport_exclusions(parts, at, "no_weight"))


#: the factor key and source of the grid factor typed into the Settings sheet: identifiers
#: of the inventory (JSON, CSV); documents show them by what they are (`Result.factor_name`)
SETTINGS_FACTOR_KEY = "電力排出係数"
SETTINGS_SOURCE = "設定/Settings"


def processing_flows(bom: Bom, parts: Frame, masters: Masters, factors: FactorTable,
                     log: ProblemLog, notes: Notes) -> Frame:
    """Per part and process: electricity (measured, else rated kW x h x utilisation; and
    set-up kW x h / lot), fuel and compressed air, each line with its energy carrier
    (`processing.py`)."""
    from .processing import processing_flows as lines

    return lines(bom, parts, masters, factors, log, notes)


def _joined(first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """Two origin columns as one: `a; b`, or whichever is given."""
    both = ~isnull(first) & ~isnull(second)
    out = fill(first, second)
    if both.any():
        out = out.astype(object)
        out[both] = [f"{a}; {b}" for a, b in zip(first[both], second[both], strict=True)]
    return out


def _times_with_measurements(bom: Bom, parts: Frame, masters: Masters,
                             log: ProblemLog) -> Frame:
    """BOM process times, plus a row for each metered part/process that has no time in
    the BOM (a meter reading is data on its own and must not be dropped)."""
    times = bom.times
    times = times.take((times["cycle_h"] > 0) | (times["setup_h"] > 0))
    times["process_key"] = map_unique(times["process"], name_key)
    meas = masters.measurements
    if not len(meas):
        return times
    rows_of: dict[str, list[int]] = {}
    for i, number in enumerate(parts["part_number"]):
        if number is not None:
            rows_of.setdefault(number, []).append(i)
    have = set(zip(parts["part_number"][times["part"]], times["process_key"], strict=True))
    extra: list[tuple[int, str, str]] = []
    for number, process, key, ref in zip(meas["part_number"], meas["process"],
                                          meas["process_key"], meas["ref"], strict=True):
        if number not in rows_of:
            sheet, _, cell = str(ref).partition("!")
            log.add("measurement.unknown_part", sheet, cell, number, part=number)
        elif (number, key) not in have:
            extra.extend((i, process, key) for i in rows_of[number])
    if not extra:
        return times
    positions = np.array([e[0] for e in extra], dtype=np.intp)
    added = Frame({"part": positions, "row": parts["row"][positions],
                   "process": [e[1] for e in extra], "cycle_h": 0.0, "setup_h": 0.0,
                   "cycle_col": np.nan, "process_key": [e[2] for e in extra]}, len(extra))
    return Frame.concat([times, added], list(times))


def waste_flows(bom: Bom, parts: Frame, factors: FactorTable, materials: MaterialMap,
                log: ProblemLog) -> Frame:
    """Chips and scrap: total qty x (raw - net) x scrap factor.

    Factor (`_scrap_keys`): `scrap:<category>` > the category's scrap key > `scrap`,
    the user's sources first at every level.
    """
    raw, net = parts["raw_kg"], parts["net_kg"]
    leaf = positions(~parts["is_assembly"] & (raw > net))  # NaN compares False
    if not len(leaf):
        return _empty()
    leaves = parts.take(leaf)
    category = leaves["category_key"]
    key = _scrap_keys(category, factors, materials)
    fc = _factor_columns(factors, key)
    flows = Frame({
        "part": leaf, "row": leaves["row"], "part_number": leaves.column("part_number"),
        "stage": "waste",
        "flow": _scrap_flow(leaves.text("category_key")),
        "process": None,
        "amount": leaves["total_quantity"] * (leaves["raw_kg"] - leaves["net_kg"]),
        "unit": "kg", "mass_basis": None, "energy_basis": None, "matched_by": "scrap",
        "master_origin": leaves.column("category_origin"), **fc,
    }, len(leaf))
    flows = flows.take(~isnull(key) & (fc["dimension"] == "mass"))
    flows["data_type"] = _data_type(flows, False)
    return _finish(flows)


def _scrap_flow(category: Text) -> Text:
    """`scrap <category>` per part (`scrap ` without a category)."""
    codes, uniques = factorize(category)
    labels = [f"scrap {c}" for c in uniques]
    return Text.mapped(np.where(codes >= 0, codes, len(labels)), [*labels, "scrap "])


def _scrap_keys(category: np.ndarray, factors: FactorTable,
                materials: MaterialMap) -> np.ndarray:
    """The scrap factor of each part's category: `scrap:<category>` > the category's
    scrap key (`scrap:metal`...) > `scrap`, the user's sources first at every level
    (the precedence rule of `resolve`)."""
    def pick(cat: object) -> str | None:
        names = [f"scrap:{cat}" if cat is not None else None, materials.scrap_key(cat),
                 "scrap"]
        for builtin in (False, True):
            for name in names:
                row = factors.find(name) if name else None
                if row is not None and bool(row["builtin"]) == builtin:
                    return str(row["canon"])
        return None

    codes, uniques = factorize(category)
    table = np.empty(len(uniques) + 1, dtype=object)
    table[:] = [*map(pick, uniques), pick(None)]  # code -1 (no category): the last
    return table[codes]
