"""A weight of 0 on a part counted per kg is warned naming its cell: a blank weight is
refused (cell.no_mass), a 0 made the part's material 0 kg-CO2e (or its cut-off share 0 %)
without a word."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import write_book

from cfp.lca.api import Options, calculate
from cfp.lca.messages import tr

STEEL = 1.91  # SS400, the built-in steel factor (kg-CO2e/kg)


def _book(tmp_path: Path) -> Path:
    # P-1 2 x 1.0 kg SS400 = 3.82; P-3 (raw weight 0) and P-4 (net weight 0) SS400 -> 0;
    # P-2 has no factor and weighs 0 -> cut off at 0 % of the 2.0 kg bought
    return write_book(tmp_path / "bom.xlsx", {
        "部品表": [["品番", "個数", "材質", "重量(kg)", "素材重量(kg)"],
                 ["P-1", 2, "SS400", 1.0, None], ["P-2", 1, "XYZ", 0, None],
                 ["P-3", 1, "SS400", None, 0], ["P-4", 1, "SS400", 0, None]]})


def test_zero_weights_are_named_with_their_cells(tmp_path: Path) -> None:
    result = calculate(_book(tmp_path), Options(cutoff_pct=5))
    assert result.total == pytest.approx(2 * 1.0 * STEEL, rel=1e-12)  # 3.82, as written
    (params,) = [p for key, p in result.warnings if key == "warn.zero_weight"]
    # P-3's raw weight (E4) is the weight read; P-2 and P-4 have only a net weight (D)
    assert tr("warn.zero_weight", "en", **params) == (
        "3 part(s) counted per kg weigh 0 kg, so their material counts 0 kg-CO2e: "
        "P-2 (部品表!D3), P-3 (部品表!E4), P-4 (部品表!D5). Enter the weight (重量 / Weight); "
        "a blank weight is refused, a 0 is taken as written.")
    assert "重量が 0 kg のため" in tr("warn.zero_weight", "ja", **params)


def test_weighed_parts_are_not_warned(tmp_path: Path) -> None:
    path = write_book(tmp_path / "ok.xlsx", {"部品表": [["品番", "個数", "材質", "重量(kg)"],
                                                     ["P-1", 2, "SS400", 1.0]]})
    assert "warn.zero_weight" not in [key for key, _ in calculate(path).warnings]
