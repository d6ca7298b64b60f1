"""BOM structure: parent of each row, total quantity per product, assemblies.

Two ways to write a multi-level BOM are accepted: a level column (a row belongs to the
nearest row above with a smaller level) or a parent column (親品番). The total quantity
of a row is the product of the quantities along its path to the product. Both are
computed with numpy over whole levels, not row by row.
"""

from __future__ import annotations

import numpy as np

from ..errors import ProblemLog
from ..frame import Frame, factorize, isnull, nan_to_zero, positions, sorted_unique
from ..read.bom import Bom
from ..read.textnorm import lookup_key
from .repeated import part_codes, without_repeats


def resolve_structure(bom: Bom, log: ProblemLog) -> Frame:
    """Add parent_pos (position, -1 for none), parent_row (sheet row, -1), level,
    total_quantity and is_assembly to a copy of `bom.parts`."""
    parts = bom.parts.copy()
    n = len(parts)
    if "level_raw" in parts and (~np.isnan(parts["level_raw"])).any():
        parent, level, total = _by_level(bom, parts, log)
        is_assembly = np.zeros(n, dtype=bool)
        is_assembly[parent[parent >= 0]] = True
        _check_children_once(bom, parts, is_assembly, log)
    elif (~isnull(parts["parent"])).any():
        # children written again under each row of their parent are read once (README)
        parts = without_repeats(bom, parts, log)
        parent, level, total, is_assembly = _by_parent(bom, parts, log)
    else:
        _refuse_indentation(bom, log)
        parent, level, total = (np.full(n, -1), np.ones(n, dtype=int),
                                parts["quantity"].copy())
        is_assembly = np.zeros(n, dtype=bool)
    parts["parent_pos"] = parent
    parts["parent_row"] = np.where(parent >= 0, parts["row"][np.maximum(parent, 0)], -1)
    parts["level"] = level
    parts["total_quantity"] = total
    parts["is_assembly"] = is_assembly
    return parts


def _refuse_indentation(bom: Bom, log: ProblemLog) -> None:
    """A BOM without levels or parents whose part numbers or names are indented, or whose
    No. column numbers rows `1-1` under `1`, writes its structure so, which cfp does not
    read: every row would count as a part
    of the product with its 個数 per product (ASSY 2 with P-1 3 indented under it: 3
    pieces of P-1 and the assembly's own weight, not 6). Refused, naming the first cell."""
    if bom.indented is None:
        return
    code, fieldname, row, value, count = bom.indented
    log.add(code, bom.sheet, bom.cell(row, fieldname), value, count=count)


def _by_level(bom: Bom, parts: Frame, log: ProblemLog) -> tuple[np.ndarray, ...]:
    level = np.where(np.isnan(parts["level_raw"]), 1.0, parts["level_raw"])
    rows = parts["row"]
    previous = np.concatenate([[0.0], level[:-1]])
    # the first row may start at 0 (the product row) or 1; afterwards one step deeper at most
    jumps = positions(level > np.maximum(previous, 0.0) + 1)
    for i in jumps:
        if i == 0:
            log.add("cell.level_first", bom.sheet, bom.cell(rows[i], "level"), int(level[i]))
        else:
            log.add("cell.level_jump", bom.sheet, bom.cell(rows[i], "level"), int(level[i]),
                    previous=int(previous[i]))
    _check_product_rows(bom, parts, level, log)
    index = np.arange(len(level))
    parent_pos = np.full(len(level), -1)
    values = sorted_unique(level)
    for value in values:
        # last position above each row whose level is smaller than `value`
        candidate = np.where(level < value, index, -1)
        last_before = np.maximum.accumulate(np.concatenate([[-1], candidate[:-1]]))
        at = level == value
        parent_pos[at] = last_before[at]
    _check_parent_column(bom, parts, parent_pos, log)
    total = parts["quantity"].astype(float).copy()
    order = np.argsort(level, kind="stable")
    for value in values:
        at = order[level[order] == value]
        has_parent = parent_pos[at] >= 0
        total[at[has_parent]] *= total[parent_pos[at[has_parent]]]
    return parent_pos, level.astype(int), total


def _check_children_once(bom: Bom, parts: Frame, is_assembly: np.ndarray,
                         log: ProblemLog) -> None:
    """A part number with parts under one of its rows and none under another (a level
    BOM listing a sub-assembly's parts once, "as above"): the bare row counted as one
    part of its own material and weight, not as the assembly. Refused on each bare row."""
    codes, uniques = factorize(parts["part_number"])  # (the parents' codes not needed)
    size = len(uniques)
    known = codes >= 0
    assembly = np.zeros(size + 1, dtype=bool)
    assembly[codes[known & is_assembly]] = True
    bare = known & ~is_assembly & assembly[codes]
    if not bare.any():
        return
    first = {int(codes[i]): int(parts["row"][i]) + 1 for i in positions(is_assembly & known)
             [::-1].tolist()}
    for i in positions(bare).tolist():
        log.add("part.children_once", bom.sheet, bom.cell(parts["row"][i], "part_number"),
                parts["part_number"][i], part=parts["part_number"][i], row=first[int(codes[i])])


def _check_parent_column(bom: Bom, parts: Frame, parent_pos: np.ndarray,
                         log: ProblemLog) -> None:
    """A 親品番 given beside the level must name the row the level puts the part under:
    the level is read, so a parent that disagrees (P-2 under B by its level, 親品番 A) was
    ignored and the part counted in the other assembly's pieces, exit 0. Refused, naming
    the 親品番 cell. A 親品番 outside the BOM on a level-1 row names the product: accepted."""
    if "parent" not in bom.columns or not (~isnull(parts["parent"])).any():
        return
    codes, parent_code, _size = part_codes(parts)
    given = ~isnull(parts["parent"])
    above = np.where(parent_pos >= 0, codes[np.maximum(parent_pos, 0)], -1)
    wrong = given & (parent_code != above) & ((parent_pos >= 0) | (parent_code >= 0))
    for i in positions(wrong).tolist():
        cell = bom.cell(parts["row"][i], "parent")
        if parent_pos[i] < 0:
            log.add("parent.level_top", bom.sheet, cell, parts["parent"][i],
                    part=parts["part_number"][i], parent=parts["parent"][i])
            continue
        j = parent_pos[i]
        log.add("parent.level_differs", bom.sheet, cell, parts["parent"][i],
                part=parts["part_number"][i], parent=parts["parent"][i],
                above=parts["part_number"][j], row=int(parts["row"][j]) + 1)


def _check_product_rows(bom: Bom, parts: Frame, level: np.ndarray, log: ProblemLog) -> None:
    """The one level-0 row is the product itself, one declared unit: its quantity
    multiplies every row below it, so 個数 2 there gave the footprint of two products as
    that of one (exit 0). Refused unless 1 (blank: the read reports a missing quantity).
    Several level-0 rows are warned (api.py): 0-based levels or several products."""
    top = positions(level == 0)
    if len(top) != 1 or parts["quantity"][top[0]] == 1.0 or np.isnan(parts["quantity"][top[0]]):
        return
    i = top[0]
    log.add("cell.product_quantity", bom.sheet, bom.cell(parts["row"][i], "quantity"),
            f"{float(parts['quantity'][i]):g}", part=parts["part_number"][i])


def check_named_product(bom: Bom, parts: Frame, product_id: str | None,
                        product_name: str | None, log: ProblemLog) -> None:
    """A top row with parts under it whose part number is the Settings' 製品品番 (or its
    name the 製品名) is the product itself, as a level-0 row is: a quantity other than 1
    there multiplied every part (PROD 2 with P-1 3 under it: 6 pieces for one product,
    exit 0). Refused like the level-0 row's (`cell.product_quantity`)."""
    wanted = [(f, lookup_key(v)) for f, v in (("part_number", product_id),
                                               ("name", product_name))
              if v and f in bom.columns]
    top = positions((parts["parent_pos"] < 0) & parts["is_assembly"] & (parts["level"] >= 1)
                    & (parts["quantity"] != 1.0) & ~np.isnan(parts["quantity"]))
    for i in top.tolist():
        if any(isinstance(parts[f][i], str) and lookup_key(parts[f][i]) == key
               for f, key in wanted):
            log.add("cell.product_named_quantity", bom.sheet,
                    bom.cell(parts["row"][i], "quantity"), f"{float(parts['quantity'][i]):g}",
                    part=parts["part_number"][i])


def _by_parent(bom: Bom, parts: Frame, log: ProblemLog) -> tuple[np.ndarray, ...]:
    """Parents by part number; a parent part on several rows sums their quantities, and
    it is an assembly on every one of them (its children are in each of its pieces)."""
    parent = parts["parent"]
    codes, parent_code, size = part_codes(parts)  # a part number per code
    has_parent = ~isnull(parent)
    unknown = has_parent & (parent_code < 0)
    for i in positions(unknown):
        log.add("parent.unknown", bom.sheet, bom.cell(parts["row"][i], "parent"), parent[i],
                parent=parent[i])
    total, level = _totals_by_parent(bom, parts, log, codes, parent_code,
                                     ~has_parent | unknown, size)
    first_pos = np.full(size + 1, -1)  # the extra last entry answers code -1
    valid = positions(codes >= 0)
    _, first = np.unique(codes[valid], return_index=True)
    first_pos[codes[valid[first]]] = valid[first]
    parent_pos = np.where(has_parent & ~unknown, first_pos[parent_code], -1)
    is_parent = np.zeros(size + 1, dtype=bool)  # the extra last entry answers code -1
    is_parent[parent_code[parent_code >= 0]] = True
    return parent_pos, level.astype(int), total, is_parent[codes]


def _totals_by_parent(bom: Bom, parts: Frame, log: ProblemLog, codes: np.ndarray,
                      parent_code: np.ndarray, root: np.ndarray,
                      size: int) -> tuple[np.ndarray, np.ndarray]:
    """Total quantity and level of each row, level by level from the roots: a row is
    ready when every row of its parent's part number is done (cycles are reported)."""
    quantity = parts["quantity"].astype(float)
    total = np.where(root, quantity, np.nan)
    level = np.where(root, 1, 0)
    pending = ~root
    while pending.any():
        done = ~pending & (codes >= 0)
        parent_total = np.bincount(codes[done], weights=nan_to_zero(total[done]),
                                   minlength=size)
        parent_level = np.zeros(size, dtype=int)
        np.maximum.at(parent_level, codes[done], level[done])
        # a part number still pending anywhere is not complete yet
        blocked = np.zeros(size, dtype=bool)
        blocked[codes[pending & (codes >= 0)]] = True
        finished = np.zeros(size, dtype=bool)
        finished[codes[done]] = True
        ready = pending & finished[parent_code] & ~blocked[parent_code]
        if not ready.any():
            _report_cycles(bom, parts, pending, log)
            total[pending] = quantity[pending]
            level[pending] = 1
            break
        total[ready] = quantity[ready] * parent_total[parent_code[ready]]
        level[ready] = parent_level[parent_code[ready]] + 1
        pending &= ~ready
    return total, level


def _report_cycles(bom: Bom, parts: Frame, pending: np.ndarray, log: ProblemLog) -> None:
    """Name each cycle once, as the chain of part numbers that closes on itself."""
    parent_of = dict(zip(parts["part_number"], parts["parent"], strict=True))
    seen: set[str] = set()
    for i in positions(pending):
        start = parts["part_number"][i]
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
        log.add("parent.cycle", bom.sheet, bom.cell(parts["row"][i], "parent"),
                parts["parent"][i], path=" -> ".join(str(p) for p in cycle))


def product_mass_each(parts: Frame) -> np.ndarray:
    """Each row's share of the product mass, in kg per declared unit: total quantity x
    net weight (raw weight where no net weight is given) for leaf parts; 0 for
    assemblies (their mass is their parts') and for parts without a weight.

    The one definition of the product mass (README, "Product mass"): the JSON's
    `product_mass_kg`, the reports and PACT `productMassPerDeclaredUnit` sum this."""
    return _leaf_mass(parts, parts["net_kg"], parts["raw_kg"])


def input_mass_each(parts: Frame) -> np.ndarray:
    """Each row's mass of material bought, in kg per declared unit: total quantity x raw
    weight (bought before machining; net weight where no raw weight is given) for leaf
    parts, 0 for assemblies and parts without a weight. What the material flows weigh,
    and the basis of the mass cut-off (README, "Cut-off")."""
    return _leaf_mass(parts, parts["raw_kg"], parts["net_kg"])


def _leaf_mass(parts: Frame, first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """total quantity x `first` weight (`second` where it has none), for leaf parts."""
    first, second = first.astype(float), second.astype(float)
    each = parts["total_quantity"] * np.where(np.isnan(first), second, first)
    return np.where(parts["is_assembly"] | np.isnan(each), 0.0, each)
