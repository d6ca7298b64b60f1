"""HTML rendering of the study report and the CFP sheet.

One Jinja environment, autoescaped (BOM cells are untrusted: a part name `<script>` is
printed as text). The HTML files are self-contained (CSS and SVG charts inline, no
scripts, no external resources). The PDFs show the same content, typeset by Typst from
the same model, charts and labels (lca/render/pdf.py, pdf_content.py).
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from . import charts as charts
from .model import (
    ReportModel,
    annex_columns,
    column_header,
    column_kind,
    fmt_factor,
    fmt_pct,
    fmt_sig,
)

#: Rows of the inventory, part and factor tables in the HTML; the xlsx has all of them.
#: Above this a browser slows down. (The PDF shows fewer: pdf_content.PDF_ROWS.)
HTML_ROW_CAP = 500

SCREEN_FONTS = ('"Noto Sans CJK JP", "Noto Sans JP", "Hiragino Sans", '
                '"Hiragino Kaku Gothic ProN", "Yu Gothic UI", "Yu Gothic", Meiryo, '
                'system-ui, sans-serif')


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    folder = Path(str(resources.files("cfp.templates")))
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(folder), autoescape=True,
        undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
        keep_trailing_newline=True)
    env.filters["sig"] = fmt_sig
    env.filters["pct"] = fmt_pct
    env.filters["factor"] = fmt_factor
    # clip(width_em): cut long BOM text with an ellipsis (CJK characters count as 1 em)
    env.filters["clip"] = lambda text, width: charts.clip(str(text), width, 1.0)
    return env


def _font_css() -> tuple[Markup, str]:
    """(CSS to prepend, font-family stack): ours, marked safe so that quotes stay CSS
    quotes."""
    return Markup(f"html {{ font-family: {SCREEN_FONTS}; }}"), SCREEN_FONTS


def _records(rows: Iterable[Any]) -> list[dict[str, Any]]:
    """Rows of the model's tables (dataclasses) as dicts for the templates: the fields,
    with `stages` spread out so that a template reads `c[s.key]`; NaN -> None."""
    out = []
    for row in rows:
        record = {k: v for k, v in vars(row).items() if k != "stages"} \
            if dataclasses.is_dataclass(row) else dict(row)
        record.update(getattr(row, "stages", {}))
        out.append({k: None if isinstance(v, float) and math.isnan(v) else v
                    for k, v in record.items()})
    return out


def _charts(m: ReportModel) -> dict[str, charts.Chart]:
    top = max(m.stages, key=lambda s: s.kg)
    stage_rows = [(s.key, s.label, s.kg, s.share, f"{fmt_sig(s.kg)} kg-CO2e  ({fmt_pct(s.share)})")
                  for s in m.stages]
    categories = [(str(c["name"]), {s.key: float(c[s.key]) for s in m.stages},
                   f"{fmt_sig(c['kg_co2e'])}  ({fmt_pct(c['share'])})")
                  for c in _records(m.categories[:20])]
    return {
        "stages": charts.stage_bars(stage_rows, m.t("sec.by_stage")),
        "donut": charts.donut([(s.key, s.kg) for s in m.stages], fmt_pct(top.share),
                              top.label, m.t("sheet.breakdown")),
        "pareto": charts.pareto([(p.part_number, p.kg, p.cumulative) for p in m.pareto],
                                m.t("sec.pareto"), "kg-CO2e", m.t("h.cumulative")),
        "categories": charts.stacked_bars(categories, {s.key: s.label for s in m.stages},
                                          m.t("sec.by_category")),
    }


def _inventory_rows(m: ReportModel) -> list[dict[str, Any]]:
    """The annex's first rows; `first` marks the first row of each BOM row."""
    rows = m.inventory.records(HTML_ROW_CAP)
    previous = None
    for row in rows:
        row["first"] = row["row"] != previous
        previous = row["row"]
    return rows


def _inventory_columns(m: ReportModel) -> list[dict[str, Any]]:
    """The annex's columns (from the inventory schema): name, header, numeric."""
    return [{"name": name, "label": column_header(name, m.lang),
             "numeric": column_kind(name) != "text"} for name in annex_columns()]


def _part_rows(m: ReportModel) -> list[dict[str, Any]]:
    """The parts shown: all of them, or the HTML_ROW_CAP largest, in BOM order."""
    if len(m.parts) <= HTML_ROW_CAP:
        return [m.parts.record(i) for i in range(len(m.parts))]
    largest = m.parts.sums.ranking(HTML_ROW_CAP).index
    return [m.parts.record(i) for i in sorted(largest.tolist())]


def render_report(m: ReportModel) -> str:
    """The study report as one self-contained HTML page."""
    font_css, font = _font_css()
    return environment().get_template("report.html.j2").render(
        m=m, t=m.t, font_css=font_css, font=font, charts=_charts(m),
        parts=_part_rows(m), parts_capped=len(m.parts) > HTML_ROW_CAP,
        categories=_records(m.categories), processes=_records(m.processes),
        factors=m.factors[:HTML_ROW_CAP], factors_capped=len(m.factors) > HTML_ROW_CAP,
        inventory=_inventory_rows(m), inventory_columns=_inventory_columns(m),
        inventory_capped=len(m.inventory) > HTML_ROW_CAP)


def render_sheet(m: ReportModel) -> str:
    """The one-page customer CFP sheet as a self-contained HTML page."""
    font_css, font = _font_css()
    return environment().get_template("sheet.html.j2").render(
        m=m, t=m.t, font_css=font_css, font=font, charts=_charts(m))
