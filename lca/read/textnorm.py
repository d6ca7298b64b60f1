"""Normalisation of spreadsheet text: headers, keys, numbers and units.

Japanese workbooks mix full-width and half-width characters (`ＳＵＳ３０４`, `１,２００`),
write units in brackets (`重量(g)`, `加工（分）`) and use dashes for "not given". Every
comparison in cfp goes through these functions so that one rule applies everywhere.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable
from functools import lru_cache
from itertools import repeat

import numpy as np

from ..frame import Text, factorize, map_codes, positions
from .names import header_key as header_key  # re-exported: one home for names
from .names import name_key as name_key
from .names import nfkc
from .names import split_unit as split_unit

#: Cell texts that mean "not given" (after NFKC and strip).
BLANK_MARKERS = frozenset({"", "-", "－", "—", "–", "‐", "―", "ー", "n/a"})

_RAW_BLANK_SET = frozenset(BLANK_MARKERS | {"N/A", None})

@lru_cache(maxsize=65536)
def lookup_key(value: str) -> str:
    """Comparable form of a factor key, part number or category: NFKC, case-folded."""
    return nfkc(value).casefold()


def lookup_keys(texts: list[str]) -> list[str]:
    """`lookup_key` of each text. Part numbers are mostly distinct, so the common case,
    ASCII (where NFKC changes nothing), runs through C-level `map`s: whitespace
    collapsed, stripped, case-folded."""
    collapsed, ascii_ = _collapsed(texts)
    keys = list(map(str.casefold, collapsed))
    for i in positions(~ascii_).tolist():
        keys[i] = lookup_key(texts[i])
    return keys


def _collapsed(texts: list[str]) -> tuple[list[str], np.ndarray]:
    """Each text with whitespace runs collapsed and stripped (`nfkc` of an ASCII text),
    and which texts are ASCII; in C-level `map`s."""
    collapsed = list(map(" ".join, map(str.split, texts)))
    return collapsed, np.fromiter(map(str.isascii, texts), dtype=bool, count=len(texts))


def is_blank(value: object) -> bool:
    """True for empty cells and the dash markers that mean "not given"."""
    if value is None:
        return True
    if isinstance(value, float) and np.isnan(value):
        return True
    if isinstance(value, str):
        return nfkc(value).casefold() in BLANK_MARKERS
    return False


def blank_mask(values: np.ndarray) -> np.ndarray:
    """Vectorised `is_blank` for a column of raw cell values.

    Exact markers are matched by hashing, which is fast; a marker with surrounding
    spaces is not caught here, but every field parser applies `is_blank` itself.
    """
    if values.dtype.kind in "fiub":  # numbers: no marker text among them, NaN is blank
        return np.isnan(values) if values.dtype.kind == "f" else np.zeros(len(values), bool)
    marked = np.fromiter(map(_RAW_BLANK_SET.__contains__, values), dtype=bool,
                         count=len(values))
    if values.dtype.kind == "O":
        marked |= values != values  # NaN
    return marked


#: A number written as text (after NFKC, spaces around it removed): digits with an
#: optional point and exponent, as Python's `float` and Rust's reading of a number cell
#: (fastread) take them, but no underscores (`float` reads '1_000' as 1000) and a comma
#: only between groups of three digits (1,200 / 12,345.6 / 1,234,567): '0,5' or '1,2,3'
#: would lose their comma and be read as 5 or 123. The first group does not start with 0:
#: '0,500' is a decimal comma (0.5 kg), never the 500 that deleting the comma gives.
_NUMBER_TEXT = re.compile(r"[+-]?(?:[1-9][0-9]{0,2}(?:,[0-9]{3})+(?:\.[0-9]*)?|[0-9]+\.?[0-9]*"
                          r"|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
#: a decimal comma as Europe writes it ('0,5', '2,50'): refused, with the point form
_DECIMAL_COMMA = re.compile(r"[+-]?[0-9]+,[0-9]+")


def parse_number(value: object, percent: bool = False) -> float | None:
    """One cell to a float; None when blank. Raises ValueError for text that is no number.

    Accepts full-width digits and thousands separators in groups of three (`'1,200'`);
    with `percent` (a ratio field: utilisation, shares) a trailing percent sign too
    (`'70%'` -> 0.7). A comma anywhere else, an underscore or a percent sign where the
    field is no ratio is no number: nothing is guessed (`number_problem` says why).
    """
    if isinstance(value, float) and not np.isfinite(value):
        raise ValueError(value)  # NaN/inf in a numeric cell (hostile XML) is no number
    if is_blank(value):
        return None
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, (int, float)):
        return float(value)
    text = nfkc(str(value))
    ratio = percent and text.endswith("%")
    if ratio:
        text = text[:-1].rstrip()
    if _NUMBER_TEXT.fullmatch(text) is None:
        raise ValueError(value)  # the caller names the cell
    number = float(text.replace(",", ""))
    if not np.isfinite(number):
        raise ValueError(value)
    return number / 100.0 if ratio else number


#: a number followed by a unit cfp knows in a header (`1.2kg`, `500 g`, `2個`, `3分`)
_WITH_UNIT = re.compile(r"(.*?[0-9])\s*([^\s0-9]{1,5})")


@lru_cache(maxsize=1)
def _unit_words() -> frozenset[str]:
    from .units import COUNT, DISTANCE, ENERGY, POWER, TIME, WEIGHT

    return frozenset(w for kind in (WEIGHT, TIME, COUNT, DISTANCE, ENERGY, POWER)
                     for w in kind.sizes)


def number_problem(value: object) -> tuple[str, dict[str, object]]:
    """The message key (and its parameters) saying why a cell is not a number: a decimal
    comma (with the number written with a point), another misplaced comma, a percent
    sign in a field that is no ratio, a unit in the cell (`1.2kg`), else the generic
    `cell.not_number`."""
    text = nfkc(value) if isinstance(value, str) else ""
    unit = _WITH_UNIT.fullmatch(text)
    if unit and _NUMBER_TEXT.fullmatch(unit.group(1)) and \
            unit.group(2).casefold() in _unit_words():
        return "cell.unit_in_cell", {"unit": unit.group(2)}
    if _DECIMAL_COMMA.fullmatch(text):
        return "cell.decimal_comma", {"suggest": text.replace(",", ".")}
    if "," in text and _NUMBER_TEXT.fullmatch(text.replace(",", "")):
        return "cell.bad_comma", {}
    if text.endswith("%") and _NUMBER_TEXT.fullmatch(text[:-1].rstrip()):
        return "cell.percent_not_ratio", {}
    return "cell.not_number", {}


def report_not_numbers(log: object, table: object, bad: np.ndarray, fieldname: str) -> None:
    """One problem per flagged row of `table` (a located `Table`) in column `fieldname`,
    saying why its cell is not a number (`number_problem`)."""
    cells = table.data[fieldname]  # type: ignore[attr-defined]
    for i in positions(bad).tolist():
        code, params = number_problem(cells[i])
        log.at(table, i, fieldname, code, **params)  # type: ignore[attr-defined]


def to_numbers(values: np.ndarray, percent: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """Vectorised `parse_number` over a column of cell values (`percent`: a ratio field).

    Returns (numbers as float64 with NaN for blank, mask of cells that held something
    that is not a number). Numeric cells are converted by numpy in one step; text cells
    are parsed by `parse_number`, once per distinct text ('-' repeats thousands of
    times), so that texts like 'nan' or 'inf' are refused."""
    if values.dtype.kind in "iuf":
        numbers = values.astype(float)
        bad = np.isinf(numbers)
        numbers[bad] = np.nan
        return numbers, bad
    n = len(values)
    kinds = np.fromiter(map(_KIND.get, map(type, values), repeat(3)), dtype=np.int8,
                        count=n)
    numbers = np.full(n, np.nan)
    numeric = kinds == 1
    if numeric.any():
        numbers[numeric] = values[numeric].astype(float)
    # a numeric cell holding NaN or infinity (hostile XML: <v>NaN</v>, <v>1e999</v>) is
    # not a number: NaN would otherwise read as "not given"
    bad = numeric & ~np.isfinite(numbers)
    numbers[bad] = np.nan
    other = positions(kinds >= 2)  # text and anything else (bool, dates...)
    if len(other):
        codes, uniques = factorize(values[other])
        parsed = list(map(_parse_or_bad, uniques, repeat(percent)))
        invalid = np.array([p is _BAD for p in parsed] + [False])[codes]
        bad[other[invalid]] = True
        good = map_codes(codes, [np.nan if p is _BAD else p for p in parsed], float)
        numbers[other[~invalid]] = good[~invalid]
    return numbers, bad


#: 0 blank (None), 1 number, 2 text; anything else (3) goes through `parse_number`
_KIND: dict[type, int] = {type(None): 0, float: 1, int: 1, str: 2}
_BAD = object()


def _parse_or_bad(value: object, percent: bool) -> object:
    try:
        parsed = parse_number(value, percent)
    except ValueError:
        return _BAD
    return np.nan if parsed is None else parsed


def text_codes(values: np.ndarray) -> Text:
    """`to_text` as dictionary codes: cleaned once per distinct cell value."""
    codes, uniques = factorize(values)
    texts = _texts_of(uniques)
    if all(map(operator.is_, texts, uniques)):  # distinct texts, none changed (part numbers)
        return Text(codes, texts)
    return Text.mapped(codes, texts)


def to_text(values: np.ndarray) -> np.ndarray:
    """Column of cells to stripped NFKC strings, None for blank; whole floats lose `.0`."""
    codes, uniques = factorize(values)
    return map_codes(codes, _texts_of(uniques))


def _texts_of(uniques: list[object]) -> list[str | None]:
    """`_text_of` of each; part numbers and names are mostly distinct, so the common
    case (plain ASCII text longer than any blank marker) runs through C-level `map`s."""
    n = len(uniques)
    is_str = np.fromiter(map(isinstance, uniques, repeat(str)), dtype=bool, count=n)
    texts = uniques if is_str.all() else [u if s else "" for u, s in zip(
        uniques, is_str.tolist(), strict=True)]
    collapsed, ascii_ = _collapsed(texts)  # type: ignore[arg-type]
    short = np.fromiter(map(len, collapsed), dtype=np.intp, count=n) <= 3
    out: list[str | None] = collapsed  # type: ignore[assignment]
    for i in positions(short | ~ascii_ | ~is_str).tolist():
        out[i] = _text_of(uniques[i])
    return out


def _text_of(value: object) -> str | None:
    if isinstance(value, str):
        if value.isascii():  # the common case: no NFKC needed, only spaces
            text = " ".join(value.split())
            return None if len(text) <= 3 and text.casefold() in BLANK_MARKERS else text
        return None if is_blank(value) else nfkc(value)
    if isinstance(value, float):
        if np.isnan(value):
            return None
        return str(int(value)) if value.is_integer() else repr(value)
    return None if value is None else nfkc(str(value))


def map_unique(values: np.ndarray, fn: Callable[[object], object]) -> np.ndarray:
    """`[fn(v) for v in values]` calling `fn` once per distinct value (grades,
    suppliers and categories repeat thousands of times in a large BOM), as an object
    array. Missing values (None, NaN) give None."""
    codes, uniques = factorize(values)
    return map_codes(codes, [fn(u) for u in uniques])


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
