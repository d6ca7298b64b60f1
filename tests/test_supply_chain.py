"""Primary data along the supply chain (issue 12): three tiers, each computing its product
with the real `cfp calc`, exporting PACT v3 (`--report pact`), the next tier reading that
export with `--supplier-pcf`.

Every figure below is worked out by hand from the workbooks of this file (the factors
are the workbooks' own 排出原単位 rows, so no built-in figure is involved):

Tier 2, Tier2 Casting, product C-200 (1 piece):
    ING-1   1 x 2 kg SS400 x 2.0 kg-CO2e/kg           = 4.0   secondary (a grade factor)
    PAINT-1 1 piece x 1.0 (factor keyed by part number) = 1.0   primary
    total 5.0; primary 1.0 -> primary data share 20 %   PACT: "5", "20"
Tier 1, Tier1 Assembly, product A-100, buys C-200 as H-10 (仕入先品番 C-200):
    H-10    2 pieces x 5 (tier 2's footprint)           = 10.0  primary x 20 % = 2.0
            transport 2 x 0.5 kg / 1000 x 100 km x 0.1  = 0.01  secondary
    B-1     4 x 0.1 kg SS400 x 2.0                      = 0.8   secondary
    LABEL-1 1 x 0.7 (keyed by part number)               = 0.7   primary
    total 11.51; primary 2.7 -> 2.7 / 11.51 = 23.4579 %  PACT: "11.51", "23.4579"
Tier 0, Tier0 Maker, product M-1, buys A-100 as ASSY-9 by tier 1's footprint id:
    ASSY-9  3 x 11.51                                   = 34.53 primary x 0.234579 = 8.10001
    FRAME   1 x 5 kg SS400 x 2.0                        = 10.0  secondary
    total 44.53; primary 8.1 -> 8.1 / 44.53 = 18.1900 %
(8.10001: 34.53 x 0.234579, tier 1's share as its 6-digit decimal string; exactly 2.7 x 3
= 8.1 without the rounding: the chain agrees within the 6 significant digits of PACT.)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.builders import write_book

ROOT = Path(__file__).resolve().parents[1]
#: the real command line of this checkout (`cfp calc ...`), in a fresh process
CFP = "import sys; from cfp.cli.main import run; sys.argv[0] = 'cfp'; run()"
STAMP = "2026-01-15T00:00:00+00:00"
FACTORS = [["キー", "単位", "排出原単位", "出典"], ["SS400", "kg", 2.0, "test database"],
           ["PAINT-1", "個", 1.0, "own measurement"], ["LABEL-1", "個", 0.7, "supplier"],
           ["truck", "t-km", 0.1, "test database"]]


def settings(company: str, product: str, number: str) -> list[list[object]]:
    return [["製品名", product], ["製品番号", number], ["会社名", company],
            ["対象期間", "2025"], ["地域", "JP"]]


def run(*args: object) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("CFP_LANG", "SOURCE_DATE_EPOCH")}
    env.update({"LANG": "C.UTF-8", "PYTHONPATH": str(ROOT)})
    done = subprocess.run([sys.executable, "-c", CFP, *map(str, args)], capture_output=True,
                          text=True, env=env, check=False, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    return done


def tier(tmp_path: Path, name: str, bom: list[list[object]], company: str, product: str,
         number: str, *supplier: Path, suppliers: list[list[object]] | None = None
         ) -> tuple[dict, dict]:
    """Compute one tier: (its JSON result, its PACT export)."""
    sheets = {"部品表": bom, "排出原単位": FACTORS, "設定": settings(company, product, number)}
    if suppliers:
        sheets["仕入先"] = suppliers
    book = write_book(tmp_path / f"{name}.xlsx", sheets)
    out = tmp_path / f"{name}-out"
    options = [arg for path in supplier for arg in ("--supplier-pcf", path)]
    done = run("calc", book, "--format", "json", "--report", "pact", "--out", out,
               "--timestamp", STAMP, *options)
    return json.loads(done.stdout), json.loads((out / f"{name}-pact.json").read_text())


@pytest.fixture(scope="module")
def chain(tmp_path_factory) -> dict[str, tuple[dict, dict]]:
    root = tmp_path_factory.mktemp("chain")
    two = tier(root, "tier2", [["品番", "個数", "材質", "重量(kg)"], ["ING-1", 1, "SS400", 2],
                               ["PAINT-1", 1, None, None]],
               "Tier2 Casting", "Casting C-200", "C-200")
    two_file = root / "tier2-out" / "tier2-pact.json"
    one = tier(root, "tier1", [["品番", "個数", "材質", "重量(kg)", "仕入先", "仕入先品番"],
                               ["H-10", 2, None, 0.5, "Tier2", "C-200"],
                               ["B-1", 4, "SS400", 0.1, None, None],
                               ["LABEL-1", 1, None, None, None, None]],
               "Tier1 Assembly", "Assembly A-100", "A-100", two_file,
               suppliers=[["仕入先", "輸送手段", "距離(km)"], ["Tier2", "truck", 100]])
    one_file = root / "tier1-out" / "tier1-pact.json"
    zero = tier(root, "tier0", [["品番", "個数", "材質", "重量(kg)", "PCF ID"],
                                ["ASSY-9", 3, None, None, one[1]["id"]],
                                ["FRAME", 1, "SS400", 5, None]],
                "Tier0 Maker", "Machine M-1", "M-1", one_file)
    return {"two": two, "one": one, "zero": zero}


def test_tier2_exports_its_own_figures(chain):
    result, pact = chain["two"]
    assert result["total_kg_co2e"] == pytest.approx(5.0)
    assert result["primary_data_share"] == pytest.approx(0.2)
    assert result["supplier_footprints"] == []
    assert pact["pcf"]["pcfExcludingBiogenicUptake"] == "5"
    assert pact["pcf"]["primaryDataShare"] == "20"


def test_tier1_uses_tier2_by_supplier_part_number(chain):
    result, pact = chain["one"]
    assert result["total_kg_co2e"] == pytest.approx(11.51)
    assert result["stages"]["transport"] == pytest.approx(0.01)
    assert result["primary_data_share"] == pytest.approx(2.7 / 11.51)
    assert pact["pcf"]["pcfExcludingBiogenicUptake"] == "11.51"
    assert pact["pcf"]["primaryDataShare"] == "23.4579"
    (used,) = result["supplier_footprints"]
    assert used["id"] == chain["two"][1]["id"]
    assert used["company"] == "Tier2 Casting"
    assert used["kg_co2e"] == pytest.approx(10.0)
    assert used["share"] == pytest.approx(10.0 / 11.51)
    assert used["primary_data_share"] == pytest.approx(0.2)
    assert used["rows"] == [2]
    inventory = result["inventory"]
    data = inventory["data"]
    lines = [i for i, m in enumerate(_decoded(data["matched_by"])) if m == "supplier_pcf"]
    assert len(lines) == 1
    assert _decoded(data["pcf_id"])[lines[0]] == used["id"]
    assert _decoded(data["pcf_company"])[lines[0]] == "Tier2 Casting"
    assert _decoded(data["pcf_period"])[lines[0]] == "2025-01-01/2026-01-01"
    assert data["pcf_primary_share"][lines[0]] == pytest.approx(0.2)
    assert _decoded(data["data_type"])[lines[0]] == "primary"
    assert _decoded(data["stage"])[lines[0]] == "materials"


def test_tier0_uses_tier1_by_footprint_id(chain):
    result, _pact = chain["zero"]
    one_total = float(chain["one"][1]["pcf"]["pcfExcludingBiogenicUptake"])
    one_share = float(chain["one"][1]["pcf"]["primaryDataShare"]) / 100
    assert result["total_kg_co2e"] == pytest.approx(3 * 11.51 + 10.0)  # 44.53
    primary = 3 * one_total * one_share  # 34.53 x 0.234579 = 8.10001
    assert primary == pytest.approx(8.1, rel=1e-5)
    assert result["primary_data_share"] == pytest.approx(primary / 44.53)
    assert result["primary_data_share"] == pytest.approx(0.181900, rel=1e-5)
    (used,) = result["supplier_footprints"]
    assert used["id"] == chain["one"][1]["id"]
    assert used["kg_co2e"] == pytest.approx(34.53)


def _decoded(column: object) -> list[object]:
    """A JSON inventory column: an array, or {"values": [...], "codes": [...]}."""
    if isinstance(column, dict):
        return [column["values"][c] if c >= 0 else None for c in column["codes"]]
    return list(column)  # type: ignore[arg-type]
