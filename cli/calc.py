"""`cfp calc BOM.xlsx`: compute the footprint and show or write it.

One BOM file: the result goes to the terminal (or stdout as json/csv) and reports to
--out. Several files, globs or a directory: a batch run (`cli/batch.py`), one result
and report set per BOM plus a summary.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Annotated, BinaryIO

import typer

from .common import (
    DebugOption,
    FactorColumnsOption,
    FileList,
    LangOption,
    MaterialsOption,
    MaxCellsOption,
    MaxUnzippedOption,
    handle_errors,
    limits_of,
    no_cyclic_gc,
    parse_factor_columns,
    resolve_lang,
)


class Format(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


@dataclass
class CalcRequest:
    """Everything `cfp calc` was asked for, shared by the single-file and batch paths."""

    paths: list[Path]
    output_format: Format
    output: Path | None
    out_dir: Path | None
    reports: list[str]
    lang: str
    top: int
    jobs: int | None
    fail_above: float | None
    budgets: Path | None
    junit: Path | None
    baseline: Path | None
    timestamp: str | None
    debug: bool
    options: object = None  # cfp.lca.api.Options (imported lazily)
    extra: dict[str, object] = field(default_factory=dict)


#: --help of the master options: one rule, a file's rows replace the sheet's rows by key
MASTER_HELP = {
    "processes": "Processes master (CSV/XLSX): its rows replace the 工程 sheet's rows of "
                 "the same process; the sheet's other rows stay. "
                 "工程マスタ(同じ工程の行を置き換え)。",
    "measurements": "Energy-meter readings (CSV/XLSX): its rows replace the 実測 sheet's "
                    "rows of the same part and process. "
                    "実測値(同じ品番・工程の行を置き換え)。",
    "suppliers": "Suppliers master, mode and distance (CSV/XLSX): its rows replace the "
                 "仕入先 sheet's rows of the same supplier. "
                 "仕入先マスタ(同じ仕入先の行を置き換え)。",
    "settings": "Settings as key/value rows (CSV/XLSX): its values replace the 設定 "
                "sheet's values of the same key. 設定(同じ項目の値を置き換え)。",
}

REPORT_KINDS = ("html", "pdf", "xlsx", "sheet", "pact", "json", "csv")


def calc(
    boms: Annotated[list[Path], typer.Argument(
        help="BOM workbook(s) (.xlsx), globs or directories. 部品表ブック(複数・フォルダ可)。")],
    output_format: Annotated[Format, typer.Option(
        "--format", "-f", help="table (terminal), json (full result) or csv (inventory).")
    ] = Format.table,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Write json/csv to this file (atomically) instead of stdout.")
    ] = None,
    out_dir: Annotated[Path | None, typer.Option(
        "--out", help="Directory for reports and (batch) per-BOM results. 出力フォルダ。")] = None,
    report: Annotated[str | None, typer.Option(
        "--report", help="Reports to write to --out, comma-separated: html (study report), "
        "sheet (one-page CFP sheet), pdf, xlsx (inventory workbook). 報告書の種類。")] = None,
    factors: FileList = None,
    factor_columns: FactorColumnsOption = None,
    processes: Annotated[Path | None, typer.Option(
        "--processes", help=MASTER_HELP["processes"])] = None,
    measurements: Annotated[Path | None, typer.Option(
        "--measurements", help=MASTER_HELP["measurements"])] = None,
    suppliers: Annotated[Path | None, typer.Option(
        "--suppliers", help=MASTER_HELP["suppliers"])] = None,
    settings: Annotated[Path | None, typer.Option(
        "--settings", help=MASTER_HELP["settings"])] = None,
    materials: MaterialsOption = None,
    gwp: Annotated[str | None, typer.Option(
        "--gwp", help="GWP100 set for per-gas factors: AR5 or AR6 (default: Settings, else "
        "AR6).")] = None,
    allow_missing: Annotated[bool, typer.Option(
        "--allow-missing", help="Leave out parts with no factor (listed as excluded) instead "
        "of failing.")] = False,
    cutoff: Annotated[float | None, typer.Option(
        "--cutoff", help="Mass cut-off (%): parts with no factor that together weigh at most "
        "this share of the product are excluded and listed (default: Settings カットオフ).")
    ] = None,
    jobs: Annotated[int | None, typer.Option(
        "--jobs", "-j", help="Parallel processes for many BOMs (default: CPU cores).")] = None,
    fail_above: Annotated[float | None, typer.Option(
        "--fail-above", help="Gate: exit 1 if a product's total (kg-CO2e) is above this.")
    ] = None,
    budgets: Annotated[Path | None, typer.Option(
        "--budgets", help="Gate: CSV of product,max_kg_co2e budgets per product.")] = None,
    junit: Annotated[Path | None, typer.Option(
        "--junit", help="Write a JUnit XML file, one test case per BOM.")] = None,
    baseline: Annotated[Path | None, typer.Option(
        "--baseline", help="Earlier results folder: the summary shows the change.")] = None,
    timestamp: Annotated[str | None, typer.Option(
        "--timestamp", help="Pin the creation time (ISO 8601) for byte-identical output; "
        "SOURCE_DATE_EPOCH works too.")] = None,
    top: Annotated[int, typer.Option("--top", help="Parts shown in the table.")] = 10,
    max_cells: MaxCellsOption = None,
    max_unzipped_mb: MaxUnzippedOption = None,
    lang: LangOption = None,
    debug: DebugOption = False,
) -> None:
    """Compute cradle-to-gate footprints of BOM workbooks. 部品表から CFP を計算します。"""
    language = resolve_lang(lang)
    with handle_errors(language, debug):
        from cfp.lca.read import prefetch

        batch = _is_batch(boms, fail_above, budgets, junit, baseline)
        limits = limits_of(max_cells, max_unzipped_mb)
        early = None
        if not batch:
            no_cyclic_gc()
            # a single BOM: its sheet is parsed (without the GIL) while numpy and the
            # calculation modules are imported
            early = prefetch.start(boms[0], limits)
        from cfp.lca.api import Options
        from cfp.lca.errors import UsageError
        from cfp.lca.messages import tr
        from cfp.lca.read.masters import MasterFiles

        if gwp is not None and gwp.upper() not in ("AR5", "AR6"):
            raise UsageError(tr("usage.gwp", language, value=gwp))
        kinds = [k.strip().lower() for k in (report or "").split(",") if k.strip()]
        unknown = [k for k in kinds if k not in REPORT_KINDS]
        if unknown:
            raise UsageError(tr("usage.report_kind", language, value=",".join(unknown),
                                kinds=", ".join(REPORT_KINDS)))
        if kinds and out_dir is None:
            raise UsageError(tr("usage.report_needs_out", language))
        if cutoff is not None and not 0 <= cutoff <= 100:
            raise UsageError(tr("usage.range", language, option="--cutoff", value=f"{cutoff:g}",
                                low=0, high=100))
        for option, number in (("--top", top), ("--jobs", jobs)):
            low = 0 if option == "--top" else 1
            if number is not None and number < low:
                raise UsageError(tr("usage.at_least", language, option=option, value=number,
                                    low=low))
        request = CalcRequest(
            paths=list(boms), output_format=output_format, output=output, out_dir=out_dir,
            reports=kinds, lang=language, top=top, jobs=jobs, fail_above=fail_above,
            budgets=budgets, junit=junit, baseline=baseline, timestamp=timestamp, debug=debug,
            options=Options(
                factor_files=list(factors or []),
                factor_columns=parse_factor_columns(factor_columns, language),
                masters=MasterFiles(settings=settings, processes=processes,
                                    measurements=measurements, suppliers=suppliers,
                                    materials=materials),
                gwp=gwp, allow_missing=allow_missing, cutoff_pct=cutoff, prefetched=early,
                limits=limits))
        if batch:
            from .batch import run_batch

            raise typer.Exit(run_batch(request))
        _single(request)


def _is_batch(paths: list[Path], *batch_options: object) -> bool:
    """Several paths, a directory, a glob, or a batch-only option given: the batch path."""
    if len(paths) != 1 or paths[0].is_dir():
        return True
    if not paths[0].exists() and any(c in str(paths[0]) for c in "*?["):
        return True  # a glob; an existing file named `bom[v2].xlsx` is one BOM
    return any(x is not None for x in batch_options)


def _single(request: CalcRequest) -> None:
    from cfp.lca.api import calculate
    from cfp.lca.output import check_outputs
    from cfp.lca.render.reports import report_file_names

    no_cyclic_gc()
    bom = request.paths[0]
    outputs = [request.output] if request.output_format is not Format.table else []
    if request.reports:
        outputs += [request.out_dir / name  # type: ignore[operator]
                    for name in report_file_names(bom.stem, request.reports)]
    check_outputs(outputs, [bom, *request.options.input_files()])  # type: ignore[attr-defined]
    result = calculate(bom, request.options)  # type: ignore[arg-type]
    if request.reports:
        from cfp.lca.messages import tr
        from cfp.lca.render.reports import write_reports

        from .common import stderr_console

        written = write_reports(result, request.reports, request.out_dir,  # type: ignore[arg-type]
                                request.lang, timestamp=request.timestamp)
        for path in written:
            stderr_console().print(tr("calc.written", request.lang, path=path))
    if request.output_format is Format.table:
        from .render import show

        show(result, request.lang, top=request.top)
        return
    from cfp.lca.render import formats

    if request.output_format is Format.json:
        # streamed: the JSON of a large BOM is written while it is encoded
        def write(handle: BinaryIO) -> None:
            formats.write_json(result, request.lang, handle)
    else:  # utf-8 with BOM: Excel opens a Japanese CSV correctly only with it
        data = formats.to_csv(result, request.lang).encode("utf-8-sig")

        def write(handle: BinaryIO) -> None:
            handle.write(data)
    if request.output is None:
        sys.stdout.flush()
        write(sys.stdout.buffer)
        sys.stdout.buffer.flush()
    else:
        from cfp.lca.output import atomic_write

        def write_file(tmp: Path) -> None:
            with tmp.open("wb") as handle:
                write(handle)

        atomic_write(request.output, write_file)
