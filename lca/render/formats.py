"""Machine-readable renderings of a `Result`: JSON and the inventory as CSV.

Both are deterministic: the same result gives the same bytes (keys in a fixed order,
floats as Python's shortest repr).
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from typing import BinaryIO

import numpy as np

from .. import schema
from ..aggregate.result import JSON_INVENTORY, Result
from ..frame import Text
from ..output import neutralise, write_overlapped

INVENTORY_COLUMNS = ["row", "part_number", "stage", "flow", "process", "amount", "unit",
                     "amount_per_piece", "factor", "factor_unit", "factor_key", "factor_source",
                     "factor_ref", "factor_origin", "matched_by", "master_origin",
                     "data_type", "energy_basis", "kg_co2e"]


#: The JSON result's schema: 2 is columnar (README "JSON output"); 1 had row arrays.
SCHEMA_VERSION = "2"
STAGE_NAMES = ("materials", "transport", "processing", "waste")
#: Columns of the parts table: (name, kind); the per-stage kg-CO2e follow.
PART_COLUMNS = [("row", "int"), ("part_number", "text"), ("name", "text"), ("level", "int"),
                ("parent_row", "int"), ("quantity_per_parent", "float"),
                ("total_quantity", "float"), ("category", "text"), ("assembly", "bool"),
                ("kg_co2e", "float"), *((s, "float") for s in STAGE_NAMES)]


def json_chunks(result: Result, lang: str = "en") -> Iterator[bytes | memoryview]:
    """The result JSON as pieces of bytes: the document indented, the parts and the
    inventory as column tables (`column_table`), encoded column by column straight
    from the arrays and spliced in where placeholders stand in the document, so no
    copy of the whole JSON is ever made and no Python object is made per row. The
    placeholders are random: no text in a BOM can match them. orjson, not the stdlib:
    the stdlib encoder is pure Python when indenting."""
    import orjson

    tag = secrets.token_hex(8)
    marks = {"parts": f"__cfp_parts_{tag}__", "inventory": f"__cfp_rows_{tag}__"}
    doc = result.document(lang, marks["parts"], marks["inventory"])
    doc["schema_version"] = SCHEMA_VERSION
    head = memoryview(orjson.dumps(doc, option=orjson.OPT_INDENT_2))
    raw = head.obj  # type: ignore[attr-defined]
    at = 0
    for name, columns in (("parts", part_columns(result)),
                          ("inventory", inventory_columns(result))):
        cut = raw.index(orjson.dumps(marks[name]), at)
        yield head[at:cut]
        yield from column_table(columns, indent=2)
        at = cut + len(marks[name]) + 2
    yield head[at:]
    yield b"\n"


Column = np.ndarray | Text


def column_table(columns: list[tuple[str, Column]], indent: int = 2) -> Iterator[bytes]:
    """`{"columns": [names], "data": {name: column, ...}}`, one column per line. A number
    column is an array (null for missing); a text column is dictionary-encoded:
    `{"values": [distinct texts], "codes": [index per row, -1 for null]}`."""
    import orjson

    pad = b"\n" + b" " * (indent + 4)
    yield b'{\n' + b" " * (indent + 2) + b'"columns": '
    yield orjson.dumps([name for name, _ in columns])
    yield b",\n" + b" " * (indent + 2) + b'"data": {'
    for i, (name, values) in enumerate(columns):
        yield (b"," if i else b"") + pad + orjson.dumps(name) + b": "
        yield _column_json(values)
    yield b"\n" + b" " * (indent + 2) + b"}\n" + b" " * indent + b"}"


def _column_json(values: Column) -> bytes:
    import orjson

    if isinstance(values, Text):
        return (b'{"values": ' + orjson.dumps(values.values) + b', "codes": '
                + orjson.dumps(np.ascontiguousarray(values.codes, dtype=np.int64),
                               option=orjson.OPT_SERIALIZE_NUMPY) + b"}")
    if values.dtype == object:
        return _column_json(Text.of(values))
    return orjson.dumps(np.ascontiguousarray(values), option=orjson.OPT_SERIALIZE_NUMPY)


def inventory_columns(result: Result) -> list[tuple[str, Column]]:
    """The inventory's JSON columns, in the order of `schema.INVENTORY` (`json` fields);
    a field the flows lack is written null."""
    flows = result.flows
    n = len(flows)
    out: list[tuple[str, Column]] = []
    for name in schema.names("json"):
        kind = schema.FIELDS[name].kind
        if name == "row":
            values: Column = flows["row"].astype(np.int64) + 1
        elif name == "amount_per_piece":
            values = _per_piece(result)
        elif name not in flows:
            values = Text.const(None, n) if kind == "text" else np.full(n, np.nan)
        elif kind == "text":
            values = flows.text(name)
        else:
            values = flows[name].astype(np.int64 if kind == "int" else float)
        out.append((name, values))
    return out


def _per_piece(result: Result) -> np.ndarray:
    flows = result.flows
    qty = result.part_rows["total_quantity"][flows["part"].astype(np.intp)].astype(float)
    with np.errstate(divide="ignore", invalid="ignore"):
        return flows["amount"].astype(float) / np.where(qty == 0, np.nan, qty)


def part_columns(result: Result) -> list[tuple[str, Column]]:
    """One row per BOM line: its place in the tree and its own kg-CO2e by stage (an
    assembly: its own processes); the sum of `kg_co2e` is the total."""
    p = result.part_rows
    n = len(p)
    kg = np.nan_to_num(result.flows["kg_co2e"].astype(float))
    part = result.flows["part"].astype(np.intp)
    stage = result.flows["stage"]
    sums = {s: np.bincount(part[stage == s], weights=kg[stage == s], minlength=n)
            for s in STAGE_NAMES}
    parent = p["parent_row"].astype(np.int64)
    values: dict[str, Column] = {
        "row": p["row"].astype(np.int64) + 1, "level": p["level"].astype(np.int64),
        "parent_row": np.where(parent >= 0, parent + 1, 0),
        "quantity_per_parent": p["quantity"].astype(float),
        "total_quantity": p["total_quantity"].astype(float),
        "category": p.text("category_key"), "assembly": p["is_assembly"].astype(bool),
        "kg_co2e": sum(sums.values()) if n else np.zeros(0), **sums}
    for name in ("part_number", "name"):
        values[name] = p.text(name)
    return [(name, values[name]) for name, _kind in PART_COLUMNS]


def to_json_bytes(result: Result, lang: str = "en") -> bytes:
    return b"".join(json_chunks(result, lang))


def to_json(result: Result, lang: str = "en") -> str:
    return to_json_bytes(result, lang).decode()


def write_json(result: Result, lang: str, handle: BinaryIO) -> None:
    """Stream the JSON to a binary file; a writer thread writes one piece while the
    next is encoded (`output.write_overlapped`)."""
    write_overlapped(json_chunks(result, lang), handle.write)


def to_csv(result: Result, lang: str = "en") -> str:
    """The inventory, one row per flow; text cells are neutralised against formulas.

    Built column by column (a text cell is cleaned and quoted once per distinct value)
    and joined in C-level maps: a 100,000-line BOM has 600,000 rows, and the csv module
    took 4 s for them. The bytes are those of `csv.writer` with the excel dialect and
    CRLF line ends (tested). `lang` is accepted like the other formats; the inventory
    has no translated text."""
    columns = dict(zip(JSON_INVENTORY, result.inventory_columns(), strict=True))
    sources = result.factor_sources()
    keys = columns["factor_key"].tolist()
    for field, source_field in (("factor_ref", "source_ref"), ("factor_origin", "origin")):
        by_key = {k: sources.get(str(k), {}).get(source_field) if k is not None else None
                  for k in dict.fromkeys(keys)}
        columns[field] = list(map(by_key.__getitem__, keys))
    return csv_text(INVENTORY_COLUMNS, [columns[name] for name in INVENTORY_COLUMNS])


def csv_text(header: list[str], columns: list[object]) -> str:
    """CSV text (excel dialect, CRLF) of a header and columns (arrays or lists): missing
    values blank, numbers as Python writes them, text neutralised and quoted when it
    holds a comma, a quote or a line break."""
    fields = [_csv_fields(values) for values in columns]
    lines = [",".join(map(_csv_quote, header)), *map(",".join, zip(*fields, strict=True))]
    return "\r\n".join(lines) + "\r\n"


def _csv_fields(values: object) -> list[str]:
    """The CSV field of each value of a column."""
    kind = getattr(getattr(values, "dtype", None), "kind", "O")
    if kind == "f":
        return _float_fields(values)  # type: ignore[arg-type]
    items = values.tolist() if hasattr(values, "tolist") else list(values)  # type: ignore[union-attr]
    if kind in "iu":
        return list(map(str, items))
    uniques = dict.fromkeys(items)
    if any(isinstance(v, (int, float)) for v in uniques):
        # 0, 0.0, -0.0 and False are one dict key but different fields: each on its own
        return [_csv_quote(str(_cell(v))) for v in items]
    fields = {v: _csv_quote(str(_cell(v))) for v in uniques}
    return list(map(fields.__getitem__, items))


def _float_fields(values: np.ndarray) -> list[str]:
    """`repr` of each float, blank for NaN, in one orjson call: orjson writes the same
    shortest digits as `repr` wherever `repr` writes no exponent (1e-4 <= |x| < 1e16, and
    0); the others (and NaN, inf) go through `repr` one by one. Tested against repr."""
    import orjson

    if not len(values):
        return []
    values = np.ascontiguousarray(values, dtype=np.float64)
    fields = orjson.dumps(values, option=orjson.OPT_SERIALIZE_NUMPY)[1:-1].decode().split(",")
    magnitude = np.abs(values)
    with np.errstate(invalid="ignore"):
        other = ~np.isfinite(values) | (magnitude >= 1e16) | ((magnitude < 1e-4) & (values != 0))
    for i in np.flatnonzero(other).tolist():
        value = float(values[i])
        fields[i] = "" if value != value else repr(value)
    return fields


def _csv_quote(text: str) -> str:
    if "," in text or '"' in text or "\n" in text or "\r" in text:
        return '"' + text.replace('"', '""') + '"'
    return text


def _cell(value: object) -> object:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return neutralise(value)
