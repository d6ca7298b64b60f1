"""The emission factors a result used, and the databases (sources) they come from.

`factor_uses`: one row per factor key, with what it contributed (flows, kg-CO2e, share
of the total) and how the BOM lines found it; `databases`: the same by source. Both
largest first, for the report's factor tables and the workbook's Factors sheet.
"""

from __future__ import annotations

import numpy as np

from ..frame import Frame, factorize
from ..read.factors import BUILTIN_ORIGIN
from ..records import frozen
from .tables import first_use, share


def origin_text(origin: object, lang: str) -> str:
    """Where a factor or a master row was read (`cfp built-in:12`, `bom.xlsx!工程:3`),
    for reading: cfp's own data files named in `lang` (`cfp 内蔵:12`)."""
    from ..i18n import tr

    if not isinstance(origin, str):  # missing (None, NaN): nothing to say
        return "" if origin is None or origin != origin else str(origin)
    text = origin
    return text.replace(BUILTIN_ORIGIN, tr("origin.builtin", lang)) if BUILTIN_ORIGIN in text \
        else text


@frozen
class FactorUse:
    """One factor as used: its value and provenance (from its first flow), how the lines
    matched it (resolve levels, in order of first use) and what it contributed."""

    key: str
    factor: float
    unit: object  # base unit (kg, kWh, t-km, piece...)
    source: object
    reference: object
    origin: object
    licence: object
    note: object
    data_type: object
    matched_by: tuple[str, ...]
    flows: int
    kg: float
    share: float
    licence_ja: object = None  # the licence and note in Japanese, when the source has them
    note_ja: object = None

    def licence_in(self, lang: str) -> str:
        """The licence in `lang` (Japanese when given, else as written)."""
        return _text(self.licence_ja if lang == "ja" and _text(self.licence_ja)
                     else self.licence)

    def note_in(self, lang: str) -> str:
        """The note in `lang` (Japanese when given, else as written)."""
        return _text(self.note_ja if lang == "ja" and _text(self.note_ja) else self.note)


def factor_uses(flows: Frame, kg: np.ndarray, total: float,
                details: dict[str, dict[str, object]]) -> tuple[FactorUse, ...]:
    """Each factor key of the inventory, largest contribution first (ties by key)."""
    codes, keys, first = first_use(flows.cols["factor_key"])
    if not keys:
        return ()
    used = codes >= 0
    size = len(keys)
    counts = np.bincount(codes[used], minlength=size)
    sums = np.bincount(codes[used], weights=kg[used], minlength=size)
    matched = _matched_by(codes, flows.cols["matched_by"], size)
    col = flows.cols  # the first flow of each factor: one value of each column
    rows = []
    for i, (key, at) in enumerate(zip(keys, first.tolist(), strict=True)):
        detail = details.get(str(key), {})
        rows.append(FactorUse(
            key=str(key), factor=float(col["factor"][at]), unit=col["factor_unit"][at],
            source=col["factor_source"][at], reference=col["factor_ref"][at],
            origin=col["factor_origin"][at], licence=detail.get("licence"),
            note=detail.get("note"), data_type=col["data_type"][at],
            matched_by=matched[i], flows=int(counts[i]), kg=float(sums[i]),
            share=share(float(sums[i]), total), licence_ja=detail.get("licence_ja"),
            note_ja=detail.get("note_ja")))
    rows.sort(key=lambda r: (-r.kg, r.key))
    return tuple(rows)


def _matched_by(codes: np.ndarray, matched_by: object, size: int) -> list[tuple[str, ...]]:
    """Per factor code, the distinct `matched_by` values of its lines in order of first
    appearance (one pass over the distinct (factor, level) pairs, not over the lines)."""
    level_codes, levels = factorize(matched_by)
    both = (codes >= 0) & (level_codes >= 0)
    pairs = codes[both].astype(np.int64) * (len(levels) + 1) + level_codes[both]
    unique, first = np.unique(pairs, return_index=True)
    out: list[list[str]] = [[] for _ in range(size)]
    for pair in unique[np.argsort(first, kind="stable")].tolist():
        out[pair // (len(levels) + 1)].append(str(levels[pair % (len(levels) + 1)]))
    return [tuple(levels_of) for levels_of in out]


@frozen
class Database:
    """A source (database and version) of the factors used; `builtin`: every factor
    from it is cfp's built-in data."""

    source: str  # "" when the factors name none
    builtin: bool
    licences: tuple[str, ...]
    factors: int
    kg: float
    share: float
    licences_ja: tuple[str, ...] = ()  # the same in Japanese (as written where not given)


def databases(uses: tuple[FactorUse, ...], total: float) -> tuple[Database, ...]:
    """`uses` grouped by source, largest contribution first (ties by source)."""
    by_source: dict[str, list[FactorUse]] = {}
    for use in uses:
        by_source.setdefault(_text(use.source), []).append(use)
    rows = []
    for source, items in by_source.items():
        kg = sum(u.kg for u in items)
        rows.append(Database(
            source=source,
            builtin=all(_text(u.origin).startswith(BUILTIN_ORIGIN) for u in items),
            licences=tuple(sorted({_text(u.licence) for u in items} - {""})),
            factors=len(items), kg=kg, share=share(kg, total),
            licences_ja=tuple(sorted({u.licence_in("ja") for u in items} - {""}))))
    rows.sort(key=lambda r: (-r.kg, r.source))
    return tuple(rows)


def _text(value: object) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return str(value)
