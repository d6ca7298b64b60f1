"""Benchmark: what computing a batch worker's BOMs stacked could gain (issue 11's batch row).

The batch row is limited by a cost per BOM that does not depend on its size (~14,000
Python and numpy calls). This measures, in one process and one run, the bound a stacked
design (a chunk of BOMs read, then resolved, computed and aggregated as one table) could
reach, with the same generator as the batch benchmark:

- 16 BOMs of 50 lines, `calculate` + the result JSON each (today's batch worker);
- one BOM of 800 lines (the same lines in one table): the cost of the chunk's rows when
  the fixed part is paid once;
- the per-file part that stacking cannot share: opening the 16 workbooks and reading
  every sheet's rows (zip, guard, calamine);
- the per-BOM JSON (`to_json_bytes` of 16 results), which stays per BOM.

A stacked chunk costs at least (per-file reads) + (800-line compute, without its read) +
(16 JSONs); the printed bound divides today's cost by it. CPU time (process_time), best
of `--rounds`, so the machine's load matters less.

    python bench/bench_stacking.py [--rounds 5] [--src DIR]
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path

from bomgen import make_bom

HERE = Path(__file__).resolve().parent
WORK = HERE / "_work" / "stacking"
CHUNK = 16  # BOMs per task of the batch pool (lca/app/batch.py `chunks`)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--src", type=Path, help="a tree to import cfp from (default: this)")
    args = parser.parse_args()
    sys.path.insert(0, str(args.src or HERE.parent.parent))
    from cfp.lca.api import calculate
    from cfp.lca.read.workbook import open_workbook
    from cfp.lca.render.formats import to_json_bytes

    WORK.mkdir(parents=True, exist_ok=True)
    small = [WORK / f"bom-50-{i:02d}.xlsx" for i in range(CHUNK)]
    big = WORK / f"bom-{50 * CHUNK}.xlsx"
    for seed, path in enumerate(small):
        if not path.exists():
            make_bom(path, 50, seed)
    if not big.exists():
        make_bom(big, 50 * CHUNK, 0)

    def calc(paths: list[Path], json: bool) -> float:
        start = time.process_time()
        for path in paths:
            result = calculate(path)
            if json:
                to_json_bytes(result, "en")
        return time.process_time() - start

    def reads(paths: list[Path]) -> float:
        start = time.process_time()
        for path in paths:
            book = open_workbook(path)
            for sheet in book.sheet_names:
                book.rows(sheet)
        return time.process_time() - start

    def jsons(results: list[object]) -> float:
        start = time.process_time()
        for result in results:
            to_json_bytes(result, "en")
        return time.process_time() - start

    calc([*small, big], True)  # warm caches and lazy imports, as a batch worker is
    results = [calculate(p) for p in small]
    gc.disable()  # as a single calc
    runs = {
        "16 x 50 lines, calc + JSON": lambda: calc(small, True),
        "1 x 800 lines, calc": lambda: calc([big], False),
        "1 x 800 lines, read only": lambda: reads([big]),
        "16 files, read only": lambda: reads(small),
        "16 JSONs": lambda: jsons(results),
    }
    best = {name: min(run() for _ in range(args.rounds)) for name, run in runs.items()}
    for name, seconds in best.items():
        print(f"{name:32s} {seconds * 1000:8.1f} ms")
    stacked = (best["16 files, read only"] + best["1 x 800 lines, calc"]
               - best["1 x 800 lines, read only"] + best["16 JSONs"])
    print(f"{'stacked chunk, lower bound':32s} {stacked * 1000:8.1f} ms")
    print(f"bound of the gain: {best['16 x 50 lines, calc + JSON'] / stacked:.2f}x "
          "today's CPU per BOM")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
