"""The product mass with supplier footprints (issue 12; lca/aggregate/product_mass.py).

The supplier footprint V3 (tests/test_supplier_pcf.py) is PU-100: 2.5 kg-CO2e per
piece, productMassPerDeclaredUnit 0.25 kg per piece.
"""

from __future__ import annotations

import pytest

from cfp.lca.read.results import inventory_rows
from cfp.lca.render.pact import to_pact
from tests.builders import SUPPLIERS
from tests.test_pact import CREATED
from tests.test_supplier_match import HEADER, bom, pcf_file, run
from tests.test_supplier_pcf import V3

TREE = ["レベル", "品番", "個数", "材質", "重量(kg)", "仕入先"]
FACTORS = [["キー", "単位", "排出原単位"], ["SS400", "kg", 2.0], ["truck", "t-km", 0.1]]
COMPANY = [["会社名", "Chain Test K.K."], ["製品名", "Pump"], ["製品番号", "PM-1"],
           ["対象期間", "FY2025"]]


def _assembly_book(tmp_path, own_weight):
    # PU-100: an assembly of 2 pieces bought with the footprint; C-1 (3 x 1.0 kg) and
    # C-2 (1 x 1.0 kg) inside it; P-2 (1 x 0.5 kg) beside it
    return bom(tmp_path, [[1, "PU-100", 2, None, own_weight, None],
                          [2, "C-1", 3, "SS400", 1.0, "A社"],
                          [2, "C-2", 1, "SS400", 1.0, None],
                          [1, "P-2", 1, "SS400", 0.5, "A社"]], TREE,
               排出原単位=FACTORS, 仕入先=SUPPLIERS, 設定=COMPANY)


def test_an_assembly_bought_with_a_footprint_counts_once_with_the_footprints_mass(tmp_path):
    # no weight of its own: 2 x 0.25 (the footprint's mass a piece) = 0.5; its children
    # (2 x (3 x 1.0 + 1 x 1.0) = 8.0) are in the supplier's part: not again; P-2: 0.5.
    # 0.5 + 0.5 = 1.0 (without the footprint: 8.0 + 0.5 = 8.5)
    result = run(_assembly_book(tmp_path, None), pcf_file(tmp_path, V3))
    assert result.product_mass_kg == pytest.approx(1.0)
    pact = to_pact(result, "3.0.0", CREATED, "en")
    assert pact["pcf"]["productMassPerDeclaredUnit"] == "1"
    assert result.to_dict()["product_mass_kg"] == pytest.approx(1.0)


def test_an_assembly_with_its_own_weight_counts_that_weight(tmp_path):
    # its own 重量 0.3 kg beats the footprint's 0.25: 2 x 0.3 = 0.6 + P-2 0.5 = 1.1
    result = run(_assembly_book(tmp_path, 0.3), pcf_file(tmp_path, V3))
    assert result.product_mass_kg == pytest.approx(1.1)


def test_without_the_footprint_the_assembly_is_its_children(tmp_path):
    # the same BOM without --supplier-pcf: C-1 and C-2 count (8.0) + P-2 0.5 = 8.5
    from cfp import calculate

    assert calculate(_assembly_book(tmp_path, None)).product_mass_kg == pytest.approx(8.5)


@pytest.mark.parametrize("net, raw, expected", [
    (0.2, 0.5, 3 * 0.2),     # delivered: the net weight, 0.6
    (None, 0.5, 3 * 0.5),    # else the raw weight, 1.5
    (None, None, 3 * 0.25),  # else the footprint's 0.25 kg a piece, 0.75
])
def test_a_part_bought_with_a_footprint_weighs_what_is_delivered(tmp_path, net, raw,
                                                                 expected):
    book = bom(tmp_path, [["PU-100", 3, "a", None, net, raw]], [*HEADER, "素材重量(kg)"])
    assert run(book, pcf_file(tmp_path, V3)).product_mass_kg == pytest.approx(expected)


def test_a_quantity_in_kilograms_is_its_mass(tmp_path):
    # 数量単位 kg: 1.5 kg of the part, whatever a piece weighs: 1.5
    book = bom(tmp_path, [["PU-100", 1.5, "a", None, None, "kg"]], [*HEADER, "Quantity unit"])
    assert run(book, pcf_file(tmp_path, V3)).product_mass_kg == pytest.approx(1.5)


# --- warn.assembly_material ---------------------------------------------------------------

def _warned(result) -> list[str]:
    return [params["part"] for key, params in result.warnings
            if key == "warn.assembly_material"]


def test_no_assembly_material_warning_for_an_assembly_bought_with_a_footprint(tmp_path):
    # PU-100 is an assembly with its own raw weight (0.4 kg) and a material; bought with
    # the footprint, its weight is what is delivered: used (2 x 0.4 = 0.8 + P-2 0.5 = 1.3 kg
    # of product), not ignored, so no warning. SUB-1, an assembly inside it, is inside the
    # supplier's footprint: no warning either. Without the footprint both are warned.
    header = ["レベル", "品番", "個数", "材質", "素材重量(kg)", "仕入先"]
    book = bom(tmp_path, [[1, "PU-100", 2, "SS400", 0.4, None],
                          [2, "SUB-1", 1, "SS400", 0.2, None],
                          [3, "C-1", 3, "SS400", 1.0, None],
                          [1, "P-2", 1, "SS400", 0.5, None]], header,
               排出原単位=FACTORS, 仕入先=SUPPLIERS)
    bought = run(book, pcf_file(tmp_path, V3))
    assert _warned(bought) == []
    assert bought.product_mass_kg == pytest.approx(1.3)
    from cfp import calculate

    assert sorted(_warned(calculate(book))) == ["PU-100", "SUB-1"]


def test_a_quantity_in_kilograms_travels_as_that_mass(tmp_path):
    # 数量単位 kg with a 重量 of 0.2 kg given: 1.5 kg of the part are delivered, so the
    # transport is 1.5 kg x 100 km (A社, truck) = 0.15 t-km x 0.1 = 0.015 kg-CO2e — not
    # 1.5 x 0.2 kg (a mass times a mass: 0.003)
    book = bom(tmp_path, [["PU-100", 1.5, "a", None, 0.2, "kg", "A社"]],
               [*HEADER, "Quantity unit", "仕入先"], 排出原単位=FACTORS, 仕入先=SUPPLIERS)
    result = run(book, pcf_file(tmp_path, V3))
    moved = [r for r in inventory_rows(result.to_dict()) if r["stage"] == "transport"]
    assert [(r["amount"], r["unit"]) for r in moved] == [(pytest.approx(0.15), "t-km")]
    assert sum(r["kg_co2e"] for r in moved) == pytest.approx(0.015)
    assert result.product_mass_kg == pytest.approx(1.5)
