"""Machine-readable renderings of a `Result`: JSON and the inventory as CSV.

Both are deterministic: the same result gives the same bytes (keys in a fixed order).
The JSON keeps every number at full precision (Python's shortest repr); the CSV, read
by people, rounds them to the significant digits the schema declares.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from functools import lru_cache
from typing import BinaryIO

import numpy as np

from .. import schema
from ..aggregate import inventory
from ..aggregate.result import Result
from ..frame import Text, is_in, nan_to_zero, positions
from ..output import neutralise, write_all, write_overlapped

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
    if getattr(result, "uncertainty", None) is not None:  # --uncertainty N (issue 14)
        doc["uncertainty"] = result.uncertainty.to_dict()
    if getattr(result, "scenarios", None) is not None:  # --scenarios FILE (issue 15)
        from ..app.scenarios import document

        doc["scenarios"] = document(result.scenarios, lang)
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
    seen: list[tuple[object, np.ndarray, bytes]] = []
    for i, (name, values) in enumerate(columns):
        yield (b"," if i else b"") + pad + orjson.dumps(name) + b": "
        yield _column_json_once(values, seen)
    yield b"\n" + b" " * (indent + 2) + b"}\n" + b" " * indent + b"}"


#: columns shorter than this are encoded without looking for an equal one before
REUSE_FROM = 1_000


def _column_json_once(values: Column, seen: list[tuple[object, np.ndarray, bytes]]) -> bytes:
    """`_column_json`, reusing the bytes of an equal column of the same table: the
    inventory repeats columns (kg_co2e and fossil_kg_co2e without biogenic carbon, factor
    and factor_given without a unit conversion, the empty pcf_* columns), and comparing
    600,000 numbers (~1 ms) costs much less than writing them again (~25 ms). Equal means
    the same bits (so -0.0 is not 0.0) and, for text, the same values and codes."""
    if len(values) < REUSE_FROM:
        return _column_json(values)
    if isinstance(values, Text):
        kind: object = ("text", tuple(values.values))
        bits = values.codes
    elif values.dtype.kind == "f":
        kind = ("float", values.dtype.str)
        values = np.ascontiguousarray(values)
        bits = values.view(np.int64 if values.dtype.itemsize == 8 else np.uint8)
    else:
        return _column_json(values)
    for other_kind, other_bits, encoded in seen:
        if other_kind == kind and np.array_equal(other_bits, bits):
            return encoded
    encoded = _column_json(values)
    seen.append((kind, bits, encoded))
    return encoded


#: whole numbers from 0 to this are written from a table of their JSON (`_whole_json`)
WHOLE_MAX = 255


def _whole_json(values: np.ndarray) -> bytes | None:
    """orjson's bytes of a float column of small whole numbers (ratings 1-5, quantities
    per parent) with NaN as null, made from the bytes of each number (`1.0,`) by one
    numpy take: ~3x faster than formatting 600,000 floats. None for any other column
    (a fraction, a negative number, -0.0, one above `WHOLE_MAX`) or of mostly NaN
    (orjson writes null fast); the first values decide cheaply for most columns."""
    head = np.nan_to_num(values[:64])
    if not ((head >= 0) & (head <= WHOLE_MAX) & (head == np.floor(head))).all():
        return None
    missing = np.isnan(values)
    if 2 * int(missing.sum()) > len(values):  # mostly null: orjson is as fast
        return None
    whole = np.where(missing, 0.0, values)
    if not ((whole >= 0) & (whole <= WHOLE_MAX)).all() or np.signbit(whole).any():
        return None
    codes = whole.astype(np.intp)
    if not (codes == whole).all():
        return None
    codes[missing] = WHOLE_MAX + 1
    table = _whole_table()
    top = WHOLE_MAX + 1 if missing.any() else int(codes.max())
    width = max(int((table[:top + 1] != 0).sum(axis=1).max()), 1)
    rows = np.ascontiguousarray(table[:, :width]).view(f"V{width}").ravel()  # a row a value
    body = rows[codes].tobytes().replace(b"\0", b"")
    return b"[" + body[:-1] + b"]"


@lru_cache(maxsize=1)
def _whole_table() -> np.ndarray:
    """Row i: orjson's `i.0,` (the last row `null,`), NUL-padded."""
    import orjson

    pieces = [orjson.dumps(float(i)) + b"," for i in range(WHOLE_MAX + 1)] + [b"null,"]
    width = max(map(len, pieces))
    table = np.zeros((len(pieces), width), dtype=np.uint8)
    for i, piece in enumerate(pieces):
        table[i, :len(piece)] = np.frombuffer(piece, dtype=np.uint8)
    return table


def _column_json(values: Column) -> bytes:
    import orjson

    if isinstance(values, Text):
        return (b'{"values": ' + orjson.dumps(values.values) + b', "codes": '
                + orjson.dumps(np.ascontiguousarray(values.codes, dtype=np.int64),
                               option=orjson.OPT_SERIALIZE_NUMPY) + b"}")
    if values.dtype == object:
        return _column_json(Text.of(values))
    if values.dtype == np.float64 and len(values) >= REUSE_FROM:
        whole = _whole_json(values)
        if whole is not None:
            return whole
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
    kg = nan_to_zero(result.flows["kg_co2e"].astype(float))
    part = result.flows["part"].astype(np.intp)
    stage = result.flows.text("stage")  # compared on the codes, not 600,000 objects
    sums = {}
    for s in STAGE_NAMES:
        rows = is_in(stage.codes, [i for i, v in enumerate(stage.values) if v == s])
        sums[s] = np.bincount(part[rows], weights=kg[rows], minlength=n)
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


#: inventories of at least this many flows are written while they are encoded
OVERLAP_FROM = 20_000


def write_json(result: Result, lang: str, handle: BinaryIO) -> None:
    """Stream the JSON to a binary file; a writer thread writes one piece while the
    next is encoded (`output.write_overlapped`); a small result in one write (a thread
    costs more than it saves there)."""
    if len(result.flows) < OVERLAP_FROM:
        write_all(handle.write, b"".join(json_chunks(result, lang)))
        return
    write_overlapped(json_chunks(result, lang), handle.write)


def to_csv(result: Result, lang: str = "en") -> str:
    """The inventory, one row per flow, in the columns of the schema (`schema.names("csv")`;
    a field the calculation does not give yet is blank). Numbers are rounded to their
    field's significant digits (`Field.digits`: 0.8595, not 0.8594999999999999);
    integers stay integers; text cells are neutralised against formulas.

    Built column by column (a text cell is cleaned and quoted once per distinct value)
    and joined in C-level maps: a 100,000-line BOM has 600,000 rows, and the csv module
    took 4 s for them. The bytes are those of `csv.writer` with the excel dialect and
    CRLF line ends (tested). `lang` is accepted like the other formats; the inventory
    has no translated text."""
    names = schema.names("csv")
    columns = inventory.columns(result.flows, result.part_rows, names)
    return csv_text(names, [columns[name] for name in names],
                    [schema.FIELDS[name].digits for name in names])


def csv_text(header: list[str], columns: list[object],
             digits: list[int | None] | None = None) -> str:
    """CSV text (excel dialect, CRLF) of a header and columns (arrays or lists): missing
    values blank, numbers as Python writes them (a float column with `digits` rounded
    to that many significant digits), text neutralised and quoted when it holds a
    comma, a quote or a line break."""
    digits = digits or [None] * len(columns)
    fields = [rounded_fields(values, d) if d is not None and _is_float(values)  # type: ignore[arg-type]
              else _csv_fields(values) for values, d in zip(columns, digits, strict=True)]
    lines = [",".join(map(_csv_quote, header)), *map(",".join, zip(*fields, strict=True))]
    return "\r\n".join(lines) + "\r\n"


def _is_float(values: object) -> bool:
    return getattr(getattr(values, "dtype", None), "kind", "O") == "f"


def rounded_fields(values: np.ndarray, digits: int) -> list[str]:
    """Each number with `digits` significant digits, for people: no exponent, no
    trailing zeros, integer digits never dropped; blank for NaN. With 6 digits:
    0.8594999999999999 -> 0.8595, 2.0 -> 2, 1234567.5 -> 1234568, 1.234567e-07 ->
    0.000000123457. Vectorised: rounded as integers of 10^-decimals (exact in floats up
    to 15 digits), written by orjson; the rare others (tiny, huge, inf) by Python."""
    import orjson

    values = np.ascontiguousarray(values, dtype=np.float64)
    size = np.abs(values)
    with np.errstate(divide="ignore", invalid="ignore"):
        magnitude = np.floor(np.log10(np.where(size > 0, size, 1.0)))
    decimals = np.clip(digits - 1 - nan_to_zero(magnitude), 0, 400).astype(np.int64)
    fast = np.isfinite(values) & (decimals <= 15) & (size < 1e15)
    scale = 10.0 ** decimals[fast]
    rounded = values.copy()
    rounded[fast] = np.round(values[fast] * scale) / scale
    body = orjson.dumps(rounded, option=orjson.OPT_SERIALIZE_NUMPY)[1:-1].decode() + ","
    fields = body.replace(".0,", ",")[:-1].split(",") if len(values) else []
    # orjson writes an exponent below ~1e-6 (and from 1e16): those by Python
    for i in positions(~fast | (np.abs(rounded) < 1e-4)).tolist():
        fields[i] = _rounded_text(float(values[i]), int(decimals[i]))
    return fields


def _rounded_text(value: float, decimals: int) -> str:
    if value != value:
        return ""
    if value in (float("inf"), float("-inf")):
        return repr(value)
    text = f"{value:.{decimals}f}"
    text = text.rstrip("0").rstrip(".") if "." in text else text
    return "0" if text in ("-0", "") else text


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
    for i in positions(other).tolist():
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
