"""A factor row with both a CO2e cell and per-gas values uses the CO2e cell; when the two
disagree (by more than 1 % of the CO2e cell under the run's GWP set) a warning names the
row and both values: one of them is wrong, or the source used another GWP set.

Your factors (kg per kg), every part 1 piece of 1 kg:
- STEEL: CO2e 2.0, co2 1.9 + ch4 0.002 -> 1.9 + 0.002 x 27.9 (AR6) = 1.9558, -2.2 %: warned
- ALU:   CO2e 9.0, co2 8.99 -> -0.1 %: within 1 %, not warned
- CU:    co2 3.0 and ch4 0.01, no CO2e cell -> 3.0 + 0.279 = 3.279 (nothing to compare)
Total 2.0 + 9.0 + 3.279 = 14.279 (the CO2e cells used).
"""

from __future__ import annotations

import json

import pytest
from builders import write_book

from cfp.lca.api import calculate
from cfp.lca.render.formats import to_json_bytes


def book(tmp_path):
    return write_book(tmp_path / "bom.xlsx", {
        "部品表": [["品番", "個数", "材質", "重量(kg)"], ["P-1", 1, "STEEL", 1.0],
                ["P-2", 1, "ALU", 1.0], ["P-3", 1, "CU", 1.0]],
        "排出原単位": [["キー", "単位", "排出原単位", "co2", "ch4", "出典"],
                  ["STEEL", "kg", 2.0, 1.9, 0.002, "db"], ["ALU", "kg", 9.0, 8.99, None, "db"],
                  ["CU", "kg", None, 3.0, 0.01, "db"]],
        "設定": [["製品名", "テスト製品"]]})


def test_a_co2e_cell_that_disagrees_with_its_gases_is_warned(tmp_path):
    result = calculate(book(tmp_path))
    data = json.loads(to_json_bytes(result, "en"))
    assert data["total_kg_co2e"] == pytest.approx(2.0 + 9.0 + 3.279)
    texts = [w["message"] for w in data["warnings"] if w["code"] == "warn.gases_differ"]
    assert len(texts) == 1, data["warnings"]
    assert "'STEEL'" in texts[0] and "2 kg-CO2e" in texts[0] and "1.9558" in texts[0]
    assert "AR6" in texts[0] and "-2.2 %" in texts[0]
    ja = json.loads(to_json_bytes(result, "ja"))
    assert any("「STEEL」" in w["message"] and "1.9558" in w["message"]
               for w in ja["warnings"])
