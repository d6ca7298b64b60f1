"""Processing by energy carrier, and its split into Scope 1 and Scope 2 (issue 15).

Every processing line records its `energy_carrier` (compute/processing.py): electricity
and compressed air are electricity bought from the grid (Scope 2 of the supplier's own
operations), a fuel key (`city_gas_13a`, `lpg`, `kerosene`...) is fuel burnt on site
(Scope 1). The split is of the processing stage only (the gate-to-gate emissions of the
Green x Digital data model); materials, transport and waste are upstream (Scope 3) of
the supplier and are not split here.
"""

from __future__ import annotations

import numpy as np

from ..frame import Frame, Text, fill_at, positions
from ..records import frozen
from .tables import first_use, share, where

#: carriers that are purchased electricity (Scope 2); every other carrier is a fuel
ELECTRIC = ("electricity", "compressed_air")


@frozen
class Carrier:
    """One energy carrier of the processing stage: its amount (in `unit`: kWh for
    electricity and compressed air, the fuel factor's unit for a fuel) and emissions."""

    key: str
    scope: int  # 1: fuel burnt on site, 2: purchased electricity
    amount: float
    unit: str
    kg_co2e: float
    share: float  # of the total footprint


@frozen
class ProcessingScopes:
    """Processing emissions per carrier (in order of first use), and by scope."""

    carriers: tuple[Carrier, ...]
    scope1_kg: float
    scope2_kg: float

    def to_dict(self) -> dict[str, object]:
        """The JSON `processing_scopes` object (README "JSON output")."""
        return {"scope1_fuel_kg_co2e": self.scope1_kg,
                "scope2_electricity_kg_co2e": self.scope2_kg,
                "carriers": [{"carrier": c.key, "scope": c.scope, "amount": c.amount,
                              "unit": c.unit, "kg_co2e": c.kg_co2e} for c in self.carriers]}


def processing_scopes(flows: Frame, kg: np.ndarray, total: float) -> ProcessingScopes:
    """Sum the processing lines per energy carrier; a line without a carrier (a result
    of an older cfp) is electricity."""
    mask = where(flows, "stage", "processing")
    if not mask.any():
        return ProcessingScopes((), 0.0, 0.0)
    rows = positions(mask)
    codes, keys, first = first_use(_carriers(flows, rows))
    amount = np.bincount(codes, weights=flows["amount"][mask].astype(float),
                         minlength=len(keys))
    kg_sum = np.bincount(codes, weights=kg[mask], minlength=len(keys))
    units = flows.column("unit")  # one row per carrier: a `Text` row is read as it is
    carriers = tuple(Carrier(str(k), 2 if k in ELECTRIC else 1, float(a),
                             str(units[int(rows[f])]), float(e), share(float(e), total))
                     for k, a, e, f in zip(keys, amount.tolist(), kg_sum.tolist(),
                                           first.tolist(), strict=True))
    scope1 = sum(c.kg_co2e for c in carriers if c.scope == 1)
    scope2 = sum(c.kg_co2e for c in carriers if c.scope == 2)
    return ProcessingScopes(carriers, float(scope1), float(scope2))


def _carriers(flows: Frame, rows: np.ndarray) -> np.ndarray | Text:
    """The energy carrier of the flows at `rows`, "electricity" where none is given."""
    column = flows.column("energy_carrier") if "energy_carrier" in flows \
        else Text.const(None, len(flows))
    return fill_at(column, rows, "electricity")
