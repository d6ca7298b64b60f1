"""A factor of yours keyed by a grade applies however the BOM or the key spells it
(review of factor units and material mapping). Before: a key `SUS 304` or `SUS-304` was
not used for the grade `SUS304`, nor a key `A5052` for `A5052P` (plate) or `S45C` for
`S45CH`: the built-in proxy was taken, exit 0.

Every BOM: one line of 2 pieces x 1.5 kg = 3 kg; your factor 5.0 kg-CO2e/kg -> 15.0."""

from __future__ import annotations

import pytest
from builders import write_book

from cfp.lca.api import Options, calculate


def run(tmp_path, grade, key=None, part="P-1", category=None):
    header = ["品番", "個数", "材質", "分類", "重量(kg)"]
    path = write_book(tmp_path / "bom.xlsx",
                      {"部品表": [header, [part, 2, grade, category, 1.5]]})
    files = []
    if key is not None:
        files.append(tmp_path / "mine.csv")
        files[0].write_text(f"key,unit,factor\n{key},kg,5.0\n", encoding="utf-8")
    return calculate(path, Options(factor_files=files))


@pytest.mark.parametrize(("key", "grade", "category"), [
    ("SUS 304", "SUS304", None),      # a space in your key
    ("SUS-304", "SUS304", None),      # a dash in your key
    ("SUS304", "SUS-304", None),      # a dash in the BOM
    ("SUS304", "ＳＵＳ３０４", None),  # full-width in the BOM
    ("A5052", "A5052P", None),        # JIS H 4000 plate suffix P
    ("A5052", "A5052P-H34", None),    # plate and temper
    ("A6063", "A6063S-T5", None),     # extruded shape S and temper
    ("C3604", "C3604BD", None),       # drawn bar BD
    ("SCM435", "SCM435H", None),      # JIS G 4052 H-steel
    ("S45C", "S45CH", "鋼"),           # (no built-in S45CH: 分類 given)
])
def test_your_grade_factor_is_used(tmp_path, key, grade, category):
    result = run(tmp_path, grade, key, category=category)
    line = result.inventory.iloc[0]
    assert (line["factor_key"], line["matched_by"]) == (key, "grade")
    assert result.total == pytest.approx(15.0)  # 3 kg x 5.0


@pytest.mark.parametrize(("grade", "total"), [
    ("SUS-304", 3 * 3.7),      # built-in stainless 3.7 (before: no factor, exit 2)
    ("A6063S-T5", 3 * 10.8),   # built-in wrought aluminium 10.8
    ("SCM435H", 3 * 1.91),     # built-in steel 1.91 (before: no factor, exit 2)
])
def test_builtin_grade_map_reads_the_spellings(tmp_path, grade, total):
    assert run(tmp_path, grade).total == pytest.approx(total)


def test_part_numbers_are_not_matched_loosely(tmp_path):
    # your factor for part AB-12 is not another part AB12's: the line falls to its grade
    # SS400 -> built-in steel 1.91; 3 kg x 1.91 = 5.73
    result = run(tmp_path, "SS400", key="AB-12", part="AB12")
    assert result.inventory.iloc[0]["factor_key"] == "steel"
    assert result.total == pytest.approx(5.73)


def test_your_grade_map_row_beats_the_builtin_suffixed_grade(tmp_path):
    # your 材質 row A5052 -> アルミ鋳物 (aluminium_cast, 0.9950779) is used for A5052P,
    # although the built-in map lists A5052P itself (aluminium, 10.8): 3 kg x 0.995...
    path = write_book(tmp_path / "bom.xlsx", {
        "部品表": [["品番", "個数", "材質", "重量(kg)"], ["P-1", 2, "A5052P", 1.5]],
        "材質": [["材質", "分類"], ["A5052", "アルミ鋳物"]]})
    result = calculate(path, Options())
    assert result.inventory.iloc[0]["factor_key"] == "aluminium_cast"
    assert result.total == pytest.approx(3 * 0.9950779)


@pytest.mark.parametrize(("part", "grade", "key", "factor"), [
    ("GEAR", "S45C", "steel", 1.91),          # not the bought-gear proxy 3.53
    ("ボルト", "SUS304", "stainless", 3.7),    # not the steel-bolt proxy 2.8
    ("seal", "NBR", "rubber", 3.3355719),     # (the same figure as the seal proxy)
    ("Motor", None, "motor", 3.267),          # without a grade the key still applies
])
def test_part_number_equal_to_a_builtin_key_comes_last(tmp_path, part, grade, key, factor):
    # before: matched by "part_number" (the level of primary data) ahead of the grade
    result = run(tmp_path, grade, part=part)
    assert result.inventory.iloc[0]["factor_key"] == key
    assert result.total == pytest.approx(3 * factor)  # 3 kg
