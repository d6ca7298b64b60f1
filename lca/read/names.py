"""Normalised names, without numpy: headers, units in brackets, and which sheet is which.

Kept free of heavy imports: `prefetch` picks the BOM sheet with these while the
interpreter is still importing numpy and the rest of cfp.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import lru_cache

#: Sheet names of the BOM; else the first sheet that is not a master sheet.
BOM_SHEET_NAMES = ["BOM", "部品表"]
#: the sheet mapping --meter-log files to parts and processes (read/meterlog.py)
METER_LOG_SHEET_NAMES = ["計測ログ", "計測ログ対応", "Meter logs", "Meter log"]

MASTER_SHEETS: dict[str, list[str]] = {
    "processes": ["工程", "工程マスタ", "Processes", "Process"],
    "measurements": ["実測", "実測値", "Measurements", "Measurement"],
    "suppliers": ["仕入先", "仕入先マスタ", "Suppliers", "Supplier"],
    "factors": ["排出原単位", "原単位", "Factors", "Emission factors"],
    "settings": ["設定", "Settings"],
    "materials": ["材質", "材質マスタ", "Materials", "Material map"],
}

#: Declared-unit words (Settings 宣言単位) -> PACT declaredUnitOfMeasurement
UNIT_WORDS = {
    "piece": "piece", "pieces": "piece", "pc": "piece", "pcs": "piece", "unit": "piece",
    "units": "piece", "個": "piece", "台": "piece", "本": "piece", "枚": "piece",
    "点": "piece", "式": "piece", "セット": "piece", "set": "piece",
    "kg": "kilogram", "kilogram": "kilogram", "kilograms": "kilogram",
}
_DECLARED = re.compile(r"^\s*(\d+(?:\.\d+)?)?\s*(.+?)\s*$")


def one_piece(declared: str) -> bool:
    """Whether a declared unit is one piece of the product (`1 個`, `piece`, `1 台`...):
    the only unit cfp computes (the footprint of the product the BOM describes; per
    10 pieces or per kg every figure would have to be scaled, which cfp does not do)."""
    match = _DECLARED.match(nfkc(declared))
    return bool(match) and UNIT_WORDS.get(match.group(2).casefold()) == "piece" \
        and float(match.group(1) or 1) == 1


#: a bracketed unit, with one level of brackets inside (`(kW/(m3/min))`)
_BRACKET_RE = re.compile(r"[\(\[（［【]\s*((?:[^\(\)\[\]（）［］【】]|[\(（][^\(\)（）]*[\)）])*)"
                         r"\s*[\)\]）］】]")
_SPACE_RE = re.compile(r"\s+")


@lru_cache(maxsize=4096)
def nfkc(text: str) -> str:
    """Full-width to half-width (NFKC), stripped, inner whitespace collapsed."""
    return _SPACE_RE.sub(" ", unicodedata.normalize("NFKC", text)).strip()


_TRAILING_BRACKET = re.compile(r"\s*[\(\[（［【]\s*([^\(\)\[\]（）［］【】]*?)\s*[\)\]）］】]\s*$")


def trailing_unit(text: str, units: Mapping[str, float] | None = None
                  ) -> tuple[str, str | None]:
    """A time header's name and unit: the unit is the bracket at the end (`加工(分)`);
    brackets inside the name stay (`MC(大型) 加工(分)` is process `MC(大型)`). With
    `units`, a bracket at the end is the unit only if it is one of them (a name cell
    `旋盤(分)` over its time columns, but `MC(大型)` is a name)."""
    text = nfkc(text)
    found = _TRAILING_BRACKET.search(text)
    if found is None:
        return text, None
    unit = found.group(1).casefold() or None
    if units is not None and unit not in units:
        return text, None
    return nfkc(text[:found.start()]), unit


@lru_cache(maxsize=4096)
def split_unit(header: str) -> tuple[str, str | None]:
    """`'重量 (g)'` -> `('重量', 'g')`; the unit is the last bracketed text, if any."""
    text = nfkc(header)
    units = _BRACKET_RE.findall(text)
    name = nfkc(_BRACKET_RE.sub(" ", text))
    unit = units[-1].strip().casefold() if units else None
    return name, unit or None


def written_unit(header: str) -> str | None:
    """The unit of `split_unit` as written, not case-folded: `'係数(t-CO2/MWh)'` ->
    `'t-CO2/MWh'`."""
    units = _BRACKET_RE.findall(nfkc(header))
    return (units[-1].strip() or None) if units else None


def header_names(spellings: list[str], count: int = 2) -> list[str]:
    """The spellings a message names for a column: the first `count` and the first
    English one (an English sheet's user reads `Qty` or `Rated power`, not only 個数)."""
    shown = list(spellings[:count])
    english = next((s for s in spellings if s.isascii()), None)
    return shown + [english] if english is not None and english not in shown else shown


@lru_cache(maxsize=4096)
def name_key(name: object) -> str:
    """Comparable form of a name written in a cell (a supplier, a process): NFKC,
    case-folded, no spaces/underscores/dashes/dots. Unlike `header_key`, brackets stay:
    `A社(東京)` and `A社(大阪)` are two suppliers, `MC(大型)` and `MC(小型)` two machines."""
    if not isinstance(name, str):
        name = "" if name is None else str(name)
    return re.sub(r"[\s_\-.:：・]", "", nfkc(name).casefold())


@lru_cache(maxsize=4096)
def header_key(header: object) -> str:
    """Comparable form of a header: NFKC, case-folded, unit removed, no spaces/underscores."""
    if not isinstance(header, str):
        header = "" if header is None else str(header)
    name, _unit = split_unit(header)
    return re.sub(r"[\s_\-.:：・]", "", name.casefold())


TEXT_SUFFIXES = (".csv", ".tsv", ".txt")


def source_label(file: str, sheet: str) -> str:
    """How an inventory line names a table it took data from: `bom.xlsx!工程`, or just
    `machines.csv` for a text file (whose one sheet is the file)."""
    name = file.replace("\\", "/").rsplit("/", 1)[-1]
    return name if name.lower().endswith(TEXT_SUFFIXES) else f"{name}!{sheet}"


def find_sheet_name(sheet_names: Iterable[str], names: Iterable[str]) -> str | None:
    """The first sheet whose normalised name is one of `names`."""
    wanted = {header_key(n) for n in names}
    return next((s for s in sheet_names if header_key(s) in wanted), None)


def bom_sheets(sheet_names: Iterable[str]) -> list[str]:
    """Every sheet named BOM / 部品表 (`部品表 (2)` too: the bracket is dropped like a unit)."""
    wanted = {header_key(n) for n in BOM_SHEET_NAMES}
    return [s for s in sheet_names if header_key(s) in wanted]


def bom_sheet_name(sheet_names: list[str]) -> str:
    """The BOM sheet: named BOM / 部品表, else the first sheet that is not a master."""
    found = find_sheet_name(sheet_names, BOM_SHEET_NAMES)
    if found is not None:
        return found
    masters = {header_key(n) for names in MASTER_SHEETS.values() for n in names}
    return next((s for s in sheet_names if header_key(s) not in masters), sheet_names[0])
