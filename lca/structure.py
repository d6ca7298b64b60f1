"""BOM structure: parent of each row, total quantity per product, assemblies.

Two ways to write a multi-level BOM are accepted: a level column (a row belongs to the
nearest row above with a smaller level) or a parent column (親品番). The total quantity
of a row is the product of the quantities along its path to the product. Both are
computed with numpy over whole levels, not row by row.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .bom import Bom
from .errors import ProblemLog


def resolve_structure(bom: Bom, log: ProblemLog) -> pd.DataFrame:
    """Add parent_row, level, total_quantity and is_assembly to a copy of `bom.parts`."""
    parts = bom.parts.copy()
    if "level_raw" in parts and parts["level_raw"].notna().any():
        _by_level(bom, parts, log)
    elif parts["parent"].notna().any():
        _by_parent(bom, parts, log)
    else:
        parts["parent_row"] = -1
        parts["level"] = 1
        parts["total_quantity"] = parts["quantity"]
    parents = set(parts["parent_row"][parts["parent_row"] >= 0])
    parts["is_assembly"] = parts.index.isin(list(parents))
    return parts


def _by_level(bom: Bom, parts: pd.DataFrame, log: ProblemLog) -> None:
    level = parts["level_raw"].fillna(1).to_numpy(dtype=float)
    rows = parts.index.to_numpy()
    previous = np.concatenate([[0.0], level[:-1]])
    # the first row may start at 0 (the product row) or 1; afterwards one step deeper at most
    jumps = np.where(level > np.maximum(previous, 0.0) + 1)[0]
    for i in jumps:
        if i == 0:
            log.add("cell.level_first", bom.sheet, bom.cell(rows[i], "level"), int(level[i]))
        else:
            log.add("cell.level_jump", bom.sheet, bom.cell(rows[i], "level"), int(level[i]),
                    previous=int(previous[i]))
    positions = np.arange(len(level))
    parent_pos = np.full(len(level), -1)
    for value in np.unique(level):
        # last position above each row whose level is smaller than `value`
        candidate = np.where(level < value, positions, -1)
        last_before = np.maximum.accumulate(np.concatenate([[-1], candidate[:-1]]))
        at = level == value
        parent_pos[at] = last_before[at]
    total = parts["quantity"].to_numpy(dtype=float).copy()
    order = np.argsort(level, kind="stable")
    for value in np.unique(level):
        at = order[level[order] == value]
        has_parent = parent_pos[at] >= 0
        total[at[has_parent]] *= total[parent_pos[at[has_parent]]]
    parts["parent_row"] = np.where(parent_pos >= 0, rows[np.maximum(parent_pos, 0)], -1)
    parts["level"] = level.astype(int)
    parts["total_quantity"] = total


def _by_parent(bom: Bom, parts: pd.DataFrame, log: ProblemLog) -> None:
    part_numbers = parts["part_number"]
    known = set(part_numbers.dropna())
    parent = parts["parent"]
    unknown = parent.notna() & ~parent.isin(known)
    for row in unknown[unknown].index:
        log.add("parent.unknown", bom.sheet, bom.cell(row, "parent"), parent[row],
                parent=parent[row])
    root = parent.isna() | unknown
    total = pd.Series(np.where(root, parts["quantity"], np.nan), index=parts.index)
    level = pd.Series(np.where(root, 1, 0), index=parts.index)
    pending = ~root
    while pending.any():
        # a parent part may appear on several rows: its total is the sum over them
        done = ~pending
        parent_total = total[done].groupby(part_numbers[done]).sum()
        parent_level = level[done].groupby(part_numbers[done]).max()
        blocked = part_numbers[pending].dropna().unique()
        ready = pending & parent.isin(parent_total.index) & ~parent.isin(blocked)
        if not ready.any():
            _report_cycles(bom, parts, pending, log)
            total[pending] = parts["quantity"][pending]
            level[pending] = 1
            break
        total[ready] = parts["quantity"][ready] * parent[ready].map(parent_total)
        level[ready] = parent[ready].map(parent_level) + 1
        pending &= ~ready
    first_row = pd.Series(parts.index, index=parts.index).groupby(part_numbers).first()
    parts["parent_row"] = parent.map(first_row).fillna(-1).astype(int).where(~unknown, -1)
    parts["level"] = level.astype(int)
    parts["total_quantity"] = total


def _report_cycles(bom: Bom, parts: pd.DataFrame, pending: pd.Series, log: ProblemLog) -> None:
    """Name each cycle once, as the chain of part numbers that closes on itself."""
    parent_of = dict(zip(parts["part_number"], parts["parent"], strict=True))
    seen: set[str] = set()
    for row in pending[pending].index:
        start = parts.at[row, "part_number"]
        chain = [start]
        current = parent_of.get(start)
        while current is not None and current not in chain and len(chain) < 1000:
            chain.append(current)
            current = parent_of.get(current)
        if current is None or current in seen:
            continue
        cycle = chain[chain.index(current):] + [current]
        if seen.intersection(cycle):
            continue
        seen.update(cycle)
        log.add("parent.cycle", bom.sheet, bom.cell(row, "parent"), parts.at[row, "parent"],
                path=" -> ".join(str(p) for p in cycle))
