"""Fuels and compressed air of a process: the optional columns of 工程/Processes and
実測/Measurements, and their units (issue 15).

Processes (all optional, per process row):
- `燃料` / `Fuel`: a factor key (`都市ガス13A`, `LPG`, `灯油`, `A重油`, `軽油`...);
- `燃料消費量` / `Fuel use`: the fuel burnt while the process runs, with its unit in
  brackets: per hour (`(m3/h)`, `(Nm3/h)`, `(L/h)`, `(kg/h)`), per minute (`(L/min)`) or
  per piece (`(m3/個)`, `(kg/piece)`);
- `圧縮空気` / `Compressed air`: air use, `(Nm3/h)`, `(m3/min)`, `(L/min)` or per piece
  (`(Nm3/個)`, `(L/piece)`);
- `空気電力原単位` / `Air specific energy`: the compressor's kWh per Nm3 of air delivered
  (`(kWh/Nm3)`), else Settings `圧縮空気電力原単位`, else `DEFAULT_AIR_KWH_PER_NM3`.

Measurements: `燃料使用量` / `Fuel per piece` (`(m3/個)`, `(L/piece)`...) is metered fuel
per piece; `燃料` / `Fuel` names the fuel when the process row does not. A bare `(m3)` is
refused: beside the run's meter readings and 加工数 it may be the run's total.

Units. A fuel amount is converted into the unit its factor is per (`factors.UNITS`:
m3 = 1000 L, kL = 1000 L, t = 1000 kg); a mass of fuel is never turned into a volume
or back (no density is assumed: give the fuel in its factor's dimension). `Nm3` is the
normal cubic metre (0 °C, 101.325 kPa); the statutory Japanese gas factors are per m3
at the SHK "standard ambient" state (25 °C, 100 kPa; 算定省令 since the FY2023 revision,
where a volume metered without temperature and pressure is taken as that state). One
Nm3 is 298.15/273.15 x 101.325/100 = 1.10599 m3 at that state, so `(Nm3/h)` of a gas is
multiplied by `NM3_TO_M3`. Air volumes are not corrected: Nm3, m3 (free air delivered)
and L (ANR) are taken as the same air, as the compressor's specific energy is quoted
per volume of free air and its own spread (±20 %) is far larger than 0 °C vs 20 °C.
"""

from __future__ import annotations

import numpy as np

from ..errors import ProblemLog
from ..records import frozen
from .factors import parse_unit
from .names import split_unit
from .textnorm import nfkc, report_not_numbers, to_numbers, to_text
from .workbook import Table

PROCESS_UTILITY_ALIASES = {
    "fuel": ["燃料", "燃料種", "燃料の種類", "Fuel", "Fuel type"],
    "fuel_use": ["燃料消費量", "燃料使用量", "燃料消費", "Fuel use", "Fuel consumption",
                 "Fuel rate"],
    "air_use": ["圧縮空気", "圧縮空気使用量", "エア使用量", "Compressed air", "Air use",
                "Compressed air use"],
    "air_kwh": ["空気電力原単位", "圧縮空気電力原単位", "コンプレッサ電力原単位",
                "Air specific energy", "Compressor specific energy"],
}
MEASUREMENT_UTILITY_ALIASES = {
    "fuel": ["燃料", "燃料種", "Fuel", "Fuel type"],
    "fuel_per_piece": ["燃料使用量", "燃料消費量", "燃料実測", "Fuel per piece",
                       "Fuel use", "Measured fuel"],
}

#: 1 Nm3 (0 °C, 101.325 kPa) in m3 at the SHK standard ambient state (25 °C, 100 kPa).
NM3_TO_M3 = (298.15 / 273.15) * (101.325 / 100.0)

#: kWh of electricity per Nm3 of compressed air when neither the process row nor the
#: Settings give one: an oil-injected screw compressor station at 0.6-0.7 MPa(G). CAGI
#: data sheets give 16-17 kW/100 cfm at full load and 7 bar (0.094-0.100 kWh/m3 of free
#: air); measured plant values with partial load and cooling fans are higher (7.06
#: kW/(m3/min) = 0.118 kWh/m3 in the best of three inverter-driven plants, Komone Valley
#: 2019). Leaks are not included. See README "Compressed air".
DEFAULT_AIR_KWH_PER_NM3 = 0.12
#: a specific energy above this (kWh/Nm3) is refused: even a poor compressor station needs
#: well under 0.3; 7.2 is a specific power in kW/(m3/min) (÷ 60 = 0.12 kWh/Nm3)
MAX_AIR_KWH_PER_NM3 = 1.0
AIR_DEFAULT_SOURCE = ("cfp default 0.12 kWh/Nm3 (screw compressor, 0.6-0.7 MPa; CAGI data "
                      "sheets 16-17 kW/100 cfm; measured plants 0.118 kWh/m3 and up)")

#: per-hour multiplier of a rate's time unit ("/h" -> 1, "/min" -> 60)
PER_HOUR = {"h": 1.0, "hr": 1.0, "hour": 1.0, "時間": 1.0, "時": 1.0,
            "min": 60.0, "分": 60.0, "s": 3600.0, "sec": 3600.0, "秒": 3600.0}
PER_PIECE = frozenset({"個", "piece", "pc", "pcs", "pce", "unit", "台", "本", "枚", "ヶ", "コ"})
#: air volume units, in Nm3 (see the module docstring: not corrected for temperature)
AIR_UNITS = {"nm3": 1.0, "m3": 1.0, "l": 0.001, "nl": 0.001, "l(anr)": 0.001,
             "m3(anr)": 1.0}


@frozen
class Rate:
    """The unit of a fuel or air column: amount unit, and hours it is per (None: per
    piece). `amount` is the unit as written (`m3`, `Nm3`, `L`)."""

    amount: str
    per_hour: float | None  # multiplier to "per hour"; None: the value is per piece


def parse_rate(unit: str | None, per_piece_default: bool = False) -> Rate | None:
    """`'m3/h'` -> Rate('m3', 1.0); `'L/min'` -> Rate('L', 60.0); `'kg/個'` ->
    Rate('kg', None); `'m3'` -> per piece if `per_piece_default` else None (unknown)."""
    if not unit:
        return None
    text = nfkc(unit).replace(" ", "").replace("³", "3")
    amount, _, per = text.rpartition("/") if "/" in text else (text, "", "")
    per = per.casefold()
    if not per:
        return Rate(amount, None) if per_piece_default else None
    if per in PER_PIECE:
        return Rate(amount, None)
    if per in PER_HOUR:
        return Rate(amount, PER_HOUR[per])
    return None


def fuel_size(amount: str, dimension: str) -> float | None:
    """Size of one `amount` unit in the base unit of `dimension` (`factors.UNITS`), with
    Nm3 corrected to the standard ambient m3 of the gas factors; None if the unit is of
    another dimension (a mass for a factor per volume...)."""
    key = amount.casefold()
    normal = key.startswith("nm3") or key.startswith("千nm3")
    if normal:
        key = key.replace("nm3", "m3")
    parsed = parse_unit(key)
    if parsed is None or parsed[0] != dimension:
        return None
    return parsed[1] * (NM3_TO_M3 if normal else 1.0)


def air_size(amount: str) -> float | None:
    """Nm3 per one `amount` unit of air (Nm3, m3, L); None if not an air volume."""
    return AIR_UNITS.get(nfkc(amount).casefold().replace(" ", ""))


def specific_energy(unit: str | None) -> float | None:
    """Multiplier of a specific-energy column to kWh/Nm3: `kWh/Nm3`, `kWh/m3` -> 1,
    `kWh/L` -> 1000; no unit: kWh/Nm3 is assumed; None for another unit."""
    if not unit:
        return 1.0
    text = nfkc(unit).casefold().replace(" ", "")
    energy, _, volume = text.partition("/")
    size = air_size(volume) if energy == "kwh" else None
    return None if size is None else 1.0 / size


def _column_unit(table: Table, name: str) -> str | None:
    header = table.headers.get(name)
    return split_unit(header)[1] if isinstance(header, str) else None


def _values(table: Table, name: str, log: ProblemLog, report: bool = True) -> np.ndarray:
    """The numbers of column `name` (NaN where blank or bad); bad cells are problems
    (once: `report=False` for a second reading of the same column)."""
    if name not in table.data:
        return np.full(len(table.data), np.nan)
    numbers, bad = to_numbers(table.data[name])
    report_not_numbers(log, table, bad & report, name)
    for i in np.flatnonzero((numbers < 0) & report):
        log.at(table, i, name, "cell.negative")
    numbers[bad | (numbers < 0)] = np.nan
    return numbers


def _cells(table: Table, name: str) -> list[str | None]:
    """`sheet!cell` of column `name` on each data row (None without the column): where
    a message about that row's value points."""
    if name not in table.columns:
        return [None] * len(table.data)
    return [f"{table.sheet}!{table.cell(r, name)}" for r in table.data["row"].tolist()]


def _unit_or_problem(table: Table, name: str, rate: Rate | None, log: ProblemLog,
                     code: str) -> Rate | None:
    """The column's rate, or one problem on its header naming the units accepted."""
    if rate is None and name in table.columns:
        log.add(code, table.sheet, table.header_cell(name), table.headers.get(name),
                file=table.file)
    return rate


def process_utilities(table: Table, log: ProblemLog) -> dict[str, object]:
    """The fuel and air columns of one Processes table, per row: `fuel` (text),
    `fuel_use` (number as written), `fuel_unit` (unit written, e.g. m3), `fuel_per_hour`
    (x to make it per hour; NaN: per piece), `air_nm3_h` / `air_nm3_piece`, `air_kwh`
    (kWh/Nm3 or NaN)."""
    n = len(table.data)
    fuel = to_text(table.data["fuel"]) if "fuel" in table.data else np.full(n, None, object)
    fuel_rate = _unit_or_problem(table, "fuel_use", parse_rate(_column_unit(table, "fuel_use")),
                                 log, "process.fuel_unit")
    air_rate = _unit_or_problem(table, "air_use", parse_rate(_column_unit(table, "air_use")),
                                log, "process.air_unit")
    air_nm3 = air_size(air_rate.amount) if air_rate is not None else None
    if air_rate is not None and air_nm3 is None:
        log.add("process.air_unit", table.sheet, table.header_cell("air_use"),
                table.headers.get("air_use"), file=table.file)
    air = _values(table, "air_use", log, report=False) * (air_nm3 or np.nan)
    air_per_hour = air_rate.per_hour if air_rate is not None else None
    kwh_size = specific_energy(_column_unit(table, "air_kwh"))
    if kwh_size is None:
        log.add("process.air_kwh_unit", table.sheet, table.header_cell("air_kwh"),
                table.headers.get("air_kwh"), file=table.file)
    fuel_use = _values(table, "fuel_use", log)
    air_use = _values(table, "air_use", log)
    air_kwh = _values(table, "air_kwh", log) * (kwh_size or np.nan)
    for i in np.flatnonzero(air_kwh > MAX_AIR_KWH_PER_NM3):
        log.at(table, i, "air_kwh", "process.air_kwh_implausible",
               kwh=f"{air_kwh[i]:g}", per_min=f"{air_kwh[i] / 60:.3g}")
    air_kwh[air_kwh > MAX_AIR_KWH_PER_NM3] = np.nan
    return {
        "fuel": fuel, "fuel_use": fuel_use, "fuel_cell": _cells(table, "fuel"),
        "fuel_unit": fuel_rate.amount if fuel_rate is not None else None,
        "fuel_per_hour": np.nan if fuel_rate is None or fuel_rate.per_hour is None
        else fuel_rate.per_hour,
        "air_nm3_h": air * air_per_hour if air_per_hour is not None else np.full(n, np.nan),
        "air_nm3_piece": air if air_rate is not None and air_per_hour is None
        else np.full(n, np.nan),
        "air_kwh": air_kwh,
        # the row states its energy as fuel or air (even in a unit refused above): its
        # BOM times need no rated power
        "utility_given": ~np.isnan(fuel_use) | ~np.isnan(air_use),
    }


def measured_fuel(table: Table, log: ProblemLog) -> dict[str, object]:
    """Fuel per piece of a Measurements table: `fuel` (text or None), `fuel_per_piece`
    (number as written), `fuel_unit` (the unit in brackets; per piece)."""
    n = len(table.data)
    fuel = to_text(table.data["fuel"]) if "fuel" in table.data else np.full(n, None, object)
    rate = _unit_or_problem(table, "fuel_per_piece",  # (m3) alone: per piece or per run?
                            parse_rate(_column_unit(table, "fuel_per_piece")), log,
                            "measurement.fuel_unit")
    if rate is not None and rate.per_hour is not None:
        log.add("measurement.fuel_unit", table.sheet, table.header_cell("fuel_per_piece"),
                table.headers.get("fuel_per_piece"), file=table.file)
        rate = None
    return {"fuel": fuel, "fuel_per_piece": _values(table, "fuel_per_piece", log),
            "fuel_cell": _cells(table, "fuel_per_piece"),
            "fuel_unit": rate.amount if rate is not None else None}
