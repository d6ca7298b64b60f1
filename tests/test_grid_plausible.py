"""Settings 電力排出係数 above any grid (a value in g-CO2/kWh written as kg) is refused
naming the cell: 388 would multiply every kWh's emission by 1000 with exit code 0."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import PROCESSES, write_book
from typer.testing import CliRunner

from cfp.cli.main import app
from cfp.lca.api import calculate

runner = CliRunner()


def _book(tmp_path: Path, label: str, value: object) -> Path:
    # P-1: 旋盤 10 kW x 6 min (0.1 h) x 0.7 = 0.7 kWh, material SS400 1 kg x 1.91
    return write_book(tmp_path / "bom.xlsx", {
        "部品表": [["品番", "個数", "材質", "重量(kg)", "旋盤 加工(分)"],
                 ["P-1", 1, "SS400", 1.0, 6]],
        "工程": PROCESSES, "設定": [["製品名", "x"], [label, value]]})


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "設定!B2: 電力排出係数 / Electricity factor 388 kg-CO2e/kWh is no grid's factor"),
    ("ja", "設定!B2: 電力排出係数 388 kg-CO2e/kWh は電力系統の係数としてありえない値")])
def test_grams_as_kilograms_is_refused(tmp_path: Path, lang: str, text: str) -> None:
    run = runner.invoke(app, ["calc", str(_book(tmp_path, "電力排出係数", 388)), "--lang", lang])
    assert run.exit_code == 2, run.output
    output = " ".join(run.output.split())  # (wrapped to the window)
    assert " ".join(text.split()) in output and "g-CO2/kWh" in output


def test_grams_with_their_unit_are_read(tmp_path: Path) -> None:
    # 388 g-CO2/kWh = 0.388 kg: 0.7 kWh x 0.388 = 0.2716; total 1.91 + 0.2716 = 2.1816
    result = calculate(_book(tmp_path, "電力排出係数(g-CO2/kWh)", 388))
    assert result.stages()["processing"] == pytest.approx(0.2716, rel=1e-12)
    assert result.total == pytest.approx(2.1816, rel=1e-12)


def test_a_high_real_grid_is_used(tmp_path: Path) -> None:
    # 1.9 kg-CO2e/kWh is at the edge but below the limit: 0.7 x 1.9 = 1.33
    result = calculate(_book(tmp_path, "電力排出係数", 1.9))
    assert result.stages()["processing"] == pytest.approx(1.33, rel=1e-12)


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_your_grid_factor_above_any_grid_is_refused(tmp_path: Path, lang: str) -> None:
    # Your factor sheet's `electricity` 388 per kWh (g-CO2/kWh written as kg): 0.7 kWh x 388
    # = 271.6 kg-CO2e with exit 0 before; now exit 2 naming the factor row.
    path = write_book(tmp_path / "bom.xlsx", {
        "部品表": [["品番", "個数", "材質", "重量(kg)", "旋盤 加工(分)"],
                 ["P-1", 1, "SS400", 1.0, 6]],
        "工程": PROCESSES, "設定": [["製品名", "x"]],
        "排出原単位": [["キー", "単位", "排出原単位", "出典"], ["electricity", "kWh", 388, "my"]]})
    run = runner.invoke(app, ["calc", str(path), "--lang", lang])
    assert run.exit_code == 2, run.output
    output = " ".join(run.output.split())
    assert "bom.xlsx!排出原単位:2" in output and "388 kg-CO2e/kWh" in output
    assert ("above any grid" if lang == "en" else "どの系統電力よりも大きい") in output


def test_your_grid_factor_in_grams_with_its_unit_is_read(tmp_path: Path) -> None:
    # 388 g-CO2e/kWh is 0.388 kg: 0.7 kWh x 0.388 = 0.2716
    path = write_book(tmp_path / "bom.xlsx", {
        "部品表": [["品番", "個数", "材質", "重量(kg)", "旋盤 加工(分)"],
                 ["P-1", 1, "SS400", 1.0, 6]],
        "工程": PROCESSES, "設定": [["製品名", "x"]],
        "排出原単位": [["キー", "単位", "排出原単位", "出典"],
                  ["electricity", "g-CO2e/kWh", 388, "my"]]})
    assert calculate(path).stages()["processing"] == pytest.approx(0.2716, rel=1e-12)
