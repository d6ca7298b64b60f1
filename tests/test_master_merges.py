"""Merged cells and hidden rows of the master and factor tables, through `cfp calc`.

The rule of the BOM sheet (tests/test_merged_cells.py, tests/test_hidden_rows.py) holds
for every table cfp reads (workbook.find_table / guard_table): a text cell merged down
the rows gives its value to each row it covers; a number merged down is refused (exit
2, naming file, sheet, range, value and the fix); rows and columns hidden in Excel are
read like the others and named in a warning. The same for a master file given with
--processes / --suppliers.

Fixtures, unless a test says otherwise: parts of 1 kg of SS400 (2.0 kg-CO2e/kg: 2.0
each in materials), truck 0.1 kg-CO2e/t-km, electricity 0.5 kg-CO2e/kWh.
"""

from __future__ import annotations

import json

import pytest
from builders import write_book
from typer.testing import CliRunner

from cfp.cli.app import app

BOM_HEADER = ["品番", "個数", "品名", "材質", "重量(kg)", "仕入先", "旋盤 加工(分)",
              "フライス 加工(分)"]
FACTORS = [["キー", "単位", "排出原単位"], ["SS400", "kg", 2.0], ["A5052", "kg", 10.0],
           ["truck", "t-km", 0.1]]
SETTINGS = [["電力排出係数", 0.5], ["対象期間", "2025"]]
PROCESSES = [["工程", "定格電力(kW)", "使用率"], ["旋盤", 6, 0.5], ["フライス", 10, 0.5]]
SUPPLIERS = [["仕入先", "輸送手段", "距離(km)"], ["A社", "truck", 100], ["B社", "truck", 200]]


def line(part: str, supplier: str | None = None, lathe: float | None = None,
         mill: float | None = None, grade: str = "SS400") -> list[object]:
    """One BOM line: 1 piece of 1 kg of `grade`."""
    return [part, 1, part, grade, 1.0, supplier, lathe, mill]


def sheets(**changed: list[list[object]]) -> dict[str, list[list[object]]]:
    """The workbook's sheets: two lines by default, the masters above, `changed` ones."""
    base = {"部品表": [BOM_HEADER, line("P-1"), line("P-2")], "工程": PROCESSES,
            "仕入先": SUPPLIERS, "排出原単位": FACTORS, "設定": SETTINGS}
    return {**base, **changed}


def run(path, *args: str, lang: str = "en") -> tuple[int, str]:
    result = CliRunner().invoke(app, ["calc", str(path), *args],
                                env={"COLUMNS": "1000", "CFP_LANG": lang})
    return result.exit_code, result.output


def run_json(path, *args: str, lang: str = "en") -> dict:
    code, output = run(path, "--format", "json", "--lang", lang, *args)
    assert code == 0, output
    return json.loads(output)


def flat(output: str) -> str:
    return " ".join(output.split())


def warnings(document: dict, code: str) -> list[str]:
    return [" ".join(w["message"].split()) for w in document["warnings"] if w["code"] == code]


# --- text merged down: filled into each row --------------------------------------------

def test_a_transport_mode_merged_down_the_suppliers_is_each_suppliers(tmp_path):
    # 輸送手段 truck merged over A社 and B社 (仕入先!B2:B3). P-1 from A社 (100 km), P-2 from
    # B社 (200 km): 0.001 t x 100 km x 0.1 = 0.01 and 0.001 x 200 x 0.1 = 0.02, 0.03 in all
    # (before: B社's mode read blank, its route incomplete).
    suppliers = [SUPPLIERS[0], ["A社", "truck", 100], ["B社", None, 200]]
    path = write_book(tmp_path / "b.xlsx", sheets(
        部品表=[BOM_HEADER, line("P-1", "A社"), line("P-2", "B社")], 仕入先=suppliers),
        {"仕入先": ["B2:B3"]})
    document = run_json(path)
    assert document["stages"]["transport"] == pytest.approx(0.03)
    assert document["stages"]["materials"] == pytest.approx(4.0)


def test_a_unit_merged_down_the_factor_sheet_is_each_factors(tmp_path):
    # 単位 kg merged over SS400 and A5052 (排出原単位!B2:B3): P-2 of 1 kg A5052 is 10.0, P-1
    # of SS400 2.0: materials 12.0 (before: A5052's unit read blank, refused).
    factors = [FACTORS[0], ["SS400", "kg", 2.0], ["A5052", None, 10.0], FACTORS[3]]
    path = write_book(tmp_path / "b.xlsx", sheets(
        部品表=[BOM_HEADER, line("P-1"), line("P-2", grade="A5052")], 排出原単位=factors),
        {"排出原単位": ["B2:B3"]})
    document = run_json(path)
    assert document["stages"]["materials"] == pytest.approx(12.0)


def test_a_supplier_file_given_on_the_command_line_is_read_by_the_same_rule(tmp_path):
    # --suppliers routes.xlsx: truck merged over A社 and B社 there; the workbook has no
    # 仕入先 sheet. Transport 0.01 + 0.02 = 0.03 as in the sheet.
    book = sheets(部品表=[BOM_HEADER, line("P-1", "A社"), line("P-2", "B社")])
    del book["仕入先"]
    path = write_book(tmp_path / "b.xlsx", book)
    routes = write_book(tmp_path / "routes.xlsx", {"Sheet1": [
        SUPPLIERS[0], ["A社", "truck", 100], ["B社", None, 200]]}, {"Sheet1": ["B2:B3"]})
    document = run_json(path, "--suppliers", str(routes))
    assert document["stages"]["transport"] == pytest.approx(0.03)


# --- numbers merged down: refused --------------------------------------------------------

def test_a_utilisation_merged_down_the_processes_is_refused(tmp_path):
    # 使用率 0.5 merged over 旋盤 and フライス (工程!C2:C3). Before: フライス read 100 % (its
    # cell blank), 10 kW x 1.0 x 0.1 h x 0.5 = 0.5 instead of 0.25 with exit 0. Now refused,
    # and the blank C3 under it is not said again.
    processes = [PROCESSES[0], ["旋盤", 6, 0.5], ["フライス", 10, None]]
    path = write_book(tmp_path / "b.xlsx", sheets(
        部品表=[BOM_HEADER, line("P-1", lathe=6), line("P-2", mill=6)], 工程=processes),
        {"工程": ["C2:C3"]})
    code, output = run(path)
    assert code == 2
    text = flat(output)
    assert ("b.xlsx: 工程!C2:C3: one merged cell holds 0.5 once for rows 2–3 (2 rows of the "
            "table) of the column C (使用率): a number is not copied down a merged cell") in text
    assert "Unmerge the cells and put the value on each row." in text
    assert "工程!C3" not in text


def test_a_merged_factor_is_refused_in_japanese_with_the_other_problems(tmp_path):
    # 排出原単位 2.0 merged over SS400 and A5052 (排出原単位!C2:C3), and a negative
    # quantity in the BOM: both in one run.
    factors = [FACTORS[0], ["SS400", "kg", 2.0], ["A5052", "kg", None], FACTORS[3]]
    bom = [BOM_HEADER, line("P-1"), [*line("P-2", grade="A5052")[:1], -1,
                                     *line("P-2", grade="A5052")[2:]]]
    path = write_book(tmp_path / "b.xlsx", sheets(部品表=bom, 排出原単位=factors),
                      {"排出原単位": ["C2:C3"]})
    code, output = run(path, lang="ja")
    assert code == 2
    text = "".join(output.split())
    assert ("排出原単位!C2:C3:列「C(排出原単位)」の2〜3行目(表の2行)が1つのセルに結合され、"
            "値「2」が1回だけ書かれています。") in text
    assert "セルの結合を解除し、各行に値を入力してください。" in text
    assert "部品表!B3" in text
    assert "排出原単位!C3" not in text and "排出原単位!A3" not in text  # (said once)


def test_a_merged_power_in_a_process_file_names_the_file(tmp_path):
    # --processes machines.xlsx: 定格電力 6 merged over 旋盤 and フライス (Sheet1!B2:B3)
    book = sheets(部品表=[BOM_HEADER, line("P-1", lathe=6), line("P-2", mill=6)])
    del book["工程"]
    path = write_book(tmp_path / "b.xlsx", book)
    machines = write_book(tmp_path / "machines.xlsx", {"Sheet1": [
        PROCESSES[0], ["旋盤", 6, 0.5], ["フライス", None, 0.5]]}, {"Sheet1": ["B2:B3"]})
    code, output = run(path, "--processes", str(machines))
    assert code == 2
    assert ("machines.xlsx: Sheet1!B2:B3: one merged cell holds 6 once for rows 2–3 (2 rows "
            "of the table) of the column B (定格電力(kW))") in flat(output)


# --- hidden rows and columns: read and named ----------------------------------------------

def test_a_process_hidden_to_switch_it_off_is_counted_and_named(tmp_path):
    # 工程 row 3 (フライス) hidden: still read. P-1 旋盤 6 min: 6 kW x 0.5 x 0.1 h x 0.5 =
    # 0.15; P-2 フライス 6 min: 10 x 0.5 x 0.1 x 0.5 = 0.25; processing 0.4.
    path = write_book(tmp_path / "b.xlsx", sheets(
        部品表=[BOM_HEADER, line("P-1", lathe=6), line("P-2", mill=6)]), hidden={"工程": [3]})
    document = run_json(path)
    assert document["stages"]["processing"] == pytest.approx(0.4)
    assert warnings(document, "warn.hidden_table_rows") == [
        "rows 3 of 'b.xlsx!工程' are hidden in Excel and are read like the others (1 rows): "
        "hiding a row does not switch it off. Delete it if it should not count."]
    assert warnings(document, "warn.hidden_rows") == []  # (the BOM's own: none hidden)
    document = run_json(path, lang="ja")
    assert warnings(document, "warn.hidden_table_rows") == [
        "「b.xlsx!工程」の 3 行目は Excel で非表示ですが、ほかの行と同じく読み込んでいます"
        "(1 行)。非表示にしても無効にはなりません。使わない行なら削除してください。"]


def test_hidden_rows_and_columns_of_supplier_and_factor_tables_are_named(tmp_path):
    # 仕入先: rows 3-4 hidden (B社, C社; row 5 below the table, blank: not named), the
    # distance column C hidden; 排出原単位: row 4 (truck) hidden. Transport of P-1 from
    # A社: 0.01. Hidden and not read: 仕入先 column E (a note) is not named.
    suppliers = [[*SUPPLIERS[0], None, "備考"], ["A社", "truck", 100], ["B社", "truck", 200],
                 ["C社", "ship", 300]]
    path = write_book(tmp_path / "b.xlsx", sheets(
        部品表=[BOM_HEADER, line("P-1", "A社"), line("P-2")], 仕入先=suppliers),
        hidden={"仕入先": [3, 4, 5, "C", "E"], "排出原単位": [4]})
    document = run_json(path)
    assert document["stages"]["transport"] == pytest.approx(0.01)
    rows = warnings(document, "warn.hidden_table_rows")
    assert [w.split(" are hidden")[0] for w in rows] == [
        "rows 3–4 of 'b.xlsx!仕入先'", "rows 4 of 'b.xlsx!排出原単位'"]
    assert warnings(document, "warn.hidden_table_columns") == [
        "columns hidden in Excel are read from 'b.xlsx!仕入先': C (距離(km)). Check they are "
        "meant to be part of the calculation."]


def test_hidden_rows_of_a_master_file_are_named_with_the_file(tmp_path):
    book = sheets(部品表=[BOM_HEADER, line("P-1", lathe=6), line("P-2", mill=6)])
    del book["工程"]
    path = write_book(tmp_path / "b.xlsx", book)
    machines = write_book(tmp_path / "machines.xlsx", {"Sheet1": PROCESSES},
                          hidden={"Sheet1": [2]})
    document = run_json(path, "--processes", str(machines))
    assert document["stages"]["processing"] == pytest.approx(0.4)  # as above
    assert [w.split(" are hidden")[0] for w in warnings(document, "warn.hidden_table_rows")] \
        == ["rows 2 of 'machines.xlsx!Sheet1'"]


# --- the Settings sheet (key / value rows) ------------------------------------------------

def test_a_settings_label_merged_across_reads_the_value_right_of_the_merge(tmp_path):
    # 電力排出係数 written in A1, merged over A1:B1, its value 0.5 in C1 (before: B1 read,
    # blank: no factor of the workbook, the built-in grid's used with exit 0). P-1 旋盤
    # 6 min: 6 kW x 0.5 x 0.1 h = 0.3 kWh x 0.5 = 0.15.
    settings = [["電力排出係数", None, 0.5], ["対象期間", "2025"]]
    path = write_book(tmp_path / "b.xlsx", sheets(
        部品表=[BOM_HEADER, line("P-1", lathe=6)], 設定=settings), {"設定": ["A1:B1"]})
    document = run_json(path)
    assert document["stages"]["processing"] == pytest.approx(0.15)


def test_a_settings_number_merged_down_is_refused_and_text_is_filled(tmp_path):
    # B1:B2 merged: 0.5 is 電力排出係数's (row 1) and shown over ロット (row 2): refused.
    settings = [["電力排出係数", 0.5], ["ロット", None], ["対象期間", "2025"]]
    path = write_book(tmp_path / "b.xlsx", sheets(設定=settings), {"設定": ["B1:B2"]})
    code, output = run(path)
    assert code == 2
    assert ("b.xlsx: 設定!B2: the value of ロット is under the merged cell B1:B2, which holds "
            "0.5 for the row above: a number is not copied down a merged cell.") in flat(output)
    # text merged down: 製品名 (row 2) reads G-1, the value of 製品番号 merged over B1:B2
    settings = [["製品番号", "G-1"], ["製品名", None], *SETTINGS]
    path = write_book(tmp_path / "c.xlsx", sheets(設定=settings), {"設定": ["B1:B2"]})
    assert run_json(path)["product"] == "G-1"


def test_a_hidden_settings_row_is_used_and_named(tmp_path):
    # 電力排出係数 on the hidden row 1: used (processing 0.15 as above) and named
    path = write_book(tmp_path / "b.xlsx", sheets(部品表=[BOM_HEADER, line("P-1", lathe=6)]),
                      hidden={"設定": [1]})
    document = run_json(path)
    assert document["stages"]["processing"] == pytest.approx(0.15)
    assert [w.split(" are hidden")[0] for w in warnings(document, "warn.hidden_table_rows")] \
        == ["rows 1 of 'b.xlsx!設定'"]


# --- the 計測ログ / Meter logs mapping -----------------------------------------------------

def test_a_log_file_merged_down_the_mapping_is_each_windows(tmp_path):
    # One counter log, two windows: P-1 08:00-08:20, P-2 08:20-08:40; ファイル log.csv
    # merged over both rows (計測ログ!A2:A3). P-1: (575 - 561) kWh / (104 - 100) pieces =
    # 3.5 kWh; P-2: (607 - 575) / (113 - 104) = 32/9 kWh; x 0.5 kg-CO2e/kWh:
    # processing 1.75 + 16/9 = 3.52778 (before: P-2's row read no file, its 旋盤 time
    # was computed instead: 6 kW x 0.5 x 0.5 h = 1.5 kWh, 0.75).
    log = tmp_path / "log.csv"
    log.write_text("日時,積算電力量(kWh),生産数\n2026/04/01 08:00:00,561,100\n"
                   "2026/04/01 08:20:00,575,104\n2026/04/01 08:40:00,607,113\n",
                   encoding="utf-8")
    mapping = [["ファイル", "品番", "工程", "開始", "終了"],
               ["log.csv", "P-1", "旋盤", "2026/04/01 08:00:00", "2026/04/01 08:20:00"],
               [None, "P-2", "旋盤", "2026/04/01 08:20:00", "2026/04/01 08:40:00"]]
    path = write_book(tmp_path / "b.xlsx", sheets(
        部品表=[BOM_HEADER, line("P-1", lathe=30), line("P-2", lathe=30)], 計測ログ=mapping),
        {"計測ログ": ["A2:A3"]})
    document = run_json(path, "--meter-log", str(log))
    assert document["stages"]["processing"] == pytest.approx(1.75 + 16 / 9)
