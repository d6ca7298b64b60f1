"""Material mapping: grade spellings, the grade -> category map and category names.

A real BOM uses ~50 grades (`A6063`, `ＳＵＳ３０４`, `SUS304-2B`, `P.P.`) that are grouped
into ~15 categories for which factors are kept. The built-in map (`data/grades.csv`,
`data/categories.csv`) can be extended or overridden by a 材質/Materials sheet or file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from .factors import builtin_path
from .textnorm import lookup_key, nfkc

#: Finish, temper and form suffixes dropped when a grade is not found as written:
#: SUS304-2B, A6063-T5, C1100-H, SPCC-SD, A5052-H34, S45C-H.
_SUFFIX_RE = re.compile(r"[-_/ ](?:[A-Z0-9]{1,4})$")


@lru_cache(maxsize=8192)
def grade_key(grade: str) -> str:
    """Comparable grade: NFKC, upper case, no spaces or dots (`P.P.` -> `PP`)."""
    return re.sub(r"[\s.．・]", "", nfkc(grade).upper())


def grade_candidates(grade: str) -> list[str]:
    """The grade as written, then with a trailing finish/temper suffix removed."""
    text = nfkc(grade).upper()
    first = grade_key(text)
    out = [first]
    stripped = _SUFFIX_RE.sub("", text)
    if stripped != text:
        out.append(grade_key(stripped))
    return out


@dataclass
class MaterialMap:
    """Grade -> (category, factor key) and category spellings -> category key."""

    grades: dict[str, tuple[str, str | None]]
    categories: pd.DataFrame  # index: key; name_ja, name_en, scrap_key
    category_alias: dict[str, str]

    def category_of_grade(self, grade: str) -> str | None:
        hit = self._grade(grade)
        return hit[0] if hit else None

    def factor_key_of_grade(self, grade: str) -> str | None:
        hit = self._grade(grade)
        return hit[1] if hit else None

    def _grade(self, grade: str) -> tuple[str, str | None] | None:
        for candidate in grade_candidates(grade):
            if candidate in self.grades:
                return self.grades[candidate]
        return None

    def category_key(self, text: str) -> str | None:
        """A 分類 cell to a category key; None when it names no known category."""
        return self.category_alias.get(lookup_key(text))

    def category_name(self, key: str, lang: str) -> str:
        if key in self.categories.index:
            return str(self.categories.at[key, "name_ja" if lang == "ja" else "name_en"])
        return key


def load_material_map(user_map: pd.DataFrame | None = None) -> MaterialMap:
    """Built-in maps, then the user's rows (grade, category) on top."""
    builtin = _builtin_map()
    grades = dict(builtin.grades)
    alias = builtin.category_alias
    if user_map is not None:
        for grade, category in user_map[["grade", "category"]].itertuples(index=False):
            key = alias.get(lookup_key(category), category)
            grades[grade_key(grade)] = (key, None)
    return MaterialMap(grades, builtin.categories, alias)


@lru_cache(maxsize=1)
def _builtin_map() -> MaterialMap:
    categories = pd.read_csv(builtin_path("categories.csv"), dtype=str, keep_default_na=False)
    categories = categories.set_index("key", drop=False)
    alias: dict[str, str] = {}
    for key, name_ja, name_en, spellings in categories[
            ["key", "name_ja", "name_en", "aliases"]].itertuples(index=False):
        for spelling in [key, name_ja, name_en, *spellings.split("|")]:
            if spelling.strip():
                alias.setdefault(lookup_key(spelling), key)
    grades_table = pd.read_csv(builtin_path("grades.csv"), dtype=str, keep_default_na=False)
    grades = {grade_key(g): (c, f or None) for g, c, f in
              grades_table[["grade", "category", "factor_key"]].itertuples(index=False)}
    return MaterialMap(grades, categories, alias)
