"""`cfp factors list|search|show`: browse built-in and loaded emission factors."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .common import (
    DebugOption,
    FileList,
    LangOption,
    data_table,
    handle_errors,
    resolve_lang,
    shown,
    stdout_console,
    write_stdout,
)

app = typer.Typer(help="Browse emission factors: built-in and your own files, with source and "
                  "licence. 排出原単位を一覧・検索・表示します。", no_args_is_help=True)

BomOption = Annotated[Path | None, typer.Option(
    "--bom", help="Also load the 排出原単位/Factors sheet of this workbook.")]
JsonOption = Annotated[bool, typer.Option("--json", help="Machine-readable output.")]
KindOption = Annotated[str | None, typer.Option(
    "--kind", help="Only this dimension: mass, energy, volume, transport, count.")]


def _load(factors: list[Path] | None, bom: Path | None, columns: str | None,  # noqa: ANN202
          lang: str):
    from cfp.lca.api import Options
    from cfp.lca.app.catalog import load_table

    from .common import parse_factor_columns

    table, log = load_table(Options(factor_files=list(factors or []),
                                    factor_columns=parse_factor_columns(columns, lang)), bom)
    log.raise_if_any()
    return table


ColumnsOption = Annotated[str | None, typer.Option(
    "--factor-columns", help="Map headers of a factor file (see cfp calc --help).")]


@app.command("list")
def list_factors(factors: FileList = None, bom: BomOption = None, kind: KindOption = None,
                 factor_columns: ColumnsOption = None, as_json: JsonOption = False,
                 lang: LangOption = None, debug: DebugOption = False) -> None:
    """List every factor in force (the winner of each key), sorted by key."""
    language = resolve_lang(lang)
    with handle_errors(language, debug):
        from cfp.lca.app.catalog import factor_records

        table = _load(factors, bom, factor_columns, language)
        _print(factor_records(table, dimension=kind), as_json, language)


@app.command("search")
def search(term: Annotated[str, typer.Argument(help="Text in key, name, alias or source.")],
           factors: FileList = None, bom: BomOption = None, kind: KindOption = None,
           factor_columns: ColumnsOption = None, as_json: JsonOption = False,
           lang: LangOption = None, debug: DebugOption = False) -> None:
    """Find factors whose key, name, alias or source contains TERM."""
    language = resolve_lang(lang)
    with handle_errors(language, debug):
        from cfp.lca.app.catalog import factor_records

        _print(factor_records(_load(factors, bom, factor_columns, language), term, kind), as_json,
               language)


@app.command("show")
def show(key: Annotated[str, typer.Argument(help="Factor key or alias (e.g. steel, 電力).")],
         factors: FileList = None, bom: BomOption = None, factor_columns: ColumnsOption = None,
         as_json: JsonOption = False, lang: LangOption = None,
         debug: DebugOption = False) -> None:
    """Show one factor with its full provenance."""
    language = resolve_lang(lang)
    with handle_errors(language, debug):
        from cfp.lca.app.catalog import factor_record
        from cfp.lca.errors import UsageError
        from cfp.lca.messages import tr

        record = factor_record(_load(factors, bom, factor_columns, language), key)
        if record is None:
            raise UsageError(tr("usage.no_factor", language, key=key))
        if as_json:
            import orjson

            write_stdout(orjson.dumps(record, option=orjson.OPT_INDENT_2).decode())
            return
        from rich.table import Table

        table = Table(show_header=False, show_edge=False)
        for name, value in record.items():  # cells are markup: values from files escaped
            table.add_row(shown(name), "" if value is None else shown(value))
        stdout_console().print(table, crop=False)  # a terminal wraps; never cut


def _print(records: list[dict[str, object]], as_json: bool, lang: str) -> None:
    if as_json:
        import orjson

        write_stdout(orjson.dumps(records, option=orjson.OPT_INDENT_2).decode())
        return
    from cfp.lca.messages import tr

    rows = [(shown(r["key"]), f"{r['factor']:.6g}", shown(f"kg-CO2e/{r['unit']}"),
             shown(r["data_type"] or ""), shown(r["source"] or ""),
             shown(r["licence"] or "")) for r in records]
    labels = [tr(label, lang) for label in ("factors.key", "factors.factor", "factors.unit",
                                            "factors.type", "factors.source",
                                            "factors.licence")]
    # source and licence give way (`cfp factors show KEY` prints them in full)
    table = data_table(labels, rows, flexible=(4, 5), right=(1,))
    stdout_console().print(table, crop=False)  # a terminal wraps; never cut
