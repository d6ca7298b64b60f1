"""The header block of an xlsx sheet without parsing the whole sheet: a prototype.

fastexcel gives typed columns but neither the raw cells of the header block nor the
merged ranges (fastexcel issue #313), and python-calamine parses the whole sheet before
it can give even its first row. cfp's header logic needs only the first ~20 rows (cell
values with their types) and the merged ranges over them, so this reads:

* the first `nrows` rows from the start of the sheet's XML (inflated until row `nrows`
  ends: a few KB), with the shared strings they use (the string table is read only up
  to the highest index used);
* the merged ranges, lazily (`merged()`): they are written after the cell data, so the
  whole sheet part must be inflated (zlib, GIL released) and its tail searched.

Cell values follow python-calamine's `to_python` for the types the header logic tests:
numbers as float, text as str, booleans as bool, empty cells as ''.
"""

from __future__ import annotations

import re
import zipfile
from html import unescape
from pathlib import Path

_ROW = re.compile(rb"<row\b[^>]*?(?:/>|>(.*?)</row>)", re.S)
_ROW_R = re.compile(rb'<row\b[^>]*?\br="(\d+)"')
_CELL = re.compile(rb"<c\b([^>]*?)(?:/>|>(.*?)</c>)", re.S)
_ATTR_R = re.compile(rb'\br="([A-Z]+)(\d+)"')
_ATTR_T = re.compile(rb'\bt="(\w+)"')
_V = re.compile(rb"<v>(.*?)</v>", re.S)
_T = re.compile(rb"<t\b[^>]*?(?:/>|>(.*?)</t>)", re.S)
_SI = re.compile(rb"<si>(.*?)</si>", re.S)
_MERGE = re.compile(rb'<mergeCell\b[^>]*?\bref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"')
_SHEET = re.compile(rb'<sheet\b[^>]*?\bname="([^"]*)"[^>]*?\br:id="([^"]*)"')
_REL = re.compile(rb'<Relationship\b([^>]*)/?>')
_REL_ID = re.compile(rb'\bId="([^"]*)"')
_REL_TARGET = re.compile(rb'\bTarget="([^"]*)"')


def _col(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n - 1


def _text(xml: bytes) -> str:
    return unescape(b"".join(m.group(1) or b"" for m in _T.finditer(xml)).decode())


class SheetHead:
    """First rows and (lazily) merged ranges of one sheet of an xlsx file."""

    def __init__(self, path: Path | str, sheet: str | int = 0, nrows: int = 20) -> None:
        self.zip = zipfile.ZipFile(path)
        self.member = self._member(sheet)
        self.nrows = nrows
        self.rows, self._rest = self._head()
        self._merged: list[tuple[tuple[int, int], tuple[int, int]]] | None = None

    def _member(self, sheet: str | int) -> str:
        book = self.zip.read("xl/workbook.xml")
        rels = {(_REL_ID.search(m.group(1)) or [b""])[1]: (_REL_TARGET.search(m.group(1)) or
                                                          [b""])[1]
                for m in _REL.finditer(self.zip.read("xl/_rels/workbook.xml.rels"))}
        sheets = [(unescape(n.decode()), rels[rid]) for n, rid in _SHEET.findall(book)]
        name, target = sheets[sheet] if isinstance(sheet, int) else next(
            s for s in sheets if s[0] == sheet)
        target = target.decode().lstrip("/")
        return target if target.startswith("xl/") else f"xl/{target}"

    def _head(self) -> tuple[list[list[object]], object]:
        stream = self.zip.open(self.member)
        buf = b""
        while True:
            chunk = stream.read(1 << 16)
            buf += chunk
            rows_seen = [int(m) for m in _ROW_R.findall(buf)]
            done = not chunk or b"</sheetData>" in buf or (
                rows_seen and max(rows_seen) > self.nrows)
            if done:
                break
        end = buf.find(b"</sheetData>")
        body = buf if end < 0 else buf[:end]
        cells: dict[tuple[int, int], tuple[bytes, bytes]] = {}
        shared: set[int] = set()
        for m in _ROW.finditer(body):
            r_attr = _ROW_R.match(m.group(0))
            if r_attr is None:
                continue
            r = int(r_attr.group(1)) - 1
            if r >= self.nrows:
                break
            for c in _CELL.finditer(m.group(1) or b""):
                attrs, inner = c.group(1), c.group(2) or b""
                ref = _ATTR_R.search(attrs)
                t = _ATTR_T.search(attrs)
                kind = t.group(1) if t else b"n"
                cells[(r, _col(ref.group(1)))] = (kind, inner)
                if kind == b"s":
                    v = _V.search(inner)
                    if v:
                        shared.add(int(v.group(1)))
        strings = self._shared(max(shared)) if shared else []
        width = max((c for _, c in cells), default=-1) + 1
        height = max((r for r, _ in cells), default=-1) + 1
        rows: list[list[object]] = [[""] * width for _ in range(height)]
        for (r, c), (kind, inner) in cells.items():
            rows[r][c] = _value(kind, inner, strings)
        return rows, (stream, buf)

    def _shared(self, highest: int) -> list[str]:
        """The shared strings 0..highest (the table is read only that far)."""
        out: list[str] = []
        with self.zip.open("xl/sharedStrings.xml") as stream:
            buf = b""
            while len(out) <= highest:
                chunk = stream.read(1 << 16)
                if not chunk:
                    break
                buf += chunk
                last = 0
                for m in _SI.finditer(buf):
                    out.append(_text(m.group(1)))
                    last = m.end()
                buf = buf[last:]
        return out

    def merged(self) -> list[tuple[tuple[int, int], tuple[int, int]]]:
        """Merged ranges ((r0, c0), (r1, c1)), 0-based, like python-calamine's."""
        if self._merged is None:
            stream, buf = self._rest
            tail = buf[-64:]
            found = b"</sheetData>" in buf
            keep = [buf[buf.find(b"</sheetData>"):]] if found else []
            while chunk := stream.read(1 << 20):
                if found:
                    keep.append(chunk)
                    continue
                joined = tail + chunk
                at = joined.find(b"</sheetData>")
                if at >= 0:
                    found = True
                    keep.append(joined[at:])
                tail = joined[-64:]
            stream.close()
            out = []
            for a, r0, b, r1 in _MERGE.findall(b"".join(keep)):
                c0, row0 = _col(a), int(r0) - 1
                c1, row1 = (_col(b), int(r1) - 1) if b else (c0, row0)
                out.append(((row0, c0), (row1, c1)))
            self._merged = out
        return self._merged


def _value(kind: bytes, inner: bytes, strings: list[str]) -> object:
    if kind == b"inlineStr":
        return _text(inner)
    v = _V.search(inner)
    if v is None:
        return ""
    raw = v.group(1)
    if kind == b"s":
        return strings[int(raw)]
    if kind in (b"str", b"e"):
        return unescape(raw.decode())
    if kind == b"b":
        return raw == b"1"
    return float(raw)


if __name__ == "__main__":
    import sys
    import time

    t0 = time.perf_counter()
    head = SheetHead(sys.argv[1])
    t1 = time.perf_counter()
    merged = head.merged()
    t2 = time.perf_counter()
    for row in head.rows[:3]:
        print(row)
    print(f"head {t1 - t0:.4f} s, merged {t2 - t1:.4f} s: {merged}")
