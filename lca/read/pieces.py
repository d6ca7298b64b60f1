"""A large BOM sheet parsed in pieces while the guard is still scanning the rest.

The typed read (`fastread`) of a 100,000-row sheet is one fastexcel parse of ~1 s, and it
could only start once the guard (`xlsxguard`) had scanned the whole sheet (~0.3 s). The
guard scans the sheet XML in regions of ~4 MB, each cut after a row; `Splitter` is told
of each region the scan passed (`Package.scan(seen=...)`) and gathers them into pieces of
`PIECE_BYTES`. Each piece becomes a workbook of its own (the sheet's XML head, the piece's
rows, the closing tags; every other part copied; stored, not deflated) that fastexcel
parses in a thread of its own, without the GIL, while the scan goes on: the two cores
parse and scan at once, and the last piece is all that is left after the scan.

The guarantee of `xlsxguard` holds: a piece is parsed only once every region in it has
passed the scan and the rectangle so far is within the limit, so calamine never
allocates from an unchecked part of the sheet. The result must be what the one parse of
the whole sheet gives, so pieces are made only where that is certain, and `body` gives
None otherwise (the whole sheet is then read as before, the pieces thrown away):

* the cells name their positions (the scan's plain form), so a cell is where it would
  be whatever piece it is in; the pieces' rows must not overlap (each piece's first row
  after the previous piece's last), so no cell can shadow another across pieces;
* a cut lies after a row's end tag that is followed by a row's start tag, and the row
  before it is well-formed on its own (tags without `<` in them, balanced); the sheet
  data holds no comment, CDATA or processing instruction (`<!`, `<?`), so every `<` is
  a tag; a cut inside a quoted attribute value would leave the piece before it open at
  its end, which calamine refuses;
* the header block's columns (`fastread.plan`) are found from the first region before
  any piece is parsed, and must be those the whole sheet's header block gives;
* each piece's rows are fastexcel's from its first row (`skip_rows` counts from A1), the
  rows between one piece's last value and the next piece padded as empty cells; the
  errors (texts in number columns) are placed by the same offsets.
"""

from __future__ import annotations

import os
import re
import struct
import threading
import zlib
from dataclasses import dataclass, field
from typing import Any

from .prefetch import piece_bytes
from .xlsxguard import FastScan, Package

#: The first piece is this many times smaller: its parse starts sooner (until then only
#: the scan and the inflating thread run).
FIRST_PIECE = 3
#: Other parts copied into each piece's workbook must be small.
MAX_COPIED = 16 << 20
_TAG = re.compile(rb"<(/?)[^<>\s/]+[^<>]*?(/?)>")


def wanted(package: Package, sheet: str) -> bool:
    """Whether the sheet is large enough to be parsed in pieces (two at least)."""
    import importlib.util

    found = package.sheet_part(sheet)
    if found is None or found.part is None or found.part.file_size < 2 * piece_bytes():
        return False
    try:
        return all(importlib.util.find_spec(m) is not None for m in ("fastexcel", "pyarrow"))
    except (ImportError, ValueError):
        return False


@dataclass
class Piece:
    """Checked regions of the sheet data, parsed from sheet row `skip` on."""

    parts: list[Any]  # bytes / memoryviews: the XML of the piece's workbook sheet
    first: int  # 0-based rows the piece's cells name
    last: int
    skip: int = 0
    thread: threading.Thread | None = None
    height: int = 0
    columns: dict[int, Any] = field(default_factory=dict)  # sheet column -> Arrow array
    errors: list[tuple[int, int, str]] = field(default_factory=list)  # (col, row, detail)
    failed: bool = False


class Splitter:
    """The `seen` hook of the guard's scan: gathers checked regions into pieces and has
    each parsed as soon as it is complete (see the module's docstring)."""

    def __init__(self, package: Package, sheet: str) -> None:
        self.package, self.sheet = package, sheet
        self.part = package.sheet_part(sheet).part  # type: ignore[union-attr]
        self.plan: Any = None
        self.head = b""  # the sheet's XML up to its first row
        self.prefix = b""
        self.entries: list[tuple[str, bytes]] = []  # the other parts, inflated
        self._block: tuple[bytes, int] = (b"", 0)  # XML to the header block's end, head size
        self.pieces: list[Piece] = []
        self.pending: list[Any] = []
        self.size = 0
        self.span: tuple[int, int] | None = None
        self.off = False

    def __call__(self, text: bytes, end: int, fast: FastScan) -> None:
        if self.off:
            return
        try:
            self._take(text, end, fast)
        except Exception:  # noqa: BLE001 - no pieces then: the whole sheet is read
            self.off = True

    def _take(self, text: bytes, end: int, fast: FastScan) -> None:
        span = fast.span
        if span is None and text.find(b"c", 0, end) < 0:  # no cell: (the end of) empty rows
            span = self.span or (self.pieces[-1].last if self.pieces else 0,) * 2
        if span is None or span[0] < 0 or not _clean(text, end) \
                or (not self.head and not self._head(text, end, fast)):
            self.off = True
            return
        self.pending.append(memoryview(text)[:end])
        self.size += end
        self.span = span if self.span is None else (min(self.span[0], span[0]),
                                                    max(self.span[1], span[1]))
        if self.plan is None and not self._plan():
            return
        if fast.rows * fast.cols > self.package.limits.max_cells:
            self.off = True  # (the scan refuses the sheet or scans it exactly)
        elif fast.tail is not None:
            self._launch(fast.tail)  # (the region ends with the closing tag's "</")
        elif self.size >= piece_bytes() // (1 if self.pieces else FIRST_PIECE) \
                and self._cut_ok(text, end):
            self._launch(b"</" + self.prefix + b"sheetData></" + self.prefix + b"worksheet>")

    def _head(self, text: bytes, end: int, fast: FastScan) -> bool:
        """At the first region: the sheet's XML up to its first row and up to the end of
        the header block (`fastread.HEAD_ROWS`), the other parts inflated; False if
        pieces cannot be made."""
        from . import fastread

        buffer, cut = b"", None
        for piece in self.package.inflate(self.part):
            buffer += piece
            cut = fastread._cut(buffer)
            if cut is not None:
                break
        at = buffer.find(b"sheetData") + 9
        self.prefix = fast.prefix
        lead = text.find(b"<" + self.prefix + b"row", 0, end)
        if cut is None or cut < 0 or at < 9 or lead < 0 or b"<" in text[:lead] \
                or b"/" in text[:lead] or b"<![CDATA[" in buffer[:cut]:
            return False  # (lead: the rest of the sheetData start tag, then a row)
        for info in self.package.archive.infolist():
            if info.filename != self.part.filename:
                if info.file_size > MAX_COPIED:
                    return False
                self.entries.append((info.filename, b"".join(self.package.inflate(info))))
        self.head, self._block = buffer[:at] + text[:lead], (buffer[:cut], at)
        return True

    def _plan(self) -> bool:
        """The header block's plan, once the regions checked so far hold the block
        (read by python-calamine from a workbook of the block alone); False until then,
        or if there is no plan (then no pieces)."""
        from . import fastread

        block, at = self._block
        if len(block) > at + self.size:
            if self.span is not None and self.span[1] >= 10 * fastread.HEAD_ROWS:
                self.off = True  # (the block's rows are not in order)
            return False
        if b"".join(self.pending)[:len(block) - at] != block[at:]:
            self.off = True
            return False
        closing = b"</" + self.prefix + b"sheetData></" + self.prefix + b"worksheet>"
        self.plan = fastread.plan(_head_rows(self._book([block, closing]), self.sheet))
        if self.plan is None:
            self.off = True
            return False
        threading.Thread(target=fastread._import_pyarrow, name="cfp-pyarrow",
                         daemon=True).start()
        return True

    def _cut_ok(self, text: bytes, end: int) -> bool:
        """The region ends with a row that is well-formed on its own, and the next one
        starts with a row."""
        close, open_ = b"</" + self.prefix + b"row>", b"<" + self.prefix + b"row"
        after = text[end:end + len(open_) + 1]
        if text[end - len(close):end] != close or after[:-1] != open_ \
                or after[-1:] not in (b" ", b"\t", b"\n", b"\r", b">"):
            return False
        start = max(text.rfind(open_ + b" ", 0, end), text.rfind(open_ + b">", 0, end))
        return start >= 0 and _well_formed(text[start:end])

    def _launch(self, closing: bytes) -> None:
        first, last = self.span  # type: ignore[misc]
        if self.pieces and first <= self.pieces[-1].last:
            self.off = True  # rows out of order across the cut
            return
        if self.pieces:
            parts = [self.head, *self.pending]
        else:  # (the first region holds the rest of the sheetData start tag)
            parts = [self.head[:self.head.rindex(b"sheetData") + 9], *self.pending]
        piece = Piece([*parts, closing], first, last,
                      skip=self.plan.start if not self.pieces else first)
        self.pending, self.size, self.span = [], 0, None
        piece.thread = threading.Thread(target=self._parse, args=(piece,),
                                        name=f"cfp-piece-{len(self.pieces)}", daemon=True)
        self.pieces.append(piece)
        piece.thread.start()

    def _book(self, sheet_xml: list[Any]) -> bytes:
        return stored_zip([*self.entries, (self.part.filename, sheet_xml)])

    def _parse(self, piece: Piece) -> None:
        """fastexcel's read of the planned columns of one piece (without the GIL)."""
        try:
            import fastexcel

            plan = self.plan
            wanted = set(plan.text) | set(plan.numbers)
            source, fd = _source(zip_parts([*self.entries, (self.part.filename, piece.parts)]))
            piece.parts = []
            try:
                reader = fastexcel.read_excel(source)
            finally:
                if fd is not None:
                    os.close(fd)  # (the reader holds the file open)
            loaded = reader.load_sheet(
                self.sheet, header_row=None, skip_rows=piece.skip,
                use_columns=lambda c: c.absolute_index in wanted,
                dtypes={c: ("string" if c in plan.text else "float") for c in wanted})
            batch, cell_errors = loaded.to_arrow_with_errors()
            selected = loaded.selected_columns
            if [c.name for c in selected] != batch.schema.names:
                raise ValueError("columns out of order")
            piece.columns = {c.absolute_index: batch.column(j) for j, c in enumerate(selected)}
            absolute = {info.index: info.absolute_index for info in loaded.available_columns()}
            piece.errors = [(absolute.get(e.position[1], -1), e.position[0] - e.row_offset,
                             e.detail) for e in (cell_errors.errors if cell_errors else [])]
            piece.height = batch.num_rows
        except Exception:  # noqa: BLE001 - the whole sheet is read instead
            piece.failed = True

    def stop(self) -> None:
        """No more pieces (the scan failed or the sheet is read another way)."""
        self.off = True

    def body(self, plan: Any, total_rows: int) -> Any:
        """The pieces joined into `fastread.Body` (as `read_body` gives it) for the
        whole sheet's `plan` and rectangle; None if the pieces do not make it."""
        pieces = self.pieces
        if self.off or not pieces or plan != self.plan or self.pending:
            return None
        for piece in pieces:
            piece.thread.join()  # type: ignore[union-attr]
        starts = [p.skip for p in pieces] + [total_rows]
        if any(p.failed or p.skip + p.height > starts[i + 1] for i, p in enumerate(pieces)) \
                or pieces[-1].skip + pieces[-1].height != total_rows:
            return None  # (the last piece as the whole sheet's read: no rows padded)
        joined = _joined(plan, pieces, starts)
        for piece in pieces:  # their columns are copied into the joined batch: freed
            piece.columns = {}
        return joined


def _joined(plan: Any, pieces: list[Piece], starts: list[int]) -> Any:
    """One Arrow batch of the pieces' columns (of the types fastexcel gave), the rows
    between one piece's last value and the next piece as nulls; None if the types
    differ between pieces."""
    import pyarrow as pa

    from .fastread import Body

    order = sorted([*plan.text, *plan.numbers])
    arrays = []
    for col in order:
        given = {p.columns[col].type for p in pieces if col in p.columns}
        if len(given) > 1:
            return None
        kind = given.pop() if given else (pa.string() if col in plan.text else pa.float64())
        chunks = []
        for i, piece in enumerate(pieces):
            chunks.append(piece.columns.get(col, pa.nulls(piece.height, kind)))
            gap = starts[i + 1] - piece.skip - piece.height
            if gap:
                chunks.append(pa.nulls(gap, kind))
        arrays.append(pa.concat_arrays(chunks))
    errors: dict[int, list[tuple[int, str]]] = {}
    for piece in pieces:
        offset = piece.skip - plan.start
        for col, row, detail in piece.errors:
            errors.setdefault(col, []).append((row + offset, detail))
    batch = pa.RecordBatch.from_arrays(arrays, names=[str(c) for c in order])
    return Body(plan, batch, order, errors)


def _head_rows(book: bytes, sheet: str) -> list[list[object]]:
    import io

    import python_calamine

    workbook = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(book))
    return workbook.get_sheet_by_name(sheet).to_python(skip_empty_area=False)


def _clean(text: bytes, end: int) -> bool:
    """No comment, CDATA section or processing instruction in `text[:end]`: every `<`
    there starts a tag (a `!` or `?` anywhere is rare, then the pairs are looked for)."""
    return all(text.find(mark, 0, end) < 0 or text.find(b"<" + mark, 0, end) < 0
               for mark in (b"!", b"?"))


def _well_formed(row: bytes) -> bool:
    """A row element whose tags hold no `<`, no `'` and paired `"`, and are balanced."""
    depth, tags = 0, 0
    for match in _TAG.finditer(row):
        tags += 1
        tag = match.group(0)
        if b"'" in tag or tag.count(b'"') % 2:
            return False
        if match.group(1):
            depth -= 1
        elif not match.group(2):
            depth += 1
        if depth <= 0 and match.end() != len(row):
            return False
    return depth == 0 and tags == row.count(b"<") and tags > 0


def _crc(parts: list[Any]) -> int:
    try:
        from isal.isal_zlib import crc32
    except ImportError:  # pragma: no cover - isal is a dependency
        crc32 = zlib.crc32
    value = 0
    for part in parts:
        value = crc32(part, value)
    return value


def _source(parts: list[Any]) -> tuple[str | bytes, int | None]:
    """What fastexcel reads a piece's workbook from: an in-memory file (Linux memfd) it
    opens by path and reads as it parses, else the joined bytes (which fastexcel copies
    once more; measured on a 12 MB piece: 0.20 s of CPU against 0.23-0.27 s, and no
    page faults for two fresh copies)."""
    if not hasattr(os, "memfd_create") or not os.path.isdir("/proc/self/fd"):
        return b"".join(parts), None
    fd = os.memfd_create("cfp-piece", getattr(os, "MFD_CLOEXEC", 0))
    try:
        for part in parts:
            view = memoryview(part)
            while len(view):
                view = view[os.write(fd, view):]
    except BaseException:
        os.close(fd)
        raise
    return f"/proc/self/fd/{fd}", fd


def stored_zip(entries: list[tuple[str, Any]]) -> bytes:
    """A zip archive of `entries` (name, bytes or a list of byte pieces), stored."""
    return b"".join(zip_parts(entries))


def zip_parts(entries: list[tuple[str, Any]]) -> list[Any]:
    """The pieces of a stored zip archive of `entries` (name, bytes or a list of byte
    pieces), the entries' own pieces not copied (no ZIP64: a piece's workbook is far
    below 4 GB)."""
    out: list[Any] = []
    directory: list[bytes] = []
    offset = 0
    for name, data in entries:
        parts = data if isinstance(data, list) else [data]
        size, crc, encoded = sum(len(p) for p in parts), _crc(parts), name.encode()
        local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0x800, 0, 0, 0x21, crc, size,
                            size, len(encoded), 0) + encoded
        directory.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0x800, 0, 0,
                                     0x21, crc, size, size, len(encoded), 0, 0, 0, 0, 0,
                                     offset) + encoded)
        out += [local, *parts]
        offset += len(local) + size
    central = b"".join(directory)
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(directory), len(directory),
                      len(central), offset, 0)
    return [*out, central, end]
