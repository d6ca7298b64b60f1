"""What the PDF study report and CFP sheet show: the report model as plain JSON data.

`report_data(m)` and `sheet_data(m)` walk the same `ReportModel` as the HTML templates
(report.html.j2, sheet.html.j2) in the same order, with the same labels (`m.t`) and
number formats, and return dicts of strings, lists and numbers only. The Typst templates
(templates/report.typ, templates/sheet.typ) lay them out: they receive this data as one
JSON string and show every string as text, so nothing from a BOM is ever read as Typst
markup. The report is a list of blocks (heading, paragraph, table, chart...); a table
cell is a string or a dict {"t": text, plus style keys: "sw" swatch colour, "tag" data
type badge, "sub" small second line, "b" bold, "small", "mono", "muted", "indent",
"span" columns}.

The PDF's long tables summarise, pointing to the workbook for every row: annex A shows
its first rows (ending with a whole BOM row), 3.5 the parts of the Pareto chart and 2.4
the first factors; the HTML keeps up to `html.HTML_ROW_CAP` rows of each.
"""

from __future__ import annotations

import re
from typing import Any

from .model import ReportModel, fmt_factor, fmt_pct, fmt_sig

#: Rows of the long tables in the PDF (the HTML shows up to HTML_ROW_CAP).
PDF_ROWS = {"inventory": 12, "factors": 30}
#: Width of the text of a portrait / landscape page in pt (A4 less the margins).
PORTRAIT_PT, LANDSCAPE_PT = 180 / 25.4 * 72, 269 / 25.4 * 72
#: Controls, bidi embeddings/overrides/isolates and lone surrogates: shown as their Python
#: escape (as on the terminal, cli/common.py), so a BOM cell cannot reorder or hide text.
_INVISIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f"
                        "\u2028-\u202e\u2066-\u2069\ud800-\udfff]")
_SPACE = re.compile("[\t\n\r]")

Cell = str | dict[str, Any]


def visible(text: str) -> str:
    """`text` with line breaks and tabs as spaces (as HTML shows them) and invisible
    characters as escapes (`\\u202e`)."""
    text = _SPACE.sub(" ", text)
    return _INVISIBLE.sub(lambda c: c.group().encode("unicode_escape").decode("ascii"), text)


def clean(value: Any) -> Any:
    """`value` (dicts, lists, strings, numbers) with every string made `visible`."""
    if isinstance(value, str):
        return visible(value)
    if isinstance(value, dict):
        return {k: clean(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [clean(v) for v in value]
    return value


def _g(obj: Any, name: str) -> Any:
    """`obj.name` or `obj[name]`, as a Jinja template reads either."""
    return obj[name] if isinstance(obj, dict) else getattr(obj, name)


def _s(value: Any) -> str:
    return "" if value is None else str(value)


def when(m: ReportModel, seconds: bool = False) -> str:
    """The creation time as the HTML prints it (the `when` macro of _time.html.j2)."""
    from .html import environment

    macro = environment().get_template("_time.html.j2").module.when  # type: ignore[attr-defined]
    return str(macro(m.created, m.lang, seconds))


def svg(chart: Any, max_pt: float = PORTRAIT_PT) -> dict[str, Any]:
    """A chart block: the SVG the HTML inlines (the _charts.html.j2 macro, every text
    escaped) and its width in pt (1 px = 0.75 pt, at most the text width)."""
    from .html import environment

    macro = environment().get_template("_charts.html.j2").module.svg  # type: ignore[attr-defined]
    return {"k": "svg", "svg": str(macro(chart, "Noto Sans CJK JP")),
            "width": round(min(float(chart.width) * 0.75, max_pt), 2)}


# --- blocks -----------------------------------------------------------------------------

def h(level: int, text: str, id: str | None = None) -> dict[str, Any]:  # noqa: A002
    return {"k": "h", "level": level, "text": text, **({"id": id} if id else {})}


def p(text: str, style: str = "") -> dict[str, Any]:
    """A paragraph; style "lead" keeps it with what follows, "callout", "note" boxed
    ("note lead": both)."""
    return {"k": "p", "text": text, "style": style}


def col(header: str, num: bool = False) -> dict[str, Any]:
    return {"h": header, "num": num}


def table(cols: list[dict[str, Any]], rows: list[dict[str, Any]], widths: list[float | None]
          | None = None, keep: bool = False, size: float = 8.5, kind: str = "data"
          ) -> dict[str, Any]:
    """A table; `widths` in % of the text width (None: share the rest), `keep`: never
    split across pages. `kind` "kv": a key/value table without a header row."""
    return {"k": "table", "kind": kind, "cols": cols, "rows": rows,
            "widths": widths or [None] * len(cols), "keep": keep, "size": size}


def row(*cells: Cell, cls: str = "") -> dict[str, Any]:
    return {"c": list(cells), "cls": cls}


def c(text: Any, **style: Any) -> Cell:
    return {"t": _s(text), **style} if style else _s(text)


def kv(rows: list[tuple[str, Cell]]) -> dict[str, Any]:
    return table([col(""), col("")], [row(k, v) for k, v in rows], [34, None], keep=True,
                 kind="kv")


def bullets(items: list[str], style: str = "") -> dict[str, Any]:
    return {"k": "list", "items": list(items), "style": style}


def wide(blocks: list[dict[str, Any]]) -> dict[str, Any]:
    """Blocks on landscape pages of their own (the HTML's `section.wide`)."""
    return {"k": "wide", "blocks": blocks}


PAGEBREAK = {"k": "pagebreak"}


def _tag(m: ReportModel, key: Any) -> Cell:
    if not key:
        return ""
    text = m.t(f"dt.{key}") if key in ("primary", "secondary", "proxy") else str(key)
    return c(text, tag=str(key))


# --- the study report -------------------------------------------------------------------

def report_data(m: ReportModel) -> dict[str, Any]:
    """The study report (report.html.j2) as data for templates/report.typ."""
    from .html import _charts

    t = m.t
    title = t("report.title")
    charts = _charts(m)
    blocks = [_cover(m), *_summary(m, charts), _toc(m), PAGEBREAK, *_scope(m), *_data(m),
              wide(_factors(m)), PAGEBREAK, *_results(m, charts), wide(_parts(m)), PAGEBREAK,
              *_interpretation(m)]
    if m.uncertainty:
        blocks.append(wide(_uncertainty(m)))
    if m.scenarios:
        blocks.append(wide(_scenarios(m)))
    blocks += _traceability(m)
    blocks.append(wide(_inventory(m)))
    return clean({
        "lang": m.lang, "title": f"{title} – {m.product}", "author": m.company,
        "running": f"{m.product} – {title}", "date": m.created_date,
        "footer": f"cfp {m.cfp_version}", "blocks": blocks})


def _cover(m: ReportModel) -> dict[str, Any]:
    t = m.t
    return {"k": "cover", "kicker": t("report.subtitle"), "title": t("report.title"),
            "product": m.product, "product_id": f"({m.product_id})" if m.product_id else "",
            "facts": [[t("f.company"), m.company or t("v.not_stated"),
                       t("f.created"), when(m)],
                      [t("f.declared_unit"), m.declared_unit,
                       t("f.reference_period"), m.reference_period or t("v.not_stated")],
                      [t("f.standard"), t("v.standard"), t("f.gwp"), t("v.gwp", set=m.gwp)]]}


def _summary(m: ReportModel, charts: dict[str, Any]) -> list[dict[str, Any]]:
    t = m.t
    cards = [{"label": t("f.total"), "value": fmt_sig(m.total),
              "unit": t("sheet.per", unit=m.declared_unit), "total": True},
             {"label": t("f.pds"), "value": fmt_pct(m.pds),
              "unit": f"{t('f.proxy_share')}: {fmt_pct(m.proxy_share)}"},
             {"label": t("f.boundary"), "text": t("v.boundary"),
              "unit": f"{t('f.measured_share')}: {fmt_pct(m.measured_share)}"}]
    return [h(2, t("sec.summary"), "summary"), {"k": "cards", "cards": cards},
            svg(charts["stages"])]


def _toc(m: ReportModel) -> dict[str, Any]:
    t = m.t
    keys = ("scope", "data", "results", "interpretation", "limitations", "traceability")
    return {"k": "toc", "title": t("toc"),  # numbered by the template, as the HTML's <ol>
            "items": [{"text": t("sec." + key), "id": key} for key in keys],
            "annex": {"text": f"{t('annex', letter='A')} {t('sec.inventory')}",
                      "id": "inventory"}}


def _scope(m: ReportModel) -> list[dict[str, Any]]:
    t = m.t
    out = [h(2, f"1. {t('sec.scope')}", "scope"), h(3, f"1.1 {t('sec.product')}"),
           kv([(t("f.product"), m.product),
               (t("f.product_id"), m.product_id or t("v.not_stated")),
               (t("f.declared_unit"), m.declared_unit),
               (t("f.product_mass"), f"{fmt_sig(m.product_mass)} kg"),
               (t("f.company"), m.company or t("v.not_stated")),
               (t("f.reference_period"), m.reference_period or t("v.not_stated")),
               (t("f.geography"), m.geography or t("v.not_stated"))]),
           p(t("text.declared_unit", unit=m.declared_unit)),
           h(3, f"1.2 {t('sec.goal')}"), p(t("text.goal", product=m.product)),
           h(3, f"1.3 {t('sec.boundary')}"), p(t("text.boundary"), "lead"),
           table([col(t("h.stage")), col(t("h.note"))],
                 [row(c(s.label, sw=s.key), s.description) for s in m.boundary], [22, None],
                 keep=True),
           p(t("text.boundary_out"))]
    return out + _cutoff(m) + _allocation(m)


def _cutoff(m: ReportModel) -> list[dict[str, Any]]:
    t = m.t
    out = [h(3, f"1.4 {t('sec.cutoff')}"), p(t("text.cutoff"), "lead")]
    if m.cutoff_pct is not None:
        share = m.excluded_mass / m.input_mass if m.input_mass > 0 else 0
        out.append(p(t("text.cutoff_rule", limit=fmt_pct(m.cutoff_pct / 100),
                       mass=fmt_sig(m.excluded_mass), share=fmt_pct(share),
                       input_mass=fmt_sig(m.input_mass)), "lead"))
    if m.excluded:
        out.append(table(
            [col(t("h.part_number")), col(t("h.grade")), col(t("h.category")),
             col(t("h.part_mass"), True), col(t("h.reason"))],
            [row(_s(e["part_number"]), _s(e["grade"]), _s(e["category"]),
                 fmt_sig(e["mass_kg"]), _s(e["reason"])) for e in m.excluded],
            [20, 16, 16, 15, None]))
    else:
        out.append(p(t("text.no_exclusions"), "callout"))
    if m.rules:
        out += _rules_cutoff(m, m.rules)
    return out


def _allocation(m: ReportModel) -> list[dict[str, Any]]:
    t = m.t
    out = [h(3, f"1.5 {t('sec.allocation')}"), p(t("text.allocation"))]
    if m.rules:
        r = m.rules
        out.append(p(t("rules.alloc." + r.allocation)))
        if r.credit is not None:
            out.append(p(t("rules.text.credit", rate=fmt_pct((r.recycling_rate_pct or 0) / 100),
                           credit=fmt_sig(r.credit), total=fmt_sig(m.total),
                           net=fmt_sig(r.total_with_credit)), "callout"))
    name = t("text.gwp." + m.gwp) if m.gwp in ("AR5", "AR6") else m.gwp
    out += [h(3, f"1.6 {t('sec.gwp')}"), p(t("text.gwp", set=m.gwp, name=name))]
    return out


def _rules_cutoff(m: ReportModel, r: Any) -> list[dict[str, Any]]:
    """The rules_cutoff macro of _rules.html.j2."""
    t = m.t
    out = [p(t("rules.text.cutoff", profile=r.name, limit=fmt_pct(r.limit_pct / 100),
               basis=t("rules.basis." + r.basis)), "lead")]
    if r.stages_out:
        out.append(p(t("rules.text.stages_out", stages=t("list.sep").join(r.stages_out)),
                     "callout"))
    rows = [row(ch.label, fmt_sig(ch.included), fmt_sig(ch.excluded), fmt_pct(ch.share),
                t("rules.yes") if ch.within else t("rules.no")) for ch in r.checks]
    rows += [row(t("rules.total_without"), fmt_sig(r.total_without), "", "", ""),
             row(t("rules.total_with"), fmt_sig(r.total_with), "", "", "")]
    out.append(table([col(t("h.stage")), col(t("rules.h.included"), True),
                      col(t("rules.h.excluded"), True), col(t("rules.h.share"), True),
                      col(t("rules.h.within"))], rows, keep=True))
    if r.excluded:
        out.append(table(
            [col(t("h.part_number")), col(t("h.stage")), col(t("rules.h.proxy")),
             col(t("rules.h.estimate"), True), col(t("rules.h.share"), True)],
            [row(_s(e["part_number"]), _s(e["stage_label"]), _s(e.get("proxy")) or "–",
                 fmt_sig(e["estimated_kg_co2e"]),
                 fmt_pct(e["share"]) if e["share"] is not None else "–") for e in r.excluded]))
    out += [p(text, "callout") for text in r.failures]
    return out


def _data(m: ReportModel) -> list[dict[str, Any]]:

    t = m.t
    out = [h(2, f"2. {t('sec.data')}", "data"), h(3, f"2.1 {t('sec.data_types')}"),
           p(t("text.data_types"), "lead"),
           {"k": "sharebar", "parts": [{"key": d.key, "share": round(d.share * 100, 2)}
                                       for d in m.data_types if d.share > 0]},
           table([col(t("h.data_type")), col(t("h.kg"), True), col(t("h.share"), True),
                  col(t("h.note"))],
                 [row(c(d.label, sw=d.key), fmt_sig(d.kg), fmt_pct(d.share), d.description)
                  for d in m.data_types], [19, 12, 10, None], keep=True),
           p(t("text.pds", share=fmt_pct(m.pds)))]
    if m.dqi:
        out.append(p(m.dqi))
    out += _supplier_pcfs(m)
    out += [h(3, f"2.2 {t('sec.databases')}"), p(t("text.databases"), "lead"),
            table([col(t("h.source")), col(t("h.origin")), col(t("h.licence")),
                   col(t("h.factor_count"), True), col(t("h.kg"), True), col(t("h.share"), True)],
                  [row(d.source, t("builtin") if d.builtin else t("user_source"),
                       d.licences or "–", str(d.factors), fmt_sig(d.kg), fmt_pct(d.share))
                   for d in m.databases], [34, 16, 16, 8, None, None],
                  keep=len(m.databases) <= 15)]
    out += [p(line) for line in m.electricity]
    return out + _energy(m)


def _supplier_pcfs(m: ReportModel) -> list[dict[str, Any]]:
    t = m.t
    out: list[dict[str, Any]] = []
    if m.supplier_pcfs:
        out += [h(4, t("sec.supplier_pcfs")),
                p(t("text.supplier_pcfs", share=fmt_pct(m.supplier_share)), "lead"),
                table([col(t("h.pcf_company")), col(t("h.pcf_product_id")), col(t("h.pcf_id")),
                       col(t("h.pcf_period")), col(t("h.pcf_primary_share"), True),
                       col(t("h.pcf_quality")), col(t("h.pcf_lines")), col(t("h.kg"), True),
                       col(t("h.pcf_share_total"), True)],
                      [row(_s(f["company"]), c(f["product_id"], small=True),
                           c(f["id"], small=True), c(f["period"], small=True),
                           _s(f["pds"]), c(f["dqr"], small=True), c(f["rows"], small=True),
                           fmt_sig(f["kg_co2e"]), fmt_pct(f["share"]))
                       for f in m.supplier_pcfs], keep=True)]
    return out


def _energy(m: ReportModel) -> list[dict[str, Any]]:
    from .html import _records

    t = m.t
    out = [h(3, f"2.3 {t('sec.energy')}")]
    if m.measured_share is None:
        out.append(p(t("text.energy_none")))
    else:
        out += [p(t("text.energy", share=fmt_pct(m.measured_share)), "lead"),
                table([col(t("h.process")), col(t("h.kwh"), True),
                       col(t("h.measured_kwh"), True), col(t("h.estimated_kwh"), True),
                       col(t("h.measured_share"), True), col(t("h.kg"), True)],
                      [row(_s(x["name"]), fmt_sig(x["kwh"]), fmt_sig(x["measured_kwh"]),
                           fmt_sig(x["estimated_kwh"]), fmt_pct(x["measured_share"]),
                           fmt_sig(x["kg_co2e"])) for x in _records(m.processes)],
                      [28, None, None, None, None, None], keep=True)]
    return out


def _factors(m: ReportModel) -> list[dict[str, Any]]:
    t = m.t
    shown = m.factors[:PDF_ROWS["factors"]]
    rows = [row(c(f.key, sub=f.name) if f.name else f.key, fmt_factor(f.factor),
                t("unit.kg_co2e_per", unit=f.unit),
                _tag(m, f.data_type), c(f.source, sub=f.origin), c(f.reference, small=True),
                c(f.matched_by, small=True), c(f.licence or "–", small=True), str(f.flows),
                fmt_sig(f.kg), c(f.note, small=True)) for f in shown]
    out = [h(3, f"2.4 {t('sec.factors')}"),
           table([col(t("h.factor_key")), col(t("h.factor"), True), col(t("h.factor_unit")),
                  col(t("h.data_type")), col(t("h.source")), col(t("h.reference")),
                  col(t("h.matched_by")), col(t("h.licence")), col(t("h.flows"), True),
                  col(t("h.kg"), True), col(t("h.note"))], rows,
                 [10, 5.5, 7, 6, 14, 14, 6, 7, 4, 5.5, None], size=7.5)]
    if len(shown) < len(m.factors):
        out.append(p(t("text.capped", shown=len(shown), count=len(m.factors),
                       file=m.files["xlsx"]), "note"))
    return out


def _results(m: ReportModel, charts: dict[str, Any]) -> list[dict[str, Any]]:
    from .html import _records

    t = m.t
    stage_rows = [row(c(s.label, sw=s.key), fmt_sig(s.kg), fmt_pct(s.share)) for s in m.stages]
    stage_rows.append(row(t("h.total"), fmt_sig(m.total),
                          fmt_pct(1.0) if m.total > 0 else "–", cls="total"))
    out = [h(2, f"3. {t('sec.results')}", "results"), h(3, f"3.1 {t('sec.by_stage')}"),
           table([col(t("h.stage")), col(t("h.kg"), True), col(t("h.share"), True)],
                 stage_rows, [50, None, None], keep=True),
           h(3, f"3.2 {t('sec.pareto')}"), svg(charts["pareto"]),
           h(3, f"3.3 {t('sec.by_category')}"), {**svg(charts["categories"]), "sticky": True},
           table([col(t("h.category")), col(t("h.mass"), True),
                  *[col(s.label, True) for s in m.stages], col(t("h.kg"), True),
                  col(t("h.share"), True)],
                 [row(_s(x["name"]), fmt_sig(x["mass_kg"]),
                      *[fmt_sig(x[s.key]) for s in m.stages],
                      c(fmt_sig(x["kg_co2e"]), b=True), fmt_pct(x["share"]))
                  for x in _records(m.categories)],
                 [24] + [None] * (len(m.stages) + 3), keep=True)]
    return out + _processes(m)


def _processes(m: ReportModel) -> list[dict[str, Any]]:
    from .html import _records

    t = m.t
    out = [h(3, f"3.4 {t('sec.by_process')}")]
    processes = _records(m.processes)
    if not processes:
        out.append(p(t("text.no_process")))
    else:
        out.append(table([col(t("h.process")), col(t("h.kwh"), True),
                          col(t("h.measured_kwh"), True), col(t("h.estimated_kwh"), True),
                          col(t("h.kg"), True), col(t("h.share"), True)],
                         [row(_s(x["name"]), fmt_sig(x["kwh"]), fmt_sig(x["measured_kwh"]),
                              fmt_sig(x["estimated_kwh"]), c(fmt_sig(x["kg_co2e"]), b=True),
                              fmt_pct(x["share"])) for x in processes],
                         [28, None, None, None, None, None], keep=True))
    scopes = m.processing_scopes
    if scopes:  # issue 15: fuel burnt on site (Scope 1) / bought electricity (Scope 2)
        rows = [row(_s(x["carrier"]), _s(x["scope"]), fmt_sig(x["amount"]), _s(x["unit"]),
                    c(fmt_sig(x["kg_co2e"]), b=True), fmt_pct(x["share"]))
                for x in scopes["rows"]]
        rows += [row(c(t("scope.scope1"), span=4), fmt_sig(scopes["scope1"]), "", cls="total"),
                 row(c(t("scope.scope2"), span=4), fmt_sig(scopes["scope2"]), "", cls="total")]
        out += [h(4, t("sec.processing_scopes")),
                table([col(t("h.energy_carrier")), col(t("h.scope")), col(t("h.amount"), True),
                       col(t("h.unit")), col(t("h.kg"), True), col(t("h.share"), True)],
                      rows, keep=True)]
    return out


def _parts(m: ReportModel) -> list[dict[str, Any]]:
    """3.5: the largest parts (those of the Pareto chart), in BOM order."""
    from .html import _part_rows

    t = m.t
    pareto = {x.part_number for x in m.pareto}
    shown = [x for x in _part_rows(m) if x["part_number"] in pareto]
    out = [h(3, f"3.5 {t('sec.by_part')}")]
    if len(shown) < len(m.parts):
        out.append(p(t("text.parts_capped", shown=len(shown), count=len(m.parts),
                       file=m.files["xlsx"]), "note lead"))
    rows = []
    for x in shown:
        style = {"muted": True, "i": True} if x["is_assembly"] else {}
        rows.append(row(c(x["row"], **style), c(x["level"], **style),
                        c(x["part_number"], indent=6 * 0.75 * min(x["level"], 6), **style),
                        c(x["name"], **style), c(fmt_factor(x["total_quantity"]), **style),
                        c(x["category_name"], **style),
                        *[c(fmt_sig(x[s.key]), **style) for s in m.stages],
                        c(fmt_sig(x["kg_co2e"]), b=True, **style), c(fmt_pct(x["share"]), **style)))
    rows.append(row(c(t("h.total"), span=6), *[fmt_sig(s.kg) for s in m.stages],
                    fmt_sig(m.total), "", cls="total"))
    out.append(table([col(t("h.row"), True), col(t("h.level"), True), col(t("h.part_number")),
                      col(t("h.name")), col(t("h.quantity"), True), col(t("h.category")),
                      *[col(s.label, True) for s in m.stages], col(t("h.kg"), True),
                      col(t("h.share"), True)], rows,
                     [5, 5, 13, 16, 7, 12] + [None] * (len(m.stages) + 2)))
    return out


def _interpretation(m: ReportModel) -> list[dict[str, Any]]:
    t = m.t
    out = [h(2, f"4. {t('sec.interpretation')}", "interpretation"),
           h(3, f"4.1 {t('sec.hotspots')}"), bullets(m.hotspots),
           h(3, f"4.2 {t('sec.quality')}"), bullets(m.quality),
           h(3, f"4.3 {t('sec.warnings')}")]
    out.append(bullets(m.warnings, "warnings") if m.warnings else p(t("text.no_warnings")))
    out += [h(2, f"5. {t('sec.limitations')}", "limitations"), bullets(m.limitations)]
    return out


def _uncertainty(m: ReportModel) -> list[dict[str, Any]]:
    """_uncertainty.html.j2 (issue 14)."""
    t, u = m.t, m.uncertainty
    out = [h(2, t("label.unc.title")), p(u["run"], "lead"),
           table([col(t("h.stage")), col(t("label.unc.static"), True),
                  col(t("label.unc.mean"), True), col(t("label.unc.median"), True),
                  col(t("label.unc.sd"), True), col("2.5%", True), col("97.5%", True)],
                 [row(_s(s["label"]), *[fmt_sig(s[k]) for k in
                                        ("static", "mean", "median", "sd", "p2_5", "p97_5")])
                  for s in u["stats"]], keep=True),
           svg(u["histogram"], LANDSCAPE_PT), p(t("label.unc.histogram"), "muted"),
           h(3, t("label.unc.contributors")),
           table([col(t("h.row"), True), col(t("h.part_number")), col(t("h.stage")),
                  col(t("h.flow")), col(t("h.factor_key")),
                  col(t("label.unc.variance_share"), True),
                  col(t("label.unc.factor_part"), True), col(t("label.unc.amount_part"), True)],
                 [row(_s(_g(x, "row")), _s(_g(x, "part_number")), t("stage." + _g(x, "stage")),
                      _s(_g(x, "flow")) + (f" ({_g(x, 'process')})" if _g(x, "process") else ""),
                      _s(_g(x, "factor_key")), fmt_pct(_g(x, "variance_share")),
                      fmt_pct(_g(x, "factor_share")), fmt_pct(_g(x, "amount_share")))
                  for x in u["contributors"]], keep=True)]
    out += _sensitivity(t, u) + [h(3, t("label.adv.title"))]
    if u["advice"]:
        out += [table([col("#", True), col(t("label.adv.action")),
                       col(t("label.adv.narrowing"), True),
                       col(t("label.adv.interval_after"), True)],
                      [row(str(i), _s(a["text"]),
                           f"{fmt_sig(a['narrowing_kg'])} ({fmt_pct(a['narrowing_pct'])})",
                           f"{fmt_sig(a['interval_after'][0])} – "
                           f"{fmt_sig(a['interval_after'][1])}")
                       for i, a in enumerate(u["advice"], 1)], keep=True),
                p(u["advice_method"], "note")]
    else:
        out.append(p(t("label.adv.none")))
    return out


def _sensitivity(t: Any, u: dict[str, Any]) -> list[dict[str, Any]]:
    """The one-at-a-time table right under its heading, the chart after it: chart and
    table do not fit one page, and the table stood on the next page without its heading."""
    if not u["tornado"]:
        return []
    return [h(3, t("label.sens.title", pct=u["pct"])),
            table([col(t("label.sens.input")), col(t("label.sens.low", pct=u["pct"]), True),
                   col(t("label.sens.high", pct=u["pct"]), True)],
                  [row(_s(s["name"]), fmt_sig(s["low"]), fmt_sig(s["high"]))
                   for s in u["sensitivity"]], keep=True),
            svg(u["tornado"], LANDSCAPE_PT)]


def _scenarios(m: ReportModel) -> list[dict[str, Any]]:
    """_scenarios.html.j2 (issue 15)."""
    t, v = m.t, m.scenarios
    rows = [row(t("scen.base"), fmt_sig(v.base_total), *[fmt_sig(x) for x in v.base_stages],
                "", "", cls="total")]
    rows += [row(c(r.name, sub=" — ".join([r.changes, *r.notes(m.lang)])), fmt_sig(r.total),
                 *[fmt_sig(x) for x in r.stages],
                 f"{r.delta:+.4g}",
                 f"{r.delta_pct * 100:+.1f}%" if r.delta_pct is not None else "")
             for r in v.rows]
    return [h(2, t("scen.section")), p(t("scen.lead"), "lead"),
            table([col(t("scen.name")), col(t("scen.total"), True),
                   *[col(t("stage." + k), True)
                     for k in ("materials", "transport", "processing", "waste")],
                   col(t("scen.delta"), True), col(t("scen.delta_pct"), True)], rows, keep=True)]


def _traceability(m: ReportModel) -> list[dict[str, Any]]:
    t = m.t
    rows: list[tuple[str, Cell]] = [
        (t("f.input_file"), m.input_file), (t("f.sha256"), c(m.input_sha256, mono=True)),
        (t("f.cfp_version"), m.cfp_version),
        (t("f.builtin_sha256"), c(m.builtin_sha256, mono=True))]
    if m.rules:
        rows += [(t("rules.profile"), m.rules.trace),
                 (f"{t('rules.profile')} SHA-256", c(m.rules.sha256, mono=True))]
    rows += [(t("f.created"), when(m, True)), (t("f.gwp"), t("v.gwp", set=m.gwp)),
             (t("f.verification"), t("v.not_verified"))]
    rows += [(f"{t('f.settings')}: {key}", value) for key, value in m.settings]
    return [PAGEBREAK, h(2, f"6. {t('sec.traceability')}", "traceability"), kv(rows)]


def _inventory(m: ReportModel) -> list[dict[str, Any]]:
    """Annex A: the first rows, ending with a whole BOM row."""
    from .html import _inventory_columns, _inventory_rows

    t = m.t
    rows, cap = _inventory_rows(m), PDF_ROWS["inventory"]
    shown = rows
    if len(rows) > cap:
        shown = [r for r in rows[:cap] if r["row"] != rows[cap]["row"]] or rows[:cap]
    out = [h(2, f"{t('annex', letter='A')} {t('sec.inventory')}", "inventory"),
           p(t("text.inventory"), "lead")]
    if len(shown) < len(m.inventory):
        out.append(p(t("text.pdf_capped", shown=len(shown), count=len(m.inventory),
                       file=m.files["xlsx"], csv=m.stem + ".csv"), "note lead"))
    columns = _inventory_columns(m)
    widths = {"row": 3, "direction": 3.5, "unit": 3.5, "part_number": 8, "name": 8, "flow": 9,
              "stage": 5, "mass_basis": 5, "distance_km": 5, "process": 6, "data_type": 6,
              "amount": 6, "factor": 6, "kg_co2e": 6, "factor_unit": 7}
    out.append(table([col(x["label"], x["numeric"]) for x in columns],
                     [row(*[_annex_cell(m, r, x) for x in columns],
                          cls=" ".join([r["direction"] or ""] + (["first"] if r["first"] else [])))
                      for r in shown], [widths.get(x["name"]) for x in columns], size=7.5))
    return out


def _annex_cell(m: ReportModel, r: dict[str, Any], column: dict[str, Any]) -> Cell:
    """One cell of annex A (the annex_cell macro of report.html.j2)."""
    name, t = column["name"], m.t
    v = r[name]
    if name == "row":
        return _s(v)
    if name == "stage":
        return t("stage." + str(v))
    if name == "part_number":
        return _s(v)
    if name == "direction":
        return t("dir." + str(v))
    if name == "flow":
        basis = r.get("energy_basis")
        return c(v, sub=t("basis." + basis)) if basis else _s(v)
    if name in ("amount", "kg_co2e"):
        return fmt_sig(v) if name == "amount" or r.get("factor_key") else ""
    if name == "factor_unit":
        return t("unit.kg_co2e_per", unit=v) if r.get("factor_key") else ""
    if name == "data_type":
        return _tag(m, v)
    if name == "master_origin":
        return c(v or "", small=True, muted=True)
    if column["numeric"]:
        shown = v is not None and (name != "factor" or r.get("factor_key"))
        return fmt_factor(v) if shown else ""
    return "" if v is None else _s(v)


# --- the CFP sheet ----------------------------------------------------------------------

def sheet_data(m: ReportModel) -> dict[str, Any]:
    """The one-page CFP sheet (sheet.html.j2) as data for templates/sheet.typ."""
    from .charts import clip
    from .html import _charts

    t = m.t

    def cut(text: Any, width: float) -> str:
        return clip(str(text), width, 1.0)

    return clean({
        "lang": m.lang, "title": f"{t('sheet.title')} – {m.product}", "author": m.company,
        "band_title": t("sheet.title"), "band_sub": t("sheet.subtitle"),
        "company": cut(m.company, 24), "created": f"{t('f.created')} {m.created_date}",
        "product_label": t("f.product"), "product": cut(m.product, 60),
        "meta": ([[t("f.product_id"), m.product_id]] if m.product_id else [])
        + [[t("f.declared_unit"), m.declared_unit]],
        "total_label": t("f.total"), "total": fmt_sig(m.total),
        "total_unit": t("sheet.per", unit=m.declared_unit),
        "breakdown": t("sheet.breakdown"),
        "stages": [{"key": s.key, "label": s.label, "kg": fmt_sig(s.kg), "share": fmt_pct(s.share)}
                   for s in m.stages],
        "donut": svg(_charts(m)["donut"]),
        "facts_title": t("sheet.facts"), "facts": _sheet_facts(m),
        "suppliers": _sheet_suppliers(m, cut),
        "contributors_title": t("sheet.contributors"),
        "contributors_cols": [col(t("h.rank"), True), col(t("h.part_number")), col(t("h.name")),
                              col(t("h.kg"), True), col(t("h.share"), True)],
        "contributors": [[str(i), cut(x.part_number, 18), cut(x.name, 30), fmt_sig(x.kg),
                          fmt_pct(x.share)] for i, x in enumerate(m.pareto[:5], 1)],
        "note": t("sheet.note"),
        "trace": f"{t('f.input_file')}: {m.input_file} · SHA-256 {m.input_sha256[:16]}… · "
                 f"cfp {m.cfp_version} · {when(m)}"})


def _sheet_facts(m: ReportModel) -> list[list[Any]]:
    t = m.t
    facts: list[list[Any]] = [
        [t("f.boundary"), f"{t('v.boundary')}: "
         + t("list.sep").join(s.label for s in m.boundary)],
        [t("f.standard"), t("v.standard")], [t("f.gwp"), t("v.gwp", set=m.gwp)]]
    if m.rules:
        lines = [m.rules.line]
        if m.rules.credit is not None:
            lines.append(f"{t('rules.credit')}: {fmt_sig(m.rules.credit)}")
        facts.append([t("rules.profile"), {"lines": lines}])
    facts += [[t("f.reference_period"), m.reference_period or t("v.not_stated")],
              [t("f.pds"), {"pds": fmt_pct(m.pds),
                            "bar": [{"key": d.key, "share": round(d.share * 100, 2)}
                                    for d in m.data_types if d.share > 0],
                            "legend": [{"key": d.key, "text": f"{d.label} {fmt_pct(d.share)}"}
                                       for d in m.data_types]}],
              [t("f.measured_share"), fmt_pct(m.measured_share)],
              *([[t("f.excluded"), m.exclusions]] if m.exclusions else []),
              [t("f.company"), m.company or t("v.not_stated")],
              [t("f.verification"), t("v.not_verified")]]
    return facts


def _sheet_suppliers(m: ReportModel, cut: Any) -> dict[str, Any] | None:
    t = m.t
    suppliers = None
    if m.supplier_pcfs:
        suppliers = {
            "title": t("sec.supplier_pcfs"),
            "cols": [col(t("h.pcf_company")), col(t("h.pcf_product_id")), col(t("h.pcf_id")),
                     col(t("h.pcf_period")), col(t("h.pcf_primary_share"), True),
                     col(t("h.pcf_quality")), col(t("h.pcf_share_total"), True)],
            "rows": [[cut(f["company"], 24), cut(f["product_id"], 36), f"{str(f['id'])[:8]}…",
                      _s(f["period"]), _s(f["pds"]), _s(f["dqr"]), fmt_pct(f["share"])]
                     for f in m.supplier_pcfs[:5]],
            "note": t("text.supplier_pcfs", share=fmt_pct(m.supplier_share))}
    return suppliers
