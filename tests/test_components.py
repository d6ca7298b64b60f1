"""Purchased components (issue 15): the categories are found in Japanese and English,
listed by `cfp factors list --kind component` and `cfp materials`, computed per kg of
part mass, and an unknown category is an error naming the cell, the known categories
and the closest spelling."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from builders import write_book
from typer.testing import CliRunner

from cfp.cli.main import app
from cfp.lca.api import calculate

runner = CliRunner()

# lca/data/factors.csv, kg-CO2e per kg of part mass (all proxies)
MOTOR = 3.267  # DEFRA 2025 Electrical items - large, 3267 kg/t
BEARING = 3.53  # CBAM 2025/2621 CN 7228 30, Japan
PCB = 24.86547556  # DEFRA 2025 Electrical items - IT
CABLE = 4.6  # ICA refined copper
SEAL = 3.3355719  # DEFRA 2025 tyres
FLUID = 3.82409  # DEFRA 2025 Construction: Metals (3824.09 kg/t)
FASTENERS = 2.8  # CBAM 2025/2621 CN 7318 15, Japan


def _search(term: str) -> list[str]:
    run = runner.invoke(app, ["factors", "search", term, "--format", "json"])
    assert run.exit_code == 0, run.output
    return [r["key"] for r in json.loads(run.stdout)]


@pytest.mark.parametrize(("term", "key"), [
    ("モーター", "motor"), ("モータ", "motor"), ("electric motor", "motor"),
    ("ベアリング", "bearing"), ("軸受", "bearing"), ("bearing", "bearing"),
    ("基板", "pcb"), ("PCBA", "pcb"), ("ハーネス", "cable"), ("wire harness", "cable"),
    ("ボルト", "fasteners"), ("ねじ", "fasteners"), ("bolt", "fasteners"),
    ("Oリング", "seal"), ("ｏリング", "seal"), ("O-ring", "seal"), ("パッキン", "seal"),
    ("減速機", "gear"), ("電磁弁", "fluid_power"), ("hydraulic", "fluid_power"),
    ("電装品", "electrical"),
])
def test_search_finds_components_in_japanese_and_english(term: str, key: str) -> None:
    assert key in _search(term)


def test_factors_list_kind_component() -> None:
    run = runner.invoke(app, ["factors", "list", "--kind", "component", "--format", "json"])
    assert run.exit_code == 0, run.output
    rows = {r["key"]: r for r in json.loads(run.stdout)}
    # pipe_parts has no factor row of its own
    assert set(rows) == {"motor", "bearing", "gear", "pcb", "cable", "seal", "fluid_power",
                         "fasteners", "electrical"}
    assert rows["motor"]["factor"] == pytest.approx(MOTOR)
    assert all(r["data_type"] == "proxy" for r in rows.values())


def test_materials_without_a_workbook_lists_the_categories() -> None:
    run = runner.invoke(app, ["materials", "--format", "json"])
    assert run.exit_code == 0, run.output
    rows = {r["category"]: r for r in json.loads(run.stdout)}
    assert rows["motor"]["component"] and not rows["steel"]["component"]
    assert "モーター" in rows["motor"]["aliases"] and "Oリング" in rows["seal"]["aliases"]
    assert rows["bearing"]["factor"] == pytest.approx(BEARING)
    table = runner.invoke(app, ["materials", "--lang", "ja"])
    assert table.exit_code == 0 and "motor *" in table.stdout and "購入部品" in table.stdout


def test_components_are_per_kg_of_part_mass(tmp_path: Path) -> None:
    book = write_book(tmp_path / "pump.xlsx", {"部品表": [
        ["品番", "個数", "品名", "材質", "分類", "重量(kg)"],
        ["M-1", 1, "ギヤードモーター 0.4kW", None, "ギヤードモーター", 5.0],
        ["B-1", 4, "玉軸受 6204", "SUJ2", "ベアリング", 0.11],
        ["E-1", 1, "制御基板", None, "基板", 0.08],
        ["H-1", 1, "ハーネス", None, "ワイヤーハーネス", 0.25],
        ["S-1", 2, "Oリング", "NBR", "Ｏリング", 0.003],
        ["V-1", 1, "電磁弁", None, "電磁弁", 0.6],
        ["F-1", 8, "六角ボルト M8", "SCM435", "ボルト", 0.02],
    ]})
    result = calculate(book)
    mat = result.part_table().set_index("part_number")["materials"]
    assert mat["M-1"] == pytest.approx(5.0 * MOTOR)  # 16.335 (not 124.3 with IT equipment)
    assert mat["B-1"] == pytest.approx(4 * 0.11 * BEARING)  # 1.5532: 分類 wins over SUJ2
    assert mat["E-1"] == pytest.approx(0.08 * PCB)  # 1.989238
    assert mat["H-1"] == pytest.approx(0.25 * CABLE)  # 1.15
    assert mat["S-1"] == pytest.approx(2 * 0.003 * SEAL)  # 0.0200134
    assert mat["V-1"] == pytest.approx(0.6 * FLUID)  # 2.294454
    assert mat["F-1"] == pytest.approx(8 * 0.02 * FASTENERS)  # 0.448
    # 16.335 + 1.5532 + 1.989238 + 1.15 + 0.020013 + 2.294454 + 0.448 = 23.789905
    assert result.stages()["materials"] == pytest.approx(23.789905, rel=1e-6)



def test_unknown_category_names_cell_known_ones_and_closest(tmp_path: Path) -> None:
    book = write_book(tmp_path / "typo.xlsx", {"部品表": [
        ["品番", "個数", "品名", "材質", "分類", "重量(kg)"],
        ["M-1", 1, "motor", None, "モーダー", 3.0],
        ["P-1", 1, "plate", "SS400", None, 1.0],
    ]})
    run = runner.invoke(app, ["calc", str(book), "--lang", "en"])
    assert run.exit_code == 2
    text = run.output
    assert "部品表!E2" in text and "'モーダー'" in text
    assert "Did you mean 'モーター' (category motor)?" in text
    assert "Known categories: steel, stainless" in text and "fluid_power" in text
    ja = runner.invoke(app, ["calc", str(book), "--lang", "ja"])
    assert ja.exit_code == 2 and "「モーター」(分類 motor)のことですか" in ja.output


def test_unknown_category_from_the_materials_sheet(tmp_path: Path) -> None:
    book = write_book(tmp_path / "grades.xlsx", {
        "部品表": [["品番", "個数", "品名", "材質", "重量(kg)"], ["M-1", 1, "motor", "XYZ1", 3.0]],
        "材質": [["材質", "分類"], ["XYZ1", "motorr"]]})
    run = runner.invoke(app, ["calc", str(book), "--lang", "en"])
    assert run.exit_code == 2
    assert "部品表!D2" in run.output and "grades.xlsx!材質:2" in run.output
    assert "Did you mean 'motor' (category motor)?" in run.output


def test_unknown_category_without_a_close_match(tmp_path: Path) -> None:
    book = write_book(tmp_path / "far.xlsx", {"部品表": [
        ["品番", "個数", "品名", "材質", "分類", "重量(kg)"],
        ["X-1", 1, "x", None, "zzqqxxjj", 1.0]]})
    run = runner.invoke(app, ["calc", str(book), "--lang", "en"])
    assert run.exit_code == 2
    assert "'zzqqxxjj'" in run.output and "Did you mean" not in run.output
    assert "Known categories:" in run.output
