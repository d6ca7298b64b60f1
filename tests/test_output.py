"""Output safety: atomic replace, device files, formula neutralisation."""

from __future__ import annotations

import os
import stat

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cfp.lca.output import atomic_write, atomic_write_text, neutralise


def test_atomic_write_replaces_only_when_complete(tmp_path):
    target = tmp_path / "out.json"
    target.write_text("old")

    def broken(tmp):
        tmp.write_text("half")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        atomic_write(target, broken)
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]  # no temp file left
    atomic_write_text(target, "new")
    assert target.read_text() == "new"


def test_atomic_write_to_a_device_writes_through(tmp_path):
    # `-o /dev/null` must not replace the device node with a regular file
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        atomic_write_text(fifo, "data")
        assert os.read(reader, 100) == b"data"
    finally:
        os.close(reader)
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    if os.path.exists("/dev/null"):
        atomic_write_text(__import__("pathlib").Path("/dev/null"), "x")
        assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


@pytest.mark.parametrize(("value", "expected"), [
    ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"), ("+1", "'+1"), ("-1", "'-1"),
    ("@SUM(A1)", "'@SUM(A1)"), ("plain", "plain"), (3.5, 3.5), (-2, -2),
])
def test_neutralise(value, expected):
    assert neutralise(value) == expected


@pytest.mark.parametrize("fmt", ["json", "table", "csv"])
def test_a_reader_that_stops_early_ends_cfp_quietly(tmp_path, fmt):
    # `cfp calc bom.xlsx | head`: once head exits, writing to stdout fails with EPIPE;
    # cfp stops silently with 141 (128 + SIGPIPE, as a shell reports for `git log | head`)
    # instead of an "internal error" (3) or rich's exit 1 (which reads as a failed gate),
    # and never 0: one large write to the pipe can take 64 KB and return without an
    # error, so the output is written until every byte is taken (output.write_all)
    import subprocess
    import sys
    from pathlib import Path

    from builders import write_book

    rows = [["品番", "品名", "個数", "材質", "重量(kg)"]]
    rows += [[f"P-{i:05d}", "x" * 40, 1, "SS400", 1.0] for i in range(3000)]
    path = write_book(tmp_path / "big.xlsx", {"部品表": rows})
    cfp = Path(sys.executable).with_name("cfp")
    # the table prints --top parts: 3,000 of them are far more than a pipe buffer (64 KB)
    top = ["--top", "3000"] if fmt == "table" else []  # (json and csv have every part)
    proc = subprocess.Popen([str(cfp), "calc", str(path), "--format", fmt, *top],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.read(10)  # the start arrived...
    proc.stdout.close()  # ...then the reader went away
    err = proc.stderr.read()
    assert proc.wait(timeout=60) == 141
    assert err == b""


def test_a_chart_sheet_is_never_taken_for_the_bom(tmp_path):
    # the first sheet is a chart; the BOM is the first worksheet, 'Data'
    import openpyxl
    from openpyxl.chart import BarChart, Reference

    from cfp.lca.api import calculate

    book = openpyxl.Workbook()
    data = book.active
    data.title = "Data"
    data.append(["品番", "個数", "材質", "重量(kg)"])
    data.append(["P-1", 2, "SS400", 1.5])
    chart = BarChart()
    chart.add_data(Reference(data, min_col=2, min_row=1, max_row=2))
    book.create_chartsheet("Chart1", 0).add_chart(chart)
    book.save(tmp_path / "chart.xlsx")
    result = calculate(tmp_path / "chart.xlsx")
    assert result.stages()["materials"] == pytest.approx(2 * 1.5 * 1.91)  # SS400 1.91 kg/kg


def test_an_output_that_cannot_be_written_is_a_clear_error(tmp_path):
    # -o under a path that is a file: the folder cannot be made; exit 2, the path named
    from pathlib import Path

    from typer.testing import CliRunner

    from cfp.cli.main import app

    blocker = tmp_path / "results"
    blocker.write_text("a file where a folder should be")
    sample = Path(__file__).resolve().parents[1] / "samples" / "machined-assembly-ja.xlsx"
    for lang, words in (("en", "cannot use"), ("ja", "を使えません")):
        result = CliRunner().invoke(app, ["calc", str(sample), "--format", "json", "-o",
                                          str(blocker / "x.json"), "--lang", lang])
        assert result.exit_code == 2
        assert words in result.output and str(blocker) in result.output
        assert "internal error" not in result.output


def test_write_overlapped_writes_in_order_and_raises_either_sides_error():
    from cfp.lca.output import write_overlapped

    written: list[bytes] = []
    write_overlapped(iter([b"a", b"b", b"c"]), written.append)
    assert written == [b"a", b"b", b"c"]

    def full_disk(piece):
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space left"):
        write_overlapped(iter([b"a", b"b"]), full_disk)

    def broken_maker():
        yield b"a"
        raise ValueError("bad row")

    with pytest.raises(ValueError, match="bad row"):
        write_overlapped(broken_maker(), written.append)


CSV_VALUES = st.one_of(
    st.none(), st.floats(allow_nan=True, allow_infinity=True), st.integers(-10**12, 10**12),
    st.text(max_size=8), st.text(alphabet=',"\r\n =+-@ab', max_size=6))


@settings(deadline=None)  # the first example imports the writers
@given(st.lists(st.tuples(CSV_VALUES, CSV_VALUES, CSV_VALUES), min_size=1, max_size=20))
def test_csv_text_is_what_the_csv_module_writes(rows):
    # the inventory CSV is joined column-wise for speed; it must be byte for byte what
    # csv.writer (excel dialect, CRLF) writes for the same cleaned cells
    import csv
    import io

    import numpy as np

    from cfp.lca.render.formats import _cell, csv_text

    def column(j):
        values = [row[j] for row in rows]
        if all(isinstance(v, float) for v in values):
            return np.array(values, dtype=float)  # a float column, as in the inventory
        out = np.empty(len(values), dtype=object)
        out[:] = values
        return out

    header = ["a", "b,c", 'd"e']
    expected = io.StringIO()
    writer = csv.writer(expected, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([[_cell(v) for v in row] for row in rows])
    assert csv_text(header, [column(j) for j in range(3)]) == expected.getvalue()


BOUNDARY_FLOATS = [0.0, -0.0, 1e-4, 9.999999999999999e-05, 1e16, 9999999999999998.0, 5e-324,
                   1.7976931348623157e308, 0.1, 1.0, 123456.789, 1e15, 1e-5, 2.5e-4,
                   float("inf"), float("-inf"), float("nan")]


@settings(deadline=None)
@given(st.lists(st.one_of(st.floats(), st.sampled_from(BOUNDARY_FLOATS)), max_size=50))
def test_float_fields_are_python_repr(values):
    # CSV numbers are formatted by orjson where it writes what repr writes (no exponent);
    # e.g. repr(1e-05) is '1e-05' (orjson: '0.00001') and repr(1e16) '1e+16' (orjson: '1e16')
    import math

    import numpy as np

    from cfp.lca.render.formats import _float_fields

    expected = ["" if math.isnan(v) else repr(v) for v in values]
    assert _float_fields(np.array(values, dtype=float)) == expected


# --- no output may replace an input (issue 10 §3) ---------------------------------------------


def _sample_copy(tmp_path):
    import shutil
    from pathlib import Path

    sample = Path(__file__).resolve().parents[1] / "samples" / "machined-assembly-ja.xlsx"
    return Path(shutil.copy(sample, tmp_path / "bom.xlsx"))


def _cli(args, cwd, file_limit=None):
    """`cfp ARGS` in `cwd`; `file_limit`: every write past that many bytes fails (EFBIG,
    RLIMIT_FSIZE), a disk that is full for cfp."""
    import resource
    import signal
    import subprocess
    import sys
    from pathlib import Path

    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (file_limit, file_limit))

    env = {**os.environ, "CFP_LANG": "en", "COLUMNS": "1000"}
    return subprocess.run([str(Path(sys.executable).with_name("cfp")), *args], cwd=cwd,
                          capture_output=True, text=True, env=env, check=False, timeout=300,
                          preexec_fn=limit if file_limit else None)


@pytest.mark.parametrize("args", [
    ["calc", "bom.xlsx", "--format", "json", "-o", "bom.xlsx"],
    ["calc", "bom.xlsx", "--format", "json", "-o", "./sub/../bom.xlsx"],
    ["calc", "bom.xlsx", "--format", "json", "-o", "link.xlsx"],  # a symlink to the BOM
    ["calc", "bom.xlsx", "--format", "csv", "-o", "hard.xlsx"],   # a hard link to it
    ["calc", "bom.xlsx", "--junit", "bom.xlsx"],                  # a batch option
    ["calc", "bom.xlsx", "--factors", "bom.csv", "--report", "csv", "--out", "."],
    ["calc", "bom.xlsx", "--processes", "m/bom-report.html", "--report", "html",
     "--out", "m"],
    ["calc", ".", "--out", "res", "--baseline", "res"],          # results are inputs too
], ids=["same", "dotdot", "symlink", "hardlink", "junit", "report-csv", "report-html",
        "baseline"])
def test_an_output_that_is_an_input_is_refused_before_anything_is_written(tmp_path, args):
    import hashlib

    bom = _sample_copy(tmp_path)
    (tmp_path / "link.xlsx").symlink_to("bom.xlsx")
    os.link(bom, tmp_path / "hard.xlsx")
    (tmp_path / "bom.csv").write_text("キー,単位,排出原単位,出典\nSS400,kg,2,x\n", encoding="utf-8")
    (tmp_path / "m").mkdir()
    (tmp_path / "m" / "bom-report.html").write_text(
        "工程,定格電力(kW),使用率\n旋盤,10,0.7\n", encoding="utf-8")
    (tmp_path / "res").mkdir()
    (tmp_path / "res" / "bom.json").write_text('{"total_kg_co2e": 1}', encoding="utf-8")
    before = {p: hashlib.sha256(p.read_bytes()).hexdigest()
              for p in tmp_path.rglob("*") if p.is_file()}
    done = _cli(args, tmp_path)
    assert done.returncode == 2, done.stderr
    assert "would replace the input" in done.stderr
    assert "Traceback" not in done.stderr
    after = {p: hashlib.sha256(p.read_bytes()).hexdigest()
             for p in tmp_path.rglob("*") if p.is_file()}
    assert after == before  # nothing written, nothing changed, no temporary file


def test_files_read_during_the_calculation_are_inputs_too(tmp_path):
    # A rule profile named by the BOM's own 設定 算定ルール is read only once the workbook
    # is: `-o rules.toml` replaced it with the result JSON (exit 0). `cfp diff -o` into
    # one of the compared folders replaced a result file (the baseline lost).
    import hashlib

    from builders import write_book

    write_book(tmp_path / "b.xlsx", {
        "部品表": [["品番", "個数", "材質", "重量(kg)"], ["P-1", 1, "SS400", 1.0]],
        "設定": [["算定ルール", "rules.toml"]]})
    (tmp_path / "rules.toml").write_text('name = "r"\n', encoding="utf-8")
    assert _cli(["calc", "b.xlsx", "--out", "old", "--report", "json"], tmp_path).returncode == 0
    assert _cli(["calc", "b.xlsx", "--out", "new", "--report", "json"], tmp_path).returncode == 0
    before = {p: hashlib.sha256(p.read_bytes()).hexdigest()
              for p in tmp_path.rglob("*") if p.is_file()}
    for args in (["calc", "b.xlsx", "--format", "json", "-o", "rules.toml"],
                 ["advise", "b.xlsx", "--format", "json", "-o", "rules.toml"],
                 ["diff", "old", "new", "--format", "json", "-o", "old/b.json"],
                 ["diff", "old", "new", "--format", "json", "-o", "new/b.json"]):
        done = _cli(args, tmp_path)
        assert done.returncode == 2, (args, done.stderr)
        assert "would replace the input" in done.stderr and "Traceback" not in done.stderr
    after = {p: hashlib.sha256(p.read_bytes()).hexdigest()
             for p in tmp_path.rglob("*") if p.is_file()}
    assert after == before


def test_a_failed_write_names_the_output_and_keeps_the_previous_file(tmp_path):
    # RLIMIT_FSIZE makes every write over 1 KB fail (EFBIG): a disk that is full for cfp
    _sample_copy(tmp_path)
    (tmp_path / "out.json").write_text("previous\n", encoding="utf-8")

    done = _cli(["calc", "bom.xlsx", "--format", "json", "-o", "out.json"], tmp_path,
                file_limit=1024)
    assert done.returncode == 2, done.stderr
    assert "cannot use 'out.json'" in done.stderr and "File too large" in done.stderr
    assert (tmp_path / "out.json").read_text(encoding="utf-8") == "previous\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bom.xlsx", "out.json"]


def test_a_batch_that_cannot_write_a_result_is_exit_2_not_an_internal_error(tmp_path):
    # A full disk under --out made each BOM an "internal error ... report it" (exit 3):
    # the environment, not a bug. Now the BOM names the output and the system's reason,
    # and the batch exits 2. (RLIMIT_FSIZE: every write over 1 KB fails, EFBIG.)
    _sample_copy(tmp_path)

    done = _cli(["calc", "bom.xlsx", "--out", "o", "--fail-above", "1000"], tmp_path,
                file_limit=1024)
    assert done.returncode == 2, done.stdout + done.stderr
    text = done.stdout + done.stderr
    assert "internal error:" not in text and "0 internal errors" in text
    assert "File too large" in text
    assert "cannot use 'o/bom.json'" in text


def test_disk_full_on_a_device_output_is_exit_2(tmp_path):
    _sample_copy(tmp_path)
    done = _cli(["calc", "bom.xlsx", "--format", "json", "-o", "/dev/full"], tmp_path)
    assert done.returncode == 2, done.stderr
    assert "cannot use '/dev/full'" in done.stderr and "No space left" in done.stderr


def test_standard_output_on_a_full_disk_is_exit_2(tmp_path):
    # `cfp calc bom.xlsx --format json > /dev/full`: the environment, not a bug (was exit 3)
    import subprocess
    import sys
    from pathlib import Path

    _sample_copy(tmp_path)
    env = {**os.environ, "CFP_LANG": "en", "COLUMNS": "1000"}
    with open("/dev/full", "wb") as full:
        done = subprocess.run([str(Path(sys.executable).with_name("cfp")), "calc", "bom.xlsx",
                               "--format", "json"], cwd=tmp_path, env=env, stdout=full,
                              stderr=subprocess.PIPE, text=True, check=False)
    assert done.returncode == 2, done.stderr
    assert "cannot use 'standard output': No space left on device" in done.stderr


# --- the CSV inventory: columns from the schema, numbers for people (issue 11) -----------

def test_csv_columns_come_from_the_schema_and_numbers_are_rounded():
    # samples/machined-assembly-ja.xlsx, PU-102 (S45C): 0.45 kg x 1.91 = 0.8595 kg-CO2e,
    # which float arithmetic makes 0.8594999999999999: the JSON keeps it, the CSV reads
    # 0.8595 (the schema's 6 significant digits); rows and quantities stay integers
    import csv
    import io
    import json
    from pathlib import Path

    from cfp.lca import schema
    from cfp.lca.api import calculate
    from cfp.lca.render.formats import to_csv, to_json

    sample = Path(__file__).resolve().parents[1] / "samples" / "machined-assembly-ja.xlsx"
    result = calculate(sample)
    rows = list(csv.reader(io.StringIO(to_csv(result))))
    assert rows[0] == schema.names("csv")
    line = dict(zip(rows[0], rows[2], strict=True))  # the second flow: PU-102's steel
    assert (line["part_number"], line["kg_co2e"], line["amount"]) == ("PU-102", "0.8595", "0.45")
    assert (line["row"], line["parent_row"], line["quantity_per_parent"]) == ("5", "0", "1")
    assert line["factor_ref"].startswith("Indicator 1") and line["mass_basis"] == "raw"
    inventory = json.loads(to_json(result))["inventory"]["data"]
    assert inventory["kg_co2e"][1] == 0.8594999999999999  # full precision in the JSON
    assert sum(float(r[rows[0].index("kg_co2e")]) for r in rows[1:]) == pytest.approx(
        result.total, rel=1e-5)


def test_a_field_the_calculation_does_not_give_is_a_blank_csv_column(tmp_path):
    import csv
    import io

    from builders import MINIMAL_BOM, write_book

    from cfp.lca.api import calculate
    from cfp.lca.render.formats import to_csv

    result = calculate(write_book(tmp_path / "b.xlsx", {"部品表": MINIMAL_BOM}))
    del result.flows.cols["factor_gases"]  # as before the calculation carried it
    rows = list(csv.reader(io.StringIO(to_csv(result))))
    column = rows[0].index("factor_gases")
    assert [r[column] for r in rows[1:]] == ["", ""]


@settings(deadline=None)
@given(st.lists(st.one_of(st.floats(allow_nan=False, allow_infinity=False,
                                    min_value=-1e14, max_value=1e14),
                          st.sampled_from([0.0, -0.0, 2.0, 0.8594999999999999, 1e-7,
                                           1234567.5, 999999.5])), max_size=30),
       st.integers(1, 8))
def test_rounded_fields_keep_the_significant_digits(values, digits):
    # each field: no exponent, at most `digits` significant digits unless integer digits
    # need more, an integral value without a fraction, within half a unit of its last
    # kept decimal of the value
    import math

    import numpy as np

    from cfp.lca.render.formats import rounded_fields

    fields = rounded_fields(np.array(values, dtype=float), digits)
    for value, text in zip(values, fields, strict=True):
        assert "e" not in text and "E" not in text and text not in ("-0", "")
        decimals = len(text.split(".")[1]) if "." in text else 0
        if value != 0:
            assert decimals <= max(0, digits - 1 - math.floor(math.log10(abs(value))))
        assert not text.endswith(".0") and not (decimals and text.endswith("0"))
        assert abs(float(text) - value) <= 0.5 * 10.0 ** -decimals * (1 + 1e-9) + 1e-300


def test_write_all_writes_what_a_partial_writer_left():
    # a writer taking at most 3 bytes a call (as a pipe whose buffer is full): all 10
    # arrive, in 4 calls of 3 + 3 + 3 + 1; a writer taking nothing is an error
    from cfp.lca.output import write_all

    taken: list[bytes] = []

    def partial(view):
        taken.append(bytes(view[:3]))
        return min(3, len(view))

    write_all(partial, b"0123456789")
    assert taken == [b"012", b"345", b"678", b"9"]
    with pytest.raises(OSError):
        write_all(lambda view: 0, b"x")


@pytest.mark.parametrize("option", [
    ["--scenarios", "{f}"], ["--uncertainty", "100", "--uncertainty-defaults", "{f}"],
    ["--budgets", "{f}", "--out", "o"],
], ids=["scenarios", "uncertainty-defaults", "budgets"])
@pytest.mark.parametrize("kind", ["fifo", "huge", "device"])
def test_option_files_are_read_bounded(tmp_path, option, kind):
    # These three were read whole: a FIFO blocked cfp for ever, a 3 GB file or /dev/zero
    # took the machine's memory (MemoryError, exit 3). Now exit 2 at once, naming why.
    import subprocess
    import sys
    from pathlib import Path

    _sample_copy(tmp_path)
    target = tmp_path / "input.toml"
    if kind == "fifo":
        os.mkfifo(target)
    elif kind == "huge":
        with target.open("wb") as handle:  # sparse: 64 MiB of holes, no disk used
            handle.truncate(64 << 20)
    else:
        target.symlink_to("/dev/zero")
    cfp = Path(sys.executable).with_name("cfp")
    args = [str(cfp), "calc", "bom.xlsx", *(a.format(f=target.name) for a in option)]
    try:
        done = subprocess.run(args, cwd=tmp_path, capture_output=True, text=True, timeout=60,
                              env={**os.environ, "CFP_LANG": "en"})
    except subprocess.TimeoutExpired:
        pytest.fail(f"{kind} as {option[0]}: cfp did not return")
    assert done.returncode == 2, done.stderr
    reason = "larger than" if kind == "huge" else "not a regular file"
    assert reason in done.stderr and "Traceback" not in done.stderr


def test_sigterm_removes_the_temporary_file_like_ctrl_c(tmp_path):
    # `timeout`, systemd and CI runners stop a job with SIGTERM, which left the partial
    # `.out.csv.*.tmp` behind (Ctrl-C's KeyboardInterrupt cleaned up). The console script
    # turns SIGTERM into `Terminated` (a KeyboardInterrupt): the same clean-up, exit 143.
    import subprocess
    import sys

    script = """
import os, signal, sys, time
from pathlib import Path
import cfp.cli.main as m
from cfp.lca.output import atomic_write
m._on_sigterm()
def write(tmp):
    tmp.write_text("half")
    os.kill(os.getpid(), signal.SIGTERM)
    time.sleep(10)
try:
    atomic_write(Path("out.csv"), write)
except m.Terminated:
    sys.exit(143)
"""
    done = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, timeout=60,
                          capture_output=True, text=True)
    assert done.returncode == 143, done.stderr
    assert list(tmp_path.iterdir()) == []  # no out.csv, no temporary file


# --- a set of outputs: all replaced or none (review: a failed --report run) ---------------

def test_a_report_set_that_fails_half_way_leaves_every_previous_report(tmp_path):
    # `--report sheet,xlsx --out o` where the sheet (12 KB) fits and the workbook (39 KB)
    # does not (RLIMIT_FSIZE 20 KB: a disk that fills up half-way through the set): exit 2,
    # and the previous sheet was already replaced while the old workbook stayed. Now
    # neither is replaced and no temporary file is left.
    _sample_copy(tmp_path)
    out = tmp_path / "o"
    out.mkdir()
    (out / "bom-sheet.html").write_text("old sheet\n", encoding="utf-8")
    (out / "bom-inventory.xlsx").write_text("old workbook\n", encoding="utf-8")

    done = _cli(["calc", "bom.xlsx", "--report", "sheet,xlsx", "--out", "o"], tmp_path,
                file_limit=20_000)
    assert done.returncode == 2, done.stderr
    assert "cannot use 'o/bom-inventory.xlsx'" in done.stderr
    assert "File too large" in done.stderr and "Traceback" not in done.stderr
    assert (out / "bom-sheet.html").read_text(encoding="utf-8") == "old sheet\n"
    assert (out / "bom-inventory.xlsx").read_text(encoding="utf-8") == "old workbook\n"
    assert sorted(p.name for p in out.iterdir()) == ["bom-inventory.xlsx", "bom-sheet.html"]


def test_atomic_set_renames_nothing_until_every_file_is_written(tmp_path):
    from cfp.lca.output import atomic_set

    (tmp_path / "a.txt").write_text("old a")
    with pytest.raises(OSError, match="no space"):
        with atomic_set() as stage:
            stage(tmp_path / "a.txt", lambda tmp: tmp.write_text("new a"))
            assert (tmp_path / "a.txt").read_text() == "old a"  # not yet renamed
            stage(tmp_path / "b.txt", lambda tmp: (tmp.write_text("half b"),
                                                   _raise(OSError(28, "no space"))))
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]
    assert (tmp_path / "a.txt").read_text() == "old a"
    with atomic_set() as stage:
        stage(tmp_path / "a.txt", lambda tmp: tmp.write_text("new a"))
        stage(tmp_path / "b.txt", lambda tmp: tmp.write_text("new b"))
    assert sorted(p.read_text() for p in tmp_path.iterdir()) == ["new a", "new b"]


def test_atomic_set_puts_back_the_files_replaced_before_a_rename_failed(tmp_path,
                                                                         monkeypatch):
    # the renames come after every write; if one of them still fails (a folder made
    # read-only meanwhile...), the targets already replaced get their previous file back
    # and a target that did not exist before is removed: still all or nothing
    from cfp.lca import output

    (tmp_path / "a.txt").write_text("old a")
    (tmp_path / "c.txt").write_text("old c")
    real_replace = os.replace

    def replace(src, dst):
        if str(dst).endswith("c.txt") and str(src).endswith(".tmp"):
            raise PermissionError(13, "Permission denied")
        real_replace(src, dst)

    monkeypatch.setattr(output.os, "replace", replace)
    with pytest.raises(PermissionError) as caught, output.atomic_set() as stage:
        for name in ("a.txt", "b.txt", "c.txt"):
            stage(tmp_path / name, lambda tmp, name=name: tmp.write_text("new " + name))
    assert caught.value.filename == str(tmp_path / "c.txt")
    assert {p.name: p.read_text() for p in tmp_path.iterdir()} == {
        "a.txt": "old a", "c.txt": "old c"}  # no b.txt, no temporary or backup file


def _raise(exc: BaseException) -> None:
    raise exc
