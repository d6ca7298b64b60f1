"""A large BOM sheet parsed in pieces during the guard's scan (lca/read/pieces.py) gives
what the one parse of the whole sheet gives, or gives way to it.

The pieces are made small here: the guard's regions (`xlsxguard.CHUNK`, inflated from
256 bytes at a time: `READ`) of 2 KB and pieces of 4 KB (`CFP_PIECE_BYTES`), the typed
read forced for any size. Each workbook is read three ways through the CLI's prefetch,
in pieces, typed whole and by python-calamine, and the located parts, times and problems
must be the same.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from builders import PROCESSES, SETTINGS, SUPPLIERS, read_prefetched, write_book

from cfp.lca.errors import ProblemLog
from cfp.lca.read import pieces, prefetch, xlsxguard
from cfp.lca.read.bom import read_bom
from cfp.lca.read.workbook import open_workbook

HEADER = ["レベル", "品番", "品名", "個数", "材質", "重量(g)", "素材重量(g)", "仕入先", "ロット",
          "旋盤 加工(分)", "旋盤 段取(分)"]
SHEET = "xl/worksheets/sheet1.xml"


def _rows(n: int) -> list[list[object]]:
    rows: list[list[object]] = [["製品 X"], HEADER]
    for i in range(n):
        rows.append([1 if i == 0 else 2, f"P-{i:04d}", f"part {i}", 1 + i % 3,
                     ("SS400", "S45C", "A5052")[i % 3], 100 + i, 120 + i, "A社", 10,
                     1.5 + i % 4, 30 if i % 7 == 0 else None])
    return rows


def _book(path: Path, rows: list[list[object]]) -> Path:
    return write_book(path, {"部品表": rows, "工程": PROCESSES, "仕入先": SUPPLIERS,
                             "設定": SETTINGS})


def _edit(path: Path, edit) -> Path:
    """The BOM sheet's XML changed by `edit(text) -> text`."""
    out = io.BytesIO()
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            body = zin.read(item.filename)
            zout.writestr(item, edit(body.decode()).encode() if item.filename == SHEET else body)
    path.write_bytes(out.getvalue())
    return path


def _read(path: Path, monkeypatch: pytest.MonkeyPatch, way: str):
    """(pieces joined, parts, times, problems) of one read: `pieces`, `whole` or `cells`."""
    monkeypatch.setattr(xlsxguard, "CHUNK", 2048)
    monkeypatch.setattr(xlsxguard, "READ", 256)
    monkeypatch.setenv("CFP_FASTREAD_MIN_ROWS", "999999999" if way == "cells" else "0")
    monkeypatch.setenv("CFP_PIECE_BYTES", "4096" if way == "pieces" else "999999999")
    joined = []
    original = pieces.Splitter.body

    def body(self, plan, total_rows):
        got = original(self, plan, total_rows)
        joined.append(got is not None and len(self.pieces))
        return got

    monkeypatch.setattr(pieces.Splitter, "body", body)
    _early, _book, parts, times, problems = read_prefetched(path)
    return (joined[0] if joined else False), parts, times, problems


def _same(path: Path, monkeypatch: pytest.MonkeyPatch) -> int:
    """The three reads agree; the number of pieces joined (0: the pieces gave way)."""
    count, *split = _read(path, monkeypatch, "pieces")
    _none, *whole = _read(path, monkeypatch, "whole")
    _none, *cells = _read(path, monkeypatch, "cells")
    assert repr(split) == repr(whole) == repr(cells)  # NaN == NaN in the repr
    return count or 0


@pytest.mark.parametrize("memfd", [True, False], ids=["memfd", "bytes"])
def test_clean_sheet_in_pieces(tmp_path, monkeypatch, memfd):
    """Each piece's workbook read from an in-memory file (Linux) or from bytes."""
    if not memfd:
        monkeypatch.delattr("os.memfd_create", raising=False)
    assert _same(_book(tmp_path / "b.xlsx", _rows(400)), monkeypatch) >= 4


def test_texts_errors_and_sparse_columns_across_pieces(tmp_path, monkeypatch):
    """Texts and errors in number columns (placed by each piece's offset), a column
    filled only in the first rows (absent from later pieces), empty rows between
    pieces, a part number that is a number."""
    rows = _rows(400)
    for i in range(2, len(rows)):
        rows[i][7] = "A社" if i < 40 else None
        rows[i][9] = None if i > 60 else rows[i][9]
    for i, value in ((5, "-"), (150, "1,200"), (301, "n/a"), (390, "#N/A")):
        rows[i][5] = value
    for i in range(200, 260):
        rows[i] = [None] * len(HEADER)
    rows[250][1:4] = [12345, "a lone row", 2]
    assert _same(_book(tmp_path / "b.xlsx", rows), monkeypatch) >= 3


@pytest.mark.parametrize("edit", [
    lambda t: t.replace('<c r="C300"', '<!-- x --><c r="C300"', 1),  # a comment
    lambda t: t.replace("part 250<", "part <![CDATA[250]]><", 1),
    lambda t: t.replace('<row r="302"', '<?pi x?><row r="302"', 1),
], ids=["comment", "cdata", "instruction"])
def test_sheet_data_with_markup_gives_way(tmp_path, monkeypatch, edit):
    path = _edit(_book(tmp_path / "b.xlsx", _rows(400)), edit)
    assert _same(path, monkeypatch) == 0


def test_rows_out_of_order_give_way(tmp_path, monkeypatch):
    """A cell naming a row of an earlier piece: the pieces would place it apart."""
    path = _edit(_book(tmp_path / "b.xlsx", _rows(400)),
                 lambda t: t.replace('<c r="C380"', '<c r="C3"', 1))
    assert _same(path, monkeypatch) == 0


def test_trailing_cells_without_values(tmp_path, monkeypatch):
    """Styled empty cells past the last value: the guard's rectangle is larger than
    the last piece's rows, as for the whole sheet's typed read (both give way)."""
    path = _edit(_book(tmp_path / "b.xlsx", _rows(400)), lambda t: t.replace(
        "</sheetData>", '<row r="420"><c r="A420" s="0"/></row></sheetData>', 1))
    assert _same(path, monkeypatch) == 0


def test_exclamation_marks_in_texts(tmp_path, monkeypatch):
    rows = _rows(400)
    for i in range(2, len(rows), 9):
        rows[i][2] = f"part {i}! (?)"
    assert _same(_book(tmp_path / "b.xlsx", rows), monkeypatch) >= 4


def test_well_formed_rows():
    ok = b'<row r="5"><c r="A5" t="s"><v>1</v></c><c r="B5"/></row>'
    assert pieces._well_formed(ok)
    assert not pieces._well_formed(b'<row r="5"><c r="A5" x="</row>')
    assert not pieces._well_formed(b"<row r='5'><c r=\"A5\"><v>1</v></c></row>")
    assert not pieces._well_formed(b'<row r="5"><c r="A5"><v>1</v></row>')
    assert not pieces._well_formed(b'<row r="5"></row><row r="6"></row>')
    assert not pieces._well_formed(b'<row r="5"><c r="A5" a="x>"><v>1</v></c></row>')


def test_stored_zip_reads_back():
    data = pieces.stored_zip([("a.xml", b"<a/>"), ("b/c.xml", [b"<c>", memoryview(b"xy"),
                                                                b"</c>"])])
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.testzip() is None
        assert archive.read("b/c.xml") == b"<c>xy</c>"
        assert archive.read("a.xml") == b"<a/>"


def test_cli_json_is_the_same_in_pieces(tmp_path, monkeypatch):
    """`cfp calc --format json` of a BOM read in pieces: the bytes of the whole read."""
    from cfp.cli.main import run

    path = _book(tmp_path / "b.xlsx", _rows(600))
    monkeypatch.setattr(xlsxguard, "CHUNK", 2048)
    monkeypatch.setattr(xlsxguard, "READ", 256)
    monkeypatch.setenv("CFP_FASTREAD_MIN_ROWS", "0")
    made = []
    original = pieces.Splitter._launch
    monkeypatch.setattr(pieces.Splitter, "_launch",
                        lambda self, closing: (made.append(1), original(self, closing)))
    outputs = []
    for size in ("4096", "999999999"):
        monkeypatch.setenv("CFP_PIECE_BYTES", size)
        out = tmp_path / f"out-{size}.json"
        monkeypatch.setattr("sys.argv", ["cfp", "calc", str(path), "--format", "json", "-o",
                                         str(out), "--timestamp", "2026-04-01T00:00:00Z"])
        with pytest.raises(SystemExit) as done:
            run()
        assert done.value.code == 0
        outputs.append(out.read_bytes())
    assert len(made) >= 4 and outputs[0] == outputs[1]


@pytest.mark.parametrize("refs, span", [
    (["A5", "B5", "C7"], (4, 6)),
    (["AB120", "B99", "ZZ100", "C1000"], (98, 999)),
    (["XFD1048576", "AA30", "B31"], (29, 1048575)),
    (["A10", "A9"], (8, 9)),
])
def test_scan_span_of_a_region(refs, span):
    """The first and last row a region's cells name (`FastScan.span`, 0-based)."""
    import numpy as np

    cells = "".join(f'<c r="{ref}"><v>1</v></c>' for ref in refs)
    data = f'><row r="1">{cells}</row></'.encode() + b" " * 32
    fast = xlsxguard.FastScan(np)
    fast.spans = True
    assert fast.region(data, len(data) - 32)
    assert fast.span == span


def test_no_pieces_when_asked(tmp_path, monkeypatch):
    """`prefetch.start(..., in_pieces=False)` (a run writing the Excel workbook, for its
    memory budget): the sheet is typed whole, never split, and reads the same."""
    monkeypatch.setattr(xlsxguard, "CHUNK", 2048)
    monkeypatch.setattr(xlsxguard, "READ", 256)
    monkeypatch.setenv("CFP_FASTREAD_MIN_ROWS", "0")
    monkeypatch.setenv("CFP_PIECE_BYTES", "4096")
    made = []
    monkeypatch.setattr(pieces, "Splitter", lambda *a: made.append(a))
    path = _book(tmp_path / "b.xlsx", _rows(400))
    early = prefetch.start(path, in_pieces=False)
    assert early is not None and early.wait() and early.fast and made == []
    bom = read_bom(open_workbook(path, early), ProblemLog(str(path)), None)
    assert len(bom.parts) == 400
    again = prefetch.start(path)  # by default this sheet would be split
    assert again is not None and again.wait() and len(made) == 1
