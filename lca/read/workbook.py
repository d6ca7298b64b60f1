"""Opening input files and finding tables in them.

Cell values come from python-calamine (Rust): it is many times faster than openpyxl and
also gives merged ranges, which is all the header logic needs. CSV files (UTF-8 or CP932,
as Japanese Excel writes them) are turned into the same list-of-rows shape, so every
table - BOM or master sheet - is located by one function, `find_table`.

Nothing reaches calamine unchecked (`xlsxguard`): the file's format is sniffed, the zip
and each sheet are bounded by `Limits` before calamine reads them, and the cells calamine
reads as blank although they are not (Excel errors, formulas without a value) are
reported where a located table uses them (`table_at`). CSV input is bounded the same way.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import Any

import numpy as np

from ..details import technical
from ..errors import InputError, Problem, ProblemLog
from ..frame import Frame, positions
from ..output import protect
from . import merges, xlsxguard
from .names import bom_sheet_name, find_sheet_name, source_label
from .prefetch import WORKBOOK_SUFFIXES, Prefetch, worksheet_names
from .textnorm import blank_mask, cell_ref, header_key, nfkc
from .xlsxguard import CellIssue, Limits

TEXT_SUFFIXES = {".csv", ".tsv", ".txt"}
TABLE_SUFFIXES = WORKBOOK_SUFFIXES | TEXT_SUFFIXES
#: Workbook formats cfp refuses (their sizes cannot be checked before reading).
OTHER_WORKBOOKS = {".xls": "file.xls", ".xlsb": "file.xlsb", ".ods": "file.ods"}
HEADER_SEARCH_ROWS = 20

Rows = list[list[object]]


def file_problem(path: Path, code: str, **params: object) -> InputError:
    return InputError([Problem(code, str(path), params=params)])


def check_file(path: Path, suffixes: set[str]) -> None:
    """Existence, size and type checks shared by every input file. A path that is there
    but is not a regular file (a folder, a FIFO, a link to /dev/zero) is named as such, not
    as missing, and never opened (a FIFO would block, /dev/zero never ends)."""
    if not path.is_file():
        raise file_problem(path, "file.not_regular" if path.exists() else "file.not_found")
    if path.stat().st_size == 0:
        raise file_problem(path, "file.empty")
    suffix = path.suffix.lower()
    if suffix in OTHER_WORKBOOKS:
        raise file_problem(path, OTHER_WORKBOOKS[suffix])
    if suffix not in suffixes:
        raise file_problem(path, "file.bad_extension", suffix=path.suffix or "(none)")


@dataclass(eq=False, repr=False)
class Workbook:
    """Sheets of one input file as rows of cell values (positions as in Excel)."""

    path: Path
    sheet_names: list[str]
    _rows: dict[str, Rows] = field(default_factory=dict)
    _merged: dict[str, list[tuple[tuple[int, int], tuple[int, int]]]] = field(
        default_factory=dict)
    _book: object = None
    limits: Limits = field(default_factory=Limits)
    _package: object = None  # xlsxguard.Package: scans each sheet before calamine reads it
    _scans: dict[str, xlsxguard.SheetScan] = field(default_factory=dict)
    _read: list[str] = field(default_factory=list)  # sheets whose rows were read
    # sheets read by `fastread`: their rows are the header block, the body typed columns
    _bodies: dict[str, Any] = field(default_factory=dict)
    _heads: set[str] = field(default_factory=set)  # sheets whose rows are the header block

    def rows(self, sheet: str) -> Rows:
        if sheet not in self._rows:
            self._rows[sheet], self._merged[sheet] = self._read_sheet(sheet)
        if sheet not in self._read:
            self._read.append(sheet)
        return self._rows[sheet]

    def _read_sheet(self, sheet: str) -> tuple[Rows, list]:
        package: Any = self._package
        if package is not None:  # bounds the sheet and finds its error cells first
            self._scans[sheet] = package.scan(sheet)
        try:
            calamine_sheet = self._book.get_sheet_by_name(sheet)  # type: ignore[attr-defined]
            end = calamine_sheet.end
        except Exception as exc:  # a damaged sheet part: calamine raises several types
            raise self._unreadable(sheet, exc) from exc
        if package is not None and end is not None:  # to_python makes the grid from A1
            package.check_rectangle(sheet, end[0] + 1, end[1] + 1)
        try:
            rows = calamine_sheet.to_python(skip_empty_area=False)
            merged = list(calamine_sheet.merged_cell_ranges or [])
        except Exception as exc:
            raise self._unreadable(sheet, exc) from exc
        return rows, merged

    def body_columns(self, sheet: str, start: int,
                     wanted: dict[str, int]) -> tuple[dict[str, Any], int] | None:
        """The typed columns of a sheet `fastread` read, as the rows would give them, and
        the number of body rows; None (and the whole sheet read by python-calamine from
        now on) if that sheet was not read so or the columns asked are not those read."""
        body = self._bodies.pop(sheet, None)
        if body is None:
            return None
        columns = body.columns(start, wanted)
        if columns is not None:
            self._heads.add(sheet)
            return columns, body.height
        self._read_whole(sheet)
        return None

    def cells(self, sheet: str) -> Rows:
        """Every row of the sheet as cells, also of a sheet whose body `fastread` read as
        typed columns (its rows are then the header block: the sheet is read whole now,
        for the few cells asked of a column not read, lca/read/merges.py)."""
        if sheet in self._heads:
            self._read_whole(sheet)
        return self.rows(sheet)

    def _read_whole(self, sheet: str) -> None:
        """The sheet read again by python-calamine from the file itself (the prefetch's
        workbook holds the header block of the BOM sheet only)."""
        import python_calamine

        try:
            self._book = python_calamine.CalamineWorkbook.from_path(str(self.path))
        except Exception as exc:  # noqa: BLE001 - as open_workbook reports it
            raise file_problem(self.path, "file.not_workbook",
                               detail=technical(type(exc).__name__)) from exc
        scans = dict(self._scans)
        self._rows[sheet], self._merged[sheet] = self._read_sheet(sheet)
        self._scans.update(scans)  # the scan of the prefetch (issue search started)
        self._heads.discard(sheet)

    def _unreadable(self, sheet: str, exc: Exception) -> InputError:
        detail = f"{type(exc).__name__}: {exc}"
        return InputError([Problem("sheet.unreadable", str(self.path), sheet,
                                   params={"detail": technical(detail[:200])})])

    def merged(self, sheet: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
        self.rows(sheet)
        return self._merged.get(sheet, [])

    def cell_problems(self, sheet: str, rows: range | None = None,
                      columns: Iterable[int] | None = None) -> list[Problem]:
        """The cells of `sheet` read as blank although they hold an Excel error or a
        formula without a calculated value, within `rows` and `columns` (0-based; all if
        None), one problem each. Call after `rows(sheet)`."""
        scan = self._scans.get(sheet)
        if scan is None:
            return []
        wanted = None if columns is None else set(columns)
        return [issue_problem(str(self.path), sheet, issue) for issue in scan.issues()
                if (rows is None or issue.row in rows)
                and (wanted is None or issue.col in wanted)]

    def hidden_rows(self, sheet: str) -> list[int]:
        """The 0-based rows of `sheet` hidden in Excel (from the guard's scan of its XML;
        none for CSV). Call after `rows(sheet)`."""
        scan = self._scans.get(sheet)
        return scan.hidden_rows if scan is not None else []

    def hidden_columns(self, sheet: str) -> list[tuple[int, int]]:
        """The 0-based (first, last) column ranges of `sheet` hidden in Excel."""
        scan = self._scans.get(sheet)
        return scan.hidden_cols if scan is not None else []

    def hidden_sheets_read(self) -> list[str]:
        """The hidden and very hidden sheets whose rows cfp read, in reading order: they
        are used like any other sheet, and the user should be told."""
        if self._book is None:
            return []
        import python_calamine

        visible = python_calamine.SheetVisibleEnum.Visible
        hidden = {m.name for m in self._book.sheets_metadata  # type: ignore[attr-defined]
                  if m.visible != visible}
        return [sheet for sheet in self._read if sheet in hidden]


def issue_problem(file: str, sheet: str, issue: CellIssue) -> Problem:
    """The problem of one cell calamine reads as blank (see `xlsxguard.CellIssue`)."""
    cell = cell_ref(issue.row, issue.col)
    if issue.error is not None:
        return Problem("cell.excel_error", file, sheet, cell, issue.error)
    if issue.formula:
        return Problem("cell.formula_no_value", file, sheet, cell, "=" + issue.formula)
    return Problem("cell.shared_formula_no_value", file, sheet, cell, None)


def open_workbook(path: Path, prefetched: Prefetch | None = None,
                  limits: Limits | None = None) -> Workbook:
    """Open an Excel workbook (or a CSV file as a one-sheet workbook) for reading;
    `prefetched` is the BOM sheet of `path` being read since the command started (used
    if it was started with the same `limits`). InputError if the file is not one cfp
    reads or is beyond `limits` (default: `Limits()`)."""
    limits = limits or Limits()
    check_file(path, TABLE_SUFFIXES)
    protect([path])  # read, so never replaced by an output (files a sheet names, too)
    if path.suffix.lower() in TEXT_SUFFIXES:
        rows = read_csv_rows(path, limits)
        return Workbook(path, [path.stem], {path.stem: rows}, {path.stem: []}, limits=limits)
    if prefetched is not None and prefetched.path == path and prefetched.limits == limits \
            and prefetched.wait():
        return _prefetched_book(prefetched)
    package = xlsxguard.open_package(path, limits)
    import python_calamine

    try:
        book = python_calamine.CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # calamine raises several types for corrupt files
        raise file_problem(path, "file.not_workbook",
                           detail=technical(type(exc).__name__)) from exc
    return Workbook(path, _sheet_names(path, book), _book=book, limits=limits,
                    _package=package)


def _sheet_names(path: Path, book: object) -> list[str]:
    names = worksheet_names(book)
    if not names:
        raise file_problem(path, "file.no_sheets")
    return names


def _prefetched_book(prefetched: Prefetch) -> Workbook:
    """The workbook the prefetch opened, with its BOM sheet already read and scanned."""
    names = _sheet_names(prefetched.path, prefetched.book)
    book = Workbook(prefetched.path, names, _book=prefetched.book, limits=prefetched.limits,
                    _package=prefetched.package)
    sheet = prefetched.sheet
    if prefetched.fast and (sheet != bom_sheet_name(names) or prefetched.scan is None):
        return open_workbook(prefetched.path, None, prefetched.limits)  # not that head
    if sheet == bom_sheet_name(names) and prefetched.scan is not None:
        book._rows[sheet], book._merged[sheet] = prefetched.rows, prefetched.merged  # type: ignore[assignment]
        book._scans[sheet] = prefetched.scan
        if prefetched.fast:
            # handed over: the prefetch lives as long as the command, the batch need not
            book._bodies[sheet], prefetched.body = prefetched.body, None
    return book


def read_csv_rows(path: Path, limits: Limits | None = None) -> Rows:
    """CSV to rows; UTF-8 (with or without BOM) first, then CP932. Bounded: the file's
    size by `limits.max_unzipped_mb`, its rectangle by `limits.max_cells`, a field by the
    csv module's limit (128 KB)."""
    limits = limits or Limits()
    size = path.stat().st_size
    if size > limits.max_unzipped_bytes:
        raise file_problem(path, "csv.too_large", size=xlsxguard.mb(size),
                           limit=limits.max_unzipped_mb)
    data = path.read_bytes()
    if data.startswith((*xlsxguard.ZIP_MAGIC, xlsxguard.OLE2_MAGIC)):
        raise file_problem(path, "csv.is_workbook")
    text = decode_text(data)
    if text is None:
        raise file_problem(path, "file.encoding")
    dialect = "excel-tab" if path.suffix.lower() == ".tsv" else "excel"
    reader = csv.reader(io.StringIO(text), dialect=dialect)
    try:
        rows = [list(row) for row in reader]
    except csv.Error as exc:
        code = "csv.field_too_long" if "field limit" in str(exc) else "csv.malformed"
        raise file_problem(path, code, line=reader.line_num, limit=f"{csv.field_size_limit():,}",
                           detail=technical(exc)) from exc
    width = max(map(len, rows), default=0)
    if len(rows) * width > limits.max_cells:
        raise file_problem(path, "csv.too_many_cells", limit=f"{limits.max_cells:,}",
                           line=len(rows))
    return rows


def decode_text(data: bytes) -> str | None:
    """UTF-8 (with or without BOM), else the Japanese legacy encodings.

    Many EUC-JP byte strings are also valid CP932, decoding to half-width katakana
    garbage; of the legacy encodings that decode, the one with the fewest half-width
    katakana wins (real CP932 text from Excel rarely has any).
    """
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    candidates = []
    for encoding in ("cp932", "euc_jp"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        halfwidth = sum(1 for ch in text if "\uff61" <= ch <= "\uff9f")
        candidates.append((halfwidth, encoding, text))
    if not candidates:
        return None
    return min(candidates)[2]


def find_sheet(book: Workbook, names: Iterable[str]) -> str | None:
    """The first sheet whose normalised name is one of `names`."""
    return find_sheet_name(book.sheet_names, names)


def alias_index(aliases: dict[str, list[str]]) -> dict[str, str]:
    """{normalised header: field} from {field: [header spellings]} (read-only: the index
    of one of the module-level alias tables is made once a process, ~30 us each time)."""
    known = _INDEXES.get(id(aliases))
    if known is not None and known[0] is aliases:
        return known[1]
    index = {header_key(a): name for name, spellings in aliases.items() for a in spellings}
    if len(_INDEXES) >= 32:  # tables made per call (a factor file's own columns)
        _INDEXES.clear()
    _INDEXES[id(aliases)] = (aliases, index)  # `aliases` kept: its id cannot be reused
    return index


_INDEXES: dict[int, tuple[dict[str, list[str]], dict[str, str]]] = {}


@dataclass(eq=False, repr=False)
class Table:
    """A located table: which column holds which field, and the data rows."""

    file: str
    sheet: str
    header_row: int
    columns: dict[str, int]
    headers: dict[str, str]
    data: Frame  # one column per field, raw cell values; column "row": 0-based sheet row

    def cell(self, row: int, fieldname: str) -> str:
        return cell_ref(row, self.columns[fieldname])

    def header_cell(self, fieldname: str) -> str:
        return cell_ref(self.header_row, self.columns[fieldname])


def locate_header(rows: Rows, index: dict[str, str], required: Iterable[str]) -> int | None:
    """Index of the first of the first 20 rows holding every required field."""
    needed = set(required)
    for number, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        if needed <= _fields_in(row, index):
            return number
    return None


def _fields_in(row: list[object], index: dict[str, str]) -> set[str | None]:
    """The fields whose headers appear in one row."""
    return {index.get(header_key(v)) for v in row if isinstance(v, str) and v.strip()}


def map_columns(header: list[object], index: dict[str, str]) -> tuple[dict[str, int],
                                                                     dict[str, str],
                                                                     list[tuple[str, int, int]]]:
    """Field -> column for one header row; also the duplicates (field, first, second)."""
    columns: dict[str, int] = {}
    headers: dict[str, str] = {}
    duplicates: list[tuple[str, int, int]] = []
    for col, value in enumerate(header):
        if not isinstance(value, str):
            continue
        name = index.get(header_key(value))
        if name is None:
            continue
        if name in columns:
            duplicates.append((name, columns[name], col))
            continue
        columns[name] = col
        headers[name] = nfkc(value)
    return columns, headers, duplicates


@dataclass(eq=False, repr=False)
class Header:
    """Where a table's header is and which column holds which field; `log` is where its
    problems went (the table's cell problems go there too)."""

    row: int
    columns: dict[str, int]
    headers: dict[str, str]
    log: ProblemLog | None = None


def locate_table(book: Workbook, sheet: str, aliases: dict[str, list[str]],
                 required: list[str], log: ProblemLog | None = None) -> Header | None:
    """The header row holding every required field; None if there is none.

    A field written twice is reported to `log` (when given) and its first column used.
    """
    rows = book.rows(sheet)
    index = alias_index(aliases)
    header_row = locate_header(rows, index, required)
    if header_row is None:
        return None
    columns, headers, duplicates = map_columns(rows[header_row], index)
    for _name, first, second in duplicates:
        problem = Problem("column.duplicate", str(book.path), sheet,
                          cell_ref(header_row, second), rows[header_row][second],
                          {"column": nfkc(str(rows[header_row][second])),
                           "other": cell_ref(header_row, first)})
        if log is None:
            raise InputError([problem])
        log.extend([problem])
    return Header(header_row, columns, headers, log)


def table_at(book: Workbook, sheet: str, header: Header, start: int | None = None,
             extra: dict[str, int] | None = None, log: ProblemLog | None = None) -> Table:
    """The data rows below a located header (from `start` if the header spans rows);
    `extra` adds unnamed columns (process times) by position. A cell of these rows and
    columns that holds an Excel error or a formula without a value (read as blank) is a
    problem in `log` (else the header's log; raised if neither)."""
    rows = book.rows(sheet)
    start = header.row + 1 if start is None else start
    wanted = {**header.columns, **(extra or {})}
    typed = book.body_columns(sheet, start, wanted)
    if typed is not None:
        return _typed_table(book, sheet, header, start, wanted, typed, log)
    rows = book.rows(sheet)
    body = rows[start:]
    report(book.cell_problems(sheet, range(start, len(rows)), wanted.values()),
           log or header.log)
    width = max(wanted.values(), default=-1) + 1
    # one object array for the whole body, then columns are slices (calamine rows are
    # rectangular: the cells are copied by one C-level pass; CSV rows are padded)
    lengths = set(map(len, body))
    if len(lengths) == 1 and (length := lengths.pop()) >= width:
        grid = np.fromiter(chain.from_iterable(body), dtype=object,
                           count=len(body) * length).reshape(len(body), length)[:, :width]
    else:
        grid = np.empty((len(body), width), dtype=object)
        grid[:] = ""
        for i, row in enumerate(body):
            cut = row[:width]
            grid[i, :len(cut)] = cut
    data = Frame({name: grid[:, col] for name, col in wanted.items()}, len(body))
    data["row"] = np.arange(start, start + len(body))
    return Table(str(book.path), sheet, header.row, header.columns, header.headers,
                 drop_empty_rows(data))


def _typed_table(book: Workbook, sheet: str, header: Header, start: int,
                 wanted: dict[str, int], typed: tuple[dict[str, Any], int],
                 log: ProblemLog | None) -> Table:
    """`table_at` of a sheet `fastread` read: the same columns without a cell grid."""
    columns, height = typed
    report(book.cell_problems(sheet, range(start, start + height), wanted.values()),
           log or header.log)
    data = Frame(columns, height)
    data["row"] = np.arange(start, start + height)
    return Table(str(book.path), sheet, header.row, header.columns, header.headers,
                 drop_empty_rows(data))


def report(problems: list[Problem], log: ProblemLog | None) -> None:
    """Problems to `log`, or raised at once without one."""
    if problems and log is None:
        raise InputError(problems)
    if problems and log is not None:
        log.extend(problems)


def find_table(book: Workbook, sheet: str, aliases: dict[str, list[str]],
               required: list[str], log: ProblemLog | None = None,
               filled: Collection[str] = ()) -> Table | None:
    """Locate a table by its headers; None if no header row holds the required fields.

    Its merged and hidden cells are read by the rule of every table (`guard_table`): a
    cell merged down the rows gives its value to each of them in the fields `filled`
    (text: names, modes, units) and is refused in any other (numbers); its hidden data
    rows and columns are noted in `log.hidden` for the warnings."""
    header = locate_table(book, sheet, aliases, required, log)
    if header is None:
        return None
    table = table_at(book, sheet, header, log=log)
    own = log if log is not None else ProblemLog(table.file)
    fields = {col: name for name, col in table.columns.items()}
    labels = {table.columns[name]: text for name, text in table.headers.items()}
    columns = merges.Columns(fields, filled, labels, numbers_code="cell.merged_table_numbers")
    rows, hidden_columns = guard_table(book, table, header.row + 1, columns, own)
    if log is None:
        own.raise_if_any()
    elif rows or hidden_columns:
        log.hidden.append({"table": source_label(table.file, sheet), "file": table.file,
                           "sheet": sheet, "rows": rows, "columns": hidden_columns})
    return table


def guard_table(book: Workbook, table: Table, start: int, columns: merges.Columns,
                log: ProblemLog) -> tuple[list[int], list[str]]:
    """The one rule for merged and hidden cells of a table cfp reads (the BOM sheet and
    every master and factor table; README, "Merged cells"): each range merged over its
    data rows (sheet row `start` on) filled or refused (`merges.apply`); returned, the
    data rows (0-based sheet rows) and the `columns` read that are hidden in Excel. All
    from what the sheet's read already holds (its merged ranges, the guard's scan)."""
    sheet = table.sheet
    merges.apply(table, book.merged(sheet), start, columns, lambda: book.cells(sheet), log)
    rows: list[int] = []
    hidden = book.hidden_rows(sheet)
    if hidden:
        read = table.data["row"]
        rows = read[np.isin(read, np.asarray(hidden, dtype=read.dtype))].tolist()
    ranges = book.hidden_columns(sheet)
    labels = [columns.label(c) for c in sorted(columns.fields)
              if any(first <= c <= last for first, last in ranges)]
    return rows, labels


def missing_columns(book: Workbook, sheet: str, aliases: dict[str, list[str]],
                    required: list[str]) -> tuple[int, list[str]] | None:
    """For a table not found: the first row holding some required fields, and the others."""
    rows = book.rows(sheet)
    index = alias_index(aliases)
    for number, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        found = _fields_in(row, index)
        if any(f in found for f in required):
            return number, [f for f in required if f not in found]
    return None


def drop_empty_rows(data: Frame, ignored: Collection[str] = ()) -> Frame:
    """Rows where every mapped cell is blank are layout, not data; a cell of a field in
    `ignored` (checked, not read: the BOM's No.) does not make a row data."""
    names = [name for name in data if name != "row" and name not in ignored]
    if data.empty or not names:
        return data
    filled = ~blank_mask(data[names[0]])
    # only the rows still looking empty are checked in the other columns
    for name in names[1:]:
        unsure = positions(~filled)
        if not len(unsure):
            break
        filled[unsure] = ~blank_mask(data[name][unsure])
    return data if filled.all() else data.take(filled)
