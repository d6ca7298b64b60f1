"""Reading the BOM sheet from the moment the command starts.

python-calamine parses a sheet without holding the GIL, and the sheet of a large BOM
takes about a second to parse (100,000 rows). `Prefetch` starts that read in a thread
before the CLI imports numpy and the rest of cfp (~0.1 s), so the two overlap.
Nothing here is trusted: any failure (no such file, not a workbook...) is dropped and
`open_workbook` opens the file again in the usual way, which reports the problem.

Only the BOM sheet is read here, chosen by name like `read_bom` does (`names`); the
master sheets are small and are read on demand. This module imports nothing heavy.
"""

from __future__ import annotations

import threading
from pathlib import Path

WORKBOOK_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".xlsb", ".ods"}


class Prefetch:
    """The BOM sheet of `path` as calamine rows and merged ranges, read in a thread."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.book: object = None
        self.sheet: str | None = None
        self.rows: list[list[object]] | None = None
        self.merged: list[tuple[tuple[int, int], tuple[int, int]]] = []
        self._thread = threading.Thread(target=self._read, name="cfp-prefetch", daemon=True)
        self._thread.start()

    def _read(self) -> None:
        try:
            import python_calamine

            from .names import bom_sheet_name

            book = python_calamine.CalamineWorkbook.from_path(str(self.path))
            sheet = bom_sheet_name(worksheet_names(book))
            calamine_sheet = book.get_sheet_by_name(sheet)
            rows = calamine_sheet.to_python(skip_empty_area=False)
            merged = list(calamine_sheet.merged_cell_ranges or [])
        except Exception:  # noqa: BLE001 - open_workbook reads again and reports it
            return
        self.book, self.sheet, self.rows, self.merged = book, sheet, rows, merged

    def wait(self) -> bool:
        """Wait for the read; True if it gave the sheet."""
        self._thread.join()
        return self.rows is not None


def worksheet_names(book: object) -> list[str]:
    """Names of the sheets that can hold a table: a chart sheet cannot be the BOM."""
    import python_calamine

    kind = python_calamine.SheetTypeEnum.WorkSheet
    names = [m.name for m in book.sheets_metadata if m.typ == kind]  # type: ignore[attr-defined]
    return names or list(book.sheet_names)  # type: ignore[attr-defined]


def start(path: Path) -> Prefetch | None:
    """Begin reading the BOM sheet of `path` if it looks like a workbook."""
    if path.suffix.lower() not in WORKBOOK_SUFFIXES or not path.is_file():
        return None
    return Prefetch(path)
