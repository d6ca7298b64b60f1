"""Reports: golden HTML, PDF text and fonts, the Excel workbook, escaping, atomic writes.

The golden files in tests/golden/ are the study report and CFP sheet of both samples in
ja and en, at a pinned time and version. After an intended change to a template, a
label or a figure, regenerate them and review the diff:

    .venv/bin/python tests/regen_golden.py
    git diff tests/golden/

The reports, PDFs included, are written once per module (the `written` fixture).
"""

from __future__ import annotations

import re
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import openpyxl
import pytest
import regen_golden as golden
from builders import write_book

from cfp.lca.api import calculate
from cfp.lca.errors import UsageError
from cfp.lca.output import FORMULA_PREFIXES
from cfp.lca.render import formats, reports
from cfp.lca.render import html as report_html
from cfp.lca.render import pdf as report_pdf
from cfp.lca.render import xlsx as report_xlsx
from cfp.lca.render.reports import resolve_created, write_reports

JA, EN = golden.SAMPLE_FILES
TS = golden.TIMESTAMP  # 2026-04-01T09:00:00+09:00 = 2026-04-01 00:00 UTC
JA_TOTAL = "15.62"  # samples/README.md: 15.623987 kg-CO2e per 1 個
ALL_KINDS = ["html", "sheet", "pdf", "xlsx", "json", "csv"]


@pytest.fixture(scope="module")
def ja_result():
    return golden.sample_result(JA)


@pytest.fixture(scope="module")
def written(ja_result, tmp_path_factory):
    """Every report kind of the Japanese sample, written once: {file name: path}."""
    out = tmp_path_factory.mktemp("reports")
    paths = write_reports(ja_result, ALL_KINDS, out, "ja", timestamp=TS)
    return {p.name: p for p in paths}


# --- golden HTML --------------------------------------------------------------------------

@pytest.mark.parametrize("sample", golden.SAMPLE_FILES)
@pytest.mark.parametrize("lang", golden.LANGS)
@pytest.mark.parametrize("kind", golden.KINDS)
def test_html_matches_golden_file(sample, lang, kind):
    expected = (golden.GOLDEN / golden.golden_name(sample, lang, kind)).read_text("utf-8")
    actual = golden.render(sample, lang, kind)
    assert actual == expected, (
        "rendered HTML differs from tests/golden/: if the change is intended, run "
        "`.venv/bin/python tests/regen_golden.py` and review `git diff tests/golden/`")


def test_golden_reports_carry_iso_items():
    html = (golden.GOLDEN / golden.golden_name(JA, "ja", "report")).read_text("utf-8")
    for label in ("宣言単位", "算定の目的と用途", "システム境界", "カットオフ基準と除外", "配分",
                  "一次データ比率", "使用した排出原単位", "加工エネルギー: 実測と推計",
                  "ホットスポット", "前提条件と限界", "SHA-256", "インベントリ", "IPCC AR6 GWP100",
                  "なし: 部品表のすべての行を算入しました。"):
        assert label in html, label
    assert "4430c87b" in html  # input sha256 (samples are byte-for-byte reproducible)


# --- files written ------------------------------------------------------------------------

def test_write_reports_names_every_file(written):
    stem = "machined-assembly-ja"
    assert list(written) == [f"{stem}-report.html", f"{stem}-sheet.html", f"{stem}-report.pdf",
                             f"{stem}-sheet.pdf", f"{stem}-inventory.xlsx", f"{stem}.json",
                             f"{stem}.csv"]
    assert all(p.stat().st_size > 0 for p in written.values())


def test_json_and_csv_are_the_format_outputs(written, ja_result):
    stem = "machined-assembly-ja"
    assert written[f"{stem}.json"].read_text("utf-8") == formats.to_json(ja_result, "ja")
    csv_text = written[f"{stem}.csv"].read_bytes().decode("utf-8-sig")
    assert csv_text == formats.to_csv(ja_result, "ja")


def test_html_is_self_contained(written):
    html = written["machined-assembly-ja-report.html"].read_text("utf-8")
    assert "<script" not in html.lower()
    assert not re.search(r"""(src|href)=["']?(https?:|//)""", html)
    assert html.count("<svg") == 3  # stage bars, Pareto, categories


@pytest.mark.parametrize("kind", ["docx", "odt"])
def test_unknown_kind_is_a_usage_error(ja_result, tmp_path, kind):
    with pytest.raises(UsageError):
        write_reports(ja_result, [kind], tmp_path, "en")
    assert list(tmp_path.iterdir()) == []


# --- PDF ----------------------------------------------------------------------------------

def _pdf(path: Path):
    from pypdf import PdfReader

    return PdfReader(path)


def _font_names(reader) -> set[str]:
    names = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]))
    return names


def test_report_pdf_text_has_total_japanese_labels_and_page_numbers(written):
    reader = _pdf(written["machined-assembly-ja-report.pdf"])
    text = "\n".join(page.extract_text() for page in reader.pages)
    for label in (JA_TOTAL, "製品カーボンフットプリント(CFP)算定報告書", "ポンプユニット PU-100",
                  "一次データ比率", "原材料", "加工", "システム境界", "ISO 14067:2018",
                  "マシニングセンタ", "ホットスポット"):
        assert label in text, label
    pages = len(reader.pages)
    assert pages > 3
    assert f"1 / {pages}" in reader.pages[0].extract_text()
    assert f"{pages} / {pages}" in reader.pages[-1].extract_text()
    assert reader.pages[0].mediabox.width == pytest.approx(595.28, abs=0.5)  # A4
    assert reader.metadata.creation_date == datetime(2026, 4, 1, tzinfo=UTC)


def test_sheet_pdf_is_one_a4_page_with_the_key_facts(written):
    reader = _pdf(written["machined-assembly-ja-sheet.pdf"])
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    # primary data share 1.372923 / 15.623987 = 8.8 %
    for label in (JA_TOTAL, "kg-CO2e / 1 個", "製品カーボンフットプリント", "一次データ比率",
                  "8.8%", "クレードル・トゥ・ゲート", "ISO 14067:2018", "サンプル精工株式会社",
                  "対象期間", "原材料", "輸送", "廃棄物"):
        assert label in text, label


def test_pdfs_embed_the_japanese_font(written):
    # Typst embeds a subset of each font file under its PostScript name ("ABCDEF+" subset
    # prefix): NotoSansCJKjp-Regular / -Bold of the pip packages, and no other font
    for name in ("machined-assembly-ja-report.pdf", "machined-assembly-ja-sheet.pdf"):
        fonts = _font_names(_pdf(written[name]))
        assert fonts and all(re.fullmatch(r"/[A-Z]{6}\+NotoSansCJKjp-(Regular|Bold)\S*", f)
                             for f in fonts), fonts
        assert any("Bold" in f for f in fonts) and any("Regular" in f for f in fonts)


def test_same_input_and_time_give_identical_bytes(written, ja_result, tmp_path):
    again = write_reports(ja_result, ["html", "sheet", "xlsx"], tmp_path, "ja", timestamp=TS)
    for path in again:
        assert path.read_bytes() == written[path.name].read_bytes(), path.name
    model = golden_model(ja_result, "ja")
    assert report_pdf.sheet_pdf(model) == written["machined-assembly-ja-sheet.pdf"].read_bytes()
    assert report_pdf.report_pdf(model) == written["machined-assembly-ja-report.pdf"].read_bytes()


def _page_lines(reader) -> list[list[str]]:
    """Each page's text lines without its running header and footer (margin boxes)."""
    pages = len(reader.pages)
    out = []
    for number, page in enumerate(reader.pages, start=1):
        lines = [line.strip() for line in page.extract_text().splitlines() if line.strip()]
        out.append([line for line in lines if not line.endswith(f"{number} / {pages}")
                    and " – " not in line])  # "<product> – <title>  <date>"
    return out


def _headings(data) -> set[str]:
    """The texts of the headings among the PDF report's blocks (landscape ones too)."""
    out = set()
    for block in data["blocks"]:
        if block["k"] == "h":
            out.add(block["text"])
        elif block["k"] == "wide":
            out |= _headings(block)
    return out


def test_no_pdf_page_ends_with_a_heading(written, ja_result):
    # headings and a table's introduction keep with what follows (sticky blocks), small
    # tables are not split, a long table repeats its header
    from cfp.lca.render.pdf_content import report_data

    data = report_data(golden_model(ja_result, "ja"))
    headings = _headings(data)
    assert {"3.3 材料分類別", "3.5 部品別", "6. トレーサビリティ"} <= headings
    # page 1 ends with the contents, whose last entry is the annex's title (not a heading)
    toc = next(b for b in data["blocks"] if b["k"] == "toc")
    pages = _page_lines(_pdf(written["machined-assembly-ja-report.pdf"]))
    assert pages[0][-1] == toc["annex"]["text"]
    for number, lines in enumerate(pages[1:], start=2):
        assert lines and lines[-1] not in headings, (number, lines[-3:])


def test_pdf_tables_summarise_and_point_to_the_workbook(written):
    # the PDF shows the first inventory rows and the largest parts (a printable summary),
    # the HTML keeps up to HTML_ROW_CAP rows of each
    reader = _pdf(written["machined-assembly-ja-report.pdf"])
    text = "".join(line for lines in _page_lines(reader) for line in lines)
    # 53 electricity, material... flows + 2 of city gas + 12 parts' net weights
    assert "この PDF には 67 行のうち最初の" in text
    for name in ("machined-assembly-ja-inventory.xlsx", "machined-assembly-ja.csv"):
        assert name in text
    assert "12 部品のうち排出量の多い 10 部品を表示しています" in text
    html = written["machined-assembly-ja-report.html"].read_text("utf-8")
    assert "この PDF" not in html and "部品を表示しています" not in html
    annex = html[html.index('id="inventory"'):]
    assert annex.count("<tr class=") == 67


@pytest.mark.parametrize("sample", golden.SAMPLE_FILES)
@pytest.mark.parametrize("lang", golden.LANGS)
@pytest.mark.parametrize("kind", golden.KINDS)
def test_documents_carry_no_instruction_to_their_author(sample, lang, kind):
    # what the author has to do is said by the calculation's warnings; the documents say
    # "not stated". (The report's list of those warnings is excluded here: it prints the
    # CLI texts until the report model takes their ".doc" variants.)
    html = (golden.GOLDEN / golden.golden_name(sample, lang, kind)).read_text("utf-8")
    html = re.sub(r'<ul class="warnings">.*?</ul>', "", html, flags=re.S)
    for phrase in ("追加してください", "置き換えてください", "照合してください", "設定シートに",
                   "add 対象期間", "to the Settings sheet", "Replace them", "is to be checked"):
        assert phrase not in html, phrase


def test_stage_figures_have_one_format_on_the_sheet_and_the_report(ja_result):
    from cfp.lca.render.model import fmt_sig

    model = golden_model(ja_result, "ja")
    sheet, report = report_html.render_sheet(model), report_html.render_report(model)
    for stage in model.stages:
        row = f'{stage.label}</td><td class="num">{fmt_sig(stage.kg)}</td>'
        assert row in sheet and report.count(row) == 1, stage.key  # 3.1 by stage
    assert f'<td class="num">{fmt_sig(model.total)}</td>' in report


def golden_model(result, lang):
    from cfp.lca.render.model import build_model

    return build_model(result, lang, resolve_created(TS))


# --- Excel --------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def book(written):
    return openpyxl.load_workbook(written["machined-assembly-ja-inventory.xlsx"])


def test_workbook_sheets(book):
    assert book.sheetnames == ["概要", "インベントリ", "段階別", "部品別", "上位10部品",
                               "材料分類別", "工程別", "排出原単位", "加工のエネルギー種別の内訳",
                               "算定ルール", "注記"]


def test_workbook_splits_processing_into_scope_1_and_2(book):
    # the sample's 熱処理 burns city gas 13A (tests/test_samples.py JA_GAS: 1.532667
    # kg-CO2e, Scope 1); the rest of processing is grid electricity (6.051362, Scope 2)
    rows = list(book["加工のエネルギー種別の内訳"].iter_rows(values_only=True))
    assert rows[0] == ("エネルギー種別", "スコープ", "活動量", "単位", "kg-CO2e", "構成比")
    assert rows[-2][0] == "自社での燃料燃焼(Scope 1)"
    assert rows[-2][4] == pytest.approx(1.532666667, rel=1e-8)
    assert rows[-1][0] == "購入電力(Scope 2)" and rows[-1][4] == pytest.approx(6.051362410,
                                                                             rel=1e-8)


def test_inventory_numbers_are_numbers_and_sum_to_the_total(book, ja_result):
    ws = book["インベントリ"]
    header = [c.value for c in ws[1]]
    kg = header.index("kg-CO2e") + 1
    amount = header.index("活動量") + 1
    values = [ws.cell(row, kg).value for row in range(2, ws.max_row + 1)]
    assert all(v is None or isinstance(v, float | int) for v in values)
    assert sum(v for v in values if v is not None) == pytest.approx(ja_result.total, rel=1e-12)
    assert all(isinstance(ws.cell(r, amount).value, float | int) for r in range(2, ws.max_row + 1))
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref


def test_breakdowns_add_up_to_the_total(book, ja_result):
    stages = book["段階別"]
    assert [stages.cell(r, 1).value for r in range(2, 6)] == ["原材料", "輸送", "加工", "廃棄物"]
    assert sum(stages.cell(r, 2).value for r in range(2, 6)) == pytest.approx(ja_result.total)
    assert stages.cell(6, 2).value == pytest.approx(ja_result.total)
    parts = book["部品別"]
    kg = [c.value for c in parts[1]].index("kg-CO2e") + 1
    rows = [r for r in range(2, parts.max_row + 1) if isinstance(parts.cell(r, 1).value, int)]
    assert len(rows) == 12
    assert sum(parts.cell(r, kg).value for r in rows) == pytest.approx(ja_result.total)
    summary = {row[0].value: row[1].value for row in book["概要"].iter_rows(max_col=2)}
    assert summary["kg-CO2e / 1 個"] == pytest.approx(ja_result.total)
    assert summary["一次データ比率"] == pytest.approx(ja_result.primary_data_share())


def test_inventory_sheet_columns_come_from_the_schema(book, ja_result):
    from cfp.lca.render.model import column_header, layout
    from cfp.lca.schema import names

    ws = book["インベントリ"]
    header = [c.value for c in ws[1]]
    assert header == [column_header(n, "ja") for n in layout(names("xlsx"))]
    rows = [dict(zip(header, r, strict=True)) for r in ws.iter_rows(min_row=2, values_only=True)]
    # every flow, then each leaf part's net weight as an output (53 flows + 12 parts)
    assert len(rows) == len(ja_result.flows) + 12
    steel = next(r for r in rows if r["品番"] == "PU-102" and r["段階"] == "原材料")
    assert steel["kg-CO2e"] == 0.8594999999999999  # full precision (the CSV rounds)
    assert (steel["行"], steel["親の行"], steel["重量の基準"]) == (5, 0, "素材重量")
    product = [r for r in rows if r["段階"] == "製品"]
    assert len(product) == 12 and all(r["kg-CO2e"] is None for r in product)


def test_workbook_reads_the_same_with_calamine(written):
    # cells are placed by order (no cell reference): another reader must see the same grid
    import python_calamine

    path = written["machined-assembly-ja-inventory.xlsx"]
    calamine = python_calamine.CalamineWorkbook.from_path(str(path))
    book = openpyxl.load_workbook(path)
    for name in ("インベントリ", "部品別"):
        ours = [[None if v == "" else v for v in row]
                for row in calamine.get_sheet_by_name(name).to_python()]
        theirs = [list(row) for row in book[name].iter_rows(values_only=True)]
        assert ours == theirs, name
    with zipfile.ZipFile(path) as archive:
        assert "xl/sharedStrings.xml" in archive.namelist()


def test_workbook_has_native_charts(book):
    for name in ("概要", "段階別", "上位10部品", "材料分類別", "工程別"):
        assert book[name]._charts, name


def test_workbook_times_are_pinned(book, written):
    assert book.properties.created == datetime(2026, 4, 1, 0, 0)
    assert book.properties.modified == datetime(2026, 4, 1, 0, 0)
    with zipfile.ZipFile(written["machined-assembly-ja-inventory.xlsx"]) as archive:
        assert {i.date_time for i in archive.infolist()} == {(2026, 4, 1, 0, 0, 0)}


# --- untrusted BOM text -------------------------------------------------------------------

HOSTILE_NAME = "<script>alert(1)</script>"
HOSTILE_PART = "<img src=x onerror=alert(2)>"
FORMULA_NAME = '=HYPERLINK("http://evil.example/","click")'


def _string_cells(path: Path) -> Path:
    """openpyxl writes text starting with '=' as a formula: store such cells as text, as
    a user typing '=HYPERLINK... with a leading apostrophe would."""
    book = openpyxl.load_workbook(path)
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    cell.data_type = "s"
    book.save(path)
    return path


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """A BOM whose cells try HTML and spreadsheet-formula injection."""
    folder = tmp_path_factory.mktemp("hostile")
    bom = _string_cells(write_book(folder / "hostile.xlsx", {
        "部品表": [["品番", "個数", "品名", "材質", "重量(kg)"],
                  [HOSTILE_PART, 1, HOSTILE_NAME, "SS400", 1.5],
                  ["P-2", 1, FORMULA_NAME, "A6063", 0.5],
                  ["P-3", 2, "@SUM(1+1)*cmd|' /C calc'!A0", "SS400", 0.2]],
        "設定": [["製品名", "<b>製品</b><script>alert(3)</script>"],
                ["会社名", "+cmd|' /C calc'!A0"]],
    }))
    result = calculate(bom)
    paths = write_reports(result, ["html", "sheet", "xlsx"], folder / "out", "en", timestamp=TS)
    return result, {p.name.split("-", 1)[1]: p for p in paths}


@pytest.mark.parametrize("kind", ["report.html", "sheet.html"])
def test_bom_text_is_escaped_in_html(hostile, kind):
    html = hostile[1][kind].read_text("utf-8")
    assert "<script" not in html.lower() and "<img" not in html.lower()
    assert "<b>製品" not in html
    assert "&lt;script&gt;alert(3)&lt;/script&gt;" in html  # the product name, as text
    if kind == "report.html":
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
        assert "&lt;img src=x onerror=alert(2)&gt;" in html  # part number, also in the SVG


def test_bom_text_is_neutralised_in_excel(hostile):
    book = openpyxl.load_workbook(hostile[1]["inventory.xlsx"])
    texts = []
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{ws.title}!{cell.coordinate} is a formula"
                if isinstance(cell.value, str):
                    texts.append(cell.value)
                    assert not cell.value.startswith(FORMULA_PREFIXES), cell.value
    assert "'" + FORMULA_NAME in texts
    assert "'+cmd|' /C calc'!A0" in texts
    assert HOSTILE_NAME in texts  # harmless in a spreadsheet: kept as it is


#: Typst markup, code, a file read, HTML and a bidi override in a product and a part name
TYPST_PRODUCT = '#import "/etc/x.typ": * #read("/etc/passwd") ] $x^2$ *bold* <script>'
TYPST_PART = "#eval(\"1+1\") ]) = Head \\ @ref"
TYPST_NAME = "\u202eevil right-to-left"


def test_bom_text_is_text_in_the_pdfs(tmp_path):
    # the data reach Typst as one JSON string: a BOM cell is shown as it is, never run
    from pypdf import PdfReader

    bom = write_book(tmp_path / "typst.xlsx", {
        "部品表": [["品番", "個数", "品名", "材質", "重量(kg)"],
                  [TYPST_PART, 1, TYPST_NAME, "SS400", 1.5], ["P-2", 1, "ok", "A6063", 0.5]],
        "設定": [["製品名", TYPST_PRODUCT], ["会社名", "$ company ]"]]})
    paths = write_reports(calculate(bom), ["pdf"], tmp_path / "out", "en", timestamp=TS)
    for path in paths:
        reader = PdfReader(path)
        text = " ".join(page.extract_text() for page in reader.pages)
        flat = re.sub(r"\s+", " ", text)
        assert TYPST_PRODUCT in flat, path.name  # on the cover, the sheet, the header
        assert "root:" not in text  # nothing read from /etc/passwd
        assert reader.metadata.title.endswith(TYPST_PRODUCT)
        assert reader.metadata.author == "$ company ]"
        # the bidi override is shown as an escape: it cannot reverse what follows
        if path.name.endswith("-report.pdf"):
            assert TYPST_PART in flat and "\\u202eevil right-to-left" in flat


def test_typst_templates_import_and_read_nothing():
    # no package (@preview/...: a download), no file read, no eval of a string
    for path in sorted(Path(report_pdf.templates_folder()).glob("*.typ")):
        code = path.read_text("utf-8")
        assert "@preview" not in code and "read(" not in code and "eval(" not in code, path
        assert set(re.findall(r'#import "([^"]+)"', code)) <= {"_pdf.typ"}, path


def test_a_typst_failure_is_a_typed_error():
    from cfp.lca.errors import CfpError

    # a template bug: data the template does not expect, a missing template
    for template, data in (("sheet.typ", {"lang": "en"}), ("missing.typ", {})):
        with pytest.raises(CfpError) as caught:
            report_pdf.typeset(template, data, resolve_created(TS))
        assert caught.value.code == "pdf.typst_failed"
        assert template in caught.value.message("en") and "不具合" in caught.value.message("ja")


def test_cut_off_parts_are_listed_with_the_rule(tmp_path):
    from builders import MINIMAL_BOM

    from cfp.lca.api import Options

    # P-1 2 x 1.5 kg + P-2 0.5 kg + P-9 0.05 kg = 3.55 kg; P-9 (no factor) is 1.4 %
    bom = write_book(tmp_path / "cut.xlsx", {"部品表": MINIMAL_BOM + [
        ["P-9", 1, "mystery seal", "UNOBTAINIUM", 0.05]]})
    result = calculate(bom, Options(cutoff_pct=5))
    html = report_html.render_report(golden_model(result, "en"))
    assert "Mass cut-off rule in force" in html and "at most 5.0% of the material bought" in html
    assert "0.05000 kg, 1.4% of the 3.550 kg of material bought" in html
    assert "UNOBTAINIUM" in html and "within the mass cut-off" in html
    assert "None: every BOM row was included." not in html


# --- atomic writes ------------------------------------------------------------------------

def test_failed_run_leaves_the_existing_report(ja_result, tmp_path, monkeypatch):
    [report] = write_reports(ja_result, ["html"], tmp_path, "en", timestamp=TS)
    before = report.read_bytes()

    def broken(_model):
        raise RuntimeError("disk full while building the workbook")

    monkeypatch.setattr(report_xlsx, "workbook_bytes", broken)
    with pytest.raises(RuntimeError):
        write_reports(ja_result, ["html", "xlsx"], tmp_path, "ja", timestamp="2027-01-01")
    assert report.read_bytes() == before  # not even the HTML was replaced
    assert [p.name for p in tmp_path.iterdir()] == [report.name]


def test_interrupted_write_keeps_the_old_file_and_no_temp(ja_result, tmp_path, monkeypatch):
    [report] = write_reports(ja_result, ["sheet"], tmp_path, "en", timestamp=TS)
    before = report.read_bytes()

    def half_then_fail(data):
        def write(tmp):
            tmp.write_bytes(data[: len(data) // 2])
            raise OSError("no space left on device")
        return write

    monkeypatch.setattr(reports, "_writer", half_then_fail)
    with pytest.raises(OSError):
        write_reports(ja_result, ["sheet"], tmp_path, "ja", timestamp=TS)
    assert report.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == [report.name]


# --- created time, caps, CLI --------------------------------------------------------------

def test_created_time_from_timestamp_or_source_date_epoch(monkeypatch):
    assert resolve_created("2026-04-01T09:00:00+09:00").isoformat() == "2026-04-01T09:00:00+09:00"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1775001600")
    assert resolve_created() == datetime(2026, 4, 1, tzinfo=UTC)
    with pytest.raises(UsageError):
        resolve_created("next tuesday")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "soon")
    with pytest.raises(UsageError):
        resolve_created()


def test_created_time_is_in_the_users_zone(monkeypatch):
    import time

    from cfp.lca.clock import resolve_time

    for var in ("TZ", "LC_ALL", "LC_TIME", "LANG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1775001600")  # 2026-04-01 00:00 UTC
    try:
        japan, pinned = resolve_time(None, "ja")  # --lang ja: Japan time
        assert pinned and japan.isoformat() == "2026-04-01T09:00:00+09:00"
        assert japan.tzname() == "JST"
        monkeypatch.setenv("LANG", "ja_JP.UTF-8")  # a Japanese locale, English reports
        assert resolve_time(None, "en")[0].tzname() == "JST"
        monkeypatch.setenv("TZ", "Europe/Berlin")  # TZ is the user's choice
        berlin = resolve_time(None, "ja")[0]
        assert (berlin.isoformat(), berlin.tzname()) == ("2026-04-01T02:00:00+02:00", "CEST")
        # an offset given is kept; a time without one is a wall time in the user's zone
        given = resolve_time("2026-04-01T09:00:00-05:00", "ja")[0]
        assert given.isoformat() == "2026-04-01T09:00:00-05:00"
        monkeypatch.delenv("TZ")
        assert resolve_time("2026-04-01T09:00", "ja")[0].isoformat() == \
            "2026-04-01T09:00:00+09:00"
    finally:
        monkeypatch.undo()
        time.tzset()


@pytest.mark.parametrize(("timestamp", "lang", "shown"), [
    ("2026-04-01T09:00:00+09:00", "ja", "2026-04-01 09:00 JST (UTC+09:00)"),
    ("2026-04-01T09:00:00+09:00", "en", "2026-04-01 09:00 UTC+09:00"),
    ("2026-04-01T00:00:00Z", "ja", "2026-04-01 00:00 UTC"),
    ("2026-04-01T02:00:00+02:00", "en", "2026-04-01 02:00 UTC+02:00"),
])
def test_documents_name_the_time_zone(ja_result, timestamp, lang, shown):
    from cfp.lca.clock import resolve_time
    from cfp.lca.render.model import build_model

    model = build_model(ja_result, lang, resolve_time(timestamp, lang)[0])
    assert shown in report_html.render_sheet(model)  # the footer's trace line
    report = report_html.render_report(model)
    assert shown in report  # the cover
    assert f"{shown[:16]}:00{shown[16:]}" in report  # traceability, with the seconds


def test_a_named_zone_is_shown_with_its_offset(ja_result, monkeypatch):
    import time

    from cfp.lca.clock import resolve_time
    from cfp.lca.render.model import build_model

    monkeypatch.setenv("TZ", "Europe/Berlin")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1775001600")
    try:
        model = build_model(ja_result, "en", resolve_time(None, "en")[0])
        assert "2026-04-01 02:00 CEST (UTC+02:00)" in report_html.render_sheet(model)
    finally:
        monkeypatch.undo()
        time.tzset()


def test_html_tables_are_capped_with_a_pointer_to_the_workbook(ja_result, monkeypatch):
    monkeypatch.setattr(report_html, "HTML_ROW_CAP", 5)
    html = report_html.render_report(golden_model(ja_result, "en"))
    inventory = html[html.index('id="inventory"'):]
    assert inventory.count("<tr class=") == 5
    # 55 flows (2 of them city gas) + 12 parts' net-weight outputs; 14 factors
    assert "Showing 5 of 67 rows" in html and "machined-assembly-ja-inventory.xlsx" in html
    assert "Showing 5 of 14 rows" in html
    assert "Showing the 5 largest of 12 parts" in html


def test_cli_writes_reports(tmp_path):
    from typer.testing import CliRunner

    from cfp.cli.main import app

    out = tmp_path / "r"
    run = CliRunner().invoke(app, ["calc", str(golden.SAMPLES / EN), "--report", "html,sheet",
                                   "--out", str(out), "--lang", "en", "--timestamp", TS])
    assert run.exit_code == 0, run.output
    assert sorted(p.name for p in out.iterdir()) == ["multilevel-en-report.html",
                                                     "multilevel-en-sheet.html"]
    assert "35.83" in (out / "multilevel-en-sheet.html").read_text("utf-8")


def test_an_inventory_too_large_for_excel_is_refused_not_corrupted(ja_result, tmp_path,
                                                                   monkeypatch):
    # Excel opens at most 1,048,576 rows a sheet; a bigger inventory would give a file it
    # cannot open. Here the limit is lowered to 5 rows so that the sample's inventory
    # (more than 4 flows) is over it: a clear error in both languages, no file written.
    from cfp.lca.errors import UsageError

    monkeypatch.setattr(report_xlsx, "EXCEL_ROWS", 5)
    for lang, words in (("en", "an Excel sheet holds at most 5"),
                        ("ja", "Excel のシートは最大 5 行")):
        with pytest.raises(UsageError) as refused:
            reports.write_reports(ja_result, ["xlsx"], tmp_path / lang, lang)
        assert words in refused.value.message(lang)  # errors are rendered in the CLI's language
        assert not (tmp_path / lang).exists() or not any((tmp_path / lang).iterdir())


def test_a_report_with_a_monte_carlo_does_not_say_uncertainty_was_not_quantified():
    # The limitations said "Uncertainty has not been quantified." right above the report's
    # Monte Carlo section; with --uncertainty they point to it instead.
    from cfp.lca.api import Options
    from cfp.lca.render.model import build_model

    path = Path(__file__).resolve().parent.parent / "samples" / JA
    when = datetime(2026, 4, 1, tzinfo=UTC)
    plain = build_model(calculate(path), "en", when)
    mc = build_model(calculate(path, Options(uncertainty=200)), "en", when)
    assert any("has not been quantified" in line for line in plain.limitations)
    assert not any("has not been quantified" in line for line in mc.limitations)
    assert any("Monte Carlo simulation below" in line for line in mc.limitations)
    html = report_html.render_report(build_model(calculate(path, Options(uncertainty=200)),
                                                 "ja", when))
    assert "不確実性は定量化していません" not in html and "モンテカルロ" in html
