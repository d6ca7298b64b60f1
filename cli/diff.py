"""`cfp diff BASELINE RESULTS`: what changed between two result sets, and why.

Exit codes: 0 no increase above the thresholds; 1 some product increased above them;
2 a folder or file cannot be read, or a result file is malformed (each problem with the
file and the JSON path of the bad value).

`--format table|json` like the other commands (`text`, the former name of the table
view, still works), `-o FILE` for the json.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from .common import (
    check_output,
    emit_json,
    handle_errors,
    no_cyclic_gc,
    resolve_lang,
    shown,
    stdout_console,
)
from .options import DebugOption, LangOption, OutputOption

#: the values of --format; `text` is the former name of `table`, still accepted
DIFF_FORMATS = ("table", "json")


class DiffFormat(StrEnum):
    table = "table"
    json = "json"


def diff(
    baseline: Annotated[Path, typer.Argument(
        help="Earlier results: the --out folder of a batch run (or one result JSON). "
        "基準の結果フォルダ。")],
    results: Annotated[Path, typer.Argument(
        help="New results to compare, matched by file name. 比較する新しい結果フォルダ。")],
    threshold_abs: Annotated[float | None, typer.Option(
        "--threshold-abs", help="Fail (exit 1) only on increases above this many kg-CO2e. "
        "許容する増加量 (kg-CO2e)。")] = None,
    threshold_pct: Annotated[float | None, typer.Option(
        "--threshold-pct", help="Fail only on increases above this percentage; with "
        "--threshold-abs both must be exceeded. 許容する増加率 (%)。")] = None,
    top: Annotated[int, typer.Option(
        "--top", help="Inventory lines shown per changed product. 表示する明細数。")] = 5,
    output_format: Annotated[str, typer.Option(
        "--format", "-f", metavar="<table|json>",
        help="table (readable) or json (machine-readable). 出力形式 (table/json)。")
    ] = "table",
    output: OutputOption = None,
    lang: LangOption = None,
    debug: DebugOption = False,
) -> None:
    """Compare two result sets; exit 1 if a footprint rose above a threshold. 結果を比較します。"""
    language = resolve_lang(lang)
    with handle_errors(language, debug):
        no_cyclic_gc()  # result JSONs of large BOMs: millions of lists and floats
        from cfp.lca.app.diff import compare, report_dict
        from cfp.lca.errors import UsageError

        chosen = _format(output_format)
        check_output(output, chosen is DiffFormat.table)
        for option, value in (("--threshold-abs", threshold_abs),
                              ("--threshold-pct", threshold_pct)):
            if value is not None and not value >= 0:
                raise UsageError("diff.threshold", option=option)
        report = compare(baseline, results, threshold_abs, threshold_pct, max(0, top),
                         language)
        if chosen is DiffFormat.json:
            emit_json(report_dict(report), output, _read_files(baseline, results))
        else:
            show(report, language)
    raise typer.Exit(report.exit_code)


def _format(value: str) -> DiffFormat:
    from cfp.lca.errors import UsageError

    if value == "text":
        return DiffFormat.table
    if value not in DIFF_FORMATS:
        raise UsageError("cli.choice", option="--format", value=value,
                         choices=", ".join(DIFF_FORMATS))
    return DiffFormat(value)


def _read_files(*paths: Path) -> list[Path]:
    """The files a comparison read: a result file, or every file of a folder (results and
    summary): `-o` may replace none of them (`-o old/bom.json` replaced the baseline)."""
    out: list[Path] = []
    for path in paths:
        out += [p for p in path.iterdir() if p.is_file()] if path.is_dir() else [path]
    return out


def show(report, lang: str) -> None:  # noqa: ANN001 - cfp.lca.app.diff.DiffReport
    """Changed products with their stage deltas and the lines that moved most (texts
    from the result files through `shown`). Each item wraps at the window's width,
    between words (a number is never cut), its further lines indented under its text."""
    from cfp.lca.messages import tr

    console = stdout_console()
    for p in report.products:
        if p.status == "unchanged" and not p.differs:
            continue
        head = f"[bold]{shown(p.product)}[/] ({shown(p.name)}): "
        if p.status in ("added", "removed", "not_computed"):
            total = p.new_total if p.new_total is not None else p.old_total
            _say(console, f"{head}{total:,.3f} kg-CO2e  {tr(f'diff.status.{p.status}', lang)}")
            continue
        pct = "" if p.change_pct is None else f", {p.change_pct:+.1f}%"
        flag = f"  [bold red]{tr('diff.over', lang)}[/]" if p.over_threshold else ""
        colour = "red" if p.status == "increased" else "green"
        _say(console, f"{head}{p.old_total:,.3f} → {p.new_total:,.3f} kg-CO2e "
                      f"[{colour}]({p.change_abs:+,.3f}{pct})[/]{flag}")
        for key, (was, now) in p.differs.items():  # what the totals are of differs
            note = tr(f"diff.differs.{key}", lang, old=was, new=now)
            _say(console, f"[yellow]! {shown(note)}[/]", 2)
        # a stage whose change rounds to nothing is not listed ("waste -0.000")
        stages = ", ".join(f"{tr(f'stage.{s}', lang) if _known(f'stage.{s}') else s} "
                           f"{d:+,.3f}" for s, d in p.stage_deltas.items() if round(d, 3))
        if stages:
            _say(console, f"{tr('diff.by_stage', lang)}: {shown(stages)}", 2)
        if p.lines:
            _say(console, f"{tr('diff.lines', lang)}:", 2)
        for line in p.lines:
            _say(console, shown(describe_line(line, lang)), 4)
    counts = report.counts()
    summary = tr("diff.summary", lang, count=len(report.products), **counts,
                 failed=len(report.failed), code=report.exit_code)
    _say(console, f"[bold {'red' if report.failed else 'green'}]{shown(summary)}[/]")


def _say(console, text: str, indent: int = 0) -> None:  # noqa: ANN001 - a rich Console
    """`text` (rich markup) indented by `indent`, wrapped between words at the console's
    width, its further lines indented 2 more (a word wider than the line folds)."""
    from rich.text import Text

    lines = Text.from_markup(text, emoji=False).wrap(
        console, max(console.width - indent - 2, 20), overflow="fold")
    for i, line in enumerate(lines):
        line.rstrip()
        console.print(Text(" " * (indent + (2 if i else 0))) + line, no_wrap=True, crop=False)


def describe_line(line, lang: str) -> str:  # noqa: ANN001 - cfp.lca.app.diff.LineChange
    """'PU-101 materials: 0.360 → 2.808 (+2.448); flow ADC12 → A6063; factor ...'."""
    from cfp.lca.messages import tr

    stage = tr(f"stage.{line.stage}", lang) if _known(f"stage.{line.stage}") else line.stage
    where = " ".join(x for x in (line.part_number, stage, line.process) if x)
    text = f"{where}: {line.old_kg:,.4g} → {line.new_kg:,.4g} ({line.delta:+,.4g})"
    if not line.old_flows and not line.old_factors:
        return f"{text}; {tr('diff.line_added', lang)}"
    if not line.new_flows and not line.new_factors:
        return f"{text}; {tr('diff.line_removed', lang)}"
    why = []
    if line.old_flows != line.new_flows:
        why.append(f"{tr('diff.flow', lang)} {', '.join(line.old_flows)} → "
                   f"{', '.join(line.new_flows)}")
    if line.old_amount != line.new_amount and None not in (line.old_amount, line.new_amount):
        why.append(f"{tr('diff.amount', lang)} {line.old_amount:.4g} → "
                   f"{line.new_amount:.4g} {line.unit or ''}".rstrip())
    elif len(line.amounts) > 1 and any(a != b for _u, a, b in line.amounts):
        # one amount per unit, never a sum of kWh and m3
        why.append(f"{tr('diff.amount', lang)} " + ", ".join(
            f"{_amount(a)} → {_amount(b)} {u or ''}".rstrip() for u, a, b in line.amounts))
    if line.old_factors != line.new_factors:
        why.append(f"{tr('diff.factor', lang)} {_factors(line.old_factors)} → "
                   f"{_factors(line.new_factors)}")
    return "; ".join([text, *why])


def _amount(value: float | None) -> str:
    return "—" if value is None else f"{value:.4g}"


def _factors(factors: tuple[tuple[str, float], ...]) -> str:
    return ", ".join(f"{key} {value:.4g}" for key, value in factors)


def _known(key: str) -> bool:
    from cfp.lca.messages import CATALOG

    return key in CATALOG
