"""Processing energy inputs that gave a wrong number with exit 0 (review of 2026-12-02):
each is now read right or refused (exit 2) naming the cell, in English and Japanese.

Every BOM here: P-1, 1 piece, lot 10, on a 10 kW lathe (旋盤, 使用率 1.0 unless the test
says otherwise), grid 0.5 kg-CO2e/kWh, and P-1's material footprint 0 (a factor per piece),
so the footprint is the processing electricity x 0.5.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from builders import write_book

from cfp.lca.api import calculate
from cfp.lca.errors import InputError

CFP = Path(sys.executable).with_name("cfp")
LATHE = [["工程", "定格電力(kW)", "使用率"], ["旋盤", 10, 1.0]]
FREE = [["キー", "単位", "排出原単位"], ["P-1", "piece", 0]]
SETTINGS = [["電力排出係数", 0.5]]


def book(tmp_path: Path, header: list[object], values: list[object], processes=LATHE,
         settings=SETTINGS, **sheets: list[list[object]]) -> Path:
    return write_book(tmp_path / "bom.xlsx", {
        "部品表": [["品番", "個数", *header], ["P-1", 1, *values]], "工程": processes,
        "設定": settings, "排出原単位": FREE, **sheets})


def problems(path: Path) -> list[tuple[str, str, str, str]]:
    """(sheet!cell, value, English, Japanese) of each problem of a refused BOM."""
    with pytest.raises(InputError) as info:
        calculate(path)
    return [(f"{p.sheet}!{p.cell}", str(p.value), *(p.message(lang).split(": ", 2)[2]
                                                     for lang in ("en", "ja")))
            for p in info.value.problems]


def calc(path: Path, lang: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k not in ("CFP_LANG", "COLUMNS")}
    environment.update({"LANG": "C.UTF-8", "COLUMNS": "200"})
    return subprocess.run([str(CFP), "calc", str(path), "--lang", lang], capture_output=True,
                          text=True, env=environment, check=False)


# --- utilisation under a header in per cent ------------------------------------------

def percent_header(tmp_path: Path, value: object) -> Path:
    return book(tmp_path, ["ロット", "旋盤 加工(分)"], [10, 60],
                processes=[["工程", "定格電力(kW)", "使用率(%)"], ["旋盤", 10, value]])


@pytest.mark.parametrize(("value", "processing"), [
    (70, 3.5),        # 70 under (%) = 70 %: 10 kW x 1 h x 0.7 = 7 kWh x 0.5 = 3.5
    ("70%", 3.5),     # written with the sign: the same
    ("0.7%", 0.035),  # a share under 1 % must carry the sign: 10 x 1 x 0.007 x 0.5 = 0.035
])
def test_utilisation_under_a_percent_header(tmp_path, value, processing):
    result = calculate(percent_header(tmp_path, value))
    assert result.stages()["processing"] == pytest.approx(processing)


@pytest.mark.parametrize("value", [0.7, 1])
def test_a_fraction_under_a_percent_header_is_refused(tmp_path, value):
    # A cell formatted as 70% (or 100%) in Excel holds 0.7 (or 1). Before the fix, under
    # 使用率(%) it read as 0.7 % (1 %): 10 x 1 x 0.007 x 0.5 = 0.035 instead of 3.5, exit 0.
    ((cell, _shown, en, ja),) = problems(percent_header(tmp_path, value))
    assert cell == "工程!C2"
    assert en == (f"utilisation {value} under the header '使用率(%)' would read as {value} %: a "
                  "cell formatted as a percentage holds the fraction (70% is 0.7). Write 70 for "
                  "70 %, or take (%) out of the header; for a share that small, write the sign "
                  f"({value}%).")
    assert ja.startswith(f"見出し「使用率(%)」の下の使用率 {value} は {value} % と読まれます。")


def test_a_fraction_under_a_percent_header_exits_2_in_both_languages(tmp_path):
    path = percent_header(tmp_path, 0.7)
    for lang, words in (("en", "工程!C2: utilisation 0.7 under the header '使用率(%)'"),
                        ("ja", "工程!C2: 見出し「使用率(%)」の下の使用率 0.7 は 0.7 % と")):
        done = calc(path, lang)
        assert done.returncode == 2, done.stdout
        assert words in done.stderr


# --- units of counts: a lot and the pieces of a meter reading ------------------------

@pytest.mark.parametrize(("header", "processing"), [
    ("ロット", 1.0),       # cycle 10 x 0.1 h = 1 kWh + set-up 10 x 1 h / 10 = 1 kWh: 2 x 0.5
    ("ロット(個)", 1.0),
    ("Lot size (pcs)", 1.0),
])
def test_a_lot_in_pieces(tmp_path, header, processing):
    path = book(tmp_path, [header, "旋盤 加工(分)", "旋盤 段取(分)"], [10, 6, 60])
    assert calculate(path).stages()["processing"] == pytest.approx(processing)


def test_a_lot_in_kilograms_is_refused(tmp_path):
    # A furnace batch of 10 kg is not 10 pieces. Before the fix ロット(kg) 10 read as 10
    # pieces: set-up 10 x 1 / 10 = 1 kWh whatever a piece weighs, exit 0.
    path = book(tmp_path, ["ロット(kg)", "旋盤 加工(分)", "旋盤 段取(分)"], [10, 6, 60])
    ((cell, shown, en, ja),) = problems(path)
    assert (cell, shown) == ("部品表!C1", "ロット(kg)")
    assert en == "unknown unit 'kg' in header 'ロット(kg)'. Use one of 個, pcs."
    assert "kg" in ja and "個, pcs" in ja


METER = ["品番", "工程", "開始積算電力量(kWh)", "終了積算電力量(kWh)"]


def test_pieces_in_lots_are_refused(tmp_path):
    # 加工数(ロット) 13 is 13 lots, not 13 pieces: before the fix (607 - 561) / 13 = 3.54
    # kWh a piece was used, ten times too much for lots of 10, exit 0.
    path = book(tmp_path, ["ロット", "旋盤 加工(分)"], [10, 6],
                実測=[[*METER, "加工数(ロット)"], ["P-1", "旋盤", 561, 607, 13]])
    ((cell, shown, en, _ja),) = problems(path)
    assert (cell, shown) == ("実測!E1", "加工数(ロット)")
    assert en == "unknown unit 'ロット' in header '加工数(ロット)'. Use one of 個, pcs."


# --- a meter reading with a blank cell ---------------------------------------------

def test_a_complete_meter_reading_replaces_the_estimate(tmp_path):
    # (607 - 561) / 13 = 3.5385 kWh a piece, measured; x 0.5 = 1.7692 (the estimate, 1 kWh,
    # is not used)
    path = book(tmp_path, ["ロット", "旋盤 加工(分)"], [10, 6],
                実測=[[*METER, "加工数"], ["P-1", "旋盤", 561, 607, 13]])
    assert calculate(path).stages()["processing"] == pytest.approx(46 / 13 * 0.5)


@pytest.mark.parametrize(("reading", "cell"), [
    ([561, None, 13], "実測!D2"),   # end blank
    ([None, 607, 13], "実測!C2"),   # start blank
    ([561, 607, None], "実測!E2"),  # pieces blank
])
def test_a_meter_reading_with_a_blank_cell_is_refused(tmp_path, reading, cell):
    # Before the fix the row was dropped without a word and the estimate (1 kWh x 0.5 =
    # 0.5) reported instead of the measured 3.54 kWh: exit 0.
    path = book(tmp_path, ["ロット", "旋盤 加工(分)"], [10, 6],
                実測=[[*METER, "加工数"], ["P-1", "旋盤", *reading]])
    ((where, _shown, en, ja),) = problems(path)
    assert where == cell
    assert en.startswith("the meter reading of part 'P-1', process '旋盤' has this cell blank")
    assert ja.startswith("品番「P-1」・工程「旋盤」の実測の、このセルが空欄です。")


def test_measured_fuel_without_per_piece_is_refused(tmp_path):
    # 燃料使用量(m3) 26 beside 加工数 13 may be the run's 26 m3 (2 m3 a piece): before the
    # fix it was read as 26 m3 per piece, 13 times too much (26 x 2.09 = 54.34), exit 0.
    processes = [["工程", "定格電力(kW)", "使用率", "燃料", "燃料消費量(m3/h)"],
                 ["旋盤", 10, 1.0, "都市ガス13A", 4]]
    path = book(tmp_path, ["ロット", "旋盤 加工(分)"], [10, 6], processes=processes,
                実測=[[*METER, "加工数", "燃料使用量(m3)"], ["P-1", "旋盤", None, None, 13, 26]])
    ((cell, _shown, en, ja),) = problems(path)
    assert cell == "実測!F1"
    assert "A unit alone such as (m3) is not read" in en
    assert "(m3) のような単位だけでは読みません" in ja


# --- the compressor's specific energy ----------------------------------------------

AIR = ["工程", "定格電力(kW)", "使用率", "圧縮空気(Nm3/h)"]


def test_a_plausible_air_specific_energy(tmp_path):
    # 6 Nm3/h x 0.1 h = 0.6 Nm3 x 0.15 kWh/Nm3 = 0.09 kWh; + lathe 1 kWh: 1.09 x 0.5 = 0.545
    path = book(tmp_path, ["ロット", "旋盤 加工(分)"], [10, 6],
                processes=[[*AIR, "空気電力原単位(kWh/Nm3)"], ["旋盤", 10, 1.0, 6, 0.15]])
    assert calculate(path).stages()["processing"] == pytest.approx(0.545)


def test_a_specific_power_in_kw_per_m3_min_is_refused(tmp_path):
    # 7.2 kW/(m3/min) written as kWh/Nm3: before the fix 0.6 Nm3 x 7.2 = 4.32 kWh, 60 times
    # the 0.072 kWh of 7.2 / 60 = 0.12 kWh/Nm3, exit 0.
    path = book(tmp_path, ["ロット", "旋盤 加工(分)"], [10, 6],
                processes=[[*AIR, "空気電力原単位"], ["旋盤", 10, 1.0, 6, 7.2]])
    ((cell, _shown, en, ja),) = problems(path)
    assert cell == "工程!E2"
    assert en == ("the compressor's specific energy 7.2 kWh/Nm3 is not plausible: compressors "
                  "need about 0.1-0.2 kWh per Nm3 of air. A specific power in kW/(m3/min) is "
                  "not kWh/Nm3: divide it by 60 (0.12 kWh/Nm3).")
    assert "60 で割ってください(0.12 kWh/Nm3)" in ja


def test_a_settings_specific_power_is_refused(tmp_path):
    path = book(tmp_path, ["ロット", "旋盤 加工(分)"], [10, 6],
                processes=[AIR, ["旋盤", 10, 1.0, 6]],
                settings=[*SETTINGS, ["圧縮空気電力原単位", 7.2]])
    ((cell, _shown, en, _ja),) = problems(path)
    assert cell == "設定!B2"
    assert en.startswith("the compressor's specific energy 7.2 kWh/Nm3 is not plausible")


# --- a time column without its process name ----------------------------------------

TWO = [["工程", "定格電力(kW)", "使用率"], ["旋盤", 10, 1.0], ["MC", 20, 1.0]]


def test_names_written_once_over_their_columns(tmp_path):
    # 旋盤 over 加工 / 段取, MC over its 加工: 旋盤 10 x 0.1 + 10 x 1 / 10 = 2 kWh, MC 20 x
    # 0.05 h = 1 kWh: 3 kWh x 0.5 = 1.5
    path = write_book(tmp_path / "bom.xlsx", {
        "部品表": [["品番", "個数", "ロット", "旋盤", None, "MC"],
                  [None, None, None, "加工(分)", "段取(分)", "加工(分)"],
                  ["P-1", 1, 10, 6, 60, 3]],
        "工程": TWO, "設定": SETTINGS, "排出原単位": FREE})
    assert calculate(path).stages()["processing"] == pytest.approx(1.5)


def test_a_second_cycle_column_without_a_name_is_refused(tmp_path):
    # MC's name forgotten over its 加工: before the fix the column was taken for more
    # time of 旋盤 (6 + 3 min: 10 x 0.15 + 1 = 2.5 kWh x 0.5 = 1.25, exit 0).
    path = write_book(tmp_path / "bom.xlsx", {
        "部品表": [["品番", "個数", "ロット", "旋盤", None, None],
                  [None, None, None, "加工(分)", "段取(分)", "加工(分)"],
                  ["P-1", 1, 10, 6, 60, 3]],
        "工程": TWO, "設定": SETTINGS, "排出原単位": FREE})
    ((cell, _shown, en, _ja),) = problems(path)
    assert cell == "部品表!F2"
    assert en.startswith("time column '加工(分)' has no process name above it.")


# --- a meter that did not move --------------------------------------------------------

def test_a_meter_reading_that_did_not_move_is_warned(tmp_path):
    # 561 -> 561 kWh over 13 pieces: 0 kWh measured replaces the estimate (1 kWh); the
    # footprint is 0, and the reading is named in a warning.
    path = book(tmp_path, ["ロット", "旋盤 加工(分)"], [10, 6],
                実測=[[*METER, "加工数"], ["P-1", "旋盤", 561, 561, 13]])
    result = calculate(path)
    assert result.stages()["processing"] == 0
    (params,) = [p for key, p in result.warnings if key == "warn.meter_unchanged"]
    assert params == {"part": "P-1", "process": "旋盤", "row": "bom.xlsx!実測:2"}
    texts = {lang: [w["message"] for w in result.to_dict(lang)["warnings"]
                    if w["code"] == "warn.meter_unchanged"] for lang in ("en", "ja")}
    assert texts["en"] == ["the meter reading of part 'P-1', process '旋盤' (bom.xlsx!実測:2) "
                           "did not move (end = start): its energy counts 0 kWh instead of an "
                           "estimate. Check the two readings."]
    assert texts["ja"][0].startswith("品番「P-1」・工程「旋盤」の実測(bom.xlsx!実測:2)は")


# --- transport modes --------------------------------------------------------------------

def transport(tmp_path: Path, mode: str, factors=FREE) -> Path:
    return write_book(tmp_path / "bom.xlsx", {
        "部品表": [["品番", "個数", "重量(kg)", "仕入先"], ["P-1", 2, 1.5, "A社"]],
        "仕入先": [["仕入先", "輸送手段", "距離(km)"], ["A社", mode, 100]],
        "設定": SETTINGS, "排出原単位": factors})


def test_an_improved_ton_km_truck(tmp_path):
    # 2 x 1.5 kg = 3 kg x 100 km = 0.3 t-km. 4 t payload at 50 %: ln y = 2.71 - 0.812 ln 0.5
    # - 0.654 ln 4000 = 2.71 + 0.56284 - 5.42431 = -2.15147, y = 0.116306 L/t-km; x the
    # built-in diesel factor (factor / y, checked against the row's own text)
    result = calculate(transport(tmp_path, "改良トンキロ:4t:50%"))
    line = result.inventory[result.inventory["stage"] == "transport"].iloc[0]
    assert line["amount"] == pytest.approx(0.3)
    assert line["factor"] / 0.116306 == pytest.approx(2.62, abs=0.01)
    assert result.stages()["transport"] == pytest.approx(0.3 * line["factor"])


@pytest.mark.parametrize("mode", ["改良トンキロ:4t:150%", "改良トンキロ:4t:0%",
                                  "改良トンキロ:4t:0.5", "改良トンキロ:4t:50%:LPG"])
def test_an_improved_ton_km_spec_it_cannot_compute_names_the_cell_and_the_form(tmp_path, mode):
    # a load factor above 100 % (or 0, or without %) has no meaning in the formula; before,
    # the message asked for a factor keyed '改良トンキロ:4t:150%' and named no cell
    ((cell, shown, en, ja),) = problems(transport(tmp_path, mode))
    assert (cell, shown) == ("仕入先!B2", mode)
    assert en == (f"transport mode '{mode}' of supplier 'A社' is not an improved ton-km spec cfp "
                  "can compute: write 改良トンキロ:<maximum payload>t:<load factor>%, the load "
                  "factor above 0 and at most 100 %, and optionally :軽油 or :ガソリン, e.g. "
                  "改良トンキロ:4t:50%.")
    assert "積載率は 0 より大きく 100 % 以下に" in ja


def test_an_improved_ton_km_truck_whose_fuel_is_per_kg(tmp_path):
    # the formula gives litres per t-km: a diesel factor per kg cannot take them
    path = transport(tmp_path, "改良トンキロ:4t:50%", [*FREE, ["軽油", "kg-CO2/kg", 3.1]])
    ((cell, _shown, en, ja),) = problems(path)
    assert cell == "仕入先!B2"
    assert en == ("transport mode '改良トンキロ:4t:50%' of supplier 'A社': the improved ton-km "
                  "formula gives litres of diesel per t-km, so the factor of diesel must be per "
                  "volume (L, kL or m3), and the one found is not. Give diesel per litre in the "
                  "排出原単位/Factors sheet.")
    assert "改良トンキロ法の式は t-km 当たりの diesel のリットル数" in ja


def test_an_unknown_mode_names_its_cell(tmp_path):
    ((cell, shown, en, _ja),) = problems(transport(tmp_path, "トラック(4t)"))
    assert (cell, shown) == ("仕入先!B2", "トラック(4t)")
    assert en.startswith("no emission factor for transport mode 'トラック(4t)' of supplier 'A社'")


# --- the grid factor of the Settings sheet -----------------------------------------------

def grid(tmp_path: Path, label: str, value: float) -> Path:
    return book(tmp_path, ["ロット", "旋盤 加工(分)"], [10, 60], settings=[[label, value]])


@pytest.mark.parametrize(("label", "value", "processing"), [
    ("電力排出係数", 0.441, 4.41),                 # 10 kWh x 0.441
    ("電力排出係数(t-CO2/kWh)", 0.000441, 4.41),   # as Japan's utility list publishes it
    ("電力排出係数(g-CO2/kWh)", 441, 4.41),
    ("電力排出係数(kg-CO2e/kWh)", 0.0017, 0.017),  # a hydro utility, its unit written
])
def test_a_grid_factor_in_its_unit(tmp_path, label, value, processing):
    assert calculate(grid(tmp_path, label, value)).stages()["processing"] == pytest.approx(
        processing)


@pytest.mark.parametrize(("label", "value"), [
    ("電力排出係数", 0.000441),              # t-CO2/kWh without its unit: 1000 times too low
    ("電力排出係数", 441),                   # g-CO2/kWh without its unit: 1000 times too high
    ("電力排出係数(kg-CO2e/kWh)", 441),      # no grid emits 441 kg a kWh, whatever the label
])
def test_a_grid_factor_no_grid_has_is_refused(tmp_path, label, value):
    # Before the fix 10 kWh x 0.000441 = 0.00441 kg-CO2e (or x 441 = 4410) with exit 0.
    ((cell, _shown, en, ja),) = problems(grid(tmp_path, label, value))
    assert cell == "設定!B1"
    assert en.startswith(f"電力排出係数 / Electricity factor {value:g} kg-CO2e/kWh is no grid's "
                         "factor (grids lie between about 0.01 and 1.2)")
    assert "電力排出係数(t-CO2/kWh)" in en and "電力排出係数(t-CO2/kWh)" in ja
    assert ja.startswith(f"電力排出係数 {value:g} kg-CO2e/kWh は電力系統の係数としてありえない値")


def test_a_measured_process_the_bom_and_the_processes_do_not_know_is_warned(tmp_path):
    # 実測 names 旋盤A (misspelt) for P-1, whose BOM times are for 旋盤: both are counted,
    # the estimate 1 kWh and the measured 46 / 13 = 3.5385 kWh: (1 + 3.5385) x 0.5 = 2.2692,
    # and the warning says the energy may count twice.
    path = book(tmp_path, ["ロット", "旋盤 加工(分)"], [10, 6],
                実測=[[*METER, "加工数"], ["P-1", "旋盤A", 561, 607, 13]])
    result = calculate(path)
    assert result.stages()["processing"] == pytest.approx((1 + 46 / 13) * 0.5)
    assert [p for key, p in result.warnings if key == "warn.measured_process_unknown"] == [
        {"part": "P-1", "process": "旋盤A"}]
    (ja,) = [w["message"] for w in result.to_dict("ja")["warnings"]
             if w["code"] == "warn.measured_process_unknown"]
    assert ja.startswith("品番「P-1」の実測の工程「旋盤A」は、部品表の時間の列にも工程シートにも")


def test_a_measurement_alone_is_not_warned(tmp_path):
    # no BOM time for P-1: the measurement is its only processing data (46 / 13 x 0.5)
    path = book(tmp_path, [], [], 実測=[[*METER, "加工数"], ["P-1", "溶接", 561, 607, 13]])
    result = calculate(path)
    assert result.stages()["processing"] == pytest.approx(46 / 13 * 0.5)
    assert not [key for key, _p in result.warnings if key == "warn.measured_process_unknown"]


# --- a units row under the headers ---------------------------------------------------

@pytest.mark.parametrize(("units", "processing"), [
    (["分", "秒"], 0.55),      # cycle 10 x 6 min = 1 kWh; set-up 10 x 360 s / 10 = 0.1: 1.1 x 0.5
    (["(分)", "（秒）"], 0.55),  # in brackets, full-width too
    (["時間", "分"], 33.0),    # cycle 10 x 6 h = 60 kWh; set-up 10 x 360 min / 10 = 6: 66 x 0.5
])
def test_a_units_row_under_the_time_headers(tmp_path, units, processing):
    # Before the fix the units row was skipped and every time read in minutes: 360 s of
    # set-up counted as 360 min (6 kWh instead of 0.1), exit 0.
    path = write_book(tmp_path / "bom.xlsx", {
        "部品表": [["品番", "個数", "ロット", "旋盤 加工", "旋盤 段取"], [None, None, None, *units],
                  ["P-1", 1, 10, 6, 360]],
        "工程": LATHE, "設定": SETTINGS, "排出原単位": FREE})
    assert calculate(path).stages()["processing"] == pytest.approx(processing)


def test_a_units_row_with_a_unit_that_is_no_time_is_refused(tmp_path):
    path = write_book(tmp_path / "bom.xlsx", {
        "部品表": [["品番", "個数", "ロット", "旋盤 加工"], [None, None, None, "個"],
                  ["P-1", 1, 10, 6]],
        "工程": LATHE, "設定": SETTINGS, "排出原単位": FREE})
    ((cell, _shown, en, _ja),) = problems(path)
    assert cell == "部品表!D2"
    assert en == "unknown unit '個' in header '旋盤 加工(個)'. Use one of 分/min, h/時間, s/秒."
