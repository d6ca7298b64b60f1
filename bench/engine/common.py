"""Shared helpers of the engine benchmarks (issue 11): inputs, interleaved timing.

The machine is a shared 2-core VM whose speed drifts by +-15 % within a minute, so every
script measures its alternatives interleaved in rounds (A B C A B C ...) and reports
each alternative as the median over rounds of (alternative / baseline of that round).
Absolute times are printed only as context.
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCH = HERE.parent
WORK = BENCH / "_work"
ENGINE_WORK = WORK / "engine"
PY = sys.executable
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(HERE))

from head import head_env, use_head_in_process  # noqa: E402

#: "today" is the committed cfp (git HEAD snapshot, see head.py) unless
#: ENGINE_TODAY=worktree asks for the working tree's editable install
TODAY_IS_HEAD = os.environ.get("ENGINE_TODAY", "head") != "worktree"
if TODAY_IS_HEAD:
    use_head_in_process()


def big_bom(rows: int = 100_000) -> Path:
    """The 100,000-row BOM of bench_calc.py (generated once)."""
    from bomgen import make_bom

    path = WORK / f"bom-{rows}.xlsx"
    if not path.exists():
        print(f"generating {path} ...", flush=True)
        make_bom(path, rows, assembly_every=50)
    return path


def small_boms(count: int = 1000, lines: int = 50) -> list[Path]:
    """`count` BOMs of `lines` lines, the same as bench_batch.py makes (shared folder)."""
    from bomgen import make_bom

    folder = WORK / f"batch-{count}x{lines}"
    done = folder / ".complete"
    if not done.exists():
        folder.mkdir(parents=True, exist_ok=True)
        print(f"generating {count} BOMs of {lines} lines in {folder} ...", flush=True)
        for seed in range(count):
            make_bom(folder / f"bom-{seed:04d}.xlsx", lines, seed)
        done.touch()
    return sorted(folder.glob("*.xlsx"))


def run_process(cmd: list[str], env: dict[str, str] | None = None) -> float:
    """Wall time of a fresh process, run from bench/_work/engine (no `cfp/` there) with
    the HEAD snapshot first on its path (head.py)."""
    if env is None and TODAY_IS_HEAD:
        env = head_env()
    ENGINE_WORK.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   env=env, cwd=ENGINE_WORK)
    return time.perf_counter() - start


def interleave(cases: dict[str, Callable[[], float]], rounds: int, baseline: str,
               shuffle: bool = True, warmup: bool = True) -> dict[str, list[float]]:
    """Run each case once per round (order shuffled per round, so no case always
    follows another); each callable returns its own elapsed seconds."""
    if warmup:
        for fn in cases.values():
            fn()
    times: dict[str, list[float]] = {name: [] for name in cases}
    order = list(cases)
    for _ in range(rounds):
        if shuffle:
            random.shuffle(order)
        for name in order:
            times[name].append(cases[name]())
    assert baseline in times
    return times


def ratios(times: dict[str, list[float]], baseline: str) -> dict[str, float]:
    base = times[baseline]
    return {name: statistics.median(t / b for t, b in zip(ts, base, strict=True))
            for name, ts in times.items()}


def report(times: dict[str, list[float]], baseline: str, title: str,
           extra: dict[str, str] | None = None) -> str:
    """A markdown table: case, ratio to baseline (median of rounds), median seconds."""
    r = ratios(times, baseline)
    lines = [f"### {title}", "", f"baseline: `{baseline}`; {len(times[baseline])} rounds, "
             "ratio = median over rounds of case / baseline of the same round", "",
             "| case | ratio | median s | " + ("note |" if extra else ""),
             "|---|---|---|" + ("---|" if extra else "")]
    for name, ts in times.items():
        note = f" {extra.get(name, '')} |" if extra else ""
        lines.append(f"| {name} | {r[name]:.2f}x | {statistics.median(ts):.3f} |{note}")
    return "\n".join(lines)


def env_without_openblas() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("OPENBLAS_CORETYPE", None)
    env.pop("OPENBLAS_L2_SIZE", None)
    return env


def save(name: str, text: str) -> None:
    """Print a result and keep it in bench/_work/engine/ (git-ignored)."""
    ENGINE_WORK.mkdir(parents=True, exist_ok=True)
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    text += f"\n\n(load average at the end: {load}; {time.strftime('%Y-%m-%d %H:%M')})"
    (ENGINE_WORK / name).write_text(text + "\n", encoding="utf-8")
    print(text, flush=True)
