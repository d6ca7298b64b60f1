"""Q5 (optional) `--report xlsx` of the 100,000-row BOM: today's writer vs Rust-backed ones.

Today (git HEAD): `cfp calc BOM --report xlsx --out D` whole process (openpyxl
write-only for the small sheets, the inventory and by-part sheets spliced in as XML
made by pandas + Python strings), and `cfp calc BOM --format json -o f` for the calc
part alone. Prototypes: the two big sheets (inventory 604,572 rows, parts 100,000 rows,
made once by cfp into Arrow IPC files) written by rustpy-xlsxwriter (rust_xlsxwriter)
from polars DataFrames, in a fresh process that reads the IPC files first; and, once,
polars' own `write_excel` (Python xlsxwriter) for scale. CPU = user + sys of the process
(/usr/bin/time), peak RSS; rounds interleaved, ratio to today's report command's CPU in
the same round.

    /work/engine-venv/bin/python bench/engine/xlsx_bench.py [--rounds 3]
"""

import argparse
import gc
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from common import ENGINE_WORK, PY, big_bom, head_env, save  # noqa: E402

RUST = """
import sys, polars as pl
from rustpy_xlsxwriter import FastExcel
inv = pl.read_ipc(sys.argv[1]); parts = pl.read_ipc(sys.argv[2])
(FastExcel(sys.argv[3]).freeze(row=1, col=0).sheet("Inventory", inv).sheet("By part", parts).save())
"""
POLARS = """
import sys, polars as pl, xlsxwriter
inv = pl.read_ipc(sys.argv[1]); parts = pl.read_ipc(sys.argv[2])
with xlsxwriter.Workbook(sys.argv[3]) as wb:  # constant_memory: no add_table
    inv.write_excel(wb, worksheet="Inventory", autofit=False)
    parts.write_excel(wb, worksheet="By part", autofit=False)
"""


def prepare() -> tuple[Path, Path]:
    inv_path, parts_path = ENGINE_WORK / "inv.arrow", ENGINE_WORK / "parts.arrow"
    if inv_path.exists() and parts_path.exists():
        return inv_path, parts_path
    gc.disable()
    import numpy as np
    import polars as pl

    from cfp.lca.api import calculate
    from cfp.lca.results import JSON_INVENTORY

    r = calculate(big_bom())
    cols = dict(zip(JSON_INVENTORY, r.inventory_columns(), strict=True))

    def series(name: str, c: np.ndarray) -> pl.Series:
        if c.dtype.kind in "fi":
            return pl.Series(name, c, nan_to_null=True) if c.dtype.kind == "f" else \
                pl.Series(name, c)
        return pl.Series(name, c.tolist(), dtype=pl.String)

    pl.DataFrame([series(k, v) for k, v in cols.items()]).write_ipc(inv_path)
    p = r.part_rows
    sums = r._part_sums
    parts = {"row": p["row"].astype(np.int64) + 1, "part_number": p["part_number"],
             "name": p["name"], "level": p["level"].astype(np.int64),
             "total_quantity": p["total_quantity"].astype(float),
             "category": p["category_key"], **sums}
    pl.DataFrame([series(k, np.asarray(v)) for k, v in parts.items()]).write_ipc(parts_path)
    return inv_path, parts_path


def measured(cmd: list[str]) -> tuple[float, float, float]:
    """(wall s, CPU s, peak RSS MB) of a fresh process."""
    out = subprocess.run(["/usr/bin/time", "-f", "%e %U %S %M", *cmd], env=head_env(),
                         cwd=ENGINE_WORK, capture_output=True, text=True, check=True)
    wall, user, sys_, rss = out.stderr.strip().splitlines()[-1].split()
    return float(wall), float(user) + float(sys_), int(rss) / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--no-polars-writer", action="store_true")
    args = parser.parse_args()
    inv, parts = prepare()
    bom = big_bom()
    cfp = str(Path(PY).with_name("cfp"))
    xl = ENGINE_WORK / "xlsx"
    cases = {
        "today: cfp calc --report xlsx --out D (whole command)":
            [cfp, "calc", str(bom), "--report", "xlsx", "--out", str(xl), "--format", "json",
             "-o", str(xl / "r.json")],
        "today: cfp calc --format json -o f (the calc part)":
            [cfp, "calc", str(bom), "--format", "json", "-o", str(ENGINE_WORK / "x.json")],
        "rustpy-xlsxwriter: the 2 big sheets from polars (read IPC + write)":
            [PY, "-c", RUST, str(inv), str(parts), str(ENGINE_WORK / "rust.xlsx")],
    }
    xl.mkdir(parents=True, exist_ok=True)
    results: dict[str, list[tuple[float, float, float]]] = {k: [] for k in cases}
    for _ in range(args.rounds):
        for name, cmd in cases.items():
            results[name].append(measured(cmd))
    base = next(iter(cases))
    once = {}
    if not args.no_polars_writer:
        once["polars write_excel (Python xlsxwriter), once"] = measured(
            [PY, "-c", POLARS, str(inv), str(parts), str(ENGINE_WORK / "polars.xlsx")])
    lines = ["### Q5 `--report xlsx`, 100,000-row BOM (fresh processes, "
             f"{args.rounds} rounds)", "",
             "| case | CPU s (median) | CPU ratio to today's report | wall s | peak RSS MB | "
             "file MB |", "|---|---|---|---|---|---|"]
    sizes = {base: (xl / f"{bom.stem}-inventory.xlsx"),
             "rustpy-xlsxwriter: the 2 big sheets from polars (read IPC + write)":
                 ENGINE_WORK / "rust.xlsx",
             "polars write_excel (Python xlsxwriter), once":
                 ENGINE_WORK / "polars.xlsx"}
    found = sorted(xl.glob("*.xlsx"))
    if found:
        sizes[base] = found[0]
    for name, runs in results.items():
        ratio = statistics.median(r[1] / b[1] for r, b in zip(runs, results[base], strict=True))
        size = sizes.get(name)
        mb = f"{size.stat().st_size / 1e6:.1f}" if size and size.exists() else "-"
        lines.append(f"| {name} | {statistics.median(r[1] for r in runs):.1f} | {ratio:.2f}x | "
                     f"{statistics.median(r[0] for r in runs):.1f} | "
                     f"{max(r[2] for r in runs):.0f} | {mb} |")
    for name, (wall, cpu, rss) in once.items():
        size = sizes[name]
        lines.append(f"| {name} | {cpu:.1f} | - | {wall:.1f} | {rss:.0f} | "
                     f"{size.stat().st_size / 1e6:.1f} |")
    save("xlsx_bench.md", "\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
