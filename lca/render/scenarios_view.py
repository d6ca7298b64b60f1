"""What-if scenarios in the outputs (issue 15): the report's table (`view`, included by
templates/_scenarios.html.j2 only when `--scenarios` was given), the workbook's
シナリオ / Scenarios sheet with a bar chart (`xlsx_sheet`, an `xlsx.EXTRA_SHEETS` entry)
and the terminal lines (`terminal_lines`, cli/render.py). Figures come from
`result.scenarios` (lca/app/scenarios.py `run`)."""

from __future__ import annotations

from typing import Any

from ..messages import tr
from ..records import frozen

STAGES = ("materials", "transport", "processing", "waste")


@frozen
class Row:
    name: str
    changes: str
    total: float
    delta: float
    delta_pct: float | None  # a fraction (the JSON's delta_pct / 100), for the % formats
    stages: tuple[float, ...]
    stage_deltas: tuple[float, ...]
    #: the changes that change nothing ({code, params}, app/scenarios.py `no_effect`)
    warnings: tuple[dict[str, Any], ...] = ()

    def notes(self, lang: str) -> list[str]:
        return [tr(w["code"], lang, **w["params"]) for w in self.warnings]


@frozen
class ScenariosView:
    base_total: float
    base_stages: tuple[float, ...]
    rows: tuple[Row, ...]


def view(result: Any, lang: str = "en") -> ScenariosView | None:
    items = getattr(result, "scenarios", None)
    if not items:
        return None
    base = result.stages()
    rows = tuple(Row(s["name"], changes_text(result, s, lang), s["total_kg_co2e"],
                     s["delta_kg_co2e"],
                     None if s["delta_pct"] is None else s["delta_pct"] / 100.0,  # a fraction
                     tuple(s["stages"][k] for k in STAGES),
                     tuple(s["stage_deltas"][k] for k in STAGES),
                     tuple(s.get("warnings", ()))) for s in items)
    return ScenariosView(result.total, tuple(base[k] for k in STAGES), rows)


def changes_text(result: Any, scenario: dict[str, Any], lang: str) -> str:
    """A scenario's changes as a reader of `lang` reads them (`scen.change.*`)."""
    items = scenario.get("change_items")
    if items is None:  # a result from before the items: the codes
        return "; ".join(scenario["changes"])
    return tr("scen.sep", lang).join(change_text(result, c, lang) for c in items)


def change_text(result: Any, change: dict[str, Any], lang: str) -> str:
    """One change in words: the part, process or supplier it is on, the new value; a
    factor (a recycled material, a transport mode, a grid factor) by its name."""
    kind = change["change"]
    params = {f: change.get(f) for f in ("part", "process", "supplier")}
    value, key = change.get("value"), change.get("key")
    if kind == "electricity" and key is not None:
        kind, value = "electricity_key", result.factor_name(key, lang)
    elif kind == "mode":
        value = result.factor_name(value, lang)
    return tr(f"scen.change.{kind}", lang, value=_value(value), **params,
              key="" if key is None else result.factor_name(key, lang))


def _value(value: object) -> str:
    """A value as written (0.0 as 0, 60% as 60%)."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _signed(value: float, digits: str = ".3f") -> str:
    return f"{value:+,{digits}}"


def terminal_lines(result: Any, lang: str, limit: int = 5) -> list[Any]:
    """A small table: scenario, total, delta, delta %; at most `limit` rows (the
    terminal view keeps to 80x40), the rest counted."""
    v = view(result, lang)
    if v is None:
        return []
    from rich.table import Table

    from cfp.cli.common import shown

    table = Table(title=tr("scen.title", lang), title_justify="left", box=None,
                  padding=(0, 1))
    table.add_column(tr("scen.name", lang), overflow="ellipsis", no_wrap=True, max_width=34)
    for label in ("scen.total", "scen.delta", "scen.delta_pct"):
        table.add_column(tr(label, lang), justify="right", no_wrap=True)
    table.add_row(tr("scen.base", lang), f"{v.base_total:,.3f}", "", "")
    for r in v.rows[:limit]:
        table.add_row(shown(r.name), f"{r.total:,.3f}", _signed(r.delta),
                      "" if r.delta_pct is None else f"{r.delta_pct:+.1%}")
    out: list[Any] = [table]
    if len(v.rows) > limit:
        out.append(tr("scen.more", lang, count=len(v.rows) - limit))
    return out + [f"[yellow]! {shown(note)}[/]" for r in v.rows for note in r.notes(lang)]


def xlsx_sheet(m: Any) -> Any:
    """The workbook's シナリオ / Scenarios sheet: base and each scenario by stage, the
    deltas, and a clustered bar chart of the totals."""
    v: ScenariosView | None = getattr(m, "scenarios", None)
    if v is None:
        return None
    from openpyxl.chart import BarChart, Reference

    from .text import t
    from .xlsx import KG, PCT, ExtraSheet

    lang = m.lang
    stages = [t(f"stage.{k}", lang) for k in STAGES]

    def write(s: Any) -> None:
        s.header([t("scen.name", lang), t("scen.total", lang), *stages, t("scen.delta", lang),
                  t("scen.delta_pct", lang), *[f"Δ {x}" for x in stages],
                  t("scen.changes", lang)])
        first = s.row + 1
        s.append([t("scen.base", lang), s.cell(v.base_total, fmt=KG),
                  *[s.cell(x, fmt=KG) for x in v.base_stages]])
        for r in v.rows:
            s.append([r.name, s.cell(r.total, fmt=KG), *[s.cell(x, fmt=KG) for x in r.stages],
                      s.cell(r.delta, fmt=KG),
                      s.cell(r.delta_pct, fmt=PCT) if r.delta_pct is not None else None,
                      *[s.cell(x, fmt=KG) for x in r.stage_deltas],
                      "\n".join([r.changes, *r.notes(lang)])])
        last = s.row
        chart = BarChart()
        chart.type = "bar"
        chart.title = t("scen.chart", lang)
        chart.y_axis.title = "kg-CO2e"
        chart.add_data(Reference(s.ws, min_col=2, min_row=first - 1, max_row=last),
                       titles_from_data=True)
        chart.set_categories(Reference(s.ws, min_col=1, min_row=first, max_row=last))
        chart.height, chart.width = max(6.0, 1.2 * (last - first + 2)), 16.0
        s.ws.add_chart(chart, f"A{last + 3}")

    return ExtraSheet(t("scen.sheet", lang), [34, 14, 12, 12, 12, 12, 12, 10, 12, 12, 12, 12,
                                              60], write)
