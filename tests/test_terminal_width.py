"""The terminal output fits its window (review of 2026-12-01, "Terminal").

Each command runs at COLUMNS=80 and COLUMNS=60 (stdout not a terminal: the width is
COLUMNS, as in a CI log read in a narrow window); every line's display width (a kanji
counts 2, `rich.cells.cell_len`) must be within the width, and every number must appear
whole: a cut number is a wrong number to its reader. Keys users copy (factor keys, file
names) stay whole where the width allows; free text wraps or gives way.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import write_book
from rich.cells import cell_len
from typer.testing import CliRunner

from cfp.cli.main import app
from cfp.cli.tables import Spec, fit, table_width

WIDTHS = [80, 60]
LONG_FILE = "pump-unit-with-a-long-file-name-2026"  # 36 columns, no space to wrap at


def run(args: list[object], columns: int, lang: str = "en"):  # noqa: ANN201
    result = CliRunner().invoke(app, [str(a) for a in args],
                                env={"COLUMNS": str(columns), "CFP_LANG": lang})
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result


def fits(text: str, columns: int) -> list[str]:
    lines = text.splitlines()
    wide = [line for line in lines if cell_len(line) > columns]
    assert not wide, f"{len(wide)} line(s) wider than {columns}:\n" + "\n".join(wide)
    return lines


# --- the arithmetic of cli/tables.py -------------------------------------------------------

def test_optional_columns_go_in_order_then_foldable_ones_narrow():
    key, number = Spec(32, "Key"), Spec(10, "Factor")
    text, note = Spec(60, "Source", flexible=True), Spec(30, "Licence", flexible=True)
    # everything at 120: the flexible columns share what the key and number leave
    widths = fit([key, number, text, note], 120)
    assert table_width(list(widths.values())) <= 120 and widths[0] == 32 and widths[1] == 10
    # at 60 the licence goes, then the source: the key and the number stay whole
    assert fit([key, number, text, note], 60, optional=(3, 2)) == {0: 32, 1: 10, 2: 10}
    assert list(fit([key, number, text, note], 50, optional=(3, 2))) == [0, 1]
    # a file name folds only when it cannot fit whole, and then no more than it must
    name = Spec(46, "File", foldable=True)
    assert fit([name, Spec(7, "kg-CO2e")], 80)[0] == 46
    assert fit([name, Spec(7, "kg-CO2e")], 40) == {0: 28, 1: 7}


def test_a_header_wraps_between_words_a_japanese_one_folds():
    assert Spec(5, "Mass kg/product").need == 10  # kg/product stays on its line
    assert Spec(5, "製品当たり質量 kg").need == 8  # Japanese breaks anywhere
    assert Spec(3, "Parts").need == 5


# --- the batch summary ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def boms(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("width") / "boms"
    folder.mkdir()
    header = ["品番", "個数", "品名", "材質", "重量(kg)"]
    write_book(folder / f"{LONG_FILE}.xlsx", {"部品表": [
        header, ["PU-101-HOUSING-LONG-NAME", 1, "ハウジング(アルミダイカスト製、長い品名)",
                 "ADC12", 1.2], ["PU-103", 1, "Aluminium alloy cover plate", "A6063", 0.3]]})
    write_book(folder / "b.xlsx", {"部品表": [header, ["P-1", 1, "plate", "SS400", 1.0]]})
    return folder


@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize("columns", WIDTHS)
def test_the_batch_summary_keeps_file_names_whole(boms, tmp_path, monkeypatch, columns, lang):
    # the file names were folded mid-word ('pump-unit-with-a-long-f' / 'ile-name-2026')
    # at 80 columns; now the file column keeps its widest name whole where the window
    # can give it (80), and folds only a name wider than it can ever be (60)
    monkeypatch.chdir(boms.parent)
    done = run(["calc", "boms", "--out", tmp_path / "out", "--jobs", 1], columns, lang)
    assert done.exit_code == 0, done.output
    lines = fits(done.stdout, columns)
    rows = [line for line in lines if "│" in line]
    # 1.2 kg ADC12 x 0.995078 + 0.3 kg A6063 x 10.8 = 4.434; 1 kg SS400 x 1.91
    assert any("4.434" in row for row in rows) and any("1.910" in row for row in rows)
    assert any(row.startswith(" boms/b.xlsx ") for row in rows)  # never folded
    whole = any(f" boms/{LONG_FILE}.xlsx " in row for row in rows)
    assert whole is (columns == 80)
    if not whole:  # folded: the pieces, read in order, are the name
        pieces = [row.split("│")[0].strip() for row in rows[1:]]
        assert "".join(pieces) == f"boms/{LONG_FILE}.xlsx"


# --- cfp diff ---------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize("columns", WIDTHS)
def test_diff_wraps_between_words(boms, tmp_path, monkeypatch, columns, lang):
    # its lines were up to 150 columns (soft wrap: the terminal broke them anywhere); now
    # each item wraps between words, further lines indented, and a number stays whole
    monkeypatch.chdir(boms.parent)
    assert run(["calc", "boms", "--out", tmp_path / "old", "--jobs", 1], 200).exit_code == 0
    new = tmp_path / "new-boms"
    new.mkdir()
    # PU-101 from ADC12 (0.995078) to A6063 (10.8): 1.2 kg x 10.8 = 12.96, total 16.200
    write_book(new / f"{LONG_FILE}.xlsx", {"部品表": [
        ["品番", "個数", "品名", "材質", "重量(kg)"],
        ["PU-101-HOUSING-LONG-NAME", 1, "ハウジング", "A6063", 1.2],
        ["PU-103", 1, "Aluminium alloy cover plate", "A6063", 0.3]]})
    assert run(["calc", new, "--out", tmp_path / "new", "--jobs", 1], 200).exit_code == 0
    done = run(["diff", tmp_path / "old", tmp_path / "new"], columns, lang)
    lines = fits(done.stdout, columns)
    assert done.exit_code == 1 and len(lines) > 4
    text = " ".join(line.strip() for line in lines)
    assert "4.434 → 16.200 kg-CO2e (+11.766, +265.4%)" in text
    assert "PU-101-HOUSING-LONG-NAME" in done.stdout  # a key on one line
    for number in ("4.434", "16.200", "+11.766,", "+265.4%)", "1.194", "12.96", "(+11.77);"):
        assert any(number in line for line in lines), number
    further = [line for line in lines if line.startswith("      ")]
    assert further  # wrapped lines of an inventory line sit under it, 2 further in


# --- cfp calc's view --------------------------------------------------------------------------

ROOT = Path(__file__).resolve().parents[1]
SAMPLE, EN_SAMPLE = ROOT / "samples" / "machined-assembly-ja.xlsx", \
    ROOT / "samples" / "multilevel-en.xlsx"
#: the sample's processing as Scope 1 / Scope 2 and its categories (both languages)
SCOPES = ("1.533", "6.051")
CATEGORIES = {"en": ["Aluminium alloy (wrought)", "Aluminium casting / die casting",
                     "Carbon and alloy steel"],
              "ja": ["アルミ合金(展伸材)", "アルミ鋳物・ダイカスト", "炭素鋼・合金鋼"]}


@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize("columns", WIDTHS)
def test_the_calc_view_fits_with_its_numbers_whole(columns, lang):
    # to a pipe at COLUMNS: every line within the width, the numbers whole on a line
    done = run(["calc", SAMPLE], columns, lang)
    assert done.exit_code == 0, done.output
    lines = fits(done.stdout, columns)
    for number in ("15.624", *SCOPES, "7.985", "3.409", "6.741", "23.5%"):
        assert any(number in line for line in lines), number
    for name in CATEGORIES[lang]:
        assert any(name in line for line in lines), name
    assert "…" not in done.stdout  # to a pipe nothing is cut
    assert "--meter-log" in done.stdout and "--meter-lo\n" not in done.stdout


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_a_60_column_terminal_keeps_numbers_and_tells_categories_apart(lang):
    # on a terminal 60 wide the Scope line was cut after 'Scope 2 (electric…', losing
    # 6.051, and the categories read 'Aluminiu…' twice
    from test_cli import _on_terminal

    shown = _on_terminal(["calc", SAMPLE, "--lang", lang], 40, 60)
    lines = fits(shown, 60)
    assert len(lines) <= 39 and lines[0].startswith(("Total: 15.624", "合計: 15.624"))
    assert all(any(number in line for line in lines) for number in SCOPES)
    for name in CATEGORIES[lang]:
        assert name in " ".join(line.strip() for line in lines) or any(
            name in line for line in lines), name
    categories = [line.split("│")[0].strip() for line in lines if line.startswith(" Alum")
                  or line.startswith(" アルミ")]
    assert len(categories) == len(set(categories)) == 2 and not any("…" in c for c in categories)


def test_japanese_wraps_between_characters_never_inside_a_number():
    from cfp.cli.wrap import break_points, divide

    text = "対象期間(例: 2025-04-01/2026-03-31、2025年度)を追加。--meter-log を指定"
    points = set(break_points(text))
    for token in ("2025-04-01/2026-03-31", "--meter-log", "2025"):
        start = text.index(token)
        assert not points & set(range(start + 1, start + len(token))), token
    assert text.index("、") not in points and text.index(")") not in points  # kinsoku
    for width in (8, 12, 20, 30):
        offsets = divide(text, width)
        pieces = [text[a:b] for a, b in zip([0, *offsets], [*offsets, len(text)],
                                            strict=True)]
        assert "".join(pieces) == text and all(cell_len(p.rstrip()) <= width for p in pieces)
    from cfp.cli.wrap import shorten

    assert shorten("Gear motor 0.4 kW with brake", 13) == "Gear motor…"  # not 'motor 0…'
    assert shorten("六角穴付ボルト M6×20", 12) == "六角穴付ボ…"
    assert shorten("short", 12) == "short" and shorten("abcdefghijkl", 6) == "abcde…"
    from rich._wrap import divide_line

    plain = "hello world, no wide text"
    assert divide(plain, 11) == divide_line(plain, 11) == [6, 16]  # rich's own: unchanged


# --- the help ---------------------------------------------------------------------------------

HELP_PAGES = [[], ["calc"], ["advise"], ["init"], ["diff"], ["materials"], ["serve"],
              ["factors"], ["factors", "list"], ["factors", "show"], ["clients"],
              ["clients", "add"]]
#: typer's frame, in each language
FRAME = {"en": ["Usage: ", "Options", "Show this"],
         "ja": ["使い方: ", "オプション", "このヘルプを"]}


@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize("columns", WIDTHS)
def test_the_help_fits_and_wraps_instead_of_cutting(columns, lang):
    # the bilingual help texts were cut with "…" at 80 columns (a Japanese sentence has no
    # space to wrap at), and so were long option names at 60
    for page in HELP_PAGES:
        done = run([*page, "--help"], columns, lang)
        assert done.exit_code == 0, done.output
        lines = fits(done.stdout, columns)
        assert "…" not in done.stdout, (page, done.stdout)
        assert all(word in done.stdout for word in FRAME[lang]), page
    assert "--forwarded-" in run(["serve", "--help"], columns, lang).stdout  # folded, not cut
    assert len(lines) > 5


def test_the_help_frame_is_in_japanese():
    page = run(["calc", "--help"], 80, "ja").stdout
    assert "使い方: cfp calc [オプション] {boms}..." in page
    for word in ("─ 引数 ─", "─ オプション ─", "[必須]", "[既定値: table]"):
        assert word in page, word
    for word in ("Usage:", "Arguments", "Options", "[required]", "[default:", "Show this"):
        assert word not in page, word
    group = run(["--help"], 80, "ja").stdout
    assert "使い方: cfp [オプション] コマンド [引数]..." in group and "─ コマンド ─" in group
    # --lang decides as CFP_LANG does, and the next English help is English again
    assert "使い方:" in run(["factors", "list", "--help", "--lang", "ja"], 80, "en").stdout
    english = run(["calc", "--help"], 80, "en").stdout
    assert "Usage: cfp calc [OPTIONS] {boms}..." in english and "[default: table]" in english
    # the parser's own errors name the usage in the same words
    error = run(["calc", "--bogus", "x.xlsx"], 80, "ja")
    assert error.exit_code == 2 and "使い方: cfp calc [オプション] {boms}..." in error.stderr


@pytest.mark.parametrize("terminal", [False, True])
def test_the_scenario_table_keeps_its_numbers_at_60_columns(tmp_path, terminal):
    # rich narrowed every column of the what-if table: -38.7% read '-3…'
    text = (ROOT / "README.md").read_text("utf-8")
    start = text.index("# plan.toml (UTF-8)")
    plan = tmp_path / "plan.toml"
    plan.write_text(text[start:text.index("```", start)], encoding="utf-8")
    args = ["calc", SAMPLE, "--scenarios", plan, "--lang", "ja"]
    if terminal:
        from test_cli import _on_terminal

        shown = _on_terminal(args, 40, 60)
    else:
        shown = run(args, 60, "ja").stdout
    lines = fits(shown, 60)
    for number in ("9.573", "-6.051", "-38.7%", "12.535", "-3.089", "-19.8%", "-2.2%"):
        assert any(number in line for line in lines), number
