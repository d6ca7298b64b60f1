"""Every text a user reads: the former catalogue, now a facade over `lca/i18n/`.

The texts live in lca/i18n/, one module per language (`en.py`, `ja.py`), looked up by
`tr(key, lang, **params)`; `from ..messages import tr, default_lang` keeps working. Write
a new key into every file of lca/i18n/. A key added to `CATALOG` below as
`"key": ("English", "日本語")` still works (it is merged into the catalogues at import)
until `python tests/i18n_fold.py` moves it into the language files. After the merge
`CATALOG` is a read-only view of the whole catalogue, `key -> (English, Japanese)`.
"""

from __future__ import annotations

from collections.abc import Mapping

from .i18n import LANGS, LegacyView, default_lang, merge_legacy, tr

__all__ = ["CATALOG", "LANGS", "default_lang", "tr"]

# key: (English, Japanese). Parameters use str.format names.
CATALOG: Mapping[str, tuple[str, ...]] = {
    "diff.column_length": (
        "{json_path} has {count} values for {rows} rows. Compare the result files cfp calc "
        "writes (--format json or --out), unedited.",
        "{json_path} の値が {count} 個あり、行数 {rows} と合いません。cfp calc が書いた結果"
        "ファイル(--format json または --out)を編集せずに比較してください。",
    ),
    "diff.bad_code": (
        "{json_path}: {value} is not a code of this column (whole numbers from -1 to "
        "{count} - 1). Compare the result files cfp calc writes, unedited.",
        "{json_path}: {value} はこの列のコードではありません(-1 から {count} - 1 までの整数)。"
        "cfp calc が書いた結果ファイルを編集せずに比較してください。",
    ),
    "diff.kind.column": (
        "a column: an array, or {\"values\": [...], \"codes\": [...]}",
        "列: 配列、または {\"values\": [...], \"codes\": [...]}",
    ),
    # --- the command line (cli/): typer's own usage errors, cli/usage.py ------------------
    "cli.usage": ("Usage: {usage}", "使い方: {usage}"),
    "cli.try_help": ("Try '{command}' for help.", "ヘルプは '{command}' で表示できます。"),
    "cli.aborted": ("Aborted.", "中断しました。"),
    "cli.no_such_option": ("no such option: {option}.", "{option} というオプションはありません。"),
    "cli.no_such_option_possible": (
        "no such option: {option} (did you mean {options}?).",
        "{option} というオプションはありません({options} のことですか?)。",
    ),
    "cli.missing_option": ("missing option {option}.", "オプション {option} を指定してください。"),
    "cli.missing_argument": ("missing argument {name}.", "引数 {name} を指定してください。"),
    "cli.needs_value": ("{option} needs a value.", "{option} には値が必要です。"),
    "cli.takes_no_value": ("{option} takes no value.", "{option} は値を取りません。"),
    "cli.no_such_command": (
        "no such command '{name}'. The commands: {commands}.",
        "'{name}' というコマンドはありません。コマンド: {commands}。",
    ),
    "cli.extra_arguments": ("unexpected extra argument(s): {args}.",
                            "余分な引数があります: {args}。"),
    "cli.missing_command": ("missing command.", "コマンドを指定してください。"),
    "cli.not_integer": ("{option} {value}: use a whole number.",
                        "{option} {value}: 整数を指定してください。"),
    "cli.not_number": ("{option} {value}: use a number.",
                       "{option} {value}: 数値を指定してください。"),
    "cli.choice": ("{option} {value}: use {choices}.",
                   "{option} {value}: {choices} のいずれかを指定してください。"),
    "cli.bad_value": ("{option} {value}: not a valid value ({detail}).",
                      "{option} {value}: 使えない値です({detail})。"),
    "cli.other": ("{detail}", "コマンドラインの誤り: {detail}"),
    # --- consistent options (cli/) --------------------------------------------------------
    "usage.output_needs_format": (
        "-o {path} is where --format {formats} output goes; the table is only shown on the "
        "terminal. Add --format json, or drop -o to see the table.",
        "-o {path} は --format {formats} の出力先です。表は端末に表示するだけです。"
        "--format json を付けるか、表を見るには -o を外してください。",
    ),
    "usage.out_needs_report": (
        "--out {path}: for one BOM, --out is the folder of the reports, and no --report was "
        "asked for. Add --report ({kinds}), or write the result with --format json -o FILE.",
        "--out {path}: 部品表 1 件では --out は報告書の出力フォルダですが、--report の指定が"
        "ありません。--report({kinds})を付けるか、--format json -o ファイル で結果を"
        "書き出してください。",
    ),
    "usage.json_deprecated": (
        "--json is deprecated and will be removed: use --format json.",
        "--json は非推奨で、今後削除されます。--format json を使ってください。",
    ),
    "usage.kind": ("--kind {value}: use {kinds}.",
                   "--kind {value}: {kinds} のいずれかを指定してください。"),
    "factors.no_match": (
        "no factor matches '{term}' (searched: key, names, aliases, source, note). Try a "
        "shorter word, or list them all: cfp factors list",
        "'{term}' に一致する排出原単位はありません(検索対象: キー、名称、別名、出典、備考)。"
        "短い語で検索するか、cfp factors list で一覧を表示してください。",
    ),
    "factors.no_match_kind": (
        "no factor of kind {kind} matches '{term}' (searched: key, names, aliases, source, "
        "note). Try a shorter word or another --kind.",
        "種類 {kind} で '{term}' に一致する排出原単位はありません(検索対象: キー、名称、別名、"
        "出典、備考)。短い語で検索するか、別の --kind を指定してください。",
    ),
    "label.more_warnings": (
        "… and {count} more warning(s) (all of them: cfp calc ... | less)",
        "…ほか警告 {count} 件(すべて表示するには: cfp calc ... | less)",
    ),
    "pdf.no_pango": (
        "PDF output needs the pango libraries ({detail}). On Debian/Ubuntu run `make "
        "system-deps` (apt-get install libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0).",
        "PDF の出力には pango ライブラリが必要です({detail})。Debian/Ubuntu では "
        "`make system-deps`(apt-get install libpango-1.0-0 libpangoft2-1.0-0 "
        "libharfbuzz-subset0)を実行してください。",
    ),
    # --- a refused mass cut-off (lca/compute/flows.py `_missing_factors`) ------------------
    "material.cutoff_exceeded": (
        "the {count} part(s) without an emission factor weigh {share} of the product, more "
        "than the mass cut-off of {limit}, so they cannot be cut off. Add their factors "
        "(parts listed below), allow a larger cut-off (--cutoff, or カットオフ in the 設定 "
        "sheet), or leave them out with --allow-missing.",
        "排出原単位のない部品 {count} 件の質量は製品の {share} で、質量カットオフの基準 {limit} "
        "を超えるため除外できません。下記の部品の原単位を追加するか、基準を広げる"
        "(--cutoff または設定シートのカットオフ)か、--allow-missing で除外してください。",
    ),
    "material.cutoff_no_mass": (
        "the mass cut-off of {limit} cannot be applied to the {count} part(s) without an "
        "emission factor: the product's mass is not known (no weights). Enter the weights "
        "(重量) or add the factors of the parts listed below.",
        "質量カットオフの基準 {limit} を排出原単位のない部品 {count} 件に適用できません。"
        "製品の質量が不明です(重量がありません)。重量を記入するか、下記の部品の原単位を"
        "追加してください。",
    ),
    "material.no_factor_cut_off": (
        "no emission factor for part '{part}' (material '{grade}', category '{category}'). "
        "Add a row with key '{key}' to the 排出原単位/Factors sheet or a --factors file, or "
        "set its category (分類).",
        "品番「{part}」(材質「{grade}」、分類「{category}」)の排出原単位がありません。"
        "排出原単位シートか --factors ファイルにキー「{key}」の行を追加するか、分類を"
        "指定してください。",
    ),
    # --- documents finished (issue 11) ---------------------------------------------------
    # The reports show a neutral "not stated"; the calculation's warning says what to add
    # (to be raised where the settings are checked, e.g. resolve/checks.warn_inputs).
    "warn.no_reference_period": (
        "no reference period: add 対象期間 / Reference period (e.g. 2025-04-01/2026-03-31, "
        "2025 or FY2025) to the 設定/Settings sheet; until then the reports say \"not "
        "stated\".",
        "対象期間がありません: 設定シートに「対象期間」(例: 2025-04-01/2026-03-31、2025、"
        "2025年度)を追加してください。追加するまで報告書には「記載なし」と表示されます。",
    ),
    # The same warnings as a study report states them: facts, no instruction to the
    # author (the report's "Warnings from the calculation" is read by the customer).
    "warn.no_reference_period.doc": (
        "The reference period is not stated in the settings.",
        "設定に対象期間の記載がありません。",
    ),
    "warn.proxy_factor.doc": (
        "{count} line(s) use proxy factors (a stand-in for the real material): {keys}.",
        "{count} 行が代替(プロキシ)原単位を使っています: {keys}。",
    ),
    "warn.cut_off.doc": (
        "cut-off: {count} part(s) with no factor weigh {share} of the product (limit {limit}) "
        "and were excluded.",
        "カットオフ: 排出原単位のない {count} 部品(製品質量の {share}、上限 {limit})を"
        "除外しました。",
    ),
    "warn.zero_factor.doc": (
        "factor '{factor}' is 0 ({origin}), as for recycled input under the cut-off approach.",
        "原単位「{factor}」は 0 です({origin})。カットオフ法によるリサイクル材の投入と同じ"
        "扱いです。",
    ),
    "warn.part_inconsistent.doc": (
        "part '{part}' is on several rows with a different material, category or weight "
        "({sheet} rows {rows}); each row is counted as given.",
        "品番「{part}」は材質・分類・重量の異なる複数の行にあります({sheet} の {rows} 行目)。"
        "各行を記載どおりに計上しました。",
    ),
    "warn.part_inconsistent.many.doc": (
        "{count} part numbers are on several rows with a different material, category or "
        "weight ({first} and {more} more); each row is counted as given.",
        "{count} 件の品番が材質・分類・重量の異なる複数の行にあります({first} ほか {more} "
        "件)。各行を記載どおりに計上しました。",
    ),
    "warn.hidden_sheet.doc": (
        "the hidden sheet '{sheet}' of the workbook was read and used.",
        "ブックの非表示シート「{sheet}」を読み込んで使用しました。",
    ),
}

merge_legacy(CATALOG)
CATALOG = LegacyView()
