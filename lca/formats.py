"""Machine-readable renderings of a `Result`: JSON and the inventory as CSV.

Both are deterministic: the same result gives the same bytes (keys in a fixed order,
floats as Python's shortest repr).
"""

from __future__ import annotations

import csv
import io
import json

from .output import neutralise
from .results import Result

INVENTORY_COLUMNS = ["row", "part_number", "stage", "flow", "process", "amount", "unit",
                     "amount_per_piece", "factor", "factor_unit", "factor_key", "factor_source",
                     "factor_origin", "data_type", "energy_basis", "kg_co2e"]


def to_json(result: Result, lang: str = "en") -> str:
    return json.dumps(result.to_dict(lang), ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def to_csv(result: Result, lang: str = "en") -> str:
    """The inventory, one row per flow; text cells are neutralised against formulas."""
    records = result.to_dict(lang)["inventory"]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(INVENTORY_COLUMNS)
    for record in records:  # type: ignore[union-attr]
        writer.writerow(["" if record[c] is None else neutralise(record[c])
                         for c in INVENTORY_COLUMNS])
    return buffer.getvalue()
