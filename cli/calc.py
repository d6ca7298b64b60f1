"""`cfp calc BOM.xlsx`: the command's options (typer). What it does with them is
`cli/calc_core.py`, shared with the fast path that parses the common argv without typer
(`cli/fast.py`); tests/test_cli.py checks that both take the same options.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .calc_core import REPORT_KINDS, CalcArgs, Format, execute
from .options import (
    DebugOption,
    FactorColumnsOption,
    FileList,
    GwpOption,
    LangOption,
    MaterialsOption,
    MaxCellsOption,
    MaxUnzippedOption,
)

__all__ = ["REPORT_KINDS", "Format", "calc"]

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


def calc(
    boms: Annotated[list[Path], typer.Argument(
        help="BOM workbook(s) (.xlsx), globs or directories. 部品表ブック(複数・フォルダ可)。")],
    output_format: Annotated[Format, typer.Option(
        "--format", "-f", help="table (terminal), json (full result) or csv (inventory). "
        "出力形式 (table: 表、json: 全結果、csv: インベントリ)。")] = Format.table,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Write the json/csv output to this file (atomically) instead "
        "of stdout; needs --format json or csv. json/csv の書き出し先ファイル。")] = None,
    out_dir: Annotated[Path | None, typer.Option(
        "--out", help="Folder for the reports (--report) and, for many BOMs, the per-BOM "
        "results. 報告書と(複数の部品表では)結果の出力フォルダ。")] = None,
    report: Annotated[str | None, typer.Option(
        "--report", help="Reports to write to --out, comma-separated: html (study report), "
        "sheet (one-page CFP sheet), pdf, xlsx (inventory workbook), pact, json, csv. "
        "報告書の種類(カンマ区切り)。")] = None,
    factors: FileList = None,
    factor_columns: FactorColumnsOption = None,
    supplier_pcf: Annotated[list[Path] | None, typer.Option(
        "--supplier-pcf", help="Supplier footprints (PACT v3 or v2.x JSON: a file, or a "
        "folder of *.json), repeatable: a BOM line matching one (PCF ID, 仕入先品番 or 品番) "
        "uses it as primary data. 仕入先の CFP(PACT JSON、複数可)。")] = None,
    meter_log: Annotated[list[Path] | None, typer.Option(
        "--meter-log", help="Power-logger export (CSV/XLSX: time and kW or a kWh counter, "
        "optionally a piece counter), repeatable; the 計測ログ / Meter logs sheet maps it to "
        "part, process and time window: measured kWh per piece. 電力ロガーのログ(複数可)。")
    ] = None,
    scenarios: Annotated[Path | None, typer.Option(
        "--scenarios", help="What-if variants: a TOML file, or a workbook (the BOM itself) "
        "with a シナリオ / Scenarios sheet; total, stages and delta of each against the base, "
        "which stays as reported. 削減シナリオ(TOML かシナリオシート)の比較。")] = None,
    pact_extension: Annotated[str | None, typer.Option(
        "--pact-extension", help="Add an extension to the PACT export (--report pact): gxd "
        "(Green x Digital consortium: calcMethod, FWedition, gate-to-gate emissions); also "
        "Settings GxD = yes. PACT 出力に拡張を追加(gxd: グリーン×デジタル)。")] = None,
    processes: Annotated[Path | None, typer.Option(
        "--processes", help=MASTER_HELP["processes"])] = None,
    measurements: Annotated[Path | None, typer.Option(
        "--measurements", help=MASTER_HELP["measurements"])] = None,
    suppliers: Annotated[Path | None, typer.Option(
        "--suppliers", help=MASTER_HELP["suppliers"])] = None,
    settings: Annotated[Path | None, typer.Option(
        "--settings", help=MASTER_HELP["settings"])] = None,
    materials: MaterialsOption = None,
    gwp: GwpOption = None,
    allow_missing: Annotated[bool, typer.Option(
        "--allow-missing", help="Leave out parts with no factor (listed as excluded) instead "
        "of failing. 原単位のない部品を除外して一覧にします。")] = False,
    cutoff: Annotated[float | None, typer.Option(
        "--cutoff", help="Mass cut-off (%): parts with no factor that together weigh at most "
        "this share of the product are excluded and listed (default: Settings カットオフ). "
        "質量基準のカットオフ(%)。")] = None,
    rules: Annotated[str | None, typer.Option(
        "--rules", help="Rule profile: a built-in name (default, pact) or a TOML file "
        "(boundary, cut-off, allocation, GWP, data quality; default: Settings 算定ルール, "
        "else default). 算定ルール(組み込み名または TOML ファイル)。")] = None,
    strict: Annotated[bool, typer.Option(
        "--strict", help="Exit 1 when a rule of the profile is not met (emission cut-off, "
        "data quality); otherwise a warning. 算定ルールの基準を満たさないとき終了コード 1。")
    ] = False,
    jobs: Annotated[int | None, typer.Option(
        "--jobs", "-j", help="Parallel processes for many BOMs (default: CPU cores). "
        "並列プロセス数。")] = None,
    fail_above: Annotated[float | None, typer.Option(
        "--fail-above", help="Gate: exit 1 if a product's total (kg-CO2e) is above this. "
        "合計がこの値を超えたら終了コード 1。")] = None,
    budgets: Annotated[Path | None, typer.Option(
        "--budgets", help="Gate: CSV of product,max_kg_co2e budgets per product. "
        "製品ごとの上限 (CSV)。")] = None,
    junit: Annotated[Path | None, typer.Option(
        "--junit", help="Write a JUnit XML file, one test case per BOM. JUnit XML の出力先。")
    ] = None,
    baseline: Annotated[Path | None, typer.Option(
        "--baseline", help="Earlier results folder: the summary shows the change. "
        "比較する以前の結果フォルダ。")] = None,
    timestamp: Annotated[str | None, typer.Option(
        "--timestamp", help="Pin the creation time (ISO 8601) for byte-identical output; "
        "SOURCE_DATE_EPOCH works too. 作成日時の固定。")] = None,
    top: Annotated[int | None, typer.Option(
        "--top", help="Parts shown in the table of one BOM (default 10). "
        "表に表示する部品数(既定 10)。")] = None,
    uncertainty: Annotated[int | None, typer.Option(
        "--uncertainty", help="Monte Carlo with N iterations (e.g. 10000): mean, median, sd, "
        "95 % interval of the total and stages, variance ranking, sensitivity. "
        "モンテカルロ計算の回数(不確かさ)。")] = None,
    seed: Annotated[int | None, typer.Option(
        "--seed", help="Seed of the Monte Carlo (default 14; written in the output). "
        "乱数のシード。")] = None,
    sensitivity: Annotated[float | None, typer.Option(
        "--sensitivity", help="Step of the one-at-a-time sensitivity, % (default 10). "
        "感度分析の変化幅(%)。")] = None,
    uncertainty_defaults: Annotated[Path | None, typer.Option(
        "--uncertainty-defaults", help="TOML file replacing data-quality defaults of the "
        "Monte Carlo (\\[amount_cv], \\[factor_gsd]). 不確かさの既定値(TOML)。")] = None,
    max_cells: MaxCellsOption = None,
    max_unzipped_mb: MaxUnzippedOption = None,
    lang: LangOption = None,
    debug: DebugOption = False,
) -> None:
    """Compute cradle-to-gate footprints of BOM workbooks. 部品表から CFP を計算します。"""
    code = execute(CalcArgs(**locals()))
    if code:
        raise typer.Exit(code)
