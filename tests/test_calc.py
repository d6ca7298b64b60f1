"""Calculation tests: every expected number is worked out by hand in the comments.

Built-in factors used (lca/data/factors.csv): steel 1.91 kg/kg (SS400, S45C...),
aluminium 10.8 kg/kg (A6063), scrap:metal 0.00468568 kg/kg, truck 0.10163 kg/t-km.
"""

from __future__ import annotations

import json
import math

import pytest
from builders import PROCESSES, SETTINGS, SUPPLIERS, write_book

from cfp.lca.aggregate.result import inventory_records
from cfp.lca.api import Options, calculate
from cfp.lca.read.results import table_records
from cfp.lca.render import formats

STEEL, ALU, SCRAP_METAL, TRUCK = 1.91, 10.8, 0.00468568, 0.10163


def flows(result, stage=None, part=None):
    inv = result.inventory
    if stage:
        inv = inv[inv["stage"] == stage]
    if part:
        inv = inv[inv["part_number"] == part]
    return inv


def test_domain_measured_energy(tmp_path):
    # Domain brief: meter 561 -> 607 kWh over 13 pieces = 46/13 = 3.538 kWh/piece (the brief
    # prints 3.53, truncated); x 0.388 kg/kWh = 1.3729 kg/piece (brief: 3.53 x 0.388 =
    # 1.3696, printed 1.36).
    path = write_book(tmp_path / "m.xlsx", {
        "部品表": [["品番", "個数", "旋盤", None], [None, None, "加工(分)", "段取(分)"],
                ["P-1", 1, 30, None]],
        "工程": PROCESSES,
        "実測": [["品番", "工程", "開始積算電力量(kWh)", "終了積算電力量(kWh)", "加工数"],
               ["P-1", "旋盤", 561, 607, 13]],
        "設定": SETTINGS,
        "排出原単位": [["キー", "単位", "排出原単位", "出典"], ["P-1", "個", 0, "test"]],
    }, merges={"部品表": ["C1:D1"]})
    result = calculate(path)
    energy = flows(result, "processing")
    assert len(energy) == 1
    row = energy.iloc[0]
    assert row["energy_basis"] == "measured"
    assert row["amount"] == pytest.approx(46 / 13)
    assert math.floor(row["amount"] * 100) / 100 == 3.53
    assert row["kg_co2e"] == pytest.approx(46 / 13 * 0.388)
    assert abs(row["kg_co2e"] - 1.36) < 0.02
    assert row["data_type"] == "primary"
    assert result.primary_data_share() == pytest.approx(1.0)


def test_domain_estimated_energy(tmp_path):
    # Domain brief: 15 kW x 0.38 h x 0.7 = 3.99 kWh/piece. (23 min is 0.3833 h, which
    # gives 4.025; the brief rounds the time to 0.38 h, so the cycle is given in hours.)
    path = write_book(tmp_path / "e.xlsx", {
        "部品表": [["品番", "個数", "マシニングセンタ 加工(h)"], ["P-1", 1, 0.38]],
        "工程": PROCESSES, "設定": SETTINGS,
        "排出原単位": [["キー", "単位", "排出原単位"], ["P-1", "piece", 0]],
    })
    row = flows(calculate(path), "processing").iloc[0]
    assert row["energy_basis"] == "estimated"
    assert row["amount"] == pytest.approx(3.99)
    assert row["kg_co2e"] == pytest.approx(3.99 * 0.388)


def test_machined_part_all_stages(tmp_path):
    # One A6063 part, 2 per product, net 1,200 g (full-width, thousands separator), raw
    # 1500 g, supplier A社 by truck 100 km, lathe 5 min/piece + 30 min set-up per lot of 10.
    #   materials: 2 x 1.5 kg x 10.8            = 32.4
    #   transport: 2 x 1.5/1000 t x 100 km x 0.10163 = 0.030489
    #   waste:     2 x (1.5 - 1.2) kg x 0.00468568 = 0.002811408
    #   lathe cycle: 10 kW x 5/60 h x 0.7 = 0.58333 kWh/piece; x2 = 1.16667 kWh
    #   lathe setup: 10 kW x 0.5 h / 10 x 0.7 = 0.35 kWh/piece; x2 = 0.7 kWh
    #   processing: (1.16667 + 0.7) x 0.388      = 0.724267
    path = write_book(tmp_path / "p.xlsx", {
        "部品表": [["部品表 サンプル"], [],
                ["品番", "品名", "個数", "材質", "重量(g)", "素材重量(g)", "仕入先", "ロット",
                 "旋盤", None],
                [None] * 8 + ["加工(分)", "段取(分)"],
                ["P-1", "base", 2, "A6063", "１,２００", 1500, "A社", 10, 5, 30]],
        "工程": PROCESSES, "仕入先": SUPPLIERS, "設定": SETTINGS,
    }, merges={"部品表": ["I3:J3"]})
    result = calculate(path)
    stages = result.stages()
    assert stages["materials"] == pytest.approx(2 * 1.5 * ALU)
    assert stages["transport"] == pytest.approx(2 * 1.5 / 1000 * 100 * TRUCK)
    assert stages["waste"] == pytest.approx(2 * 0.3 * SCRAP_METAL)
    kwh = 2 * (10 * 5 / 60 * 0.7) + 2 * (10 * 0.5 / 10 * 0.7)
    assert stages["processing"] == pytest.approx(kwh * 0.388)
    assert result.total == pytest.approx(32.4 + 0.030489 + 0.002811408 + kwh * 0.388)
    assert result.product_name == "テスト製品"


def test_multilevel_quantities_by_level(tmp_path):
    # product > 2 x SUB-A > 3 x P-1 (SS400 1 kg): 6 per product -> 6 x 1.91 = 11.46
    #         > 1 x P-2 (SS400 2 kg) directly                 -> 2 x 1.91 = 3.82
    # SUB-A is an assembly: it carries no material although it has a weight.
    path = write_book(tmp_path / "l.xlsx", {"BOM": [
        ["Level", "Part number", "Qty", "Material", "Net weight (kg)"],
        [1, "SUB-A", 2, None, 5],
        [2, "P-1", 3, "SS400", 1],
        [1, "P-2", 1, "SS400", 2],
    ]})
    result = calculate(path)
    parts = result.parts.set_index("part_number")
    assert parts.loc["P-1", "total_quantity"] == 6
    assert bool(parts.loc["SUB-A", "is_assembly"])
    assert result.total == pytest.approx(6 * STEEL + 2 * STEEL)
    assert flows(result, part="SUB-A").empty


def test_multilevel_quantities_by_parent(tmp_path):
    # Same structure written with a parent column, rows out of order:
    # P-1 under SUB-A (3), SUB-A under the product (2): 6 x 1 kg x 1.91 = 11.46
    path = write_book(tmp_path / "p.xlsx", {"BOM": [
        ["Part number", "Parent", "Qty", "Material", "Net weight (kg)"],
        ["P-1", "SUB-A", 3, "SS400", 1],
        ["SUB-A", None, 2, None, None],
    ]})
    result = calculate(path)
    assert result.total == pytest.approx(6 * STEEL)


def test_factor_precedence(tmp_path):
    # Key SS400 in a --factors file (2.0) beats the built-in category (1.91); the
    # workbook's own factor sheet (2.5) beats both; part number beats grade.
    factors = tmp_path / "f.csv"
    factors.write_text("key,unit,factor,source\nSS400,kg,2.0,my db\n", encoding="utf-8")
    bom = [["品番", "個数", "材質", "重量(kg)"], ["P-1", 1, "SS400", 1], ["P-2", 1, "SS400", 1]]
    path = write_book(tmp_path / "a.xlsx", {"部品表": bom})
    assert calculate(path, Options(factor_files=[factors])).total == pytest.approx(4.0)
    path = write_book(tmp_path / "b.xlsx", {"部品表": bom, "排出原単位": [
        ["キー", "単位", "排出原単位", "出典"], ["SS400", "kg", 2.5, "sheet"],
        ["P-2", "kg", 3.0, "supplier"]]})
    result = calculate(path, Options(factor_files=[factors]))
    assert result.total == pytest.approx(2.5 + 3.0)
    p2 = flows(result, "materials", "P-2").iloc[0]
    assert p2["data_type"] == "primary"  # supplier-specific: keyed by part number
    assert p2["factor_source"] == "supplier"


def test_factor_units_converted(tmp_path):
    # 2000 kg-CO2e per t = 2.0 per kg; 500 g part -> 1.0; a per-piece factor: 3 x 0.8 = 2.4
    path = write_book(tmp_path / "u.xlsx", {
        "部品表": [["品番", "個数", "材質", "重量(g)"], ["P-1", 1, "X1", 500],
                ["S-1", 3, None, "-"]],
        "排出原単位": [["キー", "単位", "排出原単位"], ["X1", "t", 2000], ["S-1", "個", 0.8]],
    })
    assert calculate(path).total == pytest.approx(1.0 + 2.4)


def test_weight_unit_from_settings(tmp_path):
    # "重量" without a unit is read in g because Settings says weight_unit = g:
    # 1000 g SS400 = 1 kg x 1.91
    path = write_book(tmp_path / "w.xlsx", {
        "部品表": [["品番", "個数", "材質", "重量"], ["P-1", 1, "SS400", 1000]],
        "設定": [["weight_unit", "g"]],
    })
    assert calculate(path).total == pytest.approx(STEEL)


@pytest.mark.parametrize("header", [
    # process name on the header row, merged over its two time columns
    ([["品番", "個数", "旋盤", None], [None, None, "加工(分)", "段取(分)"]], ["C1:D1"]),
    # written once, not merged
    ([["品番", "個数", "旋盤", None], [None, None, "加工(分)", "段取(分)"]], []),
    # group header 工程 above the process names
    ([["品番", "個数", "工程", None], [None, None, "旋盤", None],
      [None, None, "加工(分)", "段取(分)"]], ["C1:D1", "C2:D2"]),
    # single row, process and kind in one cell
    ([["品番", "個数", "旋盤 加工(分)", "旋盤 段取(分)"]], []),
    # English, time in hours
    ([["Part No", "Qty", "Lathe", None], [None, None, "Cycle (h)", "Setup (h)"]], []),
])
def test_process_header_layouts(tmp_path, header):
    rows, merges = header
    hours = rows[-1][2].endswith("(h)")
    cycle, setup = (0.5, 1.0) if hours else (30, 60)
    process = "Lathe" if hours else "旋盤"
    # 10 kW x 0.5 h x 0.7 = 3.5 kWh/piece; set-up 10 kW x 1 h / lot 5 x 0.7 = 1.4 kWh/piece
    path = write_book(tmp_path / "h.xlsx", {
        "部品表": rows + [["P-1", 1, cycle, setup]],
        "工程": [["工程", "定格電力(kW)", "使用率"], [process, 10, 0.7]],
        "設定": [["電力排出係数", 0.5], ["ロット", 5]],
        "排出原単位": [["キー", "単位", "排出原単位"], ["P-1", "piece", 0]],
    }, merges={"部品表": merges})
    result = calculate(path)
    assert result.stages()["processing"] == pytest.approx((3.5 + 1.4) * 0.5)


@pytest.mark.parametrize("cycle, setup", [
    ("旋盤加工(分)", "旋盤段取(分)"),  # no space between the process and the kind
    ("旋盤 加工時間(分)", "旋盤段取り時間(分)"),
    ("Lathe cycle time (min)", "Lathe setup time (min)"),  # two-word kinds
])
def test_process_headers_glued_or_worded(tmp_path, cycle, setup):
    # These headers were ignored (processing 0, no warning). Cycle 60 min x 10 kW x 1.0 =
    # 10 kWh; set-up 120 min x 10 kW / lot 10 = 2 kWh a piece; x 0.5 kg/kWh = 6.0
    process = "Lathe" if cycle.startswith("Lathe") else "旋盤"
    path = write_book(tmp_path / "g.xlsx", {
        "部品表": [["品番", "個数", "材質", "重量(kg)", cycle, setup, "ロット"],
                ["P-1", 1, "SS400", 1.0, 60, 120, 10]],
        "工程": [["工程", "定格電力(kW)", "使用率"], [process, 10, 1.0]],
        "設定": [["電力排出係数", 0.5]]})
    result = calculate(path)
    assert result.stages()["processing"] == pytest.approx(6.0)
    assert set(flows(result, "processing")["process"]) == {process}


def test_a_column_ending_in_a_kind_word_without_a_time_unit_is_no_time(tmp_path):
    # 外注加工 (outsourced machining) holds text; without a time unit it is not taken
    # for the cycle time of a process "外注": only the material, 1 kg x 1.91
    path = write_book(tmp_path / "o.xlsx", {
        "部品表": [["品番", "個数", "材質", "重量(kg)", "外注加工"],
                ["P-1", 1, "SS400", 1.0, "A社"]]})
    result = calculate(path)
    assert result.total == pytest.approx(STEEL)
    assert flows(result, "processing").empty


def test_processes_and_suppliers_differing_in_brackets_stay_apart(tmp_path):
    # Names were compared like headers, with every bracket removed: MC(大型) and MC(小型)
    # became one machine, A社(東京) and A社(大阪) one supplier (the first row's data).
    # Processing: 60 min x 30 kW = 30 kWh and 60 min x 5 kW = 5 kWh, x 0.5 = 15 + 2.5.
    # Transport: 1 kg = 0.001 t; 0.001 x 10 km x 0.10163 + 0.001 x 500 km x 0.10163 =
    # 0.0010163 + 0.050815 = 0.0518313 (truck 0.10163 kg/t-km, built-in).
    path = write_book(tmp_path / "b.xlsx", {
        "部品表": [["品番", "個数", "材質", "重量(kg)", "仕入先", "MC(大型) 加工(分)",
                 "MC(小型) 加工(分)"],
                ["P-1", 1, "SS400", 1.0, "A社(東京)", 60, None],
                ["P-2", 1, "SS400", 1.0, "A社（大阪）", None, 60]],  # full-width brackets
        "工程": [["工程", "定格電力(kW)", "使用率"], ["MC(大型)", 30, 1.0], ["MC(小型)", 5, 1.0]],
        "仕入先": [["仕入先", "輸送手段", "距離(km)"], ["A社(東京)", "truck", 10],
                 ["A社(大阪)", "truck", 500]],
        "設定": [["電力排出係数", 0.5]]})
    result = calculate(path)
    assert result.stages()["processing"] == pytest.approx(17.5)
    assert result.stages()["transport"] == pytest.approx(0.0518313)
    by_part = flows(result, "processing").set_index("part_number")["process"]
    assert by_part["P-1"] == "MC(大型)" and by_part["P-2"] == "MC(小型)"


def test_a_process_name_cell_with_brackets_over_its_time_columns(tmp_path):
    # A two-row header: "MC(大型)" over 加工(分) is the machine's name, not a unit (the
    # bracket was read as the unit 大型 and the column refused); "旋盤(分)" over 加工 and
    # 段取 gives the unit. MC(大型): 30 min x 20 kW = 10 kWh; 旋盤: 1 h x 10 kW = 10 kWh
    # and 2 h x 10 kW / lot 4 = 5 kWh; (10 + 10 + 5) x 0.5 = 12.5
    path = write_book(tmp_path / "n.xlsx", {
        "部品表": [["品番", "個数", "MC(大型)", "旋盤(h)", None],
                [None, None, "加工(分)", "加工", "段取"],
                ["P-1", 1, 30, 1, 2]],
        "工程": [["工程", "定格電力(kW)", "使用率"], ["MC(大型)", 20, 1.0], ["旋盤", 10, 1.0]],
        "設定": [["電力排出係数", 0.5], ["ロット", 4]],
        "排出原単位": [["キー", "単位", "排出原単位"], ["P-1", "piece", 0]],
    }, merges={"部品表": ["D1:E1"]})
    result = calculate(path)
    assert result.stages()["processing"] == pytest.approx(12.5)
    assert set(flows(result, "processing")["process"]) == {"MC(大型)", "旋盤"}


def test_blank_markers_and_bought_parts(tmp_path):
    # A bought screw has raw weight "-": mass = net 10 g; 4 x 0.01 kg x 1.91 = 0.0764,
    # no scrap line.
    path = write_book(tmp_path / "s.xlsx", {"部品表": [
        ["品番", "個数", "材質", "重量(g)", "素材重量(g)"], ["B-1", 4, "SS400", 10, "－"]]})
    result = calculate(path)
    assert result.total == pytest.approx(4 * 0.01 * STEEL)
    assert flows(result, "waste").empty


def test_grade_spellings(tmp_path):
    # ＳＵＳ３０４ and SUS304-2B map to stainless (3.7 built-in); P.P. to pp.
    path = write_book(tmp_path / "g.xlsx", {"部品表": [
        ["品番", "個数", "材質", "重量(kg)"], ["A", 1, "ＳＵＳ３０４", 1], ["B", 1, "SUS304-2B", 1],
        ["C", 1, "P.P.", 1]]})
    result = calculate(path)
    keys = flows(result, "materials").set_index("part_number")["factor_key"]
    assert keys["A"] == keys["B"] == "stainless"
    assert keys["C"] == "pp"


def test_json_schema_fields(tmp_path):
    path = write_book(tmp_path / "j.xlsx", {"部品表": [
        ["品番", "個数", "材質", "重量(kg)"], ["P-1", 2, "SS400", 1.5]]})
    data = calculate(path).to_dict("en")
    for key in ("total_kg_co2e", "declared_unit", "stages", "parts", "by_category",
                "by_process", "inventory", "warnings", "input", "cfp_version"):
        assert key in data
    assert data["schema_version"] == "2"
    assert data["inventory"]["columns"][0] == "row"
    # a text column is dictionary-encoded: distinct values and one code per row
    assert data["inventory"]["data"]["stage"] == {"values": ["materials"], "codes": [0]}
    line = inventory_records(data)[0]
    # 2 x 1.5 kg x 1.91 = 5.73; the line says where its factor came from
    assert line["amount"] == pytest.approx(3.0)
    assert line["kg_co2e"] == pytest.approx(5.73)
    assert line["factor_key"] == "steel"
    assert line["factor_source"].startswith("World Steel Association")
    assert data["factors"]["steel"]["factor"] == pytest.approx(1.91)
    assert "worldsteel.org" in data["factors"]["steel"]["source_ref"]
    assert line["data_type"] == "proxy"
    assert table_records(data["parts"])[0]["total_quantity"] == 2
    assert len(data["input"]["sha256"]) == 64


def test_meter_reading_without_bom_time_is_used(tmp_path):
    # P-1 has no lathe time in the BOM but a meter reading: 46/13 kWh x 0.388 must count.
    # P-2: estimated 10 kW x 5/60 h x 0.7 = 0.58333 kWh x 0.388.
    path = write_book(tmp_path / "m.xlsx", {
        "部品表": [["品番", "個数", "材質", "重量(kg)", "旋盤 加工(分)"],
                ["P-1", 1, "SS400", 1.0, None], ["P-2", 1, "SS400", 1.0, 5]],
        "工程": PROCESSES, "設定": SETTINGS,
        "実測": [["品番", "工程", "開始積算電力量(kWh)", "終了積算電力量(kWh)", "加工数"],
               ["P-1", "旋盤", 561, 607, 13]],
    })
    result = calculate(path)
    assert result.stages()["processing"] == pytest.approx((46 / 13 + 10 * 5 / 60 * 0.7) * 0.388)


def test_transport_mode_by_display_name(tmp_path):
    # "Container ship" is the built-in row's English name: 1 kg x 1 t/1000 kg x 1000 km
    # x the container_ship factor.
    import csv

    from cfp.lca.read.factors import builtin_path
    rows = {r["key"]: r for r in csv.DictReader(builtin_path("factors.csv").open(encoding="utf-8"))}
    ship = float(rows["container_ship"]["kg_co2e"])
    path = write_book(tmp_path / "t.xlsx", {
        "部品表": [["品番", "個数", "重量(kg)", "仕入先"], ["P-1", 1, 1.0, "X"]],
        "仕入先": [["仕入先", "輸送手段", "距離(km)"],
                ["X", rows["container_ship"]["name_en"], 1000]],
        "排出原単位": [["キー", "単位", "排出原単位"], ["P-1", "piece", 0]],
    })
    assert calculate(path).stages()["transport"] == pytest.approx(1.0 / 1000 * 1000 * ship)


def test_json_is_valid_and_rows_are_one_per_line(tmp_path):
    import json

    from cfp.lca.render import formats

    # a part name that looks like the splice sentinel must stay a plain string
    path = write_book(tmp_path / "j.xlsx", {"部品表": [
        ["品番", "品名", "個数", "材質", "重量(kg)"],
        ["P-1", "__cfp_inventory_rows__", 2, "SS400", 1.5], ["P-2", "x", 1, "SS400", 1]]})
    result = calculate(path)
    text = formats.to_json(result)
    data = json.loads(text)
    assert table_records(data["parts"])[0]["name"] == "__cfp_inventory_rows__"
    assert len(inventory_records(data)) == 2
    # one column per line: the row column of the parts and of the inventory is [2, 3]
    assert text.count('\n      "row": [2,3],\n') == 2
    assert data["total_kg_co2e"] == pytest.approx(2 * 1.5 * STEEL + STEEL)


@pytest.mark.parametrize(("mode", "expected"), [
    # factors.md §4c worked table (diesel 2.62 kg/L): z = 2,000 kg, x = 25 % -> 0.842;
    # z = 10,000 kg, x = 62 % -> 0.141; z = 20 t, x = 100 % -> 0.061
    ("改良トンキロ:2000kg:25%", 0.842),
    ("tonkilo:10t:62%", 0.141),
    ("改良トンキロ：20t：100%：軽油", 0.061),
])
def test_improved_ton_km_method(tmp_path, mode, expected):
    # 1 piece of 1000 kg over 1 km = 1 t-km, so transport = the factor per t-km
    path = write_book(tmp_path / "t.xlsx", {
        "部品表": [["品番", "個数", "重量(kg)", "仕入先"], ["P-1", 1, 1000, "X"]],
        "仕入先": [["仕入先", "輸送手段", "距離(km)"], ["X", mode, 1]],
        "排出原単位": [["キー", "単位", "排出原単位"], ["P-1", "piece", 0]],
    })
    result = calculate(path)
    assert result.stages()["transport"] == pytest.approx(expected, abs=0.0006)
    row = flows(result, "transport").iloc[0]
    assert "改良トンキロ法" in row["factor_source"]


def test_improved_ton_km_formula_exact():
    from cfp.lca.read.tonkm import litres_per_tkm

    # ln y = 2.71 - 0.812 ln(0.25) - 0.654 ln(2000) = -1.13532 -> y = 0.321318 L/t-km
    assert litres_per_tkm(2000, 25) == pytest.approx(0.321318, rel=1e-5)


def test_mass_cut_off_weighs_the_material_bought(tmp_path):
    # P-1: SS400 2.5 kg (raw = net); X-1 without a factor: net 0.1 kg, raw 1.0 kg. The
    # material X-1's flow would have is its raw weight: 1.0 / (2.5 + 1.0) = 28.57 % of the
    # material bought, over 5 %: refused. (On the net weights it looked like 0.1 / 2.6 =
    # 3.85 % and was cut off with exit 0 while 1.0 kg was reported as left out.)
    from cfp.lca.errors import InputError

    path = write_book(tmp_path / "c.xlsx", {"部品表": [
        ["品番", "個数", "材質", "重量(kg)", "素材重量(kg)"], ["P-1", 1, "SS400", 2.5, 2.5],
        ["X-1", 1, "UNOBTAINIUM", 0.1, 1.0]]})
    with pytest.raises(InputError) as info:
        calculate(path, Options(cutoff_pct=5))
    assert info.value.problems[0].code == "material.cutoff_exceeded"
    assert "weigh 28.57% of the material bought" in info.value.problems[0].message("en")
    # within 30 %: cut off, and the report's share is of the same basis (1.0 of 3.5 kg)
    result = calculate(path, Options(cutoff_pct=30))
    assert result.excluded_mass_kg == pytest.approx(1.0)
    assert result.input_mass_kg == pytest.approx(3.5)
    assert result.product_mass_kg == pytest.approx(2.6)  # the product itself: net weights
    assert any("28.57%" in str(params.get("share")) for key, params in result.warnings
               if key == "warn.cut_off")


@pytest.mark.parametrize(("cutoff", "settings_value", "excluded"), [
    (5, None, True),       # O-1 is 0.04 kg of 1.04 kg = 3.85 % <= 5 %: cut off
    (3, None, False),      # 3.85 % > 3 %: error
    (None, "5%", True),    # from the Settings sheet
    (None, None, False),   # no rule: error
])
def test_mass_cut_off(tmp_path, cutoff, settings_value, excluded):
    # P-1: 1 kg SS400 (1.91); O-1: 2 x 20 g of an unknown material "その他材"
    sheets = {"部品表": [["品番", "個数", "材質", "重量(g)"], ["P-1", 1, "SS400", 1000],
                      ["O-1", 2, "その他材", 20]]}
    if settings_value:
        sheets["設定"] = [["カットオフ", settings_value]]
    path = write_book(tmp_path / "c.xlsx", sheets)
    if not excluded:
        from cfp.lca.errors import InputError

        with pytest.raises(InputError) as info:
            calculate(path, Options(cutoff_pct=cutoff))
        problems = info.value.problems
        if cutoff is None:
            assert [p.code for p in problems] == ["material.no_factor"]
            return
        # a refused cut-off says the share and the limit once, then lists the parts
        assert [p.code for p in problems] == ["material.cutoff_exceeded",
                                              "material.no_factor_cut_off"]
        assert problems[0].message("en") == f"{path}: 部品表: " + (
            "the 1 part(s) without an emission factor weigh 3.85% of the "
            "material bought (raw weights), more than the mass cut-off of 3%, so they cannot "
            "be cut off. Add their "
            "factors (parts listed below), allow a larger cut-off (--cutoff, or カットオフ in "
            "the 設定 sheet), or leave them out with --allow-missing.")
        assert problems[0].message("ja") == f"{path}: 部品表: " + (
            "排出原単位のない部品 1 件の質量は購入材料(素材重量)の 3.85% で、質量カットオフの"
            "基準 3% を超えるため除外できません。下記の部品の原単位を追加するか、基準を広げる"
            "(--cutoff または設定シートのカットオフ)か、--allow-missing で除外してください。")
        assert "--cutoff 5" not in problems[1].message("en")
        return
    result = calculate(path, Options(cutoff_pct=cutoff))
    assert result.total == pytest.approx(STEEL)
    (item,) = result.excluded
    assert item["reason"] == "cut_off" and item["mass_kg"] == pytest.approx(0.04)
    assert any(key == "warn.cut_off" for key, _ in result.warnings)
    assert result.to_dict()["cut_off"]["threshold_pct"] == pytest.approx(5)


def test_prefetched_bom_sheet_gives_the_same_result(tmp_path):
    # the CLI starts reading the BOM sheet in a thread before its imports (lca/prefetch.py);
    # a master sheet comes first, so the BOM is the first non-master sheet, as read_bom says
    from cfp.lca.read import prefetch
    from cfp.lca.render import formats

    path = write_book(tmp_path / "p.xlsx", {
        "工程": PROCESSES,
        "Sheet1": [["品番", "個数", "材質", "重量(kg)", "旋盤", None],
                   [None, None, None, None, "加工(分)", "段取(分)"],
                   ["P-1", 2, "SS400", 1.5, 30, 10]],
    }, merges={"Sheet1": ["E1:F1"]})
    early = prefetch.start(path)
    assert early is not None and early.wait() and early.sheet == "Sheet1"
    assert early.merged  # the merged process header came with the rows
    with_prefetch = calculate(path, Options(prefetched=early))
    plain = calculate(path)
    assert formats.to_json(with_prefetch) == formats.to_json(plain)
    assert with_prefetch.stages()["materials"] == pytest.approx(2 * 1.5 * STEEL)


def test_prefetch_of_a_broken_file_leaves_the_error_to_open_workbook(tmp_path):
    from cfp.lca.errors import InputError
    from cfp.lca.read import prefetch

    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"not a zip file at all")
    early = prefetch.start(path)
    assert early is not None and not early.wait()
    with pytest.raises(InputError) as caught:
        calculate(path, Options(prefetched=early))
    assert [p.code for p in caught.value.problems] == ["file.not_workbook"]
    assert prefetch.start(tmp_path / "missing.xlsx") is None
    assert prefetch.start(tmp_path / "bom.csv") is None


def test_the_streamed_json_is_the_document(tmp_path):
    # 7 parts (3 flows each: material, transport, waste: 21 rows): the JSON streamed to a
    # file piece by piece is byte for byte the one made in memory, and its content is
    # `Result.to_dict`; every column of a table has one value per row
    import io
    import json

    from cfp.lca.render import formats

    rows = [["品番", "個数", "材質", "重量(kg)", "素材重量(kg)", "仕入先"]]
    rows += [[f"P-{i}", i, "SS400", 1.0, 1.5, "A社"] for i in range(1, 8)]
    path = write_book(tmp_path / "big.xlsx", {"部品表": rows, "仕入先": SUPPLIERS})
    result = calculate(path)
    whole = formats.to_json_bytes(result, "ja")
    streamed = io.BytesIO()
    formats.write_json(result, "ja", streamed)
    assert streamed.getvalue() == whole
    data = json.loads(whole)
    assert data == result.to_dict("ja")
    assert len(table_records(data["parts"])) == 7 and len(inventory_records(data)) == 21
    for table in (data["parts"], data["inventory"]):
        lengths = {len(c["codes"]) if isinstance(c, dict) else len(c)
                   for c in table["data"].values()}
        assert len(lengths) == 1 and table["columns"] == list(table["data"])


def test_top_parts_largest_first_ties_in_bom_order(tmp_path):
    # SS400 1.91 kg/kg: P-1 1 kg -> 1.91, P-2 2 kg -> 3.82, P-3 1 kg -> 1.91 (a tie with P-1)
    path = write_book(tmp_path / "t.xlsx", {"部品表": [
        ["品番", "品名", "個数", "材質", "重量(kg)"], ["P-1", "a", 1, "SS400", 1.0],
        ["P-2", "b", 1, "SS400", 2.0], ["P-3", "c", 1, "SS400", 1.0]]})
    result = calculate(path)
    top = result.top_parts(3)
    assert [p["part_number"] for p in top] == ["P-2", "P-1", "P-3"]
    assert top[0]["kg_co2e"] == pytest.approx(2 * STEEL)
    assert top[0]["materials"] == pytest.approx(2 * STEEL) and top[0]["name"] == "b"
    assert [p["part_number"] for p in result.top_parts(1)] == ["P-2"]
    assert result.top_parts(0) == []
    # the same order as the pandas view the reports use
    table = result.part_table().sort_values("kg_co2e", ascending=False)
    assert list(table["part_number"]) == ["P-2", "P-1", "P-3"]


@pytest.mark.parametrize(("parts", "expected"), [
    (2, [("warn.no_lot_size", {"part": "P-1"}), ("warn.no_lot_size", {"part": "P-2"})]),
    # over 5 parts: one warning naming the first five, not a line per part
    (7, [("warn.no_lot_size.many", {"count": "7", "first": "P-1, P-2, P-3, P-4, P-5",
                                    "more": "2"})]),
])
def test_repeated_part_warnings_are_summarised(tmp_path, parts, expected):
    # each part has a set-up time on the lathe but no lot size anywhere
    path = write_book(tmp_path / "lots.xlsx", {
        "部品表": [["品番", "個数", "材質", "重量(kg)", "旋盤", None],
                [None, None, None, None, "加工(分)", "段取(分)"],
                *[[f"P-{i}", 1, "SS400", 1.0, 1, 30] for i in range(1, parts + 1)]],
        "工程": PROCESSES})
    result = calculate(path)
    lots = [(k, p) for k, p in result.warnings if k.startswith("warn.no_lot_size")]
    assert lots == expected
    if parts == 7:
        text = json.loads(formats.to_json(result, "ja"))["warnings"]
        message = next(w["message"] for w in text if w["code"] == "warn.no_lot_size.many")
        assert "7 件の部品(P-1, P-2, P-3, P-4, P-5 ほか 2 件)" in message


def test_json_columns_equal_to_an_earlier_one_are_the_same_bytes():
    # the inventory JSON reuses the bytes of an equal column (kg_co2e / fossil_kg_co2e...)
    # only when the bits are equal: -0.0 is not 0.0, NaN stays null where it is, and text
    # columns need the same values and codes
    import numpy as np

    from cfp.lca.frame import Text

    n = formats.REUSE_FROM
    base = np.linspace(0.0, 2.5, n)
    negative_zero = base.copy()
    negative_zero[0] = -0.0
    nan_moved = base.copy()
    nan_moved[3] = np.nan
    columns = [("a", base), ("b", base.copy()), ("c", negative_zero), ("d", nan_moved),
               ("t", Text(np.zeros(n, dtype=np.intp), ["x"])),
               ("u", Text(np.zeros(n, dtype=np.intp), ["y"])),
               ("v", Text(np.zeros(n, dtype=np.intp), ["x"]))]
    data = json.loads(b"".join(formats.column_table(columns)))["data"]
    assert data["a"] == data["b"] == base.tolist()
    assert math.copysign(1.0, data["c"][0]) == -1.0 and data["a"][0] == 0.0
    assert data["d"][3] is None and data["d"][4] == base[4]
    assert data["u"]["values"] == ["y"] and data["v"]["values"] == ["x"]
    seen: list = []
    for _name, values in columns:
        assert formats._column_json_once(values, seen) == formats._column_json(values)
    assert len(seen) == 5  # b and v reused a's and t's bytes; c, d and u written anew


@pytest.mark.parametrize("values", [
    [1.0, 2.0, 5.0, 3.0],  # ratings: the table of `1.0,` ... `5.0,`
    [0.0, 9.0, 10.0, 99.0, 100.0, 255.0],  # whole numbers of 1 to 3 digits, NUL-padded
    [1.0, float("nan"), 2.0],  # NaN is null
    [1.0, 2.0, -0.0],  # -0.0 is written by orjson ("-0.0"), not from the table
    [1.0, 2.0, 2.5], [1.0, 256.0], [1.0, -1.0], [1.0, float("inf")],  # not whole / too big
    [float("nan"), float("nan"), 3.0],  # mostly null: orjson
])
def test_json_of_whole_number_columns_is_orjsons(values):
    # a float column of small whole numbers is written from a table of their bytes;
    # whatever the column, the bytes are exactly orjson's
    import numpy as np
    import orjson

    column = np.resize(np.array(values), formats.REUSE_FROM + 7)
    expected = orjson.dumps(column, option=orjson.OPT_SERIALIZE_NUMPY)
    assert formats._column_json(column) == expected
    fast = formats._whole_json(column)
    whole = all(0 <= v <= 255 and v == int(v) and str(v) != "-0.0"
                for v in values if v == v)
    assert (fast is not None) == (whole and sum(v != v for v in values) * 2 <= len(values))


def test_a_process_without_utilisation_is_warned_and_counted_at_100_percent(tmp_path):
    # 旋盤 has its utilisation (0.7); マシニングセンタ's cell is blank: 100 % assumed and
    # warned, naming it. Processing: 10 kW x 6/60 h x 0.7 + 15 kW x 4/60 h x 1.0
    # = 0.7 + 1.0 = 1.7 kWh x 0.388 = 0.6596 kg-CO2e.
    processes = [["工程", "定格電力(kW)", "使用率"], ["旋盤", 10, 0.7],
                 ["マシニングセンタ", 15, None]]
    bom = [["品番", "個数", "材質", "重量(kg)", "旋盤 加工(分)", "マシニングセンタ 加工(分)"],
           ["P-1", 1, "SS400", 1.0, 6, 4]]
    path = write_book(tmp_path / "u.xlsx", {"部品表": bom, "工程": processes, "設定": SETTINGS})
    result = calculate(path)
    assert result.stages()["processing"] == pytest.approx(1.7 * 0.388)
    assert [p for key, p in result.warnings if key == "warn.utilisation_default"] == [
        {"process": "マシニングセンタ"}]
    processes[2][2] = 0.5  # given: no warning (and 15 x 4/60 x 0.5 = 0.5 kWh)
    path = write_book(tmp_path / "g.xlsx", {"部品表": bom, "工程": processes, "設定": SETTINGS})
    result = calculate(path)
    assert result.stages()["processing"] == pytest.approx(1.2 * 0.388)
    assert not [key for key, _p in result.warnings if key == "warn.utilisation_default"]


@pytest.mark.parametrize(("cell", "share"), [("1.5%", 0.015), (5, 0.05), (70, 0.7), (0.7, 0.7)])
def test_a_utilisation_with_its_sign_or_outside_1_to_5_is_read(tmp_path, cell, share):
    # a bare 1 < x < 5 is refused as ambiguous (test_bad_input); with the sign, from 5 up
    # (per cent) or as a fraction it is read: 10 kW x 6/60 h x share x 0.388 kg-CO2e/kWh
    path = write_book(tmp_path / "u.xlsx", {
        "部品表": [["品番", "個数", "材質", "重量(kg)", "旋盤 加工(分)"],
                ["P-1", 1, "SS400", 1.0, 6]],
        "工程": [["工程", "定格電力(kW)", "使用率"], ["旋盤", 10, cell]], "設定": SETTINGS})
    assert calculate(path).stages()["processing"] == pytest.approx(10 * 0.1 * share * 0.388)


@pytest.mark.parametrize(("header", "name", "unit"), [
    ("空気電力原単位(kW/(m3/min))", "空気電力原単位", "kw/(m3/min)"),  # brackets inside the unit
    ("重量 (g)", "重量", "g"), ("使用率（％）", "使用率", "%"), ("a (b) c [d]", "a c", "d")])
def test_a_header_unit_is_its_last_bracket_with_brackets_inside(header, name, unit):
    from cfp.lca.read.names import split_unit

    assert split_unit(header) == (name, unit)
