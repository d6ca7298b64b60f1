"""samples/supply-chain/ (issue 12): a supplier's PACT footprint and the BOM that uses it,
against the hand calculation of samples/README.md §3.

    H-01  2 pieces x 3.2 kg-CO2e (the die caster's footprint, per piece)   = 6.4   primary
          transport 2 x 0.8 kg / 1000 x 50 km x truck 0.10163              = 0.0081304
    B-01  4 x 0.02 kg x fasteners 2.8 (分類 ボルト・ナット)                 = 0.224
    S-01  1 x 0.5 kg x steel 1.91 (SPCC)                                   = 0.955
    total 7.5871304; primary 6.4 x 45 % = 2.88 -> 2.88 / 7.5871304 = 37.959 %
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from cfp.lca.api import Options, calculate
from tests.test_samples import FASTENERS, STEEL, TRUCK
from tests.test_supplier_pcf import PACT_SPEC, needs_spec

ROOT = Path(__file__).resolve().parents[1]
CHAIN = ROOT / "samples" / "supply-chain"
BOM = CHAIN / "bracket-unit-ja.xlsx"
PCF = CHAIN / "supplier-pcf.json"


@pytest.fixture(scope="module")
def result():
    return calculate(BOM, Options(supplier_pcf=[PCF],
                                  as_of=datetime(2026, 6, 1, tzinfo=UTC)))


def test_the_sample_total_and_stages(result):
    housing = 2 * 3.2
    transport = 2 * 0.8 / 1000 * 50 * TRUCK
    bolts = 4 * 0.02 * FASTENERS
    cover = 1 * 0.5 * STEEL
    assert result.total == pytest.approx(housing + transport + bolts + cover, rel=1e-9)
    assert result.total == pytest.approx(7.5871304, rel=1e-9)
    assert result.stages()["transport"] == pytest.approx(transport, rel=1e-9)


def test_the_sample_primary_data_share(result):
    assert result.primary_data_share() == pytest.approx(2 * 3.2 * 0.45 / 7.5871304, rel=1e-9)
    (used,) = result.supplier_footprints()
    assert used["company"] == "神奈川ダイカスト株式会社"
    assert used["product_id"] == "urn:pact:kanagawa-casting.example:supplier-id:HC-300"
    assert used["kg_co2e"] == pytest.approx(6.4)
    assert used["share"] == pytest.approx(6.4 / 7.5871304)
    assert used["dqr"] == {"technological": 1.6, "geographical": 1.2, "temporal": 1.0}
    assert used["reference_period"] == "2025-04-01/2026-04-01"
    assert not [w for w in result.warnings if w[0].startswith("supplier_pcf")]


def test_the_sample_is_regenerated_identically(tmp_path):
    import subprocess
    import sys

    subprocess.run([sys.executable, str(ROOT / "samples" / "make_samples.py"), str(tmp_path)],
                   check=True, capture_output=True)
    assert (tmp_path / "supply-chain" / "supplier-pcf.json").read_bytes() == PCF.read_bytes()
    assert (tmp_path / "supply-chain" / "bracket-unit-ja.xlsx").read_bytes() == BOM.read_bytes()


@needs_spec
def test_the_sample_footprint_follows_the_official_v3_schema():
    yaml = pytest.importorskip("yaml")
    jsonschema = pytest.importorskip("jsonschema")
    schemas = yaml.safe_load((PACT_SPEC / "v3" / "openapi.yaml").read_text("utf-8"))[
        "components"]["schemas"]
    validator = jsonschema.Draft202012Validator(
        {"$ref": "#/components/schemas/ProductFootprint", "components": {"schemas": schemas}})
    document = json.loads(PCF.read_text("utf-8"))
    assert [e.message for e in validator.iter_errors(document)] == []
