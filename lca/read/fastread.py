"""A large BOM sheet read as typed columns: fastexcel (calamine in Rust) to Arrow to numpy.

python-calamine gives a sheet as Python objects, one per cell (1.3 million for a
100,000-row BOM), which cfp then gathers into columns again. fastexcel parses the same
XML with the same Rust library and gives Arrow columns of the wanted columns only, typed
(numbers as float64, text dictionary-encoded), without a Python object per cell; its
parse is also faster (bench/engine/README.md: 0.78x of python-calamine's bare read).

The result must be what the python-calamine path gives, cell for cell, so this path is
taken only where that is certain and gives way otherwise (`None`: `workbook` reads the
sheet with python-calamine as before):

* the header block (the first `HEAD_ROWS` rows and the merged ranges) is read by
  python-calamine itself, from a copy of the workbook whose BOM sheet holds only those
  rows followed by the sheet's own tail (merged ranges...): the header logic sees the
  same cells as before;
* a number column is read as float64: a text cell comes back as an error naming its
  value (`String("1,200")`, parsed by `parse_number` as before), an Excel error cell as
  an error too (blank, as python-calamine reads it). fastexcel turns booleans into 1.0
  and texts such as "nan" into numbers: a sheet whose XML may hold a boolean cell
  (`SheetScan.booleans`) does not take this path, and a column holding NaN or infinity
  gives way; any other kind of value (dates...) gives way;
* a text column is read as text: fastexcel writes a number cell as Rust prints it
  (`12345`, `0.5`), which is what cfp's `to_text` makes of it, except for the forms
  `_ambiguous` lists (exponents, over 15 digits, `-0`, booleans, dates), which give way.

Used only for sheets of at least `MIN_ROWS` rows (by the guard's
scan): importing pyarrow costs more than the whole read of a small BOM (bench/README.md,
`bench_startup.py`).
`CFP_FASTREAD_MIN_ROWS` overrides it (tests run the small test BOMs through this path).
"""

from __future__ import annotations

import io
import re
import threading
import zipfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from .prefetch import FASTREAD_MIN_ROWS
from .prefetch import fastread_min_rows as min_rows

#: the threshold, decided in `prefetch` before this module is imported
MIN_ROWS = FASTREAD_MIN_ROWS

#: Rows of the header block read as cells (header search 20, sub-headers 3, margin).
HEAD_ROWS = 30
#: Fields read as text (`bom._typed_parts` makes each a `text_codes` column); any other
#: mapped column is read as numbers (its raw cells rebuilt exactly: see `_number_column`).
TEXT_FIELDS = frozenset({"part_number", "name", "grade", "category", "supplier", "parent",
                         "pcf_id", "supplier_part_number", "quantity_unit", "unit",
                         "position"})
#: Other zip entries copied to the header workbook must be small.
MAX_COPIED = 16 << 20

_ROW = re.compile(rb"<(?:[\w.-]+:)?row\b[^>]*>")
_ROW_R = re.compile(rb"""\sr\s*=\s*["'](\d+)["']""")
_STRING = re.compile(r"Expected (?:float|string) but got 'String\(\"(.*)\"\)'\Z", re.S)
_ERROR = re.compile(r"Expected (?:float|string) but got 'Error\(\w+\)'\Z")
_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")
#: What may be `_ambiguous` (RE2 syntax, for pyarrow; a superset of it).
_SUSPECT = (r"^(true$|false$|[+-]?[0-9]{4,}-[0-9]{2}-[0-9]{2}|[0-9]{2}:[0-9]{2}|-?PT?[0-9]"
            r"|-?[0-9]+(\.[0-9]+)?$)")
_DATE = re.compile(r"[+-]?[0-9]{4,}-[0-9]{2}-[0-9]{2}|[0-9]{2}:[0-9]{2}|-?PT?[0-9]")


def wanted(scan: Any) -> bool:
    """Whether the sheet `scan` describes is read here."""
    if scan is None or scan.tail is None or scan.booleans or scan.rows < min_rows():
        return False
    try:
        import importlib.util

        return all(importlib.util.find_spec(m) is not None for m in ("fastexcel", "pyarrow"))
    except (ImportError, ValueError):
        return False


# --- the header block ----------------------------------------------------------------


def head_book(package: Any, sheet: str, scan: Any) -> Any:
    """A python-calamine workbook of the same parts, the BOM sheet cut after `HEAD_ROWS`
    rows (then its own tail: merged ranges); None where that cannot be made exactly."""
    import python_calamine

    found = package.sheet_part(sheet)
    if found is None or found.part is None:
        return None
    xml = _head_xml(package, found.part, scan)
    if xml is None:
        return None
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as out:
        for info in package.archive.infolist():
            if info is found.part or info.filename == found.part.filename:
                out.writestr(info.filename, xml)
            elif info.file_size > MAX_COPIED:
                return None
            else:
                out.writestr(info.filename, b"".join(package.inflate(info)))
    buffer.seek(0)
    return python_calamine.CalamineWorkbook.from_filelike(buffer)


def _head_xml(package: Any, part: zipfile.ZipInfo, scan: Any) -> bytes | None:
    """The sheet's XML up to its first row past `HEAD_ROWS`, closed by its own tail."""
    buffer = b""
    for piece in package.inflate(part):
        buffer += piece
        cut = _cut(buffer)
        if cut is not None:
            break
    else:
        return buffer  # the whole sheet is its header block (a small sheet, in tests)
    if cut < 0 or b"<![CDATA[" in buffer[:cut]:
        return None
    return buffer[:cut] + b"</" + scan.prefix + scan.tail


def _cut(buffer: bytes) -> int | None:
    """Where the first row numbered over `HEAD_ROWS` starts; None: not seen yet; -1: a row
    without its number (then rows are counted, and this path is not taken)."""
    for match in _ROW.finditer(buffer):
        number = _ROW_R.search(match.group(0))
        if number is None:
            return -1
        if int(number.group(1)) > HEAD_ROWS:
            return match.start()
    return None


# --- which columns -------------------------------------------------------------------


@dataclass
class Plan:
    """The body read: its first sheet row and its columns (0-based) with their kind."""

    start: int
    text: dict[int, str]  # column -> field, read as text
    numbers: list[int]  # read as numbers


def plan(rows: list[list[object]]) -> Plan | None:
    """The columns `read_bom` will take, found in the header block by its own rules
    (time columns: every cell of the header rows that names a time)."""
    from .bom import BOM_ALIASES, REQUIRED, _first_data_row, token_kind
    from .workbook import alias_index, locate_header, map_columns

    index = alias_index(BOM_ALIASES)
    header_row = locate_header(rows, index, REQUIRED)
    if header_row is None:
        return None
    columns, _headers, _duplicates = map_columns(rows[header_row], index)
    start = _first_data_row(rows, header_row, columns["part_number"])
    if start >= HEAD_ROWS:
        return None
    mapped = set(columns.values())
    times = {c for r in range(header_row, start) for c, value in enumerate(rows[r])
             if c not in mapped and token_kind(value)}
    text = {col: name for name, col in columns.items() if name in TEXT_FIELDS}
    numbers = sorted((mapped - set(text)) | times)
    return Plan(start, text, numbers)


# --- the body ------------------------------------------------------------------------


@dataclass
class Body:
    """The typed columns fastexcel read from row `plan.start` on."""

    plan: Plan
    batch: Any  # pyarrow.RecordBatch, columns in `order`
    order: list[int]
    errors: dict[int, list[tuple[int, str]]]  # column -> (row in the batch, detail)

    @property
    def height(self) -> int:
        return self.batch.num_rows

    def columns(self, start: int, wanted: dict[str, int]) -> dict[str, Any] | None:
        """{field: column} as the python-calamine path would give it (raw cells as an
        object array, or float64 with NaN for empty cells where every cell is a number;
        text as `Text` codes with "" for empty cells), or None."""
        plan = self.plan
        if start != plan.start or set(self.errors) - set(self.order):
            return None
        out: dict[str, Any] = {}
        for name, col in wanted.items():
            if col in plan.text and plan.text[col] == name:
                column = self._text_column(col)
            elif col in plan.numbers and col not in plan.text:
                column = self._number_column(col)
            else:
                return None
            if column is None:
                return None
            out[name] = column
        return out

    def agrees(self, head: list[list[object]], total_rows: int) -> bool:
        """Whether the batch lines up with the sheet: as many rows as python-calamine's
        grid has below `plan.start` (`total_rows`: the guard's rectangle), and its first
        rows hold the header block's cells."""
        start = self.plan.start
        if self.height != total_rows - start:
            return False
        errors = {(col, row): detail for col, found in self.errors.items()
                  for row, detail in found if row < HEAD_ROWS}
        for i, r in enumerate(range(start, min(len(head), start + 8))):
            for j, col in enumerate(self.order):
                cell = head[r][col] if col < len(head[r]) else ""
                got = self.batch.column(j)[i].as_py()
                if (col, i) in errors:
                    got = _text_of_error(errors[col, i])
                if not _same(cell, got, col in self.plan.text):
                    return False
        return True

    def _array(self, col: int) -> Any:
        return self.batch.column(self.order.index(col))

    def _number_column(self, col: int) -> Any:
        import numpy as np

        values = _filled(self._array(col), np.nan)
        if values is None or values.dtype != np.float64:
            return None
        missing = np.isnan(values)
        if np.isinf(values).any() or (missing.sum() != self._array(col).null_count):
            return None  # "nan" / "inf" texts read as numbers
        errors = self.errors.get(col, [])
        if not errors:  # numbers and empty cells: what `to_numbers` makes of the cells
            return values
        raw = values.astype(object)
        raw[missing] = ""
        for row, detail in errors:
            text = _text_of_error(detail)
            if text is None:
                return None
            raw[row] = text
        return raw

    def _text_column(self, col: int) -> Any:
        import numpy as np

        from ..frame import Text

        for _row, detail in self.errors.get(col, []):
            if _ERROR.match(detail) is None:
                return None  # only Excel errors (read as blank) are expected here
        encoded = self._array(col).dictionary_encode()
        if _any_ambiguous(encoded.dictionary):
            return None
        values = encoded.dictionary.to_pylist()
        codes = _filled(encoded.indices, len(values))
        if codes is None:
            return None
        return Text(codes.astype(np.intp), [*values, ""])


# Arrow arrays to numpy from their buffers: pyarrow's `to_numpy` (its pandas conversion)
# and `pa.scalar` (in `fill_null`) import pandas, ~0.5 s of CPU, even to return numpy.
_NUMPY_TYPES = {"double": "float64", "int8": "int8", "int16": "int16", "int32": "int32",
                "int64": "int64", "uint8": "uint8", "uint16": "uint16", "uint32": "uint32",
                "uint64": "uint64"}


def _filled(array: Any, fill: Any) -> Any:
    """A primitive Arrow array as a new numpy array, `fill` at its nulls, or None for an
    array of another type."""
    import numpy as np

    dtype = _NUMPY_TYPES.get(str(array.type))
    if dtype is None:
        return None
    count, offset = len(array), array.offset
    validity, data = array.buffers()[:2]
    if data is None:
        return np.empty(0, dtype) if count == 0 else None
    values = np.frombuffer(data, dtype, count=offset + count)[offset:].copy()
    if array.null_count:
        if validity is None:
            return None
        bits = np.unpackbits(np.frombuffer(validity, np.uint8), count=offset + count,
                             bitorder="little")
        values[bits[offset:] == 0] = fill
    return values


def _same(cell: object, got: object, text: bool) -> bool:
    """A python-calamine cell and what the batch holds for it."""
    if cell == "" or got is None:
        return cell == "" and got in (None, "")
    if isinstance(cell, bool) or not isinstance(cell, (str, float, int)):
        return False
    if isinstance(cell, str):
        if isinstance(got, str):
            return cell == got
        try:
            return float(cell) == got  # a number written as text, read as a number
        except ValueError:
            return False
    if text:
        return got == (str(int(cell)) if float(cell).is_integer() else repr(float(cell)))
    return float(cell) == got


@lru_cache(maxsize=4096)
def _text_of_error(detail: str) -> str | None:
    """The cell's text of a fastexcel cell error; "" for an Excel error cell; None for
    anything else (or a text Rust had to escape)."""
    if _ERROR.match(detail):
        return ""
    match = _STRING.match(detail)
    if match is None or "\\" in match.group(1):
        return None
    return match.group(1)


def _any_ambiguous(dictionary: Any) -> bool:
    """`_ambiguous` of any value of an Arrow string array, looked at only for the values
    one vectorised regex (pyarrow's RE2) finds like a boolean, date or number."""
    import pyarrow.compute as pc

    suspect = pc.match_substring_regex(dictionary, _SUSPECT)
    if not pc.any(suspect).as_py():
        return False
    return any(map(_ambiguous, dictionary.filter(suspect).to_pylist()))


def _ambiguous(text: str) -> bool:
    """Whether a text read from a text column may stand for a cell that python-calamine
    gives as another type and cfp's `to_text` writes differently: booleans (`true`),
    dates and times, numbers whose Rust form is not Python's (`-0`, exponents, integers
    past 15 digits)."""
    if text in ("true", "false") or _DATE.match(text):
        return True
    if _NUMBER.fullmatch(text) is None:
        return False
    if text.startswith("-") and float(text) == 0:
        return True
    if "." not in text:
        return len(text.lstrip("-")) > 15
    return "e" in repr(float(text))


def read_body(path: Path, sheet: str, planned: Plan) -> Body:
    """fastexcel's read of the planned columns (it parses without holding the GIL);
    pyarrow is imported meanwhile in another thread."""
    import fastexcel

    warm = threading.Thread(target=_import_pyarrow, name="cfp-pyarrow", daemon=True)
    warm.start()
    order = sorted([*planned.text, *planned.numbers])
    dtypes = {c: ("string" if c in planned.text else "float") for c in order}
    loaded = fastexcel.read_excel(str(path)).load_sheet(
        sheet, header_row=None, skip_rows=planned.start, use_columns=order, dtypes=dtypes)
    warm.join()
    batch, cell_errors = loaded.to_arrow_with_errors()
    # an error's position: (row_offset + its row in the batch, its column among the sheet's
    # columns counted from the first one used, as `available_columns` numbers them)
    absolute = {info.index: info.absolute_index for info in loaded.available_columns()}
    errors: dict[int, list[tuple[int, str]]] = {}
    for error in (cell_errors.errors if cell_errors is not None else []):
        row, col = error.position
        errors.setdefault(absolute.get(col, -1), []).append((row - error.row_offset,
                                                             error.detail))
    return Body(planned, batch, order, errors)


def _import_pyarrow() -> None:
    try:  # pyarrow.compute too: `dictionary_encode` and the text checks import it
        import pyarrow  # noqa: F401
        import pyarrow.compute  # noqa: F401
    except ImportError:
        pass
