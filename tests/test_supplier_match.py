"""Supplier footprints used by a calculation (issue 12): matching BOM lines, units, status
and validity, assemblies, the primary data share, and bad files refused with exit 2.

Footprints are written here from `V3` / `V2` of tests/test_supplier_pcf.py:
    V3: Kanagawa Casting, product PU-100, 1 piece = 2.5 kg-CO2e, 0.25 kg, primary data
        share 40 %, DQR 1.5 / 2 / 1, reference period 2024, valid (assumed) to 2028-01-01.
    V2: Car Maker, 2000 kg (unitaryProductAmount) at 300 kg-CO2e per kg: 0.3 t-CO2e a kg
        in v3 terms is 300 kg-CO2e per kilogram; primary data share 20 %.
Each BOM's expected figures are worked out in its test.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from cfp import calculate
from cfp.lca.errors import InputError
from tests.builders import SETTINGS, SUPPLIERS, write_book
from tests.test_supplier_pcf import ID1, ID2, ID3, V2, V3, footprint

AS_OF = datetime(2026, 1, 15, tzinfo=UTC)
HEADER = ["品番", "個数", "品名", "材質", "重量(kg)"]


def pcf_file(tmp_path: Path, document: object, name: str = "supplier.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def bom(tmp_path: Path, rows: list[list[object]], header: list[str] = HEADER,
        **sheets: list[list[object]]) -> Path:
    return write_book(tmp_path / "bom.xlsx", {"部品表": [header, *rows], **sheets})


def run(book: Path, *files: Path, as_of: datetime = AS_OF):
    return calculate(book, supplier_pcf=list(files), as_of=as_of)


def lines(result, **where: object) -> list[dict]:
    frame = result.to_pandas()
    records = frame.to_dict("records")
    return [r for r in records if all(r[k] == v for k, v in where.items())]


def codes(book: Path, *files: Path) -> list[tuple[str, str | None]]:
    with pytest.raises(InputError) as caught:
        run(book, *files)
    return [(p.code, p.cell) for p in caught.value.problems]


# --- matching ---------------------------------------------------------------------------

def test_part_number_matches_the_last_segment_and_beats_every_factor(tmp_path):
    # PU-100 also has a factor keyed by its part number (3.0 a piece) and a grade: the
    # footprint wins: 4 pieces x 2.5 = 10.0; the cover: 1 x 0.5 kg x 2.0 = 1.0
    book = bom(tmp_path, [["PU-100", 4, "housing", "SS400", 0.25],
                          ["P-2", 1, "cover", "SS400", 0.5]],
               排出原単位=[["キー", "単位", "排出原単位"], ["PU-100", "個", 3.0],
                      ["SS400", "kg", 2.0]])
    result = run(book, pcf_file(tmp_path, V3))
    assert result.total == pytest.approx(11.0)
    (line,) = lines(result, part_number="PU-100")
    assert (line["matched_by"], line["data_type"], line["stage"]) == (
        "supplier_pcf", "primary", "materials")
    assert (line["amount"], line["unit"], line["factor"]) == (4.0, "piece", 2.5)
    assert line["pcf_id"] == ID1 and line["pcf_company"] == "Kanagawa Casting"
    assert line["pcf_product_id"] == "urn:pact:product-id:PU-100"
    assert line["pcf_period"] == "2024-01-01/2025-01-01"
    assert line["pcf_primary_share"] == pytest.approx(0.4)
    assert (line["pcf_dqr_technological"], line["pcf_dqr_geographical"],
            line["pcf_dqr_temporal"]) == (1.5, 2.0, 1.0)
    # no scrap, no second material line for PU-100
    assert len(lines(result, part_number="PU-100")) == 1
    # primary data share: 10.0 x 40 % / 11.0 = 0.363636
    assert result.primary_data_share() == pytest.approx(4.0 / 11.0)
    (used,) = result.supplier_footprints()
    assert used["share"] == pytest.approx(10.0 / 11.0) and used["rows"] == [2]


def test_supplier_part_number_before_part_number_and_pcf_id_before_both(tmp_path):
    other = footprint(id=ID3, productIds=["urn:pact:product-id:X-9"],
                      pcf__pcfExcludingBiogenicUptake="7", companyName="Other Co")
    header = [*HEADER, "仕入先品番", "PCF ID"]
    book = bom(tmp_path, [["PU-100", 1, "a", None, 0.25, "X-9", None],  # 7 (spn)
                          ["Q-1", 1, "b", None, 0.25, None, ID1],  # 2.5 (id)
                          ["X-9", 2, "c", None, 0.25, "PU-100", ID3]],  # 2 x 7 (id first)
               header)
    result = run(book, pcf_file(tmp_path, [V3, other]))
    how = {r["part_number"]: r["kg_co2e"] for r in lines(result, matched_by="supplier_pcf")}
    assert how == {"PU-100": 7.0, "Q-1": 2.5, "X-9": 14.0}


def test_unknown_pcf_id_names_the_cell(tmp_path):
    book = bom(tmp_path, [["Q-1", 1, "b", "SS400", 0.25, ID3]], [*HEADER, "フットプリントID"])
    assert codes(book, pcf_file(tmp_path, V3)) == [("supplier_pcf.id_unknown", "F2")]


def test_pcf_id_without_supplier_files_is_a_warning(tmp_path):
    book = bom(tmp_path, [["Q-1", 1, "b", "SS400", 0.25, ID3]], [*HEADER, "CFP ID"])
    result = calculate(book)
    assert ("supplier_pcf.warn.ids_unused", {"count": 1}) in result.warnings


def test_two_active_footprints_are_an_error_naming_both(tmp_path):
    twin = footprint(id=ID3)
    book = bom(tmp_path, [["PU-100", 1, "a", None, 0.25]])
    with pytest.raises(InputError) as caught:
        run(book, pcf_file(tmp_path, [V3, twin]))
    (problem,) = [p for p in caught.value.problems if p.code.startswith("supplier_pcf")]
    assert (problem.code, problem.cell) == ("supplier_pcf.ambiguous", "A2")
    text = problem.message("en")
    assert ID1 in text and ID3 in text


def test_deprecated_only_when_no_active_matches(tmp_path):
    old = footprint(id=ID3, status="Deprecated", pcf__pcfExcludingBiogenicUptake="9")
    book = bom(tmp_path, [["PU-100", 1, "a", None, 0.25]])
    result = run(book, pcf_file(tmp_path, [old, V3]))
    assert result.total == pytest.approx(2.5)  # the Active one
    assert not [w for w in result.warnings if "deprecated" in w[0]]
    alone = run(book, pcf_file(tmp_path, [old], "old.json"))
    assert alone.total == pytest.approx(9.0)
    assert [w[0] for w in alone.warnings if "deprecated" in w[0]] == [
        "supplier_pcf.warn.deprecated_only"]


def test_expired_footprint_is_used_with_a_warning(tmp_path):
    # no validity period: reference end 2025-01-01 + 3 years = 2028-01-01
    book = bom(tmp_path, [["PU-100", 1, "a", None, 0.25]])
    path = pcf_file(tmp_path, V3)
    assert not [w for w in run(book, path).warnings if "expired" in w[0]]
    late = run(book, path, as_of=datetime(2028, 1, 2, tzinfo=UTC))
    (warning,) = [w for w in late.warnings if "expired" in w[0]]
    assert warning[0] == "supplier_pcf.warn.expired_assumed"
    assert warning[1]["id"] == ID1 and warning[1]["end"] == "2028-01-01"
    stated = footprint(validityPeriodEnd="2025-06-30T00:00:00Z")
    (warning,) = [w for w in run(book, pcf_file(tmp_path, stated, "s.json")).warnings
                  if "expired" in w[0]]
    assert warning[0] == "supplier_pcf.warn.expired" and warning[1]["end"] == "2025-06-30"


# --- units ----------------------------------------------------------------------------

def test_per_kilogram_through_the_raw_weight(tmp_path):
    # v2: 300 kg-CO2e per kilogram. Line: 3 x raw 0.5 kg (what is bought before our
    # machining, domain.md; net 0.2 kg) = 1.5 kg x 300 = 450; the chips of our
    # machining, 3 x (0.5 - 0.2) = 0.9 kg, stay as a waste line (0.00468568 a kg of
    # scrap treatment: 0.0042171). Primary share 450 x 0.2 / 450.0042171 = 0.199998
    book = bom(tmp_path, [["4712345060507", 3, "car part", None, 0.2, 0.5]],
               [*HEADER, "素材重量(kg)"])
    result = run(book, pcf_file(tmp_path, V2))
    (line,) = lines(result, stage="materials")
    assert (line["amount"], line["unit"], line["mass_basis"]) == (
        pytest.approx(1.5), "kg", "raw")
    assert line["kg_co2e"] == pytest.approx(450.0)
    assert line["pcf_dqr_technological"] != line["pcf_dqr_technological"]  # v2: NaN
    assert result.stages()["waste"] == pytest.approx(0.9 * 0.00468568)
    assert result.primary_data_share() == pytest.approx(450 * 0.2 / (450 + 0.9 * 0.00468568))


def test_per_kilogram_through_the_net_weight_without_a_raw_weight(tmp_path):
    # a bought finished part (no raw weight): 3 x net 0.2 kg = 0.6 kg x 300 = 180, no scrap
    book = bom(tmp_path, [["4712345060507", 3, "car part", None, 0.2]])
    result = run(book, pcf_file(tmp_path, V2))
    (line,) = lines(result)
    assert (line["amount"], line["mass_basis"]) == (pytest.approx(0.6), "net")
    assert line["kg_co2e"] == pytest.approx(180.0)
    assert result.stages()["waste"] == 0.0


def test_per_ton(tmp_path):
    # 1.2 t-CO2e... a footprint of 1 ton = 1200 kg-CO2e; 2 x 0.25 kg = 0.0005 t -> 0.6
    per_ton = footprint(pcf__declaredUnitOfMeasurement="ton",
                        pcf__pcfExcludingBiogenicUptake="1200",
                        pcf__productMassPerDeclaredUnit="1000")
    book = bom(tmp_path, [["PU-100", 2, "a", None, 0.25]])
    assert run(book, pcf_file(tmp_path, per_ton)).total == pytest.approx(0.6)


def test_liter_only_where_the_line_gives_liters(tmp_path):
    # 2.0 kg-CO2e per 1 liter; the line: 5 (数量単位 L) -> 10.0; 0.5 mL... 500 ml = 0.5 L
    per_liter = footprint(pcf__declaredUnitOfMeasurement="liter",
                          pcf__pcfExcludingBiogenicUptake="2",
                          pcf__productMassPerDeclaredUnit="0")
    header = [*HEADER, "数量単位"]
    book = bom(tmp_path, [["PU-100", 5, "oil", None, None, "L"]], header)
    path = pcf_file(tmp_path, per_liter)
    assert run(book, path).total == pytest.approx(10.0)
    book = bom(tmp_path, [["PU-100", 500, "oil", None, None, "ml"]], header)
    assert run(book, path).total == pytest.approx(1.0)
    # in pieces, with no product mass: refused at the quantity cell
    book = bom(tmp_path, [["PU-100", 5, "oil", None, 0.9, None]], header)
    assert codes(book, path) == [("supplier_pcf.cannot_convert", "B2")]
    book = bom(tmp_path, [["PU-100", 5, "oil", None, None, "bucket"]], header)
    assert codes(book, path) == [("supplier_pcf.line_unit", "F2")]


def test_per_kilogram_needs_the_weight(tmp_path):
    book = bom(tmp_path, [["4712345060507", 3, "car part", None, None]])
    (problem,) = codes(book, pcf_file(tmp_path, V2))
    assert problem == ("supplier_pcf.needs_mass", "E2")


def test_a_bare_unit_column_is_not_the_quantity_unit(tmp_path):
    # a 単位 column (here the weight's unit) is not read: 2 pieces x 2.5 = 5.0
    book = bom(tmp_path, [["PU-100", 2, "a", None, 0.25, "kg"]], [*HEADER, "単位"])
    assert run(book, pcf_file(tmp_path, V3)).total == pytest.approx(5.0)


def test_quantity_in_kilograms_of_a_footprint_per_piece(tmp_path):
    # 数量単位 kg: 1 kg of a 0.25 kg piece = 4 pieces x 2.5 = 10.0
    book = bom(tmp_path, [["PU-100", 1, "a", None, None, "kg"]], [*HEADER, "Quantity unit"])
    assert run(book, pcf_file(tmp_path, V3)).total == pytest.approx(10.0)


# --- assemblies, transport, primary data share -----------------------------------------

def test_an_assembly_footprint_covers_its_children(tmp_path):
    # PU-100 (an assembly, 2 pieces) bought with a footprint: 2 x 2.5 = 5.0; its children
    # C-1 / C-2 (material, and a supplier's transport) are in it: not counted again.
    # P-2 outside it: 1 x 0.5 kg x 2.0 = 1.0, transport 0.5/1000 x 100 x 0.1 = 0.005
    header = ["レベル", "品番", "個数", "材質", "重量(kg)", "仕入先"]
    book = bom(tmp_path, [[1, "PU-100", 2, None, None, None],
                          [2, "C-1", 3, "SS400", 1.0, "A社"], [2, "C-2", 1, "SS400", 1.0, None],
                          [1, "P-2", 1, "SS400", 0.5, "A社"]], header,
               排出原単位=[["キー", "単位", "排出原単位"], ["SS400", "kg", 2.0],
                      ["truck", "t-km", 0.1]], 仕入先=SUPPLIERS)
    result = run(book, pcf_file(tmp_path, V3))
    assert {r["part_number"] for r in lines(result)} == {"PU-100", "P-2"}
    assert result.total == pytest.approx(5.0 + 1.0 + 0.005)
    assert result.stages()["transport"] == pytest.approx(0.005)


def test_transport_to_our_site_stays(tmp_path):
    # 2 x 2.5 = 5.0 + transport 2 x 0.25 kg / 1000 x 100 km x 0.1 = 0.005
    book = bom(tmp_path, [["PU-100", 2, "a", None, 0.25, "A社"]], [*HEADER, "仕入先"],
               排出原単位=[["キー", "単位", "排出原単位"], ["truck", "t-km", 0.1]],
               仕入先=SUPPLIERS)
    result = run(book, pcf_file(tmp_path, V3))
    assert result.stages() == pytest.approx({"materials": 5.0, "transport": 0.005,
                                             "processing": 0.0, "waste": 0.0})


def test_footprint_without_a_primary_data_share_counts_nothing_primary(tmp_path):
    book = bom(tmp_path, [["PU-100", 1, "a", None, 0.25]])
    bare = footprint(drop=("pcf.primaryDataShare", "pcf.dqi"))
    result = run(book, pcf_file(tmp_path, bare))
    assert result.primary_data_share() == 0.0
    (line,) = lines(result)
    assert line["pcf_primary_share"] != line["pcf_primary_share"]  # NaN
    assert result.supplier_footprints()[0]["dqr"] == {
        "technological": None, "geographical": None, "temporal": None}


def test_measured_energy_counts_as_primary_only_with_a_specific_grid_factor(tmp_path):
    # 1 piece P-1, 0 kg-CO2e material, 2 kWh measured a piece (実測). With the Settings
    # factor 0.388 (the utility's own): 0.776, all primary. With the built-in national
    # average (no Settings factor): the same kWh x 0.423 is not primary data.
    rows = [["P-1", 1, "x", None, None, 0.1]]
    header = [*HEADER, "旋盤 加工(h)"]
    sheets = {"排出原単位": [["キー", "単位", "排出原単位"], ["P-1", "個", 0]],
              "工程": [["工程", "定格電力(kW)", "使用率"], ["旋盤", 10, 0.7]],
              "実測": [["品番", "工程", "開始積算電力量(kWh)", "終了積算電力量(kWh)", "加工数"],
                       ["P-1", "旋盤", 100, 102, 1]]}
    own = calculate(bom(tmp_path, rows, header, **sheets, 設定=SETTINGS))
    assert own.total == pytest.approx(0.776)
    assert own.primary_data_share() == pytest.approx(1.0)
    grid = calculate(bom(tmp_path, rows, header, **sheets))
    assert grid.total == pytest.approx(2 * 0.423)
    assert grid.primary_data_share() == 0.0


# --- files through the command line -------------------------------------------------

ROOT = Path(__file__).resolve().parents[1]
CFP = "import sys; from cfp.cli.main import run; sys.argv[0] = 'cfp'; run()"


def cli(*args: object) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("CFP_LANG",)}
    env.update({"LANG": "C.UTF-8", "PYTHONPATH": str(ROOT)})
    return subprocess.run([sys.executable, "-c", CFP, *map(str, args)], capture_output=True,
                          text=True, env=env, check=False, cwd=ROOT)


def test_hostile_file_is_exit_2_naming_file_and_json_path(tmp_path):
    book = bom(tmp_path, [["PU-100", 1, "a", "SS400", 0.25]])
    bad = tmp_path / "bad.json"
    text = json.dumps({"data": [V3, V3, V3, footprint(id=ID3)]})
    # the fourth footprint's amount as NaN; a duplicate key in the first
    bad.write_text(text.replace('"declaredUnitAmount": "1"', '"declaredUnitAmount": NaN')
                   .replace('"status": "Active"', '"status": "Active", "status": "Active"', 1),
                   encoding="utf-8")
    done = cli("calc", book, "--supplier-pcf", bad, "--lang", "en")
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert "bad.json" in done.stderr
    assert "$.data[3].pcf.declaredUnitAmount" in done.stderr
    assert "$.data[0].status" in done.stderr


def test_folder_list_and_list_footprints_shapes(tmp_path):
    folder = tmp_path / "suppliers"
    folder.mkdir()
    pcf_file(folder, [V3], "a.json")  # a list
    pcf_file(folder, {"data": [V2]}, "b.json")  # a ListFootprints response
    book = bom(tmp_path, [["PU-100", 1, "a", None, 0.25], ["4712345060507", 1, "b", None, 0.1]])
    out = tmp_path / "r.json"
    done = cli("calc", book, "--supplier-pcf", folder, "--format", "json", "-o", out,
               "--timestamp", "2026-01-15T00:00:00Z")
    assert done.returncode == 0, done.stderr
    data = json.loads(out.read_text())
    # 2.5 + 0.1 kg x 300 = 32.5
    assert data["total_kg_co2e"] == pytest.approx(32.5)
    assert [f["id"] for f in data["supplier_footprints"]] == [ID1, ID2]


def test_an_output_may_not_replace_a_supplier_file(tmp_path):
    book = bom(tmp_path, [["PU-100", 1, "a", None, 0.25]])
    path = pcf_file(tmp_path, V3)
    before = path.read_bytes()
    done = cli("calc", book, "--supplier-pcf", tmp_path, "--format", "json", "-o", path)
    assert done.returncode == 2
    assert path.read_bytes() == before


def test_transport_of_an_assembly_bought_with_a_footprint(tmp_path):
    # PU-100, an assembly of 2 pieces from A社 (truck 100 km, 0.1 /t-km), no weight of its
    # own: the footprint's 0.25 kg a piece -> 2 x 0.25 / 1000 x 100 x 0.1 = 0.005; its
    # child's transport (C-1 from A社, 1 kg) is inside the footprint
    header = ["レベル", "品番", "個数", "材質", "重量(kg)", "仕入先"]
    book = bom(tmp_path, [[1, "PU-100", 2, None, None, "A社"],
                          [2, "C-1", 3, "SS400", 1.0, "A社"]], header,
               排出原単位=[["キー", "単位", "排出原単位"], ["SS400", "kg", 2.0],
                      ["truck", "t-km", 0.1]], 仕入先=SUPPLIERS)
    result = run(book, pcf_file(tmp_path, V3))
    assert result.stages() == pytest.approx({"materials": 5.0, "transport": 0.005,
                                             "processing": 0.0, "waste": 0.0})


def test_transport_and_scrap_of_a_footprint_part_bought_as_a_blank(tmp_path):
    # raw 0.5 kg is what is bought and carried: 2 x 0.5 / 1000 t x 100 km x 0.1 = 0.01;
    # the chips of our machining, 2 x (0.5 - 0.25) = 0.5 kg x 0.00468568, stay
    book = bom(tmp_path, [["PU-100", 2, "a", None, 0.25, 0.5, "A社"]],
               [*HEADER, "素材重量(kg)", "仕入先"],
               排出原単位=[["キー", "単位", "排出原単位"], ["truck", "t-km", 0.1]],
               仕入先=SUPPLIERS)
    result = run(book, pcf_file(tmp_path, V3))
    assert result.stages()["transport"] == pytest.approx(0.01)
    assert result.stages()["waste"] == pytest.approx(0.5 * 0.00468568)


@pytest.mark.parametrize("lang, title", [("ja", "使用した仕入先のCFP(一次データ)"),
                                         ("en", "Supplier footprints used (primary data)")])
def test_reports_list_the_supplier_footprints(tmp_path, lang, title):
    from cfp.lca.render.reports import write_reports

    # 4 x 2.5 = 10.0 of the footprint, 1 x 0.5 x 2.0 = 1.0 of the cover: 90.9 % carried
    book = bom(tmp_path, [["PU-100", 4, "housing", None, 0.25],
                          ["P-2", 1, "cover", "SS400", 0.5]],
               排出原単位=[["キー", "単位", "排出原単位"], ["SS400", "kg", 2.0]])
    result = run(book, pcf_file(tmp_path, V3))
    written = write_reports(result, ["html", "sheet"], tmp_path / "out", lang,
                            timestamp="2026-01-15T00:00:00Z")
    for path in written:
        html = path.read_text("utf-8")
        assert title in html
        assert "Kanagawa Casting" in html and "urn:pact:product-id:PU-100" in html
        assert "2024-01-01 – 2025-01-01" in html and "1.5 / 2 / 1" in html
        assert "90.9%" in html and "40.0%" in html
    plain = calculate(bom(tmp_path, [["P-2", 1, "cover", "SS400", 0.5]],
                          排出原単位=[["キー", "単位", "排出原単位"], ["SS400", "kg", 2.0]]))
    for path in write_reports(plain, ["html", "sheet"], tmp_path / "plain", lang,
                              timestamp="2026-01-15T00:00:00Z"):
        assert title not in path.read_text("utf-8")
