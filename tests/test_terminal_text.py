"""Terminal output never carries a raw control character (issue 10, "Defensible numbers").

Text from input files reaches the terminal only through `cli.common.visible` (`shown` in
rich markup), which writes C0 controls, DEL, C1 controls, bidi marks/overrides/isolates,
line separators and unpaired surrogates as Python escapes. Each test runs the real `cfp`
process on small inputs whose values hold ESC (written `_x001B_` in the sheet XML, as
Excel stores a control character; calamine decodes it), C1 CSI U+009B, DEL, NUL (in a
CSV), a right-to-left override U+202E, an isolate U+2066 or a line break, and checks the
exit code, the place named, the escaped form shown and that no raw control is left.
Data written to files (JSON, CSV) keeps the text as it is: not tested here.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from builders import write_book

from cfp.cli.common import shown, visible

CFP = Path(sys.executable).with_name("cfp")
#: Everything `visible` escapes, but the newline that ends each printed line.
RAW = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]")
HEADER = ["品番", "個数", "品名", "材質", "重量(kg)"]
# "P" ESC "[2J-1" U+2066 (clear screen, an isolate): in the sheet XML ESC is _x001B_
PART, PART_SHOWN = "P_x001B_[2J-1\u2066", "P\\x1b[2J-1\\u2066"
GRADE, GRADE_SHOWN = "ZZ_x001B_]0;x_x0007_\u202e_x009B_\x7f", "ZZ\\x1b]0;x\\x07\\u202e\\x9b\\x7f"


def cfp(*args: object, cwd: Path | None = None,
        env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items()
            if k not in ("FORCE_COLOR", "PY_COLORS", "TTY_COMPATIBLE", "CLICOLOR_FORCE")}
    return subprocess.run([str(CFP), *map(str, args)], capture_output=True, text=True,
                          encoding="utf-8", cwd=cwd, env={**base, "COLUMNS": "200",
                                                          **(env or {})}, check=False)


def clean(text: str) -> str:
    raw = RAW.search(text)
    assert raw is None, f"raw {raw[0]!r} at {raw.start()}: {text[max(0, raw.start() - 60):]!r}"
    assert "Traceback" not in text
    return text


@pytest.mark.parametrize(("text", "expected"), [
    ("P-1", "P-1"),
    ("a\x1b[2Jb", "a\\x1b[2Jb"),
    ("\x00\x07\x7f\x80\x9b\x9f", "\\x00\\x07\\x7f\\x80\\x9b\\x9f"),
    ("two\nlines\r\tend", "two\\nlines\\r\\tend"),
    ("abc\u202edef\u2066\u2069\u200e\u061c", "abc\\u202edef\\u2066\\u2069\\u200e\\u061c"),
    ("line\u2028para\u2029", "line\\u2028para\\u2029"),
    ("P-\udc80", "P-\\udc80"),
    ("ステンレス SUS304 ①", "ステンレス SUS304 ①"),  # printable text untouched
])
def test_visible(text, expected):
    assert visible(text) == expected
    assert visible(visible(text)) == expected  # idempotent: safe to apply twice


def test_shown_keeps_markup_escaped():
    from rich.console import Console

    console = Console(width=200, highlight=False, force_terminal=False)
    value = shown("[red]P\x1b[2J[/]")
    with console.capture() as captured:
        console.print(f"[bold]{value}[/]")
    assert captured.get().strip() == "[red]P\\x1b[2J[/]"


def test_unknown_grade_problem_is_escaped(tmp_path):
    # 部品表!D2: a grade with no factor, holding ESC ] (an OSC title sequence), BEL,
    # U+202E, C1 CSI and DEL: material.no_factor names it, escaped
    write_book(tmp_path / "bom.xlsx", {"部品表": [HEADER, [PART, 1, "plate", GRADE, 1.0]]})
    for lang in ("en", "ja"):
        proc = cfp("calc", tmp_path / "bom.xlsx", "--lang", lang)
        assert proc.returncode == 2
        stderr = clean(proc.stderr)
        assert "bom.xlsx: 部品表!D2: " in stderr
        assert GRADE_SHOWN in stderr and PART_SHOWN in stderr
    assert f"no emission factor for part '{PART_SHOWN}' (material '{GRADE_SHOWN}'" in \
        cfp("calc", tmp_path / "bom.xlsx", "--lang", "en").stderr


def test_table_view_shows_controls_escaped(tmp_path):
    # a valid BOM (SS400): the part number, its name and the product name (the file
    # name) are in the table view on stdout
    name = "plate\u202eetalp [bold]x"
    write_book(tmp_path / "bom\x1bc.xlsx", {"部品表": [HEADER, [PART, 1, name, "SS400", 1.0]]})
    proc = cfp("calc", tmp_path / "bom\x1bc.xlsx", "--lang", "en")
    assert proc.returncode == 0, proc.stderr
    stdout = clean(proc.stdout)
    assert PART_SHOWN in stdout
    assert "plate\\u202eetalp [bold]x" in stdout  # markup in a value stays text
    assert stdout.startswith("bom\\x1bc  (Declared unit: 1 piece)")


def test_a_line_break_in_a_value_keeps_the_problem_on_one_line(tmp_path):
    # 部品表!B2 (quantity) is "two\nlines"; the file name holds a line break and ESC
    book = tmp_path / "new\nbom\x1b.xlsx"
    write_book(book, {"部品表": [HEADER, ["P-1", "two\nlines", "plate", "SS400", 1.0]]})
    proc = cfp("calc", book, "--lang", "en")
    assert proc.returncode == 2
    lines = clean(proc.stderr).splitlines()
    assert lines == ["Problems in the input",
                     f"• {tmp_path}/new\\nbom\\x1b.xlsx: 部品表!B2: 'two\\nlines' is not a "
                     "number. Enter a number (e.g. 1200 or 1,200) or '-' for none."]


def test_factor_tables_and_error_panel(tmp_path):
    # a factor CSV whose keys hold ESC, NUL (not in a command line: the second key) and
    # U+202E and whose source holds C1 CSI and rich markup: `cfp factors list/search/show`
    # print them escaped
    (tmp_path / "f.csv").write_text("key,unit,factor,source\n"
                                    "K\x1b[2J\x00X\u202e,kg,1.5,src\x9b[bold]y\n"
                                    "K2\x1b[2J\u202e,kg,2.5,src\n", encoding="utf-8")
    for args in (("list",), ("search", "K")):
        proc = cfp("factors", *args, "--factors", tmp_path / "f.csv", "--lang", "en")
        assert proc.returncode == 0, proc.stderr
        stdout = clean(proc.stdout)
        assert "K\\x1b[2J\\x00X\\u202e" in stdout and "src\\x9b[bold]y" in stdout
    proc = cfp("factors", "show", "K2\x1b[2J\u202e", "--factors", tmp_path / "f.csv",
               "--lang", "en")
    assert proc.returncode == 0, proc.stderr
    assert "K2\\x1b[2J\\u202e" in clean(proc.stdout)
    # an unknown key typed back in the error panel (stderr)
    proc = cfp("factors", "show", "no\x1b[2J\u202ekey", "--lang", "en")
    assert proc.returncode == 2
    assert "Error: no factor 'no\\x1b[2J\\u202ekey'" in clean(proc.stderr)


def test_materials_table(tmp_path):
    write_book(tmp_path / "bom.xlsx", {"部品表": [HEADER, ["P-1", 1, "plate", GRADE, 1.0],
                                               ["P-2", 1, "x", "SS400", 1.0]]})
    proc = cfp("materials", tmp_path / "bom.xlsx", "--lang", "en")
    assert proc.returncode == 0, proc.stderr
    stdout = clean(proc.stdout)
    assert GRADE_SHOWN in stdout and "no factor" in stdout


def result_json(product: str, part: str, kg: float) -> str:
    columns = ["part_number", "stage", "flow", "process", "amount", "unit", "factor",
               "factor_key", "kg_co2e"]
    return json.dumps({"product": product, "total_kg_co2e": kg, "stages": {"materials": kg},
                       "inventory": {"columns": columns, "rows": [
                           [part, "materials", "SUS\u202e304", None, 1.0, "kg", kg,
                            "k\x9bey", kg]]}}, ensure_ascii=False)


def test_diff_output_and_problems(tmp_path):
    # product, part number, flow and factor key from the result JSON, shown escaped
    (tmp_path / "old.json").write_text(result_json("Pump\x1b[2J", "P\x00-1", 1.0))
    (tmp_path / "new.json").write_text(result_json("Pump\x1b[2J", "P\x00-1", 2.0))
    proc = cfp("diff", tmp_path / "old.json", tmp_path / "new.json", "--lang", "en")
    assert proc.returncode == 1, proc.stderr
    stdout = clean(proc.stdout)
    assert "Pump\\x1b[2J (new.json): 1.000 → 2.000 kg-CO2e" in stdout
    assert "P\\x00-1 Materials: 1 → 2 (+1); factor k\\x9bey 1 → k\\x9bey 2" in stdout
    # a malformed value holding C1 CSI and U+202E, named at its JSON path
    (tmp_path / "new.json").write_text('{"total_kg_co2e": "x\u009b\u202e"}')
    proc = cfp("diff", tmp_path / "old.json", tmp_path / "new.json", "--lang", "en")
    assert proc.returncode == 2
    assert '$.total_kg_co2e: expected a finite number, found "x\\x9b\\u202e".' in \
        clean(proc.stderr)


def test_batch_progress_and_summary(tmp_path):
    # a batch of two: one BOM named with ESC and a bad grade, one good. The CI-log lines
    # on stderr, the summary table on stdout and the problems below it are escaped.
    boms = tmp_path / "boms"
    boms.mkdir()
    write_book(boms / "bad\x1bc.xlsx", {"部品表": [HEADER, [PART, 1, "x", GRADE, 1.0]]})
    write_book(boms / "good.xlsx", {"部品表": [HEADER, [PART, 1, "x", "SS400", 1.0]]})
    proc = cfp("calc", boms, "--out", tmp_path / "out", "--jobs", "1", "--lang", "en")
    assert proc.returncode == 2
    stderr, stdout = clean(proc.stderr), clean(proc.stdout)
    assert "[1/2] invalid input: " in stderr and "bad\\x1bc.xlsx" in stderr
    assert f"部品表!D2: no emission factor for part '{PART_SHOWN}'" in stderr
    assert "bad\\x1bc.xlsx: 1 problem(s)" in stdout and GRADE_SHOWN in stdout
    # the summary file keeps the text as it is (data, not terminal output)
    summary = json.loads((tmp_path / "out" / "_summary.json").read_text(encoding="utf-8"))
    assert any("\x1b" in bom["file"] for bom in summary["boms"])


def test_batch_progress_bar_on_a_terminal(tmp_path):
    # on a terminal (rich's TTY_COMPATIBLE) the bar's own colour codes are the only ESC:
    # the file name's injected sequence is escaped
    boms = tmp_path / "boms"
    boms.mkdir()
    write_book(boms / "bad\x1b[2J\u202e.xlsx", {"部品表": [HEADER, [PART, 1, "x", GRADE, 1.0]]})
    write_book(boms / "good.xlsx", {"部品表": [HEADER, ["P-1", 1, "x", "SS400", 1.0]]})
    proc = cfp("calc", boms, "--out", tmp_path / "out", "--jobs", "1", "--lang",
               "en", env={"TTY_COMPATIBLE": "1"})
    assert proc.returncode == 2
    for text in (proc.stderr, proc.stdout):
        assert "\x1b[2J" not in text and "\u202e" not in text and "\x9b" not in text
    assert "bad\\x1b[2J\\u202e.xlsx" in proc.stderr
