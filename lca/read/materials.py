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


#: A shape or hardenability suffix written without a separator, dropped last (after a
#: finish): JIS H 4000/4040/4080/3100 aluminium and copper (A5052P plate, A6063S shape,
#: A2017BE/BD bar, A6063TE tube, C1100R strip, C3604W wire) and JIS G 4052 H-steels
#: (SCM435H, S45CH): A5052P-H34 finds A5052, so a factor of yours keyed A5052 applies.
_SHAPE_RE = re.compile(r"^(?:(?P<alloy>A[1-8][0-9N][0-9]{2}|C[1-7][0-9]{3})"
                       r"(?:P|PC|R|BE|BD|W|TE|TD|TW|T|S|FD|FH)"
                       r"|(?P<steel>S[0-9]{2}C|SCM[0-9]{3}|SCR[0-9]{3}|SNCM?[0-9]{3}"
                       r"|SMNC?[0-9]{3})H)$")
#: A separator between a grade's letters and its number (`SUS-304`, `ADC-12`), dropped;
#: not before a finish (`PP-2B`: digits then letters).
_JOINT_RE = re.compile(r"(?<=[A-Z])[-_](?=[0-9]+(?:[-_ /]|$))")


@lru_cache(maxsize=8192)
def grade_key(grade: str) -> str:
    """Comparable grade: NFKC, upper case, no spaces or dots (`P.P.` -> `PP`)."""
    return re.sub(r"[\s.．・]", "", nfkc(grade).upper())


def grade_candidates(grade: str) -> list[str]:
    """The grade as written (`SUS-304` also as `SUS304`), then with a trailing
    finish/temper suffix removed, then without a shape suffix (`_SHAPE_RE`)."""
    written = nfkc(grade).upper()
    text = _JOINT_RE.sub("", written)
    out = list(dict.fromkeys([grade_key(written), grade_key(text)]))
    stripped = _SUFFIX_RE.sub("", text)
    if stripped != text and not (_NOT_A_FINISH_RE.search(text)
                                 or _TALC_RE.match(text.strip())):
        out.append(grade_key(stripped))
    shape = _SHAPE_RE.match(out[-1])
    if shape is not None:
        out.append(shape.group("alloy") or shape.group("steel"))
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
    #: the grades of your rows (a 材質 sheet or file): tried first for every spelling
    mine: frozenset[str] = frozenset()

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
        """Your row for any spelling of the grade (`A5052` for `A5052P`), then the
        built-in map's, most specific first."""
        candidates = grade_candidates(grade)
        for candidate in (*(c for c in candidates if c in self.mine), *candidates):
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
        return MaterialMap(grades, builtin.categories, alias, frozenset(mine))
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
