"""Benchmark: what the workbook guard and scan (lca/read/xlsxguard.py) cost a large BOM.

Whole process, in interleaved pairs in one run (the VM is shared and noisy, so only the
ratio within a pair is meaningful): `cfp calc bench/_work/bom-100000.xlsx --format json
-o out.json` with the guard and scan, and the same code with them switched off (a
launcher that replaces `xlsxguard.open_package` by a no-op package before calling
`cfp.cli.main.run`, so calamine reads the file unchecked as before). Prints the median
of the per-pair ratios (target <= 1.05), then the guard's and the scan's own time
in-process, next to inflating the sheet alone.

    python bench/bench_scan.py [--rows 100000] [--pairs 9]

The workbook is generated once into bench/_work/ (git-ignored) by `bomgen.make_bom`.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bomgen import make_bom

HERE = Path(__file__).resolve().parent
WORK = HERE / "_work"

LAUNCH = """
import sys
if sys.argv.pop(1) == "off":
    from cfp.lca.read import xlsxguard

    class Unchecked:
        def worksheet_names(self):
            return None  # the prefetch then picks the sheet from calamine's names
        def scan(self, sheet, ahead=False):
            return xlsxguard.SheetScan(sheet)
        def check_rectangle(self, sheet, rows, cols):
            pass

    xlsxguard.open_package = lambda path, limits=None: Unchecked()
from cfp.cli.main import run
sys.argv[0] = "cfp"
run()
"""


def timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def in_process(path: Path, repeat: int) -> dict[str, float]:
    """Median seconds of: opening the package (zip and structure checks), scanning the
    BOM sheet (inflate in a second thread + vectorised check), inflating it alone."""
    from cfp.lca.read import xlsxguard
    from cfp.lca.read.names import bom_sheet_name

    marks: dict[str, list[float]] = {"guard": [], "scan": [], "inflate": []}
    for _ in range(repeat):
        start = time.perf_counter()
        package = xlsxguard.open_package(path)
        sheet = bom_sheet_name(package.worksheet_names() or [])
        opened = time.perf_counter()
        scan = package.scan(sheet, ahead=True)
        scan.issues()
        scanned = time.perf_counter()
        part = package.sheet_part(sheet).part  # type: ignore[union-attr]
        for _piece in package.inflate(part):  # type: ignore[arg-type]
            pass
        inflated = time.perf_counter()
        marks["guard"].append(opened - start)
        marks["scan"].append(scanned - opened)
        marks["inflate"].append(inflated - scanned)
        package.archive.close()
    return {name: statistics.median(times) for name, times in marks.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--pairs", type=int, default=9)
    args = parser.parse_args()
    path = WORK / f"bom-{args.rows}.xlsx"
    if not path.exists():
        print(f"generating {path} ...", flush=True)
        make_bom(path, args.rows, assembly_every=50)
    out = WORK / "scan-result.json"
    calc = ["calc", str(path), "--format", "json", "-o", str(out)]
    pairs = []
    for i in range(args.pairs):
        # alternate which runs first: the second of a pair finds the file in the cache
        order = ("on", "off") if i % 2 == 0 else ("off", "on")
        times = {mode: timed([sys.executable, "-c", LAUNCH, mode, *calc]) for mode in order}
        pairs.append((times["on"], times["off"]))
    ratios = [on / off for on, off in pairs]
    print(f"rows: {args.rows:,}  file: {path.stat().st_size / 1e6:.1f} MB")
    print(f"guard + scan on:  median {statistics.median(p[0] for p in pairs):.2f} s  "
          f"runs {[round(p[0], 2) for p in pairs]}")
    print(f"guard + scan off: median {statistics.median(p[1] for p in pairs):.2f} s  "
          f"runs {[round(p[1], 2) for p in pairs]}")
    print(f"ratio on / off: {statistics.median(ratios):.3f} median of pairs "
          f"{[round(r, 3) for r in ratios]}  (target <= 1.05)")
    own = in_process(path, 5)
    print(f"in-process, median of 5: package checks {own['guard'] * 1000:.0f} ms, "
          f"sheet scan (inflate in a thread + check) {own['scan'] * 1000:.0f} ms, "
          f"inflating the sheet alone {own['inflate'] * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
