"""Bounded, honest reading of .xlsx workbooks: what python-calamine would otherwise trust.

python-calamine (Rust) reads whatever a file claims: a cell at XFD1048576 makes it
allocate the dense 1,048,576 x 16,384 grid and abort the process, a zip bomb or a
shared-strings table declaring 4 billion strings does the same, and it reads an Excel
error cell (`#N/A`) or a formula without a cached value as an empty cell. This module
looks at the file before calamine does:

- `sniff`: the format from the bytes, not the name (.xls, .xlsb, .ods and encrypted
  workbooks are refused: the limits below can only be checked for OOXML);
- `open_package`: the zip's entries (sizes, compression ratios, methods, duplicate names),
  the workbook's sheets and their parts, the shared strings - before calamine opens it;
- `Package.scan`: a sheet's XML inflated in bounded chunks, giving the rectangle calamine
  will allocate (rows x columns of the cells that hold something) and the error cells and
  formulas without a value (`SheetScan.issues`), before calamine parses the sheet; on
  its way, the rows and columns hidden in Excel, which calamine does not say.

The scan is built to cost less than inflating the XML: a vectorised (numpy) check proves
that every cell tag has the plain form `<c r="B12" ...>` (then the positions are the
references); anything else - namespace prefixes other than the root's, attributes
without quotes, cells without `r`, a second `r` - falls back to an exact tokenizer that
follows calamine's rules, slower but only met in unusual files.
"""

from __future__ import annotations

import queue
import re
import struct
import threading
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import repeat
from pathlib import Path
from typing import Any

from ..details import technical, zip_detail
from ..errors import InputError, Message, Problem
from ..records import frozen


@frozen
class Limits:
    """What cfp reads at most; far above any real BOM (measured: the 100,000-row
    benchmark BOM has 1.3 million cells and 51 MB of sheet XML)."""

    max_cells: int = 10_000_000  # rows x columns of one sheet's rectangle (from A1)
    max_unzipped_mb: int = 512  # uncompressed size of a workbook (each part and in all)

    @property
    def max_unzipped_bytes(self) -> int:
        return self.max_unzipped_mb << 20


#: A zip entry expanding more than this (and past RATIO_FLOOR bytes) is a zip bomb:
#: real sheet XML compresses 5-30:1.
MAX_RATIO = 100
RATIO_FLOOR = 1 << 20
#: Central directory bytes (~60 per entry): Python's zipfile reads it whole.
MAX_DIRECTORY = 16 << 20
#: Parts parsed whole here (workbook.xml, relationships): a few KB in real files.
MAX_PART_PARSED = 32 << 20
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
CHUNK = 4 << 20  # sheet XML scanned in pieces of about this size
READ = 256 << 10  # compressed bytes inflated per step
#: Regions up to this size are checked with bytes methods and one regex: numpy's fixed
#: cost per call (~1 us, ~60 calls a region) is most of the time of a small sheet
#: (measured: a 1 KB master sheet 40 us instead of 180 us; at ~20 KB numpy is faster).
SMALL_REGION = 8 << 10


@frozen
class CellIssue:
    """A cell calamine reads as blank although it is not: an Excel error value, or a
    formula without a cached value (`error` None, `formula` its text)."""

    row: int  # 0-based, as in the rows calamine gives
    col: int
    error: str | None = None
    formula: str | None = None


def refuse(path: Path, code: str, sheet: str | None = None, value: object = None,
           **params: object) -> InputError:
    return InputError([Problem(code, str(path), sheet, None, value, params)])


def mb(size: int) -> str:
    return f"{size / (1 << 20):,.1f}"


# --- what the file is ------------------------------------------------------------------


def sniff(path: Path) -> str:
    """'zip', 'ole2' (a compound file: .xls or an encrypted workbook) or 'other'."""
    with path.open("rb") as handle:
        head = handle.read(8)
    if head.startswith(ZIP_MAGIC):
        return "zip"
    return "ole2" if head == OLE2_MAGIC else "other"


def ole2_problem(path: Path, limit: int) -> InputError:
    """An encrypted OOXML workbook holds the streams EncryptionInfo and EncryptedPackage
    (their UTF-16 names are in the compound file's directory); anything else is .xls."""
    needle = "EncryptedPackage".encode("utf-16-le")
    with path.open("rb") as handle:
        tail = b""
        while block := handle.read(1 << 20):
            if needle in tail + block:
                return refuse(path, "file.encrypted")
            tail = block[-len(needle):]
            limit -= len(block)
            if limit < 0:
                break
    return refuse(path, "file.xls")


# --- the zip -----------------------------------------------------------------------------


def open_package(path: Path, limits: Limits | None = None) -> Package:
    """Check the workbook at `path` before calamine opens it; InputError if it is not an
    .xlsx/.xlsm this module can vouch for."""
    limits = limits or Limits()
    kind = sniff(path)
    if kind == "ole2":
        raise ole2_problem(path, limits.max_unzipped_bytes)
    if kind != "zip":
        raise refuse(path, "file.not_workbook", detail=Message("detail.zip.no_signature"))
    _check_directory_size(path)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise refuse(path, "file.not_workbook", detail=zip_detail(exc)) from exc
    package = Package(path, archive, limits)
    try:
        package.check_entries()
        package.read_structure()
    except BaseException:
        archive.close()
        raise
    return package


def _check_directory_size(path: Path) -> None:
    """The central directory's size from the end record, before zipfile reads it whole
    (a million entries would be a million ZipInfo objects)."""
    with path.open("rb") as handle:
        handle.seek(0, 2)
        size = handle.tell()
        handle.seek(max(0, size - 65_557))
        tail = handle.read()
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or at + 22 > len(tail):
        raise refuse(path, "file.not_workbook", detail=Message("detail.zip.truncated"))
    directory = struct.unpack_from("<I", tail, at + 12)[0]
    if directory != 0xFFFFFFFF and directory > MAX_DIRECTORY:
        raise refuse(path, "file.not_workbook",
                     detail=Message("detail.zip.directory", {"size": mb(directory)}))


@dataclass(eq=False, repr=False)
class SheetPart:
    name: str
    kind: str  # worksheet, chartsheet, dialogsheet, ...
    state: str  # visible, hidden, veryHidden
    part: zipfile.ZipInfo | None


@dataclass(eq=False, repr=False)
class Package:
    """A checked .xlsx zip: its entries by normalised name and its sheets."""

    path: Path
    archive: zipfile.ZipFile
    limits: Limits
    entries: dict[str, zipfile.ZipInfo] = field(default_factory=dict)
    sheets: list[SheetPart] = field(default_factory=list)

    def check_entries(self) -> None:
        """Names, methods, encryption and sizes of every entry, from the directory."""
        total = 0
        for info in self.archive.infolist():
            key = info.filename.replace("\\", "/").lower()
            if key in self.entries:  # calamine and zipfile may pick different ones
                raise self.damaged(Message("detail.zip.duplicate", {"name": info.filename}))
            self.entries[key] = info
            if info.flag_bits & 1:
                raise refuse(self.path, "file.encrypted")
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise self.damaged(Message("detail.zip.method", {
                    "part": info.filename, "method": info.compress_type}))
            self._check_size(info)
            total += info.file_size
        if total > self.limits.max_unzipped_bytes:
            raise refuse(self.path, "file.unzipped_too_large", size=mb(total),
                         limit=self.limits.max_unzipped_mb)
        if "mimetype" in self.entries or any(k.endswith(".bin") and "workbook" in k
                                              for k in self.entries):
            raise refuse(self.path, "file.ods" if "mimetype" in self.entries else "file.xlsb")

    def _check_size(self, info: zipfile.ZipInfo) -> None:
        if info.file_size > self.limits.max_unzipped_bytes:
            raise refuse(self.path, "file.part_too_large", part=info.filename,
                         size=mb(info.file_size), limit=self.limits.max_unzipped_mb)
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(
                info.compress_size, 1):
            raise refuse(self.path, "file.zip_ratio", part=info.filename,
                         ratio=f"{info.file_size // max(info.compress_size, 1):,}",
                         limit=MAX_RATIO)

    def damaged(self, detail: str | Message) -> InputError:
        """The workbook refused as damaged; `detail` a message, or cfp's own words on
        the zip (shown as a technical detail)."""
        if not isinstance(detail, Message):
            detail = technical(detail[:160])
        return refuse(self.path, "file.not_workbook", detail=detail)

    def entry(self, name: str) -> zipfile.ZipInfo | None:
        """The entry calamine opens for `name` (it looks names up lower-cased)."""
        return self.entries.get(name.lower())

    def inflate(self, info: zipfile.ZipInfo) -> Iterator[bytes]:
        """The entry's bytes, inflated in pieces; never more than its declared size."""
        return inflate(self, info)

    def read_part(self, name: str) -> bytes | None:
        info = self.entry(name)
        if info is None:
            return None
        if info.file_size > MAX_PART_PARSED:
            raise self.damaged(Message("detail.zip.part_size", {
                "part": info.filename, "size": mb(info.file_size)}))
        return b"".join(self.inflate(info))

    def read_structure(self) -> None:
        """Sheets and their parts as calamine resolves them; the shared strings and styles
        are inflated (calamine reads them when it opens the workbook)."""
        read_structure(self)

    def worksheet_names(self) -> list[str] | None:
        names = [s.name for s in self.sheets if s.kind == "worksheet"]
        return names or [s.name for s in self.sheets]

    def sheet_part(self, sheet: str) -> SheetPart | None:
        return next((s for s in self.sheets if s.name == sheet), None)

    def scan(self, sheet: str, ahead: bool = False, seen: Seen | None = None) -> SheetScan:
        """The sheet's rectangle and cell issues; `ahead`: inflate in a second thread;
        `seen`: told of each region the fast scan passed (`scan_sheet`)."""
        found = self.sheet_part(sheet)
        if found is None or found.part is None:
            return SheetScan(sheet)
        part = found.part
        pieces: Iterable[bytes] = self.inflate(part)
        if ahead and part.compress_size > READ:
            pieces = read_ahead(pieces)
        try:
            scan = scan_sheet(sheet, pieces, lambda: self.inflate(part),
                              self.limits.max_cells, seen)
        except TooManyCells as exc:
            raise refuse(self.path, "sheet.too_many_cell_elements", sheet, count=f"{exc.args[0]:,}",
                         limit=f"{self.limits.max_cells:,}") from exc
        self.check_rectangle(sheet, scan.rows, scan.cols)
        return scan

    def check_rectangle(self, sheet: str, rows: int, cols: int) -> None:
        """Refuse a sheet whose cells span more than the limit (rows x columns from A1,
        the grid calamine and cfp hold)."""
        if rows * cols > self.limits.max_cells:
            corner = f"{column_name(cols)}{rows}"
            raise refuse(self.path, "sheet.too_many_cells", sheet, corner, corner=corner,
                         rows=f"{rows:,}", cols=f"{cols:,}", cells=f"{rows * cols:,}",
                         limit=f"{self.limits.max_cells:,}")


def inflate(package: Package, info: zipfile.ZipInfo) -> Iterator[bytes]:
    """Raw inflate of one entry (the local header located as zipfile and calamine's zip
    reader do); refuses an entry that expands past its declared size, the only size the
    other checks saw."""
    handle = package.archive.fp
    assert handle is not None
    with package.archive._lock:  # type: ignore[attr-defined]  # one reader of the file
        handle.seek(info.header_offset)
        local = handle.read(30)
        if len(local) < 30 or local[:4] != b"PK\x03\x04":
            raise package.damaged(f"{info.filename}: no local header")
        skip = struct.unpack_from("<HH", local, 26)
        start = info.header_offset + 30 + skip[0] + skip[1]
    stored = info.compress_type == zipfile.ZIP_STORED
    inflater = None if stored else zlib.decompressobj(-15)
    left, done, offset = info.compress_size, 0, start
    while left > 0:
        with package.archive._lock:  # type: ignore[attr-defined]
            handle.seek(offset)
            data = handle.read(min(READ, left))
        if not data:
            raise package.damaged(f"{info.filename}: truncated")
        offset, left = offset + len(data), left - len(data)
        out = data if inflater is None else _bounded(package, info, inflater, data, done)
        done += len(out)
        if out:
            yield out
    if inflater is not None and not inflater.eof or done != info.file_size:
        raise package.damaged(f"{info.filename}: size differs from the zip directory")


def _bounded(package: Package, info: zipfile.ZipInfo, inflater: Any, data: bytes,
             done: int) -> bytes:
    """Inflate `data`, at most one byte past the declared size (then refuse)."""
    room = info.file_size - done + 1
    out = inflater.decompress(data, room)
    if len(out) >= room or inflater.unconsumed_tail:
        raise refuse(package.path, "file.zip_size_lies", part=info.filename,
                     size=mb(info.file_size))
    return out


def read_ahead(pieces: Iterable[bytes], depth: int = 4) -> Iterator[bytes]:
    """Iterate `pieces` in a second thread, started at once and `depth` pieces ahead:
    zlib inflates without the GIL while the caller imports numpy, then scans."""
    box: queue.Queue[tuple[bytes | None, BaseException | None]] = queue.Queue(depth)
    stop = threading.Event()

    def put(item: tuple[bytes | None, BaseException | None]) -> bool:
        for _ in range(600):  # a reader that went away: give up after a minute
            if stop.is_set():
                return False
            try:
                box.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def produce() -> None:
        try:
            for piece in pieces:
                if not put((piece, None)):
                    return
            put((None, None))
        except BaseException as exc:  # noqa: BLE001 - re-raised in the reading thread
            put((None, exc))

    threading.Thread(target=produce, name="cfp-inflate", daemon=True).start()
    return _taken(box, stop)


def _taken(box: queue.Queue[tuple[bytes | None, BaseException | None]],
           stop: threading.Event) -> Iterator[bytes]:
    try:
        while True:
            piece, error = box.get()
            if error is not None:
                raise error
            if piece is None:
                return
            yield piece
    finally:
        stop.set()


# --- workbook structure -------------------------------------------------------------------


def read_structure(package: Package) -> None:
    """The sheets of workbook.xml and their parts, resolved like calamine's reader:
    the office document's folder from _rels/.rels, workbook.xml and its relationships
    there, targets relative to that folder unless absolute."""
    folder = _remembered(("folder", _part(package, "_rels/.rels")),
                         lambda key: _office_folder(package, key[1]))
    sheets = _remembered(("sheets", folder, _part(package, f"{folder}_rels/workbook.xml.rels"),
                          _part(package, f"{folder}workbook.xml")),
                         lambda key: _sheet_list(package, *key[1:]))
    package.sheets.extend(SheetPart(name, kind, state, package.entry(path))
                          for name, kind, state, path in sheets)
    for name in ("styles.xml", "sharedStrings.xml"):
        check_part(package, folder + name)


#: What the structure parts say, by their bytes: a batch's workbooks mostly come from one
#: program or template, and ElementTree takes ~0.25 ms for the three (of a 50-line BOM's
#: ~12). Parts over SMALL_PART are parsed each time; the memo is emptied when it is full.
_STRUCTURES: dict[tuple[Any, ...], Any] = {}
SMALL_PART = 64 << 10


def _remembered(key: tuple[Any, ...], parse: Callable[[tuple[Any, ...]], Any]) -> Any:
    if key in _STRUCTURES:
        return _STRUCTURES[key]
    value = parse(key)
    if all(len(k) <= SMALL_PART for k in key[1:] if isinstance(k, bytes)):
        if len(_STRUCTURES) >= 256:
            _STRUCTURES.clear()
        _STRUCTURES[key] = value
    return value


def _part(package: Package, name: str) -> bytes:
    data = package.read_part(name)
    if data is None:
        raise package.damaged(f"no {name}")
    return data


def _xml(package: Package, data: bytes, name: str) -> Any:
    import xml.etree.ElementTree as ET

    try:
        return ET.fromstring(data)
    except ET.ParseError as exc:
        raise package.damaged(f"{name}: {exc}") from exc


def _office_folder(package: Package, rels: bytes) -> str:
    target = next((r.get("Target", "") for r in _xml(package, rels, "_rels/.rels")
                   if r.get("Type", "").endswith("/relationships/officeDocument")), None)
    if target is None:
        raise package.damaged("not a spreadsheet package (no office document)")
    return target[:target.rfind("/") + 1].lstrip("/") if "/" in target else ""


def _sheet_list(package: Package, folder: str, rels: bytes,
                workbook: bytes) -> tuple[tuple[str, str, str, str], ...]:
    """(name, kind, state, part path) of each sheet workbook.xml lists."""
    links = {r.get("Id"): (r.get("Target", ""), r.get("Type", ""))
             for r in _xml(package, rels, f"{folder}_rels/workbook.xml.rels")}
    sheets = []
    for node in _xml(package, workbook, f"{folder}workbook.xml").iter():
        if _local(node.tag) != "sheet":
            continue
        rid = next((v for k, v in node.attrib.items() if _local(k) == "id"), None)
        link, kind = links.get(rid, ("", ""))
        path = link[1:] if link.startswith("/") else folder + link
        sheets.append((node.get("name", ""), kind.rsplit("/", 1)[-1],
                       node.get("state", "visible"), path))
    return tuple(sheets)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].rsplit(":", 1)[-1]


def check_part(package: Package, name: str) -> None:
    """Inflate a part calamine reads when it opens the workbook (a size that lies is
    refused); the shared strings' declared count must fit in their bytes."""
    info = package.entry(name)
    if info is None:
        return
    head = b""
    for piece in package.inflate(info):
        if len(head) < 4096:
            head += piece[:4096]
    found = re.search(rb"<(?:[\w.-]+:)?sst\b[^>]*?\suniqueCount\s*=\s*[\"']\s*(\d+)", head)
    # calamine reserves room for uniqueCount strings up front (24 bytes each); a string
    # takes at least `<si/>` (5 bytes) of the part
    if found and int(found[1]) > info.file_size // 5 + 1024:
        raise refuse(package.path, "file.shared_strings_count", count=f"{int(found[1]):,}",
                     most=f"{info.file_size // 5 + 1024:,}")


# --- the sheet scan ------------------------------------------------------------------------


@dataclass(eq=False, repr=False)
class SheetScan:
    """What a sheet's XML holds: the rectangle calamine allocates (1-based maxima of the
    cells with content; 0 if none) and the cells it would read as blank."""

    sheet: str
    rows: int = 0
    cols: int = 0
    exact: bool = False  # the slow tokenizer ran
    # for `fastread` (the fast scan only): the XML after the sheetData element's start tag
    # of its closing tag (`sheetData>` + merged ranges...), the root's prefix, and whether
    # a region may hold a boolean cell (`t="b"`)
    tail: bytes | None = None
    prefix: bytes = b""
    booleans: bool = True
    # rows and columns hidden in Excel (0-based rows; columns as (first, last) ranges):
    # read like the others, and warned about where a table uses them (resolve/checks.py)
    hidden_rows: list[int] = field(default_factory=list)
    hidden_cols: list[tuple[int, int]] = field(default_factory=list)
    _issues: list[CellIssue] = field(default_factory=list)
    _pending: list[tuple[bytes, bytes]] = field(default_factory=list)  # (region, prefix)
    _worker: threading.Thread | None = None

    def start_issue_scan(self) -> None:
        """Look at the regions that may hold issues in a background thread (they are
        few or none; calamine parses meanwhile)."""
        if self._pending and self._worker is None:
            self._worker = threading.Thread(target=self._find_issues, name="cfp-issues",
                                            daemon=True)
            self._worker.start()

    def _find_issues(self) -> None:
        for region, prefix in self._pending:
            self._issues.extend(region_issues(region, prefix))
        self._pending = []

    def issues(self) -> list[CellIssue]:
        """Error cells and formulas without a value, in sheet order."""
        if self._worker is not None:
            self._worker.join()
        elif self._pending:
            self._find_issues()
        return self._issues


#: `seen(text, end, fast)`: region `text[:end]` passed the fast scan (`fast.span`, `fast.rows`
#: and `fast.cols` include it; `fast.tail` is set if it is the last)
Seen = Callable[[bytes, int, "FastScan"], None]


def scan_sheet(sheet: str, pieces: Iterable[bytes], again: Callable[[], Iterable[bytes]],
               max_cells: int, seen: Seen | None = None) -> SheetScan:
    """Fast scan of the sheet XML; the exact tokenizer (over `again()`, a fresh inflate)
    when a region is not in the plain form, or when the fast bound is over the limit
    (the exact one leaves out cells without content, as calamine does)."""
    fast = FastScan(_numpy())
    fast.spans = seen is not None
    for text, end in regions(pieces, fast):
        if not fast.region(text, end):
            return exact_scan(sheet, again(), max_cells)
        if seen is not None:
            seen(text, end, fast)
    if fast.rows * fast.cols > max_cells:
        return exact_scan(sheet, again(), max_cells)
    scan = SheetScan(sheet, fast.rows, fast.cols, tail=fast.tail, prefix=fast.prefix,
                     booleans=fast.booleans, hidden_rows=fast.hidden_rows,
                     hidden_cols=fast.hidden_cols)
    scan._pending = [(region, fast.prefix) for region in fast.candidates]
    return scan


def regions(pieces: Iterable[bytes], fast: FastScan) -> Iterator[tuple[bytes, int]]:
    """The sheetData of the XML as (text, end) regions of about CHUNK bytes: text[:end]
    ends at the end of a row element (so that no cell is cut; what follows is carried to
    the next region). Sets the root's namespace prefix first. The end of sheetData is
    looked for in the last region only: what follows it (calamine stops there) is small,
    and scanning it as well errs on the safe side. The part is inflated to its end."""
    stream = iter(pieces)
    rest = _head(stream, fast, fast.hidden_cols)
    while rest is not None:
        parts, size = [rest], len(rest)
        while size < CHUNK and (piece := next(stream, None)) is not None:
            parts.append(piece)
            size += len(piece)
        text = b"".join(parts)
        if size < CHUNK:  # the part ended
            end = text.rfind(b"sheetData")
            fast.tail = text[end:] if end >= 0 else None
            yield text, end if end >= 0 else len(text)
            return
        cut = text.rfind(b"row>") + 4
        cut = cut if cut > 4 else (text.rfind(b">") + 1 or len(text))
        yield text, cut
        rest = text[cut:]


def _head(stream: Iterator[bytes], fast: FastScan | None,
          hidden: list[tuple[int, int]]) -> bytes | None:
    """Skip what comes before <sheetData> (its root element names the prefix; its
    column definitions give the `hidden` columns); what follows it, or None if the part
    has no sheetData."""
    buffer = b""
    for piece in stream:
        buffer += piece
        known = fast is None or fast.prefix_known or fast.prefix_from(buffer)
        at = buffer.find(b"sheetData")
        if at >= 0:
            hidden_columns(buffer[:at], hidden)
            return buffer[at + 9:]
        if known:  # kept: a tag cut by the piece's end (a <col .../>, <sheetData)
            start = buffer.rfind(b"<", max(0, len(buffer) - 4096))
            cut = start if start >= 0 else max(0, len(buffer) - 16)
            hidden_columns(buffer[:cut], hidden)
            buffer = buffer[cut:]
    return None


COLUMN_TAG = re.compile(rb"<(?:[\w.-]+:)?col\s[^>]*>")
ROW_TAG = re.compile(rb"<(?:[\w.-]+:)?row[\s/>]")
CELL_ROW = re.compile(rb"<(?:[\w.-]+:)?c\s+r=[\"'][A-Za-z]{1,3}([0-9]{1,7})[\"']")
TRUE = (b"1", b"true")


def hidden_columns(head: bytes, hidden: list[tuple[int, int]]) -> None:
    """The 0-based (first, last) columns of each `<col hidden="1">` in `head`."""
    if b"hidden" not in head:
        return
    for match in COLUMN_TAG.finditer(head):
        tag = match.group(0)
        first, last = attribute(tag, b"min"), attribute(tag, b"max")
        if attribute(tag, b"hidden") in TRUE and first and first.isdigit() \
                and (last or first).isdigit():
            hidden.append((int(first) - 1, int(last or first) - 1))


def hidden_rows(data: bytes, end: int, starts: Iterable[int]) -> list[int]:
    """The 0-based rows of `data[:end]` (a plain-form region) whose row element says
    `hidden="1"`: its `r`, else its first cell's (a row without cells holds nothing);
    `starts`: where the word `hidden` may start (each is checked)."""
    found = []
    for at in starts:
        if data[at:at + 6] != b"hidden":
            continue
        start, close = data.rfind(b"<", 0, at), data.find(b">", at, end)
        tag = data[start:close + 1]
        if close < 0 or not ROW_TAG.match(tag) or attribute(tag, b"hidden") not in TRUE:
            continue
        number = attribute(tag, b"r")
        if number is None and not tag.endswith(b"/>"):
            stop = data.find(b"row>", close, end)
            cell = CELL_ROW.search(data, close, end if stop < 0 else stop)
            number = cell.group(1) if cell else None
        if number is not None and number.isdigit() and int(number) > 0:
            found.append(int(number) - 1)
    return found


def _words(text: bytes, word: bytes) -> Iterator[int]:
    """Where `word` starts in `text`, each time."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


def _numpy() -> Any:
    import numpy

    return numpy


# --- the fast path: plain-form regions, checked with numpy ----------------------------------

def _key(pair: bytes) -> int:
    """Two bytes as the little-endian uint16 a view of the text holds."""
    return int.from_bytes(pair, "little")


LOW_BYTES = 0x0101010101010101
HIGH_BITS = 0x8080808080808080
TAG_ENDS = (32, 62, 47, 9, 10, 13)  # what ends a tag's name
BEFORE_NAME = (32, 34, 39, 9, 10, 13)  # what may precede an attribute's name
SPACES_BEFORE_EQUALS = (b" =", b"\t=", b"\n=", b"\r=")
SPACE_EQUALS = [_key(pair) for pair in SPACES_BEFORE_EQUALS]


class FastScan:
    """Checks that a region is in the plain form and takes the rectangle from its
    references. Plain form: every tag whose local name is `c` is `<P c r="REF"` (P the
    root's prefix), REF is 1-3 letters and 1-7 digits, no whitespace precedes an `=`, and
    the only attributes named `r` are those and rows' `<P row r="`. Then calamine
    positions each cell at its REF (it takes a cell's last `r`, or counts cells without
    one). One vectorised pass finds the two-byte marks (`<c`, `r=`...) of a region;
    the cells are then read eight bytes at a time (an unaligned uint64 view)."""

    def __init__(self, np: Any) -> None:
        self.np = np
        self.prefix = b""
        self.prefix_known = False
        self.rows = self.cols = 0
        self.candidates: list[bytes] = []  # regions that may hold error cells or formulas
        self.hidden_rows: list[int] = []  # see SheetScan.hidden_rows
        self.hidden_cols: list[tuple[int, int]] = []
        self.tail: bytes | None = None  # see SheetScan.tail
        self.booleans = False  # a region holds `"b` or `'b` (maybe a t="b" cell)
        # 0-based first and last row the last region's cells name (None: no cells, or
        # not known for sure), if `spans`; for `pieces`, which cuts the sheet between
        # regions
        self.spans = False
        self.span: tuple[int, int] | None = None
        # buffers reused from region to region: fresh multi-MB arrays cost page faults
        # (~3 us each on the benchmark VM, a third of the scan's time)
        self._odd = np.empty(0, dtype=np.uint8)
        self._hit = np.empty(0, dtype=bool)
        self._other = np.empty(0, dtype=bool)

    def prefix_from(self, head: bytes) -> bool:
        root = re.search(rb"<([\w.-]+:)?(?:worksheet|chartsheet|dialogsheet)[\s/>]", head)
        if root is not None:
            self.prefix, self.prefix_known = root[1] or b"", True
        elif len(head) > 65_536:
            self.prefix_known = True
        return self.prefix_known

    def region(self, data: bytes, end: int) -> bool:
        """True if `data[:end]` is in the plain form (its rectangle and issue candidates
        are then recorded)."""
        if end <= SMALL_REGION and self._small_region(data[:end]):
            return True
        np = self.np
        self.span = None
        views = self._views(data, end)
        # 16 bytes at every offset (an unaligned view): one gather reads a whole tag
        words = np.ndarray((len(data) - 15,), dtype=np.dtype((np.void, 16)), buffer=data,
                           strides=(1,))
        try:
            if self._space_before_equals(data, end, views):
                return False
            cells = self._cell_tags(data, end, views, words)
            if cells is None or not self._only_plain_r(views, len(cells)):
                return False
            if len(cells) and not self._references(cells):
                return False
        except IndexError:  # a tag cut by the region's end: not the plain form
            return False
        if not self.booleans and (self._count(views, _key(b'"b'))
                                  or self._count(views, _key(b"'b"))):
            self.booleans = True
        if data.find(b"#", 0, end) >= 0 or (data.find(b"f", 0, end) >= 0 and (
                self._count(views, _key(b"<f")) or self._count(views, _key(b":f")))):
            self.candidates.append(data[:end])
        # hidden rows: `hidden=` is the only `n=` of sheet data; most sheets have no `h`
        if data.find(b"h", 0, end) >= 0:
            marks = self._positions(views, _key(b"n="))  # (the "=" of each)
            if len(marks):
                self.hidden_rows.extend(hidden_rows(data, end, (np.sort(marks) - 6).tolist()))
        return True

    def _small_region(self, text: bytes) -> bool:
        """`region` of a small region by bytes methods and one regex. It accepts only
        regions the vectorised path accepts, and finds the same rectangle, booleans and
        candidates; False (nothing recorded) where it cannot tell: that path decides."""
        if b":c" in text or any(space in text for space in SPACES_BEFORE_EQUALS):
            return False
        references = PLAIN_CELL.findall(text)
        cells = text.count(b"<c")
        if len(references) != cells or text.count(b"r=") != cells + text.count(b"w r="):
            return False
        self.span = None
        if references:
            letters, digits = zip(*references, strict=True)
            rows = list(map(int, digits))
            self.rows = max(self.rows, max(rows))
            if self.spans:  # the rows this region's cells name, as the vectorised path
                self.span = (min(rows) - 1, max(rows) - 1)
            # letters padded on the left with "@" (before "A") compare like the columns
            padded = map(bytes.rjust, letters, repeat(3), repeat(b"@"))
            self.cols = max(self.cols, column_number(max(map(bytes.upper, padded))))
        self.booleans = self.booleans or b'"b' in text or b"'b" in text
        if b"#" in text or b"<f" in text or b":f" in text:
            self.candidates.append(text)
        if b"hidden" in text:
            self.hidden_rows.extend(hidden_rows(text, len(text), _words(text, b"hidden")))
        return True

    def _views(self, data: bytes, end: int) -> list[Any]:
        """The region as uint16s at even and at odd offsets (each pair of bytes is in
        one of them); the odd ones from an aligned copy (numpy compares unaligned views
        several times slower)."""
        np = self.np
        if len(self._odd) < end:
            self._odd = np.empty(end + CHUNK, dtype=np.uint8)
            self._hit = np.empty(len(self._odd) // 2, dtype=bool)
            self._other = np.empty(len(self._odd) // 2, dtype=bool)
        odd = (end - 1) // 2
        self._odd[:2 * odd] = np.frombuffer(data, dtype=np.uint8, count=2 * odd, offset=1)
        return [np.frombuffer(data, dtype="<u2", count=end // 2),
                self._odd[:2 * odd].view("<u2")]

    def _equal(self, view: Any, key: int) -> Any:
        return self.np.equal(view, key, out=self._hit[:len(view)])

    def _count(self, views: list[Any], key: int) -> int:
        """How often the two bytes `key` occur in the region."""
        return sum(int(self.np.count_nonzero(self._equal(view, key))) for view in views)

    def _positions(self, views: list[Any], key: int) -> Any:
        """Positions (in the region) of the second byte of each two bytes `key`."""
        np = self.np
        return np.concatenate([np.flatnonzero(self._equal(view, key)) * 2 + offset + 1
                               for offset, view in enumerate(views)])

    def _only_plain_r(self, views: list[Any], cells: int) -> bool:
        """No `r=` but the cells' own and rows' (`w r=`, the end of `<row r=`): else a
        cell may have a second `r` (calamine takes the last), or `r` not first."""
        np = self.np
        found = rows = 0
        for view in views:
            r = self._equal(view, _key(b"r="))
            found += int(np.count_nonzero(r))
            row = np.equal(view[:-1], _key(b"w "), out=self._other[:max(len(view) - 1, 0)])
            rows += int(np.count_nonzero(np.logical_and(row, r[1:], out=row)))
        return found == cells + rows

    def _space_before_equals(self, data: bytes, end: int, views: list[Any]) -> bool:
        """`name =`: then an `r` attribute would not be seen as `r=`."""
        spaces = [SPACE_EQUALS[0]] + [key for key, space in zip(
            SPACE_EQUALS[1:], (b"\t", b"\n", b"\r"), strict=True) if data.find(space, 0, end) >= 0]
        return any(self._count(views, key) for key in spaces)

    def _cell_tags(self, data: bytes, end: int, views: list[Any], words: Any) -> Any:
        """The 16 bytes after the `c` of every cell tag, as two little-endian uint64s
        (tag name end, ` r="`, the reference); None if a cell tag is not `<P c r="`.
        A tag is `<c` (nothing else in sheetData starts so) or `:c` before a name's end
        (`<x:c`: calamine ignores prefixes; a `:c` in a text is no tag)."""
        np = self.np
        c = self._positions(views, _key(b"<c"))
        if data.find(b":", 0, end) >= 0 and self._count(views, _key(b":c")):
            colon = self._positions(views, _key(b":c"))
            name_end = self.np.frombuffer(data, dtype=np.uint8)[colon + 1]
            tag = (name_end == 32) | (name_end == 62) | (name_end == 47) | (name_end == 9) \
                | (name_end == 10) | (name_end == 13)
            c = np.concatenate((c, colon[tag]))
        after = words[c + 1].view("<u8").reshape(-1, 2)
        if not ((after[:, 0] & 0xFFFFFFFF) == int.from_bytes(b' r="', "little")).all():
            return None
        return after

    def _references(self, after: Any) -> bool:
        """The largest column and row among the references (from byte 4 of `after`)."""
        np = self.np
        shift = np.uint64(32)
        ref = (after[:, 0] >> shift) | (after[:, 1] << shift)  # 8 bytes of the reference
        length = _first_zero_byte(np, ref ^ 0x2222222222222222)  # the closing quote
        long = np.flatnonzero(length == 8)
        if len(long):  # 8-11 characters: the quote is in the next 4 bytes
            length[long] = 8 + _first_zero_byte(np, (after[long, 1] >> shift)
                                                ^ 0x2222222222222222)
        if ((ref & 0xC0) == 0).any():  # a reference starts with a letter
            return False
        if (ref & 0xC000).any():  # columns of two or three letters
            letters = _first_zero_byte(np, ref & 0xC0C0C0C0C0C0C0C0)  # digits, '"' < 0x40
        else:
            letters = np.ones(len(ref), dtype=np.int64)
        digits = length - letters
        if letters.max() > 3 or digits.min() < 1 or digits.max() > 7:
            return False
        row = _extreme_row(np, ref, after, letters, digits, largest=True)
        if row is None:
            return False
        first = (_extreme_row(np, ref, after, letters, digits, largest=False)
                 if self.spans else None)
        self.span = None if first is None else (first - 1, row - 1)
        self.rows = max(self.rows, row)
        self.cols = max(self.cols, _largest_column(np, ref, letters))
        return True


#: A plain cell tag's start: the reference's letters and its row without a leading 0
PLAIN_CELL = re.compile(rb'<c r="([A-Za-z]{1,3})([1-9][0-9]{0,6})"')


def column_number(letters: bytes) -> int:
    """Column letters (upper case, maybe "@"-padded) to the 1-based column number."""
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64 if letter > 64 else number
    return number


def _extreme_row(np: Any, ref: Any, after: Any, letters: Any, digits: Any,
                 largest: bool) -> int | None:
    """The largest (or smallest) row number: among the references with the most (or
    fewest) digits, the digits read as big-endian integers compare like the numbers;
    None if one of those starts with 0."""
    length = int(digits.max() if largest else digits.min())
    mask = np.uint64((1 << (8 * length)) - 1)
    rows = np.flatnonzero(digits == length)
    if letters.max() == 1:  # the usual case: columns A-Z, the digits from byte 5
        run = ((ref >> np.uint64(8)) & mask)[rows]
    else:  # the digits start at byte 4 + letters of the 16 bytes
        bits = ((4 + letters[rows]) * 8).astype(np.uint64)
        low, high = after[rows, 0], after[rows, 1]
        with np.errstate(over="ignore"):
            run = np.where(bits < 64, (low >> bits) | (high << (np.uint64(64) - bits)),
                           high >> (bits - np.uint64(64))) & mask
    if ((run & 0xFF) == 48).any():
        return None
    big_endian = run.byteswap()
    best = int(np.argmax(big_endian) if largest else np.argmin(big_endian))
    return int(int(run[best]).to_bytes(8, "little")[:length])


def _largest_column(np: Any, ref: Any, letters: Any) -> int:
    """The largest column number among references with `letters` leading letters."""
    width = int(letters.max())
    if width == 1:
        return int(((ref & 0xFF) | 0x20).max()) - 96
    column = np.zeros(int(np.count_nonzero(letters == width)), dtype=np.int64)
    for i in range(width):
        letter = (ref[letters == width] >> np.uint64(8 * i)) & 0xFF | 0x20
        column = column * 26 + letter.astype(np.int64) - 96
    return int(column.max())


def _first_zero_byte(np: Any, values: Any) -> Any:
    """Index (0-7, 8 if none) of the first zero byte of each little-endian uint64: the
    lowest byte flagged by the classic has-zero-byte bit trick (exact for the lowest)."""
    flags = (values - np.uint64(LOW_BYTES)) & ~values & np.uint64(HIGH_BITS)
    lowest = flags & (~flags + np.uint64(1))
    return (np.bitwise_count(lowest - np.uint64(1)) >> 3).astype(np.int64)


def column_name(col: int) -> str:
    """1-based column number to letters (bijective base 26)."""
    name = ""
    while col > 0:
        col, rest = divmod(col - 1, 26)
        name = chr(65 + rest) + name
    return name or "A"


# --- the exact path: a tokenizer with calamine's rules --------------------------------------

TOKEN = re.compile(rb"<(/?)(?:[\w.\-]+:)?(row|c|f|v|is)(?=[\s/>])"
                   rb"((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>")
ATTR = re.compile(rb"([\w.:\-]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
REFERENCE = re.compile(rb"([A-Za-z]*)([0-9]*)")
TEXT_TYPES = {None, b"n", b"s", b"b", b"e"}  # calamine reads these from one text event


ENTITY = re.compile(r"&(?:#x([0-9A-Fa-f]+)|#([0-9]+)|(lt|gt|amp|quot|apos));")
NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}


def unescape(text: str) -> str:
    """XML's five entities and character references (xml.sax.saxutils would import
    urllib, ~30 ms before calamine may start)."""
    def one(m: re.Match[str]) -> str:
        if m[3]:
            return NAMED[m[3]]
        code = int(m[1], 16) if m[1] else int(m[2])
        return chr(code) if code < 0x110000 else m[0]

    return ENTITY.sub(one, text) if "&" in text else text


def attribute(attrs: bytes, name: bytes) -> bytes | None:
    """The last value of attribute `name` (calamine keeps the last of duplicates)."""
    value = None
    for m in ATTR.finditer(attrs):
        if m[1] == name:
            value = m[2] if m[2] is not None else m[3]
    return value


def position(reference: bytes) -> tuple[int | None, int | None]:
    """0-based (row, column) of `B12` as calamine parses it; None where absent/invalid."""
    m = REFERENCE.fullmatch(reference)
    if m is None:
        return None, None
    row = int(m[2]) - 1 if m[2] else None
    return row, (column_number(m[1].upper()) - 1 if m[1] else None)


@dataclass(eq=False, repr=False)
class Cell:
    row: int
    col: int
    kind: bytes | None  # the t attribute
    last: bytes | None = None  # the last child: f, v or is
    formula: bytes | None = None
    text: bytes = b""  # of the last <v>


class ExactScan:
    """Follows calamine's cell reader token by token: a row sets the row index (or counts
    on), a cell without `r` takes the next column, the last child gives the value."""

    def __init__(self, max_cells: int) -> None:
        self.row = self.col = 0
        self.cell: Cell | None = None
        self.open: bytes | None = None  # the element whose text is being read
        self.rows = self.cols = self.count = 0
        self.max_cells = 2 * max_cells  # cell elements read at most (empty ones count)
        self.issues: list[CellIssue] = []
        self.hidden: list[int] = []  # rows hidden in Excel

    def feed(self, data: bytes) -> None:
        last = 0
        for m in TOKEN.finditer(data):
            if self.open is not None:
                self._text(data[last:m.start()])
            last = m.end()
            closing, name, attrs = m[1] == b"/", m[2], m[3]
            empty = attrs.rstrip().endswith(b"/")
            if name == b"row":
                self._row(closing, empty, attrs)
            elif name == b"c":
                self._cell(closing, empty, attrs)
            elif self.cell is not None:
                self._child(name, closing, empty)
        if self.open is not None:
            self._text(data[last:])

    def _row(self, closing: bool, empty: bool, attrs: bytes) -> None:
        if not closing:
            found = attribute(attrs, b"r")
            row = position(found)[0] if found is not None else None
            self.row = self.row if row is None else row
            if b"hidden" in attrs and attribute(attrs, b"hidden") in TRUE:
                self.hidden.append(self.row)
        if closing or empty:
            self.row, self.col = self.row + 1, 0

    def _cell(self, closing: bool, empty: bool, attrs: bytes) -> None:
        if closing:
            self._end_cell()
            return
        found = attribute(attrs, b"r")
        row, col = position(found) if found is not None else (self.row, self.col)
        if row is None or col is None:  # calamine stops with an error here
            row, col = 0, 0
        self.col = col
        self.cell = Cell(row, col, attribute(attrs, b"t"))
        self.count += 1
        if self.count > self.max_cells:
            raise TooManyCells(self.count)
        if empty:
            self._end_cell()

    def _child(self, name: bytes, closing: bool, empty: bool) -> None:
        assert self.cell is not None
        if closing:
            self.open = None
            return
        self.cell.last = name
        if name == b"f":
            self.cell.formula = b""
        elif name == b"v":
            self.cell.text = b""
        self.open = name if not empty and name != b"is" else None

    def _text(self, text: bytes) -> None:
        if self.cell is None or not text:
            return
        if self.open == b"v":
            self.cell.text = (self.cell.text + text)[:64]
        elif self.open == b"f" and self.cell.formula is not None:
            self.cell.formula = (self.cell.formula + text)[:512]

    def _end_cell(self) -> None:
        cell, self.cell, self.open = self.cell, None, None
        if cell is None:
            return
        self.col = cell.col + 1
        issue, has_value = judge(cell)
        if issue is not None:
            self.issues.append(issue)
        if has_value:
            self.rows, self.cols = max(self.rows, cell.row + 1), max(self.cols, cell.col + 1)


def judge(cell: Cell) -> tuple[CellIssue | None, bool]:
    """(the issue of a finished cell, whether calamine keeps a value for it)."""
    if cell.last == b"is":
        has_value = True
    elif cell.last == b"v":
        has_value = cell.kind not in (b"inlineStr", b"is") and (
            bool(cell.text) or cell.kind not in TEXT_TYPES)
    else:
        has_value = False
    if cell.kind == b"e" and cell.last == b"v" and cell.text:
        error = unescape(cell.text.decode("utf-8", "replace")).strip()
        return CellIssue(cell.row, cell.col, error=error), True
    if cell.formula is not None and not has_value:
        formula = unescape(cell.formula.decode("utf-8", "replace")).strip()
        return CellIssue(cell.row, cell.col, formula=formula), False
    return None, has_value


class TooManyCells(Exception):
    """Twice as many cell elements as the rectangle may hold."""


def exact_scan(sheet: str, pieces: Iterable[bytes], max_cells: int) -> SheetScan:
    """The exact tokenizer over the sheetData, in regions cut before a '<' (a tag cannot
    hold one), so that no tag is cut."""
    scan = ExactScan(max_cells)
    stream = iter(pieces)
    columns: list[tuple[int, int]] = []
    buffer, searched = _head(stream, None, columns), 0
    while buffer is not None:
        end = buffer.find(b"sheetData", max(0, searched - 16))
        if end >= 0:
            scan.feed(buffer[:end])
            break
        cut = buffer.rfind(b"<")
        if cut > 0:
            scan.feed(buffer[:cut])
            buffer = buffer[cut:]
        searched = len(buffer)
        piece = next(stream, None)
        if piece is None:
            scan.feed(buffer)
            break
        buffer += piece
    for _ in stream:  # the size of the rest is checked
        pass
    result = SheetScan(sheet, scan.rows, scan.cols, exact=True, hidden_rows=scan.hidden,
                       hidden_cols=columns)
    result._issues = scan.issues
    return result


def region_issues(data: bytes, prefix: bytes) -> list[CellIssue]:
    """Issues of a plain-form region: the cells around each '#' (error values start with
    it) and each pattern of a formula left without a value, read exactly."""
    ends = (b"</" + prefix + b"f></" + prefix + b"c>", b"/></" + prefix + b"c>",
            b"<" + prefix + b"v/>", b"<" + prefix + b"v></" + prefix + b"v>", b"#")
    start, close = b"<" + prefix + b"c r=\"", b"</" + prefix + b"c>"
    cells: set[int] = set()
    for needle in ends:
        at = data.find(needle)
        while at >= 0:
            cells.add(data.rfind(start, 0, at + 1))
            at = data.find(needle, at + 1)
    issues = []
    for begin in sorted(cells - {-1}):
        end = data.find(close, begin)
        one = ExactScan(1 << 62)
        one.feed(data[begin:end + len(close)] if end >= 0 else data[begin:])
        issues.extend(one.issues)
    return issues
