"""lca/aggregate: every figure of a result, worked out by hand on one small BOM.

The BOM (`bom` below), per declared unit (1 product):

    row 3  SUB  assembly, 2 per product            (no material, no process of its own)
    row 4  P-1  3 per SUB -> 6 per product, SS400, net 1.0 kg, raw 1.2 kg, supplier A社
                (truck 100 km), lathe 5 min per piece + 20 min set-up per lot of 100
    row 5  P-2  1 per product, A6063, net 0.5 kg (no raw weight: bought as it is)

Factors: steel 1.91 and aluminium 10.8 kg-CO2e/kg (category proxies), truck 0.10163
kg-CO2e/t-km, scrap metal 0.00468568 kg-CO2e/kg, electricity 0.388 kg-CO2e/kWh (Settings).
Lathe: 10 kW x 0.7 = 7 kW.

    materials   P-1 6 x 1.2 kg x 1.91 = 13.752       P-2 0.5 kg x 10.8 = 5.4     19.152
    transport   P-1 6 x 1.2 kg = 0.0072 t x 100 km = 0.72 t-km x 0.10163   =  0.0731736
    processing  cycle 7 kW x 5/60 h x 6 = 3.5 kWh; set-up 7 x 20/60 / 100 x 6 = 0.14 kWh;
                3.64 kWh x 0.388                                          =  1.41232
    waste       P-1 (1.2 - 1.0) x 6 = 1.2 kg x 0.00468568                 =  0.005622816
    total                                                                   20.643116416
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from builders import MINIMAL_BOM, PROCESSES, SETTINGS, SUPPLIERS, write_book

from cfp.lca.aggregate.inventory import field_values
from cfp.lca.aggregate.tables import first_use
from cfp.lca.api import Options, calculate
from cfp.lca.frame import Text
from cfp.lca.schema import INVENTORY

MATERIALS, TRANSPORT, PROCESSING, WASTE = 19.152, 0.0731736, 1.41232, 0.005622816
TOTAL = MATERIALS + TRANSPORT + PROCESSING + WASTE  # 20.643116416
P1 = 13.752 + TRANSPORT + PROCESSING + WASTE  # 15.243116416: P-1 carries all but P-2's 5.4


@pytest.fixture(scope="module")
def result(tmp_path_factory):
    path = tmp_path_factory.mktemp("aggregate") / "agg.xlsx"
    write_book(path, {
        "部品表": [["レベル", "品番", "個数", "品名", "材質", "重量(kg)", "素材重量(kg)", "仕入先",
                 "ロット", "旋盤", None],
                [None] * 9 + ["加工(分)", "段取(分)"],
                [1, "SUB", 2, "frame", None, None, None, None, None, None, None],
                [2, "P-1", 3, "shaft", "SS400", 1.0, 1.2, "A社", 100, 5, 20],
                [1, "P-2", 1, "cover", "A6063", 0.5, None, None, None, None, None]],
        "工程": PROCESSES, "仕入先": SUPPLIERS, "設定": SETTINGS}, merges={"部品表": ["J1:K1"]})
    return calculate(path)


def test_total_and_stages(result):
    assert result.total == pytest.approx(TOTAL)
    slices = {s.key: s for s in result.stage_slices}
    assert list(slices) == ["materials", "transport", "processing", "waste"]
    for key, kg in (("materials", MATERIALS), ("transport", TRANSPORT),
                    ("processing", PROCESSING), ("waste", WASTE)):
        assert slices[key].kg == pytest.approx(kg)
        assert slices[key].share == pytest.approx(kg / TOTAL)
    assert result.stages() == {s.key: s.kg for s in result.stage_slices}


def test_part_sums_in_bom_order(result):
    parts = result.part_sums
    assert parts.row.tolist() == [3, 4, 5]  # Excel rows: header, units row, then the parts
    assert parts.part_number.tolist() == ["SUB", "P-1", "P-2"]
    assert parts.is_assembly.tolist() == [True, False, False]
    assert parts.total_quantity.tolist() == [2, 6, 1]
    assert parts.kg_co2e == pytest.approx([0.0, P1, 5.4])
    assert parts.stages["materials"] == pytest.approx([0.0, 13.752, 5.4])
    assert parts.stages["processing"] == pytest.approx([0.0, PROCESSING, 0.0])
    assert parts.kg_co2e.sum() == pytest.approx(result.total)
    assert parts.share == pytest.approx([0.0, P1 / TOTAL, 5.4 / TOTAL])


def test_ranking_and_pareto_count(result):
    ranked = result.ranking()
    assert [result.part_sums.part_number[i] for i in ranked.index] == ["P-1", "P-2", "SUB"]
    # cumulative: 15.2431 / 20.6431 = 73.8 %, then 100 %, 100 %
    assert ranked.cumulative == pytest.approx([P1 / TOTAL, 1.0, 1.0])
    assert len(result.ranking(1)) == 1 and len(result.ranking(0)) == 0
    assert result.part_sums.count_to(0.8) == 2  # 73.8 % < 80 % after one part
    assert result.part_sums.count_to(0.5) == 1
    top = result.top_parts(1)[0]
    assert top["part_number"] == "P-1" and top["kg_co2e"] == pytest.approx(P1)


def test_categories_mass_and_emissions(result):
    categories = result.categories
    assert categories.keys == ["steel", "aluminium"]  # largest first; SUB is no leaf
    # mass: raw weight where given: P-1 6 x 1.2 = 7.2 kg; P-2 net 0.5 kg
    assert categories.mass_kg == pytest.approx([7.2, 0.5])
    assert categories.kg_co2e == pytest.approx([P1, 5.4])
    assert categories.stages["waste"] == pytest.approx([WASTE, 0.0])
    assert categories.share == pytest.approx([P1 / TOTAL, 5.4 / TOTAL])


def test_processes_measured_and_estimated(result):
    processes = result.processes
    assert processes.keys == ["旋盤"]
    assert processes.kwh == pytest.approx([3.64])  # 3.5 cycle + 0.14 set-up
    assert processes.measured_kwh == pytest.approx([0.0])
    assert processes.estimated_kwh == pytest.approx([3.64])
    assert processes.measured_share == pytest.approx([0.0])
    assert processes.kg_co2e == pytest.approx([PROCESSING])
    assert processes.total_measured_share == 0.0


def test_data_types_and_primary_share(result):
    types = result.data_types
    assert types["primary"].kg == 0.0 and result.primary_data_share() == 0.0
    # secondary: transport, electricity (the Settings factor) and scrap
    assert types["secondary"].kg == pytest.approx(TRANSPORT + PROCESSING + WASTE)
    assert types["proxy"].kg == pytest.approx(MATERIALS)  # category factors stand in
    assert types.proxy_keys == ("aluminium", "steel")
    assert sum(s.share for s in types.slices) == pytest.approx(1.0)


def test_factor_uses_and_databases(result):
    uses = {f.key: f for f in result.factor_uses}
    assert [f.key for f in result.factor_uses] == ["steel", "aluminium", "電力排出係数", "truck",
                                                   "scrap:metal"]  # largest first
    assert uses["電力排出係数"].flows == 2  # cycle and set-up
    assert uses["電力排出係数"].kg == pytest.approx(PROCESSING)
    assert uses["電力排出係数"].matched_by == ("electricity",)
    assert uses["steel"].matched_by == ("category",) and uses["truck"].matched_by == ("mode",)
    assert uses["steel"].factor == 1.91 and uses["steel"].unit == "kg"
    assert uses["steel"].share == pytest.approx(13.752 / TOTAL)
    databases = {d.source: d for d in result.databases}
    defra = next(d for s, d in databases.items() if s.startswith("DESNZ/DEFRA"))
    assert defra.factors == 2 and defra.kg == pytest.approx(TRANSPORT + WASTE)  # truck + scrap
    assert defra.builtin and defra.licences == ("OGL-3.0",)
    assert not databases["設定/Settings"].builtin
    assert sum(d.kg for d in result.databases) == pytest.approx(TOTAL)
    assert result.electricity_factors == ((0.388, "設定/Settings"),)


def test_lci_rows_per_part(result):
    lci = result.lci
    assert len(lci) == 8  # 6 flows + the net weight of each of the 2 leaf parts
    assert lci.column("row").tolist() == [4, 4, 4, 4, 4, 4, 5, 5]
    assert lci.column("stage").tolist() == ["materials", "transport", "processing",
                                            "processing", "waste", "product", "materials",
                                            "product"]
    assert lci.column("direction").tolist() == ["in", "in", "in", "in", "out", "out", "in",
                                                "out"]
    assert lci.column("flow_label").tolist() == [None, None, "electricity_cycle",
                                                 "electricity_setup", "scrap", "product",
                                                 None, "product"]
    # outputs: P-1 6 x net 1.0 kg = 6 kg; P-2 0.5 kg; the chips 1.2 kg to treatment
    assert lci.column("amount") == pytest.approx([7.2, 0.72, 3.5, 0.14, 1.2, 6.0, 0.5, 0.5])
    assert lci.column("name").tolist() == ["shaft"] * 6 + ["cover"] * 2
    assert lci.column("total_quantity").tolist() == [6] * 6 + [1] * 2
    assert lci.column("parent_row").tolist() == [3] * 6 + [0] * 2  # P-1 is in SUB (row 3)
    factor = lci.column("factor")
    assert np.isnan(factor[5]) and factor[0] == 1.91  # the net weight carries no factor
    codes, values = lci.codes("stage")
    assert [values[c] for c in codes] == lci.column("stage").tolist()


def test_inventory_fields_by_the_schema(result):
    flows, parts = result.flows, result.part_rows
    assert field_values(flows, parts, "row").tolist() == [4, 5, 4, 4, 4, 4]
    # P-1 materials: 7.2 kg for 6 pieces = 1.2 kg per piece
    assert field_values(flows, parts, "amount_per_piece")[0] == pytest.approx(1.2)
    assert field_values(flows, parts, "distance_km")[2] == 100.0
    missing = flows.copy()
    del missing.cols["distance_km"]  # a field the calculation does not give: all missing
    assert np.isnan(field_values(missing, parts, "distance_km")).all()
    frame = result.to_pandas()
    assert list(frame.columns) == [f.name for f in INVENTORY]
    assert frame["kg_co2e"].sum() == pytest.approx(TOTAL)
    assert result.parts_to_pandas()["kg_co2e"].sum() == pytest.approx(TOTAL)


def test_excluded_parts_under_the_cutoff(tmp_path):
    # P-1 2 x 1.5 kg + P-2 0.5 kg + P-9 0.05 kg = 3.55 kg; P-9 (no factor) is 1.4 % of it
    bom = write_book(tmp_path / "cut.xlsx", {"部品表": MINIMAL_BOM + [
        ["P-9", 1, "seal", "UNOBTAINIUM", 0.05]]})
    result = calculate(bom, Options(cutoff_pct=5))
    [excluded] = result.excluded_parts
    assert (excluded.part_number, excluded.grade, excluded.reason) == ("P-9", "UNOBTAINIUM",
                                                                        "cut_off")
    assert excluded.category is None and excluded.mass_kg == pytest.approx(0.05)
    assert result.excluded_mass_kg == pytest.approx(0.05)


def test_first_use_renumbers_codes_in_order_of_first_row():
    # a dictionary in another order, with a value no row uses ("z")
    column = Text(np.array([2, -1, 0, 2, 0]), ["a", "z", "b"])
    codes, values, first = first_use(column)
    assert values == ["b", "a"] and codes.tolist() == [0, -1, 1, 0, 1]
    assert first.tolist() == [0, 2]


def test_the_category_table_adds_up_with_an_assembly_process(tmp_path):
    # An assembly's own welding (60 min x 10 kW x 0.5 kg/kWh = 5.0) was in the total but
    # in no category row: the categories summed to 1.91 of 6.91 (27.6 %). Now a row of
    # its own, without mass (the assembly weighs what its part weighs): 5.0 + 1.91.
    from cfp.lca.aggregate.tables import ASSEMBLY_CATEGORY
    from cfp.lca.render import formats

    path = write_book(tmp_path / "a.xlsx", {
        "部品表": [["レベル", "品番", "個数", "材質", "重量(kg)", "溶接 加工(分)"],
                [1, "ASSY", 1, None, None, 60], [2, "P-1", 1, "SS400", 1.0, None]],
        "工程": [["工程", "定格電力(kW)", "使用率"], ["溶接", 10, 1.0]],
        "設定": [["電力排出係数", 0.5]]})
    result = calculate(path)
    cat = result.categories
    assert cat.keys == [ASSEMBLY_CATEGORY, "steel"]
    assert cat.kg_co2e.tolist() == pytest.approx([5.0, 1.91])
    assert cat.mass_kg.tolist() == pytest.approx([0.0, 1.0])
    assert cat.stages["processing"].tolist() == pytest.approx([5.0, 0.0])
    assert cat.share.sum() == pytest.approx(1.0)
    rows = json.loads(formats.to_json(result, "ja"))["by_category"]
    assert rows[0]["name"] == "(組立品自身の工程)"
    assert sum(r["kg_co2e"] for r in rows) == pytest.approx(result.total) == pytest.approx(6.91)
