"""Cut-off by emissions (issue 14): what is excluded stays within X % of each stage.

The items excluded are the ones the calculation already leaves out and lists in
`Notes.excluded`: parts without a material factor (mass cut-off or `--allow-missing`,
`flows.material_flows`, stage `materials`) and the inbound transport of parts whose
supplier is not in the supplier table, or whose row there has no mode or distance
(`flows.transport_flows`, stage `transport`).
Their emissions are unknown, so each is estimated with a conservative proxy:

- materials: the part's mass x the rule profile's stated `cutoff.proxy_kg_co2e_per_kg`
  when given; else the highest per-kg factor in force of the part's category (the
  category key, its `<category>:...` variants and the grade map's specific keys of the
  category: for steel 3.53, the alloy bar); else, for a part without a category or a
  category without a factor, the highest per-kg factor of any material category in
  force (24.9 kg-CO2e/kg, the built-in printed circuit board);
- transport: the part's mass / 1000 x the worst route of the supplier table (the largest
  distance x mode factor, kg-CO2e per tonne).

Share of a stage = estimated excluded / (included + estimated excluded), i.e. of the
stage's emissions with the excluded items; basis `total` takes the whole footprint
instead (the PACT exemption rule). A share at the limit is within it. An item without a
mass cannot be estimated: the rule is then not shown to hold, which is said.
"""

from __future__ import annotations

import numpy as np

from ..frame import Frame, fill, nan_to_zero
from ..read.factors import FactorTable
from ..read.materials import MaterialMap
from ..read.rules import STAGES

TOLERANCE = 1e-9  # percent points: a share computed as 5.000000000001 % is at 5 %


def transport_exclusions(parts: Frame, at: np.ndarray,
                         reason: str = "unknown_supplier") -> list[dict[str, object]]:
    """The excluded-item records of the parts at `at` whose supplier is unknown (or, reason
    `incomplete_supplier`, has no mode or distance): their inbound transport is left out
    (stage `transport`)."""
    mass = fill(parts["raw_kg"], parts["net_kg"])
    items = []
    for i in at.tolist():
        part_mass = float(parts["total_quantity"][i] * mass[i])
        items.append({"part_number": parts["part_number"][i],
                      "grade": _dash(parts["grade"][i]),
                      "category": _dash(parts["category_key"][i]),
                      "reason": reason, "stage": "transport",
                      "mass_kg": None if part_mass != part_mass else part_mass})
    return items


def _dash(value: object) -> str:
    return value if isinstance(value, str) and value else "-"


def category_keys(category: str, factors: FactorTable, materials: MaterialMap) -> list[str]:
    """The per-kg factor keys in force that belong to `category`."""
    specific = {key for cat, key, _origin in materials.grades.values()
                if cat == category and key}
    return [key for key, row in factors.records.items()
            if row.get("dimension") == "mass"
            and (key == category or key.startswith(f"{category}:") or key in specific)]


def material_proxy(category: str | None, factors: FactorTable, materials: MaterialMap,
                   stated: float | None) -> tuple[float, str] | None:
    """(kg-CO2e per kg, what it is) of the conservative proxy for a part of `category`."""
    if stated is not None:
        return stated, "rules:cutoff.proxy_kg_co2e_per_kg"
    keys = category_keys(category, factors, materials) if category else []
    if not keys:
        keys = [k for cat in materials.categories for k in category_keys(cat, factors,
                                                                          materials)]
        if not keys:
            return None
    best = max(keys, key=lambda k: (float(factors.records[k]["factor"]), k))  # type: ignore[arg-type]
    return float(factors.records[best]["factor"]), best  # type: ignore[arg-type]


def transport_proxy(suppliers: Frame, factors: FactorTable) -> tuple[float, str] | None:
    """(kg-CO2e per tonne, which route) of the worst route in the supplier table."""
    best: tuple[float, str] | None = None
    for name, mode, km in zip(suppliers["supplier"], suppliers["mode"],
                              suppliers["distance_km"].astype(float), strict=True):
        row = factors.find(mode)
        if row is None or row.get("dimension") != "transport" or not km == km:
            continue
        per_tonne = float(km) * float(row["factor"])  # type: ignore[arg-type]
        if best is None or per_tonne > best[0]:
            best = (per_tonne, f"{name}: {mode} {km:g} km")
    return best


def assess(inventory: Frame, excluded: list[dict[str, object]], factors: FactorTable,
           materials: MaterialMap, suppliers: Frame, limit_pct: float, basis: str,
           stated: float | None) -> dict[str, object]:
    """Estimate every excluded item (adds `stage`, `proxy_kg_co2e_per_kg`, `proxy`,
    `estimated_kg_co2e` and `share_pct` to each dict of `excluded`) and check the rule.

    Returns the `emissions` part of the result's `cut_off`: per stage the included and
    estimated excluded kg-CO2e, the share, whether it is within the limit; the totals
    with and without the excluded items."""
    kg = nan_to_zero(inventory["kg_co2e"].astype(float))
    stage = inventory.column("stage")  # compared on the codes where it is a Text
    included = {s: float(kg[np.asarray(stage == s, dtype=bool)].sum()) for s in STAGES}
    estimated, unestimated, counts = _estimate_items(excluded, factors, materials, suppliers,
                                                     stated)
    total_in, total_out = sum(included.values()), sum(estimated.values())
    stages: dict[str, dict[str, object]] = {}
    for s in STAGES:
        stages[s] = _check(included[s], estimated[s], limit_pct, counts[s], unestimated[s])
    whole = _check(total_in, total_out, limit_pct, sum(counts.values()),
                   sum(unestimated.values()))
    _shares(excluded, stages, whole, basis)
    return {"rule": "emissions", "threshold_pct": limit_pct, "basis": basis,
            "stages": stages, "total": whole,
            "total_without_excluded_kg_co2e": total_in,
            "total_with_excluded_kg_co2e": total_in + total_out}


def _estimate_items(excluded: list[dict[str, object]], factors: FactorTable,
                    materials: MaterialMap, suppliers: Frame, stated: float | None
                    ) -> tuple[dict[str, float], dict[str, int], dict[str, int]]:
    """Estimate every excluded item with its proxy (adds `stage`, `proxy_kg_co2e_per_kg`,
    `proxy` and `estimated_kg_co2e`); per stage: the estimated kg-CO2e, how many items
    could not be estimated, how many items."""
    estimated = dict.fromkeys(STAGES, 0.0)
    unestimated = dict.fromkeys(STAGES, 0)
    counts = dict.fromkeys(STAGES, 0)
    route = None
    for item in excluded:
        where = str(item.setdefault("stage", "materials"))
        counts[where] += 1
        mass = item.get("mass_kg")
        if where == "transport":
            route = route or transport_proxy(suppliers, factors) or (float("nan"), "")
            proxy = route if route[0] == route[0] else None
            per_kg = proxy[0] / 1000.0 if proxy else None
        else:
            category = item.get("category")
            proxy = material_proxy(category if category != "-" else None,  # type: ignore[arg-type]
                                   factors, materials, stated)
            per_kg = proxy[0] if proxy else None
        item["proxy_kg_co2e_per_kg"] = per_kg
        item["proxy"] = proxy[1] if proxy else None
        if per_kg is None or mass is None:
            item["estimated_kg_co2e"] = None
            unestimated[where] += 1
            continue
        item["estimated_kg_co2e"] = float(mass) * per_kg  # type: ignore[arg-type]
        estimated[where] += item["estimated_kg_co2e"]  # type: ignore[operator]
    return estimated, unestimated, counts


def _shares(excluded: list[dict[str, object]], stages: dict[str, dict[str, object]],
            whole: dict[str, object], basis: str) -> None:
    """Adds `share_pct` to each excluded item: of its stage's or of the whole total
    (`basis`), the excluded items included."""
    for item in excluded:
        base = whole if basis == "total" else stages[str(item["stage"])]
        with_out = float(base["with_excluded_kg_co2e"])  # type: ignore[arg-type]
        value = item["estimated_kg_co2e"]
        item["share_pct"] = None if value is None else (
            float(value) / with_out * 100 if with_out > 0 else 0.0)  # type: ignore[arg-type]


def _check(included: float, estimated: float, limit_pct: float, count: int,
           unestimated: int) -> dict[str, object]:
    with_out = included + estimated
    share = estimated / with_out * 100 if with_out > 0 else 0.0
    return {"included_kg_co2e": included, "excluded_kg_co2e": estimated,
            "with_excluded_kg_co2e": with_out, "share_pct": share, "excluded_items": count,
            "not_estimated": unestimated,
            "within": unestimated == 0 and share <= limit_pct + TOLERANCE}


def failures(emissions: dict[str, object]) -> list[tuple[str, dict[str, object]]]:
    """The stages (or the total, basis `total`) where excluded items break the rule or
    cannot be estimated: (stage, its check)."""
    if emissions["basis"] == "total":
        checks = {"total": emissions["total"]}
    else:
        checks = emissions["stages"]  # type: ignore[assignment]
    return [(name, check) for name, check in checks.items()  # type: ignore[union-attr]
            if check["excluded_items"] and not check["within"]]
