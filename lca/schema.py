"""The inventory schema: every field of an inventory line, declared once.

One row of the inventory is one flow: activity amount x emission factor = kg-CO2e,
with where each number came from. Every writer derives its columns from `INVENTORY`
(the JSON inventory, the CSV, the Excel inventory sheet, the report's annex), so a new
field is added here and nowhere else: its name (the Frame column and the JSON/CSV key),
its kind (int, float, text), its header (a message key, read in Japanese or English),
its unit, and which outputs carry it.
"""

from __future__ import annotations

from .records import frozen


@frozen
class Field:
    """One field of an inventory line."""

    name: str
    kind: str  # "int", "float" or "text"
    header: str  # message key of the column header (h.*)
    unit: str | None = None  # a unit, or "<field>" naming the field that holds it
    json: bool = True  # in the JSON inventory
    csv: bool = True  # in the CSV inventory
    xlsx: bool = True  # in the Excel inventory sheet
    digits: int | None = None  # significant digits in the CSV (people read it), if rounded
    doc: str = ""


INVENTORY: tuple[Field, ...] = (
    Field("row", "int", "h.row", doc="Excel row of the BOM line"),
    Field("part_number", "text", "h.part_number"),
    Field("parent_row", "int", "h.parent_row",
          doc="Excel row of the parent assembly; 0 for a direct child of the product"),
    Field("quantity_per_parent", "float", "h.quantity_per_parent", unit="piece",
          digits=6, doc="quantity of the part in one of its parent (the BOM's 個数)"),
    Field("stage", "text", "h.stage", doc="materials, transport, processing or waste"),
    Field("flow", "text", "h.flow", doc="material grade, transport label, electricity..."),
    Field("process", "text", "h.process"),
    Field("amount", "float", "h.amount", unit="<unit>", digits=6,
          doc="activity amount per declared unit"),
    Field("unit", "text", "h.unit"),
    Field("amount_per_piece", "float", "h.amount_per_piece", unit="<unit>", digits=6,
          xlsx=False, doc="activity amount per piece of the part"),
    Field("mass_basis", "text", "h.mass_basis",
          doc="raw or net: which weight a material or transport amount is based on"),
    Field("distance_km", "float", "h.distance_km", unit="km", digits=6,
          doc="transport distance of the supplier"),
    Field("factor", "float", "h.factor", unit="<factor_unit>", digits=6,
          doc="kg-CO2e per base unit (kg, kWh, L, t-km, piece)"),
    Field("factor_unit", "text", "h.factor_unit"),
    Field("factor_given", "float", "h.factor_given", digits=6,
          doc="the factor as written in its source, before unit conversion"),
    Field("factor_unit_given", "text", "h.factor_unit_given",
          doc="the unit as written in the source (e.g. t, MJ, kL)"),
    Field("factor_gases", "text", "h.factor_gases",
          doc="per-gas values as given (co2=...; ch4_fossil=...), when the source had them"),
    Field("factor_key", "text", "h.factor_key"),
    Field("factor_source", "text", "h.source"),
    Field("factor_ref", "text", "h.reference", json=False),
    Field("factor_origin", "text", "h.origin", json=False,
          doc="file/sheet and row the factor was loaded from (JSON: factors[key].origin)"),
    Field("matched_by", "text", "h.matched_by",
          doc="part_number, grade, grade_map, category, mode, electricity or scrap"),
    Field("master_origin", "text", "h.master_origin",
          doc="master rows used: grade map, supplier, process, measurement"),
    Field("data_type", "text", "h.data_type", doc="primary, secondary or proxy"),
    Field("energy_basis", "text", "h.energy_basis", doc="measured or estimated"),
    Field("energy_carrier", "text", "h.energy_carrier",
          doc="processing: electricity, compressed_air (both bought electricity, Scope 2) "
              "or the factor key of a fuel burnt on site (Scope 1)"),
    Field("kg_co2e", "float", "h.kg", unit="kg-CO2e", digits=6),
    # what the line's emissions are made of, summed into the PACT export and the workbook's
    # Rules sheet (`render.pact.split_totals`; review F5): a supplier footprint's own
    # figures x the amount used; a database factor gives no split, so its whole kg_co2e
    # counts as fossil and it has no biogenic uptake and no packaging
    Field("fossil_kg_co2e", "float", "h.fossil_kg", unit="kg-CO2e", digits=6,
          doc="fossil GHG emissions of the line (PACT fossilGhgEmissions); database "
              "factors: all of kg_co2e"),
    Field("biogenic_incl_kg_co2e", "float", "h.biogenic_incl_kg", unit="kg-CO2e", digits=6,
          doc="the line's emissions including biogenic uptake (PACT "
              "pcfIncludingBiogenicUptake); database factors: kg_co2e"),
    Field("packaging_kg_co2e", "float", "h.packaging_kg", unit="kg-CO2e", digits=6,
          doc="packaging emissions inside the line (a supplier footprint's "
              "packagingGhgEmissions x amount; blank: none or not given)"),
    Field("gwp_sets", "text", "h.gwp_sets",
          doc="IPCC characterization factors of the line: the run's GWP set, or the "
              "supplier footprint's ipccCharacterizationFactors (AR5, AR6)"),
    # a supplier footprint used as primary data (issue 12, compute/supplier.py)
    Field("pcf_id", "text", "h.pcf_id", doc="id of the supplier's PACT footprint used"),
    Field("pcf_company", "text", "h.pcf_company", doc="companyName of that footprint"),
    Field("pcf_product_id", "text", "h.pcf_product_id", doc="its first productIds URN"),
    Field("pcf_period", "text", "h.pcf_period",
          doc="its reference period start/end (days; the end exclusive, as in PACT)"),
    Field("pcf_primary_share", "float", "h.pcf_primary_share", digits=6,
          doc="its own primaryDataShare as a fraction 0-1 (blank: not given)"),
    Field("pcf_dqr_technological", "float", "h.pcf_dqr_technological", digits=6,
          doc="its PACT v3 technologicalDQR, 1-5 (blank: not given, or a v2 1-3 rating)"),
    Field("pcf_dqr_geographical", "float", "h.pcf_dqr_geographical", digits=6,
          doc="its PACT v3 geographicalDQR, 1-5"),
    Field("pcf_dqr_temporal", "float", "h.pcf_dqr_temporal", digits=6,
          doc="its PACT v3 temporalDQR, 1-5"),
    Field("pcf_packaging", "text", "h.pcf_packaging",
          doc="its packagingEmissionsIncluded: true or false"),
    # data quality ratings of the line, PACT v3's 1-5 (1 best; issue 12, aggregate/quality.py)
    Field("dqr_technological", "float", "h.dqr_technological", csv=False,
          doc="technological representativeness: 1 own/specific data ... 4 proxy, 5 unknown"),
    Field("dqr_geographical", "float", "h.dqr_geographical", csv=False,
          doc="geographical: 1 the site's country ... 4 another country, 5 not stated"),
    Field("dqr_temporal", "float", "h.dqr_temporal", csv=False,
          doc="temporal: years between the factor's year and the reference period"),
)

FIELDS: dict[str, Field] = {f.name: f for f in INVENTORY}


def names(output: str) -> list[str]:
    """The fields an output carries, in schema order: "json", "csv" or "xlsx"."""
    return [f.name for f in INVENTORY if getattr(f, output)]
