"""The Green x Digital consortium's extension of a PACT footprint (`--pact-extension gxd`,
or Settings GxD = yes): one entry of the footprint's `extensions` array.

    gxd_extension(result)   # -> {"specVersion", "dataSchema", "documentation", "data"}

The consortium's "Green x Digital Consortium Extension for Technical Specifications for
Data Exchange" (updated 2025-03-27) defines the fields; PACT v3 carries an extension as a
DataModelExtension {specVersion, dataSchema, documentation, data}. The consortium
publishes no schema URL: `dataSchema` and `documentation` are URNs naming the document
and its date (valid URIs, as the PACT schema requires, but not locators; README "PACT
export" says so).

What cfp writes in `data` (README has the table):
- calcMethod "0": cfp computes per product (LCA/CFP), never an allocated Scope 1/2/3
  ("1"), so no `organization` object.
- FWedition "2.0": the CO2 Visualization Framework edition the extension builds on.
- gateToGate.gateToGateFossilGhgEmissions: the emissions of the company's own site for
  the product, per declared unit: the processing stage (electricity, compressed air and
  fuels of its own processes; its Scope 1 and 2 share). Everything upstream (materials,
  purchased parts, inbound transport) and waste treatment by others is not gate-to-gate.
  This reading is cfp's interpretation of the consortium's demonstration.
- gateToGate.unitaryProductAmountComment: what the figure covers and its declared unit.
- Not written: gateToGateBiogenicCarbonContent (cfp has no biogenic accounting),
  `certificate` (cfp knows of no certificates used).
"""

from __future__ import annotations

from ..aggregate.result import Result

EXTENSIONS = ("gxd",)
#: the PACT Data Model Extensions specification's version (DataModelExtension.specVersion)
DME_SPEC_VERSION = "2.0.0"
DATA_SCHEMA = "urn:green-x-digital:pact-extension:2025-03-27"
DOCUMENTATION = ("urn:green-x-digital:doc:green-x-digital-consortium-extension-for-"
                 "technical-specifications-for-data-exchange:2025-03-27")
CALC_METHOD_PRODUCT = "0"
FW_EDITION = "2.0"
GATE_STAGES = ("processing",)


def wanted(result: Result) -> bool:
    """The extension was asked for: --pact-extension gxd or Settings GxD = yes."""
    return "gxd" in getattr(result, "pact_extensions", ()) or result.settings.get("gxd") is True


def gate_to_gate_kg(result: Result) -> float:
    """kg-CO2e per declared unit emitted at the company's own site: the processing stage."""
    stages = result.stages()
    return sum(float(stages.get(stage, 0.0)) for stage in GATE_STAGES)


def gxd_extension(result: Result, decimal: object, lang: str = "en") -> dict[str, object]:
    """The extension entry; `decimal` formats a number as PACT's decimal string, `lang`
    the language of its comment."""
    from ..i18n import tr

    gate = decimal(max(gate_to_gate_kg(result), 0.0))  # type: ignore[operator]
    return {
        "specVersion": DME_SPEC_VERSION,
        "dataSchema": DATA_SCHEMA,
        "documentation": DOCUMENTATION,
        "data": {
            "calcMethod": CALC_METHOD_PRODUCT,
            "FWedition": FW_EDITION,
            "gateToGate": {
                "gateToGateFossilGhgEmissions": gate,
                "unitaryProductAmountComment": tr("pact.gxd.gate_comment", lang,
                                                  unit=result.declared_unit),
            },
        },
    }
