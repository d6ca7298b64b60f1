"""Target 1: the 100,000-row BOM, whole process, as a ratio to the bare calamine read
(bench/bench_calc.py's BARE_READ) in the same round: today's `cfp calc --format json -o f`
(git HEAD, head.py) and the prototypes' whole process (lean_proto.py: xlsxhead +
fastexcel in a thread + compute on numpy (text as objects), numpy with text as
dictionary codes, or polars + orjson) in the three JSON layouts.

    /work/engine-venv/bin/python bench/engine/whole_bench.py [--rounds 7] [--worktree]

--worktree adds today's command from the working tree's editable install (uncommitted
work of others included), for information.
"""

import argparse
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from common import ENGINE_WORK, PY, big_bom, interleave, report, run_process, save  # noqa: E402

BARE_READ = """
import sys, python_calamine
book = python_calamine.CalamineWorkbook.from_path(sys.argv[1])
for name in book.sheet_names:
    book.get_sheet_by_name(name).to_python(skip_empty_area=False)
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--worktree", action="store_true")
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    path = big_bom(args.rows)
    import pickle

    import proto

    (ENGINE_WORK / "masters.pkl").write_bytes(pickle.dumps(proto.cfp_masters()))
    out = str(ENGINE_WORK / "whole.json")
    cfp = str(Path(PY).with_name("cfp"))
    base = "bare calamine read (BARE_READ)"
    cmds = {base: [PY, "-c", BARE_READ, str(path)],
            "cfp calc --format json -o f (today, HEAD)": [cfp, "calc", str(path), "--format",
                                                           "json", "-o", out]}
    for engine in ("numpy", "codes", "polars"):
        for layout in ("rows", "columnar", "codes"):
            cmds[f"prototype: {engine} compute, JSON {layout}"] = [
                PY, str(HERE / "lean_proto.py"), str(path), out, "--engine", engine,
                "--json", layout]
    calls = {k: (lambda c=c: run_process(c)) for k, c in cmds.items()}
    if args.worktree:
        wt = [cfp, "calc", str(path), "--format", "json", "-o", out]
        calls["cfp calc --format json -o f (working tree)"] = \
            lambda: run_process(wt, env=dict(os.environ))
    times = interleave(calls, args.rounds, base)
    save("whole_bench.md", report(times, base, f"Target 1: {args.rows:,}-row BOM, whole "
                                  "process vs the bare calamine read"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
