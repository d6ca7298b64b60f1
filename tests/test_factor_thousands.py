"""A factor written as text with one comma and no point (`"1,234"`) is read with the comma
as a thousands separator (1234), like every number cell; in a factor table that may be a
European export's decimal comma (1.234), 1000 times less. Factors above 1,000 kg-CO2e
per unit exist (gold, SF6), so the reading stands and the row is warned, naming it, the
text, the number read and both fixes. `1,234.5` and `1,234,567` can only be thousands:
not warned; a number cell (no text) is not warned either.

Every part below is 1 piece of 1 kg, so each line's kg-CO2e is its factor per kg.
"""

from __future__ import annotations

import json

import pytest
from builders import write_book

from cfp.lca.api import Options, calculate
from cfp.lca.render.formats import to_json_bytes


def bom(tmp_path, grades, factor_sheet=None):
    sheets = {"部品表": [["品番", "個数", "材質", "重量(kg)"],
                       *[[f"P-{i}", 1, g, 1.0] for i, g in enumerate(grades, 1)]],
              "設定": [["製品名", "テスト製品"]]}
    if factor_sheet:
        sheets["排出原単位"] = factor_sheet
    return write_book(tmp_path / "bom.xlsx", sheets)


def warnings(result, lang="en"):
    data = json.loads(to_json_bytes(result, lang))
    return [w["message"] for w in data["warnings"] if w["code"].startswith(
        "warn.factor_thousands")]


def test_a_factor_file_value_with_a_thousands_comma_is_read_and_warned(tmp_path):
    factors = tmp_path / "factors.csv"
    factors.write_text('key,unit,kg-CO2e\nMETALX,kg,"1,234"\nMETALY,kg,1.234\n'
                       'METALZ,kg,"2,000.5"\n', encoding="utf-8")
    result = calculate(bom(tmp_path, ["METALX", "METALY", "METALZ"]),
                       Options(factor_files=[factors]))
    # 1,234 read as 1234; 1.234 as written; 2,000.5 is 2000.5: 1234 + 1.234 + 2000.5
    assert result.total == pytest.approx(1234 + 1.234 + 2000.5)
    [text] = warnings(result)
    assert "'METALX' (factors.csv:2)" in text and "'1,234'" in text
    assert "read as 1234" in text and "write 1.234 with a point" in text
    [ja] = warnings(result, "ja")
    assert "「METALX」" in ja and "「1,234」" in ja and "「1.234」と小数点で" in ja


def test_the_workbook_factor_sheet_is_checked_too_and_number_cells_are_not(tmp_path):
    sheet = [["キー", "単位", "排出原単位"], ["METALX", "kg", "2,000"], ["METALY", "kg", 2000.0]]
    result = calculate(bom(tmp_path, ["METALX", "METALY"], sheet))
    assert result.total == pytest.approx(2000 + 2000)  # both read as 2000
    [text] = warnings(result)
    assert "'METALX'" in text and "'2,000'" in text and "2.000" in text


def test_many_are_one_warning_and_the_builtin_table_none(tmp_path):
    factors = tmp_path / "factors.csv"
    factors.write_text("key,unit,kg-CO2e\n" + "".join(
        f'M{i},kg,"{i},500"\n' for i in range(1, 8)), encoding="utf-8")
    result = calculate(bom(tmp_path, ["M1"]), Options(factor_files=[factors]))
    assert result.total == pytest.approx(1500)
    [text] = warnings(result)
    assert text.startswith("7 factors are written with a thousands comma (M1, M2")
    assert not warnings(calculate(bom(tmp_path, ["SS400"])))  # built-in factors only
