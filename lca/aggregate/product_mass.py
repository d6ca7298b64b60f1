"""The product mass with supplier footprints (issue 12; README, "Product mass").

`structure.product_mass_each` sums the leaf parts' weights. A line bought with a
supplier's PACT footprint is delivered as one piece of what the supplier made, so:

- it counts with its mass in the product: its net weight, else its raw weight; a line whose
  quantity is a mass (数量単位 kg, g, t) counts that mass; a line without a weight in the
  unit of its footprint (pieces, liters...) counts the footprint's stated mass
  (productMassPerDeclaredUnit, `compute.supplier.stated_mass`);
- an assembly bought with a footprint counts as that one delivered part, and its children
  (inside the supplier's footprint) do not count again.

This is what PACT `productMassPerDeclaredUnit`, the JSON's `product_mass_kg` and the
reports write (`Result.product_mass_kg`).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from ..compute.supplier import transport_parts
from ..frame import Frame
from ..resolve.structure import input_mass_each, product_mass_each


def with_supplier_pcfs(parts: Frame, match: object | None,
                       each_of: Callable[[Frame], np.ndarray] = product_mass_each) -> np.ndarray:
    """Each part's share of the product mass (kg per declared unit), in `parts` order;
    `each_of=input_mass_each`: of the material bought (the mass cut-off's basis)."""
    if not match:
        return each_of(parts)
    delivered = transport_parts(parts, match)  # type: ignore[arg-type]
    return np.where(match.covered, 0.0, each_of(delivered))  # type: ignore[attr-defined]


def input_mass(parts: Frame, match: object | None) -> float:
    """The material bought per declared unit, kg (raw weights, else net)."""
    return float(np.sum(with_supplier_pcfs(parts, match, input_mass_each)))
