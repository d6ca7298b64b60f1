"""Numbers typed as text (lca/read/textnorm.py `parse_number`): a comma is read only as
a thousands separator, an underscore never, a percent sign only in a ratio field.

Before, the comma was deleted ('0,5' read as 5 kg, '1,2,3' as 123), '1_000' was 1000
(Python's float) and '50%' a weight of 0.5 kg, with exit code 0 and no warning. Each
refused cell is now an input error (exit 2) naming file, sheet, cell, value and the fix;
the large-sheet reader (fastread, forced by CFP_FASTREAD_MIN_ROWS) gives the same.
"""

from __future__ import annotations

import math

import pytest
from builders import write_book
from test_bad_input import flat, invoke, refused_in_both

from cfp.lca.api import calculate
from cfp.lca.errors import InputError
from cfp.lca.read.textnorm import number_problem, parse_number, to_numbers

STEEL = 1.91  # built-in SS400 (steel) factor, kg-CO2e/kg


@pytest.mark.parametrize(("text", "expected"), [
    ("1,000", 1000.0), ("12,345.6", 12345.6), ("1,234,567", 1234567.0), ("１２", 12.0),
    ("１,２００", 1200.0), ("1e3", 1000.0), (" 2 ", 2.0), ("+3", 3.0), ("-1,000", -1000.0),
    (".5", 0.5), ("5.", 5.0), ("0.5", 0.5),
])
def test_well_formed_numbers_are_read(text, expected):
    assert parse_number(text) == expected


@pytest.mark.parametrize("text", [
    "0,5", "1,5", "2,50", "1,2,3", "1,00", "12,34,567", ",5", "1,", "1,000,00", "1_000",
    "50%", "1 000", "1.000,5", "nan", "inf", "abc", "0,500", "-0,250", "0,000", "00,500",
])
def test_other_texts_are_no_number(text):
    with pytest.raises(ValueError):
        parse_number(text)


def test_percent_only_in_a_ratio_field():
    assert parse_number("70%", percent=True) == pytest.approx(0.7)
    assert parse_number("70 %", percent=True) == pytest.approx(0.7)
    assert parse_number("0.7", percent=True) == 0.7
    with pytest.raises(ValueError):
        parse_number("70%")
    with pytest.raises(ValueError):
        parse_number("0,7%", percent=True)  # a decimal comma stays refused in a ratio


def test_vectorised_parser_agrees():
    cells = ["0,5", "1,000", "50%", "1_000", "１２", "-", None, 2.5]
    values = __import__("numpy").array(cells, dtype=object)
    numbers, bad = to_numbers(values)
    assert bad.tolist() == [True, False, True, True, False, False, False, False]
    assert numbers[1] == 1000.0 and numbers[4] == 12.0 and numbers[7] == 2.5
    assert all(math.isnan(numbers[i]) for i in (0, 2, 3, 5, 6))
    ratios, bad_ratio = to_numbers(values, percent=True)
    assert ratios[2] == pytest.approx(0.5) and not bad_ratio[2]


@pytest.mark.parametrize(("text", "code", "params"), [
    ("0,5", "cell.decimal_comma", {"suggest": "0.5"}),
    ("2,50", "cell.decimal_comma", {"suggest": "2.50"}),
    # a group of three after a leading 0 is a decimal: '0,500' was read as 500 (x1000)
    ("0,500", "cell.decimal_comma", {"suggest": "0.500"}),
    ("1,2,3", "cell.bad_comma", {}),
    ("50%", "cell.percent_not_ratio", {}),
    ("1_000", "cell.not_number", {}),
    ("1.2kg", "cell.unit_in_cell", {"unit": "kg"}),
    ("５００ｇ", "cell.unit_in_cell", {"unit": "g"}),
    ("2個", "cell.unit_in_cell", {"unit": "個"}), ("3分くらい", "cell.not_number", {}),
])
def test_why_a_cell_is_no_number(text, code, params):
    assert number_problem(text) == (code, params)


#: weight cells as typed text, and what is right: read (kg) or refused (message key)
WEIGHTS = [("A", "1,000", 1000.0), ("B", "１２", 12.0), ("C", "0,5", "cell.decimal_comma"),
           ("D", "1,5", "cell.decimal_comma"), ("E", "50%", "cell.percent_not_ratio"),
           ("F", " 2 ", 2.0), ("I", "1e3", 1000.0), ("J", "1_000", "cell.not_number"),
           ("M", "+3", 3.0), ("N", "2,50", "cell.decimal_comma"), ("O", "1,2,3", "cell.bad_comma"),
           ("P", "0,500", "cell.decimal_comma"),  # 0.5 kg, was read as 500 kg
           ("Q", "500g", "cell.unit_in_cell")]


def _bom(tmp_path, weights):
    rows = [["品番", "個数", "材質", "重量(kg)"]]
    rows += [[part, 1, "SS400", text] for part, text, _ in weights]
    return write_book(tmp_path / "text_numbers.xlsx", {"部品表": rows})


@pytest.mark.parametrize("fast", [False, True])
def test_every_refused_weight_is_named_and_nothing_is_computed(tmp_path, monkeypatch, fast):
    monkeypatch.setenv("CFP_FASTREAD_MIN_ROWS", "1" if fast else "999999999")
    with pytest.raises(InputError) as info:
        calculate(_bom(tmp_path, WEIGHTS))
    found = {(p.sheet, p.cell): (p.code, p.value) for p in info.value.problems}
    expected = {("部品表", f"D{r}"): (w, t) for r, (_, t, w) in enumerate(WEIGHTS, start=2)
                if isinstance(w, str)}
    assert found == expected  # all in one run, none silently blank


@pytest.mark.parametrize("fast", [False, True])
def test_good_text_weights_give_the_hand_computed_total(tmp_path, monkeypatch, fast):
    monkeypatch.setenv("CFP_FASTREAD_MIN_ROWS", "1" if fast else "999999999")
    good = [w for w in WEIGHTS if not isinstance(w[2], str)]
    # 1000 + 12 + 2 + 1000 + 3 = 2017 kg of steel x 1.91 = 3852.47 kg-CO2e
    assert calculate(_bom(tmp_path, good)).total == pytest.approx(2017 * STEEL)


def test_cli_exit_2_names_file_sheet_cell_and_fix(tmp_path):
    result = invoke([str(_bom(tmp_path, WEIGHTS))])
    assert result.exit_code == 2
    err = flat(result.stderr)
    assert flat("text_numbers.xlsx: 部品表!D4: '0,5' is not a number: a comma is read only as "
                "a thousands separator (1,200). For a decimal write a point: 0.5.") in err
    assert flat("部品表!D12: '1,2,3' is not a number: a comma is read only between groups of "
                "three digits") in err
    assert flat("部品表!D6: '50%' is not a number: a percentage is read only in a share") in err
    assert flat("部品表!D9: '1_000' is not a number.") in err


def test_cli_japanese_message(tmp_path):
    from typer.testing import CliRunner

    from cfp.cli.main import app

    result = CliRunner().invoke(app, ["calc", str(_bom(tmp_path, WEIGHTS)), "--lang", "ja"],
                                env={"COLUMNS": "1000"})
    assert result.exit_code == 2
    assert flat("部品表!D4: 「0,5」は数値ではありません。カンマは桁区切り(1,200)としてだけ"
                "読みます。小数は小数点で 0.5 と入力してください。") in flat(result.stderr)


def test_quantity_time_and_distance_refuse_percent_and_decimal_comma(tmp_path):
    path = write_book(tmp_path / "b.xlsx", {
        "部品表": [["品番", "個数", "材質", "重量(kg)", "仕入先", "旋盤 加工(分)"],
                  ["P-1", "50%", "SS400", 1.0, "A社", "1,5"]],
        "工程": [["工程", "定格電力(kW)", "使用率"], ["旋盤", 10, "70%"]],
        "仕入先": [["仕入先", "輸送手段", "距離(km)"], ["A社", "truck", "0,5"]],
    })
    with pytest.raises(InputError) as info:
        calculate(path)
    found = {(p.sheet, p.cell): p.code for p in info.value.problems}
    assert found == {("部品表", "B2"): "cell.percent_not_ratio",
                     ("部品表", "F2"): "cell.decimal_comma",
                     ("仕入先", "C2"): "cell.decimal_comma"}  # 使用率 70% is fine


def test_utilisation_percent_still_read(tmp_path):
    # 10 kW x 1 h x 70 % = 7 kWh x 0.5 kg-CO2e/kWh = 3.5
    path = write_book(tmp_path / "u.xlsx", {
        "部品表": [["品番", "個数", "旋盤 加工(h)"], ["P-1", 1, 1]],
        "工程": [["工程", "定格電力(kW)", "使用率"], ["旋盤", "1,0", "70%"]],
        "設定": [["電力排出係数", 0.5]],
    })
    with pytest.raises(InputError) as info:  # rated power '1,0' is not 10
        calculate(path)
    assert ("工程", "B2", "cell.decimal_comma") in [
        (p.sheet, p.cell, p.code) for p in info.value.problems]
    path = write_book(tmp_path / "u2.xlsx", {
        "部品表": [["品番", "個数", "旋盤 加工(h)"], ["P-1", 1, 1]],
        "工程": [["工程", "定格電力(kW)", "使用率"], ["旋盤", "10", "70%"]],
        "排出原単位": [["キー", "単位", "排出原単位"], ["P-1", "個", 0]],
        "設定": [["電力排出係数", 0.5]],
    })
    assert calculate(path).stages()["processing"] == pytest.approx(3.5)


def test_settings_values_use_the_same_rule(tmp_path):
    path = write_book(tmp_path / "s.xlsx", {
        "部品表": [["品番", "個数", "材質", "重量(kg)"], ["P-1", 1, "SS400", 1.0]],
        "設定": [["電力排出係数", "0,4"], ["ロット", "50%"]],
    })
    with pytest.raises(InputError) as info:
        calculate(path)
    assert sorted(p.params["key"] for p in info.value.problems) == [
        "electricity_factor", "lot_size"]


def test_factor_cell_with_decimal_comma_refused(tmp_path):
    path = write_book(tmp_path / "f.xlsx", {
        "部品表": [["品番", "個数", "材質", "重量(kg)"], ["P-1", 1, "MAT-A", 1.0]],
        "排出原単位": [["キー", "単位", "排出原単位"], ["MAT-A", "kg", "2,5"]],
    })
    with pytest.raises(InputError) as info:
        calculate(path)
    problems = [(p.sheet, p.cell, p.code) for p in info.value.problems]
    # first the cell, then what follows from it (no factor for MAT-A)
    assert problems[0] == ("排出原単位", "C2", "cell.decimal_comma")


def test_a_unit_in_the_cell_is_named_with_the_fix_in_both_languages(tmp_path):
    path = write_book(tmp_path / "unit.xlsx", {"部品表": [["品番", "個数", "材質", "重量(kg)"],
                                                          ["P-1", 1, "SS400", "500g"]]})
    refused_in_both([str(path)],
                    "unit.xlsx: 部品表!D2: '500g' is not a number: the unit 'g' belongs in the "
                    "column's header",
                    "「500g」は数値ではありません。単位「g」は列の見出しに書き")
