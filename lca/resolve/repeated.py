"""Children listed under each row of a sub-assembly in a parent-column BOM.

With a parent column (親品番) a part number has one structure: the rows whose parent is
`SUB` are the children of every piece of `SUB`, wherever `SUB` is used. ERP exports
often repeat those children under each row of `SUB`; summed, they would count the
children once per row of `SUB` on top of once per piece (2 rows of `SUB`: twice the
parts). So the children are grouped by the row of their parent they follow: groups that
are all the same (part, quantity, material, weights, supplier, times...) are one list
written again, read once (warned); groups that differ are two readings of the same part
number and are refused, naming the rows, rather than guessed.

Vectorised: only a parent whose children follow two different rows of it (rare) is
looked at row by row.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from ..errors import ProblemLog
from ..frame import Frame, factorize, positions
from ..read.bom import Bom

#: Fields two listings of one child must share to be the same list written again.
SAME_FIELDS = ("part_number", "quantity", "grade", "category", "net_kg", "raw_kg",
               "supplier", "lot_size", "pcf_id", "supplier_part_number", "quantity_unit")


def part_codes(parts: Frame) -> tuple[np.ndarray, np.ndarray, int]:
    """(code of each row's part number, code of its parent's part number or -1, number
    of part numbers)."""
    codes, uniques = factorize(parts["part_number"])
    code_of = {u: c for c, u in enumerate(uniques)}
    parent_code = np.fromiter((code_of.get(p, -1) if p is not None else -1
                               for p in parts["parent"]), dtype=np.intp, count=len(parts))
    return codes, parent_code, len(uniques)


def without_repeats(bom: Bom, parts: Frame, log: ProblemLog) -> Frame:
    """`parts` without the child rows that repeat a list already given under another
    row of the same parent; `bom.times` follows (its `part` positions), what was read
    once is in `bom.repeated_children`. Different lists are reported to `log`."""
    codes, parent_code, size = part_codes(parts)
    rows_of = np.bincount(codes[codes >= 0], minlength=size + 1)
    child = positions((parent_code >= 0) & (rows_of[parent_code] >= 2))
    if not len(child):
        return parts
    after = _row_followed(codes, parent_code, child)
    pairs = np.unique(np.stack([parent_code[child], after]), axis=1)
    parent_codes, count = np.unique(pairs[0], return_counts=True)
    drop = np.zeros(len(parts), dtype=bool)
    for code in parent_codes[count > 1].tolist():
        mine = parent_code[child] == code
        _one_parent(bom, parts, child[mine], after[mine], positions(codes == code), drop, log)
    return _drop(bom, parts, drop) if drop.any() else parts


def _row_followed(codes: np.ndarray, parent_code: np.ndarray, child: np.ndarray) -> np.ndarray:
    """For each child row, the position of the nearest row above it of its parent's part
    number (children above every row of their parent: its first row)."""
    n = len(codes)
    known = positions(codes >= 0)
    keys = np.sort(codes[known].astype(np.int64) * n + known)
    wanted = parent_code[child].astype(np.int64)
    at = np.searchsorted(keys, wanted * n + child) - 1
    found = keys[np.maximum(at, 0)]
    above = (at >= 0) & (found // n == wanted)
    first = keys[np.searchsorted(keys, wanted * n)] % n
    return np.where(above, found % n, first)


def _one_parent(bom: Bom, parts: Frame, child: np.ndarray, after: np.ndarray,
                parent_rows: np.ndarray, drop: np.ndarray, log: ProblemLog) -> None:
    """The children of one parent, listed after several of its rows: the same list
    each time (the first is kept) or a problem naming the rows."""
    groups = [child[after == row] for row in sorted(set(after.tolist()))]
    listed = [sorted((_signature(bom, parts, int(i)) for i in group), key=repr)
              for group in groups]
    sheet_rows = parts["row"]
    different = next((k for k, sig in enumerate(listed) if sig != listed[0]), None)
    name = parts["part_number"][parent_rows[0]]
    if different is not None:
        log.add("parent.children_differ", bom.sheet,
                bom.cell(int(sheet_rows[groups[different][0]]), "parent"), name, part=name,
                rows=_rows(sheet_rows[parent_rows]), first=_rows(sheet_rows[groups[0]]),
                other=_rows(sheet_rows[groups[different]]))
        return
    for group in groups[1:]:
        drop[group] = True
    bom.repeated_children.append({
        "part": name, "sheet": bom.sheet, "rows": _rows(sheet_rows[parent_rows]),
        "used": _rows(sheet_rows[groups[0]]),
        "repeated": _rows(sheet_rows[np.concatenate(groups[1:])])})


def _signature(bom: Bom, parts: Frame, i: int) -> tuple[Any, ...]:
    """What a child row says (its fields and process times), NaN as None."""
    values = [parts[f][i] if f in parts else None for f in SAME_FIELDS]
    times = bom.times
    mine = positions(times["part"] == i)
    spent = sorted((times["process"][k], float(times["cycle_h"][k]),
                    float(times["setup_h"][k])) for k in mine.tolist())
    return tuple(None if isinstance(v, float) and v != v else v for v in values) + (
        tuple(spent),)


def _rows(sheet_rows: np.ndarray) -> str:
    """1-based sheet rows, as a user reads them: `3, 5`."""
    return ", ".join(str(int(r) + 1) for r in sheet_rows.tolist())


def _drop(bom: Bom, parts: Frame, drop: np.ndarray) -> Frame:
    """`parts` without the `drop` rows; `bom.times` renumbered to the rows kept."""
    kept = parts.take(~drop)
    new_position = np.cumsum(~drop) - 1
    times = bom.times
    on = ~drop[times["part"].astype(np.intp)]
    moved = times.take(on)
    moved["part"] = new_position[moved["part"].astype(np.intp)]
    bom.times = moved
    return kept
