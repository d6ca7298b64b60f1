"""HTML and PDF rendering of the study report and the CFP sheet.

One Jinja environment, autoescaped (BOM cells are untrusted: a part name `<script>` is
printed as text). The HTML files are self-contained (CSS and SVG charts inline, no
scripts, no external resources). The PDF is the same HTML laid out by WeasyPrint with
the pip-installed Noto Sans CJK JP font embedded, so Japanese renders on a machine with
no fonts installed; WeasyPrint may fetch nothing but those font files.
"""

from __future__ import annotations

import math
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
import pandas as pd
from markupsafe import Markup

from . import charts as charts
from .model import ReportModel, fmt_factor, fmt_pct, fmt_sig

#: Rows of the inventory, part and factor tables in the HTML; the xlsx has all of them.
#: Above this a browser slows down and the PDF grows by hundreds of pages.
HTML_ROW_CAP = 500

SCREEN_FONTS = ('"Noto Sans CJK JP", "Noto Sans JP", "Hiragino Sans", '
                '"Hiragino Kaku Gothic ProN", "Yu Gothic UI", "Yu Gothic", Meiryo, '
                'system-ui, sans-serif')
PDF_FONT = "CFP Noto Sans JP"


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


def pdf_font_files() -> dict[int, Path]:
    """weight -> font file of the pip-installed Noto Sans CJK JP (regular and bold)."""
    import noto_cjk_sans_jp_bold
    import noto_cjk_sans_jp_regular

    return {400: Path(str(noto_cjk_sans_jp_regular.FONT_PATH)),
            700: Path(str(noto_cjk_sans_jp_bold.FONT_PATH))}


def _font_css(pdf: bool) -> tuple[Markup, str]:
    """(CSS to prepend, font-family stack) for the browser or the PDF variant. The CSS is
    ours (file URIs are percent-encoded), marked safe so that quotes stay CSS quotes."""
    if not pdf:
        return Markup(f"html {{ font-family: {SCREEN_FONTS}; }}"), SCREEN_FONTS
    faces = "".join(
        f'@font-face {{ font-family: "{PDF_FONT}"; src: url("{path.as_uri()}"); '
        f"font-weight: {weight}; }}\n" for weight, path in pdf_font_files().items())
    stack = f'"{PDF_FONT}", sans-serif'
    return Markup(f"{faces}html {{ font-family: {stack}; }}"), stack


def _records(frame: pd.DataFrame, limit: int | None = None) -> list[dict[str, Any]]:
    """Rows as dicts for the template (NaN -> None), index as `index`."""
    if limit is not None:
        frame = frame.head(limit)
    rows = []
    for index, row in zip(frame.index, frame.to_dict("records"), strict=True):
        clean = {k: (None if isinstance(v, float) and math.isnan(v) else v)
                 for k, v in row.items()}
        clean["index"] = index
        rows.append(clean)
    return rows


def _charts(m: ReportModel) -> dict[str, charts.Chart]:
    top = max(m.stages, key=lambda s: s.kg)
    stage_rows = [(s.key, s.label, s.kg, s.share, f"{fmt_sig(s.kg)} kg-CO2e  ({fmt_pct(s.share)})")
                  for s in m.stages]
    categories = [(str(c["name"]), {s.key: float(c[s.key]) for s in m.stages},
                   f"{fmt_sig(c['kg_co2e'])}  ({fmt_pct(c['share'])})")
                  for c in _records(m.categories, 20)]
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
    rows = _records(m.inventory, HTML_ROW_CAP)
    previous = None
    for row in rows:
        row["first"] = row["row"] != previous
        previous = row["row"]
    return rows


def render_report(m: ReportModel, pdf: bool = False) -> str:
    """The study report as one self-contained HTML page (the PDF variant embeds fonts)."""
    font_css, font = _font_css(pdf)
    parts = m.parts
    parts_capped = len(parts) > HTML_ROW_CAP
    if parts_capped:  # the largest parts, shown in BOM order
        parts = parts.loc[parts["kg_co2e"].nlargest(HTML_ROW_CAP).index].sort_index()
    return environment().get_template("report.html.j2").render(
        m=m, t=m.t, font_css=font_css, font=font, charts=_charts(m),
        parts=parts, parts_capped=parts_capped,
        factors=m.factors[:HTML_ROW_CAP], factors_capped=len(m.factors) > HTML_ROW_CAP,
        inventory=_inventory_rows(m), inventory_capped=len(m.inventory) > HTML_ROW_CAP)


def render_sheet(m: ReportModel, pdf: bool = False) -> str:
    """The one-page customer CFP sheet as a self-contained HTML page."""
    font_css, font = _font_css(pdf)
    return environment().get_template("sheet.html.j2").render(
        m=m, t=m.t, font_css=font_css, font=font, charts=_charts(m))


def html_to_pdf(html: str) -> bytes:
    """Lay out `html` on A4 pages with WeasyPrint (metadata from its <meta> tags)."""
    try:
        from weasyprint import HTML
        from weasyprint.urls import URLFetcher
    except OSError as error:  # pango/harfbuzz missing: say how to get them
        from ..errors import CfpError

        raise CfpError(
            f"PDF output needs the pango libraries ({error}). On Debian/Ubuntu run "
            "`make system-deps` (apt-get install libpango-1.0-0 libpangoft2-1.0-0 "
            "libharfbuzz-subset0).") from error

    allowed = {path.as_uri() for path in pdf_font_files().values()}

    class FontsOnly(URLFetcher):  # type: ignore[misc]
        """Fetch the embedded fonts and nothing else: no network, no local files."""

        def fetch(self, url: str, headers: object = None) -> object:
            if url not in allowed:
                raise ValueError(f"cfp reports load no external resources: {url}")
            return super().fetch(url, headers)

    document = HTML(string=html, url_fetcher=FontsOnly(allowed_protocols=("file",)))
    return bytes(document.write_pdf())
