"""`cfp advise BOM.xlsx`: what to measure or ask suppliers for next (issue 14).

Each action (measure a part's machining energy on a process; ask a supplier for a PACT
footprint of a part) is ranked by how much it narrows the 95 % interval of the total,
by re-running the Monte Carlo with that input made primary (lca/aggregate/advice.py).
`--format table|json`, `-o FILE`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .common import (
    ViewFormat,
    check_gwp,
    check_output,
    data_table,
    emit_json,
    handle_errors,
    limits_of,
    parse_factor_columns,
    resolve_lang,
    shown,
    stdout_console,
)
from .options import (
    DebugOption,
    FactorColumnsOption,
    FileList,
    GwpOption,
    LangOption,
    MaterialsOption,
    MaxCellsOption,
    MaxUnzippedOption,
    OutputOption,
    ViewFormatOption,
)

DEFAULT_ITERATIONS = 10_000


def advise(
    bom: Annotated[Path, typer.Argument(help="BOM workbook (.xlsx). 部品表ブック。")],
    factors: FileList = None,
    factor_columns: FactorColumnsOption = None,
    supplier_pcf: Annotated[list[Path] | None, typer.Option(
        "--supplier-pcf", help="Supplier footprints (PACT JSON), as for cfp calc. "
        "仕入先の CFP(PACT JSON)。")] = None,
    processes: Annotated[Path | None, typer.Option(
        "--processes", help="Processes master, as for cfp calc. 工程マスタ。")] = None,
    measurements: Annotated[Path | None, typer.Option(
        "--measurements", help="Energy-meter readings, as for cfp calc. 実測値。")] = None,
    suppliers: Annotated[Path | None, typer.Option(
        "--suppliers", help="Suppliers master, as for cfp calc. 仕入先マスタ。")] = None,
    settings: Annotated[Path | None, typer.Option(
        "--settings", help="Settings, as for cfp calc. 設定。")] = None,
    materials: MaterialsOption = None,
    gwp: GwpOption = None,
    uncertainty: Annotated[int, typer.Option(
        "--uncertainty", help="Monte Carlo iterations per run (default 10000). "
        "モンテカルロ計算の回数。")] = DEFAULT_ITERATIONS,
    seed: Annotated[int | None, typer.Option(
        "--seed", help="Seed (default 14). 乱数のシード。")] = None,
    uncertainty_defaults: Annotated[Path | None, typer.Option(
        "--uncertainty-defaults", help="TOML file replacing data-quality defaults. "
        "不確かさの既定値(TOML)。")] = None,
    top: Annotated[int, typer.Option(
        "--top", help="Actions shown. 表示する対応の数。")] = 10,
    max_cells: MaxCellsOption = None,
    max_unzipped_mb: MaxUnzippedOption = None,
    output_format: ViewFormatOption = ViewFormat.table,
    output: OutputOption = None,
    lang: LangOption = None,
    debug: DebugOption = False,
) -> None:
    """Rank what to measure or ask suppliers for next. 次に測るべきデータを順位付けします。"""
    language = resolve_lang(lang)
    with handle_errors(language, debug):
        from cfp.lca.api import Options, calculate
        from cfp.lca.errors import UsageError
        from cfp.lca.read.masters import MasterFiles

        from .uncertainty import check_numbers

        check_gwp(gwp)
        check_numbers(uncertainty, seed, None)
        if top < 1:
            raise UsageError("usage.at_least", option="--top", value=top, low=1)
        chosen = ViewFormat(output_format)
        check_output(output, chosen is ViewFormat.table)
        options = Options(
            factor_files=list(factors or []),
            factor_columns=parse_factor_columns(factor_columns),
            masters=MasterFiles(settings=settings, processes=processes,
                                measurements=measurements, suppliers=suppliers,
                                materials=materials),
            gwp=gwp, limits=limits_of(max_cells, max_unzipped_mb),
            supplier_pcf=list(supplier_pcf or []), uncertainty=uncertainty, seed=seed,
            uncertainty_defaults=uncertainty_defaults)
        result = calculate(bom, options)
        from cfp.lca.aggregate.advice import advice_of

        advice = advice_of(result, top)
        if chosen is ViewFormat.json:
            from cfp.lca.aggregate.advice import action_text

            document = advice.to_dict()
            for action in document["actions"]:  # type: ignore[union-attr]
                action["text"] = action_text(action, language, result)
            emit_json({"product": result.product_name, "input": {
                "file": result.input_file, "sha256": result.input_sha256}, **document},
                output, [bom, *options.input_files()])
            return
        show(result, advice, language)


def show(result: object, advice: object, lang: str) -> None:
    """The ranking as a table: action, narrowing of the 95 % interval, interval after."""
    from cfp.lca.aggregate.advice import action_text
    from cfp.lca.messages import tr

    console = stdout_console()
    total = advice.total  # type: ignore[attr-defined]
    console.print(f"[bold]{shown(result.product_name)}[/]  "  # type: ignore[attr-defined]
                  f"{tr('label.unc.interval', lang)}: {total.p2_5:,.3f} – {total.p97_5:,.3f} "
                  f"kg-CO2e  ({tr('label.unc.run', lang, iterations=f'{advice.iterations:,}', seed=advice.seed)})")  # type: ignore[attr-defined]  # noqa: E501
    actions = advice.actions  # type: ignore[attr-defined]
    if not actions:
        console.print(tr("label.adv.none", lang))
        return
    rows = [(str(i + 1), shown(action_text(a, lang, result)),
             f"{a['narrowing_kg']:,.3f} ({a['narrowing_pct']:.0%})",
             f"{a['interval_after'][0]:,.3f} – {a['interval_after'][1]:,.3f}")
            for i, a in enumerate(actions)]
    table = data_table(["#", tr("label.adv.action", lang), tr("label.adv.narrowing", lang),
                        tr("label.adv.interval_after", lang)], rows, flexible=(1,),
                       right=(0, 2, 3))
    console.print(table, crop=False)
    console.print(tr("label.adv.method", lang, iterations=f"{advice.iterations:,}",  # type: ignore[attr-defined]
                     seed=advice.seed))  # type: ignore[attr-defined]
