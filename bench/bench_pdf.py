"""Benchmark: the study report and CFP sheet PDFs, as whole `cfp calc` processes.

Two cases, each against a baseline measured in the same run (the same command with
`--report json` instead of `--report pdf`: same start-up, calculation and output folder,
no PDF), so that the VM's speed cancels out of the difference:

- one 50-line BOM: `cfp calc BOM --report pdf --out OUT --lang ja`, in interleaved
  pairs with the baseline; medians of wall seconds, of the per-pair difference and of the
  per-pair ratio. Target (issue 11): <= 2 s for the whole process.
- a batch of 50 BOMs of 50 lines: `cfp calc DIR --report pdf --out OUT --jobs 2`.
  Target (issue 11): <= 60 s.

`--compare TREE` also times the same commands with another cfp source tree first on
PYTHONPATH (e.g. a `git archive` of an older commit: the WeasyPrint PDFs), in the same run.

    python bench/bench_pdf.py [--pairs 7] [--batch 50] [--jobs 2] [--no-batch] [--compare TREE]
    python bench/bench_pdf.py --stages      # in-process: where one BOM's PDF time goes
    python bench/bench_pdf.py --profile     # cProfile of both PDFs of one BOM

The BOMs are generated once into bench/_work/batch-<count>x50/ (git-ignored) by
`bomgen.make_bom`, the same BOMs as bench_batch.py. Timings are never asserted in tests.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench_batch import make_boms

HERE = Path(__file__).resolve().parent
WORK = HERE / "_work"
PINNED = "2026-04-01T09:00:00+09:00"
LINES = 50


def cfp_command(source: Path, out: Path, report: str, jobs: int | None = None) -> list[str]:
    cfp = str(Path(sys.executable).with_name("cfp"))
    command = [cfp, "calc", str(source), "--report", report, "--out", str(out),
               "--lang", "ja", "--timestamp", PINNED]
    return command + (["--jobs", str(jobs)] if jobs else [])


def timed(command: list[str], out: Path, tree: str | None = None) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the process and its children) of one command;
    `tree`: a cfp source tree put first on PYTHONPATH."""
    shutil.rmtree(out, ignore_errors=True)
    env = {**os.environ, "PYTHONPATH": tree} if tree else None
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   env=env)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)


def single(bom: Path, pairs: int, compare: str | None = None) -> None:
    out = WORK / "pdf-out"
    timed(cfp_command(bom, out, "pdf"), out)  # warm the page cache and .pyc files
    if compare:
        timed(cfp_command(bom, out, "pdf"), out, compare)
    rows, old = [], []
    for _ in range(pairs):
        base = timed(cfp_command(bom, out, "json"), out)
        pdf = timed(cfp_command(bom, out, "pdf"), out)
        rows.append((base, pdf))
        if compare:
            old.append(timed(cfp_command(bom, out, "pdf"), out, compare))
    med = statistics.median
    if compare:
        print(f"  --report pdf, {compare}: {med(o[0] for o in old):6.2f} s wall  "
              f"{med(o[1] for o in old):6.2f} s CPU;  ratio old / new "
              f"{med(o[0] / p[0] for o, (_, p) in zip(old, rows, strict=True)):.1f}x")
    base_wall, pdf_wall = med(b[0] for b, _ in rows), med(p[0] for _, p in rows)
    print(f"one BOM of {LINES} lines, {pairs} interleaved pairs (medians):")
    print(f"  baseline --report json : {base_wall:6.2f} s wall  "
          f"{med(b[1] for b, _ in rows):6.2f} s CPU")
    print(f"  --report pdf           : {pdf_wall:6.2f} s wall  "
          f"{med(p[1] for _, p in rows):6.2f} s CPU   (min {min(p[0] for _, p in rows):.2f})")
    print(f"  PDFs alone (pdf - baseline, per pair): "
          f"{med(p[0] - b[0] for b, p in rows):.2f} s wall; ratio pdf / baseline "
          f"{med(p[0] / b[0] for b, p in rows):.2f}x;  target: pdf run <= 2 s")


def batch(count: int, jobs: int, compare: str | None = None) -> None:
    folder = WORK / f"batch-{count}x{LINES}"
    make_boms(folder, count, LINES)
    out = WORK / "pdf-batch-out"
    base = timed(cfp_command(folder, out, "json", jobs), out)
    pdf = timed(cfp_command(folder, out, "pdf", jobs), out)
    if compare:
        old = timed(cfp_command(folder, out, "pdf", jobs), out, compare)
        print(f"  --report pdf, {compare}: {old[0]:6.2f} s wall  {old[1]:6.2f} s CPU;  "
              f"ratio old / new {old[0] / pdf[0]:.1f}x")
    print(f"batch of {count} BOMs, --jobs {jobs}:")
    print(f"  baseline --report json : {base[0]:6.2f} s wall  {base[1]:6.2f} s CPU")
    print(f"  --report pdf           : {pdf[0]:6.2f} s wall  {pdf[1]:6.2f} s CPU  "
          f"({pdf[1] / count:.2f} s CPU per BOM, {pdf[1] / pdf[0]:.2f} cores busy)")
    print(f"  PDFs alone: {pdf[0] - base[0]:.2f} s wall; ratio {pdf[0] / base[0]:.2f}x;  "
          f"target: pdf batch <= 60 s")


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def stages(bom: Path) -> None:
    """In-process CPU seconds of each step of one BOM's two PDFs (first and second
    time: the second shows what a batch worker pays per BOM once fonts are loaded)."""
    marks: list[tuple[str, float]] = []

    def step(name: str, start: float) -> float:
        marks.append((name, _cpu() - start))
        return _cpu()

    start = _cpu()
    from cfp.lca.api import calculate
    from cfp.lca.render.model import build_model
    from cfp.lca.render.reports import resolve_created
    start = step("import cfp", start)
    import typst  # noqa: F401

    from cfp.lca.render import pdf, pdf_content

    start = step("import typst", start)
    pdf._compiler()
    start = step("compiler (font files)", start)
    for run in ("1st", "2nd"):
        model = build_model(calculate(bom), "ja", resolve_created(PINNED))
        start = step(f"{run}: calculate + model", start)
        report, sheet = pdf_content.report_data(model), pdf_content.sheet_data(model)
        start = step(f"{run}: data of both", start)
        pdf.typeset("report.typ", report, model.created)
        start = step(f"{run}: report PDF", start)
        pdf.typeset("sheet.typ", sheet, model.created)
        start = step(f"{run}: sheet PDF", start)
    for name, seconds in marks:
        print(f"  {name:26s} {seconds:6.3f} s CPU")


def profile(bom: Path, top: int = 30) -> str:
    from cfp.lca.api import calculate
    from cfp.lca.render import pdf
    from cfp.lca.render.model import build_model
    from cfp.lca.render.reports import resolve_created

    model = build_model(calculate(bom), "ja", resolve_created(PINNED))
    pdf.sheet_pdf(model)  # fonts loaded, as in a batch worker
    profiler = cProfile.Profile()
    profiler.enable()
    pdf.report_pdf(model)
    pdf.sheet_pdf(model)
    profiler.disable()
    text = io.StringIO()
    stats = pstats.Stats(profiler, stream=text)
    stats.sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(top)
    return text.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=7)
    parser.add_argument("--batch", type=int, default=50, help="BOMs in the batch case")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--no-batch", action="store_true", help="only the one-BOM case")
    parser.add_argument("--stages", action="store_true", help="in-process step times")
    parser.add_argument("--profile", action="store_true", help="cProfile of both PDFs")
    parser.add_argument("--compare", metavar="TREE",
                        help="also time a cfp source tree (PYTHONPATH=TREE), same run")
    args = parser.parse_args()
    files = make_boms(WORK / f"batch-{args.batch}x{LINES}", args.batch, LINES)
    if args.profile:
        print(profile(files[0]))
        return 0
    if args.stages:
        stages(files[0])
        return 0
    single(files[0], args.pairs, args.compare)
    if not args.no_batch:
        batch(args.batch, args.jobs, args.compare)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
