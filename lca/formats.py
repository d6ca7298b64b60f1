"""Machine-readable renderings of a `Result`: JSON and the inventory as CSV.

Both are deterministic: the same result gives the same bytes (keys in a fixed order,
floats as Python's shortest repr).
"""

from __future__ import annotations

import csv
import io

from .output import neutralise
from .results import Result, inventory_records

INVENTORY_COLUMNS = ["row", "part_number", "stage", "flow", "process", "amount", "unit",
                     "amount_per_piece", "factor", "factor_unit", "factor_key", "factor_source",
                     "factor_ref", "factor_origin", "data_type", "energy_basis", "kg_co2e"]


#: Up to this many inventory rows are written one per line; beyond, on one line (orjson
#: pays ~13 us per call, 8 s for the 600,000 rows of a 100,000-part BOM).
ROWS_PER_LINE_LIMIT = 20_000
_ROWS_SENTINEL = "__cfp_inventory_rows__"


def to_json_bytes(result: Result, lang: str = "en") -> bytes:
    """Indented UTF-8 JSON; the inventory rows compact, one per line.

    orjson, not the stdlib: the stdlib encoder is pure Python when indenting (~20 s for
    a 100,000-part BOM). The rows are spliced in after the key that comes last in the
    document, so a part name that happens to contain the sentinel cannot be hit."""
    import orjson

    data = result.to_dict(lang)
    rows = data["inventory"]["rows"]  # type: ignore[index]
    data["inventory"]["rows"] = _ROWS_SENTINEL  # type: ignore[index]
    head = orjson.dumps(data, option=orjson.OPT_INDENT_2)
    if len(rows) <= ROWS_PER_LINE_LIMIT:
        body = b"[\n      " + b",\n      ".join(map(orjson.dumps, rows)) + b"\n    ]" \
            if rows else b"[]"
    else:
        body = orjson.dumps(rows)
    sentinel = orjson.dumps(_ROWS_SENTINEL)
    cut = head.rindex(sentinel)
    return b"".join((head[:cut], body, head[cut + len(sentinel):], b"\n"))


def to_json(result: Result, lang: str = "en") -> str:
    return to_json_bytes(result, lang).decode()


def to_csv(result: Result, lang: str = "en") -> str:
    """The inventory, one row per flow; text cells are neutralised against formulas."""
    data = result.to_dict(lang)
    details = data["factors"]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(INVENTORY_COLUMNS)
    for record in inventory_records(data):
        detail = details.get(record["factor_key"], {})  # type: ignore[union-attr]
        record = {**record, "factor_ref": detail.get("source_ref"),
                  "factor_origin": detail.get("origin")}
        writer.writerow([_cell(record[c]) for c in INVENTORY_COLUMNS])
    return buffer.getvalue()


def _cell(value: object) -> object:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return neutralise(value)
