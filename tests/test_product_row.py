"""A level-0 row is the product itself (README, BOM sheet): one declared unit.

- Its 個数 multiplies every row below it: 個数 2 on it gave the footprint of two products as
  that of one, exit 0. Now refused (exit 2) naming the cell.
- Two level-0 rows (two products in one sheet, or levels counted from 0 for the direct
  children) are read as parts of one product, their footprints added: warned, naming the rows.

P-1 and P-2: 1 kg SS400 each (built-in steel 1.91 kg-CO2e/kg).
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
HEADER = ["レベル", "品番", "個数", "材質", "重量(kg)"]


def calc(tmp_path: Path, rows: list[list[object]], lang: str = "en",
         ) -> subprocess.CompletedProcess[str]:
    path = write_book(tmp_path / "bom.xlsx", {"部品表": [HEADER, *rows],
                                              "設定": [["製品名", "テスト製品"]]})
    environment = {k: v for k, v in os.environ.items() if k not in ("CFP_LANG", "COLUMNS")}
    environment.update({"LANG": "C.UTF-8", "COLUMNS": "200"})
    return subprocess.run([str(CFP), "calc", str(path), "--lang", lang, "--format", "json"],
                          capture_output=True, text=True, env=environment, check=False)


def test_the_product_row_of_one_piece(tmp_path):
    # 1 (product) x 3 pieces x 1 kg x 1.91 = 5.73
    done = calc(tmp_path, [[0, "PROD", 1, None, None], [1, "P-1", 3, "SS400", 1.0]])
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    assert doc["total_kg_co2e"] == pytest.approx(5.73)
    assert "warn.product_rows" not in [w["code"] for w in doc["warnings"]]


@pytest.mark.parametrize(("lang", "words"), [
    ("en", "部品表!C2: the product row 'PROD' (level 0) has the quantity 2"),
    ("ja", "部品表!C2: 製品の行「PROD」(レベル 0)の個数が「2」です"),
])
def test_a_product_row_of_two_pieces_is_refused(tmp_path, lang, words):
    # Before the fix: exit 0 and 2 x 3 x 1 kg x 1.91 = 11.46 "per 1 piece" (twice 5.73).
    done = calc(tmp_path, [[0, "PROD", 2, None, None], [1, "P-1", 3, "SS400", 1.0]], lang)
    assert done.returncode == 2, done.stdout
    assert words in done.stderr


def test_two_level_0_rows_are_added_and_warned(tmp_path):
    # PROD: 1 kg x 1.91; PROD2: 1 kg x 1.91; added: 3.82 (the rows are named)
    done = calc(tmp_path, [[0, "PROD", 1, None, None], [1, "P-1", 1, "SS400", 1.0],
                           [0, "PROD2", 1, None, None], [1, "P-2", 1, "SS400", 1.0]])
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    assert doc["total_kg_co2e"] == pytest.approx(3.82)
    warned = [w["message"] for w in doc["warnings"] if w["code"] == "warn.product_rows"]
    assert warned == ["2 rows of '部品表' are at level 0 (A2, A4), the level of the product "
                      "itself: they are read as parts of one product and their footprints are "
                      "added. If the sheet holds several products, give each its own BOM "
                      "workbook; if level 0 means a direct child of the product, number the "
                      "levels from 1."]
