"""Reading the BOM sheet from the moment the command starts.

python-calamine parses a sheet without holding the GIL, and the sheet of a large BOM
takes about a second to parse (100,000 rows). `Prefetch` starts that read in a thread
before the CLI imports the rest of cfp (~0.1 s), so the two overlap.

Calamine only parses what `xlsxguard` has checked. `start` opens the zip, checks it and
scans the BOM sheet's XML (bounded; for 100,000 rows about as long as inflating it, which
a second thread does meanwhile), then returns; the reading thread, which opened the
workbook in the meantime, then parses the sheet while the CLI imports. A large sheet
(`pieces`) is parsed in pieces during the scan itself, each piece as soon as the scan
has passed all of it. The search for
error cells, where there may be some, runs in another thread during that parse.
Nothing here is trusted: any failure (no such file, not a workbook, over a limit...) is
dropped and `open_workbook` opens the file again in the usual way, which reports it.

Only the BOM sheet is read here, chosen by name like `read_bom` does (`names`); the
master sheets are small and are read on demand. This module imports nothing heavy (the
scan imports numpy, which the CLI imports next anyway).
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

from .xlsxguard import Limits

#: Sheets with fewer rows are read by python-calamine, larger ones by `fastread`
#: (measured: bench/README.md); `CFP_FASTREAD_MIN_ROWS` overrides it.
FASTREAD_MIN_ROWS = 20_000


def fastread_min_rows() -> int:
    value = os.environ.get("CFP_FASTREAD_MIN_ROWS", "")
    return int(value) if value.isdigit() else FASTREAD_MIN_ROWS

#: Sheet XML per piece of a large sheet (`pieces`); `CFP_PIECE_BYTES` overrides it (the
#: tests cut small sheets into pieces). 4 pieces for the 100,000-row benchmark BOM.
PIECE_BYTES = 12 << 20


def piece_bytes() -> int:
    value = os.environ.get("CFP_PIECE_BYTES", "")
    return int(value) if value.isdigit() and int(value) > 0 else PIECE_BYTES


WORKBOOK_SUFFIXES = {".xlsx", ".xlsm"}


class Prefetch:
    """The BOM sheet of `path` as calamine rows and merged ranges, read in a thread once
    the guard has passed it (`package`, `scan`: the guard's results)."""

    def __init__(self, path: Path, limits: Limits | None = None,
                 in_pieces: bool = True) -> None:
        self.path = path
        self.limits = limits or Limits()
        self.in_pieces = in_pieces
        self.book: object = None
        self.sheet: str | None = None
        self.rows: list[list[object]] | None = None
        self.merged: list[tuple[tuple[int, int], tuple[int, int]]] = []
        self.package: object = None
        self.scan: object = None
        self.body: object = None  # fastread.Body: the sheet's typed columns (large sheets)
        self.fast = False  # read by `fastread` (then `rows` is the header block only)
        self._passed = False
        self._splitter: Any = None  # pieces.Splitter of a large sheet
        self._checked = threading.Event()
        self._thread = threading.Thread(target=self._read, name="cfp-prefetch", daemon=True)
        try:
            self._guard()
        finally:
            self._checked.set()

    def _guard(self) -> None:
        """Check the file and scan the BOM sheet in this thread; the reading thread opens
        the workbook meanwhile (the parts it reads then are checked first). A large
        sheet is parsed in pieces, each as soon as the scan has passed it (`pieces`)."""
        try:
            from . import xlsxguard
            from .names import bom_sheet_name

            package = xlsxguard.open_package(self.path, self.limits)
            names = package.worksheet_names()
            self.package = package
            self._thread.start()
            if names is not None:  # None: the guard is switched off (bench/bench_scan.py)
                self.sheet = bom_sheet_name(names)
                self._splitter = _splitter(package, self.sheet) if self.in_pieces else None
                scan = package.scan(self.sheet, ahead=True, seen=self._splitter)
                scan.start_issue_scan()
                self.scan = scan
                if scan.rows >= fastread_min_rows():  # the typed read's module only then
                    from . import fastread

                    self.fast = fastread.wanted(scan)
            self._passed = True
        except Exception:  # noqa: BLE001 - open_workbook checks again and reports it
            return

    def _read(self) -> None:
        try:
            import python_calamine

            from .names import bom_sheet_name

            book = python_calamine.CalamineWorkbook.from_path(str(self.path))
            self._checked.wait()
            if not self._passed:
                return
            sheet = self.sheet or bom_sheet_name(worksheet_names(book))
            if self.scan is None:
                self.scan = self.package.scan(sheet)  # type: ignore[attr-defined]
            if self.fast and self._read_fast(sheet, self._splitter):
                return
            self._read_whole(book, sheet)
        except Exception:  # noqa: BLE001 - open_workbook reads again and reports it
            return
        finally:
            if self._splitter is not None:
                self._splitter.stop()
                self._splitter = None  # its parts and pieces: not for the rest of the run

    def _read_whole(self, book: object, sheet: str) -> None:
        """The sheet by python-calamine (checked: the guard's scan passed it)."""
        calamine_sheet = book.get_sheet_by_name(sheet)  # type: ignore[attr-defined]
        end = calamine_sheet.end
        if end is not None and (end[0] + 1) * (end[1] + 1) > self.limits.max_cells:
            return
        rows = calamine_sheet.to_python(skip_empty_area=False)
        merged = list(calamine_sheet.merged_cell_ranges or [])
        self.book, self.sheet, self.rows, self.merged = book, sheet, rows, merged

    def _read_fast(self, sheet: str, splitter: object = None) -> bool:
        """The header block by python-calamine and the body by fastexcel (`fastread`:
        the pieces `splitter` parsed, else the whole sheet at once); False if that path
        does not apply (then python-calamine reads the whole sheet)."""
        from . import fastread

        self.fast = False
        try:
            head = fastread.head_book(self.package, sheet, self.scan)
            if head is None:
                return False
            head_sheet = head.get_sheet_by_name(sheet)
            rows = head_sheet.to_python(skip_empty_area=False)
            merged = list(head_sheet.merged_cell_ranges or [])
            planned = fastread.plan(rows)
            if planned is None:
                return False
            body = splitter.body(planned, self.scan.rows) if splitter else None  # type: ignore[attr-defined]
            if body is None:
                body = fastread.read_body(self.path, sheet, planned)
            if not body.agrees(rows, self.scan.rows):  # type: ignore[attr-defined]
                return False
        except Exception:  # noqa: BLE001 - the python-calamine path reads it instead
            return False
        self.book, self.sheet, self.rows, self.merged = head, sheet, rows, merged
        self.body, self.fast = body, True
        return True

    def wait(self) -> bool:
        """Wait for the read; True if it gave the sheet."""
        if self._thread.is_alive() or self._thread.ident is not None:
            self._thread.join()
        return self.rows is not None


def _splitter(package: Any, sheet: str) -> Any:
    """A `pieces.Splitter` for a sheet large enough to be parsed in pieces (two at
    least), else None (a small sheet: without importing `pieces`)."""
    found = package.sheet_part(sheet)
    if found is None or found.part is None or found.part.file_size < 2 * piece_bytes():
        return None
    from . import pieces

    return pieces.Splitter(package, sheet) if pieces.wanted(package, sheet) else None


def worksheet_names(book: object) -> list[str]:
    """Names of the sheets that can hold a table: a chart sheet cannot be the BOM."""
    import python_calamine

    kind = python_calamine.SheetTypeEnum.WorkSheet
    names = [m.name for m in book.sheets_metadata if m.typ == kind]  # type: ignore[attr-defined]
    return names or list(book.sheet_names)  # type: ignore[attr-defined]


def start(path: Path, limits: Limits | None = None, in_pieces: bool = True) -> Prefetch | None:
    """Begin reading the BOM sheet of `path` if it looks like a workbook (the file is
    checked and the sheet scanned before this returns). `in_pieces=False`: a large
    sheet is not parsed in pieces (~40-90 MB more at the peak: a run that writes the
    Excel workbook keeps to its memory budget, bench/README.md)."""
    if path.suffix.lower() not in WORKBOOK_SUFFIXES or not path.is_file():
        return None
    return Prefetch(path, limits, in_pieces)
