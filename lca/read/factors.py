"""Emission-factor sources and the merged factor table.

Sources, lowest precedence first: the built-in database (`data/factors.csv`), each
`--factors` file in the order given, then the workbook's 排出原単位/Factors sheet. All are
read by `read_factor_source`, the built-in one included, so a user's IDEA export and the
shipped data take the same path. Every factor is converted to a base unit per dimension
(kg, kWh, L, t-km, piece) when loaded, and keeps its source for the inventory.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import repeat
from pathlib import Path

import numpy as np

from ..errors import ProblemLog
from ..frame import Text, factorize, isnull, map_codes, nan_to_zero, positions
from .distributions import ALIASES as DISTRIBUTION_ALIASES
from .distributions import read_distributions
from .names import source_label, written_unit
from .textnorm import (
    cell_ref,
    header_key,
    lookup_key,
    lookup_keys,
    nfkc,
    report_not_numbers,
    to_numbers,
    to_text,
)
from .workbook import (
    HEADER_SEARCH_ROWS,
    Table,
    Workbook,
    find_sheet,
    find_table,
    open_workbook,
)
from .xlsxguard import Limits

FACTOR_ALIASES: dict[str, list[str]] = {
    "key": ["キー", "Key", "品番/材質/分類", "Code"],
    "unit": ["単位", "Unit", "Activity unit"],
    "factor": ["排出原単位", "原単位", "排出係数", "Factor", "kg_co2e", "kg-CO2e", "kgCO2e", "GWP",
               "Emission factor", "CO2e"],
    "source": ["出典", "Source", "Database"],
    "source_ref": ["出典詳細", "source_ref", "Reference", "Dataset id"],
    "name": ["名称", "Name", "Description"],
    "name_ja": ["name_ja"],
    "name_en": ["name_en"],
    "aliases": ["aliases", "別名"],
    "data_type": ["種別", "データ種別", "data_type", "Type", "Data type"],
    "licence": ["ライセンス", "licence", "license"],
    "licence_ja": ["licence_ja", "license_ja"],
    "note": ["備考", "note", "Notes"],
    "note_ja": ["note_ja"],
    "geography": ["地域", "geography", "Country"],
    "reference_year": ["年度", "reference_year", "Year"],
    **DISTRIBUTION_ALIASES,  # uncertainty (issue 14): distribution, gsd, sd, min, max
}

#: Factor-table fields whose value a cell merged down the rows gives to each of them
#: (text, and the year); a merged factor, gas or spread is refused (workbook.find_table).
FILLED = frozenset({"key", "unit", "source", "source_ref", "name", "name_ja", "name_en",
                    "aliases", "data_type", "licence", "licence_ja", "note", "note_ja",
                    "geography", "reference_year", "distribution"})

#: unit spelling -> (dimension, size of one such unit in the dimension's base unit)
UNITS: dict[str, tuple[str, float]] = {
    "kg": ("mass", 1.0), "g": ("mass", 0.001), "t": ("mass", 1000.0), "ton": ("mass", 1000.0),
    "tonne": ("mass", 1000.0), "トン": ("mass", 1000.0),
    "kwh": ("energy", 1.0), "mwh": ("energy", 1000.0), "mj": ("energy", 1 / 3.6),
    "gj": ("energy", 1000 / 3.6),
    "l": ("volume", 1.0), "kl": ("volume", 1000.0), "m3": ("volume", 1000.0),
    "千m3": ("volume", 1_000_000.0), "千kg": ("mass", 1000.0),
    "t-km": ("transport", 1.0), "tkm": ("transport", 1.0), "トンキロ": ("transport", 1.0),
    "kg-km": ("transport", 0.001),
    "piece": ("count", 1.0), "pc": ("count", 1.0), "pcs": ("count", 1.0), "個": ("count", 1.0),
    "unit": ("count", 1.0), "台": ("count", 1.0), "本": ("count", 1.0), "枚": ("count", 1.0),
}
BASE_UNIT = {"mass": "kg", "energy": "kWh", "volume": "L", "transport": "t-km",
             "count": "piece"}
DATA_TYPES = {"primary": "primary", "一次": "primary", "一次データ": "primary",
              "secondary": "secondary", "二次": "secondary", "二次データ": "secondary",
              "proxy": "proxy", "代替": "proxy", "プロキシ": "proxy"}


#: kg per unit of the CO2e mass a factor is given in: the numerator (`t` of `t-CO2e/t`)
CO2E_MASS = {"g": 0.001, "kg": 1.0, "t": 1000.0, "ton": 1000.0, "tonne": 1000.0,
             "トン": 1000.0, "グラム": 0.001, "キログラム": 1.0}
#: the gas after the numerator's mass (`kg-CO2e`, `kgCO2eq`, `t-CO2`): a CO2-only factor
#: counts as CO2e, as the statutory Japanese lists (t-CO2/kWh) are written
CO2E_GASES = ("co2-eq", "co2eq", "co2-e", "co2e", "co2")
#: the numerators a factor's unit may have, as messages list them
CO2E_ALLOWED = "g-CO2e, kg-CO2e, t-CO2e, kg-CO2, kg-CO2eq"


def _unit_text(text: str) -> str:
    return nfkc(text).casefold().replace(" ", "").replace("·", "-").replace("・", "-")


def parse_unit(text: str | None) -> tuple[str, float] | None:
    """`'kg-CO2e/kg'`, `'kg'`, `'ｔ-ｋｍ'` -> (dimension, size in base unit) of what the
    factor is per (the denominator); None if unknown. The numerator: `co2e_kg`."""
    if text is None:
        return None
    unit = _unit_text(text)
    if "/" in unit:
        unit = unit.rsplit("/", 1)[1]
    unit = unit.replace("tkm", "t-km").replace("t-km", "t-km")
    return UNITS.get(unit) or UNITS.get(unit.replace("-", ""))


def co2e_kg(text: str | None) -> float | None:
    """kg-CO2e in one unit of a factor unit's numerator: `'t-CO2e/t'` -> 1000,
    `'gCO2eq/kg'` -> 0.001, `'kg-CO2/kWh'` -> 1; 1 when the unit names only what it is per
    (`'kg'`); None when the numerator is not a mass of CO2e (`'kg-CH4/kg'`, `'kWh/kg'`)."""
    if text is None:
        return None
    unit = _unit_text(text)
    if "/" not in unit:
        return 1.0
    numerator = unit.rsplit("/", 1)[0]
    for gas in CO2E_GASES:
        if numerator.endswith(gas):
            numerator = numerator[: -len(gas)].rstrip("-_")
            break
    return CO2E_MASS.get(numerator)


def per_unit_text(text: str) -> str:
    """What a factor's unit is per, as written: `'t-CO2/千m3'` -> `'千m3'`."""
    return nfkc(text).rsplit("/", 1)[-1].strip()


@lru_cache(maxsize=64)
def builtin_path(name: str) -> Path:
    """A shipped data file (`lca/data/`, next to the code in a checkout and in the wheel;
    not `importlib.resources`, whose import costs a small calculation ~4 ms)."""
    return Path(__file__).resolve().parent.parent / "data" / name


def read_builtin_csv(name: str) -> list[dict[str, str]]:
    """A small built-in table (grades, categories, GWP) as one dict per row."""
    with builtin_path(name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


#: Per-gas columns (kg of the gas per unit): every gas of the built-in GWP table
#: (`data/gwp.csv`: co2, ch4 (methane of unknown origin), ch4_fossil, ch4_non_fossil,
#: n2o, sf6, nf3, HFCs, PFCs...), each under its own name (`HFC-134a`, `hfc134a`).
GAS_COLUMNS = [row["gas"].lower() for row in read_builtin_csv("gwp.csv")]
FACTOR_ALIASES.update({gas: [gas] for gas in GAS_COLUMNS})
#: A header that names a gas cfp has no GWP for (`ch4_biogenic`, `HFC-23`, `C3F8`): a
#: per-gas column that would be left out of the factor, so it is refused. On the
#: normalised header (`header_key`): a known gas with more after it (not CO2e), a
#: halocarbon code, or a formula of C, H, N, O, S and a halogen.
_GAS_LIKE = re.compile(r"(?:co2(?!e)|ch4|n2o|sf6|nf3|cf4|c2f6).+"
                       r"|(?:hfc|hcfc|cfc|pfc|hfo|hfe|halon)[0-9]+[a-z]*|r[0-9]{2,}[a-z]*"
                       r"|(?=.*(?:f|cl|br))(?:(?:c|h|n|o|s|f|cl|br)[0-9]*){2,}")

#: Columns of a factor row (`FactorTable.records` values), in listing order.
FACTOR_FIELDS = ["key", "canon", "name", "dimension", "unit", "factor", "unit_given",
                 "factor_given", "source", "source_ref", "origin", "data_type", "aliases",
                 "note", "licence", "geography", "reference_year", "name_ja", "name_en",
                 "builtin", "gases", "note_ja", "licence_ja", "distribution", "gsd", "sd",
                 "min", "max"]
FactorRow = dict[str, object]


@dataclass(eq=False, repr=False)
class FactorTable:
    """Merged factors: one row per canonical key, the highest-precedence source winning.

    `records`: canonical key -> row (`FACTOR_FIELDS`): key, canon, name, dimension, unit
    (base), factor (kg-CO2e per base unit), unit_given, factor_given, source,
    source_ref, origin, data_type, builtin, note...
    """

    records: dict[str, FactorRow]
    alias: dict[str, str]  # normalised spelling -> canonical key
    #: rows of one of your tables repeating an earlier row's key (`_first_of_each_key`):
    #: part (the key), used and ignored (origins); warned by resolve/checks.py
    repeated_rows: list[dict[str, object]] = field(default_factory=list)
    #: rows whose CO2e cell and per-gas values disagree (`gas_mismatches`): part (the
    #: key), origin, given, gases, gwp, pct; warned by resolve/checks.py
    gas_mismatches: list[dict[str, object]] = field(default_factory=list)
    #: your rows whose value was written with a thousands comma (`thousands_cells`):
    #: part (the key), origin, text, value, suggest; warned by resolve/checks.py
    thousands_cells: list[dict[str, object]] = field(default_factory=list)

    @property
    def rows(self):  # a pandas DataFrame, for listings (cfp factors)
        import pandas as pd

        return pd.DataFrame.from_records(list(self.records.values()), columns=FACTOR_FIELDS,
                                         index=list(self.records))

    def canon(self, name: object) -> str | None:
        if not isinstance(name, str) or not name:
            return None
        norm = lookup_key(name)
        return self.alias.get(norm, norm)

    def find(self, name: object) -> FactorRow | None:
        key = self.canon(name)
        return self.records.get(key) if key is not None else None

    def lookup(self, names: np.ndarray) -> np.ndarray:
        """Vectorised: canonical key found in the table for each name, else None."""
        codes, found = self.lookup_codes(names)
        return map_codes(codes, found)

    def lookup_codes(self, names: np.ndarray) -> tuple[np.ndarray, list[str | None]]:
        """`lookup` as (code per name, -1 for none; the key found for each distinct name).

        Part numbers are mostly distinct, so the per-name work runs in C-level maps
        (`lookup_keys`, dict and membership lookups)."""
        codes, uniques = factorize(names)
        texts = uniques if all(map(isinstance, uniques, repeat(str))) else [
            u if isinstance(u, str) else "" for u in uniques]
        n = len(texts)
        norms = lookup_keys(texts)
        canons = list(map(self.alias.get, norms, norms))
        known = np.fromiter(map(self.records.__contains__, canons), dtype=bool, count=n)
        found = np.empty(n, dtype=object)
        found[:] = canons
        found[~known] = None
        joined = "".join(texts)
        if ":" in joined or "：" in joined:  # a formula name (改良トンキロ:4t:50%) somewhere
            formula = np.fromiter(map(str.__contains__, texts, repeat(":")), dtype=bool,
                                  count=n)
            formula |= np.fromiter(map(str.__contains__, texts, repeat("：")), dtype=bool,
                                   count=n)
            for i in positions(formula & ~known).tolist():
                found[i] = self._formula_row(texts[i])
        return codes, found.tolist()

    def columns(self, keys: np.ndarray, fields: list[str]) -> dict[str, np.ndarray]:
        """Per element of `keys` (canonical keys or None), the factor row's `fields`
        (None / NaN where the key is None); `factor` as float."""
        codes, uniques = factorize(keys)
        rows = [self.records[k] for k in uniques]
        return {f: _field_column(codes, [r[f] for r in rows]) for f in fields}

    def _formula_row(self, name: str) -> str | None:
        """A factor computed from its name (改良トンキロ:4t:50%); added to the table."""
        from . import tonkm as transport

        spec = transport.parse_spec(name) if name else None
        fuel = self.find(spec[2]) if spec else None
        if spec is None or fuel is None or fuel["dimension"] != "volume":
            return None
        payload_kg, load_pct, fuel_key = spec
        key = transport.canonical_key(payload_kg, load_pct, fuel_key)
        litres = transport.litres_per_tkm(payload_kg, load_pct, fuel_key)
        fuel_factor = float(fuel["factor"])  # type: ignore[arg-type]
        row: FactorRow = dict.fromkeys(FACTOR_FIELDS)
        row.update({
            "key": key, "canon": key, "name": name, "dimension": "transport", "unit": "t-km",
            "factor": litres * fuel_factor, "unit_given": "t-km",
            "factor_given": litres * fuel_factor, "source": transport.SOURCE,
            "source_ref": f"x = {load_pct:g} %, z = {payload_kg:g} kg: {litres:.6f} L/t-km x "
                          f"{fuel_key} {fuel_factor:g} kg-CO2e/L ({fuel['source']})",
            "origin": fuel["origin"], "data_type": "secondary", "builtin": fuel["builtin"],
        })
        self.records[key] = row
        return key


#: Factor-row fields that are numbers (the others are text, a few values each).
NUMERIC_FIELDS = frozenset({"factor", "factor_given"})


def _field_column(codes: np.ndarray, mapped: list[object]) -> np.ndarray | Text:
    """One factor field per flow: numbers as floats (NaN where none), text and flags as
    `Text` codes (the flows repeat a few factors over thousands of lines)."""
    if mapped and all(isinstance(v, (int, float)) and not isinstance(v, bool)
                      for v in mapped):
        return map_codes(codes, mapped, float)
    return Text.mapped(codes, mapped)


def read_factor_source(book: Workbook, sheet: str, log: ProblemLog, gwp: dict[str, float],
                       column_map: dict[str, str] | None = None,
                       origin: str = "", mapped: set[str] | None = None) -> list[FactorRow]:
    """One factor table (sheet or file) to normalised rows; problems go to `log`. The
    fields of `column_map` whose header the table has are added to `mapped`."""
    aliases = {k: list(v) for k, v in FACTOR_ALIASES.items()}
    heads = {header_key(v) for row in book.rows(sheet)[:HEADER_SEARCH_ROWS] for v in row
             if isinstance(v, str)}
    for fieldname, header in (column_map or {}).items():
        if header_key(header) in heads:  # this table has it: the mapping alone decides
            aliases[fieldname] = [header]  # (an export's other `CO2e` or `Code` column)
        else:
            aliases.setdefault(fieldname, []).insert(0, header)
    table = find_table(book, sheet, aliases, ["key", "unit"], log, FILLED)
    if table is not None and mapped is not None:
        present = {header_key(v) for v in book.rows(sheet)[table.header_row]
                   if isinstance(v, str)}
        mapped.update(f for f, header in (column_map or {}).items()
                      if header_key(header) in present)
    if table is not None:
        _refuse_unknown_gases(book.rows(sheet)[table.header_row], table, log)
    if table is None:
        names = {"key": "キー/Key", "unit": "単位/Unit"}
        for fieldname in ("key", "unit"):
            log.add("factor.missing_column", sheet, None, None, file=str(book.path),
                    column=fieldname, names=names[fieldname])
        return []
    return _normalise(table, log, gwp, origin or source_label(table.file, table.sheet))


def _refuse_unknown_gases(header: list[object], table: Table, log: ProblemLog) -> None:
    """A column of the header row that is not read but names a gas (`_GAS_LIKE`) is a
    problem: its emissions would silently be missing from the factors."""
    mapped = set(table.columns.values())
    for col, value in enumerate(header):
        if col not in mapped and isinstance(value, str) \
                and _GAS_LIKE.fullmatch(header_key(value)):
            log.add("factor.unknown_gas", table.sheet, cell_ref(table.header_row, col),
                    value, file=table.file, known=", ".join(GAS_COLUMNS))


def _text(table: Table, name: str) -> np.ndarray:
    if name in table.data:
        return to_text(table.data[name])
    return np.full(len(table.data), None, dtype=object)


def _normalise(table: Table, log: ProblemLog, gwp: dict[str, float],
               origin: str) -> list[FactorRow]:
    keys = _text(table, "key")
    units, conflicts = _header_units(table, log, _text(table, "unit"))
    value, gases_co2e = _factor_values(table, log, gwp, units)
    gases = _gas_texts(table)
    written = _thousands_texts(table)
    texts = {f: _text(table, f) for f in ("name", "name_en", "name_ja", "source",
                                          "source_ref", "data_type", "aliases", "note",
                                          "licence", "geography", "reference_year",
                                          "note_ja", "licence_ja")}
    rows: list[FactorRow] = []
    sizes = [None if k else _factor_size(u)
             for u, k in zip(units, isnull(keys).tolist(), strict=True)]
    dists = read_distributions(table, log, value, sizes)  # issue 14, distributions.py
    for i in positions(~isnull(keys) & ~conflicts):
        parsed = _usable_unit(table, log, i, keys[i], units[i], value[i])
        if parsed is None:
            continue
        rows.append(_factor_row(table, i, parsed, keys[i], units[i], float(value[i]),
                                gases[i], {f: v[i] for f, v in texts.items()}, dists[i],
                                origin))
        if not np.isnan(gases_co2e[i]):
            rows[-1]["gases_co2e"] = float(gases_co2e[i])
        if written[i] is not None:
            rows[-1]["factor_written"] = written[i]
    return rows


def _thousands_texts(table: Table) -> list[str | None]:
    """Per row, the factor cell as written when it is text with one thousands comma and
    no point (`"1,234"`, read as 1234 by `parse_number`; `1,234.5` and `1,234,567` can
    only be thousands), else None; `thousands_cells` warns."""
    if "factor" not in table.data:
        return [None] * len(table.data)
    return [v if isinstance(v, str) and _one_comma(nfkc(v)) else None
            for v in table.data["factor"].tolist()]


def _one_comma(text: str) -> bool:
    return text.count(",") == 1 and "." not in text


def thousands_cells(rows: list[FactorRow]) -> list[dict[str, object]]:
    """Your factor rows whose value was written with a thousands comma: a European
    export's decimal comma (`1,234` for 1.234) would be read 1000 times too high, and
    factors above 1,000 kg-CO2e exist (gold, SF6), so it is warned, not refused."""
    return [{"part": row["key"], "origin": row["origin"], "text": row["factor_written"],
             "value": f"{float(row['factor_given']):g}",  # type: ignore[arg-type]
             "suggest": str(row["factor_written"]).replace(",", ".")}
            for row in rows if row.get("factor_written") is not None]


def _header_unit(table: Table) -> tuple[str, float, tuple[str, float] | None] | None:
    """The CO2e unit the factor column's header names (`排出原単位(t-CO2e)`,
    `GWP [g-CO2e/kg]`, a mapped `t-CO2e`): (as written, kg-CO2e in one unit of its
    numerator, what it is per or None); None when the header names none."""
    header = table.headers.get("factor")
    text = (written_unit(header) or nfkc(header).strip()) if header else ""
    if "co2" not in _unit_text(text):
        return None
    if "/" in text and _unit_text(text).rsplit("/", 1)[1] in _ANY_UNIT:
        text = text.rsplit("/", 1)[0].strip()  # `kg-CO2e/unit`: only the numerator
    if "/" in text:
        kg, per = co2e_kg(text), parse_unit(text)
        if kg is not None and per is None and kg != 1.0:
            return (text, kg, ("unknown", 0.0))  # `t-CO2/千kWh`: refused (`_header_units`)
        return (text, kg, per) if kg is not None and per is not None else None
    kg = co2e_kg(f"{text}/kg")
    return (text, kg, None) if kg is not None else None


#: What a header's unit is per when it names no unit: `Factor (kg-CO2e/unit)`.
_ANY_UNIT = frozenset({"unit", "units", "単位", "単位当たり", "activityunit", "基準単位", "基準量",
                       "referenceunit", "refunit", "declaredunit", "functionalunit", "fu"})


def _header_units(table: Table, log: ProblemLog,
                  units: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each row's unit with the numerator the factor header names (`_header_unit`): a
    unit cell `t` under `排出原単位(t-CO2e)` is `t-CO2e/t`, not kg-CO2e per t. A unit cell
    that says otherwise (another numerator, or per another unit than the header) is a
    problem in `log`, its row flagged in the second array (left out); under a bare
    `kg-CO2e` header (cfp's own default, a header alias) a cell's own numerator stands."""
    conflicts = np.zeros(len(units), dtype=bool)
    named = _header_unit(table)
    if named is None:
        return units, conflicts
    text, kg, per = named
    if per == ("unknown", 0.0):  # g or t of CO2e per what? Every row would be a guess
        log.add("factor.header_unit_unknown", table.sheet, table.header_cell("factor"),
                table.headers["factor"], file=table.file, header=table.headers["factor"])
        return units, ~conflicts

    def rewritten(unit: object) -> tuple[object, bool]:  # (the row's unit, a conflict?)
        if not isinstance(unit, str):
            return (text if per is not None else None), False  # blank: the header's unit
        own = "/" in _unit_text(unit)
        if (own and co2e_kg(unit) != kg and (kg != 1.0 or per is not None)) \
                or (per is not None and parse_unit(unit) != per):
            return unit, True
        return (unit if own else text if per is not None else f"{text}/{unit}"), False

    codes, distinct = factorize(units)  # once per distinct unit (a database: thousands of rows)
    done = [*map(rewritten, distinct), rewritten(None)]  # code -1: a blank cell
    out = np.array([d[0] for d in done], dtype=object)[codes]
    conflicts = np.array([d[1] for d in done])[codes]
    for i in positions(conflicts).tolist():
        log.at(table, i, "unit", "factor.header_unit", unit=units[i],
               header=table.headers["factor"])
    return out, conflicts


def _usable_unit(table: Table, log: ProblemLog, i: int, key: object, unit: object,
                 value: float) -> tuple[str, float] | None:
    """(dimension, size) of row `i`'s unit, the factor as given / size being kg-CO2e per
    base unit; None when its unit is unknown or its factor missing or negative (the
    problem goes to `log`)."""
    if unit is None:
        log.at(table, i, "unit", "factor.blank_unit", key=key)
        return None
    parsed = parse_unit(unit)
    if parsed is None:
        log.at(table, i, "unit", "factor.bad_unit", unit=unit)
        return None
    kg = co2e_kg(unit)
    if kg is None:
        log.at(table, i, "unit", "factor.bad_numerator", unit=unit, allowed=CO2E_ALLOWED)
        return None
    if np.isnan(value):  # (at the blank cell: under a merged factor, said once)
        log.at(table, i, "factor" if "factor" in table.columns else "key",
               "factor.missing_value", key=key)
        return None
    if value < 0:
        log.at(table, i, "factor" if "factor" in table.columns else "key",
               "factor.negative", key=key, factor=f"{float(value):g}")
        return None
    return parsed[0], parsed[1] / kg


def _factor_size(unit: object) -> float | None:
    """Size of a factor's unit, numerator included (`_usable_unit`); None if unknown."""
    if not isinstance(unit, str):
        return None
    parsed, kg = parse_unit(unit), co2e_kg(unit)
    return None if parsed is None or kg is None else parsed[1] / kg


def _factor_row(table: Table, i: int, parsed: tuple[str, float], key: object,
                unit_given: object, value: float, gases: str | None,
                texts: dict[str, object], dist: dict[str, object], origin: str) -> FactorRow:
    """Row `i` of a factor table, normalised to the base unit of its dimension."""
    dimension, size = parsed
    data_type = texts["data_type"]
    return {
        "key": key,
        "name": _first_given(texts["name"], texts["name_en"], texts["name_ja"]),
        "dimension": dimension,
        "unit": BASE_UNIT[dimension],
        "factor": value / size,
        "unit_given": unit_given,
        "factor_given": value,
        "gases": gases,
        "source": texts["source"] if texts["source"] is not None else origin,
        "source_ref": texts["source_ref"],
        "origin": f"{origin}:{int(table.data['row'][i]) + 1}",
        "data_type": DATA_TYPES.get(lookup_key(data_type))
        if isinstance(data_type, str) else None,
        **{f: texts[f] for f in ("aliases", "note", "licence", "name_ja", "name_en",
                                 "geography", "reference_year", "note_ja", "licence_ja")},
        **dist,
    }


def _first_given(*values: object) -> object:
    return next((v for v in values if v is not None), None)


def _factor_values(table: Table, log: ProblemLog, gwp: dict[str, float],
                   units: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """kg-CO2e per given unit; computed from the gas columns where the CO2e cell is blank.
    Second: per row, the gases' CO2e where a CO2e cell is given too (else NaN)."""
    value = np.full(len(table.data), np.nan)
    if "factor" in table.data:
        value, bad = to_numbers(table.data["factor"])
        report_not_numbers(log, table, bad, "factor")
    gases = [g for g in GAS_COLUMNS if g in table.data]
    total = np.zeros(len(table.data))
    any_gas = np.zeros(len(table.data), dtype=bool)
    for gas in gases:
        amount, bad = to_numbers(table.data[gas])
        report_not_numbers(log, table, bad, gas)
        amount = amount * _gas_scale(table, log, gas, units)
        total += nan_to_zero(amount) * gwp.get(gas, np.nan)
        any_gas |= ~np.isnan(amount)
    both = ~np.isnan(value) & any_gas
    return np.where(~both, np.where(any_gas, total, value), value), np.where(both, total, np.nan)


def _gas_scale(table: Table, log: ProblemLog, gas: str, units: np.ndarray) -> np.ndarray:
    """Per row, what turns a gas column's values into the mass of the row's numerator: a
    mass in the header (`CH4 (g)`, `co2 [t]`, `n2o (g/kWh)`) over the numerator's
    (`kg` for a unit `kWh`); 1 without one. A header in CO2e (`CH4 (kg CO2e)`: the GWP
    would count twice), of another mass, or per another unit than a row's is a problem
    in `log` (NaN: the row's gas is left out, and the problem stops the run)."""
    ones = np.ones(len(units))
    written = written_unit(table.headers[gas])
    if written is None:
        return ones
    text = _unit_text(written)
    mass = CO2E_MASS.get(text.split("/", 1)[0])
    if "co2" in text or mass is None:
        log.add("factor.gas_header_unit", table.sheet, table.header_cell(gas),
                table.headers[gas], file=table.file, header=table.headers[gas])
        return ones * np.nan
    per = parse_unit(written) if "/" in text else None

    def scale_of(unit: object) -> float:  # NaN: per another unit than the header
        kg = co2e_kg(unit) if isinstance(unit, str) else None
        if per is not None and isinstance(unit, str) and parse_unit(unit) != per:
            return np.nan
        return mass / kg if kg else mass

    codes, distinct = factorize(units)  # once per distinct unit
    scale = np.array([*map(scale_of, distinct), scale_of(None)], dtype=float)[codes]
    for i in positions(np.isnan(scale)).tolist():
        log.at(table, i, "unit", "factor.header_unit", unit=units[i], header=table.headers[gas])
    return scale


#: A CO2e cell and its row's gases (under the run's GWP set) further apart than this
#: share of the CO2e cell are warned: the CO2e cell is used, but one of them is wrong or
#: the source used another GWP set (AR5 and AR6 differ by a few percent for CH4).
GAS_MISMATCH = 0.01


def gas_mismatches(rows: list[FactorRow], gwp_set: str) -> list[dict[str, object]]:
    """The rows whose CO2e cell and per-gas values disagree (`GAS_MISMATCH`)."""
    out = []
    for row in rows:
        gases = row.get("gases_co2e")
        given = float(row["factor_given"])
        if gases is not None and abs(given - gases) > GAS_MISMATCH * abs(given):
            out.append({"part": row["key"], "origin": row["origin"], "given": f"{given:g}",
                        "gases": f"{gases:g}", "gwp": gwp_set,
                        "pct": f"{100 * (gases - given) / given:+.1f}" if given else "-"})
    return out


def _gas_texts(table: Table) -> list[str | None]:
    """Per row, the per-gas values as given (`co2=1.91; ch4_fossil=0.002`), or None: an
    inventory line shows the factor as its source wrote it."""
    given = [g for g in GAS_COLUMNS if g in table.data]
    columns = [(g, to_numbers(table.data[g])[0]) for g in given]
    out: list[str | None] = []
    for i in range(len(table.data)):
        parts = [f"{g}={v[i]:g}" for g, v in columns if not np.isnan(v[i])]
        out.append("; ".join(parts) or None)
    return out


@lru_cache(maxsize=4)
def load_gwp(gwp_set: str) -> dict[str, float]:
    """GWP100 per gas column name for AR5 or AR6, from the built-in table."""
    column = gwp_set.lower()
    values = {row["gas"].lower(): float(row[column]) for row in read_builtin_csv("gwp.csv")}
    values.setdefault("co2", 1.0)
    return values


def merge_sources(sources: list[list[FactorRow]]) -> FactorTable:
    """Merge factor rows; later sources win. Aliases from any source name the same key."""
    rows = [dict(r) for source in sources for r in source]
    norms = [lookup_key(str(r["key"])) for r in rows]
    alias: dict[str, str] = {}
    for norm, row in zip(norms, rows, strict=True):
        spellings = row.get("aliases")
        if isinstance(spellings, str):
            for spelling in spellings.split("|"):
                if spelling.strip():
                    alias.setdefault(lookup_key(spelling), norm)
    # display names find their row too ("Container ship"), after every explicit alias,
    # but never shadow another row's key
    keys = set(norms)
    for column in ("name", "name_ja"):
        for norm, row in zip(norms, rows, strict=True):
            name = row.get(column)
            if isinstance(name, str) and name.strip() and lookup_key(name) not in keys:
                alias.setdefault(lookup_key(name), norm)
    records: dict[str, FactorRow] = {}
    for norm, row in zip(norms, rows, strict=True):
        canon = alias.get(norm, norm)
        row["canon"] = canon
        records.pop(canon, None)  # the later row wins, in the later row's place
        records[canon] = row
    return FactorTable(records, alias)


def load_factors(book: Workbook | None, extra_files: list[Path], log: ProblemLog,
                 gwp_set: str, column_map: dict[str, str] | None = None,
                 limits: Limits | None = None) -> FactorTable:
    """Built-in < --factors files (in order) < the workbook's factor sheet. The files are
    read within the workbook's limits, else `limits` (else the default ones)."""
    gwp = dict(load_gwp(gwp_set))
    sources = [read_builtin(log, gwp)]
    mapped: set[str] = set()
    for path in extra_files:
        other = open_workbook(path, limits=book.limits if book is not None else limits)
        sheet = find_sheet(other, ["排出原単位", "Factors"]) or other.sheet_names[0]
        file_log = ProblemLog(str(path))
        sources.append(read_factor_source(other, sheet, file_log, gwp, column_map,
                                          mapped=mapped))
        log.extend(file_log.problems)
        log.hidden.extend(file_log.hidden)
    # a mapping that applies to no file is a mistake, not a no-op
    for fieldname, header in (column_map or {}).items():
        if fieldname not in mapped:
            log.add("factor.column_not_found", None, None, header,
                    file=", ".join(str(p) for p in extra_files) or "--factor-columns",
                    field=fieldname, header=header)
    if book is not None:
        sheet = find_sheet(book, ["排出原単位", "原単位", "Factors", "Emission factors"])
        if sheet is not None:
            sources.append(read_factor_source(book, sheet, log, gwp))
    repeats: list[dict[str, object]] = []
    mismatches = [m for source in sources[1:] for m in gas_mismatches(source, gwp_set)]
    sources[1:] = [_first_of_each_key(source, repeats) for source in sources[1:]]
    for source in sources[1:]:
        for row in source:
            row["builtin"] = False
    if not any(sources[1:]):  # built-in only (most BOMs of a batch): merged once
        merged = _builtin_table(tuple(sorted(gwp.items())))
        return FactorTable(dict(merged.records), merged.alias)  # formula rows are added
    table = merge_sources(sources)
    table.repeated_rows = repeats
    table.gas_mismatches = mismatches
    table.thousands_cells = [c for source in sources[1:] for c in thousands_cells(source)]
    return table


def _first_of_each_key(rows: list[FactorRow],
                       repeats: list[dict[str, object]]) -> list[FactorRow]:
    """One table's rows, the first of each key (as in every master table, README): a
    later row with the same key is left out and named in `repeats` with the row used.
    Between tables the source order decides (`merge_sources`)."""
    first: dict[str, FactorRow] = {}
    kept = []
    for row in rows:
        norm = lookup_key(str(row["key"]))
        if norm in first:
            repeats.append({"part": first[norm]["key"], "used": first[norm]["origin"],
                            "ignored": row["origin"]})
            continue
        first[norm] = row
        kept.append(row)
    return kept


@lru_cache(maxsize=4)
def _builtin_table(gwp_items: tuple[tuple[str, float], ...]) -> FactorTable:
    """The built-in database merged, once per GWP set and process."""
    return merge_sources([_builtin_cached(gwp_items)[0]])


def read_builtin(log: ProblemLog, gwp: dict[str, float]) -> list[FactorRow]:
    """The shipped database, read through the user-file path once per GWP set and
    process (batch runs compute hundreds of BOMs in one worker)."""
    rows, problems = _builtin_cached(tuple(sorted(gwp.items())))
    log.extend(problems)
    return rows


#: The origin of every built-in factor starts so ("cfp built-in:12": line 12).
BUILTIN_ORIGIN = "cfp built-in"


@lru_cache(maxsize=4)
def _builtin_cached(gwp_items: tuple[tuple[str, float], ...]) -> tuple[list[FactorRow], list]:
    path = builtin_path("factors.csv")
    book = open_workbook(path)
    log = ProblemLog(str(path))
    rows = read_factor_source(book, book.sheet_names[0], log, dict(gwp_items),
                              origin=BUILTIN_ORIGIN)
    for row in rows:
        row["builtin"] = True
    return rows, log.problems


__all__ = ["FactorTable", "co2e_kg", "load_factors", "parse_unit", "merge_sources"]
