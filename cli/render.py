"""The terminal view of a result (rich): total, stages, top parts, warnings.

Every text from the input (product, part numbers and names, categories, processes,
warnings naming parts) goes through `shown`: markup escaped, controls made visible."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from cfp.lca.aggregate.result import Result
from cfp.lca.compute.flows import STAGES
from cfp.lca.messages import tr

from .common import shown, stdout_console


def show(result: Result, lang: str, top: int = 10, console: Console | None = None) -> None:
    console = console or stdout_console()
    total = result.total
    console.print(f"[bold]{shown(result.product_name)}[/]  "
                  f"({tr('label.declared_unit', lang)}: {shown(result.declared_unit_in(lang))})")
    console.print(f"[bold green]{tr('label.total', lang)}: {total:,.3f} kg-CO2e[/]  "
                  f"{tr('label.primary_share', lang)}: {result.primary_data_share():.0%}")
    stages = Table(title=None, show_edge=False)
    stages.add_column(tr("label.stage", lang))
    stages.add_column(tr("label.kg_co2e", lang), justify="right")
    stages.add_column(tr("label.share", lang), justify="right")
    for stage, value in result.stages().items():
        share = value / total if total else 0.0
        stages.add_row(tr(f"stage.{stage}", lang), f"{value:,.3f}", f"{share:.1%}")
    console.print(stages)
    parts = result.top_parts(top)
    # a column per stage only where the terminal is wide enough; else the share
    by_stage = console.width >= 110
    table = Table(title=tr("label.top_parts", lang), show_edge=False)
    for label in ("label.part_number", "label.name", "label.quantity"):
        table.add_column(tr(label, lang), no_wrap=label != "label.name")
    for stage in STAGES if by_stage else []:
        table.add_column(tr(f"stage.{stage}", lang), justify="right")
    table.add_column(tr("label.kg_co2e", lang), justify="right", no_wrap=True)
    if not by_stage:
        table.add_column(tr("label.share", lang), justify="right", no_wrap=True)
    for p in parts:
        stage_cells = [f"{p[s]:,.3f}" for s in STAGES] if by_stage else []
        tail = [] if by_stage else [f"{p['kg_co2e'] / total:.1%}" if total else "-"]
        table.add_row(shown(p["part_number"]), shown(p["name"] or ""),
                      f"{p['total_quantity']:g}", *stage_cells, f"{p['kg_co2e']:,.3f}", *tail)
    console.print(table)
    _breakdowns(result, lang, console, total)
    if result.warnings:
        console.print(f"[yellow]{tr('label.warnings', lang)}:[/]")
        for key, params in result.warnings:
            console.print(f"  [yellow]•[/] {shown(tr(key, lang, **params))}")


def _breakdowns(result: Result, lang: str, console: Console, total: float) -> None:
    """Material categories and processes side by side: where the footprint comes from."""
    from rich.columns import Columns

    def share(kg: float) -> str:
        return f"{kg / total:.1%}" if total else "-"

    tables = []
    categories = result.category_sums
    if categories.keys:
        table = _small_table(tr("label.category", lang), [tr("label.category", lang)], lang)
        for key, kg in list(zip(categories.keys, categories.values["kg_co2e"].tolist(),
                                strict=True))[:6]:
            table.add_row(shown(result.category_name(str(key), lang)), f"{kg:,.3f}",
                          share(kg))
        tables.append(table)
    processes = result.process_sums
    if processes.keys:
        table = _small_table(tr("label.process", lang), [tr("label.process", lang), "kWh"], lang)
        for name, kwh, kg in list(zip(processes.keys, processes.values["kwh"].tolist(),
                                      processes.values["kg_co2e"].tolist(), strict=True))[:6]:
            table.add_row(shown(name), f"{kwh:,.2f}", f"{kg:,.3f}", share(kg))
        tables.append(table)
    if tables:
        console.print(Columns(tables, padding=(0, 4)))


def _small_table(title: str, heads: list[str], lang: str) -> Table:
    table = Table(title=title, show_edge=False)
    for i, head in enumerate(heads):
        table.add_column(head, justify="left" if i == 0 else "right")
    table.add_column(tr("label.kg_co2e", lang), justify="right")
    table.add_column(tr("label.share", lang), justify="right")
    return table
