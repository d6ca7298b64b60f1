"""The product mass with supplier footprints (issue 12; README, "Product mass").

`structure.product_mass_each` sums the leaf parts' weights. A line bought with a
supplier's PACT footprint is delivered as one piece of what the supplier made, so:

- it counts with its delivered mass: its net weight, else its raw weight; a line whose
  quantity is a mass (数量単位 kg, g, t) counts that mass; a footprint per piece on a
  line without a weight counts the footprint's stated mass (productMassPerDeclaredUnit);
- an assembly bought with a footprint counts as that one delivered part, and its children
  (inside the supplier's footprint) do not count again.

This is what PACT `productMassPerDeclaredUnit`, the JSON's `product_mass_kg` and the
reports write (`Result.product_mass_kg`).
"""

from __future__ import annotations

import numpy as np

from ..compute.supplier import line_unit, transport_parts
from ..frame import Frame
from ..read.supplier_pcf import UNIT_SIZES
from ..resolve.structure import product_mass_each


def with_supplier_pcfs(parts: Frame, match: object | None) -> np.ndarray:
    """Each part's share of the product mass (kg per declared unit), in `parts` order."""
    if not match:
        return product_mass_each(parts)
    delivered = transport_parts(parts, match)  # type: ignore[arg-type]
    at = np.flatnonzero(match.matched)  # type: ignore[attr-defined]
    if len(at) and "quantity_unit" in parts:
        net = delivered["net_kg"].astype(float).copy()
        raw = delivered["raw_kg"].astype(float).copy()
        for i in at.tolist():
            unit = line_unit(parts["quantity_unit"][i])
            if unit is not None and UNIT_SIZES[unit[0]][0] == "mass":
                net[i] = unit[1] * UNIT_SIZES[unit[0]][1]  # kg per unit of quantity
                raw[i] = np.nan
        delivered["net_kg"], delivered["raw_kg"] = net, raw
    each = product_mass_each(delivered)
    return np.where(match.covered, 0.0, each)  # type: ignore[attr-defined]
