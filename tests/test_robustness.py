"""Untrusted input: whatever the cells hold, cfp returns a result or an InputError naming
the problems; never another exception (which the CLI would report as exit 3)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from builders import PROCESSES, SETTINGS, SUPPLIERS, write_book
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cfp.lca.api import calculate
from cfp.lca.errors import InputError

HEADER = ["レベル", "品番", "親品番", "個数", "材質", "分類", "重量(g)", "素材重量(g)", "仕入先",
          "ロット", "旋盤 加工(分)", "旋盤 段取(分)"]

cell = st.one_of(
    st.none(),
    st.integers(min_value=-5, max_value=5),
    st.floats(allow_nan=False, allow_infinity=False, min_value=-1e6, max_value=1e6),
    st.sampled_from(["", "-", "－", "abc", "１,２００", "1,200", "70%", "SS400", "ＳＵＳ３０４",
                     "A社", "P-1", "P-2", "=1+1", "<script>", "0", "1e3", "nan", "inf"]),
    # any text a workbook can hold (XML 1.0 forbids most control characters)
    st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs")), max_size=6),
)
row = st.lists(cell, min_size=len(HEADER), max_size=len(HEADER))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(row, min_size=1, max_size=6))
def test_any_cells_give_a_result_or_input_error(rows):
    with tempfile.TemporaryDirectory() as tmp:
        path = write_book(Path(tmp) / "bom.xlsx", {
            "部品表": [HEADER, *rows], "工程": PROCESSES, "仕入先": SUPPLIERS, "設定": SETTINGS})
        try:
            result = calculate(path)
        except InputError as error:
            assert error.problems
            for problem in error.problems:
                assert problem.message("en") and problem.message("ja")
            return
        assert result.total == result.total  # not NaN
        result.to_dict("ja")


def master(header):
    return st.lists(st.lists(cell, min_size=len(header), max_size=len(header)),
                    max_size=3).map(lambda rows: [header, *rows])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(row, min_size=1, max_size=4),
       master(["工程", "定格電力(kW)", "使用率"]),
       master(["仕入先", "輸送手段", "距離(km)"]),
       master(["品番", "工程", "開始積算電力量(kWh)", "終了積算電力量(kWh)", "加工数"]),
       master(["キー", "単位", "排出原単位", "出典"]),
       st.lists(st.tuples(st.sampled_from(["製品名", "電力排出係数", "ロット", "gwp", "weight_unit",
                                           "カットオフ", "宣言単位"]), cell), max_size=4))
def test_any_master_sheets_give_a_result_or_input_error(rows, processes, suppliers,
                                                        measurements, factors, settings_rows):
    with tempfile.TemporaryDirectory() as tmp:
        path = write_book(Path(tmp) / "bom.xlsx", {
            "部品表": [HEADER, *rows], "工程": processes, "仕入先": suppliers,
            "実測": measurements, "排出原単位": factors,
            "設定": [list(pair) for pair in settings_rows] or [["製品名", "x"]]})
        try:
            calculate(path).to_dict("en")
        except InputError as error:
            assert all(p.message("ja") for p in error.problems)


def test_texts_nan_and_inf_are_not_numbers(tmp_path):
    # pandas would read 'inf' as infinity and 'nan' as a blank: both must be refused
    path = write_book(tmp_path / "b.xlsx", {"部品表": [
        ["品番", "個数", "材質", "重量(kg)"], ["P-1", "inf", "SS400", 1],
        ["P-2", 1, "SS400", "nan"]]})
    try:
        calculate(path)
    except InputError as error:
        found = {(p.code, p.cell) for p in error.problems}
    assert found == {("cell.not_number", "B2"), ("cell.not_number", "D3")}
