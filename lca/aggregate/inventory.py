"""The inventory by the declared schema (`lca.schema.INVENTORY`): one typed column per
field, for every writer (CSV, Excel inventory sheet, report annex, `Result.to_pandas`).

A field's values follow its kind: "int" int64, "float" float64 (NaN: not given), "text"
objects (None: not given). Two fields are derived here, once: `row` is the Excel row
(the flows hold the 0-based sheet row) and `amount_per_piece` the amount per piece of
the part (amount / total quantity). A field the flows do not carry (yet) is all
missing, so a writer writes it blank and fills it as soon as the calculation does.
"""

from __future__ import annotations

import numpy as np

from ..frame import Frame
from ..schema import FIELDS


def field_values(flows: Frame, parts: Frame, name: str) -> np.ndarray:
    """Schema field `name` for every flow, typed by its kind."""
    kind = FIELDS[name].kind
    if name == "row":
        return flows["row"].astype(np.int64) + 1
    if name == "amount_per_piece":
        return amount_per_piece(flows, parts)
    if name not in flows:
        return np.full(len(flows), np.nan if kind != "text" else None,
                       dtype=float if kind != "text" else object)
    return typed(flows[name], kind)


def typed(values: np.ndarray, kind: str) -> np.ndarray:
    """`values` as the arrays of `kind` (an int column with gaps stays float)."""
    if kind == "text":
        return values if values.dtype == object else values.astype(object)
    if kind == "int" and values.dtype.kind in "iub":
        return values.astype(np.int64)
    return values.astype(float)


def amount_per_piece(flows: Frame, parts: Frame) -> np.ndarray:
    """amount / total quantity of the flow's part (NaN for a part of quantity 0)."""
    qty = parts["total_quantity"][flows["part"].astype(np.intp)].astype(float)
    with np.errstate(divide="ignore", invalid="ignore"):
        return flows["amount"].astype(float) / np.where(qty == 0, np.nan, qty)


def columns(flows: Frame, parts: Frame, names: list[str]) -> dict[str, np.ndarray]:
    """`field_values` of each of `names`, in that order."""
    return {name: field_values(flows, parts, name) for name in names}
