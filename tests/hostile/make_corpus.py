"""The hostile-input corpus of issue 10 ("Defensible numbers"): generated, never committed.

    python tests/hostile/make_corpus.py OUTDIR     # one folder per case, plus cases.json

`tests/test_hostile.py` calls `write_corpus` into a temporary folder once per test session
and runs the real `cfp` process on every case. A case is one folder holding its input
files, the `cfp` arguments to run in that folder, the exit code expected, and what stderr
must name: the places (file, `sheet!cell`, sheet, option, JSON path; the same in every
language) and one keyword of the problem in English (e.g. `#N/A`). Cell references count
as in Excel. Each case says what is hostile in it and where.

Workbooks are written with openpyxl, then single cells are replaced by raw XML where
openpyxl cannot write the hostile value (error cells, `1e999`, control characters); the
files that are not valid workbooks (zip bombs, OLE2, truncated) are assembled byte by
byte here. Apart from the bad-input table's damaged workbook, two runs give the same
bytes.

The representative cases of the existing bad-input table (`tests/test_bad_input.py`
`CASES`) are taken from that table, so a fixture is written in one place only.
"""

from __future__ import annotations

import io
import json
import random
import re
import struct
import sys
import zipfile
import zlib
from dataclasses import asdict, dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

import openpyxl

TESTS = Path(__file__).resolve().parents[1]

Rows = list[list[object]]
#: A substring stderr must contain, or a tuple of alternatives (any one will do).
Want = str | tuple[str, ...]


@dataclass(frozen=True)
class Case:
    """One hostile input and what `cfp` must do with it."""

    id: str
    kind: str  # the class of issue 10 it belongs to
    what: str  # what is hostile in it, and in which cell
    files: dict[str, bytes]  # name (may contain '/') -> bytes, written in the case folder
    args: tuple[str, ...]  # cfp arguments, run in the case folder; {case} = its path
    exit_code: int
    places: tuple[Want, ...]  # named in stderr in every language (exact text)
    keyword: Want = ()  # one word of the problem, English (case-insensitive)
    outputs: tuple[str, ...] = ()  # files a successful run creates or replaces
    symlinks: dict[str, str] = field(default_factory=dict)  # link name -> target
    warning: str | None = None  # a warning of the JSON on stdout must name this
    fsize_limit: int | None = None  # RLIMIT_FSIZE of the run (bytes): writes fail
    env: dict[str, str] = field(default_factory=dict)  # environment; {case} = its path
    read_only: tuple[str, ...] = ()  # folders made 0555 for the run (no effect as root)
    japanese: bool = False  # also run with --lang ja (the same places must be named)
    clean_stdout: bool = False  # stdout (the terminal table) has no raw control characters


# --- workbooks ----------------------------------------------------------------------------


def xlsx(sheets: dict[str, Rows], merges: dict[str, list[str]] | None = None,
         states: dict[str, str] | None = None) -> bytes:
    """A workbook written by openpyxl from rows (`None` leaves a cell empty); `states`
    hides sheets ("hidden" or "veryHidden")."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
        for rng in (merges or {}).get(name, []):
            sheet.merge_cells(rng)
        sheet.sheet_state = (states or {}).get(name, "visible")
    if all(s.sheet_state != "visible" for s in book.worksheets):
        # a workbook needs one visible sheet: a small note sheet after the hidden ones
        book.create_sheet("メモ").append(["note"])
    data = io.BytesIO()
    book.save(data)
    return _pin_times(data.getvalue())


def _pin_times(data: bytes) -> bytes:
    """The same workbook with fixed zip entry times and document dates: reproducible."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as zin, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            body = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                body = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2026-04-01T00:00:00Z", body)
            zout.writestr(zipfile.ZipInfo(item.filename, (2026, 4, 1, 0, 0, 0)), body,
                          zipfile.ZIP_DEFLATED)
    return out.getvalue()


def patch_cells(data: bytes, cells: dict[str, str], sheet: int = 1) -> bytes:
    """Replace cells of worksheet number `sheet` by raw XML (`{"B2": "<c r=...>"}`): the
    cell must exist (openpyxl wrote a placeholder there)."""
    part = f"xl/worksheets/sheet{sheet}.xml"
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
                    assert count == 1, f"no cell {ref} in {part}"
                body = text.encode()
            zout.writestr(item, body)
    return out.getvalue()


def error_cell(ref: str, error: str) -> str:
    """An Excel error value as Excel stores it: `<c t="e"><v>#N/A</v></c>`."""
    return f'<c r="{ref}" t="e"><v>{error}</v></c>'


def number_cell(ref: str, literal: str) -> str:
    """A numeric cell whose stored literal is not a finite number (`1e999`, `NaN`)."""
    return f'<c r="{ref}"><v>{literal}</v></c>'


def text_cell(ref: str, text: str) -> str:
    """An inline-string cell; control characters in the OOXML escape `_x001B_`, which
    Excel writes for characters XML 1.0 cannot hold (and readers decode)."""
    body = escape(text)
    body = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", lambda m: f"_x{ord(m[0]):04X}_", body)
    return f'<c r="{ref}" t="inlineStr"><is><t>{body}</t></is></c>'


# --- zip and OLE2 files assembled by hand --------------------------------------------------


@dataclass(frozen=True)
class Deflated:
    """A zip entry already compressed (raw deflate), with its CRC and expanded size."""

    data: bytes
    crc: int
    size: int


def deflated(data: bytes) -> Deflated:
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    return Deflated(packer.compress(data) + packer.flush(), zlib.crc32(data), len(data))


def repeated(unit: bytes, count: int, head: bytes = b"", tail: bytes = b"") -> Deflated:
    """`head + unit * count + tail`, deflated without ever holding the expanded bytes.

    A ~1 MiB run of `unit` is compressed once (a fresh compressor, ended by a sync flush:
    byte-aligned, not final, referring only to its own bytes), and that block is repeated;
    raw deflate blocks can be concatenated this way. The CRC is computed over the same
    1 MiB run repeated (~1 s for 2 GiB)."""
    per_run = max(1, (1 << 20) // len(unit))
    runs, rest = divmod(count, per_run)

    def block(data: bytes, final: bool = False) -> bytes:
        packer = zlib.compressobj(9, zlib.DEFLATED, -15)
        return packer.compress(data) + packer.flush(zlib.Z_FINISH if final
                                                    else zlib.Z_SYNC_FLUSH)

    run = unit * per_run
    crc = zlib.crc32(head)
    for _ in range(runs):
        crc = zlib.crc32(run, crc)
    crc = zlib.crc32(tail, zlib.crc32(unit * rest, crc))
    body = block(head) + block(run) * runs + block(unit * rest) + block(tail, final=True)
    size = len(head) + len(unit) * count + len(tail)
    assert size < 1 << 32, "no zip64 here"
    return Deflated(body, crc, size)


def zip_bytes(entries: list[tuple[str, bytes | Deflated]]) -> bytes:
    """A zip file (deflate, fixed 2026-04-01 times) written field by field, so that an
    entry may be a pre-compressed bomb."""
    out, central = bytearray(), bytearray()
    dos_time, dos_date = 0, ((2026 - 1980) << 9) | (4 << 5) | 1
    for name, body in entries:
        entry = body if isinstance(body, Deflated) else deflated(body)
        raw_name = name.encode()
        fields = (20, 0x0800, 8, dos_time, dos_date, entry.crc, len(entry.data), entry.size,
                  len(raw_name))
        offset = len(out)
        out += struct.pack("<4s5H3I2H", b"PK\x03\x04", *fields, 0) + raw_name + entry.data
        central += struct.pack("<4s6H3I5H2I", b"PK\x01\x02", 20, *fields, 0, 0, 0, 0,
                               0, offset) + raw_name
    end = struct.pack("<4s4H2IH", b"PK\x05\x06", 0, 0, len(entries), len(entries),
                      len(central), len(out), 0)
    return bytes(out + central + end)


CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.'
    'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.'
    'openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
MAIN_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
REL_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
SHEETS_ONE = '<sheets><sheet name="部品表" sheetId="1" r:id="rId1"/></sheets>'
#: The rows of the minimal BOM as sheet XML: 品番 個数 材質 重量(kg) / P-1 2 SS400 1.5.
BOM_ROWS_XML = (
    '<row r="1"><c r="A1" t="inlineStr"><is><t>品番</t></is></c><c r="B1" t="inlineStr">'
    '<is><t>個数</t></is></c><c r="C1" t="inlineStr"><is><t>材質</t></is></c>'
    '<c r="D1" t="inlineStr"><is><t>重量(kg)</t></is></c></row>'
    '<row r="2"><c r="A2" t="inlineStr"><is><t>P-1</t></is></c><c r="B2"><v>2</v></c>'
    '<c r="C2" t="inlineStr"><is><t>SS400</t></is></c><c r="D2"><v>1.5</v></c></row>')


def raw_xlsx(sheet: bytes | Deflated, shared_strings: bytes | Deflated | None = None,
             sheets_xml: str = SHEETS_ONE) -> bytes:
    """The smallest workbook calamine opens, with a given sheet1 and sharedStrings part."""
    workbook = (f'<?xml version="1.0" encoding="UTF-8"?><workbook {MAIN_NS} {REL_NS}>'
                f'{sheets_xml}</workbook>')
    entries: list[tuple[str, bytes | Deflated]] = [
        ("[Content_Types].xml", CONTENT_TYPES.encode()), ("_rels/.rels", ROOT_RELS.encode()),
        ("xl/workbook.xml", workbook.encode()),
        ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS.encode()),
        ("xl/worksheets/sheet1.xml", sheet)]
    if shared_strings is not None:
        entries.append(("xl/sharedStrings.xml", shared_strings))
    return zip_bytes(entries)


def sheet_xml(rows_xml: str, dimension: str | None = None) -> bytes:
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    return (f'<?xml version="1.0" encoding="UTF-8"?><worksheet {MAIN_NS}>{dim}'
            f'<sheetData>{rows_xml}</sheetData></worksheet>').encode()


def ole2(streams: dict[str, bytes]) -> bytes:
    """A compound file (OLE2/CFB v3, 512-byte sectors) holding `streams` as direct
    children of the root: what Excel writes for .xls workbooks and for encrypted .xlsx
    (EncryptionInfo + EncryptedPackage). Each stream is padded to 4,096 bytes, the
    mini-stream cut-off, so that every stream lives in ordinary sectors."""
    free, end, fat_sector, no_stream = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
    bodies = [data.ljust(max(4096, -(-len(data) // 512) * 512), b"\0")
              for data in streams.values()]
    fat = [fat_sector, end]  # sector 0: the FAT, sector 1: the directory
    starts = []
    for body in bodies:
        starts.append(len(fat))
        count = len(body) // 512
        fat += [len(fat) + i + 1 for i in range(count - 1)] + [end]
    assert len(fat) <= 128 and len(streams) <= 3, "one FAT sector, one directory sector"

    def entry(name: str, kind: int, child: int, right: int, start: int, size: int) -> bytes:
        raw = (name + "\0").encode("utf-16-le")
        return struct.pack("<64sHBB3I16sI2Q3I", raw, len(raw), kind, 1, no_stream, right,
                           child, b"\0" * 16, 0, 0, 0, start, size, 0)

    # the children form a chain of right siblings, in the CFB name order (length first)
    names = sorted(streams, key=lambda n: (len(n), n.upper()))
    directory = entry("Root Entry", 5, 1, no_stream, end, 0)
    for i, name in enumerate(names):
        right = i + 2 if i + 1 < len(names) else no_stream
        k = list(streams).index(name)
        directory += entry(name, 2, no_stream, right, starts[k], len(bodies[k]))
    directory = directory.ljust(512, b"\0")
    difat = [0] + [free] * 108
    header = struct.pack("<8s16s5H6s9I109I", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"\0" * 16,
                         0x3E, 3, 0xFFFE, 9, 6, b"\0" * 6, 0, 1, 1, 0, 4096, end, 0, end, 0,
                         *difat)
    fat_bytes = struct.pack("<128I", *(fat + [free] * (128 - len(fat))))
    return header + fat_bytes + directory + b"".join(bodies)


# --- the usual fixtures ---------------------------------------------------------------------

#: P-1: 2 x 1.5 kg SS400, P-2: 1 x 0.5 kg A6063 (built-in factors): a BOM that computes.
MINIMAL_BOM: Rows = [["品番", "個数", "品名", "材質", "重量(kg)"],
                     ["P-1", 2, "plate", "SS400", 1.5], ["P-2", 1, "cover", "A6063", 0.5]]
PROCESSES: Rows = [["工程", "定格電力(kW)", "使用率"], ["旋盤", 10, 0.7]]
SETTINGS: Rows = [["製品名", "テスト製品"], ["電力排出係数", 0.388]]
#: A lathe BOM: 旋盤 merged over E1:F1, 加工/段取 on row 2, P-1's times in E3 (cycle) and
#: F3 (set-up); 工程!B2 is the lathe's rated power.
LATHE_BOM: Rows = [["品番", "個数", "材質", "重量(kg)", "旋盤", None],
                   [None, None, None, None, "加工(分)", "段取(分)"],
                   ["P-1", 1, "SS400", 1.0, 3, 5]]
LATHE = {"merges": {"部品表": ["E1:F1"]}}
FACTOR_CSV_HEADER = "キー,単位,排出原単位,出典\n"
GOOD_FACTORS = (FACTOR_CSV_HEADER + "SS400,kg,2.5,自社\n").encode()


def bom(*extra_rows: list[object], **sheets: Rows) -> bytes:
    """MINIMAL_BOM (rows 1-3) plus rows from row 4, and other sheets by name."""
    return xlsx({"部品表": [*MINIMAL_BOM, *extra_rows], **sheets})


def lathe_bom(**sheets: Rows) -> bytes:
    return xlsx({"部品表": LATHE_BOM, "工程": PROCESSES, "設定": SETTINGS, **sheets},
                **LATHE)


def result_json(total: object = 1.0, **changes: object) -> bytes:
    """A small result as `cfp calc --format json` writes it, with fields replaced."""
    columns = ["row", "part_number", "stage", "flow", "process", "amount", "unit",
               "amount_per_piece", "factor", "factor_unit", "factor_key", "factor_source",
               "data_type", "energy_basis", "kg_co2e"]
    data: dict[str, object] = {
        "schema_version": "1", "product": "テスト製品", "declared_unit": "1 piece",
        "total_kg_co2e": total, "stages": {"materials": total}, "warnings": [],
        "inventory": {"columns": columns, "rows": [
            [2, "P-1", "materials", "SS400", None, 1.0, "kg", 1.0, 1.0, "kg", "steel", "x",
             "secondary", None, total]]}}
    data.update(changes)
    return json.dumps(data, ensure_ascii=False).encode()


def deep(levels: int) -> object:
    value: object = 1.0
    for _ in range(levels):
        value = {"a": value}
    return value


def calc(*args: str) -> tuple[str, ...]:
    return ("calc", *args)


# --- the cases --------------------------------------------------------------------------------


def excel_error_cases() -> list[Case]:
    kind = "excel_error"
    return [
        # 部品表!B2 (P-1's quantity) is the error #N/A, as Excel stores it: t="e"
        Case("error_na_in_quantity", kind, "部品表!B2 holds the error value #N/A",
             {"bom.xlsx": patch_cells(bom(), {"B2": error_cell("B2", "#N/A")})},
             calc("bom.xlsx"), 2, ("bom.xlsx", "部品表!B2"), "#N/A", japanese=True),
        # 部品表!E2 (P-1's net weight, kg) is #REF! (a deleted referenced cell)
        Case("error_ref_in_weight", kind, "部品表!E2 holds #REF!",
             {"bom.xlsx": patch_cells(bom(), {"E2": error_cell("E2", "#REF!")})},
             calc("bom.xlsx"), 2, ("bom.xlsx", "部品表!E2"), "#REF!"),
        # 部品表!E3 is the lathe cycle time of P-1: #VALUE!
        Case("error_value_in_process_time", kind, "部品表!E3 (lathe cycle time) holds #VALUE!",
             {"bom.xlsx": patch_cells(lathe_bom(), {"E3": error_cell("E3", "#VALUE!")})},
             calc("bom.xlsx"), 2, ("bom.xlsx", "部品表!E3"), "#VALUE!"),
        # 工程!B2 (the lathe's rated power) is #DIV/0!; 工程 is worksheet 2
        Case("error_div0_in_rated_power", kind, "工程!B2 (rated power) holds #DIV/0!",
             {"bom.xlsx": patch_cells(lathe_bom(), {"B2": error_cell("B2", "#DIV/0!")},
                                      sheet=2)},
             calc("bom.xlsx"), 2, ("bom.xlsx", "工程!B2"), "#DIV/0!"),
        # 排出原単位!C2 (the factor of SS400) is #N/A; 排出原単位 is worksheet 2
        Case("error_na_in_factor_sheet", kind, "排出原単位!C2 (a factor) holds #N/A",
             {"bom.xlsx": patch_cells(bom(**{"排出原単位": [
                 ["キー", "単位", "排出原単位", "出典"], ["SS400", "kg", 2.5, "自社"]]}),
                 {"C2": error_cell("C2", "#N/A")}, sheet=2)},
             calc("bom.xlsx"), 2, ("bom.xlsx", "排出原単位!C2"), "#N/A"),
        # 部品表!B2 is the formula =1/0 with no cached value (openpyxl saves no results):
        # a reader that does not calculate sees an empty cell
        Case("formula_without_value_in_quantity", kind,
             "部品表!B2 is the formula =1/0 with no cached value",
             {"bom.xlsx": xlsx({"部品表": [MINIMAL_BOM[0], ["P-1", "=1/0", "plate", "SS400",
                                                          1.5]]})},
             calc("bom.xlsx"), 2, ("bom.xlsx", "部品表!B2"), "formula"),
        # 部品表!E2 (net weight) is =B2*0.75 without a cached value
        Case("formula_without_value_in_weight", kind,
             "部品表!E2 is the formula =B2*0.75 with no cached value",
             {"bom.xlsx": xlsx({"部品表": [MINIMAL_BOM[0], ["P-1", 2, "plate", "SS400",
                                                          "=B2*0.75"]]})},
             calc("bom.xlsx"), 2, ("bom.xlsx", "部品表!E2"), "formula"),
    ]


def non_finite_cases() -> list[Case]:
    kind = "non_finite"
    huge = [MINIMAL_BOM[0], ["P-1", 1e200, "plate", "SS400", 1e200]]
    return [
        # 部品表!E2 (net weight) stores 1e999: a reader parses it as +infinity
        Case("infinity_in_weight", kind, "部品表!E2 stores the literal 1e999 (= inf)",
             {"bom.xlsx": patch_cells(bom(), {"E2": number_cell("E2", "1e999")})},
             calc("bom.xlsx", "--format", "json"), 2, ("bom.xlsx", "部品表!E2"),
             ("'inf'", "infinit", "finite", "too large"), japanese=True),
        # 部品表!B2 (quantity) stores NaN
        Case("nan_in_quantity", kind, "部品表!B2 stores the literal NaN",
             {"bom.xlsx": patch_cells(bom(), {"B2": number_cell("B2", "NaN")})},
             calc("bom.xlsx", "--format", "json"), 2, ("bom.xlsx", "部品表!B2"),
             ("'nan'", "not a number", "finite")),
        # 工程!B2 (rated power) stores -1e999 = -inf: not "negative", not a number at all
        Case("minus_infinity_in_rated_power", kind, "工程!B2 stores -1e999",
             {"bom.xlsx": patch_cells(lathe_bom(), {"B2": number_cell("B2", "-1e999")},
                                      sheet=2)},
             calc("bom.xlsx"), 2, ("bom.xlsx", "工程!B2"),
             ("'-inf'", "infinit", "finite", "negative")),
        # quantity 1e200 (B2) x weight 1e200 kg (E2): finite cells whose product is 1e400,
        # beyond a float; the total must not be reported as inf/null/1.8e308 with exit 0
        Case("overflow_quantity_times_weight", kind,
             "部品表!B2 = 1e200 pieces of 部品表!E2 = 1e200 kg: the mass overflows",
             {"bom.xlsx": xlsx({"部品表": huge})},
             calc("bom.xlsx", "--format", "json"), 2,
             ("bom.xlsx", ("部品表!B2", "部品表!E2", "部品表!A2", "部品表!2:2")),
             ("overflow", "too large", "infinit", "finite")),
        # set-up time 1e308 min (部品表!F3): minutes -> hours x kW stays finite, but the
        # emission of the run (x lot, x factor) does not
        Case("overflow_setup_time", kind, "部品表!F3 (set-up time) is 1e308 minutes",
             {"bom.xlsx": xlsx({"部品表": [*LATHE_BOM[:2], ["P-1", 1, "SS400", 1.0, 3, 1e308]],
                                "工程": [PROCESSES[0], ["旋盤", 1e300, 1]],
                                "設定": SETTINGS}, **LATHE)},
             calc("bom.xlsx", "--format", "json"), 2,
             ("bom.xlsx", ("部品表!F3", "工程!B2", "部品表!3:3")),
             ("overflow", "too large", "infinit", "finite")),
    ]


def negative_factor_cases() -> list[Case]:
    kind = "negative_factor"
    return [
        # 排出原単位!C2: SS400 at -2.0 kg-CO2e/kg (a credit is not a cradle-to-gate factor)
        Case("negative_factor_in_sheet", kind, "排出原単位!C2 = -2.0",
             {"bom.xlsx": bom(**{"排出原単位": [["キー", "単位", "排出原単位", "出典"],
                                               ["SS400", "kg", -2.0, "自社"]]})},
             calc("bom.xlsx"), 2, ("bom.xlsx", "排出原単位!C2"), "negative", japanese=True),
        # f.csv row 2 column C: SS400 at -2.5; a CSV file is a sheet named after the file
        Case("negative_factor_in_file", kind, "f.csv C2 (sheet f) = -2.5",
             {"bom.xlsx": bom(),
              "f.csv": (FACTOR_CSV_HEADER + "SS400,kg,-2.5,自社\n").encode()},
             calc("bom.xlsx", "--factors", "f.csv"), 2, ("f.csv", "f!C2"), "negative"),
    ]


def output_is_input_cases() -> list[Case]:
    kind = "output_is_input"
    good = bom()
    two = {"a.xlsx": good, "b.xlsx": good}
    return [
        Case("output_is_the_bom", kind, "-o names the BOM itself",
             {"bom.xlsx": good}, calc("bom.xlsx", "--format", "json", "-o", "bom.xlsx"), 2,
             ("bom.xlsx",), "input", japanese=True),
        # --report csv writes <stem>.csv = bom.csv, which is the --factors file
        Case("csv_report_over_factor_file", kind,
             "--report csv --out . would write bom.csv, the --factors file",
             {"bom.xlsx": good, "bom.csv": GOOD_FACTORS},
             calc("bom.xlsx", "--factors", "bom.csv", "--report", "csv", "--out", "."), 2,
             ("bom.csv",), "input"),
        Case("junit_is_the_bom", kind, "--junit names the BOM (a batch run)",
             {"bom.xlsx": good}, calc("bom.xlsx", "--junit", "bom.xlsx"), 2,
             ("bom.xlsx",), "input"),
        # out.json is a symbolic link to the BOM: replacing it would not touch the BOM, but
        # writing through it would
        Case("output_is_a_symlink_to_the_bom", kind, "-o out.json, a symlink to bom.xlsx",
             {"bom.xlsx": good}, calc("bom.xlsx", "--format", "json", "-o", "out.json"), 2,
             ("out.json",), "input", symlinks={"out.json": "bom.xlsx"}),
        Case("output_is_the_bom_by_a_relative_path", kind, "-o ./sub/../bom.xlsx",
             {"bom.xlsx": good, "sub/keep.txt": b"a folder for the path\n"},
             calc("bom.xlsx", "--format", "json", "-o", "./sub/../bom.xlsx"), 2,
             ("bom.xlsx",), "input"),
        Case("output_is_the_bom_by_its_absolute_path", kind, "-o {case}/bom.xlsx",
             {"bom.xlsx": good}, calc("bom.xlsx", "--format", "csv", "-o", "{case}/bom.xlsx"),
             2, ("bom.xlsx",), "input"),
        # a batch of two BOMs whose --format json summary goes to -o a.xlsx, an input
        Case("batch_summary_over_an_input", kind, "batch summary -o a.xlsx, one of the BOMs",
             two, calc("a.xlsx", "b.xlsx", "--format", "json", "-o", "a.xlsx"), 2,
             ("a.xlsx",), "input"),
        # the batch writes _summary.csv into --out ., which is the --budgets file
        Case("batch_summary_over_the_budgets", kind,
             "batch --out . writes _summary.csv, the --budgets file",
             {**two, "_summary.csv": "product,max_kg_co2e\nテスト製品,100\n".encode()},
             calc("a.xlsx", "b.xlsx", "--out", ".", "--budgets", "_summary.csv"), 2,
             ("_summary.csv",), "input"),
        # a batch writes <stem>.json per BOM into --out: with --baseline the same folder,
        # the new a.json would replace the baseline result a.json it is compared with
        Case("batch_result_over_the_baseline", kind,
             "--out . and --baseline . : a.json is both the baseline and the new result",
             {**two, "a.json": result_json(5.0)},
             calc("a.xlsx", "b.xlsx", "--out", ".", "--baseline", "."), 2,
             ("a.json",), ("input", "baseline")),
    ]


def environment_cases() -> list[Case]:
    kind = "environment"
    good = bom()
    previous = b'{"previous": "result"}\n'
    return [
        # /dev/full accepts the open and fails every write with ENOSPC
        Case("output_disk_full", kind, "-o /dev/full: every write fails with ENOSPC",
             {"bom.xlsx": good}, calc("bom.xlsx", "--format", "json", "-o", "/dev/full"), 2,
             ("/dev/full",), "No space left on device", japanese=True),
        # RLIMIT_FSIZE of 512 bytes (SIGXFSZ ignored): the temporary file's writes fail
        # with EFBIG; the previous out.json stays as it was (a read-only directory would do
        # the same, but root may write there)
        Case("output_write_fails", kind, "writes beyond 512 bytes fail (EFBIG)",
             {"bom.xlsx": good, "out.json": previous},
             calc("bom.xlsx", "--format", "json", "-o", "out.json"), 2, ("out.json",),
             "File too large", fsize_limit=512),
        # the same with a read-only folder, where permissions apply (not as root)
        Case("output_in_read_only_folder", kind, "-o ro/out.json, ro/ is mode 0555",
             {"bom.xlsx": good, "ro/out.json": previous},
             calc("bom.xlsx", "--format", "json", "-o", "ro/out.json"), 2, ("ro/out.json",),
             "Permission denied", read_only=("ro",)),
        Case("report_write_fails", kind, "--report html: writes beyond 512 bytes fail",
             {"bom.xlsx": good, "r/bom-report.html": b"<p>previous</p>\n"},
             calc("bom.xlsx", "--report", "html", "--out", "r"), 2,
             ("bom-report.html",), "File too large", fsize_limit=512),
        # the Excel report is rendered before anything is written, but openpyxl renders
        # through temporary files in TMPDIR (here the folder t/): a full temporary folder
        # must be reported like a full output folder, and leave nothing in t/
        Case("xlsx_report_tmpdir_full", kind,
             "--report xlsx with TMPDIR=t/ and writes beyond 512 bytes failing",
             {"bom.xlsx": good, "t/keep.txt": b"the temporary folder\n"},
             calc("bom.xlsx", "--report", "xlsx", "--out", "r"), 2,
             (("bom-inventory.xlsx", "/t"),), "File too large", fsize_limit=512,
             env={"TMPDIR": "{case}/t"}),
        # a.txt is a file: -o a.txt/out.json cannot be created
        Case("output_under_a_file", kind, "-o a.txt/out.json where a.txt is a file",
             {"bom.xlsx": good, "a.txt": b"a file, not a folder\n"},
             calc("bom.xlsx", "--format", "json", "-o", "a.txt/out.json"), 2,
             ("a.txt",), ("Not a directory", "File exists")),
        Case("out_dir_is_a_file", kind, "--out a.txt where a.txt is a file",
             {"bom.xlsx": good, "a.txt": b"a file, not a folder\n"},
             calc("bom.xlsx", "--report", "html", "--out", "a.txt"), 2,
             ("a.txt",), ("Not a directory", "File exists", "not a folder")),
    ]


def hostile_workbook_cases() -> list[Case]:
    kind = "hostile_workbook"
    far_cell = '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'
    zeros = repeated(b"\0", 2 << 30)  # 2 GiB of zeros, ~2 MB deflated
    # 150,000 rows each holding one inline string of 10,000 'x': 1.5 GB of valid XML
    long_row = b'<row><c t="inlineStr"><is><t>' + b"x" * 10_000 + b"</t></is></c></row>"
    rows = repeated(long_row, 150_000,
                    head=sheet_xml("").split(b"<sheetData>")[0] + b"<sheetData>"
                    + BOM_ROWS_XML.encode(), tail=b"</sheetData></worksheet>")
    strings = repeated(b"<si><t>" + b"x" * 10_000 + b"</t></si>", 150_000,  # 1.5 GB
                       head=f'<?xml version="1.0" encoding="UTF-8"?><sst {MAIN_NS}>'.encode(),
                       tail=b"</sst>")
    lying = (f'<?xml version="1.0" encoding="UTF-8"?><sst {MAIN_NS} count="4294967295" '
             'uniqueCount="4294967295"><si><t>x</t></si></sst>').encode()
    whole = bom()
    ods = zip_bytes([("mimetype", b"application/vnd.oasis.opendocument.spreadsheet"),
                     ("META-INF/manifest.xml", b'<?xml version="1.0"?><manifest:manifest '
                      b'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>')])
    xls = ole2({"Workbook": struct.pack("<HHHH", 0x0809, 4, 0x0600, 0x0005)})  # a BIFF8 BOF
    encrypted = ole2({"EncryptionInfo": struct.pack("<HHI", 4, 4, 0x40) + b"<encryption/>",
                      "EncryptedPackage": struct.pack("<Q", 4096) + bytes(range(256)) * 16})
    noise = random.Random(10).randbytes(4096)

    def case(id_: str, what: str, data: bytes, keyword: Want = (), name: str = "bom.xlsx",
             **more: object) -> Case:
        return Case(id_, kind, what, {name: data}, calc(name, "--format", "json"), 2,
                    (name,), keyword, **more)  # type: ignore[arg-type]

    return [
        # a valid BOM plus one cell at the last cell of a sheet: reading the sheet as a
        # dense grid would be 16,384 x 1,048,576 cells
        case("cell_at_xfd1048576", "one cell at XFD1048576 (10 KB file)",
             raw_xlsx(sheet_xml(BOM_ROWS_XML + far_cell)),
             ("XFD1048576", "too large", "too many", "size"), japanese=True),
        # the <dimension> element is only a claim (Excel may write it larger than the
        # cells): the two real rows are the BOM, computed as usual - no refusal, no grid of
        # the claimed size
        Case("dimension_claims_whole_sheet", kind, "<dimension ref=A1:XFD1048576>, 2 rows",
             {"bom.xlsx": raw_xlsx(sheet_xml(BOM_ROWS_XML, dimension="A1:XFD1048576"))},
             calc("bom.xlsx", "--format", "json"), 0, ()),
        case("zip_bomb_zeros", "xl/worksheets/sheet1.xml: 2 GiB of zeros in 2 MB",
             raw_xlsx(zeros)),
        case("zip_bomb_rows", "sheet1.xml: 150,000 rows of 10 KB strings (1.5 GB) in 1.5 MB",
             raw_xlsx(rows), ("too large", "too many", "size")),
        case("huge_shared_strings", "sharedStrings.xml: 150,000 strings of 10,000 x (1.5 GB)",
             raw_xlsx(sheet_xml(BOM_ROWS_XML), strings), ("too large", "too many", "size")),
        case("shared_strings_count_lies", "sharedStrings declares uniqueCount 4294967295",
             raw_xlsx(sheet_xml(BOM_ROWS_XML), lying)),
        case("no_sheets", "xl/workbook.xml has an empty <sheets/>",
             raw_xlsx(sheet_xml(BOM_ROWS_XML), sheets_xml="<sheets/>"), ("sheet",)),
        case("encrypted_workbook", "an OLE2 file with EncryptionInfo and EncryptedPackage",
             encrypted, ("encrypted", "password")),
        case("xls_content_named_xlsx", "OLE2 (.xls) bytes under a .xlsx name", xls,
             ("not an Excel workbook", "(.xls)", "'.xls'", "Excel 97", "OLE2")),
        case("xls_content_damaged", "an OLE2 .xls with a Workbook stream of one BOF", xls,
             name="bom.xls"),
        case("ods_content_named_xlsx", "an OpenDocument zip (mimetype) named .xlsx", ods,
             ("not an Excel workbook", "OpenDocument", ".ods")),
        case("ods_content_damaged", "an .ods with a mimetype and no content.xml", ods,
             name="bom.ods"),
        case("truncated_xlsx", "the first half of a valid .xlsx", whole[:len(whole) // 2],
             ("not an Excel workbook", "damaged", "truncated")),
        case("random_bytes_named_xlsx", "4 KB of random bytes named .xlsx", noise,
             "not an Excel workbook"),
        case("empty_xlsx", "0 bytes named .xlsx", b"", "empty"),
    ]


def csv_field_cases() -> list[Case]:
    kind = "csv_huge_field"
    long_text = "出典" * 70_000  # 140,000 characters, ~420 KB: beyond csv's 128 KB limit
    return [
        # f.csv row 2, column D (source) is 140,000 characters long
        Case("huge_field_in_factor_csv", kind, "f.csv D2 (source) is 420 KB",
             {"bom.xlsx": bom(),
              "f.csv": (FACTOR_CSV_HEADER + f"SS400,kg,2.5,{long_text}\n").encode()},
             calc("bom.xlsx", "--factors", "f.csv"), 2, ("f.csv",),
             ("field", "too long", "too large", "limit"), japanese=True),
        # machines.csv row 2, column A (process) is 140,000 characters long
        Case("huge_field_in_process_csv", kind, "machines.csv A2 (process) is 420 KB",
             {"bom.xlsx": xlsx({"部品表": LATHE_BOM, "設定": SETTINGS}, **LATHE),
              "machines.csv": f"工程,定格電力(kW)\n{long_text},10\n旋盤,10\n".encode()},
             calc("bom.xlsx", "--processes", "machines.csv"), 2, ("machines.csv",),
             ("field", "too long", "too large", "limit")),
    ]


def diff_cases() -> list[Case]:
    kind = "diff_malformed"
    old = result_json(1.0)

    def case(id_: str, what: str, new: bytes, places: tuple[Want, ...] = (),
             keyword: Want = (), **more: object) -> Case:
        return Case(id_, kind, what, {"old.json": old, "new.json": new},
                    ("diff", "old.json", "new.json"), 2, ("new.json", *places), keyword,
                    **more)  # type: ignore[arg-type]

    return [
        case("diff_not_json", "new.json is not JSON", b"{not json",
             keyword=("not JSON", "invalid JSON", "not a cfp result"),
             japanese=True),
        case("diff_total_is_text", 'new.json: "total_kg_co2e": "abc"',
             result_json("abc"), ("total_kg_co2e",)),
        case("diff_inventory_is_a_number", 'new.json: "inventory": 5 (total changed)',
             result_json(2.0, inventory=5), ("inventory",)),
        case("diff_stages_is_a_list", 'new.json: "stages": []',
             result_json(2.0, stages=[]), ("stages",)),
        case("diff_warnings_is_an_object", 'new.json: "warnings": {}',
             result_json(2.0, warnings={}), ("warnings",)),
        case("diff_stage_value_is_text", 'new.json: "stages": {"materials": "abc"}',
             result_json(2.0, stages={"materials": "abc"}), ("stages",)),
        case("diff_inventory_columns_scalar", 'new.json: inventory {"columns": 5, "rows": 7}',
             result_json(2.0, inventory={"columns": 5, "rows": 7}), ("inventory",)),
        case("diff_inventory_row_is_a_scalar", 'new.json: inventory "rows": [5]',
             result_json(2.0, inventory={"columns": ["kg_co2e"], "rows": [5]}),
             ("inventory",)),
        case("diff_top_level_list", "new.json is a JSON list", b"[1, 2, 3]",
             keyword=("object", "total_kg_co2e")),
        case("diff_total_1e400", 'new.json: "total_kg_co2e": 1e400 (beyond a float)',
             result_json(2.0).replace(b'"total_kg_co2e": 2.0', b'"total_kg_co2e": 1e400'),
             keyword=("total_kg_co2e", "number", "1e400")),
        case("diff_deeply_nested", "new.json: stages.materials nested 100 levels deep",
             result_json(2.0, stages={"materials": deep(100)}), ("stages",)),
    ]


def control_character_cases() -> list[Case]:
    kind = "control_chars"
    header = MINIMAL_BOM[0]
    return [
        # 部品表!B2 (quantity) is the text "2\x1b[31m" (ESC, written _x001B_): printed in
        # the "not a number" problem
        Case("escape_in_quantity_text", kind, "部品表!B2 = '2' ESC '[31m' (text)",
             {"bom.xlsx": patch_cells(bom(), {"B2": text_cell("B2", "2\x1b[31m")})},
             calc("bom.xlsx"), 2, ("bom.xlsx", "部品表!B2"), "[31m", japanese=True),
        # 部品表!D2 (grade) holds a right-to-left override U+202E: the grade has no factor
        Case("bidi_override_in_grade", kind, "部品表!D2 = 'UNOB' U+202E 'TAINIUM'",
             {"bom.xlsx": xlsx({"部品表": [header, ["P-1", 1, "x", "UNOB\u202eTAINIUM", 1.0]]})},
             calc("bom.xlsx"), 2, ("bom.xlsx", "部品表!D2"), "TAINIUM"),
        # f.csv B2 (unit) is "kg" + C1 CSI U+009B + "2J" (clear screen on some terminals)
        Case("c1_control_in_factor_unit", kind, "f.csv B2 = 'kg' U+009B '2J'",
             {"bom.xlsx": bom(),
              "f.csv": (FACTOR_CSV_HEADER + "SS400,kg\x9b2J,2.5,自社\n").encode()},
             calc("bom.xlsx", "--factors", "f.csv"), 2, ("f.csv", "f!B2"), "2J"),
        # f.csv B2 (unit) is "k" NUL "g": impossible in xlsx XML, possible in a CSV
        Case("nul_in_factor_unit", kind, "f.csv B2 = 'k' NUL 'g'",
             {"bom.xlsx": bom(),
              "f.csv": (FACTOR_CSV_HEADER + "SS400,k\x00g,2.5,自社\n").encode()},
             calc("bom.xlsx", "--factors", "f.csv"), 2, ("f.csv", "f!B2"), "unit"),
        # machines.csv B2 (rated power of the lathe) is "十" ESC "[2J": not a number
        Case("escape_in_master_csv", kind, "machines.csv B2 = '十' ESC '[2J'",
             {"bom.xlsx": xlsx({"部品表": LATHE_BOM, "設定": SETTINGS}, **LATHE),
              "machines.csv": "工程,定格電力(kW)\n旋盤,十\x1b[2J\n".encode()},
             calc("bom.xlsx", "--processes", "machines.csv"), 2,
             ("machines.csv", "machines!B2"), "[2J"),
        # the BOM's file name itself carries ESC (no '[': that would make it a glob), and
        # every problem starts with the file name; 部品表!B2 is the text "two"
        Case("escape_in_file_name", kind, "the file name is 'bom' ESC 'c.xlsx'",
             {"bom\x1bc.xlsx": patch_cells(bom(), {"B2": text_cell("B2", "two")})},
             calc("bom\x1bc.xlsx"), 2, ("部品表!B2", "c.xlsx"), "two"),
        # a valid BOM whose part number 部品表!A2 is "P" ESC "[2J-1" (clear screen) and
        # whose name C2 is "plate" U+202E "etalp": the terminal table on stdout shows them
        Case("controls_in_terminal_table", kind, "部品表!A2 = 'P' ESC '[2J-1', C2 has U+202E",
             {"bom.xlsx": patch_cells(bom(), {"A2": text_cell("A2", "P\x1b[2J-1"),
                                              "C2": text_cell("C2", "plate\u202eetalp")})},
             calc("bom.xlsx"), 0, (), clean_stdout=True),
    ]


def hidden_sheet_cases() -> list[Case]:
    kind = "hidden_sheet"
    return [
        # the 部品表 sheet is hidden: it is still the BOM, but the user may not know it
        Case("hidden_bom_sheet", kind, "部品表 has state hidden",
             {"bom.xlsx": xlsx({"部品表": MINIMAL_BOM}, states={"部品表": "hidden"})},
             calc("bom.xlsx", "--format", "json"), 0, (), warning="部品表"),
        # the 工程 master sheet is very hidden (only VBA can show it) and gives the power
        Case("very_hidden_process_sheet", kind, "工程 has state veryHidden",
             {"bom.xlsx": xlsx({"部品表": LATHE_BOM, "工程": PROCESSES, "設定": SETTINGS},
                               states={"工程": "veryHidden"}, **LATHE)},
             calc("bom.xlsx", "--format", "json"), 0, (), warning="工程"),
    ]


def option_cases() -> list[Case]:
    kind = "option_cannot_apply"
    export = "製品コード,GWP,単位,出典\nSS400,2.5,kg,自社\n".encode()
    return [
        # colour is not a field of a factor table
        Case("factor_columns_unknown_field", kind, "--factor-columns colour=Farbe",
             {"bom.xlsx": bom(), "f.csv": export},
             calc("bom.xlsx", "--factors", "f.csv", "--factor-columns",
                  "key=製品コード,factor=GWP,unit=単位,colour=Farbe"), 2,
             ("--factor-columns", "colour"), "field", japanese=True),
        # f.csv has no column NoSuchHeader
        Case("factor_columns_header_absent", kind, "--factor-columns factor=NoSuchHeader",
             {"bom.xlsx": bom(), "f.csv": export},
             calc("bom.xlsx", "--factors", "f.csv", "--factor-columns",
                  "key=製品コード,factor=NoSuchHeader,unit=単位"), 2,
             ("f.csv", "NoSuchHeader"), ("column", "header")),
        # machines.csv has no 工程/Process column: its rows cannot be matched to anything
        Case("process_file_without_key_column", kind, "machines.csv header lacks 工程",
             {"bom.xlsx": xlsx({"部品表": LATHE_BOM, "設定": SETTINGS}, **LATHE),
              "machines.csv": "設備番号,定格電力(kW)\nM-1,10\n".encode()},
             calc("bom.xlsx", "--processes", "machines.csv"), 2,
             ("machines.csv", ("工程", "Process")), "column"),
    ]


#: One representative of each class of the bad-input table (tests/test_bad_input.py).
BAD_INPUT_REPRESENTATIVES = [
    "missing_quantity_column",  # missing columns
    "text_in_process_time",  # text in numbers
    "negative_quantity",  # quantities: negative, zero, blank
    "zero_quantity",
    "blank_quantity",
    "raw_less_than_net",  # weights
    "weight_column_without_unit",
    "weight_column_unknown_unit",
    "unknown_material_without_factor",  # factors
    "factor_file_utf16",  # factor file encodings
    "process_time_without_rated_power",  # processes and measurements
    "measurement_meter_end_below_start",
    "parent_cycle",  # structure
    "settings_bad_gwp",  # settings
    "csv_text_renamed_xlsx",  # the file itself
    "missing_file",
    "damaged_sheet",
]


def bad_input_cases() -> list[Case]:
    """The representatives of `test_bad_input.CASES`, to be run through the real process:
    its first expected problem gives the places and the keyword."""
    sys.path.insert(0, str(TESTS))
    import test_bad_input as table  # the table lives with its tests

    by_id = {c.id: c for c in table.CASES}
    cases = []
    for id_ in BAD_INPUT_REPRESENTATIVES:
        source = by_id[id_]
        files = dict(source.files)
        if source.sheets is not None:
            files[source.name] = xlsx(source.sheets, source.merges)
        elif source.raw is not None:
            files[source.name] = source.raw
        args = ["calc", source.name]
        for name in source.factors:
            args += ["--factors", name]
        first = source.expect[0]
        places = (first.file or source.name, *([first.where] if first.where else []))
        cases.append(Case(f"bad_input.{id_}", "bad_input", f"test_bad_input case {id_}",
                          files, tuple(args), 2, places, first.fragment))
    return cases


def all_cases() -> list[Case]:
    """Every case of the corpus, in a stable order; ids are unique."""
    cases = [*excel_error_cases(), *non_finite_cases(), *negative_factor_cases(),
             *output_is_input_cases(), *environment_cases(), *hostile_workbook_cases(),
             *csv_field_cases(), *diff_cases(), *control_character_cases(),
             *hidden_sheet_cases(), *option_cases(), *bad_input_cases()]
    ids = [c.id for c in cases]
    assert len(ids) == len(set(ids)), "duplicate case ids"
    return cases


def write_case(case: Case, folder: Path) -> Path:
    """The case's files (and symlinks) in `folder`/<id>; that folder's path."""
    home = folder / case.id
    home.mkdir(parents=True)
    for name, data in case.files.items():
        path = home / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    for link, target in case.symlinks.items():
        (home / link).symlink_to(target)
    return home


def write_corpus(folder: Path) -> list[Case]:
    """Write every case into `folder` (one sub-folder per case id) and a `cases.json`
    manifest of what each expects; return the cases."""
    folder = Path(folder)
    cases = all_cases()
    for case in cases:
        write_case(case, folder)
    manifest = [{k: v for k, v in asdict(case).items() if k != "files"}
                | {"files": sorted(case.files)} for case in cases]
    (folder / "cases.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1),
                                       encoding="utf-8")
    return cases


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python tests/hostile/make_corpus.py OUTDIR")
    written = write_corpus(Path(sys.argv[1]))
    print(f"{len(written)} cases written to {sys.argv[1]}")
