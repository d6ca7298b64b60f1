"""A key on two rows of one master table (工程, 実測, 仕入先, 排出原単位): the first row is
used, in every table alike, and each repeat is warned about naming both rows; a file's
row replacing a sheet's row is no repeat."""

from __future__ import annotations

import pytest
from builders import write_book

from cfp import calculate

BOM = [["品番", "個数", "材質", "重量(kg)", "仕入先", "旋盤 加工(分)"],
       ["P-1", 1, "SS400", 1.0, "A社", 60]]


def repeated(result) -> list[dict]:
    return [params for key, params in result.warnings if key == "warn.key_repeated"]


def test_repeated_master_rows_use_the_first_and_are_warned(tmp_path):
    # first rows: measured (110 - 100) / 10 = 1 kWh x 0.5 = 0.5; truck 10 km:
    # 1 kg / 1000 x 10 km = 0.01 t-km (the repeats: 3 kWh, 1000 km)
    path = write_book(tmp_path / "bom.xlsx", {
        "部品表": BOM,
        "工程": [["工程", "定格電力(kW)", "使用率"], ["旋盤", 10, 1.0], ["旋盤", 20, 1.0]],
        "実測": [["品番", "工程", "開始積算電力量(kWh)", "終了積算電力量(kWh)", "加工数"],
                 ["P-1", "旋盤", 100, 110, 10], ["P-1", "旋盤", 200, 230, 10]],
        "仕入先": [["仕入先", "輸送手段", "距離(km)"], ["A社", "truck", 10],
                 ["A社", "truck", 1000]],
        "設定": [["電力排出係数", 0.5]]})
    result = calculate(path)
    assert result.stages()["processing"] == pytest.approx(0.5)
    transport = result.flows["stage"] == "transport"
    assert result.flows["amount"][transport].sum() == pytest.approx(0.01)
    assert repeated(result) == [
        {"part": "A社", "used": "bom.xlsx!仕入先:2", "ignored": "bom.xlsx!仕入先:3"},
        {"part": "旋盤", "used": "bom.xlsx!工程:2", "ignored": "bom.xlsx!工程:3"},
        {"part": "P-1 / 旋盤", "used": "bom.xlsx!実測:2", "ignored": "bom.xlsx!実測:3"}]
    messages = {lang: [w["message"] for w in result.to_dict(lang)["warnings"]
                       if w["code"] == "warn.key_repeated"] for lang in ("en", "ja")}
    assert messages["en"][1] == (
        "'旋盤' is on two rows of one table: bom.xlsx!工程:2 is used and bom.xlsx!工程:3, the "
        "same key again, is ignored. Delete or correct one of them.")
    assert messages["ja"][1] == (
        "「旋盤」が同じ表の 2 行にあります。bom.xlsx!工程:2 を使い、同じキーの bom.xlsx!工程:3 "
        "は無視しました。どちらかを削除するか直してください。")


def test_a_repeated_factor_key_uses_the_first_row_like_the_other_tables(tmp_path):
    # MAT-A 2.0 (row 2) and mat-a 5.0 (row 3, the same key): 1 kg x 2.0 = 2.0 (was 5.0)
    path = write_book(tmp_path / "bom.xlsx", {
        "部品表": [["品番", "個数", "材質", "重量(kg)"], ["P-1", 1, "MAT-A", 1.0]],
        "排出原単位": [["キー", "単位", "排出原単位", "出典"], ["MAT-A", "kg", 2.0, "first"],
                  ["mat-a", "kg", 5.0, "second"]]})
    result = calculate(path)
    assert result.total == pytest.approx(2.0)
    assert repeated(result) == [{"part": "MAT-A", "used": "bom.xlsx!排出原単位:2",
                                 "ignored": "bom.xlsx!排出原単位:3"}]


def test_a_file_replacing_a_sheet_row_is_not_a_repeat(tmp_path):
    # --processes machines.csv: its 旋盤 (5 kW) replaces the sheet's (10 kW), as documented:
    # 1 h x 5 kW x 1.0 = 5 kWh x 0.5 = 2.5, no warning
    (tmp_path / "machines.csv").write_text("工程,定格電力(kW),使用率\n旋盤,5,1.0\n",
                                           encoding="utf-8")
    path = write_book(tmp_path / "bom.xlsx", {
        "部品表": [BOM[0][:4] + [BOM[0][5]], BOM[1][:4] + [BOM[1][5]]],
        "工程": [["工程", "定格電力(kW)", "使用率"], ["旋盤", 10, 1.0]],
        "設定": [["電力排出係数", 0.5]]})
    result = calculate(path, processes=tmp_path / "machines.csv")
    assert result.stages()["processing"] == pytest.approx(2.5)
    assert repeated(result) == []


def test_later_factor_files_still_win_over_earlier_ones(tmp_path):
    # README: later --factors files > earlier ones (between tables, not a repeat)
    for name, value in (("a.csv", 2.0), ("b.csv", 3.0)):
        (tmp_path / name).write_text(f"キー,単位,排出原単位\nMAT-A,kg,{value}\n", encoding="utf-8")
    path = write_book(tmp_path / "bom.xlsx", {
        "部品表": [["品番", "個数", "材質", "重量(kg)"], ["P-1", 1, "MAT-A", 1.0]]})
    result = calculate(path, factors=[tmp_path / "a.csv", tmp_path / "b.csv"])
    assert result.total == pytest.approx(3.0)
    assert repeated(result) == []
