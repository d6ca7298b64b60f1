"""A factor column whose header names the CO2e unit (`排出原単位(t-CO2e)`, `GWP [g-CO2e]`,
a mapped `t-CO2e`): the header's numerator applies to unit cells that give only what the
factor is per, and a unit cell that says otherwise is refused (review of factor units)."""

from __future__ import annotations

import pytest
from builders import write_book

from cfp.lca.api import Options, calculate
from cfp.lca.errors import InputError

# one part of 1.5 kg, grade X1, twice: 3 kg of X1
BOM = [["品番", "個数", "材質", "重量(kg)"], ["P-1", 2, "X1", 1.5]]


def run(tmp_path, text, **options):
    path = write_book(tmp_path / "bom.xlsx", {"部品表": BOM})
    factors = tmp_path / "db.csv"
    factors.write_text(text, encoding="utf-8")
    return calculate(path, Options(factor_files=[factors], **options))


@pytest.mark.parametrize(("text", "unit_given"), [
    # 2 t-CO2e per t = 2 kg-CO2e/kg; 3 kg x 2 = 6 (read as kg-CO2e per t it was 0.006)
    ("key,unit,排出原単位(t-CO2e)\nX1,t,2\n", "t-CO2e/t"),
    # 2000 g-CO2e per kg = 2 kg-CO2e/kg -> 6 (read as kg-CO2e it was 6000)
    ("key,unit,GWP [g-CO2e]\nX1,kg,2000\n", "g-CO2e/kg"),
    # the header's whole unit: 2000 kg-CO2e per t = 2 per kg -> 6; the cell agrees
    ("key,単位,排出原単位(kg-CO2e/t)\nX1,t,2000\n", "kg-CO2e/t"),
    # a blank unit cell takes the header's unit when the header says what it is per
    ("key,単位,排出原単位(kg-CO2e/t)\nX1,,2000\n", "kg-CO2e/t"),
    # the cell's own numerator agrees with the header's: as written -> 6
    ("key,単位,排出原単位(t-CO2e)\nX1,t-CO2e/t,2\n", "t-CO2e/t"),
    # a header in kg-CO2e over a per-t cell: 2000 kg per t -> 6, as before
    ("key,unit,kg-CO2e\nX1,t,2000\n", "kg-CO2e/t"),
    # a bare kg-CO2e header (cfp's default, a header alias) leaves a cell's own
    # numerator standing: 2 t-CO2e/t -> 6, as before
    ("key,unit,kg-CO2e\nX1,t-CO2e/t,2\n", "t-CO2e/t"),
    # `/unit` names no unit: only the numerator counts; 0.002 t-CO2e per kg -> 6
    ("key,unit,Factor (t-CO2e/unit)\nX1,kg,0.002\n", "t-CO2e/kg"),
    ("key,unit,GWP (t-CO2e/基準単位)\nX1,kg,0.002\n", "t-CO2e/kg"),
    # (a table of rows per kWh and per kg under one such header): X1 2 per kg -> 6
    ("key,unit,Factor (kg-CO2e/unit)\nX0,kWh,0.5\nX1,kg,2\n", "kg-CO2e/kg"),
])
def test_header_unit_applies_to_the_unit_cells(tmp_path, text, unit_given):
    result = run(tmp_path, text)
    assert result.total == pytest.approx(6.0)
    line = result.inventory.iloc[0]
    assert line["factor"] == pytest.approx(2.0)
    assert line["factor_unit_given"] == unit_given


def test_mapped_header_that_is_a_unit(tmp_path):
    # an export whose CO2e column is headed `t-CO2e`, mapped with --factor-columns:
    # 0.002 t-CO2e per kg = 2 kg-CO2e/kg -> 3 kg x 2 = 6
    text = "Code,RefUnit,t-CO2e\nX1,kg,0.002\n"
    result = run(tmp_path, text, factor_columns={"key": "Code", "unit": "RefUnit",
                                                 "factor": "t-CO2e"})
    assert result.total == pytest.approx(6.0)


@pytest.mark.parametrize(("text", "unit", "header"), [
    # per kg in the cell, per t in the header: a factor 1000 times off either way
    ("key,単位,排出原単位(kg-CO2e/t)\nX1,kg,2000\n", "kg", "排出原単位(kg-CO2e/t)"),
    # t-CO2e in the cell, g-CO2e in the header
    ("key,単位,排出原単位(g-CO2e)\nX1,t-CO2e/t,2\n", "t-CO2e/t", "排出原単位(g-CO2e)"),
    # per kg in the cell, per t in the header, however the numerators agree
    ("key,単位,CO2e (kg-CO2e/t)\nX1,kg-CO2e/kg,2\n", "kg-CO2e/kg", "CO2e (kg-CO2e/t)"),
])
def test_unit_cell_against_the_header_is_refused(tmp_path, text, unit, header):
    with pytest.raises(InputError) as info:
        run(tmp_path, text)
    problem = next(p for p in info.value.problems if p.code == "factor.header_unit")
    assert problem.cell == "B2"
    assert f"'{unit}'" in problem.message("en") and f"'{header}'" in problem.message("en")
    assert f"「{unit}」" in problem.message("ja") and f"「{header}」" in problem.message("ja")


def test_blank_unit_names_the_key(tmp_path):
    with pytest.raises(InputError) as info:
        run(tmp_path, "key,unit,factor\nX1,,2\n")
    problem = next(p for p in info.value.problems if p.code == "factor.blank_unit")
    assert problem.cell == "B2"
    assert "'X1'" in problem.message("en") and "「X1」" in problem.message("ja")
    assert "None" not in problem.message("en")


@pytest.mark.parametrize(("text", "mapping"), [
    # the export's own CO2e column (1.0, another method) beside the GWP100 you map (2.0)
    ("Code,Unit,CO2e,GWP100\nX1,kg,1.0,2.0\n", {"factor": "GWP100"}),
    # an internal Code column beside the ProductCode you map
    ("Code,ProductCode,Unit,GWP100\nZZ,X1,kg,2.0\n", {"key": "ProductCode", "factor": "GWP100"}),
])
def test_mapped_column_wins_over_a_builtin_header(tmp_path, text, mapping):
    # before: exit 2, "column 'GWP100' appears twice (also C1)"; now the mapped column is
    # read: 3 kg x 2.0 = 6.0
    assert run(tmp_path, text, factor_columns=mapping).total == pytest.approx(6.0)


def test_mapping_still_leaves_other_files_their_own_headers(tmp_path):
    # one mapping for two files: the export has ProductCode, your own file a key column;
    # X1 from the export (2.0), and the later file's key X1 (3.0) wins -> 3 kg x 3.0 = 9.0
    path = write_book(tmp_path / "bom.xlsx", {"部品表": BOM})
    export, mine = tmp_path / "export.csv", tmp_path / "mine.csv"
    export.write_text("ProductCode,Unit,GWP100\nX1,kg,2.0\n", encoding="utf-8")
    mine.write_text("key,unit,factor\nX1,kg,3.0\n", encoding="utf-8")
    result = calculate(path, Options(factor_files=[export, mine], factor_columns={
        "key": "ProductCode", "factor": "GWP100"}))
    assert result.total == pytest.approx(9.0)


def test_header_unit_per_an_unknown_unit_is_refused(tmp_path):
    # `t-CO2/千kWh`: 0.434 t per 1,000 kWh is 0.434 kg/kWh; with the cell `kWh` and the
    # header's t it would be read as 434 kg/kWh. Refused at the header cell, once.
    text = "key,unit,排出原単位(t-CO2/千kWh)\nX1,kg,0.434\nX2,kWh,0.434\n"
    with pytest.raises(InputError) as info:
        run(tmp_path, text)
    found = [p for p in info.value.problems if p.code == "factor.header_unit_unknown"]
    assert [p.cell for p in found] == ["C1"]
    assert "'排出原単位(t-CO2/千kWh)'" in found[0].message("en")
    assert "「排出原単位(t-CO2/千kWh)」" in found[0].message("ja")


def test_kg_header_per_an_unknown_unit_is_the_default(tmp_path):
    # `kg-CO2e/FU` names kg, cfp's default: the cells decide; 2 kg-CO2e/kg -> 6
    assert run(tmp_path, "key,unit,GWP (kg-CO2e/FU)\nX1,kg,2\n").total == pytest.approx(6.0)


def test_statutory_header_is_the_factor_column(tmp_path):
    # 排出係数 (the statutory lists' word) with its unit: 0.002 t-CO2 per kg -> 3 kg x 2 = 6
    # (before: the column was not read, every row "no factor value")
    assert run(tmp_path, "キー,単位,排出係数(t-CO2)\nX1,kg,0.002\n").total == pytest.approx(6.0)


@pytest.mark.parametrize(("text", "per_kg"), [
    # CO2 2 kg + CH4 1 g + N2O 1 g per kg (AR6: CH4 27.9, N2O 273):
    # 2 + 0.001 x 27.9 + 0.001 x 273 = 2.3009 kg-CO2e/kg (before: 1 kg of each, 302.9)
    ("key,unit,co2 (kg),ch4 (g),n2o (g)\nX1,kg,2,1,1\n", 2.3009),
    # per t, in t: 2 t CO2 + 0.001 t CH4 x 27.9 = 2.0279 t-CO2e/t (before: 0.0020279)
    ("key,unit,CO2 [t],CH4 [t]\nX1,t,2,0.001\n", 2.0279),
    # a header's whole unit: 2000 g CO2 per kg = 2
    ("key,unit,co2 (g/kg)\nX1,kg,2000\n", 2.0),
    # 2000 g CO2 per t under a unit in t-CO2e: 2 kg per t = 0.002 per kg
    ("key,unit,co2 (g)\nX1,t-CO2e/t,2000\n", 0.002),
])
def test_gas_column_header_units(tmp_path, text, per_kg):
    result = run(tmp_path, text)
    assert result.inventory.iloc[0]["factor"] == pytest.approx(per_kg)
    assert result.total == pytest.approx(3 * per_kg)  # 3 kg


@pytest.mark.parametrize(("text", "code", "cell"), [
    # CO2e per gas: the GWP would be applied twice (CH4 x 27.9 again)
    ("key,unit,ch4 (kg CO2e)\nX1,kg,2\n", "factor.gas_header_unit", "C1"),
    ("key,unit,ch4 (lb)\nX1,kg,2\n", "factor.gas_header_unit", "C1"),
    # per kg in the header, per t in the row
    ("key,unit,co2 (g/kg)\nX1,t,2000\n", "factor.header_unit", "B2"),
])
def test_gas_column_header_unit_refused(tmp_path, text, code, cell):
    with pytest.raises(InputError) as info:
        run(tmp_path, text)
    problem = next(p for p in info.value.problems if p.code == code)
    assert problem.cell == cell
    header = text.split("\n")[0].split(",")[2]
    assert f"'{header}'" in problem.message("en") and f"「{header}」" in problem.message("ja")
