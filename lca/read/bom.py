"""Reading the BOM sheet: header matching, process columns and typed part rows.

The result is a `Bom`: one row per part (pandas, indexed by the 0-based sheet row so
every figure can be traced back to its cell) plus a long table of process times. All
problems found are collected in the `ProblemLog`; nothing here stops at the first one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from ..errors import ProblemLog
from ..frame import Frame, Text, factorize, isnull, nan_to_zero, positions
from ..records import frozen
from . import merges
from .names import bom_sheet_name, bom_sheets, header_names, trailing_unit
from .textnorm import (
    blank_mask,
    cell_ref,
    header_key,
    is_blank,
    nfkc,
    number_problem,
    report_not_numbers,
    split_unit,
    text_codes,
    to_numbers,
)
from .units import COUNT, TIME, WEIGHT, UnitKind, header_size
from .workbook import (
    Header,
    Table,
    Workbook,
    drop_empty_rows,
    guard_table,
    locate_table,
    missing_columns,
    table_at,
)

BOM_ALIASES: dict[str, list[str]] = {
    "level": ["レベル", "階層", "Level", "Lvl", "BOM level"],
    "parent": ["親品番", "親部品", "親", "Parent", "Parent part number", "Parent No"],
    "part_number": ["品番", "部品番号", "部品No", "Part number", "Part No", "Part No.", "P/N",
                    "Part"],
    "quantity": ["個数", "員数", "数量", "使用数", "Qty", "Quantity", "Qty per parent"],
    "name": ["品名", "部品名", "名称", "Name", "Description", "Part name"],
    "grade": ["材質", "材料", "Material", "Grade", "Material grade"],
    "category": ["分類", "材料分類", "Category", "Material category"],
    # 質量 (mass) as drawings write it; not 総重量 (often 員数 x 単重, the line's total)
    "net_weight": ["重量", "製品重量", "正味重量", "単重", "質量", "製品質量", "正味質量",
                   "単位重量", "Net weight", "Weight", "Mass", "Net mass"],
    "raw_weight": ["素材重量", "材料重量", "投入重量", "素材質量", "材料質量", "Raw weight",
                   "Raw material weight", "Gross weight"],
    "supplier": ["仕入先", "購入先", "調達先", "Supplier", "Vendor"],
    "lot_size": ["ロット", "ロットサイズ", "ロット数", "Lot size", "Lot"],
    # supplier footprints (issue 12, lca/resolve/supplier.py)
    "pcf_id": ["PCF ID", "CFP ID", "フットプリントID", "Footprint ID", "PACT ID"],
    "supplier_part_number": ["仕入先品番", "Supplier part number", "Supplier part No",
                             "Supplier P/N"],
    # not a bare 単位 / Unit: a BOM may use one for the weight's unit
    "quantity_unit": ["数量単位", "個数単位", "Quantity unit", "Qty unit", "UoM"],
    # a position number (番号 / No.): not read, only checked (`_indented`)
    "position": ["No", "No.", "番号", "項番", "Pos", "Pos.", "Position"],
    # a bare 単位 / Unit: not read, only checked (`_unit_column`)
    "unit": ["単位", "Unit", "Units"],
}
REQUIRED = ["part_number", "quantity"]
#: fields checked, never read: a row holding only these is layout (a title in No.)
CHECKED_ONLY = frozenset({"position", "unit"})
#: Fields a merged cell over several data rows gives to each of them (lca/read/merges.py):
#: text and the level; a merged quantity, weight, lot size or time is refused
MERGED_FILLED = frozenset({"part_number", "name", "grade", "category", "supplier", "parent",
                           "pcf_id", "supplier_part_number", "quantity_unit", "level",
                           "unit", "position"})

CYCLE_TOKENS = {header_key(t) for t in [
    "加工", "加工時間", "サイクル", "サイクルタイム", "CT", "Cycle", "Cycle time", "Machining",
    "Machining time", "Run", "Run time"]}
SETUP_TOKENS = {header_key(t) for t in [
    "段取", "段取り", "段取時間", "段取り時間", "Setup", "Set-up", "Setup time"]}
GROUP_TOKENS = {header_key(t) for t in ["工程", "加工工程", "Process", "Processes", "Operations"]}
#: tokens recognised at the end of a name without a space (`旋盤加工(分)`), longest first;
#: only in a header with a time unit, so that a column like 外注加工 is not taken for one
JOINED_TOKENS = ("段取り時間", "サイクルタイム", "段取時間", "加工時間", "段取り", "サイクル",
                 "段取", "加工")

@frozen
class ProcessColumn:
    """A time column of one process: cycle time per piece or set-up time per lot."""

    process: str
    kind: str  # "cycle" or "setup"
    col: int
    hours_per_unit: float
    label: str = ""  # the process and its header, for messages


@dataclass(eq=False, repr=False)
class Bom:
    """Typed part rows and process times of one BOM sheet."""

    file: str
    sheet: str
    header_row: int
    columns: dict[str, int]
    parts: Frame  # one row per part; column "row": 0-based sheet row
    times: Frame  # columns: part (position in parts), row, process, cycle_h, setup_h...
    processes: list[str]
    #: children written again under another row of their parent, read once
    #: (resolve/repeated.py; warned by resolve/checks.py)
    repeated_children: list[dict[str, object]] = field(default_factory=list)
    #: data rows (0-based sheet rows) and columns read (labels) hidden in Excel: counted
    #: like the others, warned by resolve/checks.py
    hidden_rows: list[int] = field(default_factory=list)
    hidden_columns: list[str] = field(default_factory=list)
    #: structure written by indentation or position numbers (resolve/structure.py): the
    #: problem code, the first part number, name or No. deeper than others (field, sheet
    #: row, value) and how many rows are
    indented: tuple[str, str, int, str, int] | None = None

    def cell(self, row: int, fieldname: str) -> str:
        return cell_ref(row, self.columns[fieldname])


def token_kind(text: object) -> tuple[str, str | None] | None:
    """('cycle'|'setup', process named in the same cell or None) for a time header."""
    if not isinstance(text, str) or not text.strip():
        return None
    name, _unit = trailing_unit(text)
    key = header_key(name)
    if key in CYCLE_TOKENS:
        return "cycle", None
    if key in SETUP_TOKENS:
        return "setup", None
    words = [w for w in re.split(r"[\s_/:：・]+", name) if w]
    for size in (2, 1):  # "Lathe cycle time", "旋盤 加工"
        if len(words) > size:
            kind = _token(" ".join(words[-size:]))
            if kind:
                return kind, " ".join(words[:-size])
    if TIME.size(_unit) is not None:  # "旋盤加工(分)": a time unit, glued to the name
        for token in JOINED_TOKENS:
            if name.endswith(token) and len(name) > len(token):
                return _token(token), name[:-len(token)]
    return None


def _token(text: str) -> str | None:
    key = header_key(text)
    return "cycle" if key in CYCLE_TOKENS else "setup" if key in SETUP_TOKENS else None


def _cell(rows: list[list[object]], r: int, c: int) -> object:
    return rows[r][c] if 0 <= r < len(rows) and c < len(rows[r]) else ""


def _first_data_row(rows: list[list[object]], header_row: int, part_col: int) -> int:
    """Rows right after the header with no part number and no numbers are sub-headers."""
    r = header_row + 1
    while r < len(rows) and r <= header_row + 3:
        row = rows[r]
        if not is_blank(_cell(rows, r, part_col)):
            break
        if any(isinstance(v, (int, float)) and not isinstance(v, bool) for v in row):
            break
        r += 1
    return r


def detect_process_columns(book: Workbook, sheet: str, header_row: int, data_row: int,
                           mapped: set[int], log: ProblemLog) -> list[ProcessColumn]:
    """Find process time columns in the header block (see README, "Process columns")."""
    rows = book.rows(sheet)
    merged = book.merged(sheet)
    width = max((len(r) for r in rows[max(0, header_row - 2):data_row]), default=0)
    tokens: dict[int, tuple[int, str, str | None]] = {}
    for r in range(header_row, data_row):
        for c in range(width):
            if c in mapped or c in tokens:
                continue
            kind = token_kind(_cell(rows, r, c))
            if kind:
                tokens[c] = (r, kind[0], kind[1])
    found: list[ProcessColumn] = []
    for c, (r, kind, inline_name) in sorted(tokens.items()):
        name_cell = _process_name(rows, merged, {k: t[1] for k, t in tokens.items()}, r, c,
                                  max(0, header_row - 2))
        named = trailing_unit(str(name_cell[0]), TIME.sizes) if name_cell else (None, None)
        name = inline_name or named[0]
        if not name:
            log.add("column.process_name", sheet, cell_ref(r, c), _cell(rows, r, c))
            continue
        hours = _hours(rows, log, sheet, (r, c), name_cell if named[1] else None, data_row)
        if np.isnan(hours):
            continue
        own = str(_cell(rows, r, c))
        found.append(ProcessColumn(name, kind, c, hours, own if name in own else f"{name} {own}"))
    return found


def _hours(rows: list[list[object]], log: ProblemLog, sheet: str, at: tuple[int, int],
           name_cell: tuple[object, int] | None, data_row: int) -> float:
    """Hours per unit of the time column whose header is `at`: the unit of its own header,
    else of the process name over it (`name_cell`: 旋盤(h) over 加工 / 段取), else of a
    units row under it (分 / 秒 alone in the row below the headers), else minutes; NaN
    (reported on the cell) for a unit that is not a time."""
    r, c = at
    header, where = str(_cell(rows, r, c)), cell_ref(r, c)
    if trailing_unit(header)[1] is None and name_cell is not None:
        header = str(name_cell[0])
    elif trailing_unit(header)[1] is None:
        for below in range(r + 1, data_row):  # a units row: read, never skipped
            unit = _cell(rows, below, c)
            if isinstance(unit, str) and unit.strip():
                text = nfkc(unit).strip().removeprefix("(").removesuffix(")")
                header, where = f"{header}({text})", cell_ref(below, c)
                break
    hours = header_size(log, None, sheet, where, header, TIME, trailing=True)
    return TIME.sizes["分"] if hours is None else hours


def _process_name(rows: list[list[object]], merged: list, token_cols: dict[int, str],
                  token_row: int, col: int, top: int) -> tuple[object, int] | None:
    """Nearest process name above a time column (`token_cols`: time column -> kind): its
    own cell, a merged range over time columns only, or a name written once further left
    over adjacent time columns of other kinds (加工, 段取): a second 加工 on the way is
    another process's, whose name is missing, not more time of the first."""
    for r in range(token_row - 1, top - 1, -1):
        value = _cell(rows, r, col)
        if is_blank(value):
            value = _merged_value(rows, merged, token_cols, r, col)
        if is_blank(value):
            c, kinds = col - 1, [token_cols[col]]
            while c in token_cols and is_blank(_cell(rows, r, c)):
                kinds.append(token_cols[c])
                c -= 1
            if c in token_cols:
                kinds.append(token_cols[c])
            value = _cell(rows, r, c) if c in token_cols and len(set(kinds)) == len(kinds) \
                else ""
        if not is_blank(value) and header_key(str(value)) not in GROUP_TOKENS:
            return value, r
    return None


def _merged_value(rows: list[list[object]], merged: list, token_cols: dict[int, str], r: int,
                  c: int) -> object:
    for (r0, c0), (r1, c1) in merged:
        if r0 <= r <= r1 and c0 <= c <= c1:
            if all(x in token_cols for x in range(c0, c1 + 1)):
                return _cell(rows, r0, c0)
            return ""
    return ""


def read_bom(book: Workbook, log: ProblemLog, weight_unit: str | None) -> Bom:
    """Locate, validate and type the BOM sheet of `book`."""
    sheet = bom_sheet_name(book.sheet_names)
    for other in [s for s in bom_sheets(book.sheet_names) if s != sheet]:  # `部品表 (2)`
        log.add("sheet.second_bom", other, None, None, bom=sheet, other=other)
    header = locate_table(book, sheet, BOM_ALIASES, REQUIRED, log)
    if header is None:
        _no_header(book, sheet, log)
        log.raise_if_any()
    assert header is not None
    rows = book.rows(sheet)
    data_row = _first_data_row(rows, header.row, header.columns["part_number"])
    _subheader_units(rows, header, data_row, sheet, log)
    process_cols = detect_process_columns(book, sheet, header.row, data_row,
                                          set(header.columns.values()), log)
    table = table_at(book, sheet, header, data_row,
                     extra={f"t{pc.col}": pc.col for pc in process_cols})
    table.data = drop_empty_rows(table.data, CHECKED_ONLY)  # a title in No. is layout
    if len(table.data) == 0:
        log.add("sheet.no_rows", sheet)
        log.raise_if_any()
    hidden_rows, hidden_columns = guard_table(book, table, data_row,
                                              _columns(table, process_cols), log)
    parts = _typed_parts(table, log, weight_unit)
    _unit_column(table, log, weight_unit, parts["part_number"])
    times = _typed_times(table, process_cols, log)
    processes = list(dict.fromkeys(pc.process for pc in process_cols))
    return Bom(table.file, sheet, table.header_row, table.columns, parts, times, processes,
               hidden_rows=hidden_rows, hidden_columns=hidden_columns,
               indented=_indented(table))


def _indented(table: Table) -> tuple[str, str, int, str, int] | None:
    """The first part-number or name cell indented (leading spaces, full-width too), or
    No. cell numbered deeper (`1-2`, `1.2.1` among `1`, `2`), than the least one; None."""
    for fieldname, code, depth_of in (("part_number", "cell.indented", _indent),
                                      ("name", "cell.indented", _indent),
                                      ("position", "cell.position_number", _position_depth)):
        if fieldname not in table.data:
            continue
        column = table.data.column(fieldname)
        if depth_of is _indent and not _any_indented(column):  # (most BOMs: one pass)
            continue
        codes, uniques = factorize(column)
        depth = np.array([depth_of(u) for u in uniques] + [-1], dtype=np.intp)[codes]
        given = depth >= 0
        deeper = given & (depth > (depth[given].min() if given.any() else 0))
        if deeper.any():
            i = int(positions(deeper)[0])
            return (code, fieldname, int(table.data["row"][i]), uniques[codes[i]],
                    int(deeper.sum()))
    return None


def _any_indented(column: np.ndarray | Text) -> bool:
    """Whether a text of `column` starts with white space (`_indent` > 0), in one pass.
    With a text holding a line break each is looked at on its own (its lines would be
    seen apart); a text of only spaces may say True (blank: `_indent` decides)."""
    texts = [u for u in (column.values if isinstance(column, Text) else column)
             if type(u) is str]
    if "\n" in "".join(texts):
        return any(_indent(t) > 0 for t in texts)
    # the distinct first characters (a few): one set, not a regex over all the texts
    return any(c.isspace() for c in {t[:1] for t in texts})


def _indent(value: object) -> int:
    """Leading spaces of a text cell; -1 for a blank or number cell."""
    return len(value) - len(value.lstrip()) if isinstance(value, str) and value.strip() else -1


_POSITION = re.compile(r"[0-9]+(?:[.\-][0-9]+)*")


def _position_depth(value: object) -> int:
    """Separators in a position number (`1` 0, `1-2` 1, `1.2.1` 2); -1 for other text.
    A number cell is its text (Excel stores `1.2` as the number 1.2)."""
    if isinstance(value, float) and value == value:
        value = str(int(value)) if value.is_integer() else repr(value)
    text = nfkc(str(value)) if isinstance(value, (str, int)) else ""
    return len(re.findall(r"[.\-]", text)) if _POSITION.fullmatch(text) else -1


#: fields whose unit may be written in a sub-header row under the header (`重量` over `(g)`)
UNIT_FIELDS = {"quantity": COUNT, "net_weight": WEIGHT, "raw_weight": WEIGHT}
#: a unit word in a sub-header cell that is not one of the column's kind (`(m)`, `L`, `lb`)
_BARE_UNIT = re.compile(r"[a-zμ]{1,3}[23]?")


def _subheader_units(rows: list[list[object]], header: Header, data_row: int, sheet: str,
                     log: ProblemLog) -> None:
    """A unit written in a sub-header row under a header without one (`重量` over `(g)` or
    `g`) is that column's unit: the header is read as `重量(g)`. Before, the row was
    skipped and the weight read in Settings' weight_unit (1000 g as 1000 kg). Another
    unit there under a header with a unit is refused (`column.unit_conflict`)."""
    for fieldname, kind in UNIT_FIELDS.items():
        col = header.columns.get(fieldname)
        found = None if col is None else next(
            ((r, u) for r in range(header.row + 1, data_row)
             if (u := _unit_cell(_cell(rows, r, col), kind)) is not None), None)
        if found is None:
            continue
        text = header.headers[fieldname]
        name, unit = split_unit(_per_piece(text))
        if unit is None:
            header.headers = {**header.headers, fieldname: f"{text}({found[1]})"}
        elif kind.size(unit) != kind.size(found[1]):
            log.add("column.unit_conflict", sheet, cell_ref(found[0], col),
                    _cell(rows, found[0], col), header=text, unit=unit, name=name)


def _unit_cell(value: object, kind: UnitKind) -> str | None:
    """The unit a sub-header cell holds, bracketed (`(g)`, `［kg］`) or bare (`g`): one of
    `kind` or a short unit word (`m`, `L`); None for other text (`(1個あたり)`)."""
    if not isinstance(value, str) or is_blank(value):
        return None
    name, unit = split_unit(value)
    word = (unit if not name else name.casefold()) or ""
    return word if kind.size(word) is not None or _BARE_UNIT.fullmatch(word) else None


def _columns(table: Table, process_cols: list[ProcessColumn]) -> merges.Columns:
    """The columns read, with their fields and headers (merged cells, hidden columns)."""
    fields = {col: name for name, col in table.columns.items()}
    labels = {table.columns[name]: header for name, header in table.headers.items()}
    for pc in process_cols:
        fields[pc.col], labels[pc.col] = f"t{pc.col}", pc.label
    return merges.Columns(fields, MERGED_FILLED, labels)


def _no_header(book: Workbook, sheet: str, log: ProblemLog) -> None:
    """Say which required column is missing, or that no header row was found at all."""
    partial = missing_columns(book, sheet, BOM_ALIASES, REQUIRED)
    if partial is None:
        log.add("sheet.no_header", sheet, None, None,
                part="/".join(header_names(BOM_ALIASES["part_number"], 3)),
                qty="/".join(header_names(BOM_ALIASES["quantity"], 3)))
        return
    row, missing = partial
    for fieldname in missing:
        names = " / ".join(header_names(BOM_ALIASES[fieldname], 3))
        log.add("column.missing", sheet, f"{row + 1}:{row + 1}", None,
                column=BOM_ALIASES[fieldname][0], names=names)


def _report(log: ProblemLog, table: Table, mask: np.ndarray, fieldname: str, code: str,
            **params: object) -> None:
    """One problem per flagged row; `params` values may be arrays aligned with the rows."""
    for i in positions(mask):
        extra = {k: (v[i] if isinstance(v, np.ndarray) else v) for k, v in params.items()}
        log.at(table, i, fieldname, code, **extra)


def numeric_field(table: Table, log: ProblemLog, fieldname: str, *, minimum: float = 0.0,
                  strict: bool = False) -> np.ndarray:
    """A numeric column with text and out-of-range values reported; NaN when absent."""
    if fieldname not in table.data:
        return np.full(len(table.data), np.nan)
    numbers, bad = to_numbers(table.data[fieldname])
    report_not_numbers(log, table, bad, fieldname)
    low = (numbers <= minimum) if strict else (numbers < minimum)
    _report(log, table, low, fieldname, "cell.not_positive" if strict else "cell.negative")
    numbers[bad | low] = np.nan
    return numbers


def _weight_factor(table: Table, log: ProblemLog, fieldname: str,
                   weight_unit: str | None) -> float:
    header = _per_piece(table.headers[fieldname])
    size = header_size(log, table.file, table.sheet, table.header_cell(fieldname), header,
                       WEIGHT)
    if size is None and weight_unit:
        size = WEIGHT.size(weight_unit)
    if size is None:
        log.add("column.weight_unit", table.sheet, table.header_cell(fieldname), header,
                header=split_unit(header)[0])
        return np.nan
    return size


def _per_piece(header: str) -> str:
    """`重量(g/個)` -> `重量(g)`: a weight per piece is the weight cfp reads."""
    name, unit = split_unit(header)
    if unit is not None and unit.count("/") == 1:
        weight, count = (u.strip() for u in unit.split("/"))
        if COUNT.size(count) is not None and WEIGHT.size(weight) is not None:
            return f"{name}({weight})"
    return header


def _typed_parts(table: Table, log: ProblemLog, weight_unit: str | None) -> Frame:
    data = table.data
    n = len(data)
    parts = Frame({"row": data["row"]}, n)
    parts["part_number"] = text_codes(data.column("part_number"))  # codes if typed
    for fieldname in ("name", "grade", "category", "supplier", "parent", "pcf_id",
                      "supplier_part_number", "quantity_unit"):
        parts[fieldname] = text_codes(data.column(fieldname)) if fieldname in data else None
    total = _total_rows(table, parts, log)
    missing_part = isnull(parts["part_number"])
    _report(log, table, missing_part & ~total, "part_number", "cell.part_missing")

    _quantity_unit(table, log)
    qty, bad_qty = to_numbers(data["quantity"])
    report_not_numbers(log, table, bad_qty, "quantity")
    _report(log, table, np.isnan(qty) & ~bad_qty & ~missing_part & ~total, "quantity",
            "cell.qty_missing", part=parts["part_number"])
    _report(log, table, qty <= 0, "quantity", "cell.qty_not_positive")
    parts["quantity"] = qty

    if "level" in data:
        parts["level_raw"] = _levels(table, log, missing_part, parts["part_number"])
    # a weight written but unusable (text, no unit) is already reported: remember it so
    # that the part is not reported again as having no weight
    weight_problem = np.zeros(n, dtype=bool)
    for fieldname, target in (("net_weight", "net_kg"), ("raw_weight", "raw_kg")):
        if fieldname in data:
            factor = _weight_factor(table, log, fieldname, weight_unit)
            parts[target] = numeric_field(table, log, fieldname) * factor
            weight_problem |= np.isnan(parts[target]) & ~blank_mask(data[fieldname])
        else:
            parts[target] = np.full(n, np.nan)
    parts["weight_problem"] = weight_problem
    parts["lot_size"] = _lot_sizes(table, log, parts["part_number"])
    short = parts["raw_kg"] < parts["net_kg"] - 1e-12
    _report(log, table, short, "raw_weight", "cell.raw_lt_net",  # in kg: the columns'
            raw=_kg_texts(parts["raw_kg"], short), net=_kg_texts(parts["net_kg"], short),
            part=parts["part_number"])  # units may differ (素材重量(kg) against 重量(g))
    _raw_line_totals(table, log, parts)
    return parts


def _raw_line_totals(table: Table, log: ProblemLog, parts: Frame) -> None:
    """A raw weight that is 個数 x the net weight on every row (two or more) with a
    quantity above 1 is the line's total (総重量, Gross weight as 員数 x 単重), not one
    piece's raw weight: read as one piece's, 4 pieces of 1 kg bought 4 x 4 kg and left
    12 kg of chips, exit 0. Refused on the raw weight's header."""
    if "raw_weight" not in table.columns:
        return
    qty, net, raw = parts["quantity"], parts["net_kg"], parts["raw_kg"]
    with np.errstate(invalid="ignore"):
        several = (qty > 1) & (net > 0) & ~np.isnan(raw)
    if several.sum() < 2:
        return
    line = qty[several] * net[several]  # (np.allclose's test, rtol 1e-9, without its cost)
    if not (np.abs(raw[several] - line) <= 1e-9 * np.abs(line)).all():
        return
    i = int(positions(several)[0])
    header = table.headers["raw_weight"]
    log.add("column.raw_is_total", table.sheet, table.header_cell("raw_weight"), header,
            file=table.file, header=header, part=parts["part_number"][i],
            qty=f"{float(qty[i]):g}", net=f"{float(net[i]):g} kg", raw=f"{float(raw[i]):g} kg")


def _quantity_unit(table: Table, log: ProblemLog) -> None:
    """A unit in the quantity header other than pieces (`数量(m)`, `員数(kg)`) is refused:
    個数 counts pieces per parent, and the unit was dropped (2 m of hose read as 2
    pieces of the hose's weight)."""
    header = table.headers["quantity"]
    unit = split_unit(header)[1]
    if unit is not None and COUNT.size(unit.split("/")[0]) is None:  # 個/台: pieces
        log.add("column.qty_unit", table.sheet, table.header_cell("quantity"), header,
                file=table.file, header=header, unit=unit)


def _unit_column(table: Table, log: ProblemLog, weight_unit: str | None,
                 part_number: object) -> None:
    """A bare 単位 / Unit column is not read: 個数 counts pieces and the weight's unit is its
    header's. A cell there other than a piece (個, pcs) or that unit is refused, naming it:
    0.5 under 個数 with `m` beside it was 0.5 pieces, 1.2 under 重量(g) with `kg` 1.2 g."""
    if "unit" not in table.data:
        return
    header = table.headers.get("net_weight")
    weight = WEIGHT.size(split_unit(_per_piece(header))[1] if header else None) or \
        WEIGHT.size(weight_unit)
    codes, uniques = factorize(table.data.column("unit"))
    wrong = np.array([not _piece_or(u, weight) for u in uniques] + [False])[codes]
    _report(log, table, wrong & ~isnull(part_number), "unit", "cell.unit_unread",
            part=part_number, header=table.headers["unit"])


def _piece_or(value: object, weight: float | None) -> bool:
    """Whether a 単位 cell is blank, a piece, or the weight column's unit (`weight`, kg)."""
    if is_blank(value):
        return True
    word = nfkc(str(value)).casefold().replace(" ", "")
    return COUNT.size(word) is not None or (weight is not None and WEIGHT.size(word) == weight)


#: what a total row says in its part number or name (NFKC, case-folded, no spaces)
TOTAL_WORDS = frozenset({"合計", "小計", "総計", "総合計", "計", "total", "subtotal", "grandtotal",
                         "sum"})


#: what every total word holds (case-folded): a text without them all is no total row
_TOTAL_HINTS = ("計", "total", "sum")


def _total_rows(table: Table, parts: Frame, log: ProblemLog) -> np.ndarray:
    """Rows whose part number or name is 合計 / 小計 / Total, refused (`cell.total_row`):
    read as a part, a total would count the product's weight once more. Not reported
    again as a part without a number or quantity."""
    total = np.zeros(len(parts), dtype=bool)
    for fieldname in ("part_number", "name"):
        if fieldname not in table.data:
            continue
        text = parts.text(fieldname)
        # no total word anywhere (most BOMs): one case-folded text, three C-level searches
        # (a case-insensitive regex took ~40 ms over 100,000 names)
        folded = "".join([v for v in text.values if type(v) is str]).casefold()
        if not any(hint in folded for hint in _TOTAL_HINTS):
            continue
        words = np.array([isinstance(u, str) and "".join(u.split()).casefold() in TOTAL_WORDS
                          for u in text.values] + [False])[text.codes]
        _report(log, table, words & ~total, fieldname, "cell.total_row")
        total |= words
    return total


def _kg_texts(kg: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """`'0.5 kg'` for the flagged rows of a weight column in kg (the others empty)."""
    out = np.full(len(kg), "", dtype=object)
    for i in positions(mask).tolist():
        out[i] = f"{float(kg[i]):g} kg"
    return out


def _lot_sizes(table: Table, log: ProblemLog, part_number: np.ndarray) -> np.ndarray:
    """The ロット / Lot size column: pieces made per set-up, so at least 1. A lot below one
    piece (0.5) would multiply the set-up time per piece instead of dividing it: refused."""
    lot = numeric_field(table, log, "lot_size", strict=True)
    if "lot_size" in table.headers:  # ロット(個); a lot in kg (ロット(kg)) is not pieces
        size = header_size(log, table.file, table.sheet, table.header_cell("lot_size"),
                           table.headers["lot_size"], COUNT)
        lot = lot * (1.0 if size is None else size)  # (NaN: the unit is refused)
    below = lot < 1.0
    _report(log, table, below, "lot_size", "cell.lot_below_one", part=part_number)
    lot[below] = np.nan
    return lot


#: a level written with dots before it, as SAP lists a BOM (`.1`, `..2`, `・・2`)
_DOTTED_LEVEL = re.compile(r"[.・]+\s*([0-9]+)")


def _levels(table: Table, log: ProblemLog, missing_part: np.ndarray,
            part_number: np.ndarray) -> np.ndarray:
    """The level column (NaN where unusable, reported). A blank level on a part row of a
    BOM whose other rows have levels is an error: read as 1 it would take the part out
    of its assembly (10 assemblies x 2 parts counted as 2 parts)."""
    level, bad_level = to_numbers(table.data["level"])
    with np.errstate(invalid="ignore"):
        invalid = bad_level | (~np.isnan(level) & ((level < 0) | (level % 1 != 0)))
    for i in positions(invalid).tolist():
        dotted = _DOTTED_LEVEL.fullmatch(nfkc(str(table.data["level"][i])).strip())
        if dotted:  # SAP's `..2`: the digit is the level
            log.at(table, i, "level", "cell.level_dotted", digit=dotted.group(1))
        else:
            log.at(table, i, "level", "cell.level_invalid")
    blank = np.isnan(level) & ~bad_level & ~missing_part
    if blank.any() and (~np.isnan(level) & ~invalid).any():
        for i in positions(blank):  # the value None: a blank reads as '' or None by reader
            log.add("cell.level_missing", table.sheet,
                    table.cell(int(table.data["row"][i]), "level"), None, file=table.file,
                    part=part_number[i])
    return np.where(invalid, np.nan, level)


def _typed_times(table: Table, process_cols: list[ProcessColumn], log: ProblemLog) -> Frame:
    """Long table (part, row, process, cycle_h, setup_h, cycle_col) of rows with any
    time; `part` is the position in the parts table, `row` the sheet row."""
    n = len(table.data)
    rows = table.data["row"]
    hours_of: dict[tuple[str, str], np.ndarray] = {}
    cycle_col: dict[str, int] = {}
    for pc in process_cols:
        raw = table.data[f"t{pc.col}"]
        hours, bad = to_numbers(raw)
        for i in positions(bad):
            code, params = number_problem(raw[i])
            log.add(code, table.sheet, cell_ref(int(rows[i]), pc.col), raw[i], **params)
        for i in positions(hours < 0):
            log.add("cell.negative", table.sheet, cell_ref(int(rows[i]), pc.col), raw[i])
        hours = np.where(bad | (hours < 0), np.nan, hours * pc.hours_per_unit)
        key = (pc.process, pc.kind)
        # the same process and kind in two columns: add them up
        if key in hours_of:
            both = np.isnan(hours_of[key]) & np.isnan(hours)
            hours = np.where(both, np.nan, nan_to_zero(hours_of[key]) + nan_to_zero(hours))
        hours_of[key] = hours
        if pc.kind == "cycle":
            cycle_col.setdefault(pc.process, pc.col)
    frames = []
    none = np.full(n, np.nan)
    for process in dict.fromkeys(pc.process for pc in process_cols):
        cycle = hours_of.get((process, "cycle"), none)
        setup = hours_of.get((process, "setup"), none)
        given = positions(~np.isnan(cycle) | ~np.isnan(setup))
        frames.append(Frame({
            "part": given, "row": rows[given], "process": process,
            "cycle_h": nan_to_zero(cycle[given]), "setup_h": nan_to_zero(setup[given]),
            "cycle_col": float(cycle_col.get(process, np.nan)),
        }, len(given)))
    if not frames:
        return Frame({"part": np.empty(0, dtype=np.intp), "row": np.empty(0, dtype=np.intp),
                      "process": np.empty(0, dtype=object), "cycle_h": np.empty(0),
                      "setup_h": np.empty(0), "cycle_col": np.empty(0)}, 0)
    return Frame.concat(frames, TIME_COLUMNS)


TIME_COLUMNS = ["part", "row", "process", "cycle_h", "setup_h", "cycle_col"]
