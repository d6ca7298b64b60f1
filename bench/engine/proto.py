"""Prototypes of cfp's calculation on typed columns: one on numpy, one on polars.

Both run the same logic, the main stages of `lca/compute.py` and `lca/results.py`:

* structure: parent by level (the nearest row above with a smaller level), total
  quantity = product of the quantities on the path, assemblies = rows that are parents;
* materials: leaf parts x mass (raw, else net) x factor, the factor found by a join on
  the part number (normalised, against the factor table's keys) then on the grade;
* transport: bought mass / 1000 x distance x the mode's factor (join on the supplier);
* processing: per process, cycle kWh = rated kW x h x utilisation and set-up kWh =
  rated kW x set-up h / lot x utilisation, x total quantity, x the grid factor;
* waste: total quantity x (raw - net) x the scrap factor of the category;
* the inventory (17 columns of the JSON, `results.JSON_INVENTORY`) as their concatenation,
  and the sums: total, per stage, per part and stage, per category (mass and kg), per
  process (kWh and kg).

What they leave out (the same for both): the problem checks and messages, unit
parsing of headers, the factor precedence levels beyond part number > grade map (they
are per distinct grade: scalar Python either way) and the text normalisation of
non-ASCII cells. The master tables (factor of each grade, supplier, process, scrap) are
taken from cfp itself (`cfp_masters`: a real `calculate` of a small generated BOM), so
the prototypes' totals can be checked against cfp's on the same workbook.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

#: the generated BOM's columns (bench/bomgen.py), 0-based; times in minutes
LEVEL, PART, NAME, QTY, GRADE, NET, RAW, SUPPLIER, LOT = 0, 1, 2, 3, 4, 5, 6, 7, 8
PROCESS_COLUMNS = {"旋盤": (9, 10), "マシニングセンタ": (11, 12)}
NUMERIC = [LEVEL, QTY, NET, RAW, LOT, 9, 10, 11, 12]
TEXT = [PART, NAME, GRADE, SUPPLIER]
HEADER_ROW = 1
INVENTORY = ["row", "part_number", "stage", "flow", "process", "amount", "unit",
             "amount_per_piece", "factor", "factor_unit", "factor_key", "factor_source",
             "matched_by", "master_origin", "data_type", "energy_basis", "kg_co2e"]
STAGES = ["materials", "transport", "processing", "waste"]


@dataclass
class Masters:
    """Small lookup tables, as the scalar Python of cfp produces them."""

    grades: dict[str, dict[str, Any]]  # grade -> category, factor_key, factor, unit, source, origin
    scrap: dict[str, dict[str, Any]]  # category -> flow, factor_key, factor, unit, source
    suppliers: dict[str, dict[str, Any]]  # supplier -> flow label, factor..., origin
    processes: dict[str, dict[str, Any]]  # process -> rated_kw, utilisation, origin
    electricity: dict[str, Any]
    part_keys: set[str]  # normalised keys of the factor table (a part number may be one)


def cfp_masters(path: Path | None = None) -> Masters:
    """The master tables of the generated BOMs, read off a real cfp result (of `path`, by
    default a 60-line BOM with every grade: bomgen's 50-line BOMs lack SS400)."""
    from cfp.lca.api import calculate

    if path is None:
        from common import ENGINE_WORK

        path = ENGINE_WORK / "masters-60.xlsx"
        if not path.exists():
            from bomgen import make_bom

            make_bom(path, 60, assembly_every=50)
    r = calculate(path)
    inv = r.flows
    n = len(inv)

    def rows(stage: str) -> list[dict[str, Any]]:
        idx = np.flatnonzero(inv["stage"] == stage)
        return [{k: inv[k][i] for k in inv} for i in idx.tolist()]

    parts = r.part_rows
    grade_of = dict(zip(parts["part_number"].tolist(), parts["grade"].tolist(), strict=True))
    cat_of = dict(zip(parts["part_number"].tolist(), parts["category_key"].tolist(),
                      strict=True))
    grades, scrap, suppliers, processes = {}, {}, {}, {}
    names = {0: "factor", 1: "factor_unit", 2: "factor_key", 3: "factor_source"}
    for f in rows("materials"):
        grades[grade_of[f["part_number"]]] = {
            "category": cat_of[f["part_number"]], "flow": f["flow"],
            "matched_by": f["matched_by"], "master_origin": f["master_origin"],
            "data_type": f["data_type"], **{v: f[v] for v in names.values()}}
    for f in rows("waste"):
        scrap[cat_of[f["part_number"]]] = {"flow": f["flow"], "data_type": f["data_type"],
                                           "master_origin": f["master_origin"],
                                           **{v: f[v] for v in names.values()}}
    for _i, f in enumerate(rows("transport")):
        sup = parts["supplier"][list(parts["part_number"]).index(f["part_number"])]
        suppliers[sup] = {"flow": f["flow"], "master_origin": f["master_origin"],
                          "data_type": f["data_type"],
                          "distance_km": float(f["flow"].split()[-2]),
                          **{v: f[v] for v in names.values()}}
    elec = None
    for f in rows("processing"):
        elec = {v: f[v] for v in names.values()} | {"data_type": f["data_type"]}
        processes.setdefault(f["process"], {"master_origin": f["master_origin"]})
    # rated kW and utilisation from the workbook's process sheet (工程)
    from cfp.lca.errors import ProblemLog
    from cfp.lca.masters import MasterFiles, read_masters
    from cfp.lca.workbook import open_workbook

    masters = read_masters(open_workbook(path), ProblemLog(str(path)), MasterFiles())
    p = masters.processes
    for name, kw, util in zip(p["process"], p["rated_kw"], p["utilisation"], strict=True):
        processes.setdefault(name, {"master_origin": None})
        processes[name].update(rated_kw=float(kw), utilisation=float(util))
    from cfp.lca.factors import load_factors

    table = load_factors(None, [], ProblemLog(""), "AR6")
    assert n
    return Masters(grades, scrap, suppliers, processes, elec, set(table.records))


# -- numpy ---------------------------------------------------------------------------------

def _factorize(values: np.ndarray) -> tuple[np.ndarray, list]:
    table: dict[Any, int] = {}
    first = np.fromiter(map(table.setdefault, values, range(len(values))), dtype=np.intp,
                        count=len(values))
    starts = np.flatnonzero(first == np.arange(len(values)))
    dense = np.empty(len(values), dtype=np.intp)
    dense[starts] = np.arange(len(starts))
    return dense[first], values[starts].tolist()


def _lookup(values: np.ndarray, mapping: dict, field: str, dtype: Any = object) -> np.ndarray:
    """mapping[value][field] per element (None / NaN when absent), once per unique."""
    codes, uniques = _factorize(values)
    missing = None if dtype is object else np.nan
    table = np.empty(len(uniques) + 1, dtype=dtype)
    table[:-1] = [mapping[u][field] if u in mapping else missing for u in uniques]
    table[-1] = missing
    return table[codes]


def numpy_columns(sheet: Any) -> dict[int, np.ndarray]:
    """fastexcel sheet (typed load) -> {column: float64 array | object array of str}."""
    import arrownp
    from arro3.compute import dictionary_encode
    from arro3.core import DataType, RecordBatch, dictionary_dictionary, dictionary_indices

    rb = RecordBatch.from_arrow(sheet)
    out: dict[int, np.ndarray] = {}
    for i, (col, f) in enumerate(zip(NUMERIC + TEXT, rb.schema, strict=True)):
        arr = rb.column(i)
        if f.type == DataType.float64():
            out[col] = arrownp.floats(arr)
        else:
            d = dictionary_encode(arr)
            codes = arrownp.codes(dictionary_indices(d))
            uniques = np.empty(len(dictionary_dictionary(d)) + 1, dtype=object)
            uniques[:-1] = dictionary_dictionary(d).to_pylist()
            uniques[-1] = None
            out[col] = uniques[codes]
    return out


def numpy_pipeline(c: dict[int, np.ndarray], m: Masters) -> tuple[dict[str, np.ndarray],
                                                                    dict[str, Any]]:
    n = len(c[QTY])
    row = np.arange(n) + HEADER_ROW + 2  # 1-based sheet row
    level = np.nan_to_num(c[LEVEL], nan=1.0)
    qty = c[QTY]
    # structure
    pos = np.arange(n)
    parent = np.full(n, -1)
    for v in np.unique(level):
        cand = np.where(level < v, pos, -1)
        last = np.maximum.accumulate(np.concatenate([[-1], cand[:-1]]))
        parent[level == v] = last[level == v]
    total = qty.astype(float).copy()
    for v in np.unique(level):
        at = np.flatnonzero((level == v) & (parent >= 0))
        total[at] *= total[parent[at]]
    assembly = np.zeros(n, dtype=bool)
    assembly[parent[parent >= 0]] = True
    number, grade, supplier = c[PART], c[GRADE], c[SUPPLIER]
    mass = np.where(np.isnan(c[RAW]), c[NET], c[RAW]) / 1000.0
    leaf = np.flatnonzero(~assembly)
    flows = []

    def frame(idx: np.ndarray, **cols: Any) -> dict[str, np.ndarray]:
        k = len(idx)
        out = {"part": idx, "row": row[idx], "part_number": number[idx]}
        for name in INVENTORY:
            if name in out or name == "amount_per_piece":
                continue
            v = cols.get(name)
            if isinstance(v, np.ndarray):
                out[name] = v
            else:
                a = np.empty(k, dtype=object if not isinstance(v, float) else float)
                a[:] = v
                out[name] = a
        out["kg_co2e"] = out["amount"] * out["factor"]
        return out

    # materials: part number first (a factor keyed by the part), then the grade map
    lg = grade[leaf]
    by_part = np.fromiter(map(m.part_keys.__contains__, map(str.casefold, number[leaf])),
                          dtype=bool, count=len(leaf))
    assert not by_part.any()  # the generated BOM has none; the lookup is what costs
    fields = ["factor", "factor_unit", "factor_key", "factor_source", "flow", "matched_by",
              "master_origin", "data_type", "category"]
    g = {f: _lookup(lg, m.grades, f, float if f == "factor" else object) for f in fields}
    has = ~np.isnan(g["factor"])
    idx = leaf[has]
    flows.append(frame(idx, stage="materials", amount=total[idx] * mass[idx], unit="kg",
                       **{f: g[f][has] for f in fields if f != "category"}))
    category = np.empty(n, dtype=object)
    category[leaf] = g["category"]
    # transport
    ls = supplier[leaf]
    s = {f: _lookup(ls, m.suppliers, f, float if f in ("factor", "distance_km") else object)
         for f in ["factor", "factor_unit", "factor_key", "factor_source", "flow",
                   "master_origin", "data_type", "distance_km"]}
    has = ~np.isnan(s["factor"]) & ~np.isnan(mass[leaf])
    idx = leaf[has]
    flows.append(frame(idx, stage="transport",
                       amount=total[idx] * mass[idx] / 1000.0 * s["distance_km"][has],
                       unit="t-km", matched_by="mode",
                       **{f: s[f][has] for f in s if f != "distance_km"}))
    # processing
    lot = np.where(np.isnan(c[LOT]), 1.0, c[LOT])
    e = m.electricity
    for process, (cyc, setup) in PROCESS_COLUMNS.items():
        p = m.processes[process]
        ch = np.nan_to_num(c[cyc]) / 60.0
        sh = np.nan_to_num(c[setup]) / 60.0
        cycle_kwh = total * p["rated_kw"] * ch * p["utilisation"]
        setup_kwh = total * p["rated_kw"] * sh / lot * p["utilisation"]
        for label, kwh in (("electricity (cycle)", cycle_kwh), ("electricity (setup)",
                                                               setup_kwh)):
            idx = np.flatnonzero(kwh > 0)
            flows.append(frame(idx, stage="processing", flow=label, process=process,
                               amount=kwh[idx], unit="kWh", matched_by="electricity",
                               master_origin=p["master_origin"], energy_basis="estimated",
                               **{k: e[k] for k in ("factor_unit", "factor_key",
                                                    "factor_source", "data_type")},
                               factor=float(e["factor"])))
    # waste
    scrap_mass = np.where(c[RAW] > c[NET], (c[RAW] - c[NET]) / 1000.0, np.nan)
    wl = leaf[~np.isnan(scrap_mass[leaf])]
    w = {f: _lookup(category[wl], m.scrap, f, float if f == "factor" else object)
         for f in ["factor", "factor_unit", "factor_key", "factor_source", "flow",
                   "master_origin", "data_type"]}
    has = ~np.isnan(w["factor"])
    idx = wl[has]
    flows.append(frame(idx, stage="waste", amount=total[idx] * scrap_mass[idx], unit="kg",
                       matched_by="scrap", **{f: w[f][has] for f in w}))
    # the inventory and the sums
    inv = {k: np.concatenate([f[k] for f in flows]) for k in flows[0]}
    inv["amount_per_piece"] = inv["amount"] / total[inv["part"]]
    kg = inv["kg_co2e"]
    stage_codes = np.concatenate([np.full(len(f["part"]), STAGES.index(f["stage"][0]))
                                  for f in flows if len(f["part"])])
    per_part = {s: np.bincount(inv["part"][stage_codes == i], kg[stage_codes == i],
                               minlength=n) for i, s in enumerate(STAGES)}
    part_kg = sum(per_part.values())
    cat_codes, cats = _factorize(np.where(category[leaf] == None, "-", category[leaf]))  # noqa: E711
    by_category = {"keys": cats,
                   "mass_kg": np.bincount(cat_codes, np.nan_to_num(mass[leaf] * total[leaf])),
                   "kg_co2e": np.bincount(cat_codes, part_kg[leaf])}
    pmask = stage_codes == 2
    pcodes, procs = _factorize(inv["process"][pmask])
    by_process = {"keys": procs, "kwh": np.bincount(pcodes, inv["amount"][pmask]),
                  "kg_co2e": np.bincount(pcodes, kg[pmask])}
    sums = {"total": float(kg.sum()),
            "stages": {s: float(per_part[s].sum()) for s in STAGES},
            "per_part": per_part, "by_category": by_category, "by_process": by_process,
            "total_quantity": total, "assembly": assembly}
    return inv, sums


# -- polars --------------------------------------------------------------------------------

def polars_frame(sheet: Any) -> Any:
    import polars as pl

    df = sheet.to_polars()
    names = df.columns
    cols = NUMERIC + TEXT
    return df.rename({names[i]: f"c{c}" for i, c in enumerate(cols)}).with_columns(
        pl.int_range(pl.len()).alias("part"))


def _small_frame(mapping: dict, key: str, fields: list[str]) -> Any:
    import polars as pl

    keys = list(mapping)
    data = {key: keys}
    for f in fields:
        data[f] = [mapping[k].get(f) for k in keys]
    schema = {key: pl.String, **{f: (pl.Float64 if f in ("factor", "distance_km", "rated_kw",
                                                         "utilisation") else pl.String)
                                 for f in fields}}
    return pl.DataFrame(data, schema=schema)


def polars_pipeline(df: Any, m: Masters, lazy: bool = False) -> tuple[Any, dict[str, Any]]:
    import polars as pl

    col = pl.col
    f_str = ["factor_unit", "factor_key", "factor_source", "master_origin", "data_type"]
    grades = _small_frame(m.grades, f"c{GRADE}", ["factor", "flow", "matched_by", "category",
                                                  *f_str])
    sups = _small_frame(m.suppliers, f"c{SUPPLIER}", ["factor", "flow", "distance_km", *f_str])
    scrap = _small_frame(m.scrap, "category", ["factor", "flow", *f_str])
    base = df.lazy() if lazy else df
    # structure: parent = last row above with a smaller level (2 levels here; a loop over
    # the distinct levels in general), total quantity along the path
    base = base.with_columns(col(f"c{LEVEL}").fill_null(1.0).alias("level"),
                             (col("part") + HEADER_ROW + 2).alias("row"))
    levels = sorted(set((df[f"c{LEVEL}"].fill_null(1.0)).unique().to_list()))
    parent = pl.lit(-1, dtype=pl.Int64)
    for v in levels:
        last = (pl.when(col("level") < v).then(col("part")).otherwise(None)
                .forward_fill().shift(1).fill_null(-1))
        parent = pl.when(col("level") == v).then(last).otherwise(parent)
    base = base.with_columns(parent.alias("parent"))
    base = base.with_columns(col(f"c{QTY}").alias("total"))
    for v in levels[1:]:
        base = base.with_columns(
            pl.when((col("level") == v) & (col("parent") >= 0))
            .then(col(f"c{QTY}") * col("total").gather(col("parent").clip(0)))
            .otherwise(col("total")).alias("total"))
    base = base.with_columns(
        col("part").is_in(col("parent").filter(col("parent") >= 0).implode()).alias("assembly"),
        (pl.coalesce(col(f"c{RAW}"), col(f"c{NET}")) / 1000.0).alias("mass"))
    leaves = base.filter(~col("assembly"))
    keys = list(m.part_keys)
    common = [col("part"), col("row"), col(f"c{PART}").alias("part_number")]

    def out(frame: Any, **exprs: Any) -> Any:
        sel = list(common)
        for name in INVENTORY:
            if name in ("row", "part_number", "amount_per_piece"):
                continue
            e = exprs.get(name)
            if e is None:
                e = pl.lit(None, dtype=pl.Float64 if name in ("amount", "factor", "kg_co2e")
                           else pl.String)
            elif not isinstance(e, pl.Expr):
                e = pl.lit(e, dtype=pl.Float64 if isinstance(e, float) else pl.String)
            sel.append(e.alias(name))
        sel.append(col("total"))
        return frame.select(sel).with_columns((col("amount") * col("factor")).alias("kg_co2e"))

    mats = leaves.with_columns(
        col(f"c{PART}").str.to_lowercase().is_in(keys).alias("by_part")
    ).join(grades.lazy() if lazy else grades, on=f"c{GRADE}", how="left")
    materials = out(mats.filter(col("factor").is_not_null()), stage="materials",
                    amount=col("total") * col("mass"), unit="kg",
                    **{f: col(f) for f in ["factor", "flow", "matched_by", *f_str]})
    tr = leaves.join(sups.lazy() if lazy else sups, on=f"c{SUPPLIER}", how="inner").filter(
        col("mass").is_not_null())
    transport = out(tr, stage="transport",
                    amount=col("total") * col("mass") / 1000.0 * col("distance_km"),
                    unit="t-km", matched_by="mode",
                    **{f: col(f) for f in ["factor", "flow", *f_str]})
    e = m.electricity
    proc = []
    lot = col(f"c{LOT}").fill_null(1.0)
    for process, (cyc, setup) in PROCESS_COLUMNS.items():
        p = m.processes[process]
        for label, kwh in (
            ("electricity (cycle)",
             col("total") * p["rated_kw"] * col(f"c{cyc}").fill_null(0.0) / 60.0
             * p["utilisation"]),
            ("electricity (setup)",
             col("total") * p["rated_kw"] * col(f"c{setup}").fill_null(0.0) / 60.0 / lot
             * p["utilisation"])):
            proc.append(out(base.filter(kwh > 0), stage="processing", flow=label,
                            process=process, amount=kwh, unit="kWh",
                            matched_by="electricity", master_origin=p["master_origin"],
                            energy_basis="estimated", factor=float(e["factor"]),
                            **{k: e[k] for k in ("factor_unit", "factor_key", "factor_source",
                                                 "data_type")}))
    ws = mats.filter(col(f"c{RAW}") > col(f"c{NET}")).select(
        "part", "row", f"c{PART}", "total", "category",
        ((col(f"c{RAW}") - col(f"c{NET}")) / 1000.0).alias("scrap_mass")
    ).join(scrap.lazy() if lazy else scrap, on="category", how="inner")
    waste = out(ws, stage="waste", amount=col("total") * col("scrap_mass"), unit="kg",
                matched_by="scrap", **{f: col(f) for f in ["factor", "flow", *f_str]})
    inv = pl.concat([materials, transport, *proc, waste])
    inv = inv.with_columns((col("amount") / col("total")).alias("amount_per_piece"))
    per_part = inv.group_by("part", "stage").agg(col("kg_co2e").sum())
    by_stage = inv.group_by("stage", maintain_order=True).agg(col("kg_co2e").sum())
    cats = mats.select(col("part"), col("category").fill_null("-"),
                       (col("mass") * col("total")).fill_null(0.0).alias("mass_kg"))
    part_kg = inv.group_by("part").agg(col("kg_co2e").sum())
    by_category = cats.join(part_kg, on="part", how="left").group_by(
        "category", maintain_order=True).agg(col("mass_kg").sum(), col("kg_co2e").sum())
    by_process = inv.filter(col("stage") == "processing").group_by(
        "process", maintain_order=True).agg(col("amount").sum().alias("kwh"),
                                           col("kg_co2e").sum())
    plans = [inv.select([*INVENTORY, "part"]), per_part, by_stage, by_category, by_process,
             base.select("total", "assembly")]
    if lazy:
        plans = pl.collect_all(plans)
    inv, per_part, by_stage, by_category, by_process, parts = plans
    sums = {"total": float(by_stage["kg_co2e"].sum()),
            "stages": dict(zip(*by_stage.to_dict(as_series=False).values(), strict=True)),
            "per_part": per_part, "by_category": by_category, "by_process": by_process,
            "parts": parts}
    return inv, sums


def load_sheet(path: Path | str) -> Any:
    """The typed fastexcel load both prototypes start from."""
    import fastexcel

    return fastexcel.read_excel(str(path)).load_sheet(
        0, header_row=HEADER_ROW, use_columns=NUMERIC + TEXT,
        dtypes={**{c: "float" for c in NUMERIC}, **{c: "string" for c in TEXT}})


# -- numpy with dictionary-encoded text ------------------------------------------------------
#
# The same pipeline with every text column held as (codes, values): integer codes into a
# list of distinct values, as Arrow's dictionary arrays hold them. Lookups by grade,
# supplier or category become `table[codes]` over a handful of values (no per-row
# Python), constant columns ("materials", "kg"...) are one value, concatenation offsets
# codes, and the JSON writes codes as numbers (numpy) and each distinct value once.

class Text:
    """A text column: `values[codes]`, code -1 = missing."""

    __slots__ = ("codes", "values")

    def __init__(self, codes: np.ndarray, values: list) -> None:
        self.codes, self.values = codes, values

    def __len__(self) -> int:
        return len(self.codes)

    @staticmethod
    def const(value: str | None, n: int) -> Text:
        if value is None:
            return Text(np.full(n, -1, dtype=np.intp), [])
        return Text(np.zeros(n, dtype=np.intp), [value])

    def take(self, idx: np.ndarray) -> Text:
        return Text(self.codes[idx], self.values)

    def map(self, mapped: list, dtype: Any = object) -> np.ndarray:
        """`mapped[code]` per row (mapped is per value; code -1 gives None / NaN)."""
        table = np.empty(len(mapped) + 1, dtype=dtype)
        table[:-1] = mapped
        table[-1] = None if dtype is object else np.nan
        return table[self.codes]

    def map_text(self, mapped: list) -> Text:
        """A text column of `mapped[value]` (None -> missing), values deduplicated."""
        index: dict[Any, int] = {}
        remap = np.array([-1 if m is None else index.setdefault(m, len(index))
                          for m in mapped] + [-1], dtype=np.intp)
        return Text(remap[self.codes], list(index))

    @staticmethod
    def concat(parts: list[Text]) -> Text:
        """One column of the rows of `parts`; shared value lists are kept as they are,
        the others merged (they are small: labels, grades, suppliers)."""
        first = parts[0].values
        if all(p.values is first for p in parts):
            return Text(np.concatenate([p.codes for p in parts]), first)
        index: dict[Any, int] = {}
        out = []
        for p in parts:
            remap = np.fromiter((index.setdefault(v, len(index)) for v in p.values),
                                dtype=np.intp, count=len(p.values))
            remap = np.append(remap, -1)
            out.append(remap[p.codes])
        return Text(np.concatenate(out), list(index))

    def to_json(self) -> dict[str, Any]:
        return {"codes": self.codes, "values": self.values}

    def decode(self) -> np.ndarray:
        return self.map(self.values)


def codes_columns(sheet: Any) -> dict[int, Any]:
    """fastexcel sheet -> {column: float64 array | Text} (dictionary encoding in Rust)."""
    import arrownp
    from arro3.compute import dictionary_encode
    from arro3.core import DataType, RecordBatch, dictionary_dictionary, dictionary_indices

    rb = RecordBatch.from_arrow(sheet)
    out: dict[int, Any] = {}
    for i, (col, f) in enumerate(zip(NUMERIC + TEXT, rb.schema, strict=True)):
        arr = rb.column(i)
        if f.type == DataType.float64():
            out[col] = arrownp.floats(arr)
        else:
            d = dictionary_encode(arr)
            out[col] = Text(arrownp.codes(dictionary_indices(d)),
                            dictionary_dictionary(d).to_pylist())
    return out


def codes_pipeline(c: dict[int, Any], m: Masters) -> tuple[dict[str, Any], dict[str, Any]]:
    n = len(c[QTY])
    row = np.arange(n) + HEADER_ROW + 2
    level = np.nan_to_num(c[LEVEL], nan=1.0)
    qty = c[QTY]
    pos = np.arange(n)
    parent = np.full(n, -1)
    for v in np.unique(level):
        cand = np.where(level < v, pos, -1)
        last = np.maximum.accumulate(np.concatenate([[-1], cand[:-1]]))
        parent[level == v] = last[level == v]
    total = qty.astype(float).copy()
    for v in np.unique(level):
        at = np.flatnonzero((level == v) & (parent >= 0))
        total[at] *= total[parent[at]]
    assembly = np.zeros(n, dtype=bool)
    assembly[parent[parent >= 0]] = True
    number, grade, supplier = c[PART], c[GRADE], c[SUPPLIER]
    mass = np.where(np.isnan(c[RAW]), c[NET], c[RAW]) / 1000.0
    leaf = np.flatnonzero(~assembly)
    text_fields = {"stage", "flow", "process", "unit", "factor_unit", "factor_key",
                   "factor_source", "matched_by", "master_origin", "data_type",
                   "energy_basis"}
    flows = []

    def frame(idx: np.ndarray, **cols: Any) -> dict[str, Any]:
        k = len(idx)
        out: dict[str, Any] = {"part": idx, "row": row[idx], "part_number": number.take(idx)}
        for name in INVENTORY:
            if name in out or name in ("amount_per_piece", "kg_co2e"):
                continue
            v = cols.get(name)
            if isinstance(v, (np.ndarray, Text)):
                out[name] = v
            elif name in text_fields:
                out[name] = Text.const(v, k)
            else:
                out[name] = np.full(k, np.nan if v is None else v)
        out["kg_co2e"] = out["amount"] * out["factor"]
        return out

    def per_value(col: Text, mapping: dict, fields: list[str]) -> dict[str, Any]:
        got = {}
        for f in fields:
            mapped = [mapping[v][f] if v in mapping else None for v in col.values]
            got[f] = col.map([np.nan if x is None else x for x in mapped], float) \
                if f in ("factor", "distance_km") else col.map_text(mapped)
        return got

    # materials: the part-number lookup runs once per distinct part number
    by_part = np.fromiter(map(m.part_keys.__contains__, map(str.casefold, number.values)),
                          dtype=bool, count=len(number.values))
    assert not by_part.any()
    lg = grade.take(leaf)
    fields = ["factor", "factor_unit", "factor_key", "factor_source", "flow", "matched_by",
              "master_origin", "data_type", "category"]
    g = per_value(lg, m.grades, fields)
    has = ~np.isnan(g["factor"])
    idx = leaf[has]
    flows.append(frame(idx, stage="materials", amount=total[idx] * mass[idx], unit="kg",
                       **{f: (g[f][has] if f == "factor" else g[f].take(has))
                          for f in fields if f != "category"}))
    category = Text(np.full(n, -1, dtype=np.intp), g["category"].values)
    category.codes[leaf] = g["category"].codes
    # transport
    ls = supplier.take(leaf)
    sf = ["factor", "factor_unit", "factor_key", "factor_source", "flow", "master_origin",
          "data_type", "distance_km"]
    s = per_value(ls, m.suppliers, sf)
    has = ~np.isnan(s["factor"]) & ~np.isnan(mass[leaf])
    idx = leaf[has]
    flows.append(frame(idx, stage="transport",
                       amount=total[idx] * mass[idx] / 1000.0 * s["distance_km"][has],
                       unit="t-km", matched_by="mode",
                       **{f: (s[f][has] if f == "factor" else s[f].take(has))
                          for f in sf if f != "distance_km"}))
    lot = np.where(np.isnan(c[LOT]), 1.0, c[LOT])
    e = m.electricity
    for process, (cyc, setup) in PROCESS_COLUMNS.items():
        p = m.processes[process]
        ch = np.nan_to_num(c[cyc]) / 60.0
        sh = np.nan_to_num(c[setup]) / 60.0
        cycle_kwh = total * p["rated_kw"] * ch * p["utilisation"]
        setup_kwh = total * p["rated_kw"] * sh / lot * p["utilisation"]
        for label, kwh in (("electricity (cycle)", cycle_kwh), ("electricity (setup)",
                                                               setup_kwh)):
            idx = np.flatnonzero(kwh > 0)
            flows.append(frame(idx, stage="processing", flow=label, process=process,
                               amount=kwh[idx], unit="kWh", matched_by="electricity",
                               master_origin=p["master_origin"], energy_basis="estimated",
                               **{k: e[k] for k in ("factor_unit", "factor_key",
                                                    "factor_source", "data_type")},
                               factor=float(e["factor"])))
    scrap_mass = np.where(c[RAW] > c[NET], (c[RAW] - c[NET]) / 1000.0, np.nan)
    wl = leaf[~np.isnan(scrap_mass[leaf])]
    wf = ["factor", "factor_unit", "factor_key", "factor_source", "flow", "master_origin",
          "data_type"]
    w = per_value(category.take(wl), m.scrap, wf)
    has = ~np.isnan(w["factor"])
    idx = wl[has]
    flows.append(frame(idx, stage="waste", amount=total[idx] * scrap_mass[idx], unit="kg",
                       matched_by="scrap",
                       **{f: (w[f][has] if f == "factor" else w[f].take(has)) for f in wf}))
    inv: dict[str, Any] = {}
    for k in flows[0]:
        parts = [f[k] for f in flows]
        inv[k] = Text.concat(parts) if isinstance(parts[0], Text) else np.concatenate(parts)
    inv["amount_per_piece"] = inv["amount"] / total[inv["part"]]
    kg = inv["kg_co2e"]
    stage = inv["stage"]
    stage_code = np.array([STAGES.index(v) for v in stage.values])[stage.codes]
    per_part = {s: np.bincount(inv["part"][stage_code == i], kg[stage_code == i],
                               minlength=n) for i, s in enumerate(STAGES)}
    part_kg = sum(per_part.values())
    lc = category.take(leaf)
    cat_codes = np.where(lc.codes < 0, len(lc.values), lc.codes)
    by_category = {"keys": [*lc.values, "-"],
                   "mass_kg": np.bincount(cat_codes, np.nan_to_num(mass[leaf] * total[leaf])),
                   "kg_co2e": np.bincount(cat_codes, part_kg[leaf])}
    pmask = stage_code == 2
    proc = inv["process"].take(pmask)
    by_process = {"keys": proc.values,
                  "kwh": np.bincount(proc.codes, inv["amount"][pmask], len(proc.values)),
                  "kg_co2e": np.bincount(proc.codes, kg[pmask], len(proc.values))}
    sums = {"total": float(kg.sum()),
            "stages": {s: float(per_part[s].sum()) for s in STAGES},
            "per_part": per_part, "by_category": by_category, "by_process": by_process,
            "total_quantity": total, "assembly": assembly}
    return inv, sums
