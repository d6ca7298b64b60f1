"""Merged cells over the data rows of the BOM sheet (lca/read/merges.py), through `cfp calc`.

Excel keeps a merged cell's value in its top-left cell; the other rows read as blank.
Down a text column every data row of the range gets the value; down a number column
(quantity, weights, lot size, times) and across two columns read, the range is refused
(exit 2) naming the range, its value and the fix. Each case is run the three ways a BOM
sheet is read: by python-calamine (`cells`), typed by fastexcel (`typed`) and typed in
pieces during the guard's scan (`pieces`: small regions and pieces, as tests/test_pieces.py
makes them), which must agree.

Factors of the fixtures (`排出原単位`): SS400 2.0 and A5052 10.0 kg-CO2e/kg, truck 0.1
kg-CO2e/t-km; supplier A社 by truck, 100 km.
"""

from __future__ import annotations

import json

import pytest
from builders import write_book
from typer.testing import CliRunner

from cfp.cli.app import app
from cfp.lca.read import pieces, workbook, xlsxguard

HEADER = ["品番", "個数", "品名", "材質", "重量(kg)", "仕入先", "旋盤 加工(分)"]
MASTERS = {
    "仕入先": [["仕入先", "輸送手段", "距離(km)"], ["A社", "truck", 100]],
    "排出原単位": [["キー", "単位", "排出原単位"], ["SS400", "kg", 2.0], ["A5052", "kg", 10.0],
               ["truck", "t-km", 0.1]],
    "工程": [["工程", "定格電力(kW)", "使用率"], ["旋盤", 6, 1.0]],
    "設定": [["電力排出係数", 0.5], ["対象期間", "2025"]],
}
WAYS = ["cells", "typed", "pieces"]


def bom_lines(n: int) -> list[list[object]]:
    """Header and `n` lines: 1 x 1 kg of SS400 each, no supplier, no time."""
    return [HEADER, *([f"P-{i:03d}", 1, f"part {i}", "SS400", 1.0, None, None]
                      for i in range(n))]


def run_calc(tmp_path, monkeypatch, way: str, rows, merges: list[str], *args: str,
             hidden: list[int | str] | None = None):
    """`cfp calc` of the BOM `rows` (merged `merges`, `hidden` rows and columns) read
    `way`; (exit code, output, what was read how)."""
    path = write_book(tmp_path / f"{way}.xlsx", {"部品表": rows, **MASTERS}, {"部品表": merges},
                      {"部品表": hidden or []})
    monkeypatch.setenv("CFP_FASTREAD_MIN_ROWS", "999999999" if way == "cells" else "0")
    monkeypatch.setenv("CFP_PIECE_BYTES", "4096" if way == "pieces" else "999999999")
    joined: list[int] = []  # pieces joined; then -1 if the body was read as typed columns
    typed_columns = workbook.Workbook.body_columns

    def body_columns(self, sheet, *args):
        got = typed_columns(self, sheet, *args)
        if sheet == "部品表":
            joined.append(-1 if got is not None else -2)
        return got

    monkeypatch.setattr(workbook.Workbook, "body_columns", body_columns)
    if way == "pieces":
        monkeypatch.setattr(xlsxguard, "CHUNK", 2048)
        monkeypatch.setattr(xlsxguard, "READ", 256)
        original = pieces.Splitter.body

        def body(self, plan, total_rows):
            got = original(self, plan, total_rows)
            joined.append(len(self.pieces) if got is not None else 0)
            return got

        monkeypatch.setattr(pieces.Splitter, "body", body)
    result = CliRunner().invoke(app, ["calc", str(path), *args],
                                env={"COLUMNS": "1000", "CFP_LANG": "en"})
    return result.exit_code, result.output, joined


def run_json(tmp_path, monkeypatch, way: str, rows, merges: list[str],
             hidden: list[int | str] | None = None) -> dict:
    """The JSON result of `run_calc`, which must succeed, read `way`."""
    code, output, joined = run_calc(tmp_path, monkeypatch, way, rows, merges, "--format",
                                    "json", hidden=hidden)
    assert code == 0, output
    if way == "pieces":
        assert joined[0] >= 3  # the sheet really was read in pieces
    assert joined[-1] == (-2 if way == "cells" else -1)  # (and as typed columns)
    return json.loads(output)


def _column(document: dict, name: str) -> list[object]:
    """A column of the JSON inventory (text columns are dictionary codes)."""
    column = document["inventory"]["data"][name]
    if isinstance(column, dict):
        return [None if c < 0 else column["values"][c] for c in column["codes"]]
    return column


def stage_lines(document: dict, stage: str) -> dict[str, float]:
    """kg-CO2e of each part in one stage."""
    rows = zip(_column(document, "part_number"), _column(document, "stage"),
               _column(document, "kg_co2e"), strict=True)
    return {part: kg for part, flow_stage, kg in rows if flow_stage == stage}


@pytest.mark.parametrize("way", WAYS)
def test_a_supplier_merged_over_three_lines_is_each_lines_supplier(tmp_path, monkeypatch, way):
    # 400 lines of 1 kg SS400: materials 400 x 1 x 2.0 = 800. A社 merged over the lines
    # P-300..P-302 (sheet rows 302-304, in a later piece): each is carried 100 km,
    # 0.001 t x 100 km x 0.1 = 0.01 a line, 0.03 in all (before: P-300 only, 0.01).
    rows = bom_lines(400)
    rows[301][5] = "A社"
    document = run_json(tmp_path, monkeypatch, way, rows, ["F302:F304"])
    assert document["stages"]["materials"] == pytest.approx(800.0)
    assert document["stages"]["transport"] == pytest.approx(0.03)
    assert stage_lines(document, "transport") == pytest.approx(
        {"P-300": 0.01, "P-301": 0.01, "P-302": 0.01})


@pytest.mark.parametrize("way", WAYS)
def test_a_material_merged_over_lines_and_spacer_rows(tmp_path, monkeypatch, way):
    # A5052 merged over sheet rows 12-16: P-010, P-011 and P-012 are A5052 (3 x 1 kg x
    # 10.0 = 30.0), rows 15 and 16 are blank spacer rows (not lines: nothing filled into
    # them); the other 397 lines SS400: 397 x 2.0 = 794.0; materials 824.0.
    rows = bom_lines(400)
    rows[11][3] = "A5052"
    for i in range(11, 14):
        rows[i][3] = None
    rows[14:14] = [[None] * len(HEADER), [None] * len(HEADER)]
    rows[11][3] = "A5052"
    document = run_json(tmp_path, monkeypatch, way, rows, ["D12:D16"])
    assert document["stages"]["materials"] == pytest.approx(824.0)
    materials = stage_lines(document, "materials")
    assert [materials[f"P-{i:03d}"] for i in (9, 10, 11, 12, 13)] == pytest.approx(
        [2.0, 10.0, 10.0, 10.0, 2.0])
    assert len(materials) == 400


@pytest.mark.parametrize("way", WAYS)
def test_title_rows_and_blank_merged_cells_change_nothing(tmp_path, monkeypatch, way):
    # A numbered BOM (No. in column A, not read) with a section title merged over the
    # whole width (a layout row: skipped as before), an empty cell merged over three
    # suppliers and a "-" merged over two lathe times: every line 1 x 1 kg SS400, no
    # transport, no processing: 400 x 2.0 = 800.0.
    rows = [["No." if i == 0 else i, *row] for i, row in enumerate(bom_lines(400))]
    rows[100:100] = [["組立 A", *[None] * len(HEADER)]]
    rows[202][7] = "-"
    document = run_json(tmp_path, monkeypatch, way, rows, ["A101:H101", "G202:G204", "H203:H204"])
    assert document["stages"] == pytest.approx(
        {"materials": 800.0, "transport": 0.0, "processing": 0.0, "waste": 0.0})
    assert len(stage_lines(document, "materials")) == 400


@pytest.mark.parametrize("way", WAYS)
def test_a_merged_quantity_is_refused_naming_the_range(tmp_path, monkeypatch, way):
    # 個数 2 merged over P-250..P-252: 2 pieces of each (6 kg) or 2 in all? Either total
    # could be meant, so the BOM is refused, and nothing else is said about B253/B254.
    rows = bom_lines(400)
    rows[251][1] = 2
    code, output, _ = run_calc(tmp_path, monkeypatch, way, rows, ["B252:B254"])
    assert code == 2
    flat = " ".join(output.split())
    assert (f"{way}.xlsx: 部品表!B252:B254: one merged cell holds 2 once for rows 252–254 "
            "(3 BOM lines) of the column B (個数): cfp cannot tell if it is each line's value "
            "or all of them together") in flat
    assert "Unmerge the cells and put the value on each row." in flat
    assert "!B253" not in flat and "!B254" not in flat


@pytest.mark.parametrize("way", WAYS)
def test_merged_weights_and_times_are_refused_with_the_other_problems(tmp_path, monkeypatch,
                                                                      way):
    rows = bom_lines(400)
    rows[10][4], rows[300][6] = 1.5, 12
    rows[350][1] = -1  # another problem of the BOM: reported in the same run
    code, output, _ = run_calc(tmp_path, monkeypatch, way, rows, ["E11:E12", "G301:G303"],
                            "--lang", "ja")
    assert code == 2
    flat = "".join(output.split())
    assert ("部品表!E11:E12:列「E(重量(kg))」の11〜12行目(2行の部品)が1つのセルに結合され、"
            "値「1.5」") in flat
    assert "部品表!G301:G303:列「G(旋盤加工(分))」の301〜303行目(3行の部品)" in flat
    assert "セルの結合を解除し、各行に値を入力してください。" in flat
    assert "部品表!B351" in flat


@pytest.mark.parametrize("way", WAYS)
def test_a_cell_merged_over_two_columns_read_is_refused(tmp_path, monkeypatch, way):
    # SS400 merged over 材質 and 重量 of P-020: its weight reads blank under it (and is not
    # said again as a missing weight)
    rows = bom_lines(400)
    rows[21][4] = None
    code, output, _ = run_calc(tmp_path, monkeypatch, way, rows, ["D22:E22"])
    assert code == 2
    flat = " ".join(output.split())
    assert ("部品表!D22:E22: one merged cell over the columns D (材質) and E (重量(kg)), which "
            "cfp reads as separate fields: its value SS400 is in D (材質) only, and E (重量(kg)) "
            "read as blank under it. Unmerge the cells and write each column's own value.") in flat
    assert "!E22" not in flat


def _noted(n: int) -> list[list[object]]:
    """`_lines` with a notes column (備考, not read) between 重量 and 仕入先."""
    return [[*row[:5], "備考" if i == 0 else None, row[5]] for i, row in enumerate(bom_lines(n))]


@pytest.mark.parametrize("way", WAYS)
def test_a_cell_merged_from_a_column_not_read_over_one_read_is_refused(tmp_path, monkeypatch,
                                                                       way):
    # A社 written in the notes column F of P-030 and merged over G, its supplier: the
    # supplier shown is not the one read (G32 is blank). The typed reads give way to the
    # cells for the value of F32.
    rows = _noted(400)
    rows[31][5] = "A社"
    code, output, _ = run_calc(tmp_path, monkeypatch, way, rows, ["F32:G32"])
    assert code == 2, output
    flat = " ".join(output.split())
    assert ("部品表!F32:G32: one merged cell holds A社 in the column F, which cfp does not read, "
            "and is shown over G (仕入先), read as blank under it.") in flat
    # the supplier A社 in G of P-040, merged over H (not read): A社 is P-040's supplier;
    # 0.001 t x 100 km x 0.1 = 0.01
    rows = _noted(400)
    rows[41][6] = "A社"
    document = run_json(tmp_path, monkeypatch, way, [[*r, None] for r in rows], ["G42:H42"])
    assert stage_lines(document, "transport") == pytest.approx({"P-040": 0.01})


@pytest.mark.parametrize("way", ["cells", "typed"])
def test_a_parent_and_a_level_merged_over_their_children(tmp_path, monkeypatch, way):
    # ASSY (2 per product) with P-1, P-2, P-3 (1 kg SS400 each) under it: 親品番 ASSY is
    # merged over the three children. Each is in both pieces of ASSY: 2 x 3 x 1 kg x 2.0 =
    # 12.0 (read on the top row only, P-2 and P-3 were direct children: 2 + 1 + 1 = 4 kg,
    # 8.0). In a level BOM the level 2 merged over the children does the same.
    header = ["品番", "親品番", "個数", "材質", "重量(kg)"]
    rows = [header, ["ASSY", None, 2, None, None], ["P-1", "ASSY", 1, "SS400", 1.0],
            ["P-2", None, 1, "SS400", 1.0], ["P-3", None, 1, "SS400", 1.0]]
    document = run_json(tmp_path, monkeypatch, way, rows, ["B3:B5"])
    assert document["stages"]["materials"] == pytest.approx(12.0)
    rows = [["レベル", *header[:1], *header[2:]], [1, "ASSY", 2, None, None],
            [2, "P-1", 1, "SS400", 1.0], [None, "P-2", 1, "SS400", 1.0],
            [None, "P-3", 1, "SS400", 1.0]]
    document = run_json(tmp_path, monkeypatch, way, rows, ["A3:A5"])
    assert document["stages"]["materials"] == pytest.approx(12.0)
