"""PACT export: the v3 ProductFootprint of both samples validates against the JSON Schema
taken from the spec's openapi.yaml, reruns are byte-identical, the CLI writes it.

The spec (openapi.yaml + examples) is read from ../shared/reference/pact beside the repo
and is not copied here; the schema tests are skipped when it is missing.
"""

from __future__ import annotations

import json
import re
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest

from cfp.lca.api import calculate
from cfp.lca.errors import UsageError
from cfp.lca.render.pact import pact_bytes, to_pact
from cfp.lca.render.reports import write_reports

ROOT = Path(__file__).parents[1]
SAMPLES = ROOT / "samples"
PACT_SPEC = Path(__file__).parents[2] / "shared" / "reference" / "pact"
CREATED = datetime(2026, 4, 1, tzinfo=UTC)

needs_spec = pytest.mark.skipif(not (PACT_SPEC / "v3" / "openapi.yaml").is_file(),
                                reason=f"PACT spec not found at {PACT_SPEC} (the shared "
                                       "reference folder beside the repo)")


@pytest.fixture(scope="module")
def results():
    return {p.stem: calculate(p) for p in sorted(SAMPLES.glob("*.xlsx"))}


@pytest.fixture(scope="module")
def validator():
    jsonschema = pytest.importorskip("jsonschema")
    yaml = pytest.importorskip("yaml")
    api = yaml.safe_load((PACT_SPEC / "v3" / "openapi.yaml").read_text("utf-8"))
    # the components travel along so that '#/components/schemas/...' refs resolve
    schema = {"$ref": "#/components/schemas/ProductFootprint", "components": api["components"]}
    cls = jsonschema.Draft202012Validator  # openapi 3.1 schemas are JSON Schema 2020-12
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def _footprints(path: Path) -> list[dict]:
    data = json.loads(path.read_text("utf-8"))
    return data["data"] if "data" in data else [data]


def _errors(validator, footprint) -> list[str]:
    return [f"{'/'.join(map(str, e.path))}: {e.message}" for e in validator.iter_errors(footprint)]


def rule_problems(footprint: dict) -> list[str]:
    """Rules of the spec that its JSON Schema does not express."""
    pcf = footprint["pcf"]
    problems = []
    if "packagingGhgEmissions" in pcf and pcf.get("packagingEmissionsIncluded") is not True:
        problems.append("packagingGhgEmissions defined without packagingEmissionsIncluded")
    for gone in ("updated", "version"):  # deprecated in 3.0
        if gone in footprint:
            problems.append(f"{gone}: not a v3 property")
    return problems


# --- the schema extraction is right -------------------------------------------------------

@needs_spec
@pytest.mark.parametrize("name", ["example-1", "example-2", "example-3", "example-4"])
def test_official_examples_validate(validator, name):
    for footprint in _footprints(PACT_SPEC / "v3" / "examples" / f"{name}.json"):
        assert _errors(validator, footprint) == []
        assert rule_problems(footprint) == []


@needs_spec
def test_invalid_example_is_caught(validator):
    # Its faults are beyond what the published JSON Schema checks (it passes the schema):
    # packagingGhgEmissions without packagingEmissionsIncluded, and the deprecated
    # 'updated'. The rule check catches them.
    for footprint in _footprints(PACT_SPEC / "v3" / "examples" /
                                 "invalid-response-all-properties.json"):
        assert rule_problems(footprint)


@needs_spec
def test_schema_rejects_broken_footprints(validator, results):
    good = to_pact(results["machined-assembly-ja"], created=CREATED)
    for path, value in [(("pcf", "pcfExcludingBiogenicUptake"), 13.2),
                        (("pcf", "declaredUnitOfMeasurement"), "個"),
                        (("companyIds",), ["not a urn"]),
                        (("id",), "not-a-uuid")]:
        broken = json.loads(json.dumps(good))
        target = broken
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
        assert _errors(validator, broken), path


# --- cfp's footprints ---------------------------------------------------------------------

@needs_spec
@pytest.mark.parametrize("stem", ["machined-assembly-ja", "multilevel-en"])
def test_samples_validate(validator, results, stem):
    footprint = json.loads(pact_bytes(results[stem], CREATED))
    assert _errors(validator, footprint) == []
    assert rule_problems(footprint) == []


@needs_spec
def test_cross_sectoral_standards_follow_the_rule_profile(validator, tmp_path):
    # the built-in pact profile follows the PACT Methodology v3: v3's "PACT-3.0" beside
    # ISO 14067; the default profile and a user's file (even one named "pact") claim
    # ISO 14067 only
    from cfp.lca.api import Options

    path = _workbook(tmp_path / "b.xlsx")
    pact = to_pact(calculate(path, Options(rules="pact")), created=CREATED)
    assert pact["pcf"]["crossSectoralStandards"] == ["ISO14067", "PACT-3.0"]
    assert _errors(validator, pact) == [] and rule_problems(pact) == []
    assert to_pact(calculate(path), created=CREATED)["pcf"]["crossSectoralStandards"] == [
        "ISO14067"]
    mine = tmp_path / "mine.toml"
    mine.write_text('name = "pact"\n', encoding="utf-8")
    fp = to_pact(calculate(path, Options(rules=str(mine))), created=CREATED)
    assert fp["pcf"]["crossSectoralStandards"] == ["ISO14067"]


def test_field_mapping(results):
    result = results["machined-assembly-ja"]
    fp = to_pact(result, created=CREATED)
    pcf = fp["pcf"]
    assert fp["specVersion"] == "3.0.0" and fp["status"] == "Active"
    assert fp["created"] == "2026-04-01T00:00:00Z"
    assert fp["companyName"] == "サンプル精工株式会社"
    assert fp["productIds"] == ["urn:pact:product-id:PU-100"]
    assert fp["productNameCompany"] == "ポンプユニット PU-100"
    assert str(uuid.UUID(fp["id"])) == fp["id"]
    # total 15.623987195523 kg CO2e per piece, 6 significant digits (15.6240)
    assert pcf["pcfExcludingBiogenicUptake"] == "15.624"
    assert pcf["fossilGhgEmissions"] == pcf["pcfIncludingBiogenicUptake"] == "15.624"
    assert (pcf["declaredUnitOfMeasurement"], pcf["declaredUnitAmount"]) == ("piece", "1")
    # leaf net weights x quantity: .85+.32+.18+.07+.15*2+.095+.025*2+.06+.012+.0052*4
    # +.0011*4+.0025 = 1.9647 kg
    assert pcf["productMassPerDeclaredUnit"] == "1.9647"
    assert result.product_mass_kg == pytest.approx(1.9647)
    # no 対象期間: the calendar year of 'created'; the end is exclusive
    assert pcf["referencePeriodStart"] == "2026-01-01T00:00:00Z"
    assert pcf["referencePeriodEnd"] == "2027-01-01T00:00:00Z"
    assert pcf["geographyCountry"] == "JP"
    assert pcf["ipccCharacterizationFactors"] == ["AR6"]
    assert pcf["crossSectoralStandards"] == ["ISO14067"]
    assert pcf["exemptedEmissionsPercent"] == "0"
    assert pcf["packagingEmissionsIncluded"] is False
    assert float(pcf["primaryDataShare"]) == pytest.approx(
        result.primary_data_share() * 100, rel=1e-5)
    names = {s["name"].split()[0]: s["version"] for s in pcf["secondaryEmissionFactorSources"]}
    assert names["環境省"] == "3.6"  # 'Ver.3.6' in the source name


def test_multilevel_mass_counts_leaves_only(results):
    # leaves: 2.4 + .35*2 + .8*2 + .11*4 + .4*2 + .004*6 + 3.2 + .15 = 9.314 kg
    assert results["multilevel-en"].product_mass_kg == pytest.approx(9.314)


def _with(result, **settings):
    import copy

    other = copy.copy(result)
    other.settings = {**result.settings, **settings}
    return other


@pytest.mark.parametrize("given, start, end", [
    ("2025-04-01/2026-03-31", "2025-04-01T00:00:00Z", "2026-04-01T00:00:00Z"),
    ("2025年4月1日～2026年3月31日", "2025-04-01T00:00:00Z", "2026-04-01T00:00:00Z"),
    ("FY2025", "2025-04-01T00:00:00Z", "2026-04-01T00:00:00Z"),
    ("2025年度", "2025-04-01T00:00:00Z", "2026-04-01T00:00:00Z"),
    ("2024", "2024-01-01T00:00:00Z", "2025-01-01T00:00:00Z"),
])
def test_reference_period(results, given, start, end):
    pcf = to_pact(_with(results["multilevel-en"], reference_period=given), created=CREATED)["pcf"]
    assert (pcf["referencePeriodStart"], pcf["referencePeriodEnd"]) == (start, end)


def test_settings_identifiers(results):
    fp = to_pact(_with(results["multilevel-en"],
                       company_ids="urn:company:example:a, "
                                   "urn:uuid:51131fb5-42a2-4267-a402-0ecfefad1619",
                       product_id="urn:gtin:4712345060507", product_classification="4321",
                       pact_id="3FA85F64-5717-4562-B3FC-2C963F66AFA6", geography="JP-13",
                       pcr="JIS Q 14067 PCR-X"), created=CREATED)
    assert fp["id"] == "3fa85f64-5717-4562-b3fc-2c963f66afa6"
    assert fp["companyIds"] == ["urn:company:example:a",
                                "urn:uuid:51131fb5-42a2-4267-a402-0ecfefad1619"]
    assert fp["productIds"] == ["urn:gtin:4712345060507"]
    assert fp["productClassifications"] == ["urn:pact:productclassification:un-cpc:4321"]
    assert fp["pcf"]["geographyCountrySubdivision"] == "JP-13"
    assert "geographyCountry" not in fp["pcf"]
    assert fp["pcf"]["productOrSectorSpecificRules"] == [
        {"operator": "Other", "ruleNames": ["JIS Q 14067 PCR-X"]}]


@pytest.mark.parametrize("settings, words", [
    ({"company": None}, "会社名 / Company"),
    ({"company_ids": "Example Drives"}, "会社ID / Company id"),
    ({"pact_id": "42"}, "must be a UUID"),
    ({"reference_period": "spring"}, "対象期間 / Reference period"),
    ({"geography": "Kanto"}, "地域 / Geography"),
])
def test_missing_or_bad_settings_are_usage_errors(results, settings, words):
    with pytest.raises(UsageError, match=words):
        to_pact(_with(results["multilevel-en"], **settings), created=CREATED)


def test_unsupported_unit_and_version(results):
    result = results["multilevel-en"]
    import copy

    other = copy.copy(result)
    other.declared_unit = "1 m2"
    with pytest.raises(UsageError, match="宣言単位 / Declared unit"):
        to_pact(other, created=CREATED)
    with pytest.raises(UsageError, match="v2.x is not supported"):
        to_pact(result, spec_version="2.3.0", created=CREATED)


def test_company_missing_in_japanese(results):
    with pytest.raises(UsageError, match="会社名"):
        to_pact(_with(results["multilevel-en"], company=None), created=CREATED, lang="ja")


# --- files --------------------------------------------------------------------------------

def test_deterministic_file(results, tmp_path):
    result = results["multilevel-en"]
    first = write_reports(result, ["pact"], tmp_path / "a", "en", "2026-04-01T00:00:00Z")
    second = write_reports(result, ["pact"], tmp_path / "b", "en", "2026-04-01T09:00:00+09:00")
    assert [p.name for p in first] == ["multilevel-en-pact.json"]
    assert first[0].read_bytes() == second[0].read_bytes()
    assert first[0].read_bytes().endswith(b"}\n")
    # a different calculation (GWP set) is a different footprint: a new id
    other = to_pact(_with(result), created=CREATED)
    result.gwp, saved = "AR5", result.gwp
    try:
        assert to_pact(result, created=CREATED)["id"] != other["id"]
    finally:
        result.gwp = saved


def test_failed_export_writes_nothing(results, tmp_path):
    with pytest.raises(UsageError):
        write_reports(_with(results["multilevel-en"], company=None), ["json", "pact"],
                      tmp_path, "en", "2026-04-01T00:00:00Z")
    assert list(tmp_path.iterdir()) == []


def test_cli(tmp_path):
    from typer.testing import CliRunner

    from cfp.cli.main import app

    out = tmp_path / "out"
    run = CliRunner().invoke(app, ["calc", str(SAMPLES / "machined-assembly-ja.xlsx"),
                                   "--report", "pact", "--out", str(out),
                                   "--timestamp", "2026-04-01T00:00:00Z"])
    assert run.exit_code == 0, run.output
    written = out / "machined-assembly-ja-pact.json"
    data = json.loads(written.read_text("utf-8"))
    assert data["created"] == "2026-04-01T00:00:00Z"
    assert data["pcf"]["pcfExcludingBiogenicUptake"] == "15.624"


# --- data quality, version chain, product ids, Green x Digital (issue 12) -----------------

@needs_spec
@pytest.mark.parametrize("stem", ["machined-assembly-ja", "multilevel-en"])
def test_samples_carry_a_dqi_that_validates(validator, results, stem):
    from cfp.lca.aggregate import quality

    result = results[stem]
    fp = json.loads(pact_bytes(result, CREATED))
    dqi = fp["pcf"]["dqi"]
    summary = quality.summary(result.flows)
    # every line of the samples has a factor with a data type: all rated
    assert summary.coverage_percent == pytest.approx(100)
    for key, value in (("technologicalDQR", summary.technological),
                       ("geographicalDQR", summary.geographical),
                       ("temporalDQR", summary.temporal)):
        assert 1 <= float(dqi[key]) <= 5
        assert float(dqi[key]) == pytest.approx(value, abs=0.005)  # two decimals
    assert "covering 100% of the emissions" in fp["comment"]
    assert _errors(validator, fp) == []


def test_multilevel_line_ratings(results):
    # GM-230 has a factor of its own (primary, part number) without geography or year:
    # technological 1, geographical 5 and temporal 5 (not stated)
    inv = results["multilevel-en"].flows
    i = list(inv["flow"]).index("GM-230")
    assert (inv["dqr_technological"][i], inv["dqr_geographical"][i],
            inv["dqr_temporal"][i]) == (1, 5, 5)


def _workbook(path, weight=1.5, **settings):
    from builders import write_book

    rows = [["会社名", "Chain Test K.K."], ["製品名", "Bracket BR-1"], ["製品番号", "BR-1"],
            ["対象期間", "FY2025"], *([k, v] for k, v in settings.items())]
    return write_book(path, {"部品表": [["品番", "個数", "品名", "材質", "重量(kg)"],
                                      ["P-1", 2, "plate", "SS400", weight]],
                             "設定": rows})


def _write(result, out, when="2026-04-01T00:00:00Z"):
    return write_reports(result, ["pact"], out, "en", when)


@needs_spec
def test_version_chain(validator, tmp_path):
    bom, out = _workbook(tmp_path / "bracket.xlsx"), tmp_path / "out"
    [first] = _write(calculate(bom), out)
    old_bytes = first.read_bytes()
    old = json.loads(old_bytes)
    assert "precedingPfIds" not in old
    # unchanged inputs: the same footprint, byte for byte, nothing deprecated
    assert [p.name for p in _write(calculate(bom), out)] == ["bracket-pact.json"]
    assert first.read_bytes() == old_bytes
    assert sorted(p.name for p in out.iterdir()) == ["bracket-pact.json"]
    # a heavier plate: new figures, a new id listing the old one; the old one deprecated
    _workbook(bom, weight=2.0)
    written = _write(calculate(bom), out, "2026-05-01T00:00:00Z")
    deprecated_path = out / f"bracket-{old['id']}-pact.json"  # served by cfp serve too
    assert written == [deprecated_path, first]
    new, gone = json.loads(first.read_bytes()), json.loads(deprecated_path.read_bytes())
    assert new["id"] != old["id"] and new["precedingPfIds"] == [old["id"]]
    assert new["status"] == "Active" and gone["status"] == "Deprecated"
    assert {**gone, "status": "Active"} == old  # otherwise as it was
    assert new["pcf"]["pcfExcludingBiogenicUptake"] != old["pcf"]["pcfExcludingBiogenicUptake"]
    for footprint in (new, gone):
        assert _errors(validator, footprint) == [] and rule_problems(footprint) == []
    # rerun of the new inputs: same id, same chain; a third version lists both
    again = json.loads(_write(calculate(bom), out, "2026-05-01T00:00:00Z")[-1].read_bytes())
    assert again == new
    _workbook(bom, weight=2.5)
    third = json.loads(_write(calculate(bom), out)[-1].read_bytes())
    assert third["precedingPfIds"] == [old["id"], new["id"]]
    statuses = sorted(json.loads(p.read_bytes())["status"] for p in out.iterdir())
    assert statuses == ["Active", "Deprecated", "Deprecated"]


def test_chain_rewrites_an_earlier_file_of_another_name_in_place(tmp_path):
    bom, out = _workbook(tmp_path / "bracket.xlsx"), tmp_path / "out"
    [first] = _write(calculate(bom), out)
    renamed = first.rename(out / "bracket-v1-pact.json")
    old = json.loads(renamed.read_bytes())
    _workbook(bom, weight=2.0)
    written = _write(calculate(bom), out)
    assert written == [renamed, first]
    assert json.loads(renamed.read_bytes())["status"] == "Deprecated"
    assert json.loads(first.read_bytes())["precedingPfIds"] == [old["id"]]


def test_chain_ignores_other_products_and_files_that_are_not_footprints(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes-pact.json").write_text("{not json", "utf-8")
    (out / "list-pact.json").write_text('{"data": []}', "utf-8")
    [other] = _write(calculate(_workbook(tmp_path / "other.xlsx", 製品番号="OT-9")), out)
    [mine] = _write(calculate(_workbook(tmp_path / "bracket.xlsx")), out)
    assert "precedingPfIds" not in json.loads(mine.read_bytes())
    assert json.loads(other.read_bytes())["status"] == "Active"
    assert (out / "notes-pact.json").read_text("utf-8") == "{not json"


def test_product_id_with_the_company_domain(results):
    fp = to_pact(_with(results["machined-assembly-ja"], company_domain="sample-seiko.co.jp"),
                 created=CREATED)
    # the spec's recommended form: urn:pact:$domain-of-issuer$:supplier-id:$id$
    assert fp["productIds"] == ["urn:pact:sample-seiko.co.jp:supplier-id:PU-100"]
    given = to_pact(_with(results["machined-assembly-ja"], company_domain="x.jp",
                          product_id="urn:gtin:4712345060507"), created=CREATED)
    assert given["productIds"] == ["urn:gtin:4712345060507"]  # a URN stays as given


@pytest.mark.parametrize("domain", ["http://example.com", "example", "-bad.example.com",
                                    "exa mple.com", "example.com/path", "例え.jp"])
def test_a_bad_company_domain_is_an_input_error_naming_the_cell(tmp_path, domain):
    from cfp.lca.errors import InputError

    bom = _workbook(tmp_path / "bracket.xlsx", 会社ドメイン=domain)
    with pytest.raises(InputError) as caught:
        calculate(bom)
    # rows: 会社名, 製品名, 製品番号, 対象期間, 会社ドメイン -> the value is 設定!B5
    assert "設定!B5" in caught.value.message("en")
    assert "domain name" in caught.value.message("en")
    assert "ドメイン名" in caught.value.message("ja")


def test_company_domain_from_the_workbook(tmp_path):
    result = calculate(_workbook(tmp_path / "bracket.xlsx", 会社ドメイン="Chain-Test.CO.JP"))
    assert to_pact(result, created=CREATED)["productIds"] == [
        "urn:pact:chain-test.co.jp:supplier-id:BR-1"]


@needs_spec
def test_green_x_digital_extension(validator, results):
    result = results["machined-assembly-ja"]
    plain = to_pact(result, created=CREATED)
    assert "extensions" not in plain
    fp = to_pact(_with(result, gxd=True), created=CREATED)
    [ext] = fp["extensions"]
    assert ext["specVersion"] == "2.0.0"
    assert ext["dataSchema"].startswith("urn:") and ext["documentation"].startswith("urn:")
    data = ext["data"]
    assert (data["calcMethod"], data["FWedition"]) == ("0", "2.0")
    assert "organization" not in data and "certificate" not in data
    gate = data["gateToGate"]
    # gate-to-gate = the processing lines of the inventory (the site's own electricity and
    # fuels), summed here line by line, 6 significant digits as every PACT decimal
    inv = result.flows
    own = sum(float(k) for s, k in zip(inv["stage"], inv["kg_co2e"], strict=True)
              if s == "processing")
    assert float(gate["gateToGateFossilGhgEmissions"]) == pytest.approx(own, rel=1e-5)
    assert float(gate["gateToGateFossilGhgEmissions"]) < float(
        fp["pcf"]["pcfExcludingBiogenicUptake"])
    assert "processing" in gate["unitaryProductAmountComment"]
    assert fp["id"] != plain["id"]  # another content, another footprint
    assert _errors(validator, fp) == [] and rule_problems(fp) == []


def test_gxd_from_the_cli_and_a_wrong_extension(tmp_path):
    from typer.testing import CliRunner

    from cfp.cli.main import app

    out = tmp_path / "out"
    args = ["calc", str(SAMPLES / "multilevel-en.xlsx"), "--report", "pact", "--out", str(out),
            "--timestamp", "2026-04-01T00:00:00Z"]
    run = CliRunner().invoke(app, [*args, "--pact-extension", "gxd"])
    assert run.exit_code == 0, run.output
    data = json.loads((out / "multilevel-en-pact.json").read_text("utf-8"))
    assert data["extensions"][0]["data"]["calcMethod"] == "0"
    bad = CliRunner().invoke(app, [*args, "--pact-extension", "catena-x", "--lang", "en"])
    assert bad.exit_code == 2
    assert "--pact-extension catena-x: not an extension cfp writes; use gxd." in bad.output


def test_gxd_setting_is_yes_or_no(tmp_path):
    from cfp.lca.errors import InputError

    assert calculate(_workbook(tmp_path / "a.xlsx", GxD="はい")).settings["gxd"] is True
    assert calculate(_workbook(tmp_path / "b.xlsx", GxD="no")).settings["gxd"] is False
    with pytest.raises(InputError, match="yes or no"):
        calculate(_workbook(tmp_path / "c.xlsx", GxD="maybe"))


def test_python_api_takes_the_extension():
    import cfp

    result = cfp.calculate(SAMPLES / "multilevel-en.xlsx", pact_extensions=["gxd"])
    assert to_pact(result, created=CREATED)["extensions"][0]["data"]["FWedition"] == "2.0"
    with pytest.raises(UsageError, match="not an extension cfp writes"):
        cfp.calculate(SAMPLES / "multilevel-en.xlsx", pact_extensions=["catena-x"])


def test_chain_never_rewrites_an_input(tmp_path):
    from cfp.lca import output

    bom, out = _workbook(tmp_path / "bracket.xlsx"), tmp_path / "out"
    [first] = _write(calculate(bom), out)
    kept = first.rename(out / "bracket-v1-pact.json")
    before = kept.read_bytes()
    output.protect([kept])  # as if it were read by this run (e.g. --supplier-pcf out/)
    try:
        _workbook(bom, weight=2.0)
        written = _write(calculate(bom), out)
    finally:
        output._PROTECTED.clear()
    assert written == [first] and kept.read_bytes() == before
    assert "precedingPfIds" not in json.loads(first.read_bytes())


def test_chain_takes_only_uuids_from_an_edited_earlier_file(tmp_path):
    bom, out = _workbook(tmp_path / "bracket.xlsx"), tmp_path / "out"
    [first] = _write(calculate(bom), out)
    old = json.loads(first.read_bytes())
    old["precedingPfIds"] = "not a list"
    first.write_text(json.dumps(old), "utf-8")
    _workbook(bom, weight=2.0)
    new = json.loads(_write(calculate(bom), out)[-1].read_bytes())
    assert new["precedingPfIds"] == [old["id"]]


def test_json_result_carries_the_data_quality(results):
    result = results["multilevel-en"]
    quality = result.to_dict()["data_quality"]
    dqi = to_pact(result, created=CREATED)["pcf"]["dqi"]
    assert quality["coverage_percent"] == pytest.approx(100)
    assert float(dqi["technologicalDQR"]) == pytest.approx(quality["technological"], abs=0.005)


@needs_spec
@pytest.mark.parametrize("stem", ["machined-assembly-ja", "multilevel-en"])
def test_every_sample_export_validates(validator, results, tmp_path, stem):
    # plain, with the extension, then a changed calculation (another PCR named) in the same
    # folder: the new footprint lists the first one, which is written back Deprecated
    result = results[stem]
    first = json.loads(_write(result, tmp_path)[0].read_bytes())
    changed = _with(result, gxd=True, pcr="JIS Q 14067 PCR-X")
    written = _write(changed, tmp_path)
    new, old = (json.loads(p.read_bytes()) for p in (written[-1], written[0]))
    assert new["precedingPfIds"] == [first["id"]] and old["status"] == "Deprecated"
    assert "extensions" in new and "dqi" in new["pcf"] and "extensions" not in old
    for footprint in (first, new, old):
        assert _errors(validator, footprint) == [] and rule_problems(footprint) == []


#: the free texts of a footprint (with the Green x Digital extension's comment)
FREE_TEXTS = [("productDescription",), ("comment",), ("pcf", "boundaryProcessesDescription"),
              ("pcf", "allocationRulesDescription"), ("pcf", "exemptedEmissionsDescription"),
              ("extensions", 0, "data", "gateToGate", "unitaryProductAmountComment")]
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
#: English sentences of the texts: none may remain in a Japanese footprint
ENGLISH = re.compile(r"\b(the|of|and|is|are|per|from|not|Computed|Cradle|Process|No)\b")


def _at(footprint: dict, path: tuple) -> object:
    for step in path:
        footprint = footprint[step]
    return footprint


@needs_spec
def test_free_texts_follow_the_language(validator, results):
    result = _with(results["machined-assembly-ja"], gxd=True)
    en, ja = (to_pact(result, created=CREATED, lang=lang) for lang in ("en", "ja"))
    for path in FREE_TEXTS:
        english, japanese = _at(en, path), _at(ja, path)
        assert JAPANESE.search(japanese) and not ENGLISH.search(japanese), (path, japanese)
        assert ENGLISH.search(english), (path, english)
    # the same figures in both (only the texts differ), in the texts too: the boundary's
    # stages with their kg-CO2e, the comment's coverage and the input's hash
    texts = {path[-1] for path in FREE_TEXTS}
    assert _without(en, texts) == _without(ja, texts)
    stages = [line.rsplit(": ", 1)[1] for line in
              en["pcf"]["boundaryProcessesDescription"].splitlines()[1:]]
    assert [line.rsplit(": ", 1)[1] for line in
            ja["pcf"]["boundaryProcessesDescription"].splitlines()[1:]] == stages
    assert len(stages) == 4 and all(s.endswith(" kgCO2e") for s in stages)
    assert result.input_sha256 in ja["comment"] and "100%" in ja["comment"]
    # the id is derived from the content, texts included: another language is another
    # footprint, with its own id, the same for every run of that language
    assert ja["id"] != en["id"]
    assert to_pact(result, created=CREATED, lang="ja")["id"] == ja["id"]
    assert _errors(validator, ja) == [] and rule_problems(ja) == []


def _without(footprint: object, names: set[str]) -> object:
    """The footprint without the free texts and the id (which derives from them)."""
    if isinstance(footprint, dict):
        return {k: _without(v, names) for k, v in footprint.items()
                if k not in names and k != "id"}
    if isinstance(footprint, list):
        return [_without(v, names) for v in footprint]
    return footprint


def test_recycling_credit_text_in_japanese():
    from types import SimpleNamespace

    from cfp.lca.render.pact_rules import allocation

    # an end-of-life recycling profile: the credit is described, never subtracted
    result = SimpleNamespace(allocation={"scrap": "eol_recycling", "credit_kg_co2e": 0.1234567},
                             rules={"name": "eu-eol"})
    ja = allocation(result, "ja")["allocationRulesDescription"]
    en = allocation(result, "en")["allocationRulesDescription"]
    assert "eu-eol" in ja and "0.123457 kgCO2e" in ja and "差し引いていません" in ja
    assert "0.123457 kgCO2e per declared unit" in en and not JAPANESE.search(en)


def test_cli_writes_the_japanese_texts_and_a_language_switch_is_a_new_version(tmp_path):
    # through write_reports, as `cfp calc --report pact --lang ja`: the texts in Japanese;
    # the same folder written in English next: another footprint (its texts differ), which
    # lists the Japanese one as preceding and deprecates it (PACT v3: immutable footprints)
    bom, out = _workbook(tmp_path / "bracket.xlsx"), tmp_path / "out"
    [path] = write_reports(calculate(bom), ["pact"], out, "ja", "2026-04-01T00:00:00Z")
    first = json.loads(path.read_bytes())
    assert JAPANESE.search(first["comment"]) and first["comment"].startswith("cfp ")
    again = write_reports(calculate(bom), ["pact"], out, "ja", "2026-04-01T00:00:00Z")
    assert again == [path] and json.loads(path.read_bytes()) == first  # unchanged: same id
    written = _write(calculate(bom), out)
    new = json.loads(written[-1].read_bytes())
    assert new["comment"].startswith("Computed with cfp") and new["id"] != first["id"]
    assert new["precedingPfIds"] == [first["id"]]
