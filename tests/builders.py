"""Small workbooks for tests, written from plain Python rows.

`write_book(path, {"部品表": rows, ...}, merges={"部品表": ["J2:K2"]})` writes an .xlsx
with openpyxl; `None` leaves a cell empty; `hidden={"部品表": [12, "C"]}` hides row 12 and
column C in Excel. Tests build their inputs with this so that each fixture is visible,
and checkable by hand, in the test that uses it.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl

Rows = list[list[object]]


def write_book(path: Path, sheets: dict[str, Rows],
               merges: dict[str, list[str]] | None = None,
               hidden: dict[str, list[int | str]] | None = None) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
        for rng in (merges or {}).get(name, []):
            sheet.merge_cells(rng)
        for where in (hidden or {}).get(name, []):
            dimensions = sheet.column_dimensions if isinstance(where, str) else sheet.row_dimensions
            dimensions[where].hidden = True
    book.save(path)
    return path


# A minimal valid BOM: header on row 1, two bought parts, no processes.
MINIMAL_BOM: Rows = [
    ["品番", "個数", "品名", "材質", "重量(kg)"],
    ["P-1", 2, "plate", "SS400", 1.5],
    ["P-2", 1, "cover", "A6063", 0.5],
]

# Master sheets of the domain brief's machining example.
PROCESSES: Rows = [["工程", "定格電力(kW)", "使用率"], ["旋盤", 10, 0.7],
                   ["マシニングセンタ", 15, "70%"]]
SUPPLIERS: Rows = [["仕入先", "輸送手段", "距離(km)"], ["A社", "truck", 100]]
SETTINGS: Rows = [["製品名", "テスト製品"], ["電力排出係数", 0.388]]


def read_prefetched(path: Path):  # noqa: ANN201 - (prefetch, workbook, parts, times, problems)
    """The BOM of `path` read as `cfp calc` reads one BOM (through the prefetch): the
    parts and times columns as lists (None if the BOM is refused) and every problem in
    both languages, for reads compared with each other."""
    from cfp.lca.errors import InputError, ProblemLog
    from cfp.lca.read import prefetch
    from cfp.lca.read.bom import read_bom
    from cfp.lca.read.workbook import open_workbook

    early = prefetch.start(path)
    assert early is not None and early.wait()
    book = open_workbook(path, early)
    log = ProblemLog(str(path))
    try:
        bom = read_bom(book, log, None)
        parts = {k: list(bom.parts[k]) for k in bom.parts}
        times = {k: list(bom.times[k]) for k in bom.times}
    except InputError:
        parts = times = None
    problems = [(p.message("en"), p.message("ja"), p.to_dict()) for p in log.problems]
    return early, book, parts, times, problems
