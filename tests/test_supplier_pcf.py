"""Supplier footprints in (issue 12, lca/read/supplier_pcf.py): PACT v3 and v2.x files read
into one typed model, hostile JSON refused at its JSON path, lookups, validity, units.

The spec (openapi.yaml + examples of v3 and v2) is read from ../shared/reference/pact
beside the repository and never copied here (its licence forbids redistribution); the
tests that need it are skipped with the reason when it is missing. Every other input is
written in tmp_path from the two small hand-made footprints below:

    v3: 1 piece of housing H-1, 0.25 kg, 2.5 kg-CO2e, reference period 2024 (end
        2025-01-01T00:00Z, exclusive), no validity period -> valid until 2028-01-01.
    v2: kilogram, unitaryProductAmount 2000, pCfExcludingBiogenic 300 (per ONE kilogram):
        PACT ADR 0036's car, in v3 terms 600,000 kg-CO2e per 2000 kg.
"""

from __future__ import annotations

import copy
import json
import os
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from cfp.lca.errors import InputError
from cfp.lca.read.supplier_pcf import (
    KINDS,
    PACT_UNITS,
    REQUIRED,
    Limits,
    SupplierFootprints,
    UnitRefused,
    choose,
    footprint_warnings,
    kg_co2e_per_piece,
    load_supplier_pcfs,
    per_unit_factor,
)

PACT_SPEC = Path(__file__).parents[2] / "shared" / "reference" / "pact"
needs_spec = pytest.mark.skipif(
    not all((PACT_SPEC / v / "openapi.yaml").is_file() for v in ("v2", "v3")),
    reason=f"PACT spec not found at {PACT_SPEC} (the shared reference folder beside the "
           "repository; its licence forbids copying it here)")

ID1 = "3f1c2a4e-2b7d-4c1e-9a0e-7c6b0d1f5a11"
ID2 = "9b2d7e10-5c4a-4f3b-8e21-0a6c9d4b7e22"
ID3 = "c0ffee00-1234-4abc-8def-001122334455"

V3 = {
    "id": ID1, "specVersion": "3.0.0", "created": "2025-06-01T00:00:00Z", "status": "Active",
    "companyName": "Kanagawa Casting", "companyIds": ["urn:company:example:kanagawa"],
    "productDescription": "ADC12 housing, die cast", "productIds": ["urn:pact:product-id:PU-100"],
    "productNameCompany": "Housing H-1",
    "pcf": {
        "declaredUnitOfMeasurement": "piece", "declaredUnitAmount": "1",
        "productMassPerDeclaredUnit": "0.25", "referencePeriodStart": "2024-01-01T00:00:00Z",
        "referencePeriodEnd": "2025-01-01T00:00:00Z", "geographyCountry": "JP",
        "pcfExcludingBiogenicUptake": "2.5", "pcfIncludingBiogenicUptake": "2.5",
        "fossilGhgEmissions": "2.5", "fossilCarbonContent": "0",
        "ipccCharacterizationFactors": ["AR6"], "crossSectoralStandards": ["ISO14067"],
        "exemptedEmissionsPercent": "0", "primaryDataShare": "40",
        "dqi": {"technologicalDQR": "1.5", "geographicalDQR": "2", "temporalDQR": "1"},
    },
}
V2 = {
    "id": ID2, "specVersion": "2.2.0", "version": 3, "created": "2024-02-01T00:00:00Z",
    "status": "Active", "comment": "", "companyName": "Car Maker", "companyIds": [
        "urn:company:example:car"], "productDescription": "A car",
    "productIds": ["urn:gtin:4712345060507"], "productCategoryCpc": "4911",
    "productNameCompany": "Car C-1",
    "pcf": {
        "declaredUnit": "kilogram", "unitaryProductAmount": "2000",
        "pCfExcludingBiogenic": "300", "pCfIncludingBiogenic": "300",
        "fossilGhgEmissions": "290", "fossilCarbonContent": "0", "biogenicCarbonContent": "0",
        "characterizationFactors": "AR5", "ipccCharacterizationFactorsSources": ["AR5"],
        "crossSectoralStandardsUsed": ["ISO Standard 14067"],
        "boundaryProcessesDescription": "cradle to gate",
        "referencePeriodStart": "2023-01-01T00:00:00Z",
        "referencePeriodEnd": "2024-01-01T00:00:00Z", "geographyCountry": "DE",
        "exemptedEmissionsPercent": 1.5, "exemptedEmissionsDescription": "",
        "packagingEmissionsIncluded": False, "primaryDataShare": 20.0,
        "dqi": {"coveragePercent": 80, "technologicalDQR": 1.6, "temporalDQR": 2.6,
                "geographicalDQR": 1.8, "completenessDQR": 1.7, "reliabilityDQR": 2.1},
    },
}


def footprint(base: dict = V3, drop: tuple[str, ...] = (), **changes: object) -> dict:
    """A copy of `base` with changes: `pcf__declaredUnitAmount="2"` sets pcf's field,
    `drop=("pcf.dqi",)` removes one."""
    result = copy.deepcopy(base)
    for key, value in changes.items():
        target, name = (result["pcf"], key[5:]) if key.startswith("pcf__") else (result, key)
        target[name] = value
    for dotted in drop:
        target = result
        *parents, name = dotted.split(".")
        for parent in parents:
            target = target[parent]
        del target[name]
    return result


def write(tmp_path: Path, document: object, name: str = "supplier.json") -> Path:
    path = tmp_path / name
    text = document if isinstance(document, str) else json.dumps(document, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")
    return path


def load(*paths: Path, **limits: int) -> SupplierFootprints:
    return load_supplier_pcfs(list(paths), Limits(**limits) if limits else None)


def problems(*paths: Path, **limits: int) -> list[tuple[str, str | None]]:
    """(code, JSON path) of every problem of loading `paths`."""
    with pytest.raises(InputError) as caught:
        load(*paths, **limits)
    return [(p.code, p.params.get("json_path")) for p in caught.value.problems]


# --- the spec: the model's required fields, kinds and units are the official ones --------

@pytest.fixture(scope="module")
def schemas() -> dict[int, dict[str, dict]]:
    yaml = pytest.importorskip("yaml")
    return {major: yaml.safe_load((PACT_SPEC / f"v{major}" / "openapi.yaml").read_text(
        "utf-8"))["components"]["schemas"] for major in (2, 3)}


@needs_spec
@pytest.mark.parametrize("major", [3, 2])
@pytest.mark.parametrize("schema", ["ProductFootprint", "CarbonFootprint",
                                    "DataQualityIndicators"])
def test_required_fields_are_the_specs(schemas, major, schema):
    assert list(REQUIRED[major][schema]) == schemas[major][schema]["required"]


def _json_type(schemas: dict, prop: dict) -> str:
    while "$ref" in prop:
        prop = schemas[prop["$ref"].rsplit("/", 1)[-1]]
    return prop["type"]


#: the JSON type each kind of the model reads (numbers accept both, see the hostile tests)
KIND_TYPES = {"object": "object", "bool": "boolean", "count": "integer", "number%": "number",
              "dqr3": "number", "urns": "array", "uuids": "array", "strings": "array",
              "ar_list": "array"}


@needs_spec
@pytest.mark.parametrize("major", [3, 2])
def test_kinds_match_the_specs_types(schemas, major):
    for schema, kinds in KINDS[major].items():
        properties = schemas[major][schema]["properties"]
        for name, kind in kinds.items():
            if major == 3 and name == "updated":  # a v2 field, checked when a v3 file has it
                continue
            assert name in properties, (schema, name)
            assert _json_type(schemas[major], properties[name]) == KIND_TYPES.get(
                kind, "string"), (schema, name, kind)


@needs_spec
def test_units_are_the_specs(schemas):
    assert list(PACT_UNITS[3]) == schemas[3]["CarbonFootprint"]["properties"][
        "declaredUnitOfMeasurement"]["enum"]
    assert list(PACT_UNITS[2]) == schemas[2]["CarbonFootprint"]["properties"]["declaredUnit"][
        "enum"]


@needs_spec
@pytest.mark.parametrize("base", [V3, V2], ids=["v3", "v2"])
def test_hand_made_footprints_follow_the_official_schema(schemas, base):
    jsonschema = pytest.importorskip("jsonschema")
    major = 3 if base is V3 else 2
    schema = {"$ref": "#/components/schemas/ProductFootprint",
              "components": {"schemas": schemas[major]}}
    validator = jsonschema.Draft202012Validator(schema)
    assert [e.message for e in validator.iter_errors(base)] == []


# --- the official examples -----------------------------------------------------------------

@needs_spec
@pytest.mark.parametrize("name, unit, amount, pcf, mass, pds, geography", [
    ("example-1", "kilogram", 1, 0.384, 1, 12.9, "US-TX"),
    ("example-2", "liter", 12, 5.14, 9.468, 16.8, "US"),
    ("example-3", "piece", 1, 77, 25, 13.1, "DE-BW"),
    ("example-4", "kilogram", 1, 0.42, 1, 80.2, "Latin America and the Caribbean"),
])
def test_official_v3_examples_load(name, unit, amount, pcf, mass, pds, geography):
    loaded = load(PACT_SPEC / "v3" / "examples" / f"{name}.json")
    (fp,) = loaded.footprints
    assert (fp.declared_unit, fp.declared_unit_amount, fp.pcf_excluding_biogenic,
            fp.product_mass_per_declared_unit, fp.primary_data_share, fp.geography) == (
        unit, amount, pytest.approx(pcf), pytest.approx(mass), pytest.approx(pds), geography)
    assert fp.spec_version.startswith("3.") and fp.major == 3 and fp.version is None
    assert fp.dqi is not None and fp.dqi.scale == (1.0, 5.0)
    assert fp.source.json_path == "$" and loaded.warnings == ()


@needs_spec
def test_official_v2_example_maps_to_the_v3_model():
    # v2 get-footprint-response.json: {"data": {...}} (a GetFootprint response), liter,
    # unitaryProductAmount 1, pCfExcludingBiogenic 1.63 per liter -> 1.63 per 1 liter.
    loaded = load(PACT_SPEC / "v2" / "examples" / "get-footprint-response.json")
    (fp,) = loaded.footprints
    assert fp.source.json_path == "$.data"
    assert (fp.id, fp.spec_version, fp.version, fp.status) == (
        "91715e5e-fd0b-4d1c-8fab-76290c46e6ed", "2.0.0", 1, "Active")
    assert (fp.company_name, fp.product_name, fp.product_ids) == (
        "My Corp", "Green Ethanol", ("urn:gtin:5695872369587",))
    assert (fp.declared_unit, fp.declared_unit_amount) == ("liter", 1.0)
    assert fp.pcf_excluding_biogenic == pytest.approx(1.63)
    assert fp.pcf_including_biogenic == pytest.approx(1.85)
    assert fp.fossil_ghg_emissions == pytest.approx(1.5)
    assert fp.product_mass_per_declared_unit is None  # optional in v2, not given
    assert fp.primary_data_share == 12.9  # a JSON number in v2, as the spec writes it
    assert fp.dqi.scale == (1.0, 3.0)
    assert (fp.dqi.coverage_percent, fp.dqi.technological, fp.dqi.temporal,
            fp.dqi.geographical, fp.dqi.completeness, fp.dqi.reliability) == (
        78, 1.6, 2.6, 1.8, 1.7, 2.1)
    assert fp.characterization_factors == ("AR6",)
    assert fp.geography == "Western Europe"
    assert fp.reference_period_end == datetime(2022, 1, 1, tzinfo=UTC)
    # v2.x may state a validity period: used as given (2024-12-31), not assumed
    assert fp.validity_period_end == datetime(2024, 12, 31, tzinfo=UTC)
    assert not fp.validity_assumed
    assert loaded.warnings == ()


@needs_spec
def test_official_invalid_examples_are_refused_as_the_spec_intends():
    # v3: 'updated' (a v2 field) is "2025-1-08T14:47:32Z", no RFC 3339 date-time, and
    # packagingGhgEmissions is given without packagingEmissionsIncluded = true (the spec:
    # it MUST be undefined unless packaging is included). The published JSON Schema lets
    # both pass (jsonschema checks date-time only with rfc3339-validator installed).
    assert problems(PACT_SPEC / "v3" / "examples" / "invalid-response-all-properties.json") == [
        ("supplier_pcf.bad_value", "$.data[0].updated"),
        ("supplier_pcf.packaging", "$.data[0].pcf.packagingGhgEmissions")]
    # v2: the same malformed 'updated' (a v2 date-time property)
    assert problems(PACT_SPEC / "v2" / "examples" / "invalid-response-all-properties.json") == [
        ("supplier_pcf.bad_value", "$.data[0].updated")]


# --- v2 -> v3 mapping ----------------------------------------------------------------------

def test_v2_per_unit_figures_become_per_declared_unit(tmp_path):
    # ADR 0036's car: v2 kilogram x 2000, 300 kg-CO2e per ONE kilogram = 600,000 per car;
    # fossil 290 x 2000 = 580,000. No productMassPerDeclaredUnit (optional in v2).
    (fp,) = load(write(tmp_path, V2)).footprints
    assert (fp.declared_unit, fp.declared_unit_amount) == ("kilogram", 2000)
    assert fp.pcf_excluding_biogenic == pytest.approx(600_000)
    assert fp.fossil_ghg_emissions == pytest.approx(580_000)
    assert fp.kg_co2e_per_unit == pytest.approx(300)
    assert (fp.version, fp.preceding_pf_ids, fp.characterization_factors) == (3, (), ("AR5",))
    assert fp.primary_data_share == 20 and fp.dqi.completeness == 1.7
    # its mass per kilogram, when given, scales the same way: 1 kg/kg x 2000 = 2000 kg
    (fp,) = load(write(tmp_path, footprint(V2, pcf__productMassPerDeclaredUnit="1"))).footprints
    assert fp.product_mass_per_declared_unit == pytest.approx(2000)
    assert fp.mass_kg_per_unit == pytest.approx(1)
    # one car of 2000 kg: 300 x 2000 = 600,000 kg-CO2e per piece
    assert kg_co2e_per_piece(fp, mass_kg=2000).kg_co2e == pytest.approx(600_000)


def test_v2_lacks_piece(tmp_path):
    # 'piece' is a v3 unit: read from a v2 file with a warning naming the spelling
    loaded = load(write(tmp_path, footprint(V2, pcf__declaredUnit="piece")))
    assert loaded.footprints[0].declared_unit == "piece"
    assert [w.code for w in loaded.warnings] == ["supplier_pcf.warn.unit_alias"]


def test_v2_requires_its_own_fields(tmp_path):
    broken = footprint(V2, drop=("version", "productCategoryCpc", "pcf.biogenicCarbonContent"))
    assert problems(write(tmp_path, broken)) == [
        ("supplier_pcf.missing", "$.version"), ("supplier_pcf.missing", "$.productCategoryCpc"),
        ("supplier_pcf.missing", "$.pcf.biogenicCarbonContent")]


# --- file shapes ---------------------------------------------------------------------------

def test_shapes(tmp_path):
    second = footprint(id=ID3)
    cases = {
        "single": (V3, ["$"]),
        "list": ([V3, second], ["$[0]", "$[1]"]),
        "list_footprints": ({"data": [V3, second]}, ["$.data[0]", "$.data[1]"]),
        "get_footprint": ({"data": V3}, ["$.data"]),
        "event": ({"type": "org.wbcsd.pact.ProductFootprint.RequestFulfilledEvent.3",
                   "specversion": "1.0", "data": {"requestEventId": "x", "pfs": [V3]}},
                  ["$.data.pfs[0]"]),
    }
    for name, (document, paths) in cases.items():
        loaded = load(write(tmp_path, document, f"{name}.json"))
        assert [f.source.json_path for f in loaded] == paths, name
        assert loaded.footprints[0].source.file == str(tmp_path / f"{name}.json")


def test_folder_is_read_flat_in_name_order(tmp_path):
    folder = tmp_path / "suppliers"
    (folder / "sub").mkdir(parents=True)
    write(folder, footprint(id=ID3), "b.json")
    write(folder, V3, "a.JSON")
    write(folder, footprint(id=ID2), ".hidden.json")  # editor leftovers are not read
    write(folder / "sub", footprint(id=ID2), "c.json")  # not recursive
    (folder / "notes.txt").write_text("not a footprint")
    loaded = load(folder)
    assert [Path(f.source.file).name for f in loaded] == ["a.JSON", "b.json"]
    assert [f.id for f in loaded] == [ID1, ID3]
    # the same file given twice (itself and its folder) is read once
    assert len(load(folder, folder / "a.JSON")) == 2


def test_empty_list_is_a_warning_and_an_empty_folder_an_error(tmp_path):
    loaded = load(write(tmp_path, {"data": []}))
    assert len(loaded) == 0 and [w.code for w in loaded.warnings] == ["supplier_pcf.warn.empty"]
    (tmp_path / "empty").mkdir()
    assert problems(tmp_path / "empty") == [("supplier_pcf.no_json", None)]
    assert problems(tmp_path / "missing.json") == [("supplier_pcf.not_found", None)]


@pytest.mark.parametrize("document, shown", [
    (5, "5"), ("text", '"text"'), (None, "null"),
    ({"schema_version": "2", "total_kg_co2e": 13.2}, "{…} (schema_version, total_kg_co2e)"),
])
def test_not_a_footprint_file(tmp_path, document, shown):
    path = write(tmp_path, json.dumps(document))
    with pytest.raises(InputError) as caught:
        load(path)
    (problem,) = caught.value.problems
    assert (problem.code, problem.value, problem.params["json_path"]) == (
        "supplier_pcf.not_footprint", shown, "$")
    assert str(path) in problem.message("en") and "ListFootprints" in problem.message("ja")


def test_same_footprint_twice_is_read_once_and_one_id_twice_refused(tmp_path):
    loaded = load(write(tmp_path, [V3, V3]))
    assert len(loaded) == 1 and [w.code for w in loaded.warnings] == [
        "supplier_pcf.warn.duplicate"]
    assert problems(write(tmp_path, [V3, footprint(pcf__pcfExcludingBiogenicUptake="3")])) == [
        ("supplier_pcf.duplicate_id", "$[1]")]


def test_a_v2_update_with_a_higher_version_replaces_the_earlier_one(tmp_path):
    # v2: an updated footprint keeps its id and raises `version` (V2 is version 3). The
    # outdated version 2 said 350 kg-CO2e per kg, the update 300: the update is used in
    # either order, so a 2 kg part is 2 x 300 = 600 kg-CO2e (not 700), with a warning
    old = footprint(V2, version=2, pcf__pCfExcludingBiogenic="350",
                    pcf__pCfIncludingBiogenic="350")
    for order in ((V2, old), (old, V2)):
        paths = [write(tmp_path, doc, f"{i}.json") for i, doc in enumerate(order)]
        loaded = load(*paths)
        (fp,) = loaded.footprints
        assert (fp.version, fp.kg_co2e_per_unit) == (3, pytest.approx(300))
        assert kg_co2e_per_piece(fp, mass_kg=2).kg_co2e == pytest.approx(600)
        (warning,) = loaded.warnings
        assert warning.code == "supplier_pcf.warn.older_version"
        text, ja = warning.render("en"), warning.render("ja")
        assert "version 3" in text and "version 2" in text
        assert str(paths[order.index(V2)]) in text.split("is used")[0]
        assert "バージョン 3" in ja and "古いファイルを削除" in ja
    # the same version with other figures: which one is right cannot be told, refused
    same = footprint(V2, pcf__pCfExcludingBiogenic="350", pcf__pCfIncludingBiogenic="350")
    assert problems(write(tmp_path, [V2, same])) == [("supplier_pcf.duplicate_id", "$[1]")]


def test_a_density_above_any_material_is_refused_and_a_heavy_liquid_warned(tmp_path):
    # v2 per liter x 12: productMassPerDeclaredUnit is the mass of ONE liter (cfp scales
    # it by unitaryProductAmount like every v2 figure). Ethanol 0.789 kg/L: a 0.5 kg part
    # is 0.5 / 0.789 = 0.63371 L x 300 kg-CO2e/L = 190.11 kg-CO2e, nothing said
    per_liter = {"pcf__declaredUnit": "liter", "pcf__unitaryProductAmount": "12"}
    (fp,) = load(write(tmp_path, footprint(V2, **per_liter,
                                           pcf__productMassPerDeclaredUnit="0.789"))).footprints
    assert kg_co2e_per_piece(fp, mass_kg=0.5).kg_co2e == pytest.approx(0.5 / 0.789 * 300)
    # 113.6 "per liter" (the 12 L product's mass written where one liter's is meant, and
    # more): 113.6 kg/L, denser than osmium: refused at its JSON path
    heavy = footprint(V2, **per_liter, pcf__productMassPerDeclaredUnit="113.6")
    assert problems(write(tmp_path, heavy)) == [
        ("supplier_pcf.density_impossible", "$.pcf.productMassPerDeclaredUnit")]
    # 9.468 kg/L: possible (mercury 13.5) but hardly a liquid a supplier sells: warned
    loaded = load(write(tmp_path, footprint(V2, **per_liter,
                                            pcf__productMassPerDeclaredUnit="9.468")))
    (warning,) = [w for w in loaded.warnings if w.code == "supplier_pcf.warn.density_high"]
    assert "9.468 kg per liter" in warning.render("en") and "Car Maker" in warning.render("en")
    assert "1 リットルあたり 9.468 kg" in warning.render("ja")
    # v3 per 12 liter: the mass is that of the 12 L, 9.468 kg = 0.789 kg/L, nothing said
    v3 = footprint(V3, pcf__declaredUnitOfMeasurement="liter", pcf__declaredUnitAmount="12",
                   pcf__productMassPerDeclaredUnit="9.468")
    assert not [w for w in load(write(tmp_path, v3)).warnings if "density" in w.code]


# --- hostile JSON: each problem at its JSON path ------------------------------------------

def raw(document: dict, target: str, literal: str) -> str:
    """The JSON of `document` with the string value "@@" replaced by `literal`."""
    return json.dumps(document).replace(json.dumps(target), literal)


@pytest.mark.parametrize("literal, code", [
    ("1e400", "supplier_pcf.not_finite"), ("-1e400", "supplier_pcf.not_finite"),
    ("NaN", "supplier_pcf.not_finite"), ("Infinity", "supplier_pcf.not_finite"),
    ("-Infinity", "supplier_pcf.not_finite"), ("1" * 500, "supplier_pcf.not_finite"),
    ('"' + "9" * 400 + '"', "supplier_pcf.not_finite"),  # a decimal string beyond a float
    ('"1e5"', "supplier_pcf.not_decimal"), ('"1,000"', "supplier_pcf.not_decimal"),
    ('"abc"', "supplier_pcf.not_decimal"), ('"0"', "supplier_pcf.out_of_range"),
    ('"-2"', "supplier_pcf.out_of_range"), ("[]", "supplier_pcf.wrong_type"),
    ("true", "supplier_pcf.wrong_type"), ("null", "supplier_pcf.wrong_type"),
])
def test_bad_figure_named_at_its_json_path(tmp_path, literal, code):
    # the example: the fourth footprint of a ListFootprints response
    broken = footprint(id=ID3, pcf__declaredUnitAmount="@@")
    document = {"data": [V3, footprint(id=ID2), footprint(id="1" + ID2[1:]), broken]}
    path = write(tmp_path, raw(document, "@@", literal))
    assert problems(path) == [(code, "$.data[3].pcf.declaredUnitAmount")]


def test_numbers_where_v3_wants_strings_are_read_and_said(tmp_path):
    loose = footprint(pcf__declaredUnitAmount=2, pcf__pcfExcludingBiogenicUptake=5.0,
                      pcf__primaryDataShare=40)
    loaded = load(write(tmp_path, loose))
    (fp,) = loaded.footprints
    assert (fp.declared_unit_amount, fp.pcf_excluding_biogenic, fp.kg_co2e_per_unit) == (2, 5, 2.5)
    assert fp.loose_numbers == ("$.pcf.declaredUnitAmount", "$.pcf.pcfExcludingBiogenicUptake",
                                "$.pcf.primaryDataShare")
    (warning,) = loaded.warnings
    assert warning.code == "supplier_pcf.warn.numbers" and warning.params["count"] == 3
    assert "pcf.declaredUnitAmount" in warning.render("en") and "PACT v3" in warning.render("en")
    assert "10 進数の文字列" in warning.render("ja")


def test_strings_where_v2_wants_numbers_are_read_and_said(tmp_path):
    loaded = load(write(tmp_path, footprint(V2, pcf__primaryDataShare="20.5")))
    assert loaded.footprints[0].primary_data_share == 20.5
    assert loaded.footprints[0].loose_strings == ("$.pcf.primaryDataShare",)
    assert [w.code for w in loaded.warnings] == ["supplier_pcf.warn.strings"]


@pytest.mark.parametrize("changes, expected", [
    ({"companyIds": "urn:company:example:kanagawa"}, ("supplier_pcf.wrong_type", "$.companyIds")),
    ({"companyIds": []}, ("supplier_pcf.wrong_type", "$.companyIds")),
    ({"productIds": ["PU-100"]}, ("supplier_pcf.bad_value", "$.productIds[0]")),
    ({"productIds": ["urn:x:a", "urn:x:a"]}, ("supplier_pcf.not_unique", "$.productIds[1]")),
    ({"id": "not-a-uuid"}, ("supplier_pcf.bad_value", "$.id")),
    ({"id": 12}, ("supplier_pcf.wrong_type", "$.id")),
    ({"status": "active"}, ("supplier_pcf.bad_value", "$.status")),
    ({"companyName": " "}, ("supplier_pcf.bad_value", "$.companyName")),
    ({"created": "2025-06-01"}, ("supplier_pcf.bad_value", "$.created")),
    ({"created": "2025-02-30T00:00:00Z"}, ("supplier_pcf.bad_value", "$.created")),
    ({"specVersion": "1.0.0"}, ("supplier_pcf.unsupported_version", "$.specVersion")),
    ({"pcf": []}, ("supplier_pcf.wrong_type", "$.pcf")),
    ({"pcf__declaredUnitOfMeasurement": "個"},
     ("supplier_pcf.bad_value", "$.pcf.declaredUnitOfMeasurement")),
    ({"pcf__primaryDataShare": "120"}, ("supplier_pcf.out_of_range", "$.pcf.primaryDataShare")),
    ({"pcf__dqi": {"technologicalDQR": "6", "geographicalDQR": "2", "temporalDQR": "1"}},
     ("supplier_pcf.out_of_range", "$.pcf.dqi.technologicalDQR")),
    ({"pcf__dqi": {"technologicalDQR": "1"}},
     ("supplier_pcf.missing", "$.pcf.dqi.geographicalDQR")),
    ({"pcf__ipccCharacterizationFactors": ["GWP100"]},
     ("supplier_pcf.bad_value", "$.pcf.ipccCharacterizationFactors[0]")),
    ({"pcf__geographyCountry": "Japan"}, ("supplier_pcf.bad_value", "$.pcf.geographyCountry")),
    ({"pcf__geographyCountrySubdivision": "JP-13"},
     ("supplier_pcf.geography_several", "$.pcf")),
    ({"pcf__referencePeriodEnd": "2023-12-31T00:00:00Z"},
     ("supplier_pcf.period_order", "$.pcf.referencePeriodEnd")),
    ({"pcf__packagingGhgEmissions": "0.1"},
     ("supplier_pcf.packaging", "$.pcf.packagingGhgEmissions")),
    ({"pcf__packagingEmissionsIncluded": "yes"},
     ("supplier_pcf.wrong_type", "$.pcf.packagingEmissionsIncluded")),
])
def test_wrong_values_named_at_their_json_path(tmp_path, changes, expected):
    assert problems(write(tmp_path, footprint(**changes)))[:1] == [expected]


def test_the_packaging_rule_is_met_when_packaging_is_included(tmp_path):
    fine = footprint(pcf__packagingGhgEmissions="0.1", pcf__packagingEmissionsIncluded=True)
    assert len(load(write(tmp_path, fine))) == 1


@pytest.mark.parametrize("name", ["pcf", "companyIds", "pcf.declaredUnitAmount",
                                  "pcf.productMassPerDeclaredUnit"])
def test_missing_required_field(tmp_path, name):
    path = write(tmp_path, footprint(drop=(name,)))
    with pytest.raises(InputError) as caught:
        load(path)
    (problem,) = caught.value.problems
    assert (problem.code, problem.params["json_path"]) == ("supplier_pcf.missing", f"$.{name}")
    assert "PACT v3 requires" in problem.message("en") and "必須" in problem.message("ja")


def test_problems_of_every_footprint_and_file_are_collected(tmp_path):
    first = write(tmp_path, [footprint(status="Old"), footprint(id=ID2, drop=("pcf",))], "a.json")
    second = write(tmp_path, "{", "b.json")
    assert problems(first, second) == [("supplier_pcf.bad_value", "$[0].status"),
                                       ("supplier_pcf.missing", "$[1].pcf"),
                                       ("supplier_pcf.not_json", "$")]


def test_duplicate_keys(tmp_path):
    text = json.dumps({"data": [V3]}).replace(
        '"declaredUnitAmount": "1"', '"declaredUnitAmount": "1", "declaredUnitAmount": "2"')
    path = write(tmp_path, text)
    with pytest.raises(InputError) as caught:
        load(path)
    (problem,) = caught.value.problems
    assert (problem.code, problem.params["json_path"]) == (
        "supplier_pcf.duplicate_key", "$.data[0].pcf.declaredUnitAmount")
    assert problem.message("en") == (
        f"{path}: $.data[0].pcf.declaredUnitAmount: the key \"declaredUnitAmount\" appears 2 "
        "times in one object, so its value is ambiguous. Keep one.")


def test_deep_nesting(tmp_path):
    # root object = level 1, pcf 2, the outer array of declaredUnitAmount 3: the 33rd
    # level (one beyond Limits.max_depth = 32) is that array's 30th nested array.
    value: object = "1"
    for _ in range(100):
        value = [value]
    found = problems(write(tmp_path, footprint(pcf__declaredUnitAmount=value)))
    assert ("supplier_pcf.too_deep", "$.pcf.declaredUnitAmount" + "[0]" * 30) in found
    # beyond the parser's own recursion limit: refused at the root, never a crash
    text = "[" * 100_000 + "]" * 100_000
    assert problems(write(tmp_path, text, "deeper.json")) == [("supplier_pcf.too_deep", "$")]


def test_file_above_the_limit_is_refused_unread(tmp_path):
    big = tmp_path / "big.json"
    with big.open("wb") as handle:  # sparse: 200 MB that take no disk space
        handle.truncate(200 * 2**20)
    with pytest.raises(InputError) as caught:
        load(big)
    (problem,) = caught.value.problems
    assert (problem.code, problem.params["size"], problem.params["limit"]) == (
        "supplier_pcf.too_large", "200", "32")
    # and all files together are bounded too: 2 files of ~1.4 KB under a 0 MB total limit
    small = write(tmp_path, V3)
    assert problems(small, max_total_mb=0) == [("supplier_pcf.total_too_large", None)]


def test_text_must_be_utf8(tmp_path):
    latin = tmp_path / "latin1.json"
    latin.write_bytes(b'{"id": "\xff"}')
    assert problems(latin) == [("supplier_pcf.not_utf8", "$")]
    utf16 = tmp_path / "utf16.json"
    utf16.write_bytes(json.dumps(V3).encode("utf-16"))
    with pytest.raises(InputError) as caught:
        load(utf16)
    assert caught.value.problems[0].params["offset"] == 0
    # a UTF-8 byte order mark (Windows tools write one) is fine
    bom = tmp_path / "bom.json"
    bom.write_bytes(b"\xef\xbb\xbf" + json.dumps(V3).encode())
    assert len(load(bom)) == 1


def test_unpaired_surrogate(tmp_path):
    text = json.dumps(V3).replace('"Kanagawa Casting"', '"Kanagawa \\udc80"')
    assert problems(write(tmp_path, text)) == [("supplier_pcf.bad_unicode", "$.companyName")]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_pipe_is_not_opened(tmp_path):
    os.mkfifo(tmp_path / "pipe.json")  # opening it would block until a writer comes
    assert problems(tmp_path / "pipe.json") == [("supplier_pcf.not_file", None)]


def test_problems_per_file_are_bounded(tmp_path):
    broken = [footprint(id="x") for _ in range(80)]
    with pytest.raises(InputError) as caught:
        load(write(tmp_path, broken))
    assert len(caught.value.problems) == 50 and caught.value.dropped == 30


# --- lookups ---------------------------------------------------------------------------

def test_lookup_by_id_and_product_id(tmp_path):
    quoted = footprint(id=ID2, productIds=["urn:pact:product-id:AB%2012", "urn:gtin:123"])
    loaded = load(write(tmp_path, [V3, quoted]))
    assert loaded.by_id(ID1.upper()).id == ID1 and loaded.by_id(ID3) is None
    for text in ("urn:pact:product-id:PU-100", "URN:PACT:PRODUCT-ID:pu-100", "PU-100",
                 "pu-100", " ＰＵ－１００ "):
        assert [f.id for f in loaded.by_product_id(text)] == [ID1], text
    assert [f.id for f in loaded.by_product_id("AB 12")] == [ID2]  # percent-decoded
    assert [f.id for f in loaded.by_product_id("123")] == [ID2]
    assert loaded.by_product_id("product-id") == [] and loaded.by_product_id("PU") == []


def test_candidates_active_first_then_newest(tmp_path):
    old = footprint(id=ID2, status="Active", created="2024-01-01T00:00:00Z")
    deprecated = footprint(id=ID3, status="Deprecated", created="2026-01-01T00:00:00Z")
    loaded = load(write(tmp_path, [old, deprecated, V3]))
    assert [f.id for f in loaded.by_product_id("PU-100")] == [ID1, ID2, ID3]
    chosen, warnings = choose(loaded.by_product_id("PU-100"), date(2026, 1, 1), "PU-100")
    assert chosen.id == ID1  # created 2025-06-01, newer than 2024-01-01
    assert [w.code for w in warnings] == ["supplier_pcf.warn.several_active"]


def test_deprecated_only_when_no_active_matches(tmp_path):
    loaded = load(write(tmp_path, footprint(status="Deprecated")))
    chosen, warnings = choose(loaded.by_product_id("PU-100"), date(2026, 1, 1), "PU-100")
    assert chosen.status == "Deprecated"
    (warning,) = warnings
    assert warning.code == "supplier_pcf.warn.deprecated_only"
    assert ID1 in warning.render("en") and "Kanagawa Casting" in warning.render("ja")
    # a resolver that picked a Deprecated one next to an Active one is told so
    both = load(write(tmp_path, [footprint(id=ID2, status="Deprecated"), V3]))
    warnings = footprint_warnings(both.by_id(ID2), both.by_product_id("PU-100"),
                                  date(2026, 1, 1))
    assert [w.code for w in warnings] == ["supplier_pcf.warn.deprecated_chosen"]


def test_validity(tmp_path):
    # V3's reference period ends 2025-01-01T00:00Z and it gives no validity period: PACT
    # takes 3 years, valid until 2028-01-01T00:00Z.
    (fp,) = load(write(tmp_path, V3)).footprints
    assert fp.validity_period_end == datetime(2028, 1, 1, tzinfo=UTC) and fp.validity_assumed
    assert footprint_warnings(fp, [fp], date(2027, 12, 31)) == []
    assert footprint_warnings(fp, [fp], datetime(2028, 1, 1, tzinfo=UTC)) == []  # the end itself
    (expired,) = footprint_warnings(fp, [fp], datetime(2028, 1, 1, 0, 0, 1, tzinfo=UTC))
    assert expired.code == "supplier_pcf.warn.expired_assumed"
    assert (expired.params["end"], expired.params["reference_end"]) == ("2028-01-01", "2025-01-01")
    assert "3 years" in expired.render("en") and "3 年" in expired.render("ja")
    # an explicit validity period: 2025-01-01 to 2026-06-30
    given = footprint(validityPeriodStart="2025-01-01T00:00:00Z",
                      validityPeriodEnd="2026-06-30T00:00:00+09:00")
    (fp,) = load(write(tmp_path, given)).footprints
    assert fp.validity_period_end == datetime(2026, 6, 29, 15, tzinfo=UTC)  # JST -> UTC
    assert not fp.validity_assumed
    assert [w.code for w in footprint_warnings(fp, [fp], date(2026, 7, 1))] == [
        "supplier_pcf.warn.expired"]
    assert [w.code for w in footprint_warnings(fp, [fp], date(2024, 12, 1))] == [
        "supplier_pcf.warn.not_yet_valid"]
    # a reference period ending on 29 February 2024: valid until 28 February 2027
    leap = footprint(pcf__referencePeriodEnd="2024-02-29T00:00:00Z")
    (fp,) = load(write(tmp_path, leap)).footprints
    assert fp.validity_period_end == datetime(2027, 2, 28, tzinfo=UTC)


# --- units -----------------------------------------------------------------------------

def loaded_with(tmp_path: Path, unit: str, amount: str, pcf: str, mass: str = "0"):
    document = footprint(pcf__declaredUnitOfMeasurement=unit, pcf__declaredUnitAmount=amount,
                         pcf__pcfExcludingBiogenicUptake=pcf,
                         pcf__productMassPerDeclaredUnit=mass)
    return load(write(tmp_path, document)).footprints[0]


def test_per_piece_conversions(tmp_path):
    # piece: 2.5 kg-CO2e per 1 piece, whatever the mass
    fp = loaded_with(tmp_path, "piece", "1", "2.5", "0.25")
    assert kg_co2e_per_piece(fp).kg_co2e == pytest.approx(2.5)
    assert kg_co2e_per_piece(fp, mass_kg=9).basis == "piece"
    # kilogram: 80 kg door, 400 kg-CO2e per 80 kg = 5 per kg; a 0.25 kg part = 1.25
    fp = loaded_with(tmp_path, "kilogram", "80", "400", "80")
    factor = kg_co2e_per_piece(fp, mass_kg=0.25)
    assert (factor.kg_co2e, factor.units, factor.basis) == (pytest.approx(1.25), 0.25,
                                                            "kilogram")
    # ton (not a PACT unit, read with a warning): 1800 per ton = 1.8 per kg; 0.5 kg = 0.9
    fp = loaded_with(tmp_path, "t", "1", "1800")
    assert fp.declared_unit == "ton"
    assert kg_co2e_per_piece(fp, mass_kg=0.5).kg_co2e == pytest.approx(0.9)
    # liter with a density: 12 liter weigh 9.468 kg (0.789 kg/l), 18 kg-CO2e per 12 l
    # = 1.5 per liter; a 0.5 kg part = 0.5 / 0.789 = 0.6337 l = 0.9506 kg-CO2e
    fp = loaded_with(tmp_path, "liter", "12", "18", "9.468")
    factor = kg_co2e_per_piece(fp, mass_kg=0.5)
    assert factor.via_product_mass and factor.kg_co2e == pytest.approx(0.5 / 0.789 * 1.5)
    # ... or the caller's own volume: 0.002 cubic meter = 2 liter = 3.0 kg-CO2e
    factor = per_unit_factor(fp, {"piece": 1, "cubic meter": 0.002})
    assert (factor.basis, factor.kg_co2e, factor.via_product_mass) == (
        "cubic meter", pytest.approx(3.0), False)
    # energy: 0.5 kg-CO2e per kWh; 36 MJ per piece = 10 kWh = 5 kg-CO2e
    fp = loaded_with(tmp_path, "kilowatt hour", "1", "0.5")
    assert kg_co2e_per_piece(fp, megajoule=36).kg_co2e == pytest.approx(5.0)


@pytest.mark.parametrize("unit, mass_kg, code", [
    ("kilogram", None, "supplier_pcf.needs_mass"),
    ("kilogram", 0, "supplier_pcf.needs_mass"),
    ("kilogram", float("nan"), "supplier_pcf.needs_mass"),
    ("square meter", 0.3, "supplier_pcf.cannot_convert"),  # productMassPerDeclaredUnit 0
    ("ton kilometer", None, "supplier_pcf.cannot_convert"),
])
def test_unit_refusals(tmp_path, unit, mass_kg, code):
    fp = loaded_with(tmp_path, unit, "1", "2")
    with pytest.raises(UnitRefused) as caught:
        kg_co2e_per_piece(fp, mass_kg=mass_kg)
    assert caught.value.code == code and caught.value.params["id"] == ID1
    assert caught.value.params["json_path"] == "$" and f"1 {unit}" in str(caught.value)
    assert "Kanagawa Casting" in caught.value.message("ja")
