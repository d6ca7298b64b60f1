"""Benchmark: three rows of the issue-11 table side by side, in one run, interleaved.

Each round runs, as fresh processes and one right after the other:

* the bare calamine read of the 100,000-row BOM (baseline) and `cfp calc BOM --format
  json -o f` of it, for each source tree;
* `python -c "import numpy"` (baseline) and `cfp calc small.xlsx --format json -o f` of
  a 50-line BOM, for each source tree;
* `cfp calc DIR --out OUT --jobs 2` of 1,000 50-line BOMs (BOMs/s of the whole command,
  the summary table on stdout as in a CI log), for each source tree.

Ratios are per round (a run against the baseline just before it), then the median over
rounds; the load average is printed with each round (the machine is shared).

    python bench/bench_rows.py [--rounds 3] [--src DIR ...] [--no-batch | --batch-only] [--no-small]

`--src DIR` runs cfp from another checkout or snapshot (`git archive REV | tar -x -C DIR`)
on `PYTHONPATH`, so that the code before a change can be timed in the same minutes; the
default is this checkout. Bytecode is cached per tree under bench/_work/pycache-rows/.
A tree from before `cfp/__init__.py` (the first version, e.g. d699791, the code the issue's
"today" column measured) runs from a folder holding `cfp/` with an empty `__init__.py`
and links named cli, lca and templates to that tree's folders.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench_batch import PINNED, make_boms
from bench_calc import BARE_READ
from bomgen import make_bom

HERE = Path(__file__).resolve().parent
WORK = HERE / "_work"
# the console script of each tree (`main`; trees before it had `run`)
RUN = ("import sys; import cfp.cli.main as m; sys.argv[0] = 'cfp'; "
       "getattr(m, 'main', m.run)()")


def timed(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """(wall, CPU) seconds of one fresh process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    # cwd: `python -c` puts the working directory first on sys.path, before PYTHONPATH;
    # run from a checkout, every `--src` would import that checkout's cfp
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   env=env, cwd=WORK)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)


def environment(src: Path, index: int) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(src),
           "PYTHONPYCACHEPREFIX": str(WORK / "pycache-rows" / str(index))}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--src", type=Path, action="append")
    parser.add_argument("--no-batch", action="store_true")
    parser.add_argument("--batch-only", action="store_true",
                        help="only the batch row (e.g. against the issue's own commit)")
    parser.add_argument("--no-small", action="store_true",
                        help="only the 100,000-row row (and the batch unless --no-batch)")
    args = parser.parse_args()
    sources = [s.resolve() for s in (args.src or [HERE.parent])]
    big, small = WORK / "bom-100000.xlsx", WORK / "small-50.xlsx"
    if not big.exists():
        make_bom(big, 100_000, assembly_every=50)
    if not small.exists():
        make_bom(small, 50, 0)
    folder = WORK / "batch-1000x50"
    make_boms(folder, 1000, 50)
    envs = [environment(src, i) for i, src in enumerate(sources)]
    rows: dict[str, list[float]] = {}

    def add(key: str, value: float) -> None:
        rows.setdefault(key, []).append(value)

    for round_ in range(args.rounds):
        if not args.batch_only:
            single_rows(big, small, envs, add, with_small=not args.no_small)
        if not args.no_batch:
            batch_row(folder, envs, add)
        load = os.getloadavg()[0]
        add("load average", load)
        print(f"round {round_ + 1}: " + ", ".join(f"{k} {v[-1]:.2f}" for k, v in rows.items()),
              flush=True)
    print()
    for i, src in enumerate(sources):
        print(f"[{i}] {src}")
    for key, values in rows.items():
        print(f"{key:40s} median {statistics.median(values):8.2f}   "
              f"runs {[round(v, 2) for v in values]}")
    return 0


def single_rows(big: Path, small: Path, envs: list[dict[str, str]], add,  # noqa: ANN001
                with_small: bool = True) -> None:
    """The 100,000-row and the small-BOM rows: each against its baseline just before."""
    py = sys.executable
    bare = timed([py, "-c", BARE_READ, str(big)])
    add("bare read s", bare[0])
    for i, env in enumerate(envs):
        out = WORK / f"rows-{i}.json"
        calc = timed([py, "-c", RUN, "calc", str(big), "--format", "json", "-o", str(out)],
                     env)
        add(f"[{i}] 100k calc / bare read", calc[0] / bare[0])
        add(f"[{i}] 100k calc CPU / bare read CPU", calc[1] / bare[1])
    for i, env in enumerate(envs if with_small else []):
        numpy = timed([py, "-c", "import numpy"])
        out = WORK / f"rows-small-{i}.json"
        one = timed([py, "-c", RUN, "calc", str(small), "--format", "json", "-o", str(out)],
                    env)
        add(f"[{i}] small calc / import numpy", one[0] / numpy[0])


def batch_row(folder: Path, envs: list[dict[str, str]], add) -> None:  # noqa: ANN001
    """`cfp calc DIR --out OUT --jobs 2` as in CI: the summary table on stdout (a pipe)."""
    py = sys.executable
    for i, env in enumerate(envs):
        out = WORK / f"rows-batch-{i}"
        shutil.rmtree(out, ignore_errors=True)
        wall, cpu = timed([py, "-c", RUN, "calc", str(folder), "--out", str(out),
                           "--jobs", "2", "--timestamp", PINNED], env)
        add(f"[{i}] batch BOMs/s", 1000 / wall)
        add(f"[{i}] batch ms of CPU per BOM", cpu)  # seconds for 1,000 = ms per BOM
        add(f"[{i}] batch cores busy", cpu / wall)


if __name__ == "__main__":
    raise SystemExit(main())
