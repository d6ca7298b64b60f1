"""Scrap allocation (issue 14): the cut-off approach, or end-of-life recycling credits.

Cut-off (recycled-content) approach, the default: process scrap leaves the system
without burden or credit; only its treatment (the waste stage) is counted. Nothing here.

End-of-life recycling (avoided burden), `allocation.scrap = "eol_recycling"` in a rule
profile: the recycled share of each part's process scrap is credited with the primary
production it avoids, at the factor of the part's own material line:

    credit = - total qty x (raw - net) kg x recycling rate x material factor (kg-CO2e/kg)

The credit is a separate figure (`credit` lines and their sum), never part of the
footprint: the total, the stages, the PACT footprint and the CFP sheet's headline stay
the cut-off figures; the reports show the credit and the net beside them, labelled.
Parts counted per piece (no material factor per kg) or without scrap get no credit.
"""

from __future__ import annotations

import numpy as np

from ..frame import Frame, positions


def credit_lines(inventory: Frame, rate_pct: float) -> list[dict[str, object]]:
    """One credit line per part with scrap and a per-kg material line (BOM order)."""
    stage, part = inventory["stage"], inventory["part"].astype(np.intp)
    unit = inventory["unit"]
    material = positions((stage == "materials") & (unit == "kg"))
    factor_of = {int(part[i]): i for i in material.tolist()}
    lines: list[dict[str, object]] = []
    rate = rate_pct / 100.0
    for i in positions(stage == "waste").tolist():
        m = factor_of.get(int(part[i]))
        scrap = float(inventory["amount"][i])
        if m is None or not scrap > 0:
            continue
        factor = float(inventory["factor"][m])
        lines.append({
            "row": int(inventory["row"][i]) + 1, "part_number": inventory["part_number"][i],
            "material": inventory["flow"][m], "scrap_kg": scrap,
            "recycling_rate_pct": rate_pct, "factor": factor,
            "factor_key": inventory["factor_key"][m],
            "kg_co2e": -scrap * rate * factor})
    return lines


def credit(inventory: Frame, total: float, approach: str,
           rate_pct: float) -> dict[str, object]:
    """The result's `allocation` object: the approach and, for end-of-life recycling, the
    credit lines, their sum (negative) and the net figure, shown beside the footprint."""
    if approach != "eol_recycling":
        return {"scrap": "cut_off", "credit_kg_co2e": None}
    lines = credit_lines(inventory, rate_pct)
    amount = float(sum(float(line["kg_co2e"]) for line in lines))  # type: ignore[arg-type]
    return {"scrap": "eol_recycling", "recycling_rate_pct": rate_pct,
            "credit_kg_co2e": amount, "total_with_credit_kg_co2e": total + amount,
            "credit_lines": lines}
