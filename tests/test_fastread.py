"""The typed read of large BOM sheets (lca/read/fastread.py) gives what python-calamine's
read gives, cell for cell, or gives way to it.

Each test reads the same workbook twice through the CLI's prefetch: once with the typed
path forced for any size (`CFP_FASTREAD_MIN_ROWS=0`) and once with it off, and compares
the located table (every column, raw cells included), the typed parts and the problems.
"""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from builders import PROCESSES, SETTINGS, SUPPLIERS, read_prefetched, write_book

from cfp.lca.read import fastread, prefetch

HEADER = ["レベル", "品番", "品名", "個数", "材質", "重量(g)", "素材重量(g)", "仕入先", "ロット",
          "旋盤 加工(分)", "旋盤 段取(分)"]


def _rows(n: int) -> list[list[object]]:
    rows: list[list[object]] = [["製品 X"], HEADER]
    for i in range(n):
        rows.append([1 if i == 0 else 2, f"P-{i:03d}", f"part {i}", 1 + i % 3, "SS400",
                     100 + i, 120 + i, "A社", 10, 1.5, None])
    return rows


def _book(path: Path, rows: list[list[object]], merges: list[str] | None = None) -> Path:
    return write_book(path, {"部品表": rows, "工程": PROCESSES, "仕入先": SUPPLIERS,
                             "設定": SETTINGS}, {"部品表": merges or []})


def _read(path: Path, monkeypatch: pytest.MonkeyPatch, fast: bool):
    """(prefetch took the typed path, table columns, parts columns, problems)."""
    monkeypatch.setenv("CFP_FASTREAD_MIN_ROWS", "0" if fast else "999999999")
    early, book, parts, times, problems = read_prefetched(path)
    # the typed path gave way if the sheet was read again (whole) by python-calamine
    taken = early.fast and book._rows[early.sheet] is early.rows
    return taken, parts, times, problems


def _same(path: Path, monkeypatch: pytest.MonkeyPatch) -> bool:
    """Both reads give the same; True if the typed path was taken."""
    taken, *fast = _read(path, monkeypatch, True)
    not_taken, *slow = _read(path, monkeypatch, False)
    assert not not_taken
    assert repr(fast) == repr(slow)  # NaN == NaN in the repr; types show (1.0 vs '1')
    return taken


def test_clean_sheet_takes_the_typed_path(tmp_path, monkeypatch):
    assert _same(_book(tmp_path / "b.xlsx", _rows(40)), monkeypatch)


def test_texts_numbers_errors_and_markers_in_columns(tmp_path, monkeypatch):
    """Number columns holding text (full-width digits, separators, percent, dashes,
    spaces, escapes), Excel errors, formulas without a value, numeric part numbers and
    names; the header block with a merged process name; the problems named by cell."""
    rows = _rows(40)
    rows[1][9:11] = ["加工(分)", "段取(分)"]
    rows.insert(1, [None] * 9 + ["旋盤", None])
    odd = ["１,２００", "-", "1,200", "70%", " 12 ", "－", "#N/A", "=1/0", "1_000", "12",
           "+5", "", "n/a", -3, 0, "ｋｇ", "0,5", "2,50", "1,2,3", "1e3"]
    for i, value in enumerate(odd):
        for col in (3, 5, 6, 8, 9):
            rows[3 + i][col] = value
    rows[5][1], rows[6][1], rows[7][2] = 12345, 7.5, 99
    rows[8][1] = None
    path = _book(tmp_path / "b.xlsx", rows, ["J2:K2"])
    assert _same(path, monkeypatch)


@pytest.mark.parametrize(("row", "col", "value"), [
    (5, 3, 'a"b'),  # a text Rust escapes in its error message
    (5, 3, "x\\y"),
    (5, 3, True),  # a boolean (fastexcel would read 1.0): no typed path at all
    (5, 3, datetime.datetime(2024, 1, 2)),  # a date in a number column
    (5, 1, datetime.date(2024, 1, 2)),  # a date in a text column
    (5, 1, False),
    (5, 1, "true"),  # text that a boolean cell would also give
    (5, 1, 1.5e-7),  # Rust writes 0.00000015, cfp 1.5e-07
    (5, 1, -0.0),
    (5, 1, 12345678901234567890.0),
    (5, 3, "nan"),  # fastexcel reads the text as NaN
    (5, 3, "inf"),
])
def test_ambiguous_cells_give_way(tmp_path, monkeypatch, row, col, value):
    rows = _rows(30)
    rows[row][col] = value
    assert not _same(_book(tmp_path / "b.xlsx", rows), monkeypatch)


def test_long_sheet_header_block_and_merges(tmp_path, monkeypatch):
    """More rows than the header block: the head workbook is cut after HEAD_ROWS rows
    and keeps the sheet's merged ranges (written after the cells)."""
    rows = _rows(fastread.HEAD_ROWS + 50)
    rows[1][9:11] = ["加工(分)", "段取(分)"]
    rows.insert(1, [None] * 9 + ["旋盤", None])
    rows[-1][3] = "-"
    path = _book(tmp_path / "b.xlsx", rows, ["J2:K2", "A60:B60"])
    assert _same(path, monkeypatch)
    monkeypatch.setenv("CFP_FASTREAD_MIN_ROWS", "0")
    early = prefetch.start(path)
    assert early is not None and early.wait() and early.fast
    assert len(early.rows) == fastread.HEAD_ROWS
    assert ((59, 0), (59, 1)) in early.merged


def test_threshold(tmp_path, monkeypatch):
    """Below MIN_ROWS rows python-calamine reads the sheet (and pyarrow is not needed)."""
    monkeypatch.delenv("CFP_FASTREAD_MIN_ROWS", raising=False)
    early = prefetch.start(_book(tmp_path / "b.xlsx", _rows(40)))
    assert early is not None and early.wait() and not early.fast
    assert fastread.MIN_ROWS == 20_000


def test_ambiguous_texts():
    import pyarrow as pa

    def ambiguous(values: list[str]) -> bool:
        return fastread._any_ambiguous(pa.array(values))

    assert ambiguous(["P-1", "0.00000015"])
    assert ambiguous(["-0"])
    assert ambiguous(["P-1", "true"])
    assert ambiguous(["2024-01-02 00:00:00"])
    assert ambiguous(["1899-12-31 12:30:00"])
    assert ambiguous(["PT1H"])
    assert ambiguous(["1234567890123456"])
    assert not ambiguous(["P-1", "12345", "1.5", "10-20", "SS400", "", "True", "P-2"])
