"""Emission-factor sources and the merged factor table.

Sources, lowest precedence first: the built-in database (`data/factors.csv`), each
`--factors` file in the order given, then the workbook's 排出原単位/Factors sheet. All are
read by `read_factor_source`, the built-in one included, so a user's IDEA export and the
shipped data take the same path. Every factor is converted to a base unit per dimension
(kg, kWh, L, t-km, piece) when loaded, and keeps its source for the inventory.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np
import pandas as pd

from .errors import ProblemLog
from .textnorm import lookup_key, nfkc, to_numbers, to_text
from .workbook import Table, Workbook, find_sheet, find_table, open_workbook

FACTOR_ALIASES: dict[str, list[str]] = {
    "key": ["キー", "Key", "品番/材質/分類", "Code"],
    "unit": ["単位", "Unit", "Activity unit"],
    "factor": ["排出原単位", "原単位", "Factor", "kg_co2e", "kg-CO2e", "kgCO2e", "GWP",
               "Emission factor", "CO2e"],
    "source": ["出典", "Source", "Database"],
    "source_ref": ["出典詳細", "source_ref", "Reference", "Dataset id"],
    "name": ["名称", "Name", "Description"],
    "name_ja": ["name_ja"],
    "name_en": ["name_en"],
    "aliases": ["aliases", "別名"],
    "data_type": ["種別", "データ種別", "data_type", "Type", "Data type"],
    "licence": ["ライセンス", "licence", "license"],
    "note": ["備考", "note", "Notes"],
    "geography": ["地域", "geography", "Country"],
    "reference_year": ["年度", "reference_year", "Year"],
    "co2": ["co2"],
    "ch4_fossil": ["ch4_fossil"],
    "ch4_non_fossil": ["ch4_non_fossil"],
    "n2o": ["n2o"],
}
GAS_COLUMNS = ["co2", "ch4_fossil", "ch4_non_fossil", "n2o"]

#: unit spelling -> (dimension, size of one such unit in the dimension's base unit)
UNITS: dict[str, tuple[str, float]] = {
    "kg": ("mass", 1.0), "g": ("mass", 0.001), "t": ("mass", 1000.0), "ton": ("mass", 1000.0),
    "tonne": ("mass", 1000.0), "トン": ("mass", 1000.0),
    "kwh": ("energy", 1.0), "mwh": ("energy", 1000.0), "mj": ("energy", 1 / 3.6),
    "gj": ("energy", 1000 / 3.6),
    "l": ("volume", 1.0), "kl": ("volume", 1000.0), "m3": ("volume", 1000.0),
    "千m3": ("volume", 1_000_000.0),
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


def parse_unit(text: str | None) -> tuple[str, float] | None:
    """`'kg-CO2e/kg'`, `'kg'`, `'ｔ-ｋｍ'` -> (dimension, size in base unit); None if unknown."""
    if text is None:
        return None
    unit = nfkc(text).casefold().replace(" ", "").replace("·", "-").replace("・", "-")
    if "/" in unit:
        unit = unit.rsplit("/", 1)[1]
    unit = unit.replace("tkm", "t-km").replace("t-km", "t-km")
    return UNITS.get(unit) or UNITS.get(unit.replace("-", ""))


def builtin_path(name: str) -> Path:
    return Path(str(resources.files("cfp.lca").joinpath("data", name)))


@dataclass
class FactorTable:
    """Merged factors: one row per canonical key, the highest-precedence source winning.

    `rows` columns: key, canon, name, dimension, unit (base), factor (kg-CO2e per base
    unit), unit_given, factor_given, source, source_ref, origin, data_type, builtin, note.
    """

    rows: pd.DataFrame
    alias: dict[str, str]  # normalised spelling -> canonical key

    def canon(self, name: object) -> str | None:
        if not isinstance(name, str) or not name:
            return None
        norm = lookup_key(name)
        return self.alias.get(norm, norm)

    def find(self, name: object) -> pd.Series | None:
        key = self.canon(name)
        if key is None or key not in self.rows.index:
            return None
        return self.rows.loc[key]

    def lookup(self, names: pd.Series) -> pd.Series:
        """Vectorised: canonical key found in the table for each name, else None.

        Part numbers are mostly distinct, so the per-name work matters: plain ASCII
        names are normalised with vectorised string methods, the rest one by one."""
        codes, uniques = pd.factorize(names, use_na_sentinel=True)
        if not len(uniques):
            return pd.Series(None, index=names.index, dtype=object)
        texts = pd.Series(uniques, dtype=object).map(lambda v: v if isinstance(v, str) else "")
        simple = texts.map(str.isascii) & ~texts.str.contains("  ", regex=False)
        norm = texts.str.strip().str.casefold().where(simple, texts.map(
            lambda v: lookup_key(v) if v else ""))
        canon = norm.map(lambda k: self.alias.get(k, k))
        missing = ~canon.isin(self.rows.index)
        if missing.any():
            canon[missing] = texts[missing].map(self._formula_row)
        found = canon.where(canon.isin(self.rows.index), None).to_numpy(dtype=object)
        mapped = np.append(found, None)
        return pd.Series(mapped[codes], index=names.index, dtype=object)


    def _formula_row(self, name: str) -> str | None:
        """A factor computed from its name (改良トンキロ:4t:50%); added to the table."""
        from . import transport

        spec = transport.parse_spec(name) if name else None
        fuel = self.find(spec[2]) if spec else None
        if spec is None or fuel is None or fuel["dimension"] != "volume":
            return None
        payload_kg, load_pct, fuel_key = spec
        key = transport.canonical_key(payload_kg, load_pct, fuel_key)
        litres = transport.litres_per_tkm(payload_kg, load_pct, fuel_key)
        row = {c: None for c in self.rows.columns}
        row.update({
            "key": key, "canon": key, "name": name, "dimension": "transport", "unit": "t-km",
            "factor": litres * float(fuel["factor"]), "unit_given": "t-km",
            "factor_given": litres * float(fuel["factor"]), "source": transport.SOURCE,
            "source_ref": f"x = {load_pct:g} %, z = {payload_kg:g} kg: {litres:.6f} L/t-km x "
                          f"{fuel_key} {float(fuel['factor']):g} kg-CO2e/L ({fuel['source']})",
            "origin": fuel["origin"], "data_type": "secondary", "builtin": fuel["builtin"],
        })
        self.rows.loc[key] = pd.Series(row, dtype=object)
        return key


def read_factor_source(book: Workbook, sheet: str, log: ProblemLog, gwp: dict[str, float],
                       column_map: dict[str, str] | None = None,
                       origin: str = "") -> pd.DataFrame:
    """One factor table (sheet or file) to normalised rows; problems go to `log`."""
    aliases = {k: list(v) for k, v in FACTOR_ALIASES.items()}
    for fieldname, header in (column_map or {}).items():
        aliases.setdefault(fieldname, []).insert(0, header)
    table = find_table(book, sheet, aliases, ["key", "unit"], log)
    if table is None:
        names = {"key": "キー/Key", "unit": "単位/Unit"}
        for fieldname in ("key", "unit"):
            log.add("factor.missing_column", sheet, None, None, file=str(book.path),
                    column=fieldname, names=names[fieldname])
        return _empty()
    return _normalise(table, log, gwp, origin or f"{Path(table.file).name}!{table.sheet}")


def _empty() -> pd.DataFrame:
    return pd.DataFrame(columns=["key", "name", "dimension", "unit", "factor", "unit_given",
                                 "factor_given", "source", "source_ref", "origin",
                                 "data_type", "aliases", "note", "licence", "geography",
                                 "reference_year", "name_ja", "name_en"])


def _text(table: Table, name: str) -> pd.Series:
    if name in table.data:
        return to_text(table.data[name])
    return pd.Series(None, index=table.data.index, dtype=object)


def _normalise(table: Table, log: ProblemLog, gwp: dict[str, float], origin: str) -> pd.DataFrame:
    data = table.data
    keys = _text(table, "key")
    data = data[keys.notna()]
    keys = keys[keys.notna()]
    units = _text(table, "unit")[keys.index]
    value = _factor_values(table, data.index, log, gwp)
    parsed = units.map(parse_unit)
    for row in parsed[parsed.isna()].index:
        log.at(table, row, "unit", "factor.bad_unit", unit=units[row])
    for row in value[value.isna() & parsed.notna()].index:
        log.at(table, row, "key", "factor.missing_value", key=keys[row])
    ok = parsed.notna() & value.notna()
    dims = parsed[ok].map(lambda p: p[0])
    sizes = parsed[ok].map(lambda p: p[1]).astype(float)
    rows = pd.DataFrame({
        "key": keys[ok],
        "name": _text(table, "name").fillna(_text(table, "name_en")).fillna(
            _text(table, "name_ja"))[ok.index][ok],
        "dimension": dims,
        "unit": dims.map(BASE_UNIT),
        "factor": value[ok] / sizes,
        "unit_given": units[ok],
        "factor_given": value[ok],
        "source": _text(table, "source")[ok.index][ok].fillna(origin),
        "source_ref": _text(table, "source_ref")[ok.index][ok],
        "origin": [f"{origin}:{r + 1}" for r in ok[ok].index],
        "data_type": _text(table, "data_type")[ok.index][ok].map(
            lambda v: DATA_TYPES.get(lookup_key(v)) if isinstance(v, str) else None),
        "aliases": _text(table, "aliases")[ok.index][ok],
        "note": _text(table, "note")[ok.index][ok],
        "licence": _text(table, "licence")[ok.index][ok],
        "name_ja": _text(table, "name_ja")[ok.index][ok],
        "name_en": _text(table, "name_en")[ok.index][ok],
        "geography": _text(table, "geography")[ok.index][ok],
        "reference_year": _text(table, "reference_year")[ok.index][ok],
    })
    return rows.reset_index(drop=True)


def _factor_values(table: Table, index: pd.Index, log: ProblemLog,
                   gwp: dict[str, float]) -> pd.Series:
    """kg-CO2e per given unit; computed from the gas columns where the CO2e cell is blank."""
    value = pd.Series(np.nan, index=index)
    if "factor" in table.data:
        raw = table.data["factor"][index]
        value, bad = to_numbers(raw)
        for row in bad[bad].index:
            log.at(table, row, "factor", "cell.not_number")
    gases = [g for g in GAS_COLUMNS if g in table.data]
    if gases:
        total = pd.Series(0.0, index=index)
        any_gas = pd.Series(False, index=index)
        for gas in gases:
            amount, bad = to_numbers(table.data[gas][index])
            for row in bad[bad].index:
                log.at(table, row, gas, "cell.not_number")
            total += amount.fillna(0.0) * gwp.get(gas, np.nan)
            any_gas |= amount.notna()
        value = value.where(value.notna() | ~any_gas, total)
    return value


@lru_cache(maxsize=4)
def load_gwp(gwp_set: str) -> dict[str, float]:
    """GWP100 per gas column name for AR5 or AR6, from the built-in table."""
    path = builtin_path("gwp.csv")
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    column = gwp_set.lower()
    values = dict(zip(table["gas"].str.lower(), pd.to_numeric(table[column]), strict=True))
    values.setdefault("co2", 1.0)
    return values


def merge_sources(sources: list[pd.DataFrame]) -> FactorTable:
    """Merge factor rows; later sources win. Aliases from any source name the same key."""
    rows = pd.concat([s for s in sources if not s.empty] or [_empty()], ignore_index=True)
    rows["builtin_norm"] = rows["key"].map(lookup_key)
    alias: dict[str, str] = {}
    for key, spellings in zip(rows["builtin_norm"], rows["aliases"], strict=True):
        if isinstance(spellings, str):
            for spelling in spellings.split("|"):
                if spelling.strip():
                    alias.setdefault(lookup_key(spelling), key)
    # display names find their row too ("Container ship"), after every explicit alias,
    # but never shadow another row's key
    keys = set(rows["builtin_norm"])
    for column in ("name", "name_ja"):
        for key, name in zip(rows["builtin_norm"], rows[column], strict=True):
            if isinstance(name, str) and name.strip() and lookup_key(name) not in keys:
                alias.setdefault(lookup_key(name), key)
    rows["canon"] = rows["builtin_norm"].map(lambda k: alias.get(k, k))
    rows = rows.drop(columns="builtin_norm")
    merged = rows.drop_duplicates("canon", keep="last").set_index("canon", drop=False)
    # plain object text columns: flows reindex this table once per BOM line
    merged = merged.astype({c: object for c in merged.columns
                            if merged[c].dtype.kind not in "biufcmM"})
    return FactorTable(merged, alias)


def load_factors(book: Workbook | None, extra_files: list[Path], log: ProblemLog,
                 gwp_set: str, column_map: dict[str, str] | None = None) -> FactorTable:
    """Built-in < --factors files (in order) < the workbook's factor sheet."""
    gwp = dict(load_gwp(gwp_set))
    sources = [read_builtin(log, gwp)]
    for path in extra_files:
        other = open_workbook(path)
        sheet = find_sheet(other, ["排出原単位", "Factors"]) or other.sheet_names[0]
        file_log = ProblemLog(str(path))
        sources.append(read_factor_source(other, sheet, file_log, gwp, column_map,
                                          origin=path.name))
        log.extend(file_log.problems)
    if book is not None:
        sheet = find_sheet(book, ["排出原単位", "原単位", "Factors", "Emission factors"])
        if sheet is not None:
            sources.append(read_factor_source(book, sheet, log, gwp))
    for source in sources[1:]:
        source["builtin"] = False
    return merge_sources(sources)


def read_builtin(log: ProblemLog, gwp: dict[str, float]) -> pd.DataFrame:
    """The shipped database, read through the user-file path once per GWP set and
    process (batch runs compute hundreds of BOMs in one worker)."""
    rows, problems = _builtin_cached(tuple(sorted(gwp.items())))
    log.extend(problems)
    return rows


@lru_cache(maxsize=4)
def _builtin_cached(gwp_items: tuple[tuple[str, float], ...]) -> tuple[pd.DataFrame, list]:
    path = builtin_path("factors.csv")
    book = open_workbook(path)
    log = ProblemLog(str(path))
    rows = read_factor_source(book, book.sheet_names[0], log, dict(gwp_items),
                              origin="cfp built-in")
    rows["builtin"] = True
    return rows, log.problems


__all__ = ["FactorTable", "load_factors", "parse_unit", "merge_sources"]
