"""Inventory lines of parts bought with a supplier footprint (issue 12).

    flows = supplier_flows(bom, parts, match, log)   # stage materials, data_type primary
    keep = supplier_keep(inventory, match)           # no double counting
    annotate(inventory, match)                       # pcf_id, pcf_company... on the lines

Emission = total quantity x the footprint's kg-CO2e per declared unit
(`pcfExcludingBiogenicUptake / declaredUnitAmount`, the figure cfp's own PACT export
writes as its headline). The line's quantity is in pieces unless its `数量単位` / `Unit`
cell says otherwise (kg, t, L, m3, kWh, MJ...). A footprint per piece is used directly;
per kilogram or ton through the part's mass as bought: its raw weight (素材重量, bought
before our machining), else its net weight; per liter, m3, kWh, MJ only where the line's
quantity is in a unit of that dimension (or, with the footprint's
productMassPerDeclaredUnit, a mass). Anything else is an error naming the cell and the
footprint.

The footprint replaces the part's material flow; its scrap (raw - net weight: the chips
of machining at our site), transport to our site (the supplier master) and processing at
our site (the BOM's process times) stay. Every flow
of the lines below an assembly bought with a footprint is dropped (`SupplierMatch`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from ..errors import Problem, ProblemLog
from ..frame import Frame, Text, isnull, positions
from ..read.bom import Bom

if TYPE_CHECKING:  # the reader is imported when footprints are given (start-up of a run)
    from ..read.supplier_pcf import SupplierFootprint
from ..read.textnorm import map_unique, nfkc
from ..resolve.supplier import SupplierMatch

# transport_flows(bom, transport_parts(parts, match), ...) computes the transport of the
# lines bought with a footprint, assemblies included

#: short unit labels of the inventory (amount and factor units), by PACT unit
UNIT_LABELS = {"piece": "piece", "kilogram": "kg", "ton": "t", "liter": "L",
               "cubic meter": "m3", "kilowatt hour": "kWh", "megajoule": "MJ",
               "square meter": "m2", "ton kilometer": "t-km", "hour": "h",
               "megabit second": "Mbit s"}
#: spellings of a piece in a 数量単位 cell, besides UNIT_ALIASES
PIECE_WORDS = {"個", "台", "本", "枚", "点", "式", "セット", "set", "pc", "pcs", "piece",
               "pieces", "unit", "units", "ea", "each"}
MORE_UNITS = {"g": ("kilogram", 0.001), "kl": ("liter", 1000.0), "ml": ("liter", 0.001),
              "gj": ("megajoule", 1000.0), "mwh": ("kilowatt hour", 1000.0)}

#: inventory fields filled on supplier footprint lines (lca/schema.py)
PCF_FIELDS = ("pcf_id", "pcf_company", "pcf_product_id", "pcf_period", "pcf_primary_share",
              "pcf_dqr_technological", "pcf_dqr_geographical", "pcf_dqr_temporal")
#: what a line's emissions are made of (lca/schema.py; the PACT export sums them)
SPLIT_FIELDS = ("fossil_kg_co2e", "biogenic_incl_kg_co2e", "packaging_kg_co2e", "gwp_sets",
                "pcf_packaging")


def line_unit(text: object) -> tuple[str, float] | None:
    """(PACT unit, size in it) of a 数量単位 cell; ("piece", 1) when blank; None: unknown."""
    if text is None or (isinstance(text, float) and text != text) or not str(text).strip():
        return "piece", 1.0
    word = nfkc(str(text)).casefold()
    if word in PIECE_WORDS:
        return "piece", 1.0
    if word in MORE_UNITS:
        return MORE_UNITS[word]
    from ..read.supplier_pcf import UNIT_ALIASES, UNIT_SIZES

    unit = word if word in UNIT_SIZES else UNIT_ALIASES.get(word)
    return (unit, 1.0) if unit is not None else None


def refuse_unread_units(bom: Bom, parts: Frame, match: SupplierMatch | None,
                        log: ProblemLog) -> None:
    """A 数量単位 other than pieces on a line not bought with a supplier footprint is an
    error naming the cell: 個数 counts pieces there (README), so 200 `g` of paint would be
    200 pieces of the paint's weight. Lines inside an assembly bought with a footprint
    are not computed and not checked."""
    if "quantity_unit" not in bom.columns:
        return
    piece = map_unique(parts["quantity_unit"], lambda text: line_unit(text) == ("piece", 1.0))
    unread = piece == False  # noqa: E712 - None (blank) is a piece
    if match is not None and len(match.index) == len(parts):
        unread &= ~match.matched & ~match.covered
    for i in positions(unread).tolist():
        log.add("cell.qty_unit_unread", bom.sheet, bom.cell(parts["row"][i], "quantity_unit"),
                parts["quantity_unit"][i], part=parts["part_number"][i],
                unit=parts["quantity_unit"][i])


def refuse_per_piece_flows(bom: Bom, parts: Frame, match: SupplierMatch | None,
                           inventory: Frame, log: ProblemLog) -> None:
    """A line bought with a footprint whose 数量単位 is not pieces (kg, L...) but that has
    processing or scrap lines is an error naming the 数量単位 cell: its process times,
    meter readings and raw - net weight are per piece, and would be multiplied by its
    kilograms or liters (2 kg of 0.5 kg pieces, 6 min each: 2 x 0.1 h, not 4 x 0.1 h)."""
    if not match or "quantity_unit" not in parts or not len(inventory):
        return
    stage = inventory["stage"]
    per_piece = (stage == "processing") | (stage == "waste")
    part = inventory["part"].astype(np.intp)
    for i in sorted(set(part[per_piece].tolist())):
        if match.matched[i] and line_unit(parts["quantity_unit"][i]) != ("piece", 1.0):
            log.add("supplier_pcf.unit_per_piece", bom.sheet,
                    bom.cell(parts["row"][i], "quantity_unit"), parts["quantity_unit"][i],
                    part=parts["part_number"][i])


def supplier_flows(bom: Bom, parts: Frame, match: SupplierMatch, log: ProblemLog) -> Frame:
    """One materials line per part bought with a footprint (FLOW_COLUMNS shape)."""
    from .flows import FLOW_COLUMNS, _empty

    at = positions(match.matched)
    if not len(at):
        return _empty()
    units = parts["quantity_unit"] if "quantity_unit" in parts else [None] * len(parts)
    net, raw = parts["net_kg"].astype(float), parts["raw_kg"].astype(float)
    rows = []
    for i in at.tolist():
        row = _supplier_line(bom, parts, i, match.footprints[match.index[i]], units[i],
                             net[i], raw[i], log)
        if row is not None:
            rows.append(row)
    if not rows:
        return _empty()
    flows = _supplier_frame(parts, rows)
    return Frame({name: flows.cols.get(name) for name in FLOW_COLUMNS}, len(rows))


def _supplier_line(bom: Bom, parts: Frame, i: int, footprint: SupplierFootprint,
                   unit_text: object, net: float, raw: float,
                   log: ProblemLog) -> tuple[int, SupplierFootprint, float, str | None] | None:
    """(position, footprint, declared units per line quantity, mass basis) of part `i`, or
    None when its unit does not fit the footprint's (the problem goes to `log`)."""
    number = parts["part_number"][i]
    unit = line_unit(unit_text)
    if unit is None:
        log.add("supplier_pcf.line_unit", bom.sheet, bom.cell(parts["row"][i],
                "quantity_unit"), unit_text, part=number, id=footprint.id,
                units=", ".join(sorted(UNIT_LABELS.values())))
        return None
    name, size = unit
    # what is bought: the raw weight (before our machining, domain.md), else the net
    mass = raw if not np.isnan(raw) else net
    basis = "raw" if not np.isnan(raw) else ("net" if not np.isnan(net) else None)
    available = {"piece": 1.0, "kilogram": mass} if name == "piece" else {name: size}
    from ..read.supplier_pcf import UnitRefused, per_unit_factor

    try:
        found = per_unit_factor(footprint, available)
    except UnitRefused as refused:
        _unit_refused(bom, parts["row"][i], number, name, refused, log)
        return None
    via_mass = found.basis in ("kilogram", "ton") and name == "piece"
    return i, footprint, found.units, basis if via_mass else None


def _unit_refused(bom: Bom, row: object, number: object, unit: str, refused: Any,
                  log: ProblemLog) -> None:
    """The footprint's unit refused for a line: the problem names the BOM's cell (the
    footprint's file is a parameter)."""
    column = ("quantity_unit" if "quantity_unit" in bom.columns and unit != "piece"
              else "net_weight" if refused.code == "supplier_pcf.needs_mass"
              and "net_weight" in bom.columns else "quantity")
    log.extend([Problem(refused.code, bom.file, bom.sheet, bom.cell(row, column), number,
                        {"part": number, **refused.params})])


def _supplier_frame(parts: Frame,
                    rows: list[tuple[int, SupplierFootprint, float, str | None]]) -> Frame:
    """The materials lines of the `_supplier_line` rows: quantity x footprint."""
    pos = np.array([r[0] for r in rows], dtype=np.intp)
    fps = [r[1] for r in rows]
    label = [UNIT_LABELS[f.declared_unit] for f in fps]
    amount = parts["total_quantity"][pos].astype(float) * np.array([r[2] for r in rows])
    factor = np.array([f.kg_co2e_per_unit for f in fps])
    return Frame({
        "part": pos, "row": parts["row"][pos], "part_number": parts.text("part_number").take(pos),
        "stage": "materials", "flow": Text.of(np.array([f.product_name for f in fps],
                                                        dtype=object)),
        "process": None, "amount": amount, "unit": Text.of(np.array(label, dtype=object)),
        "mass_basis": Text.of(np.array([r[3] for r in rows], dtype=object)),
        "distance_km": np.full(len(rows), np.nan), "factor": factor,
        "factor_unit": Text.of(np.array(label, dtype=object)),
        "factor_given": np.array([f.pcf_excluding_biogenic for f in fps]),
        "factor_unit_given": Text.of(np.array([f.declared for f in fps], dtype=object)),
        "factor_gases": None,
        "factor_key": Text.of(np.array([f.id for f in fps], dtype=object)),
        "factor_source": Text.of(np.array([f"{f.company_name} (PACT {f.spec_version})"
                                           for f in fps], dtype=object)),
        "factor_ref": Text.of(np.array([f.product_ids[0] for f in fps], dtype=object)),
        "factor_origin": Text.of(np.array([str(f.source) for f in fps], dtype=object)),
        "matched_by": "supplier_pcf",
        "master_origin": None, "data_type": "primary", "energy_basis": None,
        "kg_co2e": amount * factor,
    }, len(rows))


def transport_parts(parts: Frame, match: SupplierMatch | None) -> Frame:
    """The parts as transport sees them: an assembly bought with a footprint is one
    delivered piece (its own supplier, its own weight); a line bought with a footprint
    weighs what is delivered: its raw weight (bought before our machining), else its net
    weight, else what its footprint states for its unit (`stated_mass`)."""
    if not match:
        return parts
    at = positions(match.matched)
    out = parts.copy()
    out["is_assembly"] = parts["is_assembly"] & ~match.matched
    net = parts["net_kg"].astype(float).copy()
    raw = parts["raw_kg"].astype(float).copy()
    units = parts["quantity_unit"] if "quantity_unit" in parts else None
    from ..read.supplier_pcf import UNIT_SIZES

    for i in at.tolist():
        unit = line_unit(units[i]) if units is not None else ("piece", 1.0)
        if unit is not None and UNIT_SIZES[unit[0]][0] == "mass":
            # 数量単位 kg (g, t): the quantity is the mass, whatever a piece weighs
            net[i], raw[i] = unit[1] * UNIT_SIZES[unit[0]][1], np.nan
        elif unit is not None and np.isnan(net[i]) and np.isnan(raw[i]):
            net[i] = stated_mass(match.footprints[match.index[i]], unit)
    out["net_kg"], out["raw_kg"] = net, raw
    return out


def stated_mass(footprint: SupplierFootprint, unit: tuple[str, float]) -> float:
    """kg in one line unit (`line_unit`: a piece, a liter...) by the footprint's product
    mass, when the line's unit is of the footprint's dimension (a piece of a footprint per
    piece, 2 L of one per 12 L weighing 9.468 kg: 2 x 0.789); NaN otherwise."""
    from ..read.supplier_pcf import MASS_CONVERTIBLE, UNIT_SIZES

    dimension, size = UNIT_SIZES[footprint.declared_unit]
    per_unit = footprint.mass_kg_per_unit
    if UNIT_SIZES[unit[0]][0] != dimension or dimension not in MASS_CONVERTIBLE \
            or not per_unit:
        return np.nan
    return unit[1] * UNIT_SIZES[unit[0]][1] / size * per_unit


def apply(inventory: Frame, match: SupplierMatch) -> Frame:
    """The inventory without what the footprints cover, their fields on their lines."""
    inventory = inventory.take(supplier_keep(inventory, match))
    annotate(inventory, match)
    return inventory


def supplier_keep(inventory: Frame, match: SupplierMatch) -> np.ndarray:
    """The inventory lines that stay: not below an assembly bought with a footprint, and
    no material line of a part bought with one (its supplier line replaces it). Its
    scrap (raw - net weight: the chips of our own machining), its transport
    (`transport_parts`) and its processing stay."""
    part = inventory["part"].astype(np.intp)
    matched = match.matched[part]
    stage = inventory["stage"]
    replaced = matched & (stage == "materials") & (inventory["matched_by"] != "supplier_pcf")
    return ~(match.covered[part] | replaced)


def annotate(inventory: Frame, match: SupplierMatch) -> None:
    """The footprint's id, company, product id, reference period, primary data share
    (0-1) and DQR ratings on each supplier footprint line (None / NaN elsewhere)."""
    n = len(inventory)
    on = positions((inventory["matched_by"] == "supplier_pcf")
                        & ~isnull(inventory["factor_key"]))
    index = match.index[inventory["part"].astype(np.intp)[on]]
    text = {name: np.full(n, None, dtype=object) for name in PCF_FIELDS[:4]}
    number = {name: np.full(n, np.nan) for name in PCF_FIELDS[4:]}
    for row, k in zip(on.tolist(), index.tolist(), strict=True):
        f = match.footprints[k]
        text["pcf_id"][row] = f.id
        text["pcf_company"][row] = f.company_name
        text["pcf_product_id"][row] = f.product_ids[0]
        text["pcf_period"][row] = period(f)
        for name, value in footprint_numbers(f).items():
            number[name][row] = value
    for name, values in text.items():
        inventory[name] = Text.of(values)
    for name, values in number.items():
        inventory[name] = values


def period(footprint: object) -> str:
    """The reference period as `start/end` days; the end is PACT's exclusive end."""
    start = footprint.reference_period_start.date().isoformat()  # type: ignore[attr-defined]
    end = footprint.reference_period_end.date().isoformat()  # type: ignore[attr-defined]
    return f"{start}/{end}"


def footprint_numbers(footprint: object) -> dict[str, float]:
    """pcf_primary_share (fraction) and the DQR ratings, NaN where not given."""
    share = footprint.primary_data_share  # type: ignore[attr-defined]
    dqi = footprint.dqi  # type: ignore[attr-defined]

    def rating(name: str) -> float:  # v2's 1-3 ratings are not PACT v3's 1-5: left out
        v3 = dqi is not None and tuple(dqi.scale) == (1.0, 5.0)
        value = getattr(dqi, name, None) if v3 else None
        return np.nan if value is None else float(value)

    return {"pcf_primary_share": np.nan if share is None else share / 100.0,
            "pcf_dqr_technological": rating("technological"),
            "pcf_dqr_geographical": rating("geographical"),
            "pcf_dqr_temporal": rating("temporal")}


def carbon_split(inventory: Frame, match: SupplierMatch | None, gwp: str) -> None:
    """The fossil / including-biogenic-uptake / packaging kg-CO2e and the GWP sets of every
    line (SPLIT_FIELDS). A database factor states no split: its whole kg_co2e is fossil,
    with no biogenic uptake and no packaging, on the run's GWP set. A supplier footprint
    line carries the footprint's own fossilGhgEmissions, pcfIncludingBiogenicUptake (not
    given: as excluding) and packagingGhgEmissions per declared unit x the amount used."""
    kg = inventory["kg_co2e"].astype(float)
    n = len(inventory)
    fossil, including, packaging = kg.copy(), kg.copy(), np.full(n, np.nan)
    on = positions((inventory["matched_by"] == "supplier_pcf")
                   & ~isnull(inventory["factor_key"])) if match else np.empty(0, np.intp)
    if len(on):
        sets, included = _footprint_split(inventory, match, on, gwp,  # type: ignore[arg-type]
                                          (kg, fossil, including, packaging))
    else:  # database factors only (most BOMs): one GWP set, no packaging statement
        sets, included = Text.const(gwp, n), Text.const(None, n)
    inventory["fossil_kg_co2e"], inventory["biogenic_incl_kg_co2e"] = fossil, including
    inventory["packaging_kg_co2e"] = packaging
    inventory["gwp_sets"], inventory["pcf_packaging"] = sets, included


def _footprint_split(inventory: Frame, match: SupplierMatch, on: np.ndarray, gwp: str,
                     columns: tuple[np.ndarray, ...]) -> tuple[Text, Text]:
    """`carbon_split` on the supplier footprint lines `on`: their fossil, including and
    packaging kg-CO2e set in `columns` (kg, fossil, including, packaging); the GWP sets
    and the packaging statement of every line."""
    kg, fossil, including, packaging = columns
    sets = np.full(len(inventory), gwp, dtype=object)
    included = np.full(len(inventory), None, dtype=object)
    amount = inventory["amount"].astype(float)
    for row, k in zip(on.tolist(), match.index[inventory["part"].astype(np.intp)[on]]
                      .tolist(), strict=True):
        f = match.footprints[k]
        fossil[row] = amount[row] * f.per_unit(f.fossil_ghg_emissions)
        given = f.per_unit(f.pcf_including_biogenic)
        including[row] = kg[row] if given is None else amount[row] * given
        pack = f.per_unit(f.packaging_ghg_emissions) if f.packaging_included else None
        packaging[row] = np.nan if pack is None else amount[row] * pack
        sets[row] = ", ".join(f.characterization_factors) or gwp
        included[row] = "true" if f.packaging_included else "false"
    return Text.of(sets), Text.of(included)
