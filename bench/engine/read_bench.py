"""Q1 reading: the BOM sheet of the 100,000-row BOM to usable typed columns.

Every case is a fresh process (`python -c`), so interpreter start-up and the imports a
case needs count, as they do for the whole CLI. Cases run interleaved in shuffled rounds;
each is reported as the median over rounds of its time / the bare read's time (the
baseline of bench/bench_calc.py, BARE_READ) in the same round.

    /work/engine-venv/bin/python bench/engine/read_bench.py [--rounds 7] [--gil]

Typed columns = float64 numpy arrays (NaN = empty) for the numeric fields and, for the
text fields, either Arrow/polars string columns or dictionary codes (numpy) + uniques.
`--gil` also measures whether fastexcel / python-calamine let a Python thread run while
they parse (the prefetch design depends on it).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import PY, big_bom, interleave, report, run_process, save  # noqa: E402

HERE = Path(__file__).resolve().parent

NUMERIC = [0, 3, 5, 6, 8, 9, 10, 11, 12]  # level, qty, weights, lot, 4 process times
TEXT = [1, 2, 4, 7]  # part number, name, grade, supplier

BARE_READ = """
import sys, python_calamine
book = python_calamine.CalamineWorkbook.from_path(sys.argv[1])
for name in book.sheet_names:
    book.get_sheet_by_name(name).to_python(skip_empty_area=False)
"""

CASES = {
    "import numpy": "import numpy",
    "calamine BOM sheet: parse only (get_sheet)": """
import sys, python_calamine
book = python_calamine.CalamineWorkbook.from_path(sys.argv[1])
sheet = book.get_sheet_by_name(book.sheet_names[0])
""",
    "calamine BOM sheet: to_python (today's prefetch)": """
import sys, python_calamine
book = python_calamine.CalamineWorkbook.from_path(sys.argv[1])
sheet = book.get_sheet_by_name(book.sheet_names[0])
rows = sheet.to_python(skip_empty_area=False); merged = sheet.merged_cell_ranges
""",
    "calamine to_python + numpy grid + float columns": """
import sys, python_calamine
from itertools import chain
book = python_calamine.CalamineWorkbook.from_path(sys.argv[1])
sheet = book.get_sheet_by_name(book.sheet_names[0])
rows = sheet.to_python(skip_empty_area=False)
import numpy as np
body = rows[2:]
grid = np.fromiter(chain.from_iterable(body), dtype=object, count=len(body) * len(body[0])
                   ).reshape(len(body), len(body[0]))
num = {}
for c in NUMERIC:
    col = grid[:, c]
    isnum = np.fromiter(map(float.__instancecheck__, col), dtype=bool, count=len(col))
    out = np.full(len(col), np.nan); out[isnum] = col[isnum].astype(float); num[c] = out
text = {c: grid[:, c] for c in TEXT}
""",
    "fastexcel → pyarrow (inferred types)": """
import sys, fastexcel
sheet = fastexcel.read_excel(sys.argv[1]).load_sheet(0, header_row=1)
rb = sheet.to_arrow()
""",
    "fastexcel typed → pyarrow → numpy + dict codes": """
import sys, fastexcel
sheet = fastexcel.read_excel(sys.argv[1]).load_sheet(
    0, header_row=1, use_columns=NUMERIC + TEXT,
    dtypes={**{c: "float" for c in NUMERIC}, **{c: "string" for c in TEXT}})
rb, errors = sheet.to_arrow_with_errors()
import numpy as np, pyarrow as pa
num = {n: rb.column(n).to_numpy(zero_copy_only=False) for n in rb.schema.names
       if pa.types.is_floating(rb.schema.field(n).type)}
text = {}
for n in rb.schema.names:
    if pa.types.is_string(rb.schema.field(n).type):
        d = rb.column(n).dictionary_encode()
        text[n] = (d.indices.to_numpy(zero_copy_only=False), d.dictionary.to_pylist())
""",
    "fastexcel typed → arro3 → numpy + dict codes (no pyarrow)": """
import sys, fastexcel
sheet = fastexcel.read_excel(sys.argv[1]).load_sheet(
    0, header_row=1, use_columns=NUMERIC + TEXT,
    dtypes={**{c: "float" for c in NUMERIC}, **{c: "string" for c in TEXT}})
import numpy as np
sys.path.insert(0, HERE)
import arrownp
from arro3.core import RecordBatch, DataType, dictionary_indices, dictionary_dictionary
from arro3.compute import dictionary_encode
rb = RecordBatch.from_arrow(sheet)
num, text = {}, {}
for i, f in enumerate(rb.schema):
    col = rb.column(i)
    if f.type == DataType.float64():
        num[f.name] = arrownp.floats(col)
    else:
        d = dictionary_encode(col)
        text[f.name] = (arrownp.codes(dictionary_indices(d)), dictionary_dictionary(d).to_pylist())
""",
    "fastexcel typed → polars": """
import sys, fastexcel
sheet = fastexcel.read_excel(sys.argv[1]).load_sheet(
    0, header_row=1, use_columns=NUMERIC + TEXT,
    dtypes={**{c: "float" for c in NUMERIC}, **{c: "string" for c in TEXT}})
import polars as pl
df = sheet.to_polars()
""",
    "fastexcel all strings (header_row=None) → polars, cast": """
import sys, fastexcel
sheet = fastexcel.read_excel(sys.argv[1]).load_sheet(0, header_row=None, dtypes="string")
import polars as pl
df = sheet.to_polars()
head = df.head(20).rows()
body = df.slice(2)
names = body.columns
body = body.with_columns([pl.col(names[c]).cast(pl.Float64, strict=False) for c in NUMERIC])
""",
    "xlsxhead (20 rows) + fastexcel typed → arro3 → numpy": """
import sys
sys.path.insert(0, HERE)
from xlsxhead import SheetHead
head = SheetHead(sys.argv[1], 0)
import fastexcel
sheet = fastexcel.read_excel(sys.argv[1]).load_sheet(
    0, header_row=1, use_columns=NUMERIC + TEXT,
    dtypes={**{c: "float" for c in NUMERIC}, **{c: "string" for c in TEXT}})
import numpy as np
sys.path.insert(0, HERE)
import arrownp
from arro3.core import RecordBatch, DataType, dictionary_indices, dictionary_dictionary
from arro3.compute import dictionary_encode
rb = RecordBatch.from_arrow(sheet)
num, text = {}, {}
for i, f in enumerate(rb.schema):
    col = rb.column(i)
    if f.type == DataType.float64():
        num[f.name] = arrownp.floats(col)
    else:
        d = dictionary_encode(col)
        text[f.name] = (arrownp.codes(dictionary_indices(d)), dictionary_dictionary(d).to_pylist())
""",
    "xlsxhead: 20 rows only": """
import sys
sys.path.insert(0, HERE)
from xlsxhead import SheetHead
head = SheetHead(sys.argv[1], 0)
""",
    "xlsxhead: 20 rows + merged ranges (whole part inflated)": """
import sys
sys.path.insert(0, HERE)
from xlsxhead import SheetHead
head = SheetHead(sys.argv[1], 0); head.merged()
""",
}


def prelude() -> str:
    return f"NUMERIC = {NUMERIC!r}\nTEXT = {TEXT!r}\nHERE = {str(HERE)!r}\n"


GIL_PROBE = """
import sys, threading, time
{imports}
def chunk(n=100_000):
    s = 0
    for i in range(n): s += i
def rate(seconds):
    t = time.perf_counter(); k = 0
    while time.perf_counter() - t < seconds:
        chunk(); k += 1
    return k / (time.perf_counter() - t)
def read():
    {read}
read()  # warm the file cache and lazy imports
for attempt in range(3):
    alone = rate(0.3)
    th = threading.Thread(target=read); t = time.perf_counter(); c = time.process_time()
    th.start(); k = 0
    while th.is_alive():
        chunk(); k += 1
    th.join(); both = time.perf_counter() - t; cores = (time.process_time() - c) / both
    t = time.perf_counter(); c = time.process_time(); read()
    read_alone = time.perf_counter() - t; cores_alone = (time.process_time() - c) / read_alone
    print(f"{{read_alone:.3f}} {{both:.3f}} {{k / both / alone:.3f}} {{cores:.3f}} "
          f"{{cores_alone:.3f}}")
"""

GIL_READS = {
    "python-calamine get_sheet (parse)": ("import python_calamine",
        "b = python_calamine.CalamineWorkbook.from_path(sys.argv[1]); "
        "b.get_sheet_by_name(b.sheet_names[0])"),
    "python-calamine get_sheet + to_python": ("import python_calamine",
        "b = python_calamine.CalamineWorkbook.from_path(sys.argv[1]); "
        "b.get_sheet_by_name(b.sheet_names[0]).to_python()"),
    "fastexcel load_sheet (lazy, parse)": ("import fastexcel",
        "fastexcel.read_excel(sys.argv[1]).load_sheet(0, header_row=1)"),
    "fastexcel load_sheet + to_arrow (pyarrow)": ("import fastexcel, pyarrow",
        "fastexcel.read_excel(sys.argv[1]).load_sheet(0, header_row=1).to_arrow()"),
    "fastexcel load_sheet + to_polars": ("import fastexcel, polars",
        "fastexcel.read_excel(sys.argv[1]).load_sheet(0, header_row=1).to_polars()"),
}


def gil(path: Path) -> str:
    import subprocess

    lines = ["### Does the reader let a Python thread run? (in one process)", "",
             "The main thread runs a pure-Python loop for as long as the reader runs in "
             "another thread (best of 3 tries). share = the loop's speed meanwhile / its "
             "speed alone: ~1.0 = the reader released the GIL (two cores), ~0 = it held "
             "it. cores = process CPU time / wall time meanwhile (> 1: both threads ran at "
             "once; the shared VM gives less than 2 even then).", "",
             "| reader | read alone s | cores alone | read with the loop s | loop share | "
             "cores with the loop |", "|---|---|---|---|---|---|"]
    for name, (imports, code) in GIL_READS.items():
        out = subprocess.run([PY, "-c", GIL_PROBE.format(imports=imports, read=code),
                              str(path)], capture_output=True, text=True, check=True).stdout
        tries = [tuple(map(float, line.split())) for line in out.splitlines() if line]
        r, both, share, cores, cores_alone = max(tries, key=lambda t: t[3])
        lines.append(f"| {name} | {r:.2f} | {cores_alone:.2f} | {both:.2f} | {share:.2f} | "
                     f"{cores:.2f} |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--gil", action="store_true")
    parser.add_argument("--only", nargs="*", help="substrings of case names to run")
    parser.add_argument("--gil-only", action="store_true")
    args = parser.parse_args()
    path = big_bom()
    if args.gil_only:
        save("read_gil.md", gil(path))
        return 0
    cases = {"bare read (BARE_READ, all sheets)": BARE_READ, **CASES}
    if args.only:
        cases = {k: v for k, v in cases.items()
                 if k.startswith("bare") or any(s in k for s in args.only)}
    calls = {name: (lambda code=code: run_process([PY, "-c", prelude() + code, str(path)]))
             for name, code in cases.items()}
    start = time.perf_counter()
    times = interleave(calls, args.rounds, "bare read (BARE_READ, all sheets)")
    stamp = time.strftime("%Y-%m-%d %H:%M")
    text = report(times, "bare read (BARE_READ, all sheets)",
                  f"Q1 reading the 100,000-row BOM sheet (fresh processes, {stamp})")
    text += f"\n\n({time.perf_counter() - start:.0f} s of measuring)"
    if args.gil:
        text += "\n\n" + gil(path)
    save("read_bench.md", text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
