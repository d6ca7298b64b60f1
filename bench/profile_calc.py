"""Where the time of one large `cfp calc --format json` goes, stage by stage.

Runs the calculation in-process the way the CLI does (cyclic GC off, BOM sheet
prefetched in a thread before the heavy imports) and prints the wall time of each
stage; `--profile` adds a cProfile listing of the functions with most own time.

    python bench/profile_calc.py [--rows 100000] [--profile [--sort cumulative] [--top 40]
                                 [--callers fromiter]]

Profiles are for finding the next thing to do; `bench_calc.py` is the benchmark.
"""

from __future__ import annotations

import argparse
import gc
import time
from pathlib import Path

START = time.perf_counter()


def main() -> int:
    gc.disable()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--sort", default="tottime", help="cProfile order (cumulative...)")
    parser.add_argument("--top", type=int, default=30, help="functions listed")
    parser.add_argument("--callers", action="append", default=[],
                        help="also list the callers of functions matching this (repeatable)")
    args = parser.parse_args()
    path = Path(__file__).resolve().parent / "_work" / f"bom-{args.rows}.xlsx"
    if not path.exists():
        from bomgen import make_bom

        make_bom(path, args.rows, assembly_every=50)
    from cfp.lca.read import prefetch

    early = prefetch.start(path)
    marks: list[tuple[str, float]] = []

    def mark(label: str) -> None:
        marks.append((label, time.perf_counter()))

    from cfp.lca import api
    from cfp.lca.compute import flows as compute
    from cfp.lca.render import formats

    mark("imports (read running)")
    for name in ("material_flows", "transport_flows", "processing_flows", "waste_flows"):
        stage = getattr(compute, name)

        def timed(*a: object, _stage=stage, _name=name, **k: object) -> object:
            result = _stage(*a, **k)
            mark(_name)
            return result

        setattr(compute, name, timed)
    profiler = None
    if args.profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    labels = {"read": "wait for the BOM sheet", "map": "masters, factors, BOM parsing",
              "compute": "structure, categories"}
    result = api.calculate(path, api.Options(progress=lambda m: mark(labels.get(m, m)),
                                             prefetched=early))
    mark("inventory, result")
    with (path.parent / "profile-result.json").open("wb") as handle:
        formats.write_json(result, "en", handle)
    mark("JSON (encode + write)")
    if profiler is not None:
        profiler.disable()
    previous = START
    for label, at in marks:
        print(f"{label:32s} {at - previous:6.3f} s")
        previous = at
    print(f"{'total':32s} {previous - START:6.3f} s")
    if profiler is not None:
        import pstats

        stats = pstats.Stats(profiler)
        stats.sort_stats(args.sort).print_stats(args.top)
        for pattern in args.callers:  # who calls it (e.g. fromiter, lookup_codes)
            stats.print_callers(pattern)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
