"""Bounded, honest reading of workbooks (issue 10, lca/xlsxguard.py).

Every input is written in tmp_path: workbooks by openpyxl (`builders.write_book`), then
single cells replaced by raw XML where openpyxl cannot write what is tested (`patch`), or
whole zips assembled here (`raw_book`) for what no spreadsheet program writes (a cell at
XFD1048576, a zip bomb, a lying header). Cell references count as in Excel.

The cases that would abort a process whose guard failed (calamine's allocation of the
dense grid) run in a real `cfp` process under an address-space limit, so that a
regression fails a test instead of killing the test run.
"""

from __future__ import annotations

import io
import os
import random
import re
import resource
import struct
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

import pytest
from builders import MINIMAL_BOM, PROCESSES, SETTINGS, write_book

from cfp.lca.api import Options, calculate
from cfp.lca.errors import InputError
from cfp.lca.read import prefetch, xlsxguard
from cfp.lca.read.workbook import open_workbook, read_csv_rows
from cfp.lca.read.xlsxguard import Limits

CFP = Path(sys.executable).with_name("cfp")
MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
#: 品番 個数 材質 重量(kg) on row 1, P-1 2 SS400 1.5 on row 2 (a BOM that computes).
BOM_ROWS = ('<row r="1"><c r="A1" t="inlineStr"><is><t>品番</t></is></c>'
            '<c r="B1" t="inlineStr"><is><t>個数</t></is></c>'
            '<c r="C1" t="inlineStr"><is><t>材質</t></is></c>'
            '<c r="D1" t="inlineStr"><is><t>重量(kg)</t></is></c></row>'
            '<row r="2"><c r="A2" t="inlineStr"><is><t>P-1</t></is></c><c r="B2"><v>2</v></c>'
            '<c r="C2" t="inlineStr"><is><t>SS400</t></is></c><c r="D2"><v>1.5</v></c></row>')


# --- fixtures -------------------------------------------------------------------------------


def patch(path: Path, cells: dict[str, str], sheet: int = 1) -> Path:
    """Replace cells of worksheet number `sheet` (written by openpyxl) by raw XML."""
    part = f"xl/worksheets/sheet{sheet}.xml"
    data = path.read_bytes()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as zin, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            body = zin.read(item.filename)
            if item.filename == part:
                text = body.decode()
                for ref, xml in cells.items():
                    text, count = re.subn(rf'<c r="{ref}"[^>]*?(?:/>|>.*?</c>)', xml, text,
                                          count=1)
                    assert count == 1, ref
                body = text.encode()
            zout.writestr(item, body)
    path.write_bytes(out.getvalue())
    return path


def error(ref: str, value: str) -> str:
    return f'<c r="{ref}" t="e"><v>{value}</v></c>'


def raw_book(path: Path, rows_xml: str, *, root: str = "worksheet", prefix: str = "",
             dimension: str | None = None, extra: dict[str, bytes] | None = None,
             workbook_sheets: str | None = None) -> Path:
    """The smallest workbook calamine opens: one sheet `部品表` holding `rows_xml`
    (written with `prefix` on every element when given)."""
    p = prefix
    dim = f'<{p}dimension ref="{dimension}"/>' if dimension else ""
    ns = f'xmlns:{p[:-1]}' if p else "xmlns"
    sheet = (f'<?xml version="1.0" encoding="UTF-8"?><{p}{root} {ns}='
             f'"http://schemas.openxmlformats.org/spreadsheetml/2006/main">{dim}'
             f"<{p}sheetData>{rows_xml}</{p}sheetData></{p}{root}>")
    sheets = workbook_sheets or '<sheets><sheet name="部品表" sheetId="1" r:id="rId1"/></sheets>'
    parts = {
        "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.'
        'openxmlformats.org/package/2006/content-types"><Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="'
        'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"'
        ' Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0"?><workbook {MAIN} xmlns:r="http://schemas.'
        f'openxmlformats.org/officeDocument/2006/relationships">{sheets}</workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0"?><Relationships xmlns="http://'
        'schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": sheet,
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as book:
        for name, text in parts.items():
            book.writestr(name, text)
        for name, data in (extra or {}).items():
            book.writestr(name, data)
    return path


def problems(path: Path, **options: object) -> list:
    with pytest.raises(InputError) as info:
        calculate(path, Options(**options))  # type: ignore[arg-type]
    return info.value.problems


def refused(path: Path, limits: Limits | None = None) -> list:
    with pytest.raises(InputError) as info:
        book = open_workbook(path, limits=limits)
        for sheet in book.sheet_names:
            book.rows(sheet)
    return info.value.problems


def run_cfp(path: Path, *args: str, memory: int = 2 << 30) -> subprocess.CompletedProcess:
    """The real CLI under an address-space limit (a reader that expands a bomb or
    allocates the dense grid fails instead of taking the machine)."""
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))

    env = {**os.environ, "CFP_LANG": "en", "COLUMNS": "400", "OPENBLAS_NUM_THREADS": "1"}
    return subprocess.run([str(CFP), "calc", str(path), *args], capture_output=True,
                          text=True, timeout=120, preexec_fn=limit, check=False, env=env)


# --- error cells and formulas without a value ------------------------------------------------


def bom_with(tmp_path: Path, cells: dict[str, str], extra: list | None = None) -> Path:
    """MINIMAL_BOM (品番 個数 品名 材質 重量(kg), rows 2-3) plus a raw-weight column F."""
    rows = [[*MINIMAL_BOM[0], "素材重量(kg)", "メモ"], [*MINIMAL_BOM[1], 2.0, "x"],
            [*MINIMAL_BOM[2], 0.6, "y"], *(extra or [])]
    return patch(write_book(tmp_path / "bom.xlsx", {"部品表": rows}), cells)


def test_error_cells_are_problems_naming_cell_and_error(tmp_path: Path) -> None:
    # F2 is P-1's raw weight (#N/A), B3 P-2's quantity (#REF!): both in one run
    path = bom_with(tmp_path, {"F2": error("F2", "#N/A"), "B3": error("B3", "#REF!")})
    found = {(p.code, p.sheet, p.cell, p.value) for p in problems(path)}
    assert ("cell.excel_error", "部品表", "F2", "#N/A") in found
    assert ("cell.excel_error", "部品表", "B3", "#REF!") in found
    message = next(p for p in problems(path) if p.cell == "F2").message("en")
    assert message == (f"{path}: 部品表!F2: #N/A — enter a value, or open and save the "
                       "workbook in Excel so formulas are calculated.")
    assert "値を入力" in next(p for p in problems(path) if p.cell == "F2").message("ja")


def test_formula_without_cached_value_is_a_problem(tmp_path: Path) -> None:
    # openpyxl writes formulas without a cached value: E2 (P-1's net weight) is =F2*0.75
    rows = [[*MINIMAL_BOM[0], "素材重量(kg)"], ["P-1", 2, "plate", "SS400", "=F2*0.75", 2.0]]
    path = write_book(tmp_path / "bom.xlsx", {"部品表": rows})
    [found] = [p for p in problems(path) if p.code == "cell.formula_no_value"]
    assert (found.sheet, found.cell, found.value) == ("部品表", "E2", "=F2*0.75")
    assert "has no calculated value" in found.message("en")


def test_shared_formula_child_without_value(tmp_path: Path) -> None:
    # E3 is a child of a shared formula (no text) and has no value either
    path = bom_with(tmp_path, {"E3": '<c r="E3"><f t="shared" si="0"/></c>'})
    [found] = problems(path)
    assert (found.code, found.cell, found.value) == ("cell.shared_formula_no_value", "E3", None)


def test_formulas_with_values_and_empty_strings_are_fine(tmp_path: Path) -> None:
    # E2 =F2*0.75 cached 1.5; C3 (name) a formula whose result is the empty string
    path = bom_with(tmp_path, {"E2": '<c r="E2"><f>F2*0.75</f><v>1.5</v></c>',
                               "C3": '<c r="C3" t="str"><f>IF(1,"","x")</f><v></v></c>'})
    result = calculate(path)
    assert result.total > 0


def test_issues_outside_the_table_are_not_reported(tmp_path: Path) -> None:
    # G2 is in the unmapped メモ column, H4 right of the table: neither is read
    path = bom_with(tmp_path, {"G2": error("G2", "#N/A"), "H4": error("H4", "#REF!")},
                    extra=[[None] * 7 + ["note"]])
    assert calculate(path).total > 0


def test_error_in_a_process_time_column(tmp_path: Path) -> None:
    rows = [["品番", "個数", "材質", "重量(kg)", "旋盤 加工(分)"], ["P-1", 1, "SS400", 1.0, 3]]
    path = write_book(tmp_path / "bom.xlsx", {"部品表": rows, "工程": PROCESSES})
    patch(path, {"E2": error("E2", "#VALUE!")})
    found = [(p.code, p.cell, p.value) for p in problems(path)]
    assert ("cell.excel_error", "E2", "#VALUE!") in found


def test_errors_in_master_and_factor_sheets(tmp_path: Path) -> None:
    factors = [["キー", "単位", "排出原単位", "出典"], ["SS400", "kg", 2.5, "自社"]]
    path = write_book(tmp_path / "bom.xlsx", {"部品表": MINIMAL_BOM, "工程": PROCESSES,
                                              "排出原単位": factors})
    patch(path, {"B2": error("B2", "#DIV/0!")}, sheet=2)  # 工程!B2: the lathe's rated power
    patch(path, {"C2": error("C2", "#N/A")}, sheet=3)  # 排出原単位!C2: SS400's factor
    found = {(p.code, p.sheet, p.cell, p.value) for p in problems(path)}
    assert ("cell.excel_error", "工程", "B2", "#DIV/0!") in found
    assert ("cell.excel_error", "排出原単位", "C2", "#N/A") in found


def test_error_in_an_external_factor_workbook(tmp_path: Path) -> None:
    bom = write_book(tmp_path / "bom.xlsx", {"部品表": MINIMAL_BOM})
    factors = write_book(tmp_path / "f.xlsx", {"Factors": [
        ["key", "unit", "factor", "source"], ["SS400", "kg", 2.5, "own"]]})
    patch(factors, {"C2": error("C2", "#NAME?")})
    found = [(p.code, p.file, p.sheet, p.cell) for p in problems(bom, factor_files=[factors])]
    assert ("cell.excel_error", str(factors), "Factors", "C2") in found


def test_settings_value_cells_can_be_checked(tmp_path: Path) -> None:
    # the API masters.read_settings is to call for the value cell it takes (設定!B2)
    path = write_book(tmp_path / "bom.xlsx", {"部品表": MINIMAL_BOM, "設定": SETTINGS})
    patch(path, {"B2": error("B2", "#N/A")}, sheet=2)
    book = open_workbook(path)
    book.rows("設定")
    [found] = book.cell_problems("設定", range(1, 2), [1])
    assert (found.code, found.cell, found.value) == ("cell.excel_error", "B2", "#N/A")
    assert book.cell_problems("設定", range(0, 1), [1]) == []


def test_prefixed_elements_and_cells_without_r(tmp_path: Path) -> None:
    # x:-prefixed XML (as the OpenXML SDK writes it); row 2's cells carry no r attribute:
    # calamine places them in A2, B2... so B2 (quantity) is the #N/A
    rows = BOM_ROWS.replace('<row r="2"><c r="A2" t="inlineStr"><is><t>P-1</t></is></c>'
                            '<c r="B2"><v>2</v></c>',
                            '<row r="2"><c t="inlineStr"><is><t>P-1</t></is></c>'
                            '<c t="e"><v>#N/A</v></c>')
    rows = re.sub(r"<(/?)(row|c|v|is|t)\b", r"<\1x:\2", rows)
    path = raw_book(tmp_path / "bom.xlsx", rows, prefix="x:")
    found = [(p.code, p.cell, p.value) for p in problems(path)]
    assert ("cell.excel_error", "B2", "#N/A") in found


# --- the rectangle calamine allocates ---------------------------------------------------------


@pytest.mark.parametrize("cell", [
    '<c r="XFD1048576"><v>1</v></c>',  # plain
    '<c r="A3" r="XFD1048576"><v>1</v></c>',  # a second r: calamine takes the last
    "<c r='XFD1048576'><v>1</v></c>",  # single quotes
    '<c r = "XFD1048576"><v>1</v></c>',  # spaces around =
    '<y:c xmlns:y="urn:y" r="XFD1048576"><v>1</v></y:c>',  # another prefix
    '<c s="1"\tr="XFD1048576"><v>1</v></c>',  # r not first, after a tab
    '<c r="xfd1048576"><v>1</v></c>',  # lower case
])
def test_a_far_cell_is_refused_in_any_spelling(tmp_path: Path, cell: str) -> None:
    path = raw_book(tmp_path / "bom.xlsx", BOM_ROWS + f'<row r="1048576">{cell}</row>')
    [found] = refused(path)
    assert (found.code, found.sheet, found.value) == ("sheet.too_many_cells", "部品表",
                                                      "XFD1048576")
    assert "--max-cells" in found.message("en") and "--max-cells" in found.message("ja")


def test_cells_without_r_counted_like_calamine(tmp_path: Path) -> None:
    # 20,000 empty cells without r, then a value: calamine puts it in column 20,001
    row = '<row r="3">' + "<c/>" * 20_000 + "<c><v>1</v></c></row>"
    path = raw_book(tmp_path / "bom.xlsx", BOM_ROWS + row)
    [found] = refused(path, Limits(max_cells=50_000))
    assert found.value == f"{xlsxguard.column_name(20_001)}3"


def test_empty_styled_cells_far_away_do_not_count(tmp_path: Path) -> None:
    # calamine keeps no empty cell: a styled empty XFD1048576 allocates nothing
    path = raw_book(tmp_path / "bom.xlsx",
                    BOM_ROWS + '<row r="1048576"><c r="XFD1048576" s="1"/></row>')
    assert calculate(path).total > 0


def test_declared_dimension_is_not_trusted_nor_refused(tmp_path: Path) -> None:
    path = raw_book(tmp_path / "bom.xlsx", BOM_ROWS, dimension="A1:XFD1048576")
    assert calculate(path).total > 0


def test_max_cells_limit_names_the_option(tmp_path: Path) -> None:
    path = write_book(tmp_path / "bom.xlsx", {"部品表": MINIMAL_BOM})  # A1:E3, 15 cells
    [found] = refused(path, Limits(max_cells=14))
    assert (found.code, found.value) == ("sheet.too_many_cells", "E3")
    assert found.params["cells"] == "15" and found.params["limit"] == "14"
    open_workbook(path, limits=Limits(max_cells=15)).rows("部品表")


def random_sheet(rng: random.Random) -> tuple[str, int, int]:
    """Rows of plain cells at random places, some empty, some errors; (xml, rows, cols)
    of the cells holding something (the first one always does)."""
    rows, last_row, last_col = [], 0, 0
    for r in sorted(rng.sample(range(1, 3000), rng.randint(1, 30))):
        cells = []
        for c in sorted(rng.sample(range(1, 800), rng.randint(1, 6))):
            ref = f"{xlsxguard.column_name(c)}{r}"
            if rng.random() < 0.2 and last_row:
                cells.append(f'<c r="{ref}" s="2"/>')
                continue
            value = error(ref, "#N/A") if rng.random() < 0.1 else f'<c r="{ref}"><v>{c}</v></c>'
            cells.append(value)
            last_row, last_col = max(last_row, r), max(last_col, c)
        rows.append(f'<row r="{r}">{"".join(cells)}</row>')
    return "".join(rows), last_row, last_col


@pytest.mark.parametrize("seed", range(12))
def test_fast_scan_agrees_with_the_exact_one_and_calamine(tmp_path: Path, seed: int) -> None:
    import python_calamine

    xml, rows, cols = random_sheet(random.Random(seed))
    path = raw_book(tmp_path / "s.xlsx", xml)
    package = xlsxguard.open_package(path)
    fast = package.scan("部品表")
    part = package.sheet_part("部品表").part  # type: ignore[union-attr]
    exact = xlsxguard.exact_scan("部品表", package.inflate(part), 10**9)  # type: ignore[arg-type]
    assert not fast.exact
    assert (exact.rows, exact.cols) == (rows, cols)
    assert fast.rows >= rows and fast.cols >= cols  # the fast one counts empty cells too
    assert fast.issues() == exact.issues()
    end = python_calamine.CalamineWorkbook.from_path(str(path)).get_sheet_by_name("部品表").end
    assert end == (rows - 1, cols - 1)


SPELLINGS = [
    '<c r="{ref}"><v>1</v></c>', '<c r="{low}" t="b"><v>1</v></c>', '<c r="{ref}" s="2"/>',
    '<c r="{ref}"><f>A1+1</f></c>', '<c r="{ref}" t="e"><v>#DIV/0!</v></c>',
    "<c r='{ref}'><v>2</v></c>", '<c r = "{ref}"><v>1</v></c>', '<x:c r="{ref}"><v>1</v></x:c>',
    '<c s="1" r="{ref}"><v>1</v></c>', '<c><v>1</v></c>', '<c r="{col}0{row}"><v>1</v></c>',
    '<c r="{ref}" r="B2"><v>1</v></c>', '<c r="{ref}"><is><t>a:c "b</t></is></c>',
]


def random_region(rng: random.Random, odd: bool) -> bytes:
    """Rows of cells in plain spellings, and with `odd` in others too (cases the small
    path must either read exactly as the vectorised one does, or leave to it)."""
    rows = []
    for r in sorted(rng.sample(range(1, 1_048_576), rng.randint(1, 20))):
        cells = []
        for c in sorted(rng.sample(range(1, 16_384), rng.randint(1, 5))):
            spelling = rng.choice(SPELLINGS) if odd and rng.random() < 0.2 else SPELLINGS[
                rng.choice([0, 0, 0, 2, 3, 4])]
            col = xlsxguard.column_name(c)
            cells.append(spelling.format(ref=f"{col}{r}", low=f"{col.lower()}{r}", col=col,
                                         row=r))
        rows.append(f'<row r="{r}">{"".join(cells)}</row>')
    return "".join(rows).encode()


@pytest.mark.parametrize("seed", range(200))
def test_small_region_path_agrees_with_the_vectorised_one(
        seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    import numpy as np

    odd = seed % 2 == 1
    text = random_region(random.Random(seed), odd)
    small, vectorised = xlsxguard.FastScan(np), xlsxguard.FastScan(np)
    small.spans = vectorised.spans = True  # the rows named, which `pieces` cuts by
    taken = small._small_region(text)
    assert taken or odd  # plain spellings only: the small path reads it
    monkeypatch.setattr(xlsxguard, "SMALL_REGION", -1)  # the vectorised path
    plain = vectorised.region(text + b" " * 16, len(text))
    vectorised.candidates = [c[:len(text)] for c in vectorised.candidates]
    if taken:  # only what the vectorised path accepts, with the same findings
        assert plain is True
        assert (small.rows, small.cols, small.booleans, small.candidates, small.span) == (
            vectorised.rows, vectorised.cols, vectorised.booleans, vectorised.candidates,
            vectorised.span)
    else:  # nothing recorded: the vectorised path decides
        assert (small.rows, small.cols, small.booleans, small.candidates) == (0, 0, False, [])


def test_small_region_reads_the_far_corner() -> None:
    import numpy as np

    scan = xlsxguard.FastScan(np)
    text = b'<row r="9"><c r="B9"><v>1</v></c><c r="xfd1048576" t="b"><v>1</v></c></row>'
    assert scan._small_region(text)
    assert (scan.rows, scan.cols, scan.booleans, scan.candidates) == (1048576, 16384, True, [])


# --- the zip ------------------------------------------------------------------------------


def test_zip_bomb_by_ratio(tmp_path: Path) -> None:
    # 64 MB of spaces compress to ~64 KB: 1000:1
    path = raw_book(tmp_path / "bom.xlsx", BOM_ROWS + " " * (64 << 20))
    [found] = refused(path)
    assert (found.code, found.params["part"]) == ("file.zip_ratio", "xl/worksheets/sheet1.xml")


def test_part_and_total_size_limits(tmp_path: Path) -> None:
    filler = random.Random(1).randbytes(3 << 20)  # incompressible
    path = raw_book(tmp_path / "bom.xlsx", BOM_ROWS, extra={"xl/media/a.bin": filler,
                                                           "xl/media/b.bin": filler})
    [part] = refused(path, Limits(max_unzipped_mb=2))
    assert (part.code, part.params["part"], part.params["limit"]) == (
        "file.part_too_large", "xl/media/a.bin", 2)
    assert "--max-unzipped-mb" in part.message("en")
    [total] = refused(path, Limits(max_unzipped_mb=5))
    assert (total.code, total.params["size"]) == ("file.unzipped_too_large", "6.0")
    open_workbook(path, limits=Limits(max_unzipped_mb=7)).rows("部品表")


def lie_about_size(path: Path, part: str, size: int) -> Path:
    """Patch the uncompressed size of `part` in its local and central headers."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as book:
        offset = book.getinfo(part).header_offset
    struct.pack_into("<I", data, offset + 22, size)  # the local header's size field
    patched = 0
    for at in (m.start() for m in re.finditer(rb"PK\x01\x02", bytes(data))):
        name_length = struct.unpack_from("<H", data, at + 28)[0]
        if data[at + 46:at + 46 + name_length] == part.encode():
            struct.pack_into("<I", data, at + 24, size)  # the central header's
            patched += 1
    assert patched == 1
    path.write_bytes(bytes(data))
    return path


def test_a_part_larger_than_declared_is_refused(tmp_path: Path) -> None:
    path = raw_book(tmp_path / "bom.xlsx", BOM_ROWS + "<row/>" * 100_000)
    lie_about_size(path, "xl/worksheets/sheet1.xml", 1000)
    [found] = refused(path)
    assert (found.code, found.params["part"]) == ("file.zip_size_lies",
                                                 "xl/worksheets/sheet1.xml")


def test_shared_strings_count_that_lies(tmp_path: Path) -> None:
    sst = (f'<?xml version="1.0"?><sst {MAIN} count="4294967295" uniqueCount="4294967295">'
           "<si><t>x</t></si></sst>").encode()
    path = raw_book(tmp_path / "bom.xlsx", BOM_ROWS, extra={"xl/sharedStrings.xml": sst})
    [found] = refused(path)
    assert (found.code, found.params["count"]) == ("file.shared_strings_count",
                                                   "4,294,967,295")


def test_no_sheets(tmp_path: Path) -> None:
    path = raw_book(tmp_path / "bom.xlsx", BOM_ROWS, workbook_sheets="<sheets/>")
    [found] = problems(path)
    assert (found.code, found.file) == ("file.no_sheets", str(path))


# --- formats --------------------------------------------------------------------------------


def ole2(stream_name: str) -> bytes:
    """A compound file whose directory names one stream (enough for the sniff)."""
    name = (stream_name + "\0").encode("utf-16-le")
    entry = struct.pack("<64sH", name, len(name)).ljust(128, b"\0")
    return xlsxguard.OLE2_MAGIC + b"\0" * 504 + entry.ljust(512, b"\0")


@pytest.mark.parametrize(("name", "data", "code"), [
    ("bom.xlsx", ole2("Workbook"), "file.xls"),  # Excel 97-2003 bytes under .xlsx
    ("bom.xlsx", ole2("EncryptedPackage"), "file.encrypted"),  # a password-protected one
    ("bom.xlsx", b"PK\x03\x04" + b"\0" * 100, "file.not_workbook"),  # a broken zip
    ("bom.xlsx", random.Random(3).randbytes(4096), "file.not_workbook"),
    ("bom.xls", ole2("Workbook"), "file.xls"),
    ("bom.xlsb", b"PK\x03\x04", "file.xlsb"),
    ("bom.ods", b"PK\x03\x04", "file.ods"),
])
def test_formats_cfp_cannot_check_are_refused(tmp_path: Path, name: str, data: bytes,
                                              code: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    [found] = problems(path)
    assert (found.code, found.file) == (code, str(path))


@pytest.mark.parametrize(("part", "body", "code"), [
    ("mimetype", b"application/vnd.oasis.opendocument.spreadsheet", "file.ods"),
    ("xl/workbook.bin", b"\0" * 16, "file.xlsb"),
])
def test_other_zip_formats_under_an_xlsx_name(tmp_path: Path, part: str, body: bytes,
                                              code: str) -> None:
    path = tmp_path / "bom.xlsx"
    with zipfile.ZipFile(path, "w") as book:
        book.writestr(part, body)
    [found] = problems(path)
    assert found.code == code
    assert ".xlsx" in found.message("en")


# --- CSV ---------------------------------------------------------------------------------


def test_csv_field_over_the_csv_limit(tmp_path: Path) -> None:
    path = tmp_path / "f.csv"
    path.write_text("キー,単位,排出原単位,出典\nSS400,kg,2.5," + "出典" * 70_000 + "\n",
                    encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_csv_rows(path)
    [found] = info.value.problems
    assert (found.code, found.file, found.params["line"]) == ("csv.field_too_long", str(path), 2)


def test_workbook_bytes_named_csv(tmp_path: Path) -> None:
    book = write_book(tmp_path / "book.xlsx", {"部品表": MINIMAL_BOM})
    named_csv = tmp_path / "book.csv"
    named_csv.write_bytes(book.read_bytes())
    with pytest.raises(InputError) as info:
        read_csv_rows(named_csv)
    assert info.value.problems[0].code == "csv.is_workbook"


def test_csv_limits(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_text("a,b,c\n" + "1,2,3\n" * 200_000, encoding="utf-8")  # 1.2 MB, 600k cells
    with pytest.raises(InputError) as info:
        read_csv_rows(path, Limits(max_unzipped_mb=1))
    assert info.value.problems[0].code == "csv.too_large"
    with pytest.raises(InputError) as info:
        read_csv_rows(path, Limits(max_cells=600_000))
    found = info.value.problems[0]
    assert (found.code, found.params["limit"]) == ("csv.too_many_cells", "600,000")
    assert len(read_csv_rows(path, Limits(max_cells=600_003))) == 200_001


# --- hidden sheets and the prefetch ----------------------------------------------------------


def test_hidden_sheets_that_were_read(tmp_path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows, state in (("部品表", MINIMAL_BOM, "visible"), ("工程", PROCESSES,
                              "veryHidden"), ("メモ", [["x"]], "hidden")):
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
        sheet.sheet_state = state
    book.save(tmp_path / "bom.xlsx")
    opened = open_workbook(tmp_path / "bom.xlsx")
    assert opened.hidden_sheets_read() == []
    opened.rows("部品表")
    opened.rows("工程")
    assert opened.hidden_sheets_read() == ["工程"]  # メモ is hidden but was not read


def test_prefetched_sheet_is_guarded_and_scanned(tmp_path: Path) -> None:
    path = bom_with(tmp_path, {"F2": error("F2", "#N/A")})
    early = prefetch.start(path)
    assert early is not None and early.scan is not None
    found = problems(path, prefetched=early)
    assert ("cell.excel_error", "F2") in {(p.code, p.cell) for p in found}
    far = raw_book(tmp_path / "far.xlsx",
                   BOM_ROWS + '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>')
    early = prefetch.start(far)
    assert early is not None and not early.wait()  # refused: calamine never parsed it
    [found] = problems(far, prefetched=early)  # the usual path reports it
    assert found.code == "sheet.too_many_cells"


# --- the real process ------------------------------------------------------------------------


def bomb_book(path: Path) -> Path:
    """400 MiB of zeros as the sheet, deflated to ~0.4 MB (1000:1), under the size limit."""
    packer, crc, body = zlib.compressobj(9, zlib.DEFLATED, -15), 0, []
    block = b"\0" * (4 << 20)
    for _ in range(100):
        body.append(packer.compress(block))
        crc = zlib.crc32(block, crc)
    body.append(packer.flush())
    path.write_bytes(zip_of([("xl/worksheets/sheet1.xml", b"".join(body), crc, 400 << 20)]))
    return path


def test_cli_far_cell_and_zip_bomb_exit_2_under_a_memory_limit(tmp_path: Path) -> None:
    far = raw_book(tmp_path / "far.xlsx",
                   BOM_ROWS + '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>')
    assert far.stat().st_size < 10_000
    bomb = bomb_book(tmp_path / "bomb.xlsx")
    for path, words in ((far, ("部品表", "XFD1048576", "--max-cells")),
                        (bomb, ("sheet1.xml", "zip bomb"))):
        result = run_cfp(path, "--format", "json")
        assert result.returncode == 2, result.stderr
        assert path.name in result.stderr
        for word in words:
            assert word in result.stderr
        for crash in ("Traceback", "panicked", "memory allocation", "internal error"):
            assert crash not in result.stderr


def zip_of(entries: list[tuple[str, bytes, int, int]]) -> bytes:
    """A zip of pre-deflated entries (name, raw deflate, crc, size)."""
    out, central = bytearray(), bytearray()
    for name, data, crc, size in entries:
        raw = name.encode()
        fields = (20, 0, 8, 0, 0x5C21, crc, len(data), size, len(raw))
        offset = len(out)
        out += struct.pack("<4s5H3I2H", b"PK\x03\x04", *fields, 0) + raw + data
        central += struct.pack("<4s6H3I5H2I", b"PK\x01\x02", 20, *fields, 0, 0, 0, 0, 0,
                               offset) + raw
    end = struct.pack("<4s4H2IH", b"PK\x05\x06", 0, 0, len(entries), len(entries),
                      len(central), len(out), 0)
    return bytes(out + central + end)
