"""数量単位 / Quantity unit on a line not bought with a supplier footprint (README: the
column is read only there): refused naming the cell, never read as pieces."""

from __future__ import annotations

import pytest
from builders import write_book
from typer.testing import CliRunner

from cfp.cli.main import app
from cfp.lca.api import calculate
from cfp.lca.errors import InputError
from tests.test_supplier_match import HEADER, bom, pcf_file, run
from tests.test_supplier_pcf import V3

UNIT_HEADER = ["品番", "個数", "数量単位", "材質", "重量(kg)"]


def refused(path, **options):
    with pytest.raises(InputError) as info:
        calculate(path, **options)
    return info.value.problems


@pytest.mark.parametrize("unit", ["g", "kg", "L", "m"])
def test_a_unit_other_than_pieces_without_a_footprint_is_refused(tmp_path, unit):
    # read as pieces, 200 g of paint (1 kg on the weight column) would be 200 x 1 kg = 200 kg
    # of PET x 3.86 = 772.78 kg-CO2e
    path = write_book(tmp_path / "bom.xlsx", {"部品表": [
        UNIT_HEADER, ["P-1", 1, None, "SS400", 1.0], ["PAINT", 200, unit, "PET", 1.0]]})
    [problem] = refused(path)
    assert (problem.code, problem.sheet, problem.cell) == ("cell.qty_unit_unread", "部品表", "C3")
    assert problem.message("en").endswith(
        f"部品表!C3: part 'PAINT' has the quantity unit '{unit}', but 数量単位 / Quantity unit is "
        "read only on a line bought with a supplier footprint (--supplier-pcf): here 個数 / Qty "
        "counts pieces. Write the quantity in pieces (Quantity unit blank, 個 or pcs) and the "
        "weight of one piece in the weight column (200 g of paint: Qty 1, Net weight 200 g).")
    assert f"部品「PAINT」の数量単位が「{unit}」ですが" in problem.message("ja")
    out = CliRunner().invoke(app, ["calc", str(path), "--lang", "en"], env={"COLUMNS": "1000"})
    assert out.exit_code == 2 and "bom.xlsx: 部品表!C3" in out.output


@pytest.mark.parametrize("unit", [None, "個", "pcs", "piece", "台"])
def test_pieces_are_accepted_on_any_line(tmp_path, unit):
    # 2 pieces x 1.0 kg x 1.91 (SS400, steel) = 3.82
    path = write_book(tmp_path / "bom.xlsx", {"部品表": [
        UNIT_HEADER, ["P-1", 2, unit, "SS400", 1.0]]})
    assert calculate(path).total == pytest.approx(2 * 1.91)


def test_the_unit_of_a_footprint_line_is_still_read(tmp_path):
    # PU-100 bought with the footprint V3 (2.5 kg-CO2e a piece), 3 pieces: 7.5; beside it
    # PAINT 200 g without a footprint: refused, the footprint line is not
    book = bom(tmp_path, [["PU-100", 3, "a", None, None, "個"],
                          ["PAINT", 200, "b", "PET", 1.0, "g"]], [*HEADER, "数量単位"])
    with pytest.raises(InputError) as info:
        run(book, pcf_file(tmp_path, V3))
    assert [(p.code, p.cell) for p in info.value.problems] == [("cell.qty_unit_unread", "F3")]
    fixed = bom(tmp_path, [["PU-100", 3, "a", None, None, "個"],
                           ["PAINT", 1, "b", "PET", 0.2, None]], [*HEADER, "数量単位"])
    # 7.5 + 1 x 0.2 kg PET x 3.86390131 = 7.5 + 0.772780262
    assert run(fixed, pcf_file(tmp_path, V3)).total == pytest.approx(7.5 + 0.2 * 3.86390131)
