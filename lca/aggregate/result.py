"""Aggregation of the inventory into the result every renderer uses.

`Result` holds the inventory (one row per flow) and the part table as numpy `Frame`s;
totals and breakdowns are sums over the inventory, so they always add up. `to_dict` is
the JSON schema documented in README ("JSON output"). Renderers that want pandas get
DataFrames from `inventory`, `parts`, `part_table()`, `by_category()` and
`by_process()`, built from the same numpy aggregates.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from itertools import repeat
from typing import Any

import numpy as np

from ..app.diff import inventory_rows as inventory_records  # noqa: F401 - re-exported
from ..compute.flows import STAGES
from ..frame import Frame, factorize, factorize_first, fill
from ..messages import tr
from ..resolve.structure import product_mass_each

SCHEMA_VERSION = "1"
DEFAULT_DECLARED_UNIT = "1 piece"

#: columns of `Result.parts` (indexed by 0-based sheet row) and `Result.inventory`
PART_COLUMNS = ["part_number", "name", "grade", "category", "supplier", "parent", "quantity",
                "net_kg", "raw_kg", "lot_size", "weight_problem", "parent_row", "level",
                "total_quantity", "is_assembly", "category_key"]
INVENTORY_FRAME_COLUMNS = ["row", "part_number", "stage", "flow", "process", "amount", "unit",
                           "factor", "factor_unit", "factor_key", "factor_source",
                           "factor_ref", "factor_origin", "matched_by", "master_origin",
                           "data_type", "energy_basis", "kg_co2e"]


@dataclass
class Aggregate:
    """Sums per group: `keys` (in output order) and one float array per measure."""

    keys: list[Any]
    values: dict[str, np.ndarray]

    def to_pandas(self, index_name: str) -> Any:
        import pandas as pd

        return pd.DataFrame(self.values, index=pd.Index(self.keys, dtype=object,
                                                        name=index_name))


@dataclass(eq=False)
class Result:
    """The footprint of one BOM."""

    product_name: str
    declared_unit: str
    flows: Frame  # compute.FLOW_COLUMNS
    part_rows: Frame  # bom + structure columns, one row per part
    warnings: list[tuple[str, dict[str, object]]]
    excluded: list[dict[str, object]]
    input_file: str
    input_sha256: str
    gwp: str
    settings: dict[str, object] = field(default_factory=dict)
    cfp_version: str = ""
    category_names: dict[str, dict[str, str]] = field(default_factory=dict)
    cutoff_pct: float | None = None  # the mass cut-off rule in force, if any
    #: provenance of each factor used, by the inventory's factor_key: name, licence,
    #: note, geography, reference_year (from whichever source won, user files included)
    factor_details: dict[str, dict[str, object]] = field(default_factory=dict)

    def declared_unit_in(self, lang: str) -> str:
        """The declared unit for display; the default "1 piece" reads "1 個" in Japanese."""
        if self.declared_unit == DEFAULT_DECLARED_UNIT:
            return tr("unit.one_piece", lang)
        return self.declared_unit

    # -- pandas views for the renderers ---------------------------------------------------
    @cached_property
    def inventory(self) -> Any:
        """The flows as a DataFrame (`INVENTORY_FRAME_COLUMNS`)."""
        return self.flows.to_pandas(names=INVENTORY_FRAME_COLUMNS)

    @cached_property
    def parts(self) -> Any:
        """The parts as a DataFrame indexed by 0-based sheet row."""
        import pandas as pd

        names = [c for c in PART_COLUMNS if c in self.part_rows]
        return self.part_rows.to_pandas(index=pd.Index(self.part_rows["row"]), names=names)

    # -- sums -----------------------------------------------------------------------------
    @cached_property
    def _kg(self) -> np.ndarray:
        return np.nan_to_num(self.flows["kg_co2e"].astype(float))

    @cached_property
    def _stage_masks(self) -> dict[str, np.ndarray]:
        stage = self.flows["stage"]
        return {s: stage == s for s in STAGES}

    @property
    def total(self) -> float:
        return float(self._kg.sum())

    @cached_property
    def product_mass_kg(self) -> float:
        """Mass of the product per declared unit (`structure.product_mass_each`: leaf
        parts' net weight, raw where no net, x total quantity). The one definition, used
        by the JSON, the reports and PACT `productMassPerDeclaredUnit`."""
        return float(np.sum(product_mass_each(self.part_rows)))

    def stages(self) -> dict[str, float]:
        return {s: float(self._kg[mask].sum()) for s, mask in self._stage_masks.items()}

    def primary_data_share(self) -> float:
        """Share (0-1) of the total computed with primary data (PACT 'primaryDataShare')."""
        total = self.total
        if total <= 0:
            return 0.0
        return float(self._kg[self.flows["data_type"] == "primary"].sum() / total)

    @cached_property
    def _part_sums(self) -> dict[str, np.ndarray]:
        """Per part (position): own emissions by stage and in all."""
        n = len(self.part_rows)
        part = self.flows["part"].astype(np.intp)
        sums = {s: np.bincount(part[mask], weights=self._kg[mask], minlength=n)
                for s, mask in self._stage_masks.items()}
        sums["kg_co2e"] = sum(sums[s] for s in STAGES) if n else np.zeros(0)
        return sums

    def top_parts(self, n: int) -> list[dict[str, Any]]:
        """The `n` BOM rows with the largest own emissions, largest first (ties in BOM
        order, as pandas sorts them): part number, name, total quantity, each stage and
        kg_co2e. For the terminal view, which imports no pandas."""
        sums, p = self._part_sums, self.part_rows
        order = np.argsort(-sums["kg_co2e"], kind="stable")[:max(n, 0)]
        return [{"part_number": p["part_number"][i], "name": p["name"][i],
                 "total_quantity": float(p["total_quantity"][i]),
                 **{name: float(values[i]) for name, values in sums.items()}}
                for i in order.tolist()]

    @property
    def category_sums(self) -> Aggregate:
        """Per material category (largest first): mass_kg, kg_co2e and each stage."""
        return self._by_category

    @property
    def process_sums(self) -> Aggregate:
        """Per process (in BOM order): kwh, kg_co2e, measured_kwh, estimated_kwh."""
        return self._by_process

    def part_table(self) -> Any:
        """Per BOM row: own emissions by stage (assemblies: their own processes only)."""
        import pandas as pd

        p = self.part_rows
        table = p.to_pandas(index=pd.Index(p["row"]), names=[
            "part_number", "name", "level", "total_quantity", "category_key", "is_assembly"])
        for name, values in self._part_sums.items():
            table[name] = values
        return table

    @cached_property
    def _by_category(self) -> Aggregate:
        """Per material category of the leaf parts: mass and all emissions, largest first."""
        p = self.part_rows
        leaf = np.flatnonzero(~p["is_assembly"])
        codes, keys = factorize(fill(p["category_key"][leaf], "-"))
        mass = fill(p["raw_kg"], p["net_kg"])[leaf] * p["total_quantity"][leaf]
        values = {"mass_kg": np.bincount(codes, weights=np.nan_to_num(mass),
                                         minlength=len(keys))}
        for name, sums in self._part_sums.items():
            values[name] = np.bincount(codes, weights=sums[leaf], minlength=len(keys))
        order = np.argsort(-values["kg_co2e"], kind="stable")
        return Aggregate([keys[i] for i in order], {k: v[order] for k, v in values.items()})

    def by_category(self, parts: Any = None) -> Any:
        """Per material category: mass and all emissions of the parts in it."""
        return self._by_category.to_pandas("category_key")

    @cached_property
    def _by_process(self) -> Aggregate:
        mask = self._stage_masks["processing"]
        codes, keys = factorize(self.flows["process"][mask])
        kwh = self.flows["amount"][mask].astype(float)
        measured = np.where(self.flows["energy_basis"][mask] == "measured", kwh, 0.0)
        size = len(keys)
        values = {name: np.bincount(codes, weights=w, minlength=size) for name, w in (
            ("kwh", kwh), ("kg_co2e", self._kg[mask]), ("measured_kwh", measured),
            ("estimated_kwh", kwh - measured))}
        return Aggregate(keys, values)

    def by_process(self) -> Any:
        return self._by_process.to_pandas("process")

    # -- the JSON document ------------------------------------------------------------------
    def to_dict(self, lang: str = "en") -> dict[str, object]:
        """The document of `cfp calc --format json` (schema 2, column tables), as the
        JSON writer writes it (`render.formats`): one definition of the JSON."""
        import orjson

        from ..render.formats import to_json_bytes

        return orjson.loads(to_json_bytes(self, lang))

    def document(self, lang: str, parts: object, inventory: object) -> dict[str, object]:
        """The result document with `parts` and `inventory` (the JSON writer passes
        placeholders for them and streams them in)."""
        cat, proc = self._by_category, self._by_process
        return {
            "schema_version": SCHEMA_VERSION,
            "cfp_version": self.cfp_version,
            "product": self.product_name,
            "declared_unit": self.declared_unit,
            "total_kg_co2e": self.total,
            "stages": self.stages(),
            "product_mass_kg": self.product_mass_kg,
            "primary_data_share": self.primary_data_share(),
            "gwp": self.gwp,
            "parts": parts,
            "by_category": [
                {"category": key, "name": self.category_name(key, lang),
                 "mass_kg": mass, "kg_co2e": kg}
                for key, mass, kg in zip(cat.keys, cat.values["mass_kg"].tolist(),
                                         cat.values["kg_co2e"].tolist(), strict=True)
            ],
            "by_process": [
                {"process": name, "kwh": kwh, "kg_co2e": kg, "measured_kwh": m,
                 "estimated_kwh": e}
                for name, kwh, kg, m, e in zip(proc.keys, *(proc.values[k].tolist() for k in (
                    "kwh", "kg_co2e", "measured_kwh", "estimated_kwh")), strict=True)
            ],
            "factors": self.factor_sources(),
            "cut_off": {"rule": "mass", "threshold_pct": self.cutoff_pct,
                        "excluded_mass_kg": sum(float(e.get("mass_kg") or 0.0)
                                                for e in self.excluded)},
            "excluded": self.excluded,
            "warnings": [{"code": key, "message": tr(key, lang, **params)}
                         for key, params in self.warnings],
            "input": {"file": self.input_file, "sha256": self.input_sha256},
            "inventory": inventory,
        }

    def inventory_columns(self) -> list[np.ndarray]:
        """The inventory in `JSON_INVENTORY` order, one array per column (1-based rows;
        missing numbers NaN, written as null)."""
        inv = self.flows
        qty = self.part_rows["total_quantity"][inv["part"].astype(np.intp)].astype(float)
        amount = inv["amount"].astype(float)
        with np.errstate(divide="ignore", invalid="ignore"):
            per_piece = amount / np.where(qty == 0, np.nan, qty)
        columns = {"row": inv["row"].astype(np.int64) + 1, "amount_per_piece": per_piece,
                   "amount": amount}
        return [columns[name] if name in columns else inv[name] for name in JSON_INVENTORY]

    def category_name(self, key: str, lang: str) -> str:
        if key == "-":
            return tr("label.no_category", lang)
        names = self.category_names.get(key)
        return names.get(lang, key) if names else key

    def part_records(self, start: int = 0, stop: int | None = None) -> list[dict[str, object]]:
        """One dict per BOM row (rows `start:stop`), built from column lists."""
        p, sums = self.part_rows, self._part_sums
        cut = slice(start, stop)
        stages = list(map(dict, map(zip, repeat(STAGES), zip(
            *(sums[s][cut].tolist() for s in STAGES), strict=True))))
        columns = {
            "row": (p["row"][cut].astype(np.int64) + 1).tolist(),
            "part_number": p["part_number"][cut].tolist(),
            "name": p["name"][cut].tolist(),
            "level": p["level"][cut].astype(np.int64).tolist(),
            "total_quantity": p["total_quantity"][cut].astype(float).tolist(),
            "category": p["category_key"][cut].tolist(),
            "assembly": p["is_assembly"][cut].astype(bool).tolist(),
            "kg_co2e": sums["kg_co2e"][cut].tolist(),
            "stages": stages,
        }
        # dicts made by C-level maps: a 100,000-part list is 200,000 of them
        return list(map(dict, map(zip, repeat(list(columns)), zip(*columns.values(), strict=True))))

    def factor_sources(self) -> dict[str, dict[str, object]]:
        """Each factor used once, with its full provenance (the rows carry only its key)."""
        inv = self.flows
        _codes, keys, first = factorize_first(inv["factor_key"])
        return {
            str(key): {"factor": float(inv["factor"][i]), "unit": inv["factor_unit"][i],
                       "source": _none(inv["factor_source"][i]),
                       "source_ref": _none(inv["factor_ref"][i]),
                       "origin": _none(inv["factor_origin"][i])}
            for key, i in zip(keys, first.tolist(), strict=True)
        }


def _none(value: object) -> object:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return None
    return value


JSON_INVENTORY = ["row", "part_number", "stage", "flow", "process", "amount", "unit",
                  "amount_per_piece", "factor", "factor_unit", "factor_key", "factor_source",
                  "matched_by", "master_origin", "data_type", "energy_basis", "kg_co2e"]


def rows_of(columns: list[np.ndarray]) -> list[list[object]]:
    """Column arrays to one list per row, in C: one object grid, then `tolist`.

    A table (columns + rows) rather than one object per row: a 100,000-row BOM has
    ~600,000 flows, and objects made the JSON 3x larger and 4x slower to write."""
    n = len(columns[0]) if columns else 0
    grid = np.empty((n, len(columns)), dtype=object)
    for j, values in enumerate(columns):
        grid[:, j] = values
    return grid.tolist()
