"""Bad input (issue 2, "Bad input"): every mistake in a workbook is reported in one run,
naming the file, the sheet and cell (e.g. `部品表!B2`), the value and how to fix it; the CLI
exits with code 2 and shows no traceback unless --debug; the input is never modified.

Each case of the table below is one small workbook written in tmp_path with
`builders.write_book` (or raw bytes for the non-workbook cases). Cell references count as
in Excel: the first row written is row 1, the first column is A.

Cases marked xfail describe how cfp SHOULD behave and fail today (strict: they start to
"XPASS" - and so fail the run - the day the bug is fixed, so the mark must be removed).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from builders import MINIMAL_BOM, PROCESSES, SETTINGS, write_book
from typer.testing import CliRunner

from cfp.cli.main import app
from cfp.lca.aggregate.result import inventory_records
from cfp.lca.api import Options, calculate
from cfp.lca.errors import InputError, Problem

CFP = Path(sys.executable).with_name("cfp")

# Bug shared by several cases: `Problem.message` calls `tr(self.code, lang, **params)`, and
# `tr(key, lang, **params)` names its first parameter `key`; a problem whose parameters
# include `key` (material.no_factor, settings.bad_value, factor.missing_value,
# material.unit_mismatch) raises TypeError while the InputError is being built, so the
# CLI prints "internal error" and exits with 3 instead of listing the problems.
KEY_PARAM_BUG = ("lca/messages.py tr(key, lang, **params): a message parameter named 'key' "
                 "collides with tr's own 'key' argument -> TypeError, exit 3")
# Bug: a column problem is followed by one `cell.no_mass` per row ("has a material but no
# weight") although the weight IS written; on a 10,000-row BOM the real cause drowns in
# 200 lines of noise.
FOLLOW_ON_NO_MASS = ("lca/compute.py material_flows reports cell.no_mass for every row whose "
                     "weight was already reported (bad unit / text), a misleading duplicate")


def damaged_workbook() -> bytes:
    """A workbook whose first sheet's XML is cut in half (a broken download or copy)."""
    import io
    import zipfile

    import openpyxl

    book = openpyxl.Workbook()
    book.active.title = "部品表"
    for row in MINIMAL_BOM:
        book.active.append(row)
    whole = io.BytesIO()
    book.save(whole)
    damaged = io.BytesIO()
    with zipfile.ZipFile(whole) as zin, zipfile.ZipFile(damaged, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data[:len(data) // 2]
            zout.writestr(item, data)
    return damaged.getvalue()


@dataclass(frozen=True)
class Expect:
    """One problem: its code, where it is (`sheet!cell`, a sheet, or None for the whole
    file), a fragment of its English message, and the file it names (default: the BOM)."""

    code: str
    where: str | None
    fragment: str
    file: str | None = None


@dataclass
class Case:
    id: str
    sheets: dict[str, list[list[object]]] | None = None  # the BOM workbook, as rows
    expect: list[Expect] = field(default_factory=list)
    merges: dict[str, list[str]] | None = None
    files: dict[str, bytes] = field(default_factory=dict)  # extra files (e.g. factor CSVs)
    factors: list[str] = field(default_factory=list)  # names from `files` given as --factors
    raw: bytes | None = None  # a BOM that is not written by openpyxl (None + no sheets: absent)
    name: str = "bom.xlsx"
    xfail: str | None = None  # the whole case fails today, for this reason
    noise: str | None = None  # the expected problems are there, plus misleading extra ones


# A process BOM: 旋盤 (lathe) written once, merged over E1:F1, with its two time columns
# on row 2 and the first part on row 3.
LATHE_HEADER = [["品番", "個数", "材質", "重量(kg)", "旋盤", None],
                [None, None, None, None, "加工(分)", "段取(分)"]]
LATHE_MERGE = {"部品表": ["E1:F1"]}
MEASURE_HEADER = ["品番", "工程", "開始積算電力量(kWh)", "終了積算電力量(kWh)", "加工数"]
PARENT_HEADER = ["品番", "親品番", "個数", "材質", "重量(kg)"]
FACTOR_HEADER_JA = "キー,単位,排出原単位,出典\n"

CASES = [
    # --- missing required columns: the header row (row 1) lacks one of them --------------
    Case("missing_part_number_column",
         {"部品表": [["品名", "個数", "材質", "重量(kg)"], ["plate", 1, "SS400", 1.0]]},
         [Expect("column.missing", "部品表!1:1", "required column '品番' is missing")]),
    Case("missing_quantity_column",
         {"部品表": [["品番", "品名", "材質", "重量(kg)"], ["P-1", "plate", "SS400", 1.0]]},
         [Expect("column.missing", "部品表!1:1", "required column '個数' is missing")]),
    Case("no_header_row_at_all",
         {"部品表": [["部品一覧"], ["P-1", 1, "SS400"]]},
         [Expect("sheet.no_header", "部品表", "part-number column (品番")]),
    Case("header_but_no_rows",
         {"部品表": [["品番", "個数", "材質", "重量(kg)"]]},
         [Expect("sheet.no_rows", "部品表", "no data rows")]),
    # --- text in number cells ----------------------------------------------------------------
    # B2 is the quantity of P-1
    Case("text_in_quantity",
         {"部品表": [["品番", "個数", "材質", "重量(kg)"], ["P-1", "二個", "SS400", 1.0]]},
         [Expect("cell.not_number", "部品表!B2", "'二個' is not a number")]),
    # D2 is the weight of P-1
    Case("text_in_weight",
         {"部品表": [["品番", "個数", "材質", "重量(kg)"], ["P-1", 1, "SS400", "約1.5"]]},
         [Expect("cell.not_number", "部品表!D2", "'約1.5' is not a number")]),
    # E3 is the lathe cycle time of P-1 (row 1: 旋盤, row 2: 加工/段取, row 3: data)
    Case("text_in_process_time",
         {"部品表": [*LATHE_HEADER, ["P-1", 1, "SS400", 1.0, "3分くらい", 5]],
          "工程": PROCESSES, "設定": SETTINGS},
         [Expect("cell.not_number", "部品表!E3", "'3分くらい' is not a number")],
         merges=LATHE_MERGE),
    # title rows above the header are skipped, but cells keep their real row: B4
    Case("text_in_quantity_below_title_rows",
         {"部品表": [["部品表 ABC-100"], [], ["品番", "個数", "材質", "重量(kg)"],
                     ["P-1", "abc", "SS400", 1.0]]},
         [Expect("cell.not_number", "部品表!B4", "'abc' is not a number")]),
    # --- quantities --------------------------------------------------------------------------
    Case("negative_quantity",
         {"部品表": [["品番", "個数", "材質", "重量(kg)"], ["P-1", -2, "SS400", 1.0]]},
         [Expect("cell.qty_not_positive", "部品表!B2", "must be greater than 0")]),
    Case("zero_quantity",
         {"部品表": [["品番", "個数", "材質", "重量(kg)"], ["P-1", 0, "SS400", 1.0]]},
         [Expect("cell.qty_not_positive", "部品表!B2", "must be greater than 0")]),
    Case("blank_quantity",
         {"部品表": [["品番", "個数", "材質", "重量(kg)"], ["P-1", None, "SS400", 1.0]]},
         [Expect("cell.qty_missing", "部品表!B2", "quantity is missing for part 'P-1'")]),
    # --- weights -----------------------------------------------------------------------------
    # E2 is the raw weight (1 kg), less than the net weight D2 (2 kg)
    Case("raw_less_than_net",
         {"部品表": [["品番", "個数", "材質", "重量(kg)", "素材重量(kg)"],
                     ["P-1", 1, "SS400", 2.0, 1.0]]},
         [Expect("cell.raw_lt_net", "部品表!E2", "raw-material weight 1 kg is less than the net "
                 "weight 2 kg")]),
    # E2 is 0.5 kg, D2 1000 g = 1 kg: the message gives both in kg (gave '0.5' and '1000.0')
    Case("raw_less_than_net_other_units",
         {"部品表": [["品番", "個数", "材質", "重量(g)", "素材重量(kg)"],
                     ["P-1", 1, "SS400", 1000, 0.5]]},
         [Expect("cell.raw_lt_net", "部品表!E2", "raw-material weight 0.5 kg is less than the "
                 "net weight 1 kg")]),
    # D1 is the header 重量 without a unit; no Settings weight_unit either
    Case("weight_column_without_unit",
         {"部品表": [["品番", "個数", "材質", "重量"], ["P-1", 1, "SS400", 1.0]]},
         [Expect("column.weight_unit", "部品表!D1", "the weight column '重量' has no unit")]),
    Case("weight_column_unknown_unit",
         {"部品表": [["品番", "個数", "材質", "重量(lb)"], ["P-1", 1, "SS400", 1.0]]},
         [Expect("column.bad_unit", "部品表!D1", "unknown unit 'lb'")]),
    # --- factors -----------------------------------------------------------------------------
    # C2 is the material grade that no factor, grade map or category matches
    Case("unknown_material_without_factor",
         {"部品表": [["品番", "個数", "材質", "重量(kg)"], ["P-1", 1, "UNOBTAINIUM", 1.0]]},
         [Expect("material.no_factor", "部品表!C2", "no emission factor for part 'P-1'")]),
    # 排出原単位!B2 is the unit of the workbook's own factor
    Case("factor_sheet_unknown_unit",
         {"部品表": MINIMAL_BOM,
          "排出原単位": [["キー", "単位", "排出原単位", "出典"], ["SS400", "bucket", 2.0, "x"]]},
         [Expect("factor.bad_unit", "排出原単位!B2", "unknown unit 'bucket'")]),
    # a --factors CSV is a one-sheet workbook named after the file: f!B3 is the unit キロ
    Case("factor_file_unknown_unit",
         {"部品表": MINIMAL_BOM},
         [Expect("factor.bad_unit", "f!B3", "unknown unit 'キロ'", file="f.csv")],
         files={"f.csv": (FACTOR_HEADER_JA + "SS400,kg,2.5,自社\nA6063,キロ,3,自社\n")
                .encode("utf-8")},
         factors=["f.csv"]),
    # bytes 0x80 0xFF are valid in none of UTF-8, CP932 and EUC-JP: unreadable
    Case("factor_file_undecodable",
         {"部品表": MINIMAL_BOM},
         [Expect("file.encoding", None, "cannot decode the text", file="f.csv")],
         files={"f.csv": FACTOR_HEADER_JA.encode("utf-8") + b"SS400,kg,2.5,\x80\xff\n"},
         factors=["f.csv"]),
    Case("factor_file_utf16",  # Excel's "Unicode text"
         {"部品表": MINIMAL_BOM},
         [Expect("file.encoding", None, "cannot decode the text", file="f.csv")],
         files={"f.csv": (FACTOR_HEADER_JA + "SS400,kg,2.5,自社データ\n").encode("utf-16")},
         factors=["f.csv"]),
    Case("factor_file_empty",
         {"部品表": MINIMAL_BOM},
         [Expect("file.empty", None, "the file is empty", file="f.csv")],
         files={"f.csv": b""}, factors=["f.csv"]),
    # --- processes and measurements ------------------------------------------------------------
    # E3 is the cycle time of 研削 (grinding), a process missing from the 工程 sheet
    Case("process_time_without_rated_power",
         {"部品表": [[*LATHE_HEADER[0][:4], "研削", None], LATHE_HEADER[1],
                     ["P-1", 1, "SS400", 1.0, 3, 5]],
          "工程": PROCESSES, "設定": SETTINGS},
         [Expect("process.no_power", "部品表!E3", "process '研削' has times but no rated power")],
         merges=LATHE_MERGE),
    # 実測!E2 is the pieces (加工数) of the first measurement
    Case("measurement_zero_pieces",
         {"部品表": [*LATHE_HEADER, ["P-1", 1, "SS400", 1.0, 3, 5]],
          "工程": PROCESSES, "設定": SETTINGS,
          "実測": [MEASURE_HEADER, ["P-1", "旋盤", 100, 200, 0]]},
         [Expect("measurement.zero_pieces", "実測!E2", "pieces must be more than 0")],
         merges=LATHE_MERGE),
    # 実測!E2: 1.5 pieces made between two readings (the energy would be split 1.5 ways)
    Case("measurement_pieces_not_whole",
         {"部品表": [*LATHE_HEADER, ["P-1", 1, "SS400", 1.0, 3, 5]],
          "工程": PROCESSES, "設定": SETTINGS,
          "実測": [MEASURE_HEADER, ["P-1", "旋盤", 100, 200, 1.5]]},
         [Expect("measurement.pieces_not_whole", "実測!E2", "pieces 1.5 is not a whole number")],
         merges=LATHE_MERGE),
    # 工程!C2: a bare 1.5 is 150 % (impossible) or 1.5 % (no running machine): refused
    Case("process_utilisation_ambiguous",
         {"部品表": [*LATHE_HEADER, ["P-1", 1, "SS400", 1.0, 3, 5]],
          "工程": [PROCESSES[0], ["旋盤", 10, 1.5]], "設定": SETTINGS},
         [Expect("process.utilisation_ambiguous", "工程!C2", "utilisation 1.5 is ambiguous")],
         merges=LATHE_MERGE),
    # 実測!D2 is the meter end (100 kWh), below the start C2 (200 kWh)
    Case("measurement_meter_end_below_start",
         {"部品表": [*LATHE_HEADER, ["P-1", 1, "SS400", 1.0, 3, 5]],
          "工程": PROCESSES, "設定": SETTINGS,
          "実測": [MEASURE_HEADER, ["P-1", "旋盤", 200, 100, 10]]},
         [Expect("measurement.meter_decrease", "実測!D2", "meter end 100")],
         merges=LATHE_MERGE),
    # --- structure ---------------------------------------------------------------------------
    # B4 is the parent X of P-2; no row has part number X
    Case("parent_does_not_exist",
         {"部品表": [PARENT_HEADER, ["A", None, 1, None, None], ["P-1", "A", 1, "SS400", 1.0],
                     ["P-2", "X", 1, "SS400", 1.0]]},
         [Expect("parent.unknown", "部品表!B4", "parent 'X' is not a part number")]),
    # A's parent is B (B2) and B's parent is A: reported once, at the first row of the cycle
    Case("parent_cycle",
         {"部品表": [PARENT_HEADER, ["A", "B", 1, None, None], ["B", "A", 1, None, None],
                     ["P-1", "A", 1, "SS400", 1.0]]},
         [Expect("parent.cycle", "部品表!B2", "cycle: A -> B -> A")]),
    Case("parent_is_itself",
         {"部品表": [PARENT_HEADER, ["A", "A", 1, None, None], ["P-1", "A", 1, "SS400", 1.0]]},
         [Expect("parent.cycle", "部品表!B2", "cycle: A -> A")]),
    # A3 is level 3 right after level 1 (the level-2 assembly row is missing)
    Case("level_jump",
         {"部品表": [["レベル", "品番", "個数", "材質", "重量(kg)"], [1, "A", 1, None, None],
                     [3, "P-1", 1, "SS400", 1.0]]},
         [Expect("cell.level_jump", "部品表!A3", "level 3 follows level 1")]),
    # C1 repeats the 品番 header of A1
    Case("duplicate_column",
         {"部品表": [["品番", "個数", "品番", "材質", "重量(kg)"], ["P-1", 1, "x", "SS400", 1]]},
         [Expect("column.duplicate", "部品表!C1", "appears twice (also A1)")]),
    # --- settings ----------------------------------------------------------------------------
    # 設定!B1 is the value AR4 of the key gwp
    Case("settings_bad_gwp",
         {"部品表": MINIMAL_BOM, "設定": [["gwp", "AR4"]]},
         [Expect("settings.bad_value", "設定!B1", "'gwp' has an invalid value 'AR4'")]),
    Case("settings_bad_weight_unit",
         {"部品表": [["品番", "個数", "材質", "重量"], ["P-1", 1, "SS400", 1.0]],
          "設定": [["weight_unit", "lb"]]},
         [Expect("settings.bad_value", "設定!B1", "'weight_unit' has an invalid value 'lb'"),
          Expect("column.weight_unit", "部品表!D1", "has no unit")]),
    # --- the file itself -----------------------------------------------------------------------
    Case("empty_file", raw=b"", expect=[Expect("file.empty", None, "the file is empty")]),
    Case("csv_text_renamed_xlsx", raw="品番,個数\nP-1,1\n".encode(),
         expect=[Expect("file.not_workbook", None, "not an Excel workbook")]),
    Case("unsupported_extension", raw=b"%PDF-1.4\n", name="bom.pdf",
         expect=[Expect("file.bad_extension", None, "unsupported file type '.pdf'")]),
    Case("missing_file", expect=[Expect("file.not_found", None, "file not found")]),
    Case("damaged_sheet", raw=damaged_workbook(),
         expect=[Expect("sheet.unreadable", "部品表", "the sheet cannot be read (XmlError")]),
]


def params(cases: list[Case]) -> list:
    return [pytest.param(c, id=c.id, marks=[pytest.mark.xfail(reason=c.xfail, strict=True)]
                         if c.xfail else []) for c in cases]


def build(case: Case, tmp_path: Path) -> tuple[Path, Options]:
    """Write the case's files; the BOM path and the options naming the extra files."""
    path = tmp_path / case.name
    if case.sheets is not None:
        write_book(path, case.sheets, case.merges)
    elif case.raw is not None:
        path.write_bytes(case.raw)
    for name, data in case.files.items():
        (tmp_path / name).write_bytes(data)
    return path, Options(factor_files=[tmp_path / n for n in case.factors])


def problems_of(path: Path, options: Options | None = None) -> list[Problem]:
    with pytest.raises(InputError) as info:
        calculate(path, options)
    return info.value.problems


def where(problem: Problem) -> str | None:
    if problem.sheet is None:
        return None
    return f"{problem.sheet}!{problem.cell}" if problem.cell else problem.sheet


def flat(text: str) -> str:
    """Text without whitespace and the panel's border characters, so that a message
    wrapped over several lines of the terminal still matches."""
    return re.sub(r"[\s│╭╮╰╯─•]", "", text)


def invoke(args: list[str], columns: int = 1000):
    """The CLI in-process; a wide terminal unless a test is about the width."""
    return CliRunner().invoke(app, ["calc", *args], env={"COLUMNS": str(columns),
                                                       "CFP_LANG": "en"})


def refused_in_both(args: list[str], en: str, ja: str) -> None:
    """The CLI exits 2 saying `en` on stderr, and `ja` with `--lang ja` (wrapping ignored)."""
    result = invoke(args)
    assert result.exit_code == 2
    assert flat(en) in flat(result.stderr)
    assert flat(ja) in flat(invoke([*args, "--lang", "ja"]).stderr)


def cli_args(case: Case, path: Path, tmp_path: Path) -> list[str]:
    args = [str(path)]
    for name in case.factors:
        args += ["--factors", str(tmp_path / name)]
    return args


# --- the table -------------------------------------------------------------------------------


@pytest.mark.parametrize("case", params(CASES))
def test_problem_is_reported_where_it_is(case: Case, tmp_path: Path) -> None:
    path, options = build(case, tmp_path)
    problems = problems_of(path, options)
    for expected in case.expect:
        hits = [p for p in problems if p.code == expected.code]
        assert hits, f"{expected.code} not among {[p.code for p in problems]}"
        problem = hits[0]
        assert where(problem) == expected.where
        assert problem.file == str(tmp_path / (expected.file or case.name))
        assert expected.fragment in problem.message("en")
        # the location leads the message: file, then sheet!cell
        assert problem.message("en").startswith(str(tmp_path / (expected.file or case.name)))
    if case.noise is None:  # nothing else is reported
        assert sorted(p.code for p in problems) == sorted(e.code for e in case.expect)


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id) for c in CASES if c.id in (
    "text_in_weight", "weight_column_without_unit", "weight_column_unknown_unit")])
def test_no_misleading_follow_on_problems(case: Case, tmp_path: Path) -> None:
    # One mistake, one problem: the weight is written in D2, only its unit/text is wrong,
    # so "part 'P-1' has a material but no weight" (cell.no_mass at A2) must not follow.
    path, options = build(case, tmp_path)
    assert [p.code for p in problems_of(path, options)] == [e.code for e in case.expect]


@pytest.mark.parametrize("case", params(CASES))
def test_problem_is_worded_in_japanese(case: Case, tmp_path: Path) -> None:
    path, options = build(case, tmp_path)
    problems = problems_of(path, options)
    assert {e.code for e in case.expect} <= {p.code for p in problems}
    for problem in problems:
        text = problem.message("ja")
        assert text != problem.message("en")
        assert re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", text.split(": ")[-1])
        if problem.cell:
            assert f"{problem.sheet}!{problem.cell}" in text


@pytest.mark.parametrize("case", params(CASES))
def test_cli_exit_2_with_location_and_no_traceback(case: Case, tmp_path: Path) -> None:
    path, _ = build(case, tmp_path)
    result = invoke(cli_args(case, path, tmp_path))
    assert result.exit_code == 2, result.stderr
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    for expected in case.expect:
        assert flat(expected.file or case.name) in flat(result.stderr)
        if expected.where:
            assert flat(expected.where) in flat(result.stderr)
        assert flat(expected.fragment) in flat(result.stderr)


# --- all problems in one run -----------------------------------------------------------------


def test_three_mistakes_give_three_problems(tmp_path: Path) -> None:
    path = write_book(tmp_path / "bom.xlsx", {"部品表": [
        ["品番", "個数", "材質", "重量(kg)", "素材重量(kg)"],
        ["P-1", "abc", "SS400", 1.0, 1.2],   # B2: text in the quantity
        ["P-2", -1, "SS400", 1.0, 1.2],      # B3: negative quantity
        ["P-3", 1, "SS400", 2.0, 1.0],       # E4: raw weight 1 kg < net weight 2 kg
    ]})
    problems = problems_of(path)
    assert [(p.code, where(p)) for p in problems] == [
        ("cell.not_number", "部品表!B2"),
        ("cell.qty_not_positive", "部品表!B3"),
        ("cell.raw_lt_net", "部品表!E4"),
    ]


def test_three_mistakes_listed_by_the_cli(tmp_path: Path) -> None:
    path = write_book(tmp_path / "bom.xlsx", {"部品表": [
        ["品番", "個数", "材質", "重量(kg)", "素材重量(kg)"],
        ["P-1", "abc", "SS400", 1.0, 1.2],
        ["P-2", -1, "SS400", 1.0, 1.2],
        ["P-3", 1, "SS400", 2.0, 1.0],
    ]})
    result = invoke([str(path)])
    assert result.exit_code == 2
    for cell in ("部品表!B2", "部品表!B3", "部品表!E4"):
        assert cell in result.stderr


def test_missing_column_does_not_hide_master_sheet_problems(tmp_path: Path) -> None:
    path = write_book(tmp_path / "bom.xlsx", {
        "部品表": [["品番", "品名"], ["P-1", "plate"]],         # no quantity column
        "工程": [["工程", "定格電力(kW)"], ["旋盤", "十"]],       # 工程!B2: text as power
    })
    codes = {(p.code, where(p)) for p in problems_of(path)}
    assert codes == {("column.missing", "部品表!1:1"), ("cell.not_number", "工程!B2")}


def test_duplicate_column_does_not_hide_cell_problems(tmp_path: Path) -> None:
    path = write_book(tmp_path / "bom.xlsx", {"部品表": [
        ["品番", "個数", "材質", "重量(kg)", "重量(kg)"],  # E1 repeats the weight column
        ["P-1", "abc", "SS400", 1.0, 1.0],                 # B2: text in the quantity
    ]})
    codes = {(p.code, where(p)) for p in problems_of(path)}
    assert codes == {("column.duplicate", "部品表!E1"), ("cell.not_number", "部品表!B2")}


def test_duplicate_column_is_named_as_written(tmp_path: Path) -> None:
    path = write_book(tmp_path / "bom.xlsx", {"部品表": [
        ["品番", "個数", "品番", "材質", "重量(kg)"],  # C1 repeats the 品番 header of A1
        ["P-1", 1, "x", "SS400", 1]]})
    (problem,) = problems_of(path)
    assert "column '品番' appears twice" in problem.message("en")
    assert "列「品番」が 2 回あります" in problem.message("ja")


# --- inputs that must be accepted ------------------------------------------------------------


def test_settings_weight_unit_fixes_a_unitless_weight_column(tmp_path: Path) -> None:
    # 重量 has no unit; 設定 says weight_unit = g, so 1000 means 1 kg. Factor 2.0 kg-CO2e/kg
    # from the workbook's own sheet: 1 x 1 kg x 2.0 = 2.0 kg-CO2e.
    path = write_book(tmp_path / "bom.xlsx", {
        "部品表": [["品番", "個数", "材質", "重量"], ["P-1", 1, "SS400", 1000]],
        "設定": [["weight_unit", "g"]],
        "排出原単位": [["キー", "単位", "排出原単位", "出典"], ["SS400", "kg", 2.0, "test"]],
    })
    assert calculate(path).total == pytest.approx(2.0)


def test_euc_jp_factor_csv_is_accepted(tmp_path: Path) -> None:
    # EUC-JP bytes are often also valid CP932 (as half-width katakana mojibake); the
    # decoder must pick EUC-JP. MINIMAL_BOM: P-1 2 x 1.5 kg SS400, P-2 0.5 kg A6063.
    # SS400 at 2.5 from the file: 2 x 1.5 x 2.5 = 7.5; A6063 built-in 10.8 x 0.5 = 5.4
    factors = tmp_path / "f.csv"
    factors.write_bytes((FACTOR_HEADER_JA + "SS400,kg,2.5,自社データ\n").encode("euc-jp"))
    path = write_book(tmp_path / "bom.xlsx", {"部品表": MINIMAL_BOM})
    result = calculate(path, Options(factor_files=[factors]))
    assert result.total == pytest.approx(7.5 + 5.4)
    assert "自社データ" in set(result.inventory["factor_source"])


def test_cp932_factor_csv_from_japanese_excel_is_accepted(tmp_path: Path) -> None:
    # Japanese Excel saves "CSV (カンマ区切り)" in CP932. SS400 at 2.5 kg-CO2e/kg:
    # 2 pieces x 1.5 kg x 2.5 = 7.5 kg-CO2e.
    bom = write_book(tmp_path / "bom.xlsx", {"部品表": [
        ["品番", "個数", "材質", "重量(kg)"], ["P-1", 2, "SS400", 1.5]]})
    factors = tmp_path / "f.csv"
    factors.write_bytes((FACTOR_HEADER_JA + "SS400,kg,2.5,自社データ\n").encode("cp932"))
    result = invoke([str(bom), "--factors", str(factors), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["total_kg_co2e"] == pytest.approx(7.5)
    # the Japanese source text survived decoding
    assert "自社データ" in inventory_records(report)[0]["factor_source"]


def test_allow_missing_excludes_the_part_and_exits_0(tmp_path: Path) -> None:
    # P-1 (UNOBTAINIUM) has no factor and is left out; P-2 counts: 1 x 1 kg x 2.0 = 2.0.
    path = write_book(tmp_path / "bom.xlsx", {
        "部品表": [["品番", "個数", "材質", "重量(kg)"], ["P-1", 1, "UNOBTAINIUM", 1.0],
                   ["P-2", 1, "SS400", 1.0]],
        "排出原単位": [["キー", "単位", "排出原単位", "出典"], ["SS400", "kg", 2.0, "test"]],
    })
    result = invoke([str(path), "--allow-missing", "--format", "json"])
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["total_kg_co2e"] == pytest.approx(2.0)
    assert [e["part_number"] for e in report["excluded"]] == ["P-1"]
    assert "warn.excluded_no_factor" in [w["code"] for w in report["warnings"]]


# --- the CLI: stderr, language, debug --------------------------------------------------------


@pytest.fixture
def text_in_quantity(tmp_path: Path) -> Path:
    # B2: the quantity of P-1 is the text 二個 ("two pieces")
    return write_book(tmp_path / "部品表_v2.xlsx", {"部品表": [
        ["品番", "個数", "材質", "重量(kg)"], ["P-1", "二個", "SS400", 1.0]]})


def test_cli_names_file_cell_value_and_fix(text_in_quantity: Path) -> None:
    result = invoke([str(text_in_quantity)], columns=200)
    assert result.exit_code == 2
    assert "部品表_v2.xlsx" in result.stderr           # the file
    assert "部品表!B2" in result.stderr                # sheet!cell
    assert "'二個'" in result.stderr                   # the value
    assert "Enter a number" in result.stderr           # the fix
    assert "Traceback" not in result.stderr


def test_cli_message_is_not_cut_at_80_columns(text_in_quantity: Path) -> None:
    result = invoke([str(text_in_quantity)], columns=80)
    full = "'二個' is not a number. Enter a number (e.g. 1200 or 1,200) or '-' for none."
    assert flat(full) in flat(result.stderr)


def test_cli_problem_in_japanese(text_in_quantity: Path) -> None:
    result = CliRunner().invoke(app, ["calc", str(text_in_quantity), "--lang", "ja"],
                                env={"COLUMNS": "1000"})
    assert result.exit_code == 2
    assert "入力の問題" in result.stderr  # the panel title
    assert "部品表!B2: 「二個」は数値ではありません" in result.stderr


def test_debug_shows_the_traceback(text_in_quantity: Path) -> None:
    # a real process: CliRunner would catch the exception instead of printing it
    env = {**os.environ, "COLUMNS": "1000", "CFP_LANG": "en"}
    plain = subprocess.run([str(CFP), "calc", str(text_in_quantity)], capture_output=True,
                           text=True, env=env, check=False)
    debug = subprocess.run([str(CFP), "calc", str(text_in_quantity), "--debug"],
                           capture_output=True, text=True, env=env, check=False)
    assert plain.returncode == 2 and "Traceback" not in plain.stderr
    assert "Traceback" in debug.stderr and "InputError" in debug.stderr


# --- files are left alone --------------------------------------------------------------------


def snapshot(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def test_input_unchanged_after_failed_and_successful_runs(tmp_path: Path) -> None:
    bad = write_book(tmp_path / "bad.xlsx", {"部品表": [
        ["品番", "個数", "材質", "重量(kg)"], ["P-1", "二個", "SS400", 1.0]]})
    good = write_book(tmp_path / "good.xlsx", {"部品表": MINIMAL_BOM})
    os.utime(bad, ns=(1_600_000_000_000_000_000,) * 2)  # an mtime a rewrite cannot keep
    os.utime(good, ns=(1_600_000_000_000_000_000,) * 2)
    before = snapshot(bad), snapshot(good)
    assert invoke([str(bad)]).exit_code == 2
    assert invoke([str(good), "--format", "json", "-o", str(tmp_path / "out.json")]) \
        .exit_code == 0
    assert invoke([str(good)]).exit_code == 0
    assert (snapshot(bad), snapshot(good)) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.xlsx", "good.xlsx", "out.json"]


def test_failed_run_creates_no_output_file(tmp_path: Path, text_in_quantity: Path) -> None:
    out = tmp_path / "report.json"
    result = invoke([str(text_in_quantity), "--format", "json", "--output", str(out)])
    assert result.exit_code == 2
    assert not out.exists()
    assert not list(tmp_path.glob(".report.json.*"))  # no temporary file left behind


def test_failed_run_keeps_an_existing_output_file(tmp_path: Path, text_in_quantity: Path) -> None:
    out = tmp_path / "report.csv"
    out.write_text("previous report\n", encoding="utf-8")
    result = invoke([str(text_in_quantity), "--format", "csv", "--output", str(out)])
    assert result.exit_code == 2
    assert out.read_text(encoding="utf-8") == "previous report\n"


SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "machined-assembly-ja.xlsx"


@pytest.mark.parametrize(("args", "en", "ja"), [
    (["--cutoff", "500"], "--cutoff 500: use a number from 0 to 100",
     "--cutoff 500: 0 から 100 までの数を指定してください"),
    (["--cutoff", "-5"], "--cutoff -5: use a number from 0 to 100", "0 から 100"),
    (["--top", "-1"], "--top -1: use a whole number of at least 0", "0 以上の整数"),
    (["--jobs", "0"], "--jobs 0: use a whole number of at least 1", "1 以上の整数"),
    (["--gwp", "AR9"], "--gwp AR9: use AR5 or AR6", "AR5 か AR6"),
    (["--report", "html"], "--report needs --out DIR", "--out DIR が必要です"),
    (["--report", "pptx", "--out", "x"], "--report pptx: use html", "のいずれかを指定"),
    (["--factor-columns", "bad"], "'bad' is not field=header", "項目=見出し の形ではありません"),
    # options that changed nothing were ignored without a word: --top without the table,
    # --jobs with one BOM (refused like --pact-extension without --report pact)
    (["--top", "3", "--format", "json"],
     "--top sets the parts shown in the table; --format json writes every part",
     "--format json ではすべての部品を書き出します"),
    (["--format", "csv", "--top", "0"], "--format csv writes every part", "--top を外すか"),
    ([str(SAMPLE.with_name("multilevel-en.xlsx")), "--top", "3"],
     "a batch run shows only its summary", "一括計算では集計だけを表示します"),
    (["--jobs", "4"], "--jobs 4: one BOM is computed in one process",
     "--jobs 4: 部品表 1 件は 1 つのプロセスで計算します"),
    (["-j", "1", "--format", "json"], "--jobs is for several BOMs", "複数の部品表"),
])
def test_bad_options_are_refused_in_both_languages(args, en, ja):
    # options out of range were accepted silently (--cutoff 500, --jobs 0...); every usage
    # error now reads in the user's language, exit 2, nothing computed
    for lang, words in (("en", en), ("ja", ja)):
        result = CliRunner().invoke(app, ["calc", str(SAMPLE), *args, "--lang", lang],
                                    env={"COLUMNS": "1000"})
        assert result.exit_code == 2, result.output
        assert flat(words) in flat(result.output)


# --- a path that is there but not a regular file (issue 11) -------------------------------

@pytest.mark.parametrize(("kind", "args"), [
    ("zero", ["zero.xlsx"]),  # a symlink to /dev/zero, given as the BOM
    ("fifo", ["fifo.xlsx"]),  # a named pipe as the BOM: never opened (it would block)
    ("dir", [str(SAMPLE), "--factors", "."]),
    ("fifo", [str(SAMPLE), "--factors", "fifo.xlsx"]),
    ("fifo", [str(SAMPLE), "--processes", "fifo.xlsx"]),
    ("zero", [str(SAMPLE), "--settings", "zero.xlsx"]),
])
@pytest.mark.parametrize(("lang", "expected"), [
    ("en", "not a regular file (a folder, a pipe or a device?)"),
    ("ja", "通常のファイルではありません(フォルダ、パイプ、デバイス?)"),
])
def test_a_path_that_is_not_a_regular_file_is_named_as_such(tmp_path, monkeypatch, kind,
                                                            args, lang, expected):
    # exit 2 was right, but the message said "file not found" for a file that is there
    if kind == "zero":
        (tmp_path / "zero.xlsx").symlink_to("/dev/zero")
    elif kind == "fifo":
        os.mkfifo(tmp_path / "fifo.xlsx")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["calc", *args, "--lang", lang],
                                env={"COLUMNS": "1000"})
    assert result.exit_code == 2, result.output
    assert expected in result.output
    assert "file not found" not in result.output and "見つかりません" not in result.output


def test_a_missing_file_and_a_dangling_link_are_still_not_found(tmp_path, monkeypatch):
    (tmp_path / "gone.xlsx").symlink_to(tmp_path / "nowhere.xlsx")
    monkeypatch.chdir(tmp_path)
    for name in ("gone.xlsx", "missing.xlsx"):
        result = invoke([name])
        assert result.exit_code == 2, result.output
        assert f"{name}: file not found. Check the path." in result.output


def test_a_master_table_without_a_column_is_named_in_the_users_language(tmp_path):
    # "processes の表に 定格電力 / 定格出力 / 定格電力(kW) の列がありません": the kind was the
    # English key in Japanese, and an English sheet's user was given Japanese headers only
    from builders import write_book

    from cfp.lca.api import calculate
    from cfp.lca.errors import InputError

    path = write_book(tmp_path / "m.xlsx", {
        "部品表": [["品番", "個数", "材質", "重量(kg)"], ["P-1", 1, "SS400", 1.0]],
        "Processes": [["Process", "Utilisation"], ["Lathe", 0.5]]})
    with pytest.raises(InputError) as caught:
        calculate(path)
    problem = next(p for p in caught.value.problems if p.code == "master.missing_column")
    assert "the processes (工程) table has no column" in problem.message("en")
    assert "Rated power" in problem.message("en")
    ja = problem.message("ja")
    assert ja.split(": ", 2)[-1].startswith("工程 の表に") and "processes" not in ja


def test_a_missing_bom_column_names_an_english_header_too(tmp_path):
    # an English BOM without a quantity column was told "Add a column headed 個数 / 員数 /
    # 数量 / 使用数": now an English spelling is among the names
    from builders import write_book

    from cfp.lca.api import calculate
    from cfp.lca.errors import InputError

    path = write_book(tmp_path / "q.xlsx", {"BOM": [["Part No", "Material", "Weight (kg)"],
                                                    ["P-1", "SS400", 1.0]]})
    with pytest.raises(InputError) as caught:
        calculate(path)
    message = caught.value.problems[0].message("en")
    assert "Add a column headed 個数 / 員数 / 数量 / Qty." in message
