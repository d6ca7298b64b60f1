"""The site's country picks the grid factor of processing electricity (compute/grid.py).

Every BOM here is one part, P-1, 1 piece of 1 kg SS400, turned on a 5 kW lathe (使用率 1.0)
for 30 minutes: 5 kW x 0.5 h x 1.0 = 2.5 kWh of processing electricity per piece. So the
processing stage is 2.5 kWh x the grid factor used, worked out by hand in each case, and
the whole run goes through the real `cfp calc` (exit 0 ok, 2 bad input).

The order (README "Electricity: the site's grid"): Settings 電力排出係数 > your
`electricity:<country>` > your `electricity` (unless it names another place) > the built-in
grid of the site's country; a country cfp has no grid for is exit 2 naming the 地域 cell,
never Japan's 0.423.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from builders import write_book

CFP = Path(sys.executable).with_name("cfp")
KWH = 2.5  # 5 kW x 30 min x 1.0 (see the module docstring)
LATHE = [["工程", "定格電力(kW)", "使用率"], ["旋盤", 5, 1.0]]


def bom(path: Path, settings: list[list[object]], factors: list[list[object]] | None = None,
        processes: list[list[object]] | None = None,
        measured: bool = False) -> Path:
    """P-1 on the lathe for 30 min; `settings` rows after 製品名; an optional 排出原単位
    sheet; `measured`: a meter reading of 25 kWh over 10 pieces (2.5 kWh a piece)."""
    sheets: dict[str, list[list[object]]] = {
        "部品表": [["品番", "個数", "材質", "重量(kg)", "旋盤 加工(分)"],
                  ["P-1", 1, "SS400", 1.0, 30]],
        "工程": processes or LATHE,
        "設定": [["製品名", "テスト製品"], *settings],
    }
    if factors is not None:
        sheets["排出原単位"] = [["キー", "単位", "排出原単位", "出典", "地域"], *factors]
    if measured:
        sheets["実測"] = [["品番", "工程", "開始積算電力量(kWh)", "終了積算電力量(kWh)", "加工数"],
                        ["P-1", "旋盤", 100, 125, 10]]
    return write_book(path, sheets)


def calc(path: Path, *args: str, lang: str = "en") -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k not in ("CFP_LANG", "COLUMNS")}
    environment.update({"LANG": "C.UTF-8", "COLUMNS": "200"})
    return subprocess.run([str(CFP), "calc", str(path), "--lang", lang, *args],
                          capture_output=True, text=True, env=environment, check=False)


def result(path: Path, *args: str) -> dict[str, object]:
    done = calc(path, "--format", "json", *args)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def column(doc: dict[str, object], name: str) -> list[object]:
    """A column of the JSON inventory, its dictionary-encoded text columns decoded."""
    inventory = doc["inventory"]
    values = inventory["data"][name]  # type: ignore[index]
    if isinstance(values, dict):
        return [values["values"][c] if c >= 0 else None for c in values["codes"]]
    return list(values)


def grid_line(doc: dict[str, object]) -> dict[str, object]:
    """The one processing electricity line: its factor key, source, factor, kg and DQR."""
    names = ["stage", "factor_key", "factor_source", "factor", "kg_co2e", "dqr_geographical",
             "data_type"]
    lines = [dict(zip(names, row, strict=True))
             for row in zip(*(column(doc, n) for n in names), strict=True)]
    (line,) = [x for x in lines if x["stage"] == "processing"]
    return line


def codes(doc: dict[str, object]) -> list[str]:
    return [w["code"] for w in doc["warnings"]]  # type: ignore[index, union-attr]


# --- a stated country picks its grid ---------------------------------------------------------

@pytest.mark.parametrize("written, key, factor", [
    # Ember 2024 national averages (lca/data/factors.csv; DATA_LICENSES.md section 4), g/kWh / 1000
    ("CN", "electricity:cn", 0.55955),  # 2.5 kWh x 0.55955 = 1.398875
    ("China", "electricity:cn", 0.55955),
    ("中国", "electricity:cn", 0.55955),
    ("ＣＮ", "electricity:cn", 0.55955),  # full-width
    (" china ", "electricity:cn", 0.55955),  # case and spaces
    ("CHN", "electricity:cn", 0.55955),  # ISO alpha-3
    ("CN-31", "electricity:cn", 0.55955),  # a subdivision (Shanghai): its country
    ("タイ", "electricity:th", 0.5545),  # 2.5 x 0.5545 = 1.38625
    ("Thailand", "electricity:th", 0.5545),
    ("Viet Nam", "electricity:vn", 0.47116),  # 2.5 x 0.47116 = 1.1779
    ("ベトナム", "electricity:vn", 0.47116),
    ("韓国", "electricity:kr", 0.41427),  # 2.5 x 0.41427 = 1.035675
    ("Taiwan", "electricity:tw", 0.63565),  # 2.5 x 0.63565 = 1.589125
    ("アメリカ", "electricity:us", 0.38355),  # 2.5 x 0.38355 = 0.958875
    ("Germany", "electricity:de", 0.34414),  # 2.5 x 0.34414 = 0.86035
    ("インド", "electricity:in", 0.70832),  # 2.5 x 0.70832 = 1.7708
    ("Indonesia", "electricity:id", 0.68243),  # Ember 2023: 2.5 x 0.68243 = 1.706075
    ("マレーシア", "electricity:my", 0.60985),  # 2.5 x 0.60985 = 1.524625
    ("México", "electricity:mx", 0.48483),  # 2.5 x 0.48483 = 1.212075
    ("フィリピン", "electricity:ph", 0.61338),  # 2.5 x 0.61338 = 1.53345
    ("SG", "electricity:sg", 0.49874),  # 2.5 x 0.49874 = 1.24685
    ("Global", "electricity:world", 0.47305),  # a global site: 2.5 x 0.47305 = 1.182625
])
def test_site_country_picks_its_grid(tmp_path, written, key, factor):
    doc = result(bom(tmp_path / "site.xlsx", [["地域", written]]))
    line = grid_line(doc)
    assert (line["factor_key"], line["factor"]) == (key, factor)
    assert "Ember" in str(line["factor_source"])
    assert doc["stages"]["processing"] == pytest.approx(KWH * factor)  # type: ignore[index]
    # materials: 1 kg SS400 x 1.91 (built-in steel): the total is the two
    assert doc["total_kg_co2e"] == pytest.approx(1.91 + KWH * factor)
    # the terminal, the reports and the JSON say which grid and why
    assert "warn.grid_country" in codes(doc)
    # the factor is for the site's own country (or the world for a global site): rated 1
    assert line["dqr_geographical"] == 1.0


@pytest.mark.parametrize("written", ["JP", "Japan", "日本", "ｊｐ", "JPN", "JP-13"])
def test_japan_uses_the_national_average(tmp_path, written):
    # 2.5 kWh x 0.423 (MoE/METI R6 national average) = 1.0575, as without 地域
    doc = result(bom(tmp_path / "jp.xlsx", [["地域", written]]))
    line = grid_line(doc)
    assert (line["factor_key"], line["factor"]) == ("electricity", 0.423)
    assert doc["stages"]["processing"] == pytest.approx(1.0575)  # type: ignore[index]
    assert "warn.grid_country" not in codes(doc)


def test_no_country_is_japan_as_before(tmp_path):
    doc = result(bom(tmp_path / "none.xlsx", []))
    assert grid_line(doc)["factor_key"] == "electricity"
    assert doc["stages"]["processing"] == pytest.approx(KWH * 0.423)  # type: ignore[index]


def test_inventory_workbook_names_the_grid(tmp_path):
    import openpyxl

    path = bom(tmp_path / "cn.xlsx", [["地域", "中国"]])
    out = tmp_path / "out"
    done = calc(path, "--report", "xlsx", "--out", str(out))
    assert done.returncode == 0, done.stderr
    book = openpyxl.load_workbook(out / "cn-inventory.xlsx", read_only=True)
    rows = list(book["Inventory"].iter_rows(values_only=True))
    header = next(r for r in rows if "factor_key" in r or "Factor key" in r)
    key_at = header.index("factor_key" if "factor_key" in header else "Factor key")
    (grid,) = [r for r in rows if r[key_at] == "electricity:cn"]
    assert 0.55955 in grid and any("Ember" in str(c) for c in grid)
    notes = [c for r in book["Notes"].iter_rows(values_only=True) for c in r]
    assert any("electricity:cn" in str(c) for c in notes)


# --- your own factor wins ----------------------------------------------------------------------

def test_settings_factor_wins_over_the_country(tmp_path):
    # 電力排出係数 0.388 (the site's utility) with 地域 CN: 2.5 x 0.388 = 0.97, not 1.398875
    doc = result(bom(tmp_path / "own.xlsx", [["地域", "CN"], ["電力排出係数", 0.388]]))
    line = grid_line(doc)
    assert (line["factor_key"], line["factor"]) == ("電力排出係数", 0.388)
    assert doc["stages"]["processing"] == pytest.approx(0.97)  # type: ignore[index]
    assert "warn.grid_country" not in codes(doc)


def test_your_country_factor_wins_over_the_builtin(tmp_path):
    # your electricity:cn 0.6: 2.5 x 0.6 = 1.5
    doc = result(bom(tmp_path / "cn.xlsx", [["地域", "China"]],
                     [["electricity:cn", "kWh", 0.6, "my utility", None]]))
    line = grid_line(doc)
    assert (line["factor_key"], line["factor"], line["factor_source"]) == (
        "electricity:cn", 0.6, "my utility")
    assert doc["stages"]["processing"] == pytest.approx(1.5)  # type: ignore[index]
    assert "warn.grid_country" not in codes(doc)


def test_your_generic_grid_factor_wins_loudly(tmp_path):
    # your `electricity` 0.6 states no place: used for the CN site (2.5 x 0.6 = 1.5), warned
    doc = result(bom(tmp_path / "gen.xlsx", [["地域", "CN"]],
                     [["electricity", "kWh", 0.6, "my utility", None]]))
    assert grid_line(doc)["factor"] == 0.6
    assert doc["stages"]["processing"] == pytest.approx(1.5)  # type: ignore[index]
    (warning,) = [w for w in doc["warnings"] if w["code"] == "warn.grid_generic_factor"]
    assert "electricity:cn" in warning["message"] and "gen.xlsx!排出原単位:2" in warning["message"]


def test_your_grid_factor_for_another_country_is_not_used(tmp_path):
    # your `electricity` 0.45 is stated for JP; the site is TH: built-in TH 2.5 x 0.5545
    doc = result(bom(tmp_path / "th.xlsx", [["地域", "TH"]],
                     [["electricity", "kWh", 0.45, "my JP utility", "JP"]]))
    assert grid_line(doc)["factor_key"] == "electricity:th"
    assert doc["stages"]["processing"] == pytest.approx(1.38625)  # type: ignore[index]


def test_a_country_without_a_grid_works_with_your_factor(tmp_path):
    # Bangladesh: no built-in grid; your electricity:bd 0.7: 2.5 x 0.7 = 1.75
    doc = result(bom(tmp_path / "bd.xlsx", [["地域", "バングラデシュ"]],
                     [["electricity:bd", "kWh", 0.7, "BPDB", "BD"]]))
    assert (grid_line(doc)["factor_key"], doc["stages"]["processing"]) == (  # type: ignore[index]
        "electricity:bd", pytest.approx(1.75))


# --- measured energy with a national average is not primary data --------------------------------

def test_measured_energy_primary_only_with_a_specific_factor(tmp_path):
    # 25 kWh / 10 pieces = 2.5 kWh measured; x built-in CN: a national average (PDS 0 of it)
    average = result(bom(tmp_path / "avg.xlsx", [["地域", "CN"]], measured=True))
    assert grid_line(average)["data_type"] == "primary"
    assert average["primary_data_share"] == 0.0
    # the same with your utility's electricity:cn 0.6: 1.5 of 1.91 + 1.5 = 3.41 is primary
    own = result(bom(tmp_path / "own.xlsx", [["地域", "CN"]],
                     [["electricity:cn", "kWh", 0.6, "my utility", "CN"]], measured=True))
    assert own["primary_data_share"] == pytest.approx(1.5 / 3.41, abs=1e-3)


# --- a country cfp has no grid for, or not a country: exit 2 --------------------------------------

@pytest.mark.parametrize("lang, words", [
    ("en", ["bd.xlsx: 設定!B2", "'Bangladesh'", "BD", "'electricity:bd'", "電力排出係数"]),
    ("ja", ["bd.xlsx: 設定!B2", "「Bangladesh」", "BD", "「electricity:bd」", "電力排出係数"]),
])
def test_a_country_without_a_grid_is_refused(tmp_path, lang, words):
    done = calc(bom(tmp_path / "bd.xlsx", [["地域", "Bangladesh"]]), lang=lang)
    assert done.returncode == 2
    for word in words:
        assert word in done.stderr, (word, done.stderr)
    assert "0.423" not in done.stdout + done.stderr


def test_a_country_without_a_grid_in_json(tmp_path):
    done = calc(bom(tmp_path / "xx.xlsx", [["地域", "KH"]]), "--format", "json")
    assert done.returncode == 2 and done.stdout == ""
    assert "factor.no_grid_country" in done.stderr or "electricity:kh" in done.stderr


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_a_place_that_is_not_a_country_is_refused(tmp_path, lang):
    done = calc(bom(tmp_path / "kanto.xlsx", [["地域", "Kanto"]]), lang=lang)
    assert done.returncode == 2
    assert "kanto.xlsx: 設定!B2" in done.stderr and "Kanto" in done.stderr
    assert "ISO 3166" in done.stderr


def test_settings_file_names_its_cell(tmp_path):
    settings = tmp_path / "site.csv"
    settings.write_text("製品名,テスト製品\n地域,Bangladesh\n", encoding="utf-8")
    done = calc(bom(tmp_path / "b.xlsx", []), "--settings", str(settings))
    assert done.returncode == 2
    assert "site.csv" in done.stderr and "B2" in done.stderr and "electricity:bd" in done.stderr


# --- a process at another site ------------------------------------------------------------------

def processing_lines(doc: dict[str, object]) -> dict[str, tuple[object, ...]]:
    """Each process's electricity (cycle) line: (factor key, factor, kg, DQR geographical)."""
    names = ["stage", "process", "flow", "factor_key", "factor", "kg_co2e", "dqr_geographical"]
    rows = zip(*(column(doc, n) for n in names), strict=True)
    return {r[1]: r[3:] for r in rows if r[0] == "processing" and r[2] == "electricity (cycle)"}


TWO_SITES_BOM = {  # P-1: 30 min on the lathe (5 kW), 60 min of heat treatment (10 kW, 50 %)
    "部品表": [["品番", "個数", "材質", "重量(kg)", "旋盤 加工(分)", "熱処理 加工(分)"],
              ["P-1", 1, "SS400", 1.0, 30, 60]]}


def two_sites(path: Path, settings: list[list[object]], furnace_at: object,
              factors: list[list[object]] | None = None) -> Path:
    sheets = {**TWO_SITES_BOM,
              "工程": [["工程", "定格電力(kW)", "使用率", "地域"], ["旋盤", 5, 1.0, None],
                      ["熱処理", 10, 0.5, furnace_at]],
              "設定": [["製品名", "テスト製品"], *settings]}
    if factors is not None:
        sheets["排出原単位"] = [["キー", "単位", "排出原単位", "出典", "地域"], *factors]
    return write_book(path, sheets)


def test_a_process_in_another_country_uses_that_countrys_grid(tmp_path):
    # the site is Japan (no 地域); the furnace is in Thailand: 10 kW x 1 h x 0.5 = 5 kWh x
    # 0.5545 (built-in electricity:th, Ember 2024) = 2.7725; the lathe at the site: 2.5 kWh
    # x 0.423 (Japan's national average) = 1.0575. Processing 3.83; before, exit 2.
    doc = result(two_sites(tmp_path / "p.xlsx", [], "タイ"))
    lines = processing_lines(doc)
    assert lines["熱処理"][:3] == ("electricity:th", 0.5545, pytest.approx(2.7725))
    assert lines["旋盤"][:3] == ("electricity", 0.423, pytest.approx(1.0575))
    assert doc["stages"]["processing"] == pytest.approx(2.7725 + 1.0575)  # type: ignore[index]
    assert doc["total_kg_co2e"] == pytest.approx(1.91 + 2.7725 + 1.0575)
    # the Thai grid is of the place the furnace runs: geographically representative (1),
    # as the lathe's Japanese grid is for the Japanese site
    assert lines["熱処理"][3] == 1.0 and lines["旋盤"][3] == 1.0
    (warning,) = [w for w in doc["warnings"] if w["code"] == "warn.grid_country.process"]  # type: ignore[union-attr, index]
    assert "熱処理" in warning["message"] and "p.xlsx!工程!D3" in warning["message"]


def test_the_settings_factor_is_the_sites_not_the_other_countrys(tmp_path):
    # 電力排出係数 0.3 is the site's utility: the lathe 2.5 x 0.3 = 0.75; the furnace in
    # Thailand keeps your electricity:th 0.6 (your factor before the built-in): 5 x 0.6 = 3.0
    path = two_sites(tmp_path / "s.xlsx", [["電力排出係数", 0.3]], "TH",
                     factors=[["electricity:th", "kWh", 0.6, "タイ工場の電力会社", "TH"]])
    lines = processing_lines(result(path))
    assert lines["旋盤"][:3] == ("電力排出係数", 0.3, pytest.approx(0.75))  # the Settings key
    assert lines["熱処理"][:3] == ("electricity:th", 0.6, pytest.approx(3.0))


def test_a_process_in_japan_for_a_site_abroad(tmp_path):
    # the site is in China (lathe: 2.5 x 0.55955 = 1.398875); the furnace in Japan uses
    # Japan's national average: 5 x 0.423 = 2.115
    lines = processing_lines(result(two_sites(tmp_path / "j.xlsx", [["地域", "CN"]], "日本")))
    assert lines["旋盤"][:3] == ("electricity:cn", 0.55955, pytest.approx(1.398875))
    assert lines["熱処理"][:3] == ("electricity", 0.423, pytest.approx(2.115))


@pytest.mark.parametrize("lang, words", [
    ("en", ["p.xlsx: 工程!D3", "'熱処理'", "BD", "'electricity:bd'"]),
    ("ja", ["p.xlsx: 工程!D3", "「熱処理」", "BD", "「electricity:bd」"]),
])
def test_a_process_in_a_country_without_a_grid_is_refused(tmp_path, lang, words):
    # never another country's factor: exit 2 naming the process's 地域 cell and the key
    done = calc(two_sites(tmp_path / "p.xlsx", [], "Bangladesh"), lang=lang)
    assert done.returncode == 2, done.stdout
    for word in words:
        assert word in done.stderr, (word, done.stderr)


def test_a_process_place_that_is_no_country_is_refused(tmp_path):
    done = calc(two_sites(tmp_path / "p.xlsx", [], "第二工場"))
    assert done.returncode == 2 and "工程!D3" in done.stderr and "第二工場" in done.stderr


def test_a_process_row_of_the_site_or_unused_is_fine(tmp_path):
    # the lathe is in China like the site; the MC row (Thailand) is not used by this BOM
    processes = [["工程", "定格電力(kW)", "使用率", "Country"], ["旋盤", 5, 1.0, "中国"],
                 ["MC", 10, 1.0, "TH"]]
    doc = result(bom(tmp_path / "p.xlsx", [["地域", "CN"]], processes=processes))
    assert doc["stages"]["processing"] == pytest.approx(KWH * 0.55955)  # type: ignore[index]


def test_a_process_without_site_country_is_in_japan(tmp_path):
    # no 地域 in 設定: the site is Japan, so the lathe marked China is a process elsewhere:
    # 2.5 kWh x 0.55955 (electricity:cn) = 1.398875, not Japan's 0.423
    processes = [["工程", "定格電力(kW)", "使用率", "国"], ["旋盤", 5, 1.0, "CN"]]
    doc = result(bom(tmp_path / "p.xlsx", [], processes=processes))
    assert grid_line(doc)["factor_key"] == "electricity:cn"
    assert doc["stages"]["processing"] == pytest.approx(KWH * 0.55955)  # type: ignore[index]

def test_each_grid_is_its_own_sensitivity_item(tmp_path):
    # ±10 % of each grid factor moves the total by 10 % of the kg it scales: the Thai grid
    # 0.1 x 2.7725 = 0.27725, Japan's 0.1 x 1.0575 = 0.10575 (one item named the first
    # grid key and summing both before)
    done = calc(two_sites(tmp_path / "u.xlsx", [], "TH"), "--format", "json",
                "--uncertainty", "200", "--seed", "1")
    assert done.returncode == 0, done.stderr
    items = json.loads(done.stdout)["uncertainty"]["sensitivity"]["items"]
    grids = {i["name"]: i["delta"] for i in items if i["kind"] == "electricity_factor"}
    assert grids == {"electricity:th": pytest.approx(0.27725),
                     "electricity": pytest.approx(0.10575)}


# --- a subdivision: Okinawa has a grid of its own, the others use their country's -------------

OKINAWA = 0.677  # electricity:jp:okinawa: 沖縄電力 事業者全体(参考値) 0.000677 t-CO2/kWh x 1000


@pytest.mark.parametrize("written", ["JP-47", "jp-47", "ＪＰ－４７"])
def test_a_site_in_okinawa_uses_okinawas_grid(tmp_path, written):
    # 2.5 kWh x 0.677 = 1.6925, not Japan's national 2.5 x 0.423 = 1.0575
    doc = result(bom(tmp_path / "oki.xlsx", [["地域", written]]))
    line = grid_line(doc)
    assert (line["factor_key"], line["factor"]) == ("electricity:jp:okinawa", OKINAWA)
    assert doc["stages"]["processing"] == pytest.approx(1.6925)  # type: ignore[index]
    assert line["dqr_geographical"] == 1.0
    (warning,) = [w for w in doc["warnings"] if w["code"] == "warn.grid_subdivision_own"]  # type: ignore[union-attr, index]
    assert "electricity:jp:okinawa = 0.677" in warning["message"]
    assert "oki.xlsx!設定!B2" in warning["message"]


def test_okinawa_keeps_the_settings_factor_and_your_own(tmp_path):
    # 電力排出係数 0.6 (the site's utility) wins: 2.5 x 0.6 = 1.5, no grid warning
    doc = result(bom(tmp_path / "s.xlsx", [["地域", "JP-47"], ["電力排出係数", 0.6]]))
    assert (grid_line(doc)["factor_key"], doc["stages"]["processing"]) == (  # type: ignore[index]
        "電力排出係数", pytest.approx(1.5))
    assert "warn.grid_subdivision_own" not in codes(doc)
    # your electricity:jp:okinawa 0.7 before the built-in: 2.5 x 0.7 = 1.75
    doc = result(bom(tmp_path / "y.xlsx", [["地域", "JP-47"]],
                     [["electricity:jp:okinawa", "kWh", 0.7, "my utility", None]]))
    assert doc["stages"]["processing"] == pytest.approx(1.75)  # type: ignore[index]
    # your `electricity` stated for JP-47, 0.69: 2.5 x 0.69 = 1.725
    doc = result(bom(tmp_path / "g.xlsx", [["地域", "JP-47"]],
                     [["electricity", "kWh", 0.69, "my utility", "JP-47"]]))
    assert doc["stages"]["processing"] == pytest.approx(1.725)  # type: ignore[index]
    # your national `electricity` (地域 blank, 0.45) is not Okinawa's grid: built-in,
    # 2.5 x 0.677 = 1.6925, the warning saying how to use yours
    doc = result(bom(tmp_path / "n.xlsx", [["地域", "JP-47"]],
                     [["electricity", "kWh", 0.45, "mainland utility", None]]))
    assert doc["stages"]["processing"] == pytest.approx(1.6925)  # type: ignore[index]
    assert "warn.grid_subdivision_own" in codes(doc)


@pytest.mark.parametrize("written, key, factor, country_warning", [
    ("JP-13", "electricity", 0.423, False),  # Tokyo: 2.5 x 0.423 = 1.0575
    ("US-CA", "electricity:us", 0.38355, True),  # California: 2.5 x 0.38355 = 0.958875
])
def test_another_subdivision_uses_its_countrys_grid_warned(tmp_path, written, key, factor,
                                                           country_warning):
    doc = result(bom(tmp_path / "sub.xlsx", [["地域", written]]))
    assert (grid_line(doc)["factor_key"], grid_line(doc)["factor"]) == (key, factor)
    assert doc["stages"]["processing"] == pytest.approx(KWH * factor)  # type: ignore[index]
    (warning,) = [w for w in doc["warnings"] if w["code"] == "warn.grid_subdivision"]  # type: ignore[union-attr, index]
    assert f"'{written}'" in warning["message"] and f"{key} = {factor:g}" in warning["message"]
    assert ("warn.grid_country" in codes(doc)) is country_warning
    ja = calc(bom(tmp_path / "sub.xlsx", [["地域", written]]), lang="ja")
    assert ja.returncode == 0 and f"地域「{written}」" in ja.stderr + ja.stdout


def test_a_process_in_okinawa_at_a_mainland_site(tmp_path):
    # site Japan (no 地域, 電力排出係数 0.3: the site's utility): the lathe 2.5 x 0.3 = 0.75;
    # the furnace in JP-47: 5 kWh x 0.677 = 3.385 (Okinawa's grid, not the site's 0.3 nor
    # Japan's 0.423 = 2.115). Processing 0.75 + 3.385 = 4.135
    doc = result(two_sites(tmp_path / "p.xlsx", [["電力排出係数", 0.3]], "JP-47"))
    lines = processing_lines(doc)
    assert lines["熱処理"][:3] == ("electricity:jp:okinawa", OKINAWA, pytest.approx(3.385))
    assert lines["旋盤"][:3] == ("電力排出係数", 0.3, pytest.approx(0.75))
    assert doc["stages"]["processing"] == pytest.approx(4.135)  # type: ignore[index]
    assert lines["熱処理"][3] == 1.0
    (warning,) = [w for w in doc["warnings"]  # type: ignore[union-attr]
                  if w["code"] == "warn.grid_subdivision_own.process"]  # type: ignore[index]
    assert "熱処理" in warning["message"] and "p.xlsx!工程!D3" in warning["message"]


def test_a_process_at_the_okinawa_site_or_on_the_mainland(tmp_path):
    # the site in JP-47: the lathe (地域 blank) 2.5 x 0.677 = 1.6925; the furnace in JP-47
    # too, the site's grid: 5 x 0.677 = 3.385, no process warning
    lines = processing_lines(result(two_sites(tmp_path / "a.xlsx", [["地域", "JP-47"]],
                                              "JP-47")))
    assert lines["旋盤"][:3] == ("electricity:jp:okinawa", OKINAWA, pytest.approx(1.6925))
    assert lines["熱処理"][:3] == ("electricity:jp:okinawa", OKINAWA, pytest.approx(3.385))
    # the furnace on the mainland (JP-13) of the Okinawa site: Japan's national average,
    # 5 x 0.423 = 2.115, warned as a subdivision without a grid of its own
    doc = result(two_sites(tmp_path / "b.xlsx", [["地域", "JP-47"]], "JP-13"))
    lines = processing_lines(doc)
    assert lines["熱処理"][:3] == ("electricity", 0.423, pytest.approx(2.115))
    assert lines["旋盤"][:2] == ("electricity:jp:okinawa", OKINAWA)
    assert "warn.grid_subdivision.process" in codes(doc)


def test_a_process_in_another_subdivision_uses_the_sites_grid_warned(tmp_path):
    # site Japan with 電力排出係数 0.3; the furnace in JP-13 is in the site's grid area:
    # 5 x 0.3 = 1.5, warned; at a site in JP-13 itself, not warned
    doc = result(two_sites(tmp_path / "c.xlsx", [["電力排出係数", 0.3]], "JP-13"))
    assert processing_lines(doc)["熱処理"][:3] == ("電力排出係数", 0.3, pytest.approx(1.5))
    (warning,) = [w for w in doc["warnings"]  # type: ignore[union-attr]
                  if w["code"] == "warn.grid_subdivision_shared"]  # type: ignore[index]
    assert "熱処理" in warning["message"] and "'JP-13'" in warning["message"]
    doc = result(two_sites(tmp_path / "d.xlsx", [["地域", "JP-13"], ["電力排出係数", 0.3]],
                           "JP-13"))
    assert "warn.grid_subdivision_shared" not in codes(doc)
