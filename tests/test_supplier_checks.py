"""Supplier footprints that are valid PACT but likely give a wrong number (review of
supplier footprints): a negative footprint, a primaryDataShare written as a fraction, a
product mass per piece far from the part's weight, and a quantity in kg (L...) on a line
that also has per-piece processing or scrap.

V3 (tests/test_supplier_pcf.py): PU-100, 1 piece = 2.5 kg-CO2e, 0.25 kg a piece,
primaryDataShare 40 %.
"""

from __future__ import annotations

import pytest

from cfp.lca.errors import InputError
from tests.test_supplier_match import HEADER, bom, cli, lines, pcf_file, run
from tests.test_supplier_pcf import ID1, V3, footprint


def _warned(result, code: str) -> list[dict]:
    return [params for key, params in result.warnings if key == code]


# --- a negative footprint (v3 allows it: removals above emissions) -----------------------

def test_a_negative_footprint_is_used_with_a_warning(tmp_path):
    # -1.5 kg-CO2e a piece x 2 pieces = -3.0; the cover P-2: 1 x 0.5 kg x 2.0 = 1.0;
    # total -3.0 + 1.0 = -2.0, said in a warning naming the footprint and its figure
    negative = footprint(pcf__pcfExcludingBiogenicUptake="-1.5",
                         pcf__pcfIncludingBiogenicUptake="-1.5")
    book = bom(tmp_path, [["PU-100", 2, "a", None, 0.25], ["P-2", 1, "b", "SS400", 0.5]],
               排出原単位=[["キー", "単位", "排出原単位"], ["SS400", "kg", 2.0]])
    result = run(book, pcf_file(tmp_path, negative))
    assert result.total == pytest.approx(-2.0)
    (warned,) = _warned(result, "supplier_pcf.warn.negative")
    assert (warned["id"], warned["value"], warned["declared"]) == (ID1, "-1.5", "1 piece")
    assert not _warned(run(book, pcf_file(tmp_path, V3, "ok.json")),
                       "supplier_pcf.warn.negative")


@pytest.mark.parametrize("excluding, including, codes", [
    ("0", "2.5", ["supplier_pcf.warn.zero", "supplier_pcf.warn.including_above"]),
    ("1.0", "2.5", ["supplier_pcf.warn.including_above"]),  # swapped? 1.0 is used
    ("2.5", "-1.2", []),  # including a biogenic uptake of -3.7: as PACT defines it
    ("2.5", "2.5", []),
])
def test_a_headline_below_the_figure_including_uptake_is_warned(tmp_path, excluding,
                                                                 including, codes):
    # v3: pcfIncludingBiogenicUptake = pcfExcludingBiogenicUptake + biogenicCO2Uptake (<= 0),
    # so including above excluding means the headline is likely wrong; 2 pieces x the
    # excluding figure is used as given (0, 2.0, 5.0, 5.0)
    doubtful = footprint(pcf__pcfExcludingBiogenicUptake=excluding,
                         pcf__pcfIncludingBiogenicUptake=including)
    result = run(bom(tmp_path, [["PU-100", 2, "a", None, 0.25]]), pcf_file(tmp_path, doubtful))
    assert result.total == pytest.approx(2 * float(excluding))
    assert [k for k, _ in result.warnings if k in (
        "supplier_pcf.warn.zero", "supplier_pcf.warn.including_above")] == codes


def test_v2_including_above_excluding_is_not_warned(tmp_path):
    # v2's pCfIncludingBiogenic includes all biogenic emissions, so it may be the larger:
    # 2 pieces x 0.5 kg x 300 per kg = 300 kg-CO2e, no warning
    from tests.test_supplier_pcf import V2

    v2 = footprint(V2, productIds=["urn:pact:product-id:PU-100"],
                   pcf__pCfIncludingBiogenic="320")
    result = run(bom(tmp_path, [["PU-100", 2, "a", None, 0.5]]), pcf_file(tmp_path, v2))
    assert result.total == pytest.approx(300.0)
    assert not _warned(result, "supplier_pcf.warn.including_above")


# --- primaryDataShare written as a fraction ---------------------------------------------

@pytest.mark.parametrize("share, warned, pds", [
    ("0.4", True, 0.004),  # read as 0.4 %: 2.5 x 0.4 % / 2.5 = 0.004, warned
    ("1", True, 0.01),     # 1 %, or 100 % as a fraction: warned
    ("40", False, 0.4),    # 40 %: as PACT writes it
    ("0", False, 0.0),     # none primary: nothing to doubt
])
def test_a_primary_data_share_of_1_or_less_is_warned(tmp_path, share, warned, pds):
    book = bom(tmp_path, [["PU-100", 1, "a", None, 0.25]])
    result = run(book, pcf_file(tmp_path, footprint(pcf__primaryDataShare=share)))
    assert result.primary_data_share() == pytest.approx(pds)
    found = _warned(result, "supplier_pcf.warn.share_fraction")
    assert bool(found) is warned
    if warned:
        assert found[0]["value"] == share and found[0]["id"] == ID1


# --- the product mass a piece against the BOM's weight ----------------------------------

@pytest.mark.parametrize("net, raw, warned", [
    (0.25, None, None),   # the footprint's own 0.25 kg
    (0.35, None, None),   # 0.35 / 0.25 = 1.4: within 1.5
    (0.5, None, "E2"),    # 0.5 / 0.25 = 2: the net weight cell named
    (0.1, 0.3, None),     # the raw weight 0.3 (1.2) is near enough
    (0.1, 0.6, "F2"),     # raw 0.6 (2.4) and net 0.1 (2.5): the raw weight cell named
    (0.0025, None, "E2"),  # a hundredth: 100 x (a footprint of a box of 100 pieces?)
])
def test_a_product_mass_far_from_the_parts_weight_is_warned(tmp_path, net, raw, warned):
    # 4 pieces x 2.5 = 10.0 in every case: the footprint is used per piece as given
    # (a raw weight above the net adds the scrap of our machining beside it)
    book = bom(tmp_path, [["PU-100", 4, "a", None, net, raw]], [*HEADER, "素材重量(kg)"])
    result = run(book, pcf_file(tmp_path, V3))
    (line,) = lines(result, part_number="PU-100", stage="materials")
    assert line["kg_co2e"] == pytest.approx(10.0)
    found = _warned(result, "supplier_pcf.warn.mass_differs")
    assert [w["cell"] for w in found] == ([f"部品表!{warned}"] if warned else [])
    if warned:
        assert found[0]["pcf_kg"] == "0.25" and found[0]["part"] == "PU-100"


def test_a_declared_unit_amount_that_does_not_count_the_pieces_is_warned(tmp_path):
    # the supplier meant one piece (2.5 kg-CO2e, 0.25 kg) but wrote declaredUnitAmount
    # 100: read as 100 pieces, 0.025 kg-CO2e and 0.0025 kg a piece. 4 x 0.025 = 0.1 (as
    # given), with a warning: 0.25 kg in the BOM vs 0.0025 kg a piece (ratio 100)
    wrong = footprint(pcf__declaredUnitAmount="100")
    book = bom(tmp_path, [["PU-100", 4, "a", None, 0.25]])
    result = run(book, pcf_file(tmp_path, wrong))
    assert result.total == pytest.approx(0.1)
    (warned,) = _warned(result, "supplier_pcf.warn.mass_differs")
    assert (warned["bom_kg"], warned["pcf_kg"], warned["declared"]) == (
        "0.25", "0.0025", "100 piece")
    # a box of 100 pieces written right: 250 kg-CO2e and 25 kg per 100 pieces:
    # 2.5 and 0.25 kg a piece, 4 x 2.5 = 10.0, no warning
    box = footprint(pcf__declaredUnitAmount="100", pcf__pcfExcludingBiogenicUptake="250",
                    pcf__pcfIncludingBiogenicUptake="250", pcf__fossilGhgEmissions="250",
                    pcf__productMassPerDeclaredUnit="25")
    result = run(book, pcf_file(tmp_path, box, "box.json"))
    assert result.total == pytest.approx(10.0)
    assert not _warned(result, "supplier_pcf.warn.mass_differs")


def test_a_footprint_per_kilogram_is_not_compared_with_the_weight(tmp_path):
    # per kg: the BOM's weight is the quantity converted (2 x 0.5 kg x 2.5 = 2.5), there is
    # no mass a piece to compare
    per_kg = footprint(pcf__declaredUnitOfMeasurement="kilogram",
                       pcf__productMassPerDeclaredUnit="1")
    result = run(bom(tmp_path, [["PU-100", 2, "a", None, 0.5]]), pcf_file(tmp_path, per_kg))
    assert result.total == pytest.approx(2.5)
    assert not _warned(result, "supplier_pcf.warn.mass_differs")


# --- a quantity in kg with processing or scrap per piece ---------------------------------

PER_KG = footprint(pcf__declaredUnitOfMeasurement="kilogram",
                   pcf__productMassPerDeclaredUnit="1")
PROCESSES = [["工程", "定格電力(kW)", "使用率"], ["旋盤", 10, 1.0]]
SETTINGS = [["電力排出係数", 0.5]]


def test_a_quantity_in_kilograms_with_process_times_is_refused(tmp_path):
    # 2 kg of 0.5 kg pieces, 6 min of a 10 kW lathe each: 4 pieces x 0.1 h x 10 kW = 4 kWh,
    # but 個数 2 (kg) x 0.1 h x 10 kW gave 2 kWh (1.0 kg-CO2e instead of 2.0): exit 2
    # naming the 数量単位 cell
    header = [*HEADER, "数量単位", "旋盤 加工(分)"]
    book = bom(tmp_path, [["PU-100", 2, "a", None, 0.5, "kg", 6]], header, 工程=PROCESSES,
               設定=SETTINGS)
    with pytest.raises(InputError) as caught:
        run(book, pcf_file(tmp_path, PER_KG))
    (problem,) = caught.value.problems
    assert (problem.code, problem.cell, problem.value) == (
        "supplier_pcf.unit_per_piece", "F2", "kg")
    assert "PU-100" in problem.message("en") and "Quantity unit" in problem.message("en")
    assert "PU-100" in problem.message("ja") and "数量単位" in problem.message("ja")


def test_a_quantity_in_kilograms_with_a_raw_weight_above_the_net_is_refused(tmp_path):
    # scrap 2 (kg) x (0.5 - 0.2) = 0.6 kg: a mass times a mass; exit 2 naming G2
    header = [*HEADER, "素材重量(kg)", "数量単位"]
    book = bom(tmp_path, [["PU-100", 2, "a", "SS400", 0.2, 0.5, "kg"]], header)
    with pytest.raises(InputError) as caught:
        run(book, pcf_file(tmp_path, PER_KG))
    assert [(p.code, p.cell) for p in caught.value.problems] == [
        ("supplier_pcf.unit_per_piece", "G2")]


def test_a_quantity_in_kilograms_alone_and_pieces_with_times_stay(tmp_path):
    # PU-100: 2 kg x 2.5 = 5.0 (no processing, no scrap); Q-1 in pieces with the footprint
    # by its PCF ID: 2 pieces x 0.5 kg = 1 kg x 2.5 = 2.5, its lathe 2 x 0.1 h x 10 kW
    # = 2 kWh x 0.5 = 1.0; total 8.5
    header = [*HEADER, "数量単位", "旋盤 加工(分)", "PCF ID"]
    book = bom(tmp_path, [["PU-100", 2, "a", None, None, "kg", None, None],
                          ["Q-1", 2, "b", None, 0.5, None, 6, ID1]], header,
               工程=PROCESSES, 設定=SETTINGS)
    result = run(book, pcf_file(tmp_path, PER_KG))
    assert result.total == pytest.approx(8.5)
    (q1,) = lines(result, part_number="Q-1", stage="processing")
    assert q1["kg_co2e"] == pytest.approx(1.0)


def test_the_cli_exit_2_names_the_file_and_cell(tmp_path):
    header = [*HEADER, "数量単位", "旋盤 加工(分)"]
    book = bom(tmp_path, [["PU-100", 2, "a", None, 0.5, "kg", 6]], header, 工程=PROCESSES,
               設定=SETTINGS)
    done = cli("calc", book, "--supplier-pcf", pcf_file(tmp_path, PER_KG),
               "--timestamp", "2026-01-15T00:00:00Z")
    assert done.returncode == 2
    assert "bom.xlsx" in done.stderr and "F2" in done.stderr and "kg" in done.stderr


# --- what a supplier footprint left out is left out of ours -----------------------------

COMPANY = [["会社名", "Chain Test K.K."], ["製品名", "Pump"], ["対象期間", "FY2025"]]


@pytest.mark.parametrize("lang, words", [("en", "left out 4.5%"), ("ja", "4.5% を除外")])
def test_a_supplier_footprints_exempted_emissions_are_in_the_exported_percent(
        tmp_path, lang, words):
    # PU-100: 4 x 2.5 = 10.0 from a footprint that left out 4.5 % of its own emissions:
    # 10.0 is 95.5 % of what it would be, so it left out 10.0 x 4.5 / 95.5 = 0.471204;
    # P-2: 1 x 0.5 kg x 2.0 = 1.0; total 11.0. Exempted: 0.471204 / (11.0 + 0.471204)
    # = 4.10771 % (it was "0": nothing of ours excluded, although 4.1 % were)
    from cfp.lca.render.pact import to_pact
    from tests.test_pact import CREATED

    book = bom(tmp_path, [["PU-100", 4, "a", None, 0.25], ["P-2", 1, "b", "SS400", 0.5]],
               排出原単位=[["キー", "単位", "排出原単位"], ["SS400", "kg", 2.0]], 設定=COMPANY)
    result = run(book, pcf_file(tmp_path, footprint(pcf__exemptedEmissionsPercent="4.5")))
    assert result.total == pytest.approx(11.0)
    pcf = to_pact(result, "3.0.0", CREATED, lang)["pcf"]
    assert pcf["exemptedEmissionsPercent"] == "4.10771"
    text = pcf["exemptedEmissionsDescription"]
    assert words in text and ID1 in text and "0.471204" in text
    # the footprint of V3 left nothing out: "0", as before
    plain = to_pact(run(book, pcf_file(tmp_path, V3, "v3.json")), "3.0.0", CREATED, lang)
    assert plain["pcf"]["exemptedEmissionsPercent"] == "0"


def test_an_exempted_percent_beyond_100_is_refused(tmp_path):
    from tests.test_supplier_pcf import problems, write

    path = write(tmp_path, footprint(pcf__exemptedEmissionsPercent="120"))
    assert problems(path) == [("supplier_pcf.out_of_range", "$.pcf.exemptedEmissionsPercent")]


# --- a product mass converts pieces, volumes and areas, never energy or ton-km ----------

@pytest.mark.parametrize("unit", ["kilowatt hour", "megajoule", "ton kilometer", "hour"])
def test_a_mass_stated_for_energy_or_transport_converts_no_weight(tmp_path, unit):
    # 2.5 kg-CO2e per 1 kWh stating 1 kg (PACT: SHALL be 0): 2 pieces of 0.5 kg were read
    # as 2 x 0.5 / 1 = 1 kWh = 2.5 kg-CO2e. A weight is no energy: exit 2 naming 個数 (B2)
    wrong = footprint(pcf__declaredUnitOfMeasurement=unit,
                      pcf__productMassPerDeclaredUnit="1")
    book = bom(tmp_path, [["PU-100", 2, "a", None, 0.5]])
    with pytest.raises(InputError) as caught:
        run(book, pcf_file(tmp_path, wrong))
    (problem,) = caught.value.problems
    assert (problem.code, problem.cell) == ("supplier_pcf.mass_not_convertible", "B2")
    assert unit in problem.message("en") and "Quantity unit" in problem.message("en")
    assert "数量単位" in problem.message("ja")


def test_energy_in_its_own_unit_and_a_volume_through_its_mass_stay(tmp_path):
    # 数量単位 kWh: 2 kWh x 2.5 = 5.0, whatever mass the footprint states; a footprint per
    # liter stating 1 kg a liter: 2 pieces x 0.5 kg = 1 liter x 2.5 = 2.5
    kwh = footprint(pcf__declaredUnitOfMeasurement="kilowatt hour",
                    pcf__productMassPerDeclaredUnit="1")
    book = bom(tmp_path, [["PU-100", 2, "a", None, None, "kWh"]], [*HEADER, "数量単位"])
    assert run(book, pcf_file(tmp_path, kwh)).total == pytest.approx(5.0)
    liter = footprint(pcf__declaredUnitOfMeasurement="liter",
                      pcf__productMassPerDeclaredUnit="1")
    book = bom(tmp_path, [["PU-100", 2, "a", None, 0.5]])
    assert run(book, pcf_file(tmp_path, liter, "l.json")).total == pytest.approx(2.5)


def test_a_quantity_in_liters_weighs_what_the_footprint_states(tmp_path):
    # 18 kg-CO2e per 12 L weighing 9.468 kg: 1.5 a liter, 0.789 kg a liter. 2 L without a
    # weight: 2 x 1.5 = 3.0; delivered 2 x 0.789 = 1.578 kg, 100 km by truck (A社):
    # 0.1578 t-km x 0.1 = 0.01578; total 3.01578, product mass 1.578 kg (both were left
    # out: no transport, warned, and a product mass of 0)
    from tests.builders import SUPPLIERS

    per_liter = footprint(pcf__declaredUnitOfMeasurement="liter", pcf__declaredUnitAmount="12",
                          pcf__pcfExcludingBiogenicUptake="18",
                          pcf__pcfIncludingBiogenicUptake="18",
                          pcf__productMassPerDeclaredUnit="9.468")
    book = bom(tmp_path, [["PU-100", 2, "paint", None, None, "L", "A社"]],
               [*HEADER, "数量単位", "仕入先"], 仕入先=SUPPLIERS,
               排出原単位=[["キー", "単位", "排出原単位"], ["truck", "t-km", 0.1]])
    result = run(book, pcf_file(tmp_path, per_liter))
    (moved,) = lines(result, stage="transport")
    assert moved["amount"] == pytest.approx(0.1578)
    assert result.total == pytest.approx(3.01578)
    assert result.product_mass_kg == pytest.approx(1.578)
    assert not [k for k, _ in result.warnings if k == "warn.transport_no_weight"]
