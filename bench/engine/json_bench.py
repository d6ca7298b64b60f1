"""Q3 JSON of the inventory: today's row lists + orjson vs columnar and polars writers.

The inventory of the 100,000-row BOM (604,572 flows, 17 columns: `results.JSON_INVENTORY`)
is computed once by cfp (in-process, GC off as in `cfp calc`); then each encoder makes
its bytes in memory, interleaved in shuffled rounds, reported as the median ratio to
today's encoder of the inventory rows in the same round. Engines hold their columns
already: numpy arrays (today), or a polars DataFrame made once before timing (as a
polars engine would have it).

    /work/engine-venv/bin/python bench/engine/json_bench.py [--rounds 7]
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from pathlib import Path

import numpy as np
import orjson

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import big_bom, interleave, ratios, save  # noqa: E402

CHUNK = 20_000


def today_rows(columns: list[np.ndarray]) -> list[bytes]:
    """formats.json_chunks' inventory part: row lists of 20,000 rows, one orjson call each."""
    from cfp.lca.results import rows_of

    n = len(columns[0])
    out = [b"["]
    for start in range(0, n, CHUNK):
        if start:
            out.append(b",")
        out.append(orjson.dumps(rows_of([c[start:start + CHUNK] for c in columns]))[1:-1])
    out.append(b"]")
    return out


def columnar(names: list[str], columns: list[np.ndarray]) -> list[bytes]:
    """{"name": [values...], ...}: numbers straight from numpy, text via tolist()."""
    data = {}
    for name, c in zip(names, columns, strict=True):
        data[name] = c if c.dtype.kind in "fi" else c.tolist()
    return [orjson.dumps(data, option=orjson.OPT_SERIALIZE_NUMPY)]


def factorize(values: np.ndarray) -> tuple[np.ndarray, list]:
    from cfp.lca.frame import factorize as f

    codes, uniques = f(values)
    return codes.astype(np.int32), uniques


def dict_encoded(names: list[str], columns: list[np.ndarray],
                 codes: dict[str, tuple[np.ndarray, list]] | None = None) -> list[bytes]:
    """Text columns as {"codes": [...], "values": [...]} (codes -1 = null)."""
    data = {}
    for name, c in zip(names, columns, strict=True):
        if c.dtype.kind in "fi":
            data[name] = c
        else:
            k, u = codes[name] if codes else factorize(c)
            data[name] = {"codes": k, "values": u}
    return [orjson.dumps(data, option=orjson.OPT_SERIALIZE_NUMPY)]


def polars_frame(names: list[str], columns: list[np.ndarray]):  # noqa: ANN201
    import polars as pl

    data = {}
    for name, c in zip(names, columns, strict=True):
        if c.dtype.kind == "f":
            data[name] = pl.Series(name, c, dtype=pl.Float64, nan_to_null=True)
        elif c.dtype.kind == "i":
            data[name] = pl.Series(name, c)
        else:
            data[name] = pl.Series(name, c.tolist(), dtype=pl.String)
    return pl.DataFrame(data)


def row_array_expr(df):  # noqa: ANN001, ANN201
    """One string per row, `[v1,v2,...]` as orjson writes it, built by polars in Rust."""
    import polars as pl

    parts = [pl.lit("[")]
    for i, (name, dtype) in enumerate(df.schema.items()):
        if i:
            parts.append(pl.lit(","))
        c = pl.col(name)
        if dtype == pl.String:
            # JSON string escaping by polars' own encoder, without the object around it
            enc = pl.struct(c).struct.json_encode().str.slice(len(name) + 4, None) \
                .str.head(-1)
        elif dtype.is_float():
            enc = pl.when(c.is_null() | c.is_nan()).then(pl.lit("null")).otherwise(
                c.cast(pl.String))
        else:
            enc = c.cast(pl.String).fill_null("null")
        parts.append(enc)
    parts.append(pl.lit("]"))
    return pl.concat_str(parts)


def polars_rows_text(df) -> list[bytes]:  # noqa: ANN001
    expr = row_array_expr(df)
    out = [b"["]
    for start in range(0, df.height, CHUNK * 5):
        if start:
            out.append(b",")
        text = df.slice(start, CHUNK * 5).select(expr.str.join(",")).item()
        out.append(text.encode())
    out.append(b"]")
    return out


def polars_rows_text_whole(df) -> list[bytes]:  # noqa: ANN001
    text = df.select(row_array_expr(df).str.join(",")).item()
    return [b"[", text.encode(), b"]"]


def polars_rows_orjson(df) -> list[bytes]:  # noqa: ANN001
    """The naive polars path: df.rows() (Python tuples) + orjson, in chunks."""
    out = [b"["]
    for start in range(0, df.height, CHUNK):
        if start:
            out.append(b",")
        out.append(orjson.dumps(df.slice(start, CHUNK).rows())[1:-1])
    out.append(b"]")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    gc.disable()
    from cfp.lca.api import calculate
    from cfp.lca.render import formats
    from cfp.lca.results import JSON_INVENTORY

    path = big_bom()
    result = calculate(path)
    columns = result.inventory_columns()
    names = list(JSON_INVENTORY)
    df = polars_frame(names, columns)
    held_codes = {n: factorize(c) for n, c in zip(names, columns, strict=True)
                  if c.dtype.kind not in "fi"}

    encoders = {
        "today: row lists (rows_of) + orjson, 20k-row chunks": lambda: today_rows(columns),
        "today: whole document (formats.json_chunks: head, parts, rows)":
            lambda: list(formats.json_chunks(result)),
        "columnar: numpy numbers (OPT_SERIALIZE_NUMPY) + text tolist()":
            lambda: columnar(names, columns),
        "columnar, text dictionary-encoded (factorize included)":
            lambda: dict_encoded(names, columns),
        "columnar, text dictionary-encoded (codes held by the engine)":
            lambda: dict_encoded(names, columns, held_codes),
        "polars: rows() + orjson (naive)": lambda: polars_rows_orjson(df),
        "polars: string expressions → row arrays (today's bytes), 100k-row slices":
            lambda: polars_rows_text(df),
        "polars: string expressions → row arrays, one str": lambda: polars_rows_text_whole(df),
        "polars: write_json (array of objects)": lambda: [df.write_json().encode()],
        "polars: write_ndjson (an object per line)": lambda: [df.write_ndjson().encode()],
        "polars: write_ipc to memory (binary Arrow, not JSON)": lambda: [_ipc(df)],
    }
    sizes = {name: sum(map(len, fn())) for name, fn in encoders.items()}
    reference = b"".join(today_rows(columns))
    same = {name: b"".join(encoders[name]()) == reference for name in encoders
            if "row arrays" in name or name.startswith("today: row")}
    assert all(same.values()), same

    def timed(fn):  # noqa: ANN001, ANN202
        def run() -> float:
            t = time.perf_counter()
            fn()
            return time.perf_counter() - t
        return run

    base = "today: row lists (rows_of) + orjson, 20k-row chunks"
    times = interleave({k: timed(v) for k, v in encoders.items()}, args.rounds, base)
    r = ratios(times, base)
    lines = ["### Q3 JSON of the inventory, 100,000-row BOM "
             f"({len(columns[0]):,} rows x {len(names)} columns; in-process, GC off)", "",
             f"baseline: `{base}`; {args.rounds} rounds; ratio = median over rounds of "
             "case / baseline of the same round; MB/s = size / median time", "",
             "| encoder | ratio | median s | output MB | MB/s | same bytes as today |",
             "|---|---|---|---|---|---|"]
    for name, ts in times.items():
        med = statistics.median(ts)
        s = sizes[name] / 1e6
        eq = {True: "yes", False: "NO"}.get(same.get(name), "(other layout)")
        if "document" in name:
            eq = "(whole document)"
        lines.append(f"| {name} | {r[name]:.2f}x | {med:.3f} | {s:.1f} | {s / med:.0f} | "
                     f"{eq} |")
    save("json_bench.md", "\n".join(lines))
    return 0


def _ipc(df) -> bytes:  # noqa: ANN001
    import io

    buf = io.BytesIO()
    df.write_ipc(buf)
    return buf.getvalue()


if __name__ == "__main__":
    raise SystemExit(main())
