"""A 分類 of one material category on a part whose grade is another (review of material
mapping): `ADC12` (die casting) with 分類 `アルミ` took wrought aluminium's 10.8
kg-CO2e/kg instead of the casting's 0.995, exit 0 and no word. The 分類 is still used (it
is the user's statement), with a warning naming the part, the row and both categories."""

from __future__ import annotations

import pytest
from builders import write_book

from cfp.lca.api import Options, calculate

HEADER = ["品番", "個数", "材質", "分類", "重量(kg)"]


def warnings_of(tmp_path, rows):
    path = write_book(tmp_path / "bom.xlsx", {"部品表": [HEADER, *rows]})
    result = calculate(path, Options())
    return result, [w for w in result.warnings if w[0].startswith("warn.category_not_grade")]


def test_category_of_another_material_is_warned(tmp_path):
    result, warned = warnings_of(tmp_path, [["P-1", 1, "ADC12", "アルミ", 1.0],
                                            ["P-2", 1, "ADC12", "アルミ", 1.0]])
    # the 分類 is used: 2 x 1 kg x wrought aluminium 10.8 = 21.6 (the casting: 1.99)
    assert result.total == pytest.approx(21.6)
    # once per (grade, 分類) pair, at its first row (sheet row 2)
    assert warned == [("warn.category_not_grade", {
        "part": "P-1", "grade": "ADC12", "category": "アルミ", "stated": "aluminium",
        "mapped": "aluminium_cast", "sheet": "部品表", "row": 2})]


def test_component_category_or_same_material_is_not_warned(tmp_path):
    # a bolt of SCM435 classed ボルト, a bearing of SUJ2, C3604 in 銅合金, SS400 in 鋼,
    # a blank 分類: nothing to warn
    _, warned = warnings_of(tmp_path, [["B-1", 4, "SCM435", "ボルト", 0.1],
                                       ["B-2", 1, "SUJ2", "ベアリング", 0.2],
                                       ["P-1", 1, "C3604", "銅合金", 1.0],
                                       ["P-2", 1, "SS400", "鋼", 1.0],
                                       ["P-3", 1, "ADC12", None, 1.0]])
    assert warned == []


def test_warning_texts(tmp_path):
    from cfp.lca.i18n import tr

    _, warned = warnings_of(tmp_path, [["P-1", 1, "SS400", "ステンレス", 1.0]])
    ((key, params),) = warned
    assert "'ステンレス'" in tr(key, "en", **params) and "'SS400'" in tr(key, "en", **params)
    assert "「ステンレス」" in tr(key, "ja", **params) and "「SS400」" in tr(key, "ja", **params)


def test_many_pairs_are_one_warning(tmp_path):
    # six (grade, 分類) pairs: one summary naming the first five (PER_ITEM_LIMIT)
    grades = ["SS400", "S45C", "SPCC", "SCM435", "SUJ2", "SKD11"]
    rows = [[f"P-{i}", 1, grade, "ステンレス", 1.0] for i, grade in enumerate(grades)]
    _, warned = warnings_of(tmp_path, rows)
    ((key, params),) = warned
    assert key == "warn.category_not_grade.many"
    assert (params["count"], params["more"]) == ("6", "1")
    assert params["first"].startswith("P-0 (SS400), P-1 (S45C)")


def test_board_is_not_read_as_paper(tmp_path):
    # English 分類 'board' (often a circuit board: pcb, 24.9 kg-CO2e/kg) was read as
    # paper (1.29), exit 0; now it is an unknown category (exit 2) naming the cell
    from cfp.lca.errors import InputError

    path = write_book(tmp_path / "bom.xlsx", {"部品表": [HEADER, ["P-1", 1, None, "board", 0.1]]})
    with pytest.raises(InputError) as info:
        calculate(path, Options())
    (problem,) = info.value.problems
    assert (problem.code, problem.cell) == ("material.unknown_category_near", "D2")
    # the spellings that say which board still work: cardboard 1.29, circuit board 24.9
    for text, factor in (("cardboard", 1.28850358), ("circuit board", 24.86547556)):
        path = write_book(tmp_path / "b2.xlsx", {"部品表": [HEADER, ["P-1", 1, None, text, 1.0]]})
        assert calculate(path, Options()).total == pytest.approx(factor)
