"""Rows of a result JSON written by cfp (`render.formats`): the inverse of the writer.

Schema 2's inventory is a column table (`{"columns": [...], "data": {...}}`, text columns
dictionary-encoded as `{"values", "codes"}`); these give one dict per row, for `cfp diff`,
the tests and Python users who want rows.
"""

from __future__ import annotations


def inventory_rows(data: dict[str, object]) -> list[dict[str, object]]:
    """Inventory rows as dicts from any JSON shape: schema 2's column table (columns +
    data), schema 1's columns + rows, or a list of row objects."""
    inventory = data.get("inventory")
    if isinstance(inventory, dict) and isinstance(inventory.get("data"), dict):
        return table_records(inventory)
    if isinstance(inventory, dict):
        columns = list(inventory.get("columns") or [])
        return [dict(zip(columns, row, strict=False)) for row in inventory.get("rows") or []]
    if isinstance(inventory, list):
        return [row for row in inventory if isinstance(row, dict)]
    return []


def table_records(table: dict[str, object]) -> list[dict[str, object]]:
    """A column table of the JSON (schema 2: `{"columns": [...], "data": {...}}`, text
    columns as `{"values", "codes"}`) as one dict per row: the inverse of the writer
    (`render.formats.column_table`), for readers of a result who want rows."""
    names = list(table.get("columns") or [])  # type: ignore[union-attr]
    data = table.get("data") or {}  # type: ignore[union-attr]
    columns = [decoded_column(data.get(name, [])) for name in names]  # type: ignore[union-attr]
    return [dict(zip(names, row, strict=True)) for row in zip(*columns, strict=True)]


def decoded_column(column: object) -> list[object]:
    """One column of a column table as a list: a dictionary-encoded text column
    decoded (code -1: null)."""
    if isinstance(column, dict):
        values = column.get("values") or []
        return [values[c] if c >= 0 else None for c in column.get("codes") or []]
    return list(column)  # type: ignore[call-overload]
