"""`cfp calc` on many BOMs: progress while running, then the summary table.

The work is `cfp.lca.app.batch.run`; this module only shows it. On a terminal a rich
progress bar (stderr); otherwise (CI logs) one plain line per BOM as it finishes. The
summary table goes to stdout, or the summary as JSON/CSV with --format json/csv. File
names, products and problems are printed through `visible`/`shown` (controls escaped).
"""

from __future__ import annotations

import sys

from .common import shown, stdout_console, visible


def run_batch(request) -> int:  # noqa: ANN001 - cli.calc_core.CalcRequest
    """Run the batch the request describes and return the exit code (0/1/2/3)."""
    from cfp.lca.app.batch import BatchSpec, run

    spec = BatchSpec(
        paths=request.paths, options=request.options, out_dir=request.out_dir,
        reports=request.reports, lang=request.lang, jobs=request.jobs,
        fail_above=request.fail_above, budgets=request.budgets, junit=request.junit,
        baseline=request.baseline, timestamp=request.timestamp, debug=request.debug,
        output=request.output)
    with _progress(request.lang) as on_record:
        outcome = run(spec, on_record)
    _show_outcome(outcome, request)
    return outcome.exit_code


class _progress:  # noqa: N801 - used as a context manager, reads like a function
    """A rich progress bar on a terminal; plain lines when stderr is a file or CI log."""

    def __init__(self, lang: str) -> None:
        from .common import stderr_console

        self.lang = lang
        self.console = stderr_console()
        self.plain = not self.console.is_terminal
        self.bar = None

    def __enter__(self):  # noqa: ANN204
        return self.on_record

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()

    def on_record(self, record, done: int, total: int) -> None:  # noqa: ANN001
        if self.plain:
            # written as it is: rich would spend ~1 ms a line of the parent's CPU, which
            # the workers need (and turn an emoji code in a file name into an emoji)
            self.console.file.write(visible(_plain_line(record, done, total, self.lang)) + "\n")
            return
        if self.bar is None:  # started on the first record: the worker pool is up by then
            self._start(total)
        self.bar.advance(self.task)
        if record.status != "ok":
            line = _plain_line(record, done, total, self.lang)
            self.bar.console.print(f"[red]•[/] {shown(line)}")

    def _start(self, total: int) -> None:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.bar = Progress(TextColumn("cfp calc"), BarColumn(), MofNCompleteColumn(),
                            TimeElapsedColumn(), TimeRemainingColumn(), console=self.console)
        self.task = self.bar.add_task("", total=total)
        self.bar.start()


def _plain_line(record, done: int, total: int, lang: str) -> str:  # noqa: ANN001
    from cfp.lca.messages import tr

    width = len(str(total))
    head = f"[{done:>{width}}/{total}] {tr(f'batch.status.{record.status}', lang)}: {record.file}"
    if record.total_kg_co2e is not None and record.status == "ok":
        return f"{head}  {record.product}  {record.total_kg_co2e:,.3f} kg-CO2e"
    problem = record.problems[0] if record.problems else ""
    return f"{head}  {problem.removeprefix(f'{record.file}: ')}"  # the file is in the head


def _show_outcome(outcome, request) -> None:  # noqa: ANN001
    from cfp.lca.app import batch
    from cfp.lca.messages import tr

    from .calc_core import Format

    if request.output_format is Format.table:
        _table(outcome, request.lang)
        human = stdout_console()
    else:
        data = batch.summary_json(outcome) if request.output_format is Format.json else \
            batch.summary_csv(outcome).encode("utf-8-sig")
        if request.output is None:
            from cfp.lca.output import write_all

            sys.stdout.flush()
            write_all(sys.stdout.buffer.write, data)
            sys.stdout.buffer.flush()
        else:
            from cfp.lca.output import atomic_write

            atomic_write(request.output, lambda tmp: tmp.write_bytes(data))
        from .common import stderr_console

        human = stderr_console()
    _problems(outcome, request.lang, human)
    for warning in outcome.warnings:
        human.print(f"[yellow]•[/] {shown(warning)}")
    written = [str(p) for p in _written(outcome, request)]
    if written:
        human.print(visible(tr("batch.written", request.lang, paths=", ".join(written))),
                    markup=False, highlight=False)
    counts = outcome.counts()
    line = tr("batch.summary", request.lang, count=len(outcome.records), **counts,
              seconds=outcome.seconds, code=outcome.exit_code)
    style = "bold green" if outcome.exit_code == 0 else "bold red"
    human.print(f"[{style}]{shown(line)}[/]")


def _table(outcome, lang: str) -> None:  # noqa: ANN001
    from cfp.lca.messages import tr

    with_baseline = any(r.baseline_kg_co2e is not None for r in outcome.records)
    with_budget = any(r.budget_kg_co2e is not None for r in outcome.records)
    columns = [(tr("label.file", lang), "left"), (tr("label.product", lang), "left"),
               (tr("label.kg_co2e", lang), "right")]
    if with_baseline:
        columns += [(tr("label.baseline", lang), "right"), (tr("label.change", lang), "right"),
                    ("%", "right")]
    if with_budget:
        columns.append((tr("label.budget", lang), "right"))
    columns.append((tr("label.status", lang), "left"))
    rows = []
    for r in outcome.records:
        cells = [visible(r.file), visible(r.product or ""), _num(r.total_kg_co2e)]
        if with_baseline:
            cells += [_num(r.baseline_kg_co2e), _num(r.change_kg_co2e, signed=True),
                      "" if r.change_pct is None else f"{r.change_pct:+.1f}%"]
        if with_budget:
            cells.append("" if r.budget_kg_co2e is None else f"{r.budget_kg_co2e:g}")
        rows.append((cells + [tr(f"batch.status.{r.status}", lang)], r.status))
    console = stdout_console()
    plain = None if console.is_terminal else plain_table(
        tr("batch.title", lang), columns, [cells for cells, _status in rows], console.width)
    if plain is not None:
        console.file.write(plain)
        return
    console.print(_rich_table(tr("batch.title", lang), columns, rows, console.width),
                  crop=False)


def _rich_table(title: str, columns: list[tuple[str, str]],
                rows: list[tuple[list[str], str]], width: int):  # noqa: ANN202
    """The summary as a rich table (rows: cells, the status last, and the status key),
    the status in colour, fitted to the window (`common.data_table`): the numbers and
    the status whole, the file names whole too unless one is wider than the window can
    give (then it folds), the product names wrap in what is left."""
    from .common import data_table

    colour = {"ok": "green", "gate_failed": "red", "invalid": "red", "error": "magenta"}
    cells = [(*map(shown, texts[:-1]), f"[{colour[status]}]{shown(texts[-1])}[/]")
             for texts, status in rows]
    right = tuple(i for i, (_header, justify) in enumerate(columns) if justify == "right")
    table = data_table([shown(header) for header, _justify in columns], cells,
                       flexible=(1,), right=right, foldable=(0,), flex_max=None, width=width)
    table.title = title
    return table


def plain_table(title: str, columns: list[tuple[str, str]], rows: list[list[str]],
                width: int) -> str | None:
    """The text rich prints for the summary table on a file or pipe (no colours), made
    directly: rich takes ~0.8 ms a row, most of a 1,000-BOM batch's last second. None
    where rich would do more than lay out the cells (a table or title wider than
    `width`, a line break in a cell, a blank header): the caller lets rich print it."""
    from rich.cells import cell_len

    texts = [[header for header, _ in columns], *rows]
    widths = [max(map(cell_len, column)) for column in zip(*texts, strict=True)]
    total = sum(widths) + 3 * len(widths) - 1
    if total > width or cell_len(title) > total or not all(widths) or any(
            "\n" in cell or "\r" in cell for row in rows for cell in row):
        return None

    def line(cells: list[str], bar: str) -> str:
        padded = []
        for cell, size, (_, justify) in zip(cells, widths, columns, strict=True):
            room = " " * (size - cell_len(cell))
            padded.append(f" {room}{cell} " if justify == "right" else f" {cell}{room} ")
        return bar.join(padded)

    excess = total - cell_len(title)
    out = [" " * (excess // 2) + title + " " * (excess - excess // 2),
           line(texts[0], "┃"), "╇".join("━" * (size + 2) for size in widths)]
    out += [line(cells, "│") for cells in rows]
    return "\n".join(out) + "\n"


def _problems(outcome, lang: str, console) -> None:  # noqa: ANN001
    """Each bad file with its first problems, one per line (greppable in CI logs)."""
    from cfp.lca.messages import tr

    for r in outcome.records:
        if r.status in ("ok", "gate_failed"):
            continue
        head = tr("batch.problems_of", lang, file=r.file, count=r.problem_count)
        console.print(f"[bold red]{shown(head)}[/]")
        for problem in r.problems:
            # a problem of the input is one line (a line break in a value shown as \n);
            # an internal error's --debug traceback keeps its lines
            for line in problem.splitlines() if r.status == "error" else [problem]:
                console.print(f"  [red]•[/] {shown(line)}")
        if r.problem_count > len(r.problems):
            more = tr("batch.more_problems", lang, count=r.problem_count - len(r.problems))
            console.print(f"  {shown(more)}")


def _written(outcome, request) -> list:  # noqa: ANN001
    from cfp.lca.app.batch import SUMMARY_STEM

    paths = []
    if request.out_dir is not None:
        paths += [request.out_dir / f"{SUMMARY_STEM}{ext}" for ext in (".csv", ".json")]
    if request.junit is not None:
        paths.append(request.junit)
    if request.output is not None:
        paths.append(request.output)
    return paths


def _num(value: float | None, signed: bool = False) -> str:
    if value is None:
        return ""
    return f"{value:+,.3f}" if signed else f"{value:,.3f}"
