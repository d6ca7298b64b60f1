"""The figures and tables of a report, computed once from the public `Result` API.

`build_model(result, lang, created)` returns a `ReportModel` that the HTML/PDF templates
and the Excel writer read; none of them computes anything themselves, so the study
report, the CFP sheet and the workbook always agree. Shares are of the total footprint
(0 when the total is 0). The inventory stays a DataFrame (a 100,000-row BOM has
~600,000 flows): the HTML shows its first rows, the workbook writes all of it.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from ..aggregate.result import Result
from ..compute.flows import STAGES
from ..messages import tr
from ..read.factors import builtin_path
from .reports import report_file_names
from .text import t

DATA_TYPES = ["primary", "secondary", "proxy"]
STAGE_ORDER = {**{s: i for i, s in enumerate(STAGES)}, "product": len(STAGES)}
BUILTIN_ORIGIN = "cfp built-in"
SETTING_KEYS = ["product_name", "product_id", "declared_unit", "company", "reference_period",
                "geography", "gwp", "lot_size", "electricity_factor", "weight_unit"]


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
    parts: pd.DataFrame  # BOM order; + category_name, share
    pareto: list[ParetoItem]
    categories: pd.DataFrame  # + name, share
    processes: pd.DataFrame  # + measured_share, share
    factors: list[FactorRow]
    databases: list[DatabaseRow]
    inventory: pd.DataFrame  # display rows, see INVENTORY_COLUMNS
    excluded: list[dict[str, object]]
    cutoff_pct: float | None
    excluded_mass: float
    product_mass: float
    warnings: list[str]
    hotspots: list[str]
    quality: list[str]
    limitations: list[str]
    electricity: list[str]
    settings: list[tuple[str, str]]
    input_file: str
    input_sha256: str
    cfp_version: str
    builtin_sha256: str
    stem: str
    files: dict[str, str] = field(default_factory=dict)

    @property
    def created_date(self) -> str:
        return self.created.date().isoformat()

    @property
    def created_iso(self) -> str:
        return self.created.isoformat(timespec="seconds")

    def t(self, key: str, **params: object) -> str:
        return t(key, self.lang, **params)


INVENTORY_COLUMNS = ["row", "part_number", "name", "total_quantity", "direction", "stage",
                     "flow", "process", "amount", "unit", "factor", "factor_unit",
                     "factor_key", "factor_source", "factor_ref", "factor_origin",
                     "matched_by", "master_origin", "data_type", "energy_basis", "kg_co2e"]


def build_model(result: Result, lang: str, created: datetime) -> ReportModel:
    """Everything a report shows, in `lang`."""
    total = result.total
    settings = result.settings
    parts = _parts(result, lang, total)
    factors = _factors(result.inventory, total, result.factor_details, lang)
    processes = _processes(result, total)
    kwh = float(processes["kwh"].sum()) if not processes.empty else 0.0
    measured = float(processes["measured_kwh"].sum()) if not processes.empty else 0.0
    proxy = result.inventory[result.inventory["data_type"] == "proxy"]
    stem = Path(result.input_file).stem
    model = ReportModel(
        lang=lang, created=created,
        product=str(result.product_name),
        product_id=_text(settings.get("product_id")),
        company=_text(settings.get("company")),
        declared_unit=str(result.declared_unit),
        reference_period=_text(settings.get("reference_period")),
        geography=_text(settings.get("geography")),
        total=total, gwp=result.gwp, pds=result.primary_data_share(),
        proxy_share=_share(float(proxy["kg_co2e"].sum()), total),
        proxy_keys=", ".join(sorted(proxy["factor_key"].dropna().astype(str).unique())),
        measured_share=measured / kwh if kwh > 0 else None,
        stages=[Share(s, t(f"stage.{s}", lang), kg, _share(kg, total),
                      t(f"stage_desc.{s}", lang)) for s, kg in result.stages().items()],
        data_types=_data_types(result.inventory, lang, total),
        parts=parts, pareto=_pareto(parts, total),
        categories=_categories(result, lang, total), processes=processes,
        factors=factors, databases=_databases(factors, total),
        inventory=inventory_frame(result, lang),
        excluded=[{"part_number": _text(e.get("part_number")), "grade": _text(e.get("grade")),
                   "category": category_name(result, e.get("category"), lang)
                   if e.get("category") not in (None, "-") else "",
                   "mass_kg": e.get("mass_kg"), "reason": _reason(e.get("reason"), lang)}
                  for e in result.excluded],
        cutoff_pct=getattr(result, "cutoff_pct", None),
        excluded_mass=sum(float(e.get("mass_kg") or 0.0) for e in result.excluded),
        product_mass=result.product_mass_kg,
        warnings=[tr(key, lang, **params) for key, params in result.warnings],
        hotspots=[], quality=[], limitations=[],
        electricity=_electricity(result.inventory, lang),
        settings=[(t(f"setting.{k}", lang), _text(settings[k])) for k in SETTING_KEYS
                  if settings.get(k) is not None],
        input_file=result.input_file, input_sha256=result.input_sha256,
        cfp_version=result.cfp_version, builtin_sha256=_builtin_sha256(), stem=stem,
        files=dict(zip(("html", "sheet", "pdf", "sheet_pdf", "xlsx"), report_file_names(
            stem, ["html", "sheet", "pdf", "xlsx"]), strict=True)),
    )
    model.hotspots = _hotspots(model)
    model.quality = _quality(model)
    model.limitations = _limitations(model)
    return model


# --- numbers --------------------------------------------------------------------------

def _share(part: float, total: float) -> float:
    return part / total if total > 0 else 0.0


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
    if share is None or (isinstance(share, float) and math.isnan(share)):
        return "–"
    return f"{float(share) * 100:.1f}%"  # type: ignore[arg-type]


def _text(value: object) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _reason(reason: object, lang: str) -> str:
    key = f"reason.{reason}"
    from .text import LABELS

    return t(key, lang) if key in LABELS else _text(reason)


# --- tables ---------------------------------------------------------------------------

def category_name(result: Result, key: object, lang: str) -> str:
    if not isinstance(key, str) or key == "-":
        return tr("label.no_category", lang)
    names = result.category_names.get(key)
    return names.get(lang, key) if names else key


def _parts(result: Result, lang: str, total: float) -> pd.DataFrame:
    table = result.part_table().sort_index()
    table["name"] = table["name"].map(_text)
    table["part_number"] = table["part_number"].map(_text)
    names = {key: category_name(result, key, lang) for key in table["category_key"].unique()}
    table["category_name"] = table["category_key"].map(names)
    table.loc[table["is_assembly"], "category_name"] = ""
    table["share"] = table["kg_co2e"] / total if total > 0 else 0.0
    return table


def _pareto(parts: pd.DataFrame, total: float, top: int = 10) -> list[ParetoItem]:
    ranked = parts.sort_values("kg_co2e", ascending=False, kind="stable").head(top)
    items, cumulative = [], 0.0
    for p in ranked.itertuples():
        share = _share(float(p.kg_co2e), total)
        cumulative += share
        items.append(ParetoItem(p.part_number, p.name, float(p.kg_co2e), share, cumulative))
    return items


def _categories(result: Result, lang: str, total: float) -> pd.DataFrame:
    table = result.by_category().copy()
    table["name"] = [category_name(result, key, lang) for key in table.index]
    table["share"] = table["kg_co2e"] / total if total > 0 else 0.0
    return table


def _processes(result: Result, total: float) -> pd.DataFrame:
    table = result.by_process().copy()
    if table.empty:
        return pd.DataFrame(columns=["kwh", "kg_co2e", "measured_kwh", "estimated_kwh",
                                     "measured_share", "share"])
    table["measured_share"] = (table["measured_kwh"] / table["kwh"]).where(table["kwh"] > 0)
    table["share"] = table["kg_co2e"] / total if total > 0 else 0.0
    return table


def _data_types(inventory: pd.DataFrame, lang: str, total: float) -> list[Share]:
    sums = inventory.groupby("data_type")["kg_co2e"].sum()
    return [Share(d, t(f"dt.{d}", lang), float(sums.get(d, 0.0)),
                  _share(float(sums.get(d, 0.0)), total), t(f"dt_desc.{d}", lang))
            for d in DATA_TYPES]


@lru_cache(maxsize=1)
def _builtin_sha256() -> str:
    return hashlib.sha256(builtin_path("factors.csv").read_bytes()).hexdigest()


def _factors(inventory: pd.DataFrame, total: float,
             details: dict[str, dict[str, object]], lang: str) -> list[FactorRow]:
    inv = inventory[inventory["factor_key"].notna()]
    if inv.empty:
        return []
    grouped = inv.groupby("factor_key", sort=False)
    sums = grouped["kg_co2e"].sum()
    counts = grouped.size()
    matched = {key: ", ".join(t(f"mb.{m}", lang) for m in dict.fromkeys(values.dropna()))
               for key, values in grouped["matched_by"]}
    first = inv.drop_duplicates("factor_key").set_index("factor_key")
    rows = []
    for key, f in first.iterrows():
        detail = details.get(str(key), {})
        rows.append(FactorRow(
            key=str(key), factor=float(f["factor"]), unit=_text(f["factor_unit"]),
            source=_text(f["factor_source"]), reference=_text(f["factor_ref"]),
            origin=_text(f["factor_origin"]),
            licence=_text(detail.get("licence")), note=_text(detail.get("note")),
            data_type=_text(f["data_type"]), matched_by=matched.get(key, ""),
            flows=int(counts[key]),
            kg=float(sums[key]), share=_share(float(sums[key]), total)))
    rows.sort(key=lambda r: (-r.kg, r.key))
    return rows


def _databases(factors: list[FactorRow], total: float) -> list[DatabaseRow]:
    by_source: dict[str, list[FactorRow]] = {}
    for row in factors:
        by_source.setdefault(row.source, []).append(row)
    rows = [DatabaseRow(
        source=source, builtin=all(r.origin.startswith(BUILTIN_ORIGIN) for r in items),
        licences=", ".join(sorted({r.licence for r in items if r.licence})),
        factors=len(items), kg=sum(r.kg for r in items),
        share=_share(sum(r.kg for r in items), total)) for source, items in by_source.items()]
    rows.sort(key=lambda r: (-r.kg, r.source))
    return rows


def _electricity(inventory: pd.DataFrame, lang: str) -> list[str]:
    grid = inventory[inventory["stage"] == "processing"]
    used = grid.drop_duplicates(["factor", "factor_source"])
    return [t("text.electricity", lang, factor=fmt_factor(r.factor),
              source=_text(r.factor_source)) for r in used.itertuples()]


def inventory_frame(result: Result, lang: str) -> pd.DataFrame:
    """LCI rows per part: inputs (material, transport, electricity) with their factor,
    outputs (chips and scrap to treatment, the part's net weight), in BOM order."""
    inv = result.inventory
    parts = result.parts
    flows = pd.DataFrame({c: inv[c] for c in INVENTORY_COLUMNS if c in inv.columns})
    flows["direction"] = np.where(inv["stage"] == "waste", "out", "in")
    is_setup = inv["flow"].astype(str).str.contains("setup", regex=False)
    flows["flow"] = np.select(
        [inv["stage"] == "processing", inv["stage"] == "waste"],
        [np.where(is_setup, t("flow.electricity_setup", lang),
                  t("flow.electricity_cycle", lang)), t("flow.scrap", lang)],
        default=inv["flow"].astype(str))
    leaves = parts[~parts["is_assembly"] & parts["net_kg"].notna()]
    output = pd.DataFrame({
        "row": leaves.index, "part_number": leaves["part_number"], "direction": "out",
        "stage": "product", "flow": t("flow.product", lang),
        "amount": leaves["total_quantity"] * leaves["net_kg"], "unit": "kg"})
    frame = pd.concat([flows, output], ignore_index=True) if not output.empty else flows
    frame["name"] = frame["row"].map(parts["name"]).map(_text)
    frame["total_quantity"] = frame["row"].map(parts["total_quantity"])
    frame["part_number"] = frame["part_number"].map(_text)
    process_rank = {p: i for i, p in enumerate(inv["process"].dropna().unique())}
    order = pd.DataFrame({
        "row": frame["row"], "stage": frame["stage"].map(STAGE_ORDER),
        "process": frame["process"].map(process_rank).fillna(-1),
        "setup": frame["flow"] == t("flow.electricity_setup", lang)})
    frame = frame.loc[order.sort_values(["row", "stage", "process", "setup"],
                                        kind="stable").index]
    return frame.reindex(columns=INVENTORY_COLUMNS).reset_index(drop=True)


# --- interpretation -------------------------------------------------------------------

def _hotspots(m: ReportModel) -> list[str]:
    if m.total <= 0:
        return []
    lines = []
    stage = max(m.stages, key=lambda s: s.kg)
    lines.append(m.t("hot.stage", stage=stage.label, kg=fmt_sig(stage.kg),
                     share=fmt_pct(stage.share)))
    if m.pareto:
        top = m.pareto[0]
        lines.append(m.t("hot.part", part=top.part_number, name=top.name,
                         kg=fmt_sig(top.kg), share=fmt_pct(top.share)))
        n = min(3, len(m.pareto))
        if n > 1:
            lines.append(m.t("hot.top_parts", n=n, share=fmt_pct(m.pareto[n - 1].cumulative)))
        ranked = m.parts["kg_co2e"].sort_values(ascending=False).cumsum() / m.total
        count80 = int((ranked < 0.8 - 1e-12).sum()) + 1
        lines.append(m.t("hot.pareto", n=min(count80, len(ranked)), count=len(ranked)))
    named = m.categories.drop(index="-", errors="ignore")
    if not named.empty:
        cat = named.loc[named["kg_co2e"].idxmax()]
        lines.append(m.t("hot.category", category=cat["name"], kg=fmt_sig(cat["kg_co2e"]),
                         share=fmt_pct(cat["share"]), mass=fmt_sig(cat["mass_kg"])))
    if len(m.categories) > 1:
        top = m.categories.head(3)
        lines.append(m.t("hot.categories", items=("、" if m.lang == "ja" else ", ").join(
            f"{name} {fmt_pct(share)}" for name, share in zip(top["name"], top["share"],
                                                              strict=True))))
    if not m.processes.empty and m.processes["kwh"].max() > 0:
        name = m.processes["kwh"].idxmax()
        proc = m.processes.loc[name]
        lines.append(m.t("hot.process", process=name, kwh=fmt_sig(proc["kwh"]),
                         kg=fmt_sig(proc["kg_co2e"]), share=fmt_pct(proc["share"])))
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
    lines += [m.t(k) for k in ("lim.overhead", "lim.transport", "lim.masses",
                               "lim.uncertainty", "lim.boundary", "lim.verification")]
    return lines
