"""The committed sample workbooks against their hand calculations (samples/README.md).

Every expected number below is written as the arithmetic of the README tables, from
the BOM cells and the built-in factors (lca/data/factors.csv), not copied from a cfp run:
    materials  = total qty x mass (raw if given, else net) x factor
    transport  = total qty x mass / 1000 x km x mode factor (per t-km)
    processing = total qty x (cycle kWh + setup kWh) x electricity factor
                 cycle kWh = kW x min/60 x utilisation (or measured (end - start) / n)
                 setup kWh = kW x min/60 / lot x utilisation
    waste      = total qty x (raw - net) x scrap factor
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from cfp.lca.api import calculate

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
JA = SAMPLES / "machined-assembly-ja.xlsx"
EN = SAMPLES / "multilevel-en.xlsx"
REL = 1e-9

# Built-in factors used (lca/data/factors.csv, key: kg-CO2e per unit)
STEEL = 1.91  # steel (S45C, SS400, SCM435, SPCC, SUJ2) per kg
FASTENERS = 2.8  # fasteners (分類 ボルト・ナット) per kg: CBAM default, Japanese bolts (Dec 2026)
STAINLESS = 3.7  # stainless (SUS304) per kg
ALUMINIUM = 10.8  # aluminium (A6063, A2017) per kg
ALU_CAST = 0.9950779  # aluminium_cast (ADC12) per kg: DEFRA recycled aluminium (Dec 2026; was 0.3)
COPPER_ALLOY = 4.6  # copper_alloy (C3604) per kg
PP = 2.57757172  # pp (grade PP -> factor key pp) per kg
RUBBER = 3.3355719  # rubber (NBR) per kg
TRUCK = 0.10163  # truck (also "トラック") per t-km
SHIP = 0.039  # ship per t-km
VAN = 0.62562  # van per t-km
RAIL = 0.022  # rail per t-km
SCRAP_METAL = 0.00468568  # scrap:metal per kg
SCRAP_RESIN = 2.56  # scrap:resin per kg
ELECTRICITY = 0.423  # electricity (Japan national average) per kWh
CITY_GAS = 2.09  # city_gas_13a (都市ガス13A, Tokyo Gas residual) per m3


# ---------------------------------------------------------------------------------------
# machined-assembly-ja.xlsx: ポンプユニット PU-100, electricity 0.388 (設定 電力排出係数)
# 旋盤 10 kW x 0.7, マシニングセンタ (MC) 15 kW x 70%, 熱処理 30 kW x 0.5 and city gas
# 2.0 m3/h (issue 15: a gas-fired furnace); default lot 50
# ---------------------------------------------------------------------------------------
JA_GRID = 0.388

JA_MATERIALS = {
    "PU-101": 1 * 1.200 * ALU_CAST,  # ADC12, raw "１,２００" g
    "PU-102": 1 * 0.450 * STEEL,  # S45C
    "PU-103": 1 * 0.260 * ALUMINIUM,  # A6063
    "PU-104": 1 * 0.110 * ALUMINIUM,  # A2017
    "PU-105": 2 * 0.210 * STEEL,  # SS400
    "PU-106": 1 * 0.160 * STEEL,  # SCM435
    "PU-107": 2 * 0.040 * COPPER_ALLOY,  # C3604
    "PU-108": 1 * 0.090 * STAINLESS,  # ＳＵＳ３０４
    "PU-109": 1 * 0.020 * PP,  # PP
    "PU-110": 4 * 0.0052 * FASTENERS,  # SCM435, 分類 ボルト・ナット; raw "-" -> net
    "PU-111": 4 * 0.0011 * STEEL,  # SPCC; raw "-" -> net
    "PU-112": 1 * 0.0025 * RUBBER,  # NBR; raw "-" -> net
}
JA_TRANSPORT = {
    "PU-101": 1 * 1.200 / 1000 * 80 * TRUCK,  # 東海ダイカスト トラック 80 km
    "PU-102": 1 * 0.450 / 1000 * 120 * TRUCK,  # 山田鋼材 truck 120 km
    "PU-103": 1 * 0.260 / 1000 * 120 * TRUCK,
    "PU-104": 1 * 0.110 / 1000 * 120 * TRUCK,
    "PU-105": 2 * 0.210 / 1000 * 120 * TRUCK,
    "PU-106": 1 * 0.160 / 1000 * 120 * TRUCK,
    "PU-107": 2 * 0.040 / 1000 * 120 * TRUCK,
    "PU-108": 1 * 0.090 / 1000 * 120 * TRUCK,
    "PU-109": 1 * 0.020 / 1000 * 900 * SHIP,  # 九州樹脂 ship 900 km
    "PU-110": 4 * 0.0052 / 1000 * 350 * TRUCK,  # 大阪機材 トラック 350 km
    "PU-111": 4 * 0.0011 / 1000 * 350 * TRUCK,
    "PU-112": 1 * 0.0025 / 1000 * 350 * TRUCK,
}
JA_MEASURED_KWH = (607 - 561) / 13  # 実測 PU-101 MC: 3.538 kWh/piece (domain brief)
JA_KWH_PER_PIECE = {  # (cycle + setup) kWh per piece, summed over the part's processes
    # MC measured cycle + setup 15 x 60/60 / 50 x 0.7 = 0.21
    "PU-101": JA_MEASURED_KWH + 15 * 60 / 60 / 50 * 0.7,
    # 旋盤 10 x 6/60 x 0.7 = 0.7 + 10 x 30/60 / 100 x 0.7 = 0.035; 熱処理 30 x 12/60 x 0.5 = 3
    "PU-102": 10 * 6 / 60 * 0.7 + 10 * 30 / 60 / 100 * 0.7 + 30 * 12 / 60 * 0.5,
    # MC 15 x 8/60 x 0.7 = 1.4 + 15 x 40/60 / 50 (設定 lot) x 0.7 = 0.14
    "PU-103": 15 * 8 / 60 * 0.7 + 15 * 40 / 60 / 50 * 0.7,
    # MC 0.875 + 0.0525
    "PU-104": 15 * 5 / 60 * 0.7 + 15 * 30 / 60 / 100 * 0.7,
    # MC 0.7 + 0.02625 (x 2 pieces below)
    "PU-105": 15 * 4 / 60 * 0.7 + 15 * 30 / 60 / 200 * 0.7,
    # 旋盤 0.58333 + 0.02333; 熱処理 30 x 10/60 x 0.5 = 2.5
    "PU-106": 10 * 5 / 60 * 0.7 + 10 * 20 / 60 / 100 * 0.7 + 30 * 10 / 60 * 0.5,
    # 旋盤 0.23333 + 0.0035 (x 2 pieces)
    "PU-107": 10 * 2 / 60 * 0.7 + 10 * 15 / 60 / 500 * 0.7,
    # 旋盤 0.35 + 0.02333
    "PU-108": 10 * 3 / 60 * 0.7 + 10 * 20 / 60 / 100 * 0.7,
    # 旋盤 0.23333 + 0.00583
    "PU-109": 10 * 2 / 60 * 0.7 + 10 * 10 / 60 / 200 * 0.7,
}
JA_QTY = {"PU-101": 1, "PU-102": 1, "PU-103": 1, "PU-104": 1, "PU-105": 2, "PU-106": 1,
          "PU-107": 2, "PU-108": 1, "PU-109": 1, "PU-110": 4, "PU-111": 4, "PU-112": 1}
# 熱処理 gas (Scope 1): 2.0 m3/h x cycle h (no set-up time is given for either part)
JA_GAS_M3 = {"PU-102": 2.0 * 12 / 60,  # 0.4 m3
             "PU-106": 2.0 * 10 / 60}  # 0.333333 m3
JA_GAS = {p: JA_QTY[p] * m3 * CITY_GAS for p, m3 in JA_GAS_M3.items()}  # 0.836, 0.696667
JA_PROCESSING = {p: JA_QTY[p] * kwh * JA_GRID + JA_GAS.get(p, 0.0)
                 for p, kwh in JA_KWH_PER_PIECE.items()}
JA_WASTE = {  # qty x (raw - net) x scrap factor; bought parts (raw "-") have none
    "PU-101": 1 * (1.200 - 0.850) * SCRAP_METAL,
    "PU-102": 1 * (0.450 - 0.320) * SCRAP_METAL,
    "PU-103": 1 * (0.260 - 0.180) * SCRAP_METAL,
    "PU-104": 1 * (0.110 - 0.070) * SCRAP_METAL,
    "PU-105": 2 * (0.210 - 0.150) * SCRAP_METAL,
    "PU-106": 1 * (0.160 - 0.095) * SCRAP_METAL,
    "PU-107": 2 * (0.040 - 0.025) * SCRAP_METAL,
    "PU-108": 1 * (0.090 - 0.060) * SCRAP_METAL,
    "PU-109": 1 * (0.020 - 0.012) * SCRAP_RESIN,  # resin -> scrap:resin
}
JA_STAGES = {"materials": sum(JA_MATERIALS.values()),  # 7.984927844
             "transport": sum(JA_TRANSPORT.values()),  # 0.030590875
             "processing": sum(JA_PROCESSING.values()),  # 6.051362410 + 1.532666667
             "waste": sum(JA_WASTE.values())}  # 0.024439400
JA_TOTAL = sum(JA_STAGES.values())  # 15.623987196 kg-CO2e per 1 個
#: with --meter-log samples/pu-102-lathe-log.csv: PU-102 on the lathe measured
#: (1526.60 - 1520.00) kWh / (12 - 0) pieces = 0.55 kWh instead of 10 x 6/60 x 0.7 = 0.7
JA_LOG = SAMPLES / "pu-102-lathe-log.csv"
JA_LOG_KWH = (1526.60 - 1520.00) / 12


# ---------------------------------------------------------------------------------------
# multilevel-en.xlsx: Geared motor unit GM-200, electricity = built-in 0.423
# Lathe 7.5 kW x 0.6, CNC 11 kW x 65%, Welding 8 kW x 0.5, Assembly 1.5 kW x 0.8;
# default lot 50. Total qty = product of Qty along the path.
# ---------------------------------------------------------------------------------------
EN_QTY = {
    "GM-200": 1, "GM-210": 1 * 1, "GM-211": 1 * 1, "GM-212": 1 * 2,
    "GM-220": 1 * 2, "GM-221": 2 * 1, "GM-222": 2 * 2, "GM-223": 2 * 1,
    "GM-224": 2 * 1 * 1, "GM-225": 2 * 1 * 3,  # 1 x 2 x 1 x 3 = 6 per product
    "GM-230": 1, "GM-240": 1,
}
EN_MATERIALS = {
    "GM-211": 1 * 2.9 * STEEL,  # SS400
    "GM-212": 2 * 0.42 * STEEL,  # SS400
    "GM-221": 2 * 1.1 * STEEL,  # S45C
    "GM-222": 4 * 0.11 * STEEL,  # SUJ2, raw "-" -> net
    "GM-224": 2 * 0.5 * ALU_CAST,  # ADC12
    "GM-225": 6 * 0.004 * STEEL,  # SCM435
    "GM-230": 1 * 18.5,  # Factors sheet: GM-230 per piece (primary)
    "GM-240": 1 * 0.22 * 6.2,  # A5052 -> aluminium, overridden by Factors sheet 6.2
}
EN_TRANSPORT = {
    "GM-211": 1 * 2.9 / 1000 * 50 * TRUCK,  # Steel Co Truck 50 km
    "GM-212": 2 * 0.42 / 1000 * 50 * TRUCK,
    "GM-221": 2 * 1.1 / 1000 * 50 * TRUCK,
    "GM-222": 4 * 0.11 / 1000 * 200 * TRUCK,  # Bearing Co truck 200 km
    "GM-224": 2 * 0.5 / 1000 * 150 * TRUCK,  # Alu Co truck 150 km
    "GM-225": 6 * 0.004 / 1000 * 30 * VAN,  # Fastener Co van 30 km
    "GM-230": 1 * 3.2 / 1000 * 600 * RAIL,  # Motor Co rail 600 km (net weight)
    "GM-240": 1 * 0.22 / 1000 * 150 * TRUCK,
}
EN_KWH_PER_PIECE = {
    "GM-200": 1.5 * 20 / 60 * 0.8 + 1.5 * 30 / 60 / 20 * 0.8,  # Assembly 0.4 + 0.03
    "GM-210": 8 * 15 / 60 * 0.5 + 8 * 30 / 60 / 20 * 0.5,  # Welding 1.0 + 0.1
    "GM-211": 11 * 10 / 60 * 0.65 + 11 * 45 / 60 / 20 * 0.65,  # CNC 1.19167 + 0.268125
    "GM-212": 11 * 2 / 60 * 0.65 + 11 * 15 / 60 / 20 * 0.65,  # CNC 0.23833 + 0.089375
    "GM-220": 1.5 * 3 / 60 * 0.8,  # Assembly 0.06
    "GM-221": 7.5 * 6 / 60 * 0.6 + 7.5 * 30 / 60 / 100 * 0.6,  # Lathe 0.45 + 0.0225
    "GM-223": 1.5 * 2 / 60 * 0.8,  # Assembly 0.04
    "GM-224": 11 * 4 / 60 * 0.65 + 11 * 30 / 60 / 100 * 0.65,  # CNC 0.47667 + 0.03575
    "GM-240": 11 * 3 / 60 * 0.65 + 11 * 20 / 60 / 50 * 0.65,  # CNC 0.3575 + 0.047667
}
EN_PROCESSING = {p: EN_QTY[p] * kwh * ELECTRICITY for p, kwh in EN_KWH_PER_PIECE.items()}
EN_WASTE = {
    "GM-211": 1 * (2.9 - 2.4) * SCRAP_METAL,
    "GM-212": 2 * (0.42 - 0.35) * SCRAP_METAL,
    "GM-221": 2 * (1.1 - 0.8) * SCRAP_METAL,
    "GM-224": 2 * (0.5 - 0.4) * SCRAP_METAL,
    "GM-240": 1 * (0.22 - 0.15) * SCRAP_METAL,
}
EN_STAGES = {"materials": sum(EN_MATERIALS.values()),  # 33.0907179
             "transport": sum(EN_TRANSPORT.values()),  # 0.100416286
             "processing": sum(EN_PROCESSING.values()),  # 2.631148125
             "waste": sum(EN_WASTE.values())}  # 0.007075377
EN_TOTAL = sum(EN_STAGES.values())  # 35.829357688 kg-CO2e per 1 piece


def _part_totals(*stages: dict[str, float]) -> dict[str, float]:
    out: dict[str, float] = {}
    for stage in stages:
        for part, value in stage.items():
            out[part] = out.get(part, 0.0) + value
    return out


@pytest.fixture(scope="module")
def ja():
    return calculate(JA)


@pytest.fixture(scope="module")
def en():
    return calculate(EN)


# --- the hand figures themselves (so a typo in the constants above is caught) ---------

def test_hand_totals_match_readme():
    # before Dec 2026 (aluminium_cast 0.3, fasteners 1.91): 13.238715048856 and 35.134279788200;
    # ja + 1.2 x (0.9950779 - 0.3) + 4 x 0.0052 x (2.8 - 1.91) = + 0.83409348 + 0.018512
    # en + 2 x 0.5 x (0.9950779 - 0.3) = + 0.6950779
    # + the gas-fired 熱処理 (issue 15): (0.4 + 0.333333) m3 x 2.09 = 1.532666667
    assert JA_TOTAL == pytest.approx(14.091320528856 + 1.532666666667, rel=1e-11)
    assert EN_TOTAL == pytest.approx(35.829357688200, rel=1e-11)
    assert JA_MEASURED_KWH * JA_GRID == pytest.approx(1.372923077, rel=1e-9)


# --- machined-assembly-ja.xlsx ---------------------------------------------------------

def test_ja_total_and_stages(ja):
    assert ja.total == pytest.approx(JA_TOTAL, rel=REL)
    stages = ja.stages()
    for stage, expected in JA_STAGES.items():
        assert stages[stage] == pytest.approx(expected, rel=REL), stage


def test_ja_product_and_declared_unit(ja):
    assert ja.product_name == "ポンプユニット PU-100"
    assert ja.declared_unit == "1 個"


def test_ja_per_part_totals(ja):
    table = ja.part_table().set_index("part_number")
    expected = _part_totals(JA_MATERIALS, JA_TRANSPORT, JA_PROCESSING, JA_WASTE)
    assert set(table.index) == set(expected)
    for part, value in expected.items():
        assert table.at[part, "kg_co2e"] == pytest.approx(value, rel=REL), part
    # a few by stage, as in the README part table
    assert table.at["PU-103", "materials"] == pytest.approx(0.260 * 10.8, rel=REL)  # 2.808
    assert table.at["PU-105", "total_quantity"] == 2
    assert table.at["PU-109", "waste"] == pytest.approx(0.008 * 2.56, rel=REL)  # 0.02048


def test_ja_normalisation_and_categories(ja):
    parts = ja.parts.set_index("part_number")
    assert parts.at["PU-101", "raw_kg"] == pytest.approx(1.2)  # "１,２００" g
    assert parts.at["PU-108", "grade"] == "SUS304"  # "ＳＵＳ３０４"
    assert parts.at["PU-108", "category_key"] == "stainless"
    assert parts.at["PU-110", "category_key"] == "fasteners"  # 分類 ボルト・ナット
    assert parts.at["PU-106", "category_key"] == "steel"  # same grade, grade map
    assert parts["raw_kg"].isna().sum() == 3  # screws, washers, O-ring: "-"


def test_ja_measured_process_is_flagged(ja):
    inv = ja.inventory
    proc = inv[inv["stage"] == "processing"]
    measured = proc[proc["energy_basis"] == "measured"]
    assert list(measured["part_number"]) == ["PU-101"]
    row = measured.iloc[0]
    assert row["process"] == "マシニングセンタ"
    assert row["amount"] == pytest.approx(46 / 13, rel=REL)  # 3.538 kWh x 1 piece
    assert row["kg_co2e"] == pytest.approx(46 / 13 * 0.388, rel=REL)  # 1.3729
    assert row["data_type"] == "primary"
    # its set-up and every other process are estimated (19 electricity lines, 2 of gas)
    assert (proc["energy_basis"] != "measured").sum() == 21
    setup = proc[(proc["part_number"] == "PU-101") & (proc["flow"] == "electricity (setup)")]
    assert setup["energy_basis"].tolist() == ["estimated"]
    assert setup["amount"].iloc[0] == pytest.approx(0.21, rel=REL)


def test_ja_primary_data_share(ja):
    # only the measured MC energy is primary: 1.372923 / 14.091321
    assert ja.primary_data_share() == pytest.approx(46 / 13 * 0.388 / JA_TOTAL, rel=REL)


def test_ja_processing_by_process(ja):
    by = ja.by_process()
    # 旋盤 kWh: 0.735 + 0.60667 + 2 x 0.23683 + 0.37333 + 0.23917 = 2.42783
    assert by.at["旋盤", "kwh"] == pytest.approx(
        0.735 + (10 * 5 / 60 * 0.7 + 10 * 20 / 60 / 100 * 0.7)
        + 2 * (10 * 2 / 60 * 0.7 + 10 * 15 / 60 / 500 * 0.7)
        + (10 * 3 / 60 * 0.7 + 10 * 20 / 60 / 100 * 0.7)
        + (10 * 2 / 60 * 0.7 + 10 * 10 / 60 / 200 * 0.7), rel=REL)
    assert by.at["熱処理", "kwh"] == pytest.approx(3.0 + 2.5, rel=REL)  # electricity only
    # its kg-CO2e: 5.5 kWh x 0.388 + 0.733333 m3 x 2.09 = 2.134 + 1.532667 = 3.666667
    assert by.at["熱処理", "kg_co2e"] == pytest.approx(5.5 * JA_GRID + 0.7333333333 * CITY_GAS,
                                                   rel=REL)
    assert by.at["マシニングセンタ", "measured_kwh"] == pytest.approx(46 / 13, rel=REL)
    # MC estimated: 0.21 + 1.54 + 0.9275 + 2 x 0.72625 = 4.13
    assert by.at["マシニングセンタ", "estimated_kwh"] == pytest.approx(4.13, rel=REL)


def test_ja_gas_furnace_and_scope_split(ja):
    inv = ja.inventory
    gas = inv[inv["energy_carrier"] == "city_gas_13a"]
    assert sorted(gas["part_number"]) == ["PU-102", "PU-106"]
    assert gas["amount"].sum() == pytest.approx(0.4 + 2 / 6, rel=REL)
    assert set(gas["unit"]) == {"m3"}
    scopes = ja.processing_scopes
    assert scopes.scope1_kg == pytest.approx(sum(JA_GAS.values()), rel=REL)  # 1.532667
    assert scopes.scope2_kg == pytest.approx(6.051362410, rel=1e-8)  # the electricity
    assert ("warn.meterlog_not_given", {"sheet": "計測ログ"}) in ja.warnings


def test_ja_with_the_lathe_log():
    from cfp.lca.api import Options

    logged = calculate(JA, Options(meter_logs=[JA_LOG]))
    # PU-102 lathe cycle 0.55 instead of 0.7 kWh: total - 0.15 x 0.388 = total - 0.0582
    assert JA_LOG_KWH == pytest.approx(0.55, rel=1e-12)
    assert logged.total == pytest.approx(JA_TOTAL - (0.7 - JA_LOG_KWH) * JA_GRID, rel=REL)
    inv = logged.inventory
    row = inv[(inv["part_number"] == "PU-102") & (inv["process"] == "旋盤")
              & (inv["flow"] == "electricity (cycle)")].iloc[0]
    assert row["energy_basis"] == "measured" and row["amount"] == pytest.approx(0.55, rel=REL)
    assert "pu-102-lathe-log.csv rows 4-16" in row["master_origin"]
    # primary: (3.538462 + 0.55) kWh x 0.388 = 1.586323 of 15.565787
    assert logged.primary_data_share() == pytest.approx(
        (JA_MEASURED_KWH + 0.55) * JA_GRID / logged.total, rel=REL)


# --- multilevel-en.xlsx ----------------------------------------------------------------

def test_en_total_and_stages(en):
    assert en.total == pytest.approx(EN_TOTAL, rel=REL)
    stages = en.stages()
    for stage, expected in EN_STAGES.items():
        assert stages[stage] == pytest.approx(expected, rel=REL), stage


def test_en_quantities_multiply_down_the_tree(en):
    table = en.part_table().set_index("part_number")
    for part, qty in EN_QTY.items():
        assert table.at[part, "total_quantity"] == qty, part
    assert table.at["GM-225", "level"] == 3
    assert set(table.index[table["is_assembly"]]) == {"GM-200", "GM-210", "GM-220", "GM-223"}


def test_en_per_part_totals(en):
    table = en.part_table().set_index("part_number")
    expected = _part_totals(EN_MATERIALS, EN_TRANSPORT, EN_PROCESSING, EN_WASTE)
    for part in table.index:
        assert table.at[part, "kg_co2e"] == pytest.approx(expected.get(part, 0.0), rel=REL), part
    # assemblies carry only their own processes
    assert table.at["GM-210", "kg_co2e"] == pytest.approx(1.1 * 0.423, rel=REL)  # welding
    assert table.at["GM-210", "materials"] == 0.0


def test_en_factor_sheet_precedence(en):
    inv = en.inventory
    mat = inv[inv["stage"] == "materials"].set_index("part_number")
    # per-piece supplier factor, keyed by part number: primary data
    assert mat.at["GM-230", "unit"] == "piece"
    assert mat.at["GM-230", "kg_co2e"] == pytest.approx(18.5, rel=REL)
    assert mat.at["GM-230", "data_type"] == "primary"
    # the sheet's `aluminium` replaces the built-in 10.8
    assert mat.at["GM-240", "factor"] == pytest.approx(6.2)
    assert mat.at["GM-240", "factor_key"] == "aluminium"
    # built-in rows used elsewhere
    assert mat.at["GM-224", "factor"] == pytest.approx(ALU_CAST)
    assert en.primary_data_share() == pytest.approx(18.5 / EN_TOTAL, rel=REL)


def test_en_builtin_electricity(en):
    proc = en.inventory[en.inventory["stage"] == "processing"]
    assert set(proc["factor_key"]) == {"electricity"}
    assert proc["factor"].unique().tolist() == [pytest.approx(ELECTRICITY)]
    assert set(proc["energy_basis"]) == {"estimated"}


def test_en_product_name(en):
    assert en.product_name == "Geared motor unit GM-200"
    assert en.declared_unit == "1 piece"


# --- CLI and generator ----------------------------------------------------------------

def test_cli_json_matches_library(ja):
    from typer.testing import CliRunner

    from cfp.cli.main import app

    result = CliRunner().invoke(app, ["calc", str(JA), "--format", "json", "--lang", "en"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["total_kg_co2e"] == pytest.approx(ja.total, rel=1e-12)
    assert data["total_kg_co2e"] == pytest.approx(JA_TOTAL, rel=REL)
    assert data["declared_unit"] == "1 個"
    for stage, expected in JA_STAGES.items():
        assert data["stages"][stage] == pytest.approx(expected, rel=REL)


def test_generator_reproduces_committed_samples(tmp_path):
    """samples/make_samples.py is deterministic and the committed files are its output."""
    subprocess.run([sys.executable, str(SAMPLES / "make_samples.py"), str(tmp_path)],
                   check=True, capture_output=True)
    for name in ("machined-assembly-ja.xlsx", "multilevel-en.xlsx", "pu-102-lathe-log.csv"):
        assert (tmp_path / name).read_bytes() == (SAMPLES / name).read_bytes(), name
