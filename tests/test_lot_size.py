"""The lot size (ロット / Lot size, per BOM row or Settings) is the number of pieces made per
set-up: the set-up energy per piece is rated kW x set-up h / lot x utilisation. A lot below
one piece (0.5) would multiply the set-up time per piece instead of dividing it, a wrong
number with exit 0: it is refused (exit 2) naming the cell.

Every BOM here: P-1, 1 piece of 1 kg SS400 on a 10 kW lathe (使用率 1.0), 6 min cycle and
60 min set-up, grid 0.5 kg-CO2e/kWh: cycle 10 x 0.1 h = 1 kWh; set-up 10 x 1 h / lot.
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


def bom(path: Path, lot: object = None, settings_lot: object = None) -> Path:
    settings = [["製品名", "テスト製品"], ["電力排出係数", 0.5]]
    if settings_lot is not None:
        settings.append(["ロット", settings_lot])
    return write_book(path, {
        "部品表": [["品番", "個数", "材質", "重量(kg)", "旋盤 加工(分)", "旋盤 段取(分)", "ロット"],
                  ["P-1", 1, "SS400", 1.0, 6, 60, lot]],
        "工程": [["工程", "定格電力(kW)", "使用率"], ["旋盤", 10, 1.0]],
        "設定": settings})


def calc(path: Path, *args: str, lang: str = "en") -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k not in ("CFP_LANG", "COLUMNS")}
    environment.update({"LANG": "C.UTF-8", "COLUMNS": "200"})
    return subprocess.run([str(CFP), "calc", str(path), "--lang", lang, *args],
                          capture_output=True, text=True, env=environment, check=False)


@pytest.mark.parametrize(("lot", "settings_lot", "processing"), [
    (20, None, 0.75),   # (1 + 10 x 1 / 20) kWh x 0.5 = 1.5 x 0.5 = 0.75
    (None, 20, 0.75),   # the Settings lot, the same
    (2.5, None, 2.5),   # an average lot: (1 + 10 / 2.5) x 0.5 = 5 x 0.5 = 2.5
    (1, None, 5.5),     # one piece per set-up: (1 + 10) x 0.5 = 5.5
])
def test_the_set_up_is_divided_by_the_lot(tmp_path, lot, settings_lot, processing):
    done = calc(bom(tmp_path / "bom.xlsx", lot, settings_lot), "--format", "json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["stages"]["processing"] == pytest.approx(processing)


@pytest.mark.parametrize(("lang", "words"), [
    ("en", "部品表!G2: lot size 0.5 of part 'P-1' is less than one piece"),
    ("ja", "部品表!G2: 品番「P-1」のロット「0.5」が 1 個より少なくなっています"),
])
def test_a_lot_below_one_piece_is_refused(tmp_path, lang, words):
    # Before the fix: exit 0 and processing (1 + 10 / 0.5) x 0.5 = 10.5, the set-up doubled.
    done = calc(bom(tmp_path / "bom.xlsx", lot=0.5), lang=lang)
    assert done.returncode == 2, done.stdout
    assert words in done.stderr


def test_a_settings_lot_below_one_piece_is_refused(tmp_path):
    # Before the fix: exit 0 and the same 10.5 from the Settings lot of 0.5.
    done = calc(bom(tmp_path / "bom.xlsx", settings_lot=0.5))
    assert done.returncode == 2, done.stdout
    assert "設定!B3: setting 'lot_size' has an invalid value '0.5'" in done.stderr
    assert "at least 1" in done.stderr
