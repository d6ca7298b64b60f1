"""Benchmark: whole-process `cfp calc BOM --report xlsx` on the generated 100,000-row BOM.

Reports the CPU time (user + sys) and the peak RSS of the process, each run a fresh
process waited for with `os.wait4` (its own rusage), against a baseline measured in the
same run: `cfp calc BOM --format json -o f` of the same BOM (the calculation and the
JSON writer). Runs are interleaved (baseline, report, baseline, report...) because the
shared VM's speed drifts; other processes on its two cores inflate CPU time too, so the
best round is printed beside the median. Target (issue 11): the report command <= 8 s
CPU and <= 600 MB peak RSS (verdict on the medians).

    python bench/bench_xlsx.py [--rows 100000] [--rounds 3] [--lang ja] [--before DIR]

`--before DIR` also times the report command with `PYTHONPATH=DIR` (a checkout of
other code, e.g. `git archive <commit> | tar -x -C DIR`) in the same rounds, so that a
change is measured side by side with what it replaces.

The workbook is generated once into bench/_work/ (git-ignored) by `bomgen.make_bom`.
The runs use bytecode, as an installed cfp does (`PYTHONPYCACHEPREFIX` per source tree
under bench/_work/pycache-xlsx/, written by one untimed run on the 20,000-row BOM first).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from bomgen import make_bom

HERE = Path(__file__).resolve().parent
WORK = HERE / "_work"
TARGET_CPU_S, TARGET_RSS_MB = 8.0, 600.0


def environment(pythonpath: str | None) -> dict[str, str]:
    """The runs' environment: bytecode cached per source tree under bench/_work/ (an
    installed cfp has bytecode; this sandbox sets PYTHONDONTWRITEBYTECODE=1, which makes
    every run compile cfp's ~100 modules: ~0.4 s of CPU)."""
    env = dict(os.environ)
    if pythonpath:
        env["PYTHONPATH"] = pythonpath
    tree = Path(pythonpath or HERE.parent).resolve()
    env["PYTHONPYCACHEPREFIX"] = str(WORK / "pycache-xlsx" / str(tree).strip("/").replace("/", "_"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


#: the console script of each tree (`main`; trees before it had `run`), from bench/_work:
#: `python -c` puts the working directory first on sys.path, before PYTHONPATH
CFP = [sys.executable, "-c", "import sys; import cfp.cli.main as m; sys.argv[0] = 'cfp'; "
       "getattr(m, 'main', m.run)()"]


def warm(cfp: list[str], pythonpath: str | None, out: Path) -> None:
    """One untimed run on the 20,000-row BOM (the typed read and the workbook writer
    included), which writes the bytecode of every module the timed runs import."""
    small = WORK / "bom-20000.xlsx"
    if not small.exists():
        make_bom(small, 20_000, assembly_every=50)
    subprocess.run([*cfp, "calc", str(small), "--report", "xlsx", "--out", str(out),
                    "--format", "json", "-o", str(out / "warm.json")], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   env=environment(pythonpath), cwd=WORK)


def measured(cmd: list[str], pythonpath: str | None = None) -> tuple[float, float, float]:
    """(CPU s, peak RSS MB, wall s) of one fresh process running `cmd`."""
    env = environment(pythonpath)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env,
                            cwd=WORK)
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    stderr = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if status != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({status}):\n{stderr}")
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, wall


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--lang", default="ja")
    parser.add_argument("--before", help="a checkout whose report command is timed too")
    args = parser.parse_args()
    bom = WORK / f"bom-{args.rows}.xlsx"
    if not bom.exists():
        print(f"generating {bom} ...", flush=True)
        make_bom(bom, args.rows, assembly_every=50)
    cfp = CFP
    runs: dict[str, list[tuple[float, float, float]]] = {"json": [], "xlsx": []}
    if args.before:
        runs["before"] = []
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        for tree in (None, args.before) if args.before else (None,):
            warm(cfp, tree, out)
        for _ in range(args.rounds):
            runs["json"].append(measured([*cfp, "calc", str(bom), "--format", "json",
                                          "-o", str(out / "result.json"), "--lang", args.lang]))
            report = [*cfp, "calc", str(bom), "--report", "xlsx", "--out", str(out),
                      "--lang", args.lang]
            runs["xlsx"].append(measured(report))
            if args.before:
                (out / "before").mkdir(exist_ok=True)
                runs["before"].append(measured([*report[:-3], str(out / "before"),
                                                *report[-2:]], args.before))
        workbook = out / f"{bom.stem}-inventory.xlsx"
        size = workbook.stat().st_size / 1e6
        with zipfile.ZipFile(workbook) as archive:
            xml = sum(i.file_size for i in archive.infolist()) / 1e6
    _print(runs, args.rows, size, xml)
    cpu = statistics.median(r[0] for r in runs["xlsx"])
    rss = statistics.median(r[1] for r in runs["xlsx"])
    return 0 if cpu <= TARGET_CPU_S and rss <= TARGET_RSS_MB else 1


def _print(runs: dict[str, list[tuple[float, float, float]]], rows: int, size: float,
           xml: float) -> None:
    print(f"rows: {rows:,}  workbook: {size:.1f} MB ({xml:.0f} MB of XML)")
    for label, name in (("cfp calc --format json -o f (baseline)", "json"),
                        ("cfp calc --report xlsx --out d", "xlsx"),
                        ("the same, --before code", "before")):
        if name not in runs:
            continue
        cpu = [round(r[0], 2) for r in runs[name]]
        rss = [round(r[1]) for r in runs[name]]
        wall = [round(r[2], 2) for r in runs[name]]
        print(f"{label:40s} CPU s median {statistics.median(cpu):.2f} (best {min(cpu):.2f}) "
              f"{cpu}  peak RSS MB median {statistics.median(rss):.0f} {rss}  wall s {wall}")
    extra = [round(x[0] - j[0], 2) for j, x in zip(runs["json"], runs["xlsx"], strict=True)]
    print(f"report minus baseline, per round: median {statistics.median(extra):+.2f} s CPU "
          f"{extra} (the baseline also writes the JSON, ~0.8 s)")
    for other, label in (("json", "the baseline"), ("before", "the --before code")):
        if other in runs:
            cpu = [x[0] / o[0] for o, x in zip(runs[other], runs["xlsx"], strict=True)]
            rss = [x[1] / o[1] for o, x in zip(runs[other], runs["xlsx"], strict=True)]
            print(f"report / {label}, per round: CPU median {statistics.median(cpu):.2f}x "
                  f"{[round(r, 2) for r in cpu]}, peak RSS median {statistics.median(rss):.2f}x")
    cpu = statistics.median(r[0] for r in runs["xlsx"])
    rss = statistics.median(r[1] for r in runs["xlsx"])
    verdict = "met" if cpu <= TARGET_CPU_S and rss <= TARGET_RSS_MB else "NOT met"
    print(f"target <= {TARGET_CPU_S:g} s CPU and <= {TARGET_RSS_MB:g} MB: {verdict} "
          f"({cpu:.2f} s, {rss:.0f} MB)")


if __name__ == "__main__":
    raise SystemExit(main())
