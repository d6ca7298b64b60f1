"""What supplier footprints say beyond their headline reaches the PACT export (review
finding F5): the fossil / biogenic split, packaging and the GWP set are carried per
inventory line (lca/schema.py: fossil_kg_co2e, biogenic_incl_kg_co2e, packaging_kg_co2e,
gwp_sets, pcf_packaging) and the export's figures are sums over the lines. A database
factor gives no split: all fossil, no biogenic uptake, no packaging, the run's GWP set.
Through the CLI; numbers worked out by hand in the comments.

The PACT spec is read from ../shared/reference/pact (never copied here); the schema check
is skipped when it is missing.
"""

from __future__ import annotations

import html
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from builders import write_book

from cfp.lca.i18n import tr

CFP = Path(sys.executable).parent / "cfp"  # the console script of this environment
PACT_SPEC = Path(__file__).parents[2] / "shared" / "reference" / "pact"

#: matA 2.0 kg-CO2e/kg (a database-like factor: no split, counted as fossil)
FACTORS = [["キー", "単位", "排出原単位", "出典"], ["matA", "kg", 2.0, "test"]]
SETTINGS = [["製品名", "T"], ["会社名", "Test Co"], ["対象期間", "2025"]]
ID = "5b0e0f2a-8d43-4c39-9a57-3f3c2c9f6b10"


def cfp(*args: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k not in ("CFP_LANG", "COLUMNS")}
    environment["CFP_LANG"] = "en"
    return subprocess.run([str(CFP), *args], capture_output=True, text=True, env=environment,
                          check=False)


def footprint(**pcf: object) -> dict:
    """A v3 footprint of W-1 per piece: 10 kg-CO2e, all fossil, AR6, no packaging."""
    return {
        "id": ID, "specVersion": "3.0.0", "created": "2026-01-01T00:00:00Z",
        "status": "Active", "companyName": "Sup", "companyIds": ["urn:pact:sup.example:c:1"],
        "productDescription": "x", "productIds": ["urn:pact:sup.example:supplier-id:W-1"],
        "productNameCompany": "wooden part W-1",
        "pcf": {"declaredUnitOfMeasurement": "piece", "declaredUnitAmount": "1",
                "productMassPerDeclaredUnit": "2",
                "referencePeriodStart": "2025-01-01T00:00:00Z",
                "referencePeriodEnd": "2026-01-01T00:00:00Z", "geographyCountry": "JP",
                "pcfExcludingBiogenicUptake": "10", "pcfIncludingBiogenicUptake": "10",
                "fossilGhgEmissions": "10", "fossilCarbonContent": "0",
                "packagingEmissionsIncluded": False, "ipccCharacterizationFactors": ["AR6"],
                "crossSectoralStandards": ["ISO14067"], "exemptedEmissionsPercent": "0",
                "primaryDataShare": "50", **pcf}}


def export(tmp_path: Path, fp: dict, reports: str = "pact,html,json", lang: str = "en"
           ) -> tuple[dict, subprocess.CompletedProcess[str], Path]:
    """W-1 x 2 pieces with the footprint, P-1: 1 kg of matA (2.0 kg-CO2e)."""
    (tmp_path / "fp.json").write_text(json.dumps([fp]), "utf-8")
    book = write_book(tmp_path / "s.xlsx", {
        "部品表": [["品番", "個数", "材質", "重量(kg)"], ["W-1", 2, "wood", None],
                ["P-1", 1, "matA", 1.0]],
        "排出原単位": FACTORS, "設定": SETTINGS})
    out = tmp_path / "out"
    run = cfp("calc", str(book), "--supplier-pcf", str(tmp_path / "fp.json"), "--report",
              reports, "--out", str(out), "--timestamp", "2026-04-01T00:00:00Z", "--lang", lang)
    assert run.returncode == 0, run.stderr
    return json.loads((out / "s-pact.json").read_text("utf-8")), run, out


def test_split_packaging_and_gwp_sets_are_sums_over_the_lines(tmp_path):
    # W-1: 2 pieces x 10 = 20 kg-CO2e, of which fossil 2 x 4 = 8, including biogenic
    # uptake 2 x 2 = 4, packaging 2 x 1.5 = 3, on AR5. P-1: 2.0, all fossil, AR6.
    # Excluding biogenic 22; fossil 8 + 2 = 10; including 4 + 2 = 6; packaging 3.
    fp = footprint(fossilGhgEmissions="4", pcfIncludingBiogenicUptake="2",
                   packagingEmissionsIncluded=True, packagingGhgEmissions="1.5",
                   ipccCharacterizationFactors=["AR5"])
    data, run, out = export(tmp_path, fp)
    pcf = data["pcf"]
    assert pcf["pcfExcludingBiogenicUptake"] == "22"
    assert pcf["fossilGhgEmissions"] == "10"
    assert pcf["pcfIncludingBiogenicUptake"] == "6"
    assert pcf["packagingEmissionsIncluded"] is True
    assert pcf["packagingGhgEmissions"] == "3"
    assert pcf["ipccCharacterizationFactors"] == ["AR5", "AR6"]
    assert "supplier footprints used bring their own fossilGhgEmissions" in data["comment"]
    # the AR5 footprint in an AR6 run is warned about: terminal and report
    warning = "uses the characterization factors AR5, not this run's AR6"
    assert warning in " ".join((run.stdout + run.stderr).split())  # wrapped to the window
    assert warning in html.unescape((out / "s-report.html").read_text("utf-8"))
    # the split per line in the JSON inventory
    doc = json.loads((out / "s.json").read_text("utf-8"))
    columns = doc["inventory"]["data"]
    assert "fossil_kg_co2e" in columns and "gwp_sets" in columns
    fossil = [v for v in columns["fossil_kg_co2e"] if v is not None]
    assert sorted(fossil) == [2.0, 8.0]


def test_a_plain_footprint_changes_nothing_but_the_sums(tmp_path):
    # W-1 all fossil (2 x 10 = 20), no packaging, AR6: fossil = including = 22.
    data, run, _out = export(tmp_path, footprint())
    pcf = data["pcf"]
    assert pcf["fossilGhgEmissions"] == pcf["pcfIncludingBiogenicUptake"] == "22"
    assert pcf["packagingEmissionsIncluded"] is False
    assert "packagingGhgEmissions" not in pcf
    assert pcf["ipccCharacterizationFactors"] == ["AR6"]
    assert "characterization factors" not in run.stdout + run.stderr


def test_packaging_included_without_a_figure(tmp_path):
    # packaging in the footprint but packagingGhgEmissions not given (a SHOULD): the flag
    # is true, the figure is not made up (nor in the workbook's Rules sheet)
    data, _run, out = export(tmp_path, footprint(packagingEmissionsIncluded=True), "pact,xlsx")
    assert data["pcf"]["packagingEmissionsIncluded"] is True
    assert "packagingGhgEmissions" not in data["pcf"]
    split = rules_split(out / "s-inventory.xlsx")
    assert split["packagingGhgEmissions"] == tr("rules.split.packaging_unknown", "en")
    assert split["packagingEmissionsIncluded"] == tr("rules.yes", "en")


#: the split columns of the inventory: schema field -> header key (lca/schema.py)
SPLIT_COLUMNS = {"fossil_kg_co2e": "h.fossil_kg", "biogenic_incl_kg_co2e": "h.biogenic_incl_kg",
                 "packaging_kg_co2e": "h.packaging_kg", "gwp_sets": "h.gwp_sets",
                 "pcf_packaging": "h.pcf_packaging"}


def json_inventory(path: Path) -> dict[int, dict[str, object]]:
    """The JSON inventory's lines by BOM row (one flow a row here), text columns decoded."""
    data = json.loads(path.read_text("utf-8"))["inventory"]["data"]

    def column(name: str) -> list[object]:
        value = data[name]
        if isinstance(value, dict):  # a text column: values + codes (-1: none)
            return [value["values"][c] if c >= 0 else None for c in value["codes"]]
        return value

    columns = {name: column(name) for name in ["row", "kg_co2e", *SPLIT_COLUMNS]}
    return {row: {n: columns[n][i] for n in columns} for i, row in enumerate(columns["row"])}


def xlsx_inventory(path: Path, lang: str) -> tuple[dict[int, dict[str, object]], list[tuple]]:
    """The workbook's inventory flows by BOM row (the split columns found by their
    header in `lang`), and its other rows (the parts' net weights)."""
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True)
    rows = list(book[tr("xl.inventory", lang)].iter_rows(values_only=True))
    header = list(rows[0])
    at = {name: header.index(tr(key, lang)) for name, key in
          {"row": "h.row", "kg_co2e": "h.kg", **SPLIT_COLUMNS}.items()}
    flows = {r[at["row"]]: {n: r[i] for n, i in at.items()} for r in rows[1:]
             if r[at["kg_co2e"]] is not None}
    others = [tuple(r[at[n]] for n in SPLIT_COLUMNS) for r in rows[1:]
              if r[at["kg_co2e"]] is None]
    return flows, others


def rules_split(path: Path, lang: str = "en") -> dict[str, object]:
    """The Rules sheet's split section: PACT field (third column) -> the value beside it,
    and its labels (first column) in the same order."""
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True)
    rows = [r for r in book[tr("rules.sheet", lang)].iter_rows(values_only=True)
            if len(r) > 2 and isinstance(r[2], str) and r[2][:1].islower()]
    return {r[2]: r[1] for r in rows} | {"labels": [r[0] for r in rows]}


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_the_workbook_carries_the_split_columns_and_their_totals(tmp_path, lang):
    # the footprint of the first test: W-1 (BOM row 2) 2 pieces x 10 = 20 kg-CO2e, fossil
    # 2 x 4 = 8, including biogenic uptake 2 x 2 = 4, packaging 2 x 1.5 = 3, AR5; P-1
    # (row 3) 1 kg x 2.0 = 2.0, all fossil (a database factor), no packaging, AR6.
    # Product totals: excluding biogenic 20 + 2 = 22, fossil 8 + 2 = 10, including
    # 4 + 2 = 6, packaging 3 (only W-1's footprint includes its packaging).
    fp = footprint(fossilGhgEmissions="4", pcfIncludingBiogenicUptake="2",
                   packagingEmissionsIncluded=True, packagingGhgEmissions="1.5",
                   ipccCharacterizationFactors=["AR5"])
    data, _run, out = export(tmp_path, fp, "pact,xlsx,json", lang)
    flows, others = xlsx_inventory(out / "s-inventory.xlsx", lang)
    lines = json_inventory(out / "s.json")
    yes = tr("pcfpack.true", lang)  # the JSON's "true", read in the workbook's language
    assert flows == {row: {**line, "pcf_packaging": yes if line["pcf_packaging"] else None}
                     for row, line in lines.items()}  # the same run's JSON inventory
    assert flows[2] == {"row": 2, "kg_co2e": 20.0, "fossil_kg_co2e": 8.0,
                        "biogenic_incl_kg_co2e": 4.0, "packaging_kg_co2e": 3.0,
                        "gwp_sets": "AR5", "pcf_packaging": yes}
    assert flows[3] == {"row": 3, "kg_co2e": 2.0, "fossil_kg_co2e": 2.0,
                        "biogenic_incl_kg_co2e": 2.0, "packaging_kg_co2e": None,
                        "gwp_sets": "AR6", "pcf_packaging": None}
    assert others and all(v is None for row in others for v in row)  # net-weight rows
    split = rules_split(out / "s-inventory.xlsx", lang)
    assert split["pcfExcludingBiogenicUptake"] == pytest.approx(22.0)
    assert split["fossilGhgEmissions"] == pytest.approx(10.0)
    assert split["pcfIncludingBiogenicUptake"] == pytest.approx(6.0)
    assert split["packagingEmissionsIncluded"] == tr("rules.yes", lang)
    assert split["packagingGhgEmissions"] == pytest.approx(3.0)
    assert split["ipccCharacterizationFactors"] == "AR5, AR6"
    assert split["labels"][:2] == [tr("rules.split.excluding", lang),
                                   tr("rules.split.fossil", lang)]
    pcf = data["pcf"]  # one computation of the totals (pact.split_totals) for both
    for name in ("pcfExcludingBiogenicUptake", "fossilGhgEmissions",
                 "pcfIncludingBiogenicUptake", "packagingGhgEmissions"):
        assert float(pcf[name]) == pytest.approx(split[name], rel=1e-6)


@pytest.mark.skipif(not (PACT_SPEC / "v3" / "openapi.yaml").is_file(),
                    reason=f"PACT spec not found at {PACT_SPEC}")
def test_the_export_validates(tmp_path):
    jsonschema = pytest.importorskip("jsonschema")
    yaml = pytest.importorskip("yaml")
    api = yaml.safe_load((PACT_SPEC / "v3" / "openapi.yaml").read_text("utf-8"))
    schema = {"$ref": "#/components/schemas/ProductFootprint", "components": api["components"]}
    validator = jsonschema.Draft202012Validator(schema)
    fp = footprint(fossilGhgEmissions="4", pcfIncludingBiogenicUptake="-3",
                   packagingEmissionsIncluded=True, packagingGhgEmissions="1.5",
                   ipccCharacterizationFactors=["AR5"])
    data, _run, _out = export(tmp_path, fp)
    # including biogenic uptake may be negative: 2 x -3 + 2 = -4
    assert data["pcf"]["pcfIncludingBiogenicUptake"] == "-4"
    assert [e.message for e in validator.iter_errors(data)] == []
