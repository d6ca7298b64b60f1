"""The terminal view of a result (rich): total, stages, top parts, breakdowns, warnings.

On a terminal the view fits the window: the total first; a line of text (the header,
the Scope 1/2 line) wraps between words, never cut, since a number cut at the edge reads
as another number; the top parts keep one line a row (a part's name too long for its
column ends in "…", its part number beside it; the names are left out when the window
is too narrow); the category and process breakdowns wrap their names, never cut (two
categories cut to 'Aluminiu…' read the same), side by side or one below the other,
whichever takes fewer lines; the process energy is left out below 70 columns; then as
many warnings as the window has lines left, and how many more there are. At 80 × 40 and
60 × 40 the default view (`--top 10`) fits without scrolling. To a pipe or a file
nothing is cut: the full tables at the pipe width (`common.PIPE_WIDTH`) or COLUMNS,
names wrapped where they must, and every warning. Japanese wraps between characters,
never inside a number or a key (`cli/wrap.py`).

Every text from the input (product, part numbers and names, categories, processes,
warnings naming parts) goes through `shown`: markup escaped, controls made visible."""

from __future__ import annotations

from rich.console import Console, RenderableType
from rich.table import Table

from cfp.lca.aggregate.result import Result
from cfp.lca.compute.flows import STAGES
from cfp.lca.messages import tr
from cfp.lca.render.model import fmt_pct

from .common import shown, stdout_console, visible
from .wrap import shorten

#: rows of the category and process breakdowns
BREAKDOWN_ROWS = 6
#: narrower than this, the process table leaves out its kWh column
KWH_FROM = 70


def show(result: Result, lang: str, top: int = 10, console: Console | None = None) -> None:
    console = console or stdout_console()
    fit = console.is_terminal
    blocks: list[RenderableType] = []
    total = result.total
    product = (f"[bold]{shown(result.product_name)}[/]  "
               f"({tr('label.declared_unit', lang)}: {shown(result.declared_unit_in(lang))})"
               + __import__("cfp.cli.context_view", fromlist=["_"]).rules_text(result, lang))
    total_line = (f"[bold green]{tr('label.total', lang)}: {kg_text(total)} kg-CO2e[/]  "
                  f"{tr('label.primary_share', lang)}: {fmt_pct(result.primary_data_share())}")
    blocks += [total_line, product] if fit else [product, total_line]
    blocks += __import__("cfp.cli.context_view", fromlist=["_"]).view_lines(result, lang)
    blocks.append(_stages(result, lang, total, fit))
    blocks += __import__("cfp.lca.render.energy_view", fromlist=["_"]).terminal_lines(
        result, lang)  # processing as Scope 1 / Scope 2 (issue 15)
    blocks += __import__("cfp.cli.uncertainty", fromlist=["_"]).view_lines(result, lang)
    blocks += [_fit_wide(b, console.width, fit) if isinstance(b, Table) else b
               for b in __import__("cfp.lca.render.scenarios_view", fromlist=["_"])
               .terminal_lines(result, lang)]  # --scenarios (issue 15)
    blocks.append(_top_parts(result, lang, top, total, console.width, fit))
    breakdowns = _breakdowns(result, lang, console.width, total, fit)
    if breakdowns is not None:
        blocks.append(breakdowns)
    if not fit:
        for block in blocks:
            console.print(block)
        _warnings(result, lang, console, None)
        return
    used = _print_fitted(blocks, console)
    # the shell prompt needs the last line
    _warnings(result, lang, console, max(console.height - used - 1, 1))


def _print_fitted(blocks: list[RenderableType], console: Console) -> int:
    """Print the blocks on the terminal; the lines they took. A line of text wraps
    between words (a number cut at the edge would be a wrong number); a table's rows
    keep to their lines, its columns fitted before."""
    used = 0
    wrapped = console.options.reset_height()
    one_line = wrapped.update(no_wrap=True, overflow="ellipsis")
    for block in blocks:
        text = isinstance(block, str)
        used += len(console.render_lines(block, wrapped if text else one_line, pad=False))
        if text:
            console.print(block)
        else:
            console.print(block, no_wrap=True, overflow="ellipsis", crop=True)
    return used


def _stages(result: Result, lang: str, total: float, fit: bool) -> Table:
    stages = Table(title=None, show_edge=False)
    stages.add_column(tr("label.stage", lang), no_wrap=fit)
    stages.add_column(tr("label.kg_co2e", lang), justify="right", no_wrap=fit)
    stages.add_column(tr("label.share", lang), justify="right", no_wrap=fit)
    for stage, value in result.stages().items():
        share = value / total if total else 0.0
        stages.add_row(tr(f"stage.{stage}", lang), kg_text(value), fmt_pct(share))
    return stages


def _top_parts(result: Result, lang: str, top: int, total: float, width: int,
               fit: bool) -> Table:
    """The parts with the largest footprint; a column per stage where the terminal is
    wide enough, else the share. Fitted: one line a row; the names, then the part numbers
    give way (a name cut between words, "…": never inside a number such as '0.4 kW'),
    and the names are left out when even that is too wide."""
    parts = result.top_parts(top)
    by_stage = width >= 110
    names = [visible(p["name"] or "") for p in parts]
    table = _top_table(parts, names, lang, total, by_stage, fit)
    if not fit:
        return table
    widths = [_natural(c) for c in table.columns]
    widths[0] = min(widths[0], 24)
    widths = _shrink(widths, width, [(1, 8), (0, 8)])
    if _width_of(widths) > width:  # not even 8 columns of name: leave the names out
        table.columns.pop(1)
        widths.pop(1)
        widths = _shrink(widths, width, [(0, 6)])
    else:
        table = _top_table(parts, [shorten(n, widths[1]) for n in names], lang, total,
                           by_stage, fit)
    for column, cells in zip(table.columns, widths, strict=True):
        column.width = cells
    return table


def _top_table(parts: list, names: list[str], lang: str, total: float, by_stage: bool,
               fit: bool) -> Table:
    """The top parts' table, its names (visible text) as given."""
    from rich.markup import escape

    table = Table(title=tr("label.top_parts", lang), show_edge=False)
    cut = {"no_wrap": True, "overflow": "ellipsis"}
    table.add_column(tr("label.part_number", lang), **(cut if fit else {"no_wrap": True}))
    table.add_column(tr("label.name", lang), **(cut if fit else {"overflow": "fold"}))
    table.add_column(tr("label.quantity", lang), no_wrap=True)
    for stage in STAGES if by_stage else []:
        table.add_column(tr(f"stage.{stage}", lang), justify="right", no_wrap=True)
    table.add_column(tr("label.kg_co2e", lang), justify="right", no_wrap=True)
    if not by_stage:
        table.add_column(tr("label.share", lang), justify="right", no_wrap=True)
    for p, name in zip(parts, names, strict=True):
        stage_cells = [kg_text(p[s]) for s in STAGES] if by_stage else []
        tail = [] if by_stage else [fmt_pct(p['kg_co2e'] / total) if total else "-"]
        table.add_row(shown(p["part_number"]), escape(name), f"{p['total_quantity']:g}",
                      *stage_cells, kg_text(p['kg_co2e']), *tail)
    return table


def _fit_wide(table: Table, width: int, fit: bool) -> Table:
    """A table of names and numbers (the scenarios') wider than `width`: its number
    columns as narrow as their numbers (their headers wrap), then its name column (the
    first) narrowed, down to 6, "…" on a terminal, wrapped to a pipe. Numbers are never
    cut (rich narrowed every column: '-38.7%' read '-3…')."""
    from .tables import header_need

    if _drawn_width(table) <= width:
        return table
    for column in table.columns[1:]:
        cells = max((_cell_width(cell) for cell in column.cells), default=0)
        column.width = header_need(_plain(column.header), cells)
        column.no_wrap, column.overflow = False, "fold"
    name = table.columns[0]
    name.width = _natural(name)
    if not fit:
        name.no_wrap, name.overflow = False, "fold"
    while _drawn_width(table) > width and name.width > 6:
        name.width -= 1
    return table


def _drawn_width(table: Table) -> int:
    from io import StringIO

    from rich.cells import cell_len

    lines = Console(width=1000, file=StringIO()).render_lines(table, pad=False)
    return max((sum(cell_len(segment.text) for segment in line) for line in lines), default=0)


def _plain(markup: object) -> str:
    from rich.text import Text

    return Text.from_markup(str(markup), emoji=False).plain


def _cell_width(cell: object) -> int:
    from rich.cells import cell_len

    return cell_len(_plain(cell))


def _natural(column) -> int:  # noqa: ANN001 - a rich Column
    """Columns of the widest cell of `column`, its header included."""
    from rich.text import Text

    return max(Text.from_markup(str(cell)).cell_len
               for cell in [column.header, *column.cells])


def _width_of(widths: list[int]) -> int:
    """A table's width (show_edge=False) from its columns' widths: padding 1 each side,
    a rule between columns."""
    return sum(widths) + 3 * len(widths) - 1


def _shrink(widths: list[int], width: int, order: list[tuple[int, int]]) -> list[int]:
    """Narrow the columns (index, minimum) in `order` until the table fits `width`."""
    widths = list(widths)
    for index, minimum in order:
        excess = _width_of(widths) - width
        if excess <= 0:
            break
        widths[index] = max(minimum, widths[index] - excess)
    return widths


def _breakdowns(result: Result, lang: str, width: int, total: float,
                fit: bool) -> RenderableType | None:
    """Material categories and processes side by side: where the footprint comes from.
    Fitted, their names give way ("…", the longer first) so that they stay side by side;
    the process table leaves out kWh below KWH_FROM columns."""
    from rich.columns import Columns

    def share(kg: float) -> str:
        return fmt_pct(kg / total) if total else "-"

    tables = []
    categories = result.category_sums
    if categories.keys:
        table = _small_table(tr("label.category", lang), [tr("label.category", lang)], lang,
                             fit)
        rows = list(zip(categories.keys, categories.values["kg_co2e"].tolist(), strict=True))
        for key, kg in rows[:BREAKDOWN_ROWS]:
            table.add_row(shown(result.category_name(str(key), lang)), kg_text(kg), share(kg))
        _rest_row(table, [kg for _key, kg in rows[BREAKDOWN_ROWS:]], 0, share, lang)
        tables.append(table)
    processes = result.process_sums
    if processes.keys:
        kwh = not fit or width >= KWH_FROM
        heads = [tr("label.process", lang), *(["kWh"] if kwh else [])]
        table = _small_table(tr("label.process", lang), heads, lang, fit)
        rows = list(zip(processes.keys, processes.values["kwh"].tolist(),
                        processes.values["kg_co2e"].tolist(), strict=True))
        for name, energy, kg in rows[:BREAKDOWN_ROWS]:
            table.add_row(shown(name), *([f"{energy:,.2f}"] if kwh else []), kg_text(kg),
                          share(kg))
        _rest_row(table, [kg for _n, _e, kg in rows[BREAKDOWN_ROWS:]], int(kwh), share, lang)
        tables.append(table)
    if not tables:
        return None
    if not fit:
        return Columns(tables, padding=(0, 4))
    return _arranged(tables, width)


def _rest_row(table: Table, rest: list[float], blanks: int, share: object, lang: str) -> None:
    """The rows left out of a breakdown as one row, "(3 more)" with their sum, so that
    the table still adds up to the total."""
    if rest:
        kg = sum(rest)
        table.add_row(tr("label.more_rows", lang, count=len(rest)), *([""] * blanks),
                      kg_text(kg), share(kg))  # type: ignore[operator]


def kg_text(value: float) -> str:
    """kg-CO2e with 3 decimals; a figure that is not 0 never reads 0.000: "<0.001"
    ("-<0.001" for a credit)."""
    if 0 < abs(value) < 0.0005:
        return "<0.001" if value > 0 else "-<0.001"
    return f"{value:,.3f}"


def _arranged(tables: list[Table], width: int) -> RenderableType:
    """The breakdowns side by side, their names narrowed (they wrap, never cut: two
    categories cut to 'Aluminiu…' read the same), or one below the other at their own
    widths: whichever takes fewer lines (one below the other when even)."""
    from rich.columns import Columns
    from rich.console import Group

    natural = [[_natural(c) for c in t.columns] for t in tables]
    below = [_shrink(w, width, [(0, 6)]) for w in natural]
    beside = _side_by_side(natural, width - 2 * (len(tables) - 1))
    if beside is not None and max(map(_height, tables, beside)) < sum(
            map(_height, tables, below)):
        _set_widths(tables, beside)
        return Columns(tables, padding=(0, 2))
    _set_widths(tables, below)
    return Group(*tables)


def _side_by_side(natural: list[list[int]], width: int) -> list[list[int]] | None:
    """The column widths that put the tables side by side in `width`: the name columns
    (the first of each) narrowed, the longer first, down to 6; None if that is not
    enough."""
    widths = [list(w) for w in natural]
    while sum(_width_of(w) for w in widths) > width:
        longest = max(range(len(widths)), key=lambda i: widths[i][0])
        if widths[longest][0] <= 6:
            return None
        widths[longest][0] -= 1
    return widths


def _set_widths(tables: list[Table], widths: list[list[int]]) -> None:
    for table, table_widths in zip(tables, widths, strict=True):
        for column, cells in zip(table.columns, table_widths, strict=True):
            column.width = cells


def _height(table: Table, widths: list[int]) -> int:
    """The lines `table` takes with its columns `widths` wide (its names wrapped)."""
    from rich.console import Console

    _set_widths([table], [widths])
    console = Console(width=_width_of(widths), file=__import__("io").StringIO())
    return len(console.render_lines(table, pad=False))


def _small_table(title: str, heads: list[str], lang: str, fit: bool) -> Table:
    """A breakdown table; its name column (the first) wraps where it must. Fitted to the
    terminal it has no title (its first header says the same), a line saved."""
    table = Table(title=None if fit else title, show_edge=False)
    for i, head in enumerate(heads):
        if i == 0:  # wraps between words, folds a longer word: never cut
            table.add_column(head, overflow="fold")
        else:
            table.add_column(head, justify="right", no_wrap=fit)
    table.add_column(tr("label.kg_co2e", lang), justify="right", no_wrap=fit)
    table.add_column(tr("label.share", lang), justify="right", no_wrap=fit)
    return table


def _warnings(result: Result, lang: str, console: Console, room: int | None) -> None:
    """Every warning (a wrapped one indented under its bullet); on a terminal those that
    fit in `room` lines, then how many more there are and where to read them all."""
    if not result.warnings:
        return
    texts = [shown(result.warning_text(key, params, lang)) for key, params in result.warnings]
    if room is not None and room < 2:  # no room for a heading: one line counting them
        console.print(f"[yellow]{tr('label.warnings_count', lang, count=len(texts))}[/]",
                      no_wrap=True, overflow="ellipsis", crop=True)
        return
    console.print(f"[yellow]{tr('label.warnings', lang)}:[/]")
    if room is None:
        for text in texts:
            console.print(_bullet(text))
        return
    left = room - 1  # the heading
    for i, text in enumerate(texts):
        line = _bullet(text)
        height = len(console.render_lines(line, console.options.reset_height(), pad=False))
        rest = len(texts) - i - 1
        if height > left - (1 if rest else 0):
            console.print(f"  {shown(tr('label.more_warnings', lang, count=len(texts) - i))}",
                          no_wrap=True, overflow="ellipsis", crop=True)
            return
        console.print(line)
        left -= height


def _bullet(text: str) -> Table:
    """'  • text' with the text's wrapped lines indented under its first."""
    grid = Table.grid()
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    grid.add_row("  [yellow]•[/] ", text)
    return grid
