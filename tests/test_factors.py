"""Factor sources: user databases, column mapping, units, precedence, GWP sets, and the
`cfp factors` / `cfp materials` commands."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from builders import write_book
from typer.testing import CliRunner

from cfp.cli.main import app
from cfp.lca.api import Options, calculate
from cfp.lca.errors import InputError

BOM = [["品番", "個数", "材質", "重量(kg)"], ["P-1", 2, "X1", 1.5]]


def run(tmp_path, factor_rows, bom=None, **options):
    path = write_book(tmp_path / "bom.xlsx", {"部品表": bom or BOM})
    files = []
    for i, text in enumerate(factor_rows):
        f = tmp_path / f"f{i}.csv"
        f.write_text(text, encoding="utf-8")
        files.append(f)
    return calculate(path, Options(factor_files=files, **options))


def test_idea_like_export_with_column_mapping(tmp_path):
    # An export whose headers cfp does not know, mapped with --factor-columns:
    # X1 = 4.0 kg-CO2e/kg -> 2 x 1.5 kg x 4.0 = 12.0
    export = "ProductCode,ProductName,RefUnit,Value_CO2e,Database\nX1,thing,kg,4.0,IDEA v3.4\n"
    result = run(tmp_path, [export], factor_columns={
        "key": "ProductCode", "unit": "RefUnit", "factor": "Value_CO2e", "source": "Database"})
    assert result.total == pytest.approx(12.0)
    assert result.inventory.iloc[0]["factor_source"] == "IDEA v3.4"


def test_export_without_mapping_names_missing_columns(tmp_path):
    export = "ProductCode,RefUnit,Value_CO2e\nX1,kg,4.0\n"
    with pytest.raises(InputError) as info:
        run(tmp_path, [export])
    codes = [p.code for p in info.value.problems]
    assert "factor.missing_column" in codes


@pytest.mark.parametrize(("unit", "value", "per_kg"), [
    ("kg", 3.0, 3.0), ("g", 0.003, 3.0), ("t", 3000, 3.0), ("kg-CO2e/kg", 3.0, 3.0),
    ("ｋｇ", 3.0, 3.0),
])
def test_mass_units_converted(tmp_path, unit, value, per_kg):
    # 2 x 1.5 kg = 3 kg x per_kg
    result = run(tmp_path, [f"key,unit,factor\nX1,{unit},{value}\n"])
    assert result.total == pytest.approx(3 * per_kg)


def test_energy_units_converted(tmp_path):
    # 0.1 kg-CO2e/MJ = 0.36 per kWh; one lathe cycle of 10 kW x 1 h x 1.0 = 10 kWh -> 3.6
    bom = [["品番", "個数", "旋盤 加工(h)"], ["P-1", 1, 1]]
    path = write_book(tmp_path / "e.xlsx", {
        "部品表": bom,
        "工程": [["工程", "定格電力(kW)", "使用率"], ["旋盤", 10, 1]],
        "排出原単位": [["キー", "単位", "排出原単位"], ["電力", "MJ", 0.1], ["P-1", "個", 0]],
    })
    assert calculate(path).stages()["processing"] == pytest.approx(3.6)


def test_unit_that_cannot_apply_is_refused(tmp_path):
    # a material factor per kWh cannot multiply kilograms
    with pytest.raises(InputError) as info:
        run(tmp_path, ["key,unit,factor\nX1,kWh,0.5\n"])
    (problem,) = info.value.problems
    assert problem.code == "material.unit_mismatch"
    assert "per kWh" in problem.message("en")


def test_later_factor_file_wins(tmp_path):
    # f0 says 1.0, f1 says 2.0 for X1: the later file wins -> 3 kg x 2.0 = 6.0
    result = run(tmp_path, ["key,unit,factor\nX1,kg,1.0\n", "key,unit,factor\nX1,kg,2.0\n"])
    assert result.total == pytest.approx(6.0)
    assert result.inventory.iloc[0]["factor_origin"].startswith("f1.csv")


def test_user_alias_overrides_builtin_key(tmp_path):
    # a user row keyed 電力 (an alias of the built-in `electricity`) replaces it:
    # 10 kWh x 0.5 = 5.0
    path = write_book(tmp_path / "e.xlsx", {
        "部品表": [["品番", "個数", "旋盤 加工(h)"], ["P-1", 1, 1]],
        "工程": [["工程", "定格電力(kW)", "使用率"], ["旋盤", 10, 1]],
        "排出原単位": [["キー", "単位", "排出原単位"], ["電力", "kWh", 0.5], ["P-1", "個", 0]],
    })
    assert calculate(path).stages()["processing"] == pytest.approx(5.0)


@pytest.mark.parametrize(("gwp", "expected"), [
    # co2 1 + ch4_fossil 0.01 x GWP + n2o 0.001 x GWP, per kg, x 3 kg
    ("AR6", 3 * (1 + 0.01 * 29.8 + 0.001 * 273)),
    ("AR5", 3 * (1 + 0.01 * 30 + 0.001 * 265)),
])
def test_per_gas_factor_characterised_with_chosen_gwp(tmp_path, gwp, expected):
    rows = "key,unit,factor,co2,ch4_fossil,n2o\nX1,kg,,1,0.01,0.001\n"
    assert run(tmp_path, [rows], gwp=gwp).total == pytest.approx(expected)


def test_factors_cli_list_search_show():
    runner = CliRunner()
    listed = runner.invoke(app, ["factors", "list", "--json"])
    assert listed.exit_code == 0, listed.output
    keys = {r["key"] for r in json.loads(listed.stdout)}
    assert {"steel", "electricity", "truck", "scrap"} <= keys
    found = runner.invoke(app, ["factors", "search", "ステンレス", "--json"])
    assert "stainless" in {r["key"] for r in json.loads(found.stdout)}
    shown = runner.invoke(app, ["factors", "show", "電力", "--json"])
    record = json.loads(shown.stdout)
    # factors.md §2a: 全国平均係数 0.000423 t-CO2/kWh = 0.423 kg/kWh
    assert record["key"] == "electricity" and record["factor"] == pytest.approx(0.423)
    assert record["licence"]
    missing = runner.invoke(app, ["factors", "show", "no-such-factor"])
    assert missing.exit_code == 2


def test_materials_cli_flags_unmapped(tmp_path):
    path = write_book(tmp_path / "m.xlsx", {"部品表": [
        ["品番", "個数", "材質", "重量(kg)"], ["P-1", 1, "ＳＵＳ３０４", 1],
        ["P-2", 1, "UNOBTAINIUM", 1]]})
    result = CliRunner().invoke(app, ["materials", str(path), "--json"])
    assert result.exit_code == 0, result.output
    rows = {r["grade"]: r for r in json.loads(result.stdout)}
    # the full-width grade is read as SUS304 (NFKC) and maps to stainless
    assert rows["SUS304"]["category"] == "stainless"
    assert rows["SUS304"]["factor_key"] == "stainless"
    assert rows["UNOBTAINIUM"]["factor_key"] is None


def test_xlsx_factor_file_like_the_factors_sheet(tmp_path):
    # an XLSX database with a 排出原単位 sheet: X1 = 5.0 -> 3 kg x 5.0 = 15.0
    db = write_book(tmp_path / "db.xlsx", {"排出原単位": [
        ["キー", "単位", "排出原単位", "出典"], ["X1", "kg", 5.0, "社内DB 2025"]]})
    path = write_book(tmp_path / "bom.xlsx", {"部品表": BOM})
    result = calculate(path, Options(factor_files=[db]))
    assert result.total == pytest.approx(15.0)
    assert result.inventory.iloc[0]["factor_source"] == "社内DB 2025"


def test_user_grade_map_extends_builtin(tmp_path):
    # X1 is unknown to the built-in map; the 材質 sheet puts it in 炭素鋼 (steel, 1.91):
    # 3 kg x 1.91 = 5.73
    path = write_book(tmp_path / "bom.xlsx", {"部品表": BOM, "材質": [
        ["材質", "分類"], ["X1", "炭素鋼"]]})
    result = calculate(path)
    assert result.total == pytest.approx(3 * 1.91)
    assert result.inventory.iloc[0]["factor_key"] == "steel"


def test_user_factor_licence_reaches_the_result(tmp_path):
    rows = "key,unit,factor,source,licence,note\nX1,kg,4.0,社内DB,internal use only,measured 2025\n"
    result = run(tmp_path, [rows])
    detail = result.factor_details["X1"]
    assert detail["licence"] == "internal use only" and detail["note"] == "measured 2025"


@pytest.mark.parametrize(("columns", "left_out"), [
    (None, ""), ("80", "Licence"), ("60", "Type, Source, Licence")])
def test_factors_table_never_cuts_keys_values_or_units(columns, left_out):
    # piped (no terminal) the table is 160 wide; at 80 columns it was 96 wide (the longest
    # key, electricity:jp:hokkaido:residual, is 32): the factor and its unit now share a
    # column ('0.423 /kWh' under 'Factor kg-CO2e'), source and licence give way, and
    # narrower the licence, the source and the type are left out, with a line saying so;
    # never the key or the value
    from rich.cells import cell_len

    env = {"CFP_LANG": "en"} | ({"COLUMNS": columns} if columns else {})
    listed = CliRunner().invoke(app, ["factors", "list"], env=env)
    assert listed.exit_code == 0, listed.output
    lines = listed.output.splitlines()
    assert max(map(cell_len, lines)) <= int(columns or 160)
    line = next(t for t in lines if t.startswith(" electricity "))
    # factors.md §2a: 全国平均係数 0.000423 t-CO2/kWh = 0.423 kg/kWh
    assert "0.423 /kWh" in line and "Factor kg-CO2e" in listed.output
    assert ("Secondary" in line) is ("Type" not in left_out)
    assert " electricity:jp:hokkaido:residual " in listed.output
    assert "…" not in listed.output.split("Source")[0]  # nothing cut before the source
    note = next((i for i, t in enumerate(lines) if t.startswith("Not shown")), None)
    if left_out:
        assert " ".join(t.strip() for t in lines[note:]) == (
            f"Not shown at this width: {left_out} (cfp factors show KEY shows every field of "
            "a factor; so does --format json).")
    else:
        assert note is None


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("columns", [80, 60])
def test_factor_and_material_tables_fit_the_width(lang, columns):
    # every line within the width (a kanji counts 2), each factor on one line with its
    # key and value whole; the materials of a BOM leave out the type, then the key
    from rich.cells import cell_len

    env = {"COLUMNS": str(columns), "CFP_LANG": lang}
    sample = Path(__file__).resolve().parents[1] / "samples" / "machined-assembly-ja.xlsx"
    for args in (["factors", "list"], ["factors", "search", "electricity"],
                 ["factors", "list", "--kind", "component"], ["materials", str(sample)],
                 ["materials"]):
        shown = CliRunner().invoke(app, args, env=env)
        assert shown.exit_code == 0, shown.output
        lines = shown.output.splitlines()
        assert max(map(cell_len, lines)) <= columns, (args, shown.output)
        if args[0] == "factors":
            rows = [t.split("│") for t in lines if "│" in t and not t.startswith(" " * 5)]
            assert len(rows) == len(json.loads(CliRunner().invoke(
                app, [*args, "--format", "json"]).output))
            assert all(cells[0].strip() and cells[1].strip() for cells in rows)
        if args[0] == "materials" and len(args) == 2:
            # the category's name wraps; at 60 the key gives way, said under the table
            assert "0.9951 /kg" in shown.output and "ADC12 " in shown.output
            said = "".join(lines[-2:])
            assert "aluminium_cast" in shown.output if columns == 80 else (
                "Key" in said or "キー" in said)


def test_materials_table_never_cuts_cells_in_a_standard_terminal():
    # 80 columns: before, 'aluminium_cast' became 'aluminium_c…' and '10.8 /kg' '10.8 /…'
    sample = Path(__file__).resolve().parents[1] / "samples" / "machined-assembly-ja.xlsx"
    shown = CliRunner().invoke(app, ["materials", str(sample)],
                               env={"COLUMNS": "80", "CFP_LANG": "en"})
    assert shown.exit_code == 0, shown.output
    assert "aluminium_cast" in shown.output and "10.8 /kg" in shown.output
    assert "…" not in shown.output


@pytest.mark.parametrize(("gwp", "expected"), [
    # gwp.csv: ch4 (methane of unknown origin) AR6 27.9 / AR5 28, n2o 273 / 265,
    # sf6 25200 / 23500: 1 + 0.01 x 27.9 + 0.001 x 273 + 0.0001 x 25200 = 4.072 per kg
    ("AR6", 1 + 0.01 * 27.9 + 0.001 * 273 + 0.0001 * 25200),
    # 1 + 0.28 + 0.265 + 2.35 = 3.895
    ("AR5", 1 + 0.01 * 28 + 0.001 * 265 + 0.0001 * 23500),
])
def test_every_gas_of_the_gwp_table_is_characterised(tmp_path, gwp, expected):
    rows = "key,unit,factor,co2,ch4,n2o,sf6\nX1,kg,,1.0,0.01,0.001,0.0001\n"
    result = run(tmp_path, [rows], gwp=gwp)
    assert result.total == pytest.approx(3 * expected)  # 2 x 1.5 kg
    assert result.inventory.iloc[0]["factor_gases"] == "co2=1; ch4=0.01; n2o=0.001; sf6=0.0001"


def test_halocarbon_columns_by_their_spellings(tmp_path):
    # HFC-134a AR6 1530, R-410A 2255.5, NF3 17400:
    # 0.001 x 1530 + 0.001 x 2255.5 + 0.0001 x 17400 = 1.53 + 2.2555 + 1.74 = 5.5255 per kg
    rows = "key,unit,factor,HFC134a,R-410A,NF3\nX1,kg,,0.001,0.001,0.0001\n"
    assert run(tmp_path, [rows]).total == pytest.approx(3 * 5.5255)


@pytest.mark.parametrize("header", ["ch4_biogenic", "HFC-23", "C3F8", "co2_fossil", "R-404A"])
def test_unknown_gas_column_refused(tmp_path, header):
    rows = f"key,unit,factor,co2,{header}\nX1,kg,,1.0,0.5\n"
    with pytest.raises(InputError) as info:
        run(tmp_path, [rows])
    problem = info.value.problems[0]
    assert (problem.code, problem.cell, problem.value) == ("factor.unknown_gas", "E1", header)
    assert problem.file.endswith("f0.csv")


def test_unknown_gas_column_cli_message(tmp_path):
    bom = write_book(tmp_path / "bom.xlsx", {"部品表": BOM})
    factors = tmp_path / "gases.csv"
    factors.write_text("key,unit,factor,co2,ch4_biogenic\nX1,kg,,1.0,0.5\n", encoding="utf-8")
    for lang, text in [("en", "column 'ch4_biogenic' looks like a per-gas column, but cfp has "
                              "no GWP for that gas"),
                       ("ja", "列「ch4_biogenic」はガス別の列に見えますが")]:
        result = CliRunner().invoke(app, ["calc", str(bom), "--factors", str(factors),
                                          "--lang", lang], env={"COLUMNS": "1000"})
        assert result.exit_code == 2
        # file, sheet (a CSV's one sheet is named after it) and cell of the header
        assert f"gases.csv: gases!E1: {text}" in result.stderr


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_category_listing_fits_80_columns_one_line_a_category(lang):
    # `cfp materials` was 397 columns wide (every spelling of a category on one line) and
    # `cfp factors list` folded each source into ~8 lines (1,250 lines): the long text
    # columns now share what the key columns leave, one line each, cut with "…"
    import unicodedata

    def width(line: str) -> int:
        return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)

    shown = CliRunner().invoke(app, ["materials", "--lang", lang], env={"COLUMNS": "80"})
    assert shown.exit_code == 0, shown.output
    lines = shown.output.splitlines()
    assert max(map(width, lines)) <= 80
    assert sum(1 for t in lines if t.startswith(" steel ")) == 1 and "…" in shown.output
    listed = CliRunner().invoke(app, ["factors", "list", "--lang", lang], env={"COLUMNS": "80"})
    rows = [t for t in listed.output.splitlines() if t[:1] == " " and "│" in t]
    keys = [t.split("│")[0].strip() for t in rows]
    assert all(keys) and len(keys) == len(set(keys))  # one line per factor, none folded


def test_data_types_read_in_the_users_language_in_the_tables():
    # `cfp factors list --lang ja` and `cfp materials BOM --lang ja` printed the codes
    # proxy / secondary; `factors show` and the reports translated them
    listed = CliRunner().invoke(app, ["factors", "list", "--lang", "ja"], env={"COLUMNS": "120"})
    assert "二次データ" in listed.output and "代替データ" in listed.output
    assert " secondary " not in listed.output and " proxy " not in listed.output
    sample = Path(__file__).resolve().parents[1] / "samples" / "machined-assembly-ja.xlsx"
    shown = CliRunner().invoke(app, ["materials", str(sample), "--lang", "ja"],
                               env={"COLUMNS": "120"})
    assert "代替データ" in shown.output and " proxy " not in shown.output


# --- the workbook as an argument, --max-cells, --lang before the sub-command -------------

SAMPLE_EN = Path(__file__).resolve().parents[1] / "samples" / "multilevel-en.xlsx"


def _keys(result) -> set[str]:
    assert result.exit_code == 0, result.output
    return {r["key"] for r in json.loads(result.stdout)}


@pytest.mark.parametrize("argv", [
    ["factors", "list", str(SAMPLE_EN)],
    ["factors", "search", "GM-", str(SAMPLE_EN)],
    ["factors", "list", "--bom", str(SAMPLE_EN)],  # the former spelling, with a note
])
def test_factors_take_the_workbook_as_an_argument(argv):
    # `cfp factors` took the workbook only as --bom, the other commands as an argument
    result = CliRunner().invoke(app, [*argv, "--format", "json", "--lang", "en"])
    assert "GM-230" in _keys(result)  # the sample's own Factors sheet
    assert ("--bom is deprecated" in result.stderr) == ("--bom" in argv)
    shown = CliRunner().invoke(app, ["factors", "show", "GM-230", str(SAMPLE_EN), "--format",
                                     "json"])
    assert shown.exit_code == 0 and json.loads(shown.stdout)["factor"] == 18.5


@pytest.mark.parametrize(("lang", "said"), [("en", "the workbook is given twice"),
                                            ("ja", "ブックが 2 回指定されています")])
def test_factors_refuse_the_workbook_given_both_ways(lang, said):
    result = CliRunner().invoke(app, ["factors", "list", str(SAMPLE_EN), "--bom",
                                      str(SAMPLE_EN), "--lang", lang])
    assert result.exit_code == 2 and said in result.stderr
    assert result.stdout == ""


def test_factors_max_cells_bounds_the_workbook_and_the_factor_files(tmp_path):
    # --max-cells, like every other command reading a BOM (it had none: always 10,000,000)
    factors = tmp_path / "f.csv"
    factors.write_text("key,unit,factor\nX1,kg,2\nX2,kg,3\n", encoding="utf-8")
    for argv in ([str(SAMPLE_EN)], ["--factors", str(factors)]):
        refused = CliRunner().invoke(app, ["factors", "list", *argv, "--max-cells", "5",
                                           "--lang", "en"], env={"COLUMNS": "1000"})
        assert refused.exit_code == 2, refused.output
        assert "raise the limit with --max-cells N" in refused.stderr
        assert CliRunner().invoke(app, ["factors", "list", *argv, "--max-cells", "1000",
                                        "--max-unzipped-mb", "1"]).exit_code == 0


@pytest.mark.parametrize(("argv", "expected"), [
    (["factors", "--lang", "ja", "search", "zzzz"], "一致する排出原単位はありません"),
    (["factors", "--lang=en", "search", "zzzz"], "no factor matches 'zzzz'"),
    (["factors", "search", "zzzz", "--lang", "ja"], "一致する排出原単位はありません"),
    # the sub-command's own --lang wins over the group's
    (["factors", "--lang", "ja", "search", "zzzz", "--lang", "en"], "no factor matches"),
    (["factors", "--lang", "en", "show", "zzzz", "--lang", "ja"], "排出原単位「zzzz」はありません"),
])
def test_factors_take_lang_before_or_after_the_sub_command(argv, expected):
    # `cfp factors --lang ja list` was refused: "no such option: --lang"
    result = CliRunner().invoke(app, argv, env={"COLUMNS": "1000", "CFP_LANG": ""})
    assert result.exit_code in (0, 2), result.output
    assert expected in result.stderr


def test_licences_and_categories_read_in_the_users_language_in_the_tables():
    # `cfp factors list --lang ja` printed the licence codes (`fact (single published
    # statistic)`, `statute (...)`) and `cfp materials BOM --lang ja` the category keys
    # (`aluminium_cast`); the factor table and the categories have Japanese names
    listed = CliRunner().invoke(app, ["factors", "list", "--lang", "ja"], env={"COLUMNS": "200"})
    assert "事実(公表された単一の統計値)" in listed.output
    assert "法令(著作権法第 13 条)" in listed.output
    assert "fact (single" not in listed.output and "statute (" not in listed.output
    found = CliRunner().invoke(app, ["factors", "search", "steel", "--lang", "ja"],
                               env={"COLUMNS": "200"})
    assert "事実(公表された単一の統計値)" in found.output and "fact (single" not in found.output
    english = CliRunner().invoke(app, ["factors", "list", "--lang", "en"], env={"COLUMNS": "200"})
    assert "fact (single published statistic)" in english.output and "事実" not in english.output
    sample = Path(__file__).resolve().parents[1] / "samples" / "machined-assembly-ja.xlsx"
    shown = CliRunner().invoke(app, ["materials", str(sample), "--lang", "ja"],
                               env={"COLUMNS": "120"})
    rows = {line.split("│")[0].strip(): line.split("│")[1].strip()
            for line in shown.output.splitlines() if "│" in line}
    assert rows["ADC12"] == "アルミ鋳物・ダイカスト" and rows["SUS304"] == "ステンレス鋼"
    assert "aluminium_cast │" in shown.output  # the factor key column keeps the key
    assert not any(name in {"aluminium", "aluminium_cast", "stainless"} for name in rows.values())
    en = CliRunner().invoke(app, ["materials", str(sample), "--lang", "en"],
                            env={"COLUMNS": "120"})
    assert "Aluminium casting / die casting" in en.output and "アルミ" not in en.output
