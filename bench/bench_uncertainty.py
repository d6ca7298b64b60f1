"""Benchmark (issue 14): Monte Carlo of a 1,000-line BOM, cfp against Brightway 2.5.

Same model on both sides: lognormal factors (gsd 1.2; one draw per factor per
iteration, shared by its lines), normal amounts (5 %; one draw per line). Timed in the
same run, on the same machine:

- `cfp calc BOM --uncertainty 10000 --format json -o FILE` as a fresh process (start-up,
  reading the workbook, the calculation, the Monte Carlo, the JSON);
- Brightway: bw2calc 3.1 `LCA(use_distributions=True)` built from cfp's inventory
  (bench/bw_model.py), then `next(lca)` 10,000 times (in-process: its start-up and the
  matrix building are not counted, to Brightway's advantage);
- a plain vectorised numpy version sampling every line (no aggregation), in-process.

Target: cfp <= 1 s and >= 60x Brightway; cfp's mean within 1 % of Brightway's.

    nice python bench/bench_uncertainty.py [--lines 1000] [--iterations 10000]
        [--bw-iterations N] [--repeat 3]

`--bw-iterations` lower than --iterations times fewer Brightway iterations and scales
the time linearly (each iteration is one sample and one solve; say so when reporting).
Needs the `bench` extra (pip install -e .[bench]); without Brightway the numpy reference
is the baseline, labelled as such.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
from bomgen import GRADES, make_bom

HERE = Path(__file__).resolve().parent
WORK = HERE / "_work"
DEFAULTS = """# every factor lognormal gsd 1.2, every amount normal 5 % (the issue's model)
[amount_cv]
count = 0.05
mass = 0.05
transport = 0.05
measured_energy = 0.05
estimated_energy = 0.05
scrap = 0.05
[factor_gsd]
primary = 1.2
electricity = 1.2
supplier_pcf = 1.2
supplier_pcf_best = 1.2
supplier_pcf_worst = 1.2
secondary = 1.2
proxy = 1.2
"""


def numpy_reference(model, iterations: int, seed: int) -> np.ndarray:  # noqa: ANN001
    """Every line sampled (no per-factor aggregation): what a direct vectorisation of
    the inventory does."""
    rng = np.random.default_rng(seed)
    out = np.empty(iterations)
    chunk = 500
    for begin in range(0, iterations, chunk):
        c = min(chunk, iterations - begin)
        f = model.loc[:, None] * np.exp(model.scale[:, None] * rng.standard_normal(
            (len(model.loc), c)))
        a = model.amount[:, None] + model.amount_sd[:, None] * rng.standard_normal(
            (len(model.amount), c))
        out[begin:begin + c] = (f[model.factor_of] * a).sum(axis=0)
    return out


EXTRA_GRADES = {81: 69}


def bench_inputs(lines: int, factors: int) -> tuple[Path, Path | None]:
    """The BOM and, for more than the 11 factors of bomgen's 10 grades, a factor file of
    grade-specific rows (as a licensed database export gives: one factor per grade) whose
    grades the BOM uses beside the common ones, so that it uses `factors` factors."""
    if factors <= 11:
        bom = WORK / f"bom-unc-{lines}.xlsx"
        if not bom.exists():
            make_bom(bom, lines)
        return bom, None
    # grades cycle over the lines, so which common grades (and waste factors) appear
    # depends on the count: 69 extra grades give the 81 factors (checked by the
    # "factors" count printed below)
    extra = EXTRA_GRADES.get(factors, factors - 12)
    grades = [f"BENCH-{i:03d}" for i in range(extra)]
    bom = WORK / f"bom-unc-{lines}-f{factors}.xlsx"
    if not bom.exists():
        make_bom(bom, lines, grades=GRADES + grades)
    factor_file = WORK / f"factors-unc-{factors}.csv"
    rows = ["key,unit,factor,source,type"] + [
        f"{g},kg,{1.5 + 0.25 * i:.2f},bench (generated),secondary" for i, g in enumerate(grades)]
    factor_file.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return bom, factor_file


def timed(command: list[str]) -> tuple[float, float]:
    """(wall, CPU) seconds of one fresh process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def interleaved(args: argparse.Namespace, bom: Path, factor_file: Path | None,
                defaults: Path, command: list[str]) -> int:
    """Per round: one whole cfp process, then iterations / rounds of Brightway's Monte
    Carlo on the same model (one LCA object, its iterations continuing from round to
    round); the ratio per round is Brightway's time scaled to all iterations over cfp's."""
    sys.path.insert(0, str(HERE.parent.parent))
    import bw_model

    import cfp as api

    result = api.calculate(bom, factors=[factor_file] if factor_file else (),
                           uncertainty=args.iterations, uncertainty_defaults=defaults)
    model = result.uncertainty.model
    lca = bw_model.lca(model, use_distributions=True, seed=14)
    per_round = args.iterations // args.interleave
    rows, scores = [], []
    timed(command)  # untimed warm-up: bytecode and the page cache
    for _ in range(args.interleave):
        cfp_wall, cfp_cpu = timed(command)
        start, cpu = time.perf_counter(), time.process_time()
        for _ in range(per_round):
            next(lca)
            scores.append(lca.score)
        scale = args.iterations / per_round
        bw_wall = (time.perf_counter() - start) * scale
        bw_cpu = (time.process_time() - cpu) * scale
        rows.append((cfp_wall, cfp_cpu, bw_wall, bw_cpu))
    print(f"BOM: {args.lines} lines, {len(model.amount):,} flows, {len(model.keys)} factors; "
          f"{args.interleave} rounds of one cfp run and {per_round:,} Brightway iterations")
    for i, (cw, cc, bw, bc) in enumerate(rows, 1):
        print(f"  round {i}: cfp {cw:.3f} s wall {cc:.3f} s CPU; Brightway (x{scale:g}) "
              f"{bw:.1f} s wall {bc:.1f} s CPU; ratio wall {bw / cw:.0f}x CPU {bc / cc:.0f}x")
    med = statistics.median
    print(f"medians: cfp {med(r[0] for r in rows):.3f} s wall {med(r[1] for r in rows):.3f} s "
          f"CPU; Brightway {med(r[2] for r in rows):.1f} s wall {med(r[3] for r in rows):.1f} s "
          f"CPU; ratio (median of rounds) wall {med(r[2] / r[0] for r in rows):.0f}x, CPU "
          f"{med(r[3] / r[1] for r in rows):.0f}x (target >= 60x; cfp <= 1 s)")
    doc = json.loads((WORK / "uncertainty.json").read_text(encoding="utf-8"))
    mean = doc["uncertainty"]["total"]["mean"]
    print(f"means: cfp {mean:.6f} vs Brightway {np.mean(scores):.6f} "
          f"({len(scores):,} iterations): {abs(mean / np.mean(scores) - 1):.3%} apart")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=1000)
    parser.add_argument("--iterations", type=int, default=10_000)
    parser.add_argument("--bw-iterations", type=int, default=None)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--interleave", type=int, default=0, metavar="ROUNDS",
                        help="ROUNDS rounds of one cfp process and 1/ROUNDS of Brightway's "
                             "iterations, one after the other (the VM's speed drifts by "
                             "+-20 %% over minutes: both see the same minutes)")
    parser.add_argument("--factors", type=int, default=81,
                        help="distinct factors the BOM uses (the issue's BOM: 81); 11 = the "
                             "10 common grades of bomgen and no factor file")
    args = parser.parse_args()
    WORK.mkdir(exist_ok=True)
    bom, factor_file = bench_inputs(args.lines, args.factors)
    defaults = WORK / "uncertainty-bench.toml"
    defaults.write_text(DEFAULTS, encoding="utf-8")
    out = WORK / "uncertainty.json"
    cfp = str(Path(sys.executable).with_name("cfp"))
    given = ["--factors", str(factor_file)] if factor_file else []
    command = [cfp, "calc", str(bom), *given, "--uncertainty", str(args.iterations),
               "--uncertainty-defaults", str(defaults), "--format", "json", "-o", str(out)]
    if args.interleave:
        return interleaved(args, bom, factor_file, defaults, command)
    runs, cpus = zip(*(timed(command) for _ in range(args.repeat)), strict=True)
    cfp_s, cfp_cpu = statistics.median(runs), statistics.median(cpus)
    plain = [cfp, "calc", str(bom), *given, "--format", "json", "-o",
             str(WORK / "static.json")]
    static_cpu = timed(plain)[1]
    doc = json.loads(out.read_text(encoding="utf-8"))
    cfp_mean = doc["uncertainty"]["total"]["mean"]
    sys.path.insert(0, str(HERE.parent.parent))
    import cfp as api

    result = api.calculate(bom, factors=[factor_file] if factor_file else (),
                           uncertainty=args.iterations, uncertainty_defaults=defaults)
    model = result.uncertainty.model
    print(f"BOM: {args.lines} lines, {len(model.amount):,} flows, {len(model.keys)} factors; "
          f"static total {result.total:.6f} kg-CO2e")
    print(f"cfp calc --uncertainty {args.iterations} (whole process): wall median "
          f"{cfp_s:.3f} s runs {[round(r, 3) for r in runs]}; CPU (user + sys) median "
          f"{cfp_cpu:.3f} s runs {[round(c, 3) for c in cpus]}  mean {cfp_mean:.6f}")
    print(f"cfp calc without --uncertainty (whole process): CPU {static_cpu:.3f} s")
    means, variances = model.stage_moments()
    print(f"analytic mean of the model {means[-1]:.6f} (sd {variances[-1] ** 0.5:.3f}; "
          f"standard error of a {args.iterations:,}-iteration mean "
          f"{(variances[-1] / args.iterations) ** 0.5:.3f})")
    start, cpu = time.perf_counter(), time.process_time()
    reference = numpy_reference(model, args.iterations, 14)
    numpy_s, numpy_cpu = time.perf_counter() - start, time.process_time() - cpu
    print(f"plain numpy, every line sampled (in-process): wall {numpy_s:.3f} s CPU "
          f"{numpy_cpu:.3f} s  mean {reference.mean():.6f}  "
          f"({numpy_cpu / cfp_cpu:.1f}x cfp's whole process, CPU)")
    try:
        import bw_model
    except ImportError:  # pragma: no cover
        bw_model = None
    try:
        import bw2calc  # noqa: F401
    except ImportError:
        print("Brightway (bw2calc) not installed: the numpy reference is the baseline")
        return 0
    n_bw = args.bw_iterations or args.iterations
    start, cpu = time.perf_counter(), time.process_time()
    scores = bw_model.monte_carlo(model, n_bw, seed=14)
    bw_s = (time.perf_counter() - start) * args.iterations / n_bw
    bw_cpu = (time.process_time() - cpu) * args.iterations / n_bw
    static = bw_model.lca(model).score
    scaled = "" if n_bw == args.iterations else f" (timed {n_bw:,}, scaled)"
    print(f"Brightway bw2calc LCA(use_distributions=True), {args.iterations:,} iterations"
          f"{scaled}: wall {bw_s:.1f} s CPU {bw_cpu:.1f} s  mean {scores.mean():.6f}  "
          f"static {static:.6f}")
    print(f"ratio Brightway / cfp: wall {bw_s / cfp_s:.0f}x, CPU {bw_cpu / cfp_cpu:.0f}x "
          f"(target >= 60x); cfp <= 1 s: wall {cfp_s <= 1.0}, CPU {cfp_cpu <= 1.0}")
    print(f"means: cfp {cfp_mean:.6f} vs Brightway {scores.mean():.6f}: "
          f"{abs(cfp_mean / scores.mean() - 1):.3%} apart (target < 1 %); static totals "
          f"differ by {abs(static - result.total):.2e}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
