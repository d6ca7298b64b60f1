"""The terminal view of a result (rich): total, stages, top parts, warnings."""

from __future__ import annotations

from cfp.lca.compute import STAGES
from cfp.lca.messages import tr
from cfp.lca.results import Result
from rich.console import Console
from rich.markup import escape
from rich.table import Table


def show(result: Result, lang: str, top: int = 10, console: Console | None = None) -> None:
    console = console or Console(highlight=False)
    total = result.total
    console.print(f"[bold]{escape(result.product_name)}[/]  "
                  f"({tr('label.declared_unit', lang)}: {escape(result.declared_unit_in(lang))})")
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
    parts = result.part_table().sort_values("kg_co2e", ascending=False).head(top)
    table = Table(title=tr("label.top_parts", lang), show_edge=False)
    for label in ("label.part_number", "label.name", "label.quantity"):
        table.add_column(tr(label, lang))
    for stage in STAGES:
        table.add_column(tr(f"stage.{stage}", lang), justify="right")
    table.add_column(tr("label.kg_co2e", lang), justify="right")
    for p in parts.itertuples():
        table.add_row(escape(str(p.part_number)), escape(str(p.name or "")),
                      f"{p.total_quantity:g}", *(f"{getattr(p, s):,.3f}" for s in STAGES),
                      f"{p.kg_co2e:,.3f}")
    console.print(table)
    if result.warnings:
        console.print(f"[yellow]{tr('label.warnings', lang)}:[/]")
        for key, params in result.warnings:
            console.print(f"  [yellow]•[/] {escape(tr(key, lang, **params))}")
