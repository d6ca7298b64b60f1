"""Batch runs (issue 5): many BOMs in one `cfp calc`, summary, gates, JUnit, exit codes.

Fixture folder (each BOM checkable by hand; built-in factors steel 1.91 kg/kg for SS400,
aluminium 10.8 kg/kg for A6063; no raw weight, so no scrap and no waste flow):

    a.xlsx    Product A: 2 x 1.5 kg SS400 + 1 x 0.5 kg A6063 = 5.73 + 5.4 = 11.13 kg-CO2e
    b.xlsx    Product B: 1 x 1.0 kg SS400                      = 1.91 kg-CO2e
    bad.xlsx  quantity 'two' (B2) and -1 (B3): invalid input
    ~$a.xlsx  an Excel lock file (not a workbook): must be skipped, not reported
    notes.txt not a BOM: skipped
"""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from builders import MINIMAL_BOM, write_book
from typer.testing import CliRunner

from cfp.cli.main import app
from cfp.lca.app import batch
from cfp.lca.errors import UsageError

A_TOTAL, B_TOTAL = 2 * 1.5 * 1.91 + 0.5 * 10.8, 1.0 * 1.91
PINNED = "2026-04-01T09:00:00+09:00"  # = 2026-04-01T00:00:00Z


def make_good(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    write_book(folder / "a.xlsx", {"部品表": MINIMAL_BOM, "設定": [["製品名", "Product A"]]})
    write_book(folder / "b.xlsx", {"部品表": [["品番", "個数", "材質", "重量(kg)"],
                                          ["P-1", 1, "SS400", 1.0]],
                                   "設定": [["製品名", "Product B"]]})
    (folder / "~$a.xlsx").write_bytes(b"\x00lock")
    (folder / "notes.txt").write_text("not a BOM")
    return folder


def make_mixed(folder: Path) -> Path:
    make_good(folder)
    write_book(folder / "bad.xlsx", {"部品表": [["品番", "個数", "材質", "重量(kg)"],
                                            ["P-1", "two", "SS400", 1.0],
                                            ["P-2", -1, "SS400", 1.0]]})
    return folder


def cfp(*args: object, env: dict[str, str] | None = None):
    result = CliRunner().invoke(app, ["calc", *map(str, args)],
                                env={"COLUMNS": "200", **(env or {})})
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result


@pytest.fixture(scope="module")
def mixed_run(tmp_path_factory):
    """One parallel run over the mixed folder, shared by the tests that only read it."""
    root = tmp_path_factory.mktemp("mixed")
    boms = make_mixed(root / "boms")
    result = cfp(boms, "--out", root / "out", "--junit", root / "junit.xml", "--jobs", 2,
                 "--lang", "en")
    return root, result


# --- inputs ---------------------------------------------------------------------------

def test_expand_folder_glob_and_files(tmp_path):
    boms = make_good(tmp_path / "boms")
    (boms / "sub").mkdir()
    write_book(boms / "sub" / "c.xlsm", {"部品表": MINIMAL_BOM})
    assert batch.expand_inputs([boms]) == [boms / "a.xlsx", boms / "b.xlsx"]
    deep = batch.expand_inputs([Path(f"{boms}/**/*.xls?")])
    assert deep == [boms / "a.xlsx", boms / "b.xlsx", boms / "sub" / "c.xlsm"]
    # a file named twice (also through its folder) is computed once; order is by path
    assert batch.expand_inputs([boms / "b.xlsx", boms]) == [boms / "a.xlsx", boms / "b.xlsx"]


@pytest.mark.parametrize(("make", "message"), [
    (lambda d: d, "no BOM workbooks (*.xlsx, *.xlsm) in folder"),
    (lambda d: d / "*.xlsx", "no BOM workbooks (*.xlsx, *.xlsm) match"),
])
def test_nothing_to_compute_is_a_usage_error(tmp_path, make, message):
    (tmp_path / "~$lock.xlsx").write_bytes(b"x")
    with pytest.raises(UsageError, match=re.escape(message)):
        batch.expand_inputs([make(tmp_path)])


def test_two_boms_writing_the_same_result_file(tmp_path):
    for sub in ("x", "y"):
        (tmp_path / sub).mkdir()
        write_book(tmp_path / sub / "a.xlsx", {"部品表": MINIMAL_BOM})
    result = cfp(tmp_path / "x", tmp_path / "y", "--out", tmp_path / "out", "--lang", "en")
    assert result.exit_code == 2
    assert "would both write a.json" in result.output


# --- a mixed folder: one bad BOM does not stop the others ---------------------------------

def test_mixed_folder_exit_2_and_plain_lines(mixed_run):
    root, result = mixed_run
    assert result.exit_code == 2
    out = result.output
    # CliRunner is not a terminal: one plain line per BOM (in completion order)
    lines = [line for line in out.splitlines() if line.startswith("[")]
    assert len(lines) == 3
    assert any(line.endswith("Product A  11.130 kg-CO2e") and "ok:" in line for line in lines)
    assert any("invalid input:" in line and line.endswith(
        "bad.xlsx  部品表!B2: 'two' is not a number. Enter a number (e.g. 1200 or 1,200) or "
        "'-' for none.") for line in lines)
    assert "~$a" not in out and "notes.txt" not in out
    # the summary names the bad file and its first errors, each with its cell
    assert "bad.xlsx: 2 problem(s)" in out
    assert "部品表!B2: 'two' is not a number" in out
    assert "3 BOMs: 2 ok, 0 over budget, 1 invalid, 0 internal errors" in out
    assert "Exit code 2." in out


def test_mixed_folder_outputs(mixed_run):
    root, _ = mixed_run
    out = root / "out"
    assert sorted(p.name for p in out.iterdir()) == [
        "_summary.csv", "_summary.json", "a.json", "b.json"]
    a = json.loads((out / "a.json").read_text(encoding="utf-8"))
    assert a["total_kg_co2e"] == pytest.approx(A_TOTAL)
    summary = json.loads((out / "_summary.json").read_text(encoding="utf-8"))
    assert summary["exit_code"] == 2
    assert summary["counts"] == {"ok": 2, "gate_failed": 0, "invalid": 1, "error": 0}
    by_name = {Path(r["file"]).name: r for r in summary["boms"]}
    assert [Path(r["file"]).name for r in summary["boms"]] == ["a.xlsx", "b.xlsx", "bad.xlsx"]
    assert by_name["a.xlsx"]["product"] == "Product A"
    assert by_name["a.xlsx"]["total_kg_co2e"] == pytest.approx(A_TOTAL)
    assert by_name["a.xlsx"]["stages"]["materials"] == pytest.approx(A_TOTAL)
    assert by_name["a.xlsx"]["result"] == "a.json"
    bad = by_name["bad.xlsx"]
    assert bad["status"] == "invalid" and bad["total_kg_co2e"] is None
    assert bad["problem_count"] >= 2
    assert "部品表!B2" in bad["problems"][0]
    rows = list(csv.DictReader(io.StringIO(
        (out / "_summary.csv").read_text(encoding="utf-8-sig"))))
    assert [r["status"] for r in rows] == ["ok", "ok", "invalid"]
    assert float(rows[1]["total_kg_co2e"]) == pytest.approx(B_TOTAL)
    assert rows[2]["total_kg_co2e"] == "" and "部品表!B2" in rows[2]["first_problem"]


def test_junit_has_one_case_per_bom(mixed_run):
    root, _ = mixed_run
    suites = ET.parse(root / "junit.xml").getroot()
    suite = suites.find("testsuite")
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("3", "0", "1")
    cases = suite.findall("testcase")
    assert [Path(c.get("name")).name for c in cases] == ["a.xlsx", "b.xlsx", "bad.xlsx"]
    error = cases[2].find("error")
    assert error.get("type") == "invalid" and "部品表!B2" in error.get("message")
    assert cases[0].find("error") is None and cases[0].find("failure") is None


# --- gates -------------------------------------------------------------------------------

def test_fail_above_exit_1_and_junit_failure(tmp_path):
    boms = make_good(tmp_path / "boms")
    junit = tmp_path / "junit.xml"
    result = cfp(boms, "--fail-above", 5, "--junit", junit, "--jobs", 1, "--lang", "en")
    assert result.exit_code == 1
    assert "11.130 kg-CO2e is above the budget of 5 kg-CO2e" in result.output
    suite = ET.parse(junit).getroot().find("testsuite")
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("2", "1", "0")
    failure = suite.findall("testcase")[0].find("failure")
    assert failure.get("type") == "gate"
    assert cfp(boms, "--fail-above", 20, "--jobs", 1).exit_code == 0


def test_budgets_file_wins_over_product_and_fail_above(tmp_path):
    boms = make_good(tmp_path / "boms")
    budgets = tmp_path / "budgets.csv"
    # a.xlsx by file name: 12 (pass, although --fail-above 1 and its product row say
    # less); Product B by product: 1.5 < 1.91 (fail); an unknown product: a warning
    budgets.write_text("product,file,max_kg_co2e\nProduct A,,1\n,a.xlsx,12\n"
                       "Product B,,1.5\nProduct Z,,3\n", encoding="utf-8")
    result = cfp(boms, "--budgets", budgets, "--fail-above", 1, "--out", tmp_path / "out",
                 "--jobs", 1, "--lang", "en")
    assert result.exit_code == 1
    assert "the budget for product 'Product Z' matches no BOM" in result.output
    summary = json.loads((tmp_path / "out" / "_summary.json").read_text(encoding="utf-8"))
    a, b = summary["boms"]
    assert (a["status"], a["budget_kg_co2e"]) == ("ok", 12.0)
    assert (b["status"], b["budget_kg_co2e"]) == ("gate_failed", 1.5)


def test_invalid_input_wins_over_a_failed_gate(tmp_path):
    boms = make_mixed(tmp_path / "boms")
    result = cfp(boms, "--fail-above", 5, "--jobs", 1, "--lang", "en")
    assert result.exit_code == 2
    assert "3 BOMs: 1 ok, 1 over budget, 1 invalid" in result.output


@pytest.mark.parametrize(("text", "message"), [
    ("name,limit\nx,1\n", "needs a column 'product' or 'file' and a column 'max_kg_co2e'"),
    ("product,max_kg_co2e\nProduct A,lots\n", "row 2: max_kg_co2e 'lots' is not a number"),
    ("product,max_kg_co2e\nProduct A,-1\n", "row 2: max_kg_co2e '-1' is not a number >= 0"),
])
def test_bad_budgets_file_is_exit_2(tmp_path, text, message):
    boms = make_good(tmp_path / "boms")
    (tmp_path / "budgets.csv").write_text(text, encoding="utf-8")
    result = cfp(boms, "--budgets", tmp_path / "budgets.csv", "--lang", "en")
    assert result.exit_code == 2
    assert message in " ".join(result.output.replace("│", " ").split())


def test_budgets_in_shift_jis_with_japanese_headers(tmp_path):
    (tmp_path / "b.csv").write_bytes("製品名,上限\nProduct A,20\n".encode("cp932"))
    budgets = batch.read_budgets(tmp_path / "b.csv")
    assert budgets.by_product == {"Product A": 20.0}


# --- baseline, stale results, internal errors ------------------------------------------------

def test_baseline_change_and_stale_result_removed(tmp_path):
    boms = make_good(tmp_path / "boms")
    assert cfp(boms, "--out", tmp_path / "old", "--jobs", 1).exit_code == 0
    # b.xlsx: 1.0 kg -> 2.0 kg of SS400 = 3.82 (+1.91, +100 %); a.xlsx becomes invalid
    write_book(boms / "b.xlsx", {"部品表": [["品番", "個数", "材質", "重量(kg)"],
                                        ["P-1", 1, "SS400", 2.0]],
                                 "設定": [["製品名", "Product B"]]})
    write_book(boms / "a.xlsx", {"部品表": [["品番", "個数"], ["P-1", 0]]})
    (tmp_path / "new").mkdir()
    (tmp_path / "new" / "a.json").write_text("{}")  # stale result of an earlier run
    result = cfp(boms, "--out", tmp_path / "new", "--baseline", tmp_path / "old", "--jobs", 1,
                 "--lang", "en")
    assert result.exit_code == 2
    assert not (tmp_path / "new" / "a.json").exists()
    b = json.loads((tmp_path / "new" / "_summary.json").read_text(encoding="utf-8"))["boms"][1]
    assert b["baseline_kg_co2e"] == pytest.approx(B_TOTAL)
    assert b["change_kg_co2e"] == pytest.approx(B_TOTAL)
    assert b["change_pct"] == pytest.approx(100.0)
    assert "+100.0%" in result.output


def test_internal_error_is_status_error_exit_3(tmp_path, monkeypatch):
    import cfp.lca.api

    boms = make_good(tmp_path / "boms")

    def broken(path, options=None):
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(cfp.lca.api, "calculate", broken)
    outcome = batch.run(batch.BatchSpec(paths=[boms], jobs=1))
    assert [r.status for r in outcome.records] == ["error", "error"]
    assert "ZeroDivisionError: boom" in outcome.records[0].problems[0]
    assert outcome.exit_code == 3


# --- reproducible output -----------------------------------------------------------------

def test_reruns_are_byte_identical(tmp_path, monkeypatch):
    make_mixed(tmp_path / "boms")
    monkeypatch.chdir(tmp_path)
    for name, jobs in (("one", 2), ("two", 1)):  # also independent of the job count
        result = cfp("boms", "--out", name, "--junit", f"{name}/junit.xml", "--jobs", jobs,
                     "--timestamp", PINNED)
        assert result.exit_code == 2
    one, two = tmp_path / "one", tmp_path / "two"
    names = sorted(p.name for p in one.iterdir())
    assert names == sorted(p.name for p in two.iterdir())
    for name in names:
        assert (one / name).read_bytes() == (two / name).read_bytes(), name
    summary = json.loads((one / "_summary.json").read_text(encoding="utf-8"))
    assert summary["created"] == "2026-04-01T00:00:00Z"
    suite = ET.parse(one / "junit.xml").getroot().find("testsuite")
    assert suite.get("timestamp") == "2026-04-01T00:00:00"
    assert {c.get("time") for c in suite.iter("testcase")} == {"0.000"}


def test_source_date_epoch_pins_time_and_bad_values_are_usage_errors(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1775001600")
    assert batch.iso(batch.resolve_time(None)[0]) == "2026-04-01T00:00:00Z"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    with pytest.raises(UsageError, match="SOURCE_DATE_EPOCH=yesterday"):
        batch.resolve_time(None)
    with pytest.raises(UsageError, match="not an ISO 8601 time"):
        batch.resolve_time("1st of April")


# --- output formats and languages -------------------------------------------------------------

def test_format_json_prints_the_summary_on_stdout(tmp_path):
    boms = make_good(tmp_path / "boms")
    result = CliRunner().invoke(app, ["calc", str(boms), "--format", "json", "--jobs", "1",
                                      "--timestamp", PINNED])
    assert result.exit_code == 0
    summary = json.loads(result.stdout)
    assert [r["product"] for r in summary["boms"]] == ["Product A", "Product B"]


def test_japanese_messages(tmp_path):
    boms = make_mixed(tmp_path / "boms")
    result = cfp(boms, "--jobs", 1, "--lang", "ja", "--fail-above", 5)
    assert result.exit_code == 2
    assert "上限超過" in result.output and "入力エラー" in result.output
    assert "部品表 3 件: 正常 1、上限超過 1、入力エラー 1" in result.output


def test_terminal_progress_bar(tmp_path, monkeypatch):
    from rich.console import Console

    from cfp.cli import common

    screen = io.StringIO()
    monkeypatch.setattr(common, "stderr_console",
                        lambda: Console(file=screen, force_terminal=True, width=120))
    boms = make_mixed(tmp_path / "boms")
    assert cfp(boms, "--jobs", 1, "--lang", "en").exit_code == 2
    shown = screen.getvalue()
    assert "3/3" in shown  # the bar's counter
    assert "invalid input:" in shown  # a bad BOM is printed above the bar as it happens


# --- the CI example stays true ----------------------------------------------------------------

CI = Path(__file__).parent.parent / "samples" / "ci"


def test_ci_example_uses_only_existing_options():
    from typer.main import get_command

    commands = get_command(app).commands  # type: ignore[attr-defined]
    text = (CI / "github-actions.yml").read_text(encoding="utf-8").replace("\\\n", " ")
    used = re.findall(r"\bcfp (calc|diff)\b([^\n|]*)", text)
    used += [("calc", m) for m in re.findall(r"args=\(([^)]*)\)", text)]
    assert {name for name, _ in used} == {"calc", "diff"}
    for name, rest in used:
        known = {opt for p in commands[name].params for opt in p.opts}
        for option in re.findall(r"(--[a-z-]+)", rest):
            assert option in known, f"cfp {name} has no option {option}"


def test_ci_budgets_pass_on_the_samples(tmp_path):
    samples = CI.parent
    result = cfp(samples / "machined-assembly-ja.xlsx", samples / "multilevel-en.xlsx",
                 "--budgets", CI / "budgets.csv", "--jobs", 1, "--lang", "en")
    assert result.exit_code == 0, result.output
    assert "2 BOMs: 2 ok" in result.output


# --- the summary table on a file or pipe -------------------------------------------------------

NAMES = ["bom.xlsx", "部品表-製品A.xlsx", "a/b/c.xlsx", "x", "ベンチマーク", "é", "[red]x[/]",
         "a:smile:b", "a\\b"]


@pytest.mark.parametrize("seed", range(40))
def test_plain_summary_table_is_what_rich_prints(seed):
    """`plain_table` (made directly, ~0.8 ms a row faster) gives the bytes rich gives for
    the same table on a non-terminal, or None where rich would fold or wrap."""
    import random

    from rich.console import Console

    from cfp.cli.batch import _rich_table, plain_table
    from cfp.lca.messages import tr

    rng = random.Random(seed)
    decided = 0
    for _ in range(10):
        columns = [("File", "left"), ("製品", "left"), ("kg-CO2e", "right")]
        columns += [("Baseline", "right"), ("Change", "right"), ("%", "right")] \
            if rng.random() < 0.5 else []
        columns += [("Budget", "right")] if rng.random() < 0.3 else []
        columns.append(("Status", "left"))
        rows = [([rng.choice(NAMES) * rng.randint(1, 3), rng.choice(NAMES + [""])]
                 + [f"{rng.uniform(-1e4, 1e4):,.3f}" if rng.random() < 0.8 else ""
                    for _ in columns[2:-1]],
                 rng.choice(["ok", "invalid", "gate_failed", "error"]))
                for _ in range(rng.randint(0, 6))]
        width, title = rng.choice([40, 80, 160]), rng.choice(["Batch summary", "一括計算の結果"])
        rows = [(cells + [tr(f"batch.status.{status}", "ja")], status) for cells, status in rows]
        buffer = io.StringIO()
        Console(file=buffer, width=width, highlight=False, emoji=False).print(
            _rich_table(title, columns, rows, width))
        plain = plain_table(title, columns, [cells for cells, _status in rows], width)
        if plain is not None:
            decided += 1
            assert plain == buffer.getvalue()
    assert decided  # some of the tables are laid out directly


# --- PDF reports in parallel ------------------------------------------------------------------

#: Typst's threads do not survive a fork (lca/render/pdf.py): a worker forked from a
#: process that has typeset a PDF waits forever. These runs are separate processes with a
#: timeout, so that such a hang fails the test instead of stopping the suite.
PDF_BATCH_TIMEOUT = 180
TYPESET_FIRST = """
import sys
from pathlib import Path
from cfp.lca.app import batch
from cfp.lca.render import pdf
from cfp.lca.api import calculate
from cfp.lca.render.model import build_model
from cfp.lca.render.reports import resolve_created
# this process typesets a PDF before the batch: its workers must not be forked from it
pdf.sheet_pdf(build_model(calculate(Path(sys.argv[1]) / "a.xlsx"), "en",
                          resolve_created(sys.argv[3])))
assert pdf.typst_used() and batch._pool_context().get_start_method() == "forkserver"
outcome = batch.run(batch.BatchSpec(paths=[Path(sys.argv[1])], out_dir=Path(sys.argv[2]),
                                    reports=["pdf"], jobs=2, timestamp=sys.argv[3]))
print(len(outcome.records))
"""


def _pdfs(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*.pdf")}


def test_batch_with_pdf_reports_in_parallel(tmp_path):
    import subprocess
    import sys

    from pypdf import PdfReader

    boms = make_good(tmp_path / "boms")
    write_book(boms / "c.xlsx", {"部品表": MINIMAL_BOM, "設定": [["製品名", "Product C"]]})
    command = [str(Path(sys.executable).with_name("cfp")), "calc", str(boms), "--report", "pdf",
               "--timestamp", PINNED, "--lang", "en"]
    for name, jobs in (("two", 2), ("one", 1)):
        run = subprocess.run([*command, "--out", str(tmp_path / name), "--jobs", str(jobs)],
                             capture_output=True, text=True, timeout=PDF_BATCH_TIMEOUT)
        assert run.returncode == 0, run.stderr
    pdfs = _pdfs(tmp_path / "two")
    assert sorted(pdfs) == [f"{stem}/{stem}-{kind}.pdf" for stem in ("a", "b", "c")
                            for kind in ("report", "sheet")]
    assert pdfs == _pdfs(tmp_path / "one")  # the same bytes whatever the job count
    sheet = PdfReader(tmp_path / "two" / "c" / "c-sheet.pdf")
    assert len(sheet.pages) == 1 and "Product C" in sheet.pages[0].extract_text()
    # a process that has typeset a PDF starts its workers with forkserver, not fork
    run = subprocess.run([sys.executable, "-c", TYPESET_FIRST, str(boms), str(tmp_path / "fs"),
                          PINNED], capture_output=True, text=True, timeout=PDF_BATCH_TIMEOUT)
    assert run.returncode == 0 and run.stdout.split() == ["3"], run.stderr
    assert _pdfs(tmp_path / "fs") == pdfs


@pytest.mark.parametrize("value", ["nan", "-1", "inf"])
def test_a_fail_above_that_no_total_can_exceed_is_refused(tmp_path, value):
    # --fail-above nan compares false with every total: the gate was silently off (exit 0,
    # status ok, budget "nan")
    boms = make_good(tmp_path / "boms")
    result = cfp(boms, "--out", tmp_path / "o", "--fail-above", value, "--lang", "en")
    assert result.exit_code == 2
    assert "use a number of at least 0" in result.output
    assert not (tmp_path / "o").exists()


def test_the_summary_csv_rounds_numbers_for_people():
    # The summary CSV gave 15.623987195523076 where the inventory CSV gives 6 significant
    # digits; the JSON keeps full precision.
    from datetime import UTC, datetime

    from cfp.lca.app.batch import BatchOutcome, BomRecord, summary_csv

    record = BomRecord(file="a.xlsx", status="ok", product="=A", total_kg_co2e=15.623987195523076,
                       stages={"materials": 7.98492784415, "transport": 0.030590874849999998,
                               "processing": 0.0, "waste": 1234567.891},
                       budget_kg_co2e=20.0)
    outcome = BatchOutcome([record, BomRecord(file="b.xlsx", status="invalid")],
                           datetime(2026, 4, 1, tzinfo=UTC), True, [], 0.0)
    rows = list(csv.reader(io.StringIO(summary_csv(outcome))))
    a = dict(zip(rows[0], rows[1], strict=True))
    assert (a["total_kg_co2e"], a["materials"], a["transport"], a["processing"],
            a["waste"], a["budget_kg_co2e"]) == ("15.624", "7.98493", "0.0305909", "0",
                                                  "1234568", "20")
    assert a["product"] == "'=A"  # still neutralised
    b = dict(zip(rows[0], rows[2], strict=True))
    assert b["total_kg_co2e"] == "" and b["materials"] == ""


def test_a_baseline_of_another_gwp_set_is_said(tmp_path):
    # b.xlsx computed with AR5, then with AR6: SS400 1.0 kg x 1.91 both times (a CO2e
    # factor), change 0; the warning says part of a change would be the method's.
    boms = make_good(tmp_path / "boms")
    write_book(boms / "b.xlsx", {"部品表": [["品番", "個数", "材質", "重量(kg)"],
                                        ["P-1", 1, "SS400", 1.0]],
                                 "設定": [["製品名", "Product B"], ["gwp", "AR5"]]})
    assert cfp(boms, "--out", tmp_path / "old", "--jobs", 1).exit_code == 0
    write_book(boms / "b.xlsx", {"部品表": [["品番", "個数", "材質", "重量(kg)"],
                                        ["P-1", 1, "SS400", 1.0]],
                                 "設定": [["製品名", "Product B"], ["gwp", "AR6"]]})
    result = cfp(boms, "--out", tmp_path / "new", "--baseline", tmp_path / "old", "--jobs", 1,
                 "--lang", "en")
    assert result.exit_code == 0, result.output
    summary = json.loads((tmp_path / "new" / "_summary.json").read_text(encoding="utf-8"))
    b = summary["boms"][1]
    assert b["change_kg_co2e"] == pytest.approx(0.0)
    text = " ".join(result.output.split())
    assert "its baseline used AR5, this run AR6" in text


def test_a_baseline_of_another_declared_unit_is_not_compared():
    # The baseline per 1 kg (10.0), this run per piece (4.0): no change of -60 % shown.
    # `1 個` against `1 piece` is one declared unit: compared.
    record = batch.BomRecord(file="b.xlsx", status=batch.OK, total_kg_co2e=4.0,
                             basis={"declared_unit": "1 piece", "gwp": "AR6"})
    baseline = {"b.json": (10.0, {"declared_unit": "1 kg", "gwp": "AR6"})}
    batch.check_record(record, baseline, None, None)
    assert record.baseline_kg_co2e == 10.0 and record.change_kg_co2e is None
    (warning,) = batch.baseline_differences([record], baseline, "en")
    assert warning.startswith("b.xlsx: its baseline is per 1 kg, this run per 1 piece")
    same = batch.BomRecord(file="b.xlsx", status=batch.OK, total_kg_co2e=4.0,
                           basis={"declared_unit": "1 個", "gwp": "AR6"})
    batch.check_record(same, {"b.json": (10.0, {"declared_unit": "1 piece"})}, None, None)
    assert same.change_kg_co2e == pytest.approx(-6.0) and same.change_pct == pytest.approx(-60)
