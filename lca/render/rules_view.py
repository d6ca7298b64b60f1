"""What the reports show of the rule profile (issue 14): its name and file hash, the
emission cut-off per stage with the excluded items' estimates, the scrap allocation and
any recycling credit (always labelled, never in the total).

`view(result, lang)` is `ReportModel.rules`, used by templates/_rules.html.j2 (study
report, CFP sheet) and `xlsx_sheet` (the workbook's Rules sheet, via
`xlsx.EXTRA_SHEETS`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .text import LABELS, t

#: the file of a built-in profile in the result (`read.rules.load_profile`)
BUILTIN_PREFIX = "built-in:"
STAGE_KEYS = ("materials", "transport", "processing", "waste")


@dataclass
class StageCheck:
    key: str
    label: str
    included: float
    excluded: float
    with_excluded: float
    share: float  # 0-1
    items: int
    within: bool
    not_estimated: int


@dataclass
class RulesView:
    name: str
    file: str
    sha256: str
    origin: str  # label in the model's language
    description: str
    guideline: str
    limit_pct: float
    basis: str  # "stage" | "total"
    stages_out: list[str]
    checks: list[StageCheck]
    total_without: float
    total_with: float
    excluded: list[dict[str, object]]  # the items with their estimate and share
    allocation: str  # "cut_off" | "eol_recycling"
    recycling_rate_pct: float | None
    credit: float | None
    total_with_credit: float | None
    credit_lines: list[dict[str, object]] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)  # cut-off rules not met, as facts
    quality_failures: list[str] = field(default_factory=list)  # data-quality rules not met
    file_label: str = ""  # the file as a reader of the language reads it ("built-in")
    line: str = ""  # the profile, its file and hash in one line (CFP sheet)
    trace: str = ""  # the profile, its file and who chose it (traceability)
    exempted: str = ""  # the exclusions' share, as the PACT export says it (F2)
    split: Any = None  # `pact.SplitTotals`: fossil, biogenic, packaging, GWP sets (F5)


def view(result: Any, lang: str) -> RulesView | None:
    rules, emissions = result.rules, result.cut_off_emissions
    if not rules or not emissions:
        return None
    from .pact import split_totals

    r = _profile_view(result, rules, emissions, lang)
    r.split = split_totals(result)
    r.file_label = file_label(r.file, lang)
    r.line = t("rules.line", lang, name=r.name, file=r.file_label, sha=f"{r.sha256[:16]}…")
    r.trace = t("rules.trace", lang, name=r.name, file=r.file_label, origin=r.origin)
    return r


def file_label(file: str, lang: str) -> str:
    """A profile's file for reading: a built-in one (`built-in:NAME`, the JSON's
    identifier) as cfp's own, a user's file as given."""
    return t("rules.builtin_file", lang) if file.startswith(BUILTIN_PREFIX) else file


def profile_text(rules: dict[str, object], field_name: str, lang: str) -> str:
    """A profile's `description` or `guideline` in `lang`: a built-in profile's from the
    catalogue (`rules.builtin.NAME.FIELD`; tests/test_rules.py checks the English text is
    the TOML file's), a user's profile's as written in its file."""
    key = f"rules.builtin.{rules['name']}.{field_name}"
    if str(rules.get("file", "")) == f"{BUILTIN_PREFIX}{rules['name']}" and key in LABELS:
        return t(key, lang)
    return str(rules.get(field_name) or "")


def _profile_view(result: Any, rules: dict[str, Any], emissions: dict[str, Any],
                  lang: str) -> RulesView:
    allocation = result.allocation or {"scrap": "cut_off"}
    basis = str(emissions["basis"])
    checks_of = {"total": emissions["total"]} if basis == "total" else emissions["stages"]
    checks = [StageCheck(
        key, t(f"stage.{key}", lang) if key in STAGE_KEYS else t("rules.basis_total", lang),
        float(c["included_kg_co2e"]), float(c["excluded_kg_co2e"]),
        float(c["with_excluded_kg_co2e"]), float(c["share_pct"]) / 100, int(c["excluded_items"]),
        bool(c["within"]), int(c["not_estimated"])) for key, c in checks_of.items()]
    excluded = [{**e, "stage_label": t(f"stage.{e.get('stage', 'materials')}", lang),
                 "reason_label": t(f"reason.{e.get('reason')}", lang),
                 "share": None if e.get("share_pct") is None else float(e["share_pct"]) / 100}
                for e in result.excluded]
    return RulesView(
        name=str(rules["name"]), file=str(rules["file"]), sha256=str(rules["sha256"]),
        origin=t(f"rules.origin.{rules['origin']}", lang),
        description=profile_text(rules, "description", lang),
        guideline=profile_text(rules, "guideline", lang),
        limit_pct=float(emissions["threshold_pct"]), basis=basis,
        stages_out=[t(f"stage.{s}", lang) for s in STAGE_KEYS if s not in rules["stages"]],
        checks=checks, total_without=float(emissions["total_without_excluded_kg_co2e"]),
        total_with=float(emissions["total_with_excluded_kg_co2e"]), excluded=excluded,
        allocation=str(allocation["scrap"]),
        recycling_rate_pct=allocation.get("recycling_rate_pct"),
        credit=allocation.get("credit_kg_co2e"),
        total_with_credit=allocation.get("total_with_credit_kg_co2e"),
        credit_lines=list(allocation.get("credit_lines") or []),
        failures=[t(f"{key}.doc", lang, **params) for key, params in result.rule_failures
                  if _is_cutoff(key)],
        quality_failures=[t(f"{key}.doc", lang, **params)
                          for key, params in result.rule_failures if not _is_cutoff(key)],
        exempted=exempted_text(result, lang) if result.excluded
        or any(f.exempted_percent > 0 for f in result.supplier_pcfs) else "")


def exempted_text(result: Any, lang: str) -> str:
    """The exclusions' share of the footprint and what they are: the PACT export's
    exemptedEmissionsPercent and exemptedEmissionsDescription, in the report's words."""
    from .pact import _decimal
    from .pact_rules import exempted

    percent, description = exempted(result, _decimal, lang)
    return t("rules.text.exempted", lang, percent=percent, description=description)


def _is_cutoff(key: str) -> bool:
    """A failure of the emission cut-off (the others are data-quality requirements)."""
    return key.split(".")[1].startswith("cutoff")


def xlsx_sheet(m: Any) -> Any:
    """The workbook's Rules sheet: the profile, the cut-off check, the allocation and
    what the footprint is made of (the split)."""
    from .xlsx import ExtraSheet

    r: RulesView | None = m.rules
    if r is None:
        return None
    lang = m.lang

    def write(s: Any) -> None:
        _write_profile(s, r, lang)
        _write_cutoff(s, r, lang)
        _write_allocation(s, r, lang)
        _write_split(s, r, lang)

    return ExtraSheet(t("rules.sheet", lang), [30, 22, 22, 28, 16, 12], write,
                      freeze_header=False)


def _write_profile(s: Any, r: RulesView, lang: str) -> None:
    """The Rules sheet's profile rows: name, file, hash, origin, guideline."""
    s.append([s.cell(t("rules.profile", lang)), r.name])
    s.append([s.cell(t("rules.file", lang)), r.file_label])
    s.append([s.cell("SHA-256"), r.sha256])
    s.append([s.cell(t("rules.origin", lang)), r.origin])
    if r.guideline:
        s.append([s.cell(t("rules.guideline", lang)), r.guideline])


def _write_cutoff(s: Any, r: RulesView, lang: str) -> None:
    """The Rules sheet's cut-off check: per stage, the totals, the excluded items."""
    from .xlsx import KG, PCT

    s.append([])
    s.append([s.cell(t("rules.cutoff_title", lang, limit=f"{r.limit_pct:g}%"))])
    s.header([t("h.stage", lang), t("rules.h.included", lang),
              t("rules.h.excluded", lang), t("rules.h.share", lang),
              t("rules.h.within", lang)])
    for c in r.checks:
        s.append([c.label, s.cell(c.included, fmt=KG), s.cell(c.excluded, fmt=KG),
                  s.cell(c.share, fmt=PCT),
                  t("rules.yes" if c.within else "rules.no", lang)])
    s.append([t("rules.total_without", lang), s.cell(r.total_without, fmt=KG)])
    s.append([t("rules.total_with", lang), s.cell(r.total_with, fmt=KG)])
    if r.excluded:
        s.append([])
        s.header([t("h.part_number", lang), t("h.stage", lang), t("h.reason", lang),
                  t("rules.h.proxy", lang), t("rules.h.estimate", lang),
                  t("rules.h.share", lang)])
        for e in r.excluded:
            s.append([e.get("part_number"), e["stage_label"], e["reason_label"],
                      e.get("proxy"), s.cell(e.get("estimated_kg_co2e"), fmt=KG),
                      s.cell(e["share"], fmt=PCT)])


def _write_allocation(s: Any, r: RulesView, lang: str) -> None:
    """The Rules sheet's allocation, recycling credit and failed requirements."""
    from .model import fmt_sig
    from .xlsx import KG

    s.append([])
    s.append([s.cell(t("sec.allocation", lang)), t(f"rules.alloc.{r.allocation}", lang)])
    if r.credit is not None:
        s.append([t("rules.credit", lang), s.cell(r.credit, fmt=KG)])
        s.append([t("rules.total_with_credit", lang), s.cell(r.total_with_credit, fmt=KG)])
        for line in r.credit_lines:
            s.append([line["part_number"], line["material"],
                      f"{fmt_sig(line['scrap_kg'])} kg", s.cell(line["kg_co2e"], fmt=KG)])
    for text in r.failures:
        s.append([s.cell(text, wrap=True)])


def _write_split(s: Any, r: RulesView, lang: str) -> None:
    """The Rules sheet's split: the product totals of the inventory's fossil, biogenic
    and packaging columns (`pact.split_totals`, the PACT export's figures before its
    rounding), each beside the PACT field it is."""
    from .xlsx import KG

    split = r.split
    s.append([])
    s.append([s.cell(t("rules.split_title", lang))])
    s.header([t("rules.h.split", lang), t("rules.h.kg", lang), t("rules.h.pact", lang)])
    for key, value, name in (("excluding", split.excluding, "pcfExcludingBiogenicUptake"),
                             ("fossil", split.fossil, "fossilGhgEmissions"),
                             ("including", split.including, "pcfIncludingBiogenicUptake")):
        s.append([t(f"rules.split.{key}", lang), s.cell(value, fmt=KG), name])
    s.append([t("rules.split.packaging_included", lang),
              t("rules.yes" if split.packaging_included else "rules.no", lang),
              "packagingEmissionsIncluded"])
    if split.packaging_included:
        packaging = s.cell(split.packaging, fmt=KG) if split.packaging is not None \
            else t("rules.split.packaging_unknown", lang)
        s.append([t("rules.split.packaging", lang), packaging, "packagingGhgEmissions"])
    s.append([t("rules.split.gwp_sets", lang), ", ".join(split.gwp_sets),
              "ipccCharacterizationFactors"])
    s.append([t("rules.split.note", lang)])
