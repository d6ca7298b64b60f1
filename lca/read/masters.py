"""Master data: settings, processes (rated power), measurements, suppliers.

Each master table can live as a sheet of the BOM workbook or in its own CSV/XLSX file
given on the command line; both go through `find_table`, so headers are matched the same
way. Emission factors are read in `factors.py`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..errors import Message, ProblemLog
from ..frame import Frame, column, factorize_first, isnull, positions
from .country import country_code
from .factors import co2e_kg, parse_unit
from .names import (
    MASTER_SHEETS,
    header_names,
    one_piece,
    source_label,
    split_unit,
    written_unit,
)
from .textnorm import (
    cell_ref,
    header_key,
    is_blank,
    map_unique,
    name_key,
    nfkc,
    parse_number,
    report_not_numbers,
    to_numbers,
    to_text,
)
from .units import COUNT, DISTANCE, ENERGY, PERCENT, POWER, column_size, header_size
from .utilities import (
    MAX_AIR_KWH_PER_NM3,
    MEASUREMENT_UTILITY_ALIASES,
    PROCESS_UTILITY_ALIASES,
    measured_fuel,
    process_utilities,
    specific_energy,
)
from .workbook import (
    Table,
    Workbook,
    alias_index,
    find_sheet,
    find_table,
    missing_columns,
    open_workbook,
)

PROCESS_ALIASES = {
    "process": ["工程", "工程名", "設備", "Process", "Machine"],
    "rated_kw": ["定格電力", "定格出力", "Rated power", "Power", "kW"],
    "utilisation": ["使用率", "負荷率", "稼働率", "Utilisation", "Utilization", "Load factor"],
    # where the process runs: read only to refuse a country other than the site's
    # (Settings 地域 sets the one grid of every process: compute/grid.py)
    "geography": ["地域", "国", "所在国", "Country", "Geography", "Site country"],
    **PROCESS_UTILITY_ALIASES,  # fuel and compressed air (utilities.py, issue 15)
}
MEASUREMENT_ALIASES = {
    "part_number": ["品番", "Part number", "Part No"],
    "process": ["工程", "Process", "Machine"],
    "meter_start": ["開始積算電力量", "開始", "Meter start", "Start"],
    "meter_end": ["終了積算電力量", "終了", "Meter end", "End"],
    "pieces": ["加工数", "個数", "Pieces", "Count"],
    **MEASUREMENT_UTILITY_ALIASES,  # fuel per piece (utilities.py, issue 15)
}
SUPPLIER_ALIASES = {
    "supplier": ["仕入先", "Supplier", "Vendor"],
    "mode": ["輸送手段", "輸送方法", "Mode", "Transport mode"],
    "distance_km": ["距離", "輸送距離", "Distance"],
}
MATERIAL_ALIASES = {
    "grade": ["材質", "Material", "Grade"],
    "category": ["分類", "Category"],
}

#: The fields of each master table whose value a cell merged down the rows gives to each
#: of them (text: a process, supplier or grade merged over its rows); a merged number
#: (power, utilisation, distance, meter reading) is refused (workbook.find_table).
FILLED = {
    "processes": frozenset({"process", "fuel", "geography"}),
    "measurements": frozenset({"part_number", "process", "fuel"}),
    "suppliers": frozenset({"supplier", "mode"}),
    "materials": frozenset({"grade", "category"}),
}

SETTING_KEYS: dict[str, list[str]] = {
    "product_name": ["製品名", "Product name", "Product"],
    "product_id": ["製品番号", "製品品番", "Product id", "Product number"],
    "declared_unit": ["宣言単位", "機能単位", "Declared unit"],
    "lot_size": ["ロット", "ロットサイズ", "Lot size"],
    "electricity_factor": ["電力排出係数", "電力係数", "Electricity factor",
                           "Electricity emission factor"],
    "weight_unit": ["weight_unit", "重量単位", "Weight unit"],
    "gwp": ["gwp", "GWP", "GWP set", "特性化係数"],
    "company": ["会社名", "事業者名", "Company", "Company name"],
    "reference_period": ["対象期間", "基準期間", "Reference period"],
    "geography": ["地域", "国", "Geography", "Country"],
    "cutoff_pct": ["カットオフ", "カットオフ基準", "cutoff", "Cut-off", "Cut-off (%)"],
    # PACT export (lca/pact.py): URNs, comma-separated; a UUID for the footprint id
    "company_ids": ["会社ID", "事業者ID", "Company id", "Company ids"],
    "product_classification": ["製品分類", "製品分類コード", "Product classification",
                               "CPC"],
    "pcr": ["PCR", "製品別算定ルール", "Product rules", "Product or sector specific rules"],
    "pact_id": ["PACT id", "PACT ID", "PCF id"],
    # PACT export (issue 12): productIds urn:pact:<domain>:supplier-id:<number>; the
    # Green x Digital extension (render/gxd.py)
    "company_domain": ["会社ドメイン", "企業ドメイン", "Company domain"],
    "gxd": ["GxD", "Green x Digital", "グリーン×デジタル"],
    # rule profile (issue 14, lca/read/rules.py): a built-in name or a TOML file
    "rules": ["算定ルール", "Rules", "Rule profile"],
    # compressed air (issue 15): kWh per Nm3 of air, for processes that state no own value
    "air_kwh": ["圧縮空気電力原単位", "空気電力原単位", "コンプレッサ電力原単位",
                "Air specific energy", "Compressor specific energy"],
}


@dataclass(eq=False, repr=False)
class Settings:
    """Values of the 設定/Settings sheet, typed; None where not given."""

    product_name: str | None = None
    product_id: str | None = None
    declared_unit: str | None = None
    lot_size: float | None = None
    electricity_factor: float | None = None
    weight_unit: str | None = None
    gwp: str | None = None
    company: str | None = None
    reference_period: str | None = None
    geography: str | None = None
    cutoff_pct: float | None = None  # per cent, like --cutoff
    cells: dict[str, str] = field(default_factory=dict)  # key -> "sheet!cell", provenance
    #: key -> (file, sheet, cell) of the value, for a problem that names it (地域)
    places: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    company_ids: str | None = None  # PACT export: URNs, comma-separated
    product_classification: str | None = None
    pcr: str | None = None
    pact_id: str | None = None
    company_domain: str | None = None  # PACT productIds (issue 12), a host name
    gxd: bool | None = None  # PACT: add the Green x Digital extension (issue 12)
    rules: str | None = None  # rule profile: a built-in name or a TOML file (issue 14)
    air_kwh: float | None = None  # kWh per Nm3 of compressed air (issue 15)
    #: 電力排出係数 as written (`electricity_factor` is in kg-CO2e/kWh) and its unit
    electricity_given: float | None = None
    electricity_unit: str | None = None


@dataclass(eq=False, repr=False)
class Masters:
    """All master tables of one calculation (empty frames where none was given)."""

    settings: Settings
    processes: Frame  # process_key, process, rated_kw, utilisation, utilisation_given, ref
    measurements: Frame  # part_number, process, process_key, kwh_per_piece, ref...
    suppliers: Frame  # supplier_key, supplier, mode, distance_km, ref, mode_cell, distance_cell
    materials: Frame  # grade, category (user grade map)
    has_suppliers: bool = False
    #: warnings of the --meter-log files (meterlog.add_meter_logs): (message key, params)
    meter_log_warnings: list[tuple[str, dict[str, object]]] = field(default_factory=list)
    #: rows of one table repeating an earlier row's key (`note_repeats`), warned by
    #: resolve/checks.py: part (the key), used and ignored (the rows' origins)
    repeated_rows: list[dict[str, object]] = field(default_factory=list)


def _table_source(book: Workbook, kind: str, extra: Path | None,
                  aliases: dict[str, list[str]], required: list[str],
                  log: ProblemLog) -> list[Table]:
    """Tables of one kind, the external file's first: its rows replace the workbook
    sheet's rows with the same key (`_first_by`), the sheet's other rows stay.

    A master sheet or file without the key columns is an error: an option or a sheet
    that cannot apply must not be ignored silently."""
    tables = []
    if extra is not None:
        other = open_workbook(extra, limits=book.limits)
        table = next((t for name in other.sheet_names
                      if (t := find_table(other, name, aliases, required, log,
                                          FILLED[kind])) is not None),
                     None)
        if table is None:
            _no_master_table(other, other.sheet_names[0], kind, aliases, required, log)
        else:
            tables.append(table)
    sheet = find_sheet(book, MASTER_SHEETS[kind])
    if sheet is not None:
        table = find_table(book, sheet, aliases, required, log, FILLED[kind])
        if table is None:
            _no_master_table(book, sheet, kind, aliases, required, log)
        else:
            tables.append(table)
    return tables


def _no_master_table(book: Workbook, sheet: str, kind: str, aliases: dict[str, list[str]],
                     required: list[str], log: ProblemLog) -> None:
    """Name the columns a master sheet or file lacks (its header row, if one is there)."""
    partial = missing_columns(book, sheet, aliases, required)
    row, missing = partial if partial is not None else (None, required)
    place = f"{row + 1}:{row + 1}" if row is not None else None
    for fieldname in missing:
        log.add("master.missing_column", sheet, place, None, file=str(book.path),
                kind=Message(f"master.kind.{kind}"), column=" / ".join(
                    header_names(aliases[fieldname])))


def origins(table: Table) -> list[str]:
    """Where each data row came from, as inventory lines name it: `bom.xlsx!工程:3`."""
    label = source_label(table.file, table.sheet)
    return [f"{label}:{r + 1}" for r in table.data["row"].tolist()]


def _located(table: Table) -> dict[str, object]:
    """The columns every master frame carries to name its rows in messages."""
    n = len(table.data)
    return {"file": np.full(n, table.file, dtype=object),
            "sheet": np.full(n, table.sheet, dtype=object),
            "origin": origins(table), "ref": _refs(table)}


LOCATED = ["file", "sheet", "origin", "ref"]


def read_settings(book: Workbook, log: ProblemLog, extra: Path | None = None) -> Settings:
    """Key/value rows: the first column holding a known key, the value right of it."""
    settings = Settings()
    sources: list[tuple[Workbook, str]] = []
    sheet = find_sheet(book, MASTER_SHEETS["settings"])
    if sheet is not None:
        sources.append((book, sheet))
    if extra is not None:
        other = open_workbook(extra, limits=book.limits)
        sources.append((other, other.sheet_names[0]))
    for source, name in sources:
        _settings_sheet(settings, source, name, log)
    return settings


def _settings_sheet(settings: Settings, source: Workbook, name: str, log: ProblemLog) -> None:
    """The settings of one sheet; the rows read that are hidden in Excel noted in
    `log.hidden` (a setting hidden is used like the others)."""
    index = alias_index(SETTING_KEYS)
    read: list[int] = []
    for r, row in enumerate(source.rows(name)):
        for c, value in enumerate(row[:-1]):
            key = index.get(header_key(value)) if isinstance(value, str) else None
            if key is None:
                continue
            read.append(r)
            # an Excel error or a formula without its value in a value cell
            spot = _setting_cell(source, name, r, c, key, log)
            if spot is None:
                break
            vr, vc, raw = spot
            if not is_blank(raw):
                _set(settings, key, raw, log, str(source.path), name, vr, vc, value)
                if key == "declared_unit" and not one_piece(str(settings.declared_unit)):
                    log.add("settings.declared_unit", name, cell_ref(vr, vc), raw,
                            file=str(source.path))
            break
    hidden = set(source.hidden_rows(name))
    rows = [r for r in read if r in hidden]
    if rows:
        log.hidden.append({"table": source_label(str(source.path), name),
                           "file": str(source.path), "sheet": name, "rows": rows,
                           "columns": []})


def _setting_cell(source: Workbook, name: str, r: int, c: int, key: str,
                  log: ProblemLog) -> tuple[int, int, object] | None:
    """(row, column, value) of the value of the key in cell (r, c): the cell right of
    it (of its merged cell, when the key's cell is merged across), or, when that cell is
    under a cell merged down from a row above, that cell's text (README, "Merged cells":
    a number is refused). None, with the problem in `log`, for an error cell or a
    merged number."""
    merged = source.merged(name)
    vc = next((c1 for (r0, c0), (_r1, c1) in merged if (r0, c0) == (r, c)), c) + 1
    vr = r
    for (r0, c0), (r1, c1) in merged:
        if r0 <= r <= r1 and c0 <= vc <= c1 and (r0, c0) != (r, vc):
            if r0 < r:  # merged down: the top cell's value
                vr, vc = r0, c0
            break
    cell_problems = source.cell_problems(name, range(vr, vr + 1), [vc])
    if cell_problems:
        log.extend(cell_problems)
        return None
    rows = source.rows(name)
    raw = rows[vr][vc] if vc < len(rows[vr]) else None
    if vr != r and key in NUMBER_SETTINGS and not is_blank(raw):
        ranged = next(m for m in merged if m[0] == (vr, vc))
        log.add("settings.merged_number", name, cell_ref(r, vc), raw, file=str(source.path),
                key=rows[r][c], where=f"{cell_ref(*ranged[0])}:{cell_ref(*ranged[1])}")
        return None
    return vr, vc, raw


def _set(settings: Settings, key: str, raw: object, log: ProblemLog, file: str, sheet: str,
         r: int, c: int, label: str) -> None:
    """Setting `key` from its value cell (row r, column c) right of its `label` cell,
    whose unit in brackets (`電力排出係数(t-CO2/MWh)`, `カットオフ(%)`) converts it."""
    cell = cell_ref(r, c)
    hint = TEXT_HINTS.get(key, "settings.number_hint")
    try:
        if key in NUMBER_SETTINGS:
            size = _setting_unit(key, label, log, file, sheet, cell_ref(r, c - 1))
            if size is None:
                return
            value: object = _setting_number(key, raw) * size
            if key == "lot_size" and value < 1.0:  # pieces per set-up: 0.5 would double it
                raise ValueError(raw)
            problem = _implausible(key, float(value), label)
            if problem is not None:
                log.add(str(problem.pop("code")), sheet, cell, raw, file=file, **problem)
                return
            if key == "electricity_factor":  # the inventory shows the factor as written
                settings.electricity_given = _setting_number(key, raw)
                settings.electricity_unit = written_unit(label)
        else:
            value = _setting_text(key, raw)
    except ValueError:
        log.add("settings.bad_value", sheet, cell, raw, file=file, key=key, hint=hint)
        return
    setattr(settings, key, value)
    settings.cells[key] = f"{source_label(file, sheet)}!{cell}"
    settings.places[key] = (file, sheet, cell)


#: kg-CO2e/kWh a grid factor lies within: none is above 2 (coal alone is about 1), and a
#: number under 0.005 without a unit is most likely t-CO2/kWh, as Japan's list of utility
#: factors publishes them (0.000441): read as kg it would cut the electricity 1000-fold
GRID_RANGE = (0.005, 2.0)
#: the most a grid factor can be (a scenario's `electricity` value is checked against it)
GRID_MAX_KG_PER_KWH = GRID_RANGE[1]


def _implausible(key: str, value: float, label: str) -> dict[str, object] | None:
    """The problem of a number setting no real input has (a unit mistaken), else None."""
    if key == "air_kwh" and value > MAX_AIR_KWH_PER_NM3:  # kW/(m3/min), not kWh/Nm3
        return {"code": "process.air_kwh_implausible", "kwh": f"{value:g}",
                "per_min": f"{value / 60:.3g}"}
    if key == "electricity_factor" and (value > GRID_RANGE[1] or (
            value < GRID_RANGE[0] and split_unit(label)[1] is None)):
        return {"code": "settings.grid_implausible", "factor": f"{value:g}"}
    return None


#: settings that are numbers, with the unit their label may give (`_setting_unit`)
NUMBER_SETTINGS = frozenset({"lot_size", "electricity_factor", "air_kwh", "cutoff_pct"})


def _setting_number(key: str, raw: object) -> float:
    """A number setting as written (ValueError if it is none or out of range). The
    cut-off is in per cent like --cutoff: 0.5 and "0.5%" are half a per cent."""
    if key == "cutoff_pct":
        value = parse_number(nfkc(str(raw)).rstrip("%"))
        if value is None or value < 0 or value > 100:
            raise ValueError(raw)
        return value
    value = parse_number(raw)
    if value is None or value <= 0:
        raise ValueError(raw)
    return value


def _setting_unit(key: str, label: str, log: ProblemLog, file: str, sheet: str,
                  cell: str) -> float | None:
    """Multiplier of a number setting by the unit in its label (1 without one); None,
    with a problem on the label cell, for a unit cfp cannot convert."""
    unit = split_unit(label)[1]
    if unit is None:
        return 1.0
    if key == "electricity_factor":
        parsed, kg = parse_unit(unit), co2e_kg(unit)
        size = kg / parsed[1] if parsed and kg and parsed[0] == "energy" else None
        allowed = "kg-CO2e/kWh, kg-CO2/kWh, t-CO2/MWh, g-CO2/kWh"
    elif key == "air_kwh":
        size, allowed = specific_energy(unit), "kWh/Nm3, kWh/m3"
    elif key == "cutoff_pct":  # per cent with or without "(%)": a unit can only be %
        size, allowed = (1.0 if PERCENT.size(unit) else None), PERCENT.allowed
    else:
        size, allowed = COUNT.size(unit), COUNT.allowed
    if size is None:
        log.add("column.bad_unit", sheet, cell, label, file=file, unit=unit, header=label,
                allowed=allowed)
    return size


#: the hint of a refused setting that is not a number
TEXT_HINTS = {"gwp": "settings.gwp_hint", "company_domain": "settings.domain_hint",
              "gxd": "settings.yes_no_hint", "weight_unit": "settings.weight_unit_hint",
              "geography": "settings.geography_hint", "lot_size": "settings.lot_hint"}


def _setting_text(key: str, raw: object) -> object:
    """A setting that is not a number (ValueError if refused: `TEXT_HINTS`)."""
    if key == "gwp":
        value = nfkc(str(raw)).upper()
        if value not in ("AR5", "AR6"):
            raise ValueError(raw)
        return value
    if key == "company_domain":
        return company_domain(raw)
    if key == "gxd":
        return yes_no(raw)
    if key == "weight_unit":
        value = nfkc(str(raw)).casefold()
        if value not in ("g", "kg", "t"):
            raise ValueError(raw)
        return value
    if key == "geography" and country_code(raw) is None:  # the site's grid follows it
        raise ValueError(raw)
    return nfkc(str(raw)) if not isinstance(raw, float) or not raw.is_integer() \
        else str(int(raw))


#: a host name (RFC 1035/1123): labels of letters, digits and inner hyphens, a letter TLD
_HOSTNAME = re.compile(r"(?=.{1,253}\Z)(?:(?!-)[a-z0-9-]{1,63}(?<!-)\.)+[a-z]{2,63}\Z")
_YES = {"yes", "y", "true", "1", "on", "はい", "有", "あり", "する", "○"}
_NO = {"no", "n", "false", "0", "off", "いいえ", "無", "なし", "しない", "×"}


def company_domain(raw: object) -> str:
    """Settings 会社ドメイン: a fully qualified host name, lower case (ValueError if not)."""
    text = nfkc(str(raw)).strip().lower().rstrip(".")
    if not _HOSTNAME.match(text):
        raise ValueError(raw)
    return text


def yes_no(raw: object) -> bool:
    if isinstance(raw, bool):
        return raw
    text = nfkc(str(raw)).strip().casefold()
    if isinstance(raw, float) and raw in (0.0, 1.0):
        text = str(int(raw))
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise ValueError(raw)


def _numbers(table: Table, log: ProblemLog, name: str, percent: bool = False) -> np.ndarray:
    """Column `name` as numbers (`percent`: a ratio, '70%' read as 0.7); NaN where blank,
    not a number or negative (both reported)."""
    if name not in table.data:
        return np.full(len(table.data), np.nan)
    numbers, bad = to_numbers(table.data[name], percent)
    report_not_numbers(log, table, bad, name)
    negative = numbers < 0
    for i in positions(negative):
        log.at(table, i, name, "cell.negative")
    numbers[bad | negative] = np.nan
    return numbers


def _refs(table: Table) -> list[str]:
    return [f"{table.sheet}!A{r + 1}" for r in table.data["row"]]


def _keep(frame: Frame, *names: str) -> Frame:
    """Rows where every column `names` is given."""
    given = np.ones(len(frame), dtype=bool)
    for name in names:
        given &= ~isnull(frame[name])
    return frame if given.all() else frame.take(given)


def note_repeats(frame: Frame, key: np.ndarray, shown: list[str] | np.ndarray,
                 repeats: list[dict[str, object]] | None) -> None:
    """Rows of one table (file and sheet) whose key an earlier row of that table has:
    the first is used, as everywhere (`_first_by`); each later one is named with the
    row used. A file's row replacing a sheet's row is no repeat (README)."""
    if repeats is None or len(frame) < 2:
        return
    keys = factorize_first(np.asarray(key, dtype=object))[0].astype(np.int64)
    files = factorize_first(frame["file"])[0].astype(np.int64)
    sheets = factorize_first(frame["sheet"])[0].astype(np.int64)
    group = (files * (sheets.max() + 1) + sheets) * (keys.max() + 2) + keys + 1
    _unique, first, inverse = np.unique(group, return_index=True, return_inverse=True)
    used = first[inverse.ravel()]
    origin = frame["origin"]
    for i in positions(used != np.arange(len(frame))).tolist():
        repeats.append({"part": shown[i], "used": origin[used[i]], "ignored": origin[i]})


def _first_by(table: Frame, key: np.ndarray) -> Frame:
    """The first row of each key: an external file's tables come first, so its rows
    replace the sheet's rows with the same key; within a table the first row counts."""
    _codes, _keys, first = factorize_first(key)
    return table.take(first)


#: fuel and air columns of the processes frame (`utilities.process_utilities`)
PROCESS_UTILITY_COLUMNS = ["fuel", "fuel_use", "fuel_cell", "fuel_unit", "fuel_per_hour",
                           "air_nm3_h", "air_nm3_piece", "air_kwh", "utility_given"]


def read_processes(book: Workbook, log: ProblemLog, extra: Path | None = None,
                   repeats: list[dict[str, object]] | None = None) -> Frame:
    frames = []
    for table in _table_source(book, "processes", extra, PROCESS_ALIASES,
                               ["process", "rated_kw"], log):
        util = _utilisation(table, log)
        frame = Frame({
            "process": to_text(table.data["process"]),
            "rated_kw": _numbers(table, log, "rated_kw") * column_size(table, "rated_kw",
                                                                       POWER, log),
            "utilisation": np.where(np.isnan(util), 1.0, util),
            "utilisation_given": ~np.isnan(util),
            **process_utilities(table, log),
            **_geography(table),
            **_located(table),
        }, len(table.data))
        frames.append(_keep(frame, "process"))
    processes = Frame.concat(frames, ["process", "rated_kw", "utilisation",
                                      "utilisation_given", *PROCESS_UTILITY_COLUMNS,
                                      "geography", "geography_cell", *LOCATED])
    processes["process_key"] = map_unique(processes["process"], name_key)
    note_repeats(processes, processes["process_key"], processes["process"], repeats)
    return _first_by(processes, processes["process_key"])


def _geography(table: Table) -> dict[str, object]:
    """The 地域/Country column of a Processes table as written (None: blank or no column)
    and the `sheet!cell` of each row's value."""
    n = len(table.data)
    if "geography" not in table.columns:
        return {"geography": np.full(n, None, dtype=object),
                "geography_cell": np.full(n, None, dtype=object)}
    cells = [f"{table.sheet}!{table.cell(r, 'geography')}" for r in table.data["row"].tolist()]
    return {"geography": to_text(table.data["geography"]),
            "geography_cell": np.array(cells, dtype=object)}


#: a bare utilisation above 1 and below this is refused as ambiguous (`_utilisation`)
AMBIGUOUS_UTILISATION = 5.0


def _utilisation(table: Table, log: ProblemLog) -> np.ndarray:
    """Utilisation as a fraction (NaN where not given): `70%` in a cell, any value under
    a header in `(%)`, or without a unit a value above 1 (`70`), is per cent."""
    util = _numbers(table, log, "utilisation", percent=True)
    raw_util = table.data.get("utilisation")
    percent = np.array([isinstance(v, str) and "%" in v for v in raw_util], dtype=bool) \
        if raw_util is not None else np.zeros(len(table.data), dtype=bool)
    size = header_size(log, table.file, table.sheet, table.header_cell("utilisation"),
                       table.headers["utilisation"], PERCENT) \
        if "utilisation" in table.headers else None
    if size is None:  # a bare 70 means 70 %: nobody runs a machine at 70 times its rating
        # but a bare 1.5 is 150 % (impossible) or 1.5 % (hardly a running machine): refused,
        # the sign (1.5%) or the fraction (0.7) says which
        ambiguous = ~percent & (util > 1) & (util < AMBIGUOUS_UTILISATION)
        for i in positions(ambiguous):
            log.at(table, i, "utilisation", "process.utilisation_ambiguous")
        util = np.where(ambiguous, np.nan, np.where(percent | ~(util > 1), util, util / 100))
    else:  # the header says per cent: 70 is 70 %
        # 0.7 or 1 is what a cell formatted as a percentage holds for 70% or 100%: read
        # as 0.7 % it would cut the energy a hundredfold, so it is refused (write 70)
        fraction = ~percent & (util > 0) & (util <= 1) & (not np.isnan(size))
        for i in positions(fraction):
            log.at(table, i, "utilisation", "process.utilisation_fraction",
                   header=table.headers["utilisation"])
        util = np.where(fraction, np.nan, np.where(percent, util, util * size))
    for i in positions((util > 1) | (util == 0)):
        log.at(table, i, "utilisation", "process.bad_utilisation")
    return util


#: columns of the measurements frame (meter logs add rows of the same shape: meterlog.py)
MEASUREMENT_COLUMNS = ["part_number", "process", "meter_start_kwh", "meter_end_kwh", "pieces",
                       "kwh_per_piece", "fuel", "fuel_per_piece", "fuel_cell", "fuel_unit",
                       *LOCATED]


#: the three cells of a meter reading: a row with some of them needs all three
METER_FIELDS = ("meter_start", "meter_end", "pieces")


def _incomplete_readings(table: Table, log: ProblemLog) -> None:
    """A row with a meter reading (a start or an end) but a blank start, end or pieces
    would give no kWh, and the part's energy would silently fall back to the estimate:
    each blank cell is a problem. (Pieces alone may stand beside a metered fuel.)"""
    blank = {name: np.fromiter(map(is_blank, table.data[name]), dtype=bool,
                               count=len(table.data)) for name in METER_FIELDS}
    some = ~blank["meter_start"] | ~blank["meter_end"]
    for name in METER_FIELDS:
        for i in positions(some & blank[name]):
            log.at(table, i, name, "measurement.incomplete",
                   part=table.data["part_number"][i], process=table.data["process"][i])


def read_measurements(book: Workbook, log: ProblemLog, extra: Path | None = None,
                      repeats: list[dict[str, object]] | None = None) -> Frame:
    frames = []
    for table in _table_source(book, "measurements", extra, MEASUREMENT_ALIASES,
                               ["part_number", "process", "meter_start", "meter_end",
                                "pieces"], log):
        start = _numbers(table, log, "meter_start") * column_size(table, "meter_start",
                                                                  ENERGY, log)
        end = _numbers(table, log, "meter_end") * column_size(table, "meter_end", ENERGY, log)
        pieces = _numbers(table, log, "pieces") * column_size(table, "pieces", COUNT, log)
        _incomplete_readings(table, log)
        for i in positions(pieces == 0):
            log.at(table, i, "pieces", "measurement.zero_pieces")
        for i in positions((pieces > 0) & (pieces != np.floor(pieces))):  # 1.5 pieces made?
            log.at(table, i, "pieces", "measurement.pieces_not_whole")
        for i in positions(end < start):
            log.at(table, i, "meter_end", "measurement.meter_decrease", start=start[i],
                   end=end[i])
        with np.errstate(invalid="ignore", divide="ignore"):
            per_piece = (end - start) / np.where(pieces > 0, pieces, np.nan)
        fuel = measured_fuel(table, log)
        frame = Frame({
            "part_number": to_text(table.data["part_number"]),
            "process": to_text(table.data["process"]),
            "meter_start_kwh": start, "meter_end_kwh": end, "pieces": pieces,
            "kwh_per_piece": per_piece, **fuel,
            **_located(table),
        }, len(table.data))
        # a row gives metered kWh, metered fuel, or both
        frame = _keep(frame, "part_number", "process")
        frames.append(frame.take(~np.isnan(frame["kwh_per_piece"])
                                 | ~np.isnan(frame["fuel_per_piece"])))
    measurements = Frame.concat(frames, MEASUREMENT_COLUMNS)
    measurements["process_key"] = map_unique(measurements["process"], name_key)
    pairs = [f"{part}\0{key}" for part, key in zip(measurements["part_number"],
                                                   measurements["process_key"], strict=True)]
    shown = [f"{part} / {process}" for part, process in zip(
        measurements["part_number"], measurements["process"], strict=True)]
    note_repeats(measurements, np.array(pairs, dtype=object), shown, repeats)
    return _first_by(measurements, column(pairs, len(measurements)))


def read_suppliers(book: Workbook, log: ProblemLog, extra: Path | None = None,
                   repeats: list[dict[str, object]] | None = None) -> tuple[Frame, bool]:
    frames = []
    tables = _table_source(book, "suppliers", extra, SUPPLIER_ALIASES,
                           ["supplier", "mode", "distance_km"], log)
    for table in tables:
        frame = Frame({
            "supplier": to_text(table.data["supplier"]),
            "mode": to_text(table.data["mode"]),
            "distance_km": _numbers(table, log, "distance_km")
            * column_size(table, "distance_km", DISTANCE, log),
            **_located(table),
            "mode_cell": [f"{table.sheet}!{table.cell(r, 'mode')}" for r in table.data["row"]],
            "distance_cell": [f"{table.sheet}!{table.cell(r, 'distance_km')}"
                              for r in table.data["row"]],
        }, len(table.data))
        frames.append(_keep(frame, "supplier"))
    suppliers = Frame.concat(frames, ["supplier", "mode", "distance_km", *LOCATED,
                                      "mode_cell", "distance_cell"])
    suppliers["supplier_key"] = map_unique(suppliers["supplier"], name_key)
    note_repeats(suppliers, suppliers["supplier_key"], suppliers["supplier"], repeats)
    return _first_by(suppliers, suppliers["supplier_key"]), bool(tables)


def read_material_map(book: Workbook, log: ProblemLog, extra: Path | None = None) -> Frame:
    frames = []
    for table in _table_source(book, "materials", extra, MATERIAL_ALIASES,
                               ["grade", "category"], log):
        frames.append(_keep(Frame({"grade": to_text(table.data["grade"]),
                                   "category": to_text(table.data["category"]),
                                   "origin": origins(table)},
                                  len(table.data)), "grade", "category"))
    # the file's rows first: `load_material_map` lets the first row of a grade win
    return Frame.concat(frames, ["grade", "category", "origin"])


@dataclass(eq=False, repr=False)
class MasterFiles:
    """External master files given on the command line (None: use the workbook's)."""

    settings: Path | None = None
    processes: Path | None = None
    measurements: Path | None = None
    suppliers: Path | None = None
    materials: Path | None = None


def read_masters(book: Workbook, log: ProblemLog, files: MasterFiles) -> Masters:
    settings = read_settings(book, log, files.settings)
    repeats: list[dict[str, object]] = []
    suppliers, has_suppliers = read_suppliers(book, log, files.suppliers, repeats)
    return Masters(
        settings=settings,
        processes=read_processes(book, log, files.processes, repeats),
        measurements=read_measurements(book, log, files.measurements, repeats),
        suppliers=suppliers,
        materials=read_material_map(book, log, files.materials),
        has_suppliers=has_suppliers,
        repeated_rows=repeats,
    )
