"""Benchmark: whole-process `cfp calc --format json` on a generated 100,000-row BOM.

Reports wall time as a ratio to the bare calamine read of the same workbook, both run
as fresh processes in the same run (so interpreter start-up counts on both sides and
machine speed cancels out). Target (issue 2): ratio <= 2.

    python bench/bench_calc.py [--rows 100000] [--repeat 3]

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

BARE_READ = """
import sys, python_calamine
book = python_calamine.CalamineWorkbook.from_path(sys.argv[1])
for name in book.sheet_names:
    book.get_sheet_by_name(name).to_python(skip_empty_area=False)
"""


def timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    path = WORK / f"bom-{args.rows}.xlsx"
    if not path.exists():
        print(f"generating {path} ...", flush=True)
        make_bom(path, args.rows, assembly_every=50)
    cfp = str(Path(sys.executable).with_name("cfp"))
    out = WORK / "result.json"
    # interleaved pairs: the machine's speed drifts (a shared VM), and a bare read and
    # a calc run back to back see the same machine; the ratio is the median of the pairs
    pairs = []
    for _ in range(args.repeat):
        bare = timed([sys.executable, "-c", BARE_READ, str(path)])
        calc = timed([cfp, "calc", str(path), "--format", "json", "-o", str(out)])
        pairs.append((bare, calc))
    b = statistics.median(p[0] for p in pairs)
    c = statistics.median(p[1] for p in pairs)
    ratio = statistics.median(p[1] / p[0] for p in pairs)
    print(f"rows: {args.rows:,}  file: {path.stat().st_size / 1e6:.1f} MB")
    print(f"bare calamine read (process): median {b:.2f} s  runs {[round(p[0], 2) for p in pairs]}")
    print(f"cfp calc --format json:       median {c:.2f} s  runs {[round(p[1], 2) for p in pairs]}")
    print(f"ratio cfp / bare read: {ratio:.2f}x median of pairs "
          f"{[round(p[1] / p[0], 2) for p in pairs]}  (target <= 2.0x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
