"""A supplier row without a distance or a mode (blank or '-') gives no route: its parts'
transport is warned about, listed in `excluded` (reason `incomplete_supplier`) and
estimated with the worst route, like an unknown supplier's (lca/compute/flows.py
`_complete_routes`). Before, it silently gave 0 t-km with exit code 0."""

from __future__ import annotations

import json

import pytest
from builders import write_book
from typer.testing import CliRunner

from cfp.cli.main import app
from cfp.lca.api import calculate

TRUCK = 0.10163  # built-in truck factor, kg-CO2e/t-km
STEEL = 1.91


def _bom(tmp_path, suppliers):
    return write_book(tmp_path / "supplier_blank.xlsx", {
        "部品表": [["品番", "個数", "材質", "重量(kg)", "仕入先"],
                  ["P-1", 2, "SS400", 100.0, "A社"],
                  ["P-2", 1, "SS400", 100.0, "B社"],
                  ["P-3", 1, "SS400", 100.0, "C社"],
                  ["P-4", 1, "SS400", 100.0, "D社"]],
        "仕入先": [["仕入先", "輸送手段", "距離(km)"], *suppliers],
    })


ROWS = [["A社", "truck", None], ["B社", None, 200], ["C社", "truck", "-"],
        ["D社", "truck", 200]]


def test_blank_distance_or_mode_is_excluded_and_estimated(tmp_path):
    result = calculate(_bom(tmp_path, ROWS))
    # only D社's route counts: 0.1 t x 200 km x 0.10163 = 2.0326
    assert result.stages()["transport"] == pytest.approx(0.1 * 200 * TRUCK)
    # materials: (2 + 1 + 1 + 1) x 100 kg x 1.91 = 955
    assert result.stages()["materials"] == pytest.approx(500 * STEEL)
    excluded = {e["part_number"]: e for e in result.excluded}
    assert set(excluded) == {"P-1", "P-2", "P-3"}
    assert {e["reason"] for e in excluded.values()} == {"incomplete_supplier"}
    # estimated with the worst complete route, D社 200 km x 0.10163 = 20.326 per tonne:
    # P-1 2 x 100 kg = 0.2 t -> 4.0652; P-2, P-3 0.1 t -> 2.0326 each
    assert excluded["P-1"]["estimated_kg_co2e"] == pytest.approx(0.2 * 200 * TRUCK)
    assert excluded["P-2"]["estimated_kg_co2e"] == pytest.approx(0.1 * 200 * TRUCK)
    assert excluded["P-1"]["proxy"] == "D社: truck 200 km"
    warned = [w for w in result.warnings if w[0] == "warn.supplier_incomplete"]
    assert [(w[1]["supplier"], w[1]["missing"]) for w in warned] == [
        ("A社", "距離(km)/Distance (km) (仕入先!C2)"),
        ("B社", "輸送手段/Mode (仕入先!B3)"),
        ("C社", "距離(km)/Distance (km) (仕入先!C4)")]
    assert warned[0][1]["row"] == "supplier_blank.xlsx!仕入先:2"


def test_both_blank_names_both_cells(tmp_path):
    result = calculate(_bom(tmp_path, [["A社", "-", None], *ROWS[1:]]))
    warned = [w[1] for w in result.warnings if w[0] == "warn.supplier_incomplete"]
    assert warned[0]["missing"] == ("輸送手段/Mode (仕入先!B2), "
                                    "距離(km)/Distance (km) (仕入先!C2)")
    assert warned[0]["count"] == 1


def test_complete_rows_unchanged(tmp_path):
    rows = [["A社", "truck", 100], ["B社", "truck", 200], ["C社", "truck", 300],
            ["D社", "truck", 200]]
    result = calculate(_bom(tmp_path, rows))
    # (0.2 x 100 + 0.1 x 200 + 0.1 x 300 + 0.1 x 200) t-km = 90 t-km x 0.10163 = 9.1467
    assert result.stages()["transport"] == pytest.approx(90 * TRUCK)
    assert result.excluded == []


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "supplier 'A社' (supplier_blank.xlsx!仕入先:2) has no 距離(km)/Distance (km) "
           "(仕入先!C2): no transport counted for 1 part(s); it is excluded and estimated "
           "like an unknown supplier's."),
    ("ja", "仕入先「A社」(supplier_blank.xlsx!仕入先:2)に 距離(km)/Distance (km) (仕入先!C2) "
           "がありません"),
])
def test_cli_warns_in_both_languages(tmp_path, lang, text):
    result = CliRunner().invoke(app, ["calc", str(_bom(tmp_path, ROWS)), "--format", "json",
                                      "--lang", lang], env={"COLUMNS": "1000"})
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert text in [w["message"] for w in data["warnings"]
                    if w["code"] == "warn.supplier_incomplete"][0]
    assert data["stages"]["transport"] == pytest.approx(0.1 * 200 * TRUCK)


def test_a_distance_of_zero_is_used_and_warned(tmp_path):
    # A社 0 km: P-1's transport is 0.2 t x 0 km = 0 (right for a neighbour, warned as a
    # possible slip); D社 as above: 0.1 t x 200 km x 0.10163 = 2.0326.
    rows = [["A社", "truck", 0], ["B社", "truck", 200], ["C社", "truck", 200],
            ["D社", "truck", 200]]
    result = calculate(_bom(tmp_path, rows))
    assert result.stages()["transport"] == pytest.approx(3 * 0.1 * 200 * TRUCK)
    warned = [w[1] for w in result.warnings if w[0] == "warn.supplier_zero_distance"]
    assert warned == [{"supplier": "A社", "cell": "仕入先!C2", "count": 1}]
