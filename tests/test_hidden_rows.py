"""Rows and columns hidden in Excel: counted (the workbook's data is the data) and named in
a warning, on the terminal, in the JSON and in the reports, like a hidden sheet.

python-calamine does not say which rows are hidden; the guard's scan of the sheet XML
(lca/read/xlsxguard.py) notes them on its way (`<row hidden="1">`, `<col hidden="1">`):
in its small-region, vectorised and exact forms alike, checked here on the XML itself,
and through `cfp calc` in the three reads of tests/test_merged_cells.py.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from test_merged_cells import HEADER, WAYS, bom_lines, run_calc, run_json, stage_lines

from cfp import calculate
from cfp.lca.read import xlsxguard
from cfp.lca.render.html import render_report
from cfp.lca.render.model import build_model
from cfp.lca.render.reports import resolve_created
from cfp.lca.resolve.checks import RowRuns, row_runs

SHEET = "xl/worksheets/sheet1.xml"


def _warnings(document: dict, code: str) -> list[str]:
    return [w["message"] for w in document["warnings"] if w["code"] == code]


@pytest.mark.parametrize("way", WAYS)
def test_hidden_lines_are_counted_and_named(tmp_path, monkeypatch, way):
    # 400 lines of 1 x 1 kg SS400 (2.0): 800.0 with the hidden ones. Hidden: sheet rows
    # 12 (P-010), 15-17 (P-013..P-015) and 350 (P-348), and row 403, below the last line
    # (blank: not a line, not named); the unread column H is hidden too (not named).
    rows = [[*row, "備考" if i == 0 else None] for i, row in enumerate(bom_lines(400))]
    document = run_json(tmp_path, monkeypatch, way, rows, [],
                        hidden=[12, 15, 16, 17, 350, 403, "H"])
    assert document["stages"]["materials"] == pytest.approx(800.0)
    assert len(stage_lines(document, "materials")) == 400
    assert _warnings(document, "warn.hidden_rows") == [
        "rows 12, 15–17, 350 of the sheet '部品表' are hidden in Excel and are counted (5 BOM "
        "lines): delete them if they are not part of the product."]
    assert _warnings(document, "warn.hidden_columns") == []


@pytest.mark.parametrize("way", WAYS)
def test_hidden_columns_read_are_named(tmp_path, monkeypatch, way):
    # 重量 (E) and the lathe time (G) hidden: read all the same (800.0).
    document = run_json(tmp_path, monkeypatch, way, bom_lines(400), [], hidden=["E", "G"])
    assert document["stages"]["materials"] == pytest.approx(800.0)
    assert _warnings(document, "warn.hidden_columns") == [
        "columns hidden in Excel are read from the sheet '部品表': E (重量(kg)), "
        "G (旋盤 加工(分)). Check they are meant to be part of the calculation."]
    assert _warnings(document, "warn.hidden_rows") == []


def test_the_warning_in_japanese_on_the_terminal_and_in_the_report(tmp_path, monkeypatch):
    code, output, _ = run_calc(tmp_path, monkeypatch, "cells", bom_lines(20), [], "--lang",
                               "ja", hidden=[3, 4, 9])
    assert code == 0
    assert ("シート「部品表」の 3〜4, 9 行目は Excel で非表示ですが、計算に含めています"
            "(3 行の部品)。製品に含まれない行なら削除してください。") in "".join(output.split("\n"))
    result = calculate(tmp_path / "cells.xlsx")
    assert ("warn.hidden_rows", {"sheet": "部品表", "count": "3",
                                 "rows": RowRuns(((3, 4), (9, 9)))}) in result.warnings
    for lang, text in (("en", "3 BOM lines hidden in Excel were counted (rows 3–4, 9 of the "
                                "sheet '部品表')."),
                       ("ja", "Excel で非表示の 3 行の部品を計算に含めました(シート「部品表」の "
                              "3〜4, 9 行目)。")):
        model = build_model(result, lang, resolve_created("2026-01-15T00:00:00Z"))
        assert text in model.warnings
        assert f"<li>{text}</li>" in render_report(model).replace("&#39;", "'")


def test_many_hidden_rows_name_the_first_runs():
    # ten runs named, then "…"; the count says how many rows
    rows = [r for start in range(0, 300, 10) for r in (start, start + 1)]
    assert row_runs(rows, 10).render("en") == ("1–2, 11–12, 21–22, 31–32, 41–42, 51–52, "
                                               "61–62, 71–72, 81–82, 91–92, …")
    # Japanese ranges with 〜 (a wave dash), English with an en dash
    assert row_runs(rows, 10).render("ja") == ("1〜2, 11〜12, 21〜22, 31〜32, 41〜42, 51〜52, "
                                               "61〜62, 71〜72, 81〜82, 91〜92, …")
    assert row_runs([4], 10).render("ja") == "5"
    assert row_runs([], 10).render("en") == ""


# --- the scan of the sheet XML ------------------------------------------------------------


def _sheet_xml(rows: str, cols: str = "") -> bytes:
    return ('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f"{cols}<sheetData>{rows}</sheetData></worksheet>").encode()


def _scan(xml: bytes, monkeypatch=None, region: int | None = None) -> xlsxguard.SheetScan:
    if monkeypatch is not None and region is not None:
        monkeypatch.setattr(xlsxguard, "CHUNK", region)
        monkeypatch.setattr(xlsxguard, "READ", 256)
    pieces = [xml[i:i + 256] for i in range(0, len(xml), 256)]
    return xlsxguard.scan_sheet("s", pieces, lambda: iter(pieces), 10_000_000)


HIDDEN = ' hidden="1"'
ROWS = "".join(
    f'<row r="{r}"{HIDDEN if r in (5, 7, 8) else ""}>'
    f'<c r="A{r}" t="inlineStr"><is><t>{"hidden" if r == 6 else f"P-{r}"}</t></is></c>'
    f'<c r="B{r}"><v>{r}</v></c></row>' for r in range(1, 400))


@pytest.mark.parametrize("form", ["small regions", "vectorised", "exact"])
def test_the_scan_finds_hidden_rows_in_each_of_its_forms(monkeypatch, form):
    # rows 5, 7 and 8 hidden (0-based 4, 6, 7); row 6 holds the text "hidden"; row 400
    # says hidden="0"; row 401 hidden="true" without its number (its cells give it, or
    # the count of rows); an empty hidden row 402 (not a line: `read_bom` leaves it out)
    rows = ROWS + ('<row r="400" hidden="0"><c r="A400"><v>1</v></c></row>'
                   '<row hidden="true" spans="1:2"><c r="A401"><v>1</v></c></row>'
                   '<row r="402" hidden="1"/>')
    if form == "exact":  # a cell without its reference: the exact tokenizer reads it
        rows = rows.replace('<c r="B9">', "<c>")
    cols = '<cols><col min="1" max="1" width="9"/><col min="3" max="5" hidden="1"/></cols>'
    scan = _scan(_sheet_xml(rows, cols), monkeypatch, 2048 if form == "small regions" else None)
    assert scan.exact == (form == "exact")
    assert scan.hidden_rows == [4, 6, 7, 400, 401]
    assert scan.hidden_cols == [(2, 4)]


def test_a_column_tag_cut_between_two_inflated_pieces(monkeypatch):
    # the sheet head in pieces of 256 bytes: a <col> tag cut by a piece's end is kept
    # for the next one
    cols = "<cols>" + "".join(f'<col min="{c}" max="{c}" width="9"/>' for c in range(1, 20)) \
        + '<col min="20" max="21" hidden="1" width="9"/></cols>'
    scan = _scan(_sheet_xml(ROWS, cols))
    assert scan.hidden_cols == [(19, 20)]


def test_a_workbook_with_hidden_rows_through_the_guard(tmp_path: Path) -> None:
    from builders import write_book

    path = write_book(tmp_path / "b.xlsx", {"部品表": [HEADER, *bom_lines(3)[1:]]},
                      hidden={"部品表": [3, "B"]})
    with zipfile.ZipFile(path) as archive:
        assert b'hidden="1"' in archive.read(SHEET)
    package = xlsxguard.open_package(path)
    scan = package.scan("部品表")
    assert (scan.hidden_rows, scan.hidden_cols) == ([2], [(1, 1)])
