"""How the BOM sheet's headers give units and structure (lca/read/bom.py,
lca/resolve/structure.py): findings of the review of BOM reading, each a wrong number
with exit code 0 before. Numbers worked by hand in each test (SS400: the built-in steel
category factor, 1.91 kg-CO2e/kg)."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import write_book
from test_bad_input import flat, invoke, refused_in_both

from cfp.lca.api import calculate
from cfp.lca.errors import InputError

STEEL = 1.91
SETTINGS_KG = [["製品名", "テスト製品"], ["重量単位", "kg"]]


def book(tmp_path: Path, rows: list[list[object]], settings: bool = False) -> Path:
    sheets = {"部品表": rows, **({"設定": SETTINGS_KG} if settings else {})}
    return write_book(tmp_path / "bom.xlsx", sheets)


def refused(path: Path) -> list[tuple[str, str, object]]:
    with pytest.raises(InputError) as info:
        calculate(path)
    return [(p.code, p.cell, p.value) for p in info.value.problems]


@pytest.mark.parametrize("unit", ["(g)", "g", "［ｇ］"])
def test_a_unit_in_the_row_under_the_weight_header_is_the_columns_unit(tmp_path, unit):
    # 重量 over (g); Settings say kg. P-1: 2 x 1000 g = 2 kg x 1.91 = 3.82 kg-CO2e
    # (before: the unit row was skipped, 2 x 1000 kg = 3820 kg-CO2e, exit 0)
    path = book(tmp_path, [["品番", "個数", "材質", "重量", "素材重量"],
                           [None, None, None, unit, unit],
                           ["P-1", 2, "SS400", 1000, None]], settings=True)
    result = calculate(path)
    assert result.product_mass_kg == pytest.approx(2.0)
    assert result.total == pytest.approx(2 * 1.0 * STEEL)


def test_a_note_under_the_weight_header_is_no_unit(tmp_path):
    # (1個あたり) is not a unit: Settings' kg holds. 2 x 1 kg x 1.91 = 3.82
    path = book(tmp_path, [["品番", "個数", "材質", "重量"], [None, None, None, "(1個あたり)"],
                           ["P-1", 2, "SS400", 1]], settings=True)
    assert calculate(path).total == pytest.approx(2 * STEEL)


def test_another_unit_under_a_header_with_a_unit_is_refused(tmp_path):
    path = book(tmp_path, [["品番", "個数", "材質", "重量(kg)"], [None, None, None, "(g)"],
                           ["P-1", 2, "SS400", 1000]])
    assert refused(path) == [("column.unit_conflict", "D2", "(g)")]
    refused_in_both([str(path)],
                    "bom.xlsx: 部品表!D2: the header '重量(kg)' gives the unit 'kg', but the cell "
                    "below it says '(g)'. Keep one unit",
                    "見出し「重量(kg)」の単位は「kg」ですが、その下のセルに「(g)」とあります。")


def test_the_same_unit_under_the_header_is_accepted(tmp_path):
    # 重量(g) over (g): 2 x 1000 g = 2 kg -> 3.82
    path = book(tmp_path, [["品番", "個数", "材質", "重量(g)"], [None, None, None, "(g)"],
                           ["P-1", 2, "SS400", 1000]])
    assert calculate(path).total == pytest.approx(2 * STEEL)


@pytest.mark.parametrize(("header", "sub", "cell", "value"), [
    ("数量(m)", None, "B1", "数量(m)"), ("員数(kg)", None, "B1", "員数(kg)"),
    ("Qty (L)", None, "B1", "Qty (L)"), ("個数", "(m)", "B1", "個数(m)")])
def test_a_quantity_header_in_a_unit_other_than_pieces_is_refused(tmp_path, header, sub,
                                                                  cell, value):
    # before: the unit was dropped, 2 m of hose counted as 2 pieces of 1 kg (3.82, exit 0)
    rows = [["品番", header, "材質", "重量(kg)"], ["P-1", 2, "SS400", 1.0]]
    if sub:
        rows.insert(1, [None, sub, None, None])
    path = book(tmp_path, rows)
    assert refused(path) == [("column.qty_unit", cell, value)]


def test_quantity_unit_message_in_both_languages(tmp_path):
    path = book(tmp_path, [["品番", "数量(m)", "材質", "重量(kg)"], ["P-1", 2, "SS400", 1.0]])
    result = invoke([str(path)])
    assert result.exit_code == 2
    assert flat("bom.xlsx: 部品表!B1: the quantity column '数量(m)' is in 'm', but 個数 / Qty "
                "counts pieces per parent.") in flat(result.stderr)
    ja = invoke([str(path), "--lang", "ja"])
    assert ja.exit_code == 2
    assert flat("個数の列「数量(m)」の単位が「m」ですが、個数は親 1 個あたりの個数として"
                "読みます。") in flat(ja.stderr)


@pytest.mark.parametrize("header", ["数量(個)", "個数(pcs)", "Qty (pcs)"])
def test_a_quantity_header_in_pieces_is_read(tmp_path, header):
    # 2 pieces x 1 kg x 1.91 = 3.82
    path = book(tmp_path, [["品番", header, "材質", "重量(kg)"], ["P-1", 2, "SS400", 1.0]])
    assert calculate(path).total == pytest.approx(2 * STEEL)


LEVEL_PARENT = ["レベル", "品番", "親品番", "個数", "材質", "重量(kg)"]


def test_a_parent_that_disagrees_with_the_level_is_refused(tmp_path):
    # P-2 is under B by its level (5 B x 1 = 5 kg) but under A by its 親品番 (2 A x 1 =
    # 2 kg): before, the level was read and the 親品番 ignored (6 + 5 = 11 kg, exit 0)
    path = book(tmp_path, [LEVEL_PARENT, [1, "A", None, 2, None, None],
                           [2, "P-1", "A", 3, "SS400", 1.0], [1, "B", None, 5, None, None],
                           [2, "P-2", "A", 1, "SS400", 1.0]])
    assert refused(path) == [("parent.level_differs", "C5", "A")]
    refused_in_both([str(path)],
                    "bom.xlsx: 部品表!C5: the level puts part 'P-2' under 'B' (row 4), but its "
                    "親品番 / Parent says 'A'.",
                    "レベルでは部品「P-2」は 4 行目の「B」の下ですが、親品番は「A」です。")


def test_a_parent_given_on_a_top_level_row_is_refused(tmp_path):
    # P-2 at level 1 (1 per product) but 親品番 A (2 per product): which is meant is unknown
    path = book(tmp_path, [LEVEL_PARENT, [1, "A", None, 2, None, None],
                           [2, "P-1", "A", 3, "SS400", 1.0], [1, "P-2", "A", 1, "SS400", 1.0]])
    assert refused(path) == [("parent.level_top", "C4", "A")]
    ja = invoke([str(path), "--lang", "ja"])
    assert ja.exit_code == 2
    assert flat("レベルでは部品「P-2」は製品の直下ですが、親品番はこの部品表の「A」です。") \
        in flat(ja.stderr)


@pytest.mark.parametrize("top", [None, "PROD"])
def test_a_parent_that_agrees_with_the_level_is_read(tmp_path, top):
    # A 2 x P-1 3 x 1 kg = 6 kg, B 5 x P-2 1 x 1 kg = 5 kg: 11 kg x 1.91 = 21.01; a level-1
    # row's 親品番 outside the BOM (PROD) names the product
    path = book(tmp_path, [LEVEL_PARENT, [1, "A", top, 2, None, None],
                           [2, "P-1", "A", 3, "SS400", 1.0], [1, "B", top, 5, None, None],
                           [2, "P-2", "B", 1, "SS400", 1.0]])
    result = calculate(path)
    assert result.product_mass_kg == pytest.approx(11.0)
    assert result.total == pytest.approx(11 * STEEL)


@pytest.mark.parametrize(("rows", "cell", "value"), [
    ([["A", "ASSY", 2, "SS400", 4.0], ["  P-1", "plate", 3, "SS400", 1.0]], "A3", "  P-1"),
    ([["A", "ASSY", 2, "SS400", 4.0], ["P-1", "\u3000plate", 3, "SS400", 1.0]], "B3",
     "\u3000plate")])
def test_structure_written_by_indentation_is_refused(tmp_path, rows, cell, value):
    # no level, no 親品番: read flat, ASSY 2 x 4 kg + P-1 3 x 1 kg = 11 kg (21.01, exit 0)
    # where the indentation means 2 ASSY x 3 P-1 x 1 kg = 6 kg
    path = book(tmp_path, [["品番", "品名", "個数", "材質", "重量(kg)"], *rows])
    assert refused(path) == [("cell.indented", cell, value)]
    ja = invoke([str(path), "--lang", "ja"])
    assert ja.exit_code == 2
    assert flat(f"「{value.strip()}」が字下げされています(字下げの行1行)。") in flat(ja.stderr)
    en = invoke([str(path)])
    assert flat("is indented (rows indented: 1), as a part inside the row above would be") \
        in flat(en.stderr)


def test_the_same_indentation_on_every_row_or_a_level_column_is_read(tmp_path):
    # every part number indented alike: no structure; flat 2 x 4 + 3 x 1 = 11 kg -> 21.01
    path = book(tmp_path, [["品番", "品名", "個数", "材質", "重量(kg)"],
                           [" A", "ASSY", 2, "SS400", 4.0], [" P-1", "plate", 3, "SS400", 1.0]])
    assert calculate(path).total == pytest.approx(11 * STEEL)
    # with a level the indentation is layout: 2 A x 3 P-1 x 1 kg = 6 kg -> 11.46
    path = book(tmp_path, [["レベル", "品番", "個数", "材質", "重量(kg)"], [1, "A", 2, None, None],
                           [2, "  P-1", 3, "SS400", 1.0]])
    assert calculate(path).total == pytest.approx(6 * STEEL)


@pytest.mark.parametrize("header", ["質量[g]", "単重(g)", "Mass (g)", "重量（ｇ）"])
def test_mass_and_unit_weight_headers_in_grams(tmp_path, header):
    # 2 pieces x 1000 g = 2 kg x 1.91 = 3.82 (質量 was not a weight header: refused)
    path = book(tmp_path, [["品番", "個数", "材質", header], ["P-1", 2, "SS400", 1000]])
    assert calculate(path).product_mass_kg == pytest.approx(2.0)
    assert calculate(path).total == pytest.approx(2 * STEEL)


def test_a_total_weight_column_is_not_read_as_the_weight_of_one_piece(tmp_path):
    # 総重量 is often 員数 x 単重 (here 2 x 1000 g): read as one piece's weight it would
    # count the quantity twice; it is not a weight header, so the part has no weight
    path = book(tmp_path, [["品番", "個数", "材質", "総重量(g)"], ["P-1", 2, "SS400", 2000]])
    assert [code for code, _cell, _value in refused(path)] == ["cell.no_mass"]


@pytest.mark.parametrize(("header", "unit", "weight", "settings"), [
    ("重量(g)", "m", 100, False),  # 0.5 m of hose: was 0.5 pieces of 100 g
    ("重量(g)", "kg", 1.2, False),  # was 1.2 g, not 1.2 kg (x1000 low)
    ("重量", "g", 1000, True)])  # Settings kg: was 1000 kg, not 1000 g (x1000 high)
def test_a_unit_column_that_is_not_pieces_or_the_weights_unit_is_refused(
        tmp_path, header, unit, weight, settings):
    path = book(tmp_path, [["品番", "個数", "単位", "材質", header],
                           ["P-1", 0.5, unit, "SS400", weight], ["P-2", 1, "個", "SS400", 1]],
                settings=settings)
    assert refused(path) == [("cell.unit_unread", "C2", unit)]
    ja = invoke([str(path), "--lang", "ja"])
    assert ja.exit_code == 2
    assert flat(f"部品「P-1」の列「単位」が「{unit}」ですが、この列は読みません。") \
        in flat(ja.stderr)
    en = invoke([str(path)])
    assert flat(f"part 'P-1' has '{unit}' in the column '単位', which cfp does not read") \
        in flat(en.stderr)


def test_a_unit_column_of_pieces_or_the_weights_own_unit_is_accepted(tmp_path):
    # P-1 2 x 1000 g + P-2 1 x 500 g = 2.5 kg x 1.91 = 4.775
    path = book(tmp_path, [["品番", "個数", "単位", "材質", "重量(g)"],
                           ["P-1", 2, "g", "SS400", 1000], ["P-2", 1, "pcs", "SS400", 500]])
    assert calculate(path).total == pytest.approx(2.5 * STEEL)


@pytest.mark.parametrize("other", ["部品表 (2)", "BOM"])
def test_a_second_bom_sheet_is_refused(tmp_path, other):
    # 部品表 holds P-1 (2 kg), the copied sheet P-2 (3 kg): only 部品表 was read, 3.82
    # kg-CO2e for a product of 5 kg, exit 0
    rows = [["品番", "個数", "材質", "重量(kg)"]]
    path = write_book(tmp_path / "bom.xlsx", {"部品表": [*rows, ["P-1", 2, "SS400", 1.0]],
                                              other: [*rows, ["P-2", 3, "SS400", 1.0]]})
    assert refused(path) == [("sheet.second_bom", None, None)]
    refused_in_both([str(path)],
                    f"bom.xlsx: {other}: the workbook has a second BOM sheet '{other}' besides "
                    "'部品表': cfp reads only '部品表'",
                    f"ブックに「部品表」のほかにも部品表のシート「{other}」があります。")


def test_a_renamed_old_bom_sheet_is_not_read(tmp_path):
    # 旧部品表 is no BOM sheet name: 部品表 alone, 2 x 1 kg x 1.91 = 3.82
    rows = [["品番", "個数", "材質", "重量(kg)"]]
    path = write_book(tmp_path / "bom.xlsx", {"部品表": [*rows, ["P-1", 2, "SS400", 1.0]],
                                              "旧部品表": [*rows, ["P-2", 3, "SS400", 1.0]]})
    assert calculate(path).total == pytest.approx(2 * STEEL)


@pytest.mark.parametrize(("first", "second", "value"), [("1", "1-1", "1-1"), (1, 1.1, 1.1),
                                                        ("1", "1.1", "1.1")])
def test_structure_written_by_position_numbers_is_refused(tmp_path, first, second, value):
    # No. 1-1 under 1, no level, no 親品番: read flat, A 2 x 4 kg + P-1 3 x 1 kg = 11 kg
    # (21.01, exit 0) where the numbering means 2 A x 3 P-1 x 1 kg = 6 kg
    path = book(tmp_path, [["No.", "品番", "個数", "材質", "重量(kg)"],
                           [first, "A", 2, "SS400", 4.0], [second, "P-1", 3, "SS400", 1.0]])
    assert refused(path) == [("cell.position_number", "A3", value)]
    ja = invoke([str(path), "--lang", "ja"])
    assert ja.exit_code == 2
    assert flat(f"番号「{value}」は別の部品の中の部品を表す番号です(その形の行1行)") \
        in flat(ja.stderr)


def test_plain_or_equally_deep_position_numbers_are_read(tmp_path):
    # 1, 2 or 1-1, 1-2: no structure; 2 x 4 + 3 x 1 = 11 kg x 1.91 = 21.01
    for first, second in (("1", "2"), ("1-1", "1-2")):
        path = book(tmp_path, [["番号", "品番", "個数", "材質", "重量(kg)"],
                               [first, "A", 2, "SS400", 4.0], [second, "P-1", 3, "SS400", 1.0]])
        assert calculate(path).total == pytest.approx(11 * STEEL)


@pytest.mark.parametrize(("row", "cell", "value"), [
    (["合計", None, 2, "SS400", 2.0], "A3", "合計"),  # was a part: 2 + 2 x 2 = 6 kg, exit 0
    ([None, "合 計", None, None, 2.0], "B3", "合 計"),
    (["Total", None, None, None, 2.0], "A3", "Total")])
def test_a_total_row_is_refused(tmp_path, row, cell, value):
    path = book(tmp_path, [["品番", "品名", "個数", "材質", "重量(kg)"],
                           ["P-1", "plate", 2, "SS400", 1.0], row])
    problems = refused(path)
    assert ("cell.total_row", cell, value) in problems
    assert not {"cell.part_missing", "cell.qty_missing"} & {code for code, *_ in problems}
    ja = invoke([str(path), "--lang", "ja"])
    assert ja.exit_code == 2
    assert flat(f"「{value}」は合計の行で、部品ではありません。") in flat(ja.stderr)


def test_a_name_that_merely_contains_a_total_word_is_a_part(tmp_path):
    # 計器 (a gauge) is a part: 2 x 1 kg x 1.91 = 3.82
    path = book(tmp_path, [["品番", "品名", "個数", "材質", "重量(kg)"],
                           ["P-1", "計器", 2, "SS400", 1.0]])
    assert calculate(path).total == pytest.approx(2 * STEEL)


RAW = ["品番", "個数", "材質", "重量(kg)", "素材重量(kg)"]


def test_a_raw_weight_that_is_the_lines_total_is_refused(tmp_path):
    # 素材重量 = 個数 x 重量 on both rows with 個数 > 1 (4 x 1 = 4, 2 x 0.5 = 1): the line's
    # total; read per piece, P-1 bought 4 x 4 = 16 kg of steel for 4 kg of parts, exit 0
    path = book(tmp_path, [RAW, ["P-1", 4, "SS400", 1.0, 4.0], ["P-2", 2, "SS400", 0.5, 1.0],
                           ["P-3", 1, "SS400", 0.5, 0.5]])
    assert refused(path) == [("column.raw_is_total", "E1", "素材重量(kg)")]
    refused_in_both([str(path)],
                    "'素材重量(kg)' is the quantity x the net weight ('P-1': 4 x 1 kg = 4 kg): it "
                    "is the line's total",
                    "「素材重量(kg)」が個数×重量です(「P-1」: 4 × 1 kg = 4 kg)。")


@pytest.mark.parametrize("rows", [
    [["P-1", 4, "SS400", 1.0, 4.0], ["P-3", 1, "SS400", 0.5, 0.6]],  # one such row only
    [["P-1", 4, "SS400", 1.0, 1.2], ["P-2", 2, "SS400", 0.5, 1.0]]])  # P-1 is per piece
def test_a_raw_weight_per_piece_is_read(tmp_path, rows):
    # product mass: P-1 4 x 1 kg + the other row (0.5 or 2 x 0.5) kg
    path = book(tmp_path, [RAW, *rows])
    expected = 4.0 + rows[1][1] * rows[1][3]
    assert calculate(path).product_mass_kg == pytest.approx(expected)


PRODUCT_SETTINGS = [["製品名", "ポンプ"], ["製品品番", "PROD"]]


@pytest.mark.parametrize(("rows", "cell"), [
    ([["品番", "親品番", "品名", "個数", "材質", "重量(kg)"],
      ["PROD", None, "x", 2, None, None], ["P-1", "PROD", "p", 3, "SS400", 1.0]], "D2"),
    ([["レベル", "品番", "品名", "個数", "材質", "重量(kg)"],
      [1, "X", "ポンプ", 2, None, None], [2, "P-1", "p", 3, "SS400", 1.0]], "D2")])
def test_a_product_row_named_in_the_settings_must_count_one(tmp_path, rows, cell):
    # the top row is the product (its 品番 is 製品品番 PROD, or its 品名 the 製品名): its
    # 個数 2 made P-1 2 x 3 = 6 pieces per product (11.46, exit 0) instead of 3 (5.73)
    path = write_book(tmp_path / "bom.xlsx", {"部品表": rows, "設定": PRODUCT_SETTINGS})
    assert [(c, where) for c, where, _ in refused(path)] == [
        ("cell.product_named_quantity", cell)]
    ja = invoke([str(path), "--lang", "ja"])
    assert ja.exit_code == 2
    assert flat("は製品自体(品番か品名が設定シートのもの)で、個数が「2」です。") in flat(ja.stderr)


def test_the_product_row_with_one_or_another_top_assembly_is_read(tmp_path):
    header = ["品番", "親品番", "個数", "材質", "重量(kg)"]
    # PROD 1: P-1 3 x 1 kg = 3 kg -> 5.73
    path = write_book(tmp_path / "a.xlsx", {"部品表": [
        header, ["PROD", None, 1, None, None], ["P-1", "PROD", 3, "SS400", 1.0]],
        "設定": PRODUCT_SETTINGS})
    assert calculate(path).total == pytest.approx(3 * STEEL)
    # ASSY is not the product: 2 ASSY x 3 P-1 x 1 kg = 6 kg -> 11.46
    path = write_book(tmp_path / "b.xlsx", {"部品表": [
        header, ["ASSY", None, 2, None, None], ["P-1", "ASSY", 3, "SS400", 1.0]],
        "設定": PRODUCT_SETTINGS})
    assert calculate(path).total == pytest.approx(6 * STEEL)


@pytest.mark.parametrize(("qty", "weight", "value"), [
    ("個数", "重量(g/個)", 1000), ("Qty (pcs/set)", "Weight (kg/pc)", 1),
    ("員数(個/台)", "重量(kg)", 1)])
def test_units_per_piece_are_pieces(tmp_path, qty, weight, value):
    # 2 pieces x 1 kg (1000 g per piece) = 2 kg x 1.91 = 3.82 (g/個 was an unknown unit)
    path = book(tmp_path, [["品番", qty, "材質", weight], ["P-1", 2, "SS400", value]])
    assert calculate(path).total == pytest.approx(2 * STEEL)


def test_a_weight_per_metre_is_refused(tmp_path):
    path = book(tmp_path, [["品番", "個数", "材質", "重量(kg/m)"], ["P-1", 2, "SS400", 1]])
    assert refused(path) == [("column.bad_unit", "D1", "重量(kg/m)")]


LEVELS = ["レベル", "品番", "個数", "材質", "重量(kg)"]


def test_a_sub_assembly_whose_parts_are_listed_once_is_refused(tmp_path):
    # SUB 2 with P-1 3 under it, then SUB 1 with nothing under it: the second row was a
    # 5 kg steel part (2 x 3 x 1 + 5 = 11 kg, 21.01, exit 0); as the assembly it is
    # 3 SUB x 3 P-1 x 1 kg = 9 kg
    path = book(tmp_path, [LEVELS, [1, "SUB", 2, "SS400", 5.0], [2, "P-1", 3, "SS400", 1.0],
                           [1, "SUB", 1, "SS400", 5.0]])
    assert refused(path) == [("part.children_once", "B4", "SUB")]
    refused_in_both([str(path)],
                    "部品表!B4: 'SUB' has parts under it on row 2 but none here",
                    "「SUB」は 2 行目では下に部品がありますが、この行にはありません。")


def test_a_sub_assembly_with_its_parts_under_each_row_is_read(tmp_path):
    # (2 + 1) SUB x 3 P-1 x 1 kg = 9 kg x 1.91 = 17.19
    path = book(tmp_path, [LEVELS, [1, "SUB", 2, None, None], [2, "P-1", 3, "SS400", 1.0],
                           [1, "SUB", 1, None, None], [2, "P-1", 3, "SS400", 1.0]])
    assert calculate(path).total == pytest.approx(9 * STEEL)


def test_a_title_in_the_no_column_stays_a_layout_row(tmp_path):
    # 組立 A alone in No. is a section title, not a part: 2 x 1 kg + 1 x 1 kg = 3 kg -> 5.73
    path = book(tmp_path, [["No.", "品番", "個数", "材質", "重量(kg)"],
                           ["組立 A", None, None, None, None], [1, "P-1", 2, "SS400", 1.0],
                           [2, "P-2", 1, "SS400", 1.0]])
    assert calculate(path).total == pytest.approx(3 * STEEL)


@pytest.mark.parametrize(("value", "digit"), [(".1", "1"), ("..2", "2"), ("・・2", "2"),
                                               ("･･2", "2")])
def test_a_level_written_with_dots_is_refused_naming_the_digit(tmp_path, value, digit):
    # SAP lists a BOM's levels as `.1`, `..2`: not a number, refused (as any bad level),
    # the message saying to write the digit alone
    path = book(tmp_path, [["レベル", "品番", "個数", "材質", "重量(kg)"],
                           ["1", "A", 1, None, None], [value, "P-1", 1, "SS400", 1.0]])
    assert ("cell.level_dotted", "A3", value) in refused(path)
    refused_in_both([str(path)], f"level '{value}' is written with dots before it",
                    f"レベル「{value}」は前に点が付いています")
    assert flat(f"alone ({digit})") in flat(invoke([str(path)]).stderr)
