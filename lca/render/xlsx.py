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
from collections.abc import Iterator
from dataclasses import dataclass
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

from ..errors import UsageError
from ..messages import tr
from ..output import neutralise, write_overlapped
from .model import DATA_TYPES, ReportModel, fmt_sig
from .text import t

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


#: Rows of an Excel sheet (header included): a larger sheet is a file Excel cannot open.
EXCEL_ROWS = 1_048_576


def workbook_bytes(m: ReportModel) -> bytes:
    """The whole workbook as deterministic .xlsx bytes."""
    rows = max(len(m.inventory), len(m.parts) + 1) + 1  # data (+ total row) + header
    if rows > EXCEL_ROWS:
        raise UsageError(tr("xlsx.too_many_rows", m.lang, rows=f"{rows:,}",
                            limit=f"{EXCEL_ROWS:,}"))
    book = Workbook(write_only=True)
    _summary(book, m)
    splices = [_inventory(book, m)]
    _by_stage(book, m)
    splices.append(_by_part(book, m))
    _top_parts(book, m)
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
    return _pin_zip(buffer.getvalue(), created, splices)


def _utc_naive(moment: datetime) -> datetime:
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.replace(microsecond=0)


def _pin_zip(data: bytes, created: datetime, splices: list[Splice]) -> bytes:
    """Re-zip with the pinned time: openpyxl stamps 'modified' with now and zip entries
    with the current time. The rows of big sheets are spliced in here."""
    stamp = created.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    date_time = max(created, datetime(1980, 1, 1)).timetuple()[:6]
    by_member = {splice.member: splice for splice in splices}
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
            if info.filename not in by_member:
                dst.writestr(member, content)
                continue
            with dst.open(member, "w", force_zip64=True) as sheet:
                _write_spliced(sheet, content, by_member[info.filename])
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
                     "h.matched_by", "h.master_origin", "h.data_type", "h.energy_basis",
                     "h.kg"]


def _inventory(book: Workbook, m: ReportModel) -> Splice:
    widths = [8, 14, 24, 10, 8, 10, 24, 14, 12, 7, 10, 14, 16, 40, 30, 22, 14, 30, 12, 10, 12]
    s = SheetWriter(book, t("xl.inventory", m.lang), widths)
    s.ws.freeze_panes = "A2"
    s.header([t(h, m.lang) for h in INVENTORY_HEADERS])
    frame = _inventory_display(m)
    s.ws.auto_filter.ref = f"A1:{get_column_letter(len(INVENTORY_HEADERS))}{len(frame) + 1}"
    return _splice(book, s, frame, {"row", *NUMERIC_COLUMNS}, {})


def _inventory_display(m: ReportModel) -> pd.DataFrame:
    """Inventory rows with translated labels and safe text; numbers stay numbers."""
    inv = m.inventory.copy()
    inv["row"] = inv["row"].astype(int) + 1
    labels = {
        "direction": {d: t(f"dir.{d}", m.lang) for d in ("in", "out")},
        "stage": {s: t(f"stage.{s}", m.lang) for s in
                  ("materials", "transport", "processing", "waste", "product")},
        "data_type": {d: t(f"dt.{d}", m.lang) for d in DATA_TYPES},
        "energy_basis": {b: t(f"basis.{b}", m.lang) for b in ("measured", "estimated")},
        "matched_by": {b: t(f"mb.{b}", m.lang) for b in MATCH_LEVELS},
    }
    for column, names in labels.items():
        inv[column] = inv[column].map(lambda v, n=names: n.get(v, v))
    inv["factor_unit"] = ("kg-CO2e/" + inv["factor_unit"].astype(object).fillna("").astype(str)
                          ).where(inv["factor_key"].notna())
    for column in NUMERIC_COLUMNS:
        inv[column] = pd.to_numeric(inv[column], errors="coerce").astype(float)
    inv["row"] = inv["row"].astype(int)
    return inv


NUMERIC_COLUMNS = ["total_quantity", "amount", "factor", "kg_co2e"]
MATCH_LEVELS = ("part_number", "grade", "grade_map", "category", "mode", "electricity", "scrap")


@dataclass
class Splice:
    """Rows of a big sheet, written as XML into the saved workbook (see `_splice`)."""

    member: str  # zip member of the sheet
    frame: pd.DataFrame  # one row per sheet row from row 2, columns in sheet order
    numeric: set[str]  # columns written as numbers; the rest as (untrusted) text


def _splice(book: Workbook, s: SheetWriter, frame: pd.DataFrame, numeric: set[str],
            formats: dict[str, str]) -> Splice:
    """Write the first data row through openpyxl (so that its number formats become
    styles of the workbook) and leave all rows to `_sheet_rows`, which copies each
    column's style from that row. openpyxl builds an object per cell: ~160 s for the
    13 million inventory cells of a 100,000-row BOM, against seconds column-wise."""
    if not frame.empty:
        first = frame.iloc[0]
        s.append([s.cell(first[c], fmt=formats.get(c)) if c in formats else first[c]
                  for c in frame.columns])
    return Splice(f"xl/worksheets/sheet{book.worksheets.index(s.ws) + 1}.xml", frame, numeric)


def _xml_text(value: object) -> str | None:
    """The end of an inline-string cell for untrusted text (None: no cell)."""
    value = _value(value)
    if value is None:
        return None
    text = str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    space = ' xml:space="preserve"' if text != text.strip() else ""
    return f' t="inlineStr"><is><t{space}>{text}</t></is></c>'


def _sheet_rows(splice: Splice, styles: dict[str, str], chunk: int = 20_000) -> Iterator[bytes]:
    """`<row>` elements from sheet row 2, `chunk` rows at a time: the cells of each column
    as strings (text cells made once per distinct value), then joined row by row."""
    frame = splice.frame
    letters = [get_column_letter(i + 1) for i in range(len(frame.columns))]
    for start in range(0, len(frame), chunk):
        part = frame.iloc[start:start + chunk]
        numbers = list(map(str, range(start + 2, start + 2 + len(part))))
        columns = []
        for letter, column in zip(letters, part.columns, strict=True):
            style = f' s="{styles[letter]}"' if styles.get(letter) else ""
            head = f'<c r="{letter}'
            if column in splice.numeric:
                values = pd.to_numeric(part[column], errors="coerce")
                texts = [None if v != v else str(v).removesuffix(".0")
                         for v in values.tolist()]
                tail = f'"{style} t="n"><v>'
                columns.append(["" if t is None else f"{head}{r}{tail}{t}</v></c>"
                                for r, t in zip(numbers, texts, strict=True)])
            else:
                values = part[column].tolist()
                # missing values (None, NaN, pd.NA) and empty texts give no cell
                ends = {v: None if pd.isna(v) else _xml_text(v) for v in dict.fromkeys(values)}
                tail = f'"{style}'
                columns.append(["" if (end := ends[v]) is None else f"{head}{r}{tail}{end}"
                                for r, v in zip(numbers, values, strict=True)])
        yield "".join([f'<row r="{r}">{"".join(cells)}</row>'
                       for r, *cells in zip(numbers, *columns, strict=True)]).encode()


def _write_spliced(sheet: Any, content: bytes, splice: Splice) -> None:
    """The sheet's XML with the template row 2 replaced by all rows of the splice."""
    head, tail = content.split(b"</sheetData>", 1)
    cut = head.find(b'<row r="2"')
    template = head[cut:] if cut >= 0 else b""
    styles = {k.decode(): v.decode() for k, v in
              re.findall(rb'<c r="([A-Z]+)2"(?: s="(\d+)")?', template)}
    sheet.write(head[:cut] if cut >= 0 else head)
    # compressing (zlib releases the GIL) overlaps with making the next rows
    write_overlapped(_sheet_rows(splice, styles), sheet.write)
    sheet.write(b"</sheetData>" + tail)


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


def _by_part(book: Workbook, m: ReportModel) -> Splice:
    """One row per BOM row (spliced as XML: a BOM may have 100,000 parts), then a total."""
    stages = [st.key for st in m.stages]
    widths = [8, 7, 14, 26, 10, 22] + [11] * len(stages) + [12, 9]
    s = SheetWriter(book, t("xl.by_part", m.lang), widths)
    s.ws.freeze_panes = "A2"
    headers = [t(h, m.lang) for h in ("h.row", "h.level", "h.part_number", "h.name",
                                      "h.quantity", "h.category")]
    s.header(headers + [st.label for st in m.stages] + [t("h.kg", m.lang), t("h.share", m.lang)])
    parts = m.parts
    frame = pd.DataFrame({
        "row": parts.index.astype(int) + 1, "level": parts["level"].astype(int),
        "part_number": parts["part_number"], "name": parts["name"],
        "total_quantity": parts["total_quantity"].astype(float),
        "category_name": parts["category_name"],
        **{k: parts[k].astype(float) for k in stages},
        "kg_co2e": parts["kg_co2e"].astype(float), "share": parts["share"].astype(float)})
    total = {"part_number": t("h.total", m.lang), **{st.key: st.kg for st in m.stages},
             "kg_co2e": m.total}
    frame = pd.concat([frame, pd.DataFrame([total])], ignore_index=True)
    formats = {**{k: KG for k in stages}, "kg_co2e": KG, "share": PCT}
    return _splice(book, s, frame, {"row", "level", "total_quantity", *formats}, formats)


def _top_parts(book: Workbook, m: ReportModel) -> None:
    """The ten largest parts and their cumulative share, with a Pareto chart."""
    s = SheetWriter(book, t("xl.top10_sheet", m.lang), [7, 14, 26, 12, 9, 11])
    s.header([t(h, m.lang) for h in ("h.rank", "h.part_number", "h.name", "h.kg", "h.share",
                                     "h.cumulative")])
    for i, item in enumerate(m.pareto, start=1):
        s.append([i, item.part_number, item.name, s.cell(item.kg, fmt=KG),
                  s.cell(item.share, fmt=PCT), s.cell(item.cumulative, fmt=PCT)])
    if m.pareto:
        s.ws.add_chart(_pareto_chart(s, m), "H2")


def _pareto_chart(s: SheetWriter, m: ReportModel) -> BarChart:
    n = len(m.pareto)
    bar = BarChart()
    bar.title = t("xl.top10", m.lang)
    bar.add_data(Reference(s.ws, min_col=4, min_row=1, max_row=n + 1), titles_from_data=True)
    bar.set_categories(Reference(s.ws, min_col=2, min_row=2, max_row=n + 1))
    bar.y_axis.title = "kg-CO2e"
    bar.y_axis.majorGridlines = None
    line = LineChart()
    line.add_data(Reference(s.ws, min_col=6, min_row=1, max_row=n + 1), titles_from_data=True)
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
    s = SheetWriter(book, t("xl.factors", m.lang), [18, 11, 16, 12, 44, 36, 22, 16, 22, 8,
                                                     12, 9, 60])
    s.ws.freeze_panes = "A2"
    s.header([t(h, m.lang) for h in ("h.factor_key", "h.factor", "h.factor_unit",
                                     "h.data_type", "h.source", "h.reference", "h.origin",
                                     "h.matched_by", "h.licence", "h.flows", "h.kg",
                                     "h.share", "h.note")])
    for f in m.factors:
        data_type = t(f"dt.{f.data_type}", m.lang) if f.data_type in DATA_TYPES else f.data_type
        s.append([f.key, f.factor, f"kg-CO2e/{f.unit}", data_type, f.source, f.reference,
                  f.origin, f.matched_by or None, f.licence or None, f.flows,
                  s.cell(f.kg, fmt=KG),
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
