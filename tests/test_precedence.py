"""One precedence rule (issue 10 §1): the user's own data always wins, and every inventory
line says where its factor and master data came from.

Factors: a factor the user supplied (the workbook's 排出原単位 sheet, any --factors file)
beats a built-in one at every key level; within each group part number > grade (as
written, then the grade map's key) > category. Master tables: a file's rows replace the
workbook sheet's rows with the same key, the sheet's other rows stay. Every number below
is worked by hand in the comment above it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from builders import write_book
from typer.testing import CliRunner

from cfp.cli.main import app
from cfp.lca.aggregate.result import inventory_records
from cfp.lca.api import Options, calculate
from cfp.lca.app.catalog import material_mapping
from cfp.lca.errors import InputError
from cfp.lca.read.masters import MasterFiles

FACTOR_HEADER = ["キー", "単位", "排出原単位", "出典"]


def run(args: list[str]):
    return CliRunner().invoke(app, args, env={"COLUMNS": "1000", "CFP_LANG": "en"})


def materials_of(result) -> list[dict]:
    return [r for r in inventory_records(result.to_dict("en")) if r["stage"] == "materials"]


# --- factors: the user's category factor beats a built-in proxy ---------------------------


@pytest.mark.parametrize("category_column", [False, True])
def test_user_category_factor_beats_builtin_grade_proxy(tmp_path, category_column):
    # AC4C maps to the category aluminium_cast (grade map); the built-in factor of that
    # category is a proxy of 0.3 kg-CO2e/kg. The workbook's own sheet gives the category,
    # under its Japanese name アルミ鋳物, 6.2 kg-CO2e/kg: 2 pieces x 0.5 kg x 6.2 = 6.2
    # kg-CO2e (the built-in proxy would give 2 x 0.5 x 0.3 = 0.3). With or without a 分類
    # column naming the category, the user's factor wins.
    header = ["品番", "個数", "材質", "重量(kg)"] + (["分類"] if category_column else [])
    row = ["C-1", 2, "AC4C", 0.5] + (["アルミ鋳物"] if category_column else [])
    path = write_book(tmp_path / "bom.xlsx", {
        "部品表": [header, row],
        "排出原単位": [FACTOR_HEADER, ["アルミ鋳物", "kg", 6.2, "自社LCA"]]})
    result = calculate(path)
    assert result.total == pytest.approx(6.2)
    [line] = materials_of(result)
    assert line["factor_key"] == "アルミ鋳物"
    assert line["matched_by"] == "category"
    assert result.factor_sources()["アルミ鋳物"]["origin"] == "bom.xlsx!排出原単位:2"


def test_user_category_beats_builtin_grade_map_key(tmp_path):
    # AC4CH: the grade map's specific key is the built-in aluminium_primary (10.8). The
    # user's category factor (アルミ鋳物 6.2) is the user's, so it wins: 1 x 1 kg x 6.2.
    path = write_book(tmp_path / "bom.xlsx", {
        "部品表": [["品番", "個数", "材質", "重量(kg)"], ["C-1", 1, "AC4CH", 1.0]],
        "排出原単位": [FACTOR_HEADER, ["アルミ鋳物", "kg", 6.2, "自社LCA"]]})
    result = calculate(path)
    assert result.total == pytest.approx(6.2)
    assert materials_of(result)[0]["matched_by"] == "category"


def test_levels_within_the_users_sources(tmp_path):
    # Three parts of SUS304 (built-in proxy stainless 3.7), each 1 piece x 1 kg:
    # S-1 has a user factor by part number (9.0)      -> 9.0  (part number > grade)
    # S-2 has none by part number; grade SUS304 (5.0) -> 5.0  (grade > category)
    # S-3 is SS400 (built-in steel 1.91) with 分類 ステンレス: the user's category
    #     factor 'stainless' (4.0) beats the built-in grade SS400? SS400 has no built-in
    #     row of its own; its grade-map key is none; the user's category wins -> 4.0
    # total 18.0
    path = write_book(tmp_path / "bom.xlsx", {
        "部品表": [["品番", "個数", "材質", "分類", "重量(kg)"],
                   ["S-1", 1, "SUS304", None, 1.0], ["S-2", 1, "SUS304", None, 1.0],
                   ["S-3", 1, "SS400", "ステンレス", 1.0]],
        "排出原単位": [FACTOR_HEADER, ["S-1", "kg", 9.0, "supplier"],
                       ["SUS304", "kg", 5.0, "own"], ["ステンレス", "kg", 4.0, "own"]]})
    result = calculate(path)
    lines = {r["part_number"]: r for r in materials_of(result)}
    assert [lines[p]["kg_co2e"] for p in ("S-1", "S-2", "S-3")] == \
        pytest.approx([9.0, 5.0, 4.0])
    assert [lines[p]["matched_by"] for p in ("S-1", "S-2", "S-3")] == \
        ["part_number", "grade", "category"]
    # a user factor keyed by part number is supplier-specific: primary data
    assert lines["S-1"]["data_type"] == "primary"
    assert result.total == pytest.approx(18.0)


def test_builtin_levels_apply_only_when_no_user_key_matches(tmp_path):
    # The user's sheet knows only copper; the SUS304 part gets the built-in stainless
    # proxy 3.7 by its category (grade map): 2 x 0.5 kg x 3.7 = 3.7 kg-CO2e.
    path = write_book(tmp_path / "bom.xlsx", {
        "部品表": [["品番", "個数", "材質", "重量(kg)"], ["S-1", 2, "SUS304", 0.5]],
        "排出原単位": [FACTOR_HEADER, ["copper", "kg", 4.0, "own"]]})
    result = calculate(path)
    [line] = materials_of(result)
    assert (line["factor_key"], line["matched_by"]) == ("stainless", "category")
    assert result.total == pytest.approx(3.7)


def test_source_order_among_user_files_is_unchanged(tmp_path):
    # SS400 in two --factors files (2.0, then 3.0) and the workbook's sheet (4.0): the
    # sheet wins over later files over earlier ones: 1 x 1 kg x 4.0; without the sheet
    # the later file: 3.0.
    first, second = tmp_path / "a.csv", tmp_path / "b.csv"
    first.write_text("キー,単位,排出原単位,出典\nSS400,kg,2.0,a\n", encoding="utf-8")
    second.write_text("キー,単位,排出原単位,出典\nSS400,kg,3.0,b\n", encoding="utf-8")
    rows = [["品番", "個数", "材質", "重量(kg)"], ["P-1", 1, "SS400", 1.0]]
    with_sheet = write_book(tmp_path / "s.xlsx", {
        "部品表": rows, "排出原単位": [FACTOR_HEADER, ["SS400", "kg", 4.0, "sheet"]]})
    without = write_book(tmp_path / "n.xlsx", {"部品表": rows})
    options = Options(factor_files=[first, second])
    assert calculate(with_sheet, options).total == pytest.approx(4.0)
    assert calculate(without, options).total == pytest.approx(3.0)


def test_user_generic_scrap_beats_builtin_category_scrap(tmp_path):
    # SS400 (built-in steel 1.91), raw 1.5 kg, net 1.0 kg: 0.5 kg of chips. The user's
    # generic `scrap` factor (0.1) beats the built-in scrap:metal (0.0047): waste
    # 0.5 x 0.1 = 0.05; materials 1.5 x 1.91 = 2.865; total 2.915.
    path = write_book(tmp_path / "bom.xlsx", {
        "部品表": [["品番", "個数", "材質", "重量(kg)", "素材重量(kg)"],
                   ["P-1", 1, "SS400", 1.0, 1.5]],
        "排出原単位": [FACTOR_HEADER, ["scrap", "kg", 0.1, "own"]]})
    result = calculate(path)
    assert result.stages()["waste"] == pytest.approx(0.05)
    assert result.total == pytest.approx(2.915)


def test_materials_command_shows_the_decision_of_the_calculation(tmp_path):
    # the same workbook as the first test: `cfp materials` lists AC4C -> アルミ鋳物 6.2
    path = write_book(tmp_path / "bom.xlsx", {
        "部品表": [["品番", "個数", "材質", "重量(kg)"], ["C-1", 2, "AC4C", 0.5]],
        "排出原単位": [FACTOR_HEADER, ["アルミ鋳物", "kg", 6.2, "自社LCA"]]})
    [row] = material_mapping(path)
    assert (row["factor_key"], row["factor"], row["matched_by"]) == ("アルミ鋳物", 6.2,
                                                                    "category")
    cli = run(["materials", str(path), "--json"])
    assert cli.exit_code == 0, cli.output
    assert json.loads(cli.stdout)[0]["factor_key"] == "アルミ鋳物"
    line = materials_of(calculate(path))[0]
    assert (line["factor_key"], line["matched_by"]) == (row["factor_key"], row["matched_by"])


# --- master tables: a file's rows replace the sheet's rows with the same key -----------


PROCESS_BOM_HEADER = ["品番", "個数", "材質", "重量(kg)", "旋盤 加工(分)",
                      "マシニングセンタ 加工(分)"]
PROCESS_SHEET = [["工程", "定格電力(kW)", "使用率"], ["旋盤", 10, 0.7],
                 ["マシニングセンタ", 15, 0.7]]


def process_book(tmp_path: Path) -> Path:
    # P-1: 旋盤 (lathe) 6 min = 0.1 h, マシニングセンタ (MC) 12 min = 0.2 h per piece
    return write_book(tmp_path / "bom.xlsx", {
        "部品表": [PROCESS_BOM_HEADER, ["P-1", 1, "SS400", 1.0, 6, 12]],
        "工程": PROCESS_SHEET,
        "設定": [["電力排出係数", 0.5]]})


def test_processes_file_replaces_the_sheet_row_by_row(tmp_path):
    # Sheet: lathe 10 kW x 0.1 h x 0.7 = 0.7 kWh; MC 15 kW x 0.2 h x 0.7 = 2.1 kWh.
    # The file gives the lathe 20 kW at 0.5: 20 x 0.1 x 0.5 = 1.0 kWh; the MC row of the
    # sheet stays (2.1 kWh). Processing = (1.0 + 2.1) x 0.5 kg-CO2e/kWh = 1.55.
    path = process_book(tmp_path)
    machines = tmp_path / "machines.csv"
    machines.write_text("工程,定格電力(kW),使用率\n旋盤,20,0.5\n", encoding="utf-8")
    sheet_only = calculate(path)
    assert sheet_only.stages()["processing"] == pytest.approx((0.7 + 2.1) * 0.5)
    result = calculate(path, Options(masters=MasterFiles(processes=machines)))
    assert result.stages()["processing"] == pytest.approx((1.0 + 2.1) * 0.5)
    lines = {r["process"]: r for r in inventory_records(result.to_dict("en"))
             if r["stage"] == "processing"}
    assert lines["旋盤"]["amount"] == pytest.approx(1.0)
    assert lines["旋盤"]["master_origin"] == "machines.csv:2"
    assert lines["マシニングセンタ"]["master_origin"] == "bom.xlsx!工程:3"
    # the electricity factor says it came from the Settings sheet's cell
    assert result.factor_sources()["電力排出係数"]["origin"] == "bom.xlsx!設定!B1"


def test_suppliers_file_replaces_the_sheet_row(tmp_path):
    # P-1 1 kg from A社. Sheet: truck 100 km; file: truck 300 km. Transport =
    # 1 kg / 1000 x 300 km x the built-in truck factor per t-km.
    path = write_book(tmp_path / "bom.xlsx", {
        "部品表": [["品番", "個数", "材質", "重量(kg)", "仕入先"], ["P-1", 1, "SS400", 1.0, "A社"],
                   ["P-2", 1, "SS400", 1.0, "B社"]],
        "仕入先": [["仕入先", "輸送手段", "距離(km)"], ["A社", "truck", 100],
                   ["B社", "truck", 50]]})
    file = tmp_path / "suppliers.csv"
    file.write_text("仕入先,輸送手段,距離(km)\nA社,truck,300\n", encoding="utf-8")
    result = calculate(path, Options(masters=MasterFiles(suppliers=file)))
    lines = {r["part_number"]: r for r in inventory_records(result.to_dict("en"))
             if r["stage"] == "transport"}
    # 0.001 t x 300 km = 0.3 t-km (file); B社 keeps the sheet's 50 km: 0.05 t-km
    assert lines["P-1"]["amount"] == pytest.approx(0.3)
    assert lines["P-2"]["amount"] == pytest.approx(0.05)
    assert lines["P-1"]["master_origin"] == "suppliers.csv:2"
    assert lines["P-2"]["master_origin"] == "bom.xlsx!仕入先:3"


def test_measurements_file_replaces_the_sheet_row(tmp_path):
    # Lathe 0.1 h of P-1 is measured. Sheet: 100 -> 110 kWh over 10 pieces = 1.0 kWh;
    # file: 100 -> 130 over 10 = 3.0 kWh/piece, which wins. MC stays estimated (2.1).
    # Processing = (3.0 + 2.1) x 0.5 = 2.55.
    path = process_book(tmp_path)
    book_rows = [["品番", "工程", "開始積算電力量(kWh)", "終了積算電力量(kWh)", "加工数"],
                 ["P-1", "旋盤", 100, 110, 10]]
    path = write_book(tmp_path / "bom2.xlsx", {
        "部品表": [PROCESS_BOM_HEADER, ["P-1", 1, "SS400", 1.0, 6, 12]],
        "工程": PROCESS_SHEET,
        "実測": book_rows, "設定": [["電力排出係数", 0.5]]})
    file = tmp_path / "meter.csv"
    file.write_text("品番,工程,開始積算電力量(kWh),終了積算電力量(kWh),加工数\n"
                    "P-1,旋盤,100,130,10\n", encoding="utf-8")
    assert calculate(path).stages()["processing"] == pytest.approx((1.0 + 2.1) * 0.5)
    result = calculate(path, Options(masters=MasterFiles(measurements=file)))
    assert result.stages()["processing"] == pytest.approx((3.0 + 2.1) * 0.5)
    lathe = [r for r in inventory_records(result.to_dict("en")) if r["process"] == "旋盤"][0]
    assert lathe["energy_basis"] == "measured"
    assert lathe["master_origin"] == "bom2.xlsx!工程:2; meter.csv:2"


def test_materials_file_replaces_the_sheet_row(tmp_path):
    # XYZ-1 is unknown to the built-in grade map. The 材質 sheet maps it to steel (1.91),
    # the --materials file to stainless (3.7), which wins: 1 x 1 kg x 3.7.
    path = write_book(tmp_path / "bom.xlsx", {
        "部品表": [["品番", "個数", "材質", "重量(kg)"], ["P-1", 1, "XYZ-1", 1.0]],
        "材質": [["材質", "分類"], ["XYZ-1", "steel"]]})
    file = tmp_path / "grades.csv"
    file.write_text("材質,分類\nXYZ-1,stainless\n", encoding="utf-8")
    assert calculate(path).total == pytest.approx(1.91)
    result = calculate(path, Options(masters=MasterFiles(materials=file)))
    assert result.total == pytest.approx(3.7)
    assert materials_of(result)[0]["master_origin"] == "grades.csv:2"


def test_settings_file_replaces_the_sheet_value(tmp_path):
    # electricity 0.5 in the sheet, 0.25 in the file: lathe 0.7 + MC 2.1 kWh x 0.25
    path = process_book(tmp_path)
    file = tmp_path / "settings.csv"
    file.write_text("電力排出係数,0.25\n", encoding="utf-8")
    result = calculate(path, Options(masters=MasterFiles(settings=file)))
    assert result.stages()["processing"] == pytest.approx((0.7 + 2.1) * 0.25)


def test_master_file_without_its_key_column_is_an_error(tmp_path):
    # machines.csv has no 工程/Process column: it cannot apply, and must not be ignored
    path = process_book(tmp_path)
    machines = tmp_path / "machines.csv"
    machines.write_text("設備名,定格電力(kW)\n旋盤,20\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        calculate(path, Options(masters=MasterFiles(processes=machines)))
    [problem] = caught.value.problems
    assert problem.code == "master.missing_column"
    assert problem.file == str(machines)
    assert "工程 / 工程名 / Process" in problem.message("en")  # and an English spelling
    cli = run(["calc", str(path), "--processes", str(machines)])
    assert cli.exit_code == 2
    assert "machines.csv" in cli.output and "has no column" in cli.output


# --- options that cannot apply --------------------------------------------------------------


def test_factor_columns_with_an_unknown_field_is_refused(tmp_path):
    path = process_book(tmp_path)
    for lang, words in (("en", "unknown field 'colour'"),
                        ("ja", "「colour」という項目はありません")):
        cli = CliRunner().invoke(app, ["calc", str(path), "--factor-columns", "colour=Farbe",
                                       "--lang", lang], env={"COLUMNS": "1000"})
        assert cli.exit_code == 2
        assert words in cli.output


def test_factor_columns_header_not_in_the_file_is_an_error(tmp_path):
    # the file's factor column is 'GWP100'; the mapping names 'GWP' which is not there
    path = process_book(tmp_path)
    export = tmp_path / "idea.csv"
    export.write_text("製品コード,単位,GWP100\nSS400,kg,2.0\n", encoding="utf-8")
    cli = run(["calc", str(path), "--factors", str(export),
               "--factor-columns", "key=製品コード,factor=GWP"])
    assert cli.exit_code == 2
    assert "idea.csv" in cli.output and "'GWP'" in cli.output


# --- nothing wrong passes silently ------------------------------------------------------------


def test_negative_factor_is_refused_naming_the_cell(tmp_path):
    path = write_book(tmp_path / "bom.xlsx", {
        "部品表": [["品番", "個数", "材質", "重量(kg)"], ["P-1", 1, "SS400", 1.0]],
        "排出原単位": [FACTOR_HEADER, ["SS400", "kg", -1.5, "credit"]]})
    with pytest.raises(InputError) as caught:
        calculate(path)
    [problem] = caught.value.problems
    assert (problem.code, problem.sheet, problem.cell) == ("factor.negative", "排出原単位", "C2")


def test_zero_factor_is_used_and_warned_about_by_key(tmp_path):
    # recycled input under the cut-off approach: 0 is legitimate, total 0, but warned
    path = write_book(tmp_path / "bom.xlsx", {
        "部品表": [["品番", "個数", "材質", "重量(kg)"], ["P-1", 1, "SS400", 1.0]],
        "排出原単位": [FACTOR_HEADER, ["SS400", "kg", 0, "recycled"]]})
    result = calculate(path)
    assert result.total == 0
    [warning] = [p for k, p in result.warnings if k == "warn.zero_factor"]
    assert warning == {"factor": "SS400", "origin": "bom.xlsx!排出原単位:2"}


def test_same_part_with_different_data_is_warned_naming_the_rows(tmp_path):
    # B-1 under two assemblies with the same data is normal (rows 3, 5: no warning);
    # W-1 has 0.2 kg on row 4 and 0.3 kg on row 6: warned, naming the rows
    path = write_book(tmp_path / "bom.xlsx", {"部品表": [
        ["レベル", "品番", "個数", "材質", "重量(kg)"],
        [1, "A-1", 1, None, None], [2, "B-1", 2, "SS400", 0.1], [2, "W-1", 1, "SS400", 0.2],
        [1, "A-2", 1, None, None], [2, "B-1", 2, "SS400", 0.1], [2, "W-1", 1, "SS400", 0.3]]})
    result = calculate(path)
    warned = [p for k, p in result.warnings if k == "warn.part_inconsistent"]
    assert warned == [{"part": "W-1", "rows": "4, 7", "sheet": "部品表"}]


def test_consistency_codes_compare_as_factorize_does():
    """`checks._comparable` (the per-field codes of the consistency warning): equal where
    `factorize` codes are equal, for floats (-0.0 and 0.0, NaN), texts and objects."""
    import numpy as np

    from cfp.lca.frame import Text, factorize
    from cfp.lca.resolve.checks import _comparable

    rng = np.random.default_rng(5)
    floats = rng.choice([0.0, -0.0, 0.1, 0.3, np.nan, 1e300, -2.5], 500)
    texts = Text.of(rng.choice(np.array(["a", "b", None, "c"], dtype=object), 500))
    objects = rng.choice(np.array([1, "1", None, 2.0, "x"], dtype=object), 500)
    for column in (floats, texts, objects):
        ours, theirs = _comparable(column), factorize(column)[0]
        assert ((ours[:, None] == ours[None, :]) == (theirs[:, None] == theirs[None, :])).all()


def test_overflow_is_an_error_naming_the_row_never_an_infinite_total(tmp_path):
    # 1e200 pieces x 1e200 kg overflows to infinity: exit 2 naming row 2, not a total of
    # inf or null with exit 0
    path = write_book(tmp_path / "bom.xlsx", {"部品表": [
        ["品番", "個数", "材質", "重量(kg)"], ["P-1", 1e200, "SS400", 1e200],
        ["P-2", 1, "SS400", 1.0]]})
    with pytest.raises(InputError) as caught:
        calculate(path)
    codes = {(p.code, p.cell) for p in caught.value.problems}
    assert ("calc.not_finite", "2:2") in codes
    cli = run(["calc", str(path), "--format", "json"])
    assert cli.exit_code == 2 and "部品表!2:2" in cli.output


def test_total_overflow_is_an_error(tmp_path):
    # each line is finite (1e308 x 1.91 overflows: so use the per-piece factor 1.0 and
    # 1e308 pieces twice: each 1e308, the sum 2e308 = inf)
    path = write_book(tmp_path / "bom.xlsx", {
        "部品表": [["品番", "個数", "材質", "重量(kg)"], ["P-1", 1.5e308, "X", 1],
                   ["P-2", 1.5e308, "X", 1]],
        "排出原単位": [FACTOR_HEADER, ["X", "個", 1.0, "own"]]})
    with pytest.raises(InputError) as caught:
        calculate(path)
    assert [p.code for p in caught.value.problems] == ["calc.total_not_finite"]


# --- one product mass ------------------------------------------------------------------------


def test_one_product_mass_everywhere(tmp_path):
    # leaves: P-1 2 x 1.5 kg net; P-2 net missing, raw 0.5 kg -> raw counts: 1 x 0.5;
    # assembly rows add nothing: 3.0 + 0.5 = 3.5 kg in the JSON, PACT and the report
    from datetime import UTC, datetime

    from cfp.lca.render.model import build_model
    from cfp.lca.render.pact import to_pact

    path = write_book(tmp_path / "bom.xlsx", {
        "部品表": [["品番", "個数", "材質", "重量(kg)", "素材重量(kg)"],
                   ["P-1", 2, "SS400", 1.5, None], ["P-2", 1, "SS400", None, 0.5]],
        "設定": [["会社名", "Example KK"]]})
    result = calculate(path)
    created = datetime(2026, 4, 1, tzinfo=UTC)
    assert result.product_mass_kg == pytest.approx(3.5)
    assert result.to_dict("en")["product_mass_kg"] == pytest.approx(3.5)
    pcf = to_pact(result, "3.0.0", created, "en")["pcf"]
    assert pcf["productMassPerDeclaredUnit"] == "3.5"
    assert build_model(result, "en", created).product_mass == pytest.approx(3.5)
