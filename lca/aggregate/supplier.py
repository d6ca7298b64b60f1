"""Primary data share (Pathfinder / PACT definition) and the supplier footprints used.

    share = primary_data_share(flows, kg, total)   # 0-1, PACT primaryDataShare / 100
    used = supplier_footprints(result)             # one dict per footprint used

The primary data share is the share of the total computed with primary data, where
(PACT Technical Specification, Pathfinder Framework 2.0 §4.2.3):

- a line bought with a supplier footprint (matched_by `supplier_pcf`) contributes its
  emissions x that footprint's own primaryDataShare (`pcf_primary_share`, a fraction;
  a footprint that states none contributes 0): the supplier's secondary data stay
  secondary, so the share propagates along the chain instead of becoming 100 %;
- processing electricity counts as primary when the energy is measured (実測) and the
  electricity factor is supplier-specific: the Settings 電力排出係数 (the utility's
  own factor), a retailer's factor or the user's own, not a built-in national average
  or default (`compute.grid.GRID_AVERAGE_KEYS`: Japan's, every country's, the world's);
- every other line counts as primary when its data type is `primary` (a user factor
  keyed by part number, or a factor row typed primary).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from ..compute.grid import among, average_grid_lines
from ..frame import Frame, nan_to_zero


def primary_weights(flows: Frame) -> np.ndarray:
    """Per line, the fraction of its emissions that is primary data (0-1)."""
    n = len(flows)
    if not n:
        return np.zeros(0)
    primary = among(flows, "data_type", {"primary"})
    weight = primary.astype(float)
    processing = among(flows, "stage", {"processing"})
    if processing.any():
        average = average_grid_lines(flows)
        weight[processing & average] = 0.0
    supplier = among(flows, "matched_by", {"supplier_pcf"})
    if supplier.any():
        share = flows["pcf_primary_share"].astype(float) if "pcf_primary_share" in flows \
            else np.full(n, np.nan)
        weight[supplier] = nan_to_zero(share[supplier])
    return weight


def primary_data_share(flows: Frame, kg: np.ndarray, total: float) -> float:
    """Share (0-1) of `total` from primary data (see the module docstring)."""
    if not total:
        return 0.0
    return float(np.sum(kg * primary_weights(flows)) / total)


def supplier_footprints(result: Any) -> list[dict[str, object]]:
    """Each supplier footprint used: who, what, when, its own primary data share and
    data quality, the BOM lines and the kg-CO2e it carries and its share of the total."""
    if not result.supplier_pcfs:
        return []
    from ..compute.supplier import footprint_numbers, period

    flows = result.flows
    on = flows["matched_by"] == "supplier_pcf"
    keys = flows["factor_key"]
    kg = nan_to_zero(flows["kg_co2e"].astype(float))
    rows = flows["row"].astype(np.int64) + 1
    total = result.total
    out = []
    for footprint in result.supplier_pcfs:
        mine = on & (keys == footprint.id)
        carried = float(kg[mine].sum())
        numbers = footprint_numbers(footprint)
        out.append({
            "id": footprint.id, "company": footprint.company_name,
            "product_id": footprint.product_ids[0], "product_ids": list(footprint.product_ids),
            "product_name": footprint.product_name, "spec_version": footprint.spec_version,
            "status": footprint.status, "declared_unit": footprint.declared,
            "kg_co2e_per_declared_unit": footprint.pcf_excluding_biogenic,
            "reference_period": period(footprint),
            "validity_end": footprint.validity_period_end.date().isoformat(),
            "primary_data_share": _none(numbers["pcf_primary_share"]),
            "dqr": {k: _none(numbers[f"pcf_dqr_{k}"])
                    for k in ("technological", "geographical", "temporal")},
            "file": Path(footprint.source.file).name, "json_path": footprint.source.json_path,
            "rows": sorted(set(rows[mine].tolist())),
            "kg_co2e": carried, "share": carried / total if total else 0.0,
        })
    return out


def _none(value: float) -> float | None:
    return None if value != value else float(value)
