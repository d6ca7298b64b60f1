"""The report's uncertainty section (issue 14): what `templates/_uncertainty.html.j2`
shows when the result has a Monte Carlo (`cfp calc --uncertainty N --report html`):
the statistics of the total and the stages, a histogram, the variance ranking, the
tornado of the one-at-a-time sensitivity and the next-best-data actions."""

from __future__ import annotations

from typing import Any

from . import charts
from .text import t

#: rows of the variance ranking and of the advice in the report
ROWS = 10


def view(result: Any, lang: str) -> dict[str, Any] | None:
    u = getattr(result, "uncertainty", None)
    if u is None:
        return None
    counts, edges = u.histogram
    total = u.total
    marks = [(u.static_total, f"{t('label.unc.static', lang)} {u.static_total:.4g}"),
             (total.p2_5, f"2.5% {total.p2_5:.4g}"), (total.p97_5, f"97.5% {total.p97_5:.4g}")]
    stats = [{"label": t("h.total", lang), "static": u.static_total, **total.to_dict()}]
    stats += [{"label": t(f"stage.{key}", lang), "static": result.stages().get(key, 0.0),
               **s.to_dict()} for key, s in u.stages.items()]
    pct = f"{u.sensitivity_pct:g}"
    oat = [i for i in u.sensitivity if i["kind"] != "energy_basis"]
    basis = [i for i in u.sensitivity if i["kind"] == "energy_basis"]
    bars = [(_sens_name(result, i, lang), i["low"], i["high"]) for i in oat]
    bars += [(_sens_name(result, i, lang), i["measured"], i["estimated"]) for i in basis]
    from ..aggregate.advice import action_text, advice_of

    advice = advice_of(result, ROWS)

    return {
        "run": t("label.unc.run", lang, iterations=f"{u.iterations:,}", seed=u.seed),
        "stats": stats,
        "histogram": charts.histogram(counts.tolist(), edges.tolist(), marks,
                                      t("label.unc.histogram", lang), "kg-CO2e"),
        "contributors": [{**c, "flow": flow_name(result, c, lang)}
                         for c in u.contributors[:ROWS]],
        "pct": pct,
        "sensitivity": [{"name": name, "low": lo, "high": hi} for name, lo, hi in bars],
        "tornado": charts.tornado(bars, u.static_total, t("label.sens.title", lang, pct=pct),
                                  t("label.sens.low", lang, pct=pct),
                                  t("label.sens.high", lang, pct=pct)) if bars else None,
        "advice": [{**a, "text": action_text(a, lang, result)} for a in advice.actions],
        "advice_method": t("label.adv.method", lang, iterations=f"{advice.iterations:,}",
                           seed=advice.seed),
    }


def _sens_name(result: Any, item: dict[str, Any], lang: str) -> str:
    """An input of the sensitivity: a process by its name, a factor by its display name."""
    name = item["name"]
    if item["kind"] in ("factor", "electricity_factor"):
        name = result.factor_name(name, lang)
    return t(f"label.sens.{item['kind']}", lang, name=name)


def flow_name(result: Any, line: dict[str, Any], lang: str) -> str:
    """A line of the variance ranking as the inventory annex names its flow: a material
    by its grade, a processing flow by carrier and kind (電力(加工), not the inventory's
    `electricity (cycle)`), a fuel by its factor's name."""
    from ..aggregate.lci import flow_label
    from .model import flow_text

    label = flow_label(str(line["flow"]), str(line["stage"]))
    if label is None:
        return str(line["flow"])
    return flow_text(label, lang, result) or str(line["flow"])


def xlsx_sheet(m: Any) -> Any:
    """The workbook's Uncertainty sheet (render/xlsx.py EXTRA_SHEETS): the statistics,
    the variance ranking, the sensitivity and the advice."""
    from .xlsx import KG, PCT, ExtraSheet

    u = m.uncertainty
    if u is None:
        return None
    lang = m.lang

    def write(s: Any) -> None:
        s.header([t("h.stage", lang), t("label.unc.static", lang), t("label.unc.mean", lang),
                  t("label.unc.median", lang), t("label.unc.sd", lang), "2.5%", "97.5%"])
        for row in u["stats"]:
            s.append([row["label"], *(s.cell(row[k], fmt=KG) for k in (
                "static", "mean", "median", "sd", "p2_5", "p97_5"))])
        s.append([u["run"]])
        s.append([])
        s.append([s.cell(t("label.unc.contributors", lang))])
        s.header([t("h.row", lang), t("h.part_number", lang), t("h.stage", lang),
                  t("h.flow", lang), t("h.factor_key", lang), t("label.unc.variance_share", lang),
                  t("label.unc.factor_part", lang), t("label.unc.amount_part", lang)])
        for c in u["contributors"]:
            s.append([c["row"], c["part_number"], t(f"stage.{c['stage']}", lang), c["flow"],
                      c["factor_key"], s.cell(c["variance_share"], fmt=PCT),
                      s.cell(c["factor_share"], fmt=PCT), s.cell(c["amount_share"], fmt=PCT)])
        s.append([])
        s.append([s.cell(t("label.sens.title", lang, pct=u["pct"]))])
        s.header([t("label.sens.input", lang), t("label.sens.low", lang, pct=u["pct"]),
                  t("label.sens.high", lang, pct=u["pct"])])
        for item in u["sensitivity"]:
            s.append([item["name"], s.cell(item["low"], fmt=KG), s.cell(item["high"], fmt=KG)])
        s.append([])
        s.append([s.cell(t("label.adv.title", lang))])
        s.header(["#", t("label.adv.action", lang), t("label.adv.narrowing", lang), "%",
                  t("label.adv.interval_after", lang), ""])
        for i, a in enumerate(u["advice"], start=1):
            s.append([i, a["text"], s.cell(a["narrowing_kg"], fmt=KG),
                      s.cell(a["narrowing_pct"], fmt=PCT), s.cell(a["interval_after"][0], fmt=KG),
                      s.cell(a["interval_after"][1], fmt=KG)])
        s.append([u["advice_method"]])

    return ExtraSheet(t("label.unc.title", lang)[:31], [34, 18, 14, 14, 14, 14, 14, 14], write)
