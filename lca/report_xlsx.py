"""The Excel inventory workbook: summary, inventory, breakdowns, factors, native charts.

Numbers are written as numbers (never formatted text) so that a customer can re-sum
them; totals are values, not formulas, so tools that read cached values (pandas,
openpyxl) see them too. Every text cell comes from the BOM or a factor file and is
untrusted: `output.neutralise` stops `=HYPERLINK(...)` from becoming a formula, and
characters that XML cannot hold are dropped. The workbook is written in openpyxl's
write-only mode (a 100,000-row BOM has ~600,000 inventory rows) and then re-zipped with
the pinned time in the document properties and zip entries, so the bytes depend only on
the content.
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import UTC, datetime
from typing import Any

import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.chart import BarChart, LineChart, PieChart, Reference
from openpyxl.chart.label import DataLabelList
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from .output import neutralise
from .report_model import DATA_TYPES, ReportModel, fmt_sig
from .report_text import t

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1D4F73")
TITLE_FONT = Font(bold=True, size=14, color="1D4F73")
BOLD = Font(bold=True)
KG = "#,##0.0000"
PCT = "0.0%"
STAGE_COLORS = ["2B6A99", "7FB3D5", "E8912D", "9C9C8A"]


def safe_text(value: object) -> object:
    """A cell value from untrusted text: no formula, no XML-illegal characters."""
    if isinstance(value, str):
        return neutralise(ILLEGAL_CHARACTERS_RE.sub("", value))
    return value


def _value(value: object) -> object:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return None
    if isinstance(value, np.generic):
        return value.item()
    return safe_text(value)


class SheetWriter:
    """Appends rows to a write-only sheet, counting rows for chart references."""

    def __init__(self, book: Workbook, title: str, widths: list[float]) -> None:
        self.ws = book.create_sheet(title)
        self.row = 0
        for i, width in enumerate(widths, start=1):
            self.ws.column_dimensions[get_column_letter(i)].width = width

    def cell(self, value: object, font: Font | None = None, fmt: str | None = None,
             fill: PatternFill | None = None, wrap: bool = False) -> Cell:
        cell = WriteOnlyCell(self.ws, _value(value))
        if font is not None:
            cell.font = font
        if fill is not None:
            cell.fill = fill
        if fmt is not None:
            cell.number_format = fmt
        if wrap:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        return cell

    def append(self, values: list[Any]) -> int:
        self.ws.append([v if isinstance(v, Cell) else _value(v) for v in values])
        self.row += 1
        return self.row

    def header(self, labels: list[str]) -> int:
        return self.append([self.cell(label, HEADER_FONT, fill=HEADER_FILL) for label in labels])

    def title(self, text: str) -> int:
        return self.append([self.cell(text, TITLE_FONT)])


def workbook_bytes(m: ReportModel) -> bytes:
    """The whole workbook as deterministic .xlsx bytes."""
    book = Workbook(write_only=True)
    _summary(book, m)
    _inventory(book, m)
    _by_stage(book, m)
    _by_part(book, m)
    _by_category(book, m)
    _by_process(book, m)
    _factors(book, m)
    _notes(book, m)
    created = _utc_naive(m.created)
    book.properties.creator = f"cfp {m.cfp_version}"
    book.properties.title = t("xl.title", m.lang, product=m.product)
    book.properties.created = created
    book.properties.modified = created
    buffer = io.BytesIO()
    book.save(buffer)
    return _pin_zip(buffer.getvalue(), created)


def _utc_naive(moment: datetime) -> datetime:
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.replace(microsecond=0)


def _pin_zip(data: bytes, created: datetime) -> bytes:
    """openpyxl stamps 'modified' with now and zip entries with the current time: set
    both to the pinned time."""
    stamp = created.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    date_time = max(created, datetime(1980, 1, 1)).timetuple()[:6]
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                                 rb"\g<1>" + stamp + rb"\g<2>", content)
            member = zipfile.ZipInfo(info.filename, date_time=date_time)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o644 << 16
            dst.writestr(member, content)
    return out.getvalue()


def _axes_visible(chart: Any) -> None:
    """openpyxl >= 3.1 leaves `delete` unset, which recent Excel reads as hidden axes."""
    chart.x_axis.delete = False
    chart.y_axis.delete = False


# --- sheets ---------------------------------------------------------------------------

def _summary(book: Workbook, m: ReportModel) -> None:
    s = SheetWriter(book, t("xl.summary", m.lang), [34, 22, 12, 60])
    s.title(t("xl.title", m.lang, product=m.product))
    s.append([])
    facts: list[tuple[str, object, str | None]] = [
        (t("f.product", m.lang), m.product, None),
        (t("f.product_id", m.lang), m.product_id or None, None),
        (t("f.declared_unit", m.lang), m.declared_unit, None),
        (t("xl.per_unit", m.lang, unit=m.declared_unit), m.total, KG),
        (t("f.pds", m.lang), m.pds, PCT),
        (t("f.proxy_share", m.lang), m.proxy_share, PCT),
        (t("f.measured_share", m.lang), m.measured_share, PCT),
        (t("f.boundary", m.lang), t("v.boundary", m.lang), None),
        (t("f.standard", m.lang), t("v.standard", m.lang), None),
        (t("f.gwp", m.lang), t("v.gwp", m.lang, set=m.gwp), None),
        (t("f.reference_period", m.lang), m.reference_period or t("v.not_stated", m.lang), None),
        (t("f.company", m.lang), m.company or t("v.not_stated", m.lang), None),
        (t("f.verification", m.lang), t("v.not_verified", m.lang), None),
        (t("f.created", m.lang), m.created_iso, None),
        (t("f.input_file", m.lang), m.input_file, None),
        (t("f.sha256", m.lang), m.input_sha256, None),
        (t("f.cfp_version", m.lang), m.cfp_version, None),
    ]
    for label, value, fmt in facts:
        bold = BOLD if fmt == KG else None
        s.append([s.cell(label, BOLD), s.cell(value, bold, fmt)])
    s.append([])
    first = s.header([t("h.stage", m.lang), t("h.kg", m.lang), t("h.share", m.lang)]) + 1
    for stage in m.stages:
        s.append([stage.label, s.cell(stage.kg, fmt=KG), s.cell(stage.share, fmt=PCT)])
    s.append([s.cell(t("h.total", m.lang), BOLD), s.cell(m.total, BOLD, KG)])
    s.ws.add_chart(_stage_pie(s, m, first), "E3")


def _stage_pie(s: SheetWriter, m: ReportModel, first: int) -> PieChart:
    from openpyxl.chart.series import DataPoint

    pie = PieChart()
    pie.title = t("xl.stage_chart", m.lang)
    last = first + len(m.stages) - 1
    pie.add_data(Reference(s.ws, min_col=2, min_row=first - 1, max_row=last),
                 titles_from_data=True)
    pie.set_categories(Reference(s.ws, min_col=1, min_row=first, max_row=last))
    for i, color in enumerate(STAGE_COLORS[:len(m.stages)]):
        point = DataPoint(idx=i)
        point.graphicalProperties.solidFill = color
        pie.series[0].dPt.append(point)
    pie.dataLabels = DataLabelList()
    pie.dataLabels.showPercent = True
    pie.height, pie.width = 8, 12
    return pie


INVENTORY_HEADERS = ["h.row", "h.part_number", "h.name", "h.quantity", "h.direction",
                     "h.stage", "h.flow", "h.process", "h.amount", "h.unit", "h.factor",
                     "h.factor_unit", "h.factor_key", "h.source", "h.reference", "h.origin",
                     "h.data_type", "h.energy_basis", "h.kg"]


def _inventory(book: Workbook, m: ReportModel) -> None:
    widths = [8, 14, 24, 10, 8, 10, 24, 14, 12, 7, 10, 14, 16, 40, 30, 22, 12, 10, 12]
    s = SheetWriter(book, t("xl.inventory", m.lang), widths)
    s.ws.freeze_panes = "A2"
    s.header([t(h, m.lang) for h in INVENTORY_HEADERS])
    frame = _inventory_display(m)
    for values in frame.itertuples(index=False, name=None):
        s.ws.append(values)
    s.row += len(frame)
    s.ws.auto_filter.ref = f"A1:{get_column_letter(len(INVENTORY_HEADERS))}{len(frame) + 1}"


def _inventory_display(m: ReportModel) -> pd.DataFrame:
    """Inventory rows with translated labels and safe text, column-wise (fast on big BOMs)."""
    inv = m.inventory.copy()
    inv["row"] = inv["row"].astype(int) + 1
    labels = {
        "direction": {d: t(f"dir.{d}", m.lang) for d in ("in", "out")},
        "stage": {s: t(f"stage.{s}", m.lang) for s in
                  ("materials", "transport", "processing", "waste", "product")},
        "data_type": {d: t(f"dt.{d}", m.lang) for d in DATA_TYPES},
        "energy_basis": {b: t(f"basis.{b}", m.lang) for b in ("measured", "estimated")},
    }
    for column, names in labels.items():
        inv[column] = inv[column].map(lambda v, n=names: n.get(v, v))
    has_factor = inv["factor_key"].notna()
    inv["factor_unit"] = np.where(
        has_factor, "kg-CO2e/" + inv["factor_unit"].fillna("").astype(str), None)
    for column in inv.columns:
        if inv[column].dtype == object or pd.api.types.is_string_dtype(inv[column]):
            uniques = {v: _value(v) for v in inv[column].dropna().unique()}
            inv[column] = inv[column].map(uniques).astype(object)
    inv = inv.astype(object).where(inv.notna(), None)
    return inv


def _by_stage(book: Workbook, m: ReportModel) -> None:
    s = SheetWriter(book, t("xl.by_stage", m.lang), [22, 14, 10])
    first = s.header([t("h.stage", m.lang), t("h.kg", m.lang), t("h.share", m.lang)]) + 1
    for stage in m.stages:
        s.append([stage.label, s.cell(stage.kg, fmt=KG), s.cell(stage.share, fmt=PCT)])
    s.append([s.cell(t("h.total", m.lang), BOLD), s.cell(m.total, BOLD, KG)])
    s.ws.add_chart(_stage_pie(s, m, first), "E2")
    bar = BarChart()
    bar.type = "bar"
    bar.title = t("xl.stage_chart", m.lang)
    bar.add_data(Reference(s.ws, min_col=2, min_row=first - 1, max_row=first + 3),
                 titles_from_data=True)
    bar.set_categories(Reference(s.ws, min_col=1, min_row=first, max_row=first + 3))
    bar.legend = None
    bar.y_axis.title = "kg-CO2e"
    bar.height, bar.width = 7, 12
    _axes_visible(bar)
    s.ws.add_chart(bar, "E19")


def _by_part(book: Workbook, m: ReportModel) -> None:
    stages = [st.key for st in m.stages]
    widths = [8, 7, 14, 26, 10, 22] + [11] * len(stages) + [12, 9, 3, 6, 14, 12, 11]
    s = SheetWriter(book, t("xl.by_part", m.lang), widths)
    s.ws.freeze_panes = "A2"
    headers = [t(h, m.lang) for h in ("h.row", "h.level", "h.part_number", "h.name",
                                      "h.quantity", "h.category")]
    headers += [st.label for st in m.stages] + [t("h.kg", m.lang), t("h.share", m.lang)]
    pareto_col = len(headers) + 2
    pareto_head = [t(h, m.lang) for h in ("h.rank", "h.part_number", "h.kg", "h.cumulative")]
    s.append([s.cell(h, HEADER_FONT, fill=HEADER_FILL) for h in headers] + [None]
             + [s.cell(h, HEADER_FONT, fill=HEADER_FILL) for h in pareto_head])
    rows = []
    for index, p in m.parts.iterrows():
        rows.append([int(index) + 1, int(p["level"]), p["part_number"], p["name"],
                     float(p["total_quantity"]), p["category_name"]]
                    + [s.cell(float(p[k]), fmt=KG) for k in stages]
                    + [s.cell(float(p["kg_co2e"]), fmt=KG), s.cell(float(p["share"]), fmt=PCT)])
    rows.append([s.cell(t("h.total", m.lang), BOLD), None, None, None, None, None]
                + [s.cell(st.kg, BOLD, KG) for st in m.stages] + [s.cell(m.total, BOLD, KG)])
    for i, item in enumerate(m.pareto):
        pad = [None] * (pareto_col - 1 - (len(rows[i]) if i < len(rows) else 0))
        extra = [i + 1, item.part_number, s.cell(item.kg, fmt=KG),
                 s.cell(item.cumulative, fmt=PCT)]
        if i < len(rows):
            rows[i] = rows[i] + pad + extra
        else:
            rows.append([None] * (pareto_col - 1) + extra)
    for row in rows:
        s.append(row)
    if m.pareto:
        s.ws.add_chart(_pareto_chart(s, m, pareto_col), f"{get_column_letter(pareto_col)}14")


def _pareto_chart(s: SheetWriter, m: ReportModel, col: int) -> BarChart:
    n = len(m.pareto)
    bar = BarChart()
    bar.title = t("xl.top10", m.lang)
    bar.add_data(Reference(s.ws, min_col=col + 2, min_row=1, max_row=n + 1),
                 titles_from_data=True)
    bar.set_categories(Reference(s.ws, min_col=col + 1, min_row=2, max_row=n + 1))
    bar.y_axis.title = "kg-CO2e"
    bar.y_axis.majorGridlines = None
    line = LineChart()
    line.add_data(Reference(s.ws, min_col=col + 3, min_row=1, max_row=n + 1),
                  titles_from_data=True)
    line.y_axis.axId = 200
    line.y_axis.number_format = "0%"
    line.y_axis.scaling.min = 0
    line.y_axis.scaling.max = 1
    line.y_axis.crosses = "max"
    line.y_axis.delete = False
    bar += line
    bar.legend.position = "b"
    bar.height, bar.width = 8, 16
    _axes_visible(bar)
    return bar


def _by_category(book: Workbook, m: ReportModel) -> None:
    stages = [st.key for st in m.stages]
    s = SheetWriter(book, t("xl.by_category", m.lang), [30, 11] + [11] * len(stages) + [12, 9])
    headers = [t("h.category", m.lang), t("h.mass", m.lang)] + [st.label for st in m.stages]
    s.header(headers + [t("h.kg", m.lang), t("h.share", m.lang)])
    for _, c in m.categories.iterrows():
        s.append([c["name"], s.cell(float(c["mass_kg"]), fmt="#,##0.000")]
                 + [s.cell(float(c[k]), fmt=KG) for k in stages]
                 + [s.cell(float(c["kg_co2e"]), fmt=KG), s.cell(float(c["share"]), fmt=PCT)])
    n = len(m.categories)
    s.append([s.cell(t("h.total", m.lang), BOLD), None] + [s.cell(st.kg, BOLD, KG)
                                                           for st in m.stages])
    if n == 0:
        return
    bar = BarChart()
    bar.type = "bar"
    bar.grouping = "stacked"
    bar.overlap = 100
    bar.title = t("xl.category_chart", m.lang)
    bar.add_data(Reference(s.ws, min_col=3, max_col=2 + len(stages), min_row=1, max_row=n + 1),
                 titles_from_data=True)
    bar.set_categories(Reference(s.ws, min_col=1, min_row=2, max_row=n + 1))
    for series, color in zip(bar.series, STAGE_COLORS, strict=False):
        series.graphicalProperties.solidFill = color
    bar.x_axis.scaling.orientation = "maxMin"  # largest category on top
    bar.y_axis.title = "kg-CO2e"
    bar.legend.position = "b"
    bar.height, bar.width = max(7, 1 + 0.8 * n), 18
    _axes_visible(bar)
    s.ws.add_chart(bar, f"A{n + 4}")


def _by_process(book: Workbook, m: ReportModel) -> None:
    s = SheetWriter(book, t("xl.by_process", m.lang), [22, 11, 13, 13, 10, 12, 9])
    s.header([t(h, m.lang) for h in ("h.process", "h.kwh", "h.measured_kwh",
                                     "h.estimated_kwh", "h.measured_share", "h.kg",
                                     "h.share")])
    for name, p in m.processes.iterrows():
        s.append([name, s.cell(float(p["kwh"]), fmt="#,##0.000"),
                  s.cell(float(p["measured_kwh"]), fmt="#,##0.000"),
                  s.cell(float(p["estimated_kwh"]), fmt="#,##0.000"),
                  s.cell(_value(p["measured_share"]), fmt=PCT),
                  s.cell(float(p["kg_co2e"]), fmt=KG), s.cell(float(p["share"]), fmt=PCT)])
    n = len(m.processes)
    if n == 0:
        return
    bar = BarChart()
    bar.grouping = "stacked"
    bar.overlap = 100
    bar.title = t("xl.process_chart", m.lang)
    bar.add_data(Reference(s.ws, min_col=3, max_col=4, min_row=1, max_row=n + 1),
                 titles_from_data=True)
    bar.set_categories(Reference(s.ws, min_col=1, min_row=2, max_row=n + 1))
    for series, color in zip(bar.series, ["2F8F5B", "E8912D"], strict=False):
        series.graphicalProperties.solidFill = color
    bar.y_axis.title = "kWh"
    bar.legend.position = "b"
    bar.height, bar.width = 7, 14
    _axes_visible(bar)
    s.ws.add_chart(bar, f"A{n + 4}")


def _factors(book: Workbook, m: ReportModel) -> None:
    s = SheetWriter(book, t("xl.factors", m.lang), [18, 11, 16, 12, 44, 36, 22, 22, 8, 12,
                                                     9, 60])
    s.ws.freeze_panes = "A2"
    s.header([t(h, m.lang) for h in ("h.factor_key", "h.factor", "h.factor_unit",
                                     "h.data_type", "h.source", "h.reference", "h.origin",
                                     "h.licence", "h.flows", "h.kg", "h.share", "h.note")])
    for f in m.factors:
        data_type = t(f"dt.{f.data_type}", m.lang) if f.data_type in DATA_TYPES else f.data_type
        s.append([f.key, f.factor, f"kg-CO2e/{f.unit}", data_type, f.source, f.reference,
                  f.origin, f.licence or None, f.flows, s.cell(f.kg, fmt=KG),
                  s.cell(f.share, fmt=PCT), f.note or None])


def _notes(book: Workbook, m: ReportModel) -> None:
    s = SheetWriter(book, t("xl.notes", m.lang), [120])
    excluded = [f"{e['part_number']} ({e['grade']}): {fmt_sig(e['mass_kg'])} kg – {e['reason']}"
                for e in m.excluded] or [t("text.no_exclusions", m.lang)]
    sections = [("sec.hotspots", m.hotspots), ("sec.quality", m.quality),
                ("sec.cutoff", excluded),
                ("sec.warnings", m.warnings or [t("text.no_warnings", m.lang)]),
                ("sec.limitations", m.limitations)]
    for key, lines in sections:
        s.append([s.cell(t(key, m.lang), TITLE_FONT)])
        for line in lines:
            s.append([s.cell(line, wrap=True)])
        s.append([])
