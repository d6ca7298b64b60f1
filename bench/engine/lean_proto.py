"""The recommended design's floor as a whole process (one BOM, any size): header block
by `xlsxhead`, the body by fastexcel (typed, in a thread started first, like today's
prefetch), Arrow -> numpy by `arrownp` (or -> polars), the prototype (numpy with text as
object arrays, numpy with text as dictionary codes: `proto.codes_pipeline`, or polars) of
`proto.py`, the
master sheets by xlsxhead, the built-in factor CSVs parsed, the JSON by orjson.

    python bench/engine/lean_proto.py BOM.xlsx OUT.json [--engine numpy|polars]
        [--json rows|columnar|codes]

--json rows: today's schema (inventory row arrays, parts as objects); columnar: each
inventory column a JSON array (numbers straight from numpy); codes: columnar with text
columns as {"codes": [...], "values": [...]}. The prototype's master tables come from a
pickle made by cfp beforehand (`proto.cfp_masters`); reading the workbook's master
sheets and the built-in CSVs is done here (and the result dropped) so their cost counts.
"""

import gc
import sys
import threading
from pathlib import Path

gc.disable()
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
args = sys.argv[1:]
bom, out = Path(args[0]), Path(args[1])
engine = args[args.index("--engine") + 1] if "--engine" in args else "numpy"
layout = args[args.index("--json") + 1] if "--json" in args else "rows"
box = {}


def read() -> None:
    import fastexcel

    box["sheet"] = fastexcel.read_excel(str(bom)).load_sheet(
        0, header_row=1, use_columns=[0, 3, 5, 6, 8, 9, 10, 11, 12, 1, 2, 4, 7],
        dtypes={**{c: "float" for c in [0, 3, 5, 6, 8, 9, 10, 11, 12]},
                **{c: "string" for c in [1, 2, 4, 7]}})


thread = threading.Thread(target=read)
thread.start()
import csv  # noqa: E402
import pickle  # noqa: E402

from xlsxhead import SheetHead  # noqa: E402

head = SheetHead(bom, 0)  # the header block (what the header logic reads)
masters_sheets = [SheetHead(bom, i, nrows=1000).rows for i in (1, 2, 3)]
import cfp.lca  # noqa: E402, F401 - where the data lives

data = Path(cfp.lca.__file__).parent / "data"
builtin = [list(csv.reader((data / name).open(encoding="utf-8")))
           for name in ("factors.csv", "grades.csv", "categories.csv", "gwp.csv")]
import numpy as np  # noqa: E402
import orjson  # noqa: E402
import proto  # noqa: E402

masters = pickle.loads((HERE.parent / "_work" / "engine" / "masters.pkl").read_bytes())
if engine == "polars":
    import polars  # noqa: F401 - imported while the read runs
thread.join()
sheet = box["sheet"]
if engine == "codes":
    cols = proto.codes_columns(sheet)
    inv, sums = proto.codes_pipeline(cols, masters)
    number = cols[proto.PART].decode()
    total = sums["total_quantity"]
    per_part = sums["per_part"]
    columns = []
    for c in proto.INVENTORY:
        v = inv[c]
        if isinstance(v, proto.Text):
            columns.append(("codes", v.codes, v.values) if layout == "codes" else v.decode())
        else:
            columns.append(v)
elif engine == "numpy":
    cols = proto.numpy_columns(sheet)
    inv, sums = proto.numpy_pipeline(cols, masters)
    number = cols[proto.PART]
    total = sums["total_quantity"]
    per_part = sums["per_part"]
    columns = [inv[c] for c in proto.INVENTORY]
else:
    import polars as pl

    df, sums = proto.polars_pipeline(proto.polars_frame(sheet), masters, lazy=True)
    number = proto.polars_frame(sheet)[f"c{proto.PART}"].to_numpy()
    total = sums["parts"]["total"].to_numpy()
    pp = sums["per_part"]
    n = len(total)
    per_part = {}
    for s in proto.STAGES:
        sel = pp.filter(pl.col("stage") == s)
        a = np.zeros(n)
        a[sel["part"].to_numpy()] = sel["kg_co2e"].to_numpy()
        per_part[s] = a
    columns = []
    for c in proto.INVENTORY:
        s = df[c]
        if s.dtype == pl.String and layout == "codes":
            values = s.unique(maintain_order=True).drop_nulls().to_list()
            codes = s.cast(pl.Enum(values)).to_physical().fill_null(-1).to_numpy()
            columns.append(("codes", codes, values))
        elif s.dtype == pl.String:
            columns.append(np.array(s.to_list(), dtype=object))
        else:
            columns.append(s.to_numpy())
from cfp.lca.results import rows_of  # noqa: E402

n = len(total)
kg = sum(per_part.values())
if layout == "rows":
    from itertools import repeat

    stages = list(map(dict, map(zip, repeat(proto.STAGES),
                                zip(*(per_part[s].tolist() for s in proto.STAGES), strict=False))))
    pcols = {"row": (np.arange(n) + 3).tolist(), "part_number": list(number),
             "total_quantity": total.tolist(), "kg_co2e": kg.tolist(), "stages": stages}
    parts = list(map(dict, map(zip, repeat(list(pcols)), zip(*pcols.values(), strict=False))))
    chunks = []
    m = len(columns[0])
    for a in range(0, m, 20_000):
        chunks.append(orjson.dumps(rows_of([c[a:a + 20_000] for c in columns]))[1:-1])
    inventory = {"columns": proto.INVENTORY, "rows": "@ROWS@"}
    body = None
else:
    parts = {"row": np.arange(n) + 3, "part_number": list(number), "total_quantity": total,
             "kg_co2e": kg, **{s: per_part[s] for s in proto.STAGES}}
    inventory = {}
    for name, c in zip(proto.INVENTORY, columns, strict=False):
        if isinstance(c, tuple):
            inventory[name] = {"codes": c[1], "values": c[2]}
        elif c.dtype.kind in "fi":
            inventory[name] = c
        elif layout == "codes":
            from cfp.lca.frame import factorize

            k, u = factorize(c)
            inventory[name] = {"codes": k, "values": u}
        else:
            inventory[name] = c.tolist()
doc = {"total_kg_co2e": sums["total"], "stages": sums["stages"], "parts": parts,
       "inventory": inventory}
with out.open("wb") as handle:
    text = orjson.dumps(doc, option=orjson.OPT_SERIALIZE_NUMPY)
    if layout == "rows":
        cut = text.rindex(b'"@ROWS@"')
        handle.write(text[:cut])
        handle.write(b"[")
        handle.write(b",".join(chunks))
        handle.write(b"]")
        handle.write(text[cut + 8:])
    else:
        handle.write(text)
