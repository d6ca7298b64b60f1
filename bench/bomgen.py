"""Generated BOM workbooks for the benchmarks: realistic shape, deterministic content.

A 2-level structure (a sub-assembly every `assembly_every` rows, assembled on the
machining centre), 10 grades, bought parts with '-' raw weight, lathe and machining-centre
cycle and set-up times, five suppliers by truck, and the master sheets. `seed` varies
grades, weights and times so that BOMs of a batch differ.
"""

from __future__ import annotations

from pathlib import Path

GRADES = ["SS400", "S45C", "SCM435", "A6063", "A2017", "ADC12", "SUS304", "C3604", "PP", "PA66"]


def make_bom(path: Path, lines: int, seed: int = 0, assembly_every: int = 10,
             grades: list[str] | None = None) -> None:
    """One BOM of `lines` part rows; `seed` varies grades, weights and times; `grades`
    replaces the 10 common grades (e.g. with grade-specific keys of a factor file)."""
    grades = grades or GRADES
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    bom = book.create_sheet("部品表")
    bom.append([f"ベンチマーク製品 {seed:04d}"])
    bom.append(["レベル", "品番", "品名", "個数", "材質", "重量(g)", "素材重量(g)", "仕入先",
                "ロット", "旋盤 加工(分)", "旋盤 段取(分)", "マシニングセンタ 加工(分)",
                "マシニングセンタ 段取(分)"])
    for i in range(lines):
        k = i + seed * 7
        if i % assembly_every == 0:  # a sub-assembly, assembled on the machining centre
            bom.append([1, f"SA-{i:06d}", "sub-assembly", 1, None, None, None, None, None,
                        None, None, 5 + k % 7, 20])
            continue
        bought = k % 7 == 0
        net = 50 + (k * 37) % 2000
        bom.append([2, f"P-{i:06d}", f"part {i}", 1 + k % 4, grades[k % len(grades)], net,
                    "-" if bought else net + 100 + k % 300, f"S{k % 5}", 20,
                    None if bought else 1 + k % 9, None if bought else 30,
                    None if bought else (k % 5) or None, None if bought else 45])
    processes = book.create_sheet("工程")
    processes.append(["工程", "定格電力(kW)", "使用率"])
    processes.append(["旋盤", 11, 0.7])
    processes.append(["マシニングセンタ", 15, 0.6])
    suppliers = book.create_sheet("仕入先")
    suppliers.append(["仕入先", "輸送手段", "距離(km)"])
    for s in range(5):
        suppliers.append([f"S{s}", "truck", 20 + 40 * s])
    settings = book.create_sheet("設定")
    settings.append(["製品名", f"benchmark {seed:04d}"])
    settings.append(["電力排出係数", 0.423])
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
