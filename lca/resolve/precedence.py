"""Resolve: every BOM line matched to its emission factor by one precedence rule.

Nothing is computed here; the result says, per line, which factor row applies and how it
was found. The rule (README, "Factor precedence"):

1. a factor the user supplied (the workbook's 排出原単位 sheet, any `--factors` file)
   beats a built-in one at every key level;
2. within each of the two groups: part number > grade (as written, then the grade
   map's specific key, e.g. PP -> `pp`) > category (the 分類 text as written, the
   category key, or any name of that category: `アルミ鋳物` finds `aluminium_cast`);
   a part number that equals a built-in key or alias (品番 `GEAR`) comes last of the
   built-in levels.

Among the user's files, the documented source order decides which row a key has
(`factors.merge_sources`). `cfp materials` calls the same `material_factors`, so what it
lists is what the calculation takes.
"""

from __future__ import annotations

import operator
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat

import numpy as np

from ..frame import Frame, factorize, map_codes, positions
from ..read.factors import FactorTable
from ..read.materials import MaterialMap, grade_candidates
from ..read.textnorm import nfkc

#: How a material factor was found, most specific first (the `matched_by` field).
LEVELS = ("part_number", "grade", "grade_map", "category")


@dataclass(eq=False, repr=False)
class MaterialMatch:
    """Per leaf part: canonical factor key (None: no factor), the level that matched
    (`LEVELS`, "" for none) and whether the factor is the user's own."""

    key: np.ndarray
    matched_by: np.ndarray
    user: np.ndarray


def material_factors(leaves: Frame, factors: FactorTable,
                     materials: MaterialMap) -> MaterialMatch:
    """The factor of each leaf part: the user's sources at every level, then built-in.

    On codes: each level's candidates are indices into one list of the keys found (per
    distinct part number, grade, category), so no object column is made until the end."""
    n = len(leaves)
    keys: dict[str, int] = {}
    part_codes, by_part = factors.lookup_codes(leaves.text("part_number"))
    # part numbers are mostly distinct and mostly no factor key: only the few found
    found_at = positions(np.fromiter(map(operator.is_not, by_part, repeat(None)),
                                     dtype=bool, count=len(by_part))).tolist()
    grade_codes, grades = factorize(leaves.text("grade"))
    loose: dict[str, list[str]] = {}  # `_loose_index`, made when first needed
    category_codes, categories = _category_pairs(leaves)
    key = np.full(n, -1, dtype=np.intp)
    matched_by = np.full(n, len(LEVELS), dtype=np.intp)
    user = np.zeros(n, dtype=bool)
    # without a row of the user's (most BOMs of a batch) the first pass finds nothing
    mine = any(not row["builtin"] for row in factors.records.values())
    for builtin in (False, True) if mine else (True,):
        found = [
            (part_codes, _key_codes(keys, {i: by_part[i] for i in found_at if bool(
                factors.records[by_part[i]]["builtin"]) == builtin}, len(by_part))),
            (grade_codes, _key_codes(keys, dict(enumerate(
                _grade_as_written(factors, g, builtin, loose) for g in grades)), len(grades))),
            (grade_codes, _key_codes(keys, dict(enumerate(
                _grade_map(factors, materials, g, builtin) for g in grades)), len(grades))),
            (category_codes, _key_codes(keys, dict(enumerate(
                _category(factors, materials, c, builtin) for c in categories)),
                len(categories))),
        ]
        # a built-in key is no part number: one that equals it (品番 `GEAR`, `ボルト`) is
        # tried after the grade and category, which say what the part is made of
        for level in (1, 2, 3, 0) if builtin else (0, 1, 2, 3):
            codes, lookup = found[level]
            candidate = lookup[codes]
            take = (key < 0) & (candidate >= 0)
            key[take] = candidate[take]
            matched_by[take] = level
            user[take] = not builtin
    return MaterialMatch(map_codes(key, list(keys)),
                         np.array([*LEVELS, ""], dtype=object)[matched_by], user)


def _key_codes(keys: dict[str, int], mapped: dict[int, str | None], size: int) -> np.ndarray:
    """Per distinct value 0..size-1, the code in `keys` (added as met) of the key
    `mapped` gives it; -1 for none, and after the last for code -1 (a missing value)."""
    out = np.full(size + 1, -1, dtype=np.intp)
    for i, k in mapped.items():
        if k is not None:
            out[i] = keys.setdefault(k, len(keys))
    return out


def _row_key(factors: FactorTable, name: object, builtin: bool) -> str | None:
    """The canonical key of `name` if the table has it from the wanted group."""
    canon = factors.canon(name)
    row = factors.records.get(canon) if canon is not None else None
    if row is None or bool(row["builtin"]) != builtin:
        return None
    return canon


def _grade_as_written(factors: FactorTable, grade: object, builtin: bool,
                      loose: dict[str, list[str]]) -> str | None:
    """A factor keyed by the grade itself (`SUS304`, or `SUS304` for `SUS304-2B` and
    `A5052` for `A5052P`), then by a key written with spaces, dots or dashes of its own
    (a key `SUS 304` or `SUS-304` for the grade `SUS304`; `_loose_index`)."""
    if not isinstance(grade, str):
        return None
    candidates = list(dict.fromkeys([grade, *grade_candidates(grade)]))
    for candidate in candidates:
        if (found := _row_key(factors, candidate, builtin)) is not None:
            return found
    if not loose:
        loose.update(_loose_index(factors))
    for candidate in candidates:
        for canon in loose.get(_loose_key(candidate), ()):
            if bool(factors.records[canon]["builtin"]) == builtin:
                return canon
    return None


#: what `_loose_key` leaves out
_LOOSE_RE = re.compile(r"[\s.．・\-_]")


@lru_cache(maxsize=65536)  # the built-in keys come back in every BOM of a batch
def _loose_key(text: str) -> str:
    """A grade or factor key compared without spaces, dots, dashes or underscores."""
    return _LOOSE_RE.sub("", nfkc(text).casefold())


def _loose_index(factors: FactorTable) -> dict[str, list[str]]:
    """Factor keys by `_loose_key`, in table order, for grades (not part numbers: `AB-12`
    and `AB12` may be two parts)."""
    index: dict[str, list[str]] = {}
    for canon, row in factors.records.items():
        index.setdefault(_loose_key(str(row["key"])), []).append(canon)
    return index


def _grade_map(factors: FactorTable, materials: MaterialMap, grade: object,
               builtin: bool) -> str | None:
    """The grade map's specific factor key for the grade (PP -> `pp`)."""
    if not isinstance(grade, str):
        return None
    specific = materials.factor_key_of_grade(grade)
    return _row_key(factors, specific, builtin) if specific else None


def _category_pairs(leaves: Frame) -> tuple[np.ndarray, list[tuple[object, object]]]:
    """Codes of the (分類 as written, category key) pair of each part, and the pairs:
    combined on the two columns' codes (no tuple per part); -1 where both are missing."""
    written, written_values = factorize(leaves.text("category"))
    key, key_values = factorize(leaves.text("category_key"))
    combined = (written + 1) * (len(key_values) + 1) + (key + 1)
    uniques, codes = np.unique(combined, return_inverse=True)
    pairs = [(written_values[u // (len(key_values) + 1) - 1]
              if u // (len(key_values) + 1) else None,
              key_values[u % (len(key_values) + 1) - 1] if u % (len(key_values) + 1) else None)
             for u in uniques.tolist()]
    if len(uniques) and uniques[0] == 0:  # neither given
        codes = codes - 1
        pairs = pairs[1:]
    return codes.astype(np.intp), pairs


def _category(factors: FactorTable, materials: MaterialMap, pair: object,
              builtin: bool) -> str | None:
    """A factor keyed by the category: as written in 分類, its key, or any of its names."""
    written, key = pair  # type: ignore[misc]
    for name in dict.fromkeys([written, key, *materials.category_spellings(key)]):
        if isinstance(name, str) and (found := _row_key(factors, name, builtin)):
            return found
    return None
