"""Checks that keep a wrong number from passing silently.

Run on the inventory once it is computed: a non-finite amount, factor or emission (an
overflow such as 1e200 pieces x 1e200 kg) is an input error naming the BOM row, never a
`null` or 1.8e308 total with exit 0; so is a total that overflows. Warnings point at
inputs that are legal but often a typo: a zero factor in use, one part number with
different data on several rows, a hidden sheet that was read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from ..errors import ProblemLog
from ..frame import Frame, Text, factorize, positions
from ..i18n import tr
from ..read.bom import Bom
from ..read.country import names_china_or_chugoku
from ..read.materials import PURCHASED_COMPONENTS, MaterialMap
from ..records import frozen

if TYPE_CHECKING:
    from ..api import Inputs
    from ..compute.flows import Notes

#: Rows of one part number compared for consistency (a BOM lists the same bought part
#: under several assemblies; it must have the same material and weight everywhere).
CONSISTENT_FIELDS = ("grade", "category", "net_kg", "raw_kg")


def non_finite(inventory: Frame, bom: Bom, log: ProblemLog) -> None:
    """Every amount, factor and emission finite, and so the total and each stage."""
    bad = np.zeros(len(inventory), dtype=bool)
    for name in ("amount", "factor", "kg_co2e"):
        bad |= ~np.isfinite(inventory[name].astype(float))
    for i in positions(bad).tolist():
        row = int(inventory["row"][i])
        log.add("calc.not_finite", bom.sheet, f"{row + 1}:{row + 1}", None,
                part=inventory["part_number"][i], stage=inventory["stage"][i],
                amount=float(inventory["amount"][i]), factor=float(inventory["factor"][i]))
    if bad.any():
        return
    with np.errstate(over="ignore", invalid="ignore"):
        total = float(np.sum(inventory["kg_co2e"].astype(float)))
    if not np.isfinite(total):
        log.add("calc.total_not_finite", bom.sheet, None, None)


def warn_inputs(inputs: Inputs, inventory: Frame, notes: Notes) -> None:
    """Warnings about legal but suspicious inputs."""
    _zero_factors(inventory, notes)
    _zero_weights(inputs, inventory, notes)
    _inconsistent_parts(inputs, notes)
    _category_against_grade(inputs.parts, inputs.materials, inputs.bom.sheet, notes)
    notes.warn_each("warn.children_repeated", inputs.bom.repeated_children)
    notes.warn_each("warn.key_repeated", [*inputs.masters.repeated_rows,
                                          *getattr(inputs.factors, "repeated_rows", [])])
    notes.warn_each("warn.gases_differ", getattr(inputs.factors, "gas_mismatches", []))
    notes.warn_each("warn.factor_thousands", getattr(inputs.factors, "thousands_cells", []))
    if not inputs.masters.settings.reference_period:
        notes.warn("warn.no_reference_period")
    hidden = getattr(inputs.book, "hidden_sheets_read", None)
    for sheet in (hidden() if hidden is not None else []):
        notes.warn("warn.hidden_sheet", sheet=sheet)
    _hidden_rows_and_columns(inputs.bom, notes)
    _hidden_in_tables(getattr(inputs, "hidden_tables", []), notes)
    _china_or_chugoku(inputs, notes)


def _china_or_chugoku(inputs: Inputs, notes: Notes) -> None:
    """Settings 地域, the 地域 of the processes the BOM uses and your `electricity`
    factor's 地域 that say `中国` were read as China (`read.country`); a Japanese site in
    the 中国地方 (Chūgoku) would get the wrong grid, so the cells are named, once each."""
    settings = inputs.masters.settings
    cells = [settings.cells.get("geography", "地域")] \
        if names_china_or_chugoku(settings.geography) else []
    cells += notes.read_as_china
    if cells:
        notes.warn("warn.country_china", cells=", ".join(dict.fromkeys(cells)))


#: Runs of hidden rows named in the warning; the others are counted (a filtered
#: 100,000-row BOM may hide most of them)
HIDDEN_RUNS_NAMED = 10


def _hidden_rows_and_columns(bom: Bom, notes: Notes) -> None:
    """BOM lines hidden in Excel (an old part hidden rather than deleted, a filter left
    on) are counted as the workbook holds them, and named; so are hidden columns read."""
    if bom.hidden_rows:
        notes.warn("warn.hidden_rows", sheet=bom.sheet, count=f"{len(bom.hidden_rows):,}",
                   rows=row_runs(bom.hidden_rows, HIDDEN_RUNS_NAMED))
    if bom.hidden_columns:
        notes.warn("warn.hidden_columns", sheet=bom.sheet, columns=", ".join(bom.hidden_columns))


def _hidden_in_tables(tables: list[dict[str, object]], notes: Notes) -> None:
    """Rows and columns hidden in Excel in the master and factor tables read (a process
    or supplier hidden to "switch it off" is read like the others), named per table."""
    seen: set[object] = set()
    for table in tables:
        if table["table"] in seen:  # (a table read twice is named once)
            continue
        seen.add(table["table"])
        rows = list(table["rows"])  # type: ignore[call-overload]
        if rows:
            notes.warn("warn.hidden_table_rows", table=table["table"], count=f"{len(rows):,}",
                       rows=row_runs(rows, HIDDEN_RUNS_NAMED))
        if table["columns"]:
            notes.warn("warn.hidden_table_columns", table=table["table"],
                       columns=", ".join(table["columns"]))  # type: ignore[arg-type]


@frozen
class RowRuns:
    """Excel row numbers in runs, a message parameter shown in the message's language
    (`i18n.tr` calls `render`): `12, 15–17` in English, `12, 15〜17` in Japanese
    (`fmt.row_range`); `cut`: more runs than named, `, …`."""

    runs: tuple[tuple[int, int], ...]
    cut: bool = False

    def render(self, lang: str = "en") -> str:
        text = ", ".join(str(first) if first == last else
                         tr("fmt.row_range", lang, first=first, last=last)
                         for first, last in self.runs)
        return f"{text}, …" if self.cut else text

    def __str__(self) -> str:
        return self.render()


def row_runs(rows: list[int], most: int) -> RowRuns:
    """0-based sheet rows (ascending) as Excel row numbers in runs, `12, 15–17`; after
    `most` runs, `…`."""
    runs: list[list[int]] = []
    for row in rows:
        if runs and row == runs[-1][1] + 1:
            runs[-1][1] = row
        elif len(runs) == most:
            return RowRuns(tuple((a + 1, b + 1) for a, b in runs), cut=True)
        else:
            runs.append([row, row])
    return RowRuns(tuple((a + 1, b + 1) for a, b in runs))


def _zero_factors(inventory: Frame, notes: Notes) -> None:
    """A factor of 0 is legitimate (recycled input under the cut-off approach) but a typo
    would hide behind it: each one used is named with where it came from."""
    zero = inventory["factor"].astype(float) == 0
    if not zero.any():
        return
    _codes, keys = factorize(inventory["factor_key"][zero])
    origins = dict(zip(inventory["factor_key"][zero].tolist(),
                       inventory["factor_origin"][zero].tolist(), strict=True))
    for key in keys:
        notes.warn("warn.zero_factor", factor=key, origin=origins.get(key) or "-")


def _zero_weights(inputs: Inputs, inventory: Frame, notes: Notes) -> None:
    """A weight of 0 on a part counted per kg: its material is 0 kg-CO2e (and its share of
    a mass cut-off 0 %), where a blank weight is refused. Named with its weight cell, as
    a factor of 0 is: an unknown weight written as 0 would pass unseen."""
    from ..compute.flows import PER_ITEM_LIMIT
    from ..frame import fill

    parts, bom = inputs.parts, inputs.bom
    mass = fill(parts["raw_kg"], parts["net_kg"])
    zero = positions(~parts["is_assembly"] & (mass == 0)).tolist()
    if not zero:  # (most BOMs)
        return
    per_kg = set(inventory["part"][(inventory["stage"] == "materials")
                                   & (inventory["unit"] == "kg")].tolist())
    per_kg |= {e["part_number"] for e in notes.excluded if e.get("stage", "materials")
               == "materials" and e.get("mass_kg") == 0}
    items = [f"{parts['part_number'][i]} ({bom.sheet}!{_weight_cell(bom, parts, i)})"
             for i in zero if i in per_kg or parts["part_number"][i] in per_kg]
    if items:
        more = len(items) - PER_ITEM_LIMIT
        notes.warn("warn.zero_weight", count=len(items),
                   parts=", ".join(items[:PER_ITEM_LIMIT]) + (f" (+{more:,})" if more > 0 else ""))


def _weight_cell(bom: Bom, parts: Frame, i: int) -> str:
    """The weight cell read for part `i`: the raw weight where given, else the net."""
    field = "raw_weight" if parts["raw_kg"][i] == parts["raw_kg"][i] else "net_weight"
    return bom.cell(int(parts["row"][i]), field) if field in bom.columns else "-"


def _inconsistent_parts(inputs: Inputs, notes: Notes) -> None:
    """One part number on several rows with a different grade, category or weight
    (vectorised: rows sorted by part number, each field's values compared per group)."""
    parts = inputs.parts
    codes, numbers = factorize(parts.text("part_number"))
    codes = np.where(parts["is_assembly"], -1, codes)
    rows = positions(codes >= 0)
    order = rows[np.argsort(codes[rows], kind="stable")]
    if len(order) < 2:
        return
    sorted_codes = codes[order]
    starts = positions(np.r_[True, sorted_codes[1:] != sorted_codes[:-1]])
    differs = np.zeros(len(starts), dtype=bool)
    for name in CONSISTENT_FIELDS:
        # missing values: -1, equal to each other (a Text column: on its codes)
        values = _comparable(parts.column(name))[order]
        differs |= (np.maximum.reduceat(values, starts) != np.minimum.reduceat(values, starts))
    items = []
    for g in positions(differs).tolist():
        end = starts[g + 1] if g + 1 < len(starts) else len(order)
        at = order[starts[g]:end]
        listed = ", ".join(str(int(r) + 1) for r in parts["row"][at][:10].tolist())
        items.append({"part": numbers[sorted_codes[starts[g]]], "rows": listed,
                      "sheet": inputs.bom.sheet})
    notes.warn_each("warn.part_inconsistent", items)


def _category_against_grade(parts: Frame, materials: MaterialMap, sheet: str,
                            notes: Notes) -> None:
    """A 分類 naming one material category on a part whose grade the grade map puts in
    another (`ADC12` with 分類 `アルミ`: wrought aluminium, 10.8 kg-CO2e/kg, instead of
    a die casting's 0.995). Not for a bought-in component's category: a bolt of SCM435 is
    classed `fasteners`, and `other` is a choice. Once per (grade, 分類) pair."""
    if not parts.text("category").values:  # no 分類 written (most BOMs)
        return
    kinds = set(materials.categories) - set(PURCHASED_COMPONENTS) - {"other"}
    grade_codes, grades = factorize(parts.text("grade"))
    written_codes, written = factorize(parts.text("category"))
    leaf = ~parts["is_assembly"].astype(bool) & (grade_codes >= 0) & (written_codes >= 0)
    rows = positions(leaf)
    pairs = grade_codes[rows] * (len(written) + 1) + written_codes[rows]
    _, first = np.unique(pairs, return_index=True)
    items = []
    for i in sorted(rows[first].tolist()):
        grade, text = grades[grade_codes[i]], written[written_codes[i]]
        stated, mapped = materials.category_key(text), materials.category_of_grade(grade)
        if stated in kinds and mapped in kinds and stated != mapped:
            items.append({"part": parts["part_number"][i], "grade": grade, "category": text,
                          "stated": stated, "mapped": mapped, "sheet": sheet,
                          "row": int(parts["row"][i]) + 1})
    notes.warn_each("warn.category_not_grade", items)


def _comparable(column: np.ndarray | Text) -> np.ndarray:
    """Integers equal where the values are (missing: -1, equal to each other), as
    `factorize` codes are, without hashing a value per row: a `Text` of distinct values
    its codes, floats their bits (-0.0 as 0.0)."""
    if isinstance(column, Text) and len(set(column.values)) == len(column.values):
        return column.codes
    if isinstance(column, np.ndarray) and column.dtype == np.float64:
        return np.where(np.isnan(column), -1, (column + 0.0).view(np.int64))
    return factorize(column)[0]
