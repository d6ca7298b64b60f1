"""What-if scenarios (issue 15, lca/app/scenarios.py): every kind of change with its delta
worked by hand, stage deltas summing to the total delta, the base footprint unchanged,
the outputs (terminal, JSON, xlsx, report) and the validation of every change."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import openpyxl
import pytest
from builders import PROCESSES, write_book
from typer.testing import CliRunner

from cfp.cli.main import app
from cfp.lca.api import Options, calculate
from cfp.lca.errors import InputError

runner = CliRunner()

GRID = 0.388  # 設定 電力排出係数
ALU = 10.8  # aluminium (A6063), JAA
ALU_CAST = 0.9950779  # aluminium_cast (ADC12), DEFRA recycled content
RECYCLED = 0.9950779  # aluminium_recycled:defra
STEEL = 1.91
TRUCK = 0.10163
RAIL = 0.022
TEPCO_RESIDUAL = 0.452  # electricity:jp:tepco:residual, lca/data/factors.csv

# The fixture, by hand (test_calc.py's machined part plus a steel part):
#   P-1 A6063 x2, raw 1.5 kg, net 1.2 kg, A社 (truck 100 km), 旋盤 5 min + 30 min set-up/lot 10
#   P-2 SS400 x1, raw 1.0 kg, net 0.8 kg, A社, 旋盤 2 min
#   materials  2 x 1.5 x 10.8 + 1.0 x 1.91                     = 34.31
#   transport  (0.003 + 0.001) t x 100 km x 0.10163             = 0.040652
#   waste      (2 x 0.3 + 0.2) kg x 0.00468568                 = 0.003748544
#   processing P-1 cycle 2 x 10 kW x 5/60 h x 0.7 = 1.1666667 kWh, set-up 2 x 10 x 0.5/10 x 0.7
#              = 0.7 kWh; P-2 10 x 2/60 x 0.7 = 0.2333333 kWh; 2.1 kWh x 0.388 = 0.8148
BASE = 34.31 + 0.040652 + 0.003748544 + 0.8148


@pytest.fixture
def book(tmp_path: Path) -> Path:
    return write_book(tmp_path / "bom.xlsx", {
        "部品表": [
            ["品番", "品名", "個数", "材質", "重量(kg)", "素材重量(kg)", "仕入先", "ロット",
             "旋盤 加工(分)", "旋盤 段取(分)"],
            ["P-1", "base", 2, "A6063", 1.2, 1.5, "A社", 10, 5, 30],
            ["P-2", "plate", 1, "SS400", 0.8, 1.0, "A社", None, 2, None]],
        "工程": PROCESSES,
        "仕入先": [["仕入先", "輸送手段", "距離(km)"], ["A社", "truck", 100],
                 ["B社", "truck", 300]],
        "設定": [["製品名", "テスト製品"], ["電力排出係数", GRID]],
    })


def _toml(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "plan.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _one(book: Path, tmp_path: Path, changes: str) -> dict:
    plan = _toml(tmp_path, f'[[scenario]]\nname = "s"\nchanges = [{changes}]\n')
    result = calculate(book, Options(scenarios=plan))
    assert result.total == pytest.approx(BASE, rel=1e-12)  # the base stays as reported
    (scenario,) = result.scenarios
    # the stage deltas sum to the total delta, and the total to base + delta
    assert sum(scenario["stage_deltas"].values()) == pytest.approx(scenario["delta_kg_co2e"],
                                                                   abs=1e-12)
    assert scenario["total_kg_co2e"] == pytest.approx(BASE + scenario["delta_kg_co2e"],
                                                      rel=1e-12)
    return scenario


def _only(scenario: dict, stage: str, delta: float) -> None:
    assert scenario["delta_kg_co2e"] == pytest.approx(delta, rel=1e-9)
    for name, value in scenario["stage_deltas"].items():
        assert value == pytest.approx(delta if name == stage else 0.0, rel=1e-9, abs=1e-12), name


def test_base_by_hand(book: Path) -> None:
    assert calculate(book).total == pytest.approx(BASE, rel=1e-12)  # 35.169200544


def test_electricity_value(book: Path, tmp_path: Path) -> None:
    # 2.1 kWh x (0 - 0.388) = -0.8148
    _only(_one(book, tmp_path, '{change = "electricity", value = 0}'), "processing", -0.8148)


def test_electricity_factor_key(book: Path, tmp_path: Path) -> None:
    # a residual-mix menu: 2.1 kWh x (0.452 - 0.388) = +0.1344
    s = _one(book, tmp_path, '{change = "electricity", key = "electricity:jp:tepco:residual"}')
    _only(s, "processing", 2.1 * (TEPCO_RESIDUAL - GRID))


def test_grade(book: Path, tmp_path: Path) -> None:
    # P-1 A6063 -> ADC12: 2 x 1.5 kg x (0.9950779 - 10.8) = -29.4147663 (scrap:metal both)
    s = _one(book, tmp_path, '{change = "grade", part = "P-1", value = "ADC12"}')
    _only(s, "materials", 3 * (ALU_CAST - ALU))


def test_recycled_share(book: Path, tmp_path: Path) -> None:
    # half of P-1's aluminium recycled: 3 kg x 0.5 x (0.9950779 - 10.8) = -14.70738315
    s = _one(book, tmp_path, '{change = "recycled_share", part = "P-1", value = "50%", '
                             'key = "aluminium_recycled:defra"}')
    _only(s, "materials", 3 * 0.5 * (RECYCLED - ALU))


def test_recycled_share_beside_an_own_grade_factor(tmp_path: Path) -> None:
    # The user's own A6063 = 9.0 kg-CO2e/kg (排出原単位 sheet) and the built-in recycled key:
    # the blend must still replace P-1's factor (the scenario's row used to be built-in, so
    # the user's grade factor beat it: "no effect", the base total 2 x 1.5 x 9.0 + 1.91 ...).
    # P-1: 2 x 1.5 kg x (0.5 x 9.0 + 0.5 x 0.9950779) = 3 x 4.99753895 = 14.99261685
    # materials 14.99261685 + 1.0 x 1.91 = 16.90261685; delta 3 x 0.5 x (0.9950779 - 9.0)
    path = write_book(tmp_path / "own.xlsx", {
        "部品表": [["品番", "品名", "個数", "材質", "重量(kg)", "素材重量(kg)"],
                 ["P-1", "base", 2, "A6063", 1.2, 1.5], ["P-2", "plate", 1, "SS400", 0.8, 1.0]],
        "排出原単位": [["キー", "単位", "排出原単位", "出典"], ["A6063", "kg", 9.0, "own"]]})
    plan = _toml(tmp_path, '[[scenario]]\nname = "s"\nchanges = [{change = "recycled_share", '
                           'part = "P-1", value = 0.5, key = "aluminium_recycled:defra"}]\n')
    result = calculate(path, Options(scenarios=plan))
    assert result.stages()["materials"] == pytest.approx(3 * 9.0 + STEEL, rel=1e-12)
    (s,) = result.scenarios
    assert s["stages"]["materials"] == pytest.approx(16.90261685, rel=1e-9)
    assert s["delta_kg_co2e"] == pytest.approx(3 * 0.5 * (RECYCLED - 9.0), rel=1e-9)
    assert s["warnings"] == []


def test_electricity_value_in_grams_is_refused(book: Path, tmp_path: Path) -> None:
    # 388 meant as g-CO2/kWh would be 388 kg-CO2e/kWh: 2.1 kWh x 388 = 814.8 kg, a total of
    # 849.15 instead of 35.17; no grid is above 2 kg-CO2e/kWh, so it is an input error
    plan = _toml(tmp_path, '[[scenario]]\nname = "A"\n'
                           'changes = [{change = "electricity", value = 388}]\n')
    for lang, text in (("en", "388 kg-CO2e/kWh is above any grid"),
                       ("ja", "388 kg-CO2e/kWh はどの系統電力よりも大きい値です")):
        run = runner.invoke(app, ["calc", str(book), "--scenarios", str(plan), "--lang", lang])
        assert run.exit_code == 2, run.output
        assert "plan.toml: scenario 'A', change 1" in run.output and text in run.output
    # 1.2 kg-CO2e/kWh (a coal-heavy grid) is a factor: 2.1 x (1.2 - 0.388) = +1.7052
    _only(_one(book, tmp_path, '{change = "electricity", value = 1.2}'), "processing",
          2.1 * (1.2 - GRID))


def test_electricity_value_in_tonnes_is_refused(book: Path, tmp_path: Path) -> None:
    # 0.000441 as t-CO2/kWh (Japan's list of utility factors) read as kg would cut the
    # processing 1000-fold: 2.1 kWh x 0.000441 = 0.00093 kg instead of 0.93; below any grid
    # (0.005) and not 0, so it is an input error; 0 (a renewable tariff) stays a value
    plan = _toml(tmp_path, '[[scenario]]\nname = "A"\n'
                           'changes = [{change = "electricity", value = 0.000441}]\n')
    for lang, text in (("en", "0.000441 kg-CO2e/kWh is below any grid"),
                       ("ja", "kg-CO2e/kWh で書くか(0.441)")):
        run = runner.invoke(app, ["calc", str(book), "--scenarios", str(plan), "--lang", lang])
        assert run.exit_code == 2, run.output
        assert "plan.toml: scenario 'A', change 1" in run.output and text in run.output
    _only(_one(book, tmp_path, '{change = "electricity", value = 0.005}'), "processing",
          2.1 * (0.005 - GRID))


def test_supplier_of_a_part(book: Path, tmp_path: Path) -> None:
    # P-2 from B社 (300 km): 0.001 t x (300 - 100) km x 0.10163 = +0.020326
    s = _one(book, tmp_path, '{change = "supplier", part = "P-2", value = "B社"}')
    _only(s, "transport", 0.001 * 200 * TRUCK)


def test_transport_mode(book: Path, tmp_path: Path) -> None:
    # A社 by rail: 0.004 t x 100 km x (0.022 - 0.10163) = -0.031852
    s = _one(book, tmp_path, '{change = "mode", supplier = "A社", value = "rail"}')
    _only(s, "transport", 0.4 * (RAIL - TRUCK))


def test_transport_distance(book: Path, tmp_path: Path) -> None:
    # A社 at 50 km: 0.004 t x (50 - 100) km x 0.10163 = -0.020326
    s = _one(book, tmp_path, '{change = "distance", supplier = "A社", value = 50}')
    _only(s, "transport", 0.004 * -50 * TRUCK)


def test_measured_energy_replaces_the_estimate(book: Path, tmp_path: Path) -> None:
    # P-1 旋盤 measured 0.4 kWh/piece: cycle 2 x 0.4 = 0.8 kWh instead of 1.1666667 (set-up
    # stays estimated): (0.8 - 7/6) x 0.388 = -0.14226667
    s = _one(book, tmp_path, '{change = "measured_kwh", part = "P-1", process = "旋盤", '
                             'value = 0.4}')
    _only(s, "processing", (0.8 - 7 / 6) * GRID)


def test_utilisation(book: Path, tmp_path: Path) -> None:
    # 旋盤 at 50 % instead of 70 %: 2.1 kWh x (0.5/0.7 - 1) = -0.6 kWh x 0.388 = -0.2328
    s = _one(book, tmp_path, '{change = "utilisation", process = "旋盤", value = "50%"}')
    _only(s, "processing", -0.6 * GRID)


def test_cycle_time(book: Path, tmp_path: Path) -> None:
    # P-1 旋盤 3 min: 2 x 10 x 3/60 x 0.7 = 0.7 kWh instead of 7/6: -0.4666667 x 0.388
    s = _one(book, tmp_path, '{change = "cycle_min", part = "P-1", process = "旋盤", value = 3}')
    _only(s, "processing", (0.7 - 7 / 6) * GRID)


def test_several_changes_and_scenarios(book: Path, tmp_path: Path) -> None:
    plan = _toml(tmp_path, """
[[scenario]]
name = "green power + castings"
changes = [
  {change = "electricity", value = 0.0},
  {change = "grade", part = "P-1", value = "ADC12"},
]

[[scenario]]
name = "rail"
changes = [{change = "mode", supplier = "A社", value = "rail"}]
""")
    result = calculate(book, Options(scenarios=plan))
    first, second = result.scenarios
    # -0.8148 (processing) - 29.4147663 (materials) = -30.2295663
    assert first["delta_kg_co2e"] == pytest.approx(-0.8148 + 3 * (ALU_CAST - ALU), rel=1e-9)
    assert first["stage_deltas"]["processing"] == pytest.approx(-0.8148, rel=1e-9)
    assert first["stage_deltas"]["materials"] == pytest.approx(3 * (ALU_CAST - ALU), rel=1e-9)
    assert sum(first["stage_deltas"].values()) == pytest.approx(first["delta_kg_co2e"])
    # in per cent like every `_pct` of the JSON: -30.2295663 / 35.1692005 = -85.95 %
    assert first["delta_pct"] == pytest.approx(100 * first["delta_kg_co2e"] / BASE)
    assert first["delta_pct"] == pytest.approx(-85.954, abs=1e-3)
    assert second["name"] == "rail"
    assert second["delta_kg_co2e"] == pytest.approx(0.4 * (RAIL - TRUCK), rel=1e-9)


def test_scenarios_never_change_the_footprint(book: Path, tmp_path: Path) -> None:
    plan = _toml(tmp_path, '[[scenario]]\nname = "s"\n'
                           'changes = [{change = "grade", part = "P-1", value = "ADC12"}]\n')
    ts = ["--timestamp", "2026-04-01T09:00:00+09:00", "--format", "json"]
    plain = runner.invoke(app, ["calc", str(book), *ts, "-o", str(tmp_path / "a.json")])
    with_s = runner.invoke(app, ["calc", str(book), *ts, "--scenarios", str(plan),
                                 "-o", str(tmp_path / "b.json")])
    assert plain.exit_code == 0 and with_s.exit_code == 0, with_s.output
    a = (tmp_path / "a.json").read_bytes()
    b = json.loads((tmp_path / "b.json").read_bytes())
    assert [s["name"] for s in b.pop("scenarios")] == ["s"]
    import orjson

    assert orjson.dumps(b, option=orjson.OPT_INDENT_2) == orjson.dumps(
        json.loads(a), option=orjson.OPT_INDENT_2)
    assert b"scenarios" not in a


def test_scenario_sheet_in_the_workbook(tmp_path: Path) -> None:
    path = write_book(tmp_path / "s.xlsx", {
        "部品表": [["品番", "個数", "材質", "重量(kg)", "旋盤 加工(分)"],
                ["P-1", 1, "SS400", 2.0, 6]],
        "工程": PROCESSES, "設定": [["電力排出係数", GRID]],
        "シナリオ": [["シナリオ", "変更", "品番", "工程", "値"],
                  ["再エネ", "電力", None, None, 0],
                  ["アルミ化", "材質", "P-1", None, "A6063"]]})
    result = calculate(path, Options(scenarios=path))
    green, alu = result.scenarios
    # 10 kW x 6/60 h x 0.7 = 0.7 kWh x (0 - 0.388) = -0.2716; 2 kg x (10.8 - 1.91) = +17.78
    assert green["delta_kg_co2e"] == pytest.approx(-0.7 * GRID)
    assert alu["delta_kg_co2e"] == pytest.approx(2 * (ALU - STEEL))


def test_scenario_sheet_errors_name_the_cell(tmp_path: Path) -> None:
    path = write_book(tmp_path / "t.xlsx", {
        "部品表": [["品番", "個数", "材質", "重量(kg)"], ["P-1", 1, "SS400", 2.0]],
        "シナリオ": [["シナリオ", "変更", "品番", "値"], ["アルミ化", "材質", "P-1", "A6036"],
                  ["x", "材料", "P-1", "A6063"]]})
    with pytest.raises(InputError) as caught:
        calculate(path, Options(scenarios=path))
    text = caught.value.render("en")
    assert "t.xlsx: シナリオ!B2, scenario 'アルミ化': grade 'A6036' is not known; closest: " \
        "'A6063'" in text, text
    assert "シナリオ!B3" in text and "change '材料' is not known" in text, text


def test_outputs_terminal_json_xlsx_report(book: Path, tmp_path: Path) -> None:
    plan = _toml(tmp_path, '[[scenario]]\nname = "再エネ100%"\n'
                           'changes = [{change = "electricity", value = 0}]\n')
    shown = runner.invoke(app, ["calc", str(book), "--scenarios", str(plan), "--lang", "ja"])
    assert shown.exit_code == 0, shown.output
    assert "削減シナリオ" in shown.stdout and "再エネ100%" in shown.stdout
    assert "-0.815" in shown.stdout and "-2.3%" in shown.stdout  # -0.8148 / 35.1692
    out = tmp_path / "out"
    run = runner.invoke(app, ["calc", str(book), "--scenarios", str(plan), "--report",
                              "html,xlsx", "--out", str(out), "--lang", "en"])
    assert run.exit_code == 0, run.output
    sheet = openpyxl.load_workbook(out / "bom-inventory.xlsx")["Scenarios"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[1][0] == "Base (as reported)" and rows[1][1] == pytest.approx(BASE)
    assert rows[2][0] == "再エネ100%" and rows[2][1] == pytest.approx(BASE - 0.8148)
    with zipfile.ZipFile(out / "bom-inventory.xlsx") as z:
        charts = [n for n in z.namelist() if n.startswith("xl/charts/")]
        assert any(b"Total per scenario" in z.read(n) for n in charts)
    html = (out / "bom-report.html").read_text("utf-8")
    assert 'id="scenarios"' in html and "再エネ100%" in html
    plain = runner.invoke(app, ["calc", str(book), "--report", "html", "--out",
                                str(tmp_path / "plain")])
    assert plain.exit_code == 0
    assert 'id="scenarios"' not in (tmp_path / "plain" / "bom-report.html").read_text("utf-8")


@pytest.mark.parametrize(("change", "expected"), [
    ('{change = "grade", part = "P-11", value = "ADC12"}',
     "plan.toml: scenario 'plan A', change 1: part 'P-11' is not known; closest: 'P-1'"),
    ('{change = "grade", part = "P-1", value = "ADC12X"}',  # (ADC-12 is ADC12's spelling)
     "grade 'ADC12X' is not known; closest: 'ADC12'"),
    ('{change = "utilisation", process = "施盤", value = 0.5}',
     "process '施盤' is not known; closest: '旋盤'"),
    ('{change = "cycle_min", part = "P-2", process = "マシニングセンタ", value = 3}',
     "process 'マシニングセンタ' is not known"),
    ('{change = "electricity", key = "electricity:jp:tepko"}',
     "key 'electricity:jp:tepko' is not known; closest: 'electricity:jp:tepco'"),
    ('{change = "mode", supplier = "C社", value = "rail"}', "supplier 'C社' is not known"),
    ('{change = "recycled_share", part = "P-1", value = 1.5, key = "aluminium_recycled"}',
     "must be a share from 0 to 1"),
    ('{change = "recycled_share", part = "P-1", value = 0.5, key = "electricity"}',
     "is not a factor per kg"),
    ('{change = "grades", part = "P-1", value = "ADC12"}',
     "change 'grades' is not known; closest: 'grade'"),
    ('{change = "grade", part = "P-1"}', "a 'grade' change needs value"),
    ('{change = "grade", parts = "P-1", value = "ADC12"}', "field 'parts' is not known"),
])
def test_bad_changes_are_named(book: Path, tmp_path: Path, change: str, expected: str) -> None:
    plan = _toml(tmp_path, f'[[scenario]]\nname = "plan A"\nchanges = [{change}]\n')
    with pytest.raises(InputError) as caught:
        calculate(book, Options(scenarios=plan))
    text = caught.value.render("en")
    assert "plan.toml" in text and "plan A" in text, text
    assert expected in text, text


def test_bad_change_through_the_cli_in_japanese(book: Path, tmp_path: Path) -> None:
    plan = _toml(tmp_path, '[[scenario]]\nname = "A"\n'
                           'changes = [{change = "grade", part = "P-11", value = "ADC12"}]\n')
    run = runner.invoke(app, ["calc", str(book), "--scenarios", str(plan), "--lang", "ja"])
    assert run.exit_code == 2
    assert "plan.toml: scenario 'A', change 1: part「P-11」は見つかりません。近いもの:「P-1」" \
        in run.output
    assert "Traceback" not in run.output


def test_toml_syntax_error(book: Path, tmp_path: Path) -> None:
    plan = _toml(tmp_path, "[[scenario]\nname = 1\n")
    run = runner.invoke(app, ["calc", str(book), "--scenarios", str(plan)])
    assert run.exit_code == 2 and "not valid TOML" in run.output


def test_scenarios_file_is_an_input(book: Path, tmp_path: Path) -> None:
    plan = _toml(tmp_path, '[[scenario]]\nname = "A"\n'
                           'changes = [{change = "electricity", value = 0}]\n')
    before = plan.read_bytes()
    run = runner.invoke(app, ["calc", str(book), "--scenarios", str(plan), "--format", "json",
                              "-o", str(plan)])
    assert run.exit_code == 2  # an output may not replace an input
    assert plan.read_bytes() == before


def test_readme_example_runs_on_the_japanese_sample(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parents[1]
    text = (root / "README.md").read_text("utf-8")
    start = text.index("# plan.toml (UTF-8)")
    plan = _toml(tmp_path, text[start:text.index("```", start)])
    result = calculate(root / "samples" / "machined-assembly-ja.xlsx", Options(scenarios=plan))
    green, castings, logistics = result.scenarios
    # grid factor 0: exactly the processing electricity goes (Scope 2; the city gas of the
    # heat-treatment furnace, Scope 1, stays)
    assert green["delta_kg_co2e"] == pytest.approx(-result.processing_scopes.scope2_kg,
                                                   rel=1e-12)
    # PU-103 0.26 kg A6063 -> ADC12 and PU-104 0.11 kg half recycled, materials only:
    # 0.26 x (0.9950779 - 10.8) + 0.11 x 0.5 x (0.9950779 - 10.8) = -3.08355
    assert castings["stage_deltas"]["materials"] == pytest.approx(
        0.26 * (ALU_CAST - ALU) + 0.11 * 0.5 * (RECYCLED - ALU), rel=1e-9)
    assert logistics["delta_kg_co2e"] < 0


def test_terminal_view_keeps_to_80_by_40(book: Path, tmp_path: Path) -> None:
    from test_cli import _on_terminal

    plan = _toml(tmp_path, "".join(
        f'[[scenario]]\nname = "option {n} with a rather long descriptive name"\n'
        f'changes = [{{change = "distance", supplier = "A社", value = {n * 10}}}]\n'
        for n in range(1, 8)))
    shown = _on_terminal(["calc", book, "--scenarios", plan, "--lang", "en"], 40, 80)
    lines = shown.splitlines()
    assert len(lines) <= 40 and max(map(len, lines)) <= 80
    assert "option 5" in shown and "option 6" not in shown
    assert "and 2 more scenario(s)" in shown


# -- changes that change nothing ------------------------------------------------------


def _metered(tmp_path: Path) -> Path:
    # the fixture's P-1 旋盤 measured: 561 -> 607 kWh over 13 pieces (3.538 kWh/piece)
    return write_book(tmp_path / "metered.xlsx", {
        "部品表": [["品番", "個数", "材質", "重量(kg)", "ロット", "旋盤 加工(分)", "旋盤 段取(分)"],
                ["P-1", 2, "A6063", 1.2, 10, 5, 30], ["P-2", 1, "SS400", 0.8, None, 2, None]],
        "工程": PROCESSES, "設定": [["製品名", "テスト製品"], ["電力排出係数", GRID]],
        "実測": [["品番", "工程", "開始積算電力量(kWh)", "終了積算電力量(kWh)", "加工数"],
               ["P-1", "旋盤", 561, 607, 13]]})


def test_cycle_time_of_measured_energy_says_it_changes_nothing(tmp_path: Path) -> None:
    # P-1's 旋盤 cycle energy is the meter's 2 x 46/13 kWh: its cycle time is not used, so
    # 3 min instead of 5 changes nothing (delta 0), and the scenario says why. The
    # utilisation of 旋盤 still moves P-1's set-up and P-2 (estimated): no warning.
    path = _metered(tmp_path)
    plan = _toml(tmp_path, '[[scenario]]\nname = "cyc"\nchanges = [{change = "cycle_min", '
                           'part = "P-1", process = "旋盤", value = 3}]\n'
                           '[[scenario]]\nname = "use"\nchanges = [{change = "utilisation", '
                           'process = "旋盤", value = 0.5}]\n')
    cyc, use = calculate(path, Options(scenarios=plan)).scenarios
    assert cyc["delta_kg_co2e"] == 0.0
    assert cyc["warnings"] == [{"code": "scenario.no_effect.measured", "params": {
        "scenario": "cyc", "change": "cycle_min part=P-1 process=旋盤: 3"}}]
    # set-up 2 x 10 kW x 0.5 h / 10 + P-2 10 x 2/60 h, x (0.5 - 0.7): -0.06667 kWh x 0.388
    assert use["delta_kg_co2e"] == pytest.approx((1.0 + 1 / 3) * (0.5 - 0.7) * GRID)
    assert use["warnings"] == []
    for lang, words, name in (
            ("en", "changes nothing: the energy of those lines is measured", "'cyc'"),
            ("ja", "これらの行の電力量は実測値", "「cyc」")):
        done = runner.invoke(app, ["calc", str(path), "--scenarios", str(plan), "--format",
                                   "json", "--lang", lang])
        assert done.exit_code == 0, done.output
        (warning,) = json.loads(done.stdout)["scenarios"][0]["warnings"]
        assert warning["code"] == "scenario.no_effect.measured"
        assert name in warning["message"] and words in warning["message"]
        assert json.loads(done.stdout)["scenarios"][1]["warnings"] == []
    shown = runner.invoke(app, ["calc", str(path), "--scenarios", str(plan), "--lang", "en"],
                          env={"COLUMNS": "300"})
    assert "! scenario 'cyc': the change 'cycle_min part=P-1 process=旋盤: 3' changes " \
        "nothing" in shown.stdout, shown.stdout
    out = tmp_path / "out"
    run = runner.invoke(app, ["calc", str(path), "--scenarios", str(plan), "--report",
                              "html,xlsx", "--out", str(out), "--lang", "en"])
    assert run.exit_code == 0, run.output
    assert "the energy of those lines is measured" in \
        (out / "metered-report.html").read_text("utf-8")
    rows = list(openpyxl.load_workbook(out / "metered-inventory.xlsx")["Scenarios"]
                .iter_rows(values_only=True))
    assert "the energy of those lines is measured" in rows[2][-1]
    assert rows[3][-1] == "旋盤: utilisation 0.5"  # the change in words (fix-ja)


def test_a_change_that_changes_nothing_says_so(book: Path, tmp_path: Path) -> None:
    # P-2 is SS400 already: the grade change matches it and changes nothing; in the same
    # scenario the electricity change does (-0.8148): only the first is named. In a
    # scenario that measures P-1 旋盤, its cycle time changes nothing either.
    plan = _toml(tmp_path, """
[[scenario]]
name = "same"
changes = [{change = "grade", part = "P-2", value = "SS400"},
           {change = "electricity", value = 0}]
[[scenario]]
name = "meter"
changes = [{change = "measured_kwh", part = "P-1", process = "旋盤", value = 0.4},
           {change = "cycle_min", part = "P-1", process = "旋盤", value = 3}]
""")
    same, meter = calculate(book, Options(scenarios=plan)).scenarios
    assert same["delta_kg_co2e"] == pytest.approx(-0.8148)
    assert same["warnings"] == [{"code": "scenario.no_effect", "params": {
        "scenario": "same", "change": "grade part=P-2: SS400"}}]
    assert meter["delta_kg_co2e"] == pytest.approx((0.8 - 7 / 6) * GRID)
    assert [w["code"] for w in meter["warnings"]] == ["scenario.no_effect.measured"]
    from cfp.lca.messages import tr

    assert tr("scenario.no_effect", "en", **same["warnings"][0]["params"]) == (
        "scenario 'same': the change 'grade part=P-2: SS400' changes nothing: the footprint "
        "is the same without it. Check that it names what you meant to change.")
