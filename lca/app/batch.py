"""Batch runs: many BOMs in parallel processes, one record per BOM, gates and summaries.

`run(spec, on_record)` expands the inputs (files, globs, folders of *.xlsx/*.xlsm),
computes every BOM in a process pool, writes `<out>/<stem>.json` per BOM (reports in
`<out>/<stem>/`), then the summary (`<out>/_summary.csv`, `_summary.json`) and JUnit XML.
One broken BOM never stops the others: it becomes a record with status `invalid`.

Exit code of a run (documented in docs/batch.md): 0 all fine; 1 a gate failed; 2 some
input was invalid; 3 an internal error. Invalid wins over a gate: with a BOM missing,
the gate verdict is incomplete. Outputs are byte-identical between runs on the same
inputs: records are sorted by file path (not completion order) and every time written
is the pinned one (`--timestamp` or SOURCE_DATE_EPOCH); JUnit durations are then 0.
"""

from __future__ import annotations

import csv
import glob
import io
import os
import sys
import time
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from ..clock import resolve_time
from ..details import os_reason
from ..errors import CfpError, InputError, Message, UsageError
from ..messages import tr
from ..output import atomic_write, atomic_write_text, check_outputs, neutralise
from ..records import frozen

OK, INVALID, GATE_FAILED, ERROR = "ok", "invalid", "gate_failed", "error"
STATUSES = (OK, GATE_FAILED, INVALID, ERROR)
EXIT_OK, EXIT_GATE, EXIT_INPUT, EXIT_INTERNAL = 0, 1, 2, 3
BOM_SUFFIXES = (".xlsx", ".xlsm")  # what a folder or glob picks up
SUMMARY_STEM = "_summary"
SHOWN_PROBLEMS = 5  # per BOM in records, summaries and JUnit; the count says how many more
SUMMARY_SCHEMA = "cfp-batch-summary/1"  # lca.diff skips files with it

OnRecord = Callable[["BomRecord", int, int], None]


@dataclass
class BatchSpec:
    """What a batch run was asked for (the CLI builds it from `cfp calc` options)."""

    paths: list[Path]
    options: object = None  # cfp.lca.api.Options
    out_dir: Path | None = None
    reports: list[str] = field(default_factory=list)
    lang: str = "en"
    jobs: int | None = None
    fail_above: float | None = None
    budgets: Path | None = None
    junit: Path | None = None
    baseline: Path | None = None
    timestamp: str | None = None
    debug: bool = False
    output: Path | None = None  # the summary as JSON/CSV (`-o`), written by the CLI


@dataclass
class BomRecord:
    """The outcome for one BOM file."""

    file: str
    status: str
    product: str | None = None
    total_kg_co2e: float | None = None
    stages: dict[str, float] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)  # the first SHOWN_PROBLEMS, rendered
    problem_count: int = 0
    budget_kg_co2e: float | None = None
    baseline_kg_co2e: float | None = None
    change_kg_co2e: float | None = None
    change_pct: float | None = None
    result: str | None = None  # per-BOM JSON, relative to the output folder
    seconds: float = 0.0  # not written anywhere when times are pinned
    #: what the total is of (diff.BASIS_FIELDS: declared unit, GWP set), to compare it
    #: with its baseline; not written (the per-BOM JSON says it)
    basis: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, object]:
        data = dict(vars(self))
        del data["seconds"], data["basis"]
        return data


@dataclass
class BatchOutcome:
    records: list[BomRecord]
    created: datetime
    pinned: bool
    warnings: list[str]
    seconds: float

    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(STATUSES, 0)
        for record in self.records:
            counts[record.status] += 1
        return counts

    @property
    def exit_code(self) -> int:
        counts = self.counts()
        for status, code in ((ERROR, EXIT_INTERNAL), (INVALID, EXIT_INPUT),
                             (GATE_FAILED, EXIT_GATE)):
            if counts[status]:
                return code
        return EXIT_OK


# --- inputs ----------------------------------------------------------------------------

def expand_inputs(paths: list[Path], lang: str = "en") -> list[Path]:
    """Files as given; folders and globs to their *.xlsx/*.xlsm (no Excel lock files
    `~$x.xlsx`), without duplicates, sorted by path so runs are reproducible."""
    found: dict[str, Path] = {}
    for raw in paths:
        if raw.is_dir():
            matches = [p for p in raw.iterdir() if _is_bom_file(p)]
            if not matches:
                raise UsageError("batch.no_boms_in_dir", path=raw)
        elif not raw.exists() and glob.has_magic(str(raw)):
            matches = [Path(m) for m in glob.glob(str(raw), recursive=True)
                       if _is_bom_file(Path(m))]
            if not matches:
                raise UsageError("batch.no_match", pattern=raw)
        else:  # a named file: whatever is wrong with it is reported as its problem
            matches = [raw]
        for path in matches:
            found.setdefault(os.path.normcase(os.path.abspath(path)), path)
    return sorted(found.values(), key=lambda p: p.as_posix())


def _is_bom_file(path: Path) -> bool:
    name = path.name
    return (path.suffix.lower() in BOM_SUFFIXES and not name.startswith(("~$", "."))
            and path.is_file())


def check_output_names(files: list[Path], out_dir: Path, lang: str = "en") -> None:
    """Two BOMs must not write the same `<out>/<stem>.json` (nor the summary's name)."""
    seen: dict[str, Path] = {}
    for path in files:
        stem = path.stem.casefold()  # case-insensitive file systems (Windows, macOS)
        if stem == SUMMARY_STEM:
            raise UsageError("batch.reserved_name", path=path, name=path.name)
        if stem in seen:
            raise UsageError("batch.same_stem", first=seen[stem], second=path,
                             name=path.stem, out=out_dir)
        seen[stem] = path


def planned_outputs(spec: BatchSpec, files: list[Path]) -> list[Path]:
    """Every file the run may write: per BOM its result and reports, the summaries, the
    JUnit file and the `-o` summary."""
    from ..render.reports import report_file_names

    out: list[Path] = [p for p in (spec.junit, spec.output) if p is not None]
    if spec.out_dir is not None:
        out += [spec.out_dir / f"{SUMMARY_STEM}{ext}" for ext in (".csv", ".json")]
        for path in files:
            out.append(spec.out_dir / f"{path.stem}.json")
            out += [spec.out_dir / path.stem / name
                    for name in report_file_names(path.stem, spec.reports)]
    return out


def input_files(spec: BatchSpec) -> list[Path]:
    """The files a run reads besides the BOMs: factor and master files, budgets, the
    baseline's results."""
    from .diff import result_files

    options = spec.options
    found = list(options.input_files()) if options is not None else []  # type: ignore[attr-defined]
    if spec.budgets is not None:
        found.append(spec.budgets)
    if spec.baseline is not None and spec.baseline.is_dir():
        found += list(result_files(spec.baseline).values())
    return found


def iso(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def default_jobs() -> int:
    """CPUs this process may use (a CI container's limit, not the host's core count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


# --- budgets ---------------------------------------------------------------------------

PRODUCT_HEADERS = ("product", "製品", "製品名")
FILE_HEADERS = ("file", "ファイル", "ファイル名")
BUDGET_HEADERS = ("max_kg_co2e", "budget", "上限", "上限(kg-co2e)")


@dataclass
class Budgets:
    """Per-BOM limits from a CSV: rows name a product or a file (file wins)."""

    by_file: dict[str, float] = field(default_factory=dict)
    by_product: dict[str, float] = field(default_factory=dict)

    def limit(self, record: BomRecord) -> float | None:
        path = Path(record.file)
        for key in (record.file, path.name, path.stem):
            if key in self.by_file:
                return self.by_file[key]
        return self.by_product.get(record.product or "")

    def unused(self, records: list[BomRecord]) -> list[tuple[str, str]]:
        names = {k for r in records for k in (r.file, Path(r.file).name, Path(r.file).stem)}
        products = {r.product for r in records}
        return ([("file", k) for k in self.by_file if k not in names]
                + [("product", k) for k in self.by_product if k not in products])


def read_budgets(path: Path, lang: str = "en") -> Budgets:
    """Columns `product` or `file`, and `max_kg_co2e` (Japanese headers accepted)."""
    from ..read.small import read_small, reason
    from ..read.textnorm import parse_number  # the cells' number rule (numpy: only here)

    try:
        raw = read_small(path, 16 << 20)
        text = _decode(raw)
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError("budgets.read", path=path, detail=reason(exc)) from None
    reader = csv.reader(io.StringIO(text))
    header = [h.strip().casefold() for h in next(reader, [])]
    columns = {name: _find(header, options) for name, options in
               (("product", PRODUCT_HEADERS), ("file", FILE_HEADERS),
                ("budget", BUDGET_HEADERS))}
    if columns["budget"] is None or (columns["product"] is None and columns["file"] is None):
        raise UsageError("budgets.columns", path=path, found=", ".join(header))
    budgets, bad = Budgets(), []
    for number, row in enumerate(reader, start=2):
        if not any(cell.strip() for cell in row):
            continue
        cell = _cell(row, columns["budget"])
        try:
            limit = parse_number(cell)  # '0,5' is no budget of 5 (textnorm)
            if limit is None or not limit >= 0:
                raise ValueError(cell)
        except ValueError:
            bad.append(Message("budgets.value", {"path": path, "row": number, "value": cell}))
            continue
        if file_key := _cell(row, columns["file"]):
            budgets.by_file[file_key] = limit
        elif product := _cell(row, columns["product"]):
            budgets.by_product[product] = limit
    if bad:
        raise UsageError.of(bad)
    return budgets


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:  # a CSV saved by Japanese Excel
        return raw.decode("cp932")


def _find(header: list[str], names: tuple[str, ...]) -> int | None:
    return next((header.index(n) for n in names if n in header), None)


def _cell(row: list[str], index: int | None) -> str:
    return row[index].strip() if index is not None and index < len(row) else ""


# --- computing one BOM (runs in a worker process) ----------------------------------------

@frozen
class WorkerConfig:
    options: object
    out_dir: Path | None
    reports: tuple[str, ...]
    lang: str
    timestamp: str | None
    debug: bool


_CONFIG: WorkerConfig | None = None


def _init_worker(config: WorkerConfig) -> None:
    global _CONFIG
    _CONFIG = config


def compute_one(path: Path) -> BomRecord:
    """Compute one BOM with the worker's configuration; never raises for a bad BOM."""
    config = _CONFIG
    assert config is not None, "compute_one before _init_worker"
    start = time.perf_counter()
    record = BomRecord(file=path.as_posix(), status=OK)
    try:
        _compute_into(record, path, config)
    except InputError as exc:
        record.status = INVALID
        record.problems = [p.message(config.lang) for p in exc.problems[:SHOWN_PROBLEMS]]
        record.problem_count = len(exc.problems) + exc.dropped
    except CfpError as exc:  # e.g. an unreadable --factors file: say which BOM it stopped
        record.status, record.problems, record.problem_count = (
            INVALID, [f"{path}: {exc.message(config.lang)}"], 1)
    except OSError as exc:  # the environment (a full disk, a read-only --out), not a bug
        if exc.filename is None:
            raise
        text = tr("os.error", config.lang, path=exc.filename, reason=os_reason(exc))
        record.status, record.problem_count, record.problems = INVALID, 1, [f"{path}: {text}"]
    except Exception as exc:  # noqa: BLE001 - one BOM's bug must not stop the batch
        detail = traceback.format_exc() if config.debug else f"{type(exc).__name__}: {exc}"
        record.status, record.problem_count = ERROR, 1
        record.problems = [f"{path}: {tr('batch.internal', config.lang, detail=detail)}"]
    if record.status != OK and config.out_dir is not None:
        # a stale result from an earlier run would be compared by `cfp diff` as current
        (config.out_dir / f"{path.stem}.json").unlink(missing_ok=True)
    record.seconds = time.perf_counter() - start
    return record


def compute_chunk(paths: list[Path]) -> list[BomRecord]:
    """`compute_one` of each path: one task of the pool (a task costs ~1 ms of
    inter-process traffic, as much as a small BOM's calculation)."""
    return [compute_one(path) for path in paths]


def chunks(files: list[Path], jobs: int) -> list[list[Path]]:
    """`files` in runs of up to 16, at least 8 runs per worker (the last BOMs should not
    wait for one worker while the others are idle)."""
    size = max(1, min(16, len(files) // (jobs * 8)))
    return [files[i:i + size] for i in range(0, len(files), size)]


def _compute_into(record: BomRecord, path: Path, config: WorkerConfig) -> None:
    from ..api import calculate
    from ..render import formats

    result = calculate(path, config.options)  # type: ignore[arg-type]
    if getattr(config.options, "strict", False) and result.rule_failures:
        # --strict: rules of the profile not met; `check_record` makes it a failed check
        record.problems = [tr(key, config.lang, **params)
                           for key, params in result.rule_failures[:SHOWN_PROBLEMS]]
        record.problem_count = len(result.rule_failures)
    record.product = result.product_name
    record.total_kg_co2e = result.total
    record.basis = {k: str(v) for k, v in (("declared_unit", result.declared_unit),
                                           ("gwp", result.gwp)) if v is not None}
    record.stages = result.stages()
    if config.out_dir is None:
        return
    data = formats.to_json_bytes(result, config.lang)
    target = config.out_dir / f"{path.stem}.json"
    atomic_write(target, lambda tmp: tmp.write_bytes(data))
    record.result = target.name
    if config.reports:
        from ..render.reports import write_reports  # type: ignore[import-not-found]

        write_reports(result, list(config.reports), config.out_dir / path.stem, config.lang,
                      timestamp=config.timestamp)


# --- the run -----------------------------------------------------------------------------

def run(spec: BatchSpec, on_record: OnRecord | None = None) -> BatchOutcome:
    """Compute every BOM of `spec`, apply baseline and gates, write all outputs."""
    started = time.perf_counter()
    lang = spec.lang
    created, pinned = resolve_time(spec.timestamp, lang)
    created = created.astimezone(UTC)  # summaries and JUnit are written in UTC
    files = expand_inputs(spec.paths, lang)
    if spec.out_dir is not None:
        check_output_names(files, spec.out_dir, lang)
    check_outputs(planned_outputs(spec, files), [*files, *input_files(spec)])
    budgets = read_budgets(spec.budgets, lang) if spec.budgets else None
    baseline = read_baseline(spec.baseline, lang) if spec.baseline else None
    config = WorkerConfig(_plain_options(spec.options), spec.out_dir, tuple(spec.reports),
                          lang, spec.timestamp if spec.timestamp else
                          (iso(created) if pinned else None), spec.debug)

    def finished(record: BomRecord, done: int, total: int) -> None:
        # gates are applied as each BOM arrives, so live output shows the final status
        check_record(record, baseline, budgets, spec.fail_above, lang)
        if on_record:
            on_record(record, done, total)

    records = compute_all(files, config, spec.jobs, finished)
    warnings = [tr("budgets.unused", lang, kind=kind, key=key)
                for kind, key in budgets.unused(records)] if budgets else []
    warnings += baseline_differences(records, baseline, lang) if baseline else []
    outcome = BatchOutcome(records, created, pinned, warnings,
                           time.perf_counter() - started)
    write_outputs(outcome, spec)
    return outcome


def _plain_options(options: object) -> object:
    """Options without the progress callback (a closure cannot go to a worker)."""
    if options is None:
        from ..api import Options

        return Options()
    return replace(options, progress=None) if hasattr(options, "progress") else options


def compute_all(files: list[Path], config: WorkerConfig, jobs: int | None,
                on_record: OnRecord | None = None) -> list[BomRecord]:
    """Records in file order; `on_record(record, done, total)` as each one finishes."""
    total = len(files)
    by_file: dict[Path, BomRecord] = {}

    def done(path: Path, record: BomRecord) -> None:
        by_file[path] = record
        if on_record:
            on_record(record, len(by_file), total)

    _init_worker(config)
    jobs = max(1, min(jobs or default_jobs(), total))
    context = _pool_context()
    if jobs == 1 or total <= 1 or context is None:
        for path in files:
            done(path, compute_one(path))
    elif "pdf" in config.reports:
        # Typst cannot run in a child forked after it ran in the parent (render/pdf.py):
        # the parent typesets nothing, every BOM goes to the workers
        _compute_in_pool(files, config, jobs, context, done)
    else:
        # With fork, the parent computes the first BOM itself: every worker then inherits
        # warmed caches (built-in factors, material map, lazily imported modules).
        done(files[0], compute_one(files[0]))
        _compute_in_pool(files[1:], config, jobs, context, done)
    return [by_file[path] for path in files]


def _pool_context():  # noqa: ANN202 - a multiprocessing context
    """fork on Linux: workers start in milliseconds with pandas & co. already imported;
    forkserver if this process has typeset a PDF (a forked child could not: Typst's
    threads do not survive a fork). Elsewhere the platform default (spawn); None if
    processes cannot be started."""
    import multiprocessing

    from ..render.pdf import typst_used

    try:
        if sys.platform.startswith("linux"):
            return multiprocessing.get_context("forkserver" if typst_used() else "fork")
        return multiprocessing.get_context()
    except (ValueError, OSError):
        return None


def _compute_in_pool(files: list[Path], config: WorkerConfig, jobs: int, context,  # noqa: ANN001
                     done: Callable[[Path, BomRecord], None]) -> None:
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=context,
                               initializer=_init_worker, initargs=(config,))
    try:
        futures: dict[Future[list[BomRecord]], list[Path]] = {
            pool.submit(compute_chunk, run): run for run in chunks(files, jobs)}
        for future in as_completed(futures):
            paths = futures[future]
            try:
                records = future.result()
            except BrokenProcessPool:  # a worker crashed (e.g. out of memory)
                records = [BomRecord(file=path.as_posix(), status=ERROR, problem_count=1,
                                     problems=[f"{path}: {tr('batch.worker_died', config.lang)}"])
                           for path in paths]
            for path, record in zip(paths, records, strict=True):
                done(path, record)
    except BaseException:
        # Ctrl-C or a failing callback: drop the queued BOMs instead of waiting for them
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown()


# --- baseline and gates ------------------------------------------------------------------

#: An earlier run's result: its total and what the total is of (`BomRecord.basis`).
Baseline = dict[str, tuple[float, dict[str, str]]]


def read_baseline(folder: Path, lang: str = "en") -> Baseline:
    """Totals of an earlier run's per-BOM results and their basis, by result file name."""
    from .diff import read_result, result_files

    if not folder.is_dir():
        raise UsageError("batch.baseline_missing", path=folder)
    results = {name: read_result(path, lang) for name, path in result_files(folder).items()}
    return {name: (result.total, result.basis) for name, result in results.items()
            if result is not None}


def _basis_changes(record: BomRecord, basis: dict[str, str]) -> dict[str, tuple[str, str]]:
    """The basis fields in which `record` and its baseline differ: {field: (old, new)}."""
    from .diff import basis_differs

    return basis_differs(basis, record.basis)


def baseline_differences(records: list[BomRecord], baseline: Baseline,
                         lang: str = "en") -> list[str]:
    """A warning per BOM whose baseline is of another declared unit (not compared) or GWP
    set (compared: part of the change is the method's), as `cfp diff` says them."""
    out = []
    for record in records:
        old = baseline.get(f"{Path(record.file).stem}.json")
        if old is None or record.total_kg_co2e is None:
            continue
        for key, (before, now) in _basis_changes(record, old[1]).items():
            code = "batch.baseline_declared_unit" if key == "declared_unit" \
                else "batch.baseline_gwp"
            out.append(tr(code, lang, file=record.file, old=before, new=now))
    return out


def check_record(record: BomRecord, baseline: Baseline | None,
                 budgets: Budgets | None, fail_above: float | None, lang: str = "en") -> None:
    """Fill in the baseline change and the budget; a computed BOM over budget fails. A
    baseline of another declared unit is shown but not compared (1 kg against 1 piece)."""
    if record.total_kg_co2e is None:
        return
    if record.status == OK and record.problem_count:  # --strict: a rule not met
        record.status = GATE_FAILED
    if baseline is not None:
        found = baseline.get(f"{Path(record.file).stem}.json")
        if found is not None:
            old, basis = found
            record.baseline_kg_co2e = old
            if "declared_unit" not in _basis_changes(record, basis):
                record.change_kg_co2e = record.total_kg_co2e - old
                record.change_pct = 100.0 * record.change_kg_co2e / abs(old) if old else None
    limit = budgets.limit(record) if budgets else None
    record.budget_kg_co2e = limit if limit is not None else fail_above
    if record.budget_kg_co2e is not None and record.total_kg_co2e > record.budget_kg_co2e:
        record.status = GATE_FAILED
        record.problems = [tr("batch.over_budget", lang, total=f"{record.total_kg_co2e:.3f}",
                              budget=f"{record.budget_kg_co2e:g}")]
        record.problem_count = 1


# --- outputs -----------------------------------------------------------------------------

def write_outputs(outcome: BatchOutcome, spec: BatchSpec) -> None:
    if spec.out_dir is not None:
        atomic_write(spec.out_dir / f"{SUMMARY_STEM}.json",
                     lambda tmp: tmp.write_bytes(summary_json(outcome)))
        atomic_write_text(spec.out_dir / f"{SUMMARY_STEM}.csv", summary_csv(outcome),
                          "utf-8-sig")
    if spec.junit is not None:
        atomic_write_text(spec.junit, junit_xml(outcome, spec.lang))


def summary_json(outcome: BatchOutcome) -> bytes:
    import orjson

    from ..api import version

    data = {"schema": SUMMARY_SCHEMA, "cfp_version": version(), "created": iso(outcome.created),
            "exit_code": outcome.exit_code, "counts": outcome.counts(),
            "warnings": outcome.warnings, "boms": [r.to_dict() for r in outcome.records]}
    return orjson.dumps(data, option=orjson.OPT_INDENT_2) + b"\n"


SUMMARY_COLUMNS = ["file", "product", "status", "total_kg_co2e", "materials", "transport",
                   "processing", "waste", "budget_kg_co2e", "baseline_kg_co2e",
                   "change_kg_co2e", "change_pct", "problem_count", "first_problem"]


#: significant digits of the summary CSV's numbers, as the inventory CSV's kg-CO2e
#: (people read it: 15.624, not 15.623987195523076); the JSON keeps full precision
SUMMARY_DIGITS = 6


def summary_csv(outcome: BatchOutcome) -> str:
    """One row per BOM; column names are stable identifiers (the JSON keys); numbers
    rounded to `SUMMARY_DIGITS` significant digits."""
    rows = [[r.file, r.product, r.status, r.total_kg_co2e,
             *(r.stages.get(s) for s in ("materials", "transport", "processing", "waste")),
             r.budget_kg_co2e, r.baseline_kg_co2e, r.change_kg_co2e, r.change_pct,
             r.problem_count, r.problems[0] if r.problems else None] for r in outcome.records]
    columns = [_csv_column(list(c)) for c in zip(*rows, strict=True)] if rows else []
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(SUMMARY_COLUMNS)
    writer.writerows(zip(*columns, strict=True))
    return buffer.getvalue()


def _csv_column(values: list[object]) -> list[object]:
    """A summary column as CSV cells: numbers rounded (one vectorised pass), text
    neutralised against formulas, None blank."""
    if any(isinstance(v, float) for v in values) and all(
            v is None or isinstance(v, float | int) and not isinstance(v, bool) for v in values):
        import numpy as np

        from ..render.formats import rounded_fields

        return rounded_fields(np.array([np.nan if v is None else v for v in values], float),
                              SUMMARY_DIGITS)
    return ["" if v is None else neutralise(v) for v in values]


def junit_xml(outcome: BatchOutcome, lang: str = "en") -> str:
    """One <testcase> per BOM: <failure> for a gate, <error> for an invalid input."""
    import xml.etree.ElementTree as ET

    counts = outcome.counts()
    failures, errors = counts[GATE_FAILED], counts[INVALID] + counts[ERROR]
    seconds = (lambda s: "0.000") if outcome.pinned else (lambda s: f"{s:.3f}")
    attrs = {"name": "cfp calc", "tests": str(len(outcome.records)),
             "failures": str(failures), "errors": str(errors), "skipped": "0",
             "time": seconds(outcome.seconds)}
    suites = ET.Element("testsuites", attrs)
    suite = ET.SubElement(suites, "testsuite", {
        **attrs, "timestamp": outcome.created.strftime("%Y-%m-%dT%H:%M:%S")})
    for r in outcome.records:
        case = ET.SubElement(suite, "testcase", {"classname": "cfp.calc", "name": r.file,
                                                 "time": seconds(r.seconds)})
        text = _xml_text("\n".join(r.problems + (
            [tr("batch.more_problems", lang, count=r.problem_count - len(r.problems))]
            if r.problem_count > len(r.problems) else [])))
        if r.status == GATE_FAILED:
            ET.SubElement(case, "failure", {"message": _xml_text(r.problems[0]),
                                            "type": "gate"}).text = text
        elif r.status in (INVALID, ERROR):
            ET.SubElement(case, "error", {"message": _xml_text(r.problems[0]),
                                          "type": r.status}).text = text
        if r.total_kg_co2e is not None:
            ET.SubElement(case, "system-out").text = _xml_text(
                f"{r.product}: {r.total_kg_co2e:.6g} kg-CO2e")
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(
        suites, encoding="unicode") + "\n"


def _xml_text(text: str) -> str:
    """XML 1.0 cannot hold most control characters (a cell may contain one)."""
    return "".join(c if c in "\t\n\r" or ord(c) >= 0x20 else "\ufffd" for c in text)


__all__ = ["BatchOutcome", "BatchSpec", "BomRecord", "Budgets", "compute_all",
           "expand_inputs", "junit_xml", "read_budgets", "resolve_time", "run",
           "summary_csv", "summary_json"]
