"""The streaming writer of the Excel inventory (lca/render/xlsx.py, lca/render/zipwrite.py).

The big sheets are written from the column arrays, not by openpyxl: every cell is read
back here with openpyxl and with python-calamine and compared with the JSON result of
the same calculation, on a generated BOM large enough for the writer's shortcuts
(few-valued number columns, merged text columns, several chunks of rows)."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
import zlib
from collections import Counter
from pathlib import Path

import numpy as np
import openpyxl
import pytest
import python_calamine
from openpyxl.utils import get_column_letter

from cfp.lca.api import calculate
from cfp.lca.output import FORMULA_PREFIXES
from cfp.lca.render import formats, zipwrite
from cfp.lca.render import xlsx as report_xlsx
from cfp.lca.render.model import build_model, layout
from cfp.lca.render.reports import resolve_created
from cfp.lca.schema import names

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from bomgen import make_bom  # noqa: E402

TS = "2026-04-01T09:00:00+09:00"
INVENTORY = "Inventory"
#: The English words the workbook shows for the JSON's codes (README, "Excel inventory").
STAGES = {"materials": "Materials", "transport": "Transport", "processing": "Processing",
          "waste": "Waste"}
MASS_BASIS = {"raw": "raw weight", "net": "net weight"}
DATA_TYPES = {"primary": "Primary", "secondary": "Secondary", "proxy": "Proxy"}
MATCHED_BY = {"grade_map": "grade map key", "mode": "transport mode"}  # others as given
#: what the workbook calls the energy carriers and the Settings sheet as a source
CARRIERS = {"electricity": "Purchased electricity",
            "compressed_air": "Compressed air (compressor electricity)"}
SOURCES = {"設定/Settings": "Settings sheet"}  # the others as given


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    """A 400-line generated BOM (8 sub-assemblies, bought parts, two processes, five
    suppliers): its result, JSON document and workbook, the rows made 700 at a time so
    that the ~2,700 inventory rows span several chunks."""
    bom = tmp_path_factory.mktemp("gen") / "gen400.xlsx"
    make_bom(bom, 400, assembly_every=50)
    result = calculate(bom)
    document = json.loads(formats.to_json(result, "en"))
    model = build_model(result, "en", resolve_created(TS, "en"))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(report_xlsx, "CHUNK_ROWS", 700)
        data = report_xlsx.workbook_bytes(model)
    return result, document, model, data


def _json_column(document: dict, name: str) -> list:
    column = document["inventory"]["data"][name]
    if isinstance(column, dict):  # dictionary-encoded text
        return [None if code < 0 else column["values"][code] for code in column["codes"]]
    return column


def _sheet_rows(data: bytes, sheet: str, reader: str) -> list[list]:
    if reader == "openpyxl":
        book = openpyxl.load_workbook(io.BytesIO(data))
        return [list(row) for row in book[sheet].iter_rows(values_only=True)]
    book = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
    return [[None if v == "" else v for v in row]
            for row in book.get_sheet_by_name(sheet).to_python()]


@pytest.mark.parametrize("reader", ["openpyxl", "calamine"])
def test_every_inventory_cell_is_the_json_results(generated, reader):
    result, document, _model, data = generated
    rows = _sheet_rows(data, INVENTORY, reader)
    columns = layout(names("xlsx"))
    assert len(rows[0]) == len(columns)
    body = [dict(zip(columns, row, strict=True)) for row in rows[1:]]
    flows = [r for r in body if r["stage"] != "Product"]
    products = [r for r in body if r["stage"] == "Product"]
    n = len(document["inventory"]["data"]["row"])
    assert n == len(result.flows) and len(flows) == n
    # the JSON's lines as the workbook shows them: codes as words, units in full (the
    # flow's name is checked against the annex in the next test)
    shown = {"stage": STAGES, "mass_basis": MASS_BASIS, "data_type": DATA_TYPES}
    compared = [c for c in columns if c in document["inventory"]["data"] and c != "flow"]
    json_columns = {c: _json_column(document, c) for c in compared}
    expected = []
    for i in range(n):
        line = []
        for name in compared:
            value = json_columns[name][i]
            if value is not None and name in shown:
                value = shown[name][value]
            elif value is not None and name == "matched_by":
                value = MATCHED_BY.get(value, value)
            elif value is not None and name == "factor_unit":
                value = f"kg-CO2e/{value}"
            elif value is not None and name == "energy_carrier":
                value = CARRIERS[value]
            elif value is not None and name == "factor_source":
                value = SOURCES.get(value, value)
            line.append(value)
        expected.append(tuple(line))
    # the workbook lists lines by BOM row, the JSON by stage: the same lines, every
    # number exactly (floats written as the shortest text that reads back the same)
    written = [tuple(r[c] for c in compared) for r in flows]
    assert Counter(written) == Counter(expected)
    assert sum(r["kg_co2e"] for r in flows) == pytest.approx(result.total, rel=1e-12)
    # one net-weight line per leaf part (the 8 sub-assemblies have none)
    assert len(products) == 392 and all(r["kg_co2e"] is None for r in products)
    assert {r["direction"] for r in body} == {"In", "Out"}


def test_inventory_rows_are_the_annex_rows_in_order(generated):
    """Row by row against `Inventory.records` (the HTML annex's rows, made by another
    path: Python values per row), products included."""
    _result, _document, model, data = generated
    columns = layout(names("xlsx"))
    body = [dict(zip(columns, row, strict=True))
            for row in _sheet_rows(data, INVENTORY, "calamine")[1:]]
    records = model.inventory.records(len(model.inventory))
    assert len(body) == len(records) == len(model.inventory)
    same = ["row", "part_number", "name", "flow", "process", "amount", "unit", "mass_basis",
            "distance_km", "factor", "factor_key", "energy_basis", "kg_co2e"]
    assert set(same) <= set(records[0])
    for cells, record in zip(body, records, strict=True):
        assert [cells[c] for c in same] == [record[c] for c in same], record["row"]


def test_parts_sheet_rows_are_the_results_parts(generated):
    result, _document, _model, data = generated
    rows = _sheet_rows(data, "By part", "openpyxl")
    assert rows == _sheet_rows(data, "By part", "calamine")
    header, body = rows[0], rows[1:]
    kg = header.index("kg-CO2e")
    assert len(body) == 400 + 1  # every BOM line, then the total row
    assert body[-1][2] == "Total" and body[-1][kg] == pytest.approx(result.total)
    assert sum(r[kg] for r in body[:-1]) == pytest.approx(result.total, rel=1e-12)
    assert [r[0] for r in body[:-1]] == list(range(3, 403))  # BOM rows 3.. (header on 2)


def test_number_formats_header_and_frozen_row_survive_the_splice(generated):
    _result, _document, _model, data = generated
    book = openpyxl.load_workbook(io.BytesIO(data))
    inventory, parts = book[INVENTORY], book["By part"]
    assert inventory.freeze_panes == "A2" and parts.freeze_panes == "A2"
    last = get_column_letter(len(layout(names("xlsx"))))
    assert inventory.auto_filter.ref == f"A1:{last}{inventory.max_row}"
    assert inventory["A1"].font.bold and inventory["A1"].fill.fgColor.rgb.endswith("1D4F73")
    assert inventory.column_dimensions["C"].width == 24  # the part name (WIDTHS)
    header = [c.value for c in parts[1]]
    kg, share = header.index("kg-CO2e") + 1, header.index("Share") + 1
    assert parts.cell(2, kg).number_format == report_xlsx.KG
    assert parts.cell(2, share).number_format == report_xlsx.PCT
    assert parts.cell(parts.max_row, kg).number_format == report_xlsx.KG  # the total row


def test_workbook_bytes_are_deterministic(generated):
    result, _document, model, data = generated
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(report_xlsx, "CHUNK_ROWS", 700)
        again = report_xlsx.workbook_bytes(build_model(result, "en", resolve_created(TS, "en")))
    assert again == data
    # the chunk size is how the rows are made, not what is written
    assert report_xlsx.workbook_bytes(model) == data
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.testzip() is None
        assert {i.date_time for i in archive.infolist()} == {(2026, 4, 1, 0, 0, 0)}
        core = archive.read("docProps/core.xml").decode()
    assert "<dcterms:created" in core and "2026-04-01T00:00:00Z</dcterms:created>" in core
    assert "2026-04-01T00:00:00Z</dcterms:modified>" in core


def test_shared_strings_neutralise_formulas_and_drop_illegal_characters():
    strings = report_xlsx.SharedStrings()
    texts = ["=HYPERLINK(\"http://x\")", "+cmd", "-1+2", "@SUM(A1)", "plain", " padded ",
             "bell\x07here", "a & <b>", None, "", "plain"]
    cells = strings.cells(texts)
    assert cells[-1] == cells[4]  # one shared string per distinct text
    assert cells[8] == cells[9] == b"<c/>"  # None and "" are blank cells
    each = strings.each(["=x", "y"])
    stored = _shared_texts(b"".join(strings.xml()))
    assert stored == ["'=HYPERLINK(\"http://x\")", "'+cmd", "'-1+2", "'@SUM(A1)", "plain",
                      " padded ", "bellhere", "a & <b>", "'=x", "y"]
    assert not any(s.startswith(FORMULA_PREFIXES) for s in stored)
    assert each == [b'<c t="s"><v>8</v></c>', b'<c t="s"><v>9</v></c>']


def _shared_texts(xml: bytes) -> list[str]:
    ns = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    return [si.find(f"{ns}t").text or "" for si in ET.fromstring(xml).iter(f"{ns}si")]


def test_number_cells_are_exact_and_blank_for_nan():
    values = np.array([0.8594999999999999, 2.0, -3.5e-12, 1e20, np.nan, 123456789.0])
    cells = report_xlsx.number_cells(values, b' s="4"')
    assert cells == [b'<c s="4"><v>0.8594999999999999</v></c>', b'<c s="4"><v>2</v></c>',
                     b'<c s="4"><v>-3.5e-12</v></c>', b'<c s="4"><v>1e+20</v></c>',
                     b'<c s="4"/>', b'<c s="4"><v>123456789</v></c>']
    assert [float(c[12:-8]) for c in cells if b"<v>" in c] == [
        0.8594999999999999, 2.0, -3.5e-12, 1e20, 123456789.0]


def test_extra_sheets_come_after_the_factors_and_only_when_they_have_content(
        generated, monkeypatch):
    _result, _document, model, _data = generated

    def uncertainty(m):
        def write(s):
            s.header(["Quantity", "kg-CO2e"])
            s.append(["=p95", s.cell(m.total * 1.2, fmt=report_xlsx.KG)])
        return report_xlsx.ExtraSheet("Uncertainty", [20, 12], write)

    monkeypatch.setattr(report_xlsx, "EXTRA_SHEETS", [uncertainty, lambda m: None])
    book = openpyxl.load_workbook(io.BytesIO(report_xlsx.workbook_bytes(model)))
    assert book.sheetnames[-3:] == ["Factors", "Uncertainty", "Notes"]
    sheet = book["Uncertainty"]
    assert [c.value for c in sheet[1]] == ["Quantity", "kg-CO2e"]
    assert sheet["A2"].value == "'=p95" and sheet["A2"].data_type == "s"
    assert sheet["B2"].value == pytest.approx(model.total * 1.2)
    assert sheet["B2"].number_format == report_xlsx.KG and sheet.freeze_panes == "A2"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_reads_the_same_inventory(generated, tmp_path):
    """LibreOffice (headless, its own profile) converts the inventory sheet to CSV; each
    cell is the one openpyxl reads (numbers to the 15 digits LibreOffice prints)."""
    _result, _document, _model, data = generated
    (tmp_path / "book.xlsx").write_bytes(data)
    subprocess.run(["soffice", "--headless", "--norestore",
                    f"-env:UserInstallation=file://{tmp_path}/profile", "--convert-to",
                    "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,"
                    "false,2", "--outdir", str(tmp_path / "out"), str(tmp_path / "book.xlsx")],
                   check=True, capture_output=True, timeout=300)
    [converted] = (tmp_path / "out").iterdir()
    theirs = list(csv.reader(converted.open(encoding="utf-8")))
    ours = _sheet_rows(data, INVENTORY, "openpyxl")
    assert len(theirs) == len(ours)
    for mine, row in zip(ours, theirs, strict=True):
        row += [""] * (len(mine) - len(row))
        for value, text in zip(mine, row, strict=True):
            if value is None or isinstance(value, str):
                assert text == (value or "")
            else:
                assert float(text) == pytest.approx(value, rel=1e-14, abs=0)


# --- the zip writer ---------------------------------------------------------------------

def test_zip_writer_archive_is_read_by_zipfile_with_pinned_dates():
    archive = zipwrite.ZipWriter((2026, 4, 1, 9, 30, 17))
    archive.add("a.xml", b"<a/>" * 1000)
    with archive.member("big.xml", fast=True) as member:
        for i in range(50):
            member.write(f"<row>{i}</row>".encode() * 2000)
            member.write(memoryview(b"<x/>"))
    data = archive.getvalue()
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert z.testzip() is None  # every CRC checks
        assert [i.filename for i in z.infolist()] == ["a.xml", "big.xml"]
        assert {i.date_time for i in z.infolist()} == {(2026, 4, 1, 9, 30, 16)}  # 2 s steps
        assert {i.external_attr >> 16 for i in z.infolist()} == {0o644}
        assert z.read("a.xml") == b"<a/>" * 1000
        assert z.read("big.xml") == b"".join(f"<row>{i}</row>".encode() * 2000 + b"<x/>"
                                             for i in range(50))


def test_zip_writer_uses_isal_for_the_big_members():
    pytest.importorskip("isal")
    from isal import isal_zlib

    content = b"".join(b"<c><v>%d</v></c>" % i for i in range(20000))
    archive = zipwrite.ZipWriter((2026, 1, 1, 0, 0, 0))
    archive.add("s.xml", content, fast=True)
    archive.add("t.xml", content)
    data = archive.getvalue()
    fast = isal_zlib.compressobj(1, zlib.DEFLATED, -15)
    small = zlib.compressobj(6, zlib.DEFLATED, -15)
    assert fast.compress(content) + fast.flush() in data  # ISA-L level 1
    assert small.compress(content) + small.flush() in data  # zlib level 6


def test_zip_writer_dates_before_1980_and_zip64_records(monkeypatch):
    monkeypatch.setattr(zipwrite, "ZIP64_LIMIT", 100)  # every size and offset "large"
    monkeypatch.setattr(zipwrite, "ZIP64_ENTRIES", 2)
    archive = zipwrite.ZipWriter((1970, 1, 1, 0, 0, 0))
    archive.add("one.xml", b"1" * 500)
    archive.add("two.xml", b"2" * 50)
    archive.add("three.xml", bytes(range(256)) * 4)
    with zipfile.ZipFile(io.BytesIO(archive.getvalue())) as z:
        assert z.testzip() is None
        assert [z.read(n) for n in ("one.xml", "two.xml", "three.xml")] == [
            b"1" * 500, b"2" * 50, bytes(range(256)) * 4]
        assert {i.date_time for i in z.infolist()} == {(1980, 1, 1, 0, 0, 0)}
