"""Fuels and compressed air in processing (issue 15): every number worked by hand below.

Built-in factors used (lca/data/factors.csv): 都市ガス13A (city_gas_13a) 2.09 kg-CO2/m3,
LPG 2.99 kg-CO2/kg, 灯油 (kerosene) 2.50 kg-CO2/L, A重油 (heavy_oil_a) 2.75 kg-CO2/L; the
grid factor of the Settings sheet 0.388 kg-CO2/kWh (builders.SETTINGS).
"""

from __future__ import annotations

from datetime import UTC

import pytest
from builders import SETTINGS, write_book

from cfp.lca.api import calculate
from cfp.lca.errors import InputError
from cfp.lca.read.utilities import NM3_TO_M3, fuel_size, parse_rate

GAS, LPG, KEROSENE, OIL_A, GRID = 2.09, 2.99, 2.50, 2.75, 0.388

# the product P-1 (2 per product, lot 10) gets its footprint from processing only
FREE = {"排出原単位": [["キー", "単位", "排出原単位"], ["P-1", "piece", 0]], "設定": SETTINGS}


def bom(cycle_min: float, setup_min: float | None = None, process: str = "熱処理"):
    return [["品番", "個数", "ロット", f"{process} 加工(分)", f"{process} 段取(分)"],
            ["P-1", 2, 10, cycle_min, setup_min]]


def run(tmp_path, processes, cycle_min=30, setup_min=None, process="熱処理", **sheets):
    path = write_book(tmp_path / "u.xlsx", {"部品表": bom(cycle_min, setup_min, process),
                                            "工程": processes, **FREE, **sheets})
    return calculate(path)


def lines(result, carrier=None):
    inv = result.inventory
    inv = inv[inv["stage"] == "processing"]
    return inv if carrier is None else inv[inv["energy_carrier"] == carrier]


def problems(tmp_path, processes, **sheets):
    with pytest.raises(InputError) as info:
        run(tmp_path, processes, **sheets)
    return info.value.problems


def test_gas_furnace_rate_times_cycle_plus_setup_per_lot(tmp_path):
    # 熱処理: city gas 4 m3/h, rated 5 kW at 0.5; 30 min per piece, 60 min set-up per lot of
    # 10, 2 pieces per product.
    #   gas cycle: 4 m3/h x 0.5 h = 2 m3/piece; x 2 = 4 m3;   x 2.09 = 8.36
    #   gas setup: 4 m3/h x 1 h / 10 = 0.4 m3/piece; x 2 = 0.8 m3; x 2.09 = 1.672
    #   electricity: (5 x 0.5 x 0.5 + 5 x 1 / 10 x 0.5) x 2 = 3.0 kWh; x 0.388 = 1.164
    #   Scope 1 = 8.36 + 1.672 = 10.032; Scope 2 = 1.164
    result = run(tmp_path, [["工程", "定格電力(kW)", "使用率", "燃料", "燃料消費量(m3/h)"],
                            ["熱処理", 5, 0.5, "都市ガス13A", 4]], 30, 60)
    gas = lines(result, "city_gas_13a")
    assert sorted(gas["amount"]) == pytest.approx([0.8, 4.0])
    assert set(gas["unit"]) == {"m3"} and list(gas["factor"]) == pytest.approx([GAS, GAS])
    assert gas["kg_co2e"].sum() == pytest.approx(8.36 + 1.672)
    assert set(gas["energy_basis"]) == {"estimated"}
    assert set(gas["factor_key"]) == {"city_gas_13a"}
    scopes = result.processing_scopes
    assert scopes.scope1_kg == pytest.approx(10.032)
    assert scopes.scope2_kg == pytest.approx(3.0 * GRID)
    assert result.stages()["processing"] == pytest.approx(10.032 + 1.164)
    doc = result.to_dict()
    assert doc["processing_scopes"]["scope1_fuel_kg_co2e"] == pytest.approx(10.032)
    carriers = {c["carrier"]: c for c in doc["processing_scopes"]["carriers"]}
    assert carriers["city_gas_13a"]["amount"] == pytest.approx(4.8)
    assert carriers["city_gas_13a"]["unit"] == "m3" and carriers["city_gas_13a"]["scope"] == 1
    # the process table's kWh is electricity only; its kg-CO2e includes the gas
    (proc,) = doc["by_process"]
    assert proc["kwh"] == pytest.approx(3.0)
    assert proc["kg_co2e"] == pytest.approx(10.032 + 1.164)


def test_normal_cubic_metres_are_converted_to_the_factors_state(tmp_path):
    # 10 Nm3/h x 12 min = 2 Nm3 per piece = 2 x 1.10599 = 2.21198 m3 (25 °C, 100 kPa); x 2
    # pieces = 4.42396 m3; x 2.09 = 9.24608. No rated power: the furnace is gas only.
    assert NM3_TO_M3 == pytest.approx(298.15 / 273.15 * 101.325 / 100)
    assert NM3_TO_M3 == pytest.approx(1.10599, abs=1e-5)
    result = run(tmp_path, [["工程", "定格電力(kW)", "燃料", "燃料消費量(Nm3/h)"],
                            ["熱処理", None, "都市ガス", 10]], 12)
    (amount,) = lines(result)["amount"]
    assert amount == pytest.approx(2 * 2 * NM3_TO_M3)
    assert result.total == pytest.approx(4.42396 * GAS, rel=1e-5)


@pytest.mark.parametrize("header, value, cycle, expected", [
    # LPG 3 kg/h x 20 min = 1 kg/piece; x 2 = 2 kg; x 2.99 = 5.98
    ("燃料消費量(kg/h)", 3, 20, 2 * 1 * LPG),
    # the same in t/h: 0.003 t/h = 3 kg/h
    ("Fuel use (t/h)", 0.003, 20, 2 * 1 * LPG),
])
def test_lpg_by_mass(tmp_path, header, value, cycle, expected):
    result = run(tmp_path, [["工程", "定格電力(kW)", "燃料", header],
                            ["熱処理", None, "LPG", value]], cycle)
    assert result.total == pytest.approx(expected)
    assert set(lines(result)["unit"]) == {"kg"}


def test_kerosene_per_minute_and_heavy_oil_per_piece(tmp_path):
    # 灯油 0.05 L/min = 3 L/h; x 12 min = 0.6 L/piece; x 2 = 1.2 L; x 2.50 = 3.0
    result = run(tmp_path, [["工程", "定格電力(kW)", "燃料", "燃料消費量(L/min)"],
                            ["熱処理", None, "灯油", 0.05]], 12)
    assert result.total == pytest.approx(3.0)
    # A重油 0.4 L per piece: x 2 = 0.8 L; x 2.75 = 2.2; a per-piece use has no set-up part
    # (the 60 min set-up adds nothing)
    result = run(tmp_path, [["工程", "定格電力(kW)", "燃料", "燃料消費量(L/個)"],
                            ["熱処理", None, "A重油", 0.4]], 12, 60)
    assert result.total == pytest.approx(0.8 * OIL_A)
    assert len(lines(result)) == 1


def test_measured_fuel_per_piece_replaces_the_cycle_estimate(tmp_path):
    # metered 1.5 m3 per piece (instead of 4 m3/h x 0.5 h = 2): cycle 1.5 x 2 = 3 m3 x 2.09
    # = 6.27 (measured, primary); set-up stays estimated: 4 x 1 / 10 x 2 = 0.8 m3 x 2.09 =
    # 1.672; total 7.942
    result = run(tmp_path, [["工程", "定格電力(kW)", "燃料", "燃料消費量(m3/h)"],
                            ["熱処理", None, "都市ガス13A", 4]], 30, 60,
                 実測=[["品番", "工程", "開始積算電力量(kWh)", "終了積算電力量(kWh)", "加工数",
                      "燃料使用量(m3/個)"], ["P-1", "熱処理", None, None, None, 1.5]])
    gas = lines(result)
    cycle = gas[gas["flow"].str.endswith("(cycle)")].iloc[0]
    assert cycle["amount"] == pytest.approx(3.0)
    assert cycle["energy_basis"] == "measured" and cycle["data_type"] == "primary"
    assert "実測:2" in cycle["master_origin"]
    assert result.total == pytest.approx(6.27 + 1.672)
    assert result.primary_data_share() == pytest.approx(6.27 / 7.942)


def test_measured_fuel_names_its_own_fuel(tmp_path):
    # the process row has no fuel; the measurement names LPG: 0.25 kg x 2 x 2.99 = 1.495
    result = run(tmp_path, [["工程", "定格電力(kW)"], ["熱処理", None]], 0,
                 実測=[["品番", "工程", "開始積算電力量(kWh)", "終了積算電力量(kWh)", "加工数",
                      "燃料", "燃料使用量(kg/個)"],
                     ["P-1", "熱処理", None, None, None, "LPG", 0.25]])
    assert result.total == pytest.approx(0.25 * 2 * LPG)


@pytest.mark.parametrize("extra, settings, kwh_per_nm3, default", [
    ({}, [], 0.12, True),  # cfp default
    ({}, [["圧縮空気電力原単位", 0.1]], 0.1, False),  # Settings
    ({"空気電力原単位(kWh/Nm3)": 0.11}, [["圧縮空気電力原単位", 0.1]], 0.11, False),  # process row
])
def test_compressed_air_becomes_compressor_electricity(tmp_path, extra, settings, kwh_per_nm3,
                                                      default):
    # 旋盤 uses 12 Nm3/h of air; 6 min per piece: 1.2 Nm3/piece x 2 = 2.4 Nm3 x kWh/Nm3
    # (default 0.12: 0.288 kWh; x 0.388 = 0.111744); set-up 30 min / 10: 0.6 Nm3 x 2 = 1.2 Nm3
    # more (air is used during set-up too). Rated 10 kW x 0.7: cycle 0.7 kWh, set-up 0.35
    # kWh per piece (x 2).
    header = ["工程", "定格電力(kW)", "使用率", "圧縮空気(Nm3/h)", *extra]
    result = run(tmp_path, [header, ["旋盤", 10, 0.7, 12, *extra.values()]], 6, 30, "旋盤",
                 設定=[*SETTINGS, *settings])
    air = lines(result, "compressed_air")
    assert air["amount"].sum() == pytest.approx((2.4 + 1.2) * kwh_per_nm3)
    assert set(air["unit"]) == {"kWh"} and list(air["factor"]) == pytest.approx([GRID] * 2)
    assert air["kg_co2e"].sum() == pytest.approx(3.6 * kwh_per_nm3 * GRID)
    electric = lines(result, "electricity")["amount"].sum()
    assert electric == pytest.approx(2 * (10 * 0.1 * 0.7 + 10 * 0.5 / 10 * 0.7))
    assert result.processing_scopes.scope1_kg == 0
    assert result.processing_scopes.scope2_kg == pytest.approx(
        (electric + 3.6 * kwh_per_nm3) * GRID)
    assert any(key == "warn.air_default" for key, _ in result.warnings) is default
    assert f"{kwh_per_nm3:g} kWh/Nm3" in air["master_origin"].iloc[0]


@pytest.mark.parametrize("header, value, expected_kwh", [
    # 200 L/min = 12 Nm3/h: 1.2 Nm3/piece x 2 x 0.12 = 0.288 kWh
    ("圧縮空気(L/min)", 200, 0.288),
    # 0.5 Nm3 per piece x 2 x 0.12 = 0.12 kWh
    ("Compressed air (Nm3/piece)", 0.5, 0.12),
])
def test_air_units(tmp_path, header, value, expected_kwh):
    result = run(tmp_path, [["工程", "定格電力(kW)", header], ["旋盤", None, value]], 6, None,
                 "旋盤")
    assert lines(result, "compressed_air")["amount"].sum() == pytest.approx(expected_kwh)


def test_parse_rate_and_fuel_size():
    assert parse_rate("m3/h").per_hour == 1 and parse_rate("L/min").per_hour == 60
    assert parse_rate("kg/個").per_hour is None and parse_rate("m3") is None
    assert parse_rate("m3", per_piece_default=True).per_hour is None
    assert fuel_size("m3", "volume") == 1000  # in L, the volume base unit
    assert fuel_size("Nm3", "volume") == pytest.approx(1000 * NM3_TO_M3)
    assert fuel_size("kg", "volume") is None and fuel_size("t", "mass") == 1000


@pytest.mark.parametrize("processes, code, cell", [
    ([["工程", "定格電力(kW)", "燃料", "燃料消費量(m3/h)"], ["熱処理", None, "薪", 4]],
     "process.fuel_no_factor", "C2"),
    ([["工程", "定格電力(kW)", "燃料", "燃料消費量(m3/h)"], ["熱処理", None, "LPG", 4]],
     "process.fuel_unit_mismatch", "C2"),
    ([["工程", "定格電力(kW)", "燃料", "燃料消費量"], ["熱処理", None, "LPG", 4]],
     "process.fuel_unit", "D1"),
    ([["工程", "定格電力(kW)", "燃料", "燃料消費量(m3/h)"], ["熱処理", None, None, 4]],
     "process.fuel_without_key", "C2"),
    ([["工程", "定格電力(kW)", "圧縮空気(kg/h)"], ["熱処理", None, 4]], "process.air_unit", "C1"),
    ([["工程", "定格電力(kW)", "圧縮空気(Nm3/h)", "空気電力原単位(kW)"], ["熱処理", None, 4, 1]],
     "process.air_kwh_unit", "D1"),
    # a unit with brackets inside: the column is found (it was not: the default 0.12
    # kWh/Nm3 was used) and its unit refused, kW/(m3/min) being a specific power
    ([["工程", "定格電力(kW)", "圧縮空気(Nm3/h)", "空気電力原単位(kW/(m3/min))"],
      ["熱処理", None, 4, 7.2]], "process.air_kwh_unit", "D1"),
])
def test_bad_fuel_and_air_input_names_the_cell(tmp_path, processes, code, cell):
    found = problems(tmp_path, processes)
    assert [(p.code, p.sheet, p.cell) for p in found] == [(code, "工程", cell)]
    assert found[0].message("en") and found[0].message("ja")


def test_fuel_only_process_needs_no_rated_power_but_a_timed_process_without_energy_does(
        tmp_path):
    # 熱処理 burns gas and has no rated power: fine. 洗浄 has neither: the BOM time C2 is
    # refused as before.
    path = write_book(tmp_path / "n.xlsx", {
        "部品表": [["品番", "個数", "熱処理 加工(分)", "洗浄 加工(分)"], ["P-1", 1, 30, 10]],
        "工程": [["工程", "定格電力(kW)", "燃料", "燃料消費量(m3/h)"],
               ["熱処理", None, "都市ガス13A", 4], ["洗浄", None, None, None]], **FREE})
    with pytest.raises(InputError) as info:
        calculate(path)
    assert [(p.code, p.cell) for p in info.value.problems] == [("process.no_power", "D2")]


def test_the_study_report_splits_processing_by_scope(tmp_path):
    # the gas furnace of the first test: Scope 1 10.032, Scope 2 1.164 kg-CO2e, in both
    # languages, with the fuel's name from its factor row
    from datetime import datetime

    from cfp.lca.render import html
    from cfp.lca.render.model import build_model

    result = run(tmp_path, [["工程", "定格電力(kW)", "使用率", "燃料", "燃料消費量(m3/h)"],
                            ["熱処理", 5, 0.5, "都市ガス13A", 4]], 30, 60)
    created = datetime(2026, 4, 1, tzinfo=UTC)
    english = html.render_report(build_model(result, "en", created))
    assert "On-site fuel (Scope 1)" in english and "City gas (13A)" in english
    assert "10.03" in english and "1.164" in english
    japanese = html.render_report(build_model(result, "ja", created))
    assert "自社での燃料燃焼(Scope 1)" in japanese and "都市ガス(13A)" in japanese


@pytest.mark.parametrize("fuel, header, value, expected", [
    # 天然ガス 1.96 kg-CO2/m3: 3 m3/h x 20 min = 1 m3/piece; x 2 = 2 m3; x 1.96 = 3.92
    ("天然ガス", "燃料消費量(m3/h)", 3, 2 * 1.96),
    # コークス 3.18 kg-CO2/kg: 6 kg/h x 20 min = 2 kg/piece; x 2 = 4 kg; x 3.18 = 12.72
    ("コークス", "燃料消費量(kg/h)", 6, 4 * 3.18),
    # 一般炭 2.33 kg-CO2/kg: 0.003 t/h = 3 kg/h x 20 min = 1 kg; x 2 = 2 kg; x 2.33 = 4.66
    ("一般炭", "燃料消費量(t/h)", 0.003, 2 * 2.33),
    # 都市ガス(既定値) 2.05 kg-CO2/m3 (算定省令): 3 m3/h x 20 min x 2 = 2 m3; x 2.05 = 4.10
    ("city_gas_13a:default", "燃料消費量(m3/h)", 3, 2 * 2.05),
])
def test_added_statutory_fuels(tmp_path, fuel, header, value, expected):
    result = run(tmp_path, [["工程", "定格電力(kW)", "燃料", header],
                            ["熱処理", None, fuel, value]], 20)
    assert result.total == pytest.approx(expected)


def test_scope_split_in_the_terminal_view_and_the_workbook(tmp_path):
    # the gas furnace above: Scope 1 = 8.36 + 1.672 = 10.032 (city gas), Scope 2 = 3.0 kWh
    # x 0.388 = 1.164 (electricity); one terminal line under the stages, one workbook sheet
    import openpyxl
    from typer.testing import CliRunner

    from cfp.cli.app import app

    path = write_book(tmp_path / "u.xlsx", {
        "部品表": bom(30, 60), "工程": [["工程", "定格電力(kW)", "使用率", "燃料",
                                        "燃料消費量(m3/h)"], ["熱処理", 5, 0.5, "都市ガス13A", 4]],
        **FREE})
    runner = CliRunner()
    ja = runner.invoke(app, ["calc", str(path), "--lang", "ja"])
    assert ja.exit_code == 0, ja.output
    assert "加工のうち Scope 1(燃料燃焼)10.032、Scope 2(購入電力)1.164 kg-CO2e" in ja.stdout
    out = tmp_path / "out"
    en = runner.invoke(app, ["calc", str(path), "--lang", "en", "--report", "xlsx", "--out",
                             str(out)])
    assert en.exit_code == 0, en.output
    assert "Processing: Scope 1 (on-site fuel) 10.032, Scope 2 (electricity) 1.164" in en.stdout
    rows = list(openpyxl.load_workbook(out / "u-inventory.xlsx")["Processing by energy carrier"]
                .iter_rows(values_only=True))
    assert rows[0][:2] == ("Energy carrier", "Scope")
    # shares of the total 11.196: 1.164 / 11.196 = 10.40 %, 10.032 / 11.196 = 89.60 %
    assert rows[1][:4] == ("Purchased electricity", "Purchased electricity (Scope 2)", 3, "kWh")
    assert rows[1][4:] == (pytest.approx(1.164), pytest.approx(0.10397, abs=1e-5))
    assert rows[2][:4] == ("City gas (13A)", "On-site fuel (Scope 1)", pytest.approx(4.8), "m3")
    assert rows[2][4:] == (pytest.approx(10.032), pytest.approx(0.89603, abs=1e-5))
    assert rows[-2][0] == "On-site fuel (Scope 1)" and rows[-2][4] == pytest.approx(10.032)
    assert rows[-1][0] == "Purchased electricity (Scope 2)"
    assert rows[-1][4] == pytest.approx(3.0 * GRID)


def test_electricity_only_has_no_scope_line_or_sheet(tmp_path):
    # rated 5 kW at 0.5 for 30 min, 2 per product: 2.5 kWh; nothing but Scope 2 to split
    import openpyxl
    from typer.testing import CliRunner

    from cfp.cli.app import app

    path = write_book(tmp_path / "u.xlsx", {
        "部品表": bom(30), "工程": [["工程", "定格電力(kW)", "使用率"], ["熱処理", 5, 0.5]],
        **FREE})
    out = tmp_path / "out"
    shown = CliRunner().invoke(app, ["calc", str(path), "--lang", "en", "--report", "xlsx",
                                     "--out", str(out)])
    assert shown.exit_code == 0, shown.output
    assert "Scope 1" not in shown.stdout
    names = openpyxl.load_workbook(out / "u-inventory.xlsx").sheetnames
    assert "Processing by energy carrier" not in names


def test_the_annex_names_fuel_and_air_lines_not_electricity(tmp_path):
    # The report's annex labelled every processing line by its kind only: city gas
    # (m3, kg-CO2e/m3) read "電力(加工)" / "Electricity (cycle)". Fuel, compressed air
    # and electricity lines now each say what they are.
    from cfp.lca.render.model import Inventory

    result = run(tmp_path, [["工程", "定格電力(kW)", "使用率", "燃料", "燃料消費量(m3/h)",
                             "圧縮空気(Nm3/h)"], ["熱処理", 10, 1.0, "都市ガス13A", 4, 12]], 30, 60)
    for lang, expected in (("ja", {"電力(加工)", "電力(段取)", "燃料 city_gas_13a(加工)",
                                   "燃料 city_gas_13a(段取)", "圧縮空気(加工)", "圧縮空気(段取)"}),
                           ("en", {"Electricity (cycle)", "Electricity (set-up)",
                                   "Fuel city_gas_13a (cycle)", "Fuel city_gas_13a (set-up)",
                                   "Compressed air (cycle)", "Compressed air (set-up)"})):
        rows = Inventory(result.lci, lang).records(100)
        shown = {r["flow"] for r in rows if r["stage"] == "processing"}
        assert shown == expected
        gas = [r for r in rows if r["unit"] == "m3"]
        assert gas and all("city_gas_13a" in r["flow"] for r in gas)
