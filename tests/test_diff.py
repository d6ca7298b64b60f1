"""`cfp diff BASELINE RESULTS` (issue 5): per-product change, why, thresholds, exit codes.

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

import pytest
from builders import MINIMAL_BOM, write_book
from typer.testing import CliRunner

from cfp.cli.main import app
from cfp.lca.diff import ResultReadError, compare, exceeds, inventory_rows

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
    assert ("4 products: 1 increased, 0 decreased, 1 unchanged, 1 new, 1 removed; "
            "1 above the threshold. Exit code 1.") in out


def test_cli_threshold_passes_and_japanese(sets):
    result = diff(*sets, "--threshold-pct", 30, "--lang", "ja")
    assert result.exit_code == 0
    assert "変化の大きい明細" in result.output
    assert "しきい値超過 0" in result.output


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
    (lambda old, new: (new / "pump.json").write_text("{not json"), "pump.json: not a cfp result"),
    (lambda old, new: (new / "pump.json").write_text('{"product": "x"}'), "no total_kg_co2e"),
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


def test_batch_results_end_to_end(tmp_path):
    # a.xlsx: P-2 changes from A6063 (10.8) to SS400 (1.91): 0.5 x (1.91 - 10.8) = -4.445;
    # b.xlsx: 1 kg -> 3 kg SS400: +3.82 kg (+200 %), above --threshold-pct 50
    boms = tmp_path / "boms"
    boms.mkdir()
    write_book(boms / "a.xlsx", {"部品表": MINIMAL_BOM})
    write_book(boms / "b.xlsx", {"部品表": [["品番", "個数", "材質", "重量(kg)"],
                                        ["P-1", 1, "SS400", 1.0]]})
    runner = CliRunner()
    assert runner.invoke(app, ["calc", str(boms), "--out", str(tmp_path / "old"),
                               "--jobs", "1"]).exit_code == 0
    write_book(boms / "a.xlsx", {"部品表": [MINIMAL_BOM[0], MINIMAL_BOM[1],
                                        ["P-2", 1, "cover", "SS400", 0.5]]})
    write_book(boms / "b.xlsx", {"部品表": [["品番", "個数", "材質", "重量(kg)"],
                                        ["P-1", 1, "SS400", 3.0]]})
    assert runner.invoke(app, ["calc", str(boms), "--out", str(tmp_path / "new"),
                               "--jobs", "1"]).exit_code == 0
    report = compare(tmp_path / "old", tmp_path / "new", threshold_pct=50)
    a, b = report.products
    assert a.change_abs == pytest.approx(0.5 * (1.91 - 10.8))
    assert (a.lines[0].part_number, a.lines[0].old_flows, a.lines[0].new_flows) == (
        "P-2", ("A6063",), ("SS400",))
    assert b.change_pct == pytest.approx(200.0) and b.over_threshold
    assert b.lines[0].old_amount == pytest.approx(1.0)
    assert b.lines[0].new_amount == pytest.approx(3.0)
    assert report.exit_code == 1
