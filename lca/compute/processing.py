"""Processing: the energy of own manufacturing, per part and process, by energy carrier.

Each (part, process) with a time in the BOM or a measurement gives up to six lines,
each recording its `energy_carrier`:
- electricity (cycle): measured kWh/piece, else rated kW x cycle h x utilisation;
- electricity (setup): rated kW x set-up h / lot x utilisation;
- fuel (cycle): measured fuel/piece, else fuel use per h x cycle h (or the fuel use per
  piece); carrier = the fuel's factor key (Scope 1, burnt on site);
- fuel (setup): fuel use per h x set-up h / lot;
- compressed air (cycle / setup): Nm3 (per h x h, or per piece) x kWh/Nm3, counted as
  electricity of the compressor (Scope 2, carrier `compressed_air`).
A fuel use rate is the average consumption while running: utilisation (a property of
rated electrical power) is not applied to it, nor to air use.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import repeat

import numpy as np

from ..errors import ProblemLog
from ..frame import Frame, Text, choose, factorize, is_in, isnull, nan_to_zero, positions
from ..read.bom import Bom
from ..read.factors import FactorTable, parse_unit, per_unit_text
from ..read.masters import Masters
from ..read.textnorm import cell_ref, name_key
from ..read.utilities import DEFAULT_AIR_KWH_PER_NM3, fuel_size
from ..records import frozen
from . import flows as base
from .grid import electricity_factor, process_grids

#: energy carriers of processing lines that are electricity bought from the grid (Scope 2)
ELECTRIC_CARRIERS = ("electricity", "compressed_air")
LINE_COLUMNS = ["part", "row", "part_number", "stage", "process", "unit", "flow", "amount",
                "energy_basis", "master_origin", "energy_carrier", "process_at"]


@dataclass(eq=False, repr=False)
class ProcessRows:
    """The (part, process) rows processing lines are computed from, with what the
    master tables say about them (`at`: processes row, `m_at`: measurements row, -1
    where none)."""

    times: Frame
    at: np.ndarray
    m_at: np.ndarray
    number: np.ndarray  # part number per row
    qty: np.ndarray  # total quantity of the part per declared unit
    lot: np.ndarray  # lot size (1 where unknown, warned)
    process_origin: np.ndarray

    def proc(self, procs: Frame, name: str) -> np.ndarray:
        """Numeric column `name` of the process row of each line (NaN: none)."""
        return base._pick(procs[name], self.at)

    def meas(self, meas: Frame, name: str) -> np.ndarray:
        return base._pick(meas[name], self.m_at)

    def common(self, parts: Frame) -> dict[str, object]:
        part = self.times["part"]
        return {"part": part, "row": self.times["row"], "process_at": self.at,
                "part_number": parts.text("part_number").take(part), "stage": "processing",
                "process": self.times.text("process")}


def processing_flows(bom: Bom, parts: Frame, masters: Masters, factors: FactorTable,
                     log: ProblemLog, notes: base.Notes) -> Frame:
    """Every processing line of the BOM: electricity, fuel and compressed air."""
    for key, params in masters.meter_log_warnings:  # --meter-log files (read/meterlog.py)
        notes.warn(key, **params)
    times = base._times_with_measurements(bom, parts, masters, log)
    if not len(times):
        return base._empty()
    rows = _process_rows(times, parts, masters)
    _warn_unknown_measured(rows, bom, notes)
    _check_power(rows, masters, bom, log)
    others, countries = process_grids(rows.at, masters, factors, log, notes)  # elsewhere
    _note_countries(rows, countries, notes)
    _warn_utilisation(rows, masters, notes)
    _warn_still_meters(rows, masters, notes)
    rows.lot = _lot_sizes(times, parts, masters, notes)
    electric = [f for f in (electricity_lines(rows, parts, masters),
                            air_lines(rows, parts, masters, notes)) if len(f)]
    lines = _positive(electric[0] if len(electric) == 1 else Frame.concat(electric,
                                                                          LINE_COLUMNS))
    fuel = fuel_lines(rows, parts, masters, factors, log)
    if not len(lines):
        return fuel
    site = positions(~is_in(lines["process_at"], list(others)))
    grid = electricity_factor(masters, factors, log, notes) if len(site) else {}
    if grid is None:  # (the problem is logged)
        return base._empty()
    lines = _with_grid(lines, grid, others, notes)
    return Frame.concat([lines, fuel], base.FLOW_COLUMNS) if len(fuel) else lines


def _process_rows(times: Frame, parts: Frame, masters: Masters) -> ProcessRows:
    procs, meas = masters.processes, masters.measurements
    at = base._first_match(times["process_key"], procs, "process_key")
    part = times["part"]
    number = parts["part_number"][part]
    pair_at = {(p, k): i for i, (p, k) in enumerate(zip(meas["part_number"],
                                                          meas["process_key"], strict=True))}
    m_at = np.fromiter(map(pair_at.get, zip(number, times["process_key"], strict=True),
                           repeat(-1)), dtype=np.intp, count=len(times)) \
        if pair_at else np.full(len(times), -1, dtype=np.intp)
    origin = np.where(at >= 0, procs["origin"][np.maximum(at, 0)] if len(procs) else None,
                      None)
    return ProcessRows(times, at, m_at, number, parts["total_quantity"][part],
                       np.ones(len(times)), origin)


def _lot_sizes(times: Frame, parts: Frame, masters: Masters, notes: base.Notes) -> np.ndarray:
    """Lot size per row: the part's ロット, else Settings; 1 (warned) when set-up time is
    given without either."""
    part = times["part"]
    lot = parts["lot_size"][part].astype(float)
    if masters.settings.lot_size:
        lot = np.where(np.isnan(lot), masters.settings.lot_size, lot)
    no_lot = (times["setup_h"].astype(float) > 0) & np.isnan(lot)
    notes.warn_each("warn.no_lot_size", [{"part": name} for name in
                                         dict.fromkeys(parts["part_number"][part][no_lot])])
    return np.where(np.isnan(lot), 1.0, lot)


def _measured_kwh(rows: ProcessRows, masters: Masters) -> np.ndarray:
    return rows.meas(masters.measurements, "kwh_per_piece")


def _check_power(rows: ProcessRows, masters: Masters, bom: Bom, log: ProblemLog) -> None:
    """A time needs a rated power, unless the process's energy is all measured kWh or
    comes from fuel or compressed air."""
    procs, times = masters.processes, rows.times
    rated = rows.proc(procs, "rated_kw")
    other = rows.proc(procs, "utility_given") > 0
    measured = ~np.isnan(_measured_kwh(rows, masters))
    cycle_h, setup_h = times["cycle_h"].astype(float), times["setup_h"].astype(float)
    no_power = np.isnan(rated) & ~other \
        & (((cycle_h > 0) & ~measured) | (setup_h > 0))
    for i in positions(no_power):
        col = times["cycle_col"][i]
        cell = None if np.isnan(col) else cell_ref(int(times["row"][i]), int(col))
        log.add("process.no_power", bom.sheet, cell, times["process"][i],
                process=times["process"][i], part=rows.number[i])


def _warn_utilisation(rows: ProcessRows, masters: Masters, notes: base.Notes) -> None:
    procs = masters.processes
    rated_known = ~np.isnan(rows.proc(procs, "rated_kw"))
    given = np.asarray(procs["utilisation_given"], dtype=bool)
    if given[rows.at[rated_known]].all():  # every rated process has its utilisation
        return
    for process, p in dict(zip(rows.times["process"][rated_known], rows.at[rated_known],
                               strict=True)).items():
        if not bool(procs["utilisation_given"][p]):
            notes.warn("warn.utilisation_default", process=process)


def _warn_unknown_measured(rows: ProcessRows, bom: Bom, notes: base.Notes) -> None:
    """A measurement of a process that is neither a time column of the BOM nor a row of
    工程 (a misspelt `旋盤A` beside the BOM's `旋盤`) is counted as one more process: warned
    where the part has BOM times too, as it may then be counted twice."""
    unknown = positions((rows.at < 0) & (rows.m_at >= 0)).tolist()
    if not unknown:  # no measurement outside the BOM's processes and 工程 (most BOMs)
        return
    known = {name_key(p) for p in bom.processes}
    timed = set(rows.number[np.isin(rows.times["process_key"], list(known))].tolist())
    for i in unknown:
        key, number = rows.times["process_key"][i], rows.number[i]
        if key not in known and number in timed:
            notes.warn("warn.measured_process_unknown", part=number,
                       process=rows.times["process"][i])


def _warn_still_meters(rows: ProcessRows, masters: Masters, notes: base.Notes) -> None:
    """A meter reading that did not move (end = start) gives 0 kWh a piece, and replaces
    the estimate: warned once per reading, naming it (a value copied into both cells)."""
    meas = masters.measurements
    for m in dict.fromkeys(rows.m_at[_measured_kwh(rows, masters) == 0].tolist()):
        notes.warn("warn.meter_unchanged", part=meas["part_number"][m],
                   process=meas["process"][m], row=meas["origin"][m])


def electricity_lines(rows: ProcessRows, parts: Frame, masters: Masters) -> Frame:
    """kWh of the machines: measured or rated x time x utilisation (cycle), set-up."""
    procs, meas, times = masters.processes, masters.measurements, rows.times
    rated, util = rows.proc(procs, "rated_kw"), rows.proc(procs, "utilisation")
    kwh = _measured_kwh(rows, masters)
    measured = ~np.isnan(kwh)
    cycle_h, setup_h = times["cycle_h"].astype(float), times["setup_h"].astype(float)
    cycle_kwh = np.where(measured, kwh, rated * cycle_h * util)
    setup_kwh = rated * setup_h / rows.lot * util
    common = {**rows.common(parts), "unit": "kWh", "energy_carrier": "electricity"}
    origin = _origin_text(rows, masters.processes)
    if measured.any():
        m_origin = np.where(measured, meas["origin"][np.maximum(rows.m_at, 0)] if len(meas)
                            else None, None)
        cycle_origin = Text.of(base._joined(rows.process_origin, m_origin))
    else:  # (what joining with no measurement's origin gives)
        cycle_origin = origin
    cycle = Frame({**common, "flow": "electricity (cycle)", "amount": rows.qty * cycle_kwh,
                   "energy_basis": choose(measured, "measured", "estimated"),
                   "master_origin": cycle_origin}, len(times))
    setup = Frame({**common, "flow": "electricity (setup)", "amount": rows.qty * setup_kwh,
                   "energy_basis": "estimated", "master_origin": origin}, len(times))
    return Frame.concat([cycle, setup], LINE_COLUMNS)


def _origin_text(rows: ProcessRows, procs: Frame) -> Text:
    """`Text.of(rows.process_origin)` made from the process rows' codes (`rows.at`): the
    same values in the same order, without hashing an object per line."""
    origins = list(procs["origin"]) if len(procs) else []
    at = rows.at if origins else np.full(len(rows.at), -1, dtype=np.intp)
    return Text(*factorize(Text.mapped(at, origins)))


def air_lines(rows: ProcessRows, parts: Frame, masters: Masters, notes: base.Notes) -> Frame:
    """kWh of the compressor: Nm3 of air x kWh/Nm3 (process row > Settings > default)."""
    procs, times = masters.processes, rows.times
    per_h, per_piece = rows.proc(procs, "air_nm3_h"), rows.proc(procs, "air_nm3_piece")
    uses = ~np.isnan(per_h) | ~np.isnan(per_piece)
    if not uses.any():
        return base._empty()  # (dropped: only frames with lines are joined)
    own = rows.proc(procs, "air_kwh")
    setting = masters.settings.air_kwh
    specific = np.where(np.isnan(own), setting or DEFAULT_AIR_KWH_PER_NM3, own)
    source = np.where(~np.isnan(own), "process", "settings" if setting else "default")
    if setting is None and (uses & np.isnan(own)).any():
        notes.warn("warn.air_default", kwh=f"{DEFAULT_AIR_KWH_PER_NM3:g}")
    cycle_nm3 = np.where(np.isnan(per_piece), per_h * times["cycle_h"].astype(float),
                         per_piece)
    setup_nm3 = per_h * times["setup_h"].astype(float) / rows.lot
    # one origin label per process row (its air kWh/Nm3 and where that came from)
    first = {int(p): i for i, p in reversed(list(enumerate(rows.at.tolist())))}
    labels = [_air_origin(rows.process_origin[i], source[i], specific[i], masters)
              for i in first.values()]
    slot = {p: k for k, p in enumerate(first)}
    codes = np.fromiter(map(slot.__getitem__, rows.at.tolist()), dtype=np.intp,
                        count=len(times))
    common = {**rows.common(parts), "unit": "kWh", "energy_carrier": "compressed_air",
              "energy_basis": "estimated", "master_origin": Text(codes, labels)}
    cycle = Frame({**common, "flow": "compressed air (cycle)",
                   "amount": rows.qty * cycle_nm3 * specific}, len(times))
    setup = Frame({**common, "flow": "compressed air (setup)",
                   "amount": rows.qty * nan_to_zero(setup_nm3) * specific}, len(times))
    return Frame.concat([cycle, setup], LINE_COLUMNS)


def _air_origin(process_origin: object, source: str, kwh: float, masters: Masters) -> str:
    """Where the line's air use and kWh/Nm3 came from: `bom.xlsx!工程:4; 0.1 kWh/Nm3
    (bom.xlsx!設定!B5)`."""
    where = {"process": "process row",
             "settings": masters.settings.cells.get("air_kwh", "Settings"),
             "default": "cfp default"}[source]
    head = f"{process_origin}; " if isinstance(process_origin, str) else ""
    return f"{head}{kwh:g} kWh/Nm3 ({where})"


def _positive(lines: Frame) -> Frame:
    amount = lines["amount"].astype(float)
    return lines.take(~np.isnan(amount) & (amount > 0))


def _with_grid(lines: Frame, grid: dict[str, object],
               others: dict[int, dict[str, object]], notes: base.Notes) -> Frame:
    """Electricity and air lines x the grid factor (the site's, or that of the country a
    process row in `others` names); primary where measured."""
    if not others:
        for name, value in grid.items():
            lines[name] = value
    else:
        lines = _by_grid(lines, grid, others)
    lines["matched_by"] = "electricity"
    lines["data_type"] = choose(lines["energy_basis"] == "measured", "primary", "secondary")
    estimated = int(((lines["energy_basis"] == "estimated")
                     & (lines["energy_carrier"] == "electricity")).sum())
    if estimated:
        notes.warn("warn.estimated_energy", count=estimated)
    return base._finish(lines)


def _note_countries(rows: ProcessRows, countries: dict[int, str], notes: base.Notes) -> None:
    """The country of each process run elsewhere, by the name its lines carry."""
    for p, country in countries.items():
        for name in dict.fromkeys(rows.times["process"][rows.at == p].tolist()):
            notes.process_countries[str(name)] = country


def _by_grid(lines: Frame, site: dict[str, object],
             others: dict[int, dict[str, object]]) -> Frame:
    """`lines` with the factor columns of each line's grid: `others[process row]`, else
    `site` (a line at the site), in the lines' order."""
    at = lines["process_at"]
    groups = [(positions(at == p), grid) for p, grid in others.items()]
    groups.append((positions(~is_in(at, list(others))), site))
    pieces, order = [], []
    for rows, grid in groups:
        if len(rows):
            piece = lines.take(rows)
            for name, value in grid.items():
                piece[name] = value
            pieces.append(piece)
            order.append(rows)
    joined = Frame.concat(pieces, list(pieces[0].cols))
    return joined.take(np.argsort(np.concatenate(order), kind="stable"))


# --- fuels ---------------------------------------------------------------------------

@frozen
class FuelOf:
    """What one master row (process or measurement) says about its fuel: the factor key,
    and the size of one written unit in the factor's unit (None where none applies)."""

    key: str | None
    size: float


def fuel_lines(rows: ProcessRows, parts: Frame, masters: Masters, factors: FactorTable,
               log: ProblemLog) -> Frame:
    """Fuel burnt per piece: measured, else use per h x cycle h (or per piece), plus use
    per h x set-up h / lot; in the unit of the fuel's factor."""
    procs, meas, times = masters.processes, masters.measurements, rows.times
    if np.isnan(procs["fuel_use"].astype(float)).all() \
            and np.isnan(meas["fuel_per_piece"].astype(float)).all():
        return base._empty()  # no process burns fuel
    p_fuel = _fuels(procs, "fuel_use", factors, log, "process")
    m_fuel = _fuels(meas, "fuel_per_piece", factors, log, "measurement", procs)
    measured = rows.m_at >= 0
    measured &= ~np.isnan(rows.meas(meas, "fuel_per_piece"))
    m_key = _take(m_fuel, rows.m_at)
    p_key = _take(p_fuel, rows.at)
    per_hour = rows.proc(procs, "fuel_per_hour")
    use = rows.proc(procs, "fuel_use") * _sizes(p_fuel, rows.at)
    cycle_h, setup_h = times["cycle_h"].astype(float), times["setup_h"].astype(float)
    estimated = np.where(np.isnan(per_hour), use, use * per_hour * cycle_h)
    cycle = np.where(measured, rows.meas(meas, "fuel_per_piece") * _sizes(m_fuel, rows.m_at),
                     estimated)
    setup = use * per_hour * setup_h / rows.lot
    cycle_key = np.where(measured, m_key, p_key)
    m_origin = np.where(measured, meas["origin"][np.maximum(rows.m_at, 0)] if len(meas)
                        else None, None)
    common = rows.common(parts)
    lines = Frame.concat([
        _fuel_frame(common, cycle_key, rows.qty * cycle, "cycle",
                    choose(measured, "measured", "estimated"),
                    base._joined(rows.process_origin, m_origin), len(times)),
        _fuel_frame(common, p_key, rows.qty * nan_to_zero(setup), "setup", "estimated",
                    rows.process_origin, len(times)),
    ], [*LINE_COLUMNS, "factor_key_canon"])
    lines = _positive(lines.take(~isnull(lines["factor_key_canon"])))
    return _fuel_factors(lines, factors)


def _fuel_frame(common: dict[str, object], key: np.ndarray, amount: np.ndarray, kind: str,
                basis: object, origin: np.ndarray, n: int) -> Frame:
    codes, keys = factorize(key)  # a label per fuel, not per line
    return Frame({**common, "unit": None,
                  "flow": Text(codes, [f"fuel {k} ({kind})" for k in keys]),
                  "amount": amount, "energy_basis": basis, "master_origin": Text.of(origin),
                  "energy_carrier": Text(codes, list(keys)), "factor_key_canon": key}, n)


def _fuel_factors(lines: Frame, factors: FactorTable) -> Frame:
    """The fuel's factor on each line, per the unit the factor was given in (m3 for city
    gas, L, kg): the amounts were converted into that unit (`_fuels`)."""
    if not len(lines):
        return base._empty()
    fc = base._factor_columns(factors, lines["factor_key_canon"])
    given = np.array([_unit_size(u, d) for u, d in zip(fc["factor_unit_given"], fc["dimension"],
                                                        strict=True)], dtype=float)
    for name, values in fc.items():
        lines[name] = values
    lines["factor"] = fc["factor"].astype(float) * given
    lines["factor_unit"] = Text.of(np.array([_display_unit(u, d) for u, d in zip(
        fc["factor_unit_given"], fc["dimension"], strict=True)], dtype=object))
    lines["unit"] = lines.column("factor_unit")
    lines["matched_by"] = "fuel"
    lines["data_type"] = choose(lines["energy_basis"] == "measured", "primary", "secondary")
    return base._finish(lines)


def _unit_size(unit_given: object, dimension: object) -> float:
    """Size of the factor's given unit in its dimension's base unit, when it is a unit of
    that dimension (city gas m3 -> 1000 L), else 1 (the base unit is shown)."""
    parsed = parse_unit(unit_given) if isinstance(unit_given, str) else None
    return parsed[1] if parsed is not None and parsed[0] == dimension else 1.0


def _display_unit(unit_given: object, dimension: object) -> str:
    from ..read.factors import BASE_UNIT

    parsed = parse_unit(unit_given) if isinstance(unit_given, str) else None
    if parsed is not None and parsed[0] == dimension:  # 'kg-CO2e/m3' -> 'm3'
        return per_unit_text(str(unit_given))
    return BASE_UNIT.get(str(dimension), "")


def _fuels(table: Frame, value: str, factors: FactorTable, log: ProblemLog, kind: str,
           procs: Frame | None = None) -> list[FuelOf]:
    """The fuel of each master row that has a `value`: its factor key, and the size of
    one written unit in the factor's given unit; problems name the row. A measurement
    row without its own fuel takes the fuel of its process row."""
    out: list[FuelOf] = []
    if not len(table):
        return out
    by_process = {} if procs is None or not len(procs) else dict(
        zip(procs["process_key"], procs["fuel"], strict=True))
    for i in range(len(table)):
        amount = table[value][i]
        fuel = table["fuel"][i] or by_process.get(table["process_key"][i])
        if amount != amount:  # NaN: no fuel on this row
            out.append(FuelOf(None, np.nan))
            continue
        out.append(_fuel_of(table, i, fuel, factors, log, kind))
    return out


def _fuel_of(table: Frame, i: int, fuel: object, factors: FactorTable, log: ProblemLog,
             kind: str) -> FuelOf:
    sheet, _, cell = str(table["fuel_cell"][i] or table["ref"][i]).partition("!")
    file = str(table["file"][i])
    if not fuel:
        log.add(f"{kind}.fuel_without_key", sheet, cell, None, file=file)
        return FuelOf(None, np.nan)
    row = factors.find(fuel)
    if row is None:
        log.add("process.fuel_no_factor", sheet, cell, fuel, file=file, fuel=fuel)
        return FuelOf(None, np.nan)
    written = table["fuel_unit"][i]
    if not written:  # the column's unit is missing or refused: reported on its header
        return FuelOf(None, np.nan)
    dimension = str(row["dimension"])
    size = fuel_size(str(written), dimension)
    if size is None:
        log.add("process.fuel_unit_mismatch", sheet, cell, fuel, file=file, fuel=fuel,
                unit=written or "-", factor_unit=row["unit_given"] or row["unit"])
        return FuelOf(None, np.nan)
    return FuelOf(str(row["canon"]), size / _unit_size(row["unit_given"], dimension))


def _take(fuels: list[FuelOf], at: np.ndarray) -> np.ndarray:
    keys = np.array([f.key for f in fuels] + [None], dtype=object)
    return keys[np.where(at >= 0, at, len(fuels))]


def _sizes(fuels: list[FuelOf], at: np.ndarray) -> np.ndarray:
    sizes = np.array([f.size for f in fuels] + [np.nan], dtype=float)
    return sizes[np.where(at >= 0, at, len(fuels))]
