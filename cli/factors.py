"""`cfp factors list|search|show [BOM]`: browse built-in and loaded emission factors.

The BOM workbook (whose 排出原単位 / Factors sheet is loaded too) is an argument, as for
the other commands; the former `--bom BOM` still works (hidden, with a note), not both.
`--format table|json` (the former `--json` still works, hidden, with a note), `-o FILE`
for the json. A search that matches nothing says so (exit 0). `--lang` is also taken
before the sub-command (`cfp factors --lang ja list`, `cli/common.resolve_lang`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from .common import (
    ViewFormat,
    check_output,
    data_table,
    data_type_text,
    emit_json,
    handle_errors,
    limits_of,
    print_table,
    resolve_lang,
    shown,
    stdout_console,
    view_format,
    visible,
    warn,
)
from .options import (
    DebugOption,
    FileList,
    JsonFlag,
    LangOption,
    MaxCellsOption,
    MaxUnzippedOption,
    OutputOption,
    ViewFormatOption,
)

app = typer.Typer(help="Browse emission factors: built-in and your own files, with source and "
                  "licence. 排出原単位を一覧・検索・表示します。", no_args_is_help=True)


@app.callback()
def _group(lang: LangOption = None) -> None:
    # --lang before the sub-command: the sub-command's own --lang wins (`resolve_lang`)
    pass


BomArgument = Annotated[Path | None, typer.Argument(
    help="BOM workbook: its 排出原単位/Factors sheet is loaded too (it wins). "
    "部品表ブック(その排出原単位シートも読み込みます)。", metavar="bom", show_default=False)]
#: the former spelling of the argument: still works, with a note
BomOption = Annotated[Path | None, typer.Option("--bom", hidden=True)]
KINDS = ("mass", "energy", "volume", "transport", "count", "component")
KindOption = Annotated[str | None, typer.Option(
    "--kind", help="Only this dimension: mass, energy, volume, transport, count (per piece); "
    "or component: the purchased-component categories (motor, bearing, pcb...). "
    "この次元の原単位だけ(count は個数当たり、component は購入部品の分類)。")]


def _workbook(argument: Path | None, option: Path | None, lang: str) -> Path | None:
    """The BOM given as the argument or, the former way, as --bom (with a note); not both."""
    from cfp.lca.errors import UsageError
    from cfp.lca.messages import tr

    if argument is not None and option is not None:
        raise UsageError("factors.bom_twice", path=argument, option=option)
    if option is not None:
        warn(tr("factors.bom_deprecated", lang, path=option))
    return argument if argument is not None else option


def _load(factors: list[Path] | None, bom: Path | None, columns: str | None,  # noqa: ANN202
          limits: tuple[int | None, int | None]):
    """The factor table (built-in < --factors < the BOM's sheet) and the files read,
    within the --max-cells / --max-unzipped-mb `limits`."""
    from cfp.lca.api import Options
    from cfp.lca.app.catalog import load_table

    from .common import parse_factor_columns

    table, log = load_table(Options(factor_files=list(factors or []),
                                    factor_columns=parse_factor_columns(columns),
                                    limits=limits_of(*limits)), bom)
    log.raise_if_any()
    return table, [*(factors or []), *([bom] if bom else [])]


ColumnsOption = Annotated[str | None, typer.Option(
    "--factor-columns", help="Map headers of a factor file (see cfp calc --help). "
    "排出原単位ファイルの見出しの対応付け。")]


def _checked(output_format: ViewFormat, as_json: bool, output: Path | None, lang: str,
             kind: str | None = None) -> ViewFormat:
    from cfp.lca.errors import UsageError

    if kind is not None and kind not in KINDS:
        raise UsageError("usage.kind", value=kind, kinds=", ".join(KINDS))
    chosen = view_format(output_format, as_json, lang)
    check_output(output, chosen is ViewFormat.table)
    return chosen


@app.command("list")
def list_factors(ctx: typer.Context, workbook: BomArgument = None,
                 factors: FileList = None, bom: BomOption = None, kind: KindOption = None,
                 factor_columns: ColumnsOption = None, max_cells: MaxCellsOption = None,
                 max_unzipped_mb: MaxUnzippedOption = None,
                 output_format: ViewFormatOption = ViewFormat.table, output: OutputOption = None,
                 as_json: JsonFlag = False, lang: LangOption = None,
                 debug: DebugOption = False) -> None:
    """List every factor in force (the winner of each key), sorted by key.
    使われる排出原単位の一覧。"""
    language = resolve_lang(lang, ctx)
    with handle_errors(language, debug):
        from cfp.lca.app.catalog import factor_records

        chosen = _checked(output_format, as_json, output, language, kind)
        table, inputs = _load(factors, _workbook(workbook, bom, language), factor_columns,
                              (max_cells, max_unzipped_mb))
        _print(factor_records(table, dimension=kind), chosen, output, language, inputs, table)


@app.command("search")
def search(ctx: typer.Context, term: Annotated[str, typer.Argument(
               help="Text in key, name, alias or source. キー・名称・別名・出典の一部。")],
           workbook: BomArgument = None, factors: FileList = None, bom: BomOption = None,
           kind: KindOption = None, factor_columns: ColumnsOption = None,
           max_cells: MaxCellsOption = None, max_unzipped_mb: MaxUnzippedOption = None,
           output_format: ViewFormatOption = ViewFormat.table, output: OutputOption = None,
           as_json: JsonFlag = False, lang: LangOption = None,
           debug: DebugOption = False) -> None:
    """Find factors whose key, name, alias or source contains TERM. 排出原単位を検索。"""
    language = resolve_lang(lang, ctx)
    with handle_errors(language, debug):
        from cfp.lca.app.catalog import factor_records
        from cfp.lca.messages import tr

        chosen = _checked(output_format, as_json, output, language, kind)
        table, inputs = _load(factors, _workbook(workbook, bom, language), factor_columns,
                              (max_cells, max_unzipped_mb))
        records = factor_records(table, term, kind)
        _print(records, chosen, output, language, inputs, table)
        if not records:  # not an error: said on stderr, json stays `[]`
            warn(tr("factors.no_match_kind", language, term=term, kind=kind) if kind
                 else tr("factors.no_match", language, term=term))


@app.command("show")
def show(ctx: typer.Context, key: Annotated[str, typer.Argument(
             help="Factor key or alias (e.g. steel, 電力). キーか別名。")],
         workbook: BomArgument = None, factors: FileList = None, bom: BomOption = None,
         factor_columns: ColumnsOption = None, max_cells: MaxCellsOption = None,
         max_unzipped_mb: MaxUnzippedOption = None,
         output_format: ViewFormatOption = ViewFormat.table, output: OutputOption = None,
         as_json: JsonFlag = False, lang: LangOption = None,
         debug: DebugOption = False) -> None:
    """Show one factor with its full provenance. 排出原単位を出典とともに表示。"""
    language = resolve_lang(lang, ctx)
    with handle_errors(language, debug):
        from cfp.lca.app.catalog import factor_record
        from cfp.lca.errors import UsageError

        chosen = _checked(output_format, as_json, output, language)
        loaded, inputs = _load(factors, _workbook(workbook, bom, language), factor_columns,
                               (max_cells, max_unzipped_mb))
        record = factor_record(loaded, key)
        if record is None:
            raise UsageError("usage.no_factor", key=key)
        if chosen is ViewFormat.json:
            emit_json(record, output, inputs)
            return
        from rich.table import Table

        table = Table(show_header=False, show_edge=False)
        table.add_column(no_wrap=True)
        table.add_column(overflow="fold")  # Japanese has no spaces to wrap at: fold, never "…"
        for name, value in _in_language(record, loaded.find(key), language).items():
            # cells are markup: values from files escaped
            table.add_row(shown(name), "" if value is None else shown(value))
        stdout_console().print(table, crop=False)  # a terminal wraps; never cut


def _in_language(record: dict[str, object], row: dict[str, object] | None,
                 lang: str) -> dict[str, object]:
    """`record` for reading in `lang`: field labels, data type and yes/no translated; the
    note and licence in `lang` where the factor row has them (note_ja, licence_ja)."""
    from cfp.lca.aggregate.factors import origin_text
    from cfp.lca.messages import tr

    local = dict(record)
    for name in ("note", "licence"):
        local[name] = _translated(record, row, name, lang)
    local["origin"] = origin_text(local.get("origin"), lang)
    local["data_type"] = data_type_text(local.get("data_type"), lang)
    local["builtin"] = tr("factors.yes" if local.get("builtin") else "factors.no", lang)
    return {tr(f"factors.field.{name}", lang): value for name, value in local.items()}


def _translated(record: dict[str, object], row: dict[str, object] | None, name: str,
                lang: str) -> object:
    """A factor's `name` (note, licence) in `lang` where its row has it (note_ja,
    licence_ja: 事実(公表された単一の統計値), not the code `fact (single ...)`)."""
    translated = (row or {}).get(f"{name}_{lang}")
    if isinstance(translated, str) and translated.strip():
        return translated
    return record.get(name)


def _print(records: list[dict[str, object]], chosen: ViewFormat, output: Path | None,
           lang: str, inputs: list[Path], table: Any) -> None:
    if chosen is ViewFormat.json:
        emit_json(records, output, inputs)
        return
    if not records:
        return
    from cfp.lca.messages import tr

    rows = [(shown(r["key"]), factor, shown(data_type_text(r["data_type"], lang)),
             shown(r["source"] or ""),
             shown(_translated(r, table.find(str(r["key"])), "licence", lang) or ""))
            for r, factor in zip(records, _per_unit(records), strict=True)]
    labels = [tr(label, lang) for label in ("factors.key", "factors.factor_per_unit",
                                            "factors.type", "factors.source",
                                            "factors.licence")]
    # the key and the factor never give way; source and licence share what is left
    # (cut with "…"), and at narrow widths the licence, the source, then the type are
    # left out, with a line saying so (`cfp factors show KEY` prints them in full)
    table = data_table(labels, rows, flexible=(3, 4), cut=True, optional=(4, 3, 2))
    print_table(table, labels, lang, note="factors.left_out")


def _per_unit(records: list[dict[str, object]]) -> list[str]:
    """Each factor as '0.423 /kWh' (kg-CO2e per unit), the numbers right-aligned and the
    units left-aligned in one column: the unit column of its own took 15 columns."""
    from rich.cells import cell_len

    numbers = [f"{r['factor']:.6g}" for r in records]
    units = [visible(r["unit"]) for r in records]
    digits = max(map(len, numbers), default=0)
    letters = max((cell_len(u) for u in units), default=0)
    return [shown(f"{n:>{digits}} /{u}" + " " * (letters - cell_len(u)))
            for n, u in zip(numbers, units, strict=True)]
