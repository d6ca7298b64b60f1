"""`cfp calc BOM.xlsx`: compute the footprint and show or write it."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from .common import DebugOption, FileList, LangOption, handle_errors, resolve_lang, write_stdout


class Format(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


MasterOption = Annotated[Path | None, typer.Option(show_default=False)]


def calc(
    bom: Annotated[Path, typer.Argument(help="BOM workbook (.xlsx). 部品表ブック。")],
    output_format: Annotated[Format, typer.Option(
        "--format", "-f", help="table (terminal), json (full result) or csv (inventory).")
    ] = Format.table,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Write json/csv to this file (atomically) instead of stdout.")
    ] = None,
    factors: FileList = None,
    factor_columns: Annotated[str | None, typer.Option(
        "--factor-columns", help="Map headers of a factor file: 'key=製品コード,factor=GWP,"
        "unit=単位,source=出典'.")] = None,
    processes: Annotated[Path | None, typer.Option(
        "--processes", help="Processes master (CSV/XLSX) if not a sheet of the BOM.")] = None,
    measurements: Annotated[Path | None, typer.Option(
        "--measurements", help="Energy-meter readings (CSV/XLSX).")] = None,
    suppliers: Annotated[Path | None, typer.Option(
        "--suppliers", help="Suppliers master: mode and distance (CSV/XLSX).")] = None,
    settings: Annotated[Path | None, typer.Option(
        "--settings", help="Settings as key/value rows (CSV/XLSX).")] = None,
    materials: Annotated[Path | None, typer.Option(
        "--materials", help="Extra grade -> category map (CSV/XLSX).")] = None,
    gwp: Annotated[str | None, typer.Option(
        "--gwp", help="GWP100 set for per-gas factors: AR5 or AR6 (default: Settings, else "
        "AR6).")] = None,
    allow_missing: Annotated[bool, typer.Option(
        "--allow-missing", help="Leave out parts with no factor (listed as excluded) instead "
        "of failing.")] = False,
    top: Annotated[int, typer.Option("--top", help="Parts shown in the table.")] = 10,
    lang: LangOption = None,
    debug: DebugOption = False,
) -> None:
    """Compute the cradle-to-gate footprint of one BOM workbook. 部品表から CFP を計算します。"""
    language = resolve_lang(lang)
    with handle_errors(language, debug):
        from cfp.lca.api import Options, calculate
        from cfp.lca.errors import UsageError
        from cfp.lca.masters import MasterFiles

        if gwp is not None and gwp.upper() not in ("AR5", "AR6"):
            raise UsageError(f"--gwp {gwp}: use AR5 or AR6")
        options = Options(
            factor_files=list(factors or []),
            factor_columns=_parse_columns(factor_columns),
            masters=MasterFiles(settings=settings, processes=processes,
                                measurements=measurements, suppliers=suppliers,
                                materials=materials),
            gwp=gwp, allow_missing=allow_missing)
        result = calculate(bom, options)
        if output_format is Format.table:
            from .render import show

            show(result, language, top=top)
            return
        from cfp.lca import formats

        text = formats.to_json(result, language) if output_format is Format.json \
            else formats.to_csv(result, language)
        if output is None:
            write_stdout(text)
        else:
            from cfp.lca.output import atomic_write_text

            atomic_write_text(output, text, "utf-8-sig" if output_format is Format.csv
                              else "utf-8")


def _parse_columns(text: str | None) -> dict[str, str] | None:
    if not text:
        return None
    from cfp.lca.errors import UsageError

    mapping = {}
    for item in text.split(","):
        name, sep, header = item.partition("=")
        if not sep or not name.strip() or not header.strip():
            raise UsageError(f"--factor-columns: '{item}' is not field=header")
        mapping[name.strip()] = header.strip()
    return mapping
