"""Metered energy from power-logger files (`--meter-log`, issue 15, lca/read/meterlog.py).

Every log is generated here (no vendor file is copied): the layouts follow the column
names the vendors' public manuals document (Yokogawa CW120/CW121 "OUTPUT DATE", "OUTPUT
TIME", P, Wh(+); HIOKI / CW240 style Date, Time, P…[W], WP+…[Wh]) and the Japanese
headers of generic loggers. Expected numbers are worked by hand in the comments; the
grid factor is the Settings sheet's 0.388 kg-CO2/kWh (builders.SETTINGS).
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from builders import PROCESSES, SETTINGS, write_book

from cfp.lca.api import Options, calculate
from cfp.lca.errors import InputError
from cfp.lca.read.meterlog import parse_time
from cfp.lca.read.xlsxguard import Limits

GRID = 0.388
# the domain brief's P1/P2 example: 561 -> 607 kWh while the piece counter goes 100 -> 113
COUNTER_ROWS = [("2026/04/01 08:00:00", 561, 100), ("2026/04/01 08:10:00", 567, 102),
                ("2026/04/01 08:20:00", 575, 104), ("2026/04/01 08:30:00", 590, 109),
                ("2026/04/01 08:40:00", 607, 113)]


def counter_log(path, rows=COUNTER_ROWS, encoding="cp932", pieces=True):
    """A generic Japanese logger export: two metadata lines, then the header."""
    head = "日時,積算電力量(kWh)" + (",生産数" if pieces else "")
    lines = ["計測器,電力量モニタ", "", head]
    lines += [f"{t},{e}" + (f",{c}" if pieces else "") for t, e, c in rows]
    path.write_text("\r\n".join(lines) + "\r\n", encoding=encoding)
    return path


def book(tmp_path, mapping, bom_time=30):
    return write_book(tmp_path / "m.xlsx", {
        "部品表": [["品番", "個数", "旋盤 加工(分)"], ["P-1", 1, bom_time]],
        "工程": PROCESSES, "設定": SETTINGS,
        "計測ログ": mapping,
        "排出原単位": [["キー", "単位", "排出原単位"], ["P-1", "piece", 0]],
    })


def run(tmp_path, mapping, *logs, **options):
    return calculate(book(tmp_path, mapping), Options(meter_logs=list(logs), **options))


def cycle(result):
    inv = result.inventory
    return inv[(inv["stage"] == "processing") & (inv["flow"] == "electricity (cycle)")].iloc[0]


def problems(tmp_path, mapping, *logs):
    with pytest.raises(InputError) as info:
        run(tmp_path, mapping, *logs)
    return info.value.problems


MAP = [["ファイル", "品番", "工程"], ["log.csv", "P-1", "旋盤"]]


def test_counter_with_piece_counter_is_the_p1_p2_method(tmp_path):
    # (607 - 561) kWh / (113 - 100) pieces = 46 / 13 = 3.53846 kWh/piece; x 0.388 = 1.37292
    log = counter_log(tmp_path / "log.csv")
    digest = hashlib.sha256(log.read_bytes()).hexdigest()
    row = cycle(run(tmp_path, MAP, log))
    assert row["amount"] == pytest.approx(46 / 13)
    assert row["kg_co2e"] == pytest.approx(46 / 13 * GRID)
    assert row["energy_basis"] == "measured" and row["data_type"] == "primary"
    origin = row["master_origin"]
    assert "log.csv rows 4-8" in origin and "2026-04-01 08:00:00 to 2026-04-01 08:40:00" in origin
    assert "46 kWh / 13 pieces" in origin and "m.xlsx!計測ログ:2" in origin
    assert hashlib.sha256(log.read_bytes()).hexdigest() == digest  # never modified


def test_counter_without_piece_counter_over_a_window(tmp_path):
    # window 08:10-08:30: 590 - 567 = 23 kWh for the 5 pieces of 加工数: 4.6 kWh/piece
    log = counter_log(tmp_path / "log.csv", pieces=False, encoding="utf-8-sig")
    mapping = [["File", "Part number", "Process", "Start", "End", "Pieces"],
               ["log.csv", "P-1", "旋盤", "2026/04/01 08:10", datetime(2026, 4, 1, 8, 30), 5]]
    row = cycle(run(tmp_path, mapping, log))
    assert row["amount"] == pytest.approx(4.6)
    assert "rows 5-7" in row["master_origin"]


def test_power_in_kw_is_summed_over_the_intervals(tmp_path):
    # each value is the mean power of the 15 min ending at its time: 12 x 0.25 + 8 x 0.25
    # + 10 x 0.25 = 7.5 kWh (the first sample only starts the window); 3 pieces: 2.5 kWh
    log = tmp_path / "log.csv"
    log.write_text("Timestamp,Power (kW)\n2026-04-01T08:00:00,5\n2026-04-01T08:15:00,12\n"
                   "2026-04-01T08:30:00,8\n2026-04-01T08:45:00,10\n", encoding="utf-8")
    mapping = [["File", "Part number", "Process", "Pieces"], ["log.csv", "P-1", "旋盤", 3]]
    assert cycle(run(tmp_path, mapping, log))["amount"] == pytest.approx(2.5)


def yokogawa_cw12x(path):
    """Yokogawa CW120/CW121 layout (IM CW120-E, appendix 3): identifier lines, then OUTPUT
    DATE, OUTPUT TIME, ..., P (W), Wh(+) (Wh) cumulative from INTEG START; "----" for an
    invalid value; POWER OFF / POWER ON lines after a power failure."""
    lines = ['"CW12x"', '"File Type",0', '"MeasureMode",1',
             '"OUTPUT DATE","OUTPUT TIME","INTEG START DATE","INTEG START TIME",'
             '"ELAPSED TIME","V1","I1","P","Q","PF","F","Wh(+)","Wh(-)"',
             "2026/04/01,09:10:00,2026/04/01,09:00:00,0:10:00,2.000E+02,3.0E+01,6.000E+03,"
             "0,0.99,50.0,1.00000E+03,0",
             "2026/04/01,09:20:00,2026/04/01,09:00:00,0:20:00,2.000E+02,3.0E+01,9.000E+03,"
             "0,0.99,50.0,2.50000E+03,0",
             '"POWER OFF",2026/04/01,09:25:00', '"POWER ON",2026/04/01,09:26:00',
             "2026/04/01,09:30:00,2026/04/01,09:00:00,0:30:00,2.000E+02,3.0E+01,----,"
             "0,0.99,50.0,----,0",
             "2026/04/01,09:40:00,2026/04/01,09:00:00,0:40:00,2.000E+02,3.0E+01,6.000E+03,"
             "0,0.99,50.0,4.00000E+03,0"]
    path.write_text("\n".join(lines) + "\n", encoding="ascii")
    return path


def test_yokogawa_cw12x_counter_missing_value_and_power_failure(tmp_path):
    # Wh(+) 1000 -> 4000 Wh = 3 kWh over 09:10-09:40 (the ---- row is skipped, warned);
    # 2 pieces: 1.5 kWh/piece. 09:20 -> 09:40 is twice the 10 min interval: not a gap.
    log = yokogawa_cw12x(tmp_path / "log.csv")
    mapping = [["ファイル", "品番", "工程", "加工数"], ["log.csv", "P-1", "旋盤", 2]]
    result = run(tmp_path, mapping, log)
    assert cycle(result)["amount"] == pytest.approx(1.5)
    missing = [p for k, p in result.warnings if k == "warn.meterlog_missing"]
    assert missing == [{"file": "log.csv", "count": 1, "first": "9"}]


def test_yokogawa_power_column_chosen_in_the_mapping(tmp_path):
    # 列 = P (W, mean of the 10 min ending at each time): 9000 W x 1/6 h (09:20) + 6000 W x
    # 2/6 h (09:40, across the skipped 09:30 row) = 1.5 + 2.0 = 3.5 kWh; / 2 pieces = 1.75
    log = yokogawa_cw12x(tmp_path / "log.csv")
    mapping = [["ファイル", "品番", "工程", "加工数", "列"], ["log.csv", "P-1", "旋盤", 2, "P"]]
    assert cycle(run(tmp_path, mapping, log))["amount"] == pytest.approx(1.75)


def test_hioki_style_power_and_energy_columns(tmp_path):
    # Date, Time, Etime, Status, P_sum_Avg[W], WP+_sum[Wh]: the energy counter is preferred:
    # 12,000 -> 15,600 Wh = 3.6 kWh / 4 pieces = 0.9 kWh/piece
    log = tmp_path / "log.csv"
    log.write_text("Date,Time,Etime,Status,P_sum_Avg[W],WP+_sum[Wh]\n"
                   "2026/04/01,10:00:00,0:00:00,0000,7000,12000\n"
                   "2026/04/01,10:15:00,0:15:00,0000,7400,13800\n"
                   "2026/04/01,10:30:00,0:30:00,0000,7200,15600\n", encoding="ascii")
    mapping = [["File", "Part number", "Process", "Pieces"], ["log.csv", "P-1", "旋盤", 4]]
    assert cycle(run(tmp_path, mapping, log))["amount"] == pytest.approx(0.9)
    # the power column: (7400 + 7200) W x 0.25 h = 3.65 kWh / 4 = 0.9125
    mapping[0].append("Column")
    mapping[1].append("P_sum_Avg[W]")
    assert cycle(run(tmp_path, mapping, log))["amount"] == pytest.approx(0.9125)


def test_xlsx_log_with_datetime_cells(tmp_path):
    # an .xlsx export with real datetime cells: 2.0 -> 5.0 kWh, counter 10 -> 16: 0.5 kWh
    path = tmp_path / "log.xlsx"
    sheet_book = openpyxl.Workbook()
    sheet = sheet_book.active
    sheet.append(["日時", "電力量(kWh)", "カウント"])
    for minute, kwh, count in [(0, 2.0, 10), (30, 3.5, 13), (59, 5.0, 16)]:
        sheet.append([datetime(2026, 4, 1, 13, minute), kwh, count])
    sheet_book.save(path)
    mapping = [["ファイル", "品番", "工程"], ["log.xlsx", "P-1", "旋盤"]]
    assert cycle(run(tmp_path, mapping, path))["amount"] == pytest.approx(0.5)


def test_a_log_replaces_the_manual_reading_and_is_warned(tmp_path):
    path = write_book(tmp_path / "m.xlsx", {
        "部品表": [["品番", "個数", "旋盤 加工(分)"], ["P-1", 1, 30]],
        "工程": PROCESSES, "設定": SETTINGS, "計測ログ": MAP,
        "実測": [["品番", "工程", "開始積算電力量(kWh)", "終了積算電力量(kWh)", "加工数"],
               ["P-1", "旋盤", 0, 100, 10]],
        "排出原単位": [["キー", "単位", "排出原単位"], ["P-1", "piece", 0]]})
    result = calculate(path, Options(meter_logs=[counter_log(tmp_path / "log.csv")]))
    assert cycle(result)["amount"] == pytest.approx(46 / 13)  # not 100 / 10
    assert ("warn.meterlog_replaces", {"part": "P-1", "process": "旋盤"}) in result.warnings


def test_gap_is_a_warning(tmp_path):
    # 10 min steps, then 50 min (08:30 -> 09:20): a gap; the counter's rise stays exact:
    # 620 - 561 = 59 kWh / 14 pieces
    rows = [*COUNTER_ROWS[:4], ("2026/04/01 09:20:00", 620, 114)]
    result = run(tmp_path, MAP, counter_log(tmp_path / "log.csv", rows))
    assert cycle(result)["amount"] == pytest.approx(59 / 14)
    gaps = [p for k, p in result.warnings if k == "warn.meterlog_gap"]
    assert gaps == [{"file": "log.csv", "row": 8, "previous": 7, "minutes": "50",
                     "typical": "10"}]


@pytest.mark.parametrize("rows, code, params", [
    # the time goes back at file row 6 (08:20 after 08:30 at row 5)
    ([COUNTER_ROWS[0], COUNTER_ROWS[1], COUNTER_ROWS[3], COUNTER_ROWS[2], COUNTER_ROWS[4]],
     "meterlog.time_not_increasing", {"row": 7, "previous": 6}),
    # a counter reset at row 7: 575 -> 3
    ([*COUNTER_ROWS[:3], ("2026/04/01 08:30:00", 3, 109), COUNTER_ROWS[4]],
     "meterlog.counter_decrease", {"row": 7, "before": "575", "after": "3"}),
    # a negative step of the piece counter at row 6
    ([*COUNTER_ROWS[:2], ("2026/04/01 08:20:00", 575, 101), *COUNTER_ROWS[3:]],
     "meterlog.counter_decrease", {"row": 6, "before": "102", "after": "101"}),
])
def test_log_errors_name_the_file_and_row(tmp_path, rows, code, params):
    log = counter_log(tmp_path / "log.csv", rows)
    found = problems(tmp_path, MAP, log)
    assert [(p.code, p.file, p.params) for p in found] == [(code, str(log), params)]
    assert f"{params['row']}" in found[0].message("en")
    assert "行目" in found[0].message("ja")


def test_negative_power_is_an_error(tmp_path):
    log = tmp_path / "log.csv"
    log.write_text("日時,電力(kW)\n2026/04/01 08:00,3\n2026/04/01 08:10,-2\n"
                   "2026/04/01 08:20,3\n", encoding="cp932")
    found = problems(tmp_path, [["ファイル", "品番", "工程", "加工数"],
                                ["log.csv", "P-1", "旋盤", 1]], log)
    assert [(p.code, p.params) for p in found] == [("meterlog.negative_power", {"row": 3})]


@pytest.mark.parametrize("start, end, cell", [
    ("2026/04/01 07:00", None, "D2"),  # before the log's first sample
    (None, "2026/04/02 08:00", "E2"),  # after its last
    ("2026/04/01 08:30", "2026/04/01 08:10", "D2"),  # start after end
])
def test_window_outside_the_log(tmp_path, start, end, cell):
    mapping = [["ファイル", "品番", "工程", "開始", "終了"], ["log.csv", "P-1", "旋盤", start, end]]
    found = problems(tmp_path, mapping, counter_log(tmp_path / "log.csv"))
    assert [(p.code, p.sheet, p.cell) for p in found] == [("meterlog.window_outside",
                                                           "計測ログ", cell)]
    assert "2026-04-01 08:00:00" in found[0].message("en")


def test_mapping_problems(tmp_path):
    log = counter_log(tmp_path / "log.csv", pieces=False)
    # no piece counter and no 加工数; a row naming a file not given; the log given unmapped
    found = problems(tmp_path, [["ファイル", "品番", "工程"], ["log.csv", "P-1", "旋盤"],
                                ["other.csv", "P-1", "旋盤"]], log)
    assert [(p.code, p.cell) for p in found] == [("meterlog.no_pieces", "A2"),
                                                 ("meterlog.not_given", "A3")]
    other = counter_log(tmp_path / "other.csv")
    found = problems(tmp_path, [["ファイル", "品番", "工程"], ["other.csv", "P-1", "旋盤"]],
                     other, log)
    assert [(p.code, p.value) for p in found] == [("meterlog.unmapped", "log.csv")]
    path = write_book(tmp_path / "plain.xlsx", {"部品表": [["品番", "個数"], ["P-1", 1]]})
    with pytest.raises(InputError) as info:
        calculate(path, Options(meter_logs=[log]))
    assert "meterlog.no_mapping" in [p.code for p in info.value.problems]


def test_a_log_without_a_header_and_the_csv_limits(tmp_path):
    log = tmp_path / "log.csv"
    log.write_text("a,b\n1,2\n", encoding="ascii")
    assert [p.code for p in problems(tmp_path, MAP, log)] == ["meterlog.no_header"]
    big = counter_log(tmp_path / "log.csv", [(f"2026/04/01 08:{m:02d}:00", m, m)
                                             for m in range(60)])
    with pytest.raises(InputError) as info:  # 63 rows x 3 columns > 150 cells
        run(tmp_path, MAP, big, limits=Limits(max_cells=150))
    assert [p.code for p in info.value.problems] == ["csv.too_many_cells"]


def test_parse_time_forms():
    assert parse_time("2026/4/1 8:05") == datetime(2026, 4, 1, 8, 5)
    assert parse_time("2026年04月01日 08:05:30") == datetime(2026, 4, 1, 8, 5, 30)
    assert parse_time("2026/04/01", "08:05:30.5") == datetime(2026, 4, 1, 8, 5, 30, 500000)
    assert parse_time(46113.5) == datetime(2026, 4, 1, 12, 0)  # Excel serial
    assert parse_time("08:05") is None


CFP = Path(sys.executable).with_name("cfp")
TYPER = "import sys; from cfp.cli.app import app; sys.argv[0] = 'cfp'; app()"


def test_cli_meter_log_both_parsers(tmp_path):
    # the fast path (the cfp script) and typer read --meter-log the same; the log may not
    # be an output
    log = counter_log(tmp_path / "log.csv")
    bom = book(tmp_path, MAP)
    for command in ([str(CFP)], [sys.executable, "-c", TYPER]):
        done = subprocess.run([*command, "calc", str(bom), "--meter-log", str(log), "--format",
                               "json"], capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        doc = json.loads(done.stdout)
        assert doc["total_kg_co2e"] == pytest.approx(46 / 13 * GRID)
    refused = subprocess.run([str(CFP), "calc", str(bom), "--meter-log", str(log), "--format",
                              "csv", "-o", str(log)], capture_output=True, text=True)
    assert refused.returncode == 2
    assert hashlib.sha256(log.read_bytes()).hexdigest() == hashlib.sha256(
        counter_log(tmp_path / "again.csv").read_bytes()).hexdigest()


def test_a_mapping_sheet_without_its_logs_is_warned_not_silently_ignored(tmp_path):
    # no --meter-log: the estimate 10 kW x 0.5 h x 0.7 = 3.5 kWh is used, and said
    result = calculate(book(tmp_path, MAP))
    assert cycle(result)["amount"] == pytest.approx(3.5)
    assert ("warn.meterlog_not_given", {"sheet": "計測ログ"}) in result.warnings


def test_logs_of_the_same_name_in_two_folders(tmp_path):
    # line1/log.csv: 561 -> 607 kWh over 100 -> 113 pieces = 46 / 13 kWh per piece;
    # line2/log.csv: 1000 -> 1026 kWh over 0 -> 13 pieces = 26 / 13 = 2 kWh per piece
    (tmp_path / "line1").mkdir()
    (tmp_path / "line2").mkdir()
    first = counter_log(tmp_path / "line1" / "log.csv")
    second = counter_log(tmp_path / "line2" / "log.csv",
                         rows=[("2026/04/01 09:00:00", 1000, 0), ("2026/04/01 09:30:00", 1026, 13)])
    # the cell names only the file: which one is meant cannot be known, so it is refused
    found = problems(tmp_path, MAP, first, second)
    assert [(p.code, p.cell, p.value) for p in found] == [("meterlog.same_name", "A2",
                                                           "log.csv")]
    assert str(first) in found[0].params["paths"] and str(second) in found[0].params["paths"]
    # with the folder in the cell ("/" or "\"), each row takes its own log
    two = write_book(tmp_path / "two.xlsx", {
        "部品表": [["品番", "個数", "旋盤 加工(分)"], ["P-1", 1, 30], ["P-2", 1, 30]],
        "工程": PROCESSES, "設定": SETTINGS,
        "計測ログ": [["ファイル", "品番", "工程"], ["line2\\log.csv", "P-1", "旋盤"],
                    ["LINE1/log.csv", "P-2", "旋盤"]],
        "排出原単位": [["キー", "単位", "排出原単位"], ["P-1", "piece", 0], ["P-2", "piece", 0]]})
    inv = calculate(two, Options(meter_logs=[first, second])).inventory
    cycles = inv[inv["flow"] == "electricity (cycle)"].set_index("part_number")["amount"]
    assert cycles["P-1"] == pytest.approx(2.0) and cycles["P-2"] == pytest.approx(46 / 13)
    # the same file given twice is one log
    assert cycle(run(tmp_path, MAP, first, tmp_path / "line1" / "." / "log.csv"))["amount"] \
        == pytest.approx(46 / 13)


# --- windows between samples: exactly the window is integrated (review F3) -------------

def cli_calc(tmp_path, mapping, log):
    """`cfp calc BOM --meter-log LOG --format json` through the script: (exit code, the
    processing cycle line or None, stderr)."""
    from cfp.lca.read.results import inventory_rows

    done = subprocess.run([str(CFP), "calc", str(book(tmp_path, mapping)), "--meter-log",
                           str(log), "--format", "json", "--lang", "en"],
                          capture_output=True, text=True)
    if done.returncode not in (0, 1):
        return done.returncode, None, done.stderr
    rows = [r for r in inventory_rows(json.loads(done.stdout))
            if r["stage"] == "processing" and r["flow"] == "electricity (cycle)"]
    return done.returncode, rows[0], done.stderr


def power_log(path):
    """A constant 6 kW, a sample every 10 min from 08:00 to 09:00 (file rows 2-8)."""
    lines = ["日時,電力(kW)"] + [f"2026/04/01 {8 + m // 60:02d}:{m % 60:02d}:00,6.0"
                                for m in range(0, 61, 10)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(("start", "end", "kwh", "rows", "between"), [
    # on sample times: 3 intervals x 6 kW x 1/6 h = 3 kWh / 10 pieces = 0.3 kWh/piece
    ("08:00", "08:30", 3.0, "rows 2-5", None),
    # 08:05-08:35: 6 kW x 0.5 h = 3 kWh -> 0.3 (not 2 kWh of 08:10-08:30 / 10 = 0.2); the
    # 5 min at each end come from the 08:10 and 08:40 samples (each the mean of the
    # interval ending at its time), the rows used run from 08:00 to 08:40
    ("08:05", "08:35", 3.0, "rows 2-6", ("08:00:00", "08:40:00")),
    # 08:01-08:29: 6 kW x 28/60 h = 2.8 kWh -> 0.28 (not 1 kWh of 08:10-08:20 / 10 = 0.1)
    ("08:01", "08:29", 2.8, "rows 2-5", ("08:00:00", "08:30:00")),
    # inside a single interval: 6 kW x 4/60 h = 0.4 kWh -> 0.04
    ("08:03", "08:07", 0.4, "rows 2-3", ("08:00:00", "08:10:00")),
])
def test_cli_power_window_between_samples(tmp_path, start, end, kwh, rows, between):
    log = power_log(tmp_path / "log.csv")
    mapping = [["ファイル", "品番", "工程", "開始", "終了", "加工数"],
               ["log.csv", "P-1", "旋盤", f"2026/04/01 {start}", f"2026/04/01 {end}", 10]]
    code, row, stderr = cli_calc(tmp_path, mapping, log)
    assert code == 0, stderr
    assert row["amount"] == pytest.approx(kwh / 10)
    assert row["kg_co2e"] == pytest.approx(kwh / 10 * GRID)
    origin = row["master_origin"]
    assert f"log.csv {rows}, 2026-04-01 {start}:00 to 2026-04-01 {end}:00" in origin
    assert f"{kwh:g} kWh / 10 pieces" in origin
    if between is None:
        assert "between samples" not in origin
    else:
        assert (f"(between samples: partial intervals from the samples at 2026-04-01 "
                f"{between[0]} and 2026-04-01 {between[1]})") in origin


def test_cli_power_partial_intervals_take_the_next_samples_value(tmp_path):
    # 08:00 5 kW (starts the log), 08:10 12 kW (mean of 08:00-08:10), 08:20 3 kW (mean of
    # 08:10-08:20); window 08:05-08:15: 12 kW x 5/60 h + 3 kW x 5/60 h = 1 + 0.25
    # = 1.25 kWh / 5 pieces = 0.25 kWh/piece
    log = tmp_path / "log.csv"
    log.write_text("日時,電力(kW)\n2026/04/01 08:00,5\n2026/04/01 08:10,12\n"
                   "2026/04/01 08:20,3\n", encoding="utf-8")
    mapping = [["ファイル", "品番", "工程", "開始", "終了", "加工数"],
               ["log.csv", "P-1", "旋盤", "2026/04/01 08:05", "2026/04/01 08:15", 5]]
    code, row, stderr = cli_calc(tmp_path, mapping, log)
    assert code == 0, stderr
    assert row["amount"] == pytest.approx(0.25)


@pytest.mark.parametrize(("start", "end", "kwh", "pieces"), [
    # COUNTER_ROWS: 561 567 575 590 607 kWh and 100 102 104 109 113 pieces at 08:00..08:40
    # 08:05-08:35, interpolated: 564 -> 598.5 kWh = 34.5 kWh; pieces 101 -> 111 = 10
    # (not 590 - 567 = 23 kWh / 109 - 102 = 7 pieces of the samples inside): 3.45 kWh/piece
    ("08:05", "08:35", 34.5, 10),
    # 08:12-08:28: 567 + 8 x 0.2 = 568.6 -> 575 + 15 x 0.8 = 587 kWh = 18.4 kWh;
    # pieces 102 + 2 x 0.2 = 102.4 -> 104 + 5 x 0.8 = 108 = 5.6: 18.4 / 5.6 = 3.28571
    ("08:12", "08:28", 18.4, 5.6),
])
def test_cli_counter_interpolated_at_the_window_ends(tmp_path, start, end, kwh, pieces):
    log = counter_log(tmp_path / "log.csv")
    mapping = [["ファイル", "品番", "工程", "開始", "終了"],
               ["log.csv", "P-1", "旋盤", f"2026/04/01 {start}", f"2026/04/01 {end}"]]
    code, row, stderr = cli_calc(tmp_path, mapping, log)
    assert code == 0, stderr
    assert row["amount"] == pytest.approx(kwh / pieces)
    assert f"{kwh:g} kWh / {pieces:g} pieces" in row["master_origin"]
    assert "between samples" in row["master_origin"]
    # the 加工数 of the mapping instead of a piece counter: the same kWh / 10 pieces
    mapping[0].append("加工数")
    mapping[1].append(10)
    log = counter_log(tmp_path / "log.csv", pieces=False)
    code, row, stderr = cli_calc(tmp_path, mapping, log)
    assert code == 0, stderr
    assert row["amount"] == pytest.approx(kwh / 10)


@pytest.mark.parametrize(("start", "end", "cell"), [
    # the log stops at 08:40 (its last sample): a window to 08:45 would need 5 min of
    # energy the log does not hold; refused, never extrapolated
    ("08:10", "08:45", "E2"),
    ("07:55", "08:30", "D2"),  # starts before the first sample
])
def test_cli_window_beyond_the_log_is_refused(tmp_path, start, end, cell):
    log = counter_log(tmp_path / "log.csv")
    mapping = [["ファイル", "品番", "工程", "開始", "終了", "加工数"],
               ["log.csv", "P-1", "旋盤", f"2026/04/01 {start}", f"2026/04/01 {end}", 10]]
    code, row, stderr = cli_calc(tmp_path, mapping, log)
    assert code == 2 and row is None
    text = " ".join(stderr.split())
    assert f"計測ログ!{cell}" in text or cell in text
    assert (f"the time window 2026-04-01 {start}:00 to 2026-04-01 {end}:00 is not covered by "
            f"the log log.csv, which runs from 2026-04-01 08:00:00 to 2026-04-01 08:40:00"
            in text)
    assert "give a log that covers the whole window" in text


def test_cli_gap_at_the_end_of_a_window(tmp_path):
    # 10 min steps to 08:30, then 09:20 (a 50 min gap); window 08:05-08:50, 加工数 5:
    # counter 561 567 575 590 | 620 at 09:20: at 08:05 564, at 08:50 590 + 30 x 20/50 = 602,
    # 38 kWh / 5 = 7.6 kWh/piece, and the gap is warned
    rows = [(t, e, 0) for t, e, _ in COUNTER_ROWS[:4]] + [("2026/04/01 09:20:00", 620, 0)]
    log = counter_log(tmp_path / "log.csv", rows, pieces=False)
    mapping = [["ファイル", "品番", "工程", "開始", "終了", "加工数"],
               ["log.csv", "P-1", "旋盤", "2026/04/01 08:05", "2026/04/01 08:50", 5]]
    code, row, stderr = cli_calc(tmp_path, mapping, log)
    assert code == 0, stderr
    assert row["amount"] == pytest.approx(38 / 5)
    assert "rows 4-8" in row["master_origin"]
    result = run(tmp_path, mapping, log)
    gaps = [p for k, p in result.warnings if k == "warn.meterlog_gap"]
    assert gaps == [{"file": "log.csv", "row": 8, "previous": 7, "minutes": "50",
                     "typical": "10"}]


def blank_pieces(blank):
    """COUNTER_ROWS with the piece counter blank ("") or "----" at some times."""
    return [(t, e, blank.get(t[-8:-3], c)) for t, e, c in COUNTER_ROWS]


def test_piece_counter_blank_at_the_windows_end_is_refused(tmp_path):
    # the whole log, 08:00-08:40, but no piece reading at 08:40 (file row 8): the nearest
    # known one (109 at 08:30) would give 46 kWh / 9 pieces = 5.11 kWh/piece instead of
    # the energy's own end sample; refused, with the cell (column C, row 8) named
    log = counter_log(tmp_path / "log.csv", blank_pieces({"08:40": ""}))
    found = problems(tmp_path, MAP, log)
    assert [(p.code, p.file, p.sheet, p.cell, p.value) for p in found] == [
        ("meterlog.pieces_unread", str(log), None, "C8", None)]
    assert found[0].params["row"] == 8 and found[0].params["column"] == "生産数"
    en, ja = found[0].message("en"), found[0].message("ja")
    assert en.startswith(f"{log}: cell C8 (row 8, column '生産数', 2026-04-01 08:40:00): the "
                         "piece counter is blank")
    assert "08:00:00 to 2026-04-01 08:40:00" in en and "加工数 / Pieces" in en
    assert "セル C8(8 行目、列「生産数」" in ja and "空欄" in ja


def test_piece_counter_blanks_at_both_ends_are_collected(tmp_path):
    # window 08:05-08:35: the energy at 08:05 is read between 08:00 and 08:10 (rows 4, 5),
    # at 08:35 between 08:30 and 08:40 (rows 7, 8); the counter is blank at 08:10 and
    # "----" at 08:40: both reported in one run (08:20, row 6, is not an end: not asked)
    log = counter_log(tmp_path / "log.csv", blank_pieces({"08:10": "", "08:20": "",
                                                          "08:40": "----"}))
    mapping = [["ファイル", "品番", "工程", "開始", "終了"],
               ["log.csv", "P-1", "旋盤", "2026/04/01 08:05", "2026/04/01 08:35"]]
    found = problems(tmp_path, mapping, log)
    assert [(p.code, p.cell, p.value) for p in found] == [
        ("meterlog.pieces_unread", "C5", None), ("meterlog.pieces_unread", "C8", "----")]
    assert "the piece counter is '----'" in found[1].message("en")
    assert "個数カウンタが「----」です" in found[1].message("ja")


def test_piece_counter_blank_inside_the_window_is_not_needed(tmp_path):
    # blank at 08:20 only (row 6): both ends (08:00, 08:40) have readings: the rise is
    # 113 - 100 = 13 pieces as with the full counter: 46 / 13 kWh/piece
    log = counter_log(tmp_path / "log.csv", blank_pieces({"08:20": ""}))
    assert cycle(run(tmp_path, MAP, log))["amount"] == pytest.approx(46 / 13)
    # window 08:10-08:30 on samples: blank at 08:40 and 08:00 is outside; 590 - 567 =
    # 23 kWh over 109 - 102 = 7 pieces
    log = counter_log(tmp_path / "log.csv", blank_pieces({"08:00": "", "08:40": ""}))
    mapping = [["ファイル", "品番", "工程", "開始", "終了"],
               ["log.csv", "P-1", "旋盤", "2026/04/01 08:10", "2026/04/01 08:30"]]
    assert cycle(run(tmp_path, mapping, log))["amount"] == pytest.approx(23 / 7)
    # 加工数 given: the counter is not read, its blank end does not matter: 46 / 4
    mapping = [["ファイル", "品番", "工程", "加工数"], ["log.csv", "P-1", "旋盤", 4]]
    log = counter_log(tmp_path / "log.csv", blank_pieces({"08:40": ""}))
    assert cycle(run(tmp_path, mapping, log))["amount"] == pytest.approx(11.5)


def test_cli_piece_counter_blank_at_an_end_exits_2(tmp_path):
    log = counter_log(tmp_path / "log.csv", blank_pieces({"08:00": ""}))
    code, row, stderr = cli_calc(tmp_path, MAP, log)
    assert code == 2 and row is None
    text = " ".join(stderr.split())
    assert "cell C4 (row 4, column '生産数', 2026-04-01 08:00:00): the piece counter is blank" \
        in text


def test_xlsx_piece_counter_blank_names_the_sheet_and_cell(tmp_path):
    # 13:00-13:59, counter blank at 13:00 (row 2 of the sheet 計測): refused
    path = tmp_path / "log.xlsx"
    sheet_book = openpyxl.Workbook()
    sheet = sheet_book.active
    sheet.title = "計測"
    sheet.append(["日時", "電力量(kWh)", "カウント"])
    for minute, kwh, count in [(0, 2.0, None), (30, 3.5, 13), (59, 5.0, 16)]:
        sheet.append([datetime(2026, 4, 1, 13, minute), kwh, count])
    sheet_book.save(path)
    found = problems(tmp_path, [["ファイル", "品番", "工程"], ["log.xlsx", "P-1", "旋盤"]], path)
    assert [(p.code, p.sheet, p.cell) for p in found] == [("meterlog.pieces_unread", "計測", "C2")]
    assert found[0].message("en").startswith(f"{path}: 計測!C2: cell C2 (row 2,")


def test_pieces_given_in_the_mapping_must_be_whole(tmp_path):
    # 加工数 1.5 on the 計測ログ row: the window's energy would be split 1.5 ways (as in
    # 実測, refused naming the cell); 2 pieces are read
    log = counter_log(tmp_path / "log.csv", pieces=False)
    found = problems(tmp_path, [["ファイル", "品番", "工程", "加工数"],
                                ["log.csv", "P-1", "旋盤", 1.5]], log)
    assert [(p.code, p.sheet, p.cell) for p in found] == [
        ("measurement.pieces_not_whole", "計測ログ", "D2")]
    assert "1.5" in found[0].message("en") and "整数ではありません" in found[0].message("ja")
