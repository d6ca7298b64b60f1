"""Write the two sample BOM workbooks of `samples/` (deterministic: same bytes every run).

    .venv/bin/python samples/make_samples.py          # writes next to this script
    .venv/bin/python samples/make_samples.py OUT_DIR  # or into OUT_DIR

- `machined-assembly-ja.xlsx`: a Japanese machined-assembly BOM shaped like the domain
  brief's example (title row, two-row process header with merged process names,
  full-width text, `１,２００`, `-` for bought parts, measured and estimated energy).
- `multilevel-en.xlsx`: an English multi-level BOM (levels 0-3, quantities multiplying
  down the tree, assemblies with their own welding/assembly processes, a Factors sheet
  with a supplier-specific per-piece factor and an override of a built-in factor).

The expected totals of both are worked out by hand in `samples/README.md` and asserted
in `tests/test_samples.py`. If you change a number here, regenerate, redo the hand
calculation in the README and update the test.

Only openpyxl is used (cfp reads with calamine; openpyxl is needed for writing and for
merged cells). openpyxl stamps the save time into docProps/core.xml and zipfile stamps
each member with the current time, so `_save` rewrites both to fixed values: running
the script twice gives byte-identical files (a committed sample never changes by accident).
"""

from __future__ import annotations

import io
import os
import re
import sys
import zipfile
from datetime import datetime
from pathlib import Path

# openpyxl serialises XML with lxml when it is installed ('"/>' vs '" />'): always use
# its standard-library writer so the committed bytes do not depend on what else is
# installed. This must be set before openpyxl is imported.
os.environ["OPENPYXL_LXML"] = "False"

import openpyxl  # noqa: E402
from openpyxl.styles import Alignment, Font, PatternFill  # noqa: E402
from openpyxl.utils import get_column_letter  # noqa: E402

#: Fixed timestamp for document properties and zip members (determinism).
FIXED_TIME = datetime(2026, 1, 1, 0, 0, 0)

HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
TITLE_FONT = Font(bold=True, size=14)
CENTRE = Alignment(horizontal="center", vertical="center")

Rows = list[list[object]]


# ---------------------------------------------------------------------------------------
# 1. Japanese machined assembly: ポンプユニット PU-100
# ---------------------------------------------------------------------------------------

JA_TITLE = "部品表　ポンプユニット PU-100（サンプル）"

# Header row (sheet row 2). Columns K-P are process time columns: the process name is
# written once on row 2 and merged over its two sub-columns (加工 = cycle time per piece,
# 段取 = set-up time per lot), which are named on row 3.
JA_HEADER = ["番号", "品番", "品名", "個数", "材質", "分類", "重量(g)", "素材重量(g)",
             "仕入先", "ロット", "旋盤", None, "マシニングセンタ", None, "熱処理", None]
JA_SUBHEADER = [None] * 10 + ["加工(分)", "段取(分)"] * 3
JA_MERGES = ["K2:L2", "M2:N2", "O2:P2"]

# One row per part. The product is the set of rows (no level column: all rows are
# direct children of the product). Notes on the deliberate quirks:
# - 分類 is blank except for the bolt, so the built-in grade map gives the category;
#   the bolt's 分類 ボルト・ナット makes it "fasteners" instead of SCM435 -> steel.
# - PU-101 raw weight is the text "１,２００" (full-width digits, thousands separator).
# - PU-108 grade is full-width "ＳＵＳ３０４".
# - bought screws, washers and the O-ring have raw weight "-" (not given: net is bought).
# - PU-103 and PU-110..112 have no lot size: the 設定 default (50) is used where needed.
# - "-" in a time cell (PU-102 熱処理 段取) means "not given".
#        番号 品番      品名                 個数 材質          分類           重量  素材重量
#        仕入先            ロット 旋盤加工 段取 MC加工 段取 熱処理加工 段取
JA_PARTS: Rows = [
    [1, "PU-101", "ハウジング", 1, "ADC12", None, 850, "１,２００",
     "東海ダイカスト", 50, None, None, 23, 60, None, None],
    [2, "PU-102", "シャフト", 1, "S45C", None, 320, 450,
     "山田鋼材", 100, 6, 30, None, None, 12, "-"],
    [3, "PU-103", "カバー", 1, "A6063", None, 180, 260,
     "山田鋼材", None, None, None, 8, 40, None, None],
    [4, "PU-104", "ホルダ", 1, "A2017", None, 70, 110,
     "山田鋼材", 100, None, None, 5, 30, None, None],
    [5, "PU-105", "ブラケット", 2, "SS400", None, 150, 210,
     "山田鋼材", 200, None, None, 4, 30, None, None],
    [6, "PU-106", "ギア", 1, "SCM435", None, 95, 160,
     "山田鋼材", 100, 5, 20, None, None, 10, None],
    [7, "PU-107", "ブッシュ", 2, "C3604", None, 25, 40,
     "山田鋼材", 500, 2, 15, None, None, None, None],
    [8, "PU-108", "スリーブ", 1, "ＳＵＳ３０４", None, 60, 90,
     "山田鋼材", 100, 3, 20, None, None, None, None],
    [9, "PU-109", "スペーサ", 1, "PP", None, 12, 20,
     "九州樹脂", 200, 2, 10, None, None, None, None],
    [10, "PU-110", "六角穴付ボルト M6×20", 4, "SCM435", "ボルト・ナット", 5.2, "-",
     "大阪機材", None, None, None, None, None, None, None],
    [11, "PU-111", "平座金 M6", 4, "SPCC", None, 1.1, "-",
     "大阪機材", None, None, None, None, None, None, None],
    [12, "PU-112", "Oリング P20", 1, "NBR", None, 2.5, "-",
     "大阪機材", None, None, None, None, None, None, None],
]

# 工程: rated power and utilisation. 旋盤 as a fraction (0.7), マシニングセンタ as the text
# "70%", 熱処理 as the number 0.5 displayed with a percent format (cell shows 50%).
# 熱処理 is a gas-fired furnace (issue 15): city gas 2.0 m3/h while it runs (Scope 1),
# besides its 30 kW of fans, quench-oil pump and controls at 50 % (Scope 2).
JA_PROCESSES: Rows = [
    ["工程", "定格電力(kW)", "使用率", "燃料", "燃料消費量(m3/h)"],
    ["旋盤", 10, 0.7, None, None],
    ["マシニングセンタ", 15, "70%", None, None],
    ["熱処理", 30, 0.5, "都市ガス13A", 2.0],
]

# 実測: the domain brief's meter readings for the housing on the machining centre:
# (607 - 561) kWh / 13 pieces = 3.538 kWh/piece (primary data). The housing also has
# an MC cycle time of 23 min in the BOM (the estimate would be 15 x 23/60 x 0.7 = 4.025
# kWh); the measurement replaces the cycle estimate, the set-up stays estimated.
JA_MEASUREMENTS: Rows = [
    ["品番", "工程", "開始積算電力量(kWh)", "終了積算電力量(kWh)", "加工数", "測定日"],
    ["PU-101", "マシニングセンタ", 561, 607, 13, "2026-03-12"],
]

# 計測ログ: the shaft PU-102 on the lathe, logged by a power logger (JA_LATHE_LOG, written
# next to the workbook): used when the file is given with --meter-log, warned otherwise.
JA_LOG_NAME = "pu-102-lathe-log.csv"
JA_METER_LOGS: Rows = [
    ["ファイル", "品番", "工程", "開始", "終了"],
    [JA_LOG_NAME, "PU-102", "旋盤", "2026/03/12 13:00", "2026/03/12 14:00"],
]


def ja_lathe_log() -> bytes:
    """A generic Japanese logger export (CP932): two metadata lines, then 日時, the
    cumulative 積算電力量(kWh) and the machine's 生産数 every 5 min, 13:00-14:00. Each
    piece takes 0.55 kWh: 1520.00 -> 1526.60 kWh for 0 -> 12 pieces."""
    lines = ["機器名,電力ロガー(サンプル)", "計測対象,旋盤 PU-102 シャフト",
             "日時,積算電力量(kWh),生産数"]
    for k in range(13):
        lines.append(f"2026/03/12 13:{5 * k:02d}:00,{1520 + 0.55 * k:.2f},{k}"
                     if k < 12 else f"2026/03/12 14:00:00,{1520 + 0.55 * k:.2f},{k}")
    return ("\r\n".join(lines) + "\r\n").encode("cp932")


# 仕入先: transport mode and one-way distance. Modes are written as "truck", "トラック"
# (an alias of the built-in truck factor) and "ship".
JA_SUPPLIERS: Rows = [
    ["仕入先", "輸送手段", "距離(km)"],
    ["山田鋼材", "truck", 120],
    ["東海ダイカスト", "トラック", 80],
    ["九州樹脂", "ship", 900],
    ["大阪機材", "トラック", 350],
]

# 設定: key/value rows. 電力排出係数 0.388 is the utility factor of the domain brief.
JA_SETTINGS: Rows = [
    ["項目", "値", "説明"],
    ["製品名", "ポンプユニット PU-100", None],
    ["製品番号", "PU-100", None],
    ["宣言単位", "1 個", "製品1個あたり"],
    ["ロット", 50, "部品表にロットがない行の既定ロットサイズ"],
    ["電力排出係数", 0.388, "kg-CO2/kWh（電力会社の係数）"],
    ["会社名", "サンプル精工株式会社", None],
]


def build_ja() -> openpyxl.Workbook:
    book = openpyxl.Workbook()
    book.remove(book.active)

    bom = book.create_sheet("部品表")
    bom.append([JA_TITLE])  # row 1: title, skipped by the reader
    bom.merge_cells(start_row=1, start_column=1, end_row=1, end_column=8)
    bom["A1"].font = TITLE_FONT
    bom.append(JA_HEADER)  # row 2: header
    bom.append(JA_SUBHEADER)  # row 3: 加工/段取 sub-header
    for row in JA_PARTS:  # rows 4-15: parts
        bom.append(row)
    for rng in JA_MERGES:
        bom.merge_cells(rng)
    # columns A-J have no sub-header: merge them over rows 2-3 as a real BOM would
    for col in range(1, 11):
        bom.merge_cells(start_row=2, start_column=col, end_row=3, end_column=col)
    _style_header(bom, rows=(2, 3), width=len(JA_HEADER))
    _widths(bom, [6, 10, 22, 6, 12, 14, 9, 12, 16, 7] + [9] * 6)

    _table_sheet(book, "工程", JA_PROCESSES)
    book["工程"]["C4"].number_format = "0%"
    _table_sheet(book, "実測", JA_MEASUREMENTS)
    _table_sheet(book, "仕入先", JA_SUPPLIERS)
    _table_sheet(book, "設定", JA_SETTINGS)
    _table_sheet(book, "計測ログ", JA_METER_LOGS)
    return book


# ---------------------------------------------------------------------------------------
# 2. English multi-level BOM: geared motor unit GM-200
# ---------------------------------------------------------------------------------------

# Single-row header: each process time column carries its process name and kind
# ("Lathe cycle (min)" = lathe, cycle time per piece; "... setup (min)" = per lot).
EN_HEADER = ["Level", "Part number", "Name", "Qty", "Material", "Net weight (kg)",
             "Raw weight (kg)", "Supplier", "Lot size",
             "Lathe cycle (min)", "Lathe setup (min)", "CNC cycle (min)", "CNC setup (min)",
             "Welding cycle (min)", "Welding setup (min)", "Assembly cycle (min)",
             "Assembly setup (min)"]

# Level 0 is the product itself (its own final-assembly process); a row belongs to the
# nearest row above with a smaller level. Total quantity per product = product of the
# quantities along the path, e.g. GM-225: 1 (GM-200) x 2 (GM-220) x 1 (GM-223) x 3 = 6.
# Rows with children (GM-200, GM-210, GM-220, GM-223) are assemblies: only their own
# processes count, no material, weight or transport.
# GM-230 (bought-in gear motor) has no material: its per-piece factor comes from the
# Factors sheet, keyed by its part number (supplier-specific = primary data).
#        Lvl  Part      Name                               Qty Material Net    Raw
#        Supplier       Lot   Lathe c/s  CNC c/s   Weld c/s  Assy c/s
EN_PARTS: Rows = [
    [0, "GM-200", "Geared motor unit", 1, None, None, None,
     None, 20, None, None, None, None, None, None, 20, 30],
    [1, "GM-210", "Base frame (welded)", 1, None, None, None,
     None, 20, None, None, None, None, 15, 30, None, None],
    [2, "GM-211", "Base plate", 1, "SS400", 2.4, 2.9,
     "Steel Co", 20, None, None, 10, 45, None, None, None, None],
    [2, "GM-212", "Side rib", 2, "SS400", 0.35, 0.42,
     "Steel Co", 20, None, None, 2, 15, None, None, None, None],
    [1, "GM-220", "Output shaft assembly", 2, None, None, None,
     None, None, None, None, None, None, None, None, 3, None],
    [2, "GM-221", "Output shaft", 1, "S45C", 0.8, 1.1,
     "Steel Co", 100, 6, 30, None, None, None, None, None, None],
    [2, "GM-222", "Ball bearing 6204", 2, "SUJ2", 0.11, "-",
     "Bearing Co", None, None, None, None, None, None, None, None, None],
    [2, "GM-223", "Bearing housing sub-assembly", 1, None, None, None,
     None, None, None, None, None, None, None, None, 2, None],
    [3, "GM-224", "Bearing housing", 1, "ADC12", 0.4, 0.5,
     "Alu Co", 100, None, None, 4, 30, None, None, None, None],
    [3, "GM-225", "Cap screw M5x12", 3, "SCM435", 0.004, "-",
     "Fastener Co", None, None, None, None, None, None, None, None, None],
    [1, "GM-230", "Gear motor 0.4 kW (bought-in)", 1, None, 3.2, "-",
     "Motor Co", None, None, None, None, None, None, None, None, None],
    [1, "GM-240", "Terminal cover", 1, "A5052", 0.15, 0.22,
     "Alu Co", None, None, None, 3, 20, None, None, None, None],
]

EN_PROCESSES: Rows = [
    ["Process", "Rated power (kW)", "Utilisation"],
    ["Lathe", 7.5, 0.6],
    ["CNC", 11, "65%"],
    ["Welding", 8, 0.5],
    ["Assembly", 1.5, 0.8],
]

EN_SUPPLIERS: Rows = [
    ["Supplier", "Mode", "Distance (km)"],
    ["Steel Co", "Truck", 50],
    ["Bearing Co", "truck", 200],
    ["Alu Co", "truck", 150],
    ["Fastener Co", "van", 30],
    ["Motor Co", "rail", 600],
]

# Factors: the workbook sheet has the highest precedence.
# - GM-230: the motor maker's product footprint, per piece, keyed by part number
#   -> used instead of any material factor; reported as primary data.
# - aluminium: the cover supplier's alloy (high recycled content) replaces the built-in
#   category factor `aluminium` (10.8) for every part in that category (here GM-240).
EN_FACTORS: Rows = [
    ["Key", "Unit", "Factor", "Source"],
    ["GM-230", "piece", 18.5, "Motor Co product carbon footprint 2025 (example)"],
    ["aluminium", "kg", 6.2, "Alu Co EPD, recycled-content A5052 sheet (example)"],
]

# No "Electricity factor" row: the built-in factor `electricity` (Japan national
# average) is used.
EN_SETTINGS: Rows = [
    ["Key", "Value"],
    ["Product name", "Geared motor unit GM-200"],
    ["Product number", "GM-200"],
    ["Declared unit", "1 piece"],
    ["Lot size", 50],
    ["Company", "Example Drives Ltd."],
]


def build_en() -> openpyxl.Workbook:
    book = openpyxl.Workbook()
    book.remove(book.active)
    bom = book.create_sheet("BOM")
    bom.append(EN_HEADER)
    for row in EN_PARTS:
        bom.append(row)
    _style_header(bom, rows=(1,), width=len(EN_HEADER))
    _widths(bom, [6, 12, 30, 5, 10, 10, 10, 12, 8] + [11] * 8)
    for name, rows in (("Factors", EN_FACTORS), ("Processes", EN_PROCESSES),
                       ("Suppliers", EN_SUPPLIERS), ("Settings", EN_SETTINGS)):
        _table_sheet(book, name, rows)
    return book


# ---------------------------------------------------------------------------------------
# supply-chain/: a supplier's PACT footprint and a BOM that uses it (issue 12)
# ---------------------------------------------------------------------------------------
# A tier-2 die caster's own footprint of its housing HC-300 (PACT v3, per piece), and
# the tier-1 BOM that buys 2 of them as H-01 (its 仕入先品番 HC-300): the footprint
# replaces the ADC12 factor for that line; transport from the caster stays.

SUPPLIER_PCF = {
    "id": "5b0c7e2a-1d3f-4a6b-9c8d-2e4f6a8b0c1d",
    "specVersion": "3.0.0",
    "created": "2026-05-01T00:00:00Z",
    "status": "Active",
    "companyName": "神奈川ダイカスト株式会社",
    "companyIds": ["urn:pact:kanagawa-casting.example:company-id:KC-001"],
    "productDescription": "ADC12 die-cast housing HC-300, machined",
    "productIds": ["urn:pact:kanagawa-casting.example:supplier-id:HC-300"],
    "productNameCompany": "ハウジング HC-300",
    "comment": "Sample footprint of cfp samples/supply-chain (hand-made, not real data).",
    "pcf": {
        "declaredUnitOfMeasurement": "piece",
        "declaredUnitAmount": "1",
        "productMassPerDeclaredUnit": "0.8",
        "referencePeriodStart": "2025-04-01T00:00:00Z",
        "referencePeriodEnd": "2026-04-01T00:00:00Z",
        "geographyCountry": "JP",
        "pcfExcludingBiogenicUptake": "3.2",
        "pcfIncludingBiogenicUptake": "3.2",
        "fossilGhgEmissions": "3.2",
        "fossilCarbonContent": "0",
        "packagingEmissionsIncluded": False,
        "ipccCharacterizationFactors": ["AR6"],
        "crossSectoralStandards": ["ISO14067"],
        "exemptedEmissionsPercent": "0",
        "primaryDataShare": "45",
        "dqi": {"technologicalDQR": "1.6", "geographicalDQR": "1.2", "temporalDQR": "1"},
    },
}

CHAIN_HEADER = ["品番", "品名", "個数", "材質", "分類", "重量(kg)", "仕入先", "仕入先品番"]
CHAIN_PARTS: Rows = [
    ["H-01", "ハウジング", 2, None, None, 0.8, "神奈川ダイカスト", "HC-300"],
    ["B-01", "六角ボルト M8", 4, "SCM435", "ボルト・ナット", 0.02, None, None],
    ["S-01", "板金カバー", 1, "SPCC", None, 0.5, None, None],
]
CHAIN_SUPPLIERS: Rows = [["仕入先", "輸送手段", "距離(km)"], ["神奈川ダイカスト", "truck", 50]]
CHAIN_SETTINGS: Rows = [
    ["項目", "値"],
    ["製品名", "ブラケットユニット BU-10"],
    ["製品番号", "BU-10"],
    ["会社名", "サンプル精機株式会社"],
    ["対象期間", "2026"],
]


def build_chain() -> openpyxl.Workbook:
    book = openpyxl.Workbook()
    book.remove(book.active)
    bom = book.create_sheet("部品表")
    for row in [CHAIN_HEADER, *CHAIN_PARTS]:
        bom.append(row)
    _style_header(bom, rows=(1,), width=len(CHAIN_HEADER))
    _widths(bom, [8, 16, 6, 10, 14, 10, 18, 12])
    for name, rows in (("仕入先", CHAIN_SUPPLIERS), ("設定", CHAIN_SETTINGS)):
        _table_sheet(book, name, rows)
    return book


def supplier_pcf_bytes() -> bytes:
    import json

    return (json.dumps(SUPPLIER_PCF, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


# ---------------------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------------------

def _table_sheet(book: openpyxl.Workbook, name: str, rows: Rows) -> None:
    sheet = book.create_sheet(name)
    for row in rows:
        sheet.append(row)
    _style_header(sheet, rows=(1,), width=len(rows[0]))
    _widths(sheet, [max(10, 2 * max(len(str(r[c] or "")) for r in rows))
                    for c in range(len(rows[0]))])


def _style_header(sheet, rows: tuple[int, ...], width: int) -> None:
    for r in rows:
        for c in range(1, width + 1):
            cell = sheet.cell(row=r, column=c)
            cell.font = HEADER_FONT
            cell.fill = HEADER_FILL
            cell.alignment = CENTRE


def _widths(sheet, widths: list[int]) -> None:
    for i, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = min(width, 40)


def _save(book: openpyxl.Workbook, path: Path) -> None:
    """Save with fixed timestamps so the bytes depend only on the content."""
    book.properties.creator = "cfp samples/make_samples.py"
    book.properties.created = FIXED_TIME
    buffer = io.BytesIO()
    book.save(buffer)  # openpyxl sets properties.modified to now: patched below
    stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ")
    out = io.BytesIO()
    with zipfile.ZipFile(buffer) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>" + stamp.encode() + rb"\g<2>", data)
            member = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o644 << 16
            dst.writestr(member, data)
    path.write_bytes(out.getvalue())


def main(argv: list[str]) -> None:
    target = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent
    target.mkdir(parents=True, exist_ok=True)
    _save(build_ja(), target / "machined-assembly-ja.xlsx")
    _save(build_en(), target / "multilevel-en.xlsx")
    (target / JA_LOG_NAME).write_bytes(ja_lathe_log())
    print(f"wrote {target / 'machined-assembly-ja.xlsx'}")
    print(f"wrote {target / 'multilevel-en.xlsx'}")
    chain = target / "supply-chain"
    chain.mkdir(exist_ok=True)
    _save(build_chain(), chain / "bracket-unit-ja.xlsx")
    (chain / "supplier-pcf.json").write_bytes(supplier_pcf_bytes())
    print(f"wrote {chain / 'bracket-unit-ja.xlsx'} and {chain / 'supplier-pcf.json'}")


if __name__ == "__main__":
    main(sys.argv)
