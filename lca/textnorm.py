"""Normalisation of spreadsheet text: headers, keys, numbers and units.

Japanese workbooks mix full-width and half-width characters (`ＳＵＳ３０４`, `１,２００`),
write units in brackets (`重量(g)`, `加工（分）`) and use dashes for "not given". Every
comparison in cfp goes through these functions so that one rule applies everywhere.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

import numpy as np
import pandas as pd

#: Cell texts that mean "not given" (after NFKC and strip).
BLANK_MARKERS = frozenset({"", "-", "－", "—", "–", "‐", "―", "ー", "n/a"})

_RAW_BLANKS = list(BLANK_MARKERS | {"N/A"})

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


@lru_cache(maxsize=4096)
def header_key(header: object) -> str:
    """Comparable form of a header: NFKC, case-folded, unit removed, no spaces/underscores."""
    if not isinstance(header, str):
        header = "" if header is None else str(header)
    name, _unit = split_unit(header)
    return re.sub(r"[\s_\-.:：・]", "", name.casefold())


@lru_cache(maxsize=65536)
def lookup_key(value: str) -> str:
    """Comparable form of a factor key, part number or category: NFKC, case-folded."""
    return nfkc(value).casefold()


def is_blank(value: object) -> bool:
    """True for empty cells and the dash markers that mean "not given"."""
    if value is None:
        return True
    if isinstance(value, float) and np.isnan(value):
        return True
    if isinstance(value, str):
        return nfkc(value).casefold() in BLANK_MARKERS
    return False


def blank_mask(values: pd.Series) -> pd.Series:
    """Vectorised `is_blank` for a column of raw cell values.

    Exact markers are matched by hashing, which is fast; a marker with surrounding
    spaces is not caught here, but every field parser applies `is_blank` itself.
    """
    return values.isna() | values.isin(_RAW_BLANKS)


def parse_number(value: object) -> float | None:
    """One cell to a float; None when blank. Raises ValueError for text that is no number.

    Accepts full-width digits, thousands separators and a trailing percent sign
    (`'70%'` -> 0.7).
    """
    if is_blank(value):
        return None
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, (int, float)):
        return float(value)
    text = nfkc(str(value)).replace(",", "").replace(" ", "")
    percent = text.endswith("%")
    if percent:
        text = text[:-1]
    number = float(text)  # ValueError propagates: the caller names the cell
    if not np.isfinite(number):
        raise ValueError(value)
    return number / 100.0 if percent else number


def to_numbers(values: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Vectorised `parse_number` over a column of cell values.

    Returns (numbers as float64 with NaN for blank, mask of cells that held text that is
    not a number). Numeric cells take the fast path (`pd.to_numeric`); text cells are
    parsed by `parse_number`, once per distinct text ('-' repeats thousands of times), so
    that texts like 'nan' or 'inf', which `pd.to_numeric` would accept, are refused.
    """
    cells = values.to_numpy(dtype=object)
    is_text = np.fromiter((type(v) is str for v in cells), dtype=bool, count=len(cells))
    numbers = pd.to_numeric(values.where(~is_text), errors="coerce").astype("float64")
    bad = pd.Series(~np.isfinite(numbers.to_numpy()) & numbers.notna().to_numpy(),
                    index=values.index)
    numbers[bad] = np.nan
    rest = values[is_text]
    rest = rest[rest != ""]
    if len(rest):
        parsed = map_unique(rest, _parse_or_bad)
        invalid = parsed.map(lambda v: v is _BAD)
        bad[rest.index[invalid.to_numpy()]] = True
        good = parsed[~invalid.to_numpy()]
        numbers[good.index] = good.astype("float64")
    return numbers, bad


_BAD = object()


def _parse_or_bad(value: object) -> object:
    try:
        parsed = parse_number(value)
    except ValueError:
        return _BAD
    return np.nan if parsed is None else parsed


def to_text(values: pd.Series) -> pd.Series:
    """Column of cells to stripped NFKC strings, None for blank; whole floats lose `.0`."""
    if not len(values):
        return values.astype(object)
    return map_unique(values, _text_of)


def _text_of(value: object) -> str | None:
    if isinstance(value, str):
        if value.isascii():  # the common case: no NFKC needed, only spaces
            text = " ".join(value.split())
            return None if text.casefold() in BLANK_MARKERS else text
        return None if is_blank(value) else nfkc(value)
    if isinstance(value, float):
        if np.isnan(value):
            return None
        return str(int(value)) if value.is_integer() else repr(value)
    return None if value is None else nfkc(str(value))


def map_unique(values: pd.Series, fn: Callable[[object], object]) -> pd.Series:
    """`values.map(fn)` calling `fn` once per distinct value (grades, suppliers and
    categories repeat thousands of times in a large BOM). Missing values give None.

    The result is an object Series: pandas 3 would otherwise infer Arrow strings, and
    the inventory code converts them back at a cost (see compute._frame)."""
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    mapped = np.empty(len(uniques) + 1, dtype=object)
    mapped[:-1] = [fn(u) for u in uniques]
    mapped[-1] = None  # code -1: missing
    return pd.Series(mapped[codes], index=values.index, dtype=object)


def column_letter(index: int) -> str:
    """0-based column index to an Excel column letter (0 -> A, 27 -> AB)."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def cell_ref(row: int, col: int) -> str:
    """0-based row/column to an A1 reference."""
    return f"{column_letter(col)}{row + 1}"
