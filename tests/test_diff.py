"""`cfp diff BASELINE RESULTS` (issue 5): per-product change, why, thresholds, exit codes;
malformed result files (issue 10): exit 2 with every problem at its JSON path.

Hand-made result files (only the keys `cfp diff` reads), numbers chosen to add up:

    baseline/pump.json   P-1 materials  SS400 2 kg x 2.0 (steel)     = 4.0
      (inventory as a    P-2 materials  A6063 0.4 kg x 10.0 (alu)    = 4.0
       list of rows)     P-1 processing 旋盤 5 kWh x 0.4              = 2.0   total 10.0
    results/pump.json    P-1 materials  SUS304 2 kg x 3.0 (stainless) = 6.0  (+2.0)
      (columns + rows)   P-2 materials  unchanged                     = 4.0
                         P-1 processing 旋盤 6 kWh x 0.4              = 2.4  (+0.4) total 12.4
    => +2.4 kg-CO2e, +24 %. motor.json 5.0 on both sides; old.json only in the baseline,
       fresh.json only in the results.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from builders import MINIMAL_BOM, write_book
from typer.testing import CliRunner

from cfp.cli.main import app
from cfp.lca.app.diff import (
    MalformedResult,
    ResultReadError,
    compare,
    exceeds,
    inventory_rows,
    moved_lines,
    read_result,
)

CFP = Path(sys.executable).with_name("cfp")
SAMPLES = Path(__file__).resolve().parents[1] / "samples"

COLUMNS = ["row", "part_number", "stage", "flow", "process", "amount", "unit", "factor",
           "factor_key", "kg_co2e"]
OLD_ROWS = [[1, "P-1", "materials", "SS400", None, 2.0, "kg", 2.0, "steel", 4.0],
            [2, "P-2", "materials", "A6063", None, 0.4, "kg", 10.0, "aluminium", 4.0],
            [1, "P-1", "processing", "electricity (cycle)", "旋盤", 5.0, "kWh", 0.4, "grid",
             2.0]]
NEW_ROWS = [[1, "P-1", "materials", "SUS304", None, 2.0, "kg", 3.0, "stainless", 6.0],
            OLD_ROWS[1],
            [1, "P-1", "processing", "electricity (cycle)", "旋盤", 6.0, "kWh", 0.4, "grid",
             2.4]]


def result(product: str, total: float, rows: list[list[object]] | None = None,
           shape: str = "columns") -> dict[str, object]:
    rows = rows or []
    stages: dict[str, float] = {}
    for row in rows:
        stages[row[2]] = stages.get(row[2], 0.0) + row[-1]
    inventory: object = {"columns": COLUMNS, "rows": rows}
    if shape == "records":
        inventory = [dict(zip(COLUMNS, row, strict=True)) for row in rows]
    return {"schema_version": "1", "product": product, "total_kg_co2e": total,
            "stages": stages, "inventory": inventory}


@pytest.fixture
def sets(tmp_path):
    old, new = tmp_path / "baseline", tmp_path / "results"
    for folder, files in ((old, {"pump": result("Pump", 10.0, OLD_ROWS, "records"),
                                 "motor": result("Motor", 5.0), "old": result("Old", 1.0)}),
                          (new, {"pump": result("Pump", 12.4, NEW_ROWS),
                                 "motor": result("Motor", 5.0), "fresh": result("New", 2.0)})):
        folder.mkdir()
        for name, data in files.items():
            (folder / f"{name}.json").write_text(json.dumps(data), encoding="utf-8")
        (folder / "_summary.json").write_text("{}")  # a batch summary is not a result
        # nor is one written elsewhere with -o (recognised by its schema)
        (folder / "summary.json").write_text('{"schema": "cfp-batch-summary/1", "boms": []}')
    return old, new


def diff(*args: object):
    return CliRunner().invoke(app, ["diff", *map(str, args)], env={"COLUMNS": "200"})


def test_inventory_rows_reads_both_shapes():
    records = inventory_rows(result("x", 1.0, OLD_ROWS, "records"))
    columns = inventory_rows(result("x", 1.0, OLD_ROWS, "columns"))
    assert records == columns
    assert columns[2]["process"] == "旋盤" and columns[2]["kg_co2e"] == 2.0


def test_compare_statuses_and_lines(sets):
    report = compare(*sets)
    by_name = {p.name: p for p in report.products}
    assert sorted(by_name) == ["fresh.json", "motor.json", "old.json", "pump.json"]
    assert {n: p.status for n, p in by_name.items()} == {
        "fresh.json": "added", "motor.json": "unchanged", "old.json": "removed",
        "pump.json": "increased"}
    pump = by_name["pump.json"]
    assert pump.change_abs == pytest.approx(2.4)
    assert pump.change_pct == pytest.approx(24.0)
    assert pump.stage_deltas == pytest.approx({"materials": 2.0, "processing": 0.4})
    first, second = pump.lines  # P-2 did not move, so it is not listed
    assert (first.part_number, first.stage, first.delta) == ("P-1", "materials",
                                                             pytest.approx(2.0))
    assert (first.old_flows, first.new_flows) == (("SS400",), ("SUS304",))
    assert (first.old_factors, first.new_factors) == ((("steel", 2.0),), (("stainless", 3.0),))
    assert (second.process, second.old_amount, second.new_amount) == ("旋盤", 5.0, 6.0)
    assert report.exit_code == 1  # no threshold: any increase fails


@pytest.mark.parametrize(("threshold_abs", "threshold_pct", "fails"), [
    (None, None, True),
    (2.0, None, True), (3.0, None, False),
    (None, 20.0, True), (None, 30.0, False),
    (2.0, 20.0, True), (2.0, 30.0, False), (3.0, 20.0, False),  # both must be exceeded
])
def test_thresholds_on_pump(sets, threshold_abs, threshold_pct, fails):
    report = compare(*sets, threshold_abs=threshold_abs, threshold_pct=threshold_pct)
    assert [p.name for p in report.failed] == (["pump.json"] if fails else [])
    assert report.exit_code == (1 if fails else 0)


@pytest.mark.parametrize(("old", "new", "expected"), [
    (10.0, 9.0, False),              # a decrease never fails
    (10.0, 10.0 + 1e-12, False),     # float noise
    (0.0, 0.5, True),                # from zero: +inf %
    (100.0, 100.5, False),           # with --threshold-pct 1: +0.5 %
    (100.0, 102.0, True),
])
def test_exceeds(old, new, expected):
    assert exceeds(old, new, None, 1.0 if old == 100.0 else None) is expected


def test_cli_explains_the_change(sets):
    result = diff(*sets, "--lang", "en")
    assert result.exit_code == 1
    out = result.output
    assert "Pump (pump.json): 10.000 → 12.400 kg-CO2e (+2.400, +24.0%)  above the threshold" \
        in out
    assert "by stage: Materials +2.000, Processing +0.400" in out
    assert ("P-1 Materials: 4 → 6 (+2); flow SS400 → SUS304; factor steel 2 → stainless 3"
            in out)
    assert "P-1 Processing 旋盤: 2 → 2.4 (+0.4); amount 5 → 6 kWh" in out
    assert "Old (old.json): 1.000 kg-CO2e  removed" in out
    assert "Motor" not in out  # unchanged products are only counted
    assert ("4 products: 1 increased, 0 decreased, 1 unchanged, 1 new, 1 removed, 0 not "
            "computed; 1 above the threshold or not computed. Exit code 1.") in out


def test_cli_threshold_passes_and_japanese(sets):
    result = diff(*sets, "--threshold-pct", 30, "--lang", "ja")
    assert result.exit_code == 0
    assert "変化の大きい明細" in result.output
    assert "しきい値超過または算定できず 0" in result.output


def test_cli_json(sets):
    result = diff(*sets, "--format", "json", "--threshold-abs", 1)
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    pump = next(p for p in data["products"] if p["file"] == "pump.json")
    assert pump["over_threshold"] is True
    assert pump["lines"][0]["new_factors"] == {"stainless": 3.0}


def test_two_single_files(sets):
    old, new = sets
    assert diff(old / "pump.json", new / "pump.json").exit_code == 1
    assert diff(old / "motor.json", new / "motor.json").exit_code == 0


@pytest.mark.parametrize(("break_it", "message"), [
    (lambda old, new: (new / "pump.json").write_text("{not json"),
     "pump.json: not JSON: Expecting property name enclosed in double quotes at line 1, "
     "column 2."),
    (lambda old, new: (new / "pump.json").write_text('{"product": "x"}'),
     "pump.json: $.total_kg_co2e is missing: expected a finite number."),
    (lambda old, new: None, "nowhere: no such file or folder"),
])
def test_unreadable_input_is_exit_2(sets, break_it, message):
    old, new = sets
    break_it(old, new)
    target = new if "nowhere" not in message else new.parent / "nowhere"
    result = diff(old, target, "--lang", "en")
    assert result.exit_code == 2
    assert message in " ".join(result.output.replace("│", " ").split())
    with pytest.raises(ResultReadError):
        compare(old, target)


def test_negative_threshold_is_a_usage_error(sets):
    result = diff(*sets, "--threshold-pct", -1, "--lang", "en")
    assert result.exit_code == 2
    assert "--threshold-pct must be a number >= 0" in result.output


def batch(boms: Path, out: Path) -> int:
    """Exit code of `cfp calc BOMS --out OUT --jobs 1`."""
    return CliRunner().invoke(app, ["calc", str(boms), "--out", str(out), "--jobs", "1"]).exit_code


def baseline_run(tmp_path: Path) -> Path:
    """boms/a.xlsx (MINIMAL_BOM) and boms/b.xlsx (1 kg SS400), computed into old/."""
    boms = tmp_path / "boms"
    boms.mkdir()
    write_book(boms / "a.xlsx", {"部品表": MINIMAL_BOM})
    write_book(boms / "b.xlsx", {"部品表": [["品番", "個数", "材質", "重量(kg)"],
                                        ["P-1", 1, "SS400", 1.0]]})
    assert batch(boms, tmp_path / "old") == 0
    return boms


def test_batch_results_end_to_end(tmp_path):
    # a.xlsx: P-2 changes from A6063 (10.8) to SS400 (1.91): 0.5 x (1.91 - 10.8) = -4.445;
    # b.xlsx: 1 kg -> 3 kg SS400: +3.82 kg (+200 %), above --threshold-pct 50
    boms = baseline_run(tmp_path)
    write_book(boms / "a.xlsx", {"部品表": [MINIMAL_BOM[0], MINIMAL_BOM[1],
                                        ["P-2", 1, "cover", "SS400", 0.5]]})
    write_book(boms / "b.xlsx", {"部品表": [["品番", "個数", "材質", "重量(kg)"],
                                        ["P-1", 1, "SS400", 3.0]]})
    assert batch(boms, tmp_path / "new") == 0
    report = compare(tmp_path / "old", tmp_path / "new", threshold_pct=50)
    a, b = report.products
    assert a.change_abs == pytest.approx(0.5 * (1.91 - 10.8))
    assert (a.lines[0].part_number, a.lines[0].old_flows, a.lines[0].new_flows) == (
        "P-2", ("A6063",), ("SS400",))
    assert b.change_pct == pytest.approx(200.0) and b.over_threshold
    assert b.lines[0].old_amount == pytest.approx(1.0)
    assert b.lines[0].new_amount == pytest.approx(3.0)
    assert report.exit_code == 1


def test_a_bom_the_new_batch_could_not_compute_fails_the_diff(tmp_path):
    # b.xlsx breaks (no quantity column): the new batch writes no b.json and lists it as
    # invalid in its summary. diff said "removed (not in the new results)" and exited 0,
    # so a broken BOM passed a CI regression gate; now "not computed", exit 1.
    boms = baseline_run(tmp_path)
    write_book(boms / "b.xlsx", {"部品表": [["品番", "材質", "重量(kg)"], ["P-1", "SS400", 1.0]]})
    assert batch(boms, tmp_path / "new") == 2
    report = compare(tmp_path / "old", tmp_path / "new")
    a, b = report.products
    assert (a.status, b.status, b.over_threshold, report.exit_code) == (
        "unchanged", "not_computed", True, 1)
    assert report.counts()["not_computed"] == 1 and report.counts()["removed"] == 0
    result = diff(tmp_path / "old", tmp_path / "new", "--lang", "en")
    assert result.exit_code == 1
    assert "NOT COMPUTED in the new run" in result.output
    assert "新しい実行で算定できませんでした" in diff(tmp_path / "old", tmp_path / "new",
                                                "--lang", "ja").output
    (tmp_path / "new" / "_summary.json").unlink()  # without the summary: only "removed"
    assert compare(tmp_path / "old", tmp_path / "new").products[1].status == "removed"


# --- malformed result files (issue 10): exit 2, each problem at its JSON path ----------
#
# `broken(**changes)` is the baseline's pump.json (columns shape, OLD_ROWS) with top-level
# keys replaced; `text(...)` is raw JSON text. COLUMNS: amount is column 5, kg_co2e 9.

def broken(**changes: object) -> str:
    return json.dumps({**result("Pump", 10.0, OLD_ROWS), **changes}, ensure_ascii=False)


def with_rows(rows: object, columns: object = COLUMNS) -> str:
    return broken(inventory={"columns": columns, "rows": rows})


def records(*rows: object) -> str:
    return broken(inventory=list(rows))


GOOD = broken()
MALFORMED = [
    ("not_json", "{not json",
     "not JSON: Expecting property name enclosed in double quotes at line 1, column 2."),
    ("empty", "", "not JSON: Expecting value at line 1, column 1."),
    ("not_utf8", b'{"product": "\xff"}', "not UTF-8 text: byte 13 cannot be decoded."),
    ("top_level_list", "[1, 2, 3]", "$: expected a JSON object {…}, found […]."),
    ("total_is_text", broken(total_kg_co2e="abc"),
     '$.total_kg_co2e: expected a finite number, found "abc".'),
    ("total_is_bool", broken(total_kg_co2e=True),
     "$.total_kg_co2e: expected a finite number, found true."),
    ("total_1e400", GOOD.replace('"total_kg_co2e": 10.0', '"total_kg_co2e": 1e400'),
     "$.total_kg_co2e: expected a finite number, found >1.8e308."),
    ("total_huge_integer", GOOD.replace('"total_kg_co2e": 10.0',
                                        '"total_kg_co2e": -1' + "0" * 5000),
     "$.total_kg_co2e: expected a finite number, found <-1.8e308."),
    ("total_nan", GOOD.replace('"total_kg_co2e": 10.0', '"total_kg_co2e": NaN'),
     "$.total_kg_co2e: expected a finite number, found NaN."),
    ("total_missing", json.dumps({"product": "x", "stages": {}, "inventory": []}),
     "$.total_kg_co2e is missing: expected a finite number."),
    ("product_is_a_list", broken(product=["x"]),
     "$.product: expected a text or null, found […]."),
    ("stages_is_a_list", broken(stages=[]), "$.stages: expected a JSON object {…}, found []."),
    ("stage_is_text", broken(stages={"materials": "abc"}),
     '$.stages.materials: expected a finite number, found "abc".'),
    ("stage_odd_key_infinity", GOOD.replace('"stages": {', '"stages": {"end of life": '
                                            "-Infinity, "),
     '$.stages["end of life"]: expected a finite number, found -Infinity.'),
    ("warnings_is_an_object", broken(warnings={}),
     "$.warnings: expected an array […], found {}."),
    ("warning_is_a_number", broken(warnings=[{"code": "x", "message": "y"}, 3]),
     "$.warnings[1]: expected a JSON object {…}, found 3."),
    ("inventory_is_a_number", broken(inventory=5),
     '$.inventory: expected an object {"columns": [...], "rows": [...]} or an array of row '
     "objects, found 5."),
    ("inventory_missing", json.dumps({"total_kg_co2e": 1.0, "stages": {}}),
     "$.inventory is missing: expected an object"),
    ("columns_scalar", broken(inventory={"columns": 5, "rows": 7}),
     "$.inventory.columns: expected an array […], found 5."),
    ("rows_missing", broken(inventory={"columns": COLUMNS}),
     "$.inventory.rows is missing: expected an array […]."),
    ("column_not_text", with_rows([], [*COLUMNS, 7]),
     "$.inventory.columns[10]: expected a text (string), found 7."),
    ("column_twice", with_rows([], [*COLUMNS, "flow"]),
     '$.inventory.columns[10]: the column "flow" is named twice (first at '
     "$.inventory.columns[3])."),
    ("column_missing", with_rows([], COLUMNS[:-1]),
     "$.inventory.columns: no column kg_co2e, which the comparison needs."),
    ("row_is_a_scalar", with_rows([OLD_ROWS[0], 5]),
     "$.inventory.rows[1]: expected an array […], found 5."),
    ("row_too_short", with_rows([OLD_ROWS[0], OLD_ROWS[1][:3]]),
     "$.inventory.rows[1] has 3 values for 10 columns."),
    ("amount_is_text", with_rows([*OLD_ROWS, [3, "P-3", "materials", "PP", None, "1.5 kg",
                                              "kg", 2.0, "pp", 3.0]]),
     '$.inventory.rows[3][5] (column amount): expected a finite number or null, '
     'found "1.5 kg".'),
    ("kg_is_null", with_rows([OLD_ROWS[0], [*OLD_ROWS[1][:9], None]]),
     "$.inventory.rows[1][9] (column kg_co2e): expected a finite number, found null."),
    ("kg_is_nan", with_rows([OLD_ROWS[0]]).replace("4.0]", "NaN]"),
     "$.inventory.rows[0][9] (column kg_co2e): expected a finite number, found NaN."),
    ("part_number_is_a_number", with_rows([[1, 101, *OLD_ROWS[0][2:]]]),
     "$.inventory.rows[0][1] (column part_number): expected a text (string), found 101."),
    ("unpaired_surrogate", with_rows([OLD_ROWS[0]]).replace('"P-1"', '"P-\\udc80"'),
     "$.inventory.rows[0][1] (column part_number): expected text without unpaired "
     'surrogates (such as \\udc80), found "P-\\udc80".'),
    ("record_is_a_string", records(dict(zip(COLUMNS, OLD_ROWS[0], strict=True)), "P-2"),
     '$.inventory[1]: expected a JSON object {…}, found "P-2".'),
    ("record_without_stage", records({"part_number": "P-1", "kg_co2e": 1.0}),
     "$.inventory[0].stage is missing: expected a text (string)."),
    ("record_factor_is_a_list", records({"part_number": "P-1", "stage": "materials",
                                         "factor": [1], "kg_co2e": 1.0}),
     "$.inventory[0].factor: expected a finite number or null, found […]."),
    ("duplicate_total", GOOD.replace('"total_kg_co2e": 10.0',
                                     '"total_kg_co2e": 10.0, "total_kg_co2e": 99.0'),
     '$: the key "total_kg_co2e" appears 2 times, so its value is ambiguous. Keep one.'),
    ("duplicate_stage", GOOD.replace('"stages": {', '"stages": {"materials": 1, '),
     '$.stages: the key "materials" appears 2 times'),
    ("duplicate_in_record", records({"part_number": "P-1", "stage": "materials",
                                     "kg_co2e": 1.0}).replace('"kg_co2e": 1.0',
                                                              '"kg_co2e": 1.0, "kg_co2e": 5'),
     '$.inventory[0]: the key "kg_co2e" appears 2 times'),
    ("deeply_nested", broken(stages={"materials": 1.0}).replace(
        '"materials": 1.0', '"materials": ' + "[" * 100_000 + "]" * 100_000),
     "arrays or objects are nested too deeply to be read"),
    ("deep_but_readable", broken(stages={"materials": 1.0}).replace(
        '"materials": 1.0', '"materials": ' + "[" * 100 + "]" * 100),
     "$.stages.materials: expected a finite number, found […]."),
    ("deeper_than_orjson_writes", broken(stages={"materials": 1.0}).replace(
        '"materials": 1.0', '"materials": ' + "[" * 300 + "]" * 300),
     "$.stages.materials: expected a finite number, found […]."),
]


@pytest.mark.parametrize(("content", "message"), [c[1:] for c in MALFORMED],
                         ids=[c[0] for c in MALFORMED])
def test_malformed_result_is_exit_2_at_its_json_path(sets, content, message):
    old, new = sets
    target = new / "pump.json"
    target.write_bytes(content if isinstance(content, bytes) else content.encode())
    result = diff(old, new, "--lang", "en")
    assert result.exit_code == 2, result.output
    assert not isinstance(result.exception, Exception) or isinstance(result.exception,
                                                                      SystemExit)
    assert "Traceback" not in result.output and "internal error" not in result.output
    assert f"{target}: {message}" in result.output
    with pytest.raises(MalformedResult) as raised:
        read_result(target)
    assert raised.value.problems[0].params["json_path"].startswith("$")


def test_valid_variants_still_read(sets, tmp_path):
    # a UTF-8 BOM and a colon spelt \u003a go the slow way (the stdlib) and are fine
    old, new = sets
    text = json.dumps(result("Pump", 12.4, NEW_ROWS)).replace('"grid"', '"grid\\u003a1"')
    (new / "pump.json").write_bytes(b"\xef\xbb\xbf" + text.encode())
    report = compare(old, new)
    pump = next(p for p in report.products if p.name == "pump.json")
    assert pump.change_abs == pytest.approx(2.4)
    assert pump.lines[1].new_factors == (("grid:1", 0.4),)


def test_several_problems_of_several_files_in_one_run(sets):
    # pump.json: three problems; motor.json (baseline side): one. Both files named.
    old, new = sets
    (new / "pump.json").write_text(broken(total_kg_co2e="x", stages=[], warnings=5))
    (old / "motor.json").write_text(broken(product=1))
    result = diff(old, new, "--lang", "en")
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.startswith("•")]
    assert [line.split(": ")[1] for line in lines] == [
        "$.product", "$.total_kg_co2e", "$.stages", "$.warnings"]
    assert str(old / "motor.json") in lines[0] and str(new / "pump.json") in lines[1]


def test_problems_are_bounded_per_file(sets):
    # 1,000 rows with a text amount: 20 listed, the other 980 counted
    old, new = sets
    bad = [1, "P-1", "materials", "SS400", None, "two", "kg", 2.0, "steel", 4.0]
    (new / "pump.json").write_text(with_rows([bad] * 1000))
    result = diff(old, new, "--lang", "en")
    assert result.exit_code == 2
    assert result.output.count("(column amount): expected a finite number or null") == 20
    assert "$.inventory.rows[19][5]" in result.output
    assert "... and 980 more problems of the same kinds." in result.output


def test_result_file_above_the_size_limit_is_refused_unread(sets, monkeypatch):
    old, new = sets
    big = new / "pump.json"
    with big.open("r+b") as handle:  # sparse: 600 MiB that take no disk space
        handle.truncate(600 * 2**20)
    result = diff(old, new, "--lang", "en")
    assert result.exit_code == 2
    assert (f"{big}: the file is 600 MB, more than the 512 MB cfp reads as a result (a "
            "100,000-line BOM's result is about 150 MB).") in result.output
    monkeypatch.setattr("cfp.lca.app.diff.MAX_RESULT_BYTES", 100)  # the limit is one constant
    (new / "pump.json").write_text(GOOD)
    assert "more than the 0 MB" in diff(old, new, "--lang", "en").output


def test_malformed_result_in_japanese(sets):
    old, new = sets
    (new / "pump.json").write_text(broken(stages=[]))
    result = diff(old, new, "--lang", "ja")
    assert result.exit_code == 2
    assert "$.stages: JSON オブジェクト {…}が必要ですが「[]」です。" in result.output
    assert "入力の問題" in result.output


def test_malformed_baseline_of_a_batch_run_is_exit_2(tmp_path):
    boms, baseline = tmp_path / "boms", tmp_path / "baseline"
    boms.mkdir()
    baseline.mkdir()
    write_book(boms / "a.xlsx", {"部品表": MINIMAL_BOM})
    (baseline / "a.json").write_text(broken(total_kg_co2e=None))
    result = CliRunner().invoke(app, ["calc", str(boms), "--out", str(tmp_path / "new"),
                                      "--baseline", str(baseline), "--lang", "en"])
    assert result.exit_code == 2
    assert (f"{baseline / 'a.json'}: $.total_kg_co2e: expected a finite number, found null"
            in result.output)


def test_malformed_result_through_the_real_process(sets):
    # the real `cfp` process: exit 2, the problem on stderr, nothing on stdout
    old, new = sets
    (new / "pump.json").write_text(with_rows([OLD_ROWS[0], [1, 2]]))
    proc = subprocess.run([str(CFP), "diff", str(old), str(new), "--lang", "en"],
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 2
    assert f"{new / 'pump.json'}: $.inventory.rows[1] has 2 values for 10 columns." in \
        proc.stderr
    assert "Traceback" not in proc.stderr and proc.stdout == ""


def test_every_calc_result_of_the_samples_passes(tmp_path):
    # the real `cfp calc` on every sample, as single files (--format json) and as a batch
    # (--out): each result reads back, and a result diffed with itself is unchanged
    samples = sorted(SAMPLES.glob("*.xlsx"))
    assert len(samples) >= 2
    for sample in samples:
        out = tmp_path / f"{sample.stem}.json"
        subprocess.run([str(CFP), "calc", str(sample), "--format", "json", "-o", str(out)],
                       check=True, capture_output=True)
        assert read_result(out) is not None
        proc = subprocess.run([str(CFP), "diff", str(out), str(out)], capture_output=True,
                              text=True, check=False)
        assert proc.returncode == 0, proc.stderr
    proc = subprocess.run([str(CFP), "calc", str(SAMPLES), "--out", str(tmp_path / "batch"),
                           "--jobs", "1"], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    proc = subprocess.run([str(CFP), "diff", str(tmp_path / "batch"), str(tmp_path),
                           "--format", "json"], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    counts = json.loads(proc.stdout)["counts"]
    assert counts["unchanged"] == len(samples) and counts["increased"] == 0


def test_moved_lines_of_a_real_change_from_both_shapes(tmp_path):
    # the public moved_lines reads documents of either shape, like compare
    old = result("Pump", 10.0, OLD_ROWS, "records")
    new = result("Pump", 12.4, NEW_ROWS)
    first, second = moved_lines(old, new)
    assert (first.part_number, first.old_flows, first.new_flows) == (
        "P-1", ("SS400",), ("SUS304",))
    assert (second.old_amount, second.new_amount, second.unit) == (5.0, 6.0, "kWh")


def heat_rows(gas_cycle: float, gas_setup: float) -> list[list[object]]:
    """熱処理 of P-1: electricity 2.0 + 1.0 kWh (x 0.388) and city gas in m3 (x 2.09)."""
    return [[1, "P-1", "processing", "electricity (cycle)", "熱処理", 2.0, "kWh", 0.388,
             "grid", 2.0 * 0.388],
            [1, "P-1", "processing", "electricity (setup)", "熱処理", 1.0, "kWh", 0.388,
             "grid", 1.0 * 0.388],
            [1, "P-1", "processing", "fuel city_gas_13a (cycle)", "熱処理", gas_cycle, "m3",
             2.09, "city_gas_13a", gas_cycle * 2.09],
            [1, "P-1", "processing", "fuel city_gas_13a (setup)", "熱処理", gas_setup, "m3",
             2.09, "city_gas_13a", gas_setup * 2.09]]


def test_amounts_of_different_units_are_never_added(tmp_path):
    # review F6: kWh 2 + 1 = 3 -> 3 (unchanged) and gas 4 + 0.8 = 4.8 -> 2 + 0.4 = 2.4 m3;
    # not "7.8 -> 5.4 kWh". kg-CO2e still sums over the group: 3 x 0.388 = 1.164 plus
    # 4.8 x 2.09 = 10.032 -> 2.4 x 2.09 = 5.016, so 11.196 -> 6.18 (-5.016)
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    old_rows, new_rows = heat_rows(4.0, 0.8), heat_rows(2.0, 0.4)
    old.write_text(json.dumps(result("Heat", 11.196, old_rows)), encoding="utf-8")
    new.write_text(json.dumps(result("Heat", 6.18, new_rows)), encoding="utf-8")
    (line,) = compare(old, new).products[0].lines
    assert (line.old_kg, line.new_kg, line.delta) == (
        pytest.approx(11.196), pytest.approx(6.18), pytest.approx(-5.016))
    assert [(u, pytest.approx(a), pytest.approx(b)) for u, a, b in line.amounts] == [
        ("kWh", 3.0, 3.0), ("m3", 4.8, 2.4)]
    assert (line.old_amount, line.new_amount, line.unit) == (None, None, None)
    out = diff(old, new, "--lang", "en").output
    assert "P-1 Processing 熱処理: 11.2 → 6.18 (-5.016); amount 3 → 3 kWh, 4.8 → 2.4 m3" in out
    assert "7.8" not in out
    doc = json.loads(diff(old, new, "--format", "json").output)
    (data,) = doc["products"][0]["lines"]
    assert (data["old_amount"], data["new_amount"], data["unit"]) == (None, None, None)
    assert [(a["unit"], a["old_amount"], a["new_amount"]) for a in data["amounts"]] == [
        ("kWh", pytest.approx(3.0), pytest.approx(3.0)),
        ("m3", pytest.approx(4.8), pytest.approx(2.4))]
    # gas only on one side (electricity kept): a dash, never a number made up
    new.write_text(json.dumps(result("Heat", 1.164, heat_rows(2.0, 0.4)[:2])),
                   encoding="utf-8")
    out = diff(old, new, "--lang", "en").output
    assert "amount 3 → 3 kWh, 4.8 → — m3" in out


def test_one_unit_keeps_the_single_amount(sets):
    pump = next(p for p in compare(*sets).products if p.name == "pump.json")
    line = pump.lines[1]
    assert line.amounts == (("kWh", 5.0, 6.0),)
    assert (line.old_amount, line.new_amount, line.unit) == (5.0, 6.0, "kWh")


def _pair(tmp_path, old_basis: dict[str, str], new_basis: dict[str, str],
          new_total: float) -> tuple[Path, Path]:
    # the same product: 10.0 kg-CO2e per piece in the baseline; a 2.5 kg piece
    # declared per kilogram gives 10.0 / 2.5 = 4.0, a "decrease" of 60 % that is none
    paths = []
    for name, basis, total in (("old", old_basis, 10.0), ("new", new_basis, new_total)):
        data = {**result("Pump", total), **basis}
        path = tmp_path / name / "pump.json"
        path.parent.mkdir(parents=True)
        path.write_text(json.dumps(data), encoding="utf-8")
        paths.append(path)
    return paths[0], paths[1]


def test_another_declared_unit_is_not_comparable(tmp_path):
    old, new = _pair(tmp_path, {"declared_unit": "1 piece", "gwp": "AR6"},
                     {"declared_unit": "1 kg", "gwp": "AR6"}, 4.0)
    run = diff(old, new, "--format", "json")
    assert run.exit_code == 1, run.output  # was 0: "decreased -6.0 (-60 %)"
    (pump,) = json.loads(run.stdout)["products"]
    assert pump["status"] == "decreased" and pump["change_kg_co2e"] == pytest.approx(-6.0)
    assert pump["over_threshold"] is True
    assert pump["differs"] == {"declared_unit": {"old": "1 piece", "new": "1 kg"}}
    table = diff(old, new)
    assert table.exit_code == 1
    assert "declared unit differs: 1 piece → 1 kg: the totals are not comparable" \
        in table.output
    ja = diff(old, new, "--lang", "ja")
    assert "宣言単位が異なります: 1 piece → 1 kg。合計は比較できません" in ja.output
    # the same total per another declared unit is no "unchanged" either
    old2, new2 = _pair(tmp_path / "same", {"declared_unit": "1 piece"},
                       {"declared_unit": "1 kg"}, 10.0)
    assert diff(old2, new2).exit_code == 1


def test_another_gwp_set_is_said(tmp_path):
    # AR5 -> AR6, 10.0 -> 10.2 (+2 %), within --threshold-pct 5: passes, with the note
    old, new = _pair(tmp_path, {"declared_unit": "1 piece", "gwp": "AR5"},
                     {"declared_unit": "1 Piece", "gwp": "AR6"}, 10.2)
    run = diff(old, new, "--threshold-pct", 5)
    assert run.exit_code == 0, run.output
    assert "GWP set differs: AR5 → AR6: part of the change is the characterisation" \
        in run.output
    assert "declared unit" not in run.output  # "1 piece" and "1 Piece" are one unit
    data = json.loads(diff(old, new, "--threshold-pct", 5, "--format", "json").stdout)
    assert data["products"][0]["differs"] == {"gwp": {"old": "AR5", "new": "AR6"}}
