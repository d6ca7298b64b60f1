"""The figures of a result as typed tables: stages, parts, Pareto, categories, processes,
data types, excluded parts and the electricity factors used.

Every table is computed here once, vectorised over the inventory (`flows`, one row per
flow) and the parts (`part_rows`), and only formatted by the renderers (terminal view,
JSON, reports, workbook). A share is of the total footprint, 0 when the total is not
positive. Keys stay keys (stage, data type, category key): the renderers translate.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from ..compute.flows import STAGES
from ..frame import (
    Frame,
    Text,
    factorize,
    factorize_first,
    fill,
    fill_at,
    isnull,
    nan_to_zero,
    positions,
    sorted_unique,
)
from ..records import frozen

DATA_TYPES = ("primary", "secondary", "proxy")


def where(frame: Frame, name: str, value: object) -> np.ndarray:
    """Per row: column `name` is `value` (compared on the codes where the frame keeps
    the column as codes, without an object per row)."""
    return np.asarray(frame.cols[name] == value, dtype=bool)


def first_use(column: np.ndarray | Text) -> tuple[np.ndarray, list[Any], np.ndarray]:
    """(code per row, distinct values, position of each value's first row), the values
    in order of first use and -1 for missing (None, NaN): `frame.factorize_first`, also
    for a column kept as codes (whose dictionary may be in another order, or hold unused
    values) and, sorting instead of hashing, for numbers."""
    if isinstance(column, Text):
        codes, values = column.codes, column.values
    elif column.dtype.kind in "fiub":
        numbers = column.astype(float)
        present = ~np.isnan(numbers)
        values, inverse = np.unique(numbers[present], return_inverse=True)
        codes = np.full(len(numbers), -1, dtype=np.intp)
        codes[present] = inverse.ravel()
        values = values.tolist()
    else:
        return factorize_first(column)
    used = positions(codes >= 0)
    present_codes, first = np.unique(codes[used], return_index=True)
    order = np.argsort(first, kind="stable")
    renumber = np.full(len(values) + 1, -1, dtype=np.intp)
    renumber[present_codes[order]] = np.arange(len(order))
    return (renumber[codes], [values[i] for i in present_codes[order].tolist()],
            used[first[order]])


def first_use_of(frame: Frame, name: str) -> tuple[np.ndarray, list[Any], np.ndarray]:
    """`factorize_first` of a text column, on its codes where the frame keeps it as
    `Text` of distinct texts (the same result without hashing an object per row)."""
    column = frame.column(name)
    if isinstance(column, Text) and all(isinstance(v, str) for v in column.values) \
            and len(set(column.values)) == len(column.values):
        return first_use(column)
    return factorize_first(np.asarray(frame[name], dtype=object))


def shares(kg: np.ndarray, total: float) -> np.ndarray:
    """`kg` as shares of `total` (all 0 when the total is not positive)."""
    kg = np.asarray(kg, dtype=float)
    return kg / total if total > 0 else np.zeros(len(kg))


def share(kg: float, total: float) -> float:
    return kg / total if total > 0 else 0.0


@frozen
class Slice:
    """One slice of the total: a life-cycle stage or a data type."""

    key: str
    kg: float
    share: float


def stage_slices(flows: Frame, kg: np.ndarray, total: float) -> tuple[Slice, ...]:
    """kg-CO2e per life-cycle stage, in `STAGES` order."""
    sums = [float(kg[where(flows, "stage", s)].sum()) for s in STAGES]
    return tuple(Slice(s, v, share(v, total)) for s, v in zip(STAGES, sums, strict=True))


# --- parts ----------------------------------------------------------------------------

@frozen(eq=False)
class Ranking:
    """Parts by own emissions, largest first, ties in BOM order (a Pareto table).

    `index`: positions in the `PartSums` ranked; `cumulative` the running sum of the
    shares."""

    index: np.ndarray
    kg: np.ndarray
    share: np.ndarray
    cumulative: np.ndarray

    def __len__(self) -> int:
        return len(self.index)


@frozen(eq=False)
class PartSums:
    """Own emissions of each BOM row by stage, in BOM order. An assembly carries its own
    processes only (its parts are rows of their own), so `kg_co2e` adds up to the total."""

    position: np.ndarray  # index of the part in `part_rows`
    row: np.ndarray  # Excel row (1-based), int64
    part_number: np.ndarray  # objects
    name: np.ndarray  # objects, None: no name
    level: np.ndarray  # int64
    total_quantity: np.ndarray  # pieces per declared unit
    category: np.ndarray  # category key, None: none
    is_assembly: np.ndarray  # bool
    stages: dict[str, np.ndarray]  # kg-CO2e per stage
    kg_co2e: np.ndarray
    share: np.ndarray
    total: float  # the result's total, which the shares are of

    def __len__(self) -> int:
        return len(self.row)

    def ranking(self, top: int | None = None) -> Ranking:
        """The `top` largest parts (all of them by default)."""
        order = np.argsort(-self.kg_co2e, kind="stable")
        if top is not None:
            order = order[:max(top, 0)]
        part_share = self.share[order]
        return Ranking(order, self.kg_co2e[order], part_share, np.cumsum(part_share))

    def count_to(self, fraction: float) -> int:
        """How many of the largest parts make up `fraction` of the total (all parts if
        they never do). 0.8 of 1.0 + 0.5 + 0.5 (total 2): 1.0 is 50 %, 1.5 is 75 %,
        2.0 is 100 % -> 3 parts."""
        if not len(self):
            return 0
        ranked = np.cumsum(np.sort(self.kg_co2e)[::-1])
        ranked = ranked / self.total if self.total > 0 else np.zeros(len(self))
        return min(int((ranked < fraction - 1e-12).sum()) + 1, len(self))


def part_stage_sums(flows: Frame, kg: np.ndarray, n_parts: int) -> dict[str, np.ndarray]:
    """kg-CO2e per part position: each stage, and "kg_co2e" for all of them."""
    part = flows["part"].astype(np.intp)
    sums = {}
    for s in STAGES:
        mask = where(flows, "stage", s)
        sums[s] = np.bincount(part[mask], weights=kg[mask], minlength=n_parts)
    sums["kg_co2e"] = sum((sums[s] for s in STAGES), np.zeros(n_parts))
    return sums


def part_sums(parts: Frame, sums: dict[str, np.ndarray], total: float) -> PartSums:
    """The `PartSums` of the parts, from `part_stage_sums`."""
    position = np.argsort(parts["row"], kind="stable")
    kg = sums["kg_co2e"][position]
    return PartSums(
        position=position, row=parts["row"][position].astype(np.int64) + 1,
        part_number=parts["part_number"][position], name=parts["name"][position],
        level=parts["level"][position].astype(np.int64),
        total_quantity=parts["total_quantity"][position].astype(float),
        category=parts["category_key"][position],
        is_assembly=parts["is_assembly"][position].astype(bool),
        stages={s: sums[s][position] for s in STAGES}, kg_co2e=kg, share=shares(kg, total),
        total=total)


# --- material categories and processes ------------------------------------------------

@frozen(eq=False)
class CategorySums:
    """Per material category of the leaf parts (largest emissions first; "-" collects
    the parts without one): mass (raw weight, else net, x total quantity) and emissions
    of every stage of those parts."""

    keys: list[str]
    mass_kg: np.ndarray
    stages: dict[str, np.ndarray]
    kg_co2e: np.ndarray
    share: np.ndarray

    def __len__(self) -> int:
        return len(self.keys)

    @property
    def values(self) -> dict[str, np.ndarray]:
        """The sums by name (mass_kg, each stage, kg_co2e)."""
        return {"mass_kg": self.mass_kg, **self.stages, "kg_co2e": self.kg_co2e}


#: The row of the assemblies' own emissions (their processes) among the categories, so
#: that the category table adds up to the total; no material category can have this key.
ASSEMBLY_CATEGORY = "(assembly)"


def category_sums(parts: Frame, sums: dict[str, np.ndarray], total: float) -> CategorySums:
    """By material category of the leaf parts, plus one row for the assemblies' own
    processes (`ASSEMBLY_CATEGORY`, no mass: an assembly weighs what its parts weigh)
    when they emit anything."""
    assembly = np.asarray(parts["is_assembly"], dtype=bool)
    own = assembly & (nan_to_zero(sums["kg_co2e"]) != 0)
    leaf = positions(~assembly | own)
    category = fill_at(parts.column("category_key"), leaf, "-")
    codes, keys = factorize(np.where(assembly[leaf], ASSEMBLY_CATEGORY, category))
    mass = np.where(assembly[leaf], 0.0, fill(parts["raw_kg"], parts["net_kg"])[leaf]
                    * parts["total_quantity"][leaf])

    def per_category(weights: np.ndarray) -> np.ndarray:
        return np.bincount(codes, weights=nan_to_zero(weights), minlength=len(keys))

    by_stage = {s: per_category(sums[s][leaf]) for s in STAGES}
    kg = per_category(sums["kg_co2e"][leaf])
    order = np.argsort(-kg, kind="stable")
    return CategorySums([keys[i] for i in order], per_category(mass)[order],
                        {s: v[order] for s, v in by_stage.items()}, kg[order],
                        shares(kg[order], total))


@frozen(eq=False)
class ProcessSums:
    """Per process (in order of first use in the BOM): processing electricity, measured
    (from meter readings) and estimated (rated power x time), and its emissions.
    `measured_share` is NaN for a process without kWh."""

    keys: list[str]
    kwh: np.ndarray
    measured_kwh: np.ndarray
    estimated_kwh: np.ndarray
    measured_share: np.ndarray
    kg_co2e: np.ndarray
    share: np.ndarray

    def __len__(self) -> int:
        return len(self.keys)

    @property
    def values(self) -> dict[str, np.ndarray]:
        return {"kwh": self.kwh, "kg_co2e": self.kg_co2e, "measured_kwh": self.measured_kwh,
                "estimated_kwh": self.estimated_kwh}

    @property
    def total_measured_share(self) -> float | None:
        """Measured kWh / all processing kWh; None without processing energy."""
        kwh = float(self.kwh.sum())
        return float(self.measured_kwh.sum()) / kwh if kwh > 0 else None


def electric(flows: Frame) -> np.ndarray:
    """Per line: its energy is electricity bought from the grid (electricity or
    compressed air, kWh; a line without a carrier too), not a fuel (issue 15)."""
    if "energy_carrier" not in flows:
        return np.ones(len(flows), dtype=bool)
    carrier = flows.cols["energy_carrier"]
    return (np.asarray(carrier == "electricity", dtype=bool)
            | np.asarray(carrier == "compressed_air", dtype=bool) | isnull(carrier))


def process_sums(flows: Frame, kg: np.ndarray, total: float) -> ProcessSums:
    mask = where(flows, "stage", "processing")
    codes, keys, _first = first_use(flows.cols["process"][mask])
    # kWh of electricity and compressed air; fuel lines (m3, L, kg) add emissions only
    kwh = np.where(electric(flows)[mask], flows["amount"][mask].astype(float), 0.0)
    measured = np.where(where(flows, "energy_basis", "measured")[mask], kwh, 0.0)

    def per_process(weights: np.ndarray) -> np.ndarray:
        return np.bincount(codes, weights=weights, minlength=len(keys))

    kwh_sum, measured_sum, kg_sum = per_process(kwh), per_process(measured), per_process(kg[mask])
    with np.errstate(divide="ignore", invalid="ignore"):
        measured_share = np.where(kwh_sum > 0, measured_sum / kwh_sum, np.nan)
    return ProcessSums(list(keys), kwh_sum, measured_sum, per_process(kwh - measured),
                       measured_share, kg_sum, shares(kg_sum, total))


# --- data types, exclusions, electricity ----------------------------------------------

@frozen
class DataTypes:
    """kg-CO2e by the type of the factor used (primary, secondary, proxy), and the keys
    of the proxy factors. `primary.share` is PACT's primary data share."""

    slices: tuple[Slice, ...]
    proxy_keys: tuple[str, ...]

    def __getitem__(self, key: str) -> Slice:
        return next(s for s in self.slices if s.key == key)


def data_types(flows: Frame, kg: np.ndarray, total: float) -> DataTypes:
    sums = [float(kg[where(flows, "data_type", d)].sum()) for d in DATA_TYPES]
    codes, values = factorize(flows.cols["factor_key"])
    proxy = sorted_unique(codes[where(flows, "data_type", "proxy")])
    keys = sorted({str(values[k]) for k in proxy.tolist() if k >= 0})
    return DataTypes(tuple(Slice(d, v, share(v, total)) for d, v in zip(DATA_TYPES, sums,
                                                                      strict=True)),
                     tuple(keys))


@frozen
class ExcludedPart:
    """A BOM row left out: no emission factor (`--allow-missing`) or within the mass
    cut-off. `category` is None when the part has none."""

    part_number: object
    grade: object
    category: str | None
    mass_kg: float | None
    reason: str


def excluded_parts(excluded: list[dict[str, object]]) -> tuple[ExcludedPart, ...]:
    def category(value: object) -> str | None:
        return value if isinstance(value, str) and value != "-" else None

    return tuple(ExcludedPart(e.get("part_number"), e.get("grade"), category(e.get("category")),
                              _number(e.get("mass_kg")), str(e.get("reason") or ""))
                 for e in excluded)


def _number(value: object) -> float | None:
    if value is None:
        return None
    number = float(value)  # type: ignore[arg-type]
    return None if number != number else number


def electricity_factors(flows: Frame) -> tuple[tuple[float, object], ...]:
    """Each distinct (factor, source) of the processing electricity, in order of use."""
    mask = where(flows, "stage", "processing") & electric(flows)
    factor_codes, factors, _ = first_use(flows["factor"][mask].astype(float))
    source_codes, sources = factorize(flows.cols["factor_source"][mask])
    pair = (factor_codes.astype(np.int64) + 1) * (len(sources) + 1) + source_codes + 1
    _, _, first = first_use(pair)
    return tuple((float(factors[factor_codes[i]]) if factor_codes[i] >= 0 else np.nan,
                  sources[source_codes[i]] if source_codes[i] >= 0 else None)
                 for i in first.tolist())
