"""The same figures in every output, and rounding that never changes what a figure says.

The review of the outputs (sheet, report, workbook, terminal) found: a part with 99.98 %
of the total read "100.0%" and one with 0.008 % read "0.0%"; a non-zero figure read
"0.000" on the terminal; the terminal's category table left out rows without a word (it
did not add up to the total); the CFP sheet did not say that a BOM row was left out of
the total; the report's factor-database table headed its count of factors "Flows"; the
rows without a material category were named "(bought parts, factor per piece)" whatever
they were; the workbook's category total row had no kg-CO2e total.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

import openpyxl
import pytest
import regen_golden as golden
from builders import write_book
from typer.testing import CliRunner

from cfp.cli.main import app
from cfp.lca.api import Options, calculate
from cfp.lca.render import html as report_html
from cfp.lca.render.model import build_model, fmt_pct
from cfp.lca.render.reports import write_reports

WHEN = datetime(2026, 6, 1, tzinfo=UTC)

# P-1: SS400 (steel 1.91 kg-CO2e/kg), raw 1.2 kg, net 1.0 kg; P-2: SS400 0.0001 kg;
# P-3: a grade without a factor, 0.3 kg, left out with --allow-missing (its transport stays).
# Truck 10 km at 0.10163 kg-CO2e/t-km; scrap 0.00468568 kg-CO2e/kg.
#   P-1: 1.2 x 1.91 = 2.292; 1.2 / 1000 x 10 x 0.10163 = 0.00121956;
#        0.2 x 0.00468568 = 0.000937136; sum 2.294156696
#   P-2: 0.0001 x 1.91 = 0.000191; 0.0001 / 1000 x 10 x 0.10163 = 0.00000010163
#   P-3: transport 0.3 / 1000 x 10 x 0.10163 = 0.00030489
#   total 2.294156696 + 0.00019110163 + 0.00030489 = 2.29465268763
# P-1's share 2.294156696 / 2.29465268763 = 99.978 % (was "100.0%"), P-2's 0.0083 %
# (was "0.0%"), the waste stage 0.000937136 / 2.29465268763 = 0.041 % (was "0.0%").
BOM = [["品番", "個数", "品名", "材質", "重量(kg)", "素材重量(kg)", "仕入先"],
       ["P-1", 1, "plate", "SS400", 1.0, 1.2, "A社"],
       ["P-2", 1, "washer", "SS400", 0.0001, None, "A社"],
       ["P-3", 1, "mystery", "UNOBTAINIUM", 0.3, None, "A社"]]
SHEETS = {"部品表": BOM, "仕入先": [["仕入先", "輸送手段", "距離(km)"], ["A社", "truck", 10]],
          "設定": [["製品名", "テスト製品"], ["電力排出係数", 0.388], ["会社名", "X社"]]}


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    path = write_book(tmp_path_factory.mktemp("numbers") / "small.xlsx", SHEETS)
    return path, calculate(path, Options(allow_missing=True))


def test_the_small_bom_is_what_the_comments_say(small):
    _path, result = small
    assert result.total == pytest.approx(2.29465268763, rel=1e-9)
    assert result.stages()["waste"] == pytest.approx(0.000937136, rel=1e-9)


@pytest.mark.parametrize(("share", "text"), [
    (0.99978, ">99.9%"), (0.9995, ">99.9%"), (0.99949, "99.9%"), (1.0, "100.0%"),
    (0.000083, "<0.1%"), (0.0005, "0.1%"), (0.0, "0.0%"), (-0.000083, "-<0.1%"),
    (0.236, "23.6%"), (1.2, "120.0%")])
def test_a_share_never_rounds_to_0_or_100_percent(share, text):
    assert fmt_pct(share) == text


def test_sheet_shares_and_the_left_out_row(small):
    _path, result = small
    # P-3: 0.3 kg x 24.86547556 (the conservative proxy: the highest per-kg built-in
    # factor, pcb, the part having no category) = 7.459642668 kg-CO2e;
    # 7.459642668 / (2.29465268763 + 7.459642668) = 76.48 %, the PACT export's
    # exemptedEmissionsPercent 76.4755
    for lang, row in [("en", "<th>Left out of the total</th><td>1 BOM row(s), estimated at "
                             "76.5% of the footprint including them (study report, 1.4)</td>"),
                      ("ja", "<th>合計から除外</th><td>部品表の 1 行(推計で、それを含めた"
                             "フットプリントの 76.5%。算定報告書 1.4)</td>")]:
        sheet = report_html.render_sheet(build_model(result, lang, WHEN))
        assert row in sheet
        assert '<td class="num">&gt;99.9%</td>' in sheet  # P-1 (was 100.0%)
        assert '<td class="num">&lt;0.1%</td>' in sheet  # P-2 (was 0.0%)
        assert "100.0%" not in sheet


def test_sheet_without_exclusions_has_no_left_out_row():
    model = build_model(golden.sample_result(golden.SAMPLE_FILES[0]), "en", WHEN)
    assert model.exclusions == ""
    assert "Left out of the total" not in report_html.render_sheet(model)


def test_rows_without_a_category_are_named_as_such(small):
    _path, result = small
    # P-3 (no factor, no category) carries its transport, 0.00030489
    for lang, name in [("en", "(no material category)"), ("ja", "(材料分類なし)")]:
        model = build_model(result, lang, WHEN)
        [row] = [c for c in model.categories if c.key == "-"]
        assert row.name == name and row.kg_co2e == pytest.approx(0.00030489, rel=1e-9)


def run(args: list[object], lang: str) -> str:
    out = CliRunner().invoke(app, [str(a) for a in args], env={"COLUMNS": "120",
                                                              "CFP_LANG": lang})
    assert out.exit_code == 0, out.output
    return out.output


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_terminal_never_shows_a_figure_that_is_not_0_as_0(small, lang):
    path, _result = small
    text = run(["calc", path, "--allow-missing", "--lang", lang], lang)
    # stages: waste 0.000937136 -> 0.001 and <0.1 %; processing is 0: 0.000 and 0.0%
    waste = "Waste" if lang == "en" else "廃棄物"
    assert re.search(rf"{waste}\s+│\s+0\.001 │\s+<0\.1%", text)
    # P-2: materials 0.000191, transport 0.0000001 and its total 0.000191 read <0.001
    [p2] = [line for line in text.splitlines() if "P-2" in line]
    assert p2.count("<0.001") == 3 and "0.000 " in p2  # its processing and waste are 0
    # the steel category: (2.294156696 + 0.00019110163) / 2.29465268763 = 99.987 %
    assert re.search(r"│\s+2\.294 │ >99\.9%", text)
    assert ("Primary data share: 0.0%" if lang == "en" else "一次データ比率: 0.0%") in text


@pytest.mark.parametrize(("lang", "more"), [("en", "(2 more)"), ("ja", "(ほか 2 件)")])
def test_terminal_category_table_adds_up_to_the_total(lang, more):
    # the Japanese sample has 8 categories, the table 6 rows: the last two, fasteners
    # 0.0589798664 and rubber 0.008427856, are one row of 0.0674077224 kg-CO2e,
    # 0.0674077224 / 15.623987195523 = 0.43 % (samples/README.md)
    text = run(["calc", golden.SAMPLES / golden.SAMPLE_FILES[0], "--lang", lang], lang)
    [row] = [line for line in text.splitlines() if more in line]
    assert re.search(re.escape(more) + r"\s+│\s+0\.067 │\s+0\.4%", row)


def test_report_counts_the_factors_of_each_database():
    # the Japanese sample uses 5 factors of DEFRA 2025 (aluminium_cast, pp, truck, rubber,
    # scrap:metal) in 22 flows (1 + 1 + 11 + 1 + 8): the column counts factors
    result = golden.sample_result(golden.SAMPLE_FILES[0])
    [defra] = [d for d in result.databases if d.source.startswith("DESNZ/DEFRA")]
    assert defra.factors == 5
    for lang, head in [("en", "Factors"), ("ja", "原単位数")]:
        report = report_html.render_report(build_model(result, lang, WHEN))
        databases = report.split('class="data databases', 1)[1].split("</thead>", 1)[0]
        assert f'<th class="num">{head}</th>' in databases and "h.flows" not in databases
        assert ("Energy (electricity, fuels, compressed air)" if lang == "en"
                else "エネルギー(電力・燃料・圧縮空気)") in report


def test_workbook_category_total_row_has_the_total(tmp_path):
    # the categories add up to the total: 15.623987195523 kg-CO2e (samples/README.md)
    result = golden.sample_result(golden.SAMPLE_FILES[0])
    [path] = write_reports(result, ["xlsx"], tmp_path, "en", timestamp="2026-06-01T00:00:00Z")
    rows = list(openpyxl.load_workbook(path)["By category"].iter_rows(values_only=True))
    header, total = rows[0], rows[-1]
    assert total[0] == "Total" and total[header.index("kg-CO2e")] == pytest.approx(
        15.623987195523, rel=1e-12)
    assert sum(r[header.index("kg-CO2e")] for r in rows[1:-1]) == pytest.approx(
        total[header.index("kg-CO2e")], rel=1e-12)
    # the mass column is the material bought (raw weight, else net, x quantity):
    # 1.2 + 0.45 + 0.26 + 0.11 + 2 x 0.21 + 0.16 + 2 x 0.04 + 0.09 + 0.02 + 4 x 0.0052
    # + 4 x 0.0011 + 0.0025 = 2.8177 kg, not the product mass (net weight, 1.9647 kg)
    assert "Material bought (kg)" in header
    assert sum(r[1] for r in rows[1:-1]) == pytest.approx(2.8177, rel=1e-12)
    assert result.input_mass_kg == pytest.approx(2.8177, rel=1e-12)


def test_report_data_quality_coverage_below_all_never_reads_100_percent(tmp_path):
    import numpy as np

    from cfp.lca.render.model import _dqi

    path = write_book(tmp_path / "dqi.xlsx", SHEETS)
    result = calculate(path, Options(allow_missing=True))
    # P-2's transport line (0.00000010163 kg-CO2e) unrated: the ratings cover
    # (2.29465268763 - 0.00000010163) / 2.29465268763 = 99.999996 % of the emissions
    tech = np.asarray(result.flows["dqr_technological"], dtype=float).copy()
    [line] = np.flatnonzero(np.isclose(result.flows["kg_co2e"].astype(float), 1.0163e-7))
    tech[line] = np.nan
    result.flows["dqr_technological"] = tech
    assert "weighted by emissions over >99.9% of them" in _dqi(result, "en", "x.xlsx")


def test_product_mass_and_geography_agree_across_report_workbook_and_pact(small, tmp_path):
    import json

    _path, result = small
    # net weights 1.0 + 0.0001 + 0.3 = 1.3001 kg (P-3 is in the product, only its
    # emissions are unknown): PACT 1.3001, the report 4 significant digits 1.300 kg
    paths = write_reports(result, ["html", "xlsx", "pact"], tmp_path, "en",
                          timestamp="2026-06-01T00:00:00Z")
    html, book, pact = (next(p for p in paths if p.name.endswith(end))
                        for end in ("-report.html", ".xlsx", "-pact.json"))
    footprint = json.loads(pact.read_text())["pcf"]
    assert footprint["productMassPerDeclaredUnit"] == "1.3001"
    assert footprint["geographyCountry"] == "JP"  # no 地域: cfp's default
    report = html.read_text()
    assert "<th>Product mass (net weight)</th><td>1.300 kg</td>" in report
    assert "<th>Geography</th><td>JP (not stated: cfp&#39;s default" in report
    summary = {r[0]: r[1] for r in openpyxl.load_workbook(book)["Summary"].iter_rows(
        values_only=True)}
    assert summary["Product mass (net weight) (kg)"] == pytest.approx(1.3001, rel=1e-12)
    ja = report_html.render_report(build_model(result, "ja", WHEN))
    assert "<th>製品質量(正味重量)</th><td>1.300 kg</td>" in ja
    assert "<th>地域</th><td>JP(記載なし: cfp の既定値" in ja


def test_sheet_and_report_boundary_are_the_profiles_stages(tmp_path):
    # a profile without the waste stage: the PACT boundary lists three stages, and so
    # must the sheet's "System boundary" and the report's 1.3 (waste was listed as inside)
    profile = tmp_path / "nowaste.toml"
    profile.write_text('name = "nowaste"\n[boundary]\n'
                       'stages = ["materials", "transport", "processing"]\n')
    result = calculate(write_book(tmp_path / "b.xlsx", SHEETS),
                       Options(allow_missing=True, rules=str(profile)))
    assert result.stages()["waste"] == 0.0  # 0.000937136 of P-1's scrap is outside
    for lang, line, waste in [
            ("en", "Cradle to gate: Materials, Transport, Processing</td>", "Waste</td><td>"),
            ("ja", "クレードル・トゥ・ゲート: 原材料、輸送、加工</td>", "廃棄物</td><td>")]:
        model = build_model(result, lang, WHEN)
        assert line in report_html.render_sheet(model)
        report = report_html.render_report(model)
        boundary = report.split('class="data keep stages"', 1)[1].split("</table>", 1)[0]
        assert boundary.count("<tr>") == 4 and waste not in boundary  # head + 3 stages
