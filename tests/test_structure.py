"""BOM structure (lca/resolve/structure.py, repeated.py): a sub-assembly used on several
rows of a parent-column BOM, children written again under each of its rows, and blank
levels in a level BOM. Numbers worked by hand in each test (SS400: the steel category
factor 1.91 kg-CO2e/kg)."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import write_book
from typer.testing import CliRunner

from cfp.cli.main import app
from cfp.lca.api import calculate
from cfp.lca.errors import InputError

STEEL = 1.91
HEADER = ["品番", "親品番", "個数", "材質", "重量(kg)"]


def book(tmp_path: Path, rows: list[list[object]], name: str = "bom.xlsx") -> Path:
    return write_book(tmp_path / name, {"部品表": [HEADER, *rows]})


def codes(result) -> list[str]:
    return [key for key, _params in result.warnings]


def refused(path: Path):
    with pytest.raises(InputError) as info:
        calculate(path)
    return info.value.problems


def cli(path: Path, lang: str = "en"):
    return CliRunner().invoke(app, ["calc", str(path), "--lang", lang],
                              env={"COLUMNS": "1000"})


@pytest.mark.parametrize("grade, weight", [(None, None), ("SS400", 3.0)])
def test_sub_assembly_under_two_assemblies_is_an_assembly_on_both_rows(tmp_path, grade, weight):
    # SUB: 2 in ASSY-A + 1 in ASSY-B = 3 pieces; P-1: 3 per SUB -> 9 pieces x 1 kg
    # = 9 kg x 1.91 = 17.19 kg-CO2e; SUB's own 3 kg is ignored on both rows (it is an
    # assembly), and without a grade it needs no factor
    path = book(tmp_path, [["ASSY-A", None, 1, None, None],
                           ["SUB", "ASSY-A", 2, grade, weight],
                           ["ASSY-B", None, 1, None, None],
                           ["SUB", "ASSY-B", 1, grade, weight],
                           ["P-1", "SUB", 3, "SS400", 1.0]])
    result = calculate(path)
    assert result.total == pytest.approx(9 * STEEL)
    assert result.product_mass_kg == pytest.approx(9.0)
    assert list(result.flows["part_number"]) == ["P-1"]
    assert list(result.part_rows["is_assembly"]) == [True, True, True, True, False]
    assert codes(result).count("warn.assembly_material") == (1 if grade else 0)


def test_children_repeated_under_each_row_of_their_parent_are_read_once(tmp_path):
    # an ERP export: P-1 (3 per SUB) written under each of SUB's two rows;
    # SUB = 2 + 1 = 3 pieces, P-1 = 3 x 3 = 9 pieces (not 3 x 3 per row = 18)
    # -> 9 kg x 1.91 = 17.19
    path = book(tmp_path, [["SUB", "-", 2, None, None],
                           ["P-1", "SUB", 3, "SS400", 1.0],
                           ["SUB", "-", 1, "SS400", 0.0],
                           ["P-1", "SUB", 3, "SS400", 1.0]])
    result = calculate(path)
    assert result.total == pytest.approx(9 * STEEL)
    assert result.product_mass_kg == pytest.approx(9.0)
    assert list(result.flows["row"]) == [2]  # 0-based: sheet row 3, the first listing
    warning = dict(result.warnings)["warn.children_repeated"]
    assert warning == {"part": "SUB", "sheet": "部品表", "rows": "2, 4", "used": "3",
                       "repeated": "5"}
    [text] = [w["message"] for w in result.to_dict("en")["warnings"]
              if w["code"] == "warn.children_repeated"]
    assert text == ("the children of 'SUB' are listed under each of its rows (部品表 rows 2, "
                    "4): they are read once (rows 3) and counted for every piece of 'SUB'; "
                    "rows 5 repeat them and are not counted again.")


def test_repeated_children_keep_their_process_times_once(tmp_path):
    # P-1 on the lathe 6 min a piece, written under both rows of SUB: 9 pieces x 0.1 h x
    # 10 kW x 0.7 = 6.3 kWh (not 12.6)
    header = [*HEADER, "旋盤 加工(分)"]
    path = write_book(tmp_path / "bom.xlsx", {
        "部品表": [header, ["SUB", None, 2, None, None, None],
                 ["P-1", "SUB", 3, "SS400", 1.0, 6],
                 ["SUB", None, 1, None, None, None],
                 ["P-1", "SUB", 3, "SS400", 1.0, 6]],
        "工程": [["工程", "定格電力(kW)", "使用率"], ["旋盤", 10, 0.7]],
        "設定": [["電力排出係数", 0.5]]})
    result = calculate(path)
    processing = result.flows["stage"] == "processing"
    assert result.flows["amount"][processing].sum() == pytest.approx(9 * 0.1 * 10 * 0.7)
    assert result.stages()["processing"] == pytest.approx(6.3 * 0.5)


def test_different_children_under_the_rows_of_one_part_number_are_refused(tmp_path):
    # SUB lists P-1 under its first row and P-2 under its second: two structures for one
    # part number, which cfp does not guess between
    path = book(tmp_path, [["SUB", None, 2, None, None],
                           ["P-1", "SUB", 3, "SS400", 1.0],
                           ["SUB", None, 1, None, None],
                           ["P-2", "SUB", 3, "SS400", 1.0]])
    [problem] = refused(path)
    where = (problem.code, problem.sheet, problem.cell)
    assert where == ("parent.children_differ", "部品表", "B5")
    assert problem.message("en").endswith(
        "bom.xlsx: 部品表!B5: part 'SUB' (rows 2, 4) has different children under its rows: "
        "rows 3, and rows 5. "
        "With a parent column (親品番 / Parent) a part number has one structure, counted for every "
        "piece of 'SUB': list its children once, or the same under each of its rows, or give "
        "the variants different part numbers.")
    assert "子部品が行によって異なります: 行 3 と行 5" in problem.message("ja")
    run = cli(path)
    assert run.exit_code == 2
    assert "bom.xlsx" in run.output and "部品表!B5" in run.output


def test_repeated_child_with_another_quantity_is_refused(tmp_path):
    # P-1 is 3 per SUB under one row and 4 under the other: not the same list again
    path = book(tmp_path, [["SUB", None, 2, None, None],
                           ["P-1", "SUB", 3, "SS400", 1.0],
                           ["SUB", None, 1, None, None],
                           ["P-1", "SUB", 4, "SS400", 1.0]])
    assert [p.code for p in refused(path)] == ["parent.children_differ"]


def test_children_listed_once_after_the_second_row_count_for_both(tmp_path):
    # SUB on rows 2 and 3, its child once on row 4: SUB = 2 + 1 = 3, P-1 = 3 x 3 = 9
    path = book(tmp_path, [["SUB", None, 2, None, None],
                           ["SUB", None, 1, None, None],
                           ["P-1", "SUB", 3, "SS400", 1.0]])
    result = calculate(path)
    assert result.total == pytest.approx(9 * STEEL)
    assert "warn.children_repeated" not in codes(result)


LEVEL_HEADER = ["レベル", "品番", "個数", "材質", "重量(kg)"]


def test_blank_level_in_a_level_bom_is_refused(tmp_path):
    # read as level 1, P-2 would leave assembly A (x10): 2 pieces instead of 20,
    # 42.02 kg-CO2e instead of (20 + 20) x 1.91 = 76.4; a blank level is not guessed
    path = write_book(tmp_path / "bom.xlsx", {"部品表": [
        LEVEL_HEADER, [1, "A", 10, None, None], [2, "P-1", 2, "SS400", 1.0],
        [None, "P-2", 2, "SS400", 1.0]]})
    [problem] = refused(path)
    assert (problem.code, problem.sheet, problem.cell) == ("cell.level_missing", "部品表", "A4")
    assert problem.message("en").endswith(
        "部品表!A4: the level of part 'P-2' is blank while other rows have one. Enter its level "
        "(1 = a direct child of the product, one more than its assembly's for a part inside "
        "one): a blank level is not guessed.")
    assert "部品「P-2」のレベルが空欄です" in problem.message("ja")
    run = cli(path, "ja")
    assert run.exit_code == 2 and "部品表!A4" in run.output


def test_level_column_left_blank_everywhere_is_a_flat_bom(tmp_path):
    # no level on any row: every row a direct child (README), 2 x 1 + 2 x 1 = 4 kg x 1.91
    path = write_book(tmp_path / "bom.xlsx", {"部品表": [
        LEVEL_HEADER, [None, "P-1", 2, "SS400", 1.0], [None, "P-2", 2, "SS400", 1.0]]})
    assert calculate(path).total == pytest.approx(4 * STEEL)


def test_written_levels_still_nest(tmp_path):
    # the same BOM with P-2 at level 2: (10 x 2 + 10 x 2) x 1 kg x 1.91 = 76.4
    path = write_book(tmp_path / "bom.xlsx", {"部品表": [
        LEVEL_HEADER, [1, "A", 10, None, None], [2, "P-1", 2, "SS400", 1.0],
        [2, "P-2", 2, "SS400", 1.0]]})
    assert calculate(path).total == pytest.approx(40 * STEEL)
