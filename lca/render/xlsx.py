"""The Excel inventory workbook: summary, inventory, breakdowns, factors, native charts.

Numbers are written as numbers (never formatted text) so that a customer can re-sum
them; totals are values, not formulas, so tools that read cached values (pandas,
openpyxl) see them too. Every text cell comes from the BOM or a factor file and is
untrusted: `output.neutralise` stops `=HYPERLINK(...)` from becoming a formula, and
characters that XML cannot hold are dropped.

The small sheets (and the charts, styles, headers) are written by openpyxl. The two big
ones, the inventory (its columns from `lca/schema.py`; ~700,000 rows for a 100,000-row
BOM) and the parts, are written here from the column arrays and spliced into the saved
workbook: text as shared strings (each distinct text cleaned and stored once), each
cell made once per distinct value or, for numbers, by one orjson call per chunk of rows,
deflated by ISA-L (`zipwrite`). Cells and rows are placed by their order (ECMA-376 makes `r`
optional; Excel, LibreOffice, openpyxl and calamine read them so): a cell is then the
same bytes in every row, which is what lets it be made once. The whole is re-zipped
with the pinned time, so the bytes depend only on the content.
"""

from __future__ import annotations

import importlib
import io
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import compress, groupby
from typing import Any

import numpy as np
import orjson
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.chart import BarChart, LineChart, PieChart, Reference
from openpyxl.chart.label import DataLabelList
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from ..aggregate.tables import DATA_TYPES
from ..errors import UsageError
from ..output import FORMULA_PREFIXES, neutralise, write_overlapped
from ..records import frozen
from ..schema import names as schema_names
from .model import ReportModel, column_header, column_kind, fmt_sig, layout
from .text import t
from .zipwrite import ZipWriter

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1D4F73")
TITLE_FONT = Font(bold=True, size=14, color="1D4F73")
BOLD = Font(bold=True)
KG = "#,##0.0000"
PCT = "0.0%"
STAGE_COLORS = ["2B6A99", "7FB3D5", "E8912D", "9C9C8A"]
#: Column widths of the inventory sheet by field (default 12).
WIDTHS = {"row": 8, "part_number": 14, "name": 24, "parent_row": 8, "direction": 8,
          "stage": 10, "flow": 24, "process": 14, "unit": 7, "mass_basis": 10,
          "factor": 10, "factor_unit": 14, "factor_unit_given": 8, "factor_gases": 20,
          "factor_key": 16, "factor_source": 40, "factor_ref": 30, "factor_origin": 22,
          "matched_by": 14, "master_origin": 30, "energy_basis": 10}
#: A text that starts like a formula, after a line break of the joined texts.
_FORMULA_START = re.compile("\n[" + re.escape("".join(FORMULA_PREFIXES)) + "]")
#: A space at either end of a text, in texts joined by \x00.
_OUTER_SPACE = re.compile(r"(?:^|\x00)\s|\s(?:\x00|$)")
#: Rows of an Excel sheet (header included): a larger sheet is a file Excel cannot open.
EXCEL_ROWS = 1_048_576
#: Rows of a spliced sheet made and compressed at a time.
CHUNK_ROWS = 10_000


def safe_text(value: object) -> object:
    """A cell value from untrusted text: no formula, no XML-illegal characters."""
    if isinstance(value, str):
        return neutralise(ILLEGAL_CHARACTERS_RE.sub("", value))
    return value


def _value(value: object) -> object:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return None
    if isinstance(value, np.generic):
        return value.item()
    return safe_text(value)


class SheetWriter:
    """Appends rows to a write-only sheet, counting rows for chart references."""

    def __init__(self, book: Workbook, title: str, widths: list[float]) -> None:
        self.ws = book.create_sheet(title)
        self.row = 0
        for i, width in enumerate(widths, start=1):
            self.ws.column_dimensions[get_column_letter(i)].width = width

    def cell(self, value: object, font: Font | None = None, fmt: str | None = None,
             fill: PatternFill | None = None, wrap: bool = False) -> Cell:
        cell = WriteOnlyCell(self.ws, _value(value))
        if font is not None:
            cell.font = font
        if fill is not None:
            cell.fill = fill
        if fmt is not None:
            cell.number_format = fmt
        if wrap:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        return cell

    def append(self, values: list[Any]) -> int:
        self.ws.append([v if isinstance(v, Cell) else _value(v) for v in values])
        self.row += 1
        return self.row

    def header(self, labels: list[str]) -> int:
        return self.append([self.cell(label, HEADER_FONT, fill=HEADER_FILL) for label in labels])

    def title(self, text: str) -> int:
        return self.append([self.cell(text, TITLE_FONT)])


@frozen
class ExtraSheet:
    """A sheet another feature adds to the workbook (uncertainty, scenarios...)."""

    title: str  # the sheet's name, in the model's language (`t(key, m.lang)`)
    widths: list[float]  # column widths, from column A
    write: Callable[[SheetWriter], None]  # appends the rows: `s.header`, `s.append`, charts
    freeze_header: bool = True  # row 1 stays in view


#: The features' sheets, after the factors sheet and before the notes, in this order.
#: Each entry is "module:function" (module relative to `cfp.lca`, imported only when a
#: workbook is written) or the function itself; the function takes the ReportModel and
#: gives an ExtraSheet, or None when the result has nothing for it (no sheet then).
#: One line per feature, e.g. ".uncertainty:xlsx_sheet",
EXTRA_SHEETS: list[str | Callable[[ReportModel], ExtraSheet | None]] = [
    ".render.energy_view:xlsx_sheet",  # issue 15: processing by energy carrier, Scope 1/2
    ".render.rules_view:xlsx_sheet",  # issue 14: rule profile, cut-off, allocation
    ".render.scenarios_view:xlsx_sheet",  # issue 15: what-if scenarios and their chart
    ".render.uncertainty_view:xlsx_sheet",  # issue 14: Monte Carlo, sensitivity, advice
]


def workbook_bytes(m: ReportModel) -> bytes:
    """The whole workbook as deterministic .xlsx bytes."""
    rows = max(len(m.inventory), len(m.parts) + 1) + 1  # data (+ total row) + header
    if rows > EXCEL_ROWS:
        raise UsageError("xlsx.too_many_rows", rows=f"{rows:,}", limit=f"{EXCEL_ROWS:,}")
    book, strings = Workbook(write_only=True), SharedStrings()
    _summary(book, m)
    part_cells = PartCells(m, strings)
    splices = [_inventory(book, m, strings, part_cells)]
    _by_stage(book, m)
    splices.append(_by_part(book, m, strings, part_cells))
    _top_parts(book, m)
    _by_category(book, m)
    _by_process(book, m)
    _factors(book, m)
    _extra_sheets(book, m)
    _notes(book, m)
    created = _utc_naive(m.created)
    book.properties.creator = f"cfp {m.cfp_version}"
    book.properties.title = t("xl.title", m.lang, product=m.product)
    book.properties.created = created
    book.properties.modified = created
    buffer = io.BytesIO()
    book.save(buffer)
    return _pin_zip(buffer.getvalue(), created, splices, strings)


def _utc_naive(moment: datetime) -> datetime:
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.replace(microsecond=0)


def _axes_visible(chart: Any) -> None:
    """openpyxl >= 3.1 leaves `delete` unset, which recent Excel reads as hidden axes."""
    chart.x_axis.delete = False
    chart.y_axis.delete = False


# --- the re-zip -----------------------------------------------------------------------

SST_MEMBER = "xl/sharedStrings.xml"
SST_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
SST_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"


def _pin_zip(data: bytes, created: datetime, splices: list[Splice],
             strings: SharedStrings) -> bytes:
    """Re-zip with the pinned time (openpyxl stamps 'modified' with now and zip entries
    with the current time); splice in the rows of the big sheets and add the shared
    strings they use. The big members are deflated by ISA-L (`zipwrite`)."""
    stamp = created.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    archive = ZipWriter(created.timetuple()[:6])
    by_member = {splice.member: splice for splice in splices}
    with zipfile.ZipFile(io.BytesIO(data)) as src:
        for info in src.infolist():
            content = _patched(info.filename, src.read(info.filename), stamp)
            if info.filename not in by_member:
                archive.add(info.filename, content)
                continue
            with archive.member(info.filename, fast=True) as sheet:
                _write_spliced(sheet, content, by_member[info.filename])
    with archive.member(SST_MEMBER, fast=True) as sst:
        write_overlapped(strings.xml(), sst.write)
    return archive.getvalue()


def _patched(name: str, content: bytes, stamp: bytes) -> bytes:
    """The pinned 'modified' time; the shared strings declared in the package."""
    if name == "docProps/core.xml":
        return re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                      rb"\g<1>" + stamp + rb"\g<2>", content)
    if name == "[Content_Types].xml":
        return content.replace(b"</Types>", f'<Override PartName="/{SST_MEMBER}" '
                               f'ContentType="{SST_TYPE}" /></Types>'.encode())
    if name == "xl/_rels/workbook.xml.rels":
        return content.replace(b"</Relationships>", f'<Relationship Type="{SST_REL}" '
                               f'Target="sharedStrings.xml" Id="rIdCfpStrings" />'
                               f'</Relationships>'.encode())
    return content


# --- big sheets from column arrays ------------------------------------------------------

class SharedStrings:
    """The shared strings of the spliced sheets, each text cleaned (`safe_text`: no
    formula, no XML-illegal character) and its cell made once. `cells` looks each text
    up (a column of few distinct texts); `each` gives every text an entry of its own (a
    column of distinct texts, such as part numbers: no lookup per text). Cells are bytes."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self._index: dict[str, int] = {}
        self._cells: dict[object, bytes] = {None: b"<c/>"}

    def cells(self, texts: list[object]) -> list[bytes]:
        """The cell XML of each text (a blank cell for None or an empty text)."""
        new = [x for x in dict.fromkeys(texts) if x not in self._cells]
        if new:
            clean = _cleaned(new)
            for cleaned in clean:
                if cleaned and cleaned not in self._index:
                    self._index[cleaned] = len(self.texts)
                    self.texts.append(cleaned)
            index = np.array([self._index.get(x, -1) for x in clean], dtype=np.int64)
            self._cells.update(zip(new, _text_cells(index), strict=True))
        return list(map(self._cells.__getitem__, texts))

    def each(self, texts: list[object]) -> list[bytes]:
        """The cell XML of each text, each text its own shared string."""
        clean = _cleaned(texts)
        present = np.fromiter(map(bool, clean), dtype=bool, count=len(clean))
        index = np.full(len(clean), -1, dtype=np.int64)
        index[present] = np.arange(len(self.texts), len(self.texts) + int(present.sum()))
        self.texts.extend(compress(clean, present.tolist()))
        return _text_cells(index)

    def xml(self, chunk: int = 20_000) -> Iterator[bytes]:
        """sharedStrings.xml, escaped in C-level replaces over chunks of texts."""
        texts = self.texts
        yield ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://'
               f'schemas.openxmlformats.org/spreadsheetml/2006/main" uniqueCount='
               f'"{len(texts)}">').encode()
        for start in range(0, len(texts), chunk):
            part = texts[start:start + chunk]
            # \x00 and \x01 are XML-illegal, so no text holds them: \x01 marks a text
            # whose outer spaces must be kept (rare: checked on the chunk at once)
            joined = "\x00".join(part)
            if _OUTER_SPACE.search(joined):
                joined = "\x00".join(x if x == x.strip() else "\x01" + x for x in part)
            joined = joined.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            joined = joined.replace("\x00", "</t></si><si><t>").replace(
                "<t>\x01", '<t xml:space="preserve">')
            if joined.startswith("\x01"):
                joined = '<si><t xml:space="preserve">' + joined[1:] + "</t></si>"
            else:
                joined = "<si><t>" + joined + "</t></si>"
            yield joined.encode()
        yield b"</sst>"


def _cleaned(texts: list[object]) -> list[str]:
    """`safe_text` of each text ("" for None), checked on all of them at once and done
    one by one only where needed (rare)."""
    raw = texts if set(map(type, texts)) <= {str} else [
        "" if x is None else str(x) for x in texts]
    joined = "\n".join(raw)  # type: ignore[arg-type]
    if ILLEGAL_CHARACTERS_RE.search(joined):
        raw = [ILLEGAL_CHARACTERS_RE.sub("", x) for x in raw]  # type: ignore[arg-type]
    if _FORMULA_START.search(joined) or (raw and raw[0].startswith(FORMULA_PREFIXES)):
        raw = [neutralise(x) for x in raw]  # type: ignore[misc]
    return raw  # type: ignore[return-value]


def _text_cells(index: np.ndarray) -> list[bytes]:
    """Shared-string cells of string indexes (-1: a blank cell)."""
    cells = number_cells(index, kind=b' t="s"')
    if (index < 0).any():
        cells = [c if i >= 0 else b"<c/>" for c, i in zip(cells, index.tolist(), strict=True)]
    return cells


def number_cells(values: np.ndarray, style: bytes = b"", suffix: bytes = b"",
                 kind: bytes = b"", prefix: bytes = b"") -> list[bytes]:
    """The cells of each number (NaN: a blank cell; 2.0 written 2), from one orjson call
    and C-level replaces, not a Python object per number: `<c s="6"><v>0.8595</v></c>`,
    with `prefix` before and `suffix` after. A 2-D array gives one piece per row, its
    cells side by side. `kind` b' t="s"' makes shared-string cells of indexes."""
    if not len(values):
        return []
    floats = values.dtype.kind not in "iub"
    values = np.ascontiguousarray(values, dtype=np.float64 if floats else np.int64)
    text = orjson.dumps(values, option=orjson.OPT_SERIALIZE_NUMPY)
    # rows separated by `rows`, the numbers of a row (2-D) by commas
    body, rows = (text[2:-2], b"],[") if values.ndim == 2 else (text[1:-1], b",")
    if floats and (values == np.trunc(values)).any():  # 2.0 -> 2 (orjson writes 2.0)
        body = (body + b",").replace(b".0,", b",")[:-1]
        body = body.replace(b".0],[", b"],[") if values.ndim == 2 else body
    cell, end = b"<c" + style + kind + b"><v>", b"</v></c>"
    body = body.replace(rows, end + suffix + b"\n" + prefix + cell)
    if values.ndim == 2:
        body = body.replace(b",", end + cell)
    cells = prefix + cell + body + end + suffix
    if floats and not np.isfinite(values).all():  # NaN (orjson: null): a blank cell
        cells = cells.replace(cell + b"null" + end, b"<c" + style + b"/>")
    return cells.split(b"\n")


@dataclass(eq=False)
class Keyed:
    """Cells of one or more adjacent columns that depend on a key per row: row i's
    XML is `cells[key[i]]` (the cells made once per distinct key)."""

    key: np.ndarray
    cells: np.ndarray  # objects

    @staticmethod
    def of(codes: np.ndarray, cells: list[bytes], blank: bytes = b"<c/>") -> Keyed:
        """From codes into `cells`, -1 meaning a blank cell."""
        key = codes.astype(np.int32)  # half the memory of intp: 700,000 rows a column
        key[key < 0] = len(cells)
        return Keyed(key, np.array([*cells, blank], dtype=object))

    def rows(self, start: int, stop: int) -> np.ndarray:
        return self.cells[self.key[start:stop]]

    def merged(self, other: Keyed, limit: int) -> Keyed | None:
        """One segment for both, if they have at most `limit` distinct pairs."""
        if other.key is self.key:
            return Keyed(self.key, self.cells + other.cells)
        size = len(self.cells) * len(other.cells)
        if size > 1 << 22:
            return None
        pair = self.key.astype(np.int32) * np.int32(len(other.cells)) + other.key
        present = np.zeros(size, dtype=bool)
        present[pair] = True
        ids = np.flatnonzero(present)
        if len(ids) > limit:
            return None
        renumber = np.zeros(size, dtype=np.int32)
        renumber[ids] = np.arange(len(ids))
        cells = self.cells[ids // len(other.cells)] + other.cells[ids % len(other.cells)]
        return Keyed(renumber[pair], cells)

    def around(self, prefix: bytes, suffix: bytes) -> Keyed:
        return Keyed(self.key, prefix + self.cells + suffix)


@dataclass(eq=False)
class Numbers:
    """A column of numbers, one per row, made into cells chunk by chunk; rows past the
    end of `values` are blank."""

    values: np.ndarray
    style: bytes = b""
    prefix: bytes = b""
    suffix: bytes = b""

    def rows(self, start: int, stop: int) -> list[bytes]:
        cells = number_cells(self.values[start:stop], self.style, self.suffix,
                             prefix=self.prefix)
        width = self.values.shape[1] if self.values.ndim == 2 else 1
        blank = self.prefix + (b"<c" + self.style + b"/>") * width + self.suffix
        return cells + [blank] * (stop - start - len(cells))

    def around(self, prefix: bytes, suffix: bytes) -> Numbers:
        return Numbers(self.values, self.style, prefix + self.prefix, self.suffix + suffix)

    def merged(self, other: Numbers) -> Numbers | None:
        """Side by side with the next column of the same style (one piece per row)."""
        if other.style != self.style or len(other.values) != len(self.values) \
                or self.suffix or other.prefix:
            return None
        return Numbers(np.column_stack([self.values, other.values]), self.style, self.prefix,
                       other.suffix)


Segment = Keyed | Numbers


def number_segment(values: np.ndarray, style: bytes = b"", rows: int | None = None) -> Segment:
    """Numbers (blank past the end of `values`, up to `rows`); a column of few
    distinct values (a factor, a distance, a level) as a keyed one."""
    values = np.asarray(values)
    codes, distinct = _few_values(values)
    if codes is None:
        return Numbers(values, style)
    codes = np.append(codes, np.full(max(0, (rows or 0) - len(values)), -1))
    return Keyed.of(codes.astype(np.intp), number_cells(distinct, style), b"<c" + style + b"/>")


def _few_values(values: np.ndarray) -> tuple[np.ndarray | None, np.ndarray]:
    """(code per value, the distinct values) when a sample of `values` holds at most a
    few dozen distinct values and all values are among them; else (None, ...). NaN gets
    code -1 (a blank cell)."""
    if len(values) <= 1000:
        return None, values
    sample = np.unique(values[::len(values) // 1000])
    sample = sample[~np.isnan(sample)] if sample.dtype.kind == "f" else sample
    if len(sample) > 64:
        return None, values
    codes = np.minimum(np.searchsorted(sample, values), len(sample) - 1) if len(sample) \
        else np.zeros(len(values), dtype=np.intp)
    found = sample[codes] == values if len(sample) else np.zeros(len(values), dtype=bool)
    missing = np.isnan(values) if values.dtype.kind == "f" else np.zeros(len(values), bool)
    if not (found | missing).all():
        return None, values
    return np.where(missing, -1, codes), sample


def _append(segments: list[Segment], segment: Segment, limit: int) -> None:
    """`segment` after `segments`, merged into the last one when both are keyed and
    their distinct combinations are at most `limit`."""
    last = segments[-1] if segments else None
    merged: Segment | None = None
    if isinstance(last, Keyed) and isinstance(segment, Keyed):
        merged = last.merged(segment, limit)
    elif isinstance(last, Numbers) and isinstance(segment, Numbers):
        merged = last.merged(segment)
    if merged is not None:
        segments[-1] = merged
    else:
        segments.append(segment)


def joined(segments: list[Segment], rows: int) -> list[Segment]:
    """Adjacent keyed segments merged while their distinct combinations stay few (a row
    is then made of a handful of pieces), the first opening the row and the last
    closing it. Rows are placed by order, like their cells (no `r`)."""
    limit = max(1024, rows // 16)
    out: list[Segment] = []
    for segment in segments:
        _append(out, segment, limit)
    if out:
        out[0] = out[0].around(b"<row>", b"")
        out[-1] = out[-1].around(b"", b"</row>")
    return out


@dataclass
class Splice:
    """Rows of a big sheet (from sheet row 2), written as XML into the saved workbook."""

    member: str  # zip member of the sheet
    columns: list[Any]  # per column: a Segment, or a callable(styles) -> Segment
    rows: int


def _splice(book: Workbook, s: SheetWriter, columns: list[Any], rows: int,
            formats: dict[int, str]) -> Splice:
    """Write a template row 2 through openpyxl, so that the number formats (`formats`:
    column index -> format) become styles of the workbook; `_write_spliced` replaces it
    by the rows, each column with its style. A column given as a callable is made once
    the styles are known."""
    if formats:
        s.append([s.cell(0, fmt=formats[i]) if i in formats else None
                  for i in range(max(formats) + 1)])
    return Splice(f"xl/worksheets/sheet{book.worksheets.index(s.ws) + 1}.xml", columns, rows)


def _sheet_rows(splice: Splice, styles: dict[int, bytes]) -> Iterator[bytes]:
    """`<row>` elements from sheet row 2, CHUNK_ROWS rows at a time."""
    segments = joined([c(styles.get(i, b"")) if callable(c) else c
                       for i, c in enumerate(splice.columns)], splice.rows)
    width = len(segments)
    for start in range(0, splice.rows, CHUNK_ROWS):
        stop = min(start + CHUNK_ROWS, splice.rows)
        # the pieces row by row: segment j's at j, j + width, ... (a list filled by
        # strided slice assignment: half the time of an object grid and its ravel)
        pieces: list[bytes] = [b""] * ((stop - start) * width)
        for j, segment in enumerate(segments):
            made = segment.rows(start, stop)
            pieces[j::width] = made.tolist() if isinstance(made, np.ndarray) else made
        yield b"".join(pieces)


def _write_spliced(sheet: Any, content: bytes, splice: Splice) -> None:
    """The sheet's XML with its rows from 2 on (the template row) replaced by the
    splice's."""
    head, tail = content.split(b"</sheetData>", 1)
    cut = head.find(b'<row r="2"')
    template = head[cut:] if cut >= 0 else b""
    styles = {_column_index(k.decode()): b' s="' + v + b'"' for k, v in
              re.findall(rb'<c r="([A-Z]+)2" s="(\d+)"', template)}
    sheet.write(head[:cut] if cut >= 0 else head)
    # compressing (zlib releases the GIL) overlaps with making the next rows
    write_overlapped(_sheet_rows(splice, styles), sheet.write)
    sheet.write(b"</sheetData>" + tail)


def _column_index(letters: str) -> int:
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - 64
    return index - 1


# --- sheets ---------------------------------------------------------------------------

def _summary(book: Workbook, m: ReportModel) -> None:
    s = SheetWriter(book, t("xl.summary", m.lang), [34, 22, 12, 60])
    s.title(t("xl.title", m.lang, product=m.product))
    s.append([])
    for label, value, fmt in _facts(m):
        bold = BOLD if fmt == KG else None
        s.append([s.cell(label, BOLD), s.cell(value, bold, fmt)])
    s.append([])
    first = s.header([t("h.stage", m.lang), t("h.kg", m.lang), t("h.share", m.lang)]) + 1
    for stage in m.stages:
        s.append([stage.label, s.cell(stage.kg, fmt=KG), s.cell(stage.share, fmt=PCT)])
    s.append([s.cell(t("h.total", m.lang), BOLD), s.cell(m.total, BOLD, KG)])
    s.ws.add_chart(_stage_pie(s, m, first), "E3")


def _facts(m: ReportModel) -> list[tuple[str, object, str | None]]:
    lang = m.lang
    return [
        (t("f.product", lang), m.product, None),
        (t("f.product_id", lang), m.product_id or None, None),
        (t("f.declared_unit", lang), m.declared_unit, None),
        (t("xl.per_unit", lang, unit=m.declared_unit), m.total, KG),
        (f'{t("f.product_mass", lang)} (kg)', m.product_mass, "#,##0.000###"),
        (t("f.pds", lang), m.pds, PCT),
        (t("f.proxy_share", lang), m.proxy_share, PCT),
        (t("f.measured_share", lang), m.measured_share, PCT),
        (t("f.boundary", lang), t("v.boundary", lang), None),
        (t("f.standard", lang), t("v.standard", lang), None),
        (t("f.gwp", lang), t("v.gwp", lang, set=m.gwp), None),
        (t("f.reference_period", lang), m.reference_period or t("v.not_stated", lang), None),
        (t("f.company", lang), m.company or t("v.not_stated", lang), None),
        (t("f.verification", lang), t("v.not_verified", lang), None),
        (t("f.created", lang), m.created_iso, None),
        (t("f.input_file", lang), m.input_file, None),
        (t("f.sha256", lang), m.input_sha256, None),
        (t("f.cfp_version", lang), m.cfp_version, None),
    ]


def _stage_pie(s: SheetWriter, m: ReportModel, first: int) -> PieChart:
    from openpyxl.chart.series import DataPoint

    pie = PieChart()
    pie.title = t("xl.stage_chart", m.lang)
    last = first + len(m.stages) - 1
    pie.add_data(Reference(s.ws, min_col=2, min_row=first - 1, max_row=last),
                 titles_from_data=True)
    pie.set_categories(Reference(s.ws, min_col=1, min_row=first, max_row=last))
    for i, color in enumerate(STAGE_COLORS[:len(m.stages)]):
        point = DataPoint(idx=i)
        point.graphicalProperties.solidFill = color
        pie.series[0].dPt.append(point)
    pie.dataLabels = DataLabelList()
    pie.dataLabels.showPercent = True
    pie.height, pie.width = 8, 12
    return pie


def _inventory(book: Workbook, m: ReportModel, strings: SharedStrings,
               part_cells: PartCells) -> Splice:
    """One row per annex row (flows and each part's net weight), every field of the
    schema the workbook carries (`schema.names("xlsx")`) with the part's name and total
    quantity and the direction."""
    names = layout(schema_names("xlsx"))
    s = SheetWriter(book, t("xl.inventory", m.lang), [WIDTHS.get(n, 12) for n in names])
    s.ws.freeze_panes = "A2"
    s.header([column_header(n, m.lang) for n in names])
    s.ws.auto_filter.ref = f"A1:{get_column_letter(len(names))}{len(m.inventory) + 1}"
    return _splice(book, s, _inventory_segments(m, names, strings, part_cells),
                   len(m.inventory), {})


def _inventory_segments(m: ReportModel, names: list[str], strings: SharedStrings,
                        part_cells: PartCells) -> list[Segment]:
    """The inventory columns as segments, each merged into its neighbour as soon as it
    is made (few columns' row keys are alive at a time). The columns that are the same
    on every row of a part are made last: the few-valued columns take the first, short
    shared-string indexes."""
    per_part = [m.inventory.lci.part_values(n) is not None for n in names]
    runs = [list(run) for _, run in groupby(range(len(names)), key=per_part.__getitem__)]
    limit = max(1024, len(m.inventory) // 16)
    order = m.inventory.lci.order
    made: dict[int, list[Segment]] = {}
    for run in sorted(runs, key=lambda columns: per_part[columns[0]]):
        columns = [_inventory_column(m, names[i], strings, part_cells) for i in run] \
            if per_part[run[0]] else []
        if columns:  # one cell per part for all of them: joined once
            cells = np.array(list(map(b"".join, zip(*(c.cells for c in columns),  # type: ignore[union-attr]
                                                    strict=True))), dtype=object)
            made[run[0]] = [Keyed(m.inventory.lci.part, cells)]
            continue
        segments: list[Segment] = []
        for i in run:
            _append(segments, _inventory_column(m, names[i], strings, part_cells), limit)
        # made and merged in the Lci's source order, put in row order once merged
        made[run[0]] = [_in_order(segment, order) for segment in segments]
    return [segment for start in sorted(made) for segment in made[start]]


class PartCells:
    """The cells of the part numbers and names, per part position, shared by both big
    sheets: one shared string each, made when first asked for (after the few-valued
    columns, which so get the short indexes)."""

    NAMES = ("part_number", "name")

    def __init__(self, m: ReportModel, strings: SharedStrings) -> None:
        self.m, self.strings, self.made = m, strings, {}

    def __getitem__(self, name: str) -> np.ndarray:
        """Cells by part position, then a blank one."""
        if name not in self.made:
            texts = self.m.inventory.part_column(name)
            assert texts is not None
            self.made[name] = np.array([*self.strings.each(texts.tolist()), b"<c/>"],
                                       dtype=object)
        return self.made[name]


def _in_order(segment: Segment, order: np.ndarray) -> Segment:
    if isinstance(segment, Keyed):
        return Keyed(segment.key[order], segment.cells)
    return Numbers(segment.values[order], segment.style)


def _inventory_column(m: ReportModel, name: str, strings: SharedStrings,
                      part_cells: PartCells) -> Segment:
    inv, lci = m.inventory, m.inventory.lci
    if name in PartCells.NAMES:  # one cell per part, keyed by the part of the row
        return Keyed(lci.part, part_cells[name])
    per_part = inv.part_column(name)
    if per_part is not None:
        cells = strings.cells(per_part.tolist()) if column_kind(name) == "text" \
            else number_cells(per_part)
        return Keyed(lci.part, np.array([*cells, b"<c/>"], dtype=object))
    if column_kind(name) == "text":  # the others in source order (`_inventory_segments`)
        codes, texts = inv.display_codes(name, source=True)
        return Keyed.of(codes, strings.cells(texts))
    return number_segment(lci.source_column(name))


def _by_stage(book: Workbook, m: ReportModel) -> None:
    s = SheetWriter(book, t("xl.by_stage", m.lang), [22, 14, 10])
    first = s.header([t("h.stage", m.lang), t("h.kg", m.lang), t("h.share", m.lang)]) + 1
    for stage in m.stages:
        s.append([stage.label, s.cell(stage.kg, fmt=KG), s.cell(stage.share, fmt=PCT)])
    s.append([s.cell(t("h.total", m.lang), BOLD), s.cell(m.total, BOLD, KG)])
    s.ws.add_chart(_stage_pie(s, m, first), "E2")
    bar = BarChart()
    bar.type = "bar"
    bar.title = t("xl.stage_chart", m.lang)
    bar.add_data(Reference(s.ws, min_col=2, min_row=first - 1, max_row=first + 3),
                 titles_from_data=True)
    bar.set_categories(Reference(s.ws, min_col=1, min_row=first, max_row=first + 3))
    bar.legend = None
    bar.y_axis.title = "kg-CO2e"
    bar.height, bar.width = 7, 12
    _axes_visible(bar)
    s.ws.add_chart(bar, "E19")


def _by_part(book: Workbook, m: ReportModel, strings: SharedStrings,
             part_cells: PartCells) -> Splice:
    """One row per BOM row (a BOM may have 100,000 parts), then a total row."""
    stages = [st.key for st in m.stages]
    s = SheetWriter(book, t("xl.by_part", m.lang), [8, 7, 14, 26, 10, 22] + [11] * len(stages)
                    + [12, 9])
    s.ws.freeze_panes = "A2"
    headers = [t(h, m.lang) for h in ("h.row", "h.level", "h.part_number", "h.name",
                                      "h.quantity", "h.category")]
    s.header(headers + [st.label for st in m.stages] + [t("h.kg", m.lang), t("h.share", m.lang)])
    p, n = m.parts, len(m.parts)

    def numbers(values: np.ndarray, total: float | None = None) -> Any:
        column = values if total is None else np.append(values, total)
        return lambda style: number_segment(column, style, n + 1)

    def texts(values: np.ndarray) -> Keyed:
        return Keyed.of(np.arange(n + 1), strings.cells([*values.tolist(), None]))

    def part_texts(name: str, total: str | None = None) -> Keyed:
        cells = np.append(part_cells[name][p.sums.position], strings.cells([total]))
        return Keyed(np.arange(n + 1), cells)

    columns = [numbers(p.sums.row), numbers(p.sums.level),
               part_texts("part_number", t("h.total", m.lang)), part_texts("name"),
               numbers(p.sums.total_quantity), texts(p.category_name),
               *(numbers(p.sums.stages[st.key], st.kg) for st in m.stages),
               numbers(p.sums.kg_co2e, m.total), numbers(p.sums.share)]
    formats = {6 + i: KG for i in range(len(stages) + 1)} | {7 + len(stages): PCT}
    return _splice(book, s, columns, n + 1, formats)


def _top_parts(book: Workbook, m: ReportModel) -> None:
    """The ten largest parts and their cumulative share, with a Pareto chart."""
    s = SheetWriter(book, t("xl.top10_sheet", m.lang), [7, 14, 26, 12, 9, 11])
    s.header([t(h, m.lang) for h in ("h.rank", "h.part_number", "h.name", "h.kg", "h.share",
                                     "h.cumulative")])
    for i, item in enumerate(m.pareto, start=1):
        s.append([i, item.part_number, item.name, s.cell(item.kg, fmt=KG),
                  s.cell(item.share, fmt=PCT), s.cell(item.cumulative, fmt=PCT)])
    if m.pareto:
        s.ws.add_chart(_pareto_chart(s, m), "H2")


def _pareto_chart(s: SheetWriter, m: ReportModel) -> BarChart:
    n = len(m.pareto)
    bar = BarChart()
    bar.title = t("xl.top10", m.lang)
    bar.add_data(Reference(s.ws, min_col=4, min_row=1, max_row=n + 1), titles_from_data=True)
    bar.set_categories(Reference(s.ws, min_col=2, min_row=2, max_row=n + 1))
    bar.y_axis.title = "kg-CO2e"
    bar.y_axis.majorGridlines = None
    line = LineChart()
    line.add_data(Reference(s.ws, min_col=6, min_row=1, max_row=n + 1), titles_from_data=True)
    line.y_axis.axId = 200
    line.y_axis.number_format = "0%"
    line.y_axis.scaling.min = 0
    line.y_axis.scaling.max = 1
    line.y_axis.crosses = "max"
    line.y_axis.delete = False
    bar += line
    bar.legend.position = "b"
    bar.height, bar.width = 8, 16
    _axes_visible(bar)
    return bar


def _by_category(book: Workbook, m: ReportModel) -> None:
    stages = [st.key for st in m.stages]
    s = SheetWriter(book, t("xl.by_category", m.lang), [30, 11] + [11] * len(stages) + [12, 9])
    headers = [t("h.category", m.lang), t("h.mass", m.lang)] + [st.label for st in m.stages]
    s.header(headers + [t("h.kg", m.lang), t("h.share", m.lang)])
    for c in m.categories:
        s.append([c.name, s.cell(c.mass_kg, fmt="#,##0.000")]
                 + [s.cell(c.stages[k], fmt=KG) for k in stages]
                 + [s.cell(c.kg_co2e, fmt=KG), s.cell(c.share, fmt=PCT)])
    n = len(m.categories)
    s.append([s.cell(t("h.total", m.lang), BOLD), None]
             + [s.cell(st.kg, BOLD, KG) for st in m.stages] + [s.cell(m.total, BOLD, KG)])
    if n == 0:
        return
    bar = BarChart()
    bar.type = "bar"
    bar.grouping = "stacked"
    bar.overlap = 100
    bar.title = t("xl.category_chart", m.lang)
    bar.add_data(Reference(s.ws, min_col=3, max_col=2 + len(stages), min_row=1, max_row=n + 1),
                 titles_from_data=True)
    bar.set_categories(Reference(s.ws, min_col=1, min_row=2, max_row=n + 1))
    for series, color in zip(bar.series, STAGE_COLORS, strict=False):
        series.graphicalProperties.solidFill = color
    bar.x_axis.scaling.orientation = "maxMin"  # largest category on top
    bar.y_axis.title = "kg-CO2e"
    bar.legend.position = "b"
    bar.height, bar.width = max(7, 1 + 0.8 * n), 18
    _axes_visible(bar)
    s.ws.add_chart(bar, f"A{n + 4}")


def _by_process(book: Workbook, m: ReportModel) -> None:
    s = SheetWriter(book, t("xl.by_process", m.lang), [22, 11, 13, 13, 10, 12, 9])
    s.header([t(h, m.lang) for h in ("h.process", "h.kwh", "h.measured_kwh",
                                     "h.estimated_kwh", "h.measured_share", "h.kg",
                                     "h.share")])
    for p in m.processes:
        s.append([p.name, s.cell(p.kwh, fmt="#,##0.000"),
                  s.cell(p.measured_kwh, fmt="#,##0.000"),
                  s.cell(p.estimated_kwh, fmt="#,##0.000"),
                  s.cell(p.measured_share, fmt=PCT),
                  s.cell(p.kg_co2e, fmt=KG), s.cell(p.share, fmt=PCT)])
    n = len(m.processes)
    if n == 0:
        return
    bar = BarChart()
    bar.grouping = "stacked"
    bar.overlap = 100
    bar.title = t("xl.process_chart", m.lang)
    bar.add_data(Reference(s.ws, min_col=3, max_col=4, min_row=1, max_row=n + 1),
                 titles_from_data=True)
    bar.set_categories(Reference(s.ws, min_col=1, min_row=2, max_row=n + 1))
    for series, color in zip(bar.series, ["2F8F5B", "E8912D"], strict=False):
        series.graphicalProperties.solidFill = color
    bar.y_axis.title = "kWh"
    bar.legend.position = "b"
    bar.height, bar.width = 7, 14
    _axes_visible(bar)
    s.ws.add_chart(bar, f"A{n + 4}")


def _factors(book: Workbook, m: ReportModel) -> None:
    s = SheetWriter(book, t("xl.factors", m.lang), [18, 11, 16, 12, 44, 36, 22, 16, 22, 8,
                                                     12, 9, 60])
    s.ws.freeze_panes = "A2"
    s.header([t(h, m.lang) for h in ("h.factor_key", "h.factor", "h.factor_unit",
                                     "h.data_type", "h.source", "h.reference", "h.origin",
                                     "h.matched_by", "h.licence", "h.flows", "h.kg",
                                     "h.share", "h.note")])
    for f in m.factors:
        data_type = t(f"dt.{f.data_type}", m.lang) if f.data_type in DATA_TYPES else f.data_type
        s.append([f.key, f.factor, f"kg-CO2e/{f.unit}", data_type, f.source, f.reference,
                  f.origin, f.matched_by or None, f.licence or None, f.flows,
                  s.cell(f.kg, fmt=KG),
                  s.cell(f.share, fmt=PCT), f.note or None])


def _extra_sheets(book: Workbook, m: ReportModel) -> None:
    """The sheets of `EXTRA_SHEETS` that have something to show for this result."""
    for hook in EXTRA_SHEETS:
        if isinstance(hook, str):
            module, name = hook.split(":")
            hook = getattr(importlib.import_module(module, __name__.rsplit(".", 2)[0]), name)
        sheet = hook(m)
        if sheet is None:
            continue
        s = SheetWriter(book, sheet.title, sheet.widths)
        if sheet.freeze_header:
            s.ws.freeze_panes = "A2"
        sheet.write(s)


def _notes(book: Workbook, m: ReportModel) -> None:
    s = SheetWriter(book, t("xl.notes", m.lang), [120])
    excluded = [f"{e['part_number']} ({e['grade']}): {fmt_sig(e['mass_kg'])} kg – {e['reason']}"
                for e in m.excluded] or [t("text.no_exclusions", m.lang)]
    sections = [("sec.hotspots", m.hotspots), ("sec.quality", m.quality),
                ("sec.cutoff", excluded),
                ("sec.warnings", m.warnings or [t("text.no_warnings", m.lang)]),
                ("sec.limitations", m.limitations)]
    for key, lines in sections:
        s.append([s.cell(t(key, m.lang), TITLE_FONT)])
        for line in lines:
            s.append([s.cell(line, wrap=True)])
        s.append([])
