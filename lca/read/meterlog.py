"""Metered energy from power-logger files: `--meter-log FILE` (issue 15).

A logger's export (CSV in UTF-8 or CP932, or XLSX) holds timestamps and either power
(kW, W: the mean power of the interval ending at the timestamp) or a cumulative energy
counter (kWh, Wh), optionally a piece counter. The 計測ログ / Meter logs sheet of the BOM
workbook maps a file to what it measured, one row per window:

    ファイル / File | 品番 / Part number | 工程 / Process | 開始 / Start | 終了 / End |
    加工数 / Pieces | 列 / Column

Start and end are optional (the whole log); pieces are needed when the log has no piece
counter; 列 names the power or energy column when the log has several. The kWh of exactly
the window: a counter's rise from its value at the start to its value at the end (the
P1/P2 method of the domain brief), each linearly interpolated between the samples around
it when the window does not start or end on a sample; for power, the sum of P x the part
of its interval inside the window (each value is the mean power of the interval ending at
its time, so a partial interval at either end takes the value of the sample after it).
kWh per piece is that divided by the pieces made in the window (the piece counter's rise,
interpolated the same way, else 加工数). Each window becomes a measurement row
(`energy_basis` measured) whose origin names the log file, the rows used, the window and,
when it ends between samples, the samples outside it that its partial intervals use.

Checked, each naming the file and its row: a time that does not increase (error), a gap
longer than three typical intervals (warning), a counter that falls (a reset or a
negative step: error), negative power (error), a window the log does not cover (it
starts before the first sample or ends after the last: error, never extrapolated), a
log with fewer than two samples (error), no pieces (error), a piece counter
without a reading (blank, ----) at a sample the energy's ends are read from (error: the
nearest reading would be a guess).

Layouts read (header row found among the first 40 rows, metadata lines above it are
skipped; headers in Japanese or English, units in brackets):
- generic: 日時 / Timestamp, or 日付 + 時刻 / Date + Time; 電力(kW) / 有効電力 / Power;
  積算電力量(kWh) / 電力量 / Energy; 生産数 / 加工数 / Count / Pieces;
- Yokogawa CW120/CW121: "OUTPUT DATE", "OUTPUT TIME", P (W), Wh(+) (Wh); "----" / "OR"
  values are missing samples, "POWER OFF" / "POWER ON" lines are skipped (a gap);
- Yokogawa CW240 and HIOKI PW3360 / PW8001 style: Date/DATE, Time/TIME, a power column
  P…(W) / P…[W] or an energy column WP+…[Wh]; name it in 列 when there are several.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path

import numpy as np

from ..errors import Message, Problem, ProblemLog
from ..frame import Frame
from .names import METER_LOG_SHEET_NAMES, source_label, split_unit
from .textnorm import (
    cell_ref,
    header_key,
    is_blank,
    map_unique,
    name_key,
    nfkc,
    number_problem,
    parse_number,
    to_text,
)
from .workbook import TEXT_SUFFIXES, Table, Workbook, find_sheet, find_table, open_workbook

MAP_SHEET = METER_LOG_SHEET_NAMES
MAP_ALIASES = {
    "file": ["ファイル", "ファイル名", "ログファイル", "File", "Log file"],
    "part_number": ["品番", "Part number", "Part No"],
    "process": ["工程", "Process", "Machine"],
    "start": ["開始", "開始日時", "Start", "From"],
    "end": ["終了", "終了日時", "End", "To", "Until"],
    "pieces": ["加工数", "個数", "Pieces", "Count"],
    "column": ["列", "列名", "計測列", "Column", "Channel"],
}
#: mapping fields a cell merged down the rows gives to each (one log for several
#: windows); a merged start, end or piece count is refused (workbook.find_table)
MAP_FILLED = frozenset({"file", "part_number", "process", "column"})
TIMESTAMP = {"日時", "日付時刻", "計測日時", "年月日時刻", "timestamp", "datetime", "dateandtime",
             "date&time", "time stamp"}
DATE = {"日付", "年月日", "date", "outputdate"}
CLOCK = {"時刻", "時間", "time", "outputtime"}
ENERGY = {"積算電力量", "電力量", "有効電力量", "積算有効電力量", "使用電力量", "energy",
          "activeenergy", "cumulativeenergy", "kwh", "wh(+)", "wh+", "wp+"}
POWER = {"電力", "有効電力", "消費電力", "瞬時電力", "power", "activepower", "p", "psum", "kw"}
PIECES = {"生産数", "加工数", "ショット数", "カウント", "個数", "count", "pieces", "counter",
          "shots", "生産カウント"}
#: unit (lower case) -> (kind, kWh or kW per unit)
UNITS = {"kwh": ("energy", 1.0), "wh": ("energy", 0.001), "mwh": ("energy", 1000.0),
         "kw": ("power", 1.0), "w": ("power", 0.001), "mw": ("power", 1000.0)}
MISSING = {"----", "---", "or", "over", "err", "error", "n/a", "*"}
HEADER_ROWS = 40
GAP_FACTOR = 3.0  # a step longer than this many typical intervals is a gap


@dataclass
class Channel:
    """The columns of one log used for a window."""

    time: list[int]  # one column (timestamp) or two (date, time)
    value: int
    kind: str  # "energy" or "power"
    scale: float  # kWh (energy) or kW (power) per value
    pieces: int | None
    header_row: int


@dataclass
class LogFile:
    path: Path
    rows: list[list[object]]
    sheet: str
    cache: dict[str, object] = field(default_factory=dict)


Warnings = list[tuple[str, dict[str, object]]]


def read_meter_logs(book: Workbook, paths: list[Path], log: ProblemLog,
                    warnings: Warnings) -> Frame | None:
    """Measurement rows (masters.MEASUREMENT_COLUMNS) from the logs and the workbook's
    計測ログ sheet; None when no log is given. Problems go to `log`, warnings (gaps,
    missing samples: message key and params) to `warnings`."""
    if not paths:
        return None
    sheet = find_sheet(book, MAP_SHEET)
    table = find_table(book, sheet, MAP_ALIASES, ["file", "part_number", "process"], log,
                       MAP_FILLED) \
        if sheet is not None else None
    if table is None:
        for path in paths:
            log.add("meterlog.no_mapping", None, None, None, file=str(path))
        return None
    opened: dict[Path, LogFile] = {}
    used: set[Path] = set()
    rows: list[dict[str, object]] = []
    for i in range(len(table.data)):
        path = _mapped_log(table, i, paths, used, log)
        if path is None:
            continue
        try:
            if path not in opened:
                opened[path] = _open(path, book)
            row = _window(opened[path], table, i, log, warnings)
        except _Refused:
            continue
        if row is not None:
            rows.append(row)
    for path in paths:
        if path not in used:
            log.add("meterlog.unmapped", table.sheet, None, path.name, file=str(path),
                    map_sheet=table.sheet)
    return _frame(rows)


def _mapped_log(table: Table, i: int, paths: list[Path], used: set[Path],
                log: ProblemLog) -> Path | None:
    """The one given log row `i` of the mapping names (marked used); None for a blank
    cell or, with the problem logged, a file not given or matching several."""
    name = to_text(table.data["file"][i:i + 1])[0]
    if name is None:
        return None
    found = matching_logs(str(name), paths)
    used.update(found)
    if len(found) == 1:
        return found[0]
    if found:  # two logs of the same name in different folders: never a guess
        log.at(table, i, "file", "meterlog.same_name", paths=", ".join(map(str, found)))
    else:
        files = sorted({p.name for p in paths}, key=str.casefold)
        log.at(table, i, "file", "meterlog.not_given", files=", ".join(files))
    return None


def matching_logs(name: str, paths: list[Path]) -> list[Path]:
    """The given logs the mapping's file cell names: by file name (case-insensitive), or,
    when the cell holds folders too (`line2/log.csv`, `line2\\log.csv`), by those last
    parts of the path."""
    wanted = [part.casefold() for part in name.replace("\\", "/").split("/") if part]
    if not wanted:
        return []
    found: dict[str, Path] = {}  # one file given twice (a.csv, ./a.csv) is one log
    for p in paths:
        if [part.casefold() for part in p.parts[-len(wanted):]] == wanted:
            found.setdefault(os.path.realpath(p), p)
    return list(found.values())


class _Refused(Exception):
    """A window that cannot be computed (its problems are in the log)."""


def _open(path: Path, book: Workbook) -> LogFile:
    other = open_workbook(path, limits=book.limits)
    name = other.sheet_names[0]
    return LogFile(path, other.rows(name), name)


# --- columns ------------------------------------------------------------------------

def _kind(header: object) -> tuple[str, str, float] | None:
    """(role, kind, scale) of a log header: role time/date/clock/pieces/value."""
    if not isinstance(header, str) or not header.strip():
        return None
    text = nfkc(header)
    if text.casefold().replace(" ", "") in ("wh(+)", "wh(+)", "wh(＋)"):
        return "value", "energy", 0.001  # Yokogawa CW12x: Wh(+) in Wh
    name, unit = split_unit(text)
    key = header_key(name)
    spaced = name.casefold()
    if key in TIMESTAMP or spaced in TIMESTAMP:
        return "time", "", 0.0
    if key in DATE:
        return "date", "", 0.0
    if key in CLOCK:
        return "clock", "", 0.0
    if key in PIECES:
        return "pieces", "", 0.0
    scale = UNITS.get((unit or "").casefold().replace(" ", ""))
    if key in ENERGY or key.startswith("wp+"):
        default = ("energy", 0.001) if key.startswith(("wh", "wp+")) else ("energy", 1.0)
        kind, size = scale if scale and scale[0] == "energy" else default
        return "value", kind, size
    if key in POWER or re.fullmatch(r"p(sum|\d*)(avg|inst)?\d*", key):
        default = ("power", 1.0) if key in ("電力", "有効電力", "消費電力", "瞬時電力", "kw") \
            else ("power", 0.001)
        kind, size = scale if scale and scale[0] == "power" else default
        return "value", kind, size
    return None


def _channel(logfile: LogFile, wanted: str | None) -> Channel | str:
    """The header row and columns of a log (cached per wanted column), or a problem code."""
    key = f"col:{wanted}"
    if key not in logfile.cache:
        logfile.cache[key] = _find_channel(logfile.rows, wanted)
    return logfile.cache[key]  # type: ignore[return-value]


def _find_channel(rows: list[list[object]], wanted: str | None) -> Channel | str:
    for r, row in enumerate(rows[:HEADER_ROWS]):
        roles = {c: k for c, v in enumerate(row) if (k := _kind(v)) is not None}
        time_cols = [c for c, k in roles.items() if k[0] == "time"]
        date_cols = [c for c, k in roles.items() if k[0] == "date"]
        clock_cols = [c for c, k in roles.items() if k[0] == "clock"]
        when = time_cols[:1] or (date_cols[:1] + clock_cols[:1] if date_cols else clock_cols[:1])
        if not when:
            continue
        values = [c for c, k in roles.items() if k[0] == "value"]
        if wanted is not None:
            chosen = [c for c, v in enumerate(row) if isinstance(v, str)
                      and (nfkc(v) == nfkc(wanted) or header_key(v) == header_key(wanted))]
            if not chosen:
                return "meterlog.no_column"
            kind = _kind(row[chosen[0]])
            if kind is None or kind[0] != "value":
                return "meterlog.column_unit"
            values = chosen
        if not values:
            continue
        energy = [c for c in values if roles.get(c, _kind(row[c]) or ("", "", 0))[1] == "energy"]
        value = (energy or values)[0]
        _role, kind, scale = _kind(row[value])  # type: ignore[misc]
        pieces = next((c for c, k in roles.items() if k[0] == "pieces"), None)
        return Channel(when, value, kind, scale, pieces, r)
    return "meterlog.no_header"


# --- timestamps ---------------------------------------------------------------------

_DATE_RE = re.compile(r"(\d{4})[/\-.年](\d{1,2})[/\-.月](\d{1,2})日?")
_TIME_RE = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?")


def parse_time(value: object, clock: object = None) -> datetime | None:
    """A timestamp cell (datetime, text, Excel serial), or a date cell and a time cell."""
    if clock is not None:
        day = parse_time(value)
        moment = _clock(clock)
        if day is None or moment is None:
            return None
        return datetime.combine(day.date(), time()) + moment
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime.combine(value, time())
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0:
        return datetime(1899, 12, 30) + timedelta(days=float(value))  # Excel serial
    if not isinstance(value, str):
        return None
    text = nfkc(value)
    found = _DATE_RE.search(text)
    if found is None:
        return None
    day = datetime(*map(int, found.groups()))
    rest = _clock(text[found.end():])
    return day + rest if rest is not None else day


def _clock(value: object) -> timedelta | None:
    if isinstance(value, time):
        return timedelta(hours=value.hour, minutes=value.minute, seconds=value.second,
                         microseconds=value.microsecond)
    if isinstance(value, datetime):
        return value - datetime.combine(value.date(), time())
    if isinstance(value, float) and 0 <= value < 1:  # Excel time of day
        return timedelta(days=value)
    text = nfkc(str(value)) if value is not None else ""
    found = _TIME_RE.search(text)
    if found is None:
        return None
    h, m, s, frac = found.groups()
    return timedelta(hours=int(h), minutes=int(m), seconds=int(s or 0),
                     microseconds=int((frac or "0")[:6].ljust(6, "0")))


# --- one window ---------------------------------------------------------------------

@dataclass
class Samples:
    """Parsed data rows of a log: 1-based file row numbers, times, values, pieces."""

    line: np.ndarray
    at: np.ndarray  # datetime64[us]
    value: np.ndarray  # kWh (energy) or kW (power)
    pieces: np.ndarray  # NaN where no piece counter
    missing: list[int] = field(default_factory=list)  # rows without a value ("----", OR)


def _samples(logfile: LogFile, ch: Channel, log: ProblemLog) -> Samples:
    """The data rows of `ch`, parsed once per log and column."""
    key = f"samples:{ch.header_row}:{ch.value}"
    if key not in logfile.cache:
        logfile.cache[key] = _parse(logfile, ch, log)
    return logfile.cache[key]  # type: ignore[return-value]


def _parse(logfile: LogFile, ch: Channel, log: ProblemLog) -> Samples:
    lines, times, values, pieces, missing = [], [], [], [], []
    file = str(logfile.path)
    for r in range(ch.header_row + 1, len(logfile.rows)):
        row = logfile.rows[r]
        cells = [row[c] if c < len(row) else None for c in ch.time]
        if all(is_blank(c) for c in cells) or (isinstance(row[0], str) and row[0].strip()
                                              .upper().startswith("POWER O")):
            continue
        moment = parse_time(*cells)
        if moment is None:
            log.extend([Problem("meterlog.bad_time", file, None, None, cells[0],
                                {"row": r + 1})])
            continue
        number = _reading(row[ch.value] if ch.value < len(row) else None, file, r, log)
        if number is None:  # "----", "OR", blank: a sample the logger did not record
            missing.append(r + 1)
            continue
        if number != number:  # text that is no number: reported
            continue
        count = _reading(row[ch.pieces], file, r, log) if ch.pieces is not None \
            and ch.pieces < len(row) else None
        lines.append(r + 1)
        times.append(np.datetime64(moment, "us"))
        values.append(float(number) * ch.scale)
        pieces.append(np.nan if count is None else float(count))
    return Samples(np.array(lines, dtype=np.int64), np.array(times, dtype="datetime64[us]"),
                   np.array(values, dtype=float), np.array(pieces, dtype=float), missing)


def _reading(raw: object, file: str, r: int, log: ProblemLog) -> float | None:
    """A logger cell (0-based row `r`) as a number; None where the logger recorded
    nothing ("----", "OR", blank); NaN, reported, for text that is no number ('1,5')."""
    if isinstance(raw, str) and nfkc(raw).casefold() in MISSING:
        return None
    try:
        return parse_number(raw)
    except ValueError:
        log.extend([Problem("meterlog.not_number", file, None, None, raw, {"row": r + 1})])
        return float("nan")


def _window(logfile: LogFile, table: object, i: int, log: ProblemLog,
            warnings: Warnings) -> dict[str, object] | None:
    """One mapping row: kWh per piece over its window, or None (problems logged)."""
    file = str(logfile.path)
    ch, s = _columns_and_samples(logfile, table, i, log)
    span = _span(s, table, i, file, log)
    kwh = _energy(s, span, ch, file, log)
    pieces = _pieces(logfile, ch, s, span, table, i, log)
    if kwh is None or pieces is None:
        raise _Refused
    warnings.extend(("warn.meterlog_gap", gap) for gap in _gaps(s, span.used, file))
    if s.missing and not logfile.cache.get("missing_warned"):
        logfile.cache["missing_warned"] = True
        warnings.append(("warn.meterlog_missing", {
            "file": logfile.path.name, "count": len(s.missing),
            "first": ", ".join(map(str, s.missing[:5]))}))
    return _measurement(logfile, table, i, s, span, ch, kwh, pieces)


def _columns_and_samples(logfile: LogFile, table: object, i: int,
                         log: ProblemLog) -> tuple[Channel, Samples]:
    """The log's columns for this mapping row (its 列, else found) and its samples, in
    time order (a log out of order is reported once)."""
    data = table.data  # type: ignore[attr-defined]
    file = str(logfile.path)
    wanted = to_text(data["column"][i:i + 1])[0] if "column" in data else None
    ch = _channel(logfile, wanted)
    if isinstance(ch, str):
        log.extend([Problem(ch, file, None, None, wanted)])
        raise _Refused
    s = _samples(logfile, ch, log)
    if not len(s.at):
        log.extend([Problem("meterlog.no_samples", file)])
        raise _Refused
    key = f"ordered:{ch.header_row}:{ch.value}"
    if key not in logfile.cache:
        logfile.cache[key] = _check_order(s, file, log)
    if not logfile.cache[key]:
        raise _Refused
    return ch, s


@dataclass
class Span:
    """A window [lo, hi] (µs since the epoch) and the samples it uses: from the last one
    at or before lo to the first one at or after hi (the partial intervals at both ends
    come from the samples just outside the window)."""

    lo: int
    hi: int
    used: np.ndarray  # positions in Samples

    def times(self, s: Samples) -> np.ndarray:
        return s.at[self.used].astype(np.int64)


def _span(s: Samples, table: object, i: int, file: str, log: ProblemLog) -> Span:
    """The row's window (default: the whole log); refused when the log does not cover
    it: energy before the first or after the last sample would be a guess."""
    start, end = (_bound(table, i, name, log) for name in ("start", "end"))
    first, last = s.at[0], s.at[-1]
    if len(s.at) < 2:
        log.at(table, i, "file", "meterlog.too_few_samples", log_file=Path(file).name)
        raise _Refused
    lo = np.datetime64(start, "us") if start else first
    hi = np.datetime64(end, "us") if end else last
    if lo < first or hi > last or lo >= hi:
        cell = "start" if start and (lo < first or lo >= hi) else "end" if end else "start"
        log.at(table, i, cell, "meterlog.window_outside",
               log_file=Path(file).name, window_start=str(lo.astype(datetime)),
               window_end=str(hi.astype(datetime)),
               log_start=str(first.astype(datetime)), log_end=str(last.astype(datetime)))
        raise _Refused
    j0 = int(np.searchsorted(s.at, lo, side="right")) - 1  # last sample <= lo
    j1 = int(np.searchsorted(s.at, hi, side="left"))  # first sample >= hi
    return Span(int(lo.astype(np.int64)), int(hi.astype(np.int64)), np.arange(j0, j1 + 1))


def _measurement(logfile: LogFile, table: object, i: int, s: Samples, span: Span,
                 ch: Channel, kwh: float, pieces: float) -> dict[str, object]:
    """The measurement row of a window, its origin naming the file, the rows used, the
    window and, when it ends between samples, the samples its partial intervals use."""
    data = table.data  # type: ignore[attr-defined]
    sheet_row = int(data["row"][i]) + 1
    a, b = int(s.line[span.used[0]]), int(s.line[span.used[-1]])
    t0, t1 = (_moment(span.lo), _moment(span.hi))
    times = span.times(s)
    between = "" if (times[0], times[-1]) == (span.lo, span.hi) else (
        f" (between samples: partial intervals from the samples at "
        f"{_moment(times[0]):%Y-%m-%d %H:%M:%S} and {_moment(times[-1]):%Y-%m-%d %H:%M:%S})")
    origin = (f"{logfile.path.name} rows {a}-{b}, {t0:%Y-%m-%d %H:%M:%S} to "
              f"{t1:%Y-%m-%d %H:%M:%S}{between}, {kwh:.6g} kWh / {pieces:g} pieces "
              f"({source_label(table.file, table.sheet)}:{sheet_row})")  # type: ignore[attr-defined]
    energy_start = _at(s.value[span.used], times, span.lo) if ch.kind == "energy" else np.nan
    return {"part_number": to_text(data["part_number"][i:i + 1])[0],
            "process": to_text(data["process"][i:i + 1])[0],
            "meter_start_kwh": energy_start, "meter_end_kwh": energy_start + kwh,
            "pieces": pieces, "kwh_per_piece": kwh / pieces,
            "file": table.file, "sheet": table.sheet,  # type: ignore[attr-defined]
            "origin": origin, "ref": f"{table.sheet}!A{sheet_row}"}  # type: ignore[attr-defined]


def _bound(table: object, i: int, name: str, log: ProblemLog) -> datetime | None:
    data = table.data  # type: ignore[attr-defined]
    if name not in data or is_blank(data[name][i]):
        return None
    moment = parse_time(data[name][i])
    if moment is None:
        log.at(table, i, name, "meterlog.bad_window")
        raise _Refused
    return moment


def _check_order(s: Samples, file: str, log: ProblemLog) -> bool:
    """True if every time is after the one before; else the first few rows reported."""
    steps = np.diff(s.at.astype(np.int64))
    back = np.flatnonzero(steps <= 0)
    for k in back[:5]:
        log.extend([Problem("meterlog.time_not_increasing", file, None, None,
                            str(s.at[k + 1].astype(datetime)),
                            {"row": int(s.line[k + 1]), "previous": int(s.line[k])})])
    return not len(back)


def _moment(us: int) -> datetime:
    return np.datetime64(int(us), "us").astype(datetime)


def _at(values: np.ndarray, times: np.ndarray, moment: int) -> float:
    """A counter linearly interpolated at `moment` (µs) between its samples."""
    return float(np.interp(float(moment), times.astype(float), values))


def _energy(s: Samples, span: Span, ch: Channel, file: str,
            log: ProblemLog) -> float | None:
    """kWh over exactly the window: a counter interpolated at both ends, or each power
    value x the part of its interval (the one ending at its time) inside the window."""
    values, rows, times = s.value[span.used], s.line[span.used], span.times(s)
    if ch.kind == "energy":
        falls = np.flatnonzero(np.diff(values) < 0)
        for k in falls[:5]:
            log.extend([Problem("meterlog.counter_decrease", file, None, None, None,
                                {"row": int(rows[k + 1]), "before": f"{values[k]:g}",
                                 "after": f"{values[k + 1]:g}"})])
        if len(falls):
            return None
        return _at(values, times, span.hi) - _at(values, times, span.lo)
    negative = np.flatnonzero(values < 0)
    for k in negative[:5]:
        log.extend([Problem("meterlog.negative_power", file, None, None, f"{values[k]:g}",
                            {"row": int(rows[k])})])
    if len(negative):
        return None
    # each power value is the mean of the interval ending at its timestamp (a step back
    # to the sample before); the first and last intervals count only inside the window
    inside = np.minimum(times[1:], span.hi) - np.maximum(times[:-1], span.lo)
    return float(np.sum(values[1:] * np.clip(inside, 0, None) / 3.6e9))  # µs -> h


def _pieces(logfile: LogFile, ch: Channel, s: Samples, span: Span, table: object, i: int,
            log: ProblemLog) -> float | None:
    """Pieces made in the window: 加工数, else the piece counter's rise interpolated at
    both ends like the energy. The counter must have a reading at each sample the
    energy's ends are read from; a blank there is refused, never filled from the
    nearest reading (`_unread_ends`)."""
    data = table.data  # type: ignore[attr-defined]
    file = str(logfile.path)
    try:
        given = parse_number(data["pieces"][i]) if "pieces" in data else None
    except ValueError:
        code, params = number_problem(data["pieces"][i])
        log.at(table, i, "pieces", code, **params)
        return None
    if given is None and ch.pieces is not None:
        if _unread_ends(logfile, ch, s, span, log):
            return None
        counter = s.pieces[span.used]
        known = ~np.isnan(counter)
        valid = counter[known]
        falls = np.flatnonzero(np.diff(valid) < 0)
        if len(falls):
            log.extend([Problem("meterlog.counter_decrease", file, None, None, None,
                                {"row": int(s.line[span.used][known][falls[0] + 1]),
                                 "before": f"{valid[falls[0]]:g}",
                                 "after": f"{valid[falls[0] + 1]:g}"})])
            return None
        times = span.times(s)[known]  # interpolated at both ends, like the energy
        given = _at(valid, times, span.hi) - _at(valid, times, span.lo)
        if given <= 0:
            log.at(table, i, "file", "meterlog.no_pieces_made", log_file=Path(file).name)
            return None
        return given
    if given is None or given <= 0:
        log.at(table, i, "pieces" if "pieces" in data else "file", "meterlog.no_pieces",
               log_file=Path(file).name)
        return None
    if given != int(given):  # 1.5 pieces made in the window: as in 実測, refused
        log.at(table, i, "pieces", "measurement.pieces_not_whole")
        return None
    return float(given)


def end_samples(span: Span, s: Samples) -> list[int]:
    """Positions (in Samples) the energy's readings at the window's two ends come from:
    the sample at an end that falls on one, else the two samples around it."""
    times, used = span.times(s), span.used
    start = used[:1] if times[0] == span.lo else used[:2]
    end = used[-1:] if times[-1] == span.hi else used[-2:]
    return sorted({int(k) for k in (*start, *end)})


def _unread_ends(logfile: LogFile, ch: Channel, s: Samples, span: Span,
                 log: ProblemLog) -> bool:
    """True, each cell reported, when the piece counter has no reading at a sample the
    window's ends are read from (blank, ----). Text that is no number is reported by
    `_reading` already."""
    missing = [k for k in end_samples(span, s) if np.isnan(s.pieces[k])]
    header = logfile.rows[ch.header_row][ch.pieces]
    sheet = logfile.sheet if logfile.path.suffix.lower() not in TEXT_SUFFIXES else None
    window = {"window_start": f"{_moment(span.lo):%Y-%m-%d %H:%M:%S}",
              "window_end": f"{_moment(span.hi):%Y-%m-%d %H:%M:%S}"}
    for k in missing:
        line = int(s.line[k])
        row = logfile.rows[line - 1]
        raw = row[ch.pieces] if ch.pieces < len(row) else None
        if not is_blank(raw) and not (isinstance(raw, str)
                                      and nfkc(raw).casefold() in MISSING):
            continue
        reading = Message("meterlog.reading_blank") if is_blank(raw) else \
            Message("meterlog.reading_text", {"text": str(raw).strip()})
        log.extend([Problem("meterlog.pieces_unread", str(logfile.path), sheet,
                            cell_ref(line - 1, ch.pieces), None if is_blank(raw) else raw,
                            {"row": line, "column": str(header).strip(), "reading": reading,
                             "time": f"{_moment(int(s.at[k].astype(np.int64))):%Y-%m-%d %H:%M:%S}",
                             "ref": cell_ref(line - 1, ch.pieces), **window})])
    return bool(missing)


def _gaps(s: Samples, inside: np.ndarray, file: str) -> list[dict[str, object]]:
    """Steps much longer than the typical interval in a window: samples are missing (a
    logger stopped, a POWER OFF). A counter's rise is exact across a gap; a power sum
    takes the power after the gap for the whole gap."""
    steps = np.diff(s.at[inside].astype(np.int64))
    typical = float(np.median(steps))
    return [{"file": Path(file).name, "row": int(s.line[inside[k + 1]]),
             "previous": int(s.line[inside[k]]), "minutes": f"{steps[k] / 6e7:g}",
             "typical": f"{typical / 6e7:g}"}
            for k in np.flatnonzero(steps > GAP_FACTOR * typical)[:5]]


def _frame(rows: list[dict[str, object]]) -> Frame:
    from .masters import MEASUREMENT_COLUMNS

    n = len(rows)
    columns: dict[str, object] = {}
    for name in MEASUREMENT_COLUMNS:
        values = [r.get(name) for r in rows]
        numeric = name in ("meter_start_kwh", "meter_end_kwh", "pieces", "kwh_per_piece",
                           "fuel_per_piece")
        columns[name] = np.array([np.nan if v is None else v for v in values], dtype=float) \
            if numeric else np.array(values, dtype=object)
    return Frame(columns, n)


def add_meter_logs(book: Workbook, masters: object, paths: list[Path],
                   log: ProblemLog) -> None:
    """Add the windows of the `--meter-log` files to `masters.measurements` (a log's
    window replaces a 実測 row of the same part and process, warned) and their
    warnings to `masters.meter_log_warnings` (given out by the processing stage)."""
    from .masters import MEASUREMENT_COLUMNS, _first_by

    warnings: Warnings = []
    masters.meter_log_warnings = warnings  # type: ignore[attr-defined]
    if not paths:  # a mapping sheet naming logs not given is not used: say so
        sheet = find_sheet(book, MAP_SHEET)
        table = find_table(book, sheet, MAP_ALIASES, ["file", "part_number", "process"],
                           filled=MAP_FILLED) \
            if sheet is not None else None
        if table is not None and any(v is not None for v in to_text(table.data["file"])):
            warnings.append(("warn.meterlog_not_given", {"sheet": sheet}))
        return
    rows = read_meter_logs(book, paths, log, warnings)
    if rows is None or not len(rows):
        return
    sheet = masters.measurements  # type: ignore[attr-defined]
    rows["process_key"] = map_unique(rows["process"], name_key)
    logged = set(zip(rows["part_number"], rows["process_key"], strict=True))
    for part, key, process in zip(sheet["part_number"], sheet["process_key"], sheet["process"],
                                  strict=True):
        if (part, key) in logged:
            warnings.append(("warn.meterlog_replaces", {"part": part, "process": process}))
    both = Frame.concat([rows, sheet], [*MEASUREMENT_COLUMNS, "process_key"])
    pairs = [f"{p}\0{k}" for p, k in zip(both["part_number"], both["process_key"], strict=True)]
    masters.measurements = _first_by(both, np.array(pairs, dtype=object))  # type: ignore[attr-defined]
