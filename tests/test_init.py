"""`cfp init` writes a template that cfp itself reads once filled in."""

from __future__ import annotations

import openpyxl
import pytest
from typer.testing import CliRunner

from cfp.cli.main import app
from cfp.lca.api import calculate


def test_template_has_every_sheet_and_reads_back(tmp_path):
    path = tmp_path / "t.xlsx"
    result = CliRunner().invoke(app, ["init", str(path), "--lang", "ja"])
    assert result.exit_code == 0, result.output
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["部品表", "工程", "実測", "仕入先", "排出原単位", "設定"]
    bom = book["部品表"]
    # row 1 explains each column in both languages; row 2 holds the headers
    assert "required" in bom["B1"].value and "必須" in bom["B1"].value
    assert bom["B2"].value == "品番"
    # fill in one machined part: A6063, 1 piece, raw 500 g, lathe 6 min, set-up 30 min/lot 10
    bom.append([1, "P-1", "plate", 1, "A6063", None, 400, 500, None, 10, 6, 30])
    book["工程"].append(["旋盤", 10, 0.7])
    settings = book["設定"]
    settings["B5"] = 0.5  # 電力排出係数
    book.save(path)
    result = calculate(path)
    # materials 0.5 kg x 10.8 = 5.4; lathe 10 kW x 0.1 h x 0.7 = 0.7 kWh + set-up
    # 10 kW x 0.5 h / 10 x 0.7 = 0.35 kWh -> 1.05 kWh x 0.5 = 0.525; scrap 0.1 kg x 0.00468568
    assert result.stages()["materials"] == pytest.approx(5.4)
    assert result.stages()["processing"] == pytest.approx(0.525)
    assert result.stages()["waste"] == pytest.approx(0.1 * 0.00468568)


def test_init_refuses_to_overwrite(tmp_path):
    path = tmp_path / "t.xlsx"
    path.write_bytes(b"keep")
    result = CliRunner().invoke(app, ["init", str(path)])
    assert result.exit_code == 2
    assert path.read_bytes() == b"keep"


def test_template_has_a_rule_profile_row_that_is_read(tmp_path):
    # the 設定 sheet names the rule profile (issue 14): blank is the default profile;
    # `pact` filled in makes the result's profile the built-in pact one
    path = tmp_path / "t.xlsx"
    assert CliRunner().invoke(app, ["init", str(path), "--lang", "ja"]).exit_code == 0
    book = openpyxl.load_workbook(path)
    settings = book["設定"]
    rows = {settings.cell(r, 1).value: r for r in range(2, settings.max_row + 1)}
    assert "算定ルール" in rows
    assert settings.cell(rows["算定ルール"], 2).value is None
    book["部品表"].append([1, "P-1", "plate", 1, "A6063", None, 400, 500])
    book.save(path)
    assert calculate(path).rules["name"] == "default"
    settings.cell(rows["算定ルール"], 2, "pact")
    book.save(path)
    assert calculate(path).rules["file"] == "built-in:pact"


def test_init_lang_en_writes_the_english_template_that_calc_reads(tmp_path):
    # --lang en: English sheet names, headers and explanations (it wrote the Japanese
    # template); filled in like the Japanese one above, `cfp calc` gives the same numbers
    path = tmp_path / "t.xlsx"
    result = CliRunner().invoke(app, ["init", str(path), "--lang", "en"])
    assert result.exit_code == 0, result.output
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["BOM", "Processes", "Measurements", "Suppliers", "Factors",
                               "Settings"]
    bom = book["BOM"]
    assert [bom.cell(2, c).value for c in range(1, 5)] == ["Level", "Part number", "Name",
                                                            "Qty"]
    assert bom["K2"].value == "Lathe" and bom["K3"].value == "Cycle (min)"
    assert bom["B1"].value == "required"
    texts = [c.value for ws in book.worksheets for row in ws.iter_rows() for c in row
             if isinstance(c.value, str)]
    assert all(text.isascii() for text in texts)
    bom.append([1, "P-1", "plate", 1, "A6063", None, 400, 500, None, 10, 6, 30])
    book["Processes"].append(["Lathe", 10, 0.7])
    settings = book["Settings"]
    rows = {settings.cell(r, 1).value: r for r in range(2, settings.max_row + 1)}
    settings.cell(rows["Electricity factor"], 2, 0.5)
    book.save(path)
    result = CliRunner().invoke(app, ["calc", str(path), "--format", "json", "--lang", "en"])
    assert result.exit_code == 0, result.output
    stages = calculate(path).stages()
    assert stages["materials"] == pytest.approx(5.4)
    assert stages["processing"] == pytest.approx(0.525)
    assert stages["waste"] == pytest.approx(0.1 * 0.00468568)


def test_init_follows_the_users_language_without_lang(tmp_path, monkeypatch):
    monkeypatch.setenv("CFP_LANG", "en")
    assert CliRunner().invoke(app, ["init", str(tmp_path / "en.xlsx")]).exit_code == 0
    assert openpyxl.load_workbook(tmp_path / "en.xlsx").sheetnames[0] == "BOM"
    monkeypatch.setenv("CFP_LANG", "ja")
    assert CliRunner().invoke(app, ["init", str(tmp_path / "ja.xlsx")]).exit_code == 0
    assert openpyxl.load_workbook(tmp_path / "ja.xlsx").sheetnames[0] == "部品表"


@pytest.mark.parametrize(("lang", "said"), [("en", "give a file name ending in .xlsx"),
                                            ("ja", ".xlsx で終わるファイル名")])
@pytest.mark.parametrize("name", ["x.csv", "x.xlsm", "x"])
def test_init_refuses_a_name_that_is_not_xlsx(tmp_path, lang, said, name):
    # the template is an .xlsx workbook: under a .csv name it was written all the same
    path = tmp_path / name
    result = CliRunner().invoke(app, ["init", str(path), "--lang", lang])
    assert result.exit_code == 2
    assert said in " ".join(result.output.split())
    assert not path.exists()
