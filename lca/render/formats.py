"""Machine-readable renderings of a `Result`: JSON and the inventory as CSV.

Both are deterministic: the same result gives the same bytes (keys in a fixed order,
floats as Python's shortest repr).
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterator
from typing import BinaryIO

import numpy as np

from ..aggregate.result import JSON_INVENTORY, Result, rows_of
from ..output import neutralise, write_overlapped

INVENTORY_COLUMNS = ["row", "part_number", "stage", "flow", "process", "amount", "unit",
                     "amount_per_piece", "factor", "factor_unit", "factor_key", "factor_source",
                     "factor_ref", "factor_origin", "matched_by", "master_origin",
                     "data_type", "energy_basis", "kg_co2e"]


#: Up to this many inventory rows (and parts) are written one per line (indented parts);
#: beyond, each list is written on one line, in chunks: one orjson call per row costs
#: ~15 us, 9 s for the 600,000 flows of a 100,000-part BOM.
ROWS_PER_LINE_LIMIT = 20_000
CHUNK_ROWS = 20_000


def json_chunks(result: Result, lang: str = "en") -> Iterator[bytes | memoryview]:
    """The result JSON as pieces of bytes: the document indented, inventory rows compact.

    Rows and (large) part lists are encoded in chunks straight from the column arrays
    and spliced in where placeholders stand in the document, so no copy of the whole
    JSON is ever made. The placeholders are random: no text in a BOM can match them.
    orjson, not the stdlib: the stdlib encoder is pure Python when indenting."""
    import orjson

    columns = result.inventory_columns()
    n_rows, n_parts = len(columns[0]), len(result.part_rows)
    big_parts = n_parts > ROWS_PER_LINE_LIMIT

    def rows_chunk(a: int, b: int) -> list:
        return rows_of([c[a:b] for c in columns])

    tag = secrets.token_hex(8)
    rows_mark, parts_mark = f"__cfp_rows_{tag}__", f"__cfp_parts_{tag}__"
    doc = result.document(lang, parts_mark if big_parts else result.part_records(),
                          {"columns": list(JSON_INVENTORY), "rows": rows_mark})
    head = memoryview(orjson.dumps(doc, option=orjson.OPT_INDENT_2))
    raw = head.obj  # type: ignore[attr-defined]
    cut_rows = raw.rindex(orjson.dumps(rows_mark))
    if big_parts:
        cut_parts = raw.rindex(orjson.dumps(parts_mark), 0, cut_rows)
        yield head[:cut_parts]
        yield b"["
        yield from _chunk_bodies(lambda a, b: result.part_records(a, b), n_parts)
        yield b"]"
        yield head[cut_parts + len(parts_mark) + 2:cut_rows]
    else:
        yield head[:cut_rows]
    if n_rows <= ROWS_PER_LINE_LIMIT:
        yield from _rows_per_line(columns)
    else:
        yield b"["
        yield from _chunk_bodies(rows_chunk, n_rows)
        yield b"]"
    yield head[cut_rows + len(rows_mark) + 2:]
    yield b"\n"


def _rows_per_line(columns: list) -> Iterator[bytes]:
    import orjson

    rows = rows_of(columns)
    if not rows:
        yield b"[]"
        return
    yield b"[\n      "
    yield b",\n      ".join(map(orjson.dumps, rows))
    yield b"\n    ]"


def _chunk_bodies(make: Callable[[int, int], list], n: int) -> Iterator[bytes | memoryview]:
    """The items of a JSON list of `n` items, without its brackets, made and encoded
    CHUNK_ROWS at a time: one orjson call per chunk."""
    import orjson

    for start in range(0, n, CHUNK_ROWS):
        if start:
            yield b","
        yield memoryview(orjson.dumps(make(start, min(start + CHUNK_ROWS, n))))[1:-1]


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
