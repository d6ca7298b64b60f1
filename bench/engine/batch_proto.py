"""A batch of BOMs on the prototypes: `python batch_proto.py DIR OUT --jobs 2 --engine E`.

Like `cfp calc DIR --jobs 2`: a fork pool of `--jobs` workers, one result JSON per BOM
written to OUT, a summary of totals at the end. Each worker reads with fastexcel and
computes with the numpy, numpy-with-codes or polars prototype of `proto.py` (polars is
imported in the
workers only, one polars thread each: POLARS_MAX_THREADS=1, as 2 workers fill 2 cores).
"""

import argparse
import gc
import os
import pickle
import sys
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
MASTERS = None
ENGINE = "numpy"
OUT = Path(".")


def init(engine: str, out: str) -> None:
    global MASTERS, ENGINE, OUT
    gc.disable()  # a worker's objects are short-lived; the cycle collector only costs
    ENGINE, OUT = engine, Path(out)
    MASTERS = pickle.loads((HERE.parent / "_work" / "engine" / "masters.pkl").read_bytes())
    if engine == "polars":
        import polars  # noqa: F401


def one(path: str) -> tuple[str, float]:
    import orjson
    import proto

    sheet = proto.load_sheet(path)
    if ENGINE == "codes":
        inv, sums = proto.codes_pipeline(proto.codes_columns(sheet), MASTERS)
        doc = {"total_kg_co2e": sums["total"], "stages": sums["stages"],
               "inventory": {k: (v.to_json() if isinstance(v, proto.Text) else v)
                             for k, v in inv.items() if k in proto.INVENTORY}}
        (OUT / (Path(path).stem + ".json")).write_bytes(
            orjson.dumps(doc, option=orjson.OPT_INDENT_2 | orjson.OPT_SERIALIZE_NUMPY))
        return path, sums["total"]
    if ENGINE == "numpy":
        from cfp.lca.results import rows_of

        inv, sums = proto.numpy_pipeline(proto.numpy_columns(sheet), MASTERS)
        rows = rows_of([inv[c] for c in proto.INVENTORY])
    else:
        inv, sums = proto.polars_pipeline(proto.polars_frame(sheet), MASTERS)
        rows = inv.select(proto.INVENTORY).rows()
    doc = {"total_kg_co2e": sums["total"], "stages": sums["stages"],
           "inventory": {"columns": proto.INVENTORY, "rows": rows}}
    target = OUT / (Path(path).stem + ".json")
    target.write_bytes(orjson.dumps(doc, option=orjson.OPT_INDENT_2))
    return path, sums["total"]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder")
    parser.add_argument("out")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--engine", choices=["numpy", "codes", "polars"], default="numpy")
    args = parser.parse_args()
    if args.engine == "polars":
        os.environ["POLARS_MAX_THREADS"] = "1"
    files = sorted(str(p) for p in Path(args.folder).glob("*.xlsx"))
    Path(args.out).mkdir(parents=True, exist_ok=True)
    import proto  # noqa: F401 - imported (with numpy) before the fork, as cfp does

    with ProcessPoolExecutor(args.jobs, mp_context=get_context("fork"), initializer=init,
                             initargs=(args.engine, args.out)) as pool:
        totals = dict(pool.map(one, files, chunksize=8))
    summary = {"boms": len(totals), "total_kg_co2e": sum(totals.values())}
    (Path(args.out) / "summary.json").write_text(str(summary))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
