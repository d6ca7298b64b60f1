"""Benchmark: CPU instructions per 50-line BOM, counted by valgrind (deterministic).

On a shared VM the time of one small BOM moves by ±30 % from minute to minute, more than
most single changes save, and two processes on the two cores slow each other down. The
number of instructions a process executes does not move: this script runs the batch
benchmark's BOMs in one process (`calculate` + the result JSON, as a batch worker does)
under `valgrind --tool=callgrind` twice, with `--skip` and `--skip + --count` BOMs, and
prints the difference divided by `--count`: the instructions of one BOM, without the
start-up. Instructions are not time (cache misses, the allocator), so a change is kept
when both agree: fewer instructions here, and not slower in `bench_rows.py`.

    python bench/bench_instructions.py [--src DIR ...] [--count 10] [--skip 3]

`--src` as in `bench_rows.py` (a snapshot of another revision; the first version, e.g.
d699791, from a folder with `cfp/` linking its cli, lca and templates). Needs valgrind
(Debian package `valgrind`; not needed by cfp itself). Each tree takes ~1 minute.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from bench_batch import make_boms

HERE = Path(__file__).resolve().parent
WORK = HERE / "_work"
LOOP = """
import gc, sys
from pathlib import Path
from cfp.lca.api import calculate
try:
    from cfp.lca.render.formats import to_json_bytes
except ImportError:  # the first version: lca/formats.py, text JSON
    from cfp.lca import formats
    def to_json_bytes(result, lang):
        return formats.to_json(result, lang).encode()
gc.disable()  # as a single calc; the collector's work depends on the process's history
for path in sorted(Path(sys.argv[1]).glob("*.xlsx"))[:int(sys.argv[2])]:
    to_json_bytes(calculate(path), "en")
"""


def environment(src: Path) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(src), "PYTHONHASHSEED": "0"}  # set orders fixed
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def warm_up(src: Path, folder: Path) -> None:
    """One BOM without valgrind: the tree's bytecode is written, so that neither counted
    run compiles (the first would, and the difference would be meaningless)."""
    subprocess.run([sys.executable, "-c", LOOP, str(folder), "1"], env=environment(src),
                   cwd=WORK, check=True, capture_output=True)


def instructions(src: Path, folder: Path, boms: int) -> int:
    """Instructions of a process computing the first `boms` BOMs of `folder`."""
    env = environment(src)
    run = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
                          sys.executable, "-c", LOOP, str(folder), str(boms)],
                         capture_output=True, text=True, env=env, cwd=WORK, check=True)
    found = re.search(r"Collected : (\d+)", run.stderr)
    if found is None:
        raise SystemExit(f"no instruction count from valgrind:\n{run.stderr[-2000:]}")
    return int(found[1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", type=Path, action="append")
    parser.add_argument("--count", type=int, default=10)
    parser.add_argument("--skip", type=int, default=3)
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (apt-get install valgrind)", file=sys.stderr)
        return 2
    folder = WORK / "batch-1000x50"
    make_boms(folder, 1000, 50)
    sources = [s.resolve() for s in (args.src or [HERE.parent])]
    first = None
    for src in sources:
        warm_up(src, folder)
        base = instructions(src, folder, args.skip)
        total = instructions(src, folder, args.skip + args.count)
        per_bom = (total - base) / args.count
        first = first or per_bom
        print(f"{per_bom / 1e6:8.2f} M instructions per BOM  ({per_bom / first:.3f}x the "
              f"first)  {src}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
