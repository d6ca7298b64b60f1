"""Material mapping: grade spellings, the grade -> category map and category names.

A real BOM uses ~50 grades (`A6063`, `ＳＵＳ３０４`, `SUS304-2B`, `P.P.`) that are grouped
into ~15 categories for which factors are kept. The built-in map (`data/grades.csv`,
`data/categories.csv`) can be extended or overridden by a 材質/Materials sheet or file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..frame import Frame
from .factors import read_builtin_csv
from .textnorm import lookup_key, nfkc

#: Finish, temper and form suffixes dropped when a grade is not found as written:
#: SUS304-2B, A6063-T5, C1100-H, SPCC-SD, A5052-H34, S45C-H.
_SUFFIX_RE = re.compile(r"[-_/ ](?:[A-Z0-9]{1,4})$")
#: Suffixes that are not a finish but another material, never dropped: a filler content
#: (PA66-GF30: 30 % glass fibre, CF carbon fibre, GB glass beads, MF/MD mineral) and a
#: blend after a slash (PC/ABS, PA6/PP): read as the first grade, a blend or a filled
#: grade would silently take the factor of the pure resin.
_NOT_A_FINISH_RE = re.compile(r"(?:[-_/ ](?:GF|CF|GB|MF|MD|TD)[0-9]{0,2}|/[A-Z]{2,4})$")
#: A talc content on a plastic (PP-T20: 20 % talc, ISO 1043's TD or the trade's T) reads
#: like an aluminium temper (A6063-T5) but is a filler: on a plastic base it is never
#: dropped. The bases are ISO 1043-1 symbols of thermoplastics.
_TALC_RE = re.compile(r"^(?:PP|PE|[HL]DPE|LLDPE|PA[0-9]{0,4}|PBT|PET|ABS|ASA|PC|POM|PPS|"
                      r"PS|HIPS|SAN|PVC|PMMA|PPE|PPO|TPE|TPO|TPU|PEEK|PEI|LCP)"
                      r"[-_ ]T[0-9]{1,2}$")


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
    if stripped != text and not (_NOT_A_FINISH_RE.search(text)
                                 or _TALC_RE.match(text.strip())):
        out.append(grade_key(stripped))
    return out


#: Built-in categories of bought-in parts (issue 15): `cfp factors list --kind component`,
#: `cfp materials` without a workbook, the README's list.
PURCHASED_COMPONENTS = ("motor", "bearing", "gear", "pcb", "cable", "seal", "fluid_power",
                        "fasteners", "electrical", "pipe_parts")


@dataclass(eq=False, repr=False)
class MaterialMap:
    """Grade -> (category, factor key) and category spellings -> category key."""

    grades: dict[str, tuple[str, str | None, str]]  # grade -> category, factor key, origin
    categories: dict[str, dict[str, str]]  # key -> key, name_ja, name_en, scrap_key, aliases
    category_alias: dict[str, str]

    def category_of_grade(self, grade: str) -> str | None:
        hit = self._grade(grade)
        return hit[0] if hit else None

    def factor_key_of_grade(self, grade: str) -> str | None:
        hit = self._grade(grade)
        return hit[1] if hit else None

    def origin_of_grade(self, grade: str) -> str | None:
        """Which row of which grade map gave the grade its category."""
        hit = self._grade(grade)
        return hit[2] if hit else None

    def _grade(self, grade: str) -> tuple[str, str | None, str] | None:
        for candidate in grade_candidates(grade):
            if candidate in self.grades:
                return self.grades[candidate]
        return None

    def category_key(self, text: str) -> str | None:
        """A 分類 cell to a category key; None when it names no known category."""
        return self.category_alias.get(lookup_key(text))

    def known_category(self, key: object) -> bool:
        return isinstance(key, str) and (key in self.categories
                                         or lookup_key(key) in self.category_alias)

    def closest_category(self, text: str) -> tuple[str, str] | None:
        """The spelling of a known category nearest to `text` (difflib) and its key."""
        from difflib import get_close_matches

        spellings = {lookup_key(s): (s, key) for key, row in self.categories.items()
                     for s in (key, row["name_ja"], row["name_en"], *row["aliases"].split("|"))
                     if s.strip()}
        hit = get_close_matches(lookup_key(text), list(spellings), n=1, cutoff=0.5)
        return spellings[hit[0]] if hit else None

    def category_list(self) -> str:
        """Every category key, for a message (`cfp materials` lists their spellings)."""
        return ", ".join(self.categories)

    def category_name(self, key: str, lang: str) -> str:
        if key in self.categories:
            return self.categories[key]["name_ja" if lang == "ja" else "name_en"]
        return key

    def category_spellings(self, key: object) -> list[str]:
        """Every name of a category (Japanese, English, aliases): a user's factor keyed
        by any of them is a factor for that category."""
        row = self.categories.get(key) if isinstance(key, str) else None
        if row is None:
            return []
        return [row["name_ja"], row["name_en"], *row["aliases"].split("|")]

    def scrap_key(self, category: object) -> str | None:
        """The built-in scrap factor key of a category, if it has one."""
        if isinstance(category, str) and category in self.categories:
            return self.categories[category]["scrap_key"] or None
        return None


def load_material_map(user_map: Frame | None = None) -> MaterialMap:
    """Built-in maps, then the user's rows (grade, category, origin) on top; of the
    user's rows the first of a grade wins (a `--materials` file's rows come first)."""
    builtin = _builtin_map()
    grades = dict(builtin.grades)
    alias = builtin.category_alias
    if user_map is not None:
        mine: dict[str, tuple[str, str | None, str]] = {}
        for grade, category, origin in zip(user_map["grade"], user_map["category"],
                                           user_map["origin"], strict=True):
            key = alias.get(lookup_key(category), category)
            mine.setdefault(grade_key(grade), (key, None, origin))
        grades.update(mine)
    return MaterialMap(grades, builtin.categories, alias)


@lru_cache(maxsize=1)
def _builtin_map() -> MaterialMap:
    categories = {row["key"]: row for row in read_builtin_csv("categories.csv")}
    alias: dict[str, str] = {}
    for key, row in categories.items():
        for spelling in [key, row["name_ja"], row["name_en"], *row["aliases"].split("|")]:
            if spelling.strip():
                alias.setdefault(lookup_key(spelling), key)
    # origin: the line of grades.csv (header = line 1), as inventory lines name it
    grades = {grade_key(row["grade"]): (row["category"], row["factor_key"] or None,
                                        f"cfp built-in grades.csv:{line}")
              for line, row in enumerate(read_builtin_csv("grades.csv"), start=2)}
    return MaterialMap(grades, categories, alias)
