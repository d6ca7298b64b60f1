"""The rule profile in the PACT footprint (issue 14): exemptions from the emission
cut-off estimate, the allocation rules, the stages of the boundary and the profile named
in the comment. The recycling credit of the end-of-life option is described, never
subtracted: pcfExcludingBiogenicUptake stays the cut-off footprint."""

from __future__ import annotations

from typing import Any


def exempted(result: Any, decimal: Any) -> tuple[str, str] | None:
    """exemptedEmissionsPercent and its description from the estimated emissions of the
    excluded items (share of the footprint with them); None: nothing estimated."""
    emissions = result.cut_off_emissions
    if not emissions or not result.excluded:
        return None
    total = emissions["total"]
    if total["not_estimated"]:
        return None  # some items have no weight: the mass share stays the estimate
    items = ", ".join(f"{e.get('part_number')} ({e.get('stage')}: "
                      f"{decimal(float(e['estimated_kg_co2e']))} kgCO2e)"
                      for e in result.excluded)
    return decimal(float(total["share_pct"])), (
        f"{len(result.excluded)} item(s) excluded, estimated with a conservative proxy "
        f"(rule profile {result.rules['name']}: within {emissions['threshold_pct']:g}% of "
        f"{'the total' if emissions['basis'] == 'total' else 'each life-cycle stage'}): "
        f"{items}. The percent is their estimated share of the footprint including them.")


def allocation(result: Any) -> dict[str, str]:
    allocation = result.allocation or {"scrap": "cut_off"}
    text = ("Process scrap: cut-off (recycled-content) approach; the product carries the "
            "full burden of the raw material bought, the scrap only its treatment. "
            "Processing electricity is allocated to parts by machine time.")
    if allocation["scrap"] == "eol_recycling":
        text += (f" The rule profile {result.rules['name']} asks for end-of-life recycling "
                 f"(avoided burden): the credit of the recycled scrap, "
                 f"{float(allocation['credit_kg_co2e']):.6g} kgCO2e per declared unit, is "
                 f"reported here only and not subtracted from this PCF.")
    return {"allocationRulesDescription": text}


def boundary_stages(result: Any) -> dict[str, float]:
    """The stages of the profile's boundary (all four by default)."""
    stages = result.stages()
    inside = (result.rules or {}).get("stages") or list(stages)
    return {s: v for s, v in stages.items() if s in inside}


def comment(result: Any) -> str:
    rules = result.rules
    if not rules:
        return ""
    return (f" Rule profile {rules['name']} ({rules['file']}, sha256 {rules['sha256']}).")


#: the PACT Methodology version the built-in `pact` profile follows (lca/data/rules/pact.toml),
#: as PACT v3's crossSectoralStandards names it
PACT_METHODOLOGY = "PACT-3.0"


def cross_sectoral(result: Any) -> list[str]:
    """crossSectoralStandards: ISO 14067 always (cfp's method); with the built-in `pact`
    profile also the PACT Methodology it follows. A user's profile states no standard:
    nothing is claimed for it."""
    rules = result.rules or {}
    standards = ["ISO14067"]
    if rules.get("file") == "built-in:pact":
        standards.append(PACT_METHODOLOGY)
    return standards
