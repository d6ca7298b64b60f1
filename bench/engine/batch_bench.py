"""Batch throughput: `cfp calc DIR --jobs 2` (today) vs the prototypes' batch
(`batch_proto.py`, numpy and polars engines), 1,000 BOMs of 50 lines, whole commands
interleaved in shuffled rounds; BOMs/s and the ratio to today's command in the same
round. The machine's parallelism now (bench_batch.machine_parallelism) is printed with
it: on a shared VM two processes may get less than two cores.

    /work/engine-venv/bin/python bench/engine/batch_bench.py [--rounds 3] [--count 1000]
"""

import argparse
import pickle
import shutil
import statistics
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from common import BENCH, ENGINE_WORK, PY, WORK, interleave, ratios, run_process, save, small_boms  # noqa: E402

sys.path.insert(0, str(BENCH))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    files = small_boms()
    folder = files[0].parent
    if args.count != len(files):
        folder = ENGINE_WORK / f"batch-{args.count}"
        if not folder.exists():
            folder.mkdir(parents=True)
            for f in files[:args.count]:
                shutil.copy(f, folder / f.name)
    import proto

    ENGINE_WORK.mkdir(parents=True, exist_ok=True)
    (ENGINE_WORK / "masters.pkl").write_bytes(pickle.dumps(proto.cfp_masters()))
    cfp = str(Path(PY).with_name("cfp"))
    out = WORK / "engine" / "batch-out"

    def today() -> float:
        shutil.rmtree(out, ignore_errors=True)
        return run_process([cfp, "calc", str(folder), "--out", str(out), "--jobs",
                            str(args.jobs), "--timestamp", "2026-04-01T00:00:00Z",
                            "--format", "json", "-o", str(out / "stdout.json")])

    def today_linear() -> float:
        shutil.rmtree(out, ignore_errors=True)
        return run_process([PY, str(HERE / "linear_checks.py"), "calc", str(folder), "--out",
                            str(out), "--jobs", str(args.jobs), "--timestamp",
                            "2026-04-01T00:00:00Z", "--format", "json", "-o",
                            str(out / "stdout.json")])

    def prototype(engine: str) -> float:
        shutil.rmtree(out, ignore_errors=True)
        return run_process([PY, str(HERE / "batch_proto.py"), str(folder), str(out),
                            "--jobs", str(args.jobs), "--engine", engine])

    from bench_batch import machine_parallelism

    before = machine_parallelism(args.jobs)
    base = f"today: cfp calc DIR --jobs {args.jobs}"
    cases = {base: today,
             "today with a linear check_outputs (linear_checks.py)": today_linear,
             f"numpy prototype batch, --jobs {args.jobs}": lambda: prototype("numpy"),
             f"numpy + codes prototype batch, --jobs {args.jobs}": lambda: prototype("codes"),
             f"polars prototype batch, --jobs {args.jobs}": lambda: prototype("polars")}
    times = interleave(cases, args.rounds, base, warmup=False)
    after = machine_parallelism(args.jobs)
    r = ratios(times, base)
    lines = [f"### Batch: {args.count} BOMs of 50 lines, whole command, {args.rounds} rounds",
             "", "| command | BOMs/s (median) | time ratio to today | speed-up |",
             "|---|---|---|---|"]
    for name, ts in times.items():
        lines.append(f"| {name} | {args.count / statistics.median(ts):.0f} | {r[name]:.2f}x | "
                     f"{1 / r[name]:.2f}x |")
    lines.append(f"\nmachine parallelism with {args.jobs} processes (2.0 = two idle cores): "
                 f"{before:.2f} before, {after:.2f} after")
    save("batch_bench.md", "\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
