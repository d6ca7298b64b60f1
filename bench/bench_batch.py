"""Benchmark: `cfp calc DIR --out OUT --jobs N` on 1,000 generated BOMs of 50 lines.

Reports BOMs per second of the whole command (a fresh process: start-up, the worker
pool, writing 1,000 result JSONs and the summary all count) and the ratio to one
process computing the same BOMs serially in-process (`calculate` + JSON, no start-up,
no files written), both measured in the same run so that machine speed cancels out.
Target (issue 5): at least 100 BOMs/s with --jobs 2.

    python bench/bench_batch.py [--count 1000] [--lines 50] [--jobs 2] [--serial 200]
    python bench/bench_batch.py --profile     # cProfile of one BOM, top costs

`--serial N` times the serial loop on the first N BOMs only (the rate is what is
compared). The BOMs are generated once into bench/_work/batch-<count>x<lines>/
(git-ignored): a 2-level structure with sub-assemblies, 10 grades, bought parts,
two machining processes with cycle and set-up times, suppliers and master sheets;
each BOM differs from the others in grades, weights and times.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import shutil
import subprocess
import sys
import time
from pathlib import Path

from bomgen import make_bom

HERE = Path(__file__).resolve().parent
WORK = HERE / "_work"
PINNED = "2026-04-01T00:00:00Z"


def make_boms(folder: Path, count: int, lines: int) -> list[Path]:
    done = folder / ".complete"
    if not done.exists():
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        print(f"generating {count} BOMs of {lines} lines in {folder} ...", flush=True)
        for seed in range(count):
            make_bom(folder / f"bom-{seed:04d}.xlsx", lines, seed)
        done.touch()
    return sorted(folder.glob("*.xlsx"))


def serial(files: list[Path]) -> float:
    """Seconds to compute `files` one after the other in this process."""
    from cfp.lca.api import calculate
    from cfp.lca.render import formats

    to_bytes = getattr(formats, "to_json_bytes", None) or (
        lambda r, lang: formats.to_json(r, lang).encode())
    to_bytes(calculate(files[0]), "en")  # warm caches and lazy imports, as workers are
    start = time.perf_counter()
    for path in files:
        to_bytes(calculate(path), "en")
    return time.perf_counter() - start


def parallel(folder: Path, out: Path, jobs: int) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of the whole `cfp calc DIR --out OUT --jobs N`; CPU /
    wall says how many cores were kept busy (less than --jobs: the machine is shared)."""
    import resource

    shutil.rmtree(out, ignore_errors=True)
    cfp = str(Path(sys.executable).with_name("cfp"))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([cfp, "calc", str(folder), "--out", str(out), "--jobs", str(jobs),
                    "--timestamp", PINNED, "--format", "json", "-o", str(out / "stdout.json")],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)


def _spin(_: object = None) -> float:
    start = time.perf_counter()
    total = 0
    for i in range(5_000_000):
        total += i
    return time.perf_counter() - start


def machine_parallelism(jobs: int) -> float:
    """How many times one process's pure-Python work `jobs` processes get done at once
    on this machine now (2.0 on 2 idle cores; less on a shared or throttled VM). The
    batch/serial ratio cannot exceed it."""
    import multiprocessing

    one = min(_spin() for _ in range(2))
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        start = time.perf_counter()
        pool.map(_spin, range(jobs * 2), chunksize=1)
        wall = time.perf_counter() - start
    return jobs * 2 * one / wall


def profile(path: Path, repeat: int = 20, top: int = 25) -> str:
    """cProfile of `calculate` + JSON on one BOM (after a warm-up run), top costs."""
    from cfp.lca.api import calculate
    from cfp.lca.render import formats

    to_bytes = getattr(formats, "to_json_bytes", None) or formats.to_json
    to_bytes(calculate(path), "en")
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(repeat):
        to_bytes(calculate(path), "en")
    profiler.disable()
    text = io.StringIO()
    stats = pstats.Stats(profiler, stream=text)
    stats.sort_stats("cumulative").print_stats(r"cfp|lca|formats", top)
    stats.sort_stats("tottime").print_stats(top)
    return text.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--lines", type=int, default=50)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--serial", type=int, default=0,
                        help="time the serial loop on the first N BOMs only (0: all)")
    parser.add_argument("--profile", action="store_true",
                        help="profile one BOM instead of the batch benchmark")
    args = parser.parse_args()
    folder = WORK / f"batch-{args.count}x{args.lines}"
    files = make_boms(folder, args.count, args.lines)
    if args.profile:
        print(profile(files[0]))
        return 0
    machine = machine_parallelism(args.jobs)
    wall, cpu = parallel(folder, WORK / "batch-out", args.jobs)
    sample = files[:args.serial] if args.serial else files
    one = serial(sample)
    serial_rate, rate = len(sample) / one, len(files) / wall
    print(f"BOMs: {len(files):,} x {args.lines} lines")
    print(f"serial, one process, in-process: {one / len(sample) * 1000:.1f} ms/BOM  "
          f"= {serial_rate:.1f} BOMs/s  ({len(sample)} BOMs)")
    print(f"cfp calc DIR --jobs {args.jobs} (whole command): {wall:.2f} s  = {rate:.1f} BOMs/s"
          f"  (CPU {cpu / len(files) * 1000:.1f} ms/BOM, {cpu / wall:.2f} cores busy)")
    print(f"ratio batch / serial: {rate / serial_rate:.2f}x  (this machine now runs "
          f"{machine:.2f}x one process's work with {args.jobs} processes; "
          f"target: >= 100 BOMs/s with --jobs 2)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
