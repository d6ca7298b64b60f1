"""A supplier written on an assembly's row is not used: transport is counted per part from
each part's own supplier (README "Method"). Left silent, the parts inside a bought-in
assembly travelled 0 t-km with exit 0; now the run warns, naming the cell and the fix.

BOM (levels): A, 2 per product, supplier A社 (truck 100 km) on its row; inside it P-1,
3 per A, 1 kg SS400, no supplier; Q, 1 kg SS400 from A社.
- counted: Q 1 kg / 1000 x 100 km = 0.1 t-km x 0.10163 (built-in truck) = 0.010163
- not counted: P-1 2 x 3 x 1 kg = 6 kg / 1000 x 100 km = 0.6 t-km (0.060978 kg-CO2e)
  inside A: the warning says so.
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


def bom(path: Path, child_supplier: object = None) -> Path:
    return write_book(path, {
        "部品表": [["レベル", "品番", "個数", "材質", "重量(kg)", "仕入先"],
                  [1, "A", 2, None, None, "A社"],
                  [2, "P-1", 3, "SS400", 1.0, child_supplier],
                  [1, "Q", 1, "SS400", 1.0, "A社"]],
        "仕入先": [["仕入先", "輸送手段", "距離(km)"], ["A社", "truck", 100]],
        "設定": [["製品名", "テスト製品"]]})


def calc(path: Path, lang: str = "en") -> dict[str, object]:
    environment = {k: v for k, v in os.environ.items() if k not in ("CFP_LANG", "COLUMNS")}
    environment.update({"LANG": "C.UTF-8", "COLUMNS": "200"})
    done = subprocess.run([str(CFP), "calc", str(path), "--lang", lang, "--format", "json"],
                          capture_output=True, text=True, env=environment, check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.mark.parametrize(("lang", "words"), [
    ("en", "assembly 'A' has the supplier 'A社' (部品表!F2), which is not used"),
    ("ja", "組立品「A」の仕入先「A社」(部品表!F2)は使われません"),
])
def test_a_supplier_on_an_assembly_row_is_warned(tmp_path, lang, words):
    doc = calc(bom(tmp_path / "bom.xlsx"), lang)
    assert doc["stages"]["transport"] == pytest.approx(0.1 * 0.10163)  # Q only
    warned = [w["message"] for w in doc["warnings"] if w["code"] == "warn.assembly_supplier"]
    assert len(warned) == 1 and words in warned[0]


def test_the_supplier_on_the_part_inside_counts(tmp_path):
    # P-1 from A社 too: (0.6 + 0.1) t-km x 0.10163 = 0.071141; A's own supplier cell is
    # still not used (said once)
    doc = calc(bom(tmp_path / "bom.xlsx", child_supplier="A社"))
    assert doc["stages"]["transport"] == pytest.approx(0.7 * 0.10163)
    assert [w["code"] for w in doc["warnings"]].count("warn.assembly_supplier") == 1
