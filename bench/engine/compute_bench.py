"""Q2 compute: cfp's flows and sums on numpy (today, and a prototype) vs polars.

Part A, 100,000 rows, in one process (cyclic GC off, as in `cfp calc`), interleaved:
today's cfp from the calamine rows to a `Result` with its sums, the numpy and polars
prototypes of `proto.py` from typed columns (with and without the Arrow conversion),
polars eager and lazy (`collect_all` of the inventory and every sum in one plan). An
in-process fastexcel read of the same sheet is measured alongside as a yardstick.

Part B, 50-line BOMs in a warm process (what a batch worker does per BOM), each case
over the same BOMs per round: read + compute (+ the JSON bytes) per BOM.

    /work/engine-venv/bin/python bench/engine/compute_bench.py [--rounds 7] [--small 100]
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import proto  # noqa: E402
from common import big_bom, interleave, ratios, report, save, small_boms  # noqa: E402


class FakePrefetch:
    """A `prefetch.Prefetch` whose read is done: today's cfp from ready calamine rows."""

    def __init__(self, path: Path) -> None:
        import python_calamine

        from cfp.lca.names import bom_sheet_name
        from cfp.lca.prefetch import worksheet_names

        self.path = path
        self.book = python_calamine.CalamineWorkbook.from_path(str(path))
        self.sheet = bom_sheet_name(worksheet_names(self.book))
        s = self.book.get_sheet_by_name(self.sheet)
        self.rows = s.to_python(skip_empty_area=False)
        self.merged = list(s.merged_cell_ranges or [])

    def wait(self) -> bool:
        return True


def cfp_result(path: Path, prefetched: object) -> object:
    from cfp.lca.api import Options, calculate

    r = calculate(path, Options(prefetched=prefetched))
    # the sums the JSON uses (cached properties, computed when the JSON is made)
    r.total, r.stages(), r._part_sums, r._by_category, r._by_process  # noqa: B018
    return r


def timed(fn, *args):  # noqa: ANN001, ANN202
    def run() -> float:
        t = time.perf_counter()
        fn(*args)
        return time.perf_counter() - t
    return run


def part_a(rounds: int) -> str:
    gc.disable()
    path = big_bom()
    masters = proto.cfp_masters()
    pre = FakePrefetch(path)
    sheet = proto.load_sheet(path)
    cols = proto.numpy_columns(sheet)
    df = proto.polars_frame(sheet)
    codes = proto.codes_columns(sheet)

    def fx_read() -> float:
        t = time.perf_counter()
        proto.load_sheet(path).to_arrow()
        return time.perf_counter() - t

    cases = {
        "cfp today: calamine rows → Result + sums": timed(cfp_result, path, pre),
        "numpy prototype: typed columns → inventory + sums":
            timed(proto.numpy_pipeline, cols, masters),
        "numpy prototype incl. Arrow → numpy conversion":
            timed(lambda: proto.numpy_pipeline(proto.numpy_columns(sheet), masters)),
        "numpy + dictionary codes: typed columns → inventory + sums":
            timed(proto.codes_pipeline, codes, masters),
        "numpy + dictionary codes incl. Arrow → numpy conversion":
            timed(lambda: proto.codes_pipeline(proto.codes_columns(sheet), masters)),
        "polars eager: DataFrame → inventory + sums":
            timed(proto.polars_pipeline, df, masters),
        "polars lazy (collect_all): DataFrame → inventory + sums":
            timed(lambda: proto.polars_pipeline(df, masters, lazy=True)),
        "polars lazy incl. Arrow → polars conversion":
            timed(lambda: proto.polars_pipeline(proto.polars_frame(sheet), masters, lazy=True)),
        "yardstick: fastexcel read of the sheet (load + to_arrow), in-process": fx_read,
    }
    # the prototypes agree with each other (and with cfp on the same masters)
    inv, sums = proto.numpy_pipeline(cols, masters)
    cinv, csums = proto.codes_pipeline(codes, masters)
    assert len(cinv["row"]) == len(inv["row"]) and abs(csums["total"] - sums["total"]) < 1e-6
    pinv, psums = proto.polars_pipeline(df, masters, lazy=True)
    r = cfp_result(path, pre)
    check = (f"inventory rows: cfp {len(r.flows):,}, numpy prototype {len(inv['row']):,}, "
             f"polars prototype {len(pinv):,}; total kg-CO2e: cfp {r.total:.6f}, numpy "
             f"{sums['total']:.6f}, polars {psums['total']:.6f}")
    base = "cfp today: calamine rows → Result + sums"
    times = interleave(cases, rounds, base)
    return report(times, base, "Q2 compute, 100,000 rows (in-process, GC off)") + \
        "\n\n" + check


def part_b(rounds: int, count: int) -> str:
    import orjson

    files = small_boms()[:count]
    masters = proto.cfp_masters()
    from cfp.lca.api import calculate
    from cfp.lca.render import formats

    def today_json() -> None:
        for p in files:
            formats.to_json_bytes(calculate(p), "en")

    def today_calc() -> None:
        for p in files:
            calculate(p)

    def read_calamine() -> None:
        import python_calamine

        for p in files:
            b = python_calamine.CalamineWorkbook.from_path(str(p))
            for name in b.sheet_names:
                b.get_sheet_by_name(name).to_python(skip_empty_area=False)

    def read_fastexcel() -> None:
        for p in files:
            proto.load_sheet(p).to_arrow()

    def np_proto(json: bool) -> None:
        from cfp.lca.results import rows_of

        for p in files:
            inv, sums = proto.numpy_pipeline(proto.numpy_columns(proto.load_sheet(p)), masters)
            if json:
                orjson.dumps({"total": sums["total"], "stages": sums["stages"],
                              "inventory": {"columns": proto.INVENTORY,
                                            "rows": rows_of([inv[c] for c in proto.INVENTORY])}},
                             option=orjson.OPT_INDENT_2)

    def codes_proto(json: bool) -> None:
        for p in files:
            inv, sums = proto.codes_pipeline(proto.codes_columns(proto.load_sheet(p)), masters)
            if json:
                orjson.dumps({"total": sums["total"], "stages": sums["stages"],
                              "inventory": {k: (v.to_json() if isinstance(v, proto.Text)
                                                else v) for k, v in inv.items()
                                            if k in proto.INVENTORY}},
                             option=orjson.OPT_INDENT_2 | orjson.OPT_SERIALIZE_NUMPY)

    def pl_proto(json: bool, lazy: bool) -> None:
        for p in files:
            inv, sums = proto.polars_pipeline(proto.polars_frame(proto.load_sheet(p)), masters,
                                              lazy=lazy)
            if json:
                orjson.dumps({"total": sums["total"], "stages": sums["stages"],
                              "inventory": {"columns": proto.INVENTORY,
                                            "rows": inv.select(proto.INVENTORY).rows()}},
                             option=orjson.OPT_INDENT_2)

    base = "cfp today: calculate + JSON bytes"
    cases = {
        base: today_json,
        "cfp today: calculate only": today_calc,
        "numpy prototype: fastexcel read + compute": lambda: np_proto(False),
        "numpy prototype: fastexcel read + compute + JSON": lambda: np_proto(True),
        "numpy + codes: fastexcel read + compute": lambda: codes_proto(False),
        "numpy + codes: fastexcel read + compute + JSON (codes layout)":
            lambda: codes_proto(True),
        "polars eager: fastexcel read + compute": lambda: pl_proto(False, False),
        "polars eager: fastexcel read + compute + JSON": lambda: pl_proto(True, False),
        "polars lazy: fastexcel read + compute + JSON": lambda: pl_proto(True, True),
        "yardstick: calamine read of every sheet (to_python)": read_calamine,
        "yardstick: fastexcel read of the BOM sheet (load + to_arrow)": read_fastexcel,
    }
    calls = {name: timed(fn) for name, fn in cases.items()}
    times = interleave(calls, rounds, base)
    text = report(times, base, f"Q2 compute, 50-line BOMs in a warm process ({count} BOMs per "
                  "case per round, GC on as in batch workers)")
    per = {name: statistics.median(ts) / count * 1000 for name, ts in times.items()}
    text += "\n\nms per BOM (median round / BOMs): " + ", ".join(
        f"{name}: {v:.2f}" for name, v in per.items())
    r = ratios(times, base)
    text += "\n\nratios again: " + ", ".join(f"{k}: {v:.2f}" for k, v in r.items())
    return text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--small", type=int, default=100, help="50-line BOMs per round")
    parser.add_argument("--part", choices=["a", "b", "both"], default="both")
    args = parser.parse_args()
    if args.part in ("b", "both"):
        save("compute_small.md", part_b(args.rounds, args.small))
    if args.part in ("a", "both"):
        save("compute_large.md", part_a(args.rounds))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
