"""Q4 one small BOM, whole process: `cfp calc small.xlsx --format json -o f` vs
`python -c "import numpy"`, and where the time goes.

Fresh processes, interleaved in shuffled rounds, each reported as the median ratio to
`import numpy` of the same round (the issue's yardstick). Besides today's command:
the imports alone (typer with the pydantic it now requires, rich, polars, pyarrow,
fastexcel...), a lean entry point that runs today's calculation without typer
(`lean_calc.py`), and the recommended design's floor (`lean_proto.py`: xlsxhead +
fastexcel + arro3 + the numpy prototype + orjson). Then `-X importtime` of today's
command, self time summed per top-level package.

    /work/engine-venv/bin/python bench/engine/startup_bench.py [--rounds 9]
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ENGINE_WORK, HERE, PY, interleave, report, run_process, save, small_boms  # noqa: E402


def importtime(cmd: list[str]) -> str:
    err = subprocess.run([PY, "-X", "importtime", *cmd], capture_output=True, text=True,
                         check=True).stderr
    self_by: dict[str, int] = defaultdict(int)
    total = 0
    for line in err.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)", line)
        if not m:
            continue
        us, name = int(m.group(1)), m.group(4)
        root = name.split(".")[0]
        if root == "cfp":
            root = ".".join(name.split(".")[:3]) if name.startswith("cfp.lca") else "cfp.cli"
            root = "cfp (own modules)"
        elif root.startswith("_") or root in sys.stdlib_module_names:
            root = "stdlib"
        self_by[root] += us
        total += us
    lines = ["| package (self time of its modules) | ms | share |", "|---|---|---|"]
    for root, us in sorted(self_by.items(), key=lambda kv: -kv[1])[:14]:
        lines.append(f"| {root} | {us / 1000:.1f} | {us / total:.0%} |")
    lines.append(f"| all imports | {total / 1000:.1f} | 100% |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args()
    bom = small_boms()[0]
    ENGINE_WORK.mkdir(parents=True, exist_ok=True)
    import pickle

    import proto

    (ENGINE_WORK / "masters.pkl").write_bytes(pickle.dumps(proto.cfp_masters()))
    out = ENGINE_WORK / "small.json"
    cfp = str(Path(PY).with_name("cfp"))
    calc = [cfp, "calc", str(bom), "--format", "json", "-o", str(out)]
    cases = {
        "python -c 'import numpy'": [PY, "-c", "import numpy"],
        "python -c pass": [PY, "-c", "pass"],
        "cfp calc small.xlsx --format json -o f (today)": calc,
        "cfp --help": [cfp, "--help"],
        "import typer (pulls pydantic)": [PY, "-c", "import typer"],
        "import pydantic": [PY, "-c", "import pydantic"],
        "import rich": [PY, "-c", "import rich.console"],
        "import numpy, orjson, python_calamine": [PY, "-c",
                                                   "import numpy, orjson, python_calamine"],
        "import cfp.lca.api (numpy + cfp)": [PY, "-c", "import cfp.lca.api"],
        "import polars": [PY, "-c", "import polars"],
        "import pyarrow": [PY, "-c", "import pyarrow"],
        "import fastexcel": [PY, "-c", "import fastexcel"],
        "import fastexcel, arro3.core, arro3.compute, numpy": [
            PY, "-c", "import fastexcel, arro3.core, arro3.compute, numpy"],
        "lean entry: today's calculation without typer (lean_calc.py)": [
            PY, str(HERE / "lean_calc.py"), str(bom), str(out)],
        "floor: xlsxhead + fastexcel + numpy prototype + orjson (lean_proto.py)": [
            PY, str(HERE / "lean_proto.py"), str(bom), str(out)],
        "floor, numpy + codes engine, JSON codes (lean_proto.py --engine codes)": [
            PY, str(HERE / "lean_proto.py"), str(bom), str(out), "--engine", "codes",
            "--json", "codes"],
    }
    base = "python -c 'import numpy'"
    calls = {k: (lambda c=c: run_process(c)) for k, c in cases.items()}
    times = interleave(calls, args.rounds, base)
    text = report(times, base, "Q4 one 50-line BOM, whole process (fresh processes)")
    text += "\n\n#### `-X importtime` of `cfp calc small.xlsx --format json -o f` (today)\n\n"
    text += importtime(["-c", "import sys; from cfp.cli.main import run; sys.argv = "
                        f"['cfp'] + {calc[1:]!r}; run()"])
    text += "\n\n#### `-X importtime` of lean_calc.py\n\n"
    text += importtime([str(HERE / "lean_calc.py"), str(bom), str(out)])
    save("startup_bench.md", text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
