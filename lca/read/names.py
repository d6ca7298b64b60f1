"""Normalised names, without numpy: headers, units in brackets, and which sheet is which.

Kept free of heavy imports: `prefetch` picks the BOM sheet with these while the
interpreter is still importing numpy and the rest of cfp.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
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

_BRACKET_RE = re.compile(r"[\(\[（［【]\s*([^\)\]）］】]*)\s*[\)\]）］】]")
_SPACE_RE = re.compile(r"\s+")


@lru_cache(maxsize=4096)
def nfkc(text: str) -> str:
    """Full-width to half-width (NFKC), stripped, inner whitespace collapsed."""
    return _SPACE_RE.sub(" ", unicodedata.normalize("NFKC", text)).strip()


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


def bom_sheet_name(sheet_names: list[str]) -> str:
    """The BOM sheet: named BOM / 部品表, else the first sheet that is not a master."""
    found = find_sheet_name(sheet_names, BOM_SHEET_NAMES)
    if found is not None:
        return found
    masters = {header_key(n) for names in MASTER_SHEETS.values() for n in names}
    return next((s for s in sheet_names if header_key(s) not in masters), sheet_names[0])
