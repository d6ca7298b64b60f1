"""Merged cells in the data rows of a table: what each row under a merged cell reads.

The BOM sheet and every master and factor table (processes, suppliers, measurements,
grade map, factors, the meter-log mapping; a sheet of the workbook or a file given on the
command line) go through `apply`, by `workbook.guard_table`; each reader says which of
its fields are text (`Columns.filled`).

Excel keeps a merged cell's value in its top-left cell only; python-calamine and
fastexcel read every other cell of the range as blank. Down the rows of a table that is
not what the user sees (a supplier merged over three parts is the supplier of each), and
a blank there silently drops data. One rule, applied to whatever reader gave the table
(README, "Merged cells"):

* down a text column (part number, parent, name, material, category, supplier, footprint
  ids, units; a master's process, supplier, mode, grade, factor key...) and the BOM's
  level: every data row the range covers reads the value;
* down a number column (quantity, weights, lot size, process times; a master's power,
  utilisation, distance, meter reading, factor...): refused, naming the
  range and its value. Copied, a weight would be counted on every row; left on the top
  row, the others would count nothing; which one the user meant cannot be told;
* across two columns cfp reads, or from a column it does not read over one it reads:
  refused too. The value is one column's (Excel's own formulas read the others as
  blank), but it is shown over the others.

Only data rows count: a merged cell beside blank spacer rows fills none of them, and a
range over one data row (and layout rows) changes nothing. A range whose top-left cell
is blank (or `-`) holds nothing and changes nothing; a range that starts above the data
rows is the header's.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from ..errors import ProblemLog
from ..frame import Frame, Text
from .textnorm import cell_ref, column_letter, is_blank

if TYPE_CHECKING:
    from .workbook import Table

#: ((first row, first column), (last row, last column)), 0-based, as calamine gives them
Range = tuple[tuple[int, int], tuple[int, int]]


@dataclass(eq=False, repr=False)
class Columns:
    """The columns of a located table: sheet column -> its field in the table's data,
    the fields whose value a merged range gives to every row, and a label per column
    (its header) for the messages."""

    fields: dict[int, str]
    filled: Collection[str]
    labels: dict[int, str] = field(default_factory=dict)
    #: the problem of a number merged down (the BOM's names its lines)
    numbers_code: str = "cell.merged_numbers"

    def label(self, col: int) -> str:
        return f"{column_letter(col)} ({self.labels.get(col, self.fields[col])})"


def body_ranges(merged: Iterable[Range], start: int, columns: Iterable[int]) -> list[Range]:
    """The merged ranges that start in the data rows (sheet row `start` on) and cover a
    column read."""
    read = list(columns)
    return [m for m in merged
            if m[0][0] >= start and any(m[0][1] <= c <= m[1][1] for c in read)]


def apply(table: Table, merged: list[Range], start: int, columns: Columns,
          cells: Callable[[], list[list[object]]], log: ProblemLog) -> None:
    """Fill or refuse each merged range over the data rows of `table` (a located
    `workbook.Table`; its columns are replaced where filled). `cells()`: the sheet's
    rows, asked only for a value in a column the table does not hold."""
    ranges = body_ranges(merged, start, columns.fields)
    if not ranges:
        return
    data = table.data
    kept = data["row"]
    sources: dict[str, np.ndarray] = {}
    for (r0, c0), (r1, c1) in ranges:
        lo, hi = (int(i) for i in np.searchsorted(kept, [r0, r1 + 1]))
        if lo == hi:
            continue  # over layout rows only
        value = _value(data, columns, cells, kept, lo, r0, c0)
        if is_blank(value):
            continue
        where = f"{cell_ref(r0, c0)}:{cell_ref(r1, c1)}"
        if _across(table, columns, where, value, kept[lo:hi], (c0, c1), log) or hi - lo < 2:
            continue
        name = columns.fields[c0]
        if name not in columns.filled:
            log.add(columns.numbers_code, table.sheet, where, value, file=table.file,
                    column=columns.label(c0), first=r0 + 1, last=r1 + 1, lines=hi - lo)
            log.explained(table.sheet, (cell_ref(int(r), c0) for r in kept[lo + 1:hi]),
                          table.file)
            continue
        source = sources.setdefault(name, np.arange(len(kept)))
        source[lo:hi] = lo  # (lo is the top row: its cell holds the value)
    for name, source in sources.items():
        data[name] = _taken(data.column(name), source)


def _value(data: Frame, columns: Columns, cells: Callable[[], list[list[object]]],
           kept: np.ndarray, lo: int, r0: int, c0: int) -> object:
    """The value of a range's top-left cell: from the table where it holds the column
    (blank if the row is not a data row: all its cells read are blank), else from the
    sheet's cells."""
    if c0 in columns.fields:
        return data.column(columns.fields[c0])[lo] if kept[lo] == r0 else ""
    rows = cells()
    row = rows[r0] if r0 < len(rows) else []
    return row[c0] if c0 < len(row) else ""


def _across(table: Table, columns: Columns, where: str, value: object, rows: np.ndarray,
            span: tuple[int, int], log: ProblemLog) -> bool:
    """Report a range over the columns `span` shown over a column read other than the
    one holding its value (`rows`: the data rows it covers); True if it is one."""
    c0, c1 = span
    covered = [c for c in sorted(columns.fields) if c0 < c <= c1]
    if not covered:
        return False
    log.explained(table.sheet, (cell_ref(int(r), c) for r in rows for c in covered), table.file)
    others = ", ".join(columns.label(c) for c in covered)
    if c0 in columns.fields:
        log.add("cell.merged_columns", table.sheet, where, value, file=table.file,
                column=columns.label(c0), others=others)
    else:
        log.add("cell.merged_unread", table.sheet, where, value, file=table.file,
                column=column_letter(c0), others=others)
    return True


def _taken(column: np.ndarray | Text, source: np.ndarray) -> np.ndarray | Text:
    """Row i of the column is row `source[i]`'s cell."""
    return column.take(source) if isinstance(column, Text) else np.asarray(column)[source]
