"""Two rows of your factors for one material category under two of its spellings
(`ステンレス` and `stainless steel`): each BOM line takes the row its 分類 spells, so two
lines of one material get different factors. The figures stand (which row is right is
yours to say) and a warning names the category and both rows; equal values, rows no
line takes, and the built-in table give none.

Every part is 1 piece of 1 kg, so each line's kg-CO2e is its factor per kg.
"""

from __future__ import annotations

import json

import pytest
from builders import write_book

from cfp.lca.api import Options, calculate
from cfp.lca.render.formats import to_json_bytes


def run(tmp_path, factors_csv, categories):
    factors = tmp_path / "mine.csv"
    factors.write_text("key,unit,kg-CO2e\n" + factors_csv, encoding="utf-8")
    path = write_book(tmp_path / "bom.xlsx", {
        "部品表": [["品番", "個数", "分類", "重量(kg)"],
                *[[f"P-{i}", 1, c, 1.0] for i, c in enumerate(categories, 1)]],
        "設定": [["製品名", "テスト製品"]]})
    return calculate(path, Options(factor_files=[factors]))


def messages(result, lang="en"):
    return [w["message"] for w in json.loads(to_json_bytes(result, lang))["warnings"]
            if w["code"] == "warn.category_rows_differ"]


def test_two_spellings_with_two_values_are_warned(tmp_path):
    result = run(tmp_path, "ステンレス,kg,5.0\nstainless steel,kg,6.0\n",
                 ["ステンレス", "stainless steel"])
    assert result.total == pytest.approx(5.0 + 6.0)  # each line its own row, unchanged
    [text] = messages(result)
    assert "'stainless'" in text
    assert "ステンレス (mine.csv:2): 5 kg-CO2e/kg" in text
    assert "stainless steel (mine.csv:3): 6 kg-CO2e/kg" in text
    [ja] = messages(result, "ja")
    assert "材料分類「stainless」" in ja and "分類ごとに 1 行" in ja


def test_equal_values_unused_rows_and_the_builtin_table_are_not_warned(tmp_path):
    equal = run(tmp_path, "ステンレス,kg,5.0\nstainless steel,kg,5.0\n",
                ["ステンレス", "stainless steel"])
    assert equal.total == pytest.approx(10.0) and not messages(equal)
    # both lines spell ステンレス: only that row is used (2 x 5.0); the other changes nothing
    one = run(tmp_path, "ステンレス,kg,5.0\nstainless steel,kg,6.0\n",
              ["ステンレス", "ステンレス"])
    assert one.total == pytest.approx(10.0) and not messages(one)
    builtin = run(tmp_path, "OTHER,kg,1.0\n", ["ステンレス", "stainless steel"])
    assert not messages(builtin)


def test_english_packing_is_no_seal_but_gland_packing_is(tmp_path):
    # "packing" also means packaging (a carton): read as a seal it took the rubber proxy
    # 3.3355719 kg-CO2e/kg; it is now refused, naming the closest spelling. パッキン and
    # "gland packing" stay seals: 1 kg x 3.3355719
    from cfp.lca.errors import InputError

    def one(category):
        return write_book(tmp_path / "p.xlsx", {"部品表": [["品番", "個数", "分類", "重量(kg)"],
                                                           ["P-1", 1, category, 1.0]]})
    with pytest.raises(InputError) as info:
        calculate(one("packing"))
    [problem] = info.value.problems
    assert problem.code == "material.unknown_category_near"
    assert "'gland packing' (category seal)" in problem.message("en")
    for seal in ("パッキン", "gland packing"):
        assert calculate(one(seal)).total == pytest.approx(3.3355719)
