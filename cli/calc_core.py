"""What `cfp calc` does with its options, without typer: validate, then one BOM or a batch.

Both ways into the command end here: the typer command (cli/calc.py) and the fast path
(cli/fast.py, which parses the common argv itself so that a small BOM does not pay for
importing typer). `CalcArgs` is the command's options with their defaults; the same
validation, messages and exit codes follow whichever parsed them.

One BOM file: the result goes to the terminal (or stdout as json/csv, or -o) and reports
to --out. Several files, globs or a directory: a batch run (`cli/batch.py`), one result
and report set per BOM plus a summary.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import BinaryIO

from .common import handle_errors, limits_of, no_cyclic_gc, parse_factor_columns, resolve_lang


class Format(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


DEFAULT_TOP = 10  # parts in the table of one BOM without --top
REPORT_KINDS = ("html", "pdf", "xlsx", "sheet", "pact", "json", "csv")


@dataclass(eq=False, repr=False)
class CalcArgs:
    """The options of `cfp calc` as given, with the defaults of the command line."""

    boms: list[Path]
    output_format: Format = Format.table
    output: Path | None = None
    out_dir: Path | None = None
    report: str | None = None
    factors: list[Path] | None = None
    factor_columns: str | None = None
    supplier_pcf: list[Path] | None = None
    meter_log: list[Path] | None = None  # issue 15: power-logger files (lca/read/meterlog.py)
    pact_extension: str | None = None  # issue 12: "gxd" adds Green x Digital to PACT
    scenarios: Path | None = None  # issue 15: what-if variants (lca/app/scenarios.py)
    processes: Path | None = None
    measurements: Path | None = None
    suppliers: Path | None = None
    settings: Path | None = None
    materials: Path | None = None
    gwp: str | None = None
    allow_missing: bool = False
    cutoff: float | None = None
    rules: str | None = None  # issue 14: rule profile (name or TOML file)
    strict: bool = False
    jobs: int | None = None
    fail_above: float | None = None
    budgets: Path | None = None
    junit: Path | None = None
    baseline: Path | None = None
    timestamp: str | None = None
    top: int | None = None  # parts in the table; None: 10 (DEFAULT_TOP)
    uncertainty: int | None = None  # issue 14: Monte Carlo iterations
    seed: int | None = None
    sensitivity: float | None = None
    uncertainty_defaults: Path | None = None
    max_cells: int | None = None
    max_unzipped_mb: int | None = None
    lang: str | None = None
    debug: bool = False


@dataclass(eq=False, repr=False)
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


def execute(args: CalcArgs) -> int:
    """Run `cfp calc`; the exit code (errors: printed, SystemExit from `handle_errors`)."""
    language = resolve_lang(args.lang)
    with handle_errors(language, args.debug):
        return _execute(args, language)
    return 2  # not reached: handle_errors raises  # pragma: no cover


def _execute(args: CalcArgs, language: str) -> int:
    from cfp.lca.read import prefetch

    batch = is_batch(args)
    limits = limits_of(args.max_cells, args.max_unzipped_mb)
    early = None
    if not batch:
        no_cyclic_gc()
        # a single BOM: its sheet is parsed (without the GIL) while numpy and the
        # calculation modules are imported
        # (no pieces when the Excel workbook is written: its memory budget, bench/README)
        early = prefetch.start(args.boms[0], limits, in_pieces="xlsx" not in (args.report or ""))
    from cfp.lca.api import Options
    from cfp.lca.read.masters import MasterFiles

    kinds = check(args, batch)
    request = CalcRequest(
        paths=list(args.boms), output_format=Format(args.output_format), output=args.output,
        out_dir=args.out_dir, reports=kinds, lang=language, jobs=args.jobs, junit=args.junit,
        top=DEFAULT_TOP if args.top is None else args.top, fail_above=args.fail_above,
        budgets=args.budgets, baseline=args.baseline, timestamp=args.timestamp, debug=args.debug,
        options=Options(
            factor_files=list(args.factors or []),
            factor_columns=parse_factor_columns(args.factor_columns),
            masters=MasterFiles(settings=args.settings, processes=args.processes,
                                measurements=args.measurements, suppliers=args.suppliers,
                                materials=args.materials),
            gwp=args.gwp, allow_missing=args.allow_missing, cutoff_pct=args.cutoff,
            rules=args.rules, strict=args.strict,
            prefetched=early, limits=limits, supplier_pcf=list(args.supplier_pcf or []),
            meter_logs=list(args.meter_log or []), scenarios=args.scenarios,
            pact_extensions=pact_extensions(args.pact_extension),
            as_of=_as_of(args, language)))
    for name, value in uncertainty_options(args).items():  # issue 14: --uncertainty N
        setattr(request.options, name, value)
    if batch:
        from .batch import run_batch

        return run_batch(request)
    from .strict import exit_code

    return exit_code(_single(request), language, args.strict)


def _as_of(args: CalcArgs, language: str) -> object:
    """The time supplier footprints' validity is checked against: --timestamp or
    SOURCE_DATE_EPOCH when pinned (so results are reproducible), else None (now)."""
    if not args.supplier_pcf and not args.timestamp:
        return None  # (a pinned --timestamp also dates the study: aggregate/quality.py)
    from cfp.lca.clock import resolve_time

    when, pinned = resolve_time(args.timestamp, language)
    return when if pinned else None


def uncertainty_options(args: object) -> dict[str, object]:
    """The Monte Carlo fields of `Options` (issue 14), checked (`cli/uncertainty.py`)."""
    from .uncertainty import options_of

    return options_of(args)


def check(args: CalcArgs, batch: bool) -> list[str]:
    """Refuse options that cannot apply (each a usage error naming the fix); the report
    kinds asked for."""
    from cfp.lca.errors import UsageError

    from .common import check_gwp, check_output

    check_gwp(args.gwp)
    kinds = [k.strip().lower() for k in (args.report or "").split(",") if k.strip()]
    unknown = [k for k in kinds if k not in REPORT_KINDS]
    if unknown:
        raise UsageError("usage.report_kind", value=",".join(unknown),
                         kinds=", ".join(REPORT_KINDS))
    if kinds and args.out_dir is None:
        raise UsageError("usage.report_needs_out")
    pact_extensions(args.pact_extension)
    if args.cutoff is not None and not 0 <= args.cutoff <= 100:
        raise UsageError("usage.range", option="--cutoff", value=f"{args.cutoff:g}", low=0,
                         high=100)
    if args.fail_above is not None and not 0 <= args.fail_above < float("inf"):
        # nan compares false with every total: the gate was silently off
        raise UsageError("usage.non_negative", option="--fail-above",
                         value=f"{args.fail_above:g}")
    for option, number, low in (("--top", args.top, 0), ("--jobs", args.jobs, 1)):
        if number is not None and number < low:
            raise UsageError("usage.at_least", option=option, value=number, low=low)
    _check_applies(args, kinds, batch)
    check_output(args.output, Format(args.output_format) is Format.table, "json|csv")
    if not batch and args.out_dir is not None and not kinds:
        # one BOM writes only reports to --out: without --report nothing would be written
        raise UsageError("usage.out_needs_report", path=args.out_dir,
                         kinds=", ".join(REPORT_KINDS))
    return kinds


def _check_applies(args: CalcArgs, kinds: list[str], batch: bool) -> None:
    """Options that would change nothing of what this run writes are refused (no silent
    no-op): a PACT extension without the PACT file; a Monte Carlo or scenarios when the
    only output is the CSV inventory, which has no place for them; --top without the
    table of one BOM; --jobs with one BOM."""
    from cfp.lca.errors import UsageError

    if args.pact_extension and "pact" not in kinds:
        raise UsageError("usage.needs_pact", option="--pact-extension")
    csv_only = Format(args.output_format) is Format.csv and not kinds
    for option, given in (("--uncertainty", args.uncertainty), ("--scenarios", args.scenarios)):
        if given and csv_only:
            raise UsageError("usage.not_in_csv", option=option)
    if args.top is not None and batch:
        raise UsageError("usage.top_in_batch")
    if args.top is not None and Format(args.output_format) is not Format.table:
        raise UsageError("usage.top_not_table", format=Format(args.output_format).value)
    if args.jobs is not None and not batch:
        raise UsageError("usage.jobs_one_bom", value=args.jobs)


def pact_extensions(text: str | None) -> list[str]:
    """--pact-extension gxd (comma-separated): the PACT extensions to add; others refused."""
    from cfp.lca.errors import UsageError
    from cfp.lca.render.gxd import EXTENSIONS

    wanted = list(dict.fromkeys(k.strip().lower() for k in (text or "").split(",")
                                if k.strip()))
    unknown = [k for k in wanted if k not in EXTENSIONS]
    if unknown:
        raise UsageError("usage.pact_extension", value=",".join(unknown),
                         extensions=", ".join(EXTENSIONS))
    return wanted


def is_batch(args: CalcArgs) -> bool:
    """Whether `cfp calc` with these arguments runs the batch path."""
    return _is_batch(args.boms, args.fail_above, args.budgets, args.junit, args.baseline)


def _is_batch(paths: list[Path], *batch_options: object) -> bool:
    """Several paths, a directory, a glob, or a batch-only option given: the batch path."""
    if len(paths) != 1 or paths[0].is_dir():
        return True
    if not paths[0].exists() and any(c in str(paths[0]) for c in "*?["):
        return True  # a glob; an existing file named `bom[v2].xlsx` is one BOM
    return any(x is not None for x in batch_options)


def _single(request: CalcRequest) -> object:
    from cfp.lca.api import calculate
    from cfp.lca.output import check_outputs

    no_cyclic_gc()
    bom = request.paths[0]
    outputs = [request.output] if request.output_format is not Format.table else []
    if request.reports:  # (the report writers, and datetime, only when asked for)
        from cfp.lca.render.reports import report_file_names

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
        return result
    from cfp.lca.render import formats

    if request.output_format is Format.json:
        # streamed: the JSON of a large BOM is written while it is encoded
        def write(handle: BinaryIO) -> None:
            formats.write_json(result, request.lang, handle)
    else:  # utf-8 with BOM: Excel opens a Japanese CSV correctly only with it
        data = formats.to_csv(result, request.lang).encode("utf-8-sig")

        def write(handle: BinaryIO) -> None:
            from cfp.lca.output import write_all

            write_all(handle.write, data)
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
    return result
