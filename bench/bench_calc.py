"""Benchmark: whole-process `cfp calc --format json` on a generated 100,000-row BOM.

Reports wall time as a ratio to the bare calamine read of the same workbook, both run
as fresh processes in the same run (so interpreter start-up counts on both sides and
machine speed cancels out). Target (issue 2): ratio <= 2.

    python bench/bench_calc.py [--rows 100000] [--repeat 3]

The workbook is generated once into bench/_work/ (git-ignored) by `make_bom`, with a
realistic mix: 3-level structure, 10 grades, bought parts with '-' raw weight, two
processes with cycle and set-up times, suppliers, and the master sheets.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
WORK = HERE / "_work"
GRADES = ["SS400", "S45C", "SCM435", "A6063", "A2017", "ADC12", "SUS304", "C3604", "PP", "PA66"]

BARE_READ = """
import sys, python_calamine
book = python_calamine.CalamineWorkbook.from_path(sys.argv[1])
for name in book.sheet_names:
    book.get_sheet_by_name(name).to_python(skip_empty_area=False)
"""


def make_bom(path: Path, rows: int) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    bom = book.create_sheet("部品表")
    bom.append(["ベンチマーク部品表"])
    bom.append(["レベル", "品番", "品名", "個数", "材質", "重量(g)", "素材重量(g)", "仕入先",
                "ロット", "旋盤 加工(分)", "旋盤 段取(分)", "マシニングセンタ 加工(分)",
                "マシニングセンタ 段取(分)"])
    for i in range(rows):
        if i % 50 == 0:  # a sub-assembly every 50 rows
            bom.append([1, f"SA-{i:06d}", "sub-assembly", 1, None, None, None, None, None,
                        None, None, 10, 30])
            continue
        grade = GRADES[i % len(GRADES)]
        net = 50 + (i * 37) % 2000
        bought = i % 7 == 0
        bom.append([2, f"P-{i:06d}", f"part {i}", 1 + i % 4, grade, net,
                    "-" if bought else net + 100 + i % 300, f"S{i % 5}", 20,
                    None if bought else 1 + i % 9, None if bought else 30,
                    None if bought else (i % 5) or None, None if bought else 45])
    processes = book.create_sheet("工程")
    processes.append(["工程", "定格電力(kW)", "使用率"])
    processes.append(["旋盤", 11, 0.7])
    processes.append(["マシニングセンタ", 15, 0.6])
    suppliers = book.create_sheet("仕入先")
    suppliers.append(["仕入先", "輸送手段", "距離(km)"])
    for s in range(5):
        suppliers.append([f"S{s}", "truck", 20 + 40 * s])
    settings = book.create_sheet("設定")
    settings.append(["製品名", "benchmark"])
    settings.append(["電力排出係数", 0.423])
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)


def timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    path = WORK / f"bom-{args.rows}.xlsx"
    if not path.exists():
        print(f"generating {path} ...", flush=True)
        make_bom(path, args.rows)
    cfp = str(Path(sys.executable).with_name("cfp"))
    out = WORK / "result.json"
    bare = [timed([sys.executable, "-c", BARE_READ, str(path)]) for _ in range(args.repeat)]
    calc = [timed([cfp, "calc", str(path), "--format", "json", "-o", str(out)])
            for _ in range(args.repeat)]
    b, c = statistics.median(bare), statistics.median(calc)
    print(f"rows: {args.rows:,}  file: {path.stat().st_size / 1e6:.1f} MB")
    print(f"bare calamine read (process): median {b:.2f} s  runs {[round(x, 2) for x in bare]}")
    print(f"cfp calc --format json:       median {c:.2f} s  runs {[round(x, 2) for x in calc]}")
    print(f"ratio cfp / bare read: {c / b:.2f}x  (target <= 2.0x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
