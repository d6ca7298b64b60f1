"""The blank BOM template written by `cfp init`: every sheet, with an explanation row
above each header (explanation rows are skipped by the reader, which looks for the header
row itself). Japanese (`部品表`, `工程`... explained in both languages) or English (`BOM`,
`Processes`...)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..output import atomic_write

# The template of each language: sheet names, (header, explanation) per column (the
# explanation sits in the row above the header), the BOM's process columns and the
# 設定 / Settings rows (key, value, explanation). The Japanese template explains in both
# languages; every name in either is one the reader knows (lca/read/names.py, bom.py,
# masters.py).
TEMPLATES: dict[str, dict[str, Any]] = {
    "ja": {
        "bom_sheet": "部品表",
        "bom": [
            ("レベル", "1=製品直下 / 1 = direct child of the product"),
            ("品番", "必須 / required: part number"),
            ("品名", "部品名 / part name"),
            ("個数", "必須・親1個当たり / required: qty per parent"),
            ("材質", "JIS 材質記号 / material grade (SUS304, A6063...)"),
            ("分類", "空欄なら材質から / category; blank = from grade"),
            ("重量(g)", "製品重量 / net weight"),
            ("素材重量(g)", "加工前の購入重量、購入品は - / raw weight before machining; - for "
                         "bought parts"),
            ("仕入先", "仕入先シートの名前 / supplier (see 仕入先 sheet)"),
            ("ロット", "段取を割る個数 / lot size for set-up"),
        ],
        "processes": ["旋盤", "マシニングセンタ", "熱処理"],
        "times": ("加工(分)", "段取(分)"),
        "times_note": "工程: 加工=1個の時間、段取=1ロットの時間(分) / cycle per piece, set-up "
                      "per lot (min)",
        "masters": {
            "工程": [("工程", "BOM の工程名 / process as in the BOM"),
                   ("定格電力(kW)", "銘板の定格 / rated power"),
                   ("使用率", "0.7 または 70% / utilisation"),
                   ("燃料", "燃料を使う工程のみ: 都市ガス13A, LPG, 灯油, A重油... / fuel, if any"),
                   ("燃料消費量(m3/h)", "稼働中の燃料消費量、単位は (L/h) (kg/h) なども可 / "
                                      "fuel use while running; (L/h), (kg/h)... also"),
                   ("圧縮空気(Nm3/h)", "エア使用量 / compressed air use")],
            "実測": [("品番", "part number"), ("工程", "process"),
                   ("開始積算電力量(kWh)", "加工前の積算値 / meter start"),
                   ("終了積算電力量(kWh)", "加工後の積算値 / meter end"),
                   ("加工数", "その間の加工個数 / pieces made")],
            "仕入先": [("仕入先", "supplier"),
                    ("輸送手段", "truck / rail / ship / air / トラック..."),
                    ("距離(km)", "片道距離 / one-way distance")],
            "排出原単位": [("キー", "品番・材質・分類・輸送手段・電力 / part no., grade, category, "
                               "mode, electricity"),
                      ("単位", "kg, kWh, t-km, 個"), ("排出原単位", "kg-CO2e / 単位 per unit"),
                      ("出典", "データベース名・版 / source and version")],
        },
        "settings_sheet": "設定",
        "settings_heads": ("キー / key", "値 / value", "説明 / explanation"),
        "settings": [
            ("製品名", "", "製品の名前 / product name"),
            ("宣言単位", "1 個", "declared unit"),
            ("ロット", "", "既定のロットサイズ / default lot size"),
            ("電力排出係数", "", "kg-CO2e/kWh (電力会社の係数 / your utility's factor)"),
            ("地域", "", "拠点の国 JP, CN, タイ... 系統電力の係数を選ぶ (空欄: 日本) / site "
                       "country, picks the grid factor, blank: Japan"),
            ("weight_unit", "", "見出しに単位がない重量列の単位 g/kg/t / unit of weight "
                                "columns without one"),
            ("gwp", "AR6", "AR5 または AR6 / AR5 or AR6"),
            ("算定ルール", "", "default / pact / ルールの TOML ファイル (空欄: default) / rule "
                           "profile: default, pact or a TOML file, blank: default"),
            ("会社名", "", "company name"),
            ("圧縮空気電力原単位", "", "kWh/Nm3 (空欄: 0.12 スクリュー式の目安) / compressor kWh "
                                   "per Nm3, blank: 0.12"),
        ],
    },
    "en": {
        "bom_sheet": "BOM",
        "bom": [
            ("Level", "1 = direct child of the product"),
            ("Part number", "required"),
            ("Name", "part name"),
            ("Qty", "required: quantity per parent"),
            ("Material", "material grade (SUS304, A6063...)"),
            ("Category", "blank = from the material grade"),
            ("Net weight (g)", "weight of the finished part"),
            ("Raw weight (g)", "weight before machining; - for bought parts"),
            ("Supplier", "as in the Suppliers sheet"),
            ("Lot size", "pieces sharing one set-up"),
        ],
        "processes": ["Lathe", "Machining centre", "Heat treatment"],
        "times": ("Cycle (min)", "Setup (min)"),
        "times_note": "processes: cycle = minutes per piece, setup = minutes per lot",
        "masters": {
            "Processes": [("Process", "process as in the BOM"),
                          ("Rated power (kW)", "nameplate rating"),
                          ("Utilisation", "0.7 or 70%"),
                          ("Fuel", "only for processes burning fuel: city gas, LPG, kerosene, "
                                   "fuel oil A..."),
                          ("Fuel use (m3/h)", "fuel use while running; (L/h), (kg/h)... also"),
                          ("Compressed air (Nm3/h)", "compressed air use")],
            "Measurements": [("Part number", "part number"), ("Process", "process"),
                             ("Meter start (kWh)", "meter reading before machining"),
                             ("Meter end (kWh)", "meter reading after machining"),
                             ("Pieces", "pieces made in between")],
            "Suppliers": [("Supplier", "supplier as in the BOM"),
                          ("Mode", "truck / rail / ship / air"),
                          ("Distance (km)", "one-way distance")],
            "Factors": [("Key", "part number, grade, category, transport mode or electricity"),
                        ("Unit", "kg, kWh, t-km, piece"), ("Factor", "kg-CO2e per unit"),
                        ("Source", "database name and version")],
        },
        "settings_sheet": "Settings",
        "settings_heads": ("Key", "Value", "Explanation"),
        "settings": [
            ("Product name", "", "name of the product"),
            ("Declared unit", "1 piece", "declared unit"),
            ("Lot size", "", "default lot size"),
            ("Electricity factor", "", "kg-CO2e/kWh (your utility's factor)"),
            ("Country", "", "site country (JP, CN, Thailand...): picks the grid factor; "
                            "blank: Japan"),
            ("Weight unit", "", "g, kg or t: unit of weight columns without one"),
            ("GWP", "AR6", "AR5 or AR6"),
            ("Rule profile", "", "default, pact or a TOML file (blank: default)"),
            ("Company", "", "company name"),
            ("Air specific energy", "", "compressor kWh per Nm3 (blank: 0.12, a screw "
                                        "compressor's)"),
        ],
    },
}


def write_template(path: Path, lang: str = "ja") -> None:
    """The template of `lang` (its sheet names, headers and explanations) to `path`."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    spec = TEMPLATES[lang]
    book = Workbook()
    note = Font(italic=True, color="666666", size=9)
    head = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    _bom_sheet(book.active, spec, note, head, fill)
    for name, columns in spec["masters"].items():
        ws = book.create_sheet(name)
        for c, (header, explanation) in enumerate(columns, start=1):
            ws.cell(1, c, explanation).font = note
            cell = ws.cell(2, c, header)
            cell.font, cell.fill = head, fill
    _settings_sheet(book.create_sheet(spec["settings_sheet"]), spec, note, head)
    for ws in book.worksheets:
        for letter in "ABCDEFGHIJKLMNOP":
            ws.column_dimensions[letter].width = 14
    atomic_write(path, lambda tmp: book.save(tmp))


def _bom_sheet(sheet: Any, spec: dict[str, Any], note: Any, head: Any, fill: Any) -> None:
    """部品表 / BOM: explanations on row 1, headers on rows 2-3, two columns per process."""
    from openpyxl.styles import Alignment

    sheet.title = spec["bom_sheet"]
    for col, (header, explanation) in enumerate(spec["bom"], start=1):
        sheet.cell(1, col, explanation).font = note
        cell = sheet.cell(2, col, header)
        cell.font, cell.fill = head, fill
        sheet.merge_cells(start_row=2, end_row=3, start_column=col, end_column=col)
    col = len(spec["bom"]) + 1
    sheet.cell(1, col, spec["times_note"]).font = note
    cycle, setup = spec["times"]
    for process in spec["processes"]:
        cell = sheet.cell(2, col, process)
        cell.font, cell.fill = head, fill
        cell.alignment = Alignment(horizontal="center")
        sheet.merge_cells(start_row=2, end_row=2, start_column=col, end_column=col + 1)
        sheet.cell(3, col, cycle).font = head
        sheet.cell(3, col + 1, setup).font = head
        col += 2


def _settings_sheet(ws: Any, spec: dict[str, Any], note: Any, head: Any) -> None:
    """設定 / Settings: key, value, explanation."""
    for c, text in enumerate(spec["settings_heads"], start=1):
        ws.cell(1, c, text).font = note
    for r, (key, value, explanation) in enumerate(spec["settings"], start=2):
        ws.cell(r, 1, key).font = head
        ws.cell(r, 2, value or None)
        ws.cell(r, 3, explanation).font = note
