"""The figures and tables of a report, formatted from the result's aggregates.

`build_model(result, lang, created)` returns a `ReportModel` that the HTML/PDF templates
and the Excel writer read. Every figure comes from `lca.aggregate` (the result's typed
tables); this module only translates, formats and picks, so the study report, the CFP
sheet and the workbook always agree. The large tables stay arrays: `PartRows` (one row
per BOM row) and `Inventory` (the annex, ~700,000 rows for a 100,000-row BOM) are
formatted per distinct value, and the HTML shows their first rows only.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from ..aggregate.factors import origin_text
from ..aggregate.lci import Lci
from ..aggregate.quality import SITE_DEFAULT
from ..aggregate.result import Result
from ..aggregate.tables import ASSEMBLY_CATEGORY, DATA_TYPES, PartSums
from ..frame import factorize
from ..messages import CATALOG
from ..read.factors import builtin_path
from ..schema import FIELDS, INVENTORY
from . import energy_view, rules_view
from .reports import report_file_names
from .text import LABELS, t

SETTING_KEYS = ["product_name", "product_id", "declared_unit", "company", "reference_period",
                "geography", "gwp", "lot_size", "electricity_factor", "weight_unit"]
#: Columns of the inventory that are not fields of the schema: (header, kind), and the
#: field each one follows in a layout.
EXTRA_COLUMNS = {"name": ("h.name", "text"), "total_quantity": ("h.quantity", "float"),
                 "direction": ("h.direction", "text")}
EXTRA_AFTER = {"part_number": "name", "quantity_per_parent": "total_quantity"}
#: The report's annex A: these schema fields (in schema order) and the extra columns.
ANNEX_FIELDS = ("row", "part_number", "stage", "flow", "process", "amount", "unit",
                "mass_basis", "distance_km", "factor", "factor_unit", "master_origin",
                "data_type", "kg_co2e")
#: Message key prefix of the translated values of a column.
VALUE_LABELS = {"direction": "dir", "stage": "stage", "data_type": "dt",
                "energy_basis": "basis", "matched_by": "mb", "mass_basis": "mass",
                "flow_label": "flow", "pcf_packaging": "pcfpack"}


@dataclass
class Share:
    """One slice of the total: a stage or a data type."""

    key: str
    label: str
    kg: float
    share: float
    description: str = ""


@dataclass
class FactorRow:
    key: str
    factor: float
    unit: str
    source: str
    reference: str
    origin: str
    licence: str
    note: str
    data_type: str
    matched_by: str  # how the lines found it, translated, comma-separated
    flows: int
    kg: float
    share: float
    name: str = ""  # the factor's name in sentences, where not its key (`_other_name`)


@dataclass
class DatabaseRow:
    source: str
    builtin: bool
    licences: str
    factors: int
    kg: float
    share: float


@dataclass
class ParetoItem:
    part_number: str
    name: str
    kg: float
    share: float
    cumulative: float


@dataclass
class CategoryRow:
    key: str
    name: str
    mass_kg: float
    stages: dict[str, float]
    kg_co2e: float
    share: float


@dataclass
class ProcessRow:
    name: str
    kwh: float
    measured_kwh: float
    estimated_kwh: float
    measured_share: float | None
    kg_co2e: float
    share: float


@dataclass(eq=False)
class PartRows:
    """The parts table as shown (BOM order): the aggregate's `PartSums`, with the part
    number, name and category name as display text ("" for an assembly's category)."""

    sums: PartSums
    part_number: np.ndarray
    name: np.ndarray
    category_name: np.ndarray

    def __len__(self) -> int:
        return len(self.sums)

    def record(self, i: int) -> dict[str, Any]:
        s = self.sums
        return {"row": int(s.row[i]), "level": int(s.level[i]),
                "part_number": self.part_number[i], "name": self.name[i],
                "total_quantity": float(s.total_quantity[i]),
                "category_name": self.category_name[i], "is_assembly": bool(s.is_assembly[i]),
                **{k: float(v[i]) for k, v in s.stages.items()},
                "kg_co2e": float(s.kg_co2e[i]), "share": float(s.share[i])}


@dataclass(eq=False)
class Inventory:
    """The inventory annex (`aggregate.lci.Lci`) as shown in `lang`."""

    lci: Lci
    lang: str
    result: Any = None  # names the fuels and sources (`Result.factor_name`, `source_name`)

    def __len__(self) -> int:
        return len(self.lci)

    def part_column(self, name: str) -> np.ndarray | None:
        """A column that is the same on every row of a part, per part position (text
        as shown); None for the other columns."""
        values = self.lci.part_values(name)
        if values is None or column_kind(name) != "text":
            return values
        return _texts(values)

    def display_codes(self, name: str, source: bool = False
                      ) -> tuple[np.ndarray, list[str | None]]:
        """A text column (not per part) as (code per row, display text per code): values
        translated (stage, data type...), a flow named by what it is where its name does
        not say it, factor units as kg-CO2e/unit, BOM text as given. `source`: the codes
        in the Lci's source order (flows, then outputs), not in row order."""
        if name == "flow":
            return self._flows(source)
        codes, values = self.lci.source_codes(name, ordered=False)
        codes = codes if source else codes[self.lci.order]
        prefix = VALUE_LABELS.get(name)
        if prefix is not None:
            return codes, [_label(prefix, v, self.lang) for v in values]
        if name == "factor_unit":
            return codes, [t("unit.kg_co2e_per", self.lang, unit=unit_text(v, self.lang))
                           for v in values]
        return codes, [self._shown(name, v) or None for v in values]

    def _shown(self, name: str, value: object) -> str:
        """A text value of column `name` for reading: cfp's own files, the Settings sheet
        and the energy carriers in the language; BOM and factor texts as given."""
        if name in ("factor_origin", "master_origin"):
            return origin_text(value, self.lang)
        if name in ("unit", "factor_unit_given"):
            return unit_text(value, self.lang)
        if self.result is not None and value is not None:
            if name == "factor_source":
                return self.result.source_name(value, self.lang)
            if name == "energy_carrier":
                return energy_view.carrier_name(self.result, str(value), self.lang)
        return _text(value)

    def _flows(self, source: bool) -> tuple[np.ndarray, list[str | None]]:
        flow_codes, flows = self.lci.source_codes("flow", ordered=False)
        label_codes, labels = self.lci.source_codes("flow_label", ordered=False)
        codes = np.where(label_codes >= 0, label_codes, flow_codes + len(labels))
        codes[(label_codes < 0) & (flow_codes < 0)] = -1
        codes = codes if source else codes[self.lci.order]
        return codes, [flow_text(v, self.lang, self.result) for v in labels] + [
            _text(v) or None for v in flows]

    def records(self, limit: int) -> list[dict[str, Any]]:
        """The first `limit` rows for the HTML annex: every column the annex shows, raw
        (numbers, keys) except `flow` and `mass_basis`, which are display text."""
        rows = slice(0, limit)
        names = [*annex_columns(), "energy_basis", "factor_key", "flow_label"]
        columns = {n: self.lci.column(n, rows).tolist() for n in dict.fromkeys(names)}
        columns["flow"] = [flow_text(label, self.lang, self.result) if label is not None else
                           (_text(flow) or None) for flow, label in
                           zip(columns["flow"], columns.pop("flow_label"), strict=True)]
        columns["mass_basis"] = [_label("mass", v, self.lang) for v in columns["mass_basis"]]
        columns["master_origin"] = [origin_text(v, self.lang) or None
                                    for v in columns["master_origin"]]
        for name in ("unit", "factor_unit"):
            columns[name] = [unit_text(v, self.lang) or None for v in columns[name]]
        for name in ("part_number", "name"):
            columns[name] = list(map(_text, columns[name]))
        count = len(columns["row"])
        return [{n: _none(v[i]) for n, v in columns.items()} for i in range(count)]


def annex_columns() -> list[str]:
    """The columns of the report's annex A, in layout order."""
    return [n for n in layout(list(ANNEX_FIELDS)) if n != "total_quantity"]


def layout(fields: list[str]) -> list[str]:
    """Schema fields (in schema order) with the extra columns of the annex and the
    workbook: the part's name after its number, its total quantity after the quantity
    per parent, the direction (in/out) before the stage."""
    out = []
    for f in (f.name for f in INVENTORY if f.name in fields):
        if f == "stage":
            out.append("direction")
        out.append(f)
        if f in EXTRA_AFTER:
            out.append(EXTRA_AFTER[f])
    return out


def column_header(name: str, lang: str) -> str:
    return t(EXTRA_COLUMNS[name][0] if name in EXTRA_COLUMNS else FIELDS[name].header, lang)


def column_kind(name: str) -> str:
    return EXTRA_COLUMNS[name][1] if name in EXTRA_COLUMNS else FIELDS[name].kind


@dataclass
class ReportModel:
    lang: str
    created: datetime
    product: str
    product_id: str
    company: str
    declared_unit: str
    reference_period: str
    geography: str
    total: float
    gwp: str
    pds: float
    proxy_share: float
    proxy_keys: str
    measured_share: float | None
    stages: list[Share]
    data_types: list[Share]
    parts: PartRows
    pareto: list[ParetoItem]
    categories: list[CategoryRow]
    processes: list[ProcessRow]
    factors: list[FactorRow]
    databases: list[DatabaseRow]
    inventory: Inventory
    excluded: list[dict[str, object]]
    cutoff_pct: float | None
    excluded_mass: float
    product_mass: float
    input_mass: float  # material bought (raw weights): the mass cut-off's basis
    warnings: list[str]
    electricity: list[str]
    settings: list[tuple[str, str]]
    input_file: str
    input_sha256: str
    cfp_version: str
    builtin_sha256: str
    stem: str
    files: dict[str, str] = field(default_factory=dict)
    hotspots: list[str] = field(default_factory=list)
    quality: list[str] = field(default_factory=list)
    limitations: list[str] = field(default_factory=list)
    rules: Any = None  # rules_view.RulesView: profile, emission cut-off, allocation (issue 14)
    scenarios: Any = None  # scenarios_view.ScenariosView of --scenarios (issue 15), or None
    processing_scopes: Any = None  # energy_view.view: Scope 1 fuel / Scope 2 (issue 15)
    #: the stages of the system boundary (the rule profile's; all four by default)
    boundary: list[Share] = field(default_factory=list)
    #: the CFP sheet's line on the BOM rows left out ("" when none): count and share
    exclusions: str = ""
    dqi: str | None = None  # the emission-weighted data quality ratings (issue 12, PACT dqi)
    #: supplier footprints used as primary data (issue 12), and the share they carry
    supplier_pcfs: list[dict[str, object]] = field(default_factory=list)
    supplier_share: float = 0.0
    #: the Monte Carlo, sensitivity and advice (issue 14, render/uncertainty_view.py)
    uncertainty: Any = None

    @property
    def created_date(self) -> str:
        return self.created.date().isoformat()

    @property
    def created_iso(self) -> str:
        return self.created.isoformat(timespec="seconds")

    def t(self, key: str, **params: object) -> str:
        return t(key, self.lang, **params)


def build_model(result: Result, lang: str, created: datetime) -> ReportModel:
    """Everything a report shows, in `lang`."""
    settings, total = result.settings, result.total
    data_types = result.data_types
    stem = Path(result.input_file).stem
    parts = _parts(result, lang)
    model = ReportModel(
        lang=lang, created=created, product=str(result.product_name),
        product_id=_text(settings.get("product_id")), company=_text(settings.get("company")),
        declared_unit=result.declared_unit_in(lang),
        reference_period=_text(settings.get("reference_period")),
        geography=_text(settings.get("geography")) or t("v.geography_default", lang,
                                                        code=SITE_DEFAULT),
        total=total, gwp=result.gwp, pds=result.primary_data_share(),
        proxy_share=data_types["proxy"].share,
        proxy_keys=result.factor_names(data_types.proxy_keys, lang),
        measured_share=result.processes.total_measured_share,
        stages=[Share(s.key, t(f"stage.{s.key}", lang), s.kg, s.share,
                      t(f"stage_desc.{s.key}", lang)) for s in result.stage_slices],
        data_types=[Share(d.key, t(f"dt.{d.key}", lang), d.kg, d.share,
                          t(f"dt_desc.{d.key}", lang)) for d in data_types.slices],
        parts=parts, pareto=_pareto(result, parts), categories=_categories(result, lang),
        processes=_processes(result), factors=_factors(result, lang),
        databases=_databases(result, lang), inventory=Inventory(result.lci, lang, result),
        excluded=_excluded(result, lang), cutoff_pct=result.cutoff_pct,
        excluded_mass=result.excluded_mass_kg, product_mass=result.product_mass_kg,
        input_mass=result.input_mass_kg,
        warnings=[_as_stated(result, key, lang, params) for key, params in result.warnings],
        electricity=[t("text.electricity", lang, factor=fmt_factor(factor),
                       source=result.source_name(_text(source), lang))
                     for factor, source in result.electricity_factors],
        settings=[(t(f"setting.{k}", lang), _text(settings[k])) for k in SETTING_KEYS
                  if settings.get(k) is not None],
        input_file=result.input_file, input_sha256=result.input_sha256,
        cfp_version=result.cfp_version, builtin_sha256=_builtin_sha256(), stem=stem,
        files=dict(zip(("html", "sheet", "pdf", "sheet_pdf", "xlsx"), report_file_names(
            stem, ["html", "sheet", "pdf", "xlsx"]), strict=True)))
    _add_sections(model, result, lang)
    return model


def _add_sections(model: ReportModel, result: Result, lang: str) -> None:
    """The report sections built on the model: supplier footprints, hotspots, quality,
    limitations, rules, scenarios, processing scopes and uncertainty."""
    model.supplier_pcfs, model.supplier_share = supplier_rows(result, lang)
    model.hotspots, model.quality = _hotspots(model), _quality(model)
    model.uncertainty = __import__("cfp.lca.render.uncertainty_view", fromlist=["_"]).view(
        result, lang)  # issue 14
    model.limitations = _limitations(model)
    model.rules = rules_view.view(result, lang)
    model.quality += model.rules.quality_failures if model.rules else []
    model.scenarios = __import__("cfp.lca.render.scenarios_view", fromlist=["_"]).view(
        result, lang)
    model.processing_scopes = energy_view.view(result, lang)  # issue 15: Scope 1 / 2
    model.dqi = _dqi(result, lang, model.files["xlsx"])
    model.exclusions = _exclusions(result, lang)
    inside = (result.rules or {}).get("stages") or [s.key for s in model.stages]
    model.boundary = [s for s in model.stages if s.key in inside]


def _exclusions(result: Result, lang: str) -> str:
    """The BOM rows left out, for the CFP sheet: how many, and their estimated share of the
    footprint including them (the PACT export's exemptedEmissionsPercent); "" for none."""
    if not result.excluded:
        return ""
    from .pact import _decimal
    from .pact_rules import exempted

    share = fmt_pct(float(exempted(result, _decimal, lang)[0]) / 100)
    unknown = sum(e.get("estimated_kg_co2e") is None for e in result.excluded)
    key = "v.excluded_lower" if unknown else "v.excluded"
    return t(key, lang, count=len(result.excluded), share=share, unknown=unknown)


def _dqi(result: Result, lang: str, workbook: str) -> str | None:
    """The sentence of the emission-weighted ratings (aggregate/quality.py); None when no
    line is rated."""
    from ..aggregate.quality import summary

    q = summary(result.flows)
    if q.technological is None or q.geographical is None or q.temporal is None:
        return None
    return t("text.dqi", lang, tech=f"{q.technological:.1f}", geo=f"{q.geographical:.1f}",
             temporal=f"{q.temporal:.1f}", coverage=fmt_pct(q.coverage_percent / 100),
             file=workbook)


def supplier_rows(result: Result, lang: str) -> tuple[list[dict[str, object]], float]:
    """The supplier footprints used (issue 12), as the reports show them, and the share
    of the total they carry together."""
    rows = []
    for f in result.supplier_footprints():
        pds = f["primary_data_share"]
        dqr = [f["dqr"][k] for k in ("technological", "geographical", "temporal")]
        rows.append({**f, "period": str(f["reference_period"]).replace("/", " – "),
                     "pds": t("label.not_given", lang) if pds is None else fmt_pct(pds),
                     "dqr": " / ".join("–" if v is None else f"{v:g}" for v in dqr)
                     if any(v is not None for v in dqr) else t("label.not_given", lang),
                     "rows": ", ".join(map(str, f["rows"]))})
    return rows, sum(float(r["share"]) for r in rows)  # type: ignore[arg-type]


# --- numbers --------------------------------------------------------------------------

def fmt_sig(value: object, sig: int = 4) -> str:
    """`value` with `sig` significant digits, no exponent: 13.24, 0.03059, 1,235."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    x = float(value)  # type: ignore[arg-type]
    if x == 0:
        return "0"
    decimals = max(0, sig - 1 - math.floor(math.log10(abs(x))))
    return f"{x:,.{decimals}f}"


def fmt_factor(value: object) -> str:
    """An input value as given (up to 6 significant digits): 0.388, 10.8, 0.00468568."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return f"{float(value):.6g}"  # type: ignore[arg-type]


def fmt_pct(share: object) -> str:
    """A share (0.236) in per cent with one decimal ("23.6%"). Rounding never changes what
    it says: a share that is not 0 never reads "0.0%" ("<0.1%", "-<0.1%" for a credit),
    one below 1 never "100.0%" (">99.9%": 0.9996 of the total is not all of it)."""
    if share is None or (isinstance(share, float) and math.isnan(share)):
        return "–"
    percent = float(share) * 100  # type: ignore[arg-type]
    if 0 < abs(percent) < 0.05:
        return "<0.1%" if percent > 0 else "-<0.1%"
    if 99.95 <= percent < 100:
        return ">99.9%"
    return f"{percent:.1f}%"


def _text(value: object) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def unit_text(unit: object, lang: str) -> str:
    """A unit for reading: a count (`piece`, a footprint's `1 piece`) in `lang` (個); the
    others (kg, kWh, t-km, m3) as documents write them in every language."""
    text = _text(unit)
    if text == "piece" or text.endswith(" piece"):
        return text[:-len("piece")] + t("unit.piece", lang)
    return text


def _none(value: object) -> object:
    return None if isinstance(value, float) and math.isnan(value) else value


def flow_text(label: object, lang: str, result: Result | None = None) -> str | None:
    """A flow label (`aggregate.lci`) as the annex shows it; a fuel's names its fuel, by
    its factor's name where the result is given (`Result.factor_name`)."""
    text = str(label)
    if ":" in text:  # fuel_cycle:city_gas_13a
        kind, fuel = text.split(":", 1)
        return t(f"flow.{kind}", lang,
                 fuel=result.factor_name(fuel, lang) if result is not None else fuel)
    return _label("flow", label, lang)


def _label(prefix: str, value: object, lang: str) -> str | None:
    """The translation of a value (`prefix.value`), else the value as text."""
    if value is None:
        return None
    key = f"{prefix}.{value}"
    return t(key, lang) if key in LABELS else _text(value)


def _texts(values: np.ndarray) -> np.ndarray:
    """`_text` of each value, computed once per distinct value ("" for None)."""
    if set(map(type, values.tolist())) <= {str, type(None)}:  # text: as it is
        out = np.array(values, dtype=object)
        out[np.equal(out, None)] = ""
        return out
    codes, uniques = factorize(values)
    table = np.array([_text(u) for u in uniques] + [""], dtype=object)
    return table[codes]


# --- tables ---------------------------------------------------------------------------

def category_name(result: Result, key: object, lang: str) -> str:
    return result.category_name(key, lang)


def _parts(result: Result, lang: str) -> PartRows:
    sums = result.part_sums
    codes, keys = factorize(sums.category)
    names = np.array([category_name(result, k, lang) for k in keys]
                     + [category_name(result, None, lang)], dtype=object)[codes]
    names[sums.is_assembly] = ""
    return PartRows(sums, _texts(sums.part_number), _texts(sums.name), names)


def _pareto(result: Result, parts: PartRows, top: int = 10) -> list[ParetoItem]:
    ranked = result.ranking(top)
    return [ParetoItem(parts.part_number[i], parts.name[i], kg, share, cumulative)
            for i, kg, share, cumulative in zip(ranked.index.tolist(), ranked.kg.tolist(),
                                                ranked.share.tolist(),
                                                ranked.cumulative.tolist(), strict=True)]


def _as_stated(result: Result, key: str, lang: str, params: dict[str, Any]) -> str:
    """A warning as a document states it: its `.doc` text when there is one (a fact, no
    instruction to the author: the customer reads the report), else the warning."""
    doc = f"{key}.doc"
    return result.warning_text(doc if doc in CATALOG else key, params, lang)


def _categories(result: Result, lang: str) -> list[CategoryRow]:
    c = result.categories
    return [CategoryRow(key, category_name(result, key, lang), float(c.mass_kg[i]),
                        {s: float(v[i]) for s, v in c.stages.items()}, float(c.kg_co2e[i]),
                        float(c.share[i])) for i, key in enumerate(c.keys)]


def _processes(result: Result) -> list[ProcessRow]:
    p = result.processes
    return [ProcessRow(str(name), float(p.kwh[i]), float(p.measured_kwh[i]),
                       float(p.estimated_kwh[i]), _none(float(p.measured_share[i])),
                       float(p.kg_co2e[i]), float(p.share[i])) for i, name in enumerate(p.keys)]


def _factors(result: Result, lang: str) -> list[FactorRow]:
    return [FactorRow(
        key=f.key, factor=f.factor, unit=unit_text(f.unit, lang),
        source=result.source_name(_text(f.source), lang),
        reference=_text(f.reference), origin=origin_text(f.origin, lang),
        licence=f.licence_in(lang), name=_other_name(result, f.key, lang),
        note=f.note_in(lang), data_type=_text(f.data_type),
        matched_by=t("list.sep", lang).join(t(f"mb.{m}", lang) for m in f.matched_by),
        flows=f.flows,
        kg=f.kg, share=f.share) for f in result.factor_uses]


def _other_name(result: Result, key: str, lang: str) -> str:
    """The name sentences give the factor `key` where it is not the key itself (the
    factor table shows it under the key, so that a reader finds the factor they read
    of); in English only the Settings sheet's grid factor has one (its key is Japanese)."""
    name = result.factor_name(key, lang)
    return "" if name == key else name


def _databases(result: Result, lang: str) -> list[DatabaseRow]:
    return [DatabaseRow(result.source_name(d.source, lang), d.builtin,
                        ", ".join(d.licences_ja if lang == "ja" else d.licences),
                        d.factors, d.kg, d.share) for d in result.databases]


def _excluded(result: Result, lang: str) -> list[dict[str, object]]:
    return [{"part_number": _text(e.part_number), "grade": _text(e.grade),
             "category": category_name(result, e.category, lang) if e.category else "",
             "mass_kg": e.mass_kg, "reason": _reason(e.reason, lang)}
            for e in result.excluded_parts]


def _reason(reason: str, lang: str) -> str:
    key = f"reason.{reason}"
    return t(key, lang) if key in LABELS else reason


@lru_cache(maxsize=1)
def _builtin_sha256() -> str:
    return hashlib.sha256(builtin_path("factors.csv").read_bytes()).hexdigest()


# --- interpretation -------------------------------------------------------------------

def _hotspots(m: ReportModel) -> list[str]:
    if m.total <= 0:
        return []
    stage = max(m.stages, key=lambda s: s.kg)
    lines = [m.t("hot.stage", stage=stage.label, kg=fmt_sig(stage.kg),
                 share=fmt_pct(stage.share))]
    if m.pareto:
        top = m.pareto[0]
        lines.append(m.t("hot.part", part=top.part_number, name=top.name,
                         kg=fmt_sig(top.kg), share=fmt_pct(top.share)))
        n = min(3, len(m.pareto))
        if n > 1:
            lines.append(m.t("hot.top_parts", n=n, share=fmt_pct(m.pareto[n - 1].cumulative)))
        lines.append(m.t("hot.pareto", n=m.parts.sums.count_to(0.8), count=len(m.parts)))
    named = [c for c in m.categories if c.key not in ("-", ASSEMBLY_CATEGORY)]
    if named:
        cat = max(named, key=lambda c: c.kg_co2e)
        lines.append(m.t("hot.category", category=cat.name, kg=fmt_sig(cat.kg_co2e),
                         share=fmt_pct(cat.share), mass=fmt_sig(cat.mass_kg)))
    if len(m.categories) > 1:
        lines.append(m.t("hot.categories", items=("、" if m.lang == "ja" else ", ").join(
            f"{c.name} {fmt_pct(c.share)}" for c in m.categories[:3])))
    if m.processes and max(p.kwh for p in m.processes) > 0:
        proc = max(m.processes, key=lambda p: p.kwh)
        lines.append(m.t("hot.process", process=proc.name, kwh=fmt_sig(proc.kwh),
                         kg=fmt_sig(proc.kg_co2e), share=fmt_pct(proc.share)))
    return lines


def _quality(m: ReportModel) -> list[str]:
    lines = [m.t("q.pds", share=fmt_pct(m.pds))]
    if m.proxy_share > 0:
        lines.append(m.t("q.proxy", share=fmt_pct(m.proxy_share), keys=m.proxy_keys))
    else:
        lines.append(m.t("q.no_proxy"))
    if m.measured_share is not None:
        lines.append(m.t("q.energy", share=fmt_pct(m.measured_share)))
    lines.append(m.t("q.excluded", count=len(m.excluded)) if m.excluded else m.t("q.complete"))
    return lines


def _limitations(m: ReportModel) -> list[str]:
    lines = []
    if m.proxy_share > 0:
        lines.append(m.t("lim.proxy", share=fmt_pct(m.proxy_share), keys=m.proxy_keys))
    if m.measured_share is not None and m.measured_share < 1:
        lines.append(m.t("lim.estimated", share=fmt_pct(1 - m.measured_share)))
    # with --uncertainty the report quantifies it (its own section): not "not quantified"
    quantified = "lim.uncertainty_quantified" if m.uncertainty else "lim.uncertainty"
    lines += [m.t(k) for k in ("lim.overhead", "lim.transport", "lim.masses", quantified,
                               "lim.boundary", "lim.verification")]
    return lines


__all__ = ["DATA_TYPES", "ReportModel", "build_model", "fmt_factor", "fmt_pct", "fmt_sig"]
