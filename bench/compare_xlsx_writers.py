"""Other xlsx writers on the inventory sheet of the 100,000-row BOM, for the record.

Reads the inventory sheet of a workbook cfp wrote (`bench/_work/xlsx-out/`, made by
`cfp calc bench/_work/bom-100000.xlsx --report xlsx --out bench/_work/xlsx-out`) as Python
rows with calamine, then writes the first `--rows` rows with each candidate and prints
the CPU time, scaled to the whole sheet. The rows are given to them ready-made (their
creation from the column arrays, which cfp would also pay, is not counted).

    python bench/compare_xlsx_writers.py [--rows 100000]

Needs the `bench` extras (xlsxwriter, rustpy-xlsxwriter); a writer not installed is
skipped.
"""

from __future__ import annotations

import argparse
import io
import time
from pathlib import Path

WORKBOOK = Path(__file__).resolve().parent / "_work" / "xlsx-out" / "bom-100000-inventory.xlsx"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    import python_calamine

    book = python_calamine.CalamineWorkbook.from_path(str(WORKBOOK))
    grid = book.get_sheet_by_index(1).to_python()
    header, body = grid[0], [[None if v == "" else v for v in row] for row in grid[1:]]
    rows = body[:args.rows]
    scale = len(body) / len(rows)
    print(f"{len(body):,} rows x {len(header)} columns; writing {len(rows):,}, scaled x{scale:.1f}")
    for name, write in (("openpyxl write_only", _openpyxl), ("XlsxWriter constant_memory",
                        _xlsxwriter), ("rustpy-xlsxwriter (records)", _rustpy)):
        try:
            start = time.process_time()
            size = write(header, rows)
        except ImportError as exc:
            print(f"{name:30s} skipped ({exc})")
            continue
        cpu = time.process_time() - start
        print(f"{name:30s} {cpu:6.2f} s CPU for {len(rows):,} rows -> ~{cpu * scale:5.1f} s "
              f"for the sheet ({size / 1e6:.1f} MB)")
    return 0


def _openpyxl(header: list, rows: list) -> int:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("inventory")
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return len(out.getvalue())


def _xlsxwriter(header: list, rows: list) -> int:
    import xlsxwriter

    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"constant_memory": True, "in_memory": False})
    sheet = book.add_worksheet("inventory")
    sheet.write_row(0, 0, header)
    for i, row in enumerate(rows, start=1):
        sheet.write_row(i, 0, row)
    book.close()
    return len(out.getvalue())


def _rustpy(header: list, rows: list) -> int:
    from rustpy_xlsxwriter import FastExcel

    out = io.BytesIO()
    FastExcel(out).sheet("inventory", [dict(zip(header, row, strict=True)) for row in rows]).save()
    return len(out.getvalue())


if __name__ == "__main__":
    raise SystemExit(main())
