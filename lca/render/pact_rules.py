"""The rule profile in the PACT footprint (issue 14): exemptions from the emission
cut-off estimate, the allocation rules, the stages of the boundary and the profile named
in the comment. The recycling credit of the end-of-life option is described, never
subtracted: pcfExcludingBiogenicUptake stays the cut-off footprint."""

from __future__ import annotations

from typing import Any


def exempted(result: Any, decimal: Any, lang: str = "en") -> tuple[str, str]:
    """exemptedEmissionsPercent and its description (also the study report's, section 1.4).

    The percent is what is actually excluded, item by item in its own stage (a part whose
    transport alone is left out counts with its transport, not its mass): the estimated
    emissions of the excluded items (`compute.cutoff`, a conservative proxy) as a share of
    the footprint including them. An item that cannot be estimated (no weight, no route)
    is not in the percent, which is then a lower bound: the description names it. What a
    supplier footprint used left out is excluded from this footprint too (`_upstream`)."""
    from ..i18n import tr

    upstream = _upstream(result)
    if not result.excluded and not upstream:
        rule = tr("pact.exempted.rule", lang, limit=f"{result.cutoff_pct:g}%") \
            if result.cutoff_pct else ""
        return "0", tr("pact.exempted.none", lang, rule=rule)
    known = [e for e in result.excluded if e.get("estimated_kg_co2e") is not None]
    unknown = [e for e in result.excluded if e.get("estimated_kg_co2e") is None]
    estimated = sum(float(e["estimated_kg_co2e"]) for e in known)  # type: ignore[arg-type]
    estimated += sum(kg for _, _, kg in upstream)
    base = max(float(result.total), 0.0) + estimated
    share = estimated / base * 100 if base > 0 else 0.0
    texts = []
    if result.excluded:
        items = "; ".join(_exempted_item(e, decimal, lang) for e in result.excluded)
        texts.append(tr("pact.exempted.items", lang, count=len(result.excluded), items=items,
                        profile=(result.rules or {}).get("name", "default")))
    if unknown:
        names = ", ".join(str(e.get("part_number")) for e in unknown)
        texts.append(tr("pact.exempted.unquantified", lang, count=len(unknown), names=names))
    for footprint, carried, kg in upstream:
        texts.append(tr("pact.exempted.supplier", lang, id=footprint.id,
                        company=footprint.company_name,
                        percent=decimal(footprint.exempted_percent), kg=decimal(kg),
                        carried=decimal(carried)))
    return decimal(share), " ".join(texts)


def _upstream(result: Any) -> list[tuple[Any, float, float]]:
    """(footprint, kg-CO2e it carries here, kg-CO2e it left out) of each supplier footprint
    used with an exemptedEmissionsPercent x > 0: x is the share of its own PCF including
    what it left out, so a line carrying L left out L x x / (100 - x)."""
    out = []
    for footprint, used in zip(result.supplier_pcfs, result.supplier_footprints(),
                               strict=True):
        x = float(footprint.exempted_percent)
        carried = float(used["kg_co2e"])
        if 0 < x < 100 and carried > 0:
            out.append((footprint, carried, carried * x / (100 - x)))
    return out


def _exempted_item(item: dict[str, Any], decimal: Any, lang: str) -> str:
    """'P-1 (transport: supplier not in the supplier table): 0.0203 kgCO2e estimated'."""
    from ..i18n import tr

    reason = tr(f"reason.{item.get('reason')}", lang)
    if item.get("stage", "materials") == "materials":
        reason = tr("pact.exempted.materials", lang, reason=reason)
    value = item.get("estimated_kg_co2e")
    if value is None:
        return tr("pact.exempted.item_unknown", lang, part=item.get("part_number"),
                  reason=reason)
    return tr("pact.exempted.item", lang, part=item.get("part_number"), reason=reason,
              kg=decimal(float(value)))


def allocation(result: Any, lang: str = "en") -> dict[str, str]:
    from ..i18n import tr

    allocation = result.allocation or {"scrap": "cut_off"}
    text = tr("pact.allocation.cut_off", lang)
    if allocation["scrap"] == "eol_recycling":
        text += tr("pact.allocation.eol_recycling", lang, profile=result.rules["name"],
                   credit=f"{float(allocation['credit_kg_co2e']):.6g}")
    return {"allocationRulesDescription": text}


def boundary_stages(result: Any) -> dict[str, float]:
    """The stages of the profile's boundary (all four by default)."""
    stages = result.stages()
    inside = (result.rules or {}).get("stages") or list(stages)
    return {s: v for s, v in stages.items() if s in inside}


def comment(result: Any, lang: str = "en") -> str:
    from ..i18n import tr

    rules = result.rules
    if not rules:
        return ""
    return tr("pact.text.rules", lang, name=rules["name"], file=rules["file"],
              sha256=rules["sha256"])


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
