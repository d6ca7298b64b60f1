"""Units in headers and factor units: every unit written is converted, or refused.

The master tables read the unit in a header through the BOM's code (lca/read/units.py):
`定格電力(W)`, `距離(m)`, meter readings in `(Wh)`, `使用率(%)`, the Settings'
`電力排出係数(t-CO2/MWh)`; an emission factor's unit is read whole (`t-CO2e/t`: its
numerator too); the Settings' cut-off is in per cent like `--cutoff`. Each of these was
once read as if in the base unit: a wrong number with exit code 0.
"""

from __future__ import annotations

import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from builders import write_book

from cfp.lca.api import Options, calculate
from cfp.lca.errors import InputError

CFP = Path(sys.executable).with_name("cfp")


def cfp_calc(path: Path, lang: str) -> subprocess.CompletedProcess[str]:
    """The real `cfp calc` process (this checkout: PYTHONPATH is passed on)."""
    env = {k: v for k, v in os.environ.items() if k not in ("CFP_LANG", "COLUMNS")}
    env.update({"LANG": "C.UTF-8", "COLUMNS": "200"})
    return subprocess.run([str(CFP), "calc", str(path), "--lang", lang], capture_output=True,
                          text=True, env=env, check=False)
#: the built-in truck factor, kg-CO2e per t-km (DESNZ HGV average laden)
TRUCK = 0.10163


def book(tmp_path, processes=None, suppliers=None, measurements=None, settings=None,
         **sheets):
    """P-1: 1 piece of 1 kg SS400 from A社, 60 min on the lathe. With the defaults:
    processing 2 kW x 1 h x 0.5 = 1 kWh x 0.5 kg-CO2e/kWh = 0.5 kg-CO2e;
    transport 0.001 t x 100 km x 0.10163 = 0.010163 kg-CO2e."""
    return write_book(tmp_path / "u.xlsx", {
        "部品表": [["品番", "個数", "材質", "重量(kg)", "仕入先", "旋盤 加工(分)"],
                ["P-1", 1, "SS400", 1.0, "A社", 60]],
        "工程": processes or [["工程", "定格電力(kW)", "使用率"], ["旋盤", 2, 0.5]],
        "仕入先": suppliers or [["仕入先", "輸送手段", "距離(km)"], ["A社", "truck", 100]],
        **({"実測": measurements} if measurements else {}),
        "設定": settings or [["電力排出係数", 0.5]],
        **sheets,
    })


def refused(path, **options):
    with pytest.raises(InputError) as info:
        calculate(path, Options(**options))
    return info.value.problems


@pytest.mark.parametrize(("processes", "processing"), [
    ([["工程", "定格電力(kW)", "使用率"], ["旋盤", 2, 0.5]], 0.5),   # 2 x 1 x 0.5 x 0.5
    ([["工程", "定格電力(W)", "使用率"], ["旋盤", 2000, 0.5]], 0.5),  # 2000 W = 2 kW
    ([["工程", "定格電力(MW)", "使用率"], ["旋盤", 0.002, 0.5]], 0.5),  # 0.002 MW = 2 kW
    ([["工程", "定格電力（Ｗ）", "使用率"], ["旋盤", 2000, 0.5]], 0.5),  # full-width
    ([["工程", "Rated power (W)", "使用率"], ["旋盤", 2000, 0.5]], 0.5),
    # a header in % means per cent: 50 -> 0.5; "1%" -> 1 %: 2 x 1 x 0.01 x 0.5 = 0.01 (a bare
    # 1 is refused there: test_energy_review.py)
    ([["工程", "定格電力(kW)", "使用率(%)"], ["旋盤", 2, 50]], 0.5),
    ([["工程", "定格電力(kW)", "使用率(%)"], ["旋盤", 2, "1%"]], 0.01),
    ([["工程", "定格電力(kW)", "使用率（％）"], ["旋盤", 2, "50%"]], 0.5),  # 50% is 50 %
    # without a unit: 50 means 50 % (nobody runs a machine at 50 times its rating), 0.5 is 0.5
    ([["工程", "定格電力(kW)", "使用率"], ["旋盤", 2, 50]], 0.5),
])
def test_process_headers_give_their_unit(tmp_path, processes, processing):
    result = calculate(book(tmp_path, processes=processes))
    assert result.stages()["processing"] == pytest.approx(processing)


@pytest.mark.parametrize(("settings", "processing"), [
    ([["電力排出係数", 0.5]], 0.5),                      # 1 kWh x 0.5
    ([["電力排出係数(kg-CO2e/kWh)", 0.5]], 0.5),
    ([["電力排出係数(t-CO2/kWh)", 0.0005]], 0.5),        # 0.0005 t = 0.5 kg per kWh
    ([["電力排出係数(t-CO2/MWh)", 0.5]], 0.5),           # 500 kg / 1000 kWh
    ([["電力排出係数(g-CO2/kWh)", 500]], 0.5),           # 500 g = 0.5 kg
    ([["Electricity factor (kgCO2e/MWh)", 500]], 0.5),   # 500 kg / 1000 kWh
])
def test_the_electricity_factor_setting_gives_its_unit(tmp_path, settings, processing):
    result = calculate(book(tmp_path, settings=settings))
    assert result.stages()["processing"] == pytest.approx(processing)
    # the inventory keeps the factor as written; `factor` is kg-CO2e per kWh
    line = result.inventory[result.inventory["stage"] == "processing"].iloc[0]
    assert line["factor"] == pytest.approx(0.5)
    assert line["factor_given"] == pytest.approx(settings[0][1])
    written = settings[0][0].partition("(")[2].rstrip(")") or "kWh"
    assert line["factor_unit_given"] == written


@pytest.mark.parametrize(("header", "start", "end", "pieces"), [
    ("積算電力量(kWh)", 561, 607, 13),     # 46 kWh / 13 pieces = 3.538 kWh
    ("積算電力量(Wh)", 561000, 607000, 13),  # 46,000 Wh = 46 kWh
    ("積算電力量(MWh)", 0.561, 0.607, 13),   # 0.046 MWh = 46 kWh
])
def test_meter_readings_give_their_unit(tmp_path, header, start, end, pieces):
    # (607 - 561) kWh / 13 = 3.53846 kWh/piece x 0.5 = 1.76923 kg-CO2e
    measurements = [["品番", "工程", f"開始{header}", f"終了{header}", "加工数"],
                    ["P-1", "旋盤", start, end, pieces]]
    result = calculate(book(tmp_path, measurements=measurements))
    assert result.stages()["processing"] == pytest.approx(46 / 13 * 0.5)


@pytest.mark.parametrize(("header", "distance"), [
    ("距離(km)", 100), ("距離(m)", 100_000), ("距離（ｍ）", 100_000), ("Distance (m)", 100_000)])
def test_a_distance_in_metres(tmp_path, header, distance):
    # 0.001 t x 100 km x 0.10163 = 0.010163 kg-CO2e
    suppliers = [["仕入先", "輸送手段", header], ["A社", "truck", distance]]
    result = calculate(book(tmp_path, suppliers=suppliers))
    assert result.stages()["transport"] == pytest.approx(0.001 * 100 * TRUCK)


def test_a_processes_file_converts_its_units_too(tmp_path):
    # the --processes file's row replaces the sheet's: 2000 W = 2 kW, 50 % -> 0.5 kg-CO2e
    machines = tmp_path / "machines.csv"
    machines.write_text("工程,定格電力(W),使用率(%)\n旋盤,2000,50\n", encoding="utf-8")
    result = calculate(book(tmp_path), Options(masters=_files(processes=machines)))
    assert result.stages()["processing"] == pytest.approx(0.5)


def _files(**paths):
    from cfp.lca.read.masters import MasterFiles

    return MasterFiles(**paths)


#: sheet, rows replacing the sheet, cell of the header, the header, the units accepted
UNKNOWN_UNITS = [
    ("工程", [["工程", "定格電力(PS)", "使用率"], ["旋盤", 2, 0.5]], "B1", "定格電力(PS)", "ps",
     "kW, W, MW"),
    ("工程", [["工程", "定格電力(kW)", "使用率(割)"], ["旋盤", 2, 5]], "C1", "使用率(割)", "割",
     "%"),
    ("仕入先", [["仕入先", "輸送手段", "距離(mile)"], ["A社", "truck", 62]], "C1", "距離(mile)",
     "mile", "km, m"),
    ("実測", [["品番", "工程", "開始積算電力量(J)", "終了積算電力量(kWh)", "加工数"],
            ["P-1", "旋盤", 0, 1, 1]], "C1", "開始積算電力量(J)", "j", "kWh, Wh, MWh"),
    ("設定", [["電力排出係数(kg-CO2/kg)", 0.5]], "A1", "電力排出係数(kg-CO2/kg)", "kg-co2/kg",
     "kg-CO2e/kWh, kg-CO2/kWh, t-CO2/MWh, g-CO2/kWh"),
    ("設定", [["電力排出係数", 0.5], ["カットオフ(kg)", 1]], "A2", "カットオフ(kg)", "kg", "%"),
    ("設定", [["電力排出係数", 0.5], ["ロット(kg)", 10]], "A2", "ロット(kg)", "kg", "個, pcs"),
    ("設定", [["電力排出係数", 0.5], ["圧縮空気電力原単位(kW)", 0.1]], "A2",
     "圧縮空気電力原単位(kW)", "kw", "kWh/Nm3, kWh/m3"),
]


@pytest.mark.parametrize(("sheet", "rows", "cell", "header", "unit", "allowed"), UNKNOWN_UNITS)
def test_an_unknown_unit_in_a_master_header_is_refused(tmp_path, sheet, rows, cell, header,
                                                       unit, allowed):
    keys = {"工程": "processes", "仕入先": "suppliers", "実測": "measurements",
            "設定": "settings"}
    path = book(tmp_path, **{keys[sheet]: rows})
    problems = [p for p in refused(path) if p.code == "column.bad_unit"]
    assert [(p.sheet, p.cell) for p in problems] == [(sheet, cell)]
    assert problems[0].message("en") == (
        f"{path}: {sheet}!{cell}: unknown unit '{unit}' in header '{header}'. "
        f"Use one of {allowed}.")
    assert problems[0].message("ja") == (
        f"{path}: {sheet}!{cell}: 見出し「{header}」の単位「{unit}」は使えません。"
        f"{allowed} のいずれかにしてください。")


def test_an_unknown_master_unit_is_exit_2_naming_file_sheet_and_cell(tmp_path):
    path = book(tmp_path, suppliers=[["仕入先", "輸送手段", "距離(mile)"], ["A社", "truck", 62]])
    for lang, text in (("en", "u.xlsx: 仕入先!C1: unknown unit 'mile' in header '距離(mile)'. "
                              "Use one of km, m."),
                       ("ja", "u.xlsx: 仕入先!C1: 見出し「距離(mile)」の単位「mile」は使えません。"
                              "km, m のいずれかにしてください。")):
        done = cfp_calc(path, lang)
        assert done.returncode == 2 and done.stdout == ""
        assert text in done.stderr


# --- emission factor units: the numerator ------------------------------------------------

@pytest.mark.parametrize(("unit", "value"), [
    ("kg-CO2e/kg", 2.0),
    ("t-CO2e/t", 2.0),        # 2 t per t = 2 kg per kg
    ("kg-CO2e/t", 2000),      # 2000 kg / 1000 kg
    ("g-CO2e/kg", 2000),      # 2000 g = 2 kg per kg
    ("kgCO2e/g", 0.002),      # 0.002 kg per g = 2 kg per kg
    ("t-CO2/千kg", 2.0),      # 千kg = t
    ("ｔ－ＣＯ２ｅ／ｔ", 2.0),  # full-width
    ("T CO2eq/T", 2.0),
    ("tCO2-eq/tonne", 2.0),
    ("g-CO2/g", 2.0),
    ("kg", 2.0),              # the unit names only what it is per: kg-CO2e
])
def test_a_factor_unit_is_read_with_its_numerator(tmp_path, unit, value):
    # 1 kg of SS400 x 2.0 kg-CO2e/kg = 2.0 kg-CO2e
    path = write_book(tmp_path / "f.xlsx", {
        "部品表": [["品番", "個数", "材質", "重量(kg)"], ["P-1", 1, "SS400", 1.0]],
        "排出原単位": [["キー", "単位", "排出原単位", "出典"], ["SS400", unit, value, "my"]]})
    result = calculate(path)
    assert result.total == pytest.approx(2.0)
    line = result.inventory.iloc[0]
    assert (line["factor"], line["factor_unit"]) == (pytest.approx(2.0), "kg")
    # as written (width-normalised, as every text cell is read)
    assert (line["factor_given"], line["factor_unit_given"]) == (
        pytest.approx(value), unicodedata.normalize("NFKC", unit))


def test_a_factors_file_and_the_electricity_key_read_the_numerator(tmp_path):
    # electricity 0.5 t-CO2/MWh = 0.5 kg/kWh: 1 kWh -> 0.5; SS400 2.0 t-CO2e/t x 1 kg = 2.0
    factors = tmp_path / "db.csv"
    factors.write_text("キー,単位,排出原単位\nSS400,t-CO2e/t,2.0\nelectricity,t-CO2/MWh,0.5\n",
                       encoding="utf-8")
    path = book(tmp_path, settings=[["製品名", "x"]])
    result = calculate(path, Options(factor_files=[factors]))
    stages = result.stages()
    assert (stages["materials"], stages["processing"]) == (pytest.approx(2.0),
                                                           pytest.approx(0.5))


def test_a_fuel_factor_in_tonnes_per_thousand_cubic_metres(tmp_path):
    # 2 pieces x 30 min at 4 m3/h = 4 m3 = 0.004 千m3 x 2.09 t-CO2/千m3 = 2090 kg/千m3
    # -> 8.36 kg-CO2 (the built-in 2.09 kg/m3 gives the same); the line is in 千m3
    path = write_book(tmp_path / "g.xlsx", {
        "部品表": [["品番", "個数", "熱処理 加工(分)"], ["P-1", 2, 30]],
        "工程": [["工程", "定格電力(kW)", "燃料", "燃料消費量(m3/h)"],
               ["熱処理", 0, "都市ガス13A", 4]],
        "排出原単位": [["キー", "単位", "排出原単位"], ["P-1", "piece", 0],
                   ["都市ガス13A", "t-CO2/千m3", 2.09]],
        "設定": [["電力排出係数", 0.5]]})
    result = calculate(path)
    assert result.stages()["processing"] == pytest.approx(8.36)
    fuel = result.inventory[result.inventory["energy_carrier"] == "city_gas_13a"].iloc[0]
    assert (fuel["unit"], fuel["factor_unit"]) == ("千m3", "千m3")
    assert (fuel["amount"], fuel["factor"]) == (pytest.approx(0.004), pytest.approx(2090))


@pytest.mark.parametrize("unit", ["kg-CH4/kg", "kWh/kg", "lb-CO2e/kg", "kg-CO2e/lb"])
def test_a_factor_unit_cfp_cannot_read_is_refused(tmp_path, unit):
    path = write_book(tmp_path / "f.xlsx", {
        "部品表": [["品番", "個数", "材質", "重量(kg)"], ["P-1", 1, "SS400", 1.0]],
        "排出原単位": [["キー", "単位", "排出原単位"], ["SS400", unit, 2.0]]})
    (problem,) = [p for p in refused(path) if p.code.startswith("factor.")]
    assert (problem.sheet, problem.cell) == ("排出原単位", "B2")
    if unit.endswith("/lb"):  # what it is per is unknown
        assert problem.code == "factor.bad_unit"
        return
    assert problem.code == "factor.bad_numerator"
    assert problem.message("en") == (
        f"{path}: 排出原単位!B2: the unit '{unit}' does not say in what the emissions are "
        "given. Write the CO2e mass before the '/' as one of g-CO2e, kg-CO2e, t-CO2e, "
        "kg-CO2, kg-CO2eq, e.g. t-CO2e/t or kg-CO2/kWh.")
    assert problem.message("ja") == (
        f"{path}: 排出原単位!B2: 単位「{unit}」の「/」の前が排出量の単位として読めません。"
        "g-CO2e, kg-CO2e, t-CO2e, kg-CO2, kg-CO2eq のいずれかで CO2e の質量を書いてください"
        "(例: t-CO2e/t、kg-CO2/kWh)。")


def test_a_bad_factor_numerator_is_exit_2(tmp_path):
    path = write_book(tmp_path / "f.xlsx", {
        "部品表": [["品番", "個数", "材質", "重量(kg)"], ["P-1", 1, "SS400", 1.0]],
        "排出原単位": [["キー", "単位", "排出原単位"], ["SS400", "kg-CH4/kg", 2.0]]})
    done = cfp_calc(path, "en")
    assert done.returncode == 2
    assert "f.xlsx: 排出原単位!B2: the unit 'kg-CH4/kg' does not say" in done.stderr


# --- the Settings' cut-off is in per cent, like --cutoff ---------------------------------

def cutoff_book(tmp_path, settings):
    """P-1: 9 kg SS400; X-1: 1 kg without a factor = 1 / 10 = 10 % of the product."""
    return write_book(tmp_path / "c.xlsx", {
        "部品表": [["品番", "個数", "材質", "重量(kg)"], ["P-1", 1, "SS400", 9.0],
                ["X-1", 1, "UNOBTAINIUM", 1.0]],
        **({"設定": settings} if settings else {})})


@pytest.mark.parametrize(("settings", "option", "limit"), [
    ([["カットオフ", 0.5]], None, "0.5%"),        # 0.5 % (was read as 50 %: cut off, exit 0)
    ([["カットオフ", "0.5%"]], None, "0.5%"),
    ([["カットオフ(%)", 0.5]], None, "0.5%"),
    ([["カットオフ（％）", 0.5]], None, "0.5%"),
    ([["カットオフ", 0.15]], None, "0.15%"),      # 0.15 %, not 15 %
    (None, 0.5, "0.5%"),                          # --cutoff 0.5: the same limit
    ([["カットオフ", 15]], 0.5, "0.5%"),          # --cutoff wins over the setting
])
def test_a_cutoff_under_the_missing_share_is_refused(tmp_path, settings, option, limit):
    problems = refused(cutoff_book(tmp_path, settings), cutoff_pct=option)
    assert problems[0].code == "material.cutoff_exceeded"
    assert f"weigh 10.00% of the material bought (raw weights), more than the mass cut-off " \
        f"of {limit}," in \
        problems[0].message("en")


@pytest.mark.parametrize(("settings", "threshold"), [
    ([["カットオフ", 15]], 15), ([["カットオフ", "15%"]], 15), ([["カットオフ(%)", 15]], 15),
    ([["カットオフ", "１５％"]], 15), ([["Cut-off (%)", 10]], 10),  # 10 % <= 10 %
])
def test_a_cutoff_setting_over_the_missing_share_cuts_it_off(tmp_path, settings, threshold):
    # 9 kg SS400 x 1.91 (built-in steel) = 17.19 kg-CO2e; X-1 (1 kg, 10 %) is cut off
    result = calculate(cutoff_book(tmp_path, settings))
    assert result.total == pytest.approx(9 * 1.91)
    assert [(e["part_number"], e["reason"]) for e in result.excluded] == [("X-1", "cut_off")]
    assert result.to_dict()["cut_off"]["threshold_pct"] == pytest.approx(threshold)
