"""A grade not found as written is tried without a finish/temper suffix (SUS304-2B ->
SUS304, A6063-T5 -> A6063). A filler content or a blend is not a finish: PA66-GF30 (30 %
glass fibre) took the factor of pure PA66 and PC/ABS that of pure PC, matched "by grade"
as if exact, exit 0. They are now a missing factor (exit 2) naming the cell. So is a talc
content on a plastic (PP-T20, PP-TD20: 20 % talc), which reads like a temper (A6063-T5)
but took pure PP's factor.

Your factors: PA66 8.0, PC 7.0, A6063 9.0 kg-CO2e/kg; every part 1 piece of 1 kg.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from builders import write_book

CFP = Path(sys.executable).with_name("cfp")
FACTORS = [["キー", "単位", "排出原単位", "出典"], ["PA66", "kg", 8.0, "db"],
           ["PC", "kg", 7.0, "db"], ["A6063", "kg", 9.0, "db"], ["PP", "kg", 2.0, "db"]]


def calc(tmp_path: Path, grade: str, lang: str = "en") -> subprocess.CompletedProcess[str]:
    path = write_book(tmp_path / "bom.xlsx", {
        "部品表": [["品番", "個数", "材質", "重量(kg)"], ["P-1", 1, grade, 1.0]],
        "排出原単位": FACTORS, "設定": [["製品名", "テスト製品"]]})
    environment = {k: v for k, v in os.environ.items() if k not in ("CFP_LANG", "COLUMNS")}
    environment.update({"LANG": "C.UTF-8", "COLUMNS": "200"})
    return subprocess.run([str(CFP), "calc", str(path), "--lang", lang, "--format", "json"],
                          capture_output=True, text=True, env=environment, check=False)


@pytest.mark.parametrize(("grade", "total"), [
    ("A6063-T5", 9.0),    # temper: 1 kg x 9.0 (your A6063)
    ("A6063 T5", 9.0),
    ("PA66", 8.0),        # as written
    ("A6063-T83", 9.0),   # a two-digit temper on a metal is still a temper (not talc)
    ("A6063-T651", 9.0),
    ("PP-2B", 2.0),       # a finish on a plastic is still a finish: 1 kg x 2.0
])
def test_a_finish_suffix_is_dropped(tmp_path, grade, total):
    done = calc(tmp_path, grade)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["total_kg_co2e"] == pytest.approx(total)


@pytest.mark.parametrize("grade", ["PA66-GF30", "PA66 GF30", "PA66-CF", "PC/ABS", "pc/abs",
                                   "PP-T20", "PP T40", "PP-TD20", "PA66-T30"])
def test_a_filler_or_blend_is_not_a_finish(tmp_path, grade):
    # Before the fix: exit 0 with 8.0 (PA66) or 7.0 (PC) for the filled or blended grade.
    done = calc(tmp_path, grade)
    assert done.returncode == 2, done.stdout
    assert f"部品表!C2: no emission factor for part 'P-1' (material '{grade}'" in done.stderr
