"""`Result`: the footprint of one BOM, and every figure of it.

`Result` holds the inventory (`flows`, one row per flow) and the parts (`part_rows`) as
numpy `Frame`s. Each figure is computed once, in this package, when it is first asked
for: totals and breakdowns are sums over the inventory, so they always add up.

    result.total, result.stages(), result.primary_data_share(), result.product_mass_kg
    result.stage_slices      # tables.Slice per stage (kg, share)
    result.part_sums         # tables.PartSums: own emissions per BOM row by stage
    result.ranking(10)       # tables.Ranking: the largest parts, cumulative shares
    result.categories        # tables.CategorySums: mass and emissions per category
    result.processes         # tables.ProcessSums: kWh measured / estimated, emissions
    result.data_types        # tables.DataTypes: primary / secondary / proxy
    result.factor_uses       # factors.FactorUse per factor key
    result.databases         # factors.Database per source
    result.excluded_parts    # tables.ExcludedPart per BOM row left out
    result.electricity_factors, result.lci  # lci.Lci: the annex rows per part

`to_dict` is the JSON document documented in README ("JSON output"). pandas is loaded
only by `to_pandas` (the inventory by the schema) and `parts_to_pandas` (the parts with
their own emissions), for Python users.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import numpy as np

from ..compute.flows import SETTINGS_FACTOR_KEY, SETTINGS_SOURCE, STAGES
from ..frame import Frame, nan_to_zero
from ..messages import tr
from ..read.results import inventory_rows as inventory_records  # noqa: F401 - re-exported
from ..schema import INVENTORY
from . import energy as _energy
from . import factors as _factors
from . import lci as _lci
from . import product_mass as _product_mass
from . import quality as _quality
from . import supplier as _supplier
from . import tables
from .inventory import field_values

SCHEMA_VERSION = "1"
DEFAULT_DECLARED_UNIT = "1 piece"

#: BOM and structure columns of `parts_to_pandas`, after `row`.
PART_COLUMNS = ["part_number", "name", "grade", "category", "supplier", "parent", "quantity",
                "net_kg", "raw_kg", "lot_size", "weight_problem", "parent_row", "level",
                "total_quantity", "is_assembly", "category_key"]


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
    #: rule profile in force (issue 14, lca/aggregate/rulecheck.py): its name, file, SHA-256 and
    #: rules; the emission cut-off check; the scrap allocation and any recycling credit
    #: (never part of `total`); the rules broken (message key, params: exit 1 --strict)
    rules: dict[str, object] | None = None
    cut_off_emissions: dict[str, object] | None = None
    allocation: dict[str, object] | None = None
    rule_failures: list[tuple[str, dict[str, object]]] = field(default_factory=list)
    #: supplier PACT footprints used (read.supplier_pcf.SupplierFootprint), first use first
    supplier_pcfs: tuple[Any, ...] = ()
    #: which parts they are on (resolve.supplier.SupplierMatch; product_mass.py), or None
    supplier_match: Any = None
    #: PACT extensions asked for (--pact-extension; render/gxd.py), e.g. ("gxd",)
    pact_extensions: tuple[str, ...] = ()
    #: the Monte Carlo of `--uncertainty N` (lca/compute/uncertainty.py `Analysis`), or None
    uncertainty: Any = None
    #: what-if scenarios of `--scenarios FILE` (lca/app/scenarios.py run): a list of
    #: {name, changes, total_kg_co2e, stages, delta_kg_co2e, delta_pct (per cent),
    #: stage_deltas}, or None
    scenarios: Any = None
    #: processes run in another country than the site: {process: ISO country code}, the
    #: country of their grid (compute/grid.py); their lines' DQR is rated against it
    process_countries: dict[str, str] = field(default_factory=dict)

    def declared_unit_in(self, lang: str) -> str:
        """The declared unit for display; the default "1 piece" reads "1 個" in Japanese."""
        if self.declared_unit == DEFAULT_DECLARED_UNIT:
            return tr("unit.one_piece", lang)
        return self.declared_unit

    def category_name(self, key: object, lang: str) -> str:
        if not isinstance(key, str) or key == "-":
            return tr("label.no_category", lang)
        if key == tables.ASSEMBLY_CATEGORY:
            return tr("label.assembly_processes", lang)
        names = self.category_names.get(key)
        return names.get(lang, key) if names else key

    def factor_name(self, key: object, lang: str) -> str:
        """A factor as a sentence names it: in Japanese its display name (`name_ja` of the
        factor table; the key where it has none), in English its key (English words; the
        names have commas, which lists would not survive). The Settings sheet's grid
        factor by where it comes from. Tables an auditor checks show the key itself."""
        text = "" if key is None else str(key)
        if text == SETTINGS_FACTOR_KEY:
            return tr("factor.settings", lang)
        if lang != "en":
            name = (self.factor_details.get(text) or {}).get(f"name_{lang}")
            if isinstance(name, str) and name.strip():
                return name.strip()
        return text

    def factor_names(self, keys: Any, lang: str) -> str:
        """`factor_name` of each key, as a list in `lang` (、 in Japanese)."""
        return tr("list.sep", lang).join(self.factor_name(k, lang) for k in keys)

    def source_name(self, source: object, lang: str) -> str:
        """A factor's source as documents show it: the Settings sheet in `lang`."""
        text = "" if source is None else str(source)
        return tr("factor.settings", lang) if text == SETTINGS_SOURCE else text

    def warning_text(self, key: str, params: dict[str, object], lang: str) -> str:
        """A warning in `lang`; the factor keys it lists (`factor_keys`) by their names."""
        if "factor_keys" in params:
            params = {**params, "keys": self.factor_names(params["factor_keys"], lang)}
        return tr(key, lang, **params)

    # -- totals ---------------------------------------------------------------------------
    @cached_property
    def _kg(self) -> np.ndarray:
        return nan_to_zero(self.flows["kg_co2e"].astype(float))

    @property
    def total(self) -> float:
        return float(self._kg.sum())

    @cached_property
    def product_mass_kg(self) -> float:
        """Mass of the product per declared unit (`structure.product_mass_each`: leaf
        parts' net weight, raw where no net, x total quantity; a line bought with a
        supplier footprint by its delivered mass, `product_mass.py`). The one definition,
        used by the JSON, the reports and PACT `productMassPerDeclaredUnit`."""
        return float(np.sum(_product_mass.with_supplier_pcfs(self.part_rows,
                                                             self.supplier_match)))

    @cached_property
    def input_mass_kg(self) -> float:
        """Material bought per declared unit (`structure.input_mass_each`: leaf parts'
        raw weight, net where no raw, x total quantity): the mass cut-off's basis."""
        return _product_mass.input_mass(self.part_rows, self.supplier_match)

    @cached_property
    def stage_slices(self) -> tuple[tables.Slice, ...]:
        return tables.stage_slices(self.flows, self._kg, self.total)

    def stages(self) -> dict[str, float]:
        return {s.key: s.kg for s in self.stage_slices}

    def primary_data_share(self) -> float:
        """Share (0-1) of the total computed with primary data (PACT 'primaryDataShare',
        Pathfinder: supplier footprints weighted by their own share; aggregate/supplier.py)."""
        return _supplier.primary_data_share(self.flows, self._kg, self.total)

    def supplier_footprints(self) -> list[dict[str, object]]:
        """The supplier footprints used, with the share of the total each carries."""
        return _supplier.supplier_footprints(self)

    # -- tables ---------------------------------------------------------------------------
    @cached_property
    def part_stage_sums(self) -> dict[str, np.ndarray]:
        """Own kg-CO2e of each part, in `part_rows` order: per stage and "kg_co2e"."""
        return tables.part_stage_sums(self.flows, self._kg, len(self.part_rows))

    @cached_property
    def part_sums(self) -> tables.PartSums:
        return tables.part_sums(self.part_rows, self.part_stage_sums, self.total)

    def ranking(self, top: int | None = None) -> tables.Ranking:
        return self.part_sums.ranking(top)

    @cached_property
    def categories(self) -> tables.CategorySums:
        return tables.category_sums(self.part_rows, self.part_stage_sums, self.total)

    @cached_property
    def processes(self) -> tables.ProcessSums:
        return tables.process_sums(self.flows, self._kg, self.total)

    @cached_property
    def processing_scopes(self) -> _energy.ProcessingScopes:
        """Processing by energy carrier: on-site fuel (Scope 1), purchased electricity
        incl. compressed air (Scope 2) (issue 15, aggregate/energy.py)."""
        return _energy.processing_scopes(self.flows, self._kg, self.total)

    @cached_property
    def data_types(self) -> tables.DataTypes:
        return tables.data_types(self.flows, self._kg, self.total)

    @cached_property
    def factor_uses(self) -> tuple[_factors.FactorUse, ...]:
        return _factors.factor_uses(self.flows, self._kg, self.total, self.factor_details)

    @cached_property
    def databases(self) -> tuple[_factors.Database, ...]:
        return _factors.databases(self.factor_uses, self.total)

    @cached_property
    def excluded_parts(self) -> tuple[tables.ExcludedPart, ...]:
        return tables.excluded_parts(self.excluded)

    @property
    def excluded_mass_kg(self) -> float:
        """Mass of the parts left out (their materials); a part whose transport alone is
        excluded (unknown supplier) is in the product."""
        return sum(float(e.get("mass_kg") or 0.0) for e in self.excluded
                   if e.get("stage", "materials") == "materials")

    @cached_property
    def electricity_factors(self) -> tuple[tuple[float, object], ...]:
        """(factor, source) of each processing electricity factor used."""
        return tables.electricity_factors(self.flows)

    @cached_property
    def lci(self) -> _lci.Lci:
        return _lci.lci(self.flows, self.part_rows)

    @property
    def category_sums(self) -> tables.CategorySums:  # the terminal view's name
        return self.categories

    @property
    def process_sums(self) -> tables.ProcessSums:
        return self.processes

    def top_parts(self, n: int) -> list[dict[str, Any]]:
        """The `n` BOM rows with the largest own emissions, largest first (ties in BOM
        order): part number, name, total quantity, each stage and kg_co2e."""
        p, ranked = self.part_sums, self.ranking(n)
        return [{"part_number": p.part_number[i], "name": p.name[i],
                 "total_quantity": float(p.total_quantity[i]),
                 **{s: float(p.stages[s][i]) for s in STAGES}, "kg_co2e": float(p.kg_co2e[i])}
                for i in ranked.index.tolist()]

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
        return {
            "schema_version": SCHEMA_VERSION,
            "cfp_version": self.cfp_version,
            "product": self.product_name,
            "declared_unit": self.declared_unit,
            "total_kg_co2e": self.total,
            "stages": self.stages(),
            "product_mass_kg": self.product_mass_kg,
            "primary_data_share": self.primary_data_share(),
            # PACT dqi and its coverage (aggregate/quality.py; issue 12)
            "data_quality": _quality.summary(self.flows).to_dict(),
            "supplier_footprints": self.supplier_footprints(),
            "gwp": self.gwp,
            "parts": parts,
            "by_category": self._category_records(lang),
            "by_process": self._process_records(),
            "processing_scopes": self.processing_scopes.to_dict(),
            "factors": self.factor_sources(),
            "rules": self.rules,
            "cut_off": {"rule": "mass", "threshold_pct": self.cutoff_pct,
                        "excluded_mass_kg": self.excluded_mass_kg,
                        "input_mass_kg": self.input_mass_kg,
                        "emissions": self.cut_off_emissions},
            "excluded": self.excluded,
            "allocation": self.allocation,
            "warnings": [{"code": key, "message": self.warning_text(key, params, lang)}
                         for key, params in self.warnings],
            "input": {"file": self.input_file, "sha256": self.input_sha256},
            "inventory": inventory,
        }

    def _category_records(self, lang: str) -> list[dict[str, object]]:
        cat = self.categories
        return [{"category": key, "name": self.category_name(key, lang), "mass_kg": mass,
                 "kg_co2e": kg}
                for key, mass, kg in zip(cat.keys, cat.mass_kg.tolist(), cat.kg_co2e.tolist(),
                                         strict=True)]

    def _process_records(self) -> list[dict[str, object]]:
        proc = self.processes
        return [{"process": name, "kwh": kwh, "kg_co2e": kg, "measured_kwh": m,
                 "estimated_kwh": e}
                for name, kwh, kg, m, e in zip(proc.keys, proc.kwh.tolist(),
                                               proc.kg_co2e.tolist(), proc.measured_kwh.tolist(),
                                               proc.estimated_kwh.tolist(), strict=True)]

    def factor_sources(self) -> dict[str, dict[str, object]]:
        """Each factor used once, with its full provenance (the rows carry only its key)."""
        inv = self.flows
        _codes, keys, first = tables.first_use_of(inv, "factor_key")
        # one row per factor: `column(...)[i]` reads a `Text` row without decoding it all
        factor, unit, source, ref, origin = (inv.column(name) for name in (
            "factor", "factor_unit", "factor_source", "factor_ref", "factor_origin"))
        return {
            str(key): {"factor": float(factor[i]), "unit": unit[i],
                       "source": _none(source[i]), "source_ref": _none(ref[i]),
                       "origin": _none(origin[i])}
            for key, i in zip(keys, first.tolist(), strict=True)
        }

    # -- pandas, for Python users -------------------------------------------------------
    def to_pandas(self) -> Any:
        """The inventory as a pandas DataFrame: one row per flow, every field of the
        schema (`lca.schema.INVENTORY`; `row` is the Excel row)."""
        names = [f.name for f in INVENTORY]
        return _dataframe({n: field_values(self.flows, self.part_rows, n) for n in names})

    def parts_to_pandas(self) -> Any:
        """The parts as a pandas DataFrame, in BOM order: Excel row, the BOM and structure
        columns, and own emissions by stage and in all (`part_sums`)."""
        p = self.part_rows
        columns = {"row": p["row"].astype(np.int64) + 1,
                   **{c: p[c] for c in PART_COLUMNS if c in p}, **self.part_stage_sums}
        return _dataframe(columns)

    # Deprecated DataFrame views, kept for callers written against pandas: the same
    # tables as `to_pandas`, `parts_to_pandas`, `processes` and `categories`.
    @property
    def inventory(self) -> Any:
        return self.to_pandas()

    @property
    def parts(self) -> Any:
        return self.parts_to_pandas()

    def part_table(self) -> Any:
        return self.parts_to_pandas()

    def by_process(self) -> Any:
        return _dataframe(self.processes.values, self.processes.keys, "process")

    def by_category(self) -> Any:
        return _dataframe(self.categories.values, self.categories.keys, "category_key")


def _dataframe(columns: dict[str, np.ndarray], index: list[Any] | None = None,
               index_name: str | None = None) -> Any:
    """A DataFrame of numpy columns; text stays object dtype (pandas 3 would make it
    Arrow strings, which compare and count missing values differently)."""
    import pandas as pd

    data = {name: pd.Series(values, dtype=object) if values.dtype == object else values
            for name, values in columns.items()}
    frame = pd.DataFrame(data)
    if index is not None:
        frame.index = pd.Index(index, dtype=object, name=index_name)
    return frame


def _none(value: object) -> object:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return None
    return value
