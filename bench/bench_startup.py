"""Benchmark: start-up of `cfp calc` on one small BOM, as a whole process.

`cfp calc small.xlsx --format json -o f` (a generated 50-line BOM, the size of the batch
benchmark's BOMs) against `python -c "import numpy"`, both fresh processes, in
interleaved pairs (the VM's speed drifts); the ratio reported is the median of the
per-pair ratios. Target (issue 11): <= 2.0.

    python bench/bench_startup.py [--pairs 21] [--typer]

`--typer` also times the same command through the typer path (`cli.app`, what any argv
the fast path does not take goes through), and `--table` the terminal view to a pipe.
The BOM is generated once into bench/_work/ (git-ignored) by `bomgen.make_bom`.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bomgen import make_bom

HERE = Path(__file__).resolve().parent
WORK = HERE / "_work"
#: the typer path of the same command, in a fresh process like the `cfp` script
TYPER = "import sys; from cfp.cli.app import app; sys.argv[0] = 'cfp'; app()"


#: as an installed cfp runs: with bytecode (pip compiles it at install). Kept out of the
#: checkout under bench/_work; PYTHONDONTWRITEBYTECODE (set in some CI and sandboxes)
#: would make every run compile cfp's ~100 modules again (~0.1 s).
ENV = {**{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
       "PYTHONPYCACHEPREFIX": str(WORK / "pycache")}


def timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, cwd=WORK, env=ENV)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=21)
    parser.add_argument("--typer", action="store_true", help="also time the typer path")
    parser.add_argument("--table", action="store_true", help="also time the table view")
    args = parser.parse_args()
    WORK.mkdir(exist_ok=True)
    bom = WORK / "small-50.xlsx"
    if not bom.exists():
        make_bom(bom, 50, seed=0)
    out = WORK / "small-50.json"
    cfp = str(Path(sys.executable).with_name("cfp"))
    calc = ["calc", str(bom), "--format", "json", "-o", str(out)]
    cases = {"cfp calc small.xlsx --format json -o f": [cfp, *calc]}
    if args.typer:
        cases["same, typer path"] = [sys.executable, "-c", TYPER, *calc]
    if args.table:
        cases["cfp calc small.xlsx (table, to a pipe)"] = [cfp, "calc", str(bom)]
    baseline = [sys.executable, "-c", "import numpy"]
    for cmd in [baseline, *cases.values()]:  # warm the page cache and .pyc files
        timed(cmd)
    ratios: dict[str, list[float]] = {name: [] for name in cases}
    seconds: dict[str, list[float]] = {name: [] for name in ["import numpy", *cases]}
    for _ in range(args.pairs):
        for name in random.sample(list(cases), len(cases)):
            # a pair: the baseline just before the case, on the same machine state
            base = timed(baseline)
            took = timed(cases[name])
            ratios[name].append(took / base)
            seconds["import numpy"].append(base)
            seconds[name].append(took)
    print(f"{args.pairs} pairs; median seconds: "
          + ", ".join(f"{n} {statistics.median(s):.3f}" for n, s in seconds.items()))
    for name, values in ratios.items():
        print(f"{name}: median ratio {statistics.median(values):.2f}x "
              f"(pairs {min(values):.2f}-{max(values):.2f})")
    main_ratio = statistics.median(ratios["cfp calc small.xlsx --format json -o f"])
    print("target <= 2.0:", "met" if main_ratio <= 2.0 else "NOT met")
    return 0 if main_ratio <= 2.0 else 1


if __name__ == "__main__":
    random.seed(11)
    sys.exit(main())
