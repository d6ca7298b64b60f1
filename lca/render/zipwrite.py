"""A deterministic zip writer for the workbook: fixed entry dates, fixed attributes, and
the big members deflated by ISA-L.

`zipfile` deflates with zlib and computes CRC-32 with zlib; on the 390 MB of XML of a
100,000-row BOM's workbook that is ~1.6 s of deflate (zlib level 1 or 2 alike) and
0.15 s of CRC. ISA-L (`isal`, C and assembly, used by python-isal's gzip and by
bioinformatics tools) deflates the same XML in ~0.4 s at its level 1 (file 10 % larger
than zlib's level 2) and computes the CRC in ~0.03 s. `zipfile` cannot be given another
compressor, so members are written here; the archive is plain PKZIP with deflate
(ZIP64 records only when a size or offset needs them), read by Excel, LibreOffice,
openpyxl, calamine and `zipfile`. Without `isal` (a platform with no wheel), zlib
level 2 is used: the same archive, other deflate bytes.

    archive = ZipWriter((2026, 4, 1, 0, 0, 0))
    archive.add("docProps/app.xml", data)
    with archive.member("xl/worksheets/sheet2.xml", fast=True) as sheet:
        sheet.write(piece)  # any number of times, from another thread if wanted
    workbook = archive.getvalue()
"""

from __future__ import annotations

import io
import struct
import zlib
from types import TracebackType
from typing import Any

try:  # ISA-L: ~4x zlib's speed at its level 1, and a ~5x faster CRC-32
    from isal import isal_zlib as _fast

    FAST_LEVEL = 1
except ImportError:  # pragma: no cover - isal has wheels for the platforms cfp supports
    _fast = zlib  # type: ignore[assignment]
    FAST_LEVEL = 2

#: zlib level of the small members (a few KB each: the level costs nothing there).
SMALL_LEVEL = 6
#: Sizes and offsets from which ZIP64 records are needed (a module constant so that a
#: test can lower it).
ZIP64_LIMIT = 0xFFFFFFFF
#: Bytes deflated at a time (the input's cut points shape ISA-L's output).
BLOCK = 1 << 20
#: Entries from which the end record needs ZIP64.
ZIP64_ENTRIES = 0xFFFF
_WIDE, _MANY = 0xFFFFFFFF, 0xFFFF  # a field's value saying "see the ZIP64 record"
_LOCAL = struct.Struct("<4s5H3L2H")
_CENTRAL = struct.Struct("<4s6H3L5H2L")
_END = struct.Struct("<4s4H2LH")
_END64 = struct.Struct("<4sQ2H2L4Q")
_LOCATOR64 = struct.Struct("<4sLQL")
_ATTRIBUTES = 0o644 << 16  # a regular file, rw-r--r-- (as zipfile.writestr gives)
_UNIX = 3 << 8  # "made by" Unix: the attributes above are Unix modes


class ZipWriter:
    """Members in the order added, in memory; `getvalue` closes the archive."""

    def __init__(self, date_time: tuple[int, ...]) -> None:
        if date_time[0] < 1980:  # the first time a zip entry can hold
            date_time = (1980, 1, 1, 0, 0, 0)
        year, month, day, hour, minute, second = date_time[:6]
        self._time = hour << 11 | minute << 5 | second // 2
        self._date = (year - 1980) << 9 | month << 5 | day
        self._out = io.BytesIO()
        self._central: list[bytes] = []

    def add(self, name: str, data: bytes, fast: bool = False) -> None:
        """A member from its whole content."""
        with self.member(name, fast) as member:
            member.write(data)

    def member(self, name: str, fast: bool = False) -> Member:
        """A member written piece by piece (`fast`: ISA-L level 1, for the big sheets)."""
        return Member(self, name, fast)

    def _append(self, name: bytes, crc: int, size: int, chunks: list[bytes]) -> None:
        packed = sum(map(len, chunks))
        offset = self._out.tell()
        big = size >= ZIP64_LIMIT or packed >= ZIP64_LIMIT
        extra = struct.pack("<2H2Q", 1, 16, size, packed) if big else b""
        version = 45 if big else 20
        local_sizes = (_WIDE, _WIDE) if big else (packed, size)
        self._out.write(_LOCAL.pack(b"PK\x03\x04", version, 0, 8, self._time, self._date,
                                    crc, *local_sizes, len(name), len(extra)))
        self._out.write(name + extra)
        for chunk in chunks:
            self._out.write(chunk)
        self._central.append(self._central_entry(name, crc, size, packed, offset))

    def _central_entry(self, name: bytes, crc: int, size: int, packed: int,
                       offset: int) -> bytes:
        wide = [v for v in (size, packed, offset) if v >= ZIP64_LIMIT]
        extra = struct.pack(f"<2H{len(wide)}Q", 1, 8 * len(wide), *wide) if wide else b""
        version = 45 if wide else 20
        clip = [_WIDE if v >= ZIP64_LIMIT else v for v in (packed, size, offset)]
        return _CENTRAL.pack(b"PK\x01\x02", _UNIX | version, version, 0, 8, self._time, self._date,
                             crc, clip[0], clip[1], len(name), len(extra), 0, 0, 0,
                             _ATTRIBUTES, clip[2]) + name + extra

    def getvalue(self) -> bytes:
        """The archive: members, central directory, end record(s)."""
        start = self._out.tell()
        for entry in self._central:
            self._out.write(entry)
        size, count = self._out.tell() - start, len(self._central)
        if start >= ZIP64_LIMIT or size >= ZIP64_LIMIT or count >= ZIP64_ENTRIES:
            end64 = self._out.tell()
            self._out.write(_END64.pack(b"PK\x06\x06", _END64.size - 12, 45, 45, 0, 0,
                                        count, count, size, start))
            self._out.write(_LOCATOR64.pack(b"PK\x06\x07", 0, end64, 1))
        entries = _MANY if count >= ZIP64_ENTRIES else count
        self._out.write(_END.pack(b"PK\x05\x06", 0, 0, entries, entries,
                                  _WIDE if size >= ZIP64_LIMIT else size,
                                  _WIDE if start >= ZIP64_LIMIT else start, 0))
        return self._out.getvalue()


class Member:
    """One member being written: CRC and deflate as the pieces come, added to the archive
    on `close` (the sizes are then known: no data descriptor)."""

    def __init__(self, archive: ZipWriter, name: str, fast: bool) -> None:
        self._archive, self._name = archive, name.encode("ascii")
        self._deflate = _fast.compressobj(FAST_LEVEL, zlib.DEFLATED, -15) if fast \
            else zlib.compressobj(SMALL_LEVEL, zlib.DEFLATED, -15)
        self._chunks: list[bytes] = []
        self._carry = bytearray()  # the start of the next block
        self._crc = self._size = 0

    def write(self, data: bytes | memoryview) -> int:
        """Deflates `data` in blocks of BLOCK bytes, whatever the pieces: ISA-L's output
        depends on where its input is cut, and the archive must depend on the content
        only (not on how many rows a piece holds)."""
        view = memoryview(data).cast("B")
        self._crc = _fast.crc32(view, self._crc)
        self._size += len(view)
        start = 0
        if self._carry:  # complete the block begun by the previous pieces
            start = BLOCK - len(self._carry)
            self._carry += view[:start]
            if len(self._carry) < BLOCK:
                return len(view)
            self._deflated(self._carry)
        stop = start + (len(view) - start) // BLOCK * BLOCK
        for at in range(start, stop, BLOCK):
            self._deflated(view[at:at + BLOCK])
        self._carry = bytearray(view[stop:])
        return len(view)

    def _deflated(self, block: bytes | bytearray | memoryview) -> None:
        if chunk := self._deflate.compress(block):
            self._chunks.append(chunk)

    def close(self) -> None:
        self._deflated(self._carry)
        self._chunks.append(self._deflate.flush())
        self._archive._append(self._name, self._crc, self._size, self._chunks)
        self._chunks = []

    def __enter__(self) -> Member:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> Any:
        if kind is None:
            self.close()
        return None
